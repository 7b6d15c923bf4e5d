"""`pdmap erase --expired`: a plan that deletes the rows kept past the data map's retention
(scanner.scan.retention.expired_rows), planned row by row by the SQL planner every erasure
uses (scanner.erase.sql.plan_sql): children before parents, rows the data map keeps under a
legal obligation held or anonymised, statements per dialect in plan.sql.

Such a plan erases rows, not people: it names no identifier, so applying it puts no one on
the suppression list (the people concerned may still have data that is not expired).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from exporters.occurrences import OccurrenceRow
from scanner.core.config import SourceConfig
from scanner.erase.apply import last_scans
from scanner.erase.plan import Item, Plan, PlanContext, PlanError, iso_now
from scanner.erase.sql import plan_sql
from scanner.scan.retention import ExpiredRows


def plan_expired(ctx: PlanContext, sources: Sequence[SourceConfig],
                 expired: Sequence[ExpiredRows], problems: Sequence[str]) -> Plan:
    """The plan deleting `expired` rows; `problems` (sources or containers that could not
    be checked) are listed as not planned. ctx.subjects: those the index has at the rows."""
    rows: dict[str, list[OccurrenceRow]] = {}
    for e in expired:
        rows.setdefault(e.source, []).extend(
            OccurrenceRow(e.source, e.container, dict(k), (), "sql", "own") for k in e.keys)
    why = {(e.source, e.container): f"past retention ({e.retention}; purpose "
                                    f"{e.purpose or 'not declared'})" for e in reversed(expired)}
    configured = {s.name: s for s in sources}
    items: list[Item] = []
    not_planned = {f"retention {n}": p for n, p in enumerate(problems, 1)}
    for name in sorted(rows):
        if name not in configured:
            not_planned[name] = f"source {name}: not in the config"
            continue
        try:
            items.extend(replace(i, reason=why[name, i.container]) if i.action == "delete"
                         and (name, i.container) in why else i
                         for i in plan_sql(ctx, configured[name], rows[name]))
        except PlanError as e:
            not_planned[name] = f"source {name}: {e}"
    scans = last_scans(ctx.reader.engine)
    return Plan(created_at=iso_now(ctx.now), identifiers=(), subjects=tuple(ctx.subjects),
                scans={n: scans.get(n) for n in sorted({i.source for i in items} | set(rows))},
                items=tuple(items), not_planned=not_planned)
