"""The per-page work of the link pass (scanner/link.py): rows to subjects and occurrences.

`Linker.prepare` turns a page of rows into digests and locators without touching the
index; `Linker.apply` resolves them against the index, decides each row's subjects
(creating and merging), and writes. See docs/subjects.md for the rules.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import orjson

from scanner import inventory as inv
from scanner.link_stage import IdentifierStage, Merges
from scanner.subjects import Hasher, account_value, is_strong, normalize_name, normalizer
from scanner.types import ContainerSchema, ScanReport

if TYPE_CHECKING:
    from scanner.link import LinkOptions, Plan

AHEAD = 2  # pages read ahead of the one being written
ROWNUM = "__row__"  # the locator of rows read without any key: their position


def read_ahead(pages: Iterator[Sequence[Sequence[Any]]],
           prepare: Callable[[Sequence[Sequence[Any]]], Any]) -> Iterator[Any]:
    """prepare(page) for each page, computed by a thread while the caller uses the last one.

    NOTE: the source driver waits on the network without the GIL: the next page is read
    while this one is written. Only reading goes ahead (the link pass passes `_same`):
    hashing there too was slower, because the index's executemany hands the GIL back and
    forth once per row. At most AHEAD pages wait, so memory stays bounded; a failure on
    either side stops both.
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
                if not put((True, prepare(page))):
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
    runs ahead in a thread) then `apply` (resolve, decide, write; in page order)."""

    def __init__(self, hasher: Hasher, plan: Plan, keys: tuple[str, ...], cid: int,
                 parent_cids: Mapping[str, int], scan_id: int, options: LinkOptions,
                 shared: set[bytes], namespace: str, report: ScanReport,
                 merges: Merges | None = None) -> None:
        self.hasher = hasher
        self.merges = merges if merges is not None else Merges()
        self.stage: IdentifierStage | None = None
        self.plan = plan
        self.cid = cid
        self.parent_cids = [parent_cids[p.parent] for p in plan.parents]
        self.scan_id = scan_id
        self.shared = shared
        self.namespace = namespace
        self.report = report
        self.writer: inv.BulkWriter | None = None
        self.next_id: int | None = None
        self.position = 0
        self.keys = keys  # what the reader puts first: the primary key, rowid/ctid, or none
        self.n_keys = len(keys)
        self.pos = {k: i for i, k in enumerate(keys)}
        for f in plan.fields():
            if f not in self.pos:
                self.pos[f] = len(self.pos)
        self.idents = [(self.pos[f], kind, normalizer(kind, options.region),
                        hasher.prefix(kind)) for f, kind in plan.identifiers]
        self.names = [self.pos[f] for f in plan.names]
        self.name_prefix = hasher.prefix("name")
        self.account_prefix = hasher.prefix("account") if plan.account_key and keys else None
        self.links = [([self.pos[col] for col in p.columns], p.parent_key, p.hashed)
                      for p in plan.parents]
        self.cat_fields = [(self.pos[f], cat) for f, cat in plan.categories.items()]
        self.hashed = plan.hashed if keys == plan.container.primary_key else ()
        self._cats: dict[tuple[bool, ...], str] = {}
        self.fast: inv.ChildPages | None = None
        self.fast_rows = self.odd_linked = 0

    def locator(self, names: Sequence[str], values: Sequence[Any],
                hashed: Sequence[str]) -> inv.Locator:
        """A row's locator; key values that are personal data stand as their digest.

        NOTE: a key that is itself personal data (an e-mail as primary key) would put a raw
        value in the index; {"hmac": ...} stands in for it, and a fetch finds the row through
        the subject's identifiers instead (see docs/subjects.md).
        """
        if hashed:
            values = [{"hmac": self.hasher("locator", str(v))} if n in hashed else v
                      for n, v in zip(names, values, strict=True)]
        return inv.locator(names, values)

    def categories(self, row: Sequence[Any]) -> str:
        present = tuple(row[i] is not None for i, _ in self.cat_fields)
        out = self._cats.get(present)
        if out is None:
            cats = set(self.plan.other_categories)
            cats.update(cat for (_, cat), p in zip(self.cat_fields, present, strict=True) if p)
            out = self._cats[present] = orjson.dumps(sorted(cats)).decode()
        return out

    def start(self, conn: Any) -> None:
        self.writer = inv.BulkWriter(conn)
        self.stage = IdentifierStage(conn, self.writer)
        self.next_id = inv.next_subject_id(conn)
        p = self.plan
        ints = [self.keys[0]] if self.n_keys == 1 else []
        ints += [q.columns[0] for q in p.parents if len(q.columns) == 1 and not q.hashed]
        if (conn.dialect.name == "sqlite" and not p.identifiers and not p.names
                and not self.account_prefix and not self.hashed and p.parents
                and len(ints) == 1 + len(p.parents)
                and all(_integer(p.container, col) for col in ints)
                and not any(q.parent_key[0].startswith("{") for q in p.parents)):
            # A pure child (orders): its rows' subjects are its parents', joined in SQLite.
            self.fast = inv.ChildPages(
                conn, self.cid, self.keys[0],
                [(self.pos[q.columns[0]], pcid, q.parent_key[0])
                 for q, pcid in zip(p.parents, self.parent_cids, strict=True)],
                self.categories(()), self.scan_id)

    def prepare(self, page: Sequence[Sequence[Any]]) -> Any:
        if self.fast is not None:
            return page
        return self._prepare(page)

    def _prepare(self, page: Sequence[Sequence[Any]]) -> tuple[list[Any], int]:
        """Per row: (locator, strong, weak, parent locators per link, categories)."""
        digest, shared, n_keys, keys = self.hasher.digest_with, self.shared, self.n_keys, \
            self.keys
        one_key = keys[0] if n_keys == 1 and not self.hashed else None
        lo, hi = inv.INT64
        account, ns = self.account_prefix, self.namespace
        rows: list[Any] = []
        rejected = 0
        for row in page:
            if one_key is not None and type(k := row[0]) is int and lo <= k <= hi:
                loc: inv.Locator = (k, one_key)
            elif n_keys:
                loc = self.locator(keys, row[:n_keys], self.hashed)
            else:
                loc = (self.position, ROWNUM)
                self.position += 1
            strong: list[tuple[bytes, str]] = []
            weak: list[tuple[bytes, str]] = []
            for i, kind, norm, prefix in self.idents:
                v = row[i]
                if v is None:
                    continue
                n = norm(v)
                if n is None:
                    rejected += 1
                    continue
                d = digest(prefix, n)
                if d in shared or not is_strong(kind, n):
                    weak.append((d, kind))
                else:
                    strong.append((d, kind))
            if self.names:
                parts = [row[i] for i in self.names if isinstance(row[i], str)]
                n = normalize_name(" ".join(parts)) if parts else None
                if n is not None:
                    weak.append((digest(self.name_prefix, n), "name"))
            if account is not None:
                raw = row[0] if n_keys == 1 else "|".join(str(v) for v in row[:n_keys])
                a = f"{ns}/{raw}" if type(raw) is int and raw > 0 else account_value(ns, raw)
                if a is not None:
                    strong.append((digest(account, a), "account"))
            links: list[inv.Locator | None] = []
            for cols, pkey, hashed in self.links:
                vals = [row[i] for i in cols]
                links.append(None if None in vals else self.locator(pkey, vals, hashed))
            rows.append((loc, strong, weak, links, self.categories(row)))
        return rows, rejected

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
            self.odd_linked += len(int_keyed) - self._apply(conn, self._prepare(int_keyed))
            self._apply(conn, self._prepare([r for r in odd if type(r[0]) is not int]))

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
        return self._write(conn, rows, known, parents)

    def _write(self, conn: Any, rows: list[Any], known: dict[bytes, int],
               parents: list[dict[inv.Locator, list[int]]]) -> int:
        merges = self.merges
        find = merges.find
        assert self.next_id is not None and self.writer is not None and self.stage is not None
        new_subjects: list[int] = []
        new_idents: list[tuple[bytes, int, str, bool]] = []
        weak_idents: set[tuple[bytes, int, str, bool]] = set()
        occ: list[tuple[int, int, str, int, str, int]] = []
        merged = unlinked = 0
        cid, scan_id = self.cid, self.scan_id
        for (key, item), strong, weak, links, cats in rows:
            own = {find(known[d]) for d, _ in strong if d in known} if known else set()
            merged += merges.merge(own)
            via_links: list[int] = []
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
            elif strong:
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
        w.insert(inv.subjects, ("id", "scan_id"), [(s, scan_id) for s in new_subjects])
        self.stage.add(new_idents)
        self.stage.add(list(weak_idents))
        w.insert(inv.occurrences, ("container_id", "row_key", "item", "subject", "categories",
                                   "scan_id"), occ, ignore_duplicates=True)
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
