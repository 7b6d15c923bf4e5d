"""The scan report: which fields hold personal data, of which category, and why.

The JSON form is a stable contract (exporters/schema/report.schema.json): an object with
`scan`, `summary`, a `fields` array (one entry per scanned field with source, container,
field, personal, category, entity, confidence, evidence, the category's fideslang key and
DPV term, and what the data map declares for it: `declared`, `purpose`, `legal_basis`,
`retention`, null when absent), a `categories` array (per category found: its fields and
the declarations they carry) and a `failures` array. Timestamps are ISO 8601 with an
offset.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Sequence
from typing import Any

import orjson

from scanner.core.categories import load_categories
from scanner.core.config import DataMapEntry

REPORT_VERSION = 2

# (source, container, field, category or None when not personal) -> the data-map entry
# that declares the field, or None. The caller brings the matching (scanner.check's).
Declare = Callable[[str, str, str, str | None], DataMapEntry | None]


def report_data(scan: dict[str, Any], rows: Sequence[dict[str, Any]],
                failures: Sequence[dict[str, Any]], *, subjects: int | None = None,
                source: str | None = None, declare: Declare | None = None,
                minors: int = 0) -> dict[str, Any]:
    """The report of one scan: `rows` are the index's verdicts (Index.scan_fields),
    `subjects` the subjects the index maps (of `source` when the report is of one), `minors`
    those of them flagged minors when their data was collected."""
    fields = [_field(r, declare) for r in rows]
    personal = [f for f in fields if f["personal"]]
    return {
        "report_version": REPORT_VERSION,
        "scan": {
            "id": scan["id"],
            "started_at": _iso(scan.get("started_at")),
            "finished_at": _iso(scan.get("finished_at")),
            "status": scan["status"],
            "counters": scan.get("counters") or {},
        },
        "source": source,
        "summary": {
            "sources": len({f["source"] for f in [*fields, *failures]}),
            "containers": len({(f["source"], f["container"]) for f in fields}),
            "fields": len(fields),
            "personal_fields": len(personal),
            "undeclared_fields": sum(1 for f in personal if not f["declared"]),
            "subjects": subjects,
            "minors": minors,
            "categories": len({f["category"] for f in personal if f["category"]}),
            "failures": len(failures),
        },
        "fields": fields,
        "categories": _categories(personal),
        "failures": [dict(f) for f in failures],
    }


def _field(r: dict[str, Any], declare: Declare | None) -> dict[str, Any]:
    personal = bool(r["personal"])
    category = r["category"]
    known = load_categories().get(category) if category else None
    entry = declare(r["source"], r["container"], r["field"], category if personal else None) \
        if declare is not None else None
    return {
        "source": r["source"],
        "container": r["container"],
        "field": r["field"],
        "kind": r.get("kind"),
        "native_type": r.get("native_type"),
        "personal": personal,
        "category": category,
        "fideslang": known.fideslang if known else None,
        "dpv": known.dpv if known else None,
        "entity": r["entity"],
        "confidence": round(float(r["confidence"]), 3),
        "evidence": r["evidence"],
        "declared": entry is not None,
        "purpose": _text(entry.purpose) if entry else None,
        "legal_basis": _text(entry.legal_basis) if entry else None,
        "retention": _text(entry.retention) if entry else None,
    }


def _text(value: str | None) -> str | None:
    return value.strip() or None if value else None


def _categories(personal: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_cat: dict[str, list[dict[str, Any]]] = {}
    for f in personal:
        if f["category"]:
            by_cat.setdefault(f["category"], []).append(f)
    known = load_categories()
    out = []
    for category in sorted(by_cat):
        fs = by_cat[category]
        c = known.get(category)
        declarations = sorted({(f["purpose"], f["legal_basis"], f["retention"])
                               for f in fs if f["declared"]},
                              key=lambda d: tuple(x or "" for x in d))
        out.append({
            "category": category,
            "name": c.name if c else None,
            "fideslang": c.fideslang if c else None,
            "dpv": c.dpv if c else None,
            "sensitive": bool(c.sensitive) if c else False,
            "fields": len(fs),
            "undeclared_fields": sum(1 for f in fs if not f["declared"]),
            "sources": sorted({f["source"] for f in fs}),
            "declarations": [{"purpose": p, "legal_basis": lb, "retention": rt}
                             for p, lb, rt in declarations],
        })
    return out


def _iso(value: Any) -> str | None:
    """ISO 8601 with an offset: the index stores UTC; SQLite gives it back naive."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return str(value.isoformat())


def render_json(data: dict[str, Any]) -> str:
    return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode()


CSV_COLUMNS = ("source", "container", "field", "personal", "category", "entity", "confidence",
               "name_rule", "recognizers", "match_share", "examples", "fideslang", "dpv",
               "declared", "purpose", "legal_basis", "retention")


def render_csv(data: dict[str, Any]) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for f in data["fields"]:
        ev = f["evidence"] or {}
        w.writerow([f["source"], f["container"], f["field"], str(f["personal"]).lower(),
                    f["category"] or "", f["entity"] or "", f"{f['confidence']:.2f}",
                    ev.get("name_rule") or "", ";".join(ev.get("recognizers") or []),
                    ev.get("match_share", ""), ";".join(ev.get("examples") or []),
                    f["fideslang"] or "", f["dpv"] or "", str(f["declared"]).lower(),
                    f["purpose"] or "", f["legal_basis"] or "", f["retention"] or ""])
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
