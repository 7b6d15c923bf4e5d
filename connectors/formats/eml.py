"""One .eml message: headers as fields, the text body, and its attachments' sub-records.

The message is one sub-record `message` with fields from, to, cc, reply_to, subject,
date, message_id and body (a body longer than max_field_chars continues in `body:2` ...).
Attachments are read like archive members: `member:<filename>/<item>`, within the same
depth and member caps, so a CSV attached to a mail gets its columns read.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from connectors.formats.streams import Context, Opened, clip

HEADERS = ("from", "to", "cc", "reply-to", "subject", "date", "message-id")
_TAG = re.compile(r"<[^>]*>")
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I)


def read_eml(opened: Opened, ctx: Context) -> Iterator[tuple[str, dict[str, object]]]:
    data = opened.whole(ctx, "message")
    if data is None:
        return
    msg = BytesParser(policy=policy.default).parsebytes(data)
    del data
    limit = max(ctx.limits.max_field_chars, 1)
    values: dict[str, object] = {}
    for header in HEADERS:
        try:
            value = msg.get(header)
        except Exception:  # policy.default parses lazily; a broken header raises here
            ctx.problem(f"header:{header}", "malformed header; skipped")
            continue
        if value is not None:
            values[header.replace("-", "_")] = clip(str(value), limit)
    body = body_text(msg, ctx)
    values["body"] = body[:limit] or None
    yield "message", values
    for k, start in enumerate(range(limit, len(body), limit), 2):
        yield f"body:{k}", {"body": body[start : start + limit]}
    if ctx.depth >= ctx.limits.max_archive_depth:
        return
    for i, part in enumerate(msg.iter_attachments(), 1):
        assert isinstance(part, EmailMessage)
        name = part.get_filename() or f"attachment-{i}"
        try:
            payload = part.get_payload(decode=True)
        except Exception:
            payload = None
        if not isinstance(payload, bytes):
            continue
        if ctx.budget is not None:
            ctx.budget.member()
            ctx.budget.spend(len(payload))
        yield from ctx.member(io.BytesIO(payload), name, part.get_content_type())


def body_text(msg: EmailMessage, ctx: Context) -> str:
    """The plain-text body, else the HTML body with tags removed."""
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, ValueError):
        ctx.problem("body", "body could not be decoded; skipped")
        return ""
    if not isinstance(content, str):
        return ""
    if part.get_content_subtype() == "html":
        content = html.unescape(_TAG.sub(" ", _SCRIPT.sub(" ", content)))
    return content.strip()
