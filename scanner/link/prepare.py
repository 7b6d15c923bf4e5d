"""Rows to digests and locators: the half of the link pass that needs no index.

`Preparer.prepare` turns a page of a container's rows into, per row, its locator, strong
and weak identifier digests, its parents' locators and its categories: in columns
(`Columns`) for a root table keyed by one integer, in rows otherwise. It is pure (no
index, no connector), so a large table's key ranges can be read and prepared as units in
worker processes or on a cluster (`prepare_range`, scanner/link/tasks.py) while this one
writes the pages already prepared to the index.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

import orjson

from scanner.core.types import WEAK_IDENTIFIER_KINDS, ContainerSchema
from scanner.identifiers.hashing import Hasher
from scanner.identifiers.normalise import (
    account_value,
    is_role_email,
    normalize_name,
    normalizer,
)
from scanner.index import inventory as inv
from scanner.link.tasks import Side

if TYPE_CHECKING:
    from scanner.link.plan import Plan

ROWNUM = "__row__"  # the locator of rows read without any key: their position

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
    """What `prepare` needs of a container's plan; picklable without its key (`bind` gives
    it the key of the process that unpickles it)."""

    def __init__(self, key: bytes | None, plan: Plan, keys: tuple[str, ...], region: str,
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
        if self.key is None:
            return
        self.hasher = Hasher(self.key)
        # (position, kind, normalizer, digest prefix, always weak, role test): is_strong,
        # unrolled for the hot loop
        self.idents = [(i, kind, normalizer(kind, self.region), self.hasher.prefix(kind),
                        kind in WEAK_IDENTIFIER_KINDS, is_role_email if kind == "email" else None)
                       for i, kind in self.ident_fields]
        self.name_prefix = self.hasher.prefix("name")
        self._cats: dict[tuple[bool, ...], str] = {}

    def __getstate__(self) -> dict[str, Any]:
        # never the key: a unit for a cluster is sent over the network
        return {k: v for k, v in self.__dict__.items()
                if k not in ("key", "hasher", "idents", "name_prefix", "_cats")}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.key = None

    def bind(self, key: bytes) -> None:
        """Use `key` (after unpickling: the key of the process that prepares)."""
        if self.key != key:
            self.key = key
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


# -- a unit of a large table ------------------------------------------------------------------


def prepare_range(side: Side, source: str, key_id: str, container: ContainerSchema,
                  fields: list[str], preparer: Preparer, after: Sequence[Any] | None,
                  upto: Sequence[Any] | None) -> Iterator[Prepared | Columns]:
    """A unit of a large table (scanner/link/tasks.py): the rows of one key range, read by
    the connector of the process that runs it and prepared there, page by page.

    `preparer` travels without its key; it is bound to that process's own (checked to be
    the scan's: `key_id`)."""
    paged = side.opened(source).paged
    if paged is None:
        raise TypeError(f"{source} cannot read a table in parts")
    preparer.bind(side.hasher(key_id).key)
    for page in paged.read_pages(container, fields, after, upto):
        yield preparer.prepare(page)
