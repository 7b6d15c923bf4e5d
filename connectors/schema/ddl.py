"""SQL DDL and plain .sql migrations, read with sqlglot in whichever common dialect parses.

The dialect tried first is the sqlglot dialect named by, in order of precedence: the
file's own `-- dialect: <name>` comment; the caller (`dialect`: the first glob of
pdmap.yaml's `check.sql_dialects` matching the path, else `pdmap check --dialect`); a
folder (`db/clickhouse/`) or a suffix (`x.bigquery.sql`). Without one, the dialect the
text hints at (backticks or `ENGINE =` for MySQL, `ENGINE = ...MergeTree` or `ON CLUSTER`
for ClickHouse, `GO` batches for T-SQL). Then the others, in the fixed order of DIALECTS,
until one reads every table statement. A migration file holding both steps
(dbmate `-- migrate:up/down`, goose `-- +goose Up/Down`, sql-migrate `-- +migrate Up/Down`,
Play `# --- !Ups/!Downs`) is read up to its down step only, and a file that is only a down
step (golang-migrate `*.down.sql`, Flyway undo `U<n>__*.sql`) is not read at all.

Only table-shaping statements matter: CREATE TABLE, ALTER TABLE (ADD, ALTER/MODIFY,
CHANGE, RENAME and DROP COLUMN, RENAME TO), DROP TABLE, and the renames kept as commands
(MySQL RENAME TABLE, T-SQL sp_rename). Everything else (indexes, comments, inserts,
grants) is parsed and passed over.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import sqlglot
from sqlglot import exp
from sqlglot.dialects.dialect import Dialects
from sqlglot.errors import ParseError, TokenError

from connectors.schema.common import (
    ALL_FIELDS,
    ParsedFile,
    SchemaProblem,
    field_schema,
    reference_name,
)
from scanner.core.types import DeclaredField

# sqlglot logs a warning for every statement it keeps as an opaque Command; we
# judge those ourselves (a table statement it could not read becomes a SchemaProblem).
logging.getLogger("sqlglot").setLevel(logging.ERROR)

DIALECTS = ("postgres", "mysql", "sqlite", "tsql", "clickhouse")

_TABLE_DDL = re.compile(
    r"\b(CREATE|ALTER|DROP)\s+(\w+\s+){0,3}?TABLE\b|\bRENAME\s+TABLE|\bsp_rename\b", re.IGNORECASE
)
_OPAQUE_TABLE_STMT = re.compile(r"^\s*(CREATE|ALTER)\b.*\bTABLE\b", re.IGNORECASE | re.DOTALL)


def has_table_ddl(text: str) -> bool:
    return _TABLE_DDL.search(text) is not None


_DIALECT_COMMENT = re.compile(r"^\s*--\s*dialect\s*[:=]\s*(\w+)", re.IGNORECASE | re.MULTILINE)
_GO = re.compile(r"^[ \t]*GO(?:[ \t]+\d+)?[ \t]*;?[ \t]*$", re.IGNORECASE | re.MULTILINE)
_CLICKHOUSE = re.compile(
    r"\bENGINE\s*=\s*\w*(MergeTree|Log|Distributed|Kafka|Buffer|Dictionary)\b"
    r"|\bON\s+CLUSTER\b|\b(Nullable|LowCardinality)\s*\(",
    re.IGNORECASE,
)
# A line that starts the up or the down step of a migration file holding both.
_STEP_MARKER = re.compile(
    r"^[ \t]*(?:--|#)[ \t]*(?:migrate:(up|down)|\+(?:goose|migrate|micrate)[ \t]+(up|down)"
    r"|-*[ \t]*!(ups|downs))\b[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
# Files that only undo a migration: golang-migrate `1_x.down.sql`, Flyway undo `U1__x.sql`.
_DOWN_FILE = re.compile(r"(^|/)([^/]*\.down\.sql|U\d[\w.]*__[^/]*\.sql)$", re.IGNORECASE)


def up_step(text: str) -> str:
    """The text with every down step blanked out (lines kept, so line numbers still hold)."""
    if _STEP_MARKER.search(text) is None:
        return text
    out: list[str] = []
    pos, down = 0, False
    for m in _STEP_MARKER.finditer(text):
        chunk = text[pos : m.start()]
        out.append("\n" * chunk.count("\n") if down else chunk)
        down = (m.group(1) or m.group(2) or m.group(3) or "").lower().startswith("down")
        pos = m.end()
    rest = text[pos:]
    out.append("\n" * rest.count("\n") if down else rest)
    return "".join(out)


# sqlglot's own dialects: `Dialect.get` of an unknown name searches installed plugins,
# a hundred times slower than a parse of a small migration.
_SQLGLOT_DIALECTS = frozenset(d.value for d in Dialects) - {""}


def _named_dialect(path: str, text: str, chosen: str | None = None) -> str | None:
    """A sqlglot dialect named by a `-- dialect: NAME` comment, else the one chosen by the
    caller (config, command line), else one named by the path: the file's folder
    (`db/clickhouse/001.sql`) or a suffix (`events.snowflake.sql`)."""
    named = _DIALECT_COMMENT.search(text)
    words = [named.group(1)] if named else []
    words += [chosen] if chosen else []
    parts = path.lower().split("/")
    words += [*parts[-1].split(".")[1:-1], *parts[-2:-1]]
    return next((w.lower() for w in words if w.lower() in _SQLGLOT_DIALECTS), None)


def _dialect_order(path: str, text: str, chosen: str | None = None) -> tuple[str, ...]:
    """The dialect the comment, the caller or the path names first, else the one the text
    hints at, then the others."""
    named = _named_dialect(path, text, chosen)
    if named:
        return (named, *(d for d in DIALECTS if d != named))
    first = None
    if _CLICKHOUSE.search(text):
        first = "clickhouse"
    elif "`" in text or re.search(r"\bENGINE\s*=", text, re.IGNORECASE):
        first = "mysql"
    elif re.search(r"^\s*GO\s*$", text, re.IGNORECASE | re.MULTILINE) or "[dbo]" in text:
        first = "tsql"
    return (first, *(d for d in DIALECTS if d != first)) if first else DIALECTS


def embedded_ddl(path: str, text: str, first_line: int) -> tuple[DeclaredField, ...]:
    """The declarations of SQL held in a string of a Python migration (Alembic
    `op.execute`, Django `RunSQL`) whose text starts on first_line of the file."""
    if not has_table_ddl(text):
        return ()
    return read_ddl(path, "\n" * (first_line - 1) + text).fields


def read_ddl(path: str, text: str, dialect: str | None = None) -> ParsedFile:
    """A .sql file's declarations; `dialect` is tried first unless its comment names one."""
    if _DOWN_FILE.search(path):
        return ParsedFile(path, "ddl")
    raw = up_step(text)
    text = _GO.sub(";", raw)  # SSMS's batch separator (a hint of T-SQL); lines kept
    if not has_table_ddl(text):
        return ParsedFile(path, "ddl")
    best: tuple[int, list[Any]] | None = None
    errors: list[SchemaProblem] = []
    dialect_used = "postgres"
    order = _dialect_order(path, raw, dialect)
    for tried in order:
        try:
            statements = sqlglot.parse(text, read=tried)
        except (ParseError, TokenError) as e:
            errors.append(_problem(path, e, tried))
            continue
        opaque = len([s for s in statements if _is_opaque_table_statement(s)])
        if best is None or opaque < best[0]:
            best, dialect_used = (opaque, statements), tried
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
            problems.append(SchemaProblem(path, _line_of_statement(text, statement), ""))
            continue
        fields.extend(_declarations(path, statement, dialect_used))
    if problems:
        # one problem per file: the first statement not understood, and how many more.
        more = f" ({len(problems) - 1} more in the file)" if len(problems) > 1 else ""
        message = "table statement not understood in any of " + ", ".join(order) + more
        problems = [SchemaProblem(path, problems[0].line, message)]
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


def _line_of_statement(text: str, statement: exp.Expression) -> int:
    """The line an opaque statement starts on, found from its first words."""
    words = f"{statement.this} {statement.expression or ''}".split()[:4]
    pattern = r"\b" + r"\s+".join(re.escape(w) for w in words)
    m = re.search(pattern, text, re.IGNORECASE)
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


def _referenced(ref: exp.Expression | None) -> str:
    """The table of `REFERENCES [schema.]table [(columns)]`, as a container key."""
    target = ref.this if isinstance(ref, exp.Reference) else None
    if isinstance(target, exp.Schema):
        target = target.this
    return reference_name(_table_name(target))


def _foreign_keys(node: exp.Expression) -> dict[str, str]:
    """Column (lowercased) -> referenced table, for the table-level `[CONSTRAINT c] FOREIGN
    KEY (a, b) REFERENCES t (x, y)` clauses within node."""
    out: dict[str, str] = {}
    for fk in node.find_all(exp.ForeignKey):
        target = _referenced(fk.args.get("reference"))
        for col in fk.expressions if target else []:
            out.setdefault(col.name.lower(), target)
    return out


def _column_def(
    path: str,
    container: str,
    col: exp.ColumnDef,
    action: str,
    table_pk: set[str],
    dialect: str,
    table_fks: dict[str, str] | None = None,
) -> DeclaredField:
    kind = col.args.get("kind")
    native = kind.sql(dialect=dialect) if isinstance(kind, exp.DataType) else ""
    constraints = [c.args.get("kind") for c in col.args.get("constraints") or []]
    nullable = not any(isinstance(c, exp.NotNullColumnConstraint) for c in constraints)
    if dialect == "clickhouse":  # a ClickHouse column holds NULL only when Nullable(...)
        nullable = native.upper().startswith(("NULLABLE(", "LOWCARDINALITY(NULLABLE("))
    pk = col.name.lower() in table_pk or any(
        isinstance(c, exp.PrimaryKeyColumnConstraint) for c in constraints
    )
    # `col INT REFERENCES t(id)`, `col INT CONSTRAINT fk FOREIGN KEY REFERENCES t(id)` (T-SQL)
    inline = (c.find(exp.Reference) for c in col.args.get("constraints") or [])
    references = next((_referenced(r) for r in inline if r is not None), "")
    references = references or (table_fks or {}).get(col.name.lower(), "")
    nullable = nullable and not pk
    schema = field_schema(col.name, native, nullable, pk, references)
    return DeclaredField(container, schema, path, _line(col.this, _line(col)), action)


# Renames sqlglot keeps as opaque commands: MySQL `RENAME TABLE a TO b, c TO d` and
# T-SQL `EXEC sp_rename 'dbo.t.old', 'new', 'COLUMN'` (or 'dbo.old', 'new' for a table).
_RENAME_TABLES = re.compile(r"^\s*RENAME\s+TABLES?\s+(.*)$", re.IGNORECASE | re.DOTALL)
_RENAME_PAIR = re.compile(r"\s*([\w.`\"\[\]]+)\s+TO\s+([\w.`\"\[\]]+)\s*", re.IGNORECASE)
_SP_RENAME = re.compile(
    r"\bsp_rename\s+N?'([^']+)'\s*,\s*N?'([^']+)'(?:\s*,\s*N?'(\w+)')?", re.IGNORECASE
)


_RENAME_COMMANDS = ("RENAME", "EXEC", "EXECUTE")


def _unquote(name: str) -> str:
    return re.sub(r"[`\"\[\]]", "", name)


def _command_renames(path: str, statement: exp.Expression, dialect: str) -> list[DeclaredField]:
    text = statement.sql(dialect=dialect)
    line = _line(statement)
    everything = field_schema(ALL_FIELDS, "")
    tables = _RENAME_TABLES.match(text)
    if tables:
        pairs = [_RENAME_PAIR.fullmatch(p) for p in tables.group(1).rstrip(";").split(",")]
        return [
            DeclaredField(_unquote(m.group(2)), everything, path, line, "rename", _unquote(m[1]))
            for m in pairs
            if m
        ]
    sp = _SP_RENAME.search(text)
    if not sp:
        return []
    old, new = _unquote(sp.group(1)), _unquote(sp.group(2))
    if (sp.group(3) or "").upper() == "COLUMN" and "." in old:
        table, column = old.rsplit(".", 1)
        return [DeclaredField(table, field_schema(new, ""), path, line, "rename", column)]
    if not sp.group(3):  # a table: the new name stays in the old one's schema
        schema = old.rsplit(".", 1)[0] + "." if "." in old else ""
        return [DeclaredField(schema + new, everything, path, line, "rename", old)]
    return []


def _declarations(path: str, statement: exp.Expression, dialect: str) -> list[DeclaredField]:
    if isinstance(statement, exp.Execute) or (
        isinstance(statement, exp.Command) and str(statement.this).upper() in _RENAME_COMMANDS
    ):
        return _command_renames(path, statement, dialect)
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
    table_fks: dict[str, str] = {}
    for clause in target.expressions:
        if not isinstance(clause, exp.ColumnDef):
            table_fks.update(_foreign_keys(clause))
    return [
        _column_def(path, container, col, "add", table_pk, dialect, table_fks)
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
        elif isinstance(action, exp.AlterRename) and statement.args.get("options"):
            # Postgres `RENAME old TO new` (COLUMN left out) reads as a rename of the table
            # to `old` with a `TO new` option: it renames a column.
            to = next((o for o in statement.args["options"] if o.this is not None), None)
            old = action.this.name if action.this is not None else ""
            if to is not None and old and to.this.name:
                schema = field_schema(to.this.name, "")
                line = _line(to, _line(action))
                out.append(DeclaredField(container, schema, path, line, "rename", old))
        elif isinstance(action, exp.AddConstraint | exp.Constraint | exp.ForeignKey):
            # `ADD [CONSTRAINT c] FOREIGN KEY (a) REFERENCES t (id)`: the field keeps its type
            # (no native type) and takes the link.
            for column, target in _foreign_keys(action).items():
                schema = field_schema(column, "", references=target)
                out.append(DeclaredField(container, schema, path, _line(action), "alter"))
        elif isinstance(action, exp.AlterRename):
            new_name = _table_name(action.this) or action.name
            if new_name:
                schema = field_schema(ALL_FIELDS, "")
                out.append(
                    DeclaredField(new_name, schema, path, _line(action), "rename", container)
                )
    return out
