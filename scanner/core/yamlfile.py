"""YAML as pdmap reads it: the safe loader, libyaml's when installed (the rules files are
read on every command, and libyaml's loader is about ten times faster)."""

from __future__ import annotations

from typing import Any

import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=LOADER)  # noqa: S506 - a safe loader
