"""Object stores in `pdmap scan`: sub-records linked to subjects, incremental by etag.

A local folder (`file://`) and the real SeaweedFS of tests/conftest.py, the latter behind
the recording proxy of tests/connectors/faultproxy.py so the tests count GetObject calls.
Every person here is invented.
"""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scanner.core.config import Config, SourceConfig
from scanner.core.types import ContainerSchema
from scanner.index.store import Index
from tests.conftest import set_env
from tests.connectors.faultproxy import FaultProxy
from tests.scanner.scanned import find, scan

CSV = (b"id,full_name,email,phone\n"
       b"1,Alice Martin,alice.martin@example.com,+33 6 12 34 56 78\n"
       b"2,Bob Durand,bob.durand@example.org,\n")
JSONL = (b'{"event": "login", "user": {"email": "alice.martin@example.com"}}\n'
         b'{"event": "login", "user": {"email": "carol.petit@example.net"}}\n')
LOG = (b'203.0.113.7 - - [04/Jun/2024:10:15:00 +0200] "GET /account HTTP/1.1" 200 512 '
       b'"-" "Mozilla/5.0"\n') * 3
NOTES = (b"Call back Bob Durand about his refund, IBAN FR76 3000 6000 0112 3456 7890 189,"
         b" before Friday; he wrote from bob.durand@example.org last week.\n")
ESTATE = {"exports/customers-2024-01.csv": CSV, "events/app.jsonl": JSONL,
          "logs/access.log": LOG, "notes/refund.txt": NOTES}


def config(tmp: Path, *sources: SourceConfig) -> Config:
    return Config(index=f"sqlite:///{tmp}/index.db", key_file=str(tmp / "key"), base_dir=tmp,
                  sources=sources)


def keys_of(found: dict[str, Any]) -> list[str]:
    return sorted(o["item"]["key"] for o in found["occurrences"])


def write(root: Path, files: dict[str, bytes]) -> None:
    for key, data in files.items():
        p = root / key
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)


# -- a local folder ----------------------------------------------------------------------------


def test_a_folder_links_csv_rows_jsonl_key_paths_and_text_but_not_ips(tmp_path: Path) -> None:
    write(tmp_path / "share", ESTATE)
    cfg = config(tmp_path, SourceConfig("share", f"file://{tmp_path}/share"))
    result = scan(cfg)
    assert result.status == "ok", result.report.failures
    alice = find(cfg, "alice.martin@example.com")
    assert keys_of(alice) == ["events/app.jsonl", "exports/customers-2024-01.csv"]
    assert {"etag", "key", "part"} == set(alice["occurrences"][0]["item"])
    # one CSV row: e-mail and phone are one subject
    assert find(cfg, "06 12 34 56 78", "phone")["subject"] == alice["subject"]
    bob = find(cfg, "bob.durand@example.org")
    assert keys_of(bob) == ["exports/customers-2024-01.csv", "notes/refund.txt"]
    assert find(cfg, "FR76 3000 6000 0112 3456 7890 189", "iban")["subject"] is not None
    # IP addresses identify nobody: the access log links to no subject
    with sqlite3.connect(tmp_path / "index.db") as con:
        linked = {name for (name,) in con.execute(
            "SELECT DISTINCT c.name FROM occurrences o JOIN containers c "
            "ON c.id = o.container_id")}
    assert linked == {"events/app.jsonl (jsonl)", "exports/customers-*.csv (csv)",
                      "notes/refund.txt (text)"}
    data = b"".join(p.read_bytes() for p in tmp_path.glob("index.db*"))
    for raw in (b"alice.martin", b"Durand", b"3000 6000", b"203.0.113.7"):
        assert raw not in data


def test_a_folder_rescan_reads_only_what_changed_and_forgets_what_went(tmp_path: Path) -> None:
    root = tmp_path / "share"
    write(root, ESTATE)
    cfg = config(tmp_path, SourceConfig("share", f"file://{root}"))
    scan(cfg)
    again = scan(cfg).report.counters
    assert again["objects_unchanged"] == 4 and "object_records_linked" not in again
    assert "containers" not in again  # nothing sniffed, sampled nor classified
    changed = CSV.replace(b"bob.durand@example.org", b"dan.roux@example.com")
    (root / "exports/customers-2024-01.csv").write_bytes(changed)
    os.utime(root / "exports/customers-2024-01.csv", ns=(1, 2_000_000_000_000_000_000))
    (root / "events/app.jsonl").unlink()
    counters = scan(cfg).report.counters
    assert counters["objects_changed"] == 1 and counters["objects_deleted"] == 1
    assert counters["object_records_linked"] == 2
    assert find(cfg, "carol.petit@example.net")["subject"] is None  # only in the deleted one
    assert keys_of(find(cfg, "bob.durand@example.org")) == ["notes/refund.txt"]
    assert keys_of(find(cfg, "dan.roux@example.com")) == ["exports/customers-2024-01.csv"]
    alice = find(cfg, "alice.martin@example.com")
    assert len(alice["occurrences"]) == 1
    assert alice["occurrences"][0]["item"]["etag"].endswith("2000000000000000000")


# -- S3 (SeaweedFS) ----------------------------------------------------------------------------

_buckets = itertools.count(1)


@pytest.fixture
def aws(s3: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    set_env(monkeypatch, s3.aws_env())


@pytest.fixture
def proxy(s3: Any) -> Iterator[FaultProxy]:
    p = FaultProxy(s3.host, s3.port).start()
    yield p
    p.stop()


def object_gets(proxy: FaultProxy) -> list[str]:
    return [path for m, path, _ in proxy.requests if m == "GET" and "list-type" not in path]


def test_a_bucket_rescan_opens_no_unchanged_object_and_follows_changes_and_deletes(
        tmp_path: Path, s3: Any, aws: None, proxy: FaultProxy) -> None:
    bucket = f"pdmap-link-{next(_buckets)}"
    client = s3.client()
    client.create_bucket(Bucket=bucket)
    for key, data in ESTATE.items():
        client.put_object(Bucket=bucket, Key=key, Body=data)
    cfg = config(tmp_path, SourceConfig("bucket", f"s3://{bucket}/",
                                        options={"endpoint_url": proxy.endpoint_url}))
    first = scan(cfg)
    assert first.status == "ok", first.report.failures
    assert object_gets(proxy)
    alice = find(cfg, "alice.martin@example.com")
    assert keys_of(alice) == ["events/app.jsonl", "exports/customers-2024-01.csv"]
    proxy.requests.clear()
    again = scan(cfg)
    assert again.report.counters["objects_unchanged"] == 4
    assert object_gets(proxy) == []  # listed, never opened
    assert find(cfg, "alice.martin@example.com") == alice
    client.put_object(Bucket=bucket, Key="exports/customers-2024-01.csv",
                      Body=CSV.replace(b"alice.martin@example.com", b"alice@example.fr"))
    client.delete_object(Bucket=bucket, Key="notes/refund.txt")
    proxy.requests.clear()
    counters = scan(cfg).report.counters
    assert counters["objects_changed"] == 1 and counters["objects_deleted"] == 1
    assert {p.rsplit("/", 1)[-1].split("?")[0] for p in object_gets(proxy)} == {
        "customers-2024-01.csv"}
    # The row now holds another e-mail with Alice's phone: two e-mails and one phone are
    # two people sharing a phone until something else says otherwise (docs/subjects.md,
    # Shared values), so the row is not Alice's any more and the phone names both.
    alice = find(cfg, "alice.martin@example.com")
    assert keys_of(alice) == ["events/app.jsonl"]
    assert keys_of(find(cfg, "alice@example.fr")) == ["exports/customers-2024-01.csv"]
    by_phone = find(cfg, "+33 6 12 34 56 78", "phone")
    assert by_phone["subject"] is None and len(by_phone["candidates"]) == 2
    assert keys_of(find(cfg, "bob.durand@example.org")) == ["exports/customers-2024-01.csv"]
    assert find(cfg, "FR76 3000 6000 0112 3456 7890 189", "iban")["subject"] is None


# -- no silent misses: what a cap cuts is scanned up to there and said -------------------------


def oversized_estate() -> dict[str, bytes]:
    notes = b"x" * 3_200_000
    wide_header = b",".join([b"id", b"email"] + [b"c%d" % i for i in range(2398)])
    wide_row = b",".join([b"1", b"gus.hoarau@example.com"] + [b"v"] * 2398)
    big = {"user": {"email": "dan.fox@example.com"}, "payload": ["p" * 1000] * 3000}
    return {
        "crm/export.csv": (b"id,full_name,email,phone,notes\n"
                           b"1,Alice Martin,alice.martin@example.com,+33 6 12 34 56 78,hi\n"
                           b'2,Bob Durand,bob.durand@example.org,,"' + notes + b'"\n'
                           b"3,Carol Petit,carol.petit@example.net,,bye\n"),
        "events/app.jsonl": b"\n".join(json.dumps(x).encode() for x in (
            {"user": {"email": "eve.gilles@example.com"}}, big,
            {"user": {"email": "fay.roux@example.org"}})) + b"\n",
        "wide/survey.csv": wide_header + b"\n" + wide_row + b"\n",
    }


def test_oversized_lines_json_records_and_columns_are_scanned_up_to_the_cut_and_said(
        tmp_path: Path) -> None:
    write(tmp_path / "share", oversized_estate())
    cfg = config(tmp_path, SourceConfig("share", f"file://{tmp_path}/share"))
    result = scan(cfg)
    assert result.status == "partial"
    failures = {f.place: f.message for f in result.report.failures}
    assert failures == {
        "crm/export.csv": "line 3: 3.2 MB line cut to the first 1 MB; row 2: field notes: "
                          "value cut to its first 10,000 characters",
        "events/app.jsonl line 2": "3 MB line cut to the first 1 MB; field payload: value "
                                   "cut to its first 10,000 characters",
        "wide/survey.csv row 1": "2,400 columns, the first 1,000 scanned",
    }
    # the cut line's prefix and the rows after it are linked
    assert keys_of(find(cfg, "bob.durand@example.org")) == ["crm/export.csv"]
    assert keys_of(find(cfg, "carol.petit@example.net")) == ["crm/export.csv"]
    dan = find(cfg, "dan.fox@example.com")
    assert keys_of(dan) == ["events/app.jsonl"]
    assert dan["occurrences"][0]["item"]["part"] == "line:2"
    assert keys_of(find(cfg, "fay.roux@example.org")) == ["events/app.jsonl"]
    assert keys_of(find(cfg, "gus.hoarau@example.com")) == ["wide/survey.csv"]
    for message in failures.values():
        assert "@" not in message and "Durand" not in message
    # the failures are the scan's, as the report shows them
    index = Index(cfg.index)
    try:
        stored = index.scan_failures(result.scan_id)
    finally:
        index.close()
    assert {f["place"] for f in stored} == set(failures)


def test_containers_left_empty_go_with_their_names(tmp_path: Path) -> None:
    """A container no object is left in is dropped (fields, verdicts, the row): one whose
    objects were all deleted, and one an older pdmap named after a person's file (its name
    raw in the index, its state under other rules)."""
    write(tmp_path / "share", ESTATE)
    cfg = config(tmp_path, SourceConfig("share", f"file://{tmp_path}/share"))
    scan(cfg)
    index = Index(cfg.index)
    old = "cv/CV Zoé Quentin 0612345678.csv (csv)"  # as pdmap wrote it before masking keys
    cid = index.record_container(1, "share", f"file://{tmp_path}/share",
                                 ContainerSchema("share", old, ()), [])
    index.set_container_state(cid, {"objects": {"sig": "older rules", "etags": {
        "cv/CV Zoé Quentin 0612345678.csv": "1-2"}}})
    (tmp_path / "share" / "logs" / "access.log").unlink()
    with index.connect() as conn:
        before = {r[0] for r in conn.exec_driver_sql("SELECT name FROM containers")}
    assert old in before and any("access" in n or "logs/" in n for n in before)
    scan(cfg)
    with index.connect() as conn:
        after = {r[0] for r in conn.exec_driver_sql("SELECT name FROM containers")}
        fields = conn.exec_driver_sql(
            "SELECT count(*) FROM fields WHERE container_id NOT IN (SELECT id FROM "
            "containers)").scalar_one()
    index.close()
    assert old not in after and not any("access" in n or "logs/" in n for n in after)
    assert fields == 0
    assert keys_of(find(cfg, "alice.martin@example.com")) == [
        "events/app.jsonl", "exports/customers-2024-01.csv"]
    for f in (tmp_path / "index.db", tmp_path / "index.db-wal"):  # no trace left either
        assert b"Quentin" not in (f.read_bytes() if f.exists() else b"")


def test_json_keys_that_are_identifiers_are_values_not_field_names(tmp_path: Path) -> None:
    """{"users": {"<e-mail>": {...}}}: each user is a sub-record of its own, linked to its
    person by the key; no field name (nor anything else in the index) holds the address."""
    users = {f"user{i}.vidal@example.org": {"name": f"Anne Vidal{i}", "plan": "free"}
             for i in range(8)}
    users["jane.roux@example.org"] = {"name": "Jane Roux", "plan": "gold"}
    doc = {"users": users, "updated": "2024-05-01"}
    write(tmp_path / "share", {"crm/users.json": json.dumps(doc).encode()})
    cfg = config(tmp_path, SourceConfig("share", f"file://{tmp_path}/share"))
    scan(cfg)
    found = find(cfg, "jane.roux@example.org")
    assert [o["item"]["part"] for o in found["occurrences"]] == ["$.users.*#9[0]"]
    other = find(cfg, "user3.vidal@example.org")
    assert [o["item"]["part"] for o in other["occurrences"]] == ["$.users.*#4[0]"]
    assert other["subject"] != found["subject"]
    with sqlite3.connect(tmp_path / "index.db") as con:
        names = {r[0] for r in con.execute("SELECT name FROM fields")}
    assert names == {"users.*(key)", "users.*.name", "users.*.plan", "updated"}
    for f in (tmp_path / "index.db", tmp_path / "index.db-wal"):
        assert b"roux@" not in (f.read_bytes() if f.exists() else b"")


def test_a_file_name_in_latin_1_holding_a_person_is_scanned_and_kept_masked(
        tmp_path: Path) -> None:
    """A name with a byte that is not UTF-8 (é in Latin-1, as old shares write it) and a
    phone in it: the folder is scanned (it used to be unreachable: the name's digest
    could not be computed), the file linked, and the name kept only masked."""
    share = tmp_path / "share"
    share.mkdir()
    with open(os.path.join(os.fsencode(share), b"CV Zo\xe9 Quentin 0612345678.csv"),
              "wb") as f:
        f.write(b"id,email\n1,zoe.quentin@example.org\n")
    cfg = config(tmp_path, SourceConfig("share", f"file://{share}"))
    result = scan(cfg)
    assert result.status == "ok", result.report.failures
    found = find(cfg, "zoe.quentin@example.org")
    [item] = [o["item"] for o in found["occurrences"]]
    assert "hmac" in str(item["key"]) and "Quentin" not in str(item)
    for f in (tmp_path / "index.db", tmp_path / "index.db-wal"):
        blob = f.read_bytes() if f.exists() else b""
        assert b"Quentin" not in blob and b"0612345678" not in blob
