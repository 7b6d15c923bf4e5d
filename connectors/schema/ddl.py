"""SQL DDL and plain .sql migrations, read with sqlglot in whichever common dialect parses.

Only table-shaping statements matter: CREATE TABLE, ALTER TABLE (ADD, ALTER/MODIFY,
CHANGE, RENAME and DROP COLUMN, RENAME TO) and DROP TABLE. Everything else (indexes,
comments, inserts, grants) is parsed and passed over.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from connectors.schema.common import (
    ALL_FIELDS,
    ParsedFile,
    SchemaProblem,
    field_schema,
)
from scanner.core.types import DeclaredField

# sqlglot logs a warning for every statement it keeps as an opaque Command; we
# judge those ourselves (a table statement it could not read becomes a SchemaProblem).
logging.getLogger("sqlglot").setLevel(logging.ERROR)

DIALECTS = ("postgres", "mysql", "sqlite", "tsql")

_TABLE_DDL = re.compile(r"\b(CREATE|ALTER|DROP)\s+(\w+\s+){0,3}?TABLE\b", re.IGNORECASE)
_OPAQUE_TABLE_STMT = re.compile(r"^\s*(CREATE|ALTER)\b.*\bTABLE\b", re.IGNORECASE | re.DOTALL)


def has_table_ddl(text: str) -> bool:
    return _TABLE_DDL.search(text) is not None


def _dialect_order(text: str) -> tuple[str, ...]:
    """Try the dialect the text hints at first; the others after."""
    first = None
    if "`" in text or re.search(r"\bENGINE\s*=", text, re.IGNORECASE):
        first = "mysql"
    elif re.search(r"^\s*GO\s*$", text, re.IGNORECASE | re.MULTILINE) or "[dbo]" in text:
        first = "tsql"
    return (first, *(d for d in DIALECTS if d != first)) if first else DIALECTS


def read_ddl(path: str, text: str) -> ParsedFile:
    if not has_table_ddl(text):
        return ParsedFile(path, "ddl")
    best: tuple[int, list[Any]] | None = None
    errors: list[SchemaProblem] = []
    dialect_used = DIALECTS[0]
    for dialect in _dialect_order(text):
        try:
            statements = sqlglot.parse(text, read=dialect)
        except (ParseError, TokenError) as e:
            errors.append(_problem(path, e, dialect))
            continue
        opaque = len([s for s in statements if _is_opaque_table_statement(s)])
        if best is None or opaque < best[0]:
            best, dialect_used = (opaque, statements), dialect
        if opaque == 0:
            break
    if best is None:
        # The dialect that read furthest into the file gives the most useful line.
        problem = max(errors, key=lambda p: p.line)
        return ParsedFile(path, "ddl", problems=(problem,))
    fields: list[DeclaredField] = []
    problems: list[SchemaProblem] = []
    for statement in best[1]:
        if statement is None:
            continue
        if _is_opaque_table_statement(statement):
            problems.append(
                SchemaProblem(
                    path,
                    _line_of_text(text, str(statement.this)),
                    "table statement not understood in any of " + ", ".join(DIALECTS),
                )
            )
            continue
        fields.extend(_declarations(path, statement, dialect_used))
    return ParsedFile(path, "ddl", tuple(fields), tuple(problems))


def _problem(path: str, e: Exception, dialect: str) -> SchemaProblem:
    details = getattr(e, "errors", None) or [{}]
    line = int(details[0].get("line") or getattr(e, "line", 0) or 1)
    desc = details[0].get("description") or "SQL syntax error"
    return SchemaProblem(path, line, f"SQL parse error ({dialect}): {desc}")


def _is_opaque_table_statement(statement: Any) -> bool:
    if not isinstance(statement, exp.Command):
        return False
    return bool(_OPAQUE_TABLE_STMT.match(f"{statement.this} {statement.expression or ''}"))


def _line_of_text(text: str, head: str) -> int:
    m = re.search(r"\b" + re.escape(head), text, re.IGNORECASE)
    return text.count("\n", 0, m.start()) + 1 if m else 1


def _line(node: exp.Expression | None, default: int = 1) -> int:
    if node is None:
        return default
    for n in node.walk():
        line = n.meta.get("line") if n.meta else None
        if line:
            return int(line)
    return default


def _table_name(table: exp.Expression | None) -> str:
    if not isinstance(table, exp.Table):
        return ""
    parts = [p.name for p in (table.args.get("catalog"), table.args.get("db")) if p]
    return ".".join([*parts, table.name])


def _column_def(
    path: str, container: str, col: exp.ColumnDef, action: str, table_pk: set[str], dialect: str
) -> DeclaredField:
    kind = col.args.get("kind")
    native = kind.sql(dialect=dialect) if isinstance(kind, exp.DataType) else ""
    constraints = [c.args.get("kind") for c in col.args.get("constraints") or []]
    nullable = not any(isinstance(c, exp.NotNullColumnConstraint) for c in constraints)
    pk = col.name.lower() in table_pk or any(
        isinstance(c, exp.PrimaryKeyColumnConstraint) for c in constraints
    )
    schema = field_schema(col.name, native, nullable=nullable and not pk, primary_key=pk)
    return DeclaredField(container, schema, path, _line(col.this, _line(col)), action)


def _declarations(path: str, statement: exp.Expression, dialect: str) -> list[DeclaredField]:
    if isinstance(statement, exp.Create):
        return _create(path, statement, dialect)
    if isinstance(statement, exp.Alter):
        return _alter(path, statement, dialect)
    if isinstance(statement, exp.Drop) and str(statement.args.get("kind", "")).upper() == "TABLE":
        out = []
        for table in statement.args.get("tables") or [statement.this]:
            name = _table_name(table)
            if name:
                schema = field_schema(ALL_FIELDS, "")
                out.append(DeclaredField(name, schema, path, _line(table), "drop"))
        return out
    return []


def _create(path: str, statement: exp.Create, dialect: str) -> list[DeclaredField]:
    target = statement.this
    if str(statement.args.get("kind", "")).upper() != "TABLE" or not isinstance(target, exp.Schema):
        return []
    container = _table_name(target.this)
    table_pk = {
        c.name.lower()
        for pk in target.expressions
        if isinstance(pk, exp.PrimaryKey)
        for c in pk.expressions
    }
    return [
        _column_def(path, container, col, "add", table_pk, dialect)
        for col in target.expressions
        if isinstance(col, exp.ColumnDef)
    ]


def _alter(path: str, statement: exp.Expression, dialect: str) -> list[DeclaredField]:
    container = _table_name(statement.this)
    if not container:
        return []
    out: list[DeclaredField] = []
    for action in statement.args.get("actions") or []:
        if isinstance(action, exp.ColumnDef):
            out.append(_column_def(path, container, action, "add", set(), dialect))
        elif isinstance(action, exp.AlterColumn):
            dtype = action.args.get("dtype")
            if isinstance(dtype, exp.DataType):
                schema = field_schema(action.name, dtype.sql(dialect=dialect))
                out.append(DeclaredField(container, schema, path, _line(action), "alter"))
        elif isinstance(action, exp.RenameColumn):
            old, new = action.this, action.args.get("to")
            if old is not None and new is not None:
                schema = field_schema(new.name, "")
                out.append(DeclaredField(container, schema, path, _line(new), "rename", old.name))
        elif isinstance(action, exp.Drop) and str(action.args.get("kind", "")).upper() in (
            "COLUMN",
            "",
        ):
            for col in action.args.get("tables") or [action.this]:
                if col is not None and col.name:
                    schema = field_schema(col.name, "")
                    out.append(DeclaredField(container, schema, path, _line(col), "drop"))
        elif isinstance(action, exp.ModifyColumn):
            col = action.this
            renamed_from = action.args.get("rename_from")
            if renamed_from is not None and isinstance(col, exp.ColumnDef):
                schema = field_schema(col.name, "")
                out.append(
                    DeclaredField(container, schema, path, _line(col), "rename", renamed_from.name)
                )
            if isinstance(col, exp.ColumnDef):
                out.append(_column_def(path, container, col, "alter", set(), dialect))
        elif isinstance(action, exp.AlterRename):
            new_name = _table_name(action.this) or action.name
            if new_name:
                schema = field_schema(ALL_FIELDS, "")
                out.append(
                    DeclaredField(new_name, schema, path, _line(action), "rename", container)
                )
    return out
