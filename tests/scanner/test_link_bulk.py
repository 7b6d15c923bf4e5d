"""The link pass as it runs on large tables: rows prepared in a worker process, identifiers
held back and written sorted, subject indexes dropped and built again, merges applied at
the end (scanner/link/stage.py, scanner/link/prepare.py). Thresholds are lowered so the
small shop takes every one of those ways; the answers must not change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from connectors.sql import SqlConnector
from scanner.core.config import SourceConfig
from scanner.core.types import ScanReport
from scanner.index import inventory as inv
from scanner.index import queries
from scanner.index.store import Index
from scanner.link.sql import LinkOptions, link_source
from tests.scanner import shop
from tests.scanner.shop import Linked, membership

# Every container goes to the worker and triggers a bulk load; the stage writes every
# three identifiers and forgets what it knows every four.
BULK = {"worker_rows": 1, "bulk_rows": 1, "stage_limit": 3, "known_limit": 4}


@pytest.fixture
def index(index_url: str) -> Any:
    idx = Index(index_url)
    yield idx
    idx.close()


def subject_indexes(index: Index) -> set[str]:
    names = set()
    for table in (inv.occurrences, inv.identifiers):
        names |= {ix["name"] for ix in sa.inspect(index.engine).get_indexes(table.name)}
    return names


def test_bulk_mode_gives_every_row_to_its_true_person(shop_url: str, index: Index) -> None:
    shop.build(shop_url).dispose()
    linked = Linked(shop_url, index, **BULK)
    default = Index(str(index.url).replace("index.db", "default.db"))
    Linked(shop_url, default)
    truth = shop.expected_people()
    bulk, plain = membership(index), membership(default)
    assert set(bulk) == set(truth) == set(plain)
    # the same partition of rows into people, whatever the numbers
    as_sets = {frozenset(k for k, v in m.items() if v == s)
               for m in (bulk,) for s in m.values()}
    assert as_sets == {frozenset(k for k, v in plain.items() if v == s)
                       for s in plain.values()}
    assert bulk[("main.customers", "15")] != bulk[("main.customers", "16")]
    assert not linked.report.counters.get("subjects_merged")
    assert subject_indexes(index) == subject_indexes(default) != set()
    default.close()


def test_bulk_mode_finds_by_every_kind(shop_url: str, index: Index) -> None:
    shop.build(shop_url).dispose()
    Linked(shop_url, index, **BULK)
    alice = queries.find_subject(index, shop.KEY, "1", "account")["subject"]
    assert alice is not None
    assert queries.find_subject(index, shop.KEY, "ALICE.MARTIN@example.com ")["subject"] == alice
    with index.connect() as conn:
        n_subjects = conn.execute(sa.select(sa.func.count()).select_from(inv.subjects)
                                  ).scalar_one()
        orphans = conn.execute(sa.select(sa.func.count()).select_from(inv.identifiers).where(
            inv.identifiers.c.subject.not_in(sa.select(inv.subjects.c.id)))).scalar_one()
    assert n_subjects == len(set().union(*membership(index).values()))
    assert orphans == 0


@pytest.mark.parametrize("mode", [{}, BULK], ids=["default", "bulk"])
def test_a_customer_whose_email_changes_keeps_their_subject(shop_url: str, index: Index,
                                                            mode: dict[str, int]) -> None:
    engine = shop.build(shop_url)
    Linked(shop_url, index, **mode)
    before = membership(index)[("main.customers", "2")]
    with engine.begin() as conn:  # a new customer makes the table change; 2's e-mail changes
        conn.execute(shop.customers.insert().values(id=18, first_name="Léa", last_name="Neuve",
                                                    email="lea@example.com"))
        conn.execute(shop.customers.update().where(shop.customers.c.id == 2).values(
            email="bruno.new@example.com"))
    engine.dispose()
    Linked(shop_url, index, **mode)
    m = membership(index)
    assert m[("main.customers", "2")] == before
    assert queries.find_subject(index, shop.KEY, "bruno.new@example.com")["subject"] in before
    assert m[("main.customers", "18")] != before


def test_an_index_left_without_its_subject_indexes_gets_them_back(index_url: str) -> None:
    idx = Index(index_url)
    with idx.begin() as conn:
        for table in (inv.occurrences, inv.identifiers):
            for ix in table.indexes:
                ix.drop(conn)
    assert not subject_indexes(idx)
    idx.close()
    again = Index(index_url)
    assert subject_indexes(again) == {"ix_occurrences_subject", "ix_identifiers_subject"}
    again.close()


@pytest.mark.parametrize("drop", ["first_name", "email"], ids=["worker-read", "shared-count"])
def test_a_table_the_workers_cannot_read_is_one_failure_and_the_pass_goes_on(
        tmp_path: Path, index: Index, drop: str) -> None:
    """A column gone between discovery and linking: the workers fail reading it (first_name)
    or this process fails counting shared values while they wait (email)."""
    url = f"sqlite:///{tmp_path}/shop.db"
    shop.build(url).dispose()
    connector = SqlConnector(SourceConfig(name="shop", url=url))
    report = ScanReport()
    scan_id = index.begin_scan()
    containers = list(connector.discover(report))
    verdicts = {c.name: shop.verdicts_for(c) for c in containers}
    for c in containers:
        index.record_container(scan_id, "shop", url, c, verdicts[c.name])
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text(f"ALTER TABLE customers DROP COLUMN {drop}"))
    engine.dispose()
    link_source(index, shop.KEY, connector, containers, verdicts, report, scan_id,
                LinkOptions(region="FR", max_shared=3, **BULK))
    connector.close()
    [failure] = report.failures
    assert failure.place == "main.customers" and drop in failure.message
    assert failure.message.startswith("subject linking failed: ") and "\n" not in failure.message
    m = membership(index)
    assert ("main.newsletter", shop.hmac("prospect@example.org")) in m  # the rest is linked
    assert not any(c == "main.customers" for c, _ in m)
    assert subject_indexes(index) == {"ix_occurrences_subject", "ix_identifiers_subject"}
