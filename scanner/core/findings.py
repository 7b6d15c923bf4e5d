"""What `pdmap check` found: the result the CLI, the exporters and `datamap suggest` read.

Kept apart from scanner.check.gate so exporters can read a result without importing the schema
readers (import-linter forbids exporters -> connectors, even indirectly).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from scanner.core.errors import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK

# status of a finding: what it does to the exit code and how SARIF levels it.
VIOLATION, WARNING, DEBT, SUPPRESSED = "violation", "warning", "debt", "suppressed"
# a verdict below this confidence is a guess (an ambiguous name such as `name`, `message`
# or an `id`): `datamap suggest` proposes a `personal: false` suppression for a person to
# confirm or replace, not a declaration. It does not change the finding's status.
LOW_CONFIDENCE = 0.6


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    name: str
    short: str
    help: str


RULES: dict[str, Rule] = {
    r.name: r
    for r in (
        Rule(
            "PDM001",
            "undeclared-personal-field",
            "Personal-data field not declared in the data map",
            "Add an entry for the field to the datamap of pdmap.yaml (category, purpose, "
            "legal basis, retention), or mark it `personal: false` with a reason.",
        ),
        Rule(
            "PDM002",
            "category-mismatch",
            "Declared category disagrees with the field's verdict",
            "Check the category of the datamap entry; correct it or the field.",
        ),
        Rule(
            "PDM003",
            "ignored-path",
            "Personal-data field in a path the data map ignores",
            "Listed because suppressions are never silent; the reason is in the data map.",
        ),
        Rule(
            "PDM900",
            "schema-parse-error",
            "A schema file could not be read",
            "Fix the syntax at the given line; the other files were still checked.",
        ),
    )
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One field that needs a person's attention. Holds names, never a value."""

    rule: str  # a key of RULES
    status: str  # VIOLATION, WARNING, DEBT or SUPPRESSED
    source: str
    container: str
    field: str
    path: str | None  # None for a live database
    line: int | None
    change: str  # "new", "changed" or "existing" relative to the base; "live" for --db
    category: str | None  # from the verdict
    entity: str | None
    confidence: float
    declared_category: str | None = None
    reason: str | None = None  # why it is suppressed
    todo: tuple[str, ...] = ()  # data-map keys of its entry that still say TODO (or blank)


@dataclass(frozen=True, slots=True)
class CheckProblem:
    """A file (or database) that could not be read; the check went on without it.

    Only a problem in the change (a file the change touches, or any file when there is no
    base) fails the run; the others are listed as notes, so a broken file nobody touched
    does not block every pull request."""

    path: str
    line: int
    message: str
    in_change: bool = True


@dataclass(slots=True)
class CheckResult:
    findings: list[Finding] = field(default_factory=list)
    problems: list[CheckProblem] = field(default_factory=list)
    base: str | None = None  # the commit compared against; None: every field counts
    base_ref: str | None = None  # the ref it came from (as given, or the default branch)
    strict: bool = False
    files_read: int = 0
    fields_checked: int = 0
    # every field checked, personal or not, by container: what a whole table holds
    container_fields: dict[str, list[str]] = field(default_factory=dict)

    def by_status(self, status: str) -> list[Finding]:
        return [f for f in self.findings if f.status == status]

    @property
    def failing_problems(self) -> list[CheckProblem]:
        return [p for p in self.problems if p.in_change]

    @property
    def exit_code(self) -> int:
        if self.failing_problems:
            return EXIT_ERROR
        if self.by_status(VIOLATION):
            return EXIT_FINDINGS
        return EXIT_OK
