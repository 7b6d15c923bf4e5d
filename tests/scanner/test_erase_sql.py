"""`pdmap erase` on SQL sources, end to end on SQLite, PostgreSQL and MariaDB: scan a small
shop, plan one customer's erasure, apply it through write credentials, scan again.

The shop: customers (Bruno was referred by Alice: a reference to her), an address Alice and
Bruno share, orders, and invoices kept under a legal obligation for ten years after they
were issued (the data map says so). Alice's erasure: her invoice is anonymised in place
(held until 2035-01-15), her orders and her row deleted (children first), the shared
address kept, Bruno's reference to her cleared. Nothing is stubbed: the real CLI, index,
connectors and servers.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import stat
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import orjson
import pytest
import sqlalchemy as sa
import yaml
from click.testing import CliRunner

from scanner.cli.main import main
from scanner.core.config import DataMapEntry, Retention
from scanner.erase.sql import add_period, keep_reason

ALICE = "alice.martin@example.com"
ALICE_VALUES = (ALICE, "Alice", "Martin", "06 12 34 56 78", "+33612345678")
PASSWORD_ENV = "PDMAP_TEST_ERASE_SHOP"
SCHEMA = orjson.loads(resources.files("exporters").joinpath(
    "schema", "erasure-plan.schema.json").read_bytes())

md = sa.MetaData()
addresses = sa.Table(
    "addresses", md,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("street", sa.String(100)), sa.Column("postal_code", sa.String(10)),
    sa.Column("city", sa.String(50)), sa.Column("phone", sa.String(30)))  # a household's
customers = sa.Table(
    "customers", md,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("first_name", sa.String(50)), sa.Column("last_name", sa.String(50)),
    sa.Column("email", sa.String(100)), sa.Column("phone", sa.String(30)),
    sa.Column("address_id", sa.Integer, sa.ForeignKey("addresses.id")),
    sa.Column("referred_by", sa.Integer, sa.ForeignKey("customers.id")))
orders = sa.Table(
    "orders", md,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
    sa.Column("amount", sa.Numeric(10, 2)), sa.Column("ordered_at", sa.Date))
invoices = sa.Table(
    "invoices", md,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("order_id", sa.Integer, sa.ForeignKey("orders.id")),
    sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id")),
    sa.Column("billing_name", sa.String(100), nullable=False),
    sa.Column("billing_email", sa.String(100)),
    sa.Column("issued_at", sa.Date), sa.Column("total", sa.Numeric(10, 2)))

CUSTOMERS = [
    (1, "Alice", "Martin", ALICE, "06 12 34 56 78", 1, None),
    (2, "Bruno", "Petit", "bruno.petit@example.org", "07 98 76 54 32", 1, 1),
    (3, "Chloé", "Dubois", "chloe.dubois@example.net", "06 55 44 33 22", 2, None),
]


def build_shop(url: str) -> None:
    engine = sa.create_engine(url)
    md.create_all(engine)
    with engine.begin() as conn:
        conn.execute(addresses.insert(), [
            {"id": 1, "street": "12 rue des Lilas", "postal_code": "75011", "city": "Paris",
             "phone": "01 43 55 66 77"},
            {"id": 2, "street": "3 avenue Foch", "postal_code": "69006", "city": "Lyon",
             "phone": "04 78 11 22 33"}])
        conn.execute(customers.insert(), [dict(zip(
            ("id", "first_name", "last_name", "email", "phone", "address_id", "referred_by"),
            c, strict=True)) for c in CUSTOMERS])
        conn.execute(orders.insert(), [
            {"id": 10, "customer_id": 1, "amount": Decimal("30.00"),
             "ordered_at": dt.date(2025, 1, 10)},
            {"id": 11, "customer_id": 1, "amount": Decimal("12.50"),
             "ordered_at": dt.date(2025, 3, 2)},
            {"id": 12, "customer_id": 2, "amount": Decimal("99.90"),
             "ordered_at": dt.date(2025, 2, 1)},
            {"id": 13, "customer_id": 3, "amount": Decimal("5.00"),
             "ordered_at": dt.date(2025, 4, 4)}])
        conn.execute(invoices.insert(), [
            {"id": 100, "order_id": 10, "customer_id": 1, "billing_name": "Alice Martin",
             "billing_email": ALICE, "issued_at": dt.date(2025, 1, 15),
             "total": Decimal("30.00")},
            {"id": 101, "order_id": 12, "customer_id": 2, "billing_name": "Bruno Petit",
             "billing_email": "bruno.petit@example.org", "issued_at": dt.date(2025, 2, 3),
             "total": Decimal("99.90")}])
    engine.dispose()


def write_config(root: Path, url: str, monkeypatch: pytest.MonkeyPatch, *,
                 write: bool = True) -> Path:
    """pdmap.yaml: the shop read-only, written through `write_*` only when `write`."""
    u = sa.engine.make_url(url)
    source: dict[str, Any] = {"name": "shop",
                              "url": u.set(password=None).render_as_string(False)}
    if u.password:
        monkeypatch.setenv(PASSWORD_ENV, u.password)
        source["password_env"] = PASSWORD_ENV
    if write:
        if u.password:
            source["write_password_env"] = PASSWORD_ENV
        else:
            source["write_url"] = source["url"]
    config = {
        "index": f"sqlite:///{root}/index.db", "key_file": str(root / "key"),
        "sources": [source],
        "datamap": [
            {"container": "*.invoices", "field": f, "category": c,
             "purpose": "accounting", "legal_basis": "legal obligation (GDPR art. 6(1)(c))",
             "retention": {"period": "P10Y", "after": "issued_at"}}
            for f, c in (("billing_name", "identity.name"),
                         ("billing_email", "contact.email"))],
    }
    path = root / ("pdmap.yaml" if write else "readonly.yaml")
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


def run(config: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["-c", str(config), *args])
    return result.exit_code, result.output


def stdout(config: Path, *args: str) -> Any:
    return orjson.loads(CliRunner().invoke(main, ["-c", str(config), *args]).stdout)


def table(url: str, t: sa.Table) -> dict[int, dict[str, Any]]:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        rows = {int(r.id): dict(r._mapping) for r in conn.execute(sa.select(t))}
    engine.dispose()
    return rows


def execute(url: str, *statements: Any) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        for s in statements:
            conn.execute(s)
    engine.dispose()


def no_raw_identifier(text: str) -> None:
    for value in ALICE_VALUES:
        assert value not in text


def test_erase_plan_apply_rescan(shop_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    build_shop(shop_url)
    config = write_config(tmp_path, shop_url, monkeypatch)
    readonly = write_config(tmp_path, shop_url, monkeypatch, write=False)
    outputs: list[str] = []

    code, out = run(config, "scan")
    assert code == 0, out
    before = {t.name: table(shop_url, t) for t in (customers, orders, invoices, addresses)}

    # -- the plan: read only, reviewed, nothing changed ----------------------------------
    plan_dir = tmp_path / "plan"
    code, out = run(config, "erase", ALICE, "-o", str(plan_dir))
    outputs.append(out)
    assert code == 0, out
    assert {p.name for p in plan_dir.iterdir()} == {"plan.json", "plan.sql", "summary.txt"}
    for p in plan_dir.iterdir():
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p
    plan = orjson.loads((plan_dir / "plan.json").read_bytes())
    jsonschema.Draft202012Validator(
        SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER).validate(plan)
    assert plan["created_at"].endswith("+00:00")
    assert all(len(d) == 64 for d in plan["identifiers"]) and plan["identifiers"]
    assert {t.name: table(shop_url, t) for t in (customers, orders, invoices, addresses)} \
        == before
    items = plan["items"]
    by = {(i["container"].rsplit(".", 1)[1], i["locator"].get("id")): i for i in items}
    assert by[("customers", 1)]["action"] == "delete"
    assert by[("orders", 10)]["action"] == by[("orders", 11)]["action"] == "delete"
    invoice = by[("invoices", 100)]
    assert invoice["action"] == "anonymise"
    assert invoice["hold_until"] == "2035-01-15"
    assert invoice["legal_basis"].startswith("legal obligation")
    assert {"billing_name", "billing_email", "order_id", "customer_id"} <= set(
        invoice["columns"])
    assert invoice["set_values"]["billing_name"] == "erased"  # NOT NULL: a placeholder
    assert invoice["set_values"]["billing_email"] is None
    assert by[("addresses", 1)]["action"] == "unlink"  # shared with Bruno: kept
    bruno = by[("customers", 2)]
    assert (bruno["action"], bruno["columns"]) == ("clear_reference", ["referred_by"])
    assert not any(i["locator"].get("id") in (3, 12, 13, 101) for i in items)
    # children before parents, references cleared before their rows go
    position = {k: n for n, k in enumerate(by)}
    assert position[("invoices", 100)] < position[("orders", 10)] < position[("customers", 1)]
    assert position[("customers", 2)] < position[("customers", 1)]
    sql = (plan_dir / "plan.sql").read_text()
    assert "DELETE FROM" in sql and "UPDATE" in sql and "'erased'" in sql
    summary = (plan_dir / "summary.txt").read_text()
    assert "2035-01-15" in summary and "Nothing has been changed" in summary
    no_raw_identifier(summary)
    copies = {}
    for name in ("readonly", "changed", "failing", "stale"):
        copies[name] = tmp_path / name
        shutil.copytree(plan_dir, copies[name])

    # -- refused without write credentials --------------------------------------------
    code, out = run(readonly, "erase", "--apply", str(copies["readonly"]))
    outputs.append(out)
    assert code == 3, out
    assert "source shop: no write credentials" in out
    assert table(shop_url, customers) == before["customers"]

    # -- refused when a row changed since the plan: all rolled back -------------------
    execute(shop_url, customers.update().where(customers.c.id == 1).values(
        phone="06 00 00 00 01"))
    code, out = run(config, "erase", "--apply", str(copies["changed"]))
    outputs.append(out)
    assert code == 3, out
    assert "customers, change" in out and "the row changed since the plan was made" in out
    assert "rolled back" in out
    assert table(shop_url, invoices) == before["invoices"]  # changed before, undone
    assert table(shop_url, orders) == before["orders"]
    execute(shop_url, customers.update().where(customers.c.id == 1).values(
        phone="06 12 34 56 78"))

    # -- a failure the database raises (a foreign key) rolls everything back ------------
    execute(shop_url, orders.insert().values(id=14, customer_id=1, amount=Decimal("1.00")))
    code, out = run(config, "erase", "--apply", str(copies["failing"]))
    outputs.append(out)
    assert code == 3, out
    assert "nothing was changed (rolled back)" in out
    cert = orjson.loads((copies["failing"] / "certificate.json").read_bytes())
    assert not cert["erased"] and len(cert["failed"]) == len(items)
    assert table(shop_url, invoices) == before["invoices"]
    assert table(shop_url, customers) == before["customers"]
    execute(shop_url, orders.delete().where(orders.c.id == 14))

    # -- applied ----------------------------------------------------------------------
    code, out = run(config, "erase", "--apply", str(plan_dir))
    outputs.append(out)
    assert code == 0, out
    cert_text = (plan_dir / "certificate.json").read_text()
    no_raw_identifier(cert_text)
    cert = orjson.loads(cert_text)
    assert cert["plan_digest"] == plan["digest"]
    assert not cert["failed"] and not cert["refused"]
    assert {e["action"] for e in cert["erased"]} == {"delete", "anonymise", "clear_reference"}
    assert [h["action"] for h in cert["held"]] == ["unlink"]
    assert cert["suppressed_identifiers"] >= 2 and cert["not_suppressed"] is None
    assert 1 not in table(shop_url, customers)
    assert table(shop_url, customers)[2]["referred_by"] is None
    assert set(table(shop_url, orders)) == {12, 13}
    kept = table(shop_url, invoices)[100]
    assert (kept["billing_name"], kept["billing_email"], kept["customer_id"],
            kept["order_id"]) == ("erased", None, None, None)
    assert kept["total"] == Decimal("30.00")
    assert table(shop_url, invoices)[101] == before["invoices"][101]
    assert table(shop_url, addresses) == before["addresses"]
    code, out = run(config, "erase", "--apply", str(plan_dir))
    assert code == 2 and "applied already" in out

    # -- a new scan finds nothing of her; the export has nothing -----------------------
    code, out = run(config, "scan")
    outputs.append(out)
    assert code == 0, out
    assert stdout(config, "subjects", "find", ALICE, "--format", "json")["subject"] is None
    code, out = run(config, "export", ALICE, "-o", str(tmp_path / "pkg"), "--format", "dir")
    outputs.append(out)
    assert code == 2 and "none of the 1 identifier(s) matches" in out, out
    assert not (tmp_path / "pkg").exists()
    # a plan made before that scan is refused for the source
    code, out = run(config, "erase", "--apply", str(copies["stale"]))
    outputs.append(out)
    assert code == 3 and "scanned again since the plan was made" in out, out

    # -- her row restored from a backup: the next scan says so ---------------------------
    execute(shop_url, customers.insert().values(
        id=1, first_name="Alice", last_name="Martin", email=ALICE, phone="06 12 34 56 78"))
    code, out = run(config, "scan")
    outputs.append(out)
    assert code == 3 and "partial" in out, out
    failures = stdout(config, "report", "--format", "json")["failures"]
    assert [(f["source"], f["place"]) for f in failures] == [("shop", "erasure")]
    assert "erased by 'pdmap erase --apply' found again" in failures[0]["message"]
    for text in [*outputs, caplog.text]:
        no_raw_identifier(text)
    for p in tmp_path.rglob("*"):
        no_raw_identifier(p.name)


def test_keep_reason_reads_a_structured_retention() -> None:
    obligation = DataMapEntry("main.invoices", "*", "identity.name",
                              legal_basis="legal_obligation",
                              retention_rule=Retention("P10Y", "issued_at"))
    kept = keep_reason([obligation], {"issued_at": "2024-02-29"}, dt.date(2026, 1, 1))
    assert kept is not None and kept[1] == "2034-02-28" and kept[3] == "anonymise"
    contract = DataMapEntry("main.orders", "*", None, legal_basis="contract",
                            retention_rule=Retention("P3Y", "ordered_at"))
    assert keep_reason([contract], {"ordered_at": dt.date(2020, 1, 1)},
                       dt.date(2026, 1, 1)) is None  # over: deleted
    assert keep_reason([contract], {"ordered_at": dt.date(2025, 1, 1)},
                       dt.date(2026, 1, 1))[1] == "2028-01-01"  # type: ignore[index]
    free = DataMapEntry("main.invoices", "*", None, legal_basis="Legal obligation",
                        retention="ten years")
    kept = keep_reason([free], {}, dt.date(2026, 1, 1))
    assert kept is not None and kept[1] is None and "held for review" in kept[2]
    assert kept[3] == "hold"  # untouched: a reviewer decides
    assert keep_reason([obligation], {"issued_at": "2014-01-01"},
                       dt.date(2026, 1, 1)) is None  # ten years over: deleted
    interest = DataMapEntry("main.x", "*", None, legal_basis="legitimate interest")
    held = keep_reason([interest], {}, dt.date(2026, 1, 1))
    assert held is not None and held[3] == "hold" and held[1] is None  # weighed by a person
    # a minor at collection: legitimate interest holds nothing (art. 17(1)(f))
    assert keep_reason([interest], {}, dt.date(2026, 1, 1), minor=True) is None
    both = [interest, obligation]  # a legal obligation still holds a minor's invoice
    kept = keep_reason(both, {"issued_at": "2024-02-29"}, dt.date(2026, 1, 1), minor=True)
    assert kept is not None and kept[3] == "anonymise"
    assert add_period(dt.date(2025, 1, 31), "P1M") == dt.date(2025, 2, 28)
    assert add_period(dt.date(2025, 1, 1), "P2W3D") == dt.date(2025, 1, 18)
    assert add_period(dt.date(2025, 1, 1), "ten years") is None


def test_a_row_kept_as_is_holds_the_rows_it_references(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A subscription kept under a contract whose retention is free text is left as it is
    for review: the customer row it references is held too (deleting it would fail), and
    the rest of the plan applies."""
    url = f"sqlite:///{tmp_path}/shop.db"
    build_shop(url)
    own = sa.MetaData()  # the shop's tables and this one, the module's shop untouched
    for t in md.tables.values():
        t.to_metadata(own)
    subs = sa.Table("subscriptions", own,
                    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
                    sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"),
                              nullable=False),
                    sa.Column("contact_email", sa.String(100)))
    engine = sa.create_engine(url)
    subs.create(engine)
    with engine.begin() as conn:
        conn.execute(subs.insert(), [{"id": 7, "customer_id": 1, "contact_email": ALICE}])
    engine.dispose()
    config = write_config(tmp_path, url, monkeypatch)
    raw = yaml.safe_load(config.read_text())
    raw["datamap"].append({"container": "*.subscriptions", "field": "*",
                           "category": "contact.email", "legal_basis": "contract",
                           "retention": "as long as the subscription runs"})
    config.write_text(yaml.safe_dump(raw))
    assert run(config, "scan")[0] == 0
    code, out = run(config, "erase", ALICE, "-o", str(tmp_path / "plan"))
    assert code == 0, out
    items = orjson.loads((tmp_path / "plan" / "plan.json").read_bytes())["items"]
    by = {(i["container"].rsplit(".", 1)[1], i["locator"].get("id")): i for i in items}
    assert by[("subscriptions", 7)]["action"] == "hold"
    assert "held for review" in by[("subscriptions", 7)]["reason"]
    assert by[("customers", 1)]["action"] == "hold"
    assert "main.subscriptions kept as it is (hold) references it" in \
        by[("customers", 1)]["reason"]
    assert by[("orders", 10)]["action"] == "delete"
    tampered = tmp_path / "tampered"  # a reviewer's edit is a new plan, not this one
    shutil.copytree(tmp_path / "plan", tampered)
    raw_plan = orjson.loads((tampered / "plan.json").read_bytes())
    raw_plan["items"][-1]["action"] = "delete"
    (tampered / "plan.json").write_bytes(orjson.dumps(raw_plan))
    code, out = run(config, "erase", "--apply", str(tampered))
    assert code == 2 and "changed after it was written" in out, out
    assert not (tampered / "certificate.json").exists()
    code, out = run(config, "erase", "--apply", str(tmp_path / "plan"))
    assert code == 0, out
    assert 1 in table(url, customers) and set(table(url, orders)) == {12, 13}
    cert = orjson.loads((tmp_path / "plan" / "certificate.json").read_bytes())
    assert cert["suppressed_identifiers"] == 0 and "held as they are" in cert["not_suppressed"]
    code, out = run(config, "scan")  # her held rows are not reported as come back
    assert code == 0, out
