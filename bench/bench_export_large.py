"""Export benchmark, one person with many records: `pdmap export` of a customer who owns
200,000 rows, from a SQLite shop scanned for real (issue 13, part 5: under 10 s).

The shop: `customers` (the person and --others other customers), `orders` and `events`
(each row a foreign key to its customer). The person owns --orders orders and --events
events (200,000 in all by default); every other customer owns --per-other rows of each, so
the index is not one person's. `pdmap scan` indexes it (orders and events are pure leaf
children: the index keeps them as runs, one row per customer holding the rows' keys).

Each export runs `pdmap export EMAIL -o package.zip` as its own process (the CLI, as a DPO
runs it), --repeat times; printed: the records, the median seconds, the package's size and
the process's peak RSS. The package is then checked against the shop: its records are
exactly the person's customer row and their orders and events (count and keys).

    .venv/bin/python bench/bench_export_large.py [--orders 120000] [--events 80000]
        [--others 2000] [--per-other 20] [--repeat 3] [--format zip|dir] [--dir DIR]

Measured on the 2 shared cores of a development machine (others' tests running): before
batched fetches, 69.2 s (median of 3; 214 MB peak RSS); after, 8.0 to 8.8 s (medians of 3
over three runs; 139 MB peak RSS, the text worker's CPU beside it); a 3.5 MB zip (73.5 MB
as a folder), the same package.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PDMAP = [sys.executable, "-m", "scanner"]
KEY = "7e" * 32
EMAIL = "margaux.lefebvre@example.com"  # invented

CONFIG = """\
index: sqlite:///.pdmap/index.db
key_file: .pdmap/key
default_region: FR
controller: {name: Bench SAS}
sources:
  - {name: shop, url: "sqlite:///shop.db"}
"""
SCHEMA = """
CREATE TABLE customers (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT,
                        email TEXT, phone TEXT, birth_date TEXT, city TEXT);
CREATE TABLE orders (id INTEGER PRIMARY KEY,
                     customer_id INTEGER NOT NULL REFERENCES customers(id),
                     placed_at TEXT, status TEXT, total NUMERIC, shipping_note TEXT);
CREATE TABLE events (id INTEGER PRIMARY KEY,
                     customer_id INTEGER NOT NULL REFERENCES customers(id),
                     occurred_at TEXT, page TEXT, referrer TEXT, duration_ms INTEGER);
CREATE INDEX ix_orders_customer ON orders (customer_id);
CREATE INDEX ix_events_customer ON events (customer_id);
"""
FIRST = ["Margaux", "Hugo", "Inès", "Lucas", "Chloé", "Nathan", "Léa", "Karim", "Emma", "Jules"]
LAST = ["Lefebvre", "Martin", "Bernard", "Dubois", "Robert", "Moreau", "Garcia", "Roux"]
CITIES = ["Lyon", "Paris", "Lille", "Nantes", "Bordeaux", "Rennes", "Marseille"]
STATUS = ["paid", "shipped", "delivered", "refunded", "cancelled"]
PAGES = ["/", "/cart", "/checkout", "/account", "/search?q=lampe", "/product/sku-1002"]
NOTES = [None, "leave at the door", "call before delivery", "gift wrap please", None]


def build(d: Path, orders: int, events: int, others: int, per_other: int) -> None:
    stamp = d / "built.json"
    want = {"orders": orders, "events": events, "others": others, "per_other": per_other,
            "version": 2}
    if stamp.exists() and json.loads(stamp.read_text()) == want:
        return
    for p in (d / "shop.db", d / ".pdmap"):
        shutil.rmtree(p) if p.is_dir() else p.unlink(missing_ok=True)
    t0 = time.perf_counter()
    build_shop(d / "shop.db", orders, events, others, per_other)
    (d / ".pdmap").mkdir(mode=0o700)
    (d / ".pdmap" / "key").write_text(KEY + "\n")
    (d / ".pdmap" / "key").chmod(0o600)
    (d / "pdmap.yaml").write_text(CONFIG)
    built = time.perf_counter() - t0
    t0 = time.perf_counter()
    scan = subprocess.run([*PDMAP, "-c", str(d / "pdmap.yaml"), "scan", "--no-progress"],
                          cwd=d, capture_output=True, text=True, env=_env())
    if scan.returncode != 0:
        sys.exit(f"scan failed ({scan.returncode}): {scan.stderr.strip()[-2000:]}")
    print(f"built the shop in {built:.1f} s, scanned it in {time.perf_counter() - t0:.1f} s",
          file=sys.stderr, flush=True)
    stamp.write_text(json.dumps(want))


def build_shop(path: Path, orders: int, events: int, others: int, per_other: int) -> None:
    rng = random.Random(13)
    db = sqlite3.connect(path)
    db.executescript(SCHEMA)

    def phone(n: int) -> str:
        return f"06 {10 + n // 1000000 % 90:02d} {n // 10000 % 100:02d} " \
               f"{n // 100 % 100:02d} {n % 100:02d}"

    people = [(1, "Margaux", "Lefebvre", EMAIL, "06 98 76 54 31", "1986-02-14", "Lyon")]
    people += [(i, rng.choice(FIRST), rng.choice(LAST), f"client{i}@example.org",
                phone(1000 + i), f"19{50 + i % 50}-0{1 + i % 9}-1{i % 10}", rng.choice(CITIES))
               for i in range(2, others + 2)]
    db.executemany("INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?, ?)", people)

    def owners(own: int) -> list[int]:
        # the person's rows interleaved with everybody else's, as a shop's history is
        out = [1] * own + [c for c in range(2, others + 2) for _ in range(per_other)]
        rng.shuffle(out)
        return out

    # NOTE: every timestamp distinct, as a shop's are (a cache of values seen would not help)
    start = dt.datetime(2019, 1, 1)
    db.executemany("INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?)", (
        (n, c, f"{start + dt.timedelta(seconds=n * 577 + rng.randrange(577)):%Y-%m-%d %H:%M:%S}",
         STATUS[n % 5], f"{n % 997}.{n % 100:02d}", NOTES[n % 5])
        for n, c in enumerate(owners(orders), 1)))
    db.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)", (
        (n, c, f"{start + dt.timedelta(seconds=n * 811 + rng.randrange(811)):%Y-%m-%dT%H:%M:%SZ}",
         PAGES[n % 6], "https://www.example.net/" if n % 4 == 0 else None, n * 37 % 30000)
        for n, c in enumerate(owners(events), 1)))
    db.commit()
    db.close()


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("PDMAP_KEY", None)
    return env


def run_export(d: Path, fmt: str) -> dict[str, Any]:
    """One `pdmap export` in its own process: seconds, peak RSS (its own), package size."""
    out = d / ("package.zip" if fmt == "zip" else "package")
    shutil.rmtree(out) if out.is_dir() else out.unlink(missing_ok=True)
    t0 = time.perf_counter()
    proc = subprocess.Popen([*PDMAP, "-c", str(d / "pdmap.yaml"), "export", EMAIL,
                             "-o", str(out), "--format", fmt], cwd=d, env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    stdout, stderr = proc.communicate()
    if proc.returncode != 0:
        sys.exit(f"export failed ({proc.returncode}): {stderr.strip()[-2000:]}")
    size = out.stat().st_size if fmt == "zip" else sum(
        p.stat().st_size for p in out.rglob("*") if p.is_file())
    # NOTE: `cpu` counts the export's text worker too (its child, waited for).
    return {"seconds": seconds, "rss_mb": usage.ru_maxrss / 1024, "bytes": size,
            "cpu": usage.ru_utime + usage.ru_stime,
            "line": (stdout + stderr).strip().splitlines()[0]}


def package_records(d: Path, fmt: str) -> tuple[dict[str, Any], dict[str, list[int]]]:
    """The manifest and, per table, the ids of the records the package holds."""
    def read(name: str) -> bytes:
        if fmt == "dir":
            return (d / "package" / name).read_bytes()
        with zipfile.ZipFile(d / "package.zip") as z:
            return z.read(name)

    manifest = json.loads(read("manifest.json"))
    ids = {}
    for f in manifest["files"]:
        if f["path"].startswith("data/shop/") and f["path"].endswith(".json"):
            doc = json.loads(read(f["path"]))
            ids[doc["container"]] = [r["locator"]["id"] for r in doc["records"]]
    return manifest, ids


def check(d: Path, fmt: str) -> tuple[bool, str]:
    """The package holds exactly the person's rows: their customer row, orders and events."""
    manifest, ids = package_records(d, fmt)
    db = sqlite3.connect(d / "shop.db")
    try:
        want = {
            "main.customers": [r[0] for r in db.execute(
                "SELECT id FROM customers WHERE email = ? ORDER BY id", (EMAIL,))],
            "main.orders": [r[0] for r in db.execute(
                "SELECT id FROM orders WHERE customer_id = 1 ORDER BY id")],
            "main.events": [r[0] for r in db.execute(
                "SELECT id FROM events WHERE customer_id = 1 ORDER BY id")],
        }
    finally:
        db.close()
    expected = sum(len(v) for v in want.values())
    got = sum(len(v) for v in ids.values())
    same = ids == want and manifest["counts"]["records"] == expected and manifest["complete"]
    per = ", ".join(f"{t} {len(ids.get(t, []))}/{len(v)}" for t, v in sorted(want.items()))
    return same, (f"package records {got} (manifest {manifest['counts']['records']}), "
                  f"expected {expected}: {per}; same keys in the same order: {ids == want}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--orders", type=int, default=120_000)
    ap.add_argument("--events", type=int, default=80_000)
    ap.add_argument("--others", type=int, default=2000, help="other customers")
    ap.add_argument("--per-other", type=int, default=20,
                    help="orders and events of each other customer")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--format", choices=("zip", "dir"), default="zip")
    ap.add_argument("--dir", type=Path,
                    default=Path(tempfile.gettempdir()) / "pdmap-bench-export-large")
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    build(args.dir, args.orders, args.events, args.others, args.per_other)
    runs = [run_export(args.dir, args.format) for _ in range(args.repeat)]
    ok, text = check(args.dir, args.format)
    secs = [r["seconds"] for r in runs]
    records = 1 + args.orders + args.events
    print(f"shop: 1 + {args.others:,} customers; the person owns {records:,} records "
          f"(1 customer row, {args.orders:,} orders, {args.events:,} events); every other "
          f"customer {args.per_other} orders and {args.per_other} events")
    print(f"pdmap: {runs[-1]['line']}")
    print(f"export time ({args.format}): median {statistics.median(secs):.2f} s of "
          f"{[round(s, 2) for s in secs]} (target < 10 s); CPU (the export and its worker): median "
          f"{statistics.median(r['cpu'] for r in runs):.2f} s")
    print(f"package: {runs[-1]['bytes'] / 2**20:.1f} MB; peak RSS: "
          f"{max(r['rss_mb'] for r in runs):.0f} MB (median "
          f"{statistics.median(r['rss_mb'] for r in runs):.0f} MB)")
    print(f"check: {'OK' if ok else 'FAILED'}: {text}")
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
