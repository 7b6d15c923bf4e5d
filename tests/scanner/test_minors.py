"""Minors at collection on a generated shop: who was under the configured age when their row
was collected (born 2010, row created 2020: a minor; born 2004: a minor under 18, not under
15; born before 2000: never), shown by `subjects find` and `subjects stats`, offered to erasure
by `minor_subjects`, and no birth date anywhere in the index."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import orjson
import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from scanner.cli.main import main
from scanner.index.queries import minor_subjects
from scanner.index.store import Index
from scanner.link.minors import age_on, creation_column
from tests.scanner.people_estate import build_shop, write_config


def run(config: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["-c", str(config), *args])
    return result.exit_code, result.stdout


def find(config: Path, email: str) -> dict[str, Any]:
    code, out = run(config, "subjects", "find", email, "--format", "json")
    assert code == 0, out
    return dict(orjson.loads(out))


@pytest.mark.parametrize("age", [15, 18])
def test_minors_at_collection_are_flagged_by_the_configured_age(tmp_path: Path,
                                                                 age: int) -> None:
    url = f"sqlite:///{tmp_path}/shop.db"
    truth = build_shop(url, n=24)
    config = write_config(tmp_path, url, age=age)
    code, out = run(config, "scan")
    assert code == 0, out
    minors = truth.minors[age]
    assert minors and len(minors) < 24
    for i, email in truth.emails.items():
        got = find(config, email)
        assert got["minor_at_collection"] is (i in minors), (i, truth.births[i])
        if i in minors:
            assert got["flags"] == [{"flag": "minor_at_collection", "source": "shop",
                                     "container": "main.customers", "age": age}]
    code, out = run(config, "subjects", "stats", "--format", "json")
    assert orjson.loads(out)["minors"] == len(minors)
    # what erasure asks: which of these subjects were minors
    index = Index(f"sqlite:///{tmp_path}/index.db", create=False)
    try:
        subject_of = {i: int(find(config, e)["subject"]) for i, e in truth.emails.items()}
        with index.connect() as conn:
            assert minor_subjects(conn, list(subject_of.values())) == {
                subject_of[i] for i in minors}
    finally:
        index.close()


def test_the_index_holds_no_birth_date(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/shop.db"
    truth = build_shop(url, n=24)
    config = write_config(tmp_path, url, age=18)
    assert run(config, "scan")[0] == 0
    raw = (tmp_path / "index.db").read_bytes()
    with sqlite3.connect(tmp_path / "index.db") as con:
        dump = "\n".join(con.iterdump())
    for born in truth.births.values():
        for form in (born.isoformat(), born.strftime("%d/%m/%Y"), born.strftime("%Y%m%d")):
            assert form.encode() not in raw and form not in dump
    assert "minor_at_collection" in dump  # the flags are there, the dates are not


def test_without_a_creation_column_the_scan_date_counts(tmp_path: Path) -> None:
    today = dt.datetime.now(dt.UTC).date()
    engine = sa.create_engine(f"sqlite:///{tmp_path}/club.db")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE members (id INTEGER PRIMARY KEY, email TEXT, "
                             "date_of_birth DATE)")
        born = {1: today.replace(year=today.year - 12), 2: today.replace(year=today.year - 40),
                3: today.replace(year=today.year - 17)}
        for i, b in born.items():
            conn.exec_driver_sql("INSERT INTO members VALUES (?, ?, ?)",
                                 (i, f"member.number{i}@example.org", b.isoformat()))
    engine.dispose()
    config = write_config(tmp_path, f"sqlite:///{tmp_path}/club.db", age=15,
                          datamap="datamap: []\n")
    assert run(config, "scan")[0] == 0
    flagged = {i for i in born if find(config, f"member.number{i}@example.org")[
        "minor_at_collection"]}
    assert flagged == {1}  # 12 today: a minor now; 17 and 40 are not under 15


def test_creation_columns_and_ages() -> None:
    from scanner.core.types import ContainerSchema, FieldSchema

    def table(*names: str) -> ContainerSchema:
        return ContainerSchema("s", "t", tuple(FieldSchema(n, "datetime") for n in names))

    assert creation_column(table("id", "updated_at", "created_at")) == "created_at"
    assert creation_column(table("id", "signup_date")) == "signup_date"
    assert creation_column(table("id", "date_inscription")) == "date_inscription"
    assert creation_column(table("id", "updated_at", "last_order_at")) is None
    assert age_on(dt.date(2010, 6, 2), dt.date(2025, 6, 1)) == 14  # the day before
    assert age_on(dt.date(2010, 6, 1), dt.date(2025, 6, 1)) == 15  # the birthday
    assert age_on(dt.date(2010, 3, 1), dt.date(2020, 6, 1)) == 10
    assert age_on(dt.date(2000, 3, 1), dt.date(2020, 6, 1)) == 20


def test_a_flag_follows_its_subject_through_a_merge_and_goes_with_an_orphan(
        tmp_path: Path) -> None:
    from scanner.index import inventory as inv
    from scanner.index.schema import subject_flags, subjects

    index = Index(f"sqlite:///{tmp_path}/index.db")
    try:
        with index.begin() as conn:
            conn.execute(subjects.insert(), [{"id": i, "scan_id": 1} for i in (1, 2, 3, 4)])
            conn.execute(subject_flags.insert(), [
                {"subject": s, "flag": "minor_at_collection", "source": "shop",
                 "container": c, "age": 18, "scan_id": 1}
                for s, c in ((2, "main.customers"), (1, "main.customers"), (3, "main.kids"))])
            inv.merge_subjects(conn, 1, 2)  # the same flag twice: kept once
            inv.merge_subjects(conn, 4, 3)  # moved to the subject kept
            assert minor_subjects(conn, [1, 2, 3, 4]) == {1, 4}
            assert inv.drop_orphan_subjects(conn) == 2  # no occurrences: both go
            assert minor_subjects(conn, [1, 2, 3, 4]) == set()
            assert conn.execute(sa.select(sa.func.count()).select_from(
                subject_flags)).scalar_one() == 0
    finally:
        index.close()


def test_legitimate_interest_holds_nothing_of_a_minor(tmp_path: Path) -> None:
    """An erasure plan holds an adult's customer row kept under legitimate interest for
    review, and deletes a minor's: the flag reaches the planner (scanner/cli/erase.py)."""
    url = f"sqlite:///{tmp_path}/shop.db"
    truth = build_shop(url, n=24)
    datamap = ('datamap:\n  - {container: "*customers", field: "*", category: contact, '
               'purpose: marketing, legal_basis: legitimate interest}\n')
    config = write_config(tmp_path, url, age=18, datamap=datamap)
    assert run(config, "scan")[0] == 0
    minor = next(i for i in truth.emails if i in truth.minors[18])
    adult = next(i for i in truth.emails if i not in truth.minors[18])
    actions = {}
    for who in (minor, adult):
        out = tmp_path / f"plan-{who}"
        code, text = run(config, "erase", truth.emails[who], "-o", str(out))
        assert code == 0, text
        plan = orjson.loads((out / "plan.json").read_bytes())
        actions[who] = {i["action"] for i in plan["items"]
                        if i["container"] == "main.customers"}
    assert actions[minor] == {"delete"}
    assert actions[adult] == {"hold"}
