"""`pdmap check` for people (text), for tools (JSON), and `pdmap datamap suggest` (YAML).

Only names leave here: containers, fields, paths and categories, never a field's values.
"""

from __future__ import annotations

from dataclasses import asdict

import orjson
import yaml

from scanner.core.findings import DEBT, RULES, SUPPRESSED, VIOLATION, WARNING, CheckResult, Finding

_TODO = "TODO"
_ORDER = (VIOLATION, WARNING, SUPPRESSED, DEBT)
_HEADINGS = {
    VIOLATION: "Violations (added or changed since the base, not declared)",
    WARNING: "Warnings (declared with a category that disagrees)",
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
    """YAML data-map entries for the undeclared fields a check found, one per field.

    Purpose, legal basis and retention are TODO on purpose: only a person can say them.
    """
    wanted = {VIOLATION, DEBT} if include_debt else {VIOLATION}
    seen: set[tuple[str, str]] = set()
    entries = []
    for f in result.findings:
        key = (f.container.lower(), f.field.lower())
        if f.todo:  # its entry is there, waiting for a person to fill it in
            continue
        if f.rule == "undeclared-personal-field" and f.status in wanted and key not in seen:
            seen.add(key)
            entries.append(entry_for(f))
    header = (
        "# Data-map entries pdmap found missing. Review each one (category, purpose,\n"
        "# legal basis, retention), then add it under `datamap:` in pdmap.yaml.\n"
    )
    if not entries:
        return header + "datamap: []\n"
    return header + yaml.safe_dump({"datamap": entries}, sort_keys=False, allow_unicode=True)
