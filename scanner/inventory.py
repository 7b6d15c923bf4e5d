"""The subject inventory in the index: subjects, their identifier digests, their occurrences.

The tables live on `scanner.index.metadata`, so `Index()` creates them. A subject is a
number; what it is known by is a set of HMAC digests; where it appears is a set of
(container, item) pairs, item being the row's primary-key values as JSON. No raw value.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from scanner.index import Index, containers, metadata, sources

# NOTE: no FOREIGN KEY constraints here: with SQLite's foreign_keys=ON every one of millions
# of inserts would probe the parent; the link pass keeps these tables consistent itself.
subjects = sa.Table(
    "subjects", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("scan_id", sa.Integer, nullable=False),  # the scan that created it
)
identifiers = sa.Table(
    "identifiers", metadata,
    sa.Column("digest", sa.String(64), primary_key=True),  # HMAC-SHA256 hex
    sa.Column("subject", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("strong", sa.Boolean, nullable=False),
    sa.Index("ix_identifiers_subject", "subject"),
    sqlite_with_rowid=False,
)
occurrences = sa.Table(
    "occurrences", metadata,
    sa.Column("container_id", sa.Integer, primary_key=True),
    sa.Column("item", sa.Text, primary_key=True),  # JSON object of primary-key values
    sa.Column("subject", sa.Integer, primary_key=True),
    sa.Column("categories", sa.Text, nullable=False),  # JSON list of category ids
    sa.Column("scan_id", sa.Integer, nullable=False),
    sa.Index("ix_occurrences_subject", "subject"),
    sqlite_with_rowid=False,
)

IN_CHUNK = 5000  # parameters per IN list: below every dialect's limit


def _chunks(values: Sequence[Any], n: int = IN_CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(values), n):
        yield values[i:i + n]


# -- writing (inside the link pass's transaction) -------------------------------------------


def _marks(conn: Connection, n: int) -> str:
    return ", ".join(["?" if conn.dialect.paramstyle == "qmark" else "%s"] * n)


def resolve_strong(conn: Connection, digests: Sequence[str]) -> dict[str, int]:
    """digest -> subject for the strong identifiers already known; one IN query per chunk.

    NOTE: driver-level SQL: SQLAlchemy's expanding IN costs more than the query itself at
    5,000 parameters per page.
    """
    out: dict[str, int] = {}
    for part in _chunks(digests):
        sql = (f"SELECT digest, subject FROM {identifiers.name} WHERE strong = "
               f"{_marks(conn, 1)} AND digest IN ({_marks(conn, len(part))})")
        out.update(conn.exec_driver_sql(sql, (True, *part)).all())
    return out


def subjects_of_items(conn: Connection, container_id: int,
                      items: Sequence[str]) -> dict[str, list[int]]:
    """item -> subjects recorded for those rows of a container (FK parents)."""
    out: dict[str, list[int]] = {}
    for part in _chunks(items):
        sql = (f"SELECT item, subject FROM {occurrences.name} WHERE container_id = "
               f"{_marks(conn, 1)} AND item IN ({_marks(conn, len(part))})")
        for item, subject in conn.exec_driver_sql(sql, (container_id, *part)).all():
            out.setdefault(item, []).append(subject)
    return out


def next_subject_id(conn: Connection) -> int:
    top = conn.execute(sa.select(sa.func.coalesce(sa.func.max(subjects.c.id), 0))).scalar_one()
    return int(top) + 1


def merge_subjects(conn: Connection, keep: int, gone: int) -> None:
    """Fold subject `gone` into `keep`: its identifiers and occurrences move, it disappears."""
    for table, cols in ((identifiers, ("digest",)), (occurrences, ("container_id", "item"))):
        kept = sa.select(*[table.c[c] for c in cols]).where(table.c.subject == keep)
        dup = sa.tuple_(*[table.c[c] for c in cols]).in_(kept) if len(cols) > 1 \
            else table.c[cols[0]].in_(kept)
        conn.execute(table.delete().where(table.c.subject == gone, dup))
        conn.execute(table.update().where(table.c.subject == gone).values(subject=keep))
    conn.execute(subjects.delete().where(subjects.c.id == gone))


def clear_container(conn: Connection, container_id: int) -> None:
    conn.execute(occurrences.delete().where(occurrences.c.container_id == container_id))


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
    """executemany with positional tuples, the cheapest insert each driver offers."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        style = conn.dialect.paramstyle
        self.mark = "?" if style == "qmark" else "%s"
        self.ignore = conn.dialect.name

    def insert(self, table: sa.Table, columns: Sequence[str], rows: list[tuple[Any, ...]],
               ignore_duplicates: bool = False) -> None:
        if not rows:
            return
        cols = ", ".join(columns)
        marks = ", ".join([self.mark] * len(columns))
        verb, tail = "INSERT", ""
        if ignore_duplicates:
            if self.ignore in ("mysql", "mariadb"):
                verb = "INSERT IGNORE"
            else:
                tail = " ON CONFLICT DO NOTHING"
        sql = f"{verb} INTO {table.name} ({cols}) VALUES ({marks}){tail}"
        self.conn.exec_driver_sql(sql, rows)


# -- reading ---------------------------------------------------------------------------------


def find_subjects(index: Index, digests: Sequence[str]) -> tuple[list[int], bool]:
    """The subjects these digests resolve to, and whether through a strong identifier.

    A strong digest resolves to one subject; a weak one (a name) may match several.
    """
    if not digests:
        return [], False
    q = sa.select(identifiers.c.subject, identifiers.c.strong).where(
        identifiers.c.digest.in_(list(digests)))
    with index.connect() as conn:
        rows = conn.execute(q).all()
    strong = sorted({s for s, st in rows if st})
    if strong:
        return strong, True
    return sorted({s for s, _ in rows}), False


def subject_occurrences(index: Index, subject: int) -> list[dict[str, Any]]:
    q = (sa.select(sources.c.name, containers.c.name, occurrences.c.item,
                   occurrences.c.categories)
         .select_from(occurrences.join(containers, containers.c.id == occurrences.c.container_id)
                      .join(sources, sources.c.id == containers.c.source_id))
         .where(occurrences.c.subject == subject)
         .order_by(sources.c.name, containers.c.name, occurrences.c.item))
    with index.connect() as conn:
        rows = conn.execute(q).all()
    return [{"source": s, "container": c, "item": orjson.loads(item),
             "categories": orjson.loads(cats)} for s, c, item, cats in rows]


def subject_identifier_kinds(index: Index, subject: int) -> dict[str, int]:
    """How many identifiers of each kind a subject is known by (kinds only, no values)."""
    q = sa.select(identifiers.c.kind, sa.func.count()).where(
        identifiers.c.subject == subject).group_by(identifiers.c.kind)
    with index.connect() as conn:
        return dict(conn.execute(q).all())


def account_namespaces(index: Index) -> list[str]:
    """source/container of every container on record: where an account key may live."""
    q = sa.select(sources.c.name, containers.c.name).join(
        sources, sources.c.id == containers.c.source_id)
    with index.connect() as conn:
        return [f"{s}/{c}" for s, c in conn.execute(q)]


def inventory_stats(index: Index) -> dict[str, Any]:
    """Subjects, identifiers, and per source and category: rows (occurrences) and subjects.

    NOTE: categories are stored per occurrence as a JSON list; the query groups by the list
    (few distinct values per container) and Python splits it, so it stays portable.
    """
    base = (occurrences.join(containers, containers.c.id == occurrences.c.container_id)
            .join(sources, sources.c.id == containers.c.source_id))
    with index.connect() as conn:
        n_subjects = conn.execute(sa.select(sa.func.count()).select_from(subjects)).scalar_one()
        kinds = conn.execute(sa.select(identifiers.c.kind, identifiers.c.strong, sa.func.count())
                             .group_by(identifiers.c.kind, identifiers.c.strong)).all()
        per_source = conn.execute(
            sa.select(sources.c.name, sa.func.count(),
                      sa.func.count(sa.distinct(occurrences.c.subject)))
            .select_from(base).group_by(sources.c.name)).all()
        per_cats = conn.execute(
            sa.select(sources.c.name, containers.c.name, occurrences.c.categories,
                      sa.func.count())
            .select_from(base)
            .group_by(sources.c.name, containers.c.name, occurrences.c.categories)).all()
    by_cat: dict[tuple[str, str], dict[str, Any]] = {}
    for source, container, cats, n in per_cats:
        for cat in orjson.loads(cats):
            entry = by_cat.setdefault((source, cat), {"rows": 0, "containers": set()})
            entry["rows"] += n
            entry["containers"].add(container)
    return {
        "subjects": int(n_subjects),
        "identifiers": [{"kind": k, "strong": bool(s), "count": int(n)} for k, s, n in kinds],
        "sources": [{"source": s, "rows": int(n), "subjects": int(d)} for s, n, d in per_source],
        "categories": [{"source": s, "category": c, "rows": e["rows"],
                        "containers": len(e["containers"])}
                       for (s, c), e in sorted(by_cat.items())],
    }


# -- the library behind `pdmap subjects` -------------------------------------------------------

SEARCH_KINDS = ("email", "phone", "iban", "card", "national_id", "name", "account")


def candidate_digests(index: Index, key: bytes, value: str, kind: str | None = None,
                      region: str = "FR") -> list[str]:
    """Digests the value may be stored under: for one kind, or for every kind it parses as."""
    from scanner.subjects import Hasher, account_value, normalize

    hasher = Hasher(key)
    kinds = (kind,) if kind else SEARCH_KINDS
    out = []
    for k in kinds:
        if k == "account":
            for ns in account_namespaces(index):
                a = account_value(ns, value)
                if a is not None:
                    out.append(hasher("account", a))
            continue
        n = normalize(k, value, region)
        if n is not None:
            out.append(hasher(k, n))
    return out


def find_subject(index: Index, key: bytes, value: str, kind: str | None = None,
                 region: str = "FR") -> dict[str, Any]:
    """{subject, occurrences: [{source, container, item, categories}]} for an identifier.

    subject is None when nothing matches, or when only a weak identifier (a name) matched
    several subjects: `candidates` lists them then, and occurrences stay empty.
    """
    found, strong = find_subjects(index, candidate_digests(index, key, value, kind, region))
    if len(found) != 1:
        return {"subject": None, "strong": strong, "candidates": found, "occurrences": []}
    subject = found[0]
    return {"subject": subject, "strong": strong,
            "identifiers": subject_identifier_kinds(index, subject),
            "occurrences": subject_occurrences(index, subject)}
