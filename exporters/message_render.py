"""A fetched message as JSON: headers in order, its text, the list of its attachments.

When the record carries the original RFC 822 bytes (values["raw"]) the JSON is
derived from them, so it describes exactly the .eml written beside it whatever shape the
mail connector gives its other values; without raw bytes, the connector's headers, body
and attachments values are used as they are.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from typing import Any


def render_message(values: Mapping[str, Any]) -> dict[str, Any]:
    raw = values.get("raw")
    if isinstance(raw, bytes | bytearray | memoryview):
        return from_raw(bytes(raw))
    return from_values(values)


def from_raw(raw: bytes) -> dict[str, Any]:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    headers = [{"name": k, "value": _header_text(v)} for k, v in msg.items()]
    text = html = None
    attachments = []
    if isinstance(msg, EmailMessage):
        text = _body(msg, ("plain",))
        html = _body(msg, ("html",))
        for part in msg.iter_attachments():
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
            attachments.append({"filename": part.get_filename(),
                                "content_type": part.get_content_type(),
                                "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()})
    return {"headers": headers, "text": text, "html": html, "attachments": attachments}


def _header_text(value: Any) -> str:
    try:
        return str(value)
    except Exception:  # noqa: BLE001 - a malformed header is kept as its raw form
        return repr(value)


def _body(msg: EmailMessage, kinds: tuple[str, ...]) -> str | None:
    part = msg.get_body(preferencelist=kinds)
    if part is None:
        return None
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # unknown charset: decode leniently
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else None
    return content if isinstance(content, str) else None


def from_values(values: Mapping[str, Any]) -> dict[str, Any]:
    raw_headers = values.get("headers") or {}
    headers: list[dict[str, str]] = []
    pairs = raw_headers.items() if isinstance(raw_headers, Mapping | Message) else raw_headers
    for name, value in pairs:
        for v in value if isinstance(value, list | tuple) else [value]:
            headers.append({"name": str(name), "value": str(v)})
    attachments = []
    for a in values.get("attachments") or []:
        a = a if isinstance(a, Mapping) else {"filename": str(a)}
        size = a.get("bytes", a.get("size"))
        attachments.append({"filename": a.get("filename"),
                            "content_type": str(a.get("content_type") or
                                                "application/octet-stream"),
                            "bytes": int(size) if size is not None else None})
    text = values.get("text", values.get("body"))
    html = values.get("html")
    return {"headers": headers, "text": text if isinstance(text, str) else None,
            "html": html if isinstance(html, str) else None, "attachments": attachments}


def message_title(headers: Iterable[Mapping[str, str]]) -> tuple[str | None, str]:
    """(the date as the sender wrote it, YYYY-MM-DD, or None; the subject line, or "")
    from a rendered message's headers: what the package names the message's files by."""
    date = subject = None
    for h in headers:
        name = h.get("name", "").lower()
        if name == "date" and date is None:
            date = h.get("value", "")
        elif name == "subject" and subject is None:
            subject = h.get("value", "")
    day = None
    if date:
        try:
            day = parsedate_to_datetime(date).date().isoformat()
        except (TypeError, ValueError, IndexError, OverflowError):
            day = None
    return day, " ".join((subject or "").split())
