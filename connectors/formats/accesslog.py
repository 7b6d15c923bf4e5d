"""Web server access logs (NCSA common and combined formats): browsing history.

Each line becomes one sub-record `line:N` with fields ip, user, timestamp (ISO 8601 when
it parses), method, path, status, referrer, user_agent. Lines that do not match are
counted and the first one is reported; the rest of the log goes on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

from connectors.formats.streams import Context, Opened, clip, lines

# the user agent is matched greedily up to the last quote of the line, so quotes
# inside it (escaped as \" by Apache, or left raw by some servers) do not break the match.
LOG_LINE = re.compile(
    r'^(?P<ip>\S+) (?P<ident>\S+) (?P<user>\S+) \[(?P<timestamp>[^\]]+)\] '
    r'"(?P<request>(?:[^"\\]|\\.)*)" (?P<status>\d{3}|-) (?P<size>\d+|-)'
    r'(?: "(?P<referrer>(?:[^"\\]|\\.)*)" "(?P<user_agent>.*)")?\s*$'
)

FIELDS = ("ip", "user", "timestamp", "method", "path", "status", "referrer", "user_agent")


def looks_like_access_log(sample_lines: list[str]) -> bool:
    """The first line matches and so do most of the next ones."""
    sample = [s for s in sample_lines if s.strip()][:20]
    if not sample or not LOG_LINE.match(sample[0].rstrip("\r\n")):
        return False
    hits = sum(1 for s in sample if LOG_LINE.match(s.rstrip("\r\n")))
    return hits >= 0.5 * len(sample)


def parse_line(line: str, max_chars: int) -> dict[str, object] | None:
    m = LOG_LINE.match(line.rstrip("\r\n"))
    if m is None:
        return None
    request = _unescape(m.group("request"))
    parts = request.split(" ")
    method, path = (parts[0], " ".join(parts[1:-1]) if len(parts) > 2 else "".join(parts[1:2]))
    if len(parts) == 1:
        method, path = "", request
    values: dict[str, object] = {
        "ip": m.group("ip"),
        "user": _dash(m.group("user")),
        "timestamp": _timestamp(m.group("timestamp")),
        "method": method or None,
        "path": clip(path, max_chars) or None,
        "status": int(m.group("status")) if m.group("status") != "-" else None,
        "referrer": _dash(_unescape(m.group("referrer") or "")),
        "user_agent": _dash(clip(_unescape(m.group("user_agent") or ""), max_chars)),
    }
    return values


def read_access_log(opened: Opened, ctx: Context) -> Iterator[tuple[str, dict[str, object]]]:
    bad = 0
    for n, line in lines(opened.text(), ctx):
        if not line.strip():
            continue
        values = parse_line(line, ctx.limits.max_field_chars)
        if values is None:
            bad += 1
            if bad == 1:
                ctx.problem(f"line:{n}", "not an access log line; skipped")
            continue
        yield f"line:{n}", values
    if bad > 1:
        ctx.problem("", f"{bad} lines were not access log lines; skipped")


def _dash(value: str) -> str | None:
    return None if value in ("", "-") else value


def _unescape(value: str) -> str:
    return value.replace('\\"', '"').replace("\\x22", '"').replace("\\\\", "\\")


def _timestamp(raw: str) -> str:
    try:
        return datetime.strptime(raw, "%d/%b/%Y:%H:%M:%S %z").isoformat()
    except ValueError:
        return raw
