"""Errors and exit codes: one table for every command, and errors told in one line.

Exit codes (README, "Exit codes"): 0 the answer is complete; 1 a negative answer (no such
person, undeclared personal fields); 2 nothing was done (a bad config, key or index, a
refusal, a source that cannot be reached); 3 an answer that may be incomplete or wrong (a
partial or unfinished scan, a subject that looks merged); 130 an interrupt (Ctrl-C).
"""

from __future__ import annotations

import re

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_PARTIAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


class SourceError(Exception):
    """A source that cannot be opened; the message is one line, credentials masked."""


def one_line(e: BaseException) -> str:
    """An error in one line, without the values a driver quotes in it (a row's text that
    failed to decode, a key that clashed): they are personal data more often than not."""
    orig = getattr(e, "orig", None) or e
    text = str(orig).strip().splitlines()
    if not text:
        return type(orig).__name__
    ours = type(orig).__module__.split(".")[0] in ("scanner", "connectors", "exporters")
    return f"{type(orig).__name__}: {text[0] if ours else withhold_values(text[0])}"[:300]


_WITH_TEXT = re.compile(r"(with text ).*$")  # SQLite: "Could not decode ... with text '…'"
_QUOTED = re.compile(r"'([^']*)'|\"([^\"]*)\"|\(([^()]*)\)=\(([^()]*)\)")
_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.$:-]{0,63}")
_VALUES = re.compile(r"[^\s@'\"]+@[^\s@'\"]+|\+?\d[\d .-]{5,}\d")


def withhold_values(text: str) -> str:
    """A driver's message with the quoted values it echoes withheld: quoted names of tables,
    columns and types stay; anything else quoted, `(column)=(value)` details, e-mail
    addresses and long numbers go."""
    def quoted(m: re.Match[str]) -> str:
        if m.group(3) is not None:  # PostgreSQL: Key (email)=(jane@example.com)
            return f"({m.group(3)})=(value withheld)"
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        return m.group(0) if _NAME.fullmatch(inner) else "'(value withheld)'"

    text = _WITH_TEXT.sub(r"\1(value withheld)", text)
    return _VALUES.sub("(value withheld)", _QUOTED.sub(quoted, text))
