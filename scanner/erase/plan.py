"""The erasure plan every kind of source shares: what honouring one person's erasure request
means, item by item, written for a DPO to review before anything changes.

A `Plan` holds the subject's identifiers as HMAC digests only (never a raw identifier in a
file name; the items may show the values a reviewer must see, which is why plan.json is
written 0600 like a package), when it was made (ISO 8601, +00:00), the index's last scan id
per source it was planned against, and its `Item`s. `Plan.digest` is the SHA-256 of the
items' canonical JSON: the certificate quotes it, and a plan whose items were edited after
it was written no longer matches its recorded digest and is refused.

An `Item` is one thing at a source: a SQL row, a message, an object, or a record inside a
shared object, with its `locator` (what identifies it at the source: a SQL row's key
columns and values; IMAP {"uidvalidity", "uid"}; mbox {"message_id", "offset"}; Maildir
{"name"}; .eml {"path"}; S3 {"key", "etag"}; a file's record {"path", "position"}), the
`action` to take, the `columns` it touches (anonymise, clear_reference), why (`reason`),
until when it is held (`hold_until`, a date or None) and the data map's `legal_basis`.
`seen` is a digest of the personal values the planner read (SQL: the row's personal
columns), compared again at apply time: a row that changed since is refused.

How a kind of source plugs in (scanner/erase/sql.py is the example): a module
`scanner/erase/<type>.py` for the source type the export uses ("sql", "mail", "objects",
scanner.export.reader.SOURCE_TYPES) with two functions:

- `plan_<type>(ctx: PlanContext, source: SourceConfig, rows: Sequence[OccurrenceRow])
  -> list[Item]`: the subject's occurrences at that source (exporters.occurrences), read
  only, into items; raise `PlanError` (one line, no value) when the source cannot be planned.
- `apply_<type>(source: SourceConfig, items: Sequence[Item], key: bytes | None = None)
  -> list[Outcome]` (`key`: the installation's, for names the index holds masked): executes
  the items through the source's write credentials (`SourceConfig.write_url` or
  `write_password_env`, `write_source` below), verifies each by reading it again, and
  returns one `Outcome` per item (status erased, held or failed, a one-line message without
  values). Raise `ApplyRefused` to refuse the whole source (its items all fail).

scanner.erase.apply finds them by name (`importlib`), so no registry needs editing; a
source type without a module gets its occurrences listed as "review" items.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import orjson

PLAN_VERSION = 1
PLAN_FILE = "plan.json"
SCHEMA_FILE = "erasure-plan.schema.json"
KINDS = ("row", "message", "object", "record")
ACTIONS = ("delete", "anonymise", "unlink", "clear_reference", "rewrite", "review", "hold")
# What an item's apply came to (the certificate's lists).
STATUSES = ("erased", "held", "failed")


class PlanError(Exception):
    """A source (or the whole request) cannot be planned; one line, no personal value."""


class ApplyRefused(Exception):
    """A source's items are not applied (no write credentials, a stale plan, a changed row);
    one line naming the source, no personal value."""


@dataclass(frozen=True)
class Item:
    """One thing to do at a source (see the module's docstring)."""

    source: str
    container: str
    kind: str  # KINDS
    locator: dict[str, Any]
    action: str  # ACTIONS
    columns: tuple[str, ...] = ()
    reason: str = ""
    hold_until: str | None = None  # ISO date
    legal_basis: str | None = None
    seen: str | None = None  # SHA-256 (hex) of the personal values the planner read
    # the column -> value the statement sets (anonymise, clear_reference): None or a
    # placeholder for a NOT NULL column
    set_values: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown item kind {self.kind!r}")
        if self.action not in ACTIONS:
            raise ValueError(f"unknown action {self.action!r}")

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["columns"] = list(self.columns)
        return out

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> Item:
        return cls(source=raw["source"], container=raw["container"], kind=raw["kind"],
                   locator=dict(raw["locator"]), action=raw["action"],
                   columns=tuple(raw.get("columns") or ()), reason=raw.get("reason") or "",
                   hold_until=raw.get("hold_until"), legal_basis=raw.get("legal_basis"),
                   seen=raw.get("seen"), set_values=dict(raw.get("set_values") or {}))


@dataclass(frozen=True)
class Outcome:
    """What applying one item came to; `message` is one line without a personal value."""

    item: Item
    status: str  # STATUSES
    message: str = ""


@dataclass(frozen=True)
class Plan:
    created_at: str  # ISO 8601 with its offset (+00:00)
    identifiers: tuple[str, ...]  # HMAC digests (hex) of the identifiers given
    subjects: tuple[int, ...]
    scans: dict[str, int | None]  # source -> the index's last scan id it was planned against
    items: tuple[Item, ...]
    # source -> why it was not planned (one line); its data may remain
    not_planned: dict[str, str] = field(default_factory=dict)
    version: int = PLAN_VERSION

    @property
    def digest(self) -> str:
        return items_digest(self.items)

    def as_json(self) -> dict[str, Any]:
        return {"version": self.version, "created_at": self.created_at,
                "identifiers": list(self.identifiers), "subjects": list(self.subjects),
                "scans": dict(self.scans), "digest": self.digest,
                "not_planned": dict(self.not_planned),
                "items": [i.as_json() for i in self.items]}

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> Plan:
        plan = cls(created_at=raw["created_at"], identifiers=tuple(raw["identifiers"]),
                   subjects=tuple(int(s) for s in raw["subjects"]),
                   scans=dict(raw["scans"]),
                   items=tuple(Item.from_json(i) for i in raw["items"]),
                   not_planned=dict(raw.get("not_planned") or {}),
                   version=int(raw.get("version", PLAN_VERSION)))
        if raw.get("digest") != plan.digest:
            raise PlanError("plan.json was changed after it was written (its items no "
                            "longer match its digest): plan again")
        return plan

    def by_source(self) -> dict[str, list[Item]]:
        out: dict[str, list[Item]] = {}
        for item in self.items:
            out.setdefault(item.source, []).append(item)
        return out

    def created(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.created_at)


def items_digest(items: Sequence[Item]) -> str:
    """SHA-256 (hex) of the items' canonical JSON, in their order."""
    body = orjson.dumps([i.as_json() for i in items], option=orjson.OPT_SORT_KEYS,
                        default=str)
    return hashlib.sha256(body).hexdigest()


def values_digest(values: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of a record's values as text, by name: what `Item.seen` holds."""
    body = orjson.dumps({k: None if v is None else str(v) for k, v in values.items()},
                        option=orjson.OPT_SORT_KEYS)
    return hashlib.sha256(body).hexdigest()


def iso_now(clock: dt.datetime | None = None) -> str:
    return (clock or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat(timespec="seconds")


def write_private(path: Path, data: bytes) -> None:
    """Write a file readable by its owner only (0600), as packages are."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, data)
    finally:
        os.close(fd)


def write_plan(plan: Plan, out: Path) -> Path:
    out.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = out / PLAN_FILE
    write_private(path, orjson.dumps(plan.as_json(), option=orjson.OPT_INDENT_2, default=str))
    return path


def read_plan(out: Path) -> Plan:
    path = out / PLAN_FILE
    try:
        raw = orjson.loads(path.read_bytes())
    except FileNotFoundError:
        raise PlanError(f"no {PLAN_FILE} in {out}: run 'pdmap erase IDENTIFIER -o "
                        f"{out}' first") from None
    except orjson.JSONDecodeError as e:
        raise PlanError(f"{path}: not JSON ({e.msg}, line {e.lineno})") from None
    try:
        return Plan.from_json(raw)
    except (KeyError, TypeError, ValueError) as e:
        raise PlanError(f"{path}: not an erasure plan ({type(e).__name__}: "
                        f"{str(e).splitlines()[0][:80]})") from None


@dataclass(frozen=True)
class PlanContext:
    """What every planner is handed: the person, the config (its data map) and read-only
    access to the index and the sources, wired by the CLI (scanner/cli/erase.py)."""

    subjects: tuple[int, ...]
    config: Any  # scanner.core.config.Config
    reader: Any  # the index, as scanner.export.reader.IndexReader reads it
    fetch: Any  # fetch(Locator) -> Record | None: a source's current values, read only
    now: dt.datetime
    # A scan found the person under the configured age when their data was collected
    # (scanner.link.minors): legitimate interest holds nothing of theirs (art. 17(1)(f)).
    minor: bool = False
