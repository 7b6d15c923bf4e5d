"""One export's run over its sources: each record fetched now through its locator and written
as it comes.

Nothing is held in memory but the list of locators and a batch of FETCH_BATCH records: a
fetch with `fetch_many`, as scanner.export.wiring's, gets a batch of a table's rows in one
query. A record gone since the scan is listed as gone; a source that raises is listed as
missing with the reason (`reason_of`), and its first failure ends it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import partial
from itertools import groupby, islice
from typing import Any

from exporters.identifier_guard import IdentifierGuard, record_place
from exporters.message_render import message_title, render_message
from exporters.occurrences import OccurrenceRow, PortabilityReader, reference_values
from exporters.package_writer import HashingSink, PackageWriter, dumps, readable_name
from exporters.text_worker import Found, TextWorker
from scanner.core.types import Locator, Record

TYPE_DIRS = {"sql": "tables", "mail": "messages", "objects": "objects"}
# Records of one container from which a worker process finds the identifiers of the next
# batch's texts while this one writes the current batch (exporters.text_worker).
TEXT_WORKER_MIN = 50_000
_BINARY = (bytes, bytearray, memoryview)
FETCH_BATCH = 1000  # records fetched (and held) at a time when the fetch takes batches

# Anything called like the engine's fetch; a plain function is as good as a Fetch object.
FetchFn = Callable[[Locator], Record | None]


@dataclass(slots=True)
class SourceTally:
    """One source's counts in the package, and why it is missing when it could not be read."""

    name: str
    url: str | None
    types: set[str] = field(default_factory=set)
    records: int = 0
    messages: int = 0
    gone: int = 0
    unfetched: int = 0
    missing: str | None = None  # the reason, when the source could not be reached

    def as_dict(self) -> dict[str, Any]:
        status = "missing" if self.missing else ("ok" if self.types else "no_data")
        out: dict[str, Any] = {
            "name": self.name, "url": self.url, "status": status,
            "types": sorted(self.types), "records": self.records, "messages": self.messages,
            "gone": self.gone, "unfetched": self.unfetched}
        if self.missing:
            out["reason"] = self.missing
        return out


class FetchRun:
    """The state of one export: tallies, gone records, categories found where."""

    def __init__(self, reader: PortabilityReader, fetch: FetchFn,
                 tallies: dict[str, SourceTally], guard: IdentifierGuard) -> None:
        self.reader = reader
        self.fetch = fetch
        self.tallies = tallies
        self.guard = guard
        self.writer: PackageWriter
        self.gone: list[tuple[str, str, tuple[tuple[str, Any], ...]]] = []
        self.found: set[tuple[str, str, str]] = set()  # (category, source, container)
        self.roles: dict[str, int] = {}  # records and messages written, by role
        self._sorted_categories: dict[tuple[str, ...], list[str]] = {}
        self.text_worker_min = TEXT_WORKER_MIN
        self._text_worker: TextWorker | None = None
        self._noted: set[tuple[tuple[str, ...], str, str]] = set()

    def missing(self) -> dict[str, str]:
        return {t.name: t.missing for t in self.tallies.values() if t.missing}

    def close(self) -> None:
        if self._text_worker is not None:
            self._text_worker.close()
            self._text_worker = None

    def _worker(self, records: int) -> TextWorker | None:
        """The text worker, started for the first container of `text_worker_min` records."""
        if self._text_worker is None and records >= self.text_worker_min:
            self._text_worker = TextWorker(self.guard.region)
        return self._text_worker

    def source(self, source: str, occurrences: list[OccurrenceRow]) -> None:
        tally = self.tallies.setdefault(source, SourceTally(source, None))
        for occ in occurrences:
            tally.types.add(occ.source_type if occ.source_type in TYPE_DIRS else "other")
        try:
            for (container, stype), group in groupby(
                    occurrences, key=lambda o: (o.container, o.source_type)):
                if stype == "mail":
                    self.messages(tally, container, group)
                else:
                    self.records(tally, container, stype, group)
        except SourceUnreachable as e:
            # the first failure ends the source: asking an unreachable server for
            # each of a thousand rows would only multiply timeouts.
            tally.missing = e.reason
            tally.unfetched = len(occurrences) - tally.records - tally.messages - tally.gone

    def _fetch(self, occ: OccurrenceRow) -> Any:
        try:
            return self.fetch(occ.locator())
        except Exception as e:  # noqa: BLE001 - any failure of a source's fetch is "missing"
            raise SourceUnreachable(reason_of(e)) from e

    def _gone(self, tally: SourceTally, occ: OccurrenceRow) -> None:
        tally.gone += 1
        self.gone.append((occ.source, occ.container, occ.locator().item))

    def _fetched(self, occurrences: Sequence[OccurrenceRow]
                 ) -> Iterator[tuple[OccurrenceRow, Any]]:
        """(occurrence, record or None) in order: FETCH_BATCH at a time through the fetch's
        `fetch_many` when it has one (one query per batch of keys), else one by one.

        With a text worker (a container of `text_worker_min` records or more), the next
        batch is fetched and its texts handed to the worker before the current one is
        given out, its identifiers learnt by the guard first.
        """
        many = getattr(self.fetch, "fetch_many", None)
        if many is None:
            for occ in occurrences:
                yield occ, self._fetch(occ)
            return
        worker = self._worker(len(occurrences))
        it = iter(occurrences)
        ahead: _Batch | None = None
        while True:
            batch = list(islice(it, FETCH_BATCH))
            following: _Batch | None = None
            if batch:
                try:
                    records = many([o.locator() for o in batch])
                except Exception as e:  # noqa: BLE001 - as _fetch: the source is "missing"
                    if ahead is not None:  # what was fetched is written first
                        yield from self._ready(ahead)
                    raise SourceUnreachable(reason_of(e)) from e
                following = _Batch(batch, records)
                if worker is not None and worker.up:
                    following.texts = self.guard.texts_to_scan(
                        r.values for r in records if r is not None)
                    following.future = worker.submit(following.texts)
                if worker is None:  # nothing to overlap: no fetching ahead
                    yield from self._ready(following)
                    continue
            if ahead is not None:
                yield from self._ready(ahead)
            if following is None:
                return
            ahead = following

    def _ready(self, batch: _Batch) -> Iterator[tuple[OccurrenceRow, Any]]:
        if batch.future is not None and self._text_worker is not None:
            found = self._text_worker.result(batch.future)
            if found is not None:
                self.guard.learn(batch.texts, found)
        yield from zip(batch.occurrences, batch.records, strict=True)

    def records(self, tally: SourceTally, container: str, stype: str,
                group: Iterable[OccurrenceRow]) -> None:
        """One JSON file for the container, written as fetched, FETCH_BATCH records at a
        time (bytes as if written one by one)."""
        categories = self.reader.field_categories(tally.name, container)
        what = "row" if stype == "sql" else "record"
        noun = "column" if stype == "sql" else "field"
        pending: list[bytes] = []
        group = list(group)
        with ExitStack() as stack:
            sink: HashingSink | None = None

            def flush() -> None:
                nonlocal sink
                if not pending:
                    return
                if sink is None:
                    # named as people read it: data/<source>/<container>.json
                    path = self.writer.unique(f"data/{readable_name(tally.name)}",
                                              readable_name(container), (".json",)) + ".json"
                    self.writer.describe(path, kind="records", source=tally.name,
                                         container=container, source_type=stype)
                    sink = stack.enter_context(self.writer.open(path))
                    sink.write(b'{"container":' + dumps(container) + b',"kind":"records",'
                               b'"records":[\n')
                else:
                    sink.write(b",\n")
                sink.write(b",\n".join(pending))
                pending.clear()

            roles = self.roles
            try:
                for occ, record in self._fetched(group):
                    if record is None:
                        self._gone(tally, occ)
                        continue
                    values = record.values
                    role = occ.export_role
                    if role == "reference":
                        values = reference_values(occ, values)
                    self.guard.check(partial(record_place, tally.name, container, what, occ.item),
                                     values, categories, noun)
                    pending.append(dumps(self.annotate(tally.name, container, occ, values,
                                                       categories, role)))
                    tally.records += 1
                    roles[role] = roles.get(role, 0) + 1
                    if len(pending) >= FETCH_BATCH:
                        flush()
            finally:
                # also when a source fails midway: what was fetched is written, and
                # the file stays valid JSON (a refused export is removed whole anyway).
                flush()
                if sink is not None:
                    sink.write(b'\n],"source":' + dumps(tally.name) + b',"source_type":'
                               + dumps(stype) + b"}\n")

    def _count(self, occ: OccurrenceRow) -> None:
        role = occ.export_role
        self.roles[role] = self.roles.get(role, 0) + 1

    def annotate(self, source: str, container: str, occ: OccurrenceRow,
                 values: Mapping[str, Any], categories: Mapping[str, str | None],
                 role: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        found = self.found
        for name, value in values.items():
            category = categories.get(name)
            if isinstance(value, _BINARY):
                out[str(name)] = {"value": value, "category": category, "encoding": "base64"}
            else:
                out[name if type(name) is str else str(name)] = {"value": value,
                                                                 "category": category}
            if category and value is not None:
                found.add((category, source, container))
        # a run's rows share one tuple of categories: sorted and noted once
        cats = self._sorted_categories.get(occ.categories)
        if cats is None:
            cats = self._sorted_categories[occ.categories] = sorted(set(occ.categories))
        if (occ.categories, source, container) not in self._noted:
            self._noted.add((occ.categories, source, container))
            found.update((c, source, container) for c in cats)
        doc = {"locator": dict(occ.item), "role": role, "categories": cats, "values": out}
        if role == "reference":
            doc["fields"] = sorted(occ.fields)
        return doc

    def messages(self, tally: SourceTally, container: str,
                 group: Iterable[OccurrenceRow]) -> None:
        """Per message: its JSON, and its original bytes beside it as .eml.

        Exempt from the identifier check: the correspondents named in a message the
        person sent or received are part of it (README, "Portability packages")."""
        folder = self.writer.unique(f"data/{readable_name(tally.name)}",
                                    readable_name(container))
        for occ in group:
            record = self._fetch(occ)
            if record is None:
                self._gone(tally, occ)
                continue
            doc = render_message(record.values)
            # named by its date and subject line (exporters.package_index says why a
            # subject line, personal as it may be, is the person's own to see)
            day, subject = message_title(doc["headers"])
            stem = self.writer.unique(folder, readable_name(
                f"{day or 'undated'} {subject or 'no subject'}"), (".json", ".eml"))
            raw = record.values.get("raw")
            eml = None
            if isinstance(raw, bytes | bytearray | memoryview):
                eml = f"{stem}.eml"
                self.writer.write(eml, bytes(raw))
            self.writer.describe(f"{stem}.json", kind="message", source=tally.name,
                                 container=container, date=day, subject=subject, eml=eml)
            doc.update(kind="message", source=tally.name, container=container,
                       locator=dict(occ.item), categories=sorted(set(occ.categories)), eml=eml,
                       role=occ.export_role)
            self.writer.write(f"{stem}.json", dumps(doc, indent=True))
            for c in occ.categories:
                self.found.add((c, tally.name, container))
            tally.messages += 1
            self._count(occ)


@dataclass(slots=True)
class _Batch:
    """Records fetched together, and the identifiers of their texts being found."""

    occurrences: list[OccurrenceRow]
    records: Sequence[Any]
    texts: list[str] = field(default_factory=list)
    future: Future[list[Found]] | None = None


class SourceUnreachable(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


_SQL_TAIL = re.compile(r"\s*\[(SQL|parameters):.*$", re.S)
_URL_CREDENTIALS = re.compile(r"([\w+.-]+://[^:/@\s]*):[^@/\s]*@")


def reason_of(e: BaseException) -> str:
    """One line about a fetch failure: no SQL parameters (they may hold personal values),
    no credentials in URLs."""
    orig = getattr(e, "orig", None) or e
    text = _SQL_TAIL.sub("", str(orig)).strip().splitlines()
    line = _URL_CREDENTIALS.sub(r"\1:***@", text[0]) if text else ""
    return f"{type(orig).__name__}: {line}"[:300] if line else type(orig).__name__
