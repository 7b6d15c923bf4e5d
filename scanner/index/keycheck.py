"""Whether a key is the one the index was built with (its fingerprint in pdmap_meta).

With another key every digest differs: a lookup would answer "no such person" to an access
request, and a scan would store the same people under new digests.
"""

from __future__ import annotations

import hmac

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from scanner.identifiers.key import KeyMismatchError, fingerprint, warn
from scanner.index.schema import meta

KEY_FINGERPRINT = "key_fingerprint"  # pdmap_meta: scanner.identifiers.key.fingerprint of the key


def stored_fingerprint(conn: Connection) -> str | None:
    """The fingerprint of the key the index was built with; None for an index written
    before fingerprints (or by a scan that hashed nothing)."""
    row = conn.execute(sa.select(meta.c.value).where(meta.c.key == KEY_FINGERPRINT)).first()
    return str(row[0]) if row else None


def check_key(stored: str | None, key: bytes, label: str, index_label: str) -> bool:
    """Raise KeyMismatchError when the key is not the one the index was built with; False
    when the index records no fingerprint (nothing to compare), True when it matched."""
    if stored is None:
        return False
    if not hmac.compare_digest(stored.encode(), fingerprint(key).encode()):
        raise KeyMismatchError(
            f"the key ({label}) is not the key this index was built with ({index_label}): "
            "use the installation's key, or move the index aside and scan again")
    return True


def warn_unchecked(index_label: str) -> None:
    warn(f"the index {index_label} records no key fingerprint (written by an older pdmap, "
         "or no scan linked subjects into it yet): the key cannot be checked, and a subject "
         "not found may be a wrong key; the next 'pdmap scan' records it")
