"""One RFC 822 message → one record: decoded headers, the text body, attachment text.

Shared by the mbox/Maildir/.eml connectors (connectors/mail.py, connectors/mbox.py) and
IMAP (connectors/imap.py); headers are decoded by connectors/message_headers.py, the body
walked by connectors/message_parts.py. Parsing never trusts the message: unknown charsets,
broken encoded-words, bad base64 and missing boundaries degrade to replacement characters
or a missing value, never to an exception. Caps (message bytes, attachment bytes, body
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

from collections.abc import Callable, Iterable
from dataclasses import replace
from email import message_from_bytes
from email.message import Message
from email.policy import compat32
from typing import Any

from connectors import formats
from connectors.message_headers import first_message_id, format_addresses, header_text, iso_date
from connectors.message_parts import Walk, walk
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
# One field per attachment kind rather than one "attachments" field: discovery then
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


class MessageError(Exception):
    """A message that cannot be read at all; the text names no content."""


DEFAULT_MAIL_LIMITS = MailLimits()


# -- the message ---------------------------------------------------------------------------


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
    parts = Walk("body" in wanted, want_att, limits, formats_limits, [], {}, [], notes)
    if parts.want_body or parts.want_attachments:
        try:
            walk(msg, parts, depth=0)
        except Exception as e:  # noqa: BLE001 - a hostile body must not lose the headers
            notes.append(f"body unparsable ({type(e).__name__}): linked by its headers, "
                         "the rest of its body not scanned")
    if "body" in wanted:
        body = "\n\n".join(t for t in parts.body if t.strip())
        if len(body) > limits.max_body_chars:
            notes.append(f"body cut at {limits.max_body_chars} characters")
            body = body[: limits.max_body_chars]
        values["body"] = body or None
    for kind, f in zip(ATTACHMENT_KINDS, ATTACHMENT_FIELDS, strict=True):
        if f in wanted:
            text = "\n\n".join(parts.attachments.get(kind, []))
            if len(text) > limits.max_attachment_chars:
                notes.append(f"{f} cut at {limits.max_attachment_chars} characters")
                text = text[: limits.max_attachment_chars]
            values[f] = text or None
    if ATTACHMENT_NAMES in wanted:
        values[ATTACHMENT_NAMES] = ", ".join(parts.names) or None
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



# -- what every mail connector shares --------------------------------------------------------


def place_of(locator: Locator) -> str:
    """A locator as text for failures: never the Message-ID, which may hold an address."""
    item = {k: v for k, v in locator.item if k != "message_id"}
    tail = " ".join(f"{k}={v}" for k, v in item.items()) or "message-id"
    return f"{locator.container} {tail}"


class MailConnectorBase(Mailbox):
    """Parsing, caps and buffered failures, shared by the mail connectors.

    read() and sample() have no report parameter in the Connector protocol, so
    failures and counters met there are buffered; the engine moves them into its report
    with `drain_into(report)` after each read (discover() drains on its own).
    """

    name: str
    limits: MailLimits
    formats_limits: Limits  # of attachments
    _folders: dict[str, Any]  # exposed name -> what the connector opens (a path, a raw name)

    def _init_mail(self, source: SourceConfig) -> None:
        self.name = source.name
        self.limits = source.options_as(MailLimits)
        self.formats_limits = source.options_as(Limits)
        self.region = source.options_as(NameOptions).phone_region
        self._hasher: Hasher | None = None
        self._real: dict[str, str] = {}  # exposed name -> real name (those that differ)
        self._pending = ScanReport()
        # A message sampled for classification is read again by the link pass; what
        # it met is recorded once.
        self._said: set[tuple[str, str]] = set()

    def _folder_of(self, container: str, listing: Callable[[], dict[str, Any]],
                   noun: str) -> Any:
        """What a container names (a path, a server's folder name), listed again once when
        it is not known yet: a folder created since discovery."""
        if container not in self._folders:
            self._folders = listing()
        try:
            return self._folders[container]
        except KeyError:
            raise LookupError(f"{self.name}: no {noun} {container!r}") from None

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
                *, keep_raw: bool = False, size: int | None = None) -> Record | None:
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
        if keep_raw:  # a fetch is not a scan; what it meets was recorded by the scan
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
