"""JSON documents and JSON Lines, flattened to key-path fields (`customer.email`).

A document that is an array yields one sub-record per element (`$[3]`). A document that
is an object yields one sub-record per element of each array of objects it holds
(`$.customers[3]`, fields `customers.email`), plus one `$` sub-record for the rest.
Inside a sub-record, arrays of scalars are joined with "; " and arrays of objects are
merged key by key, so the fields stay the same from one record to the next.
JSON Lines yield one sub-record per line (`line:N`); a bad line is reported and skipped.

A key that holds an identifier (an e-mail, a phone, an IBAN, a card: `{"users":
{"jane@example.com": {...}}}`) is data, not a name: its path segment is `*` (fields
`users.*.name`, never the address) and the key itself is the value of the field
`users.*(key)`, so the record links to that person and no field name holds a raw value.
An object under such a key is a sub-record of its own (one person's), and sub-records
under such keys are told apart in the part by their order (`$.users.*#2[0]`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from connectors.formats.streams import FALLBACK, Context, Opened, clip, lines
from scanner.identifiers.text import identifiers

JOIN = "; "


def read_jsonl(opened: Opened, ctx: Context) -> Iterator[tuple[str, dict[str, object]]]:
    for n, line in lines(opened.text(), ctx):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except (ValueError, RecursionError):
            ctx.problem(f"line:{n}", "not valid JSON; skipped")
            continue
        yield f"line:{n}", flatten(value, ctx)


def read_json(opened: Opened, ctx: Context) -> Iterator[tuple[str, dict[str, object]]]:
    # the stdlib parser needs the whole document; documents over max_document_bytes
    # are reported and skipped (JSON Lines stream and have no such cap).
    data = opened.whole(ctx, "JSON document")
    if data is None:
        return
    try:
        doc = json.loads(data.decode(_json_encoding(data), errors=FALLBACK))
    except (ValueError, RecursionError):
        ctx.problem("", "not valid JSON; skipped")
        return
    del data
    if isinstance(doc, list):
        for i, element in enumerate(doc):
            yield f"$[{i}]", flatten(element, ctx)
        return
    if not isinstance(doc, dict):
        yield "$", flatten(doc, ctx)
        return
    rest: list[tuple[str, Any, list[str]]] = []
    seen: dict[str, int] = {}
    limit = ctx.limits.max_field_chars
    for path, array, remainder, keys in _split(doc, "", 0, ctx.limits.max_json_depth):
        if array is None:
            rest.append((path, remainder, keys))
            continue
        part = path
        if keys:  # two people's arrays share the starred path: their order tells
            seen[path] = seen.get(path, 0) + 1
            part = f"{path}#{seen[path]}"
        for i, element in enumerate(array):
            record = flatten(element, ctx, path)
            for key in keys:
                _put(record, f"{path}(key)", key, limit)
            yield f"$.{part}[{i}]", record
    if rest:
        values: dict[str, object] = {}
        for path, value, keys in rest:
            _flatten(value, path, 1, ctx, values)
            for key in keys:
                _put(values, f"{path}(key)", key, limit)
        yield "$", values


def _split(
    obj: dict[str, Any], prefix: str, depth: int, max_depth: int, keys: tuple[str, ...] = ()
) -> Iterator[tuple[str, list[Any] | None, Any, list[str]]]:
    """(path, array of objects, None, keys) for each array of objects under nested objects,
    and (path, None, value, keys) for everything else; keys: the identifiers that were keys
    on the way (their segments are `*`)."""
    for key, value in obj.items():
        segment, found = _segment(key)
        path = f"{prefix}.{segment}" if prefix else segment
        held = (*keys, found) if found is not None else keys
        if found is not None and isinstance(value, dict):  # one person's record, by key
            yield path, [value], None, list(held)
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            yield path, value, None, list(held)
        elif isinstance(value, dict) and depth < max_depth:
            yield from _split(value, path, depth + 1, max_depth, held)
        else:
            yield path, None, value, list(held)


@lru_cache(maxsize=65536)
def _segment(key: object) -> tuple[str, str | None]:
    """A key's path segment: `*` (and the key, a value) when it holds an identifier."""
    text = str(key)
    if len(text) <= 320 and ("@" in text or any(c.isdigit() for c in text)) \
            and identifiers(text):
        return "*", text
    return text, None


def flatten(value: Any, ctx: Context, prefix: str = "") -> dict[str, object]:
    """Key paths → scalar values; a scalar document is the field `value`."""
    out: dict[str, object] = {}
    _flatten(value, prefix, 0, ctx, out)
    return out


def _flatten(value: Any, path: str, depth: int, ctx: Context, out: dict[str, object]) -> None:
    _walk(value, path, depth, ctx.limits.max_field_chars, ctx.limits.max_json_depth, out)


def _walk(value: Any, path: str, depth: int, limit: int, max_depth: int,
          out: dict[str, object]) -> None:
    """_flatten's recursion, the limits passed along; a scalar under an object is put
    without a call of its own (most values are)."""
    if isinstance(value, dict | list) and depth >= max_depth:
        _put(out, path or "value", clip(json.dumps(value, ensure_ascii=False), limit), limit)
        return
    if isinstance(value, dict):
        for key, child in value.items():
            segment, found = _segment(key)
            child_path = f"{path}.{segment}" if path else segment
            if found is not None:
                _put(out, f"{child_path}(key)", found, limit)
            if isinstance(child, dict | list):
                _walk(child, child_path, depth + 1, limit, max_depth, out)
                continue
            if isinstance(child, str) and len(child) > limit:
                child = child[:limit]
            name = child_path or "value"
            if out.get(name) is None:  # _put, unrolled
                out[name] = child
            elif child is not None:
                out[name] = clip(f"{out[name]}{JOIN}{child}", limit)
    elif isinstance(value, list):
        for child in value:
            _walk(child, path, depth + 1, limit, max_depth, out)
    elif isinstance(value, str):
        _put(out, path or "value", clip(value, limit), limit)
    else:
        _put(out, path or "value", value, limit)


def _put(out: dict[str, object], key: str, value: object, limit: int) -> None:
    if key not in out or out[key] is None:
        out[key] = value
    elif value is not None:
        out[key] = clip(f"{out[key]}{JOIN}{value}", limit)


def _json_encoding(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    return "utf-8"
