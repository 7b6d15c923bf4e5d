"""The index: its engine, the writer lock, its integrity and key checks, and what a scan
records of sources, containers, fields, verdicts and failures.

A SQLAlchemy Core store (SQLite at .pdmap/index.db by default, any URL allowed); every table
is in scanner.index.schema. A map, not a copy: it never stores a raw personal value.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine, make_url

from scanner.core.config import SourceConfig, mask_url
from scanner.core.errors import one_line
from scanner.core.types import ContainerSchema, FieldVerdict, ScanReport
from scanner.identifiers.key import (
    KeyFileError,
    create_key,
    fingerprint,
    key_from_env,
    key_label,
    load_key,
)
from scanner.index.keycheck import KEY_FINGERPRINT, check_key, stored_fingerprint, warn_unchecked
from scanner.index.schema import (
    SCHEMA_VERSION,
    containers,
    failures,
    fields,
    meta,
    metadata,
    scans,
    sources,
    upgrade_occurrence_roles,
    upgrade_remembered_sources,
    verdicts,
)


def as_dict(row: Any) -> dict[str, Any]:
    """A result row as a plain dict (column keys can be str subclasses orjson refuses)."""
    return {str(k): v for k, v in row._mapping.items()}


def inserted_id(result: Any) -> int:
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class IndexBusyError(Exception):
    """Another pdmap process is writing to the index."""


LOCK_ID = 0x70646D6170  # "pdmap": the advisory lock a writing pdmap holds on a server index


class IndexVersionError(Exception):
    """The index was written by another version of pdmap that cannot be upgraded."""


class IndexMissingError(Exception):
    """A command that reads the index was pointed at one that does not exist."""


class IndexDamagedError(Exception):
    """The index's database reports damage (SQLite's quick_check): nothing is written."""


def _damage(error: BaseException) -> bool:
    """Whether a database error says the file is damaged (not locked, not missing)."""
    text = str(getattr(error, "orig", error)).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def integrity_problems(conn: Connection, most: int = 5) -> list[str]:
    """What the database finds wrong with its own pages and indexes (SQLite's
    `PRAGMA quick_check`: every page, every index entry, without comparing index contents
    to tables; seconds on an index of millions of rows). Other databases check their own
    storage: nothing to ask them here."""
    if conn.dialect.name != "sqlite":
        return []
    try:
        rows = [str(r[0]) for r in conn.exec_driver_sql(f"PRAGMA quick_check({int(most)})")]
    except sa.exc.DatabaseError as e:  # damage can stop the check itself
        return [str(getattr(e, "orig", e)).splitlines()[0]]
    return [] if rows == ["ok"] else rows


@contextlib.contextmanager
def writer_lock(engine: Engine, url: str) -> Iterator[None]:
    """Held by a scan while it writes: a second one fails at once (IndexBusyError)
    instead of interleaving with it. SQLite: an exclusive lock on a file beside the
    index; PostgreSQL: an advisory lock; MySQL/MariaDB: GET_LOCK; each released when
    the process dies."""
    u = make_url(url)
    busy = IndexBusyError(f"another pdmap scan is writing to the index {mask_url(url)}: "
                          "wait for it to finish, then scan again")
    backend = u.get_backend_name()
    if backend == "sqlite":
        if not u.database or u.database == ":memory:":
            yield
            return
        import fcntl

        fd = os.open(f"{u.database}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise busy from None
            yield
        finally:
            os.close(fd)
        return
    with engine.connect() as conn:
        if backend == "postgresql":
            got = conn.exec_driver_sql(f"SELECT pg_try_advisory_lock({LOCK_ID})").scalar()
            release = f"SELECT pg_advisory_unlock({LOCK_ID})"
        elif backend in ("mysql", "mariadb"):
            got = conn.exec_driver_sql("SELECT GET_LOCK('pdmap_index_writer', 0)").scalar()
            release = "SELECT RELEASE_LOCK('pdmap_index_writer')"
        else:
            got, release = True, ""
        conn.commit()
        if not got:
            raise busy
        try:
            yield
        finally:
            if release:
                conn.exec_driver_sql(release)
                conn.commit()


class Index:
    """The open index: makes or upgrades its schema, records scans, sources, containers,
    fields and verdicts, and reads them back. One instance per process; not thread-safe."""

    def __init__(self, url: str, *, create: bool = True) -> None:
        """Open (and make, or upgrade) the index; a reader passes create=False: an index
        that does not exist is an error (IndexMissingError), not an empty answer."""
        self.url = url
        self.engine = open_engine(url, create=create)
        try:
            self._open(url, create)
        except sa.exc.DatabaseError as e:  # the file's own pages (its schema) unreadable
            self.engine.dispose()
            if not _damage(e):
                raise
            raise IndexDamagedError(
                f"the index {mask_url(url)} is damaged ({one_line(e)[:120]}): nothing was "
                "written; restore it from a backup, or move it aside and scan again") from None

    def _open(self, url: str, create: bool) -> None:
        if not create and not sa.inspect(self.engine).has_table(meta.name):
            self.engine.dispose()
            raise IndexMissingError(f"no index at {mask_url(url)}: run 'pdmap scan' first "
                                    "(or give the index with --index or pdmap.yaml)")
        metadata.create_all(self.engine)
        with self.engine.begin() as conn:
            # A link pass drops the subject indexes for a bulk load and builds them again at
            # its end (scanner/link/stage.py); one that died in between left none.
            for table in metadata.sorted_tables:
                for ix in table.indexes:
                    ix.create(conn, checkfirst=True)
            found = conn.execute(sa.select(meta.c.value).where(meta.c.key == "schema")).first()
            if found is None:
                conn.execute(meta.insert().values(key="schema", value=str(SCHEMA_VERSION)))
            elif found[0] in ("2", "3", "4", "5"):  # 6 only added tables
                # 3 only added tables, which create_all has just made; 4 added the
                # occurrences' role columns. What older versions linked is streamed again
                # (scanner.link.plan.LINK_VERSION): every row gets its role. 5 added what
                # a source is remembered by (kind, options, password).
                upgrade_occurrence_roles(conn)
                upgrade_remembered_sources(conn)
                conn.execute(meta.update().where(meta.c.key == "schema").values(
                    value=str(SCHEMA_VERSION)))
            elif found[0] != str(SCHEMA_VERSION):
                raise IndexVersionError(
                    f"the index {mask_url(url)} has schema version {found[0]}, this pdmap "
                    f"reads {SCHEMA_VERSION}: move it aside and scan again")

    def describe(self) -> str:
        return mask_url(self.url)

    @contextlib.contextmanager
    def writer_lock(self) -> Iterator[None]:
        """Held by a scan while it writes (module function `writer_lock`)."""
        with writer_lock(self.engine, self.url):
            yield

    def check_integrity(self) -> None:
        """Refuse to write to a damaged index (IndexDamagedError): a scan would add to
        pages the database cannot read back, and answer from them."""
        with self.connect() as conn:
            problems = integrity_problems(conn)
        if problems:
            raise IndexDamagedError(
                f"the index {self.describe()} is damaged ({problems[0][:120]}): nothing was "
                "written; 'pdmap index check' lists the damage; restore it from a backup, or "
                "move it aside and scan again")

    def mark_interrupted(self) -> int:
        """Scans left `running` by a process that died: `interrupted`. Called by a scan that
        holds the writer lock, so no other scan can be running."""
        with self.begin() as conn:
            r = conn.execute(scans.update().where(scans.c.status == "running")
                             .values(status="interrupted"))
            return max(int(r.rowcount or 0), 0)

    # -- the key -------------------------------------------------------------------

    def key_fingerprint(self) -> str | None:
        with self.connect() as conn:
            return stored_fingerprint(conn)

    def check_key(self, key: bytes, label: str, *, adopt: bool = False) -> None:
        """Refuse a key that is not the index's (KeyMismatchError). An index without a
        fingerprint gets this key's when adopt (a scan: its key becomes the index's);
        otherwise (a read) a warning says the key cannot be checked."""
        if check_key(self.key_fingerprint(), key, label, self.describe()):
            return
        if not adopt:
            warn_unchecked(self.describe())
            return
        try:
            with self.begin() as conn:
                conn.execute(meta.insert().values(key=KEY_FINGERPRINT, value=fingerprint(key)))
        except sa.exc.IntegrityError:  # another scan recorded one meanwhile
            check_key(self.key_fingerprint(), key, label, self.describe())

    def scan_key(self, path: Path) -> bytes:
        """The key a scan hashes with, checked against the index (and recorded in it when it
        records none). A missing key file is created only for an index that records no key:
        a new key would make everything indexed under the old one unfindable."""
        if not key_from_env() and not path.exists():
            if self.key_fingerprint() is not None:
                raise KeyFileError(
                    f"{path}: no key file, but the index {self.describe()} was built with a "
                    "key: restore the installation's key file (or set PDMAP_KEY), or move "
                    "the index aside and scan again")
            create_key(path)
        key = load_key(path)
        self.check_key(key, key_label(path), adopt=True)
        return key

    def connect(self) -> Connection:
        return self.engine.connect()

    def begin(self) -> Any:
        return self.engine.begin()

    # -- scans ---------------------------------------------------------------------

    def begin_scan(self) -> int:
        with self.begin() as conn:
            r = conn.execute(scans.insert().values(started_at=now(), status="running", counters={}))
            return inserted_id(r)

    def finish_scan(self, scan_id: int, report: ScanReport, status: str) -> None:
        with self.begin() as conn:
            counters = dict(report.counters)
            if report.failures_dropped:
                counters["failures_dropped"] = report.failures_dropped
            conn.execute(scans.update().where(scans.c.id == scan_id).values(
                finished_at=now(), status=status, counters=counters))

    def record_failures(self, scan_id: int, report: ScanReport, start: int = 0) -> int:
        """Write failures[start:]; returns the new count written so far."""
        new = report.failures[start:]
        if new:
            with self.begin() as conn:
                conn.execute(failures.insert(), [
                    {"scan_id": scan_id, "source": f.source[:200], "place": f.place[:1000],
                     "message": f.message[:1000]} for f in new])
        return len(report.failures)

    def source_id(self, conn: Connection, name: str, url: str, scan_id: int) -> int:
        """The source's row (made with its URL without password when new; the URL of one
        already remembered is `remember_source`'s to change)."""
        row = conn.execute(sa.select(sources.c.id).where(sources.c.name == name)).first()
        if row:
            conn.execute(sources.update().where(sources.c.id == row[0]).values(
                last_scan_id=scan_id))
            return int(row[0])
        plain, had = without_password(url)
        r = conn.execute(sources.insert().values(name=name, url=plain, password=had,
                                                 kind=_scheme(plain), last_scan_id=scan_id))
        return inserted_id(r)

    def remember_source(self, source: SourceConfig, url: str | None = None) -> None:
        """Record how the source is read (its name, kind, URL without password, options),
        so that `export` and `find` can read it again without a config that lists it (a
        source scanned by URL). `url`: the source's URL with relative paths made absolute
        (default: source.url). The password is never stored."""
        plain, had = without_password(url or source.url)
        values = {"url": plain[:1000], "kind": _scheme(plain), "password": had,
                  "options": {"include": list(source.include),
                              "exclude": list(source.exclude),
                              "sample_size": source.sample_size,
                              "options": dict(source.options),
                              "password_env": source.password_env}}
        with self.begin() as conn:
            row = conn.execute(sa.select(sources.c.id).where(
                sources.c.name == source.name)).first()
            if row:
                conn.execute(sources.update().where(sources.c.id == row[0]).values(**values))
            else:
                conn.execute(sources.insert().values(name=source.name, **values))

    def container_id(self, conn: Connection, source_id: int, c: ContainerSchema,
                     scan_id: int) -> int:
        fk = [{"columns": list(f.columns), "ref_container": f.ref_container,
               "ref_columns": list(f.ref_columns)} for f in c.foreign_keys]
        values = {"primary_key": list(c.primary_key), "foreign_keys": fk,
                  "row_estimate": c.row_estimate, "last_scan_id": scan_id}
        row = conn.execute(sa.select(containers.c.id).where(
            containers.c.source_id == source_id, containers.c.name == c.name)).first()
        if row:
            conn.execute(containers.update().where(containers.c.id == row[0]).values(**values))
            return int(row[0])
        r = conn.execute(containers.insert().values(source_id=source_id, name=c.name, **values))
        return inserted_id(r)

    def record_container(self, scan_id: int, source_name: str, source_url: str,
                         container: ContainerSchema, found: Sequence[FieldVerdict]) -> int:
        """Store a container's fields and this scan's verdicts on them, in one transaction."""
        with self.begin() as conn:
            sid = self.source_id(conn, source_name, source_url, scan_id)
            cid = self.container_id(conn, sid, container, scan_id)
            existing = dict(conn.execute(sa.select(fields.c.name, fields.c.id).where(
                fields.c.container_id == cid)).all())
            ids: dict[str, int] = {}
            for pos, f in enumerate(container.fields):
                vals = {"kind": f.kind, "native_type": f.native_type[:200], "position": pos}
                if f.name in existing:
                    ids[f.name] = existing[f.name]
                    conn.execute(fields.update().where(fields.c.id == ids[f.name]).values(**vals))
                else:
                    r = conn.execute(fields.insert().values(container_id=cid, name=f.name, **vals))
                    ids[f.name] = int(r.inserted_primary_key[0])
            rows = [{"scan_id": scan_id, "field_id": ids[v.ref.field], "personal": v.personal,
                     "category": v.category, "entity": v.entity,
                     "confidence": round(float(v.confidence), 4),
                     "evidence": v.evidence.as_dict()} for v in found if v.ref.field in ids]
            if rows:
                conn.execute(verdicts.insert(), rows)
            return cid

    def set_container_state(self, container_id: int, state: dict[str, Any] | None,
                            conn: Connection | None = None) -> None:
        """Record what the next scan compares; in `conn`'s transaction when given (the one
        that committed the container's occurrences: both land, or neither)."""
        if conn is not None:
            conn.execute(containers.update().where(containers.c.id == container_id)
                         .values(state=state))
            return
        with self.begin() as conn:
            conn.execute(containers.update().where(containers.c.id == container_id)
                         .values(state=state))

    def drop_container(self, conn: Connection, container_id: int) -> None:
        """Forget a container: its fields, their verdicts, the container (its occurrences
        are the caller's to clear first). For a container nothing is left in, whose name
        may be one no index should keep (an object key holding a person's name, before
        such keys were masked)."""
        owned = sa.select(fields.c.id).where(fields.c.container_id == container_id)
        conn.execute(verdicts.delete().where(verdicts.c.field_id.in_(owned)))
        conn.execute(fields.delete().where(fields.c.container_id == container_id))
        conn.execute(containers.delete().where(containers.c.id == container_id))

    def container_state(self, source_name: str, container: str) -> tuple[int, Any] | None:
        with self.connect() as conn:
            row = conn.execute(
                sa.select(containers.c.id, containers.c.state)
                .join(sources, sources.c.id == containers.c.source_id)
                .where(sources.c.name == source_name, containers.c.name == container)).first()
        return (int(row[0]), row[1]) if row else None

    # -- reading -------------------------------------------------------------------

    def last_scan(self) -> dict[str, Any] | None:
        with self.connect() as conn:
            row = conn.execute(sa.select(scans).order_by(scans.c.id.desc()).limit(1)).first()
        return as_dict(row) if row else None

    def scan_fields(self, scan_id: int) -> list[dict[str, Any]]:
        """Every verdict of a scan, in source / container / column order."""
        q = (sa.select(sources.c.name.label("source"), containers.c.name.label("container"),
                       fields.c.name.label("field"), fields.c.kind, fields.c.native_type,
                       verdicts.c.personal, verdicts.c.category, verdicts.c.entity,
                       verdicts.c.confidence, verdicts.c.evidence)
             .select_from(verdicts.join(fields, fields.c.id == verdicts.c.field_id)
                          .join(containers, containers.c.id == fields.c.container_id)
                          .join(sources, sources.c.id == containers.c.source_id))
             .where(verdicts.c.scan_id == scan_id)
             .order_by(sources.c.name, containers.c.name, fields.c.position))
        with self.connect() as conn:
            return [as_dict(r) for r in conn.execute(q)]

    def scan_failures(self, scan_id: int) -> list[dict[str, Any]]:
        q = sa.select(failures.c.source, failures.c.place, failures.c.message).where(
            failures.c.scan_id == scan_id).order_by(failures.c.id)
        with self.connect() as conn:
            return [as_dict(r) for r in conn.execute(q)]

    def close(self) -> None:
        self.engine.dispose()


def without_password(url: str) -> tuple[str, bool]:
    """The URL without its password (in user:password@, or a query parameter that names a
    secret: password, sslpassword, secret_key, token...), and whether it had one. A masked
    one (`:***@`) counts as none."""
    plain = re.sub(r"^([\w+.-]+://[^:/@]*):[^@/]*@", r"\1@", url)
    plain = re.sub(r"([?&])[\w.-]*(?:pass|secret|token|credential)[\w.-]*=[^&#]*&?",
                   r"\1", plain, flags=re.IGNORECASE).rstrip("?&")
    return plain, plain != url and ":***@" not in url


def _scheme(url: str) -> str:
    return url.split("://", 1)[0].split("+", 1)[0].lower() if "://" in url else "file"


def remembered_sources(conn: Connection) -> list[SourceConfig]:
    """Every source the index remembers, as a source to read again (its password, if its
    URL had one, from the environment: PDMAP_PASSWORD_<NAME> or its password_env). An
    index of an older schema that export reads without upgrading: its URLs, password
    masked, give sources with default options. A row that cannot make a source (options
    a newer pdmap wrote) is left out: export then says the source is not configured."""
    have = {c["name"] for c in sa.inspect(conn).get_columns(sources.name)}
    columns = [sources.c.name, sources.c.url] + (
        [sources.c.options] if "options" in have else [])
    out: list[SourceConfig] = []
    for row in conn.execute(sa.select(*columns).order_by(sources.c.name)):
        name, url = str(row[0]), str(row[1])
        how: dict[str, Any] = dict((row[2] if len(row) > 2 else None) or {})
        plain = re.sub(r"^([\w+.-]+://[^:/@]*):\*\*\*@", r"\1@", url)
        try:
            out.append(SourceConfig(
                name=name, url=plain,
                include=tuple(how.get("include") or ("*",)),
                exclude=tuple(how.get("exclude") or ()),
                **({"sample_size": int(how["sample_size"])} if how.get("sample_size") else {}),
                options=dict(how.get("options") or {}),
                password_env=how.get("password_env"),
                write_url=None, write_password_env=None))  # erasure: the config's only
        except (ValueError, TypeError, KeyError):
            continue
    return out


def open_engine(url: str, *, create: bool = True) -> Engine:
    """An engine on the index; create=False: a SQLite index must exist (a reader never
    makes an empty one: "no such person" from it would be a false answer)."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite" and u.database and u.database != ":memory:":
        if not create and not Path(u.database).is_file():
            raise IndexMissingError(f"no index at {u.database}: run 'pdmap scan' first "
                                    "(or give the index with --index or pdmap.yaml)")
        Path(u.database).parent.mkdir(parents=True, exist_ok=True)
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    engine = sa.create_engine(u)
    if u.get_backend_name() == "sqlite":
        @sa.event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _rec: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()
    return engine
