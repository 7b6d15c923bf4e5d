"""The words of table and column names that say whom a row concerns: people, owners, the
other party of a row, someone who looks after it, places and organisations. The planner
(scanner.link.planner) decides roles with them; docs/subjects.md, "Roles", says why.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scanner.link.plan import ParentLink

# Words of a column that names someone who looks after the row, never its owner: a
# reference, even when it is the row's only link to a person (a department's manager).
REFERENCE_WORDS = frozenset({
    "manager", "mgr", "supervisor", "boss", "superior", "rep", "representative", "agent",
    "assignee", "assigned", "referrer", "referred", "referral", "referee", "sponsor",
    "inviter", "invited", "creator", "approver", "approved", "reviewer", "reviewed",
    "handler", "handled", "processed", "sales", "salesman", "salesperson", "recruiter",
    "interviewer", "responsable", "commercial", "parrain", "conseiller", "gestionnaire",
    "teacher", "instructor", "tutor", "coach", "mentor", "trainer", "enseignant",
    "formateur"})
# Words of a column that names the other party of a row that hangs off two people (an
# appointment's doctor, an order's seller): a reference when another link names the
# owner, the owner when it is the row's only link (a seller's listing).
PARTY_WORDS = frozenset({
    "doctor", "physician", "practitioner", "dentist", "nurse", "therapist", "seller",
    "vendor", "merchant", "medecin", "vendeur", "staff", "employee", "author"})
REFERENCE_PHRASES = ("reports_to", "created_by", "updated_by", "modified_by", "deleted_by",
                     "changed_by", "approved_by", "reviewed_by", "handled_by",
                     "processed_by", "assigned_to", "invited_by", "referred_by", "owned_by",
                     "cree_par", "modifie_par")
# Words of a column or table that names the row's owner, when a row hangs off two people.
OWNER_WORDS = frozenset({
    "customer", "customers", "client", "clients", "buyer", "buyers", "purchaser", "patient",
    "patients", "user", "users", "member", "members", "student", "students", "person",
    "people", "contact", "contacts", "subscriber", "guest", "tenant", "passenger",
    "holder", "applicant", "candidate", "beneficiary", "insured", "policyholder",
    "account", "adherent", "abonne", "eleve", "utilisateur"})
# Table names that hold people: with identifiers, such a table is a root.
PERSON_NOUNS = frozenset({
    "customer", "client", "user", "employee", "staff", "member", "person", "people",
    "contact", "patient", "doctor", "physician", "student", "teacher", "subscriber",
    "guest", "lead", "applicant", "candidate", "driver", "passenger", "tenant", "agent",
    "rep", "seller", "buyer", "author", "worker", "volunteer", "donor", "player", "partner",
    "personne", "utilisateur", "salarie", "adherent", "abonne", "eleve", "medecin"})


# Table names of places and organisations: what people's rows point at there is shared by
# their colleagues or neighbours, never one person's (an employee's office, a store).
LOOKUP_NOUNS = frozenset({
    "office", "store", "shop", "branch", "department", "dept", "city", "country", "region",
    "state", "province", "site", "location", "warehouse", "agency", "company", "organisation",
    "organization", "team", "school", "hospital", "clinic", "bank", "airport", "facility",
    "division", "unit", "territory", "building", "campus", "plant", "depot", "bureau",
    "agence", "magasin", "ville", "pays", "societe", "entreprise", "service", "etablissement"})


def words(name: str) -> list[str]:
    """A column or table name's words, lower case: SupportRepId -> support, rep, id."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name.rpartition(".")[2])
    return [w for w in re.split(r"[^A-Za-z0-9À-ÿ]+", spaced.lower()) if w]


def _singular(w: str) -> str:
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def names_reference(columns: Sequence[str], *, party: bool = False) -> bool:
    """Whether a link's column names someone other than the row's owner; `party`: also
    the other party of a row that has an owner (PARTY_WORDS)."""
    vocabulary = REFERENCE_WORDS | PARTY_WORDS if party else REFERENCE_WORDS
    for col in columns:
        ws = words(col)
        joined = "_".join(ws)
        if any(p in joined for p in REFERENCE_PHRASES):
            return True
        if any(w in vocabulary or _singular(w) in vocabulary for w in ws):
            return True
    return False


def names_owner(link: ParentLink) -> bool:
    """Whether a link's columns name the row's owner (OWNER_WORDS: customer_id, buyer)."""
    ws = [w for col in link.columns for w in words(col)]
    return any(w in OWNER_WORDS or _singular(w) in OWNER_WORDS for w in ws)


def person_noun(container: str) -> bool:
    """Whether a table is named as people: its last word (customers, tbl_customer,
    SupportReps; not customer_orders)."""
    ws = words(container)
    return bool(ws) and (ws[-1] in PERSON_NOUNS or _singular(ws[-1]) in PERSON_NOUNS)


def lookup_noun(container: str) -> bool:
    """Whether a table is named as places or organisations: its last word (LOOKUP_NOUNS)."""
    last = words(container)[-1:] or [""]
    return last[0] in LOOKUP_NOUNS or _singular(last[0]) in LOOKUP_NOUNS
