"""pdmap.yaml: index, key, languages, sources and the data map.

Secrets never come from this file: a source URL may name a user but its password
comes from the environment (PDMAP_PASSWORD_<SOURCE NAME>, or the variable named by
the source's `password_env`).
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

DEFAULT_INDEX = "sqlite:///.pdmap/index.db"
DEFAULT_KEY_FILE = ".pdmap/key"


# NOTE: libyaml's loader is ~10x faster; the rules files are read on every command.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader


class ConfigError(Exception):
    """A config problem, worded for people."""


@dataclass(frozen=True)
class SourceConfig:
    name: str
    url: str
    include: tuple[str, ...] = ("*",)
    exclude: tuple[str, ...] = ()
    sample_size: int = 200
    options: dict[str, Any] = field(default_factory=dict)
    password_env: str | None = None

    def password(self) -> str | None:
        var = self.password_env or "PDMAP_PASSWORD_" + re.sub(r"\W", "_", self.name).upper()
        return os.environ.get(var)


@dataclass(frozen=True)
class DataMapEntry:
    """A declared field: what it holds, why it is kept and for how long."""

    container: str  # glob on the container name (schema.table, folder, prefix)
    field: str  # glob on the field name
    category: str | None
    source: str = "*"
    purpose: str | None = None
    legal_basis: str | None = None
    retention: str | None = None
    recipients: tuple[str, ...] = ()
    personal: bool = True  # False: a suppression, which then needs a reason
    reason: str | None = None
    path: str | None = None  # glob on repository paths that `pdmap check` ignores (+ reason)


# A person plausibly has a few e-mails, phones, accounts: more in one subject suggests
# people merged by mistake (docs/subjects.md, "Over-merged subjects").
DEFAULT_SUBJECT_LIMITS = {"email": 5, "phone": 5, "iban": 5, "card": 5, "national_id": 3,
                          "passport": 3}
LINK_ROLES = ("owner", "reference", "ignore")


@dataclass(frozen=True)
class LinkOverride:
    """A correction of the link plan (`pdmap subjects plan`): the link through `column` of
    `container` (a glob on schema.table) is ownership, a reference or ignored; without a
    column, `ignore` leaves the whole container unlinked."""

    container: str
    role: str  # one of LINK_ROLES
    column: str | None = None
    source: str = "*"


@dataclass(frozen=True)
class Config:
    index: str = DEFAULT_INDEX
    key_file: str = DEFAULT_KEY_FILE
    languages: tuple[str, ...] = ("en", "fr")
    default_region: str = "FR"
    sample_size: int = 200
    controller: dict[str, Any] = field(default_factory=dict)
    sources: tuple[SourceConfig, ...] = ()
    datamap: tuple[DataMapEntry, ...] = ()
    base_dir: Path = Path(".")
    subject_limits: dict[str, int] = field(
        default_factory=lambda: dict(DEFAULT_SUBJECT_LIMITS))
    link_overrides: tuple[LinkOverride, ...] = ()

    def resolve(self, path: str) -> Path:
        p = Path(path)
        return p if p.is_absolute() else self.base_dir / p


TOP_KEYS = ("index", "key_file", "languages", "default_region", "sample_size", "controller",
            "sources", "datamap", "subjects")
SOURCE_KEYS = ("name", "url", "include", "exclude", "sample_size", "options", "password_env")
LANGUAGES = ("en", "fr")


def _unknown(keys: Any, known: Sequence[str], where: str) -> None:
    """An unknown key is an error naming it, its place and the nearest valid key."""
    for k in keys:
        if k not in known:
            near = difflib.get_close_matches(str(k), known, n=1)
            hint = f" (did you mean {near[0]!r}?)" if near else \
                f" (expected one of {', '.join(known)})"
            raise ConfigError(f"{where}{'.' if where else ''}{k}: unknown key{hint}")


def _whole(value: Any, where: str, least: int = 1) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < least:
        raise ConfigError(f"{where}: expected a whole number >= {least}, not {value!r}")
    return value


def _globs(value: Any, where: str, default: tuple[str, ...]) -> tuple[str, ...]:
    """A list of globs; one glob alone is accepted as a list of one."""
    if value is None:
        return default
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of globs")
    return tuple(value)


def _source(raw: Any, i: int, sample_size: int) -> SourceConfig:
    where = f"sources[{i}]"
    if isinstance(raw, str):
        raw = {"url": raw}
    if not isinstance(raw, dict) or not isinstance(raw.get("url"), str) or not raw["url"]:
        raise ConfigError(f"{where}: expected a mapping with a 'url'")
    _unknown(raw, SOURCE_KEYS, where)
    name = str(raw.get("name") or source_name_from_url(str(raw["url"])))
    options = raw.get("options") or {}
    if not isinstance(options, dict):
        raise ConfigError(f"{where}.options: expected a mapping")
    return SourceConfig(
        name=name,
        url=str(raw["url"]),
        include=_globs(raw.get("include"), f"{where}.include", ("*",)),
        exclude=_globs(raw.get("exclude"), f"{where}.exclude", ()),
        sample_size=_whole(raw.get("sample_size", sample_size), f"{where}.sample_size"),
        options=dict(options),
        password_env=raw.get("password_env"),
    )


def _datamap_entry(raw: Any, i: int) -> DataMapEntry:
    if isinstance(raw, dict) and "path" in raw:
        if not raw.get("reason"):
            raise ConfigError(f"datamap[{i}]: an ignored path needs a 'reason'")
        raw = {"container": "*", "field": "*", "personal": False, **raw}
    if not isinstance(raw, dict) or "field" not in raw or "container" not in raw:
        raise ConfigError(f"datamap[{i}]: expected a mapping with 'container' and 'field'")
    personal = bool(raw.get("personal", True))
    if not personal and not raw.get("reason"):
        raise ConfigError(f"datamap[{i}]: a field marked not personal needs a 'reason'")
    return DataMapEntry(
        path=str(raw["path"]) if raw.get("path") else None,
        container=str(raw["container"]),
        field=str(raw["field"]),
        category=raw.get("category"),
        source=str(raw.get("source", "*")),
        purpose=raw.get("purpose"),
        legal_basis=raw.get("legal_basis"),
        retention=raw.get("retention"),
        recipients=tuple(raw.get("recipients") or ()),
        personal=personal,
        reason=raw.get("reason"),
    )


def _subjects_section(raw: Any) -> tuple[dict[str, int], tuple[LinkOverride, ...]]:
    """`subjects: {max_identifiers: {kind: n}, links: [{container, column, as, source}]}`."""
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError("subjects: expected a mapping (max_identifiers, links)")
    unknown = set(raw) - {"max_identifiers", "links"}
    if unknown:
        raise ConfigError(f"subjects: unknown key {sorted(unknown)[0]!r} "
                          "(expected max_identifiers, links)")
    limits = dict(DEFAULT_SUBJECT_LIMITS)
    given = raw.get("max_identifiers") or {}
    if not isinstance(given, dict):
        raise ConfigError("subjects.max_identifiers: expected a mapping of kind to a number")
    for kind, n in given.items():
        if not isinstance(n, int) or isinstance(n, bool) or n < 1:
            raise ConfigError(f"subjects.max_identifiers.{kind}: expected a whole number >= 1")
        limits[str(kind)] = n
    links = raw.get("links") or []
    if not isinstance(links, list):
        raise ConfigError("subjects.links: expected a list of {container, column, as}")
    out = []
    for i, e in enumerate(links):
        where = f"subjects.links[{i}]"
        if not isinstance(e, dict) or not e.get("container") or "as" not in e:
            raise ConfigError(f"{where}: expected a mapping with 'container' and 'as'")
        extra = set(e) - {"container", "column", "as", "source"}
        if extra:
            raise ConfigError(f"{where}: unknown key {sorted(extra)[0]!r}")
        role = str(e["as"])
        if role not in LINK_ROLES:
            raise ConfigError(f"{where}.as: {role!r} is not one of {', '.join(LINK_ROLES)}")
        column = e.get("column")
        if column is None and role != "ignore":
            raise ConfigError(f"{where}: 'as: {role}' needs the 'column' of the link")
        out.append(LinkOverride(container=str(e["container"]), role=role,
                                column=str(column) if column is not None else None,
                                source=str(e.get("source", "*"))))
    return limits, tuple(out)


def anchor_sqlite(url: str, base_dir: Path) -> str:
    """A relative SQLite path in the config is relative to the config file, not the cwd."""
    m = re.match(r"^(sqlite(?:\+\w+)?:///)([^/].*)$", url)
    if not m or m.group(2).startswith((":memory:", "file:")):
        return url
    return m.group(1) + str((base_dir / m.group(2)).resolve())


PATH_SCHEMES = ("mbox", "maildir", "eml", "file")


def anchor_path(url: str, base_dir: Path) -> str:
    """`mbox://mail/in.mbox`, `file://exports` in the config: relative to the config file.

    NOTE: for these schemes `scheme://X` with X not starting with / has no host to name
    (file://host is refused), so it can only mean a relative path, as sqlite:///x does.
    """
    m = re.match(r"^([\w+.-]+)://([^/].*)$", url)
    if not m or m.group(1).lower() not in PATH_SCHEMES or m.group(2).startswith("localhost/"):
        return url
    return f"{m.group(1)}://{(base_dir / m.group(2)).resolve()}"


def parse_config(data: dict[str, Any], base_dir: Path = Path(".")) -> Config:
    if not isinstance(data, dict):
        raise ConfigError("the config must be a YAML mapping")
    _unknown(data, TOP_KEYS, "")
    sample_size = _whole(data.get("sample_size", 200), "sample_size")
    raw_sources = data.get("sources") or []
    if not isinstance(raw_sources, list):
        raise ConfigError("sources: expected a list of sources (`- url: ...`), not "
                          f"{type(raw_sources).__name__}")
    if not isinstance(data.get("datamap") or [], list):
        raise ConfigError("datamap: expected a list of entries")
    languages = data.get("languages") or list(LANGUAGES)
    if not isinstance(languages, list) or not all(x in LANGUAGES for x in languages):
        raise ConfigError(f"languages: expected a list of {', '.join(LANGUAGES)}")
    sources = tuple(_source(s, i, sample_size) for i, s in enumerate(raw_sources))
    names = [s.name for s in sources]
    for i, name in enumerate(names):
        if name in names[:i]:
            raise ConfigError(f"sources[{i}].name: {name!r} names two sources (name them "
                              "apart: the index keys everything by source name)")
    sources = tuple(replace(s, url=anchor_path(anchor_sqlite(s.url, base_dir), base_dir))
                    for s in sources)
    limits, overrides = _subjects_section(data.get("subjects"))
    return Config(
        index=anchor_sqlite(str(data.get("index", DEFAULT_INDEX)), base_dir),
        key_file=str(data.get("key_file", DEFAULT_KEY_FILE)),
        languages=tuple(languages),
        default_region=str(data.get("default_region", "FR")),
        sample_size=sample_size,
        controller=dict(data.get("controller") or {}),
        sources=sources,
        datamap=tuple(_datamap_entry(e, i) for i, e in enumerate(data.get("datamap") or [])),
        base_dir=base_dir,
        subject_limits=limits,
        link_overrides=overrides,
    )


def load_config(path: str | Path) -> Config:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
        data = load_yaml(text) or {}
    except FileNotFoundError:
        raise ConfigError(f"{p}: no such config file (run 'pdmap init' to write one)") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{p}{where}: not valid YAML") from None
    try:
        return parse_config(data, p.resolve().parent)
    except ConfigError as e:
        line = _line_of(text, str(e).split(":", 1)[0])
        raise ConfigError(f"{p}{f' line {line}' if line else ''}: {e}") from None
    except (TypeError, ValueError) as e:
        raise ConfigError(f"{p}: {e}") from None


def _line_of(text: str, path: str) -> int | None:
    """The line of a key path (`sources[1].exclude`) in the YAML text, when it is there."""
    try:
        node: Any = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None
    line = None
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        if node is None:
            break
        if part.startswith("[") and isinstance(node, yaml.SequenceNode):
            i = int(part[1:-1])
            node = node.value[i] if i < len(node.value) else None
        elif isinstance(node, yaml.MappingNode):
            hit = next(((k, v) for k, v in node.value if k.value == part), None)
            node = hit[1] if hit else None
            if hit:
                line = hit[0].start_mark.line + 1
        else:
            break
        if node is not None and line is None:
            line = node.start_mark.line + 1
    return line


def source_name_from_url(url: str) -> str:
    """A readable source name from a URL, without credentials."""
    m = re.match(r"^([\w+.-]+)://(?:[^@/]*@)?([^/?#]*)(/[^?#]*)?", url)
    if not m:
        return url
    scheme, host, path = m.group(1).split("+")[0], m.group(2), (m.group(3) or "")
    tail = Path(path).stem if path.strip("/") else ""
    return "-".join(x for x in (scheme, host.split(":")[0], tail) if x)


def mask_url(url: str) -> str:
    """The URL with any password replaced by ***; for logs, reports and errors."""
    return re.sub(r"^([\w+.-]+://[^:/@]*):[^@/]*@", r"\1:***@", url)
