"""The local folder connector end to end: discover, sample, read, fetch, globs, names."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from connectors.files import FilesConnector
from connectors.object_keys import container_name
from connectors.object_listing import changes, glob_match
from connectors.object_reading import ReadError
from scanner.core.config import SourceConfig
from scanner.core.protocols import Connector
from scanner.core.types import ContainerSchema, Locator, ScanReport

LOG = (
    '203.0.113.9 - alice [10/Oct/2023:13:55:36 +0200] "GET /cart HTTP/1.1" 200 2326 '
    '"https://shop.example/" "Mozilla/5.0"\n'
)


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "root"
    (root / "exports").mkdir(parents=True)
    (root / "logs").mkdir()
    (root / "exports" / "customers-2024-01.csv").write_text("id,email\n1,jo@example.com\n")
    (root / "exports" / "customers-2024-02.csv").write_text(
        "id,email,phone\n2,al@example.com,+33612345678\n3,bo@example.com,\n")
    (root / "logs" / "access.log").write_text(LOG * 3)
    (root / "logs" / "old.log.gz").write_bytes(gzip.compress(LOG.encode()))
    (root / "notes.txt").write_text("Call Jo Doe back.\n")
    (root / "events.jsonl").write_text('{"user": {"email": "jo@example.com"}}\nnot json\n')
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 10)
    (root / "empty.csv").write_bytes(b"")
    return root


def connect(root: Path | str, **kw: object) -> FilesConnector:
    return FilesConnector(SourceConfig(name="files", url=str(kw.pop("url", root)), **kw))  # type: ignore[arg-type]


def discover(conn: FilesConnector) -> tuple[dict[str, ContainerSchema], ScanReport]:
    report = ScanReport()
    return {c.name: c for c in conn.discover(report)}, report


def test_it_is_a_connector(tree: Path) -> None:
    assert isinstance(connect(tree), Connector)


def test_discover_groups_files_by_folder_name_pattern_and_format(tree: Path) -> None:
    containers, report = discover(connect(f"file://{tree}", url=f"file://{tree}"))
    assert sorted(containers) == [
        "events.jsonl (jsonl)",
        "exports/customers-*.csv (csv)",
        "logs/access.log (access_log)",
        "logs/old.log.gz (gzip)",
        "notes.txt (text)",
    ]
    customers = containers["exports/customers-*.csv (csv)"]
    assert [f.name for f in customers.fields] == ["id", "email", "phone"]
    assert {f.kind for f in customers.fields} == {"text"}
    log = {f.name: f.kind for f in containers["logs/access.log (access_log)"].fields}
    assert log["timestamp"] == "datetime" and log["status"] == "integer" and log["ip"] == "text"
    assert containers["notes.txt (text)"].fields[0].kind == "free_text"
    assert report.counters["skipped_binary"] == 1
    assert report.counters["skipped_empty"] == 1
    assert report.counters["objects"] == 6
    # the bad JSON line is a failure naming the place, never the content
    assert [(f.place, f.message) for f in report.failures] == [
        ("events.jsonl line:2", "not valid JSON; skipped")]


def test_a_problem_seen_in_discovery_and_in_read_is_reported_once(tree: Path) -> None:
    conn = connect(tree)
    containers, report = discover(conn)
    assert [r.values for r in conn.read(containers["events.jsonl (jsonl)"], [])] == [
        {"user.email": "jo@example.com"}]
    assert len(report.failures) == 1


def test_sample_reads_a_bounded_number_of_records_from_a_few_files(tree: Path) -> None:
    conn = connect(tree)
    containers, _ = discover(conn)
    records = conn.sample(containers["exports/customers-*.csv (csv)"], 2)
    assert len(records) == 2
    assert {r.locator.item_dict()["key"] for r in records} == {
        "exports/customers-2024-01.csv", "exports/customers-2024-02.csv"}


def test_read_streams_every_record_with_only_the_fields_asked(tree: Path) -> None:
    conn = connect(tree)
    containers, _ = discover(conn)
    records = list(conn.read(containers["exports/customers-*.csv (csv)"], ["email"]))
    assert [r.values for r in records] == [
        {"email": "jo@example.com"}, {"email": "al@example.com"}, {"email": "bo@example.com"}]
    first = records[0].locator
    st = (tree / "exports" / "customers-2024-01.csv").stat()
    assert first == Locator("files", "exports/customers-*.csv (csv)", (
        ("etag", f"{st.st_size}-{st.st_mtime_ns}"),
        ("key", "exports/customers-2024-01.csv"),
        ("part", "row:1"),
    ))
    assert list(first.item) == sorted(first.item)
    logs = list(conn.read(containers["logs/old.log.gz (gzip)"], ["ip", "path"]))
    assert logs[0].values == {"ip": "203.0.113.9", "path": "/cart"}
    assert logs[0].locator.item_dict()["part"] == "member:old.log/line:1"


def test_read_without_discover_finds_the_objects_itself(tree: Path) -> None:
    conn = connect(tree)
    container = ContainerSchema("files", "notes.txt (text)", ())
    assert [r.values for r in conn.read(container, ["text"])] == [{"text": "Call Jo Doe back."}]


def test_fetch_returns_current_values_and_etag_or_none_when_gone(tree: Path) -> None:
    conn = connect(tree)
    containers, _ = discover(conn)
    record = list(conn.read(containers["exports/customers-*.csv (csv)"], []))[2]
    assert conn.fetch(record.locator) == record
    path = tree / "exports" / "customers-2024-02.csv"
    path.write_text("id,email,phone\n2,al@example.com,\n3,bo@new.example,\n")
    os.utime(path, ns=(1, 1_000_000_000))
    fetched = conn.fetch(record.locator)
    assert fetched is not None and fetched.values["email"] == "bo@new.example"
    assert fetched.locator.item_dict()["etag"] == f"{path.stat().st_size}-1000000000"
    path.write_text("id,email\n2,al@example.com\n")
    assert conn.fetch(record.locator) is None  # the row is gone
    path.unlink()
    assert conn.fetch(record.locator) is None  # the file is gone


@pytest.mark.parametrize(
    "key", ["../../etc/passwd", "/etc/passwd", "exports/../../outside.csv", "", "a\x00b", "./x"])
def test_fetch_treats_traversal_keys_as_absent(tree: Path, key: str) -> None:
    (tree.parent / "outside.csv").write_text("a\n1\n")
    locator = Locator("files", "x", (("etag", ""), ("key", key), ("part", "row:1")))
    assert connect(tree).fetch(locator) is None


def test_symlinks_leaving_the_root_are_skipped_and_inside_ones_followed(tree: Path) -> None:
    outside = tree.parent / "secret.csv"
    outside.write_text("a\n1\n")
    (tree / "leak.csv").symlink_to(outside)
    (tree / "link-to-exports").symlink_to(tree / "exports", target_is_directory=True)
    (tree / "loop").symlink_to(tree, target_is_directory=True)
    (tree / "alias.txt").symlink_to(tree / "notes.txt")
    conn = connect(tree)
    keys = [o.key for o in conn.objects()]
    assert "leak.csv" not in keys
    assert "alias.txt" in keys
    # a folder reached twice (a link to it, a loop) is walked once
    assert not any(k.startswith(("link-to-exports/", "loop/")) for k in keys)
    locator = Locator("files", "x", (("etag", ""), ("key", "leak.csv"), ("part", "row:1")))
    assert conn.fetch(locator) is None


def test_objects_lists_key_etag_and_size_for_incremental_scans(tree: Path) -> None:
    objects = {o.key: o for o in connect(tree, include=("exports/*",)).objects()}
    assert sorted(objects) == ["exports/customers-2024-01.csv", "exports/customers-2024-02.csv"]
    st = (tree / "exports" / "customers-2024-01.csv").stat()
    assert objects["exports/customers-2024-01.csv"].etag == f"{st.st_size}-{st.st_mtime_ns}"
    assert objects["exports/customers-2024-01.csv"].size == st.st_size


def test_include_and_exclude_globs_on_relative_paths(tree: Path) -> None:
    keys = [o.key for o in connect(tree, include=("**/*.csv",), exclude=("*-02.csv",)).objects()]
    assert keys == ["empty.csv", "exports/customers-2024-01.csv"]
    keys = [o.key for o in connect(tree, exclude=("logs/", "exports/", "*.jpg")).objects()]
    assert keys == ["empty.csv", "events.jsonl", "notes.txt"]


def test_excluded_files_cannot_be_fetched(tree: Path) -> None:
    locator = Locator("files", "x", (("etag", ""), ("key", "notes.txt"), ("part", "line:1")))
    assert connect(tree).fetch(locator) is not None
    assert connect(tree, exclude=("*.txt",)).fetch(locator) is None


def test_control_characters_in_names_are_escaped_in_places_but_files_are_read(
    tree: Path,
) -> None:
    (tree / "bad\nname.jsonl").write_text('{"a": 1}\nnope\n')
    conn = connect(tree, include=("bad*",))
    containers, report = discover(conn)
    assert list(containers) == ["bad\\x0aname.jsonl (jsonl)"]
    assert report.failures[0].place == "bad\\x0aname.jsonl line:2"
    (record,) = conn.read(containers["bad\\x0aname.jsonl (jsonl)"], ["a"])
    assert record.locator.item_dict()["key"] == "bad\nname.jsonl"
    assert conn.fetch(record.locator) == record


def test_relative_path_url_and_missing_folder(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tree.parent)
    assert [o.key for o in connect("root", include=("notes.txt",)).objects()] == ["notes.txt"]
    containers, report = discover(connect(tree / "nope"))
    assert containers == {} and report.failures[0].message == "folder not found or not a folder"
    with pytest.raises(ValueError):
        connect(tree, url="file://remote-host/share")


def test_size_cap_skips_big_files_and_is_reported(tree: Path) -> None:
    conn = connect(tree, include=("exports/*",), options={"max_file_bytes": 30})
    containers, report = discover(conn)
    assert [c.fields for c in containers.values()][0][0].name == "id"
    assert report.counters["skipped_too_large"] == 1
    assert report.failures[0].message == "larger than max_file_bytes; skipped"


@pytest.mark.parametrize(
    ("key", "fmt", "expected"),
    [
        ("exports/customers-2024-01-15.csv", "csv", "exports/customers-*.csv (csv)"),
        ("logs/access.log.1", "access_log", "logs/access.log.* (access_log)"),
        ("notes.txt", "text", "notes.txt (text)"),
        ("a/b/part-00001.jsonl", "jsonl", "a/b/part-*.jsonl (jsonl)"),
    ],
)
def test_container_name(key: str, fmt: str, expected: str) -> None:
    assert container_name(key, fmt) == expected


@pytest.mark.parametrize(
    ("pattern", "key", "expected"),
    [
        ("*", "a/b.csv", True),
        ("*.csv", "a/b.csv", True),
        ("**/*.csv", "b.csv", True),
        ("exports/", "exports/a.csv", True),
        ("exports/", "exports2/a.csv", False),
        ("exports/*.csv", "logs/a.csv", False),
    ],
)
def test_glob_match(pattern: str, key: str, expected: bool) -> None:
    assert glob_match(pattern, key) is expected


# -- incremental scans (the API shared with the S3 connector: connectors.objects) ------------


def test_changes_tells_new_changed_unchanged_and_deleted_objects(tree: Path) -> None:
    conn = connect(tree, include=("exports/*", "notes.txt"))
    previous = {o.key: o.etag for o in conn.objects()}
    previous["gone.csv"] = "1-1"
    notes = tree / "notes.txt"
    notes.write_text("Call Al Doe back, twice.\n")
    os.utime(notes, ns=(1, 2_000_000_000))
    (tree / "exports" / "customers-2024-03.csv").write_text("id,email\n4,cy@example.com\n")
    delta = changes(previous, conn.objects())
    assert [o.key for o in delta.new] == ["exports/customers-2024-03.csv"]
    assert [o.key for o in delta.changed] == ["notes.txt"]
    assert [o.key for o in delta.unchanged] == [
        "exports/customers-2024-01.csv", "exports/customers-2024-02.csv"]
    assert delta.deleted == ("gone.csv",)
    assert [o.key for o in delta.to_read] == ["exports/customers-2024-03.csv", "notes.txt"]


def test_discover_only_given_objects_opens_nothing_else(tree: Path) -> None:
    conn = connect(tree)
    listing = {o.key: o for o in conn.objects()}
    # binary now: had discovery opened it, it would be counted as skipped_binary
    (tree / "exports" / "customers-2024-01.csv").write_bytes(b"\x00\x01" * 100)
    report = ScanReport()
    only = [listing["exports/customers-2024-02.csv"], listing["empty.csv"]]
    containers = list(conn.discover(report, only=only))
    assert "skipped_binary" not in report.counters
    assert [c.name for c in containers] == ["exports/customers-*.csv (csv)"]
    assert report.failures == []
    assert conn.grouped() == {"exports/customers-*.csv (csv)": [only[0]]}
    assert conn.skipped() == [only[1]]
    emails = [r.values["email"] for r in conn.read(containers[0], ["email"])]
    assert emails == ["al@example.com", "bo@example.com"]


def test_read_restricted_to_keys_and_read_object(tree: Path) -> None:
    conn = connect(tree)
    containers, _ = discover(conn)
    customers = containers["exports/customers-*.csv (csv)"]
    records = list(conn.read(customers, ["email"], keys={"exports/customers-2024-01.csv"}))
    assert [r.values for r in records] == [{"email": "jo@example.com"}]
    assert list(conn.read(customers, ["email"], keys=set())) == []
    one = list(conn.read_object("exports/customers-2024-02.csv", ["email"]))
    assert [r.locator.container for r in one] == [customers.name] * 2
    # without a discover first, the object is sniffed on its own
    fresh = list(connect(tree).read_object("logs/access.log", ["ip"]))
    assert fresh[0].locator.container == "logs/access.log (access_log)"
    assert fresh[0].values == {"ip": "203.0.113.9"}
    assert list(connect(tree).read_object("photo.jpg")) == []
    assert list(conn.read_object("photo.jpg")) == []
    assert [o.key for o in conn.skipped()] == ["empty.csv", "photo.jpg"]  # still those
    assert list(connect(tree).read_object("../outside.csv")) == []


def test_objects_raises_rather_than_return_an_incomplete_listing(tree: Path) -> None:
    # NOTE: an incremental scan would take the files it did not see for deleted ones
    with pytest.raises(ReadError, match="folder not found"):
        list(connect(tree / "nope").objects())
