"""One writer at a time: a scan while another writes to the same index fails at once with
one line, on SQLite and on PostgreSQL (issue 13, part 3, in part)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from scanner.cli.main import main
from scanner.core.config import parse_config
from scanner.index.store import Index, IndexBusyError
from scanner.scan.engine import run_scan
from tests.scanner.test_link_roles import build


def config_file(tmp_path: Path, index: str) -> Path:
    build(tmp_path / "shop.db", customers=6)
    path = tmp_path / "pdmap.yaml"
    path.write_text(f"index: {index}\nkey_file: .pdmap/key\n"
                    "sources:\n  - name: shop\n    url: sqlite:///shop.db\n")
    return path


def test_a_second_scan_on_a_sqlite_index_is_refused_while_one_writes(tmp_path: Path) -> None:
    path = config_file(tmp_path, "sqlite:///.pdmap/index.db")
    index = Index(f"sqlite:///{tmp_path}/.pdmap/index.db")
    with index.writer_lock():
        result = CliRunner().invoke(main, ["-c", str(path), "scan"])
        assert result.exit_code == 2, result.output
        assert "another pdmap scan is writing to the index" in result.output
        assert "Traceback" not in result.output
    index.close()
    result = CliRunner().invoke(main, ["-c", str(path), "scan"])
    assert result.exit_code == 0, result.output


def test_a_second_scan_on_a_postgresql_index_is_refused_while_one_writes(
        postgres: Any, tmp_path: Path) -> None:
    url = postgres.create_database("locked_index")
    config_file(tmp_path, url)
    import yaml

    config = parse_config(yaml.safe_load((tmp_path / "pdmap.yaml").read_text()), tmp_path)
    holder = Index(url)
    with holder.writer_lock():
        with pytest.raises(IndexBusyError, match="another pdmap scan"):
            run_scan(config)
    holder.close()
    assert run_scan(config).status == "ok"
