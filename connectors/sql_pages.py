"""How connectors/sql.py streams a table: keyset pages (or a streamed cursor where there is
no primary key) and a child table's keys grouped by their link value.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from scanner.core.types import ContainerSchema


def pages(engine: Engine, container: ContainerSchema, cols: list[Any], key_exprs: list[Any],
          keys: Sequence[str], page_size: int, *, plain: bool = False,
          after: Sequence[Any] | None = None,
          upto: Sequence[Any] | None = None) -> Iterator[Sequence[Any]]:
    """Pages of rows; `plain`: the driver's own tuples, as the driver typed the values.

    With `after` and `upto` (key tuples, from `bounds`), only the rows whose key is past
    `after` and up to `upto`: one range of a table read apart from the others.

    A SQLAlchemy Row per value costs about as much as the driver's fetch itself; the link
    pass only needs positions, and a page of tuples can be handed on as is.
    """
    if not container.primary_key:
        with engine.connect() as conn:
            result = conn.execution_options(stream_results=True,
                                            yield_per=page_size).execute(
                sa.select(*cols))
            for part in result.partitions(page_size):
                yield [tuple(r) for r in part] if plain else part
        return
    last: tuple[Any, ...] | None = tuple(after) if after is not None else None
    key_tuple = _key_tuple(key_exprs)
    while True:
        q = _past(sa.select(*cols), key_tuple, last).order_by(*key_exprs).limit(page_size)
        if upto is not None:
            q = q.where(key_tuple <= _value(upto))
        with engine.connect() as conn:
            result = conn.execute(q)
            rows = result.cursor.fetchall() if plain and result.cursor else result.fetchall()
            result.close()
        if rows:
            yield rows
        if len(rows) < page_size:
            return
        if plain:  # read_pages puts the key first
            last = tuple(rows[-1][:len(keys)])
        else:
            m = rows[-1]._mapping
            last = tuple(m[k] for k in keys)


def bounds(engine: Engine, key_exprs: list[Any], every: int) -> Iterator[tuple[Any, ...]]:
    """The key of every `every`-th row in key order: where ranges of `every` rows end (the
    last range, past the last bound, is not given). One index-only query per bound."""
    key_tuple = _key_tuple(key_exprs)
    last: tuple[Any, ...] | None = None
    while True:
        q = _past(sa.select(*key_exprs), key_tuple, last).order_by(*key_exprs).offset(
            every - 1).limit(1)
        with engine.connect() as conn:
            end = conn.execute(q).first()
        if end is None:
            return
        last = tuple(end)
        yield last


def _key_tuple(key_exprs: list[Any]) -> Any:
    return sa.tuple_(*key_exprs) if len(key_exprs) > 1 else key_exprs[0]


def _value(key: Sequence[Any]) -> Any:
    return sa.tuple_(*key) if len(key) > 1 else key[0]


def _past(q: Any, key_tuple: Any, last: Sequence[Any] | None) -> Any:
    return q if last is None else q.where(key_tuple > _value(last))


def groups(engine: Engine, dialect: str, t: sa.TableClause, key: str, link: str,
           page_size: int) -> Iterator[Sequence[Sequence[Any]]]:
    """Pages of (link value, JSON array of the `key` values of its rows, in key order):
    one per distinct non-null `link`, in link order, through a server-side cursor."""
    k, ln = t.c[key], t.c[link]
    quote = engine.dialect.identifier_preparer.quote
    setup: list[str] = []
    if dialect == "postgresql":
        # string_agg(... ORDER BY key) sorts each group on its own, a million small sorts
        # for orders by customer; one sort of the rows by (link, key), aggregated in that
        # order, takes a third less time. A serial plan feeds the aggregate the rows in the
        # order sorted (parallel workers would each aggregate a share).
        rows = sa.select(ln.label("pdmap_link"), k.label("pdmap_key")).where(
            ln.is_not(None)).order_by(ln, k).subquery("pdmap_rows")
        q = sa.select(rows.c.pdmap_link, sa.literal_column(
            "'[' || string_agg(CAST(pdmap_rows.pdmap_key AS TEXT), ',') || ']'")
        ).group_by(rows.c.pdmap_link).order_by(rows.c.pdmap_link)
        setup.append("SET LOCAL max_parallel_workers_per_gather = 0")
    elif dialect in ("mysql", "mariadb"):
        agg: Any = sa.literal_column(f"CONCAT('[', GROUP_CONCAT({quote(key)} ORDER BY "
                                     f"{quote(key)} SEPARATOR ','), ']')")
        q = sa.select(ln, agg).where(ln.is_not(None)).group_by(ln).order_by(ln)
        setup.append("SET SESSION group_concat_max_len = 4294967295")  # 1 MB by default
    else:
        # SQLite before 3.44 cannot order inside an aggregate (and its GROUP BY sorter
        # keeps no order within a group): ordered rows, grouped here.
        yield from _groups_ordered(engine, k, ln, page_size)
        return
    with engine.connect() as conn:
        for statement in setup:
            conn.exec_driver_sql(statement)
        result = conn.execution_options(stream_results=True,
                                        yield_per=page_size).execute(q)
        yield from result.partitions(page_size)


def _groups_ordered(engine: Engine, k: Any, ln: Any,
                    page_size: int) -> Iterator[Sequence[Sequence[Any]]]:
    q = sa.select(ln, k).where(ln.is_not(None)).order_by(ln, k)
    page: list[tuple[Any, str]] = []
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True,
                                        yield_per=page_size).execute(q)
        last: Any = None
        keys: list[Any] = []
        for part in result.partitions(page_size):
            for link, key in part:
                if keys and link != last:
                    page.append((last, orjson.dumps(keys, default=str).decode()))
                    keys = []
                    if len(page) >= page_size:
                        yield page
                        page = []
                last = link
                keys.append(key)
        if keys:
            page.append((last, orjson.dumps(keys, default=str).decode()))
    if page:
        yield page
