"""Golden files for exporter tests: compare output with files kept in the repo.

`pytest --update-golden-files` rewrites them instead of comparing. JSON is compared after
replacing the values of keys that change from run to run (generation time, version) by a
placeholder; everything else byte for byte. Register with `pytest_plugins = ["tests.golden"]`
(or `-p tests.golden`).
"""

from __future__ import annotations

import difflib
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson
import pytest

IGNORED_KEYS = frozenset({"generated_at", "pdmap_version"})
PLACEHOLDER = "<ignored>"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden-files", action="store_true", default=False,
                     help="Rewrite golden files from the current output instead of comparing.")


def mask(value: Any, ignored: Iterable[str] = IGNORED_KEYS) -> Any:
    ignored = frozenset(ignored)
    if isinstance(value, dict):
        return {k: PLACEHOLDER if k in ignored else mask(v, ignored) for k, v in value.items()}
    if isinstance(value, list):
        return [mask(v, ignored) for v in value]
    return value


def normalized(path: Path) -> bytes:
    """A file's comparable form: masked, re-indented JSON for .json, raw bytes otherwise."""
    data = path.read_bytes()
    if path.suffix == ".json":
        return orjson.dumps(mask(orjson.loads(data)),
                            option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"
    return data


def tree(root: Path) -> dict[str, Path]:
    return {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*")) if p.is_file()}


class Golden:
    def __init__(self, root: Path, update: bool) -> None:
        self.root = root
        self.update = update

    def check_tree(self, name: str, actual_root: Path) -> None:
        """Every file under actual_root equals the golden tree `name`, and no file is extra."""
        expected_root = self.root / name
        actual = tree(actual_root)
        if self.update:
            shutil.rmtree(expected_root, ignore_errors=True)
            for rel, p in actual.items():
                dest = expected_root / rel
                dest.parent.mkdir(parents=True, exist_ok=True)
                dest.write_bytes(normalized(p))
            return
        expected = tree(expected_root)
        assert sorted(actual) == sorted(expected), (
            f"files differ from golden {name} (run with --update-golden-files if intended):\n"
            + "\n".join(difflib.unified_diff(sorted(expected), sorted(actual), lineterm="")))
        for rel, p in actual.items():
            want, got = expected[rel].read_bytes(), normalized(p)
            if want != got:
                diff = difflib.unified_diff(want.decode(errors="replace").splitlines(),
                                            got.decode(errors="replace").splitlines(),
                                            f"golden/{name}/{rel}", "actual", lineterm="", n=2)
                pytest.fail(f"{rel} differs from golden {name} (run with "
                            "--update-golden-files if intended):\n" + "\n".join(list(diff)[:60]))


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Golden:
    root = Path(str(request.node.path)).parent / "golden"
    return Golden(root, bool(request.config.getoption("--update-golden-files")))
