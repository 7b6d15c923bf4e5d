"""`pdmap index check`: whether the index can be trusted, and if not, why.

Exit code 0 when it can; 2 when the database reports damage (nothing else is trusted);
3 when a scan or a link pass did not finish, or the subject tables disagree (answers about
people may be incomplete until a scan finishes).
"""

from __future__ import annotations

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
from scanner.core.config import mask_url
from scanner.core.errors import EXIT_ERROR, EXIT_PARTIAL


@click.group("index")
def index_group() -> None:
    """Look after the index."""


@index_group.command("check")
@index_option
@format_option("table", "json", "csv")
@click.pass_obj
@friendly_errors
def check(obj: Context, index_url: str | None, fmt: str) -> None:
    """Check the index: the database's own integrity check (SQLite's quick_check), scans
    and link passes that did not finish, and subject tables that disagree. `--format csv`
    is one row per finding: `check` (integrity, damage, count, key, problem) and its
    `name` and `value`."""
    from scanner.index.store import Index, IndexDamagedError

    try:
        index = Index(index_url or obj.config().index, create=False)
    except IndexDamagedError as e:  # not even its schema can be read
        where = mask_url(index_url or obj.config().index)
        result: dict[str, Any] = {"index": where, "damaged": [str(e)], "problems": [],
                                  "counts": {}, "key_fingerprint": None,
                                  "lines": [f"{where}: damaged", f"  {e}"]}
    else:
        try:
            result = index_report(index)
        finally:
            index.close()
    if fmt == "json":
        click.echo(json_text(result))
    elif fmt == "csv":
        click.echo(csv_text(("check", "name", "value"), [
            ["integrity", "database", "damaged" if result["damaged"] else "ok"],
            *(["damage", None, d] for d in result["damaged"]),
            *(["count", k, v] for k, v in result["counts"].items()),
            ["key", "fingerprint recorded", result["key_fingerprint"]],
            *(["problem", None, p] for p in result["problems"])]), nl=False)
    else:
        for line in result["lines"]:
            click.echo(line)
    if result["damaged"]:
        raise click.exceptions.Exit(EXIT_ERROR)
    if result["problems"]:
        raise click.exceptions.Exit(EXIT_PARTIAL)


def index_report(index: Any) -> dict[str, Any]:
    """What `pdmap index check` says, as data: `damaged` (the database's own report),
    `problems` (what makes answers about people doubtful), `counts` and `lines`."""
    import sqlalchemy as sa

    from scanner.index import inventory as inv
    from scanner.index.health import health_warning, scan_health
    from scanner.index.keycheck import stored_fingerprint
    from scanner.index.schema import link_journal
    from scanner.index.store import integrity_problems

    with index.connect() as conn:
        damaged = integrity_problems(conn, most=20)
        if damaged:  # reading further from damaged pages proves nothing
            return {"index": index.describe(), "damaged": damaged, "problems": [],
                    "counts": {}, "key_fingerprint": None,
                    "lines": [f"{index.describe()}: damaged", *[
                        f"  {d}" for d in damaged]]}
        o, i, s = inv.occurrences, inv.identifiers, inv.subjects
        counts = {
            "subjects": conn.execute(sa.select(sa.func.count()).select_from(s)).scalar_one(),
            "identifiers": conn.execute(sa.select(sa.func.count()).select_from(i))
            .scalar_one(),
            "occurrences": conn.execute(sa.select(sa.func.count()).select_from(o))
            .scalar_one(),
        }
        lost = {
            "occurrences of no subject": ~sa.exists().where(s.c.id == o.c.subject),
            "identifiers of no subject": ~sa.exists().where(s.c.id == i.c.subject),
        }
        stray = {what: conn.execute(sa.select(sa.func.count()).select_from(
            o if what.startswith("occ") else i).where(cond)).scalar_one()
            for what, cond in lost.items()}
        passes = [r[0] for r in conn.execute(sa.select(link_journal.c.source))]
        keyed = stored_fingerprint(conn) is not None
    problems: list[str] = []
    unfinished = health_warning(scan_health(index.engine, index.url))
    if unfinished:
        problems.append(unfinished)
    if passes:
        problems.append(f"the link pass of {', '.join(sorted(passes))} did not finish: the "
                        "next scan resumes it")
    problems += [f"{n} {what}" for what, n in stray.items() if n]
    lines = [f"{index.describe()}: database integrity ok",
             f"  {counts['subjects']} subjects, {counts['identifiers']} identifiers, "
             f"{counts['occurrences']} occurrences",
             "  key fingerprint recorded" if keyed else
             "  no key fingerprint recorded (no scan has linked subjects yet)"]
    lines += [f"  problem: {p}" for p in problems] or ["  no problem found"]
    return {"index": index.describe(), "damaged": [], "problems": problems,
            "counts": {**counts, **stray}, "key_fingerprint": keyed, "lines": lines}
