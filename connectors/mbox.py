"""mbox files (mboxo/mboxrd), streamed line by line: memory stays bounded by the caps.

Scheme, locators and incremental scans: see connectors/mail.py.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from connectors.mail_files import MailFiles
from connectors.message import FIELD_NAMES, MAX_HEADER_BYTES
from connectors.message_headers import quick_message_id
from scanner.core.protocols import FolderState, Resumable
from scanner.core.types import ContainerSchema, Locator, Record

CHUNK = 1 << 16  # longest piece of a line held at once while scanning an mbox
TAIL = 4096  # bytes hashed to tell that an mbox has only grown since the last scan


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


class MboxConnector(MailFiles, FolderState, Resumable):
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
        # The Message-ID keeps a locator valid when earlier messages are deleted; a
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

        Take the state before read(); messages appended while reading are then read
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
            # Messages over the cap are held by their head while looking, and the
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
