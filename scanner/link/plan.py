"""The link plan of a container: what the link pass reads from it and what it makes of its
rows (`Plan`), how each container of a source is shown by `pdmap subjects plan` (`Entry`),
and the pass's settings (`LinkOptions`). scanner.link.planner makes the plans.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import KW_ONLY, dataclass, field

import orjson

from scanner.core.types import ContainerSchema
from scanner.link.stage import BULK_ROWS, KNOWN_LIMIT, STAGE_LIMIT

# Bump when digests, rules, roles or storage change: every container is re-streamed.
LINK_VERSION = 3  # 2: runs (scanner/link/runs.py); 3: roles, shared identifiers
MAX_SHARED = 1000  # a strong value held by more rows than this in one table does not merge
BATCH = 5000
WORKER_ROWS = 100_000
ATTACH_MAX = 10  # a row more person rows than this point at is a lookup (a city, a store)


@dataclass(frozen=True)
class LinkOptions:
    region: str = "FR"  # default region for phone numbers written without +country
    max_shared: int = MAX_SHARED
    batch_size: int = BATCH
    worker_rows: int = WORKER_ROWS  # a container this large is prepared in a second process
    bulk_rows: int = BULK_ROWS  # ... this large may make the pass a bulk load (link.stage)
    stage_limit: int = STAGE_LIMIT  # identifiers held back before they are written
    known_limit: int = KNOWN_LIMIT  # strong digests remembered during a container's pass
    attach_max: int = ATTACH_MAX


@dataclass(frozen=True)
class ParentLink:
    """Columns of a container holding the primary key of a parent container."""

    columns: tuple[str, ...]  # in the order of the parent's primary key
    parent: str
    parent_key: tuple[str, ...]  # the parent's primary key
    _: KW_ONLY
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
        """The columns the pass reads besides the key: identifiers, names, links; each once."""
        out: list[str] = []
        for f in [f for f, _ in self.identifiers] + list(self.names) + [
                c for p in self.parents for c in p.columns]:
            if f not in out:
                out.append(f)
        return out

    def depends(self) -> set[str]:
        """Containers whose subjects this one's rows take."""
        return {p.parent for p in self.parents} | {a.person for a in self.attach}

    def signature(self, options: LinkOptions, key_id: str) -> str:
        """What the pass's result depends on: a container is re-streamed when it changes."""
        data = [LINK_VERSION, key_id, options.region, options.max_shared, self.identifiers,
                self.names, [(p.columns, p.parent) for p in self.parents], self.account_key,
                sorted(self.categories.items()), self.other_categories, self.hashed, self.runs,
                self.role, [(a.person, a.columns) for a in self.attach],
                options.attach_max]
        return hashlib.sha256(orjson.dumps(data)).hexdigest()[:32]

    def reference_signature(self) -> str:
        """What the references recorded depend on."""
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



# -- runs (scanner/link/runs.py) -----------------------------------------------------------


def runs_eligible(plan: Plan, parent: ContainerSchema | None, *, leaf: bool) -> bool:
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
    # A column name starting with "{" would read as a JSON item (inventory.locator).
    names = (c.primary_key[0], link.columns[0], link.parent_key[0])
    return (not any(n.startswith("{") for n in names)
            and integer_column(c, c.primary_key[0]) and integer_column(c, link.columns[0])
            and integer_column(parent, link.parent_key[0]))


def integer_column(c: ContainerSchema, column: str) -> bool:
    return any(f.name == column and f.kind == "integer" for f in c.fields)
