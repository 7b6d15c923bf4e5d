"""`pdmap export`: one person's portability package (GDPR art. 15 and 20).

Registered by the main CLI with `main.add_command(export)`; calls
scanner.export.wiring.export_from_index. Exit codes: 0 the package is complete; 2 nothing was
written (usage, unknown or ambiguous identifiers, an existing output without --overwrite,
no index or key, a key that is not the index's or too short, a subject over the identifier
limits without --accept-merged-subject, a record holding another person's identifier); 3
the package was written without some source (listed in its manifest as missing, with the
reason), or while a scan of the index had not finished, and --allow-partial was not given.

Nothing printed names an identifier's value: the DPO typed them, the package holds them,
logs and terminals do not.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import click

from scanner.cli.common import Context, friendly_errors, index_option
from scanner.core.errors import EXIT_ERROR, EXIT_PARTIAL


@click.command("export")
@click.argument("identifiers", nargs=-1, required=True, metavar="IDENTIFIER...")
@click.option("-o", "--output", "out", required=True, metavar="PATH",
              type=click.Path(path_type=Path),
              help="Where to write the package: a .zip file, or a directory with "
                   "--format dir.")
@click.option("--format", "fmt", type=click.Choice(("zip", "dir")), default="zip",
              show_default=True, help="A zip archive or a plain directory.")
@click.option("--merge", is_flag=True,
              help="Accept identifiers that resolve to different subjects and export them "
                   "as one person (check first that they are the same person).")
@click.option("--allow-partial", is_flag=True,
              help="Exit 0 even when a source could not be reached (the manifest still "
                   "lists it as missing).")
@click.option("--overwrite", is_flag=True, help="Replace an existing package at PATH.")
@click.option("--lang", type=click.Choice(("en", "fr")), default=None,
              help="The language of the package's index.html  [default: controller.language "
                   "in pdmap.yaml, else en]")
@click.option("--accept-merged-subject", is_flag=True,
              help="Export a subject holding more identifiers of a kind than one person "
                   "plausibly has (subjects.max_identifiers), after checking it is one "
                   "person; the manifest records it.")
@index_option
@click.pass_obj
@friendly_errors
def export(obj: Context, identifiers: tuple[str, ...], out: Path, fmt: str, merge: bool,
           allow_partial: bool, overwrite: bool, lang: str | None,
           accept_merged_subject: bool, index_url: str | None) -> None:
    """Write everything pdmap knows about one person as a package: machine-readable JSON,
    and an index.html that explains it to them in plain words.

    Each IDENTIFIER is an e-mail, phone, IBAN, card or account key, optionally prefixed
    with its kind (email:..., phone:..., iban:..., card:..., account:..., name:...). The
    data is read from the sources now, through the locations the last scan indexed.
    """
    from scanner.export.package import ExportError
    from scanner.export.wiring import export_from_index

    config = obj.config()  # none: the sources the index remembers
    if lang:  # the page's language, as the exporter reads it (the manifest records it)
        config = dataclasses.replace(config, controller={**config.controller, "language": lang})
    try:
        outcome = export_from_index(config, identifiers, out, fmt, merge=merge,
                                    allow_partial=allow_partial, overwrite=overwrite,
                                    index_url=index_url, config_name=obj.config_path,
                                    accept_merged_subject=accept_merged_subject)
    except ExportError as e:
        click.echo(f"pdmap: {e}", err=True)
        raise click.exceptions.Exit(EXIT_ERROR) from None
    pkg = outcome.package
    c = pkg.counts
    click.echo(f"package written to {pkg.path}: {c['records']} records, {c['messages']} "
               f"messages, {pkg.gone} gone since the scan, {c['categories']} categories",
               err=True)
    if outcome.not_found:
        click.echo(f"pdmap: {outcome.not_found} of {len(identifiers)} identifiers matched no "
                   "subject (listed as not found in the manifest)", err=True)
    for name, reason in sorted(pkg.missing.items()):
        click.echo(f"pdmap: source {name} could not be read: {reason}", err=True)
    unfinished = _unfinished(index_url or config.index)
    if unfinished:
        click.echo(f"pdmap: {unfinished}", err=True)
    if outcome.exit_code or (unfinished and not allow_partial):
        click.echo("pdmap: the package is incomplete (rerun with --allow-partial to accept "
                   "it)", err=True)
        raise click.exceptions.Exit(outcome.exit_code or EXIT_PARTIAL)


def _unfinished(url: str) -> str | None:
    """A scan of the index that did not finish: the package may miss what it had not
    indexed yet."""
    from scanner.index.health import health_warning, scan_health
    from scanner.index.store import open_engine

    engine = open_engine(url)
    try:
        return health_warning(scan_health(engine, url))
    finally:
        engine.dispose()
