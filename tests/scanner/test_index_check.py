"""`pdmap index check`, a damaged index refused before a scan writes, and readers that
never make an empty index (issue 13, part 3)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from scanner.cli.main import main
from scanner.identifiers.key import create_key
from tests.scanner.test_writer_lock import config_file


def run(config: Path, *args: str) -> Any:
    return CliRunner().invoke(main, ["-c", str(config), *args])


def scanned(tmp_path: Path) -> Path:
    config = config_file(tmp_path, "sqlite:///.pdmap/index.db")
    assert run(config, "scan").exit_code == 0
    return config


def test_a_sound_index_checks_clean(tmp_path: Path) -> None:
    config = scanned(tmp_path)
    result = run(config, "index", "check")
    assert result.exit_code == 0, result.output
    assert "database integrity ok" in result.output and "no problem found" in result.output
    data = run(config, "index", "check", "--format", "json")
    assert data.exit_code == 0
    assert '"damaged": []' in data.output and '"key_fingerprint": true' in data.output


@pytest.mark.parametrize("where", [0.5, 0.8])  # a schema's pages, or only a table's
def test_a_damaged_index_is_reported_and_refused_by_scan(tmp_path: Path, where: float) -> None:
    config = scanned(tmp_path)
    db = tmp_path / ".pdmap" / "index.db"
    with sqlite3.connect(db) as con:  # everything into the database file itself
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = bytearray(db.read_bytes())
    page = 4096
    pages = len(raw) // page
    assert pages > 12
    first = min(int(pages * where), pages - 8)
    for n in range(first, first + 8):  # eight pages of the index's tables
        raw[n * page:(n + 1) * page] = bytes([0xA5]) * page
    db.write_bytes(bytes(raw))
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    checked = run(config, "index", "check")
    assert checked.exit_code == 2, checked.output
    assert "damaged" in checked.output
    scan = run(config, "scan")
    assert scan.exit_code == 2
    assert "is damaged" in scan.output and "Traceback" not in scan.output
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before  # nothing written


def test_readers_of_an_index_that_does_not_exist_say_so_and_make_none(tmp_path: Path) -> None:
    config = config_file(tmp_path, "sqlite:///.pdmap/index.db")
    create_key(tmp_path / ".pdmap" / "key")
    for args in (["subjects", "find", "bruno.petit1@mail.example"], ["subjects", "stats"],
                 ["report"], ["index", "check"]):
        result = run(config, *args)
        assert result.exit_code == 2, (args, result.output)
        assert "no index at" in result.output and "pdmap scan" in result.output
        assert "Traceback" not in result.output
    assert not (tmp_path / ".pdmap" / "index.db").exists()
