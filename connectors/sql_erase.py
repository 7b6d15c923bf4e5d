"""Erasure's writes to a SQL database: the one place pdmap changes a source.

`RowChange` is one planned change of a row (delete it, or set some of its columns); the
statements are built here, both for plan.sql (`render`: the dialect's SQL with the bound
values shown for review) and for `apply_changes`, which runs a source's changes in ONE
transaction through the write credentials: each row is read again first (locked where the
dialect can) and its `row_digest` compared with the one the plan recorded, so a row that
changed since the plan is refused; any failure (a changed row, a constraint, a trigger, a
row not found) rolls every change of the source back. `verify` then reads every row again
through a new connection: deleted rows gone, set columns holding what was set.

Errors are one line naming the container and the change's position in the plan, never a
value (scanner.core.errors.one_line withholds what drivers quote).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from connectors.sql_reflect import normalize_url
from scanner.core.config import SourceConfig
from scanner.core.errors import one_line

ROWID = "__rowid__"  # as connectors.sql locates rows of a SQLite table without a key


@dataclass(frozen=True)
class RowChange:
    container: str  # schema.table
    key: dict[str, Any]  # the row's key columns and values
    action: str  # "delete", or "update" (anonymise, clear a reference)
    set_values: dict[str, Any] = field(default_factory=dict)
    seen: str | None = None  # row_digest of the row as the plan read it


class ChangeFailed(Exception):
    """A source's changes were rolled back; one line, no value."""


def row_digest(values: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of a row's values as text, by column name: what the plan saw."""
    body = orjson.dumps({str(k): None if v is None else str(v) for k, v in values.items()},
                        option=orjson.OPT_SORT_KEYS)
    return hashlib.sha256(body).hexdigest()


def write_engine(source: SourceConfig) -> Engine:
    """An engine on the source's write URL (source: SourceConfig.write_source())."""
    url = normalize_url(source.url)
    password = source.password()
    if password and url.password is None:
        url = url.set(password=password)
    kwargs: dict[str, Any] = {}
    if url.get_backend_name() in ("postgresql", "mysql", "mariadb"):
        kwargs["connect_args"] = {"connect_timeout": 10}
    engine = sa.create_engine(url, **kwargs)
    if url.get_backend_name() == "sqlite":
        # SQLite checks foreign keys only when asked: erasure honours them, as the other
        # databases do, so that a delete that would orphan a row fails (and rolls back).
        @sa.event.listens_for(engine, "connect")
        def _foreign_keys(dbapi_conn: Any, _rec: Any) -> None:
            dbapi_conn.execute("PRAGMA foreign_keys=ON")

    return engine


def _split(engine: Engine, container: str) -> tuple[str | None, str]:
    schema, _, name = container.partition(".")
    if not name:
        return None, schema
    if engine.dialect.name == "sqlite" and schema == "main":
        return None, name
    return schema, name


class Tables:
    """Tables reflected once per engine (their columns' types bind the values right)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.md = sa.MetaData()
        self._tables: dict[str, sa.Table] = {}

    def __call__(self, container: str, conn: Connection | None = None) -> sa.Table:
        t = self._tables.get(container)
        if t is None:
            schema, name = _split(self.engine, container)
            t = sa.Table(name, self.md, schema=schema, autoload_with=conn or self.engine)
            self._tables[container] = t
        return t


def _where(t: sa.Table, key: Mapping[str, Any]) -> list[Any]:
    out = []
    for k, v in key.items():
        out.append(sa.literal_column("rowid") == v if k == ROWID else t.c[k] == v)
    return out


def statement(t: sa.Table, change: RowChange) -> Any:
    if change.action == "delete":
        return sa.delete(t).where(*_where(t, change.key))
    return sa.update(t).where(*_where(t, change.key)).values(
        {t.c[c]: v for c, v in change.set_values.items()})


def render(engine: Engine, changes: Sequence[RowChange]) -> str:
    """The statements as the dialect runs them, bound values rendered for review."""
    tables = Tables(engine)
    lines = []
    for change in changes:
        stmt = statement(tables(change.container), change)
        sql = stmt.compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True})
        lines.append(f"{str(sql).strip()};")
    return "\n".join(lines)


def _current(conn: Connection, t: sa.Table, change: RowChange, lock: bool) -> Any:
    """The row as the driver returns it, untyped, as connectors.sql read it for the plan
    (a typed column would turn SQLite's text into a date and the digest would differ)."""
    q: Any = sa.select(*[sa.column(c.name) for c in t.columns]).select_from(t).where(
        *_where(t, change.key))
    if lock:
        q = q.with_for_update()
    return conn.execute(q).first()


def apply_changes(engine: Engine, changes: Sequence[RowChange]) -> None:
    """Every change in one transaction, each row checked against the plan first; on any
    failure nothing is changed (ChangeFailed)."""
    tables = Tables(engine)
    lock = engine.dialect.name != "sqlite"
    n = 0
    try:
        with engine.begin() as conn:
            for n, change in enumerate(changes, 1):
                t = tables(change.container, conn)
                row = _current(conn, t, change, lock)
                if row is None:
                    raise ChangeFailed(f"{change.container}, change {n}: the row is gone "
                                       "since the plan was made")
                if change.seen is not None and row_digest(dict(row._mapping)) != change.seen:
                    raise ChangeFailed(f"{change.container}, change {n}: the row changed "
                                       "since the plan was made")
                done = conn.execute(statement(t, change)).rowcount
                if done != 1:
                    raise ChangeFailed(f"{change.container}, change {n}: {done} rows "
                                       "matched instead of 1")
    except ChangeFailed as e:
        raise ChangeFailed(f"{e}; nothing was changed (rolled back)") from None
    except sa.exc.SQLAlchemyError as e:
        where = changes[n - 1].container if n else "the database"
        raise ChangeFailed(f"{where}, change {n}: {one_line(e)}; nothing was changed "
                           "(rolled back)") from None


def verify(engine: Engine, changes: Sequence[RowChange]) -> list[bool]:
    """For each change, read again through a new connection: True when the row is gone
    (delete) or its set columns hold what was set."""
    tables = Tables(engine)
    out = []
    with engine.connect() as conn:
        for change in changes:
            t = tables(change.container, conn)
            row = conn.execute(sa.select(t).where(*_where(t, change.key))).first()
            if change.action == "delete":
                out.append(row is None)
            else:
                m = row._mapping if row is not None else {}
                out.append(row is not None and all(
                    _same(m[c], v) for c, v in change.set_values.items()))
    return out


def _same(found: Any, wanted: Any) -> bool:
    if found is None or wanted is None:
        return found is None and wanted is None
    return str(found) == str(wanted)
