"""Erasure of messages (issue 19): mailboxes over IMAP and mail on disk (mbox, Maildir, .eml).

`plan_mail` turns the subject's occurrences at a mail source into items, reading only:
each message is fetched again and its From/Sender/Reply-To/To/Cc/Bcc addresses are looked
up in the index (digests, never a stored value):

- delete: the person sent it or received it and nobody else is in its addresses (role
  addresses such as support@ are the company's, not people), or it lies in the person's
  own IMAP account;
- review: someone else is in its addresses too (one of many recipients: deleting it erases
  the others' copy of their correspondence; a reviewer redacts or keeps it), or the person
  is only named in its body or an attachment, or it cannot be read again.

Locators: IMAP {"uidvalidity", "uid"}; mbox {"offset", "size", "mtime_ns"} (and the
Message-ID as the index holds it: a digest); Maildir {"name"}; .eml {"path"} (as the
connector exposes it, masked when it holds a personal value). `seen` is the SHA-256 of the
mbox file or of the message file: a file changed since planning is skipped at apply time.

`apply_mail` runs through the source's write configuration (`write_source`; none: the
source is refused): connectors/imap_erase.py (UIDVALIDITY checked, UID STORE \\Deleted +
UID EXPUNGE), connectors/mail_erase.py (mbox rewritten atomically, files deleted), then
reads every message again to verify it is gone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from email.utils import getaddresses
from typing import Any

from connectors.imap_erase import ImapEraser
from connectors.mail_erase import FileState, MailFilesEraser, file_state
from connectors.mail_files import MailFiles
from exporters.occurrences import OccurrenceRow
from scanner.core.config import SourceConfig
from scanner.core.errors import one_line
from scanner.core.types import Locator
from scanner.erase.plan import ApplyRefused, Item, Outcome, PlanContext, PlanError
from scanner.identifiers.hashing import Hasher
from scanner.identifiers.normalise import is_role_email, normalize_email
from scanner.scan.registry import open_connector

ADDRESS_FIELDS = ("from", "sender", "reply_to", "to", "cc", "bcc")
SENT = ("from", "sender", "reply_to")
LOCATOR_KIND = "locator"


def _scheme(source: SourceConfig) -> str:
    return source.url.split("://", 1)[0].lower() if "://" in source.url else "file"


def _people(values: dict[str, Any]) -> dict[str, set[str]]:
    """normalized personal address -> the header fields it is in (role addresses left out)."""
    out: dict[str, set[str]] = {}
    for f in ADDRESS_FIELDS:
        text = values.get(f)
        if not text:
            continue
        for _name, addr in getaddresses([str(text)]):
            norm = normalize_email(addr)
            if norm and not is_role_email(norm):
                out.setdefault(norm, set()).add(f)
    return out


def _verdict(ctx: PlanContext, values: dict[str, Any] | None, owner: bool
             ) -> tuple[str, str]:
    """(action, reason) for one message the subject occurs in."""
    if values is None:
        return "review", ("not found at the source any more (deleted or moved since the "
                          "scan?): check, then scan again")
    if owner:
        return "delete", "in the person's own mailbox (the account's owner)"
    people = _people(values)
    mine: set[str] = set()
    others: set[str] = set()
    wanted = set(ctx.subjects)
    for addr in people:
        try:
            holders = set(ctx.reader.resolve_all(addr, "email"))
        except Exception:  # noqa: BLE001 - an ambiguous address is someone else's too
            holders = set()
        (mine if holders & wanted else others).add(addr)
    if not mine:
        return "review", ("the person is named in its body or an attachment only, not in "
                          "its addresses: the message is its correspondents'; redact or keep")
    if others:
        return "review", (f"{len(others)} other person(s) in its From/To/Cc too (the person "
                          "is one of several correspondents): deleting it erases their "
                          "copy; redact or keep")
    fields = set().union(*(people[a] for a in mine))
    if fields & set(SENT):
        return "delete", "sent by the person, to nobody else but the company"
    return "delete", "addressed to the person alone (besides the company's addresses)"


def _owner(ctx: PlanContext, user: str) -> bool:
    norm = normalize_email(user)
    if not norm:
        return False
    try:
        return bool(set(ctx.reader.resolve_all(norm, "email")) & set(ctx.subjects))
    except Exception:  # noqa: BLE001 - ambiguous: not the person's alone
        return False


def _hasher(ctx: PlanContext) -> Hasher:
    return Hasher(ctx.reader.key)


def _open(ctx: PlanContext, source: SourceConfig) -> Any:
    """The read connector (the export's when the context's fetch has one), names exposed as
    the scan exposed them."""
    getter = getattr(ctx.fetch, "connector", None)
    if callable(getter):
        return getter(source.name).connector
    opened = open_connector(source)
    if opened.mailbox is not None:
        opened.mailbox.use_key(ctx.reader.key)
    return opened.connector


def plan_mail(ctx: PlanContext, source: SourceConfig, rows: Sequence[OccurrenceRow]
              ) -> list[Item]:
    """One item per message of the subject at `source` (see the module's docstring)."""
    try:
        conn = _open(ctx, source)
    except Exception as e:  # noqa: BLE001 - one line for the plan
        raise PlanError(f"{source.name}: cannot be read: {one_line(e)}") from None
    owner = False
    if _scheme(source) in ("imap", "imaps"):
        owner = _owner(ctx, str(getattr(conn, "user", "")))
    hasher = _hasher(ctx)
    offsets: dict[str, dict[str, int]] = {}  # mbox container -> message-id digest -> offset
    states: dict[str, FileState] = {}
    items = []
    for row in rows:
        item = dict(row.item)
        seen = None
        found = True
        is_mbox = isinstance(conn, MailFiles) and _scheme(source) == "mbox"
        if is_mbox:
            eraser = MailFilesEraser(conn)
            if row.container not in states:
                states[row.container] = file_state(eraser.path_of(row.container))
                offsets[row.container] = _mbox_offsets(eraser, row.container, hasher)
            st = states[row.container]
            if "offset" not in item:
                mid = item.get("message_id")
                d = mid.get("hmac") if isinstance(mid, dict) else None
                at = offsets[row.container].get(str(d))
                found = at is not None
                if at is not None:
                    item["offset"] = at
            item.update(size=st.size, mtime_ns=st.mtime_ns)
            seen = st.sha256
        try:
            if not found:
                record = None
            elif is_mbox:  # by the offset just found: no second pass over the file
                record = conn.fetch(Locator(source.name, row.container,
                                            (("offset", item["offset"]),)))
            elif "uid" in item:  # IMAP: by UID, not by streaming the folder for a digest
                record = conn.fetch(Locator(source.name, row.container, tuple(sorted(
                    (k, v) for k, v in item.items() if k in ("uid", "uidvalidity")))))
            else:
                record = ctx.fetch(row.locator())
        except Exception as e:  # noqa: BLE001 - one line for the plan
            raise PlanError(f"{source.name} {row.container}: cannot be read: "
                            f"{one_line(e)}") from None
        values = None if record is None else dict(record.values)
        action, reason = _verdict(ctx, values, owner)
        if isinstance(conn, MailFiles) and not is_mbox:
            path = MailFilesEraser(conn).message_file(row.container, item)
            seen = None if path is None else file_state(path).sha256
            if isinstance(item.get("path"), str):
                real_path = conn._real_name(item["path"])  # noqa: SLF001
                if real_path != item["path"]:
                    item["real_path"] = real_path
        real = conn._real_name(row.container)  # noqa: SLF001 - a name masked by the scan
        if real != row.container:
            item["real_container"] = real
        items.append(Item(source=source.name, container=row.container, kind="message",
                          locator=item, action=action, reason=reason, seen=seen))
    return items


def _mbox_offsets(eraser: MailFilesEraser, container: str, hasher: Hasher) -> dict[str, int]:
    """Message-ID digest -> offset of its first message (as the scan's locators say)."""
    out: dict[str, int] = {}
    for offset, mid in eraser.mbox_messages(container):
        if mid:
            out.setdefault(hasher(LOCATOR_KIND, mid), offset)
    return out


# -- apply -------------------------------------------------------------------------------------


def apply_mail(source: SourceConfig, items: Sequence[Item], key: bytes | None = None
               ) -> list[Outcome]:
    """The `delete` items executed through the write configuration and verified; `review`
    items are held (nothing done). `key` (the installation's) maps masked names back."""
    write = source.write_source()
    if write is None:
        raise ApplyRefused(f"{source.name}: no write credentials (write_url or "
                           "write_password_env); nothing erased")
    held = [Outcome(i, "held", f"{i.container}: for review, not applied") for i in items
            if i.action != "delete"]
    todo = [i for i in items if i.action == "delete"]
    if not todo:
        return held
    if key is not None:
        return held + _apply_mail(source, write, todo, key)
    # Without the installation key, names are reached by their real form (the plan's
    # real_container / real_path) and the outcomes say them masked again.
    working = {id(w): (w, i) for i in todo for w in [_real(i)]}
    done = _apply_mail(source, write, [w for w, _ in working.values()], None)
    return held + [Outcome(working[id(o.item)][1], o.status,
                           _masked(working[id(o.item)][1], o.message)) for o in done]


def _real(item: Item) -> Item:
    loc = dict(item.locator)
    container = str(loc.pop("real_container", item.container))
    real_path = loc.pop("real_path", None)
    if real_path is not None:
        loc["path"] = real_path
    return replace(item, container=container, locator=loc)


def _masked(item: Item, message: str) -> str:
    pairs = [(str(item.locator.get("real_container", "")), item.container),
             (str(item.locator.get("real_path", "")), str(item.locator.get("path", "")))]
    for real, shown in sorted(pairs, key=lambda p: -len(p[0])):
        if real:
            message = message.replace(real, shown)
    return message


def _apply_mail(source: SourceConfig, write: SourceConfig, todo: Sequence[Item],
                key: bytes | None) -> list[Outcome]:
    out: list[Outcome] = []
    try:
        if _scheme(source) in ("imap", "imaps"):
            return out + _apply_imap(write, todo, key)
        opened = open_connector(write)
    except ApplyRefused:
        raise
    except Exception as e:  # noqa: BLE001 - one line naming the source
        raise ApplyRefused(f"{source.name}: cannot be opened for writing: {one_line(e)}"
                           ) from None
    conn = opened.connector
    if not isinstance(conn, MailFiles):
        raise ApplyRefused(f"{source.name}: not a mail source")
    if key is not None:
        conn.use_key(key)
    eraser = MailFilesEraser(conn)
    try:
        if _scheme(source) == "mbox":
            return out + _apply_mbox(eraser, todo)
        return out + [_apply_file(eraser, i) for i in todo]
    finally:
        conn.close()


def _apply_imap(write: SourceConfig, items: Sequence[Item], key: bytes | None
                ) -> list[Outcome]:
    eraser = ImapEraser(write)
    if key is not None:
        eraser.use_key(key)  # folder names as the scan exposed them
    out: list[Outcome] = []
    try:
        groups: dict[tuple[str, int], list[Item]] = {}
        for i in items:
            groups.setdefault((i.container, int(i.locator["uidvalidity"])), []).append(i)
        for (folder, validity), group in groups.items():
            uids = {int(i.locator["uid"]): i for i in group}
            got = eraser.erase(folder, validity, list(uids))
            if got.refused:
                out += [Outcome(i, "failed", got.refused) for i in group]
                continue
            still = eraser.present(folder, validity, list(uids))
            for uid, i in uids.items():
                if uid in still:
                    out.append(Outcome(i, "failed", f"{folder}: UID {uid} still there after "
                                                    "UID EXPUNGE"))
                elif uid in got.gone:
                    out.append(Outcome(i, "erased", f"{folder}: UID {uid} already gone"))
                else:
                    out.append(Outcome(i, "erased", f"{folder}: UID {uid} expunged"))
    finally:
        eraser.close()
    return out


def _apply_mbox(eraser: MailFilesEraser, items: Sequence[Item]) -> list[Outcome]:
    out: list[Outcome] = []
    groups: dict[str, list[Item]] = {}
    for i in items:
        groups.setdefault(i.container, []).append(i)
    for container, group in groups.items():
        first = group[0]
        expected = FileState(int(first.locator["size"]), int(first.locator["mtime_ns"]),
                             str(first.seen))
        wanted = [i for i in group if "offset" in i.locator]
        try:
            before = Counter(mid for _o, mid in eraser.mbox_messages(container) if mid)
            dropped = Counter(mid for o, mid in eraser.mbox_messages(container)
                              if mid and o in {int(i.locator["offset"]) for i in wanted})
            got = eraser.rewrite_mbox(container, [int(i.locator["offset"]) for i in wanted],
                                      expected)
        except OSError as e:
            out += [Outcome(i, "failed", f"{container}: cannot be rewritten "
                                         f"({type(e).__name__})") for i in group]
            continue
        if got.status != "erased":
            out += [Outcome(i, "failed", got.detail) for i in group]
            continue
        # verified by reading the file again: each removed Message-ID is gone (or as many
        # times fewer as messages that shared it were removed)
        after = Counter(mid for _o, mid in eraser.mbox_messages(container) if mid)
        ok = all(after[m] == before[m] - n for m, n in dropped.items())
        status = "erased" if ok else "failed"
        text = f"{container}: removed from the mbox" if ok else \
            f"{container}: a removed message is still found after the rewrite"
        out += [Outcome(i, status, text) for i in wanted]
        out += [Outcome(i, "failed", f"{container}: not located in the mbox at planning")
                for i in group if i not in wanted]
    return out


def _apply_file(eraser: MailFilesEraser, item: Item) -> Outcome:
    expected = None
    if item.seen:
        expected = FileState(0, 0, item.seen)
    got = eraser.delete_file(item.container, item.locator, expected)
    if got.status == "skipped":
        return Outcome(item, "failed", got.detail)
    if eraser.message_file(item.container, item.locator) is not None:
        return Outcome(item, "failed", f"{item.container}: the message is still there")
    return Outcome(item, "erased", got.detail or f"{item.container}: message file deleted")

