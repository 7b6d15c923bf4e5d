"""Name an object's format from its first bytes, its name and its Content-Type.

Content wins: magic bytes first (a `.csv` that is gzip is gzip), then binary content is
refused (never decoded as text), then text is told apart by shape. The extension and
Content-Type only break ties between text formats (`.tsv` → csv, `.jsonl` → jsonl).
"""

from __future__ import annotations

import csv
import json
import re

from connectors.formats.accesslog import looks_like_access_log
from connectors.formats.streams import decode_head

FORMATS = (
    "csv", "json", "jsonl", "text", "access_log", "eml", "pdf", "docx", "zip", "gzip",
    "binary", "unknown",
)

_EXT = {
    ".csv": "csv", ".tsv": "csv", ".tab": "csv", ".psv": "csv",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".eml": "eml", ".txt": "text", ".md": "text", ".log": "text",
    ".pdf": "pdf", ".docx": "docx", ".zip": "zip", ".gz": "gzip",
}
_CTYPE = {
    "text/csv": "csv", "text/tab-separated-values": "csv", "application/csv": "csv",
    "application/json": "json", "application/x-ndjson": "jsonl", "application/jsonl": "jsonl",
    "application/x-jsonlines": "jsonl", "message/rfc822": "eml", "text/plain": "text",
    "application/pdf": "pdf", "application/zip": "zip", "application/gzip": "gzip",
    "application/x-gzip": "gzip",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}
_MAIL_HEADERS = {
    "from", "to", "cc", "subject", "date", "message-id", "received", "return-path",
    "mime-version", "delivered-to", "reply-to", "content-type",
}
_HEADER = re.compile(r"^([!-9;-~]+):")
_CONTROL = frozenset(range(0, 32)) - {9, 10, 12, 13, 27}


def hint(name: str, content_type: str | None = None) -> str | None:
    """The format the name or Content-Type claims, if any."""
    if content_type:
        claimed = _CTYPE.get(content_type.split(";")[0].strip().lower())
        if claimed:
            return claimed
    lower = name.lower()
    dot = lower.rfind(".")
    return _EXT.get(lower[dot:]) if dot >= 0 else None


def is_binary(head: bytes) -> bool:
    """NUL bytes (outside UTF-16) or many control bytes: not text."""
    if not head or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b in _CONTROL or b == 127)
    return controls > 0.1 * len(head)


def sniff(name: str, head: bytes, content_type: str | None = None) -> str:
    """One of FORMATS. `head` is the object's first bytes (8 KiB is plenty)."""
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        claimed = hint(name, content_type)
        # the central directory is at the end; a DOCX is confirmed when the zip is
        # opened (the zip reader reads word/document.xml when it finds one).
        return "docx" if claimed == "docx" or b"word/" in head else "zip"
    if head.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if not head.strip():
        return "unknown"
    if is_binary(head):
        return "binary"
    return sniff_text(decode_head(head), hint(name, content_type))


def sniff_text(text: str, claimed: str | None) -> str:
    complete = text.splitlines(keepends=True)
    if len(complete) > 1 and not complete[-1].endswith("\n"):
        complete = complete[:-1]  # the head may end mid-line
    if looks_like_eml(complete, claimed == "eml"):
        return "eml"
    stripped = text.lstrip()
    if stripped[:1] in ("{", "["):
        if claimed == "jsonl" or _looks_like_jsonl(complete):
            return "jsonl"
        if claimed != "csv":
            return "json"
    if looks_like_access_log(complete):
        return "access_log"
    if claimed == "csv" or _looks_delimited(complete):
        return "csv"
    return "text"


def looks_like_eml(lines: list[str], claimed: bool) -> bool:
    """A header block: every line a header or a continuation, up to a blank line, with
    at least two well-known mail headers (one if the name says .eml)."""
    known = 0
    for i, line in enumerate(lines):
        if not line.strip():
            break
        if line[0] in " \t" and i > 0:
            continue
        m = _HEADER.match(line)
        if m is None:
            return False
        known += m.group(1).lower() in _MAIL_HEADERS
    return known >= (1 if claimed else 2)


def _looks_like_jsonl(lines: list[str]) -> bool:
    sample = [s for s in lines if s.strip()][:5]
    if len(sample) < 2:
        return False
    try:
        return all(isinstance(json.loads(s), dict | list) for s in sample)
    except ValueError:
        return False


def _looks_delimited(lines: list[str]) -> bool:
    # without a .csv name, ask for three lines so two lines of prose with one comma
    # each are not taken for a table.
    return len([s for s in lines if s.strip()]) >= 3 and sniff_delimiter(lines, None) is not None


def sniff_delimiter(lines: list[str], default: str | None = ",") -> str | None:
    """The delimiter (, ; tab |) that splits the first lines into the same number (> 1)
    of fields most consistently; `default` when none does."""
    sample = [s for s in lines if s.strip()][:20]
    best: tuple[float, int, str] | None = None
    for delim in (",", ";", "\t", "|"):
        counts = [len(row) for row in csv.reader(sample, delimiter=delim)]
        if len(counts) < (2 if default is None else 1):
            continue
        mode = max(set(counts), key=counts.count)
        share = counts.count(mode) / len(counts)
        if mode < 2 or share < 0.8:
            continue
        score = (share, mode, delim)
        if best is None or score[:2] > best[:2]:
            best = score
    return best[2] if best else default
