"""pdmap.yaml: index, key, languages, sources, the data map and how `pdmap check` reads.

Secrets never come from this file: a source URL may name a user but its password
comes from the environment (PDMAP_PASSWORD_<SOURCE NAME>, or the variable named by
the source's `password_env`).
"""

from __future__ import annotations

import calendar
import os
import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import unquote, urlsplit

import yaml

from scanner.core.config_schema import (
    DEFAULT_INDEX,
    DEFAULT_KEY_FILE,
    DEFAULT_SAMPLE_SIZE,
    DEFAULT_SUBJECT_LIMITS,
    LANGUAGES,
    first_error,
)
from scanner.core.options import DEFAULT_REGION, SourceOptions, build, parse_options
from scanner.core.validator import mask_url as mask_url  # everyone's, from here
from scanner.core.validator import nearest
from scanner.core.yamlfile import LOADER, load_yaml


class ConfigError(Exception):
    """A config problem, worded for people; `key_path` (`sources[1].exclude`) is where."""

    def __init__(self, message: str, key_path: str | None = None) -> None:
        super().__init__(f"{key_path}: {message}" if key_path else message)
        self.key_path = key_path


T = TypeVar("T")


@dataclass(frozen=True)
class SourceConfig:
    """A source to scan; `options` as written, checked and typed once when it is made
    (scanner.core.options): ValueError names the first bad option."""

    name: str
    url: str
    include: tuple[str, ...] = ("*",)
    exclude: tuple[str, ...] = ()
    sample_size: int = DEFAULT_SAMPLE_SIZE
    options: dict[str, Any] = field(default_factory=dict)
    password_env: str | None = None
    # erasure only (pdmap erase --apply): write credentials apart from the scan's
    write_url: str | None = None
    write_password_env: str | None = None
    typed_options: SourceOptions | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "typed_options", parse_options(scheme_of(self.url),
                                                                self.options))

    def options_as(self, kind: type[T]) -> T:
        """The typed options as `kind`, a part of its scheme's (`Limits`, `SqlOptions`...).
        A source whose scheme has no such part (a plug-in's) gets `kind` made from the
        options it names, the others at their defaults."""
        if isinstance(self.typed_options, kind):
            return self.typed_options
        return build(kind, self.options)

    def password(self) -> str | None:
        var = self.password_env or "PDMAP_PASSWORD_" + re.sub(r"\W", "_", self.name).upper()
        return os.environ.get(var)

    def write_source(self) -> SourceConfig | None:
        """The same source reached through its write credentials (`write_url`, else the
        scan's URL with the password of `write_password_env`), or None when neither is
        configured: erasure is then refused for it."""
        if not self.write_url and not self.write_password_env:
            return None
        return replace(self, url=self.write_url or self.url,
                       password_env=self.write_password_env or self.password_env,
                       write_url=None, write_password_env=None)


_PERIOD = re.compile(r"^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")
DEFAULT_MINOR_AGE = 18


@dataclass(frozen=True)
class Retention:
    """A structured retention (`retention: {period: P3Y, after: last_order_at}`): rows are
    kept `period` (ISO 8601: years, months, weeks, days) after the date in column `after`
    of the same container; `pdmap retention` counts the rows past it."""

    period: str
    after: str
    description: str | None = None

    def parts(self) -> tuple[int, int, int]:
        """(years, months, days) of the period (weeks as 7 days)."""
        m = _PERIOD.match(self.period)
        if not m:
            raise ValueError(f"{self.period!r} is not an ISO 8601 period (P3Y, P13M, P30D)")
        y, mo, w, d = (int(g or 0) for g in m.groups())
        return y, mo, w * 7 + d

    def cutoff(self, now: datetime) -> datetime:
        """The instant before which a row's `after` date is past retention at `now`."""
        years, months, days = self.parts()
        total = now.year * 12 + (now.month - 1) - years * 12 - months
        year, month = divmod(total, 12)
        day = min(now.day, calendar.monthrange(year, month + 1)[1])
        return now.replace(year=year, month=month + 1, day=day) - timedelta(days=days)

    def readable(self) -> str:
        """"3 years after last_order_at" (the period in words)."""
        y, mo, d = self.parts()
        words = [f"{n} {unit}{'s' if n != 1 else ''}"
                 for n, unit in ((y, "year"), (mo, "month"), (d, "day")) if n]
        return f"{' '.join(words) or '0 days'} after {self.after}"


@dataclass(frozen=True)
class DataMapEntry:
    """A declared field: what it holds, why it is kept and for how long."""

    container: str  # glob on the container name (schema.table, folder, prefix)
    field: str  # glob on the field name
    category: str | None
    source: str = "*"
    purpose: str | None = None
    legal_basis: str | None = None
    retention: str | None = None  # text for readers: the description, or Retention.readable()
    recipients: tuple[str, ...] = ()
    personal: bool = True  # False: a suppression, which then needs a reason
    reason: str | None = None
    path: str | None = None  # glob on repository paths that `pdmap check` ignores (+ reason)
    retention_rule: Retention | None = None  # when `retention` is structured


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
class SqlDialect:
    """`check.sql_dialects`: the .sql files whose repository-relative path matches `path` (a
    glob, as a data-map `path`) are read in `dialect` (a sqlglot dialect, lowercased)."""

    path: str
    dialect: str


@dataclass(frozen=True)
class ExecutorConfig:
    """`executor:`: where a scan's units run (scanner/scan/executors.py)."""

    workers: int | None = None  # None: the machine's cores
    scheduler: str | None = None  # a Dask scheduler's address


@dataclass(frozen=True)
class Config:
    index: str = DEFAULT_INDEX
    key_file: str = DEFAULT_KEY_FILE
    languages: tuple[str, ...] = LANGUAGES
    default_region: str = DEFAULT_REGION
    sample_size: int = DEFAULT_SAMPLE_SIZE
    controller: dict[str, Any] = field(default_factory=dict)
    sources: tuple[SourceConfig, ...] = ()
    datamap: tuple[DataMapEntry, ...] = ()
    base_dir: Path = Path(".")
    subject_limits: dict[str, int] = field(
        default_factory=lambda: dict(DEFAULT_SUBJECT_LIMITS))
    link_overrides: tuple[LinkOverride, ...] = ()
    sql_dialects: tuple[SqlDialect, ...] = ()  # the first that matches a path decides
    executor: ExecutorConfig = ExecutorConfig()
    minor_age: int = DEFAULT_MINOR_AGE  # `minors: {age: 15}`: under it at collection

    def resolve(self, path: str) -> Path:
        p = Path(path)
        return p if p.is_absolute() else self.base_dir / p


def _globs(value: Any, default: tuple[str, ...]) -> tuple[str, ...]:
    """A list of globs; one glob alone is a list of one, not its characters."""
    if value is None:
        return default
    return (value,) if isinstance(value, str) else tuple(value)


def _source(raw: Any, sample_size: int, base_dir: Path) -> SourceConfig:
    if isinstance(raw, str):
        raw = {"url": raw}
    return SourceConfig(
        name=str(raw.get("name") or source_name_from_url(raw["url"])),
        url=anchor_path(anchor_sqlite(raw["url"], base_dir), base_dir),
        include=_globs(raw.get("include"), ("*",)),
        exclude=_globs(raw.get("exclude"), ()),
        sample_size=raw.get("sample_size", sample_size),
        options=dict(raw.get("options") or {}),
        password_env=raw.get("password_env"),
        write_url=(anchor_path(anchor_sqlite(raw["write_url"], base_dir), base_dir)
                   if raw.get("write_url") else None),
        write_password_env=raw.get("write_password_env"),
    )


def _retention(raw: dict[str, Any]) -> tuple[str | None, Retention | None]:
    """The retention's text (what readers print) and, when structured, its rule."""
    value = raw.get("retention")
    if not isinstance(value, dict):
        return _stated(raw, "retention"), None
    rule = Retention(period=value["period"], after=value["after"],
                     description=value.get("description"))
    return rule.description or rule.readable(), rule


def _datamap_entry(raw: dict[str, Any]) -> DataMapEntry:
    if "path" in raw:
        raw = {"container": "*", "field": "*", "personal": False, **raw}
    retention, rule = _retention(raw)
    return DataMapEntry(
        path=raw.get("path"),
        container=raw["container"],
        field=raw["field"],
        category=raw.get("category"),
        source=raw.get("source", "*"),
        purpose=_stated(raw, "purpose"),
        legal_basis=_stated(raw, "legal_basis"),
        retention=retention,
        retention_rule=rule,
        recipients=tuple(raw.get("recipients") or ()),
        personal=raw.get("personal", True),
        reason=raw.get("reason"),
    )


def _stated(raw: dict[str, Any], key: str) -> str | None:
    """The key's text; "" when the key is there but left empty (`purpose:`), None when it
    is absent, so `pdmap check` can tell a blank left to fill in from a key not used."""
    value = raw.get(key)
    return "" if value is None and key in raw else value


def _subjects_section(raw: dict[str, Any]) -> tuple[dict[str, int], tuple[LinkOverride, ...]]:
    """`subjects: {max_identifiers: {kind: n}, links: [{container, column, as, source}]}`."""
    limits = {**DEFAULT_SUBJECT_LIMITS, **(raw.get("max_identifiers") or {})}
    links = tuple(LinkOverride(container=e["container"], role=e["as"], column=e.get("column"),
                               source=e.get("source", "*")) for e in raw.get("links") or ())
    return limits, links


def _sql_dialects(raw: list[dict[str, str]]) -> tuple[SqlDialect, ...]:
    """`check.sql_dialects`, in order; a dialect sqlglot does not know is refused."""
    for i, entry in enumerate(raw):
        problem = unknown_dialect(entry["dialect"])
        if problem:
            raise ConfigError(problem, f"check.sql_dialects[{i}].dialect")
    return tuple(SqlDialect(e["path"], e["dialect"].lower()) for e in raw)


def unknown_dialect(name: str) -> str | None:
    """Why `name` is not a sqlglot dialect (in any case), or None when it is one."""
    from sqlglot.dialects.dialect import Dialects  # lazily: only a dialect named pays for it

    known = sorted(d.value for d in Dialects if d.value)
    if name.lower() in known:
        return None
    hint = nearest(name.lower(), known, listing=False) or f" (one of {', '.join(known)})"
    return f"{name!r} is not a SQL dialect sqlglot knows{hint}"


def anchor_sqlite(url: str, base_dir: Path) -> str:
    """A relative SQLite path in the config is relative to the config file, not the cwd."""
    m = re.match(r"^(sqlite(?:\+\w+)?:///)([^/].*)$", url)
    if not m or m.group(2).startswith((":memory:", "file:")):
        return url
    return m.group(1) + str((base_dir / m.group(2)).resolve())


PATH_SCHEMES = ("mbox", "maildir", "eml", "file")


def anchor_path(url: str, base_dir: Path) -> str:
    """`mbox://mail/in.mbox`, `file://exports` in the config: relative to the config file.

    For these schemes `scheme://X` with X not starting with / has no host to name
    (file://host is refused), so it can only mean a relative path, as sqlite:///x does.
    """
    m = re.match(r"^([\w+.-]+)://([^/].*)$", url)
    if not m or m.group(1).lower() not in PATH_SCHEMES or m.group(2).startswith("localhost/"):
        return url
    return f"{m.group(1)}://{(base_dir / m.group(2)).resolve()}"


def parse_config(data: Any, base_dir: Path = Path(".")) -> Config:
    """A Config from the parsed YAML; ConfigError names the key path of the first problem
    (the schema of scanner.core.config_schema, then what a schema cannot say)."""
    error = first_error(data)
    if error:
        raise ConfigError(error[1], error[0])
    region = data.get("default_region", DEFAULT_REGION)
    _check_region(region)
    sample_size = data.get("sample_size", DEFAULT_SAMPLE_SIZE)
    sources = tuple(_source(s, sample_size, base_dir) for s in data.get("sources") or ())
    names = [s.name for s in sources]
    for i, name in enumerate(names):
        if name in names[:i]:
            raise ConfigError(f"{name!r} names two sources (name them apart: the index keys "
                              "everything by source name)", f"sources[{i}].name")
    limits, overrides = _subjects_section(data.get("subjects") or {})
    sql_dialects = _sql_dialects((data.get("check") or {}).get("sql_dialects") or [])
    config = Config(
        index=anchor_sqlite(data.get("index", DEFAULT_INDEX), base_dir),
        key_file=data.get("key_file", DEFAULT_KEY_FILE),
        languages=tuple(data.get("languages") or LANGUAGES),
        default_region=region,
        sample_size=sample_size,
        controller=dict(data.get("controller") or {}),
        sources=sources,
        datamap=tuple(_datamap_entry(e) for e in data.get("datamap") or ()),
        base_dir=base_dir,
        subject_limits=limits,
        link_overrides=overrides,
        sql_dialects=sql_dialects,
        executor=ExecutorConfig(**(data.get("executor") or {})),
        minor_age=(data.get("minors") or {}).get("age", DEFAULT_MINOR_AGE),
    )
    refuse_own_files(config)
    return config


def _check_region(region: str) -> None:
    import phonenumbers  # lazily: the schema already checked the shape

    if region not in phonenumbers.SUPPORTED_REGIONS:
        hint = "the United Kingdom is GB" if region == "UK" else "ISO 3166: FR, GB, US..."
        raise ConfigError(f"{region!r} is not a phone region ({hint})", "default_region")


def refuse_own_files(config: Config) -> None:
    """A local source that holds the key file or the index (their folder, a parent of it,
    or the file itself) is refused: a scan would read pdmap's own key. Real paths, links
    resolved."""
    own = [("the key file", Path(os.path.realpath(config.resolve(config.key_file))))]
    index = sqlite_path(config.index)
    if index is not None:
        own.append(("the index", index))
    for i, source in enumerate(config.sources):
        root = local_path(source.url)
        if root is None:
            continue
        for what, path in own:
            if root == path or root in path.parents:
                raise ConfigError(
                    f"{root} holds {what} ({path}): a scan would read pdmap's own "
                    f"{'key' if 'key' in what else 'index'}; name a folder beside it",
                    f"sources[{i}].url")


def local_path(url: str) -> Path | None:
    """The real path a local source reads (file://, a plain path, mbox://, maildir://,
    eml://), as its connector finds it; None for a remote source."""
    if "://" not in url:
        return Path(os.path.realpath(os.path.expanduser(url)))
    scheme = url.split("://", 1)[0].split("+", 1)[0].lower()
    if scheme not in PATH_SCHEMES:
        return None
    parts = urlsplit(url)
    local = parts.netloc in ("", "localhost")
    if scheme == "file" and not local:
        return None  # refused by the connector: file:// names no host
    path = unquote(parts.path if local else parts.netloc + parts.path)
    return Path(os.path.realpath(os.path.expanduser(path)))


def sqlite_path(url: str) -> Path | None:
    """The real path of a SQLite database URL's file; None for another database."""
    m = re.match(r"^sqlite(?:\+\w+)?:///([^?]+)", url)
    if not m or m.group(1).startswith(":memory:"):
        return None
    return Path(os.path.realpath(m.group(1).removeprefix("file:")))


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
        line = _line_of(text, e.key_path) if e.key_path else None
        raise ConfigError(f"{p}{f' line {line}' if line else ''}: {e}") from None


def _line_of(text: str, path: str) -> int | None:
    """The line of a key path (`sources[1].exclude`) in the YAML text, when it is there."""
    try:
        node: Any = yaml.compose(text, Loader=LOADER)
    except yaml.YAMLError:
        return None
    line = None
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        if part.startswith("[") and isinstance(node, yaml.SequenceNode):
            i = int(part[1:-1])
            node = node.value[i] if i < len(node.value) else None
            mark = node.start_mark if node is not None else None
        elif isinstance(node, yaml.MappingNode):
            hit = next(((k, v) for k, v in node.value if k.value == part), None)
            node = hit[1] if hit else None
            mark = hit[0].start_mark if hit else None
        else:
            break
        if mark is None:
            break
        line = mark.line + 1
    return line


def source_name_from_url(url: str) -> str:
    """A readable source name from a URL, without credentials."""
    m = re.match(r"^([\w+.-]+)://(?:[^@/]*@)?([^/?#]*)(/[^?#]*)?", url)
    if not m:
        return url
    scheme, host, path = m.group(1).split("+")[0], m.group(2), (m.group(3) or "")
    tail = Path(path).stem if path.strip("/") else ""
    return "-".join(x for x in (scheme, host.split(":")[0], tail) if x)


def scheme_of(url: str) -> str:
    """The connector scheme of a source URL: `postgresql+psycopg://` is `postgresql`, a
    bare path is `file`."""
    if "://" not in url:
        return "file"
    return url.split("://", 1)[0].split("+", 1)[0].lower()
