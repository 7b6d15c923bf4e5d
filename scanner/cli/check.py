"""`pdmap check`: the CI gate on what a change adds (its options and its run are shared with
`pdmap datamap suggest`, scanner/cli/datamap.py)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from scanner.cli.common import Context, format_option, friendly_errors
from scanner.core.errors import EXIT_ERROR


def _dialect(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from scanner.core.config import unknown_dialect  # lazily: sqlglot only when one is named

    problem = unknown_dialect(value) if value else None
    if problem:
        raise click.BadParameter(problem, ctx=ctx, param=param)
    return value.lower() if value else None


def check_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed([
        click.option("--repo", type=click.Path(file_okay=False, path_type=Path),
                     default=Path("."), show_default=True,
                     help="The repository whose schema files are read (never executed)."),
        click.option("--base", metavar="REF",
                     help="Only fields added or changed since REF count (default: the merge "
                          "base with the default branch; an error when it is not there)."),
        click.option("--all", "all_fields", is_flag=True,
                     help="Check every field, not only those the change adds."),
        click.option("--db", "db_url", metavar="URL",
                     help="Read a live schema through a SQLAlchemy URL instead of files."),
        click.option("--dialect", metavar="NAME", callback=_dialect,
                     help="The sqlglot dialect (clickhouse, bigquery...) of the .sql files "
                          "that neither their `-- dialect:` comment nor pdmap.yaml's "
                          "check.sql_dialects names (it wins over a folder or suffix)."),
    ]):
        fn = option(fn)
    return fn


def _run(obj: Context, repo: Path, base: str | None, all_fields: bool, strict: bool,
         db_url: str | None, dialect: str | None) -> Any:
    from scanner.check.gate import run_check
    from scanner.check.gitdiff import GitError

    config_path = Path(obj.config_path)
    if not config_path.is_absolute() and not config_path.exists() and (repo / config_path).exists():
        obj = Context(str(repo / config_path), obj.debug)  # the repository's own data map
    try:
        return run_check(repo, obj.config(), base=base, all_fields=all_fields, strict=strict,
                         db_url=db_url, dialect=dialect)
    except GitError as e:
        click.echo(f"pdmap: {e}", err=True)
        sys.exit(EXIT_ERROR)


@click.command()
@check_options
@click.option("--strict", is_flag=True,
              help="A declared field whose category disagrees is a violation, not a warning.")
@format_option("text", "json", "sarif", default="text")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the output to a file instead of stdout.")
@click.pass_obj
@friendly_errors
def check(obj: Context, repo: Path, base: str | None, all_fields: bool, db_url: str | None,
          dialect: str | None, strict: bool, fmt: str, output: Path | None) -> None:
    """Fail when schema files add personal-data fields the data map does not declare.

    Exit 0 when clean, 1 on violations, 2 on usage errors or parse errors in files the
    change touches."""
    from exporters.check_report import format_json, format_text
    from exporters.sarif import format_sarif

    result = _run(obj, repo, base, all_fields, strict, db_url, dialect)
    text = {"text": format_text, "json": format_json, "sarif": format_sarif}[fmt](result)
    if fmt != "text" or output:  # the text on stdout lists them already
        for p in result.problems:
            if not p.in_change:
                click.echo(f"pdmap: note: {p.path}:{p.line}: {p.message} (not touched by this "
                           "change, so it does not fail the check)", err=True)
    if output:
        output.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    else:
        click.echo(text, nl=not text.endswith("\n"))
    sys.exit(result.exit_code)

