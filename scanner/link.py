"""The linking pass: which rows of a source belong to which subject.

After a source's fields are classified, every container that carries identifiers, or that
reaches one by a foreign key, is streamed in full, parents before children, reading only
its key, identifier and link columns, in pages. Per page: digests are computed, known
subjects resolved with one IN query, new subjects created for unknown strong identifiers,
subjects merged when one row carries strong identifiers of two of them, and occurrences
recorded. See docs/subjects.md for the rules.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import re
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import orjson

from scanner import inventory as inv
from scanner import link_runs
from scanner.index import Index
from scanner.link_pages import Linker, read_ahead
from scanner.link_prepare import Workers
from scanner.link_stage import (
    BULK_ROWS,
    KNOWN_LIMIT,
    STAGE_LIMIT,
    Merges,
    bulk_worthy,
    defer_indexes,
    restore_indexes,
)
from scanner.subjects import Hasher, identifier_kind, normalizer
from scanner.types import WEAK_IDENTIFIER_KINDS, ContainerSchema, FieldVerdict, ScanReport

log = logging.getLogger(__name__)

# Bump when digests, rules or storage change: every container is re-streamed.
LINK_VERSION = 2  # 2: leaf pure children stored as runs (scanner/link_runs.py)
MAX_SHARED = 1000  # a strong value held by more rows than this in one table does not merge
BATCH = 5000
WORKER_ROWS = 100_000
SQLITE_CACHE_KIB = 256 * 1024
COMMIT_SECONDS = 5.0  # per index transaction: commits (and WAL checkpoints) cost
CHANGE_COLUMNS = ("updated_at", "modified_at", "last_modified", "last_modified_at",
                  "updated_on", "modified_on", "changed_at", "last_update", "updated",
                  "modified", "date_modification", "date_maj")
_KEY_SUFFIX = re.compile(r"^(?P<stem>.+?)_?id$", re.IGNORECASE)


@dataclass(frozen=True)
class LinkOptions:
    region: str = "FR"  # default region for phone numbers written without +country
    max_shared: int = MAX_SHARED
    batch_size: int = BATCH
    worker_rows: int = WORKER_ROWS  # a container this large is prepared in a second process
    bulk_rows: int = BULK_ROWS  # ... this large may make the pass a bulk load (link_stage)
    stage_limit: int = STAGE_LIMIT  # identifiers held back before they are written
    known_limit: int = KNOWN_LIMIT  # strong digests remembered during a container's pass


@dataclass(frozen=True)
class ParentLink:
    """Columns of a container holding the primary key of a parent container."""

    columns: tuple[str, ...]  # in the order of the parent's primary key
    parent: str
    parent_key: tuple[str, ...]  # the parent's primary key
    declared: bool  # False: inferred from the column name (see docs/subjects.md)
    hashed: tuple[str, ...] = ()  # parent key columns that are personal (see Plan.hashed)


@dataclass(frozen=True)
class Plan:
    """What the link pass reads from one container and what it makes of it."""

    container: ContainerSchema
    identifiers: tuple[tuple[str, str], ...]  # (field, kind), names excluded
    names: tuple[str, ...]  # identity.name fields: joined into one weak name per row
    parents: tuple[ParentLink, ...]
    account_key: bool  # the row's own key is a strong account identifier
    categories: dict[str, str] = field(default_factory=dict)  # streamed field -> category
    other_categories: tuple[str, ...] = ()  # personal categories of fields not streamed
    changed: str | None = None  # an updated_at-style column, when there is one
    # Key columns that hold personal data (newsletter.email): the item stores their digest.
    hashed: tuple[str, ...] = ()
    runs: bool = False  # a leaf pure child: stored as runs (scanner/link_runs.py)

    def fields(self) -> list[str]:
        out: list[str] = []
        for f in [f for f, _ in self.identifiers] + list(self.names) + [
                c for p in self.parents for c in p.columns]:
            if f not in out:
                out.append(f)
        return out

    def signature(self, options: LinkOptions, key_id: str) -> str:
        data = [LINK_VERSION, key_id, options.region, options.max_shared, self.identifiers,
                self.names, [(p.columns, p.parent) for p in self.parents], self.account_key,
                sorted(self.categories.items()), self.other_categories, self.hashed, self.runs]
        return hashlib.sha256(orjson.dumps(data)).hexdigest()[:32]


# -- planning ---------------------------------------------------------------------------------


KEY_CATEGORIES = frozenset({"identity.account_id"})


def plan_source(containers: Sequence[ContainerSchema],
                verdicts: Mapping[str, Sequence[FieldVerdict]]) -> list[Plan]:
    """Plans for the containers that link to subjects, parents first."""
    by_name = {c.name: c for c in containers}
    kinds: dict[str, dict[str, str]] = {}
    cats: dict[str, dict[str, str]] = {}
    for c in containers:
        found = {v.ref.field: v for v in verdicts.get(c.name, ()) if v.personal and v.category}
        cats[c.name] = {f: v.category for f, v in found.items() if v.category}
        kinds[c.name] = {f: k for f, v in found.items() if (k := identifier_kind(v.category))}
    # NOTE: a key that is itself personal data (a newsletter keyed by e-mail) is stored as a
    # digest; an account key (customers.id) is the row's address, kept as is.
    hashed = {c.name: tuple(k for k in c.primary_key
                            if k in cats[c.name] and cats[c.name][k] not in KEY_CATEGORIES)
              for c in containers}
    parents = {c.name: [replace(p, hashed=hashed[p.parent])
                        for p in _parents(c, by_name, kinds[c.name])] for c in containers}
    # An account-kind column that holds a parent's key is a link, not an identifier.
    for c in containers:
        for p in parents[c.name]:
            for col in p.columns:
                kinds[c.name].pop(col, None)
    roots = {n for n, k in kinds.items() if any(kind not in WEAK_IDENTIFIER_KINDS
                                                for kind in k.values())}
    linked = set(roots)
    grew = True
    while grew:  # containers reached by links from linked ones are linked too
        grew = False
        for n, ps in parents.items():
            if n not in linked and any(p.parent in linked for p in ps):
                linked.add(n)
                grew = True
    plans = []
    for name in _parents_first(sorted(linked), parents, linked):
        c = by_name[name]
        kind_of = kinds[name]
        links = tuple(p for p in parents[name] if p.parent in linked)
        # NOTE: the table's own one-column key, judged an account key, is not a plain
        # identifier: it makes each row a subject (account_key), found by its occurrences.
        own_key = set(c.primary_key) if len(c.primary_key) == 1 else set()
        idents = tuple((f.name, kind_of[f.name]) for f in c.fields
                       if f.name in kind_of and kind_of[f.name] not in WEAK_IDENTIFIER_KINDS
                       and not (f.name in own_key and kind_of[f.name] == "account"))
        names = tuple(f.name for f in c.fields if kind_of.get(f.name) == "name")
        streamed = {f for f, _ in idents} | set(names)
        changed_col = next((f.name for f in c.fields if f.name.lower() in CHANGE_COLUMNS
                            and f.kind in ("datetime", "date", "integer", "text")), None)
        plans.append(Plan(
            container=c, identifiers=idents, names=names, parents=links,
            account_key=name in roots and not links and bool(c.primary_key)
            and not set(c.primary_key) & streamed,
            categories={f: cat for f, cat in cats[name].items() if f in streamed},
            other_categories=tuple(sorted({cat for f, cat in cats[name].items()
                                           if f not in streamed})),
            changed=changed_col, hashed=hashed[name]))
    linked_to = {p.parent for plan in plans for p in plan.parents}
    return [replace(plan, runs=link_runs.eligible(
        plan, by_name.get(plan.parents[0].parent) if plan.parents else None,
        leaf=plan.container.name not in linked_to)) for plan in plans]


def _parents(c: ContainerSchema, by_name: Mapping[str, ContainerSchema],
             kinds: Mapping[str, str]) -> list[ParentLink]:
    out = []
    for fk in c.foreign_keys:
        parent = by_name.get(fk.ref_container)
        if parent is None or parent.name == c.name or not parent.primary_key:
            continue
        if set(fk.ref_columns) != set(parent.primary_key):
            continue  # NOTE: a link to a non-key unique column is not followed
        order = dict(zip(fk.ref_columns, fk.columns, strict=True))
        out.append(ParentLink(tuple(order[k] for k in parent.primary_key), parent.name,
                              parent.primary_key, True))
    if c.foreign_keys:
        return out
    # No declared FK at all: infer `<table>_id` -> the single-column key of <table>(s).
    schema = c.name.rpartition(".")[0]
    for f in c.fields:
        m = _KEY_SUFFIX.match(f.name)
        if not m or f.kind not in ("integer", "text") or (f.name in kinds
                                                          and kinds[f.name] != "account"):
            continue
        stem = m.group("stem").lower()
        for cand in (stem, stem + "s", stem + "es", stem[:-1] + "ies" if stem.endswith("y")
                     else None):
            parent = by_name.get(f"{schema}.{cand}" if schema else str(cand)) if cand else None
            if parent and parent.name != c.name and len(parent.primary_key) == 1:
                out.append(ParentLink((f.name,), parent.name, parent.primary_key, False))
                break
    return out


def _parents_first(names: Sequence[str], parents: Mapping[str, Sequence[ParentLink]],
                   linked: set[str]) -> list[str]:
    """Depth-first topological order; a cycle is broken where the walk meets it."""
    order: list[str] = []
    state: dict[str, int] = {}  # 1 visiting, 2 done

    def visit(n: str) -> None:
        state[n] = 1
        for p in parents.get(n, ()):
            if p.parent in linked and state.get(p.parent) is None:
                visit(p.parent)
        state[n] = 2
        order.append(n)

    for n in names:
        if n not in state:
            visit(n)
    return order


# -- the pass ---------------------------------------------------------------------------------


def link_scanned_source(index: Index, config: Any, scan_id: int, source: Any, connector: Any,
                        containers: Sequence[ContainerSchema],
                        verdicts: Mapping[str, Sequence[FieldVerdict]],
                        report: ScanReport) -> None:
    """The engine's entry point: key and options from the config; failures go to report.

    A source's `options.subject_max_shared` overrides MAX_SHARED, and
    `options.subject_worker_rows` WORKER_ROWS (the table size from which worker processes
    prepare the rows).
    """
    from scanner.crypto import load_key
    from scanner.registry import one_line

    try:
        key = load_key(config.resolve(config.key_file), create=True)
        options = LinkOptions(region=config.default_region, max_shared=int(
            source.options.get("subject_max_shared", MAX_SHARED)), worker_rows=int(
            source.options.get("subject_worker_rows", WORKER_ROWS)))
        link_source(index, key, connector, containers, verdicts, report, scan_id, options)
    except Exception as e:  # noqa: BLE001 - linking failing never loses the discovery
        log.debug("linking %s failed", source.name, exc_info=True)
        report.fail(source.name, "subjects", f"subject linking failed: {one_line(e)}")


def link_source(index: Index, key: bytes, connector: Any, containers: Sequence[ContainerSchema],
                verdicts: Mapping[str, Sequence[FieldVerdict]], report: ScanReport,
                scan_id: int, options: LinkOptions | None = None) -> None:
    """Record which subject every row of the source's linked containers belongs to.

    A container whose state (rows, max key, max updated_at) and plan are unchanged since
    the last pass is skipped without reading a row; a changed one is streamed again and
    its occurrences replaced, and so are its children.
    """
    options = options or LinkOptions()
    hasher = Hasher(key)
    key_id = hasher.key_id()
    plans = plan_source(containers, verdicts)
    planned = {p.container.name for p in plans}
    cids: dict[str, int] = {}
    restreamed: set[str] = set()
    source = connector.name
    run = Run()
    for c in containers:
        found = index.container_state(source, c.name)
        if found is None:
            continue
        cids[c.name] = found[0]
        if c.name not in planned and isinstance(found[1], dict) and "link" in found[1]:
            with index.begin() as conn:  # no longer linked: its old occurrences go
                inv.clear_container(conn, found[0])
            index.set_container_state(found[0], {k: v for k, v in found[1].items()
                                                 if k != "link"})
            restreamed.add(c.name)
            run.cleared = True
    collecting = gc.isenabled()
    # NOTE: a page makes tens of thousands of small tuples and lists, none in a cycle; the
    # cyclic collector would walk every live object again and again (unpickling a worker's
    # page took five times longer with it on).
    gc.disable()
    try:
        _link_plans(index, hasher, key_id, connector, plans, cids, restreamed, report, scan_id,
                    options, run)
    finally:
        if collecting:
            gc.enable()
        began = time.monotonic()
        with index.begin() as conn:
            if run.deferred:
                restore_indexes(conn)
            run.merges.apply(conn)
        log.debug("indexes and merges of %s in %.1fs", source, time.monotonic() - began)
    if restreamed and run.cleared:  # NOTE: a first pass removes nothing: no orphan to seek
        with index.begin() as conn:
            report.count("subjects_dropped", inv.drop_orphan_subjects(conn))


@dataclass
class Run:
    """What one link pass over a source shares between its containers."""

    merges: Merges = field(default_factory=Merges)
    deferred: set[str] = field(default_factory=set)  # subject indexes dropped until the end
    cleared: bool = False  # occurrences were removed: subjects may be left without any
    # Only runs are left to write (no identifier, no occurrence in bulk): the dropped
    # indexes may be built again before the end (_restore_early).
    runs_left: bool = False


def _restore_early(index: Index, run: Run) -> None:
    """Build the dropped subject indexes again while the database groups a table of runs,
    when only runs are left to write."""
    if run.deferred and run.runs_left:
        began = time.monotonic()
        with index.begin() as conn:
            restore_indexes(conn)
        run.deferred.clear()
        log.debug("indexes built again in %.1fs", time.monotonic() - began)


def _link_plans(index: Index, hasher: Hasher, key_id: str, connector: Any, plans: list[Plan],
                cids: dict[str, int], restreamed: set[str], report: ScanReport, scan_id: int,
                options: LinkOptions, run: Run) -> None:
    source = connector.name
    runs = link_runs.supported(connector)
    for i, plan in enumerate(plans):
        name = plan.container.name
        if name not in cids:
            continue
        run.runs_left = runs and all(p.runs for p in plans[i:])
        try:
            began = time.monotonic()
            did = _link_container(index, hasher, key_id, connector, plan, cids, restreamed,
                                  report, scan_id, options, run)
            log.debug("linked %s in %.1fs", name, time.monotonic() - began)
        except Exception as e:  # noqa: BLE001 - one container failing never stops the scan
            from scanner.registry import one_line

            log.debug("linking %s failed", name, exc_info=True)
            report.fail(source, name, f"subject linking failed: {one_line(e)}")
            report.count("containers_link_failed")
            restreamed.add(name)
            run.cleared = True  # what it wrote before failing may be all a subject had
            continue
        if did:
            restreamed.add(name)


def _private(state: Mapping[str, Any] | None, hasher: Hasher) -> dict[str, Any] | None:
    """A source state safe to store: a text key's max (an e-mail, say) only as a digest."""
    if state is None:
        return None
    return {k: v if v is None or isinstance(v, int | float) else hasher("state", str(v))
            for k, v in state.items()}


def _link_container(index: Index, hasher: Hasher, key_id: str, connector: Any, plan: Plan,
                    cids: Mapping[str, int], restreamed: set[str], report: ScanReport,
                    scan_id: int, options: LinkOptions, run: Run) -> bool:
    c = plan.container
    cid = cids[c.name]
    has_state = hasattr(connector, "state")
    current = connector.state(c, plan.changed) if has_state else None
    stored = index.container_state(connector.name, c.name)
    old_state = stored[1] if stored and isinstance(stored[1], dict) else {}
    mark: dict[str, Any] = {"source": _private(current, hasher),
                            "plan": plan.signature(options, key_id)}
    if plan.account_key:  # where `find --kind account` looks (inventory.account_containers)
        mark["account"] = list(_key_columns(connector, c))
    parents_changed = any(p.parent in restreamed for p in plan.parents)
    if current is not None and old_state.get("link") == mark and not parents_changed:
        report.count("containers_link_unchanged")
        return False
    if plan.runs and link_runs.supported(connector):
        run.cleared = run.cleared or "link" in old_state
        link_runs.link(index, connector, plan, cid, cids[plan.parents[0].parent], scan_id,
                       report, meanwhile=lambda: _restore_early(index, run))
        index.set_container_state(cid, {**old_state, "link": mark})
        report.count("containers_linked")
        return True
    parent_cids = {p.parent: cids[p.parent] for p in plan.parents}
    linker = Linker(hasher, plan, _key_columns(connector, c), cid, parent_cids, scan_id,
                    options, report, run.merges)
    rows = (current or {}).get("rows")
    # NOTE: worker processes take about a second to start; they start while the source
    # counts shared values (a table with identifiers is never a fast child: Linker.start).
    workers = _workers(linker, connector, plan, rows, options) if plan.identifiers else None
    try:
        began = time.monotonic()
        linker.prep.shared = _shared_digests(connector, plan, hasher, options, report)
        log.debug("shared values of %s counted in %.1fs", c.name, time.monotonic() - began)
        _stream(index, connector, plan, cid, linker, workers, rows, options, run, report)
    finally:
        if workers is not None:
            workers.close()
    index.set_container_state(cid, {**old_state, "link": mark})
    report.count("containers_linked")
    return True


def _stream(index: Index, connector: Any, plan: Plan, cid: int, linker: Linker,
            workers: Workers | None, rows: Any, options: LinkOptions, run: Run,
            report: ScanReport) -> None:
    """Clear a container's occurrences and write them again from its pages."""
    began = time.monotonic()
    c = plan.container
    with index.connect() as conn:
        if conn.dialect.name == "sqlite":
            # NOTE: digests arrive in random order; the default 2 MB page cache makes every
            # insert into a large index a disk read.
            conn.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
            conn.exec_driver_sql("PRAGMA temp_store = MEMORY")
        if plan.account_key:
            linker.previous = inv.keep_previous(conn, cid) > 0
        if inv.clear_container(conn, cid):
            report.count("occurrences_cleared")
            run.cleared = True
        child = bool(plan.parents)
        if (len(run.deferred) < (2 if child else 1)
                and bulk_worthy(conn, rows, options.bulk_rows)):
            run.deferred |= defer_indexes(conn, child)  # NOTE: built again when it ends
        linker.start(conn)
        try:
            if workers is None:
                workers = _workers(linker, connector, plan, rows, options)
            pages = workers.pages(linker.prep.shared) if workers is not None else map(
                linker.prepare, read_ahead(_pages(connector, c, plan.fields(),
                                                  options.batch_size)))
            since = time.monotonic()
            for work in pages:
                linker.apply(conn, work)
                if time.monotonic() - since > COMMIT_SECONDS:
                    conn.commit()
                    since = time.monotonic()
        finally:  # what was written stays findable: its identifiers go in too
            log.debug("streamed %s in %.1fs", c.name, time.monotonic() - began)
            began = time.monotonic()
            if workers is not None:
                workers.close()
            linker.finish(conn)
            conn.commit()
            log.debug("finished %s in %.1fs", c.name, time.monotonic() - began)


def _workers(linker: Linker, connector: Any, plan: Plan, rows: Any,
             options: LinkOptions) -> Workers | None:
    """Worker processes to read and prepare a large table's pages, for a connector that can
    be opened again there (`connector.source`); None to do it here."""
    if (linker.fast is None and isinstance(rows, int) and rows >= options.worker_rows
            and hasattr(connector, "read_pages") and hasattr(connector, "source")):
        return Workers((type(connector), connector.source), plan.container, plan.fields(),
                       linker.prep)
    return None


def _pages(connector: Any, c: ContainerSchema, fields: list[str],
           size: int) -> Iterator[Sequence[Sequence[Any]]]:
    """Pages of rows laid out as (key columns..., fields not among them...)."""
    if hasattr(connector, "read_pages"):
        yield from connector.read_pages(c, fields)
        return
    page: list[tuple[Any, ...]] = []
    for rec in connector.read(c, fields):
        keys = [v for _, v in rec.locator.item]
        names = {k for k, _ in rec.locator.item}
        page.append((*keys, *[rec.values.get(f) for f in fields if f not in names]))
        if len(page) >= size:
            yield page
            page = []
    if page:
        yield page


def _key_columns(connector: Any, c: ContainerSchema) -> tuple[str, ...]:
    if hasattr(connector, "key_columns"):
        return tuple(connector.key_columns(c))
    return c.primary_key


def _shared_digests(connector: Any, plan: Plan, hasher: Hasher, options: LinkOptions,
                    report: ScanReport) -> set[bytes]:
    """Digests of strong values held by more than max_shared rows: counted by the source."""
    out: set[bytes] = set()
    if not hasattr(connector, "frequent"):
        return out
    c = plan.container
    for f, kind in plan.identifiers:
        if c.primary_key == (f,):
            continue  # a key is unique
        norm = normalizer(kind, options.region)
        for raw in connector.frequent(c, f, options.max_shared, fold=kind == "email"):
            n = norm(raw)
            if n is not None:
                out.add(hasher.digest(kind, n))
    if out:
        report.count("identifiers_shared", len(out))
    return out
