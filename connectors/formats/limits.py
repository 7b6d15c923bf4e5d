"""Caps that keep one object from eating the scan: bytes, records, text, archives.

One frozen `Limits` is shared by every reader. A cap that is hit is never silent:
the reader reports it through `on_problem` and stops (or truncates) that object only.
Sources set any of these through their `options` (same names), e.g.
`options: {max_object_bytes: 1073741824, max_archive_depth: 1}`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

MiB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    max_object_bytes: int = 1024 * MiB  # bytes read from one object; the rest is skipped
    max_document_bytes: int = 64 * MiB  # formats parsed whole: JSON document, PDF, DOCX, .eml
    max_records: int = 1_000_000  # sub-records per object
    max_field_chars: int = 10_000  # one value is cut there
    max_line_chars: int = 1_000_000  # a longer line is split (line-streamed formats)
    text_chunk_chars: int = 4_000  # plain text / PDF / DOCX are cut in chunks about this long
    max_json_depth: int = 16  # deeper JSON is kept as one serialized value
    max_archive_depth: int = 2  # gzip/zip nesting followed
    max_archive_members: int = 1_000  # members read from one top-level object
    max_expanded_bytes: int = 256 * MiB  # bytes decompressed from one top-level object
    max_expansion_ratio: int = 200  # decompressed / compressed bytes, past the first MiB
    max_extract_chars: int = 1_000_000  # text returned by extract_text
    max_problems: int = 20  # problems reported per object before the rest are summarized

    @classmethod
    def from_options(cls, options: Mapping[str, Any] | None, base: Limits | None = None) -> Limits:
        """Limits from a source's options; unknown keys are left to other readers of options."""
        base = base or cls()
        changes: dict[str, int] = {}
        for f in fields(cls):
            if options is None or f.name not in options:
                continue
            raw = options[f.name]
            try:
                value = int(raw)
            except (TypeError, ValueError):
                raise ValueError(f"options.{f.name}: expected a whole number") from None
            if value < 0:
                raise ValueError(f"options.{f.name}: expected a number >= 0")
            changes[f.name] = value
        return replace(base, **changes)


DEFAULT_LIMITS = Limits()
