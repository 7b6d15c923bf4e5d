"""Fault injection (issue 13, part 8): `pdmap scan` and `pdmap export` are real processes,
killed with SIGKILL at several points of a first scan, of an incremental re-scan and of an
export. After each kill, what `subjects find` and `export` say of known people is either
the right answer or says that the index is incomplete (exit 3), never a wrong answer with
exit 0; an index killed during a re-scan answers as it did before it for every person the
re-scan did not change; and the scan that follows resumes, giving an index identical
(compared canonically: subjects by their identifiers) to a clean scan's.

The kill points are found by watching the index the scan writes (a reader never blocks
the writer in SQLite's WAL mode): while fields are classified, once the link pass has
committed its first container (its journal appears), and while the largest table streams.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from scanner.cli.main import main
from tests.scanner.index_facts import canonical, query

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = 20000  # the customers table streams for about a second
ORDERS_EACH = 4
COLUMNS = 24  # of the six tables
FIRSTS = ["Anna", "Bruno", "Chloé", "David", "Emma", "Farid", "Giulia", "Hugo", "Inès", "Jules"]
LASTS = ["Martin", "Bernard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent"]
WATCHED = [1, 2, 777, 2999, 4321, PEOPLE]  # customers whose answers are checked


def email(i: int) -> str:
    return f"{FIRSTS[i % 10].lower()}.{LASTS[i % 8].lower()}{i}@mail.example"


def build(path: Path, people: int = PEOPLE, orders_each: int = ORDERS_EACH) -> None:
    """A shop: customers (e-mail, phone, name), their addresses and orders, newsletter
    sign-ups by e-mail, support tickets naming an agent (a reference)."""
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE agents (id INTEGER PRIMARY KEY, full_name TEXT, email TEXT);
        CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL, phone TEXT,
                                full_name TEXT, created_at TEXT);
        CREATE TABLE addresses (id INTEGER PRIMARY KEY,
                                customer_id INTEGER REFERENCES customers(id),
                                street TEXT, city TEXT, postcode TEXT);
        CREATE TABLE orders (id INTEGER PRIMARY KEY,
                             customer_id INTEGER NOT NULL REFERENCES customers(id),
                             total_cents INTEGER, placed_at TEXT);
        CREATE TABLE newsletter (id INTEGER PRIMARY KEY, email TEXT NOT NULL, joined TEXT);
        CREATE TABLE tickets (id INTEGER PRIMARY KEY,
                              customer_id INTEGER REFERENCES customers(id),
                              agent_id INTEGER REFERENCES agents(id), subject TEXT);
    """)
    db.executemany("INSERT INTO agents VALUES (?, ?, ?)", [
        (a, f"Agent {LASTS[a % 8]}", f"agent{a}@shop.example") for a in range(1, 21)])
    db.executemany("INSERT INTO customers VALUES (?, ?, ?, ?, ?)", [
        (i, email(i), f"+33 6 {i // 10000 % 100:02d} {i // 100 % 100:02d} {i % 100:02d} 1{i % 10}",
         f"{FIRSTS[i % 10]} {LASTS[i % 8]}", f"2024-0{1 + i % 9}-1{i % 10}")
        for i in range(1, people + 1)])
    db.executemany("INSERT INTO addresses VALUES (?, ?, ?, ?, ?)", [
        (i, i, f"{i % 200 + 1} rue des Lilas", "Lyon", f"690{i % 10:02d}")
        for i in range(1, people + 1)])
    db.executemany("INSERT INTO orders VALUES (?, ?, ?, ?)", [
        (n, n % people + 1, 1000 + n % 9000, f"2025-0{1 + n % 9}-2{n % 10}")
        for n in range(1, people * orders_each + 1)])
    db.executemany("INSERT INTO newsletter VALUES (?, ?, ?)", [
        (i, email(i * 3), "2024-05-01") for i in range(1, people // 3 + 1)])
    db.executemany("INSERT INTO tickets VALUES (?, ?, ?, ?)", [
        (t, t * 2, t % 20 + 1, "late delivery") for t in range(1, people // 2 + 1)])
    db.commit()
    db.close()


def add_customer(path: Path, people: int = PEOPLE, orders_each: int = ORDERS_EACH) -> str:
    """The incremental change: one new customer with one order."""
    db = sqlite3.connect(path)
    i = people + 1
    db.execute("INSERT INTO customers VALUES (?, ?, '+33 6 99 99 99 19', 'Zoé Roux', "
               "'2025-11-30')", (i, email(i)))
    db.execute("INSERT INTO orders VALUES (?, ?, 4200, '2025-11-30')",
               (people * orders_each + 1, i))
    db.commit()
    db.close()
    return email(i)


def setup(folder: Path, people: int = PEOPLE, orders_each: int = ORDERS_EACH) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    build(folder / "shop.db", people, orders_each)
    config = folder / "pdmap.yaml"
    config.write_text("index: sqlite:///.pdmap/index.db\nkey_file: .pdmap/key\n"
                      "sources:\n  - name: shop\n    url: sqlite:///shop.db\n")
    return config


def share_key(clean: Path, folder: Path) -> None:
    """The same key in both installations: their digests compare."""
    (folder / ".pdmap").mkdir(exist_ok=True)
    key = (clean / ".pdmap" / "key").read_bytes()
    (folder / ".pdmap" / "key").write_bytes(key)
    (folder / ".pdmap" / "key").chmod(0o600)


def cli(config: Path, *args: str) -> Any:
    return CliRunner().invoke(main, ["-c", str(config), *args])


def start(config: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "scanner", "-c", str(config), *args],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})


def index_path(config: Path) -> Path:
    return config.parent / ".pdmap" / "index.db"


def kill_when(proc: subprocess.Popen[str], ready: Callable[[], bool], delay: float = 0.0,
              timeout: float = 120, every: float = 0.02) -> bool:
    """SIGKILL the process once `ready()` (then `delay` seconds); False if it ended first."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            return False
        if ready():
            time.sleep(delay)
            if proc.poll() is not None:
                return False
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(every)
    proc.kill()
    raise AssertionError("the kill point was never reached")


def classifying(db: Path) -> Callable[[], bool]:
    return lambda: bool(query(db, "SELECT 1 FROM fields LIMIT 1"))


def linking(db: Path) -> Callable[[], bool]:
    return lambda: bool(query(db, "SELECT 1 FROM link_journal"))


def classified(db: Path) -> Callable[[], bool]:
    """Every field of this scan has its verdict: the link pass starts, with the customers
    table (a kill `STREAMING` seconds later lands while it streams: its rows are written in
    one transaction, which no reader sees before it commits)."""
    return lambda: bool(query(
        db, f"SELECT 1 FROM scans s WHERE s.id = (SELECT max(id) FROM scans) AND s.status = "
            f"'running' AND (SELECT count(*) FROM verdicts v WHERE v.scan_id = s.id) >= "
            f"{COLUMNS}"))


STREAMING = 0.4


def answers(config: Path, who: str) -> tuple[int, Any]:
    """`subjects find --format json`: exit code and the rows it names, canonical."""
    r = cli(config, "subjects", "find", who, "--format", "json")
    assert r.exit_code in (0, 3), r.output
    assert "Traceback" not in r.output
    data = json.loads(r.stdout)
    rows = sorted(json.dumps({k: v for k, v in o.items() if k not in ("scan_id", "subject")},
                             sort_keys=True)
                  for o in data.get("occurrences") or [])
    return r.exit_code, rows


def statuses(db: Path | str) -> list[str]:
    return [r[0] for r in query(db, "SELECT status FROM scans ORDER BY id")]


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A clean first scan and a clean re-scan after the change, and their answers."""
    folder = tmp_path_factory.mktemp("clean")
    config = setup(folder)
    assert cli(config, "scan").exit_code == 0
    first = {email(i): answers(config, email(i)) for i in WATCHED}
    first_index = canonical(index_path(config))
    new = add_customer(folder / "shop.db")
    assert cli(config, "scan").exit_code == 0
    second = {who: answers(config, who) for who in [*first, new]}
    return {"folder": folder, "first": first, "first_index": first_index, "new": new,
            "second": second, "second_index": canonical(index_path(config))}


def fresh(tmp_path: Path, clean: dict[str, Any], name: str) -> Path:
    config = setup(tmp_path / name)
    share_key(clean["folder"], config.parent)
    return config


def assert_incomplete_or_right(config: Path, right: dict[str, tuple[int, Any]]) -> None:
    """After a kill: an answer is right, or exit 3 with a subset of the right rows."""
    for who, (_, rows) in right.items():
        code, got = answers(config, who)
        assert code == 3, f"{who}: a killed scan must make find exit 3"
        assert set(got) <= set(rows), f"{who}: rows that are not theirs after a kill"


@pytest.mark.parametrize("point", ["classifying", "linking", "streaming"])
def test_a_first_scan_killed_anywhere_never_answers_wrong_and_resumes_to_a_clean_index(
        tmp_path: Path, clean: dict[str, Any], point: str) -> None:
    config = fresh(tmp_path, clean, point)
    db = index_path(config)
    ready = {"classifying": classifying(db), "linking": linking(db),
             "streaming": classified(db)}[point]
    proc = start(config, "scan")
    assert kill_when(proc, ready, STREAMING if point == "streaming" else 0), \
        "the scan ended before the kill point"
    assert_incomplete_or_right(config, clean["first"])
    assert cli(config, "subjects", "stats").exit_code == 3
    checked = cli(config, "index", "check")
    assert checked.exit_code == 3 and "did not finish" in checked.output
    found = json.loads(cli(config, "subjects", "find", email(1), "--format", "json").stdout)
    if point != "classifying":  # NOTE: the source is on record once its fields are
        assert [(a["source"], a["scan_id"], a["unfinished_scan_id"]) for a in
                found["as_of"]] == [("shop", None, 1)]
    if point == "linking":
        assert "the link pass of shop did not finish" in checked.output
    resumed = cli(config, "scan")
    assert resumed.exit_code == 0, resumed.output
    assert statuses(db) == ["interrupted", "ok"]
    assert canonical(db) == clean["first_index"]
    for who, right in clean["first"].items():
        assert answers(config, who) == right


@pytest.mark.parametrize("point", ["linking", "streaming"])
def test_a_rescan_killed_anywhere_leaves_the_answers_of_before(
        tmp_path: Path, clean: dict[str, Any], point: str) -> None:
    config = fresh(tmp_path, clean, point)
    db = index_path(config)
    assert cli(config, "scan").exit_code == 0
    new = add_customer(config.parent / "shop.db")
    # NOTE: the new customer's order changes the orders table: customers, orders and what
    # hangs off customers are streamed again; the kill lands while they are.
    ready = {"linking": linking(db), "streaming": classified(db)}[point]
    proc = start(config, "scan")
    assert kill_when(proc, ready, STREAMING if point == "streaming" else 0), \
        "the scan ended before the kill point"
    for who, (_, rows) in clean["first"].items():
        code, got = answers(config, who)
        assert code == 3
        # Everything the re-scan had not committed answers as before; what it had (a whole
        # container, in one transaction) answers as after it.
        assert set(got) <= set(rows) | set(clean["second"][who][1])
        assert set(rows) & set(clean["second"][who][1]) <= set(got), \
            f"{who}: rows lost by a killed re-scan"
    code, got = answers(config, new)
    assert code == 3 and set(got) <= set(clean["second"][new][1])
    assert cli(config, "scan").exit_code == 0
    assert statuses(db) == ["ok", "interrupted", "ok"]
    assert canonical(db) == clean["second_index"]


def test_an_export_killed_half_way_leaves_no_package_and_the_next_one_cleans_up(
        tmp_path: Path, clean: dict[str, Any]) -> None:
    config = fresh(tmp_path, clean, "export")
    assert cli(config, "scan").exit_code == 0
    out = tmp_path / "packages" / "out.zip"
    out.parent.mkdir()
    who = email(2)
    for _attempt in range(3):  # NOTE: a fast machine may finish before the kill lands
        proc = start(config, "export", who, "-o", str(out))
        # Killed once its temporary package exists, before it is moved into place.
        if kill_when(proc, lambda: any(p.name.startswith(".pdmap-tmp-")
                                       for p in out.parent.iterdir()), every=0.002):
            break
        out.unlink()
    else:
        raise AssertionError("the export ended three times before the kill point")
    assert not out.exists(), "a killed export left a package that looks complete"
    done = cli(config, "export", who, "-o", str(out))
    assert done.exit_code == 0, done.output
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".pdmap-tmp-")]
    with zipfile.ZipFile(out) as z:
        manifest = json.loads(z.read("manifest.json"))
    assert manifest["complete"] is True


def test_a_rescan_whose_source_fails_half_way_through_a_table_keeps_its_answers(
        tmp_path: Path, clean: dict[str, Any]) -> None:
    """A fault of the source, not of pdmap: one customer's e-mail is not valid UTF-8, and
    SQLite fails on that row while the re-scan streams the customers. The table's old
    occurrences stay (the failure rolls its transaction back) and every answer about a
    person is the one of before; the failure is recorded and the scan is partial."""
    config = fresh(tmp_path, clean, "source-fault")
    assert cli(config, "scan").exit_code == 0
    add_customer(config.parent / "shop.db")
    db = sqlite3.connect(config.parent / "shop.db")
    db.execute("UPDATE customers SET email = CAST(x'6a65616ee92e666f6f40782e6578616d706c65' "
               "AS TEXT) WHERE id = ?", (PEOPLE * 3 // 4,))
    db.commit()
    db.close()
    result = cli(config, "scan")
    assert result.exit_code == 3, result.output
    failures = query(index_path(config), "SELECT place, message FROM failures")
    assert [p for p, m in failures if "subject linking failed" in m] == ["main.customers"]
    assert "jean" not in str(failures).lower()  # no raw value in the message
    for who, right in clean["first"].items():
        if who != email(PEOPLE * 3 // 4):
            # the same rows, and exit 3: the last scan is partial, and find says so
            assert answers(config, who) == (3, right[1]), \
                f"{who}: answers changed by a failed table"


def test_two_scans_at_once_the_second_is_refused_and_the_first_finishes(
        tmp_path: Path, clean: dict[str, Any]) -> None:
    config = fresh(tmp_path, clean, "two")
    db = index_path(config)
    first = start(config, "scan")
    end = time.monotonic() + 120
    while not classifying(db)() and first.poll() is None and time.monotonic() < end:
        time.sleep(0.02)
    second = cli(config, "scan")
    assert second.exit_code == 2, second.output
    assert "another pdmap scan is writing to the index" in second.output
    assert first.wait(timeout=300) == 0
    assert statuses(db) == ["ok"]
    assert canonical(db) == clean["first_index"]


def test_an_interrupted_scan_exits_130_is_recorded_interrupted_and_resumes(
        tmp_path: Path, clean: dict[str, Any]) -> None:
    """Ctrl-C (SIGINT) while the customers stream: the container's transaction rolls back,
    the scan is recorded `interrupted` (never `ok`), and the next scan finishes the job."""
    config = fresh(tmp_path, clean, "sigint")
    db = index_path(config)
    proc = start(config, "scan")
    ready = classified(db)
    end = time.monotonic() + 120
    while not ready() and proc.poll() is None and time.monotonic() < end:
        time.sleep(0.02)
    time.sleep(STREAMING)
    assert proc.poll() is None, "the scan ended before the interrupt"
    os.kill(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "pdmap: interrupted" in err and "Traceback" not in err
    assert statuses(db) == ["interrupted"]
    assert_incomplete_or_right(config, clean["first"])
    assert cli(config, "scan").exit_code == 0
    assert canonical(db) == clean["first_index"]


def test_a_rescan_killed_with_a_postgresql_index_leaves_the_answers_of_before(
        tmp_path: Path, clean: dict[str, Any], postgres: Any) -> None:
    """The same on an index in PostgreSQL: a container's transaction, and the journal, are
    the server's."""
    url = postgres.create_database("killed_index")
    config = fresh(tmp_path, clean, "pg")
    config.write_text(config.read_text().replace("sqlite:///.pdmap/index.db", url))
    assert cli(config, "scan").exit_code == 0
    assert canonical(url) == clean["first_index"]
    new = add_customer(config.parent / "shop.db")
    proc = start(config, "scan")
    assert kill_when(proc, lambda: bool(query(url, "SELECT 1 FROM link_journal")))
    for who, (_, rows) in clean["first"].items():
        code, got = answers(config, who)
        assert code == 3
        assert set(got) <= set(rows) | set(clean["second"][who][1])
        assert set(rows) & set(clean["second"][who][1]) <= set(got)
    assert cli(config, "scan").exit_code == 0
    assert statuses(url) == ["ok", "interrupted", "ok"]
    assert canonical(url) == clean["second_index"]
    assert answers(config, new) == clean["second"][new]
