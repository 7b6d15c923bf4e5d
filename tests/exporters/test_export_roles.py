"""Roles and the privacy guards of `pdmap export`, on a real scan of a real SQLite shop.

A shop where people point at people: customers have a support rep and a sales rep
(employees), employees a manager, and customers live at an address (Chloé and Denis share
theirs). `pdmap scan` indexes it; each test works on a copy. The roles the tests rely on are
written into the index's occurrences by the tests themselves (`pin`), so what is tested is
the export, whatever the link pass decides meanwhile. Values are changed in the shop after
the scan where a test needs another person's identifier in a row: the export reads the
sources at export time, as it does for real. Every person here is invented.
"""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from scanner.cli.main import main
from scanner.export.reader import IndexReader
from scanner.identifiers.hashing import Hasher
from scanner.identifiers.normalise import normalize
from scanner.index.inventory import identifiers, occurrences
from scanner.index.store import containers
from tests.scanner.test_export_cli import VALIDATOR

KEY = "3a" * 32
ALICE, BRUNO = "alice.martin@corp.example.com", "bruno.petit@corp.example.com"
CHLOE, DENIS, EMMA = ("chloe.dubois@example.fr", "denis.dubois@example.fr",
                      "emma.laurent@example.org")
DENIS_PHONE = "07 81 92 34 56"
EMPLOYEES = [(1, "Alice", "Martin", ALICE, "01 42 68 53 00", None),
             (2, "Bruno", "Petit", BRUNO, "01 44 55 66 77", 1)]
ADDRESSES = [(1, "3 rue des Lilas", "69003", "Lyon"), (2, "8 avenue Foch", "75016", "Paris")]
# id, first, last, e-mail, phone, address, support rep, sales rep, notes
CUSTOMERS = [(1, "Chloé", "Dubois", CHLOE, "06 23 45 67 89", 1, 2, 1, "prefers mornings"),
             (2, "Denis", "Dubois", DENIS, DENIS_PHONE, 1, 2, None, None),
             (3, "Emma", "Laurent", EMMA, "06 71 82 93 14", 2, 2, None, None)]
ORDERS = [(10, 1, "12.00", "Happy birthday"), (11, 3, "40.00", None), (12, 2, "9.90", None)]
SCHEMA = """
CREATE TABLE employees (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, email TEXT,
                        phone TEXT, manager_id INTEGER REFERENCES employees(id));
CREATE TABLE addresses (id INTEGER PRIMARY KEY, street TEXT, postcode TEXT, city TEXT);
CREATE TABLE customers (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, email TEXT,
                        phone TEXT, address_id INTEGER REFERENCES addresses(id),
                        support_rep_id INTEGER REFERENCES employees(id),
                        sales_rep_id INTEGER REFERENCES employees(id), notes TEXT);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id),
                     amount TEXT, gift_message TEXT);
"""
CONFIG = """\
index: sqlite:///.pdmap/index.db
key_file: .pdmap/key
default_region: FR
controller: {name: Roles SAS}
sources:
  - name: shop
    url: sqlite:///shop.db
"""
PERSONAL = [v for rows in (EMPLOYEES, CUSTOMERS) for r in rows for v in r[1:5]]


def run(config: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["-c", str(config), *args])
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("roles")
    con = sqlite3.connect(root / "shop.db")
    con.executescript(SCHEMA)
    for table, rows in (("employees", EMPLOYEES), ("addresses", ADDRESSES),
                        ("customers", CUSTOMERS), ("orders", ORDERS)):
        con.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows)
    con.commit()
    con.close()
    (root / "pdmap.yaml").write_text(CONFIG)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PDMAP_KEY", KEY)
        code, out = run(root / "pdmap.yaml", "scan", "--no-progress")
        assert code == 0, out
    yield root


@pytest.fixture
def shop(scanned: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the scanned estate; its pdmap.yaml."""
    monkeypatch.setenv("PDMAP_KEY", KEY)
    shutil.copytree(scanned, tmp_path / "shop")
    return tmp_path / "shop" / "pdmap.yaml"


def index_url(config: Path) -> str:
    return f"sqlite:///{config.parent / '.pdmap' / 'index.db'}"


def subject(config: Path, email: str, url: str | None = None) -> int:
    with IndexReader(url or index_url(config), bytes.fromhex(KEY)) as reader:
        found = reader.resolve(email, "email")
    assert found is not None
    return found


def pin(config: Path, container: str, row: int, subject_: int, role: str,
        fields: tuple[str, ...] = (), categories: tuple[str, ...] = ()) -> None:
    """The occurrence of `subject_` on the row `id = row` of `container`, in `role`."""
    engine = sa.create_engine(index_url(config))
    with engine.begin() as conn:
        cid = conn.execute(sa.select(containers.c.id).where(
            containers.c.name == container)).scalar_one()
        where = sa.and_(occurrences.c.container_id == cid, occurrences.c.row_key == row,
                        occurrences.c.item == "id", occurrences.c.subject == subject_)
        conn.execute(occurrences.delete().where(where))
        conn.execute(occurrences.insert().values(
            container_id=cid, row_key=row, item="id", subject=subject_,
            categories=orjson.dumps(sorted(categories)).decode(), scan_id=1,
            role=None if role == "own" else role,
            fields=orjson.dumps(list(fields)).decode() if fields else None))
    engine.dispose()


def add_identifiers(config: Path, subject_: int, kind: str, values: list[str],
                    strong: bool = True, url: str | None = None) -> None:
    """Identifiers of a subject as the link pass stores them: HMAC digests."""
    hasher = Hasher(bytes.fromhex(KEY))
    engine = sa.create_engine(url or index_url(config))
    with engine.begin() as conn:
        for v in values:
            n = normalize(kind, v)
            assert n is not None, v
            conn.execute(identifiers.insert().values(
                digest=hasher.digest(kind, n), subject=subject_, kind=kind, strong=strong))
    engine.dispose()


def identifier_count(config: Path, subject_: int, kind: str, url: str | None = None) -> int:
    engine = sa.create_engine(url or index_url(config))
    with engine.connect() as conn:
        n = conn.execute(sa.select(sa.func.count()).select_from(identifiers).where(
            identifiers.c.subject == subject_, identifiers.c.kind == kind,
            identifiers.c.strong)).scalar_one()
    engine.dispose()
    return int(n)


def update_shop(config: Path, sql: str, *params: Any) -> None:
    with sqlite3.connect(config.parent / "shop.db") as con:
        con.execute(sql, params)


def records(root: Path, table: str) -> list[dict[str, Any]]:
    path = root / "data" / "shop" / f"main.{table}.json"
    return orjson.loads(path.read_bytes())["records"] if path.exists() else []


def by_id(root: Path, table: str) -> dict[int, dict[str, Any]]:
    return {r["locator"]["id"]: r for r in records(root, table)}


def values(rec: dict[str, Any]) -> dict[str, Any]:
    return {k: v["value"] for k, v in rec["values"].items()}


def package(root: Path) -> dict[str, Any]:
    """The manifest, after every JSON file of the package validated."""
    for path in root.rglob("*.json"):
        if path.name != "portability-package.schema.json":
            VALIDATOR.validate(orjson.loads(path.read_bytes()))
    return orjson.loads((root / "manifest.json").read_bytes())


def assert_refused(code: int, output: str, out: Path, *needles: str) -> None:
    """Exit 2, one line, no personal value, nothing at `out` nor beside it."""
    assert code == 2, output
    assert len(output.strip().splitlines()) == 1, output
    for needle in needles:
        assert needle in output, output
    for value in PERSONAL + ["0781923456", "+33781923456"]:
        assert value not in output, output
    assert not out.exists()
    assert [p.name for p in out.parent.iterdir()] == [], "a temporary file was left"


# -- roles -------------------------------------------------------------------------------


def test_a_reference_exports_only_the_rows_key_and_the_columns_naming_the_person(
        shop: Path, tmp_path: Path) -> None:
    bruno = subject(shop, BRUNO)
    pin(shop, "main.employees", 2, bruno, "own",
        categories=("contact.email", "contact.phone", "identity.name"))
    for row in (1, 2, 3):
        pin(shop, "main.customers", row, bruno, "reference", ("support_rep_id",),
            ("identity.account_id",))
    out = tmp_path / "pkg"
    code, output = run(shop, "export", BRUNO, "-o", str(out), "--format", "dir")
    assert code == 0, output
    manifest = package(out)
    customers = by_id(out, "customers")
    assert sorted(customers) == [1, 2, 3]
    for row, rec in customers.items():
        assert rec["role"] == "reference" and rec["fields"] == ["support_rep_id"]
        assert values(rec) == {"id": row, "support_rep_id": 2}
    assert set(customers[1]["values"]["support_rep_id"]) == {"value", "category"}
    # none of the customers' own values: their names, e-mails, phones, notes
    blob = b"".join(p.read_bytes() for p in out.rglob("*.json")
                    if p.name != "portability-package.schema.json")
    for c in CUSTOMERS:
        for raw in (c[1], c[2], c[3], c[4]):
            assert raw.encode() not in blob
    assert b"prefers mornings" not in blob
    [own] = records(out, "employees")
    assert own["role"] == "own" and "fields" not in own
    assert values(own)["email"] == BRUNO and values(own)["manager_id"] == 1
    assert manifest["counts"]["roles"] == {"own": 1, "attached": 0, "shared": 0,
                                           "reference": 3}
    assert manifest["counts"]["records"] == 4


def test_a_row_merged_from_two_subjects_keeps_the_strongest_role_and_all_the_fields(
        shop: Path, tmp_path: Path) -> None:
    alice, bruno = subject(shop, ALICE), subject(shop, BRUNO)
    pin(shop, "main.employees", 1, alice, "own")
    pin(shop, "main.employees", 2, bruno, "own")
    pin(shop, "main.employees", 2, alice, "reference", ("manager_id",))
    pin(shop, "main.customers", 1, bruno, "reference", ("support_rep_id",))
    pin(shop, "main.customers", 1, alice, "reference", ("sales_rep_id",))
    out = tmp_path / "pkg"
    code, output = run(shop, "export", ALICE, BRUNO, "--merge", "-o", str(out),
                       "--format", "dir")
    assert code == 0, output
    manifest = package(out)
    employees = by_id(out, "employees")
    assert {r: e["role"] for r, e in employees.items()} == {1: "own", 2: "own"}
    assert values(employees[2])["email"] == BRUNO  # own wins: the whole row
    rec = by_id(out, "customers")[1]
    assert rec["role"] == "reference"
    assert rec["fields"] == ["sales_rep_id", "support_rep_id"]
    assert values(rec) == {"id": 1, "support_rep_id": 2, "sales_rep_id": 1}
    assert manifest["merged_subjects"] == 2


def test_a_shared_row_is_marked_shared_and_an_attached_one_attached(
        shop: Path, tmp_path: Path) -> None:
    chloe, denis, emma = subject(shop, CHLOE), subject(shop, DENIS), subject(shop, EMMA)
    pin(shop, "main.addresses", 1, chloe, "shared", categories=("contact.address",))
    pin(shop, "main.addresses", 1, denis, "shared", categories=("contact.address",))
    pin(shop, "main.addresses", 2, emma, "attached", categories=("contact.address",))
    out = tmp_path / "chloe"
    code, output = run(shop, "export", CHLOE, "-o", str(out), "--format", "dir")
    assert code == 0, output
    manifest = package(out)
    [address] = records(out, "addresses")
    assert address["role"] == "shared" and "fields" not in address
    assert values(address) == {"id": 1, "street": "3 rue des Lilas", "postcode": "69003",
                               "city": "Lyon"}
    assert manifest["counts"]["roles"]["shared"] == 1
    assert by_id(out, "customers")[1]["role"] == "own"
    out = tmp_path / "emma.zip"
    code, output = run(shop, "export", EMMA, "-o", str(out))
    assert code == 0, output
    with zipfile.ZipFile(out) as z:
        doc = orjson.loads(z.read("data/shop/main.addresses.json"))
        manifest = orjson.loads(z.read("manifest.json"))
    assert [r["role"] for r in doc["records"]] == ["attached"]
    assert manifest["counts"]["roles"]["attached"] == 1


# -- another person's identifiers ----------------------------------------------------------


def test_another_persons_phone_in_a_column_refuses_the_export_and_writes_nothing(
        shop: Path, tmp_path: Path) -> None:
    update_shop(shop, "UPDATE customers SET phone = ? WHERE id = 3", DENIS_PHONE)
    for fmt, name in (("zip", "emma.zip"), ("dir", "emma")):
        out = tmp_path / fmt / name
        out.parent.mkdir()
        code, output = run(shop, "export", EMMA, "-o", str(out), "--format", fmt)
        assert_refused(code, output, out, "export refused", 'shop main.customers row {"id": 3}',
                       "column phone", "another person of the index")


def test_another_persons_e_mail_in_free_text_refuses_the_export(
        shop: Path, tmp_path: Path) -> None:
    update_shop(shop, "UPDATE orders SET gift_message = ? WHERE id = 11",
                f"From Denis: write back to {DENIS.upper()} or call +33 7 81 92 34 56")
    out = tmp_path / "out" / "emma.zip"
    out.parent.mkdir()
    code, output = run(shop, "export", EMMA, "-o", str(out))
    assert_refused(code, output, out, 'shop main.orders row {"id": 11} column gift_message')
    assert output.startswith("pdmap: export refused: ")


def test_an_identifier_the_person_also_holds_is_theirs_to_receive(
        shop: Path, tmp_path: Path) -> None:
    """A household phone annotated on both people; a --merge of both people."""
    update_shop(shop, "UPDATE customers SET notes = ? WHERE id = 1",
                f"household line: {DENIS_PHONE}")
    out = tmp_path / "out" / "p"
    out.parent.mkdir()
    code, output = run(shop, "export", CHLOE, "-o", str(out), "--format", "dir")
    assert_refused(code, output, out, "column notes")
    code, output = run(shop, "export", CHLOE, DENIS, "--merge", "-o", str(out),
                       "--format", "dir")
    assert code == 0, output
    shutil.rmtree(out)
    add_identifiers(shop, subject(shop, CHLOE), "phone", [DENIS_PHONE], strong=False)
    code, output = run(shop, "export", CHLOE, "-o", str(out), "--format", "dir")
    assert code == 0, output
    manifest = package(out)
    assert values(by_id(out, "customers")[1])["notes"] == f"household line: {DENIS_PHONE}"
    assert manifest["identifier_check"]["exempt"] == ["messages"]
    assert manifest["identifier_check"]["identifiers_checked"] >= 3


def test_values_of_another_person_outside_what_a_reference_exports_are_not_in_question(
        shop: Path, tmp_path: Path) -> None:
    bruno = subject(shop, BRUNO)
    pin(shop, "main.customers", 2, bruno, "reference", ("support_rep_id",))
    update_shop(shop, "UPDATE customers SET notes = ? WHERE id = 2", f"cc {EMMA}")
    out = tmp_path / "pkg"
    code, output = run(shop, "export", BRUNO, "-o", str(out), "--format", "dir")
    assert code == 0, output
    assert values(by_id(out, "customers")[2]) == {"id": 2, "support_rep_id": 2}


# -- over-merged subjects --------------------------------------------------------------------


def test_an_over_merged_subject_is_refused_unless_accepted(shop: Path, tmp_path: Path) -> None:
    emma = subject(shop, EMMA)
    add_identifiers(shop, emma, "email", [f"emma.l{n}@example.org" for n in range(6)])
    add_identifiers(shop, emma, "phone", [f"06 71 82 93 {n:02d}" for n in range(21, 27)])
    emails, phones = identifier_count(shop, emma, "email"), identifier_count(shop, emma, "phone")
    assert emails > 5 and phones > 5
    out = tmp_path / "out" / "emma.zip"
    out.parent.mkdir()
    code, output = run(shop, "export", EMMA, "-o", str(out))
    assert_refused(code, output, out,
                   f"subject {emma} holds {emails} e-mails and {phones} phones, more than one "
                   "person plausibly has (limits 5, 5): check it with 'pdmap subjects find "
                   "--explain', then pass --accept-merged-subject")
    code, output = run(shop, "export", EMMA, "-o", str(out), "--accept-merged-subject")
    assert code == 0, output
    with zipfile.ZipFile(out) as z:
        manifest = orjson.loads(z.read("manifest.json"))
    VALIDATOR.validate(manifest)
    assert manifest["identifier_limits"]["accepted"] is True
    assert manifest["identifier_limits"]["over_limit"] == [
        {"kind": "email", "count": emails, "limit": 5},
        {"kind": "phone", "count": phones, "limit": 5}]
    assert manifest["identifier_limits"]["limits"]["email"] == 5


def test_the_limits_come_from_the_config(shop: Path, tmp_path: Path) -> None:
    shop.write_text(CONFIG + "subjects:\n  max_identifiers: {email: 20, phone: 20}\n")
    emma = subject(shop, EMMA)
    add_identifiers(shop, emma, "email", [f"emma.l{n}@example.org" for n in range(6)])
    out = tmp_path / "emma"
    code, output = run(shop, "export", EMMA, "-o", str(out), "--format", "dir")
    assert code == 0, output
    limits = package(out)["identifier_limits"]
    assert limits["accepted"] is False and limits["over_limit"] == []
    assert limits["limits"]["email"] == 20


# -- an index in PostgreSQL --------------------------------------------------------------------


def test_the_guards_hold_with_an_index_in_postgresql(postgres: Any, shop: Path,
                                                     tmp_path: Path) -> None:
    index = postgres.create_database("pdmap_roles_index")
    code, output = run(shop, "scan", "--no-progress", "--index", index)
    assert code == 0, output
    update_shop(shop, "UPDATE customers SET phone = ? WHERE id = 3", DENIS_PHONE)
    out = tmp_path / "out" / "emma.zip"
    out.parent.mkdir()
    code, output = run(shop, "export", EMMA, "-o", str(out), "--index", index)
    assert_refused(code, output, out, 'shop main.customers row {"id": 3} column phone')
    code, output = run(shop, "export", EMMA, DENIS, "--merge", "-o", str(out), "--index", index)
    assert code == 0, output
    out.unlink()
    emma = subject(shop, EMMA, index)
    add_identifiers(shop, emma, "email", [f"emma.l{n}@example.org" for n in range(6)],
                    url=index)
    emails = identifier_count(shop, emma, "email", index)
    code, output = run(shop, "export", EMMA, DENIS, "--merge", "-o", str(out), "--index", index)
    assert_refused(code, output, out, f"subject {emma} holds {emails} e-mails, more than one "
                   "person plausibly has (limit 5)")
