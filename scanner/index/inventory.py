"""The subject inventory, written by the link passes: subjects, their identifier digests,
their occurrences, and how a row's key is stored (its locator).

A subject is a number; what it is known by is a set of HMAC digests; where it appears is a
set of (container, locator) pairs, the locator being the row's primary-key values. No raw
value. The tables are in scanner.index.schema; reading for people is scanner.index.queries.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from scanner.index.schema import (
    child_runs,
    containers,
    identifiers,
    occurrences,
    run_parents,
    subject_flags,
    subjects,
)

IN_CHUNK = 5000  # parameters per IN list: below every dialect's limit
INT64 = (-(1 << 63), (1 << 63) - 1)

Locator = tuple[int, str]  # (row_key, item) as stored


def locator(names: Sequence[str], values: Sequence[Any]) -> Locator:
    """How a row's key values are stored: (value, name) for one integer, else (0, JSON)."""
    if len(names) == 1:
        v = values[0]
        if type(v) is int and INT64[0] <= v <= INT64[1] and not names[0].startswith("{"):
            return v, names[0]
    return 0, orjson.dumps(dict(zip(names, values, strict=True)), default=str).decode()


def item_values(row_key: int, item: str) -> dict[str, Any]:
    """The key values of a stored locator, as `find` shows them."""
    if item.startswith("{"):
        return dict(orjson.loads(item))
    return {item: row_key}


def in_chunks(values: Sequence[Any], n: int = IN_CHUNK) -> Iterable[Sequence[Any]]:
    """Slices of at most n values: one IN list each."""
    for i in range(0, len(values), n):
        yield values[i:i + n]


def as_digest(d: str | bytes) -> bytes:
    """Digests are stored as 32 bytes; callers may hold them as hex (Hasher.__call__)."""
    return bytes.fromhex(d) if isinstance(d, str) else d


# -- writing (inside the link pass's transaction) -------------------------------------------


def marks(conn: Connection, n: int) -> str:
    """n parameter marks of the connection's driver, comma-separated."""
    return ", ".join(["?" if conn.dialect.paramstyle == "qmark" else "%s"] * n)


_marks = marks


def fetch(conn: Connection, sql: str, params: Sequence[Any]) -> list[Any]:
    """The rows of a driver-level query, as the driver gives them, read on the DBAPI cursor
    of `conn` (its transaction): SQLAlchemy's rows cost more than the query when there are
    thousands. Only for reads; the statement uses `_marks`."""
    cur = conn.connection.cursor()
    try:
        cur.execute(sql, tuple(params))
        return list(cur.fetchall())
    finally:
        cur.close()


def resolve_strong(conn: Connection, digests: Sequence[str | bytes]) -> dict[Any, int]:
    """digest -> subject for the strong identifiers already known; one IN query per chunk.

    Digests may be given as bytes or hex; the answer is keyed the way they were given.
    Driver-level SQL: SQLAlchemy's expanding IN costs more than the query itself at
    5,000 parameters per page.
    """
    out: dict[Any, int] = {}
    if not digests:
        return out
    hexed = isinstance(digests[0], str)
    for part in in_chunks([as_digest(d) for d in digests] if hexed else digests):
        sql = (f"SELECT digest, subject FROM {identifiers.name} WHERE strong = "
               f"{_marks(conn, 1)} AND digest IN ({_marks(conn, len(part))})")
        for d, s in fetch(conn, sql, (True, *part)):
            out[bytes(d).hex() if hexed else bytes(d)] = s
    return out


def subjects_of_locators(conn: Connection, container_id: int, locators: Iterable[Locator],
                         table: str = occurrences.name) -> dict[Locator, list[int]]:
    """(row_key, item) -> subjects whose own those rows of a container are (FK parents;
    never the people a row only references or is attached to); `table` may be the copy
    `keep_previous` made.

    One IN query per chunk: on row_key for integer keys (grouped by column name), on item
    for the others.
    """
    by_name: dict[str, list[int]] = {}
    for k, item in locators:
        by_name.setdefault(item, []).append(k)
    out: dict[Locator, list[int]] = {}
    json_items = [item for item in by_name if item.startswith("{")]
    for part in in_chunks(json_items):
        sql = (f"SELECT row_key, item, subject FROM {table} WHERE container_id = "
               f"{_marks(conn, 1)} AND row_key = 0 AND item IN ({_marks(conn, len(part))})"
               f" AND role IS NULL")
        for k, item, subject in conn.exec_driver_sql(sql, (container_id, *part)).all():
            out.setdefault((k, item), []).append(subject)
    for name, keys in by_name.items():
        if name.startswith("{"):
            continue
        for part in in_chunks(keys):
            sql = (f"SELECT row_key, subject FROM {table} WHERE container_id = "
                   f"{_marks(conn, 1)} AND item = {_marks(conn, 1)} AND row_key IN "
                   f"({_marks(conn, len(part))}) AND role IS NULL")
            for k, subject in conn.exec_driver_sql(sql, (container_id, name, *part)).all():
                out.setdefault((k, name), []).append(subject)
    return out


PREVIOUS = "pdmap_previous"


def keep_previous(conn: Connection, container_id: int) -> int:
    """Copy a container's occurrences aside before they are cleared and written again, so
    `previous_subjects` can give a re-streamed row the subject it had; how many."""
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {PREVIOUS}")
    conn.exec_driver_sql(
        f"CREATE TEMPORARY TABLE {PREVIOUS} AS SELECT container_id, row_key, item, subject, "
        f"role FROM {occurrences.name} WHERE container_id = {int(container_id)} AND role IS "
        f"NULL")
    conn.exec_driver_sql(
        f"CREATE INDEX {PREVIOUS}_key ON {PREVIOUS} (container_id, row_key, item)")
    return int(conn.exec_driver_sql(f"SELECT count(*) FROM {PREVIOUS}").scalar_one())


def previous_subjects(conn: Connection, container_id: int,
                      locators: Sequence[Locator]) -> dict[Locator, list[int]]:
    """(row_key, item) -> the subjects those rows had before `keep_previous`."""
    return subjects_of_locators(conn, container_id, locators, PREVIOUS)


def insert_subjects(conn: Connection, ids: Sequence[int], scan_id: int) -> None:
    """New subject numbers; on SQLite as one JSON array (no per-row binding)."""
    if not ids:
        return
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"INSERT INTO {subjects.name} (id, scan_id) SELECT value, ? FROM "
                             f"json_each(?)", (scan_id, orjson.dumps(list(ids))))
    else:
        BulkWriter(conn).insert(subjects, ("id", "scan_id"), [(s, scan_id) for s in ids])


def insert_occurrences(conn: Connection, writer: BulkWriter,
                       rows: Sequence[tuple[int, int, str, int, str, int]]) -> None:
    """(container_id, row_key, item, subject, categories, scan_id) rows, duplicates ignored.

    Rows sharing a container, item, categories and scan go in together (`insert_keys`).
    """
    groups: dict[tuple[int, str, str, int], tuple[list[int], list[int]]] = {}
    for cid, key, item, subject, cats, scan in rows:
        keys, subjects = groups.setdefault((cid, item, cats, scan), ([], []))
        keys.append(key)
        subjects.append(subject)
    for (cid, item, cats, scan), (keys, subjects) in groups.items():
        insert_keys(conn, writer, cid, item, cats, scan, keys, subjects)


def insert_keys(conn: Connection, writer: BulkWriter, cid: int, item: str, categories: str,
                scan_id: int, keys: Sequence[int], subjects: Sequence[int]) -> None:
    """Occurrences of one container, item and categories: row keys and their subjects.

    On SQLite in one statement, without a parameter per row: the keys as a JSON
    array, the subjects as a blob of 20-character decimals (a JSON array of pairs took a
    third longer to take apart).
    """
    if not keys:
        return
    if conn.dialect.name != "sqlite":
        writer.insert(occurrences, ("container_id", "row_key", "item", "subject", "categories",
                                    "scan_id"),
                      [(cid, key, item, s, categories, scan_id)
                       for key, s in zip(keys, subjects, strict=True)],
                      ignore_duplicates=True)
        return
    conn.exec_driver_sql(
        f"INSERT INTO {occurrences.name} (container_id, row_key, item, subject, categories, "
        f"scan_id) SELECT ?, j.value, ?, CAST(substr(?, j.key * 20 + 1, 20) AS INTEGER), ?, ? "
        f"FROM json_each(?) j WHERE true ON CONFLICT DO NOTHING",
        (cid, item, b"".join([b"%20d" % s for s in subjects]), categories, scan_id,
         orjson.dumps(keys)))


# A reference occurrence's categories: the column holds the person's key (or identifier).
REFERENCE_CATEGORIES = orjson.dumps(["identity.account_id"]).decode()
ROLE_COLUMNS = ("container_id", "row_key", "item", "subject", "categories", "scan_id", "role",
                "fields")


def insert_roles(conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """Occurrences with a role (attached, shared, reference): (container_id, row_key,
    item, subject, categories, scan_id, role, fields) rows, duplicates ignored (a row
    already the subject's own stays own)."""
    if rows:
        BulkWriter(conn).insert(occurrences, ROLE_COLUMNS, rows, ignore_duplicates=True)


def resolve_shared(conn: Connection, digests: Sequence[bytes]) -> set[bytes]:
    """Of these digests, those the index holds only as shared values: weak identifiers of
    a strong kind (a household phone, a family e-mail, a role address), never strong."""
    out: set[bytes] = set()
    for part in in_chunks(list(digests)):
        sql = (f"SELECT digest, max(CASE WHEN strong THEN 1 ELSE 0 END) FROM "
               f"{identifiers.name} WHERE kind <> {_marks(conn, 1)} AND digest IN "
               f"({_marks(conn, len(part))}) GROUP BY digest")
        for d, any_strong in fetch(conn, sql, ("name", *part)):
            if not any_strong:
                out.add(bytes(d))
    return out


def holders(conn: Connection, digests: Sequence[bytes]) -> set[int]:
    """The subjects that hold any of these digests, strong or weak."""
    out: set[int] = set()
    for part in in_chunks(list(digests)):
        sql = (f"SELECT DISTINCT subject FROM {identifiers.name} WHERE digest IN "
               f"({_marks(conn, len(part))})")
        out.update(int(s) for (s,) in fetch(conn, sql, part))
    return out


def demote_shared(conn: Connection, digests: Iterable[bytes]) -> None:
    """Values found shared by several people: no longer strong for anyone."""
    for part in in_chunks(sorted(set(digests))):
        conn.execute(identifiers.update().where(identifiers.c.digest.in_(part),
                                                identifiers.c.strong)
                     .values(strong=False))


def has_strong_identifiers(conn: Connection) -> bool:
    q = sa.select(identifiers.c.digest).where(identifiers.c.strong).limit(1)
    return conn.execute(q).first() is not None


def next_subject_id(conn: Connection) -> int:
    top = conn.execute(sa.select(sa.func.coalesce(sa.func.max(subjects.c.id), 0))).scalar_one()
    return int(top) + 1


def merge_subjects(conn: Connection, keep: int, gone: int) -> None:
    """Fold subject `gone` into `keep`: its identifiers and occurrences move, it disappears."""
    for table, cols in ((identifiers, ("digest",)),
                        (occurrences, ("container_id", "row_key", "item")),
                        (subject_flags, ("flag", "source", "container"))):
        kept = sa.select(*[table.c[c] for c in cols]).where(table.c.subject == keep)
        dup = sa.tuple_(*[table.c[c] for c in cols]).in_(kept) if len(cols) > 1 \
            else table.c[cols[0]].in_(kept)
        conn.execute(table.delete().where(table.c.subject == gone, dup))
        conn.execute(table.update().where(table.c.subject == gone).values(subject=keep))
    conn.execute(subjects.delete().where(subjects.c.id == gone))


def clear_container(conn: Connection, container_id: int) -> int:
    """Forget a container's occurrences and runs; how many there were."""
    n = 0
    for table in (occurrences, child_runs):
        r = conn.execute(table.delete().where(table.c.container_id == container_id))
        n += max(int(r.rowcount or 0), 0)
    conn.execute(run_parents.delete().where(run_parents.c.container_id == container_id))
    return n


def drop_orphan_subjects(conn: Connection) -> int:
    """Subjects left without any occurrence (their rows were deleted) go, with identifiers."""
    orphan = sa.select(subjects.c.id).where(~sa.exists().where(
        occurrences.c.subject == subjects.c.id))
    gone = [r[0] for r in conn.execute(orphan)]
    for part in in_chunks(gone):
        conn.execute(identifiers.delete().where(identifiers.c.subject.in_(part)))
        conn.execute(subject_flags.delete().where(subject_flags.c.subject.in_(part)))
        conn.execute(subjects.delete().where(subjects.c.id.in_(part)))
    return len(gone)


class BulkWriter:
    """executemany with positional tuples, or COPY on PostgreSQL: the cheapest insert each
    driver offers.

    Identifier digests given as hex (Hasher.__call__) are stored as their 32 bytes.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        style = conn.dialect.paramstyle
        self.mark = "?" if style == "qmark" else "%s"
        self.ignore = conn.dialect.name
        self._sql: dict[tuple[str, tuple[str, ...], bool], str] = {}

    def insert(self, table: sa.Table, columns: Sequence[str], rows: Sequence[Sequence[Any]],
               *, ignore_duplicates: bool = False) -> None:
        if not rows:
            return
        columns = tuple(columns)
        if table is identifiers and "digest" in columns:
            i = columns.index("digest")
            if isinstance(rows[0][i], str):
                rows = [(*r[:i], as_digest(r[i]), *r[i + 1:]) for r in rows]
        if self.ignore == "postgresql":
            self._copy(table, columns, rows, ignore_duplicates)
            return
        sql = self._sql.get((table.name, columns, ignore_duplicates))
        if sql is None:
            cols = ", ".join(columns)
            marks = ", ".join([self.mark] * len(columns))
            verb, tail = "INSERT", ""
            if ignore_duplicates:
                if self.ignore in ("mysql", "mariadb"):
                    verb = "INSERT IGNORE"
                else:
                    tail = " ON CONFLICT DO NOTHING"
            sql = f"{verb} INTO {table.name} ({cols}) VALUES ({marks}){tail}"
            self._sql[(table.name, columns, ignore_duplicates)] = sql
        self.conn.exec_driver_sql(sql, rows if isinstance(rows, list) else list(rows))

    def _copy(self, table: sa.Table, columns: tuple[str, ...],
              rows: Sequence[Sequence[Any]], ignore_duplicates: bool) -> None:
        """PostgreSQL's COPY, in the connection's transaction: a fraction of the time of
        executemany, which sends one statement per row (the writer of a cluster scan). Rows
        that may exist already go through a temporary table of the session, then
        INSERT ... ON CONFLICT DO NOTHING."""
        cols = ", ".join(columns)
        raw = self.conn.connection.driver_connection
        assert raw is not None  # an open connection's
        with raw.cursor() as cur:
            target = table.name
            if ignore_duplicates:
                target = f"pdmap_bulk_{table.name}_{zlib.crc32(cols.encode()):08x}"
                cur.execute(f"CREATE TEMP TABLE IF NOT EXISTS {target} AS SELECT {cols} "
                            f"FROM {table.name} WITH NO DATA")
            with cur.copy(f"COPY {target} ({cols}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            if ignore_duplicates:
                cur.execute(f"INSERT INTO {table.name} ({cols}) SELECT {cols} FROM {target} "
                            "ON CONFLICT DO NOTHING")
                cur.execute(f"TRUNCATE {target}")


# -- rows found by their own key (account tables) ---------------------------------------------


def account_containers(conn: Connection) -> list[tuple[int, list[str]]]:
    """(container id, key columns) of the tables whose own key is an account key.

    The link pass records it in the container's state (`link.account`); a customer
    is found by their key through the table's occurrences, so no digest is stored per row.
    """
    out = []
    for cid, state in conn.execute(sa.select(containers.c.id, containers.c.state)):
        link = state.get("link") if isinstance(state, dict) else None
        keys = link.get("account") if isinstance(link, dict) else None
        if isinstance(keys, list) and keys:
            out.append((int(cid), [str(k) for k in keys]))
    return out


def account_locators(keys: Sequence[str], value: Any) -> list[Locator]:
    """Where a row keyed `value` would be: as typed, and with digit strings as integers
    (a key of several columns is written `a|b`)."""
    raw = str(value).strip()
    parts = raw.split("|") if len(keys) > 1 else [raw]
    if len(parts) != len(keys) or not all(parts):
        return []
    typed: list[Any] = [int(p) if p.isdigit() else p for p in parts]
    out = [locator(keys, typed)]
    if typed != parts:
        out.append(locator(keys, parts))
    return out


def account_subjects(conn: Connection, values: Iterable[Any]) -> dict[Any, list[int]]:
    """value -> subjects of the rows it is the key of, in every account table."""
    values = list(values)
    out: dict[Any, list[int]] = {}
    if not values:
        return out
    for cid, keys in account_containers(conn):
        where: dict[Locator, list[Any]] = {}
        for v in values:
            for loc in account_locators(keys, v):
                where.setdefault(loc, []).append(v)
        for loc, subjects_ in subjects_of_locators(conn, cid, where).items():
            for v in where[loc]:
                held = out.setdefault(v, [])
                held.extend(s for s in subjects_ if s not in held)
    return out
