"""The same surfaces on every command (issue 18): no library warning on a user's terminal
unless --debug, message files of an eml:// folder found by their content, --format's set,
timestamps with an offset, JSON Schemas of `subjects find` and `stats` checked against real
output. Real CLI runs (processes where the terminal is what is tested) in tmp folders."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from connectors.mail import EmlConnector
from connectors.message import FIELD_NAMES
from scanner.cli.main import main
from scanner.core.config import SourceConfig
from scanner.core.types import ScanReport

PDMAP = [sys.executable, "-c", "import sys; from scanner.cli.main import main; "
         "sys.argv[0] = 'pdmap'; main()"]


def pdmap(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`pdmap ARGS` in its own process, as a user's terminal runs it (no warning filter
    asked for in the environment)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
    return subprocess.run([*PDMAP, *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=600, check=False)


# -- no library warning unasked ------------------------------------------------------------------


def mysql_dump_in_sqlite(path: Path) -> None:
    """A SQLite file made from a MySQL dump, as converters leave them: MySQL's types kept."""
    with sqlite3.connect(path) as con:
        con.execute("""CREATE TABLE users (id int(11) NOT NULL PRIMARY KEY,
            email "varchar(255) CHARACTER SET utf8" NOT NULL,
            active tinyint(1) NOT NULL DEFAULT 1,
            plan "enum('free','paid')" DEFAULT 'free')""")
        con.executemany("INSERT INTO users VALUES (?, ?, ?, ?)", [
            (n, f"user{n}@example.org", n % 2, "free") for n in range(1, 21)])


def test_a_scan_of_a_mysql_dump_prints_no_library_warning_unless_debug(tmp_path: Path) -> None:
    mysql_dump_in_sqlite(tmp_path / "dump.db")
    quiet = pdmap(tmp_path, "scan", "sqlite:///dump.db", "--workers", "1", "--discover-only")
    assert quiet.returncode == 0, quiet.stderr
    assert "Warning" not in quiet.stderr + quiet.stdout, quiet.stderr
    assert quiet.stderr.strip().splitlines()[-1].startswith("scan 1: 1 containers, 4 fields")
    loud = pdmap(tmp_path, "--debug", "scan", "sqlite:///dump.db", "--workers", "1",
                 "--discover-only")
    assert loud.returncode == 0, loud.stderr
    assert "SAWarning" in loud.stderr and "int(11)" not in quiet.stderr
    assert "INTEGER'> with reflected arguments ['11']" in loud.stderr


# -- an eml:// folder finds messages by their content ----------------------------------------

CORPUS = Path(__file__).parent / "data" / "mail_by_content"


def maildir_style_folder(root: Path) -> Path:
    """Real messages under maildir-style names, beside files that are not messages."""
    folder = root / "inbox"
    folder.mkdir(parents=True)
    shutil.copy(CORPUS / "msg_01.txt", folder / "1700000000.M1P2.host:2,S")
    shutil.copy(CORPUS / "msg_21.txt", folder / "msg-1:2,")
    shutil.copy(CORPUS / "msg_25.txt", folder / "msg-2:2,S")  # starts with "From sender date"
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)))
    (folder / "settings.yaml").write_text("from: the office\ndate: 2024-01-01\nto: all\n")
    (folder / "notes.txt").write_text("Call the bank tomorrow.\nSubject: none\n")
    (folder / "empty").write_bytes(b"")
    return root


def test_an_eml_folder_reads_messages_by_content_and_skips_the_rest(tmp_path: Path) -> None:
    root = maildir_style_folder(tmp_path / "mail")
    connector = EmlConnector(SourceConfig(name="m", url=f"eml://{root}"))
    report = ScanReport()
    [inbox] = list(connector.discover(report))
    assert inbox.name == "inbox" and inbox.row_estimate == 3
    records = list(connector.read(inbox, list(FIELD_NAMES)))
    assert sorted(r.locator.item_dict()["path"] for r in records) == [
        "inbox/1700000000.M1P2.host:2,S", "inbox/msg-1:2,", "inbox/msg-2:2,S"]
    assert sorted(str(r.values.get("subject"))[:16] for r in records) == [
        "Returned mail: T", "Test", "This is a test m"]
    assert report.failures == []
    connector.close()
    # `patterns` of its own: only the names it gives
    named = EmlConnector(SourceConfig(name="m", url=f"eml://{root}",
                                      options={"patterns": ["*.eml"]}))
    assert list(named.discover(ScanReport())) == []


def test_a_scan_of_a_maildir_style_eml_folder_links_its_messages(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    maildir_style_folder(tmp_path / "mail")
    # a broken multipart (a failure the message reader records, rightly): not this test's
    (tmp_path / "mail" / "inbox" / "msg-2:2,S").unlink()
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["scan", "eml://mail", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "0 failures (ok)" in result.output
    found = CliRunner().invoke(main, ["subjects", "find", "bperson@dom.ain", "--format", "json"])
    assert found.exit_code == 0, found.output
    occurrences = orjson.loads(found.output)["occurrences"]
    assert [o["item"]["path"] for o in occurrences] == ["inbox/msg-1:2,"]
