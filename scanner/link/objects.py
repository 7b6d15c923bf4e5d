"""A scan of an object store (a local folder, an S3 bucket), incremental by etag.

The listing comes first and costs no object read: keys whose etag (S3 ETag; size + mtime
for a file) is the one recorded last time are neither sniffed, sampled, classified nor
read again. Deleted objects drop their occurrences; changed ones have theirs replaced; new
and changed ones are discovered, classified and linked. What was read is kept per
container in `containers.state["objects"]` = {sig, etags: {key: etag}, hashed: {digest:
etag}}; objects skipped as binary, empty or too large are kept the same way under the
pseudo-container SKIPPED, so they are not sniffed again either.

No raw values from names: a key (or an archive member's name in a record's part) that
holds a personal value (connectors.object_keys.key_values: e-mails, phones, IBANs, cards, a
name) is never stored: its locator holds {"hmac": HMAC(key, "locator:" + key)} and its
masked form (`masked`: `cv/CV Z*** Q*** 06********.csv`), the state its digest, and its
container, failures and logs name it masked. The identifiers in it link every record of
the object (each its own group, as in free text; a name is a mention). An export finds the
object again by HMACing the keys of its container (the connector's `resolve`).

Linking a sub-record (a CSV row, a JSON Lines record, a log line, a text chunk) follows
docs/subjects.md, "Messages and objects": its identifier columns (by their verdicts) are
one group that resolves, creates or merges a subject as a row does; account keys link to
known subjects only; free-text fields go through the validated patterns, each identifier a
group of its own. IP addresses never identify anyone (shared, reassigned): a log line
whose only identifier is an IP links to nobody.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy.engine import Connection

from connectors.object_listing import ObjectInfo, changes
from scanner.core.config import SourceConfig
from scanner.core.protocols import ObjectStore
from scanner.core.types import ContainerSchema, FieldVerdict, Record, ScanReport
from scanner.detect.classify import identifier_kind
from scanner.identifiers.hashing import Hasher
from scanner.index.store import Index
from scanner.link.context import LinkContext
from scanner.link.decide import IndexRows
from scanner.link.records import (
    KIND_CATEGORY,
    Found,
    Identify,
    RecordLinker,
    account_namespaces,
    batches,
    categories_json,
    clear,
    container_ids,
    drop_items,
    drop_orphans,
    item_json,
    state_of,
)
from scanner.link.tasks import Side, Tasks, Unit, merge_report, own_report

log = logging.getLogger(__name__)

SKIPPED = "(objects not scanned)"
KEYS_VERSION = 2  # 2: keys that hold personal values digested
HASHED = "\x00"  # in memory, a digested key is HASHED + its digest (no key starts so)
BATCH = 2000  # sub-records per write
MB = 1 << 20
UNIT_BYTES = (1 * MB, 16 * MB)  # a unit of the link pass: objects up to this many bytes
# together, a few units per worker for a container
STREAM_BYTES = 64 * MB  # a larger object is streamed by the scan's own process
REMOTE_BYTES = 8 * MB  # a container's objects go to worker processes from this size
FREE_TEXT_CATEGORIES = ("communications.",)

Classify = Callable[[ContainerSchema], list[FieldVerdict]]
Emit = Callable[[str, dict[str, Any]], None]


@dataclass(frozen=True)
class ObjectPlan:
    """Which fields of a container's sub-records link them, and how."""

    identifiers: tuple[tuple[str, str], ...]  # (field, kind): one group per sub-record
    names: tuple[str, ...]  # joined into one weak name annotating that group
    accounts: tuple[str, ...]  # known account keys only
    texts: tuple[str, ...]  # free text: validated patterns
    categories: Mapping[str, str]  # personal field -> category

    def fields(self) -> list[str]:
        out = [f for f, _ in self.identifiers] + list(self.names) + list(self.accounts)
        return list(dict.fromkeys(out + list(self.texts)))


def plan_for(container: ContainerSchema, verdicts: Sequence[FieldVerdict]) -> ObjectPlan:
    by_field = {v.ref.field: v for v in verdicts}
    idents, names, accounts, texts = [], [], [], []
    cats: dict[str, str] = {}
    for f in container.fields:
        v = by_field.get(f.name)
        if v is not None and v.personal and v.category:
            cats[f.name] = v.category
        kind = identifier_kind(v) if v is not None else None
        if kind == "name":
            names.append(f.name)
        elif kind == "account":
            accounts.append(f.name)
        elif kind is not None:
            idents.append((f.name, kind))
        elif f.kind == "free_text" or (v is not None and v.personal and v.category
                                       and v.category.startswith(FREE_TEXT_CATEGORIES)):
            texts.append(f.name)
    return ObjectPlan(tuple(idents), tuple(names), tuple(accounts), tuple(texts), cats)


def item_prefix(key: str, etag: str) -> str:
    """The start of every stored item of one version of an object (items are sorted JSON:
    etag, key, [masked, masked_part,] part[, version]); `key` as Keys.stored gives it."""
    value: Any = {"hmac": key[len(HASHED):]} if key.startswith(HASHED) else key
    return orjson.dumps({"etag": etag, "key": value}, option=orjson.OPT_SORT_KEYS
                        ).decode()[:-1] + ","


class Keys:
    """A source's keys as the index holds them, and the identifiers in them."""

    def __init__(self, store: ObjectStore, hasher: Hasher) -> None:
        self.values = store.key_values
        self.hasher = hasher
        self.ident: Identify | None = None
        self._stored: dict[str, str] = {}
        self._links: dict[str, tuple[list[tuple[str, str]], list[str], set[str]]] = {}

    def stored(self, key: str) -> str:
        """The key, or HASHED + its digest when it holds a personal value."""
        got = self._stored.get(key)
        if got is None:
            if not self.values(key):
                return key
            if len(self._stored) >= 100_000:
                self._stored.clear()
            got = self._stored[key] = HASHED + self.hasher("locator", key)
        return got

    def links(self, name: str) -> tuple[list[tuple[str, str]], list[str], set[str]]:
        """(strong identifiers, name digests, categories) of the values in a key or part."""
        got = self._links.get(name)
        if got is not None:
            return got
        assert self.ident is not None
        strong: list[tuple[str, str]] = []
        names: list[str] = []
        cats: set[str] = set()
        for v in self.values(name):
            if v.kind == "name":
                d = self.ident.name(v.value)
                if d is not None:
                    names.append(d)
                    cats.add("identity.name")
            elif v.value:  # a placeholder address is masked but links nobody
                d, is_strong = self.ident.normalized(v.kind, v.value)
                cats.add(KIND_CATEGORY[v.kind])
                if is_strong:
                    strong.append((d, v.kind))
        if len(self._links) >= 10_000:
            self._links.clear()
        got = self._links[name] = (strong, names, cats)
        return got


def _state_etags(state: Mapping[str, Any]) -> dict[str, str]:
    etags = {str(k): str(e) for k, e in (state.get("etags") or {}).items()}
    etags.update((HASHED + str(d), str(e)) for d, e in (state.get("hashed") or {}).items())
    return etags


def _state_of(sig: str, etags: Mapping[str, str]) -> dict[str, Any]:
    return {"sig": sig,
            "etags": {k: e for k, e in etags.items() if not k.startswith(HASHED)},
            "hashed": {k[len(HASHED):]: e for k, e in etags.items() if k.startswith(HASHED)}}


def scan_object_source(index: Index, ctx: LinkContext, scan_id: int, source: SourceConfig,
                       store: ObjectStore, classify: Classify, report: ScanReport,
                       emit: Emit, tasks: Tasks) -> None:
    """List, compare, drop what went, discover/classify/link what is new or changed; the
    objects are read and prepared as units of `tasks` (`prepare_objects`).

    Raises what the listing raises (the engine records the source as unreachable)."""
    hasher = ctx.hasher
    sig = ctx.records_signature(KEYS_VERSION)
    keys = Keys(store, hasher)
    stored = container_ids(index, source.name)
    maps: dict[str, dict[str, str]] = {}
    previous: dict[str, str] = {}
    where: dict[str, str] = {}
    stale: list[int] = []  # containers linked under other rules or key: read again
    for name, (cid, state) in stored.items():
        s = state_of(state, "objects")
        if not s:
            continue
        if s.get("sig") != sig:
            stale.append(cid)
            maps[name] = {}
            continue
        etags = _state_etags(s)
        maps[name] = etags
        for k, e in etags.items():
            previous[k] = e
            where[k] = name
    real = {keys.stored(info.key): info for info in store.objects()}
    delta = changes(previous, [info._replace(key=k) for k, info in real.items()])
    for counter, n in (("objects_new", len(delta.new)), ("objects_changed", len(delta.changed)),
                       ("objects_unchanged", len(delta.unchanged)),
                       ("objects_deleted", len(delta.deleted))):
        if n:
            report.count(counter, n)
    gone = list(delta.deleted) + [o.key for o in delta.changed]
    touched = {where[k] for k in gone}
    # What was deleted goes now; what changed goes in the transaction that writes its
    # new version (_link_container), so that a scan killed meanwhile leaves the old one.
    changed = {o.key for o in delta.changed}
    old_items: dict[str, tuple[int, str]] = {
        k: (stored[where[k]][0], item_prefix(k, previous[k]))
        for k in changed if where[k] != SKIPPED}
    with index.begin() as conn:
        for cid in stale:
            clear(conn, cid)
        by_container: dict[str, list[str]] = {}
        for k in gone:
            if k in changed:
                continue
            name = where[k]
            if name != SKIPPED:
                by_container.setdefault(name, []).append(item_prefix(k, previous[k]))
            maps[name].pop(k, None)
        for name, prefixes in by_container.items():
            drop_items(conn, stored[name][0], prefixes)
    ident = keys.ident = Identify(hasher, ctx.region, account_namespaces(index))
    containers = list(store.discover(report, only=[real[o.key] for o in delta.to_read]))
    emit("containers", {"name": source.name, "total": len(containers)})
    grouped = store.grouped()
    kept: IndexRows = {}  # the subjects' rows the containers' linkers share
    for c in containers:
        verdicts = classify(c)
        emit("container", {"name": c.name})
        found = index.container_state(source.name, c.name)
        if found is None:
            continue
        infos = grouped.get(c.name, [])
        maps.setdefault(c.name, {})
        mine = [keys.stored(o.key) for o in infos if keys.stored(o.key) in changed]

        def done(conn: Connection, c: ContainerSchema = c, infos: Sequence[ObjectInfo] = infos,
                 mine: Sequence[str] = mine) -> None:
            """With the container's occurrences: its etags, and those of the containers
            its changed objects left (a scan that dies later does not read them again)."""
            for k in mine:
                maps[where[k]].pop(k, None)
                changed.discard(k)
            maps[c.name].update({keys.stored(o.key): o.etag for o in infos})
            _save_states(index, conn, source.name, sig, maps, {c.name} | {
                where[k] for k in mine})

        with report.guard(source.name, c.name, counter="containers_link_failed") as guard:
            units = _Units(source.name, ctx, ident.namespaces, tasks, kept)
            _link_container(index, units, c, found[0], plan_for(c, verdicts), infos,
                            keys, scan_id, report,
                            [old_items[k] for k in mine if k in old_items], done)
        if guard.failed:
            units.kept.clear()  # rolled back: what the linker kept is not in the index
            # Its objects stay out of the state (read again next time); a changed one keeps
            # its old version's occurrences and etag until then.
            changed.difference_update(mine)
            continue
        touched.add(c.name)
    skipped = store.skipped()
    if skipped:
        maps.setdefault(SKIPPED, {}).update({keys.stored(o.key): o.etag for o in skipped})
        touched.add(SKIPPED)
    if ident.rejected:
        report.count("identifiers_rejected", ident.rejected)
    names = sorted(touched | {n for n in maps if n not in stored})
    for name in names:
        if index.container_state(source.name, name) is None:
            index.record_container(scan_id, source.name, source.url,
                                   ContainerSchema(source.name, name, ()), [])
    with index.begin() as conn:
        for k in changed:  # changed, and now skipped or in no container: the old goes
            if k in old_items:
                old_cid, prefix = old_items[k]
                drop_items(conn, old_cid, [prefix])
            maps[where[k]].pop(k, None)
        _save_states(index, conn, source.name, sig, maps, names)
        # Containers no object is left in (all deleted, or read again under other rules and
        # now named otherwise: a key's personal value masked) go, with their names.
        seen = {c.name for c in containers}
        for name, (cid, _state) in stored.items():
            if name not in seen and not maps.get(name):
                clear(conn, cid)
                index.drop_container(conn, cid)
                report.count("containers_dropped")
        if gone or stale:
            drop_orphans(conn, report)


def _save_states(index: Index, conn: Connection, source: str, sig: str,
                 maps: Mapping[str, Mapping[str, str]], names: Iterable[str]) -> None:
    """Record the etags read of each named container (in `conn`'s transaction)."""
    for name in names:
        found = index.container_state(source, name)
        if found is None:
            continue
        cid, state = found
        base = dict(state) if isinstance(state, dict) else {}
        index.set_container_state(cid, {**base, "objects": _state_of(sig, maps.get(name, {}))},
                                  conn)


@dataclass(frozen=True)
class _Units:
    """How a source's objects are cut into units and run."""

    source: str
    ctx: LinkContext
    namespaces: tuple[str, ...]
    tasks: Tasks
    kept: IndexRows  # what the containers' RecordLinkers keep of the index (records.py)

    def prepared(self, c: ContainerSchema, plan: ObjectPlan,
                 infos: Sequence[ObjectInfo]) -> Iterator[list[Found] | ScanReport]:
        """Batches of the objects' Found, in the objects' order, and what each unit met."""
        size = sum(max(o.size, 0) for o in infos)
        least, most = UNIT_BYTES
        every = max(least, min(most, size // (4 * self.tasks.workers)))
        units: list[Unit] = [(self.source, self.ctx.key_id, self.ctx.region, self.namespaces,
                              c.name, plan, part) for part in object_units(infos, every)]
        tasks = self.tasks if self.tasks.eager or size >= REMOTE_BYTES else None
        if tasks is None or not tasks.remote:
            return _chain(self.tasks.here.run(prepare_objects, units))
        # an object too large to be prepared in one piece elsewhere is streamed here
        return _chain(tasks.run(prepare_objects, units, here=lambda u: len(u[-1]) == 1 and
                                u[-1][0].size > STREAM_BYTES))


def _chain(parts: Iterator[Any]) -> Iterator[Any]:
    for part in parts:
        yield from part


def object_units(infos: Sequence[ObjectInfo], most: int) -> list[list[ObjectInfo]]:
    """Consecutive objects up to `most` bytes together (a larger one alone)."""
    out: list[list[ObjectInfo]] = []
    size = most
    for info in infos:
        n = max(info.size, 0)
        if size + n > most or n > most:
            out.append([])
            size = 0
        out[-1].append(info)
        size += n
    return out


def prepare_objects(side: Side, source: str, key_id: str, region: str,
                    namespaces: Sequence[str], container: str, plan: ObjectPlan,
                    infos: Sequence[ObjectInfo]) -> Iterator[list[Found] | ScanReport]:
    """A unit (scanner/link/tasks.py): read the objects `infos` of a container with the
    connector of the process that runs it, and turn their sub-records into Found (digests
    and locators), a batch at a time; last, what its connector met."""
    store = side.opened(source).objects
    if store is None:
        raise TypeError(f"{source} is not an object store")
    hasher = side.hasher(key_id)
    keys = Keys(store, hasher)
    ident = keys.ident = Identify(hasher, region, namespaces)
    with own_report(store) as met:
        for batch in batches(store.read_objects(container, infos, plan.fields()), BATCH):
            yield [_found(r, plan, ident, keys) for r in batch]
    if ident.rejected:
        met.count("identifiers_rejected", ident.rejected)
    yield met


def _link_container(index: Index, units: _Units, c: ContainerSchema, cid: int,
                    plan: ObjectPlan, infos: Sequence[ObjectInfo], keys: Keys, scan_id: int,
                    report: ScanReport, old: Sequence[tuple[int, str]],
                    done: Callable[[Connection], None]) -> None:
    """Replace the occurrences of a container's new and changed objects (`old`: the
    (container id, item prefix) of the versions they replace) in one transaction, with
    `done` (their state): a scan killed half-way leaves the old versions' occurrences."""
    fields = plan.fields()
    # A container whose fields link nobody is still read (every field: []) when keys
    # name people: its records are theirs.
    named = any(keys.stored(o.key).startswith(HASHED) for o in infos)
    n = 0
    with index.connect() as conn:
        for old_cid, prefix in old:
            drop_items(conn, old_cid, [prefix])
        if infos and (fields or named):
            # These delete nothing unless a read failed half-way last time.
            drop_items(conn, cid, [item_prefix(keys.stored(o.key), o.etag) for o in infos])
            writer = RecordLinker(conn, cid, scan_id, report, names=True, rows=units.kept)
            for batch in units.prepared(c, plan, infos):
                if isinstance(batch, ScanReport):
                    merge_report(batch, report)
                    continue
                writer.write(batch)
                n += len(batch)
        done(conn)
        conn.commit()
    report.count("object_records_linked", n)


def _found(record: Record, plan: ObjectPlan, ident: Identify, keys: Keys) -> Found:
    values = record.values
    item = record.locator.item
    hashed = [k for k, m in (("key", "masked"), ("part", "masked_part"))
              if any(n == m for n, _ in item)]
    f = Found(item_json(item, keys.hasher, hashed=hashed), "")
    cats = {plan.categories[k] for k, v in values.items()
            if v is not None and k in plan.categories}
    group: list[tuple[str, str]] = []
    for field, kind in plan.identifiers:
        v = values.get(field)
        if v is None:
            continue
        got = ident.one(kind, v)
        if got is not None and got[1]:
            group.append((got[0], kind))
    seen = {d for d, _ in group}
    if group:
        f.groups.append(group)
        if plan.names:
            parts = [values[n] for n in plan.names if isinstance(values.get(n), str)]
            d = ident.name(" ".join(parts)) if parts else None
            if d is not None:
                f.annotations.append((0, d, "name"))
    for field in plan.accounts:
        v = values.get(field)
        if v is not None:
            f.lookups.extend(ident.accounts(v))
    for field in plan.texts:
        text = values.get(field)
        if not isinstance(text, str) or not text:
            continue
        ident.text(f, text, cats, seen)
    for name in hashed:  # the key's own values, each its own group (as in free text)
        strong, names, found = keys.links(str(record.locator.item_dict()[name]))
        cats |= found
        for d, kind in strong:
            if d not in seen:
                seen.add(d)
                f.groups.append([(d, kind)])
        f.mentions.extend(d for d in names if d not in f.mentions)
    f.categories = categories_json(cats)
    return f


