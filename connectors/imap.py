"""IMAP mailboxes, read-only: EXAMINE, STATUS, UID SEARCH and UID FETCH of BODY.PEEK[].

    imaps://alice@mail.example.com/INBOX      implicit TLS (port 993)
    imap://alice@mail.example.com:143/*       STARTTLS, required unless options.starttls
                                              is false (then plain text: loopback/tests only)

The URL path is a folder glob ("INBOX", "Archive/*"; empty means every folder); folder
names use "/" whatever the server's delimiter, and the source's include/exclude globs
narrow them further. The password comes from the environment (SourceConfig.password());
a password in the URL is refused. Options: starttls (true), ca_file (a PEM bundle to trust),
tls_verify (true), timeout (30 s), batch_size (100 messages per FETCH), and the caps of
MailLimits. A message over max_message_bytes is fetched by its header (BODY.PEEK[HEADER])
and linked by it, and the failure recorded; `fetch` (an export) reads it whole.

Nothing is ever written: folders are opened with EXAMINE and bodies fetched with
BODY.PEEK[], so no \\Seen flag is set, no flag changed, nothing expunged.

Locator item: (("message_id", "<id>"), ("uid", 42), ("uidvalidity", 1700000000)), the
Message-ID only when the message has one. Incremental: `state(folder)` gives
{uidvalidity, uidnext, last_uid, messages}; `read(folder, fields, since=state)` reads only
UIDs above since["last_uid"], or everything when UIDVALIDITY changed.
"""

from __future__ import annotations

import fnmatch
import imaplib
import re
import ssl
from collections.abc import Iterator, Mapping, Sequence
from typing import Any
from urllib.parse import unquote, urlsplit

from connectors.imap_protocol import (
    ImapError,
    decode_mutf7,
    error_text,
    parse_fetch,
    parse_list,
    quote,
    server_text,
)
from connectors.mail_files import spread
from connectors.message import (
    FIELD_NAMES,
    FIELDS,
    HEADER_FIELDS,
    MailConnectorBase,
)
from connectors.message_headers import quick_message_id
from scanner.core.config import SourceConfig
from scanner.core.options import ImapSettings
from scanner.core.protocols import FolderState
from scanner.core.types import ContainerSchema, Locator, Record, ScanReport


class ImapConnector(MailConnectorBase, FolderState):
    """One IMAP account; a container is a folder."""

    schemes = ("imap", "imaps")

    def __init__(self, source: SourceConfig) -> None:
        self._init_mail(source)
        self.source = source
        parts = urlsplit(source.url)
        if parts.password:
            raise ImapError("a password in the source URL is refused; put it in the "
                            f"environment (see password_env) for source {source.name}")
        self.tls = parts.scheme == "imaps"
        self.host = parts.hostname or "localhost"
        self.port = parts.port or (993 if self.tls else 143)
        self.user = unquote(parts.username or "")
        self.folder_glob = unquote(parts.path.lstrip("/")) or "*"
        opts = source.options_as(ImapSettings)
        self.starttls = opts.starttls
        self.ca_file = opts.ca_file
        self.tls_verify = opts.tls_verify
        self.timeout = opts.timeout
        self.batch = max(1, opts.batch_size)
        self._password = source.password()
        if not self.user:
            raise ImapError(f"no user name in the URL of source {source.name}")
        if self._password is None:
            var = source.password_env or "PDMAP_PASSWORD_" + re.sub(r"\W", "_",
                                                                    source.name).upper()
            raise ImapError(f"no password for source {source.name}: set {var}")
        self._client: imaplib.IMAP4 | None = None
        self._folders: dict[str, str] = {}  # container name -> raw mailbox name
        self._examined: tuple[str, int] | None = None  # (container, uidvalidity)

    # -- connection -----------------------------------------------------------------------

    def _ssl_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=self.ca_file)
        if not self.tls_verify:
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
        return ctx

    def _conn(self) -> imaplib.IMAP4:
        if self._client is not None:
            return self._client
        try:
            if self.tls:
                client: imaplib.IMAP4 = imaplib.IMAP4_SSL(
                    self.host, self.port, ssl_context=self._ssl_context(), timeout=self.timeout)
            else:
                client = imaplib.IMAP4(self.host, self.port, timeout=self.timeout)
                if self.starttls:
                    if "STARTTLS" not in client.capabilities:
                        client.shutdown()
                        raise ImapError(f"{self.host}:{self.port} does not offer STARTTLS; use "
                                        "imaps:// or set options.starttls: false (plain text)")
                    client.starttls(ssl_context=self._ssl_context())
            client.login(self.user, self._password or "")
        except imaplib.IMAP4.error as e:
            raise ImapError(f"IMAP login as {self.user} at {self.host}:{self.port} failed: "
                            f"{server_text(e)}") from None
        except (OSError, ssl.SSLError) as e:
            raise ImapError(f"cannot reach {self.host}:{self.port}: {type(e).__name__}: "
                            f"{e.strerror or e}") from None
        self._client = client
        self._examined = None
        return client

    def _reset(self) -> None:
        client, self._client, self._examined = self._client, None, None
        if client is not None:
            try:
                client.logout()
            except (imaplib.IMAP4.error, OSError):
                pass

    def close(self) -> None:
        self._reset()

    def describe(self) -> str:
        return f"{'imaps' if self.tls else 'imap'}://{self.user}@{self.host}:{self.port}"

    # -- folders --------------------------------------------------------------------------

    def _list_folders(self) -> dict[str, str]:
        typ, data = self._conn().list()
        if typ != "OK":
            raise ImapError(f"LIST failed: {server_text(data)}")
        found = {}
        for flags, delim, raw in parse_list(data):
            if "\\noselect" in flags.lower() or "\\nonexistent" in flags.lower():
                continue
            name = decode_mutf7(raw)
            if delim and delim != "/":
                name = name.replace(delim, "/")
            found[self._expose(name)] = raw
        return found

    def _wanted(self, name: str) -> bool:
        def match(glob: str) -> bool:
            # INBOX is case-insensitive in IMAP; other names are not.
            if name.upper() == "INBOX" and glob.upper() == "INBOX":
                return True
            return fnmatch.fnmatchcase(name, glob)

        ok = match(self.folder_glob) and any(match(g) for g in self.source.include or ("*",))
        return ok and not any(match(g) for g in self.source.exclude)

    def discover(self, report: ScanReport) -> Iterator[ContainerSchema]:
        self._folders = self._list_folders()
        for name in sorted(self._folders):
            if not self._wanted(self._real_name(name)):
                continue
            try:
                status = self._status(name)
            except ImapError as e:
                report.fail(self.name, name, self._scrub(str(e)))
                continue
            yield ContainerSchema(self.name, name, FIELDS, row_estimate=status.get("messages"))
        self.drain_into(report)

    def _scrub(self, text: str) -> str:
        """Also the names as the server spells them (modified UTF-7, its delimiter)."""
        for shown, raw in self._folders.items():
            if shown in self._real and raw:
                text = text.replace(raw, shown)
        return super()._scrub(text)

    def _raw_name(self, container: str) -> str:
        raw: str = self._folder_of(container, self._list_folders, "folder")
        return raw

    def _status(self, container: str) -> dict[str, int]:
        typ, data = self._conn().status(quote(self._raw_name(container)),
                                        "(MESSAGES UIDNEXT UIDVALIDITY)")
        if typ != "OK" or not data or not data[0]:
            raise ImapError(self._scrub(f"STATUS failed: {server_text(data)}"))
        text = data[0].decode("ascii", "replace") if isinstance(data[0], bytes) else str(data[0])
        return {k.lower(): int(v) for k, v in re.findall(r"(MESSAGES|UIDNEXT|UIDVALIDITY) (\d+)",
                                                         text, re.I)}

    def _examine(self, container: str, *, fresh: bool = True) -> int:
        """EXAMINE (read-only SELECT) the folder; its UIDVALIDITY.

        A read or sample examines again so it sees messages delivered since the last
        one (a search in an examined folder only sees what the session was told about);
        fetches reuse the open folder after a NOOP, which brings the same news."""
        client = self._conn()
        if self._examined and self._examined[0] == container and not fresh:
            client.noop()
            return self._examined[1]
        typ, data = client.select(quote(self._raw_name(container)), readonly=True)
        if typ != "OK":
            raise ImapError(self._scrub(f"EXAMINE {container} failed: {server_text(data)}"))
        _typ, validity = client.response("UIDVALIDITY")
        uidvalidity = int(validity[0]) if validity and validity[0] else 0
        self._examined = (container, uidvalidity)
        return uidvalidity

    def state(self, container: ContainerSchema) -> dict[str, Any]:
        """{uidvalidity, uidnext, last_uid, messages}: pass it back as read(since=...).

        Take it before read(); a message delivered during the read is then read again
        next time (same locator), never missed."""
        s = self._status(container.name)
        return {"uidvalidity": s.get("uidvalidity", 0), "uidnext": s.get("uidnext", 0),
                "last_uid": max(0, s.get("uidnext", 1) - 1), "messages": s.get("messages", 0)}

    # -- messages -------------------------------------------------------------------------

    def _uids(self, start: int = 1) -> list[int]:
        # One UID SEARCH per folder (about 8 bytes per message): simpler and fewer round
        # trips than walking UID ranges, which are sparse after expunges.
        typ, data = self._conn().uid("SEARCH", f"UID {start}:*")
        if typ != "OK":
            raise ImapError(f"UID SEARCH failed: {server_text(data)}")
        uids = sorted(int(u) for u in b" ".join(d for d in data if d).split())
        return [u for u in uids if u >= start]  # "n:*" also matches the last UID when < n

    def _fetch_batch(self, container: str, uidvalidity: int, uids: Sequence[int],
                     fields: Sequence[str] | None, *, keep_raw: bool = False) -> Iterator[Record]:
        if not uids:  # an empty folder: "UID FETCH" of nothing is a BAD command
            return
        client = self._conn()
        uid_set = ",".join(str(u) for u in uids)
        typ, data = client.uid("FETCH", uid_set, "(UID RFC822.SIZE)")
        if typ != "OK":
            raise ImapError(f"UID FETCH failed: {server_text(data)}")
        sizes = parse_fetch(data)
        whole, heads = [], []
        for uid in uids:
            size = sizes.get(uid, (None, None))[0]
            if uid not in sizes:
                continue  # expunged meanwhile
            if size is not None and size > self.limits.max_message_bytes and not keep_raw:
                heads.append(uid)  # linked by its headers; an export reads it whole
            else:
                whole.append(uid)
        headers_only = fields is not None and set(fields) <= set(HEADER_FIELDS)
        part = "BODY.PEEK[HEADER]" if headers_only else "BODY.PEEK[]"
        bodies = self._bodies(whole, part)
        bodies.update(self._bodies(heads, "BODY.PEEK[HEADER]"))
        over = set(heads)
        for uid in uids:
            raw = bodies.get(uid, (None, None))[1]
            if raw is None:
                continue  # expunged meanwhile
            item: tuple[tuple[str, Any], ...] = (("uid", uid), ("uidvalidity", uidvalidity))
            mid = quick_message_id(raw)
            if mid:
                item = (("message_id", mid), *item)
            size = sizes[uid][0] if uid in over else None
            rec = self._record(Locator(self.name, container, item), raw, fields,
                               keep_raw=keep_raw, size=size)
            if rec is not None:
                yield rec

    def _bodies(self, uids: Sequence[int], part: str
                ) -> dict[int, tuple[int | None, bytes | None]]:
        if not uids:
            return {}
        typ, data = self._conn().uid("FETCH", ",".join(str(u) for u in uids), f"(UID {part})")
        if typ != "OK":
            raise ImapError(f"UID FETCH failed: {server_text(data)}")
        return parse_fetch(data)

    def read(self, container: ContainerSchema, fields: Sequence[str],
             since: Mapping[str, Any] | None = None) -> Iterator[Record]:
        """Every message of the folder in UID order; with `since` (an earlier state()), only
        the UIDs above since["last_uid"], unless UIDVALIDITY changed (then all of them).

        A lost connection ends the folder with a recorded failure, never an exception."""
        try:
            uidvalidity = self._examine(container.name)
            start = 1
            if since:
                if int(since.get("uidvalidity", -1)) == uidvalidity:
                    start = int(since.get("last_uid", 0)) + 1
                else:
                    self._pending.count("mail.incremental_restarts")
            uids = self._uids(start)
            for i in range(0, len(uids), self.batch):
                yield from self._fetch_batch(container.name, uidvalidity,
                                             uids[i:i + self.batch], fields)
        except (ImapError, imaplib.IMAP4.error, OSError) as e:
            self._fail(container.name, error_text(e), "mail.folders_failed")
            self._reset()

    def sample(self, container: ContainerSchema, limit: int) -> list[Record]:
        uidvalidity = self._examine(container.name)
        uids = spread(self._uids(), limit)
        return list(self._fetch_batch(container.name, uidvalidity, uids, FIELD_NAMES))

    def fetch(self, locator: Locator) -> Record | None:
        """All fields plus values["raw"]; by UID, or by Message-ID once UIDVALIDITY changed."""
        item = locator.item_dict()
        uidvalidity = self._examine(locator.container, fresh=False)
        uid = int(item["uid"]) if item.get("uidvalidity") == uidvalidity else None
        if uid is None and item.get("message_id"):
            mid = str(item["message_id"]).replace("\\", "").replace('"', "")
            typ, data = self._conn().uid("SEARCH", "HEADER", "Message-ID", quote(mid))
            found = b" ".join(d for d in data if d).split() if typ == "OK" else []
            uid = int(found[0]) if found else None
        if uid is None:
            return None
        for rec in self._fetch_batch(locator.container, uidvalidity, [uid], FIELD_NAMES,
                                     keep_raw=True):
            return Record(locator, rec.values)
        return None
