"""Plain text, cut in chunks of whole paragraphs (field `text`) for NER.

A chunk ends at a blank line once it holds a quarter of `text_chunk_chars`, and at any
line once it holds `text_chunk_chars`; a longer line is cut. Items are `line:N`, the
line the chunk starts on, so a person can find it and `fetch` can find it again.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from connectors.formats.streams import Context, Opened, clip, lines


def read_text(opened: Opened, ctx: Context) -> Iterator[tuple[str, dict[str, object]]]:
    units = lines(opened.text(), ctx)
    for label, chunk in numbered(chunks(units, ctx.limits.text_chunk_chars)):
        yield f"line:{label}", {"text": clip(chunk, ctx.limits.max_field_chars)}


def numbered(found: Iterable[tuple[int, str]]) -> Iterator[tuple[str, str]]:
    """Unique labels: the pieces of one cut line are N, N.2, N.3 ..."""
    previous, k = -1, 1
    for start, chunk in found:
        if not chunk:
            continue
        k = k + 1 if start == previous else 1
        previous = start
        yield (str(start) if k == 1 else f"{start}.{k}"), chunk


def chunks(units: Iterable[tuple[int, str]], size: int) -> Iterator[tuple[int, str]]:
    """(first unit number, text) from numbered lines or paragraphs; a blank unit is a
    paragraph break."""
    size = max(size, 1)
    buf: list[str] = []
    length = 0
    start = 0
    for n, unit in units:
        if not unit.strip():
            if length >= size // 4:
                yield start, "".join(buf).strip()
                buf, length = [], 0
            elif buf:
                buf.append(unit)
                length += len(unit)
            continue
        while len(unit) > size:  # a very long line: cut it, keep its number
            if buf:
                yield start, "".join(buf).strip()
                buf, length = [], 0
            yield n, unit[:size].strip()
            unit = unit[size:]
        if not buf:
            start = n
        buf.append(unit)
        length += len(unit)
        if length >= size:
            yield start, "".join(buf).strip()
            buf, length = [], 0
    if buf and "".join(buf).strip():
        yield start, "".join(buf).strip()
