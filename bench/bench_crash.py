"""Crash benchmark (issue 13): what a `kill -9` costs, measured on real `pdmap scan`
processes over a generated shop (customers, addresses, orders, newsletter, tickets).

Prints, from one run:
- a clean first scan's time, and the occurrences it indexed;
- a re-scan killed while it writes (one customer added, killed once the customers table
  is being streamed again): the occurrences left, against those of before (the issue
  measured 110,000 of 300,000), and what `subjects find` answers for a known person;
- a first scan killed after its link pass committed the customers: the time the next scan
  takes to finish (it resumes), against a clean first scan's;
- whether the resumed index equals a clean one (compared canonically).

    .venv/bin/python bench/bench_crash.py [--people 300000] [--orders-each 4]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.scanner.test_fault_injection import (  # noqa: E402
    add_customer,
    answers,
    canonical,
    classified,
    email,
    index_path,
    kill_when,
    linking,
    query,
    setup,
    start,
)


def occurrences(config: Path) -> int:
    rows = query(index_path(config), "SELECT count(*) FROM occurrences")
    return int(rows[0][0]) if rows else 0


def timed_scan(config: Path) -> float:
    """A whole `pdmap scan` process, start-up and models included."""
    began = time.perf_counter()
    proc = start(config, "scan")
    _, err = proc.communicate()
    assert proc.returncode == 0, err
    return time.perf_counter() - began


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=300_000)
    ap.add_argument("--orders-each", type=int, default=4)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pdmap-crash-"))
    try:
        clean = setup(work / "clean", args.people, args.orders_each)
        full = timed_scan(clean)
        indexed = occurrences(clean)
        clean_index = canonical(index_path(clean))
        print(f"estate: {args.people:,} customers, {args.people * args.orders_each:,} orders")
        print(f"clean first scan: {full:.1f} s, {indexed:,} occurrences")

        # A re-scan killed while it streams the customers again.
        who = email(2)
        before = answers(clean, who)
        add_customer(clean.parent / "shop.db", args.people, args.orders_each)
        proc = start(clean, "scan")
        killed = kill_when(proc, classified(index_path(clean)), 1.0)
        left = occurrences(clean)
        after = answers(clean, who)
        print(f"re-scan killed while streaming ({'killed' if killed else 'ended first'}): "
              f"{left:,} of {indexed:,} occurrences left; find exit {after[0]}, rows "
              f"{'as before' if set(after[1]) == set(before[1]) else 'CHANGED'} "
              f"({len(after[1])} of {len(before[1])})")

        # A first scan killed once the customers are committed, then resumed.
        other = setup(work / "resumed", args.people, args.orders_each)
        (other.parent / ".pdmap").mkdir(exist_ok=True)
        shutil.copy(clean.parent / ".pdmap" / "key", other.parent / ".pdmap" / "key")
        began = time.perf_counter()
        proc = start(other, "scan")
        killed = kill_when(proc, linking(index_path(other)), 0.0)
        first_part = time.perf_counter() - began
        resumed = timed_scan(other)
        same = canonical(index_path(other)) == clean_index
        print(f"first scan killed after the customers ({'killed' if killed else 'ended'} at "
              f"{first_part:.1f} s); the next scan resumes in {resumed:.1f} s "
              f"({resumed / full:.2f} of a clean scan); index identical to a clean one: "
              f"{same}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
