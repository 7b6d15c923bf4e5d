"""A small estate where Jane Doe appears in a database, a mailbox and a bucket.

Built for real: a SQLite database read back through connectors.sql.SqlConnector, a Maildir
written with the standard library, a directory standing for an object bucket. The index a
scan would have produced (issue 3) is a SqliteIndexReader filled with the occurrences.
The fetchers for mail and objects are small and real: they read the files.
"""

from __future__ import annotations

import csv
import io
import mailbox
from collections.abc import Callable
from dataclasses import dataclass
from email import policy
from email.parser import BytesHeaderParser, BytesParser
from pathlib import Path
from typing import Any

import orjson
import sqlalchemy as sa

from connectors.sql import SqlConnector
from scanner.core.config import Config, DataMapEntry, SourceConfig
from scanner.core.types import Locator, Record, ScanReport
from tests.exporters.sqlite_reader import SqliteIndexReader

JANE, BOB = 1, 2
JANE_EMAIL = "jane.doe@example.com"
TRAVERSAL_TABLE = "../../etc/passwd"
EVIL_CONTAINER = "../../\x1b[31mevil\x00/" + "x" * 300
EVIL_MESSAGE_ID = "<../../etc/passwd@evil.example>"

CONTROLLER = {"name": "Shop SAS", "address": "1 rue de la Paix, 75002 Paris, France",
              "dpo": "dpo@shop.example"}
DATAMAP = (
    DataMapEntry("main.customers", "email", "contact.email",
                 purpose="Customer account and order follow-up",
                 legal_basis="contract (art. 6(1)(b))", retention="3 years after the last order",
                 recipients=("Carrier", "Payment provider")),
    DataMapEntry("INBOX", "from", "contact.email", purpose="Customer service",
                 legal_basis="legitimate interest (art. 6(1)(f))", retention="2 years"),
    DataMapEntry("*", "*name", "identity.name", purpose="Customer account",
                 legal_basis="contract (art. 6(1)(b))", retention="3 years after the last order",
                 recipients=("Carrier",)),
    DataMapEntry("logs/*", "line", "online.ip_address", purpose="Security of the web site",
                 legal_basis="legitimate interest (art. 6(1)(f))", retention="1 year"),
)

MESSAGES = {
    "<m1@shop.example>": b"""\
From: Jane Doe <jane.doe@example.com>
To: Shop support <support@shop.example>
Subject: Where is my order 1002?
Date: Tue, 07 May 2024 09:12:00 +0200
Message-ID: <m1@shop.example>
Content-Type: text/plain; charset=utf-8

Hello, my order 1002 has not arrived. My phone is +33 6 12 34 56 78.
Jane
""",
    "<m2@shop.example>": b"""\
From: Shop support <support@shop.example>
To: Jane Doe <jane.doe@example.com>
Subject: =?utf-8?q?Re=3A_Where_is_my_order_1002=3F_=E2=9C=89?=
Date: Tue, 07 May 2024 10:30:00 +0200
Message-ID: <m2@shop.example>
In-Reply-To: <m1@shop.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear Jane, your invoice is attached. Bien cordialement.
--b1
Content-Type: application/pdf; name="invoice-1002.pdf"
Content-Disposition: attachment; filename="invoice-1002.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nPj4KZW5kb2JqCg==
--b1--
""",
    "<m3@shop.example>": b"""\
From: Bob Martin <bob@example.org>
To: Shop support <support@shop.example>
Subject: Refund
Message-ID: <m3@shop.example>

Please refund me.
""",
    EVIL_MESSAGE_ID: b"""\
From: Jane Doe <jane.doe@example.com>
To: Shop support <support@shop.example>
Subject: A message with an unkind Message-ID
Date: Wed, 08 May 2024 08:00:00 +0200
Message-ID: <../../etc/passwd@evil.example>

Nothing to see.
""",
}

CSV_TEXT = ("id,email,name,city\n1,jane.doe@example.com,Jane Doe,Lyon\n"
            "2,bob@example.org,Bob Martin,Nantes\n")
LOG_TEXT = (
    "2024-05-01T10:00:00Z 198.51.100.7 GET /cart bob@example.org\n"
    "2024-05-01T10:01:00Z 203.0.113.42 GET /account jane.doe@example.com\n"
    "2024-05-01T10:02:00Z 198.51.100.7 GET /checkout\n"
    "2024-05-01T10:05:00Z 203.0.113.42 POST /login jane.doe@example.com\n"
)
JSONL_TEXT = (
    '{"email": "jane.doe@example.com", "name": "Jane Doe", "tags": ["vip", "newsletter"],'
    ' "score": 4.5}\n'
    '{"email": "bob@example.org", "name": "Bob Martin", "tags": [], "score": 1}\n'
)


@dataclass
class Estate:
    root: Path
    reader: SqliteIndexReader
    fetch: Callable[[Locator], Record | None]
    connectors: dict[str, SqlConnector]
    config: Config

    def close(self) -> None:
        for c in self.connectors.values():
            c.close()
        self.reader.close()


def build_shop(path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{path}")
    md = sa.MetaData()
    customers = sa.Table(
        "customers", md,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("email", sa.String), sa.Column("full_name", sa.String),
        sa.Column("phone", sa.String), sa.Column("balance", sa.Numeric(10, 2)),
        sa.Column("avatar", sa.LargeBinary), sa.Column("created_at", sa.String),
        sa.Column("newsletter", sa.Boolean))
    orders = sa.Table(
        "orders", md,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id")),
        sa.Column("total", sa.String), sa.Column("placed_on", sa.String),
        sa.Column("note", sa.Text))
    evil = sa.Table(TRAVERSAL_TABLE, md,
                    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
                    sa.Column("email", sa.String))
    md.create_all(engine)
    with engine.begin() as conn:
        conn.execute(customers.insert(), [
            {"id": 1, "email": JANE_EMAIL, "full_name": "Jane Doe", "phone": "+33612345678",
             "balance": "12.50", "avatar": b"\x89PNG\r\n\x1a\n\x00", "newsletter": True,
             "created_at": "2023-11-02T08:30:00+00:00"},
            {"id": 2, "email": "bob@example.org", "full_name": "Bob Martin", "phone": None,
             "balance": "0.00", "avatar": None, "newsletter": False,
             "created_at": "2024-01-15T17:00:00+00:00"}])
        conn.execute(orders.insert(), [
            {"id": 1001, "customer_id": 1, "total": "59.90", "placed_on": "2024-04-30",
             "note": "Leave at the door"},
            {"id": 1002, "customer_id": 1, "total": "120.00", "placed_on": "2024-05-03",
             "note": None},
            {"id": 1003, "customer_id": 2, "total": "15.00", "placed_on": "2024-05-04",
             "note": None}])
        conn.execute(evil.insert(), [{"id": 1, "email": JANE_EMAIL}])
    engine.dispose()


def build_mail(path: Path) -> None:
    md = mailbox.Maildir(path, create=True)
    for raw in MESSAGES.values():
        md.add(raw)
    md.close()


def build_bucket(path: Path) -> None:
    for key, text in {"exports/customers.csv": CSV_TEXT, "logs/web-2024-05-01.log": LOG_TEXT,
                      "crm/contacts.jsonl": JSONL_TEXT}.items():
        (path / key).parent.mkdir(parents=True, exist_ok=True)
        (path / key).write_text(text, encoding="utf-8")


class MaildirFetch:
    """Fetches a message by folder and Message-ID; values as a mail connector gives them."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __call__(self, locator: Locator) -> Record | None:
        md = mailbox.Maildir(self.path, create=False)
        folder = md if locator.container == "INBOX" else md.get_folder(locator.container)
        wanted = locator.item_dict()["message_id"]
        for key in sorted(folder.keys()):
            raw = folder.get_bytes(key)
            if BytesHeaderParser().parsebytes(raw).get("Message-ID") == wanted:
                msg = BytesParser(policy=policy.default).parsebytes(raw)
                body = msg.get_body(("plain",))
                return Record(locator, {
                    "headers": list(msg.items()),
                    "body": body.get_content() if body is not None else None,
                    "attachments": [{"filename": p.get_filename(),
                                     "content_type": p.get_content_type()}
                                    for p in msg.iter_attachments()],
                    "raw": raw})
        return None


class BucketFetch:
    """Fetches one CSV row, JSON Lines record or log line of an object by key and position."""

    def __init__(self, path: Path) -> None:
        self.path = path.resolve()

    def __call__(self, locator: Locator) -> Record | None:
        item = locator.item_dict()
        p = (self.path / item["key"]).resolve()
        if not p.is_relative_to(self.path) or not p.is_file():
            return None
        text = p.read_text(encoding="utf-8")
        if "row" in item:
            rows = list(csv.DictReader(io.StringIO(text)))
            n = int(item["row"])
            return Record(locator, dict(rows[n - 1])) if 0 < n <= len(rows) else None
        lines = text.splitlines()
        n = int(item["line"])
        if not 0 < n <= len(lines):
            return None
        if p.suffix == ".jsonl":
            return Record(locator, orjson.loads(lines[n - 1]))
        return Record(locator, {"line": lines[n - 1]})


class Router:
    def __init__(self, fetchers: dict[str, Callable[[Locator], Record | None]]) -> None:
        self.fetchers = fetchers

    def __call__(self, locator: Locator) -> Record | None:
        return self.fetchers[locator.source](locator)


def sql_connector(name: str, path: Path) -> SqlConnector:
    c = SqlConnector(SourceConfig(name=name, url=f"sqlite:///{path}"))
    list(c.discover(ScanReport()))  # the SQL connector fetches tables it has reflected
    return c


def build(root: Path, with_crm: bool = False) -> Estate:
    """The estate and the index a scan of it would have left."""
    build_shop(root / "shop.db")
    build_mail(root / "mail")
    build_bucket(root / "bucket")
    reader = SqliteIndexReader(root / "index.db")
    reader.add_source("shop", "sqlite:///estate/shop.db", "sql")
    reader.add_source("mail", "maildir:///estate/mail", "mail")
    reader.add_source("bucket", "s3://estate-bucket/?endpoint=http://minio:9000", "objects")
    connectors = {"shop": sql_connector("shop", root / "shop.db")}
    fetchers: dict[str, Callable[[Locator], Record | None]] = {
        "shop": connectors["shop"].fetch, "mail": MaildirFetch(root / "mail"),
        "bucket": BucketFetch(root / "bucket")}
    for kind, value in (("email", JANE_EMAIL), ("phone", "+33 6 12 34 56 78"),
                        ("account", "1")):
        reader.add_identifier(JANE, kind, value)
    reader.add_identifier(BOB, "email", "bob@example.org")
    cust = {"id": None, "email": "contact.email", "full_name": "identity.name",
            "phone": "contact.phone", "balance": "finance.balance", "avatar": "identity.photo",
            "created_at": None, "newsletter": None}
    reader.set_categories("shop", "main.customers", cust)
    reader.set_categories("shop", "main.orders", {"id": None, "customer_id": None,
                                                  "total": "finance.payment",
                                                  "placed_on": None, "note": None})
    reader.set_categories("shop", f"main.{TRAVERSAL_TABLE}", {"email": "contact.email"})
    reader.set_categories("bucket", "exports/*.csv", {"email": "contact.email",
                                                      "name": "identity.name",
                                                      "city": "contact.address"})
    reader.set_categories("bucket", "crm/*.jsonl", {"email": "contact.email",
                                                    "name": "identity.name"})
    reader.set_categories("bucket", "logs/*.log", {"line": "online.ip_address"})
    occ: list[tuple[int, str, str, dict[str, Any], tuple[str, ...]]] = [
        (JANE, "shop", "main.customers", {"id": 1},
         ("contact.email", "contact.phone", "identity.name")),
        (JANE, "shop", "main.orders", {"id": 1002}, ("finance.payment",)),
        (JANE, "shop", "main.orders", {"id": 1001}, ("finance.payment",)),
        (JANE, "shop", f"main.{TRAVERSAL_TABLE}", {"id": 1}, ("contact.email",)),
        (JANE, "mail", "INBOX", {"message_id": "<m1@shop.example>"},
         ("contact.email", "contact.phone")),
        (JANE, "mail", "INBOX", {"message_id": "<m2@shop.example>"}, ("contact.email",)),
        (JANE, "mail", "INBOX", {"message_id": EVIL_MESSAGE_ID}, ("contact.email",)),
        (JANE, "bucket", "exports/*.csv", {"key": "exports/customers.csv", "row": 1},
         ("contact.email", "identity.name")),
        (JANE, "bucket", "logs/*.log", {"key": "logs/web-2024-05-01.log", "line": 4},
         ("contact.email", "online.ip_address")),
        (JANE, "bucket", "logs/*.log", {"key": "logs/web-2024-05-01.log", "line": 2},
         ("contact.email", "online.ip_address")),
        (JANE, "bucket", "crm/*.jsonl", {"key": "crm/contacts.jsonl", "line": 1},
         ("contact.email", "identity.name")),
        (JANE, "bucket", EVIL_CONTAINER, {"key": "exports/customers.csv", "row": 1},
         ("contact.email",)),
        (BOB, "shop", "main.customers", {"id": 2}, ("contact.email", "identity.name")),
        (BOB, "mail", "INBOX", {"message_id": "<m3@shop.example>"}, ("contact.email",)),
    ]
    if with_crm:
        build_crm(root / "crm.db")
        reader.add_source("crm", "postgresql://crm:***@crm.internal/crm", "sql")
        connectors["crm"] = sql_connector("crm", root / "crm.db")
        fetchers["crm"] = connectors["crm"].fetch
        reader.set_categories("crm", "main.contacts", {"email": "contact.email"})
        occ += [(JANE, "crm", "main.contacts", {"id": i}, ("contact.email",)) for i in (1, 2)]
    reader.add_occurrences(occ)
    reader.commit()
    config = Config(controller=CONTROLLER, datamap=DATAMAP, base_dir=root)
    return Estate(root, reader, Router(fetchers), connectors, config)


def build_crm(path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE contacts (id INTEGER PRIMARY KEY, email TEXT)"))
        conn.execute(sa.text("INSERT INTO contacts VALUES (1, :e), (2, :e)"), {"e": JANE_EMAIL})
    engine.dispose()


def make_unreachable(estate: Estate, name: str) -> None:
    """The source's database disappears after the scan (a server down, a file moved)."""
    (estate.root / f"{name}.db").unlink()
    estate.connectors[name].engine.dispose()
