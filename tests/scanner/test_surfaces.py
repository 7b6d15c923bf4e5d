"""The same surfaces on every command (issue 18): no library warning on a user's terminal
unless --debug, message files of an eml:// folder found by their content, --format's set,
timestamps with an offset, JSON Schemas of `subjects find` and `stats` checked against real
output. Real CLI runs (processes where the terminal is what is tested) in tmp folders."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

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
