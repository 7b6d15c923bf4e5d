"""The IMAP connector against a real Dovecot (the `dovecot` fixture of tests/conftest.py).

Each test logs in as its own fresh user, so tests share the server but not mailboxes.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from connectors.imap import ImapConnector
from connectors.imap_protocol import ImapError, decode_mutf7, parse_fetch, parse_list
from connectors.message import FIELD_NAMES
from scanner.core.config import SourceConfig
from scanner.core.types import ScanReport
from tests.connectors import mail_fixtures as fx

_users = itertools.count(1)


@pytest.fixture
def account(dovecot: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, str]:
    """A fresh user whose password is in the environment, as pdmap expects it."""
    user = f"user{next(_users)}"
    password = dovecot.add_user(user)
    monkeypatch.setenv("PDMAP_PASSWORD_IMAP", password)
    return dovecot, user


def imap_source(server: Any, user: str, scheme: str = "imaps", folder: str = "INBOX",
                exclude: tuple[str, ...] = (), **options: Any) -> SourceConfig:
    port = server.tls_port if scheme == "imaps" else server.port
    return SourceConfig(name="imap", url=f"{scheme}://{user}@{server.host}:{port}/{folder}",
                        exclude=exclude, options={"ca_file": str(server.ca_file), **options})


def scan(conn: ImapConnector, report: ScanReport | None = None, **kw: Any) -> list:
    report = report or ScanReport()
    out = []
    for c in conn.discover(report):
        out.extend(conn.read(c, FIELD_NAMES, **kw))
    conn.drain_into(report)
    return out


def seen_flags(server: Any, user: str, folder: str = "INBOX") -> list[bytes]:
    client = server.connect(user)
    try:
        client.select(f'"{folder}"', readonly=True)
        _typ, data = client.uid("FETCH", "1:*", "(FLAGS)")
        return [d for d in data if d]
    finally:
        client.logout()


# -- pure parsing ------------------------------------------------------------------------


def test_modified_utf7_folder_names_are_decoded() -> None:
    assert decode_mutf7("Archiv&AOk-/2024") == "Archivé/2024"
    assert decode_mutf7("A &- B") == "A & B"
    assert decode_mutf7("broken &AOk") == "broken &AOk"


def test_list_responses_with_quoted_atom_and_literal_names() -> None:
    data = [b'(\\HasNoChildren) "/" "INBOX"', b'(\\Noselect) "." Archive',
            (b'(\\HasNoChildren) "/" {9}', b'Sent "me"')]
    assert parse_list(data) == [("\\HasNoChildren", "/", "INBOX"), ("\\Noselect", ".", "Archive"),
                                ("\\HasNoChildren", "/", 'Sent "me"')]


def test_fetch_responses_with_uid_before_or_after_the_literal() -> None:
    data = [(b"1 (UID 7 RFC822.SIZE 3 BODY[] {3}", b"abc"), b")",
            (b"2 (BODY[] {2}", b"de"), b" UID 9)"]
    assert parse_fetch(data) == {7: (3, b"abc"), 9: (None, b"de")}


# -- against Dovecot -----------------------------------------------------------------------


def test_imaps_reads_every_message_of_the_folder(account: tuple[Any, str]) -> None:
    server, user = account
    for raw in (fx.plain(), fx.with_attachments(), fx.RFC2047):
        server.append(user, raw)
    records = scan(ImapConnector(imap_source(server, user)))
    subjects = [r.values["subject"] for r in records]
    assert subjects == ["Order CMD-2024-000042", "Documents", "Commande n° 42 livrée"]
    item = records[0].locator.item_dict()
    assert item["uid"] == 1 and item["uidvalidity"] > 0
    assert item["message_id"] == "<plain-1@shop.example>"
    assert "+33 6 11 22 33 44" in records[1].values["attachment.text"]


def test_starttls_is_used_on_the_plain_port_by_default(account: tuple[Any, str]) -> None:
    server, user = account
    server.append(user, fx.plain())
    conn = ImapConnector(imap_source(server, user, scheme="imap"))
    assert len(scan(conn)) == 1
    assert conn._client is not None and conn._client.sock.version() is not None  # TLS socket


def test_plain_text_only_when_starttls_is_turned_off(account: tuple[Any, str]) -> None:
    server, user = account
    server.append(user, fx.plain())
    conn = ImapConnector(imap_source(server, user, scheme="imap", starttls=False))
    assert len(scan(conn)) == 1
    assert not hasattr(conn._client.sock, "version")


def test_reading_never_changes_a_flag(account: tuple[Any, str]) -> None:
    server, user = account
    server.append(user, fx.plain())
    server.append(user, fx.alternative(), flags="\\Flagged")
    before = seen_flags(server, user)
    conn = ImapConnector(imap_source(server, user))
    records = scan(conn)
    [c] = list(conn.discover(ScanReport()))
    conn.sample(c, 10)
    conn.fetch(records[0].locator)
    assert seen_flags(server, user) == before
    assert b"\\Seen" not in b" ".join(before)


def test_folder_globs_from_the_url_and_exclude(account: tuple[Any, str]) -> None:
    server, user = account
    server.append(user, fx.plain())
    server.append(user, fx.alternative(), folder="Archive/2023")
    server.append(user, fx.html_only(), folder="Archive/2024")
    server.append(user, fx.RFC2047, folder="Sent")
    conn = ImapConnector(imap_source(server, user, folder="Archive/*", exclude=("*/2023",)))
    assert [c.name for c in conn.discover(ScanReport())] == ["Archive/2024"]
    every = ImapConnector(imap_source(server, user, folder=""))
    assert [c.name for c in every.discover(ScanReport())] == [
        "Archive/2023", "Archive/2024", "INBOX", "Sent"]


def test_incremental_read_resumes_after_the_last_uid(account: tuple[Any, str]) -> None:
    server, user = account
    server.append(user, fx.plain())
    conn = ImapConnector(imap_source(server, user))
    [c] = list(conn.discover(ScanReport()))
    state = conn.state(c)
    assert state["last_uid"] == 1 and state["messages"] == 1
    assert list(conn.read(c, ["subject"], since=state)) == []
    server.append(user, fx.html_only())
    assert [r.values["subject"] for r in conn.read(c, ["subject"], since=state)] == ["Newsletter"]


def test_incremental_read_starts_over_when_uidvalidity_changes(account: tuple[Any, str]) -> None:
    server, user = account
    server.append(user, fx.plain(), folder="Support")
    conn = ImapConnector(imap_source(server, user, folder="Support"))
    [c] = list(conn.discover(ScanReport()))
    state = conn.state(c)
    old = list(conn.read(c, FIELD_NAMES))
    conn.close()
    client = server.connect(user)
    client.delete('"Support"')
    client.logout()
    server.append(user, fx.plain(), folder="Support")  # recreated: a new UIDVALIDITY
    server.append(user, fx.alternative(), folder="Support")
    report = ScanReport()
    again = list(conn.read(c, ["subject"], since=state))
    conn.drain_into(report)
    assert len(again) == 2 and report.counters["mail.incremental_restarts"] == 1
    # the old locator still finds its message through the Message-ID
    fetched = conn.fetch(old[0].locator)
    assert fetched is not None and fetched.values["subject"] == "Order CMD-2024-000042"


def test_fetch_returns_the_original_bytes_and_none_when_gone(account: tuple[Any, str]) -> None:
    server, user = account
    server.append(user, fx.NO_MESSAGE_ID)
    conn = ImapConnector(imap_source(server, user))
    [rec] = scan(conn)
    got = conn.fetch(rec.locator)
    assert got is not None and got.values["raw"] == fx.NO_MESSAGE_ID.replace(b"\n", b"\r\n")
    gone = type(rec.locator)(rec.locator.source, "INBOX", (("uid", 99),
                                                            ("uidvalidity", rec.locator.item_dict()
                                                             ["uidvalidity"])))
    assert conn.fetch(gone) is None


def test_oversized_and_unparsable_messages_are_recorded_and_the_scan_goes_on(
        account: tuple[Any, str]) -> None:
    server, user = account
    server.append(user, fx.with_attachments())
    server.append(user, fx.NO_HEADERS)
    server.append(user, fx.plain())
    report = ScanReport()
    conn = ImapConnector(imap_source(server, user, max_message_bytes=3000))
    records = scan(conn, report)
    # the oversized one is fetched by its header and linked by it
    assert [r.values["subject"] for r in records] == ["Documents", "Order CMD-2024-000042"]
    assert records[0].values["from"] == "Emma Petit <emma.petit@example.com>"
    assert records[0].values["body"] is None
    assert report.counters["mail.caps_hit"] == 1 and report.counters["mail.messages_failed"] == 1
    assert report.counters["mail.headers_only"] == 1
    uidvalidity = records[0].locator.item_dict()["uidvalidity"]
    assert {f.place: f.message.split(":")[0] for f in report.failures} == {
        f"INBOX uid=1 uidvalidity={uidvalidity}": "4 kB message over the 3 kB cap",
        f"INBOX uid=2 uidvalidity={uidvalidity}": "not a mail message"}
    fetched = conn.fetch(records[0].locator)  # an export reads it whole
    assert fetched is not None and "+33 6 11 22 33 44" in fetched.values["attachment.text"]


def test_a_wrong_password_is_one_line_without_the_password(
        account: tuple[Any, str], monkeypatch: pytest.MonkeyPatch) -> None:
    server, user = account
    monkeypatch.setenv("PDMAP_PASSWORD_IMAP", "not-the-password")
    conn = ImapConnector(imap_source(server, user))
    with pytest.raises(ImapError) as e:
        list(conn.discover(ScanReport()))
    assert "failed" in str(e.value) and "not-the-password" not in str(e.value)


def test_a_missing_password_names_the_variable_to_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PDMAP_PASSWORD_IMAP", raising=False)
    with pytest.raises(ImapError, match="PDMAP_PASSWORD_IMAP"):
        ImapConnector(SourceConfig(name="imap", url="imaps://alice@127.0.0.1/INBOX"))


def test_a_password_in_the_url_is_refused() -> None:
    with pytest.raises(ImapError, match="refused"):
        ImapConnector(SourceConfig(name="imap", url="imaps://alice:secret@127.0.0.1/INBOX"))


def test_an_empty_folder_is_sampled_and_read_without_a_failure(
        account: tuple[Any, str]) -> None:
    """A folder with no message: nothing to fetch, not a BAD command (which made every scan
    of a mailbox with an empty folder partial)."""
    server, user = account
    conn = ImapConnector(imap_source(server, user))
    report = ScanReport()
    [inbox] = list(conn.discover(report))
    assert conn.sample(inbox, 10) == []
    assert list(conn.read(inbox, FIELD_NAMES)) == []
    conn.drain_into(report)
    assert report.failures == []
