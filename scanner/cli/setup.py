"""`pdmap init`: a commented config and the installation key."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from scanner.cli.templates import CONFIG_TEMPLATE, EXAMPLE_SOURCES
from scanner.core.config import ConfigError, load_config, source_name_from_url
from scanner.identifiers.key import create_key

SCHEMA_FILE = ".pdmap/pdmap.schema.json"  # named by the template's yaml-language-server line


def init_project(config_path: Path, force: bool = False,
                 sources: Sequence[str] = ()) -> Iterator[str]:
    if config_path.exists() and not force:
        yield f"{config_path}: already exists (use --force to overwrite)"
    else:
        if sources:
            listed = "".join(f"  - name: {source_name_from_url(u)}\n    url: {u}\n"
                             for u in sources)
        else:
            listed = EXAMPLE_SOURCES
        config_path.parent.mkdir(parents=True, exist_ok=True)
        config_path.write_text(CONFIG_TEMPLATE.format(sources=listed), encoding="utf-8")
        yield f"wrote {config_path}"
    try:
        config = load_config(config_path)
    except ConfigError:
        raise
    schema = config_path.parent / SCHEMA_FILE
    if not schema.exists() or force:
        from scanner.core.config_schema import schema_text

        schema.parent.mkdir(parents=True, exist_ok=True)
        schema.write_text(schema_text(), encoding="utf-8")
        yield f"wrote {schema} (the JSON Schema editors complete pdmap.yaml with)"
    key = config.resolve(config.key_file)
    if create_key(key):
        yield f"wrote {key} (mode 0600): keep it secret and back it up; digests depend on it"
    else:
        yield f"{key}: key already present, kept"
