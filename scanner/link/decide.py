"""Which subject a row with identifiers belongs to, when some are already known.

A strong identifier joins a row to the subject it belongs to, and a row holding the
identifiers of two subjects merges them, unless the evidence disagrees: a value people
share (a household landline, a family or office e-mail, a switchboard) is carried by rows
whose other identifiers or names differ. Then the value does not join them: it becomes
*shared*, annotates each of them (a weak identifier: `find` lists them as candidates) and
links nobody from then on. See docs/subjects.md, "Shared values".

What a subject is known by is kept as a *profile* (per kind, the hashes of its values;
its names): for the subjects a container's pass creates, recorded as they are created;
for older ones, read from the index when a row first joins them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from scanner.index import inventory as inv
from scanner.link.stage import Merges

# How much a match on a kind says that two rows are one person (lower: more). A match on a
# kind never outweighs a disagreement on a kind ranked at least as high: two rows with one
# phone and two e-mails are two people sharing a phone; one e-mail and two phones, one
# person with two phones.
RANK = {"national_id": 0, "passport": 0, "tax_id": 1, "driver_licence": 1, "account": 2,
        "email": 3, "username": 4, "iban": 5, "card": 5, "device": 6, "phone": 7}
LAST = 9
# Profiles of older subjects read from the index and held at once: past this, they are
# dropped and read again when met (a re-streamed table of a million people stays bounded).
PROFILE_CAP = 200_000

KEPT_CAP = 100_000  # subjects whose rows an IndexRows keeps
Strong = list[tuple[bytes, str]]  # (digest, kind)
# Per subject, its (kind, digest) rows that `Profiles.load` reads from the index (strong
# values and names), as read: kept by a caller that reads the same subjects page after
# page (scanner.link.records.RecordLinker), and dropped by it for every subject whose rows
# it may change (`changes`; a merge; all of them when values turn shared), so what is
# kept is what the index holds.
IndexRows = dict[int, list[tuple[str, bytes]]]


def changes(rows: IndexRows, d: bytes, subject: int, kind: str, strong: bool) -> bool:
    """Whether inserting the identifier (d, subject, kind, strong), duplicates ignored, may
    change what `Profiles.load` reads of the subject: not when it is weak and not a name
    (not read), nor when the row is there already (its key is (digest, subject))."""
    if not strong and kind != "name":
        return False
    held = rows.get(subject)
    return held is None or (kind, d) not in held


def _add(table: dict[int, Any], subject: int, h: int) -> None:
    """A hash into a subject's entry: an int while it has one value, a set from two.

    A pass notes one name per subject it creates (a million customers): an int per
    subject costs a third of a set."""
    held = table.get(subject)
    if held is None:
        table[subject] = h
    elif isinstance(held, set):
        held.add(h)
    elif held != h:
        table[subject] = {held, h}


def _values(held: Any) -> set[int]:
    if held is None:
        return set()
    return held if isinstance(held, set) else {held}


class Profiles:
    """Per subject: the hashes of its strong values by kind, and of its names."""

    def __init__(self, rows: IndexRows | None = None) -> None:
        self.kinds: dict[str, dict[int, Any]] = {}
        self.names: dict[int, Any] = {}
        self.loaded: set[int] = set()
        self.rows = rows

    def note(self, subject: int, strong: Iterable[tuple[bytes, str]], name: bytes | None) -> None:
        for d, kind in strong:
            _add(self.kinds.setdefault(kind, {}), subject, hash(d))
        if name is not None:
            _add(self.names, subject, hash(name))

    def disagree(self, subject: int, strong: Strong, name: bytes | None) -> list[str]:
        """Kinds (and "name") on which the row differs from the subject: the subject has
        values of that kind and the row has some, none of them the subject's."""
        by_kind: dict[str, list[bytes]] = {}
        for d, kind in strong:
            by_kind.setdefault(kind, []).append(d)
        out = []
        for kind, ds in by_kind.items():
            held = _values(self.kinds.get(kind, {}).get(subject))
            if held and not any(hash(d) in held for d in ds):
                out.append(kind)
        if name is not None:
            names = _values(self.names.get(subject))
            if names and hash(name) not in names:
                out.append("name")
        return out

    def conflict(self, a: int, b: int) -> bool:
        """Whether two subjects' profiles differ on a kind both have, or on names."""
        for by_subject in self.kinds.values():
            x, y = _values(by_subject.get(a)), _values(by_subject.get(b))
            if x and y and not x & y:
                return True
        x, y = _values(self.names.get(a)), _values(self.names.get(b))
        return bool(x and y and not x & y)

    def forget(self, subjects: set[int]) -> None:
        for table in (*self.kinds.values(), self.names):
            for subject in subjects:
                table.pop(subject, None)
        subjects.clear()

    def fold(self, keep: int, gone: int) -> None:
        for table in (*self.kinds.values(), self.names):
            if gone in table:
                for h in _values(table.pop(gone)):
                    _add(table, keep, h)

    def load(self, conn: Any, subjects: Iterable[int]) -> None:
        """Read the profiles of subjects not seen yet from the index.

        Past PROFILE_CAP they are dropped first; what rows noted on them since is in
        the pass's identifiers, read again from the index once written (a later page of
        the same container may miss it: a disagreement seen one page late at worst)."""
        wanted = sorted(set(subjects) - self.loaded)
        if not wanted:
            return
        if len(self.loaded) + len(wanted) > PROFILE_CAP:
            self.forget(self.loaded)
        self.loaded.update(wanted)
        # driver-level SQL (scanner.index.inventory.fetch): SQLAlchemy's expanding IN and
        # its rows cost more than the query
        kept = self.rows
        if kept is not None:  # what an earlier page read and nothing changed since
            missing = []
            for s in wanted:
                held = kept.get(s)
                if held is None:
                    missing.append(s)
                    continue
                for kind, d in held:
                    _add(self.names if kind == "name" else self.kinds.setdefault(kind, {}),
                         s, hash(d))
            wanted = missing
            if len(kept) + len(wanted) > KEPT_CAP:
                kept.clear()
            for s in wanted:
                kept[s] = []
        mark = inv.marks(conn, 1)
        for part in inv.in_chunks(wanted):
            sql = (f"SELECT subject, kind, digest FROM {inv.identifiers.name} WHERE subject "
                   f"IN ({inv.marks(conn, len(part))}) AND (strong = {mark} OR kind = {mark})")
            for s, kind, d in inv.fetch(conn, sql, (*part, True, "name")):
                d = bytes(d)
                _add(self.names if kind == "name" else self.kinds.setdefault(kind, {}),
                     int(s), hash(d))
                if kept is not None:
                    kept[int(s)].append((kind, d))


class Decider:
    """The careful decision for rows that meet known identifiers (scanner/link/pages.py
    takes the fast way for the others)."""

    def __init__(self, merges: Merges, shared: set[bytes], first_new: int,
                 rows: IndexRows | None = None) -> None:
        self.merges = merges
        self.shared = shared  # values found shared: they link nobody (the pass's, shared)
        self.profiles = Profiles(rows)
        self.first_new = first_new  # subjects from this number on were made in this pass
        self.annotations: list[tuple[bytes, int, str, bool]] = []
        self.newly_shared: list[tuple[bytes, str]] = []

    def prepare(self, conn: Any, subjects: Iterable[int]) -> None:
        """Profiles of the subjects a page's rows may join that this pass did not make."""
        old = {s for s in subjects if s < self.first_new}
        if old:
            self.profiles.load(conn, old)

    def decide(self, strong: Strong, name: bytes | None, known: dict[bytes, int],
               keep: Sequence[int] = ()) -> tuple[int | None, Strong, int]:
        """The row's subject (None: none yet; the caller may make one), the identifiers it
        brings that are new (to write for that subject), and how many subjects merged.

        `keep`: subjects the row belongs to already (a re-streamed account row): it stays
        theirs. Values found shared on the way go to `shared` and `annotations`.
        """
        find = self.merges.find
        shared = self.shared
        live = [(d, k) for d, k in strong if d not in shared] if shared else list(strong)
        if len(live) < len(strong):
            for d, k in strong:
                if d in shared:
                    self.annotations.append((d, -1, k, False))  # -1: the row's subject
        merged = 0
        while True:
            matched: dict[int, list[tuple[bytes, str]]] = {}
            fresh: Strong = []
            for d, k in live:
                s = known.get(d)
                if s is None:
                    fresh.append((d, k))
                else:
                    matched.setdefault(find(s), []).append((d, k))
            for s in keep:
                matched.setdefault(find(s), [])
            if not matched:
                return None, fresh, merged
            # The subject matched through the most telling kind first.
            order = list(matched) if len(matched) == 1 else sorted(
                matched, key=lambda s: (0 if s in keep else 1, min(
                (RANK.get(k, LAST) for _, k in matched[s]), default=LAST), s))
            primary = order[0]
            best = min((RANK.get(k, LAST) for _, k in matched[primary]), default=-1)
            against = self.profiles.disagree(primary, live, name)
            if primary not in keep and any(k == "name" or RANK.get(k, LAST) <= best
                                           for k in against):
                # The values that matched are shared with someone else: they link nobody.
                self.share(matched[primary], primary)
                live = [(d, k) for d, k in live if (d, k) not in matched[primary]]
                continue
            subject = primary
            taken = list(matched[primary])
            for other in order[1:]:
                if self.profiles.conflict(subject, other) or self.profiles.disagree(
                        other, live, name):
                    self.share(matched[other], other)
                    continue
                keep_, gone = min(subject, other), max(subject, other)
                merged += self.merges.merge({subject, other})
                self.profiles.fold(keep_, gone)
                subject = keep_
                taken += matched[other]
            # New values of a kind the subject has, ranked at least as high as the match,
            # are not its (they disagreed above only when ranked lower): kept, they are.
            self.profiles.note(subject, fresh + taken, name)
            return subject, fresh, merged

    def share(self, values: list[tuple[bytes, str]], holder: int) -> None:
        """The values become shared: they annotate their holder and the row being decided
        (-1: its subject, once known)."""
        for d, k in values:
            if d not in self.shared:
                self.shared.add(d)
                self.newly_shared.append((d, k))
            self.annotations.append((d, holder, k, False))
            self.annotations.append((d, -1, k, False))

    def settle(self, subject: int) -> list[tuple[bytes, int, str, bool]]:
        """The annotations of the row just decided, with -1 as `subject`; all are taken."""
        out = [(d, subject if s == -1 else self.merges.find(s), k, st)
               for d, s, k, st in self.annotations if s != -1 or subject is not None]
        self.annotations.clear()
        return out
