"""The contracts between the scanner and its plug-ins.

Built-in connectors are registered through the same entry-point group
(`pdmap.connectors`) as third-party ones. Every connector is a `Connector`; what more it
can do is declared by the capability protocols below, checked once when it is opened
(`Opened.of`): the link pass and the export use a capability only through its protocol.
Exporters are called by the commands that need them (`scanner/export/package.py`); no
entry point loads them, so none is declared.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol, runtime_checkable

from scanner.core.config import SourceConfig
from scanner.core.types import ContainerSchema, Locator, Record, ScanReport

Pages = Iterator[Sequence[Sequence[Any]]]


@runtime_checkable
class Connector(Protocol):
    """Knows one source and nothing else.

    A connector is built from a SourceConfig-like mapping (name, url, include,
    exclude, options). It never imports Presidio, the index or an exporter.
    """

    name: str

    def discover(self, report: ScanReport) -> Iterator[ContainerSchema]:
        """Reflect the containers in scope; failures go to report, not up."""
        ...

    def sample(self, container: ContainerSchema, limit: int) -> list[Record]:
        """At most `limit` records, cheaply and without reading the whole container."""
        ...

    def read(self, container: ContainerSchema, fields: Sequence[str]) -> Iterator[Record]:
        """Stream every record of the container with only `fields` (plus the locator), in
        bounded memory."""
        ...

    def fetch(self, locator: Locator) -> Record | None:
        """The record's current values, or None if it is gone."""
        ...

    def close(self) -> None: ...


class Fetch(Protocol):
    def __call__(self, locator: Locator) -> Record | None: ...


# -- capabilities -----------------------------------------------------------------------------


@runtime_checkable
class PagedTable(Protocol):
    """Rows in pages of plain tuples, located by key columns (the link pass's fast read)."""

    def key_columns(self, container: ContainerSchema) -> tuple[str, ...]: ...

    def read_pages(self, container: ContainerSchema, fields: Sequence[str],
                   after: Sequence[Any] | None = None,
                   upto: Sequence[Any] | None = None) -> Pages: ...

    def key_bounds(self, container: ContainerSchema, every: int) -> list[tuple[Any, ...]]:
        """Where ranges of `every` rows end: a table read in parts (scanner/link/sql.py)."""
        ...


@runtime_checkable
class Reopenable(Protocol):
    """Opened again from its source in a worker process (`type(c)(c.source)`)."""

    source: SourceConfig


@runtime_checkable
class GroupedChildren(Protocol):
    """A child table's keys grouped by its link, counted by the source (scanner/link/runs.py)."""

    def read_groups(self, container: ContainerSchema, key: str, link: str) -> Pages: ...

    def count_nulls(self, container: ContainerSchema, field: str) -> int: ...


@runtime_checkable
class SharedValueCounts(Protocol):
    """Values held by many rows, and how rows point at others, counted by the source."""

    def frequent(self, container: ContainerSchema, field: str, more_than: int,
                 fold: bool = False) -> list[Any]: ...

    def fan_in(self, container: ContainerSchema, field: str) -> tuple[int, int, int]: ...


@runtime_checkable
class TableState(Protocol):
    """A container's state (rows, max key, max of `changed`): unchanged, it is not read."""

    def state(self, container: ContainerSchema,
              changed: str | None = None) -> dict[str, Any]: ...


@runtime_checkable
class Mailbox(Connector, Protocol):
    """Messages in folders: names masked under the scan's key, failures buffered until
    drained, folders read from an earlier `state` on."""

    def use_key(self, key: bytes) -> None: ...

    def drain_into(self, report: ScanReport) -> None: ...

    def read(self, container: ContainerSchema, fields: Sequence[str],
             since: Mapping[str, Any] | None = None) -> Iterator[Record]: ...


@runtime_checkable
class FolderState(Protocol):
    """A folder's state, handed back to `Mailbox.read(since=...)`."""

    def state(self, container: ContainerSchema) -> dict[str, Any]: ...


@runtime_checkable
class Resumable(Protocol):
    """Whether a read from an earlier state resumes rather than starts over (an mbox)."""

    def resumes(self, container: ContainerSchema, since: Mapping[str, Any]) -> bool: ...


@runtime_checkable
class ObjectStore(Connector, Protocol):
    """Objects listed with their etags before anything is read (connectors/objects.py)."""

    def discover(self, report: ScanReport,
                 only: Any = None) -> Iterator[ContainerSchema]: ...

    def read(self, container: ContainerSchema, fields: Sequence[str],
             keys: Collection[str] | None = None) -> Iterator[Record]: ...

    def read_objects(self, container: str, infos: Sequence[Any],
                     fields: Sequence[str]) -> Iterator[Record]: ...

    def objects(self) -> Iterator[Any]: ...

    def grouped(self) -> dict[str, list[Any]]: ...

    def skipped(self) -> list[Any]: ...

    def key_values(self, name: str) -> Sequence[Any]: ...

    def resolve(self, locator: Locator, digest: Callable[[str], str]) -> Locator | None: ...


@runtime_checkable
class SqlTables(Protocol):
    """A SQL engine and its tables: what the export fetches many rows in one query with."""

    engine: Any

    def reflect_one(self, container: str) -> ContainerSchema | None: ...

    def table(self, container: ContainerSchema) -> Any: ...


@runtime_checkable
class WholeSample(Protocol):
    """A sample that knows when it is every record: a verdict may then rest on what no
    record holds (a message column no row fills). A connector without it never says so."""

    def sample_whole(self, container: ContainerSchema,
                     limit: int) -> tuple[list[Record], bool]:
        """`sample(container, limit)`, and True only when those are all the container's
        records."""
        ...


@runtime_checkable
class BatchFetch(Protocol):
    """A connector's own fetch of many locators (the export's)."""

    def fetch_many(self, locators: Sequence[Locator]) -> Sequence[Record | None]: ...


Pass = Literal["objects", "messages", "rows"]


@dataclass(frozen=True)
class Opened:
    """A connector and its capabilities, checked once when it is opened; a capability it
    lacks is None. The check is by the methods the connector has (runtime_checkable), so a
    mailbox's `state(folder)` also shows as `state`: each pass reads only its own."""

    connector: Connector
    paged: PagedTable | None
    reopenable: Reopenable | None
    groups: GroupedChildren | None
    counts: SharedValueCounts | None
    state: TableState | None
    mailbox: Mailbox | None
    folder_state: FolderState | None
    resumable: Resumable | None
    objects: ObjectStore | None
    tables: SqlTables | None
    batch_fetch: BatchFetch | None

    @classmethod
    def of(cls, connector: Connector) -> Opened:
        c = connector
        return cls(
            connector=c,
            paged=c if isinstance(c, PagedTable) else None,
            reopenable=c if isinstance(c, Reopenable) else None,
            groups=c if isinstance(c, GroupedChildren) else None,
            counts=c if isinstance(c, SharedValueCounts) else None,
            state=c if isinstance(c, TableState) else None,
            mailbox=c if isinstance(c, Mailbox) else None,
            folder_state=c if isinstance(c, FolderState) else None,
            resumable=c if isinstance(c, Resumable) else None,
            objects=c if isinstance(c, ObjectStore) else None,
            tables=c if isinstance(c, SqlTables) else None,
            batch_fetch=c if isinstance(c, BatchFetch) else None,
        )

    @property
    def name(self) -> str:
        return self.connector.name

    @property
    def kind(self) -> Pass:
        """Which pass scans it: an object store's, a mailbox's, or the rows' (SQL)."""
        if self.objects is not None:
            return "objects"
        return "messages" if self.mailbox is not None else "rows"

    def close(self) -> None:
        self.connector.close()
