"""Object stores (a local folder, an S3 bucket): what the files and S3 connectors share.

A store lists objects (key, etag, size) and opens one object as a byte stream; everything
else lives here (and in object_listing, object_reading, object_cuts, object_keys), so
both connectors behave the same:

- Selection: include/exclude globs on the key (`*` crosses folders, a leading `**/` may
  match nothing, a pattern ending in `/` selects a folder); `max_file_bytes` skips (and
  reports) larger objects whole; `connectors.formats.Limits` caps what one object yields.
- Containers group objects by folder + name pattern + sniffed format: digit runs in the
  name become `*`, e.g. `exports/customers-*.csv (csv)`, `logs/access.log.* (access_log)`.
  Discovery sniffs each object's first bytes (a ranged read); a container's fields are the
  union of the sub-records of a few sampled objects (`sample_objects`, default 5), each
  read through its first `sample_bytes` (default 1 MiB) when its format streams by line.
- A record's locator item is the sorted tuple (("etag", ...), ("key", ...), ("part", ...))
  plus ("version", ...) where the store has versions. `fetch` re-reads the object and
  returns the part's current values under the current etag, or None if it is gone; it
  raises ReadError if the object exists but cannot be read now (denied, throttled past
  the retries): an export must not take that for "deleted".
- Names of people in keys: `key_values` finds the personal values in a key (e-mails,
  phones, IBANs, cards validated as the link pass validates them; names by a heuristic on
  words, see connectors/object_keys.py). Such a key's locator also holds ("masked", `cv/CV Z*** Q***
  06********.csv`) (and ("masked_part", ...) for an archive member named so), which the
  scan keeps beside a digest of the key (scanner/link/objects.py); containers name those
  values `*` (`cv/CV * *.csv (csv)`), failures and logs show keys masked. `resolve` finds
  the key of a digested locator again from a listing (for exports).
- Problems go to the report given to `discover`, once per place, naming keys (control
  characters escaped) and never a value.
- No silent misses: a line longer than `max_line_chars` keeps its first bytes (a JSON
  line is closed so its prefix parses, a CSV line closes its quote), a JSON document over
  `max_document_bytes` its first bytes (closed), a sub-record with more than `max_columns`
  fields (default 1,000) its first ones; a value cut at `max_field_chars` is counted. When
  an object is read, what was cut is one failure of that object (`crm/export.csv line
  1,204: 3.2 MB line cut to the first 1 MB`); `fetch` reads through the same cuts, so a
  cut record is found again.

Incremental scans. Both connectors offer the same calls, so the engine can keep, per
source, the map key → (etag, container) of what it read, and on the next scan:

    listing = list(conn.objects())                # cheap: no object is opened
    delta = changes(previous_etags, listing)      # new, changed, unchanged, deleted
    # drop the occurrences of delta.deleted and delta.changed keys
    for container in conn.discover(report, only=delta.to_read):  # sniffs only these
        ...classify from conn.sample(container, n) (drawn from those objects only)...
        for record in conn.read(container, fields, keys=conn.grouped()[container.name]):
            ...
    # remember conn.grouped() (key → etag per container) and conn.skipped() (binary,
    # empty, too large: not worth sniffing again while their etag holds)

`read(container, fields, keys=...)` reads only the given keys; `read_object(key, fields)`
reads one object whatever its container. An unchanged etag (S3 ETag; size + mtime for a
file) means the object is not opened again.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any

from connectors.formats import HEAD_BYTES, Limits, find_record, iter_records, sniff
from connectors.object_cuts import Cuts, first_time
from connectors.object_keys import PLAIN_PART, KeyValue, container_name, key_values, masked_key
from connectors.object_listing import ObjectInfo, format_of, glob_match
from connectors.object_reading import (
    LINE_FORMATS,
    Body,
    ReadError,
    bounded,
    kind_of,
    only,
    range_of,
)
from scanner.core.config import SourceConfig
from scanner.core.options import NameOptions, ObjectOptions
from scanner.core.protocols import ObjectStore, Reopenable
from scanner.core.types import ContainerSchema, FieldSchema, Locator, Record, ScanReport

SKIPPED = ("binary", "unknown")


class ObjectStoreConnector(ObjectStore, Reopenable):
    """The Connector protocol over a store; subclasses provide `_list`, `_open` and
    `_can_fetch` (see their docstrings) and `schemes`."""

    schemes: tuple[str, ...] = ()

    def __init__(self, source: SourceConfig) -> None:
        self.source = source
        self.name = source.name
        self.limits: Limits = source.options_as(Limits)
        opts = source.options_as(ObjectOptions)
        self.max_file_bytes = opts.max_file_bytes
        self.sample_objects = opts.sample_objects
        self.sample_bytes = opts.sample_bytes
        self.max_columns = opts.max_columns
        self.region = source.options_as(NameOptions).phone_region
        self._key_cache: dict[str, tuple[KeyValue, ...]] = {}
        self._patterns: dict[str, list[str]] | None = None  # for resolve()
        # A CSV cell up to a line long is read (cut to max_field_chars by the reader)
        # rather than its row skipped; the csv module's guard is process-wide and only grows.
        csv.field_size_limit(max(csv.field_size_limit(), self.limits.max_line_chars))
        self.report = ScanReport()  # replaced by the report given to discover()
        self._groups: dict[str, list[ObjectInfo]] | None = None
        self._skipped: list[ObjectInfo] = []
        self._container_of: dict[str, str] = {}
        # Discovery samples the objects that read() streams again; a problem or a
        # skipped member is reported once, not once per pass.
        self._reported: set[tuple[str, str]] = set()

    # -- what a store provides ------------------------------------------------------------

    def _list(self, report: ScanReport, *, complete: bool = False) -> Iterator[ObjectInfo]:
        """Every selected object, in a stable order. With `complete`, raise ReadError rather
        than list part of them (a place that cannot be listed is otherwise reported)."""
        raise NotImplementedError

    def _open(self, key: str, length: int | None = None) -> AbstractContextManager[Body | None]:
        """The object's bytes (at least its first `length` when given), or None if it is
        gone; raises ReadError if it exists but cannot be read."""
        raise NotImplementedError

    def _can_fetch(self, key: str) -> bool:
        """Whether `key` names an object of this source (selected, inside the root/prefix)."""
        raise NotImplementedError

    # -- the Connector protocol -----------------------------------------------------------

    def discover(
        self, report: ScanReport, only: Iterable[ObjectInfo] | None = None
    ) -> Iterator[ContainerSchema]:
        """Containers and their fields; with `only`, from those objects alone (the new and
        changed ones of an incremental scan), and nothing else is listed or opened."""
        self.report = report
        listing = self._list(report) if only is None else iter(only)
        self._skipped = []
        self._groups = self._group(listing, report, self._skipped)
        for container, infos in sorted(self._groups.items()):
            fields = self._fields(container, infos)
            if fields:
                yield ContainerSchema(self.name, container, fields)

    def sample(self, container: ContainerSchema, limit: int) -> list[Record]:
        infos = self._infos(container.name)[: self.sample_objects]
        if not infos or limit <= 0:
            return []
        quota = math.ceil(limit / len(infos))
        out: list[Record] = []
        for info in infos:
            for i, record in enumerate(self._records(container.name, info, sampling=True)):
                if i >= quota or len(out) >= limit:
                    break
                out.append(record)
        return out[:limit]

    def read(
        self, container: ContainerSchema, fields: Sequence[str],
        keys: Collection[str] | None = None,
    ) -> Iterator[Record]:
        """Every sub-record with only `fields` (all when empty), of every object of the
        container or of those named in `keys`.

        Sub-records that hold none of `fields` are left out: nothing to link there.
        """
        wanted = set(fields)
        for info in self._infos(container.name):
            if keys is None or info.key in keys:
                yield from only(self._records(container.name, info), wanted)

    def read_objects(self, container: str, infos: Sequence[ObjectInfo],
                     fields: Sequence[str]) -> Iterator[Record]:
        """The sub-records of the objects `infos` of a container, as `read` gives them, with
        no listing: a unit of the link pass, in a process that did not discover them."""
        wanted = set(fields)
        for info in infos:
            yield from only(self._records(container, info), wanted)

    def fetch(self, locator: Locator) -> Record | None:
        item = locator.item_dict()
        key, part = item.get("key"), item.get("part")
        if not isinstance(key, str) or not isinstance(part, str) or not self._can_fetch(key):
            return None
        with self._open(key) as body:
            if body is None:
                return None
            stream = bounded(body.stream, format_of(locator.container), -1, self.limits, None)
            values = find_record(stream, key, part, body.content_type, self.limits)
        if values is None:
            return None
        item_ = self._item(key, body.etag, part, body.version)
        return Record(Locator(self.name, locator.container, item_), values)

    def close(self) -> None:
        self._groups = None
        self._container_of = {}
        self._patterns = None

    # -- personal values in keys ------------------------------------------------------------

    def key_values(self, name: str) -> tuple[KeyValue, ...]:
        """The personal values in a key (or a record's part: archive members have names)."""
        found = self._key_cache.get(name)
        if found is None:
            if len(self._key_cache) >= 100_000:
                self._key_cache.clear()
            found = self._key_cache[name] = tuple(key_values(name, self.region))
        return found

    def shown(self, name: str) -> str:
        """A key or part as failures, logs and the index show it: personal values masked,
        control characters escaped."""
        return masked_key(name, self.key_values(name))

    def resolve(self, locator: Locator, digest: Callable[[str], str]) -> Locator | None:
        """The locator whose key (and part) the index holds as {"hmac": digest(value)}, with
        their values: the keys of the locator's container are listed (no object opened,
        the listing kept for the next call) and HMAC'd by `digest` until one matches; a
        digested part is looked for in that object alone. None when nothing matches (gone).

        For an export; it is what the generic path (streaming every record of the
        container) finds, at the cost of a listing."""
        item = dict(locator.item)
        wanted = {k: v["hmac"] for k, v in item.items()
                  if isinstance(v, Mapping) and set(v) == {"hmac"}}
        if not wanted:
            return locator
        if "key" in wanted:
            if self._patterns is None:
                self._patterns = {}
                for info in self._list(self.report, complete=True):
                    pattern = container_name(info.key, "", self.region)[: -len(" ()")]
                    self._patterns.setdefault(pattern, []).append(info.key)
            pattern = locator.container.rsplit(" (", 1)[0]
            key = next((k for k in self._patterns.get(pattern, ()) if digest(k) == wanted["key"]),
                       None)
            if key is None:
                return None
            item["key"] = key
        if "part" in wanted:
            key = item.get("key")
            if not isinstance(key, str):
                return None
            part = next((r.locator.item_dict()["part"] for r in self.read_object(key)
                         if digest(str(r.locator.item_dict()["part"])) == wanted["part"]), None)
            if part is None:
                return None
            item["part"] = part
        return Locator(locator.source, locator.container, tuple(sorted(item.items())))

    # -- for incremental scans ------------------------------------------------------------

    def objects(self) -> Iterator[ObjectInfo]:
        """Every selected object with its etag and size, without opening any; raises
        ReadError (S3Error for a bucket) rather than return an incomplete listing."""
        return self._list(self.report, complete=True)

    def grouped(self) -> dict[str, list[ObjectInfo]]:
        """container → its objects (key, etag, size), as the last discover() found them."""
        return {c: list(infos) for c, infos in (self._groups or {}).items()}

    def skipped(self) -> list[ObjectInfo]:
        """Objects the last discover() left out: binary, empty, larger than max_file_bytes."""
        return list(self._skipped)

    def read_object(self, key: str, fields: Sequence[str] = ()) -> Iterator[Record]:
        """The sub-records of one object (with only `fields` when given), whatever its
        container; nothing if it is gone, skipped or not of this source."""
        if not self._can_fetch(key):
            return
        container = self._container_of.get(key)
        known = self._infos(container) if container else []
        info = next((i for i in known if i.key == key), None)
        if container is None or info is None:
            groups = self._group(iter([ObjectInfo(key, "", -1)]), self.report, [])
            if not groups:
                return
            ((container, (info,)),) = groups.items()
        yield from only(self._records(container, info), set(fields))

    # -- inside ---------------------------------------------------------------------------

    def _selected(self, key: str) -> bool:
        include = self.source.include or ("*",)
        return any(glob_match(p, key) for p in include) and not any(
            glob_match(p, key) for p in self.source.exclude
        )

    def _group(self, listing: Iterator[ObjectInfo], report: ScanReport,
               skipped: list[ObjectInfo]) -> dict[str, list[ObjectInfo]]:
        groups: dict[str, list[ObjectInfo]] = {}
        for info in listing:
            place = self.shown(info.key)
            if self.max_file_bytes is not None and info.size > self.max_file_bytes:
                report.count("skipped_too_large")
                report.fail(self.name, place, "larger than max_file_bytes; skipped")
                skipped.append(info)
                continue
            try:
                with self._open(info.key, range_of(HEAD_BYTES, info.size)) as body:
                    if body is None:
                        continue  # gone since it was listed
                    head = body.stream.read(HEAD_BYTES)
                    content_type = body.content_type
                    if info.size < 0:  # read_object() of a key that was not listed
                        info = ObjectInfo(info.key, body.etag, info.size)
            except ReadError as e:
                report.fail(self.name, place, str(e))
                continue
            fmt = sniff(info.key, head, content_type)
            if fmt in SKIPPED:
                report.count("skipped_binary" if fmt == "binary" else "skipped_empty")
                skipped.append(info)
                continue
            report.count("objects")
            container = container_name(info.key, fmt, self.region)
            groups.setdefault(container, []).append(info)
            self._container_of[info.key] = container
        return groups

    def _infos(self, container: str) -> list[ObjectInfo]:
        if self._groups is None:
            self._skipped = []
            self._groups = self._group(self._list(self.report), self.report, self._skipped)
        return self._groups.get(container, [])

    def _fields(self, container: str, infos: list[ObjectInfo]) -> tuple[FieldSchema, ...]:
        seen: dict[str, list[object]] = {}
        more = 0
        for info in infos[: self.sample_objects]:
            for i, record in enumerate(self._records(container, info, sampling=True)):
                if i >= self.source.sample_size:
                    break
                for name, value in record.values.items():
                    values = seen.get(name)
                    if values is None:
                        if self.max_columns and len(seen) >= self.max_columns:
                            more += 1
                            continue
                        values = seen[name] = []
                    if value is not None and len(values) < 50:
                        values.append(value)
        if more:
            self.report.fail(self.name, container, f"more than {self.max_columns:,} fields; "
                             f"the first {self.max_columns:,} found are scanned")
        fmt = format_of(container)
        return tuple(FieldSchema(n, kind_of(n, v), native_type=fmt) for n, v in seen.items())

    def _records(self, container: str, info: ObjectInfo, *, sampling: bool = False
                 ) -> Iterator[Record]:
        """The object's records; when sampling a line format, from its first sample_bytes.

        What the caps cut (long lines, a JSON document over max_document_bytes, fields past
        max_columns, values past max_field_chars) is scanned up to there and said in one
        failure per object when the object is read (not when sampled)."""
        key = info.key
        place = self.shown(key)

        def problem(where: str, message: str) -> None:
            at = f"{place} {self.shown(where)}".strip()
            if first_time(self._reported, at, message):
                self.report.fail(self.name, at, message)

        def skip(where: str, counter: str) -> None:
            if first_time(self._reported, f"{place} {where}", counter):
                self.report.count(counter)

        fmt = format_of(container)
        length = None
        if sampling and fmt in LINE_FORMATS:
            length = range_of(self.sample_bytes, info.size)
        limits = self.limits
        cuts = Cuts(limits.max_line_chars, limits.max_field_chars, self.max_columns,
                    limits.max_document_bytes)
        try:
            with self._open(key, length) as body:
                if body is None:
                    return
                stream = bounded(body.stream, fmt, info.size, self.limits, cuts, length)
                for part, values in iter_records(stream, key, body.content_type, limits,
                                                 problem, skip):
                    item = self._item(key, body.etag, part, body.version)
                    yield Record(Locator(self.name, container, item), cuts.record(part, values))
        except ReadError as e:
            problem("", str(e))
        finally:
            said = None if sampling else cuts.failure()
            if said is not None:
                self.report.count("objects_cut")
                problem(*said)

    def _item(self, key: str, etag: str, part: str, version: str | None = None
              ) -> tuple[tuple[str, Any], ...]:
        """A locator's item, sorted: etag, key, [masked, masked_part,] part[, version]. A key
        or part that holds a personal value comes with its masked form (the index keeps
        that and a digest of the value: scanner/link/objects.py)."""
        item: list[tuple[str, Any]] = [("etag", etag), ("key", key)]
        if self.key_values(key):
            item.append(("masked", self.shown(key)))
        if not PLAIN_PART.fullmatch(part) and self.key_values(part):
            item.append(("masked_part", self.shown(part)))
        item.append(("part", part))
        if version:
            item.append(("version", version))
        return tuple(item)
