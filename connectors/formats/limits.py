"""Caps that keep one object from eating the scan: bytes, records, text, archives.

One frozen `Limits` is shared by every reader. A cap that is hit is never silent:
the reader reports it through `on_problem` and stops (or truncates) that object only.
Sources set any of these through their `options` (same names), e.g.
`options: {max_object_bytes: 1073741824, max_archive_depth: 1}`; `Limits` is declared
with the other options, in scanner.core.options.
"""

from __future__ import annotations

from scanner.core.options import Limits as Limits
from scanner.core.options import MiB as MiB

DEFAULT_LIMITS = Limits()
