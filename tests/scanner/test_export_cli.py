"""`pdmap export` end to end: `pdmap demo` -> `pdmap scan` -> `pdmap export`, nothing stubbed.

The SQL part of the package is asserted exactly against the shop database. Mail and folder
records link to subjects once the engine links them (another change); until then they may
be absent, and when present they must be well-formed: that is all these tests ask of them.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import zipfile
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import orjson
import pytest
from click.testing import CliRunner

from exporters.portability import SCHEMA_FILE
from scanner.cli.main import main
from scanner.demo.estate import DEMO_PERSON, build_demo, demo_person

SCHEMA = orjson.loads(resources.files("exporters").joinpath("schema", SCHEMA_FILE).read_bytes())
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def run(config: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["-c", str(config), *args])
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo estate, scanned once; tests work on copies (paths in it are relative)."""
    config = build_demo(tmp_path_factory.mktemp("demo"))
    code, out = run(config, "scan")
    assert code == 0, out
    return config.parent


@pytest.fixture
def demo(scanned: Path, tmp_path: Path) -> Path:
    shutil.copytree(scanned, tmp_path / "demo")
    return tmp_path / "demo" / "pdmap.yaml"


def shop(config: Path) -> sqlite3.Connection:
    return sqlite3.connect(config.parent / "shop.db")


def customer_id(config: Path, email: str = DEMO_PERSON) -> int:
    with shop(config) as con:
        return int(con.execute("SELECT id FROM customers WHERE email = ?", (email,)).fetchone()[0])


def records(root: Path, table: str) -> list[dict[str, Any]]:
    path = root / "data" / "shop" / f"main.{table}.json"
    return orjson.loads(path.read_bytes())["records"] if path.exists() else []


def values(rec: dict[str, Any]) -> dict[str, Any]:
    return {k: v["value"] for k, v in rec["values"].items()}


def check_package(root: Path) -> dict[str, Any]:
    """Every JSON file validates; messages and object records, when present, are whole."""
    manifest = orjson.loads((root / "manifest.json").read_bytes())
    for path in root.rglob("*.json"):
        if path.name != SCHEMA_FILE:
            VALIDATOR.validate(orjson.loads(path.read_bytes()))
    listed = {f["path"] for f in manifest["files"]}
    for path in root.rglob("*"):
        rel = path.relative_to(root).as_posix()
        if path.is_file() and rel != "manifest.json":
            assert rel in listed
        doc = orjson.loads(path.read_bytes()) if rel.startswith("data/") and \
            rel.endswith(".json") else {}
        if doc.get("kind") == "message":
            assert doc["source"] == "mail" and rel.startswith("data/mail/")
            assert doc["eml"] is None or (root / doc["eml"]).is_file()
        if doc.get("source_type") == "objects":
            assert doc["kind"] == "records"
            assert doc["records"] and all(r["locator"]["key"] for r in doc["records"])
    return manifest


def test_the_package_of_a_demo_customer_holds_exactly_their_rows(demo: Path) -> None:
    out = demo.parent / "pkg"
    code, output = run(demo, "export", DEMO_PERSON, "-o", str(out), "--format", "dir")
    assert code == 0, output
    manifest = check_package(out)
    assert manifest["complete"] is True and manifest["merged_subjects"] == 1
    assert {s["name"]: s["status"] for s in manifest["sources"]}["shop"] == "ok"
    cid = customer_id(demo)
    with shop(demo) as con:
        orders = {r[0] for r in con.execute("SELECT id FROM orders WHERE customer_id = ?",
                                            (cid,))}
        lines = {(o, n) for o, n in con.execute(
            "SELECT order_id, line_no FROM order_lines WHERE order_id IN "
            "(SELECT id FROM orders WHERE customer_id = ?)", (cid,))}
        tickets = {r[0] for r in con.execute(
            "SELECT id FROM support_tickets WHERE customer_id = ?", (cid,))}
    assert orders and lines and tickets
    [customer] = records(out, "customers")
    assert values(customer)["id"] == cid and values(customer)["email"] == DEMO_PERSON
    assert customer["values"]["email"]["category"] == "contact.email"
    assert {values(r)["id"] for r in records(out, "orders")} == orders
    assert {(values(r)["order_id"], values(r)["line_no"])
            for r in records(out, "order_lines")} == lines
    assert {values(r)["id"] for r in records(out, "support_tickets")} == tickets
    [news] = records(out, "newsletter")
    assert values(news)["email"] == DEMO_PERSON
    assert set(news["locator"]["email"]) == {"hmac"}  # the index's locator, not the address
    processing = orjson.loads((out / "processing.json").read_bytes())
    declared = {c["category"]: c["declared"] for c in processing["categories"]}
    assert declared["contact.email"] and declared["financial.payment_card"]
    assert all(declared.values())


def test_a_row_keyed_by_its_e_mail_is_found_when_the_e_mail_is_not_what_was_typed(
        demo: Path) -> None:
    """By phone: no typed value matches the digest of the newsletter's key, so its key
    column is streamed and HMAC'd until one matches."""
    with shop(demo) as con:
        phone = con.execute("SELECT telephone FROM customers WHERE email = ?",
                            (DEMO_PERSON,)).fetchone()[0]
    out = demo.parent / "pkg.zip"
    code, output = run(demo, "export", f"phone:{phone}", "-o", str(out))
    assert code == 0, output
    assert phone not in output
    with zipfile.ZipFile(out) as z:
        doc = orjson.loads(z.read("data/shop/main.newsletter.json"))
    assert [values(r)["email"] for r in doc["records"]] == [DEMO_PERSON]


def test_rows_deleted_after_the_scan_are_reported_gone_not_invented(demo: Path) -> None:
    cid = customer_id(demo)
    with shop(demo) as con:
        ticket = con.execute("SELECT min(id) FROM support_tickets WHERE customer_id = ?",
                             (cid,)).fetchone()[0]
        con.execute("DELETE FROM support_tickets WHERE id = ?", (ticket,))
        con.execute("DELETE FROM newsletter WHERE email = ?", (DEMO_PERSON,))
    out = demo.parent / "pkg"
    code, output = run(demo, "export", DEMO_PERSON, "-o", str(out), "--format", "dir")
    assert code == 0, output  # gone rows are a fact about the data, not a failure
    manifest = check_package(out)
    gone = {(g["container"], orjson.dumps(g["item"], option=orjson.OPT_SORT_KEYS))
            for g in manifest["gone"]}
    assert ("main.support_tickets", orjson.dumps({"id": ticket})) in gone
    assert any(c == "main.newsletter" for c, _ in gone)
    assert manifest["counts"]["gone"] == 2
    assert ticket not in {values(r)["id"] for r in records(out, "support_tickets")}
    assert records(out, "newsletter") == []
    assert "2 gone since the scan" in output


def test_an_unreachable_source_makes_a_partial_package_and_exit_3(demo: Path) -> None:
    (demo.parent / "shop.db").rename(demo.parent / "shop.db.moved")
    out = demo.parent / "pkg"
    code, output = run(demo, "export", DEMO_PERSON, "-o", str(out), "--format", "dir")
    assert code == 3, output
    manifest = check_package(out)
    assert manifest["complete"] is False
    [missing] = manifest["missing_sources"]
    assert missing["name"] == "shop" and "unable to open" in missing["reason"]
    assert missing["unfetched"] > 0
    assert "source shop could not be read" in output and "--allow-partial" in output
    code, output = run(demo, "export", DEMO_PERSON, "-o", str(out), "--format", "dir",
                       "--overwrite", "--allow-partial")
    assert code == 0, output
    assert check_package(out)["complete"] is False


def test_a_source_the_config_no_longer_lists_is_read_as_the_index_remembers_it(
        demo: Path) -> None:
    text = demo.read_text()
    demo.write_text(text.replace("  - name: shop\n    url: sqlite:///shop.db\n", ""))
    out = demo.parent / "pkg"
    code, output = run(demo, "export", DEMO_PERSON, "-o", str(out), "--format", "dir")
    assert code == 0, output  # issue 18: the index remembers the sources it scanned
    assert check_package(out)["missing_sources"] == []


def test_resolution_errors_exit_2_in_one_line_without_the_values(demo: Path) -> None:
    out = demo.parent / "pkg"
    nobody = "nobody.at.all@example.com"
    code, output = run(demo, "export", nobody, "-o", str(out))
    assert code == 2 and nobody not in output and len(output.strip().splitlines()) == 1
    assert "matches a subject" in output and not out.exists()
    other = demo_other_customer(demo)
    code, output = run(demo, "export", DEMO_PERSON, other, "-o", str(out))
    assert code == 2 and "--merge" in output and other not in output
    assert DEMO_PERSON not in output
    code, output = run(demo, "export", DEMO_PERSON, other, "-o", str(out), "--merge",
                       "--format", "dir")
    assert code == 0, output
    assert check_package(out)["merged_subjects"] == 2
    code, output = run(demo, "export", DEMO_PERSON, "-o", str(out), "--format", "dir")
    assert code == 2 and "exists" in output  # never overwritten unless asked


def test_a_name_shared_by_several_customers_is_refused(demo: Path) -> None:
    with shop(demo) as con:
        first, last = con.execute(
            "SELECT first_name, last_name FROM customers GROUP BY first_name, last_name "
            "HAVING count(*) > 1 ORDER BY 1, 2 LIMIT 1").fetchone()
    code, output = run(demo, "export", f"name:{first} {last}", "-o", str(demo.parent / "p"))
    assert code == 2 and "matches 2 subjects (a name" in output and last not in output


def test_without_a_scan_the_export_says_to_scan_first(tmp_path: Path) -> None:
    assert CliRunner().invoke(main, ["demo", str(tmp_path / "fresh")]).exit_code == 0
    config = tmp_path / "fresh" / "pdmap.yaml"
    code, output = run(config, "export", DEMO_PERSON, "-o", str(tmp_path / "p.zip"))
    assert code == 2 and "pdmap scan" in output
    assert not (tmp_path / "fresh" / ".pdmap" / "index.db").exists()  # nothing created


def test_the_makefile_exports_the_customer_the_demo_picks(scanned: Path) -> None:
    assert demo_person(scanned / "shop.db") == DEMO_PERSON
    makefile = (Path(__file__).resolve().parents[2] / "Makefile").read_text()
    assert f"export {DEMO_PERSON} -o" in makefile


def demo_other_customer(config: Path) -> str:
    with shop(config) as con:
        return str(con.execute("SELECT email FROM customers WHERE email IS NOT NULL AND "
                               "email != ? ORDER BY id LIMIT 1", (DEMO_PERSON,)).fetchone()[0])


def test_overwrite_replaces_a_package_never_a_folder_of_other_files(demo: Path) -> None:
    """--overwrite on a user's folder would delete it: only a file or a pdmap package
    directory is replaced; anything else is refused, untouched (issue 13, part 5)."""
    folder = demo.parent / "Documents"
    folder.mkdir()
    (folder / "thesis.txt").write_text("years of work")
    code, output = run(demo, "export", DEMO_PERSON, "-o", str(folder), "--overwrite")
    assert code == 2 and "neither" in output, output
    assert (folder / "thesis.txt").read_text() == "years of work"
    assert not [p for p in demo.parent.iterdir() if p.name.startswith(".Documents")]
    package = demo.parent / "pkg"
    assert run(demo, "export", DEMO_PERSON, "-o", str(package), "--format", "dir")[0] == 0
    code, output = run(demo, "export", DEMO_PERSON, "-o", str(package), "--format", "dir",
                       "--overwrite")
    assert code == 0, output
    assert check_package(package)["complete"] is True
    link = demo.parent / "link"
    link.symlink_to(folder)
    assert run(demo, "export", DEMO_PERSON, "-o", str(link), "--overwrite")[0] == 2
    assert (folder / "thesis.txt").exists()


def test_what_a_killed_export_left_is_removed_by_the_next(demo: Path) -> None:
    """A temporary package of a process that is gone holds personal data: the next export
    to that folder removes it; one of a live process is left alone."""
    import subprocess
    import sys

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    stale = demo.parent / f".pdmap-tmp-{gone}-0a1b2c-pkg"
    (stale / "data").mkdir(parents=True)
    (stale / "data" / "rows.json").write_text('{"email": "someone@example.com"}')
    live = demo.parent / f".pdmap-tmp-{os.getpid()}-3d4e5f-other"
    live.mkdir()
    assert run(demo, "export", DEMO_PERSON, "-o", str(demo.parent / "p.zip"))[0] == 0
    assert not stale.exists() and live.exists()
    assert [p.name for p in demo.parent.iterdir() if p.name.startswith(".pdmap-tmp-")] == [
        live.name]


# -- index.html: the package explains itself (issue 18, item 2) -------------------------

DEMO_CONTROLLER = "controller:\n  name: Maison Demo SAS\n  contact: dpo@maison-demo.example\n"
ADDRESS = "12 rue de l'Exemple, 67000 Strasbourg"
CONTROLLER = f"""controller:
  name: Maison Demo SAS
  address: "{ADDRESS}"
  contact: dpo@maison-demo.example
  dpo: Claire Martin, dpo@maison-demo.example
  supervisory_authority: {{name: CNIL, url: "https://www.cnil.fr/fr/plaintes"}}
"""
RIGHTS = ["right-access", "right-rectification", "right-erasure", "right-restriction",
          "right-objection", "right-portability", "right-post-mortem", "right-complaint"]


def linked_files(page: Any, root: Path) -> set[str]:
    """The package files the page links to; every link is one (or a web address)."""
    from urllib.parse import unquote, urlparse

    out = set()
    for href in page.eval_on_selector_all("a[href]", "as => as.map(a => a.href)"):
        if href.startswith("https://"):
            continue
        assert href.startswith("file://"), href
        path = Path(unquote(urlparse(href).path))
        assert path.is_file(), f"{href} resolves to no file"
        out.add(path.resolve().relative_to(root.resolve()).as_posix())
    return out


def test_the_package_explains_itself_in_a_browser(demo: Path, browser: Any) -> None:
    text = demo.read_text()
    assert DEMO_CONTROLLER in text
    demo.write_text(text.replace(DEMO_CONTROLLER, CONTROLLER))
    out = demo.parent / "pkg"
    code, output = run(demo, "export", DEMO_PERSON, "-o", str(out), "--format", "dir")
    assert code == 0, output
    manifest = check_package(out)
    processing = orjson.loads((out / "processing.json").read_bytes())
    files = {f["path"] for f in manifest["files"]}
    assert "index.html" in files and manifest["index"] == "index.html"
    assert manifest["language"] == "en"
    assert manifest["categories"] == [c["category"] for c in processing["categories"]]
    # the person's package names their values, nobody else's
    page_bytes = (out / "index.html").read_bytes()
    with shop(demo) as con:
        others = [r[0] for r in con.execute("SELECT email FROM customers WHERE email != ?",
                                            (DEMO_PERSON,))]
    assert others and not [e for e in others if e.encode() in page_bytes]
    with browser.render(out / "index.html") as r:
        page = r.page
        shown = page.eval_on_selector_all(".category", "cs => cs.map(c => c.dataset.category)")
        assert shown == manifest["categories"] and len(shown) >= 10
        names = page.eval_on_selector_all(".category h3", "hs => hs.map(h => h.textContent)")
        assert "E-mail address" in names and "Payment card" in names
        assert not set(names) & set(shown)  # category names, not keys
        # purposes, legal bases, retention and recipients as the data map declares them
        card = page.locator('.category[data-category="financial.payment_card"]')
        assert "payment" in card.locator(".purpose").first.inner_text()
        assert card.locator(".retention").first.inner_text() == "13 months (chargebacks)"
        assert card.locator(".recipients").first.inner_text() == "payment provider"
        message = page.locator('.category[data-category="communications.message"]')
        assert message.locator(".recipients").first.inner_text() == "not declared"
        # every file of the package is linked, and every link resolves to one
        assert linked_files(page, out) == files - {"index.html"} | {"manifest.json"}
        # the controller, and the rights with the authority named
        controller = page.inner_text("#controller")
        assert "Maison Demo SAS" in controller and ADDRESS in controller
        rights = page.eval_on_selector_all("#rights li", "ls => ls.map(l => l.id)")
        assert rights == RIGHTS
        complaint = page.inner_text("#right-complaint")
        assert "CNIL" in complaint and "https://www.cnil.fr/fr/plaintes" in complaint
        assert "dpo@maison-demo.example" in page.inner_text("#rights")
        systems = page.eval_on_selector_all("#systems tr[data-source]",
                                            "rs => rs.map(r => r.dataset.source)")
        assert systems == [s["name"] for s in manifest["sources"]]
        assert page.inner_text("#searched").endswith(f"{DEMO_PERSON}.")
        r.clean()
        browser.screenshot(r, "package.png")

    # in French; the address now holds markup, which shows as text
    demo.write_text(demo.read_text().replace(ADDRESS, "12 rue <b>&amp;</b> <script>x</script>"))
    code, output = run(demo, "export", DEMO_PERSON, "-o", str(demo.parent / "fr"),
                       "--format", "dir", "--lang", "fr")
    assert code == 0, output
    assert check_package(demo.parent / "fr")["language"] == "fr"
    with browser.render(demo.parent / "fr" / "index.html") as r:
        page = r.page
        assert page.get_attribute("html", "lang") == "fr"
        assert page.inner_text("h1") == "Vos données personnelles détenues par Maison Demo SAS"
        assert page.inner_text("#rights h2") == "Vos droits"
        assert "Directives après le décès" in page.inner_text("#right-post-mortem")
        names = page.eval_on_selector_all(".category h3", "hs => hs.map(h => h.textContent)")
        assert "Adresse e-mail" in names and "E-mail address" not in names
        assert "12 rue <b>&amp;</b> <script>x</script>" in page.inner_text("#controller")
        assert page.query_selector("#controller b, script") is None
        r.clean()


def test_the_controllers_language_is_the_packages_unless_lang_says_otherwise(
        demo: Path) -> None:
    text = demo.read_text()
    demo.write_text(text.replace(DEMO_CONTROLLER, DEMO_CONTROLLER + "  language: fr\n"))
    for args, lang, title in (((), "fr", "<h1 id=\"title\">Vos données"),
                              (("--lang", "en"), "en", "<h1 id=\"title\">Your personal data")):
        out = demo.parent / f"pkg-{lang}"
        code, output = run(demo, "export", DEMO_PERSON, "-o", str(out), "--format", "dir",
                           *args)
        assert code == 0, output
        assert check_package(out)["language"] == lang
        assert title in (out / "index.html").read_text("utf-8")
    code, output = run(demo, "export", DEMO_PERSON, "-o", str(demo.parent / "x"), "--lang", "de")
    assert code == 2 and "'de' is not one of" in output


def test_file_names_are_readable_and_the_same_from_one_export_to_the_next(demo: Path) -> None:
    names = []
    for n in (1, 2):
        out = demo.parent / f"pkg{n}.zip"
        assert run(demo, "export", DEMO_PERSON, "-o", str(out))[0] == 0
        with zipfile.ZipFile(out) as z:
            names.append(sorted(z.namelist()))
    assert names[0] == names[1]
    data = [n for n in names[0] if n.startswith("data/")]
    assert "data/shop/main.customers.json" in data
    mails = [n for n in data if n.startswith("data/mail/support.mbox/")]
    assert mails and all(len(n.split("/")[-1]) > 11 and n.split("/")[-1][:4] == "2024"
                         for n in mails)
    assert not any("~" in n or "hmac" in n for n in data)  # no digest a person would see
