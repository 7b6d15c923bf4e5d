"""Sniffing: content first, then the name and Content-Type as tie-breakers."""

from __future__ import annotations

import gzip
import io
import zipfile

import pytest

from connectors.formats import sniff


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


LOG = (
    b'203.0.113.9 - alice [10/Oct/2023:13:55:36 +0200] "GET /cart HTTP/1.1" 200 2326 '
    b'"https://shop.example/" "Mozilla/5.0"\n'
)
EML = b"From: a@example.com\nTo: b@example.com\nSubject: hi\n\nbody\n"

CASES = [
    # (name, head, content_type, expected)
    ("a.csv", gzip.compress(b"a,b\n1,2\n"), None, "gzip"),
    ("data.bin", gzip.compress(b"x"), None, "gzip"),
    ("a.zip", _zip({"a.csv": b"a,b\n"}), None, "zip"),
    ("report.docx", _zip({"[Content_Types].xml": b"", "word/document.xml": b""}), None, "docx"),
    ("noext", _zip({"word/document.xml": b"<w/>"}), None, "docx"),
    ("doc.pdf", b"%PDF-1.4\n...", None, "pdf"),
    ("doc", b"%PDF-1.7\n", None, "pdf"),
    ("a.txt", b"hello\x00world", None, "binary"),
    ("img.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None, "binary"),
    ("a.csv", b"\x01\x02\x03\x04\x05\x06\x07\x08 some", None, "binary"),
    ("empty.csv", b"", None, "unknown"),
    ("blank.txt", b"  \n\n", None, "unknown"),
    ("a.json", b'  {"a": 1}', None, "json"),
    ("a.txt", b'[{"a": 1}, {"a": 2}]', None, "json"),
    ("a.jsonl", b'{"a": 1}', None, "jsonl"),
    ("a.log", b'{"a": 1}\n{"a": 2}\n{"a": 3}\n', None, "jsonl"),
    ("object", b'{"a": 1}', "application/x-ndjson", "jsonl"),
    ("access.log", LOG * 3, None, "access_log"),
    ("anything", LOG, None, "access_log"),
    ("msg.eml", EML, None, "eml"),
    ("noext", EML, None, "eml"),
    ("x", b"Subject: only one\n\nbody", "message/rfc822", "eml"),
    ("a.csv", b"name;email\nJo;j@example.com\n", None, "csv"),
    ("a.tsv", b"name\temail\nJo\tj@example.com\n", None, "csv"),
    ("export", b"id|name|city\n1|Jo|Lyon\n2|Al|Nice\n", None, "csv"),
    ("obj", b"id,name\n1,Jo\n", "text/csv; charset=utf-8", "csv"),
    ("a.csv", b"\xef\xbb\xbfname,email\nJo,j@x\n", None, "csv"),
    ("notes.txt", b"Dear Jo,\nthanks for your order.\nBest, Al\n", None, "text"),
    ("a.txt", "caf\u00e9 cr\u00e8me\n".encode("cp1252"), None, "text"),
    ("u16.txt", "hello\n".encode("utf-16"), None, "text"),
]


@pytest.mark.parametrize(("name", "head", "content_type", "expected"), CASES)
def test_sniff(name: str, head: bytes, content_type: str | None, expected: str) -> None:
    assert sniff(name, head, content_type) == expected
