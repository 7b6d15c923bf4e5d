"""`pdmap datamap export --format fides|dpv` and `pdmap datamap import`, end to end.

A generated shop (tests/scanner/shop.py) in SQLite is scanned once; its data map is
exported as a Fides dataset, checked against fideslang's rules (the JSON Schema written
from fideslang's models, and its taxonomy as rules/fideslang.yaml ships it), imported into
a fresh pdmap.yaml, and `pdmap check` on the live database then finds those fields declared.
Hand-written Fides datasets test the import's reading: nested fields, several categories,
keys read as a parent, keys refused.
"""

from __future__ import annotations

import re
import shutil
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import orjson
import pytest
import yaml
from click.testing import CliRunner

from exporters.fides import (
    FIDES_SCHEMA_FILE,
    FidesError,
    MappedField,
    fides_document,
    fideslang_keys,
    fideslang_of,
    fideslang_to_pdmap,
    pdmap_of,
    read_fides,
)
from scanner.check.gate import categories_agree
from scanner.cli.main import main
from scanner.core.categories import load_categories
from scanner.core.config import load_config
from tests.scanner.shop import build

DATA = Path(__file__).parent / "data"
SCHEMA = orjson.loads(
    resources.files("exporters").joinpath("schema", FIDES_SCHEMA_FILE).read_bytes())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def run(config: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["-c", str(config), *args])
    return result.exit_code, result.output


def listed(name: str) -> set[str]:
    """Ids extracted from ../shared/reference (fideslang, W3C DPV), with their licences."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return {x.strip() for x in lines if x.strip() and not x.startswith("#")}


def init(folder: Path, db: Path) -> Path:
    config = folder / "pdmap.yaml"
    code, out = run(config, "init", "--source", f"sqlite:///{db}")
    assert code == 0, out
    return config


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shop scanned once with the config `pdmap init` writes (its one data-map entry:
    `*.customers` email, contact.email, purpose, legal basis, retention, recipients)."""
    folder = tmp_path_factory.mktemp("shop")
    build(f"sqlite:///{folder / 'shop.db'}").dispose()
    config = init(folder, folder / "shop.db")
    code, out = run(config, "scan", "--no-progress")
    assert code == 0, out
    return config


@pytest.fixture(scope="module")
def personal(scanned: Path) -> dict[tuple[str, str], str]:
    """(container, field) -> category of every personal field of the scan, from `report`."""
    code, out = run(scanned, "report", "--format", "json")
    assert code == 0, out
    fields = orjson.loads(out)["fields"]
    found = {(f["container"], f["field"]): f["category"] for f in fields if f["personal"]}
    assert ("main.customers", "email") in found and len(found) >= 8, found
    return found


@pytest.fixture(scope="module")
def exported(scanned: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out") / "shop.fides.yaml"
    code, text = run(scanned, "datamap", "export", "--format", "fides", "-o", str(out))
    assert code == 0, text
    return out


def leaves(fields: list[dict[str, Any]], prefix: str = "") -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in fields:
        if f.get("fields"):
            out.update(leaves(f["fields"], f"{prefix}{f['name']}."))
        else:
            out[prefix + f["name"]] = f.get("data_categories") or []
    return out


# --- export ------------------------------------------------------------------------------


def test_fides_export_holds_every_personal_field_with_its_fideslang_key(
        scanned, exported, personal):
    doc = yaml.safe_load(exported.read_text(encoding="utf-8"))
    errors = [e.message for e in VALIDATOR.iter_errors(doc)]
    assert not errors
    [dataset] = doc["dataset"]
    assert dataset["fides_key"] == "sqlite-shop"
    got = {(c["name"], name): cats for c in dataset["collections"]
           for name, cats in leaves(c["fields"]).items()}
    cats = load_categories()
    assert got == {k: [cats[v].fideslang] for k, v in personal.items()}
    report = orjson.loads(run(scanned, "report", "--format", "json")[1])["fields"]
    assert {(f["container"], f["field"]): [f["fideslang"]] for f in report if f["personal"]} \
        == got  # `pdmap report` names the same fideslang keys
    # fideslang's own rules beyond the schema: unique names, known data categories
    names = [c["name"] for c in dataset["collections"]]
    assert len(names) == len(set(names))
    assert all(k in fideslang_keys() for v in got.values() for k in v)
    # the data map's declaration travels in the description, never a value
    [customers] = [c for c in dataset["collections"] if c["name"] == "main.customers"]
    [email] = [f for f in customers["fields"] if f["name"] == "email"]
    assert email["description"].startswith("E-mail address (pdmap contact.email)")
    assert "contract (GDPR art. 6(1)(b))" in email["description"]
    assert "@" not in exported.read_text(encoding="utf-8")


BAD_DATASETS = [  # each refused by fideslang 3.1.4's Dataset model
    {"fides_key": "has space", "collections": []},
    {"fides_key": "d"},  # collections required
    {"fides_key": "d", "collections": [{"name": "c"}]},  # fields required
    {"fides_key": "d", "collections": [{"name": "c", "fields": [
        {"name": "x", "data_categories": ["bad key!"]}]}]},
    {"fides_key": "d", "collections": [{"name": "c", "fields": [
        {"name": "a", "fides_meta": {"data_type": "string"}, "fields": [{"name": "b"}]}]}]},
    {"fides_key": "d", "collections": [{"name": "c", "fields": [
        {"name": "a", "fides_meta": {"data_type": "text"}}]}]},
    {"fides_key": "d", "collections": [{"name": "c", "fields": [
        {"name": "a", "fides_meta": {"data_type": "string", "return_all_elements": True}}]}]},
]
GOOD_FIELDS = [  # each accepted by it
    {"name": "address", "data_categories": ["user.contact.address"],
     "fides_meta": {"data_type": "object"},
     "fields": [{"name": "city", "data_categories": ["user.contact.address.city"]}]},
    {"name": "tags", "fides_meta": {"data_type": "string[]", "return_all_elements": True}},
]


def test_the_schema_refuses_what_fideslang_refuses():
    for dataset in BAD_DATASETS:
        assert not VALIDATOR.is_valid({"dataset": [dataset]}), dataset
    good = {"fides_key": "d", "collections": [{"name": "c", "fields": GOOD_FIELDS}]}
    assert VALIDATOR.is_valid({"dataset": [good]})
    assert not VALIDATOR.is_valid({"datasets": [good]})


def test_dpv_export_is_json_ld_with_dpv_terms(scanned, personal):
    code, out = run(scanned, "datamap", "export", "--format", "dpv")
    assert code == 0, out
    doc = orjson.loads(out)
    context = doc["@context"]
    used = set(re.findall(r'"([a-z-]+):[A-Za-z]', out)) - {"urn", "http", "https"}
    assert used <= set(context), used - set(context)  # every prefix is declared
    assert all(v.startswith("http") for v in context.values())
    terms = listed("dpv_pd_terms.txt")
    cats = load_categories()
    by_label = {n["rdfs:label"]: n for n in doc["@graph"]}
    assert len(by_label) == len(personal) == len({n["@id"] for n in doc["@graph"]})
    for (container, field), category in personal.items():
        node = by_label[f"sqlite-shop {container} {field}"]
        assert node["@type"] == "dpv:Process"
        assert node["dpv:hasPersonalData"] == {"@id": cats[category].dpv}
        assert cats[category].dpv in terms
    email = by_label["sqlite-shop main.customers email"]
    assert email["dpv:hasLegalBasis"] == {"@id": "eu-gdpr:A6-1-b"}
    assert email["dpv:hasPurpose"]["dct:description"] == "account management and order follow-up"
    assert [r["rdfs:label"] for r in email["dpv:hasRecipient"]] == ["carrier", "payment provider"]
    phone = by_label["sqlite-shop main.customers phone"]
    assert "dpv:hasPurpose" not in phone and "dpv:hasLegalBasis" not in phone


# --- the round trip ----------------------------------------------------------------------


def undeclared(config: Path, db: Path) -> set[tuple[str, str]]:
    code, out = run(config, "check", "--db", f"sqlite:///{db}", "--all", "--format", "json")
    assert code in (0, 1), out
    return {(f["container"], f["field"]) for f in orjson.loads(out)["findings"]
            if f["rule"] == "undeclared-personal-field"}


def declared_in_report(config: Path, index: str) -> set[tuple[str, str]]:
    """The personal fields `pdmap report` says the data map declares."""
    code, out = run(config, "report", "--format", "json", "--index", index)
    assert code == 0, out
    return {(f["container"], f["field"]) for f in orjson.loads(out)["fields"]
            if f["personal"] and f["declared"]}


def test_round_trip_export_import_check(scanned, exported, personal, tmp_path):
    db = scanned.parent / "shop.db"
    config = init(tmp_path, db)
    before_text = config.read_text(encoding="utf-8")
    bare = {(c.split(".", 1)[1], f) for c, f in personal}  # `check --db` names `customers`
    missing = bare - {("customers", "email")}  # the one entry `pdmap init` writes
    assert missing and missing <= undeclared(config, db)

    index = f"sqlite:///{scanned.parent / '.pdmap' / 'index.db'}"
    assert declared_in_report(config, index) == {("main.customers", "email")}

    code, out = run(config, "datamap", "import", str(exported))
    assert code == 0, out
    assert f"{len(missing)} added, 0 replaced, 1 already declared, 0 in conflict" in out
    assert not bare & undeclared(config, db)
    assert declared_in_report(config, index) == set(personal)
    after = config.read_text(encoding="utf-8")
    assert after.startswith(before_text.rstrip("\n"))  # every line and comment kept
    entries = load_config(config).datamap
    assert {(e.container, e.field): e.category for e in entries[1:]} == {
        (c, f): personal[(c, f)] for c, f in personal if (c, f) != ("main.customers", "email")}

    code, out = run(config, "datamap", "import", str(exported))  # again: nothing to add
    assert code == 0 and f"0 added, 0 replaced, {len(bare)} already declared" in out
    assert config.read_text(encoding="utf-8") == after


def test_dry_run_prints_the_change_and_writes_nothing(exported, tmp_path, scanned):
    config = init(tmp_path, scanned.parent / "shop.db")
    before = config.read_text(encoding="utf-8")
    code, out = run(config, "datamap", "import", "--dry-run", str(exported))
    assert code == 0, out
    assert "+  - {source: sqlite-shop, container: main.customers, field: phone, category: " \
           "contact.phone}" in out
    assert "would change:" in out
    assert config.read_text(encoding="utf-8") == before


# --- hand-written datasets ---------------------------------------------------------------

HAND = """\
dataset:
- fides_key: crm_db
  name: CRM
  collections:
  - name: contacts
    fields:
    - name: id
      data_categories: [system.operations]
    - name: email
      data_categories: [user.contact.email]
    - name: profile
      fields:
      - name: address
        fields:
        - name: city
          data_categories: [user.contact.address.city]
      - name: phones
        data_categories: [user.contact.phone_number, user.contact.email]
      - name: notes
        data_categories: [user.content.private, user.contact.email]
    - name: website
      data_categories: [user.contact.url]
    - name: colour
  - name: "events[2024]"
    data_categories: [user.device.ip_address]
    fields:
    - name: ip
    - name: at
      data_categories: [system.operations]
"""


def test_a_hand_written_dataset_reads_as_data_map_entries(tmp_path):
    got = {(f.container, f.field): (f.category, f.fides_keys, f.note)
           for f in read_fides(HAND, "crm.yml")}
    assert got == {
        ("contacts", "email"): ("contact.email", ("user.contact.email",), None),
        ("contacts", "profile.address.city"): (
            "contact.address", ("user.contact.address.city",),
            "user.contact.address.city read as user.contact.address: contact.address"),
        ("contacts", "profile.phones"): (
            "contact", ("user.contact.phone_number", "user.contact.email"),
            "contact.phone, contact.email: declared as contact"),
        ("contacts", "profile.notes"): (
            None, ("user.content.private", "user.contact.email"),
            "communications, contact.email: declared as personal, no category"),
        ("contacts", "website"): ("contact", ("user.contact.url",),
                                  "user.contact.url read as user.contact: contact"),
        ("events[2024]", "ip"): ("online.ip_address", ("user.device.ip_address",), None),
    }  # id and at are system data, colour has no category: not personal

    config = tmp_path / "pdmap.yaml"
    config.write_text("# mine\nindex: sqlite:///x.db   # kept\n", encoding="utf-8")
    (tmp_path / "crm.yml").write_text(HAND, encoding="utf-8")
    code, out = run(config, "datamap", "import", "--source", "crm", str(tmp_path / "crm.yml"))
    assert code == 0, out
    text = config.read_text(encoding="utf-8")
    assert text.startswith("# mine\nindex: sqlite:///x.db   # kept\n\ndatamap:\n")
    entries = {(e.source, e.container, e.field): e.category for e in load_config(config).datamap}
    assert entries[("crm", "events[[]2024]", "ip")] == "online.ip_address"
    assert entries[("crm", "contacts", "profile.notes")] is None
    assert len(entries) == 6


@pytest.mark.parametrize(("change", "message"), [
    ("user.contact.email]\n    - name: x", None),  # the base case reads
    ("user.contact.emial]", "crm.yml: dataset crm_db, collection contacts, field email "
     "(dataset[0].collections[0].fields[1]): unknown fideslang data category "
     "'user.contact.emial' (did you mean 'user.contact.email'?)"),
    ("user.childrens]", "crm.yml: dataset crm_db, collection contacts, field email "
     "(dataset[0].collections[0].fields[1]): fideslang data category 'user.childrens' has "
     "no pdmap equivalent, nor has any of its parents"),
    ("user]", "fideslang data category 'user' has no pdmap equivalent"),
    ("user.contact.email]\n      fides_meta: {data_type: string}\n"
     "      fields: [{name: a, data_categories: [user.name]}]",
     "crm.yml: dataset[0].collections[0].fields[1].fides_meta.data_type: a field with "
     "sub-fields is an object: its data_type must be object"),
    ("user.contact.email]\n    - name: email", "crm.yml: dataset crm_db, collection "
     "contacts: two fields named 'email'"),
])
def test_a_dataset_fideslang_would_refuse_is_one_line_naming_file_and_field(
        change: str, message: str | None) -> None:
    text = HAND.replace("user.contact.email]", change, 1)
    if message is None:
        assert read_fides(text, "crm.yml")
        return
    with pytest.raises(FidesError) as e:
        read_fides(text, "crm.yml")
    assert message in str(e.value) and "\n" not in str(e.value)


def test_an_unknown_key_is_refused_by_the_command_and_nothing_written(tmp_path):
    config = tmp_path / "pdmap.yaml"
    config.write_text("datamap: []\n", encoding="utf-8")
    bad = tmp_path / "bad.yml"
    bad.write_text(HAND.replace("user.device.ip_address", "user.device.ip_adress"),
                   encoding="utf-8")
    result = CliRunner().invoke(main, ["-c", str(config), "datamap", "import", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"pdmap: {bad}: dataset crm_db, collection events[2024], field ip "
        "(dataset[0].collections[1].fields[0]): unknown fideslang data category "
        "'user.device.ip_adress' (did you mean 'user.device.ip_address'?)")
    assert config.read_text(encoding="utf-8") == "datamap: []\n"
    not_fides = tmp_path / "nope.yml"
    not_fides.write_text("collections: []\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["-c", str(config), "datamap", "import", str(not_fides)])
    assert result.exit_code == 2 and "no `dataset:` list" in result.stderr


# --- conflicts and the places entries go -------------------------------------------------

MINE = """\
# my data map
datamap:
  # the customers
  - container: contacts     # the CRM's
    field: email
    category: identity.name   # wrong on purpose
    purpose: newsletters
  - {container: "contact*", field: "web*", category: online, purpose: stats}

# after the map
sample_size: 50
"""


def test_a_conflict_is_reported_and_left_unless_replace(tmp_path):
    config = tmp_path / "pdmap.yaml"
    config.write_text(MINE, encoding="utf-8")
    (tmp_path / "crm.yml").write_text(HAND, encoding="utf-8")
    code, out = run(config, "datamap", "import", str(tmp_path / "crm.yml"))
    assert code == 1, out
    assert ("conflict: contacts email: datamap[0] says identity.name, the dataset "
            "contact.email (left as it is; --replace to overwrite)") in out
    assert "conflict: contacts website: datamap[1] says online, the dataset contact" in out
    assert "4 added, 0 replaced, 0 already declared, 2 in conflict" in out
    text = config.read_text(encoding="utf-8")
    assert text.startswith(MINE.split("\n# after")[0])  # the two entries untouched
    assert "purpose: stats}\n  - {source: crm_db, container: contacts, field: profile.address" \
           ".city, category: contact.address}\n" in text  # after the last entry
    assert text.endswith("category: online.ip_address}\n\n# after the map\nsample_size: 50\n")
    assert load_config(config).sample_size == 50

    config.write_text(MINE, encoding="utf-8")
    code, out = run(config, "datamap", "import", "--replace", str(tmp_path / "crm.yml"))
    assert code == 0, out
    assert "4 added, 2 replaced, 0 already declared, 0 in conflict" in out
    text = config.read_text(encoding="utf-8")
    # the exact entry: its category changed in place, its comment and purpose kept
    assert "    category: contact.email   # wrong on purpose\n    purpose: newsletters\n" in text
    # the glob: a new entry put before it, so it wins for this field only
    assert ("  - {source: crm_db, container: contacts, field: website, category: contact}\n"
            '  - {container: "contact*"') in text
    entries = load_config(config).datamap
    assert [(e.container, e.field, e.category) for e in entries[:3]] == [
        ("contacts", "email", "contact.email"), ("contacts", "website", "contact"),
        ("contact*", "web*", "online")]
    assert "# my data map\n" in text and "# the customers\n" in text and "# after the map\n" in text


@pytest.mark.parametrize("start", [
    "index: x.db\n",
    "index: x.db\ndatamap:\n",
    "index: x.db\ndatamap:   # to fill\nsample_size: 9\n",
    "datamap: []  # none yet\nsample_size: 9\n",
    "datamap: [{container: other, field: x, category: contact.email}]\n",
    "datamap:\n- container: other\n  field: x\n  category: contact.email\n# end\n",
    "datamap:\n  - container: other\n    field: x\n    personal: false\n    reason: |\n"
    "      two\n      lines\n\n# end\nsample_size: 9\n",
])
def test_entries_are_added_whatever_the_datamap_looks_like(tmp_path, start):
    config = tmp_path / "pdmap.yaml"
    config.write_text(start, encoding="utf-8")
    (tmp_path / "crm.yml").write_text(HAND, encoding="utf-8")
    code, out = run(config, "datamap", "import", str(tmp_path / "crm.yml"))
    assert code == 0, out
    text = config.read_text(encoding="utf-8")
    for line in start.splitlines():
        if "#" in line:
            assert line.split("#", 1)[1] in text
    if "# end" in start:  # the new entries follow the last one, before the comment after it
        assert text.index("# end") > text.rindex("crm_db")
    entries = load_config(config).datamap
    assert sum(e.source == "crm_db" for e in entries) == 6
    assert len(entries) == 6 + ("other" in start)
    assert all(e.reason in (None, "two\nlines\n") for e in entries)


# --- the taxonomies ----------------------------------------------------------------------


def test_the_shipped_fideslang_keys_are_fideslangs_and_every_category_has_one():
    keys = fideslang_keys()
    assert set(keys) == listed("fideslang_keys.txt")
    terms = listed("dpv_pd_terms.txt")
    for c in load_categories().values():
        assert c.fideslang in keys, c.id
        assert c.dpv in terms, c.id
    for family in {c.family for c in load_categories().values()}:
        assert fideslang_of(family) in keys, family


def test_every_category_reads_back_as_itself_or_agreeing():
    """Export then import: the description's hint gives each category back exactly;
    without it, the category or one that agrees (its family)."""
    cats = load_categories()
    table = fideslang_to_pdmap()
    assert set(table) <= set(fideslang_keys())
    assert all(v in cats or v in {c.family for c in cats.values()} for v in table.values())
    for c in cats.values():
        assert pdmap_of(c.fideslang, c.id) == (c.id, None)
        back, _ = pdmap_of(c.fideslang)
        if c.id in ("financial.invoicing_address", "special.trade_union"):
            continue  # keys shared with a category of another family: the hint decides
        assert back is not None and categories_agree(back, c.id), (c.id, back)


def test_the_fides_file_of_the_export_is_read_back_whole(exported, personal, tmp_path):
    copy = tmp_path / "x.yaml"
    shutil.copy(exported, copy)
    got = {(f.container, f.field): f.category
           for f in read_fides(copy.read_text(encoding="utf-8"), str(copy))}
    assert got == personal


def test_the_data_map_decides_what_leaves_and_says_why(scanned, personal, tmp_path):
    """A `personal: false` entry keeps its field out; a declared family narrows to the
    scan's category; a declared category that disagrees is noted, the scan's kept."""
    index = scanned.parent / ".pdmap" / "index.db"
    assert index.exists()
    config = tmp_path / "pdmap.yaml"
    config.write_text(f"""\
index: sqlite:///{index}
datamap:
  - {{container: main.newsletter, field: email, personal: false, reason: a test}}
  - {{container: "*.customers", field: phone, category: contact, purpose: calls}}
  - {{container: "*.customers", field: iban, category: identity.name}}
""", encoding="utf-8")
    result = CliRunner().invoke(main, ["-c", str(config), "datamap", "export"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ("pdmap: note: sqlite-shop main.customers.iban: declared "
                             "identity.name, found financial.bank_account: exported as found\n")
    [dataset] = yaml.safe_load(result.stdout)["dataset"]
    got = {(c["name"], f["name"]): f for c in dataset["collections"] for f in c["fields"]}
    assert ("main.newsletter", "email") not in got
    assert len(got) == len(personal) - 1
    phone = got[("main.customers", "phone")]
    assert phone["data_categories"] == ["user.contact.phone_number"]
    assert phone["description"] == "Phone number (pdmap contact.phone). Purpose: calls"
    assert got[("main.customers", "iban")]["data_categories"] == ["user.financial.bank_account"]


def test_json_paths_nest_and_a_path_both_value_and_object_stays_flat():
    fields = [MappedField("files", "events/*.jsonl", name, category) for name, category in [
        ("user.email", "contact.email"), ("user.address.city", "contact.address"),
        ("ip", "online.ip_address"), ("user.name", None)]]
    [dataset] = fides_document(fields)["dataset"]
    assert dataset["fides_key"] == "files"
    [coll] = dataset["collections"]
    assert VALIDATOR.is_valid({"dataset": [dataset]})
    assert [f["name"] for f in coll["fields"]] == ["ip", "user"]
    user = coll["fields"][1]
    assert "data_categories" not in user
    assert leaves(coll["fields"]) == {
        "ip": ["user.device.ip_address"], "user.address.city": ["user.contact.address"],
        "user.email": ["user.contact.email"], "user.name": ["user"]}
    clash = [*fields, MappedField("files", "events/*.jsonl", "user", "identity.name")]
    [coll] = fides_document(clash)["dataset"][0]["collections"]
    assert [f["name"] for f in coll["fields"]] == [
        "ip", "user", "user.address.city", "user.email", "user.name"]
    assert all("fields" not in f for f in coll["fields"])
