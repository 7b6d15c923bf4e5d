"""Alembic migrations, SQLAlchemy models and Django models and migrations, read with ast."""

from __future__ import annotations

import textwrap

from connectors.schema import read_schema_file, replay


def parse(path: str, source: str):
    parsed = read_schema_file(path, textwrap.dedent(source))
    assert parsed is not None, f"{path} not recognised as a schema file"
    assert not parsed.problems, parsed.problems
    return parsed


ALEMBIC_1 = '''
    """create users"""
    from alembic import op
    import sqlalchemy as sa

    revision = "a1"
    down_revision = None

    def upgrade():
        op.create_table(
            "users",
            sa.Column("id", sa.Integer(), primary_key=True),
            sa.Column("email", sa.String(255), nullable=False),
            sa.Column("notes", sa.Text()),
        )

    def downgrade():
        op.drop_table("users")
'''

ALEMBIC_2 = """
    from alembic import op
    import sqlalchemy as sa

    revision: str = "b2"
    down_revision: str | None = "a1"

    def upgrade():
        op.add_column("users", sa.Column("phone", sa.String(20)))
        op.alter_column("users", "email", new_column_name="email_address")
        with op.batch_alter_table("users") as batch_op:
            batch_op.drop_column("notes")
            batch_op.add_column(sa.Column("born", sa.Date()))

    def downgrade():
        op.drop_column("users", "phone")
"""


def test_alembic_upgrade_operations_are_read_and_downgrade_is_ignored():
    parsed = parse("alembic/versions/b2_phone.py", ALEMBIC_2)
    assert parsed.format == "alembic" and parsed.revision == "b2"
    assert parsed.down_revisions == ("a1",)
    events = [(f.container, f.schema.name, f.action, f.old_name) for f in parsed.fields]
    assert events == [
        ("users", "phone", "add", None),
        ("users", "email_address", "rename", "email"),
        ("users", "notes", "drop", None),
        ("users", "born", "add", None),
    ]
    assert parsed.fields[0].schema.native_type == "String(20)"
    assert parsed.fields[0].schema.kind == "text"


def test_alembic_files_replay_in_revision_order_not_file_name_order():
    # "0_..." sorts first by name but is the later revision.
    later = parse("versions/0_phone.py", ALEMBIC_2)
    first = parse("versions/9_users.py", ALEMBIC_1)
    state = replay([later, first])
    assert sorted(k[1] for k in state) == ["born", "email_address", "id", "phone"]


SQLALCHEMY = """
    from sqlalchemy import Column, Integer, String, Table, MetaData
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

    class Base(DeclarativeBase):
        pass

    class TimestampMixin:
        created_at = Column(DateTime)

    class Customer(TimestampMixin, Base):
        __tablename__ = "customers"
        __table_args__ = {"schema": "crm"}
        id: Mapped[int] = mapped_column(primary_key=True)
        first_name: Mapped[str] = mapped_column(String(50))
        iban: Mapped[str | None]
        orders: Mapped[list["Order"]] = relationship()
        legacy = Column("mail", String)

    audit = Table("audit", MetaData(), Column("ip_address", String(45)))
"""


def test_sqlalchemy_declarative_models_and_core_tables():
    parsed = parse("app/models.py", SQLALCHEMY)
    got = {(f.container, f.schema.name): (f.schema.kind, f.schema.nullable) for f in parsed.fields}
    assert got == {
        ("crm.customers", "created_at"): ("datetime", True),
        ("crm.customers", "id"): ("integer", False),
        ("crm.customers", "first_name"): ("text", False),
        ("crm.customers", "iban"): ("text", True),
        ("crm.customers", "mail"): ("text", True),
        ("audit", "ip_address"): ("text", True),
    }
    line = next(f.line for f in parsed.fields if f.schema.name == "first_name")
    assert line == 15


DJANGO_MODELS = """
    from django.db import models

    class Person(models.Model):
        class Meta:
            abstract = True
        first_name = models.CharField("first name", max_length=30)

    class Customer(Person):
        email = models.EmailField(null=True)
        account = models.ForeignKey("Account", on_delete=models.CASCADE)
        tags = models.ManyToManyField("Tag")

    class Invoice(models.Model):
        total = models.DecimalField(max_digits=9, decimal_places=2)
        class Meta:
            db_table = "billing_invoice"
"""


def test_django_models_use_the_app_label_or_db_table():
    parsed = parse("shop/crm/models.py", DJANGO_MODELS)
    got = {(f.container, f.schema.name): f.schema.kind for f in parsed.fields}
    assert got == {
        ("crm_customer", "id"): "integer",
        ("crm_customer", "first_name"): "text",
        ("crm_customer", "email"): "text",
        ("crm_customer", "account_id"): "integer",
        ("billing_invoice", "id"): "integer",
        ("billing_invoice", "total"): "decimal",
    }


DJANGO_0001 = """
    from django.db import migrations, models

    class Migration(migrations.Migration):
        initial = True
        dependencies = []
        operations = [
            migrations.CreateModel(
                name="Customer",
                fields=[
                    ("id", models.BigAutoField(primary_key=True)),
                    ("email", models.EmailField(max_length=254)),
                    ("nickname", models.CharField(max_length=20)),
                ],
                options={"db_table": "customers"},
            ),
        ]
"""

DJANGO_0002 = """
    from django.db import migrations, models

    class Migration(migrations.Migration):
        dependencies = [("crm", "0001_initial")]
        operations = [
            migrations.AddField(
                model_name="customer", name="phone", field=models.CharField(max_length=20)
            ),
            migrations.RenameField(model_name="customer", old_name="email", new_name="mail"),
            migrations.RemoveField(model_name="customer", name="nickname"),
            migrations.CreateModel(name="Tmp", fields=[("note", models.TextField())]),
            migrations.DeleteModel(name="Tmp"),
        ]
"""


def test_django_migrations_replay_onto_the_db_table_of_create_model():
    first = parse("crm/migrations/0001_initial.py", DJANGO_0001)
    second = parse("crm/migrations/0002_phone.py", DJANGO_0002)
    assert [f.action for f in second.fields] == ["add", "rename", "drop", "add", "drop"]
    state = replay([first, second])
    assert sorted(state) == [("customers", "id"), ("customers", "mail"), ("customers", "phone")]
    assert state[("customers", "mail")].schema.kind == "text"


def test_python_syntax_error_is_reported_with_its_line():
    parsed = read_schema_file(
        "crm/models.py", "from django.db import models\nclass X(models.Model:\n"
    )
    assert parsed is not None
    (problem,) = parsed.problems
    assert problem.line == 2 and problem.path == "crm/models.py"


def test_ordinary_python_is_not_a_schema_file():
    assert read_schema_file("app/views.py", "def index(request):\n    return 1\n") is None
