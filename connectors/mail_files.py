"""What the on-disk mail connectors share (mbox in connectors/mbox.py, Maildir and .eml in
connectors/mail.py): a root from the URL, containers by exposed name, read and fetch.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from connectors.message import FIELD_NAMES, FIELDS, MailConnectorBase
from scanner.core.config import SourceConfig
from scanner.core.types import ContainerSchema, Locator, Record, ScanReport


def path_of(url: str) -> Path:
    parts = urlsplit(url)
    path = unquote(parts.netloc + parts.path) if parts.netloc not in ("", "localhost") \
        else unquote(parts.path)
    return Path(path)


def matches(name: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    ok = any(fnmatch.fnmatchcase(name, g) for g in include) if include else True
    return ok and not any(fnmatch.fnmatchcase(name, g) for g in exclude)


def spread(items: Sequence[Any], limit: int) -> list[Any]:
    """At most `limit` items evenly spread over the sequence (first and last included)."""
    if len(items) <= limit:
        return list(items)
    if limit <= 1:
        return list(items[:limit])
    step = (len(items) - 1) / (limit - 1)
    return [items[round(i * step)] for i in range(limit)]


class MailFiles(MailConnectorBase):
    """What the three on-disk layouts share: a root, containers, caps, failures."""

    schemes: tuple[str, ...] = ()

    def __init__(self, source: SourceConfig) -> None:
        self._init_mail(source)
        self.source = source
        self.root = path_of(source.url)
        if not self.root.exists():
            raise FileNotFoundError(f"{self.root}: no such file or directory")
        self._folders: dict[str, Path] = {}

    # subclasses: the containers and the raw messages of one
    def _find_folders(self) -> dict[str, Path]:
        raise NotImplementedError

    def _messages(self, container: str, since: Mapping[str, Any] | None
                  ) -> Iterator[tuple[Locator, bytes | None, int]]:
        """(locator, bytes, size): the bytes are the message's first MAX_HEADER_BYTES only
        when its size is over max_message_bytes; None when it cannot be read."""
        raise NotImplementedError

    def _raw(self, locator: Locator) -> bytes | None:
        """The whole message, for fetch."""
        raise NotImplementedError

    def _list(self) -> dict[str, Path]:
        """The containers by their exposed names (see MailConnectorBase.use_key)."""
        return {self._expose(name): path for name, path in self._find_folders().items()}

    def _folder(self, container: str) -> Path:
        path: Path = self._folder_of(container, self._list, "mailbox")
        return path

    def discover(self, report: ScanReport) -> Iterator[ContainerSchema]:
        self._folders = self._list()
        self.drain_into(report)
        for name in sorted(self._folders):
            if matches(self._real_name(name), self.source.include, self.source.exclude):
                yield ContainerSchema(self.name, name, FIELDS, row_estimate=self._estimate(name))

    def _estimate(self, container: str) -> int | None:
        return None

    def read(self, container: ContainerSchema, fields: Sequence[str],
             since: Mapping[str, Any] | None = None) -> Iterator[Record]:
        """Every message of the folder; with `since` (a state() from an earlier scan), only
        the messages added after it when the connector can tell."""
        for locator, raw, size in self._messages(container.name, since):
            if raw is not None:
                rec = self._record(locator, raw, fields, size=size)
                if rec is not None:
                    yield rec

    def fetch(self, locator: Locator) -> Record | None:
        """All fields plus values["raw"], the message's original bytes (for exports)."""
        raw = self._raw(locator)
        return None if raw is None else self._record(locator, raw, FIELD_NAMES, keep_raw=True)

    def close(self) -> None:
        self._folders = {}

