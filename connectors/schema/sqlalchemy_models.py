"""SQLAlchemy declarative models and Core `Table(...)` definitions, read with `ast`.

The module is never imported: importing a project's models runs its code (settings,
connections, side effects), and the check must work on a bare checkout.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace

from connectors.schema.common import (
    ClassDecl,
    ParsedFile,
    const_bool,
    const_str,
    dotted,
    field_schema,
    keyword,
    last_name,
    parse_python,
    reference_name,
)
from connectors.schema.inherit import base_ref, import_hints
from scanner.core.types import DeclaredField, FieldSchema

_COLUMN_CALLS = {"Column", "mapped_column"}
_NOT_A_TYPE = {"ForeignKey", "Sequence", "Identity", "Computed", "CheckConstraint", "FetchedValue"}

# Python annotation -> SQLAlchemy type, for `Mapped[...]` columns without an explicit type.
_PY_TYPES = {
    "str": "String",
    "int": "Integer",
    "float": "Float",
    "bool": "Boolean",
    "bytes": "LargeBinary",
    "datetime": "DateTime",
    "date": "Date",
    "time": "Time",
    "Decimal": "Numeric",
    "dict": "JSON",
    "list": "JSON",
    "UUID": "Uuid",
}


def looks_like_sqlalchemy(text: str) -> bool:
    """SQLAlchemy declaring columns, or a model whose columns may all be inherited (it
    declares `__tablename__`; a script reading `table.__tablename__` is not one)."""
    return "sqlalchemy" in text and any(
        word in text for word in ("Column(", "mapped_column(", "__tablename__ =")
    )


def type_text(node: ast.AST) -> str:
    """`sa.String(20)` -> "String(20)"; `Text` -> "Text"; `ARRAY(String)` -> "ARRAY(String)"."""
    if isinstance(node, ast.Call):
        args = ", ".join(ast.unparse(a) for a in node.args)
        return f"{last_name(node.func)}({args})" if args else last_name(node.func)
    return last_name(node)


def referenced_table(spec: ast.AST | None, tables: Mapping[str, str] | None = None) -> str:
    """The table a foreign key's target column names: "users.id" and "public.users.id" ->
    "users", `User.id` -> the table of class User (`tables` maps class and Table variable
    names onto tables; else the class name lowercased), `users_table.c.id` -> that table."""
    text = const_str(spec)
    if text is not None:
        return reference_name(text.rsplit(".", 1)[0]) if "." in text else ""
    head = dotted(spec).rpartition(".")[0].removesuffix(".c").removesuffix(".columns")
    name = head.rpartition(".")[2]
    return reference_name((tables or {}).get(name) or name)


def _foreign_key(arg: ast.AST, tables: Mapping[str, str] | None) -> str:
    if isinstance(arg, ast.Call) and last_name(arg.func) == "ForeignKey":
        spec = arg.args[0] if arg.args else keyword(arg, "column")
        return referenced_table(spec, tables)
    return ""


def constraint_links(call: ast.AST, tables: Mapping[str, str] | None = None) -> dict[str, str]:
    """Column (lowercased) -> referenced table, for `ForeignKeyConstraint(["user_id"],
    ["users.id"])`; {} for anything else."""
    if not (isinstance(call, ast.Call) and last_name(call.func) == "ForeignKeyConstraint"):
        return {}
    cols = call.args[0] if call.args else keyword(call, "columns")
    refs = call.args[1] if len(call.args) > 1 else keyword(call, "refcolumns")
    if not (isinstance(cols, ast.List | ast.Tuple) and isinstance(refs, ast.List | ast.Tuple)):
        return {}
    out = {}
    for col, ref in zip(cols.elts, refs.elts, strict=False):
        name, target = const_str(col) or last_name(col), referenced_table(ref, tables)
        if name and target:
            out[name.lower()] = target
    return out


def with_links(fields: list[DeclaredField], links: Mapping[str, str]) -> list[DeclaredField]:
    """DeclaredFields with the references table-level constraints give them."""
    return [
        replace(f, schema=replace(f.schema, references=links[f.schema.name.lower()]))
        if not f.schema.references and f.schema.name.lower() in links
        else f
        for f in fields
    ]


def column_schema(
    call: ast.Call, attr_name: str | None = None, tables: Mapping[str, str] | None = None
) -> FieldSchema | None:
    """The FieldSchema of a `Column(...)` / `mapped_column(...)` call.

    The column name is the first string argument, else the attribute it is assigned to.
    """
    name, native, references = attr_name, "", ""
    for arg in call.args:
        text = const_str(arg)
        if text is not None:
            name = text
        elif not native and last_name(arg) not in _NOT_A_TYPE:
            native = type_text(arg)
        references = references or _foreign_key(arg, tables)
    type_kw = keyword(call, "type_")
    if type_kw is not None:
        native = type_text(type_kw)
    name = const_str(keyword(call, "name")) or name
    if not name:
        return None
    pk = const_bool(keyword(call, "primary_key"), False)
    nullable = const_bool(keyword(call, "nullable"), not pk)
    return field_schema(name, native, nullable, pk, references)


def _mapped_type(annotation: ast.AST | None) -> tuple[str, bool] | None:
    """`Mapped[str]` -> ("String", False); `Mapped[str | None]` -> ("String", True)."""
    if not (isinstance(annotation, ast.Subscript) and last_name(annotation.value) == "Mapped"):
        return None
    inner = annotation.slice
    nullable = False
    if isinstance(inner, ast.Subscript) and last_name(inner.value) == "Optional":
        inner, nullable = inner.slice, True
    elif isinstance(inner, ast.BinOp) and isinstance(inner.op, ast.BitOr):
        parts = [inner.left, inner.right]
        rest = [p for p in parts if not (isinstance(p, ast.Constant) and p.value is None)]
        nullable = len(rest) < len(parts)
        inner = rest[0] if rest else inner
    if isinstance(inner, ast.Constant) and isinstance(inner.value, str):
        return None  # a forward reference to another class: a relationship
    py = last_name(inner)
    return (_PY_TYPES[py], nullable) if py in _PY_TYPES else ("", nullable)


def _is_declared_attr(decorator: ast.expr) -> bool:
    """`@declared_attr`, `@sa.orm.declared_attr`, `@declared_attr.cascading`; not
    `@declared_attr.directive`, which declares `__tablename__`, `__table_args__` and the like."""
    parts = dotted(decorator).split(".") if not isinstance(decorator, ast.Call) else []
    return parts[-1:] == ["declared_attr"] or parts[-2:] == ["declared_attr", "cascading"]


_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def _returns(nodes: Iterable[ast.AST]) -> Iterator[ast.Return]:
    """The return statements among `nodes`, in source order, nested functions aside."""
    for node in nodes:
        if isinstance(node, ast.Return):
            yield node
        elif not isinstance(node, _SCOPES):
            yield from _returns(ast.iter_child_nodes(node))


def _returned_column(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> ast.Call | None:
    """The `Column(...)` / `mapped_column(...)` a `@declared_attr` method returns first;
    None for a method returning anything else (a relationship)."""
    for ret in _returns(fn.body):
        if isinstance(ret.value, ast.Call) and last_name(ret.value.func) in _COLUMN_CALLS:
            return ret.value
    return None


def _member(stmt: ast.stmt) -> tuple[str, ast.expr | None, ast.expr | None] | None:
    """(name, value, annotation) of a class attribute, or of a `@declared_attr` method as the
    column it returns (the method's name is the attribute's)."""
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
        target = stmt.targets[0]
        return (target.id, stmt.value, None) if isinstance(target, ast.Name) else None
    if isinstance(stmt, ast.AnnAssign):
        target = stmt.target
        return (target.id, stmt.value, stmt.annotation) if isinstance(target, ast.Name) else None
    if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef) and not stmt.name.startswith("__"):
        if any(_is_declared_attr(d) for d in stmt.decorator_list):
            call = _returned_column(stmt)
            return (stmt.name, call, stmt.returns) if call is not None else None
    return None


def _field(
    name: str, value: ast.expr | None, annotation: ast.expr | None, tables: Mapping[str, str]
) -> FieldSchema | None:
    mapped = _mapped_type(annotation)
    if isinstance(value, ast.Call) and last_name(value.func) in _COLUMN_CALLS:
        schema = column_schema(value, name, tables)
        if schema is not None and mapped is not None:
            # `Mapped[...]` states the nullability, and the type when the call has none.
            native = schema.native_type or mapped[0]
            nullable = const_bool(keyword(value, "nullable"), mapped[1])
            nullable = nullable and not schema.primary_key
            pk, references = schema.primary_key, schema.references
            schema = field_schema(schema.name, native, nullable, pk, references)
        return schema
    if value is None and mapped is not None and mapped[0]:
        return field_schema(name, mapped[0], nullable=mapped[1])
    return None


def _class_fields(
    path: str, cls: ast.ClassDef, tables: Mapping[str, str]
) -> tuple[str | None, list[DeclaredField]]:
    table: str | None = None
    schema_name: str | None = None
    fields: list[DeclaredField] = []
    links: dict[str, str] = {}
    for stmt in cls.body:
        member = _member(stmt)
        if member is None:
            continue
        name, value, annotation = member
        if name == "__tablename__":
            table = const_str(value)
            continue
        if name == "__table_args__":
            schema_name = _schema_from_table_args(value) or schema_name
            for arg in value.elts if isinstance(value, ast.Tuple) else []:
                links.update(constraint_links(arg, tables))
            continue
        schema = _field(name, value, annotation, tables)
        if schema is not None:
            fields.append(DeclaredField("", schema, path, stmt.lineno))
    if table and schema_name:
        table = f"{schema_name}.{table}"
    return table, with_links(fields, links)


def _is_abstract(cls: ast.ClassDef) -> bool:
    return any(
        isinstance(stmt, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "__abstract__" for t in stmt.targets)
        and const_bool(stmt.value, False)
        for stmt in cls.body
    )


def _schema_from_table_args(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Tuple) and node.elts:
        node = node.elts[-1]
    if isinstance(node, ast.Dict):
        for k, v in zip(node.keys, node.values, strict=True):
            if const_str(k) == "schema":
                return const_str(v)
    return None


def read_sqlalchemy_models(path: str, text: str) -> ParsedFile:
    tree, problem = parse_python(path, text)
    if tree is None:
        return ParsedFile(path, "sqlalchemy", problems=(problem,) if problem else (), ordering=1)
    out: list[DeclaredField] = []
    classes = {c.name: c for c in ast.walk(tree) if isinstance(c, ast.ClassDef)}
    tables = _declared_tables(tree, classes)
    own = {name: _class_fields(path, cls, tables) for name, cls in classes.items()}

    def mapped_table(name: str, seen: frozenset[str] = frozenset()) -> str | None:
        """The class's own table, else the table of a mapped base (single-table inheritance)."""
        cls = classes[name]
        if _is_abstract(cls):
            return None
        if own[name][0]:
            return own[name][0]
        for base in cls.bases:
            parent = last_name(base)
            if parent in classes and parent not in seen:
                table = mapped_table(parent, seen | {name})
                if table:
                    return table
        return None

    def mixin_fields(name: str, seen: frozenset[str]) -> list[DeclaredField]:
        """Columns of the unmapped bases (mixins, __abstract__ classes), copied into a table."""
        fields: list[DeclaredField] = []
        for base in classes[name].bases:
            parent = last_name(base)
            if parent in classes and parent not in seen and mapped_table(parent) is None:
                fields += mixin_fields(parent, seen | {parent}) + own[parent][1]
        return fields

    def outside(name: str, seen: frozenset[str]) -> list[tuple[str, str, bool]]:
        """The bases of a class and of its unmapped bases that the file does not define."""
        refs = []
        for base in classes[name].bases:
            parent = last_name(base)
            if parent not in classes:
                refs += [ref] if (ref := base_ref(base, hints)) else []
            elif parent not in seen and mapped_table(parent) is None:
                refs += outside(parent, seen | {parent})
        return refs

    hints = import_hints(path, tree)
    decls = []
    for cls_name, cls in classes.items():
        table = mapped_table(cls_name)
        # a subclass without a table of its own adds its columns to its parent's table.
        fields = mixin_fields(cls_name, frozenset({cls_name})) + own[cls_name][1]
        bases = tuple(dict.fromkeys(outside(cls_name, frozenset({cls_name}))))
        if table:
            out.extend(DeclaredField(table, f.schema, f.path, f.line, "add") for f in fields)
        # for the models of other files (connectors/schema/inherit.py).
        kept = () if table else tuple(fields)
        decls.append(ClassDecl(cls_name, table or "", _is_abstract(cls), kept, bases))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and last_name(node.func) == "Table" and node.args:
            name = const_str(node.args[0])
            if not name:
                continue
            schema_name = const_str(keyword(node, "schema"))
            container = f"{schema_name}.{name}" if schema_name else name
            columns: list[DeclaredField] = []
            links: dict[str, str] = {}
            for arg in node.args[1:]:
                links.update(constraint_links(arg, tables))
                if isinstance(arg, ast.Call) and last_name(arg.func) in _COLUMN_CALLS:
                    schema = column_schema(arg, tables=tables)
                    if schema is not None:
                        columns.append(DeclaredField(container, schema, path, arg.lineno))
            out.extend(with_links(columns, links))
    return ParsedFile(path, "sqlalchemy", tuple(out), ordering=1, classes=tuple(decls))


def _declared_tables(tree: ast.Module, classes: dict[str, ast.ClassDef]) -> dict[str, str]:
    """The tables `ForeignKey(User.id)` and `ForeignKey(users.c.id)` can name: a class's
    `__tablename__` (in its `__table_args__` schema), a variable bound to `Table("name")`."""
    tables: dict[str, str] = {}
    for name, cls in classes.items():
        found: dict[str, ast.expr | None] = {}
        for stmt in cls.body:
            target = stmt.targets[0] if isinstance(stmt, ast.Assign) else None
            target = stmt.target if isinstance(stmt, ast.AnnAssign) else target
            if isinstance(target, ast.Name) and isinstance(stmt, ast.Assign | ast.AnnAssign):
                found[target.id] = stmt.value
        table = const_str(found.get("__tablename__"))
        if table:
            schema_name = _schema_from_table_args(found.get("__table_args__"))
            tables[name] = f"{schema_name}.{table}" if schema_name else table
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            call = node.value
            table = const_str(call.args[0]) if call.args else None
            if last_name(call.func) == "Table" and table:
                tables.update((t.id, table) for t in node.targets if isinstance(t, ast.Name))
    return tables
