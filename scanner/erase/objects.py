"""Erasure in object stores (issue 19): S3 buckets and local folders.

`plan_objects` groups the subject's occurrences at a store by object and reads each object
again (read only) to count its records:

- delete (kind "object"): every record of the object is the person's (a file of theirs:
  `cv/CV Zoe Q.csv`, an export made for them);
- rewrite (kind "record", one item per record): a shared CSV or JSON Lines object holding
  the person's records among others': the object is rewritten without them;
- review: the person's records are in a shared object of another format (a JSON document,
  a PDF, an archive member), which is not rewritten in place, or the object changed or is
  gone since the scan.

Locators: {"key", "etag"} (+ "part" for a record), the key as the index holds it (a key
that holds a personal value is its digest, {"hmac": ...}, beside its masked form), and then
also "real_key", the key itself: the reviewer sees which object goes (plan.json is 0600),
and apply needs no installation key to find it.

`apply_objects` runs through the source's write configuration (`write_source`; none: the
source is refused) with connectors/object_erase.py: deletes and rewrites conditional on the
planned etag (S3 If-Match; a file's size + mtime), a changed object skipped and reported,
then reads the object again to verify: a deleted object is gone, a rewritten one no longer
has the planned number of records (it has that many fewer).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from connectors.object_erase import REWRITABLE, ObjectEraser
from connectors.object_listing import format_of
from connectors.objects import ObjectStoreConnector
from exporters.occurrences import OccurrenceRow
from scanner.core.config import SourceConfig
from scanner.core.errors import one_line
from scanner.core.types import Locator
from scanner.erase.plan import ApplyRefused, Item, Outcome, PlanContext, PlanError
from scanner.identifiers.hashing import Hasher
from scanner.scan.registry import open_connector

LOCATOR_KIND = "locator"


def _open(ctx: PlanContext, source: SourceConfig) -> ObjectStoreConnector:
    getter = getattr(ctx.fetch, "connector", None)
    conn = getter(source.name).connector if callable(getter) else \
        open_connector(source).connector
    if not isinstance(conn, ObjectStoreConnector):
        raise PlanError(f"{source.name}: not an object store")
    return conn


def _real_key(conn: ObjectStoreConnector, container: str, item: dict[str, Any],
              hasher: Hasher) -> str | None:
    key = item.get("key")
    if isinstance(key, str):
        return key
    found = conn.resolve(Locator(conn.name, container, (("key", key),)),
                         lambda v: hasher(LOCATOR_KIND, v))
    real = None if found is None else found.item_dict().get("key")
    return real if isinstance(real, str) else None


def _shown(item: dict[str, Any], key: str | None) -> str:
    masked = item.get("masked")
    return str(masked) if masked else str(key or "an object")


def plan_objects(ctx: PlanContext, source: SourceConfig, rows: Sequence[OccurrenceRow]
                 ) -> list[Item]:
    """Items for the subject's objects and records at `source` (see the docstring)."""
    try:
        conn = _open(ctx, source)
    except PlanError:
        raise
    except Exception as e:  # noqa: BLE001 - one line for the plan
        raise PlanError(f"{source.name}: cannot be read: {one_line(e)}") from None
    hasher = Hasher(ctx.reader.key)
    groups: dict[tuple[str, str], list[OccurrenceRow]] = {}
    for row in rows:
        key = row.item.get("key")
        groups.setdefault((row.container, str(key)), []).append(row)
    items: list[Item] = []
    for (container, _k), group in groups.items():
        first = dict(group[0].item)
        base = {k: v for k, v in first.items() if k in ("key", "masked", "etag")}
        parts = sorted({str(r.item.get("part")) for r in group})
        wanted = set(parts)
        total, mine = 0, 0
        etags: set[str] = set()
        try:
            key = _real_key(conn, container, first, hasher)
            # counted as they stream: a large shared object is never held
            for r in () if key is None else conn.read_object(key):
                at = r.locator.item_dict()
                etags.add(str(at.get("etag")))
                total += 1
                mine += str(at.get("part")) in wanted
        except Exception as e:  # noqa: BLE001 - one line for the plan
            raise PlanError(f"{source.name} {container}: cannot be read: {one_line(e)}"
                            ) from None
        if key is not None and not isinstance(first.get("key"), str):
            # the key names the person: the index holds its digest; the plan (0600, for
            # review) shows the object it acts on, and apply needs no installation key
            base["real_key"] = key
        if key is None or not total or etags != {str(first.get("etag"))} or mine < len(wanted):
            items.append(Item(source.name, container, "object", base, "review",
                              reason="gone or changed since the scan: scan again, then plan"))
            continue
        fmt = format_of(container)
        if total == mine:
            items.append(Item(source.name, container, "object", base, "delete",
                              reason=f"every record of the object ({total}) is the "
                                     "person's"))
            continue
        others = total - mine
        if fmt in REWRITABLE:
            reason = (f"shared {fmt.upper()} object: {len(parts)} record(s) of the person "
                      f"among {total}; the {others} other(s) are kept")
            items += [Item(source.name, container, "record", {**base, "part": p}, "rewrite",
                           reason=reason) for p in parts]
        else:
            reason = (f"the person's records are in a shared {fmt} object with {others} "
                      "other record(s); it is not rewritten in place: redact by hand")
            items += [Item(source.name, container, "record", {**base, "part": p}, "review",
                           reason=reason) for p in parts]
    return items


# -- apply -------------------------------------------------------------------------------------


def apply_objects(source: SourceConfig, items: Sequence[Item], key: bytes | None = None
                  ) -> list[Outcome]:
    """Deletes and rewrites executed through the write configuration, each verified by
    reading the object again; `review` items are held. `key` (the installation's) finds
    digested keys again."""
    write = source.write_source()
    if write is None:
        raise ApplyRefused(f"{source.name}: no write credentials (write_url or "
                           "write_password_env); nothing erased")
    out = [Outcome(i, "held", f"{i.container}: for review, not applied") for i in items
           if i.action not in ("delete", "rewrite")]
    todo = [i for i in items if i.action in ("delete", "rewrite")]
    if not todo:
        return out
    try:
        conn = open_connector(write).connector
    except Exception as e:  # noqa: BLE001 - one line naming the source
        raise ApplyRefused(f"{source.name}: cannot be opened for writing: {one_line(e)}"
                           ) from None
    if not isinstance(conn, ObjectStoreConnector):
        raise ApplyRefused(f"{source.name}: not an object store")
    hasher = Hasher(key) if key is not None else None
    try:
        eraser = ObjectEraser(conn)
        groups: dict[tuple[str, str, str], list[Item]] = {}
        for i in todo:
            groups.setdefault((i.container, str(i.locator.get("key")), i.action), []).append(i)
        for (container, _k, action), group in groups.items():
            out += _apply_object(conn, eraser, container, action, group, hasher)
    finally:
        conn.close()
    return out


def _apply_object(conn: ObjectStoreConnector, eraser: ObjectEraser, container: str,
                  action: str, group: list[Item], hasher: Hasher | None) -> list[Outcome]:
    loc = group[0].locator
    shown = _shown(loc, loc.get("key") if isinstance(loc.get("key"), str) else None)
    if isinstance(loc.get("real_key"), str):
        key: str | None = str(loc["real_key"])
    elif isinstance(loc.get("key"), str):
        key = str(loc["key"])
    elif hasher is None:
        return [Outcome(i, "failed", f"{shown}: its key is a digest and no installation key "
                                     "was given to find it") for i in group]
    else:
        key = _real_key(conn, container, dict(loc), hasher)
    if key is None:
        return [Outcome(i, "erased", f"{shown}: already gone") for i in group]
    planned = str(loc.get("etag"))
    try:
        if action == "delete":
            got = eraser.delete(key, planned)
        else:
            got = eraser.rewrite(key, planned, format_of(container),
                                 [str(i.locator.get("part")) for i in group])
    except Exception as e:  # noqa: BLE001 - one line naming the object
        return [Outcome(i, "failed", f"{shown}: {one_line(e)}") for i in group]
    if got.status == "skipped":
        return [Outcome(i, "failed", f"{shown}: {got.detail.split(': ', 1)[-1]}")
                for i in group]
    # verify by reading the object again
    now = eraser.current_etag(key)
    if action == "delete" or got.status == "gone":
        if now is None:
            return [Outcome(i, "erased", f"{shown}: deleted") for i in group]
        return [Outcome(i, "failed", f"{shown}: still there after the delete") for i in group]
    if now is None or now == planned or got.removed != len(group):
        return [Outcome(i, "failed", f"{shown}: the rewrite could not be verified")
                for i in group]
    return [Outcome(i, "erased", f"{shown}: rewritten without {got.removed} record(s)")
            for i in group]
