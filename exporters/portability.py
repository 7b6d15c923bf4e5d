"""Portability packages (GDPR art. 15 and 20): everything about one person, machine-readable.

The index is a map, not a copy: the exporter walks the subject's occurrences, fetches each
record from its source *now* through its locator, and writes it as it comes (nothing is
held in memory but the list of locators and a batch of FETCH_BATCH records: a fetch with
`fetch_many`, as scanner.export.wiring's, gets a batch of a table's rows in one query). A
record gone since the scan is listed as gone; a source that raises is listed as missing
with the reason.

Package layout (every JSON file carries a `kind` and validates against the shipped schema):

    manifest.json                                     kind "manifest"
    portability-package.schema.json                   the JSON Schema (draft 2020-12)
    processing.json                                   kind "processing": art. 15(1) per category
    data/<source>/tables/<container>.json             kind "records" (SQL rows)
    data/<source>/objects/<container>.json            kind "records" (CSV rows, JSON records, lines)
    data/<source>/messages/<container>/<item>.json    kind "message"
    data/<source>/messages/<container>/<item>.eml     the original RFC 822 bytes

Every record and message carries its role: `own` (the row is the person's), `attached` (a
personal row theirs points to: their address), `shared` (an attached row several people point
to: a household's address) or `reference` (another person's row that names them in some
columns: a customer row whose support rep they are). A reference exports only the row's key
values and those columns, never the rest of the other person's row.

No record leaves with another person's identifier: every value of a table row or object
record is normalized by its field's identifier kind and searched for e-mails, phones, IBANs
and cards; each is HMAC'd by the reader and looked up in the index. One that belongs to
another subject of the index, and to none of those exported, raises
`ForeignIdentifierError` before the package is committed (the writer removes its temporary
output). Messages are exempt: the correspondents in a message the person sent or received are
part of it (the manifest's `identifier_check` says so).
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass, field
from functools import partial
from importlib import resources
from itertools import groupby, islice
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
from exporters.text_worker import Found, TextWorker
from scanner import __version__
from scanner.core.config import DataMapEntry, mask_url
from scanner.core.protocols import Fetch
from scanner.core.types import Locator, Record
from scanner.identifiers.normalise import identifier_kind, is_role_email, normalizer
from scanner.identifiers.text import identifiers as text_identifiers

PACKAGE_SCHEMA_VERSION = 2
SCHEMA_FILE = "portability-package.schema.json"
NOT_DECLARED = "not declared"
TYPE_DIRS = {"sql": "tables", "mail": "messages", "objects": "objects"}
# How a row concerns the subject, strongest first: a row several subjects of a --merge reach
# keeps the strongest (own > attached > shared > reference).
ROLES = ("own", "attached", "shared", "reference")
ROLE_RANK = {r: n for n, r in enumerate(ROLES)}
# The identifier kinds no package may hold for another person: a field of a category of
# these kinds, and the e-mails, phones, IBANs and cards found in any text.
CHECKED_KINDS = frozenset({"email", "phone", "iban", "card", "national_id", "passport"})
CHECK_CACHE = 200_000  # digests remembered as checked (the subject's own recur in every row)
# Texts whose identifiers are remembered (statuses, notes, pages recur from row to row, and
# the worker's finds wait there to be checked), up to TEXT_CACHE_CHARS long each.
TEXT_CACHE = 100_000
TEXT_CACHE_CHARS = 200
# Records of one container from which a worker process finds the identifiers of the next
# batch's texts while this one writes the current batch (exporters.text_worker).
TEXT_WORKER_MIN = 50_000
_BINARY = (bytes, bytearray, memoryview)
_UNKNOWN: tuple[tuple[str, str], ...] = (("", ""),)  # not in IdentifierGuard's texts yet
FETCH_BATCH = 1000  # records fetched (and held) at a time when the fetch takes batches

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
        if len(self.item) == 1:
            return Locator(self.source, self.container, tuple(self.item.items()))
        return Locator(self.source, self.container, tuple(sorted(self.item.items())))

    @property
    def export_role(self) -> str:
        """The role as exported. A role this version does not know is exported as a
        reference (key and `fields` only): the safe reading of a row it cannot place."""
        return self.role if self.role in ROLE_RANK else "reference"


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

    def digest(self, kind: str, normalized: str) -> bytes:
        """The identifier's digest as the index stores it (HMAC with the installation key)."""
        ...

    def foreign_identifiers(self, digests: Sequence[bytes],
                            subjects: Sequence[int]) -> set[bytes]:
        """The digests that belong to some subject of the index, strong or not, and to none
        of `subjects`: other people's identifiers."""
        ...

    def over_limit(self, subjects: Sequence[int],
                   limits: Mapping[str, int]) -> dict[int, dict[str, int]]:
        """subject -> {kind: count} for the subjects holding more distinct strong
        identifiers of a kind than `limits` allows (people merged by mistake?)."""
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
    counts: dict[str, Any]  # numbers, and "roles": {role: records and messages}
    missing: dict[str, str]  # source name -> reason
    gone: int
    files: tuple[WrittenFile, ...]


@dataclass(frozen=True, slots=True)
class OverLimit:
    """A kind of identifier a subject holds more of than one person plausibly has; in the
    manifest when the DPO accepted the subject as one person (--accept-merged-subject)."""

    kind: str
    count: int
    limit: int


class ForeignIdentifierError(Exception):
    """A record holds an identifier of another subject of the index: the export is refused
    and nothing is written. The message names the place, never the value."""


# -- the exporter ------------------------------------------------------------------


class PortabilityPackageExporter:
    """Writes one subject's package; see the module docstring for the layout."""

    name = "portability"

    def __init__(self, controller: Mapping[str, Any] | None = None,
                 datamap: Sequence[DataMapEntry] = (),
                 identifiers: Sequence[IdentifierUse] = (), fmt: str = "zip",
                 overwrite: bool = False,
                 clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
                 region: str = "FR", limits: Mapping[str, int] | None = None,
                 accepted_over_limit: Sequence[OverLimit] = ()) -> None:
        self.controller = dict(controller or {})
        self.datamap = tuple(datamap)
        self.identifiers = tuple(identifiers)
        self.fmt = fmt
        self.overwrite = overwrite
        self.clock = clock
        self.region = region
        self.limits = dict(limits or {})
        self.accepted_over_limit = tuple(accepted_over_limit)
        self.text_worker_min = TEXT_WORKER_MIN

    def export(self, subject: int, reader: Any, fetch: Fetch, out: Any) -> Iterable[str]:
        """The Exporter protocol: the package's file paths (manifest last)."""
        result = self.write_package([subject], reader, fetch, Path(out))
        return [f.path for f in result.files] + ["manifest.json"]

    def write_package(self, subjects: Sequence[int], reader: PortabilityReader,
                      fetch: FetchFn, out: Path) -> PackageResult:
        """Raises ForeignIdentifierError (nothing written) when a record holds another
        person's identifier."""
        with _long_lived():
            occurrences = merged_occurrences(reader, subjects)
        with _frozen():
            return self._write(subjects, reader, fetch, out, occurrences)

    def _write(self, subjects: Sequence[int], reader: PortabilityReader, fetch: FetchFn,
               out: Path, occurrences: list[OccurrenceRow]) -> PackageResult:
        tallies = {name: SourceTally(name, mask_url(url)) for name, url in reader.sources()}
        guard = IdentifierGuard(reader, subjects, self.region)
        run = _Run(reader, fetch, tallies, guard)
        run.text_worker_min = self.text_worker_min
        with PackageWriter(out, self.fmt, self.overwrite) as writer, closing(run):
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
            "roles": {r: run.roles.get(r, 0) for r in ROLES},
        }
        return {
            "kind": "manifest",
            "package_schema_version": PACKAGE_SCHEMA_VERSION,
            "schema": SCHEMA_FILE,
            "generated_at": self.clock().astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "pdmap_version": __version__,
            "controller": self.controller,
            # the identifiers appear as the DPO typed them. The package goes to the
            # data subject, whose identifiers they are, and it lets them check what was
            # searched for. They never go to logs, and the index still holds only digests.
            "identifiers": [{"kind": i.kind, "value": i.value, "found": i.found}
                            for i in self.identifiers],
            "merged_subjects": merged,
            "identifier_limits": {
                "limits": dict(sorted(self.limits.items())),
                "over_limit": [{"kind": o.kind, "count": o.count, "limit": o.limit}
                               for o in self.accepted_over_limit],
                "accepted": bool(self.accepted_over_limit),
            },
            "identifier_check": {
                "checked": ["records"],
                "exempt": ["messages"],
                "identifiers_checked": run.guard.checked,
            },
            "complete": not run.missing(),
            "sources": [t.as_dict() for t in tallies],
            "counts": counts,
            "gone": [{"source": s, "container": c, "item": dict(i)} for s, c, i in run.gone],
            "missing_sources": [{"name": t.name, "reason": t.missing, "unfetched": t.unfetched}
                                for t in tallies if t.missing],
            "files": [{"path": f.path, "sha256": f.sha256, "bytes": f.size} for f in files],
        }


@contextmanager
def _long_lived() -> Iterator[None]:
    """The cycle collector paused while the occurrence list is built.

    A person with 200,000 rows is 200,000 small objects that live for the whole export;
    each full pass of the collector walks all of them, and building them (then writing
    records, a thousand fetched rows at a time) triggers full passes over and over: without
    this and `_frozen`, a third of such an export's time.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def _frozen() -> Iterator[None]:
    """What exists now (the occurrence list) left out of the collector's passes until the
    package is written; nothing is lost: gc.unfreeze hands it back to the collector."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def merged_occurrences(reader: PortabilityReader,
                       subjects: Sequence[int]) -> list[OccurrenceRow]:
    """Every occurrence of the subjects once, categories united, in a stable order.

    A row reached by several subjects keeps the strongest role (own > attached > shared >
    reference); two references unite their fields.

    Only locators are held (a few hundred bytes each), never values; sorting them is
    what makes the package's file order and contents deterministic.
    """
    occurrences = [occ for subject in dict.fromkeys(subjects)
                   for occ in reader.occurrences(subject)]
    # a stable sort: a row reached twice comes out as adjacent entries, merged in the
    # order the reader gave them. The keys are made again to find them (the sort's own are
    # gone): fewer objects held than keeping a key beside each occurrence.
    occurrences.sort(key=_sort_key)
    out: list[OccurrenceRow] = []
    last: tuple[Any, ...] | None = None
    for occ in occurrences:
        key = _sort_key(occ)
        if key == last:
            out[-1] = _merge(out[-1], occ)
        else:
            out.append(occ)
            last = key
    return out


def _sort_key(occ: OccurrenceRow) -> tuple[Any, ...]:
    """(source, container, _item_key(item)) flattened: each key column's (name, (type,
    number, text)) as four items of one tuple, which orders and compares alike."""
    item = occ.item
    if len(item) == 1:  # the common case (one key column), 200,000 times a person
        ((k, v),) = item.items()
        t = type(v)
        if t is int or t is float:
            return (occ.source, occ.container, k, 0, v, "")
        if t is str:
            return (occ.source, occ.container, k, 1, 0, v)
    flat: list[Any] = [occ.source, occ.container]
    for k, rank in _item_key(item):
        flat.append(k)
        flat.extend(rank)
    return tuple(flat)


def _merge(a: OccurrenceRow, b: OccurrenceRow) -> OccurrenceRow:
    cats = tuple(sorted(set(a.categories) | set(b.categories)))
    ra, rb = a.export_role, b.export_role
    role = min(ra, rb, key=ROLE_RANK.__getitem__)
    fields_: tuple[str, ...] = ()
    if role == "reference":
        fields_ = tuple(sorted(set(a.fields) | set(b.fields)))
    return OccurrenceRow(a.source, a.container, a.item, cats, a.source_type, role, fields_)


def _item_key(item: Mapping[str, Any]) -> tuple[Any, ...]:
    """A total order on items whatever their value types: numbers numerically first."""
    out = []
    for k in sorted(item):
        v = item[k]
        is_num = isinstance(v, int | float) and not isinstance(v, bool)
        out.append((k, (0, v, "") if is_num else (1, 0, str(v))))
    return tuple(out)


def is_digest(value: Any) -> bool:
    """A locator's stand-in for a personal key value: {"hmac": ...}."""
    return isinstance(value, Mapping) and set(value) == {"hmac"}


def reference_values(occ: OccurrenceRow, values: Mapping[str, Any]) -> dict[str, Any]:
    """What a reference exports of another person's row: its key values (those the locator
    holds as values; a personal key stays the digest the locator shows) and the columns
    that name the subject, nothing else."""
    keys = {k for k, v in occ.item.items() if not is_digest(v)}
    wanted = keys | set(occ.fields)
    return {k: v for k, v in values.items() if k in wanted}


def _place(text: str) -> str:
    """A name for a one-line message: as is when printable, else JSON-escaped."""
    return text if text.isprintable() else json.dumps(text)


def _where(source: str, container: str, what: str, item: Mapping[str, Any]) -> str:
    """`shop main.orders row {"id": 17}`: where a record is, on one line."""
    return f"{_place(source)} {_place(container)} {what} {_item_text(item)}"


def _item_text(item: Mapping[str, Any]) -> str:
    """A locator's item on one line: JSON, control characters escaped."""
    text = json.dumps(dict(item), sort_keys=True, default=str, ensure_ascii=False)
    return text if text.isprintable() else json.dumps(dict(item), sort_keys=True, default=str)


def _strings(value: Any, depth: int = 0) -> Iterator[str]:
    """The strings of a value, nested lists and objects included (object records)."""
    if isinstance(value, str):
        yield value
    elif depth < 32 and isinstance(value, Mapping):
        for v in value.values():
            yield from _strings(v, depth + 1)
    elif depth < 32 and isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v, depth + 1)


class IdentifierGuard:
    """Refuses a record that holds an identifier of another subject of the index.

    Each value is normalized as its field's identifier kind (from the field's category) and
    its strings searched for e-mails, phones, IBANs and cards (scanner.identifiers.text); each found
    is HMAC'd by the reader and looked up in the index's identifiers, one query per record
    for the digests not seen yet. Role addresses (info@, support@...) are nobody's: skipped.
    """

    def __init__(self, reader: PortabilityReader, subjects: Sequence[int],
                 region: str = "FR") -> None:
        self.reader = reader
        self.subjects = tuple(subjects)
        self.region = region
        self.ok: set[bytes] = set()
        self.checked = 0  # distinct digests looked up
        self._texts: dict[str, tuple[tuple[str, str], ...]] = {}
        self._kinds_of: tuple[Mapping[str, str | None], dict[str, str | None]] | None = None

    def identifiers(self, value: Any, category: str | None) -> Iterator[tuple[str, str]]:
        """(kind, normalized) of the identifiers a value is or holds."""
        if value is None or isinstance(value, bytes | bytearray | memoryview | bool):
            return
        kind = identifier_kind(category)
        if kind in CHECKED_KINDS and not isinstance(value, Mapping | list | tuple):
            found = normalizer(kind, self.region)(value)
            if found is not None:
                yield kind, found
        for text in _strings(value):
            yield from self._text_identifiers(text)

    def texts_to_scan(self, records: Iterable[Mapping[str, Any]]) -> list[str]:
        """The short texts of these records whose identifiers are not known yet, once each:
        what a worker may find ahead of `check` (`learn`)."""
        known = self._texts
        out: dict[str, None] = {}
        for values in records:
            for value in values.values():
                if type(value) is str and len(value) <= TEXT_CACHE_CHARS \
                        and value not in known:
                    out[value] = None
        return list(out)

    def learn(self, texts: Sequence[str], found: Sequence[tuple[tuple[str, str], ...]]
              ) -> None:
        """Each text's identifiers, as scanner.identifiers.text found them (in a worker process)."""
        if len(self._texts) + len(texts) > TEXT_CACHE:
            self._texts.clear()
        self._texts.update(zip(texts, found, strict=True))

    def _checked_kinds(self, categories: Mapping[str, str | None]) -> dict[str, str | None]:
        """Each field's identifier kind when it is one of CHECKED_KINDS (for the last
        container's categories, asked again for each of its records)."""
        if self._kinds_of is not None and self._kinds_of[0] is categories:
            return self._kinds_of[1]
        kinds = {}
        for name, category in categories.items():
            kind = identifier_kind(category)
            kinds[name] = kind if kind in CHECKED_KINDS else None
        self._kinds_of = (categories, kinds)
        return kinds

    def _text_identifiers(self, text: str) -> Iterable[tuple[str, str]]:
        """scanner.identifiers.text's identifiers of a text; a short text's remembered."""
        if len(text) > TEXT_CACHE_CHARS:
            return text_identifiers(text, self.region)
        found = self._texts.get(text)
        if found is None:
            if len(self._texts) >= TEXT_CACHE:
                self._texts.clear()
            found = self._texts[text] = tuple(text_identifiers(text, self.region))
        return found

    def check(self, where: Callable[[], str], values: Mapping[str, Any],
              categories: Mapping[str, str | None], noun: str = "column") -> None:
        """Raises ForeignIdentifierError naming the place (`where()`) and the field, never
        the value."""
        pending: dict[bytes, str] = {}
        kinds = self._checked_kinds(categories)
        texts = self._texts
        for name, value in values.items():
            found: Iterable[tuple[str, str]]
            t = type(value)
            if kinds.get(name) is not None:
                found = self.identifiers(value, categories.get(name))
            elif t is str:  # as identifiers() does it, without its generators
                found = texts.get(value, _UNKNOWN)
                if found is _UNKNOWN:
                    found = self._text_identifiers(value)
            elif value is None or t is int or t is float or t is bool:
                continue  # no text in it, and not a field of a checked kind
            else:
                found = self.identifiers(value, categories.get(name))
            for kind, norm in found:
                if kind == "email" and is_role_email(norm):
                    continue
                d = self.reader.digest(kind, norm)
                if d not in self.ok and d not in pending:
                    pending[d] = str(name)
        if not pending:
            return
        self.checked += len(pending)
        foreign = self.reader.foreign_identifiers(list(pending), self.subjects)
        for d, name in pending.items():
            if d in foreign:
                raise ForeignIdentifierError(
                    f"export refused: {where()} {noun} {_place(name)} holds an identifier of "
                    "another person of the index")
        if len(self.ok) + len(pending) > CHECK_CACHE:
            self.ok.clear()
        self.ok.update(pending)


class _Run:
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
        kind_dir = TYPE_DIRS.get(stype, safe_name(stype))
        path = f"data/{safe_name(tally.name)}/{kind_dir}/{safe_name(container)}.json"
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
                    self.guard.check(partial(_where, tally.name, container, what, occ.item),
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
                 role: str | None = None) -> dict[str, Any]:
        role = occ.export_role if role is None else role
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
        # declarations made for the places where the data was found win; a category
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
