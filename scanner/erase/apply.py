"""The library behind `pdmap erase`: make a plan (nothing changes), write it for review,
apply a reviewed plan and certify what it did.

`make_plan` asks each source's planner (`plan_<type>` in scanner/erase/<type>.py, found by
name; see scanner.erase.plan) for its items; `write_plan_dir` writes plan.json (0600),
plan.sql (the SQL sources' statements) and summary.txt; `apply_plan` refuses a source whose
last scan is not the one the plan was made against, hands every other source's items to its
`apply_<type>`, writes certificate.json (erased, held, failed: positions in the plan, no
value) and, once nothing of the person is left (no item failed or held as it is), adds
their strong identifier digests to the index's suppression list.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import sqlalchemy as sa

from exporters.occurrences import OccurrenceRow
from scanner.core.config import Config, SourceConfig
from scanner.core.errors import EXIT_OK, EXIT_PARTIAL, one_line
from scanner.erase.plan import (
    ApplyRefused,
    Item,
    Outcome,
    Plan,
    PlanContext,
    PlanError,
    iso_now,
    read_plan,
    write_plan,
    write_private,
)
from scanner.index.erased import subject_digests, suppress
from scanner.index.schema import sources as sources_table
from scanner.index.store import Index

CERTIFICATE = "certificate.json"
KEPT_AS_IS = ("hold", "review", "unlink")  # actions that change nothing at the source
KIND_OF_TYPE = {"sql": "row", "mail": "message", "objects": "object"}


def _module_fn(source_type: str, verb: str) -> Callable[..., Any] | None:
    """`plan_<type>` or `apply_<type>` of scanner.erase.<type>, or None."""
    try:
        module = importlib.import_module(f"scanner.erase.{source_type}")
    except ModuleNotFoundError:
        return None
    fn = getattr(module, f"{verb}_{source_type}", None)
    return fn if callable(fn) else None


def last_scans(engine: sa.Engine) -> dict[str, int | None]:
    with engine.connect() as conn:
        return {str(n): (None if s is None else int(s)) for n, s in conn.execute(
            sa.select(sources_table.c.name, sources_table.c.last_scan_id))}


def make_plan(ctx: PlanContext, sources: Sequence[SourceConfig]) -> Plan:
    """The plan for ctx.subjects: items per source, children before parents; reads only."""
    rows: dict[str, list[OccurrenceRow]] = {}
    for subject in ctx.subjects:
        for r in ctx.reader.occurrences(subject):
            rows.setdefault(r.source, []).append(r)
    configured = {s.name: s for s in sources}
    items: list[Item] = []
    not_planned: dict[str, str] = {}
    for name in sorted(rows):
        found = rows[name]
        source = configured.get(name)
        stype = found[0].source_type
        planner = _module_fn(stype, "plan")
        if source is None:
            not_planned[name] = f"source {name}: not in the config nor remembered by the index"
            continue
        if planner is None:
            items.extend(Item(name, r.container, KIND_OF_TYPE.get(stype, "record"),
                              dict(r.item), "review",
                              reason=f"no erasure planner for {stype} sources yet: erase "
                                     "by hand") for r in found)
            continue
        try:
            items.extend(planner(ctx, source, found))
        except PlanError as e:
            not_planned[name] = f"source {name}: {e}"
    scans = last_scans(ctx.reader.engine)
    with ctx.reader.engine.connect() as conn:
        digests = sorted(d.hex() for d, _ in subject_digests(conn, ctx.subjects))
    return Plan(created_at=iso_now(ctx.now), identifiers=tuple(digests),
                subjects=tuple(ctx.subjects),
                scans={n: scans.get(n) for n in sorted({i.source for i in items} | set(rows))},
                items=tuple(items), not_planned=not_planned)


def summary_text(plan: Plan) -> str:
    """What the plan does, for a reviewer: per source and action, then every held item."""
    lines = [f"Erasure plan made {plan.created_at} for subject(s) "
             f"{', '.join(map(str, plan.subjects))} (digest {plan.digest}).",
             "Nothing has been changed. Review plan.json and plan.sql, then run "
             "'pdmap erase --apply' on this folder.", ""]
    for source, items in plan.by_source().items():
        counts = Counter(i.action for i in items)
        lines.append(f"{source} (planned against scan {plan.scans.get(source)}): " +
                     ", ".join(f"{n} {a}" for a, n in sorted(counts.items())))
        for n, i in enumerate(plan.items, 1):
            if i.source == source and i.action not in ("delete",):
                until = f" until {i.hold_until}" if i.hold_until else ""
                cols = f" [{', '.join(i.columns)}]" if i.columns else ""
                lines.append(f"  {n}. {i.container}: {i.action}{cols}{until}: {i.reason}")
    for _source, why in sorted(plan.not_planned.items()):
        lines.append(f"NOT PLANNED {why}")
    if not plan.items:
        lines.append("The index holds nothing of this person to erase.")
    return "\n".join(lines) + "\n"


def write_plan_dir(ctx: PlanContext, plan: Plan, out: Path,
                   sources: Sequence[SourceConfig]) -> list[Path]:
    """plan.json, plan.sql (when a SQL source has statements) and summary.txt in `out`;
    a folder holding a plan already is refused."""
    if (out / "plan.json").exists():
        raise PlanError(f"{out} holds a plan already: give another folder")
    written = [write_plan(plan, out)]
    from scanner.erase.sql import WRITES, render_sql

    configured = {s.name: s for s in sources}
    parts = []
    for source, items in plan.by_source().items():
        if any(i.action in WRITES and i.kind == "row" for i in items) and source in configured:
            try:
                body = render_sql(ctx, configured[source], items)
            except sa.exc.SQLAlchemyError as e:
                body = f"-- cannot render: {one_line(e)}"
            parts.append(f"-- source {source}: one transaction, in this order\n{body}\n")
    if parts:
        path = out / "plan.sql"
        write_private(path, "\n".join(parts).encode())
        written.append(path)
    path = out / "summary.txt"
    write_private(path, summary_text(plan).encode())
    written.append(path)
    return written


@dataclass
class Certificate:
    plan_digest: str
    applied_at: str
    outcomes: list[tuple[int, Outcome]] = field(default_factory=list)  # plan position
    refused: dict[str, str] = field(default_factory=dict)  # source -> why
    suppressed: int = 0
    not_suppressed: str | None = None  # why the person's digests were not suppressed
    path: Path | None = None

    def of(self, status: str) -> list[dict[str, Any]]:
        return [{"item": n, "source": o.item.source, "container": o.item.container,
                 "kind": o.item.kind, "action": o.item.action,
                 "hold_until": o.item.hold_until, "message": o.message}
                for n, o in self.outcomes if o.status == status]

    def as_json(self) -> dict[str, Any]:
        return {"plan_digest": self.plan_digest, "applied_at": self.applied_at,
                "erased": self.of("erased"), "held": self.of("held"),
                "failed": self.of("failed"), "refused": dict(self.refused),
                "suppressed_identifiers": self.suppressed,
                "not_suppressed": self.not_suppressed}

    @property
    def exit_code(self) -> int:
        return EXIT_PARTIAL if self.refused or self.of("failed") else EXIT_OK


def apply_plan(config: Config, index_url: str, out: Path,
               clock: Callable[[], dt.datetime] | None = None) -> Certificate:
    """Apply the reviewed plan in `out` source by source; write certificate.json."""
    plan = read_plan(out)
    if (out / CERTIFICATE).exists():
        raise PlanError(f"{out} was applied already (see its {CERTIFICATE})")
    now = (clock or (lambda: dt.datetime.now(dt.UTC)))()
    key = _key(config)
    index = Index(index_url, create=False)
    try:
        scans = last_scans(index.engine)
        cert = Certificate(plan.digest, iso_now(now))
        configured = {s.name: s for s in config.sources}
        positions = {id(i): n for n, i in enumerate(plan.items, 1)}
        for name, items in plan.by_source().items():
            if all(i.action in KEPT_AS_IS for i in items):  # nothing to write there
                cert.outcomes.extend((positions[id(i)], Outcome(i, "held", i.reason))
                                     for i in items)
                continue
            why = _refusal(plan, name, scans, configured)
            applier = None if why else _module_fn(_type_of(items), "apply")
            if why is None and applier is None:
                why = f"source {name}: no erasure applier for its kind"
            if why is None and applier is not None:
                try:
                    outcomes = applier(configured[name], items, key=key)
                except ApplyRefused as e:
                    why = str(e)
            if why is not None:
                cert.refused[name] = why
                outcomes = [Outcome(i, "failed", why) for i in items]
            cert.outcomes.extend((positions[id(o.item)] if id(o.item) in positions else 0, o)
                                 for o in outcomes)
        left = [o for _, o in cert.outcomes if o.status == "failed"
                or (o.status == "held" and o.item.action in ("hold", "review"))]
        if plan.not_planned and not left:
            cert.not_suppressed = (f"{len(plan.not_planned)} source(s) were not planned and "
                                   "may keep the person's data")
        elif left:
            # their data is still there, legitimately or not: a scan would report it as
            # come back
            cert.not_suppressed = (f"{len(left)} item(s) failed or held as they are keep "
                                   "the person's data: apply a new plan when they can go")
        elif cert.of("erased"):
            with index.begin() as conn:
                digests = [(d, k) for d, k in subject_digests(conn, plan.subjects)
                           if d.hex() in set(plan.identifiers)]
                cert.suppressed = suppress(conn, digests, plan.digest, now)
    finally:
        index.close()
    cert.path = out / CERTIFICATE
    write_private(cert.path, orjson.dumps(cert.as_json(), option=orjson.OPT_INDENT_2))
    return cert


def _key(config: Config) -> bytes | None:
    """The installation's key, for appliers that map masked names back (mail, objects)."""
    from scanner.identifiers.key import load_key

    try:
        return load_key(config.resolve(config.key_file))
    except Exception:  # noqa: BLE001 - an applier that needs it says so, in one line
        return None


def _type_of(items: Sequence[Item]) -> str:
    kinds = {i.kind for i in items}
    return {"row": "sql", "message": "mail"}.get(kinds.pop(), "objects") if len(kinds) == 1 \
        else "objects"


def _refusal(plan: Plan, name: str, scans: dict[str, int | None],
             configured: dict[str, SourceConfig]) -> str | None:
    if name not in configured:
        return f"source {name}: not in pdmap.yaml (an erasure needs its write credentials)"
    if scans.get(name) != plan.scans.get(name):
        return (f"source {name}: scanned again since the plan was made (scan "
                f"{scans.get(name)}, the plan saw {plan.scans.get(name)}): plan again")
    return None
