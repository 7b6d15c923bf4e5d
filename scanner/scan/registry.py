"""Finds the connector for a source URL through the `pdmap.connectors` entry points.

Built-in connectors are declared in pyproject.toml exactly like third-party ones. A
connector that fails to load is skipped with a warning, never fatal to other sources.
"""

from __future__ import annotations

import logging
from functools import cache
from importlib.metadata import entry_points
from typing import Any

from scanner.core.config import SourceConfig, mask_url, scheme_of
from scanner.core.errors import SourceError, one_line
from scanner.core.protocols import Opened

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


def open_connector(source: SourceConfig) -> Opened:
    """The source's connector, with its capabilities checked once (Opened.of)."""
    scheme = scheme_of(source.url)
    for cls in connector_classes().values():
        if scheme in getattr(cls, "schemes", ()):
            try:
                connector = cls(source)
            except Exception as e:  # noqa: BLE001 - reported as one line by the caller
                raise SourceError(f"{source.name} ({mask_url(source.url)}): {one_line(e)}") from e
            return Opened.of(connector)
    raise SourceError(f"{source.name} ({mask_url(source.url)}): no connector for '{scheme}://'")
