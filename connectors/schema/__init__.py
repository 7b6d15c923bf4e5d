"""Schema definitions read from a repository, without a database.

`read_schema_file` picks the reader for one file (SQL DDL, Alembic, SQLAlchemy models,
Django models or migrations) and returns its declarations; `replay` applies the
declarations of all files in migration order and returns the fields that exist at the end.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from connectors.schema.alembic import looks_like_alembic, read_alembic
from connectors.schema.common import (
    ALL_FIELDS,
    DEFAULT_SCHEMAS,
    ParsedFile,
    SchemaProblem,
    field_schema,
    kind_from_native,
    widens,
)
from connectors.schema.ddl import read_ddl
from connectors.schema.django import (
    looks_like_django_migration,
    looks_like_django_models,
    read_django_migration,
    read_django_models,
)
from connectors.schema.inherit import with_inherited
from connectors.schema.sqlalchemy_models import looks_like_sqlalchemy, read_sqlalchemy_models
from scanner.core.types import DeclaredField, FieldSchema

# Bump when a reader changes what it returns: cached results of older readers are dropped.
READER_VERSION = "10"

SCHEMA_SUFFIXES = (".sql", ".py")

__all__ = [
    "ALL_FIELDS",
    "FieldState",
    "ParsedFile",
    "READER_VERSION",
    "SchemaProblem",
    "SCHEMA_SUFFIXES",
    "container_key",
    "field_schema",
    "kind_from_native",
    "read_schema_file",
    "replay",
    "widens",
]


def read_schema_file(path: str, text: str, dialect: str | None = None) -> ParsedFile | None:
    """The declarations in one file, or None when it is not a schema file.

    `dialect` (a sqlglot name: pdmap.yaml's `check.sql_dialects`, `--dialect`) is the one a
    .sql file is read in first, unless the file's own `-- dialect:` comment names another.
    Python files are sniffed with cheap substring tests before `ast.parse`, so a
    repository's ordinary code costs a read, not a parse.
    """
    if path.endswith(".sql"):
        return read_ddl(path, text, dialect)
    if not path.endswith(".py"):
        return None
    if looks_like_django_migration(text):
        return read_django_migration(path, text)
    if looks_like_alembic(text):
        return read_alembic(path, text)
    if looks_like_django_models(text):
        return read_django_models(path, text)
    if looks_like_sqlalchemy(text):
        return read_sqlalchemy_models(path, text)
    return None


@dataclass(frozen=True, slots=True)
class FieldState:
    """A field that exists after replaying every file, and the declarations that shaped it."""

    container: str
    schema: FieldSchema
    sites: tuple[DeclaredField, ...]


def container_key(name: str, aliases: dict[str, str] | None = None) -> str:
    """The key of a table: lowercased, through aliases, without a default schema, so
    `public.users` in one migration and `users` in the next are the same table (the name
    shown stays the one first declared)."""
    key = name.strip().lower()
    for _ in range(8):  # follow alias chains, bounded against cycles
        nxt = (aliases or {}).get(key)
        if nxt is None or nxt == key:
            break
        key = nxt
    for prefix in DEFAULT_SCHEMAS:
        key = key.removeprefix(prefix)
    return key


def _natural(path: str) -> list[object]:
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", path.lower())]


def _migration_order(files: list[ParsedFile]) -> list[ParsedFile]:
    """Path order with numbers compared as numbers; Alembic files follow their revision
    chain instead, in the slots Alembic files hold in path order."""
    ordered = sorted(files, key=lambda f: _natural(f.path))
    alembic = [f for f in ordered if f.format == "alembic" and f.revision]
    if len(alembic) < 2:
        return ordered
    by_rev = {f.revision: f for f in alembic}
    done: set[str] = set()
    chain: list[ParsedFile] = []

    def visit(f: ParsedFile, depth: int = 0) -> None:
        if f.revision in done or depth > len(alembic):
            return
        done.add(f.revision or "")
        for parent in f.down_revisions:
            if parent in by_rev:
                visit(by_rev[parent], depth + 1)
        chain.append(f)

    for f in alembic:
        visit(f)
    slots = iter(chain)
    return [next(slots) if f.format == "alembic" and f.revision else f for f in ordered]


def replay(files: Iterable[ParsedFile]) -> dict[tuple[str, str], FieldState]:
    """The fields that exist once every declaration has been applied, keyed by
    (container key, field name lowercased)."""
    # a model's columns from a mixin or abstract base defined in another file.
    files = with_inherited(list(files))
    aliases = {container_key(a): b.lower() for f in files for a, b in f.aliases}
    migrations = _migration_order([f for f in files if f.ordering == 0])
    models = sorted((f for f in files if f.ordering != 0), key=lambda f: _natural(f.path))
    state: dict[tuple[str, str], FieldState] = {}
    for parsed in [*migrations, *models]:
        # a Django AlterField states the whole field, its link included; other alters (SQL
        # ALTER COLUMN ... TYPE, Alembic alter_column) leave the field's foreign key alone.
        restates = parsed.format == "django-migration"
        for decl in parsed.fields:
            _apply(state, decl, aliases, restates)
    return state


def _find(state: dict, ckey: str, name: str) -> tuple[str, str] | None:
    # Django names a relation `customer` while its column is `customer_id`.
    for candidate in (name.lower(), name.lower() + "_id"):
        if (ckey, candidate) in state:
            return (ckey, candidate)
    return None


def _apply(state: dict, decl: DeclaredField, aliases: dict[str, str], restates: bool) -> None:
    ckey = container_key(decl.container, aliases)
    name = decl.schema.name
    if name == ALL_FIELDS:
        moved = [k for k in state if k[0] == ckey] if decl.action == "drop" else []
        if decl.action == "rename" and decl.old_name:
            old_key = container_key(decl.old_name)
            if old_key in aliases and old_key != ckey:
                # a Django model with a db_table: renaming the model keeps its table.
                aliases[container_key(decl.container)] = aliases[old_key]
                return
            old = container_key(decl.old_name, aliases)
            for k in [k for k in state if k[0] == old]:
                fs = state.pop(k)
                state[(ckey, k[1])] = FieldState(decl.container, fs.schema, fs.sites)
            # foreign keys follow the table they point at, as they do in a database.
            for k, fs in state.items():
                if fs.schema.references == old and old != ckey:
                    schema = replace(fs.schema, references=ckey)
                    state[k] = FieldState(fs.container, schema, fs.sites)
        for k in moved:
            del state[k]
        return
    key = (ckey, name.lower())
    if decl.action == "drop":
        found = _find(state, ckey, name)
        if found:
            del state[found]
        return
    if decl.action == "rename":
        found = _find(state, ckey, decl.old_name or "")
        if found:
            if found[1] != (decl.old_name or "").lower() and not key[1].endswith("_id"):
                name += "_id"  # Django renames the relation `customer`: its column follows
                key = (ckey, name.lower())
            old = state.pop(found)
            schema = replace(old.schema, name=name)
            state[key] = FieldState(old.container, schema, (*old.sites, decl))
        else:
            state[key] = FieldState(decl.container, decl.schema, (decl,))
        return
    declared = decl.schema
    if declared.references:
        declared = replace(declared, references=container_key(declared.references, aliases))
    current = state.get(key)
    if current is None:
        if decl.action == "alter" and not declared.native_type:
            return  # a foreign key added to a field never declared: nothing to judge it by
        state[key] = FieldState(decl.container, declared, (decl,))
        return
    schema = declared if declared.native_type else current.schema
    if declared.references or (decl.action == "alter" and not restates):
        # an alter without a type (ADD FOREIGN KEY) or with one (ALTER COLUMN ... TYPE)
        # keeps the field's link unless it names a new one.
        schema = replace(schema, references=declared.references or current.schema.references)
    state[key] = FieldState(current.container, schema, (*current.sites, decl))
