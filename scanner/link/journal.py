"""What a link pass over one source carries from container to container, kept in the index.

A pass commits one container at a time (its occurrences replace the old ones in one
transaction), but some of what it learns is applied only at its end: subject merges (the
subject indexes may be dropped meanwhile), values found shared, which containers were
streamed again (their children and references follow them). The journal holds that, written
with each container, so that a pass whose process died is resumed by the next scan where it
stopped: the containers it finished are unchanged and skipped, and its end does what the
whole pass would have done. No raw value: subject numbers, container names and digests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from scanner.index.schema import link_journal
from scanner.index.store import Index
from scanner.link.stage import Merges


@dataclass
class Run:
    """What one link pass over a source shares between its containers."""

    merges: Merges = field(default_factory=Merges)
    shared: set[bytes] = field(default_factory=set)  # values found shared (link_decide.py)
    deferred: set[str] = field(default_factory=set)  # subject indexes dropped until the end
    cleared: bool = False  # occurrences were removed: subjects may be left without any
    # Only runs are left to write (no identifier, no occurrence in bulk): the dropped
    # indexes may be built again before the end (_restore_early).
    runs_left: bool = False
    restreamed: set[str] = field(default_factory=set)  # containers written again
    resumed: bool = False  # the pass goes on from one a scan that died left unfinished


def save(conn: Connection, source: str, scan_id: int, run: Run) -> None:
    """Record the pass's state in `conn`'s transaction (a container's commit)."""
    body = orjson.dumps({
        "restreamed": sorted(run.restreamed),
        "cleared": run.cleared,
        "merges": run.merges.pending,
        "shared": sorted(d.hex() for d in run.shared),
    }).decode()
    conn.execute(link_journal.delete().where(link_journal.c.source == source))
    conn.execute(link_journal.insert().values(source=source, scan_id=scan_id, body=body))


def load(index: Index, source: str) -> Run:
    """A new pass, or the one a scan that died left unfinished (`resumed`)."""
    with index.connect() as conn:
        row = conn.execute(sa.select(link_journal.c.body).where(
            link_journal.c.source == source)).first()
    run = Run()
    if row is None:
        return run
    body: dict[str, Any] = orjson.loads(row[0])
    run.resumed = True
    run.restreamed = {str(n) for n in body.get("restreamed", ())}
    run.cleared = bool(body.get("cleared"))
    run.shared = {bytes.fromhex(d) for d in body.get("shared", ())}
    for keep, gone in body.get("merges", ()):
        run.merges.redirect[int(gone)] = int(keep)
        run.merges.pending.append((int(keep), int(gone)))
    return run


def drop(conn: Connection, source: str) -> None:
    """The pass ended: nothing to resume."""
    conn.execute(link_journal.delete().where(link_journal.c.source == source))
