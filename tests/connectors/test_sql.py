"""The SQL connector against real databases: SQLite here, PostgreSQL and MariaDB too."""

from __future__ import annotations

import random

import orjson
import pytest
import sqlalchemy as sa

from connectors.sql import SqlConnector
from connectors.sql_reflect import field_kind, normalize_url
from scanner.core.config import SourceConfig
from scanner.core.types import ContainerSchema, Locator, ScanReport
from tests.connectors import sql_estate


def connector(url: str, **options: object) -> SqlConnector:
    return SqlConnector(SourceConfig("db", url, options=dict(options)))


def containers(c: SqlConnector) -> dict[str, ContainerSchema]:
    report = ScanReport()
    found = {x.name.split(".", 1)[1]: x for x in c.discover(report)}
    assert report.failures == []
    return found


@pytest.fixture
def estate(sql_url: str) -> str:
    sql_estate.build(sql_url)
    return sql_url


def test_when_tables_have_awkward_names_then_they_are_reflected_with_keys(estate: str) -> None:
    found = containers(connector(estate))
    assert {"People Table", "visits", "empty_one", "no_key"} <= set(found)
    people = found["People Table"]
    assert people.primary_key == ("ID",)
    kinds = {f.name: f.kind for f in people.fields}
    assert kinds == {"ID": "integer", "full name": "text", 'we"ird': "text", "eMail": "text",
                     "photo": "binary", "prefs": "json", "balance": "decimal"}
    visits = found["visits"]
    assert visits.primary_key == ("person_id", "seq")
    [fk] = visits.foreign_keys
    assert fk.columns == ("person_id",) and fk.ref_container.endswith(".People Table")


def test_when_sampling_then_rows_are_bounded_and_nulls_and_blobs_come_through(estate: str) -> None:
    c = connector(estate)
    people = containers(c)["People Table"]
    rows = c.sample(people, 20)
    assert 0 < len(rows) <= 20
    assert len({r.locator.item for r in rows}) == len(rows)
    for r in rows:
        assert set(r.values) == {f.name for f in people.fields}
        (key, value), = r.locator.item
        assert key == "ID" and isinstance(value, int)
    assert any(r.values["photo"] is None for r in c.sample(people, 60))


def test_when_table_is_empty_then_sample_and_read_yield_nothing(estate: str) -> None:
    c = connector(estate)
    empty = containers(c)["empty_one"]
    assert c.sample(empty, 10) == []
    assert list(c.read(empty, ["note"])) == []


def test_when_reading_then_every_row_streams_once_across_pages(estate: str) -> None:
    c = connector(estate, page_size=7)
    found = containers(c)
    rows = list(c.read(found["People Table"], ["eMail"]))
    assert len(rows) == sql_estate.ROWS
    assert [dict(r.locator.item)["ID"] for r in rows] == list(range(1, sql_estate.ROWS + 1))
    visits = list(c.read(found["visits"], ["page"]))
    assert len(visits) == 120
    assert len({r.locator.item for r in visits}) == 120


@pytest.mark.parametrize("page_size", [1, 7, 10, 2000])
def test_when_a_table_is_read_in_key_ranges_then_together_they_read_each_row_once(
    estate: str, page_size: int,
) -> None:
    c = connector(estate, page_size=page_size)
    found = containers(c)
    for name, fields in (("People Table", ["eMail"]), ("visits", ["page"]),
                         ("empty_one", ["note"])):
        whole = [list(r) for p in c.read_pages(found[name], fields) for r in p]
        for every in (1, 2, 3, 1000):
            bounds = c.key_bounds(found[name], every)
            assert len(bounds) == len(whole) // every
            edges = [None, *bounds, None]
            parts = [[list(r) for p in c.read_pages(found[name], fields, lo, hi) for r in p]
                     for lo, hi in zip(edges, edges[1:], strict=False)]
            assert [len(p) for p in parts[:-1]] == [every] * len(bounds)
            assert [r for p in parts for r in p] == whole
    assert c.key_bounds(found["no_key"], 2) == []
    with pytest.raises(ValueError, match="no_key"):
        next(iter(c.read_pages(found["no_key"], ["label"], None, (1,))))
    c.close()


def test_when_table_has_no_primary_key_then_rows_are_still_located(estate: str) -> None:
    c = connector(estate)
    nokey = containers(c)["no_key"]
    rows = list(c.read(nokey, ["label"]))
    assert len(rows) == 5
    again = c.fetch(rows[3].locator)
    assert again is not None and again.values["label"] == rows[3].values["label"]


def test_when_fetching_a_row_then_current_values_come_back_or_none(estate: str) -> None:
    c = connector(estate)
    people = containers(c)["People Table"]
    row = next(iter(c.read(people, ["eMail"])))
    got = c.fetch(row.locator)
    assert got is not None and got.values["eMail"] == row.values["eMail"]
    engine = sa.create_engine(normalize_url(estate))
    with engine.begin() as conn:
        conn.execute(sa.text('DELETE FROM visits'))
        conn.execute(sa.table("People Table", sa.column("ID")).delete()
                     .where(sa.column("ID") == dict(row.locator.item)["ID"]))
    engine.dispose()
    assert c.fetch(row.locator) is None


def test_when_connected_then_the_source_cannot_be_written(estate: str) -> None:
    c = connector(estate)
    with pytest.raises(sa.exc.DBAPIError), c.engine.connect() as conn:
        conn.execute(sa.text("CREATE TABLE pdmap_should_not_exist (x INTEGER)"))
        conn.commit()


def test_when_include_and_exclude_globs_are_given_then_only_matching_tables_are_seen(
    estate: str,
) -> None:
    c = SqlConnector(SourceConfig("db", estate, include=("*.people*", "*.visits"),
                                  exclude=("*.visits",)))
    assert set(containers(c)) == {"People Table"}


@pytest.mark.parametrize(("sa_type", "kind"), [
    (sa.Integer(), "integer"), (sa.BigInteger(), "integer"), (sa.Numeric(10, 2), "decimal"),
    (sa.Float(), "float"), (sa.Boolean(), "boolean"), (sa.Date(), "date"),
    (sa.DateTime(), "datetime"), (sa.Text(), "text"), (sa.String(20), "text"),
    (sa.LargeBinary(), "binary"), (sa.JSON(), "json"), (sa.types.NullType(), "unknown"),
])
def test_types_map_to_field_kinds(sa_type: object, kind: str) -> None:
    assert field_kind(sa_type) == kind


def test_when_sqlite_file_is_missing_then_discovery_fails_instead_of_creating_it(
    tmp_path: object,
) -> None:
    path = f"{tmp_path}/missing.db"
    c = connector(f"sqlite:///{path}")
    with pytest.raises(sa.exc.OperationalError):
        list(c.discover(ScanReport()))
    import os

    assert not os.path.exists(path)


def test_when_fetching_without_discovery_then_only_that_table_is_reflected(estate: str) -> None:
    """An export fetches rows by locator from a connector that never ran discover()."""
    c = connector(estate)
    people = containers(c)["People Table"]
    row = next(iter(c.read(people, ["eMail"])))
    fresh = connector(estate)
    got = fresh.fetch(row.locator)
    assert got is not None and got.values["eMail"] == row.values["eMail"]
    assert list(fresh._tables) == [people.name]
    again = fresh.reflect_one(people.name)
    assert again is not None and again.primary_key == ("ID",)
    assert [f.name for f in again.fields] == [f.name for f in people.fields]
    gone = Locator(row.locator.source, people.name.rsplit(".", 1)[0] + ".no_such_table",
                   row.locator.item)
    assert fresh.fetch(gone) is None


def test_when_a_postgresql_table_is_large_then_tablesample_gives_distinct_rows(
    postgres: object,
) -> None:
    url = postgres.create_database("sampled")  # type: ignore[attr-defined]
    postgres.execute(  # type: ignore[attr-defined]
        "CREATE TABLE big (id int PRIMARY KEY, label text)",
        "INSERT INTO big SELECT g, 'label ' || g FROM generate_series(1, 5000) g",
        "ANALYZE big", dbname="sampled")
    c = connector(url)
    big = containers(c)["big"]
    assert big.row_estimate and big.row_estimate >= 5000  # so TABLESAMPLE is used
    statements: list[str] = []
    sa.event.listen(c.engine, "before_cursor_execute",
                    lambda *args: statements.append(args[2]))
    rows = c.sample(big, 40)
    assert any("TABLESAMPLE" in s for s in statements)
    assert len(rows) >= 20
    labels = [r.values["label"] for r in rows]
    assert len(set(labels)) == len(labels)
    assert all(r.values["label"] == f"label {dict(r.locator.item)['id']}" for r in rows)


def test_when_reading_groups_then_each_link_comes_once_with_its_keys_in_order(
    sql_url: str,
) -> None:
    md = sa.MetaData()
    log = sa.Table("Order Log", md,
                   sa.Column("Seq", sa.Integer, primary_key=True, autoincrement=False),
                   sa.Column("person ID", sa.Integer), sa.Column("note", sa.String(20)))
    rows = [(i, None if i % 7 == 0 else (i * 13) % 5) for i in range(1, 41)]
    random.Random(1).shuffle(rows)  # the database's order is not the keys'
    engine = sa.create_engine(sql_url)
    md.create_all(engine)
    with engine.begin() as conn:
        conn.execute(log.insert(), [{"Seq": i, "person ID": p, "note": "x"} for i, p in rows])
    engine.dispose()
    c = connector(sql_url, page_size=2)
    container = containers(c)["Order Log"]
    pages = list(c.read_groups(container, "Seq", "person ID"))
    assert all(0 < len(page) <= 2 for page in pages)
    want: dict[int, list[int]] = {}
    for i, p in sorted(rows):
        if p is not None:
            want.setdefault(p, []).append(i)
    got = [(link, keys) for page in pages for link, keys in page]
    assert [(link, orjson.loads(keys)) for link, keys in got] == sorted(want.items())
    assert all(" " not in keys for _, keys in got)  # compact: the index stores it as is
    assert c.count_nulls(container, "person ID") == 5
    c.close()


def test_when_a_group_outgrows_mariadb_group_concat_limit_then_it_comes_whole(
    mariadb: object,
) -> None:
    url = mariadb.create_database("groups")  # type: ignore[attr-defined]
    mariadb.execute(  # type: ignore[attr-defined]
        "CREATE TABLE `groups`.t (id int PRIMARY KEY, p int)",
        # "[1,2,...,200000]" is 1.3 MB; GROUP_CONCAT stops at 1 MB unless told otherwise
        "INSERT INTO `groups`.t SELECT seq, 1 FROM `groups`.seq_1_to_200000")
    c = connector(url)
    [[(link, keys)]] = list(c.read_groups(containers(c)["t"], "id", "p"))
    assert link == 1 and orjson.loads(keys) == list(range(1, 200001))
    c.close()


def test_a_sample_says_it_is_every_row_only_when_it_read_them_all(sql_url: str) -> None:
    """A verdict may rest on what no row holds (a notes column no row fills) only if the
    sample is the whole table. Fewer rows than asked is not enough: key seeks across a
    sparse key range return fewer rows than asked from a table that holds more."""
    md = sa.MetaData()
    small = sa.Table("small", md, sa.Column("id", sa.Integer, primary_key=True),
                     sa.Column("notes", sa.String(50)))
    sparse = sa.Table("sparse", md, sa.Column("id", sa.Integer, primary_key=True),
                      sa.Column("notes", sa.String(50)))
    engine = sa.create_engine(sql_url)
    md.create_all(engine)
    with engine.begin() as conn:
        conn.execute(small.insert(), [{"id": i, "notes": None} for i in range(1, 11)])
        conn.execute(sparse.insert(), [{"id": i * 1000, "notes": None} for i in range(1, 61)])
    engine.dispose()
    c = connector(sql_url)
    found = containers(c)
    rows, whole = c.sample_whole(found["small"], 50)
    assert len(rows) == 10 and whole
    rows, whole = c.sample_whole(found["sparse"], 50)
    assert len(rows) < 50 and not whole  # 60 rows; the seeks found fewer than asked
    assert c.sample(found["sparse"], 50) == rows
