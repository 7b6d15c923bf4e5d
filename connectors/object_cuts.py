"""No silent misses in objects: what is cut (a line longer than `max_line_chars`, a JSON
document over `max_document_bytes`, a record with more than `max_columns` fields, a value
past `max_field_chars`) is scanned up to there and said once per object (`Cuts`); the
streams that cut lines and close a cut JSON prefix so that it still parses.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from connectors.formats import printable
from connectors.object_keys import key_values, masked_key


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

    Lines end at \\n, \\r\\n or \\r, as the readers' universal newlines do. A file
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
    data = read_exactly(stream.read, cap + 1)
    if len(data) <= cap or data[:2] in _UTF16_BOMS:
        return io.BytesIO(data)  # UTF-16 is left to the reader, which skips it
    if cuts is not None:
        cuts.document = size if size > cap else -1
    return io.BytesIO(close_json(_utf8_prefix(data[:cap]), cap))


def read_exactly(read: Callable[[int], bytes], n: int) -> bytes:
    chunks, got = [], 0
    while got < n:
        chunk = read(n - got)
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)
