"""SQL DDL files in the common dialects."""

from __future__ import annotations

import pytest

from connectors.schema import read_schema_file, replay, widens
from connectors.schema.ddl import read_ddl


def fields_of(path: str, text: str) -> dict[str, tuple[str, str]]:
    parsed = read_schema_file(path, text)
    assert parsed is not None and not parsed.problems, parsed
    return {f"{s.container}.{s.schema.name}": (s.schema.kind, s.action) for s in parsed.fields}


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        (  # postgres, with comments and a schema
            "-- users\nCREATE TABLE public.users (\n  id serial PRIMARY KEY,\n"
            "  email varchar(255) NOT NULL, -- login\n  meta jsonb\n);",
            {
                "public.users.id": ("integer", "add"),
                "public.users.email": ("text", "add"),
                "public.users.meta": ("json", "add"),
            },
        ),
        (  # mysql backticks, engine clause, MODIFY and CHANGE
            "CREATE TABLE `t` (`id` int unsigned NOT NULL AUTO_INCREMENT, `born` date,"
            " PRIMARY KEY (`id`)) ENGINE=InnoDB;\n"
            "ALTER TABLE t MODIFY COLUMN born datetime;",
            {"t.id": ("integer", "add"), "t.born": ("datetime", "alter")},
        ),
        (  # sqlite
            "CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT, paid REAL);",
            {
                "notes.id": ("integer", "add"),
                "notes.body": ("text", "add"),
                "notes.paid": ("float", "add"),
            },
        ),
        (  # T-SQL with brackets and GO batches
            "CREATE TABLE [dbo].[people] ([id] INT IDENTITY(1,1) NOT NULL,"
            " [last_name] NVARCHAR(MAX), [active] BIT);\nGO\n",
            {
                "dbo.people.id": ("integer", "add"),
                "dbo.people.last_name": ("text", "add"),
                "dbo.people.active": ("boolean", "add"),
            },
        ),
    ],
)
def test_create_table_in_each_dialect_declares_its_columns(sql, expected):
    assert fields_of("schema.sql", sql) == expected


def test_alter_table_statements_become_add_alter_rename_and_drop_events():
    sql = (
        "ALTER TABLE users ADD COLUMN phone varchar(20);\n"
        "ALTER TABLE users ALTER COLUMN born TYPE timestamp;\n"
        "ALTER TABLE users RENAME COLUMN email TO email_address;\n"
        "ALTER TABLE users DROP COLUMN meta;\n"
        "COMMENT ON COLUMN users.phone IS 'mobile';\n"
        "CREATE INDEX ix_users_email ON users (email_address);\n"
    )
    parsed = read_ddl("0002.sql", sql)
    events = [(f.schema.name, f.action, f.old_name, f.line) for f in parsed.fields]
    assert events == [
        ("phone", "add", None, 1),
        ("born", "alter", None, 2),
        ("email_address", "rename", "email", 3),
        ("meta", "drop", None, 4),
    ]


def test_replaying_migrations_gives_the_final_columns_and_follows_renames():
    first = read_ddl("m/0001.sql", "CREATE TABLE public.users (id int, email text, meta json);")
    second = read_ddl(
        "m/0002.sql",
        "ALTER TABLE users RENAME COLUMN email TO email_address;\n"
        "ALTER TABLE users DROP COLUMN meta;",
    )
    state = replay([second, first])  # order comes from the paths, not the argument order
    assert sorted(state) == [("users", "email_address"), ("users", "id")]
    renamed = state[("users", "email_address")]
    assert renamed.schema.kind == "text" and renamed.container == "public.users"
    assert [s.path for s in renamed.sites] == ["m/0001.sql", "m/0002.sql"]


def test_drop_and_rename_table():
    state = replay(
        [
            read_ddl("1.sql", "CREATE TABLE a (x int); CREATE TABLE b (y int);"),
            read_ddl("2.sql", "ALTER TABLE a RENAME TO c; DROP TABLE b;"),
        ]
    )
    assert sorted(state) == [("c", "x")]


def test_a_syntax_error_is_a_problem_with_the_line_and_no_exception():
    parsed = read_ddl("bad.sql", "CREATE TABLE t (\n  a int,\n  b varchar(3)\n;\n")
    assert parsed.fields == ()
    (problem,) = parsed.problems
    assert problem.path == "bad.sql" and problem.line == 3
    assert "parse error" in problem.message


def test_sql_without_table_statements_is_not_parsed():
    parsed = read_ddl("seed.sql", "INSERT INTO t VALUES (1); SELECT {{ jinja }} FROM x")
    assert parsed.fields == () and parsed.problems == ()


WIDER = [
    ("VARCHAR(100)", "VARCHAR(255)"),
    ("VARCHAR(100)", "TEXT"),
    ("character varying(20)", "text"),
    ("CHAR(3)", "VARCHAR(10)"),
    ("VARCHAR(MAX)", "TEXT"),
    ("INT", "BIGINT"),
    ("SMALLINT", "INT"),
    ("CharField(100)", "TextField"),
    ("String(20)", "sa.String(40)"),
    ("Integer", "BigInteger"),
    ("AutoField", "BigAutoField"),
]
NOT_WIDER = [
    ("VARCHAR(255)", "VARCHAR(100)"),
    ("TEXT", "VARCHAR(80)"),
    ("String", "String(20)"),
    ("BIGINT", "INT"),
    ("VARCHAR(100)", "INT"),
    ("INT", "VARCHAR(10)"),
    ("VARCHAR(20)", "EmailField(254)"),  # a different kind of value
    ("NUMERIC(10,2)", "NUMERIC(12,2)"),  # only strings and integers are judged
    ("ARRAY(String)", "ARRAY(Text)"),
]


def test_a_wider_type_of_the_same_family_widens_and_nothing_else_does():
    assert [pair for pair in WIDER if not widens(*pair)] == []
    assert [pair for pair in NOT_WIDER if widens(*pair)] == []


def test_ssms_go_batch_separators_do_not_swallow_the_next_statement():
    # SQL Server Management Studio writes `GO` on its own line, without a `;` before it:
    # every table after the first used to be read as an opaque command, in silence.
    sql = ("CREATE TABLE [dbo].[a]([x] int)\ngo\n"
           "CREATE TABLE [dbo].[b]([email] nvarchar(50), [phone] varchar(20))\nGO\n"
           "CREATE TABLE c (y int);\nGO 2\n")
    parsed = read_ddl("schema.sql", sql)
    assert not parsed.problems
    assert [(d.container, d.schema.name, d.line) for d in parsed.fields] == [
        ("dbo.a", "x", 1), ("dbo.b", "email", 3), ("dbo.b", "phone", 3), ("c", "y", 5)]
