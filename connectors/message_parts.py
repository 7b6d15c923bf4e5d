"""The MIME walk of one message: the text body, attachments' text by kind, their names,
and notes on every part skipped, capped or damaged (never its content).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from email import errors
from email.message import Message

from connectors import formats
from connectors.message_headers import decode_bytes, decode_declared, header_text
from scanner.core.options import Limits, MailLimits

_KIND_BY_TYPE = {
    "text/csv": "csv", "text/tab-separated-values": "csv", "application/csv": "csv",
    "application/json": "json", "application/x-ndjson": "json",
    "application/pdf": "pdf", "message/rfc822": "eml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}
_KIND_BY_EXT = {"csv": "csv", "tsv": "csv", "json": "json", "jsonl": "json", "ndjson": "json",
                "pdf": "pdf", "docx": "docx", "eml": "eml", "txt": "text", "log": "text",
                "md": "text", "html": "text", "htm": "text"}


_SCRIPT = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.S | re.I)
_BREAK = re.compile(r"<\s*(br|/p|/div|/tr|/li|/h\d)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")
_BLANKS = re.compile(r"[ \t\r\f\v\xa0]+")


def html_to_text(markup: str) -> str:
    """Visible text of an HTML body; enough for recognizers, not a renderer."""
    text = _TAG.sub(" ", _BREAK.sub("\n", _SCRIPT.sub(" ", markup)))
    text = _BLANKS.sub(" ", html.unescape(text))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())



def attachment_text(data: bytes, filename: str | None, content_type: str | None,
                    charset: str | None, limits: Limits = formats.DEFAULT_LIMITS,
                    on_problem: Callable[[str, str], None] | None = None) -> str | None:
    """An attachment's text through the shared readers (connectors.formats); HTML is
    turned into text here, as bodies are."""
    if content_type == "text/html":
        return html_to_text(decode_bytes(data, charset))
    text: str | None = formats.extract_text(data, filename, content_type,
                                            limits,
                                            on_problem=on_problem)
    return text


def attachment_kind(content_type: str, filename: str | None) -> str:
    kind = _KIND_BY_TYPE.get(content_type)
    if kind is None and filename and "." in filename:
        kind = _KIND_BY_EXT.get(filename.rsplit(".", 1)[1].lower())
    if kind is None and content_type.endswith("+json"):
        kind = "json"
    if kind is None and content_type.startswith("text/"):
        kind = "text"
    return kind or "other"


@dataclass(slots=True)
class Walk:
    """What one walk wants and what it found (text by attachment kind, names, notes)."""

    want_body: bool
    want_attachments: bool
    limits: MailLimits
    formats_limits: Limits  # of attachments
    body: list[str]
    attachments: dict[str, list[str]]
    names: list[str]
    notes: list[str]
    parts: int = 0


def _is_attachment(part: Message) -> bool:
    disposition = str(part.get("content-disposition", "")).split(";")[0].strip().lower()
    return disposition == "attachment" or bool(_filename(part))


def _filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:  # noqa: BLE001 - broken RFC 2231 parameters
        return None
    return header_text(name) if name else None


_MIME_TYPE = re.compile(r"[\w!#$&^.+-]+/[\w!#$&^.+-]+")


def _content_type(part: Message) -> str:
    """The type/subtype only: a malformed header ('application/pdf name="cv.pdf"') must
    neither miss its reader nor carry a file name into a failure message."""
    try:
        ctype = part.get_content_type()
    except Exception:  # noqa: BLE001
        return "text/plain"
    m = _MIME_TYPE.match(ctype)
    return m.group(0) if m else "application/octet-stream"


def walk(part: Message, w: Walk, depth: int) -> None:
    w.parts += 1
    if w.parts > w.limits.max_attachments:
        if w.parts == w.limits.max_attachments + 1:
            w.notes.append(f"more than {w.limits.max_attachments} parts; the rest skipped")
        return
    ctype = _content_type(part)
    _multipart_defects(part, w)
    if ctype.startswith("multipart/") and not part.is_multipart():
        _broken_multipart(part, w)
        return
    if part.is_multipart() and ctype != "message/rfc822":
        children = [c for c in (part.get_payload() or []) if isinstance(c, Message)]
        if ctype == "multipart/alternative" and children:
            # The richest readable alternative that is plain text, else HTML, else the last.
            by_type = {_content_type(c): c for c in children}
            children = [by_type.get("text/plain") or by_type.get("text/html") or children[-1]]
        for child in children:
            walk(child, w, depth + 1)
        return
    if ctype == "message/rfc822":
        _attached_message(part, w, depth)
        return
    if ctype in ("text/plain", "text/html") and not _is_attachment(part):
        if w.want_body:
            data = _payload(part, w)
            if data is not None:
                text = _text(data, part, ctype, w)
                w.body.append(html_to_text(text) if ctype == "text/html" else text)
        return
    if w.want_attachments:
        _attachment(part, ctype, w)


_BROKEN = {errors.NoBoundaryInMultipartDefect: "no boundary",
           errors.StartBoundaryNotFoundDefect: "its boundary never found"}
_BASE64_DEFECTS = (errors.InvalidBase64CharactersDefect, errors.InvalidBase64PaddingDefect,
                   errors.InvalidBase64LengthDefect)
_CHARSET_NAME = re.compile(r"[A-Za-z0-9._:+-]{1,40}")


def _multipart_defects(part: Message, w: Walk) -> None:
    if any(isinstance(d, errors.CloseBoundaryNotFoundDefect) for d in part.defects):
        w.notes.append(f"part {w.parts} ({_content_type(part)}): broken multipart, no closing "
                       "boundary (cut short?)")


def _broken_multipart(part: Message, w: Walk) -> None:
    """A multipart the parser could not split (no or wrong boundary): its raw text is read
    as the body, so what it says is still scanned."""
    why = next((_BROKEN[type(d)] for d in part.defects if type(d) in _BROKEN),
               "its parts not found")
    w.notes.append(f"part {w.parts} ({_content_type(part)}): broken multipart, {why}; "
                   "its raw text scanned as the body")
    if not w.want_body:
        return
    payload = part.get_payload()
    if isinstance(payload, str) and payload.strip():
        text = decode_bytes(payload.encode("utf-8", "surrogateescape"), None)
        w.body.append(text[: w.limits.max_body_chars + 1])


def _text(data: bytes, part: Message, ctype: str, w: Walk) -> str:
    charset = _charset(part)
    text, known = decode_declared(data, charset)
    if not known:
        name = charset if charset and _CHARSET_NAME.fullmatch(charset) else "?"
        w.notes.append(f"part {w.parts} ({ctype}): unknown charset {name}; read as UTF-8 or "
                       "Latin-1")
    return text


def _charset(part: Message) -> str | None:
    try:
        return part.get_content_charset()
    except Exception:  # noqa: BLE001
        return None


def _payload(part: Message, w: Walk, cap: int | None = None) -> bytes | None:
    """The decoded part; with `cap`, None (and a note) when it would be larger."""
    encoded = part.get_payload()
    if cap is not None and isinstance(encoded, str) and len(encoded) * 3 // 4 > cap:
        w.notes.append(f"part {w.parts} ({_content_type(part)}) larger than {cap} bytes; "
                       "skipped")
        return None
    before = len(part.defects)
    try:
        data = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001 - bad base64 / quoted-printable / uuencode
        w.notes.append(f"part {w.parts}: undecodable content transfer encoding")
        return None
    if any(isinstance(d, _BASE64_DEFECTS) for d in part.defects[before:]):
        w.notes.append(f"part {w.parts} ({_content_type(part)}): damaged base64; what "
                       "could be decoded is scanned")
    return data if isinstance(data, bytes) else None


def _attachment(part: Message, ctype: str, w: Walk) -> None:
    filename = _filename(part)
    if filename:
        w.names.append(filename)
    data = _payload(part, w, w.limits.max_attachment_bytes)
    if not data:
        return
    kind = attachment_kind(ctype, filename)
    try:
        part_no = w.parts
        text = attachment_text(
            data, filename, ctype, _charset(part), w.formats_limits,
            lambda place, message: w.notes.append(
                f"part {part_no} ({ctype}){' ' + place if place else ''}: {message}"))
    except Exception as e:  # noqa: BLE001 - a corrupt document must not stop the message
        w.notes.append(f"part {w.parts} ({ctype}): unreadable ({type(e).__name__})")
        return
    if text and text.strip():
        w.attachments.setdefault(kind, []).append(text.strip())


def _attached_message(part: Message, w: Walk, depth: int) -> None:
    """A forwarded message: its headers and text go to attachment.eml, one level deep."""
    if not w.want_attachments:
        return
    inner = part.get_payload()
    inner = inner[0] if isinstance(inner, list) and inner else inner
    if not isinstance(inner, Message) or depth > 4:
        return
    sub = Walk(True, False, w.limits, w.formats_limits, [], {}, [], [])
    walk(inner, sub, depth + 1)
    lines = [f"{h}: {header_text(str(inner[h]))}" for h in ("From", "To", "Cc", "Subject")
             if inner.get(h) is not None]
    text = "\n".join(lines + sub.body).strip()
    if text:
        w.attachments.setdefault("eml", []).append(text)
    w.notes.extend(sub.notes)

