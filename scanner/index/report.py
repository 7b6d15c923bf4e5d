"""A scan's fields and failures, behind `pdmap report` (the last scan by default)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from exporters.report import Declare, render_csv, render_json, render_table, report_data
from scanner.index.queries import inventory_stats
from scanner.index.schema import scans, subject_flags
from scanner.index.store import Index, as_dict

FORMATS = ("table", "json", "csv", "html")


class NoScanError(Exception):
    """The index holds no scan yet, or not the one asked for."""


def scan_data(index_url: str, *, scan_id: int | None = None, source: str | None = None,
              declare: Declare | None = None) -> dict[str, Any]:
    """The report data of scan `scan_id` (the last one by default), of every source or of
    `source` only; `declare` matches fields to the data map (scanner.check.declared)."""
    index = Index(index_url, create=False)
    try:
        if scan_id is None:
            scan = index.last_scan()
            if scan is None:
                raise NoScanError(f"{index.describe()}: no scan yet (run 'pdmap scan')")
        else:
            with index.connect() as conn:
                row = conn.execute(sa.select(scans).where(scans.c.id == scan_id)).first()
            if row is None:
                raise NoScanError(f"{index.describe()}: no scan {scan_id}")
            scan = as_dict(row)
        fields = index.scan_fields(scan["id"])
        failures = index.scan_failures(scan["id"])
        stats = inventory_stats(index)
        subjects: int | None = int(stats["subjects"])
        if source is not None:
            if not any(f["source"] == source for f in fields) and not any(
                    f["source"] == source for f in failures):
                known = sorted({f["source"] for f in fields})
                raise NoScanError(f"{index.describe()}: scan {scan['id']} has no source "
                                  f"{source!r} (it has: {', '.join(known) or 'none'})")
            fields = [f for f in fields if f["source"] == source]
            failures = [f for f in failures if f["source"] == source]
            subjects = next((int(s["subjects"]) for s in stats["sources"]
                             if s["source"] == source), 0)
        minors = sa.select(sa.func.count(sa.distinct(subject_flags.c.subject))).where(
            subject_flags.c.flag == "minor_at_collection",
            *([subject_flags.c.source == source] if source is not None else []))
        with index.connect() as conn:  # subjects minors when their data was collected
            n_minors = int(conn.execute(minors).scalar_one())
        return report_data(scan, fields, failures, subjects=subjects, source=source,
                           declare=declare, minors=n_minors)
    finally:
        index.close()


def scan_report(index_url: str, fmt: str, *, scan_id: int | None = None,
                source: str | None = None, personal_only: bool = False,
                declare: Declare | None = None) -> Any:
    """The report rendered: a str (json, csv, html) or a rich Table (table)."""
    data = scan_data(index_url, scan_id=scan_id, source=source, declare=declare)
    if personal_only:
        data["fields"] = [f for f in data["fields"] if f["personal"]]
    if fmt == "json":
        return render_json(data)
    if fmt == "csv":
        return render_csv(data)
    if fmt == "html":
        from exporters.report_html import render_html

        return render_html(data)
    return render_table(data)
