"""The contracts between the scanner and its plug-ins.

Built-in connectors are registered through the same entry-point group
(`pdmap.connectors`) as third-party ones. Exporters are called by the commands that
need them (`scanner/export/package.py`); no entry point loads them, so none is declared.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol, runtime_checkable

from scanner.core.types import ContainerSchema, Locator, Record, ScanReport


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


class Exporter(Protocol):
    name: str

    def export(self, subject: int, reader: Any, fetch: Fetch, out: Any) -> Iterable[str]: ...
