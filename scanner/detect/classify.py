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
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from scanner.core.categories import get_category
from scanner.core.findings import LOW_CONFIDENCE
from scanner.core.types import (
    ContainerSchema,
    FieldRef,
    FieldSchema,
    FieldVerdict,
    ForeignKey,
    Record,
)
from scanner.detect.base import VALIDATED_ENTITIES, Detector
from scanner.detect.base import make_verdict as _verdict
from scanner.detect.context import (
    AGREE_SHARE,
    NAME_MIN_CONFIDENCE,
    coded_address,
    own_key,
    reference,
    weak_name,
)
from scanner.detect.lexicon import (
    OBJECT,
    PERSON,
    NameMatch,
    Neighbours,
    container_kind,
    match_name,
)
from scanner.detect.mask import mask
from scanner.detect.values import (
    MAX_EXAMPLES,
    full_name_share,
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
CONTRADICT_SHARE = 0.2  # the name's entity in less than this share: the values disagree
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
    "ADDRESS": "contact.address",
    "BIRTH_DATE": "identity.birth_date",
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
# What a number can never be, whatever its name says (blog_post.comments is a count).
NOT_NUMERIC_CATEGORIES = frozenset({
    "identity.name", "identity.photo", "identity.nationality", "contact.email",
    "communications.message", "communications.customer_service", "online.username",
    "online.user_agent", "online.browsing_history", "online.social_media",
    "credentials.password", "credentials.secret",
})


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
    if kind in NUMERIC_KINDS and (
        name.entity in TEXT_ONLY_ENTITIES or name.category in NOT_NUMERIC_CATEGORIES
    ):
        return _verdict(ref, None, None, 0.6, personal=False, name_rule=rule,
                        notes=(*notes, f"{kind} type contradicts the name ({name.category})"))
    if kind == "boolean" and not name.category.startswith("special."):
        # allow_email_submission, change_password: a setting, not the data
        return _verdict(ref, None, None, 0.7, personal=False, name_rule=rule,
                        notes=(*notes, f"boolean type contradicts the name ({name.category})"))
    if (
        kind in TEMPORAL_KINDS
        and name.entity != "DATE_TIME"
        and (name.category not in TEMPORAL_CATEGORIES)
    ):
        return _verdict(ref, None, None, 0.7, personal=False, name_rule=rule,
                        notes=(*notes, f"{kind} type contradicts the name ({name.category})"))
    return _verdict(ref, name.category, name.entity, name.confidence,
                    name_rule=rule, notes=(*notes, *name.notes))


def _free_text(
    ref: FieldRef, name: NameMatch | None, strings: Sequence[str], detector: Detector,
    things: bool = False, about_person: bool = False,
) -> FieldVerdict:
    """things: the table holds things (stores, products); a name in their text is a
    street's, a brand's or an author's, an address a place's: only identifiers (e-mail,
    phone...) count.
    about_person: each row is one person's (customers, their demographics); what is
    written on it is about them (a complaint, an opinion), whoever it names."""
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
            found_here = [m for m in personal_matches(text, matches)
                          if not (things and m.entity in ("PERSON", "ADDRESS"))]
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
    if about_person and distinct and not personal:
        personal = True
        notes.append("texts kept on a person's row are about that person")
    category = name.category if named and name else "communications.message"
    entity = hits.most_common(1)[0][0] if hits else None
    confidence = 0.5 + min(0.45, share) if personal else (0.8 if not hits else 0.55)
    if about_person and personal:
        confidence = max(confidence, 0.7)
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


def _bearing_out(expected: str, share: float, strings: Sequence[str],
                 detector: Detector) -> float:
    """How far the values bear out a weak name: the share of values its entity describes;
    for people's names, the share NER reads as full names (structured values get no NER)."""
    return full_name_share(strings, detector) if expected == "PERSON" else share


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
        if detector is not None and n and name.confidence < LOW_CONFIDENCE:
            share = _bearing_out(expected, share, strings, detector)
            return weak_name(ref, name, share, ev(expected, share, *name_notes))
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
            factor = 1.0 if detector is None else 0.9  # `pdmap check` has no values to ask
            return _verdict(ref, name.category, expected, name.confidence * factor,
                            **ev(expected, share, *name_notes, note))
        if share < CONTRADICT_SHARE and expected in VALIDATED_ENTITIES | {"FR_POSTAL_CODE"}:
            return _verdict(
                ref, name.category, expected, name.confidence * 0.6,
                **ev(expected, share, *name_notes, f"values do not look like {expected}"))
        return _verdict(ref, name.category, expected, name.confidence * 0.9,
                        **ev(expected, share, *name_notes))
    if name is not None and expected is not None and n and detector is not None:
        # an ambiguous name with no context (`name` of a table that does not say what it
        # holds): the values decide; people's names are values NER reads as full names.
        share = _bearing_out(expected, per_entity.get(expected, 0) / n, strings, detector)
        if share >= AGREE_SHARE:
            return weak_name(ref, name, share, ev(expected, share, *name.notes))
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
    siblings: Sequence[FieldSchema] = (),
    references: str = "",
    organisations: Collection[str] = (),
    complete: bool = False,
) -> FieldVerdict:
    """The verdict for one field from its sampled values (None values are ignored).

    Without a detector only the name and the type are used (fast, for CI checks).
    siblings are the container's fields (this one included, or not): their names are the
    context some names need (a `state` beside a `city`); references is the table a declared
    foreign key of the field points at (a FieldSchema from a schema file carries its own);
    organisations are the containers whose rows are organisations' (`organisation_rows`);
    complete says the values are every row's (the table is smaller than the sample).
    """
    container = container_hint or ref.container
    neighbours = Neighbours.of((f.name for f in siblings), container) if siblings else None
    name = match_name(schema.name, container, neighbours)
    coded = coded_address(ref, schema, container, neighbours)
    if coded is not None:
        return coded
    linked = reference(ref, schema, name, references or schema.references, organisations)
    if linked is not None:
        return linked
    if name is None or name.category == "identity.account_id":
        own = own_key(ref, schema, container, neighbours)
        if own is not None:
            return own
    if name is not None and name.of_a_thing and detector is not None:
        # an office's phone, a pet's birth date: values cannot tell whose it is, and the
        # table says a thing's. `pdmap check` (no detector) warns instead.
        return _verdict(ref, None, None, 0.7, personal=False, name_rule=name.rule,
                        notes=(*name.notes, "a contact of a thing, not of a person"))
    if schema.kind not in VALUE_KINDS:
        return _by_type(ref, schema, name)
    strings = strings_of(values, schema.kind)
    named_message = name is not None and name.category.startswith("communications.")
    free = (
        schema.kind == "free_text"
        or named_message
        or (looks_free_text(strings) and (name is None or name.entity is None))
    )
    if named_message and detector is not None and not strings and complete:
        # a message column is judged by what its texts say; every row was read, none has one
        return _verdict(ref, name.category if name else None, None, 0.5, personal=False,
                        name_rule=name.rule if name else None, sampled=len(values),
                        notes=("no row holds a text: nothing to judge (judged again when "
                               "texts appear)",))
    if free and detector is not None and strings:
        if name is None or named_message or name.confidence < NAME_MIN_CONFIDENCE:
            kind = container_kind(container)
            return _free_text(ref, name, strings, detector, things=kind == OBJECT,
                              about_person=kind == PERSON and not (
                                  neighbours is not None and neighbours.organisation))
    return _structured(ref, name, strings, detector)


def classify_container(
    container: ContainerSchema, records: Sequence[Record], detector: Detector | None,
    organisations: Collection[str] = (),
    complete: bool = False,
) -> list[FieldVerdict]:
    """A verdict for every field of a container from a sample of its records; organisations
    as for classify_field (the source's `organisation_rows`); complete: the records are
    every row of the container."""
    targets = _fk_targets(container.foreign_keys)
    return [
        classify_field(
            container.field_ref(f.name),
            f,
            [r.values.get(f.name) for r in records],
            detector,
            container_hint=container.name,
            siblings=container.fields,
            references=targets.get(f.name, ""),
            organisations=organisations,
            complete=complete,
        )
        for f in container.fields
    ]


def organisation_rows(containers: Iterable[ContainerSchema]) -> frozenset[str]:
    """The containers whose rows are organisations with a contact person (a company
    customer): a link to one of their rows is not a link to a person."""
    return frozenset(c.name for c in containers
                     if Neighbours.of((f.name for f in c.fields), c.name).organisation)


def _fk_targets(fks: Sequence[ForeignKey]) -> dict[str, str]:
    """column -> the table its single-column foreign key points at."""
    return {fk.columns[0]: fk.ref_container for fk in fks if len(fk.columns) == 1}


def identifier_kind(verdict: FieldVerdict) -> str | None:
    """The Identifier kind a personal field's values give (email, phone, name...), if any."""
    if not verdict.personal or verdict.category is None:
        return None
    if verdict.entity in ENTITY_IDENTIFIER:
        return ENTITY_IDENTIFIER[verdict.entity]
    return get_category(verdict.category).identifier
