"""`pdmap retention` on a generated shop whose expired rows are known by construction: the
counts per container and purpose, undated rows left out and said, the subjects concerned
(through integer keys, runs of orders and a newsletter keyed by e-mail), the exit codes, a
source that is not SQL said not checked; on SQLite and PostgreSQL."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import orjson
import pytest
from click.testing import CliRunner

from scanner.cli.main import main
from tests.scanner.people_estate import DATAMAP, Truth, build_shop, write_config

_n = iter(range(1000))


def run(config: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["-c", str(config), *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(params=["sqlite", "postgres"])
def shop(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, Truth, str]:
    """The shop scanned (index and key beside it), its truth and its URL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path}/shop.db"
    else:
        url = request.getfixturevalue("postgres").create_database(f"retention{next(_n)}")
    truth = build_shop(url)
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.txt").write_text("call back later\n", encoding="utf-8")
    config = write_config(tmp_path, url, extra_sources=(
        f"  - {{name: notes, url: \"file://{tmp_path}/notes\"}}\n"), datamap=DATAMAP + (
        "  - {source: notes, container: \"*\", field: \"*\", category: contact, "
        "purpose: support, retention: {period: P1Y, after: modified}}\n"))
    code, out, err = run(config, "scan")
    assert code == 0, out + err
    return config, truth, url


def by_container(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["container"].rsplit(".", 1)[-1]: c for c in result["containers"]}


def test_expired_rows_and_subjects_are_counted_exactly(shop: tuple[Path, Truth, str]) -> None:
    config, truth, _ = shop
    code, out, err = run(config, "retention", "--format", "json")
    assert code == 1, out + err  # rows past retention: CI and cron fail
    result = orjson.loads(out)
    got = by_container(result)
    assert got["customers"]["expired"] == len(truth.customers_expired) > 0
    assert got["customers"]["undated"] == len(truth.customers_undated) > 0  # not counted
    assert got["customers"]["retention"] == "3 years after last_order_at"
    assert got["customers"]["purpose"] == "account"
    assert got["customers"]["subjects"] == len(truth.customers_expired)
    assert got["orders"]["expired"] == len(truth.orders_expired) > 0
    assert got["orders"]["subjects"] == len(set(truth.orders_expired.values()))
    assert got["orders"]["retention"] == "5 years (accounting)"
    assert got["newsletter"]["expired"] == len(truth.news_expired) > 0
    assert got["newsletter"]["subjects"] == len(truth.news_expired)  # digested keys matched
    everyone = truth.customers_expired | set(truth.orders_expired.values()) | truth.news_expired
    assert result["subjects"] == len(everyone)
    assert result["expired"] == (len(truth.customers_expired) + len(truth.orders_expired)
                                 + len(truth.news_expired))
    # the folder source is said not checked, never counted as zero
    assert [n["source"] for n in result["not_checked"]] == ["notes"]
    assert "notes" not in {c["source"] for c in result["containers"]}
    assert result["status"] == "expired" and result["errors"] == []
    text = run(config, "retention")[1]
    assert "notes: not a SQL source" in text
    assert f"{len(truth.customers_undated)} rows have no date" in text
    # nothing personal in any output
    for fmt in ("json", "csv", "html", "table"):
        shown = run(config, "retention", "--format", fmt)[1]
        assert not any(e in shown for e in truth.emails.values())


def test_nothing_past_retention_exits_0(shop: tuple[Path, Truth, str]) -> None:
    config, _, _ = shop
    text = config.read_text().replace("P3Y", "P30Y").replace("P5Y", "P50Y").replace(
        "P1Y", "P10Y")
    config.write_text(text)
    code, out, err = run(config, "retention", "--source", "shop", "--format", "json")
    assert code == 0, out + err
    result = orjson.loads(out)
    assert result["expired"] == 0 and result["subjects"] == 0
    assert {c["container"].rsplit(".", 1)[-1] for c in result["containers"]} == {
        "customers", "orders", "newsletter"}
    assert result["not_checked"] == []  # --source shop: the folder is not looked at


def test_a_container_that_cannot_be_checked_is_named_and_partial(
        shop: tuple[Path, Truth, str]) -> None:
    config, truth, _ = shop
    config.write_text(config.read_text().replace("after: last_order_at", "after: last_seen"))
    code, out, err = run(config, "retention", "--format", "json")
    assert code == 3, out + err
    result = orjson.loads(out)
    assert [(e["source"], e["container"].rsplit(".", 1)[-1]) for e in result["errors"]] == [
        ("shop", "customers")]
    assert "last_seen" in result["errors"][0]["message"]
    assert "customers" not in by_container(result)
    assert by_container(result)["orders"]["expired"] == len(truth.orders_expired)
    assert "customers: not checked:" in err and "\n" not in err.strip()


def test_an_unreachable_source_is_partial_and_a_bad_period_is_refused(
        tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/shop.db"
    build_shop(url, n=8)
    config = write_config(tmp_path, url)
    assert run(config, "scan")[0] == 0
    shutil.move(tmp_path / "shop.db", tmp_path / "gone.db")
    code, out, err = run(config, "retention", "--format", "json")
    assert code == 3, out + err
    assert orjson.loads(out)["errors"][0]["source"] == "shop"
    code, _, err = run(config, "retention", "--source", "nope")
    assert code == 2 and "--source nope" in err and "it has: shop" in err
    config.write_text(config.read_text().replace("P3Y", "3 years"))
    code, out, err = run(config, "retention")
    assert code == 2
    assert "retention.period" in err and "ISO 8601" in err


def test_without_an_index_rows_are_counted_and_subjects_not(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/shop.db"
    truth = build_shop(url, n=20)
    config = write_config(tmp_path, url)
    code, out, _ = run(config, "retention", "--format", "json")
    assert code == 1
    result = orjson.loads(out)
    assert by_container(result)["customers"]["expired"] == len(truth.customers_expired)
    assert result["subjects"] is None and "no index" in result["subjects_note"]


def test_the_html_page_shows_the_same_counts_in_a_real_browser(tmp_path: Path,
                                                                 browser: Any) -> None:
    url = f"sqlite:///{tmp_path}/shop.db"
    truth = build_shop(url, n=30)
    config = write_config(tmp_path, url)
    assert run(config, "scan")[0] == 0
    result = orjson.loads(run(config, "retention", "--format", "json")[1])
    code, page_html, _ = run(config, "retention", "--format", "html")
    assert code == 1
    path = tmp_path / "retention.html"
    path.write_text(page_html, encoding="utf-8")
    with browser.render(path) as r:
        rows = r.page.locator("tbody tr")
        assert rows.count() == len(result["containers"]) == 3
        shown = {rows.nth(i).locator("td").nth(1).text_content():
                 rows.nth(i).locator("td").nth(5).text_content() for i in range(3)}
        assert shown == {c["container"]: str(c["expired"]) for c in result["containers"]}
        assert shown["main.customers"] == str(len(truth.customers_expired))
        assert f"{len(truth.customers_undated)} rows have no date" in r.page.text_content("body")
        browser.screenshot(r, "retention.png")
        r.clean()


def test_expired_rows_are_the_keys_an_erasure_plan_needs(tmp_path: Path) -> None:
    from scanner.core.config import load_config
    from scanner.scan.retention import expired_rows

    url = f"sqlite:///{tmp_path}/shop.db"
    truth = build_shop(url, n=30)
    config = write_config(tmp_path, url)
    found, problems = expired_rows(load_config(config))
    assert problems == ["no index: subjects not counted (run 'pdmap scan')"]
    assert all(not e.subjects for e in found)
    assert run(config, "scan")[0] == 0
    found, problems = expired_rows(load_config(config))
    assert problems == []
    n_subjects = {e.container.rsplit(".", 1)[-1]: len(e.subjects) for e in found}
    assert n_subjects == {"customers": len(truth.customers_expired),
                          "orders": len(set(truth.orders_expired.values())),
                          "newsletter": len(truth.news_expired)}
    keys = {e.container.rsplit(".", 1)[-1]: e.keys for e in found}
    assert {k["id"] for k in keys["customers"]} == truth.customers_expired
    assert {k["id"] for k in keys["orders"]} == set(truth.orders_expired)
    assert {k["email"] for k in keys["newsletter"]} == {
        truth.emails[i] for i in truth.news_expired}


LEAVES = """
datamap:
  - {container: "*orders", field: "*", category: contact, purpose: invoicing,
     retention: {period: P5Y, after: ordered_at, description: "5 years (accounting)"}}
  - {container: "*newsletter", field: "*", category: contact, purpose: newsletter,
     retention: {period: P1Y, after: subscribed_at}}
"""


def test_erase_expired_plans_the_rows_and_applying_it_leaves_none(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/shop.db"
    truth = build_shop(url, n=30)
    config = write_config(tmp_path, url, datamap=LEAVES)
    config.write_text(config.read_text().replace(
        '{name: shop, url: "', f'{{name: shop, write_url: "{url}", url: "'))
    assert run(config, "scan")[0] == 0
    code, out, err = run(config, "erase", "--expired", "-o", str(tmp_path / "plan"))
    assert code == 0, out + err
    plan = orjson.loads((tmp_path / "plan" / "plan.json").read_bytes())
    assert plan["identifiers"] == []  # rows, not people: no one goes on the suppression list
    deleted = {(i["container"], tuple(i["locator"].values())) for i in plan["items"]
               if i["action"] == "delete"}
    assert deleted == {("main.orders", (k,)) for k in truth.orders_expired} | {
        ("main.newsletter", (truth.emails[i],)) for i in truth.news_expired}
    assert all(i["reason"].startswith("past retention") for i in plan["items"])
    code, out, err = run(config, "erase", "--apply", str(tmp_path / "plan"))
    assert code == 0, out + err
    code, out, _ = run(config, "retention", "--format", "json")
    assert code == 0 and orjson.loads(out)["expired"] == 0
    with sqlite3.connect(tmp_path / "shop.db") as con:
        left = con.execute("SELECT count(*) FROM orders").fetchone()[0]
        assert left == len(truth.orders_total) - len(truth.orders_expired)
