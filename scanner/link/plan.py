"""The link plan: which containers of a source concern people, and in which role.

Decided from the schema (keys, foreign keys, table and column names), the field verdicts
and, for rows that people point at, the data (how many rows point at each). See
docs/subjects.md, "Roles", for the rules and why; `pdmap subjects plan` prints the plan.

- root: a table of people (names, identity fields, or identifiers of its own and no owner):
  each row is its own subject, found by its identifiers and its key.
- own: a row without identifiers of its own that hangs off one person's row (orders ->
  customer, order lines -> order) belongs to that person.
- attached: a personal row a person's row points to (customer.address_id -> address)
  belongs to the person(s) pointing at it; several people: shared; very many: a lookup.
- reference: a column naming another person's row (support rep, manager, doctor,
  created_by) is recorded for that person, limited to the column and the row's key.

A foreign key between two people's rows is a relationship (a reference), never a merge.
"""

from __future__ import annotations

import fnmatch
import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import orjson

from scanner.core.types import WEAK_IDENTIFIER_KINDS, ContainerSchema, FieldVerdict
from scanner.identifiers.normalise import identifier_kind
from scanner.link.stage import BULK_ROWS, KNOWN_LIMIT, STAGE_LIMIT

# Bump when digests, rules, roles or storage change: every container is re-streamed.
LINK_VERSION = 3  # 2: runs (scanner/link/runs.py); 3: roles, shared identifiers
MAX_SHARED = 1000  # a strong value held by more rows than this in one table does not merge
BATCH = 5000
WORKER_ROWS = 100_000
ATTACH_MAX = 10  # a row more person rows than this point at is a lookup (a city, a store)
ATTACH_AVERAGE = 4.0  # ... and a table whose rows they point at this often on average
CHANGE_COLUMNS = ("updated_at", "modified_at", "last_modified", "last_modified_at",
                  "updated_on", "modified_on", "changed_at", "last_update", "updated",
                  "modified", "date_modification", "date_maj")
KEY_CATEGORIES = frozenset({"identity.account_id"})
# Identity fields that make a table a table of people (with a name, or alone).
PERSON_CATEGORIES = frozenset({"identity.name", "identity.birth_date", "identity.birth_place",
                               "identity.gender", "identity.nationality", "identity.photo"})
_KEY_SUFFIX = re.compile(r"^(?P<stem>.+?)_?id$", re.IGNORECASE)

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


@dataclass(frozen=True)
class LinkOptions:
    region: str = "FR"  # default region for phone numbers written without +country
    max_shared: int = MAX_SHARED
    batch_size: int = BATCH
    worker_rows: int = WORKER_ROWS  # a container this large is prepared in a second process
    bulk_rows: int = BULK_ROWS  # ... this large may make the pass a bulk load (link_stage)
    stage_limit: int = STAGE_LIMIT  # identifiers held back before they are written
    known_limit: int = KNOWN_LIMIT  # strong digests remembered during a container's pass
    attach_max: int = ATTACH_MAX


@dataclass(frozen=True)
class ParentLink:
    """Columns of a container holding the primary key of a parent container."""

    columns: tuple[str, ...]  # in the order of the parent's primary key
    parent: str
    parent_key: tuple[str, ...]  # the parent's primary key
    declared: bool  # False: inferred from the column name (see docs/subjects.md)
    hashed: tuple[str, ...] = ()  # parent key columns that are personal (see Plan.hashed)


@dataclass(frozen=True)
class Attachment:
    """Rows of this container that rows of `person` point at through `columns` (in the
    order of this container's key): they belong to whoever those rows belong to."""

    person: str
    columns: tuple[str, ...]
    key: tuple[str, ...]  # this container's key columns, as `columns` hold them


@dataclass(frozen=True)
class Plan:
    """What the link pass reads from one container and what it makes of it."""

    container: ContainerSchema
    identifiers: tuple[tuple[str, str], ...]  # (field, kind), names excluded
    names: tuple[str, ...]  # identity.name fields: joined into one weak name per row
    parents: tuple[ParentLink, ...]  # ownership: the row belongs to the parent's subject
    account_key: bool  # the row's own key is a strong account identifier
    categories: dict[str, str] = field(default_factory=dict)  # streamed field -> category
    other_categories: tuple[str, ...] = ()  # personal categories of fields not streamed
    changed: str | None = None  # an updated_at-style column, when there is one
    # Key columns that hold personal data (newsletter.email): the item stores their digest.
    hashed: tuple[str, ...] = ()
    runs: bool = False  # a leaf pure child: stored as runs (scanner/link/runs.py)
    role: str = "root"  # root, own, attached, reference (reference-only)
    references: tuple[ParentLink, ...] = ()  # columns naming another person's row
    attach: tuple[Attachment, ...] = ()  # for role attached: who points at the rows
    why: str = ""

    def fields(self) -> list[str]:
        out: list[str] = []
        for f in [f for f, _ in self.identifiers] + list(self.names) + [
                c for p in self.parents for c in p.columns]:
            if f not in out:
                out.append(f)
        return out

    def depends(self) -> set[str]:
        """Containers whose subjects this one's rows take."""
        return {p.parent for p in self.parents} | {a.person for a in self.attach}

    def signature(self, options: Any, key_id: str) -> str:
        data = [LINK_VERSION, key_id, options.region, options.max_shared, self.identifiers,
                self.names, [(p.columns, p.parent) for p in self.parents], self.account_key,
                sorted(self.categories.items()), self.other_categories, self.hashed, self.runs,
                self.role, [(a.person, a.columns) for a in self.attach],
                getattr(options, "attach_max", ATTACH_MAX)]
        return hashlib.sha256(orjson.dumps(data)).hexdigest()[:32]

    def reference_signature(self) -> str:
        return hashlib.sha256(orjson.dumps(
            [LINK_VERSION, [(p.columns, p.parent) for p in self.references]])).hexdigest()[:32]


@dataclass(frozen=True)
class Entry:
    """One container's line of `pdmap subjects plan`."""

    container: str
    role: str  # root, own, attached, reference, lookup, not linked, ignored
    path: str  # how its rows reach a person
    why: str

    def as_dict(self) -> dict[str, str]:
        return {"container": self.container, "role": self.role, "path": self.path,
                "why": self.why}


# Counts of the rows that point at each row of a container through some columns: (rows
# pointing, distinct rows pointed at, the most pointing at one), or None when unknown.
FanIn = Callable[[ContainerSchema, tuple[str, ...]], tuple[int, int, int] | None]


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


def names_reference(columns: Sequence[str], party: bool = False) -> bool:
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
    ws = [w for col in link.columns for w in words(col)]
    return any(w in OWNER_WORDS or _singular(w) in OWNER_WORDS for w in ws)


def person_noun(container: str) -> bool:
    """Whether a table is named as people: its last word (customers, tbl_customer,
    SupportReps; not customer_orders)."""
    ws = words(container)
    return bool(ws) and (ws[-1] in PERSON_NOUNS or _singular(ws[-1]) in PERSON_NOUNS)


@dataclass
class _Source:
    """What planning knows of a source's containers."""

    by_name: dict[str, ContainerSchema]
    cats: dict[str, dict[str, str]]
    kinds: dict[str, dict[str, str]]
    links: dict[str, list[ParentLink]]
    hashed: dict[str, tuple[str, ...]]


def _override(overrides: Sequence[Any], source: str, container: str,
              column: str | None) -> str | None:
    for o in overrides:
        if (fnmatch.fnmatchcase(source, o.source) and fnmatch.fnmatchcase(container, o.container)
                and (o.column == column if column is not None else o.column is None)):
            return str(o.role)
    return None


def _link_override(overrides: Sequence[Any], source: str, container: str,
                   link: ParentLink) -> str | None:
    for col in link.columns:
        found = _override(overrides, source, container, col)
        if found:
            return found
    return None


def check_overrides(containers: Sequence[ContainerSchema], overrides: Sequence[Any],
                    source: str) -> list[str]:
    """Overrides of this source that name no container or no column of it (one line each)."""
    problems = []
    for o in overrides:
        if not fnmatch.fnmatchcase(source, o.source):
            continue
        hits = [c for c in containers if fnmatch.fnmatchcase(c.name, o.container)]
        if not hits:
            problems.append(f"subjects.links: no container {o.container!r} in source {source}")
        elif o.column is not None and not any(o.column in {f.name for f in c.fields}
                                              for c in hits):
            problems.append(f"subjects.links: {o.container} has no column {o.column!r}")
    return problems


def plan_source(containers: Sequence[ContainerSchema],
                verdicts: Mapping[str, Sequence[FieldVerdict]],
                overrides: Sequence[Any] = (), fan_in: FanIn | None = None,
                attach_max: int = ATTACH_MAX) -> list[Plan]:
    """Plans for the containers that concern people, those they depend on first."""
    return _Planner(containers, verdicts, overrides, fan_in, attach_max).plans()


def explain_source(containers: Sequence[ContainerSchema],
                   verdicts: Mapping[str, Sequence[FieldVerdict]],
                   overrides: Sequence[Any] = (), fan_in: FanIn | None = None,
                   attach_max: int = ATTACH_MAX) -> list[Entry]:
    """Every container's role, path and reason, for `pdmap subjects plan`."""
    return _Planner(containers, verdicts, overrides, fan_in, attach_max).entries()


class _Planner:
    def __init__(self, containers: Sequence[ContainerSchema],
                 verdicts: Mapping[str, Sequence[FieldVerdict]], overrides: Sequence[Any],
                 fan_in: FanIn | None, attach_max: int) -> None:
        self.containers = list(containers)
        self.source = containers[0].source if containers else ""
        self.overrides = list(overrides)
        self.fan_in = fan_in
        self.attach_max = attach_max
        self.entries_: dict[str, Entry] = {}
        self._decide(verdicts)

    # -- deciding ------------------------------------------------------------------------

    def _decide(self, verdicts: Mapping[str, Sequence[FieldVerdict]]) -> None:
        src = self.source
        ignored = {c.name for c in self.containers
                   if _override(self.overrides, src, c.name, None) == "ignore"}
        containers = [c for c in self.containers if c.name not in ignored]
        for name in ignored:
            self.entries_[name] = Entry(name, "ignored", "", "pdmap.yaml: subjects.links")
        by_name = {c.name: c for c in containers}
        cats: dict[str, dict[str, str]] = {}
        kinds: dict[str, dict[str, str]] = {}
        for c in containers:
            found = {v.ref.field: v for v in verdicts.get(c.name, ()) if v.personal and v.category}
            cats[c.name] = {f: v.category for f, v in found.items() if v.category}
            kinds[c.name] = {f: k for f, v in found.items() if (k := identifier_kind(v.category))}
        # NOTE: a key that is itself personal data (a newsletter keyed by e-mail) is stored
        # as a digest; an account key (customers.id) is the row's address, kept as is.
        hashed = {c.name: tuple(k for k in c.primary_key
                                if k in cats[c.name] and cats[c.name][k] not in KEY_CATEGORIES)
                  for c in containers}
        links: dict[str, list[ParentLink]] = {}
        for c in containers:
            ls = []
            for p in _links(c, by_name, kinds[c.name]):
                p = replace(p, hashed=hashed[p.parent])
                if _link_override(self.overrides, src, c.name, p) == "ignore":
                    continue
                ls.append(p)
            links[c.name] = ls
            for p in ls:  # an account-kind column that holds a parent's key is a link
                for col in p.columns:
                    kinds[c.name].pop(col, None)
        self.s = _Source(by_name, cats, kinds, links, hashed)
        strong = {n for n, k in kinds.items()
                  if any(kind not in WEAK_IDENTIFIER_KINDS for kind in k.values())}
        identity = {n for n, cs in cats.items() if set(cs.values()) & PERSON_CATEGORIES}
        linked_cols = {n: {col for p in links[n] for col in p.columns} for n in by_name}
        noun = {n for n in by_name if person_noun(n) and (
            n in strong or set(cats[n]) - linked_cols[n])}

        def owner_link(c: str, p: ParentLink) -> bool:
            o = _link_override(self.overrides, src, c, p)
            return o == "owner" or (o is None and p.parent != c)

        # Other tables with identity fields or identifiers of their own are tables of
        # people unless they hang off another such table (an order's shipping name and
        # e-mail are its owner's copy) or, with identifiers but no identity fields, a
        # person's row points at them (an address with a phone).
        others = (identity | strong) - noun
        people = set(noun)
        for n in sorted(others):
            if not any(owner_link(n, p) and not names_reference(p.columns)
                       and p.parent in noun | others for p in links[n]):
                people.add(n)
        pointed = {p.parent for n in people for p in links[n]
                   if p.parent != n and p.parent not in noun}
        people -= (pointed - identity - noun)
        self.people = people
        self.roles: dict[str, str] = {}
        self.own: dict[str, list[ParentLink]] = {}
        self.refs: dict[str, list[ParentLink]] = {n: [] for n in by_name}
        self.attached: dict[str, list[Attachment]] = {}
        self.why: dict[str, str] = {}
        # Roots, their references and the rows they point at.
        for n in sorted(people):
            self.roles[n] = "root"
            owners = [p for p in links[n]
                      if _link_override(self.overrides, src, n, p) == "owner"]
            self.own[n] = owners
            self.why[n] = self._root_why(n, strong, identity, noun)
            for p in links[n]:
                if p in owners:
                    continue
                if p.parent in people:
                    self.refs[n].append(p)
                else:
                    self._attach_candidate(n, p)
        # Tables hanging off people (and off what hangs off them): those reached first,
        # then each decided once every table it hangs off is.
        reach = set(people)
        grew = True
        while grew:
            grew = False
            for n in by_name:
                if n not in reach and any(p.parent != n and owner_link(n, p)
                                          and p.parent in reach for p in links[n]):
                    reach.add(n)
                    grew = True
        for n in _depth_first(sorted(reach - people), {
                n: [p.parent for p in links[n] if p.parent != n] for n in reach}):
            cands = [p for p in links[n] if p.parent != n and owner_link(n, p)
                     and self.roles.get(p.parent) in ("root", "own")]
            if cands:
                self._own(n, cands)
        self._attach_decide()
        # Whatever is left: references only, lookups, or not linked.
        for n in sorted(by_name):
            if n in self.roles:
                continue
            refs = [p for p in links[n] if p.parent in people and p.parent != n]
            if refs:
                self.roles[n] = "reference"
                self.refs[n] = refs
                self.why[n] = "no owner; names people in " + _cols(refs)
        for n in sorted(set(by_name) - set(self.roles)):
            self._unlinked(n)
        # An attached row may name people too (created_by): references.
        for n in sorted(self.roles):
            if self.roles[n] != "attached":
                continue
            for p in links[n]:
                o = _link_override(self.overrides, src, n, p)
                if p.parent in people and o in (None, "reference") and p not in self.refs[n]:
                    self.refs[n].append(p)

    def _root_why(self, n: str, strong: set[str], identity: set[str], noun: set[str]) -> str:
        k = self.s.kinds[n]
        ids = sorted({kind for kind in k.values() if kind not in WEAK_IDENTIFIER_KINDS})
        if n in noun:
            return "a table of people by its name" + (
                f", identifiers ({', '.join(ids)})" if ids else "")
        if n in identity:
            return "a table of people: identity fields" + (
                f" and identifiers ({', '.join(ids)})" if ids else "")
        return f"identifiers of its own ({', '.join(ids)}) and no owner"

    def _attach_candidate(self, person: str, p: ParentLink) -> None:
        target = p.parent
        if not self.s.cats.get(target):
            return  # nothing personal there: a lookup (noted in _unlinked)
        if len(p.columns) != len(p.parent_key):
            return
        self.attached.setdefault(target, []).append(
            Attachment(person, p.columns, p.parent_key))

    def _attach_decide(self) -> None:
        """Attached candidates become attached, unless a lookup: very many rows point at
        each of their rows."""
        for target, atts in sorted(self.attached.items()):
            if target in self.roles:  # owned by someone already: pointing adds nothing
                continue
            kept, lookups = [], []
            last = words(target)[-1:] or [""]
            if last[0] in LOOKUP_NOUNS or _singular(last[0]) in LOOKUP_NOUNS:
                atts, lookups = [], ["a place or an organisation by its name: what people "
                                     "point at there is shared by many"]
            for a in atts:
                stats = None
                if self.fan_in is not None:
                    person = self.s.by_name[a.person]
                    stats = self.fan_in(person, a.columns)
                if stats is not None:
                    pointing, distinct, most = stats
                    if distinct and pointing / distinct > ATTACH_AVERAGE:
                        lookups.append(f"{a.person}.{_cols1(a.columns)}: {pointing} rows "
                                       f"point at {distinct} ({pointing / distinct:.1f} each)")
                        continue
                kept.append(a)
            if kept:
                self.roles[target] = "attached"
                self.attached[target] = kept
                self.why[target] = ("personal rows that people's rows point at through "
                                    + ", ".join(f"{a.person}.{_cols1(a.columns)}"
                                                for a in kept)
                                    + f"; a row more than {self.attach_max} point at is a "
                                      "lookup")
            else:
                self.attached[target] = []
                self.entries_[target] = Entry(
                    target, "lookup", "", "; ".join(lookups) if lookups[0].startswith("a ")
                    else "many rows point at each row: " + "; ".join(lookups))

    def _own(self, n: str, cands: list[ParentLink]) -> None:
        src = self.source
        forced = [p for p in cands if _link_override(self.overrides, src, n, p) == "owner"]
        refs = [p for p in cands if p not in forced and (
            _link_override(self.overrides, src, n, p) == "reference"
            or names_reference(p.columns))]
        left = [p for p in cands if p not in forced and p not in refs]
        party = [p for p in left if names_reference(p.columns, party=True)]
        if len(left) > len(party) > 0:  # the other party of a row someone else owns
            refs += party
        rest = forced or [p for p in cands if p not in refs]
        direct = [p for p in rest if p.parent in self.people]
        why = ""
        if not rest:  # every link names someone else: no owner
            self.refs[n].extend(p for p in refs if p.parent in self.people)
            return
        if len(direct) == 1 and len(rest) > 1 and not forced:
            # NOTE: a row that names a person directly and also hangs off a row someone
            # owns (an order's buyer_id and its listing, the seller's) is the person's it
            # names: the other row may be anyone's.
            why = f"; its direct link to a person: {_cols1(direct[0].columns)}"
            rest = direct
        elif len(direct) > 1 and not forced:
            owners = [p for p in direct if names_owner(p)]
            if len(owners) == 1:
                rest = owners
                why = f"; owner by its name: {_cols1(owners[0].columns)}"
            else:
                self.roles[n] = "reference"
                self.refs[n].extend(p for p in cands if p.parent in self.people)
                self.why[n] = ("ambiguous: hangs off several people ("
                               + _cols(cands) + "); each is recorded as a reference. "
                               "Set the owner in pdmap.yaml subjects.links")
                return
        dropped = [p for p in cands if p not in rest]
        self.refs[n].extend(p for p in dropped if p.parent in self.people)
        self.roles[n] = "own"
        self.own[n] = rest
        self.why[n] = ("no identity of its own; belongs to the owner of "
                       + _cols(rest) + why
                       + (" (forced in pdmap.yaml)" if forced else ""))

    def _unlinked(self, n: str) -> None:
        if n in self.entries_:
            return
        if n in self.attached:
            self.entries_[n] = Entry(n, "lookup", "", "rows people point at, too many each")
            return
        pointed = sorted({p for m in self.people for p in
                          [f"{m}.{_cols1(q.columns)}" for q in self.s.links[m] if q.parent == n]})
        if pointed:
            self.entries_[n] = Entry(n, "lookup", "", "no personal field; people's rows "
                                     "point at it (" + ", ".join(pointed) + ")")
        elif self.s.cats.get(n):
            self.entries_[n] = Entry(n, "not linked", "", "personal fields but no identifier,"
                                     " no identity fields and no link to a person: not "
                                     "tied to anyone")
        else:
            self.entries_[n] = Entry(n, "not linked", "", "no personal field")

    # -- output --------------------------------------------------------------------------

    def plans(self) -> list[Plan]:
        s = self.s
        plans = []
        for name in self._order():
            c = s.by_name[name]
            role = self.roles[name]
            kind_of = s.kinds[name]
            links = tuple(self.own.get(name, ())) if role in ("root", "own") else ()
            identifying = role in ("root", "own", "attached")
            # NOTE: the table's own one-column key, judged an account key, is not a plain
            # identifier: it makes each row a subject (account_key), found by its occurrences.
            own_key = set(c.primary_key) if len(c.primary_key) == 1 else set()
            idents = tuple((f.name, kind_of[f.name]) for f in c.fields
                           if identifying and f.name in kind_of
                           and kind_of[f.name] not in WEAK_IDENTIFIER_KINDS
                           and not (f.name in own_key and kind_of[f.name] == "account"))
            names = tuple(f.name for f in c.fields
                          if identifying and kind_of.get(f.name) == "name")
            streamed = {f for f, _ in idents} | set(names)
            changed_col = next((f.name for f in c.fields if f.name.lower() in CHANGE_COLUMNS
                                and f.kind in ("datetime", "date", "integer", "text")), None)
            plans.append(Plan(
                container=c, identifiers=idents, names=names, parents=links,
                account_key=role == "root" and not links and bool(c.primary_key)
                and not set(c.primary_key) & streamed,
                categories={f: cat for f, cat in s.cats[name].items() if f in streamed},
                other_categories=tuple(sorted({cat for f, cat in s.cats[name].items()
                                               if f not in streamed})),
                changed=changed_col, hashed=s.hashed[name], role=role,
                references=tuple(self.refs.get(name, ())),
                attach=tuple(self.attached.get(name, ())) if role == "attached" else (),
                why=self.why.get(name, "")))
        linked_to = {p.parent for plan in plans for p in plan.parents}
        return [replace(plan, runs=runs_eligible(
            plan, s.by_name.get(plan.parents[0].parent) if plan.parents else None,
            leaf=plan.container.name not in linked_to)) for plan in plans]

    def _order(self) -> list[str]:
        """What each container depends on first."""
        deps = {n: [p.parent for p in self.own.get(n, ())]
                + ([a.person for a in self.attached.get(n, ())]
                   if self.roles[n] == "attached" else []) for n in self.roles}
        return _depth_first(sorted(self.roles), deps)

    def entries(self) -> list[Entry]:
        out = dict(self.entries_)
        for plan in self.plans():
            n = plan.container.name
            path = ""
            if plan.role == "own":
                path = " ; ".join(f"{n}.{_cols1(p.columns)} -> {p.parent}" for p in plan.parents)
            elif plan.role == "attached":
                path = " ; ".join(f"{a.person}.{_cols1(a.columns)} -> {n}"
                                  for a in plan.attach)
            elif plan.role == "root":
                path = "its own identifiers" + (" and key" if plan.account_key else "")
            why = plan.why
            if plan.references:
                why += ("; " if why else "") + "references: " + ", ".join(
                    f"{_cols1(p.columns)} -> {p.parent}" for p in plan.references)
                if plan.role == "reference":
                    path = " ; ".join(f"{n}.{_cols1(p.columns)} -> {p.parent}"
                                      for p in plan.references)
            out[n] = Entry(n, plan.role, path, why)
        return [out[c.name] for c in self.containers if c.name in out]


def _depth_first(names: Sequence[str], deps: Mapping[str, Sequence[str]]) -> list[str]:
    """`names` ordered so that each comes after those of `names` it depends on; a cycle is
    broken where the walk meets it."""
    wanted = set(names)
    order: list[str] = []
    state: dict[str, int] = {}

    def visit(n: str) -> None:
        state[n] = 1
        for d in sorted(deps.get(n, ())):
            if d in wanted and state.get(d) is None:
                visit(d)
        state[n] = 2
        order.append(n)

    for n in names:
        if n not in state:
            visit(n)
    return order


def _cols1(columns: Sequence[str]) -> str:
    return "+".join(columns)


def _cols(links: Sequence[ParentLink]) -> str:
    return ", ".join(f"{_cols1(p.columns)} -> {p.parent}" for p in links)


def _links(c: ContainerSchema, by_name: Mapping[str, ContainerSchema],
           kinds: Mapping[str, str]) -> list[ParentLink]:
    """The container's foreign keys to containers with a key (itself included), declared,
    or inferred from `<table>_id` names when it declares none."""
    out = []
    for fk in c.foreign_keys:
        parent = by_name.get(fk.ref_container)
        if parent is None or not parent.primary_key:
            continue
        if set(fk.ref_columns) != set(parent.primary_key):
            continue
        order = dict(zip(fk.ref_columns, fk.columns, strict=True))
        out.append(ParentLink(tuple(order[k] for k in parent.primary_key), parent.name,
                              parent.primary_key, True))
    if c.foreign_keys:
        return out
    # No declared FK at all: infer `<table>_id` -> the single-column key of <table>(s), with
    # the table's own prefix too (wp_comments.user_id -> wp_users, oc_order -> oc_customer).
    schema, _, table = c.name.rpartition(".")
    prefixes = [""] + ([table[:table.index("_") + 1]] if "_" in table.strip("_") else [])
    for f in c.fields:
        m = _KEY_SUFFIX.match(f.name)
        if not m or f.kind not in ("integer", "text") or (f.name in kinds
                                                          and kinds[f.name] != "account"):
            continue
        if f.name in c.primary_key and len(c.primary_key) == 1:
            continue  # its own key
        stem = m.group("stem").lower().rstrip("_")
        names = [p + cand for p in prefixes for cand in (
            stem, stem + "s", stem + "es", stem[:-1] + "ies" if stem.endswith("y") else "")
            if cand]
        lower = {n.lower(): n for n in by_name}
        for cand in names:
            found = lower.get(f"{schema}.{cand}".lower() if schema else cand)
            parent = by_name.get(found) if found else None
            if parent and parent.name != c.name and len(parent.primary_key) == 1:
                out.append(ParentLink((f.name,), parent.name, parent.primary_key, False))
                break
    return out


# -- runs (scanner/link/runs.py) -----------------------------------------------------------


def runs_eligible(plan: Plan, parent: ContainerSchema | None, leaf: bool) -> bool:
    """Whether a container's rows can be stored as runs.

    One link, from one integer column to the parent's one-column integer key (not a
    digest); its own key one integer column (a primary key: no rowid or ctid); nothing of
    its own that identifies (identifiers, names, its key as an account); and `leaf`: no
    other linked container links to it, since a child looks its parent's rows up in
    occurrences.
    """
    c = plan.container
    if not leaf or len(plan.parents) != 1 or parent is None or parent.name != \
            plan.parents[0].parent:
        return False
    link = plan.parents[0]
    if plan.identifiers or plan.names or plan.account_key or plan.hashed or link.hashed:
        return False
    if len(c.primary_key) != 1 or len(link.columns) != 1 or len(link.parent_key) != 1:
        return False
    # NOTE: a column name starting with "{" would read as a JSON item (inventory.locator).
    names = (c.primary_key[0], link.columns[0], link.parent_key[0])
    return (not any(n.startswith("{") for n in names)
            and integer_column(c, c.primary_key[0]) and integer_column(c, link.columns[0])
            and integer_column(parent, link.parent_key[0]))


def integer_column(c: ContainerSchema, column: str) -> bool:
    return any(f.name == column and f.kind == "integer" for f in c.fields)
