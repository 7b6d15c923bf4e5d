"""`pdmap detect`: the scan's detection on the user's texts, as JSON lines of offsets.

The real detector, loaded once for the module (get_detector caches it; the French model is
loaded only by the tests that need it)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from scanner.cli.main import main
from scanner.core.errors import EXIT_PARTIAL
from scanner.detect.presidio.analyzer import get_detector

EMAIL = "jane.doe@example.com"
PHONE = "+33 6 12 34 56 78"


@pytest.fixture(scope="module", autouse=True)
def _detector() -> None:
    get_detector(("en", "fr"))  # what the command asks for without a pdmap.yaml


@pytest.fixture(autouse=True)
def _no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no pdmap.yaml here: the defaults


def run(*args: str, stdin: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, ["detect", *args], input=stdin)


def records(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def spans(text: str, record: dict[str, Any]) -> dict[str, str]:
    return {e["entity"]: text[e["start"]:e["end"]] for e in record["entities"]}


def test_plain_text_from_stdin_gives_offsets_of_an_email_and_a_phone() -> None:
    text = f"Please write to {EMAIL} or call {PHONE} before Friday."
    result = run("--lang", "en", stdin=text + "\n")
    assert result.exit_code == 0, result.output
    [record] = records(result)
    assert record["source"] == "-" and record["line"] == 1 and record["language"] == "en"
    assert "id" not in record
    found = spans(text, record)
    assert found["EMAIL_ADDRESS"] == EMAIL
    assert found["PHONE_NUMBER"] == PHONE
    by_entity = {e["entity"]: e for e in record["entities"]}
    assert by_entity["EMAIL_ADDRESS"]["category"] == "contact.email"
    assert by_entity["PHONE_NUMBER"]["category"] == "contact.phone"
    assert 0 < by_entity["EMAIL_ADDRESS"]["score"] <= 1
    assert EMAIL not in result.stdout and "12 34" not in result.stdout, "never a raw value"


def test_jsonl_file_keeps_ids_and_input_order(tmp_path: Path) -> None:
    texts = [f"Contact {EMAIL} today.", "Nothing to see here.", f"Call me at {PHONE}."]
    ids: list[Any] = ["a-1", 2, None]
    path = tmp_path / "notes.jsonl"
    lines = [json.dumps({"id": i, "text": t}) for i, t in zip(ids, texts, strict=True)]
    lines.append(json.dumps({"text": "no id here"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("--lang", "en", str(path))
    assert result.exit_code == 0, result.output
    out = records(result)
    assert [r["line"] for r in out] == [1, 2, 3, 4]
    assert [r.get("id", "absent") for r in out] == [*ids, "absent"]
    assert all(r["source"] == str(path) for r in out)
    assert spans(texts[0], out[0])["EMAIL_ADDRESS"] == EMAIL
    assert out[1]["entities"] == []
    assert spans(texts[2], out[2])["PHONE_NUMBER"] == PHONE


def test_lang_fr_reads_a_french_text_with_the_french_model() -> None:
    text = "Bonjour, je suis Marie Dupont et mon numéro est le 06 12 34 56 78. Cordialement."
    result = run("--lang", "fr", stdin=text)
    assert result.exit_code == 0, result.output
    [record] = records(result)
    assert record["language"] == "fr"
    found = spans(text, record)
    assert found["PERSON"] == "Marie Dupont"
    assert found["PHONE_NUMBER"] == "06 12 34 56 78"


def test_a_bad_json_line_is_named_on_stderr_and_the_other_lines_still_come(
        tmp_path: Path) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": 1, "text": f"Mail {EMAIL}"}),
        json.dumps({"id": 2, "body": "no text"}),
        '{"id": 3, "text": "jane.doe@example.com',  # cut short: not JSON, never echoed
        json.dumps({"id": 4, "text": "fine"}),
    ]) + "\n", encoding="utf-8")
    result = run("--lang", "en", str(path))
    assert result.exit_code == EXIT_PARTIAL
    assert [r["id"] for r in records(result)] == [1, 4]
    assert f"pdmap detect: {path} line 2: no text field" in result.stderr
    assert f"pdmap detect: {path} line 3: not JSON" in result.stderr
    assert EMAIL not in result.stderr
    assert "Traceback" not in result.output


def test_a_missing_file_is_skipped_and_the_others_are_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"write to {EMAIL}\n", encoding="utf-8")
    result = run("--lang", "en", str(tmp_path / "nope.txt"), str(path))
    assert result.exit_code == EXIT_PARTIAL
    assert f"pdmap detect: {tmp_path / 'nope.txt'}: no such file" in result.stderr
    [record] = records(result)
    assert record["source"] == str(path) and record["line"] == 1
    assert "Traceback" not in result.output


def test_empty_lines_keep_line_numbers_aligned() -> None:
    lines = [f"mail {EMAIL}", "", "   ", f"phone {PHONE}", ""]
    result = run("--lang", "en", "-", stdin="\r\n".join(lines) + "\r\n")
    assert result.exit_code == 0, result.output
    out = records(result)
    assert [r["line"] for r in out] == [1, 2, 3, 4, 5]
    assert [bool(r["entities"]) for r in out] == [True, False, False, True, False]
    assert spans(lines[3], out[3])["PHONE_NUMBER"] == PHONE  # offsets without the \r


def test_entities_and_min_score_filter() -> None:
    text = f"Write to {EMAIL} or call {PHONE}. Server 10.0.0.1"
    result = run("--lang", "en", "--entities", "phone_number, EMAIL_ADDRESS", stdin=text)
    assert result.exit_code == 0, result.output
    [record] = records(result)
    assert {e["entity"] for e in record["entities"]} == {"PHONE_NUMBER", "EMAIL_ADDRESS"}
    only = records(run("--lang", "en", "--entities", "PHONE_NUMBER", stdin=text))[0]
    assert [e["entity"] for e in only["entities"]] == ["PHONE_NUMBER"]
    everything = records(run("--lang", "en", stdin=text))[0]["entities"]
    strong = records(run("--lang", "en", "--min-score", "0.9", stdin=text))[0]["entities"]
    assert strong == [e for e in everything if e["score"] >= 0.9]
    assert len(strong) < len(everything)  # an IP address scores 0.6


def test_auto_guesses_each_text_among_the_config_languages(tmp_path: Path) -> None:
    fr = "Bonjour, merci pour votre commande, je vous rappelle demain."
    en = "Hello, thanks for your order, please call me tomorrow."
    assert [r["language"] for r in records(run(stdin=f"{fr}\n{en}\n"))] == ["fr", "en"]
    (tmp_path / "pdmap.yaml").write_text("languages: [en]\n", encoding="utf-8")
    assert [r["language"] for r in records(run(stdin=f"{fr}\n{en}\n"))] == ["en", "en"]


def test_a_line_that_is_not_utf8_is_skipped_and_named(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"caf\xe9\n" + f"mail {EMAIL}\n".encode())
    result = run("--lang", "en", str(path))
    assert result.exit_code == EXIT_PARTIAL
    assert f"{path} line 1: not UTF-8" in result.stderr
    assert [r["line"] for r in records(result)] == [2]
