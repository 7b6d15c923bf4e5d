"""One verdict per field, fused from its name, its type and its sampled values.

The order of trust: the type rules things out (a number is never a phone from its
values alone, a date is a birth date only when the name says so); the name says what
the field is meant to hold; validated recognizers (Luhn, IBAN mod 97, NIR key,
phonenumbers) say what it does hold. NER runs on free text only.

Free text: kind "free_text"; or a "text"/"json"/"unknown" field whose sampled values
average more than 40 characters and 6 words (prose, not codes or addresses fragments);
or any text field the lexicon names a message (notes, comment, body). A free-text field
is personal when its samples name people or carry contact/financial identifiers, not
because it is free text: product descriptions are not personal.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from scanner.core.categories import get_category
from scanner.core.types import (
    ContainerSchema,
    Evidence,
    FieldRef,
    FieldSchema,
    FieldVerdict,
    Record,
)
from scanner.detect.base import VALIDATED_ENTITIES, Detector, Match, guess_language
from scanner.detect.lexicon import NameMatch, match_name
from scanner.detect.mask import mask

NUMERIC_KINDS = frozenset({"integer", "decimal", "float"})
TEMPORAL_KINDS = frozenset({"date", "datetime", "time"})
VALUE_KINDS = frozenset({"text", "free_text", "json", "unknown"})

PERSONAL_SHARE = 0.6  # validated matches in this share of values: personal, whatever the name
AGREE_SHARE = 0.5  # the name's entity in this share of values: the values agree
CONTRADICT_SHARE = 0.2  # the name's entity in less than this share: the values disagree
NAME_MIN_CONFIDENCE = 0.45  # a name alone below this is not enough (ambiguous, no context)
COUNT_SCORE = 0.4  # a recognizer result below this counts only for the entity the name expects
COVERAGE = 0.8  # a match must cover this share of a structured value to describe it
FREE_TEXT_AVG_CHARS = 40
FREE_TEXT_AVG_WORDS = 6
FREE_TEXT_SAMPLE = 100  # texts sent to NER per field
FREE_TEXT_CHARS = 1000  # head of each text sent to NER
MAX_EXAMPLES = 3

# Entities that make a free text personal; PERSON needs the NER score below.
TEXT_PERSONAL_ENTITIES = frozenset(
    {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "FR_NIR", "US_SSN"}
)
TEXT_PERSONAL_SHARE = 0.1  # of sampled texts; lower when the name says message
TEXT_PERSONAL_SHARE_NAMED = 0.05

ENTITY_CATEGORY = {
    "EMAIL_ADDRESS": "contact.email",
    "PHONE_NUMBER": "contact.phone",
    "CREDIT_CARD": "financial.payment_card",
    "IBAN_CODE": "financial.bank_account",
    "FR_NIR": "government.national_id",
    "US_SSN": "government.national_id",
    "IP_ADDRESS": "online.ip_address",
    "MAC_ADDRESS": "online.device_id",
    "FR_POSTAL_CODE": "contact.address",
    "PERSON": "identity.name",
    "LOCATION": "contact.address",
}
# Entities strong enough to call a field personal from values alone (a result counts at
# COUNT_SCORE: "75011 Paris" does, a bare 5-digit number or 9-digit "SSN" does not).
VALUE_ONLY_ENTITIES = VALIDATED_ENTITIES | {"US_SSN", "MAC_ADDRESS", "FR_POSTAL_CODE"}
# Identifier kinds for strong entities, preferred over the category's own kind.
ENTITY_IDENTIFIER = {
    "EMAIL_ADDRESS": "email",
    "PHONE_NUMBER": "phone",
    "IBAN_CODE": "iban",
    "CREDIT_CARD": "card",
    "FR_NIR": "national_id",
    "US_SSN": "national_id",
}
# Entities a number can never hold: the name's promise is broken by the type.
TEXT_ONLY_ENTITIES = frozenset({"EMAIL_ADDRESS", "PERSON", "URL", "LOCATION"})
TEMPORAL_CATEGORIES = frozenset({"identity.birth_date", "financial.payment_card"})

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([ T][\d:.+Z-]*)?$|^\d{2}[/.]\d{2}[/.]\d{4}$")


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


def _strings(values: Sequence[object], kind: str) -> list[str]:
    return [s for v in values for s in _flatten(v, kind)]


def _looks_free_text(strings: Sequence[str]) -> bool:
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


def _verdict(
    ref: FieldRef,
    personal: bool,
    category: str | None,
    entity: str | None,
    confidence: float,
    **evidence: Any,
) -> FieldVerdict:
    return FieldVerdict(
        ref=ref,
        personal=personal,
        category=category if personal else None,
        entity=entity if personal else None,
        confidence=round(max(0.0, min(1.0, confidence)), 3),
        evidence=Evidence(**evidence),
    )


def _by_type(ref: FieldRef, schema: FieldSchema, name: NameMatch | None) -> FieldVerdict:
    """Numbers, dates, booleans and binaries: the name decides, the type can only veto."""
    kind = schema.kind
    rule = name.rule if name else None
    if kind == "binary":
        notes = ("binary type: values not analyzed",)
    elif kind in NUMERIC_KINDS:
        notes = (f"{kind} type: phone, card, licence and ids ruled out from values",)
    elif kind in TEMPORAL_KINDS:
        notes = (f"{kind} type: personal only when the name says what date it is",)
    else:
        notes = (f"{kind} type: values not analyzed",)
    if name is None or name.confidence < NAME_MIN_CONFIDENCE:
        return _verdict(
            ref, False, None, None, 0.9 if name is None else 0.6, name_rule=rule, notes=notes
        )
    if kind in NUMERIC_KINDS and name.entity in TEXT_ONLY_ENTITIES:
        return _verdict(
            ref,
            False,
            None,
            None,
            0.6,
            name_rule=rule,
            notes=(*notes, f"{kind} type contradicts the name ({name.entity})"),
        )
    if (
        kind in TEMPORAL_KINDS
        and name.entity != "DATE_TIME"
        and (name.category not in TEMPORAL_CATEGORIES)
    ):
        return _verdict(
            ref,
            False,
            None,
            None,
            0.7,
            name_rule=rule,
            notes=(*notes, f"{kind} type contradicts the name ({name.category})"),
        )
    factor = 0.7 if kind == "boolean" else 1.0
    return _verdict(
        ref,
        True,
        name.category,
        name.entity,
        name.confidence * factor,
        name_rule=rule,
        notes=(*notes, *name.notes),
    )


def language_groups(texts: Sequence[str], detector: Detector) -> list[tuple[str, list[int]]]:
    """Texts by language, cheapest model first: those already loaded, then English.

    NOTE: support exchanges mix English and French, so each text gets its own model; the
    French model takes seconds to load, and a column already shown to hold names needs it
    only when the other texts could not decide.
    """
    by_lang: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        by_lang.setdefault(guess_language([text], detector.languages), []).append(i)
    loaded = detector.loaded_languages()
    return sorted(by_lang.items(), key=lambda kv: (kv[0] not in loaded, kv[0] != "en", kv[0]))


_NAME_WORD = re.compile(r"[A-ZÀ-Þ][\w'’-]+")


def is_full_name(span: str) -> bool:
    """NOTE: the small spaCy models call single capitalised words (a product, "Lampe")
    PERSON; a column is judged on names of two capitalised words or more."""
    return len(_NAME_WORD.findall(span)) >= 2


def _free_text(
    ref: FieldRef, name: NameMatch | None, strings: Sequence[str], detector: Detector
) -> FieldVerdict:
    distinct = list(dict.fromkeys(s[:FREE_TEXT_CHARS] for s in strings))[:FREE_TEXT_SAMPLE]
    named = name is not None and name.category.startswith("communications.")
    threshold = TEXT_PERSONAL_SHARE_NAMED if named else TEXT_PERSONAL_SHARE
    needed = min(2, len(distinct))
    hits: Counter[str] = Counter()
    recognizers: set[str] = set()
    examples: list[str] = []
    texts_with = 0
    analyzed: list[str] = []
    skipped: list[str] = []
    for lang, idx in language_groups(distinct, detector):
        if texts_with >= needed and texts_with / len(distinct) >= threshold:
            skipped.append(lang)  # more texts can only add to a verdict already reached
            continue
        analyzed.append(lang)
        group = [distinct[i] for i in idx]
        for text, matches in zip(group, detector.analyze_texts(group, lang), strict=True):
            found_here = [
                m
                for m in matches
                if m.entity in TEXT_PERSONAL_ENTITIES
                and (m.score >= 0.5 and is_full_name(text[m.start : m.end])
                     if m.entity == "PERSON" else m.score >= COUNT_SCORE)
            ]
            if found_here:
                texts_with += 1
            for m in found_here:
                hits[m.entity] += 1
                recognizers.add(m.recognizer)
                if len(examples) < MAX_EXAMPLES:
                    examples.append(mask(text[m.start : m.end], m.entity))
    language = "+".join(analyzed) + (f"; {'+'.join(skipped)} not needed" if skipped else "")
    share = texts_with / len(distinct) if distinct else 0.0
    notes = [f"free text ({language}): NER on {len(distinct)} distinct texts"]
    if hits:
        notes.append("entities: " + ", ".join(f"{e} x{n}" for e, n in hits.most_common()))
    personal = share >= threshold and texts_with >= needed
    category = name.category if named and name else "communications.message"
    entity = hits.most_common(1)[0][0] if hits else None
    confidence = 0.5 + min(0.45, share) if personal else (0.8 if not hits else 0.55)
    return _verdict(
        ref,
        personal,
        category,
        entity,
        confidence,
        name_rule=name.rule if name else None,
        recognizers=tuple(sorted(recognizers)),
        match_share=share,
        sampled=len(strings),
        examples=tuple(examples),
        notes=tuple(notes),
    )


def _structured(
    ref: FieldRef, name: NameMatch | None, strings: Sequence[str], detector: Detector | None
) -> FieldVerdict:
    rule = name.rule if name else None
    expected = name.entity if name else None
    counts = Counter(strings)
    per_entity: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    recognizers: dict[str, set[str]] = {}
    if detector is not None and counts:
        distinct = list(counts)
        for value, matches in zip(
            distinct, detector.analyze_values(distinct, detector.languages[0]), strict=True
        ):
            m = _describing_match(value, matches, expected)
            if m is None:
                continue
            per_entity[m.entity] += counts[value]
            recognizers.setdefault(m.entity, set()).add(m.recognizer)
            ex = examples.setdefault(m.entity, [])
            if len(ex) < MAX_EXAMPLES:
                ex.append(mask(value, m.entity))
    n = len(strings)
    top, top_n = per_entity.most_common(1)[0] if per_entity else (None, 0)
    top_share = top_n / n if n else 0.0

    def ev(entity: str | None, share: float, *notes: str) -> dict[str, Any]:
        return {
            "name_rule": rule,
            "recognizers": tuple(sorted(recognizers.get(entity or "", ()))),
            "match_share": share,
            "sampled": n,
            "examples": tuple(examples.get(entity or "", ())),
            "notes": tuple(x for x in notes if x),
        }

    value_strong = top in VALUE_ONLY_ENTITIES and top_share >= PERSONAL_SHARE
    if name is not None and name.confidence >= NAME_MIN_CONFIDENCE:
        name_notes = name.notes
        if name.hashed or expected is None:
            if value_strong and top is not None and top != expected:
                return _verdict(
                    ref,
                    True,
                    name.category,
                    top,
                    max(name.confidence, 0.6 + 0.4 * top_share),
                    **ev(top, top_share, *name_notes, f"values are {top}"),
                )
            return _verdict(
                ref, True, name.category, None, name.confidence, **ev(None, 0.0, *name_notes)
            )
        share = per_entity.get(expected, 0) / n if n else 0.0
        if share >= AGREE_SHARE:
            conf = min(0.99, max(name.confidence, 0.6 + 0.4 * share) + 0.05)
            return _verdict(
                ref, True, name.category, expected, conf, **ev(expected, share, *name_notes)
            )
        if value_strong and top is not None:
            # NOTE: validated values beat the name: a `phone` column full of e-mails.
            return _verdict(
                ref,
                True,
                ENTITY_CATEGORY.get(top, name.category),
                top,
                0.5 + 0.4 * top_share,
                **ev(top, top_share, *name_notes, f"name says {expected}, values are {top}"),
            )
        if detector is None or n == 0:
            note = "no detector: values not analyzed" if detector is None else "no values"
            return _verdict(
                ref,
                True,
                name.category,
                expected,
                name.confidence * 0.9,
                **ev(expected, share, *name_notes, note),
            )
        if share < CONTRADICT_SHARE and expected in VALIDATED_ENTITIES | {"FR_POSTAL_CODE"}:
            return _verdict(
                ref,
                True,
                name.category,
                expected,
                name.confidence * 0.6,
                **ev(expected, share, *name_notes, f"values do not look like {expected}"),
            )
        return _verdict(
            ref,
            True,
            name.category,
            expected,
            name.confidence * 0.9,
            **ev(expected, share, *name_notes),
        )
    if value_strong and top is not None:
        return _verdict(
            ref,
            True,
            ENTITY_CATEGORY[top],
            top,
            0.5 + 0.45 * top_share,
            **ev(top, top_share, "decided from values"),
        )
    weak = f"weak value match: {top} in {top_share:.0%}" if top and top_share >= 0.05 else ""
    low = "ambiguous name without context" if name is not None else ""
    return _verdict(ref, False, None, None, 0.8 - top_share / 2, **ev(top, top_share, weak, low))


def classify_field(
    ref: FieldRef,
    schema: FieldSchema,
    values: Sequence[object] = (),
    detector: Detector | None = None,
    container_hint: str = "",
) -> FieldVerdict:
    """The verdict for one field from its sampled values (None values are ignored).

    Without a detector only the name and the type are used (fast, for CI checks).
    """
    name = match_name(schema.name, container_hint or ref.container)
    if schema.kind not in VALUE_KINDS:
        return _by_type(ref, schema, name)
    strings = _strings(values, schema.kind)
    named_message = name is not None and name.category.startswith("communications.")
    free = (
        schema.kind == "free_text"
        or named_message
        or (_looks_free_text(strings) and (name is None or name.entity is None))
    )
    if free and detector is not None and strings:
        if name is None or named_message or name.confidence < NAME_MIN_CONFIDENCE:
            return _free_text(ref, name, strings, detector)
    return _structured(ref, name, strings, detector)


def classify_container(
    container: ContainerSchema, records: Sequence[Record], detector: Detector | None
) -> list[FieldVerdict]:
    """A verdict for every field of a container from a sample of its records."""
    return [
        classify_field(
            container.field_ref(f.name),
            f,
            [r.values.get(f.name) for r in records],
            detector,
            container_hint=container.name,
        )
        for f in container.fields
    ]


def identifier_kind(verdict: FieldVerdict) -> str | None:
    """The Identifier kind a personal field's values give (email, phone, name...), if any."""
    if not verdict.personal or verdict.category is None:
        return None
    if verdict.entity in ENTITY_IDENTIFIER:
        return ENTITY_IDENTIFIER[verdict.entity]
    return get_category(verdict.category).identifier
