"""The hook manifest is one pre-commit itself accepts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
PRE_COMMIT = [str(BIN / "pre-commit")] if (BIN / "pre-commit").exists() else [
    sys.executable, "-m", "pre_commit"]


def test_the_hook_runs_pdmap_check_on_the_whole_repository():
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "pdmap-check"
    assert hook["entry"] == "pdmap check"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False


def test_pre_commit_validates_the_manifest():
    proc = subprocess.run(
        [*PRE_COMMIT, "validate-manifest", str(ROOT / ".pre-commit-hooks.yaml")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True,
                          check=check)


def test_a_commit_adding_an_undeclared_personal_field_is_refused_by_the_hook(tmp_path: Path):
    """The hook as pre-commit runs it. NOTE: `language: python` would make pre-commit build
    a fresh environment of pdmap from PyPI; here the hook's entry runs the pdmap already
    installed (a `local`/`system` hook with the same entry), so the test needs no network."""
    repo = tmp_path / "app"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.email", "dev@example.invalid")
    git(repo, "config", "user.name", "Dev")
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    pdmap = shutil.which("pdmap", path=str(BIN)) or "pdmap"
    config = {"repos": [{"repo": "local", "hooks": [{
        **{k: hook[k] for k in ("id", "name", "pass_filenames", "files")},
        "entry": hook["entry"].replace("pdmap", pdmap, 1), "language": "system"}]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    (repo / "pdmap.yaml").write_text(
        "datamap:\n  - {container: customers, field: email, category: contact.email}\n"
        "  - {container: customers, field: id, category: identity.account_id}\n")
    (repo / "db").mkdir()
    (repo / "db" / "001.sql").write_text(
        "CREATE TABLE customers (id serial PRIMARY KEY, email text);\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "schema")
    subprocess.run([*PRE_COMMIT, "install"], cwd=repo, check=True, capture_output=True)

    (repo / "db" / "002.sql").write_text("ALTER TABLE customers ADD COLUMN total numeric;\n")
    git(repo, "add", "-A")
    assert git(repo, "commit", "-q", "-m", "non-personal", check=False).returncode == 0

    (repo / "db" / "003.sql").write_text("ALTER TABLE customers ADD COLUMN phone text;\n")
    git(repo, "add", "-A")
    refused = git(repo, "commit", "-q", "-m", "phone", check=False)
    assert refused.returncode != 0
    assert "customers.phone" in refused.stdout + refused.stderr
