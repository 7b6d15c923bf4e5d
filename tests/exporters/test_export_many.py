"""A person with thousands of rows: `pdmap scan`, then `pdmap export`, on SQLite and PostgreSQL.

The export fetches rows a batch of keys per query (scanner.export.wiring.SqlBatch): orders
(a leaf child of customers, kept in the index as runs) by one integer key, payments by a
two-column key (tuple IN), visits (no primary key: a rowid or ctid) one by one. The package
must hold exactly the person's rows, with their current values, none of the others', rows
deleted since the scan listed as gone; and the text worker (exporters.text_worker), which
finds the identifiers of the next batch's texts in another process, must change nothing of
what is written or refused. Every person here is invented.
"""

from __future__ import annotations

import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from exporters.identifier_guard import ForeignIdentifierError
from exporters.portability import IdentifierUse, PortabilityPackageExporter
from exporters.text_worker import TextWorker
from scanner.cli.main import main
from scanner.core.config import load_config
from scanner.export.reader import IndexReader
from scanner.export.wiring import SourceFetch
from scanner.identifiers.text import identifiers as text_identifiers

KEY = "4d" * 32
PERSON = "noemie.marchand@example.fr"
OTHER = "yannick.perrin@example.org"
ORDERS, PAYMENTS, VISITS = 2500, 300, 40  # the person's
OTHERS = 40  # other customers, each with 20 orders, 5 payments and 3 visits
SCHEMA = [
    """CREATE TABLE customers (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT,
                               email TEXT, phone TEXT)""",
    """CREATE TABLE orders (id INTEGER PRIMARY KEY,
                            customer_id INTEGER NOT NULL REFERENCES customers(id),
                            placed_at TEXT, status TEXT, total TEXT, note TEXT)""",
    """CREATE TABLE payments (customer_id INTEGER NOT NULL REFERENCES customers(id),
                              seq INTEGER NOT NULL, amount TEXT, paid_at TEXT,
                              PRIMARY KEY (customer_id, seq))""",
    """CREATE TABLE visits (customer_id INTEGER NOT NULL REFERENCES customers(id),
                            page TEXT, seen_at TEXT)""",
]
CONFIG = """\
index: sqlite:///.pdmap/index.db
key_file: .pdmap/key
default_region: FR
controller: {name: Many SAS}
sources:
  - name: shop
    url: %s
"""
STATUS = ("paid", "shipped", "delivered", "refunded")


def rows() -> dict[str, list[tuple[Any, ...]]]:
    """The shop's rows: the person is customer 1, their rows among everybody else's."""
    customers = [(1, "Noémie", "Marchand", PERSON, "06 31 42 53 64"),
                 (2, "Yannick", "Perrin", OTHER, "07 41 52 63 74")]
    customers += [(c, "Client", f"Numéro{c}", f"client{c}@example.net",
                   f"06 {10 + c:02d} 20 30 {40 + c:02d}") for c in range(3, OTHERS + 2)]
    owners = [1] * ORDERS + [c for c in range(2, OTHERS + 2) for _ in range(20)]
    owners = owners[::2] + owners[1::2]  # the person's orders interleaved with the others'
    orders = [(n, c, f"2023-{1 + n % 12:02d}-{1 + n % 28:02d} {n % 24:02d}:{n % 60:02d}:00",
               STATUS[n % 4], f"{n % 300}.{n % 100:02d}", "leave at the door" if n % 7 else None)
              for n, c in enumerate(owners, 1)]
    payments = [(c, s, f"{s * 3}.50", f"2023-06-{1 + s % 28:02d}")
                for c in range(1, OTHERS + 2) for s in range(1, (PAYMENTS if c == 1 else 5) + 1)]
    visits = [(c, f"/page/{v}", f"2023-07-{1 + v % 28:02d}T10:00:00Z")
              for c in range(1, OTHERS + 2) for v in range(VISITS if c == 1 else 3)]
    return {"customers": customers, "orders": orders, "payments": payments, "visits": visits}


def run(config: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["-c", str(config), *args])
    return result.exit_code, result.output


def build(root: Path, url: str) -> Path:
    """The shop at `url`, scanned; the pdmap.yaml."""
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        for statement in SCHEMA:
            conn.exec_driver_sql(statement)
        for table, data in rows().items():
            marks = ", ".join(f":v{i}" for i in range(len(data[0])))
            conn.execute(sa.text(f"INSERT INTO {table} VALUES ({marks})"),
                         [{f"v{i}": v for i, v in enumerate(r)} for r in data])
    engine.dispose()
    (root / "pdmap.yaml").write_text(CONFIG % url)
    code, out = run(root / "pdmap.yaml", "scan", "--no-progress")
    assert code == 0, out
    return root / "pdmap.yaml"


def shop_rows(url: str, table: str, where: str) -> list[dict[str, Any]]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(sa.text(
                f"SELECT * FROM {table} WHERE {where}"))]
    finally:
        engine.dispose()


def shop_execute(url: str, statement: str) -> None:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text(statement))
    finally:
        engine.dispose()


def package(path: Path) -> dict[str, Any]:
    """Every JSON file of the zip by its path."""
    with zipfile.ZipFile(path) as z:
        return {n: orjson.loads(z.read(n)) for n in z.namelist() if n.endswith(".json")}


def records(pkg: dict[str, Any], table: str) -> list[dict[str, Any]]:
    doc = pkg.get(f"data/shop/main.{table}.json") or pkg.get(
        f"data/shop/public.{table}.json")
    return doc["records"] if doc else []


def values(rec: dict[str, Any]) -> dict[str, Any]:
    return {k: v["value"] for k, v in rec["values"].items()}


def assert_the_persons_rows(pkg: dict[str, Any], url: str, gone: set[int]) -> None:
    """Exactly the person's rows, each with the values the shop holds now, in key order."""
    customers = records(pkg, "customers")
    assert [values(r) for r in customers] == shop_rows(url, "customers", "id = 1")
    orders = records(pkg, "orders")
    want = sorted(shop_rows(url, "orders", "customer_id = 1"), key=lambda r: r["id"])
    assert [values(r) for r in orders] == want
    assert len(orders) == ORDERS - len(gone)
    assert [r["locator"] for r in orders] == [{"id": r["id"]} for r in want]
    payments = records(pkg, "payments")
    want = sorted(shop_rows(url, "payments", "customer_id = 1"), key=lambda r: r["seq"])
    assert [values(r) for r in payments] == want
    assert len(payments) == PAYMENTS
    visits = records(pkg, "visits")
    want_visits = shop_rows(url, "visits", "customer_id = 1")
    assert sorted(orjson.dumps(values(r)) for r in visits) == sorted(
        orjson.dumps(r) for r in want_visits)
    manifest = pkg["manifest.json"]
    assert manifest["complete"] is True
    assert manifest["counts"]["records"] == 1 + ORDERS - len(gone) + PAYMENTS + VISITS
    assert sorted(g["item"]["id"] for g in manifest["gone"]) == sorted(gone)
    text = orjson.dumps(pkg).decode()
    assert OTHER not in text and "client3@example.net" not in text


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("many")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PDMAP_KEY", KEY)
        yield build(root, f"sqlite:///{root / 'shop.db'}")


@pytest.fixture
def shop(scanned: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the scanned shop (its pdmap.yaml), which a test may change."""
    import shutil

    monkeypatch.setenv("PDMAP_KEY", KEY)
    shutil.copytree(scanned.parent, tmp_path / "shop")
    config = tmp_path / "shop" / "pdmap.yaml"
    config.write_text(CONFIG % f"sqlite:///{tmp_path / 'shop' / 'shop.db'}")
    return config


def sqlite_url(config: Path) -> str:
    return f"sqlite:///{config.parent / 'shop.db'}"


def test_a_person_with_thousands_of_rows_gets_exactly_theirs(shop: Path, tmp_path: Path) -> None:
    url = sqlite_url(shop)
    gone = {r["id"] for r in shop_rows(url, "orders", "customer_id = 1")[::97]}
    shop_execute(url, f"DELETE FROM orders WHERE id IN ({','.join(map(str, sorted(gone)))})")
    shop_execute(url, "UPDATE orders SET status = 'lost' WHERE customer_id = 1 AND id % 5 = 0")
    out = tmp_path / "out" / "person.zip"
    code, output = run(shop, "export", PERSON, "-o", str(out))
    assert code == 0, output
    assert PERSON not in output
    assert_the_persons_rows(package(out), url, gone)


def export_with_worker(config: Path, out: Path, identifier: str) -> Any:
    """The library's export with the text worker used from the first record on."""
    cfg = load_config(config)
    key = bytes.fromhex(KEY)
    reader = IndexReader(f"sqlite:///{config.parent / '.pdmap' / 'index.db'}", key)
    fetch = SourceFetch(cfg.sources, key, reader.container_schema, [identifier])
    try:
        subject = reader.resolve(identifier, "email")
        assert subject is not None
        # the identifier as the CLI records it (typed bare): index.html names it too
        exporter = PortabilityPackageExporter(cfg.controller, cfg.datamap,
                                              [IdentifierUse(None, identifier, True)])
        exporter.text_worker_min = 1
        return exporter.write_package([subject], reader, fetch, out)
    finally:
        fetch.close()
        reader.close()


def test_the_text_worker_changes_nothing_of_the_package(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli.zip"
    code, output = run(shop, "export", PERSON, "-o", str(out))
    assert code == 0, output
    result = export_with_worker(shop, tmp_path / "worker.zip", PERSON)
    cli = {f["path"]: f["sha256"] for f in package(out)["manifest.json"]["files"]}
    assert {f.path: f.sha256 for f in result.files} == cli
    assert result.counts["records"] == 1 + ORDERS + PAYMENTS + VISITS


def test_another_persons_e_mail_in_a_late_row_refuses_the_export_with_the_worker(
        shop: Path, tmp_path: Path) -> None:
    url = sqlite_url(shop)
    last = max(r["id"] for r in shop_rows(url, "orders", "customer_id = 1"))
    shop_execute(url, f"UPDATE orders SET note = 'forward to {OTHER}' WHERE id = {last}")
    with pytest.raises(ForeignIdentifierError) as refused:
        export_with_worker(shop, tmp_path / "worker.zip", PERSON)
    assert str(refused.value) == (f'export refused: shop main.orders row {{"id": {last}}} '
                                  "column note holds an identifier of another person of "
                                  "the index")
    assert not (tmp_path / "worker.zip").exists()
    assert not list(tmp_path.glob(".pdmap-tmp-*"))
    code, output = run(shop, "export", PERSON, "-o", str(tmp_path / "cli.zip"))
    assert code == 2 and output.count("\n") == 1 and OTHER not in output
    assert f'row {{"id": {last}}} column note' in output


def test_the_text_worker_finds_what_extract_finds() -> None:
    worker = TextWorker("FR")
    try:
        deadline = time.monotonic() + 60
        while not worker.up and time.monotonic() < deadline:
            time.sleep(0.05)
        assert worker.up
        texts = ["2024-05-17 13:45:00", "call 06 12 34 56 78 or jane.doe@example.com",
                 "IBAN FR14 2004 1010 0505 0001 3M02 606", "card 4970 1012 3456 7893",
                 "nothing at all", ""]
        future = worker.submit(texts)
        assert future is not None
        found = worker.result(future)
        assert found is not None
        assert [set(f) for f in found] == [text_identifiers(t, "FR") for t in texts]
        assert worker.submit([]) is None
    finally:
        worker.close()


# -- the shop in PostgreSQL ------------------------------------------------------------------


def test_a_person_with_thousands_of_rows_in_postgresql(postgres: Any, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PDMAP_KEY", KEY)
    url = postgres.create_database("pdmap_export_many")
    config = build(tmp_path, url)
    gone = {r["id"] for r in shop_rows(url, "orders", "customer_id = 1")[::89]}
    shop_execute(url, f"DELETE FROM orders WHERE id IN ({','.join(map(str, sorted(gone)))})")
    out = tmp_path / "out" / "person.zip"
    code, output = run(config, "export", PERSON, "-o", str(out))
    assert code == 0, output
    assert_the_persons_rows(package(out), url, gone)

