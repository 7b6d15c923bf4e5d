"""The per-page work of the link pass (scanner/link/sql.py): rows to subjects and occurrences.

`Linker.prepare` turns a page of rows into digests and locators without touching the
index; `Linker.apply` resolves them against the index, decides each row's subjects
(creating and merging), and writes. See docs/subjects.md for the rules.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import orjson

from scanner.core.types import ScanReport
from scanner.identifiers.hashing import Hasher
from scanner.index import inventory as inv
from scanner.index.childpages import ChildPages
from scanner.link.decide import Decider
from scanner.link.plan import integer_column
from scanner.link.prepare import Columns, Prepared, Preparer
from scanner.link.stage import IdentifierStage, Merges

if TYPE_CHECKING:
    from scanner.link.plan import LinkOptions, Plan


class Linker:
    """The per-page work of one container: `prepare` (digests, locators; no index access,
    scanner/link/prepare.py, maybe in worker processes) then `apply` (resolve, decide,
    write; in page order)."""

    def __init__(self, hasher: Hasher, plan: Plan, keys: tuple[str, ...], cid: int,
                 parent_cids: Mapping[str, int], scan_id: int, options: LinkOptions,
                 report: ScanReport, merges: Merges | None = None,
                 shared: set[bytes] | None = None) -> None:
        self.options = options
        self.merges = merges if merges is not None else Merges()
        self.shared = shared if shared is not None else set()  # values found shared
        self.decider: Decider | None = None
        self.kind_columns = kind_columns(plan)
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
        self.prep = Preparer(hasher.key, plan, keys, options.region, set())  # shared: later
        self.fast: ChildPages | None = None
        self.fast_rows = self.odd_linked = 0
        self._pending: list[tuple[bytes, int, str, bool]] = []  # annotations to write

    def start(self, conn: Any) -> None:
        self.writer = inv.BulkWriter(conn)
        self.stage = IdentifierStage(conn, self.writer, self.options.stage_limit,
                                     self.options.known_limit)
        self.next_id = inv.next_subject_id(conn)
        self.decider = Decider(self.merges, self.shared, self.next_id)
        p = self.plan
        ints = [self.keys[0]] if self.n_keys == 1 else []
        ints += [q.columns[0] for q in p.parents if len(q.columns) == 1 and not q.hashed]
        if (conn.dialect.name == "sqlite" and not p.identifiers and not p.names
                and not self.prep.account and not self.prep.hashed and p.parents
                and len(ints) == 1 + len(p.parents)
                and all(integer_column(p.container, col) for col in ints)
                and not any(q.parent_key[0].startswith("{") for q in p.parents)):
            # A pure child (orders): its rows' subjects are its parents', joined in SQLite.
            self.fast = ChildPages(
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
        if self.decider is not None and self.decider.newly_shared:
            self.report.count("identifiers_found_shared", len(self.decider.newly_shared))
        if self.stage is not None:
            self.stage.flush()
        if self.fast is not None:  # rows whose parents have no subject
            unlinked = self.fast_rows - (self.fast.linked() - self.odd_linked)
            if unlinked:
                self.report.count("rows_unlinked", unlinked)

    def _apply(self, conn: Any, work: Prepared | Columns) -> int:
        """Resolve and write prepared rows; how many had no subject."""
        if isinstance(work, Columns):
            if not self.previous:
                return self._write_columns(conn, work)
            work = work.rows()  # a re-streamed account table keeps its subjects
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

    def _write_columns(self, conn: Any, page: Columns) -> int:
        """`_write` for a page in columns (a root table's: no links)."""
        assert self.next_id is not None and self.writer is not None and self.stage is not None
        if page.rejected:
            self.report.count("identifiers_rejected", page.rejected)
        n = len(page.keys)
        known = self.stage.resolve([d for _, ds in page.strong for d in ds if d is not None])
        accounts = page.account if isinstance(page.account, list) else [page.account] * n
        first = self.next_id
        names = next((ds for kind, ds in page.weak if kind == "name"), None)
        assert self.decider is not None
        self.shared.update(self.stage.seen_shared)
        self.decider.prepare(conn, {s for _, ds in page.strong for d in ds
                                    if d is not None and (s := known.get(d)) is not None})
        if len(page.strong) == 1:
            subjects, new_strong, merged = self._decide_one(page.strong[0], accounts, known,
                                                            names)
        else:
            subjects, new_strong, merged = self._decide(page.strong, accounts, known, names)
        new_subjects: Sequence[int] = range(first, self.next_id)
        if merged:  # a later row merged what an earlier one was given
            find = self.merges.find
            subjects = [None if s is None else find(s) for s in subjects]
            new_strong = [(kind, [(d, find(s)) for d, s in pairs]) for kind, pairs in new_strong]
            gone = self.merges.redirect
            new_subjects = [s for s in new_subjects if s not in gone]
        unlinked = subjects.count(None)
        inv.insert_subjects(conn, new_subjects, self.scan_id)
        for kind, pairs in new_strong:
            self.stage.add_pairs(kind, pairs, strong=True)
        for kind, digests in page.weak:
            self.stage.add_pairs(kind, [
                (d, s) for d, s in zip(digests, subjects, strict=True)
                if d is not None and s is not None], strong=False)
        self._annotate()
        cid, item, scan_id, w = self.cid, page.item, self.scan_id, self.writer
        cats = page.categories
        if isinstance(cats, str) and not unlinked:
            inv.insert_keys(conn, w, cid, item, cats, scan_id, page.keys,
                            subjects)  # type: ignore[arg-type]  # no None: not unlinked
        else:  # some rows without a subject, or categories that differ
            each = [cats] * n if isinstance(cats, str) else cats
            inv.insert_occurrences(conn, w, [
                (cid, key, item, s, c, scan_id)
                for key, s, c in zip(page.keys, subjects, each, strict=True) if s is not None])
        self._count(n, n - unlinked, len(new_subjects), unlinked, merged)
        return unlinked

    def _decide_one(self, strong: tuple[str, list[bytes | None]], accounts: list[bool],
                    known: dict[bytes, int], names: list[bytes | None] | None,
                    ) -> tuple[list[int | None], Any, int]:
        """Each row's subject when a row has at most one strong identifier: the subject it
        has, or a new one (never a merge). A row that meets a known value under another
        name finds it shared (scanner/link/decide.py)."""
        assert self.next_id is not None and self.decider is not None
        kind, digests = strong
        known_get, find, redirect = known.get, self.merges.find, self.merges.redirect
        shared, decider = self.shared, self.decider
        profiles = decider.profiles
        subjects: list[int | None] = []
        new: list[tuple[bytes, int]] = []
        next_id = self.next_id
        names_of = names if names is not None else [None] * len(digests)
        if names is not None:
            noted = profiles.names
        for d, account, name in zip(digests, accounts, names_of, strict=True):
            if d is not None and d in shared:
                s = None
                decider.annotations.append((d, -1, kind, False))
            elif d is not None:
                s = known_get(d)
                if s is None:
                    s = known[d] = next_id
                    next_id += 1
                    new.append((d, s))
                    if name is not None:
                        noted[s] = hash(name)  # a new subject: one name, an int
                    subjects.append(s)
                    continue
                if redirect:
                    s = find(s)  # merged since it was written
                if name is not None and profiles.disagree(s, [], name):
                    decider.share([(d, kind)], s)  # a family or office e-mail
                    known.pop(d, None)
                    s = None
                elif name is not None:
                    profiles.note(s, (), name)
            else:
                s = None
            if s is None and account:
                s = next_id
                next_id += 1
                if name is not None:
                    noted[s] = hash(name)
            if decider.annotations:
                self._pending.extend(decider.settle(s) if s is not None else
                                     decider.settle(-2))
            subjects.append(s)
        self.next_id = next_id
        return subjects, [(kind, new)], 0

    def _decide(self, strong: list[tuple[str, list[bytes | None]]], accounts: list[bool],
                known: dict[bytes, int], names: list[bytes | None] | None,
                ) -> tuple[list[int | None], Any, int]:
        """Each row's subject when a row may have several strong identifiers: those of
        two subjects merge them when the evidence agrees (scanner/link/decide.py)."""
        assert self.next_id is not None and self.decider is not None
        decider, shared = self.decider, self.shared
        profiles = decider.profiles
        subjects: list[int | None] = []
        new: list[list[tuple[bytes, int]]] = [[] for _ in strong]
        index_of = {kind: j for j, (kind, _) in enumerate(strong)}
        merged = 0
        for i, account in enumerate(accounts):
            row = [(d, kind) for kind, ds in strong if (d := ds[i]) is not None]
            name = names[i] if names is not None else None
            if any(d in known or d in shared for d, _ in row):
                s, fresh, m = decider.decide(row, name, known)
                merged += m
            else:
                s, fresh = None, row
            if s is None and (fresh or account):
                s = self.next_id
                self.next_id += 1
                profiles.note(s, fresh, name)
            if s is not None:
                for d, kind in fresh:
                    if d not in known:
                        known[d] = s
                        new[index_of[kind]].append((d, s))
            if decider.annotations:
                self._pending.extend(decider.settle(s if s is not None else -2))
            subjects.append(s)
        return subjects, [(kind, pairs) for (kind, _), pairs in zip(strong, new,
                                                                    strict=True)], merged

    def _annotate(self) -> None:
        """Write the shared values' annotations of the rows just decided."""
        if not self._pending:
            return
        assert self.stage is not None
        find = self.merges.find
        self.stage.add([(d, find(s), k, st) for d, s, k, st in self._pending if s >= 0])
        self._pending.clear()

    def _write(self, conn: Any, rows: list[Any], known: dict[bytes, int],
               parents: list[dict[inv.Locator, list[int]]],
               previous: dict[inv.Locator, list[int]]) -> int:
        """Decide and write rows in the row form: a row with owners (parent rows with a
        subject) is theirs; any other row is its identifiers' (scanner/link/decide.py)."""
        find = self.merges.find
        assert self.next_id is not None and self.writer is not None and self.stage is not None
        assert self.decider is not None
        decider, shared = self.decider, self.shared
        shared.update(self.stage.seen_shared)
        decider.prepare(conn, {s for r in rows for d, _ in r[1] if (s := known.get(d)) is not None}
                        | {s for ss in previous.values() for s in ss}
                        | {s for p in parents for ss in p.values() for s in ss})
        profiles = decider.profiles
        new_subjects: list[int] = []
        new_idents: list[tuple[bytes, int, str, bool]] = []
        weak_idents: set[tuple[bytes, int, str, bool]] = set()
        occ: list[tuple[int, int, str, int, str, int]] = []
        refs: dict[tuple[int, str, int], set[str]] = {}
        merged = unlinked = 0
        cid, scan_id = self.cid, self.scan_id
        for (key, item), strong, weak, links, cats, acct in rows:
            name = next((d for d, k in weak if k == "name"), None)
            owners: list[int] = []
            for j, loc in enumerate(links):
                if loc is not None:
                    for s in parents[j].get(loc, ()):
                        s = find(s)  # a parent's subject merged since it was written
                        if s not in owners:
                            owners.append(s)
            if owners:  # a child row: its identifiers never merge anyone
                for d, kind in strong:
                    s = None if d in shared else known.get(d)
                    if s is not None:
                        s = find(s)
                        if s not in owners:  # another person's identifier: a reference
                            refs.setdefault((key, item, s), set()).update(
                                self.kind_columns.get(kind, ()))
                    elif d not in shared and len(owners) == 1 and not profiles.disagree(
                            owners[0], [(d, kind)], None):
                        known[d] = owners[0]  # a new identifier of the owner
                        new_idents.append((d, owners[0], kind, True))
                        profiles.note(owners[0], [(d, kind)], None)
                    else:  # shared, or not plainly the owner's: annotates only
                        weak_idents.update((d, o, kind, False) for o in owners)
                for s in owners:
                    occ.append((cid, key, item, s, cats, scan_id))
                    for d, kind in weak:
                        weak_idents.add((d, s, kind, False))
                continue
            keep = previous.get((key, item), ()) if acct and previous else ()
            if keep or any(d in known or d in shared for d, _ in strong):
                subject, fresh, m = decider.decide(strong, name, known, keep)
                merged += m
            else:
                subject, fresh = None, strong
            if subject is None and (fresh or acct):
                subject = self.next_id
                self.next_id += 1
                new_subjects.append(subject)
                profiles.note(subject, fresh, name)
            if decider.annotations:
                self._pending.extend(decider.settle(subject if subject is not None else -2))
            if subject is None:
                unlinked += 1
                continue
            for d, kind in fresh:
                if d not in known:
                    known[d] = subject
                    new_idents.append((d, subject, kind, True))
            occ.append((cid, key, item, subject, cats, scan_id))
            for d, kind in weak:
                weak_idents.add((d, subject, kind, False))
        w = self.writer
        if merged:
            redirect = self.merges.redirect
            new_subjects = [s for s in new_subjects if s not in redirect]
            new_idents = [(d, find(s), k, st) for d, s, k, st in new_idents]
            weak_idents = {(d, find(s), k, st) for d, s, k, st in weak_idents}
            occ = [(c, k, i, find(s), cats, sc) for c, k, i, s, cats, sc in occ]
        inv.insert_subjects(conn, new_subjects, scan_id)
        self.stage.add(new_idents)
        self.stage.add(list(weak_idents))
        self._annotate()
        inv.insert_occurrences(conn, w, occ)
        if refs:
            inv.insert_roles(conn, [
                (cid, key, item, find(s), inv.REFERENCE_CATEGORIES, scan_id, "reference",
                 orjson.dumps(sorted(cols)).decode()) for (key, item, s), cols in refs.items()])
            self.report.count("subject_references", len(refs))
        self._count(len(rows), len(occ), len(new_subjects), unlinked, merged)
        return unlinked

    def _count(self, rows: int, occurrences: int, created: int, unlinked: int,
               merged: int) -> None:
        self.report.count("subject_rows", rows)
        self.report.count("subject_occurrences", occurrences)
        self.report.count("subjects_created", created)
        if unlinked:
            self.report.count("rows_unlinked", unlinked)
        if merged:
            self.report.count("subjects_merged", merged)


def kind_columns(plan: Plan) -> dict[str, list[str]]:
    """The plan's identifier columns by kind (a reference names the columns of a kind)."""
    out: dict[str, list[str]] = {}
    for f, kind in plan.identifiers:
        out.setdefault(kind, []).append(f)
    return out
