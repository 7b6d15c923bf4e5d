"""Relational estates where people reference other people, their truth row by row, and a
harness that scores what pdmap's index (and its export) says against that truth.

Ten schemas (`SCHEMAS`), each a function `build(url) -> Truth` that creates its tables with
SQLAlchemy Core on any URL (SQLite, PostgreSQL, MariaDB) and fills them with deterministic
fake data (French and English names, valid French phone numbers, e-mails, streets).

The truth says, for every row, which people it concerns and in which role:

- ``own``: the person's own row (their row in a table of people, a root) and every row that
  hangs off it without strong identifiers of its own (orders, their lines, logins);
- ``attached``: a personal row that one person's row points to (their address row);
  ``shared`` when several people's rows point to it (a household's address);
- ``reference``: a row that names the person in one of its columns (a customer's support
  rep, an employee's manager, an order's seller, a department's manager); only those
  columns (and the row's key) are the person's: `Truth.ref_fields`.

Lookup rows (departments for their employees, cities, countries, courses, companies) belong
to no one; a department or a course that names its manager or teacher is a reference for
that person only.

`scan_schema` builds a schema and runs the real scan (`scanner.scan.engine.run_scan`) into a
fresh index; `evaluate` scores it: per person, the precision and recall of (table, key,
role class) over the subjects holding the person's root row as their own; people merged
with another; subjects answering to another person's e-mail or phone; and, through the real
export (`scanner.export.wiring.export_from_index`, format dir), the other people's e-mails,
phones and names found in each person's package (leaks), rows exported per role, and
references exported with more than their naming columns.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import orjson
import phonenumbers
import sqlalchemy as sa

from tests.estates.rates import Rates

Key = frozenset[tuple[str, str]]
Row = tuple[str, Key]  # (table, key), table in lower case
Records = list[dict[str, Any]]  # rows to insert

ROLES = ("own", "attached", "shared", "reference")
ROLE_CLASS = {"own": "own", "attached": "attached", "shared": "attached",
              "reference": "reference"}
STRONG_KINDS = ("email", "phone")


def fkey(key: Mapping[str, Any]) -> Key:
    """A row key as compared: column names in lower case, values as strings."""
    return frozenset((str(k).lower(), _key_value(v)) for k, v in key.items())


def _key_value(v: Any) -> str:
    if isinstance(v, dict):  # a personal key stored as {"hmac": ...}: never equal to a value
        return "hmac:" + orjson.dumps(v, option=orjson.OPT_SORT_KEYS).decode()
    return str(v)


def show_key(key: Key) -> str:
    return "{" + ", ".join(f"{k}: {v}" for k, v in sorted(key)) + "}"


def normalize(kind: str, value: str) -> str | None:
    """The truth's own normalization (independent of pdmap's): e-mail case-folded, phone
    E.164 when valid for France."""
    if kind == "email":
        return value.strip().lower() or None
    if kind == "phone":
        try:
            n = phonenumbers.parse(value, "FR")
        except phonenumbers.NumberParseException:
            return None
        if not phonenumbers.is_valid_number(n):
            return None
        return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
    return value


# -- fake values -------------------------------------------------------------------------------

FIRST = ["Jean", "Marie", "Pierre", "Camille", "Louis", "Chloé", "Hugo", "Léa", "Lucas",
         "Manon", "Nathalie", "Élodie", "François", "Inès", "Théo", "Zoé", "Antoine",
         "Margaux", "Julien", "Sophie", "Olivier", "Céline", "Mathieu", "Aurélie", "Gaëlle",
         "Hélène", "Jérôme", "Benoît", "James", "Emily", "Oliver", "Charlotte", "Harry",
         "Amelia", "George", "Olivia", "Jack", "Isabella", "Emma", "William", "Grace",
         "Hannah", "Noah", "Sarah"]
LAST = ["Martin", "Bernard", "Dubois", "Robert", "Richard", "Petit", "Durand", "Leroy",
        "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "Bertrand", "Roux",
        "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Blanchard", "Gauthier",
        "Perrin", "Chevalier", "Faure", "Rousseau", "Smith", "Jones", "Taylor", "Brown",
        "Williams", "Wilson", "Johnson", "Davies", "Evans", "Walker", "Wright", "Robinson",
        "Thompson", "Hughes", "Clarke", "Baker"]
DOMAINS = ["example.com", "example.fr", "exemple.fr", "mail.example.net", "example.org"]
STREET_TYPES = ["rue", "avenue", "boulevard", "impasse", "allée", "chemin"]
STREET_NAMES = ["des Lilas", "Victor Hugo", "de la République", "Pasteur", "Jean Jaurès",
                "du Moulin", "des Écoles", "Gambetta", "de la Gare", "Voltaire",
                "des Tilleuls", "du Château", "Émile Zola", "de la Paix", "des Acacias"]
DRUGS = ["Doliprane 1000 mg", "Amoxicilline 500 mg", "Ventoline", "Levothyrox 50 µg",
         "Spasfon", "Ibuprofène 400 mg", "Kardégic 75 mg", "Smecta"]
EPOCH = date(2024, 1, 1)


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c)).lower().replace(" ", "")


class Fake:
    """Deterministic fake people: unique names, e-mails and phone numbers per estate."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.names: set[tuple[str, str]] = set()
        self.emails: set[str] = set()
        self.phones: set[str] = set()

    def name(self, last: str | None = None) -> tuple[str, str]:
        while True:
            pair = (self.rng.choice(FIRST), last or self.rng.choice(LAST))
            if pair not in self.names:
                self.names.add(pair)
                return pair

    def email(self, first: str, last: str) -> str:
        f, ln = _ascii(first).replace("-", ""), _ascii(last).replace("-", "")
        while True:
            local = self.rng.choice([f"{f}.{ln}", f"{f[0]}.{ln}", f"{f}{ln}",
                                     f"{ln}.{f}", f"{f}.{ln}{self.rng.randint(2, 99)}"])
            address = f"{local}@{self.rng.choice(DOMAINS)}"
            if address not in self.emails:
                self.emails.add(address)
                return address

    def _number(self, prefixes: str) -> str:
        while True:
            national = "0" + self.rng.choice(prefixes) + "".join(
                str(self.rng.randint(0, 9)) for _ in range(8))
            if national in self.phones or len(set(national[2:])) < 4:
                continue
            if normalize("phone", national) is None:
                continue
            self.phones.add(national)
            return national

    def _format(self, national: str) -> str:
        pairs = [national[i:i + 2] for i in range(0, 10, 2)]
        style = self.rng.randrange(4)
        if style == 0:
            return " ".join(pairs)
        if style == 1:
            return "+33 " + national[1] + " " + " ".join(pairs[1:])
        if style == 2:
            return national
        return ".".join(pairs)

    def mobile(self) -> str:
        return self._format(self._number("67"))

    def landline(self) -> str:
        return self._format(self._number("12345"))

    def invalid_phone(self) -> str:
        bad = self.rng.choice([f"06 {self.rng.randint(10, 99)} {self.rng.randint(10, 99)}",
                               f"{self.rng.randint(100, 999)}-{self.rng.randint(1000, 9999)}",
                               "00 00 00 00 00", "n/a"])
        assert normalize("phone", bad) is None
        return bad

    def street(self) -> str:
        return (f"{self.rng.randint(1, 120)} {self.rng.choice(STREET_TYPES)} "
                f"{self.rng.choice(STREET_NAMES)}")

    def day(self, spread: int = 700) -> date:
        return EPOCH + timedelta(days=self.rng.randrange(spread))

    def moment(self) -> datetime:
        return datetime.combine(self.day(), datetime.min.time()) + timedelta(
            minutes=self.rng.randrange(8 * 60, 19 * 60))

    def birth(self) -> date:
        return date(1940, 1, 1) + timedelta(days=self.rng.randrange(365 * 62))

    def amount(self, low: int = 5, high: int = 400) -> Decimal:
        return Decimal(self.rng.randint(low * 100, high * 100)) / 100


# -- the truth ---------------------------------------------------------------------------------


@dataclass
class Person:
    pid: str
    identifiers: dict[str, list[str]]  # kind -> values as written ("email", "phone": valid)
    root: tuple[str, dict[str, Any]]  # (table, key) of the person's own row
    name: tuple[str, ...] = ()  # the name cell(s) of the root row, as written
    export_id: str | None = None  # "kind:value" no one else holds, else None

    def normalized(self) -> set[tuple[str, str]]:
        out = set()
        for kind, values in self.identifiers.items():
            for v in values:
                n = normalize(kind, v)
                if n:
                    out.add((kind, n))
        return out


@dataclass
class Truth:
    schema: str
    people: dict[str, Person]
    rows: dict[Row, set[tuple[str, str]]]  # row -> {(person, role)}; absent: no one's
    ref_fields: dict[tuple[Row, str], frozenset[str]]  # (row, person) -> naming columns
    keys: dict[str, tuple[str, ...]]  # table -> key columns (lower case)
    links: dict[str, frozenset[str]]  # table -> columns holding another row's key

    def expected(self, pid: str) -> dict[Row, str]:
        return {row: role for row, held in self.rows.items() for p, role in held if p == pid}


class Estate:
    """Collects the truth while a schema is filled."""

    def __init__(self, schema: str, fake: Fake) -> None:
        self.schema = schema
        self.fake = fake
        self.people: dict[str, Person] = {}
        self.rows: dict[Row, set[tuple[str, str]]] = defaultdict(set)
        self.ref_fields: dict[tuple[Row, str], frozenset[str]] = {}

    def person(self, pid: str, table: str, key: Mapping[str, Any], name: tuple[str, ...],
               emails: Iterable[str | None] = (), phones: Iterable[str | None] = ()) -> None:
        ids: dict[str, list[str]] = {"email": [e for e in emails if e],
                                     "phone": [p for p in phones if p and normalize("phone", p)]}
        self.people[pid] = Person(pid, ids, (table.lower(), dict(key)), name)
        self.own(table, key, pid)

    def holds(self, pid: str, kind: str, value: str | None) -> None:
        """The person also holds this identifier (a household phone on their address)."""
        if value and normalize(kind, value) and value not in self.people[pid].identifiers[kind]:
            self.people[pid].identifiers[kind].append(value)

    def own(self, table: str, key: Mapping[str, Any], pid: str) -> None:
        self.rows[(table.lower(), fkey(key))].add((pid, "own"))

    def attach(self, table: str, key: Mapping[str, Any], pid: str) -> None:
        self.rows[(table.lower(), fkey(key))].add((pid, "attached"))

    def ref(self, table: str, key: Mapping[str, Any], pid: str, *columns: str) -> None:
        row = (table.lower(), fkey(key))
        self.rows[row].add((pid, "reference"))
        self.ref_fields[(row, pid)] = frozenset(c.lower() for c in columns)

    def finish(self, md: sa.MetaData) -> Truth:
        for held in self.rows.values():
            attached = {p for p, r in held if r == "attached"}
            if len(attached) > 1:
                held.difference_update({(p, "attached") for p in attached})
                held.update((p, "shared") for p in attached)
        holders: Counter[tuple[str, str]] = Counter()
        for person in self.people.values():
            holders.update(person.normalized())
        for person in self.people.values():
            for kind in STRONG_KINDS:
                for v in person.identifiers[kind]:
                    n = normalize(kind, v)
                    if person.export_id is None and n and holders[(kind, n)] == 1:
                        person.export_id = f"{kind}:{v}"
        keys = {t.name.lower(): tuple(c.name.lower() for c in t.primary_key.columns)
                for t in md.sorted_tables}
        links = {t.name.lower(): frozenset(c.name.lower() for c in t.columns
                                           if c.foreign_keys or (c.name.lower().endswith("_id")
                                                                 and not c.primary_key))
                 for t in md.sorted_tables}
        return Truth(self.schema, self.people, dict(self.rows), self.ref_fields, keys, links)


@contextmanager
def create(url: str, md: sa.MetaData) -> Iterator[sa.Connection]:
    """The schema's tables, created afresh; a connection in a transaction to fill them."""
    engine = sa.create_engine(url)
    try:
        md.drop_all(engine)
        md.create_all(engine)
        with engine.begin() as conn:
            yield conn
    finally:
        engine.dispose()


def insert(conn: sa.Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        conn.execute(table.insert(), list(rows))


def _pk(name: str = "id") -> sa.Column[int]:
    return sa.Column(name, sa.Integer, primary_key=True, autoincrement=False)


def _fk(column: str, target: str, **kw: Any) -> sa.Column[int]:
    return sa.Column(column, sa.Integer, sa.ForeignKey(target, **kw))


def _s(name: str, n: int = 120) -> sa.Column[str]:
    return sa.Column(name, sa.String(n))


# -- 1. HR ---------------------------------------------------------------------------------------


def hr(url: str) -> Truth:
    """Employees with a manager (self FK) and a department; departments name their manager
    (a reference for the manager, a lookup for the employees); salaries are owned."""
    f, md = Fake(101), sa.MetaData()
    departments = sa.Table(
        "departments", md, _pk("dept_id"), _s("dept_name", 60),
        _fk("manager_id", "employees.emp_id", use_alter=True, name="fk_departments_manager"),
        _s("cost_center", 12))
    employees = sa.Table(
        "employees", md, _pk("emp_id"), _s("first_name", 60), _s("last_name", 60),
        _s("email"), _s("phone", 30), _fk("manager_id", "employees.emp_id"),
        _fk("department_id", "departments.dept_id"), sa.Column("hire_date", sa.Date),
        _s("job_title", 60))
    salaries = sa.Table(
        "salaries", md, _pk("salary_id"),
        sa.Column("employee_id", sa.Integer, sa.ForeignKey("employees.emp_id"), nullable=False),
        sa.Column("amount", sa.Numeric(10, 2)), sa.Column("from_date", sa.Date))
    e = Estate("hr", f)
    names = ["Finance", "Engineering", "Sales", "Operations"]
    heads = {d: d + 1 for d in range(1, 5)}  # department d is run by employee d + 1
    emp_rows: list[dict[str, Any]] = []
    for i in range(1, 43):
        first, last = f.name()
        dept = 1 if i <= 2 else (i - 1 if i <= 5 else f.rng.randint(1, 4))
        manager = None if i == 1 else (1 if i <= 5 else f.rng.choice(
            [heads[dept]] + [r["emp_id"] for r in emp_rows[5:] if r["department_id"] == dept]))
        email: str | None = f.email(first, last) if i % 9 else None  # some without a work e-mail
        phone = f.mobile() if i % 4 else (f.invalid_phone() if i % 8 else None)
        emp_rows.append({"emp_id": i, "first_name": first, "last_name": last, "email": email,
                         "phone": phone, "manager_id": manager, "department_id": dept,
                         "hire_date": f.day(3000), "job_title": f.rng.choice(
                             ["Analyst", "Engineer", "Account executive", "Technician"])})
        e.person(f"emp{i}", "employees", {"emp_id": i}, (first, last), [email], [phone])
        if manager:
            e.ref("employees", {"emp_id": i}, f"emp{manager}", "manager_id")
    sal_rows: Records = []
    for r in emp_rows:
        for _ in range(f.rng.randint(1, 3)):
            sid = len(sal_rows) + 1
            sal_rows.append({"salary_id": sid, "employee_id": r["emp_id"],
                             "amount": f.amount(2200, 7000), "from_date": f.day(1500)})
            e.own("salaries", {"salary_id": sid}, f"emp{r['emp_id']}")
    for d, head in heads.items():
        e.ref("departments", {"dept_id": d}, f"emp{head}", "manager_id")
    with create(url, md) as conn:
        insert(conn, departments, [{"dept_id": d, "dept_name": n, "manager_id": None,
                                    "cost_center": f"CC-{d:03d}"}
                                   for d, n in enumerate(names, 1)])
        insert(conn, employees, emp_rows)
        for d, head in heads.items():
            conn.execute(departments.update().where(departments.c.dept_id == d)
                         .values(manager_id=head))
        insert(conn, salaries, sal_rows)
    return e.finish(md)


# -- 2. shop with support reps -----------------------------------------------------------------


def shop_reps(url: str) -> Truth:
    """Customers with a support rep (an employee), employees reporting to one another,
    invoices and their lines owned by the customer."""
    f, md = Fake(202), sa.MetaData()
    employees = sa.Table(
        "employees", md, _pk("employee_id"), _s("full_name", 80), _s("email"),
        _s("phone", 30), _fk("reports_to", "employees.employee_id"), _s("title", 60))
    customers = sa.Table(
        "customers", md, _pk("customer_id"), _s("first_name", 60), _s("last_name", 60),
        _s("email"), _s("phone", 30), _s("street"), _s("postal_code", 10), _s("city", 60),
        _fk("support_rep_id", "employees.employee_id"))
    invoices = sa.Table(
        "invoices", md, _pk("invoice_id"), _fk("customer_id", "customers.customer_id"),
        sa.Column("invoice_date", sa.Date), sa.Column("total", sa.Numeric(10, 2)))
    lines = sa.Table(
        "invoice_lines", md, _pk("invoice_line_id"), _fk("invoice_id", "invoices.invoice_id"),
        _s("product_code", 20), sa.Column("quantity", sa.Integer),
        sa.Column("unit_price", sa.Numeric(10, 2)))
    e = Estate("shop_reps", f)
    emps: Records = []
    for i in range(1, 9):
        first, last = f.name()
        full = f"{first} {last}"
        boss = None if i == 1 else (1 if i <= 3 else f.rng.choice([2, 3]))
        email: str | None = f.email(first, last)
        phone: str | None = f.landline()
        emps.append({"employee_id": i, "full_name": full, "email": email, "phone": phone,
                     "reports_to": boss, "title": "Sales manager" if i <= 3 else "Support agent"})
        e.person(f"emp{i}", "employees", {"employee_id": i}, (full,), [email], [phone])
        if boss:
            e.ref("employees", {"employee_id": i}, f"emp{boss}", "reports_to")
    cust: Records = []
    invs: Records = []
    lns: Records = []
    cities = [("75011", "Paris"), ("69003", "Lyon"), ("59000", "Lille"), ("44000", "Nantes")]
    for i in range(1, 71):
        first, last = f.name()
        email = f.email(first, last) if i % 11 else None
        phone = f.mobile() if i % 7 else f.invalid_phone()
        rep = f.rng.randint(2, 8) if i % 10 else None
        postal, city = f.rng.choice(cities)
        cust.append({"customer_id": i, "first_name": first, "last_name": last, "email": email,
                     "phone": phone, "street": f.street(), "postal_code": postal, "city": city,
                     "support_rep_id": rep})
        e.person(f"cust{i}", "customers", {"customer_id": i}, (first, last), [email], [phone])
        if rep:
            e.ref("customers", {"customer_id": i}, f"emp{rep}", "support_rep_id")
        for _ in range(f.rng.randint(0, 3)):
            inv = len(invs) + 1
            invs.append({"invoice_id": inv, "customer_id": i, "invoice_date": f.day(),
                         "total": f.amount()})
            e.own("invoices", {"invoice_id": inv}, f"cust{i}")
            for _ in range(f.rng.randint(1, 3)):
                ln = len(lns) + 1
                lns.append({"invoice_line_id": ln, "invoice_id": inv,
                            "product_code": f"SKU-{f.rng.randint(1000, 9999)}",
                            "quantity": f.rng.randint(1, 5), "unit_price": f.amount(2, 90)})
                e.own("invoice_lines", {"invoice_line_id": ln}, f"cust{i}")
    with create(url, md) as conn:
        insert(conn, employees, emps)
        insert(conn, customers, cust)
        insert(conn, invoices, invs)
        insert(conn, lines, lns)
    return e.finish(md)


# -- 3. marketplace ------------------------------------------------------------------------------


def marketplace(url: str) -> Truth:
    """Users sell listings (owned by the seller) and buy: an order is the buyer's, and a
    reference (seller_id) for the seller."""
    f, md = Fake(303), sa.MetaData()
    users = sa.Table(
        "users", md, _pk("user_id"), _s("username", 40), _s("email"), _s("display_name", 80),
        sa.Column("joined_at", sa.DateTime))
    listings = sa.Table(
        "listings", md, _pk("listing_id"), _fk("seller_id", "users.user_id"),
        _s("title", 120), sa.Column("price", sa.Numeric(10, 2)),
        sa.Column("listed_at", sa.DateTime))
    orders = sa.Table(
        "orders", md, _pk("order_id"), _fk("buyer_id", "users.user_id"),
        _fk("seller_id", "users.user_id"), _fk("listing_id", "listings.listing_id"),
        sa.Column("amount", sa.Numeric(10, 2)), sa.Column("ordered_at", sa.DateTime))
    e = Estate("marketplace", f)
    urows: Records = []
    lrows: Records = []
    orows: Records = []
    for i in range(1, 56):
        first, last = f.name()
        email = f.email(first, last)
        handle = f"{_ascii(first)[:6]}{_ascii(last)[:3]}{f.rng.randint(10, 999)}"
        urows.append({"user_id": i, "username": handle, "email": email,
                      "display_name": f"{first} {last}", "joined_at": f.moment()})
        e.person(f"u{i}", "users", {"user_id": i}, (f"{first} {last}",), [email])
    sellers = list(range(1, 56, 3))
    items = ["Vélo de ville", "Canapé d'angle", "Lot de livres", "Table basse en chêne",
             "Poussette", "Guitare acoustique", "Lampe de bureau", "Veste en cuir"]
    for lid in range(1, 46):
        seller = f.rng.choice(sellers)
        lrows.append({"listing_id": lid, "seller_id": seller, "title": f.rng.choice(items),
                      "price": f.amount(10, 600), "listed_at": f.moment()})
        e.own("listings", {"listing_id": lid}, f"u{seller}")
    for oid in range(1, 96):
        listing = f.rng.choice(lrows)
        seller = int(listing["seller_id"])
        buyer = f.rng.choice([u for u in range(1, 56) if u != seller])
        orows.append({"order_id": oid, "buyer_id": buyer, "seller_id": seller,
                      "listing_id": listing["listing_id"], "amount": listing["price"],
                      "ordered_at": f.moment()})
        e.own("orders", {"order_id": oid}, f"u{buyer}")
        e.ref("orders", {"order_id": oid}, f"u{seller}", "seller_id")
    with create(url, md) as conn:
        insert(conn, users, urows)
        insert(conn, listings, lrows)
        insert(conn, orders, orows)
    return e.finish(md)


# -- 4. referrals --------------------------------------------------------------------------------


def referrals(url: str) -> Truth:
    """Users referred by other users (referred_by, a self FK without _id); logins and
    subscriptions owned."""
    f, md = Fake(404), sa.MetaData()
    users = sa.Table(
        "users", md, _pk("id"), _s("email"), _s("first_name", 60), _s("last_name", 60),
        _fk("referred_by", "users.id"), sa.Column("signup_date", sa.Date),
        _s("country_code", 2))
    logins = sa.Table(
        "logins", md, _pk("id"), _fk("user_id", "users.id"),
        sa.Column("logged_in_at", sa.DateTime), _s("ip_address", 45))
    subscriptions = sa.Table(
        "subscriptions", md, _pk("id"), _fk("user_id", "users.id"), _s("plan", 20),
        sa.Column("started_on", sa.Date))
    e = Estate("referrals", f)
    urows: Records = []
    lrows: Records = []
    srows: Records = []
    for i in range(1, 66):
        first, last = f.name()
        email = f.email(first, last)
        referrer = None if i <= 12 else f.rng.choice(
            [1, 2, 3, 4] + list(range(1, i)) if i % 2 else list(range(1, i)))
        urows.append({"id": i, "email": email, "first_name": first, "last_name": last,
                      "referred_by": referrer, "signup_date": f.day(),
                      "country_code": f.rng.choice(["FR", "FR", "BE", "GB"])})
        e.person(f"u{i}", "users", {"id": i}, (first, last), [email])
        if referrer:
            e.ref("users", {"id": i}, f"u{referrer}", "referred_by")
        for _ in range(f.rng.randint(0, 4)):
            lid = len(lrows) + 1
            lrows.append({"id": lid, "user_id": i, "logged_in_at": f.moment(),
                          "ip_address": f"203.0.113.{f.rng.randint(1, 254)}"})
            e.own("logins", {"id": lid}, f"u{i}")
        if i % 3 == 0:
            sid = len(srows) + 1
            srows.append({"id": sid, "user_id": i, "plan": f.rng.choice(["basic", "premium"]),
                          "started_on": f.day()})
            e.own("subscriptions", {"id": sid}, f"u{i}")
    with create(url, md) as conn:
        insert(conn, users, urows)
        insert(conn, logins, lrows)
        insert(conn, subscriptions, srows)
    return e.finish(md)


# -- 5. clinic -----------------------------------------------------------------------------------


def clinic(url: str) -> Truth:
    """Patients (some without e-mail, some with an invalid or no phone) with a treating
    doctor; appointments are the patient's and a reference for the doctor; prescriptions
    hang off appointments (the patient's)."""
    f, md = Fake(505), sa.MetaData()
    doctors = sa.Table(
        "doctors", md, _pk("doctor_id"), _s("first_name", 60), _s("last_name", 60),
        _s("email"), _s("phone", 30), _s("specialty", 60))
    patients = sa.Table(
        "patients", md, _pk("patient_id"), _s("first_name", 60), _s("last_name", 60),
        _s("phone", 30), _s("email"), sa.Column("birth_date", sa.Date),
        _fk("doctor_id", "doctors.doctor_id"))
    appointments = sa.Table(
        "appointments", md, _pk("appointment_id"), _fk("patient_id", "patients.patient_id"),
        _fk("doctor_id", "doctors.doctor_id"), sa.Column("scheduled_at", sa.DateTime),
        sa.Column("notes", sa.Text))
    prescriptions = sa.Table(
        "prescriptions", md, _pk("prescription_id"),
        _fk("appointment_id", "appointments.appointment_id"), _s("drug", 80),
        _s("dosage", 80))
    e = Estate("clinic", f)
    drows: Records = []
    prows: Records = []
    arows: Records = []
    rxrows: Records = []
    for i in range(1, 7):
        first, last = f.name()
        email: str | None = f.email(first, last)
        phone: str | None = f.landline()
        drows.append({"doctor_id": i, "first_name": first, "last_name": last, "email": email,
                      "phone": phone, "specialty": f.rng.choice(
                          ["Médecine générale", "Cardiologie", "Pédiatrie", "Dermatologie"])})
        e.person(f"doc{i}", "doctors", {"doctor_id": i}, (first, last), [email], [phone])
    for i in range(1, 73):
        first, last = f.name()
        email = f.email(first, last) if i % 5 else None
        phone = (f.mobile() if i % 5 or i % 10 else
                 (f.invalid_phone() if i % 3 else None))
        doctor = f.rng.randint(1, 6) if i % 8 else None
        prows.append({"patient_id": i, "first_name": first, "last_name": last, "phone": phone,
                      "email": email, "birth_date": f.birth(), "doctor_id": doctor})
        e.person(f"pat{i}", "patients", {"patient_id": i}, (first, last), [email], [phone])
        if doctor:
            e.ref("patients", {"patient_id": i}, f"doc{doctor}", "doctor_id")
        for _ in range(f.rng.randint(0, 3)):
            aid = len(arows) + 1
            seen = doctor if doctor and f.rng.random() < 0.7 else f.rng.randint(1, 6)
            arows.append({"appointment_id": aid, "patient_id": i, "doctor_id": seen,
                          "scheduled_at": f.moment(), "notes": f.rng.choice(
                              ["Contrôle annuel", "Renouvellement d'ordonnance",
                               "Suivi tension artérielle", "Vaccination", None])})
            e.own("appointments", {"appointment_id": aid}, f"pat{i}")
            e.ref("appointments", {"appointment_id": aid}, f"doc{seen}", "doctor_id")
            if f.rng.random() < 0.6:
                rx = len(rxrows) + 1
                rxrows.append({"prescription_id": rx, "appointment_id": aid,
                               "drug": f.rng.choice(DRUGS),
                               "dosage": f.rng.choice(["1 cp matin et soir", "3 fois par jour",
                                                       "1 cp le matin"])})
                e.own("prescriptions", {"prescription_id": rx}, f"pat{i}")
    with create(url, md) as conn:
        insert(conn, doctors, drows)
        insert(conn, patients, prows)
        insert(conn, appointments, arows)
        insert(conn, prescriptions, rxrows)
    return e.finish(md)


# -- 6. households -------------------------------------------------------------------------------


def households(url: str) -> Truth:
    """Customers point to an address row (street, postal code, household landline); members
    of a household point to the same row (shared); cities and countries are lookups. Some
    members give the household landline as their phone, with their own e-mail and name;
    some have no e-mail at all."""
    f, md = Fake(606), sa.MetaData()
    countries = sa.Table("countries", md, _pk("country_id"), _s("country_name", 60),
                         _s("iso_code", 2))
    cities = sa.Table("cities", md, _pk("city_id"), _s("city_name", 60),
                      _fk("country_id", "countries.country_id"))
    addresses = sa.Table(
        "addresses", md, _pk("address_id"), _s("street"), _s("postal_code", 10),
        _fk("city_id", "cities.city_id"), _s("phone", 30))
    customers = sa.Table(
        "customers", md, _pk("customer_id"), _s("first_name", 60), _s("last_name", 60),
        _s("email"), _s("phone", 30), _fk("address_id", "addresses.address_id"),
        sa.Column("created_at", sa.DateTime))
    e = Estate("households", f)
    country_rows = [{"country_id": 1, "country_name": "France", "iso_code": "FR"},
                    {"country_id": 2, "country_name": "Belgique", "iso_code": "BE"},
                    {"country_id": 3, "country_name": "Suisse", "iso_code": "CH"}]
    city_rows = [{"city_id": 1, "city_name": "Paris", "country_id": 1},
                 {"city_id": 2, "city_name": "Lyon", "country_id": 1},
                 {"city_id": 3, "city_name": "Toulouse", "country_id": 1},
                 {"city_id": 4, "city_name": "Nantes", "country_id": 1},
                 {"city_id": 5, "city_name": "Bruxelles", "country_id": 2},
                 {"city_id": 6, "city_name": "Genève", "country_id": 3}]
    postal = {1: "750", 2: "6900", 3: "3100", 4: "4400"}
    arows: Records = []
    crows: Records = []
    sizes = [1] * 12 + [2] * 11 + [3] * 7
    f.rng.shuffle(sizes)
    for aid, size in enumerate(sizes, 1):
        city = (aid - 1) % 4 + 1
        landline = f.landline() if size > 1 or aid % 2 else None
        code = postal[city] + str(f.rng.randint(1, 9)).rjust(6 - len(postal[city]), "0")
        arows.append({"address_id": aid, "street": f.street(), "postal_code": code,
                      "city_id": city, "phone": landline})
        family = f.rng.choice(LAST)
        for m in range(size):
            cid = len(crows) + 1
            first, last = f.name(family if m < 2 else None)
            email: str | None = f.email(first, last) if cid % 6 else None
            if landline and size > 1 and m < 2 and aid % 3:
                phone: str | None = landline  # the household landline, as their own phone
            else:
                phone = f.mobile() if cid % 9 else f.invalid_phone()
            crows.append({"customer_id": cid, "first_name": first, "last_name": last,
                          "email": email, "phone": phone, "address_id": aid,
                          "created_at": f.moment()})
            e.person(f"c{cid}", "customers", {"customer_id": cid}, (first, last), [email],
                     [phone])
            e.attach("addresses", {"address_id": aid}, f"c{cid}")
            e.holds(f"c{cid}", "phone", landline)
    with create(url, md) as conn:
        insert(conn, countries, country_rows)
        insert(conn, cities, city_rows)
        insert(conn, addresses, arows)
        insert(conn, customers, crows)
    return e.finish(md)


# -- 7. CRM (PascalCase) -------------------------------------------------------------------------


def crm(url: str) -> Truth:
    """Contacts at companies (a lookup with a switchboard phone, some contacts giving the
    switchboard as their phone), each with an account manager (an employee); activities
    are the contact's and a reference for their author."""
    f, md = Fake(707), sa.MetaData()
    companies = sa.Table(
        "Companies", md, _pk("CompanyId"), _s("CompanyName", 80), _s("Industry", 60),
        _s("Switchboard", 30))
    employees = sa.Table(
        "Employees", md, _pk("EmployeeId"), _s("FullName", 80), _s("Email"),
        _s("Phone", 30))
    contacts = sa.Table(
        "Contacts", md, _pk("ContactId"), _s("FirstName", 60), _s("LastName", 60),
        _s("Email"), _s("Phone", 30), _s("JobTitle", 60),
        _fk("CompanyId", "Companies.CompanyId"),
        _fk("AccountManagerId", "Employees.EmployeeId"))
    activities = sa.Table(
        "Activities", md, _pk("ActivityId"), _fk("ContactId", "Contacts.ContactId"),
        _fk("AuthorId", "Employees.EmployeeId"), _s("Kind", 20), _s("Summary", 200),
        sa.Column("OccurredAt", sa.DateTime))
    e = Estate("crm", f)
    firms = [("Boulangeries Lemoine", "Agroalimentaire"), ("Transports Vidal", "Logistique"),
             ("Cabinet Aubert", "Conseil"), ("Northwind Dental", "Santé"),
             ("Atelier Rivière", "Industrie")]
    comp = [{"CompanyId": i, "CompanyName": n, "Industry": ind, "Switchboard": f.landline()}
            for i, (n, ind) in enumerate(firms, 1)]
    emps: Records = []
    cons: Records = []
    acts: Records = []
    for i in range(1, 7):
        first, last = f.name()
        email, phone = f.email(first, last), f.mobile()
        emps.append({"EmployeeId": i, "FullName": f"{first} {last}", "Email": email,
                     "Phone": phone})
        e.person(f"emp{i}", "Employees", {"EmployeeId": i}, (f"{first} {last}",), [email],
                 [phone])
    for i in range(1, 56):
        first, last = f.name()
        company = (i - 1) % 5 + 1
        switchboard = i in (1, 6, 2)  # companies 1 (two contacts) and 2 (one)
        phone = str(comp[company - 1]["Switchboard"]) if switchboard else f.mobile()
        email = f.email(first, last)
        manager = f.rng.randint(1, 6)
        cons.append({"ContactId": i, "FirstName": first, "LastName": last, "Email": email,
                     "Phone": phone, "JobTitle": f.rng.choice(
                         ["Directeur achats", "Office manager", "CFO", "Responsable RH"]),
                     "CompanyId": company, "AccountManagerId": manager})
        e.person(f"con{i}", "Contacts", {"ContactId": i}, (first, last), [email], [phone])
        e.ref("Contacts", {"ContactId": i}, f"emp{manager}", "AccountManagerId")
        for _ in range(f.rng.randint(0, 4)):
            aid = len(acts) + 1
            author = f.rng.randint(1, 6)
            acts.append({"ActivityId": aid, "ContactId": i, "AuthorId": author,
                         "Kind": f.rng.choice(["call", "meeting", "email"]),
                         "Summary": f.rng.choice(["Relance devis", "Présentation offre",
                                                  "Point trimestriel", "Renouvellement"]),
                         "OccurredAt": f.moment()})
            e.own("Activities", {"ActivityId": aid}, f"con{i}")
            e.ref("Activities", {"ActivityId": aid}, f"emp{author}", "AuthorId")
    with create(url, md) as conn:
        insert(conn, companies, comp)
        insert(conn, employees, emps)
        insert(conn, contacts, cons)
        insert(conn, activities, acts)
    return e.finish(md)


# -- 8. no declared foreign keys -----------------------------------------------------------------


def no_fk(url: str) -> Truth:
    """A shop linked only by `<table>_id` naming: orders and their items are the
    customer's; a ticket is the customer's and a reference (agent_id) for the agent."""
    f, md = Fake(808), sa.MetaData()
    customers = sa.Table("customers", md, _pk(), _s("name", 80), _s("email"),
                         _s("phone", 30), sa.Column("created_at", sa.DateTime))
    agents = sa.Table("agents", md, _pk(), _s("full_name", 80), _s("email"))
    orders = sa.Table("orders", md, _pk(), sa.Column("customer_id", sa.Integer),
                      sa.Column("ordered_at", sa.DateTime),
                      sa.Column("total", sa.Numeric(10, 2)))
    items = sa.Table("order_items", md, _pk(), sa.Column("order_id", sa.Integer),
                     _s("sku", 20), sa.Column("qty", sa.Integer),
                     sa.Column("price", sa.Numeric(10, 2)))
    tickets = sa.Table("tickets", md, _pk(), sa.Column("customer_id", sa.Integer),
                       sa.Column("agent_id", sa.Integer), _s("subject", 120),
                       sa.Column("opened_at", sa.DateTime))
    e = Estate("no_fk", f)
    arows: Records = []
    crows: Records = []
    orows: Records = []
    irows: Records = []
    trows: Records = []
    for i in range(1, 6):
        first, last = f.name()
        email: str | None = f.email(first, last)
        arows.append({"id": i, "full_name": f"{first} {last}", "email": email})
        e.person(f"agent{i}", "agents", {"id": i}, (f"{first} {last}",), [email])
    for i in range(1, 61):
        first, last = f.name()
        email = f.email(first, last) if i % 8 else None
        phone = f.mobile() if i % 3 else None
        crows.append({"id": i, "name": f"{first} {last}", "email": email, "phone": phone,
                      "created_at": f.moment()})
        e.person(f"c{i}", "customers", {"id": i}, (f"{first} {last}",), [email], [phone])
        for _ in range(f.rng.randint(0, 3)):
            oid = len(orows) + 1
            orows.append({"id": oid, "customer_id": i, "ordered_at": f.moment(),
                          "total": f.amount()})
            e.own("orders", {"id": oid}, f"c{i}")
            for _ in range(f.rng.randint(1, 3)):
                iid = len(irows) + 1
                irows.append({"id": iid, "order_id": oid,
                              "sku": f"REF-{f.rng.randint(10000, 99999)}",
                              "qty": f.rng.randint(1, 4), "price": f.amount(3, 80)})
                e.own("order_items", {"id": iid}, f"c{i}")
        if i % 2:
            tid = len(trows) + 1
            agent = f.rng.randint(1, 5)
            trows.append({"id": tid, "customer_id": i, "agent_id": agent,
                          "subject": f.rng.choice(["Colis non reçu", "Demande de facture",
                                                   "Retour produit"]),
                          "opened_at": f.moment()})
            e.own("tickets", {"id": tid}, f"c{i}")
            e.ref("tickets", {"id": tid}, f"agent{agent}", "agent_id")
    with create(url, md) as conn:
        insert(conn, customers, crows)
        insert(conn, agents, arows)
        insert(conn, orders, orows)
        insert(conn, items, irows)
        insert(conn, tickets, trows)
    return e.finish(md)


# -- 9. composite keys ---------------------------------------------------------------------------


def composite(url: str) -> Truth:
    """A school: enrollments keyed (student_id, course_id) are the student's; courses (a
    lookup) name their teacher (a reference); book orders and their lines keyed
    (order_id, line_no) are the student's."""
    f, md = Fake(909), sa.MetaData()
    teachers = sa.Table("teachers", md, _pk("teacher_id"), _s("first_name", 60),
                        _s("last_name", 60), _s("email"))
    students = sa.Table("students", md, _pk("student_id"), _s("first_name", 60),
                        _s("last_name", 60), _s("email"), _s("phone", 30),
                        sa.Column("birth_date", sa.Date))
    courses = sa.Table("courses", md, _pk("course_id"), _s("title", 80),
                       _fk("teacher_id", "teachers.teacher_id"))
    enrollments = sa.Table(
        "enrollments", md,
        sa.Column("student_id", sa.Integer, sa.ForeignKey("students.student_id"),
                  primary_key=True, autoincrement=False),
        sa.Column("course_id", sa.Integer, sa.ForeignKey("courses.course_id"),
                  primary_key=True, autoincrement=False),
        sa.Column("enrolled_on", sa.Date), _s("grade", 2))
    book_orders = sa.Table("book_orders", md, _pk("order_id"),
                           _fk("student_id", "students.student_id"),
                           sa.Column("ordered_on", sa.Date))
    book_lines = sa.Table(
        "book_order_lines", md,
        sa.Column("order_id", sa.Integer, sa.ForeignKey("book_orders.order_id"),
                  primary_key=True, autoincrement=False),
        sa.Column("line_no", sa.Integer, primary_key=True, autoincrement=False),
        _s("isbn", 17), sa.Column("qty", sa.Integer))
    e = Estate("composite", f)
    trows: Records = []
    srows: Records = []
    crows: Records = []
    erows: Records = []
    orows: Records = []
    lrows: Records = []
    for i in range(1, 6):
        first, last = f.name()
        email: str | None = f.email(first, last)
        trows.append({"teacher_id": i, "first_name": first, "last_name": last, "email": email})
        e.person(f"t{i}", "teachers", {"teacher_id": i}, (first, last), [email])
    titles = ["Mathématiques", "Physique", "Histoire", "Anglais", "Philosophie", "Chimie",
              "Économie", "Espagnol", "Biologie", "Informatique"]
    for cid, title in enumerate(titles, 1):
        teacher = (cid - 1) % 5 + 1
        crows.append({"course_id": cid, "title": title, "teacher_id": teacher})
        e.ref("courses", {"course_id": cid}, f"t{teacher}", "teacher_id")
    for i in range(1, 61):
        first, last = f.name()
        email = f.email(first, last) if i % 7 else None
        phone = f.mobile() if i % 4 else None
        srows.append({"student_id": i, "first_name": first, "last_name": last, "email": email,
                      "phone": phone, "birth_date": date(2004, 1, 1) + timedelta(
                          days=f.rng.randrange(1500))})
        e.person(f"s{i}", "students", {"student_id": i}, (first, last), [email], [phone])
        for course in f.rng.sample(range(1, 11), f.rng.randint(1, 4)):
            erows.append({"student_id": i, "course_id": course, "enrolled_on": f.day(200),
                          "grade": f.rng.choice(["A", "B", "C", None])})
            e.own("enrollments", {"student_id": i, "course_id": course}, f"s{i}")
        if i % 3 == 0:
            oid = len(orows) + 1
            orows.append({"order_id": oid, "student_id": i, "ordered_on": f.day()})
            e.own("book_orders", {"order_id": oid}, f"s{i}")
            for line in range(1, f.rng.randint(2, 4)):
                lrows.append({"order_id": oid, "line_no": line,
                              "isbn": f"978-2-{f.rng.randint(1000, 9999)}-"
                                      f"{f.rng.randint(1000, 9999)}-{f.rng.randint(0, 9)}",
                              "qty": 1})
                e.own("book_order_lines", {"order_id": oid, "line_no": line}, f"s{i}")
    with create(url, md) as conn:
        insert(conn, teachers, trows)
        insert(conn, students, srows)
        insert(conn, courses, crows)
        insert(conn, enrollments, erows)
        insert(conn, book_orders, orows)
        insert(conn, book_lines, lrows)
    return e.finish(md)


# -- 10. shared identifiers ----------------------------------------------------------------------


def shared_ids(url: str) -> Truth:
    """Members in one table where pairs share a home phone (a household landline) or an
    e-mail (a family address) but differ in name and in their other e-mail or mobile:
    two people each. Payments are the member's."""
    f, md = Fake(1010), sa.MetaData()
    members = sa.Table(
        "members", md, _pk("member_id"), _s("first_name", 60), _s("last_name", 60),
        _s("email"), _s("mobile", 30), _s("home_phone", 30), sa.Column("joined_on", sa.Date))
    payments = sa.Table(
        "payments", md, _pk("payment_id"), _fk("member_id", "members.member_id"),
        sa.Column("amount", sa.Numeric(10, 2)), sa.Column("paid_on", sa.Date))
    e = Estate("shared_ids", f)
    mrows: list[dict[str, Any]] = []
    prows: Records = []

    def member(first: str, last: str, email: str | None, mobile: str | None,
               home: str | None) -> None:
        mid = len(mrows) + 1
        mrows.append({"member_id": mid, "first_name": first, "last_name": last,
                      "email": email, "mobile": mobile, "home_phone": home,
                      "joined_on": f.day(2000)})
        e.person(f"m{mid}", "members", {"member_id": mid}, (first, last), [email],
                 [mobile, home])
        for _ in range(f.rng.randint(1, 3)):
            pid = len(prows) + 1
            prows.append({"payment_id": pid, "member_id": mid, "amount": f.amount(20, 120),
                          "paid_on": f.day()})
            e.own("payments", {"payment_id": pid}, f"m{mid}")

    for _ in range(8):  # a household landline, each their own e-mail and mobile
        home = f.landline()
        family = f.rng.choice(LAST)
        for _ in range(2):
            first, last = f.name(family)
            member(first, last, f.email(first, last), f.mobile(), home)
    for pair in range(8):  # a family e-mail, each their own mobile (two have none)
        family = f.rng.choice(LAST)
        people = [f.name(family), f.name(family)]
        shared = f.email("famille", family)
        for n, (first, last) in enumerate(people):
            member(first, last, shared, None if pair in (2, 5) and n else f.mobile(), None)
    for _ in range(28):  # everyone else: their own of everything
        first, last = f.name()
        member(first, last, f.email(first, last), f.mobile(),
               f.landline() if f.rng.random() < 0.3 else None)
    with create(url, md) as conn:
        insert(conn, members, mrows)
        insert(conn, payments, prows)
    return e.finish(md)


SCHEMAS: dict[str, Callable[[str], Truth]] = {
    "hr": hr, "shop_reps": shop_reps, "marketplace": marketplace, "referrals": referrals,
    "clinic": clinic, "households": households, "crm": crm, "no_fk": no_fk,
    "composite": composite, "shared_ids": shared_ids,
}


# -- scanning ------------------------------------------------------------------------------------


@dataclass
class Scanned:
    truth: Truth
    config: Any  # scanner.core.config.Config
    workdir: Path
    status: str
    failures: list[Any]


def scan_schema(name: str, url: str, workdir: Path) -> Scanned:
    """Build the schema at `url` and run the real scan into a fresh index under `workdir`."""
    from scanner.core.config import Config, SourceConfig
    from scanner.scan.engine import run_scan

    truth = SCHEMAS[name](url)
    workdir.mkdir(parents=True, exist_ok=True)
    config = Config(index=f"sqlite:///{workdir}/index.db", key_file=str(workdir / "pdmap.key"),
                    sources=(SourceConfig(name=name, url=url),), base_dir=workdir,
                    default_region="FR")
    result = run_scan(config)
    return Scanned(truth, config, workdir, result.status, list(result.report.failures))


def field_verdicts(scanned: Scanned) -> dict[tuple[str, str], str | None]:
    """(table, column) -> the category the scan gave it (None: not personal)."""
    from scanner.index.store import Index

    index = Index(str(scanned.config.index))
    try:
        last = index.last_scan()
        assert last is not None
        return {(f["container"].rsplit(".", 1)[-1], f["field"]):
                (f["category"] if f["personal"] else None)
                for f in index.scan_fields(int(last["id"]))}
    finally:
        index.close()


# -- scoring -------------------------------------------------------------------------------------


@dataclass
class Score(Rates):
    schema: str
    dialect: str = "sqlite"
    people: int = 0
    expected: int = 0  # (person, row, role) triples the truth holds
    tp: int = 0
    fp: int = 0
    fn: int = 0
    rootless: int = 0  # people whose root row is in no subject as their own
    merged: int = 0  # people whose root subject holds another person's root row
    foreign_ids: int = 0  # people whose subject answers to another person's e-mail/phone
    lost_ids: int = 0  # identifiers of one person that do not find that person's subject
    shared_flag: int = 0  # attached rows whose shared flag is wrong
    ref_fields: int = 0  # references whose fields are not the naming columns
    exportable: int = 0
    export_failed: int = 0
    leaks: int = 0
    leak_kinds: Counter[str] = field(default_factory=Counter)
    exported: Counter[str] = field(default_factory=Counter)  # by truth role ("foreign")
    export_missing: int = 0  # rows of the person not in their package
    overexposed: int = 0  # references exported with more than naming columns and key
    problems: list[str] = field(default_factory=list)
    error: str | None = None

    def add(self, other: Score) -> None:
        for name in ("people", "expected", "tp", "fp", "fn", "rootless", "merged",
                     "foreign_ids", "lost_ids", "shared_flag", "ref_fields", "exportable",
                     "export_failed", "leaks", "export_missing", "overexposed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.leak_kinds.update(other.leak_kinds)
        self.exported.update(other.exported)

    def problem(self, text: str) -> None:
        self.problems.append(f"{self.schema}/{self.dialect}: {text}")


def _table(container: str) -> str:
    return container.rsplit(".", 1)[-1].lower()


def _email_pattern(value: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w.+-])" + re.escape(value) + r"(?![\w-])", re.IGNORECASE)


def _phone_pattern(value: str) -> re.Pattern[str]:
    n = phonenumbers.parse(value, "FR")
    digits = str(n.national_number)
    return re.compile(r"(?<![\d])(?:\+33|0033|0)[\s.\-()]*" + r"[\s.\-]?".join(digits)
                      + r"(?!\d)")


def evaluate(scanned: Scanned, dialect: str = "sqlite", export: bool = True) -> Score:
    """Score the index (and the export) of a scanned schema against its truth."""
    from scanner.identifiers.key import load_key
    from scanner.index import inventory, queries
    from scanner.index.store import Index

    truth, config = scanned.truth, scanned.config
    score = Score(truth.schema, dialect, people=len(truth.people))
    for failure in scanned.failures:
        score.problem(f"scan failure: {failure}")
    key = load_key(config.resolve(config.key_file))
    index = Index(str(config.index))
    try:
        with index.connect() as conn:
            subject_ids = [int(s) for s, in conn.execute(sa.select(inventory.subjects.c.id))]
        occs: dict[int, list[tuple[Row, str, frozenset[str]]]] = {}
        for s in subject_ids:
            occs[s] = [((_table(o["container"]), fkey(o["item"])), o.get("role") or "own",
                        frozenset(str(c).lower() for c in o.get("fields") or ()))
                       for o in queries.subject_occurrences(index, s)]
        owners: dict[Row, set[int]] = defaultdict(set)
        for s, found in occs.items():
            for row, role, _ in found:
                if role == "own":
                    owners[row].add(s)
        root_subjects = {pid: owners.get((p.root[0], fkey(p.root[1])), set())
                         for pid, p in truth.people.items()}
        roots_in: dict[int, set[str]] = defaultdict(set)
        for pid, subs in root_subjects.items():
            for s in subs:
                roots_in[s].add(pid)
        for pid, person in truth.people.items():
            subs = root_subjects[pid]
            expected = truth.expected(pid)
            score.expected += len(expected)
            if not subs:
                score.rootless += 1
                score.problem(f"{pid}: root row {person.root[0]}{person.root[1]} is in no "
                              "subject as its own")
            others = sorted({q for s in subs for q in roots_in[s]} - {pid})
            if others:
                score.merged += 1
                score.problem(f"{pid}: merged with {', '.join(others[:6])}"
                              + (" ..." if len(others) > 6 else ""))
            actual: dict[tuple[Row, str], tuple[str, frozenset[str]]] = {}
            for s in subs:
                for row, role, cols in occs[s]:
                    actual[(row, ROLE_CLASS.get(role, role))] = (role, cols)
            want = {(row, ROLE_CLASS[role]) for row, role in expected.items()}
            score.tp += len(want & actual.keys())
            extra, missing = actual.keys() - want, want - actual.keys()
            score.fp += len(extra)
            score.fn += len(missing)
            for (row, cls) in sorted(missing, key=repr)[:3]:
                score.problem(f"{pid}: missing {row[0]}{show_key(row[1])} as {cls}")
            for (row, cls) in sorted(extra, key=repr)[:3]:
                held = truth.rows.get(row)
                whose = ", ".join(sorted(f"{p}:{r}" for p, r in held)) if held else "no one's"
                score.problem(f"{pid}: holds {row[0]}{show_key(row[1])} as {cls} "
                              f"(truth: {whose})")
            for (row, cls) in want & actual.keys():
                role, cols = actual[(row, cls)]
                if cls == "attached" and role != expected[row]:
                    score.shared_flag += 1
                    score.problem(f"{pid}: {row[0]}{show_key(row[1])} is {role}, "
                                  f"truth {expected[row]}")
                if cls == "reference":
                    need = truth.ref_fields[(row, pid)]
                    allowed = need | truth.links.get(row[0], frozenset())
                    if not need <= cols <= allowed:
                        score.ref_fields += 1
                        score.problem(f"{pid}: reference {row[0]}{show_key(row[1])} names "
                                      f"fields {sorted(cols)}, truth {sorted(need)}")
        _identifier_checks(score, truth, index, key, config.default_region, root_subjects)
    finally:
        index.close()
    if export:
        _export_checks(score, scanned)
    return score


def _identifier_checks(score: Score, truth: Truth, index: Any, key: bytes, region: str,
                       root_subjects: dict[str, set[int]]) -> None:
    from scanner.index.queries import resolve_identifier

    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    written: dict[tuple[str, str], str] = {}
    for pid, person in truth.people.items():
        for kind in STRONG_KINDS:
            for v in person.identifiers[kind]:
                n = normalize(kind, v)
                if n:
                    holders[(kind, n)].add(pid)
                    written.setdefault((kind, n), v)
    found = {ident: set(resolve_identifier(index, key, written[ident], ident[0], region)[0])
             for ident in holders}
    for pid in truth.people:
        subs = root_subjects[pid]
        foreign = [ident for ident, who in holders.items()
                   if pid not in who and found[ident] & subs]
        if foreign:
            score.foreign_ids += 1
            score.problem(f"{pid}: its subject answers to {len(foreign)} identifier(s) of "
                          f"{', '.join(sorted({q for i in foreign for q in holders[i]})[:6])}")
    for ident, who in holders.items():
        if len(who) == 1:
            pid = next(iter(who))
            if root_subjects[pid] and not found[ident] & root_subjects[pid]:
                score.lost_ids += 1
                score.problem(f"{pid}: its {ident[0]} does not find its subject")


def _export_checks(score: Score, scanned: Scanned) -> None:
    from scanner.export.package import ExportError
    from scanner.export.wiring import export_from_index

    truth = scanned.truth
    tokens: dict[str, list[tuple[str, str, re.Pattern[str]]]] = {}
    for pid, person in truth.people.items():
        tokens[pid] = [(kind, n, _email_pattern(v) if kind == "email" else _phone_pattern(v))
                       for kind in STRONG_KINDS for v in person.identifiers[kind]
                       if (n := normalize(kind, v))]
    for pid, person in truth.people.items():
        if person.export_id is None:
            continue
        score.exportable += 1
        out = scanned.workdir / "exports" / pid
        try:
            export_from_index(scanned.config, [person.export_id], out, fmt="dir",
                              overwrite=True)
        except ExportError as e:
            score.export_failed += 1
            score.problem(f"{pid}: export refused: {e}")
            continue
        mine = person.normalized()
        texts = [p.read_text(errors="replace") for p in sorted(out.rglob("*")) if p.is_file()]
        leaked: set[str] = set()
        for q, qtokens in tokens.items():
            if q == pid:
                continue
            for kind, n, pattern in qtokens:
                if (kind, n) not in mine and any(pattern.search(t) for t in texts):
                    score.leaks += 1
                    score.leak_kinds[kind] += 1
                    leaked.add(q)
        expected = truth.expected(pid)
        seen: set[Row] = set()
        for path in sorted(out.glob("data/*/*.json")):  # a table's rows: data/<source>/<table>.json
            doc = orjson.loads(path.read_bytes())
            if doc.get("source_type") != "sql":
                continue
            table = _table(str(doc.get("container", "")))
            for record in doc.get("records", []):
                row = (table, fkey(record.get("locator") or {}))
                seen.add(row)
                role = expected.get(row, "foreign")
                score.exported[role] += 1
                values = record.get("values") or {}
                cells = {str(v.get("value")) for v in values.values()
                         if isinstance(v, dict) and v.get("value") is not None}
                for q, other in truth.people.items():
                    if q != pid and other.name and other.name != person.name \
                            and set(other.name) <= cells:
                        score.leaks += 1
                        score.leak_kinds["name"] += 1
                        leaked.add(q)
                if role == "reference":
                    allowed = (truth.ref_fields[(row, pid)] | set(truth.keys.get(table, ()))
                               | truth.links.get(table, frozenset()))
                    if {str(c).lower() for c in values} - allowed:
                        score.overexposed += 1
        missing = set(expected) - seen
        score.export_missing += len(missing)
        if leaked:
            score.problem(f"{pid}: export holds identifiers or names of "
                          f"{', '.join(sorted(leaked)[:6])}" + (" ..." if len(leaked) > 6 else ""))
        if missing:
            score.problem(f"{pid}: export lacks {len(missing)} of its {len(expected)} rows")


def summary_line(s: Score) -> str:
    exported = "/".join(str(s.exported.get(r, 0)) for r in (*ROLES, "foreign"))
    return (f"{s.schema:<12} {s.dialect:<8} {s.people:>6} {s.expected:>8} {s.precision:>6.3f} "
            f"{s.recall:>6.3f} {s.f2:>6.3f} {s.merged:>6} {s.rootless:>8} {s.foreign_ids:>7} "
            f"{s.leaks:>6} {s.overexposed:>5} {exported:>22}")


SUMMARY_HEADER = (f"{'schema':<12} {'dialect':<8} {'people':>6} {'expected':>8} {'prec':>6} "
                  f"{'recall':>6} {'F2':>6} {'merged':>6} {'rootless':>8} {'foreign':>7} "
                  f"{'leaks':>6} {'overx':>5} {'exported o/a/s/r/foreign':>22}")
