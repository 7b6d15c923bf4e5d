"""Retention enforced (`pdmap retention`): per declared container with a structured
retention (`retention: {period: P3Y, after: last_order_at}`) and per purpose, the rows past
it and the subjects they concern.

It lives below `check` and `erase`: `pdmap erase --expired` plans the deletion of the same
rows (`expired_rows`).

Read-only and never a full read: a `SELECT COUNT(*) ... WHERE after < :cutoff` per
container and purpose, then only the key columns of the expired rows, turned into the
locators the index stores (personal key values digested, as scanner.link writes them) and
looked up there. Sources that are not SQL are said to be not checked, never counted as zero.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any

import sqlalchemy as sa

from scanner.core.config import Config, DataMapEntry, Retention, SourceConfig
from scanner.core.errors import one_line
from scanner.core.types import ContainerSchema, ScanReport
from scanner.identifiers.hashing import Hasher
from scanner.index.inventory import locator
from scanner.index.queries import container_keys, subjects_at
from scanner.index.store import Index

BATCH = 5000  # expired keys read and looked up at a time


@dataclass(frozen=True)
class Rule:
    """One retention to check: a container of a source, a purpose and its retention."""

    source: str
    container: ContainerSchema
    purpose: str | None
    retention: Retention


def rules_for(source: SourceConfig, containers: Sequence[ContainerSchema],
              datamap: Sequence[DataMapEntry]) -> list[Rule]:
    """The (container, purpose, retention) the data map declares for this source's
    containers; the first structured retention of a purpose wins."""
    out: dict[tuple[str, str | None], Rule] = {}
    for c in containers:
        for e in datamap:
            if e.retention_rule is None or not fnmatchcase(source.name, e.source) \
                    or not fnmatchcase(c.name, e.container):
                continue
            out.setdefault((c.name, e.purpose), Rule(source.name, c, e.purpose,
                                                     e.retention_rule))
    return list(out.values())


def declares_retention(source: SourceConfig, datamap: Sequence[DataMapEntry]) -> bool:
    return any(e.retention_rule is not None and fnmatchcase(source.name, e.source)
               for e in datamap)


def check_retention(config: Config, *, source: str | None = None, index_url: str | None = None,
                    now: dt.datetime | None = None) -> dict[str, Any]:
    """Per declared container and purpose: the rows past retention (`expired`), those with
    no date (`undated`: not counted, said), the subjects concerned; the sources not checked
    (not SQL) and the containers that could not be (`errors`). The exit code to give:
    `status` ok (none past), expired, partial (something could not be checked)."""
    names = [s.name for s in config.sources]
    if source and source not in names:
        raise ValueError(f"--source {source}: no source of that name in the config (it has: "
                         f"{', '.join(names) or 'none'})")
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    result: dict[str, Any] = {"checked_at": now, "containers": [], "not_checked": [],
                              "errors": []}
    lookup = _Lookup.open(config, index_url)
    result["subjects_note"] = lookup.note
    try:
        for s in config.sources:
            if (source and s.name != source) or not declares_retention(s, config.datamap):
                continue
            _check_source(s, config, now, lookup, result)
    finally:
        lookup.close()
    subjects: set[int] = set()
    for c in result["containers"]:
        subjects.update(c.pop("_subjects", ()))
    result["expired"] = sum(c["expired"] for c in result["containers"])
    result["subjects"] = len(subjects) if lookup.index is not None else None
    result["status"] = ("partial" if result["errors"] else
                        "expired" if result["expired"] else "ok")
    return result


def _check_source(s: SourceConfig, config: Config, now: dt.datetime, lookup: _Lookup,
                  result: dict[str, Any]) -> None:
    from scanner.scan.registry import open_connector

    try:
        opened = open_connector(s)
    except Exception as e:  # noqa: BLE001 - one line, the others go on
        result["errors"].append({"source": s.name, "container": None, "message": one_line(e)})
        return
    try:
        if opened.tables is None:
            result["not_checked"].append({
                "source": s.name, "reason": "not a SQL source: its retention is not checked "
                                            "(only SQL containers are counted)"})
            return
        try:
            containers = list(opened.connector.discover(ScanReport()))
        except Exception as e:  # noqa: BLE001
            result["errors"].append({"source": s.name, "container": None,
                                     "message": f"discovery: {one_line(e)}"})
            return
        rules = rules_for(s, containers, config.datamap)
        for rule in rules:
            try:
                result["containers"].append(_check_rule(opened.tables, rule, now, lookup))
            except Exception as e:  # noqa: BLE001 - the container is named, the rest goes on
                result["errors"].append({"source": s.name, "container": rule.container.name,
                                         "message": one_line(e)})
    finally:
        opened.connector.close()


def _cutoff_param(rule: Retention, column: Any, native: str, now: dt.datetime) -> Any:
    """The cutoff bound in the column's kind: a date, an aware or a naive timestamp (UTC)."""
    cutoff = rule.cutoff(now.astimezone(dt.UTC))
    t = native.lower()
    if "date" in t and "time" not in t:
        return sa.bindparam("cutoff", cutoff.date(), type_=sa.Date)
    if ("with time zone" in t and "without" not in t) or "timestamptz" in t:
        return sa.bindparam("cutoff", cutoff, type_=sa.DateTime(timezone=True))
    return sa.bindparam("cutoff", cutoff.replace(tzinfo=None), type_=sa.DateTime)


def _check_rule(tables: Any, rule: Rule, now: dt.datetime, lookup: _Lookup) -> dict[str, Any]:
    c = rule.container
    native = {f.name: f.native_type for f in c.fields}
    if rule.retention.after not in native:
        raise ValueError(f"retention.after names {rule.retention.after!r}, which is not a "
                         f"column of {c.name}")
    table = tables.table(c)
    col = table.c[rule.retention.after]
    cutoff = _cutoff_param(rule.retention, col, native[rule.retention.after], now)
    expired_where = col < cutoff
    with tables.engine.connect() as conn:
        expired = int(conn.execute(sa.select(sa.func.count()).select_from(table)
                                   .where(expired_where)).scalar_one())
        undated = int(conn.execute(sa.select(sa.func.count()).select_from(table)
                                   .where(col.is_(None))).scalar_one())
        subjects: set[int] = set()
        if expired and lookup.index is not None:
            keys = lookup.keys(rule.source, c.name)
            if keys is not None and keys[1]:
                q = sa.select(*[table.c[k] for k in keys[1]]).where(expired_where)
                for batch in _batches(conn.execution_options(stream_results=True).execute(q)):
                    subjects.update(lookup.subjects(keys, batch))
    return {"source": rule.source, "container": c.name, "purpose": rule.purpose,
            "retention": rule.retention.description or rule.retention.readable(),
            "period": rule.retention.period, "after": rule.retention.after,
            "cutoff": cutoff.value, "expired": expired, "undated": undated,
            "subjects": len(subjects) if lookup.index is not None else None,
            "_subjects": subjects}


@dataclass(frozen=True)
class ExpiredRows:
    """The keys of one container's rows past retention, read from the source now."""

    source: str
    container: str
    purpose: str | None
    retention: str
    keys: tuple[dict[str, Any], ...]  # the rows' key values, as the source holds them
    subjects: frozenset[int] = frozenset()  # whom the index has at those rows


def expired_rows(config: Config, *, source: str | None = None, index_url: str | None = None,
                 now: dt.datetime | None = None) -> tuple[list[ExpiredRows], list[str]]:
    """Per SQL container and purpose, the keys of the rows past retention (only the key
    columns are read) and the subjects the index has at them, and one line per source or
    container that could not be read or is not SQL: what an erasure plan of them leaves out."""
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    lookup = _Lookup.open(config, index_url)
    try:
        return _expired_rows(config, source, now, lookup)
    finally:
        lookup.close()


def _expired_rows(config: Config, source: str | None, now: dt.datetime,
                  lookup: _Lookup) -> tuple[list[ExpiredRows], list[str]]:
    from scanner.scan.registry import open_connector

    out: list[ExpiredRows] = []
    problems: list[str] = [] if lookup.note is None else [lookup.note]
    for s in config.sources:
        if (source and s.name != source) or not declares_retention(s, config.datamap):
            continue
        try:
            opened = open_connector(s)
        except Exception as e:  # noqa: BLE001 - one line, the others go on
            problems.append(one_line(e))
            continue
        try:
            if opened.tables is None:
                problems.append(f"{s.name}: not a SQL source: its retention is not checked")
                continue
            tables = opened.tables
            for rule in rules_for(s, list(opened.connector.discover(ScanReport())),
                                  config.datamap):
                c = rule.container
                try:
                    if not c.primary_key:
                        raise ValueError("no primary key to address its rows by")
                    table = tables.table(c)
                    native = {f.name: f.native_type for f in c.fields}
                    if rule.retention.after not in native:
                        raise ValueError(f"retention.after names {rule.retention.after!r}, "
                                         f"which is not a column of {c.name}")
                    cutoff = _cutoff_param(rule.retention, None,
                                           native[rule.retention.after], now)
                    q = sa.select(*[table.c[k] for k in c.primary_key]).where(
                        table.c[rule.retention.after] < cutoff)
                    with tables.engine.connect() as conn:
                        keys = tuple(dict(zip(c.primary_key, row, strict=True))
                                     for batch in _batches(conn.execution_options(
                                         stream_results=True).execute(q)) for row in batch)
                    subjects: set[int] = set()
                    index_keys = lookup.keys(s.name, c.name) if lookup.index else None
                    if index_keys is not None and keys:
                        names = index_keys[1]
                        subjects = lookup.subjects(index_keys, [tuple(k[n] for n in names)
                                                                for k in keys])
                except Exception as e:  # noqa: BLE001 - the container is named
                    problems.append(f"{s.name} {c.name}: {one_line(e)}")
                    continue
                out.append(ExpiredRows(s.name, c.name, rule.purpose,
                                       rule.retention.description or rule.retention.readable(),
                                       keys, frozenset(subjects)))
        except Exception as e:  # noqa: BLE001 - discovery failed
            problems.append(f"{s.name}: discovery: {one_line(e)}")
        finally:
            opened.connector.close()
    return out, problems


def _batches(rows: Any) -> Iterator[list[Sequence[Any]]]:
    while True:
        batch = rows.fetchmany(BATCH)
        if not batch:
            return
        yield [tuple(r) for r in batch]


class _Lookup:
    """The index, to map expired rows' keys to subjects (None: no index, or another key)."""

    def __init__(self, index: Index | None, hasher: Hasher | None, note: str | None) -> None:
        self.index, self.hasher, self.note = index, hasher, note
        self._keys: dict[tuple[str, str], Any] = {}

    @classmethod
    def open(cls, config: Config, index_url: str | None) -> _Lookup:
        from scanner.identifiers.key import key_label, load_key
        from scanner.index.store import IndexMissingError

        try:
            index = Index(index_url or config.index, create=False)
        except IndexMissingError:
            return cls(None, None, "no index: subjects not counted (run 'pdmap scan')")
        path = config.resolve(config.key_file)
        key = load_key(path)
        try:
            index.check_key(key, key_label(path))
        except Exception:
            index.close()
            raise
        return cls(index, Hasher(key), None)

    def keys(self, source: str, container: str) -> tuple[int, tuple[str, ...],
                                                          tuple[str, ...]] | None:
        assert self.index is not None
        if (source, container) not in self._keys:
            with self.index.connect() as conn:
                self._keys[source, container] = container_keys(conn, source, container)
        return self._keys[source, container]  # type: ignore[no-any-return]

    def subjects(self, keys: tuple[int, tuple[str, ...], tuple[str, ...]],
                 rows: list[Sequence[Any]]) -> set[int]:
        assert self.index is not None and self.hasher is not None
        cid, names, hashed = keys
        hasher = self.hasher
        locs = [locator(names, [{"hmac": hasher("locator", str(v))} if n in hashed else v
                                for n, v in zip(names, row, strict=True)]) for row in rows]
        with self.index.connect() as conn:
            return subjects_at(conn, cid, locs)

    def close(self) -> None:
        if self.index is not None:
            self.index.close()
