"""`pdmap check` on throwaway git repositories: what a change adds is judged against the
data map; what was there before is debt."""

from __future__ import annotations

import json
import subprocess
import textwrap
from pathlib import Path

import pytest
import yaml

from scanner.check.gate import categories_agree, container_matches, run_check
from scanner.check.gitdiff import GitError
from scanner.core.config import ConfigError, parse_config
from scanner.core.findings import DEBT, SUPPRESSED, VIOLATION, WARNING
from scanner.core.types import FieldRef, FieldSchema, FieldVerdict
from scanner.detect.classify import classify_field


def test_judge(ref: FieldRef, schema: FieldSchema, siblings=()) -> FieldVerdict:
    """The real verdicts from names and types, as `pdmap check` uses them."""
    return classify_field(ref, schema, siblings=siblings)


test_judge.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True
    ).stdout


def write(repo: Path, path: str, text: str) -> None:
    target = repo / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(textwrap.dedent(text))


def commit(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "app"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.email", "dev@example.invalid")
    git(repo, "config", "user.name", "Dev")
    write(
        repo,
        "db/0001_users.sql",
        """
        CREATE TABLE users (
          id serial PRIMARY KEY,
          email varchar(255) NOT NULL,
          last_name text
        );
        """,
    )
    commit(repo, "users")
    git(repo, "checkout", "-q", "-b", "feature")
    return repo


CONFIG = {
    "datamap": [
        {"container": "users", "field": "email", "category": "contact.email"},
        {"container": "users", "field": "id", "category": "identity.account_id"},
        {"container": "public.users", "field": "phone", "category": "contact.phone"},
    ]
}


def check(repo: Path, config=None, **kw):
    cfg = parse_config(CONFIG if config is None else config, repo)
    return run_check(repo, cfg, judge=test_judge, cache_dir=repo.parent / "cache", **kw)


def statuses(result) -> dict[str, str]:
    return {f"{f.container}.{f.field}": f.status for f in result.findings}


def test_when_nothing_changed_then_old_undeclared_fields_are_debt_and_exit_is_0(repo):
    result = check(repo)
    assert result.base_ref == "main"
    assert statuses(result) == {"users.last_name": DEBT}
    assert result.exit_code == 0


def test_an_unmapped_personal_field_added_on_the_branch_is_a_violation(repo):
    write(repo, "db/0002_more.sql", "ALTER TABLE users ADD COLUMN first_name varchar(50);\n")
    commit(repo, "first name")
    result = check(repo)
    assert statuses(result) == {"users.first_name": VIOLATION, "users.last_name": DEBT}
    (violation,) = result.by_status(VIOLATION)
    assert (violation.path, violation.line, violation.change) == ("db/0002_more.sql", 1, "new")
    assert violation.category == "identity.name"
    assert result.exit_code == 1


def test_a_mapped_personal_field_and_a_non_personal_field_pass(repo):
    write(
        repo,
        "db/0002_more.sql",
        "ALTER TABLE users ADD COLUMN phone text;\nALTER TABLE users ADD COLUMN score int;\n",
    )
    # Uncommitted work counts too: the working tree is compared with the base.
    result = check(repo)
    assert statuses(result) == {"users.last_name": DEBT}
    assert result.exit_code == 0
    assert result.fields_checked == 5


def test_a_renamed_column_counts_as_changed(repo):
    write(repo, "db/0002_rename.sql", "ALTER TABLE users RENAME COLUMN email TO mail;\n")
    commit(repo, "rename")
    result = check(repo)
    assert statuses(result)["users.mail"] == VIOLATION
    finding = next(f for f in result.findings if f.field == "mail")
    assert (finding.path, finding.line) == ("db/0002_rename.sql", 1)


def test_a_changed_type_counts_and_a_declared_category_that_disagrees_warns(repo):
    config = {"datamap": [{"container": "users", "field": "*name", "category": "contact"}]}
    write(repo, "db/0002_type.sql", "ALTER TABLE users ALTER COLUMN last_name TYPE varchar(80);\n")
    result = check(repo, config)
    mismatch = next(f for f in result.findings if f.field == "last_name")
    assert (mismatch.rule, mismatch.status, mismatch.change) == (
        "category-mismatch",
        WARNING,
        "changed",
    )
    assert mismatch.declared_category == "contact"
    assert result.exit_code == 0
    assert check(repo, config, strict=True).exit_code == 1


@pytest.mark.parametrize(
    "alter",
    [
        "ALTER TABLE users ALTER COLUMN last_name TYPE varchar(255);",
        "ALTER TABLE users ALTER COLUMN id TYPE bigint;",
    ],
)
def test_a_wider_type_does_not_turn_a_grandfathered_field_into_a_violation(tmp_path, alter):
    repo = tmp_path / "app"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    write(repo, "db/0001.sql", "CREATE TABLE users (id int PRIMARY KEY, last_name varchar(100));")
    git(repo, "add", "-A")
    git(repo, "-c", "user.email=dev@example.invalid", "-c", "user.name=Dev", "commit", "-qm", "1")
    write(repo, "db/0002_widen.sql", alter + "\n")
    result = check(repo, config={"datamap": []})
    assert statuses(result) == {"users.id": DEBT, "users.last_name": DEBT}
    assert {f.change for f in result.findings} == {"existing"}
    assert result.exit_code == 0
    # Narrowing is a change: what the field holds may be cut.
    write(repo, "db/0002_widen.sql", "ALTER TABLE users ALTER COLUMN last_name TYPE varchar(50);\n")
    assert statuses(check(repo, config={"datamap": []}))["users.last_name"] == VIOLATION


def test_a_longer_string_in_django_and_sqlalchemy_models_is_not_a_change(repo):
    for path in ("crm/models.py", "app/models.py"):
        write(repo, path, FORMATS[path])
    commit(repo, "models")
    for path, old, wider in (
        ("crm/models.py", "CharField(max_length=34)", "TextField()"),
        ("app/models.py", "String(40)", "String(200)"),
    ):
        (repo / path).write_text((repo / path).read_text().replace(old, wider))
    result = check(repo, base="HEAD", config={"datamap": []})
    changes = {f"{f.container}.{f.field}": f.change for f in result.findings}
    assert changes["crm_customer.iban"] == "existing"
    assert changes["contacts.first_name"] == "existing"
    assert result.exit_code == 0


def test_all_fields_turns_debt_into_violations(repo):
    result = check(repo, all_fields=True)
    assert statuses(result) == {"users.last_name": VIOLATION}
    assert result.base is None and result.exit_code == 1


def test_suppressions_are_listed_with_their_reason(repo):
    write(repo, "db/0002_more.sql", "ALTER TABLE users ADD COLUMN first_name text;\n")
    write(repo, "legacy/dump.sql", "CREATE TABLE old_people (iban text);\n")
    config = {
        "datamap": [
            {
                "container": "users",
                "field": "first_name",
                "personal": False,
                "reason": "holds a team name, not a person's",
            },
            {"path": "legacy/*", "reason": "frozen dump, deleted in Q3"},
        ]
    }
    result = check(repo, config)
    suppressed = {f.field: (f.rule, f.reason) for f in result.by_status(SUPPRESSED)}
    assert suppressed == {
        "first_name": ("undeclared-personal-field", "holds a team name, not a person's"),
        "iban": ("ignored-path", "frozen dump, deleted in Q3"),
    }
    assert result.exit_code == 0


def test_an_entry_still_saying_todo_does_not_declare_its_field(repo):
    write(repo, "db/0002_more.sql", "ALTER TABLE users ADD COLUMN phone text;\n")
    phone = {"container": "users", "field": "phone", "category": "contact.phone"}
    email = {"container": "users", "field": "email", "category": "contact.email"}
    config = {
        "datamap": [
            {**phone, "purpose": "support calls", "legal_basis": "todo", "retention": "  "},
            # grandfathered: an old field with a TODO entry stays debt, not a violation
            {**email, "purpose": "TODO", "legal_basis": "contract", "retention": "1 year"},
        ]
    }
    for strict in (False, True):  # --strict is about categories; TODO fails either way
        result = check(repo, config, strict=strict)
        assert statuses(result)["users.phone"] == VIOLATION
        assert statuses(result)["users.email"] == DEBT
        todo = {f.field: f.todo for f in result.findings}
        assert todo["phone"] == ("legal_basis", "retention")
        assert todo["email"] == ("purpose",)
        assert result.exit_code == 1
    # filled in, or keys not used at all, it declares the field
    config["datamap"][0] = {**phone, "purpose": "support calls", "legal_basis": "contract"}
    assert "users.phone" not in statuses(check(repo, config))


def test_an_entry_left_as_datamap_suggest_writes_it_is_not_a_declaration(repo):
    from exporters.check_report import suggest_entries

    write(repo, "db/0002_more.sql", "ALTER TABLE users ADD COLUMN first_name text;\n")
    suggested = yaml.safe_load(suggest_entries(check(repo)))["datamap"]
    blank = "datamap:\n  - {container: users, field: last_name, purpose:, legal_basis: x}\n"
    # the first entry that matches decides: last_name's is the blank one (no retention key)
    config = {"datamap": [*yaml.safe_load(blank)["datamap"], *CONFIG["datamap"], *suggested]}
    result = check(repo, config)
    assert statuses(result)["users.first_name"] == VIOLATION
    assert {f.field: f.todo for f in result.findings} == {
        "first_name": ("purpose", "legal_basis", "retention"),
        "last_name": ("purpose",),
    }
    # and suggest does not suggest an entry that is already there
    assert "datamap: []" in suggest_entries(result)


def test_a_suppression_without_a_reason_is_refused():
    with pytest.raises(ConfigError):
        parse_config({"datamap": [{"path": "legacy/*"}]})
    with pytest.raises(ConfigError):
        parse_config({"datamap": [{"container": "t", "field": "x", "personal": False}]})


def test_a_suppression_whose_reason_says_todo_suppresses_nothing(repo):
    from exporters.check_report import format_text
    from exporters.sarif import to_sarif

    write(repo, "db/0002_more.sql", "ALTER TABLE users ADD COLUMN first_name text;\n")
    write(repo, "legacy/dump.sql", "CREATE TABLE old_people (iban text);\n")
    config = {
        "datamap": [
            {"container": "users", "field": "first_name", "personal": False, "reason": "todo"},
            {"path": "legacy/*", "reason": " "},
        ]
    }
    result = check(repo, config)
    assert not result.by_status(SUPPRESSED)
    assert {f.field: (f.status, f.todo) for f in result.findings if f.change == "new"} == {
        "first_name": (VIOLATION, ("reason",)),
        "iban": (VIOLATION, ("reason",)),
    }
    assert result.exit_code == 1
    assert "→ fill in reason of its datamap entry (still TODO)" in format_text(result)
    messages = [r["message"]["text"] for r in to_sarif(result)["runs"][0]["results"]]
    assert sum("TODO for reason; fill them in to suppress it." in m for m in messages) == 2


PEOPLE = """
    CREATE TABLE people (id serial PRIMARY KEY, phone text, email text, first_name text);
    CREATE TABLE teams (id serial PRIMARY KEY, name text, score int);
    CREATE TABLE crews (id serial PRIMARY KEY, name text, email text, score int);
    CREATE TABLE orders (id serial PRIMARY KEY, total int, shipping_address text, email text);
    """


def suggested_config(repo: Path, **kw) -> tuple[str, dict]:
    """What `datamap suggest` prints, and the data map with it pasted under `datamap:`."""
    from exporters.check_report import suggest_entries

    text = suggest_entries(check(repo, **kw))
    return text, {"datamap": [*CONFIG["datamap"], *yaml.safe_load(text)["datamap"]]}


def test_datamap_suggest_writes_one_block_per_table_that_loads_and_keeps_the_gate_failing(repo):
    from exporters.check_report import suggest_entries

    write(repo, "db/0002_people.sql", PEOPLE)
    text, pasted = suggested_config(repo)
    entries = parse_config(pasted, repo).datamap[len(CONFIG["datamap"]):]  # the real loader
    shown = [(e.container, e.field, e.personal, e.category) for e in entries]
    assert shown == [
        # sorted by container, then field; users.email and id are in CONFIG, not needed;
        # teams.name is not a person's (a team is a thing)
        ("crews", "email", True, "contact.email"),
        # `name` beside an e-mail, in a table that does not say what it holds: a guess,
        # a suppression for a person to confirm
        ("crews", "name", False, None),
        ("orders", "email", True, "contact.email"),
        ("orders", "shipping_address", True, "contact.address"),
        # a table of people: every field is personal, one wildcard entry in their family
        ("people", "*", True, None),
        ("users", "last_name", True, "identity.name"),
    ]
    assert "# every field is personal, one entry covers them: email (contact.email)" in text
    assert "# name is only a guess (identity.name, confidence 0.56)" in text
    headings = [line for line in text.splitlines() if line.startswith("  # ") and " " not in
                line[4:]]
    assert headings == ["  # crews", "  # orders", "  # people", "  # users"]
    # pasted as it is, the gate still fails: every TODO is named, none is a decision
    result = check(repo, pasted)
    assert result.exit_code == 1
    assert not result.by_status(SUPPRESSED)
    todo = {f"{f.container}.{f.field}": f.todo for f in result.findings}
    assert todo["people.first_name"] == ("purpose", "legal_basis", "retention")
    assert todo["crews.name"] == ("reason",)
    assert "datamap: []" in suggest_entries(result)  # nothing suggested twice
    # filled in by a person, it passes
    filled = parse_config(yaml.safe_load(yaml.safe_dump(pasted).replace("TODO", "filled in")))
    result = run_check(repo, filled, judge=test_judge, cache_dir=repo.parent / "cache")
    assert result.exit_code == 0
    assert [f.field for f in result.by_status(SUPPRESSED)] == ["name"]


def test_a_wildcard_only_when_every_field_of_the_table_is_personal_and_undeclared(repo):
    write(repo, "db/0002_people.sql", PEOPLE)
    # one field of people already declared: the others get one entry each, no wildcard
    declared = {"container": "people", "field": "phone", "category": "contact"}
    text, _ = suggested_config(repo, config={"datamap": [*CONFIG["datamap"], declared]})
    people = [e for e in yaml.safe_load(text)["datamap"] if e["container"] == "people"]
    assert [(e["field"], e.get("personal", True)) for e in people] == [
        ("email", True),
        ("first_name", True),
        ("id", True),  # the key of a table of people
    ]
    assert "*" not in text
    # with nothing declared, users (id, email, last_name) is a table of people too
    text, _ = suggested_config(repo, config={"datamap": []})
    users = [e for e in yaml.safe_load(text)["datamap"] if e["container"] == "users"]
    assert [(e["field"], e.get("category")) for e in users] == [("*", None)]
    # the same category everywhere is kept on the wildcard
    write(repo, "db/0002_people.sql", "CREATE TABLE mails (work_email text, home_email text);\n")
    text, _ = suggested_config(repo, config={"datamap": []})
    (mails,) = [e for e in yaml.safe_load(text)["datamap"] if e["container"] == "mails"]
    assert (mails["field"], mails["category"]) == ("*", "contact.email")


def test_a_parse_error_exits_2_names_file_and_line_and_other_files_are_still_checked(repo):
    write(repo, "db/0002_bad.sql", "CREATE TABLE t (\n  a int,\n  b varchar(3)\n;\n")
    write(
        repo, "db/0003_more.sql", "ALTER TABLE users ADD COLUMN phone text, ADD COLUMN iban text;"
    )
    result = check(repo)
    (problem,) = result.problems
    assert (problem.path, problem.line) == ("db/0002_bad.sql", 3)
    assert statuses(result)["users.iban"] == VIOLATION
    assert result.exit_code == 2


BROKEN = "CREATE TABLE t (\n  a int,\n  b varchar(3)\n;\n"


def test_a_parse_error_in_a_file_the_change_does_not_touch_is_listed_but_does_not_fail(
    repo, monkeypatch
):
    git(repo, "checkout", "-q", "main")
    write(repo, "db/0000_broken.sql", BROKEN)
    commit(repo, "a broken file, long ago")
    git(repo, "checkout", "-q", "-b", "feature2")
    write(repo, "db/0002_more.sql", "ALTER TABLE users ADD COLUMN phone text;\n")
    commit(repo, "phone")
    result = check(repo)
    (problem,) = result.problems
    assert (problem.path, problem.line, problem.in_change) == ("db/0000_broken.sql", 3, False)
    assert result.exit_code == 0
    assert check(repo, all_fields=True).exit_code == 2  # --all: every file is in question

    from click.testing import CliRunner

    from scanner.cli.main import main

    monkeypatch.chdir(repo)
    (repo / "pdmap.yaml").write_text(yaml.safe_dump(CONFIG))
    cli = CliRunner().invoke(main, ["check", "--format", "sarif"])
    assert cli.exit_code == 0, cli.output
    (note,) = cli.stderr.splitlines()
    assert note.startswith("pdmap: note: db/0000_broken.sql:3: ")
    run = json.loads(cli.stdout)["runs"][0]
    (parse,) = [r for r in run["results"] if r["ruleId"] == "PDM900"]
    assert parse["level"] == "note"
    assert run["invocations"][0]["executionSuccessful"] is True
    text = CliRunner().invoke(main, ["check"])
    assert "db/0000_broken.sql:3  note  " in text.stdout and text.exit_code == 0

    # touched by the change (even a line elsewhere in it), the same problem fails the run
    write(repo, "db/0000_broken.sql", "-- fixed soon\n" + BROKEN)
    result = check(repo)
    assert [(p.line, p.in_change) for p in result.problems] == [(4, True)]
    assert result.exit_code == 2


def test_an_unknown_base_is_a_usage_error(repo):
    with pytest.raises(GitError, match="no-such-branch"):
        check(repo, base="no-such-branch")


def test_an_explicit_base_compares_with_that_commit(repo):
    write(repo, "db/0002_more.sql", "ALTER TABLE users ADD COLUMN first_name text;\n")
    commit(repo, "first name")
    assert check(repo, base="HEAD").exit_code == 0
    assert check(repo, base="HEAD~1").exit_code == 1


def pr_checkout(tmp_path: Path, origin: Path) -> Path:
    """What actions/checkout makes of a pull request: the head alone, depth 1, detached."""
    ci = tmp_path / "ci"
    ci.mkdir()
    git(ci, "init", "-q")
    git(ci, "remote", "add", "origin", origin.as_uri())
    git(ci, "fetch", "-q", "--depth=1", "origin", "+refs/heads/feature:refs/remotes/pull/1")
    git(ci, "checkout", "-q", "--detach", "refs/remotes/pull/1")
    return ci


def test_a_shallow_pull_request_checkout_without_the_base_is_an_error_saying_the_fix(
    repo, tmp_path
):
    write(repo, "db/0002_more.sql", "ALTER TABLE users ADD COLUMN first_name text;\n")
    commit(repo, "first name")
    ci = pr_checkout(tmp_path, repo)
    fix = r"fetch-depth: 0; or git fetch --unshallow origin"
    with pytest.raises(GitError, match=f"no default branch.*{fix} <branch>.*--base.*--all"):
        check(ci)
    # --all asked for every field: no base needed.
    assert statuses(check(ci, all_fields=True))["users.last_name"] == VIOLATION
    # the branch alone is not enough in a shallow clone: the merge base is still missing
    git(ci, "fetch", "-q", "--depth=1", "origin", "main")
    with pytest.raises(GitError, match=f"no merge base of HEAD and origin/main.*{fix} main"):
        check(ci)
    git(ci, "fetch", "-q", "--unshallow", "origin", "main")  # the fix, as the message says
    result = check(ci)
    assert result.base_ref == "origin/main"
    assert statuses(result) == {"users.first_name": VIOLATION, "users.last_name": DEBT}


def test_a_base_named_but_not_fetched_says_how_to_fetch_it(repo, tmp_path):
    ci = pr_checkout(tmp_path, repo)
    with pytest.raises(GitError, match="--base origin/main: no such.*--unshallow origin main"):
        check(ci, base="origin/main")
    with pytest.raises(GitError, match="--base HEAD~1: no such.*--unshallow origin <branch>"):
        check(ci, base="HEAD~1")  # not a branch: no command made of it
    git(ci, "fetch", "-q", "--unshallow", "origin", "main")
    assert check(ci, base="origin/main").base_ref == "origin/main"
    # in a full clone without the branch, fetching the branch is the whole fix
    full = tmp_path / "full"
    git(repo, "checkout", "-q", "main")  # the remote's HEAD, as on a forge
    git(tmp_path, "clone", "-q", "--single-branch", "--branch", "feature", repo.as_uri(), "full")
    with pytest.raises(GitError, match="no default branch.*; or git fetch origin <branch>"):
        check(full)


def test_the_cli_exits_2_with_one_line_when_the_base_is_missing(repo, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from scanner.cli.main import main

    ci = pr_checkout(tmp_path, repo)
    monkeypatch.chdir(ci)
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("pdmap: no default branch") and "fetch-depth: 0" in line
    assert CliRunner().invoke(main, ["check", "--all"]).exit_code == 1


def test_an_explicit_config_that_does_not_exist_is_an_error_naming_it(repo, monkeypatch):
    from click.testing import CliRunner

    from scanner.cli.main import main

    monkeypatch.chdir(repo.parent)
    for args, env in (
        (["-c", "missing.yaml", "check", "--repo", "app"], {}),
        (["check", "--repo", "app"], {"PDMAP_CONFIG": "missing.yaml"}),
        (["-c", str(repo / "missing.yaml"), "datamap", "suggest", "--repo", "app"], {}),
    ):
        result = CliRunner().invoke(main, args, env=env)
        assert result.exit_code == 2, result.output
        (line,) = result.stderr.splitlines()
        assert "missing.yaml: no such config file" in line and "Traceback" not in line
    # without -c, no pdmap.yaml here or in the repository: the defaults, as before
    result = CliRunner().invoke(main, ["check", "--repo", "app"])
    assert result.exit_code == 0 and "existing" in result.stdout
    # and the repository's own pdmap.yaml is read when there is none here
    write(
        repo,
        "pdmap.yaml",
        "datamap:\n  - {container: users, field: last_name, category: identity.name}\n",
    )
    result = CliRunner().invoke(main, ["check", "--repo", "app", "--format", "json"])
    assert result.exit_code == 0 and '"last_name"' not in result.stdout


def test_a_repository_without_commits_yet_checks_every_field(tmp_path):
    git(tmp_path, "init", "-q", "-b", "main")
    write(tmp_path, "schema.sql", "CREATE TABLE users (id int, email text);")
    result = check(tmp_path, config={"datamap": []})
    assert result.base is None and result.exit_code == 1


def test_without_git_every_field_counts(tmp_path):
    write(tmp_path, "schema.sql", "CREATE TABLE users (id int, email text);")
    result = check(tmp_path, config={"datamap": []})
    # NOTE: the key of a people table is an account identifier, to be declared like the rest.
    assert statuses(result) == {"users.email": VIOLATION, "users.id": VIOLATION}


FORMATS = {
    "alembic/versions/a1_add_phone.py": """
        from alembic import op
        import sqlalchemy as sa
        revision = "a1"
        down_revision = None
        def upgrade():
            op.add_column("alembic_users", sa.Column("phone", sa.String(20)))
        """,
    "app/models.py": """
        from sqlalchemy import Column, String
        from sqlalchemy.orm import DeclarativeBase
        class Base(DeclarativeBase):
            pass
        class Contact(Base):
            __tablename__ = "contacts"
            id = Column(String, primary_key=True)
            first_name = Column(String(40))
        """,
    "crm/models.py": """
        from django.db import models
        class Customer(models.Model):
            iban = models.CharField(max_length=34)
        """,
    "crm/migrations/0002_customer_mail.py": """
        from django.db import migrations, models
        class Migration(migrations.Migration):
            dependencies = [("crm", "0001_initial")]
            operations = [
                migrations.AddField(
                    model_name="customer", name="mail", field=models.EmailField()),
            ]
        """,
}


def test_a_field_in_each_supported_format_is_found_on_its_line(repo):
    for path, text in FORMATS.items():
        write(repo, path, text)
    commit(repo, "all formats")
    result = check(repo)
    got = {(f.path, f.container, f.field) for f in result.by_status(VIOLATION)}
    assert got == {
        ("alembic/versions/a1_add_phone.py", "alembic_users", "phone"),
        ("app/models.py", "contacts", "first_name"),
        ("app/models.py", "contacts", "id"),
        ("crm/models.py", "crm_customer", "iban"),
        ("crm/models.py", "crm_customer", "id"),  # Django's implicit key
        ("crm/migrations/0002_customer_mail.py", "crm_customer", "mail"),
    }
    lines = {f.field: f.line for f in result.findings}
    assert lines["phone"] == 7 and lines["first_name"] == 9 and lines["iban"] == 4


def test_a_second_run_reads_parsed_files_from_the_cache(repo):
    first = check(repo)
    cache_files = list((repo.parent / "cache").glob("schema-v*.json"))
    assert cache_files
    assert check(repo).findings == first.findings


@pytest.mark.parametrize(
    ("pattern", "container", "expected"),
    [
        ("users", "users", True),
        ("users", "public.users", True),
        ("public.users", "users", True),
        ("crm.*", "crm.customers", True),
        ("USERS", "users", True),
        ("orders", "users", False),
        ("crm.users", "billing.users", False),
    ],
)
def test_container_globs_match_table_and_schema_qualified_names(pattern, container, expected):
    assert container_matches(pattern, container) is expected


def test_categories_agree_when_one_is_a_parent_of_the_other():
    assert categories_agree("contact", "contact.email")
    assert categories_agree("contact.email", "contact.email")
    assert not categories_agree("contact.phone", "contact.email")


def test_a_live_database_schema_is_checked_through_sqlalchemy(tmp_path):
    import sqlite3

    db = tmp_path / "live.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, phone TEXT, score REAL)")
    url = f"sqlite:///{db}"
    result = check(tmp_path, config={"datamap": []}, db_url=url)
    found = {(f.container, f.field, f.status) for f in result.findings}
    assert found == {("customers", "phone", VIOLATION), ("customers", "id", VIOLATION)}
    assert all(f.path is None and f.change == "live" for f in result.findings)
    assert result.fields_checked == 3


def test_an_unreachable_database_is_a_problem_without_its_password(tmp_path):
    url = "postgresql+psycopg://app:s3cret@127.0.0.1:1/none"
    result = check(tmp_path, config={"datamap": []}, db_url=url)
    (problem,) = result.problems
    assert "s3cret" not in problem.path + problem.message
    assert result.exit_code == 2
