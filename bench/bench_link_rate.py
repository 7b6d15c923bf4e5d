"""Link-pass rate benchmark (issue 17, "per core"): pdmap's object and mail scans against
the raw read-and-parse rate of the same records, in one run.

Builds, in a temporary directory:

- objects: a local folder of CSV, JSON Lines and access-log files (by default 200,000 records
  of each, 10 files of each format), the issue's folder, about 50,000 distinct invented
  people (names with and without accents, e-mails in varied case, French and foreign phones
  in several spellings, postal addresses, IPs);
- mail: an mbox of a few thousand messages between the same people (names in headers,
  phones, IBANs and signatures in bodies, a tenth with a CSV or text attachment).

Then measures, for each:

- raw: reading and parsing the records in plain Python, nothing else: `csv.reader` rows
  made dicts, `json.loads` per line, the access-log regex of connectors/formats/accesslog.py;
  for the mbox, `mailbox.mbox` with every message parsed by the `email` package (headers'
  addresses, every text part decoded);
- scan: pdmap's full scan (`run_scan`, as `pdmap scan --workers 1` runs it) into a fresh
  SQLite index, in a child process so its peak RSS is its own. Its time is also split:
  detector load and classification (samples through Presidio) apart from the rest, the
  link pass (listing, reading, normalising, hashing, NER for mail, writing the index).

Prints records/s of both, the ratio scan/raw (the issue's figure: >= 0.25) and the ratio
of the link pass alone, with the scan's peak RSS. `--dump DIR` also writes each index's
subjects, identifiers, occurrences and mentions, sorted, without scan ids (to compare two
versions of the code: the same key is used every run, so the digests are the same).

    .venv/bin/python bench/bench_link_rate.py [--rows 200000] [--messages 3000]
        [--only objects|mail] [--dump DIR] [--keep DIR]
"""

from __future__ import annotations

import argparse
import base64
import csv
import email
import email.utils
import io
import json
import mailbox
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FILES = 10  # files of each format
KEY = "5e" * 32  # a fixed key: two runs' digests compare
FIRST = ["Jean", "Marie", "Ali", "Chloé", "Lucas", "Emma", "Noah", "Léa", "Hugo", "Inès",
         "Sofia", "Adam", "Louise", "Gabriel", "Jade", "Raphaël", "James", "Mary", "Robert",
         "Linda", "Michael", "Sarah", "Karim", "Nadia", "Olivier", "Pauline", "Zoé", "Yasmine"]
LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy",
        "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Fournier", "Smith",
        "Johnson", "Williams", "Brown", "Jones", "Müller", "Nguyen", "Da Silva", "Benali",
        "O'Brien", "Kowalski", "Rossi", "Girard", "Bonnet", "Dupont"]
STREETS = ["rue de la Paix", "avenue Victor Hugo", "boulevard Voltaire", "rue du Moulin",
           "chemin des Vignes", "place de la République", "High Street", "Baker Street",
           "rue Nationale", "allée des Tilleuls"]
CITIES = [("75011", "Paris"), ("69003", "Lyon"), ("13001", "Marseille"), ("31000", "Toulouse"),
          ("33000", "Bordeaux"), ("44000", "Nantes"), ("59000", "Lille"),
          ("67000", "Strasbourg"), ("06000", "Nice"), ("35000", "Rennes")]
DOMAINS = ["example.com", "example.org", "mail.example.net", "exemple.fr", "example.co.uk"]
PAGES = ["/", "/cart", "/checkout", "/product/{n}", "/search?q=chair", "/account/orders",
         "/category/lamps", "/help/returns", "/product/{n}/reviews", "/login"]
AGENTS = ["Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/123.0",
          "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15"]
FILLER = [
    "Thank you for your message, we have forwarded it to the logistics team.",
    "The parcel left our warehouse on Monday and should arrive within three working days.",
    "Could you confirm the delivery address and a convenient time slot for the courier?",
    "We are sorry for the inconvenience caused by the delay on this order.",
    "Our customer service is open from 9am to 6pm, Monday to Friday.",
    "The oak chair is currently out of stock but a new batch is expected next month.",
    "If the product arrived damaged, please send us a photo so we can open a claim.",
    "The refund will appear on your statement within five to seven working days.",
    "Do not hesitate to contact us again if you have any further questions.",
]
# The access-log pattern of connectors/formats/accesslog.py (the raw baseline's parser).
LOG_LINE = re.compile(
    r'^(?P<ip>\S+) (?P<ident>\S+) (?P<user>\S+) \[(?P<timestamp>[^\]]+)\] '
    r'"(?P<request>(?:[^"\\]|\\.)*)" (?P<status>\d{3}|-) (?P<size>\d+|-)'
    r'(?: "(?P<referrer>(?:[^"\\]|\\.)*)" "(?P<user_agent>.*)")?\s*$')


# -- the estate ---------------------------------------------------------------------------


class Person:
    __slots__ = ("first", "last", "email", "phone", "street", "city", "ip", "user")

    def __init__(self, rng: random.Random, n: int) -> None:
        self.first, self.last = rng.choice(FIRST), rng.choice(LAST)
        local = f"{self.first}.{self.last}".replace(" ", "").replace("'", "")
        self.email = f"{local}{n}@{rng.choice(DOMAINS)}"
        if rng.random() < 0.75:  # a French mobile, else a foreign number
            self.phone = ("fr", rng.choice("67") + f"{rng.randint(0, 10**8 - 1):08d}")
        else:
            self.phone = rng.choice([("gb", f"20794{rng.randint(0, 99999):05d}"),
                                     ("us", f"212555{rng.randint(1000, 1999):04d}"),
                                     ("de", f"30{rng.randint(1000000, 9999999)}")])
        self.street = f"{rng.randint(1, 180)} {rng.choice(STREETS)}"
        self.city = rng.choice(CITIES)
        self.ip = f"{rng.choice([82, 90, 176, 185, 212])}.{rng.randint(0, 255)}." \
                  f"{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        self.user = f"{self.first[0]}{self.last}{n % 1000}".lower().replace(" ", "")

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    def spelled_email(self, rng: random.Random) -> str:
        r = rng.random()
        if r < 0.15:
            return self.email.upper()
        if r < 0.3:
            return f" {self.email.lower()} "
        return self.email.lower()

    def spelled_phone(self, rng: random.Random) -> str:
        """The phone in one of several spellings."""
        country, d = self.phone
        if country == "fr":
            national = "0" + d
            return rng.choice([
                national, " ".join(national[i:i + 2] for i in range(0, 10, 2)),
                ".".join(national[i:i + 2] for i in range(0, 10, 2)),
                f"+33 {d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"+33{d}", f"0033 {d}",
                f"+33 (0){d}"])
        prefix = {"gb": "44", "us": "1", "de": "49"}[country]
        if country == "us":
            return rng.choice([f"+1 {d[:3]}-{d[3:6]}-{d[6:]}", f"+1{d}",
                               f"+1 ({d[:3]}) {d[3:6]}-{d[6:]}"])
        return rng.choice([f"+{prefix} {d[:2]} {d[2:6]} {d[6:]}", f"+{prefix}{d}",
                           f"00{prefix} {d}"])


def people(rng: random.Random, n: int) -> list[Person]:
    return [Person(rng, i) for i in range(n)]


def build_folder(folder: Path, rows: int, crowd: list[Person], rng: random.Random) -> int:
    """`rows` CSV rows, JSON Lines records and access-log lines in FILES files each; the
    bytes written."""
    folder.mkdir(parents=True)
    per = max(1, rows // FILES)
    size = 0
    for f in range(FILES):
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["customer_ref", "full_name", "email", "phone", "address", "postcode",
                    "city", "last_ip", "amount", "ordered_at"])
        jsonl, log = [], []
        for i in range(per):
            p = rng.choice(crowd)
            w.writerow([f"C-{rng.randint(1, 10**6)}", p.name if rng.random() < 0.9 else "",
                        p.spelled_email(rng) if rng.random() < 0.95 else "",
                        p.spelled_phone(rng) if rng.random() < 0.85 else "", p.street,
                        p.city[0], p.city[1], p.ip,
                        f"{rng.randint(5, 900)}.{rng.randint(0, 99):02d}",
                        f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
            p = rng.choice(crowd)
            jsonl.append(json.dumps({
                "ts": f"2024-06-{i % 28 + 1:02d}T{i % 24:02d}:{i % 60:02d}:00Z",
                "event": rng.choice(["page_view", "add_to_cart", "purchase", "login"]),
                "user": {"name": p.name, "email": p.spelled_email(rng),
                         "phone": p.spelled_phone(rng)},
                "shipping": {"street": p.street, "postcode": p.city[0], "city": p.city[1]},
                "ip": p.ip, "page": rng.choice(PAGES).format(n=rng.randint(1, 5000)),
                "amount": rng.randint(0, 500)}, ensure_ascii=False))
            p = rng.choice(crowd)
            page = rng.choice(PAGES).format(n=rng.randint(1, 5000))
            user = p.user if rng.random() < 0.3 else "-"
            log.append(f"{p.ip} - {user} [10/Jun/2024:{i % 24:02d}:{i % 60:02d}:"
                       f"{(i * 7) % 60:02d} +0200] \"GET {page} HTTP/1.1\" "
                       f"{rng.choice([200, 200, 200, 304, 404])} {rng.randint(200, 90000)} "
                       f"\"https://shop.example/\" \"{rng.choice(AGENTS)}\"")
        for ext, text in (("csv", out.getvalue()), ("jsonl", "\n".join(jsonl) + "\n"),
                          ("log", "\n".join(log) + "\n")):
            path = folder / f"part-{f:02d}.{ext}"
            path.write_text(text, "utf-8")
            size += path.stat().st_size
    return size


def _body(rng: random.Random, sender: Person, other: Person) -> str:
    parts = [f"Hello {rng.choice(['team', 'there', sender.first])},", ""]
    for _ in range(rng.randint(4, 25)):
        s = rng.choice(FILLER)
        roll = rng.random()
        if roll < 0.1:
            s += f" You can reach me on {sender.spelled_phone(rng)}."
        elif roll < 0.14:
            s += f" My colleague {other.name} ({other.email}) knows the file."
        elif roll < 0.2:
            s += f" This is about order CMD-2024-{rng.randint(1, 400_000):06d}."
        elif roll < 0.23:
            s += f" Please refund to IBAN {_iban(rng)}."
        parts.append(s)
    parts += ["", "Best regards,", sender.name, f"{sender.street}, {sender.city[0]} "
              f"{sender.city[1]}", sender.spelled_phone(rng)]
    return "\n".join(parts)


def _iban(rng: random.Random) -> str:
    from stdnum import iban

    bban = f"{rng.randint(10000, 39999)}{rng.randint(10000, 99999)}" \
           f"{rng.randint(0, 10**11 - 1):011d}{rng.randint(10, 97):02d}"
    raw = f"FR{iban.calc_check_digits('FR00' + bban)}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def build_mbox(path: Path, messages: int, crowd: list[Person], rng: random.Random) -> int:
    with path.open("wb") as out:
        for i in range(messages):
            p, other = rng.choice(crowd), rng.choice(crowd)
            body = _body(rng, p, other)
            head = (f"From: {p.name} <{p.spelled_email(rng).strip()}>\n"
                    f"To: Support <support@shop.example>\n"
                    + (f"Cc: {other.name} <{other.email}>\n" if i % 3 == 0 else "")
                    + f"Subject: Order question {i}\n"
                    f"Date: Mon, 03 Jun 2024 10:{i % 60:02d}:00 +0200\n"
                    f"Message-ID: <bench-{i}@shop.example>\nMIME-Version: 1.0\n")
            if i % 10 == 0:
                if i % 20 == 0:
                    data, ctype, ext = (f"name,email,phone\n{p.name},{p.email},"
                                        f"{p.spelled_phone(rng)}\n"), "text/csv", "csv"
                else:
                    data, ctype, ext = (f"Notes about {p.name}: call back on "
                                        f"{p.spelled_phone(rng)}.\n" * 5), "text/plain", "txt"
                b64 = base64.encodebytes(data.encode()).decode()
                raw = (head + f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n'
                       "Content-Type: text/plain; charset=utf-8\n"
                       f"Content-Transfer-Encoding: 8bit\n\n{body}\n--b{i}\n"
                       f"Content-Type: {ctype}\nContent-Disposition: attachment; "
                       f'filename="file{i}.{ext}"\nContent-Transfer-Encoding: base64\n\n'
                       f"{b64}--b{i}--\n")
            else:
                raw = head + ("Content-Type: text/plain; charset=utf-8\n"
                              "Content-Transfer-Encoding: 8bit\n\n" + body)
            lines = [">" + ln if ln.lstrip(">").startswith("From ") else ln
                     for ln in raw.split("\n")]
            out.write(b"From bench@localhost Mon Jun  3 10:00:00 2024\n"
                      + "\n".join(lines).encode() + b"\n\n")
    return path.stat().st_size


# -- raw read-and-parse -------------------------------------------------------------------


def raw_objects(folder: Path) -> tuple[int, float]:
    """Every record of the folder parsed in plain Python: (records, seconds)."""
    t = time.perf_counter()
    n = 0
    for path in sorted(folder.iterdir()):
        with path.open(encoding="utf-8", newline="") as f:
            if path.suffix == ".csv":
                reader = csv.reader(f)
                header = next(reader)
                for row in reader:
                    dict(zip(header, row, strict=False))
                    n += 1
            elif path.suffix == ".jsonl":
                for line in f:
                    json.loads(line)
                    n += 1
            else:
                for line in f:
                    m = LOG_LINE.match(line.rstrip("\r\n"))
                    if m is not None:
                        m.groupdict()
                        n += 1
    return n, time.perf_counter() - t


def pdmap_readers(folder: Path) -> tuple[int, float]:
    """The same records through pdmap's readers (connectors.formats.iter_records: sniffing,
    decoding, flattening, limits), nothing else: the share of the scan no linking removes."""
    from connectors.formats.records import iter_records

    t = time.perf_counter()
    n = 0
    for path in sorted(folder.iterdir()):
        with path.open("rb") as f:
            for _ in iter_records(f, path.name):
                n += 1
    return n, time.perf_counter() - t


def raw_mail(path: Path) -> tuple[int, float]:
    """Every message parsed by the email package: addresses of From/To/Cc, every text part
    decoded. (messages, seconds)"""
    t = time.perf_counter()
    n = 0
    for msg in mailbox.mbox(path, factory=lambda f: email.message_from_binary_file(f)):
        email.utils.getaddresses([str(v) for h in ("from", "to", "cc")
                                  for v in msg.get_all(h, [])])
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                payload = part.get_payload(decode=True)
                if isinstance(payload, bytes):
                    payload.decode(part.get_content_charset() or "utf-8", "replace")
        n += 1
    return n, time.perf_counter() - t


# -- the scan (child process) ---------------------------------------------------------------


def child(url: str, dump: str | None) -> None:
    """A full scan of `url` into a fresh index; figures as JSON on stdout's last line."""
    import spacy

    import scanner.detect.presidio.analyzer as analyzer
    import scanner.scan.engine as engine
    from scanner.core.config import Config, SourceConfig
    from scanner.index.store import Index

    spent = {"classify": 0.0, "detector": 0.0, "models": 0.0, "ner": 0.0}

    def timed(name: str, fn):  # type: ignore[no-untyped-def]
        def run(*a, **k):  # type: ignore[no-untyped-def]
            t = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                spent[name] += time.perf_counter() - t
        return run

    # where the time goes, apart from the link pass: the detector's load (Presidio), the
    # spaCy models' (loaded when first needed, in classification or in the link pass),
    # classification from samples; and NER in the link pass (models loaded apart)
    engine._scan_container = timed("classify", engine._scan_container)  # type: ignore
    engine._detector = timed("detector", engine._detector)  # type: ignore
    load, extract = spacy.load, analyzer.Detector.extract_names
    in_ner: list[bool] = []

    def load_model(*a, **k):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        try:
            return load(*a, **k)
        finally:
            spent["models"] += time.perf_counter() - t
            if in_ner:  # NER's own time is without it
                spent["ner"] -= time.perf_counter() - t

    def names(*a, **k):  # type: ignore[no-untyped-def]
        in_ner.append(True)
        try:
            return timed("ner", extract)(*a, **k)
        finally:
            in_ner.pop()

    spacy.load = load_model  # type: ignore[assignment]
    analyzer.Detector.extract_names = names  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as tmp:
        key = Path(tmp) / "key"
        key.write_text(KEY + "\n")
        key.chmod(0o600)
        cfg = Config(index=f"sqlite:///{tmp}/index.db", key_file=str(key), base_dir=Path(tmp),
                     sources=(SourceConfig(name="bench", url=url),))
        index = Index(cfg.index)
        t = time.perf_counter()
        result = engine.run_scan(cfg, index=index, workers=1)
        wall = time.perf_counter() - t
        usage = resource.getrusage(resource.RUSAGE_SELF)  # before the dump's own lists
        if dump:
            dump_index(index, Path(dump))
        index.close()
    c = result.report.counters
    print(json.dumps({
        "wall": wall, **spent, "status": result.status,
        "failures": len(result.report.failures),
        "linked": c.get("object_records_linked", 0) + c.get("mail.messages_linked", 0),
        "occurrences": c.get("subject_occurrences", 0), "subjects": c.get("subjects_created", 0),
        "mentions": c.get("subject_mentions", 0), "rejected": c.get("identifiers_rejected", 0),
        "cpu": usage.ru_utime + usage.ru_stime, "peak_rss_mb": usage.ru_maxrss / 1024}))


def dump_index(index, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The link tables, sorted, without scan ids, one line per row; a subject is named by
    the least of its identifiers' digests, not its number (numbers follow the order in
    which a record's identifiers come out of a set: Python's string hashes, a seed a run)."""
    queries = {
        "identifiers": "SELECT hex(digest), subject, kind, strong FROM identifiers",
        "occurrences": "SELECT c.name, o.row_key, o.item, o.subject, o.categories, o.role, "
                       "o.fields FROM occurrences o JOIN containers c ON c.id = o.container_id",
        "mentions": "SELECT c.name, m.item, hex(m.digest), m.kind FROM mentions m "
                    "JOIN containers c ON c.id = m.container_id",
    }
    with index.connect() as conn:
        tables = {t: [tuple(r) for r in conn.exec_driver_sql(sql)] for t, sql in queries.items()}
        subjects = [r[0] for r in conn.exec_driver_sql("SELECT id FROM subjects")]
    write_canonical(subjects, tables, out)


def write_canonical(subjects: list[int], tables: dict[str, list[tuple]], out: Path) -> None:
    name: dict[int, str] = {}
    for d, s, *_ in tables["identifiers"]:
        if s not in name or d < name[s]:
            name[s] = d
    rows = {
        "subjects": [(name.get(s, f"#{s}"),) for s in subjects],
        "identifiers": [(d, name[s], *rest) for d, s, *rest in tables["identifiers"]],
        "occurrences": [(c, k, i, name.get(s, f"#{s}"), *rest)
                        for c, k, i, s, *rest in tables["occurrences"]],
        "mentions": tables["mentions"],
    }
    with out.open("w") as f:
        for table, got in rows.items():
            lines = sorted(repr(r) for r in got)
            f.write(f"# {table} {len(lines)}\n")
            f.writelines(r + "\n" for r in lines)


def scan(url: str, dump: Path | None) -> dict[str, float]:
    args = [sys.executable, __file__, "--child", url] + (["--dump", str(dump)] if dump else [])
    done = subprocess.run(args, capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    if done.returncode:
        raise SystemExit(f"the scan failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(what: str, unit: str, raw: tuple[int, float], r: dict[str, float]) -> None:
    """Rates over the records of the estate (what the scan was given, as the raw read):
    the access-log lines, which hold no identifier, are classified from samples and not
    streamed by the link pass."""
    n, secs = raw
    raw_rate = n / secs
    rate = n / r["wall"]
    fixed = r["detector"] + r["models"]
    before = r["classify"] + r["detector"]  # classification, with the detector's load
    link_s = r["wall"] - before
    print(f"{what}: {n:,} {unit}; linked {r['linked']:,.0f}, occurrences "
          f"{r['occurrences']:,.0f}, subjects {r['subjects']:,.0f}, mentions "
          f"{r['mentions']:,.0f}, rejected {r['rejected']:,.0f}; status {r['status']}, "
          f"failures {r['failures']:.0f}")
    print(f"  raw read+parse:  {secs:7.2f} s  {raw_rate:>9,.0f} {unit}/s")
    print(f"  pdmap scan:      {r['wall']:7.2f} s  {rate:>9,.0f} {unit}/s   ratio "
          f"{rate / raw_rate:.3f}   peak RSS {r['peak_rss_mb']:.0f} MB, CPU {r['cpu']:.1f} s "
          "(with imports)")
    print(f"    detector load {r['detector']:.2f} s, spaCy models {r['models']:.2f} s, "
          f"classification {before:.2f} s (with the detector), NER {r['ner']:.2f} s")
    print(f"    link pass (the rest): {link_s:7.2f} s  {n / link_s:>9,.0f} {unit}/s   ratio "
          f"{n / link_s / raw_rate:.3f}")
    steady = r["wall"] - fixed
    print(f"    scan less the loads:  {steady:7.2f} s  {n / steady:>9,.0f} {unit}/s   ratio "
          f"{n / steady / raw_rate:.3f}")
    if r["ner"]:
        rest = steady - r["ner"]
        print(f"    ... and less NER:     {rest:7.2f} s  {n / rest:>9,.0f} {unit}/s   ratio "
              f"{n / rest / raw_rate:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000, help="records of each format")
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--only", choices=("objects", "mail"))
    parser.add_argument("--dump", type=Path, help="write the indexes' link tables here")
    parser.add_argument("--keep", type=Path, help="build the estate here and keep it")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, str(args.dump) if args.dump else None)
        return
    tmp = None
    if args.keep:
        base = args.keep
        base.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory()
        base = Path(tmp.name)
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
    rng = random.Random(17)
    crowd = people(rng, min(args.people, max(100, args.rows // 4)))
    try:
        if args.only in (None, "objects"):
            folder = base / "objects"
            if not folder.exists():
                t = time.perf_counter()
                size = build_folder(folder, args.rows, crowd, rng)
                print(f"objects: {3 * args.rows:,} records, {size / 1e6:.1f} MB, "
                      f"{len(crowd):,} people, built in {time.perf_counter() - t:.1f} s")
            raw = raw_objects(folder)
            r = scan(str(folder), args.dump / "objects.txt" if args.dump else None)
            report("objects", "records", raw, r)
            n, secs = pdmap_readers(folder)
            print(f"  pdmap's readers alone: {secs:.2f} s  {n / secs:>9,.0f} records/s   "
                  f"ratio {n / secs / (raw[0] / raw[1]):.3f}")
        if args.only in (None, "mail"):
            path = base / "bench.mbox"
            if not path.exists():
                t = time.perf_counter()
                size = build_mbox(path, args.messages, crowd, rng)
                print(f"mail: {args.messages:,} messages, {size / 1e6:.1f} MB, built in "
                      f"{time.perf_counter() - t:.1f} s")
            raw = raw_mail(path)
            r = scan(f"mbox://{path}", args.dump / "mail.txt" if args.dump else None)
            report("mail", "messages", raw, r)
    finally:
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    main()
