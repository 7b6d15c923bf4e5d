"""The link planner: which containers of a source concern people, and in which role.

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

from collections.abc import Mapping, Sequence
from dataclasses import replace

from scanner.core.config import LinkOverride
from scanner.core.types import WEAK_IDENTIFIER_KINDS, ContainerSchema, FieldVerdict
from scanner.link.plan import (
    ATTACH_MAX,
    Attachment,
    Entry,
    FanIn,
    ParentLink,
    Plan,
    runs_eligible,
)
from scanner.link.source import link_override, override, read_source
from scanner.link.vocabulary import lookup_noun, names_owner, names_reference, person_noun

ATTACH_AVERAGE = 4.0  # a table whose rows people's rows point at this often on average: a lookup
CHANGE_COLUMNS = ("updated_at", "modified_at", "last_modified", "last_modified_at",
                  "updated_on", "modified_on", "changed_at", "last_update", "updated",
                  "modified", "date_modification", "date_maj")
# Identity fields that make a table a table of people (with a name, or alone).
PERSON_CATEGORIES = frozenset({"identity.name", "identity.birth_date", "identity.birth_place",
                               "identity.gender", "identity.nationality", "identity.photo"})


def plan_source(containers: Sequence[ContainerSchema],
                verdicts: Mapping[str, Sequence[FieldVerdict]],
                overrides: Sequence[LinkOverride] = (), fan_in: FanIn | None = None,
                attach_max: int = ATTACH_MAX) -> list[Plan]:
    """Plans for the containers that concern people, those they depend on first."""
    return _Planner(containers, verdicts, overrides, fan_in, attach_max).plans()


def explain_source(containers: Sequence[ContainerSchema],
                   verdicts: Mapping[str, Sequence[FieldVerdict]],
                   overrides: Sequence[LinkOverride] = (), fan_in: FanIn | None = None,
                   attach_max: int = ATTACH_MAX) -> list[Entry]:
    """Every container's role, path and reason, for `pdmap subjects plan`."""
    return _Planner(containers, verdicts, overrides, fan_in, attach_max).entries()


class _Planner:
    """Decides the role of each container of a source (in `_decide`), then gives the plans
    of those that concern people (`plans`) or every container's line (`entries`)."""

    def __init__(self, containers: Sequence[ContainerSchema],
                 verdicts: Mapping[str, Sequence[FieldVerdict]], overrides: Sequence[LinkOverride],
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
                   if override(self.overrides, src, c.name, None) == "ignore"}
        containers = [c for c in self.containers if c.name not in ignored]
        for name in ignored:
            self.entries_[name] = Entry(name, "ignored", "", "pdmap.yaml: subjects.links")
        self.s = read_source(containers, verdicts, self.overrides, src)
        by_name, cats, kinds, links = self.s.by_name, self.s.cats, self.s.kinds, self.s.links
        strong = {n for n, k in kinds.items()
                  if any(kind not in WEAK_IDENTIFIER_KINDS for kind in k.values())}
        identity = {n for n, cs in cats.items() if set(cs.values()) & PERSON_CATEGORIES}
        linked_cols = {n: {col for p in links[n] for col in p.columns} for n in by_name}
        noun = {n for n in by_name if person_noun(n) and (
            n in strong or set(cats[n]) - linked_cols[n])}

        def owner_link(c: str, p: ParentLink) -> bool:
            o = link_override(self.overrides, src, c, p)
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
                      if link_override(self.overrides, src, n, p) == "owner"]
            self.own[n] = owners
            self.why[n] = self._root_why(n, identity, noun)
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
                o = link_override(self.overrides, src, n, p)
                if p.parent in people and o in (None, "reference") and p not in self.refs[n]:
                    self.refs[n].append(p)

    def _root_why(self, n: str, identity: set[str], noun: set[str]) -> str:
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
            if lookup_noun(target):
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
        forced = [p for p in cands if link_override(self.overrides, src, n, p) == "owner"]
        refs = [p for p in cands if p not in forced and (
            link_override(self.overrides, src, n, p) == "reference"
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
            # A row that names a person directly and also hangs off a row someone
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
            # The table's own one-column key, judged an account key, is not a plain
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
