"""A local folder as a source (`file:///abs/path` or a plain path).

Objects are the files under the root that the include/exclude globs select (matched on
the POSIX path relative to the root; `*` crosses folders, a leading `**/` may match
nothing, a pattern ending in `/` selects a folder). Symlinks are followed only while they
stay inside the root. Every file is read through connectors.formats.

Containers group files by folder + name pattern + format: digit runs in the file name
become `*`, and the sniffed format is appended, e.g. `exports/customers-*.csv (csv)`,
`logs/access.log.* (access_log)`, `notes.txt (text)` at the root. The fields of a
container are the union of the sub-record fields of a few sampled files.

A record's locator item is (("etag", "<size>-<mtime_ns>"), ("key", relpath),
("part", sub-record item)). `fetch` re-reads the file and returns the part's current
values with the current etag (exports need current data), or None if the file or the
part is gone; a key that would leave the root is treated as absent.
"""

from __future__ import annotations

import math
import os
import re
import stat
from collections.abc import Iterator, Sequence
from fnmatch import fnmatchcase
from pathlib import Path
from typing import IO, NamedTuple
from urllib.parse import unquote, urlsplit

from connectors.formats import HEAD_BYTES, Limits, find_record, iter_records, printable, sniff
from scanner.config import SourceConfig
from scanner.types import ContainerSchema, FieldSchema, Locator, Record, ScanReport

SKIPPED = ("binary", "unknown")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


class ObjectInfo(NamedTuple):
    key: str  # POSIX path relative to the root
    etag: str  # "<size>-<mtime_ns>": unchanged etag → unchanged file, skip it
    size: int


class FilesConnector:
    """Reads the files under one local folder, read-only."""

    schemes = ("file",)

    def __init__(self, source: SourceConfig) -> None:
        self.source = source
        self.name = source.name
        self.root = root_from_url(source.url)
        self.limits = Limits.from_options(source.options)
        raw_max = source.options.get("max_file_bytes")
        self.max_file_bytes = int(raw_max) if raw_max is not None else None
        self.sample_objects = int(source.options.get("sample_objects", 5))
        self.report = ScanReport()  # replaced by the report given to discover()
        self._groups: dict[str, list[str]] | None = None
        # NOTE: discovery samples the objects that read() streams again; a problem or a
        # skipped member is reported once, not once per pass.
        self._reported: set[tuple[str, str]] = set()

    # -- the Connector protocol ---------------------------------------------------------

    def discover(self, report: ScanReport) -> Iterator[ContainerSchema]:
        self.report = report
        if not self.root.is_dir():
            report.fail(self.name, str(self.root), "folder not found or not a folder")
            return
        self._groups = self._group(report)
        for container, keys in sorted(self._groups.items()):
            fields = self._fields(container, keys)
            if fields:
                yield ContainerSchema(self.name, container, fields)

    def sample(self, container: ContainerSchema, limit: int) -> list[Record]:
        keys = self._keys(container.name)[: self.sample_objects]
        if not keys or limit <= 0:
            return []
        quota = math.ceil(limit / len(keys))
        out: list[Record] = []
        for key in keys:
            for i, record in enumerate(self._records(container.name, key)):
                if i >= quota or len(out) >= limit:
                    break
                out.append(record)
        return out[:limit]

    def read(self, container: ContainerSchema, fields: Sequence[str]) -> Iterator[Record]:
        """Every sub-record with only `fields` (all fields when `fields` is empty).

        NOTE: sub-records that hold none of `fields` are left out: nothing to link there.
        """
        wanted = set(fields)
        for key in self._keys(container.name):
            for record in self._records(container.name, key):
                if not wanted:
                    yield record
                    continue
                values = {k: v for k, v in record.values.items() if k in wanted}
                if values:
                    yield Record(record.locator, values)

    def fetch(self, locator: Locator) -> Record | None:
        item = locator.item_dict()
        key, part = item.get("key"), item.get("part")
        if not isinstance(key, str) or not isinstance(part, str):
            return None
        path = self._safe_path(key)
        if path is None:
            return None
        try:
            with open(path, "rb") as f:
                st = os.fstat(f.fileno())
                values = find_record(f, key, part, limits=self.limits)
        except OSError:
            return None
        if values is None:
            return None
        return Record(Locator(self.name, locator.container, _item(key, st, part)), values)

    def close(self) -> None:
        self._groups = None

    # -- for incremental scans ------------------------------------------------------------

    def objects(self) -> Iterator[ObjectInfo]:
        """Every selected file with its etag; a file whose etag is unchanged needs no re-scan."""
        for key, st in self._walk(self.report):
            yield ObjectInfo(key, etag(st), st.st_size)

    # -- inside -------------------------------------------------------------------------

    def _group(self, report: ScanReport) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = {}
        for key, st in self._walk(report):
            if self.max_file_bytes is not None and st.st_size > self.max_file_bytes:
                report.count("skipped_too_large")
                report.fail(self.name, printable(key), "larger than max_file_bytes; skipped")
                continue
            try:
                with open(self.root / key, "rb") as f:
                    head = f.read(HEAD_BYTES)
            except OSError as e:
                report.fail(self.name, printable(key), f"cannot be read ({type(e).__name__})")
                continue
            fmt = sniff(key, head)
            if fmt in SKIPPED:
                report.count("skipped_binary" if fmt == "binary" else "skipped_empty")
                continue
            report.count("objects")
            groups.setdefault(container_name(key, fmt), []).append(key)
        return groups

    def _keys(self, container: str) -> list[str]:
        if self._groups is None:
            self._groups = self._group(self.report)
        return self._groups.get(container, [])

    def _fields(self, container: str, keys: list[str]) -> tuple[FieldSchema, ...]:
        seen: dict[str, list[object]] = {}
        for key in keys[: self.sample_objects]:
            for i, record in enumerate(self._records(container, key)):
                if i >= self.source.sample_size:
                    break
                for name, value in record.values.items():
                    values = seen.setdefault(name, [])
                    if value is not None and len(values) < 50:
                        values.append(value)
        fmt = container.rsplit(" (", 1)[-1].rstrip(")")
        return tuple(FieldSchema(n, kind_of(n, v), native_type=fmt) for n, v in seen.items())

    def _records(self, container: str, key: str) -> Iterator[Record]:
        path = self._safe_path(key)
        if path is None:
            return
        place = printable(key)

        def problem(where: str, message: str) -> None:
            if self._first(f"{place} {where}".strip(), message):
                self.report.fail(self.name, f"{place} {where}".strip(), message)

        def skip(where: str, counter: str) -> None:
            if self._first(f"{place} {where}", counter):
                self.report.count(counter)

        try:
            f: IO[bytes] = open(path, "rb")
        except OSError as e:
            problem("", f"cannot be read ({type(e).__name__})")
            return
        with f:
            st = os.fstat(f.fileno())
            for part, values in iter_records(f, key, None, self.limits, problem, skip):
                yield Record(Locator(self.name, container, _item(key, st, part)), values)

    def _first(self, place: str, what: str) -> bool:
        if (place, what) in self._reported:
            return False
        if len(self._reported) < 100_000:
            self._reported.add((place, what))
        return True

    def _walk(self, report: ScanReport) -> Iterator[tuple[str, os.stat_result]]:
        """(relative POSIX key, stat) of the selected regular files, in a stable order."""
        root = self.root
        seen_dirs = {os.path.realpath(root)}
        stack = [""]
        while stack:
            rel_dir = stack.pop()
            try:
                entries = sorted(os.scandir(root / rel_dir), key=lambda e: e.name)
            except OSError as e:
                where = printable(rel_dir or ".")
                report.fail(self.name, where, f"cannot list ({type(e).__name__})")
                continue
            subdirs = []
            for entry in entries:
                key = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
                real = os.path.realpath(entry.path)
                if entry.is_symlink() and not _inside(real, root):
                    report.count("skipped_outside_root")
                    continue
                try:
                    st = os.stat(entry.path)
                except OSError:
                    continue
                if stat.S_ISDIR(st.st_mode):
                    if real not in seen_dirs and not self._excluded_dir(key):
                        seen_dirs.add(real)
                        subdirs.append(key)
                elif stat.S_ISREG(st.st_mode) and self._selected(key):
                    yield key, st
            stack.extend(reversed(subdirs))

    def _selected(self, key: str) -> bool:
        include = self.source.include or ("*",)
        return any(glob_match(p, key) for p in include) and not any(
            glob_match(p, key) for p in self.source.exclude
        )

    def _excluded_dir(self, key: str) -> bool:
        return any(p.endswith("/") and glob_match(p, key + "/") for p in self.source.exclude)

    def _safe_path(self, key: str) -> Path | None:
        """The file for `key`, or None if the key is not a plain relative name inside root."""
        parts = key.split("/")
        if not key or "\x00" in key or key.startswith("/") or any(
            p in ("", ".", "..") for p in parts
        ):
            return None
        path = self.root.joinpath(*parts)
        if not _inside(os.path.realpath(path), self.root) or not self._selected(key):
            return None
        return path if path.is_file() else None


def root_from_url(url: str) -> Path:
    if url.startswith("file:"):
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            raise ValueError("a file URL names a local folder: file:///absolute/path")
        url = unquote(parts.path)
    return Path(os.path.realpath(Path(url).expanduser()))


def container_name(key: str, fmt: str) -> str:
    """`folder/name-pattern (format)`: digit runs (dates, sequence numbers) become `*`."""
    folder, _, base = key.rpartition("/")
    pattern = re.sub(r"\*(?:[-_.:T]?\*)+", "*", re.sub(r"\d+", "*", base))
    name = f"{folder}/{pattern}" if folder else pattern
    return f"{printable(name)} ({fmt})"


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


def etag(st: os.stat_result) -> str:
    return f"{st.st_size}-{st.st_mtime_ns}"


def _item(key: str, st: os.stat_result, part: str) -> tuple[tuple[str, str], ...]:
    return (("etag", etag(st)), ("key", key), ("part", part))


def _inside(real: str, root: Path) -> bool:
    root_s = str(root)
    return real == root_s or real.startswith(root_s.rstrip("/") + "/")
