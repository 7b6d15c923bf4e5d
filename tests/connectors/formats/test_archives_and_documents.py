"""gzip/zip recursion within caps, bombs and corrupt archives, PDF and DOCX text."""

from __future__ import annotations

import gzip
import io
import zipfile

from connectors.formats import Limits, extract_text, find_record, iter_records
from tests.connectors.formats.builders import make_docx, make_pdf, make_zip

MiB = 1024 * 1024
CSV = b"name,email\nJo,jo@example.com\nAl,al@example.com\n"


def read(data: bytes, name: str, limits: Limits | None = None):
    problems: list[tuple[str, str]] = []
    skips: list[tuple[str, str]] = []
    records = list(
        iter_records(io.BytesIO(data), name, None, limits or Limits(),
                     lambda p, m: problems.append((p, m)), lambda p, c: skips.append((p, c)))
    )
    return records, problems, skips


def test_gzip_member_is_read_with_its_inner_format() -> None:
    records, problems, _ = read(gzip.compress(CSV), "export.csv.gz")
    assert records == [
        ("member:export.csv/row:1", {"name": "Jo", "email": "jo@example.com"}),
        ("member:export.csv/row:2", {"name": "Al", "email": "al@example.com"}),
    ]
    assert problems == []


def test_zip_members_are_read_and_nested_archives_followed_to_the_depth_cap() -> None:
    inner = make_zip({"deep/c.csv": CSV})
    outer = make_zip({"a/b.csv": CSV, "logs.jsonl.gz": gzip.compress(b'{"ip": "1.2.3.4"}\n'),
                      "inner.zip": inner, "dir/": b""})
    records, problems, _ = read(outer, "bundle.zip")
    items = [item for item, _ in records]
    assert items == [
        "member:a/b.csv/row:1", "member:a/b.csv/row:2",
        "member:logs.jsonl.gz/member:logs.jsonl/line:1",
        "member:inner.zip/member:deep/c.csv/row:1", "member:inner.zip/member:deep/c.csv/row:2",
    ]
    assert problems == []
    records, problems, _ = read(outer, "bundle.zip", Limits(max_archive_depth=1))
    assert [i for i, _ in records] == items[:2]
    assert ("member:logs.jsonl.gz", "archive depth cap hit (1); not opened") in problems


def test_a_member_named_like_a_traversal_is_only_a_name() -> None:
    records, _, _ = read(make_zip({"../../etc/passwd.csv": CSV}), "evil.zip")
    assert records[0][0] == "member:../../etc/passwd.csv/row:1"


def test_zip_bomb_with_a_huge_member_stops_at_the_expanded_size_cap() -> None:
    bomb = make_zip({"zeros.txt": b"\0" * (8 * MiB)})  # a few KB on disk
    assert len(bomb) < 64 * 1024
    records, problems, _ = read(bomb, "bomb.zip", Limits(max_expanded_bytes=1 * MiB))
    assert records == []
    assert problems == [("", f"expanded size cap hit ({MiB} bytes)")]


def test_zip_member_past_the_ratio_cap_is_stopped_while_reading() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.csv", b"a,b\n" + b"1,2\n" * (2 * MiB))  # 8 MiB of lines
    records, problems, _ = read(buf.getvalue(), "b.zip", Limits(max_expansion_ratio=10))
    assert problems == [("", "expanded size cap hit (expansion ratio over 10)")]


def test_gzip_bomb_stops_on_the_ratio_cap() -> None:
    bomb = gzip.compress(b"a\n" * (4 * MiB))
    records, problems, _ = read(bomb, "big.txt.gz")
    assert problems == [("", "expanded size cap hit (expansion ratio over 200)")]


def test_zip_with_many_members_stops_at_the_member_cap() -> None:
    many = make_zip({f"m{i}.txt": b"hi" for i in range(30)})
    records, problems, _ = read(many, "many.zip", Limits(max_archive_members=10))
    assert len(records) == 10
    assert problems == [("", "archive member count cap hit (10)")]


def test_corrupt_gzip_is_a_recorded_failure() -> None:
    truncated = gzip.compress(CSV * 50)[:-30]
    records, problems, _ = read(truncated, "x.csv.gz")
    assert problems == [("", "corrupt gzip (EOFError); rest skipped")]
    garbage = b"\x1f\x8b\x08\x00" + b"\xff" * 40
    records, problems, _ = read(garbage, "y.gz")
    assert records == [] and len(problems) == 1 and problems[0][1].startswith("corrupt gzip")


def test_corrupt_zip_is_a_recorded_failure() -> None:
    records, problems, _ = read(b"PK\x03\x04" + b"\x00garbage" * 10, "x.zip")
    assert records == [] and problems == [("", "corrupt zip; skipped")]


def test_binary_member_is_skipped_and_counted() -> None:
    records, _, skips = read(make_zip({"img.png": b"\x89PNG\x00\x00", "a.txt": b"hi"}), "z.zip")
    assert records == [("member:a.txt/line:1", {"text": "hi"})]
    assert skips == [("member:img.png", "skipped_binary")]


def test_pdf_text_by_page() -> None:
    pdf = make_pdf(["Invoice for Jo Doe", "Card ending 4242"])
    records, problems, _ = read(pdf, "invoice.pdf")
    assert records == [("page:1", {"text": "Invoice for Jo Doe"}),
                       ("page:2", {"text": "Card ending 4242"})]
    assert problems == []
    assert find_record(io.BytesIO(pdf), "invoice.pdf", "page:2") == {"text": "Card ending 4242"}


def test_broken_pdf_is_reported_not_raised() -> None:
    records, problems, _ = read(b"%PDF-1.4\nnot really\n", "x.pdf")
    assert records == [] and len(problems) == 1 and "PDF" in problems[0][1]


def test_docx_paragraphs_in_chunks() -> None:
    docx = make_docx(["Dear Jo Doe,", "your order ships to 1 rue de Paris.", "Regards"])
    records, problems, _ = read(docx, "letter.docx")
    assert records == [
        ("para:1", {"text": "Dear Jo Doe,\n\nyour order ships to 1 rue de Paris.\n\nRegards"})
    ]
    assert problems == []
    many = make_docx([f"paragraph number {i} " * 5 for i in range(40)])
    records, _, _ = read(many, "long.docx", Limits(text_chunk_chars=500))
    assert len(records) > 3 and records[1][0].startswith("para:")


def test_docx_inside_a_zip_and_as_an_attachment() -> None:
    docx = make_docx(["Hello Jo"])
    records, _, _ = read(make_zip({"letters/a.docx": docx}), "z.zip")
    assert records == [("member:letters/a.docx/para:1", {"text": "Hello Jo"})]
    content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert extract_text(docx, "a.docx", content_type) == "Hello Jo"
    assert extract_text(make_pdf(["Hi Al"]), None, "application/pdf") == "Hi Al"
