"""IMAP's wire formats as connectors/imap.py meets them: modified UTF-7 mailbox names,
quoted strings, LIST and UID FETCH responses, and server answers worded for errors.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Sequence
from typing import Any

_LIST = re.compile(rb'^\((?P<flags>[^)]*)\) (?P<delim>"(?:\\.|[^"\\])*"|NIL) (?P<name>.*)$',
                   re.I | re.S)
_UID = re.compile(rb"\bUID (\d+)", re.I)
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)", re.I)


class ImapError(Exception):
    """An IMAP problem worded for people; it never holds the password."""


def decode_mutf7(name: str) -> str:
    """IMAP's modified UTF-7 mailbox names ("Archiv&AOk-" → "Archivé")."""
    out, i = [], 0
    while i < len(name):
        if name[i] != "&":
            j = name.find("&", i)
            j = len(name) if j < 0 else j
            out.append(name[i:j])
            i = j
            continue
        end = name.find("-", i)
        if end < 0:
            return name
        chunk = name[i + 1:end]
        if not chunk:
            out.append("&")
        else:
            try:
                data = base64.b64decode(chunk.replace(",", "/") + "=" * (-len(chunk) % 4))
                out.append(data.decode("utf-16-be"))
            except (ValueError, UnicodeDecodeError):
                return name
        i = end + 1
    return "".join(out)


def quote(mailbox: str) -> str:
    return '"' + mailbox.replace("\\", "\\\\").replace('"', '\\"') + '"'


def parse_list(data: Sequence[Any]) -> list[tuple[str, str, str]]:
    """(flags, delimiter, raw name) from LIST responses, literals included."""
    out = []
    for item in data:
        if item is None:
            continue
        if isinstance(item, tuple):  # the name came as a literal
            head, name = item[0], item[1]
            m = _LIST.match(head.rstrip())
            if m:
                delim = m.group("delim")
                out.append((m.group("flags").decode(), _unquote(delim),
                            name.decode("utf-8", "replace")))
            continue
        m = _LIST.match(item)
        if m:
            out.append((m.group("flags").decode(), _unquote(m.group("delim")),
                        _unquote(m.group("name"))))
    return out


def _unquote(token: bytes) -> str:
    text = token.decode("utf-8", "replace").strip()
    if text.upper() == "NIL":
        return ""
    if text.startswith('"') and text.endswith('"'):
        return re.sub(r"\\(.)", r"\1", text[1:-1])
    return text


def parse_fetch(data: Sequence[Any]) -> dict[int, tuple[int | None, bytes | None]]:
    """{uid: (size, literal)} from a UID FETCH response; UID may follow the literal."""
    parts: list[list[Any]] = []
    for item in data:
        if isinstance(item, tuple):
            parts.append([item[0], item[1]])
        elif isinstance(item, bytes) and parts and parts[-1][1] is not None \
                and not _UID.search(parts[-1][0]):
            parts[-1][0] += item  # the rest of the response after the literal
        elif isinstance(item, bytes):
            parts.append([item, None])
    out: dict[int, tuple[int | None, bytes | None]] = {}
    for meta, literal in parts:
        m = _UID.search(meta)
        if m:
            s = _SIZE.search(meta)
            out[int(m.group(1))] = (int(s.group(1)) if s else None, literal)
    return out


def server_text(data: Any) -> str:
    """A server response for an error message; a response never echoes the password."""
    if isinstance(data, list | tuple):
        data = b" ".join(d if isinstance(d, bytes) else str(d).encode() for d in data if d)
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else str(data)
    return text.strip()[:200] or "no detail"


def error_text(e: BaseException) -> str:
    """An error met while reading a folder, worded for its failure."""
    if isinstance(e, ImapError):
        return str(e)
    return f"IMAP connection lost: {type(e).__name__}: {server_text(str(e))}"
