"""No silent misses in object stores: what a cap cuts is scanned up to there and said.

Real files through the folder connector (the S3 one shares connectors.objects): a line
longer than max_line_chars keeps its prefix, a JSON line or document cut is closed so it
still parses, a record with more fields than max_columns keeps the first ones, and each
object that lost something says so in one failure that names no value.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from connectors.files import FilesConnector
from connectors.object_cuts import Cuts, LineCutter, close_json
from scanner.core.config import SourceConfig
from scanner.core.types import ContainerSchema, ScanReport

MB = 1_000_000


def connect(root: Path, **options: object) -> FilesConnector:
    return FilesConnector(SourceConfig(name="files", url=str(root), options=options))


def read_all(conn: FilesConnector) -> tuple[dict[str, ContainerSchema], list, ScanReport]:
    report = ScanReport()
    containers = {c.name: c for c in conn.discover(report)}
    records = [r for c in containers.values() for r in conn.read(c, [])]
    return containers, records, report


def cut(data: bytes, limit: int, fmt: str) -> tuple[bytes, Cuts]:
    cuts = Cuts(limit)
    return io.BufferedReader(LineCutter(io.BytesIO(data), limit, fmt, cuts)).read(), cuts


# -- the pieces -----------------------------------------------------------------------------


@pytest.mark.parametrize(("prefix", "closed"), [
    (b'{"a": 1, "b": "xy', {"a": 1, "b": "xy"}),
    (b'{"a": 1, "b": "xy\\', {"a": 1, "b": "xy"}),  # half an escape
    (b'{"a": 1, "b": "xy\\u00e', {"a": 1, "b": "xy"}),
    (b'{"a": 1, "b": ', {"a": 1}),  # a key without its value
    (b'{"a": 1, "b', {"a": 1}),
    (b'{"a": [1, 2, {"c": tru', {"a": [1, 2, {}]}),  # a literal the cut shortened
    (b'{"a": 12', {}),  # so may a number be
    (b'{"u": {"e": "a@b.example"}, "p": ["x", "y', {"u": {"e": "a@b.example"}, "p": ["x", "y"]}),
])
def test_a_cut_json_prefix_is_closed_into_json(prefix: bytes, closed: object) -> None:
    assert json.loads(close_json(prefix)) == closed


def test_the_line_cutter_keeps_bytes_and_line_numbers_and_cuts_only_long_lines() -> None:
    data = b"short\r\n" + b"x" * 50 + b"\nafter\rlast"
    out, cuts = cut(data, 20, "text")
    assert out == b"short\r\n" + b"x" * 18 + b"\nafter\rlast"
    assert (cuts.lines, cuts.first_line) == (1, (2, 50))
    plain = b"".join(b"line %d\n" % i for i in range(100_000))
    assert cut(plain, 1000, "text") == (plain, Cuts(1000))


def test_a_cut_csv_line_closes_its_quote_and_the_next_rows_read_as_they_are() -> None:
    data = b'id,notes\n1,"' + b"y" * 50 + b'\nstill "" inside"\n2,"ok"\n'
    out, _ = cut(data, 20, "csv")
    import csv

    rows = list(csv.reader(io.StringIO(out.decode())))
    assert rows[0] == ["id", "notes"] and rows[1] == ["1", "y" * 15]
    assert rows[-1] == ["2", "ok"]


def test_a_cut_never_splits_a_utf8_character() -> None:
    out, _ = cut("é".encode() * 30 + b"\n", 11, "text")
    assert out == "é".encode() * 4 + b"\n"


# -- through the connector ------------------------------------------------------------------


def test_a_long_csv_line_keeps_its_prefix_and_the_rows_after_it(tmp_path: Path) -> None:
    notes = "x" * 3_200_000
    (tmp_path / "crm").mkdir()
    (tmp_path / "crm" / "export.csv").write_text(
        "id,email,notes\n1,ann.lee@example.com,hi\n"
        f'2,bob.ray@example.org,"{notes}"\n3,cy.moe@example.net,bye\n')
    _, records, report = read_all(connect(tmp_path))
    by_part = {r.locator.item_dict()["part"]: r.values for r in records}
    assert by_part["row:2"]["email"] == "bob.ray@example.org"
    assert by_part["row:3"] == {"email": "cy.moe@example.net", "id": "3", "notes": "bye"}
    [failure] = report.failures
    assert failure.place == "crm/export.csv"
    assert failure.message == (
        "line 3: 3.2 MB line cut to the first 1 MB; row 2: field notes: value cut to its "
        "first 10,000 characters")
    assert report.counters["objects_cut"] == 1


def test_a_huge_json_line_is_read_up_to_the_cut(tmp_path: Path) -> None:
    big = {"user": {"email": "dan.fox@example.com", "phone": "+33 6 12 34 56 78"},
           "payload": ["p" * 1000] * 3000}
    lines = [{"user": {"email": "eve.gil@example.com"}}, big, {"user": {"email": "fay@x.org"}}]
    (tmp_path / "events.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines))
    conn = connect(tmp_path)
    _, records, report = read_all(conn)
    emails = [r.values.get("user.email") for r in records]
    assert emails == ["eve.gil@example.com", "dan.fox@example.com", "fay@x.org"]
    assert records[1].values["user.phone"] == "+33 6 12 34 56 78"
    assert [(f.place, f.message) for f in report.failures] == [
        ("events.jsonl line 2", "3 MB line cut to the first 1 MB; field payload: value cut "
                                "to its first 10,000 characters")]
    # fetch finds the cut record again, through the same cut
    assert conn.fetch(records[1].locator) == records[1]


def test_a_json_document_over_the_cap_is_read_up_to_the_cut(tmp_path: Path) -> None:
    people = [{"email": f"p{i}@example.com", "bio": "b" * 200} for i in range(2000)]
    (tmp_path / "people.json").write_text(json.dumps({"people": people}))
    conn = connect(tmp_path, max_document_bytes=100_000)
    _, records, report = read_all(conn)
    assert 300 < len(records) < 2000
    assert records[0].values["people.email"] == "p0@example.com"
    [failure] = report.failures
    assert (failure.place, failure.message) == (
        "people.json", "484.9 kB JSON document cut to the first 100 kB")
    assert conn.fetch(records[-1].locator) == records[-1]


def test_a_csv_with_thousands_of_columns_keeps_the_first_ones(tmp_path: Path) -> None:
    header = ",".join(["id", "email"] + [f"c{i}" for i in range(2398)])
    row = ",".join(["1", "gus.ho@example.com"] + ["v"] * 2398)
    (tmp_path / "wide.csv").write_text(f"{header}\n{row}\n{row}\n")
    containers, records, report = read_all(connect(tmp_path))
    assert len(containers["wide.csv (csv)"].fields) == 1000
    assert all(len(r.values) == 1000 for r in records)
    assert records[0].values["email"] == "gus.ho@example.com"
    assert [(f.place, f.message) for f in report.failures] == [
        ("wide.csv row 1", "2,400 columns, the first 1,000 scanned (and in 1 more record)")]


def test_nothing_cut_nothing_said_and_sampling_says_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("id,email\n1,a@example.com\n")
    (tmp_path / "b.jsonl").write_text('{"x": "' + "y" * 2_000_000 + '"}\n')
    conn = connect(tmp_path)
    report = ScanReport()
    containers = {c.name: c for c in conn.discover(report)}
    assert conn.sample(containers["b.jsonl (jsonl)"], 5)  # the sample's range is closed too
    assert report.failures == []
    list(conn.read(containers["a.csv (csv)"], []))
    assert report.failures == []
