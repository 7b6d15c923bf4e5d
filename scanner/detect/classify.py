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

from collections import Counter
from collections.abc import Sequence
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
from scanner.detect.base import VALIDATED_ENTITIES, Detector
from scanner.detect.lexicon import NameMatch, match_name
from scanner.detect.mask import mask
from scanner.detect.values import (
    MAX_EXAMPLES,
    language_groups,
    looks_free_text,
    personal_matches,
    strings_of,
    value_matches,
)

NUMERIC_KINDS = frozenset({"integer", "decimal", "float"})
TEMPORAL_KINDS = frozenset({"date", "datetime", "time"})
VALUE_KINDS = frozenset({"text", "free_text", "json", "unknown"})

PERSONAL_SHARE = 0.6  # validated matches in this share of values: personal, whatever the name
AGREE_SHARE = 0.5  # the name's entity in this share of values: the values agree
CONTRADICT_SHARE = 0.2  # the name's entity in less than this share: the values disagree
NAME_MIN_CONFIDENCE = 0.45  # a name alone below this is not enough (ambiguous, no context)
FREE_TEXT_SAMPLE = 100  # texts sent to NER per field
FREE_TEXT_CHARS = 1000  # head of each text sent to NER

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


def _verdict(
    ref: FieldRef,
    category: str | None,
    entity: str | None,
    confidence: float,
    *,
    personal: bool = True,
    **evidence: Any,
) -> FieldVerdict:
    """A verdict; a field that is not personal has no category and no entity."""
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
        return _verdict(ref, None, None, 0.9 if name is None else 0.6, personal=False,
                        name_rule=rule, notes=notes)
    if kind in NUMERIC_KINDS and name.entity in TEXT_ONLY_ENTITIES:
        return _verdict(ref, None, None, 0.6, personal=False, name_rule=rule,
                        notes=(*notes, f"{kind} type contradicts the name ({name.entity})"))
    if (
        kind in TEMPORAL_KINDS
        and name.entity != "DATE_TIME"
        and (name.category not in TEMPORAL_CATEGORIES)
    ):
        return _verdict(ref, None, None, 0.7, personal=False, name_rule=rule,
                        notes=(*notes, f"{kind} type contradicts the name ({name.category})"))
    factor = 0.7 if kind == "boolean" else 1.0
    return _verdict(ref, name.category, name.entity, name.confidence * factor,
                    name_rule=rule, notes=(*notes, *name.notes))


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
            found_here = personal_matches(text, matches)
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
        category,
        entity,
        confidence,
        personal=personal,
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
    found = value_matches(strings, detector, expected)
    per_entity, examples, recognizers = found.per_entity, found.examples, found.recognizers
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
                return _verdict(ref, name.category, top,
                                max(name.confidence, 0.6 + 0.4 * top_share),
                                **ev(top, top_share, *name_notes, f"values are {top}"))
            return _verdict(ref, name.category, None, name.confidence,
                            **ev(None, 0.0, *name_notes))
        share = per_entity.get(expected, 0) / n if n else 0.0
        if share >= AGREE_SHARE:
            conf = min(0.99, max(name.confidence, 0.6 + 0.4 * share) + 0.05)
            return _verdict(ref, name.category, expected, conf, **ev(expected, share, *name_notes))
        if value_strong and top is not None:
            # Validated values beat the name: a `phone` column full of e-mails.
            return _verdict(
                ref, ENTITY_CATEGORY.get(top, name.category), top, 0.5 + 0.4 * top_share,
                **ev(top, top_share, *name_notes, f"name says {expected}, values are {top}"))
        if detector is None or n == 0:
            note = "no detector: values not analyzed" if detector is None else "no values"
            return _verdict(ref, name.category, expected, name.confidence * 0.9,
                            **ev(expected, share, *name_notes, note))
        if share < CONTRADICT_SHARE and expected in VALIDATED_ENTITIES | {"FR_POSTAL_CODE"}:
            return _verdict(
                ref, name.category, expected, name.confidence * 0.6,
                **ev(expected, share, *name_notes, f"values do not look like {expected}"))
        return _verdict(ref, name.category, expected, name.confidence * 0.9,
                        **ev(expected, share, *name_notes))
    if value_strong and top is not None:
        return _verdict(ref, ENTITY_CATEGORY[top], top, 0.5 + 0.45 * top_share,
                        **ev(top, top_share, "decided from values"))
    weak = f"weak value match: {top} in {top_share:.0%}" if top and top_share >= 0.05 else ""
    low = "ambiguous name without context" if name is not None else ""
    return _verdict(ref, None, None, 0.8 - top_share / 2, personal=False,
                    **ev(top, top_share, weak, low))


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
    strings = strings_of(values, schema.kind)
    named_message = name is not None and name.category.startswith("communications.")
    free = (
        schema.kind == "free_text"
        or named_message
        or (looks_free_text(strings) and (name is None or name.entity is None))
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
