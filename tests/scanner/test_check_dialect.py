"""The SQL dialect of schema files chosen by pdmap.yaml (`check.sql_dialects`) and by
`pdmap check --dialect`, on throwaway git repositories, through the real command line.

The order: the file's own `-- dialect:` comment > the first config glob that matches >
`--dialect` > a folder or suffix naming a dialect > hints in the text > the fixed order.
What a file was read as is seen by the verdict function, which gets each field's schema.
"""

from __future__ import annotations

import json
import subprocess
import textwrap
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from scanner.check import gate
from scanner.cli.main import main
from scanner.core.config import parse_config
from scanner.core.findings import DEBT
from scanner.core.types import FieldRef, FieldSchema, FieldVerdict
from scanner.detect.classify import classify_field

# A ClickHouse table the text cannot tell apart: `ENGINE = Memory` (no MergeTree, no
# Nullable or LowCardinality) in a folder that names no dialect. PostgreSQL reads it too,
# but wrong: a ClickHouse column holds NULL only when Nullable(...), `Int8` is one byte
# (PostgreSQL's INT8 is a BIGINT) and `Array(String)` is not a TEXT[].
EVENTS = """\
CREATE TABLE events (
    id UInt64,
    email String,
    age Int8,
    tags Array(String)
) ENGINE = Memory;
"""
# (native type, nullable) of each field, read as ClickHouse and as PostgreSQL reads it.
CLICKHOUSE = {
    "id": ("UInt64", False),
    "email": ("String", False),
    "age": ("Int8", False),
    "tags": ("Array(String)", False),
}
MISREAD = {
    "id": ("UInt64", True),
    "email": ("TEXT", True),
    "age": ("BIGINT", True),
    "tags": ("TEXT[]", True),
}
CLICKHOUSE_CONFIG = {"check": {"sql_dialects": [{"path": "analytics/*", "dialect": "clickhouse"}]}}


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True
    ).stdout


def write(repo: Path, path: str, text: str) -> None:
    target = repo / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(textwrap.dedent(text))


def commit(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    repo = tmp_path / "app"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.email", "dev@example.invalid")
    git(repo, "config", "user.name", "Dev")
    write(repo, ".gitignore", "pdmap.yaml\n")  # the config changes between runs
    write(repo, "analytics/0001_events.sql", EVENTS)
    commit(repo, "events")
    git(repo, "checkout", "-q", "-b", "feature")
    monkeypatch.chdir(repo)
    return repo


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> dict[tuple[str, str], FieldSchema]:
    """The schema of each field (container, name) as the last `pdmap check` read it: the
    real verdicts, through a judge that also writes down what it is given."""
    seen: dict[tuple[str, str], FieldSchema] = {}

    def judge(ref: FieldRef, schema: FieldSchema, siblings=()) -> FieldVerdict:
        seen[(ref.container, ref.field)] = schema
        return classify_field(ref, schema, siblings=siblings)

    def default_judge():
        seen.clear()
        return judge

    monkeypatch.setattr(gate, "default_judge", default_judge)
    return seen


def pdmap(repo: Path, *args: str, config: dict | None = None):
    if config is not None:
        (repo / "pdmap.yaml").write_text(yaml.safe_dump(config))
    return CliRunner().invoke(main, list(args))


def types(seen: dict[tuple[str, str], FieldSchema], table: str) -> dict[str, tuple[str, bool]]:
    return {f: (s.native_type, s.nullable) for (c, f), s in seen.items() if c == table}


def test_a_clickhouse_file_the_text_cannot_tell_is_misread_without_config_and_right_with_it(
    repo, read
):
    result = pdmap(repo, "check", "--all", "--format", "json", config={})
    assert result.exit_code == 1, result.output  # email is undeclared either way
    assert types(read, "events") == MISREAD

    result = pdmap(repo, "check", "--all", "--format", "json", config=CLICKHOUSE_CONFIG)
    assert result.exit_code == 1, result.output
    assert types(read, "events") == CLICKHOUSE
    report = json.loads(result.stdout)
    assert report["summary"]["problems"] == 0
    assert {(f["field"], f["line"]) for f in report["findings"]} >= {("email", 3)}

    # the first glob that matches decides: a glob before it naming another dialect wins
    config = {"check": {"sql_dialects": [{"path": "analytics/0001_*", "dialect": "postgres"},
                                         *CLICKHOUSE_CONFIG["check"]["sql_dialects"]]}}
    pdmap(repo, "check", "--all", config=config)
    assert types(read, "events") == MISREAD
    # a glob that matches nothing leaves the file to the other ways; the case is ignored
    pdmap(repo, "check", "--all", config={"check": {"sql_dialects": [
        {"path": "db/*", "dialect": "clickhouse"}, {"path": "ANALYTICS/*", "dialect": "ClickHouse"}
    ]}})
    assert types(read, "events") == CLICKHOUSE


def test_the_dialect_flag_reads_the_files_no_config_glob_names(repo, read):
    write(repo, "db/clickhouse/0001_people.sql", "CREATE TABLE people (id UInt64, phone String)"
                                                 " ENGINE = Memory;\n")
    result = pdmap(repo, "check", "--all", "--dialect", "ClickHouse", config={})
    assert result.exit_code == 1, result.output
    assert types(read, "events") == CLICKHOUSE
    assert types(read, "people") == {"id": ("UInt64", False), "phone": ("String", False)}

    # a config glob beats the flag; the flag beats a folder (or suffix) naming a dialect
    config = {"check": {"sql_dialects": [{"path": "analytics/*", "dialect": "clickhouse"}]}}
    pdmap(repo, "check", "--all", "--dialect", "postgres", config=config)
    assert types(read, "events") == CLICKHOUSE
    assert types(read, "people") == {"id": ("UInt64", True), "phone": ("TEXT", True)}

    # datamap suggest shares the option
    result = pdmap(repo, "datamap", "suggest", "--all", "--dialect", "clickhouse", config={})
    assert result.exit_code == 0, result.output
    assert types(read, "events") == CLICKHOUSE and "email" in result.stdout


def test_the_files_own_comment_beats_the_config(repo, read):
    write(repo, "analytics/0001_events.sql", "-- dialect: postgres\n" + EVENTS)
    pdmap(repo, "check", "--all", "--dialect", "clickhouse", config=CLICKHOUSE_CONFIG)
    assert types(read, "events") == MISREAD
    # a comment naming no dialect sqlglot knows is no choice: the config's holds
    write(repo, "analytics/0001_events.sql", "-- dialect: ansi-ish\n" + EVENTS)
    pdmap(repo, "check", "--all", config=CLICKHOUSE_CONFIG)
    assert types(read, "events") == CLICKHOUSE


@pytest.mark.parametrize(
    ("dialect", "expected"),
    [
        ("clickhose", "'clickhose' is not a SQL dialect sqlglot knows (did you mean "
                      "'clickhouse'?)"),
        ("nosuchsql", "'nosuchsql' is not a SQL dialect sqlglot knows (one of athena, "),
    ],
)
def test_an_unknown_dialect_in_the_config_is_one_line_naming_it(repo, read, dialect, expected):
    config = {"check": {"sql_dialects": [{"path": "analytics/*", "dialect": dialect}]}}
    for args in (["check"], ["datamap", "suggest"], ["config", "validate"]):
        result = pdmap(repo, *args, config=config)
        assert result.exit_code == 2, result.output
        (line,) = result.stderr.splitlines()
        assert line.startswith("pdmap: pdmap.yaml line 3: check.sql_dialects[0].dialect: ")
        assert expected in line and "Traceback" not in line
    assert not read  # nothing was checked


def test_the_check_section_is_validated_as_the_rest_of_the_file(repo):
    for section, message in (
        ({"sql_dialect": []}, "check.sql_dialect: unknown key (did you mean 'sql_dialects'?)"),
        ({"sql_dialects": [{"path": "a/*"}]}, "check.sql_dialects[0]: expected a mapping "
                                               "with 'path' and 'dialect'"),
        ({"sql_dialects": [{"path": "a/*", "dialect": "x y"}]},
         "check.sql_dialects[0].dialect: expected the name of a sqlglot dialect, not 'x y'"),
        ({"sql_dialects": "clickhouse"}, "check.sql_dialects: expected a list of"),
    ):
        result = pdmap(repo, "check", config={"check": section})
        assert result.exit_code == 2, result.output
        (line,) = result.stderr.splitlines()
        assert message in line
    config = parse_config({"check": {"sql_dialects": [{"path": "x/*", "dialect": "BigQuery"}]}})
    assert [(d.path, d.dialect) for d in config.sql_dialects] == [("x/*", "bigquery")]
    assert parse_config({"check": None}).sql_dialects == ()


def test_an_unknown_dialect_flag_is_a_usage_error_naming_it(repo):
    result = pdmap(repo, "check", "--dialect", "clickhose", config={})
    assert result.exit_code == 2
    assert "'clickhose' is not a SQL dialect sqlglot knows (did you mean 'clickhouse'?)" in (
        result.stderr
    )


def test_the_parse_cache_does_not_reuse_a_parse_made_in_another_dialect(
    repo: Path, read: dict[tuple[str, str], FieldSchema], monkeypatch: pytest.MonkeyPatch
) -> None:
    parses: list[tuple[str, str | None]] = []
    real = gate.read_schema_file

    def counted(path: str, text: str, dialect: str | None = None):
        parses.append((path, dialect))
        return real(path, text, dialect)

    monkeypatch.setattr(gate, "read_schema_file", counted)
    write(repo, "models.py", "import sqlalchemy as sa\n")  # not a .sql file: no dialect
    # the branch changes the file (a comment): its base version is another blob to read
    write(repo, "analytics/0001_events.sql", EVENTS + "-- the site's events\n")
    events = "analytics/0001_events.sql"
    result = pdmap(repo, "check", "--format", "json", config={})
    assert result.exit_code == 0, result.output  # every field is existing debt
    assert types(read, "events") == MISREAD
    assert sorted(parses, key=str) == [(events, None), (events, None), ("models.py", None)]

    parses.clear()
    result = pdmap(repo, "check", "--format", "json", config=CLICKHOUSE_CONFIG)
    assert result.exit_code == 0, result.output
    assert types(read, "events") == CLICKHOUSE
    # both versions read again in their dialect; models.py not again
    assert parses == [(events, "clickhouse"), (events, "clickhouse")]
    # the base version too: read as the head is, nothing changed, all still debt
    assert {f["status"] for f in json.loads(result.stdout)["findings"]} == {DEBT}

    parses.clear()
    pdmap(repo, "check", config=CLICKHOUSE_CONFIG)
    assert parses == [] and types(read, "events") == CLICKHOUSE  # now from the cache
    pdmap(repo, "check", "--dialect", "clickhouse", config={})
    assert parses == [] and types(read, "events") == CLICKHOUSE  # the same parses, by flag
    result = pdmap(repo, "check", "--format", "json", config={})
    assert types(read, "events") == MISREAD  # and back, never the ClickHouse parse
    assert {f["status"] for f in json.loads(result.stdout)["findings"]} == {DEBT}
    (cache,) = (repo / ".pdmap" / "cache").glob("schema-v*.json")
    keys = json.loads(cache.read_bytes())
    assert not any(k.endswith(":clickhouse") for k in keys)  # only what the last run used
    assert sum(k.endswith(f":{events}") for k in keys) == 2
