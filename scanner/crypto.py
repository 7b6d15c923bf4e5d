"""The installation key and identifier digests.

Identifiers are stored as HMAC-SHA256(key, kind + ":" + normalized value). The key lives
in a file of mode 0600 written by `pdmap init`, or comes from PDMAP_KEY (hex).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

KEY_ENV = "PDMAP_KEY"


class KeyFileError(Exception):
    """The key is missing or unreadable; the message says what to do."""


def create_key(path: Path) -> bool:
    """Write a new random key with mode 0600; False when one is already there."""
    if path.exists():
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(secrets.token_hex(32) + "\n")
    return True


def load_key(path: Path, create: bool = False) -> bytes:
    env = os.environ.get(KEY_ENV)
    if env:
        try:
            return bytes.fromhex(env.strip())
        except ValueError:
            raise KeyFileError(f"{KEY_ENV} must be hex") from None
    if create:
        create_key(path)
    try:
        text = path.read_text().strip()
    except FileNotFoundError:
        raise KeyFileError(f"{path}: no key (run 'pdmap init' or set {KEY_ENV})") from None
    try:
        return bytes.fromhex(text)
    except ValueError:
        raise KeyFileError(f"{path}: the key file is not hex") from None


def digest(key: bytes, kind: str, normalized: str) -> str:
    return hmac.new(key, f"{kind}:{normalized}".encode(), hashlib.sha256).hexdigest()
