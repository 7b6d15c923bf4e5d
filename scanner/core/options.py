"""The options of each connector, keyed by URL scheme: one frozen dataclass per scheme group.

A field declares an option's name, type, default and schema (`option(default, schema)`);
the options part of pdmap.schema.json is made from the fields (`SCHEME_OPTIONS`). A group
combines parts (`Limits`, `MailLimits`...) by inheritance, its bases listed last part
first so that its fields, and the schema's properties, come in the order of the parts.

`parse_options` checks a source's options against its group's schema and builds the
group's dataclass once, when its `SourceConfig` is made; readers take the part they need
with `SourceConfig.options_as(Part)`. A scheme no group names (a plug-in's) takes any
options.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

from scanner.core.validator import Schema, first_error

MiB = 1024 * 1024
DEFAULT_REGION = "FR"
T = TypeVar("T")


# -- building blocks of a schema ------------------------------------------------------------


def whole(description: str, default: int | None = None, minimum: int = 0,
          maximum: int | None = None) -> Schema:
    s: Schema = {"description": description, "type": "integer", "minimum": minimum}
    if maximum is not None:
        s["maximum"] = maximum
    if default is not None:
        s["default"] = default
    return s


def seconds(description: str) -> Schema:
    return {"description": description, "type": "number", "exclusiveMinimum": 0}


def flag(description: str, default: bool | None = None) -> Schema:
    s: Schema = {"description": description, "type": "boolean"}
    if default is not None:
        s["default"] = default
    return s


def text(description: str, default: str | None = None, *, nullable: bool = False) -> Schema:
    s: Schema = {"description": description, "type": ["string", "null"] if nullable
                 else "string"}
    if not nullable:
        s["minLength"] = 1
    if default is not None:
        s["default"] = default
    return s


def region(description: str, default: str | None = None) -> Schema:
    s: Schema = {"description": description, "type": "string", "pattern": "^[A-Z]{2}$"}
    if default is not None:
        s["default"] = default
    s["x-messages"] = {"pattern": "expected a two-letter region code in capitals "
                                  "(FR, GB, US...)"}
    return s


def option(default: Any, schema: Schema) -> Any:
    """A dataclass field that is an option: its default, and its schema (which gets the
    default from it)."""
    return field(default=default, metadata={"schema": schema})


def properties(cls: type) -> dict[str, Schema]:
    """The schema of each option of a dataclass of options, with its default."""
    return {f.name: _with_default(f.metadata["schema"], f.default) for f in fields(cls)}


def _with_default(s: Schema, default: Any) -> Schema:
    if default is None:
        return dict(s)
    if isinstance(default, tuple):
        default = list(default)
    elif isinstance(default, float) and default.is_integer():
        default = int(default)
    out = {k: v for k, v in s.items() if k != "x-messages"}
    out["default"] = default
    if "x-messages" in s:
        out["x-messages"] = s["x-messages"]
    return out


# -- the parts ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SqlOptions:
    """sqlite://, postgresql://... (connectors/sql.py, scanner/link/sql.py)."""

    page_size: int = option(5000, whole(
        "Rows per page when a table is streamed by keyset pagination.", minimum=1))
    subject_max_shared: int = option(1000, whole(
        "A strong identifier value held by more rows than this in one table never merges "
        "people (it is shared, or garbage).", minimum=1))
    subject_worker_rows: int = option(100_000, whole(
        "Tables of at least this many rows are read and prepared in key ranges by the "
        "scan's worker processes (or a cluster's workers) while the scan writes.",
        minimum=1))


@dataclass(frozen=True)
class Limits:
    """What one object (or one attachment) may yield (connectors.formats); a cap that is
    hit is reported, never silent."""

    max_object_bytes: int = option(1024 * MiB, whole(
        "Bytes read from one object; the rest is skipped."))
    max_document_bytes: int = option(64 * MiB, whole(
        "Formats parsed whole (a JSON document, PDF, DOCX, .eml): larger ones are skipped."))
    max_records: int = option(1_000_000, whole("Sub-records read from one object."))
    max_field_chars: int = option(10_000, whole("One value is cut there."))
    max_line_chars: int = option(1_000_000, whole(
        "A longer line is split (line-streamed formats)."))
    text_chunk_chars: int = option(4_000, whole(
        "Plain text, PDF and DOCX are cut in chunks about this long."))
    max_json_depth: int = option(16, whole("Deeper JSON is kept as one serialized value."))
    max_archive_depth: int = option(2, whole("gzip/zip nesting followed."))
    max_archive_members: int = option(1_000, whole("Members read from one top-level object."))
    max_expanded_bytes: int = option(256 * MiB, whole(
        "Bytes decompressed from one top-level object."))
    max_expansion_ratio: int = option(200, whole(
        "Decompressed / compressed bytes allowed past the first MiB."))
    max_extract_chars: int = option(1_000_000, whole("Text extracted from one document."))
    max_problems: int = option(20, whole(
        "Problems reported per object before the rest are summarized."))


@dataclass(frozen=True)
class ObjectOptions:
    """Files and objects (connectors/objects.py)."""

    max_file_bytes: int | None = option(None, whole(
        "Objects larger than this are skipped whole (and reported); no limit by default."))
    sample_objects: int = option(5, whole(
        "Objects sampled per container to find its fields.", minimum=1))
    sample_bytes: int = option(MiB, whole(
        "Bytes read from each sampled object whose format streams by line.", minimum=1))
    max_columns: int = option(1000, whole(
        "Fields kept of one sub-record (a CSV row, a JSON object); the rest are reported, "
        "not scanned. 0: no limit."))


@dataclass(frozen=True)
class S3Settings:
    """s3:// (connectors/s3.py); credentials come from the AWS chain, never from here."""

    endpoint_url: str | None = option(None, text(
        "An S3-compatible endpoint (else $PDMAP_S3_ENDPOINT_URL, else $AWS_ENDPOINT_URL, "
        "else AWS)."))
    region: str | None = option(None, text("The bucket's region."))
    profile: str | None = option(None, text("A profile of the AWS shared config files."))
    addressing_style: str | None = option(None, {
        "description": "Bucket in the path or in the host name; path by default with an "
                       "endpoint_url, else auto.",
        "type": "string", "enum": ["auto", "path", "virtual"]})
    page_size: int = option(1000, whole("Keys per listing page.", minimum=1, maximum=1000))
    max_attempts: int = option(5, whole(
        "Attempts per request (throttling, 5xx, connection errors).", minimum=1))
    max_resumes: int = option(3, whole(
        "Streams re-opened per object after a dropped connection."))
    connect_timeout: float = option(10.0, seconds("Seconds to connect."))
    read_timeout: float = option(60.0, seconds("Seconds to wait for data."))


S3_CREDENTIALS = ["access_key", "secret_key", "aws_access_key_id", "aws_secret_access_key",
                  "aws_session_token", "session_token", "password"]


@dataclass(frozen=True)
class NameOptions:
    """Names: object keys, files, folders (connectors/objects.py, connectors/message.py)."""

    phone_region: str = option(DEFAULT_REGION, region(
        "The region of phone numbers without a country code found in object keys, file and "
        "folder names (kept as digests, shown masked)."))


@dataclass(frozen=True)
class MailLimits:
    """Per-message caps (connectors/message.py)."""

    max_message_bytes: int = option(50 * MiB, whole(
        "A larger message is not read whole (recorded)."))
    max_attachment_bytes: int = option(20 * MiB, whole(
        "A larger attachment is skipped and recorded."))
    max_body_chars: int = option(100_000, whole("The body is cut there (recorded)."))
    max_attachment_chars: int = option(100_000, whole(
        "Each attachment.* field is cut there (recorded)."))
    max_attachments: int = option(100, whole("Parts looked at per message."))


@dataclass(frozen=True)
class MailOptions(MailLimits):
    """Mail sources: their caps, and names found in their text (scanner/link/mail.py)."""

    ner: bool = option(True, flag(
        "Find names in message text with NER; false links messages by addresses and "
        "identifiers only."))
    ner_processes: int = option(1, whole("Processes that NER runs in.", minimum=1))


@dataclass(frozen=True)
class EmlFiles:
    """eml:// (connectors/mail.py)."""

    patterns: tuple[str, ...] = option(("*.eml",), {
        "description": "File-name globs of the messages (case-insensitive).",
        "type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1,
        "x-messages": {"type": "expected a list of globs"}})


@dataclass(frozen=True)
class ImapSettings:
    """imap://, imaps:// (connectors/imap.py)."""

    starttls: bool = option(True, flag(
        "imap:// only: upgrade the connection with STARTTLS; false reads in plain text "
        "(loopback tests only)."))
    ca_file: str | None = option(None, text(
        "A PEM bundle of the certificate authorities to trust."))
    tls_verify: bool = option(True, flag("Check the server's certificate and host name."))
    timeout: float = option(30.0, seconds("Seconds to wait for the server."))
    batch_size: int = option(100, whole("Messages per UID FETCH.", minimum=1))


# -- the groups: bases last part first ----------------------------------------------------


@dataclass(frozen=True)
class FileOptions(NameOptions, Limits, ObjectOptions):
    """file:// and plain paths."""


@dataclass(frozen=True)
class S3Options(NameOptions, S3Settings, Limits, ObjectOptions):
    """s3://."""


@dataclass(frozen=True)
class MailboxOptions(NameOptions, Limits, MailOptions):
    """mbox://, maildir://."""


@dataclass(frozen=True)
class EmlOptions(NameOptions, EmlFiles, Limits, MailOptions):
    """eml://."""


@dataclass(frozen=True)
class ImapOptions(NameOptions, ImapSettings, Limits, MailOptions):
    """imap://, imaps://."""


SourceOptions = SqlOptions | FileOptions | S3Options | MailboxOptions | EmlOptions | ImapOptions
SQL_SCHEMES = ("sqlite", "postgresql", "postgres", "mysql", "mariadb", "mssql", "oracle")

# scheme group -> (URL schemes, its dataclass); `scanner.core.config.scheme_of` gives a
# URL's scheme (a plain path is `file`).
GROUPS: dict[str, tuple[tuple[str, ...], type[SourceOptions]]] = {
    "sql": (SQL_SCHEMES, SqlOptions),
    "file": (("file",), FileOptions),
    "s3": (("s3",), S3Options),
    "mbox-maildir": (("mbox", "maildir"), MailboxOptions),
    "eml": (("eml",), EmlOptions),
    "imap": (("imap", "imaps"), ImapOptions),
}
# scheme group -> (URL schemes, the schema of each option)
SCHEME_OPTIONS: dict[str, tuple[tuple[str, ...], dict[str, Schema]]] = {
    group: (schemes, properties(cls)) for group, (schemes, cls) in GROUPS.items()}


def group_of(scheme: str) -> str | None:
    return next((g for g, (schemes, _cls) in GROUPS.items() if scheme in schemes), None)


def options_for(scheme: str) -> dict[str, Schema] | None:
    """The options a source of this URL scheme takes; None: any (no schema for it)."""
    group = group_of(scheme)
    return None if group is None else SCHEME_OPTIONS[group][1]


def options_schema(group: str) -> Schema:
    schemes, opts = SCHEME_OPTIONS[group]
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


def parse_options(scheme: str, raw: Mapping[str, Any]) -> SourceOptions | None:
    """The options of a source of this scheme, checked and typed; None for a scheme no
    group names. ValueError (`options.page_sise: unknown option...`) names the first
    problem."""
    group = group_of(scheme)
    if group is None:
        return None
    error = first_error(dict(raw), options_schema(group))
    if error:
        where, message = error
        raise ValueError(f"options{'.' + where if where else ''}: {message}")
    return build(GROUPS[group][1], raw)


def build(kind: type[T], raw: Mapping[str, Any]) -> T:
    """`kind` from the options of `raw` it names (each made the type of its default)."""
    values = {f.name: _as_type_of(f.default, raw[f.name]) for f in fields(kind)  # type: ignore[arg-type]
              if f.name in raw}
    return kind(**values)


def _as_type_of(default: Any, value: Any) -> Any:
    return value if default is None else type(default)(value)
