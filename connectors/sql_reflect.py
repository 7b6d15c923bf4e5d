"""What connectors/sql.py needs to see a database: our drivers for a URL, the field kind of a
reflected type, the catalogue's JSON columns and row estimates, a sample of rows, errors
worded without their SQL parameters.
"""

from __future__ import annotations

import fnmatch
import random
import re
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Connection, make_url

from scanner.core.types import ContainerSchema

SYSTEM_SCHEMAS = frozenset(
    {"information_schema", "pg_catalog", "pg_toast", "mysql", "performance_schema", "sys"}
)

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
        # TEXT is every string in SQLite and most strings in PostgreSQL, so strings
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


def json_columns(conn: Connection, dialect: str) -> dict[str, set[str]]:
    """MariaDB's JSON is LONGTEXT with a json_valid() check: find those columns."""
    if dialect not in ("mysql", "mariadb"):
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


def row_estimates(conn: Connection, dialect: str) -> dict[str, int]:
    """Cheap row counts from the catalogue, where the dialect keeps them."""
    try:
        if dialect == "postgresql":
            rows = conn.execute(sa.text(
                "SELECT n.nspname, c.relname, c.reltuples::bigint FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r','p')"))
        elif dialect in ("mysql", "mariadb"):
            rows = conn.execute(sa.text(
                "SELECT table_schema, table_name, table_rows FROM information_schema.tables "
                "WHERE table_schema = DATABASE()"))
        else:
            return {}
        return {f"{s}.{t}": int(n) for s, t, n in rows if n is not None and n >= 0}
    except sa.exc.SQLAlchemyError:
        conn.rollback()
        return {}


def sample_rows(conn: Connection, dialect: str, t: sa.TableClause, container: ContainerSchema,
                cols: list[Any], limit: int, rng: random.Random
                ) -> tuple[Sequence[Any], bool]:
    """About `limit` rows from spread points of the table, by the dialect's cheapest way,
    and whether they are every row: only the plain `LIMIT` read can say so (a table sample
    or key seeks that return fewer rows than asked say nothing of the rest)."""
    estimate = container.row_estimate
    if dialect == "postgresql" and estimate and estimate > limit * 10:
        pct = min(100.0, 100.0 * limit * 4 / estimate)
        sampled = t.tablesample(sa.func.system(pct), seed=sa.literal(rng.randint(0, 1 << 30)))
        # The table's columns must be the sample's, or the query is a cartesian product.
        q = sa.select(*[sampled.c[c.name] if getattr(c, "table", None) is t else c
                        for c in cols]).limit(limit)
        rows = conn.execute(q).fetchall()
        if len(rows) >= limit // 2:
            return rows, False
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
            return seeked, False
    rows = conn.execute(sa.select(*cols).limit(limit)).fetchall()
    return rows, len(rows) < limit


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
