"""`pdmap retention`: the rows kept past the data map's retention, per container and purpose.

Registered by the main CLI; the work is scanner.scan.retention.check_retention. Exit codes
for cron and CI: 0 nothing past retention, 1 rows past it, 2 an error, 3 partial (a
container or source that could not be checked, named).
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import click

from scanner.cli.common import (
    Context,
    csv_text,
    echo_plan,
    format_option,
    friendly_errors,
    index_option,
    json_text,
)
from scanner.core.errors import EXIT_FINDINGS, EXIT_PARTIAL

COLUMNS = ("source", "container", "purpose", "retention", "cutoff", "expired", "undated",
           "subjects")


@click.command()
@click.option("--source", "source", metavar="NAME", help="Check this source only.")
@index_option
@format_option("table", "json", "csv", "html")
@click.pass_obj
@friendly_errors
def retention(obj: Context, source: str | None, index_url: str | None, fmt: str) -> None:
    """Count, per declared container and purpose, the rows kept past their retention
    (`retention: {period: P3Y, after: COLUMN}` in the data map) and the people they concern.

    Read-only: a COUNT with a date condition per container, then only the keys of the
    rows past retention, matched to the index. Rows with no date are not counted (they are
    shown as undated). Sources that are not SQL are listed as not checked.

    Exit code 0 when nothing is past retention, 1 when rows are, 2 on an error, 3 when a
    source or container could not be checked.
    """
    from scanner.scan.retention import check_retention

    result = check_retention(obj.config(), source=source, index_url=index_url)
    if fmt == "json":
        click.echo(json_text(result))
    elif fmt == "csv":
        click.echo(csv_text(COLUMNS, ([c[k] for k in COLUMNS] for c in result["containers"])),
                   nl=False)
    elif fmt == "html":
        click.echo(html_page(result))
    else:
        _print_table(result)
    for e in result["errors"]:
        where = f"{e['source']}{' ' + e['container'] if e['container'] else ''}"
        click.echo(f"pdmap: {where}: not checked: {e['message']}", err=True)
    if result["status"] == "partial":
        raise click.exceptions.Exit(EXIT_PARTIAL)
    if result["status"] == "expired":
        raise click.exceptions.Exit(EXIT_FINDINGS)


def _lines(result: dict[str, Any]) -> list[str]:
    out = [f"{n['source']}: {n['reason']}" for n in result["not_checked"]]
    if not result["containers"] and not result["errors"]:
        out.append("no SQL container has a structured retention (retention: {period: P3Y, "
                   "after: COLUMN} in the data map): nothing checked")
    if result.get("subjects_note"):
        out.append(result["subjects_note"])
    undated = sum(c["undated"] for c in result["containers"])
    if undated:
        out.append(f"{undated} rows have no date to run retention from: not counted")
    subjects = result["subjects"]
    out.append(f"{result['expired']} rows past retention"
               + (f", concerning {subjects} subjects" if subjects is not None else ""))
    return out


def _print_table(result: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    t = Table(*COLUMNS)
    for c in result["containers"]:
        t.add_row(*["" if c[k] is None else str(c[k]) for k in COLUMNS])
    console.print(t)
    for line in _lines(result):
        console.print(line, markup=False)


def html_page(result: dict[str, Any]) -> str:
    """A self-contained page: the table and the lines of the text output."""
    e = html.escape
    head = "".join(f"<th>{e(k)}</th>" for k in COLUMNS)
    rows = "".join(
        "<tr>" + "".join(f"<td>{e('' if c[k] is None else str(c[k]))}</td>" for k in COLUMNS)
        + "</tr>" for c in result["containers"])
    lines = "".join(f"<p>{e(x)}</p>" for x in
                    _lines(result) + [f"not checked: {x['source']} "
                                      f"{x['container'] or ''}: {x['message']}"
                                      for x in result["errors"]])
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>pdmap retention</title><style>body{font-family:sans-serif}"
            "td,th{border:1px solid #ccc;padding:2px 6px}table{border-collapse:collapse}"
            f"</style></head><body><h1>Rows past retention</h1><p>checked at "
            f"{e(str(result['checked_at']))}</p><table><thead><tr>{head}</tr></thead>"
            f"<tbody>{rows}</tbody></table>{lines}</body></html>")


def plan_expired_dir(obj: Context, out: Path, index_url: str | None,
                     source: str | None = None) -> None:
    """`pdmap erase --expired -o PLAN_DIR`: the rows past retention, planned for deletion by
    the erasure planner (scanner.erase.expired), wired as `pdmap erase` wires a person's."""
    import datetime as dt

    from scanner.erase.apply import write_plan_dir
    from scanner.erase.expired import plan_expired
    from scanner.erase.plan import PlanContext
    from scanner.export.reader import IndexReader
    from scanner.export.wiring import SourceFetch, sources_to_read
    from scanner.identifiers.key import key_label, load_key
    from scanner.scan.retention import expired_rows

    config = obj.config()
    url = index_url or config.index
    now = dt.datetime.now(dt.UTC)
    expired, problems = expired_rows(config, source=source, index_url=url, now=now)
    key_path = config.resolve(config.key_file)
    key = load_key(key_path)
    reader = IndexReader(url, key, config.default_region, key_label=key_label(key_path))
    sources = sources_to_read(config, reader.engine)
    fetch = SourceFetch(sources, key, reader.container_schema, (), obj.config_path)
    try:
        subjects = tuple(sorted(set().union(*(e.subjects for e in expired))))
        ctx = PlanContext(subjects, config, reader, fetch, now)
        plan = plan_expired(ctx, sources, expired, problems)
        write_plan_dir(ctx, plan, out, sources)
    finally:
        fetch.close()
        reader.close()
    echo_plan(plan, out, "erasure plan of the rows past retention", "no row past retention")
    if plan.not_planned:
        raise click.exceptions.Exit(EXIT_PARTIAL)
