"""A small schema with awkward names and types, built portably with SQLAlchemy Core."""

from __future__ import annotations

import sqlalchemy as sa

ROWS = 57


def build(url: str) -> None:
    engine = sa.create_engine(url)
    md = sa.MetaData()
    people = sa.Table(
        "People Table", md,
        sa.Column("ID", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("full name", sa.String(100)),
        sa.Column('we"ird', sa.String(50)),
        sa.Column("eMail", sa.String(200)),
        sa.Column("photo", sa.LargeBinary),
        sa.Column("prefs", sa.JSON),
        sa.Column("balance", sa.Numeric(10, 2)),
    )
    sa.Table(
        "visits", md,
        sa.Column("person_id", sa.Integer, sa.ForeignKey("People Table.ID"), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("page", sa.String(200)),
    )
    sa.Table("empty_one", md, sa.Column("id", sa.Integer, primary_key=True),
             sa.Column("note", sa.Text))
    nokey = sa.Table("no_key", md, sa.Column("label", sa.String(20)),
                     sa.Column("n", sa.Integer))
    md.drop_all(engine)
    md.create_all(engine)
    with engine.begin() as conn:
        conn.execute(people.insert(), [
            {"ID": i, "full name": None if i % 10 == 0 else f"Person {i}",
             'we"ird': f"value {i}", "eMail": f"p{i}@example.com",
             "photo": bytes([i % 256]) * 8 if i % 3 else None,
             "prefs": {"lang": "fr", "n": i}, "balance": f"{i}.50"}
            for i in range(1, ROWS + 1)])
        conn.execute(md.tables["visits"].insert(), [
            {"person_id": 1 + i % ROWS, "seq": i, "page": f"/p/{i}"} for i in range(120)])
        conn.execute(nokey.insert(), [{"label": f"l{i}", "n": i} for i in range(5)])
    engine.dispose()
