"""The S3 connector against a real SeaweedFS server; faults through tests/connectors/faultproxy.

Credentials reach the connector the way they do in production: from the AWS environment
variables, never from the source config.
"""

from __future__ import annotations

import gzip
import io
import itertools
import zipfile
from collections.abc import Iterator
from typing import Any

import pytest

from connectors.object_listing import changes
from connectors.s3 import S3Connector, S3Error
from scanner.core.config import SourceConfig
from scanner.core.protocols import Connector
from scanner.core.types import ContainerSchema, Locator, ScanReport
from tests.conftest import set_env
from tests.connectors.faultproxy import Fault, FaultProxy
from tests.services.seaweed import SeaweedServer

LOG = (
    '203.0.113.9 - alice [10/Oct/2023:13:55:36 +0200] "GET /cart HTTP/1.1" 200 2326 '
    '"https://shop.example/" "Mozilla/5.0"\n'
)
_n = itertools.count()


def _zip(name: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(name, data)
    return out.getvalue()


ESTATE: dict[str, bytes] = {
    "exports/customers-2024-01.csv": b"id,email\n1,jo@example.com\n",
    "exports/customers-2024-02.csv": b"id,email,phone\n2,al@example.com,+33612345678\n"
                                     b"3,bo@example.com,\n",
    "logs/access.log": LOG.encode() * 3,
    "logs/old.log.gz": gzip.compress(LOG.encode()),
    "archive/export.zip": _zip("people.csv", b"name,email\nJo Doe,jo@example.com\n"),
    "notes.txt": b"Call Jo Doe back.\n",
    "events.jsonl": b'{"user": {"email": "jo@example.com"}}\nnot json\n',
    "photo.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 10,
    "empty.csv": b"",
    "folder/": b"",
}


@pytest.fixture(autouse=True)
def aws_env(s3: SeaweedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    set_env(monkeypatch, s3.aws_env())


@pytest.fixture()
def bucket(s3: SeaweedServer) -> str:
    name = f"pdmap-test-{next(_n)}"
    s3.client().create_bucket(Bucket=name)
    return name


@pytest.fixture()
def estate(s3: SeaweedServer, bucket: str) -> str:
    put(s3, bucket, ESTATE)
    return bucket


@pytest.fixture()
def proxy(s3: SeaweedServer) -> Iterator[FaultProxy]:
    p = FaultProxy(s3.host, s3.port).start()
    yield p
    p.stop()


def put(s3: SeaweedServer, bucket: str, objects: dict[str, bytes]) -> None:
    client = s3.client()
    for key, data in objects.items():
        client.put_object(Bucket=bucket, Key=key, Body=data)


def connect(endpoint: str | SeaweedServer, bucket: str, prefix: str = "", **kw: Any
            ) -> S3Connector:
    url = endpoint if isinstance(endpoint, str) else endpoint.endpoint_url
    options = {"endpoint_url": url, **kw.pop("options", {})}
    source = SourceConfig(name="bucket", url=f"s3://{bucket}/{prefix}", options=options, **kw)
    return S3Connector(source)


def discover(conn: S3Connector, **kw: Any) -> tuple[dict[str, ContainerSchema], ScanReport]:
    report = ScanReport()
    return {c.name: c for c in conn.discover(report, **kw)}, report


def gets(proxy: FaultProxy, key: str) -> list[str | None]:
    """The Range header of every GetObject of `key` seen by the proxy."""
    return [r for m, path, r in proxy.requests if m == "GET" and path.endswith("/" + key)]


# -- discovery, reading, locators -------------------------------------------------------------


def test_it_is_a_connector(s3: SeaweedServer, bucket: str) -> None:
    assert isinstance(connect(s3, bucket), Connector)


def test_discover_groups_objects_by_folder_name_pattern_and_format(
    s3: SeaweedServer, estate: str,
) -> None:
    containers, report = discover(connect(s3, estate))
    assert sorted(containers) == [
        "archive/export.zip (zip)",
        "events.jsonl (jsonl)",
        "exports/customers-*.csv (csv)",
        "logs/access.log (access_log)",
        "logs/old.log.gz (gzip)",
        "notes.txt (text)",
    ]
    assert [f.name for f in containers["exports/customers-*.csv (csv)"].fields] == [
        "id", "email", "phone"]
    log = {f.name: f.kind for f in containers["logs/access.log (access_log)"].fields}
    assert log["timestamp"] == "datetime" and log["ip"] == "text"
    assert [f.name for f in containers["archive/export.zip (zip)"].fields] == ["name", "email"]
    assert containers["notes.txt (text)"].fields[0].kind == "free_text"
    assert report.counters == {"skipped_binary": 1, "skipped_empty": 1, "objects": 7}
    assert [(f.place, f.message) for f in report.failures] == [
        ("events.jsonl line:2", "not valid JSON; skipped")]


def test_read_streams_records_located_by_key_etag_and_part(
    s3: SeaweedServer, estate: str,
) -> None:
    conn = connect(s3, estate)
    containers, _ = discover(conn)
    records = list(conn.read(containers["exports/customers-*.csv (csv)"], ["email"]))
    assert [r.values for r in records] == [
        {"email": "jo@example.com"}, {"email": "al@example.com"}, {"email": "bo@example.com"}]
    etag = s3.client().head_object(Bucket=estate, Key="exports/customers-2024-01.csv")["ETag"]
    assert records[0].locator == Locator("bucket", "exports/customers-*.csv (csv)", (
        ("etag", etag.strip('"')), ("key", "exports/customers-2024-01.csv"), ("part", "row:1")))
    logs = list(conn.read(containers["logs/old.log.gz (gzip)"], ["ip", "path"]))
    assert logs[0].values == {"ip": "203.0.113.9", "path": "/cart"}
    assert logs[0].locator.item_dict()["part"] == "member:old.log/line:1"
    zipped = list(conn.read(containers["archive/export.zip (zip)"], ["email"]))
    assert zipped[0].locator.item_dict()["part"] == "member:people.csv/row:1"


def test_sample_of_a_large_object_uses_a_ranged_read(
    s3: SeaweedServer, bucket: str, proxy: FaultProxy,
) -> None:
    rows = b"".join(b"%d,user%d@example.com\n" % (i, i) for i in range(100_000))
    put(s3, bucket, {"big.csv": b"id,email\n" + rows})
    conn = connect(proxy.endpoint_url, bucket, options={"sample_bytes": 65536})
    containers, report = discover(conn)
    records = conn.sample(containers["big.csv (csv)"], 10)
    assert [r.values["email"] for r in records][:2] == ["user0@example.com", "user1@example.com"]
    assert report.failures == []  # the line cut by the range is dropped, not a bad row
    assert gets(proxy, "big.csv") and all(r is not None for r in gets(proxy, "big.csv"))
    assert len(list(conn.read(containers["big.csv (csv)"], ["email"]))) == 100_000


def test_prefix_and_globs_select_keys(s3: SeaweedServer, estate: str) -> None:
    keys = [o.key for o in connect(s3, estate, "exports/").objects()]
    assert keys == ["exports/customers-2024-01.csv", "exports/customers-2024-02.csv"]
    conn = connect(s3, estate, include=("**/*.csv", "logs/"), exclude=("*-02.csv", "*.gz"))
    assert [o.key for o in conn.objects()] == [
        "empty.csv", "exports/customers-2024-01.csv", "logs/access.log"]
    locator = Locator("bucket", "x", (("etag", ""), ("key", "notes.txt"), ("part", "line:1")))
    assert connect(s3, estate).fetch(locator) is not None
    assert conn.fetch(locator) is None  # not selected: not of this source
    assert connect(s3, estate, "exports/").fetch(locator) is None  # outside the prefix


def test_listing_is_paginated(s3: SeaweedServer, bucket: str, proxy: FaultProxy) -> None:
    put(s3, bucket, {f"part-{i:03d}.txt": b"hello\n" for i in range(20)})
    objects = list(connect(proxy.endpoint_url, bucket, options={"page_size": 7}).objects())
    assert [o.key for o in objects] == [f"part-{i:03d}.txt" for i in range(20)]
    assert sum(1 for m, path, _ in proxy.requests if "list-type=2" in path) == 3


def test_keys_are_names_never_paths(s3: SeaweedServer, bucket: str) -> None:
    # NOTE: SeaweedFS refuses keys with `..` segments, backslashes or NUL (AWS takes them):
    # percent-encoded and home-relative names are what it lets us store.
    weird = {"%2e%2e/%2e%2e/etc/passwd": b"root:x:0:0\nnot a user\n",
             "..%2F..%2Fetc%2Fshadow": b"root:x:0:0\nnot a user\n",
             "~/.ssh/notes.txt": b"root:x:0:0\nnot a user\n",
             "bad\x01\nname.jsonl": b'{"email": "jo@example.com"}\nnope\n'}
    put(s3, bucket, weird)
    conn = connect(s3, bucket)
    containers, report = discover(conn)
    keys = {o.key: c for c, infos in conn.grouped().items() for o in infos}
    assert sorted(keys) == sorted(weird)
    assert keys["bad\x01\nname.jsonl"] == "bad\\x01\\x0aname.jsonl (jsonl)"
    assert [f.place for f in report.failures] == ["bad\\x01\\x0aname.jsonl line:2"]
    (record,) = conn.read(containers["bad\\x01\\x0aname.jsonl (jsonl)"], ["email"])
    assert record.locator.item_dict()["key"] == "bad\x01\nname.jsonl"
    assert conn.fetch(record.locator) == record
    for key in ("%2e%2e/%2e%2e/etc/passwd", "..%2F..%2Fetc%2Fshadow", "~/.ssh/notes.txt"):
        (first,) = conn.read_object(key)
        assert first.values["text"].startswith("root:x:0:0")  # the object's, not a file's
        assert conn.fetch(first.locator) == first
    for key in ("../../etc/passwd", "/etc/passwd", ""):
        locator = Locator("bucket", "x", (("etag", ""), ("key", key), ("part", "line:1")))
        assert conn.fetch(locator) is None
        assert list(conn.read_object(key)) == []


def test_fetch_returns_current_values_and_etag_or_none_when_gone(
    s3: SeaweedServer, estate: str,
) -> None:
    conn = connect(s3, estate)
    containers, _ = discover(conn)
    record = list(conn.read(containers["exports/customers-*.csv (csv)"], []))[2]
    assert conn.fetch(record.locator) == record
    key = "exports/customers-2024-02.csv"
    put(s3, estate, {key: b"id,email,phone\n2,al@example.com,\n3,bo@new.example,\n"})
    fetched = conn.fetch(record.locator)
    assert fetched is not None and fetched.values["email"] == "bo@new.example"
    new_etag = s3.client().head_object(Bucket=estate, Key=key)["ETag"].strip('"')
    assert fetched.locator.item_dict()["etag"] == new_etag != record.locator.item_dict()["etag"]
    put(s3, estate, {key: b"id,email\n2,al@example.com\n"})
    assert conn.fetch(record.locator) is None  # the row is gone
    s3.client().delete_object(Bucket=estate, Key=key)
    assert conn.fetch(record.locator) is None  # the object is gone


def test_size_cap_skips_big_objects_and_is_reported(s3: SeaweedServer, estate: str) -> None:
    conn = connect(s3, estate, "exports/", options={"max_file_bytes": 30})
    containers, report = discover(conn)
    assert list(containers) == ["exports/customers-*.csv (csv)"]
    assert report.counters["skipped_too_large"] == 1
    assert report.failures[0].message == "larger than max_file_bytes; skipped"
    assert [o.key for o in conn.skipped()] == ["exports/customers-2024-02.csv"]


# -- configuration ----------------------------------------------------------------------------


def test_credentials_never_come_from_the_config(s3: SeaweedServer, bucket: str) -> None:
    with pytest.raises(ValueError, match="AWS chain"):
        connect(s3, bucket, options={"aws_secret_access_key": "x"})
    with pytest.raises(ValueError, match="AWS chain"):
        S3Connector(SourceConfig(name="b", url=f"s3://key:secret@{bucket}/"))


def test_endpoint_from_the_environment(s3: SeaweedServer, estate: str,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PDMAP_S3_ENDPOINT_URL", s3.endpoint_url)
    conn = S3Connector(SourceConfig(name="b", url=f"s3://{estate}/logs/"))
    assert [o.key for o in conn.objects()] == ["logs/access.log", "logs/old.log.gz"]


def test_an_unlistable_bucket_raises_one_line_without_secrets(
    s3: SeaweedServer, monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(S3Error) as missing:
        list(connect(s3, "no-such-bucket").discover(ScanReport()))
    assert str(missing.value).startswith("cannot list s3://no-such-bucket/ at http://")
    assert "NoSuchBucket" in str(missing.value)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wrong-" + s3.secret_key)
    with pytest.raises(S3Error) as denied:
        list(connect(s3, "no-such-bucket").objects())
    assert s3.secret_key not in str(denied.value) and "\n" not in str(denied.value)


# -- incremental scans ------------------------------------------------------------------------


def test_an_incremental_scan_opens_only_new_and_changed_objects(
    s3: SeaweedServer, estate: str, proxy: FaultProxy,
) -> None:
    first = connect(proxy.endpoint_url, estate)
    discover(first)
    previous = {o.key: o.etag for infos in first.grouped().values() for o in infos}
    previous |= {o.key: o.etag for o in first.skipped()}
    put(s3, estate, {"exports/customers-2024-03.csv": b"id,email\n4,cy@example.com\n",
                     "notes.txt": b"Call Al Doe back.\n"})
    s3.client().delete_object(Bucket=estate, Key="events.jsonl")
    proxy.requests.clear()
    conn = connect(proxy.endpoint_url, estate)
    delta = changes(previous, conn.objects())
    assert [o.key for o in delta.to_read] == ["exports/customers-2024-03.csv", "notes.txt"]
    assert delta.deleted == ("events.jsonl",)
    containers, _ = discover(conn, only=delta.to_read)
    assert sorted(containers) == ["exports/customers-*.csv (csv)", "notes.txt (text)"]
    records = list(conn.read(containers["exports/customers-*.csv (csv)"], ["email"]))
    assert [r.values for r in records] == [{"email": "cy@example.com"}]
    opened = {path.rsplit("/", 1)[-1] for m, path, _ in proxy.requests
              if m == "GET" and "list-type" not in path}
    assert opened == {"customers-2024-03.csv", "notes.txt"}
    # an unchanged estate: one listing, nothing opened
    previous = {o.key: o.etag for o in conn.objects()}
    proxy.requests.clear()
    assert changes(previous, conn.objects()).to_read == ()
    assert len(proxy.requests) == 1


def test_read_object_reads_one_object_whatever_its_container(
    s3: SeaweedServer, estate: str,
) -> None:
    conn = connect(s3, estate)
    records = list(conn.read_object("logs/old.log.gz", ["ip"]))
    assert [r.locator.container for r in records] == ["logs/old.log.gz (gzip)"]
    assert list(conn.read_object("photo.jpg")) == []
    assert list(conn.read_object("no/such/key.csv")) == []


# -- faults (through the proxy) ---------------------------------------------------------------


def test_a_scan_sends_only_reads(s3: SeaweedServer, estate: str, proxy: FaultProxy) -> None:
    conn = connect(proxy.endpoint_url, estate)
    containers, _ = discover(conn)
    for container in containers.values():
        for record in conn.read(container, []):
            conn.fetch(record.locator)
    assert {m for m, _, _ in proxy.requests} == {"GET"}


def test_throttling_and_server_errors_are_retried(
    s3: SeaweedServer, estate: str, proxy: FaultProxy,
) -> None:
    slow = proxy.add(Fault("slowdown", path="customers-2024-02", times=2))
    broken = proxy.add(Fault("error500", path="list-type=2", times=1))
    conn = connect(proxy.endpoint_url, estate, "exports/")
    containers, report = discover(conn)
    records = list(conn.read(containers["exports/customers-*.csv (csv)"], ["email"]))
    assert len(records) == 3 and report.failures == []
    assert slow.fired == 2 and broken.fired == 1


def test_when_retries_run_out_the_object_is_reported_and_the_scan_goes_on(
    s3: SeaweedServer, estate: str, proxy: FaultProxy,
) -> None:
    proxy.add(Fault("slowdown", path="customers-2024-02", times=100))
    conn = connect(proxy.endpoint_url, estate, "exports/", options={"max_attempts": 2})
    containers, report = discover(conn)
    records = list(conn.read(containers["exports/customers-*.csv (csv)"], ["email"]))
    assert [r.values["email"] for r in records] == ["jo@example.com"]
    assert [(f.place, f.message) for f in report.failures] == [
        ("exports/customers-2024-02.csv", "cannot be read (GetObject: SlowDown (HTTP 503))")]


def test_a_connection_dropped_mid_object_is_resumed_from_the_offset_reached(
    s3: SeaweedServer, bucket: str, proxy: FaultProxy,
) -> None:
    rows = b"".join(b"%d,user%d@example.com\n" % (i, i) for i in range(20_000))
    put(s3, bucket, {"big.csv": b"id,email\n" + rows})
    conn = connect(proxy.endpoint_url, bucket)
    containers, report = discover(conn)
    cut = proxy.add(Fault("cut", path="big.csv", ranged=False, cut_after=100_000))
    proxy.requests.clear()
    records = list(conn.read(containers["big.csv (csv)"], ["email"]))
    assert len(records) == 20_000 and report.failures == []
    assert records[-1].values["email"] == "user19999@example.com"
    assert cut.fired == 1
    assert gets(proxy, "big.csv") == [None, "bytes=100000-"]


def test_a_connection_dropped_too_often_ends_that_object_only(
    s3: SeaweedServer, bucket: str, proxy: FaultProxy,
) -> None:
    rows = b"".join(b"%d,user%d@example.com\n" % (i, i) for i in range(20_000))
    put(s3, bucket, {"big.csv": b"id,email\n" + rows, "small.csv": b"id,email\n1,a@b.example\n"})
    conn = connect(proxy.endpoint_url, bucket, options={"max_resumes": 1})
    containers, report = discover(conn)
    proxy.add(Fault("cut", path="big.csv", times=10, cut_after=1000))
    assert len(list(conn.read(containers["big.csv (csv)"], ["email"]))) < 20_000
    assert [(f.place, f.message) for f in report.failures] == [
        ("big.csv", "unreadable object (ConnectionLost); rest skipped")]
    assert len(list(conn.read(containers["small.csv (csv)"], ["email"]))) == 1


def test_a_corrupt_gzip_is_reported_and_the_scan_goes_on(
    s3: SeaweedServer, bucket: str,
) -> None:
    good = gzip.compress(LOG.encode() * 50)
    put(s3, bucket, {"a.log.gz": good[:40] + b"\x00garbage" * 20, "b.log.gz": good})
    conn = connect(s3, bucket)
    containers, report = discover(conn)
    # a.log.gz yields no record, so no fields: its container is not reported
    assert list(containers) == ["b.log.gz (gzip)"]
    assert [(f.place, f.message) for f in report.failures] == [
        ("a.log.gz", "corrupt gzip (error); rest skipped")]
    assert len(list(conn.read(containers["b.log.gz (gzip)"], ["ip"]))) == 50


def test_on_a_versioned_bucket_locators_carry_the_version(
    s3: SeaweedServer, bucket: str,
) -> None:
    s3.client().put_bucket_versioning(
        Bucket=bucket, VersioningConfiguration={"Status": "Enabled"})
    put(s3, bucket, {"people.csv": b"id,email\n1,jo@example.com\n"})
    conn = connect(s3, bucket)
    containers, _ = discover(conn)
    (record,) = conn.read(containers["people.csv (csv)"], [])
    version = s3.client().head_object(Bucket=bucket, Key="people.csv")["VersionId"]
    assert [k for k, _ in record.locator.item] == ["etag", "key", "part", "version"]
    assert record.locator.item_dict()["version"] == version
    assert conn.fetch(record.locator) == record
