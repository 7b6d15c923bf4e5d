"""`pdmap subjects`: where everything about one person is, and how many people are where.

Registered by the main CLI with `main.add_command(subjects)`; each command calls one library
function of scanner.inventory. The identifier given is normalized and hashed, never stored
or echoed.
"""

from __future__ import annotations

from typing import Any

import click

from scanner.cli_common import Context, format_option, friendly_errors, index_option

KIND_CHOICES = ("email", "phone", "iban", "card", "national_id", "name", "account")


@click.group()
def subjects() -> None:
    """Find a person's rows, or count people per source and category."""


@subjects.command()
@click.argument("identifier")
@click.option("--kind", type=click.Choice(KIND_CHOICES),
              help="What the identifier is (default: every kind it parses as).")
@click.option("--region", metavar="CC",
              help="Default region for phone numbers without +country (default: the config's).")
@index_option
@format_option("table", "json")
@click.pass_obj
@friendly_errors
def find(obj: Context, identifier: str, kind: str | None, region: str | None,
         index_url: str | None, fmt: str) -> None:
    """List every row the subject IDENTIFIER resolves to appears in, with its categories.

    Exit code 1 when no single subject matches.
    """
    from scanner.crypto import load_key
    from scanner.index import Index
    from scanner.inventory import find_subject

    config = obj.config()
    key = load_key(config.resolve(config.key_file))
    index = Index(index_url or config.index)
    try:
        result = find_subject(index, key, identifier, kind, region or config.default_region)
    finally:
        index.close()
    if fmt == "json":
        import orjson

        click.echo(orjson.dumps(result, default=str, option=orjson.OPT_INDENT_2).decode())
    else:
        _print_find(result)
    if result["subject"] is None:
        raise click.exceptions.Exit(1)


def _print_find(result: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if result["subject"] is None:
        if result["candidates"]:
            console.print(f"{len(result['candidates'])} subjects share this weak identifier "
                          f"(a name); give an e-mail, phone or account key: "
                          f"{', '.join(map(str, result['candidates']))}")
        else:
            console.print("no subject is known by this identifier")
        return
    kinds = ", ".join(f"{k} ×{n}" for k, n in sorted(result["identifiers"].items()))
    console.print(f"subject {result['subject']} — known by {kinds}")
    table = Table("source", "container", "item", "categories")
    for o in result["occurrences"]:
        item = ", ".join(f"{k}={v}" for k, v in o["item"].items())
        table.add_row(o["source"], o["container"], item, ", ".join(o["categories"]))
    console.print(table)


@subjects.command()
@index_option
@format_option("table", "json")
@click.pass_obj
@friendly_errors
def stats(obj: Context, index_url: str | None, fmt: str) -> None:
    """Count subjects, identifiers, and rows per source and category."""
    from scanner.index import Index
    from scanner.inventory import inventory_stats

    index = Index(index_url or obj.config().index)
    try:
        result = inventory_stats(index)
    finally:
        index.close()
    if fmt == "json":
        import orjson

        click.echo(orjson.dumps(result, option=orjson.OPT_INDENT_2).decode())
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print(f"{result['subjects']} subjects")
    t = Table("source", "rows", "subjects")
    for s in result["sources"]:
        t.add_row(s["source"], str(s["rows"]), str(s["subjects"]))
    console.print(t)
    t = Table("source", "category", "rows", "containers")
    for c in result["categories"]:
        t.add_row(c["source"], c["category"], str(c["rows"]), str(c["containers"]))
    console.print(t)
