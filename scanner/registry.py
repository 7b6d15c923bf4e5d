"""Finds the connector for a source URL through the `pdmap.connectors` entry points.

Built-in connectors are declared in pyproject.toml exactly like third-party ones. A
connector that fails to load is skipped with a warning, never fatal to other sources.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from importlib.metadata import entry_points
from typing import Any

from scanner.config import SourceConfig, mask_url

log = logging.getLogger(__name__)

# Fallback when the distribution's metadata is absent (running from a source tree).
BUILTIN = {
    "sql": "connectors.sql:SqlConnector",
    "files": "connectors.files:FilesConnector",
    "s3": "connectors.s3:S3Connector",
    "mbox": "connectors.mail:MboxConnector",
    "maildir": "connectors.mail:MaildirConnector",
    "eml": "connectors.mail:EmlConnector",
    "imap": "connectors.imap:ImapConnector",
}


class SourceError(Exception):
    """A source that cannot be opened; the message is one line, credentials masked."""


@cache
def connector_classes() -> dict[str, Any]:
    found: dict[str, Any] = {}
    eps = {ep.name: ep for ep in entry_points(group="pdmap.connectors")}
    for name, target in BUILTIN.items():
        if name not in eps:
            module, _, attr = target.partition(":")
            try:
                found[name] = getattr(__import__(module, fromlist=[attr]), attr)
            except ImportError as e:
                log.warning("connector %s could not be loaded: %s", name, e)
    for name, ep in eps.items():
        try:
            found[name] = ep.load()
        except Exception as e:  # noqa: BLE001 - a broken plug-in must not stop the scan
            log.warning("connector %s could not be loaded: %s", name, e)
    return found


def scheme_of(url: str) -> str:
    if "://" not in url:
        return "file"
    return url.split("://", 1)[0].split("+", 1)[0].lower()


def open_connector(source: SourceConfig) -> Any:
    scheme = scheme_of(source.url)
    for cls in connector_classes().values():
        if scheme in getattr(cls, "schemes", ()):
            try:
                return cls(source)
            except Exception as e:  # noqa: BLE001 - reported as one line by the caller
                raise SourceError(f"{source.name} ({mask_url(source.url)}): {one_line(e)}") from e
    raise SourceError(f"{source.name} ({mask_url(source.url)}): no connector for '{scheme}://'")


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
