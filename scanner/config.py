"""pdmap.yaml: index, key, languages, sources and the data map.

Secrets never come from this file: a source URL may name a user but its password
comes from the environment (PDMAP_PASSWORD_<SOURCE NAME>, or the variable named by
the source's `password_env`).
"""

from __future__ import annotations

import os
import re
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

    def resolve(self, path: str) -> Path:
        p = Path(path)
        return p if p.is_absolute() else self.base_dir / p


def _source(raw: Any, i: int, sample_size: int) -> SourceConfig:
    if isinstance(raw, str):
        raw = {"url": raw}
    if not isinstance(raw, dict) or "url" not in raw:
        raise ConfigError(f"sources[{i}]: expected a mapping with a 'url'")
    name = str(raw.get("name") or source_name_from_url(str(raw["url"])))
    return SourceConfig(
        name=name,
        url=str(raw["url"]),
        include=tuple(raw.get("include") or ("*",)),
        exclude=tuple(raw.get("exclude") or ()),
        sample_size=int(raw.get("sample_size", sample_size)),
        options=dict(raw.get("options") or {}),
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
    sample_size = int(data.get("sample_size", 200))
    sources = tuple(_source(s, i, sample_size) for i, s in enumerate(data.get("sources") or []))
    sources = tuple(replace(s, url=anchor_path(anchor_sqlite(s.url, base_dir), base_dir))
                    for s in sources)
    return Config(
        index=anchor_sqlite(str(data.get("index", DEFAULT_INDEX)), base_dir),
        key_file=str(data.get("key_file", DEFAULT_KEY_FILE)),
        languages=tuple(data.get("languages") or ("en", "fr")),
        default_region=str(data.get("default_region", "FR")),
        sample_size=sample_size,
        controller=dict(data.get("controller") or {}),
        sources=sources,
        datamap=tuple(_datamap_entry(e, i) for i, e in enumerate(data.get("datamap") or [])),
        base_dir=base_dir,
    )


def load_config(path: str | Path) -> Config:
    p = Path(path)
    try:
        data = load_yaml(p.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise ConfigError(f"{p}: no such config file (run 'pdmap init' to write one)") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{p}{where}: not valid YAML") from None
    return parse_config(data, p.resolve().parent)


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
