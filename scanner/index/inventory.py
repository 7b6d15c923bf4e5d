"""The subject inventory in the index: subjects, their identifier digests, their occurrences.

The tables live on `scanner.index.store.metadata`, so `Index()` creates them. A subject is a
number; what it is known by is a set of HMAC digests; where it appears is a set of
(container, locator) pairs, the locator being the row's primary-key values. No raw value.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from scanner.index.store import Index, containers, metadata, sources

# NOTE: no FOREIGN KEY constraints here: with SQLite's foreign_keys=ON every one of millions
# of inserts would probe the parent; the link pass keeps these tables consistent itself.
subjects = sa.Table(
    "subjects", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("scan_id", sa.Integer, nullable=False),  # the scan that created it
)
identifiers = sa.Table(
    "identifiers", metadata,
    sa.Column("digest", sa.LargeBinary(32), primary_key=True),  # HMAC-SHA256, 32 bytes
    sa.Column("subject", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("strong", sa.Boolean, nullable=False),
    sa.Index("ix_identifiers_subject", "subject"),
    sqlite_with_rowid=False,
)
# A row's locator is (row_key, item). NOTE: when the key is one integer column (the common
# case), row_key holds its value and item the column's name: an integer key is stored as an
# integer and rows read in key order append to the primary-key index instead of landing at
# random places of a text one. Any other key: row_key 0 and item the JSON object of the key
# values ({"order_id": 200, "line_no": 2}); see `locator` and `item_values`.
occurrences = sa.Table(
    "occurrences", metadata,
    sa.Column("container_id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("row_key", sa.BigInteger, primary_key=True, autoincrement=False,
              server_default="0"),
    sa.Column("item", sa.Text, primary_key=True),
    sa.Column("subject", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("categories", sa.Text, nullable=False),  # JSON list of category ids
    sa.Column("scan_id", sa.Integer, nullable=False),
    # How the row concerns the subject (docs/subjects.md, "Roles"): NULL for own (the row
    # is theirs), "attached", "shared" (attached to several people), "reference" (the row
    # names them in `fields` only, a JSON list of columns).
    sa.Column("role", sa.String(16)),
    sa.Column("fields", sa.Text),
    sa.Index("ix_occurrences_subject", "subject"),
    sqlite_with_rowid=False,
)

# A leaf pure child (orders of customers, nothing below them) is stored as runs instead of
# one occurrence per row (scanner/link/runs.py): one row per parent key, holding the child
# rows' keys as a JSON array of integers. NOTE: no subject here: a run belongs to whoever
# the parent row belongs to (its occurrences, container run_parents.parent_id, row_key
# parent_key, item run_parents.parent_item), so merges and orphan drops need nothing.
# The readers below expand a run into one occurrence per child row, item {item: key}.
child_runs = sa.Table(
    "child_runs", metadata,
    sa.Column("container_id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("parent_key", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("row_keys", sa.Text, nullable=False),  # JSON array of the child rows' keys
    sa.Column("row_count", sa.Integer, nullable=False),
    sqlite_with_rowid=False,
)
run_parents = sa.Table(  # one row per container stored as runs
    "run_parents", metadata,
    sa.Column("container_id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("parent_id", sa.Integer, nullable=False),  # the parent's container
    sa.Column("parent_item", sa.Text, nullable=False),  # the parent's key column
    sa.Column("item", sa.Text, nullable=False),  # the child's key column
    sa.Column("categories", sa.Text, nullable=False),  # of every child row: a pure child's
    sa.Column("scan_id", sa.Integer, nullable=False),
    # NOTE: without it SQLite's planner reads a subject's runs by scanning every run.
    sa.Index("ix_run_parents_parent", "parent_id", "parent_item"),
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


def _chunks(values: Sequence[Any], n: int = IN_CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(values), n):
        yield values[i:i + n]


def as_digest(d: str | bytes) -> bytes:
    """Digests are stored as 32 bytes; callers may hold them as hex (Hasher.__call__)."""
    return bytes.fromhex(d) if isinstance(d, str) else d


# -- writing (inside the link pass's transaction) -------------------------------------------


def _marks(conn: Connection, n: int) -> str:
    return ", ".join(["?" if conn.dialect.paramstyle == "qmark" else "%s"] * n)


def resolve_strong(conn: Connection, digests: Sequence[str | bytes]) -> dict[Any, int]:
    """digest -> subject for the strong identifiers already known; one IN query per chunk.

    Digests may be given as bytes or hex; the answer is keyed the way they were given.
    NOTE: driver-level SQL: SQLAlchemy's expanding IN costs more than the query itself at
    5,000 parameters per page.
    """
    out: dict[Any, int] = {}
    if not digests:
        return out
    hexed = isinstance(digests[0], str)
    for part in _chunks([as_digest(d) for d in digests] if hexed else digests):
        sql = (f"SELECT digest, subject FROM {identifiers.name} WHERE strong = "
               f"{_marks(conn, 1)} AND digest IN ({_marks(conn, len(part))})")
        for d, s in conn.exec_driver_sql(sql, (True, *part)).all():
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
    for part in _chunks(json_items):
        sql = (f"SELECT row_key, item, subject FROM {table} WHERE container_id = "
               f"{_marks(conn, 1)} AND row_key = 0 AND item IN ({_marks(conn, len(part))})"
               f" AND role IS NULL")
        for k, item, subject in conn.exec_driver_sql(sql, (container_id, *part)).all():
            out.setdefault((k, item), []).append(subject)
    for name, keys in by_name.items():
        if name.startswith("{"):
            continue
        for part in _chunks(keys):
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


def subjects_of_items(conn: Connection, container_id: int,
                      items: Sequence[str]) -> dict[str, list[int]]:
    """item (JSON of the key values) -> subjects recorded for those rows of a container.

    Kept for callers that speak JSON items; `subjects_of_locators` is the fast form.
    """
    locs = {locator(list(d), list(d.values())): item
            for item in items if isinstance(d := orjson.loads(item), dict)}
    found = subjects_of_locators(conn, container_id, locs)
    return {locs[loc]: s for loc, s in found.items()}


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

    NOTE: on SQLite in one statement, without a parameter per row: the keys as a JSON
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
    for part in _chunks(list(digests)):
        sql = (f"SELECT digest, max(CASE WHEN strong THEN 1 ELSE 0 END) FROM "
               f"{identifiers.name} WHERE kind <> {_marks(conn, 1)} AND digest IN "
               f"({_marks(conn, len(part))}) GROUP BY digest")
        for d, any_strong in conn.exec_driver_sql(sql, ("name", *part)).all():
            if not any_strong:
                out.add(bytes(d))
    return out


def demote_shared(conn: Connection, digests: Iterable[bytes]) -> None:
    """Values found shared by several people: no longer strong for anyone."""
    for part in _chunks(sorted(set(digests))):
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
                        (occurrences, ("container_id", "row_key", "item"))):
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
    for part in _chunks(gone):
        conn.execute(identifiers.delete().where(identifiers.c.subject.in_(part)))
        conn.execute(subjects.delete().where(subjects.c.id.in_(part)))
    return len(gone)


class BulkWriter:
    """executemany with positional tuples, the cheapest insert each driver offers.

    NOTE: identifier digests given as hex (Hasher.__call__) are stored as their 32 bytes.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        style = conn.dialect.paramstyle
        self.mark = "?" if style == "qmark" else "%s"
        self.ignore = conn.dialect.name
        self._sql: dict[tuple[str, tuple[str, ...], bool], str] = {}

    def insert(self, table: sa.Table, columns: Sequence[str], rows: Sequence[Sequence[Any]],
               ignore_duplicates: bool = False) -> None:
        if not rows:
            return
        columns = tuple(columns)
        if table is identifiers and "digest" in columns:
            i = columns.index("digest")
            if isinstance(rows[0][i], str):
                rows = [(*r[:i], as_digest(r[i]), *r[i + 1:]) for r in rows]
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


# -- reading ---------------------------------------------------------------------------------


def find_subjects(index: Index, digests: Sequence[str | bytes]) -> tuple[list[int], bool]:
    """The subjects these digests resolve to, and whether through a strong identifier.

    A strong digest resolves to one subject; a weak one (a name) may match several.
    """
    if not digests:
        return [], False
    q = sa.select(identifiers.c.subject, identifiers.c.strong).where(
        identifiers.c.digest.in_([as_digest(d) for d in digests]))
    with index.connect() as conn:
        rows = conn.execute(q).all()
    strong = sorted({s for s, st in rows if st})
    if strong:
        return strong, True
    return sorted({s for s, _ in rows}), False


# source, container, row_key, item, categories, role ("own", "attached", "shared",
# "reference"), fields (a reference's columns, JSON list, else None)
OccurrenceRow = tuple[str, str, int, str, str, str, str | None]
ROLES = ("own", "attached", "shared", "reference")


def occurrence_rows(conn: Connection, subject: int,
                    runs: bool = True) -> Iterator[OccurrenceRow]:
    """A subject's occurrences by source, container and row key, each run (child_runs)
    expanded into one occurrence per child row (own). `runs`: False for an index older
    than the runs tables."""
    plain = (sa.select(sources.c.name.label("source"), containers.c.name.label("container"),
                       occurrences.c.row_key, occurrences.c.item,
                       sa.cast(sa.null(), sa.Text).label("row_keys"), occurrences.c.categories,
                       occurrences.c.role, occurrences.c.fields)
             .select_from(occurrences.join(containers,
                                           containers.c.id == occurrences.c.container_id)
                          .join(sources, sources.c.id == containers.c.source_id))
             .where(occurrences.c.subject == subject))
    q: Any = plain.order_by(sources.c.name, containers.c.name, occurrences.c.row_key,
                            occurrences.c.item)
    if runs:
        parent = occurrences.alias("parent")
        run = (sa.select(sources.c.name, containers.c.name, child_runs.c.parent_key,
                         run_parents.c.item, child_runs.c.row_keys, run_parents.c.categories,
                         sa.cast(sa.null(), sa.String(16)), sa.cast(sa.null(), sa.Text))
               .select_from(
                   parent.join(run_parents, sa.and_(
                       run_parents.c.parent_id == parent.c.container_id,
                       run_parents.c.parent_item == parent.c.item))
                   .join(child_runs, sa.and_(
                       child_runs.c.container_id == run_parents.c.container_id,
                       child_runs.c.parent_key == parent.c.row_key))
                   .join(containers, containers.c.id == run_parents.c.container_id)
                   .join(sources, sources.c.id == containers.c.source_id))
               .where(parent.c.subject == subject, parent.c.role.is_(None)))
        q = sa.union_all(plain, run).order_by("source", "container", "row_key", "item")
    group: list[OccurrenceRow] = []
    place: tuple[str, str] | None = None
    expanded = False
    for source, container, row_key, item, row_keys, cats, role, fields_ in conn.execute(q):
        if (source, container) != place:
            yield from sorted(group, key=_order) if expanded else group
            group, place, expanded = [], (source, container), False
        if row_keys is None:
            group.append((source, container, row_key, item, cats, role or "own", fields_))
        else:  # NOTE: runs come by parent key; their rows are put back in key order
            expanded = True
            group.extend((source, container, k, item, cats, "own", None)
                         for k in orjson.loads(row_keys))
    yield from sorted(group, key=_order) if expanded else group


def _order(row: OccurrenceRow) -> tuple[Any, ...]:
    return row[:5]


def subject_occurrences(index: Index, subject: int) -> list[dict[str, Any]]:
    """A subject's occurrences: {source, container, item, categories, role} and, for a
    reference, the `fields` that name the subject."""
    with index.connect() as conn:
        rows = list(occurrence_rows(conn, subject))
    out = []
    for s, c, k, item, cats, role, fields_ in rows:
        occ = {"source": s, "container": c, "item": item_values(k, item),
               "categories": orjson.loads(cats), "role": role}
        if fields_:
            occ["fields"] = orjson.loads(fields_)
        out.append(occ)
    return out


def subject_identifier_kinds(index: Index, subject: int) -> dict[str, int]:
    """How many identifiers of each kind a subject is known by (kinds only, no values)."""
    q = sa.select(identifiers.c.kind, sa.func.count()).where(
        identifiers.c.subject == subject).group_by(identifiers.c.kind)
    with index.connect() as conn:
        return dict(conn.execute(q).all())


def over_limit(conn: Connection, limits: dict[str, int],
               subjects_: Sequence[int] | None = None) -> dict[int, dict[str, int]]:
    """Subjects holding more distinct strong identifiers of a kind than `limits` allows (a
    person plausibly has a few e-mails or phones; many suggest people merged by mistake):
    subject -> {kind: count} for the kinds over their limit. `subjects_`: only those."""
    q = (sa.select(identifiers.c.subject, identifiers.c.kind, sa.func.count())
         .where(identifiers.c.strong, identifiers.c.kind.in_(list(limits)))
         .group_by(identifiers.c.subject, identifiers.c.kind))
    out: dict[int, dict[str, int]] = {}
    parts = [None] if subjects_ is None else list(_chunks(list(subjects_)))
    for part in parts:
        qq = q if part is None else q.where(identifiers.c.subject.in_(part))
        for s, kind, n in conn.execute(qq):
            if int(n) > limits.get(kind, 1 << 30):
                out.setdefault(int(s), {})[str(kind)] = int(n)
    return out


def inventory_stats(index: Index, limits: dict[str, int] | None = None) -> dict[str, Any]:
    """Subjects, identifiers, and per source and category: rows (occurrences, and each row of
    a run once per subject of its parent row; references apart) and subjects; the rows per
    role; with `limits`, the subjects that look merged by mistake (`over_limit`).

    NOTE: categories are stored per occurrence as a JSON list; the query groups by the list
    (few distinct values per container) and Python splits it, so it stays portable.
    """
    base = (occurrences.join(containers, containers.c.id == occurrences.c.container_id)
            .join(sources, sources.c.id == containers.c.source_id))
    parent = occurrences.alias("parent")
    runs = (child_runs.join(run_parents, run_parents.c.container_id == child_runs.c.container_id)
            .join(parent, sa.and_(parent.c.container_id == run_parents.c.parent_id,
                                  parent.c.row_key == child_runs.c.parent_key,
                                  parent.c.item == run_parents.c.parent_item,
                                  parent.c.role.is_(None)))
            .join(containers, containers.c.id == run_parents.c.container_id)
            .join(sources, sources.c.id == containers.c.source_id))
    is_ref = sa.func.coalesce(occurrences.c.role, "own") == "reference"
    with index.connect() as conn:
        n_subjects = conn.execute(sa.select(sa.func.count()).select_from(subjects)).scalar_one()
        kinds = conn.execute(sa.select(identifiers.c.kind, identifiers.c.strong, sa.func.count())
                             .group_by(identifiers.c.kind, identifiers.c.strong)).all()
        per_source = conn.execute(
            sa.select(sources.c.name, sa.func.sum(sa.case((is_ref, 0), else_=1)),
                      sa.func.count(sa.distinct(occurrences.c.subject)))
            .select_from(base).group_by(sources.c.name)).all()
        per_role = conn.execute(
            sa.select(occurrences.c.role, sa.func.count()).group_by(occurrences.c.role)).all()
        per_cats = conn.execute(
            sa.select(sources.c.name, containers.c.name, occurrences.c.categories,
                      sa.func.count())
            .select_from(base).where(~is_ref)
            .group_by(sources.c.name, containers.c.name, occurrences.c.categories)).all()
        per_run = conn.execute(
            sa.select(sources.c.name, containers.c.name, run_parents.c.categories,
                      sa.func.sum(child_runs.c.row_count))
            .select_from(runs)
            .group_by(sources.c.name, containers.c.name, run_parents.c.categories)).all()
        suspects = over_limit(conn, limits) if limits else {}
    # NOTE: a run's parent row is an occurrence of the same source, so its subjects are
    # already among the source's distinct subjects: runs only add rows.
    rows = {s: int(n or 0) for s, n, _ in per_source}
    roles = {str(r or "own"): int(n) for r, n in per_role}
    for source, _, _, n in per_run:
        rows[source] = rows.get(source, 0) + int(n)
        roles["own"] = roles.get("own", 0) + int(n)
    by_cat: dict[tuple[str, str], dict[str, Any]] = {}
    for source, container, cats, n in [*per_cats, *per_run]:
        for cat in orjson.loads(cats):
            entry = by_cat.setdefault((source, cat), {"rows": 0, "containers": set()})
            entry["rows"] += int(n)
            entry["containers"].add(container)
    return {
        "subjects": int(n_subjects),
        "roles": {r: roles[r] for r in ROLES if r in roles},
        "suspects": [{"subject": s, "over": over} for s, over in sorted(suspects.items())],
        "identifiers": [{"kind": k, "strong": bool(s), "count": int(n)} for k, s, n in kinds],
        "sources": [{"source": s, "rows": rows[s], "subjects": int(d)} for s, _, d in per_source],
        "categories": [{"source": s, "category": c, "rows": e["rows"],
                        "containers": len(e["containers"])}
                       for (s, c), e in sorted(by_cat.items())],
    }


# -- the library behind `pdmap subjects` -------------------------------------------------------


def explain_occurrences(index: Index, occurrences_: list[dict[str, Any]]) -> None:
    """Add to each occurrence (as `subject_occurrences` gives them) a `why`: the
    identifiers that put the row there, the link it is owned through, that people's rows
    point at it, or the columns naming the person; from the link plan each container's
    last pass recorded (scanner/link/sql.py)."""
    q = (sa.select(sources.c.name, containers.c.name, containers.c.state)
         .select_from(containers.join(sources, sources.c.id == containers.c.source_id)))
    with index.connect() as conn:
        states = {(str(s), str(c)): st if isinstance(st, dict) else {}
                  for s, c, st in conn.execute(q)}
    for o in occurrences_:
        state = states.get((o["source"], o["container"]), {})
        link = state.get("link")
        o["why"] = _why(o, link if isinstance(link, dict) else {}, state)


def _why(o: dict[str, Any], link: dict[str, Any], state: dict[str, Any]) -> str:
    role = o["role"]
    if role == "reference":
        cols = ", ".join(o.get("fields") or ())
        return (f"a reference: column {cols} names this person; the rest of the row is "
                "someone else's")
    if role in ("attached", "shared"):
        who = "several people's rows point at it" if role == "shared" else \
            "this person's row points at it"
        by = "; ".join(f"{person}.{'+'.join(cols)}" for cols, person in
                       link.get("pointed_by") or ())
        return f"attached: {who}" + (f" through {by}" if by else "")
    if link.get("via"):
        return "owned through " + "; ".join(f"{'+'.join(cols)} -> {parent}"
                                            for cols, parent in link["via"])
    if link.get("identifiers") or link.get("account"):
        kinds = ", ".join(link.get("identifiers") or ())
        key = "its key" if link.get("account") else ""
        return "its own " + " and ".join(x for x in (
            f"identifiers ({kinds}) match this person's" if kinds else "", key) if x)
    if "mail" in state:
        return "a message: an address in its headers, or an identifier in its text"
    if "objects" in state:
        return "a record of an object: identifiers found in it"
    return str(link.get("why") or "linked by its identifiers")

SEARCH_KINDS = ("email", "phone", "iban", "card", "national_id", "name", "account")


def candidate_digests(index: Index, key: bytes, value: str, kind: str | None = None,
                      region: str = "FR") -> list[str]:
    """Digests the value may be stored under: for one kind, or for every kind it parses as.

    Account keys have no digest: `account_subjects` finds them among the rows themselves.
    """
    from scanner.identifiers.hashing import Hasher
    from scanner.identifiers.normalise import normalize

    hasher = Hasher(key)
    kinds = (kind,) if kind else SEARCH_KINDS
    out = []
    for k in kinds:
        if k == "account":
            continue
        n = normalize(k, value, region)
        if n is not None:
            out.append(hasher(k, n))
    return out


def account_containers(conn: Connection) -> list[tuple[int, list[str]]]:
    """(container id, key columns) of the tables whose own key is an account key.

    NOTE: the link pass records it in the container's state (`link.account`); a customer
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


def resolve_identifier(index: Index, key: bytes, value: str, kind: str | None = None,
                       region: str = "FR") -> tuple[list[int], bool]:
    """The subjects a typed value names, and whether through a strong identifier."""
    found, strong = find_subjects(index, candidate_digests(index, key, value, kind, region))
    if kind in (None, "account"):
        with index.connect() as conn:
            by_key = account_subjects(conn, [value]).get(value, [])
        if by_key:
            found = sorted(set(found if strong else []) | set(by_key))
            strong = True
    return found, strong


def find_subject(index: Index, key: bytes, value: str, kind: str | None = None,
                 region: str = "FR") -> dict[str, Any]:
    """{subject, occurrences: [{source, container, item, categories}]} for an identifier.

    subject is None when nothing matches, or when only a weak identifier (a name) matched
    several subjects: `candidates` lists them then, and occurrences stay empty.
    """
    found, strong = resolve_identifier(index, key, value, kind, region)
    if len(found) != 1:
        return {"subject": None, "strong": strong, "candidates": found, "occurrences": []}
    subject = found[0]
    return {"subject": subject, "strong": strong,
            "identifiers": subject_identifier_kinds(index, subject),
            "occurrences": subject_occurrences(index, subject)}


class ChildPages:
    """SQLite: occurrences of a pure child's pages (rows whose only link to a subject is
    their parents' rows, each an integer key), joined inside the index.

    NOTE: for orders, 3 per customer, per-row Python (locators, a dict lookup per parent,
    a tuple per occurrence) and per-row parameter binding cost more than reading them: a
    page goes in as one JSON array and one INSERT ... SELECT joins it to the parents'
    occurrences, in C and without the GIL. CROSS JOIN: the page must be the outer loop,
    which SQLite's planner does not know without statistics and would otherwise scan a
    whole container's occurrences per row. Rows whose key or links are not integers are
    handed back for the general path.
    """

    def __init__(self, conn: Connection, container_id: int, key: str,
                 links: Sequence[tuple[int, int, str]], categories: str, scan_id: int) -> None:
        db = conn.connection.driver_connection
        assert db is not None
        self.db: Any = db
        self.cid, self.key = container_id, key
        fine = " AND ".join(["typeof(j.value ->> 0) = 'integer'"] + [
            f"typeof(j.value ->> {i}) IN ('integer', 'null')" for i, _, _ in links])
        self.odd = f"SELECT count(*) FROM json_each(?1) j WHERE NOT ({fine})"
        join = " UNION ".join(
            f"SELECT j.value ->> 0 AS k, p.subject AS s FROM json_each(?1) j CROSS JOIN "
            f"{occurrences.name} p ON p.container_id = {int(pcid)} AND p.role IS NULL AND "
            f"p.row_key = "
            f"j.value ->> {i} AND p.item = ?{n + 6} WHERE {fine}"
            for n, (i, pcid, _) in enumerate(links))
        self.sql = (
            f"INSERT INTO {occurrences.name} (container_id, row_key, item, subject, categories,"
            f" scan_id) SELECT ?2, k, ?3, s, ?4, ?5 FROM ({join}) WHERE true"
            f" ON CONFLICT DO NOTHING")
        self.args = (container_id, key, categories, scan_id, *[name for _, _, name in links])

    def write(self, page: Sequence[Sequence[Any]]) -> tuple[list[Any], int]:
        """Rows handed back for the general path, and occurrences written for the others.

        NOTE: no RETURNING: stepping through returned rows hands the GIL back and forth
        with the reading thread once per row; `linked` counts once per container instead.
        """
        try:
            data = orjson.dumps(page)
        except TypeError:  # a driver's row type, or values JSON has no form for
            data = b"[]"
            odd = list(page)
        else:
            odd = []
            if self.db.execute(self.odd, (data,)).fetchone()[0]:
                odd = [r for r in page if not self._fine(r)]
        written = self.db.execute(self.sql, (data, *self.args)).rowcount
        return odd, max(int(written), 0)

    def linked(self) -> int:
        """Rows of the container with an integer key and at least one occurrence."""
        return int(self.db.execute(
            f"SELECT count(DISTINCT row_key) FROM {occurrences.name} WHERE container_id = ? "
            f"AND item = ?", (self.cid, self.key)).fetchone()[0])

    @staticmethod
    def _fine(row: Sequence[Any]) -> bool:
        lo, hi = INT64
        return all(v is None and i or type(v) is int and lo <= v <= hi
                   for i, v in enumerate(row))
