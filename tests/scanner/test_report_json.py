"""`pdmap report --format json`: the contract of issue 18 (fideslang and DPV per field, what
the data map declares, null when absent, timestamps with an offset, `--scan`, `--source`),
validated against exporters/schema/report.schema.json on real scans of the demo estate."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from scanner.cli.main import main
from scanner.core.categories import get_category
from scanner.demo.estate import build_demo

CONTRACT = "contract (GDPR art. 6(1)(b))"


def run(*args: str) -> Any:
    return CliRunner().invoke(main, list(args))


def report(*args: str, config: Path | None = None) -> dict[str, Any]:
    result = run(*(("-c", str(config)) if config else ()), "report", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.stdout))


def validate(data: dict[str, Any]) -> None:
    schema = json.loads(resources.files("exporters").joinpath(
        "schema/report.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(data)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    config = build_demo(tmp_path_factory.mktemp("demo"))
    result = run("-c", str(config), "scan")
    assert result.exit_code == 0, result.output
    return config


def by_place(data: dict[str, Any]) -> dict[tuple[str, str, str], dict[str, Any]]:
    return {(f["source"], f["container"], f["field"]): f for f in data["fields"]}


def test_every_field_carries_its_fideslang_key_dpv_term_and_what_the_data_map_declares(
    demo: Path,
) -> None:
    data = report(config=demo)
    validate(data)
    fields = by_place(data)
    email = fields[("shop", "main.customers", "email")]
    assert (email["fideslang"], email["dpv"]) == ("user.contact.email", "pd:EmailAddress")
    for f in data["fields"]:
        if f["category"]:
            c = get_category(f["category"])
            assert (f["fideslang"], f["dpv"]) == (c.fideslang, c.dpv)
    assert (email["declared"], email["purpose"], email["legal_basis"]) == (
        True, "account management and order follow-up", CONTRACT)
    # the entry for the newsletter's table, not the first one naming an `email`
    news = fields[("shop", "main.newsletter", "email")]
    assert (news["purpose"], news["legal_basis"], news["retention"]) == (
        "newsletter", "consent", "until unsubscription")
    # the entry of the field's category, though `*.customers` / `*` (addresses) comes first
    iban = fields[("shop", "main.customers", "iban")]
    assert (iban["purpose"], iban["retention"]) == ("refunds",
                                                    "10 years (accounting obligations)")
    # a source-bound entry: `source: mail` declares the mailbox's message bodies
    body = fields[("mail", "support.mbox", "body")]
    assert body["declared"] and body["purpose"] == "customer service by e-mail"
    # undeclared: null, never a sentence
    crm = fields[("exports", "crm-export-*.csv (csv)", "email")]
    assert crm["personal"] and not crm["declared"]
    assert (crm["purpose"], crm["legal_basis"], crm["retention"]) == (None, None, None)
    # a field found not personal is not declared by an entry of a category
    created = fields[("shop", "main.customers", "created_at")]
    assert not created["personal"] and not created["declared"]
    assert (created["fideslang"], created["dpv"], created["purpose"]) == (None, None, None)


def test_the_summary_and_categories_agree_with_the_fields(demo: Path) -> None:
    data = report(config=demo)
    personal = [f for f in data["fields"] if f["personal"]]
    undeclared = [f for f in personal if not f["declared"]]
    assert data["summary"] == {
        "sources": 3, "containers": len({(f["source"], f["container"]) for f in data["fields"]}),
        "fields": len(data["fields"]), "personal_fields": len(personal),
        "undeclared_fields": len(undeclared), "subjects": data["summary"]["subjects"],
        "minors": data["summary"]["minors"],
        "categories": len({f["category"] for f in personal}), "failures": 0}
    assert data["summary"]["subjects"] > 100 and len(undeclared) > 0
    cats = {c["category"]: c for c in data["categories"]}
    assert sum(c["undeclared_fields"] for c in cats.values()) == len(undeclared)
    assert cats["contact.email"]["declarations"] == sorted([
        {"purpose": "account management and order follow-up", "legal_basis": CONTRACT,
         "retention": "3 years after the last order"},
        {"purpose": "newsletter", "legal_basis": "consent",
         "retention": "until unsubscription"}], key=lambda d: d["purpose"])
    assert cats["online.user_agent"]["declarations"] == []
    for key in ("started_at", "finished_at"):
        moment = dt.datetime.fromisoformat(data["scan"][key])
        assert moment.utcoffset() == dt.timedelta(0) and data["scan"][key].endswith("+00:00")


def test_source_limits_the_report_to_one_source(demo: Path) -> None:
    whole = report(config=demo)
    shop = report("--source", "shop", config=demo)
    validate(shop)
    assert shop["source"] == "shop" and whole["source"] is None
    assert {f["source"] for f in shop["fields"]} == {"shop"}
    assert shop["fields"] == [f for f in whole["fields"] if f["source"] == "shop"]
    assert shop["summary"]["sources"] == 1
    assert 0 < shop["summary"]["subjects"] <= whole["summary"]["subjects"]
    result = run("-c", str(demo), "report", "--source", "nosuch")
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "no source 'nosuch'" in result.output
    assert "Traceback" not in result.output


def test_csv_carries_the_same_declarations(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    result = run("-c", str(demo), "report", "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.output
    rows = {(r["source"], r["container"], r["field"]): r
            for r in csv.DictReader(io.StringIO(out.read_text()))}
    iban = rows[("shop", "main.customers", "iban")]
    assert (iban["fideslang"], iban["declared"], iban["purpose"]) == (
        "user.financial.bank_account", "true", "refunds")
    assert rows[("exports", "crm-export-*.csv (csv)", "email")]["declared"] == "false"


def test_scan_chooses_the_scan_and_failures_follow_the_source(tmp_path: Path) -> None:
    config = build_demo(tmp_path)
    shop = f"sqlite:///{tmp_path}/shop.db"
    index = f"sqlite:///{tmp_path}/index.db"
    first = run("scan", shop, "--index", index, "--discover-only")
    assert first.exit_code == 0, first.output
    bad = "postgresql://scanner:hunter2@127.0.0.1:9/crm"
    second = run("-c", str(config), "scan", bad, shop, "--index", index, "--discover-only")
    assert second.exit_code == 2, second.output
    last = report("--index", index)
    validate(last)
    assert (last["scan"]["id"], last["scan"]["status"]) == (2, "partial")
    [failure] = last["failures"]
    assert failure["place"] == "connect" and "hunter2" not in json.dumps(last)
    one = report("--index", index, "--scan", "1")
    validate(one)
    assert (one["scan"]["id"], one["scan"]["status"], one["failures"]) == (1, "ok", [])
    assert {(f["container"], f["field"]) for f in one["fields"]} == {
        (f["container"], f["field"]) for f in last["fields"]}
    shop_name = last["fields"][0]["source"]
    only_bad = report("--index", index, "--source", failure["source"])
    assert (only_bad["fields"], len(only_bad["failures"])) == ([], 1)
    assert report("--index", index, "--source", shop_name)["failures"] == []
    missing = run("report", "--index", index, "--scan", "3")
    assert missing.exit_code == 2 and missing.output.endswith("no scan 3\n")


def test_the_data_map_declares_a_field_as_pdmap_check_matches_it() -> None:
    from scanner.check.declared import declaration
    from scanner.core.config import DataMapEntry

    todo = DataMapEntry("*.users", "email", "contact.email", purpose="TODO",
                        legal_basis="consent", retention="1 year")
    family = DataMapEntry("*.users", "*", "contact", purpose="contact", legal_basis="consent",
                          retention="1 year")
    crm = DataMapEntry("*", "phone", "contact.phone", source="crm", purpose="calls",
                       legal_basis="consent", retention="1 year")
    hidden = DataMapEntry("*.audit", "*", None, personal=False, reason="hashed upstream")
    datamap = (todo, family, crm, hidden)
    # the first match decides, and an entry still TODO declares nothing
    assert declaration(datamap, "shop", "public.users", "email", "contact.email") is None
    assert declaration(datamap, "shop", "public.users", "phone", "contact.phone") is family
    assert declaration(datamap, "shop", "public.users", "iban", "financial.bank_account") \
        is None
    assert declaration(datamap, "crm", "main.leads", "phone", "contact.phone") is crm
    assert declaration(datamap, "shop", "main.leads", "phone", "contact.phone") is None
    assert declaration(datamap, "shop", "public.audit", "email", "contact.email") is hidden
    assert declaration(datamap, "shop", "public.users", "created_at", None) is None
    assert declaration(datamap, "shop", "public.audit", "created_at", None) is hidden
