"""The linking pass: which rows of a source belong to which subject.

After a source's fields are classified, every container that carries identifiers, or that
reaches one by a foreign key, is streamed in full, parents before children, reading only
its key, identifier and link columns, in pages. Per page: digests are computed, known
subjects resolved with one IN query, new subjects created for unknown strong identifiers,
subjects merged when one row carries strong identifiers of two of them, and occurrences
recorded. See docs/subjects.md for the rules.
"""

from __future__ import annotations

import hashlib
import logging
import queue
import re
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import orjson

from scanner import inventory as inv
from scanner.index import Index
from scanner.subjects import (
    Hasher,
    account_value,
    identifier_kind,
    is_strong,
    normalize_name,
    normalizer,
)
from scanner.types import WEAK_IDENTIFIER_KINDS, ContainerSchema, FieldVerdict, ScanReport

log = logging.getLogger(__name__)

LINK_VERSION = 1  # bump when digests or rules change: every container is re-streamed
MAX_SHARED = 1000  # a strong value held by more rows than this in one table does not merge
BATCH = 5000
SQLITE_CACHE_KIB = 256 * 1024
COMMIT_SECONDS = 5.0  # per index transaction: commits (and WAL checkpoints) cost
AHEAD = 2  # pages read and prepared ahead of the one being written
ROWNUM = "__row__"  # the locator of rows read without any key: their position
CHANGE_COLUMNS = ("updated_at", "modified_at", "last_modified", "last_modified_at",
                  "updated_on", "modified_on", "changed_at", "last_update", "updated",
                  "modified", "date_modification", "date_maj")
_KEY_SUFFIX = re.compile(r"^(?P<stem>.+?)_?id$", re.IGNORECASE)


@dataclass(frozen=True)
class LinkOptions:
    region: str = "FR"  # default region for phone numbers written without +country
    max_shared: int = MAX_SHARED
    batch_size: int = BATCH


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
                sorted(self.categories.items()), self.other_categories, self.hashed]
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
        idents = tuple((f.name, kind_of[f.name]) for f in c.fields
                       if f.name in kind_of and kind_of[f.name] not in WEAK_IDENTIFIER_KINDS)
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
    return plans


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

    A source's `options.subject_max_shared` overrides MAX_SHARED.
    """
    from scanner.crypto import load_key
    from scanner.registry import one_line

    try:
        key = load_key(config.resolve(config.key_file), create=True)
        options = LinkOptions(region=config.default_region, max_shared=int(
            source.options.get("subject_max_shared", MAX_SHARED)))
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
    for plan in plans:
        name = plan.container.name
        if name not in cids:
            continue
        try:
            did = _link_container(index, hasher, key_id, connector, plan, cids, restreamed,
                                  report, scan_id, options)
        except Exception as e:  # noqa: BLE001 - one container failing never stops the scan
            from scanner.registry import one_line

            log.debug("linking %s failed", name, exc_info=True)
            report.fail(source, name, f"subject linking failed: {one_line(e)}")
            report.count("containers_link_failed")
            restreamed.add(name)
            continue
        if did:
            restreamed.add(name)
    if restreamed:
        with index.begin() as conn:
            report.count("subjects_dropped", inv.drop_orphan_subjects(conn))


def _private(state: Mapping[str, Any] | None, hasher: Hasher) -> dict[str, Any] | None:
    """A source state safe to store: a text key's max (an e-mail, say) only as a digest."""
    if state is None:
        return None
    return {k: v if v is None or isinstance(v, int | float) else hasher("state", str(v))
            for k, v in state.items()}


def _link_container(index: Index, hasher: Hasher, key_id: str, connector: Any, plan: Plan,
                    cids: Mapping[str, int], restreamed: set[str], report: ScanReport,
                    scan_id: int, options: LinkOptions) -> bool:
    c = plan.container
    cid = cids[c.name]
    has_state = hasattr(connector, "state")
    current = connector.state(c, plan.changed) if has_state else None
    stored = index.container_state(connector.name, c.name)
    old_state = stored[1] if stored and isinstance(stored[1], dict) else {}
    mark = {"source": _private(current, hasher), "plan": plan.signature(options, key_id)}
    parents_changed = any(p.parent in restreamed for p in plan.parents)
    if current is not None and old_state.get("link") == mark and not parents_changed:
        report.count("containers_link_unchanged")
        return False
    shared = _shared_digests(connector, plan, hasher, options, report)
    parent_cids = {p.parent: cids[p.parent] for p in plan.parents}
    linker = _Linker(hasher, plan, _key_columns(connector, c), cid, parent_cids, scan_id,
                     options, shared, f"{connector.name}/{c.name}", report)
    pages = _pages(connector, c, plan.fields(), options.batch_size)
    with index.connect() as conn:
        if conn.dialect.name == "sqlite":
            # NOTE: digests arrive in random order; the default 2 MB page cache makes every
            # insert into a large index a disk read.
            conn.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
            conn.exec_driver_sql("PRAGMA temp_store = MEMORY")
        if inv.clear_container(conn, cid):
            report.count("occurrences_cleared")
        linker.start(conn)
        since = time.monotonic()
        for page in _ahead(pages, _same):
            linker.apply(conn, linker.prepare(page))
            if time.monotonic() - since > COMMIT_SECONDS:
                conn.commit()
                since = time.monotonic()
        linker.finish(conn)
        conn.commit()
    index.set_container_state(cid, {**old_state, "link": mark})
    report.count("containers_linked")
    return True


def _ahead(pages: Iterator[Sequence[Sequence[Any]]],
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


def _same(page: Any) -> Any:
    return page


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


class _Linker:
    """The per-page work of one container: `prepare` (digests, locators; no index access,
    runs ahead in a thread) then `apply` (resolve, decide, write; in page order)."""

    def __init__(self, hasher: Hasher, plan: Plan, keys: tuple[str, ...], cid: int,
                 parent_cids: Mapping[str, int], scan_id: int, options: LinkOptions,
                 shared: set[bytes], namespace: str, report: ScanReport) -> None:
        self.hasher = hasher
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
        known = inv.resolve_strong(conn, [d for r in rows for d, _ in r[1]])
        parents: list[dict[inv.Locator, list[int]]] = []
        for j, pcid in enumerate(self.parent_cids):
            locs = {r[3][j] for r in rows} - {None}
            parents.append(inv.subjects_of_locators(conn, pcid, locs) if locs else {})
        return self._write(conn, rows, known, parents)

    def _write(self, conn: Any, rows: list[Any], known: dict[bytes, int],
               parents: list[dict[inv.Locator, list[int]]]) -> int:
        redirect: dict[int, int] = {}

        def find(s: int) -> int:
            while s in redirect:
                s = redirect[s]
            return s

        assert self.next_id is not None and self.writer is not None
        new_subjects: list[int] = []
        new_idents: list[tuple[bytes, int, str, bool]] = []
        weak_idents: set[tuple[bytes, int, str, bool]] = set()
        occ: list[tuple[int, int, str, int, str, int]] = []
        merged = unlinked = 0
        cid, scan_id = self.cid, self.scan_id
        for (key, item), strong, weak, links, cats in rows:
            own = {find(known[d]) for d, _ in strong if d in known} if known else set()
            if len(own) > 1:
                keep = min(own)
                for gone in own - {keep}:
                    inv.merge_subjects(conn, keep, gone)
                    redirect[gone] = keep
                    merged += 1
                own = {keep}
            via_links: list[int] = []
            for j, loc in enumerate(links):
                if loc is not None:
                    for s in parents[j].get(loc, ()):
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
        if redirect:
            new_subjects = [s for s in new_subjects if s not in redirect]
            new_idents = [(d, find(s), k, st) for d, s, k, st in new_idents]
            weak_idents = {(d, find(s), k, st) for d, s, k, st in weak_idents}
            occ = [(c, k, i, find(s), cats, sc) for c, k, i, s, cats, sc in occ]
        w.insert(inv.subjects, ("id", "scan_id"), [(s, scan_id) for s in new_subjects])
        w.insert(inv.identifiers, ("digest", "subject", "kind", "strong"), new_idents,
                 ignore_duplicates=True)
        w.insert(inv.identifiers, ("digest", "subject", "kind", "strong"), list(weak_idents),
                 ignore_duplicates=True)
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
