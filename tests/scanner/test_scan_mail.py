"""Mail sources in `pdmap scan`: messages linked to subjects, incremental re-scans.

Real scans (run_scan and the CLI) over mailboxes these tests write, the demo shop, and the
real Dovecot of tests/conftest.py. Every person here is invented.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import time
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from scanner.cli.main import main
from scanner.core.config import Config
from scanner.demo.estate import build_demo
from scanner.index.store import Index
from scanner.link.records import subject_mentions
from tests.connectors.mail_fixtures import write_eml_dir, write_maildir, write_mbox
from tests.scanner.scanned import find, scan

IBAN = "FR76 3000 6000 0112 3456 7890 189"
PHONE = "+33 6 12 34 56 78"


def message(sender: str, to: str, body: str, mid: str, cc: str | None = None,
            subject: str = "Question") -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = sender, to, subject
    if cc:
        m["Cc"] = cc
    m["Date"] = "Tue, 04 Jun 2024 10:15:00 +0200"
    m["Message-ID"] = mid
    m.set_content(body)
    return bytes(m)


def config(tmp: Path) -> Config:
    return Config(index=f"sqlite:///{tmp}/index.db", key_file=str(tmp / "key"), base_dir=tmp)


def containers_of(found: dict[str, Any]) -> list[str]:
    return sorted({o["container"] for o in found["occurrences"]})


ALICE = "Alice Martin <alice.martin@example.com>"
BOB = "Bob Durand <bob.durand@example.org>"
SUPPORT = "Support <support@shop.example>"


def mailbox(tmp: Path) -> list[bytes]:
    return [
        message(ALICE, SUPPORT, f"Hello,\nplease refund to {IBAN}.\n\nAlice Martin\n",
                "<m1@alice.example.com>"),
        message(SUPPORT, ALICE, "Done.\n", "<m2@shop.example>", cc=BOB),
        message(BOB, SUPPORT, f"Call me on {PHONE}. Regards,\nBob Durand\n",
                "<m3@bob.example.org>"),
        message("No Reply <noreply@shop.example>", "info@shop.example",
                "Your weekly digest.\n", "<m4@shop.example>"),
    ]


# -- the shop and its mailbox: one person ------------------------------------------------------


def test_a_customers_rows_and_messages_are_one_subject_in_subjects_find(tmp_path: Path) -> None:
    cfg_path = build_demo(tmp_path / "demo")
    shop = tmp_path / "demo" / "shop.db"
    with sqlite3.connect(shop) as con:
        first, last, email = con.execute(
            "SELECT first_name, last_name, email FROM customers WHERE email IS NOT NULL "
            "ORDER BY id LIMIT 1").fetchone()
    write_mbox(tmp_path / "demo" / "mail" / "support.mbox", [
        message(f"{first} {last} <{email.upper()}>", SUPPORT, "Where is my parcel?\n",
                "<q1@customer.example>"),
        message(SUPPORT, f"{first} {last} <{email}>", "On its way.\n", "<a1@shop.example>"),
    ])
    runner = CliRunner()
    result = runner.invoke(main, ["-c", str(cfg_path), "scan", f"sqlite:///{shop}",
                                  f"mbox://{tmp_path}/demo/mail/support.mbox"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["-c", str(cfg_path), "subjects", "find", email,
                                  "--format", "json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert found["subject"] is not None
    assert "main.customers" in containers_of(found)
    messages = [o for o in found["occurrences"] if o["container"] == "support.mbox"]
    assert len(messages) == 2
    assert all(set(o["item"]) == {"message_id"} for o in messages)  # digests, not the ids


def test_every_header_address_links_its_own_subject_and_role_addresses_none(
        tmp_path: Path) -> None:
    write_mbox(tmp_path / "in.mbox", mailbox(tmp_path))
    cfg = config(tmp_path)
    result = scan(cfg, f"mbox://{tmp_path}/in.mbox")
    assert result.status == "ok", result.report.failures
    alice, bob = find(cfg, "alice.martin@example.com"), find(cfg, "bob.durand@example.org")
    assert alice["subject"] != bob["subject"]  # one message naming both never merges them
    assert len(alice["occurrences"]) == 2  # her message and the reply to her
    assert len(bob["occurrences"]) == 2  # Cc of the reply, and his own message
    assert alice["identifiers"]["name"] == 1  # the display name annotates (weak)
    for role in ("support@shop.example", "noreply@shop.example", "info@shop.example"):
        assert find(cfg, role)["subject"] is None


def test_identifiers_in_bodies_link_and_names_are_only_weak_mentions(tmp_path: Path) -> None:
    write_mbox(tmp_path / "in.mbox", mailbox(tmp_path))
    cfg = config(tmp_path)
    scan(cfg, f"mbox://{tmp_path}/in.mbox")
    iban = find(cfg, IBAN, "iban")
    assert containers_of(iban) == ["in.mbox"] and len(iban["occurrences"]) == 1
    phone = find(cfg, "06 12 34 56 78", "phone")
    assert phone["subject"] is not None and len(phone["occurrences"]) == 1
    # "Bob Durand" found by NER in his signature: a mention of the subject known by that
    # name, never a subject of its own and never an occurrence.
    bob = find(cfg, "bob.durand@example.org")
    index = Index(cfg.index)
    try:
        mentioned = subject_mentions(index, bob["subject"])
    finally:
        index.close()
    assert [m["container"] for m in mentioned] == ["in.mbox"]
    assert find(cfg, "Bob Durand", "name")["subject"] == bob["subject"]


def test_maildir_and_eml_sources_link_like_mbox(tmp_path: Path) -> None:
    msgs = mailbox(tmp_path)
    write_maildir(tmp_path / "Maildir", {"INBOX": msgs[:2], ".Sent": msgs[2:]})
    write_eml_dir(tmp_path / "eml", {"2024/a.eml": msgs[0], "2024/b.eml": msgs[2]})
    cfg = config(tmp_path)
    result = scan(cfg, f"maildir://{tmp_path}/Maildir", f"eml://{tmp_path}/eml")
    assert result.status == "ok"
    alice = find(cfg, "alice.martin@example.com")
    places = sorted((o["source"], o["container"]) for o in alice["occurrences"])
    assert places == [("eml-eml", "2024"), ("maildir-Maildir", "INBOX"),
                      ("maildir-Maildir", "INBOX")], places


def test_a_message_that_cannot_be_parsed_is_a_failure_and_the_scan_goes_on(
        tmp_path: Path) -> None:
    msgs = mailbox(tmp_path)
    write_maildir(tmp_path / "Maildir", {"INBOX": [b"", msgs[0]]})
    cfg = config(tmp_path)
    result = scan(cfg, f"maildir://{tmp_path}/Maildir")
    assert any("empty message" in f.message for f in result.report.failures)
    assert find(cfg, "alice.martin@example.com")["subject"] is not None


def test_the_index_never_holds_an_address_a_message_id_or_a_name(tmp_path: Path) -> None:
    write_mbox(tmp_path / "in.mbox", mailbox(tmp_path))
    cfg = config(tmp_path)
    scan(cfg, f"mbox://{tmp_path}/in.mbox")
    scan(cfg, f"mbox://{tmp_path}/in.mbox")
    data = b"".join(p.read_bytes() for p in tmp_path.glob("index.db*"))
    for raw in (b"alice.martin", b"bob.durand", b"m1@alice", b"m3@bob", b"Durand",
                b"3000 6000", b"30006000", b"612345678"):
        assert raw.lower() not in data.lower(), raw


# -- incremental -------------------------------------------------------------------------------


def test_an_mbox_rescan_reads_only_appended_messages_and_a_rewrite_is_read_again(
        tmp_path: Path) -> None:
    msgs = mailbox(tmp_path)
    path = write_mbox(tmp_path / "in.mbox", msgs[:3])
    cfg = config(tmp_path)
    url = f"mbox://{path}"
    assert scan(cfg, url).report.counters["mail.messages_linked"] == 3
    again = scan(cfg, url).report.counters
    assert again.get("mail.folders_unchanged") == 1 and "mail.messages_linked" not in again
    carol = message("Carol Petit <carol.petit@example.net>", SUPPORT, "Hi\n", "<m5@c.example>")
    write_mbox(path, msgs[:3] + [carol])
    assert scan(cfg, url).report.counters["mail.messages_linked"] == 1
    assert find(cfg, "carol.petit@example.net")["subject"] is not None
    assert len(find(cfg, "alice.martin@example.com")["occurrences"]) == 2
    write_mbox(path, msgs[2:3] + [carol])  # Alice's messages deleted: the file was rewritten
    counters = scan(cfg, url).report.counters
    assert counters["mail.folders_reread"] == 1 and counters["mail.messages_linked"] == 2
    assert find(cfg, "alice.martin@example.com")["subject"] is None
    assert find(cfg, "carol.petit@example.net")["subject"] is not None


def test_a_maildir_rescan_skips_messages_already_indexed(tmp_path: Path) -> None:
    msgs = mailbox(tmp_path)
    write_maildir(tmp_path / "Maildir", {"INBOX": msgs[:2]})
    cfg = config(tmp_path)
    url = f"maildir://{tmp_path}/Maildir"
    assert scan(cfg, url).report.counters["mail.messages_linked"] == 2
    time.sleep(0.01)
    (tmp_path / "Maildir" / "new" / "1800000000.M9P9.testhost").write_bytes(msgs[2])
    assert scan(cfg, url).report.counters["mail.messages_linked"] == 1
    assert len(find(cfg, "bob.durand@example.org")["occurrences"]) == 2


# -- IMAP (Dovecot) ----------------------------------------------------------------------------

_users = itertools.count(1)


@pytest.fixture
def imap_user(dovecot: Any, monkeypatch: pytest.MonkeyPatch) -> str:
    user = f"linkuser{next(_users)}"
    password = dovecot.add_user(user)
    monkeypatch.setenv("PDMAP_PASSWORD_MAILBOX", password)
    return user


def imap_config(tmp: Path, dovecot: Any, user: str, folder: str) -> tuple[Config, str]:
    from scanner.core.config import SourceConfig

    url = f"imaps://{user}@{dovecot.host}:{dovecot.tls_port}/{folder}"
    source = SourceConfig(name="mailbox", url=url, options={"ca_file": str(dovecot.ca_file)})
    return Config(index=f"sqlite:///{tmp}/index.db", key_file=str(tmp / "key"), base_dir=tmp,
                  sources=(source,)), url


def test_imap_resumes_after_the_last_uid_and_starts_over_when_uidvalidity_changes(
        tmp_path: Path, dovecot: Any, imap_user: str) -> None:
    msgs = mailbox(tmp_path)
    for raw in msgs[:2]:
        dovecot.append(imap_user, raw, "Support")
    cfg, _url = imap_config(tmp_path, dovecot, imap_user, "Support")
    first = scan(cfg)
    assert first.status == "ok", first.report.failures
    assert first.report.counters["mail.messages_linked"] == 2
    assert scan(cfg).report.counters.get("mail.folders_unchanged") == 1
    dovecot.append(imap_user, msgs[2], "Support")
    assert scan(cfg).report.counters["mail.messages_linked"] == 1  # only UID 3
    assert len(find(cfg, "bob.durand@example.org")["occurrences"]) == 2
    # Delete and re-create the folder: a new UIDVALIDITY, every message read again, and
    # the occurrences of the old UIDs replaced.
    client = dovecot.connect(imap_user)
    try:
        assert client.delete('"Support"')[0] == "OK"
    finally:
        client.logout()
    time.sleep(1.1)  # NOTE: Dovecot's UIDVALIDITY is a timestamp
    dovecot.append(imap_user, msgs[2], "Support")
    counters = scan(cfg).report.counters
    assert counters["mail.folders_reread"] == 1 and counters["mail.messages_linked"] == 1
    assert find(cfg, "alice.martin@example.com")["subject"] is None
    bob = find(cfg, "bob.durand@example.org")
    assert len(bob["occurrences"]) == 1
    assert set(bob["occurrences"][0]["item"]) == {"message_id", "uid", "uidvalidity"}


# -- no silent misses: a message whose body cannot be read is linked by its headers -------------


def damaged_mailbox() -> list[bytes]:
    corrupt_base64 = (
        b"From: Hugo Leroy <hugo.leroy@example.net>\nTo: Support <support@shop.example>\n"
        b"Subject: invoice\nMessage-ID: <d1@hugo.example>\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="XX"\n\n'
        b"--XX\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n"
        b"%%%%!!!!not base64 at all\n--XX--\n")
    no_boundary = (
        b"From: Ines Garnier <ines.garnier@example.org>\nTo: Support <support@shop.example>\n"
        b"Subject: call me\nMessage-ID: <d2@ines.example>\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="declared"\n\n'
        b"--other\nContent-Type: text/plain\n\nMy phone: +33 6 98 76 54 32\n--other--\n")
    oversized = message("Jules Caron <jules.caron@example.com>", SUPPORT,
                        "Here is my file.\n" + "filler line\n" * 2000, "<d3@jules.example>")
    return [corrupt_base64, no_boundary, oversized,
            message(ALICE, SUPPORT, "All fine.\n", "<m1@alice.example.com>")]


def test_messages_whose_body_cannot_be_read_are_linked_by_their_headers_and_said(
        tmp_path: Path) -> None:
    from scanner.core.config import SourceConfig

    path = write_mbox(tmp_path / "in.mbox", damaged_mailbox())
    source = SourceConfig(name="mailbox", url=f"mbox://{path}",
                          options={"max_message_bytes": 5000})
    cfg = Config(index=f"sqlite:///{tmp_path}/index.db", key_file=str(tmp_path / "key"),
                 base_dir=tmp_path, sources=(source,))
    result = scan(cfg)
    assert result.status == "partial"
    for email in ("hugo.leroy@example.net", "ines.garnier@example.org",
                  "jules.caron@example.com", "alice.martin@example.com"):
        found = find(cfg, email)
        assert containers_of(found) == ["in.mbox"], email
    # the broken multipart's raw text was scanned: the phone in it is found there
    assert containers_of(find(cfg, "+33 6 98 76 54 32", "phone")) == ["in.mbox"]
    messages = sorted(f.message for f in result.report.failures)
    assert messages == [
        "24.3 kB message over the 5 kB cap: linked by its headers only, its body not scanned",
        "part 1 (multipart/mixed): broken multipart, its boundary never found; its raw text "
        "scanned as the body",
        "part 2 (text/plain): damaged base64; what could be decoded is scanned",
    ]
    assert all(f.place.startswith("in.mbox ") for f in result.report.failures)
    assert result.report.counters["mail.headers_only"] == 1
