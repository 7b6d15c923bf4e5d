"""The write side of IMAP, for an erasure plan (issue 19): UID STORE +FLAGS (\\Deleted) then
UID EXPUNGE of the planned UIDs of one folder.

Only `pdmap erase --apply` calls this, with the source's write configuration
(SourceConfig.write_source: its own password variable or URL). The folder is SELECTed
(read-write) and its UIDVALIDITY compared with the plan's: a changed UIDVALIDITY means the
UIDs name other messages now, and the folder is refused whole. UID EXPUNGE (RFC 4315,
UIDPLUS) removes only the given UIDs, never another message someone flagged \\Deleted; a
server without UIDPLUS is refused rather than sent a plain EXPUNGE. The UIDs are searched
again afterwards to verify they are gone.

Outcomes and errors are one line naming the folder (as the connector exposes it), never a
message's content or an address.
"""

from __future__ import annotations

import imaplib
from collections.abc import Collection
from dataclasses import dataclass

from connectors.imap import ImapConnector
from connectors.imap_protocol import ImapError, quote, server_text


@dataclass(frozen=True, slots=True)
class FolderOutcome:
    """What became of a folder's planned UIDs: erased, already gone, or refused (why)."""

    erased: tuple[int, ...] = ()
    gone: tuple[int, ...] = ()
    refused: str | None = None
    left: tuple[int, ...] = ()  # still there after the expunge (verification failed)


class ImapEraser(ImapConnector):
    """One IMAP account reached through its write credentials."""

    def _uids_present(self, uids: Collection[int]) -> set[int]:
        typ, data = self._conn().uid("SEARCH", "UID " + ",".join(str(u) for u in sorted(uids)))
        if typ != "OK":
            raise ImapError(f"UID SEARCH failed: {server_text(data)}")
        found = {int(u) for u in b" ".join(d for d in data if d).split()}
        return found & set(uids)

    @staticmethod
    def _capabilities(client: imaplib.IMAP4) -> set[str]:
        """Those after login (imaplib keeps the greeting's, which often lack UIDPLUS)."""
        typ, data = client.capability()
        if typ != "OK":
            return {c.upper() for c in client.capabilities}
        text = b" ".join(d for d in data if isinstance(d, bytes)).decode("ascii", "replace")
        return {c.upper() for c in text.split()}

    def erase(self, container: str, uidvalidity: int, uids: Collection[int]) -> FolderOutcome:
        """Expunge `uids` from the folder if its UIDVALIDITY is still `uidvalidity`."""
        if not uids:
            return FolderOutcome()
        try:
            client = self._conn()
            if "UIDPLUS" not in self._capabilities(client):
                return FolderOutcome(refused=f"{container}: the server lacks UIDPLUS (UID "
                                             "EXPUNGE); nothing expunged")
            typ, data = client.select(quote(self._raw_name(container)), readonly=False)
            self._examined = None
            if typ != "OK":
                return FolderOutcome(refused=self._scrub(
                    f"SELECT {container} failed: {server_text(data)}"))
            _typ, validity = client.response("UIDVALIDITY")
            now = int(validity[0]) if validity and validity[0] else 0
            if now != int(uidvalidity):
                return FolderOutcome(refused=f"{container}: UIDVALIDITY changed since the plan "
                                             "(the UIDs name other messages now); refused")
            present = self._uids_present(uids)
            gone = tuple(sorted(set(uids) - present))
            if present:
                uid_set = ",".join(str(u) for u in sorted(present))
                typ, data = client.uid("STORE", uid_set, "+FLAGS.SILENT", r"(\Deleted)")
                if typ != "OK":
                    raise ImapError(f"UID STORE failed: {server_text(data)}")
                typ, data = client.uid("EXPUNGE", uid_set)
                if typ != "OK":
                    raise ImapError(f"UID EXPUNGE failed: {server_text(data)}")
            left = self._uids_present(present) if present else set()
            return FolderOutcome(erased=tuple(sorted(present - left)), gone=gone,
                                 left=tuple(sorted(left)))
        except (ImapError, imaplib.IMAP4.error, OSError) as e:
            self._reset()
            text = str(e) if isinstance(e, ImapError) else f"{type(e).__name__}"
            return FolderOutcome(refused=self._scrub(f"{container}: {text}"))
        finally:
            client_ = self._client
            if client_ is not None:
                try:
                    client_.close()  # CLOSE: leaves the folder selected no longer
                except (imaplib.IMAP4.error, OSError):
                    pass
                self._examined = None

    def present(self, container: str, uidvalidity: int, uids: Collection[int]) -> set[int]:
        """Which of `uids` the folder still holds (read-only), for the verification; all of
        them when UIDVALIDITY changed (nothing can be said to be gone)."""
        now = self._examine(container)
        if now != int(uidvalidity):
            return set(uids)
        return self._uids_present(uids) if uids else set()
