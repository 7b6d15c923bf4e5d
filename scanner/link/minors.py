"""Minors at collection (issue 19, item 3): who was under the configured age (`minors:
{age: 18}`) when a row of theirs was collected.

After the link pass of a SQL source, for each container with a field judged
`identity.birth_date` and a creation-date column (judged by its name: created_at,
signup_date...; none: the scan date), only the key, the birth date and the creation date of
the rows are read. A row whose person was under the age at collection flags the subjects the
index has at that row `minor_at_collection` in `subject_flags`, with the source, container
and the age used; never the birth date.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from scanner.core.config import Config, SourceConfig
from scanner.core.errors import one_line
from scanner.core.protocols import Opened
from scanner.core.types import ContainerSchema, FieldVerdict, ScanReport
from scanner.identifiers.hashing import Hasher
from scanner.index.inventory import locator
from scanner.index.queries import MINOR_FLAG, container_keys, subjects_at
from scanner.index.schema import subject_flags
from scanner.index.store import Index

log = logging.getLogger(__name__)

BIRTH = "identity.birth_date"
BATCH = 5000
# Names of a row's creation date, en and fr (a column named so is when the data came in).
CREATED = re.compile(
    r"^(created|created_(at|on|date|time|ts)|creat(ion|ed)_date|date_(created|creation)|"
    r"sign(ed)?_?up(_at|_on|_date)?|registered(_at|_on)?|registration_(date|at)|"
    r"joined(_at|_on)?|date_inscription|inscri(t|ption)(_le|_date|_at)?|"
    r"cree_le|date_de_creation|subscribed_at|opened_at)$", re.I)


def creation_column(c: ContainerSchema) -> str | None:
    """The column that says when a row was collected, by its name; None when none does."""
    return next((f.name for f in c.fields if CREATED.match(f.name)), None)


def as_date(v: Any) -> dt.date | None:
    """A date from what a driver gives (date, datetime, ISO text); None when it is not one."""
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, str):
        try:
            return dt.date.fromisoformat(v.strip()[:10])
        except ValueError:
            return None
    return None


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def flag_minors(index: Index, config: Config, hasher: Hasher, scan_id: int,
                source: SourceConfig, opened: Opened, containers: Sequence[ContainerSchema],
                verdicts: dict[str, list[FieldVerdict]], report: ScanReport,
                today: dt.date | None = None) -> int:
    """Flag the subjects who were minors when the source's rows were collected; the number
    of subjects flagged. A container that cannot be read is a failure of the report."""
    if opened.tables is None:
        return 0
    today = today or dt.datetime.now(dt.UTC).date()
    flagged = 0
    for c in containers:
        birth = next((v.ref.field for v in verdicts.get(c.name, ())
                      if v.personal and v.category == BIRTH), None)
        if birth is None:
            continue
        try:
            flagged += _flag_container(index, config.minor_age, hasher, scan_id, source, opened,
                                       c, birth, today)
        except Exception as e:  # noqa: BLE001 - recorded, the scan goes on
            report.fail(source.name, c.name, f"minors: {one_line(e)}")
    if flagged:
        report.count("minors_flagged", flagged)
    return flagged


def _flag_container(index: Index, age: int, hasher: Hasher, scan_id: int,
                    source: SourceConfig, opened: Opened, c: ContainerSchema, birth: str,
                    today: dt.date) -> int:
    assert opened.tables is not None
    with index.connect() as conn:
        keys = container_keys(conn, source.name, c.name)
    if keys is None or not keys[1]:
        return 0
    cid, names, hashed = keys
    created = creation_column(c)
    table = opened.tables.table(c)
    cols = [table.c[k] for k in names] + [table.c[birth]] + (
        [table.c[created]] if created else [])
    n = len(names)
    subjects: set[int] = set()
    with opened.tables.engine.connect() as src:
        rows = src.execution_options(stream_results=True).execute(
            sa.select(*cols).where(table.c[birth].is_not(None)))
        while batch := rows.fetchmany(BATCH):
            locs = []
            for row in batch:
                born = as_date(row[n])
                when = as_date(row[n + 1]) if created else today
                if born is None or when is None or age_on(born, when) >= age:
                    continue
                locs.append(locator(names, [{"hmac": hasher("locator", str(v))}
                                            if k in hashed else v
                                            for k, v in zip(names, row[:n], strict=True)]))
            if locs:
                with index.connect() as conn:
                    subjects.update(subjects_at(conn, cid, locs))
    with index.begin() as conn:
        conn.execute(subject_flags.delete().where(
            subject_flags.c.flag == MINOR_FLAG, subject_flags.c.source == source.name,
            subject_flags.c.container == c.name))
        if subjects:
            conn.execute(subject_flags.insert(), [
                {"subject": s, "flag": MINOR_FLAG, "source": source.name,
                 "container": c.name, "age": age, "scan_id": scan_id}
                for s in sorted(subjects)])
    log.info("%s %s: %d subjects were under %d at collection", source.name, c.name,
             len(subjects), age)
    return len(subjects)
