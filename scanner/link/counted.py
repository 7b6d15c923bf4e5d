"""What the source counts for the SQL link pass (SharedValueCounts): how many rows point
at each row, for the plan's lookup test, and the values too many rows hold to identify
anyone."""

from __future__ import annotations

from typing import Any

from scanner.core.protocols import SharedValueCounts
from scanner.core.types import ContainerSchema, ScanReport
from scanner.identifiers.hashing import Hasher
from scanner.identifiers.normalise import normalizer
from scanner.link.plan import LinkOptions, Plan


def fan_in_of(counts: SharedValueCounts | None) -> Any:
    """How many rows point at each row of a container, counted by the source, for the
    plan's lookup test; None for a connector that cannot count."""
    if counts is None:
        return None

    def fan_in(c: ContainerSchema, columns: tuple[str, ...]) -> tuple[int, int, int] | None:
        if len(columns) != 1:
            return None
        return counts.fan_in(c, columns[0])

    return fan_in


def shared_digests(counts: SharedValueCounts | None, plan: Plan, hasher: Hasher,
                    options: LinkOptions, report: ScanReport) -> set[bytes]:
    """Digests of strong values held by more than max_shared rows: counted by the source."""
    out: set[bytes] = set()
    if counts is None:
        return out
    c = plan.container
    for f, kind in plan.identifiers:
        if c.primary_key == (f,):
            continue  # a key is unique
        norm = normalizer(kind, options.region)
        for raw in counts.frequent(c, f, options.max_shared, fold=kind == "email"):
            n = norm(raw)
            if n is not None:
                out.add(hasher.digest(kind, n))
    if out:
        report.count("identifiers_shared", len(out))
    return out
