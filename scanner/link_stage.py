"""What the SQL link pass holds back until a container (or the whole source) is done.

- `IdentifierStage`: a container's new identifier digests. Strong ones resolve from a dict
  at once; all are written to the index sorted, in bulk, instead of one random B-tree insert
  per digest.
- `Merges`: subject merges decided during the pass, applied once at its end.
- `defer_indexes` / `restore_indexes`: the subject indexes of `occurrences` and
  `identifiers` dropped for a bulk load and built again after it.

NOTE: digests are HMACs, so they arrive in random order; a random insert into a B-tree of
millions of 32-byte keys costs about 4 µs in SQLite, a sorted one well under 1 µs. The
same holds for the subject index of a child table's rows (orders come in order-key order,
their subjects at random): building an index by sorting beats maintaining it row by row.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from scanner import inventory as inv

STAGE_LIMIT = 1_500_000  # identifiers held back before a flush: bounds memory
KNOWN_LIMIT = 3_000_000  # strong digests remembered for resolution: about 130 bytes each
BULK_ROWS = 200_000  # a container this large may make the pass a bulk load
STAGE = "pdmap_stage"

Identifier = tuple[bytes, int, str, bool]  # digest, subject, kind, strong


class IdentifierStage:
    """New identifiers of one container's pass, held back and written sorted.

    On SQLite they wait in a TEMP table and go in with one INSERT ... SELECT ... ORDER BY;
    other index databases get them page by page (their B-trees are not the bottleneck).
    Strong digests also wait in a dict, so a digest seen earlier in the pass resolves
    without a query; the index is asked only for digests it may hold.
    """

    def __init__(self, conn: Connection, writer: inv.BulkWriter,
                 limit: int = STAGE_LIMIT, known_limit: int = KNOWN_LIMIT) -> None:
        self.conn = conn
        self.writer = writer
        self.limit = limit
        self.known_limit = known_limit
        # NOTE: every strong digest of the pass, written or not, until known_limit: the
        # index is asked only about digests it held before the pass (or once it forgot).
        self.strong: dict[bytes, int] = {}
        self.pending = 0
        self.sqlite = conn.dialect.name == "sqlite"
        # NOTE: a first scan starts from an empty inventory: no query per page then.
        self.indexed = inv.has_strong_identifiers(conn)
        if self.sqlite:
            conn.exec_driver_sql(
                f"CREATE TEMP TABLE IF NOT EXISTS {STAGE} (digest BLOB NOT NULL, subject "
                f"INTEGER NOT NULL, kind TEXT NOT NULL, strong INTEGER NOT NULL)")
            conn.exec_driver_sql(f"DELETE FROM temp.{STAGE}")

    def resolve(self, digests: Sequence[bytes]) -> dict[bytes, int]:
        """digest -> subject for the strong digests known, in this pass or before it."""
        held = self.strong
        out = {d: s for d in digests if (s := held.get(d)) is not None}
        if self.indexed:
            rest = [d for d in digests if d not in out]
            if rest:
                out.update(inv.resolve_strong(self.conn, rest))
        return out

    def add(self, rows: Sequence[Identifier]) -> None:
        if not rows:
            return
        for d, s, _, strong in rows:
            if strong:
                self.strong[d] = s
        if not self.sqlite:
            self.writer.insert(inv.identifiers, ("digest", "subject", "kind", "strong"),
                               list(rows), ignore_duplicates=True)
        else:
            groups: dict[tuple[str, bool], list[Identifier]] = {}
            for r in rows:
                groups.setdefault((r[2], r[3]), []).append(r)
            for (kind, strong), part in groups.items():
                # One statement per kind: the digests as one blob, the subjects as JSON.
                self.conn.exec_driver_sql(
                    f"INSERT INTO temp.{STAGE} SELECT substr(?, j.key * 32 + 1, 32), j.value,"
                    f" ?, ? FROM json_each(?) j",
                    (b"".join(r[0] for r in part), kind, int(strong),
                     orjson.dumps([r[1] for r in part])))
            self.pending += len(rows)
        if self.pending >= self.limit:
            self.flush()
        if len(self.strong) >= self.known_limit:
            self.flush()
            self.strong.clear()  # from now on the index answers for them
            self.indexed = True

    def flush(self) -> None:
        """Write what waits, in digest order."""
        if self.sqlite and self.pending:
            self.conn.exec_driver_sql(
                f"INSERT INTO {inv.identifiers.name} (digest, subject, kind, strong) SELECT "
                f"digest, subject, kind, strong FROM temp.{STAGE} WHERE true "
                f"ORDER BY digest, subject ON CONFLICT DO NOTHING")
            self.conn.exec_driver_sql(f"DELETE FROM temp.{STAGE}")
        self.pending = 0


class Merges:
    """Subject merges of one link pass: decided at once, written at the end.

    NOTE: rows written before a merge keep the merged-away number until `apply`; everything
    decided after it goes through `find`. `apply` folds each merged-away subject into its
    survivor in the order decided, so chains (3 into 2, then 2 into 1) end in one subject.
    """

    def __init__(self) -> None:
        self.redirect: dict[int, int] = {}
        self.pending: list[tuple[int, int]] = []  # (keep, gone)

    def find(self, s: int) -> int:
        redirect = self.redirect
        if s not in redirect:
            return s
        root = s
        while root in redirect:
            root = redirect[root]
        while s != root:  # path compression
            redirect[s], s = root, redirect[s]
        return root

    def merge(self, found: set[int]) -> int:
        """Fold the subjects of `found` (already through `find`) into the smallest; found
        keeps only the survivor. Returns how many were merged away."""
        if len(found) < 2:
            return 0
        keep = min(found)
        for gone in found - {keep}:
            self.redirect[gone] = keep
            self.pending.append((keep, gone))
        n = len(found) - 1
        found.intersection_update({keep})
        return n

    def apply(self, conn: Connection) -> int:
        for keep, gone in self.pending:
            inv.merge_subjects(conn, keep, gone)
        n = len(self.pending)
        self.pending.clear()
        return n


def _subject_indexes() -> list[sa.Index]:
    return [ix for t in (inv.occurrences, inv.identifiers) for ix in t.indexes]


def defer_indexes(conn: Connection) -> None:
    """Drop the subject indexes for a bulk load (`restore_indexes` builds them again;
    `Index()` does too, should a pass die in between)."""
    for ix in _subject_indexes():
        ix.drop(conn, checkfirst=True)


def restore_indexes(conn: Connection) -> None:
    for ix in _subject_indexes():
        ix.create(conn, checkfirst=True)


def bulk_worthy(conn: Connection, rows: Any, least: int = BULK_ROWS) -> bool:
    """Whether streaming `rows` rows should drop the subject indexes first: a large table
    (`least` rows or more) that adds at least half again what the index holds."""
    if not isinstance(rows, int) or rows < least:
        return False
    held = conn.execute(sa.select(sa.func.count()).select_from(inv.occurrences)).scalar_one()
    return rows * 2 >= int(held)
