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
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Connection

from scanner.core.config import Config, SourceConfig
from scanner.core.options import SqlOptions
from scanner.core.protocols import Connector, Opened
from scanner.core.types import ContainerSchema, FieldVerdict, ScanReport
from scanner.identifiers.hashing import Hasher
from scanner.index import inventory as inv
from scanner.index.store import Index
from scanner.link import journal as link_journal
from scanner.link import roles as link_roles
from scanner.link import runs as link_runs
from scanner.link.context import LinkContext
from scanner.link.counted import fan_in_of, shared_digests
from scanner.link.journal import Run
from scanner.link.pages import Linker
from scanner.link.plan import (  # noqa: F401 - re-exported: the pass's vocabulary
    LINK_VERSION,
    MAX_SHARED,
    WORKER_ROWS,
    LinkOptions,
    ParentLink,
    Plan,
)
from scanner.link.planner import explain_source, plan_source  # noqa: F401 - re-exported
from scanner.link.prepare import prepare_range
from scanner.link.readahead import read_ahead
from scanner.link.source import check_overrides
from scanner.link.stage import (
    bulk_worthy,
    defer_indexes,
    restore_indexes,
)
from scanner.link.tasks import Tasks, Unit

log = logging.getLogger(__name__)

SQLITE_CACHE_KIB = 256 * 1024


# -- the pass ---------------------------------------------------------------------------------


def link_scanned_source(index: Index, config: Config, ctx: LinkContext, scan_id: int,
                        source: SourceConfig, opened: Opened,
                        containers: Sequence[ContainerSchema],
                        verdicts: Mapping[str, Sequence[FieldVerdict]],
                        report: ScanReport, tasks: Tasks | None = None) -> None:
    """The engine's entry point; options from the config; failures go to report.

    A source's `options.subject_max_shared` overrides MAX_SHARED, and
    `options.subject_worker_rows` WORKER_ROWS (the table size from which its key ranges are
    read and prepared as units by `tasks`, worker processes or a cluster).
    """
    with report.guard(source.name, "subjects"):  # never loses the discovery
        given = source.options_as(SqlOptions)
        options = LinkOptions(region=config.default_region, max_shared=given.subject_max_shared,
                              worker_rows=given.subject_worker_rows)
        link_opened(index, ctx, opened, containers, verdicts, report, scan_id, options,
                    overrides=config.link_overrides, tasks=tasks)


def link_source(index: Index, key: bytes, connector: Connector,
                containers: Sequence[ContainerSchema],
                verdicts: Mapping[str, Sequence[FieldVerdict]], report: ScanReport,
                scan_id: int, options: LinkOptions | None = None,
                overrides: Sequence[Any] = (), tasks: Tasks | None = None) -> None:
    """link_opened for a caller that opened the connector itself (tests, benchmarks)."""
    options = options or LinkOptions()
    link_opened(index, LinkContext(key, options.region), Opened.of(connector), containers,
                verdicts, report, scan_id, options, overrides=overrides, tasks=tasks)


@dataclass
class _Pass:
    """One source's pass: what the links of its containers share."""

    index: Index
    ctx: LinkContext
    opened: Opened
    report: ScanReport
    scan_id: int
    options: LinkOptions
    run: Run
    cids: dict[str, int]
    tasks: Tasks | None = None

    @property
    def source(self) -> str:
        return self.opened.name

    def save_journal(self, conn: Connection) -> None:
        link_journal.save(conn, self.source, self.scan_id, self.run)


def link_opened(index: Index, ctx: LinkContext, opened: Opened,
                containers: Sequence[ContainerSchema],
                verdicts: Mapping[str, Sequence[FieldVerdict]], report: ScanReport,
                scan_id: int, options: LinkOptions, overrides: Sequence[Any] = (),
                tasks: Tasks | None = None) -> None:
    """Record which subject every row of the source's linked containers belongs to, and
    in which role (scanner/link/planner.py).

    A container whose state (rows, max key, max updated_at) and plan are unchanged since
    the last pass is skipped without reading a row; a changed one is streamed again and
    its occurrences replaced, and so are its children. References are written last, once
    every subject and merge is known.

    Each container's occurrences are replaced in one transaction, with its state and the
    pass's journal (scanner/link/journal.py): a pass killed half-way leaves the old
    occurrences of what it had not finished, and the next one resumes where it stopped.
    """
    source = opened.name
    for problem in check_overrides(containers, overrides, source):
        report.fail(source, "subjects.links", problem)
    plans = plan_source(containers, verdicts, overrides, fan_in=fan_in_of(opened.counts),
                        attach_max=options.attach_max)
    planned = {p.container.name for p in plans}
    cids: dict[str, int] = {}
    run = link_journal.load(index, source)
    if run.resumed:
        report.count("link_passes_resumed")
    restreamed = run.restreamed
    this = _Pass(index, ctx, opened, report, scan_id, options, run, cids, tasks)
    for c in containers:
        found = index.container_state(source, c.name)
        if found is None:
            continue
        cids[c.name] = found[0]
        if c.name not in planned and isinstance(found[1], dict) and "link" in found[1]:
            with index.begin() as conn:  # no longer linked: its old occurrences go
                inv.clear_container(conn, found[0])
                index.set_container_state(found[0], {k: v for k, v in found[1].items()
                                                     if k != "link"}, conn)
                restreamed.add(c.name)
                run.cleared = True
                this.save_journal(conn)
    collecting = gc.isenabled()
    # A page makes tens of thousands of small tuples and lists, none in a cycle; the
    # cyclic collector would walk every live object again and again (unpickling a worker's
    # page took five times longer with it on).
    gc.disable()
    try:
        _link_plans(this, plans)
    finally:
        if collecting:
            gc.enable()
        began = time.monotonic()
        with index.begin() as conn:
            if run.deferred:
                restore_indexes(conn)
            run.merges.apply(conn)
            if run.shared:
                inv.demote_shared(conn, run.shared)
            this.save_journal(conn)
        log.debug("indexes and merges of %s in %.1fs", source, time.monotonic() - began)
    _link_references(this, plans)
    with index.begin() as conn:
        # a first pass removes nothing: no orphan to seek
        if restreamed and run.cleared:
            report.count("subjects_dropped", inv.drop_orphan_subjects(conn))
        link_journal.drop(conn, source)


def _link_references(this: _Pass, plans: list[Plan]) -> None:
    """References of every container that has some, when it or a person it names was
    streamed again, or its references changed."""
    index, cids, restreamed = this.index, this.cids, this.run.restreamed
    for plan in plans:
        name = plan.container.name
        if name not in cids:
            continue
        stored = index.container_state(this.source, name)
        state = stored[1] if stored and isinstance(stored[1], dict) else {}
        sig = plan.reference_signature() if plan.references else None
        if (state.get("references") == sig and name not in restreamed
                and not any(p.parent in restreamed for p in plan.references)):
            continue
        if sig is None and "references" not in state:
            continue
        with this.report.guard(this.source, name, what="subject references",
                               counter="containers_link_failed") as guard:
            link_roles.link_references(index, this.ctx.key, this.opened, plan, cids,
                                       this.scan_id, this.report, this.options.region,
                                       this.options.batch_size)
        if guard.failed:
            continue
        stored = index.container_state(this.source, name)
        state = stored[1] if stored and isinstance(stored[1], dict) else {}
        if sig is None:
            state = {k: v for k, v in state.items() if k != "references"}
        else:
            state = {**state, "references": sig}
        index.set_container_state(cids[name], state)
        this.run.cleared = True


def _restore_early(index: Index, run: Run) -> None:
    """Build the dropped subject indexes again while the database groups a table of runs,
    when only runs are left to write."""
    if run.deferred and run.runs_left:
        began = time.monotonic()
        with index.begin() as conn:
            restore_indexes(conn)
        run.deferred.clear()
        log.debug("indexes built again in %.1fs", time.monotonic() - began)


def _link_plans(this: _Pass, plans: list[Plan]) -> None:
    run = this.run
    runs = this.opened.groups is not None
    by_name = {p.container.name: p for p in plans}
    for i, plan in enumerate(plans):
        name = plan.container.name
        if name not in this.cids:
            continue
        run.runs_left = runs and all(p.runs for p in plans[i:])
        did = False
        with this.report.guard(this.source, name, counter="containers_link_failed") as guard:
            began = time.monotonic()
            did = _link_container(this, plan, by_name)
            log.debug("linked %s in %.1fs", name, time.monotonic() - began)
        if guard.failed:
            run.restreamed.add(name)
            run.cleared = True  # what it wrote before failing may be all a subject had
            with this.index.begin() as conn:
                this.save_journal(conn)
        elif did:
            run.restreamed.add(name)


def _private(state: Mapping[str, Any] | None, hasher: Hasher) -> dict[str, Any] | None:
    """A source state safe to store: a text key's max (an e-mail, say) only as a digest."""
    if state is None:
        return None
    return {k: v if v is None or isinstance(v, int | float) else hasher("state", str(v))
            for k, v in state.items()}


def _link_container(this: _Pass, plan: Plan, plans: Mapping[str, Plan]) -> bool:
    index, opened, report, options, run = (this.index, this.opened, this.report, this.options,
                                           this.run)
    hasher, cids, restreamed = this.ctx.hasher, this.cids, run.restreamed
    c = plan.container
    cid = cids[c.name]
    current = opened.state.state(c, plan.changed) if opened.state is not None else None
    stored = index.container_state(opened.name, c.name)
    old_state = stored[1] if stored and isinstance(stored[1], dict) else {}
    mark: dict[str, Any] = {"source": _private(current, hasher),
                            "plan": plan.signature(options, this.ctx.key_id), "role": plan.role,
                            "why": plan.why}
    if plan.parents:
        mark["via"] = [[list(p.columns), p.parent] for p in plan.parents]
    if plan.attach:
        mark["pointed_by"] = [[list(a.columns), a.person] for a in plan.attach]
    if plan.identifiers:
        mark["identifiers"] = sorted({k for _, k in plan.identifiers})
    if plan.account_key:  # where `find --kind account` looks (inventory.account_containers)
        mark["account"] = list(link_roles.key_columns(opened.paged, c))
    parents_changed = any(p in restreamed for p in plan.depends())
    if current is not None and old_state.get("link") == mark and not parents_changed:
        report.count("containers_link_unchanged")
        return False

    def done(conn: Connection) -> None:
        """In the transaction that commits the container (or right after it): a scan that
        dies before this streams the container again; after it, skips it."""
        index.set_container_state(cid, {**old_state, "link": mark}, conn)
        restreamed.add(c.name)
        this.save_journal(conn)

    if plan.role == "reference":  # nothing of its own: its references come at the end
        with index.begin() as conn:
            if "link" in old_state:
                inv.clear_container(conn, cid)
                run.cleared = True
            done(conn)
        return True
    if plan.role == "attached":
        run.cleared = run.cleared or "link" in old_state
        link_roles.link_attached(index, hasher.key, opened, plan, plans, cids, this.scan_id,
                                 report, options.region, options.batch_size, options.attach_max)
        with index.begin() as conn:
            done(conn)
        report.count("containers_linked")
        return True
    if plan.runs and opened.groups is not None:
        run.cleared = run.cleared or "link" in old_state
        link_runs.link(index, opened.groups, plan, cid, cids[plan.parents[0].parent],
                       this.scan_id, report, meanwhile=lambda: _restore_early(index, run))
        with index.begin() as conn:
            done(conn)
        report.count("containers_linked")
        return True
    parent_cids = {p.parent: cids[p.parent] for p in plan.parents}
    linker = Linker(hasher, plan, link_roles.key_columns(opened.paged, c), cid, parent_cids,
                    this.scan_id, options, report, run.merges, run.shared)
    rows = (current or {}).get("rows")
    began = time.monotonic()
    linker.prep.shared = shared_digests(opened.counts, plan, hasher, options, report) | \
        run.shared
    log.debug("shared values of %s counted in %.1fs", c.name, time.monotonic() - began)
    _stream(this, plan, cid, linker, rows, done)
    report.count("containers_linked")
    return True


def _stream(this: _Pass, plan: Plan, cid: int, linker: Linker, rows: Any,
            done: Callable[[Connection], None]) -> None:
    """Replace a container's occurrences by those of its pages, in one transaction.

    One transaction, not a commit every few seconds: a scan killed half-way must
    leave the container's old occurrences, not the half it had written (SQLite's WAL, or
    PostgreSQL's, holds the container meanwhile). A read that fails half-way (a source
    error, an interrupt) rolls back the same way, with the merges it had decided; the
    failure makes the scan partial and the container is streamed again next time.
    """
    index, options, run, report = this.index, this.options, this.run, this.report
    began = time.monotonic()
    c = plan.container
    with index.connect() as conn:
        if conn.dialect.name == "sqlite":
            # Digests arrive in random order; the default 2 MB page cache makes every
            # insert into a large index a disk read.
            conn.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
            conn.exec_driver_sql("PRAGMA temp_store = MEMORY")
        child = bool(plan.parents)
        if (len(run.deferred) < (2 if child else 1)
                and bulk_worthy(conn, rows, options.bulk_rows)):
            run.deferred |= defer_indexes(conn, child=child)  # built again when it ends
            # Committed apart: on PostgreSQL a dropped index locks its table until
            # the commit, and readers would wait for the whole stream. A scan that dies
            # before the end leaves them dropped: Index() builds them again.
            conn.commit()
        if plan.account_key:
            linker.previous = inv.keep_previous(conn, cid) > 0
        if inv.clear_container(conn, cid):
            report.count("occurrences_cleared")
            run.cleared = True
        linker.start(conn)
        merges = run.merges.snapshot()
        try:
            units = _units(this, linker, plan, rows)
            pages = (page for part in this.tasks.run(prepare_range, units) for page in part) \
                if units is not None and this.tasks is not None else map(
                linker.prepare, read_ahead(link_roles.pages(this.opened, c, plan.fields(),
                                                            options.batch_size)))
            for work in pages:
                linker.apply(conn, work)
        except BaseException:
            conn.rollback()
            run.merges.restore(merges)
            raise
        log.debug("streamed %s in %.1fs", c.name, time.monotonic() - began)
        began = time.monotonic()
        linker.finish(conn)
        done(conn)
        conn.commit()
        log.debug("finished %s in %.1fs", c.name, time.monotonic() - began)


UNIT_ROWS = (10_000, 100_000)  # the least and most rows of a unit of a large table


def _units(this: _Pass, linker: Linker, plan: Plan, rows: Any) -> list[Unit] | None:
    """A large table's key ranges, as units for the pass's tasks (worker processes, a
    cluster): from `worker_rows` rows, for a table with a primary key whose rows are not
    joined to their parents in the index (Linker.fast); None to read it here."""
    tasks, paged, c = this.tasks, this.opened.paged, plan.container
    if (tasks is None or not tasks.remote or linker.fast is not None
            or not isinstance(rows, int) or rows < this.options.worker_rows
            or paged is None or not c.primary_key):
        return None
    least, most = UNIT_ROWS
    every = max(least, min(most, rows // (8 * tasks.workers)))
    edges: list[Any] = [None, *paged.key_bounds(c, every), None]
    fields = plan.fields()
    return [(this.source, this.ctx.key_id, c, fields, linker.prep, after, upto)
            for after, upto in zip(edges, edges[1:], strict=False)]
