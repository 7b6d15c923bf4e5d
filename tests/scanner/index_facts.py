"""Reading an index in tests as facts that do not depend on how it was written: subject
numbers, scan ids and row order left out, so two indexes of the same estate compare equal
however their scans ran (one process, worker processes, a cluster; killed and resumed)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any


def query(db: Path | str, sql: str) -> list[tuple[Any, ...]]:
    """A read of the index while a scan writes to it (WAL: never blocks the writer); `db`
    is a SQLite file or the URL of a server index."""
    if isinstance(db, str):
        import sqlalchemy as sa

        engine = sa.create_engine(db.replace("postgresql://", "postgresql+psycopg://"))
        try:
            with engine.connect() as conn:
                return [tuple(r) for r in conn.exec_driver_sql(sql)]
        except sa.exc.ProgrammingError:  # a table not made yet
            return []
        finally:
            engine.dispose()
    if not db.exists():
        return []
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return con.execute(sql).fetchall()
    except sqlite3.OperationalError:  # a table not made yet
        return []
    finally:
        con.close()


def canonical(db: Path | str) -> dict[str, Any]:
    """The index as a set of facts that do not depend on subject numbers or scan ids:
    every subject is named by the set of its identifiers' digests."""
    name = _subject_names(db)
    occurrences = sorted(
        (name.get(s, f"no identifier {s}"), c, k, item, role or "", fields or "", cats)
        for s, c, k, item, role, fields, cats in query(
            db, "SELECT o.subject, c.name, o.row_key, o.item, o.role, o.fields, o.categories "
                "FROM occurrences o JOIN containers c ON c.id = o.container_id"))
    runs = sorted(query(db, "SELECT c.name, r.parent_key, r.row_keys, r.row_count FROM "
                            "child_runs r JOIN containers c ON c.id = r.container_id"))
    lone = sorted(s for (s,) in query(db, "SELECT id FROM subjects") if s not in name)
    return {"subjects": sorted(name.values()), "occurrences": occurrences, "runs": runs,
            "subjects without identifiers": len(lone),
            "journal": query(db, "SELECT source FROM link_journal")}


def everything(db: Path | str) -> dict[str, Any]:
    """`canonical`, with the names found in texts, every field's last verdict, the
    containers' states and the failures: all an answer about a person is made of."""
    facts = canonical(db)
    facts["mentions"] = sorted(
        (c, item, bytes(digest).hex(), kind) for c, item, digest, kind in query(
            db, "SELECT c.name, m.item, m.digest, m.kind FROM mentions m "
                "JOIN containers c ON c.id = m.container_id"))
    facts["verdicts"] = sorted(
        (c, f, bool(p), cat or "", e or "", round(conf, 6)) for c, f, p, cat, e, conf in query(
            db, "SELECT c.name, f.name, v.personal, v.category, v.entity, v.confidence "
                "FROM verdicts v JOIN fields f ON f.id = v.field_id "
                "JOIN containers c ON c.id = f.container_id "
                "WHERE v.scan_id = (SELECT max(id) FROM scans)"))
    facts["containers"] = sorted((s, c, _json(state)) for s, c, state in query(
        db, "SELECT s.name, c.name, c.state FROM containers c "
            "JOIN sources s ON s.id = c.source_id"))
    facts["failures"] = sorted((s, p, m) for s, p, m in query(
        db, "SELECT source, place, message FROM failures"))
    facts["statuses"] = [s for (s,) in query(db, "SELECT status FROM scans ORDER BY id")]
    return facts


def _json(value: Any) -> str:
    """A JSON column as text, the same from SQLite (text) and PostgreSQL (parsed)."""
    if isinstance(value, str | bytes):
        value = json.loads(value)
    return json.dumps(value, sort_keys=True)


def _subject_names(db: Path | str) -> dict[int, str]:
    subjects: dict[int, list[str]] = {}
    for digest, subject, kind, strong in query(
            db, "SELECT digest, subject, kind, strong FROM identifiers"):
        subjects.setdefault(subject, []).append(f"{kind}:{bytes(digest).hex()}:{bool(strong)}")
    return {s: "|".join(sorted(ids)) for s, ids in subjects.items()}
