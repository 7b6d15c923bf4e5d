"""`pdmap check` reads the columns a SQLAlchemy model gets from its mixins and abstract
bases: `@declared_attr` methods, and bases defined in another file than the model (issue 15,
"ORM inheritance ... read faithfully", "SQLAlchemy cross-file inheritance")."""

from __future__ import annotations

import subprocess
import tarfile
import textwrap
from pathlib import Path

import pytest

from connectors.schema import SCHEMA_SUFFIXES, read_schema_file, replay
from scanner.check.gate import _from_json, _to_json, run_check
from scanner.core.config import parse_config
from scanner.core.types import FieldRef, FieldSchema, FieldVerdict
from scanner.detect.classify import classify_field


def parse(path: str, source: str):
    parsed = read_schema_file(path, textwrap.dedent(source))
    assert parsed is not None, f"{path} not recognised as a schema file"
    assert not parsed.problems, parsed.problems
    return parsed


def final(*files: tuple[str, str]) -> dict[str, tuple[str, str, str]]:
    """table.column -> (native type, references, "path:line" of its last declaration)."""
    state = replay(parse(path, text) for path, text in files)
    return {
        f"{c}.{n}": (s.schema.native_type, s.schema.references, f"{s.sites[-1].path}:"
                     f"{s.sites[-1].line}")
        for (c, n), s in state.items()
    }


# --- @declared_attr in the file of the model ----------------------------------------------

DECLARED_ATTR = """\
    import sqlalchemy
    import sqlalchemy as sa
    from sqlalchemy import Column, ForeignKey, Integer, String
    from sqlalchemy.ext.declarative import declared_attr
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


    class Base(DeclarativeBase):
        pass


    class AuditMixin:
        created_on = Column(sa.DateTime, nullable=False)

        @declared_attr
        def created_by_fk(cls):
            return Column(Integer, ForeignKey("ab_user.id"), default=cls.user, nullable=False)

        @declared_attr
        def created_by(cls):
            return relationship("User", primaryjoin="%s.created_by_fk == User.id" % cls.__name__)

        @declared_attr.cascading
        def tenant_id(cls):
            return Column(Integer, ForeignKey("tenants.id"))

        @sa.orm.declared_attr
        def owner_email(cls) -> Mapped[str | None]:
            return mapped_column(String(255))

        @sqlalchemy.orm.declared_attr
        def legacy(cls):
            if cls.__name__ == "Invoice":
                return Column("legacy_code", String(20))
            return Column("legacy_code", String(40))

        @declared_attr.directive
        def __tablename__(cls):
            return cls.__name__.lower()

        @declared_attr.directive
        def audit_flavour(cls):
            return Column(String)  # a directive is not a column

        def not_a_column(cls):
            return Column(String)


    class Invoice(AuditMixin, Base):
        __tablename__ = "invoices"
        id = Column(Integer, primary_key=True)

        @declared_attr
        def customer_id(cls) -> Mapped[int]:
            return mapped_column(ForeignKey("customers.id"))
"""


def test_declared_attr_methods_that_return_a_column_are_fields():
    parsed = parse("app/models.py", DECLARED_ATTR)
    got = {(f.container, f.schema.name): (f.schema.native_type, f.schema.references, f.line)
           for f in parsed.fields}
    assert got == {
        ("invoices", "created_on"): ("DateTime", "", 13),
        ("invoices", "created_by_fk"): ("Integer", "ab_user", 16),  # the method's line
        ("invoices", "tenant_id"): ("Integer", "tenants", 24),
        ("invoices", "owner_email"): ("String(255)", "", 28),
        # the name the Column call gives; the first column the method returns
        ("invoices", "legacy_code"): ("String(20)", "", 32),
        ("invoices", "id"): ("Integer", "", 51),
        ("invoices", "customer_id"): ("Integer", "customers", 54),  # Mapped[int] states it
    }
    # relationships, directives and plain methods are no fields
    nullable = {f.schema.name: f.schema.nullable for f in parsed.fields}
    assert nullable["owner_email"] is True and nullable["customer_id"] is False
    assert nullable["created_by_fk"] is False


# --- bases in another file ----------------------------------------------------------------

MIXINS = """\
    import sqlalchemy as sa
    from sqlalchemy.ext.declarative import declared_attr


    class TimestampMixin:
        created_at = sa.Column(sa.DateTime, nullable=False)
        updated_at = sa.Column(sa.DateTime)


    class OwnedMixin(TimestampMixin):
        @declared_attr
        def owner_id(cls):
            return sa.Column(sa.Integer, sa.ForeignKey("users.id"), nullable=True)
"""

USER = """\
    import sqlalchemy as sa
    from app.db import Base
    from .mixins import OwnedMixin, TimestampMixin


    class User(Base, TimestampMixin):
        __tablename__ = "users"
        id = sa.Column(sa.Integer, primary_key=True)
        email = sa.Column(sa.String(255))


    class Note(OwnedMixin, Base):
        __tablename__ = "notes"
        id = sa.Column(sa.Integer, primary_key=True)
"""


def test_a_mixin_in_another_file_gives_its_columns_with_their_site():
    got = final(("app/models/mixins.py", MIXINS), ("app/models/user.py", USER))
    assert got == {
        "users.created_at": ("DateTime", "", "app/models/mixins.py:6"),
        "users.updated_at": ("DateTime", "", "app/models/mixins.py:7"),
        "users.id": ("Integer", "", "app/models/user.py:8"),
        "users.email": ("String(255)", "", "app/models/user.py:9"),
        # a mixin of a mixin, and a @declared_attr column of a mixin of another file
        "notes.created_at": ("DateTime", "", "app/models/mixins.py:6"),
        "notes.updated_at": ("DateTime", "", "app/models/mixins.py:7"),
        "notes.owner_id": ("Integer", "users", "app/models/mixins.py:12"),
        "notes.id": ("Integer", "", "app/models/user.py:14"),
    }


def test_an_abstract_base_in_another_module_gives_its_columns_and_is_no_table():
    base = """\
        from sqlalchemy import Column, DateTime, Integer, String
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class BaseModel(Base):
            __abstract__ = True
            id = Column(Integer, primary_key=True)
            created_at = Column(DateTime)


        class PersonBase(BaseModel):
            __abstract__ = True
            first_name = Column(String(80))
    """
    customer = """\
        from sqlalchemy import Column, String
        from myshop.models.base import PersonBase


        class Customer(PersonBase):
            __tablename__ = "customers"
            phone = Column(String(30))
    """
    got = final(("src/myshop/models/base.py", base), ("src/myshop/models/customer.py", customer))
    assert got == {
        "customers.id": ("Integer", "", "src/myshop/models/base.py:9"),
        "customers.created_at": ("DateTime", "", "src/myshop/models/base.py:10"),
        "customers.first_name": ("String(80)", "", "src/myshop/models/base.py:15"),
        "customers.phone": ("String(30)", "", "src/myshop/models/customer.py:7"),
    }


TWO_MIXINS = {
    "billing/mixins.py": """\
        import sqlalchemy as sa

        class ContactMixin:
            iban = sa.Column(sa.String(34))
    """,
    "crm/mixins.py": """\
        import sqlalchemy as sa

        class ContactMixin:
            email = sa.Column(sa.String(255))
            phone = sa.Column(sa.String(30))
    """,
}


@pytest.mark.parametrize("imported", ["crm", "billing"])
def test_of_two_classes_of_the_same_name_the_one_the_model_imports_wins(imported):
    model = f"""\
        import sqlalchemy as sa
        from {imported}.mixins import ContactMixin
        from core.db import Base

        class Account(ContactMixin, Base):
            __tablename__ = "accounts"
            id = sa.Column(sa.Integer, primary_key=True)
    """
    got = final(*TWO_MIXINS.items(), ("core/accounts.py", model))
    columns = {key.split(".")[1] for key in got}
    wanted = {"iban"} if imported == "billing" else {"email", "phone"}
    assert columns == {"id"} | wanted
    assert {got[f"accounts.{c}"][2].split(":")[0] for c in wanted} == {f"{imported}/mixins.py"}


def test_a_model_that_redeclares_a_mixin_column_keeps_its_own():
    model = """\
        import sqlalchemy as sa
        from app.db import Base
        from app.models.mixins import TimestampMixin


        class Event(TimestampMixin, Base):
            __tablename__ = "events"
            id = sa.Column(sa.Integer, primary_key=True)
            created_at = sa.Column(sa.String(32))  # an ISO string here
    """
    state = replay([parse("app/models/mixins.py", MIXINS), parse("app/models/event.py", model)])
    created = state[("events", "created_at")]
    assert created.schema.native_type == "String(32)"
    assert created.schema.nullable is True
    assert [f"{s.path}:{s.line}" for s in created.sites] == [
        "app/models/mixins.py:6",
        "app/models/event.py:9",
    ]
    assert state[("events", "updated_at")].schema.native_type == "DateTime"


def test_a_model_with_only_inherited_columns_is_read_and_a_script_naming_tablename_is_not():
    model = """\
        from sqlalchemy.orm import DeclarativeBase
        from app.models.mixins import TimestampMixin

        class Base(DeclarativeBase):
            pass

        class Tag(TimestampMixin, Base):
            __tablename__ = "tags"
    """
    got = final(("app/models/mixins.py", MIXINS), ("app/models/tag.py", model))
    assert sorted(got) == ["tags.created_at", "tags.updated_at"]
    script = """\
        from sqlalchemy import create_engine
        for table in tables:
            print "dropping", table.__tablename__
    """
    assert read_schema_file("bin/migrate.py", textwrap.dedent(script)) is None


def test_a_mixin_imported_under_another_name_or_through_its_module():
    model = """\
        import sqlalchemy as sa
        import app.mixins as mx
        from app import mixins
        from app.mixins import TimestampMixin as Stamped
        from app.db import Base


        class A(Stamped, Base):
            __tablename__ = "a"


        class B(mx.TimestampMixin, Base):
            __tablename__ = "b"


        class C(mixins.TimestampMixin, Base):
            __tablename__ = "c"
    """
    got = final(("app/mixins.py", MIXINS), ("app/models.py", model))
    assert sorted(got) == [f"{t}.{c}" for t in "abc" for c in ("created_at", "updated_at")]


def test_a_base_re_exported_or_star_imported_is_found_by_its_name():
    model = """\
        import sqlalchemy as sa
        from app.models import TimestampMixin
        from app.models.mixins import *


        class A(TimestampMixin, Base):
            __tablename__ = "a"


        class B(OwnedMixin, Base):
            __tablename__ = "b"
    """
    got = final(("app/models/mixins.py", MIXINS), ("app/views/models.py", model))
    assert sorted(got) == [
        "a.created_at", "a.updated_at", "b.created_at", "b.owner_id", "b.updated_at"
    ]


def test_a_class_of_a_package_outside_the_repository_is_not_taken_for_one_of_the_same_name():
    local = """\
        import sqlalchemy as sa

        class UserMixin:
            password_hash = sa.Column(sa.String(128))
    """
    model = """\
        import sqlalchemy as sa
        from flask_login import UserMixin
        from app.db import db

        class Member(UserMixin, db.Model):
            __tablename__ = "members"
            id = sa.Column(sa.Integer, primary_key=True)
    """
    got = final(("app/auth/mixins.py", local), ("app/members.py", model))
    assert sorted(got) == ["members.id"]


def test_a_mapped_base_in_another_file_gives_nothing_to_a_joined_child_and_takes_a_plain_one():
    parent = """\
        import sqlalchemy as sa
        from app.db import Base

        class Person(Base):
            __tablename__ = "people"
            id = sa.Column(sa.Integer, primary_key=True)
            name = sa.Column(sa.String(100))
    """
    children = """\
        import sqlalchemy as sa
        from app.people import Person

        class Employee(Person):  # joined inheritance: a table of its own
            __tablename__ = "employees"
            id = sa.Column(sa.Integer, sa.ForeignKey("people.id"), primary_key=True)
            badge = sa.Column(sa.String(20))

        class Customer(Person):  # single-table inheritance: its columns go to people
            loyalty_card = sa.Column(sa.String(20))
    """
    got = final(("app/people.py", parent), ("app/staff.py", children))
    assert sorted(got) == [
        "employees.badge",
        "employees.id",
        "people.id",
        "people.loyalty_card",
        "people.name",
    ]
    assert got["employees.id"][1] == "people"


def test_the_parse_cache_round_trips_the_classes_a_file_records():
    for path, text in [("app/models/mixins.py", MIXINS), ("app/models/user.py", USER)]:
        parsed = parse(path, text)
        assert parsed.classes
        assert _from_json(_to_json(parsed)) == parsed


def _judge(ref: FieldRef, schema: FieldSchema, siblings=()) -> FieldVerdict:
    return classify_field(ref, schema, siblings=siblings)


def test_pdmap_check_reads_a_mixin_of_another_file_cold_and_from_its_cache(tmp_path):
    repo = tmp_path / "app"
    for path, text in [("app/models/mixins.py", MIXINS), ("app/models/user.py", USER)]:
        (repo / path).parent.mkdir(parents=True, exist_ok=True)
        (repo / path).write_text(textwrap.dedent(text))
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
    config = parse_config({"datamap": []}, repo)
    runs = [
        run_check(repo, config, all_fields=True, judge=_judge, cache_dir=tmp_path / "cache")
        for _ in range(2)
    ]
    assert (tmp_path / "cache").exists()
    for result in runs:
        assert result.fields_checked == 8
        assert sorted(result.container_fields["notes"]) == [
            "created_at", "id", "owner_id", "updated_at"
        ]


# --- real applications --------------------------------------------------------------------

SDISTS = Path("/tmp/sdists")
REAL = {
    # FlaskBB: Post and Topic take HideableCRUDMixin from flaskbb/utils/database.py, whose
    # hidden_by_id is a @declared_attr.
    "FlaskBB-2.0.2": {
        "posts.hidden_by_id": ("users", "flaskbb/utils/database.py"),
        "topics.hidden_by_id": ("users", "flaskbb/utils/database.py"),
        "topics.hidden": ("", "flaskbb/utils/database.py"),
    },
    # Flask-AppBuilder: User's own @declared_attr columns; AuditMixin (models/mixins.py) in
    # the quickfiles example's Project.
    "Flask-AppBuilder-4.5.2": {
        "ab_user.created_by_fk": ("ab_user", "flask_appbuilder/security/sqla/models.py"),
        "ab_user.changed_by_fk": ("ab_user", "flask_appbuilder/security/sqla/models.py"),
        "project.created_by_fk": ("ab_user", "flask_appbuilder/models/mixins.py"),
        "project.changed_on": ("", "flask_appbuilder/models/mixins.py"),
    },
    # Flask-Security-Too: the fsqlalchemy1 example's User(db.Model, fsqla.FsUserMixin), the
    # mixin of fsqla_v2 extending the one of fsqla (imported as FsUserMixinV1).
    "Flask-Security-Too-5.4.3": {
        "myuser.email": ("", "flask_security/models/fsqla.py"),
        "myuser.tf_phone_number": ("", "flask_security/models/fsqla.py"),
        "myuser.username": ("", "flask_security/models/fsqla_v2.py"),
        "myuser.us_phone_number": ("", "flask_security/models/fsqla_v2.py"),
        "myrole.name": ("", "flask_security/models/fsqla.py"),
    },
}


@pytest.mark.parametrize("project", sorted(REAL))
def test_real_applications_mixins_are_read(project, tmp_path):
    sdist = SDISTS / f"{project}.tar.gz"
    if not sdist.exists():
        pytest.skip(f"{sdist} not downloaded")
    with tarfile.open(sdist) as tar:
        tar.extractall(tmp_path, filter="data")
    root = tmp_path / project
    files = []
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in SCHEMA_SUFFIXES:
            parsed = read_schema_file(str(p.relative_to(root)), p.read_text("utf-8", "replace"))
            if parsed is not None:
                files.append(parsed)
    state = replay(files)
    got = {f"{c}.{n}": s for (c, n), s in state.items()}
    for key, (references, path) in REAL[project].items():
        assert key in got, key
        assert got[key].schema.references == references, key
        assert got[key].sites[-1].path == path, key
