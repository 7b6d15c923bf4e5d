"""The labels of bench/bench_scan_quality.py cannot rot silently: every sample database of
tests/data/sample_dbs loads (rows, keys, no broken foreign key), its files are the ones its
SOURCE.md names, and tests/data/scan_labels/<name>.yaml labels each of its columns, and only
those, with null or a category of rules/categories.yaml. No scan runs here."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

import pytest
import yaml

from tests.estates.labels import categories
from tests.estates.sample_dbs import SAMPLES, build, cut_customer_orders, plan

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "tests" / "data" / "scan_labels"

# rows per table as published (customer_orders: the cut SOURCE.md describes;
# futon_manufacturing: as SQL Server leaves them, see its SOURCE.md)
ROWS = {
    "order_entry": {"customers": 319, "warehouses": 9, "orders": 105, "order_items": 665,
                    "inventories": 1112, "product_information": 288,
                    "product_descriptions": 288, "promotions": 2},
    "petclinic": {"vets": 6, "specialties": 3, "vet_specialties": 5, "types": 6, "owners": 10,
                  "pets": 13, "visits": 4},
    "hr": {"regions": 5, "countries": 25, "locations": 23, "departments": 27, "jobs": 19,
           "employees": 107, "job_history": 10},
    "customer_orders": {"customers": 392, "stores": 23, "products": 46, "orders": 600,
                        "shipments": 797, "order_items": 1210, "inventory": 566},
    "pubs": {"authors": 23, "publishers": 8, "titles": 18, "titleauthor": 25, "stores": 6,
             "sales": 21, "roysched": 86, "discounts": 3, "jobs": 14, "pub_info": 8,
             "employee": 43},
    "adventureworks_dw": {"DimSalesTerritory": 11, "DimGeography": 655, "DimReseller": 701,
                          "ProspectiveBuyer": 2059},
    "sales_history": {"countries": 35, "customers": 1000, "promotions": 503, "products": 72,
                      "times": 1826, "channels": 5, "supplementary_demographics": 4500},
    "futon_manufacturing": {
        "UnitOfMeasure": 8, "ItemType": 3, "Items": 45, "BillOfMaterials": 0, "Warehouse": 3,
        "Inventory": 45, "TransactionType": 9, "InventoryTransaction": 0, "Supplier": 5,
        "SupplierItem": 24, "PurchaseOrder": 0, "PurchaseOrderDetail": 0, "WorkCenter": 5,
        "ProductionOrder": 0, "ProductionOrderMaterial": 0, "ProductionCompletion": 0,
        "QualityInspection": 0, "Customer": 8, "SalesOrder": 15, "SalesOrderDetail": 23,
        "SalesChannel": 3, "Store": 7, "SalesTerritory": 6, "SalesRep": 8, "ReturnReason": 8,
        "SalesReturn": 2, "SalesReturnDetail": 2, "SalesQuote": 2, "SalesQuoteDetail": 4,
        "Promotion": 4, "PriceList": 3, "PriceListDetail": 18},
}


def test_each_sample_has_labels_and_each_label_file_a_sample() -> None:
    assert {p.stem for p in LABELS.glob("*.yaml")} == set(SAMPLES)
    assert len(SAMPLES) >= 4


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_files_are_the_ones_source_md_names(name: str) -> None:
    sample = SAMPLES[name]
    source = (sample.folder / "SOURCE.md").read_text(encoding="utf-8")
    assert (sample.folder / "LICENSE.txt").is_file()
    data = sorted(p for p in sample.folder.iterdir() if p.name not in ("SOURCE.md", "LICENSE.txt"))
    assert set(sample.files) <= {p.name for p in data}
    for path in data:
        assert path.stat().st_size < 1_000_000, f"{name}/{path.name} must stay under 1 MB"
        assert hashlib.sha256(path.read_bytes()).hexdigest() in source, \
            f"{name}/SOURCE.md does not name the sha256 of {path.name}"


def test_customer_orders_cut_is_stable() -> None:
    """The committed co_populate.sql is what the cut leaves: cutting it again changes nothing."""
    text = (SAMPLES["customer_orders"].folder / "co_populate.sql").read_text(encoding="utf-8")
    assert cut_customer_orders(text) == text


def test_futon_manufacturing_runs_as_sql_server_would(tmp_path: Path) -> None:
    """Only the batch of 02-sample-data.sql that fills BillOfMaterials with variables
    declared before its GO fails (SQL Server's Msg 137); computed columns are filled."""
    sample = SAMPLES["futon_manufacturing"]
    failed = plan(sample).failed
    assert len(failed) == 1 and "BillOfMaterials" in failed[0] and "@PoundUnit" in failed[0]
    db = tmp_path / "futon.db"
    build(sample, db)
    conn = sqlite3.connect(db)
    try:
        line = conn.execute(
            "SELECT d.LineTotal, d.DiscountAmount, d.NetAmount, d.QuantityShipped FROM "
            "SalesOrderDetail d JOIN SalesOrder o ON o.SalesOrderID = d.SalesOrderID "
            "WHERE o.OrderNumber = 'SO-2024-1001' AND d.LineNumber = 1").fetchone()
        customer = conn.execute("SELECT c.CustomerType, r.EmployeeCode FROM Customer c "
                                "JOIN SalesRep r ON r.SalesRepID = c.SalesRepID "
                                "WHERE c.CustomerCode = 'CUST-002'").fetchone()
    finally:
        conn.close()
    assert line == pytest.approx((799.98, 39.999, 759.981, 2))  # 2 x 399.99, 5 % off
    assert customer == ("Retail", "SR-007")


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_labels_name_every_column_and_only_known_categories(name: str, tmp_path: Path) -> None:
    db = tmp_path / f"{name}.db"
    assert build(SAMPLES[name], db) == ROWS[name]
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        columns = {f"{t}.{r[1]}" for t in tables
                   for r in conn.execute(f'PRAGMA table_info("{t}")')}
        keyed = [t for t in tables if any(r[5] for r in conn.execute(f'PRAGMA table_info("{t}")'))]
        linked = [t for t in tables if conn.execute(f'PRAGMA foreign_key_list("{t}")').fetchall()]
    finally:
        conn.close()
    assert keyed and linked, "the loader kept no primary or no foreign key"

    text = (LABELS / f"{name}.yaml").read_text(encoding="utf-8")
    labels = yaml.safe_load(text)
    assert isinstance(labels, dict)
    keys = re.findall(r"^([^#\s][^:]*):", text, re.M)
    assert len(keys) == len(set(keys)) == len(labels), "a column labelled twice"
    known = categories()
    wrong = {k: v for k, v in labels.items() if v is not None and v not in known}
    assert not wrong, f"not categories of rules/categories.yaml: {wrong}"
    unlabelled = sorted(columns - set(labels))
    assert not unlabelled, f"columns without a label: {unlabelled}"
    phantom = sorted(set(labels) - columns)
    assert not phantom, f"labels of columns the sample does not have: {phantom}"
    assert any(labels.values()), "a sample with no personal column measures nothing"
