"""A shop whose true subject membership is known, and a helper that links it.

People (the truth): each customer id is one person. 15 and 16 share a name; a support
ticket of 15's carries 16's phone: a reference for 16 (its `phone` column), never a merge
(a child row's identifiers never merge anyone; docs/subjects.md). The newsletter has customer
1's address spelled differently, and a prospect (person "P") who is no customer. Reviews
hang from customers and nothing hangs from them: they are stored as runs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson
import sqlalchemy as sa

from connectors.sql import SqlConnector
from scanner.core.config import SourceConfig
from scanner.core.types import ContainerSchema, FieldVerdict, ScanReport
from scanner.index.store import Index
from scanner.link.sql import LinkOptions, link_source

KEY = bytes(range(32))
CATEGORIES = {
    "email": "contact.email", "phone": "contact.phone", "iban": "financial.bank_account",
    "first_name": "identity.name", "last_name": "identity.name",
    "customer_id": "identity.account_id", "card_number": "financial.payment_card",
    "message": "communications.message",
}
md = sa.MetaData()
customers = sa.Table(
    "customers", md,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("first_name", sa.String(50)), sa.Column("last_name", sa.String(50)),
    sa.Column("email", sa.String(100)), sa.Column("phone", sa.String(30)),
    sa.Column("iban", sa.String(40)))
orders = sa.Table(
    "orders", md,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
    sa.Column("amount", sa.Numeric(10, 2)))
order_lines = sa.Table(
    "order_lines", md,
    sa.Column("order_id", sa.Integer, sa.ForeignKey("orders.id"), primary_key=True),
    sa.Column("line_no", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("qty", sa.Integer))
newsletter = sa.Table(
    "newsletter", md, sa.Column("email", sa.String(100), primary_key=True),
    sa.Column("source", sa.String(20)))
tickets = sa.Table(
    "support_tickets", md,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id")),
    sa.Column("email", sa.String(100)), sa.Column("phone", sa.String(30)),
    sa.Column("message", sa.Text))
reviews = sa.Table(  # a leaf pure child: stored as runs (scanner/link/runs.py)
    "reviews", md,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id")),
    sa.Column("rating", sa.Integer))
products = sa.Table(
    "products", md, sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("name", sa.String(50)))

IBAN = "FR14 2004 1010 0505 0001 3M02 606"
CUSTOMERS = [
    # id, first, last, email, phone, iban
    (1, "Alice", "Martin", "alice.martin@example.com", "06 12 34 56 78", IBAN),
    (2, "Bruno", "Petit", "bruno.petit@example.org", None, None),
    (3, "Chloé", "Dubois", "info@shop.example", None, None),  # a shared address
    (4, "David", "Leroy", "INFO@shop.example ", None, None),
    (5, "Emma", "Simon", "n/a", "", None),  # garbage only: her key makes her one person
    (6, "Hugo", "Moreau", "", "n/a", None),
    (7, "Inès", "Garcia", "test@test.com", "00 00 00 00 00", None),
    (8, "Jules", "Michel", "not-an-email", "0000000000", "FR00 0000 0000"),
    (9, "Alice", "Martin", "alice.other@example.net", None, None),  # same name as 1
    (10, "Léa", "Robert", "lea@example.com", None, None),
    (11, "Karim", "Fournier", "karim@example.com", None, None),
    (12, "Nadia", "Thomas", "nadia@example.com", None, None),
    (13, "Rose", "Durand", "rose@example.com", None, None),
    (14, "Zoé", "Laurent", "zoe@example.com", None, None),
    (15, "Yasmine", "Lefebvre", "yasmine@example.com", None, None),
    (16, "Yasmine", "Lefebvre", "y.lefebvre@example.fr", "+33 7 81 22 33 44", None),
]
NEWSLETTER = [(" Alice.Martin@EXAMPLE.com", "footer"), ("prospect@example.org", "checkout"),
              ("N/A", "footer")]
# id, customer_id, email, phone
TICKETS = [
    (1, None, "bruno.petit@example.org", None),  # no key, but Bruno's address
    (2, 3, "info@shop.example", None),
    (3, 4, "info@shop.example", None),
    (4, 1, None, "+33612345678"),  # Alice's phone, other spelling
    (5, 15, "yasmine@example.com", "07 81 22 33 44"),  # 15's mail + 16's phone: a reference
] + [(100 + i, 10 + i, "family@example.org", None) for i in range(5)]  # shared by 5 rows
ORDERS = [(100 + c, c, "10.00") for c in range(1, 17)] + [(200, 1, "5.00")]
LINES = [(oid, n, 1) for oid, *_ in ORDERS for n in (1, 2)]
REVIEWS = [(1, 1, 5), (2, 16, 3), (3, 1, 4), (4, 9, 2)]  # id, customer_id, rating



def hmac(value: str) -> str:
    """How a personal key value appears in a locator."""
    from scanner.identifiers.hashing import Hasher

    return Hasher(KEY)("locator", value)


def expected_people() -> dict[tuple[str, str], set[Any]]:
    """Who each row belongs to (its own), by person: a customer id, or "P"."""
    out: dict[tuple[str, str], set[Any]] = {}
    for c in CUSTOMERS:
        out[("main.customers", str(c[0]))] = {c[0]}
    for oid, cid, _ in ORDERS:
        person = cid
        out[("main.orders", str(oid))] = {person}
        for n in (1, 2):
            out[("main.order_lines", f"{oid},{n}")] = {person}
    for rid, cid, _ in REVIEWS:
        out[("main.reviews", str(rid))] = {cid}
    out[("main.newsletter", hmac(" Alice.Martin@EXAMPLE.com"))] = {1}
    out[("main.newsletter", hmac("prospect@example.org"))] = {"P"}
    for tid, cid, *_ in TICKETS:
        out[("main.support_tickets", str(tid))] = {cid or 2}
    return out


def build(url: str) -> sa.Engine:
    engine = sa.create_engine(url)
    md.drop_all(engine)
    md.create_all(engine)
    with engine.begin() as conn:
        conn.execute(customers.insert(), [dict(zip(
            ("id", "first_name", "last_name", "email", "phone", "iban"), c, strict=True))
            for c in CUSTOMERS])
        conn.execute(orders.insert(), [{"id": o, "customer_id": c, "amount": a}
                                       for o, c, a in ORDERS])
        conn.execute(order_lines.insert(), [{"order_id": o, "line_no": n, "qty": q}
                                            for o, n, q in LINES])
        conn.execute(newsletter.insert(), [{"email": e, "source": s} for e, s in NEWSLETTER])
        conn.execute(tickets.insert(), [{"id": t, "customer_id": c, "email": e, "phone": p,
                                         "message": "Bonjour, ma commande n'est pas arrivée."}
                                        for t, c, e, p in TICKETS])
        conn.execute(reviews.insert(), [{"id": r, "customer_id": c, "rating": n}
                                        for r, c, n in REVIEWS])
        conn.execute(products.insert(), [{"id": 1, "name": "Chaise"}])
    return engine


def verdicts_for(c: ContainerSchema,
                 categories: Mapping[str, str] = CATEGORIES) -> list[FieldVerdict]:
    return [FieldVerdict(c.field_ref(f.name), f.name in categories, categories.get(f.name),
                         None, 0.9) for f in c.fields]


class Linked:
    """One pass of discovery + link over a source, as the engine runs it."""

    def __init__(self, url: str, index: Index, max_shared: int = 3,
                 categories: Mapping[str, str] = CATEGORIES, name: str = "shop",
                 source_options: Mapping[str, Any] | None = None, **options: Any) -> None:
        self.connector = SqlConnector(SourceConfig(name=name, url=url,
                                                   options=dict(source_options or {})))
        self.report = ScanReport()
        self.scan_id = index.begin_scan()
        self.containers = list(self.connector.discover(self.report))
        self.verdicts = {c.name: verdicts_for(c, categories) for c in self.containers}
        for c in self.containers:
            index.record_container(self.scan_id, name, url, c, self.verdicts[c.name])
        link_source(index, KEY, self.connector, self.containers, self.verdicts, self.report,
                    self.scan_id, LinkOptions(region="FR", max_shared=max_shared, **options))
        self.connector.close()
        assert not self.report.failures, self.report.failures
        # NOTE: as the engine does: a scan left `running` reads as one that died
        index.finish_scan(self.scan_id, self.report, "ok")


def as_main(container: str) -> str:
    """The schema is main, public or the database's name, by dialect: tests speak of main."""
    return "main." + container.split(".", 1)[1]


def with_main(found: dict) -> dict:
    for o in found["occurrences"]:
        o["container"] = as_main(o["container"])
    return found


def membership(index: Index, role: str | None = None) -> dict[tuple[str, str], set[int]]:
    """(container, item as comma-joined key values) -> subjects whose own the row is, read
    from the index; with `role`, the subjects the row concerns in that role instead.

    A run's rows (schema.child_runs) belong to the subjects of its parent row."""
    from scanner.index.inventory import child_runs, item_values, occurrences, run_parents
    from scanner.index.store import containers as ctab

    q = sa.select(ctab.c.name, occurrences.c.row_key, occurrences.c.item,
                  occurrences.c.subject).join(ctab, ctab.c.id == occurrences.c.container_id
                                              ).where(occurrences.c.role.is_(None) if role is None
                                                      else occurrences.c.role == role)
    parent = occurrences.alias("parent")
    runs = sa.select(ctab.c.name, child_runs.c.row_keys, parent.c.subject).select_from(
        child_runs.join(run_parents, run_parents.c.container_id == child_runs.c.container_id)
        .join(parent, sa.and_(parent.c.container_id == run_parents.c.parent_id,
                              parent.c.row_key == child_runs.c.parent_key,
                              parent.c.item == run_parents.c.parent_item))
        .join(ctab, ctab.c.id == child_runs.c.container_id))
    out: dict[tuple[str, str], set[int]] = {}
    with index.connect() as conn:
        for name, row_key, item, subject in conn.execute(q):
            key = ",".join(str(v["hmac"] if isinstance(v, dict) else v)
                           for v in item_values(row_key, item).values())
            out.setdefault((as_main(name), key), set()).add(subject)
        for name, row_keys, subject in conn.execute(runs) if role is None else ():
            for k in orjson.loads(row_keys):
                out.setdefault((as_main(name), str(k)), set()).add(subject)
    return out


def runs_of(index: Index, container: str) -> int:
    """How many runs (schema.child_runs) a container of the shop has."""
    from scanner.index.inventory import child_runs
    from scanner.index.store import containers as ctab

    q = (sa.select(sa.func.count()).select_from(child_runs.join(
        ctab, ctab.c.id == child_runs.c.container_id)).where(ctab.c.name.like(f"%.{container}")))
    with index.connect() as conn:
        return int(conn.execute(q).scalar_one())
