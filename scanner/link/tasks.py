"""Units of a link pass that run apart from the index: read and prepare, nothing written.

A link pass cuts its reading into units (key ranges of a large table, batches of objects,
mail folders). A unit is a plain function of a `Side` (what the process that runs it has:
its own connectors, its own key) and picklable arguments that name a source, never hold
a secret. It returns digests and locators only (scanner/link/prepare.py `Columns`,
scanner/link/records.py `Found`), with the failures its connector met. The pass writes
the results to the index itself, in the units' order, so the index is the same whichever
process prepared them.

`Tasks` runs the units: `Inline` here, in the scan's process; worker processes and a Dask
cluster (scanner/scan/executors.py) elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from scanner.core.protocols import Opened
from scanner.core.types import ScanReport
from scanner.identifiers.hashing import Hasher

Unit = tuple[Any, ...]


class Side(Protocol):
    """What a unit may use where it runs."""

    def opened(self, source: str) -> Opened:
        """The source's connector, opened there from that process's own configuration."""
        ...

    def hasher(self, key_id: str) -> Hasher:
        """The key's Hasher; raises when that process's key is not the scan's (`key_id`):
        its digests would name nobody the index knows."""
        ...

    def detector(self) -> Any:
        """The Presidio detector (loaded once per process)."""
        ...


class Tasks(Protocol):
    """Runs units and gives their results in the order the units came.

    A unit's function is a generator (fn(side, *unit)); its result is what it yields: the
    live generator when the unit runs here (streamed), a list of it otherwise."""

    workers: int  # units prepared at the same time
    remote: bool  # the units run in other processes (a connector is opened again there)
    eager: bool  # every unit is worth sending there, however small (a cluster)

    @property
    def here(self) -> Inline:
        """The scan's own process."""
        ...

    def run(self, fn: Callable[..., Iterator[Any]], units: Iterable[Unit],
            here: Callable[[Unit], bool] | None = None) -> Iterator[Iterable[Any]]:
        """fn(side, *unit)'s items for every unit, lazily, in the units' order; the units
        `here` picks are streamed in this process when their turn comes. A unit that failed
        raises when its items are read; the units after it go on."""
        ...

    def close(self) -> None:
        """Stop the workers (units not taken are cancelled)."""
        ...


class Inline:
    """Units run one after another in the scan's own process, as they are consumed."""

    workers = 1
    remote = False
    eager = False

    def __init__(self, side: Side) -> None:
        self.side = side

    @property
    def here(self) -> Inline:
        return self

    def run(self, fn: Callable[..., Iterator[Any]], units: Iterable[Unit],
            here: Callable[[Unit], bool] | None = None) -> Iterator[Iterable[Any]]:
        for unit in units:
            yield fn(self.side, *unit)

    def close(self) -> None:
        pass


class Scanned:
    """A `Side` over what the scan has opened itself (the Inline units use it)."""

    def __init__(self, hasher: Hasher, detector: Callable[[], Any]) -> None:
        self._hasher = hasher
        self._detector = detector
        self.sources: dict[str, Opened] = {}

    def opened(self, source: str) -> Opened:
        return self.sources[source]

    def hasher(self, key_id: str) -> Hasher:
        if key_id != self._hasher.key_id():
            raise RuntimeError("the key of this scan changed while it ran")
        return self._hasher

    def detector(self) -> Any:
        return self._detector()


@contextmanager
def own_report(connector: Any) -> Iterator[ScanReport]:
    """A connector's failures and counters in a report of their own meanwhile: a unit
    hands what its connector met to the pass, which merges it (`merge_report`)."""
    old = getattr(connector, "report", None)
    connector.report = mine = ScanReport()
    try:
        yield mine
    finally:
        connector.report = old


def merge_report(src: ScanReport, dst: ScanReport) -> None:
    """Counters and failures of `src` added to `dst`."""
    for k, v in src.counters.items():
        dst.count(k, v)
    for f in src.failures:
        dst.fail(f.source, f.place, f.message)
    dst.failures_dropped += src.failures_dropped
