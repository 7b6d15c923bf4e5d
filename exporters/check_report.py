"""`pdmap check` for people (text), for tools (JSON), and `pdmap datamap suggest` (YAML).

Only names leave here: containers, fields, paths and categories, never a field's values.
"""

from __future__ import annotations

import textwrap
from dataclasses import asdict

import orjson
import yaml

from scanner.core.findings import (
    DEBT,
    LOW_CONFIDENCE,
    RULES,
    SUPPRESSED,
    VIOLATION,
    WARNING,
    CheckResult,
    Finding,
)

_TODO = "TODO"
_ORDER = (VIOLATION, WARNING, SUPPRESSED, DEBT)
_HEADINGS = {
    VIOLATION: "Violations (added or changed since the base, not declared)",
    WARNING: "Warnings (a guess from weak evidence, or a declared category that disagrees)",
    SUPPRESSED: "Suppressed by the data map",
    DEBT: "Existing debt (already there at the base)",
}


_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def entry_for(finding: Finding) -> dict[str, str | None]:
    """The data-map entry that would declare the finding's field, for a person to fill in."""
    return {
        "container": finding.container,
        "field": finding.field,
        "category": finding.category,
        "purpose": _TODO,
        "legal_basis": _TODO,
        "retention": _TODO,
    }


def declare_hint(finding: Finding) -> str:
    """One line of YAML that would declare the field (flow style, to paste under datamap:)."""
    if finding.rule == "category-mismatch":
        return f"set category: {finding.category} on the datamap entry for {finding.field}"
    if finding.status == SUPPRESSED:
        return f"suppressed: {finding.reason}"
    if finding.todo:
        return f"fill in {', '.join(finding.todo)} of its datamap entry (still TODO)"
    flow = yaml.dump([entry_for(finding)], Dumper=_DUMPER, default_flow_style=True,
                     sort_keys=False)
    return "datamap: " + flow.strip()


def _where(f: Finding) -> str:
    if f.path is None:
        return f.source
    return f"{f.path}:{f.line}" if f.line else f.path


def format_text(result: CheckResult) -> str:
    lines: list[str] = []
    for p in result.problems:
        if p.in_change:
            lines.append(f"{p.path}:{p.line}  error  {p.message}")
        else:
            lines.append(f"{p.path}:{p.line}  note  {p.message} (not touched by this change)")
    if result.problems:
        lines.append("")
    for status in _ORDER:
        found = result.by_status(status)
        if not found:
            continue
        lines.append(f"{_HEADINGS[status]}: {len(found)}")
        for f in found:
            rule = RULES[f.rule]
            lines.append(
                f"  {_where(f)}  {f.container}.{f.field}  {f.category or '-'}  "
                f"{rule.name} ({rule.id})  → {declare_hint(f)}"
            )
        lines.append("")
    base = f"{result.base_ref} ({result.base[:12]})" if result.base else "none (every field counts)"
    lines.append(
        f"pdmap check: {len(result.by_status(VIOLATION))} violation(s), "
        f"{len(result.by_status(WARNING))} warning(s), {len(result.by_status(SUPPRESSED))} "
        f"suppressed, {len(result.by_status(DEBT))} existing, {len(result.problems)} "
        f"unreadable file(s){_untouched(result)}; {result.fields_checked} field(s) in "
        f"{result.files_read} file(s); "
        f"base: {base}"
    )
    return "\n".join(lines) + "\n"


def _untouched(result: CheckResult) -> str:
    untouched = len(result.problems) - len(result.failing_problems)
    return f" ({untouched} not touched by this change)" if untouched else ""


def to_json(result: CheckResult) -> dict:
    return {
        "exit_code": result.exit_code,
        "base": result.base,
        "base_ref": result.base_ref,
        "strict": result.strict,
        "summary": {
            "violations": len(result.by_status(VIOLATION)),
            "warnings": len(result.by_status(WARNING)),
            "suppressed": len(result.by_status(SUPPRESSED)),
            "debt": len(result.by_status(DEBT)),
            "problems": len(result.problems),
            "fields_checked": result.fields_checked,
            "files_read": result.files_read,
        },
        "findings": [
            {**asdict(f), "rule_id": RULES[f.rule].id, "hint": declare_hint(f)}
            for f in result.findings
        ],
        "problems": [asdict(p) for p in result.problems],
    }


def format_json(result: CheckResult) -> str:
    return orjson.dumps(to_json(result), option=orjson.OPT_INDENT_2).decode() + "\n"


def suggest_entries(result: CheckResult, *, include_debt: bool = True) -> str:
    """YAML data-map entries for the undeclared fields a check found, one block per
    container (containers and fields sorted), to paste under `datamap:` in pdmap.yaml.

    A container whose every field is personal and suggested here (a table of people) gets
    one wildcard entry (`field: "*"`); a low-confidence finding elsewhere gets a
    `personal: false` suppression. Purpose, legal basis, retention and a suppression's
    reason are TODO on purpose: only a person can say them, and the check fails until then.
    """
    # a warning of this rule is a low-confidence verdict: it gets its suppression to confirm
    wanted = {VIOLATION, WARNING, DEBT} if include_debt else {VIOLATION, WARNING}
    containers: dict[str, dict[str, Finding]] = {}
    for f in result.findings:
        if f.todo:  # its entry is there, waiting for a person to fill it in
            continue
        if f.rule == "undeclared-personal-field" and f.status in wanted:
            fields = containers.setdefault(f.container.lower(), {})
            fields.setdefault(f.field.lower(), f)
    header = (
        "# Data-map entries pdmap found missing, one block per container. Review each one\n"
        "# (category, purpose, legal basis, retention; the reason of a suppression), then\n"
        "# add it under `datamap:` in pdmap.yaml. A TODO left in fails the check.\n"
    )
    if not containers:
        return header + "datamap: []\n"
    blocks = [
        _container_block([found[k] for k in sorted(found)], result.container_fields)
        for _, found in sorted(containers.items())
    ]
    return header + "datamap:\n" + "\n".join(blocks)


def _container_block(found: list[Finding], container_fields: dict[str, list[str]]) -> str:
    """The entries of one container: a wildcard when the whole container is personal, else
    a declaration per field and a suppression per low-confidence field."""
    container = found[0].container
    every = {name.lower() for name in container_fields.get(container, ())}
    lines = [f"# {container}"]
    if len(every) > 1 and every == {f.field.lower() for f in found}:
        covered = ", ".join(f"{f.field} ({f.category or '-'})" for f in found)
        entry = {**entry_for(found[0]), "field": "*", "category": _common_category(found)}
        if entry["category"] is None:  # no category all of them share
            del entry["category"]
        lines += [*_comment(f"every field is personal, one entry covers them: {covered}"),
                  *_yaml_item(entry)]
        return _indent(lines)
    for f in found:
        if f.confidence >= LOW_CONFIDENCE:
            lines += _yaml_item(entry_for(f))
            continue
        guess = (f"{f.field} is only a guess ({f.category or 'personal'}, confidence "
                 f"{f.confidence:.2f}): give the reason it is not personal, or declare it")
        lines += [*_comment(guess),
                  *_yaml_item({"container": f.container, "field": f.field, "personal": False,
                               "reason": _TODO})]
    return _indent(lines)


def _common_category(found: list[Finding]) -> str | None:
    """The one category of every field, else their one family (`contact`), else none."""
    categories = {f.category for f in found if f.category}
    families = {c.split(".", 1)[0] for c in categories}
    if len(categories) == 1:
        return categories.pop()
    return families.pop() if len(families) == 1 else None


def _comment(text: str) -> list[str]:
    return textwrap.wrap(text, 86, initial_indent="# ", subsequent_indent="#   ")


def _yaml_item(entry: dict) -> list[str]:
    return yaml.safe_dump([entry], sort_keys=False, allow_unicode=True).splitlines()


def _indent(lines: list[str]) -> str:
    return "".join(f"  {line}\n" for line in lines)
