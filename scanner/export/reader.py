"""The real index as the exporter's `PortabilityReader`: read-only, digests in, locators out.

`resolve` normalizes and HMACs an identifier exactly as the link pass did (through
scanner.index.queries.candidate_digests); `occurrences` turns the inventory's rows into
`OccurrenceRow`s whose source type comes from the scheme of the source's URL;
`field_categories` reads each field's latest verdict. Nothing here writes to the index, and
nothing returned holds a raw value (the index has none).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine, make_url

from exporters.occurrences import OccurrenceRow
from scanner.core.config import mask_url, scheme_of
from scanner.core.types import ContainerSchema, FieldSchema
from scanner.export.package import ExportError
from scanner.identifiers.hashing import Hasher
from scanner.identifiers.key import KeyMismatchError
from scanner.index.inventory import item_values
from scanner.index.keycheck import check_key, stored_fingerprint, warn_unchecked
from scanner.index.queries import occurrence_rows, over_limit, resolve_identifier
from scanner.index.schema import (
    child_runs,
    containers,
    fields,
    identifiers,
    meta,
    occurrences,
    run_parents,
    sources,
    verdicts,
)
from scanner.index.store import open_engine

if TYPE_CHECKING:
    from scanner.index.store import Index

# The package's source types, by URL scheme. A plug-in connector's scheme not listed here
# is exported as records ("other"), which is what its fetch returns.
SOURCE_TYPES = {
    **dict.fromkeys(("sqlite", "postgresql", "postgres", "mysql", "mariadb", "mssql",
                     "oracle"), "sql"),
    **dict.fromkeys(("mbox", "maildir", "eml", "imap", "imaps"), "mail"),
    **dict.fromkeys(("file", "s3"), "objects"),
}
# What `kind:value` may say on the command line, in the inventory's kinds.
KIND_ALIASES = {"customer": "account"}
LOOKUP_CHUNK = 1000  # digests per IN list


class IndexNotReady(ExportError):
    """There is no index, or no subject inventory in it: nothing to export from yet."""


class AmbiguousIdentifier(ExportError):
    """A weak identifier (a name) matches several subjects; the message holds no value."""


def source_type(url: str) -> str:
    return SOURCE_TYPES.get(scheme_of(url), "other")


class _View:
    """What scanner.index.queries' readers need of an Index (`connect`), without Index's
    create-tables-on-open: an export never writes to the index."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def connect(self) -> Connection:
        return self.engine.connect()


class IndexReader:
    """`PortabilityReader` over the index's tables (scanner.index.schema)."""

    def __init__(self, url: str, key: bytes, region: str = "FR",
                 key_label: str = "as given") -> None:
        u = make_url(url)
        if u.get_backend_name() == "sqlite" and u.database not in (None, "", ":memory:") \
                and not Path(str(u.database)).exists():
            raise IndexNotReady(f"no index at {mask_url(url)}: run 'pdmap scan' first")
        self.engine = open_engine(url, create=False)  # never an empty index
        if not sa.inspect(self.engine).has_table(occurrences.name):
            self.engine.dispose()
            raise IndexNotReady(f"the index at {mask_url(url)} has no subject inventory: "
                                "run 'pdmap scan' first")
        # an index written before runs existed has no runs tables, and an export
        # never creates tables.
        inspector = sa.inspect(self.engine)
        self._runs = all(inspector.has_table(t.name) for t in (child_runs, run_parents))
        if "role" not in {c["name"] for c in inspector.get_columns(occurrences.name)}:
            self.engine.dispose()
            # without roles, a reference to this person and another person's row
            # look alike: exporting would hand over other people's data.
            raise IndexNotReady(f"the index at {mask_url(url)} was written by an older "
                                "pdmap, without occurrence roles: run 'pdmap scan' again")
        # another key resolves no one: the package would say "we hold nothing"
        with self.engine.connect() as conn:
            stored = stored_fingerprint(conn) if inspector.has_table(meta.name) else None
        try:
            checked = check_key(stored, key, key_label, mask_url(url))
        except KeyMismatchError:
            self.engine.dispose()
            raise
        if not checked:
            warn_unchecked(mask_url(url))
        self.key = key
        self.region = region
        self._hasher = Hasher(key)
        self._view = cast("Index", _View(self.engine))
        self._types: dict[str, str] | None = None

    # -- the PortabilityReader protocol ----------------------------------------------------

    def resolve(self, identifier: str, kind: str | None) -> int | None:
        found = self.resolve_all(identifier, kind)
        return found[0] if len(found) == 1 else None

    def resolve_all(self, identifier: str, kind: str | None) -> list[int]:
        """Every subject the identifier is a strong identifier of (several when a bare value
        parses as several kinds held by different people); a weak one (a name) must name
        one subject, or AmbiguousIdentifier is raised."""
        k = KIND_ALIASES.get(kind, kind) if kind else None
        found, strong = resolve_identifier(self._view, self.key, identifier, k, self.region)
        if len(found) > 1 and not strong:
            raise AmbiguousIdentifier(
                f"the identifier matches {len(found)} subjects (a name, or a value people "
                "share: a household phone, a family e-mail); give one that only this person "
                "holds")
        return found

    def occurrences(self, subject: int) -> Iterator[OccurrenceRow]:
        """Runs of pure children (schema.child_runs) come as one occurrence per row."""
        types = self._source_types()
        # a run's rows share their categories' text: each distinct text parsed once
        parsed: dict[str, tuple[str, ...]] = {}
        with self.engine.connect() as conn:
            for source, container, row_key, item, cats, role, cols in occurrence_rows(
                    conn, subject, runs=self._runs):
                c = parsed.get(cats)
                if c is None:
                    c = parsed[cats] = tuple(orjson.loads(cats))
                f: tuple[str, ...] = ()
                if cols:
                    f = parsed.get(cols) or parsed.setdefault(cols, tuple(orjson.loads(cols)))
                yield OccurrenceRow(source, container, item_values(row_key, item), c,
                                    types.get(source, "other"), role, f)

    def field_categories(self, source: str, container: str) -> dict[str, str | None]:
        latest = (sa.select(verdicts.c.field_id,
                            sa.func.max(verdicts.c.scan_id).label("scan_id"))
                  .group_by(verdicts.c.field_id).subquery())
        q = (sa.select(fields.c.name, verdicts.c.personal, verdicts.c.category)
             .select_from(fields.join(containers, containers.c.id == fields.c.container_id)
                          .join(sources, sources.c.id == containers.c.source_id)
                          .join(latest, latest.c.field_id == fields.c.id)
                          .join(verdicts, sa.and_(verdicts.c.field_id == latest.c.field_id,
                                                  verdicts.c.scan_id == latest.c.scan_id)))
             .where(sources.c.name == source, containers.c.name == container))
        with self.engine.connect() as conn:
            return {str(name): (category if personal else None)
                    for name, personal, category in conn.execute(q)}

    def sources(self) -> list[tuple[str, str]]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(sources.c.name, sources.c.url)
                                .order_by(sources.c.name)).all()
        return [(str(n), mask_url(str(u))) for n, u in rows]

    def digest(self, kind: str, normalized: str) -> bytes:
        return self._hasher.digest(kind, normalized)

    def foreign_identifiers(self, digests: Sequence[bytes],
                            subjects: Sequence[int]) -> set[bytes]:
        """The digests held by some subject (strong or weak) and by none of `subjects`."""
        wanted = set(subjects)
        holders: dict[bytes, set[int]] = {}
        unique = list(dict.fromkeys(bytes(d) for d in digests))
        with self.engine.connect() as conn:
            for i in range(0, len(unique), LOOKUP_CHUNK):
                part = unique[i:i + LOOKUP_CHUNK]
                q = sa.select(identifiers.c.digest, identifiers.c.subject).where(
                    identifiers.c.digest.in_(part))
                for d, s in conn.execute(q):
                    holders.setdefault(bytes(d), set()).add(int(s))
        return {d for d, held in holders.items() if not held & wanted}

    def over_limit(self, subjects: Sequence[int],
                   limits: Mapping[str, int]) -> dict[int, dict[str, int]]:
        with self.engine.connect() as conn:
            return over_limit(conn, dict(limits), list(subjects))

    # -- what the fetch needs ----------------------------------------------------------------

    def container_schema(self, source: str, container: str) -> ContainerSchema | None:
        """The container as the last scan reflected it: its key and field names (used to
        stream a key column when a locator holds a key's digest instead of its value)."""
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(containers.c.id, containers.c.primary_key)
                .join(sources, sources.c.id == containers.c.source_id)
                .where(sources.c.name == source, containers.c.name == container)).first()
            if row is None:
                return None
            names = conn.execute(sa.select(fields.c.name, fields.c.kind)
                                 .where(fields.c.container_id == row[0])
                                 .order_by(fields.c.position)).all()
        pk = tuple(row[1] or ())
        fs = tuple(FieldSchema(str(n), str(k), primary_key=n in pk) for n, k in names)
        return ContainerSchema(source, container, fs, pk)

    def _source_types(self) -> dict[str, str]:
        if self._types is None:
            self._types = {name: source_type(url) for name, url in self.sources()}
        return self._types

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> IndexReader:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
