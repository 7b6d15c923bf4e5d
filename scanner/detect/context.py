"""Verdicts a field's context gives before its values: a declared link to another table,
the key of a table of people, and a name too weak alone that the values must bear out.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from scanner.core.types import FieldRef, FieldSchema, FieldVerdict
from scanner.detect.base import make_verdict as _verdict
from scanner.detect.lexicon import (
    ADDRESS_RULES,
    CONVERSATION,
    OBJECT,
    PERSON,
    RELATED,
    NameMatch,
    Neighbours,
    container_kind,
    tokenize,
)
from scanner.detect.wordlists import container_tokens, load_lexicon, singular

AGREE_SHARE = 0.5  # the name's entity in this share of values: the values agree
NAME_MIN_CONFIDENCE = 0.45  # a name alone below this is not enough (ambiguous, no context)
REFERENCE_CONFIDENCE = 0.8  # a declared foreign key to a person table


def reference(ref: FieldRef, schema: FieldSchema, name: NameMatch | None,
               target: str, organisations: Collection[str] = ()) -> FieldVerdict | None:
    """A declared link to a person table names a person, whatever the column is called
    (assigned_to_id, created_by_fk); a name that says more keeps its own verdict. A link to
    a table of things, conversations or records (an organisation's owner_id, a backup
    code's device_id), or to the rows of organisations (Neighbours.organisation: a company
    customer with a contact person), holds that row's key: the row is judged where it is."""
    if not target:
        return None
    kind = container_kind(target)
    if kind in (OBJECT, RELATED, CONVERSATION) or target in organisations:
        what = "an organisation's" if target in organisations else f"a table of {kind}"
        return _verdict(ref, None, None, 0.8, personal=False, name_rule=name.rule if name else None,
                        notes=(f"{schema.kind} field declared as a link to {target}, "
                               f"{what} rows",))
    if kind != PERSON:
        return None
    if name is not None and name.confidence >= NAME_MIN_CONFIDENCE and (
        name.category != "identity.account_id"
    ):
        return None
    return _verdict(ref, "identity.account_id", None, REFERENCE_CONFIDENCE,
                    name_rule=f"reference:{target}",
                    notes=(f"{schema.kind} field declared as a link to {target}",))


def weak_name(ref: FieldRef, name: NameMatch, share: float,
               evidence: dict[str, Any]) -> FieldVerdict:
    """A name that is only a guess (`name` beside an e-mail in a table that does not say what
    it holds): the sampled values decide."""
    notes = evidence.pop("notes")
    if share >= AGREE_SHARE:
        return _verdict(ref, name.category, name.entity, 0.6 + 0.3 * share, **evidence,
                        notes=(*notes, "values bear out the name"))
    return _verdict(ref, None, None, 0.7 - share / 2, personal=False, **evidence,
                    notes=(*notes, "values do not bear out a weak name"))


def own_key(ref: FieldRef, schema: FieldSchema, container: str,
             neighbours: Neighbours | None) -> FieldVerdict | None:
    """The primary key of a table of people is each person's account key, whatever it is
    called (ProspectiveBuyerKey, emp_no)."""
    if not schema.primary_key or container_kind(container) != PERSON:
        return None
    if neighbours is not None and neighbours.link_table:
        return None
    if neighbours is not None and neighbours.organisation:
        return _verdict(ref, None, None, 0.7, personal=False, name_rule="key:primary",
                        notes=("the key of an organisation's row: its contact person's "
                               "fields are personal, the row's key is the organisation's",))
    return _verdict(ref, "identity.account_id", None, 0.7, name_rule="key:primary",
                    notes=("the primary key of a table of people",))


# The parts of an address a table of people may hold as a code (a key of a lookup table).
ADDRESS_PART_WORDS = frozenset({"city", "town", "ville", "commune", "state", "province",
                                "county", "district", "country", "pays", "postcode", "zip"})
CODE_WORDS = frozenset({"id", "fk", "key", "code", "no", "num", "nr"})


def coded_address(ref: FieldRef, schema: FieldSchema, container: str,
                  neighbours: Neighbours | None) -> FieldVerdict | None:
    """A city, state or country of a person's address held as a code (cust_city_id,
    country_id declared as a link to countries), beside the address it is part of: the
    code says where the person lives as much as the name of the place would."""
    if (neighbours is None or neighbours.organisation or not neighbours.any(*ADDRESS_RULES)
            or container_kind(container) != PERSON):
        return None
    toks = [singular(t) for t in tokenize(schema.name)]
    drop = load_lexicon().person_words | container_tokens(container)
    core = [t for t in toks if t not in drop]
    if len(core) < 2 or core[-1] not in CODE_WORDS or not set(core[:-1]) <= ADDRESS_PART_WORDS:
        return None
    return _verdict(ref, "contact.address", None, 0.6, name_rule="coded:address",
                    notes=(f"a coded part of a person's address ({' '.join(core[:-1])}), "
                           "beside the address",))
