"""What every schema-file reader returns, and the type mapping they share.

Readers turn one file's text into DeclaredField events (add, alter, rename, drop) in the
order the file declares them; replaying the events of every file gives the fields a
repository declares. A reader never raises on bad input: it records a SchemaProblem with
the file and line and returns what it could read.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from scanner.core.types import DeclaredField, FieldSchema

# a DeclaredField whose schema name is ALL_FIELDS stands for the whole container:
# action "drop" drops the table, action "rename" renames it (old_name holds the old
# container name). It keeps DeclaredField unchanged for table-level operations.
ALL_FIELDS = "*"


@dataclass(frozen=True, slots=True)
class SchemaProblem:
    """A file that could not be read completely; message holds no value from the file."""

    path: str
    line: int
    message: str


@dataclass(frozen=True, slots=True)
class ClassDecl:
    """A class of a models file, as another file's model may inherit from it.

    A reader sees one file: a model whose mixin or abstract base is defined in another file
    cannot get that base's columns there. It records its classes instead, and replay adds
    what a model inherits across files (connectors/schema/inherit.py).

    table is the class's table when the file maps it ("" for a mixin, an abstract base, or a
    class whose mapped base is in another file). fields are the columns of a class with no
    table, its in-file mixins' included (container ""); a mapped class's columns are in the
    file's fields already. bases are its bases, and its in-file mixins' bases, that the file
    does not define: (class name, module, by_name). module is the module path the file
    imports the name from ("app/models/mixins" for `from .mixins import X` in app/models/),
    "" when the name is not imported; by_name is False for a dotted base (`m.X`), which is
    looked for in that module only.
    """

    name: str
    table: str = ""
    abstract: bool = False
    fields: tuple[DeclaredField, ...] = ()
    bases: tuple[tuple[str, str, bool], ...] = ()


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """The declarations of one schema file, in file order.

    ordering says where the file's events go when replaying: 0 for migrations and DDL,
    1 for models, which state the current shape and so come last. revision and
    down_revisions order Alembic files among themselves. aliases map the names an ORM uses
    for a model onto its real table (Django's db_table). classes are the classes of a
    SQLAlchemy models file, for inheritance across files.
    """

    path: str
    format: str  # "ddl", "alembic", "sqlalchemy", "django-models", "django-migration"
    fields: tuple[DeclaredField, ...] = ()
    problems: tuple[SchemaProblem, ...] = ()
    ordering: int = 0
    revision: str | None = None
    down_revisions: tuple[str, ...] = ()
    aliases: tuple[tuple[str, str], ...] = ()  # (name used by later operations, real table)
    classes: tuple[ClassDecl, ...] = ()

    @staticmethod
    def from_dict(raw: dict) -> ParsedFile:
        """The ParsedFile `dataclasses.asdict` gave `raw` (the parse cache's JSON)."""

        def fields(items: list[dict]) -> tuple[DeclaredField, ...]:
            return tuple(
                DeclaredField(**{**f, "schema": FieldSchema(**f["schema"])}) for f in items
            )

        return ParsedFile(
            path=raw["path"],
            format=raw["format"],
            fields=fields(raw["fields"]),
            problems=tuple(SchemaProblem(**p) for p in raw["problems"]),
            ordering=raw["ordering"],
            revision=raw["revision"],
            down_revisions=tuple(raw["down_revisions"]),
            aliases=tuple((a, b) for a, b in raw["aliases"]),
            classes=tuple(
                ClassDecl(
                    name=c["name"],
                    table=c["table"],
                    abstract=c["abstract"],
                    fields=fields(c["fields"]),
                    bases=tuple((n, m, b) for n, m, b in c["bases"]),
                )
                for c in raw.get("classes", ())
            ),
        )


_KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Checked in order: the first kind with a word contained in the type name wins, so
    # the unambiguous string words come first ("PHONENUMBER" is text, not a number).
    ("unknown", ("INTERVAL", "DURATION", "POINT", "GEOMETRY", "GEOGRAPHY")),
    (
        "text",
        (
            "CHAR",
            "TEXT",
            "STRING",
            "UNICODE",
            "CLOB",
            "EMAIL",
            "URL",
            "SLUG",
            "UUID",
            "PHONE",
            "IPADDRESS",
            "INET",
            "XML",
            "FILEFIELD",
            "IMAGEFIELD",
            "FILEPATH",
        ),
    ),
    ("json", ("JSON", "HSTORE")),
    ("boolean", ("BOOL", "BIT")),
    ("datetime", ("DATETIME", "TIMESTAMP")),
    ("date", ("DATE",)),
    ("time", ("TIME",)),
    ("binary", ("BLOB", "BINARY", "BYTEA", "IMAGE", "BYTES")),
    ("decimal", ("DECIMAL", "NUMERIC", "NUMBER", "MONEY")),
    ("float", ("FLOAT", "DOUBLE", "REAL")),
    ("integer", ("INT", "SERIAL", "AUTOFIELD", "FOREIGNKEY", "ONETOONE", "IDENTITY")),
    ("text", ("ENUM", "SET", "CIDR", "COUNTRY", "NAME")),
)


_WRAPPER = re.compile(r"^\s*(?:(?:Nullable|LowCardinality)\s*\(\s*)+", re.IGNORECASE)


def kind_from_native(native_type: str) -> str:
    """Map a native type name (SQL, SQLAlchemy or Django) onto a FieldSchema kind."""
    native_type = _WRAPPER.sub("", native_type)  # ClickHouse Nullable(String) is a String
    word = re.sub(r"\(.*$", "", native_type).strip().upper().replace("_", "")
    word = word.removeprefix("TYPE.").removeprefix("SA.").removeprefix("MODELS.")
    for kind, needles in _KIND_WORDS:
        if any(n in word for n in needles):
            return kind
    return "unknown"


# Types that hold the same values at any size: a change within a family to a size at
# least as large (VARCHAR(100) -> VARCHAR(255) or TEXT, INT -> BIGINT) changes no field.
_STRING_TYPES = frozenset(
    "CHAR CHARACTER NCHAR VARCHAR NVARCHAR VARCHAR2 NVARCHAR2 CHARACTERVARYING TEXT "
    "TINYTEXT MEDIUMTEXT LONGTEXT NTEXT CLOB STRING UNICODE UNICODETEXT CHARFIELD "
    "TEXTFIELD".split()
)
_INTEGER_RANKS = {
    word: rank
    for rank, words in enumerate(
        (
            "TINYINT INT1",
            "SMALLINT SMALLINTEGER INT2 SMALLSERIAL SMALLINTEGERFIELD POSITIVESMALLINTEGERFIELD "
            "SMALLAUTOFIELD",
            "MEDIUMINT",
            "INT INTEGER INT4 SERIAL INTEGERFIELD POSITIVEINTEGERFIELD AUTOFIELD",
            "BIGINT BIGINTEGER INT8 BIGSERIAL BIGINTEGERFIELD POSITIVEBIGINTEGERFIELD "
            "BIGAUTOFIELD",
        ),
        start=1,
    )
    for word in words.split()
}
_SIZED = re.compile(r"^\s*([\w. ]+?)\s*(?:\(\s*([^,)]*?)\s*(?:,[^)]*)?\))?\s*$")


def _type_word(native_type: str) -> tuple[str, str | None] | None:
    """(`VARCHAR`, "100") from "varchar(100)", (`BIGINTEGERFIELD`, None) from
    "models.BigIntegerField"; None when the text is not one plain type."""
    m = _SIZED.match(native_type)
    if not m:
        return None
    word = m.group(1).upper().replace("_", "").replace(" ", "").rsplit(".", 1)[-1]
    return word, m.group(2)


def widens(before: str, after: str) -> bool:
    """True when a field whose type goes from `before` to `after` still holds what it held:
    a longer or unbounded string (VARCHAR(100) -> VARCHAR(255), VARCHAR -> TEXT, CharField
    -> TextField) or a larger integer (INT -> BIGINT, AutoField -> BigAutoField)."""
    old, new = _type_word(before), _type_word(after)
    if old is None or new is None:
        return False
    if old[0] in _INTEGER_RANKS and new[0] in _INTEGER_RANKS:
        return _INTEGER_RANKS[new[0]] >= _INTEGER_RANKS[old[0]]
    if old[0] not in _STRING_TYPES or new[0] not in _STRING_TYPES:
        return False
    old_size, new_size = _size(old[1]), _size(new[1])
    if old_size == -1 or new_size == -1:
        return False  # a size that is not a number: cannot tell
    return new_size is None or (old_size is not None and new_size >= old_size)


def _size(arg: str | None) -> int | None:
    """A string type's length: None when unbounded (no size, MAX), -1 when unreadable."""
    if not arg or arg.upper() == "MAX":
        return None
    return int(arg) if arg.isdigit() else -1


def field_schema(
    name: str,
    native_type: str,
    nullable: bool = True,
    primary_key: bool = False,
    references: str = "",
) -> FieldSchema:
    kind = kind_from_native(native_type)
    return FieldSchema(name, kind, native_type, nullable, primary_key, reference_name(references))


# default schemas are dropped from container keys so `public.users` in one migration and
# `users` in the next are the same table.
DEFAULT_SCHEMAS = ("public.", "dbo.", "main.")


def reference_name(name: str) -> str:
    """The table a foreign key names, as a container key: `"public"."Users"` -> "users",
    `[dbo].[Users]` -> "users", `auth.users` stays "auth.users"."""
    key = re.sub(r"[`\"\[\]]", "", name).strip().lower()
    for prefix in DEFAULT_SCHEMAS:
        key = key.removeprefix(prefix)
    return key


# --- helpers shared by the readers that work on Python source with `ast` -----------------


def dotted(node: ast.AST | None) -> str:
    """`sa.Column` -> "sa.Column", `models.CharField` -> "models.CharField"."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        head = dotted(node.value)
        return f"{head}.{node.attr}" if head else node.attr
    if isinstance(node, ast.Call):
        return dotted(node.func)
    if isinstance(node, ast.Subscript):
        return dotted(node.value)
    return ""


def last_name(node: ast.AST | None) -> str:
    return dotted(node).rsplit(".", 1)[-1]


def const_str(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def const_bool(node: ast.AST | None, default: bool) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, bool):
        return node.value
    return default


def keyword(call: ast.Call, name: str) -> ast.expr | None:
    for kw in call.keywords:
        if kw.arg == name:
            return kw.value
    return None


def parse_python(path: str, text: str) -> tuple[ast.Module | None, SchemaProblem | None]:
    """Parse without importing or executing anything; a SyntaxError becomes a problem."""
    try:
        return ast.parse(text, filename=path), None
    except SyntaxError as e:
        return None, SchemaProblem(path, e.lineno or 1, f"Python syntax error: {e.msg}")
    except ValueError as e:  # null bytes
        return None, SchemaProblem(path, 1, f"unreadable Python source: {e}")
