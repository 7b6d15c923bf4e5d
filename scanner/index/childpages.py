"""The link pass's fast path on SQLite: a pure child's pages joined to their parents'
occurrences inside the index, one statement per page (driver-level sqlite3)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson
from sqlalchemy.engine import Connection

from scanner.index.inventory import INT64
from scanner.index.schema import occurrences


class ChildPages:
    """SQLite: occurrences of a pure child's pages (rows whose only link to a subject is
    their parents' rows, each an integer key), joined inside the index.

    For orders, 3 per customer, per-row Python (locators, a dict lookup per parent,
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

        No RETURNING: stepping through returned rows hands the GIL back and forth
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
