"""SARIF output of `pdmap check`, validated against the official SARIF 2.1.0 schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from exporters.check_report import format_json, format_text, suggest_entries
from exporters.sarif import format_sarif, to_sarif
from scanner.core.findings import (
    DEBT,
    SUPPRESSED,
    VIOLATION,
    WARNING,
    CheckProblem,
    CheckResult,
    Finding,
)

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
VALIDATOR = jsonschema.Draft4Validator(
    SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
)


def finding(field: str, status: str, rule: str = "undeclared-personal-field", **kw) -> Finding:
    base = dict(
        source="repo",
        container="users",
        field=field,
        path="db/0002.sql",
        line=3,
        change="new",
        category="contact.email",
        entity="EMAIL_ADDRESS",
        confidence=0.9,
    )
    return Finding(rule, status, **{**base, **kw})


@pytest.fixture
def result() -> CheckResult:
    return CheckResult(
        findings=[
            finding("email", VIOLATION),
            finding(
                "phone",
                WARNING,
                rule="category-mismatch",
                declared_category="contact.x",
                category="contact.phone",
            ),
            finding("last_name", DEBT, change="existing", category="identity.name", line=9),
            finding("nick", SUPPRESSED, reason="a team name, not a person's"),
            finding(
                "iban",
                SUPPRESSED,
                rule="ignored-path",
                path="legacy/dump.sql",
                reason="frozen dump",
            ),
            finding("ip", VIOLATION, source="postgres-db", path=None, line=None, change="live"),
        ],
        problems=[CheckProblem("db/0003_bad.sql", 4, "SQL parse error (postgres): Expecting )")],
        base="0123456789abcdef0123456789abcdef01234567",
        base_ref="main",
        fields_checked=12,
        files_read=3,
    )


def test_sarif_output_is_valid_against_the_sarif_2_1_0_schema(result):
    document = json.loads(format_sarif(result))
    VALIDATOR.validate(document)
    # The schema is not vacuous: a level SARIF does not know is refused.
    document["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(document)


def test_an_empty_result_is_valid_sarif_too():
    VALIDATOR.validate(to_sarif(CheckResult()))


def test_levels_follow_status_and_suppressions_keep_their_reason(result):
    run = to_sarif(result)["runs"][0]
    by_field = {r["properties"]["field"]: r for r in run["results"] if "properties" in r}
    assert by_field["email"]["level"] == "error"
    assert by_field["phone"]["level"] == "warning"
    assert by_field["last_name"]["level"] == "note"
    assert by_field["nick"]["suppressions"] == [
        {"kind": "external", "justification": "a team name, not a person's"}
    ]
    region = by_field["email"]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 3}
    assert "logicalLocations" in by_field["ip"]["locations"][0]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert all(rule_ids[r["ruleIndex"]] == r["ruleId"] for r in run["results"])


def test_a_parse_error_is_an_error_result_at_its_file_and_line(result):
    run = to_sarif(result)["runs"][0]
    (parse_error,) = [r for r in run["results"] if r["ruleId"] == "PDM900"]
    location = parse_error["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "db/0003_bad.sql"
    assert location["region"]["startLine"] == 4
    assert run["invocations"][0]["executionSuccessful"] is False


def test_text_lists_every_finding_with_file_line_rule_and_a_declaration_hint(result):
    text = format_text(result)
    assert "db/0002.sql:3  users.email  contact.email  undeclared-personal-field (PDM001)" in text
    assert "datamap: [{container: users, field: email, category: contact.email" in text
    assert "db/0003_bad.sql:4  error" in text
    assert "suppressed: frozen dump" in text
    assert "2 violation(s), 1 warning(s), 2 suppressed, 1 existing" in text


def test_json_carries_findings_problems_and_the_exit_code(result):
    data = json.loads(format_json(result))
    assert data["exit_code"] == 2
    assert data["summary"]["suppressed"] == 2
    assert {f["field"] for f in data["findings"]} >= {"nick", "iban"}


def test_suggest_writes_reviewable_entries_for_undeclared_fields_only(result):
    suggested = yaml.safe_load(suggest_entries(result))
    assert [(e["container"], e["field"]) for e in suggested["datamap"]] == [
        ("users", "email"),
        ("users", "ip"),  # fields sorted within their container
        ("users", "last_name"),
    ]
    assert suggested["datamap"][0]["purpose"] == "TODO"
    assert yaml.safe_load(suggest_entries(CheckResult())) == {"datamap": []}


def test_a_field_whose_entry_still_says_todo_names_the_keys_to_fill_in():
    todo = finding("phone", VIOLATION, category="contact.phone", todo=("legal_basis", "retention"))
    result = CheckResult(findings=[todo])
    document = to_sarif(result)
    VALIDATOR.validate(document)
    (sarif,) = document["runs"][0]["results"]
    assert "still says TODO for legal_basis, retention" in sarif["message"]["text"]
    assert sarif["properties"]["todo"] == ["legal_basis", "retention"]
    assert "fill in legal_basis, retention of its datamap entry (still TODO)" in format_text(result)
    assert json.loads(format_json(result))["findings"][0]["todo"] == ["legal_basis", "retention"]
    assert yaml.safe_load(suggest_entries(result))["datamap"] == []


def test_a_parse_error_outside_the_change_is_a_note_and_the_run_succeeds():
    old = CheckProblem("db/0000_old.sql", 2, "SQL parse error (postgres): Expecting )", False)
    result = CheckResult(problems=[old])
    document = to_sarif(result)
    VALIDATOR.validate(document)
    run = document["runs"][0]
    (parse_error,) = run["results"]
    assert parse_error["level"] == "note"
    assert "does not touch" in parse_error["message"]["text"]
    assert run["invocations"][0]["toolExecutionNotifications"][0]["level"] == "note"
    assert run["invocations"][0]["executionSuccessful"] is True
    assert result.exit_code == 0 and json.loads(format_json(result))["exit_code"] == 0
    text = format_text(result)
    assert "db/0000_old.sql:2  note  " in text
    assert "1 unreadable file(s) (1 not touched by this change)" in text
