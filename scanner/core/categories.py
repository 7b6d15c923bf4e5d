"""The taxonomy in rules/categories.yaml, loaded once into frozen dataclasses.

Everything that names a category (lexicon, verdicts, data map, exporters) uses the
dotted ids defined there; `get_category` is the one place that resolves them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from scanner.core.yamlfile import load_yaml


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    name: str
    description: str
    fideslang: str
    dpv: str
    sensitive: bool = False
    identifier: str | None = None  # Identifier kind when values identify a person

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]


def _category(raw: dict[str, Any]) -> Category:
    return Category(
        id=str(raw["id"]),
        name=str(raw["name"]),
        description=str(raw.get("description", "")).strip(),
        fideslang=str(raw["fideslang"]),
        dpv=str(raw["dpv"]),
        sensitive=bool(raw.get("sensitive", False)),
        identifier=raw.get("identifier"),
    )


@lru_cache(maxsize=1)
def load_categories() -> dict[str, Category]:
    """All categories by id, in file order."""
    text = resources.files("rules").joinpath("categories.yaml").read_text(encoding="utf-8")
    data = load_yaml(text)
    cats = [_category(c) for c in data["categories"]]
    by_id = {c.id: c for c in cats}
    if len(by_id) != len(cats):
        raise ValueError("rules/categories.yaml: duplicate category id")
    return by_id


def get_category(category_id: str) -> Category:
    """The category with this id; KeyError names the unknown id."""
    try:
        return load_categories()[category_id]
    except KeyError:
        raise KeyError(f"unknown category {category_id!r} (see rules/categories.yaml)") from None


def is_category(category_id: str) -> bool:
    return category_id in load_categories()
