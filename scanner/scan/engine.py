"""Wires a scan: sources -> connectors -> samples -> verdicts -> index.

A failure is recorded in the report with its source and place and the scan goes on; a
source that cannot be reached at all makes the scan's status "partial" (exit code 2).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from scanner.core.config import (
    Config,
    SourceConfig,
    anchor_path,
    anchor_sqlite,
    mask_url,
    refuse_own_files,
    source_name_from_url,
)
from scanner.core.errors import SourceError, one_line
from scanner.core.protocols import Connector, Opened, Pass, WholeSample
from scanner.core.types import ContainerSchema, FieldVerdict, ScanReport
from scanner.identifiers.hashing import Hasher
from scanner.index.erased import report_reappeared
from scanner.index.store import Index, without_password
from scanner.link.context import LinkContext
from scanner.link.mail import link_mail_source
from scanner.link.minors import flag_minors
from scanner.link.objects import scan_object_source
from scanner.link.sql import link_scanned_source
from scanner.link.tasks import Inline, Scanned, Tasks
from scanner.scan.executors import executor_for
from scanner.scan.registry import open_connector

log = logging.getLogger(__name__)

Progress = Callable[[str, dict[str, Any]], None]


@dataclass
class ScanResult:
    scan_id: int
    status: str  # ok, partial
    report: ScanReport
    unreachable: list[str] = field(default_factory=list)


def sources_for(config: Config, urls: Sequence[str]) -> tuple[SourceConfig, ...]:
    """Ad-hoc URLs replace the configured sources; names are derived and kept unique."""
    if not urls:
        return config.sources
    out: list[SourceConfig] = []
    seen: set[str] = set()
    for url in urls:
        name = base = source_name_from_url(url)
        n = 2
        while name in seen:
            name, n = f"{base}-{n}", n + 1
        seen.add(name)
        out.append(SourceConfig(name=name, url=url, sample_size=config.sample_size))
    return tuple(out)


def run_scan(config: Config, urls: Sequence[str] = (), index: Index | None = None,
             progress: Progress | None = None, *, debug: bool = False,
             subjects: bool = True, workers: int | None = 1, scheduler: str | None = None,
             config_path: str | Path | None = None) -> ScanResult:
    """Scan the sources; with subjects=False only the field verdicts (no row is streamed).

    The link passes' units (key ranges of large tables, batches of objects, mail folders)
    are prepared by `workers` processes (None: `executor.workers` of the config, else the
    machine's cores; 1: this process), or by the Dask cluster of `scheduler` (or
    `executor.scheduler`), whose workers read `config_path` (scanner/scan/executors.py).
    This process alone writes the index, in the units' order: the index is the same.

    One scan writes to an index at a time: a second one fails at once (IndexBusyError); a
    damaged index is refused before anything is written (IndexDamagedError); an executor
    that cannot be used (ExecutorError) too."""
    # pdmap.yaml's own sources were checked when it was read; ad-hoc URLs and an --index
    # given on the command line are checked here.
    refuse_own_files(replace(config, sources=sources_for(config, urls)))
    index = index or Index(str(config.index))
    with index.writer_lock():
        index.check_integrity()  # before anything is written
        index.mark_interrupted()  # the lock is ours: no other scan is running
        return _run_scan(config, urls, index, progress, debug=debug, subjects=subjects,
                         executor=(workers, scheduler, config_path))


def _run_scan(config: Config, urls: Sequence[str], index: Index, progress: Progress | None,
              *, debug: bool, subjects: bool,
              executor: tuple[int | None, str | None, str | Path | None]) -> ScanResult:
    # Checked before anything is written: a key that is not the index's would store the
    # same people again under other digests (scanner.index.store.Index.scan_key).
    key = index.scan_key(config.resolve(config.key_file)) if subjects else b""
    ctx = LinkContext(key, config.default_region) if subjects else None
    emit = progress or (lambda _e, _d: None)
    detector: list[Any] = []

    def get_detector() -> Any:
        if not detector:
            detector.append(_detector(config))
        return detector[0]

    side = Scanned(ctx.hasher if ctx is not None else Hasher(b"\0" * 32), get_detector)
    here = Inline(side)
    workers, scheduler, config_path = executor
    tasks: Tasks = executor_for(replace(config, sources=sources_for(config, urls)), config_path,
                         workers=workers, scheduler=scheduler, here=here, adhoc=bool(urls),
                         index=str(index.engine.url), emit=emit) if subjects else here
    report = ScanReport()
    scan_id = index.begin_scan()
    unreachable: list[str] = []
    written = 0
    ended = False
    try:
        for source in sources_for(config, urls):
            emit("source", {"name": source.name})
            try:
                opened = open_connector(source)
            except SourceError as e:
                _unreachable(report, unreachable, source, str(e))
                continue
            connector = opened.connector
            side.sources[source.name] = opened
            if key and opened.mailbox is not None:  # names masked, keyed
                opened.mailbox.use_key(key)
            if ctx is not None and opened.objects is not None:
                # An object store lists before it discovers, so that unchanged objects are
                # not even sniffed (scanner/link/objects.py).
                def classify(c: ContainerSchema, source: SourceConfig = source,
                             connector: Connector = connector) -> list[FieldVerdict]:
                    return _scan_container(index, scan_id, source, connector, c,
                                           get_detector(), report, debug=debug)

                try:
                    scan_object_source(index, ctx, scan_id, source, opened.objects,
                                       classify, report, emit, tasks)
                    report_reappeared(index, source.name, report)
                    report.count("sources")
                    remember(index, source)
                except Exception as e:  # noqa: BLE001 - a listing error means unreachable
                    _failed(report, unreachable, source, e, "object scan", debug=debug)
                written = index.record_failures(scan_id, report, written)
                connector.close()
                continue
            try:
                containers = list(connector.discover(report))
            except Exception as e:  # noqa: BLE001 - any driver error means unreachable
                _failed(report, unreachable, source, e, "discovery", debug=debug)
                connector.close()
                continue
            report.count("sources")
            remember(index, source)  # reached: how to read it again is worth keeping
            emit("containers", {"name": source.name, "total": len(containers)})
            verdicts: dict[str, list[FieldVerdict]] = {}
            organisations = _organisation_rows(containers)
            for container in containers:
                verdicts[container.name] = _scan_container(
                    index, scan_id, source, connector, container, get_detector(), report,
                    debug=debug, organisations=organisations)
                emit("container", {"name": container.name})
                written = index.record_failures(scan_id, report, written)
            if ctx is not None:
                found = Discovered(source, opened, containers, verdicts)
                LINK_PASSES[opened.kind](index, config, ctx, scan_id, found, report, tasks)
                flag_minors(index, config, ctx.hasher, scan_id, source, opened, containers,
                            verdicts, report)  # who was a minor at collection
                report_reappeared(index, source.name, report)  # erased people back
            written = index.record_failures(scan_id, report, written)
            connector.close()
        ended = True
    finally:
        tasks.close()
        index.record_failures(scan_id, report, written)
        # Any failure recorded makes the scan partial: what it says of a person may be
        # incomplete (a table that could not be read, links that failed). A scan stopped by
        # an interrupt or an error of pdmap's own did not finish: `interrupted`, which
        # readers warn about as they do of one whose process died.
        status = "partial" if unreachable or report.failures or report.failures_dropped \
            else "ok"
        index.finish_scan(scan_id, report, status if ended else "interrupted")
    return ScanResult(scan_id, status, report, unreachable)


def remember(index: Index, source: SourceConfig) -> None:
    """The index remembers how the source is read (scanner.index.store.remember_source):
    relative paths made absolute, the password left out, which the user is told."""
    here = Path.cwd()
    index.remember_source(source, anchor_path(anchor_sqlite(source.url, here), here))
    if without_password(source.url)[1]:
        var = source.password_env or "PDMAP_PASSWORD_" + re.sub(r"\W", "_", source.name).upper()
        log.warning("source %s: the password in its URL is not stored in the index; "
                    "'pdmap export' reads it from the environment variable %s",
                    source.name, var)


@dataclass(frozen=True)
class Discovered:
    """A source discovered and classified, for its link pass."""

    source: SourceConfig
    opened: Opened
    containers: list[ContainerSchema]
    verdicts: dict[str, list[FieldVerdict]]


LinkPass = Callable[[Index, Config, LinkContext, int, Discovered, ScanReport, Tasks], None]

# The link pass after discovery, by what the connector is (Opened.kind); an object store
# links as it discovers (scan_object_source) and is not in this table.
LINK_PASSES: dict[Pass, LinkPass] = {
    "rows": lambda index, config, ctx, scan_id, d, report, tasks: link_scanned_source(
        index, config, ctx, scan_id, d.source, d.opened, d.containers, d.verdicts, report,
        tasks),
    "messages": lambda index, _config, ctx, scan_id, d, report, tasks: link_mail_source(
        index, ctx, scan_id, d.source, d.opened, d.containers, d.verdicts, report, tasks),
}


def _failed(report: ScanReport, unreachable: list[str], source: SourceConfig, e: Exception,
            what: str, *, debug: bool) -> None:
    """A source that could not be read: unreachable, with the error's one line (its
    traceback logged with --debug)."""
    if debug:
        log.exception("%s failed", what)
    _unreachable(report, unreachable, source,
                 f"{source.name} ({mask_url(source.url)}): {one_line(e)}")


def _unreachable(report: ScanReport, unreachable: list[str], source: SourceConfig,
                 message: str) -> None:
    report.fail(source.name, "connect", message)
    report.count("sources_unreachable")
    unreachable.append(message)


def _detector(config: Config) -> Any:
    from scanner.detect.presidio.analyzer import (
        get_detector,  # loads spaCy; only when there is work
    )

    return get_detector(tuple(config.languages))


def _organisation_rows(containers: list[ContainerSchema]) -> frozenset[str]:
    from scanner.detect.classify import organisation_rows

    return organisation_rows(containers)


def _classify(connector: Connector, source: SourceConfig, container: ContainerSchema,
              detector: Any, organisations: frozenset[str]) -> list[FieldVerdict]:
    """The container's verdicts from a sample; `complete` only when the connector knows
    the sample is every record (WholeSample)."""
    from scanner.detect.classify import classify_container

    if isinstance(connector, WholeSample):
        records, complete = connector.sample_whole(container, source.sample_size)
    else:
        records, complete = connector.sample(container, source.sample_size), False
    return classify_container(container, records, detector, organisations,
                              complete=complete)


def _scan_container(index: Index, scan_id: int, source: SourceConfig, connector: Connector,
                    container: ContainerSchema, detector: Any, report: ScanReport,
                    *, debug: bool, organisations: frozenset[str] = frozenset(),
                    ) -> list[FieldVerdict]:
    try:
        found = _classify(connector, source, container, detector, organisations)
        index.record_container(scan_id, source.name, source.url, container, found)
    except Exception as e:  # noqa: BLE001 - one container failing never stops the scan
        if debug:
            log.exception("container %s failed", container.name)
        report.fail(source.name, container.name, one_line(e))
        report.count("containers_failed")
        # Keep the container's fields on record even when its sample could not be read.
        index.record_container(scan_id, source.name, source.url, replace(container), [])
        return []
    report.count("containers")
    report.count("fields", len(container.fields))
    report.count("fields_personal", sum(1 for v in found if v.personal))
    return list(found)


def plan_subjects(config: Config, urls: Sequence[str] = ()) -> list[dict[str, Any]]:
    """The link plan of each configured source, as the next scan would make it: every
    container's role, the path its rows reach a person by, and why (`pdmap subjects plan`).

    Discovers and classifies each SQL source from samples (nothing is written to the
    index); a mailbox or an object store has no plan (its records link by the addresses
    and identifiers found in them). A source that cannot be read gives one entry saying so.
    """
    from scanner.link.counted import fan_in_of
    from scanner.link.sql import check_overrides, explain_source

    out: list[dict[str, Any]] = []
    detector: Any = None
    for source in sources_for(config, urls):
        try:
            opened = open_connector(source)
        except SourceError as e:
            out.append({"source": source.name, "error": str(e), "containers": []})
            continue
        connector = opened.connector
        try:
            kind = opened.kind
            if kind != "rows":
                out.append({"source": source.name, "containers": [], "note": (
                    f"{kind}: each record links by the addresses and identifiers found in "
                    "it (docs/subjects.md, Messages and objects)")})
                continue
            report = ScanReport()
            containers = list(connector.discover(report))
            if detector is None:
                detector = _detector(config)
            organisations = _organisation_rows(containers)
            verdicts = {c.name: _classify(connector, source, c, detector, organisations)
                        for c in containers}
            entries = explain_source(containers, verdicts, config.link_overrides,
                                     fan_in_of(opened.counts))
            out.append({"source": source.name,
                        "problems": check_overrides(containers, config.link_overrides,
                                                    source.name),
                        "containers": [e.as_dict() for e in entries]})
        except Exception as e:  # noqa: BLE001 - one source failing never hides the others
            out.append({"source": source.name, "error": f"{source.name} "
                        f"({mask_url(source.url)}): {one_line(e)}", "containers": []})
        finally:
            connector.close()
    return out
