"""A generated shop whose ground truth the retention and minors tests know by construction:
customers (integer key: the account), their orders (a pure child: stored as runs) and a
newsletter keyed by e-mail (a key the index holds digested), with dates placed well before
or well after the cutoffs, some missing, and birth dates that make some people minors at
collection."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from scanner.identifiers.key import create_key

FIRST = ["Alice", "Bruno", "Chloé", "David", "Emma", "Farid", "Gina", "Hugo", "Inès", "Jules",
         "Karim", "Léa", "Marc", "Nora", "Oscar", "Paula"]
LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
        "Leroy", "Moreau", "Simon", "Laurent"]


@dataclass
class Truth:
    customers_expired: set[int] = field(default_factory=set)  # last order > 3 years ago
    customers_undated: set[int] = field(default_factory=set)  # never ordered (NULL)
    orders_expired: dict[int, int] = field(default_factory=dict)  # order id -> customer
    orders_total: set[int] = field(default_factory=set)  # every order id
    news_expired: set[int] = field(default_factory=set)  # customers subscribed > 1 year ago
    minors: dict[int, set[int]] = field(default_factory=dict)  # age -> customers minors then
    emails: dict[int, str] = field(default_factory=dict)
    births: dict[int, dt.date] = field(default_factory=dict)


def _ago(days: int) -> dt.datetime:
    return (dt.datetime.now(dt.UTC) - dt.timedelta(days=days)).replace(tzinfo=None,
                                                                      microsecond=0)


def build_shop(url: str, n: int = 60, seed: int = 19) -> Truth:
    """The shop at `url` (an empty database) and what is true of it."""
    rnd = random.Random(seed)
    md = sa.MetaData()
    customers = sa.Table(
        "customers", md, sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("email", sa.String(200)), sa.Column("full_name", sa.String(200)),
        sa.Column("birth_date", sa.Date), sa.Column("created_at", sa.DateTime),
        sa.Column("last_order_at", sa.DateTime))
    orders = sa.Table(
        "orders", md, sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("total", sa.Numeric(10, 2)), sa.Column("ordered_at", sa.DateTime))
    news = sa.Table("newsletter", md, sa.Column("email", sa.String(200), primary_key=True),
                    sa.Column("subscribed_at", sa.DateTime))
    engine = sa.create_engine(url)
    md.create_all(engine)
    truth = Truth(minors={15: set(), 18: set()})
    rows_c, rows_o, rows_n = [], [], []
    order_id = 100
    for i in range(1, n + 1):
        email = f"{FIRST[i % 16].lower()}.{LAST[i % 12].lower()}.{i}@example.org"
        truth.emails[i] = email
        created = dt.datetime(2020, 6, 1, 10, 0)
        kind = i % 4  # 0: minor under 15 then, 1: 16 then, 2-3: adults
        born = {0: dt.date(2010, 3, 1), 1: dt.date(2004, 1, 15)}.get(
            kind, dt.date(1970 + rnd.randrange(30), 1 + rnd.randrange(12), 1 + rnd.randrange(28)))
        truth.births[i] = born
        if kind == 0:
            truth.minors[15].add(i)
            truth.minors[18].add(i)
        elif kind == 1:
            truth.minors[18].add(i)
        r = rnd.random()
        if r < 0.1:
            last = None
            truth.customers_undated.add(i)
        elif r < 0.45:
            last = _ago(3 * 365 + 30 + rnd.randrange(900))
            truth.customers_expired.add(i)
        else:
            last = _ago(rnd.randrange(3 * 365 - 30))
        rows_c.append({"id": i, "email": email, "full_name": f"{FIRST[i % 16]} {LAST[i % 12]}",
                       "birth_date": born, "created_at": created, "last_order_at": last})
        for _ in range(1 + i % 3):
            order_id += 1
            truth.orders_total.add(order_id)
            old = rnd.random() < 0.3
            when = _ago(5 * 365 + 30 + rnd.randrange(700)) if old else _ago(rnd.randrange(1500))
            if old:
                truth.orders_expired[order_id] = i
            rows_o.append({"id": order_id, "customer_id": i, "total": 10 + i,
                           "ordered_at": when})
        if i % 2:
            sub_old = rnd.random() < 0.5
            if sub_old:
                truth.news_expired.add(i)
            rows_n.append({"email": email,
                           "subscribed_at": _ago(400 + rnd.randrange(300)) if sub_old
                           else _ago(rnd.randrange(300))})
    with engine.begin() as conn:
        conn.execute(customers.insert(), rows_c)
        conn.execute(orders.insert(), rows_o)
        conn.execute(news.insert(), rows_n)
    engine.dispose()
    return truth


DATAMAP = """
datamap:
  - {container: "*customers", field: "*", category: contact, purpose: account,
     retention: {period: P3Y, after: last_order_at}}
  - {container: "*orders", field: "*", category: contact, purpose: invoicing,
     retention: {period: P5Y, after: ordered_at, description: "5 years (accounting)"}}
  - {container: "*newsletter", field: "*", category: contact, purpose: newsletter,
     retention: {period: P1Y, after: subscribed_at}}
"""


def write_config(root: Path, shop_url: str, *, extra_sources: str = "", age: int | None = None,
                 datamap: str = DATAMAP) -> Path:
    """pdmap.yaml for the shop (and `extra_sources`, YAML list items) and a new key."""
    create_key(root / ".pdmap" / "key")
    minors = f"minors: {{age: {age}}}\n" if age else ""
    config = root / "pdmap.yaml"
    config.write_text(f"index: sqlite:///{root}/index.db\nkey_file: .pdmap/key\n{minors}"
                      f"sources:\n  - {{name: shop, url: \"{shop_url}\"}}\n{extra_sources}"
                      f"{datamap}", encoding="utf-8")
    return config
