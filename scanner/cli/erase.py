"""`pdmap erase`: plan one person's erasure for review, or apply a reviewed plan.

`pdmap erase IDENTIFIER... -o PLAN_DIR` resolves the identifiers to a subject as `pdmap
export` does (scanner.export.package.resolve_subjects and its identifier limits), plans per
source (scanner.erase) and writes PLAN_DIR/plan.json, plan.sql and summary.txt; it changes
nothing. `pdmap erase --apply PLAN_DIR` applies it through each source's write credentials
and writes PLAN_DIR/certificate.json. Exit codes: 0 done; 2 nothing planned or applied
(unknown identifiers, a plan folder in use, a changed plan.json...); 3 the plan was
written but a source could not be planned or the last scan did not finish, or some source
was refused or some item failed at apply time (the certificate lists them).

Nothing printed names an identifier's value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from scanner.cli.common import Context, echo_plan, friendly_errors, index_option
from scanner.core.config import Config
from scanner.core.errors import EXIT_ERROR, EXIT_PARTIAL


@click.command("erase")
@click.argument("identifiers", nargs=-1, metavar="IDENTIFIER...")
@click.option("-o", "--output", "out", metavar="PLAN_DIR", type=click.Path(path_type=Path),
              help="Where to write the plan (plan.json, plan.sql, summary.txt).")
@click.option("--apply", "apply_dir", metavar="PLAN_DIR", type=click.Path(path_type=Path),
              help="Apply the reviewed plan in PLAN_DIR through the sources' write "
                   "credentials (write_url, write_password_env) and certify it.")
@click.option("--expired", is_flag=True,
              help="Plan the deletion of the rows kept past the data map's retention "
                   "(`pdmap retention`) instead of one person's data; with -o PLAN_DIR.")
@click.option("--merge", is_flag=True,
              help="Accept identifiers that resolve to different subjects (check first that "
                   "they are the same person).")
@index_option
@click.pass_obj
@friendly_errors
def erase(obj: Context, identifiers: tuple[str, ...], out: Path | None,
          apply_dir: Path | None, expired: bool, merge: bool, index_url: str | None) -> None:
    """Plan the erasure of one person's data (nothing changes), or apply a reviewed plan.

    Each IDENTIFIER is an e-mail, phone, IBAN, card or account key, optionally prefixed
    with its kind, as for `pdmap export`.
    """
    from scanner.erase.plan import PlanError
    from scanner.export.package import ExportError

    config = obj.config()
    try:
        if apply_dir is not None:
            if identifiers or out:
                raise click.UsageError("--apply takes the plan's folder alone")
            _apply(config, index_url or config.index, apply_dir)
            return
        if expired and out is not None and not identifiers:
            from scanner.cli.retention import plan_expired_dir
            return plan_expired_dir(obj, out, index_url)
        if not identifiers or out is None:
            raise click.UsageError("give the person's identifiers and -o PLAN_DIR (or "
                                   "--apply PLAN_DIR)")
        _plan(obj, config, identifiers, out, merge, index_url or config.index)
    except (ExportError, PlanError) as e:
        click.echo(f"pdmap: {e}", err=True)
        raise click.exceptions.Exit(EXIT_ERROR) from None


def _plan(obj: Context, config: Config, identifiers: tuple[str, ...], out: Path, merge: bool,
          index_url: str) -> None:
    from scanner.erase.apply import make_plan, write_plan_dir
    from scanner.erase.plan import PlanContext
    from scanner.export.package import check_limits, resolve_subjects, split_identifier
    from scanner.export.reader import IndexReader
    from scanner.export.wiring import SourceFetch, sources_to_read
    from scanner.identifiers.key import key_label, load_key

    key_path = config.resolve(config.key_file)
    key = load_key(key_path)
    reader = IndexReader(index_url, key, config.default_region, key_label=key_label(key_path))
    sources = sources_to_read(config, reader.engine)
    fetch = SourceFetch(sources, key, reader.container_schema,
                        [split_identifier(i)[1] for i in identifiers], obj.config_path)
    try:
        subjects, _uses = resolve_subjects(reader, identifiers, merge)
        check_limits(reader, subjects, dict(config.subject_limits), False)
        ctx = PlanContext(subjects, config, reader, fetch, dt.datetime.now(dt.UTC),
                          minor=_was_minor(reader.engine, subjects))
        plan = make_plan(ctx, sources)
        write_plan_dir(ctx, plan, out, sources)
    finally:
        fetch.close()
        reader.close()
    echo_plan(plan, out, "erasure plan", "nothing to erase")
    unfinished = _unfinished(index_url)
    if unfinished:
        click.echo(f"pdmap: {unfinished}: the plan may miss some of the person's data",
                   err=True)
    if plan.not_planned or unfinished:
        raise click.exceptions.Exit(EXIT_PARTIAL)


def _unfinished(url: str) -> str | None:
    """What readers are told of a scan that did not finish (scanner.index.health)."""
    from scanner.index.health import health_warning, scan_health
    from scanner.index.store import open_engine

    engine = open_engine(url)
    try:
        return health_warning(scan_health(engine, url))
    finally:
        engine.dispose()


def _apply(config: Config, index_url: str, plan_dir: Path) -> None:
    from scanner.erase.apply import apply_plan

    cert = apply_plan(config, index_url, plan_dir)
    click.echo(f"applied: {len(cert.of('erased'))} erased, {len(cert.of('held'))} held, "
               f"{len(cert.of('failed'))} failed; certificate {cert.path}", err=True)
    if cert.not_suppressed:
        click.echo(f"pdmap: not added to the suppression list: {cert.not_suppressed}",
                   err=True)
    for why in cert.refused.values():
        click.echo(f"pdmap: refused: {why}", err=True)
    failed = {o["message"] for o in cert.of("failed")} - set(cert.refused.values())
    for message in sorted(failed):
        click.echo(f"pdmap: failed: {message}", err=True)
    if cert.exit_code:
        raise click.exceptions.Exit(cert.exit_code)


def _was_minor(engine: Any, subjects: Sequence[int]) -> bool:
    """Whether a scan found the person under the configured age at collection (an index
    from before minors were flagged has no such table: no one is known to be one)."""
    import sqlalchemy as sa

    from scanner.index.queries import minor_subjects
    from scanner.index.schema import subject_flags

    if not subjects or not sa.inspect(engine).has_table(subject_flags.name):
        return False
    with engine.connect() as conn:
        return bool(minor_subjects(conn, subjects))
