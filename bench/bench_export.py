"""Export benchmark: one subject with 1,000 rows and 500 messages, from an index of 1,000,000
subjects, through the real path of `pdmap export`. Target: under 5 s, under 500 MB peak.

What runs is scanner.export.wiring.export_from_index: the installation key from its file,
scanner.export.reader.IndexReader over a real index (scanner.index.store + scanner.index.inventory
tables, SQLite), and SourceFetch opening the connectors of a real pdmap.yaml lazily:
connectors.sql.SqlConnector on a SQLite shop (the orders table holds 200,000 other rows; a
newsletter keyed by e-mail holds 100,000 addresses, the subject's row located by a digest)
and connectors.mail.MaildirConnector on a Maildir of 500 messages.

NOTE: the index content is written directly into scanner.index.inventory's tables (subjects,
identifiers, occurrences) with the digests the link pass would compute, because scanning
1,000,000 subjects first would make the benchmark measure the scan (bench_subjects.py and
bench_mail.py measure that). The export reads the index exactly as
it would after a scan. The estate is built once and kept under --dir; each export runs in a
fresh process so its peak RSS is its own.

    .venv/bin/python bench/bench_export.py [--subjects 1000000] [--rows 1000] [--messages 500]
        [--by email|phone]   # phone: the newsletter row is found by streaming its key column
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scanner.core.config import load_config  # noqa: E402
from scanner.export.wiring import export_from_index  # noqa: E402
from scanner.identifiers.hashing import Hasher  # noqa: E402
from scanner.identifiers.normalise import normalize  # noqa: E402
from scanner.index.inventory import locator  # noqa: E402 - also registers the inventory tables
from scanner.index.store import Index  # noqa: E402

TARGET = 1
EMAIL = "target@example.com"
PHONE = "+33 6 12 34 56 78"
KEY = "ab" * 32
FILLER_ROWS = 200_000  # other people's orders in the same table
NEWSLETTER = 100_000  # addresses on the newsletter, the subject's among them

MESSAGE = """From: Target Person <target@example.com>
To: Support <support@shop.example>
Subject: Order question {n}
Date: Tue, 07 May 2024 09:12:00 +0200
Message-ID: <bench-{n}@shop.example>
Content-Type: text/plain; charset=utf-8

Hello, this is message {n} about my order. {pad}
"""

CONFIG = """\
index: sqlite:///index.db
key_file: key
controller: {name: Bench SAS}
sources:
  - {name: shop, url: "sqlite:///shop.db"}
  - {name: mail, url: "maildir://mail"}
"""


def build(d: Path, subjects: int, rows: int, messages: int) -> None:
    stamp = d / "built.json"
    want = {"subjects": subjects, "rows": rows, "messages": messages, "version": 2}
    if stamp.exists() and json.loads(stamp.read_text()) == want:
        return
    for name in ("index.db", "index.db-wal", "index.db-shm", "shop.db"):
        (d / name).unlink(missing_ok=True)
    t0 = time.perf_counter()
    (d / "key").write_text(KEY + "\n")
    (d / "key").chmod(0o600)
    (d / "pdmap.yaml").write_text(CONFIG)
    build_shop(d / "shop.db", subjects, rows)
    build_maildir(d / "mail", messages)
    build_index(d, subjects, rows, messages)
    stamp.write_text(json.dumps(want))
    print(f"built estate in {time.perf_counter() - t0:.1f} s", file=sys.stderr)


def build_shop(path: Path, subjects: int, rows: int) -> None:
    shop = sqlite3.connect(path)
    shop.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, "
                 "total NUMERIC, placed_on TEXT, note TEXT)")
    shop.executemany("INSERT INTO orders VALUES (?, ?, ?, ?, ?)", (
        (i, TARGET if i <= rows else 2 + i % (subjects - 1), f"{i % 997}.{i % 100:02d}",
         "2024-05-01", "leave at the door" if i % 3 else None)
        for i in range(1, rows + FILLER_ROWS + 1)))
    shop.execute("CREATE TABLE newsletter (email TEXT PRIMARY KEY, subscribed_at TEXT)")
    shop.executemany("INSERT INTO newsletter VALUES (?, ?)", (
        (EMAIL if i == NEWSLETTER // 2 else f"p{i}@example.com", "2023-01-01")
        for i in range(1, NEWSLETTER + 1)))
    shop.commit()
    shop.close()


def build_maildir(root: Path, messages: int) -> None:
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    for n in range(1, messages + 1):
        (root / "cur" / f"{1700000000 + n}.M{n}P1.bench:2,S").write_text(
            MESSAGE.format(n=n, pad="x" * 2000))


def build_index(d: Path, subjects: int, rows: int, messages: int) -> None:
    url = f"sqlite:///{d / 'index.db'}"
    Index(url).close()  # the real schema: scanner.index.store + scanner.index.inventory tables
    h = Hasher(bytes.fromhex(KEY))
    db = sqlite3.connect(d / "index.db")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("INSERT INTO scans (id, started_at, status, counters) VALUES "
               "(1, '2024-06-01 00:00:00', 'ok', '{}')")
    db.execute("INSERT INTO sources VALUES (1, 'shop', ?, 1)", (f"sqlite:///{d / 'shop.db'}",))
    db.execute("INSERT INTO sources VALUES (2, 'mail', ?, 1)", (f"maildir://{d / 'mail'}",))
    for cid, sid, name, pk in ((1, 1, "main.orders", '["id"]'),
                               (2, 1, "main.newsletter", '["email"]'), (3, 2, "INBOX", "[]")):
        db.execute("INSERT INTO containers (id, source_id, name, primary_key, foreign_keys, "
                   "last_scan_id) VALUES (?, ?, ?, ?, '[]', 1)", (cid, sid, name, pk))
    for fid, cid, name, cat in ((1, 1, "id", "identity.account_id"), (2, 1, "total", None),
                                (3, 1, "note", None), (4, 2, "email", "contact.email")):
        db.execute("INSERT INTO fields VALUES (?, ?, ?, 'text', '', ?)", (fid, cid, name, fid))
        db.execute("INSERT INTO verdicts VALUES (1, ?, ?, ?, NULL, 0.9, '{}')",
                   (fid, cat is not None, cat))
    db.executemany("INSERT INTO subjects VALUES (?, 1)", ((s,) for s in range(1, subjects + 1)))
    db.executemany("INSERT INTO identifiers VALUES (?, ?, 'email', 1)", (
        (bytes.fromhex(h("email", EMAIL if s == TARGET else f"p{s}@example.com")), s)
        for s in range(1, subjects + 1)))
    db.execute("INSERT INTO identifiers VALUES (?, ?, 'phone', 1)",
               (bytes.fromhex(h("phone", str(normalize("phone", PHONE)))), TARGET))
    # Locators as the link pass stores them (scanner.index.inventory.locator).
    occ = ("INSERT INTO occurrences (container_id, row_key, item, subject, categories, scan_id)"
           " VALUES (?, ?, ?, ?, ?, 1)")
    db.executemany(occ, ((1, *locator(["id"], [rows + FILLER_ROWS + s]), s, '["contact.email"]')
                         for s in range(2, subjects + 1)))
    db.executemany(occ, ((1, *locator(["id"], [i]), TARGET, '["identity.account_id"]')
                         for i in range(1, rows + 1)))
    db.execute(occ, (2, *locator(["email"], [{"hmac": h("locator", EMAIL)}]), TARGET,
                     '["contact.email"]'))
    db.executemany(occ, ((3, *locator(["name"], [f"{1700000000 + n}.M{n}P1.bench"]), TARGET,
                          '["contact.email", "communications.customer_service"]')
                         for n in range(1, messages + 1)))
    db.commit()
    db.close()


def run_export(d: Path, by: str) -> dict[str, float]:
    t0 = time.perf_counter()
    config = load_config(d / "pdmap.yaml")
    ident = EMAIL if by == "email" else f"phone:{PHONE}"
    with tempfile.TemporaryDirectory(dir=d) as out:
        outcome = export_from_index(config, [ident], Path(out) / "package.zip")
        size = (Path(out) / "package.zip").stat().st_size
    seconds = time.perf_counter() - t0
    assert outcome.exit_code == 0, outcome.package.missing
    c = outcome.package.counts
    return {"seconds": round(seconds, 2), "records": c["records"], "messages": c["messages"],
            "gone": c["gone"], "zip_mb": round(size / 2**20, 2),
            "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--subjects", type=int, default=1_000_000)
    ap.add_argument("--rows", type=int, default=1000)
    ap.add_argument("--messages", type=int, default=500)
    ap.add_argument("--by", choices=("email", "phone"), default="email",
                    help="The identifier given (phone: the e-mail-keyed row is streamed for).")
    ap.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "pdmap-bench-export")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--export-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.export_only:
        print(json.dumps(run_export(args.dir, args.by)))
        return
    args.dir.mkdir(parents=True, exist_ok=True)
    build(args.dir, args.subjects, args.rows, args.messages)
    runs = []
    for _ in range(args.repeat):
        out = subprocess.run([sys.executable, __file__, "--export-only", "--dir", str(args.dir),
                              "--by", args.by], check=True, capture_output=True, text=True).stdout
        runs.append(json.loads(out))
    best = min(runs, key=lambda r: r["seconds"])
    print(f"index: {args.subjects:,} subjects; subject (by {args.by}): {best['records']} rows, "
          f"{best['messages']} messages, {best['gone']} gone; package {best['zip_mb']} MB")
    print(f"export time: best {best['seconds']} s of {[r['seconds'] for r in runs]} "
          f"(target < 5 s)")
    print(f"peak memory: {max(r['max_rss_mb'] for r in runs)} MB RSS (target < 500 MB)")


if __name__ == "__main__":
    main()
