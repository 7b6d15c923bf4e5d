"""`pdmap check`: the CI gate on personal-data fields a change adds without declaring them.

The schema a repository declares is read from its files (no database), replayed at the
base commit and in the working tree, and every field the change adds or alters is judged
from its name and type alone, then matched against the data map. Fields that were already
there are reported as existing debt, never as violations, unless `all_fields` is set.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict
from functools import partial
from pathlib import Path

import orjson

from connectors.schema import (
    READER_VERSION,
    SCHEMA_SUFFIXES,
    FieldState,
    ParsedFile,
    read_schema_file,
    replay,
    widens,
)
from scanner.check import gitdiff, live
from scanner.core.config import Config, DataMapEntry, SqlDialect, mask_url, source_name_from_url
from scanner.core.findings import (
    DEBT,
    LOW_CONFIDENCE,
    SUPPRESSED,
    VIOLATION,
    WARNING,
    CheckProblem,
    CheckResult,
    Finding,
)
from scanner.core.types import DeclaredField, FieldRef, FieldSchema, FieldVerdict

# (field, its schema, every field of its container): the container is context (a `state`
# beside a `city` is an address part).
Judge = Callable[[FieldRef, FieldSchema, Sequence[FieldSchema]], FieldVerdict]

REPO_SOURCE = "repo"


def default_judge() -> Judge:
    """The scanner's own field verdicts, from name and type only (no Presidio, no spaCy)."""
    from scanner.detect.classify import classify_field  # lazy, keeps `check` start-up cheap

    return lambda ref, schema, siblings: classify_field(ref, schema, siblings=siblings)


# --- data-map matching -------------------------------------------------------------------


def _glob(pattern: str, name: str) -> bool:
    return fnmatch.fnmatchcase(name.lower(), pattern.lower())


def container_matches(pattern: str, container: str) -> bool:
    """`users` matches `public.users`, and `public.users` matches a bare `users`."""
    if _glob(pattern, container) or _glob(pattern, container.rsplit(".", 1)[-1]):
        return True
    return "." in pattern and "." not in container and _glob(pattern.rsplit(".", 1)[-1], container)


def match_entry(entries: Iterable[DataMapEntry], container: str, field: str) -> DataMapEntry | None:
    """The first field entry (not path entry) that matches; the data map's order decides."""
    for entry in entries:
        if entry.path is None and container_matches(entry.container, container):
            if _glob(entry.field, field):
                return entry
    return None


TODO_KEYS = ("purpose", "legal_basis", "retention")


def _blank(value: str | None) -> bool:
    return value is None or value.strip().upper() in ("", "TODO")


def todo_keys(entry: DataMapEntry) -> tuple[str, ...]:
    """The keys of a data-map entry still left as `pdmap datamap suggest` writes them:
    TODO in any case, or blank. A key a declaration does not use is not one of them; the
    reason of a suppression (`personal: false`, or an ignored path) is always used."""
    if not entry.personal:
        return ("reason",) if _blank(entry.reason) else ()
    return tuple(
        key for key in TODO_KEYS if (value := getattr(entry, key)) is not None and _blank(value)
    )


def ignored_by(entries: Iterable[DataMapEntry], path: str | None) -> DataMapEntry | None:
    if path is None:
        return None
    return next((e for e in entries if e.path and _glob(e.path, path)), None)


def sql_dialect(rules: Iterable[SqlDialect], path: str, default: str | None = None) -> str | None:
    """The dialect a .sql file is read in: the first of `check.sql_dialects` whose glob
    matches its path, else `default` (`--dialect`); None for any other file."""
    if not path.endswith(".sql"):
        return None
    return next((r.dialect for r in rules if _glob(r.path, path)), default)


def categories_agree(declared: str | None, found: str | None) -> bool:
    """Equal, or one is a parent of the other (`contact` and `contact.email`)."""
    if not declared or not found:
        return True
    d, f = declared.lower(), found.lower()
    return d == f or f.startswith(d + ".") or d.startswith(f + ".")


# --- reading the schema files, with a cache keyed by blob id -----------------------------


class _ParseCache:
    """Parsed files by git blob id, kept between runs in `.pdmap/cache/`.

    Keyed by content, so a file unchanged since the base is parsed once for both
    sides, and a second run with nothing changed parses nothing at all; and by the dialect
    chosen for a .sql file (`dialect_of` its path), which another config or `--dialect`
    changes.
    """

    def __init__(self, directory: Path | None,
                 dialect_of: Callable[[str], str | None] = lambda path: None) -> None:
        self.dialect_of = dialect_of
        self.file = directory / f"schema-v{READER_VERSION}.json" if directory else None
        self.entries: dict[str, dict | None] = {}
        self.dirty = False
        self.used: set[str] = set()
        if self.file and self.file.is_file():
            try:
                self.entries = orjson.loads(self.file.read_bytes())
            except (orjson.JSONDecodeError, OSError):
                self.entries = {}

    def key(self, path: str, blob: str) -> str:
        dialect = self.dialect_of(path)
        return f"{blob}:{path}:{dialect}" if dialect else f"{blob}:{path}"

    def parse(self, path: str, data: bytes, blob: str) -> ParsedFile | None:
        key = self.key(path, blob)
        self.used.add(key)
        if key in self.entries:
            return _from_json(self.entries[key])
        parsed = read_schema_file(path, data.decode("utf-8", "replace"), self.dialect_of(path))
        self.entries[key] = _to_json(parsed)
        self.dirty = True
        return parsed

    def save(self) -> None:
        # only what this run used is kept, so the cache does not grow with history.
        if not (self.file and (self.dirty or len(self.used) < len(self.entries))):
            return
        self.entries = {k: v for k, v in self.entries.items() if k in self.used}
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            ignore = self.file.parent / ".gitignore"
            if not ignore.exists():
                ignore.write_text("*\n")  # the cache never shows up as untracked files
            self.file.write_bytes(orjson.dumps(self.entries))
        except OSError:
            pass  # a cache that cannot be written only costs time


def _to_json(parsed: ParsedFile | None) -> dict | None:
    return None if parsed is None else asdict(parsed)


def _from_json(raw: dict | None) -> ParsedFile | None:
    # ParsedFile rebuilds what it holds (fields, problems, classes for inheritance).
    return None if raw is None else ParsedFile.from_dict(raw)


def _read_worktree(repo: Path, cache: _ParseCache) -> list[ParsedFile]:
    parsed = []
    for path in gitdiff.worktree_files(repo, SCHEMA_SUFFIXES):
        try:
            data = (repo / path).read_bytes()
        except OSError:
            continue
        result = cache.parse(path, data, gitdiff.blob_hash(data))
        if result is not None:
            parsed.append(result)
    return parsed


def _read_commit(repo: Path, commit: str, cache: _ParseCache) -> list[ParsedFile]:
    files = gitdiff.tree_files(repo, commit, SCHEMA_SUFFIXES)
    missing = [blob for path, blob in files.items() if cache.key(path, blob) not in cache.entries]
    blobs = gitdiff.read_blobs(repo, missing)
    parsed = []
    for path, blob in files.items():
        result = cache.parse(path, blobs.get(blob, b""), blob)
        if result is not None:
            parsed.append(result)
    return parsed


# --- the check ---------------------------------------------------------------------------


def _change(key: tuple[str, str], head: FieldState, base: dict | None) -> str:
    if base is None:
        return "new"
    before = base.get(key)
    if before is None:
        return "new"
    same = (before.schema.kind, before.schema.native_type.lower()) == (
        head.schema.kind,
        head.schema.native_type.lower(),
    )
    # a wider type of the same family (varchar(100) -> varchar(255)) holds what it held.
    if same or widens(before.schema.native_type, head.schema.native_type):
        return "existing"
    return "changed"


def _site(state: FieldState, added: dict[str, set[int]] | None, base_paths: set[str]):
    """Where to point a person: a declaration the change added, else the latest one."""
    if added is not None:
        for site in reversed(state.sites):
            if site.path not in base_paths or site.line in added.get(site.path, ()):
                return site
    return state.sites[-1]


def _judge_field(
    result: CheckResult,
    config: Config,
    judge: Judge,
    source: str,
    container: str,
    schema: FieldSchema,
    siblings: Sequence[FieldSchema],
    site: DeclaredField | None,
    change: str,
    counts: bool,
    strict: bool,
) -> None:
    result.fields_checked += 1
    result.container_fields.setdefault(container, []).append(schema.name)
    verdict = judge(FieldRef(source, container, schema.name), schema, siblings)
    if not verdict.personal:
        return
    path, line = (site.path, site.line) if site else (None, None)
    finding = partial(
        Finding,
        source=source,
        container=container,
        field=schema.name,
        path=path,
        line=line,
        change=change,
        category=verdict.category,
        entity=verdict.entity,
        confidence=verdict.confidence,
    )
    ignored = ignored_by(config.datamap, path)
    entry = ignored or match_entry(config.datamap, container, schema.name)
    todo = todo_keys(entry) if entry is not None else ()
    if entry is None or todo:
        # an entry still saying TODO declares nothing yet, with or without --strict; a
        # suppression whose reason says TODO suppresses nothing yet either. A verdict on
        # weak evidence (an ambiguous name) warns rather than blocks, unless --strict.
        guess = verdict.confidence < LOW_CONFIDENCE and not strict
        status = (WARNING if guess else VIOLATION) if counts else DEBT
        result.findings.append(finding("undeclared-personal-field", status, todo=todo))
    elif ignored is not None:
        result.findings.append(finding("ignored-path", SUPPRESSED, reason=ignored.reason))
    elif not entry.personal:
        result.findings.append(
            finding("undeclared-personal-field", SUPPRESSED, reason=entry.reason)
        )
    elif not categories_agree(entry.category, verdict.category):
        status = (VIOLATION if strict else WARNING) if counts else DEBT
        result.findings.append(
            finding("category-mismatch", status, declared_category=entry.category)
        )


def run_check(
    repo: Path,
    config: Config,
    base: str | None = None,
    all_fields: bool = False,
    strict: bool = False,
    db_url: str | None = None,
    judge: Judge | None = None,
    cache_dir: Path | None = None,
    dialect: str | None = None,
) -> CheckResult:
    """Check the schema a repository declares (or a live database) against the data map.

    base: a commit-ish; None means the merge base with the default branch, or every field
    when there can be no base (no git, no commit yet). Raises gitdiff.GitError for a base
    that does not exist or a default branch that is not there (a usage error: exit 2).
    cache_dir defaults to `<repo>/.pdmap/cache`. dialect (`--dialect`): the sqlglot dialect
    of the .sql files no `check.sql_dialects` glob of the config names (nor their comment).
    """
    judge = judge or default_judge()
    result = CheckResult(strict=strict)
    if db_url:
        return _check_live(result, config, db_url, judge, strict)
    repo = Path(repo)
    cache = _ParseCache(cache_dir if cache_dir is not None else repo / ".pdmap" / "cache",
                        partial(sql_dialect, config.sql_dialects, default=dialect))
    head_files = _read_worktree(repo, cache)
    result.files_read = len(head_files)
    head = replay(head_files)

    base_state: dict | None = None
    added: dict[str, set[int]] | None = None
    base_paths: set[str] = set()
    if not all_fields:
        commit, ref = gitdiff.resolve_base(repo, base)
        if commit is not None:
            result.base, result.base_ref = commit, ref
            base_files = _read_commit(repo, commit, cache)
            base_paths = {f.path for f in base_files}
            base_state = replay(base_files)
            added = gitdiff.added_lines(repo, commit, SCHEMA_SUFFIXES)
    cache.save()
    for parsed in head_files:
        # a file the change touches: changed since the base, or not there at the base.
        touched = added is None or parsed.path in added or parsed.path not in base_paths
        result.problems.extend(
            CheckProblem(p.path, p.line, p.message, touched) for p in parsed.problems
        )

    siblings: dict[str, list[FieldSchema]] = {}
    for key, state in head.items():
        siblings.setdefault(key[0], []).append(state.schema)
    for key, state in sorted(head.items()):
        change = _change(key, state, base_state)
        counts = all_fields or base_state is None or change != "existing"
        site = _site(state, added, base_paths)
        _judge_field(
            result,
            config,
            judge,
            REPO_SOURCE,
            state.container,
            state.schema,
            siblings[key[0]],
            site,
            change,
            counts,
            strict,
        )
    return result


def _check_live(
    result: CheckResult, config: Config, db_url: str, judge: Judge, strict: bool
) -> CheckResult:
    import sqlalchemy as sa

    try:
        fields = live.live_schema(db_url)
    except (sa.exc.SQLAlchemyError, ImportError) as e:  # ImportError: driver not installed
        where = mask_url(db_url)
        result.problems.append(
            CheckProblem(where, 0, f"cannot read the schema: {type(e).__name__}")
        )
        return result
    source = source_name_from_url(db_url)
    by_container: dict[str, list[FieldSchema]] = {}
    for container, schema in fields:
        by_container.setdefault(container, []).append(schema)
    for container, schema in fields:
        _judge_field(result, config, judge, source, container, schema, by_container[container],
                     None, "live", True, strict)
    return result
