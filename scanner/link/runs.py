"""Leaf pure children stored as runs: one row per parent key instead of one per child row.

A table whose rows belong to a subject only through one integer foreign key to an
integer-keyed parent, and that no other linked table points to (orders of customers, with
no order lines below them), is streamed grouped by that foreign key (`read_groups` of a
GroupedChildren connector: SQL): the database sends each parent key with the JSON array of
its children's keys, and each group is stored as one run in `schema.child_runs`, when
the parent row has a subject. A run holds no subject: it belongs to whoever the parent row
belongs to, and the inventory's readers expand it into one occurrence per child row. See
docs/subjects.md.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import orjson

from scanner.core.protocols import GroupedChildren
from scanner.core.types import ScanReport
from scanner.index import inventory as inv
from scanner.link.readahead import ReadAhead

if TYPE_CHECKING:
    from scanner.index.store import Index
    from scanner.link.plan import Plan

# What JSON arrays of integers are made of. The keys come from a database's aggregate
# of an integer column, or from orjson; any other value (text, real, null, true) brings a
# character outside this set.
INTEGER_JSON = b"0123456789,[]-"


def link(index: Index, connector: GroupedChildren, plan: Plan, cid: int, parent_cid: int,
         scan_id: int, report: ScanReport,
         meanwhile: Callable[[], None] | None = None) -> None:
    """Stream a container grouped by its link and replace its runs (and occurrences).

    `meanwhile` runs once the database has been asked for the groups: it has them to sort
    first (a second or two for millions of rows), time the caller can use.
    """
    c = plan.container
    p = plan.parents[0]
    key, column = c.primary_key[0], p.columns[0]
    categories = orjson.dumps(sorted(set(plan.other_categories))).decode()
    groups = ReadAhead(connector.read_groups(c, key, column))
    try:
        nulls = connector.count_nulls(c, column)
        if meanwhile is not None:
            meanwhile()
        with index.connect() as conn:
            if inv.clear_container(conn, cid):
                report.count("occurrences_cleared")
            runs = Runs(conn, cid, parent_cid, p.parent_key[0], key, categories, scan_id)
            # One transaction (scanner/link/sql.py, _stream): killed half-way, the old
            # runs stay; the connection's close rolls back on any failure.
            for page in groups:
                runs.write(page)
            occurrences = runs.finish()
            conn.commit()
    finally:
        groups.close()
    report.count("subject_rows", runs.rows + nulls)
    report.count("subject_occurrences", occurrences)
    report.count("child_runs", runs.runs)
    if runs.rows - runs.linked + nulls:
        report.count("rows_unlinked", runs.rows - runs.linked + nulls)


class Runs:
    """Writes a container's groups as runs, where the parent row has a subject.

    SQLite: a page goes in as one JSON array, joined to the parent's occurrences by one
    INSERT ... SELECT over json_each (in C, the GIL released). Other index dialects: one
    IN query per page for the parents, then executemany. A group whose link or keys are not
    all integers (SQLite keeps text in an INTEGER column) is stored as ordinary occurrences.
    """

    def __init__(self, conn: Any, cid: int, parent_cid: int, parent_item: str, item: str,
                 categories: str, scan_id: int) -> None:
        self.conn = conn
        self.cid, self.parent_cid, self.parent_item, self.item = cid, parent_cid, \
            parent_item, item
        self.categories, self.scan_id = categories, scan_id
        self.rows = self.linked = self.runs = self.occurrences = 0
        self.writer = inv.BulkWriter(conn)
        self.writer.insert(inv.run_parents, ("container_id", "parent_id", "parent_item", "item",
                                             "categories", "scan_id"),
                           [(cid, parent_cid, parent_item, item, categories, scan_id)])
        self.db: Any = None
        if conn.dialect.name == "sqlite":
            self.db = conn.connection.driver_connection
            # Every group goes in; `finish` removes the runs of parent rows without a
            # subject, when there are any (a check per group here cost a third of the insert).
            self.sql = (
                f"INSERT INTO {inv.child_runs.name} (container_id, parent_key, row_keys, "
                f"row_count) SELECT ?2, j.value ->> 0, j.value -> 1, "
                f"json_array_length(j.value, '$[1]') FROM json_each(?1) j")

    def write(self, page: Sequence[Sequence[Any]]) -> None:
        """Store a page of (link, JSON array of keys) groups.

        The page is built and checked at once (an f-string per group, then C-level
        checks over the page) rather than group by group in Python: orders come three per
        customer, and per-group Python cost about as much as SQLite's insert.
        """
        if not page:
            return
        links = [g[0] for g in page]
        data = "[" + ",".join([f"[{link},{keys}]" for link, keys in page]) + "]"
        lo, hi = inv.INT64
        if set(map(type, links)) == {int} and lo <= min(links) and max(links) <= hi \
                and not data.encode().translate(None, INTEGER_JSON):
            # A group's commas are its rows less one; groups are separated by one more.
            self.rows += data.count(",") - len(page) + 1
            if self.db is not None:
                self._write_sqlite(data)
            else:
                self._write_found(page)
            return
        ints: list[Sequence[Any]] = []
        odd: list[Sequence[Any]] = []
        for link, keys in page:
            fine = type(link) is int and lo <= link <= hi and isinstance(keys, str) \
                and not keys.encode().translate(None, INTEGER_JSON)
            (ints if fine else odd).append((link, keys))
        if ints:
            self.write(ints)
        if odd:
            self._write_odd(odd)

    def _write_sqlite(self, data: str) -> None:
        self.db.execute(self.sql, (data, self.cid))

    def _write_found(self, groups: Sequence[Sequence[Any]]) -> None:
        found = inv.subjects_of_locators(self.conn, self.parent_cid,
                                         {(link, self.parent_item) for link, _ in groups})
        runs = []
        for link, keys in groups:
            subjects = found.get((link, self.parent_item))
            if subjects:
                n = keys.count(",") + 1
                runs.append((self.cid, link, keys, n))
                self.linked += n
                self.occurrences += n * len(subjects)
        self.writer.insert(inv.child_runs, ("container_id", "parent_key", "row_keys",
                                            "row_count"), runs)
        self.runs += len(runs)

    def _write_odd(self, groups: Sequence[Sequence[Any]]) -> None:
        """Groups that cannot be runs: one occurrence per row and parent subject, as the
        general path writes them."""
        parents = {inv.locator((self.parent_item,), (link,)) for link, _ in groups}
        found = inv.subjects_of_locators(self.conn, self.parent_cid, parents)
        occ = []
        for link, keys in groups:
            values = orjson.loads(keys)
            self.rows += len(values)
            subjects = found.get(inv.locator((self.parent_item,), (link,)))
            if not subjects:
                continue
            self.linked += len(values)
            for v in values:
                row_key, item = inv.locator((self.item,), (v,))
                occ += [(self.cid, row_key, item, s, self.categories, self.scan_id)
                        for s in subjects]
        inv.insert_occurrences(self.conn, self.writer, occ)
        self.occurrences += len(occ)

    def finish(self) -> int:
        """Occurrences the runs stand for (a child row once per subject of its parent row),
        plus those written for odd groups. On SQLite, counts the runs and rows linked and
        drops the runs whose parent row has no subject."""
        if self.db is None:
            return self.occurrences
        runs, parents = inv.child_runs.name, inv.occurrences.name
        args = (self.cid, self.parent_cid, self.parent_item)
        # Runs and parents are both read in key order: one pass, no sort.
        found, linked, occurrences = self.db.execute(
            f"SELECT count(*), coalesce(sum(n), 0), coalesce(sum(n * s), 0) FROM (SELECT "
            f"r.row_count AS n, count(*) AS s FROM {runs} r CROSS JOIN {parents} p ON "
            f"p.container_id = ?2 AND p.row_key = r.parent_key AND p.item = ?3 AND p.role IS "
            f"NULL WHERE "
            f"r.container_id = ?1 GROUP BY r.parent_key)", args).fetchone()
        stored = self.db.execute(f"SELECT count(*) FROM {runs} WHERE container_id = ?",
                                 (self.cid,)).fetchone()[0]
        if stored > found:
            self.db.execute(
                f"DELETE FROM {runs} WHERE container_id = ?1 AND NOT EXISTS (SELECT 1 FROM "
                f"{parents} p WHERE p.container_id = ?2 AND p.row_key = {runs}.parent_key "
                f"AND p.item = ?3 AND p.role IS NULL)", args)
        self.runs += int(found)
        self.linked += int(linked)
        return int(occurrences) + self.occurrences
