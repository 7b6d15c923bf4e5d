"""A discovery scan end to end, through the CLI, on the demo shop and on real servers."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from scanner.cli.main import main
from scanner.demo.estate import build_demo

# What a person judges at a glance: column -> category, or None when not personal.
DEMO_TRUTH = {
    ("main.customers", "id"): "identity.account_id",  # the key that links a person's rows
    ("main.customers", "first_name"): "identity.name",
    ("main.customers", "last_name"): "identity.name",
    ("main.customers", "email"): "contact.email",
    ("main.customers", "telephone"): "contact.phone",
    ("main.customers", "date_naissance"): "identity.birth_date",
    ("main.customers", "adresse"): "contact.address",
    ("main.customers", "code_postal"): "contact.address",
    ("main.customers", "ville"): "contact.address",
    ("main.customers", "country_code"): "contact.address",  # beside adresse, ville
    ("main.customers", "iban"): "financial.bank_account",
    ("main.customers", "last_login_ip"): "online.ip_address",
    ("main.customers", "created_at"): None,
    ("main.customers", "loyalty_points"): None,
    ("main.orders", "id"): None,
    ("main.orders", "order_number"): None,
    ("main.orders", "status"): None,
    ("main.orders", "amount"): None,
    ("main.orders", "card_number"): "financial.payment_card",
    ("main.orders", "ordered_at"): None,
    ("main.order_lines", "quantity"): None,
    ("main.order_lines", "unit_price"): None,
    ("main.products", "sku"): None,
    ("main.products", "name"): None,
    ("main.products", "description"): None,
    ("main.products", "price"): None,
    ("main.newsletter", "email"): "contact.email",
    ("main.newsletter", "subscribed_at"): None,
    ("main.support_tickets", "message"): "communications.customer_service",
    ("main.support_tickets", "status_code"): None,
    ("main.support_tickets", "opened_at"): None,
}


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def report_of(index: str) -> dict[str, Any]:
    """`pdmap report --format json --index INDEX` as data (its stdout: a partial scan's
    warning goes to stderr)."""
    result = CliRunner().invoke(main, ["report", "--format", "json", "--index", index])
    return dict(json.loads(result.stdout))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo estate, scanned once."""
    config = build_demo(tmp_path_factory.mktemp("demo"))
    code, out = run("-c", str(config), "scan")
    assert code == 0, out
    return config


def report_fields(config: Path) -> dict[tuple[str, str], dict]:
    code, out = run("-c", str(config), "report", "--format", "json")
    assert code == 0, out
    return {(f["container"], f["field"]): f for f in json.loads(out)["fields"]}


def test_when_the_demo_shop_is_scanned_then_every_judged_column_is_right(demo: Path) -> None:
    fields = report_fields(demo)
    wrong = {k: (fields[k]["personal"], fields[k]["category"], truth)
             for k, truth in DEMO_TRUTH.items()
             if (fields[k]["category"] if fields[k]["personal"] else None) != truth}
    assert wrong == {}


def test_the_json_report_is_the_documented_contract(demo: Path) -> None:
    code, out = run("-c", str(demo), "report", "--format", "json")
    data = json.loads(out)
    assert data["scan"]["status"] == "ok"
    email = next(f for f in data["fields"] if f["container"] == "main.customers"
                 and f["field"] == "email")
    assert {"source", "container", "field", "personal", "category", "entity", "confidence",
            "evidence"} <= set(email)
    assert email["entity"] == "EMAIL_ADDRESS"
    assert 0.5 < email["confidence"] <= 1
    ev = email["evidence"]
    assert ev["name_rule"] == "lexicon:email" and ev["recognizers"] == ["EmailRecognizer"]
    assert ev["match_share"] > 0.9 and ev["sampled"] > 0
    assert all("***" in x or "*" in x for x in ev["examples"])


def test_csv_and_table_reports_list_the_same_fields(demo: Path) -> None:
    code, out = run("-c", str(demo), "report", "--format", "csv")
    assert code == 0
    rows = out.strip().splitlines()
    assert rows[0].startswith("source,container,field,personal")
    assert len(rows) - 1 == len(report_fields(demo))
    code, out = run("-c", str(demo), "report")
    assert code == 0 and "main.customers.email" in out and "contact.email" in out


def test_the_index_never_holds_a_raw_personal_value(demo: Path) -> None:
    shop = sqlite3.connect(demo.parent / "shop.db")
    planted = [v for row in shop.execute(
        "SELECT email, telephone, iban, last_login_ip, last_name || ' ' || first_name "
        "FROM customers LIMIT 50") for v in row if v]
    planted += [row[0] for row in shop.execute("SELECT card_number FROM orders "
                                                "WHERE card_number IS NOT NULL LIMIT 20")]
    shop.close()
    blob = b"".join(p.read_bytes() for p in (demo.parent / ".pdmap").glob("index.db*"))
    leaked = [v for v in planted if v.encode() in blob]
    assert leaked == []


def test_when_a_source_is_unreachable_then_one_line_names_it_and_the_others_are_scanned(
    tmp_path: Path,
) -> None:
    config = build_demo(tmp_path)
    shop = f"sqlite:///{tmp_path}/shop.db"
    bad = "postgresql://scanner:hunter2@127.0.0.1:9/crm"
    index = f"sqlite:///{tmp_path}/other.db"
    result = CliRunner().invoke(main, ["-c", str(config), "scan", bad, shop, "--index", index])
    assert result.exit_code == 2
    lines = [x for x in result.output.splitlines() if "cannot reach" in x]
    assert len(lines) == 1 and "127.0.0.1" in lines[0] and "***" in lines[0]
    assert "hunter2" not in result.output and "Traceback" not in result.output
    data = report_of(index)
    assert data["scan"]["status"] == "partial"
    assert any(f["container"] == "main.customers" for f in data["fields"])
    assert [f["place"] for f in data["failures"]] == ["connect"]
    assert "hunter2" not in json.dumps(data)


def test_when_a_table_cannot_be_read_then_it_is_recorded_and_the_scan_goes_on(
    postgres: object, tmp_path: Path,
) -> None:
    url = postgres.create_database("failing")  # type: ignore[attr-defined]
    postgres.execute(  # type: ignore[attr-defined]
        "CREATE ROLE reader LOGIN", "CREATE TABLE secret (id int PRIMARY KEY, email text)",
        "CREATE TABLE open (id int PRIMARY KEY, email text)",
        "INSERT INTO open VALUES (1, 'a@example.com'), (2, 'b@example.com')",
        "GRANT SELECT ON open TO reader", dbname="failing")
    reader_url = url.replace(f"{postgres.user}@", "reader@")  # type: ignore[attr-defined]
    index = f"sqlite:///{tmp_path}/index.db"
    code, out = run("scan", reader_url, "--index", index)
    assert code == 3 and "is partial: 1 failures" in out, out  # the rest is scanned
    data = report_of(index)
    assert data["scan"]["status"] == "partial"
    assert [(f["place"], "permission denied" in f["message"].lower())
            for f in data["failures"]] == [("public.secret", True)]
    found = {(f["container"], f["field"]): f["personal"] for f in data["fields"]}
    assert found[("public.open", "email")] is True


def test_the_index_can_live_in_postgresql(postgres: object, tmp_path: Path) -> None:
    config = build_demo(tmp_path)
    index = postgres.create_database("pdmap_index")  # type: ignore[attr-defined]
    code, out = run("-c", str(config), "scan", "--index", index)
    assert code == 0, out
    code, out = run("report", "--format", "json", "--index", index)
    fields = {(f["container"], f["field"]): f for f in json.loads(out)["fields"]}
    assert fields[("main.customers", "email")]["category"] == "contact.email"


def test_postgres_and_mariadb_sources_get_the_same_verdicts_as_sqlite(
    postgres: object, mariadb: object, tmp_path: Path,
) -> None:
    config = build_demo(tmp_path)
    src = sa.create_engine(f"sqlite:///{tmp_path}/shop.db")
    urls = []
    for server in (postgres, mariadb):
        url = server.create_database("shopcopy")  # type: ignore[attr-defined]
        copy_tables(src, sa.create_engine(url))
        urls.append(url)
    index = f"sqlite:///{tmp_path}/servers.db"
    code, out = run("-c", str(config), "scan", *urls, "--index", index)
    assert code == 0, out
    fields = json.loads(run("report", "--format", "json", "--index", index)[1])["fields"]
    for f in fields:
        table = f["container"].split(".", 1)[1]
        truth = DEMO_TRUTH.get((f"main.{table}", f["field"]), "unjudged")
        if truth != "unjudged":
            assert (f["category"] if f["personal"] else None) == truth, (f["source"], table,
                                                                         f["field"])


def copy_tables(src: sa.Engine, dst: sa.Engine) -> None:
    md = sa.MetaData()
    md.reflect(src)
    for table in md.sorted_tables:
        for col in table.columns:
            if isinstance(col.type, sa.types.NullType):
                col.type = sa.Text()
            if col.primary_key and isinstance(col.type, sa.Text):
                col.type = sa.String(255)  # MariaDB cannot key a TEXT column
    md.create_all(dst)
    with src.connect() as s, dst.begin() as d:
        for table in md.sorted_tables:
            rows = [dict(r._mapping) for r in s.execute(sa.select(table))]
            if rows:
                d.execute(table.insert(), rows)
    dst.dispose()


def test_a_customer_is_found_by_their_key_as_by_their_e_mail(demo: Path) -> None:
    shop = sqlite3.connect(demo.parent / "shop.db")
    cid, email = shop.execute(
        "SELECT id, email FROM customers WHERE email IS NOT NULL ORDER BY id LIMIT 1").fetchone()
    shop.close()
    by_key = json.loads(run("-c", str(demo), "subjects", "find", str(cid), "--kind", "account",
                            "--format", "json")[1])
    by_email = json.loads(run("-c", str(demo), "subjects", "find", email, "--format", "json")[1])
    assert by_key["subject"] is not None and by_key["subject"] == by_email["subject"]
    rows = [(o["container"], o["item"]) for o in by_key["occurrences"] if o["source"] == "shop"]
    assert ("main.customers", {"id": cid}) in rows


def test_python_m_scanner_links_through_worker_processes(tmp_path: Path) -> None:
    """`python -m scanner scan` with worker processes for every table (spawned workers import
    the main module again: it must not run the CLI a second time); the answers are the
    same as without them."""
    import subprocess
    import sys

    config = build_demo(tmp_path)
    text = config.read_text()
    assert "    url: sqlite:///shop.db\n" in text
    config.write_text(text.replace("    url: sqlite:///shop.db\n", "    url: sqlite:///shop.db\n"
                                   "    options: {subject_worker_rows: 1}\n"))
    root = Path(__file__).resolve().parents[2]

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "scanner", "-c", str(config), *args],
                              cwd=root, capture_output=True, text=True, timeout=600)

    scanned = cli("scan")
    assert scanned.returncode == 0, scanned.stderr
    shop = sqlite3.connect(tmp_path / "shop.db")
    cid, email = shop.execute(
        "SELECT id, email FROM customers WHERE email IS NOT NULL ORDER BY id LIMIT 1").fetchone()
    orders = shop.execute("SELECT count(*) FROM orders WHERE customer_id = ?", (cid,)).fetchone()
    shop.close()
    found = cli("subjects", "find", email, "--format", "json")
    assert found.returncode == 0, found.stderr
    rows = [(o["container"], o["item"]) for o in json.loads(found.stdout)["occurrences"]
            if o["source"] == "shop"]
    assert ("main.customers", {"id": cid}) in rows
    assert sum(1 for c, _ in rows if c == "main.orders") == orders[0]


def test_a_drivers_error_loses_the_values_it_quotes() -> None:
    """Failure messages are stored and printed: a driver's error that echoes a row's
    value (SQLite's decode error, PostgreSQL's key detail) keeps the names, not the value."""
    import sqlite3

    from scanner.core.errors import one_line, withhold_values

    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (email TEXT)")
    db.execute("INSERT INTO t VALUES (CAST(x'6a65616ee92e666f6f40782e6578616d706c65' AS TEXT))")
    try:
        db.execute("SELECT email FROM t").fetchall()
    except sqlite3.OperationalError as e:
        message = one_line(e)
    assert "email" in message and "jean" not in message and "x.example" not in message
    assert withhold_values("Key (email)=(jane@example.com) already exists.") == \
        "Key (email)=(value withheld) already exists."
    assert withhold_values('relation "main.customers" does not exist') == \
        'relation "main.customers" does not exist'
    assert "12 34" not in withhold_values("invalid input: '+33 6 12 34 56 78'")
