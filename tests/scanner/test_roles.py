"""Who each row belongs to, and in which role, on ten schemas where people reference people.

Each schema of tests/estates/roles.py is built, scanned for real (the classifier decides the
fields) and scored against its truth, once per schema and dialect: every schema on SQLite,
households, shop_reps and marketplace on PostgreSQL and MariaDB too. For every person the
subjects holding their own row must hold exactly their rows, each in its role (own,
attached or shared, reference with its naming columns); no two people may share a subject
or answer to each other's identifiers; and each person's export (by an identifier only
they hold) may hold no one else's e-mail, phone or name, nor more of a referencing row than
its naming columns and key.
"""

from __future__ import annotations

import itertools
from collections import Counter

import pytest

from scanner.detect.presidio.analyzer import Detector
from tests.estates.roles import ROLES, SCHEMAS, Score, Truth, evaluate, fkey, normalize, scan_schema

SERVER_SCHEMAS = ("households", "shop_reps", "marketplace")
CASES = [pytest.param(name, "sqlite", id=f"{name}-sqlite") for name in SCHEMAS] + [
    pytest.param(name, dialect, id=f"{name}-{dialect}", marks=getattr(pytest.mark, dialect))
    for dialect in ("postgres", "mariadb") for name in SERVER_SCHEMAS]

_n = itertools.count()
_scores: dict[tuple[str, str], Score] = {}


@pytest.fixture
def scored(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
           detector: Detector, schema: str, dialect: str) -> Score:
    """The schema built on the dialect, scanned and scored once per session."""
    if (schema, dialect) not in _scores:
        work = tmp_path_factory.mktemp(f"roles-{schema}-{dialect}")
        if dialect == "sqlite":
            url = f"sqlite:///{work}/{schema}.db"
        else:
            url = str(request.getfixturevalue(dialect).create_database(
                f"roles_{schema}_{next(_n)}"))
        _scores[(schema, dialect)] = evaluate(scan_schema(schema, url, work), dialect)
    return _scores[(schema, dialect)]


def problems(score: Score, limit: int = 30) -> str:
    more = len(score.problems) - limit
    return "\n".join(score.problems[:limit] + ([f"... and {more} more"] if more > 0 else []))


@pytest.mark.parametrize(("schema", "dialect"), CASES)
def test_every_row_belongs_to_its_people_in_its_role(scored: Score) -> None:
    got = {"precision": scored.precision, "recall": scored.recall,
           "people without their own row": scored.rootless,
           "wrong shared flags": scored.shared_flag,
           "references with wrong fields": scored.ref_fields}
    assert got == {"precision": 1.0, "recall": 1.0, "people without their own row": 0,
                   "wrong shared flags": 0, "references with wrong fields": 0}, problems(scored)


@pytest.mark.parametrize(("schema", "dialect"), CASES)
def test_no_two_people_are_merged(scored: Score) -> None:
    got = {"merged": scored.merged, "answer to another's identifier": scored.foreign_ids}
    assert got == {"merged": 0, "answer to another's identifier": 0}, problems(scored)


@pytest.mark.parametrize(("schema", "dialect"), CASES)
def test_an_identifier_only_one_person_holds_finds_them(scored: Score) -> None:
    assert scored.lost_ids == 0, problems(scored)


@pytest.mark.parametrize(("schema", "dialect"), CASES)
def test_an_export_holds_its_person_and_no_one_else(scored: Score) -> None:
    got = {"refused": scored.export_failed, "leaks": scored.leaks,
           "references beyond their fields": scored.overexposed,
           "rows of others": scored.exported["foreign"], "rows missing": scored.export_missing}
    assert got == {"refused": 0, "leaks": 0, "references beyond their fields": 0,
                   "rows of others": 0, "rows missing": 0}, problems(scored)


# -- the estates themselves (no scan) ------------------------------------------------------------


@pytest.fixture(scope="module")
def truths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Truth]:
    work = tmp_path_factory.mktemp("truths")
    return {name: build(f"sqlite:///{work}/{name}.db") for name, build in SCHEMAS.items()}


def test_the_estates_are_what_the_harness_needs(truths: dict[str, Truth]) -> None:
    assert len(truths) >= 9
    roles: Counter[str] = Counter()
    for name, truth in truths.items():
        assert 30 <= len(truth.people) <= 150, name
        for person in truth.people.values():
            root = (person.root[0], fkey(person.root[1]))
            assert (person.pid, "own") in truth.rows[root], (name, person.pid)
        for held in truth.rows.values():
            roles.update(r for _, r in held)
            assert all(r in ROLES for _, r in held)
            assert len({p for p, r in held if r == "own"}) <= 1  # one owner per row
    assert all(roles[r] > 10 for r in ROLES), roles
    people = [p for t in truths.values() for p in t.people.values()]
    assert sum(1 for p in people if not p.identifiers["email"]) >= 20
    assert sum(1 for p in people if not p.identifiers["email"] and not p.identifiers["phone"]) >= 3
    shared = Counter((kind, normalize(kind, v)) for t in ("households", "shared_ids", "crm")
                     for p in truths[t].people.values()
                     for kind in ("email", "phone") for v in p.identifiers[kind])
    assert sum(1 for n in shared.values() if n > 1) >= 20  # households, families, switchboards


def test_the_estates_are_deterministic(tmp_path_factory: pytest.TempPathFactory,
                                       truths: dict[str, Truth]) -> None:
    work = tmp_path_factory.mktemp("again")
    for name in ("households", "crm"):
        again = SCHEMAS[name](f"sqlite:///{work}/{name}.db")
        assert again.rows == truths[name].rows
        assert again.people == truths[name].people
