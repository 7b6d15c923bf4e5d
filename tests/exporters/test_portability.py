"""Portability packages, as a data subject and a DPO would check them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
import os
import stat
import zipfile
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import orjson
import pytest
import sqlalchemy as sa

from exporters.fetch_run import reason_of
from exporters.message_render import render_message
from exporters.occurrences import OccurrenceRow, reference_values
from exporters.package_writer import (
    PackageWriter,
    dumps,
    readable_name,
    safe_component,
)
from exporters.portability import SCHEMA_FILE
from scanner.core.errors import EXIT_OK, EXIT_PARTIAL
from scanner.export.package import ExportError, export_package
from tests.exporters import estate as est
from tests.golden import mask

SCHEMA = orjson.loads(resources.files("exporters").joinpath("schema", SCHEMA_FILE).read_bytes())
REPO_SCHEMA = Path(__file__).resolve().parents[2] / "exporters" / "schema" / SCHEMA_FILE


@pytest.fixture
def estate(tmp_path: Path) -> Any:
    root = tmp_path / "estate"
    root.mkdir()
    e = est.build(root)
    yield e
    e.close()


def export(e: est.Estate, out: Path, *identifiers: str, **kw: Any) -> Any:
    return export_package(e.config, e.reader, e.fetch, identifiers or (est.JANE_EMAIL,), out,
                          **kw)


def unzip(path: Path, dest: Path) -> Path:
    with zipfile.ZipFile(path) as z:
        z.extractall(dest)
    return dest


def files_of(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def manifest_of(root: Path) -> dict[str, Any]:
    return orjson.loads((root / "manifest.json").read_bytes())


# -- the package's contents ---------------------------------------------------------


def test_package_of_a_person_in_a_database_a_mailbox_and_a_bucket_matches_golden(
        estate: est.Estate, tmp_path: Path, golden: Any) -> None:
    outcome = export(estate, tmp_path / "jane", fmt="dir")
    assert outcome.exit_code == EXIT_OK
    golden.check_tree("jane", tmp_path / "jane")


def test_zip_package_holds_the_same_files_as_the_directory_package(
        estate: est.Estate, tmp_path: Path, golden: Any) -> None:
    outcome = export(estate, tmp_path / "jane.zip", fmt="zip")
    assert outcome.exit_code == EXIT_OK
    golden.check_tree("jane", unzip(tmp_path / "jane.zip", tmp_path / "x"))


def test_every_json_file_validates_against_the_shipped_schema(
        estate: est.Estate, tmp_path: Path) -> None:
    export(estate, tmp_path / "p", fmt="dir")
    root = tmp_path / "p"
    validator = jsonschema.Draft202012Validator(
        SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    kinds = set()
    for path in root.rglob("*.json"):
        doc = orjson.loads(path.read_bytes())
        if path.name == SCHEMA_FILE:
            continue
        validator.validate(doc)
        kinds.add(doc["kind"])
    assert kinds == {"manifest", "processing", "records", "message"}
    assert (root / SCHEMA_FILE).read_bytes() == REPO_SCHEMA.read_bytes()


def test_schema_rejects_a_manifest_with_a_traversing_path_or_a_password(
        estate: est.Estate, tmp_path: Path) -> None:
    export(estate, tmp_path / "p", fmt="dir")
    manifest = manifest_of(tmp_path / "p")
    validator = jsonschema.Draft202012Validator(SCHEMA)
    bad = orjson.loads(orjson.dumps(manifest))
    bad["files"][0]["path"] = "../../etc/passwd"
    assert not validator.is_valid(bad)
    bad = orjson.loads(orjson.dumps(manifest))
    bad["sources"][0]["url"] = "postgresql://crm:hunter2@crm.internal/crm"
    assert not validator.is_valid(bad)


def test_manifest_hashes_every_other_file(estate: est.Estate, tmp_path: Path) -> None:
    export(estate, tmp_path / "p", fmt="dir")
    root = tmp_path / "p"
    manifest = manifest_of(root)
    listed = {f["path"]: f for f in manifest["files"]}
    on_disk = files_of(root)
    assert set(listed) == set(on_disk) - {"manifest.json"}
    for path, data in on_disk.items():
        if path != "manifest.json":
            assert listed[path]["sha256"] == hashlib.sha256(data).hexdigest()
            assert listed[path]["bytes"] == len(data)
    assert manifest["counts"] == {"records": 9, "messages": 3, "gone": 0, "unfetched": 0,
                                  "files": len(on_disk) - 1, "categories": 8,
                                  "roles": {"own": 12, "attached": 0, "shared": 0,
                                            "reference": 0}}


def test_table_values_are_annotated_with_their_category(
        estate: est.Estate, tmp_path: Path) -> None:
    export(estate, tmp_path / "p", fmt="dir")
    doc = orjson.loads((tmp_path / "p/data/shop/main.customers.json").read_bytes())
    (row,) = doc["records"]
    assert row["values"]["email"] == {"value": est.JANE_EMAIL, "category": "contact.email"}
    assert row["values"]["created_at"]["category"] is None
    assert row["values"]["avatar"] == {"value": "iVBORw0KGgoA", "category": "identity.photo",
                                       "encoding": "base64"}
    assert set(row["values"]) == {"id", "email", "full_name", "phone", "balance", "avatar",
                                  "created_at", "newsletter"}


def test_messages_come_with_their_original_bytes(estate: est.Estate, tmp_path: Path) -> None:
    export(estate, tmp_path / "p", fmt="dir")
    folder = tmp_path / "p/data/mail/INBOX"
    # named by date and subject line, a person reads them (the ? of the subject a _)
    assert sorted(p.name for p in folder.iterdir()) == [
        "2024-05-07 Re Where is my order 1002_ ✉.eml",
        "2024-05-07 Re Where is my order 1002_ ✉.json",
        "2024-05-07 Where is my order 1002_.eml", "2024-05-07 Where is my order 1002_.json",
        "2024-05-08 A message with an unkind Message-ID.eml",
        "2024-05-08 A message with an unkind Message-ID.json"]
    emls = {p.read_bytes() for p in folder.glob("*.eml")}
    assert emls == {est.MESSAGES[k] for k in ("<m1@shop.example>", "<m2@shop.example>",
                                              est.EVIL_MESSAGE_ID)}
    m2 = next(orjson.loads(p.read_bytes()) for p in folder.glob("*.json")
              if b"m2@shop" in p.read_bytes())
    assert m2["attachments"][0]["filename"] == "invoice-1002.pdf"
    assert m2["attachments"][0]["content_type"] == "application/pdf"
    assert "Re: Where is my order 1002?" in [h["value"] for h in m2["headers"]][2]
    assert m2["text"].startswith("Dear Jane")
    assert (tmp_path / "p" / m2["eml"]).is_file()


def test_every_category_present_says_why_how_long_and_to_whom_or_not_declared(
        estate: est.Estate, tmp_path: Path) -> None:
    export(estate, tmp_path / "p", fmt="dir")
    doc = orjson.loads((tmp_path / "p/processing.json").read_bytes())
    by = {c["category"]: c for c in doc["categories"]}
    assert set(by) == {"contact.email", "contact.phone", "contact.address", "identity.name",
                       "identity.photo", "finance.balance", "finance.payment",
                       "online.ip_address"}
    email = by["contact.email"]
    assert email["declared"]
    assert {d["purpose"] for d in email["declarations"]} == {
        "Customer account and order follow-up", "Customer service"}
    assert sorted(str(d["recipients"]) for d in email["declarations"]) == [
        "None", "['Carrier', 'Payment provider']"]
    payment = by["finance.payment"]
    assert payment["declared"] is False
    # what the data map does not say is null, never a sentence (index.html says it in words)
    assert payment["declarations"] == [{"purpose": None, "legal_basis": None,
                                        "retention": None, "recipients": None}]
    ip = by["online.ip_address"]["declarations"][0]
    assert ip["retention"] == "1 year" and ip["recipients"] is None


# -- reading at export time -----------------------------------------------------------


def test_when_a_row_is_deleted_after_the_scan_then_the_export_reports_it_gone(
        estate: est.Estate, tmp_path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{estate.root / 'shop.db'}")
    with engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM orders WHERE id = 1002"))
    engine.dispose()
    outcome = export(estate, tmp_path / "p", fmt="dir")
    assert outcome.exit_code == EXIT_OK and outcome.package.gone == 1
    manifest = manifest_of(tmp_path / "p")
    assert manifest["gone"] == [{"source": "shop", "container": "main.orders",
                                 "item": {"id": 1002}}]
    assert manifest["counts"]["gone"] == 1
    shop = next(s for s in manifest["sources"] if s["name"] == "shop")
    assert shop["gone"] == 1 and shop["status"] == "ok"
    orders = orjson.loads((tmp_path / "p/data/shop/main.orders.json").read_bytes())
    assert [r["locator"] for r in orders["records"]] == [{"id": 1001}]


def test_when_a_source_cannot_be_reached_then_it_is_missing_and_the_export_fails(
        tmp_path: Path) -> None:
    (tmp_path / "e").mkdir()
    e = est.build(tmp_path / "e", with_crm=True)
    try:
        est.make_unreachable(e, "crm")
        outcome = export(e, tmp_path / "p.zip")
        assert outcome.exit_code == EXIT_PARTIAL and not outcome.package.complete
        manifest = manifest_of(unzip(tmp_path / "p.zip", tmp_path / "x"))
        assert manifest["complete"] is False
        (missing,) = manifest["missing_sources"]
        assert missing["name"] == "crm" and missing["unfetched"] == 2
        assert missing["reason"].startswith("OperationalError: unable to open database file")
        crm = next(s for s in manifest["sources"] if s["name"] == "crm")
        assert crm["status"] == "missing" and crm["url"] == "postgresql://crm:***@crm.internal/crm"
        assert manifest["counts"]["records"] == 9  # the other sources are all there

        allowed = export(e, tmp_path / "q.zip", allow_partial=True)
        assert allowed.exit_code == EXIT_OK and not allowed.package.complete
    finally:
        e.close()


# -- names, modes, atomicity, determinism ---------------------------------------------


@pytest.mark.parametrize("raw", [
    "../../etc/passwd", "..", ".", "", " ", "a/b\\c", "nul\x00byte", "\x1b[31mred", "CON",
    "aux.txt", "x" * 1000, "é" * 200, "Re: <b>Order</b> 1234?", "gpj.\u202eexe", "tab\there",
    "trailing. ", "\udc80lone", "line\u2028sep"])
def test_readable_names_are_safe_on_every_file_system(raw: str) -> None:
    name = readable_name(raw)
    assert safe_component(name) and safe_component(name + " (2).json")
    assert name not in ("", ".", "..") and "/" not in name and "\\" not in name
    assert len(name.encode()) <= 80
    assert name == readable_name(raw)  # deterministic
    assert name == readable_name(name)  # what is safe stays as it is


def test_readable_names_keep_what_people_read() -> None:
    assert readable_name("main.customers") == "main.customers"
    assert readable_name("2024-03-02 Re: Commande n°1234 retardée") == \
        "2024-03-02 Re Commande n°1234 retardée"
    assert readable_name("crm-export-*.csv (csv)") == "crm-export-_.csv (csv)"
    assert readable_name("CON") == "_CON" and readable_name("gpj.\u202eexe") == "gpj.exe"


def test_names_that_end_up_alike_get_a_counter_not_a_hash(tmp_path: Path) -> None:
    with PackageWriter(tmp_path / "p", "dir") as w:
        stems = [w.unique("data/mail", n, (".json", ".eml"))
                 for n in ("2024-03-02 Hello", "2024-03-02 hello", "2024-03-02 HELLO")]
        assert stems == ["data/mail/2024-03-02 Hello", "data/mail/2024-03-02 hello (2)",
                         "data/mail/2024-03-02 HELLO (3)"]
        w.write("data/shop/Orders.json", b"{}")
        assert w.unique("data/shop", "orders", (".json",)) == "data/shop/orders (2)"
        with pytest.raises(ValueError, match="unsafe"):
            w.write("data/../x.json", b"{}")
        with pytest.raises(ValueError, match="unsafe"):
            w.write("data/con.json", b"{}")
        with pytest.raises(ValueError, match="duplicate"):
            w.write("DATA/SHOP/orders.JSON", b"{}")


def test_names_from_unkind_tables_message_ids_and_containers_stay_inside_the_package(
        estate: est.Estate, tmp_path: Path) -> None:
    out = tmp_path / "deep" / "p"
    export(estate, out, fmt="dir")
    export(estate, tmp_path / "p.zip")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deep", "estate", "p.zip"]
    with zipfile.ZipFile(tmp_path / "p.zip") as z:
        names = z.namelist()
    assert sorted(names) == sorted(files_of(out))
    for name in names:
        parts = name.split("/")
        assert ".." not in parts and not name.startswith("/") and "\x00" not in name
        assert all(len(p) <= 100 for p in parts)
    evil = [n for n in names if "passwd" in n or "evil" in n]
    assert len(evil) == 2  # the table, the object container; messages go by their subject
    assert not any("\x1b" in n or "../" in n for n in names)


def test_files_are_private_to_their_owner(estate: est.Estate, tmp_path: Path) -> None:
    old = os.umask(0)  # even with a permissive umask
    try:
        export(estate, tmp_path / "p", fmt="dir")
        export(estate, tmp_path / "p.zip")
    finally:
        os.umask(old)
    for p in [tmp_path / "p", *(tmp_path / "p").rglob("*")]:
        want = 0o700 if p.is_dir() else 0o600
        assert stat.S_IMODE(p.stat().st_mode) == want, p
    assert stat.S_IMODE((tmp_path / "p.zip").stat().st_mode) == 0o600
    with zipfile.ZipFile(tmp_path / "p.zip") as z:
        assert {(i.external_attr >> 16) & 0o777 for i in z.infolist()} == {0o600}


def test_two_exports_of_unchanged_data_differ_only_in_the_generation_time(
        estate: est.Estate, tmp_path: Path) -> None:
    clocks = iter([dt.datetime(2024, 5, 1, tzinfo=dt.UTC), dt.datetime(2025, 6, 2, tzinfo=dt.UTC)])
    for name in ("a", "b"):
        export(estate, tmp_path / f"{name}.zip", clock=lambda: next(clocks))
        export(estate, tmp_path / name, fmt="dir")
    a, b = files_of(tmp_path / "a"), files_of(tmp_path / "b")
    assert a.keys() == b.keys()
    assert {k for k in a if a[k] != b[k]} <= {"manifest.json"}
    assert mask(orjson.loads(a["manifest.json"])) == mask(orjson.loads(b["manifest.json"]))
    with zipfile.ZipFile(tmp_path / "a.zip") as za, zipfile.ZipFile(tmp_path / "b.zip") as zb:
        assert za.namelist() == zb.namelist()
        assert [i.date_time for i in za.infolist()] == [i.date_time for i in zb.infolist()]
        differ = {n for n in za.namelist() if za.read(n) != zb.read(n)}
        assert differ == {"manifest.json"}
        ga = orjson.loads(za.read("manifest.json"))["generated_at"]
        assert ga == "2024-05-01T00:00:00+00:00"


def test_an_existing_package_is_never_overwritten_by_accident(
        estate: est.Estate, tmp_path: Path) -> None:
    (tmp_path / "p.zip").write_bytes(b"keep me")
    with pytest.raises(ExportError, match="already exists"):
        export(estate, tmp_path / "p.zip")
    assert (tmp_path / "p.zip").read_bytes() == b"keep me"
    export(estate, tmp_path / "p.zip", overwrite=True)
    assert zipfile.is_zipfile(tmp_path / "p.zip")


def test_an_interrupted_export_leaves_nothing_behind(estate: est.Estate, tmp_path: Path) -> None:
    calls = 0

    def interrupted(locator: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 5:
            raise KeyboardInterrupt
        return estate.fetch(locator)

    for fmt, name in (("dir", "p"), ("zip", "p.zip")):
        calls = 0
        with pytest.raises(KeyboardInterrupt):
            export_package(estate.config, estate.reader, interrupted, [est.JANE_EMAIL],
                           tmp_path / name, fmt=fmt)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["estate"]


# -- identifiers ---------------------------------------------------------------------


def test_identifiers_of_different_subjects_are_refused_unless_merged(
        estate: est.Estate, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="2 different subjects") as info:
        export(estate, tmp_path / "p", est.JANE_EMAIL, "bob@example.org", fmt="dir")
    assert "@" not in str(info.value)
    assert not (tmp_path / "p").exists()
    outcome = export(estate, tmp_path / "p", est.JANE_EMAIL, "bob@example.org", fmt="dir",
                     merge=True)
    assert outcome.subjects == (est.JANE, est.BOB)
    assert manifest_of(tmp_path / "p")["counts"]["messages"] == 4


def test_identifiers_are_resolved_by_kind_and_listed_in_the_manifest(
        estate: est.Estate, tmp_path: Path) -> None:
    outcome = export(estate, tmp_path / "p", "phone:+33 6 12 34 56 78", "account:1",
                     "nobody@example.net", fmt="dir")
    assert outcome.subjects == (est.JANE,) and outcome.not_found == 1
    assert manifest_of(tmp_path / "p")["identifiers"] == [
        {"kind": "phone", "value": "+33 6 12 34 56 78", "found": True},
        {"kind": "account", "value": "1", "found": True},
        {"kind": None, "value": "nobody@example.net", "found": False}]
    with pytest.raises(ExportError, match="none of the 1 identifier"):
        export(estate, tmp_path / "q", "nobody@example.net")


def test_no_personal_value_is_logged(estate: est.Estate, tmp_path: Path,
                                     caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    export(estate, tmp_path / "p.zip")
    assert "jane" not in caplog.text.lower()


# -- JSON encoding ---------------------------------------------------------------------


def test_json_encodes_dates_in_iso_8601_bytes_in_base64_and_decimals_as_strings() -> None:
    doc = orjson.loads(dumps({"d": dt.date(2024, 5, 1),
                              "t": dt.datetime(2024, 5, 1, 8, 30, tzinfo=dt.UTC),
                              "b": b"\x00\xff", "n": Decimal("12.50"),
                              "p": dt.timedelta(days=1, seconds=30)}))
    assert doc == {"d": "2024-05-01", "t": "2024-05-01T08:30:00+00:00", "b": "AP8=",
                   "n": "12.50", "p": "P1DT30S"}


def test_a_message_without_its_original_bytes_is_rendered_from_the_connector_values() -> None:
    doc = render_message({"headers": {"From": "a@example.com", "Received": ["x", "y"]},
                          "body": "Hello", "attachments": [{"filename": "a.txt", "size": 3}]})
    assert doc == {"headers": [{"name": "From", "value": "a@example.com"},
                               {"name": "Received", "value": "x"},
                               {"name": "Received", "value": "y"}],
                   "text": "Hello", "html": None,
                   "attachments": [{"filename": "a.txt", "bytes": 3,
                                    "content_type": "application/octet-stream"}]}


def test_a_fetch_failure_is_reported_without_sql_parameters_or_passwords() -> None:
    engine = sa.create_engine("sqlite://")
    with engine.connect() as conn, pytest.raises(sa.exc.SQLAlchemyError) as info:
        conn.execute(sa.text("SELECT * FROM nowhere WHERE email = :e"), {"e": est.JANE_EMAIL})
    assert reason_of(info.value) == "OperationalError: no such table: nowhere"
    assert reason_of(OSError("cannot reach postgresql://crm:hunter2@crm.internal/crm")) == (
        "OSError: cannot reach postgresql://crm:***@crm.internal/crm")


# -- other people's identifiers ----------------------------------------------------------


def test_an_object_record_holding_another_persons_e_mail_refuses_the_export(
        estate: est.Estate, tmp_path: Path) -> None:
    jsonl = estate.root / "bucket" / "crm" / "contacts.jsonl"
    lines = jsonl.read_text().splitlines()
    record = orjson.loads(lines[0])
    record["tags"] = ["vip", {"referred_by": "Bob <BOB@example.org>"}]
    jsonl.write_text("\n".join([orjson.dumps(record).decode(), *lines[1:]]) + "\n")
    for fmt, name in (("zip", "p.zip"), ("dir", "p")):
        with pytest.raises(ExportError) as info:
            export(estate, tmp_path / name, fmt=fmt)
        assert str(info.value) == (
            'export refused: bucket crm/*.jsonl record {"key": "crm/contacts.jsonl", '
            '"line": 1} field tags holds an identifier of another person of the index')
    assert sorted(p.name for p in tmp_path.iterdir()) == ["estate"]
    outcome = export(estate, tmp_path / "p", est.JANE_EMAIL, "bob@example.org", merge=True,
                     fmt="dir")
    assert outcome.exit_code == EXIT_OK


def test_messages_are_exempt_from_the_check_and_the_manifest_says_so(
        estate: est.Estate, tmp_path: Path) -> None:
    """A correspondent named in a message the person sent or received is part of it."""
    import mailbox

    raw = (b"From: Jane Doe <jane.doe@example.com>\nTo: Bob Martin <bob@example.org>\n"
           b"Subject: Bob's number\nMessage-ID: <m4@shop.example>\n\n"
           b"Bob, reach the shop at bob@example.org if you need.\n")
    md = mailbox.Maildir(estate.root / "mail", create=False)
    md.add(raw)
    md.close()
    estate.reader.add_occurrences([(est.JANE, "mail", "INBOX",
                                    {"message_id": "<m4@shop.example>"}, ("contact.email",))])
    estate.reader.commit()
    outcome = export(estate, tmp_path / "p", fmt="dir")
    assert outcome.exit_code == EXIT_OK
    found = [p for p in (tmp_path / "p").rglob("*.eml") if p.read_bytes() == raw]
    assert len(found) == 1
    manifest = manifest_of(tmp_path / "p")
    assert manifest["identifier_check"]["checked"] == ["records"]
    assert manifest["identifier_check"]["exempt"] == ["messages"]
    assert manifest["counts"]["roles"]["own"] == 13


def test_a_role_address_of_another_subject_is_nobodys(estate: est.Estate, tmp_path: Path) -> None:
    """support@ is read by a team: it identifies no person, even when the index holds it."""
    estate.reader.add_identifier(est.BOB, "email", "support@shop.example")
    estate.reader.commit()
    engine = sa.create_engine(f"sqlite:///{estate.root / 'shop.db'}")
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE orders SET note = 'ask support@shop.example' WHERE id = 1001"))
    engine.dispose()
    assert export(estate, tmp_path / "p", fmt="dir").exit_code == EXIT_OK


def test_a_reference_keyed_by_a_personal_value_exports_the_digest_never_the_key() -> None:
    """A newsletter row keyed by another person's e-mail, naming our person as its referrer:
    the locator shows the key's digest; the values hold the naming column only."""
    occ = OccurrenceRow("shop", "main.newsletter", {"email": {"hmac": "ab" * 32}},
                        ("identity.account_id",), "sql", "reference", ("referrer_id",))
    assert reference_values(occ, {"email": "someone@example.net", "referrer_id": 1,
                                  "source": "footer"}) == {"referrer_id": 1}
    occ = OccurrenceRow("shop", "main.order_lines", {"order_id": 7, "line_no": 2}, (), "sql",
                        "reference", ("seller_id",))
    assert reference_values(occ, {"order_id": 7, "line_no": 2, "seller_id": 3,
                                  "price": "9.90"}) == {"order_id": 7, "line_no": 2,
                                                        "seller_id": 3}
    unknown = OccurrenceRow("shop", "main.x", {"id": 1}, (), "sql", "guardian")
    assert unknown.export_role == "reference"


# -- index.html ------------------------------------------------------------------------


def test_index_html_says_what_is_missing_and_shows_hostile_values_as_text(
        tmp_path: Path) -> None:
    (tmp_path / "e").mkdir()
    e = est.build(tmp_path / "e", with_crm=True)
    try:
        est.make_unreachable(e, "crm")
        hostile = {"name": "<script>alert(1)</script> SAS", "contact": "a&b@x.example",
                   "supervisory_authority": {"name": "CNIL <i>", "url": "javascript:alert(1)"},
                   "language": "fr"}
        e.config = dataclasses.replace(e.config, controller=hostile)
        export(e, tmp_path / "p", fmt="dir", allow_partial=True)
    finally:
        e.close()
    page = (tmp_path / "p" / "index.html").read_text("utf-8")
    assert '<html lang="fr">' in page and "Vos droits" in page
    assert "<script" not in page and "<i>" not in page and 'href="javascript' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; SAS" in page and "a&amp;b@x.example" in page
    assert 'id="incomplete"' in page and "n&#x27;a pas pu être lu: OperationalError" in page
    assert "l&#x27;autorité de contrôle, CNIL &lt;i&gt; (javascript:alert(1))" in page
    manifest = manifest_of(tmp_path / "p")
    assert manifest["language"] == "fr" and manifest["controller"] == hostile
    listed = {f["path"]: f["sha256"] for f in manifest["files"]}
    assert listed["index.html"] == hashlib.sha256(page.encode()).hexdigest()


def test_index_html_without_a_controller_or_a_declaration_still_reads(
        estate: est.Estate, tmp_path: Path) -> None:
    estate.config = dataclasses.replace(estate.config, controller={}, datamap=())
    export(estate, tmp_path / "p", fmt="dir")
    page = (tmp_path / "p" / "index.html").read_text("utf-8")
    assert "<h1 id=\"title\">Your personal data</h1>" in page
    assert "The company did not give its details" in page
    assert "data-protection authority of the country where you live" in page
    assert page.count('<p class="nd">The company has not declared why') == 8
    processing = orjson.loads((tmp_path / "p" / "processing.json").read_bytes())
    assert all(d == {"purpose": None, "legal_basis": None, "retention": None,
                     "recipients": None}
               for c in processing["categories"] for d in c["declarations"])
