"""Reading the subject inventory for people: find a subject by an identifier, list its
occurrences and why each is there, and the inventory's statistics (`pdmap find`,
`pdmap subjects`, `pdmap stats`, exports). Identifiers given are hashed, never stored.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from scanner.index.inventory import account_subjects, as_digest, in_chunks, item_values
from scanner.index.schema import (
    child_runs,
    containers,
    fields,
    identifiers,
    occurrences,
    run_parents,
    sources,
    subject_flags,
    subjects,
    verdicts,
)
from scanner.index.store import Index


def find_subjects(index: Index, digests: Sequence[str | bytes]) -> tuple[list[int], bool]:
    """The subjects these digests resolve to, and whether through a strong identifier.

    A strong digest resolves to one subject; a weak one (a name) may match several.
    """
    if not digests:
        return [], False
    q = sa.select(identifiers.c.subject, identifiers.c.strong).where(
        identifiers.c.digest.in_([as_digest(d) for d in digests]))
    with index.connect() as conn:
        rows = conn.execute(q).all()
    strong = sorted({s for s, st in rows if st})
    if strong:
        return strong, True
    return sorted({s for s, _ in rows}), False


# source, container, row_key, item, categories, role ("own", "attached", "shared",
# "reference"), fields (a reference's columns, JSON list, else None)
OccurrenceRow = tuple[str, str, int, str, str, str, str | None]
ROLES = ("own", "attached", "shared", "reference")


def occurrence_rows(conn: Connection, subject: int, *,
                    runs: bool = True) -> Iterator[OccurrenceRow]:
    """A subject's occurrences by source, container and row key, each run (child_runs)
    expanded into one occurrence per child row (own). `runs`: False for an index older
    than the runs tables."""
    plain = (sa.select(sources.c.name.label("source"), containers.c.name.label("container"),
                       occurrences.c.row_key, occurrences.c.item,
                       sa.cast(sa.null(), sa.Text).label("row_keys"), occurrences.c.categories,
                       occurrences.c.role, occurrences.c.fields)
             .select_from(occurrences.join(containers,
                                           containers.c.id == occurrences.c.container_id)
                          .join(sources, sources.c.id == containers.c.source_id))
             .where(occurrences.c.subject == subject))
    q: Any = plain.order_by(sources.c.name, containers.c.name, occurrences.c.row_key,
                            occurrences.c.item)
    if runs:
        parent = occurrences.alias("parent")
        run = (sa.select(sources.c.name, containers.c.name, child_runs.c.parent_key,
                         run_parents.c.item, child_runs.c.row_keys, run_parents.c.categories,
                         sa.cast(sa.null(), sa.String(16)), sa.cast(sa.null(), sa.Text))
               .select_from(
                   parent.join(run_parents, sa.and_(
                       run_parents.c.parent_id == parent.c.container_id,
                       run_parents.c.parent_item == parent.c.item))
                   .join(child_runs, sa.and_(
                       child_runs.c.container_id == run_parents.c.container_id,
                       child_runs.c.parent_key == parent.c.row_key))
                   .join(containers, containers.c.id == run_parents.c.container_id)
                   .join(sources, sources.c.id == containers.c.source_id))
               .where(parent.c.subject == subject, parent.c.role.is_(None)))
        q = sa.union_all(plain, run).order_by("source", "container", "row_key", "item")
    group: list[OccurrenceRow] = []
    place: tuple[str, str] | None = None
    expanded = False
    for source, container, row_key, item, row_keys, cats, role, fields_ in conn.execute(q):
        if (source, container) != place:
            yield from sorted(group, key=_order) if expanded else group
            group, place, expanded = [], (source, container), False
        if row_keys is None:
            group.append((source, container, row_key, item, cats, role or "own", fields_))
        else:  # runs come by parent key; their rows are put back in key order
            expanded = True
            group.extend((source, container, k, item, cats, "own", None)
                         for k in orjson.loads(row_keys))
    yield from sorted(group, key=_order) if expanded else group


def _order(row: OccurrenceRow) -> tuple[Any, ...]:
    return row[:5]


def subject_occurrences(index: Index, subject: int) -> list[dict[str, Any]]:
    """A subject's occurrences: {source, container, item, categories, role} and, for a
    reference, the `fields` that name the subject."""
    with index.connect() as conn:
        rows = list(occurrence_rows(conn, subject))
    out = []
    for s, c, k, item, cats, role, fields_ in rows:
        occ = {"source": s, "container": c, "item": item_values(k, item),
               "categories": orjson.loads(cats), "role": role}
        if fields_:
            occ["fields"] = orjson.loads(fields_)
        out.append(occ)
    return out


def subject_identifier_kinds(index: Index, subject: int) -> dict[str, int]:
    """How many identifiers of each kind a subject is known by (kinds only, no values)."""
    q = sa.select(identifiers.c.kind, sa.func.count()).where(
        identifiers.c.subject == subject).group_by(identifiers.c.kind)
    with index.connect() as conn:
        return dict(conn.execute(q).all())


def over_limit(conn: Connection, limits: dict[str, int],
               subjects_: Sequence[int] | None = None) -> dict[int, dict[str, int]]:
    """Subjects holding more distinct strong identifiers of a kind than `limits` allows (a
    person plausibly has a few e-mails or phones; many suggest people merged by mistake):
    subject -> {kind: count} for the kinds over their limit. `subjects_`: only those."""
    q = (sa.select(identifiers.c.subject, identifiers.c.kind, sa.func.count())
         .where(identifiers.c.strong, identifiers.c.kind.in_(list(limits)))
         .group_by(identifiers.c.subject, identifiers.c.kind))
    out: dict[int, dict[str, int]] = {}
    parts = [None] if subjects_ is None else list(in_chunks(list(subjects_)))
    for part in parts:
        qq = q if part is None else q.where(identifiers.c.subject.in_(part))
        for s, kind, n in conn.execute(qq):
            if int(n) > limits.get(kind, 1 << 30):
                out.setdefault(int(s), {})[str(kind)] = int(n)
    return out


def inventory_stats(index: Index, limits: dict[str, int] | None = None) -> dict[str, Any]:
    """Subjects, identifiers, and per source and category: rows (occurrences, and each row of
    a run once per subject of its parent row; references apart) and subjects; the rows per
    role; with `limits`, the subjects that look merged by mistake (`over_limit`).

    Categories are stored per occurrence as a JSON list; the query groups by the list
    (few distinct values per container) and Python splits it, so it stays portable.
    """
    base = (occurrences.join(containers, containers.c.id == occurrences.c.container_id)
            .join(sources, sources.c.id == containers.c.source_id))
    parent = occurrences.alias("parent")
    runs = (child_runs.join(run_parents, run_parents.c.container_id == child_runs.c.container_id)
            .join(parent, sa.and_(parent.c.container_id == run_parents.c.parent_id,
                                  parent.c.row_key == child_runs.c.parent_key,
                                  parent.c.item == run_parents.c.parent_item,
                                  parent.c.role.is_(None)))
            .join(containers, containers.c.id == run_parents.c.container_id)
            .join(sources, sources.c.id == containers.c.source_id))
    is_ref = sa.func.coalesce(occurrences.c.role, "own") == "reference"
    with index.connect() as conn:
        n_subjects = conn.execute(sa.select(sa.func.count()).select_from(subjects)).scalar_one()
        kinds = conn.execute(sa.select(identifiers.c.kind, identifiers.c.strong, sa.func.count())
                             .group_by(identifiers.c.kind, identifiers.c.strong)).all()
        per_source = conn.execute(
            sa.select(sources.c.name, sa.func.sum(sa.case((is_ref, 0), else_=1)),
                      sa.func.count(sa.distinct(occurrences.c.subject)))
            .select_from(base).group_by(sources.c.name)).all()
        per_role = conn.execute(
            sa.select(occurrences.c.role, sa.func.count()).group_by(occurrences.c.role)).all()
        per_cats = conn.execute(
            sa.select(sources.c.name, containers.c.name, occurrences.c.categories,
                      sa.func.count())
            .select_from(base).where(~is_ref)
            .group_by(sources.c.name, containers.c.name, occurrences.c.categories)).all()
        per_run = conn.execute(
            sa.select(sources.c.name, containers.c.name, run_parents.c.categories,
                      sa.func.sum(child_runs.c.row_count))
            .select_from(runs)
            .group_by(sources.c.name, containers.c.name, run_parents.c.categories)).all()
        suspects = over_limit(conn, limits) if limits else {}
    # A run's parent row is an occurrence of the same source, so its subjects are
    # already among the source's distinct subjects: runs only add rows.
    rows = {s: int(n or 0) for s, n, _ in per_source}
    roles = {str(r or "own"): int(n) for r, n in per_role}
    for source, _, _, n in per_run:
        rows[source] = rows.get(source, 0) + int(n)
        roles["own"] = roles.get("own", 0) + int(n)
    by_cat: dict[tuple[str, str], dict[str, Any]] = {}
    for source, container, cats, n in [*per_cats, *per_run]:
        for cat in orjson.loads(cats):
            entry = by_cat.setdefault((source, cat), {"rows": 0, "containers": set()})
            entry["rows"] += int(n)
            entry["containers"].add(container)
    return {
        "subjects": int(n_subjects),
        "roles": {r: roles[r] for r in ROLES if r in roles},
        "suspects": [{"subject": s, "over": over} for s, over in sorted(suspects.items())],
        "identifiers": [{"kind": k, "strong": bool(s), "count": int(n)} for k, s, n in kinds],
        "sources": [{"source": s, "rows": rows[s], "subjects": int(d)} for s, _, d in per_source],
        "categories": [{"source": s, "category": c, "rows": e["rows"],
                        "containers": len(e["containers"])}
                       for (s, c), e in sorted(by_cat.items())],
    }


# -- the library behind `pdmap subjects` -------------------------------------------------------


def explain_occurrences(index: Index, occurrences_: list[dict[str, Any]]) -> None:
    """Add to each occurrence (as `subject_occurrences` gives them) a `why`: the
    identifiers that put the row there, the link it is owned through, that people's rows
    point at it, or the columns naming the person; from the link plan each container's
    last pass recorded (scanner/link/sql.py)."""
    q = (sa.select(sources.c.name, containers.c.name, containers.c.state)
         .select_from(containers.join(sources, sources.c.id == containers.c.source_id)))
    with index.connect() as conn:
        states = {(str(s), str(c)): st if isinstance(st, dict) else {}
                  for s, c, st in conn.execute(q)}
    for o in occurrences_:
        state = states.get((o["source"], o["container"]), {})
        link = state.get("link")
        o["why"] = _why(o, link if isinstance(link, dict) else {}, state)


def _why(o: dict[str, Any], link: dict[str, Any], state: dict[str, Any]) -> str:
    role = o["role"]
    if role == "reference":
        cols = ", ".join(o.get("fields") or ())
        return (f"a reference: column {cols} names this person; the rest of the row is "
                "someone else's")
    if role in ("attached", "shared"):
        who = "several people's rows point at it" if role == "shared" else \
            "this person's row points at it"
        by = "; ".join(f"{person}.{'+'.join(cols)}" for cols, person in
                       link.get("pointed_by") or ())
        return f"attached: {who}" + (f" through {by}" if by else "")
    if link.get("via"):
        return "owned through " + "; ".join(f"{'+'.join(cols)} -> {parent}"
                                            for cols, parent in link["via"])
    if link.get("identifiers") or link.get("account"):
        kinds = ", ".join(link.get("identifiers") or ())
        key = "its key" if link.get("account") else ""
        return "its own " + " and ".join(x for x in (
            f"identifiers ({kinds}) match this person's" if kinds else "", key) if x)
    if "mail" in state:
        return "a message: an address in its headers, or an identifier in its text"
    if "objects" in state:
        return "a record of an object: identifiers found in it"
    return str(link.get("why") or "linked by its identifiers")


SEARCH_KINDS = ("email", "phone", "iban", "card", "national_id", "name", "account")


def candidate_digests(key: bytes, value: str, kind: str | None = None,
                      region: str = "FR") -> list[str]:
    """Digests the value may be stored under: for one kind, or for every kind it parses as.

    Account keys have no digest: `account_subjects` finds them among the rows themselves.
    """
    from scanner.identifiers.hashing import Hasher
    from scanner.identifiers.normalise import normalize

    hasher = Hasher(key)
    kinds = (kind,) if kind else SEARCH_KINDS
    out = []
    for k in kinds:
        if k == "account":
            continue
        n = normalize(k, value, region)
        if n is not None:
            out.append(hasher(k, n))
    return out


def resolve_identifier(index: Index, key: bytes, value: str, kind: str | None = None,
                       region: str = "FR") -> tuple[list[int], bool]:
    """The subjects a typed value names, and whether through a strong identifier."""
    found, strong = find_subjects(index, candidate_digests(key, value, kind, region))
    if kind in (None, "account"):
        with index.connect() as conn:
            by_key = account_subjects(conn, [value]).get(value, [])
        if by_key:
            found = sorted(set(found if strong else []) | set(by_key))
            strong = True
    return found, strong


def find_subject(index: Index, key: bytes, value: str, kind: str | None = None,
                 region: str = "FR") -> dict[str, Any]:
    """{subject, occurrences: [{source, container, item, categories}]} for an identifier.

    subject is None when nothing matches, or when only a weak identifier (a name) matched
    several subjects: `candidates` lists them then, and occurrences stay empty.
    """
    found, strong = resolve_identifier(index, key, value, kind, region)
    if len(found) != 1:
        return {"subject": None, "strong": strong, "candidates": found, "occurrences": []}
    subject = found[0]
    return {"subject": subject, "strong": strong,
            "identifiers": subject_identifier_kinds(index, subject),
            "occurrences": subject_occurrences(index, subject)}


# -- retention and minors (issue 19) -----------------------------------------------------------

MINOR_FLAG = "minor_at_collection"


def minor_subjects(conn: Connection, subjects_: Sequence[int]) -> set[int]:
    """Those of `subjects_` a scan found under the configured age when their data was
    collected (subject_flags, scanner.link.minors)."""
    out: set[int] = set()
    for part in in_chunks(sorted(set(subjects_))):
        out.update(int(s) for s, in conn.execute(
            sa.select(subject_flags.c.subject).distinct().where(
                subject_flags.c.flag == MINOR_FLAG, subject_flags.c.subject.in_(part))))
    return out


def subject_flag_rows(conn: Connection, subject: int) -> list[dict[str, Any]]:
    """A subject's flags: {flag, source, container, age} (never the value behind them)."""
    q = (sa.select(subject_flags.c.flag, subject_flags.c.source, subject_flags.c.container,
                   subject_flags.c.age)
         .where(subject_flags.c.subject == subject)
         .order_by(subject_flags.c.flag, subject_flags.c.source, subject_flags.c.container))
    return [{"flag": f, "source": s, "container": c, "age": int(a)}
            for f, s, c, a in conn.execute(q)]


def flagged_counts(conn: Connection) -> dict[str, int]:
    """Distinct subjects per flag ({"minor_at_collection": 3})."""
    q = (sa.select(subject_flags.c.flag, sa.func.count(sa.distinct(subject_flags.c.subject)))
         .group_by(subject_flags.c.flag))
    return {str(f): int(n) for f, n in conn.execute(q)}


def container_keys(conn: Connection, source: str,
                   container: str) -> tuple[int, tuple[str, ...], tuple[str, ...]] | None:
    """(container id, key columns, the key columns whose values the index holds as a
    digest) of a scanned container, or None when the index does not know it. A key column
    is digested when its verdict (the container's last scan) is personal and not an account
    key (scanner.link.source.KEY_CATEGORIES)."""
    row = conn.execute(
        sa.select(containers.c.id, containers.c.primary_key, containers.c.last_scan_id)
        .select_from(containers.join(sources, sources.c.id == containers.c.source_id))
        .where(sources.c.name == source, containers.c.name == container)).first()
    if row is None:
        return None
    cid, pk, scan_id = int(row[0]), tuple(row[1] or ()), row[2]
    personal = {str(n): str(c) for n, c in conn.execute(
        sa.select(fields.c.name, verdicts.c.category)
        .select_from(fields.join(verdicts, verdicts.c.field_id == fields.c.id))
        .where(fields.c.container_id == cid, verdicts.c.scan_id == scan_id,
               verdicts.c.personal, verdicts.c.category.is_not(None)))}
    hashed = tuple(k for k in pk if k in personal and personal[k] != "identity.account_id")
    return cid, pk, hashed


def subjects_at(conn: Connection, container_id: int,
                locators: Sequence[tuple[int, str]]) -> set[int]:
    """The subjects the index has at these rows of a container (locators as stored:
    scanner.index.inventory.locator), and through runs (child rows of a parent's subject)."""
    out: set[int] = set()
    ints = sorted({k for k, item in locators if not item.startswith("{")})
    items = {item for _, item in locators if not item.startswith("{")}
    texts = sorted({item for _, item in locators if item.startswith("{")})
    occ = occurrences.c
    for part in in_chunks(ints):
        out.update(int(s) for s, in conn.execute(sa.select(occ.subject).distinct().where(
            occ.container_id == container_id, occ.row_key.in_(part), occ.item.in_(items))))
    for tpart in in_chunks(texts):
        out.update(int(s) for s, in conn.execute(sa.select(occ.subject).distinct().where(
            occ.container_id == container_id, occ.row_key == 0, occ.item.in_(tpart))))
    run = conn.execute(sa.select(run_parents.c.parent_id, run_parents.c.parent_item)
                       .where(run_parents.c.container_id == container_id)).first()
    if run is not None and ints:
        wanted, parents = set(ints), set()
        for parent_key, keys in conn.execute(
                sa.select(child_runs.c.parent_key, child_runs.c.row_keys)
                .where(child_runs.c.container_id == container_id)):
            if wanted.intersection(orjson.loads(keys)):
                parents.add(int(parent_key))
        for ppart in in_chunks(sorted(parents)):
            out.update(int(s) for s, in conn.execute(sa.select(occ.subject).distinct().where(
                occ.container_id == run[0], occ.item == run[1], occ.row_key.in_(ppart),
                occ.role.is_(None))))
    return out
