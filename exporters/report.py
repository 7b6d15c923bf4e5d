"""The scan report: which fields hold personal data, of which category, and why.

The JSON form is a stable contract: an object with `scan`, a `fields` array (one entry
per scanned field with source, container, field, personal, category, entity, confidence,
evidence) and a `failures` array.
"""

from __future__ import annotations

import csv
import io
from typing import Any

import orjson

REPORT_VERSION = 1


def report_data(scan: dict[str, Any], rows: list[dict[str, Any]],
                failures: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "report_version": REPORT_VERSION,
        "scan": {
            "id": scan["id"],
            "started_at": _iso(scan.get("started_at")),
            "finished_at": _iso(scan.get("finished_at")),
            "status": scan["status"],
            "counters": scan.get("counters") or {},
        },
        "fields": [
            {
                "source": r["source"],
                "container": r["container"],
                "field": r["field"],
                "kind": r.get("kind"),
                "native_type": r.get("native_type"),
                "personal": bool(r["personal"]),
                "category": r["category"],
                "entity": r["entity"],
                "confidence": round(float(r["confidence"]), 3),
                "evidence": r["evidence"],
            }
            for r in rows
        ],
        "failures": failures,
    }


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def render_json(data: dict[str, Any]) -> str:
    return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode()


CSV_COLUMNS = ("source", "container", "field", "personal", "category", "entity", "confidence",
               "name_rule", "recognizers", "match_share", "examples")


def render_csv(data: dict[str, Any]) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for f in data["fields"]:
        ev = f["evidence"] or {}
        w.writerow([f["source"], f["container"], f["field"], str(f["personal"]).lower(),
                    f["category"] or "", f["entity"] or "", f"{f['confidence']:.2f}",
                    ev.get("name_rule") or "", ";".join(ev.get("recognizers") or []),
                    ev.get("match_share", ""), ";".join(ev.get("examples") or [])])
    return out.getvalue()


def evidence_summary(ev: dict[str, Any]) -> str:
    parts = []
    if ev.get("name_rule"):
        parts.append(f"name:{ev['name_rule']}")
    if ev.get("recognizers"):
        share = ev.get("match_share") or 0
        parts.append(f"values:{'+'.join(ev['recognizers'])} {share:.0%} of {ev.get('sampled', 0)}")
    parts.extend(ev.get("notes") or [])
    if ev.get("examples"):
        parts.append("e.g. " + ", ".join(ev["examples"][:2]))
    return "; ".join(parts)


def render_table(data: dict[str, Any]) -> Any:
    """A rich Table for terminals (the CLI prints it)."""
    from rich.table import Table

    scan = data["scan"]
    several = len({f["source"] for f in data["fields"]}) > 1
    t = Table(title=f"pdmap scan {scan['id']} ({scan['status']})", show_lines=False)
    t.add_column("field", overflow="fold", min_width=24)
    t.add_column("category", overflow="fold")
    t.add_column("entity", overflow="fold")
    t.add_column("conf.", justify="right")
    t.add_column("evidence", overflow="fold", ratio=1)
    for f in data["fields"]:
        where = f"{f['container']}.{f['field']}"
        t.add_row(f"{f['source']}:{where}" if several else where,
                  f["category"] if f["personal"] else "not personal", f["entity"] or "",
                  f"{f['confidence']:.2f}", evidence_summary(f["evidence"] or {}),
                  style=None if f["personal"] else "dim")
    return t
