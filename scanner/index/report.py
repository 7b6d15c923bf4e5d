"""The last scan's fields and failures, behind `pdmap report`."""

from __future__ import annotations

from typing import Any

from exporters.report import render_csv, render_json, render_table, report_data
from scanner.index.store import Index


class NoScanError(Exception):
    """The index holds no scan yet."""


def last_scan_data(index_url: str) -> dict[str, Any]:
    index = Index(index_url, create=False)
    try:
        scan = index.last_scan()
        if scan is None:
            raise NoScanError(f"{index.describe()}: no scan yet (run 'pdmap scan')")
        return report_data(scan, index.scan_fields(scan["id"]), index.scan_failures(scan["id"]))
    finally:
        index.close()


def last_scan_report(index_url: str, fmt: str, *, personal_only: bool = False) -> Any:
    data = last_scan_data(index_url)
    if personal_only:
        data["fields"] = [f for f in data["fields"] if f["personal"]]
    if fmt == "json":
        return render_json(data)
    if fmt == "csv":
        return render_csv(data)
    return render_table(data)
