"""What the SQL link pass holds back until a container (or the whole source) is done.

- `IdentifierStage`: a container's new identifier digests. Strong ones resolve from a dict
  at once; all are written to the index sorted, in bulk, instead of one random B-tree insert
  per digest.
- `Merges`: subject merges decided during the pass, applied once at its end.
- `defer_indexes` / `restore_indexes`: the subject indexes of `occurrences` and
  `identifiers` dropped for a bulk load and built again after it.

Digests are HMACs, so they arrive in random order; a random insert into a B-tree of
millions of 32-byte keys costs about 4 µs in SQLite, a sorted one well under 1 µs. The
same holds for the subject index of a child table's rows (orders come in order-key order,
their subjects at random): building an index by sorting beats maintaining it row by row.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from scanner.index import inventory as inv

STAGE_LIMIT = 1_500_000  # identifiers held back before a flush: bounds memory (~90 B each)
KNOWN_LIMIT = 3_000_000  # strong digests remembered for resolution: about 130 bytes each
BULK_ROWS = 200_000  # a container this large may make the pass a bulk load
FLUSH_ROWS = 20_000  # identifiers per statement when the stage is written
RECORD = 40  # bytes per waiting identifier: 32 of digest, 8 of subject (little-endian)
_SUBJECT = struct.Struct("<32xq")  # the subject of a record

Identifier = tuple[bytes, int, str, bool]  # digest, subject, kind, strong


class IdentifierStage:
    """New identifiers of one container's pass, held back and written sorted.

    On SQLite they wait in memory, bucketed by their first byte, each as one record
    (digest, subject); a flush sorts bucket by bucket (small sorts, cache-friendly) and
    writes each kind in digest order, one blob of records per statement. Other index
    databases get them page by page. Strong digests also wait in a dict, so a digest seen
    earlier in the pass resolves without a query; the index is asked only for digests it
    may hold.
    """

    def __init__(self, conn: Connection, writer: inv.BulkWriter,
                 limit: int = STAGE_LIMIT, known_limit: int = KNOWN_LIMIT) -> None:
        self.conn = conn
        self.writer = writer
        self.limit = limit
        self.known_limit = known_limit
        # Every strong digest of the pass, written or not, until known_limit: the
        # index is asked only about digests it held before the pass (or once it forgot).
        self.strong: dict[bytes, int] = {}
        self.waiting: dict[tuple[str, bool], list[list[bytes]]] = {}
        self.pending = 0
        self.sqlite = conn.dialect.name == "sqlite"
        # A first scan starts from an empty inventory: no query per page then.
        self.indexed = inv.has_strong_identifiers(conn)
        # Digests the index holds as shared values only (link_decide.py): they link nobody.
        self.seen_shared: set[bytes] = set()

    def resolve(self, digests: Sequence[bytes]) -> dict[bytes, int]:
        """digest -> subject for the strong digests known, in this pass or before it: those
        of `digests` and more. The caller puts in it the new ones it gives a subject to
        (`add_pairs` then only writes them); a subject merged since is found through
        `Merges.find`.

        It is the live dict, not a copy for the page: a first scan looks each digest
        up once.
        """
        held = self.strong
        if len(held) >= self.known_limit:
            self.flush()
            held.clear()  # from now on the index answers for them
            self.indexed = True
        if self.indexed:
            rest = [d for d in digests if d not in held and d not in self.seen_shared]
            if rest:
                found = inv.resolve_strong(self.conn, rest)
                held.update(found)
                unknown = [d for d in rest if d not in found]
                if unknown:
                    self.seen_shared.update(inv.resolve_shared(self.conn, unknown))
        return held

    def add(self, rows: Sequence[Identifier]) -> None:
        by_kind: dict[tuple[str, bool], list[tuple[bytes, int]]] = {}
        for d, s, kind, strong in rows:
            by_kind.setdefault((kind, strong), []).append((d, s))
        for (kind, strong), pairs in by_kind.items():
            self.add_pairs(kind, pairs, strong=strong)

    def add_pairs(self, kind: str, pairs: Sequence[tuple[bytes, int]], *, strong: bool) -> None:
        """New identifiers of one kind: (digest, subject) pairs, written (strong ones are
        already in the dict `resolve` gave)."""
        if not pairs:
            return
        if not self.sqlite:
            self.writer.insert(inv.identifiers, ("digest", "subject", "kind", "strong"),
                               [(d, s, kind, strong) for d, s in pairs],
                               ignore_duplicates=True)
        else:
            buckets = self.waiting.get((kind, strong))
            if buckets is None:
                buckets = self.waiting[(kind, strong)] = [[] for _ in range(256)]
            for d, s in pairs:
                buckets[d[0]].append(d + s.to_bytes(8, "little"))
            self.pending += len(pairs)
        if self.pending >= self.limit:
            self.flush()

    def flush(self) -> None:
        """Write what waits, each kind in digest order."""
        sql = (f"INSERT INTO {inv.identifiers.name} (digest, subject, kind, strong) SELECT "
               f"substr(?, j.key * {RECORD} + 1, 32), j.value, ?, ? FROM json_each(?) j "
               f"WHERE true ON CONFLICT DO NOTHING")
        for (kind, strong), buckets in self.waiting.items():
            chunk: list[bytes] = []
            for bucket in buckets:
                bucket.sort()
                chunk.extend(bucket)
                bucket.clear()
                if len(chunk) >= FLUSH_ROWS or bucket is buckets[-1]:
                    if chunk:
                        blob = b"".join(chunk)
                        subjects = [t[0] for t in _SUBJECT.iter_unpack(blob)]
                        self.conn.exec_driver_sql(
                            sql, (blob, kind, int(strong), orjson.dumps(subjects)))
                    chunk = []
        self.waiting.clear()
        self.pending = 0


class Merges:
    """Subject merges of one link pass (or one batch of records, scanner/link/records.py):
    decided at once, written at the end.

    Rows written before a merge keep the merged-away number until `apply`; everything
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

    def snapshot(self) -> tuple[dict[int, int], int]:
        """What `restore` goes back to when the transaction of the merges since rolls back."""
        return dict(self.redirect), len(self.pending)

    def restore(self, snapshot: tuple[dict[int, int], int]) -> None:
        self.redirect.clear()  # in place: the linkers hold this dict
        self.redirect.update(snapshot[0])
        del self.pending[snapshot[1]:]

    def apply(self, conn: Connection) -> int:
        for keep, gone in self.pending:
            inv.merge_subjects(conn, keep, gone)
        n = len(self.pending)
        self.pending.clear()
        return n


def _subject_indexes(tables: Sequence[sa.Table] = (inv.occurrences, inv.identifiers),
                     ) -> list[sa.Index]:
    return [ix for t in tables for ix in t.indexes]


def defer_indexes(conn: Connection, *, child: bool) -> set[str]:
    """Drop subject indexes for a bulk load; the names dropped (`restore_indexes` builds
    them again; `Index()` does too, should a pass die in between).

    A root table's rows get subjects in the order they are read, so its occurrences
    append to their subject index and keeping it costs less than building it again; a
    child's rows take their parents' subjects, in random order. Identifiers go in digest
    order, their subjects at random, for both.
    """
    tables = (inv.occurrences, inv.identifiers) if child else (inv.identifiers,)
    dropped = set()
    for ix in _subject_indexes(tables):
        ix.drop(conn, checkfirst=True)
        dropped.add(str(ix.name))
    return dropped


_SORT_PRAGMAS = {"cache_size": -2000, "temp_store": 1}  # SQLite's defaults: 2 MB, files


def restore_indexes(conn: Connection) -> None:
    """Build the dropped subject indexes again.

    SQLite sorts an index's entries in runs the size of the page cache, kept in
    temporary files. The link pass's large cache and in-memory temporary store
    (scanner/link/sql.py) make that sort twice as slow as small runs merged through files
    (2.4 s against 1.2 s for two million identifiers), so both are set back meanwhile.
    Setting temp_store drops the connection's temporary tables: the only one, inventory's
    keep_previous copy, serves one container's stream and is not needed by then.
    """
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        was = [(p, conn.exec_driver_sql(f"PRAGMA {p}").scalar_one()) for p in _SORT_PRAGMAS]
        for p, value in _SORT_PRAGMAS.items():
            conn.exec_driver_sql(f"PRAGMA {p} = {value}")
    try:
        for ix in _subject_indexes():
            ix.create(conn, checkfirst=True)
    finally:
        if sqlite:
            for p, before in was:
                conn.exec_driver_sql(f"PRAGMA {p} = {int(before)}")


def bulk_worthy(conn: Connection, rows: Any, least: int = BULK_ROWS) -> bool:
    """Whether streaming `rows` rows should drop the subject indexes first: a large table
    (`least` rows or more) that adds at least half again what the index holds."""
    if not isinstance(rows, int) or rows < least:
        return False
    held = conn.execute(sa.select(sa.func.count()).select_from(inv.occurrences)).scalar_one()
    return rows * 2 >= int(held)
