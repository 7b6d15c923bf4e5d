"""A small JSON Schema validator (draft 2020-12, the keywords pdmap's schema uses) that
stops at the first error, in document order, as (key path, message) worded for people.

A subschema's `x-messages` (an annotation other validators ignore) maps a keyword to the
message pdmap prints when it fails; not `errorMessage`, which editors show as it is (and a
mapping as [object Object]).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from typing import Any

Schema = dict[str, Any]

# What the validator checks; ANNOTATIONS it reads (x-messages) or ignores.
KEYWORDS = frozenset({
    "$ref", "type", "enum", "const", "minimum", "maximum", "exclusiveMinimum", "minLength",
    "pattern", "properties", "additionalProperties", "propertyNames", "required", "items",
    "minItems", "allOf", "anyOf", "not", "if", "then", "else",
})
ANNOTATIONS = frozenset({"$schema", "$defs", "title", "description", "default",
                         "x-messages"})

_TYPES: dict[str, Any] = {
    "object": lambda v: isinstance(v, dict), "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str), "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
}
Error = tuple[str, str]  # (key path, message)


def first_error(instance: Any, root: Schema) -> Error | None:
    """The first place where `instance` breaks the schema `root`, in document order."""
    return next(_errors(instance, root, "", root), None)


def key_path(where: str, key: Any) -> str:
    return f"{where}.{key}" if where else str(key)


def _errors(v: Any, s: Schema, where: str, root: Schema) -> Iterator[Error]:
    if "$ref" in s:
        yield from _errors(v, _resolve(s["$ref"], root), where, root)
    types = s.get("type")
    if types is not None:
        if not any(_TYPES[t](v) for t in ([types] if isinstance(types, str) else types)):
            yield where, f"{_message(s, 'type', 'expected ' + noun(s, root))}, not {shown(v)}"
            return
    if "const" in s and not _same(v, s["const"]):
        yield where, f"expected {shown(s['const'])}, not {shown(v)}"
    if "enum" in s and not any(_same(v, e) for e in s["enum"]):
        yield where, f"{shown(v)} {_enum_message(v, s)}"
    yield from _scalar_errors(v, s, where, root)
    if isinstance(v, dict):
        yield from _object_errors(v, s, where, root)
    if isinstance(v, list):
        if len(v) < s.get("minItems", 0):
            n = s["minItems"]
            yield where, f"expected at least {n} item{'s' if n > 1 else ''}, not {len(v)}"
        if "items" in s:
            for i, item in enumerate(v):
                yield from _errors(item, s["items"], f"{where}[{i}]", root)
    yield from _combined_errors(v, s, where, root)


def _scalar_errors(v: Any, s: Schema, where: str, root: Schema) -> Iterator[Error]:
    if _TYPES["number"](v):
        out = (v < s.get("minimum", v) or v > s.get("maximum", v)
               or ("exclusiveMinimum" in s and v <= s["exclusiveMinimum"]))
        if out:
            yield where, f"{_message(s, 'type', 'expected ' + noun(s, root))}, not {shown(v)}"
    if isinstance(v, str):
        if len(v) < s.get("minLength", 0):
            yield where, f"expected {noun(s, root)}, not {shown(v)}"
        if "pattern" in s and not re.search(s["pattern"], v):
            yield where, (f"{_message(s, 'pattern', 'expected a string matching ' + s['pattern'])}"
                          f", not {shown(v)}")


def _object_errors(v: dict[Any, Any], s: Schema, where: str, root: Schema) -> Iterator[Error]:
    props = s.get("properties", {})
    extra = s.get("additionalProperties", True)
    for k, item in v.items():
        here = key_path(where, k)
        if "propertyNames" in s and next(_errors(k, s["propertyNames"], here, root), None):
            yield here, _message(s, "propertyNames", "not a valid key")
        if k in props:
            yield from _errors(item, props[k], here, root)
        elif extra is False:
            yield here, _message(s, "additionalProperties", "unknown key") + nearest(k, props)
        elif isinstance(extra, dict):
            yield from _errors(item, extra, here, root)
    for name in s.get("required", ()):
        if name not in v:
            yield where, _message(s, "required", f"{name!r} is required")


def _combined_errors(v: Any, s: Schema, where: str, root: Schema) -> Iterator[Error]:
    for sub in s.get("allOf", ()):
        yield from _errors(v, sub, where, root)
    if "anyOf" in s and not any(_valid(v, sub, root) for sub in s["anyOf"]):
        fitting = [sub for sub in s["anyOf"] if _fits_type(v, sub, root)]
        if len(fitting) == 1:  # the branch meant: its own error says more
            yield from _errors(v, fitting[0], where, root)
        else:
            nouns = " or ".join(noun(sub, root) for sub in s["anyOf"])
            yield where, f"{_message(s, 'anyOf', 'expected ' + nouns)}, not {shown(v)}"
    if "not" in s and _valid(v, s["not"], root):
        yield where, _message(s, "not", "not allowed here")
    if "if" in s:
        branch = s.get("then") if _valid(v, s["if"], root) else s.get("else")
        if branch is not None:
            yield from _errors(v, branch, where, root)


def _valid(v: Any, s: Schema, root: Schema) -> bool:
    return next(_errors(v, s, "", root), None) is None


def _fits_type(v: Any, s: Schema, root: Schema) -> bool:
    s = _resolve(s["$ref"], root) if "$ref" in s else s
    types = s.get("type")
    return types is None or any(_TYPES[t](v) for t in ([types] if isinstance(types, str)
                                                        else types))


def _resolve(ref: str, root: Schema) -> Schema:
    node: Any = root
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return dict(node)


def _same(a: Any, b: Any) -> bool:
    """JSON equality: true is not 1."""
    return type(a) is type(b) and a == b if isinstance(a, bool) or isinstance(b, bool) \
        else a == b


def _message(s: Schema, keyword: str, default: str) -> str:
    return str(s.get("x-messages", {}).get(keyword, default))


def _enum_message(v: Any, s: Schema) -> str:
    allowed = [e for e in s["enum"] if e is not None]
    if len(allowed) <= 8:
        return _message(s, "enum", "is not one of " + ", ".join(map(str, allowed)))
    return (_message(s, "enum", "is not one of the values allowed")
            + nearest(v, allowed, listing=False))


def nearest(key: Any, known: Mapping[str, Any] | list[str], *, listing: bool = True) -> str:
    """` (did you mean 'x'?)`, or the valid names when they are few."""
    names = [str(k) for k in known]
    near = difflib.get_close_matches(str(key), names, n=1)
    if near:
        return f" (did you mean {near[0]!r}?)"
    if not listing:
        return ""
    return f" (expected one of {', '.join(names)})" if len(names) <= 12 else \
        " (docs/config.md lists them)"


def noun(s: Schema, root: Schema) -> str:
    """What a value of the schema is, in words: `a whole number >= 1`, `a mapping`."""
    s = _resolve(s["$ref"], root) if "$ref" in s else s
    if "enum" in s and len(s["enum"]) <= 8:
        return "one of " + ", ".join(str(e) for e in s["enum"] if e is not None)
    types = s.get("type", [])
    types = [types] if isinstance(types, str) else types
    words = {"object": "a mapping", "array": "a list", "boolean": "true or false",
             "string": "a non-empty string" if s.get("minLength") else "a string",
             "integer": "a whole number" + _range(s), "number": "a number" + _range(s)}
    named = [words[t] for t in types if t in words]
    return " or ".join(named) if named else "null" if types else "a value"


def _range(s: Schema) -> str:
    low, high = s.get("minimum"), s.get("maximum")
    if "exclusiveMinimum" in s:
        return f" > {s['exclusiveMinimum']}"
    if low is not None and high is not None:
        return f" from {low} to {high}"
    return f" >= {low}" if low is not None else f" <= {high}" if high is not None else ""


def mask_url(url: str) -> str:
    """The URL with any password replaced by ***; for logs, reports and errors (here so
    that error messages can use it; `scanner.core.config` gives it to everyone else)."""
    return re.sub(r"^([\w+.-]+://[^:/@]*):[^@/]*@", r"\1:***@", url)


def shown(v: Any) -> str:
    """A value as an error may show it: scalars only, URL passwords masked, short."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return repr(v)
    if isinstance(v, str):
        masked = mask_url(v)
        return repr(masked if len(masked) <= 60 else masked[:57] + "...")
    return "a mapping" if isinstance(v, dict) else "a list" if isinstance(v, list) else \
        f"a {type(v).__name__}"
