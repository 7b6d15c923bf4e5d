"""What the planner (scanner.link.planner) knows of a source: its personal fields, its
personal keys, the links between its containers (declared foreign keys, or inferred from
`<table>_id` names; see docs/subjects.md), and the pdmap.yaml overrides of their roles
(subjects.links).
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from scanner.core.config import LinkOverride
from scanner.core.types import ContainerSchema, FieldVerdict
from scanner.identifiers.normalise import identifier_kind
from scanner.link.plan import ParentLink

KEY_CATEGORIES = frozenset({"identity.account_id"})
_KEY_SUFFIX = re.compile(r"^(?P<stem>.+?)_?id$", re.IGNORECASE)


@dataclass
class Source:
    """What planning knows of a source's containers, by container name: personal fields'
    categories and identifier kinds, links to parents, and key columns stored as digests."""

    by_name: dict[str, ContainerSchema]
    cats: dict[str, dict[str, str]]
    kinds: dict[str, dict[str, str]]
    links: dict[str, list[ParentLink]]
    hashed: dict[str, tuple[str, ...]]


def read_source(containers: Sequence[ContainerSchema],
                verdicts: Mapping[str, Sequence[FieldVerdict]], overrides: Sequence[LinkOverride],
                source: str) -> Source:
    """The categories, identifier kinds, personal keys and links of the containers (those
    pdmap.yaml ignores left out already); a column holding a parent's key is a link, not an
    identifier."""
    by_name = {c.name: c for c in containers}
    cats: dict[str, dict[str, str]] = {}
    kinds: dict[str, dict[str, str]] = {}
    for c in containers:
        found = {v.ref.field: v for v in verdicts.get(c.name, ()) if v.personal and v.category}
        cats[c.name] = {f: v.category for f, v in found.items() if v.category}
        kinds[c.name] = {f: k for f, v in found.items() if (k := identifier_kind(v.category))}
    # A key that is itself personal data (a newsletter keyed by e-mail) is stored as a
    # digest; an account key (customers.id) is the row's address, kept as is.
    hashed = {c.name: tuple(k for k in c.primary_key
                            if k in cats[c.name] and cats[c.name][k] not in KEY_CATEGORIES)
              for c in containers}
    links: dict[str, list[ParentLink]] = {}
    for c in containers:
        ls = []
        for p in parent_links(c, by_name, kinds[c.name]):
            p = replace(p, hashed=hashed[p.parent])
            if link_override(overrides, source, c.name, p) == "ignore":
                continue
            ls.append(p)
        links[c.name] = ls
        for p in ls:  # an account-kind column that holds a parent's key is a link
            for col in p.columns:
                kinds[c.name].pop(col, None)
    return Source(by_name, cats, kinds, links, hashed)


def parent_links(c: ContainerSchema, by_name: Mapping[str, ContainerSchema],
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
                              parent.primary_key, declared=True))
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
                out.append(ParentLink((f.name,), parent.name, parent.primary_key,
                                      declared=False))
                break
    return out


def override(overrides: Sequence[LinkOverride], source: str, container: str,
             column: str | None) -> str | None:
    """The role pdmap.yaml (subjects.links) gives a container (column None) or a column."""
    for o in overrides:
        if (fnmatch.fnmatchcase(source, o.source) and fnmatch.fnmatchcase(container, o.container)
                and (o.column == column if column is not None else o.column is None)):
            return str(o.role)
    return None


def link_override(overrides: Sequence[LinkOverride], source: str, container: str,
                  link: ParentLink) -> str | None:
    """The role pdmap.yaml gives a link: that of its first column that has one."""
    for col in link.columns:
        found = override(overrides, source, container, col)
        if found:
            return found
    return None


def check_overrides(containers: Sequence[ContainerSchema], overrides: Sequence[LinkOverride],
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
