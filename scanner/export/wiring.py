"""What `pdmap export` plugs into the exporter: the real index and the real connectors.

`SourceFetch` is the `fetch(locator)` the exporter calls: it opens the connector of the
locator's source lazily, from the config, else as the index remembers it (a source scanned
by URL: its name, URL without password and options, scanner.index.store.remembered_sources;
a config source of the same name wins), keeps it open for the rest of the export, and
closes everything at the end. `export_from_index` is the one library function behind the
command.

Locators whose key is itself personal data (a newsletter keyed by e-mail) hold
`{"hmac": HMAC(key, "locator:" + str(value))}` instead of the value (see docs/subjects.md).
Such a row is found again without the index ever holding the value:

1. from the identifiers the DPO typed: one HMAC each (and of their trimmed and lower-case
   forms); when one matches, the row is fetched by its key like any other. This is the
   usual case (the e-mail typed is the newsletter's key) and costs nothing.
2. otherwise by streaming the table's key columns (keyset pages, bounded memory), HMACing
   each value and stopping at the match: one pass over the keys of that table per row.

`SourceFetch.fetch_many` fetches a batch of locators of one container: a connector's own
`fetch_many` when it has one; a SQL table's rows by one `SELECT ... WHERE key IN (...)` per
`BATCH_PARAMS` key values (`SqlBatch`, what makes a person with 200,000 rows export in
seconds instead of minutes); anything else one `fetch` per locator. A batch returns exactly
what the locators' single fetches would: a row the batch does not find by an exact match
of its key values (gone, a key whose type or collation compares otherwise, a rowid) is
fetched alone.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from exporters.occurrences import is_digest
from scanner.core.config import Config, SourceConfig
from scanner.core.protocols import Opened, SqlTables
from scanner.core.types import ContainerSchema, Locator, Record
from scanner.export.package import ExportOutcome, export_package, split_identifier
from scanner.identifiers.hashing import Hasher

LOCATOR_KIND = "locator"  # the HMAC kind the link pass uses for personal key values
# Key values per IN list: below every dialect's limit (Oracle: 1000 expressions in a list,
# SQL Server: 2100 parameters, SQLite before 3.32: 999).
BATCH_PARAMS = 900
# SQLAlchemy dialects that take `(a, b) IN ((1, 2), ...)`; the others get ORs of ANDs.
TUPLE_IN = frozenset({"sqlite", "postgresql", "mysql", "mariadb"})


class SourceNotConfigured(Exception):
    """The index knows the source, the config does not list it (any more)."""


@dataclass(frozen=True, slots=True)
class _Hashed:
    """A locator's item split into plain key values and digests of personal ones."""

    plain: dict[str, Any]
    digests: dict[str, str]

    @classmethod
    def of(cls, locator: Locator) -> _Hashed:
        item = locator.item_dict()
        digests = {k: str(v["hmac"]) for k, v in item.items() if is_digest(v)}
        return cls({k: v for k, v in item.items() if k not in digests}, digests)

    def locator(self, locator: Locator, values: Mapping[str, Any]) -> Locator:
        item = {**self.plain, **{k: values[k] for k in self.digests}}
        return Locator(locator.source, locator.container, tuple(sorted(item.items())))


class SourceFetch:
    """fetch(locator) -> Record | None over the config's connectors, opened on first use."""

    def __init__(self, sources: Iterable[SourceConfig], key: bytes,
                 schema_of: Callable[[str, str], ContainerSchema | None] | None = None,
                 hints: Iterable[str] = (), config_name: str = "the config") -> None:
        self.sources = {s.name: s for s in sources}
        self.hasher = Hasher(key)
        self.schema_of = schema_of
        self.config_name = config_name
        forms = (f(h) for h in hints for f in (str, str.strip, lambda s: s.strip().lower()))
        # digest -> value, computed once; the values are the DPO's own input, never stored
        self._hints = {self.hasher(LOCATOR_KIND, v): v for v in dict.fromkeys(forms) if v}
        self._open: dict[str, Opened] = {}
        self._broken: dict[str, Exception] = {}
        self._batches: dict[tuple[str, str], SqlBatch | None] = {}
        self.stats: Counter[str] = Counter()

    def __call__(self, locator: Locator) -> Record | None:
        opened = self.connector(locator.source)
        if not any(is_digest(v) for _, v in locator.item):
            return opened.connector.fetch(locator)
        hashed = _Hashed.of(locator)
        if opened.objects is not None:  # an object store: it lists and HMACs its keys
            real = opened.objects.resolve(locator, lambda v: self.hasher(LOCATOR_KIND, v))
            self.stats["hashed_keys_resolved"] += 1
        else:
            real = self._by_hints(locator, hashed) or self._by_streaming(opened, locator,
                                                                          hashed)
        if real is None:
            return None  # no key of the table has that digest any more: the row is gone
        record = opened.connector.fetch(real)
        # The record keeps the locator as the index has it (digest, not value).
        return None if record is None else Record(locator, record.values)

    def fetch_many(self, locators: Sequence[Locator]) -> list[Record | None]:
        """The records of `locators`, in their order (None for a gone one), as many calls of
        `self(locator)` would return them; a batch per container where the connector allows.
        Raises what the connector raises (the exporter makes the source missing)."""
        out: list[Record | None] = []
        start = 0
        while start < len(locators):
            first = locators[start]
            end = start + 1
            while end < len(locators) and (locators[end].source, locators[end].container) \
                    == (first.source, first.container):
                end += 1
            out.extend(self._fetch_container(locators[start:end]))
            start = end
        return out

    def _fetch_container(self, locators: Sequence[Locator]) -> list[Record | None]:
        source, container = locators[0].source, locators[0].container
        opened = self.connector(source)
        own = opened.batch_fetch.fetch_many if opened.batch_fetch is not None else None
        batch = None
        if own is None and opened.tables is not None:
            if (source, container) not in self._batches:
                self._batches[(source, container)] = SqlBatch.of(opened.tables, container)
            batch = self._batches[(source, container)]
        plain = [n for n, loc in enumerate(locators) if _plain(loc)]
        found: dict[int, Record | None] = {}
        if plain and own is not None:
            found.update(zip(plain, own([locators[n] for n in plain]), strict=True))
        elif plain and batch is not None:
            found.update(batch.fetch([(n, locators[n]) for n in plain]))
            self.stats["rows_fetched_in_batches"] += len(found)
        # A locator holding a digest, and any row the batch did not match exactly,
        # is fetched alone: the same answer as before batches existed.
        return [found[n] if n in found else self(loc) for n, loc in enumerate(locators)]

    def connector(self, name: str) -> Opened:
        """The source's connector, opened on first use (its failure kept and raised again)."""
        found = self._open.get(name)
        if found is not None:
            return found
        if name in self._broken:
            raise self._broken[name]
        source = self.sources.get(name)
        try:
            if source is None:
                raise SourceNotConfigured(
                    f"the index knows source '{name}' but neither {self.config_name} nor "
                    "the index says how to read it: add it to the config, or scan it again")
            from scanner.scan.registry import open_connector

            found = open_connector(source)
            if found.mailbox is not None:  # names as the scan exposed them
                found.mailbox.use_key(self.hasher.key)
            self._open[name] = found
        except Exception as e:
            self._broken[name] = e
            raise
        return found

    def _by_hints(self, locator: Locator, hashed: _Hashed) -> Locator | None:
        values = {}
        for column, d in hashed.digests.items():
            if d not in self._hints:
                return None
            values[column] = self._hints[d]
        self.stats["hashed_keys_from_identifiers"] += 1
        return hashed.locator(locator, values)

    def _by_streaming(self, opened: Opened, locator: Locator,
                      hashed: _Hashed) -> Locator | None:
        """Stream the table's key columns, HMAC each, stop at the match (bounded memory)."""
        self.stats["hashed_keys_streamed"] += 1
        schema = None
        if opened.tables is not None:
            schema = opened.tables.reflect_one(locator.container)
        elif self.schema_of is not None:
            schema = self.schema_of(locator.source, locator.container)
        if schema is None:
            return None  # the table is gone
        for row in self._key_rows(opened, schema):
            if all(row.get(k) == v for k, v in hashed.plain.items()) and all(
                    k in row and self.hasher(LOCATOR_KIND, str(row[k])) == d
                    for k, d in hashed.digests.items()):
                return hashed.locator(locator, row)
        return None

    @staticmethod
    def _key_rows(opened: Opened, schema: ContainerSchema) -> Iterator[dict[str, Any]]:
        if opened.paged is not None:
            keys = tuple(opened.paged.key_columns(schema))
            for page in opened.paged.read_pages(schema, []):
                for row in page:
                    yield dict(zip(keys, row, strict=False))
            return
        for record in opened.connector.read(schema, list(schema.primary_key)):
            yield {**record.values, **record.locator.item_dict()}

    def close(self) -> None:
        for opened in self._open.values():
            try:
                opened.close()
            except Exception:  # noqa: BLE001, S110 - closing never hides the export's result
                pass
        self._open.clear()


class SqlBatch:
    """Rows of one SQL table fetched by their key values, many per query.

    The table is the connector's (`reflect_one` then `table`: the columns its `fetch`
    selects), so a row's values are the ones `fetch` returns. Only locators whose item
    names columns of the table are batched (not a rowid, a ctid or a position).
    """

    def __init__(self, tables: SqlTables, table: Any) -> None:
        self.tables = tables
        self.table = table
        self.columns = frozenset(c.name for c in table.columns)
        self.tuple_in = tables.engine.dialect.name in TUPLE_IN
        self._queries: dict[tuple[str, ...], Any] = {}

    @classmethod
    def of(cls, tables: SqlTables, container: str) -> SqlBatch | None:
        """None when the table is gone (each row then fetches to None alone)."""
        schema = tables.reflect_one(container)
        return None if schema is None else cls(tables, tables.table(schema))

    def fetch(self, locators: Iterable[tuple[int, Locator]]) -> dict[int, Record]:
        """The rows found, by the caller's numbering; the others are left out."""
        by_keys: dict[tuple[str, ...], dict[tuple[Any, ...], list[int]]] = {}
        fits: dict[tuple[str, ...], bool] = {}
        located: dict[int, Locator] = {}
        for n, loc in locators:
            item = loc.item
            names: tuple[str, ...]
            if len(item) == 1:
                ((name, value),) = item
                names, key = (name,), (value,)
            else:
                names, key = tuple([k for k, _ in item]), tuple([v for _, v in item])
            ok = fits.get(names)
            if ok is None:
                ok = fits[names] = bool(names) and all(k in self.columns for k in names)
            if not ok or None in key:
                continue  # a rowid, a position, a NULL: fetched alone
            try:
                by_keys.setdefault(names, {}).setdefault(key, []).append(n)
            except TypeError:
                continue  # a value that cannot be a dict key: fetched alone
            located[n] = loc
        out: dict[int, Record] = {}
        if not by_keys:
            return out
        with self.tables.engine.connect() as conn:
            for names, wanted in by_keys.items():
                values = list(wanted)
                step = max(1, BATCH_PARAMS // len(names))
                for i in range(0, len(values), step):
                    query, params = self._query(names, values[i:i + step])
                    result = conn.execute(query, params)
                    columns = tuple(result.keys())
                    at = [columns.index(k) for k in names]
                    one = at[0] if len(at) == 1 else None
                    for row in result:
                        key = (row[one],) if one is not None else tuple([row[j] for j in at])
                        for n in wanted.get(key, ()):
                            if n not in out:
                                # what fetch returns: dict(row._mapping), one per record
                                out[n] = Record(located[n], dict(zip(columns, row, strict=True)))
        return out

    def _query(self, names: tuple[str, ...], values: Sequence[tuple[Any, ...]]
               ) -> tuple[Any, dict[str, Any]]:
        """The statement and its parameters: one statement per key (compiled once,
        the IN list expanded at execution): building `IN (...)` from the values made
        SQLAlchemy coerce each of them, a third of the fetch's time."""
        cols = [self.table.c[k] for k in names]
        if len(cols) == 1 or self.tuple_in:
            q = self._queries.get(names)
            if q is None:
                keys: Any = sa.bindparam("keys", expanding=True)
                q = self._queries[names] = sa.select(self.table).where(
                    cols[0].in_(keys) if len(cols) == 1 else sa.tuple_(*cols).in_(keys))
            return q, {"keys": [v[0] for v in values] if len(cols) == 1 else list(values)}
        return sa.select(self.table).where(sa.or_(*(
            sa.and_(*(c == x for c, x in zip(cols, v, strict=True))) for v in values))), {}


def _plain(locator: Locator) -> bool:
    """No digest in the locator's item (scalars are looked at first: the common case)."""
    for _, v in locator.item:
        t = type(v)
        if t is not int and t is not str and t is not float and is_digest(v):
            return False
    return True


def export_from_index(config: Config, identifiers: Sequence[str], out: str | Path,
                      fmt: str = "zip", *, merge: bool = False, allow_partial: bool = False,
                      overwrite: bool = False, index_url: str | None = None,
                      config_name: str = "pdmap.yaml",
                      clock: Callable[[], dt.datetime] | None = None,
                      accept_merged_subject: bool = False) -> ExportOutcome:
    """Resolve the identifiers in the index, fetch the subject's records from the sources
    now, write the package. Raises ExportError (nothing written) as scanner.export.package does."""
    from scanner.export.reader import IndexReader
    from scanner.identifiers.key import key_label, load_key

    key_path = config.resolve(config.key_file)
    key = load_key(key_path)
    hints = [split_identifier(i)[1] for i in identifiers]
    reader = IndexReader(index_url or config.index, key, config.default_region,
                         key_label=key_label(key_path))
    fetch = SourceFetch(sources_to_read(config, reader.engine), key, reader.container_schema,
                        hints, config_name)
    try:
        return export_package(config, reader, fetch, identifiers, out, fmt, merge,
                              allow_partial, overwrite, clock, accept_merged_subject)
    finally:
        fetch.close()
        reader.close()


def sources_to_read(config: Config, engine: sa.Engine) -> list[SourceConfig]:
    """The config's sources, then those the index remembers that the config does not name
    (a source scanned by URL): the config wins."""
    from scanner.index.store import remembered_sources

    named = {s.name for s in config.sources}
    with engine.connect() as conn:
        remembered = remembered_sources(conn)
    return [*config.sources, *(s for s in remembered if s.name not in named)]
