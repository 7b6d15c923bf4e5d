"""pdmap.yaml is validated: a wrong shape, an unknown key or option or a bad value is one
line naming the file, the line and the key path, never a silent default; the JSON Schema
shipped for editors is the one the loader checks with (issue 13, part 4)."""

from __future__ import annotations

import json
import os
import re
from dataclasses import fields
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from scanner.cli.main import main
from scanner.core.config import ConfigError, SourceConfig, load_config
from scanner.core.config_schema import SCHEMA_FILE, first_error, schema, schema_text
from scanner.core.options import (
    GROUPS,
    SCHEME_OPTIONS,
    Limits,
    S3Settings,
    SqlOptions,
    options_for,
)
from scanner.core.validator import ANNOTATIONS, KEYWORDS

ROOT = Path(__file__).resolve().parents[2]


def config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pdmap.yaml"
    path.write_text(text)
    return path


def load_error(path: Path) -> str:
    with pytest.raises(ConfigError) as e:
        load_config(path)
    return str(e.value)


# -- one line: file, line, key path ------------------------------------------------------


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
    ("languages: [en, de]\n", "line 1: languages[1]: 'de' is not one of en, fr"),
    ("subjects:\n  links:\n    - {container: t, column: c, as: boss}\n",
     "line 3: subjects.links[0].as: 'boss' is not one of owner, reference, ignore"),
    ("subjects:\n  links:\n    - {container: t, as: owner}\n",
     "line 3: subjects.links[0]: 'as: owner' and 'as: reference' need the link's 'column'"),
    ("subjects:\n  max_identifiers: {emial: 3}\n",
     "line 2: subjects.max_identifiers.emial: unknown identifier kind (did you mean 'email'?)"),
    ("datamap:\n  - container: t\n    field: x\n    legal_bassis: consent\n",
     "line 4: datamap[0].legal_bassis: unknown key (did you mean 'legal_basis'?)"),
    ("datamap:\n  - {container: t, field: x, category: contact.emial}\n",
     "line 2: datamap[0].category: 'contact.emial' is not a category of rules/categories.yaml "
     "(did you mean 'contact.email'?)"),
    ("datamap:\n  - {path: 'legacy/*'}\n", "line 2: datamap[0]: an ignored path needs a 'reason'"),
    ("default_region: fr\n", "line 1: default_region: expected a two-letter region code"),
    ("default_region: UK\n", "line 1: default_region: 'UK' is not a phone region (the United "
                             "Kingdom is GB)"),
    ("default_region: ZZ\n", "line 1: default_region: 'ZZ' is not a phone region (ISO 3166"),
    ("sources:\n  - url: postgresql://u:secret@db/crm\n    name: 7\n",
     "line 3: sources[0].name: expected a non-empty string, not 7"),
    ("sources:\n  - 42\n",
     "line 2: sources[0]: expected a source URL or a mapping with a 'url', not 42"),
    ("- url: sqlite:///a.db\n", ": expected a YAML mapping (index, sources, datamap...), not a "
                                "list"),
])
def test_a_bad_config_is_one_line_naming_the_file_line_and_key(tmp_path: Path, text: str,
                                                                message: str) -> None:
    path = config(tmp_path, text)
    error = load_error(path)
    assert error.startswith(str(path)) and message in error, error
    result = CliRunner().invoke(main, ["-c", str(path), "report"])
    assert result.exit_code == 2 and message in result.output and "Traceback" not in \
        result.output


@pytest.mark.parametrize(("url", "options", "message"), [
    ("sqlite:///a.db", "{page_sise: 100}", "sources[0].options.page_sise: unknown option for "
     "sqlite://, postgresql://, postgres://, mysql://, mariadb://, mssql://, oracle:// sources "
     "(did you mean 'page_size'?)"),
    ("postgresql://pdmap@db/crm", "{subject_max_shared: 0}",
     "sources[0].options.subject_max_shared: expected a whole number >= 1, not 0"),
    ("mysql+pymysql://pdmap@db/shop", "{max_records: 10}",
     "sources[0].options.max_records: unknown option for sqlite://"),
    ("file://exports", "{sample_object: 3}", "sources[0].options.sample_object: unknown option "
     "for file:// sources (did you mean 'sample_objects'?)"),
    ("exports", "{max_archive_depth: -1}",
     "sources[0].options.max_archive_depth: expected a whole number >= 0, not -1"),
    ("s3://bucket/prefix", "{page_size: 5000}",
     "sources[0].options.page_size: expected a whole number from 1 to 1000, not 5000"),
    ("s3://bucket/prefix", "{addressing_style: host}",
     "sources[0].options.addressing_style: 'host' is not one of auto, path, virtual"),
    ("s3://bucket/prefix", "{aws_secret_access_key: x}",
     "sources[0].options.aws_secret_access_key: credentials come from the AWS chain"),
    ("imaps://ann@mail.example.com/INBOX", "{starttls: 'no'}",
     "sources[0].options.starttls: expected true or false, not 'no'"),
    ("imap://ann@mail.example.com/*", "{timeout: 0}",
     "sources[0].options.timeout: expected a number > 0, not 0"),
    ("imap://ann@mail.example.com/*", "{batch: 10}",
     "sources[0].options.batch: unknown option for imap://, imaps:// sources (did you mean "
     "'batch_size'?)"),
    ("eml://mail", "{patterns: '*.eml'}",
     "sources[0].options.patterns: expected a list of globs, not '*.eml'"),
    ("mbox://mail/in.mbox", "{patterns: ['*.mbox']}",
     "sources[0].options.patterns: unknown option for mbox://, maildir:// sources"),
    ("maildir://Maildir", "{ner: 1}", "sources[0].options.ner: expected true or false, not 1"),
    ("maildir://Maildir", "[ner]", "sources[0].options: expected a mapping of options"),
])
def test_a_connector_option_is_checked_against_the_url_scheme(tmp_path: Path, url: str,
                                                              options: str,
                                                              message: str) -> None:
    path = config(tmp_path, f"sources:\n  - name: s\n    url: {url}\n    options: {options}\n")
    error = load_error(path)
    assert error.startswith(f"{path} line 4: ") and message in error, error


def test_the_options_each_connector_reads_are_accepted(tmp_path: Path) -> None:
    path = config(tmp_path, """\
sources:
  - {url: "sqlite:///shop.db", options: {page_size: 100, subject_max_shared: 50,
                                         subject_worker_rows: 1}}
  - {url: "file://exports", options: {max_file_bytes: 0, sample_objects: 2,
                                      max_archive_depth: 1}}
  - {url: "s3://bucket/p", options: {endpoint_url: "http://127.0.0.1:8333", region: eu,
                                     page_size: 10, read_timeout: 2.5}}
  - {url: "mbox://mail/in.mbox", options: {ner: false, max_body_chars: 10}}
  - {url: "eml://mail", options: {patterns: ["*.eml", "*.msg"], ner_processes: 2}}
  - {url: "imap://ann@mail.example.com/*", options: {starttls: false, batch_size: 5}}
  - {url: "plugin://anything", options: {whatever: [1, 2]}}
""")
    sources = load_config(path).sources
    assert sources[0].options["subject_worker_rows"] == 1
    assert sources[4].options["patterns"] == ["*.eml", "*.msg"]
    assert sources[6].options == {"whatever": [1, 2]}, "a plug-in's options are its own"


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


def test_an_error_never_shows_a_password_of_a_url(tmp_path: Path) -> None:
    path = config(tmp_path, 'sources: "postgresql://pdmap:s3cret@db/crm"\n')
    error = load_error(path)
    assert "s3cret" not in error and "postgresql://pdmap:***@db/crm" in error


# -- a local source that holds pdmap's own key or index ----------------------------------


@pytest.mark.parametrize(("url", "what"), [
    ("file://.", "the key file"),
    (".", "the key file"),  # a plain path is a folder, read from the current folder
    ("file://.pdmap", "the key file"),
    ("mbox://.pdmap/key", "the key file"),
    ("maildir://.pdmap", "the key file"),
    ("eml://..", "the key file"),
    ("file://linked", "the key file"),  # a link to this folder
    ("file://data", "the index"),
])
def test_a_source_that_holds_the_key_or_the_index_is_refused(tmp_path: Path, url: str,
                                                             what: str) -> None:
    project = tmp_path / "project"
    (project / "data").mkdir(parents=True)
    (project / "linked").symlink_to(project, target_is_directory=True)
    path = config(project, f"index: sqlite:///data/index.db\nsources:\n  - name: s\n"
                           f"    url: {url}\n")
    cwd = os.getcwd()
    os.chdir(project)
    try:
        error = load_error(path)
    finally:
        os.chdir(cwd)
    assert error.startswith(f"{path} line 4: sources[0].url: "), error
    assert f"holds {what} (" in error and "a scan would read pdmap's own" in error, error
    assert "\n" not in error


def test_a_source_beside_the_key_and_the_index_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "exports").mkdir()
    (tmp_path / "mail").mkdir()
    path = config(tmp_path, "sources:\n  - file://exports\n  - mbox://mail/in.mbox\n"
                            f"  - {{name: again, url: 'file://{tmp_path / 'exports'}'}}\n"
                            "  - sqlite:///shop.db\n")
    assert len(load_config(path).sources) == 4


def test_the_key_file_named_elsewhere_is_protected_too(tmp_path: Path) -> None:
    secrets, project = tmp_path / "secrets", tmp_path / "project"
    secrets.mkdir()
    project.mkdir()
    path = config(project, f"key_file: {secrets / 'pdmap.key'}\nsources:\n  - file://{secrets}\n")
    error = load_error(path)
    assert f"holds the key file ({secrets / 'pdmap.key'})" in error, error


# -- the JSON Schema -----------------------------------------------------------------------


def test_the_shipped_schema_is_the_one_the_loader_checks_with() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), \
        "scanner/core/pdmap.schema.json is stale: run python -m scanner.core.config_schema"
    shipped = resources.files("scanner.core").joinpath("pdmap.schema.json").read_text("utf-8")
    assert json.loads(shipped) == schema()
    assert '"scanner.core" = ["pdmap.schema.json"]' in (ROOT / "pyproject.toml").read_text(), \
        "the wheel must ship the schema"


def test_the_schema_is_json_schema_2020_12_and_the_validator_knows_its_keywords() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())
    used: set[str] = set()

    def walk(node: Any, in_properties: bool = False) -> None:
        if isinstance(node, dict):
            if not in_properties:
                used.update(node)
            for k, v in node.items():
                if k in ("properties", "$defs"):
                    for sub in v.values():
                        walk(sub)
                elif k not in ("x-messages", "default", "enum", "const", "required"):
                    walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(schema())
    assert used <= KEYWORDS | ANNOTATIONS, used - KEYWORDS - ANNOTATIONS


GOOD = [
    {},
    {"sources": None, "datamap": None, "subjects": None, "controller": None, "languages": None},
    {"index": "postgresql://pdmap@db/index", "languages": ["fr"], "default_region": "BE",
     "controller": {"name": "X", "contact": "dpo@x.example", "address": "1 rue"},
     "sources": ["sqlite:///a.db", {"url": "s3://b/p", "include": "exports/*",
                                    "options": {"endpoint_url": "http://127.0.0.1:1"}}],
     "datamap": [{"container": "*", "field": "*", "category": "contact"},
                 {"container": "t", "field": "f", "personal": False, "reason": "a team"},
                 {"path": "legacy/*", "reason": "frozen"}],
     "subjects": {"max_identifiers": {"email": 9}, "links": [
         {"container": "main.audit", "as": "ignore"},
         {"container": "main.orders", "column": "seller_id", "as": "reference"}]}},
]
BAD = [
    [], "text", {"index": None}, {"sample_size": 0}, {"sample_size": True},
    {"languages": "en"}, {"default_region": "France"}, {"sources": {"url": "x"}},
    {"sources": [{"name": "x"}]}, {"sources": [{"url": ""}]},
    {"sources": [{"url": "sqlite:///a.db", "options": {"page_size": "5"}}]},
    {"sources": [{"url": "s3://b", "options": {"password": "x"}}]},
    {"sources": [{"url": "eml://x", "options": {"patterns": []}}]},
    {"sources": [{"url": "x", "password_env": "1X"}]},
    {"datamap": [{"container": "t"}]}, {"datamap": [{"path": "x"}]},
    {"datamap": [{"container": "t", "field": "f", "personal": False}]},
    {"datamap": [{"container": "t", "field": "f", "category": "nope"}]},
    {"datamap": [{"container": "t", "field": "f", "recipients": "bank"}]},
    {"subjects": {"links": [{"container": "t", "as": "owner"}]}},
    {"subjects": {"max_identifiers": {"email": 0}}}, {"subjects": {"link": []}},
]


@pytest.mark.parametrize("data", GOOD + BAD)
def test_the_loader_and_a_json_schema_validator_agree(data: Any) -> None:
    mine = first_error(data)
    theirs = next(iter(jsonschema.Draft202012Validator(schema()).iter_errors(data)), None)
    assert (mine is None) == (theirs is None) == (data in GOOD), (mine, theirs)


def example_configs() -> list[tuple[str, str]]:
    """Every pdmap.yaml of the project: the init template, the demo's, and the YAML blocks of
    the README and docs that are (parts of) one."""
    from scanner.cli.templates import CONFIG_TEMPLATE, EXAMPLE_SOURCES
    from scanner.demo.estate import DEMO_CONFIG

    out = [("pdmap init", CONFIG_TEMPLATE.format(sources=EXAMPLE_SOURCES)),
           ("pdmap init --source", CONFIG_TEMPLATE.format(
               sources="  - name: crm\n    url: postgresql://pdmap@db/crm\n")),
           ("pdmap demo", DEMO_CONFIG)]
    top = set(schema()["properties"])
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for n, block in enumerate(re.findall(r"```ya?ml\n(.*?)```", doc.read_text(), re.S)):
            data = yaml.safe_load(block)
            if isinstance(data, dict) and set(data) & top:
                out.append((f"{doc.name} block {n + 1}", block))
    return out


@pytest.mark.parametrize(("name", "text"), example_configs())
def test_every_example_config_is_valid(tmp_path: Path, name: str, text: str) -> None:
    jsonschema.validate(yaml.safe_load(text) or {}, schema(),
                        cls=jsonschema.Draft202012Validator)
    load_config(config(tmp_path, text))


def test_the_docs_name_every_key_and_option() -> None:
    docs = (ROOT / "docs" / "config.md").read_text()
    s = schema()
    names = set(s["properties"])
    for d in ("source", "datamap-entry", "link"):
        names |= set(s["$defs"][d]["properties"])
    names |= set(s["properties"]["subjects"]["properties"])
    for _schemes, opts in SCHEME_OPTIONS.values():
        names |= set(opts)
    missing = sorted(n for n in names if f"`{n}`" not in docs)
    assert not missing, f"docs/config.md does not name {missing}"


# -- the options the connectors read are the options the schema declares -------------------

# file -> the scheme groups whose sources it reads options of
READERS = {
    "connectors/sql.py": ("sql",), "scanner/link/sql.py": ("sql",),
    "connectors/objects.py": ("file", "s3"), "connectors/s3.py": ("s3",),
    "connectors/mail.py": ("eml",), "connectors/imap.py": ("imap",),
    "connectors/message.py": ("mbox-maildir", "eml", "imap"),
    "scanner/link/mail.py": ("mbox-maildir", "eml", "imap"),
}
_READ = re.compile(r"\bsource\.options_as\(\s*(\w+)\s*\)")
_UNTYPED = re.compile(r"\b(?:options|opts)(?:\.get\(|\[)")


def test_every_option_a_connector_reads_is_declared_for_its_schemes() -> None:
    from scanner.core import options

    files = [*ROOT.glob("connectors/**/*.py"), *ROOT.glob("scanner/**/*.py")]
    untyped = [p.relative_to(ROOT).as_posix() for p in files if _UNTYPED.search(p.read_text())]
    assert not untyped, f"options read with .get or []: {untyped}; use options_as(Part)"
    readers = {p.relative_to(ROOT).as_posix() for p in files if _READ.search(p.read_text())}
    assert readers == set(READERS), "a new reader of options: map it in READERS"
    for path, groups in READERS.items():
        for name in _READ.findall((ROOT / path).read_text()):
            part = getattr(options, name)
            for group in groups:
                assert issubclass(GROUPS[group][1], part), f"{path} reads {name} ({group})"


def test_the_options_dataclasses_and_the_schema_agree() -> None:
    types = {int: "integer", float: "number", bool: "boolean", str: "string",
             tuple: "array"}
    for group, (_schemes, cls) in GROUPS.items():
        declared = SCHEME_OPTIONS[group][1]
        assert [f.name for f in fields(cls)] == list(declared), group
        for f in fields(cls):
            s = declared[f.name]
            assert types[type(f.default) if f.default is not None else int if "int" in
                         str(f.type) else str] == s["type"], (group, f.name)
            given = list(f.default) if isinstance(f.default, tuple) else f.default
            assert s.get("default") == given, (group, f.name)


def test_options_given_in_code_are_checked_as_in_the_config() -> None:
    with pytest.raises(ValueError, match=r"^options\.page_sise: unknown option for sqlite://"):
        SourceConfig("s", "sqlite:///a.db", options={"page_sise": 5})
    with pytest.raises(ValueError, match=r"^options\.timeout: expected a number > 0, not 0$"):
        SourceConfig("m", "imaps://ann@mail.example.com/INBOX", options={"timeout": 0})
    s3 = SourceConfig("b", "s3://bucket/p", options={"read_timeout": 2, "max_records": 9})
    assert s3.options_as(S3Settings).read_timeout == 2.0
    assert s3.options_as(Limits).max_records == 9 and s3.options_as(Limits).max_problems == 20
    plugin = SourceConfig("p", "plugin://x", options={"subject_max_shared": "7", "any": 1})
    assert plugin.options_as(SqlOptions) == SqlOptions(subject_max_shared=7)


def test_every_builtin_connector_scheme_has_its_options() -> None:
    from scanner.scan.registry import connector_classes

    for cls in connector_classes().values():
        for scheme in cls.schemes:
            assert options_for(scheme) is not None, f"{cls.__name__}: {scheme}"


def default(scheme: str, name: str) -> Any:
    opts = options_for(scheme)
    assert opts is not None
    return opts[name].get("default")


def test_the_declared_defaults_are_the_connectors(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from connectors.files import FilesConnector
    from connectors.formats.limits import Limits
    from connectors.imap import ImapConnector
    from connectors.mail import EmlConnector
    from connectors.message import MailLimits
    from connectors.s3 import S3Connector
    from connectors.sql import SqlConnector
    from scanner.link.plan import MAX_SHARED, WORKER_ROWS

    for f in fields(Limits):
        assert default("file", f.name) == getattr(Limits(), f.name), f.name
    for f in fields(MailLimits):
        assert default("mbox", f.name) == getattr(MailLimits(), f.name), f.name
    sql = SqlConnector(SourceConfig("s", f"sqlite:///{tmp_path}/a.db"))
    assert default("sqlite", "page_size") == sql.page_size
    assert (default("sqlite", "subject_max_shared"), default("sqlite", "subject_worker_rows")) \
        == (MAX_SHARED, WORKER_ROWS)
    files = FilesConnector(SourceConfig("f", f"file://{tmp_path}"))
    assert (files.sample_objects, files.sample_bytes, files.max_file_bytes) == (
        default("file", "sample_objects"), default("file", "sample_bytes"), None)
    s3 = S3Connector(SourceConfig("b", "s3://bucket/prefix"))
    assert (s3.page_size, s3.max_attempts, s3.max_resumes) == tuple(
        default("s3", n) for n in ("page_size", "max_attempts", "max_resumes"))
    assert (s3.client.meta.config.connect_timeout, s3.client.meta.config.read_timeout) == (
        default("s3", "connect_timeout"), default("s3", "read_timeout"))
    monkeypatch.setenv("PDMAP_TEST_IMAP", "x")
    imap = ImapConnector(SourceConfig("m", "imap://ann@localhost/*",
                                      password_env="PDMAP_TEST_IMAP"))
    assert (imap.starttls, imap.tls_verify, imap.timeout, imap.batch) == tuple(
        default("imap", n) for n in ("starttls", "tls_verify", "timeout", "batch_size"))
    eml = EmlConnector(SourceConfig("e", f"eml://{tmp_path}"))
    assert list(eml.patterns) == default("eml", "patterns")


# -- the commands ------------------------------------------------------------------------


def test_pdmap_config_schema_prints_or_writes_the_shipped_schema(tmp_path: Path) -> None:
    printed = CliRunner().invoke(main, ["config", "schema"])
    assert printed.exit_code == 0 and printed.output == SCHEMA_FILE.read_text()
    out = tmp_path / ".pdmap" / "pdmap.schema.json"
    written = CliRunner().invoke(main, ["config", "schema", "-o", str(out)])
    assert written.exit_code == 0 and json.loads(out.read_text()) == schema()


def test_pdmap_config_validate(tmp_path: Path) -> None:
    path = tmp_path / "pdmap.yaml"
    ok = CliRunner().invoke(main, ["-c", str(path), "init"])
    assert ok.exit_code == 0, ok.output
    assert "# yaml-language-server: $schema=.pdmap/pdmap.schema.json" in path.read_text()
    result = CliRunner().invoke(main, ["-c", str(path), "config", "validate"])
    assert result.exit_code == 0 and "valid (1 sources, 1 data-map entries)" in result.output
    path.write_text(path.read_text().replace("exclude:", "exclud:"))
    result = CliRunner().invoke(main, ["-c", str(path), "config", "validate"])
    assert result.exit_code == 2 and "sources[0].exclud: unknown key" in result.output


def test_init_writes_the_schema_its_config_names(tmp_path: Path) -> None:
    config = tmp_path / "pdmap.yaml"
    result = CliRunner().invoke(main, ["-c", str(config), "init"])
    assert result.exit_code == 0, result.output
    line = next(x for x in config.read_text().splitlines() if "$schema=" in x)
    schema = tmp_path / line.split("$schema=", 1)[1].strip()
    assert schema.is_file()
    jsonschema.validate(yaml.safe_load(config.read_text()), json.loads(schema.read_text()))


def test_an_ad_hoc_scan_of_pdmaps_own_folder_is_refused(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """`pdmap scan .` where the key lives: one line, exit 2, nothing read."""
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["init"]).exit_code == 0
    for url in (".", f"file://{tmp_path}/.pdmap"):
        result = CliRunner().invoke(main, ["scan", url])
        assert result.exit_code == 2, result.output
        assert "holds the key file" in result.output and "Traceback" not in result.output
    assert not (tmp_path / ".pdmap" / "index.db").exists()
