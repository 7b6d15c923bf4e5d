"""The installation key and identifier digests.

Identifiers are stored as HMAC-SHA256(key, kind + ":" + normalized value). The key lives
in a file of mode 0600 written by `pdmap init`, or comes from PDMAP_KEY (hex). It is at least
32 bytes. The index records the key's fingerprint (an HMAC of a constant, never the key):
a command that hashes with another key than the index's is refused instead of answering
"no such person" (scanner.index.store.Index.check_key).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import sys
from pathlib import Path

KEY_ENV = "PDMAP_KEY"
MIN_KEY_BYTES = 32
FINGERPRINT_INPUT = b"pdmap key fingerprint v1"


class KeyFileError(Exception):
    """The key is missing, unreadable, too short, or not the index's; the message says what
    to do and never holds the key."""


class KeyMismatchError(KeyFileError):
    """The key is not the one the index was built with."""


def warn(message: str) -> None:
    """One line on stderr (looked up at each call: a CLI test's captured stream gets it)."""
    print(f"pdmap: {message}", file=sys.stderr)


def create_key(path: Path) -> bool:
    """Write a new random key with mode 0600; False when one is already there."""
    if path.exists():
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(secrets.token_hex(32) + "\n")
    return True


def key_from_env() -> bool:
    return bool(os.environ.get(KEY_ENV))


def key_label(path: Path) -> str:
    """Where the key comes from, for messages: PDMAP_KEY or the key file's path."""
    return KEY_ENV if key_from_env() else str(path)


def load_key(path: Path, *, create: bool = False) -> bytes:
    """The key from PDMAP_KEY (hex) or the key file; with create, a missing file is made.

    Refuses a key shorter than MIN_KEY_BYTES; warns (stderr) when the file is readable by
    its group or others."""
    env = os.environ.get(KEY_ENV)
    if env:
        try:
            key = bytes.fromhex(env.strip())
        except ValueError:
            raise KeyFileError(f"{KEY_ENV} must be hex") from None
        return _long_enough(key, KEY_ENV)
    if create:
        create_key(path)
    try:
        text = path.read_text().strip()
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise KeyFileError(f"{path}: no key (run 'pdmap init' or set {KEY_ENV})") from None
    if mode & 0o077:
        warn(f"{path}: the key file is readable by its group or others (mode "
             f"{mode & 0o777:o}): make it 0600 (chmod 600 {path})")
    try:
        key = bytes.fromhex(text)
    except ValueError:
        raise KeyFileError(f"{path}: the key file is not hex") from None
    return _long_enough(key, str(path))


def _long_enough(key: bytes, where: str) -> bytes:
    if len(key) < MIN_KEY_BYTES:
        raise KeyFileError(
            f"{where}: the key is {len(key)} bytes, at least {MIN_KEY_BYTES} are needed "
            f"({2 * MIN_KEY_BYTES} hex digits; 'pdmap init' writes one)")
    return key


def fingerprint(key: bytes) -> str:
    """HMAC-SHA256(key, a constant), hex: tells keys apart and reveals nothing of the key."""
    return hmac.new(key, FINGERPRINT_INPUT, hashlib.sha256).hexdigest()


def digest(key: bytes, kind: str, normalized: str) -> str:
    return hmac.new(key, f"{kind}:{normalized}".encode(), hashlib.sha256).hexdigest()
