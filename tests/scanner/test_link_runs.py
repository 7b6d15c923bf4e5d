"""Leaf pure children stored as runs (scanner/link/runs.py), on a small site whose truth is
known: accounts (the subjects), their visits (a leaf: runs), their sessions and the
sessions' events (sessions have a child: occurrences; events are a leaf: runs)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from scanner.core.types import ContainerSchema, FieldSchema, ForeignKey
from scanner.export.reader import IndexNotReady, IndexReader
from scanner.index import inventory as inv
from scanner.index import queries
from scanner.index.store import Index, IndexVersionError, meta
from scanner.link.plan import runs_eligible as eligible
from scanner.link.sql import Plan, plan_source
from tests.scanner import shop
from tests.scanner.shop import Linked, membership, runs_of

CATEGORIES = {"email": "contact.email", "account_id": "identity.account_id",
              "ip": "online.ip_address", "full_name": "identity.name"}
md = sa.MetaData()
accounts = sa.Table(
    "accounts", md, sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("email", sa.String(100)))
visits = sa.Table(
    "visits", md, sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("account_id", sa.Integer, sa.ForeignKey("accounts.id")),
    sa.Column("ip", sa.String(40)), sa.Column("page", sa.String(100)))
sessions = sa.Table(
    "sessions", md, sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("account_id", sa.Integer, sa.ForeignKey("accounts.id"), nullable=False))
events = sa.Table(
    "events", md, sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("session_id", sa.Integer, sa.ForeignKey("sessions.id"), nullable=False),
    sa.Column("kind", sa.String(20)))

# Account 0 has no subject: its e-mail is garbage and a zero key is no account key.
ACCOUNTS = [(0, "n/a"), (1, "ann@example.com"), (2, "bob@example.com"), (3, "cy@example.com")]
# id -> account: 13 has none, 14 the account without a subject.
VISITS = {10: 1, 11: 2, 12: 1, 13: None, 14: 0, 15: 1, 16: 3}
SESSIONS = {100: 1, 101: 2}
EVENTS = {1000: 100, 1001: 100, 1002: 101}
OWNER = {1: "ann@example.com", 2: "bob@example.com", 3: "cy@example.com"}


def build(url: str) -> sa.Engine:
    engine = sa.create_engine(url)
    md.drop_all(engine)
    md.create_all(engine)
    with engine.begin() as conn:
        conn.execute(accounts.insert(), [{"id": i, "email": e} for i, e in ACCOUNTS])
        conn.execute(visits.insert(), [{"id": v, "account_id": a, "ip": "192.0.2.1",
                                        "page": "/"} for v, a in VISITS.items()])
        conn.execute(sessions.insert(), [{"id": s, "account_id": a}
                                         for s, a in SESSIONS.items()])
        conn.execute(events.insert(), [{"id": e, "session_id": s, "kind": "click"}
                                       for e, s in EVENTS.items()])
    return engine


@pytest.fixture
def index(index_url: str) -> Any:
    idx = Index(index_url)
    yield idx
    idx.close()


def link(url: str, index: Index, categories: dict[str, str] = CATEGORIES) -> Linked:
    return Linked(url, index, categories=categories, name="site")


def subject_of(index: Index, email: str) -> int:
    found = queries.find_subject(index, shop.KEY, email)["subject"]
    assert found is not None
    return int(found)


def expected(index: Index) -> dict[tuple[str, str], set[int]]:
    who = {a: subject_of(index, e) for a, e in OWNER.items()}
    out = {("main.accounts", str(a)): {who[a]} for a in OWNER}
    out |= {("main.visits", str(v)): {who[a]} for v, a in VISITS.items() if a in who}
    out |= {("main.sessions", str(s)): {who[a]} for s, a in SESSIONS.items()}
    out |= {("main.events", str(e)): {who[SESSIONS[s]]} for e, s in EVENTS.items()}
    return out


# -- which containers are stored as runs --------------------------------------------------------


def _table(name: str, *cols: tuple[str, str], key: tuple[str, ...] = ("id",),
           fks: tuple[ForeignKey, ...] = ()) -> ContainerSchema:
    return ContainerSchema("s", f"main.{name}", tuple(
        FieldSchema(c, kind, primary_key=c in key) for c, kind in cols), key, fks)


def _fk(column: str, parent: str, key: str = "id") -> ForeignKey:
    return ForeignKey((column,), f"main.{parent}", (key,))


def _plans(*tables: ContainerSchema, categories: dict[str, str] = CATEGORIES) -> dict[str, Plan]:
    verdicts = {t.name: shop.verdicts_for(t, categories) for t in tables}
    return {p.container.name.split(".")[1]: p for p in plan_source(list(tables), verdicts)}


PEOPLE = _table("accounts", ("id", "integer"), ("email", "text"))


def test_a_leaf_child_linked_by_one_integer_key_is_stored_as_runs() -> None:
    plans = _plans(PEOPLE, _table("visits", ("id", "integer"), ("account_id", "integer"),
                                  ("ip", "text"), fks=(_fk("account_id", "accounts"),)))
    assert plans["visits"].runs and not plans["accounts"].runs


def test_a_child_with_a_child_of_its_own_keeps_occurrences_and_its_child_takes_runs() -> None:
    plans = _plans(PEOPLE, _table("sessions", ("id", "integer"), ("account_id", "integer"),
                                  fks=(_fk("account_id", "accounts"),)),
                   _table("events", ("id", "integer"), ("session_id", "integer"),
                          fks=(_fk("session_id", "sessions"),)))
    assert not plans["sessions"].runs and plans["events"].runs


@pytest.mark.parametrize("child", [
    # a key of two columns
    _table("lines", ("order_id", "integer"), ("n", "integer"), ("account_id", "integer"),
           key=("order_id", "n"), fks=(_fk("account_id", "accounts"),)),
    # a text key; no key at all (read by rowid or ctid)
    _table("notes", ("id", "text"), ("account_id", "integer"),
           fks=(_fk("account_id", "accounts"),)),
    _table("logs", ("account_id", "integer"), key=(), fks=(_fk("account_id", "accounts"),)),
    # a text link
    _table("tags", ("id", "integer"), ("account_id", "text"), fks=(_fk("account_id", "accounts"),)),
    # identifiers or a name of its own
    _table("visits", ("id", "integer"), ("account_id", "integer"), ("email", "text"),
           fks=(_fk("account_id", "accounts"),)),
    _table("visits", ("id", "integer"), ("account_id", "integer"), ("full_name", "text"),
           fks=(_fk("account_id", "accounts"),)),
])
def test_other_children_keep_occurrences(child: ContainerSchema) -> None:
    name = child.name.split(".")[1]
    sessions = _table("sessions", ("id", "integer"), ("account_id", "integer"),
                      fks=(_fk("account_id", "accounts"),))
    assert not _plans(PEOPLE, sessions, child)[name].runs


def test_two_links_to_people_take_one_owner_and_the_other_is_a_reference() -> None:
    """A transfer from an account to another: the owner by its column's name, the other
    account a reference (never a second owner, which would hand the row to both)."""
    plans = _plans(PEOPLE, _table("transfers", ("id", "integer"), ("account_id", "integer"),
                                  ("other_id", "integer"),
                                  fks=(_fk("account_id", "accounts"), _fk("other_id", "accounts"))))
    transfers = plans["transfers"]
    assert transfers.role == "own" and [p.columns for p in transfers.parents] == [("account_id",)]
    assert [p.columns for p in transfers.references] == [("other_id",)]


def test_a_parent_with_a_text_or_personal_key_keeps_its_children_occurrences() -> None:
    text_key = _table("accounts", ("id", "text"), ("email", "text"))
    child = _table("visits", ("id", "integer"), ("account_id", "integer"),
                   fks=(_fk("account_id", "accounts"),))
    assert not _plans(text_key, child)["visits"].runs
    # An integer key that is personal data is stored as its digest: no runs hang from it.
    citizens = _table("citizens", ("nir", "integer"), ("email", "text"), key=("nir",))
    claims = _table("claims", ("id", "integer"), ("nir", "integer"),
                    fks=(_fk("nir", "citizens", "nir"),))
    plans = _plans(citizens, claims, categories={**CATEGORIES, "nir": "government.national_id"})
    assert plans["citizens"].hashed == ("nir",) and not plans["claims"].runs


def test_eligible_is_false_for_a_container_something_links_to() -> None:
    plans = _plans(PEOPLE, _table("visits", ("id", "integer"), ("account_id", "integer"),
                                  fks=(_fk("account_id", "accounts"),)))
    assert eligible(plans["visits"], PEOPLE, leaf=True)
    assert not eligible(plans["visits"], PEOPLE, leaf=False)
    assert not eligible(plans["visits"], None, leaf=True)


# -- on real databases -------------------------------------------------------------------------


def test_runs_hold_the_rows_of_leaf_children_only(shop_url: str, index: Index) -> None:
    build(shop_url).dispose()
    linked = link(shop_url, index)
    assert runs_of(index, "visits") == 3 and runs_of(index, "events") == 2
    assert runs_of(index, "sessions") == 0 and runs_of(index, "accounts") == 0
    assert linked.report.counters["child_runs"] == 5
    assert membership(index) == expected(index)


def test_find_lists_every_row_of_a_run_with_its_key_and_categories(shop_url: str,
                                                                   index: Index) -> None:
    build(shop_url).dispose()
    link(shop_url, index)
    found = shop.with_main(queries.find_subject(index, shop.KEY, "ann@example.com"))
    places = [(o["container"], o["item"]) for o in found["occurrences"]]
    assert places == [("main.accounts", {"id": 1}), ("main.events", {"id": 1000}),
                      ("main.events", {"id": 1001}), ("main.sessions", {"id": 100}),
                      ("main.visits", {"id": 10}), ("main.visits", {"id": 12}),
                      ("main.visits", {"id": 15})]
    visit = next(o for o in found["occurrences"] if o["container"] == "main.visits")
    assert visit == {"source": "site", "container": "main.visits", "item": {"id": 10},
                     "categories": ["identity.account_id", "online.ip_address"], "role": "own"}


def test_stats_count_each_row_of_a_run(shop_url: str, index: Index) -> None:
    build(shop_url).dispose()
    link(shop_url, index)
    stats = queries.inventory_stats(index)
    assert stats["sources"] == [{"source": "site", "rows": 3 + 5 + 2 + 3, "subjects": 3}]
    cats = {c["category"]: c for c in stats["categories"]}
    assert cats["online.ip_address"] == {"source": "site", "category": "online.ip_address",
                                         "rows": 5, "containers": 1}
    # visits, sessions (their link) and events (their link's category: none)
    assert cats["identity.account_id"]["rows"] == 5 + 2


def test_a_null_link_and_a_parent_without_subject_leave_rows_unlinked(shop_url: str,
                                                                     index: Index) -> None:
    build(shop_url).dispose()
    counters = link(shop_url, index).report.counters
    m = membership(index)
    assert ("main.visits", "13") not in m and ("main.visits", "14") not in m
    # account 0, visit 13 (no account), visit 14 (account 0)
    assert counters["rows_unlinked"] == 3
    assert counters["subject_rows"] == len(ACCOUNTS) + len(VISITS) + len(SESSIONS) + len(EVENTS)
    assert counters["subject_occurrences"] == 3 + 5 + 2 + 3


def test_a_changed_child_is_streamed_again_and_its_runs_replaced(shop_url: str,
                                                                index: Index) -> None:
    engine = build(shop_url)
    link(shop_url, index)
    with engine.begin() as conn:
        conn.execute(visits.insert().values(id=17, account_id=2, ip="192.0.2.9"))
        conn.execute(visits.insert().values(id=18, account_id=3, ip="192.0.2.9"))
        conn.execute(visits.delete().where(visits.c.id.in_([12, 16])))
        conn.execute(events.delete().where(events.c.id == 1002))
    engine.dispose()
    again = link(shop_url, index).report.counters
    assert again["containers_linked"] == 2 and again["containers_link_unchanged"] == 2
    assert again["subject_rows"] == 7 + 2  # visits, then events
    m = membership(index)
    bob, cy = subject_of(index, "bob@example.com"), subject_of(index, "cy@example.com")
    assert m[("main.visits", "17")] == {bob} and m[("main.visits", "18")] == {cy}
    assert ("main.visits", "12") not in m and ("main.visits", "16") not in m
    assert ("main.events", "1002") not in m
    assert runs_of(index, "visits") == 3 and runs_of(index, "events") == 1


def test_a_container_no_longer_linked_loses_its_runs(shop_url: str, index: Index) -> None:
    build(shop_url).dispose()
    link(shop_url, index)
    assert runs_of(index, "visits") == 3
    link(shop_url, index, categories={})  # nothing personal: nothing is linked
    assert runs_of(index, "visits") == runs_of(index, "events") == 0
    with index.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(inv.run_parents)) \
            .scalar_one() == 0
    assert membership(index) == {}


def test_a_merge_of_the_parents_subjects_carries_the_runs(shop_url: str, index: Index) -> None:
    build(shop_url).dispose()
    link(shop_url, index)
    ann, bob = subject_of(index, "ann@example.com"), subject_of(index, "bob@example.com")
    with index.begin() as conn:
        inv.merge_subjects(conn, ann, bob)
    items = {(o["container"].split(".")[1], o["item"]["id"])
             for o in queries.subject_occurrences(index, ann)}
    assert {("visits", 11), ("events", 1002), ("visits", 10)} <= items


def test_the_export_reader_lists_each_row_of_a_run(shop_url: str, index: Index,
                                                   index_url: str) -> None:
    build(shop_url).dispose()
    link(shop_url, index)
    with IndexReader(index_url, shop.KEY) as reader:
        [ann] = reader.resolve_all("ann@example.com", None)
        rows = [(o.container.split(".")[1], o.item, o.categories)
                for o in reader.occurrences(ann)]
    assert ("visits", {"id": 15}, ("identity.account_id", "online.ip_address")) in rows
    assert sorted(i["id"] for c, i, _ in rows if c == "visits") == [10, 12, 15]
    assert sorted(i["id"] for c, i, _ in rows if c == "events") == [1000, 1001]


def test_an_index_older_than_roles_is_refused_by_export_and_upgraded_by_a_scan(
        tmp_path: Path) -> None:
    """Version 2 had no runs tables and no occurrence roles: an export refuses it (without
    roles, a reference and another person's row look alike), a scan upgrades it."""
    url = f"sqlite:///{tmp_path}/old.db"
    Index(url).close()
    engine = sa.create_engine(url)
    with engine.begin() as conn:  # what version 2 had
        conn.execute(sa.text("DROP TABLE child_runs"))
        conn.execute(sa.text("DROP TABLE run_parents"))
        conn.execute(sa.text("ALTER TABLE occurrences DROP COLUMN role"))
        conn.execute(sa.text("ALTER TABLE occurrences DROP COLUMN fields"))
        conn.execute(meta.update().where(meta.c.key == "schema").values(value="2"))
    with pytest.raises(IndexNotReady, match="older pdmap.*scan"):
        IndexReader(url, shop.KEY)
    assert not sa.inspect(engine).has_table("child_runs")  # an export creates no table
    Index(url).close()
    assert sa.inspect(engine).has_table("child_runs")
    assert {"role", "fields"} <= {c["name"] for c in sa.inspect(engine).get_columns(
        "occurrences")}
    with engine.connect() as conn:
        assert conn.execute(sa.select(meta.c.value).where(meta.c.key == "schema")) \
            .scalar_one() == "6"  # the current SCHEMA_VERSION
    with IndexReader(url, shop.KEY) as reader:
        assert list(reader.occurrences(1)) == []
    engine.dispose()


def test_an_index_of_an_unknown_version_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/new.db"
    Index(url).close()
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(meta.update().where(meta.c.key == "schema").values(value="99"))
    engine.dispose()
    with pytest.raises(IndexVersionError, match="version 99.*scan again"):
        Index(url)


def test_runs_on_a_postgresql_index(postgres: Any, tmp_path: Path) -> None:
    source = f"sqlite:///{tmp_path}/site.db"
    build(source).dispose()
    index = Index(postgres.create_database("runs_index"))
    counters = link(source, index).report.counters
    assert counters["rows_unlinked"] == 3 and counters["subject_occurrences"] == 13
    assert runs_of(index, "visits") == 3
    assert membership(index) == expected(index)
    ann = subject_of(index, "ann@example.com")
    assert [o["item"]["id"] for o in queries.subject_occurrences(index, ann)
            if o["container"].endswith(".visits")] == [10, 12, 15]
    assert queries.inventory_stats(index)["sources"][0]["rows"] == 13
    index.close()


def test_a_sqlite_link_that_is_not_an_integer_is_unlinked(tmp_path: Path,
                                                          index: Index) -> None:
    source = f"sqlite:///{tmp_path}/site.db"
    engine = build(source)
    with engine.begin() as conn:  # SQLite keeps text that is not a number as text
        conn.execute(sa.text("INSERT INTO visits (id, account_id) VALUES (20, 'x1')"))
    engine.dispose()
    counters = link(source, index).report.counters
    assert counters["rows_unlinked"] == 3 + 1
    m = membership(index)
    assert ("main.visits", "20") not in m and m == expected(index)
    assert runs_of(index, "visits") == 3
