"""Sources scanned by URL (no pdmap.yaml) are remembered by the index: `subjects find` and
`export` work without a config; a config source of the same name wins; a password in the
URL is never stored (export reads it from PDMAP_PASSWORD_<NAME>). Real CLI runs in empty
folders, a real SQLite shop and a real PostgreSQL server with password authentication."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from scanner.cli.main import main
from scanner.demo.estate import DEMO_PERSON, build_demo
from scanner.index.store import without_password
from tests.services.postgres import PostgresServer


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), env=env)
    return result.exit_code, result.output


def package_text(root: Path) -> str:
    """Every data file of a package (a folder), as one text."""
    return "\n".join(p.read_text() for p in sorted((root / "data").rglob("*.json")))


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo shop alone in a folder, scanned by URL once (`pdmap scan sqlite:///shop.db`,
    no pdmap.yaml); tests work on copies."""
    demo = build_demo(tmp_path_factory.mktemp("demo")).parent
    here = tmp_path_factory.mktemp("adhoc")
    shutil.copy(demo / "shop.db", here / "shop.db")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(here)
        code, out = run("scan", "sqlite:///shop.db", "--workers", "1")
    assert code == 0, out
    assert not (here / "pdmap.yaml").exists()
    return here


@pytest.fixture
def adhoc(scanned: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    shutil.copytree(scanned, tmp_path / "w")
    monkeypatch.chdir(tmp_path / "w")
    yield tmp_path / "w"


def test_an_adhoc_scan_is_found_and_exported_without_a_config(adhoc: Path) -> None:
    code, out = run("subjects", "find", DEMO_PERSON, "--format", "json")
    assert code == 0, out
    found = orjson.loads(out)
    assert found["subject"] is not None
    assert {o["source"] for o in found["occurrences"]} == {"sqlite-shop"}
    code, out = run("export", DEMO_PERSON, "-o", "p", "--format", "dir")
    assert code == 0, out
    manifest = orjson.loads((adhoc / "p" / "manifest.json").read_bytes())
    assert manifest["complete"] is True and manifest["missing_sources"] == []
    assert DEMO_PERSON in package_text(adhoc / "p")
    # the same after `pdmap init` (a config that lists no source of that name)
    code, out = run("init")
    assert code == 0, out
    code, out = run("export", DEMO_PERSON, "-o", "p.zip")
    assert code == 0, out
    assert (adhoc / "p.zip").is_file()


def test_the_remembered_url_is_absolute_so_export_works_from_elsewhere(
        scanned: Path, adhoc: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with sqlite3.connect(adhoc / ".pdmap" / "index.db") as con:
        [(url, kind, password)] = con.execute("SELECT url, kind, password FROM sources")
    # the folder the scan ran in (`adhoc` is a copy of it)
    assert url == f"sqlite:///{(scanned / 'shop.db').resolve()}"
    assert (kind, password) == ("sqlite", 0)
    elsewhere = adhoc.parent / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    code, out = run("export", DEMO_PERSON, "-o", "p", "--format", "dir",
                    "--index", f"sqlite:///{adhoc / '.pdmap' / 'index.db'}",
                    env={"PDMAP_KEY": (adhoc / ".pdmap" / "key").read_text().strip()})
    assert code == 0, out
    assert DEMO_PERSON in package_text(elsewhere / "p")


def test_a_config_source_of_the_same_name_wins(adhoc: Path) -> None:
    (adhoc / "other").mkdir()
    shutil.copy(adhoc / "shop.db", adhoc / "other" / "shop.db")
    with sqlite3.connect(adhoc / "other" / "shop.db") as con:
        con.execute("UPDATE customers SET first_name = 'Brunhilde' WHERE email = ?",
                    (DEMO_PERSON,))
    (adhoc / "pdmap.yaml").write_text(
        "sources:\n  - name: sqlite-shop\n    url: sqlite:///other/shop.db\n")
    code, out = run("export", DEMO_PERSON, "-o", "p", "--format", "dir")
    assert code == 0, out
    text = package_text(adhoc / "p")
    assert "Brunhilde" in text and '"Bruno"' not in text


def test_an_index_of_schema_4_is_upgraded_and_its_source_still_exported(adhoc: Path) -> None:
    """An index written before sources were remembered: URL masked, no kind nor options."""
    index = adhoc / ".pdmap" / "index.db"
    with sqlite3.connect(index) as con:
        for column in ("kind", "options", "password"):
            con.execute(f"ALTER TABLE sources DROP COLUMN {column}")
        con.execute("UPDATE pdmap_meta SET value = '4' WHERE key = 'schema'")
    # export reads an old index without upgrading it
    code, out = run("export", DEMO_PERSON, "-o", "p", "--format", "dir")
    assert code == 0, out
    # a reader that opens the Index upgrades it
    code, out = run("subjects", "find", DEMO_PERSON, "--format", "json")
    assert code == 0, out
    with sqlite3.connect(index) as con:
        assert con.execute("SELECT value FROM pdmap_meta WHERE key = 'schema'").fetchone() \
            == ("6",)
        assert con.execute("SELECT kind, password FROM sources").fetchall() == [("sqlite", 0)]


# -- a password in the URL ---------------------------------------------------------------------

PASSWORD = "Tr0ub4dor-and-3"


@pytest.fixture(scope="module")
def pg_with_password(postgres: PostgresServer) -> str:
    """A database readable by a role that must give its password (scram), whatever the
    server's trust rule for everyone else; its URL, password included."""
    import psycopg

    postgres.execute("DROP DATABASE IF EXISTS adhoc_pw", dbname="postgres")
    postgres.create_database("adhoc_pw")
    postgres.execute("DROP ROLE IF EXISTS pwreader", dbname="postgres")
    postgres.execute("SET password_encryption = 'scram-sha-256'; "
                     f"CREATE ROLE pwreader LOGIN PASSWORD '{PASSWORD}'", dbname="postgres")
    postgres.execute(
        "CREATE TABLE customers (id integer PRIMARY KEY, email text NOT NULL, "
        "full_name text NOT NULL)",
        "INSERT INTO customers SELECT n, 'client' || n || '@example.org', "
        "'Client Number' || n FROM generate_series(1, 30) AS n",
        "GRANT SELECT ON customers TO pwreader", dbname="adhoc_pw")
    with psycopg.connect(postgres._dsn("postgres"), autocommit=True) as conn:
        row = conn.execute("SHOW hba_file").fetchone()
        assert row is not None
        hba = Path(row[0])
        rule = "host all pwreader 127.0.0.1/32 scram-sha-256\n"
        text = hba.read_text()
        if rule not in text:
            hba.write_text(rule + text)  # the first matching rule decides
        conn.execute("SELECT pg_reload_conf()")
    return f"postgresql://pwreader:{PASSWORD}@{postgres.host}:{postgres.port}/adhoc_pw"


def test_a_password_in_the_url_is_never_stored_and_export_reads_it_from_the_environment(
        pg_with_password: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.chdir(tmp_path)
    var = "PDMAP_PASSWORD_" + "POSTGRESQL_127_0_0_1_ADHOC_PW"
    monkeypatch.delenv(var, raising=False)
    code, out = run("scan", pg_with_password, "--workers", "1")
    assert code == 0, out
    assert PASSWORD not in out + caplog.text
    # on a terminal: a line on stderr (logging); under pytest, its records
    assert f"not stored in the index; 'pdmap export' reads it from the environment " \
           f"variable {var}" in caplog.text
    for path in (tmp_path / ".pdmap").iterdir():  # the index, its WAL, the key
        assert PASSWORD.encode() not in path.read_bytes(), path
    with sqlite3.connect(tmp_path / ".pdmap" / "index.db") as con:
        [(url, password)] = con.execute("SELECT url, password FROM sources")
    assert url.startswith("postgresql://pwreader@127.0.0.1:") and password == 1

    # without the password the source cannot be read: the package says so (exit 3)
    code, out = run("export", "client7@example.org", "-o", "no", "--format", "dir")
    assert code == 3, out
    assert PASSWORD not in out
    missing = orjson.loads((tmp_path / "no" / "manifest.json").read_bytes())["missing_sources"]
    assert [m["name"] for m in missing] == ["postgresql-127.0.0.1-adhoc_pw"]
    code, out = run("export", "client7@example.org", "-o", "yes", "--format", "dir",
                    env={var: PASSWORD})
    assert code == 0, out
    assert "Client Number7" in package_text(tmp_path / "yes")
    assert PASSWORD not in (tmp_path / "yes" / "manifest.json").read_text()


def test_a_source_neither_the_config_nor_the_index_can_read_is_missing_with_the_reason(
        adhoc: Path) -> None:
    with sqlite3.connect(adhoc / ".pdmap" / "index.db") as con:  # options a newer pdmap wrote
        con.execute("""UPDATE sources SET options = '{"options": {"no_such_option": 1}}'""")
    code, out = run("export", DEMO_PERSON, "-o", "p", "--format", "dir")
    assert code == 3, out
    [missing] = orjson.loads((adhoc / "p" / "manifest.json").read_bytes())["missing_sources"]
    assert missing["name"] == "sqlite-shop"
    assert "nor the index says how to read it" in missing["reason"]


def test_an_adhoc_mailbox_by_a_relative_url_is_exported_from_another_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    demo = build_demo(tmp_path / "demo").parent
    here = tmp_path / "here"
    (here / "mail").mkdir(parents=True)
    shutil.copy(demo / "mail" / "support.mbox", here / "mail" / "support.mbox")
    monkeypatch.chdir(here)
    code, out = run("scan", "mbox://mail/support.mbox", "--workers", "1")
    assert code == 0, out
    with sqlite3.connect(here / ".pdmap" / "index.db") as con:
        [(url, kind)] = con.execute("SELECT url, kind FROM sources")
    assert (url, kind) == (f"mbox://{(here / 'mail' / 'support.mbox').resolve()}", "mbox")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    code, out = run("export", DEMO_PERSON, "-o", "p", "--format", "dir",
                    "--index", f"sqlite:///{here / '.pdmap' / 'index.db'}",
                    env={"PDMAP_KEY": (here / ".pdmap" / "key").read_text().strip()})
    assert code == 0, out
    manifest = orjson.loads((elsewhere / "p" / "manifest.json").read_bytes())
    assert manifest["complete"] is True and manifest["counts"]["messages"] > 0


def test_a_postgresql_index_of_schema_4_is_upgraded(postgres: PostgresServer) -> None:
    import sqlalchemy as sa

    from scanner.index.store import Index, remembered_sources

    postgres.execute("DROP DATABASE IF EXISTS adhoc_index4", dbname="postgres")
    url = postgres.create_database("adhoc_index4")
    Index(url).close()
    engine = sa.create_engine(url)
    with engine.begin() as conn:  # what schema 4 had: the URL, its password masked
        for column in ("kind", "options", "password"):
            conn.exec_driver_sql(f"ALTER TABLE sources DROP COLUMN {column}")
        conn.exec_driver_sql("UPDATE pdmap_meta SET value = '4' WHERE key = 'schema'")
        conn.exec_driver_sql("INSERT INTO sources (name, url) VALUES "
                             "('crm', 'postgresql://crm:***@crm.internal/crm')")
    index = Index(url)
    try:
        with index.connect() as conn:
            assert conn.exec_driver_sql("SELECT url, kind, password FROM sources").all() == [
                ("postgresql://crm@crm.internal/crm", "postgresql", True)]
            [crm] = remembered_sources(conn)
    finally:
        index.close()
        engine.dispose()
    assert (crm.name, crm.url) == ("crm", "postgresql://crm@crm.internal/crm")


@pytest.mark.parametrize(("url", "kept"), [
    ("postgresql://crm:s3cret@db/crm", "postgresql://crm@db/crm"),
    ("postgresql://crm@db/crm?sslmode=require&sslpassword=s3cret&x=1",
     "postgresql://crm@db/crm?sslmode=require&x=1"),
    ("s3://bucket?endpoint_url=http://h:8333&secret_key=s3cret", "s3://bucket?endpoint_url=http://h:8333"),
    ("mysql+pymysql://u:s3cret@h/d?password=s3cret", "mysql+pymysql://u@h/d"),
    ("imap://alice:s3cret@mail/INBOX?auth_token=s3cret", "imap://alice@mail/INBOX"),
])
def test_no_secret_of_a_url_is_remembered(url: str, kept: str) -> None:
    plain, had = without_password(url)
    assert plain == kept and had and "s3cret" not in plain
