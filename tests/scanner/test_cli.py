"""Every command has help text and is documented in the README (as sqlite-utils does)."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from scanner.cli.main import main

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in sorted(group.commands.items()):
        out.append((f"{prefix}{name}", cmd))
        if isinstance(cmd, click.Group):
            out.extend(commands(cmd, f"{prefix}{name} "))
    return out


@pytest.mark.parametrize(("name", "cmd"), commands(main))
def test_every_command_has_help_and_is_in_the_readme(name: str, cmd: click.Command) -> None:
    assert cmd.help, f"pdmap {name} has no help text"
    assert f"pdmap {name}" in README, f"pdmap {name} is not documented in the README"
    for param in cmd.params:
        if isinstance(param, click.Option):
            assert param.help, f"pdmap {name} {param.opts[0]} has no help text"


def test_init_writes_a_config_and_a_private_key(tmp_path: Path) -> None:
    config = tmp_path / "pdmap.yaml"
    result = CliRunner().invoke(main, ["-c", str(config), "init"])
    assert result.exit_code == 0, result.output
    assert "sources:" in config.read_text()
    key = tmp_path / ".pdmap" / "key"
    assert key.stat().st_mode & 0o777 == 0o600
    secret = key.read_text()
    assert len(bytes.fromhex(secret.strip())) == 32
    again = CliRunner().invoke(main, ["-c", str(config), "init"])
    assert "already exists" in again.output
    assert key.read_text() == secret, "a second init must never replace the key"


def test_when_config_is_missing_then_scan_says_so_in_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["-c", str(tmp_path / "nope.yaml"), "scan"])
    assert result.exit_code == 2
    assert "nope.yaml: no such config file" in result.output
    assert "Traceback" not in result.output
