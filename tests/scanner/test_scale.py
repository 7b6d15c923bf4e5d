"""A scan spread over worker processes or a Dask cluster writes the index a one-process scan
writes (issue 17): same subjects, occurrences, mentions, verdicts and states.

The estate is the demo's generators at a larger size: a SQLite shop whose customers table is
read in key ranges, two mbox folders and a folder of CSV, JSON Lines and log files. The sizes
from which units go to workers are lowered here (they are module constants of the passes,
read by the scan's own process, which cuts the units), so that small data is cut into many
units and every kind of unit runs elsewhere.
"""

from __future__ import annotations

import os
import random
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from scanner.cli.main import main
from scanner.core.config import load_config
from scanner.demo.estate import build_folder, build_shop, demo_customers
from scanner.demo.mail import build_mailbox
from scanner.identifiers.hashing import Hasher
from scanner.identifiers.key import create_key, load_key
from scanner.link import mail as mail_pass
from scanner.link import objects as object_pass
from scanner.link import sql as sql_pass
from scanner.scan.engine import run_scan
from scanner.scan.executors import ExecutorError, Setup, WorkerSide
from tests.scanner.index_facts import everything

CUSTOMERS = 1500


def build_estate(folder: Path, index: str) -> Path:
    """The estate and its pdmap.yaml (index: a URL); returns the config's path."""
    folder.mkdir(parents=True, exist_ok=True)
    build_shop(folder / "shop.db", 7, CUSTOMERS)
    people = [(c[1], c[2], c[3]) for c in demo_customers(7, CUSTOMERS) if c[3]]
    build_mailbox(folder / "mail" / "support.mbox", people, 7)
    build_mailbox(folder / "mail" / "sales.mbox", people, 8)
    build_folder(folder / "exports", people[0][2], 7)
    rng = random.Random(3)
    for n in range(6):  # files of the same shape: one container, several units
        rows = ["customer_id,first_name,last_name,email,phone,city"]
        for c in rng.sample(demo_customers(7, CUSTOMERS), 300):
            rows.append(f"{c[0]},{c[1]},{c[2]},{c[3]},{c[4]},{c[8]}")
        (folder / "exports" / f"crm-export-2024-{n + 1:02d}.csv").write_text(
            "\n".join(rows) + "\n", "utf-8")
    create_key(folder / "key")
    config = folder / "pdmap.yaml"
    config.write_text(f"""sources:
  - name: shop
    url: sqlite:///{folder}/shop.db
    options: {{subject_worker_rows: 500}}
  - name: mail
    url: mbox://{folder}/mail
  - name: exports
    url: file://{folder}/exports
index: {index}
key_file: key
""", encoding="utf-8")
    return config


@pytest.fixture
def small_units(monkeypatch: pytest.MonkeyPatch) -> None:
    """Units cut small and sent to workers whatever their size."""
    monkeypatch.setattr(sql_pass, "UNIT_ROWS", (400, 400))
    monkeypatch.setattr(object_pass, "UNIT_BYTES", (1, 40_000))
    monkeypatch.setattr(object_pass, "REMOTE_BYTES", 0)
    monkeypatch.setattr(mail_pass, "REMOTE_MESSAGES", 0)


@pytest.fixture(scope="module")
def one_process(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The estate scanned by one process: the index the others must write."""
    folder = tmp_path_factory.mktemp("scale") / "estate"
    config = build_estate(folder, "sqlite:///index.db")
    result = run_scan(load_config(config), workers=1, config_path=config)
    assert result.status == "ok", result.report.failures
    facts = everything(folder / "index.db")
    assert len(facts["occurrences"]) > 5000 and facts["mentions"]
    return {"folder": folder, "facts": facts}


def rewrite_index(config: Path, index: str) -> Path:
    text = config.read_text("utf-8").replace("index: sqlite:///index.db", f"index: {index}")
    config.write_text(text, "utf-8")
    return config


def tasks_seen(events: list[tuple[str, dict[str, Any]]]) -> int:
    return max((d["total"] for e, d in events if e == "tasks"), default=0)


def test_worker_processes_write_the_index_one_process_writes(
        one_process: dict[str, Any], small_units: None) -> None:
    folder = one_process["folder"]
    events: list[tuple[str, dict[str, Any]]] = []
    other = folder.parent / "processes"
    other.mkdir()
    config = rewrite_index(_copy_config(folder, other), f"sqlite:///{other}/index.db")
    result = run_scan(load_config(config), workers=2, config_path=config,
                      progress=lambda e, d: events.append((e, d)))
    assert result.status == "ok", result.report.failures
    # key ranges of customers and orders, object batches, two folders: all sent to workers
    assert tasks_seen(events) >= 10
    assert everything(other / "index.db") == one_process["facts"]


def test_a_worker_process_killed_mid_scan_has_its_units_sent_again(
        one_process: dict[str, Any], small_units: None) -> None:
    import multiprocessing

    folder = one_process["folder"]
    other = folder.parent / "killed"
    other.mkdir()
    config = rewrite_index(_copy_config(folder, other), f"sqlite:///{other}/index.db")
    killed: list[int] = []

    def kill_one(event: str, data: dict[str, Any]) -> None:
        if event == "tasks" and not killed and data["done"] >= 2:
            children = multiprocessing.active_children()
            if children:
                killed.append(children[0].pid or 0)
                os.kill(children[0].pid or 0, signal.SIGKILL)

    result = run_scan(load_config(config), workers=2, config_path=config, progress=kill_one)
    assert killed
    assert result.status == "ok", result.report.failures
    assert everything(other / "index.db") == one_process["facts"]


def _copy_config(folder: Path, other: Path) -> Path:
    """pdmap.yaml of the same sources (same files: same etags) in another folder, with the
    same key: only the index differs."""
    (other / "key").write_bytes((folder / "key").read_bytes())
    os.chmod(other / "key", 0o600)
    config = other / "pdmap.yaml"
    config.write_text((folder / "pdmap.yaml").read_text("utf-8"), "utf-8")
    return config


@pytest.fixture
def cluster() -> Iterator[Any]:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as c:
        yield c


def test_a_dask_cluster_writes_the_same_index_into_postgresql_though_a_worker_dies(
        one_process: dict[str, Any], postgres: Any, cluster: Any) -> None:
    from distributed import Client

    folder = one_process["folder"]
    other = folder.parent / "cluster"
    other.mkdir()
    url = postgres.create_database("scale_cluster")
    config = rewrite_index(_copy_config(folder, other), url)
    killed: list[int] = []
    with Client(cluster.scheduler_address) as client:
        pids = client.run(os.getpid)

        def kill_one(event: str, data: dict[str, Any]) -> None:
            # once some units are done, kill a worker while it runs one
            if event != "tasks" or killed or data["done"] < 2:
                return
            busy = [w for w, keys in client.processing().items() if keys and w in pids]
            if busy:
                killed.append(pids[busy[0]])
                os.kill(pids[busy[0]], signal.SIGKILL)

        result = run_scan(load_config(config), scheduler=cluster.scheduler_address,
                          config_path=config, progress=kill_one)
    assert killed, "no worker was busy when the scan had done two units"
    assert result.status == "ok", result.report.failures
    assert everything(url) == one_process["facts"]


def test_a_cluster_scan_refuses_a_sqlite_index_and_ad_hoc_urls(tmp_path: Path) -> None:
    config = build_estate(tmp_path / "estate", "sqlite:///index.db")
    runner = CliRunner()
    r = runner.invoke(main, ["-c", str(config), "scan", "--scheduler", "tcp://127.0.0.1:9"])
    assert r.exit_code == 2
    assert "SQLite" in r.output and "postgresql://" in r.output
    assert "Traceback" not in r.output
    r = runner.invoke(main, ["-c", str(config), "scan", "--scheduler", "tcp://127.0.0.1:9",
                             f"sqlite:///{tmp_path}/estate/shop.db"])
    assert r.exit_code == 2 and "list the URLs" in r.output
    assert not (tmp_path / "estate" / "index.db").exists() or \
        everything(tmp_path / "estate" / "index.db")["statuses"] == []


def test_a_worker_whose_key_is_not_the_scans_refuses_to_prepare(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = build_estate(tmp_path / "estate", "sqlite:///index.db")
    scans = Hasher(load_key(tmp_path / "estate" / "key")).key_id()
    assert WorkerSide(Setup(config_path=str(config))).hasher(scans).key_id() == scans
    monkeypatch.setenv("PDMAP_KEY", "ab" * 32)  # the worker's own environment
    with pytest.raises(ExecutorError, match="is not the scan's"):
        WorkerSide(Setup(config_path=str(config))).hasher(scans)


def test_a_cluster_whose_workers_have_another_key_makes_a_partial_scan(
        tmp_path: Path, postgres: Any, small_units: None) -> None:
    distributed = pytest.importorskip("distributed")
    config = build_estate(tmp_path / "estate", postgres.create_database("scale_wrong_key"))
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None, env={"PDMAP_KEY": "ab" * 32}) as c:
        result = run_scan(load_config(config), scheduler=c.scheduler_address,
                          config_path=config)
    assert result.status == "partial"
    messages = {f.message for f in result.report.failures}
    assert any("is not the scan's" in m for m in messages), messages
