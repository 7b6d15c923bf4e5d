"""The labelled texts of bench/bench_freetext.py cannot rot silently: every record of
tests/data/freetext/*.jsonl is well formed and its spans are sound, the generated file is
what tests/estates/freetext.py writes, and the scorer counts as presidio-research does on
tiny hand examples. No detector and no spaCy model is loaded here."""

from __future__ import annotations

import ipaddress
import json
import math
import re
import string
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.estates.freetext_score import (
    LABELS,
    PREDICTED_MAP,
    BirthScore,
    Score,
    Span,
    SpanScore,
    TokenScore,
    f_beta,
    io_tags,
    iou,
    mask,
    match_spans,
    predicted_spans,
    tokens,
)

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "freetext"
KINDS = {"ticket", "crm_note", "email", "address_field", "chat"}
MIN_TOKENS = 50


def read(name: str) -> tuple[list[str], list[dict[str, Any]]]:
    lines = (DATA / name).read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "", f"{name} must end with a newline"
    lines = lines[:-1]
    return lines, [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def generated() -> tuple[list[str], list[dict[str, Any]]]:
    return read("generated.jsonl")


@pytest.fixture(scope="module")
def real() -> tuple[list[str], list[dict[str, Any]]]:
    return read("real.jsonl")


@pytest.fixture(scope="module")
def records(generated: Any, real: Any) -> list[dict[str, Any]]:
    return generated[1] + real[1]


def test_records_are_well_formed(generated: Any, real: Any) -> None:
    for name, (lines, recs) in (("generated", generated), ("real", real)):
        for line, r in zip(lines, recs, strict=True):
            assert list(r) == ["id", "lang", "kind", "source", "text", "spans"], r.get("id")
            assert isinstance(r["id"], str) and r["id"], line[:80]
            assert r["lang"] in ("en", "fr"), r["id"]
            assert r["kind"] in KINDS, r["id"]
            assert isinstance(r["text"], str) and r["text"].strip(), r["id"]
            assert isinstance(r["source"], str) and r["source"], r["id"]
            assert (r["source"] == "generated") == (name == "generated"), r["id"]
            # the record re-reads: one JSON object, written in the canonical form
            assert json.dumps(r, ensure_ascii=False) == line, r["id"]


def test_ids_are_unique(records: list[dict[str, Any]]) -> None:
    ids = Counter(r["id"] for r in records)
    assert [i for i, n in ids.items() if n > 1] == []


def test_spans_are_sound(records: list[dict[str, Any]]) -> None:
    for r in records:
        text, prev_end = r["text"], 0
        for s in r["spans"]:
            where = f"{r['id']} {s}"
            assert set(s) == ({"start", "end", "entity", "birth"} if s["entity"] == "DATE_TIME"
                              else {"start", "end", "entity"}), where
            assert s["entity"] in LABELS, where
            assert isinstance(s["start"], int) and isinstance(s["end"], int), where
            assert 0 <= s["start"] < s["end"] <= len(text), where
            value = text[s["start"]:s["end"]]
            assert value.strip() == value, where
            assert s["start"] >= prev_end, f"{where}: overlaps or out of order"
            prev_end = s["end"]
            if s["entity"] == "DATE_TIME":
                assert isinstance(s["birth"], bool), where


def _luhn(number: str) -> bool:
    total = 0
    for i, d in enumerate(int(c) for c in reversed(number)):
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _mod97(iban: str) -> bool:
    compact = iban.replace(" ", "").upper()
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def test_values_are_valid(records: list[dict[str, Any]]) -> None:
    """Cards pass Luhn, IBANs mod 97, IPs parse, e-mails have one @; phones hold 6-15
    digits (the generator keeps only numbers phonenumbers calls valid)."""
    for r in records:
        for s in r["spans"]:
            value = r["text"][s["start"]:s["end"]]
            where = f"{r['id']}: {mask(value)}"
            if s["entity"] == "CREDIT_CARD":
                digits = re.sub(r"[ -]", "", value)
                assert digits.isdigit() and 12 <= len(digits) <= 19 and _luhn(digits), where
            elif s["entity"] == "IBAN_CODE":
                assert re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9 ]+", value), where
                assert _mod97(value), where
            elif s["entity"] == "IP_ADDRESS":
                ipaddress.ip_address(value)
            elif s["entity"] == "EMAIL_ADDRESS":
                assert value.count("@") == 1 and " " not in value, where
            elif s["entity"] == "PHONE_NUMBER":
                assert 6 <= sum(c.isdigit() for c in value) <= 15, where


def test_the_set_covers_what_the_bench_needs(generated: Any, real: Any,
                                             records: list[dict[str, Any]]) -> None:
    assert len(real[1]) >= 200
    assert {r["lang"] for r in real[1]} == {"en", "fr"}
    assert Counter(r["lang"] for r in generated[1]) == {"en": 1200, "fr": 600}
    assert {r["kind"] for r in generated[1]} == KINDS
    toks: Counter[str] = Counter()
    for r in records:
        gold = [Span(s["start"], s["end"], s["entity"]) for s in r["spans"]]
        toks.update(t for t in io_tags(tokens(r["text"]), gold) if t != "O")
    assert {e: toks[e] for e in LABELS if toks[e] < MIN_TOKENS} == {}
    empty = sum(not r["spans"] for r in generated[1]) / len(generated[1])
    assert 0.10 <= empty <= 0.20
    assert sum(not r["spans"] for r in real[1]) >= 20
    births = sum(s.get("birth", False) for r in records for s in r["spans"])
    assert births >= 50
    assert max(len(r["text"]) for r in real[1]) <= 800


def test_generator_reproduces_the_file(generated: Any) -> None:
    faker = pytest.importorskip("faker", reason="Faker writes the generated texts")
    from tests.estates import freetext

    assert faker.VERSION == freetext.FAKER_VERSION, (
        f"Faker {faker.VERSION} installed, generated.jsonl was written by "
        f"{freetext.FAKER_VERSION}: pin it or regenerate")
    expected = "".join(line + "\n" for line in generated[0])
    assert freetext.render_file() == expected


def test_generated_spans_are_never_searched_for() -> None:
    """The builder records a span where it appends it: the same name twice gives two
    spans, and upper or lower case applies to the span as to the text."""
    from tests.estates.freetext import Builder

    b = Builder(case="upper")
    b.add("Hi ")
    b.span("Jane", "PERSON")
    b.add(", Jane here; born ")
    b.span("4/5/1992", "DATE_TIME", birth=True)
    text = b.text()
    assert text == "HI JANE, JANE HERE; BORN 4/5/1992"
    assert b.spans == [{"start": 3, "end": 7, "entity": "PERSON"},
                       {"start": 25, "end": 33, "entity": "DATE_TIME", "birth": True}]
    with pytest.raises(ValueError):
        b.span(" padded", "PERSON")
    with pytest.raises(ValueError):
        b.span("x", "ORGANIZATION")


# ---------------------------------------------------------------- the scorer

def S(start: int, end: int, entity: str, score: float = 1.0, raw: str = "") -> Span:
    return Span(start, end, entity, score, raw or entity)


def test_tokens_skip_punctuation() -> None:
    text = "Call Jane-Doe: +33 6 12, jane@x.fr"
    assert [text[a:b] for a, b in tokens(text)] == [
        "Call", "Jane", "Doe", "33", "6", "12", "jane", "x", "fr"]


def test_io_tags_take_the_best_scored_overlapping_span() -> None:
    text = "Jean Dupont 75002 Paris"
    toks = tokens(text)
    spans = [S(0, 11, "PERSON", 0.85), S(12, 23, "ADDRESS", 0.4), S(12, 17, "DATE_TIME", 0.6)]
    assert io_tags(toks, spans) == ["PERSON", "PERSON", "DATE_TIME", "ADDRESS"]


def test_token_scores_follow_presidio_research() -> None:
    # labelled: Jane Doe (PERSON), 12 rue de la Paix (ADDRESS: 5 tokens)
    text = "Jane Doe lives at 12 rue de la Paix in May"
    gold = [S(0, 8, "PERSON"), S(18, 35, "ADDRESS")]
    # predicted: Jane as PERSON, Doe missed; "rue de la Paix" as PERSON (wrong entity);
    # "May" as DATE_TIME (false positive)
    pred = [S(0, 4, "PERSON"), S(21, 35, "PERSON"), S(39, 42, "DATE_TIME")]
    s = TokenScore()
    s.add(text, gold, pred)
    assert s.labelled("PERSON") == 2 and s.predicted("PERSON") == 5 and s.tp("PERSON") == 1
    assert s.precision("PERSON") == pytest.approx(1 / 5)
    assert s.recall("PERSON") == pytest.approx(1 / 2)
    assert s.recall("ADDRESS") == 0.0 and math.isnan(s.precision("ADDRESS"))
    assert s.precision("DATE_TIME") == 0.0
    # PII level: any entity on any labelled token counts
    assert s.labelled() == 7 and s.predicted() == 6 and s.tp() == 5
    assert s.precision() == pytest.approx(5 / 6)
    assert s.recall() == pytest.approx(5 / 7)
    p, r = 5 / 6, 5 / 7
    assert s.f2() == pytest.approx(5 * p * r / (4 * p + r))
    assert math.isnan(f_beta(0.0, 0.0)) and math.isnan(f_beta(math.nan, 1.0))


def test_span_matching_is_one_to_one_by_iou() -> None:
    assert iou(S(0, 10, "X"), S(5, 15, "X")) == pytest.approx(5 / 15)
    gold = [S(0, 8, "PERSON"), S(10, 40, "ADDRESS"), S(50, 60, "PHONE_NUMBER")]
    pred = [S(0, 4, "PERSON"),           # IoU 0.5: a match, not exact
            S(0, 8, "PERSON"),           # exact: preferred
            S(10, 25, "ADDRESS"),        # IoU 0.5
            S(48, 60, "PHONE_NUMBER"),   # IoU 10/12
            S(70, 75, "DATE_TIME")]      # nothing there
    matched, spurious, missed = match_spans(gold, pred)
    assert [(g.entity, (p.start, p.end)) for g, p in matched] == [
        ("PERSON", (0, 8)), ("PHONE_NUMBER", (48, 60)), ("ADDRESS", (10, 25))]
    assert [(p.start, p.end) for p in spurious] == [(0, 4), (70, 75)]
    assert missed == []
    sc = SpanScore()
    sc.add(gold, pred)
    assert (sc.counts("PERSON").tp, sc.counts("PERSON").fp, sc.counts("PERSON").exact) == (1, 1, 1)
    assert sc.total().tp == 3 and sc.total().fp == 2 and sc.total().fn == 0
    # same place, another entity: no match
    _, spurious, missed = match_spans([S(0, 8, "PERSON")], [S(0, 8, "ADDRESS")])
    assert len(spurious) == 1 and len(missed) == 1


def test_predictions_are_mapped_and_others_ignored() -> None:
    class M:
        def __init__(self, entity: str, start: int, end: int, score: float) -> None:
            self.entity, self.start, self.end, self.score = entity, start, end, score

    got = predicted_spans([M("LOCATION", 0, 5, 0.85), M("FR_POSTAL_CODE", 6, 11, 0.4),
                           M("ORGANIZATION", 12, 20, 0.85), M("BIRTH_DATE", 21, 30, 0.9),
                           M("URL", 31, 40, 0.5), M("LOCATION", 0, 5, 0.5)])
    assert [(s.entity, s.raw, s.score) for s in got] == [
        ("ADDRESS", "LOCATION", 0.85), ("ADDRESS", "FR_POSTAL_CODE", 0.4),
        ("DATE_TIME", "BIRTH_DATE", 0.9)]
    assert set(PREDICTED_MAP.values()) == set(LABELS)


def test_birth_dates_and_the_whole_score() -> None:
    record = {"id": "t1", "text": "born 4/5/1992, seen 12/03/2024",
              "spans": [{"start": 5, "end": 13, "entity": "DATE_TIME", "birth": True},
                        {"start": 20, "end": 30, "entity": "DATE_TIME", "birth": False}]}
    pred = [S(5, 13, "DATE_TIME", 0.9, "BIRTH_DATE"), S(20, 30, "DATE_TIME", 0.6, "BIRTH_DATE")]
    b = BirthScore()
    b.add([S(5, 13, "DATE_TIME", 1.0, "BIRTH"), S(20, 30, "DATE_TIME", 1.0, "")], pred)
    assert (b.labelled, b.found, b.predicted, b.right) == (1, 1, 2, 1)
    s = Score()
    s.add(record, pred)
    assert s.birth.recall == 1.0 and s.birth.precision == 0.5
    assert s.token.f2() == 1.0 and s.span.total().exact == 2 and s.errors == []


def test_mask_hides_letters_and_digits() -> None:
    assert mask("Jane.Doe+1@x.fr, 06 12") == "xxxx.xxx+9@x.xx, 99 99"
    assert mask("Élodie") == "xxxxxx"
    assert all(c not in string.ascii_letters + string.digits for c in mask("abc123").strip("x9"))
