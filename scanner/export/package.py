"""Library function behind `pdmap export`: identifiers -> one subject -> a package.

Exit-code semantics for the CLI: `export_package` raises `ExportError` (one line for
people; the CLI's usual exit code 2) when nothing was written (among others: a subject over
the identifier limits without `accept_merged_subject`, a record holding another person's
identifier, see exporters.identifier_guard.IdentifierGuard); otherwise it returns an
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

from exporters.fetch_run import FetchFn
from exporters.identifier_guard import ForeignIdentifierError
from exporters.occurrences import PortabilityReader
from exporters.package_writer import PackageExistsError
from exporters.portability import (
    IdentifierUse,
    OverLimit,
    PackageResult,
    PortabilityPackageExporter,
)
from scanner.core.config import Config
from scanner.core.errors import EXIT_OK, EXIT_PARTIAL

# "kind:value" on the command line names the kind; anything else is looked up by value.
IDENTIFIER_KINDS = ("email", "phone", "iban", "account", "customer", "card", "name")
# How the over-limit message names a kind's identifiers, in the order it lists them.
KIND_PLURALS = {"email": "e-mails", "phone": "phones", "iban": "IBANs", "card": "cards",
                "national_id": "national ids", "passport": "passports"}


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
    # a reader may offer resolve_all (the real index does): a bare value that parses
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


def _kind_order(kind: str) -> tuple[int, str]:
    order = list(KIND_PLURALS)
    return (order.index(kind) if kind in order else len(order), kind)


def over_limit_message(subject: int, kinds: dict[str, int], limits: dict[str, int]) -> str:
    """`subject 12 holds 23 e-mails and 27 phones, more than one person plausibly has
    (limits 5, 5): ...`: kinds and counts, never a value."""
    ordered = sorted(kinds, key=_kind_order)
    held = [f"{kinds[k]} {KIND_PLURALS.get(k, k + ' identifiers')}" for k in ordered]
    text = held[0] if len(held) == 1 else ", ".join(held[:-1]) + " and " + held[-1]
    caps = ", ".join(str(limits[k]) for k in ordered)
    return (f"subject {subject} holds {text}, more than one person plausibly has "
            f"(limit{'s' if len(ordered) > 1 else ''} {caps})")


def check_limits(reader: PortabilityReader, subjects: Sequence[int], limits: dict[str, int],
                 accept: bool) -> tuple[OverLimit, ...]:
    """The kinds over the limits of the subjects to export: refused (ExportError) unless
    `accept`, then returned for the manifest."""
    flagged = reader.over_limit(subjects, limits) if limits else {}
    if not flagged:
        return ()
    if not accept:
        why = "; ".join(over_limit_message(s, flagged[s], limits)
                        for s in subjects if s in flagged)
        raise ExportError(f"{why}: check it with 'pdmap subjects find --explain', then pass "
                          "--accept-merged-subject")
    return tuple(OverLimit(k, n, limits[k]) for s in subjects if s in flagged
                 for k, n in sorted(flagged[s].items(), key=lambda kv: _kind_order(kv[0])))


def export_package(config: Config, reader: PortabilityReader, fetch: FetchFn,
                   identifiers: Sequence[str], out: str | Path, fmt: str = "zip",
                   merge: bool = False, allow_partial: bool = False, overwrite: bool = False,
                   clock: Callable[[], dt.datetime] | None = None,
                   accept_merged_subject: bool = False, lang: str | None = None
                   ) -> ExportOutcome:
    """Resolve `identifiers` through `reader`, then write the subject's package to `out`;
    its index.html in `lang`, else the controller's `language`, else English."""
    subjects, uses = resolve_subjects(reader, identifiers, merge)
    limits = dict(config.subject_limits)
    accepted = check_limits(reader, subjects, limits, accept_merged_subject)
    kwargs: dict[str, Any] = {"clock": clock} if clock else {}
    exporter = PortabilityPackageExporter(config.controller, config.datamap, uses, fmt=fmt,
                                          overwrite=overwrite, region=config.default_region,
                                          limits=limits, accepted_over_limit=accepted,
                                          lang=lang, **kwargs)
    try:
        package = exporter.write_package(subjects, reader, fetch, Path(out))
    except (PackageExistsError, ForeignIdentifierError) as e:
        raise ExportError(str(e)) from None
    return ExportOutcome(package, subjects, uses, allow_partial)
