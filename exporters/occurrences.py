"""The occurrences a portability package is made of: where the index saw a subject.

`PortabilityReader` is what the exporter asks of the index (read-only, never a raw value
out); `merged_occurrences` lists the subjects' rows, messages and object records once each,
in the order the package is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from scanner.core.types import Locator

# How a row concerns the subject, strongest first: a row several subjects of a --merge reach
# keeps the strongest (own > attached > shared > reference).
ROLES = ("own", "attached", "shared", "reference")
ROLE_RANK = {r: n for n, r in enumerate(ROLES)}


@dataclass(frozen=True, slots=True)
class OccurrenceRow:
    """Where the index saw the subject: one row, message or object record."""

    source: str
    container: str
    item: Mapping[str, Any]  # the locator's item: key values, UID / Message-ID, object key
    categories: tuple[str, ...]
    source_type: str  # "sql" | "mail" | "objects"
    # How the row concerns the subject: "own", "attached", "shared" (attached to several
    # people) or "reference" (the row names the subject in `fields` only).
    role: str = "own"
    fields: tuple[str, ...] = ()

    def locator(self) -> Locator:
        if len(self.item) == 1:
            return Locator(self.source, self.container, tuple(self.item.items()))
        return Locator(self.source, self.container, tuple(sorted(self.item.items())))

    @property
    def export_role(self) -> str:
        """The role as exported. A role this version does not know is exported as a
        reference (key and `fields` only): the safe reading of a row it cannot place."""
        return self.role if self.role in ROLE_RANK else "reference"


class PortabilityReader(Protocol):
    """What the exporter needs from the index; read-only, never a raw value out."""

    def resolve(self, identifier: str, kind: str | None) -> int | None:
        """The subject an identifier belongs to (normalized and HMAC'd inside), or None."""
        ...

    def occurrences(self, subject: int) -> Iterable[OccurrenceRow]: ...

    def field_categories(self, source: str, container: str) -> dict[str, str | None]:
        """Each field's category from its latest verdict (None when not personal)."""
        ...

    def sources(self) -> list[tuple[str, str]]:
        """(name, URL with the password masked) of every source the index knows."""
        ...

    def digest(self, kind: str, normalized: str) -> bytes:
        """The identifier's digest as the index stores it (HMAC with the installation key)."""
        ...

    def foreign_identifiers(self, digests: Sequence[bytes],
                            subjects: Sequence[int]) -> set[bytes]:
        """The digests that belong to some subject of the index, strong or not, and to none
        of `subjects`: other people's identifiers."""
        ...

    def over_limit(self, subjects: Sequence[int],
                   limits: Mapping[str, int]) -> dict[int, dict[str, int]]:
        """subject -> {kind: count} for the subjects holding more distinct strong
        identifiers of a kind than `limits` allows (people merged by mistake?)."""
        ...


def merged_occurrences(reader: PortabilityReader,
                       subjects: Sequence[int]) -> list[OccurrenceRow]:
    """Every occurrence of the subjects once, categories united, in a stable order.

    A row reached by several subjects keeps the strongest role (own > attached > shared >
    reference); two references unite their fields.

    Only locators are held (a few hundred bytes each), never values; sorting them is
    what makes the package's file order and contents deterministic.
    """
    occurrences = [occ for subject in dict.fromkeys(subjects)
                   for occ in reader.occurrences(subject)]
    # a stable sort: a row reached twice comes out as adjacent entries, merged in the
    # order the reader gave them. The keys are made again to find them (the sort's own are
    # gone): fewer objects held than keeping a key beside each occurrence.
    occurrences.sort(key=_sort_key)
    out: list[OccurrenceRow] = []
    last: tuple[Any, ...] | None = None
    for occ in occurrences:
        key = _sort_key(occ)
        if key == last:
            out[-1] = _merge(out[-1], occ)
        else:
            out.append(occ)
            last = key
    return out


def _sort_key(occ: OccurrenceRow) -> tuple[Any, ...]:
    """(source, container, _item_key(item)) flattened: each key column's (name, (type,
    number, text)) as four items of one tuple, which orders and compares alike."""
    item = occ.item
    if len(item) == 1:  # the common case (one key column), 200,000 times a person
        ((k, v),) = item.items()
        t = type(v)
        if t is int or t is float:
            return (occ.source, occ.container, k, 0, v, "")
        if t is str:
            return (occ.source, occ.container, k, 1, 0, v)
    flat: list[Any] = [occ.source, occ.container]
    for k, rank in _item_key(item):
        flat.append(k)
        flat.extend(rank)
    return tuple(flat)


def _merge(a: OccurrenceRow, b: OccurrenceRow) -> OccurrenceRow:
    cats = tuple(sorted(set(a.categories) | set(b.categories)))
    ra, rb = a.export_role, b.export_role
    role = min(ra, rb, key=ROLE_RANK.__getitem__)
    fields_: tuple[str, ...] = ()
    if role == "reference":
        fields_ = tuple(sorted(set(a.fields) | set(b.fields)))
    return OccurrenceRow(a.source, a.container, a.item, cats, a.source_type, role, fields_)


def _item_key(item: Mapping[str, Any]) -> tuple[Any, ...]:
    """A total order on items whatever their value types: numbers numerically first."""
    out = []
    for k in sorted(item):
        v = item[k]
        is_num = isinstance(v, int | float) and not isinstance(v, bool)
        out.append((k, (0, v, "") if is_num else (1, 0, str(v))))
    return tuple(out)


def is_digest(value: Any) -> bool:
    """A locator's stand-in for a personal key value: {"hmac": ...}."""
    return isinstance(value, Mapping) and set(value) == {"hmac"}


def reference_values(occ: OccurrenceRow, values: Mapping[str, Any]) -> dict[str, Any]:
    """What a reference exports of another person's row: its key values (those the locator
    holds as values; a personal key stays the digest the locator shows) and the columns
    that name the subject, nothing else."""
    keys = {k for k, v in occ.item.items() if not is_digest(v)}
    wanted = keys | set(occ.fields)
    return {k: v for k, v in values.items() if k in wanted}
