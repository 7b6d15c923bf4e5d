"""Queries over the inventory, the `pdmap subjects` commands, and what the index file holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import click
import orjson
import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from scanner.cli.main import Context
from scanner.cli.subjects import subjects
from scanner.index import inventory as inv
from scanner.index import queries
from scanner.index.store import Index
from tests.scanner import shop
from tests.scanner.shop import Linked, membership


@pytest.fixture
def linked(shop_url: str, index_url: str) -> Any:
    shop.build(shop_url).dispose()
    index = Index(index_url)
    Linked(shop_url, index)
    yield index
    index.close()


def test_find_lists_every_occurrence_with_primary_key_values(linked: Index) -> None:
    found = shop.with_main(queries.find_subject(linked, shop.KEY, "ALICE.martin@example.com "))
    assert found["subject"] is not None and found["strong"]
    places = {(o["container"], tuple(o["item"].items())) for o in found["occurrences"]
              if o["container"] != "main.newsletter"}
    assert ("main.customers", (("id", 1),)) in places
    assert ("main.newsletter", (("email", {"hmac": _locator(" Alice.Martin@EXAMPLE.com")}),)) \
        in [(c, tuple(i.items())) for c, i in _items(found)]
    assert ("main.order_lines", (("order_id", 200), ("line_no", 2))) in places
    assert ("main.support_tickets", (("id", 4),)) in places
    assert ("main.reviews", (("id", 1),)) in places and ("main.reviews", (("id", 3),)) in places
    assert len(found["occurrences"]) == 1 + 1 + 2 + 4 + 1 + 2
    customer = next(o for o in found["occurrences"] if o["container"] == "main.customers")
    assert customer["source"] == "shop"
    assert {"contact.email", "identity.name", "financial.bank_account"} <= set(
        customer["categories"])


def _locator(value: str) -> str:
    from scanner.identifiers.hashing import Hasher

    return Hasher(shop.KEY)("locator", value)


def _items(found: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(o["container"], o["item"]) for o in found["occurrences"]]


def test_every_kind_finds_the_same_person(linked: Index) -> None:
    alice = queries.find_subject(linked, shop.KEY, "alice.martin@example.com")["subject"]
    assert queries.find_subject(linked, shop.KEY, "+33 6 12 34 56 78", "phone")["subject"] == alice
    assert queries.find_subject(linked, shop.KEY, "0612345678")["subject"] == alice
    assert queries.find_subject(linked, shop.KEY, "fr1420041010050500013m02606")["subject"] == alice
    assert queries.find_subject(linked, shop.KEY, "1", "account")["subject"] == alice
    assert queries.find_subject(linked, shop.KEY, "nobody.here@example.com")["subject"] is None


def test_stats_count_rows_and_subjects_per_source_and_category(linked: Index) -> None:
    stats = queries.inventory_stats(linked)
    total = len(set().union(*membership(linked).values()))
    assert stats["subjects"] == total
    assert stats["sources"] == [{"source": "shop", "rows": sum(
        len(s) for s in membership(linked).values()), "subjects": total}]
    cats = {c["category"]: c for c in stats["categories"]}
    assert cats["identity.name"]["rows"] == len(shop.CUSTOMERS)
    assert cats["communications.message"]["containers"] == 1
    assert {"kind": "name", "strong": False, "count": 16} in stats["identifiers"]


def test_merging_moves_identifiers_and_occurrences(linked: Index) -> None:
    a = queries.find_subject(linked, shop.KEY, "lea@example.com")["subject"]
    b = queries.find_subject(linked, shop.KEY, "karim@example.com")["subject"]
    n_a = len(queries.subject_occurrences(linked, a))
    n_b = len(queries.subject_occurrences(linked, b))
    with linked.begin() as conn:
        inv.merge_subjects(conn, a, b)
    assert queries.find_subject(linked, shop.KEY, "karim@example.com")["subject"] == a
    assert len(queries.subject_occurrences(linked, a)) == n_a + n_b
    assert queries.subject_occurrences(linked, b) == []


def _cli(tmp_path: Path, index_url: str, *args: str) -> Any:
    key = tmp_path / "key"
    key.write_text(shop.KEY.hex())
    (tmp_path / "pdmap.yaml").write_text(f"index: {index_url}\nkey_file: {key}\n")
    group = click.Group(commands={"subjects": subjects})
    ctx = Context(str(tmp_path / "pdmap.yaml"), debug=False)
    return CliRunner().invoke(group, ["subjects", *args], obj=ctx)


def test_cli_find_json_has_subject_and_occurrences(linked: Index, tmp_path: Path,
                                                   index_url: str) -> None:
    result = _cli(tmp_path, index_url, "find", "bruno.petit@example.org", "--kind", "email",
                  "--format", "json")
    assert result.exit_code == 0, result.output
    data = shop.with_main(orjson.loads(result.stdout))
    assert isinstance(data["subject"], int)
    assert {"source": "shop", "container": "main.support_tickets", "item": {"id": 1},
            "categories": ["communications.message", "contact.email", "identity.account_id"],
            "role": "own", "fields": None, "why": None} in data["occurrences"]
    assert all(set(o) == {"source", "container", "item", "categories", "role",
                          "fields", "why"}
               for o in data["occurrences"])


def test_cli_find_table_and_not_found(linked: Index, tmp_path: Path, index_url: str) -> None:
    result = _cli(tmp_path, index_url, "find", "06 12 34 56 78")
    assert result.exit_code == 0 and ".order_lines" in result.output
    assert _cli(tmp_path, index_url, "find", "nobody@example.com").exit_code == 1
    ambiguous = _cli(tmp_path, index_url, "find", "Alice Martin", "--kind", "name")
    assert ambiguous.exit_code == 1 and "2 subjects" in ambiguous.output


def test_cli_stats(linked: Index, tmp_path: Path, index_url: str) -> None:
    result = _cli(tmp_path, index_url, "stats", "--format", "json")
    assert result.exit_code == 0, result.output
    assert orjson.loads(result.output)["subjects"] == queries.inventory_stats(linked)["subjects"]
    assert "contact.email" in _cli(tmp_path, index_url, "stats").output


PLANTED = {"email": "zyx.planted.person@plantedmail.example", "phone": "+33 7 82 91 64 37",
           "iban": "DE89 3704 0044 0532 0130 00", "first_name": "Quirinius",
           "last_name": "Plantagenetovic"}


def test_no_planted_value_reaches_the_index_in_any_form_but_its_digest(
        shop_url: str, tmp_path: Path) -> None:
    engine = shop.build(shop_url)
    with engine.begin() as conn:
        conn.execute(shop.customers.insert().values(id=99, **PLANTED))
        conn.execute(shop.newsletter.insert().values(email=PLANTED["email"].upper(),
                                                     source="x"))
    engine.dispose()
    db = tmp_path / "planted-index.db"
    index = Index(f"sqlite:///{db}")
    Linked(shop_url, index)
    assert queries.find_subject(index, shop.KEY, PLANTED["email"])["subject"] is not None
    # Read while the WAL is still there: its frames hold what was written last.
    files = [p for p in tmp_path.iterdir() if p.name.startswith("planted-index.db")]
    assert any(p.name.endswith("-wal") for p in files)
    blob = b"".join(p.read_bytes() for p in files).lower()
    index.close()
    blob += b"".join(p.read_bytes() for p in tmp_path.iterdir()
                     if p.name.startswith("planted-index.db")).lower()
    forms: set[str] = set()
    for value in PLANTED.values():
        compact = "".join(value.split())
        forms |= {value, compact, value.split("@")[0], compact[-9:]}
    forms |= {"+33782916437", "782916437", "plantagenetovic", "quirinius", "plantedmail"}
    for form in forms:
        for enc in ("utf-8", "utf-16-le"):
            assert form.lower().encode(enc) not in blob, f"{form!r} found in the index"
    with sqlite3.connect(db) as conn:  # and row by row, through SQL
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"):
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                text = " ".join(map(str, row)).lower()
                assert not any(f.lower() in text for f in forms), table


def test_the_index_tables_are_created_by_index(tmp_path: Path) -> None:
    index = Index(f"sqlite:///{tmp_path}/i.db")
    names = set(sa.inspect(index.engine).get_table_names())
    assert {"subjects", "identifiers", "occurrences"} <= names
    index.close()


def test_hex_digests_are_accepted_where_bytes_are_stored(tmp_path: Path) -> None:
    """Callers holding Hasher's hex digests (linking of mail and objects) write and resolve."""
    from scanner.identifiers.hashing import Hasher

    index = Index(f"sqlite:///{tmp_path}/i.db")
    d = Hasher(shop.KEY)("email", "someone@example.com")
    with index.begin() as conn:
        inv.BulkWriter(conn).insert(inv.identifiers, ("digest", "subject", "kind", "strong"),
                                    [(d, 7, "email", True)])
        assert inv.resolve_strong(conn, [d]) == {d: 7}
        assert inv.resolve_strong(conn, [bytes.fromhex(d)]) == {bytes.fromhex(d): 7}
    assert queries.find_subjects(index, [d]) == ([7], True)
    index.close()


def test_locators_keep_integer_keys_as_integers() -> None:
    assert inv.locator(["id"], [42]) == (42, "id")
    assert inv.item_values(*inv.locator(["id"], [42])) == {"id": 42}
    for names, values in [(["id"], ["42"]), (["a", "b"], [1, 2]), (["id"], [1 << 63])]:
        k, item = inv.locator(names, values)
        assert k == 0 and inv.item_values(k, item) == dict(zip(names, values, strict=True))
