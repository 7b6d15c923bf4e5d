"""Subject-linking benchmark: 1,000,000 customers + 3,000,000 orders (FK) on PostgreSQL.

Builds the estate server-side with generate_series, times a raw fetch of the columns the
link pass reads (a plain streamed SELECT through the same driver, no processing), then the
link pass itself into a fresh SQLite index, and `subjects find` on that index. Prints rows/s
of both, their ratio, the time of the orders alone (streamed again), peak RSS, and the
median find time.

    .venv/bin/python bench/bench_subjects.py [--customers 1000000] [--orders 3000000]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402

from connectors.sql import SqlConnector  # noqa: E402
from scanner.core.config import Config, SourceConfig  # noqa: E402
from scanner.core.types import FieldVerdict, ScanReport  # noqa: E402
from scanner.identifiers.hashing import Hasher  # noqa: E402
from scanner.index.queries import find_subject  # noqa: E402
from scanner.index.store import Index  # noqa: E402
from scanner.link.sql import LinkOptions, link_source  # noqa: E402
from scanner.link.tasks import Inline, Scanned  # noqa: E402
from scanner.scan.executors import Processes, Setup  # noqa: E402
from tests.services.postgres import PostgresServer  # noqa: E402

CATEGORIES = {"email": "contact.email", "full_name": "identity.name",
              "customer_id": "identity.account_id", "amount": None}
KEY = bytes(range(32))


def build(pg: PostgresServer, customers: int, orders: int) -> None:
    pg.execute(
        "CREATE TABLE customers (id bigint PRIMARY KEY, full_name text, email text, "
        "created_at timestamptz NOT NULL DEFAULT now())",
        f"INSERT INTO customers (id, full_name, email) SELECT i, "
        f"(ARRAY['Alice','Bruno','Chloé','David','Emma'])[1 + i % 5] || ' ' || "
        f"(ARRAY['Martin','Petit','Dubois','Leroy'])[1 + i % 4] || ' ' || i, "
        f"'person' || i || '@example.com' FROM generate_series(1, {customers}) i",
        "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL "
        "REFERENCES customers(id), amount numeric(10, 2) NOT NULL)",
        f"INSERT INTO orders SELECT i, 1 + (i::bigint * 7919) % {customers}, (i % 500) + 0.99 "
        f"FROM generate_series(1, {orders}) i",
        "VACUUM ANALYZE customers", "VACUUM ANALYZE orders")


def raw_fetch(url: str) -> tuple[int, float]:
    """The same columns through the same driver: a streamed SELECT, rows discarded."""
    engine = sa.create_engine(url)
    n = 0
    t = time.perf_counter()
    with engine.connect() as conn:
        for q in ("SELECT id, full_name, email FROM customers",
                  "SELECT id, customer_id FROM orders"):
            result = conn.execution_options(stream_results=True, yield_per=5000).exec_driver_sql(q)
            for part in result.partitions(5000):
                n += len(part)
    elapsed = time.perf_counter() - t
    engine.dispose()
    return n, elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--customers", type=int, default=1_000_000)
    ap.add_argument("--orders", type=int, default=3_000_000)
    ap.add_argument("--finds", type=int, default=9)
    ap.add_argument("--workers", type=int, default=2,
                    help="worker processes preparing the large tables' key ranges (pdmap scan "
                         "--workers; 1: this process only)")
    args = ap.parse_args()
    os.environ["PDMAP_KEY"] = KEY.hex()  # the workers' key (they read their own)
    with PostgresServer() as pg, tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        build(pg, args.customers, args.orders)
        print(f"estate built in {time.perf_counter() - t:.1f}s")
        rows, raw = raw_fetch(pg.url)
        print(f"raw fetch : {rows:>9,} rows in {raw:6.1f}s = {rows / raw:>9,.0f} rows/s")

        source = SourceConfig(name="pg", url=pg.url)
        connector = SqlConnector(source)
        here = Inline(Scanned(Hasher(KEY), lambda: None))
        tasks = Processes(args.workers, Setup(config=Config(sources=(source,))), here) \
            if args.workers > 1 else here
        report = ScanReport()
        index = Index(f"sqlite:///{tmp}/index.db")
        scan_id = index.begin_scan()
        containers = [c for c in connector.discover(report)
                      if c.name in ("public.customers", "public.orders")]
        verdicts = {c.name: [FieldVerdict(c.field_ref(f.name), bool(CATEGORIES.get(f.name)),
                                          CATEGORIES.get(f.name), None, 0.9) for f in c.fields]
                    for c in containers}
        for c in containers:
            index.record_container(scan_id, "pg", pg.url, c, verdicts[c.name])
        t = time.perf_counter()
        link_source(index, KEY, connector, containers, verdicts, report, scan_id,
                    LinkOptions(region="FR"), tasks=tasks)
        linked = time.perf_counter() - t
        assert not report.failures, report.failures
        n = report.counters.get("subject_rows", 0)
        print(f"link pass : {n:>9,} rows in {linked:6.1f}s = {n / linked:>9,.0f} rows/s  "
              f"({report.counters.get('subjects_created', 0):,} subjects, "
              f"{report.counters.get('subject_occurrences', 0):,} occurrences)")
        print(f"ratio     : indexing runs at {(n / linked) / (rows / raw):.2f} of the raw fetch "
              f"rate (target >= 0.25)")
        t = time.perf_counter()
        again = ScanReport()
        link_source(index, KEY, connector, containers, verdicts, again, scan_id,
                    LinkOptions(region="FR"), tasks=tasks)
        print(f"re-scan   : unchanged, {again.counters.get('subject_rows', 0)} rows read in "
              f"{time.perf_counter() - t:.2f}s")
        # The orders alone: forget their link state, so only they are streamed again.
        orders = index.container_state("pg", "public.orders")
        assert orders is not None
        index.set_container_state(orders[0], {k: v for k, v in (orders[1] or {}).items()
                                              if k != "link"})
        t = time.perf_counter()
        alone = ScanReport()
        link_source(index, KEY, connector, containers, verdicts, alone, scan_id,
                    LinkOptions(region="FR"), tasks=tasks)
        elapsed = time.perf_counter() - t
        n = alone.counters.get("subject_rows", 0)
        print(f"orders    : {n:>9,} rows in {elapsed:6.1f}s = {n / elapsed:>9,.0f} rows/s "
              f"(streamed again alone)")
        times = []
        for i in range(args.finds):
            who = f"person{1 + (i * 104729) % args.customers}@example.com"
            t = time.perf_counter()
            found = find_subject(index, KEY, who, "email")
            times.append(time.perf_counter() - t)
            assert found["subject"] is not None and len(found["occurrences"]) >= 1
        print(f"find      : median {statistics.median(times) * 1000:.1f} ms over {args.finds} "
              f"(max {max(times) * 1000:.1f} ms; target < 200 ms)")
        size = sum(p.stat().st_size for p in Path(tmp).iterdir())
        print(f"index     : {size / 2**20:,.0f} MiB on disk")
        tasks.close()
        connector.close()
        index.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # NOTE: large tables' key ranges are prepared by worker processes (pdmap scan
    # --workers); the OS keeps the largest finished child's peak (a worker, or the server's
    # initdb), so this process plus the workers times that bounds the pass's peak from above.
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    n = args.workers if args.workers > 1 else 0
    print(f"peak RSS  : {peak:,.0f} MiB here, largest worker {child:,.0f} MiB; with {n} "
          f"workers at most {peak + n * child:,.0f} MiB (target < 1024)")


if __name__ == "__main__":
    main()
