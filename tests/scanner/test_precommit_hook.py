"""The hook manifest is one pre-commit itself accepts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_the_hook_runs_pdmap_check_on_the_whole_repository():
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "pdmap-check"
    assert hook["entry"] == "pdmap check"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False


def test_pre_commit_validates_the_manifest():
    pytest.importorskip("pre_commit")
    exe = shutil.which("pre-commit", path=str(Path(sys.executable).parent))
    cmd = [exe] if exe else [sys.executable, "-m", "pre_commit"]
    proc = subprocess.run(
        [*cmd, "validate-manifest", str(ROOT / ".pre-commit-hooks.yaml")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
