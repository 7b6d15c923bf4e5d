"""Byte plumbing shared by the readers: capped streams, decoding, the reading context.

Readers receive a `Context` (limits, problem and skip callbacks, the archive budget, the
place prefix) and an `Opened` object (the head already read, a buffered stream over
head + rest, or a seekable file when a format needs one).
"""

from __future__ import annotations

import codecs
import io
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, Protocol

from connectors.formats.limits import Limits, MiB

HEAD_BYTES = 8192

OnProblem = Callable[[str, str], None]  # (place, message); message never holds a value
OnSkip = Callable[[str, str], None]  # (place, counter name such as "skipped_binary")


class Readable(Protocol):
    def read(self, size: int = ..., /) -> bytes: ...


class CapHit(Exception):
    """An archive cap that ends the whole top-level object (zip/gzip bomb)."""


@dataclass
class Budget:
    """What decompression may still spend for one top-level object."""

    limits: Limits
    compressed: Callable[[], int] = lambda: 0
    expanded: int = 0
    members: int = 0

    def spend(self, n: int) -> None:
        self.expanded += n
        if self.expanded > self.limits.max_expanded_bytes:
            raise CapHit(f"expanded size cap hit ({self.limits.max_expanded_bytes} bytes)")
        if self.expanded > MiB:
            ratio = self.expanded / max(1, self.compressed())
            if ratio > self.limits.max_expansion_ratio:
                cap = self.limits.max_expansion_ratio
                raise CapHit(f"expanded size cap hit (expansion ratio over {cap})")

    def member(self) -> None:
        self.members += 1
        if self.members > self.limits.max_archive_members:
            raise CapHit(f"archive member count cap hit ({self.limits.max_archive_members})")


ReadMember = Callable[[IO[bytes], str, "str | None", "Context"],
                      Iterator[tuple[str, dict[str, object]]]]


@dataclass
class Context:
    limits: Limits
    on_problem: OnProblem | None = None
    on_skip: OnSkip | None = None
    budget: Budget | None = None
    depth: int = 0
    prefix: str = ""
    problems: list[int] = field(default_factory=lambda: [0])  # shared with children
    # How a member (of an archive, an attached file) is read: records.read_member, given
    # here so that the readers of archives and mail need not import the dispatcher that
    # imports them.
    read_member: ReadMember | None = None

    def member(self, stream: IO[bytes], name: str,
               content_type: str | None) -> Iterator[tuple[str, dict[str, object]]]:
        """The sub-records of a member, read with a child context."""
        assert self.read_member is not None, "a Context made by records.read_object"
        return self.read_member(stream, name, content_type, self.child(name))

    def problem(self, place: str, message: str) -> None:
        self.problems[0] += 1
        n = self.problems[0]
        if self.on_problem is None or n > self.limits.max_problems + 1:
            return
        if n == self.limits.max_problems + 1:
            self.on_problem(self.prefix.rstrip("/"), "more problems in this object not listed")
            return
        self.on_problem(self.place(place), message)

    def skip(self, place: str, counter: str) -> None:
        if self.on_skip is not None:
            self.on_skip(self.place(place), counter)

    def place(self, item: str) -> str:
        return (self.prefix + item).rstrip("/")

    def child(self, member: str) -> Context:
        return Context(
            self.limits, self.on_problem, self.on_skip, self.budget, self.depth + 1,
            f"{self.prefix}member:{printable(member)}/", self.problems, self.read_member,
        )


def printable(name: str) -> str:
    """A name safe to put in a place or a log line: control characters escaped."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in name)


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit]


class CappedReader(io.RawIOBase):
    """Yields `head`, then the rest of `raw`, up to `cap` bytes; remembers if it stopped early.

    `on_bytes` sees every chunk size (the archive budget uses it to stop bombs).
    """

    def __init__(
        self, raw: Readable, head: bytes = b"", cap: int | None = None,
        on_bytes: Callable[[int], None] | None = None,
    ) -> None:
        self._raw, self._head, self._cap, self._on_bytes = raw, head, cap, on_bytes
        self.count = 0
        self.capped = False

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        want = len(b)
        if self._cap is not None:
            want = min(want, self._cap - self.count)
            if want <= 0:
                if not self.capped and (self._head or self._raw.read(1)):
                    self.capped = True
                return 0
        if self._head:
            data, self._head = self._head[:want], self._head[want:]
        else:
            data = self._raw.read(want) or b""
        n = len(data)
        b[:n] = data
        self.count += n
        if n and self._on_bytes is not None:
            self._on_bytes(n)
        return n


class Opened:
    """One object being read: its head, and ways to read it whole from the start."""

    def __init__(self, raw: IO[bytes], ctx: Context, cap: int) -> None:
        self._seekable = _seekable(raw)
        self._start = raw.tell() if self._seekable else 0
        self.size: int | None = None
        if self._seekable:
            self.size = raw.seek(0, io.SEEK_END) - self._start
            raw.seek(self._start)
        self.raw = raw
        self.head = raw.read(HEAD_BYTES) or b""
        self.ctx = ctx
        self.cap = cap
        self.reader: CappedReader | None = None

    def buffered(self) -> io.BufferedReader:
        """head + rest as a buffered stream, capped at `cap` bytes."""
        self.reader = CappedReader(self.raw, self.head, self.cap)
        return io.BufferedReader(self.reader, buffer_size=64 * 1024)

    def whole(self, ctx: Context, what: str) -> bytes | None:
        """The whole object for a parser that needs it in memory, or None (a problem
        recorded) when it is larger than max_document_bytes."""
        cap = ctx.limits.max_document_bytes
        data = self.buffered().read(cap + 1)
        if len(data) > cap:
            ctx.problem("", f"{what} larger than {cap} bytes; skipped")
            return None
        return data

    def text(self) -> io.TextIOWrapper:
        return io.TextIOWrapper(
            self.buffered(), encoding=detect_encoding(self.head), errors=FALLBACK, newline=""
        )

    def seekable_file(self, limit: int) -> IO[bytes] | None:
        """The object as a seekable file (for zip, PDF, DOCX), or None if over `limit` bytes."""
        if self._seekable and self.size is not None:
            if self.size > limit:
                return None
            self.raw.seek(self._start)
            return self.raw
        # spooled to a temporary file past 16 MiB so memory stays bounded.
        spool = tempfile.SpooledTemporaryFile(max_size=16 * MiB)
        src = CappedReader(self.raw, self.head, limit + 1)
        shutil.copyfileobj(src, spool, 1024 * 1024)
        if src.count > limit:
            spool.close()
            return None
        spool.seek(0)
        return spool  # type: ignore[return-value]

    def truncated(self) -> bool:
        return self.reader is not None and self.reader.capped


def _seekable(raw: IO[bytes]) -> bool:
    try:
        return bool(raw.seekable()) and raw.tell() >= 0
    except (AttributeError, OSError, ValueError):
        return False


def _fallback(err: UnicodeError) -> tuple[str, int]:
    """Bytes that are not valid in the guessed encoding: read them as cp1252 (latin-1 for the
    five bytes cp1252 leaves undefined), so a mixed file decodes without crashing."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start : err.end]
    out = []
    for byte in bad:
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out), err.end


FALLBACK = "pdmap-cp1252"
codecs.register_error(FALLBACK, _fallback)


def detect_encoding(head: bytes) -> str:
    """utf-8 (with or without BOM), utf-16 by BOM, else cp1252 (which never fails with
    the fallback handler)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"


def decode_head(head: bytes) -> str:
    enc = detect_encoding(head)
    return codecs.getincrementaldecoder(enc)(errors=FALLBACK).decode(head, final=False)


def lines(text: IO[str], ctx: Context) -> Iterator[tuple[int, str]]:
    """(line number, line) with bounded length; a longer line is split and reported once."""
    n = 0
    reported = False
    limit = ctx.limits.max_line_chars
    while True:
        line = text.readline(limit)
        if not line:
            return
        n += 1
        if len(line) >= limit and not line.endswith("\n") and not reported:
            ctx.problem(f"line:{n}", f"line longer than {limit} characters; split")
            reported = True
        yield n, line
