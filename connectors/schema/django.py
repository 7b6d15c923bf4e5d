"""Django models and migrations, read with `ast` (never imported: that needs settings and
runs app code).

Table names follow Django: `Meta.db_table`, else `<app_label>_<model name lowercased>`,
where the app label is the app's directory name. A model's or CreateModel's db_table is
returned as an alias so that later AddField operations, which only name the model, land
on the real table.
"""

from __future__ import annotations

import ast
import re
from pathlib import PurePosixPath

from connectors.schema.common import (
    ALL_FIELDS,
    ParsedFile,
    const_bool,
    const_str,
    dotted,
    field_schema,
    keyword,
    last_name,
    parse_python,
)
from connectors.schema.ddl import embedded_ddl
from scanner.core.types import DeclaredField, FieldSchema

_RELATIONS = {"ForeignKey", "OneToOneField", "ParentalKey"}
_NO_COLUMN = {"ManyToManyField", "GenericRelation", "GenericForeignKey", "ParentalManyToManyField"}
_NOT_MODEL_FIELDS = ("forms.", "serializers.", "filters.")


def looks_like_django_migration(text: str) -> bool:
    return "migrations.Migration" in text


_MODEL_FIELD = re.compile(r"\bmodels\.\w+(Field|Key)\(")


def looks_like_django_models(text: str) -> bool:
    # a model file may hold only subclasses of a model imported from elsewhere.
    return "django" in text and ("models.Model" in text or _MODEL_FIELD.search(text) is not None)


def app_label(path: str) -> str:
    """`shop/crm/models.py` and `shop/crm/migrations/0002_x.py` -> "crm"."""
    parts = PurePosixPath(path).parts[:-1]
    skip = {"models", "migrations"}
    for part in reversed(parts):
        if part not in skip:
            return part
    return "app"


def default_table(app: str, model: str) -> str:
    return f"{app}_{model.lower()}"


def _is_field_call(node: ast.AST | None) -> bool:
    if not isinstance(node, ast.Call):
        return False
    name, full = last_name(node.func), dotted(node.func)
    if full.startswith(_NOT_MODEL_FIELDS) or name in _NO_COLUMN:
        return False
    return name.endswith("Field") or name in _RELATIONS


# Where a relation points when it names the user model without naming its app.
USER_TABLE = "auth_user"


class Relations:
    """The table a `ForeignKey(...)` / `OneToOneField(...)` of one file points at.

    models maps the names a file can use for a model onto its table: the file's own model
    classes (db_table or `<app>_<model>`), names imported from an app's models module
    (`from django.contrib.auth.models import User` -> auth_user) and names bound to
    `get_user_model()`. A model it cannot place is named by its lowercased class name.
    """

    def __init__(self, app: str, tree: ast.Module | None = None) -> None:
        self.app = app
        self.models: dict[str, str] = {}
        for node in ast.walk(tree) if tree is not None else ():
            if isinstance(node, ast.ImportFrom):
                app_of = _app_of_module(node.module or "", node.level, app)
                for alias in node.names if app_of else []:
                    self.models[alias.asname or alias.name] = default_table(app_of, alias.name)
            elif isinstance(node, ast.Assign) and _names_user_model(node.value):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        self.models[target.id] = USER_TABLE

    def target(self, call: ast.Call, own_table: str = "") -> str:
        if last_name(call.func) not in _RELATIONS:
            return ""
        to = _kw_or_arg(call, 0, "to")
        text = const_str(to)
        if text is not None:  # "self", "Model", "app_label.Model"
            app, _, model = text.rpartition(".")
            if text == "self":
                return own_table
            if not app or app == self.app:
                return self.models.get(model) or default_table(self.app, model)
            return default_table(app, model)
        model = last_name(to)
        if _names_user_model(to):
            return USER_TABLE
        if model in self.models:
            return self.models[model]
        # another setting naming a swappable model (HELPDESK_TEAMS_MODEL): cannot tell
        return "" if not model or model.isupper() else model.lower()


def _names_user_model(node: ast.AST | None) -> bool:
    """`settings.AUTH_USER_MODEL`, `get_user_model()`, Mezzanine's `get_user_model_name()`."""
    if isinstance(node, ast.Call):
        node = node.func
    return "user_model" in last_name(node).lower()


def _app_of_module(module: str, level: int, own_app: str) -> str:
    """The app whose models a `from <module> import X` imports: `django.contrib.auth.models`
    -> "auth", `shop.crm.models` -> "crm", `.models` or `.abstracts` -> the file's own app;
    "" when it cannot tell."""
    parts = module.split(".") if module else []
    if "models" not in parts:
        return own_app if level == 1 else ""
    before = parts[: parts.index("models")]
    return before[-1] if before else (own_app if level == 1 else "")


def field_from_call(attr: str, call: ast.Call, references: str = "") -> FieldSchema | None:
    """The column a `models.XField(...)` makes: db_column, else the attribute (`_id` for FKs)."""
    if not _is_field_call(call):
        return None
    kind = last_name(call.func)
    column = const_str(keyword(call, "db_column"))
    if not column:
        column = f"{attr}_id" if kind in _RELATIONS else attr
    max_length = keyword(call, "max_length")
    native = f"{kind}({ast.unparse(max_length)})" if max_length is not None else kind
    pk = const_bool(keyword(call, "primary_key"), kind in ("AutoField", "BigAutoField"))
    nullable = const_bool(keyword(call, "null"), False)
    return field_schema(column, native, nullable, pk, references if kind in _RELATIONS else "")


def _meta(cls: ast.ClassDef) -> dict[str, ast.AST]:
    for stmt in cls.body:
        if isinstance(stmt, ast.ClassDef) and stmt.name == "Meta":
            out: dict[str, ast.AST] = {}
            for s in stmt.body:
                if isinstance(s, ast.Assign) and isinstance(s.targets[0], ast.Name):
                    out[s.targets[0].id] = s.value
            return out
    return {}


def _field_calls(cls: ast.ClassDef) -> list[tuple[str, ast.Call, int]]:
    """(attribute, call, line) of every `name = SomeField(...)` in the class body."""
    out = []
    for stmt in cls.body:
        target, value = None, None
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target, value = stmt.targets[0], stmt.value
        elif isinstance(stmt, ast.AnnAssign):
            target, value = stmt.target, stmt.value
        if isinstance(target, ast.Name) and isinstance(value, ast.Call) and _is_field_call(value):
            out.append((target.id, value, stmt.lineno))
    return out


def _own_fields(
    cls: ast.ClassDef, relations: Relations, table: str
) -> list[tuple[FieldSchema, int]]:
    out = []
    for attr, call, line in _field_calls(cls):
        schema = field_from_call(attr, call, relations.target(call, table))
        if schema is not None:
            out.append((schema, line))
    return out


def read_django_models(path: str, text: str) -> ParsedFile:
    tree, problem = parse_python(path, text)
    if tree is None:
        return ParsedFile(path, "django-models", problems=(problem,) if problem else (), ordering=1)
    classes = {c.name: c for c in tree.body if isinstance(c, ast.ClassDef)}
    default_app = app_label(path)
    fields: list[DeclaredField] = []
    aliases: list[tuple[str, str]] = []
    relations = Relations(default_app, tree)

    def is_model(cls: ast.ClassDef, seen: frozenset[str] = frozenset()) -> bool:
        for base in cls.bases:
            name = last_name(base)
            if dotted(base).endswith("models.Model") or name == "Model":
                return True
            if name in classes and name not in seen and is_model(classes[name], seen | {name}):
                return True
        # a subclass of a class imported from elsewhere (an abstract TimeStampedModel, a
        # parent in another app) is a model when it declares `models.` fields.
        imported = any(last_name(b) not in classes for b in cls.bases)
        return imported and any(
            dotted(call).startswith("models.") for _, call, _ in _field_calls(cls)
        )

    def table_of(cls: ast.ClassDef, seen: frozenset[str] = frozenset()) -> str:
        """db_table, else `<app>_<model>`; a proxy model's is its concrete parent's."""
        meta = _meta(cls)
        parents = [classes[p] for b in cls.bases if (p := last_name(b)) in classes]
        if const_bool(meta.get("proxy"), False) and parents and parents[0].name not in seen:
            return table_of(parents[0], seen | {cls.name})
        app = const_str(meta.get("app_label")) or default_app
        return const_str(meta.get("db_table")) or default_table(app, cls.name)

    for cls in classes.values():  # a model of the file may have no field of its own
        relations.models[cls.name] = table_of(cls)

    def inherited(
        cls: ast.ClassDef, seen: frozenset[str], table: str
    ) -> list[tuple[FieldSchema, int]]:
        """Fields of abstract parents in the file, copied into each child (an abstract
        parent's own parents too); a concrete parent keeps its fields in its own table and
        the child gets the one-to-one `<parent>_ptr_id` link as primary key instead."""
        out: list[tuple[FieldSchema, int]] = []
        for base in cls.bases:
            parent = classes.get(last_name(base))
            if parent is None or parent.name in seen or not is_model(parent):
                continue
            meta = _meta(parent)
            if const_bool(meta.get("abstract"), False):
                out += inherited(parent, seen | {parent.name}, table)
                out += _own_fields(parent, relations, table)
            elif not const_bool(meta.get("proxy"), False):
                ptr = f"{parent.name.lower()}_ptr_id"
                link = field_schema(ptr, "OneToOneField", False, True, table_of(parent))
                out.append((link, cls.lineno))
        return out

    for cls in classes.values():
        meta = _meta(cls)
        if not is_model(cls) or const_bool(meta.get("abstract"), False):
            continue
        if const_bool(meta.get("proxy"), False):
            continue
        app = const_str(meta.get("app_label")) or default_app
        table = table_of(cls)
        if const_str(meta.get("db_table")):
            aliases.append((default_table(app, cls.name), table))
        own = inherited(cls, frozenset({cls.name}), table) + _own_fields(cls, relations, table)
        if not any(s.primary_key for s, _ in own):
            own.insert(0, (field_schema("id", "AutoField", False, True), cls.lineno))
        fields.extend(DeclaredField(table, s, path, line, "add") for s, line in own)
    return ParsedFile(path, "django-models", tuple(fields), ordering=1, aliases=tuple(aliases))


def _kw_or_arg(call: ast.Call, index: int, name: str) -> ast.AST | None:
    return call.args[index] if len(call.args) > index else keyword(call, name)


def _lineno(node: ast.AST | None) -> int:
    """The line of the field's name: the line the reader of a diff sees it on."""
    return int(getattr(node, "lineno", 1))


def _run_sql(path: str, op: ast.Call) -> list[DeclaredField]:
    """The DDL of `RunSQL(sql, reverse_sql)`: a string, or a list of strings or
    (string, params); reverse_sql undoes it, so only the forward SQL counts."""
    sql = _kw_or_arg(op, 0, "sql")
    out: list[DeclaredField] = []
    for item in sql.elts if isinstance(sql, ast.List | ast.Tuple) else [sql]:
        node = item.elts[0] if isinstance(item, ast.Tuple) and item.elts else item
        statement = const_str(node)
        if isinstance(node, ast.expr) and statement:
            out.extend(embedded_ddl(path, statement, node.lineno))
    return out


def read_django_migration(path: str, text: str) -> ParsedFile:
    tree, problem = parse_python(path, text)
    if tree is None:
        return ParsedFile(path, "django-migration", problems=(problem,) if problem else ())
    app = app_label(path)
    relations = Relations(app, tree)
    fields: list[DeclaredField] = []
    aliases: list[tuple[str, str]] = []
    operations: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "operations" for t in node.targets
        ):
            if isinstance(node.value, ast.List | ast.Tuple):
                operations.extend(node.value.elts)
    for op in operations:
        if not isinstance(op, ast.Call):
            continue
        kind = last_name(op.func)
        if kind == "RenameModel":
            old = const_str(_kw_or_arg(op, 0, "old_name"))
            new = const_str(_kw_or_arg(op, 1, "new_name"))
            if old and new:
                schema = field_schema(ALL_FIELDS, "")
                new_table, old_table = default_table(app, new), default_table(app, old)
                fields.append(
                    DeclaredField(new_table, schema, path, op.lineno, "rename", old_table)
                )
            continue
        if kind == "RunSQL":
            fields.extend(_run_sql(path, op))
            continue
        model_kw = (
            "name" if kind in ("CreateModel", "DeleteModel", "AlterModelTable") else "model_name"
        )
        model = const_str(_kw_or_arg(op, 0, model_kw))
        if not model:
            continue
        table = default_table(app, model)
        if kind == "CreateModel":
            options = keyword(op, "options")
            if isinstance(options, ast.Dict):
                for k, v in zip(options.keys, options.values, strict=True):
                    if const_str(k) == "db_table" and const_str(v):
                        aliases.append((table, const_str(v) or table))
            items = _kw_or_arg(op, 1, "fields")
            for item in items.elts if isinstance(items, ast.List | ast.Tuple) else []:
                if isinstance(item, ast.Tuple) and len(item.elts) == 2:
                    col_name, col_call = const_str(item.elts[0]), item.elts[1]
                    if col_name and isinstance(col_call, ast.Call):
                        target = relations.target(col_call, table)
                        col = field_from_call(col_name, col_call, target)
                        if col is not None:
                            fields.append(DeclaredField(table, col, path, item.lineno, "add"))
        elif kind in ("AddField", "AlterField"):
            name_node, field_call = _kw_or_arg(op, 1, "name"), _kw_or_arg(op, 2, "field")
            added_name = const_str(name_node)
            if added_name and isinstance(field_call, ast.Call):
                target = relations.target(field_call, table)
                added = field_from_call(added_name, field_call, target)
                if added is not None:
                    action = "add" if kind == "AddField" else "alter"
                    fields.append(DeclaredField(table, added, path, _lineno(name_node), action))
        elif kind == "RenameField":
            old = const_str(_kw_or_arg(op, 1, "old_name"))
            new_node = _kw_or_arg(op, 2, "new_name")
            new = const_str(new_node)
            if old and new:
                renamed = field_schema(new, "")
                line = _lineno(new_node)
                fields.append(DeclaredField(table, renamed, path, line, "rename", old))
        elif kind == "RemoveField":
            removed = const_str(_kw_or_arg(op, 1, "name"))
            if removed:
                gone = field_schema(removed, "")
                fields.append(DeclaredField(table, gone, path, op.lineno, "drop"))
        elif kind == "DeleteModel":
            everything = field_schema(ALL_FIELDS, "")
            fields.append(DeclaredField(table, everything, path, op.lineno, "drop"))
        elif kind == "AlterModelTable":
            db_table = const_str(_kw_or_arg(op, 1, "table"))
            if db_table:
                aliases.append((table, db_table))
    return ParsedFile(path, "django-migration", tuple(fields), aliases=tuple(aliases))
