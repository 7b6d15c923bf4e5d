"""The write side of mail on disk, for an erasure plan (issue 19): mbox, Maildir and .eml.

Only `pdmap erase --apply` calls this, on a source opened through its write configuration.

- mbox: the file is rewritten without the messages, found by the offset of their "From "
  line and checked by their Message-ID's digest, to a temporary file in the same folder
  which then replaces the original (os.replace: atomic; the file's mode is kept), and only
  while the file is the one the plan saw: its size, mtime and SHA-256 (`FileState`) are
  compared before the rewrite and once more just before the replace. A changed mbox is
  skipped whole, never rewritten.
- Maildir: the message file (in new/ or cur/, whatever its flags) is deleted by its unique
  name; .eml: the file is deleted. Both only while the file's SHA-256 is the planned one.

Nothing here logs or returns a value of a message: outcomes are one line naming the place
(names the connector exposes masked).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from connectors.mail import EmlConnector, MaildirConnector, maildir_file
from connectors.mail_files import MailFiles
from connectors.mbox import CHUNK, MboxConnector, iter_mbox
from connectors.message import MAX_HEADER_BYTES
from connectors.message_headers import quick_message_id


class MailEraseError(Exception):
    """A write that was not done; one line naming the place, never a value."""


@dataclass(frozen=True, slots=True)
class FileState:
    """What a file was when the plan was made."""

    size: int
    mtime_ns: int
    sha256: str

    def as_json(self) -> dict[str, object]:
        return {"size": self.size, "mtime_ns": self.mtime_ns, "sha256": self.sha256}

    @classmethod
    def from_json(cls, raw: Mapping[str, object]) -> FileState:
        return cls(int(str(raw["size"])), int(str(raw["mtime_ns"])), str(raw["sha256"]))


@dataclass(frozen=True, slots=True)
class MailOutcome:
    """"erased", "gone" (nothing left to erase) or "skipped" (why, one line)."""

    status: str
    detail: str = ""


def file_state(path: Path) -> FileState:
    h = hashlib.sha256()
    with path.open("rb") as f:
        st = os.fstat(f.fileno())
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return FileState(st.st_size, st.st_mtime_ns, h.hexdigest())


def _unchanged(path: Path, expected: FileState | None, *, content_only: bool = False) -> bool:
    if expected is None:
        return True
    try:
        now = file_state(path)
    except FileNotFoundError:
        return False
    if content_only:
        return now.sha256 == expected.sha256
    return now == expected


class MailFilesEraser:
    """Erases messages of one on-disk mail source (mbox, Maildir or .eml)."""

    def __init__(self, connector: MailFiles) -> None:
        self.connector = connector

    # -- for planning ------------------------------------------------------------------------

    def path_of(self, container: str) -> Path:
        """The mbox file or the folder of a container (by its exposed name)."""
        path: Path = self.connector._folder(container)  # noqa: SLF001 - same package
        return path

    def mbox_messages(self, container: str) -> Iterator[tuple[int, str | None]]:
        """(offset, Message-ID or None) of each message of an mbox, its headers only."""
        path = self.path_of(container)
        with path.open("rb") as f:
            for offset, raw, _size in iter_mbox(f, 0, MAX_HEADER_BYTES):
                if offset >= 0 and raw is not None:
                    yield offset, quick_message_id(raw)

    def message_file(self, container: str, locator: Mapping[str, object]) -> Path | None:
        """The file of a Maildir message ({"name"}) or an .eml ({"path"}), None if gone."""
        conn = self.connector
        if isinstance(conn, MaildirConnector):
            return maildir_file(self.path_of(container), str(locator.get("name", "")))
        if isinstance(conn, EmlConnector):
            shown = str(locator.get("path", ""))
            conn._files(container)  # noqa: SLF001 - learns the masked names
            rel = conn._real_name(shown)  # noqa: SLF001
            base = (conn.root.parent if conn.root.is_file() else conn.root).resolve()
            path = (base / rel).resolve()
            if not rel or not path.is_relative_to(base) or not path.is_file():
                return None
            return path
        raise MailEraseError(f"source {conn.name}: messages are not single files")

    # -- writes ------------------------------------------------------------------------------

    def delete_file(self, container: str, locator: Mapping[str, object],
                    expected: FileState | None) -> MailOutcome:
        """A Maildir message or an .eml file deleted, if its content is the planned one (a
        Maildir file renamed for its flags is the same message)."""
        path = self.message_file(container, locator)
        if path is None:
            return MailOutcome("gone", f"{container}: message already gone")
        if not _unchanged(path, expected, content_only=True):
            return MailOutcome("skipped", f"{container}: message changed since the plan; "
                                          "not deleted")
        try:
            path.unlink()
        except FileNotFoundError:
            return MailOutcome("gone", f"{container}: message already gone")
        except OSError as e:
            return MailOutcome("skipped", f"{container}: cannot delete ({type(e).__name__})")
        return MailOutcome("erased")

    def rewrite_mbox(self, container: str, offsets: Collection[int],
                     expected: FileState | None,
                     check: Callable[[int, str | None], bool] | None = None) -> MailOutcome:
        """The mbox without the messages starting at `offsets`; `check(offset, message_id)`
        must accept each one (the plan's Message-ID digest), else nothing is written."""
        if not isinstance(self.connector, MboxConnector):
            raise MailEraseError(f"source {self.connector.name}: not an mbox")
        path = self.path_of(container)
        if not _unchanged(path, expected):
            return MailOutcome("skipped", f"{container}: the mbox changed since the plan; "
                                          "nothing written")
        wanted = set(offsets)
        st = path.stat()
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".pdmap-erase-")
        removed: set[int] = set()
        try:
            with path.open("rb") as src, os.fdopen(fd, "wb") as out:
                dropping = False
                at_line_start = True
                while True:
                    pos = src.tell()
                    line = src.readline(CHUNK)
                    if not line:
                        break
                    if at_line_start and line.startswith(b"From "):
                        dropping = pos in wanted
                        if dropping:
                            if check is not None and not check(pos, self._mid_at(path, pos)):
                                raise MailEraseError(
                                    f"{container}: the message at offset {pos} is not the "
                                    "planned one; nothing written")
                            removed.add(pos)
                    at_line_start = line.endswith(b"\n")
                    if not dropping:
                        out.write(line)
                out.flush()
                os.fsync(out.fileno())
            if removed != wanted:
                raise MailEraseError(f"{container}: {len(wanted - removed)} planned messages "
                                     "not found where the plan says; nothing written")
            os.chmod(tmp, st.st_mode & 0o7777)
            if not _unchanged(path, expected):
                raise MailEraseError(f"{container}: the mbox changed during the rewrite; "
                                     "nothing written")
            os.replace(tmp, path)
        except MailEraseError as e:
            Path(tmp).unlink(missing_ok=True)
            return MailOutcome("skipped", str(e))
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return MailOutcome("erased")

    @staticmethod
    def _mid_at(path: Path, offset: int) -> str | None:
        with path.open("rb") as f:
            for _off, raw, _size in iter_mbox(f, offset, MAX_HEADER_BYTES):
                return None if raw is None else quick_message_id(raw)
        return None
