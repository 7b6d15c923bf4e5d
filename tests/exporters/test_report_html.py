"""`pdmap report --format html` in a real headless Chromium: the demo estate's scan (with a
source that cannot be reached, so something failed), and an index of thousands of fields."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from scanner.cli.main import main
from scanner.demo.estate import build_demo
from tests.browser import Browser

BAD_URL = "postgresql://scanner:hunter2@127.0.0.1:9/crm"


def run(*args: str) -> Any:
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo estate with one more source, which cannot be reached, scanned once."""
    config = build_demo(tmp_path_factory.mktemp("demo"))
    text = config.read_text()
    text = text.replace("    url: file://exports\n",
                        f"    url: file://exports\n  - name: crm\n    url: {BAD_URL}\n", 1)
    config.write_text(text)
    result = run("-c", str(config), "scan")
    assert result.exit_code == 2, result.output  # crm unreachable, the rest scanned
    return config


def report_json(config: Path, *args: str) -> dict[str, Any]:
    result = run("-c", str(config), "report", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.stdout))


def html_report(config: Path, out: Path, *args: str) -> Path:
    result = run("-c", str(config), "report", "--format", "html", "-o", str(out), *args)
    assert result.exit_code == 0, result.output
    return out


def visible_rows(page: Any) -> list[list[str]]:
    return page.eval_on_selector_all(
        "#fields tbody tr:not(.hide)",
        "rows => rows.map(r => Array.from(r.cells).map(c => c.textContent))")


def test_the_html_report_of_the_demo_shows_what_the_json_says(
    demo: Path, tmp_path: Path, browser: Browser,
) -> None:
    data = report_json(demo)
    page_file = html_report(demo, tmp_path / "report.html")
    html = page_file.read_text()
    assert "hunter2" not in html and "<script>" in html and 'src="http' not in html
    with browser.render(page_file) as r:
        page = r.page
        # the summary: the same counts as the JSON report
        summary = {key: page.text_content(f'[data-summary="{key}"] .n')
                   for key in data["summary"]}
        assert summary == {k: str(v) for k, v in data["summary"].items()}
        assert data["summary"]["failures"] == 1 and data["summary"]["undeclared_fields"] > 0
        assert data["summary"]["subjects"] > 0
        # the data-map picture: sources -> containers -> categories -> purposes
        svg = page.locator("svg#datamap")
        assert svg.count() == 1
        labels = page.eval_on_selector_all("svg#datamap .node text",
                                           "ts => ts.map(t => t.textContent)")
        assert {"shop", "mail", "exports", "not declared"} <= set(labels)
        assert "shop: main.customers" in labels and "E-mail address" in labels
        assert any(x.startswith("newsletter — consent") for x in labels)
        assert page.locator("svg#datamap path.edge").count() > 10
        # the undeclared personal fields, one row each
        undeclared = [(f["source"], f["container"], f["field"]) for f in data["fields"]
                      if f["personal"] and not f["declared"]]
        rows = page.eval_on_selector_all(
            "#undeclared tbody tr", "rows => rows.map(r => Array.from(r.cells).slice(0, 3)"
            ".map(c => c.textContent))")
        assert [tuple(x) for x in rows] == undeclared
        assert ("exports", "crm-export-*.csv (csv)", "email") in undeclared
        # what failed: the source that could not be reached, its password masked
        failures = page.eval_on_selector_all(
            "#failures tbody tr", "rows => rows.map(r => r.cells[0].textContent + ' ' + "
            "r.cells[1].textContent)")
        assert failures == ["crm connect"]
        # retention and legal basis per category, "not declared" where nothing says
        iban = page.locator("#categories tr", has_text="financial.bank_account")
        assert "10 years (accounting obligations)" in iban.inner_text()
        agent = page.locator("#categories tr", has_text="online.user_agent")
        cells = agent.locator("td").all_inner_texts()
        assert cells[2:5] == ["not declared"] * 3 and "1 not declared" in cells[1]
        # the field table: paged, sorted by a click, filtered by typing
        assert page.text_content("#page-status") == (
            f"Page 1 of {-(-len(data['fields']) // 50)} ({len(data['fields'])} fields)")
        assert len(visible_rows(page)) == 50
        page.click("#fields th:nth-child(3) button")  # Field, ascending
        names = [row[2] for row in visible_rows(page)]
        assert names == sorted(names, key=str.lower)
        assert names[0] == min((f["field"] for f in data["fields"]), key=str.lower)
        page.click("#fields th:nth-child(3) button")  # descending
        assert visible_rows(page)[0][2] == max((f["field"] for f in data["fields"]),
                                               key=str.lower)
        page.click("#fields th:nth-child(10) button")  # Confidence, numerically
        confidences = [float(row[9]) for row in visible_rows(page)]
        assert confidences == sorted(confidences)
        page.fill("#filter", "iban")
        assert [(row[1], row[2]) for row in visible_rows(page)] == [("main.customers", "iban")]
        page.fill("#filter", "")
        page.select_option("#show", "undeclared")
        assert sorted((row[0], row[1], row[2]) for row in visible_rows(page)) == sorted(
            undeclared)
        assert page.text_content("#page-status") == f"Page 1 of 1 ({len(undeclared)} fields)"
        page.select_option("#show", "all")
        r.clean()
        page.click("#fields th:nth-child(1) button")  # back to source order for the picture
        page.evaluate("window.scrollTo(0, 0)")
        browser.screenshot(r, "report.png")


def test_without_its_script_the_html_report_still_lists_every_field(
    demo: Path, tmp_path: Path,
) -> None:
    data = report_json(demo)
    html = html_report(demo, tmp_path / "report.html").read_text()
    assert html.count("<tr data-personal=") + html.count('<tr class="notpersonal"') == len(
        data["fields"])
    assert '<div id="pager" hidden>' in html and '<div id="tools" hidden>' in html


NASTY_TABLE = "<script>alert(1)</script>"
NASTY_COLUMN = 'email"><img src=x onerror=alert(2)>'


def many_tables(path: Path, tables: int = 200) -> None:
    """A database of `tables` tables of 15 columns each (3000 fields), a few rows in some,
    and one table and column named to break out of HTML."""
    columns = ("id", "email", "first_name", "last_name", "phone", "city", "notes", "amount",
               "created_at", "status", "iban", "ip_address", "birth_date", "sku", "label")
    con = sqlite3.connect(path)
    for t in range(tables):
        cols = ", ".join(f"{c} TEXT" for c in columns)
        con.execute(f'CREATE TABLE "t{t:03d}_customers" ({cols})')
    quoted = NASTY_COLUMN.replace('"', '""')
    con.execute(f'CREATE TABLE "{NASTY_TABLE}" (id INTEGER PRIMARY KEY, "{quoted}" TEXT)')
    con.executemany(f'INSERT INTO "{NASTY_TABLE}" VALUES (?, ?)',
                    [(i, f"person{i}@example.com") for i in range(20)])
    con.commit()
    con.close()


def test_an_index_of_thousands_of_fields_gives_a_page_that_stays_usable(
    tmp_path: Path, browser: Browser,
) -> None:
    many_tables(tmp_path / "big.db")
    index = f"sqlite:///{tmp_path}/index.db"
    result = run("scan", f"sqlite:///{tmp_path}/big.db", "--index", index, "--discover-only",
                 "--workers", "1")
    assert result.exit_code == 0, result.output
    data = json.loads(run("report", "--format", "json", "--index", index).stdout)
    n = len(data["fields"])
    assert n == 200 * 15 + 2
    html = tmp_path / "big.html"
    assert run("report", "--format", "html", "--index", index, "-o", str(html)).exit_code == 0
    text = html.read_text()
    assert NASTY_TABLE not in text and "<img" not in text
    with browser.render(html) as r:
        page = r.page
        assert page.locator("script").count() == 1 and page.locator("img").count() == 0
        assert page.text_content('[data-summary="fields"] .n') == str(n)
        pages = -(-n // 50)
        assert page.text_content("#page-status") == f"Page 1 of {pages} ({n} fields)"
        first = visible_rows(page)
        assert len(first) == 50
        page.click("#next")
        second = visible_rows(page)
        assert len(second) == 50 and second[0] != first[0]
        assert page.text_content("#page-status").startswith("Page 2 of")
        page.fill("#filter", "t150_customers")
        assert len(visible_rows(page)) == 15
        assert page.text_content("#page-status") == "Page 1 of 1 (15 fields)"
        page.fill("#filter", "onerror")  # the hostile names are shown as text
        assert [(row[1], row[2]) for row in visible_rows(page)] == [(f"main.{NASTY_TABLE}",
                                                                     NASTY_COLUMN)]
        # the picture keeps to the containers with the most personal fields
        containers = page.locator('svg#datamap .node[data-level="1"]').count()
        assert containers == 31
        assert page.locator("svg#datamap .node text", has_text="more containers").count() == 1
        r.clean()
