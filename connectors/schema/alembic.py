"""Alembic migration scripts, read with `ast` (never imported: a migration's module-level
code may connect to a database).

Only `upgrade()` counts: `downgrade()` undoes it. Operations are read from `op.*` calls and
from `batch_op.*` calls inside `with op.batch_alter_table(...)` blocks; the SQL of
`op.execute("...")` is read as DDL.
"""

from __future__ import annotations

import ast

from connectors.schema.common import (
    ALL_FIELDS,
    ParsedFile,
    const_str,
    field_schema,
    keyword,
    last_name,
    parse_python,
)
from connectors.schema.ddl import embedded_ddl
from connectors.schema.sqlalchemy_models import (
    column_schema,
    constraint_links,
    type_text,
    with_links,
)
from scanner.core.types import DeclaredField

_OPS = {
    "create_table",
    "add_column",
    "alter_column",
    "drop_column",
    "drop_table",
    "rename_table",
    "execute",
    "create_foreign_key",
}


def looks_like_alembic(text: str) -> bool:
    return "alembic" in text and "op." in text and "revision" in text


def _module_str(tree: ast.Module, name: str) -> tuple[str, ...]:
    for stmt in tree.body:
        target = value = None
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target, value = stmt.targets[0], stmt.value
        elif isinstance(stmt, ast.AnnAssign):
            target, value = stmt.target, stmt.value
        if isinstance(target, ast.Name) and target.id == name:
            if isinstance(value, ast.Tuple | ast.List):
                return tuple(s for s in (const_str(e) for e in value.elts) if s)
            s = const_str(value)
            return (s,) if s else ()
    return ()


def _container(call: ast.Call, table_arg: ast.AST | None) -> str:
    return _container_named(table_arg, keyword(call, "schema"))


def _arg(call: ast.Call, index: int, name: str) -> ast.AST | None:
    return call.args[index] if len(call.args) > index else keyword(call, name)


def _operation(path: str, call: ast.Call, batch_table: str | None) -> list[DeclaredField]:
    op = last_name(call.func)
    # In a batch block the table is implicit and every argument shifts left by one.
    shift = 0 if batch_table is None else -1

    def arg(i: int, name: str) -> ast.AST | None:
        return _arg(call, i + shift, name) if i + shift >= 0 else None

    if op == "execute":
        return _raw_sql(path, call) if batch_table is None else []
    if op == "create_foreign_key":
        return _create_foreign_key(path, call, batch_table)
    table = batch_table if batch_table is not None else _container(call, arg(0, "table_name"))
    if op == "create_table" and batch_table is None:
        links: dict[str, str] = {}
        for constraint in call.args[1:]:
            links.update(constraint_links(constraint))
        columns = [
            DeclaredField(table, schema, path, col.lineno, "add")
            for col in call.args[1:]
            if isinstance(col, ast.Call) and last_name(col.func) in ("Column", "mapped_column")
            for schema in [column_schema(col)]
            if schema is not None
        ]
        return with_links(columns, links)
    if not table:
        return []
    if op == "add_column":
        col = arg(1, "column")
        schema = column_schema(col) if isinstance(col, ast.Call) else None
        line = col.lineno if isinstance(col, ast.Call) else call.lineno
        return [DeclaredField(table, schema, path, line, "add")] if schema else []
    if op == "alter_column":
        name = const_str(arg(1, "column_name"))
        if not name:
            return []
        out = []
        new_node = keyword(call, "new_column_name")
        new_name = const_str(new_node)
        if new_name and new_node is not None:
            schema = field_schema(new_name, "")
            out.append(DeclaredField(table, schema, path, new_node.lineno, "rename", name))
            name = new_name
        type_kw = keyword(call, "type_")
        if type_kw is not None:
            schema = field_schema(name, type_text(type_kw))
            out.append(DeclaredField(table, schema, path, call.lineno, "alter"))
        return out
    if op == "drop_column":
        name = const_str(arg(1, "column_name"))
        schema = field_schema(name, "") if name else None
        return [DeclaredField(table, schema, path, call.lineno, "drop")] if schema else []
    if op == "drop_table" and batch_table is None:
        return [DeclaredField(table, field_schema(ALL_FIELDS, ""), path, call.lineno, "drop")]
    if op == "rename_table" and batch_table is None:
        new = _container(call, arg(1, "new_table_name"))
        if new:
            schema = field_schema(ALL_FIELDS, "")
            return [DeclaredField(new, schema, path, call.lineno, "rename", table)]
    return []


def _create_foreign_key(path: str, call: ast.Call, batch_table: str | None) -> list[DeclaredField]:
    """`op.create_foreign_key(name, source, referent, [local_cols], [remote_cols])`, or
    `batch_op.create_foreign_key(name, referent, [local_cols], [remote_cols])`: an alter of
    each local column that keeps its type and takes the link."""
    first = 2 if batch_table is None else 1  # the referent's position
    source = batch_table
    if source is None:
        source = _container_named(_arg(call, 1, "source_table"), keyword(call, "source_schema"))
    referent = _container_named(
        _arg(call, first, "referent_table"), keyword(call, "referent_schema")
    )
    local = _arg(call, first + 1, "local_cols")
    if not (source and referent and isinstance(local, ast.List | ast.Tuple)):
        return []
    line = call.lineno
    return [
        DeclaredField(source, field_schema(name, "", references=referent), path, line, "alter")
        for name in (const_str(c) for c in local.elts)
        if name
    ]


def _container_named(table_arg: ast.AST | None, schema_arg: ast.AST | None) -> str:
    table, schema = const_str(table_arg) or "", const_str(schema_arg)
    return f"{schema}.{table}" if schema and table else table


def _raw_sql(path: str, call: ast.Call) -> list[DeclaredField]:
    """`op.execute("ALTER TABLE ...")` (or `sa.text(...)`): the SQL read as DDL, its lines
    counted from the line the string starts on."""
    sql = call.args[0] if call.args else None
    if isinstance(sql, ast.Call) and last_name(sql.func) == "text" and sql.args:
        sql = sql.args[0]
    text = const_str(sql)
    return list(embedded_ddl(path, text, sql.lineno)) if sql is not None and text else []


def _walk_ops(path: str, body: list[ast.stmt], batch: dict[str, str]) -> list[DeclaredField]:
    """Operations in source order, following `with op.batch_alter_table(...) as b:` blocks."""
    out: list[DeclaredField] = []
    for stmt in body:
        if isinstance(stmt, ast.With):
            inner = dict(batch)
            for item in stmt.items:
                ctx = item.context_expr
                if (
                    isinstance(ctx, ast.Call)
                    and last_name(ctx.func) == "batch_alter_table"
                    and isinstance(item.optional_vars, ast.Name)
                ):
                    inner[item.optional_vars.id] = _container(ctx, _arg(ctx, 0, "table_name"))
            out.extend(_walk_ops(path, stmt.body, inner))
            continue
        for node in ast.walk(stmt):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr not in _OPS or not isinstance(node.func.value, ast.Name):
                continue
            receiver = node.func.value.id
            if receiver in batch:
                out.extend(_operation(path, node, batch[receiver]))
            elif receiver == "op":
                out.extend(_operation(path, node, None))
    return out


def read_alembic(path: str, text: str) -> ParsedFile:
    tree, problem = parse_python(path, text)
    if tree is None:
        return ParsedFile(path, "alembic", problems=(problem,) if problem else ())
    upgrade = next(
        (f for f in tree.body if isinstance(f, ast.FunctionDef) and f.name == "upgrade"), None
    )
    fields = _walk_ops(path, upgrade.body if upgrade else tree.body, {})
    revision = _module_str(tree, "revision")
    return ParsedFile(
        path,
        "alembic",
        tuple(fields),
        revision=revision[0] if revision else None,
        down_revisions=_module_str(tree, "down_revision"),
    )
