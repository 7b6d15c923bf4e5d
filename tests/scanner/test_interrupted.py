"""A scan that died is said to have died: `find`, `stats`, `report` and `export` warn and
exit 3 (an answer that may be incomplete), the next scan marks it interrupted (issue 13,
part 1, in part). The dying scan is a real process killed with SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from scanner.cli.main import main
from scanner.index.store import Index
from tests.scanner.test_writer_lock import config_file


def run(config: Path, *args: str) -> Any:
    return CliRunner().invoke(main, ["-c", str(config), *args])


def test_a_killed_scan_is_reported_by_every_reader_and_marked_by_the_next_scan(
        tmp_path: Path) -> None:
    config = config_file(tmp_path, "sqlite:///.pdmap/index.db")
    assert run(config, "scan").exit_code == 0
    index_url = f"sqlite:///{tmp_path}/.pdmap/index.db"
    # A scan that dies: a process takes the writer lock, records a running scan, is killed.
    code = (f"import time; from scanner.index.store import Index\n"
            f"i = Index({index_url!r})\n"
            f"with i.writer_lock():\n"
            f"    i.begin_scan(); print('started', flush=True); time.sleep(60)\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parents[2])
    assert proc.stdout is not None and proc.stdout.readline().strip() == "started"
    busy = run(config, "subjects", "find", "bruno.petit1@mail.example")
    assert busy.exit_code == 3 and "is still running" in busy.stderr
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    time.sleep(0.1)
    found = run(config, "subjects", "find", "bruno.petit1@mail.example", "--format", "json")
    assert found.exit_code == 3
    assert json.loads(found.stdout)["subject"] is not None
    assert "did not finish" in found.stderr and "the last complete scan is 1" in \
        found.stderr
    assert run(config, "subjects", "stats").exit_code == 3
    assert "did not finish" in run(config, "report").stderr
    out = tmp_path / "p.zip"
    export = run(config, "export", "bruno.petit1@mail.example", "-o", str(out))
    assert export.exit_code == 3 and out.exists()
    assert run(config, "export", "bruno.petit1@mail.example", "-o", str(out), "--overwrite",
               "--allow-partial").exit_code == 0
    assert run(config, "scan").exit_code == 0
    with Index(index_url).connect() as conn:
        statuses = [r[0] for r in conn.exec_driver_sql("SELECT status FROM scans ORDER BY id")]
    assert statuses == ["ok", "interrupted", "ok"]
    assert run(config, "subjects", "find", "bruno.petit1@mail.example").exit_code == 0
