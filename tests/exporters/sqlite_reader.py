"""A PortabilityReader over a small SQLite index, for tests and the export benchmark.

It stands in for the real subject index (issue 3) behind the same protocol: identifiers
are stored as HMAC digests, occurrences as locators and categories, never values.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

import orjson

from exporters.occurrences import OccurrenceRow

KEY = b"test-key-not-secret"
SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (name TEXT PRIMARY KEY, url TEXT NOT NULL,
                                    type TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS identifiers (digest TEXT NOT NULL, subject INTEGER NOT NULL,
                                        kind TEXT NOT NULL, PRIMARY KEY (digest, subject));
CREATE TABLE IF NOT EXISTS occurrences (subject INTEGER NOT NULL, source TEXT NOT NULL,
                                        container TEXT NOT NULL, item BLOB NOT NULL,
                                        categories BLOB NOT NULL,
                                        role TEXT NOT NULL DEFAULT 'own',
                                        fields BLOB NOT NULL DEFAULT '[]');
CREATE INDEX IF NOT EXISTS occurrences_subject ON occurrences (subject);
CREATE TABLE IF NOT EXISTS field_categories (source TEXT, container TEXT, field TEXT,
                                             category TEXT,
                                             PRIMARY KEY (source, container, field));
"""


def normalize(kind: str, value: str) -> str:
    value = value.strip()
    if kind == "email":
        return value.lower()
    if kind == "phone":
        return re.sub(r"[^\d+]", "", value)
    return value.casefold()


def digest(kind: str, value: str) -> str:
    return hmac.new(KEY, f"{kind}:{normalize(kind, value)}".encode(), hashlib.sha256).hexdigest()


def guess_kinds(value: str) -> tuple[str, ...]:
    if "@" in value:
        return ("email",)
    if re.fullmatch(r"[\d\s+().-]{6,}", value):
        return ("phone", "account")
    return ("account", "iban", "name")


class SqliteIndexReader:
    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path)
        self.db.executescript(SCHEMA)

    # -- building (what a scan would have written) -----------------------------------

    def add_source(self, name: str, url: str, source_type: str) -> None:
        self.db.execute("INSERT INTO sources VALUES (?, ?, ?)", (name, url, source_type))

    def add_identifier(self, subject: int, kind: str, value: str) -> None:
        self.db.execute("INSERT INTO identifiers VALUES (?, ?, ?)",
                        (digest(kind, value), subject, kind))

    def add_occurrences(self, rows: Iterable[tuple[int, str, str, dict, tuple[str, ...]]],
                        role: str = "own", fields: Sequence[str] = ()) -> None:
        self.db.executemany(
            "INSERT INTO occurrences VALUES (?, ?, ?, ?, ?, ?, ?)",
            ((s, src, c, orjson.dumps(item, option=orjson.OPT_SORT_KEYS),
              orjson.dumps(list(cats)), role, orjson.dumps(list(fields)))
             for s, src, c, item, cats in rows))

    def set_categories(self, source: str, container: str, cats: dict[str, str | None]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO field_categories VALUES (?, ?, ?, ?)",
                            [(source, container, f, c) for f, c in cats.items()])

    def commit(self) -> None:
        self.db.commit()

    # -- the PortabilityReader protocol ------------------------------------------------

    def resolve(self, identifier: str, kind: str | None) -> int | None:
        for k in (kind,) if kind else guess_kinds(identifier):
            row = self.db.execute("SELECT subject FROM identifiers WHERE digest = ?",
                                  (digest(k, identifier),)).fetchone()
            if row:
                return int(row[0])
        return None

    def occurrences(self, subject: int) -> Iterator[OccurrenceRow]:
        cur = self.db.execute(
            "SELECT o.source, o.container, o.item, o.categories, s.type, o.role, o.fields "
            "FROM occurrences o JOIN sources s ON s.name = o.source WHERE o.subject = ?",
            (subject,))
        for source, container, item, cats, stype, role, fields in cur:
            yield OccurrenceRow(source, container, orjson.loads(item),
                                tuple(orjson.loads(cats)), stype, role,
                                tuple(orjson.loads(fields)))

    def field_categories(self, source: str, container: str) -> dict[str, str | None]:
        return dict(self.db.execute(
            "SELECT field, category FROM field_categories WHERE source = ? AND container = ?",
            (source, container)).fetchall())

    def sources(self) -> list[tuple[str, str]]:
        return [(n, u) for n, u in self.db.execute("SELECT name, url FROM sources ORDER BY name")]

    def digest(self, kind: str, normalized: str) -> bytes:
        return bytes.fromhex(digest(kind, normalized))

    def foreign_identifiers(self, digests: Sequence[bytes],
                            subjects: Sequence[int]) -> set[bytes]:
        held: dict[bytes, set[int]] = {}
        for d in digests:
            for (s,) in self.db.execute("SELECT subject FROM identifiers WHERE digest = ?",
                                        (d.hex(),)):
                held.setdefault(d, set()).add(int(s))
        return {d for d, s in held.items() if not s & set(subjects)}

    def over_limit(self, subjects: Sequence[int],
                   limits: Mapping[str, int]) -> dict[int, dict[str, int]]:
        out: dict[int, dict[str, int]] = {}
        for s in subjects:
            for kind, n in self.db.execute("SELECT kind, count(*) FROM identifiers WHERE "
                                           "subject = ? GROUP BY kind", (s,)):
                if n > limits.get(kind, 1 << 30):
                    out.setdefault(s, {})[kind] = n
        return out

    def close(self) -> None:
        self.db.close()
