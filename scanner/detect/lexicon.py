"""Field names to categories, from rules/lexicon.yaml (English and French).

A name is the cheapest and often the best evidence: `date_naissance` says more than any
recognizer can about a column of dates. The lexicon is data; this module only tokenizes
and picks the most specific rule. See the header of rules/lexicon.yaml for the rules of
the game.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from scanner.core.categories import get_category
from scanner.detect.wordlists import (
    CONVERSATION,
    OBJECT,
    PERSON,
    RELATED,
    UNKNOWN,
    Lexicon,
    NameRule,
    container_kind,
    container_tokens,
    is_person_container,
    load_lexicon,
    singular,
    tokenize,
)

__all__ = [
    "CONVERSATION", "OBJECT", "PERSON", "RELATED", "UNKNOWN", "NameMatch", "Neighbours",
    "container_kind", "is_person_container", "match_name", "tokenize",
]

MAX_PHRASE_TOKENS = 6
AMBIGUOUS_FACTOR = 0.55  # an ambiguous name with no context: too weak alone (values decide)
NEIGHBOUR_FACTOR = 0.8  # an ambiguous name beside person fields: a guess (a warning in check)
PERSON_CONTEXT_BONUS = 0.1
OBJECT_CONFIDENCE = 0.55  # a personal-looking name in a table of things: a guess


@dataclass(frozen=True, slots=True)
class NameMatch:
    """What the name of a field says; rule is the evidence (`lexicon:<rule id>`)."""

    rule: str
    category: str
    entity: str | None
    confidence: float
    hashed: bool = False  # the name says the value is a hash/ciphertext of the data
    notes: tuple[str, ...] = ()
    of_a_thing: bool = False  # a contact field of a table of things (an office's phone)


@dataclass(frozen=True, slots=True)
class Neighbours:
    """What the other fields of the same container are, by the lexicon rule their names
    match (`address`, `postal_code`, `email`...); None of it is known for a lone field."""

    rules: frozenset[str] = frozenset()
    link_table: bool = False  # every field a key (id, user_id, role_id): a link between rows
    # the row is an organisation's with a contact person (CustomerName beside ContactName,
    # and no first or last name of the row's own): a company customer or supplier
    organisation: bool = False

    @classmethod
    def of(cls, names: Iterable[str], container: str = "") -> Neighbours:
        return _neighbours(tuple(names), container)

    def any(self, *rule_ids: str) -> bool:
        return any(r in self.rules for r in rule_ids)


@lru_cache(maxsize=1024)
def _neighbours(names: tuple[str, ...], container: str) -> Neighbours:
    found = set()
    keys = others = 0
    own_name = False  # a name of the row's own person (first_name, full_name)
    party = container_tokens(container) | ORGANISATION_WORDS
    for name in names:
        m = match_name(name, container)
        toks = tokenize(name)
        if m is not None:
            found.add(m.rule.removeprefix("lexicon:"))
            if m.rule in PERSON_NAME_RULES and set(toks) - {"name", "nom"} - party:
                own_name = True
        if toks and toks[-1] in LINK_KEYS:
            keys += 1
        elif not set(toks) <= STAMP_WORDS:
            others += 1
    # roles_users (id, user_id, role_id), an owner row (id, organization_id,
    # organization_user_id, created): keys and timestamps only
    return Neighbours(frozenset(found), link_table=keys >= 3 and others == 0,
                      organisation="contact_person_name" in found and not own_name)


CONTACT_LINES = frozenset({"contact.email", "contact.phone"})
PERSON_NAME_RULES = frozenset({"lexicon:person_name", "lexicon:name_alone"})
# Words of a name field that names an organisation (CustomerName, company_name, raison
# sociale), besides the container's own words.
ORGANISATION_WORDS = frozenset({
    "company", "customer", "client", "supplier", "vendor", "organisation", "organization",
    "org", "business", "account", "store", "shop", "firm", "partner", "dealer", "reseller",
    "agency", "institution", "legal", "trading", "societe", "entreprise", "fournisseur",
    "raison", "sociale", "social", "commercial", "display"})
IRREGULAR_PARTICIPLES = frozenset({"hidden", "written", "done", "taken", "given", "made",
                                   "seen", "sent", "held", "run", "paid", "led", "met"})
LINK_KEYS = frozenset({"id", "fk", "pk", "uuid", "guid"})
STAMP_WORDS = frozenset({"created", "modified", "updated", "changed", "at", "on", "date",
                         "time", "timestamp", "by"})
ADDRESS_RULES = ("address", "postal_code", "postal_code_cp")
PERSON_EVIDENCE_RULES = ("person_name", "email", "phone", "birth_date", "gender")
WRITER_RULES = ("person_reference", "account_key")
# what things have too: a queue's mailbox, an office's phone, a product's notes, a pet's
# birth date, a place's IP locator
DOWNGRADED_IN_OBJECTS = frozenset({"contact.email", "contact.phone", "contact.address",
                                   "identity.account_id", "identity.birth_date",
                                   "online.ip_address", "online.location",
                                   "communications.message",
                                   "communications.customer_service"})
CARD_RULES = ("card_number", "card_pan", "card_other", "card_partial")


def _context_holds(rule: NameRule, kind: str, name_toks: set[str], ctoks: set[str],
                   neighbours: Neighbours | None) -> bool:
    """A rule that `needs` context: the container and the neighbouring fields say so."""
    lex = load_lexicon()
    if rule.needs == "address":
        return kind != OBJECT and neighbours is not None and neighbours.any(*ADDRESS_RULES)
    if rule.needs == "card":
        return bool((name_toks | ctoks) & lex.card_words) or (
            neighbours is not None and neighbours.any(*CARD_RULES))
    if rule.needs == "conversation":
        # a table of people or of what they write; or a table that does not say what
        # it holds but names who wrote the row (schedule_event.creator_id)
        return kind in (PERSON, CONVERSATION) or (
            kind == UNKNOWN and neighbours is not None and neighbours.any(*WRITER_RULES))
    if rule.needs == "person":
        return kind == PERSON
    if rule.needs == "person_side":
        return kind != OBJECT  # an app's client secret is not a person's
    if rule.needs == "not_app_client":
        return kind != OBJECT and not (
            neighbours is not None and neighbours.any("client_key")
            and neighbours.any("client_secret"))
    if rule.needs == "one_time":
        return any(t.endswith(tuple(lex.one_time_words)) for t in ctoks)
    if rule.needs == "otp":
        otp = tuple(lex.otp_words)
        return any(t.startswith(otp) or t.endswith(otp) for t in ctoks)  # totpdevice
    return True


def _candidates(lex: Lexicon, toks: list[str]) -> list[tuple[int, int, int, NameRule]]:
    """(start, end, phrase length, rule) of every matching span of tokens, best first."""
    found: list[tuple[int, int, int, NameRule, int]] = []
    for i in range(len(toks)):
        for j in range(i + 1, min(len(toks), i + MAX_PHRASE_TOKENS) + 1):
            glue = "".join(toks[i:j])
            for rule, _n in lex.by_glue.get(glue, ()):
                if rule.exact and (i, j) != (0, len(toks)):
                    continue
                found.append((j - i, len(glue), j, rule, i))
    # Most tokens covered wins, then the rightmost (English puts the head last:
    # last_login_ip is an IP, not a login), then the longer phrase.
    found.sort(key=lambda c: (c[0], c[2], c[1]), reverse=True)
    return [(c[4], c[2], c[1], c[3]) for c in found]


def _about_the_value(lex: Lexicon, rule: NameRule, rest: set[str], toks: list[str]) -> bool:
    """Words beside the phrase that make the field about the value, not the value:
    email_status, phone_verified; a key (address_id) unless the rule names a reference
    (author_id). `created_by_email` is the creator's e-mail: "X by" names a person."""
    if "by" in toks:
        by = toks.index("by")
        rest = rest - set(toks[: by + 1]) - {singular(t) for t in toks[: by + 1]}
    if rule.key_ok:
        rest = rest - lex.key_tokens
    if rule.category.startswith("special."):
        return False  # has_disability, religion_id, health_status: still special data
    return bool(rest & lex.non_personal_tokens)


def match_name(field: str, container: str = "",
               neighbours: Neighbours | None = None) -> NameMatch | None:
    """The lexicon's reading of a field name, or None when the name says nothing.

    container: the table (or folder) name; neighbours: the rules the other fields of the
    container match, for rules that need them (a `state` is an address part only beside
    an address; an `expiry_date` is a card's only beside a card).
    """
    lex = load_lexicon()
    all_toks = tokenize(field)
    toks = [t for t in all_toks if t not in lex.stop_words and not t.isdigit()]
    if not toks:
        return None
    ctoks = container_tokens(container)
    kind = container_kind(container)
    failed: tuple[int, int] | None = None  # the span of a rule whose context did not hold
    for start, end, _length, rule in _candidates(lex, toks):
        rest = set(toks[:start] + toks[end:])
        rest_singular = rest | {singular(t) for t in rest}
        if rule.rest_allowed is not None:
            if rest_singular - rule.rest_allowed - lex.person_words:
                continue  # email_state: the state of an e-mail, not a place
        elif _about_the_value(lex, rule, rest_singular, toks):
            return None
        confidence = rule.confidence
        notes: list[str] = []
        person_word = bool(rest_singular & lex.person_words) or "by" in toks
        if rule.person_only and not (person_word or kind == PERSON):
            continue
        if rule.person_only and neighbours is not None and neighbours.link_table:
            continue  # roles_users.id: the key of a link, not of a person
        if failed is not None and failed != (start, end):
            return None  # the head says what it is, and here that is not personal
        if rule.needs and not _context_holds(rule, kind, set(toks), ctoks, neighbours):
            failed = (start, end)  # another rule of the same words may still hold (key)
            continue
        # A phrase of two words or more ("shipping address") is specific enough.
        if rule.ambiguous and end - start == 1:
            if rest_singular & lex.object_words:
                return None  # product_name, nom_produit
            if person_word or kind == PERSON:
                confidence = min(1.0, confidence + PERSON_CONTEXT_BONUS)
            elif kind == OBJECT:
                return None  # `name` in products
            elif neighbours is not None and neighbours.any(*PERSON_EVIDENCE_RULES):
                confidence *= NEIGHBOUR_FACTOR
                notes.append("ambiguous name, person fields beside it")
            else:
                confidence *= AMBIGUOUS_FACTOR
                notes.append("ambiguous name, no context")
        of_a_thing = (
            not (rule.ambiguous and end - start == 1)
            and _of_a_thing(rule, kind, person_word, neighbours)
        ) or _of_an_organisation(rule, ctoks, neighbours)
        if of_a_thing:
            confidence = min(confidence, OBJECT_CONFIDENCE)
            notes.append("in a table of things")
        category, hashed = rule.category, False
        for mod in lex.modifiers:
            scope = set(all_toks) | (ctoks if mod.container else set())
            if not scope & mod.tokens:
                continue
            if mod.hashed:
                hashed = True
                notes.append("name says hashed")
            elif mod.from_category == category and mod.category:
                category = get_category(mod.category).id
        return NameMatch(
            rule=f"lexicon:{rule.id}",
            category=category,
            entity=None if hashed else rule.entity,
            confidence=round(confidence, 3),
            hashed=hashed,
            notes=tuple(notes),
            of_a_thing=of_a_thing,
        )
    return _done_by(lex, toks)


ORGANISATION_OWN = frozenset({"identity.name", "contact.address",
                              "financial.invoicing_address"})


def _of_a_thing(rule: NameRule, kind: str, person_word: bool,
                neighbours: Neighbours | None) -> bool:
    """What things have too, in a table of things: helpdesk_queue.email_address is the
    queue's mailbox, maybe a person's. Beside a ContactName, a supplier's e-mail and phone
    are the contact's (its street is still the supplier's)."""
    if kind != OBJECT or person_word or rule.key_ok or rule.category not in DOWNGRADED_IN_OBJECTS:
        return False
    return not (rule.category in CONTACT_LINES and neighbours is not None
                and neighbours.any("person_name", "contact_person_name"))


def _of_an_organisation(rule: NameRule, ctoks: set[str],
                        neighbours: Neighbours | None) -> bool:
    """A field of a row that is an organisation's, not its contact person's: the table has
    a contact person's name (ContactName) and is not itself a table of contacts.
    Customers(CustomerName, ContactName, Phone, Address...): its name and address are its
    own, the contact's lines are theirs."""
    return (neighbours is not None and neighbours.organisation
            and rule.id != "contact_person_name" and rule.category in ORGANISATION_OWN
            and "contact" not in ctoks)


def _done_by(lex: Lexicon, toks: list[str]) -> NameMatch | None:
    """`<past participle> by` names whoever did it: CompletedBy, inspected_by_id."""
    if "by" not in toks or toks.index("by") == 0:
        return None
    by = toks.index("by")
    verb, rest = toks[by - 1], set(toks[by + 1:])
    if not (verb.endswith("ed") or verb in IRREGULAR_PARTICIPLES) or rest - lex.key_tokens:
        return None
    return NameMatch(rule="lexicon:person_reference", category="identity.account_id",
                     entity=None, confidence=0.7, notes=("<done> by: a person",))
