"""A scan of an object store (a local folder, an S3 bucket), incremental by etag.

The listing comes first and costs no object read: keys whose etag (S3 ETag; size + mtime
for a file) is the one recorded last time are neither sniffed, sampled, classified nor
read again. Deleted objects drop their occurrences; changed ones have theirs replaced; new
and changed ones are discovered, classified and linked. What was read is kept per
container in `containers.state["objects"]` = {sig, etags: {key: etag}} (keys are names of
objects, not personal values); objects skipped as binary, empty or too large are kept the
same way under the pseudo-container SKIPPED, so they are not sniffed again either.

Linking a sub-record (a CSV row, a JSON Lines record, a log line, a text chunk) follows
docs/subjects.md, "Messages and objects": its identifier columns (by their verdicts) are
one group that resolves, creates or merges a subject as a row does; account keys link to
known subjects only; free-text fields go through the validated patterns, each identifier a
group of its own. IP addresses never identify anyone (shared, reassigned): a log line
whose only identifier is an IP links to nobody.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import orjson

from connectors.objects import ObjectInfo, changes
from scanner.classify import identifier_kind
from scanner.index import Index, chunks
from scanner.link_records import (
    RECORDS_LINK_VERSION,
    Found,
    Identify,
    RecordLinker,
    account_namespaces,
    categories_json,
    clear,
    container_ids,
    drop_items,
    drop_orphans,
    ensure_tables,
    item_json,
    state_of,
)
from scanner.subjects import Hasher
from scanner.types import ContainerSchema, FieldVerdict, Record, ScanReport

log = logging.getLogger(__name__)

SKIPPED = "(objects not scanned)"
BATCH = 2000  # sub-records per write
COMMIT_EVERY = 20
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
    etag, key, part[, version])."""
    return orjson.dumps({"etag": etag, "key": key}, option=orjson.OPT_SORT_KEYS
                        ).decode()[:-1] + ","


def scan_object_source(index: Index, config: Any, key: bytes, scan_id: int, source: Any,
                       connector: Any, classify: Classify, report: ScanReport,
                       emit: Emit) -> None:
    """List, compare, drop what went, discover/classify/link what is new or changed (the
    key checked against the index by the engine).

    Raises what the listing raises (the engine records the source as unreachable)."""
    ensure_tables(index)
    hasher = Hasher(key)
    sig = hashlib.sha256(orjson.dumps([RECORDS_LINK_VERSION, hasher.key_id(),
                                       config.default_region])).hexdigest()[:32]
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
        etags = {str(k): str(e) for k, e in (s.get("etags") or {}).items()}
        maps[name] = etags
        for k, e in etags.items():
            previous[k] = e
            where[k] = name
    listing = list(connector.objects())
    delta = changes(previous, listing)
    for counter, n in (("objects_new", len(delta.new)), ("objects_changed", len(delta.changed)),
                       ("objects_unchanged", len(delta.unchanged)),
                       ("objects_deleted", len(delta.deleted))):
        if n:
            report.count(counter, n)
    gone = list(delta.deleted) + [o.key for o in delta.changed]
    touched = {where[k] for k in gone}
    with index.begin() as conn:
        for cid in stale:
            clear(conn, cid)
        by_container: dict[str, list[str]] = {}
        for k in gone:
            name = where[k]
            if name != SKIPPED:
                by_container.setdefault(name, []).append(item_prefix(k, previous[k]))
            maps[name].pop(k, None)
        for name, prefixes in by_container.items():
            drop_items(conn, stored[name][0], prefixes)
    ident = Identify(hasher, config.default_region, account_namespaces(index))
    containers = list(connector.discover(report, only=delta.to_read))
    emit("containers", {"name": source.name, "total": len(containers)})
    grouped = connector.grouped()
    for c in containers:
        verdicts = classify(c)
        emit("container", {"name": c.name})
        found = index.container_state(source.name, c.name)
        if found is None:
            continue
        infos = grouped.get(c.name, [])
        try:
            _link_container(index, connector, c, found[0], plan_for(c, verdicts), infos,
                            ident, hasher, scan_id, report)
        except Exception as e:  # noqa: BLE001 - one container failing never stops the scan
            from scanner.registry import one_line

            log.debug("linking %s failed", c.name, exc_info=True)
            report.fail(source.name, c.name, f"subject linking failed: {one_line(e)}")
            report.count("containers_link_failed")
            continue  # NOTE: its objects stay out of the state: read again next time
        maps.setdefault(c.name, {}).update({o.key: o.etag for o in infos})
        touched.add(c.name)
    skipped = connector.skipped()
    if skipped:
        maps.setdefault(SKIPPED, {}).update({o.key: o.etag for o in skipped})
        touched.add(SKIPPED)
    if ident.rejected:
        report.count("identifiers_rejected", ident.rejected)
    for name in sorted(touched | {n for n in maps if n not in stored}):
        found = index.container_state(source.name, name)
        if found is None:
            index.record_container(scan_id, source.name, source.url,
                                   ContainerSchema(source.name, name, ()), [])
            found = index.container_state(source.name, name)
        assert found is not None
        cid, state = found
        base = dict(state) if isinstance(state, dict) else {}
        index.set_container_state(cid, {**base, "objects": {"sig": sig,
                                                            "etags": maps.get(name, {})}})
    if gone or stale:
        with index.begin() as conn:
            drop_orphans(conn, report)


def _link_container(index: Index, connector: Any, c: ContainerSchema, cid: int,
                    plan: ObjectPlan, infos: Sequence[ObjectInfo], ident: Identify,
                    hasher: Hasher, scan_id: int, report: ScanReport) -> None:
    fields = plan.fields()
    if not fields or not infos:
        return
    keys = {o.key for o in infos}
    n = 0
    with index.connect() as conn:
        # NOTE: a changed object's old items went by prefix; these delete nothing then, but
        # a read that failed half-way last time must not leave its part behind.
        drop_items(conn, cid, [item_prefix(o.key, o.etag) for o in infos])
        writer = RecordLinker(conn, cid, scan_id, report, names=True)
        records = connector.read(c, fields, keys=keys)
        for i, batch in enumerate(chunks(records, BATCH)):
            writer.write([_found(r, plan, ident, hasher) for r in batch])
            n += len(batch)
            if i % COMMIT_EVERY == COMMIT_EVERY - 1:
                conn.commit()
        conn.commit()
    report.count("object_records_linked", n)


def _found(record: Record, plan: ObjectPlan, ident: Identify, hasher: Hasher) -> Found:
    values = record.values
    f = Found(item_json(record.locator.item, hasher, hashed=()), "")
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
    f.categories = categories_json(cats)
    return f


