"""The per-page work of the link pass (scanner/link.py): rows to subjects and occurrences.

`Linker.prepare` turns a page of rows into digests and locators without touching the
index; `Linker.apply` resolves them against the index, decides each row's subjects
(creating and merging), and writes. See docs/subjects.md for the rules.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from scanner import inventory as inv
from scanner.link_prepare import Preparer
from scanner.link_stage import IdentifierStage, Merges
from scanner.subjects import Hasher
from scanner.types import ContainerSchema, ScanReport

if TYPE_CHECKING:
    from scanner.link import LinkOptions, Plan

AHEAD = 2  # pages read ahead of the one being written


def read_ahead(pages: Iterator[Any]) -> Iterator[Any]:
    """The pages, read by a thread while the caller uses the last one.

    NOTE: the source driver waits on the network without the GIL: the next page is read
    while this one is written. Only reading goes ahead: hashing there too was slower,
    because the index's executemany hands the GIL back and forth once per row (large
    tables are hashed in worker processes instead: scanner/link_prepare.py). At most AHEAD
    pages wait, so memory stays bounded; a failure on either side stops both.
    """
    q: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=AHEAD)
    stop = threading.Event()

    def put(item: tuple[bool, Any]) -> bool:
        while not stop.is_set():
            try:
                q.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        try:
            for page in pages:
                if not put((True, page)):
                    return
            put((False, None))
        except BaseException as e:  # noqa: BLE001 - handed to the consumer, raised there
            put((False, e))
        finally:
            close = getattr(pages, "close", None)
            if close is not None:
                close()

    thread = threading.Thread(target=run, name="pdmap-link-read", daemon=True)
    thread.start()
    try:
        while True:
            more, value = q.get()
            if not more:
                if isinstance(value, BaseException):
                    raise value
                return
            yield value
    finally:
        stop.set()
        thread.join()



class Linker:
    """The per-page work of one container: `prepare` (digests, locators; no index access,
    scanner/link_prepare.py, maybe in worker processes) then `apply` (resolve, decide,
    write; in page order)."""

    def __init__(self, hasher: Hasher, plan: Plan, keys: tuple[str, ...], cid: int,
                 parent_cids: Mapping[str, int], scan_id: int, options: LinkOptions,
                 shared: set[bytes], report: ScanReport, merges: Merges | None = None) -> None:
        self.options = options
        self.merges = merges if merges is not None else Merges()
        self.stage: IdentifierStage | None = None
        self.previous = False  # an account table re-streamed: inv.keep_previous was called
        self.plan = plan
        self.cid = cid
        self.parent_cids = [parent_cids[p.parent] for p in plan.parents]
        self.scan_id = scan_id
        self.report = report
        self.writer: inv.BulkWriter | None = None
        self.next_id: int | None = None
        self.keys = keys  # what the reader puts first: the primary key, rowid/ctid, or none
        self.n_keys = len(keys)
        self.prep = Preparer(hasher.key, plan, keys, options.region, shared)
        self.fast: inv.ChildPages | None = None
        self.fast_rows = self.odd_linked = 0

    def start(self, conn: Any) -> None:
        self.writer = inv.BulkWriter(conn)
        self.stage = IdentifierStage(conn, self.writer, self.options.stage_limit,
                                     self.options.known_limit)
        self.next_id = inv.next_subject_id(conn)
        p = self.plan
        ints = [self.keys[0]] if self.n_keys == 1 else []
        ints += [q.columns[0] for q in p.parents if len(q.columns) == 1 and not q.hashed]
        if (conn.dialect.name == "sqlite" and not p.identifiers and not p.names
                and not self.prep.account and not self.prep.hashed and p.parents
                and len(ints) == 1 + len(p.parents)
                and all(_integer(p.container, col) for col in ints)
                and not any(q.parent_key[0].startswith("{") for q in p.parents)):
            # A pure child (orders): its rows' subjects are its parents', joined in SQLite.
            self.fast = inv.ChildPages(
                conn, self.cid, self.keys[0],
                [(self.prep.pos[q.columns[0]], pcid, q.parent_key[0])
                 for q, pcid in zip(p.parents, self.parent_cids, strict=True)],
                self.prep.categories(()), self.scan_id)

    def prepare(self, page: Sequence[Sequence[Any]]) -> Any:
        if self.fast is not None:
            return page
        return self.prep.prepare(page)

    def apply(self, conn: Any, work: Any) -> None:
        if self.fast is None:
            self._apply(conn, work)
            return
        odd, written = self.fast.write(work)
        self.fast_rows += len(work) - len(odd)
        self.report.count("subject_rows", len(work) - len(odd))
        self.report.count("subject_occurrences", written)
        if odd:  # keys or links that are not integers: the general way
            int_keyed = [r for r in odd if type(r[0]) is int]
            self.odd_linked += len(int_keyed) - self._apply(conn, self.prep.prepare(int_keyed))
            self._apply(conn, self.prep.prepare([r for r in odd if type(r[0]) is not int]))

    def finish(self, conn: Any) -> None:
        """Write what waits (identifiers); count rows left without a subject."""
        if self.stage is not None:
            self.stage.flush()
        if self.fast is not None:  # rows whose parents have no subject
            unlinked = self.fast_rows - (self.fast.linked() - self.odd_linked)
            if unlinked:
                self.report.count("rows_unlinked", unlinked)

    def _apply(self, conn: Any, work: tuple[list[Any], int]) -> int:
        """Resolve and write prepared rows; how many had no subject."""
        rows, rejected = work
        if not rows:
            return 0
        if rejected:
            self.report.count("identifiers_rejected", rejected)
        assert self.stage is not None
        known = self.stage.resolve([d for r in rows for d, _ in r[1]])
        parents: list[dict[inv.Locator, list[int]]] = []
        for j, pcid in enumerate(self.parent_cids):
            locs = {r[3][j] for r in rows} - {None}
            parents.append(inv.subjects_of_locators(conn, pcid, locs) if locs else {})
        previous = (inv.previous_subjects(conn, self.cid, [r[0] for r in rows])
                    if self.previous else {})
        return self._write(conn, rows, known, parents, previous)

    def _write(self, conn: Any, rows: list[Any], known: dict[bytes, int],
               parents: list[dict[inv.Locator, list[int]]],
               previous: dict[inv.Locator, list[int]]) -> int:
        merges = self.merges
        find = merges.find
        assert self.next_id is not None and self.writer is not None and self.stage is not None
        new_subjects: list[int] = []
        new_idents: list[tuple[bytes, int, str, bool]] = []
        weak_idents: set[tuple[bytes, int, str, bool]] = set()
        occ: list[tuple[int, int, str, int, str, int]] = []
        merged = unlinked = 0
        cid, scan_id = self.cid, self.scan_id
        known_get = known.get
        for (key, item), strong, weak, links, cats, acct in rows:
            own = {find(s) for d, _ in strong if (s := known_get(d)) is not None}
            if acct and previous:  # re-streamed: the row keeps its subject
                own.update(find(s) for s in previous.get((key, item), ()))
            if len(own) > 1:
                merged += merges.merge(own)
            via_links: list[int] = []
            if links:
                for j, loc in enumerate(links):
                    if loc is not None:
                        for s in parents[j].get(loc, ()):
                            s = find(s)  # a parent's subject merged since it was written
                            if s not in via_links:
                                via_links.append(s)
            if own:
                subject: int | None = own.pop()
            elif strong and len(via_links) == 1:
                subject = via_links[0]  # a new identifier of the parent row's subject
            elif strong or acct:
                subject = self.next_id
                self.next_id += 1
                new_subjects.append(subject)
            else:
                subject = None
            if subject is not None:
                for d, kind in strong:
                    if d not in known:
                        known[d] = subject
                        new_idents.append((d, subject, kind, True))
                if not via_links:  # the common case: one subject
                    occ.append((cid, key, item, subject, cats, scan_id))
                    for d, kind in weak:
                        weak_idents.add((d, subject, kind, False))
                    continue
                row_subjects = [subject] + [s for s in via_links if s != subject]
            elif via_links:
                row_subjects = via_links
            else:
                unlinked += 1
                continue
            for s in row_subjects:
                occ.append((cid, key, item, s, cats, scan_id))
                for d, kind in weak:
                    weak_idents.add((d, s, kind, False))
        w = self.writer
        if merged:
            redirect = merges.redirect
            new_subjects = [s for s in new_subjects if s not in redirect]
            new_idents = [(d, find(s), k, st) for d, s, k, st in new_idents]
            weak_idents = {(d, find(s), k, st) for d, s, k, st in weak_idents}
            occ = [(c, k, i, find(s), cats, sc) for c, k, i, s, cats, sc in occ]
        inv.insert_subjects(conn, new_subjects, scan_id)
        self.stage.add(new_idents)
        self.stage.add(list(weak_idents))
        inv.insert_occurrences(conn, w, occ)
        self.report.count("subject_rows", len(rows))
        self.report.count("subject_occurrences", len(occ))
        self.report.count("subjects_created", len(new_subjects))
        if unlinked:
            self.report.count("rows_unlinked", unlinked)
        if merged:
            self.report.count("subjects_merged", merged)
        return unlinked


def _integer(c: ContainerSchema, column: str) -> bool:
    return any(f.name == column and f.kind == "integer" for f in c.fields)
