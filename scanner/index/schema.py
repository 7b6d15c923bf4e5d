"""Every table of the index, created (or completed) when the index is opened.

A map, not a copy: no raw personal value is stored. Evidence holds masked examples only;
identifiers are HMAC digests (scanner.identifiers). The link tables (subjects, identifiers,
occurrences, runs, mentions) have no FOREIGN KEY constraints: with SQLite's foreign_keys=ON
every one of millions of inserts would probe the parent; the link pass keeps them consistent.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from sqlalchemy.engine import Connection

# 2: identifier digests as bytes, integer row keys; 3: runs of pure children (child_runs,
# run_parents); 4: occurrence roles (occurrences.role, .fields); 5: sources remembered
# (sources.kind, .options, .password: what export and find need to read a source the config
# does not list, scanner.index.store.remembered_sources); 6: erased_identifiers (the
# suppression list of erased people, scanner.index.erased) and subject_flags (minors at
# collection, scanner.link.minors)
SCHEMA_VERSION = 6
metadata = sa.MetaData()

# -- scans, sources, containers, fields and their verdicts -----------------------------------

meta = sa.Table(
    "pdmap_meta", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.String(255), nullable=False),
)
scans = sa.Table(
    "scans", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("finished_at", sa.DateTime(timezone=True)),
    sa.Column("status", sa.String(16), nullable=False),  # running, ok, partial, failed
    sa.Column("counters", sa.JSON, nullable=False, default=dict),
)
sources = sa.Table(
    "sources", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    # The URL the source was read by, with any password removed (never stored: it comes
    # from PDMAP_PASSWORD_<NAME> at export time, as for a configured source) and a relative
    # path made absolute; `password` says the URL had one.
    sa.Column("url", sa.String(1000), nullable=False),
    sa.Column("last_scan_id", sa.Integer),
    sa.Column("kind", sa.String(32)),  # the URL's scheme (sqlite, postgresql, mbox ...)
    sa.Column("options", sa.JSON),  # include, exclude, sample_size, options, password_env
    sa.Column("password", sa.Boolean),
)
containers = sa.Table(
    "containers", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id"), nullable=False),
    sa.Column("name", sa.String(500), nullable=False),
    sa.Column("primary_key", sa.JSON, nullable=False, default=list),
    sa.Column("foreign_keys", sa.JSON, nullable=False, default=list),
    sa.Column("row_estimate", sa.BigInteger),
    sa.Column("state", sa.JSON),  # what incremental scans compare (counts, max keys, etags)
    sa.Column("last_scan_id", sa.Integer),
    sa.UniqueConstraint("source_id", "name"),
)
fields = sa.Table(
    "fields", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("container_id", sa.Integer, sa.ForeignKey("containers.id"), nullable=False),
    sa.Column("name", sa.String(500), nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("native_type", sa.String(200), nullable=False, default=""),
    sa.Column("position", sa.Integer, nullable=False, default=0),
    sa.UniqueConstraint("container_id", "name"),
)
verdicts = sa.Table(
    "verdicts", metadata,
    sa.Column("scan_id", sa.Integer, sa.ForeignKey("scans.id"), primary_key=True),
    sa.Column("field_id", sa.Integer, sa.ForeignKey("fields.id"), primary_key=True),
    sa.Column("personal", sa.Boolean, nullable=False),
    sa.Column("category", sa.String(100)),
    sa.Column("entity", sa.String(100)),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("evidence", sa.JSON, nullable=False),
)
failures = sa.Table(
    "failures", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("scan_id", sa.Integer, sa.ForeignKey("scans.id"), nullable=False, index=True),
    sa.Column("source", sa.String(200), nullable=False),
    sa.Column("place", sa.String(1000), nullable=False),
    sa.Column("message", sa.String(1000), nullable=False),
)


# A link pass in progress, per source: what its next containers and its end need to know of
# the containers it has committed (scanner.link.journal.Run). Written with each container's
# commit and dropped when the pass ends, so that a scan that died resumes the pass where it
# stopped (the containers it finished are unchanged and skipped) with the same outcome.
link_journal = sa.Table(
    "link_journal", metadata,
    sa.Column("source", sa.String(200), primary_key=True),
    sa.Column("scan_id", sa.Integer, nullable=False),
    sa.Column("body", sa.Text, nullable=False),  # JSON: subject numbers and digests only
)


# -- subjects: who is known by what, and where ------------------------------------------------

subjects = sa.Table(
    "subjects", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("scan_id", sa.Integer, nullable=False),  # the scan that created it
)
identifiers = sa.Table(
    "identifiers", metadata,
    sa.Column("digest", sa.LargeBinary(32), primary_key=True),  # HMAC-SHA256, 32 bytes
    sa.Column("subject", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("strong", sa.Boolean, nullable=False),
    sa.Index("ix_identifiers_subject", "subject"),
    sqlite_with_rowid=False,
)
# A row's locator is (row_key, item). When the key is one integer column (the common
# case), row_key holds its value and item the column's name: an integer key is stored as an
# integer and rows read in key order append to the primary-key index instead of landing at
# random places of a text one. Any other key: row_key 0 and item the JSON object of the key
# values ({"order_id": 200, "line_no": 2}); see scanner.index.inventory.locator.
occurrences = sa.Table(
    "occurrences", metadata,
    sa.Column("container_id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("row_key", sa.BigInteger, primary_key=True, autoincrement=False,
              server_default="0"),
    sa.Column("item", sa.Text, primary_key=True),
    sa.Column("subject", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("categories", sa.Text, nullable=False),  # JSON list of category ids
    sa.Column("scan_id", sa.Integer, nullable=False),
    # How the row concerns the subject (docs/subjects.md, "Roles"): NULL for own (the row
    # is theirs), "attached", "shared" (attached to several people), "reference" (the row
    # names them in `fields` only, a JSON list of columns).
    sa.Column("role", sa.String(16)),
    sa.Column("fields", sa.Text),
    sa.Index("ix_occurrences_subject", "subject"),
    sqlite_with_rowid=False,
)

# A leaf pure child (orders of customers, nothing below them) is stored as runs instead of
# one occurrence per row (scanner/link/runs.py): one row per parent key, holding the child
# rows' keys as a JSON array of integers. No subject here: a run belongs to whoever
# the parent row belongs to (its occurrences, container run_parents.parent_id, row_key
# parent_key, item run_parents.parent_item), so merges and orphan drops need nothing.
# Readers expand a run into one occurrence per child row, item {item: key}
# (scanner.index.queries.occurrence_rows).
child_runs = sa.Table(
    "child_runs", metadata,
    sa.Column("container_id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("parent_key", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("row_keys", sa.Text, nullable=False),  # JSON array of the child rows' keys
    sa.Column("row_count", sa.Integer, nullable=False),
    sqlite_with_rowid=False,
)
run_parents = sa.Table(  # one row per container stored as runs
    "run_parents", metadata,
    sa.Column("container_id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("parent_id", sa.Integer, nullable=False),  # the parent's container
    sa.Column("parent_item", sa.Text, nullable=False),  # the parent's key column
    sa.Column("item", sa.Text, nullable=False),  # the child's key column
    sa.Column("categories", sa.Text, nullable=False),  # of every child row: a pure child's
    sa.Column("scan_id", sa.Integer, nullable=False),
    # Without it SQLite's planner reads a subject's runs by scanning every run.
    sa.Index("ix_run_parents_parent", "parent_id", "parent_item"),
)

# A name found by NER in a message or an object (scanner.link.records): a weak link, never an
# occurrence; resolved through a subject's name identifiers when asked.
mentions = sa.Table(
    "mentions", metadata,
    sa.Column("container_id", sa.Integer, primary_key=True),
    sa.Column("item", sa.Text, primary_key=True),
    sa.Column("digest", sa.LargeBinary(32), primary_key=True),  # HMAC of a name, as stored
    # in identifiers.digest
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("scan_id", sa.Integer, nullable=False),
    sa.Index("ix_mentions_digest", "digest"),
    sqlite_with_rowid=False,
)


# The identifiers of people erased by `pdmap erase --apply` (digests only, as in
# identifiers.digest): a scan that finds one again says which source brought it back.
erased_identifiers = sa.Table(
    "erased_identifiers", metadata,
    sa.Column("digest", sa.LargeBinary(32), primary_key=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("plan_digest", sa.String(64), nullable=False),  # the applied plan's
    sa.Column("erased_at", sa.DateTime(timezone=True), nullable=False),
    sqlite_with_rowid=False,
)


# What a scan found of a subject that changes how they are treated: `minor_at_collection`
# (under `age` when a row of `container` was collected: scanner.link.minors). Never the
# birth date or the row: the subject, where it was seen and the threshold used.
subject_flags = sa.Table(
    "subject_flags", metadata,
    sa.Column("subject", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("flag", sa.String(32), primary_key=True),
    sa.Column("source", sa.String(200), primary_key=True),
    sa.Column("container", sa.String(500), primary_key=True),
    sa.Column("age", sa.Integer, nullable=False),  # the threshold used
    sa.Column("scan_id", sa.Integer, nullable=False),
    sqlite_with_rowid=False,
)


def upgrade_occurrence_roles(conn: Connection) -> None:
    """Add the role columns to an occurrences table of schema 2 or 3 (no rows change: NULL
    is own; the next scan re-links every container, scanner.link.plan.LINK_VERSION)."""
    have = {c["name"] for c in sa.inspect(conn).get_columns("occurrences")}
    for name, kind in (("role", "VARCHAR(16)"), ("fields", "TEXT")):
        if name not in have:
            conn.exec_driver_sql(f"ALTER TABLE occurrences ADD COLUMN {name} {kind}")


def upgrade_remembered_sources(conn: Connection) -> None:
    """Add the columns of remembered sources to a sources table of schema 2 to 4. Such
    an index stored each URL with its password masked (`user:***@`): the mask is removed
    (the password comes from the environment, as it would now) and its scheme recorded, so
    that a source scanned by URL before the upgrade can still be exported."""
    have = {c["name"] for c in sa.inspect(conn).get_columns("sources")}
    for name, kind in (("kind", "VARCHAR(32)"), ("options", "JSON"), ("password", "BOOLEAN")):
        if name not in have:
            conn.exec_driver_sql(f"ALTER TABLE sources ADD COLUMN {name} {kind}")
    for sid, url in conn.execute(sa.select(sources.c.id, sources.c.url)).all():
        plain = re.sub(r"^([\w+.-]+://[^:/@]*):\*\*\*@", r"\1@", str(url))
        scheme = str(url).split("://", 1)[0].split("+", 1)[0].lower() if "://" in str(url) \
            else "file"
        conn.execute(sources.update().where(sources.c.id == sid).values(
            url=plain, kind=scheme, password=plain != url))
