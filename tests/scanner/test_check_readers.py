"""`pdmap check` on schema files the readers must read faithfully (issue 15, part 3)."""

from __future__ import annotations

from scanner.core.findings import DEBT, VIOLATION
from tests.scanner import test_check
from tests.scanner.test_check import check, commit, statuses, write

repo = test_check.repo  # the fixture: a users table on main, a feature branch checked out


def test_a_dbmate_migration_with_its_down_step_is_checked_on_its_up_step(repo):
    write(
        repo,
        "db/migrations/20260101000000_people.sql",
        """\
        -- migrate:up
        CREATE TABLE people (
          id int PRIMARY KEY,
          first_name text
        );

        -- migrate:down
        DROP TABLE people;
        """,
    )
    commit(repo, "people")
    result = check(repo)
    assert statuses(result) == {
        "people.first_name": VIOLATION,
        "people.id": VIOLATION,
        "users.last_name": DEBT,
    }
    finding = next(f for f in result.findings if f.field == "first_name")
    assert (finding.path, finding.line) == ("db/migrations/20260101000000_people.sql", 4)
    assert result.exit_code == 1


def test_a_clickhouse_table_is_checked_and_an_unreadable_one_names_file_and_line(repo):
    write(
        repo,
        "clickhouse/001_events.sql",
        "CREATE TABLE events\n(\n    ts DateTime CODEC(Delta, ZSTD),\n"
        "    email Nullable(String)\n)\n"
        "ENGINE = MergeTree\nORDER BY ts;\n",
    )
    bad = "CREATE TABLE x\n(\n    a Str ing(\n) ENGINE = Log;\n"
    write(repo, "clickhouse/002_bad.sql", bad)
    commit(repo, "events")
    result = check(repo)
    assert statuses(result)["events.email"] == VIOLATION
    (problem,) = result.problems
    assert (problem.path, problem.line) == ("clickhouse/002_bad.sql", 3)
