"""Portability packages (GDPR art. 15 and 20): everything about one person, machine-readable.

The index is a map, not a copy: the exporter walks the subject's occurrences
(exporters.occurrences), fetches each record from its source *now* through its locator and
writes it as it comes (exporters.fetch_run). No record leaves with another person's
identifier (exporters.identifier_guard).

Package layout (every JSON file carries a `kind` and validates against the shipped schema):

    index.html                                  the page the person reads (exporters.package_index)
    manifest.json                               kind "manifest"
    portability-package.schema.json             the JSON Schema (draft 2020-12)
    processing.json                             kind "processing": art. 15(1) per category
    data/<source>/<container>.json              kind "records" (SQL rows; CSV rows, JSON records,
                                                lines of objects)
    data/<source>/<container>/<date> <subject>.json    kind "message"
    data/<source>/<container>/<date> <subject>.eml     the original RFC 822 bytes

Names are the source's and container's as written, made safe for every file system
(exporters.package_writer.readable_name); names that end up alike get a counter, "(2)".

Every record and message carries its role: `own` (the row is the person's), `attached` (a
personal row theirs points to: their address), `shared` (an attached row several people point
to: a household's address) or `reference` (another person's row that names them in some
columns: a customer row whose support rep they are). A reference exports only the row's key
values and those columns, never the rest of the other person's row.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from fnmatch import fnmatchcase
from importlib import resources
from itertools import groupby
from pathlib import Path
from typing import Any

from exporters.fetch_run import TEXT_WORKER_MIN, FetchFn, FetchRun, SourceTally
from exporters.identifier_guard import IdentifierGuard
from exporters.occurrences import ROLES, OccurrenceRow, PortabilityReader, merged_occurrences
from exporters.package_index import LANGS, index_categories, render_index
from exporters.package_writer import PackageWriter, WrittenFile, dumps
from scanner import __version__
from scanner.core.config import DataMapEntry, mask_url

PACKAGE_SCHEMA_VERSION = 3  # 3: readable names, index.html, null where not declared
SCHEMA_FILE = "portability-package.schema.json"
INDEX_FILE = "index.html"


# -- results -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IdentifierUse:
    """An identifier the DPO gave, as given, and whether it resolved to a subject."""

    kind: str | None
    value: str
    found: bool


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


# -- the exporter ------------------------------------------------------------------


class PortabilityPackageExporter:
    """Writes one subject's package; see the module docstring for the layout."""

    def __init__(self, controller: Mapping[str, Any] | None = None,
                 datamap: Sequence[DataMapEntry] = (),
                 identifiers: Sequence[IdentifierUse] = (), *, fmt: str = "zip",
                 overwrite: bool = False,
                 clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
                 region: str = "FR", limits: Mapping[str, int] | None = None,
                 accepted_over_limit: Sequence[OverLimit] = (), lang: str | None = None) -> None:
        self.controller = dict(controller or {})
        # index.html's language: asked for, else the controller's, else English
        self.lang = str(lang or self.controller.get("language") or "en")
        if self.lang not in LANGS:
            raise ValueError(f"unknown package language {self.lang!r} (en or fr)")
        self.datamap = tuple(datamap)
        self.identifiers = tuple(identifiers)
        self.fmt = fmt
        self.overwrite = overwrite
        self.clock = clock
        self.region = region
        self.limits = dict(limits or {})
        self.accepted_over_limit = tuple(accepted_over_limit)
        self.text_worker_min = TEXT_WORKER_MIN

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
        run = FetchRun(reader, fetch, tallies, guard)
        run.text_worker_min = self.text_worker_min
        with PackageWriter(out, self.fmt, overwrite=self.overwrite) as writer, closing(run):
            run.writer = writer
            schema = resources.files("exporters").joinpath("schema", SCHEMA_FILE).read_bytes()
            writer.write(SCHEMA_FILE, schema)
            for source, group in groupby(occurrences, key=lambda o: o.source):
                run.source(source, list(group))
            declared = processing(run.found, self.datamap)
            writer.write("processing.json", dumps(declared, indent=True))
            now = self.clock()
            # the page is made from the manifest (its files, sources, identifiers), then
            # listed in it with its SHA-256 like every file
            draft = self.manifest(run, sorted(writer.written, key=lambda f: f.path),
                                  len(subjects), declared, now)
            writer.write(INDEX_FILE, render_index(draft, declared, writer.about, self.lang))
            data_files = sorted(writer.written, key=lambda f: f.path)
            manifest = self.manifest(run, data_files, len(subjects), declared, now)
            writer.write("manifest.json", dumps(manifest, indent=True))
            path = writer.commit()
        return PackageResult(path, not run.missing(), manifest["counts"], run.missing(),
                             len(run.gone), tuple(data_files))

    def manifest(self, run: FetchRun, files: Sequence[WrittenFile], merged: int,
                 declared: Mapping[str, Any], now: dt.datetime) -> dict[str, Any]:
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
            "generated_at": now.astimezone(dt.UTC).isoformat(timespec="seconds"),
            "pdmap_version": __version__,
            "language": self.lang,
            "index": INDEX_FILE,
            "controller": self.controller,
            "categories": index_categories(declared),
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


# -- art. 15(1): purposes, legal bases, retention, recipients ---------------------------


def processing(found: set[tuple[str, str, str]],
               datamap: Sequence[DataMapEntry]) -> dict[str, Any]:
    """For every category present, what the data map declares; null for what it does not
    (the package's index.html says "not declared" in words)."""
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
    return fnmatchcase(name.lower(), pattern.lower())


def _declaration(e: DataMapEntry) -> tuple[Any, ...]:
    return (e.purpose or None, e.legal_basis or None, e.retention or None,
            tuple(sorted(e.recipients)))


def _declaration_dict(d: tuple[Any, ...]) -> dict[str, Any]:
    purpose, legal_basis, retention, recipients = d
    return {"purpose": purpose or None, "legal_basis": legal_basis or None,
            "retention": retention or None,
            "recipients": list(recipients) if recipients else None}
