"""Root tables prepared in columns (scanner/link/prepare.py `Columns`): the same rows as the
row form, decided the same way, merges included, on one page or across pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from connectors.sql import SqlConnector
from scanner.core.config import SourceConfig
from scanner.core.types import ScanReport
from scanner.identifiers.hashing import Hasher
from scanner.identifiers.normalise import normalize_email
from scanner.index import inventory as inv
from scanner.index import queries
from scanner.index.store import Index
from scanner.link.prepare import Columns, Preparer
from scanner.link.roles import key_columns as _key_columns
from scanner.link.sql import plan_source
from tests.scanner import shop
from tests.scanner.shop import Linked, membership

md = sa.MetaData()
contacts = sa.Table(  # a root table with two strong identifiers and no foreign key
    "contacts", md, sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("email", sa.String(100)), sa.Column("phone", sa.String(30)))
# 1 and 2 look like two people until 3 carries 1's e-mail and 2's phone; 4 is someone else;
# 5 has nothing usable, but its key makes it a subject (a root table's key is an account).
CONTACTS = [(1, "max@example.com", None), (2, None, "06 11 22 33 44"),
            (3, "MAX@example.com", "+33 6 11 22 33 44"), (4, "eve@example.com", None),
            (5, "n/a", "")]


@pytest.fixture
def index(index_url: str) -> Any:
    idx = Index(index_url)
    yield idx
    idx.close()


def test_a_page_in_columns_holds_what_the_row_form_holds(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/shop.db"
    shop.build(url).dispose()
    connector = SqlConnector(SourceConfig(name="shop", url=url))
    containers = list(connector.discover(ScanReport()))
    plans = plan_source(containers, {c.name: shop.verdicts_for(c) for c in containers})
    plan = next(p for p in plans if p.container.name.endswith(".customers"))
    hasher = Hasher(shop.KEY)
    # Alice's address is shared (weak); Chloé and David's is a role address (weak too).
    shared = {hasher.digest("email", str(normalize_email("alice.martin@example.com")))}
    prep = Preparer(shop.KEY, plan, _key_columns(connector, plan.container), "FR", shared)
    [page] = list(connector.read_pages(plan.container, plan.fields()))
    connector.close()
    columns = prep.prepare(page)
    assert isinstance(columns, Columns)
    assert columns.rows() == prep.rows(page)
    rows, rejected = prep.rows(page)
    assert rejected > 0 and len(rows) == len(shop.CUSTOMERS)
    kinds = {(kind, strong) for _, ss, ws, *_ in rows
             for strong, found in ((True, ss), (False, ws)) for _, kind in found}
    assert {("email", True), ("email", False), ("phone", True), ("iban", True),
            ("name", False)} <= kinds


def test_a_key_that_is_not_an_integer_sends_the_page_in_rows(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/c.db"
    engine = sa.create_engine(url)
    with engine.begin() as conn:  # SQLite keeps text in a BIGINT column (not a rowid)
        conn.execute(sa.text("CREATE TABLE contacts (id BIGINT PRIMARY KEY, email TEXT)"))
        conn.execute(sa.text("INSERT INTO contacts VALUES (1, 'bo@example.com'), "
                             "('x7', 'ann@example.com')"))
    engine.dispose()
    connector = SqlConnector(SourceConfig(name="c", url=url))
    [c] = connector.discover(ScanReport())
    [plan] = plan_source([c], {c.name: shop.verdicts_for(c)})
    prep = Preparer(shop.KEY, plan, _key_columns(connector, c), "FR", set())
    [page] = list(connector.read_pages(c, plan.fields()))
    connector.close()
    assert prep.columnar and not isinstance(prep.prepare(page), Columns)


@pytest.mark.parametrize("page_size", [5000, 1], ids=["one-page", "a-page-a-row"])
def test_a_row_carrying_two_subjects_identifiers_merges_them(shop_url: str, index: Index,
                                                             page_size: int) -> None:
    engine = sa.create_engine(shop_url)
    md.drop_all(engine)
    md.create_all(engine)
    with engine.begin() as conn:
        conn.execute(contacts.insert(), [{"id": i, "email": e, "phone": p}
                                         for i, e, p in CONTACTS])
    engine.dispose()
    linked = Linked(shop_url, index, source_options={"page_size": page_size})
    m = membership(index)
    assert m[("main.contacts", "1")] == m[("main.contacts", "2")] == m[("main.contacts", "3")]
    assert m[("main.contacts", "4")] != m[("main.contacts", "1")]
    assert len(m[("main.contacts", "1")]) == 1
    assert len({frozenset(m[("main.contacts", str(i))]) for i in range(1, 6)}) == 3
    counters = linked.report.counters
    assert counters["subjects_merged"] == 1 and "rows_unlinked" not in counters
    # 1's (2's merged into it), 4's and 5's; on one page, 2's is never counted as created
    assert counters["subjects_created"] - (page_size == 1) == 3
    assert counters["identifiers_rejected"] == 2
    max_ = queries.find_subject(index, shop.KEY, "max@example.com")
    assert queries.find_subject(index, shop.KEY, "0611223344", "phone")["subject"] == \
        max_["subject"]
    assert sorted(o["item"]["id"] for o in max_["occurrences"]) == [1, 2, 3]
    with index.connect() as conn:
        subjects = set(conn.execute(sa.select(inv.subjects.c.id)).scalars())
        identified = set(conn.execute(sa.select(inv.identifiers.c.subject)).scalars())
    assert subjects == set().union(*m.values())
    assert identified == subjects - m[("main.contacts", "5")]  # 5 is known by its key only
