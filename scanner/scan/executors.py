"""Where the units of a scan's link passes run (scanner/link/tasks.py): worker processes of
this machine (`pdmap scan --workers N`), or the workers of a Dask cluster (`--scheduler`).

A worker prepares: it opens the sources from its own configuration (its own credentials,
its own key), reads, normalizes, hashes and detects, and sends back digests and locators.
The scan's process is the index's only writer; it takes the results in the units' order,
so the index is the one a one-process scan makes.

- `Processes`: a pool of spawned processes, started at the first unit worth sending; the
  scan's own configuration goes to them through a pipe (they are its children).
- `Cluster`: a `distributed.Client`. A task names the configuration file, a source and
  what to read, never a secret: each worker reads the configuration (PDMAP_CONFIG, or the
  same path), its passwords and its key from its own environment. A worker lost mid-task
  has its tasks run again by the scheduler; a result is written once, when its turn comes,
  so nothing is lost or written twice.

Both keep at most `window` units in flight or waiting: memory is bounded by the units,
not by the estate.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from scanner.core.config import Config, load_config, mask_url
from scanner.core.errors import SourceError
from scanner.core.protocols import Opened
from scanner.identifiers.hashing import Hasher
from scanner.identifiers.key import load_key
from scanner.link.tasks import Inline, Unit
from scanner.scan.registry import open_connector

log = logging.getLogger(__name__)

Emit = Callable[[str, dict[str, Any]], None]
RETRIES = 2  # a unit whose worker process died is sent again this many times


class ExecutorError(Exception):
    """An executor that cannot be used as asked (said before anything is scanned)."""


# -- the worker's side ------------------------------------------------------------------------


@dataclass(frozen=True)
class Setup:
    """What a worker needs to open the scan's sources: the configuration itself (a child
    process of this machine), or the path of a configuration file (a cluster's worker reads
    its own copy, `PDMAP_CONFIG` overriding the path)."""

    config: Config | None = field(default=None, compare=False)
    config_path: str | None = None
    token: str = field(default_factory=lambda: os.urandom(8).hex())  # one scan's setup


class WorkerSide:
    """A `Side` (scanner/link/tasks.py) in a worker: its own connectors, key and detector,
    opened once per process."""

    def __init__(self, setup: Setup) -> None:
        config = setup.config
        if config is None:
            path = os.environ.get("PDMAP_CONFIG") or setup.config_path
            if not path:
                raise ExecutorError("a worker needs the configuration: set PDMAP_CONFIG")
            config = load_config(path)
        self.config = config
        self.sources = {s.name: s for s in config.sources}
        self.key = load_key(config.resolve(config.key_file))
        self._hasher = Hasher(self.key)
        self._opened: dict[str, Opened] = {}
        self._detector: Any = None

    def opened(self, source: str) -> Opened:
        found = self._opened.get(source)
        if found is None:
            given = self.sources.get(source)
            if given is None:
                raise SourceError(f"{source}: not a source of this worker's configuration")
            found = self._opened[source] = open_connector(given)
            if found.mailbox is not None:
                found.mailbox.use_key(self.key)  # names masked, keyed
        return found

    def hasher(self, key_id: str) -> Hasher:
        if key_id != self._hasher.key_id():
            raise ExecutorError(
                f"this worker's key ({self._hasher.key_id()}) is not the scan's ({key_id}): "
                "give the workers the installation's key file or PDMAP_KEY")
        return self._hasher

    def close(self) -> None:
        for opened in self._opened.values():
            with contextlib.suppress(Exception):  # a worker's old connection: nothing to say
                opened.connector.close()
        self._opened.clear()

    def detector(self) -> Any:
        if self._detector is None:
            from scanner.detect.presidio.analyzer import get_detector

            self._detector = get_detector(tuple(self.config.languages))
        return self._detector


_SIDES: dict[str, WorkerSide] = {}


def run_unit(setup: Setup, fn: Callable[..., Iterator[Any]], unit: Unit) -> list[Any]:
    """A unit in a worker: fn's items, all of them (what travels back)."""
    side = _SIDES.get(setup.token)
    if side is None:
        for old in _SIDES.values():  # one scan at a time per process
            old.close()
        _SIDES.clear()
        side = _SIDES[setup.token] = WorkerSide(setup)
    return list(fn(side, *unit))


# -- running units in order ---------------------------------------------------------------------


class _Failed:
    """A unit's failure, raised when its items are read (the units after it go on)."""

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def __iter__(self) -> Iterator[Any]:
        raise self.error


@dataclass
class _Ordered:
    """Submits units ahead, at most `window` waiting, and gives their results in order."""

    submit: Callable[[Callable[..., Any], Unit], Any]  # -> a future
    result: Callable[[Any], list[Any]]  # a future's result, raising what the unit raised
    window: int
    here: Inline
    emit: Emit | None
    done: int = 0
    total: int = 0

    def run(self, fn: Callable[..., Iterator[Any]], units: Iterable[Unit],
            here: Callable[[Unit], bool] | None = None) -> Iterator[Iterable[Any]]:
        waiting: deque[tuple[Any, Unit, bool]] = deque()
        try:
            for unit in units:
                local = here is not None and here(unit)
                waiting.append((None if local else self.submit(fn, unit), unit, local))
                self._count(0, 1)
                if len(waiting) >= self.window:
                    yield self._take(fn, waiting.popleft())
            while waiting:
                yield self._take(fn, waiting.popleft())
        finally:
            for future, _unit, local in waiting:
                if not local:
                    with contextlib.suppress(Exception):
                        future.cancel()

    def _take(self, fn: Callable[..., Iterator[Any]], entry: tuple[Any, Unit, bool],
              ) -> Iterable[Any]:
        future, unit, local = entry
        if local:
            self._count(1, 0)
            return self.here.run(fn, [unit]).__next__()
        try:
            items: Iterable[Any] = self.result(future)
        except Exception as e:  # noqa: BLE001 - the pass reports it for its container
            items = _Failed(e)
        self._count(1, 0)
        return items

    def _count(self, done: int, total: int) -> None:
        self.done += done
        self.total += total
        if self.emit is not None:
            self.emit("tasks", {"done": self.done, "total": self.total})


class Processes:
    """Units in `workers` processes of this machine (spawned when the first is sent)."""

    remote = True
    eager = False

    def __init__(self, workers: int, setup: Setup, here: Inline, emit: Emit | None = None,
                 window: int | None = None) -> None:
        self.workers = workers
        self.setup = setup
        self.here = here
        self._pool: ProcessPoolExecutor | None = None
        self._ordered = _Ordered(self._submit, self._result, window or 2 * workers, here, emit)

    def run(self, fn: Callable[..., Iterator[Any]], units: Iterable[Unit],
            here: Callable[[Unit], bool] | None = None) -> Iterator[Iterable[Any]]:
        return self._ordered.run(fn, units, here)

    def _pool_now(self) -> ProcessPoolExecutor:
        if self._pool is None:
            import multiprocessing

            self._pool = ProcessPoolExecutor(self.workers,
                                             mp_context=multiprocessing.get_context("spawn"))
        return self._pool

    def _submit(self, fn: Callable[..., Any], unit: Unit) -> Any:
        return _Retried(self, fn, unit)

    def _result(self, retried: Any) -> list[Any]:
        return retried.result()

    def restart(self) -> None:
        """A worker process died (killed, out of memory): the pool is broken; a new one
        takes the units again."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class _Retried:
    """A unit sent to the process pool, sent again if its process died."""

    def __init__(self, owner: Processes, fn: Callable[..., Any], unit: Unit) -> None:
        self.owner = owner
        self.fn = fn
        self.unit = unit
        self.tries = 0
        self.future: Future[list[Any]] = self._send()

    def _send(self) -> Future[list[Any]]:
        self.tries += 1
        self.pool = self.owner._pool_now()
        try:
            return self.pool.submit(run_unit, self.owner.setup, self.fn, self.unit)
        except BrokenProcessPool:  # a process died before anyone read a result
            self.owner.restart()
            self.pool = self.owner._pool_now()
            return self.pool.submit(run_unit, self.owner.setup, self.fn, self.unit)

    def result(self) -> list[Any]:
        while True:
            try:
                return self.future.result()
            except BrokenProcessPool:
                if self.tries > RETRIES:
                    raise RuntimeError("a worker process died on this unit again and "
                                       "again") from None
                log.warning("a worker process died: its units are sent again")
                if self.owner._pool is self.pool:  # not restarted yet by another unit
                    self.owner.restart()
                self.future = self._send()

    def cancel(self) -> bool:
        return self.future.cancel()


class Cluster:
    """Units as tasks of a Dask distributed cluster (`distributed.Client(address)`)."""

    remote = True
    eager = True

    def __init__(self, address: str, setup: Setup, here: Inline, emit: Emit | None = None,
                 *, client: Any = None) -> None:
        try:
            from distributed import Client
        except ImportError as e:  # pragma: no cover - a dependency of pdmap
            raise ExecutorError("a cluster scan needs the 'distributed' package") from e
        self.setup = setup
        self.here = here
        try:
            self.client = client or Client(address, timeout="20s", set_as_default=False)
        except (OSError, TimeoutError) as e:
            raise ExecutorError(f"cannot reach the Dask scheduler {address}: {e}") from None
        threads = sum(self.client.nthreads().values()) or 1
        self.workers = threads
        self._ordered = _Ordered(self._submit, lambda f: f.result(), 2 * threads, here, emit)

    def run(self, fn: Callable[..., Iterator[Any]], units: Iterable[Unit],
            here: Callable[[Unit], bool] | None = None) -> Iterator[Iterable[Any]]:
        return self._ordered.run(fn, units, here)

    def _submit(self, fn: Callable[..., Any], unit: Unit) -> Any:
        # pure=False: a unit is read again when sent again (a source may have changed);
        # retries: a unit whose task raised (a worker that lost its connection) is run
        # again; a task whose worker died is run again by the scheduler itself.
        return self.client.submit(run_unit, self.setup, fn, unit, pure=False,
                                  retries=RETRIES)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.client.close()


def executor_for(config: Config, config_path: str | Path | None, *, workers: int | None,
                 scheduler: str | None, here: Inline, adhoc: bool, index: str,
                 emit: Emit | None = None) -> Inline | Processes | Cluster:
    """The executor a scan asks for: a cluster when a scheduler is given (on the command
    line or as `executor.scheduler`), else `workers` processes (default: `executor.workers`,
    else the machine's cores), one meaning the scan's own process."""
    scheduler = scheduler or config.executor.scheduler
    if scheduler:
        if adhoc:
            raise ExecutorError("a cluster scan reads the sources of pdmap.yaml (each worker "
                                "opens them from its own copy): list the URLs there")
        if config_path is None:
            raise ExecutorError("a cluster scan needs a pdmap.yaml its workers can read "
                                "(-c FILE, or PDMAP_CONFIG on each worker)")
        if index.startswith("sqlite"):
            raise ExecutorError(
                f"a cluster scan writes to a server database: the index {mask_url(index)} "
                "is SQLite (set `index:` to a postgresql:// URL)")
        return Cluster(scheduler, Setup(config_path=str(Path(config_path).resolve())), here,
                       emit)
    n = workers or config.executor.workers or os.cpu_count() or 1
    if n <= 1:
        return here
    return Processes(n, Setup(config=replace(config)), here, emit)
