"""Schemas read faithfully (issue 15, part 3): up steps only, ORM inheritance, renames in
every direction, ClickHouse and named dialects, and lines that point at the field."""

from __future__ import annotations

import textwrap

import pytest

from connectors.schema import read_schema_file, replay


def parse(path: str, source: str):
    parsed = read_schema_file(path, textwrap.dedent(source))
    assert parsed is not None, f"{path} not recognised as a schema file"
    assert not parsed.problems, parsed.problems
    return parsed


def final(*files: tuple[str, str]) -> list[tuple[str, str]]:
    return sorted(replay(parse(path, text) for path, text in files))


# --- a. a migration file holding its up and down steps is applied up only ---------------

UP_DOWN = {
    "dbmate": (
        "-- migrate:up\nCREATE TABLE users (\n  id int,\n  email text\n);\n\n"
        "-- migrate:down\nDROP TABLE users;\n"
    ),
    "goose": (
        "-- +goose Up\n-- +goose StatementBegin\nCREATE TABLE users (\n  id int,\n"
        "  email text\n);\n-- +goose StatementEnd\n\n-- +goose Down\n"
        "-- +goose StatementBegin\nDROP TABLE users;\n-- +goose StatementEnd\n"
    ),
    "sql-migrate": (
        "-- +migrate Up\nCREATE TABLE users (\n  id int,\n  email text\n);\n"
        "-- +migrate Down\nDROP TABLE users;\n"
    ),
    "play": (
        "# --- !Ups\nCREATE TABLE users (\n  id int,\n  email text\n);\n\n"
        "# --- !Downs\nDROP TABLE users;\n"
    ),
}


@pytest.mark.parametrize("convention", sorted(UP_DOWN))
def test_the_down_step_of_a_migration_file_is_not_applied(convention):
    parsed = parse("db/migrations/20260101_users.sql", UP_DOWN[convention])
    assert [f.action for f in parsed.fields] == ["add", "add"]
    email = parsed.fields[1]
    text = UP_DOWN[convention]
    email_line = text.count("\n", 0, text.index("email")) + 1
    assert (email.schema.name, email.line) == ("email", email_line)
    assert final(("db/1.sql", UP_DOWN[convention])) == [("users", "email"), ("users", "id")]


def test_steps_can_alternate_and_only_up_steps_count():
    sql = (
        "-- migrate:up\nCREATE TABLE a (x int);\n-- migrate:down\nDROP TABLE a;\n"
        "-- migrate:up\nALTER TABLE a ADD COLUMN phone text;\n-- migrate:down\n"
        "ALTER TABLE a DROP COLUMN phone;\n"
    )
    assert final(("1.sql", sql)) == [("a", "phone"), ("a", "x")]


@pytest.mark.parametrize(
    "path", ["db/migrations/000001_users.down.sql", "db/migration/U2__drop_users.sql"]
)
def test_a_file_that_only_undoes_a_migration_is_not_read(path):
    parsed = read_schema_file(path, "DROP TABLE users;")
    assert parsed is not None and parsed.fields == () and parsed.problems == ()
    up = ("db/migrations/000001_users.up.sql", "CREATE TABLE users (email text);")
    assert final(up, (path, "DROP TABLE users;")) == [("users", "email")]


# --- b. ORM inheritance --------------------------------------------------------------------

DJANGO_INHERITANCE = """
    from django.db import models

    class Customer(Person, Timestamped):
        iban = models.CharField(max_length=34)

    class Place(models.Model):
        address = models.CharField(max_length=80)

    class Restaurant(Place):
        owner_phone = models.CharField(max_length=20)

    class Person(models.Model):
        first_name = models.CharField(max_length=30)
        class Meta:
            abstract = True

    class Timestamped(Base):
        class Meta:
            abstract = True
        created = models.DateTimeField()

    class Base(models.Model):
        uuid = models.UUIDField()
        class Meta:
            abstract = True
"""


def test_django_abstract_parents_are_copied_and_concrete_parents_keep_their_table():
    parsed = parse("shop/crm/models.py", DJANGO_INHERITANCE)
    tables: dict[str, list[str]] = {}
    for f in parsed.fields:
        tables.setdefault(f.container, []).append(f.schema.name)
    # abstract models are no table; their fields (an abstract parent's too, wherever in
    # the file they are declared) land in each concrete child.
    assert tables == {
        "crm_customer": ["id", "first_name", "uuid", "created", "iban"],
        "crm_place": ["id", "address"],
        # multi-table inheritance: only its own fields and the link to the parent's row.
        "crm_restaurant": ["place_ptr_id", "owner_phone"],
    }
    link = next(f for f in parsed.fields if f.schema.name == "place_ptr_id")
    assert link.schema.primary_key and link.line == 10
    first_name = next(f for f in parsed.fields if f.schema.name == "first_name")
    assert first_name.line == 14


def test_a_django_model_whose_parent_is_imported_from_another_file_is_a_table():
    source = """
        from django.db import models
        from core.models import TimeStampedModel

        class Customer(TimeStampedModel):
            email = models.EmailField()

        class CustomerForm(forms.ModelForm):
            name = forms.CharField()
    """
    parsed = parse("shop/crm/models.py", source)
    assert [(f.container, f.schema.name, f.line) for f in parsed.fields] == [
        ("crm_customer", "id", 5),
        ("crm_customer", "email", 6),
    ]


SQLALCHEMY_INHERITANCE = """
    import sqlalchemy as sa
    from sqlalchemy.orm import Mapped, declarative_base, mapped_column

    Base = declarative_base()

    class AuditMixin:
        created_by = sa.Column(sa.String)

    class Users(AuditMixin, Base):
        __tablename__ = "users"
        id = sa.Column(sa.Integer, primary_key=True)
        kind = sa.Column(sa.String(20))

    class Admins(Users):
        admin_email = sa.Column(sa.String(255))

    class Engineers(Users):
        __tablename__ = "engineers"
        id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), primary_key=True)
        github_login: Mapped[str]

    class Common(Base):
        __abstract__ = True
        phone = sa.Column(sa.String)

    class Contacts(Common):
        __tablename__ = "contacts"
        name = sa.Column(sa.String)
"""


def test_sqlalchemy_single_table_joined_and_abstract_inheritance():
    parsed = parse("app/models.py", SQLALCHEMY_INHERITANCE)
    got = {(f.container, f.schema.name): f.line for f in parsed.fields}
    assert got == {
        # single-table: the subclass's column is in its parent's table, no new table.
        ("users", "created_by"): 8,
        ("users", "id"): 12,
        ("users", "kind"): 13,
        ("users", "admin_email"): 16,
        # joined: a table of its own with its own columns only, not its parent's.
        ("engineers", "id"): 20,
        ("engineers", "github_login"): 21,
        # an __abstract__ class is no table: its columns are copied into each subclass.
        ("contacts", "phone"): 25,
        ("contacts", "name"): 29,
    }


# --- c. renames in every direction keep the field --------------------------------------


def test_a_table_renamed_and_renamed_back_keeps_its_fields_and_their_history():
    state = replay(
        [
            parse("db/1.sql", "CREATE TABLE users (\n  email text\n);"),
            parse("db/2.sql", "ALTER TABLE users RENAME TO people;"),
            parse("db/3.sql", "RENAME TABLE people TO persons;"),  # MySQL's statement
            parse("db/4.sql", "ALTER TABLE persons RENAME TO users;"),
        ]
    )
    assert sorted(state) == [("users", "email")]
    assert state[("users", "email")].schema.kind == "text"
    assert state[("users", "email")].sites[0].line == 2


@pytest.mark.parametrize(
    "rename",
    [
        "ALTER TABLE users RENAME COLUMN email TO mail;",
        "ALTER TABLE users RENAME email TO mail;",  # COLUMN is optional in Postgres
        "ALTER TABLE `users` CHANGE `email` `mail` varchar(255);",
        "EXEC sp_rename 'users.email', 'mail', 'COLUMN';",
    ],
)
def test_a_renamed_column_keeps_its_type_under_its_new_name(rename):
    state = replay(
        [
            parse("db/1.sql", "CREATE TABLE users (id int, email varchar(255));"),
            parse("db/2.sql", rename),
        ]
    )
    assert sorted(state) == [("users", "id"), ("users", "mail")]
    assert state[("users", "mail")].schema.kind == "text"


def test_a_column_renamed_and_renamed_back_is_the_same_field():
    state = replay(
        [
            parse("db/1.sql", "CREATE TABLE users (email text);"),
            parse("db/2.sql", "ALTER TABLE users RENAME COLUMN email TO mail;"),
            parse("db/3.sql", "ALTER TABLE users RENAME COLUMN mail TO email;"),
        ]
    )
    assert sorted(state) == [("users", "email")]
    assert [s.path for s in state[("users", "email")].sites] == ["db/1.sql", "db/2.sql", "db/3.sql"]


DJANGO_0001 = """
    from django.db import migrations, models

    class Migration(migrations.Migration):
        operations = [
            migrations.CreateModel(
                "Customer",
                [
                    ("email", models.EmailField(max_length=254)),
                    ("id", models.BigAutoField(primary_key=True)),
                    ("agent", models.ForeignKey("Agent", on_delete=models.CASCADE)),
                ],
            ),
            migrations.CreateModel(
                name="Account",
                fields=[("iban", models.CharField(max_length=34))],
                options={"db_table": "accounts"},
            ),
        ]
"""

DJANGO_0002 = """
    from django.db import migrations, models

    class Migration(migrations.Migration):
        operations = [
            migrations.RenameModel(old_name="Customer", new_name="Client"),
            migrations.RenameField(
                model_name="client",
                old_name="email",
                new_name="mail",
            ),
            migrations.RenameField(model_name="client", old_name="agent", new_name="advisor"),
            migrations.RenameModel("Account", "Ledger"),
            migrations.AddField(
                model_name="ledger",
                name="holder",
                field=models.CharField(max_length=80),
            ),
        ]
"""


def test_django_rename_model_and_rename_field_follow_the_table_and_the_column():
    first = parse("crm/migrations/0001_initial.py", DJANGO_0001)
    second = parse("crm/migrations/0002_rename.py", DJANGO_0002)
    state = replay([first, second])
    assert sorted(state) == [
        ("accounts", "holder"),  # a model with a db_table keeps its table when renamed
        ("accounts", "iban"),
        ("crm_client", "advisor_id"),  # a relation's column follows its new name
        ("crm_client", "id"),
        ("crm_client", "mail"),
    ]
    assert state[("crm_client", "mail")].schema.kind == "text"
    # e. the line of the field's name, not of the operation's first line
    lines = {f.schema.name: f.line for f in second.fields}
    assert lines["mail"] == 10 and lines["holder"] == 16


ALEMBIC = """
    from alembic import op
    import sqlalchemy as sa

    revision = "b2"
    down_revision = "a1"

    def upgrade():
        op.rename_table("users", "people")
        op.alter_column(
            "people",
            "email",
            new_column_name="mail",
        )
        op.add_column(
            "people",
            sa.Column("phone", sa.String(20)),
        )
"""


def test_alembic_rename_table_and_new_column_name_keep_the_field():
    users = parse("db/1.sql", "CREATE TABLE users (email text);")
    parsed = parse("migrations/versions/b2.py", ALEMBIC)
    state = replay([users, parsed])
    assert sorted(state) == [("people", "mail"), ("people", "phone")]
    assert state[("people", "mail")].schema.kind == "text"
    lines = {f.schema.name: f.line for f in parsed.fields}
    assert lines["mail"] == 13 and lines["phone"] == 17


# --- d. ClickHouse and named dialects ------------------------------------------------------

CLICKHOUSE = """\
CREATE TABLE IF NOT EXISTS analytics.events ON CLUSTER main
(
    user_id UInt64,
    email Nullable(String),
    country LowCardinality(String),
    ts DateTime64(3) DEFAULT now64() CODEC(Delta, ZSTD)
)
ENGINE = ReplicatedReplacingMergeTree('/clickhouse/{shard}/events', '{replica}')
PARTITION BY toYYYYMM(ts)
ORDER BY (user_id, ts)
SETTINGS index_granularity = 8192;

ALTER TABLE analytics.events ADD COLUMN phone Nullable(String) AFTER email;
"""


def test_clickhouse_merge_tree_tables_are_read():
    parsed = parse("clickhouse/001_events.sql", CLICKHOUSE)
    got = {
        f.schema.name: (f.schema.kind, f.schema.nullable, f.line, f.action) for f in parsed.fields
    }
    assert got == {
        "user_id": ("integer", False, 3, "add"),
        "email": ("text", True, 4, "add"),
        "country": ("text", False, 5, "add"),
        "ts": ("datetime", False, 6, "add"),
        "phone": ("text", True, 13, "add"),
    }


def test_a_dialect_comment_chooses_any_sqlglot_dialect():
    sql = (
        "-- dialect: bigquery\n"
        "CREATE TABLE `proj.ds.people` (\n  id INT64,\n  email STRING,\n  ts TIMESTAMP\n)\n"
        'PARTITION BY DATE(ts)\nCLUSTER BY email\nOPTIONS (description = "people");\n'
    )
    parsed = parse("warehouse/people.sql", sql)
    assert [(f.container, f.schema.name, f.schema.kind, f.line) for f in parsed.fields] == [
        ("proj.ds.people", "id", "integer", 3),
        ("proj.ds.people", "email", "text", 4),
        ("proj.ds.people", "ts", "datetime", 5),
    ]


@pytest.mark.parametrize("path", ["warehouse/bigquery/people.sql", "people.bigquery.sql"])
def test_a_folder_or_a_suffix_naming_a_dialect_chooses_it(path):
    sql = (
        "CREATE TABLE `proj.ds.people` (\n  id INT64,\n  email STRING\n)\n"
        'PARTITION BY DATE(ts)\nOPTIONS (description = "people");\n'
    )
    parsed = parse(path, sql)
    assert [(f.schema.name, f.line) for f in parsed.fields] == [("id", 2), ("email", 3)]


def test_an_unparsable_clickhouse_file_gives_one_problem_with_its_file_and_line():
    sql = (
        "CREATE TABLE x (a UInt64) ENGINE = MergeTree ORDER BY a;\n\n"
        "CREATE TABLE y (\n  a Str ing(\n) ENGINE = Log;\n"
    )
    parsed = read_schema_file("ch/bad.sql", sql)
    assert parsed is not None
    (problem,) = parsed.problems
    assert (problem.path, problem.line) == ("ch/bad.sql", 4)


# --- e. lines point at the field -------------------------------------------------------------


def test_sql_lines_are_those_of_the_columns():
    sql = (
        "-- comment\n\nCREATE TABLE users\n(\n  id int,\n\n  email text\n);\n"
        "ALTER TABLE users\n  ADD COLUMN phone text;\n"
    )
    parsed = parse("1.sql", sql)
    assert [(f.schema.name, f.line) for f in parsed.fields] == [
        ("id", 5),
        ("email", 7),
        ("phone", 10),
    ]


def test_a_mysql_memory_table_is_not_read_as_clickhouse():
    sql = "CREATE TABLE `t` (`id` int NOT NULL, `email` varchar(20)) ENGINE=Memory;"
    parsed = parse("db/1.sql", sql)
    assert [(f.schema.name, f.schema.nullable) for f in parsed.fields] == [
        ("id", False),
        ("email", True),
    ]


def test_table_statements_no_dialect_understands_are_one_problem_on_the_first_ones_line():
    bad = 'CREATE TABLE `p.d.{0}` (\n  id INT64\n)\nOPTIONS (description = "{0}");'
    sql = "CREATE TABLE ok (a int);\n\n" + bad.format("people") + "\n\n" + bad.format("other")
    parsed = read_schema_file("warehouse/x.sql", sql)
    assert parsed is not None and [f.schema.name for f in parsed.fields] == ["a"]
    (problem,) = parsed.problems
    assert (problem.path, problem.line) == ("warehouse/x.sql", 3)
    assert "1 more in the file" in problem.message


ALEMBIC_RAW_SQL = '''
    from alembic import op
    import sqlalchemy as sa

    revision = "c3"
    down_revision = "b2"

    def upgrade():
        op.execute("UPDATE users SET active = true")
        op.execute(
            """
            ALTER TABLE users
                ADD COLUMN iban text;
            """
        )
        op.execute(sa.text("ALTER TABLE users RENAME COLUMN email TO mail"))

    def downgrade():
        op.execute("ALTER TABLE users DROP COLUMN iban")
'''


def test_alembic_raw_sql_in_op_execute_is_read_as_ddl_on_its_lines():
    parsed = parse("alembic/versions/c3.py", ALEMBIC_RAW_SQL)
    assert [(f.schema.name, f.action, f.old_name, f.line) for f in parsed.fields] == [
        ("iban", "add", None, 13),
        ("mail", "rename", "email", 16),
    ]


DJANGO_RUN_SQL = '''
    from django.db import migrations

    class Migration(migrations.Migration):
        operations = [
            migrations.RunSQL(
                sql=[
                    "ALTER TABLE crm_customer ADD COLUMN iban text",
                    ("ALTER TABLE crm_customer ADD COLUMN phone text", []),
                ],
                reverse_sql="ALTER TABLE crm_customer DROP COLUMN iban",
            ),
            migrations.RunSQL("UPDATE crm_customer SET iban = NULL"),
        ]
'''


def test_django_run_sql_is_read_as_ddl_and_its_reverse_sql_is_not():
    parsed = parse("crm/migrations/0003_sql.py", DJANGO_RUN_SQL)
    assert [(f.container, f.schema.name, f.action, f.line) for f in parsed.fields] == [
        ("crm_customer", "iban", "add", 8),
        ("crm_customer", "phone", "add", 9),
    ]


def test_folder_names_that_are_no_dialect_never_search_installed_plugins(monkeypatch):
    # sqlglot looks an unknown dialect name up among installed plugins, which costs more
    # than parsing the file: `pdmap check` on 500 migrations must stay under a second.
    from sqlglot.dialects import dialect

    lookups: list[object] = []
    real = dialect.entry_points
    monkeypatch.setattr(dialect, "entry_points", lambda: lookups.append(1) or real())
    parsed = parse("db/migrations/V1__users.sql", "CREATE TABLE users (email text);")
    assert [f.schema.name for f in parsed.fields] == ["email"]
    assert lookups == []
