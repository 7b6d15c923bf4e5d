"""The identifier check: no record leaves with another person's identifier.

Every value of a table row or object record is normalized by its field's identifier kind and
searched for e-mails, phones, IBANs and cards; each is HMAC'd by the reader and looked up in
the index. One that belongs to another subject of the index, and to none of those exported,
raises `ForeignIdentifierError` before the package is committed (the writer removes its
temporary output). Messages are exempt: the correspondents in a message the person sent or
received are part of it (the manifest's `identifier_check` says so).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from exporters.occurrences import PortabilityReader
from scanner.identifiers.normalise import identifier_kind, is_role_email, normalizer
from scanner.identifiers.text import identifiers as text_identifiers

# The identifier kinds no package may hold for another person: a field of a category of
# these kinds, and the e-mails, phones, IBANs and cards found in any text.
CHECKED_KINDS = frozenset({"email", "phone", "iban", "card", "national_id", "passport"})
CHECK_CACHE = 200_000  # digests remembered as checked (the subject's own recur in every row)
# Texts whose identifiers are remembered (statuses, notes, pages recur from row to row, and
# the worker's finds wait there to be checked), up to TEXT_CACHE_CHARS long each.
TEXT_CACHE = 100_000
TEXT_CACHE_CHARS = 200
_UNKNOWN: tuple[tuple[str, str], ...] = (("", ""),)  # not in IdentifierGuard's texts yet


class ForeignIdentifierError(Exception):
    """A record holds an identifier of another subject of the index: the export is refused
    and nothing is written. The message names the place, never the value."""


def _place(text: str) -> str:
    """A name for a one-line message: as is when printable, else JSON-escaped."""
    return text if text.isprintable() else json.dumps(text)


def record_place(source: str, container: str, what: str, item: Mapping[str, Any]) -> str:
    """`shop main.orders row {"id": 17}`: where a record is, on one line."""
    return f"{_place(source)} {_place(container)} {what} {_item_text(item)}"


def _item_text(item: Mapping[str, Any]) -> str:
    """A locator's item on one line: JSON, control characters escaped."""
    text = json.dumps(dict(item), sort_keys=True, default=str, ensure_ascii=False)
    return text if text.isprintable() else json.dumps(dict(item), sort_keys=True, default=str)


def _strings(value: Any, depth: int = 0) -> Iterator[str]:
    """The strings of a value, nested lists and objects included (object records)."""
    if isinstance(value, str):
        yield value
    elif depth < 32 and isinstance(value, Mapping):
        for v in value.values():
            yield from _strings(v, depth + 1)
    elif depth < 32 and isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v, depth + 1)


class IdentifierGuard:
    """Refuses a record that holds an identifier of another subject of the index.

    Each value is normalized as its field's identifier kind (from the field's category) and
    its strings searched for e-mails, phones, IBANs and cards (scanner.identifiers.text);
    each found is HMAC'd by the reader and looked up in the index's identifiers, one query
    per record for the digests not seen yet. Role addresses (info@, support@...) are
    nobody's: skipped.
    """

    def __init__(self, reader: PortabilityReader, subjects: Sequence[int],
                 region: str = "FR") -> None:
        self.reader = reader
        self.subjects = tuple(subjects)
        self.region = region
        self.ok: set[bytes] = set()
        self.checked = 0  # distinct digests looked up
        self._texts: dict[str, tuple[tuple[str, str], ...]] = {}
        self._kinds_of: tuple[Mapping[str, str | None], dict[str, str | None]] | None = None

    def identifiers(self, value: Any, category: str | None) -> Iterator[tuple[str, str]]:
        """(kind, normalized) of the identifiers a value is or holds."""
        if value is None or isinstance(value, bytes | bytearray | memoryview | bool):
            return
        kind = identifier_kind(category)
        if kind in CHECKED_KINDS and not isinstance(value, Mapping | list | tuple):
            found = normalizer(kind, self.region)(value)
            if found is not None:
                yield kind, found
        for text in _strings(value):
            yield from self._text_identifiers(text)

    def texts_to_scan(self, records: Iterable[Mapping[str, Any]]) -> list[str]:
        """The short texts of these records whose identifiers are not known yet, once each:
        what a worker may find ahead of `check` (`learn`)."""
        known = self._texts
        out: dict[str, None] = {}
        for values in records:
            for value in values.values():
                if type(value) is str and len(value) <= TEXT_CACHE_CHARS \
                        and value not in known:
                    out[value] = None
        return list(out)

    def learn(self, texts: Sequence[str], found: Sequence[tuple[tuple[str, str], ...]]
              ) -> None:
        """Each text's identifiers, as scanner.identifiers.text found them (in a worker
        process)."""
        if len(self._texts) + len(texts) > TEXT_CACHE:
            self._texts.clear()
        self._texts.update(zip(texts, found, strict=True))

    def _checked_kinds(self, categories: Mapping[str, str | None]) -> dict[str, str | None]:
        """Each field's identifier kind when it is one of CHECKED_KINDS (for the last
        container's categories, asked again for each of its records)."""
        if self._kinds_of is not None and self._kinds_of[0] is categories:
            return self._kinds_of[1]
        kinds = {}
        for name, category in categories.items():
            kind = identifier_kind(category)
            kinds[name] = kind if kind in CHECKED_KINDS else None
        self._kinds_of = (categories, kinds)
        return kinds

    def _text_identifiers(self, text: str) -> Iterable[tuple[str, str]]:
        """scanner.identifiers.text's identifiers of a text; a short text's remembered."""
        if len(text) > TEXT_CACHE_CHARS:
            return text_identifiers(text, self.region)
        found = self._texts.get(text)
        if found is None:
            if len(self._texts) >= TEXT_CACHE:
                self._texts.clear()
            found = self._texts[text] = tuple(text_identifiers(text, self.region))
        return found

    def check(self, where: Callable[[], str], values: Mapping[str, Any],
              categories: Mapping[str, str | None], noun: str = "column") -> None:
        """Raises ForeignIdentifierError naming the place (`where()`) and the field, never
        the value."""
        pending: dict[bytes, str] = {}
        kinds = self._checked_kinds(categories)
        texts = self._texts
        for name, value in values.items():
            found: Iterable[tuple[str, str]]
            t = type(value)
            if kinds.get(name) is not None:
                found = self.identifiers(value, categories.get(name))
            elif t is str:  # as identifiers() does it, without its generators
                found = texts.get(value, _UNKNOWN)
                if found is _UNKNOWN:
                    found = self._text_identifiers(value)
            elif value is None or t is int or t is float or t is bool:
                continue  # no text in it, and not a field of a checked kind
            else:
                found = self.identifiers(value, categories.get(name))
            for kind, norm in found:
                if kind == "email" and is_role_email(norm):
                    continue
                d = self.reader.digest(kind, norm)
                if d not in self.ok and d not in pending:
                    pending[d] = str(name)
        if not pending:
            return
        self.checked += len(pending)
        foreign = self.reader.foreign_identifiers(list(pending), self.subjects)
        for d, name in pending.items():
            if d in foreign:
                raise ForeignIdentifierError(
                    f"export refused: {where()} {noun} {_place(name)} holds an identifier of "
                    "another person of the index")
        if len(self.ok) + len(pending) > CHECK_CACHE:
            self.ok.clear()
        self.ok.update(pending)
