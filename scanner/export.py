"""Library function behind `pdmap export`: identifiers -> one subject -> a package.

Exit-code semantics for the CLI: `export_package` raises `ExportError` (one line for
people; the CLI's usual exit code 2) when nothing was written; otherwise it returns an
`ExportOutcome` whose `exit_code` is 0 for a complete package and `EXIT_PARTIAL` (3) when a
source could not be reached and `allow_partial` was not given. The partial package is
written either way, with `complete: false` and the missing sources in its manifest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from exporters.package_writer import PackageExistsError
from exporters.portability import (
    FetchFn,
    IdentifierUse,
    PackageResult,
    PortabilityPackageExporter,
    PortabilityReader,
)
from scanner.config import Config

EXIT_OK, EXIT_ERROR, EXIT_PARTIAL = 0, 2, 3
# "kind:value" on the command line names the kind; anything else is looked up by value.
IDENTIFIER_KINDS = ("email", "phone", "iban", "account", "customer", "card", "name")


class ExportError(Exception):
    """Nothing was written; the message is for people and holds no identifier value."""


@dataclass(frozen=True, slots=True)
class ExportOutcome:
    package: PackageResult
    subjects: tuple[int, ...]
    identifiers: tuple[IdentifierUse, ...]
    allow_partial: bool

    @property
    def exit_code(self) -> int:
        return EXIT_OK if self.package.complete or self.allow_partial else EXIT_PARTIAL

    @property
    def not_found(self) -> int:
        return sum(1 for i in self.identifiers if not i.found)


def split_identifier(text: str, kinds: Sequence[str] = IDENTIFIER_KINDS) -> tuple[str | None, str]:
    """`email:jane@example.com` -> ("email", "jane@example.com"); a bare value -> (None, it)."""
    kind, sep, value = text.partition(":")
    if sep and kind.lower() in kinds and value:
        return kind.lower(), value
    return None, text


def resolve_subjects(reader: PortabilityReader, identifiers: Sequence[str],
                     merge: bool) -> tuple[tuple[int, ...], tuple[IdentifierUse, ...]]:
    """The subjects the identifiers belong to; refuses several unless merge is asked for."""
    if not identifiers:
        raise ExportError("no identifier given: name the person by e-mail, phone, account...")
    subjects: dict[int, None] = {}
    uses = []
    # NOTE: a reader may offer resolve_all (the real index does): a bare value that parses
    # as two kinds held by two people then falls under the --merge rule instead of
    # resolving to nobody.
    resolve_all = getattr(reader, "resolve_all", None)
    for n, text in enumerate(identifiers, 1):
        kind, value = split_identifier(text)
        try:
            if resolve_all is not None:
                found = list(resolve_all(value, kind))
            else:
                one = reader.resolve(value, kind)
                found = [] if one is None else [one]
        except ExportError as e:
            raise ExportError(f"identifier {n} of {len(identifiers)}: {e}") from None
        uses.append(IdentifierUse(kind, value, bool(found)))
        subjects.update(dict.fromkeys(found))
    if not subjects:
        raise ExportError(f"none of the {len(identifiers)} identifier(s) matches a subject in "
                          "the index (check the spelling, or scan the sources first)")
    if len(subjects) > 1 and not merge:
        raise ExportError(f"the identifiers belong to {len(subjects)} different subjects; "
                          "check that they are the same person, then pass --merge")
    return tuple(subjects), tuple(uses)


def export_package(config: Config, reader: PortabilityReader, fetch: FetchFn,
                   identifiers: Sequence[str], out: str | Path, fmt: str = "zip",
                   merge: bool = False, allow_partial: bool = False, overwrite: bool = False,
                   clock: Callable[[], dt.datetime] | None = None) -> ExportOutcome:
    """Resolve `identifiers` through `reader`, then write the subject's package to `out`."""
    subjects, uses = resolve_subjects(reader, identifiers, merge)
    kwargs: dict[str, Any] = {"clock": clock} if clock else {}
    exporter = PortabilityPackageExporter(config.controller, config.datamap, uses, fmt,
                                          overwrite, **kwargs)
    try:
        package = exporter.write_package(subjects, reader, fetch, Path(out))
    except PackageExistsError as e:
        raise ExportError(str(e)) from None
    return ExportOutcome(package, subjects, uses, allow_partial)
