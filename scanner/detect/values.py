"""What a field's sampled values show, before any verdict (scanner.detect.classify fuses it
with the name and the type): the strings in them, whether they read as prose, which entity
describes each structured value, and which texts name people or carry identifiers.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from scanner.detect.base import Detector, Match, guess_language
from scanner.detect.mask import mask

COUNT_SCORE = 0.4  # a recognizer result below this counts only for the entity the name expects
COVERAGE = 0.8  # a match must cover this share of a structured value to describe it
FREE_TEXT_AVG_CHARS = 40
FREE_TEXT_AVG_WORDS = 6
MAX_EXAMPLES = 3

# Entities that make a free text personal; PERSON needs the NER score below.
TEXT_PERSONAL_ENTITIES = frozenset(
    {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "FR_NIR", "US_SSN",
     "BIRTH_DATE", "ADDRESS"}
)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([ T][\d:.+Z-]*)?$|^\d{2}[/.]\d{2}[/.]\d{4}$")
_NAME_WORD = re.compile(r"[A-ZÀ-Þ][\w'’-]+")


def _flatten(value: Any, kind: str) -> Iterator[str]:
    if value is None or isinstance(value, bytes | bytearray | memoryview):
        return
    if isinstance(value, dict):
        for v in value.values():
            yield from _flatten(v, "")
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _flatten(v, "")
    elif isinstance(value, str):
        s = value.strip()
        if kind == "json" and s[:1] in "[{":
            try:
                yield from _flatten(json.loads(s), "")
                return
            except ValueError:
                pass
        if s:
            yield s
    elif kind != "" or not isinstance(value, bool | int | float):
        yield str(value)  # a number inside JSON is not a string the user wrote


def strings_of(values: Sequence[object], kind: str) -> list[str]:
    """The non-empty strings of sampled values (JSON values and containers flattened)."""
    return [s for v in values for s in _flatten(v, kind)]


def looks_free_text(strings: Sequence[str]) -> bool:
    """Prose, not codes or address fragments: long values of several words on average."""
    if not strings:
        return False
    chars = sum(len(s) for s in strings) / len(strings)
    words = sum(len(s.split()) for s in strings) / len(strings)
    return chars > FREE_TEXT_AVG_CHARS and words >= FREE_TEXT_AVG_WORDS


def _describing_match(value: str, matches: Sequence[Match], expected: str | None) -> Match | None:
    """The best match that covers the value, counting low scores for the expected entity."""
    best = None
    for m in matches:
        if (m.end - m.start) < COVERAGE * len(value):
            continue
        if m.score < COUNT_SCORE and m.entity != expected:
            continue
        if m.entity == "PHONE_NUMBER" and _ISO_DATE.match(value):
            continue  # a date written as text, not a phone
        if best is None or (m.entity == expected, m.score) > (best.entity == expected, best.score):
            best = m
    return best


@dataclass
class ValueMatches:
    """The entity describing each sampled value: how many values (repeats counted), the
    recognizers that found it and masked examples, by entity."""

    per_entity: Counter[str] = field(default_factory=Counter)
    recognizers: dict[str, set[str]] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=dict)


def value_matches(
    strings: Sequence[str], detector: Detector | None, expected: str | None
) -> ValueMatches:
    """What the recognizers find in a structured field's values (each distinct value once),
    the entity the name expects counting at low scores too."""
    found = ValueMatches()
    counts = Counter(strings)
    if detector is not None and counts:
        distinct = list(counts)
        for value, matches in zip(
            distinct, detector.analyze_values(distinct, detector.languages[0]), strict=True
        ):
            m = _describing_match(value, matches, expected)
            if m is None:
                continue
            found.per_entity[m.entity] += counts[value]
            found.recognizers.setdefault(m.entity, set()).add(m.recognizer)
            ex = found.examples.setdefault(m.entity, [])
            if len(ex) < MAX_EXAMPLES:
                ex.append(mask(value, m.entity))
    return found


NAME_SAMPLE = 50  # distinct values of a column NER reads to tell people's names from others


def full_name_share(strings: Sequence[str], detector: Detector) -> float:
    """The share of a column's distinct values NER reads as a person's full name covering
    the value ("Jane Doe", not "Rock" nor "Dupont Lighting Ltd"). Structured values get no
    NER (analyze_values); this is run only for a name that is a guess."""
    distinct = list(dict.fromkeys(s for s in strings if s))[:NAME_SAMPLE]
    if not distinct:
        return 0.0
    lang = guess_language(distinct, detector.languages)
    hits = 0
    for value, matches in zip(distinct, detector.analyze_texts(distinct, lang), strict=True):
        hits += any(m.entity == "PERSON" and (m.end - m.start) >= COVERAGE * len(value)
                    and is_full_name(value[m.start : m.end]) for m in matches)
    return hits / len(distinct)


def language_groups(texts: Sequence[str], detector: Detector) -> list[tuple[str, list[int]]]:
    """Texts by language, cheapest model first: those already loaded, then English.

    Support exchanges mix English and French, so each text gets its own model; the
    French model takes seconds to load, and a column already shown to hold names needs it
    only when the other texts could not decide.
    """
    by_lang: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        by_lang.setdefault(guess_language([text], detector.languages), []).append(i)
    loaded = detector.loaded_languages()
    return sorted(by_lang.items(), key=lambda kv: (kv[0] not in loaded, kv[0] != "en", kv[0]))


def is_full_name(span: str) -> bool:
    """The small spaCy models call single capitalised words (a product, "Lampe") PERSON; a
    column is judged on names of two capitalised words or more."""
    return len(_NAME_WORD.findall(span)) >= 2


def personal_matches(text: str, matches: Sequence[Match]) -> list[Match]:
    """The matches in a free text that make it personal: a full name NER is sure of, a name
    the writing announces (hi jane, Regards,\nJ. Martin), or an identifier
    (TEXT_PERSONAL_ENTITIES) at COUNT_SCORE or more."""
    return [
        m
        for m in matches
        if m.entity in TEXT_PERSONAL_ENTITIES
        and (m.score >= 0.5 and (is_full_name(text[m.start : m.end])
                                 or m.recognizer == "PersonContextRecognizer")
             if m.entity == "PERSON" else m.score >= COUNT_SCORE)
    ]
