"""One RFC 822 message → one record: decoded headers, the text body, attachment text.

Shared by the mbox/Maildir/.eml connectors (connectors/mail.py) and IMAP
(connectors/imap.py). Parsing never trusts the message: unknown charsets, broken
encoded-words, bad base64 and missing boundaries degrade to replacement characters or
a missing value, never to an exception. Caps (message bytes, attachment bytes, body
and attachment characters) keep one message from eating the scan; every cap hit is
returned as a note naming the place, never the content.

No silent misses: what is read only in part is said, and a message is never lost for its
body. A message over max_message_bytes is read from its header block alone (its first
MAX_HEADER_BYTES), so it still links by From/To/Cc...; so is one whose body the parser
cannot walk. Damaged base64, a multipart without its boundaries (its raw text is read as
the body), an unknown charset (read as UTF-8, else Latin-1) are noted. The connectors
record a message's notes as one failure.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from email import errors, message_from_bytes
from email.header import decode_header
from email.message import Message
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

from connectors import formats
from connectors.object_cuts import first_time, human_size
from connectors.object_keys import key_values, masked_key
from scanner.core.config import SourceConfig
from scanner.core.options import Limits, MailLimits, NameOptions
from scanner.core.protocols import Mailbox
from scanner.core.types import FieldSchema, Locator, Record, ScanReport
from scanner.identifiers.hashing import Hasher

MAX_HEADER_BYTES = 256 * 1024  # what is read of a message too large to read whole

ADDRESS_HEADERS = ("from", "to", "cc", "bcc", "reply_to", "sender")
HEADER_FIELDS = (*ADDRESS_HEADERS, "subject", "date", "message_id")
# NOTE: one field per attachment kind rather than one "attachments" field: discovery then
# says "CSV attachments in INBOX/invoices hold IBANs" instead of blurring every kind into
# one verdict, and samples of one kind resemble each other, which classification needs.
ATTACHMENT_KINDS = ("text", "csv", "json", "pdf", "docx", "eml", "other")
ATTACHMENT_FIELDS = tuple(f"attachment.{k}" for k in ATTACHMENT_KINDS)
ATTACHMENT_NAMES = "attachment.names"  # file names often carry a person's name
FIELD_NAMES = (*HEADER_FIELDS, "body", *ATTACHMENT_FIELDS, ATTACHMENT_NAMES)

FIELDS: tuple[FieldSchema, ...] = (
    *(FieldSchema(f, "text", "header") for f in HEADER_FIELDS),
    FieldSchema("body", "free_text", "text/plain"),
    *(FieldSchema(f, "free_text", "attachment") for f in ATTACHMENT_FIELDS),
    FieldSchema(ATTACHMENT_NAMES, "text", "attachment"),
)

_HEADER_NAMES = {f: f.replace("_", "-") for f in HEADER_FIELDS}
_KIND_BY_TYPE = {
    "text/csv": "csv", "text/tab-separated-values": "csv", "application/csv": "csv",
    "application/json": "json", "application/x-ndjson": "json",
    "application/pdf": "pdf", "message/rfc822": "eml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}
_KIND_BY_EXT = {"csv": "csv", "tsv": "csv", "json": "json", "jsonl": "json", "ndjson": "json",
                "pdf": "pdf", "docx": "docx", "eml": "eml", "txt": "text", "log": "text",
                "md": "text", "html": "text", "htm": "text"}


class MessageError(Exception):
    """A message that cannot be read at all; the text names no content."""


DEFAULT_MAIL_LIMITS = MailLimits()


# -- decoding ------------------------------------------------------------------------------


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Bytes in a declared charset; an unknown or lying charset falls back to UTF-8, then
    Latin-1 (which never fails)."""
    return _decode(data, charset)[0]


def _decode(data: bytes, charset: str | None) -> tuple[str, bool]:
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

    NOTE: getaddresses walks the header a character at a time and was a third of the
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


_SCRIPT = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.S | re.I)
_BREAK = re.compile(r"<\s*(br|/p|/div|/tr|/li|/h\d)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")
_BLANKS = re.compile(r"[ \t\r\f\v\xa0]+")


def html_to_text(markup: str) -> str:
    """Visible text of an HTML body; enough for recognizers, not a renderer."""
    text = _TAG.sub(" ", _BREAK.sub("\n", _SCRIPT.sub(" ", markup)))
    text = _BLANKS.sub(" ", html.unescape(text))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


# -- attachments ---------------------------------------------------------------------------



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


# -- the message ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Walk:
    want_body: bool
    want_attachments: bool
    limits: MailLimits
    formats_limits: Limits  # of attachments
    body: list[str]
    attachments: dict[str, list[str]]
    names: list[str]
    notes: list[str]
    parts: int = 0


def parse_message(raw: bytes, wanted: Iterable[str] | None = None,
                  limits: MailLimits = DEFAULT_MAIL_LIMITS,
                  formats_limits: Limits = formats.DEFAULT_LIMITS,
                  size: int | None = None) -> tuple[dict[str, Any], list[str]]:
    """The record values of one message (only `wanted` fields when given) and the notes
    about caps hit, parts skipped or damaged. Raises MessageError when it is not a message
    at all.

    A message over max_message_bytes (`size` when `raw` is only its first bytes) is read
    from its header block: header fields only, the others None, and a note."""
    size = len(raw) if size is None else size
    wanted = set(FIELD_NAMES if wanted is None else wanted)
    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise MessageError("an Outlook .msg file (OLE2), not an RFC 822 message; not read")
    notes: list[str] = []
    body_fields = wanted - set(HEADER_FIELDS)
    if size > limits.max_message_bytes:
        raw = _header_block(raw[:MAX_HEADER_BYTES])
        notes.append(f"{human_size(size)} message over the {human_size(limits.max_message_bytes)}"
                     " cap: linked by its headers only, its body not scanned")
        wanted &= set(HEADER_FIELDS)
    want_att = bool(wanted & {*ATTACHMENT_FIELDS, ATTACHMENT_NAMES})
    if "body" not in wanted and not want_att:
        raw = _header_block(raw)  # headers only: the body is not even parsed
    msg = _parse(raw, notes)
    if not msg.keys() and not raw.strip():
        raise MessageError("empty message")
    if not msg.keys():
        raise MessageError("not a mail message: no header fields")
    values: dict[str, Any] = {}
    headers: dict[str, list[str]] = {}
    for name, value in msg.raw_items():
        headers.setdefault(name.lower(), []).append(value)
    for f in HEADER_FIELDS:
        if f not in wanted:
            continue
        raws = headers.get(_HEADER_NAMES[f], [])
        if not raws:
            values[f] = None
        elif f in ADDRESS_HEADERS:
            values[f] = format_addresses(raws)
        elif f == "date":
            values[f] = iso_date(raws[0])
        elif f == "message_id":
            values[f] = first_message_id(raws[0])
        else:
            values[f] = header_text(raws[0]) or None
    walk = _Walk("body" in wanted, want_att, limits, formats_limits, [], {}, [], notes)
    if walk.want_body or walk.want_attachments:
        try:
            _walk(msg, walk, depth=0)
        except Exception as e:  # noqa: BLE001 - a hostile body must not lose the headers
            notes.append(f"body unparsable ({type(e).__name__}): linked by its headers, "
                         "the rest of its body not scanned")
    if "body" in wanted:
        body = "\n\n".join(t for t in walk.body if t.strip())
        if len(body) > limits.max_body_chars:
            notes.append(f"body cut at {limits.max_body_chars} characters")
            body = body[: limits.max_body_chars]
        values["body"] = body or None
    for kind, f in zip(ATTACHMENT_KINDS, ATTACHMENT_FIELDS, strict=True):
        if f in wanted:
            text = "\n\n".join(walk.attachments.get(kind, []))
            if len(text) > limits.max_attachment_chars:
                notes.append(f"{f} cut at {limits.max_attachment_chars} characters")
                text = text[: limits.max_attachment_chars]
            values[f] = text or None
    if ATTACHMENT_NAMES in wanted:
        values[ATTACHMENT_NAMES] = ", ".join(walk.names) or None
    for f in FIELD_NAMES:
        if f in body_fields:
            values.setdefault(f, None)  # not read: a message over the cap
    return values, notes


def _parse(raw: bytes, notes: list[str]) -> Message:
    """The parsed message; when the parser fails on the whole, its header block alone."""
    try:
        return message_from_bytes(raw, policy=compat32)
    except Exception as e:  # noqa: BLE001 - the parser is lenient; this is a last resort
        head = _header_block(raw)
        if len(head) == len(raw):
            raise MessageError(f"unparsable message ({type(e).__name__})") from None
        notes.append(f"body unparsable ({type(e).__name__}): linked by its headers only, "
                     "its body not scanned")
        try:
            return message_from_bytes(head, policy=compat32)
        except Exception:  # noqa: BLE001
            raise MessageError(f"unparsable message ({type(e).__name__})") from None


def _header_block(raw: bytes) -> bytes:
    ends = [i for i in (raw.find(b"\n\n"), raw.find(b"\r\n\r\n")) if i >= 0]
    return raw[: min(ends) + 1] if ends else raw


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


def _walk(part: Message, w: _Walk, depth: int) -> None:
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
            _walk(child, w, depth + 1)
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


def _multipart_defects(part: Message, w: _Walk) -> None:
    if any(isinstance(d, errors.CloseBoundaryNotFoundDefect) for d in part.defects):
        w.notes.append(f"part {w.parts} ({_content_type(part)}): broken multipart, no closing "
                       "boundary (cut short?)")


def _broken_multipart(part: Message, w: _Walk) -> None:
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


def _text(data: bytes, part: Message, ctype: str, w: _Walk) -> str:
    charset = _charset(part)
    text, known = _decode(data, charset)
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


def _payload(part: Message, w: _Walk, cap: int | None = None) -> bytes | None:
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


def _attachment(part: Message, ctype: str, w: _Walk) -> None:
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


def _attached_message(part: Message, w: _Walk, depth: int) -> None:
    """A forwarded message: its headers and text go to attachment.eml, one level deep."""
    if not w.want_attachments:
        return
    inner = part.get_payload()
    inner = inner[0] if isinstance(inner, list) and inner else inner
    if not isinstance(inner, Message) or depth > 4:
        return
    sub = _Walk(True, False, w.limits, w.formats_limits, [], {}, [], [])
    _walk(inner, sub, depth + 1)
    lines = [f"{h}: {header_text(str(inner[h]))}" for h in ("From", "To", "Cc", "Subject")
             if inner.get(h) is not None]
    text = "\n".join(lines + sub.body).strip()
    if text:
        w.attachments.setdefault("eml", []).append(text)
    w.notes.extend(sub.notes)


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


# -- what every mail connector shares --------------------------------------------------------


def place_of(locator: Locator) -> str:
    """A locator as text for failures: never the Message-ID, which may hold an address."""
    item = {k: v for k, v in locator.item if k != "message_id"}
    tail = " ".join(f"{k}={v}" for k, v in item.items()) or "message-id"
    return f"{locator.container} {tail}"


class MailConnectorBase(Mailbox):
    """Parsing, caps and buffered failures, shared by the mail connectors.

    NOTE: read() and sample() have no report parameter in the Connector protocol, so
    failures and counters met there are buffered; the engine moves them into its report
    with `drain_into(report)` after each read (discover() drains on its own).
    """

    name: str
    limits: MailLimits
    formats_limits: Limits  # of attachments

    def _init_mail(self, source: SourceConfig) -> None:
        self.name = source.name
        self.limits = source.options_as(MailLimits)
        self.formats_limits = source.options_as(Limits)
        self.region = source.options_as(NameOptions).phone_region
        self._hasher: Hasher | None = None
        self._real: dict[str, str] = {}  # exposed name -> real name (those that differ)
        self._pending = ScanReport()
        # NOTE: a message sampled for classification is read again by the link pass; what
        # it met is recorded once.
        self._said: set[tuple[str, str]] = set()

    def use_key(self, key: bytes) -> None:
        """From now on, a folder name, mbox file name or .eml path holding a personal value
        (connectors.object_keys.key_values) is exposed (containers, locators, failures, logs)
        as `masked ~xxxxxxxx`, xxxxxxxx the start of scanner.identifiers.hashing.Hasher(key)(
        "locator", name); the real name stays here. Without a key (`pdmap subjects plan`),
        names are exposed as they are."""
        self._hasher = Hasher(key)
        self._real = {}

    def _expose(self, name: str) -> str:
        """The name as the index, reports and logs see it (see use_key)."""
        if self._hasher is None:
            return name
        found = key_values(name, self.region)
        if not found:
            return name
        tag = self._hasher("locator", name)[:8]
        shown = f"{masked_key(name, found)} ~{tag}"
        self._real[shown] = name
        return shown

    def _real_name(self, shown: str) -> str:
        """The real name behind an exposed one (itself when it was not masked)."""
        return self._real.get(shown, shown)

    def _scrub(self, text: str) -> str:
        """`text` (a failure, a server's answer) with every real name exposed instead."""
        for shown, real in sorted(self._real.items(), key=lambda kv: -len(kv[1])):
            text = text.replace(real, shown)
        return text

    def drain_into(self, report: ScanReport) -> None:
        """Move the failures and counters met since the last drain into `report`."""
        for k, v in self._pending.counters.items():
            report.count(k, v)
        for f in self._pending.failures:
            report.fail(f.source, f.place, f.message)
        report.failures_dropped += self._pending.failures_dropped
        self._pending = ScanReport()

    def _fail(self, place: str, message: str, counter: str = "mail.messages_failed") -> None:
        message = self._scrub(message)
        if self._once(place, message):
            self._pending.count(counter)
            self._pending.fail(self.name, place, message)

    def _once(self, place: str, message: str) -> bool:
        return first_time(self._said, place, message)

    def _record(self, locator: Locator, raw: bytes, fields: Iterable[str] | None,
                keep_raw: bool = False, size: int | None = None) -> Record | None:
        """The record of a message, or None after recording why it could not be read.

        `size` is the message's size when `raw` is only its first bytes (a message over
        max_message_bytes: linked by its headers). What was read only in part is recorded
        as one failure of the message."""
        limits = self.limits
        if keep_raw and len(raw) > limits.max_message_bytes:
            limits = replace(limits, max_message_bytes=len(raw))  # an export reads it whole
        try:
            values, notes = parse_message(raw, fields, limits, self.formats_limits, size)
        except Exception as e:  # noqa: BLE001 - whatever a hostile message triggers
            if keep_raw:  # a fetch for an export: the original bytes are still worth having
                return Record(locator, {"raw": raw})
            reason = str(e) if isinstance(e, MessageError) else \
                f"unparsable message ({type(e).__name__})"
            self._fail(place_of(locator), reason)
            return None
        if keep_raw:  # NOTE: a fetch is not a scan; what it meets was recorded by the scan
            values["raw"] = raw
            return Record(locator, values)
        self._pending.count("mail.messages")
        said = "; ".join(notes)
        if notes and self._once(place_of(locator), said):
            kinds = {"mail.caps_hit" if any(w in n for w in _CAPPED) else "mail.parts_skipped"
                     for n in notes}
            for counter in sorted(kinds):
                self._pending.count(counter)
            if any("linked by its headers" in n for n in notes):
                self._pending.count("mail.headers_only")
            self._pending.fail(self.name, place_of(locator), said)
        return Record(locator, values)


_CAPPED = ("larger than", "cut at", "more than", " cap: ")
