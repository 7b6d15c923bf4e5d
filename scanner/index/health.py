"""What readers are told about the index's scans: the last complete one, the ones that did
not finish (a scan still `running` whose writer lock is free died), and per source when it
was last completely scanned; with the one-line warnings `find`, `stats`, `export` and
`index check` print."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from scanner.index.schema import containers, failures, fields, scans, sources, verdicts
from scanner.index.store import IndexBusyError, as_dict, writer_lock


def scan_health(engine: Engine, url: str) -> dict[str, Any]:
    """The last scan that finished (ok or partial) and the scans after it that did not: a
    scan still `running` whose writer lock is free died (`interrupted`)."""
    with engine.connect() as conn:
        rows = [as_dict(r) for r in conn.execute(
            sa.select(scans.c.id, scans.c.started_at, scans.c.finished_at, scans.c.status)
            .order_by(scans.c.id.desc()).limit(50))]
    complete = next((r for r in rows if r["status"] in ("ok", "partial")), None)
    unfinished = [r for r in rows if r["status"] in ("running", "interrupted")
                  and (complete is None or r["id"] > complete["id"])]
    if any(r["status"] == "running" for r in unfinished):
        try:
            with writer_lock(engine, url):
                alive = False
        except IndexBusyError:
            alive = True
        for r in unfinished:
            if r["status"] == "running" and not alive:
                r["status"] = "interrupted"
    return {"last_complete": complete, "unfinished": unfinished}


def source_scans(conn: Connection) -> list[dict[str, Any]]:
    """For every source on record, when it was last completely scanned: the last scan that
    finished (ok or partial) and judged its fields, that scan's failures on it, and a later
    scan of it that did not finish, if any. What `find` and `stats` answer from."""
    done = (sa.select(sources.c.name, sa.func.max(scans.c.id).label("scan_id"))
            .select_from(sources.join(containers, containers.c.source_id == sources.c.id)
                         .join(fields, fields.c.container_id == containers.c.id)
                         .join(verdicts, verdicts.c.field_id == fields.c.id)
                         .join(scans, scans.c.id == verdicts.c.scan_id))
            .where(scans.c.status.in_(("ok", "partial"))).group_by(sources.c.name))
    last = dict(conn.execute(done).all())
    out = []
    for name, attempted in conn.execute(sa.select(sources.c.name, sources.c.last_scan_id)
                                        .order_by(sources.c.name)):
        scan_id = last.get(name)
        entry: dict[str, Any] = {"source": name, "scan_id": scan_id, "finished_at": None,
                                 "failures": 0, "unfinished_scan_id": None}
        if scan_id is not None:
            entry["finished_at"] = conn.execute(sa.select(scans.c.finished_at).where(
                scans.c.id == scan_id)).scalar_one()
            entry["failures"] = conn.execute(sa.select(sa.func.count()).select_from(failures)
                                             .where(failures.c.scan_id == scan_id,
                                                    failures.c.source == name)).scalar_one()
        if attempted is not None and (scan_id is None or attempted > scan_id):
            status = conn.execute(sa.select(scans.c.status).where(
                scans.c.id == attempted)).scalar()
            if status not in ("ok", "partial"):
                entry["unfinished_scan_id"] = attempted
        out.append(entry)
    return out


def as_of_line(entries: Sequence[dict[str, Any]]) -> str:
    """One line for people: when each source was last completely scanned."""
    parts = []
    for e in entries:
        if e["scan_id"] is None:
            when = "never completely scanned"
        else:
            at = e["finished_at"]
            stamp = (at.strftime("%Y-%m-%d %H:%M") if hasattr(at, "strftime")
                     else str(at)[:16]) + " UTC"
            state = f"{e['failures']} failures" if e["failures"] else "complete"
            when = f"scan {e['scan_id']}, {stamp} ({state})"
        if e["unfinished_scan_id"] is not None:
            when += f", scan {e['unfinished_scan_id']} did not finish"
        parts.append(f"{e['source']}: {when}")
    return "as of: " + ("; ".join(parts) if parts else "no source scanned yet")


def health_warning(health: dict[str, Any]) -> str | None:
    """One line for people when the index may not hold everything, else None: a scan
    that did not finish, or a last scan that recorded failures (a source, a table, an
    object or a message it could not read whole)."""
    done = health["last_complete"]
    if not health["unfinished"]:
        if done is None or done["status"] != "partial":
            return None
        return (f"the last scan, {done['id']} (finished {done['finished_at']}), is partial: "
                "what it could not read is missing ('pdmap report' lists it); answers about "
                "people may be incomplete")
    last = health["unfinished"][0]
    since = (f"the last complete scan is {done['id']} (finished {done['finished_at']})"
             if done else "no scan has finished yet")
    what = "is still running" if last["status"] == "running" else "did not finish"
    return (f"scan {last['id']} (started {last['started_at']}) {what}: answers about people "
            f"may be incomplete; {since}")
