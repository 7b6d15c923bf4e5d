"""Identifiers in free text, found by patterns and validated, for linking (not for verdicts).

Linking a 20,000-message mailbox cannot afford Presidio per message; classification already
ran Presidio on a sample. Here every text of every record goes through a few compiled
patterns whose hits are then validated by the normalizers of scanner.identifiers.normalise
(e-mail syntax, phonenumbers for the region, IBAN mod 97, Luhn), so a hit is an identifier
that would be stored the same way from a column. Names are left to NER
(scanner.detect.presidio.analyzer); this module only picks the lines where a full name can
be (`name_lines`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scanner.identifiers.normalise import (
    normalize_card,
    normalize_email,
    normalize_iban,
    normalize_phone,
)

MAX_TEXT_CHARS = 200_000  # per window of a text; the connectors cap bodies and attachments

_EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}"
                    r"[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+")
# One loose candidate pattern for phones and cards (digits with separators), then the
# validators decide; a date or an amount rarely survives phonenumbers for one region.
_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"(?<![\w+-])(?:\+|00)?\(?\d[\d \t\-./()\u00a0]{6,22}\d(?![\w])")
# any case, spelled out: an IGNORECASE pattern is a third slower on every text
_IBAN = re.compile(r"\b[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,4})?\b")
# An account/customer key is only looked for after a word that announces one; it links to a
# subject the index already knows, never creates one (a bare number means nothing).
_ACCOUNT = re.compile(r"\b(?:customer|client|account|compte|member|membre|adh[ée]rent|user)"
                      r"(?:\s+(?:id|no\.?|number|num[ée]ro|n°|#))?\s*[#:n°]*\s*([A-Z0-9][\w-]{0,31})",
                      re.IGNORECASE)
# A capitalised word, or one in capitals without digits (MARTIN, not FR76 nor CMD-2024).
_CAP = r"(?:[A-ZÀ-Þ][a-zß-ÿ'’-]+|[A-ZÀ-Þ]{2,})(?![\w-])"
_PARTICLE = r"(?:de|la|le|du|des|van|von|der|den|di|da|del|dos|ben|bin|al|el|mc)"
# A full name needs two capitalised words (see scanner.detect.values.is_full_name).
_FULL_NAME = re.compile(rf"{_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_CAP})+")
MAX_NAME_LINE = 300


def emails(text: str) -> Iterator[str]:
    if "@" not in text:
        return
    for m in _EMAIL.finditer(text):
        n = normalize_email(m.group(0).strip("."))
        if n is not None:
            yield n


def ibans(text: str) -> Iterator[str]:
    for _start, _end, n in iban_spans(text):
        yield n


def iban_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, normalized) of each valid IBAN in any case, grouped by four or not; a
    word glued after one (`... 189 then`) is left out. The free-text recognizer's too."""
    for m in _IBAN.finditer(text):
        span = m.group(0)
        while True:
            n = normalize_iban(span)
            if n is not None:
                yield m.start(), m.start() + len(span), n
                break
            cut = span.rfind(" ")
            if cut < 15:
                break
            span = span[:cut]


def account_keys(text: str) -> Iterator[str]:
    for m in _ACCOUNT.finditer(text):
        key = m.group(1)
        if any(c.isdigit() for c in key):
            yield key


def identifiers(text: str, region: str = "FR") -> set[tuple[str, str]]:
    """(kind, normalized value) of the e-mails, phones, IBANs and cards in a text, all of
    it: a text longer than MAX_TEXT_CHARS is read in windows (`windows`)."""
    if len(text) <= MAX_TEXT_CHARS:
        return _identifiers(text, region)
    found: set[tuple[str, str]] = set()
    for window in windows(text):
        found |= _identifiers(window, region)
    return found


def windows(text: str) -> Iterator[str]:
    """A long text in pieces of at most MAX_TEXT_CHARS, each cut at its last line break
    (else its last space) after half its length, so that no identifier is cut in two and
    read as a shorter one (a phone written with spaces could be, across a space, in a text
    without line breaks for 100,000 characters)."""
    start, n = 0, len(text)
    while n - start > MAX_TEXT_CHARS:
        end = start + MAX_TEXT_CHARS
        half = start + MAX_TEXT_CHARS // 2
        cut = text.rfind("\n", half, end)
        if cut < 0:
            cut = max(text.rfind(" ", half, end), text.rfind("\t", half, end))
        if cut < 0:
            cut = end
        yield text[start:cut]
        start = cut
    yield text[start:]


def _identifiers(text: str, region: str) -> set[tuple[str, str]]:
    found = {("email", v) for v in emails(text)}
    if _DIGIT.search(text) is None:  # (_IBAN and _NUMBER need one)
        return found
    found.update(("iban", v) for v in ibans(text))
    for m in _NUMBER.finditer(text):  # one pass for phones and cards
        raw = m.group(0)
        digits = sum(map(str.isdigit, raw))
        card = normalize_card(raw) if 13 <= digits <= 19 else None
        if card is not None:
            found.add(("card", card))
        elif 8 <= digits <= 15:
            phone = normalize_phone(raw, region)
            if phone is not None:
                found.add(("phone", phone))
    return found


def name_lines(text: str) -> list[str]:
    """The lines of a text that hold two capitalised words in a row: the only places NER can
    find a full name, so NER reads these (short, often repeated: signatures) and not the
    whole text.

    A name written all in lower case is missed; NER rarely finds those anyway.
    """
    out: list[str] = []
    for line in text[:MAX_TEXT_CHARS].splitlines():
        if _FULL_NAME.search(line):
            out.append(line.strip()[:MAX_NAME_LINE])
    return out
