"""Writing a package to disk: atomically, privately, deterministically, in bounded memory.

A package is a set of files under relative POSIX paths. `PackageWriter` writes them as a
directory or a zip file under a temporary name beside the target and renames it into
place only when `commit()` is called, so a reader never sees half a package. Every file
is hashed (SHA-256) as it is written, for the manifest.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import re
import secrets
import shutil
import unicodedata
import uuid
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

import orjson

FILE_MODE = 0o600
DIR_MODE = 0o700
# 1980-01-01 is the earliest date a zip entry can hold; a fixed date makes two
# packages of unchanged data byte-identical except for the manifest's generation time.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
# UTF-8 bytes kept of a readable name: file systems allow 255 per component, Windows 260 for a
# whole path (the folder the person unzips into included); this leaves room
# for a collision counter " (99)" and an extension.
MAX_READABLE_BYTES = 80
JSON_OPTS = orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS

_WINDOWS_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"] + [f"{p}{i}" for p in ("com", "lpt") for i in range(1, 10)]
)


class PackageExistsError(FileExistsError):
    """The target path exists and overwriting was not asked for."""


# -- names -------------------------------------------------------------------------


# What no file system takes in a name (Windows refuses <>:"/\\|?* and control characters).
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
# Unicode control, format (bidi overrides that make "gpj.exe" look like "exe.jpg"),
# surrogate, private-use and unassigned characters, and line or paragraph separators.
_DROPPED = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def readable_name(raw: str, max_bytes: int = MAX_READABLE_BYTES) -> str:
    """One path component a person can read, safe on every file system.

    What survives is the name as written (letters of any script, spaces, case), NFC-normalized,
    minus what a file system or a reader could trip on: a glob's * and ? become '_'; the
    separators and other characters Windows refuses become spaces; control and bidi-format
    characters are dropped; runs of spaces collapse; leading dots and spaces go (no hidden
    file, no '..'), trailing ones too (Windows drops them); a Windows device name (CON,
    aux.txt...) gets a leading '_'; the name is cut to `max_bytes` of UTF-8 without splitting
    a character. Names that end up alike are told apart by the writer
    (`PackageWriter.unique`) with a counter, not a hash.
    """
    text = raw.encode("utf-8", "replace").decode("utf-8")  # lone surrogates become '?'
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if c.isspace() else c for c in text
                   if unicodedata.category(c) not in _DROPPED or c.isspace())
    text = text.replace("*", "_").replace("?", "_")  # a glob's wildcards stay visible
    text = " ".join(_FORBIDDEN.sub(" ", text).split()).lstrip(". ")
    cut = text.encode("utf-8")[:max_bytes].decode("utf-8", "ignore")
    name = cut.rstrip(". ") or "_"
    if name.split(".")[0].rstrip(" ").lower() in _WINDOWS_RESERVED:
        name = f"_{name}"
    return name


def safe_component(part: str) -> bool:
    """Whether `part` is a path component `readable_name` could have made (a collision
    counter and an extension added): what `PackageWriter` accepts."""
    return bool(part) and part == unicodedata.normalize("NFC", part) \
        and len(part.encode("utf-8")) <= 255 and part[0] not in ". " \
        and part[-1] not in ". " and not _FORBIDDEN.search(part) \
        and not any(unicodedata.category(c) in _DROPPED or (c.isspace() and c != " ")
                    for c in part) \
        and part.split(".")[0].rstrip(" ").lower() not in _WINDOWS_RESERVED


# -- JSON --------------------------------------------------------------------------


def iso_duration(td: dt.timedelta) -> str:
    sign = "-" if td < dt.timedelta(0) else ""
    td = abs(td)
    seconds = td.seconds + td.microseconds / 1_000_000
    return f"{sign}P{td.days}DT{seconds:g}S"


def json_default(value: Any) -> Any:
    """orjson's fallback: decimals as strings, bytes as base64, durations in ISO 8601."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, dt.timedelta):
        return iso_duration(value)
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    if isinstance(value, uuid.UUID):
        return str(value)
    return str(value)


def dumps(value: Any, *, indent: bool = False) -> bytes:
    opts = JSON_OPTS | (orjson.OPT_INDENT_2 if indent else 0)
    return orjson.dumps(value, default=json_default, option=opts)


# -- writing -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WrittenFile:
    path: str
    sha256: str
    size: int


class HashingSink:
    """A write-only file object that hashes and counts what goes through it."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self._hash = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self._hash.update(data)
        self.size += len(data)
        self._raw.write(data)
        return len(data)

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


class PackageWriter:
    """Writes files under `target` (a directory, or a zip when fmt == "zip").

    Use as a context manager: leaving it without `commit()` removes the temporary output.
    """

    def __init__(self, target: Path, fmt: str = "zip", *, overwrite: bool = False) -> None:
        if fmt not in ("zip", "dir"):
            raise ValueError(f"unknown package format {fmt!r} (zip or dir)")
        self.target = Path(target)
        self.fmt = fmt
        self.overwrite = overwrite
        if self.target.exists() and not overwrite:
            raise PackageExistsError(f"{self.target}: already exists (choose another path)")
        if overwrite and (self.target.exists() or self.target.is_symlink()) \
                and not replaceable(self.target):
            raise PackageExistsError(
                f"{self.target}: --overwrite replaces a file or a pdmap package, and this is "
                "neither (a directory of other files, or a link): choose another path")
        parent = self.target.parent
        parent.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
        remove_stale(parent)
        # the writer's pid in the name: a later export to this folder removes what a
        # killed one left (personal data) once that process is gone (remove_stale).
        self.tmp = parent / f"{TMP_PREFIX}{os.getpid()}-{secrets.token_hex(6)}-{self.target.name}"
        self.written: list[WrittenFile] = []
        self._committed = False
        self._paths: set[str] = set()
        self._taken: set[str] = set()  # paths given out by `unique`, written or not yet
        # path -> what it holds, for the package's index.html: set by `describe`
        self.about: dict[str, dict[str, Any]] = {}
        self._zip: zipfile.ZipFile | None = None
        if fmt == "zip":
            fd = os.open(self.tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
            self._zip = zipfile.ZipFile(os.fdopen(fd, "wb"), "w", zipfile.ZIP_DEFLATED)
        else:
            os.mkdir(self.tmp, DIR_MODE)
            os.chmod(self.tmp, DIR_MODE)

    def __enter__(self) -> PackageWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.abort()

    @contextmanager
    def open(self, path: str) -> Iterator[HashingSink]:
        """A sink for one new file; `path` is relative, made of already-safe components."""
        self._check_path(path)
        if self._zip is not None:
            info = zipfile.ZipInfo(path, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (0o100000 | FILE_MODE) << 16
            info.create_system = 3  # unix, so the mode above is honoured by unzip
            with self._zip.open(info, "w", force_zip64=True) as raw:
                sink = HashingSink(raw)
                yield sink
        else:
            full = self.tmp / path
            self._mkdirs(full.parent)
            fd = os.open(full, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, FILE_MODE)
            os.fchmod(fd, FILE_MODE)
            with os.fdopen(fd, "wb") as raw_file:
                sink = HashingSink(raw_file)
                yield sink
        self.written.append(WrittenFile(path, sink.hexdigest(), sink.size))

    def write(self, path: str, data: bytes) -> WrittenFile:
        with self.open(path) as sink:
            sink.write(data)
        return self.written[-1]

    def unique(self, folder: str, name: str, suffixes: Sequence[str] = ("",)) -> str:
        """`folder/name`, or `folder/name (2)`, `(3)`... : the first stem that, with each of
        `suffixes`, is no path of the package yet (case- and accent-form-insensitively, as
        on macOS and Windows); reserved from then on. The package's files are written in a
        fixed order, so two exports of unchanged data number them alike."""
        n = 1
        while True:
            stem = f"{folder}/{name}" if n == 1 else f"{folder}/{name} ({n})"
            keys = [_fold(stem + s) for s in suffixes]
            if not any(k in self._paths or k in self._taken for k in keys):
                self._taken.update(keys)
                return stem
            n += 1

    def describe(self, path: str, **about: Any) -> None:
        """Note what a file holds (source, container, title...) for the package's index."""
        self.about[path] = about

    def _check_path(self, path: str) -> None:
        parts = path.split("/")
        if path.startswith("/") or not all(safe_component(p) for p in parts):
            raise ValueError("unsafe package path")
        key = _fold(path)
        if key in self._paths:
            raise ValueError("duplicate package path")
        self._paths.add(key)

    def _mkdirs(self, d: Path) -> None:
        if d == self.tmp or d.is_dir():
            return
        self._mkdirs(d.parent)
        os.mkdir(d, DIR_MODE)
        os.chmod(d, DIR_MODE)

    def commit(self) -> Path:
        """Close and move the package into place; the only moment the target appears."""
        if self._zip is not None:
            fp = self._zip.fp
            self._zip.close()
            if fp is not None:
                fp.close()
            self._zip = None
        if self.target.exists() and self.overwrite:
            old = self.target.parent / (f"{TMP_PREFIX}{os.getpid()}-{secrets.token_hex(6)}-"
                                        f"{self.target.name}.old")
            os.rename(self.target, old)
            os.rename(self.tmp, self.target)
            _remove(old)
        else:
            # os.rename, not os.replace: a target created meanwhile is not clobbered
            # for directories; for a zip the existence check at start is the guard.
            os.rename(self.tmp, self.target)
        self._committed = True
        return self.target

    def abort(self) -> None:
        if self._zip is not None:
            fp = self._zip.fp
            try:
                self._zip.close()
            finally:
                if fp is not None:
                    fp.close()
                self._zip = None
        if not self._committed and (self.tmp.exists() or self.tmp.is_symlink()):
            _remove(self.tmp)


def _fold(path: str) -> str:
    """A path as a case-insensitive file system compares it."""
    return unicodedata.normalize("NFC", path).casefold()


TMP_PREFIX = ".pdmap-tmp-"  # a package being written: TMP_PREFIX + pid + "-" + ...


def remove_stale(folder: Path) -> int:
    """Remove the temporary packages that exports killed before they finished left in
    `folder` (their process is gone); how many."""
    n = 0
    try:
        entries = [p for p in folder.iterdir() if p.name.startswith(TMP_PREFIX)]
    except OSError:
        return 0
    for p in entries:
        pid = p.name[len(TMP_PREFIX):].split("-", 1)[0]
        if not pid.isdigit() or _alive(int(pid)):
            continue
        try:
            _remove(p)
            n += 1
        except OSError:
            continue
    return n


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def replaceable(p: Path) -> bool:
    """What --overwrite may replace: a regular file (a package's zip), or a directory that
    is itself a pdmap package (its manifest.json says so). Never a user's folder."""
    if p.is_symlink():
        return False
    if p.is_file():
        return True
    if not p.is_dir():
        return False
    try:
        with open(p / "manifest.json", "rb") as f:
            manifest = json.loads(f.read(1 << 22))
    except (OSError, ValueError):
        return False
    return isinstance(manifest, dict) and manifest.get("kind") == "manifest" \
        and "pdmap_version" in manifest


def _remove(p: Path) -> None:
    if p.is_dir() and not p.is_symlink():
        shutil.rmtree(p)
    else:
        p.unlink(missing_ok=True)
