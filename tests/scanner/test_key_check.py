"""The key is checked: a command that hashes with another key than the index's is refused
(exit 2, one line, no key and no personal value) instead of answering "no such person"; a
short key is refused; a scan never makes a new key for an index built with one."""

from __future__ import annotations

import hashlib
import hmac
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from scanner.cli.main import main

ALICE = "alice.martin@mail.example"
MISMATCH = "is not the key this index was built with"
OTHER_KEY = "7e" * 32


def build(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, first_name TEXT, "
               "last_name TEXT, email TEXT)")
    people = [("Alice", "Martin"), ("Bruno", "Petit"), ("Chloe", "Dubois"), ("David", "Leroy")]
    db.executemany("INSERT INTO customers VALUES (?, ?, ?, ?)", [
        (i, first, last, f"{first.lower()}.{last.lower()}@mail.example")
        for i, (first, last) in enumerate(people, 1)])
    db.commit()
    db.close()


def shop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A shop and its pdmap.yaml, no key yet (nor PDMAP_KEY)."""
    monkeypatch.delenv("PDMAP_KEY", raising=False)
    build(tmp_path / "shop.db")
    config = tmp_path / "pdmap.yaml"
    config.write_text("index: sqlite:///.pdmap/index.db\nkey_file: .pdmap/key\n"
                      "sources:\n  - name: shop\n    url: sqlite:///shop.db\n")
    return config


@pytest.fixture
def estate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    config = shop(tmp_path, monkeypatch)
    assert run(config, "init").exit_code == 0
    return config


@pytest.fixture
def scanned(estate: Path) -> Path:
    result = run(estate, "scan")
    assert result.exit_code == 0, result.output
    return estate


def run(config: Path, *args: str, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(main, ["-c", str(config), *args], env=env)


def key_file(config: Path) -> Path:
    return config.parent / ".pdmap" / "key"


def stored_fingerprint(config: Path) -> str | None:
    db = sqlite3.connect(config.parent / ".pdmap" / "index.db")
    try:
        row = db.execute("SELECT value FROM pdmap_meta WHERE key = 'key_fingerprint'").fetchone()
    finally:
        db.close()
    return row[0] if row else None


def fingerprint_of(key_hex: str) -> str:
    return hmac.new(bytes.fromhex(key_hex), b"pdmap key fingerprint v1",
                    hashlib.sha256).hexdigest()


def refused(result: Any, *secrets: str) -> str:
    """The one-line refusal: exit 2, no traceback, none of the values given."""
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    for s in secrets:
        assert s.lower() not in result.output.lower()
    lines = [line for line in result.stderr.splitlines() if line]
    assert len(lines) == 1, result.stderr
    return str(lines[0])


def test_a_scan_records_the_keys_fingerprint_and_never_the_key(scanned: Path) -> None:
    key = key_file(scanned).read_text().strip()
    assert stored_fingerprint(scanned) == fingerprint_of(key)
    index = (scanned.parent / ".pdmap" / "index.db").read_bytes()
    assert key.encode() not in index and bytes.fromhex(key) not in index
    found = run(scanned, "subjects", "find", ALICE)
    assert found.exit_code == 0, found.output
    assert "key" not in found.stderr


def test_another_key_file_is_refused_by_find_and_export(scanned: Path) -> None:
    key_file(scanned).write_text(OTHER_KEY + "\n")
    line = refused(run(scanned, "subjects", "find", ALICE), ALICE, OTHER_KEY, "alice")
    assert line.startswith("pdmap: the key (")
    assert MISMATCH in line and "index.db" in line and "scan again" in line
    out = scanned.parent / "alice.zip"
    line = refused(run(scanned, "export", ALICE, "-o", str(out)), ALICE, OTHER_KEY, "alice")
    assert MISMATCH in line
    assert not out.exists()


def test_another_key_in_the_environment_is_refused_and_named_so(scanned: Path) -> None:
    result = run(scanned, "subjects", "find", ALICE, env={"PDMAP_KEY": OTHER_KEY})
    line = refused(result, ALICE, OTHER_KEY)
    assert "the key (PDMAP_KEY)" in line and MISMATCH in line


def test_a_scan_with_another_key_writes_nothing(scanned: Path) -> None:
    before = stored_fingerprint(scanned)
    key_file(scanned).write_text(OTHER_KEY + "\n")
    line = refused(run(scanned, "scan"), OTHER_KEY)
    assert MISMATCH in line
    assert stored_fingerprint(scanned) == before
    db = sqlite3.connect(scanned.parent / ".pdmap" / "index.db")
    assert db.execute("SELECT count(*) FROM scans").fetchone() == (1,)
    db.close()


@pytest.mark.parametrize("text", ["", "00", "ab" * 31])
def test_a_short_key_file_is_refused(estate: Path, text: str) -> None:
    key_file(estate).write_text(text + "\n")
    for args in (("scan",), ("subjects", "find", ALICE)):
        line = refused(run(estate, *args), ALICE)
        assert f"the key is {len(text) // 2} bytes, at least 32" in line


def test_a_short_key_in_the_environment_is_refused(scanned: Path) -> None:
    for args in (("scan",), ("subjects", "find", ALICE),
                 ("export", ALICE, "-o", str(scanned.parent / "a.zip"))):
        line = refused(run(scanned, *args, env={"PDMAP_KEY": "00"}), ALICE)
        assert line == ("pdmap: PDMAP_KEY: the key is 1 bytes, at least 32 are needed "
                        "(64 hex digits; 'pdmap init' writes one)")


def test_a_missing_key_file_is_never_replaced_for_a_fingerprinted_index(scanned: Path) -> None:
    key_file(scanned).unlink()
    line = refused(run(scanned, "scan"))
    assert "no key file" in line and "index.db" in line
    assert not key_file(scanned).exists()


def test_a_first_scan_still_makes_the_missing_key(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    config = shop(tmp_path, monkeypatch)
    assert run(config, "scan").exit_code == 0
    key = key_file(config)
    assert key.stat().st_mode & 0o777 == 0o600
    assert stored_fingerprint(config) == fingerprint_of(key.read_text().strip())


def test_a_key_file_others_can_read_gets_a_warning(scanned: Path) -> None:
    key_file(scanned).chmod(0o640)
    result = run(scanned, "subjects", "find", ALICE)
    assert result.exit_code == 0, result.output
    [line] = [x for x in result.stderr.splitlines() if "readable" in x]
    assert "readable by its group or others (mode 640)" in line and "chmod 600" in line
    assert key_file(scanned).read_text().strip() not in result.output
    key_file(scanned).chmod(0o600)
    assert "readable" not in run(scanned, "subjects", "find", ALICE).stderr


def test_an_index_without_fingerprint_is_read_with_a_warning_and_adopted_by_a_scan(
        scanned: Path) -> None:
    db = sqlite3.connect(scanned.parent / ".pdmap" / "index.db")
    db.execute("DELETE FROM pdmap_meta WHERE key = 'key_fingerprint'")
    db.commit()
    db.close()
    found = run(scanned, "subjects", "find", ALICE)
    assert found.exit_code == 0, found.output
    assert "records no key fingerprint" in found.stderr
    assert "cannot be checked" in found.stderr
    out = scanned.parent / "alice.zip"
    exported = run(scanned, "export", ALICE, "-o", str(out))
    assert exported.exit_code == 0, exported.output
    assert "cannot be checked" in exported.stderr and out.exists()
    assert stored_fingerprint(scanned) is None, "a read never writes the index"
    assert run(scanned, "scan").exit_code == 0
    key = key_file(scanned).read_text().strip()
    assert stored_fingerprint(scanned) == fingerprint_of(key)
    again = run(scanned, "subjects", "find", ALICE)
    assert again.exit_code == 0 and "fingerprint" not in again.stderr
    key_file(scanned).write_text(OTHER_KEY + "\n")
    assert MISMATCH in refused(run(scanned, "subjects", "find", ALICE), ALICE)


def test_a_discover_only_scan_needs_no_key(estate: Path) -> None:
    key_file(estate).unlink()
    assert run(estate, "scan", "--discover-only").exit_code == 0
    assert not key_file(estate).exists()
    assert stored_fingerprint(estate) is None
