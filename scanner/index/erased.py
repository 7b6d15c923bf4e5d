"""The suppression list: identifiers of people erased by `pdmap erase --apply`, as digests.

`suppress` records a subject's identifier digests when their erasure is applied;
`reappeared` tells a scan, per source, how many of those digests it found again (a row
re-inserted, a backup restored, a message re-imported). No value is ever stored: the digests
are those of the `identifiers` table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from scanner.core.types import ScanReport
from scanner.index.schema import (
    containers,
    erased_identifiers,
    identifiers,
    occurrences,
    sources,
)
from scanner.index.store import Index


def subject_digests(conn: Connection, subjects: Sequence[int]) -> list[tuple[bytes, str]]:
    """The strong identifier digests (and their kinds) the subjects are known by: a name, or
    a value shared with other people (a household phone), would flag someone else."""
    q = (sa.select(identifiers.c.digest, identifiers.c.kind)
         .where(identifiers.c.subject.in_(list(subjects)), identifiers.c.strong)
         .distinct())
    return [(bytes(d), str(k)) for d, k in conn.execute(q)]


def suppress(conn: Connection, digests: Sequence[tuple[bytes, str]], plan_digest: str,
             when: dt.datetime) -> int:
    """Add the digests to the suppression list (kept once; the first erasure's plan stays)."""
    have = {bytes(d) for (d,) in conn.execute(sa.select(erased_identifiers.c.digest).where(
        erased_identifiers.c.digest.in_([d for d, _ in digests])))} if digests else set()
    rows = [{"digest": d, "kind": k, "plan_digest": plan_digest, "erased_at": when}
            for d, k in dict(digests).items() if d not in have]
    if rows:
        conn.execute(erased_identifiers.insert(), rows)
    return len(rows)


def reappeared(conn: Connection, source: str) -> int:
    """How many erased digests a subject found in `source` holds now (nothing is read when
    no one was erased: the join would walk the source's every occurrence)."""
    if conn.execute(sa.select(erased_identifiers.c.digest).limit(1)).first() is None:
        return 0
    q = (sa.select(sa.func.count(sa.distinct(erased_identifiers.c.digest)))
         .select_from(erased_identifiers
                      .join(identifiers, identifiers.c.digest == erased_identifiers.c.digest)
                      .join(occurrences, occurrences.c.subject == identifiers.c.subject)
                      .join(containers, containers.c.id == occurrences.c.container_id)
                      .join(sources, sources.c.id == containers.c.source_id))
         .where(sources.c.name == source))
    return int(conn.execute(q).scalar_one())


def report_reappeared(index: Index, source: str, report: ScanReport) -> None:
    """After a source's link pass: a failure naming the source when it holds an erased
    person's identifiers again (counter `erased_reappeared`), so the scan says it."""
    with index.connect() as conn:
        if not sa.inspect(conn).has_table(erased_identifiers.name):
            return
        n = reappeared(conn, source)
    if n:
        report.count("erased_reappeared", n)
        report.fail(source, "erasure", f"{n} identifier(s) of a person erased by 'pdmap "
                    "erase --apply' found again in this source: erase them again, or find "
                    "what restored them")
