"""Portability packages (GDPR art. 15 and 20): everything about one person, machine-readable.

The index is a map, not a copy: the exporter walks the subject's occurrences, fetches each
record from its source *now* through its locator, and writes it as it comes (nothing is
held in memory but one record and the list of locators). A record gone since the scan is
listed as gone; a source that raises is listed as missing with the reason.

Package layout (every JSON file carries a `kind` and validates against the shipped schema):

    manifest.json                                     kind "manifest"
    portability-package.schema.json                   the JSON Schema (draft 2020-12)
    processing.json                                   kind "processing": art. 15(1) per category
    data/<source>/tables/<container>.json             kind "records" (SQL rows)
    data/<source>/objects/<container>.json            kind "records" (CSV rows, JSON records, lines)
    data/<source>/messages/<container>/<item>.json    kind "message"
    data/<source>/messages/<container>/<item>.eml     the original RFC 822 bytes
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from importlib import resources
from itertools import groupby
from pathlib import Path
from typing import Any, Protocol

from exporters.message_render import render_message
from exporters.package_writer import (
    HashingSink,
    PackageWriter,
    WrittenFile,
    dumps,
    item_name,
    safe_name,
)
from scanner import __version__
from scanner.config import DataMapEntry, mask_url
from scanner.protocols import Fetch
from scanner.types import Locator, Record

PACKAGE_SCHEMA_VERSION = 1
SCHEMA_FILE = "portability-package.schema.json"
NOT_DECLARED = "not declared"
TYPE_DIRS = {"sql": "tables", "mail": "messages", "objects": "objects"}

# Anything called like the engine's fetch; a plain function is as good as a Fetch object.
FetchFn = Callable[[Locator], Record | None]


# -- the reader the index implements -------------------------------------------------


@dataclass(frozen=True, slots=True)
class OccurrenceRow:
    """Where the index saw the subject: one row, message or object record."""

    source: str
    container: str
    item: Mapping[str, Any]  # the locator's item: key values, UID / Message-ID, object key
    categories: tuple[str, ...]
    source_type: str  # "sql" | "mail" | "objects"
    # How the row concerns the subject: "own", "attached", "shared" (attached to several
    # people) or "reference" (the row names the subject in `fields` only).
    role: str = "own"
    fields: tuple[str, ...] = ()

    def locator(self) -> Locator:
        return Locator(self.source, self.container, tuple(sorted(self.item.items())))


class PortabilityReader(Protocol):
    """What the exporter needs from the index; read-only, never a raw value out."""

    def resolve(self, identifier: str, kind: str | None) -> int | None:
        """The subject an identifier belongs to (normalized and HMAC'd inside), or None."""
        ...

    def occurrences(self, subject: int) -> Iterable[OccurrenceRow]: ...

    def field_categories(self, source: str, container: str) -> dict[str, str | None]:
        """Each field's category from its latest verdict (None when not personal)."""
        ...

    def sources(self) -> list[tuple[str, str]]:
        """(name, URL with the password masked) of every source the index knows."""
        ...


# -- results -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IdentifierUse:
    """An identifier the DPO gave, as given, and whether it resolved to a subject."""

    kind: str | None
    value: str
    found: bool


@dataclass(slots=True)
class SourceTally:
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


@dataclass(frozen=True, slots=True)
class PackageResult:
    path: Path
    complete: bool  # False when a source could not be reached
    counts: dict[str, int]
    missing: dict[str, str]  # source name -> reason
    gone: int
    files: tuple[WrittenFile, ...]


# -- the exporter ------------------------------------------------------------------


class PortabilityPackageExporter:
    """Writes one subject's package; see the module docstring for the layout."""

    name = "portability"

    def __init__(self, controller: Mapping[str, Any] | None = None,
                 datamap: Sequence[DataMapEntry] = (),
                 identifiers: Sequence[IdentifierUse] = (), fmt: str = "zip",
                 overwrite: bool = False,
                 clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)) -> None:
        self.controller = dict(controller or {})
        self.datamap = tuple(datamap)
        self.identifiers = tuple(identifiers)
        self.fmt = fmt
        self.overwrite = overwrite
        self.clock = clock

    def export(self, subject: int, reader: Any, fetch: Fetch, out: Any) -> Iterable[str]:
        """The Exporter protocol: the package's file paths (manifest last)."""
        result = self.write_package([subject], reader, fetch, Path(out))
        return [f.path for f in result.files] + ["manifest.json"]

    def write_package(self, subjects: Sequence[int], reader: PortabilityReader,
                      fetch: FetchFn, out: Path) -> PackageResult:
        occurrences = merged_occurrences(reader, subjects)
        tallies = {name: SourceTally(name, mask_url(url)) for name, url in reader.sources()}
        run = _Run(reader, fetch, tallies)
        with PackageWriter(out, self.fmt, self.overwrite) as writer:
            run.writer = writer
            schema = resources.files("exporters").joinpath("schema", SCHEMA_FILE).read_bytes()
            writer.write(SCHEMA_FILE, schema)
            for source, group in groupby(occurrences, key=lambda o: o.source):
                run.source(source, list(group))
            writer.write("processing.json", dumps(
                processing(run.found, self.datamap), indent=True))
            data_files = sorted(writer.written, key=lambda f: f.path)
            manifest = self.manifest(run, data_files, len(subjects))
            writer.write("manifest.json", dumps(manifest, indent=True))
            path = writer.commit()
        return PackageResult(path, not run.missing(), manifest["counts"], run.missing(),
                             len(run.gone), tuple(data_files))

    def manifest(self, run: _Run, files: Sequence[WrittenFile], merged: int) -> dict[str, Any]:
        tallies = sorted(run.tallies.values(), key=lambda t: t.name)
        counts = {
            "records": sum(t.records for t in tallies),
            "messages": sum(t.messages for t in tallies),
            "gone": len(run.gone),
            "unfetched": sum(t.unfetched for t in tallies),
            "files": len(files),
            "categories": len({c for c, _s, _c in run.found}),
        }
        return {
            "kind": "manifest",
            "package_schema_version": PACKAGE_SCHEMA_VERSION,
            "schema": SCHEMA_FILE,
            "generated_at": self.clock().astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "pdmap_version": __version__,
            "controller": self.controller,
            # NOTE: the identifiers appear as the DPO typed them. The package goes to the
            # data subject, whose identifiers they are, and it lets them check what was
            # searched for. They never go to logs, and the index still holds only digests.
            "identifiers": [{"kind": i.kind, "value": i.value, "found": i.found}
                            for i in self.identifiers],
            "merged_subjects": merged,
            "complete": not run.missing(),
            "sources": [t.as_dict() for t in tallies],
            "counts": counts,
            "gone": [{"source": s, "container": c, "item": dict(i)} for s, c, i in run.gone],
            "missing_sources": [{"name": t.name, "reason": t.missing, "unfetched": t.unfetched}
                                for t in tallies if t.missing],
            "files": [{"path": f.path, "sha256": f.sha256, "bytes": f.size} for f in files],
        }


def merged_occurrences(reader: PortabilityReader,
                       subjects: Sequence[int]) -> list[OccurrenceRow]:
    """Every occurrence of the subjects once, categories united, in a stable order.

    NOTE: only locators are held (a few hundred bytes each), never values; sorting them is
    what makes the package's file order and contents deterministic.
    """
    by_key: dict[tuple[Any, ...], OccurrenceRow] = {}
    for subject in dict.fromkeys(subjects):
        for occ in reader.occurrences(subject):
            key = (occ.source, occ.container, _item_key(occ.item))
            prev = by_key.get(key)
            if prev is not None:
                cats = tuple(sorted(set(prev.categories) | set(occ.categories)))
                occ = OccurrenceRow(prev.source, prev.container, prev.item, cats,
                                    prev.source_type)
            by_key[key] = occ
    return [by_key[k] for k in sorted(by_key)]


def _item_key(item: Mapping[str, Any]) -> tuple[Any, ...]:
    """A total order on items whatever their value types: numbers numerically first."""
    out = []
    for k in sorted(item):
        v = item[k]
        is_num = isinstance(v, int | float) and not isinstance(v, bool)
        out.append((k, (0, v, "") if is_num else (1, 0, str(v))))
    return tuple(out)


class _Run:
    """The state of one export: tallies, gone records, categories found where."""

    def __init__(self, reader: PortabilityReader, fetch: FetchFn,
                 tallies: dict[str, SourceTally]) -> None:
        self.reader = reader
        self.fetch = fetch
        self.tallies = tallies
        self.writer: PackageWriter
        self.gone: list[tuple[str, str, tuple[tuple[str, Any], ...]]] = []
        self.found: set[tuple[str, str, str]] = set()  # (category, source, container)

    def missing(self) -> dict[str, str]:
        return {t.name: t.missing for t in self.tallies.values() if t.missing}

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
            # NOTE: the first failure ends the source: asking an unreachable server for
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

    def records(self, tally: SourceTally, container: str, stype: str,
                group: Iterable[OccurrenceRow]) -> None:
        """One JSON file for the container, written record by record as fetched."""
        categories = self.reader.field_categories(tally.name, container)
        kind_dir = TYPE_DIRS.get(stype, safe_name(stype))
        path = f"data/{safe_name(tally.name)}/{kind_dir}/{safe_name(container)}.json"
        with ExitStack() as stack:
            sink: HashingSink | None = None
            for occ in group:
                record = self._fetch(occ)
                if record is None:
                    self._gone(tally, occ)
                    continue
                if sink is None:
                    sink = stack.enter_context(self.writer.open(path))
                    sink.write(b'{"container":' + dumps(container) + b',"kind":"records",'
                               b'"records":[\n')
                else:
                    sink.write(b",\n")
                sink.write(dumps(self.annotate(tally.name, container, occ, record.values,
                                               categories)))
                tally.records += 1
            if sink is not None:
                sink.write(b'\n],"source":' + dumps(tally.name) + b',"source_type":'
                           + dumps(stype) + b"}\n")

    def annotate(self, source: str, container: str, occ: OccurrenceRow,
                 values: Mapping[str, Any], categories: Mapping[str, str | None]
                 ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, value in values.items():
            category = categories.get(name)
            cell: dict[str, Any] = {"value": value, "category": category}
            if isinstance(value, bytes | bytearray | memoryview):
                cell["encoding"] = "base64"
            if category and value is not None:
                self.found.add((category, source, container))
            out[str(name)] = cell
        for c in occ.categories:
            self.found.add((c, source, container))
        return {"locator": dict(occ.item), "categories": sorted(set(occ.categories)),
                "values": out}

    def messages(self, tally: SourceTally, container: str,
                 group: Iterable[OccurrenceRow]) -> None:
        """Per message: its JSON, and its original bytes beside it as .eml."""
        folder = f"data/{safe_name(tally.name)}/messages/{safe_name(container)}"
        for occ in group:
            record = self._fetch(occ)
            if record is None:
                self._gone(tally, occ)
                continue
            stem = f"{folder}/{item_name(sorted(occ.item.items()))}"
            raw = record.values.get("raw")
            eml = None
            if isinstance(raw, bytes | bytearray | memoryview):
                eml = f"{stem}.eml"
                self.writer.write(eml, bytes(raw))
            doc = render_message(record.values)
            doc.update(kind="message", source=tally.name, container=container,
                       locator=dict(occ.item), categories=sorted(set(occ.categories)), eml=eml)
            self.writer.write(f"{stem}.json", dumps(doc, indent=True))
            for c in occ.categories:
                self.found.add((c, tally.name, container))
            tally.messages += 1


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


# -- art. 15(1): purposes, legal bases, retention, recipients ---------------------------


def processing(found: set[tuple[str, str, str]],
               datamap: Sequence[DataMapEntry]) -> dict[str, Any]:
    """For every category present, what the data map declares, or "not declared"."""
    where: dict[str, set[tuple[str, str]]] = {}
    for category, source, container in found:
        where.setdefault(category, set()).add((source, container))
    out = []
    for category in sorted(where):
        places = sorted(where[category])
        entries = [e for e in datamap if e.personal and e.category == category]
        # NOTE: declarations made for the places where the data was found win; a category
        # declared only elsewhere still tells the subject something true about it.
        local = [e for e in entries if any(_glob(e.source, s) and _glob(e.container, c)
                                           for s, c in places)]
        declarations = sorted({_declaration(e) for e in (local or entries)}, key=dumps)
        out.append({
            "category": category,
            "declared": bool(declarations),
            "declarations": [_declaration_dict(d) for d in declarations]
            or [_declaration_dict((None, None, None, ()))],
            "found_in": [{"source": s, "container": c} for s, c in places],
        })
    return {"kind": "processing", "categories": out}


def _glob(pattern: str, name: str) -> bool:
    from fnmatch import fnmatchcase

    return fnmatchcase(name.lower(), pattern.lower())


def _declaration(e: DataMapEntry) -> tuple[Any, ...]:
    return (e.purpose or None, e.legal_basis or None, e.retention or None,
            tuple(sorted(e.recipients)))


def _declaration_dict(d: tuple[Any, ...]) -> dict[str, Any]:
    purpose, legal_basis, retention, recipients = d
    return {"purpose": purpose or NOT_DECLARED, "legal_basis": legal_basis or NOT_DECLARED,
            "retention": retention or NOT_DECLARED,
            "recipients": list(recipients) if recipients else NOT_DECLARED}
