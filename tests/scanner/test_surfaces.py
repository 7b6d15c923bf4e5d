"""The same surfaces on every command (issue 18): no library warning on a user's terminal
unless --debug, message files of an eml:// folder found by their content, --format's set,
timestamps with an offset, JSON Schemas of `subjects find` and `stats` checked against real
output. Real CLI runs (processes where the terminal is what is tested) in tmp folders."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import click
import jsonschema
import orjson
import pytest
from click.testing import CliRunner

from connectors.mail import EmlConnector
from connectors.message import FIELD_NAMES
from scanner.cli.common import FORMATS
from scanner.cli.main import main
from scanner.core.config import SourceConfig
from scanner.core.types import ScanReport
from scanner.demo.estate import DEMO_PERSON, build_demo

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


# -- --format, timestamps, nulls and the JSON Schemas of subjects and index check -------------

def schema(name: str) -> jsonschema.Draft202012Validator:
    loaded = orjson.loads(resources.files("exporters").joinpath("schema", name).read_bytes())
    jsonschema.Draft202012Validator.check_schema(loaded)
    return jsonschema.Draft202012Validator(
        loaded, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


FIND = schema("subjects-find.schema.json")
STATS = schema("subjects-stats.schema.json")


def cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The demo shop scanned by URL in a folder of its own (cwd for the test)."""
    demo = build_demo(tmp_path_factory.mktemp("demo")).parent
    here = tmp_path_factory.mktemp("surfaces")
    shutil.copy(demo / "shop.db", here / "shop.db")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(here)
        code, out = cli("scan", "sqlite:///shop.db", "--workers", "1")
        assert code == 0, out
        yield here


def test_find_json_follows_its_schema_found_or_not_with_offset_timestamps(shop: Path) -> None:
    answers = []
    for args, want in (([DEMO_PERSON], 0), ([DEMO_PERSON, "--explain"], 0),
                       (["nobody.here@example.com"], 1), (["Thomas", "--kind", "name"], 1)):
        code, out = cli("subjects", "find", *args, "--format", "json")
        assert code == want, out
        answer = orjson.loads(out)
        FIND.validate(answer)
        answers.append(answer)
    found, explained, nobody, _name = answers
    assert found["subject"] == explained["subject"] is not None and nobody["subject"] is None
    assert set(found) == set(nobody)  # one shape, found or not
    assert {o["why"] for o in found["occurrences"]} == {None}  # absent: null, not a sentence
    assert all(isinstance(o["why"], str) and o["why"] for o in explained["occurrences"])
    [as_of] = found["as_of"]
    stamp = dt.datetime.fromisoformat(as_of["finished_at"])
    assert stamp.utcoffset() == dt.timedelta(0)
    assert abs(dt.datetime.now(dt.UTC) - stamp) < dt.timedelta(hours=1)
    # the schema has teeth: the timestamp without offset that find printed before is refused
    naive = as_of["finished_at"].removesuffix("+00:00")
    old = {**found, "as_of": [{**as_of, "finished_at": naive}]}
    assert not FIND.is_valid(old)
    assert not FIND.is_valid({k: v for k, v in found.items() if k != "over_limit"})


def test_stats_json_follows_its_schema(shop: Path) -> None:
    code, out = cli("subjects", "stats", "--format", "json")
    assert code == 0, out
    stats = orjson.loads(out)
    STATS.validate(stats)
    assert stats["subjects"] > 0 and stats["as_of"][0]["finished_at"].endswith("+00:00")


def test_csv_is_the_json_as_one_table(shop: Path) -> None:
    code, out = cli("subjects", "find", DEMO_PERSON, "--format", "csv")
    assert code == 0, out
    rows = list(csv.DictReader(io.StringIO(out)))
    found = orjson.loads(cli("subjects", "find", DEMO_PERSON, "--format", "json")[1])
    assert len(rows) == len(found["occurrences"]) > 0
    assert list(rows[0]) == ["source", "container", "item", "role", "fields", "categories",
                             "why"]
    first = found["occurrences"][0]
    assert orjson.loads(rows[0]["item"]) == first["item"]
    assert rows[0]["categories"].split(";") == first["categories"]
    assert rows[0]["why"] == "" and rows[0]["role"] == first["role"]

    code, out = cli("subjects", "stats", "--format", "csv")
    assert code == 0, out
    stats = orjson.loads(cli("subjects", "stats", "--format", "json")[1])
    rows = list(csv.DictReader(io.StringIO(out)))
    totals = [r for r in rows if r["category"] == ""]
    assert [(r["source"], int(r["rows"]), int(r["subjects"])) for r in totals] == [
        (s["source"], s["rows"], s["subjects"]) for s in stats["sources"]]
    assert len(rows) - len(totals) == len(stats["categories"])

    code, out = cli("index", "check", "--format", "csv")
    assert code == 0, out
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0] == {"check": "integrity", "name": "database", "value": "ok"}
    counts = {r["name"]: int(r["value"]) for r in rows if r["check"] == "count"}
    checked = orjson.loads(cli("index", "check", "--format", "json")[1])
    assert counts == checked["counts"] and checked["key_fingerprint"] is True


def test_plan_json_has_null_for_what_does_not_apply_and_csv_one_row_per_container(
        shop: Path) -> None:
    code, out = cli("subjects", "plan", "sqlite:///shop.db", "--format", "json")
    assert code == 0, out
    [plan] = orjson.loads(out)
    assert plan["error"] is None and plan["note"] is None and plan["problems"] == []
    code, out = cli("subjects", "plan", "sqlite:///shop.db", "--format", "csv")
    assert code == 0, out
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["container"] for r in rows] == [c["container"] for c in plan["containers"]]


def commands(group: click.Group, prefix: str = "") -> Iterator[tuple[str, click.Command]]:
    for name, cmd in sorted(group.commands.items()):
        if isinstance(cmd, click.Group):
            yield from commands(cmd, f"{prefix}{name} ")
        else:
            yield f"{prefix}{name}", cmd


def test_format_means_the_same_set_everywhere() -> None:
    found = {}
    for name, cmd in commands(main):
        for p in cmd.params:
            if "--format" in getattr(p, "opts", ()) and isinstance(p.type, click.Choice):
                found[name] = tuple(p.type.choices)
    for name in ("subjects find", "subjects stats", "subjects plan", "index check"):
        assert found[name] == ("table", "json", "csv"), name
    for name, choices in found.items():
        ours = [c for c in choices if c in FORMATS]
        assert ours == sorted(ours, key=FORMATS.index), name  # one order everywhere
