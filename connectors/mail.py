"""Mail on disk: mbox files, Maildir trees and folders of .eml files.

    mbox:///var/mail/alice          one mbox file, or a directory of mbox files
    maildir:///home/alice/Maildir   a Maildir tree: INBOX, Maildir++ (.Sent.2024) and
                                    nested (Sent/2024) folders
    eml:///srv/exports              every directory holding message files: *.eml, and
                                    any other file whose first bytes are a message's
                                    header (maildir-style names such as `msg-1:2,`)

A container is one mailbox: an mbox file, a Maildir folder, a directory of .eml files;
each message is one record (fields in connectors/message.py). Maildir and .eml live
here, mbox in connectors/mbox.py, what the three share in connectors/mail_files.py.
Locators:

    mbox     (("message_id", "<id@host>"),) or (("offset", 1234),) when the message has
             no Message-ID or repeats one seen earlier in the file
    maildir  (("name", "1700000000.M1P2.host"),)   the unique name, before ":2,"
    eml      (("path", "2024/msg-1.eml"),)           relative to the root

Names holding a personal value (a folder "Clients/Jean Dupont", an mbox "jean@example.com",
an .eml path) are exposed masked with a keyed tag once the scan gives the key (`use_key`,
connectors/message.py): `Clients/J*** D*** ~1a2b3c4d`, in containers, locators and
failures alike; the connector maps them back.

Incremental scans (see `state` and the `since` argument of `read`): an mbox is resumed at
the byte offset where the last scan ended when the file has only grown; Maildir and .eml
folders skip files not modified since the last scan.

A message over max_message_bytes is read by its first MAX_HEADER_BYTES only and linked by
its headers (connectors/message.py says so in a failure); `fetch` (an export) reads it
whole.

Options: the caps of MailLimits (max_message_bytes, max_attachment_bytes, max_body_chars,
max_attachment_chars, max_attachments), `patterns` for eml (default ["*.eml"]).
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from connectors.mail_files import MailFiles, sniff_message, spread
from connectors.mbox import MboxConnector
from connectors.message import FIELD_NAMES, MAX_HEADER_BYTES, place_of
from scanner.core.config import SourceConfig
from scanner.core.options import EmlFiles
from scanner.core.protocols import FolderState
from scanner.core.types import ContainerSchema, Locator, Record

__all__ = ["EmlConnector", "MaildirConnector", "MboxConnector"]  # the entry points

_TAG = re.compile(r" ~[0-9a-f]{8}$")  # ends an exposed name (MailConnectorBase.use_key)


# -- files of messages (Maildir and .eml share the file-per-message shape) ---------------------


class _FilePerMessage(MailFiles, FolderState):
    def _files(self, container: str) -> list[tuple[str, Path]]:
        raise NotImplementedError

    def _locator(self, container: str, key: str) -> Locator:
        raise NotImplementedError

    def _estimate(self, container: str) -> int | None:
        return len(self._files(container))

    def sample(self, container: ContainerSchema, limit: int) -> list[Record]:
        out = []
        for key, path in spread(self._files(container.name), limit):
            got = self._read_file(self._locator(container.name, key), path)
            if got is None:
                continue
            rec = self._record(self._locator(container.name, key), got[0], FIELD_NAMES,
                               size=got[1])
            if rec:
                out.append(rec)
        return out

    def _messages(self, container: str, since: Mapping[str, Any] | None
                  ) -> Iterator[tuple[Locator, bytes | None, int]]:
        after = int(since.get("max_mtime_ns", -1)) if since else -1
        for key, path in self._files(container):
            try:
                if after >= 0 and path.stat().st_mtime_ns <= after:
                    continue
            except OSError:
                continue  # moved (flags changed) or deleted since the listing
            locator = self._locator(container, key)
            got = self._read_file(locator, path)
            yield (locator, None, 0) if got is None else (locator, *got)

    def _read_file(self, locator: Locator, path: Path, *, whole: bool = False
                   ) -> tuple[bytes, int] | None:
        """(bytes, size): a message over max_message_bytes by its first MAX_HEADER_BYTES
        unless `whole`."""
        try:
            with path.open("rb") as f:
                size = os.fstat(f.fileno()).st_size
                if size > self.limits.max_message_bytes and not whole:
                    return f.read(MAX_HEADER_BYTES), size
                return f.read(), size
        except OSError as e:
            self._fail(place_of(locator),
                       f"cannot read: {type(e).__name__} {e.strerror or ''}".strip())
            return None

    def state(self, container: ContainerSchema) -> dict[str, Any]:
        """{messages, max_mtime_ns}: pass it back as read(since=...) to skip older files.

        A message restored with an old modification time is missed by an incremental
        scan; a full scan (since=None) finds it."""
        newest, count = -1, 0
        for _key, path in self._files(container.name):
            try:
                newest = max(newest, path.stat().st_mtime_ns)
                count += 1
            except OSError:
                pass
        return {"messages": count, "max_mtime_ns": newest}


class MaildirConnector(_FilePerMessage):
    """A Maildir tree; messages are read from new/ and cur/ (tmp/ is mid-delivery)."""

    schemes = ("maildir",)

    def _find_folders(self) -> dict[str, Path]:
        found: dict[str, Path] = {}
        for dirpath, dirnames, _files in os.walk(self.root):
            here = Path(dirpath)
            if {"cur", "new"} & set(dirnames):
                rel = here.relative_to(self.root).as_posix()
                if rel == ".":
                    name = "INBOX"
                elif "/" not in rel and rel.startswith("."):
                    name = rel[1:].replace(".", "/")  # Maildir++: .Archive.2024
                else:
                    name = rel
                found[name] = here
            dirnames[:] = sorted(d for d in dirnames if d not in ("cur", "new", "tmp"))
        return found

    def _files(self, container: str) -> list[tuple[str, Path]]:
        folder = self._folder(container)
        out = []
        for sub in ("new", "cur"):
            try:
                entries = os.scandir(folder / sub)
            except OSError:
                continue
            with entries:
                for e in entries:
                    if not e.name.startswith(".") and e.is_file():
                        out.append((e.name.split(":", 1)[0], Path(e.path)))
        out.sort()
        return out

    def _locator(self, container: str, key: str) -> Locator:
        return Locator(self.name, container, (("name", key),))

    def _raw(self, locator: Locator) -> bytes | None:
        path = maildir_file(self._folder(locator.container),
                            str(locator.item_dict().get("name", "")))
        if path is None:
            return None
        got = self._read_file(locator, path, whole=True)
        return None if got is None else got[0]


class EmlConnector(_FilePerMessage):
    """Directories of .eml files (one message per file); each directory is a container."""

    schemes = ("eml",)

    def __init__(self, source: SourceConfig) -> None:
        super().__init__(source)
        self.patterns = source.options_as(EmlFiles).patterns
        # Without `patterns` of its own, a folder's messages are found by their content
        # too: files named otherwise (maildir-style `msg-1:2,`, `.txt`) whose first bytes
        # are a message's header. Binaries and other files are left out, not failures.
        self.sniff = "patterns" not in source.options
        self._sniffed: dict[Path, tuple[int, int, bool]] = {}

    def _wanted(self, filename: str, folder: Path | None = None) -> bool:
        if filename.startswith("."):
            return False
        if any(fnmatch.fnmatch(filename.lower(), p.lower()) for p in self.patterns):
            return True
        return self.sniff and folder is not None and self._is_message(folder / filename)

    def _is_message(self, path: Path) -> bool:
        """sniff_message, once per file version (a folder is listed several times)."""
        try:
            st = path.stat()
        except OSError:
            return False
        seen = self._sniffed.get(path)
        if seen is not None and seen[:2] == (st.st_mtime_ns, st.st_size):
            return seen[2]
        ok = path.is_file() and sniff_message(path)
        self._sniffed[path] = (st.st_mtime_ns, st.st_size, ok)
        return ok

    def _find_folders(self) -> dict[str, Path]:
        if self.root.is_file():
            return {self.root.name: self.root.parent}
        found = {}
        for dirpath, dirnames, files in os.walk(self.root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            if any(self._wanted(f, Path(dirpath)) for f in files):
                found[Path(dirpath).relative_to(self.root).as_posix()] = Path(dirpath)
        return found

    def _files(self, container: str) -> list[tuple[str, Path]]:
        folder = self._folder(container)
        base = self.root.parent if self.root.is_file() else self.root
        try:
            names = sorted(os.listdir(folder))
        except OSError as e:
            self._fail(container, f"cannot list: {type(e).__name__}", "mail.folders_failed")
            return []
        out = []
        for n in names:
            if (folder / n).is_file() and self._wanted(n, folder):
                if self.root.is_file() and folder / n != self.root:
                    continue
                rel = (folder / n).relative_to(base).as_posix()
                out.append((self._expose(rel), folder / n))
        return out

    def _locator(self, container: str, key: str) -> Locator:
        return Locator(self.name, container, (("path", key),))

    def _raw(self, locator: Locator) -> bytes | None:
        rel = str(locator.item_dict().get("path", ""))
        if rel not in self._real and self._hasher is not None and _TAG.search(rel):
            self._files(locator.container)  # a new connector (an export): learn the names
        rel = self._real_name(rel)
        base = (self.root.parent if self.root.is_file() else self.root).resolve()
        path = (base / rel).resolve()
        if not rel or not path.is_relative_to(base) or not path.is_file():
            return None
        got = self._read_file(locator, path, whole=True)
        return None if got is None else got[0]


def maildir_file(folder: Path, unique: str) -> Path | None:
    """The file of a Maildir message by its unique name (its flags after ':' may have
    changed since), in cur/ or new/; None when it is gone or the name is not one."""
    if not unique or "/" in unique:
        return None
    for sub in ("cur", "new"):
        try:
            names = os.listdir(folder / sub)
        except OSError:
            continue
        for n in names:
            if n == unique or n.startswith(unique + ":"):
                return folder / sub / n
    return None
