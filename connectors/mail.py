"""Mail on disk: mbox files, Maildir trees and folders of .eml files.

    mbox:///var/mail/alice          one mbox file, or a directory of mbox files
    maildir:///home/alice/Maildir   a Maildir tree: INBOX, Maildir++ (.Sent.2024) and
                                    nested (Sent/2024) folders
    eml:///srv/exports              every directory holding *.eml files

A container is one mailbox: an mbox file, a Maildir folder, a directory of .eml files;
each message is one record (fields in connectors/message.py). Locators:

    mbox     (("message_id", "<id@host>"),) or (("offset", 1234),) when the message has
             no Message-ID or repeats one seen earlier in the file
    maildir  (("name", "1700000000.M1P2.host"),)   the unique name, before ":2,"
    eml      (("path", "2024/msg-1.eml"),)           relative to the root

Names holding a personal value (a folder "Clients/Jean Dupont", an mbox "jean@example.com",
an .eml path) are exposed masked with a keyed tag once the scan gives the key (`use_key`,
connectors/message.py): `Clients/J*** D*** ~1a2b3c4d`, in containers, locators and
failures alike; the connector maps them back.

Incremental scans (see `state` and the `since` argument of `read`): an mbox is resumed at
the byte offset where the last scan ended when the file has only grown; Maildir and .eml
folders skip files not modified since the last scan.

A message over max_message_bytes is read by its first MAX_HEADER_BYTES only and linked by
its headers (connectors/message.py says so in a failure); `fetch` (an export) reads it
whole.

Options: the caps of MailLimits (max_message_bytes, max_attachment_bytes, max_body_chars,
max_attachment_chars, max_attachments), `patterns` for eml (default ["*.eml"]).
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import unquote, urlsplit

from connectors.message import (
    FIELD_NAMES,
    FIELDS,
    MAX_HEADER_BYTES,
    MailConnectorBase,
    place_of,
)
from connectors.message_headers import quick_message_id
from scanner.core.config import SourceConfig
from scanner.core.options import EmlFiles
from scanner.core.protocols import FolderState, Resumable
from scanner.core.types import ContainerSchema, Locator, Record, ScanReport

_TAG = re.compile(r" ~[0-9a-f]{8}$")  # ends an exposed name (MailConnectorBase.use_key)
CHUNK = 1 << 16  # longest piece of a line held at once while scanning an mbox
TAIL = 4096  # bytes hashed to tell that an mbox has only grown since the last scan


def path_of(url: str) -> Path:
    parts = urlsplit(url)
    path = unquote(parts.netloc + parts.path) if parts.netloc not in ("", "localhost") \
        else unquote(parts.path)
    return Path(path)


def matches(name: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    ok = any(fnmatch.fnmatchcase(name, g) for g in include) if include else True
    return ok and not any(fnmatch.fnmatchcase(name, g) for g in exclude)


def spread(items: Sequence[Any], limit: int) -> list[Any]:
    """At most `limit` items evenly spread over the sequence (first and last included)."""
    if len(items) <= limit:
        return list(items)
    if limit <= 1:
        return list(items[:limit])
    step = (len(items) - 1) / (limit - 1)
    return [items[round(i * step)] for i in range(limit)]


class _MailFiles(MailConnectorBase):
    """What the three on-disk layouts share: a root, containers, caps, failures."""

    schemes: tuple[str, ...] = ()

    def __init__(self, source: SourceConfig) -> None:
        self._init_mail(source)
        self.source = source
        self.root = path_of(source.url)
        if not self.root.exists():
            raise FileNotFoundError(f"{self.root}: no such file or directory")
        self._folders: dict[str, Path] = {}

    # subclasses: the containers and the raw messages of one
    def _find_folders(self) -> dict[str, Path]:
        raise NotImplementedError

    def _messages(self, container: str, since: Mapping[str, Any] | None
                  ) -> Iterator[tuple[Locator, bytes | None, int]]:
        """(locator, bytes, size): the bytes are the message's first MAX_HEADER_BYTES only
        when its size is over max_message_bytes; None when it cannot be read."""
        raise NotImplementedError

    def _raw(self, locator: Locator) -> bytes | None:
        """The whole message, for fetch."""
        raise NotImplementedError

    def _list(self) -> dict[str, Path]:
        """The containers by their exposed names (see MailConnectorBase.use_key)."""
        return {self._expose(name): path for name, path in self._find_folders().items()}

    def _folder(self, container: str) -> Path:
        if container not in self._folders:
            self._folders = self._list()
        try:
            return self._folders[container]
        except KeyError:
            raise LookupError(f"{self.name}: no mailbox {container!r}") from None

    def discover(self, report: ScanReport) -> Iterator[ContainerSchema]:
        self._folders = self._list()
        self.drain_into(report)
        for name in sorted(self._folders):
            if matches(self._real_name(name), self.source.include, self.source.exclude):
                yield ContainerSchema(self.name, name, FIELDS, row_estimate=self._estimate(name))

    def _estimate(self, container: str) -> int | None:
        return None

    def read(self, container: ContainerSchema, fields: Sequence[str],
             since: Mapping[str, Any] | None = None) -> Iterator[Record]:
        """Every message of the folder; with `since` (a state() from an earlier scan), only
        the messages added after it when the connector can tell."""
        for locator, raw, size in self._messages(container.name, since):
            if raw is not None:
                rec = self._record(locator, raw, fields, size=size)
                if rec is not None:
                    yield rec

    def fetch(self, locator: Locator) -> Record | None:
        """All fields plus values["raw"], the message's original bytes (for exports)."""
        raw = self._raw(locator)
        return None if raw is None else self._record(locator, raw, FIELD_NAMES, keep_raw=True)

    def close(self) -> None:
        self._folders = {}


# -- files of messages (Maildir and .eml share the file-per-message shape) ---------------------


class _FilePerMessage(_MailFiles, FolderState):
    def _files(self, container: str) -> list[tuple[str, Path]]:
        raise NotImplementedError

    def _locator(self, container: str, key: str) -> Locator:
        raise NotImplementedError

    def _estimate(self, container: str) -> int | None:
        return len(self._files(container))

    def sample(self, container: ContainerSchema, limit: int) -> list[Record]:
        out = []
        for key, path in spread(self._files(container.name), limit):
            got = self._read_file(self._locator(container.name, key), path)
            if got is None:
                continue
            rec = self._record(self._locator(container.name, key), got[0], FIELD_NAMES,
                               size=got[1])
            if rec:
                out.append(rec)
        return out

    def _messages(self, container: str, since: Mapping[str, Any] | None
                  ) -> Iterator[tuple[Locator, bytes | None, int]]:
        after = int(since.get("max_mtime_ns", -1)) if since else -1
        for key, path in self._files(container):
            try:
                if after >= 0 and path.stat().st_mtime_ns <= after:
                    continue
            except OSError:
                continue  # moved (flags changed) or deleted since the listing
            locator = self._locator(container, key)
            got = self._read_file(locator, path)
            yield (locator, None, 0) if got is None else (locator, *got)

    def _read_file(self, locator: Locator, path: Path, whole: bool = False
                   ) -> tuple[bytes, int] | None:
        """(bytes, size): a message over max_message_bytes by its first MAX_HEADER_BYTES
        unless `whole`."""
        try:
            with path.open("rb") as f:
                size = os.fstat(f.fileno()).st_size
                if size > self.limits.max_message_bytes and not whole:
                    return f.read(MAX_HEADER_BYTES), size
                return f.read(), size
        except OSError as e:
            self._fail(place_of(locator),
                       f"cannot read: {type(e).__name__} {e.strerror or ''}".strip())
            return None

    def state(self, container: ContainerSchema) -> dict[str, Any]:
        """{messages, max_mtime_ns}: pass it back as read(since=...) to skip older files.

        NOTE: a message restored with an old modification time is missed by an incremental
        scan; a full scan (since=None) finds it."""
        newest, count = -1, 0
        for _key, path in self._files(container.name):
            try:
                newest = max(newest, path.stat().st_mtime_ns)
                count += 1
            except OSError:
                pass
        return {"messages": count, "max_mtime_ns": newest}


class MaildirConnector(_FilePerMessage):
    """A Maildir tree; messages are read from new/ and cur/ (tmp/ is mid-delivery)."""

    schemes = ("maildir",)

    def _find_folders(self) -> dict[str, Path]:
        found: dict[str, Path] = {}
        for dirpath, dirnames, _files in os.walk(self.root):
            here = Path(dirpath)
            if {"cur", "new"} & set(dirnames):
                rel = here.relative_to(self.root).as_posix()
                if rel == ".":
                    name = "INBOX"
                elif "/" not in rel and rel.startswith("."):
                    name = rel[1:].replace(".", "/")  # Maildir++: .Archive.2024
                else:
                    name = rel
                found[name] = here
            dirnames[:] = sorted(d for d in dirnames if d not in ("cur", "new", "tmp"))
        return found

    def _files(self, container: str) -> list[tuple[str, Path]]:
        folder = self._folder(container)
        out = []
        for sub in ("new", "cur"):
            try:
                entries = os.scandir(folder / sub)
            except OSError:
                continue
            with entries:
                for e in entries:
                    if not e.name.startswith(".") and e.is_file():
                        out.append((e.name.split(":", 1)[0], Path(e.path)))
        out.sort()
        return out

    def _locator(self, container: str, key: str) -> Locator:
        return Locator(self.name, container, (("name", key),))

    def _raw(self, locator: Locator) -> bytes | None:
        unique = str(locator.item_dict().get("name", ""))
        if not unique or "/" in unique:
            return None
        folder = self._folder(locator.container)
        for sub in ("cur", "new"):
            try:
                names = os.listdir(folder / sub)
            except OSError:
                continue
            for n in names:
                if n == unique or n.startswith(unique + ":"):
                    got = self._read_file(locator, folder / sub / n, whole=True)
                    return None if got is None else got[0]
        return None


class EmlConnector(_FilePerMessage):
    """Directories of .eml files (one message per file); each directory is a container."""

    schemes = ("eml",)

    def __init__(self, source: SourceConfig) -> None:
        super().__init__(source)
        self.patterns = source.options_as(EmlFiles).patterns

    def _wanted(self, filename: str) -> bool:
        return not filename.startswith(".") and any(
            fnmatch.fnmatch(filename.lower(), p.lower()) for p in self.patterns)

    def _find_folders(self) -> dict[str, Path]:
        if self.root.is_file():
            return {self.root.name: self.root.parent}
        found = {}
        for dirpath, dirnames, files in os.walk(self.root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            if any(self._wanted(f) for f in files):
                found[Path(dirpath).relative_to(self.root).as_posix()] = Path(dirpath)
        return found

    def _files(self, container: str) -> list[tuple[str, Path]]:
        folder = self._folder(container)
        base = self.root.parent if self.root.is_file() else self.root
        try:
            names = sorted(os.listdir(folder))
        except OSError as e:
            self._fail(container, f"cannot list: {type(e).__name__}", "mail.folders_failed")
            return []
        out = []
        for n in names:
            if self._wanted(n) and (folder / n).is_file():
                if self.root.is_file() and folder / n != self.root:
                    continue
                rel = (folder / n).relative_to(base).as_posix()
                out.append((self._expose(rel), folder / n))
        return out

    def _locator(self, container: str, key: str) -> Locator:
        return Locator(self.name, container, (("path", key),))

    def _raw(self, locator: Locator) -> bytes | None:
        rel = str(locator.item_dict().get("path", ""))
        if rel not in self._real and self._hasher is not None and _TAG.search(rel):
            self._files(locator.container)  # a new connector (an export): learn the names
        rel = self._real_name(rel)
        base = (self.root.parent if self.root.is_file() else self.root).resolve()
        path = (base / rel).resolve()
        if not rel or not path.is_relative_to(base) or not path.is_file():
            return None
        got = self._read_file(locator, path, whole=True)
        return None if got is None else got[0]


# -- mbox ---------------------------------------------------------------------------------------

def iter_mbox(f: BinaryIO, start: int, max_bytes: int | None
              ) -> Iterator[tuple[int, bytes | None, int]]:
    """(offset, message bytes, size) for each message from `start`. A message larger than
    `max_bytes` (None: no cap) comes as its first MAX_HEADER_BYTES or so (enough for its
    header block). Lines are read in bounded chunks, so a giant line cannot fill memory.
    An offset is where the message's "From " line starts; data before the first one comes
    as (-1, None, 0)."""
    f.seek(start)
    pos, at_line_start = start, True
    current: int | None = None
    chunks: list[bytes] = []
    size, too_big, leading = 0, False, False
    while True:
        line = f.readline(CHUNK)
        if not line:
            break
        if at_line_start and line.startswith(b"From "):
            if current is not None:
                yield current, _strip_separator(chunks), size
            current, chunks, size, too_big = pos, [], 0, False
        elif current is None:
            leading = leading or bool(line.strip())
        else:
            size += len(line)
            if too_big:
                pass
            elif max_bytes is not None and size > max_bytes:
                too_big = True
                chunks = _first_bytes(chunks, MAX_HEADER_BYTES)
            else:
                chunks.append(line)
        at_line_start = line.endswith(b"\n")
        pos += len(line)
    if current is not None:
        yield current, _strip_separator(chunks), size
    if leading and start == 0:
        yield -1, None, 0  # data before the first "From " line


def _first_bytes(chunks: list[bytes], n: int) -> list[bytes]:
    out, got = [], 0
    for c in chunks:
        if got >= n:
            break
        out.append(c[: n - got])
        got += len(out[-1])
    return out


def _strip_separator(chunks: list[bytes]) -> bytes:
    if chunks and chunks[-1] in (b"\n", b"\r\n"):
        chunks = chunks[:-1]
    return b"".join(chunks)


class MboxConnector(_MailFiles, FolderState, Resumable):
    """mbox files (mboxo/mboxrd), streamed line by line: memory stays bounded by the caps."""

    schemes = ("mbox",)

    def _find_folders(self) -> dict[str, Path]:
        if self.root.is_file():
            return {self.root.name: self.root}
        found = {}
        for dirpath, dirnames, files in os.walk(self.root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for f in files:
                p = Path(dirpath) / f
                if not f.startswith(".") and not f.endswith((".msf", ".lock")) and _is_mbox(p):
                    found[p.relative_to(self.root).as_posix()] = p
        return found

    def _estimate(self, container: str) -> int | None:
        return None  # counting would read the whole file

    def _messages(self, container: str, since: Mapping[str, Any] | None
                  ) -> Iterator[tuple[Locator, bytes | None, int]]:
        path = self._folder(container)
        start = self._resume_offset(path, since)
        seen: set[str] = set()
        try:
            f = path.open("rb")
        except OSError as e:
            self._fail(container, f"cannot open: {type(e).__name__}", "mail.folders_failed")
            return
        with f:
            for offset, raw, size in iter_mbox(f, start, self.limits.max_message_bytes):
                if offset < 0 or raw is None:
                    self._fail(container, "data before the first 'From ' line; skipped")
                    continue
                yield self._locator(container, offset, raw, seen), raw, size

    def _locator(self, container: str, offset: int, raw: bytes, seen: set[str] | None
                 ) -> Locator:
        mid = quick_message_id(raw)
        # NOTE: the Message-ID keeps a locator valid when earlier messages are deleted; a
        # repeated one would be ambiguous, so repeats are located by offset. sample() cannot
        # know about repeats before its seek point and trusts the Message-ID.
        if mid and (seen is None or mid not in seen):
            if seen is not None:
                seen.add(mid)
            return Locator(self.name, container, (("message_id", mid),))
        return Locator(self.name, container, (("offset", offset),))

    def _resume_offset(self, path: Path, since: Mapping[str, Any] | None) -> int:
        if not since or "size" not in since:
            return 0
        size = int(since["size"])
        try:
            if path.stat().st_size < size or _tail_digest(path, size) != since.get("tail_sha256"):
                self._pending.count("mail.incremental_restarts")
                return 0  # rewritten (compacted, expunged): start over
        except OSError:
            return 0
        return size

    def resumes(self, container: ContainerSchema, since: Mapping[str, Any]) -> bool:
        """Whether read(container, since=since) resumes where that state ended (the file only
        grew) rather than starting over; the caller then keeps what it has from before."""
        if "size" not in since:
            return False
        path = self._folder(container.name)
        size = int(since["size"])
        try:
            return path.stat().st_size >= size and \
                _tail_digest(path, size) == since.get("tail_sha256")
        except OSError:
            return False

    def state(self, container: ContainerSchema) -> dict[str, Any]:
        """{size, tail_sha256}: read(since=state) resumes at `size` if the file only grew.

        NOTE: take the state before read(); messages appended while reading are then read
        again next time (same locators), never missed."""
        path = self._folder(container.name)
        size = path.stat().st_size
        return {"size": size, "tail_sha256": _tail_digest(path, size)}

    def sample(self, container: ContainerSchema, limit: int) -> list[Record]:
        """Messages from a few evenly spread points of the file, not just its head."""
        path = self._folder(container.name)
        size = path.stat().st_size
        seeks = max(1, min(8, limit))
        per = -(-limit // seeks)
        starts = sorted({_next_from(path, size * i // seeks) for i in range(seeks)})
        out: list[Record] = []
        taken: set[int] = set()
        with path.open("rb") as f:
            for start in starts:
                if start < 0:
                    continue
                n = 0
                for offset, raw, size in iter_mbox(f, start, self.limits.max_message_bytes):
                    if n >= per or len(out) >= limit:
                        break
                    n += 1
                    if offset in taken or offset < 0 or raw is None:
                        continue
                    taken.add(offset)
                    rec = self._record(self._locator(container.name, offset, raw, None), raw,
                                       FIELD_NAMES, size=size)
                    if rec:
                        out.append(rec)
        return out

    def _raw(self, locator: Locator) -> bytes | None:
        path = self._folder(locator.container)
        item = locator.item_dict()
        with path.open("rb") as f:
            if "offset" in item:
                offset = int(item["offset"])
                if offset < 0 or offset >= path.stat().st_size:
                    return None
                f.seek(offset)
                if not f.readline(CHUNK).startswith(b"From "):
                    return None  # the file changed under the locator
                for _off, raw, _size in iter_mbox(f, offset, None):
                    return raw
                return None
            wanted = item.get("message_id")
            # NOTE: messages over the cap are held by their head while looking, and the
            # one wanted is read again whole.
            for off, raw, size in iter_mbox(f, 0, self.limits.max_message_bytes):
                if raw is not None and quick_message_id(raw) == wanted:
                    if size <= self.limits.max_message_bytes:
                        return raw
                    for _off, whole, _size in iter_mbox(f, off, None):
                        return whole
        return None


def _is_mbox(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(5) == b"From "
    except OSError:
        return False


def _tail_digest(path: Path, size: int) -> str:
    with path.open("rb") as f:
        f.seek(max(0, size - TAIL))
        return hashlib.sha256(f.read(min(size, TAIL))).hexdigest()


def _next_from(path: Path, pos: int) -> int:
    """The offset of the first "From " line at or after pos, or -1."""
    with path.open("rb") as f:
        if pos > 0:
            f.seek(pos - 1)
            f.readline(CHUNK)  # finish the line pos fell in
        while True:
            here = f.tell()
            line = f.readline(CHUNK)
            if not line:
                return -1
            if line.startswith(b"From "):
                return here
