"""Roles benchmark: who each row belongs to, and in which role, on ten relational schemas.

Builds every schema of tests/estates/roles.py on SQLite (and on PostgreSQL with
--postgres), runs the real scan into a fresh index, and scores the index and the export
against the truth. Prints per schema: people, expected (person, row, role) triples,
precision, recall, F2 (beta = 2), people merged with another, people whose root row is in
no subject as its own, people whose subject answers to another person's identifier,
export leaks (other people's e-mails, phones or names in a person's package), references
exported with more than their naming columns, and exported rows by truth role.

    .venv/bin/python bench/bench_roles.py [--postgres] [--schema NAME ...] [--no-export]
                                           [--problems N] [--verdicts]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.estates.roles import (  # noqa: E402
    SCHEMAS,
    SUMMARY_HEADER,
    Score,
    evaluate,
    field_verdicts,
    scan_schema,
    summary_line,
)


def run(name: str, dialect: str, url: str, workdir: Path, export: bool,
        verdicts: bool) -> Score:
    try:
        scanned = scan_schema(name, url, workdir)
        if verdicts:
            for (table, column), category in sorted(field_verdicts(scanned).items()):
                print(f"    {name}/{dialect} {table}.{column}: {category}")
        return evaluate(scanned, dialect, export)
    except Exception as e:  # noqa: BLE001 - one schema failing must not hide the others
        score = Score(name, dialect)
        score.error = f"{type(e).__name__}: {e}"
        traceback.print_exc()
        return score


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--postgres", action="store_true", help="also on PostgreSQL")
    ap.add_argument("--schema", action="append", choices=sorted(SCHEMAS),
                    help="only these schemas (repeatable)")
    ap.add_argument("--no-export", action="store_true", help="skip the export checks")
    ap.add_argument("--problems", type=int, default=0,
                    help="print the first N problems of each schema")
    ap.add_argument("--verdicts", action="store_true",
                    help="print the scan's category of every column")
    args = ap.parse_args()
    names = args.schema or list(SCHEMAS)
    scores: list[Score] = []
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        for name in names:
            work = Path(tmp) / f"sqlite-{name}"
            work.mkdir()
            scores.append(run(name, "sqlite", f"sqlite:///{work}/{name}.db", work,
                              not args.no_export, args.verdicts))
        if args.postgres:
            from tests.services.postgres import PostgresServer

            with PostgresServer() as pg:
                for name in names:
                    work = Path(tmp) / f"postgres-{name}"
                    work.mkdir()
                    url = pg.create_database(f"roles_{name}")
                    scores.append(run(name, "postgres", url, work, not args.no_export,
                                      args.verdicts))
        elapsed = time.perf_counter() - t
    print(SUMMARY_HEADER)
    total = Score("TOTAL", "all")
    for s in scores:
        print(summary_line(s) + (f"  ERROR {s.error}" if s.error else ""))
        total.add(s)
    print(summary_line(total))
    print(f"(exported by truth role: own/attached/shared/reference/foreign; {total.exportable} "
          f"people exported, {total.export_failed} refused, {total.export_missing} of their "
          f"rows missing from their package; {total.shared_flag} wrong shared flags, "
          f"{total.ref_fields} references with wrong fields, {total.lost_ids} identifiers "
          f"that do not find their person; leaks by kind {dict(total.leak_kinds)}; "
          f"{elapsed:.0f}s)")
    if args.problems:
        for s in scores:
            for p in s.problems[:args.problems]:
                print("  " + p)


if __name__ == "__main__":
    main()
