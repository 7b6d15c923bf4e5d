"""`pdmap subjects`: where everything about one person is, and how many people are where.

Registered by the main CLI with `main.add_command(subjects)`; each command calls one library
function of scanner.index.queries. The identifier given is normalized and hashed, never stored
or echoed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from scanner.cli.common import (
    Context,
    csv_text,
    format_option,
    friendly_errors,
    index_option,
    json_text,
)
from scanner.core.errors import EXIT_ERROR, EXIT_PARTIAL

MINOR = "minor_at_collection"  # scanner.index.queries.MINOR_FLAG
KIND_CHOICES = ("email", "phone", "iban", "card", "national_id", "name", "account")


@click.group()
def subjects() -> None:
    """Find a person's rows, or count people per source and category."""


EXIT_FLAGGED = EXIT_PARTIAL  # an answer given, but it may be wrong (a subject that looks merged)


@subjects.command()
@click.argument("identifier")
@click.option("--kind", type=click.Choice(KIND_CHOICES),
              help="What the identifier is (default: every kind it parses as).")
@click.option("--region", metavar="CC",
              help="Default region for phone numbers without +country (default: the config's).")
@click.option("--explain", is_flag=True,
              help="Say for each row why it belongs to the subject (identifiers matched, "
                   "owned through which link, attached, reference).")
@index_option
@format_option("table", "json", "csv")
@click.pass_obj
@friendly_errors
def find(obj: Context, identifier: str, kind: str | None, region: str | None, explain: bool,
         index_url: str | None, fmt: str) -> None:
    """List every row the subject IDENTIFIER resolves to appears in, with its categories
    and its role (own, attached, shared, reference).

    Exit code 1 when no single subject matches (a value several people share lists them);
    2 when the key is not the one the index was built with (nothing is looked up); 3 when
    the subject holds more identifiers of a kind than a person plausibly has
    (subjects.max_identifiers in pdmap.yaml): it may be people merged by mistake.

    `--format json` follows exporters/schema/subjects-find.schema.json; `csv` is one row
    per occurrence.
    """
    from scanner.identifiers.key import key_label, load_key
    from scanner.index.queries import (
        explain_occurrences,
        find_subject,
        over_limit,
        subject_flag_rows,
    )
    from scanner.index.store import Index

    config = obj.config()
    key_path = config.resolve(config.key_file)
    key = load_key(key_path)
    index = Index(index_url or config.index, create=False)
    try:
        # another key finds no one: "no such person" would be a false answer
        index.check_key(key, key_label(key_path))
        result = find_subject(index, key, identifier, kind, region or config.default_region)
        if result["subject"] is not None:
            with index.connect() as conn:
                over = over_limit(conn, config.subject_limits, [result["subject"]])
            result["over_limit"] = over.get(result["subject"], {})
            with index.connect() as conn:
                result["flags"] = subject_flag_rows(conn, result["subject"])
            if explain:
                explain_occurrences(index, result["occurrences"])
        unfinished = _as_of(index, result)
    finally:
        index.close()
    result = find_answer(result)
    _emit(result, fmt, lambda: _print_find(result, explain), lambda: csv_text(
        FIND_COLUMNS, ([o[c] for c in FIND_COLUMNS] for o in result["occurrences"])))
    if unfinished:  # "no such person" after a scan that died may be a lie
        click.echo(f"pdmap: {unfinished}", err=True)
        raise click.exceptions.Exit(EXIT_FLAGGED)
    if result["subject"] is None:
        raise click.exceptions.Exit(1)
    if result["over_limit"]:
        click.echo(f"pdmap: {over_message(result['subject'], result['over_limit'], config)}",
                   err=True)
        raise click.exceptions.Exit(EXIT_FLAGGED)


def _as_of(index: Any, result: dict[str, Any]) -> str | None:
    """Add to an answer when each source was last completely scanned (`as_of`); the
    warning of a scan that did not finish, if any."""
    from scanner.index.health import health_warning, scan_health, source_scans

    with index.connect() as conn:
        result["as_of"] = source_scans(conn)
    return health_warning(scan_health(index.engine, index.url))


FIND_COLUMNS = ("source", "container", "item", "role", "fields", "categories", "why")


def find_answer(result: dict[str, Any]) -> dict[str, Any]:
    """The answer of `find` in one shape whether a subject was found or not (the schema's):
    every key present, what does not apply null or empty, never a sentence in its place."""
    occurrences = [{"source": o["source"], "container": o["container"], "item": o["item"],
                    "role": o["role"], "fields": list(o["fields"]) if o.get("fields") else None,
                    "categories": list(o["categories"]), "why": o.get("why")}
                   for o in result["occurrences"]]
    return {"subject": result["subject"], "strong": bool(result["strong"]),
            "identifiers": dict(result.get("identifiers") or {}),
            "candidates": list(result.get("candidates") or []),
            "over_limit": dict(result.get("over_limit") or {}),
            "minor_at_collection": any(f["flag"] == MINOR for f in result.get("flags") or ()),
            "flags": list(result.get("flags") or ()),
            "occurrences": occurrences, "as_of": result["as_of"]}


def _emit(result: dict[str, Any], fmt: str, table: Callable[[], None],
          csv: Callable[[], str]) -> None:
    """An answer as JSON, as CSV, or as tables followed by its as-of line."""
    if fmt == "json":
        click.echo(json_text(result))
        return
    if fmt == "csv":
        click.echo(csv(), nl=False)
        return
    from scanner.index.health import as_of_line

    table()
    click.echo(as_of_line(result["as_of"]))


def over_message(subject: int, over: dict[str, int], config: Any) -> str:
    """One line: which identifier kinds of a subject are over their limit (no values)."""
    kinds = ", ".join(f"{n} {k} (limit {config.subject_limits.get(k)})"
                      for k, n in sorted(over.items()))
    return (f"subject {subject} may be several people merged by mistake: it holds {kinds}; "
            "check it with 'pdmap subjects find --explain'")


def _print_find(result: dict[str, Any], explain: bool = False) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if result["subject"] is None:
        if result["candidates"]:
            console.print(f"{len(result['candidates'])} subjects share this identifier (a "
                          f"name, or a value people share: a household phone, a family "
                          f"e-mail); give an identifier of one person: "
                          f"{', '.join(map(str, result['candidates']))}")
        else:
            console.print("no subject is known by this identifier")
        return
    kinds = ", ".join(f"{k} ×{n}" for k, n in sorted(result["identifiers"].items()))
    console.print(f"subject {result['subject']} — known by {kinds}")
    for f in result["flags"]:
        console.print(f"[bold]minor at collection[/bold]: under {f['age']} when "
                      f"{f['source']} {f['container']} collected their data")
    columns = ["source", "container", "item", "role", "categories"] + (["why"] if explain else [])
    table = Table(*columns)
    for o in result["occurrences"]:
        item = ", ".join(f"{k}={v}" for k, v in o["item"].items())
        role = o["role"] + (f" ({', '.join(o['fields'])})" if o.get("fields") else "")
        row = [o["source"], o["container"], item, role, ", ".join(o["categories"])]
        table.add_row(*row, *([o.get("why", "")] if explain else []))
    console.print(table)


@subjects.command()
@index_option
@format_option("table", "json", "csv")
@click.pass_obj
@friendly_errors
def stats(obj: Context, index_url: str | None, fmt: str) -> None:
    """Count subjects, identifiers, and rows per source, category and role; flag subjects
    that look merged by mistake (more identifiers of a kind than subjects.max_identifiers):
    exit code 3 when there are any.

    `--format json` follows exporters/schema/subjects-stats.schema.json; `csv` is one row
    per source (category empty: its rows and subjects) and per source and category (its
    rows and containers)."""
    from scanner.index.queries import MINOR_FLAG, flagged_counts, inventory_stats
    from scanner.index.store import Index

    config = obj.config()
    index = Index(index_url or config.index, create=False)
    try:
        result = inventory_stats(index, config.subject_limits)
        with index.connect() as conn:
            result["minors"] = flagged_counts(conn).get(MINOR_FLAG, 0)
        unfinished = _as_of(index, result)
    finally:
        index.close()
    _emit(result, fmt, lambda: _print_stats(result), lambda: csv_text(
        STATS_COLUMNS, [*([x["source"], None, x["rows"], None, x["subjects"]]
                          for x in result["sources"]),
                        *([c["source"], c["category"], c["rows"], c["containers"], None]
                          for c in result["categories"])]))
    if unfinished:
        click.echo(f"pdmap: {unfinished}", err=True)
        raise click.exceptions.Exit(EXIT_FLAGGED)
    if result["suspects"]:
        click.echo(f"pdmap: {len(result['suspects'])} subjects may be several people merged "
                   "by mistake (more identifiers of a kind than subjects.max_identifiers); "
                   "check each with 'pdmap subjects find --explain'", err=True)
        raise click.exceptions.Exit(EXIT_FLAGGED)


STATS_COLUMNS = ("source", "category", "rows", "containers", "subjects")


def _print_stats(result: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    roles = ", ".join(f"{n} {r}" for r, n in result["roles"].items())
    console.print(f"{result['subjects']} subjects; rows by role: {roles or 'none'}")
    if result["minors"]:
        console.print(f"{result['minors']} subjects were minors when their data was collected")
    for s in result["suspects"]:
        over = ", ".join(f"{n} {k}" for k, n in sorted(s["over"].items()))
        console.print(f"[bold]subject {s['subject']}[/bold] may be people merged by mistake: "
                      f"{over}")
    t = Table("source", "rows", "subjects")
    for s in result["sources"]:
        t.add_row(s["source"], str(s["rows"]), str(s["subjects"]))
    console.print(t)
    t = Table("source", "category", "rows", "containers")
    for c in result["categories"]:
        t.add_row(c["source"], c["category"], str(c["rows"]), str(c["containers"]))
    console.print(t)


@subjects.command()
@click.argument("urls", nargs=-1)
@format_option("table", "json", "csv")
@click.pass_obj
@friendly_errors
def plan(obj: Context, urls: tuple[str, ...], fmt: str) -> None:
    """Print the link plan: for every container of the configured sources (or URLS), its
    role (root, own, attached, reference, lookup, not linked, ignored), the path its rows
    reach a person by, and why. Correct it in pdmap.yaml (subjects.links).

    Exit code 2 when a source cannot be read or an override names nothing.
    """
    from scanner.scan.engine import plan_subjects

    result = [{"source": s["source"], "error": s.get("error"), "note": s.get("note"),
               "problems": list(s.get("problems") or ()), "containers": s["containers"]}
              for s in plan_subjects(obj.config(), urls)]
    if fmt == "json":
        click.echo(json_text(result))
    elif fmt == "csv":
        click.echo(csv_text(("source", "container", "role", "path", "why"), (
            [s["source"], e["container"], e["role"], e["path"], e["why"]]
            for s in result for e in s["containers"])), nl=False)
    else:
        from rich.console import Console
        from rich.table import Table

        console = Console()
        for s in result:
            if s.get("error"):
                console.print(f"{s['source']}: cannot be read: {s['error']}")
                continue
            if s.get("note"):
                console.print(f"{s['source']}: {s['note']}")
                continue
            t = Table("container", "role", "path", "why", title=s["source"])
            for e in s["containers"]:
                t.add_row(e["container"], e["role"], e["path"], e["why"])
            console.print(t)
            for p in s.get("problems", ()):
                console.print(f"{s['source']}: {p}")
    if any(s.get("error") or s.get("problems") for s in result):
        raise click.exceptions.Exit(EXIT_ERROR)
