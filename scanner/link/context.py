"""What every link pass of one scan shares: the key, its Hasher, the region and the
signatures that tell whether what was linked before was linked under the same rules."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import orjson

from scanner.identifiers.hashing import Hasher
from scanner.link.records import RECORDS_LINK_VERSION


@dataclass(frozen=True)
class LinkContext:
    """Built once per scan (the key checked against the index by the engine:
    Index.scan_key) and handed to the SQL, mail and object passes."""

    key: bytes
    region: str
    hasher: Hasher = field(init=False, repr=False, compare=False)
    key_id: str = field(init=False)

    def __post_init__(self) -> None:
        hasher = Hasher(self.key)
        object.__setattr__(self, "hasher", hasher)
        object.__setattr__(self, "key_id", hasher.key_id())

    def records_signature(self, *rules: Any) -> str:
        """The signature of a mail or object pass: the records' link rules, the key, the
        region and the pass's own `rules`; another one reads the records again."""
        data = [RECORDS_LINK_VERSION, self.key_id, self.region, *rules]
        return hashlib.sha256(orjson.dumps(data)).hexdigest()[:32]
