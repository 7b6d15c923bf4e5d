"""`pdmap datamap`: the data map in pdmap.yaml, suggested from a check, exported to Fides or
W3C DPV, imported from a Fides dataset."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from scanner.cli.check import _run, check_options
from scanner.cli.common import Context, friendly_errors, index_option
from scanner.core.errors import EXIT_ERROR, EXIT_FINDINGS


@click.group()
def datamap() -> None:
    """Work on the data map in pdmap.yaml."""


@datamap.command()
@check_options
@click.option("--only-new", is_flag=True, help="Leave out fields that already existed at the base.")
@click.pass_obj
@friendly_errors
def suggest(obj: Context, repo: Path, base: str | None, all_fields: bool, db_url: str | None,
            dialect: str | None, only_new: bool) -> None:
    """Print the data-map entries a check found missing, for a person to review and commit."""
    from exporters.check_report import suggest_entries

    result = _run(obj, repo, base, all_fields, False, db_url, dialect)
    click.echo(suggest_entries(result, include_debt=not only_new), nl=False)


@datamap.command("export")
@index_option
@click.option("--format", "fmt", type=click.Choice(["fides", "dpv"]), default="fides",
              show_default=True, help="fides: a Fides dataset (YAML); dpv: W3C DPV JSON-LD.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to a file instead of stdout.")
@click.pass_obj
@friendly_errors
def export_cmd(obj: Context, index_url: str | None, fmt: str, output: Path | None) -> None:
    """Write the data map as a Fides dataset or as W3C DPV: the last scan's personal
    fields (one dataset per source, one collection per container), each with its
    fideslang data category or DPV term, and its purpose, legal basis, retention and
    recipients from pdmap.yaml's data map."""
    from scanner.check.fides import export_datamap

    config = obj.config()
    text = export_datamap(config, index_url or config.index, fmt,
                          notes=lambda line: click.echo(f"pdmap: note: {line}", err=True))
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


@datamap.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--replace", is_flag=True,
              help="Overwrite the category of entries that disagree with the dataset.")
@click.option("--dry-run", is_flag=True, help="Print what would change; write nothing.")
@click.option("--source", metavar="NAME",
              help="The source the entries are for (default: each dataset's pdmap source, "
                   "or its fides_key; '*' for any).")
@click.pass_obj
@friendly_errors
def import_cmd(obj: Context, file: Path, replace: bool, dry_run: bool,
               source: str | None) -> None:
    """Add the fields of a Fides dataset FILE to pdmap.yaml's data map, its comments kept.

    Each field with fideslang data categories becomes an entry (container and field from
    the collection and field names, the category mapped back to pdmap's). An entry that
    already declares the field with another category is a conflict: listed, left as it is,
    and exit 1, unless --replace."""
    from exporters.fides import FidesError
    from scanner.check.fides import import_fides

    try:
        result = import_fides(Path(obj.config_path), file, replace=replace, dry_run=dry_run,
                              source=source)
    except FidesError as e:
        click.echo(f"pdmap: {e}", err=True)
        sys.exit(EXIT_ERROR)
    for line in result.lines:
        click.echo(line)
    if dry_run and result.diff:
        click.echo(result.diff, nl=False)
    verb = "would change" if dry_run else "changed" if result.written else "unchanged"
    click.echo(f"{obj.config_path}: {verb}: {result.added} added, {result.replaced} replaced, "
               f"{result.unchanged} already declared, {result.conflicts} in conflict")
    if result.conflicts:
        sys.exit(EXIT_FINDINGS)
