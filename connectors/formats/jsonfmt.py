"""JSON documents and JSON Lines, flattened to key-path fields (`customer.email`).

A document that is an array yields one sub-record per element (`$[3]`). A document that
is an object yields one sub-record per element of each array of objects it holds
(`$.customers[3]`, fields `customers.email`), plus one `$` sub-record for the rest.
Inside a sub-record, arrays of scalars are joined with "; " and arrays of objects are
merged key by key, so the fields stay the same from one record to the next.
JSON Lines yield one sub-record per line (`line:N`); a bad line is reported and skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from connectors.formats.streams import FALLBACK, Context, Opened, clip, lines

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
    # NOTE: the stdlib parser needs the whole document; documents over max_document_bytes
    # are reported and skipped (JSON Lines stream and have no such cap).
    cap = ctx.limits.max_document_bytes
    data = opened.buffered().read(cap + 1)
    if len(data) > cap:
        ctx.problem("", f"JSON document larger than {cap} bytes; skipped")
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
    rest: dict[str, Any] = {}
    for path, array, remainder in _split(doc, "", 0, ctx.limits.max_json_depth):
        if array is None:
            rest[path] = remainder
            continue
        for i, element in enumerate(array):
            yield f"$.{path}[{i}]", flatten(element, ctx, path)
    if rest:
        values: dict[str, object] = {}
        for path, value in rest.items():
            _flatten(value, path, 1, ctx, values)
        yield "$", values


def _split(
    obj: dict[str, Any], prefix: str, depth: int, max_depth: int
) -> Iterator[tuple[str, list[Any] | None, Any]]:
    """(path, array of objects, None) for each array of objects under nested objects, and
    (path, None, value) for everything else."""
    for key, value in obj.items():
        path = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            yield path, value, None
        elif isinstance(value, dict) and depth < max_depth:
            yield from _split(value, path, depth + 1, max_depth)
        else:
            yield path, None, value


def flatten(value: Any, ctx: Context, prefix: str = "") -> dict[str, object]:
    """Key paths → scalar values; a scalar document is the field `value`."""
    out: dict[str, object] = {}
    _flatten(value, prefix, 0, ctx, out)
    return out


def _flatten(value: Any, path: str, depth: int, ctx: Context, out: dict[str, object]) -> None:
    limit = ctx.limits.max_field_chars
    if isinstance(value, dict | list) and depth >= ctx.limits.max_json_depth:
        _put(out, path or "value", clip(json.dumps(value, ensure_ascii=False), limit), limit)
        return
    if isinstance(value, dict):
        for key, child in value.items():
            _flatten(child, f"{path}.{key}" if path else str(key), depth + 1, ctx, out)
    elif isinstance(value, list):
        for child in value:
            _flatten(child, path, depth + 1, ctx, out)
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
