"""Golden portability package through the real pipeline: `pdmap scan`, then `pdmap export`.

The estate is small and written out here so the golden files can be read against it: a
SQLite shop, a customer-service mbox and a real S3 bucket (the SeaweedFS of
tests/conftest.py). Camille Fontaine is in all three; everybody else is there so the test
can show that none of their data reaches her package. `PDMAP_KEY` is fixed (digests in
locators are stable), every file's bytes are fixed (S3 ETags are MD5s, stable too).

`pytest tests/scanner/test_export_golden.py --update-golden-files` rewrites
tests/scanner/golden/camille/. Every person here is invented.
"""

from __future__ import annotations

import sqlite3
import zipfile
from collections.abc import Iterator
from email.message import EmailMessage
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import orjson
import pytest
from click.testing import CliRunner

from exporters.portability import SCHEMA_FILE
from scanner.cli.main import main
from scanner.demo.estate import SCHEMA as SHOP_SCHEMA
from tests.conftest import set_env
from tests.golden import mask

KEY = "5c" * 32
BUCKET = "pdmap-golden-exports"
PERSON = "camille.fontaine@example.com"
PERSON_PHONE = "06 23 45 67 89"
VALIDATOR = jsonschema.Draft202012Validator(
    orjson.loads(resources.files("exporters").joinpath("schema", SCHEMA_FILE).read_bytes()),
    format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)

# -- the estate ------------------------------------------------------------------------

# id, first, last, e-mail, phone, birth date, street, postcode, city, country, IBAN, IP
CUSTOMERS = [
    (1, "Hugo", "Leroy", "hugo.leroy@example.org", "+33 6 11 22 33 44", "1979-09-30",
     "3 rue du Moulin", "75011", "Paris", "FR", "FR03 3000 4000 0300 0012 3456 715",
     "203.0.113.41"),
    (2, "Inès", "Garcia", "ines.garcia@exemple.fr", "07 98 76 54 32", "1992-01-17",
     "8 boulevard Voltaire", "13001", "Marseille", "FR", None, "203.0.113.77"),
    (3, "Camille", "Fontaine", PERSON, PERSON_PHONE, "1987-04-12", "14 rue des Lilas",
     "69003", "Lyon", "FR", "FR14 2004 1010 0505 0001 3M02 606", "198.51.100.23"),
    (4, "Peter", "Hall", "peter.hall@example.net", "+44 20 7946 0321", "1968-06-05",
     "21 Baker Street", "NW1 6XE", "London", "GB", None, "192.0.2.15"),
    (5, "Léa", "Moreau", "lea.moreau@example.com", "06 55 44 33 22", "2001-11-02",
     "40 avenue Victor Hugo", "33000", "Bordeaux", "FR", "FR34 1027 8060 3100 0203 4560 143",
     "198.51.100.90"),
    (6, "Karim", "Benali", "karim.benali@example.org", "07 12 12 34 34", "1985-03-23",
     "5 place de la République", "59000", "Lille", "FR", None, "192.0.2.200"),
]
OTHERS = [c for c in CUSTOMERS if c[3] != PERSON]
# id, customer, number, status, amount, card, ordered at
ORDERS = [
    (1, 1, "CMD-2024-000001", "delivered", "129.90", "4970101234567893", "2024-02-03 10:00:00"),
    (2, 3, "CMD-2024-000002", "shipped", "54.00", "4539578763621486", "2024-03-11 14:20:00"),
    (3, 2, "CMD-2024-000003", "paid", "310.50", None, "2024-03-15 09:05:00"),
    (4, 3, "CMD-2024-000004", "refunded", "89.99", None, "2024-05-27 18:45:00"),
    (5, 5, "CMD-2024-000005", "delivered", "19.90", "4111111111111111", "2024-06-01 08:30:00"),
    (6, 4, "CMD-2024-000006", "cancelled", "240.00", None, "2024-06-02 11:00:00"),
]
LINES = [(1, 1, 2, 1, "129.90"), (2, 1, 1, 2, "27.00"), (3, 1, 3, 1, "310.50"),
         (4, 1, 2, 1, "89.99"), (4, 2, 1, 1, "0.00"), (5, 1, 1, 1, "19.90"),
         (6, 1, 3, 1, "240.00")]
PRODUCTS = [(1, "SKU-1001", "Coussin lin", "Coussin en lin lavé.", "27.00"),
            (2, "SKU-1002", "Lampe de bureau", "Lampe en laiton.", "89.99"),
            (3, "SKU-1003", "Table basse", "Table basse en chêne massif.", "310.50")]
NEWSLETTER = [(PERSON, "2023-04-01 09:00:00", "checkout"),
              ("hugo.leroy@example.org", "2023-05-01 09:00:00", "footer"),
              ("lea.moreau@example.com", "2023-06-01 09:00:00", "footer"),
              ("prospect1@example.org", "2023-07-01 09:00:00", "footer")]
TICKETS = [
    (1, 3, "Colis non reçu", "Bonjour, je suis Camille Fontaine et ma commande "
     "CMD-2024-000002 n'est jamais arrivée. Merci de vérifier.", "2024-03-20 12:00:00", 200),
    (2, 1, "Refund request", "Hello, this is Hugo Leroy. The cushion arrived torn.",
     "2024-02-10 12:00:00", 100),
    (3, 5, "Question", "Is the oak table available in a darker finish?",
     "2024-06-03 12:00:00", 300),
]


def build_shop(path: Path) -> None:
    con = sqlite3.connect(path)
    con.executescript(SHOP_SCHEMA)
    con.executemany(f"INSERT INTO customers VALUES ({','.join('?' * 14)})", [
        (*c, f"2022-0{c[0]}-14 10:30:00", 100 * c[0]) for c in CUSTOMERS])
    con.executemany("INSERT INTO products VALUES (?,?,?,?,?)", PRODUCTS)
    address = {c[0]: f"{c[6]}, {c[7]} {c[8]}" for c in CUSTOMERS}
    con.executemany("INSERT INTO orders VALUES (?,?,?,?,?,?,?,?)", [
        (o, c, n, s, a, card, address[c], at) for o, c, n, s, a, card, at in ORDERS])
    con.executemany("INSERT INTO order_lines VALUES (?,?,?,?,?)", LINES)
    con.executemany("INSERT INTO newsletter VALUES (?,?,?)", NEWSLETTER)
    con.executemany("INSERT INTO support_tickets VALUES (?,?,?,?,?,?)", TICKETS)
    con.commit()
    con.close()


SHOP = "Service client Maison Demo <support@maison-demo.example>"


def _message(n: int, sender: str, to: str, subject: str, body: str,
             cc: str | None = None) -> EmailMessage:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = sender, to, subject
    if cc:
        m["Cc"] = cc
    m["Date"] = f"Mon, {n + 3:02d} Jun 2024 09:{n:02d}:00 +0200"
    m["Message-ID"] = f"<golden-{n:03d}@maison-demo.example>"
    m.set_content(body)
    return m


MESSAGES = [
    _message(1, f"Camille Fontaine <{PERSON}>", SHOP, "Commande CMD-2024-000002 non reçue",
             "Bonjour,\n\nje n'ai toujours pas reçu ma commande CMD-2024-000002. Vous pouvez "
             f"me joindre au {PERSON_PHONE} en journée.\n\nCordialement,\nCamille Fontaine\n"),
    _message(2, "Hugo Leroy <hugo.leroy@example.org>", SHOP, "Remboursement CMD-2024-000001",
             "Bonjour,\n\nmerci de rembourser sur mon IBAN FR03 3000 4000 0300 0012 3456 715."
             "\n\nHugo Leroy\n"),
    _message(3, SHOP, f"Camille Fontaine <{PERSON}>", "Re: votre commande CMD-2024-000002",
             "Bonjour Camille,\n\nvotre commande CMD-2024-000002 a été réexpédiée.\n\n"
             "Le service client\n", cc="Comptabilité <compta@maison-demo.example>"),
    _message(4, "Marc Lambert <marc.lambert@example.net>", SHOP, "Demande de devis",
             "Bonjour, je souhaite un devis pour 4 chaises. Mon numéro : 06 01 02 03 04.\n"
             "Marc Lambert\n"),
    _message(5, SHOP, "Léa Moreau <lea.moreau@example.com>", "Votre facture CMD-2024-000005",
             "Bonjour Léa,\n\nvotre facture est disponible dans votre compte.\n"),
]


def build_mbox(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        for m in MESSAGES:
            out.write(b"From support@maison-demo.example Mon Jun  3 09:00:00 2024\n"
                      + bytes(m).replace(b"\r\n", b"\n").rstrip(b"\n") + b"\n\n")


def _crm() -> bytes:
    rows = ["customer_id,first_name,last_name,email,phone,city"]
    rows += [f"{c[0]},{c[1]},{c[2]},{c[3]},{c[4]},{c[8]}" for c in CUSTOMERS[:4]]
    return ("\n".join(rows) + "\n").encode()


def _events() -> bytes:
    pages = ["/", "/produits/table-basse", "/panier", "/commande", "/compte"]
    lines = []
    for n in range(8):
        c = CUSTOMERS[(0, 2, 4, 2, 1, 2, 3, 0)[n]]
        lines.append(orjson.dumps({"ts": f"2024-06-03T08:{5 * n:02d}:00+00:00",
                                   "event": "page_view", "email": c[3], "ip": c[11],
                                   "page": pages[n % len(pages)]}))
    return b"\n".join(lines) + b"\n"


def _log() -> bytes:
    return b"".join(
        f'{c[11]} - - [03/Jun/2024:08:{n:02d}:00 +0000] "GET /compte HTTP/1.1" 200 {900 + n} '
        f'"-" "Mozilla/5.0 (X11; Linux x86_64) Firefox/126.0"\n'.encode()
        for n, c in enumerate(CUSTOMERS))


OBJECTS = {
    "exports/crm-export-2024-06.csv": _crm(),
    "events/web-2024-06.jsonl": _events(),
    "logs/access.log": _log(),
    "notes/refund-hugo.txt": b"Rappeler Hugo Leroy (hugo.leroy@example.org) pour son "
                             b"remboursement sur FR03 3000 4000 0300 0012 3456 715.\n",
}

DECL = "account management and order follow-up"
CONTRACT = "contract (GDPR art. 6(1)(b))"
INTEREST = "legitimate interest (GDPR art. 6(1)(f))"
RETAIN = "3 years after the last order"
CONFIG = f"""\
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
  - name: bucket
    url: s3://{BUCKET}/
    options: {{endpoint_url: "ENDPOINT"}}
datamap:
  - {{container: "*.customers", field: email, category: contact.email, purpose: {DECL},
     legal_basis: {CONTRACT}, retention: {RETAIN}, recipients: [carrier]}}
  - {{container: "*.customers", field: "*_name", category: identity.name, purpose: {DECL},
     legal_basis: {CONTRACT}, retention: {RETAIN}, recipients: [carrier]}}
  - {{container: "*.customers", field: telephone, category: contact.phone, purpose: delivery,
     legal_basis: {CONTRACT}, retention: {RETAIN}, recipients: [carrier]}}
  - {{container: "*.customers", field: "*", category: contact.address,
     purpose: delivery and invoicing, legal_basis: {CONTRACT}, retention: {RETAIN},
     recipients: [carrier]}}
  - {{container: "*.customers", field: date_naissance, category: identity.birth_date,
     purpose: age check for the loyalty programme, legal_basis: consent,
     retention: until the account is closed}}
  - {{container: "*.customers", field: iban, category: financial.bank_account,
     purpose: refunds, legal_basis: {CONTRACT}, retention: 10 years (accounting obligations),
     recipients: [bank]}}
  - {{container: "*.orders", field: card_number, category: financial.payment_card,
     purpose: payment, legal_basis: {CONTRACT}, retention: 13 months (chargebacks),
     recipients: [payment provider]}}
  - {{container: "*.orders", field: billing_address, category: financial.invoicing_address,
     purpose: invoicing, legal_basis: legal obligation (GDPR art. 6(1)(c)),
     retention: 10 years (accounting obligations)}}
  - {{container: "*", field: "*", category: identity.account_id, purpose: {DECL},
     legal_basis: {CONTRACT}, retention: {RETAIN}}}
  - {{container: "*", field: "*", category: online.ip_address,
     purpose: security of the web site and fraud prevention, legal_basis: {INTEREST},
     retention: 1 year}}
  - {{container: "*", field: "*", category: communications.customer_service,
     purpose: customer service, legal_basis: {INTEREST},
     retention: 2 years after the last exchange}}
  - {{source: mail, container: "*", field: "*", category: communications.message,
     purpose: customer service by e-mail, legal_basis: {INTEREST},
     retention: 2 years after the last exchange}}
  - {{container: "*", field: "*", category: online.browsing_history,
     purpose: web site statistics and security, legal_basis: {INTEREST}, retention: 13 months}}
  - {{container: "*.newsletter", field: email, category: contact.email, purpose: newsletter,
     legal_basis: consent, retention: until unsubscription}}
  - {{source: bucket, container: "*", field: "*", category: contact.email,
     purpose: CRM exports for the marketing team, legal_basis: {INTEREST},
     retention: 1 year}}
  - {{source: bucket, container: "*", field: "*", category: contact.phone,
     purpose: CRM exports for the marketing team, legal_basis: {INTEREST},
     retention: 1 year}}
  - {{source: bucket, container: "*", field: "*", category: identity.name,
     purpose: CRM exports for the marketing team, legal_basis: {INTEREST},
     retention: 1 year}}
"""

# -- the pipeline ----------------------------------------------------------------------


def run(config: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["-c", str(config), *args])
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def estate(tmp_path_factory: pytest.TempPathFactory, s3: Any) -> Iterator[Path]:
    """The estate, scanned once with `pdmap scan`; yields its pdmap.yaml. The AWS and key
    environment stays set for the module's exports."""
    root = tmp_path_factory.mktemp("golden-estate")
    with pytest.MonkeyPatch.context() as mp:
        set_env(mp, s3.aws_env())
        mp.setenv("PDMAP_KEY", KEY)
        client = s3.client()
        client.create_bucket(Bucket=BUCKET)
        for key, data in OBJECTS.items():
            client.put_object(Bucket=BUCKET, Key=key, Body=data)
        build_shop(root / "shop.db")
        build_mbox(root / "mail" / "support.mbox")
        config = root / "pdmap.yaml"
        config.write_text(CONFIG.replace("ENDPOINT", s3.endpoint_url), encoding="utf-8")
        code, out = run(config, "scan", "--no-progress")
        assert code == 0, out
        yield config
        for key in OBJECTS:
            client.delete_object(Bucket=BUCKET, Key=key)
        client.delete_bucket(Bucket=BUCKET)


def export(config: Path, out: Path, *args: str) -> Path:
    code, output = run(config, "export", PERSON, "-o", str(out), *args)
    assert code == 0, output
    return out


def normalize_paths(package: Path, estate: Path) -> None:
    """The manifest names the files it read (the SQLite database, the mbox) by absolute
    path, under a temporary directory that changes from run to run: call it <estate>.
    (The bucket is named by its s3:// URL; the endpoint, and its port, are not shown.)"""
    manifest = package / "manifest.json"
    text = manifest.read_text("utf-8")
    assert str(estate) in text
    manifest.write_text(text.replace(str(estate), "<estate>"), "utf-8")


def records(root: Path, source: str, container: str) -> list[dict[str, Any]]:
    path = root / "data" / source / f"{container}.json"
    return orjson.loads(path.read_bytes())["records"] if path.exists() else []


def values(rec: dict[str, Any]) -> dict[str, Any]:
    return {k: v["value"] for k, v in rec["values"].items()}


# -- the tests -------------------------------------------------------------------------


def test_camilles_package_matches_the_golden_files(estate: Path, tmp_path: Path,
                                                   golden: Any) -> None:
    out = export(estate, tmp_path / "camille", "--format", "dir")
    normalize_paths(out, estate.parent)
    golden.check_tree("camille", out)


def test_the_zip_package_holds_the_same_files(estate: Path, tmp_path: Path,
                                              golden: Any) -> None:
    if golden.update:
        pytest.skip("the directory test writes the golden files")
    export(estate, tmp_path / "camille.zip")
    with zipfile.ZipFile(tmp_path / "camille.zip") as z:
        z.extractall(tmp_path / "x")
    normalize_paths(tmp_path / "x", estate.parent)
    golden.check_tree("camille", tmp_path / "x")


def test_the_package_validates_and_holds_all_of_camille_and_nobody_else(
        estate: Path, tmp_path: Path) -> None:
    out = export(estate, tmp_path / "camille", "--format", "dir")
    manifest = orjson.loads((out / "manifest.json").read_bytes())
    for path in out.rglob("*.json"):
        if path.name != SCHEMA_FILE:
            VALIDATOR.validate(orjson.loads(path.read_bytes()))
    assert manifest["complete"] is True and manifest["merged_subjects"] == 1
    assert {s["name"]: s["status"] for s in manifest["sources"]} == {
        "shop": "ok", "mail": "ok", "bucket": "ok"}
    # the shop: every row of hers, no other
    [customer] = records(out, "shop", "main.customers")
    assert values(customer)["id"] == 3 and values(customer)["email"] == PERSON
    assert {values(r)["id"] for r in records(out, "shop", "main.orders")} == {2, 4}
    assert {(values(r)["order_id"], values(r)["line_no"])
            for r in records(out, "shop", "main.order_lines")} == {
        (2, 1), (4, 1), (4, 2)}
    assert [values(r)["id"] for r in records(out, "shop", "main.support_tickets")] == [1]
    assert [values(r)["email"] for r in records(out, "shop", "main.newsletter")] == [PERSON]
    # the mailbox: the message she sent and the one she was sent
    ids = sorted(h["value"] for p in (out / "data" / "mail").rglob("*.json")
                 for h in orjson.loads(p.read_bytes())["headers"] if h["name"] == "Message-ID")
    assert ids == ["<golden-001@maison-demo.example>", "<golden-003@maison-demo.example>"]
    # the bucket: her CSV row and her JSON lines, not the log nor the note about Hugo
    objects = {p.name: orjson.loads(p.read_bytes())["records"]
               for p in (out / "data" / "bucket").glob("*.json")}
    keys = sorted({r["locator"]["key"] for recs in objects.values() for r in recs})
    assert keys == ["events/web-2024-06.jsonl", "exports/crm-export-2024-06.csv"]
    counted = {k: sum(r["locator"]["key"] == k for recs in objects.values() for r in recs)
               for k in keys}
    assert counted == {"events/web-2024-06.jsonl": 3, "exports/crm-export-2024-06.csv": 1}
    # nobody else's identifiers anywhere in the package
    blob = b"".join(p.read_bytes() for p in out.rglob("*") if p.is_file()
                    and p.name != SCHEMA_FILE)
    for c in OTHERS:
        for raw in (c[3], c[4], c[2], c[11]) + ((c[10],) if c[10] else ()):
            assert raw.encode() not in blob, f"customer {c[0]}'s data in the package"
    for raw in ("marc.lambert", "Lambert", "06 01 02 03 04", "prospect1@", "golden-002",
                "golden-004", "golden-005"):
        assert raw.encode() not in blob


def test_a_second_export_of_unchanged_data_differs_only_in_timestamps(
        estate: Path, tmp_path: Path) -> None:
    first = export(estate, tmp_path / "a", "--format", "dir")
    second = export(estate, tmp_path / "b", "--format", "dir")
    files = sorted(p.relative_to(first).as_posix() for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second).as_posix()
                           for p in second.rglob("*") if p.is_file())
    for rel in files:
        a, b = (first / rel).read_bytes(), (second / rel).read_bytes()
        if rel == "manifest.json":
            a_doc, b_doc = orjson.loads(a), orjson.loads(b)
            assert mask(a_doc, {"generated_at"}) == mask(b_doc, {"generated_at"})
        else:
            assert a == b, rel


def test_the_index_holds_digests_not_camilles_values(estate: Path) -> None:
    index = b"".join(p.read_bytes() for p in (estate.parent / ".pdmap").glob("index.db*"))
    assert len(index) > 10_000  # the index is there, and holds the scan
    for raw in (PERSON, "camille.fontaine", PERSON_PHONE, "0623456789", "2345 6789",
                "Fontaine", "FR14 2004", "FR142004", "198.51.100.23", "rue des Lilas",
                "golden-001@", "golden-003@"):
        assert raw.encode() not in index, "a raw value of Camille's in the index"
