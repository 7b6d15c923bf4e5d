"""A local folder as a source (`file:///abs/path` or a plain path).

Objects are the files under the root that the include/exclude globs select (matched on
the POSIX path relative to the root, which is the object's key). Symlinks are followed
only while they stay inside the root. Discovery, containers (`exports/customers-*.csv
(csv)`), sampling, locators, fetch and the incremental calls are those of every object
store: see connectors.objects (file and folder names that hold personal values are
masked wherever they are shown). A file's etag is "<size>-<mtime_ns>"; a key that would
leave the root is treated as absent.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote, urlsplit

from connectors.object_listing import ObjectInfo, glob_match
from connectors.object_reading import Body, ReadError
from connectors.objects import ObjectStoreConnector
from scanner.core.config import SourceConfig
from scanner.core.types import ScanReport


class FilesConnector(ObjectStoreConnector):
    """Reads the files under one local folder, read-only."""

    schemes = ("file",)

    def __init__(self, source: SourceConfig) -> None:
        super().__init__(source)
        self.root = root_from_url(source.url)

    # -- the store ------------------------------------------------------------------------

    def _list(self, report: ScanReport, *, complete: bool = False) -> Iterator[ObjectInfo]:
        if not self.root.is_dir():
            if complete:
                raise ReadError(f"{self.root}: folder not found or not a folder")
            report.fail(self.name, str(self.root), "folder not found or not a folder")
            return
        for key, st in self._walk(report, complete=complete):
            yield ObjectInfo(key, etag(st), st.st_size)

    @contextmanager
    def _open(self, key: str, length: int | None = None) -> Iterator[Body | None]:
        path = self._safe_path(key)
        try:
            f = open(path, "rb") if path is not None else None
        except (FileNotFoundError, NotADirectoryError):
            f = None
        except OSError as e:
            raise ReadError(f"cannot be read ({type(e).__name__})") from None
        if f is None:
            yield None
            return
        with f:
            yield Body(f, etag(os.fstat(f.fileno())))

    def _can_fetch(self, key: str) -> bool:
        return self._safe_path(key) is not None

    # -- inside -------------------------------------------------------------------------

    def _walk(self, report: ScanReport, *, complete: bool = False
              ) -> Iterator[tuple[str, os.stat_result]]:
        """(relative POSIX key, stat) of the selected regular files, in a stable order."""
        root = self.root
        seen_dirs = {os.path.realpath(root)}
        stack = [""]
        while stack:
            rel_dir = stack.pop()
            try:
                entries = sorted(os.scandir(root / rel_dir), key=lambda e: e.name)
            except OSError as e:
                where = self.shown(rel_dir) if rel_dir else "."
                if complete:
                    raise ReadError(f"{where}: cannot list ({type(e).__name__})") from None
                report.fail(self.name, where, f"cannot list ({type(e).__name__})")
                continue
            subdirs = []
            for entry in entries:
                key = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
                real = os.path.realpath(entry.path)
                if entry.is_symlink() and not _inside(real, root):
                    report.count("skipped_outside_root")
                    continue
                try:
                    st = os.stat(entry.path)
                except OSError:
                    continue
                if stat.S_ISDIR(st.st_mode):
                    if real not in seen_dirs and not self._excluded_dir(key):
                        seen_dirs.add(real)
                        subdirs.append(key)
                elif stat.S_ISREG(st.st_mode) and self._selected(key):
                    yield key, st
            stack.extend(reversed(subdirs))

    def _excluded_dir(self, key: str) -> bool:
        return any(p.endswith("/") and glob_match(p, key + "/") for p in self.source.exclude)

    def _safe_path(self, key: str) -> Path | None:
        """The file for `key`, or None if the key is not a plain relative name inside root."""
        parts = key.split("/")
        if not key or "\x00" in key or key.startswith("/") or any(
            p in ("", ".", "..") for p in parts
        ):
            return None
        path = self.root.joinpath(*parts)
        if not _inside(os.path.realpath(path), self.root) or not self._selected(key):
            return None
        return path if path.is_file() else None


def root_from_url(url: str) -> Path:
    if url.startswith("file:"):
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            raise ValueError("a file URL names a local folder: file:///absolute/path")
        url = unquote(parts.path)
    return Path(os.path.realpath(Path(url).expanduser()))


def etag(st: os.stat_result) -> str:
    return f"{st.st_size}-{st.st_mtime_ns}"


def _inside(real: str, root: Path) -> bool:
    root_s = str(root)
    return real == root_s or real.startswith(root_s.rstrip("/") + "/")
