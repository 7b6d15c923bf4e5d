"""SQL databases through SQLAlchemy: SQLite, PostgreSQL, MySQL/MariaDB and any other dialect.

The connector reflects tables, samples a bounded number of rows with the dialect's
cheapest random sampling, streams rows by keyset pagination and fetches one row back
by its key. It opens every source read-only and never writes to it.
"""

from __future__ import annotations

import fnmatch
import random
import re
import zlib
from collections.abc import Iterator, Sequence
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import URL, Connection, Engine, make_url

from scanner.core.config import SourceConfig
from scanner.core.options import SqlOptions
from scanner.core.protocols import (
    GroupedChildren,
    PagedTable,
    Reopenable,
    SharedValueCounts,
    SqlTables,
    TableState,
)
from scanner.core.types import ContainerSchema, FieldSchema, ForeignKey, Locator, Record, ScanReport

SYSTEM_SCHEMAS = frozenset(
    {"information_schema", "pg_catalog", "pg_toast", "mysql", "performance_schema", "sys"}
)

ROWID = "__rowid__"  # SQLite tables without a primary key are located by rowid
CTID = "__ctid__"  # PostgreSQL tables without a primary key are located by ctid
ROWNUM = "__row__"  # elsewhere, by position (unstable: see README)


def normalize_url(url: str) -> URL:
    """Pick our drivers for bare scheme names (postgresql -> psycopg, mysql -> pymysql)."""
    u = make_url(url)
    driver = {"postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg",
              "mysql": "mysql+pymysql", "mariadb": "mariadb+pymysql"}.get(u.drivername)
    return u.set(drivername=driver) if driver else u


def field_kind(sa_type: Any) -> str:
    """Map a reflected SQLAlchemy type onto the scanner's field kinds."""
    checks: list[tuple[type, str]] = [
        (sa.Boolean, "boolean"),
        (sa.Integer, "integer"),
        (sa.Float, "float"),
        (sa.Numeric, "decimal"),
        (sa.DateTime, "datetime"),
        (sa.Date, "date"),
        (sa.Time, "time"),
        (sa.Interval, "unknown"),
        (sa.LargeBinary, "binary"),
        (sa.JSON, "json"),
        # NOTE: TEXT is every string in SQLite and most strings in PostgreSQL, so strings
        # are all "text"; the classifier tells prose from short values by the samples.
        (sa.String, "text"),
    ]
    for cls, kind in checks:
        if isinstance(sa_type, cls):
            return kind
    name = type(sa_type).__name__.upper()
    if "BLOB" in name or "BINARY" in name or name == "BYTEA":
        return "binary"
    if "JSON" in name:
        return "json"
    if "UUID" in name:
        return "text"
    if name in {"INET", "CIDR", "MACADDR", "CITEXT"}:
        return "text"
    return "unknown"


def matches(name: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    low = name.lower()
    ok = any(fnmatch.fnmatchcase(low, g.lower()) for g in include) if include else True
    return ok and not any(fnmatch.fnmatchcase(low, g.lower()) for g in exclude)


class SqlConnector(PagedTable, Reopenable, GroupedChildren, SharedValueCounts, TableState,
                   SqlTables):
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
                # NOTE: in MySQL a schema is a database; scan only the one in the URL.
                schemas = [default]
            estimates = self._row_estimates(conn)
            json_columns = self._json_columns(conn)
            for schema in schemas:
                for table in sorted(insp.get_table_names(schema=schema)):
                    qualified = f"{schema}.{table}"
                    if not matches(qualified, self.source.include, self.source.exclude):
                        continue
                    try:
                        yield self._reflect(insp, schema, table, estimates.get(qualified),
                                            json_columns.get(table, set()))
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

    def _json_columns(self, conn: Connection) -> dict[str, set[str]]:
        """MariaDB's JSON is LONGTEXT with a json_valid() check: find those columns."""
        if self.dialect not in ("mysql", "mariadb"):
            return {}
        try:
            rows = conn.execute(sa.text(
                "SELECT table_name, check_clause FROM information_schema.check_constraints "
                "WHERE constraint_schema = DATABASE()")).all()
        except sa.exc.SQLAlchemyError:
            conn.rollback()
            return {}
        found: dict[str, set[str]] = {}
        for table, clause in rows:
            m = re.fullmatch(r"\s*json_valid\(`?([^`)]+)`?\)\s*", clause or "")
            if m:
                found.setdefault(table, set()).add(m.group(1))
        return found

    def _row_estimates(self, conn: Connection) -> dict[str, int]:
        """Cheap row counts from the catalogue, where the dialect keeps them."""
        try:
            if self.dialect == "postgresql":
                rows = conn.execute(sa.text(
                    "SELECT n.nspname, c.relname, c.reltuples::bigint FROM pg_class c "
                    "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r','p')"))
            elif self.dialect in ("mysql", "mariadb"):
                rows = conn.execute(sa.text(
                    "SELECT table_schema, table_name, table_rows FROM information_schema.tables "
                    "WHERE table_schema = DATABASE()"))
            else:
                return {}
            return {f"{s}.{t}": int(n) for s, t, n in rows if n is not None and n >= 0}
        except sa.exc.SQLAlchemyError:
            conn.rollback()
            return {}

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
        fields = [f.name for f in container.fields]
        keys = self._key_columns(container)
        t = self.table(container)
        cols = [t.c[f] for f in fields] + [e for e in self._key_exprs(container)
                                          if e.name not in fields]
        rng = random.Random(zlib.crc32(container.name.encode()))
        with self._connect() as conn:
            rows = self._sample_rows(conn, container, cols, limit, rng)
        out, seen = [], set()
        for i, row in enumerate(rows):
            rec = self._record(container, row, keys, fields, i)
            if rec.locator.item not in seen:
                seen.add(rec.locator.item)
                out.append(rec)
        return out[:limit]

    def _sample_rows(self, conn: Connection, container: ContainerSchema, cols: list[Any],
                     limit: int, rng: random.Random) -> Sequence[Any]:
        t = self.table(container)
        estimate = container.row_estimate
        if self.dialect == "postgresql" and estimate and estimate > limit * 10:
            pct = min(100.0, 100.0 * limit * 4 / estimate)
            sampled = t.tablesample(sa.func.system(pct), seed=sa.literal(rng.randint(0, 1 << 30)))
            # The table's columns must be the sample's, or the query is a cartesian product.
            q = sa.select(*[sampled.c[c.name] if getattr(c, "table", None) is t else c
                            for c in cols]).limit(limit)
            rows = conn.execute(q).fetchall()
            if len(rows) >= limit // 2:
                return rows
        pk = container.primary_key
        int_pk = len(pk) == 1 and next(
            (f.kind == "integer" for f in container.fields if f.name == pk[0]), False)
        if int_pk:
            # Fallback sampling: a few random index seeks across the key range.
            key = t.c[pk[0]]
            lo, hi = conn.execute(sa.select(sa.func.min(key), sa.func.max(key))).one()
            if lo is not None and hi - lo + 1 > limit * 2:
                seeks = 8
                per = -(-limit // seeks)
                seeked: list[Any] = []
                for _ in range(seeks):
                    start = rng.randint(lo, hi)
                    q = sa.select(*cols).where(t.c[pk[0]] >= start).order_by(t.c[pk[0]]).limit(per)
                    seeked.extend(conn.execute(q).fetchall())
                return seeked
        return conn.execute(sa.select(*cols).limit(limit)).fetchall()

    # -- streaming -----------------------------------------------------------------

    def read(self, container: ContainerSchema, fields: Sequence[str]) -> Iterator[Record]:
        """Every row with `fields`, by keyset pagination on the key (or a streamed cursor)."""
        t = self.table(container)
        keys = self._key_columns(container)
        key_exprs = self._key_exprs(container)
        cols = [t.c[f] for f in fields] + [e for e in key_exprs if e.name not in fields]
        position = 0
        for page in self._pages(container, cols, keys):
            for row in page:
                yield self._record(container, row, keys, fields, position)
                position += 1

    def key_columns(self, container: ContainerSchema) -> tuple[str, ...]:
        """The columns that locate a row: the primary key, else rowid/ctid, else none."""
        return self._key_columns(container)

    def read_pages(self, container: ContainerSchema, fields: Sequence[str], shard: int = 0,
                   shards: int = 1) -> Iterator[Sequence[Sequence[Any]]]:
        """Like read, in pages of plain rows: key_columns(), then the `fields` not among them.

        With `shards` > 1, only the pages whose number is `shard` modulo `shards`, for a
        table with a primary key (the others' rows are not fetched: only where each ends).

        NOTE: for the link pass, which streams whole tables and cannot afford a Record and a
        Locator per row.
        """
        t = self.table(container)
        keys = self._key_columns(container)
        cols = self._key_exprs(container) + [t.c[f] for f in fields if f not in keys]
        if shards > 1 and not container.primary_key:
            raise ValueError(f"{container.name}: pages are shared out by primary key only")
        yield from self._pages(container, cols, keys, plain=True, shard=shard, shards=shards)

    def _pages(self, container: ContainerSchema, cols: list[Any], keys: Sequence[str],
               plain: bool = False, shard: int = 0,
               shards: int = 1) -> Iterator[Sequence[Any]]:
        """Pages of rows; `plain`: the driver's own tuples, as the driver typed the values.

        NOTE: a SQLAlchemy Row per value costs about as much as the driver's fetch itself;
        the link pass only needs positions, and a page of tuples can be handed on as is.
        """
        if not container.primary_key:
            with self._connect() as conn:
                result = conn.execution_options(stream_results=True,
                                                yield_per=self.page_size).execute(
                    sa.select(*cols))
                for part in result.partitions(self.page_size):
                    yield [tuple(r) for r in part] if plain else part
            return
        key_exprs = self._key_exprs(container)
        last: tuple[Any, ...] | None = None
        key_tuple = sa.tuple_(*key_exprs) if len(key_exprs) > 1 else key_exprs[0]

        def after(q: Any) -> Any:
            if last is None:
                return q
            return q.where(key_tuple > (sa.tuple_(*last) if len(last) > 1 else last[0]))

        n = 0
        while True:
            if n % shards != shard:  # another reader's page: only where it ends
                q = after(sa.select(*key_exprs).order_by(*key_exprs)).offset(
                    self.page_size - 1).limit(1)
                with self._connect() as conn:
                    end = conn.execute(q).first()
                if end is None:  # it is the last page
                    return
                last = tuple(end)
                n += 1
                continue
            q = after(sa.select(*cols).order_by(*key_exprs).limit(self.page_size))
            with self._connect() as conn:
                result = conn.execute(q)
                rows = result.cursor.fetchall() if plain and result.cursor else result.fetchall()
                result.close()
            yield rows
            if len(rows) < self.page_size:
                return
            if plain:  # read_pages puts the key first
                last = tuple(rows[-1][:len(keys)])
            else:
                m = rows[-1]._mapping
                last = tuple(m[k] for k in keys)
            n += 1

    def read_groups(self, container: ContainerSchema, key: str,
                    link: str) -> Iterator[Sequence[Sequence[Any]]]:
        """Pages of (link value, JSON array of the `key` values of its rows, in key order):
        one per distinct non-null `link`, in link order, through a server-side cursor.

        NOTE: for the link pass's leaf pure children (orders by customer): the database
        groups the rows and writes the JSON, so Python handles a group, not a row each.
        """
        t = self.table(container)
        k, ln = t.c[key], t.c[link]
        quote = self.engine.dialect.identifier_preparer.quote
        setup: list[str] = []
        if self.dialect == "postgresql":
            # NOTE: string_agg(... ORDER BY key) sorts each group on its own, a million small
            # sorts for orders by customer; one sort of the rows by (link, key), aggregated
            # in that order, takes a third less time. A serial plan feeds the aggregate the
            # rows in the order sorted (parallel workers would each aggregate a share).
            rows = sa.select(ln.label("pdmap_link"), k.label("pdmap_key")).where(
                ln.is_not(None)).order_by(ln, k).subquery("pdmap_rows")
            q = sa.select(rows.c.pdmap_link, sa.literal_column(
                "'[' || string_agg(CAST(pdmap_rows.pdmap_key AS TEXT), ',') || ']'")
            ).group_by(rows.c.pdmap_link).order_by(rows.c.pdmap_link)
            setup.append("SET LOCAL max_parallel_workers_per_gather = 0")
        elif self.dialect in ("mysql", "mariadb"):
            agg: Any = sa.literal_column(f"CONCAT('[', GROUP_CONCAT({quote(key)} ORDER BY "
                                    f"{quote(key)} SEPARATOR ','), ']')")
            q = sa.select(ln, agg).where(ln.is_not(None)).group_by(ln).order_by(ln)
            setup.append("SET SESSION group_concat_max_len = 4294967295")  # 1 MB by default
        else:
            # NOTE: SQLite before 3.44 cannot order inside an aggregate (and its GROUP BY
            # sorter keeps no order within a group): ordered rows, grouped here.
            yield from self._read_groups_ordered(t, k, ln)
            return
        with self._connect() as conn:
            for statement in setup:
                conn.exec_driver_sql(statement)
            result = conn.execution_options(stream_results=True,
                                            yield_per=self.page_size).execute(q)
            yield from result.partitions(self.page_size)

    def _read_groups_ordered(self, t: sa.TableClause, k: Any,
                             ln: Any) -> Iterator[Sequence[Sequence[Any]]]:
        q = sa.select(ln, k).where(ln.is_not(None)).order_by(ln, k)
        page: list[tuple[Any, str]] = []
        with self._connect() as conn:
            result = conn.execution_options(stream_results=True,
                                            yield_per=self.page_size).execute(q)
            last: Any = None
            keys: list[Any] = []
            for part in result.partitions(self.page_size):
                for link, key in part:
                    if keys and link != last:
                        page.append((last, orjson.dumps(keys, default=str).decode()))
                        keys = []
                        if len(page) >= self.page_size:
                            yield page
                            page = []
                    last = link
                    keys.append(key)
            if keys:
                page.append((last, orjson.dumps(keys, default=str).decode()))
        if page:
            yield page

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

        NOTE: an export fetches rows of a few tables without discovering the source;
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


def safe_type_name(sa_type: Any) -> str:
    try:
        return str(sa_type)
    except Exception:  # noqa: BLE001 - some dialect types cannot render without a dialect
        return type(sa_type).__name__


def short_error(e: BaseException) -> str:
    """One line about an error, without SQL parameters (which may hold personal values)."""
    if isinstance(e, sa.exc.StatementError):
        orig = e.orig if e.orig is not None else e
        text = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
        return f"{type(orig).__name__}: {text}"[:300]
    first = str(e).strip().splitlines()[0] if str(e).strip() else ""
    return f"{type(e).__name__}: {first}"[:300] if first else type(e).__name__
