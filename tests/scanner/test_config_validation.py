"""pdmap.yaml is validated: a wrong shape, an unknown key or a bad value is one line naming
the file, the line and the key path, never a silent default (issue 13, part 4, in part)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from scanner.cli import main
from scanner.config import ConfigError, load_config


def config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pdmap.yaml"
    path.write_text(text)
    return path


@pytest.mark.parametrize(("text", "message"), [
    ('sources: "sqlite:///shop.db"\n', "line 1: sources: expected a list of sources"),
    ("sample_sise: 10\n", "line 1: sample_sise: unknown key (did you mean 'sample_size'?)"),
    ("sample_size: -5\n", "line 1: sample_size: expected a whole number >= 1, not -5"),
    ("sources:\n  - url: sqlite:///a.db\n    exclud: ['*.tmp']\n",
     "line 3: sources[0].exclud: unknown key (did you mean 'exclude'?)"),
    ("sources:\n  - url: sqlite:///a.db\n    sample_size: lots\n",
     "line 3: sources[0].sample_size: expected a whole number >= 1, not 'lots'"),
    ("sources:\n  - {name: shop, url: 'sqlite:///a.db'}\n  - {name: shop, url: 'sqlite:///b.db'}\n",
     "line 3: sources[1].name: 'shop' names two sources"),
    ("languages: [en, de]\n", "line 1: languages: expected a list of en, fr"),
    ("subjects:\n  links:\n    - {container: t, column: c, as: boss}\n",
     "subjects.links[0].as: 'boss' is not one of owner, reference, ignore"),
])
def test_a_bad_config_is_one_line_naming_the_file_line_and_key(tmp_path: Path, text: str,
                                                                message: str) -> None:
    path = config(tmp_path, text)
    with pytest.raises(ConfigError) as e:
        load_config(path)
    assert str(e.value).startswith(str(path)) and message in str(e.value), str(e.value)
    result = CliRunner().invoke(main, ["-c", str(path), "report"])
    assert result.exit_code == 2 and message in result.output and "Traceback" not in \
        result.output


def test_one_glob_alone_is_a_list_of_one_not_its_characters(tmp_path: Path) -> None:
    path = config(tmp_path, "sources:\n  - url: sqlite:///a.db\n    exclude: '*.tmp'\n")
    assert load_config(path).sources[0].exclude == ("*.tmp",)


def test_a_config_named_with_c_must_exist(tmp_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    for args in (["-c", str(missing), "subjects", "stats"], ["-c", str(missing), "report"]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2 and "no such config file" in result.output, args
    result = CliRunner().invoke(main, ["subjects", "stats"], env={"PDMAP_CONFIG": str(missing)})
    assert result.exit_code == 2 and "no such config file" in result.output
