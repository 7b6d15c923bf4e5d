"""Line and document readers on small, messy fixtures made here."""

from __future__ import annotations

import io
import json

from connectors.formats import Limits, extract_text, find_record, iter_records


def read(data: bytes, name: str, limits: Limits | None = None, content_type: str | None = None):
    problems: list[tuple[str, str]] = []
    skips: list[tuple[str, str]] = []
    records = list(
        iter_records(io.BytesIO(data), name, content_type, limits or Limits(),
                     lambda p, m: problems.append((p, m)), lambda p, c: skips.append((p, c)))
    )
    return records, problems, skips


# -- CSV ---------------------------------------------------------------------------------


def test_csv_header_row_names_the_fields_and_rows_are_numbered_from_one() -> None:
    records, problems, _ = read(b"name,email\nJo,jo@example.com\nAl,al@example.com\n", "a.csv")
    assert records == [
        ("row:1", {"name": "Jo", "email": "jo@example.com"}),
        ("row:2", {"name": "Al", "email": "al@example.com"}),
    ]
    assert problems == []


def test_csv_with_bom_and_semicolons() -> None:
    records, _, _ = read("\ufeffnom;courriel\nJosé;j@example.fr\n".encode(), "export.csv")
    assert records == [("row:1", {"nom": "José", "courriel": "j@example.fr"})]


def test_csv_in_cp1252_decodes_without_crashing() -> None:
    data = "name;city\nFrançois;Besançon\nZoë;Montréal\n".encode("cp1252")
    records, problems, _ = read(data, "a.csv")
    assert [v["name"] for _, v in records] == ["François", "Zoë"]
    assert problems == []


def test_csv_utf8_with_a_stray_cp1252_byte_keeps_going() -> None:
    data = b"name,city\nJo,Lyon\n" + "Zoë,Nice\n".encode("cp1252")
    records, _, _ = read(data, "a.csv")
    assert records[1][1] == {"name": "Zoë", "city": "Nice"}


def test_tsv_and_pipe_delimiters_are_sniffed() -> None:
    assert read(b"a\tb\n1\t2\n", "x.tsv")[0] == [("row:1", {"a": "1", "b": "2"})]
    assert read(b"a|b\n1|2\n3|4\n", "x.csv")[0][1] == ("row:2", {"a": "3", "b": "4"})


def test_ragged_rows_are_kept_and_the_first_is_reported_without_values() -> None:
    records, problems, _ = read(b"a,b,c\n1,2\n1,2,3,4\n", "x.csv")
    assert records == [
        ("row:1", {"a": "1", "b": "2"}),
        ("row:2", {"a": "1", "b": "2", "c": "3", "column_4": "4"}),
    ]
    assert problems == [("row:1", "2 values for 3 columns")]


def test_csv_blank_and_duplicate_headers_get_names_and_quoted_newlines_stay_in_a_cell() -> None:
    records, _, _ = read(b'id,,id\n1,"two\nlines",3\n', "x.csv")
    assert records == [("row:1", {"id": "1", "column_2": "two\nlines", "id_2": "3"})]


def test_csv_empty_cells_are_none() -> None:
    assert read(b"a,b\n,x\n", "x.csv")[0] == [("row:1", {"a": None, "b": "x"})]


# -- JSON --------------------------------------------------------------------------------


def test_json_array_yields_one_record_per_element_with_flattened_paths() -> None:
    doc = [{"id": 1, "customer": {"email": "a@example.com", "tags": ["x", "y"]}}, {"id": 2}]
    records, _, _ = read(json.dumps(doc).encode(), "a.json")
    assert records == [
        ("$[0]", {"id": 1, "customer.email": "a@example.com", "customer.tags": "x; y"}),
        ("$[1]", {"id": 2}),
    ]


def test_json_object_splits_arrays_of_objects_and_keeps_the_rest() -> None:
    customers = [{"email": "a@x.io"}, {"email": "b@x.io"}]
    doc = {"export": {"date": "2024-01-01", "customers": customers}, "owner": {"name": "Jo"}}
    records, _, _ = read(json.dumps(doc).encode(), "a.json")
    assert records == [
        ("$.export.customers[0]", {"export.customers.email": "a@x.io"}),
        ("$.export.customers[1]", {"export.customers.email": "b@x.io"}),
        ("$", {"export.date": "2024-01-01", "owner.name": "Jo"}),
    ]


def test_json_depth_is_bounded() -> None:
    deep: object = "v"
    for _ in range(30):
        deep = {"k": deep}
    records, _, _ = read(json.dumps([deep]).encode(), "a.json", Limits(max_json_depth=3))
    ((item, values),) = records
    assert list(values) == ["k.k.k"]
    assert isinstance(values["k.k.k"], str) and values["k.k.k"].startswith('{"k"')


def test_invalid_json_document_is_reported() -> None:
    records, problems, _ = read(b'{"a": ', "a.json")
    assert records == [] and problems == [("", "not valid JSON; skipped")]


def test_bad_json_line_is_reported_and_the_rest_goes_on() -> None:
    data = b'{"email": "a@x.io"}\n{"email": "b@x.io", oops}\n\n{"user": {"email": "c@x.io"}}\n'
    records, problems, _ = read(data, "a.jsonl")
    assert records == [("line:1", {"email": "a@x.io"}), ("line:4", {"user.email": "c@x.io"})]
    assert problems == [("line:2", "not valid JSON; skipped")]


# -- text, access logs -------------------------------------------------------------------


def test_text_is_cut_in_paragraph_chunks_located_by_first_line() -> None:
    para = "word " * 40 + "\n"
    data = (para + "\n" + para + "\n" + para).encode()
    records, _, _ = read(data, "a.txt", Limits(text_chunk_chars=400))
    assert [item for item, _ in records] == ["line:1", "line:3", "line:5"]
    assert all(set(v) == {"text"} for _, v in records)


def test_a_long_line_is_cut_in_uniquely_named_pieces() -> None:
    records, _, _ = read(b"x" * 1000, "a.txt", Limits(text_chunk_chars=400))
    assert [item for item, _ in records] == ["line:1", "line:1.2", "line:1.3"]


def test_combined_log_lines_with_quotes_in_user_agent() -> None:
    data = (
        b'203.0.113.9 - alice [10/Oct/2023:13:55:36 +0200] "GET /cart?id=7 HTTP/1.1" 200 2326 '
        b'"https://shop.example/" "Mozilla/5.0 (X11) \\"quoted\\" Bar"\n'
        b'198.51.100.4 - - [10/Oct/2023:13:56:00 +0200] "POST /login HTTP/1.1" 302 - '
        b'"-" "curl/8 "raw" quote"\n'
        b"garbage line\n"
        b'192.0.2.1 - - [11/Oct/2023:08:00:00 +0000] "GET / HTTP/1.0" 404 12\n'
    )
    records, problems, _ = read(data, "access.log")
    assert [item for item, _ in records] == ["line:1", "line:2", "line:4"]
    first = records[0][1]
    assert first == {
        "ip": "203.0.113.9", "user": "alice", "timestamp": "2023-10-10T13:55:36+02:00",
        "method": "GET", "path": "/cart?id=7", "status": 200,
        "referrer": "https://shop.example/", "user_agent": 'Mozilla/5.0 (X11) "quoted" Bar',
    }
    assert records[1][1]["user_agent"] == 'curl/8 "raw" quote'
    assert records[1][1]["user"] is None and records[1][1]["referrer"] is None
    assert records[2][1]["user_agent"] is None  # common log format
    assert problems == [("line:3", "not an access log line; skipped")]


# -- eml -----------------------------------------------------------------------------------


EML = (
    b"From: Jo Doe <jo@example.com>\r\nTo: shop@example.com\r\nCc: al@example.com\r\n"
    b"Subject: =?utf-8?q?Commande_=C3=A9t=C3=A9?=\r\nDate: Tue, 10 Oct 2023 13:55:36 +0200\r\n"
    b"Message-ID: <1@example.com>\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
    b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nMy phone is 06 12 34 56 78.\r\n"
    b'--b\r\nContent-Type: text/csv\r\nContent-Disposition: attachment; filename="list.csv"\r\n'
    b"\r\nname,email\r\nAl,al@example.com\r\n"
    b"--b--\r\n"
)


def test_eml_headers_and_body_are_fields_and_attachments_are_read() -> None:
    records, problems, _ = read(EML, "m.eml")
    assert records[0][0] == "message"
    values = records[0][1]
    assert values["from"] == "Jo Doe <jo@example.com>"
    assert values["to"] == "shop@example.com" and values["cc"] == "al@example.com"
    assert values["subject"] == "Commande été"
    assert values["body"] == "My phone is 06 12 34 56 78."
    assert records[1] == ("member:list.csv/row:1", {"name": "Al", "email": "al@example.com"})
    assert problems == []


# -- caps, fetch, extract_text -----------------------------------------------------------


def test_record_cap_is_reported() -> None:
    data = b"".join(b'{"n": %d}\n' % i for i in range(10))
    records, problems, _ = read(data, "a.jsonl", Limits(max_records=3))
    assert len(records) == 3
    assert problems == [("", "record count cap hit (3); rest skipped")]


def test_object_byte_cap_is_reported() -> None:
    data = b"a,b\n" + b"1,2\n" * 1000
    records, problems, _ = read(data, "a.csv", Limits(max_object_bytes=100))
    assert 0 < len(records) < 1000
    assert ("", "object larger than 100 bytes; rest skipped") in problems


def test_long_values_are_clipped() -> None:
    records, _, _ = read(b"a\n" + b"x" * 500 + b"\n", "a.csv", Limits(max_field_chars=10))
    assert records == [("row:1", {"a": "x" * 10})]


def test_binary_content_is_skipped_and_counted_never_decoded() -> None:
    records, problems, skips = read(b"\x00\x01\x02PK junk\x00" * 100, "a.csv")
    assert records == [] and problems == [] and skips == [("", "skipped_binary")]


def test_find_record_returns_the_current_values_of_one_item() -> None:
    data = b"name,email\nJo,jo@example.com\nAl,al@example.com\n"
    assert find_record(io.BytesIO(data), "a.csv", "row:2") == {
        "name": "Al", "email": "al@example.com"}
    assert find_record(io.BytesIO(data), "a.csv", "row:3") is None


def test_extract_text_of_attachments() -> None:
    assert extract_text(b"name,email\nJo,jo@example.com\n", "a.csv", "text/csv") == (
        "Jo jo@example.com")
    assert extract_text(b"hello\n\nworld\n", "a.txt", None) == "hello\n\nworld"
    assert extract_text(b"\x00\x01\x02\x03", "a.bin", None) is None
    assert extract_text(b"", "a.txt", None) is None
    long = extract_text(b"x\n" * 5000, "a.txt", None, Limits(max_extract_chars=100))
    assert long is not None and len(long) == 100


def test_utf16_text_with_bom_is_decoded() -> None:
    records, _, _ = read("name,email\nJo,jo@example.com\n".encode("utf-16"), "a.csv")
    assert records == [("row:1", {"name": "Jo", "email": "jo@example.com"})]


def test_a_row_the_csv_module_refuses_is_reported_and_the_next_rows_are_read() -> None:
    import csv

    # csv's limit is process-wide, and an object scan earlier in the run may have raised it
    # to its max_line_chars: pin the module's default for this test.
    before = csv.field_size_limit(131072)
    try:
        data = b'a,b\n"' + b"x" * 200_000 + b'",1\n2,3\n'
        records, problems, _ = read(data, "a.csv")
    finally:
        csv.field_size_limit(before)
    assert records == [("row:2", {"a": "2", "b": "3"})]
    message = "unreadable row (field larger than field limit (131072)); skipped"
    assert problems == [("row:1", message)]
