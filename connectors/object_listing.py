"""What an object store lists, and what the listing alone tells: an object's key, etag and
size (ObjectInfo), the changes since the last scan, whether a glob selects a key, the
format a container's name ends with.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import NamedTuple


class ObjectInfo(NamedTuple):
    key: str  # the object's name: a file's POSIX path under the root, an S3 key
    etag: str  # unchanged etag → unchanged object, no need to read it again
    size: int


@dataclass(frozen=True)
class Changes:
    """The difference between the last scan's key → etag map and a new listing."""

    new: tuple[ObjectInfo, ...]
    changed: tuple[ObjectInfo, ...]
    unchanged: tuple[ObjectInfo, ...]
    deleted: tuple[str, ...]

    @property
    def to_read(self) -> tuple[ObjectInfo, ...]:
        return self.new + self.changed


def changes(previous: Mapping[str, str], listing: Iterable[ObjectInfo]) -> Changes:
    """Compare `previous` (key → etag) with a fresh `objects()` listing.

    The listing must be complete (a connector raises rather than return part of
    one), or objects it missed would count as deleted.
    """
    new: list[ObjectInfo] = []
    changed: list[ObjectInfo] = []
    unchanged: list[ObjectInfo] = []
    seen: set[str] = set()
    for info in listing:
        seen.add(info.key)
        etag = previous.get(info.key)
        (new if etag is None else unchanged if etag == info.etag else changed).append(info)
    deleted = tuple(sorted(k for k in previous if k not in seen))
    return Changes(tuple(new), tuple(changed), tuple(unchanged), deleted)


def format_of(container: str) -> str:
    return container.rsplit(" (", 1)[-1].rstrip(")")


def glob_match(pattern: str, key: str) -> bool:
    if pattern.endswith("/"):
        return key.startswith(pattern) or fnmatchcase(key, pattern + "*")
    if fnmatchcase(key, pattern):
        return True
    return pattern.startswith("**/") and fnmatchcase(key, pattern[3:])
