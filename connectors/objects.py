"""Object stores (a local folder, an S3 bucket): what the files and S3 connectors share.

A store lists objects (key, etag, size) and opens one object as a byte stream; everything
else lives here, so both connectors behave the same:

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
  words, see its NOTE). Such a key's locator also holds ("masked", `cv/CV Z*** Q***
  06********.csv`) (and ("masked_part", ...) for an archive member named so), which the
  scan keeps beside a digest of the key (scanner/scan_objects.py); containers name those
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
import io
import itertools
import math
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import IO, Any, NamedTuple

from connectors.formats import HEAD_BYTES, Limits, find_record, iter_records, printable, sniff
from scanner.config import DEFAULT_REGION, SourceConfig
from scanner.subjects import normalize_card, normalize_email, normalize_iban, normalize_phone
from scanner.types import ContainerSchema, FieldSchema, Locator, Record, ScanReport

SKIPPED = ("binary", "unknown")
LINE_FORMATS = frozenset({"csv", "jsonl", "text", "access_log"})  # a prefix of lines reads
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
MiB = 1024 * 1024
MAX_COLUMNS = 1000  # fields kept of one sub-record (option max_columns); the rest is said


class ObjectInfo(NamedTuple):
    key: str  # the object's name: a file's POSIX path under the root, an S3 key
    etag: str  # unchanged etag → unchanged object, no need to read it again
    size: int


class Body(NamedTuple):
    """An opened object: its bytes and what the store says about this version of it."""

    stream: IO[bytes]
    etag: str
    version: str | None = None
    content_type: str | None = None


class ReadError(Exception):
    """An object that exists but cannot be read now; the message names no value."""


@dataclass(frozen=True)
class Changes:
    """The difference between the last scan's key → etag map and a new listing."""

    new: tuple[ObjectInfo, ...]
    changed: tuple[ObjectInfo, ...]
    unchanged: tuple[ObjectInfo, ...]
    deleted: tuple[str, ...]

    @property
    def to_read(self) -> tuple[ObjectInfo, ...]:
        return self.new + self.changed


def changes(previous: Mapping[str, str], listing: Iterable[ObjectInfo]) -> Changes:
    """Compare `previous` (key → etag) with a fresh `objects()` listing.

    NOTE: the listing must be complete (a connector raises rather than return part of
    one), or objects it missed would count as deleted.
    """
    new: list[ObjectInfo] = []
    changed: list[ObjectInfo] = []
    unchanged: list[ObjectInfo] = []
    seen: set[str] = set()
    for info in listing:
        seen.add(info.key)
        etag = previous.get(info.key)
        (new if etag is None else unchanged if etag == info.etag else changed).append(info)
    deleted = tuple(sorted(k for k in previous if k not in seen))
    return Changes(tuple(new), tuple(changed), tuple(unchanged), deleted)


class ObjectStoreConnector:
    """The Connector protocol over a store; subclasses provide `_list`, `_open` and
    `_can_fetch` (see their docstrings) and `schemes`."""

    schemes: tuple[str, ...] = ()

    def __init__(self, source: SourceConfig) -> None:
        self.source = source
        self.name = source.name
        self.limits = Limits.from_options(source.options)
        raw_max = source.options.get("max_file_bytes")
        self.max_file_bytes = int(raw_max) if raw_max is not None else None
        self.sample_objects = int(source.options.get("sample_objects", 5))
        self.sample_bytes = int(source.options.get("sample_bytes", MiB))
        self.max_columns = int(source.options.get("max_columns", MAX_COLUMNS))
        self.region = str(source.options.get("phone_region") or DEFAULT_REGION)
        self._key_cache: dict[str, tuple[KeyValue, ...]] = {}
        self._patterns: dict[str, list[str]] | None = None  # for resolve()
        # NOTE: a CSV cell up to a line long is read (cut to max_field_chars by the reader)
        # rather than its row skipped; the csv module's guard is process-wide and only grows.
        csv.field_size_limit(max(csv.field_size_limit(), self.limits.max_line_chars))
        self.report = ScanReport()  # replaced by the report given to discover()
        self._groups: dict[str, list[ObjectInfo]] | None = None
        self._skipped: list[ObjectInfo] = []
        self._container_of: dict[str, str] = {}
        # NOTE: discovery samples the objects that read() streams again; a problem or a
        # skipped member is reported once, not once per pass.
        self._reported: set[tuple[str, str]] = set()

    # -- what a store provides ------------------------------------------------------------

    def _list(self, report: ScanReport, complete: bool = False) -> Iterator[ObjectInfo]:
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

        NOTE: sub-records that hold none of `fields` are left out: nothing to link there.
        """
        wanted = set(fields)
        for info in self._infos(container.name):
            if keys is None or info.key in keys:
                yield from _only(self._records(container.name, info), wanted)

    def fetch(self, locator: Locator) -> Record | None:
        item = locator.item_dict()
        key, part = item.get("key"), item.get("part")
        if not isinstance(key, str) or not isinstance(part, str) or not self._can_fetch(key):
            return None
        with self._open(key) as body:
            if body is None:
                return None
            stream = self._bounded(body.stream, format_of(locator.container), -1, None)
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

        NOTE: for an export; it is what the generic path (streaming every record of the
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
        yield from _only(self._records(container, info), set(fields))

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
                with self._open(info.key, _range(HEAD_BYTES, info.size)) as body:
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

    def _records(self, container: str, info: ObjectInfo, sampling: bool = False
                 ) -> Iterator[Record]:
        """The object's records; when sampling a line format, from its first sample_bytes.

        What the caps cut (long lines, a JSON document over max_document_bytes, fields past
        max_columns, values past max_field_chars) is scanned up to there and said in one
        failure per object when the object is read (not when sampled)."""
        key = info.key
        place = self.shown(key)

        def problem(where: str, message: str) -> None:
            at = f"{place} {self.shown(where)}".strip()
            if self._first(at, message):
                self.report.fail(self.name, at, message)

        def skip(where: str, counter: str) -> None:
            if self._first(f"{place} {where}", counter):
                self.report.count(counter)

        fmt = format_of(container)
        length = None
        if sampling and fmt in LINE_FORMATS:
            length = _range(self.sample_bytes, info.size)
        limits = self.limits
        cuts = Cuts(limits.max_line_chars, limits.max_field_chars, self.max_columns,
                    limits.max_document_bytes)
        try:
            with self._open(key, length) as body:
                if body is None:
                    return
                stream = self._bounded(body.stream, fmt, info.size, cuts, length)
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
        that and a digest of the value: scanner/scan_objects.py)."""
        item: list[tuple[str, Any]] = [("etag", etag), ("key", key)]
        if self.key_values(key):
            item.append(("masked", self.shown(key)))
        if not _PLAIN_PART.fullmatch(part) and self.key_values(part):
            item.append(("masked_part", self.shown(part)))
        item.append(("part", part))
        if version:
            item.append(("version", version))
        return tuple(item)

    def _bounded(self, stream: IO[bytes], fmt: str, size: int, cuts: Cuts | None,
                 sample: int | None = None) -> IO[bytes]:
        """The object's bytes as its reader gets them: long lines of a line format cut, a
        JSON document over max_document_bytes cut and closed; with `sample`, a prefix of
        that many bytes, up to its last whole line."""
        partial = False
        if sample is not None:
            stream, partial = _whole_lines(stream, sample)
        limit = self.limits.max_line_chars
        if fmt in LINE_FORMATS and limit > 2:
            return io.BufferedReader(LineCutter(stream, limit, fmt, cuts, partial), 64 * 1024)
        if fmt == "json":
            return cut_document(stream, self.limits.max_document_bytes, size, cuts)
        return stream

    def _first(self, place: str, what: str) -> bool:
        return first_time(self._reported, place, what)



# -- cuts: what a bounded read leaves out is scanned up to its prefix, and said ---------------


@dataclass
class Cuts:
    """What one read of one object cut; `failure()` says it in one message, no value."""

    line_limit: int = 0
    field_limit: int = 0
    column_limit: int = 0
    document_limit: int = 0
    lines: int = 0
    first_line: tuple[int, int] = (0, 0)  # (line number, bytes) of the first cut line
    longest: int = 0
    document: int | None = None  # the size of a JSON document cut (-1: unknown)
    columns: int = 0  # sub-records with more fields than column_limit
    first_columns: tuple[str, int] = ("", 0)  # (part, fields)
    values: int = 0  # values that reached field_limit
    first_value: tuple[str, str] = ("", "")  # (part, field)

    def line(self, number: int, size: int) -> None:
        self.lines += 1
        if self.lines == 1:
            self.first_line = (number, size)
        self.longest = max(self.longest, size)

    def record(self, part: str, values: dict[str, object]) -> dict[str, object]:
        """The record's values with at most column_limit fields; values at the field cap
        are counted (a value that long was cut by the reader)."""
        if self.column_limit and len(values) > self.column_limit:
            self.columns += 1
            if self.columns == 1:
                self.first_columns = (part, len(values))
            values = dict(itertools.islice(values.items(), self.column_limit))
        limit = self.field_limit
        if limit:
            for name, v in values.items():
                if type(v) is str and len(v) >= limit:
                    self.values += 1
                    if self.values == 1:
                        self.first_value = (part, name)
        return values

    def failure(self) -> tuple[str, str] | None:
        """(where in the object, what was cut), or None when nothing was."""
        said: list[tuple[str, str]] = []
        if self.document is not None:
            what = f"{human_size(self.document)} JSON document" if self.document > 0 \
                else "JSON document over the cap,"
            said.append(("", f"{what} cut to the first {human_size(self.document_limit)}"))
        if self.lines:
            number, size = self.first_line
            text = f"{human_size(size)} line cut to the first {human_size(self.line_limit)}"
            if self.lines > 1:
                more = self.lines - 1
                text += (f" ({more:,} more line{'s' if more > 1 else ''} cut, the longest "
                         f"{human_size(self.longest)})")
            said.append((f"line {number:,}", text))
        if self.columns:
            part, n = self.first_columns
            text = f"{n:,} columns, the first {self.column_limit:,} scanned"
            if self.columns > 1:
                more = self.columns - 1
                text += f" (and in {more:,} more record{'s' if more > 1 else ''})"
            said.append((_part(part), text))
        if self.values:
            part, name = self.first_value
            text = (f"field {masked_key(name, key_values(name))[:100]}: value cut to its first "
                    f"{self.field_limit:,} characters")
            if self.values > 1:
                text += f" ({self.values - 1:,} more values cut)"
            said.append((_part(part), text))
        if not said:
            return None
        if len({w for w, _ in said}) == 1:
            return said[0][0], "; ".join(t for _, t in said)
        return "", "; ".join(f"{w}: {t}" if w else t for w, t in said)


def _part(part: str) -> str:
    """A reader's item as a place: `row:12` → `row 12`, `line:3` → `line 3`."""
    kind, sep, rest = part.partition(":")
    if sep and kind in ("row", "line") and rest.isdigit():
        return f"{kind} {int(rest):,}"
    return printable(part)


def first_time(seen: set[tuple[str, str]], place: str, what: str) -> bool:
    """Whether (place, what) is new to `seen`, which remembers at most 100,000 of them."""
    if (place, what) in seen:
        return False
    if len(seen) < 100_000:
        seen.add((place, what))
    return True


def human_size(n: int) -> str:
    """Bytes for people: 1 MB, 3.2 MB, 900 bytes (decimal units)."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if n >= scale:
            return f"{n / scale:.1f}".rstrip("0").rstrip(".") + f" {unit}"
    return f"{n} byte{'s' if n != 1 else ''}"


_EOL = re.compile(rb"\r\n?|\n")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class LineCutter(io.RawIOBase):
    """`raw` with every line longer than `limit` bytes cut to its first bytes (at a UTF-8
    character boundary) and the rest of that line dropped, so the reader still scans its
    prefix and numbers the lines after it as they are.

    A cut JSON line is closed (its open string, objects and arrays) so its prefix parses;
    a cut CSV line closes its open quote, and a quote is reopened after it when the line
    ended inside a quoted field, so the rows after it read as they are. `partial_end`
    says the stream ends mid-line (a sample's byte range): that last line is closed the
    same way, without being counted as cut.

    NOTE: lines end at \\n, \\r\\n or \\r, as the readers' universal newlines do. A file
    in UTF-16 (a BOM) is passed as it is: the readers split its long lines.
    """

    CHUNK = 64 * 1024

    def __init__(self, raw: IO[bytes], limit: int, fmt: str, cuts: Cuts | None = None,
                 partial_end: bool = False) -> None:
        self._raw = raw
        self._keep = max(limit - 2, 1)  # room for \r\n: the reader's readline(limit) keeps it
        self._fmt = fmt
        self._cuts = cuts
        self._partial_end = partial_end
        self._line = bytearray()  # the current line, not passed on yet
        self._out = bytearray()
        self._dropped = -1  # bytes of the current line dropped so far; -1: not cutting
        self._number = 1  # the current line's number
        self._quotes = 0  # CSV: quotes of the source so far
        self._sent_quotes = 0  # CSV: quotes passed on so far
        self._cr = False  # the last byte read was \r (a \n right after it ends no line)
        self._started = False
        self._plain = False  # UTF-16: passed as it is
        self._eof = False

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._out and not self._eof:
            data = self._raw.read(self.CHUNK)
            if not self._started:
                self._started = True
                self._plain = data[:2] in _UTF16_BOMS
            if not data:
                self._eof = True
                self._end()
            elif self._plain:
                self._out += data
            else:
                self._feed(bytes(data))
        n = min(len(b), len(self._out))
        b[:n] = self._out[:n]
        del self._out[:n]
        return n

    def _feed(self, data: bytes) -> None:
        if self._cr and data[:1] == b"\n":  # the \n of a \r\n cut by the chunk
            self._out += b"\n"
            data = data[1:]
        self._cr = data[-1:] == b"\r"
        if not data:
            return
        keep = self._keep
        if self._dropped < 0 and len(data) <= keep:
            # Fast path: lines inside the chunk are shorter than it, so only the first one
            # (continuing the current line) and the last (continued later) can be too long.
            first = _EOL.search(data)
            if first is None:
                if len(self._line) + len(data) <= keep:
                    self._line += data
                    return
            elif len(self._line) + first.start() <= keep:
                last = max(data.rfind(b"\n"), data.rfind(b"\r")) + 1
                body = data[:last]
                self._send(bytes(self._line) + body)
                self._line = bytearray(data[last:])
                self._number += body.count(b"\n")
                if b"\r" in body:
                    self._number += body.count(b"\r") - body.count(b"\r\n")
                return
        self._slow(data)

    def _slow(self, data: bytes) -> None:
        """Line by line: a chunk that holds (part of) a line longer than the limit."""
        pos, n = 0, len(data)
        while pos < n:
            m = _EOL.search(data, pos)
            end = m.start() if m else n
            self._take(data[pos:end])
            if m is None:
                return
            self._line_end(m.group())
            pos = m.end()

    def _take(self, segment: bytes) -> None:
        if self._dropped >= 0:
            self._dropped += len(segment)
            if self._fmt == "csv":
                self._quotes += segment.count(b'"')
            return
        room = self._keep - len(self._line)
        if len(segment) <= room:
            self._line += segment
            return
        self._line += segment[:room]
        rest = segment[room:]
        self._dropped = len(rest)
        if self._fmt == "csv":
            self._quotes += rest.count(b'"')

    def _line_end(self, eol: bytes) -> None:
        if self._dropped >= 0:
            size = len(self._line) + self._dropped
            if self._cuts is not None:
                self._cuts.line(self._number, size)
            self._send_cut()
            self._out += eol
            if self._fmt == "csv" and self._quotes % 2 != self._sent_quotes % 2:
                self._out += b'"'  # the source's line ended inside a quoted field
                self._sent_quotes += 1
            self._dropped = -1
        else:
            self._send(bytes(self._line))
            self._out += eol
        self._line = bytearray()
        self._number += 1

    def _end(self) -> None:
        if self._dropped >= 0:
            if self._cuts is not None:
                self._cuts.line(self._number, len(self._line) + self._dropped)
            self._send_cut()
        elif self._partial_end and self._line:
            self._send_cut()
        else:
            self._send(bytes(self._line))
        self._line = bytearray()

    def _send(self, line: bytes) -> None:
        if self._fmt == "csv":
            q = line.count(b'"')
            self._quotes += q
            self._sent_quotes += q
        self._out += line

    def _send_cut(self) -> None:
        """The kept prefix of a cut line, closed for its format."""
        prefix = _utf8_prefix(bytes(self._line))
        if self._fmt == "jsonl":
            self._out += close_json(prefix, self._keep)
            return
        if self._fmt == "csv":
            q = prefix.count(b'"')
            self._quotes += q
            self._sent_quotes += q
            if self._sent_quotes % 2:
                prefix += b'"'
                self._sent_quotes += 1
        self._out += prefix


def _utf8_prefix(data: bytes) -> bytes:
    """`data` without a UTF-8 sequence cut at its end."""
    i = len(data)
    back = 0
    while i > 0 and back < 4 and 0x80 <= data[i - 1] < 0xC0:
        i -= 1
        back += 1
    if i > 0 and data[i - 1] >= 0xC0:
        lead = data[i - 1]
        need = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
        if back + 1 < need:
            return data[: i - 1]
    return data


_JSON_TOKEN = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*("?)|[{}\[\],:]|[^\s{}\[\],:"]+|\s+', re.S)


def close_json(prefix: bytes, limit: int | None = None) -> bytes:
    """The longest prefix of `prefix` that is whole JSON once its open string, objects and
    arrays are closed, closed, in at most `limit` bytes: `{"a": 1, "b": "xy` → `{"a": 1,
    "b": "xy"}`. A key without its value is left out, and so is a number or a literal the
    end may have shortened."""
    for _ in range(4):
        out = _close_json(prefix)
        if limit is None or len(out) <= limit:
            return out
        prefix = prefix[: len(prefix) - (len(out) - limit)]
    return b""


def _close_json(prefix: bytes) -> bytes:
    stack: tuple[Any, ...] = ()  # (closer, parent): snapshots share their tails
    key_next = False  # in an object, the next string is a key
    safe, safe_stack = 0, stack
    for m in _JSON_TOKEN.finditer(prefix):
        tok = m.group()
        c = tok[:1]
        if c.isspace():
            continue
        if c == b'"':
            if not m.group(1):  # a string the end cut
                if key_next:
                    break
                return prefix[: m.start()] + _close_string(tok) + _closers(stack)
            if key_next:
                key_next = False
                continue
        elif c in b"{[":
            stack = (b"}" if c == b"{" else b"]", stack)
            key_next = c == b"{"
            safe, safe_stack = m.end(), stack
            continue
        elif c in b"}]":
            if not stack:
                break
            stack = stack[1]
        elif c == b",":
            key_next = bool(stack) and stack[0] == b"}"
            continue
        elif c == b":":
            continue
        elif m.end() == len(prefix):
            break
        safe, safe_stack = m.end(), stack  # a value ends here
    return prefix[:safe] + _closers(safe_stack)


def _close_string(token: bytes) -> bytes:
    body = token
    tail = len(body) - len(body.rstrip(b"\\"))
    if tail % 2:
        body = body[:-1]  # half an escape
    m = re.search(rb"\\u[0-9A-Fa-f]{0,3}$", body)
    if m and (len(body[: m.start()]) - len(body[: m.start()].rstrip(b"\\"))) % 2 == 0:
        body = body[: m.start()]
    return body + b'"'


def _closers(stack: tuple[Any, ...]) -> bytes:
    out = []
    while stack:
        out.append(stack[0])
        stack = stack[1]
    return b"".join(out)


def cut_document(stream: IO[bytes], cap: int, size: int, cuts: Cuts | None) -> IO[bytes]:
    """A JSON document over `cap` bytes: its first `cap` bytes, closed (the reader would
    skip it whole); one under the cap as it is."""
    data = _read_exactly(stream.read, cap + 1)
    if len(data) <= cap or data[:2] in _UTF16_BOMS:
        return io.BytesIO(data)  # NOTE: UTF-16 is left to the reader, which skips it
    if cuts is not None:
        cuts.document = size if size > cap else -1
    return io.BytesIO(close_json(_utf8_prefix(data[:cap]), cap))



# -- personal values in keys: found, masked for people, digested for the index ----------------
#
# NOTE: the validated patterns of the link pass (e-mails, phones, IBANs, cards, checked by
# scanner.subjects' normalizers) and a name heuristic on words: two or more capitalised
# words in a row (`Zoé Quentin`, `DUPONT Jean`), or any words right after a word that
# announces a person's document (`CV_zoe_quentin.pdf`, `Passport Martin.jpg`); common
# words of file names (report, notes, export...) are never names. spaCy's NER was measured
# on keys: 0.6 ms (en) to 1.7 ms (fr) per key, 64-94 % recall on `CV First Last` and
# "customers-00015.csv" or "Annual Report" taken for people; and connectors never load it.
# Missed: a name written in lower case without such a word before it (`jane.doe/`), a
# first name alone.

_KEY_EMAIL = re.compile(r"[\w.!#$%&'*+=?^`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}"
                        r"[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+")
_KEY_EXTENSION = re.compile(
    r"\.(?:csv|tsv|txt|text|md|json|jsonl|ndjson|log|xml|html?|eml|msg|mbox|pdf|docx?|xlsx?"
    r"|pptx?|odt|ods|rtf|zip|gz|bz2|xz|7z|rar|tar|tgz|png|jpe?g|gif|tiff?|heic|bmp|svg|mp3"
    r"|mp4|mov|wav|bak|old|tmp|dat|sql|db|sqlite|parquet|avro)(?:\.(?:gz|bz2|xz|zip))?$", re.I)
# digits with separators: a phone or a card once validated (a date or a counter is not)
_KEY_NUMBER = re.compile(r"(?<![0-9A-Za-z+])(?:\+|00)?\(?\d[\d \-.()]{6,22}\d(?!\d)")
_KEY_IBAN = re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?"
                       r"(?![A-Z0-9])")
_KEY_DATE = re.compile(r"(?:19|20)\d\d[-_. ]?(?:0[1-9]|1[0-2])[-_. ]?(?:0[1-9]|[12]\d|3[01])"
                       r"(?:[-_. T]?\d\d){0,3}$")  # 2024-01-15, 20240115T1030: not a phone
# what most readers' items look like: nothing personal in them, nothing to look for
_PLAIN_PART = re.compile(r"(?:row|line|page|para):\d+(?:\.\d+)?|\$(?:\[\d+\])?|message")
_KEY_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NAME_GAP = re.compile(r"[ _.\-]{1,3}")  # what may stand between two words of one name
_PARTICLES = frozenset({"de", "la", "le", "du", "des", "van", "von", "der", "den", "di",
                        "da", "del", "dos", "ben", "bin", "al", "el", "mc", "d'"})
# words after which the next words of a key name a person
DOCUMENT_WORDS = frozenset("""
cv cvs resume résumé curriculum vitae lettre letter motivation passport passeport
passeports passports identity identite identité cni permis payslip payslips bulletin
bulletins salaire salary fiche fiches paie contrat contract contracts contrats
attestation attestations certificate certificat certificats avenant employee employé
salarie salarié candidate candidat candidature facture invoice receipt recu reçu
portrait
""".split())
# words of file and folder names that are not names
COMMON_WORDS = frozenset("""
a an and the of for to in on at by with from new old final draft copy copie version v
report reports rapport rapports note notes meeting meetings minutes compte rendu review
budget plan plans planning data donnees données export exports import imports backup
backups archive archives log logs file files fichier fichiers document documents doc docs
folder folders image images photo photos scan scans template templates modele modèle
sales ventes marketing finance finances hr rh legal juridique it admin administration
team teams equipe équipe project projects projet projets client clients customer customers
user users utilisateur utilisateurs member members membre membres contact contacts
account accounts compte comptes order orders commande commandes invoices factures
payment payments audit audits rgpd gdpr paiement paiements annual annuel annuelle monthly
mensuel weekly daily summary synthese synthèse total list liste table tables sheet sheets feuille
read me readme todo misc divers general général public private prive privé shared partage
partagé personal personnel home users desktop bureau downloads telechargements mes my
tmp temp test tests sample samples demo dev prod production staging config settings
source sources app apps application applications web site www api server serveur
january february march april may june july august september october november december
janvier fevrier février mars avril mai juin juillet aout août septembre octobre novembre
decembre décembre q quarter trimestre year annee année month mois week semaine day jour
signed signe signé scanned scanne scanné original originale updated mise jour
""".split())


@dataclass(frozen=True)
class KeyValue:
    """A personal value found in an object's key: where, what kind, normalized value."""

    start: int
    end: int
    kind: str  # email, phone, iban, card or name
    value: str  # normalized (name: as written)
    masked: str


def key_values(key: str, region: str = DEFAULT_REGION) -> list[KeyValue]:
    """The personal values in a key, segment by segment, in order."""
    out: list[KeyValue] = []
    at = 0
    for segment in key.split("/"):
        if segment:
            out.extend(KeyValue(at + v.start, at + v.end, v.kind, v.value, v.masked)
                       for v in _segment_values(segment, region))
        at += len(segment) + 1
    return out


def _segment_values(seg: str, region: str) -> list[KeyValue]:
    found: list[KeyValue] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, kind: str, value: str, masked: str) -> None:
        if not any(start < e and s < end for s, e in taken):
            taken.append((start, end))
            found.append(KeyValue(start, end, kind, value, masked))

    if "@" in seg:
        for m in _KEY_EMAIL.finditer(seg):
            raw, end = m.group(), m.end()
            ext = _KEY_EXTENSION.search(raw)
            if ext and end == len(seg) and normalize_email(raw[: ext.start()]):
                raw, end = raw[: ext.start()], m.start() + ext.start()
            # NOTE: a placeholder (jane.doe@example.com) links nobody but is masked all
            # the same: what looks like an address is never shown or stored whole.
            add(m.start(), end, "email", normalize_email(raw.strip(".")) or "",
                _masked_email(raw))
    if any(c.isdigit() for c in seg):
        for m in _KEY_IBAN.finditer(seg):
            n = normalize_iban(m.group())
            if n is not None:
                add(m.start(), m.end(), "iban", n, f"{n[:4]}****{n[-4:]}")
        for m in _KEY_NUMBER.finditer(seg):
            raw = m.group()
            digits = sum(c.isdigit() for c in raw)
            card = normalize_card(raw) if 13 <= digits <= 19 and _card_shaped(raw) else None
            if card is not None:
                add(m.start(), m.end(), "card", card, "*" * (len(raw) - 4) + raw[-4:])
            elif 8 <= digits <= 15 and not _KEY_DATE.match(raw):
                phone = normalize_phone(raw, region)
                if phone is not None:
                    add(m.start(), m.end(), "phone", phone, _masked_digits(raw, 2))
    words = seg[: ext.start()] if (ext := _KEY_EXTENSION.search(seg)) else seg
    for start, end in _name_runs(words):
        words = seg[start:end]
        add(start, end, "name", words,
            _KEY_WORD.sub(lambda w: w.group()[0] + "***", words))
    found.sort(key=lambda v: v.start)
    return found


_CARD_PREFIX = re.compile(r"4|5[1-5]|2[2-7]|3[47]|3[068]|35|6(?:011|5)")


def _card_shaped(raw: str) -> bool:
    """A card's issuer prefix: a timestamp (2024...) passes the Luhn check one time in ten."""
    return _CARD_PREFIX.match("".join(c for c in raw if c.isdigit())) is not None


def _name_runs(seg: str) -> list[tuple[int, int]]:
    """Spans of the words of `seg` that look like a person's name (see the NOTE above)."""
    runs: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    announced = False  # after a DOCUMENT_WORDS word: the next words name someone

    def close() -> None:
        names = [w for w in run if w.group().casefold() not in _PARTICLES]
        if len(names) >= 2 or (names and announced):
            runs.append((names[0].start(), names[-1].end()))
        run.clear()

    previous_end = -1
    for w in _KEY_WORD.finditer(seg):
        text = w.group()
        fold = text.casefold()
        if run and not _NAME_GAP.fullmatch(seg[previous_end:w.start()]):
            close()
        previous_end = w.end()
        if fold in DOCUMENT_WORDS:
            close()
            announced = True
        elif fold in _PARTICLES:
            if run:
                run.append(w)
        elif fold in COMMON_WORDS or len(text) < 2:
            close()
        elif announced or (text[0].isupper() and (text[1:].islower() or text.isupper())):
            run.append(w)
        else:
            close()
    close()
    return runs


def _masked_email(raw: str) -> str:
    local, _, domain = raw.rpartition("@")
    host, dot, tld = domain.rpartition(".")
    return f"{local[:1]}***@{host[:1]}***{dot}{tld}"


def _masked_digits(raw: str, keep: int) -> str:
    out, seen = [], 0
    for c in raw:
        if c.isdigit():
            out.append(c if seen < keep else "*")
            seen += 1
        else:
            out.append(c)
    return "".join(out)


def masked_key(key: str, found: Sequence[KeyValue]) -> str:
    """The key as people may see it: each personal value masked (`cv/CV Z*** Q***
    06********.csv`), control characters escaped."""
    out, at = [], 0
    for v in found:
        out.append(key[at:v.start])
        out.append(v.masked)
        at = v.end
    out.append(key[at:])
    return printable("".join(out))


def _starred(key: str, found: Sequence[KeyValue]) -> str:
    """The key with each personal value a `*`, for container names."""
    out, at = [], 0
    for v in found:
        out.append(key[at:v.start])
        out.append("*")
        at = v.end
    out.append(key[at:])
    return "".join(out)


def container_name(key: str, fmt: str, region: str = DEFAULT_REGION) -> str:
    """`folder/name-pattern (format)`: personal values (see key_values) and, in the name,
    digit runs (dates, sequence numbers) become `*`: `cv/CV * * *.csv (csv)`."""
    found = key_values(key, region)
    if found:
        key = _starred(key, found)
    folder, _, base = key.rpartition("/")
    pattern = re.sub(r"\*(?:[-_.:T]?\*)+", "*", re.sub(r"\d+", "*", base))
    name = f"{folder}/{pattern}" if folder else pattern
    return f"{printable(name)} ({fmt})"


def format_of(container: str) -> str:
    return container.rsplit(" (", 1)[-1].rstrip(")")


def glob_match(pattern: str, key: str) -> bool:
    if pattern.endswith("/"):
        return key.startswith(pattern) or fnmatchcase(key, pattern + "*")
    if fnmatchcase(key, pattern):
        return True
    return pattern.startswith("**/") and fnmatchcase(key, pattern[3:])


def kind_of(name: str, values: list[object]) -> str:
    """A KINDS value from sampled values; long prose is free_text (NER runs there)."""
    if name in ("text", "body"):
        return "free_text"
    if not values:
        return "text"
    if all(isinstance(v, bool) for v in values):
        return "boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "integer"
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return "float"
    strings = [v for v in values if isinstance(v, str)]
    if strings and len(strings) == len(values) and all(_ISO_DATETIME.match(s) for s in strings):
        return "datetime"
    if strings and sum(len(s) for s in strings) / len(strings) > 200:
        return "free_text"
    return "text"




def _only(records: Iterator[Record], wanted: set[str]) -> Iterator[Record]:
    for record in records:
        if not wanted:
            yield record
            continue
        values = {k: v for k, v in record.values.items() if k in wanted}
        if values:
            yield Record(record.locator, values)


def _range(length: int, size: int) -> int | None:
    """`length` if the object is (or may be) longer, else None: read it whole."""
    return length if size < 0 or size > length else None


def _whole_lines(stream: IO[bytes], length: int) -> tuple[IO[bytes], bool]:
    """The first `length` bytes of an object known to be longer, up to the last whole line;
    all of them when they hold no whole line (True then: the stream ends mid-line).

    NOTE: a sample of a large line-based object is a prefix; the cut line would be a bad
    row or bad JSON reported as a problem the object does not have.
    """
    data = _read_exactly(stream.read, length)
    if len(data) == length:
        end = max(data.rfind(b"\n"), data.rfind(b"\r")) + 1
        if end:
            return io.BytesIO(data[:end]), False
        return io.BytesIO(data), True
    return io.BytesIO(data), False


def _read_exactly(read: Callable[[int], bytes], n: int) -> bytes:
    chunks, got = [], 0
    while got < n:
        chunk = read(n - got)
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)
