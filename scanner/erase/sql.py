"""Erasure of a person's rows in a SQL source: `plan_sql` (read only) and `apply_sql`.

Planning, per row the index says concerns the person (exporters.occurrences.OccurrenceRow):

- own or attached (theirs alone): deleted; but where the data map declares the container
  under a legal obligation, or a contract whose structured retention (`retention: {period,
  after}`) is not over, the row is kept and its personal columns anonymised (NULL, or a
  fixed placeholder for a NOT NULL column), `hold_until` the end of the retention when it is
  structured (free text: held for review, no date);
- shared (an attached row several people point to), or a row the index also gives to
  another person: never deleted; "unlink" (the person's link goes with their own row) or
  "review";
- reference (the row only names the person, in `fields`): those columns cleared.

Columns of kept rows that reference a row being deleted are cleared too, and the rows are
ordered children before parents by the foreign keys reflected from the database, so the
statements run in plan order. Every planned row is read now and the digest of its values
recorded (`Item.seen`): apply refuses the source if any row changed since.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

import orjson
import sqlalchemy as sa

from connectors.sql_erase import (
    ROWID,
    ChangeFailed,
    RowChange,
    apply_changes,
    render,
    row_digest,
    verify,
    write_engine,
)
from exporters.occurrences import OccurrenceRow
from scanner.core.config import DataMapEntry, SourceConfig
from scanner.core.errors import one_line
from scanner.erase.plan import ApplyRefused, Item, Outcome, PlanContext, PlanError
from scanner.index.inventory import item_values
from scanner.index.schema import containers, occurrences, sources

PLACEHOLDER = "erased"  # what a NOT NULL text column is set to
WRITES = ("delete", "anonymise", "clear_reference")
_DURATION = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")


# -- the data map's word on a container --------------------------------------------------


def _entries(datamap: Sequence[DataMapEntry], source: str,
             container: str) -> list[DataMapEntry]:
    return [e for e in datamap if e.personal and e.path is None
            and fnmatch.fnmatchcase(source, e.source)
            and fnmatch.fnmatchcase(container, e.container)]


def _basis(text: str | None) -> str:
    return re.sub(r"[\s_-]+", " ", (text or "").lower())


def _retention(value: Any) -> tuple[str | None, str | None, str | None]:
    """(period, after, text) of a data-map retention: structured, or free text."""
    if isinstance(value, Mapping):
        return value.get("period"), value.get("after"), None
    period, after = getattr(value, "period", None), getattr(value, "after", None)
    if period:
        return str(period), after, None
    return None, None, None if value is None else str(value)


def add_period(start: dt.date, period: str) -> dt.date | None:
    """`start` + an ISO 8601 duration of years, months, weeks and days (P10Y, P3Y6M)."""
    m = _DURATION.match(period.strip().upper())
    if not m or not any(m.groups()):
        return None
    y, mo, w, d = (int(g or 0) for g in m.groups())
    months = start.month - 1 + mo + 12 * y
    year, month = start.year + months // 12, months % 12 + 1
    day = start.day
    while True:
        try:
            moved = dt.date(year, month, day)
            break
        except ValueError:
            day -= 1  # 31 March + 1 month: 30 April
    return moved + dt.timedelta(weeks=w, days=d)


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def keep_reason(entries: Sequence[DataMapEntry], values: Mapping[str, Any],
                today: dt.date, minor: bool = False) -> tuple[str, str | None, str, str] | None:
    """(legal basis, hold_until, reason, action) when the row must be kept, else None (it
    is deleted): "anonymise" until the end of a structured retention that is not over,
    "hold" (untouched, for review) when the retention is free text or its date is missing.

    Legitimate interest holds a row for review (the controller weighs its grounds against
    the request, art. 17(1)(c) and 21), except for a person who was a minor when the data
    was collected: then nothing held on that basis stays (art. 17(1)(f))."""
    for e in entries:
        basis = _basis(e.legal_basis)
        obligation = "legal obligation" in basis or "6(1)(c)" in basis
        contract = "contract" in basis or "6(1)(b)" in basis
        interest = "legitimate interest" in basis or "6(1)(f)" in basis
        if interest and not (obligation or contract):
            if minor:
                continue
            return (str(e.legal_basis), None,
                    f"kept under {e.legal_basis}: weigh the controller's grounds against the "
                    "request before erasing; held for review", "hold")
        if not (obligation or contract):
            continue
        rule = getattr(e, "retention_rule", None)  # structured, else the text
        period, after, text = _retention(rule if rule is not None else e.retention)
        until = None
        if period and after:
            start = _as_date(values.get(after))
            until = add_period(start, period) if start else None
        if until is not None:
            if until <= today:
                continue  # the retention is over: the row goes
            return (str(e.legal_basis), until.isoformat(),
                    f"kept under {e.legal_basis} until {until.isoformat()} "
                    f"({period} after {after}): personal columns anonymised", "anonymise")
        if period and after:
            why = f"its date column {after} is empty or not a date"
        else:
            why = (f"retention '{text}' is not structured" if text else
                   "no structured retention (retention: {period, after})")
        return (str(e.legal_basis), None,
                f"kept under {e.legal_basis}; {why}: held for review", "hold")
    return None


# -- what the database says of its tables ------------------------------------------------


class _Shape:
    """One table's columns (nullable, type), key and foreign keys, reflected."""

    def __init__(self, insp: Any, engine: sa.Engine, container: str) -> None:
        schema: str | None
        schema, _, name = container.partition(".")
        if engine.dialect.name == "sqlite" and schema == "main":
            schema = None
        self.columns = {c["name"]: c for c in insp.get_columns(name, schema=schema)}
        self.pk = tuple(insp.get_pk_constraint(name, schema=schema)
                        .get("constrained_columns") or ())
        default = schema or insp.default_schema_name or "main"
        if engine.dialect.name == "sqlite":
            default = "main"
        self.fks: list[tuple[tuple[str, ...], str, tuple[str, ...]]] = [
            (tuple(fk["constrained_columns"]),
             f"{fk.get('referred_schema') or default}.{fk['referred_table']}",
             tuple(fk["referred_columns"]))
            for fk in insp.get_foreign_keys(name, schema=schema)]

    def cleared(self, column: str) -> tuple[bool, Any]:
        """(possible, value) to erase a column: NULL, or a placeholder when NOT NULL."""
        col = self.columns.get(column)
        if col is None or column in self.pk:
            return False, None
        if col.get("nullable", True):
            return True, None
        if any(column in cols for cols, _, _ in self.fks):
            return False, None  # a NOT NULL foreign key: no placeholder is a valid row
        try:
            kind = col["type"].python_type
        except NotImplementedError:
            return False, None
        if kind is str:
            length = getattr(col["type"], "length", None)
            return True, PLACEHOLDER[:length] if length else PLACEHOLDER
        if kind in (int, float, Decimal):
            return True, 0
        return False, None


def _order(shapes: Mapping[str, _Shape]) -> list[str]:
    """Containers children first: a table referencing another comes before it."""
    names = sorted(shapes)
    before: dict[str, set[str]] = {n: set() for n in names}  # n must wait for these
    for child in names:
        for _, parent, _ in shapes[child].fks:
            if parent in before and parent != child:
                before[parent].add(child)
    out: list[str] = []
    while before:
        ready = sorted(n for n, wait in before.items() if not wait - set(out))
        if not ready:  # a cycle: the rest by name
            out.extend(sorted(before))
            break
        for n in ready:
            out.append(n)
            del before[n]
    return out


def _ident(item: Mapping[str, Any]) -> bytes:
    """A row's locator item as a hashable value (digested keys are mappings)."""
    return orjson.dumps(dict(item), option=orjson.OPT_SORT_KEYS, default=str)


def _others(ctx: PlanContext, source: str, container: str) -> set[bytes]:
    """Keys of the container's rows the index gives to someone else (not as a reference)."""
    q = (sa.select(occurrences.c.row_key, occurrences.c.item)
         .join(containers, containers.c.id == occurrences.c.container_id)
         .join(sources, sources.c.id == containers.c.source_id)
         .where(sources.c.name == source, containers.c.name == container,
                occurrences.c.subject.not_in(list(ctx.subjects)),
                sa.or_(occurrences.c.role.is_(None), occurrences.c.role != "reference")))
    with ctx.reader.engine.connect() as conn:
        return {_ident(item_values(k, i)) for k, i in conn.execute(q)}


# -- planning ------------------------------------------------------------------------------


def plan_sql(ctx: PlanContext, source: SourceConfig,
             rows: Sequence[OccurrenceRow]) -> list[Item]:
    try:
        opened = ctx.fetch.connector(source.name)
    except Exception as e:  # noqa: BLE001 - any driver error: the source is not planned
        raise PlanError(f"cannot open: {one_line(e)}") from None
    if opened.tables is None:
        raise PlanError("not a SQL source this pdmap can plan")
    engine = opened.tables.engine
    insp = sa.inspect(engine)
    by_container: dict[str, list[OccurrenceRow]] = {}
    for r in rows:
        by_container.setdefault(r.container, []).append(r)
    shapes: dict[str, _Shape] = {}
    for container in by_container:
        try:
            shapes[container] = _Shape(insp, engine, container)
        except sa.exc.SQLAlchemyError as e:
            raise PlanError(f"{container}: cannot reflect: {one_line(e)}") from None
    today = ctx.now.date()
    planned: dict[str, list[Item]] = {}
    deleting: set[str] = set()
    values_of: dict[tuple[str, bytes], dict[str, Any]] = {}
    for container in _order(shapes):
        shape = shapes[container]
        entries = _entries(ctx.config.datamap, source.name, container)
        categories = ctx.reader.field_categories(source.name, container)
        personal = [c for c, cat in categories.items() if cat and c in shape.columns
                    and c not in shape.pk]
        others = _others(ctx, source.name, container)
        seen_keys: set[bytes] = set()
        out = planned.setdefault(container, [])
        # own rows first, so a row both theirs and naming them is planned once
        for r in sorted(by_container[container], key=lambda r: r.role == "reference"):
            record = ctx.fetch(r.locator())
            if record is None:
                continue  # gone since the scan: nothing to erase
            values = dict(record.values)
            key = _key(shape, r, values)
            ident = _ident(key) if key else None
            if ident is None:
                out.append(Item(source.name, container, "row", dict(r.item), "review",
                                reason="the table has no key to address the row by: "
                                       "erase it by hand"))
                continue
            if ident in seen_keys:
                continue
            seen_keys.add(ident)
            values_of[(container, ident)] = values
            base: dict[str, Any] = {"source": source.name, "container": container,
                                    "kind": "row",
                    "locator": key, "seen": row_digest(values)}
            if r.role == "reference":
                out.append(_clear(shape, base, r.fields, "the row only names the person: "
                                  "their reference cleared"))
                continue
            if r.role == "shared" or _ident(r.item) in others:
                who = "shared with other people" if r.role == "shared" else \
                    "also another person's row in the index"
                out.append(Item(**base, action="unlink",
                                reason=f"kept: {who}; the person's link goes with their "
                                       "own rows"))
                continue
            kept = keep_reason(entries, values, today, ctx.minor)
            if kept is None:
                out.append(Item(**base, action="delete",
                                reason="the person's row" if r.role == "own"
                                else "attached to the person's row alone"))
                deleting.add(container)
                continue
            basis, until, why, action = kept
            if action == "hold":
                out.append(Item(**base, action="hold", reason=why, legal_basis=basis))
                continue
            item = _clear(shape, base, personal, why, action="anonymise")
            out.append(Item(**{**_fields(item), "hold_until": until, "legal_basis": basis}))
    return _settle(shapes, planned, deleting, values_of)


def _settle(shapes: Mapping[str, _Shape], planned: Mapping[str, list[Item]],
            deleting: set[str], values_of: Mapping[tuple[str, bytes], dict[str, Any]]
            ) -> list[Item]:
    """The items in the order they run, children first. Anonymised rows and cleared
    references lose their foreign keys to the tables whose rows go, too; a row kept as it
    is (hold, review, unlink) keeps the rows it references: those are held as well (deleting
    them would fail). In a table, references are cleared before its rows go."""
    items: list[Item] = []
    blocked: dict[str, dict[bytes, str]] = {}  # parent container -> row -> why
    for container in _order(shapes):
        shape = shapes[container]
        for item in sorted(planned.get(container, []), key=lambda i: i.action == "delete"):
            ident = _ident(item.locator)
            why = blocked.get(container, {}).get(ident)
            if item.action == "delete" and why:
                item = Item(**{**_fields(item), "action": "hold", "reason": why})
            elif item.action in ("anonymise", "clear_reference"):
                fk_cols = [c for cols, parent, _ in shape.fks if parent in deleting
                           for c in cols]
                missing = [c for c in fk_cols if c not in item.columns]
                if missing:
                    item = _clear(shape, _fields(item), (*item.columns, *missing),
                                  item.reason, action=item.action)
            if item.action in ("hold", "review", "unlink"):
                values = values_of.get((container, ident), {})
                for cols, parent, refcols in shape.fks:
                    ref = {rc: values.get(c) for c, rc in zip(cols, refcols, strict=False)}
                    if parent in planned and ref and None not in ref.values():
                        blocked.setdefault(parent, {})[_ident(ref)] = (
                            f"kept: a row of {container} kept as it is ({item.action}) "
                            "references it")
            items.append(item)
    return items


def _fields(item: Item) -> dict[str, Any]:
    return {f: getattr(item, f) for f in Item.__dataclass_fields__}


def _key(shape: _Shape, r: OccurrenceRow, values: Mapping[str, Any]) -> dict[str, Any] | None:
    if shape.pk and all(k in values for k in shape.pk):
        return {k: values[k] for k in shape.pk}
    if ROWID in r.item:
        return {ROWID: r.item[ROWID]}
    return None


def _clear(shape: _Shape, base: Mapping[str, Any], columns: Sequence[str], reason: str,
           action: str = "clear_reference") -> Item:
    """An item setting `columns` to NULL or a placeholder; "review" when one cannot be."""
    fixed = {k: v for k, v in base.items()
             if k not in ("action", "columns", "set_values", "reason")}
    set_values: dict[str, Any] = {}
    for c in dict.fromkeys(columns):
        ok, value = shape.cleared(c)
        if not ok:
            return Item(**fixed, action="review", columns=tuple(dict.fromkeys(columns)),
                        reason=f"{reason}; but column {c} cannot be cleared (a key, or NOT "
                               "NULL without a placeholder): decide by hand")
        set_values[c] = value
    if not set_values:
        return Item(**fixed, action="hold", reason=f"{reason}; no personal column to clear")
    return Item(**fixed, action=action, columns=tuple(set_values), set_values=set_values,
                reason=reason)


# -- plan.sql and apply --------------------------------------------------------------------


def changes_of(items: Sequence[Item]) -> list[RowChange]:
    return [RowChange(i.container, dict(i.locator),
                      "delete" if i.action == "delete" else "update",
                      dict(i.set_values), i.seen)
            for i in items if i.action in WRITES]


def render_sql(ctx: PlanContext, source: SourceConfig, items: Sequence[Item]) -> str:
    """The source's statements in plan order, in its dialect, values rendered."""
    engine = ctx.fetch.connector(source.name).tables.engine
    return render(engine, changes_of(items))


def apply_sql(source: SourceConfig, items: Sequence[Item],
              key: bytes | None = None) -> list[Outcome]:
    """The items' statements in one transaction through the write credentials, verified;
    unlink, review and hold items are held (nothing runs). `key` is not needed here."""
    write = source.write_source()
    if write is None:
        raise ApplyRefused(f"source {source.name}: no write credentials (write_url or "
                           "write_password_env in pdmap.yaml): refused")
    engine = write_engine(write)
    try:
        changes = changes_of(items)
        try:
            apply_changes(engine, changes)
        except ChangeFailed as e:
            return [Outcome(i, "failed", f"source {source.name}: {e}") for i in items]
        checked = iter(verify(engine, changes))
        out = []
        for i in items:
            if i.action not in WRITES:
                out.append(Outcome(i, "held", i.reason))
            elif next(checked):
                out.append(Outcome(i, "erased", "deleted" if i.action == "delete" else
                                   f"{i.action}: {', '.join(i.columns)}"))
            else:
                out.append(Outcome(i, "failed", f"source {source.name}, {i.container}: "
                                   "read again, the row still holds what was to go"))
        return out
    except sa.exc.SQLAlchemyError as e:
        raise ApplyRefused(f"source {source.name}: {one_line(e)}") from None
    finally:
        engine.dispose()

