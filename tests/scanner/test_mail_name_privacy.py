"""No raw values from mail names: folders, mbox files and .eml files named after people.

A Maildir with folders "Clients/Jean Dupont" and "jean.dupont@example.com", a directory of
mbox files one of which is "Jean-Dupont-0612345678.mbox", a folder of .eml files with
"complaints/Jean Dupont 06 12 34 56 78.eml", and an IMAP account with the same folders, are
scanned, reported, asked about and exported through the CLI with the logs at DEBUG: none
of those values appears anywhere in any form (the connectors expose such a name as
`masked ~tag`, the tag keyed), yet every message is linked to the people of its headers,
`export` finds it, and a scan of nothing new reads nothing again. Every person here is
invented.

NOTE: names are found by connectors.object_keys.key_values, as in object keys: "jean-dupont"
all in lower case is not taken for a name (only a phone next to it would be masked).
"""

from __future__ import annotations

import itertools
import logging
import sqlite3
from pathlib import Path
from typing import Any

import orjson
import pytest

from tests.conftest import set_env
from tests.connectors.mail_fixtures import write_eml_dir, write_maildir, write_mbox
from tests.scanner.test_object_key_privacy import cli
from tests.scanner.test_object_key_privacy import leaks as planted_in
from tests.scanner.test_scan_mail import ALICE, BOB, SUPPORT, message

PLANTED = ["Jean Dupont", "Dupont", "jean.dupont", "0612345678", "06 12 34 56 78",
           "612345678", "+33612345678", "Jean%20Dupont", "jean.dupont%40"]


def leaks(blob: bytes | str) -> list[str]:
    return planted_in(blob, PLANTED)


def messages() -> list[bytes]:
    return [message(ALICE, SUPPORT, "Where is my parcel?\n", "<n1@alice.example.com>"),
            message(BOB, SUPPORT, "Please close my account.\n", "<n2@bob.example.org>")]


def write_config(root: Path, sources: list[dict[str, Any]]) -> Path:
    config = root / "pdmap.yaml"
    config.write_bytes(orjson.dumps({
        "index": "sqlite:///.pdmap/index.db", "key_file": ".pdmap/key",
        "languages": ["en", "fr"], "default_region": "FR", "sources": sources}))
    return config


def find(config: Path, value: str) -> dict[str, Any]:
    code, out = cli(config, "subjects", "find", value, "--format", "json")
    assert code in (0, 1, 3), out
    assert leaks(out) == [], out
    return dict(orjson.loads(out))


def counters(config: Path) -> dict[str, int]:
    with sqlite3.connect(config.parent / ".pdmap" / "index.db") as con:
        return dict(orjson.loads(con.execute(
            "SELECT counters FROM scans ORDER BY id DESC").fetchone()[0]))


def scan_and_check(config: Path, caplog: pytest.LogCaptureFixture) -> dict[str, list[str]]:
    """Scan with --debug, check every place a name could leak to; the containers of the
    messages linked to Alice, by source."""
    with caplog.at_level(logging.DEBUG):
        code, out = cli(config, "--debug", "scan")
    assert code == 0, (out, cli(config, "report", "--format", "json")[1])
    assert leaks(out) == [] and leaks(caplog.text) == [], (out, caplog.text)
    index = b"".join(p.read_bytes() for p in (config.parent / ".pdmap").glob("index.db*"))
    assert leaks(index) == []
    with sqlite3.connect(config.parent / ".pdmap" / "index.db") as con:
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'"):
            for row in con.execute(f'SELECT * FROM "{table}"'):
                assert leaks(" ".join(map(str, row))) == [], table
    for fmt in ("json", "table", "csv"):
        code, out = cli(config, "report", "--format", fmt)
        assert code in (0, 3) and leaks(out) == [], out
    places: dict[str, list[str]] = {}
    for who in ("alice.martin@example.com", "bob.durand@example.org"):
        found = find(config, who)
        assert found["subject"] is not None
        for o in found["occurrences"]:
            places.setdefault(o["source"], []).append(o["container"])
    return {k: sorted(v) for k, v in places.items()}


def exported(config: Path, identifier: str) -> list[dict[str, Any]]:
    out = config.parent / f"export-{len(list(config.parent.glob('export-*')))}"
    code, text = cli(config, "export", identifier, "-o", str(out), "--format", "dir")
    assert code == 0, text
    assert leaks(text) == [], text
    manifest = orjson.loads((out / "manifest.json").read_bytes())
    assert manifest["complete"] and manifest["counts"]["gone"] == 0
    docs = [orjson.loads(p.read_bytes()) for p in (out / "data").rglob("*.json")]
    return [d for d in docs if d["kind"] == "message"]


def masked(name: str) -> bool:
    head, _, tag = name.rpartition(" ~")
    return bool(head) and len(tag) == 8 and all(c in "0123456789abcdef" for c in tag)


def test_mail_folders_and_files_named_after_people_keep_no_name_and_link_them(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    alice, bob = messages()
    write_maildir(tmp_path / "Maildir", {"INBOX": [alice], "Clients/Jean Dupont": [alice],
                                         "jean.dupont@example.com": [bob]})
    write_mbox(tmp_path / "mboxes" / "Jean-Dupont-0612345678.mbox", [alice])
    write_mbox(tmp_path / "mboxes" / "support.mbox", [bob])
    write_eml_dir(tmp_path / "eml", {"complaints/Jean Dupont 06 12 34 56 78.eml": alice,
                                     "plain/msg-1.eml": bob})
    config = write_config(tmp_path, [
        {"name": "maildir", "url": f"maildir://{tmp_path}/Maildir"},
        {"name": "mboxes", "url": f"mbox://{tmp_path}/mboxes"},
        {"name": "eml", "url": f"eml://{tmp_path}/eml"}])
    places = scan_and_check(config, caplog)
    # still linked to the people of their headers, under masked, tagged names
    assert [masked(c) for c in places["maildir"]] == [True, False, True]
    assert places["maildir"][0].startswith("Clients/J*** D*** ~")
    assert places["maildir"][1] == "INBOX"
    assert places["maildir"][2].startswith("j***@e***.com ~")
    assert sorted(masked(c) for c in places["mboxes"]) == [False, True]
    assert "support.mbox" in places["mboxes"]
    assert places["eml"] == ["complaints", "plain"]
    # the tag tells two names apart and stays the same from scan to scan
    assert len(set(places["maildir"])) == 3
    # export finds every message again through the exposed names
    records = exported(config, "alice.martin@example.com")
    assert len(records) == 4
    paths = [r["locator"].get("path") for r in records if r["locator"].get("path")]
    assert len(paths) == 1 and masked(paths[0]) and paths[0].startswith("complaints/J*** D*** ")
    assert all(r["text"] == "Where is my parcel?\n" for r in records)
    assert len(exported(config, "bob.durand@example.org")) == 3
    # a scan of nothing new reads nothing again, under the same names
    code, out = cli(config, "scan")
    assert code == 0, out
    again = counters(config)
    assert again.get("mail.folders_unchanged") == 7 and "mail.messages_linked" not in again
    assert scan_and_check(config, caplog) == places


def test_without_a_key_names_are_exposed_as_they_are(tmp_path: Path) -> None:
    from connectors.mail import MaildirConnector
    from scanner.core.config import SourceConfig
    from scanner.core.types import ScanReport
    from scanner.identifiers.hashing import Hasher

    write_maildir(tmp_path / "Maildir", {"Clients/Jean Dupont": messages()[:1]})
    source = SourceConfig(name="m", url=f"maildir://{tmp_path}/Maildir")
    plain = MaildirConnector(source)
    assert [c.name for c in plain.discover(ScanReport())] == ["Clients/Jean Dupont"]
    keyed = MaildirConnector(source)
    keyed.use_key(b"k" * 32)
    [shown] = [c.name for c in keyed.discover(ScanReport())]
    assert shown == f"Clients/J*** D*** ~{Hasher(b'k' * 32)('locator', 'Clients/Jean Dupont')[:8]}"
    [rec] = list(keyed.read(next(iter(keyed.discover(ScanReport()))), ["from"]))
    assert rec.locator.container == shown


# -- IMAP (Dovecot) ----------------------------------------------------------------------------

_users = itertools.count(1)


def test_imap_folders_named_after_people_keep_no_name_and_link_them(
        tmp_path: Path, dovecot: Any, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    user = f"nameuser{next(_users)}"
    set_env(monkeypatch, {"PDMAP_PASSWORD_MAILBOX": dovecot.add_user(user)})
    alice, bob = messages()
    dovecot.append(user, alice, "Clients/Jean Dupont")
    dovecot.append(user, bob, "Calls 06 12 34 56 78")
    dovecot.append(user, bob, "INBOX")
    config = write_config(tmp_path, [{
        "name": "mailbox", "url": f"imaps://{user}@{dovecot.host}:{dovecot.tls_port}/",
        "options": {"ca_file": str(dovecot.ca_file)}}])
    places = scan_and_check(config, caplog)
    calls, clients, inbox = places["mailbox"]
    assert calls.startswith("Calls 06 ** ** ** ** ~") and masked(calls)
    assert clients.startswith("Clients/J*** D*** ~") and masked(clients)
    assert inbox == "INBOX"
    [record] = exported(config, "alice.martin@example.com")
    assert record["text"].strip() == "Where is my parcel?"
    assert len(exported(config, "bob.durand@example.org")) == 2
    code, out = cli(config, "scan")
    assert code == 0, out
    again = counters(config)
    assert again.get("mail.folders_unchanged") == 3 and "mail.messages_linked" not in again


def test_failures_name_a_message_by_its_exposed_path(tmp_path: Path) -> None:
    from connectors.mail import EmlConnector
    from scanner.core.config import SourceConfig
    from scanner.core.types import ScanReport

    write_eml_dir(tmp_path / "eml", {"Jean Dupont/Jean Dupont 06 12 34 56 78.eml": b""})
    connector = EmlConnector(SourceConfig(name="e", url=f"eml://{tmp_path}/eml"))
    connector.use_key(b"k" * 32)
    report = ScanReport()
    [folder] = list(connector.discover(report))
    assert list(connector.read(folder, ["from"])) == []
    connector.drain_into(report)
    [failure] = report.failures
    assert "empty message" in failure.message
    assert leaks(f"{failure.place} {failure.message} {folder.name}") == []
    assert failure.place.startswith(f"{folder.name} path=J*** D***/J*** D*** 06 ** ** ** **")
