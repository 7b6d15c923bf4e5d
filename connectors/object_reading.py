"""What reading an object takes beside the store: the opened Body, ReadError, the bytes as
a reader gets them (cut lines, a closed JSON prefix, a sample of whole lines), the kind of
a field from sampled values, records narrowed to the fields asked.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import IO, NamedTuple

from connectors.formats import Limits
from connectors.object_cuts import Cuts, LineCutter, cut_document, read_exactly
from scanner.core.types import Record

LINE_FORMATS = frozenset({"csv", "jsonl", "text", "access_log"})  # a prefix of lines reads
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


class Body(NamedTuple):
    """An opened object: its bytes and what the store says about this version of it."""

    stream: IO[bytes]
    etag: str
    version: str | None = None
    content_type: str | None = None


class ReadError(Exception):
    """An object that exists but cannot be read now; the message names no value."""


def bounded(stream: IO[bytes], fmt: str, size: int, limits: Limits, cuts: Cuts | None,
            sample: int | None = None) -> IO[bytes]:
    """The object's bytes as its reader gets them: long lines of a line format cut, a JSON
    document over max_document_bytes cut and closed; with `sample`, a prefix of that many
    bytes, up to its last whole line."""
    partial = False
    if sample is not None:
        stream, partial = whole_lines(stream, sample)
    limit = limits.max_line_chars
    if fmt in LINE_FORMATS and limit > 2:
        return io.BufferedReader(LineCutter(stream, limit, fmt, cuts, partial), 64 * 1024)
    if fmt == "json":
        return cut_document(stream, limits.max_document_bytes, size, cuts)
    return stream


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




def only(records: Iterator[Record], wanted: set[str]) -> Iterator[Record]:
    for record in records:
        if not wanted:
            yield record
            continue
        values = {k: v for k, v in record.values.items() if k in wanted}
        if values:
            yield Record(record.locator, values)


def range_of(length: int, size: int) -> int | None:
    """`length` if the object is (or may be) longer, else None: read it whole."""
    return length if size < 0 or size > length else None


def whole_lines(stream: IO[bytes], length: int) -> tuple[IO[bytes], bool]:
    """The first `length` bytes of an object known to be longer, up to the last whole line;
    all of them when they hold no whole line (True then: the stream ends mid-line).

    A sample of a large line-based object is a prefix; the cut line would be a bad
    row or bad JSON reported as a problem the object does not have.
    """
    data = read_exactly(stream.read, length)
    if len(data) == length:
        end = max(data.rfind(b"\n"), data.rfind(b"\r")) + 1
        if end:
            return io.BytesIO(data[:end]), False
        return io.BytesIO(data), True
    return io.BytesIO(data), False
