"""Linking records that are not rows: messages and the sub-records of objects.

A SQL row is one person's (scanner/link/sql.py merges whatever strong identifiers it holds). A
message or a text document is not: it names its sender, its recipients and whoever its
body mentions. So a record's identifiers come in *groups*: the identifiers of one group
belong to one subject (and merge subjects when they disagree); different groups never
merge. See docs/subjects.md, "Messages and objects", for the rules.

- group: a header address; a structured sub-record's identifier columns (a CSV row); or one
  identifier found in free text. A group with a strong identifier resolves to its subject,
  or creates one.
- lookup: an account key (a customer number in a body or a `customer_id` column): it links
  to the subject the index already knows by it, and never creates one.
- annotation: a weak identifier (the display name of an address) added to its group's subject.
- mention: a name found by NER. A *weak link*: the record's item and the name's digest go
  to the `mentions` table, never to `occurrences`; no subject is created or merged, and an
  export (which follows occurrences) never hands one person a message that only names
  someone of the same name. `subject_mentions` resolves them through the name identifiers
  of a subject at query time, so merges and drops never leave them dangling.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from scanner.core.types import ScanReport
from scanner.identifiers import text as extract
from scanner.identifiers.hashing import Hasher
from scanner.identifiers.normalise import (
    account_value,
    is_strong,
    normalize_name,
    normalizer,
)
from scanner.index import inventory as inv
from scanner.index.schema import containers, mentions, sources
from scanner.index.store import Index
from scanner.link.decide import KEPT_CAP, IndexRows, changes
from scanner.link.stage import Merges

log = logging.getLogger(__name__)

RECORDS_LINK_VERSION = 1  # bump when the rules below change: mail and objects are re-read

Ident = tuple[str, str]  # (digest, kind)


@dataclass(slots=True)
class Found:
    """What one record yields for linking; digests only."""

    item: str
    categories: str  # JSON list
    groups: list[list[Ident]] = field(default_factory=list)
    annotations: list[tuple[int, str, str]] = field(default_factory=list)  # (group, d, kind)
    lookups: list[str] = field(default_factory=list)  # account keys, resolved by the index
    mentions: list[str] = field(default_factory=list)


def item_json(item: Iterable[tuple[str, Any]], hasher: Hasher,
              hashed: Sequence[str] = ("message_id",)) -> str:
    """A locator item as stored: a Message-ID (it often holds an address) as its digest."""
    values = {k: {"hmac": hasher("locator", str(v))} if k in hashed else v for k, v in item}
    return orjson.dumps(values, option=orjson.OPT_SORT_KEYS, default=str).decode()


def categories_json(cats: Iterable[str]) -> str:
    return orjson.dumps(sorted(set(cats))).decode()


# What an identifier found in free text says about the record.
KIND_CATEGORY = {"email": "contact.email", "phone": "contact.phone",
                 "iban": "financial.bank_account", "card": "financial.payment_card"}


class Identify:
    """Raw values -> digests, with the garbage guard of scanner.identifiers.normalise."""

    def __init__(self, hasher: Hasher, region: str, namespaces: Sequence[str] = ()) -> None:
        self.hasher = hasher
        self.region = region
        self.namespaces = tuple(namespaces)  # source/container of tables with account keys
        self._norm: dict[str, Any] = {}
        self.rejected = 0

    def one(self, kind: str, raw: Any) -> tuple[str, bool] | None:
        """(digest, strong) of a raw value of a kind, or None when it is not usable."""
        norm = self._norm.get(kind)
        if norm is None:
            norm = self._norm[kind] = normalizer(kind, self.region)
        n = norm(raw)
        if n is None:
            self.rejected += 1
            return None
        return self.hasher.digest_with(self.hasher.prefix(kind), n).hex(), is_strong(kind, n)

    def normalized(self, kind: str, n: str) -> tuple[str, bool]:
        return self.hasher(kind, n), is_strong(kind, n)

    def name(self, raw: Any) -> str | None:
        n = normalize_name(raw)
        return None if n is None else self.hasher("name", n)

    def text(self, f: Found, text: str, cats: set[str], seen: set[str]) -> None:
        """Identifiers in free text, each its own group (a message naming two people does not
        make them one); account keys only where a word announces one, as lookups."""
        for kind, n in extract.identifiers(text, self.region):
            d, strong = self.normalized(kind, n)
            cats.add(KIND_CATEGORY[kind])
            if strong and d not in seen:
                seen.add(d)
                f.groups.append([(d, kind)])
        if self.namespaces:
            for key in extract.account_keys(text):
                f.lookups.extend(self.accounts(key))

    def accounts(self, raw: Any) -> list[str]:
        """The key to look up in the account tables (inventory.account_subjects), when
        there are any and the value is not garbage (empty, a placeholder, zeros)."""
        if not self.namespaces or account_value("", raw) is None:
            return []
        return [str(raw).strip()]


def account_namespaces(index: Index) -> list[str]:
    """source/container of the SQL tables whose own key is an account key."""
    with index.connect() as conn:
        ids = {cid for cid, _ in inv.account_containers(conn)}
        if not ids:
            return []
        q = sa.select(sources.c.name, containers.c.name).join(
            sources, sources.c.id == containers.c.source_id).where(containers.c.id.in_(ids))
        return [f"{s}/{c}" for s, c in conn.execute(q)]


class RecordLinker:
    """Writes the subjects, identifiers, occurrences and mentions of one container's records,
    a batch at a time, inside the caller's transaction."""

    def __init__(self, conn: Connection, container_id: int, scan_id: int,
                 report: ScanReport, *, names: bool = False,
                 rows: IndexRows | None = None) -> None:
        self.conn = conn
        self.cid = container_id
        self.scan_id = scan_id
        self.report = report
        self.writer = inv.BulkWriter(conn)
        self.next_id = inv.next_subject_id(conn)
        # A name column of a record (a CSV row) is evidence; a display name in a mail
        # header is not (people sign "Bruno", "B. Thomas", "Bruno (Acme)").
        self.names = names
        self.shared: set[bytes] = set()  # values found shared (scanner/link/decide.py)
        # The profiles' rows read or written, while the index keeps them: a pass gives
        # the same dict to the linkers of its containers, and clears it when the
        # transaction of one is rolled back (its writes are not in the index).
        self.rows: IndexRows = {} if rows is None else rows

    def write(self, batch: Sequence[Found]) -> None:
        """Decide and write a batch: a group's identifiers resolve its subject, create it,
        or merge the subjects they name when nothing disagrees (scanner.link.decide); a value
        people share links nobody and annotates each."""
        from scanner.link.decide import Decider

        conn = self.conn
        wanted = {inv.as_digest(d) for f in batch for g in f.groups for d, _ in g}
        known = inv.resolve_strong(conn, list(wanted)) if wanted else {}
        unknown = [d for d in wanted if d not in known and d not in self.shared]
        if unknown:
            self.shared.update(inv.resolve_shared(conn, unknown))
        keys = inv.account_subjects(conn, {k for f in batch for k in f.lookups})
        merges = Merges()  # applied before this batch is written
        find = merges.find
        decider = Decider(merges, self.shared, self.next_id, self.rows)
        if self.names or any(len(g) > 1 for f in batch for g in f.groups):
            # A mail address alone (a group of one, no name) cannot disagree with
            # anything: no profile is read for it.
            decider.prepare(conn, set(known.values()))
        new_subjects: list[int] = []
        new_idents: list[tuple[bytes, int, str, bool]] = []
        weak: set[tuple[bytes, int, str, bool]] = set()
        occ: list[tuple[int, str, int, str, int]] = []
        ment: list[tuple[int, str, bytes, str, int]] = []
        merged = unlinked = 0
        for f in batch:
            subjects: list[int] = []
            by_group: list[int | None] = []
            for g, group in enumerate(f.groups):
                strong = [(inv.as_digest(d), kind) for d, kind in group]
                name = next((inv.as_digest(d) for gg, d, kind in f.annotations
                             if gg == g and kind == "name"), None) if self.names else None
                subject, fresh, folded = decider.decide(strong, name, known)
                merged += folded
                if subject is None and fresh:
                    subject = self.next_id
                    self.next_id += 1
                    new_subjects.append(subject)
                    decider.profiles.note(subject, fresh, name)
                for d, s_, kind, st in decider.settle(subject if subject is not None else -2):
                    if s_ >= 0:
                        weak.add((d, s_, kind, st))
                if subject is None:
                    by_group.append(None)
                    continue
                for d, kind in fresh:
                    if d not in known:
                        known[d] = subject
                        new_idents.append((d, subject, kind, True))
                by_group.append(subject)
                if subject not in subjects:
                    subjects.append(subject)
            for k in f.lookups:
                for by_key in keys.get(k, ()):
                    if find(by_key) not in subjects:
                        subjects.append(find(by_key))
            for g, a, kind in f.annotations:
                s = by_group[g] if g < len(by_group) else None
                if s is not None:
                    weak.add((inv.as_digest(a), s, kind, False))
            for m in f.mentions:
                ment.append((self.cid, f.item, inv.as_digest(m), "name", self.scan_id))
            if not subjects:
                unlinked += 1
            for s in subjects:
                occ.append((self.cid, f.item, s, f.categories, self.scan_id))
        if decider.newly_shared:
            inv.demote_shared(conn, [d for d, _ in decider.newly_shared])
            self.report.count("identifiers_found_shared", len(decider.newly_shared))
        touched = {s for pair in merges.pending for s in pair}
        if merged:
            merges.apply(conn)
            new_subjects = [s for s in new_subjects if s not in merges.redirect]
            new_idents = [(d, find(s), k, st) for d, s, k, st in new_idents]
            weak = {(d, find(s), k, st) for d, s, k, st in weak}
            occ = [(c, i, find(s), cats, sc) for c, i, s, cats, sc in occ]
        w = self.writer
        w.insert(inv.subjects, ("id", "scan_id"), [(s, self.scan_id) for s in new_subjects])
        cols = ("digest", "subject", "kind", "strong")
        w.insert(inv.identifiers, cols, new_idents, ignore_duplicates=True)
        w.insert(inv.identifiers, cols, sorted(weak), ignore_duplicates=True)
        w.insert(inv.occurrences, ("container_id", "item", "subject", "categories", "scan_id"),
                 occ, ignore_duplicates=True)
        w.insert(mentions, ("container_id", "item", "digest", "kind", "scan_id"), ment,
                 ignore_duplicates=True)
        # The kept rows follow what was just written: a subject's new strong values and
        # names are added to its rows (what `Profiles.load` would read again: a new
        # strong value is never one the index holds as shared, those link nobody); the
        # subjects merged or whose values were demoted are read again when met.
        rows = self.rows
        if new_subjects:  # what they hold is what this batch writes
            if len(rows) + len(new_subjects) > KEPT_CAP:
                rows.clear()
            for s in new_subjects:
                rows[s] = []
        if rows:
            for ident in (new_idents, weak):
                for d, s, k, st in ident:
                    held = rows.get(s)
                    if held is not None and s not in touched and changes(rows, d, s, k, st):
                        held.append((k, d))
            if decider.newly_shared:  # demoted: no longer strong for those who held them
                demoted = {d for d, _ in decider.newly_shared}
                touched.update(s for s in inv.holders(conn, list(demoted)) if s in rows and any(
                    d in demoted for _, d in rows[s]))
            for s in touched:
                rows.pop(s, None)
        r = self.report
        r.count("subject_records", len(batch))
        r.count("subject_occurrences", len(occ))
        r.count("subjects_created", len(new_subjects))
        if ment:
            r.count("subject_mentions", len(ment))
        if unlinked:
            r.count("records_unlinked", unlinked)
        if merged:
            r.count("subjects_merged", merged)


# -- maintenance -----------------------------------------------------------------------------


def clear(conn: Connection, container_id: int) -> None:
    """Every occurrence and mention of a container (it is read again in full)."""
    inv.clear_container(conn, container_id)
    conn.execute(mentions.delete().where(mentions.c.container_id == container_id))


def drop_items(conn: Connection, container_id: int, prefixes: Sequence[str]) -> None:
    """Occurrences and mentions whose item starts with one of `prefixes` (one object's
    sub-records: see scanner.link.objects.item_prefix)."""
    if not prefixes:
        return
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    for table in (inv.occurrences.name, mentions.name):
        sql = (f"DELETE FROM {table} WHERE container_id = {mark} AND "
               f"substr(item, 1, {mark}) = {mark}")
        conn.exec_driver_sql(sql, [(container_id, len(p), p) for p in prefixes])


def drop_orphans(conn: Connection, report: ScanReport) -> None:
    n = inv.drop_orphan_subjects(conn)
    if n:
        report.count("subjects_dropped", n)


# -- reading ---------------------------------------------------------------------------------


def subject_mentions(index: Index, subject: int) -> list[dict[str, Any]]:
    """Records that name the subject (a name it is known by, found by NER): weak links."""
    names = sa.select(inv.identifiers.c.digest).where(
        inv.identifiers.c.subject == subject, inv.identifiers.c.kind == "name")
    q = (sa.select(sources.c.name, containers.c.name, mentions.c.item)
         .select_from(mentions.join(containers, containers.c.id == mentions.c.container_id)
                      .join(sources, sources.c.id == containers.c.source_id))
         .where(mentions.c.digest.in_(names)).distinct()
         .order_by(sources.c.name, containers.c.name, mentions.c.item))
    with index.connect() as conn:
        return [{"source": s, "container": c, "item": orjson.loads(i)}
                for s, c, i in conn.execute(q)]


def container_ids(index: Index, source: str) -> dict[str, tuple[int, Any]]:
    """name -> (id, state) of every container of a source on record."""
    q = sa.select(containers.c.name, containers.c.id, containers.c.state).join(
        sources, sources.c.id == containers.c.source_id).where(sources.c.name == source)
    with index.connect() as conn:
        return {n: (int(i), st) for n, i, st in conn.execute(q)}


def state_of(stored: Mapping[str, Any] | None, key: str) -> dict[str, Any]:
    value = stored.get(key) if isinstance(stored, Mapping) else None
    return dict(value) if isinstance(value, Mapping) else {}


def batches(records: Iterable[Any], n: int) -> Iterator[list[Any]]:
    """Records in lists of at most n, as they stream: one write (and one NER call) each."""
    batch: list[Any] = []
    for x in records:
        batch.append(x)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch
