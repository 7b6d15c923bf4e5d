"""The schema of pdmap.yaml (JSON Schema, draft 2020-12) and the validator that reads it.

One source of truth: `build_schema()` declares every key the loader accepts (types,
ranges, enums, required keys, defaults, descriptions) and the options of each connector,
keyed by URL scheme. `scanner.core.config` validates a config with `first_error()` against it
before building anything; the file shipped for editors, `scanner/core/pdmap.schema.json`, is
its JSON text (`python -m scanner.core.config_schema` writes it; a test checks it is current).

The validator knows the keywords the schema uses (KEYWORDS) and stops at the first error,
in document order, as (key path, message). A subschema's `x-messages` (an annotation
other validators ignore) maps a keyword to the message pdmap prints when it fails.
NOTE: not `errorMessage`: editors show that one as it is, and a mapping as [object Object].

NOTE: the defaults of the connectors' options are repeated here (a module of the
scanner cannot import the connectors, which import it); tests compare them with the
connectors' own.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

DEFAULT_INDEX = "sqlite:///.pdmap/index.db"
DEFAULT_KEY_FILE = ".pdmap/key"
DEFAULT_SAMPLE_SIZE = 200
DEFAULT_REGION = "FR"
LANGUAGES = ("en", "fr")
LINK_ROLES = ("owner", "reference", "ignore")
# A person plausibly has a few e-mails, phones, accounts: more in one subject suggests
# people merged by mistake (docs/subjects.md, "Over-merged subjects").
DEFAULT_SUBJECT_LIMITS = {"email": 5, "phone": 5, "iban": 5, "card": 5, "national_id": 3,
                          "passport": 3}

SCHEMA_FILE = Path(__file__).with_name("pdmap.schema.json")
MiB = 1024 * 1024
Schema = dict[str, Any]


# -- building blocks -----------------------------------------------------------------------


def whole(description: str, default: int | None = None, minimum: int = 0,
          maximum: int | None = None) -> Schema:
    s: Schema = {"description": description, "type": "integer", "minimum": minimum}
    if maximum is not None:
        s["maximum"] = maximum
    if default is not None:
        s["default"] = default
    return s


def seconds(description: str, default: float) -> Schema:
    return {"description": description, "type": "number", "exclusiveMinimum": 0,
            "default": default}


def flag(description: str, default: bool) -> Schema:
    return {"description": description, "type": "boolean", "default": default}


def text(description: str, default: str | None = None, nullable: bool = False) -> Schema:
    s: Schema = {"description": description, "type": ["string", "null"] if nullable
                 else "string"}
    if not nullable:
        s["minLength"] = 1
    if default is not None:
        s["default"] = default
    return s


def globs(description: str, default: list[str]) -> Schema:
    return {"description": description, "type": ["string", "array", "null"],
            "items": {"type": "string"}, "default": default,
            "x-messages": {"type": "expected a glob or a list of globs"}}


# -- the options of each connector, keyed by URL scheme ------------------------------------

SQL_SCHEMES = ("sqlite", "postgresql", "postgres", "mysql", "mariadb", "mssql", "oracle")

SQL_OPTIONS = {
    "page_size": whole("Rows per page when a table is streamed by keyset pagination.",
                       5000, 1),
    "subject_max_shared": whole(
        "A strong identifier value held by more rows than this in one table never merges "
        "people (it is shared, or garbage).", 1000, 1),
    "subject_worker_rows": whole(
        "Tables of at least this many rows are read and prepared by two worker processes "
        "while the scan writes.", 100_000, 1),
}

# connectors/formats/limits.py: what one object (or one attachment) may yield.
LIMIT_OPTIONS = {
    "max_object_bytes": whole("Bytes read from one object; the rest is skipped.", 1024 * MiB),
    "max_document_bytes": whole(
        "Formats parsed whole (a JSON document, PDF, DOCX, .eml): larger ones are skipped.",
        64 * MiB),
    "max_records": whole("Sub-records read from one object.", 1_000_000),
    "max_field_chars": whole("One value is cut there.", 10_000),
    "max_line_chars": whole("A longer line is split (line-streamed formats).", 1_000_000),
    "text_chunk_chars": whole("Plain text, PDF and DOCX are cut in chunks about this long.",
                              4_000),
    "max_json_depth": whole("Deeper JSON is kept as one serialized value.", 16),
    "max_archive_depth": whole("gzip/zip nesting followed.", 2),
    "max_archive_members": whole("Members read from one top-level object.", 1_000),
    "max_expanded_bytes": whole("Bytes decompressed from one top-level object.", 256 * MiB),
    "max_expansion_ratio": whole("Decompressed / compressed bytes allowed past the first MiB.",
                                 200),
    "max_extract_chars": whole("Text extracted from one document.", 1_000_000),
    "max_problems": whole("Problems reported per object before the rest are summarized.", 20),
}

OBJECT_OPTIONS = {
    "max_file_bytes": whole("Objects larger than this are skipped whole (and reported); "
                            "no limit by default."),
    "sample_objects": whole("Objects sampled per container to find its fields.", 5, 1),
    "sample_bytes": whole("Bytes read from each sampled object whose format streams by line.",
                          MiB, 1),
    "max_columns": whole("Fields kept of one sub-record (a CSV row, a JSON object); the rest "
                         "are reported, not scanned. 0: no limit.", 1000),
}

S3_OPTIONS = {
    "endpoint_url": text("An S3-compatible endpoint (else $PDMAP_S3_ENDPOINT_URL, else "
                         "$AWS_ENDPOINT_URL, else AWS)."),
    "region": text("The bucket's region."),
    "profile": text("A profile of the AWS shared config files."),
    "addressing_style": {"description": "Bucket in the path or in the host name; path by "
                         "default with an endpoint_url, else auto.", "type": "string",
                         "enum": ["auto", "path", "virtual"]},
    "page_size": whole("Keys per listing page.", 1000, 1, 1000),
    "max_attempts": whole("Attempts per request (throttling, 5xx, connection errors).", 5, 1),
    "max_resumes": whole("Streams re-opened per object after a dropped connection.", 3),
    "connect_timeout": seconds("Seconds to connect.", 10),
    "read_timeout": seconds("Seconds to wait for data.", 60),
}
# NOTE: the S3 connector refuses these too; credentials come from the AWS chain.
S3_CREDENTIALS = ["access_key", "secret_key", "aws_access_key_id", "aws_secret_access_key",
                  "aws_session_token", "session_token", "password"]

# connectors/objects.py and connectors/message.py: names (object keys, files, folders).
NAME_OPTIONS = {
    "phone_region": {"description": "The region of phone numbers without a country code "
                                    "found in object keys, file and folder names (kept as "
                                    "digests, shown masked).",
                     "type": "string", "pattern": "^[A-Z]{2}$", "default": DEFAULT_REGION,
                     "x-messages": {"pattern": "expected a two-letter region code in "
                                               "capitals (FR, GB, US...)"}},
}

# connectors/message.py MailLimits, and scanner/link/mail.py.
MAIL_OPTIONS = {
    "max_message_bytes": whole("A larger message is not read whole (recorded).", 50 * MiB),
    "max_attachment_bytes": whole("A larger attachment is skipped and recorded.", 20 * MiB),
    "max_body_chars": whole("The body is cut there (recorded).", 100_000),
    "max_attachment_chars": whole("Each attachment.* field is cut there (recorded).", 100_000),
    "max_attachments": whole("Parts looked at per message.", 100),
    "ner": flag("Find names in message text with NER; false links messages by addresses "
                "and identifiers only.", True),
    "ner_processes": whole("Processes that NER runs in.", 1, 1),
}

EML_OPTIONS = {
    "patterns": {"description": "File-name globs of the messages (case-insensitive).",
                 "type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1,
                 "default": ["*.eml"], "x-messages": {"type": "expected a list of globs"}},
}

IMAP_OPTIONS = {
    "starttls": flag("imap:// only: upgrade the connection with STARTTLS; false reads in "
                     "plain text (loopback tests only).", True),
    "ca_file": text("A PEM bundle of the certificate authorities to trust."),
    "tls_verify": flag("Check the server's certificate and host name.", True),
    "timeout": seconds("Seconds to wait for the server.", 30),
    "batch_size": whole("Messages per UID FETCH.", 100, 1),
}

# scheme group -> (URL schemes, options). A scheme no group names (a plug-in's) takes any
# options; `scanner.core.config.scheme_of` gives a URL's scheme (a plain path is `file`).
SCHEME_OPTIONS: dict[str, tuple[tuple[str, ...], dict[str, Schema]]] = {
    "sql": (SQL_SCHEMES, SQL_OPTIONS),
    "file": (("file",), {**OBJECT_OPTIONS, **LIMIT_OPTIONS, **NAME_OPTIONS}),
    "s3": (("s3",), {**OBJECT_OPTIONS, **LIMIT_OPTIONS, **S3_OPTIONS, **NAME_OPTIONS}),
    "mbox-maildir": (("mbox", "maildir"), {**MAIL_OPTIONS, **LIMIT_OPTIONS, **NAME_OPTIONS}),
    "eml": (("eml",), {**MAIL_OPTIONS, **LIMIT_OPTIONS, **EML_OPTIONS, **NAME_OPTIONS}),
    "imap": (("imap", "imaps"), {**MAIL_OPTIONS, **LIMIT_OPTIONS, **IMAP_OPTIONS,
                                 **NAME_OPTIONS}),
}


def options_for(scheme: str) -> dict[str, Schema] | None:
    """The options a source of this URL scheme takes; None: any (no schema for it)."""
    return next((opts for schemes, opts in SCHEME_OPTIONS.values() if scheme in schemes),
                None)


def _scheme_pattern(schemes: tuple[str, ...]) -> str:
    if schemes == ("file",):  # NOTE: a URL without "://" is a plain path: a local folder
        return r"^(file(\+[^:/]*)?://|(?!.*://))"
    return rf"^({'|'.join(schemes)})(\+[^:/]*)?://"


def _options_schema(group: str, schemes: tuple[str, ...], opts: dict[str, Schema]) -> Schema:
    names = ", ".join(f"{s}://" for s in schemes)
    s: Schema = {"description": f"The options of {names} sources.",
                 "type": ["object", "null"], "additionalProperties": False,
                 "properties": opts,
                 "x-messages": {"additionalProperties": f"unknown option for {names} sources",
                                  "type": "expected a mapping of options"}}
    if group == "s3":
        s["propertyNames"] = {"not": {"enum": S3_CREDENTIALS}}
        s["x-messages"]["propertyNames"] = ("credentials come from the AWS chain "
                                              "(environment, profile), never from the config")
    return s


# -- pdmap.yaml ----------------------------------------------------------------------------


def _source() -> Schema:
    return {
        "description": "A source to scan: a mapping with its URL, or the URL alone.",
        "type": "object",
        "additionalProperties": False,
        "required": ["url"],
        "properties": {
            "name": text("The source's name in the index, reports and packages (unique); "
                         "derived from the URL when absent."),
            "url": text("sqlite:///shop.db, postgresql://user@host/db, mysql://..., "
                        "imaps://user@host/INBOX, mbox://mail/in.mbox, maildir://..., "
                        "eml://..., file://folder or a plain path, s3://bucket/prefix. Never "
                        "a password: it comes from the environment. Relative paths are "
                        "relative to this file."),
            "include": globs("Globs on container names (schema.table, folder, key) to scan.",
                             ["*"]),
            "exclude": globs("Globs on container names to leave out.", []),
            "sample_size": whole("Rows (or records) sampled per container; the top-level "
                                 "sample_size by default.", None, 1),
            "options": {"description": "The connector's options (see docs/config.md); "
                        "checked against the URL's scheme.", "type": ["object", "null"],
                        "x-messages": {"type": "expected a mapping of options"}},
            "password_env": {
                "description": "The environment variable that holds the password (default "
                               "PDMAP_PASSWORD_<NAME>).",
                "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$",
                "x-messages": {"pattern": "expected the name of an environment variable"}},
        },
        "allOf": [
            {"if": {"required": ["url"], "properties": {
                "url": {"type": "string", "pattern": _scheme_pattern(schemes)}}},
             "then": {"properties": {"options": {"$ref": f"#/$defs/options-{group}"}}}}
            for group, (schemes, _opts) in SCHEME_OPTIONS.items()
        ],
        "x-messages": {"required": "expected a mapping with a 'url'"},
    }


def _datamap_entry(categories: list[str]) -> Schema:
    return {
        "description": "A declared field (what it holds, why it is kept, for how long), a "
                       "field that is not personal (with a reason), or a path `pdmap check` "
                       "ignores (with a reason).",
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "container": text("Glob on the container (schema.table, folder, prefix)."),
            "field": text("Glob on the field name."),
            "category": {"description": "A category of rules/categories.yaml, or a family "
                                        "(contact, identity...).",
                         "type": ["string", "null"], "enum": [*categories, None],
                         "x-messages": {"enum": "is not a category of rules/categories.yaml"}},
            "source": text("Glob on the source name.", "*"),
            "purpose": text("Why the field is kept.", nullable=True),
            "legal_basis": text("The legal basis (GDPR art. 6).", nullable=True),
            "retention": text("For how long it is kept.", nullable=True),
            "recipients": {"description": "Who receives it.", "type": ["array", "null"],
                           "items": {"type": "string"}},
            "personal": flag("false: a suppression (the field is not personal); needs a "
                             "reason.", True),
            "reason": text("Why a suppression or an ignored path is right.", nullable=True),
            "path": text("Glob on repository paths that `pdmap check` ignores; needs a "
                         "reason."),
        },
        "allOf": [
            {"if": {"required": ["path"]},
             "then": {"required": ["reason"],
                      "x-messages": {"required": "an ignored path needs a 'reason'"}},
             "else": {"required": ["container", "field"], "x-messages": {
                 "required": "expected a mapping with 'container' and 'field'"}}},
            {"if": {"required": ["personal"], "properties": {"personal": {"const": False}}},
             "then": {"required": ["reason"], "x-messages": {
                 "required": "a field marked not personal needs a 'reason'"}}},
        ],
    }


def _subjects(kinds: list[str]) -> Schema:
    return {
        "description": "How rows are tied to people (docs/subjects.md).",
        "type": ["object", "null"],
        "additionalProperties": False,
        "properties": {
            "max_identifiers": {
                "description": "Distinct strong identifiers of a kind one person plausibly "
                               "has; a subject with more is flagged and its export refused.",
                "type": ["object", "null"], "additionalProperties": False,
                "properties": {k: whole(f"Most {k} identifiers of one person.",
                                        DEFAULT_SUBJECT_LIMITS.get(k), 1) for k in kinds},
                "x-messages": {"additionalProperties": "unknown identifier kind"}},
            "links": {"description": "Corrections of the link plan (`pdmap subjects plan`).",
                      "type": ["array", "null"], "items": {"$ref": "#/$defs/link"}},
        },
    }


def _link() -> Schema:
    return {
        "description": "The link through `column` of `container` is ownership, a reference "
                       "or ignored; without a column, `ignore` leaves the container unlinked.",
        "type": "object",
        "additionalProperties": False,
        "required": ["container", "as"],
        "properties": {
            "container": text("Glob on schema.table."),
            "column": text("The column of the link."),
            "as": {"description": "The role of the link.", "type": "string",
                   "enum": list(LINK_ROLES)},
            "source": text("Glob on the source name.", "*"),
        },
        "allOf": [{"if": {"required": ["as"], "properties": {"as": {"enum": ["owner",
                                                                            "reference"]}}},
                   "then": {"required": ["column"], "x-messages": {
                       "required": "'as: owner' and 'as: reference' need the link's 'column'"}}}],
        "x-messages": {"required": "expected a mapping with 'container' and 'as'"},
    }


def build_schema() -> Schema:
    """The JSON Schema of pdmap.yaml; categories and identifier kinds come from
    rules/categories.yaml."""
    from scanner.core.categories import load_categories  # NOTE: it imports scanner.core.config
    from scanner.core.types import WEAK_IDENTIFIER_KINDS

    cats = list(load_categories().values())
    categories = list(dict.fromkeys([c.id for c in cats] + [c.family for c in cats]))
    kinds = list(dict.fromkeys(c.identifier for c in cats
                               if c.identifier and c.identifier not in WEAK_IDENTIFIER_KINDS))
    defs: Schema = {"source": _source(), "datamap-entry": _datamap_entry(categories),
                    "link": _link()}
    for group, (schemes, opts) in SCHEME_OPTIONS.items():
        defs[f"options-{group}"] = _options_schema(group, schemes, opts)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "pdmap.yaml",
        "description": "The configuration of pdmap: index, key, languages, sources and the "
                       "data map. Secrets never go here. Generated by "
                       "scanner/core/config_schema.py.",
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "index": text("Where the inventory index lives: a SQLAlchemy URL (relative SQLite "
                          "paths are relative to this file).", DEFAULT_INDEX),
            "key_file": text("The HMAC key file (mode 0600); PDMAP_KEY overrides it.",
                             DEFAULT_KEY_FILE),
            "languages": {"description": "Languages of name recognition in free text.",
                          "type": ["array", "null"], "items": {"enum": list(LANGUAGES)},
                          "default": list(LANGUAGES)},
            "default_region": {
                "description": "The region of phone numbers written without a country code "
                               "(ISO 3166 alpha-2: FR, BE, GB, US...).",
                "type": "string", "pattern": "^[A-Z]{2}$", "default": DEFAULT_REGION,
                "x-messages": {"pattern": "expected a two-letter region code in capitals "
                                            "(FR, GB, US...)"}},
            "sample_size": whole("Rows (or records) sampled per container to judge each field.",
                                 DEFAULT_SAMPLE_SIZE, 1),
            "controller": {"description": "Who answers access requests (name, contact...); "
                                          "copied as is into portability packages.",
                           "type": ["object", "null"],
                           "properties": {"name": text("The controller's name."),
                                          "contact": text("Where people write to.")}},
            "sources": {"description": "The sources `pdmap scan` reads.",
                        "type": ["array", "null"],
                        "items": {"anyOf": [text("A source URL."), {"$ref": "#/$defs/source"}],
                                  "x-messages": {"anyOf": "expected a source URL or a "
                                                            "mapping with a 'url'"}},
                        "x-messages": {"type": "expected a list of sources (`- url: ...`)"}},
            "datamap": {"description": "The declared fields; `pdmap check` fails on personal "
                                       "fields missing here.", "type": ["array", "null"],
                        "items": {"$ref": "#/$defs/datamap-entry"},
                        "x-messages": {"type": "expected a list of entries"}},
            "subjects": _subjects(kinds),
        },
        "x-messages": {"type": "expected a YAML mapping (index, sources, datamap...)"},
        "$defs": defs,
    }


@cache
def schema() -> Schema:
    return build_schema()


def schema_text() -> str:
    return json.dumps(schema(), indent=2, ensure_ascii=False) + "\n"


# -- the validator -------------------------------------------------------------------------

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


def first_error(instance: Any, root: Schema | None = None) -> Error | None:
    """The first place where `instance` breaks the schema, in document order."""
    root = schema() if root is None else root
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
    return _message(s, "enum", "is not one of the values allowed") + nearest(v, allowed, False)


def nearest(key: Any, known: Mapping[str, Any] | list[str], listing: bool = True) -> str:
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


if __name__ == "__main__":  # pragma: no cover - `python -m scanner.core.config_schema`
    SCHEMA_FILE.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_FILE}")
