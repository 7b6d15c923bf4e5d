"""The vocabulary every layer speaks: small, frozen, typed.

Connectors produce ContainerSchema and Record; the scanner turns them into
FieldVerdict, Identifier and Occurrence; exporters read them back. None of these
types ever carries a raw personal value into the index: Record values live in
memory only, Identifier holds a digest, Evidence holds masked examples.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from scanner.core.errors import one_line

log = logging.getLogger(__name__)

# Normalized field kinds; connectors map native types onto these.
KINDS = (
    "text",  # short strings (names, codes, e-mails)
    "free_text",  # long prose (notes, bodies, comments): NER runs here only
    "integer",
    "decimal",
    "float",
    "boolean",
    "date",
    "datetime",
    "time",
    "binary",
    "json",
    "unknown",
)


@dataclass(frozen=True, slots=True)
class FieldRef:
    """A field of a container in a source: a column, a header, a CSV column."""

    source: str
    container: str
    field: str

    def __str__(self) -> str:
        return f"{self.source}:{self.container}.{self.field}"


@dataclass(frozen=True, slots=True)
class FieldSchema:
    name: str
    kind: str  # one of KINDS
    native_type: str = ""
    nullable: bool = True
    primary_key: bool = False
    # the container (table) a declared foreign key of this field points at, lowercased, as
    # a schema reader could name it; "" when the field declares no link.
    references: str = ""


@dataclass(frozen=True, slots=True)
class ForeignKey:
    """columns of this container reference ref_columns of ref_container."""

    columns: tuple[str, ...]
    ref_container: str
    ref_columns: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ContainerSchema:
    """A table, a mailbox folder, or a group of objects sharing one format."""

    source: str
    name: str  # schema-qualified table, folder path, prefix + format
    fields: tuple[FieldSchema, ...]
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()
    row_estimate: int | None = None

    def field_ref(self, name: str) -> FieldRef:
        return FieldRef(self.source, self.name, name)


@dataclass(frozen=True, slots=True)
class Locator:
    """Where one record lives, enough to fetch it back.

    item holds the row's primary-key values (or rowid), IMAP UIDVALIDITY/UID,
    an object's key and ETag: a sorted tuple of (name, value) pairs so it is
    hashable and serializes deterministically.
    """

    source: str
    container: str
    item: tuple[tuple[str, Any], ...]

    def item_dict(self) -> dict[str, Any]:
        return dict(self.item)


@dataclass(frozen=True, slots=True)
class Record:
    locator: Locator
    values: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a verdict was reached. Examples are masked, never raw."""

    name_rule: str | None = None  # the lexicon rule that matched the field name
    recognizers: tuple[str, ...] = ()  # recognizers that matched sampled values
    match_share: float = 0.0  # share of sampled non-null values that matched
    sampled: int = 0  # non-null values examined
    examples: tuple[str, ...] = ()  # masked
    notes: tuple[str, ...] = ()  # e.g. "numeric id: phone ruled out"

    def as_dict(self) -> dict[str, Any]:
        return {
            "name_rule": self.name_rule,
            "recognizers": list(self.recognizers),
            "match_share": round(self.match_share, 4),
            "sampled": self.sampled,
            "examples": list(self.examples),
            "notes": list(self.notes),
        }


@dataclass(frozen=True, slots=True)
class FieldVerdict:
    ref: FieldRef
    personal: bool
    category: str | None  # dotted taxonomy id from rules/categories.yaml
    entity: str | None  # Presidio entity type, UPPER_SNAKE
    confidence: float  # in [0, 1]
    evidence: Evidence = field(default_factory=Evidence)


@dataclass(frozen=True, slots=True)
class Identifier:
    """kind is email, phone, iban, account, name...; digest is HMAC-SHA256 hex."""

    kind: str
    digest: str

    @property
    def strong(self) -> bool:
        return self.kind not in WEAK_IDENTIFIER_KINDS


WEAK_IDENTIFIER_KINDS = frozenset({"name"})


@dataclass(frozen=True, slots=True)
class Occurrence:
    subject: int
    locator: Locator
    categories: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Failure:
    """A place that could not be scanned; message is for people and holds no value."""

    source: str
    place: str
    message: str


@dataclass(slots=True)
class ScanReport:
    """Counters and bounded failures: a failure is recorded and the scan goes on."""

    max_failures: int = 1000
    counters: dict[str, int] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    failures_dropped: int = 0

    def count(self, name: str, n: int = 1) -> None:
        self.counters[name] = self.counters.get(name, 0) + n

    def fail(self, source: str, place: str, message: str) -> None:
        if len(self.failures) < self.max_failures:
            self.failures.append(Failure(source, place, message))
        else:
            self.failures_dropped += 1

    @contextmanager
    def guard(self, source: str, place: str, *, what: str = "subject linking",
              counter: str | None = None) -> Iterator[Guarded]:
        """Run a block that must not stop the scan: an exception it raises is recorded as
        "<what> failed: <one line>" (its traceback in the debug log: --debug), `counter`
        counted, and the guard's `failed` set; the scan goes on after the block."""
        guarded = Guarded()
        try:
            yield guarded
        except Exception as e:  # noqa: BLE001 - one failure never stops the scan
            log.debug("%s of %s failed", what, place, exc_info=True)
            self.fail(source, place, f"{what} failed: {one_line(e)}")
            if counter is not None:
                self.count(counter)
            guarded.failed = True


@dataclass(slots=True)
class Guarded:
    """Whether the block of a ScanReport.guard failed."""

    failed: bool = False


@dataclass(frozen=True, slots=True)
class DeclaredField:
    """A field declared in a schema file (DDL, migration, model), for `pdmap check`.

    action is "add", "alter", "drop" or "rename" (old_name set for a rename); a plain
    CREATE TABLE or a model class declares its fields with action "add".
    """

    container: str
    schema: FieldSchema
    path: str
    line: int
    action: str = "add"
    old_name: str | None = None
