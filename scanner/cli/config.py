"""`pdmap config`: the JSON Schema of pdmap.yaml (for editors), and a check of the file."""

from __future__ import annotations

from pathlib import Path

import click

from scanner.cli.common import Context, friendly_errors


@click.group("config")
def config() -> None:
    """pdmap.yaml: its JSON Schema, and a check of the file."""


@config.command()
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the schema to this file (its folder is made) instead of stdout.")
@friendly_errors
def schema(output: Path | None) -> None:
    """Print the JSON Schema of pdmap.yaml (draft 2020-12), for editors to complete and
    check the file: docs/config.md says how."""
    from scanner.core.config_schema import schema_text

    if output is None:
        click.echo(schema_text(), nl=False)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(schema_text(), encoding="utf-8")
    click.echo(f"wrote {output}")


@config.command()
@click.pass_obj
@friendly_errors
def validate(obj: Context) -> None:
    """Read and check pdmap.yaml (or -c PATH): exit 0 when it is valid, else 2 with one line
    naming the file, the line and the key."""
    cfg = obj.config(required=True)
    click.echo(f"{obj.config_path}: valid ({len(cfg.sources)} sources, "
               f"{len(cfg.datamap)} data-map entries)")
