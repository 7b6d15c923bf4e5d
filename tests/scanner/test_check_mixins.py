"""`pdmap check` reads the columns a SQLAlchemy model gets from its mixins and abstract
bases: `@declared_attr` methods (issue 15, "ORM inheritance ... read faithfully")."""

from __future__ import annotations

import textwrap

from connectors.schema import read_schema_file


def parse(path: str, source: str):
    parsed = read_schema_file(path, textwrap.dedent(source))
    assert parsed is not None, f"{path} not recognised as a schema file"
    assert not parsed.problems, parsed.problems
    return parsed


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
