"""What every pdmap command shares: the context, error handling and option decorators."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Sequence
from functools import wraps
from pathlib import Path
from typing import Any

import click

from scanner.core.config import Config, ConfigError, load_config
from scanner.core.errors import EXIT_ERROR, one_line
from scanner.identifiers.key import KeyFileError

log = logging.getLogger("pdmap")


class Context:
    def __init__(self, config_path: str, debug: bool, explicit: bool = False) -> None:
        self.config_path = config_path
        self.debug = debug
        self.explicit = explicit  # -c or PDMAP_CONFIG named it: it must exist

    def config(self, required: bool = False) -> Config:
        """The config; without a pdmap.yaml in the current folder, the defaults, unless
        one was named (-c, PDMAP_CONFIG) or is required: then a missing file is an error."""
        path = Path(self.config_path)
        if path.exists() or required or self.explicit:
            return load_config(path)
        return Config(base_dir=Path.cwd())


def friendly_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn expected errors into one line and exit code 2; tracebacks only with --debug."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        ctx = click.get_current_context()
        debug = bool(ctx.obj and ctx.obj.debug)
        try:
            return fn(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except Exception as e:  # noqa: BLE001 - the last line of defence for people
            if debug:
                raise
            if isinstance(e, KeyFileError):  # the message says what to do
                click.echo(f"pdmap: {e}", err=True)
                sys.exit(EXIT_ERROR)
            message = str(e) if isinstance(e, ConfigError | OSError) else one_line(e)
            click.echo(f"pdmap: {message.splitlines()[0] if message else type(e).__name__}"
                       " (run with --debug for details)", err=True)
            sys.exit(EXIT_ERROR)

    return wrapper


def index_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--index", "index_url", metavar="URL",
                        help="Index database URL (default: the config's, or "
                             "sqlite:///.pdmap/index.db).")(fn)


# What --format means, on every command that has it (each offers the ones that apply):
#   table  for people: aligned columns and sentences, on a terminal
#   json   the stable contract: an object; timestamps ISO 8601 in UTC with an offset ("+00:00");
#          a field that can be absent is null (never a sentence saying so); the JSON
#          Schemas of the contracts are in exporters/schema/
#   csv    one table, a header row then one row per item (RFC 4180), for spreadsheets
#   html   a self-contained page (only where there is an HTML rendering)
#   (`check` has its own: text, json, sarif, the CI's formats.)
FORMATS = ("table", "json", "csv", "html")
FORMAT_HELP = {
    "table": "table (for people)",
    "json": "json (the stable contract: ISO 8601 timestamps with offset, null when absent)",
    "csv": "csv (one row per item)",
    "html": "html (a self-contained page)",
    "text": "text (for people)",
    "sarif": "sarif (SARIF 2.1.0, for code scanning)",
}


def format_option(*choices: str, default: str = "table") -> Callable[..., Any]:
    """--format with `choices`, in FORMATS' order (the same word means the same thing on
    every command)."""
    ordered = tuple(sorted(choices, key=lambda f: FORMATS.index(f) if f in FORMATS
                           else len(FORMATS)))
    return click.option("--format", "fmt", type=click.Choice(ordered), default=default,
                        show_default=True, help="Output format: " + "; ".join(
                            FORMAT_HELP.get(f, f) for f in ordered) + ".")


def json_text(data: Any) -> str:
    """`data` as --format json prints it: indented, datetimes in ISO 8601 with an offset
    (a naive one is UTC, as the index stores them: "2026-01-05T10:00:00.123456+00:00")."""
    import orjson

    return orjson.dumps(data, default=str, option=orjson.OPT_INDENT_2 | orjson.OPT_NAIVE_UTC
                       ).decode()


def csv_text(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A header row and the rows as CSV (RFC 4180); None is an empty cell, a list is its
    items joined by ';', a mapping is compact JSON, a datetime as in json_text."""
    import csv
    import datetime as dt
    import io

    import orjson

    def cell(v: Any) -> Any:
        if v is None:
            return ""
        if isinstance(v, list | tuple):
            return ";".join(str(x) for x in v)
        if isinstance(v, dict):
            return orjson.dumps(v, default=str).decode()
        if isinstance(v, dt.datetime):
            return orjson.dumps(v, option=orjson.OPT_NAIVE_UTC
                                ).decode().strip('"')
        return v

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([cell(v) for v in row] for row in rows)
    return out.getvalue()


def echo_plan(plan: Any, out: Path, what: str, none: str) -> None:
    """What an erasure plan written to `out` holds, per action, on stderr (`what`: which
    plan; `none`: said when it holds nothing), and the sources it could not plan."""
    counts: dict[str, int] = {}
    for item in plan.items:
        counts[item.action] = counts.get(item.action, 0) + 1
    held = ", ".join(f"{n} {a}" for a, n in sorted(counts.items())) or none
    click.echo(f"{what} written to {out}: {held} (nothing changed; review summary.txt, then "
               "'pdmap erase --apply')", err=True)
    for why in plan.not_planned.values():
        click.echo(f"pdmap: not planned: {why}", err=True)
