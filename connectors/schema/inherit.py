"""What a SQLAlchemy model inherits from a class defined in another file.

A reader sees one file, and a model's mixin or abstract base is often in another one
(`from .mixins import TimestampMixin`, `class User(Base, TimestampMixin)`). The reader
records each class it reads (ClassDecl: its table, its columns when it has no table, the
bases its file does not define and the module the file imports them from); once every file
is read, `with_inherited` gives each model the columns of those bases.

A base is found by its class name: in the module the model's file imports it from when that
module defines it, else (a re-export through a package's `__init__`, a star import) in the
file nearest the model's. A name imported from outside the repository (`flask_login`'s
UserMixin) and a dotted base (`db.Model`) are looked for in their module only. A base with a
table of its own (a mapped class) gives nothing to a model with its own table (joined
inheritance); a class without a table whose base is mapped adds its columns to that table
(single-table inheritance). An inherited column keeps its site: the mixin's path and line.
"""

from __future__ import annotations

import ast
from dataclasses import replace

from connectors.schema.common import ClassDecl, ParsedFile, dotted
from scanner.core.types import DeclaredField

Ref = tuple[str, str, bool]  # (class name, module path, by_name): see ClassDecl.bases
Found = tuple[str, ClassDecl]  # (path of the file, the class)


# --- in a reader: where the names of a file come from -------------------------------------


def _join(*parts: str) -> str:
    return "/".join(p for p in parts if p)


def _module_path(path: str, level: int, module: str | None) -> str | None:
    """`from ..mixins import X` in app/models/user.py -> "app/mixins"; `from a.b import X`
    -> "a/b"; None when the dots climb above the repository."""
    sub = (module or "").replace(".", "/")
    if not level:
        return sub
    package = path.split("/")[:-1]
    if level - 1 > len(package):
        return None
    return _join(*package[: len(package) - (level - 1)], sub)


def import_hints(path: str, tree: ast.Module) -> dict[str, tuple[str, str]]:
    """Each name a file imports -> (module path, the name in that module); a module bound by
    `import a.b as m` or `import a` -> (its path, "")."""
    hints: dict[str, tuple[str, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            module = _module_path(path, node.level, node.module)
            if module is not None:
                for alias in node.names:
                    if alias.name != "*":
                        hints[alias.asname or alias.name] = (module, alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                bound = alias.name if alias.asname else alias.name.split(".")[0]
                hints[alias.asname or bound] = (bound.replace(".", "/"), "")
    return hints


def base_ref(base: ast.expr, hints: dict[str, tuple[str, str]]) -> Ref | None:
    """A base class its file does not define, as ClassDecl.bases holds it; None for what
    cannot name a class (a call, an attribute of a name not imported)."""
    if isinstance(base, ast.Subscript):
        base = base.value  # Generic[T], Mapped[...]
    if isinstance(base, ast.Name):
        module, name = hints.get(base.id, ("", base.id))
        return (name, module, True) if name else None  # a module is no base
    parts = dotted(base).split(".") if isinstance(base, ast.Attribute) else [""]
    if not all(parts) or parts[0] not in hints:
        return None
    module, name = hints[parts[0]]
    return (parts[-1], _join(module, name, *parts[1:-1]), False)


# --- in replay: the columns a model inherits from other files -----------------------------


def _stem(path: str) -> str:
    """The module path of a file: "app/mixins.py" -> "app/mixins", "app/__init__.py" ->
    "app"."""
    stem = path.removesuffix(".py")
    return "" if stem == "__init__" else stem.removesuffix("/__init__")


class _Classes:
    """Every class the files record, found by name as Python would find a base."""

    def __init__(self, files: list[ParsedFile]) -> None:
        self.by_name: dict[str, list[Found]] = {}
        self.dirs: set[str] = set()
        for f in files:
            self.dirs.update(_stem(f.path).split("/"))
            for decl in f.classes:
                self.by_name.setdefault(decl.name, []).append((f.path, decl))
        self.tables: dict[tuple[str, str], str | None] = {}

    def find(self, path: str, ref: Ref) -> Found | None:
        name, module, by_name = ref
        candidates = [c for c in self.by_name.get(name, ()) if c[0] != path]
        if module:
            there = [c for c in candidates if _matches(_stem(c[0]), module)]
            if there:
                return _nearest(path, there)
            # outside the repository: its classes are not the ones of the same name here.
            if not by_name or module.split("/")[0] not in self.dirs:
                return None
        return _nearest(path, candidates) if by_name and candidates else None

    def table(self, found: Found) -> str | None:
        """The table a class is mapped to: its own, else a mapped base's (single table)."""
        key = (found[0], found[1].name)
        if key not in self.tables:
            self.tables[key] = None  # a cycle of bases maps to no table
            path, decl = found
            table = decl.table or None
            for ref in () if table or decl.abstract else decl.bases:
                base = self.find(path, ref)
                table = self.table(base) if base else None
                if table:
                    break
            self.tables[key] = table
        return self.tables[key]

    def mixin_fields(self, found: Found, seen: frozenset[tuple[str, str]]) -> list[DeclaredField]:
        """The columns of a class's unmapped bases in other files, bases of bases first."""
        path, decl = found
        fields: list[DeclaredField] = []
        for ref in decl.bases:
            base = self.find(path, ref)
            if base is None or (key := (base[0], base[1].name)) in seen:
                continue
            if self.table(base) is None:  # a mapped base keeps its columns in its table
                fields += self.mixin_fields(base, seen | {key}) + list(base[1].fields)
        return fields

    def inherited(self, path: str, decl: ClassDecl) -> list[DeclaredField]:
        """What a class of `path` adds to a table through bases in other files."""
        if not decl.bases:
            return []
        found = (path, decl)
        table = self.table(found)
        if not table:
            return []
        fields = self.mixin_fields(found, frozenset({(path, decl.name)}))
        if not decl.table:  # a single-table subclass of a model of another file
            fields += decl.fields
        return [DeclaredField(table, f.schema, f.path, f.line, "add") for f in fields]


def _matches(stem: str, module: str) -> bool:
    return stem == module or stem.endswith("/" + module)


def _nearest(path: str, candidates: list[Found]) -> Found:
    """The candidate whose directory shares the most with `path`'s, then the first by path."""
    here = path.split("/")[:-1]

    def shared(found: Found) -> tuple[int, str]:
        n = 0
        for a, b in zip(here, found[0].split("/")[:-1], strict=False):
            if a != b:
                break
            n += 1
        return (-n, found[0])

    return min(candidates, key=shared)


def with_inherited(files: list[ParsedFile]) -> list[ParsedFile]:
    """The files, each model's file with the columns its classes inherit from classes of
    other files put first: the model's own declaration of a column comes later and wins."""
    if not any(decl.bases for f in files for decl in f.classes):
        return files
    classes = _Classes(files)
    out = []
    for f in files:
        added = [d for decl in f.classes for d in classes.inherited(f.path, decl)]
        out.append(replace(f, fields=(*added, *f.fields)) if added else f)
    return out
