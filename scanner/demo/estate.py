"""The demo estate: a small shop database in SQLite built from a fixed seed.

Everything is invented. The shop has customers, orders, order lines, a newsletter list,
support tickets and products, with the traps a scanner must not fall into (numeric ids,
amounts, status codes, country codes, timestamps) next to real personal data.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
from pathlib import Path

from scanner.demo.values import card, fr_iban, fr_phone, intl_phone

FIRST = ["Alice", "Bruno", "Chloé", "David", "Emma", "François", "Gaëlle", "Hugo", "Inès",
         "Jules", "Karim", "Léa", "Mathieu", "Nadia", "Olivier", "Pauline", "Quentin",
         "Rose", "Samuel", "Thérèse", "Ulysse", "Valérie", "William", "Yasmine", "Zoé",
         "James", "Mary", "Robert", "Linda", "Michael", "Sarah"]
LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
        "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Fournier",
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson"]
STREETS = ["rue de la Paix", "avenue Victor Hugo", "boulevard Voltaire", "rue du Moulin",
           "chemin des Vignes", "place de la République", "High Street", "Baker Street"]
CITIES = [("75011", "Paris"), ("69003", "Lyon"), ("13001", "Marseille"), ("31000", "Toulouse"),
          ("33000", "Bordeaux"), ("44000", "Nantes"), ("59000", "Lille"), ("67000", "Strasbourg")]
DOMAINS = ["example.com", "example.org", "mail.example.net", "exemple.fr"]
PRODUCTS = ["Chaise en chêne", "Table basse", "Lampe de bureau", "Tapis berbère",
            "Étagère murale", "Coussin lin", "Miroir rond", "Vase en grès"]
STATUSES = ["paid", "shipped", "delivered", "cancelled", "refunded"]

SCHEMA = """
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT,
    telephone TEXT,
    date_naissance DATE,
    adresse TEXT,
    code_postal TEXT,
    ville TEXT,
    country_code TEXT,
    iban TEXT,
    last_login_ip TEXT,
    created_at TIMESTAMP NOT NULL,
    loyalty_points INTEGER NOT NULL
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    price NUMERIC(10, 2) NOT NULL
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    order_number TEXT NOT NULL,
    status TEXT NOT NULL,
    amount NUMERIC(10, 2) NOT NULL,
    card_number TEXT,
    billing_address TEXT,
    ordered_at TIMESTAMP NOT NULL
);
CREATE TABLE order_lines (
    order_id INTEGER NOT NULL REFERENCES orders(id),
    line_no INTEGER NOT NULL,
    product_id INTEGER NOT NULL REFERENCES products(id),
    quantity INTEGER NOT NULL,
    unit_price NUMERIC(10, 2) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
CREATE TABLE newsletter (
    email TEXT PRIMARY KEY,
    subscribed_at TIMESTAMP NOT NULL,
    source TEXT NOT NULL
);
CREATE TABLE support_tickets (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER REFERENCES customers(id),
    subject TEXT NOT NULL,
    message TEXT NOT NULL,
    opened_at TIMESTAMP NOT NULL,
    status_code INTEGER NOT NULL
);
"""


def ascii_fold(s: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def customers(rng: random.Random, n: int) -> list[tuple]:
    start = dt.datetime(2021, 1, 1)
    rows = []
    for i in range(1, n + 1):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        email = f"{ascii_fold(first)}.{ascii_fold(last)}{i}@{rng.choice(DOMAINS)}"
        postal, city = rng.choice(CITIES)
        phone = fr_phone(rng) if rng.random() < 0.8 else intl_phone(rng)
        born = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 50))
        rows.append((
            i, first, last, email if rng.random() > 0.03 else None, phone, born.isoformat(),
            f"{rng.randint(1, 120)} {rng.choice(STREETS)}", postal, city,
            rng.choice(["FR", "FR", "FR", "BE", "GB", "DE"]),
            fr_iban(rng) if rng.random() < 0.7 else None,
            ".".join(str(rng.randint(1, 223)) for _ in range(4)),
            (start + dt.timedelta(minutes=rng.randint(0, 10**6))).isoformat(sep=" "),
            rng.randint(0, 5000),
        ))
    return rows


def ticket_text(rng: random.Random, name: str) -> tuple[str, str]:
    templates = [
        ("Colis non reçu", f"Bonjour, je suis {name} et ma commande n'est jamais arrivée. "
                           "Pouvez-vous vérifier auprès du transporteur ? Merci."),
        ("Refund request", f"Hello, this is {name}. The lamp arrived broken, I would like a "
                           "refund or a replacement please."),
        ("Changement d'adresse", "Merci de modifier l'adresse de livraison de ma dernière "
                                 "commande, je déménage la semaine prochaine."),
        ("Question", "Is the oak chair available in a darker finish? Thanks in advance."),
    ]
    return rng.choice(templates)


def build_shop(path: Path, seed: int = 7, n_customers: int = 200) -> Path:
    """Create the demo shop database at `path` (replaced if present)."""
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    con = sqlite3.connect(path)
    con.executescript(SCHEMA)
    cust = customers(rng, n_customers)
    con.executemany(f"INSERT INTO customers VALUES ({','.join('?' * 14)})", cust)
    con.executemany("INSERT INTO products VALUES (?,?,?,?,?)", [
        (i + 1, f"SKU-{1000 + i}", name, f"{name}, fabriqué en France. Finition naturelle.",
         f"{rng.randint(15, 400)}.{rng.randint(0, 99):02d}") for i, name in enumerate(PRODUCTS)])
    orders, lines = [], []
    for oid in range(1, n_customers * 2 + 1):
        c = rng.choice(cust)
        orders.append((oid, c[0], f"CMD-2024-{oid:06d}", rng.choice(STATUSES),
                       f"{rng.randint(10, 900)}.{rng.randint(0, 99):02d}",
                       card(rng) if rng.random() < 0.6 else None,
                       f"{c[6]}, {c[7]} {c[8]}",
                       f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 10:00:00"))
        for ln in range(1, rng.randint(1, 4) + 1):
            lines.append((oid, ln, rng.randint(1, len(PRODUCTS)), rng.randint(1, 5),
                          f"{rng.randint(15, 400)}.00"))
    con.executemany("INSERT INTO orders VALUES (?,?,?,?,?,?,?,?)", orders)
    con.executemany("INSERT INTO order_lines VALUES (?,?,?,?,?)", lines)
    subscribers = [c[3] for c in cust[: n_customers // 2] if c[3]]
    subscribers += [f"prospect{i}@example.org" for i in range(20)]
    con.executemany("INSERT INTO newsletter VALUES (?,?,?)", [
        (e, f"2023-{rng.randint(1, 12):02d}-01 09:00:00", rng.choice(["footer", "checkout"]))
        for e in subscribers])
    tickets = []
    for tid in range(1, n_customers // 2 + 1):
        c = rng.choice(cust)
        subject, message = ticket_text(rng, f"{c[1]} {c[2]}")
        tickets.append((tid, c[0], subject, message, "2024-06-01 12:00:00",
                        rng.choice([100, 200, 300])))
    con.executemany("INSERT INTO support_tickets VALUES (?,?,?,?,?,?)", tickets)
    con.commit()
    con.close()
    return path


DEMO_SEED = 7
N_CUSTOMERS = 200
# The customer whose package `make demo` exports (seed 7): on the newsletter, with orders,
# support tickets, customer-service mail and lines in the exports folder. A test checks
# that demo_person() still picks them; the Makefile names them.
DEMO_PERSON = "bruno.thomas39@example.com"

_RETAIN = "3 years after the last order"
_CONTRACT = "contract (GDPR art. 6(1)(b))"
_INTEREST = "legitimate interest (GDPR art. 6(1)(f))"

DEMO_CONFIG = f"""\
# The demo estate's pdmap.yaml (written by `pdmap demo`). Relative paths are relative to
# this file.
index: sqlite:///.pdmap/index.db
key_file: .pdmap/key
languages: [en, fr]
default_region: FR
controller:
  name: Maison Demo SAS
  contact: dpo@maison-demo.example
sources:
  - name: shop
    url: sqlite:///shop.db
  - name: mail
    url: mbox://mail/support.mbox
  - name: exports
    url: file://exports
datamap:
  - {{container: "*.customers", field: email, category: contact.email,
     purpose: account management and order follow-up, legal_basis: {_CONTRACT},
     retention: {_RETAIN}, recipients: [carrier]}}
  - {{container: "*.customers", field: "*_name", category: identity.name,
     purpose: account management and order follow-up, legal_basis: {_CONTRACT},
     retention: {_RETAIN}, recipients: [carrier]}}
  - {{container: "*.customers", field: telephone, category: contact.phone,
     purpose: delivery, legal_basis: {_CONTRACT}, retention: {_RETAIN},
     recipients: [carrier]}}
  - {{container: "*.customers", field: "*", category: contact.address,
     purpose: delivery and invoicing, legal_basis: {_CONTRACT}, retention: {_RETAIN},
     recipients: [carrier]}}
  - {{container: "*.customers", field: date_naissance, category: identity.birth_date,
     purpose: age check for the loyalty programme, legal_basis: consent,
     retention: until the account is closed}}
  - {{container: "*.customers", field: iban, category: financial.bank_account,
     purpose: refunds, legal_basis: {_CONTRACT},
     retention: 10 years (accounting obligations), recipients: [bank]}}
  - {{container: "*.orders", field: card_number, category: financial.payment_card,
     purpose: payment, legal_basis: {_CONTRACT}, retention: 13 months (chargebacks),
     recipients: [payment provider]}}
  - {{container: "*.orders", field: billing_address, category: financial.invoicing_address,
     purpose: invoicing, legal_basis: legal obligation (GDPR art. 6(1)(c)),
     retention: 10 years (accounting obligations)}}
  - {{container: "*", field: "*", category: identity.account_id,
     purpose: account management and order follow-up, legal_basis: {_CONTRACT},
     retention: {_RETAIN}}}
  - {{container: "*", field: "*", category: online.ip_address,
     purpose: security of the web site and fraud prevention, legal_basis: {_INTEREST},
     retention: 1 year}}
  - {{container: "*", field: "*", category: communications.customer_service,
     purpose: customer service, legal_basis: {_INTEREST},
     retention: 2 years after the last exchange}}
  - {{source: mail, container: "*", field: "*", category: communications.message,
     purpose: customer service by e-mail, legal_basis: {_INTEREST},
     retention: 2 years after the last exchange}}
  - {{container: "*", field: "*", category: online.browsing_history,
     purpose: web site statistics and security, legal_basis: {_INTEREST},
     retention: 13 months}}
  - {{container: "*.newsletter", field: email, category: contact.email,
     purpose: newsletter, legal_basis: consent, retention: until unsubscription}}
"""


def demo_customers(seed: int = DEMO_SEED, n: int = N_CUSTOMERS) -> list[tuple]:
    """The rows build_shop(path, seed, n) puts in `customers` (same generator, same seed)."""
    return customers(random.Random(seed), n)


def demo_person(shop: Path, seed: int = DEMO_SEED) -> str:
    """The e-mail of the customer whose package the demo exports: the first correspondent
    of the demo mailbox who is on the newsletter and has orders and support tickets."""
    from scanner.demo.mail import correspondents

    con = sqlite3.connect(f"file:{shop}?mode=ro", uri=True)
    try:
        for _first, _last, email in correspondents(_mail_people(seed), seed):
            row = con.execute(
                "SELECT (SELECT count(*) FROM newsletter n WHERE n.email = c.email), "
                "(SELECT count(*) FROM orders o WHERE o.customer_id = c.id), "
                "(SELECT count(*) FROM support_tickets t WHERE t.customer_id = c.id) "
                "FROM customers c WHERE c.email = ?", (email,)).fetchone()
            if row and all(row):
                return str(email)
    finally:
        con.close()
    raise ValueError("no demo customer has mail, orders, tickets and the newsletter")


def _mail_people(seed: int) -> list[tuple[str, str, str]]:
    return [(c[1], c[2], c[3]) for c in demo_customers(seed) if c[3]]


def build_folder(directory: Path, person: str, seed: int = DEMO_SEED) -> Path:
    """A folder of files a shop leaves around: a CRM export (CSV), web events (JSON lines)
    and a web server access log, with `person` and a few other customers in each."""
    rng = random.Random(seed + 1)
    cust = [c for c in demo_customers(seed) if c[3]]
    chosen = [c for c in cust if c[3] == person] + rng.sample(
        [c for c in cust if c[3] != person], 11)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "logs").mkdir(exist_ok=True)
    lines = ["customer_id,first_name,last_name,email,phone,city"]
    lines += [f"{c[0]},{c[1]},{c[2]},{c[3]},{c[4]},{c[8]}" for c in chosen]
    (directory / "crm-export-2024-06.csv").write_text("\n".join(lines) + "\n", "utf-8")
    pages = ["/", "/produits/chaise-en-chene", "/produits/table-basse", "/panier",
             "/commande", "/compte", "/aide/livraison"]
    events, log = [], []
    start = dt.datetime(2024, 6, 3, 8, 0, tzinfo=dt.UTC)
    for n in range(48):
        c = chosen[n % len(chosen)] if n % 4 else chosen[0]
        when = start + dt.timedelta(minutes=37 * n)
        page = rng.choice(pages)
        events.append(json.dumps({"ts": when.isoformat(), "event": "page_view",
                                  "email": c[3], "ip": c[11], "page": page},
                                 ensure_ascii=False))
        stamp = when.strftime("%d/%b/%Y:%H:%M:%S +0000")
        log.append(f'{c[11]} - - [{stamp}] "GET {page} HTTP/1.1" 200 {rng.randint(800, 9000)} '
                   f'"-" "Mozilla/5.0 (X11; Linux x86_64) Firefox/126.0"')
    (directory / "events-2024-06.jsonl").write_text("\n".join(events) + "\n", "utf-8")
    (directory / "logs" / "access.log").write_text("\n".join(log) + "\n", "utf-8")
    return directory


def build_demo(directory: Path, seed: int = DEMO_SEED) -> Path:
    """The whole demo estate in `directory`, with its pdmap.yaml; returns the config path.

    A shop database, the customer-service mailbox (an mbox) and a folder of exports; see
    demo_person() for the customer the README's demo exports.
    """
    from scanner.demo.mail import build_mailbox

    directory.mkdir(parents=True, exist_ok=True)
    shop = build_shop(directory / "shop.db", seed, N_CUSTOMERS)
    build_mailbox(directory / "mail" / "support.mbox", _mail_people(seed), seed)
    build_folder(directory / "exports", demo_person(shop, seed), seed)
    config = directory / "pdmap.yaml"
    config.write_text(DEMO_CONFIG, encoding="utf-8")
    return config
