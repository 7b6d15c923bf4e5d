"""Roles through the command line: `subjects plan`, overrides, `find --explain`, the flags
for over-merged subjects, and re-scans that must leave every role as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import orjson
import pytest
from click.testing import CliRunner

from scanner.cli.main import main

SCHEMA = """
CREATE TABLE employees (EmployeeId INTEGER PRIMARY KEY, FirstName TEXT, LastName TEXT,
    Email TEXT, ReportsTo INTEGER REFERENCES employees(EmployeeId));
CREATE TABLE addresses (address_id INTEGER PRIMARY KEY, street TEXT, postal_code TEXT);
CREATE TABLE customers (CustomerId INTEGER PRIMARY KEY, FirstName TEXT, LastName TEXT,
    Email TEXT, Phone TEXT, address_id INTEGER REFERENCES addresses(address_id),
    SupportRepId INTEGER REFERENCES employees(EmployeeId));
CREATE TABLE invoices (InvoiceId INTEGER PRIMARY KEY,
    CustomerId INTEGER REFERENCES customers(CustomerId), Total REAL);
CREATE TABLE trades (trade_id INTEGER PRIMARY KEY,
    payer_id INTEGER REFERENCES customers(CustomerId),
    payee_id INTEGER REFERENCES customers(CustomerId), amount REAL);
"""
FIRST = ["Alice", "Bruno", "Chloe", "David", "Emma", "Farid", "Gaelle", "Hugo"]
LAST = ["Martin", "Petit", "Dubois", "Leroy", "Moreau", "Garnier"]


def build(path: Path, customers: int = 24) -> None:
    db = sqlite3.connect(path)
    db.executescript(SCHEMA)
    db.executemany("INSERT INTO employees VALUES (?, ?, ?, ?, ?)", [
        (1, "Nadia", "Roux", "nadia.roux@shop.example", None),
        (2, "Omar", "Blanc", "omar.blanc@shop.example", 1),
        (3, "Paul", "Henry", "paul.henry@shop.example", 1)])
    for a in range(1, customers // 2 + 1):
        db.execute("INSERT INTO addresses VALUES (?, ?, ?)", (a, f"{a} rue des Lilas", "75011"))
    for c in range(1, customers + 1):
        first, last = FIRST[c % len(FIRST)], LAST[c % len(LAST)]
        # two customers a household: one address row, one landline for the pairs of 3
        phone = "01 45 67 89 10" if c in (3, 4) else f"06 12 34 {c:02d} {c + 10:02d}"
        db.execute("INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?, ?)",
                   (c, first, f"{last}{c}", f"{first.lower()}.{last.lower()}{c}@mail.example",
                    phone, (c + 1) // 2, 2 + c % 2))
        db.executemany("INSERT INTO invoices VALUES (NULL, ?, ?)", [(c, 10.0), (c, 20.0)])
    db.executemany("INSERT INTO trades VALUES (?, ?, ?, ?)", [(1, 1, 2, 5.0), (2, 2, 5, 7.0)])
    db.commit()
    db.close()


@pytest.fixture
def estate(tmp_path: Path) -> Path:
    build(tmp_path / "shop.db")
    config = tmp_path / "pdmap.yaml"
    config.write_text("index: sqlite:///.pdmap/index.db\nkey_file: .pdmap/key\n"
                      "sources:\n  - name: shop\n    url: sqlite:///shop.db\n")
    assert run(config, "init").exit_code == 0
    return config


def run(config: Path, *args: str) -> Any:
    return CliRunner().invoke(main, ["-c", str(config), *args])


def find(config: Path, identifier: str, *args: str) -> tuple[int, dict[str, Any]]:
    result = run(config, "subjects", "find", identifier, "--format", "json", *args)
    return result.exit_code, orjson.loads(result.stdout)


def places(found: dict[str, Any], role: str | None = None) -> list[tuple[str, Any]]:
    return sorted((o["container"].split(".")[1], tuple(o["item"].values()))
                  for o in found["occurrences"] if role is None or o["role"] == role)


def test_plan_prints_every_container_with_its_role_and_why(estate: Path) -> None:
    result = run(estate, "subjects", "plan", "--format", "json")
    assert result.exit_code == 0, result.output
    [shop] = orjson.loads(result.stdout)
    roles = {e["container"].split(".")[1]: e for e in shop["containers"]}
    assert {n: e["role"] for n, e in roles.items()} == {
        "employees": "root", "customers": "root", "addresses": "attached",
        "invoices": "own", "trades": "reference"}
    assert "SupportRepId -> main.employees" in roles["customers"]["why"]
    assert "ambiguous" in roles["trades"]["why"] and "pdmap.yaml" in roles["trades"]["why"]


def test_a_rep_finds_references_only_and_a_customer_their_own_rows(estate: Path) -> None:
    assert run(estate, "scan").exit_code == 0
    code, rep = find(estate, "omar.blanc@shop.example")
    assert code == 0
    assert places(rep, "own") == [("employees", (2,))]
    customers_of_omar = [c for c in range(1, 25) if 2 + c % 2 == 2]
    assert places(rep, "reference") == sorted(("customers", (c,)) for c in customers_of_omar)
    assert all(o["fields"] == ["SupportRepId"] for o in rep["occurrences"]
               if o["role"] == "reference")
    code, cust = find(estate, "bruno.petit1@mail.example")
    assert code == 0
    assert places(cust, "own") == [("customers", (1,)), ("invoices", (1,)), ("invoices", (2,))]
    assert [o["role"] for o in cust["occurrences"] if o["container"].endswith("addresses")] == [
        "shared"]


def test_a_household_landline_links_nobody_and_finds_both(estate: Path) -> None:
    assert run(estate, "scan").exit_code == 0
    code, found = find(estate, "01 45 67 89 10", "--kind", "phone")
    assert code == 1 and found["subject"] is None and len(found["candidates"]) == 2
    _, three = find(estate, "david.leroy3@mail.example")
    _, four = find(estate, "emma.moreau4@mail.example")
    assert three["subject"] != four["subject"]
    assert places(three, "own")[0] == ("customers", (3,))
    assert set(found["candidates"]) == {three["subject"], four["subject"]}
    # an account key held by a customer and an employee names two people: candidates
    code, key = find(estate, "3", "--kind", "account")
    assert code == 1 and len(key["candidates"]) == 2


def test_a_rescan_changes_no_role_and_a_new_row_adds_its_own(estate: Path) -> None:
    assert run(estate, "scan").exit_code == 0
    before = orjson.loads(run(estate, "subjects", "stats", "--format", "json").stdout)
    assert run(estate, "scan").exit_code == 0
    again = orjson.loads(run(estate, "subjects", "stats", "--format", "json").stdout)
    assert again["roles"] == before["roles"] and again["subjects"] == before["subjects"]
    db = sqlite3.connect(estate.parent / "shop.db")
    db.execute("INSERT INTO customers VALUES (25, 'Zoé', 'Zorro', 'zoe.z@mail.example', NULL,"
               " 1, 3)")
    db.commit()
    db.close()
    assert run(estate, "scan").exit_code == 0
    after = orjson.loads(run(estate, "subjects", "stats", "--format", "json").stdout)
    assert after["subjects"] == before["subjects"] + 1
    assert after["roles"]["reference"] == before["roles"]["reference"] + 1
    assert after["roles"]["own"] == before["roles"]["own"] + 1
    _, paul = find(estate, "paul.henry@shop.example")
    refs = places(paul, "reference")
    assert ("customers", (25,)) in refs and len(refs) == len(set(refs))
    assert all(len(o["fields"]) == 1 for o in paul["occurrences"] if o["role"] == "reference")


def test_an_override_sets_the_owner_and_the_next_scan_relinks(estate: Path) -> None:
    assert run(estate, "scan").exit_code == 0
    _, bruno = find(estate, "bruno.petit1@mail.example")
    assert ("trades", (1,)) in places(bruno, "reference")
    estate.write_text(estate.read_text() + (
        "subjects:\n  links:\n    - {container: main.trades, column: payer_id, as: owner}\n"))
    plan = orjson.loads(run(estate, "subjects", "plan", "--format", "json").stdout)
    trades = next(e for e in plan[0]["containers"] if e["container"] == "main.trades")
    assert trades["role"] == "own" and "forced" in trades["why"]
    assert run(estate, "scan").exit_code == 0
    _, bruno = find(estate, "bruno.petit1@mail.example")
    assert ("trades", (1,)) in places(bruno, "own")
    _, chloe = find(estate, "chloe.dubois2@mail.example")
    assert ("trades", (1,)) in places(chloe, "reference")
    assert ("trades", (2,)) in places(chloe, "own")


def test_an_override_naming_nothing_is_refused(estate: Path) -> None:
    estate.write_text(estate.read_text() + (
        "subjects:\n  links:\n    - {container: main.nope, column: x, as: reference}\n"))
    result = run(estate, "subjects", "plan")
    assert result.exit_code == 2 and "no container 'main.nope'" in result.output
    estate.write_text(estate.read_text().replace("as: reference", "as: boss"))
    result = run(estate, "subjects", "plan")
    assert result.exit_code == 2 and "subjects.links[0].as" in result.output


def test_explain_says_why_each_row_is_there(estate: Path) -> None:
    assert run(estate, "scan").exit_code == 0
    _, found = find(estate, "omar.blanc@shop.example", "--explain")
    why = {o["role"]: o["why"] for o in found["occurrences"]}
    assert "identifiers (email) match" in why["own"]
    assert "SupportRepId" in why["reference"] and "someone else's" in why["reference"]
    _, cust = find(estate, "bruno.petit1@mail.example", "--explain")
    whys = {o["container"].split(".")[1]: o["why"] for o in cust["occurrences"]}
    assert whys["invoices"] == "owned through CustomerId -> main.customers"
    assert "several people's rows point at it" in whys["addresses"]
    table = CliRunner().invoke(main, ["-c", str(estate), "subjects", "find",
                                      "bruno.petit1@mail.example", "--explain"],
                               env={"COLUMNS": "400"})
    assert "owned through CustomerId" in table.stdout and "shared" in table.stdout


def test_a_subject_over_the_limit_is_flagged_by_find_and_stats(estate: Path) -> None:
    assert run(estate, "scan").exit_code == 0
    estate.write_text(estate.read_text() + "subjects:\n  max_identifiers: {email: 1}\n")
    code, _ = find(estate, "omar.blanc@shop.example")
    assert code == 0  # one e-mail: at the limit
    db = sqlite3.connect(estate.parent / "shop.db")
    # a table with two e-mail columns of one person: one known, one new: one subject
    db.execute("CREATE TABLE profiles (id INTEGER PRIMARY KEY, email TEXT, backup_email TEXT)")
    db.execute("INSERT INTO profiles VALUES (1, 'bruno.petit1@mail.example', "
               "'bruno.work@mail.example')")
    db.commit()
    db.close()
    assert run(estate, "scan").exit_code == 0
    result = run(estate, "subjects", "find", "bruno.petit1@mail.example", "--format", "json")
    assert result.exit_code == 3
    assert orjson.loads(result.stdout)["over_limit"] == {"email": 2}
    assert "merged by mistake" in result.stderr and "@" not in result.stderr
    stats = run(estate, "subjects", "stats", "--format", "json")
    assert stats.exit_code == 3
    assert [s["over"] for s in orjson.loads(stats.stdout)["suspects"]] == [{"email": 2}]


def _table(name: str, *cols: str, key: tuple[str, ...] = ("id",)) -> Any:
    from scanner.core.types import ContainerSchema, FieldSchema

    return ContainerSchema("s", f"main.{name}", tuple(
        FieldSchema(c, "integer" if c.endswith(("id", "ID")) else "text") for c in cols), key)


def test_without_foreign_keys_a_prefixed_table_is_found_by_its_prefix() -> None:
    """WordPress declares no foreign key and prefixes its tables: wp_comments.user_id is
    wp_users'; a comment with an author e-mail is still its user's own, not a person."""
    from scanner.link.sql import plan_source
    from tests.scanner.shop import verdicts_for

    cats = {"user_email": "contact.email", "display_name": "identity.name",
            "comment_author": "identity.name", "comment_author_email": "contact.email",
            "user_id": "identity.account_id"}
    users = _table("wp_users", "ID", "user_login", "user_email", "display_name", key=("ID",))
    comments = _table("wp_comments", "comment_ID", "comment_post_ID", "user_id",
                      "comment_author", "comment_author_email", key=("comment_ID",))
    tables = [users, comments]
    plans = {p.container.name: p for p in plan_source(
        tables, {t.name: verdicts_for(t, cats) for t in tables})}
    assert plans["main.wp_users"].role == "root"
    comment = plans["main.wp_comments"]
    assert comment.role == "own" and [p.parent for p in comment.parents] == ["main.wp_users"]
    assert [f for f, _ in comment.identifiers] == ["comment_author_email"]
