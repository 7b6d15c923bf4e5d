"""Turn any supported object into sub-records `(item, values)`; the entry points.

`iter_records` is what connectors call; it never raises for a bad object: problems go to
`on_problem(place, message)`, skips to `on_skip(place, counter)`, and the iteration ends.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import IO

from connectors.formats.accesslog import read_access_log
from connectors.formats.archive import read_gzip, read_zip
from connectors.formats.csvfmt import read_csv
from connectors.formats.eml import read_eml
from connectors.formats.jsonfmt import read_json, read_jsonl
from connectors.formats.limits import DEFAULT_LIMITS, Limits
from connectors.formats.pdf import read_pdf
from connectors.formats.sniff import sniff
from connectors.formats.streams import (
    Budget,
    CapHit,
    Context,
    OnProblem,
    OnSkip,
    Opened,
    printable,
)
from connectors.formats.text import read_text

SubRecord = tuple[str, dict[str, object]]
READABLE = frozenset(
    {"csv", "json", "jsonl", "text", "access_log", "eml", "pdf", "docx", "zip", "gzip"}
)


def iter_records(
    stream: IO[bytes],
    name: str,
    content_type: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    on_problem: OnProblem | None = None,
    on_skip: OnSkip | None = None,
) -> Iterator[SubRecord]:
    """Sub-records of one object read from `stream` (binary, read from its current place).

    At most limits.max_records are yielded; every cap hit and unreadable part is reported.
    """
    ctx = Context(limits, on_problem, on_skip, read_member=read_member)
    n = 0
    try:
        for record in read_object(stream, name, content_type, ctx):
            n += 1
            if n > limits.max_records:
                ctx.problem("", f"record count cap hit ({limits.max_records}); rest skipped")
                return
            yield record
    except CapHit as e:
        ctx.problem("", str(e))
    except Exception as e:  # a reader bug or library error ends this object only
        ctx.problem("", f"unreadable object ({type(e).__name__}); rest skipped")


def read_object(
    stream: IO[bytes], name: str, content_type: str | None, ctx: Context
) -> Iterator[SubRecord]:
    """Sniff, then read with the right reader; also used for archive members."""
    opened = Opened(stream, ctx, ctx.limits.max_object_bytes)
    if ctx.budget is None:  # the top-level object owns the archive budget

        def compressed() -> int:
            return max(opened.size or 0, opened.reader.count if opened.reader else 0)

        ctx.budget = Budget(ctx.limits, compressed)
    fmt = sniff(name, opened.head, content_type)
    if fmt == "binary":
        ctx.skip("", "skipped_binary")
        return
    if fmt == "unknown":
        ctx.skip("", "skipped_empty")
        return
    yield from _READERS[fmt](opened, ctx, name)
    if opened.truncated():
        ctx.problem("", f"object larger than {ctx.limits.max_object_bytes} bytes; rest skipped")


def read_member(
    stream: IO[bytes], name: str, content_type: str | None, child: Context
) -> Iterator[SubRecord]:
    """An archive member or attachment (read with `child = ctx.child(name)`): its items get
    a `member:<name>/` prefix; nested members add theirs inside."""
    segment = f"member:{printable(name)}/"
    for item, values in read_object(stream, name, content_type, child):
        yield segment + item, values


_READERS = {
    "csv": read_csv,
    "json": lambda o, c, n: read_json(o, c),
    "jsonl": lambda o, c, n: read_jsonl(o, c),
    "text": lambda o, c, n: read_text(o, c),
    "access_log": lambda o, c, n: read_access_log(o, c),
    "eml": lambda o, c, n: read_eml(o, c),
    "pdf": lambda o, c, n: read_pdf(o, c),
    "docx": read_zip,
    "zip": read_zip,
    "gzip": read_gzip,
}


def find_record(
    stream: IO[bytes],
    name: str,
    item: str,
    content_type: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> dict[str, object] | None:
    """The values of sub-record `item`, or None if the object no longer has it.

    A linear re-read that stops at the item; exports fetch few records, and a
    re-read needs no index of offsets that would go stale when the object changes.
    """
    for found, values in iter_records(stream, name, content_type, limits):
        if found == item:
            return values
    return None


def extract_text(
    data: bytes,
    filename: str | None,
    content_type: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    on_problem: OnProblem | None = None,
) -> str | None:
    """The text of an attachment (text, CSV, JSON, log, PDF, DOCX, .eml, archives of these),
    one line per sub-record, at most limits.max_extract_chars; None if it holds no text
    we can read (binary, empty, unsupported)."""
    if sniff(filename or "", data[:8192], content_type) not in READABLE:
        return None
    parts: list[str] = []
    size = 0
    for _item, values in iter_records(io.BytesIO(data), filename or "", content_type, limits,
                                      on_problem):
        line = " ".join(str(v) for v in values.values() if v is not None and v != "")
        if not line:
            continue
        parts.append(line)
        size += len(line) + 1
        if size >= limits.max_extract_chars:
            break
    text = "\n".join(parts)[: limits.max_extract_chars]
    return text or None
