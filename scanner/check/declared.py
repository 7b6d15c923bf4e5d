"""Which data-map entry declares a scanned field: `pdmap check`'s matching (gate.py), with
the source and the field's category taken into account, for `pdmap report`."""

from __future__ import annotations

from collections.abc import Sequence

from scanner.check.gate import _glob, categories_agree, match_entry, todo_keys
from scanner.core.config import DataMapEntry


def declaration(datamap: Sequence[DataMapEntry], source: str, container: str, field: str,
                category: str | None) -> DataMapEntry | None:
    """The first entry of the data map (its order decides, as in `pdmap check`) that names
    the field in this source and agrees with its category (`contact` declares
    `contact.email`; an entry without a category, or a `personal: false` suppression,
    agrees with any); a field found not personal (category None) is declared only by
    such entries. An entry still left TODO declares nothing. None: not declared."""
    agreeing = [e for e in datamap if _glob(e.source, source) and (
        (not e.personal or e.category is None) if category is None
        else categories_agree(e.category, category))]
    entry = match_entry(agreeing, container, field)
    if entry is None or todo_keys(entry):
        return None
    return entry
