"""Rows to digests and locators: the half of the link pass that needs no index.

`Preparer.prepare` turns a page of a container's rows into, per row, its locator, strong
and weak identifier digests, its parents' locators and its categories: in columns
(`Columns`) for a root table keyed by one integer, in rows otherwise. It is pure (no
index, no connector), so `Workers` can run it, with the reading, in worker
processes while this one writes the previous page to the index.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import multiprocessing
import pickle
from collections.abc import Iterator, Sequence
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any, NamedTuple

import orjson

from scanner.core.errors import one_line
from scanner.core.types import WEAK_IDENTIFIER_KINDS
from scanner.identifiers.hashing import Hasher
from scanner.identifiers.normalise import (
    account_value,
    is_role_email,
    normalize_name,
    normalizer,
)
from scanner.index import inventory as inv

if TYPE_CHECKING:
    from scanner.link.plan import Plan

ROWNUM = "__row__"  # the locator of rows read without any key: their position
SHARDS = 2  # worker processes preparing a large table's pages

Prepared = tuple[list[Any], int]  # rows, identifiers rejected


class Columns(NamedTuple):
    """A page of a root table's rows prepared column by column (`Preparer.columns`).

    The scan process unpickles and decides every page; a list of keys and a list of
    digests per identifier column are a few objects a row, where a row of tuples and lists
    was a dozen (unpickling took longer than deciding).
    """

    keys: list[int]  # each row's integer key; its locator is (key, item)
    item: str
    strong: list[tuple[str, list[bytes | None]]]  # (kind, digest or None per row)
    weak: list[tuple[str, list[bytes | None]]]  # the same, for weak identifiers
    categories: str | list[str]  # the same for every row, or one per row
    account: bool | list[bool]  # whether the row's own key makes it a subject
    rejected: int  # identifiers that did not normalize

    def rows(self) -> Prepared:
        """The same page in the row form of `Preparer.rows`."""
        n = len(self.keys)
        cats = self.categories if isinstance(self.categories, list) else \
            [self.categories] * n
        accounts = self.account if isinstance(self.account, list) else [self.account] * n
        out: list[Any] = []
        for i, key in enumerate(self.keys):
            out.append(((key, self.item),
                        [(ds[i], kind) for kind, ds in self.strong if ds[i] is not None],
                        [(ds[i], kind) for kind, ds in self.weak if ds[i] is not None], [],
                        cats[i], accounts[i]))
        return out, self.rejected


class Preparer:
    """What `prepare` needs of a container's plan; picklable (the key travels as bytes)."""

    def __init__(self, key: bytes, plan: Plan, keys: tuple[str, ...], region: str,
                 shared: set[bytes]) -> None:
        self.key = key
        self.region = region
        self.shared = shared
        self.position = 0
        self.keys = keys  # what the reader puts first: the primary key, rowid/ctid, or none
        self.n_keys = len(keys)
        pos = {k: i for i, k in enumerate(keys)}
        for f in plan.fields():
            if f not in pos:
                pos[f] = len(pos)
        self.pos = pos
        self.ident_fields = [(pos[f], kind) for f, kind in plan.identifiers]
        self.names = [pos[f] for f in plan.names]
        self.account = plan.account_key and bool(keys)
        self.links = [([pos[col] for col in p.columns], p.parent_key, p.hashed)
                      for p in plan.parents]
        self.cat_fields = [(pos[f], cat) for f, cat in plan.categories.items()]
        self.cat_index = [i for i, _ in self.cat_fields]
        self.other_categories = plan.other_categories
        self.hashed = plan.hashed if keys == plan.container.primary_key else ()
        # A root table keyed by one integer is prepared in columns (the common case,
        # and the large tables).
        self.columnar = (not self.links and self.n_keys == 1 and not self.hashed
                         and not keys[0].startswith("{"))  # inv.locator's JSON items
        self._setup()

    def _setup(self) -> None:
        self.hasher = Hasher(self.key)
        # (position, kind, normalizer, digest prefix, always weak, role test): is_strong,
        # unrolled for the hot loop
        self.idents = [(i, kind, normalizer(kind, self.region), self.hasher.prefix(kind),
                        kind in WEAK_IDENTIFIER_KINDS, is_role_email if kind == "email" else None)
                       for i, kind in self.ident_fields]
        self.name_prefix = self.hasher.prefix("name")
        self._cats: dict[tuple[bool, ...], str] = {}

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items()
                if k not in ("hasher", "idents", "name_prefix", "_cats")}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._setup()

    def locator(self, names: Sequence[str], values: Sequence[Any],
                hashed: Sequence[str]) -> inv.Locator:
        """A row's locator; key values that are personal data stand as their digest.

        A key that is itself personal data (an e-mail as primary key) would put a raw
        value in the index; {"hmac": ...} stands in for it, and a fetch finds the row through
        the subject's identifiers instead (see docs/subjects.md).
        """
        if hashed:
            values = [{"hmac": self.hasher("locator", str(v))} if n in hashed else v
                      for n, v in zip(names, values, strict=True)]
        return inv.locator(names, values)

    def categories(self, row: Sequence[Any]) -> str:
        return self.categories_present(tuple([row[i] is not None for i in self.cat_index]))

    def categories_present(self, present: tuple[bool, ...]) -> str:
        """The categories of a row whose categorized fields are present or not."""
        out = self._cats.get(present)
        if out is None:
            cats = set(self.other_categories)
            cats.update(cat for (_, cat), p in zip(self.cat_fields, present, strict=True) if p)
            out = self._cats[present] = orjson.dumps(sorted(cats)).decode()
        return out

    def prepare(self, page: Sequence[Sequence[Any]]) -> Prepared | Columns:
        """The page in columns when the plan allows it and every key is an integer, else
        in rows."""
        if self.columnar:
            lo, hi = inv.INT64
            keys = [row[0] for row in page]
            if keys and set(map(type, keys)) == {int} and lo <= min(keys) and \
                    max(keys) <= hi:
                return self.columns(page, keys)
        return self.rows(page)

    def columns(self, page: Sequence[Sequence[Any]], keys: list[int]) -> Columns:
        """The page in columns. A comprehension per column, not a loop per row: the
        worker's time per row is most of the pass's."""
        digest, shared = self.hasher.digest_with, self.shared
        rejected = 0
        strong: list[tuple[str, list[bytes | None]]] = []
        weak: list[tuple[str, list[bytes | None]]] = []
        for i, k, norm, prefix, always_weak, role in self.idents:
            values = [row[i] for row in page]
            normed = [None if v is None else norm(v) for v in values]
            rejected += normed.count(None) - values.count(None)
            col = [None if v is None else digest(prefix, v) for v in normed]
            if always_weak:
                weak.append((k, col))
                continue
            strong.append((k, col))
            # role addresses and values too many rows share: weak only
            if role is not None:
                demote = [v is not None and (role(v) or d in shared)  # v: so is d
                          for v, d in zip(normed, col, strict=True)]
            elif shared:
                demote = [d in shared for d in col]
            else:
                continue
            if any(demote):
                weak.append((k, [d if out else None for d, out in zip(col, demote,
                                                                       strict=True)]))
                col[:] = [None if out else d for d, out in zip(col, demote, strict=True)]
        if self.names:
            weak.append(("name", self._names(page)))
        cats: str | list[str]
        if self.cat_index:
            known, categories = self._cats, self.categories_present
            present = zip(*[[row[i] is not None for row in page] for i in self.cat_index],
                          strict=True)
            per_row = [known.get(p) or categories(p) for p in present]
            cats = per_row[0] if per_row.count(per_row[0]) == len(per_row) else per_row
        else:
            cats = self.categories_present(())
        account: bool | list[bool] = False
        if self.account:
            accounts = [k > 0 or account_value("", k) is not None for k in keys]
            account = True if all(accounts) else accounts
        return Columns(keys, self.keys[0], strong, weak, cats, account, rejected)

    def _names(self, page: Sequence[Sequence[Any]]) -> list[bytes | None]:
        """Each row's name digest: its name fields joined."""
        digest, prefix = self.hasher.digest_with, self.name_prefix
        names = self.names
        if len(names) == 1:  # normalize_name refuses what is not text
            normed = [normalize_name(row[names[0]]) for row in page]
        else:
            normed = [normalize_name(" ".join(parts)) if (parts := [
                v for i in names if isinstance(v := row[i], str)]) else None for row in page]
        return [None if s is None else digest(prefix, s) for s in normed]

    def rows(self, page: Sequence[Sequence[Any]]) -> Prepared:
        """Per row: (locator, strong, weak, parent locators per link, categories, whether
        the row's own key makes it a subject)."""
        digest, shared, n_keys, keys = self.hasher.digest_with, self.shared, self.n_keys, \
            self.keys
        one_key = keys[0] if n_keys == 1 and not self.hashed else None
        lo, hi = inv.INT64
        account = self.account
        idents, names, name_prefix = self.idents, self.names, self.name_prefix
        links_of, categories = self.links, self.categories
        known_cats, cat_index = self._cats, self.cat_index
        one_name = names[0] if len(names) == 1 else None
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
            for i, kind, norm, prefix, always_weak, role in idents:
                v = row[i]
                if v is None:
                    continue
                n = norm(v)
                if n is None:
                    rejected += 1
                    continue
                d = digest(prefix, n)
                if always_weak or (role is not None and role(n)) or d in shared:
                    weak.append((d, kind))
                else:
                    strong.append((d, kind))
            if one_name is not None:
                v = row[one_name]
                n = normalize_name(v) if isinstance(v, str) else None
                if n is not None:
                    weak.append((digest(name_prefix, n), "name"))
            elif names:
                parts = [v for i in names if isinstance(v := row[i], str)]
                n = normalize_name(" ".join(parts)) if parts else None
                if n is not None:
                    weak.append((digest(name_prefix, n), "name"))
            # A row of an account table is a subject even without a usable e-mail;
            # its key is not hashed: `find --kind account` reads the table's occurrences.
            acct = account and (type(k := row[0]) is int and k > 0 or account_value(
                "", row[0] if n_keys == 1 else "|".join(str(v) for v in row[:n_keys]))
                is not None)
            links: list[inv.Locator | None] = []
            for cols, pkey, hashed in links_of:
                vals = [row[i] for i in cols]
                links.append(None if None in vals else self.locator(pkey, vals, hashed))
            cats = known_cats.get(tuple([row[i] is not None for i in cat_index]))
            rows.append((loc, strong, weak, links, cats or categories(row), acct))
        return rows, rejected


# -- the worker processes ---------------------------------------------------------------------


def _stream(out: Connection, control: Connection, factory: tuple[Any, Any], container: Any,
            fields: list[str], preparer: Preparer, shard: int, shards: int) -> None:
    """A worker: its own connector reads the pages whose number is `shard` modulo `shards`
    (a table without a primary key: every page, the others only counted); it prepares and
    sends them, pickled.

    It reads its first page before it waits for the shared digests (`control`: the scan
    counts them meanwhile). An empty message ends the stream; ("error", text) reports a
    failure.
    """
    gc.disable()  # as in the link pass (scanner/link/sql.py): no cycles, many objects
    connector = None
    try:
        cls, source = factory
        connector = cls(source)
        by_key = bool(container.primary_key)
        pages = connector.read_pages(container, fields, shard, shards) if by_key else \
            _own_pages(connector.read_pages(container, fields), preparer, shard, shards)
        first = next(pages, None)
        try:
            preparer.shared = control.recv()
        except EOFError:  # the scan gave up before it began
            return
        for page in itertools.chain([first], pages) if first is not None else ():
            out.send_bytes(pickle.dumps(preparer.prepare(page),
                                        protocol=pickle.HIGHEST_PROTOCOL))
        out.send_bytes(b"")
    except BaseException as e:  # noqa: BLE001 - handed to the link pass, which reports it
        with contextlib.suppress(OSError):  # the scan stopped listening: it knows why
            out.send_bytes(pickle.dumps(("error", one_line(e))))
    finally:
        close = getattr(connector, "close", None)
        if close is not None:
            close()
        out.close()


def _own_pages(pages: Iterator[Sequence[Any]], preparer: Preparer, shard: int,
               shards: int) -> Iterator[Sequence[Any]]:
    """A worker's share of every page read; the others' are counted, since rows without a
    key are located by their position."""
    for n, page in enumerate(pages):
        if n % shards == shard:
            yield page
        else:
            preparer.position += len(page)


class Workers:
    """Worker processes that read and prepare a container's pages (`pages`).

    Normalizing and hashing is most of a root table's per-row cost, and threads
    share one core through the GIL. Each worker reads the table with its own connection
    and prepares every `shards`-th keyset page: it asks the database only where the other
    pages end (SqlConnector.read_pages). This process takes the pages from the workers in
    turn, so they come in the order read, and only unpickles and writes. A pipe's small
    buffer keeps a worker a page or two ahead. A table written to during the pass may be
    paged differently by the two readers (a row seen twice, or not at all); its state then
    differs and the next scan streams it again. Start workers only for large tables: each
    takes about a second to start, which they spend while the scan counts the shared
    values (`pages` sends them).
    """

    def __init__(self, factory: tuple[Any, Any], container: Any, fields: list[str],
                 preparer: Preparer, shards: int = SHARDS) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.receivers: list[Connection] = []
        self.controls: list[Connection] = []
        self.workers: list[Any] = []
        try:
            for shard in range(shards):
                receive, send = ctx.Pipe(duplex=False)
                wait, control = ctx.Pipe(duplex=False)
                self.receivers.append(receive)
                self.controls.append(control)
                worker = ctx.Process(target=_stream, args=(
                    send, wait, factory, container, fields, preparer, shard, shards),
                    name=f"pdmap-link-prepare-{shard}", daemon=True)
                worker.start()
                self.workers.append(worker)
                send.close()
                wait.close()
        except BaseException:
            self.close()
            raise

    def pages(self, shared: set[bytes]) -> Iterator[Prepared | Columns]:
        """The prepared pages, in order; `shared` as `Preparer.shared`."""
        for control in self.controls:
            # A worker that failed has sent why and gone: read that, not a broken pipe
            with contextlib.suppress(OSError):
                control.send(shared)
        shards, n = len(self.workers), 0
        while True:
            try:
                data = self.receivers[n % shards].recv_bytes()
            except EOFError:
                raise RuntimeError("a worker preparing pages stopped unexpectedly") from None
            if not data:
                return
            work = pickle.loads(data)
            if isinstance(work, tuple) and len(work) == 2 and work[0] == "error":
                raise RuntimeError(work[1])
            yield work
            n += 1

    def close(self) -> None:
        for pipe in self.controls + self.receivers:
            pipe.close()
        for worker in self.workers:
            worker.join(timeout=5)
            if worker.is_alive():
                worker.terminate()
                worker.join()
