"""What the on-disk mail connectors share (mbox in connectors/mbox.py, Maildir and .eml in
connectors/mail.py): a root from the URL, containers by exposed name, read and fetch.
"""

from __future__ import annotations

import fnmatch
import re
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


SNIFF_BYTES = 4096  # enough for the first header fields of any message
# A header field (RFC 5322 2.2: printable ASCII but ':' then ':'), or its folded continuation.
_FIELD = re.compile(rb"[!-9;-~]+[ \t]*:")
# Fields a message has and a "key: value" text file (YAML, an INI, a log) rarely starts with.
_MAIL_FIELDS = frozenset({
    b"from", b"to", b"cc", b"subject", b"date", b"message-id", b"received", b"return-path",
    b"delivered-to", b"mime-version", b"reply-to", b"sender", b"x-mailer", b"in-reply-to",
    b"references", b"content-type", b"dkim-signature", b"authentication-results"})


def looks_like_message(head: bytes) -> bool:
    """Whether the first bytes of a file are an RFC 5322 message's header: no NUL (a
    binary), a header field on the first line, every line up to the blank one (or the end of
    `head`) a field or a folded continuation, the blank line that ends a header (a
    "key: value" file has none), and two fields a message has (From, Date, Received ...).
    A first line "From sender date" (an mbox's envelope, which some tools leave in the
    files they save) is passed over."""
    if not head or b"\0" in head:
        return False
    lines = head.split(b"\n")
    if lines[0].startswith(b"From ") and len(lines) > 1:
        lines = lines[1:]
    if len(lines) > 1 and len(head) >= SNIFF_BYTES:
        lines = lines[:-1]  # the last one may be cut
    known, ended = 0, len(head) >= SNIFF_BYTES  # a header longer than `head` goes on
    for n, line in enumerate(lines):
        line = line.rstrip(b"\r")
        if not line:
            ended = n < len(lines) - 1  # not the end of the file's last line
            break
        if line[:1] in (b" ", b"\t"):
            if n == 0:
                return False
            continue
        m = _FIELD.match(line)
        if m is None:
            return False
        known += line[:m.end()].rstrip(b": \t").lower() in _MAIL_FIELDS
    return known >= 2 and ended


def sniff_message(path: Path) -> bool:
    """looks_like_message on the file's first bytes; a file that cannot be read is not one
    (the caller goes on without it)."""
    try:
        with path.open("rb") as f:
            return looks_like_message(f.read(SNIFF_BYTES))
    except OSError:
        return False


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

