"""A mail message's header fields decoded: charsets, RFC 2047 words, addresses, dates,
Message-IDs. Never trusts the message: what cannot be decoded degrades to replacement
characters or a missing value, never to an exception.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from email.header import decode_header
from email.utils import getaddresses, parsedate_to_datetime


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Bytes in a declared charset; an unknown or lying charset falls back to UTF-8, then
    Latin-1 (which never fails)."""
    return decode_declared(data, charset)[0]


def decode_declared(data: bytes, charset: str | None) -> tuple[str, bool]:
    """(text, whether the declared charset, if any, could be used)."""
    if charset:
        try:
            return data.decode(charset.strip().strip('"').lower(), "replace"), True
        except (LookupError, UnicodeError, ValueError, TypeError):
            pass
    try:
        return data.decode("utf-8"), not charset
    except UnicodeDecodeError:
        return data.decode("latin-1"), not charset


def _unsurrogate(s: str) -> str:
    """8-bit header bytes come out of the parser as surrogate escapes; decode them."""
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        return decode_bytes(s.encode("utf-8", "surrogateescape"), None)


def header_text(raw: str) -> str:
    """An unstructured header decoded: RFC 2047 words, raw 8-bit, folding."""
    raw = re.sub(r"\r?\n[ \t]+", " ", _unsurrogate(str(raw))).strip()
    if "=?" not in raw:
        return raw
    try:
        parts = decode_header(raw)
    except Exception:  # noqa: BLE001 - a broken encoded-word leaves the text as it came
        return raw
    out = []
    for chunk, charset in parts:
        out.append(decode_bytes(chunk, charset) if isinstance(chunk, bytes) else chunk)
    return "".join(out).strip()


_SPECIALS = re.compile(r'[,;:<>@"()\[\]\\]')


def format_addresses(raws: Sequence[str]) -> str | None:
    """Address headers as "Name <addr>, addr, ..." with names decoded."""
    raws = [re.sub(r"\r?\n[ \t]+", " ", _unsurrogate(str(r))) for r in raws]
    pairs = _simple_pairs(raws)
    if pairs is None:
        try:
            pairs = getaddresses(raws)
        except Exception:  # noqa: BLE001 - parser bugs on hostile input
            pairs = []
    out = []
    for name, addr in pairs:
        name, addr = header_text(name), addr.strip()
        if not name and not addr:
            continue
        if name and _SPECIALS.search(name):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        out.append(f"{name} <{addr}>" if name and addr else addr or name)
    if not out:  # unparsable: keep the decoded text, the recognizers may still find addresses
        text = ", ".join(t for t in (header_text(r) for r in raws) if t)
        return text or None
    return ", ".join(out)


_SIMPLE = re.compile(r'\s*(?:([^",<>()\\;:@]*?)\s*<([^<>\s,"@]+@[^<>\s,"@]+)>'
                     r'|([^\s,<>"()\\;:@]+@[^\s,<>"()\\;:@]+))\s*')


def _simple_pairs(raws: Sequence[str]) -> list[tuple[str, str]] | None:
    """The common "Name <a@b>, c@d" shapes parsed by one regex; None for anything else.

    getaddresses walks the header a character at a time and was a third of the
    header-only read time; quotes, comments and groups still go to it."""
    out = []
    for raw in raws:
        if any(c in raw for c in '"(\\;:'):
            return None
        for piece in raw.split(","):
            if not piece.strip():
                continue
            m = _SIMPLE.fullmatch(piece)
            if not m:
                return None
            out.append((m.group(1) or "", m.group(2) or m.group(3)))
    return out


def parse_address_list(value: str | None) -> list[tuple[str, str]]:
    """(name, address) pairs back from a formatted address field, for linking."""
    if not value:
        return []
    return [(n, a) for n, a in getaddresses([value]) if a and "@" in a]


def iso_date(raw: str) -> str | None:
    try:
        d = parsedate_to_datetime(header_text(raw))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return d.isoformat() if d else None


def first_message_id(raw: str | None) -> str | None:
    if not raw:
        return None
    text = header_text(raw)
    m = re.search(r"<[^<>\s]+>", text)
    return m.group(0) if m else (text.split()[0] if text.split() else None)



_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.I | re.M)


def quick_message_id(raw: bytes) -> str | None:
    """The Message-ID from the header block, without parsing the whole message."""
    end = raw.find(b"\n\n")
    end2 = raw.find(b"\r\n\r\n")
    cut = min(e for e in (end, end2, len(raw)) if e >= 0)
    m = _MESSAGE_ID.search(raw, 0, cut)
    if not m:
        return None
    found = re.search(rb"<[^<>\s]+>", m.group(1))
    return found.group(0).decode("ascii", "replace") if found else None

