"""The rows that concern people without being theirs: attached rows and references.

Run by the link pass (scanner/link/sql.py) once the subjects of the rows they hang on are
known. See docs/subjects.md, "Roles".

- attached: the rows of a container that people's rows point at (customer.address_id ->
  address) belong to the subjects of the rows pointing at them; "shared" when those are
  several subjects; none when more than `attach_max` rows point at one (a lookup row).
- reference: a row naming a person's row in a column (customer.support_rep_id ->
  employee) is recorded for that person with role "reference", limited to `fields`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

import orjson

from scanner.core.protocols import Opened, PagedTable
from scanner.core.types import ContainerSchema, ScanReport
from scanner.index import inventory as inv
from scanner.index.store import Index
from scanner.link.pages import kind_columns
from scanner.link.plan import Plan
from scanner.link.prepare import Preparer

log = logging.getLogger(__name__)



def pages(opened: Opened, c: ContainerSchema, fields: list[str],
          size: int) -> Iterator[Sequence[Sequence[Any]]]:
    """Pages of rows laid out as (key columns..., fields not among them...)."""
    if opened.paged is not None:
        yield from opened.paged.read_pages(c, fields)
        return
    page: list[tuple[Any, ...]] = []
    for rec in opened.connector.read(c, fields):
        keys = [v for _, v in rec.locator.item]
        names = {k for k, _ in rec.locator.item}
        page.append((*keys, *[rec.values.get(f) for f in fields if f not in names]))
        if len(page) >= size:
            yield page
            page = []
    if page:
        yield page


def key_columns(paged: PagedTable | None, c: ContainerSchema) -> tuple[str, ...]:
    """The columns that locate a row: the connector's, else the primary key."""
    if paged is not None:
        return tuple(paged.key_columns(c))
    return c.primary_key


def _preparer(key: bytes, plan: Plan, keys: tuple[str, ...], region: str,
              parents: Sequence[Any]) -> Preparer:
    """A Preparer that reads only keys and the given links (no identifiers)."""
    bare = replace(plan, identifiers=(), names=(), parents=tuple(parents), categories={},
                   account_key=False)
    return Preparer(key, bare, keys, region, set())


def link_attached(index: Index, key: bytes, opened: Opened, plan: Plan,
                  plans: Mapping[str, Plan], cids: Mapping[str, int], scan_id: int,
                  report: ScanReport, region: str, batch: int, attach_max: int) -> None:
    """Write the occurrences of an attached container: each row pointed at by people's
    rows belongs to their subjects (attached, or shared by several); a row more than
    `attach_max` people's rows point at is a lookup and belongs to no one.

    The pointers are held in memory (a locator per person row pointing), read from
    the people's tables, not from this one: a row nobody points at is nobody's.
    """
    c = plan.container
    cid = cids[c.name]
    target_keys = key_columns(opened.paged, c)
    pointing: dict[inv.Locator, list[tuple[int, inv.Locator]]] = {}
    for a in plan.attach:
        person = plans[a.person]
        pkeys = key_columns(opened.paged, person.container)
        if tuple(a.key) != tuple(target_keys):
            continue  # pointed at by other columns than its key: cannot say which row
        # The person's table read as a child of this one: its link is the pointer.
        link = _link_to(a, c, plan.hashed)
        prep = _preparer(key, person, pkeys, region, [link])
        pcid = cids[a.person]
        for page in pages(opened, person.container, list(a.columns), batch):
            rows, _ = prep.rows(page)
            for loc, _s, _w, links, _c, _a in rows:
                target = links[0]
                if target is not None:
                    pointing.setdefault(target, []).append((pcid, loc))
    by_container: dict[int, set[inv.Locator]] = {}
    for refs in pointing.values():
        for pcid, loc in refs:
            by_container.setdefault(pcid, set()).add(loc)
    occ: list[tuple[Any, ...]] = []
    lookups = shared = 0
    cats = orjson.dumps(sorted(set(plan.other_categories))).decode()
    with index.begin() as conn:
        inv.clear_container(conn, cid)
        subjects_of = {pcid: inv.subjects_of_locators(conn, pcid, locs)
                       for pcid, locs in by_container.items()}
        for (row_key, item), refs in pointing.items():
            if len(refs) > attach_max:
                lookups += 1
                continue
            subjects = sorted({s for pcid, loc in refs for s in subjects_of[pcid].get(loc, ())})
            role = "shared" if len(subjects) > 1 else "attached"
            shared += role == "shared"
            occ.extend((cid, row_key, item, s, cats, scan_id, role, None) for s in subjects)
        inv.insert_roles(conn, occ)
        if plan.identifiers:
            _attached_identifiers(conn, key, opened, plan, target_keys, occ, region, batch,
                                  report)
    report.count("subject_rows", len(pointing))
    report.count("subject_occurrences", len(occ))
    if lookups:
        report.count("rows_lookup", lookups)
    if shared:
        report.count("rows_shared", shared)


def _attached_identifiers(conn: Any, key: bytes, opened: Opened, plan: Plan,
                          keys: tuple[str, ...], occ: Sequence[tuple[Any, ...]], region: str,
                          batch: int, report: ScanReport) -> None:
    """The identifiers of attached rows (an address's phone) are their people's: strong for
    the one person a row is attached to (unless someone else holds them already: then an
    annotation), shared (weak for each, strong for no one) on a row several people share."""
    subjects_of: dict[inv.Locator, list[int]] = {}
    for _cid, row_key, item, s, *_ in occ:
        subjects_of.setdefault((row_key, item), []).append(s)
    prep = Preparer(key, replace(plan, parents=(), names=(), account_key=False), keys, region,
                    set())
    out: list[tuple[bytes, int, str, bool]] = []
    shared: set[bytes] = set()
    fields = [f for f, _ in plan.identifiers]
    for page in pages(opened, plan.container, fields, batch):
        rows, _ = prep.rows(page)
        for loc, strong, weak, _l, _c, _a in rows:
            people = subjects_of.get(loc)
            if not people:
                continue
            values = strong + [(d, k) for d, k in weak if k != "name"]
            if len(people) > 1:
                shared.update(d for d, _ in values)
            out.extend((d, s, k, len(people) == 1) for d, k in values for s in people)
    held = inv.resolve_strong(conn, sorted({d for d, s, _, st in out if st}))
    rows_ = [(d, s, k, st and held.get(d, s) == s and d not in shared) for d, s, k, st in out]
    inv.BulkWriter(conn).insert(inv.identifiers, ("digest", "subject", "kind", "strong"), rows_,
                                ignore_duplicates=True)
    if shared:
        inv.demote_shared(conn, shared)
        report.count("identifiers_found_shared", len(shared))


def _link_to(a: Any, target: ContainerSchema, hashed: tuple[str, ...]) -> Any:
    from scanner.link.plan import ParentLink

    return ParentLink(tuple(a.columns), target.name, tuple(a.key), declared=True, hashed=hashed)


def link_references(index: Index, key: bytes, opened: Opened, plan: Plan,
                    cids: Mapping[str, int], scan_id: int, report: ScanReport, region: str,
                    batch: int) -> None:
    """Replace a container's reference occurrences: for each row, the subjects of the
    people's rows its reference columns name, unless the row is theirs already."""
    c = plan.container
    cid = cids[c.name]
    keys = key_columns(opened.paged, c)
    refs = [p for p in plan.references if p.parent in cids]
    prep = _preparer(key, plan, keys, region, refs)
    fields = sorted({col for p in refs for col in p.columns})
    n = 0
    with index.begin() as conn:
        # A row's identifier held by another person is a reference the row's pass
        # wrote (scanner/link/pages.py): only the references through links are replaced.
        by_identifier = [orjson.dumps(sorted(cols)).decode()
                         for cols in kind_columns(plan).values()]
        o = inv.occurrences.c
        conn.execute(inv.occurrences.delete().where(
            o.container_id == cid, o.role == "reference", o.fields.not_in(by_identifier)))
        if not refs:
            return
        for page in pages(opened, c, fields, batch):
            rows, _ = prep.rows(page)
            own = inv.subjects_of_locators(conn, cid, [r[0] for r in rows])
            targets = [inv.subjects_of_locators(conn, cids[p.parent],
                                                {r[3][j] for r in rows} - {None})
                       for j, p in enumerate(refs)]
            occ: dict[tuple[Any, ...], list[str]] = {}
            for loc, _s, _w, links, _c, _a in rows:
                mine = set(own.get(loc, ()))
                for j, target in enumerate(links):
                    if target is None:
                        continue
                    for s in targets[j].get(target, ()):
                        if s in mine:
                            continue  # their own row (an employee who is their own manager)
                        occ.setdefault((loc, s), []).extend(refs[j].columns)
            inv.insert_roles(conn, [
                (cid, loc[0], loc[1], s, inv.REFERENCE_CATEGORIES, scan_id, "reference",
                 orjson.dumps(sorted(set(cols))).decode())
                for (loc, s), cols in occ.items()])
            n += len(occ)
    report.count("subject_references", n)
