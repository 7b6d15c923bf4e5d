"""The `pdmap` command: a thin layer over the library; each command calls one function.

Errors are one line on stderr with exit code 2; `--debug` shows tracebacks.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from scanner import __version__
from scanner.cli.common import Context, format_option, friendly_errors, index_option
from scanner.core.errors import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_PARTIAL


class PdmapGroup(click.Group):
    """An interrupt (Ctrl-C) ends with one line and exit code 130, not click's "Aborted!"
    and 1 (which means a negative answer: README, "Exit codes")."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("pdmap: interrupted", err=True)
            raise click.exceptions.Exit(EXIT_INTERRUPTED) from None


@click.group(cls=PdmapGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "-c", "config_path", default="pdmap.yaml", show_default=True,
              envvar="PDMAP_CONFIG", help="Path to pdmap.yaml.")
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logs.")
@click.version_option(__version__, prog_name="pdmap")
@click.pass_context
def main(ctx: click.Context, config_path: str, debug: bool) -> None:
    """pdmap finds personal data in databases, mailboxes and object storage, maps it to the
    people it is about, and hands a person their data."""
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING,
                        format="pdmap: %(message)s", stream=sys.stderr)
    if not sys.warnoptions:  # -W or PYTHONWARNINGS: the user asked for their own filters
        # A library's warnings (SQLAlchemy's SAWarning on a MySQL dump's `int(11)`) are not
        # for the user's terminal unless asked: --debug shows them. Spawned worker
        # processes read the same choice from the environment.
        import os
        import warnings

        warnings.simplefilter("default" if debug else "ignore")
        os.environ["PYTHONWARNINGS"] = "default" if debug else "ignore"
    source = ctx.get_parameter_source("config_path")
    ctx.obj = Context(config_path, debug, explicit=source not in (
        None, click.core.ParameterSource.DEFAULT))


@main.command()
@click.option("--force", is_flag=True, help="Overwrite an existing pdmap.yaml.")
@click.option("--source", "sources", multiple=True, metavar="URL",
              help="Source URL to put in the config (repeatable).")
@click.pass_obj
@friendly_errors
def init(obj: Context, force: bool, sources: tuple[str, ...]) -> None:
    """Write a commented pdmap.yaml and the HMAC key (mode 0600)."""
    from scanner.cli.setup import init_project

    for line in init_project(Path(obj.config_path), force=force, sources=sources):
        click.echo(line)


@main.command()
@click.argument("urls", nargs=-1, metavar="[URL]...")
@index_option
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: only on a terminal).")
@click.option("--discover-only", is_flag=True,
              help="Only judge the fields; do not stream rows to link them to subjects.")
@click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
              help="Worker processes that read and prepare (default: executor.workers, "
                   "else the number of cores; 1: this process only).")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Run the units on a Dask cluster (tcp://host:8786); its workers read "
                   "this pdmap.yaml (or PDMAP_CONFIG). The index must be PostgreSQL.")
@click.pass_obj
@friendly_errors
def scan(obj: Context, urls: tuple[str, ...], index_url: str | None,
         progress: bool | None, discover_only: bool, workers: int | None,
         scheduler: str | None) -> None:
    """Scan the sources of pdmap.yaml, or the source URLs given as arguments.

    Large tables, objects and mail folders are read in units by worker processes (or a
    Dask cluster's workers); this process alone writes the index (docs/scale.md).

    Exit code 2 when a source cannot be reached, 3 when the scan recorded failures (a
    table or link that could not be read: the scan is partial).
    """
    from dataclasses import replace

    from scanner.cli.progress import progress_reporter
    from scanner.scan.engine import run_scan

    config = obj.config(required=not urls)
    if index_url:
        config = replace(config, index=index_url)
    if not urls and not config.sources:
        raise click.UsageError("no sources: give URLs or list them in pdmap.yaml")
    show = sys.stderr.isatty() if progress is None else progress
    with progress_reporter(show) as reporter:
        result = run_scan(config, urls, progress=reporter, debug=obj.debug,
                          subjects=not discover_only, workers=workers, scheduler=scheduler,
                          config_path=obj.config_path if Path(obj.config_path).exists()
                          else None)
    r = result.report
    for message in result.unreachable:
        click.echo(f"pdmap: cannot reach source {message}", err=True)
    click.echo(f"scan {result.scan_id}: {r.counters.get('containers', 0)} containers, "
               f"{r.counters.get('fields', 0)} fields, "
               f"{r.counters.get('fields_personal', 0)} personal, "
               f"{len(r.failures)} failures ({result.status})", err=True)
    if result.unreachable:
        sys.exit(EXIT_ERROR)
    if result.status != "ok":
        click.echo(f"pdmap: scan {result.scan_id} is partial: {len(r.failures)} failures "
                   "('pdmap report' lists them); answers about people may be incomplete",
                   err=True)
        sys.exit(EXIT_PARTIAL)


@main.command()
@index_option
@format_option("table", "json", "csv", "html")
@click.option("--scan", "scan_id", type=int, default=None,
              help="The scan to report (its number; default: the last one).")
@click.option("--source", "source", default=None, metavar="NAME",
              help="Only this source's fields and failures.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the report to FILE (default: standard output).")
@click.option("--personal-only", is_flag=True, help="Only list personal fields.")
@click.pass_obj
@friendly_errors
def report(obj: Context, index_url: str | None, fmt: str, scan_id: int | None,
           source: str | None, output: Path | None, personal_only: bool) -> None:
    """Show a scan (the last by default): each field's verdict, category, confidence and
    evidence, and what the data map declares for it; `--format html` is a self-contained
    page for people (summary, data-map picture, undeclared fields, failures)."""
    from functools import partial

    from scanner.check.declared import declaration
    from scanner.index.report import NoScanError, scan_report

    config = obj.config()
    url = index_url or config.index
    try:
        out = scan_report(url, fmt, scan_id=scan_id, source=source,
                          personal_only=personal_only,
                          declare=partial(declaration, config.datamap))
    except NoScanError as e:  # no scan, or not the one asked for: the message says which
        click.echo(f"pdmap: {e}", err=True)
        sys.exit(EXIT_ERROR)
    from scanner.index.health import health_warning, scan_health
    from scanner.index.store import open_engine

    engine = open_engine(url, create=False)
    try:
        unfinished = health_warning(scan_health(engine, url))
    finally:
        engine.dispose()
    if unfinished:
        click.echo(f"pdmap: {unfinished}", err=True)
    if not isinstance(out, str):
        from rich.console import Console

        if output is None:
            console = Console()
            if not console.is_terminal:
                console = Console(width=140)
            console.print(out)
            return
        import io

        buffer = io.StringIO()
        Console(file=buffer, width=140).print(out)
        out = buffer.getvalue()
    if output is not None:
        output.write_text(out if out.endswith("\n") else out + "\n", encoding="utf-8")
        click.echo(f"report written to {output}", err=True)
    else:
        click.echo(out, nl=not out.endswith("\n"))


@main.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path),
                default=Path("demo-out"))
@click.option("--seed", type=int, default=7, show_default=True, help="Random seed.")
@friendly_errors
def demo(directory: Path, seed: int) -> None:
    """Build the demo estate (a SQLite shop, a mailbox, a folder of exports) and its
    pdmap.yaml in DIRECTORY."""
    from scanner.cli.setup import init_project
    from scanner.demo.estate import build_demo, demo_person

    config = build_demo(directory, seed)
    for line in init_project(config, force=False):
        if "key" in line:
            click.echo(line)
    click.echo(f"demo estate ready: scan it with 'pdmap -c {config} scan', then export one "
               f"customer's package with 'pdmap -c {config} export "
               f"{demo_person(directory / 'shop.db', seed)} -o {directory}/export.zip'")


def _register() -> None:
    from scanner.cli.check import check
    from scanner.cli.config import config
    from scanner.cli.datamap import datamap
    from scanner.cli.detect import detect
    from scanner.cli.erase import erase
    from scanner.cli.export import export
    from scanner.cli.index import index_group
    from scanner.cli.retention import retention
    from scanner.cli.subjects import subjects

    main.add_command(check)
    main.add_command(config)
    main.add_command(datamap)
    main.add_command(detect)
    main.add_command(subjects)
    main.add_command(export)
    main.add_command(erase)
    main.add_command(index_group)
    main.add_command(retention)


_register()

if __name__ == "__main__":  # pragma: no cover
    main()
