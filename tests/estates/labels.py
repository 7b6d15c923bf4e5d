"""Hand labels of fields (`table.column: <category>` or null), read for the quality
benchmarks (bench_check_quality.py, bench_scan_quality.py) and their tests."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


class LabelError(Exception):
    """A label file that cannot be trusted: the benchmark stops loudly."""


def categories() -> set[str]:
    """The category ids of rules/categories.yaml."""
    raw = yaml.safe_load((ROOT / "rules" / "categories.yaml").read_text(encoding="utf-8"))
    return {c["id"] for c in raw["categories"]}


def load_labels(path: Path, known: set[str], *, one_dot: bool = False
                ) -> dict[str, str | None]:
    """`table.column` -> category (None: not personal). one_dot: a table name holds no dot
    (a sample database's tables), else `schema.table.column` is allowed."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or not raw:
        raise LabelError(f"{path.name}: expected a mapping of table.column to category or null")
    labels: dict[str, str | None] = {}
    for key, value in raw.items():
        if not isinstance(key, str) or (key.count(".") != 1 if one_dot else "." not in key):
            raise LabelError(f"{path.name}: {key!r} is not table.column")
        if value is not None and value not in known:
            raise LabelError(f"{path.name}: {key}: {value!r} is not a category of "
                             "rules/categories.yaml")
        labels[key] = value
    return labels
