"""SARIF 2.1.0 for `pdmap check`, so code scanning shows findings on the diff.

Levels: error for violations and unreadable files the change touches, warning for
category mismatches, note for existing debt, suppressed findings and unreadable files the
change does not touch. Suppressed findings carry a SARIF suppression
with the data map's reason, so they stay visible but closed.
"""

from __future__ import annotations

from importlib import metadata
from typing import Any

import orjson

from scanner.core.findings import (
    DEBT,
    RULES,
    SUPPRESSED,
    VIOLATION,
    WARNING,
    CheckProblem,
    CheckResult,
    Finding,
)

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {VIOLATION: "error", WARNING: "warning", DEBT: "note", SUPPRESSED: "note"}
_DEFAULT_LEVEL = {
    "undeclared-personal-field": "error",
    "category-mismatch": "warning",
    "ignored-path": "note",
    "schema-parse-error": "error",
}


def _version() -> str:
    try:
        return metadata.version("pdmap")
    except metadata.PackageNotFoundError:
        return "0.0.0"


def _rules() -> tuple[list[dict[str, Any]], dict[str, int]]:
    rules, index = [], {}
    for i, rule in enumerate(RULES.values()):
        index[rule.name] = i
        rules.append(
            {
                "id": rule.id,
                "name": rule.name,
                "shortDescription": {"text": rule.short},
                "fullDescription": {"text": rule.short + "."},
                "help": {"text": rule.help},
                "defaultConfiguration": {"level": _DEFAULT_LEVEL[rule.name]},
            }
        )
    return rules, index


def _location(path: str | None, line: int | None, logical: str) -> dict[str, Any]:
    if path is None:
        return {"logicalLocations": [{"fullyQualifiedName": logical, "kind": "member"}]}
    physical: dict[str, Any] = {"artifactLocation": {"uri": path, "uriBaseId": "%SRCROOT%"}}
    if line and line > 0:
        physical["region"] = {"startLine": line}
    return {"physicalLocation": physical}


def _message(f: Finding) -> str:
    what = f"{f.container}.{f.field}"
    category = f.category or "personal data"
    if f.status == SUPPRESSED:
        return f"{what} ({category}) is suppressed by the data map: {f.reason}"
    if f.rule == "category-mismatch":
        return (
            f"{what} is declared as {f.declared_category} but looks like {category}; "
            "correct the data-map entry or the field."
        )
    state = "existing field" if f.status == DEBT else f"{f.change} field"
    if f.todo:
        return (
            f"{what} ({state}) holds {category} and its data-map entry still says TODO "
            f"for {', '.join(f.todo)}; fill them in to "
            f"{'suppress' if f.todo == ('reason',) else 'declare'} it."
        )
    return (
        f"{what} ({state}) holds {category} and is not declared in the data map; add a "
        f"datamap entry with container: {f.container}, field: {f.field}, category: "
        f"{category}, purpose, legal_basis and retention."
    )


def _result(f: Finding, index: dict[str, int]) -> dict[str, Any]:
    rule = RULES[f.rule]
    out: dict[str, Any] = {
        "ruleId": rule.id,
        "ruleIndex": index[f.rule],
        "level": _LEVEL[f.status],
        "message": {"text": _message(f)},
        "locations": [_location(f.path, f.line, f"{f.source}:{f.container}.{f.field}")],
        "partialFingerprints": {"pdmapField/v1": f"{f.container.lower()}.{f.field.lower()}"},
        "properties": {
            "status": f.status,
            "change": f.change,
            "container": f.container,
            "field": f.field,
            "category": f.category,
            "declaredCategory": f.declared_category,
            "confidence": round(f.confidence, 3),
        },
    }
    if f.todo:
        out["properties"]["todo"] = list(f.todo)
    if f.status == SUPPRESSED:
        out["suppressions"] = [{"kind": "external", "justification": f.reason or ""}]
    return out


def _problem_level(p: CheckProblem) -> str:
    return "error" if p.in_change else "note"


def _problem_message(p: CheckProblem) -> str:
    return p.message if p.in_change else f"{p.message} (a file this change does not touch)"


def to_sarif(result: CheckResult) -> dict[str, Any]:
    rules, index = _rules()
    results = [_result(f, index) for f in result.findings]
    parse_rule = RULES["schema-parse-error"]
    for p in result.problems:
        results.append(
            {
                "ruleId": parse_rule.id,
                "ruleIndex": index[parse_rule.name],
                "level": _problem_level(p),
                "message": {"text": _problem_message(p)},
                "locations": [_location(p.path, p.line, p.path)],
            }
        )
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "pdmap",
                "version": _version(),
                "informationUri": "https://pypi.org/project/pdmap/",
                "rules": rules,
            }
        },
        "invocations": [
            {
                "executionSuccessful": not result.failing_problems,
                "exitCode": result.exit_code,
                "toolExecutionNotifications": [
                    {
                        "level": _problem_level(p),
                        "message": {"text": _problem_message(p)},
                        "locations": [_location(p.path, p.line, p.path)],
                    }
                    for p in result.problems
                ],
            }
        ],
        "results": results,
        "properties": {"base": result.base, "baseRef": result.base_ref},
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def format_sarif(result: CheckResult) -> str:
    return orjson.dumps(to_sarif(result), option=orjson.OPT_INDENT_2).decode() + "\n"
