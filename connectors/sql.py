"""SQL databases through SQLAlchemy: SQLite, PostgreSQL, MySQL/MariaDB and any other dialect.

The connector reflects tables, samples a bounded number of rows with the dialect's
cheapest random sampling, streams rows by keyset pagination and fetches one row back
by its key. It opens every source read-only and never writes to it. Reflection helpers
and sampling are in connectors/sql_reflect.py, paged reading and grouped children in
connectors/sql_pages.py.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Connection, Engine

from connectors.sql_pages import bounds, groups, pages
from connectors.sql_reflect import (
    SYSTEM_SCHEMAS,
    field_kind,
    json_columns,
    matches,
    normalize_url,
    row_estimates,
    safe_type_name,
    sample_rows,
    short_error,
)
from scanner.core.config import SourceConfig
from scanner.core.options import SqlOptions
from scanner.core.protocols import (
    GroupedChildren,
    PagedTable,
    Reopenable,
    SharedValueCounts,
    SqlTables,
    TableState,
    WholeSample,
)
from scanner.core.types import ContainerSchema, FieldSchema, ForeignKey, Locator, Record, ScanReport

ROWID = "__rowid__"  # SQLite tables without a primary key are located by rowid
CTID = "__ctid__"  # PostgreSQL tables without a primary key are located by ctid
ROWNUM = "__row__"  # elsewhere, by position (unstable: see README)


class SqlConnector(PagedTable, Reopenable, GroupedChildren, SharedValueCounts, TableState,
                   SqlTables, WholeSample):
    """A SQL database reached through a SQLAlchemy URL."""

    schemes = ("sqlite", "postgresql", "postgres", "mysql", "mariadb", "mssql", "oracle")

    def __init__(self, source: SourceConfig) -> None:
        self.name = source.name
        self.source = source
        url = normalize_url(source.url)
        password = source.password()
        if password and url.password is None:
            url = url.set(password=password)
        self.dialect = url.get_backend_name()
        self.page_size = source.options_as(SqlOptions).page_size
        self.engine = self._engine(url)
        self._tables: dict[str, sa.TableClause] = {}

    def _engine(self, url: URL) -> Engine:
        kwargs: dict[str, Any] = {"pool_pre_ping": False}
        if self.dialect == "sqlite":
            path = url.database or ""
            if path and path != ":memory:" and not path.startswith("file:"):
                # Open the file read-only: a missing file is an error, not a new database.
                url = url.set(database=f"file:{path}?mode=ro", query={"uri": "true"})
        elif self.dialect == "postgresql":
            kwargs["connect_args"] = {"options": "-c default_transaction_read_only=on",
                                      "connect_timeout": 10}
        elif self.dialect in ("mysql", "mariadb"):
            kwargs["connect_args"] = {"init_command": "SET SESSION TRANSACTION READ ONLY",
                                      "connect_timeout": 10}
        return sa.create_engine(url, **kwargs)

    def _connect(self) -> Connection:
        return self.engine.connect()

    # -- discovery -----------------------------------------------------------------

    def discover(self, report: ScanReport) -> Iterator[ContainerSchema]:
        with self._connect() as conn:
            insp = sa.inspect(conn)
            default = insp.default_schema_name or "main"
            schemas = [s for s in insp.get_schema_names() if s.lower() not in SYSTEM_SCHEMAS]
            if self.dialect in ("mysql", "mariadb"):
                # In MySQL a schema is a database; scan only the one in the URL.
                schemas = [default]
            estimates = row_estimates(conn, self.dialect)
            json_cols = json_columns(conn, self.dialect)
            for schema in schemas:
                for table in sorted(insp.get_table_names(schema=schema)):
                    qualified = f"{schema}.{table}"
                    if not matches(qualified, self.source.include, self.source.exclude):
                        continue
                    try:
                        yield self._reflect(insp, schema, table, estimates.get(qualified),
                                            json_cols.get(table, set()))
                    except sa.exc.SQLAlchemyError as e:
                        report.fail(self.name, qualified, f"cannot reflect table: {short_error(e)}")

    def _reflect(self, insp: Any, schema: str, table: str, estimate: int | None,
                 json_cols: set[str]) -> ContainerSchema:
        columns = insp.get_columns(table, schema=schema)
        pk = tuple(insp.get_pk_constraint(table, schema=schema).get("constrained_columns") or ())
        fks = []
        for fk in insp.get_foreign_keys(table, schema=schema):
            ref_schema = fk.get("referred_schema") or schema
            fks.append(ForeignKey(tuple(fk["constrained_columns"]),
                                  f"{ref_schema}.{fk['referred_table']}",
                                  tuple(fk["referred_columns"])))
        fields = tuple(
            FieldSchema(name=c["name"],
                        kind="json" if c["name"] in json_cols else field_kind(c["type"]),
                        native_type=safe_type_name(c["type"]),
                        nullable=bool(c.get("nullable", True)), primary_key=c["name"] in pk)
            for c in columns
        )
        container = ContainerSchema(self.name, f"{schema}.{table}", fields, pk, tuple(fks),
                                    estimate)
        self.table(container)
        return container

    def table(self, container: ContainerSchema) -> sa.TableClause:
        """A lightweight table construct; SQLAlchemy quotes the names that need it."""
        t = self._tables.get(container.name)
        if t is None:
            schema: str | None
            schema, _, name = container.name.partition(".")
            if self.dialect == "sqlite" and schema == "main":
                schema = None
            t = sa.table(name, *[sa.column(f.name) for f in container.fields], schema=schema)
            self._tables[container.name] = t
        return t

    # -- locating rows -------------------------------------------------------------

    def _key_columns(self, container: ContainerSchema) -> tuple[str, ...]:
        if container.primary_key:
            return container.primary_key
        return {"sqlite": (ROWID,), "postgresql": (CTID,)}.get(self.dialect, ())

    def _key_exprs(self, container: ContainerSchema) -> list[Any]:
        t = self.table(container)
        out: list[Any] = []
        for k in self._key_columns(container):
            if k == ROWID:
                out.append(sa.literal_column("rowid").label(ROWID))
            elif k == CTID:
                out.append(sa.literal_column("ctid::text").label(CTID))
            else:
                out.append(t.c[k])
        return out

    def _record(self, container: ContainerSchema, row: Any, keys: Sequence[str],
                fields: Sequence[str], position: int | None = None) -> Record:
        m = row._mapping
        item = tuple((k, m[k]) for k in keys) if keys else ((ROWNUM, position),)
        return Record(Locator(self.name, container.name, item), {f: m[f] for f in fields})

    # -- sampling ------------------------------------------------------------------

    def sample(self, container: ContainerSchema, limit: int) -> list[Record]:
        return self.sample_whole(container, limit)[0]

    def sample_whole(self, container: ContainerSchema,
                     limit: int) -> tuple[list[Record], bool]:
        fields = [f.name for f in container.fields]
        keys = self._key_columns(container)
        t = self.table(container)
        cols = [t.c[f] for f in fields] + [e for e in self._key_exprs(container)
                                          if e.name not in fields]
        rng = random.Random(zlib.crc32(container.name.encode()))
        with self._connect() as conn:
            rows, whole = sample_rows(conn, self.dialect, t, container, cols, limit, rng)
        out, seen = [], set()
        for i, row in enumerate(rows):
            rec = self._record(container, row, keys, fields, i)
            if rec.locator.item not in seen:
                seen.add(rec.locator.item)
                out.append(rec)
        return out[:limit], whole

    # -- streaming -----------------------------------------------------------------

    def read(self, container: ContainerSchema, fields: Sequence[str]) -> Iterator[Record]:
        """Every row with `fields`, by keyset pagination on the key (or a streamed cursor)."""
        t = self.table(container)
        keys = self._key_columns(container)
        key_exprs = self._key_exprs(container)
        cols = [t.c[f] for f in fields] + [e for e in key_exprs if e.name not in fields]
        position = 0
        for page in pages(self.engine, container, cols, self._key_exprs(container), keys,
                          self.page_size):
            for row in page:
                yield self._record(container, row, keys, fields, position)
                position += 1

    def key_columns(self, container: ContainerSchema) -> tuple[str, ...]:
        """The columns that locate a row: the primary key, else rowid/ctid, else none."""
        return self._key_columns(container)

    def read_pages(self, container: ContainerSchema, fields: Sequence[str],
                   after: Sequence[Any] | None = None,
                   upto: Sequence[Any] | None = None) -> Iterator[Sequence[Sequence[Any]]]:
        """Like read, in pages of plain rows: key_columns(), then the `fields` not among them.

        With `after` / `upto` (key tuples from `key_bounds`), only the rows of that key
        range, for a table with a primary key: one unit of a table read in parts.

        For the link pass, which streams whole tables and cannot afford a Record and a
        Locator per row.
        """
        t = self.table(container)
        keys = self._key_columns(container)
        cols = self._key_exprs(container) + [t.c[f] for f in fields if f not in keys]
        if (after is not None or upto is not None) and not container.primary_key:
            raise ValueError(f"{container.name}: a table is read in ranges by primary key only")
        yield from pages(self.engine, container, cols, self._key_exprs(container), keys,
                         self.page_size, plain=True, after=after, upto=upto)

    def key_bounds(self, container: ContainerSchema, every: int) -> list[tuple[Any, ...]]:
        """Where ranges of `every` rows end, in key order (read_pages' `after` and `upto`);
        none for a table without a primary key."""
        if not container.primary_key:
            return []
        return list(bounds(self.engine, self._key_exprs(container), every))

    def read_groups(self, container: ContainerSchema, key: str,
                    link: str) -> Iterator[Sequence[Sequence[Any]]]:
        """Pages of (link value, JSON array of the `key` values of its rows, in key order):
        one per distinct non-null `link`, in link order, through a server-side cursor.

        For the link pass's leaf pure children (orders by customer): the database groups
        the rows and writes the JSON, so Python handles a group, not a row each.
        """
        yield from groups(self.engine, self.dialect, self.table(container), key, link,
                          self.page_size)

    def count_nulls(self, container: ContainerSchema, field: str) -> int:
        """Rows whose `field` is NULL."""
        t = self.table(container)
        with self._connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(t)
                                    .where(t.c[field].is_(None))).scalar_one())

    def fetch(self, locator: Locator) -> Record | None:
        """The row's current values (all columns), or None when it is gone."""
        t = self._tables.get(locator.container)
        if t is None:
            if self.reflect_one(locator.container) is None:
                return None  # the table is gone, and so is the row
            t = self._tables[locator.container]
        item = locator.item_dict()
        q = sa.select(t)
        if ROWNUM in item:
            q = q.offset(int(item[ROWNUM])).limit(1)
        for k, v in item.items():
            if k == ROWID:
                q = q.where(sa.literal_column("rowid") == v)
            elif k == CTID:
                q = q.where(sa.text("ctid = CAST(:ctid AS tid)").bindparams(ctid=v))
            elif k != ROWNUM:
                q = q.where(t.c[k] == v)
        with self._connect() as conn:
            row = conn.execute(q).first()
        if row is None:
            return None
        return Record(locator, dict(row._mapping))

    def reflect_one(self, container: str) -> ContainerSchema | None:
        """One table's columns and key, reflected alone (no row counts, no foreign keys), or
        None when it does not exist.

        An export fetches rows of a few tables without discovering the source;
        reflecting every table (and counting rows) first would cost more than the fetches.
        """
        schema, _, name = container.partition(".")  # containers are schema.table
        if not name:
            return None
        with self._connect() as conn:
            insp = sa.inspect(conn)
            try:
                columns = insp.get_columns(name, schema=schema)
                pk = tuple(insp.get_pk_constraint(name, schema=schema)
                           .get("constrained_columns") or ())
            except sa.exc.NoSuchTableError:
                return None
        if not columns:
            return None
        fields = tuple(FieldSchema(c["name"], field_kind(c["type"]), safe_type_name(c["type"]),
                                   bool(c.get("nullable", True)), c["name"] in pk)
                       for c in columns)
        found = ContainerSchema(self.name, container, fields, pk)
        self.table(found)
        return found

    def state(self, container: ContainerSchema, changed: str | None = None) -> dict[str, Any]:
        """What incremental scans compare: row count, max key and, when a column that records
        changes (updated_at...) is named, its max; read cheaply."""
        t = self.table(container)
        exprs = [sa.func.count().label("rows")]
        if len(container.primary_key) == 1:
            exprs.append(sa.func.max(t.c[container.primary_key[0]]).label("max_key"))
        if changed:
            exprs.append(sa.func.max(t.c[changed]).label("max_changed"))
        with self._connect() as conn:
            m = conn.execute(sa.select(*exprs).select_from(t)).one()._mapping
        return {k: (v if isinstance(v, int | float | str) or v is None else str(v))
                for k, v in m.items()}

    def frequent(self, container: ContainerSchema, field: str, more_than: int,
                 fold: bool = False) -> list[Any]:
        """Values of `field` held by more than `more_than` rows (case- and space-folded when
        `fold`), counted by the database: the link pass's guard against shared values."""
        t = self.table(container)
        col: Any = t.c[field]
        if fold:
            col = sa.func.lower(sa.func.trim(col))
        q = (sa.select(col).where(t.c[field].is_not(None)).group_by(col)
             .having(sa.func.count() > more_than))
        with self._connect() as conn:
            return [r[0] for r in conn.execute(q)]

    def fan_in(self, container: ContainerSchema, field: str) -> tuple[int, int, int]:
        """How rows point at others through `field`: (rows with a value, distinct values,
        the most rows holding one value), counted by the database."""
        t = self.table(container)
        col: Any = t.c[field]
        per = (sa.select(sa.func.count().label("n")).where(col.is_not(None)).group_by(col)
               .subquery())
        q = sa.select(sa.func.coalesce(sa.func.sum(per.c.n), 0), sa.func.count(),
                      sa.func.coalesce(sa.func.max(per.c.n), 0))
        with self._connect() as conn:
            rows, distinct, most = conn.execute(q).one()
        return int(rows), int(distinct), int(most)

    def describe(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()
