"""The link pass on a shop whose true membership is known (tests/scanner/shop.py)."""

from __future__ import annotations

import re
from typing import Any

import pytest
import sqlalchemy as sa

from scanner.core.types import ContainerSchema, FieldSchema, ForeignKey
from scanner.index import inventory as inv
from scanner.index import queries
from scanner.index.store import Index
from scanner.link.sql import plan_source
from tests.scanner import shop
from tests.scanner.shop import Linked, membership


@pytest.fixture
def index(index_url: str) -> Any:
    idx = Index(index_url)
    yield idx
    idx.close()


def persons_to_subjects(found: dict[tuple[str, str], set[int]]) -> dict[Any, set[int]]:
    truth = shop.expected_people()
    assert set(found) == set(truth), set(found) ^ set(truth)
    out: dict[Any, set[int]] = {}
    for row, people in truth.items():
        assert len(found[row]) == len(people), row
        for person in people:
            out.setdefault(person, set()).update(found[row])
    return out


def test_every_row_belongs_to_its_true_person_and_only_them(shop_url: str, index: Index) -> None:
    shop.build(shop_url).dispose()
    Linked(shop_url, index)
    by_person = persons_to_subjects(membership(index))
    assert all(len(s) == 1 for s in by_person.values()), by_person
    subjects = [next(iter(s)) for s in by_person.values()]
    assert len(set(subjects)) == len(subjects), "two people share a subject"


def test_the_same_email_in_customers_and_newsletter_is_one_person(shop_url: str,
                                                                  index: Index) -> None:
    shop.build(shop_url).dispose()
    Linked(shop_url, index)
    m = membership(index)
    alice = m[("main.customers", "1")]
    assert m[("main.newsletter", shop.hmac(" Alice.Martin@EXAMPLE.com"))] == alice
    assert m[("main.newsletter", shop.hmac("prospect@example.org"))] != alice
    assert ("main.newsletter", shop.hmac("N/A")) not in m


def test_fk_children_belong_to_the_parent_subject(shop_url: str, index: Index) -> None:
    shop.build(shop_url).dispose()
    Linked(shop_url, index)
    m = membership(index)
    alice = m[("main.customers", "1")]
    assert m[("main.orders", "101")] == m[("main.orders", "200")] == alice
    assert m[("main.order_lines", "200,2")] == alice
    assert m[("main.support_tickets", "4")] == alice
    assert m[("main.reviews", "1")] == m[("main.reviews", "3")] == alice
    assert ("main.products", "1") not in m
    assert shop.runs_of(index, "reviews") == 3  # customers 1, 9 and 16
    assert shop.runs_of(index, "orders") == 0  # order lines hang from orders


def test_garbage_and_shared_addresses_never_merge_people(shop_url: str, index: Index) -> None:
    shop.build(shop_url).dispose()
    Linked(shop_url, index)
    m = membership(index)
    for a, b in [("3", "4"), ("5", "6"), ("6", "7"), ("7", "8"), ("1", "9")]:
        assert m[("main.customers", a)] != m[("main.customers", b)], (a, b)


def test_a_value_shared_by_more_rows_than_the_limit_does_not_merge(shop_url: str,
                                                                   index: Index) -> None:
    shop.build(shop_url).dispose()
    Linked(shop_url, index, max_shared=3)
    m = membership(index)
    assert len({frozenset(m[("main.customers", str(c))]) for c in range(10, 15)}) == 5


def test_under_the_limit_a_shared_value_identifies_but_a_foreign_key_never_merges(
        shop_url: str, index_url: str) -> None:
    shop.build(shop_url).dispose()
    index = Index(index_url)
    Linked(shop_url, index, max_shared=10)
    m = membership(index)
    first, second = m[("main.customers", "10")], m[("main.customers", "11")]
    assert first != second
    # Ticket 101 is customer 11's by its key, and holds the address first seen on 10's
    # ticket: a child's identifier that differs from its owner's e-mail only annotates.
    assert m[("main.support_tickets", "101")] == second
    found = queries.find_subject(index, shop.KEY, "family@example.org")
    assert found["subject"] is None and set(found["candidates"]) >= first | second
    index.close()


def test_a_child_row_holding_another_persons_identifier_is_a_reference_not_a_merge(
        shop_url: str, index: Index) -> None:
    """Ticket 5 hangs off customer 15 and carries 16's phone: it stays 15's; 16 gets a
    reference limited to the phone column; the two are never merged."""
    shop.build(shop_url).dispose()
    linked = Linked(shop_url, index)
    m = membership(index)
    assert m[("main.customers", "15")] != m[("main.customers", "16")]
    assert m[("main.support_tickets", "5")] == m[("main.customers", "15")]
    assert membership(index, "reference")[("main.support_tickets", "5")] == \
        m[("main.customers", "16")]
    found = queries.find_subject(index, shop.KEY, "+33 7 81 22 33 44")
    ref = [o for o in found["occurrences"] if o["role"] == "reference"]
    assert [(shop.as_main(o["container"]), o["item"], o["fields"]) for o in ref] == [
        ("main.support_tickets", {"id": 5}, ["phone"])]
    assert not linked.report.counters.get("subjects_merged")
    with index.connect() as conn:
        count = conn.execute(sa.select(sa.func.count()).select_from(inv.subjects)).scalar_one()
    assert count == len(set().union(*m.values()))

def test_weak_names_annotate_without_merging(shop_url: str, index: Index) -> None:
    shop.build(shop_url).dispose()
    Linked(shop_url, index)
    found = queries.find_subject(index, shop.KEY, "MARTIN alice", kind="name")
    assert found["subject"] is None and len(found["candidates"]) == 2
    assert not found["strong"]


def test_when_a_schema_declares_no_fk_then_customer_id_links_to_customers() -> None:
    def table(name: str, *cols: str, fks: tuple[ForeignKey, ...] = ()) -> ContainerSchema:
        return ContainerSchema("s", f"main.{name}", tuple(
            FieldSchema(c, "integer" if c.endswith("id") else "text", primary_key=c == "id")
            for c in cols), ("id",), fks)

    cs = [table("customers", "id", "email"), table("orders", "id", "customer_id", "note"),
          table("visits", "id", "customerId"), table("audit", "id", "product_id")]
    verdicts = {c.name: shop.verdicts_for(c) for c in cs}
    plans = {p.container.name: p for p in plan_source(cs, verdicts)}
    assert [p.parent for p in plans["main.orders"].parents] == ["main.customers"]
    assert not plans["main.orders"].parents[0].declared
    assert [p.parent for p in plans["main.visits"].parents] == ["main.customers"]
    assert "main.audit" not in plans
    assert list(plans)[0] == "main.customers"


def test_cycles_in_foreign_keys_are_broken_and_parents_come_first() -> None:
    a = ContainerSchema("s", "main.a", (FieldSchema("id", "integer", primary_key=True),
                                        FieldSchema("email", "text"),
                                        FieldSchema("b_id", "integer")), ("id",),
                        (ForeignKey(("b_id",), "main.b", ("id",)),))
    b = ContainerSchema("s", "main.b", (FieldSchema("id", "integer", primary_key=True),
                                        FieldSchema("a_id", "integer")), ("id",),
                        (ForeignKey(("a_id",), "main.a", ("id",)),))
    c = ContainerSchema("s", "main.c", (FieldSchema("id", "integer", primary_key=True),
                                        FieldSchema("b_id", "integer")), ("id",),
                        (ForeignKey(("b_id",), "main.b", ("id",)),))
    verdicts = {x.name: shop.verdicts_for(x) for x in (a, b, c)}
    order = [p.container.name for p in plan_source([c, b, a], verdicts)]
    assert set(order) == {"main.a", "main.b", "main.c"}
    assert order.index("main.b") < order.index("main.c")


# -- incremental -------------------------------------------------------------------------------


SHOP_TABLE = re.compile(
    r'FROM\s+(?:[`"]?\w+[`"]?\.)?[`"]?(customers|orders|order_lines|newsletter|support_tickets'
    r'|reviews)\b')


def _row_reads(run: Any) -> list[str]:
    """Statements that read rows of a shop table (not counts), seen through SQLAlchemy events."""
    seen: list[str] = []

    def listen(_conn: Any, _cur: Any, statement: str, *_: Any) -> None:
        if SHOP_TABLE.search(statement) and "count(" not in statement.lower():
            seen.append(statement)

    sa.event.listen(sa.Engine, "before_cursor_execute", listen)
    try:
        run()
    finally:
        sa.event.remove(sa.Engine, "before_cursor_execute", listen)
    return seen


def test_an_unchanged_rescan_reads_no_row(shop_url: str, index: Index) -> None:
    shop.build(shop_url).dispose()
    first: list[Linked] = []
    assert _row_reads(lambda: first.append(Linked(shop_url, index))), "the probe sees reads"
    before = membership(index)
    again: list[Linked] = []
    assert _row_reads(lambda: again.append(Linked(shop_url, index))) == []
    assert again[0].report.counters.get("subject_rows", 0) == 0
    assert again[0].report.counters["containers_link_unchanged"] == \
        first[0].report.counters["containers_linked"] == 6
    assert membership(index) == before


def test_added_changed_and_deleted_rows_are_reflected(shop_url: str, index: Index) -> None:
    engine = shop.build(shop_url)
    Linked(shop_url, index)
    alice = membership(index)[("main.customers", "1")]
    with engine.begin() as conn:
        conn.execute(shop.customers.insert().values(id=17, first_name="Tom", last_name="Neuf",
                                                    email="tom@example.com"))
        conn.execute(shop.orders.insert().values(id=300, customer_id=1, amount="1.00"))
        conn.execute(shop.order_lines.delete().where(shop.order_lines.c.order_id == 102))
        conn.execute(shop.orders.delete().where(shop.orders.c.id == 102))
        conn.execute(shop.newsletter.delete().where(
            shop.newsletter.c.email == "prospect@example.org"))
    engine.dispose()
    prospect = queries.find_subject(index, shop.KEY, "prospect@example.org")["subject"]
    assert prospect is not None
    linked = Linked(shop_url, index)
    m = membership(index)
    assert m[("main.orders", "300")] == alice
    assert ("main.customers", "17") in m and m[("main.customers", "17")] != alice
    assert ("main.orders", "102") not in m and ("main.order_lines", "102,1") not in m
    assert ("main.newsletter", shop.hmac("prospect@example.org")) not in m
    assert queries.find_subject(index, shop.KEY, "prospect@example.org")["subject"] is None
    assert linked.report.counters["subjects_dropped"] == 1


def test_a_change_seen_by_updated_at_is_reflected(shop_url: str, index: Index) -> None:
    engine = shop.build(shop_url)
    with engine.begin() as conn:
        conn.execute(sa.text("ALTER TABLE newsletter ADD COLUMN updated_at INTEGER"))
        conn.execute(sa.text("UPDATE newsletter SET updated_at = 1"))
    Linked(shop_url, index)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE newsletter SET email = 'new.prospect@example.org', "
                             "updated_at = 2 WHERE email = 'prospect@example.org'"))
    engine.dispose()
    Linked(shop_url, index)
    assert queries.find_subject(index, shop.KEY, "new.prospect@example.org")["subject"] is not None
    assert queries.find_subject(index, shop.KEY, "prospect@example.org")["subject"] is None


def test_a_child_row_whose_link_is_not_an_integer_takes_the_general_way(
        shop_url: str, index: Index) -> None:
    if not shop_url.startswith("sqlite"):
        pytest.skip("only SQLite keeps text in an INTEGER column")
    engine = shop.build(shop_url)
    with engine.begin() as conn:  # SQLite keeps text that is not a number as text
        conn.execute(sa.text("INSERT INTO orders (id, customer_id, amount) "
                             "VALUES (301, 'x1', 1), (302, 1, 1)"))
    engine.dispose()
    linked = Linked(shop_url, index)
    m = membership(index)
    assert m[("main.orders", "302")] == m[("main.customers", "1")]
    assert ("main.orders", "301") not in m
    assert linked.report.counters["rows_unlinked"] == 2  # 301, and the newsletter's N/A
