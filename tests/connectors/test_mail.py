"""The mbox, Maildir and .eml connectors, on mailboxes written by mail_fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

import connectors.formats as formats
from connectors.mail import EmlConnector, MaildirConnector
from connectors.mbox import MboxConnector, iter_mbox
from connectors.message import (
    FIELD_NAMES,
    MAX_HEADER_BYTES,
    MailLimits,
    parse_message,
)
from connectors.message_headers import parse_address_list
from scanner.core.config import SourceConfig
from scanner.core.types import ScanReport
from tests.connectors import mail_fixtures as fx

HAS_READERS = hasattr(formats, "extract_text")
needs_readers = pytest.mark.skipif(not HAS_READERS, reason="connectors.formats not merged yet")


def source(url: str, **options: object) -> SourceConfig:
    return SourceConfig(name="mail", url=url, options=dict(options))


def by_subject(records: list) -> dict:
    return {r.values["subject"]: r for r in records}


def read_all(conn, report: ScanReport | None = None, **kw) -> list:
    report = report or ScanReport()
    out = []
    for c in conn.discover(report):
        out.extend(conn.read(c, FIELD_NAMES, **kw))
    conn.drain_into(report)
    return out


@pytest.fixture
def mbox(tmp_path: Path) -> Path:
    return fx.write_mbox(tmp_path / "support.mbox", list(fx.all_messages().values()))


# -- one message, one record ---------------------------------------------------------------


def test_headers_are_decoded_into_name_and_address_lists() -> None:
    values, notes = parse_message(fx.RFC2047)
    assert values["from"] == "Chloé Dubois <chloe.dubois@example.fr>"
    assert values["to"] == 'Thérèse <therese@example.fr>, "Durand, Jules" <jd@example.fr>'
    assert values["subject"] == "Commande n° 42 livrée"
    assert values["date"] == "2024-06-05T08:00:00+00:00"
    assert values["message_id"] == "<rfc2047@shop.example>"
    assert notes == []


def test_formatted_address_lists_parse_back_for_linking() -> None:
    values, _ = parse_message(fx.plain())
    assert [a for _, a in parse_address_list(values["cc"])] == [
        "bruno@example.org", "carla@example.net"]
    assert parse_address_list(values["reply_to"]) == [("", "alice.private@example.com")]


def test_when_a_message_has_plain_and_html_then_the_body_is_the_plain_part() -> None:
    values, _ = parse_message(fx.alternative())
    assert values["body"].strip() == f"Please refund to IBAN {fx.IBAN}."


def test_when_a_message_is_html_only_then_the_body_is_its_visible_text() -> None:
    body = parse_message(fx.html_only())[0]["body"]
    assert "+33 7 98 76 54 32" in body and "Hi David" in body
    assert "<" not in body and "color" not in body and "var x" not in body


def test_when_the_charset_is_unknown_then_the_text_is_decoded_anyway() -> None:
    values, notes = parse_message(fx.BAD_CHARSET)
    assert notes == ["part 1 (text/plain): unknown charset x-no-such-charset; read as UTF-8 "
                     "or Latin-1"]
    assert values["from"] == "René Moreau <rene@example.fr>"
    assert "06 55 44 33 22" in values["body"]
    assert values["date"] is None  # "not a date at all"


def test_when_base64_is_broken_and_a_boundary_missing_then_the_message_is_still_read() -> None:
    values, notes = parse_message(fx.BROKEN_BASE64)
    assert values["subject"] == "broken" and values["attachment.names"] == "x.csv"
    assert values["body"] == "Hello world"
    assert notes == ["part 1 (multipart/mixed): broken multipart, no closing boundary (cut "
                     "short?)", "part 2 (text/plain): damaged base64; what could be decoded "
                     "is scanned", "part 3 (text/csv): damaged base64; what could be decoded "
                     "is scanned"]


def test_a_multipart_without_its_boundary_is_read_as_raw_text_and_said() -> None:
    raw = (b"From: Ana Lopes <ana.lopes@example.com>\nTo: shop@example.fr\n"
           b'Content-Type: multipart/mixed; boundary="declared"\n\n'
           b"--other\nContent-Type: text/plain\n\nCall me on 06 12 34 56 78\n--other--\n")
    values, notes = parse_message(raw)
    assert values["from"] == "Ana Lopes <ana.lopes@example.com>"
    assert "06 12 34 56 78" in values["body"]
    assert notes == ["part 1 (multipart/mixed): broken multipart, its boundary never found; "
                     "its raw text scanned as the body"]


def test_a_message_over_the_cap_is_read_by_its_headers_and_said() -> None:
    values, notes = parse_message(fx.with_attachments(), limits=MailLimits(max_message_bytes=1000))
    assert values["from"] == "Emma Petit <emma.petit@example.com>"
    assert values["subject"] == "Documents"
    assert values["body"] is None and values["attachment.names"] is None
    assert set(values) == set(FIELD_NAMES)
    assert notes == ["3.9 kB message over the 1 kB cap: linked by its headers only, its body "
                     "not scanned"]


def test_text_attachments_land_in_one_field_per_kind() -> None:
    values, _ = parse_message(fx.with_attachments())
    assert "+33 6 11 22 33 44" in values["attachment.text"]
    assert fx.IBAN in values["attachment.csv"]
    assert "CV_Emma_Petit.pdf" in values["attachment.names"]
    assert values["body"].startswith("Please find")


@needs_readers
def test_json_pdf_and_docx_attachments_are_read_by_the_shared_readers() -> None:
    values, _ = parse_message(fx.with_attachments())
    assert "+33 6 11 22 33 44" in values["attachment.json"]
    assert "FR7630006000011234567890189" in values["attachment.pdf"]
    assert "Emma Petit" in values["attachment.docx"]
    assert values["attachment.other"] is None  # the PNG holds no text


def test_a_forwarded_message_is_read_as_an_eml_attachment() -> None:
    values, _ = parse_message(fx.forwarded())
    assert "Hugo Leroy <hugo@example.net>" in values["attachment.eml"]
    assert "06 01 02 03 04" in values["attachment.eml"]
    assert "06 01 02 03 04" not in values["body"]


def test_when_only_headers_are_wanted_then_only_headers_are_returned() -> None:
    values, _ = parse_message(fx.with_attachments(), ["from", "to"])
    assert set(values) == {"from", "to"}


def test_caps_cut_the_body_and_skip_big_attachments_and_say_so() -> None:
    limits = MailLimits(max_body_chars=10, max_attachment_bytes=20)
    values, notes = parse_message(fx.with_attachments(), limits=limits)
    assert values["body"] == "Please fin"
    assert any("body cut at 10" in n for n in notes)
    assert any("larger than 20 bytes" in n for n in notes)
    assert all("Emma" not in n for n in notes)  # notes name places, never content


# -- mbox ----------------------------------------------------------------------------------


def test_mbox_yields_one_record_per_message_and_records_the_unparsable_one(tmp_path: Path) -> None:
    messages = [*fx.all_messages().values(), fx.NO_HEADERS]
    conn = MboxConnector(source(f"mbox://{fx.write_mbox(tmp_path / 'in.mbox', messages)}"))
    report = ScanReport()
    records = read_all(conn, report)
    assert len(records) == len(messages) - 1
    assert report.counters["mail.messages"] == len(records)
    assert report.counters["mail.messages_failed"] == 1
    [failure] = [f for f in report.failures if "no header fields" in f.message]
    assert failure.place.startswith("in.mbox offset=")
    # the damaged ones are read, and what was damaged is said, one failure each
    damaged = [f.message for f in report.failures if f is not failure]
    assert damaged == [
        "part 1 (text/plain): unknown charset x-no-such-charset; read as UTF-8 or Latin-1",
        "part 1 (multipart/mixed): broken multipart, no closing boundary (cut short?); "
        "part 2 (text/plain): damaged base64; what could be decoded is scanned; "
        "part 3 (text/csv): damaged base64; what could be decoded is scanned"]


def test_mbox_container_is_the_file_with_every_field(mbox: Path) -> None:
    conn = MboxConnector(source(f"mbox://{mbox}"))
    [container] = list(conn.discover(ScanReport()))
    assert container.name == "support.mbox"
    kinds = {f.name: f.kind for f in container.fields}
    assert kinds["from"] == "text" and kinds["body"] == "free_text"
    assert kinds["attachment.pdf"] == "free_text"


def test_mbox_quoted_from_lines_stay_inside_their_message(tmp_path: Path) -> None:
    raw = b"From: a@example.com\nSubject: q\nMessage-ID: <q@x>\n\nline\nFrom here on\nend\n"
    conn = MboxConnector(source(f"mbox://{fx.write_mbox(tmp_path / 'q.mbox', [raw, raw])}"))
    records = read_all(conn)
    assert len(records) == 2
    assert ">From here on" in records[0].values["body"]


def test_mbox_locators_use_message_id_or_the_offset_when_missing_or_repeated(
        tmp_path: Path) -> None:
    path = fx.write_mbox(tmp_path / "m.mbox", [fx.plain(), fx.NO_MESSAGE_ID, fx.plain()])
    conn = MboxConnector(source(f"mbox://{path}"))
    items = [r.locator.item for r in read_all(conn)]
    assert items[0] == (("message_id", "<plain-1@shop.example>"),)
    assert items[1][0][0] == "offset" and items[2][0][0] == "offset"


def test_mbox_fetch_returns_the_message_and_its_original_bytes(tmp_path: Path) -> None:
    path = fx.write_mbox(tmp_path / "m.mbox", [fx.alternative(), fx.NO_MESSAGE_ID, fx.plain()])
    conn = MboxConnector(source(f"mbox://{path}"))
    records = read_all(conn)
    for rec in records:
        again = conn.fetch(rec.locator)
        assert again is not None and again.values["subject"] == rec.values["subject"]
        assert again.values["raw"].startswith(b"From: ") or b"\nFrom: " in again.values["raw"]
    assert conn.fetch(records[2].locator).values["raw"] == fx.plain().replace(b"\r\n", b"\n")


def test_mbox_fetch_of_a_vanished_message_is_none(tmp_path: Path) -> None:
    path = fx.write_mbox(tmp_path / "m.mbox", [fx.plain(), fx.NO_MESSAGE_ID])
    conn = MboxConnector(source(f"mbox://{path}"))
    records = read_all(conn)
    fx.write_mbox(path, [fx.alternative()])
    assert all(conn.fetch(r.locator) is None for r in records)


def test_mbox_read_resumes_after_the_last_scan_when_the_file_only_grew(tmp_path: Path) -> None:
    path = fx.write_mbox(tmp_path / "m.mbox", [fx.plain(), fx.alternative()])
    conn = MboxConnector(source(f"mbox://{path}"))
    [c] = list(conn.discover(ScanReport()))
    state = conn.state(c)
    assert len(list(conn.read(c, ["subject"], since=state))) == 0
    with path.open("ab") as f:
        f.write(fx.mbox_bytes([fx.html_only()]))
    assert [r.values["subject"] for r in conn.read(c, ["subject"], since=state)] == ["Newsletter"]


def test_mbox_read_starts_over_when_the_file_was_rewritten(tmp_path: Path) -> None:
    path = fx.write_mbox(tmp_path / "m.mbox", [fx.plain(), fx.alternative()])
    conn = MboxConnector(source(f"mbox://{path}"))
    [c] = list(conn.discover(ScanReport()))
    state = conn.state(c)
    fx.write_mbox(path, [fx.alternative(), fx.html_only(), fx.plain()])  # compacted + grown
    assert len(list(conn.read(c, ["subject"], since=state))) == 3


def test_mbox_message_over_the_size_cap_is_linked_by_its_headers_and_recorded(
        tmp_path: Path) -> None:
    path = fx.write_mbox(tmp_path / "m.mbox", [fx.with_attachments(), fx.plain()])
    conn = MboxConnector(source(f"mbox://{path}", max_message_bytes=2000))
    report = ScanReport()
    records = read_all(conn, report)
    assert [r.values["subject"] for r in records] == ["Documents", "Order CMD-2024-000042"]
    big = records[0].values
    assert big["from"] == "Emma Petit <emma.petit@example.com>"
    assert big["body"] is None and big["attachment.csv"] is None
    assert report.counters["mail.caps_hit"] == 1 and report.counters["mail.headers_only"] == 1
    [failure] = report.failures
    assert failure.message == ("3.9 kB message over the 2 kB cap: linked by its headers only, "
                               "its body not scanned")
    # an export reads it whole
    fetched = conn.fetch(records[0].locator)
    assert fetched is not None and len(fetched.values["raw"]) > 2000
    assert fetched.values["body"] and "+33 6 11 22 33 44" in fetched.values["attachment.text"]


def test_mbox_scanner_holds_a_giant_line_in_bounded_pieces(tmp_path: Path) -> None:
    path = tmp_path / "g.mbox"
    path.write_bytes(b"From x\nSubject: big\n\n" + b"a" * 300_000 + b"\nFrom y\nSubject: s\n\nb\n")
    with path.open("rb") as f:
        got = list(iter_mbox(f, 0, 100_000))
    assert [(off, size) for off, _, size in got] == [(0, 300_015), (300_022, 14)]
    assert got[0][1] is not None and got[0][1].startswith(b"Subject: big\n\naaa")
    assert len(got[0][1]) <= MAX_HEADER_BYTES
    assert got[1][1] == b"Subject: s\n\nb\n"


def test_eml_over_the_size_cap_is_read_by_its_first_bytes_and_linked_by_its_headers(
        tmp_path: Path) -> None:
    big = fx.plain().replace(b"\n\n", b"\n\n" + b"filler\n" * 100_000, 1)
    root = fx.write_eml_dir(tmp_path / "x", {"big.eml": big})
    conn = EmlConnector(source(f"eml://{root}", max_message_bytes=100_000))
    report = ScanReport()
    [record] = read_all(conn, report)
    assert record.values["subject"] == "Order CMD-2024-000042" and record.values["body"] is None
    assert "700.4 kB message over the 100 kB cap" in report.failures[0].message


def test_mbox_sample_spreads_over_the_file(tmp_path: Path) -> None:
    msgs = [fx.plain().replace(b"plain-1", f"p{i}".encode()).replace(
        b"CMD-2024-000042", f"CMD-{i:04d}".encode()) for i in range(100)]
    conn = MboxConnector(source(f"mbox://{fx.write_mbox(tmp_path / 'm.mbox', msgs)}"))
    [c] = list(conn.discover(ScanReport()))
    sample = conn.sample(c, 16)
    subjects = sorted(r.values["subject"] for r in sample)
    assert len(sample) == 16 and len(set(subjects)) == 16
    assert subjects[-1] >= "Order CMD-0080"  # not only the head of the file


def test_mbox_url_naming_a_directory_gives_one_container_per_mbox_file(tmp_path: Path) -> None:
    fx.write_mbox(tmp_path / "Inbox", [fx.plain()])
    fx.write_mbox(tmp_path / "Archives" / "2024", [fx.alternative()])
    (tmp_path / "Inbox.msf").write_bytes(b"// index")
    conn = MboxConnector(source(f"mbox://{tmp_path}"))
    assert [c.name for c in conn.discover(ScanReport())] == ["Archives/2024", "Inbox"]


# -- Maildir -------------------------------------------------------------------------------


@pytest.fixture
def maildir(tmp_path: Path) -> Path:
    return fx.write_maildir(tmp_path / "Maildir", {
        "INBOX": [fx.plain(), fx.alternative(), fx.BAD_CHARSET],
        ".Sent": [fx.html_only()],
        ".Archive.2024": [fx.RFC2047, fx.NO_HEADERS],
        "Projects/Shop": [fx.with_attachments()],
    })


def test_maildir_folders_plain_maildirplusplus_and_nested(maildir: Path) -> None:
    conn = MaildirConnector(source(f"maildir://{maildir}"))
    containers = {c.name: c.row_estimate for c in conn.discover(ScanReport())}
    assert containers == {"INBOX": 3, "Sent": 1, "Archive/2024": 2, "Projects/Shop": 1}


def test_maildir_include_and_exclude_globs_select_folders(maildir: Path) -> None:
    conn = MaildirConnector(SourceConfig(name="m", url=f"maildir://{maildir}",
                                         include=("*",), exclude=("Archive/*",)))
    assert sorted(c.name for c in conn.discover(ScanReport())) == ["INBOX", "Projects/Shop",
                                                                   "Sent"]


def test_maildir_locator_is_the_unique_name_and_survives_a_flag_change(maildir: Path) -> None:
    conn = MaildirConnector(source(f"maildir://{maildir}"))
    report = ScanReport()
    records = read_all(conn, report)
    assert len(records) == 6 and report.counters["mail.messages_failed"] == 1
    rec = next(r for r in records if r.locator.container == "INBOX")
    [(key, unique)] = rec.locator.item
    assert key == "name" and ":" not in unique
    new = maildir / "new" / unique
    new.rename(maildir / "cur" / f"{unique}:2,RS")  # a mail client read and answered it
    again = conn.fetch(rec.locator)
    assert again is not None and again.values["subject"] == rec.values["subject"]
    assert b"Subject:" in again.values["raw"]


def test_maildir_read_since_skips_files_not_modified_since(maildir: Path) -> None:
    conn = MaildirConnector(source(f"maildir://{maildir}"))
    inbox = next(c for c in conn.discover(ScanReport()) if c.name == "INBOX")
    state = conn.state(inbox)
    assert state["messages"] == 3
    assert list(conn.read(inbox, ["subject"], since=state)) == []
    fresh = maildir / "new" / "1800000000.M9P9.testhost"
    fresh.write_bytes(fx.html_only())
    import os

    os.utime(fresh, ns=(state["max_mtime_ns"] + 1, state["max_mtime_ns"] + 1))
    assert [r.values["subject"] for r in conn.read(inbox, ["subject"], since=state)] == [
        "Newsletter"]


# -- .eml ----------------------------------------------------------------------------------


def test_eml_directories_are_containers_and_paths_locate_messages(tmp_path: Path) -> None:
    root = fx.write_eml_dir(tmp_path / "exports", {
        "a.eml": fx.plain(), "2024/june/b.eml": fx.RFC2047, "2024/june/c.EML": fx.forwarded(),
        "2024/june/notes.txt": b"not a message", "broken.eml": b"",
    })
    conn = EmlConnector(source(f"eml://{root}"))
    report = ScanReport()
    records = read_all(conn, report)
    assert {r.locator.container for r in records} == {".", "2024/june"}
    paths = sorted(dict(r.locator.item)["path"] for r in records)
    assert paths == ["2024/june/b.eml", "2024/june/c.EML", "a.eml"]
    assert report.failures[0].place == ". path=broken.eml"
    assert report.failures[0].message == "empty message"
    rec = next(r for r in records if dict(r.locator.item)["path"] == "a.eml")
    assert conn.fetch(rec.locator).values["raw"] == fx.plain()


def test_eml_fetch_never_leaves_the_root(tmp_path: Path) -> None:
    root = fx.write_eml_dir(tmp_path / "exports", {"a.eml": fx.plain()})
    (tmp_path / "secret.eml").write_bytes(fx.plain())
    conn = EmlConnector(source(f"eml://{root}"))
    records = read_all(conn)
    outside = type(records[0].locator)("mail", ".", (("path", "../secret.eml"),))
    assert conn.fetch(outside) is None


def test_eml_patterns_option_reads_files_of_any_name(tmp_path: Path) -> None:
    root = fx.write_eml_dir(tmp_path / "raw", {"msg_01.txt": fx.plain(), "m2": fx.RFC2047})
    conn = EmlConnector(source(f"eml://{root}", patterns=["*"]))
    assert len(read_all(conn)) == 2


def test_a_missing_path_is_an_error_at_open(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        MboxConnector(source(f"mbox://{tmp_path}/nope.mbox"))


# -- the demo mailbox --------------------------------------------------------------------


def test_demo_mailbox_senders_include_shop_customers(tmp_path: Path) -> None:
    import random

    from scanner.demo.estate import customers
    from scanner.demo.mail import build_mailbox

    rows = [(c[1], c[2], c[3]) for c in customers(random.Random(7), 200) if c[3]]
    path = build_mailbox(tmp_path / "support.mbox", rows, seed=7)
    assert build_mailbox(tmp_path / "again.mbox", rows, seed=7).read_bytes() == path.read_bytes()
    report = ScanReport()
    records = read_all(MboxConnector(source(f"mbox://{path}")), report)
    assert 25 <= len(records) <= 35 and not report.failures
    emails = {r[2] for r in rows}
    senders = {a for r in records for _, a in parse_address_list(r.values["from"])}
    assert len(senders & emails) >= 15
    bodies = " ".join(r.values["body"] or "" for r in records)
    assert "CMD-2024-" in bodies and "IBAN FR" in bodies
    assert any(r.values["attachment.csv"] for r in records)


def test_fetch_of_an_unreadable_message_still_returns_its_original_bytes(tmp_path: Path) -> None:
    root = fx.write_eml_dir(tmp_path / "x", {"junk.eml": fx.NO_HEADERS})
    conn = EmlConnector(source(f"eml://{root}"))
    assert read_all(conn) == []
    from scanner.core.types import Locator

    got = conn.fetch(Locator("mail", ".", (("path", "junk.eml"),)))
    assert got is not None and got.values == {"raw": fx.NO_HEADERS}


def test_a_malformed_content_type_keeps_file_names_out_of_failure_messages() -> None:
    raw = (b"From: a@example.com\nSubject: s\nMIME-Version: 1.0\n"
           b"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nhi\n"
           b'--b\nContent-Type: application/pdf name="CV_Jean_Dupont.pdf"\n'
           b"Content-Transfer-Encoding: base64\n\n" + b"QUJD" * 20 + b"\n--b--\n")
    _, notes = parse_message(raw, limits=MailLimits(max_attachment_bytes=10))
    assert notes and all("Dupont" not in n for n in notes)
    assert "application/pdf)" in notes[0]
