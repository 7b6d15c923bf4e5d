"""Scores of a free-text detector against the labelled texts of tests/data/freetext/.

Token level, as presidio-research's TokenEvaluator computes it: every text is cut into tokens
by one deterministic regex (`\\w+|[^\\w\\s]`); in the IO scheme a token takes the entity of a
span it overlaps (a predicted token overlapped by several predictions takes the one with the
highest score, then the longest). Tokens that are not words (punctuation, "@", "+", ...)
are skipped, as presidio-research skips its punctuation skip words; its English stop-word
list is not used (the texts are also French, and "rue" or "de" belong to addresses). Each
kept token adds one to a (labelled, predicted) pair count; then, for each entity E,
precision = pairs (E, E) / tokens predicted E and recall = pairs (E, E) / tokens labelled E;
overall ("PII") precision = tokens labelled anything and predicted anything / tokens
predicted anything, recall = the same / tokens labelled anything, so a person's name taken
for an address still counts as found. F-beta with beta = 2. A ratio with nothing to count
is NaN, as in presidio-research.

Span level: a predicted span matches a labelled span of the same entity when their
character intersection over union is at least IOU_THRESHOLD (0.5: "Jane Doe" for "Jane",
"12 rue de la Paix" for "12 rue de la Paix, 75002 Paris" do not match; "+33 6 12 34 56 78"
for "6 12 34 56 78" does); pairs are matched one to one, best IoU first. Unmatched
predictions are false positives, unmatched labels false negatives. `exact` counts the
matches whose boundaries are the label's to the character.

Predicted entity types are mapped to the label set by PREDICTED_MAP; any other type
(ORGANIZATION, NRP, URL, US_DRIVER_LICENSE, FR_NIR, ...) is ignored (O) for every tool.
BIRTH_DATE predictions count as DATE_TIME, and `BirthScore` tells how well they pick out
the date-of-birth labels (`"birth": true`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

LABELS = ("PERSON", "ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
          "DATE_TIME", "IP_ADDRESS")
PREDICTED_MAP = {
    "PERSON": "PERSON",
    "LOCATION": "ADDRESS", "ADDRESS": "ADDRESS", "FR_POSTAL_CODE": "ADDRESS",
    "STREET_ADDRESS": "ADDRESS",
    "DATE_TIME": "DATE_TIME", "BIRTH_DATE": "DATE_TIME",
    "PHONE_NUMBER": "PHONE_NUMBER", "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "CREDIT_CARD": "CREDIT_CARD", "IBAN_CODE": "IBAN_CODE", "IP_ADDRESS": "IP_ADDRESS",
}
BETA = 2.0
IOU_THRESHOLD = 0.5
TOKEN = re.compile(r"\w+|[^\w\s]")
WORD = re.compile(r"\w")


class Span(NamedTuple):
    start: int
    end: int
    entity: str
    score: float = 1.0
    raw: str = ""  # the entity as the tool named it (predictions only)


def gold_spans(record: dict[str, Any]) -> list[Span]:
    return [Span(s["start"], s["end"], s["entity"], 1.0, "BIRTH" if s.get("birth") else "")
            for s in record["spans"]]


def predicted_spans(matches: Iterable[Any]) -> list[Span]:
    """Objects with entity, start, end, score (pdmap's Match, Presidio's RecognizerResult
    via entity_type) mapped to the label set; unmapped types dropped, duplicates once."""
    out: dict[tuple[int, int, str], Span] = {}
    for m in matches:
        raw = getattr(m, "entity", None) or m.entity_type
        entity = PREDICTED_MAP.get(raw)
        if entity is None or m.end <= m.start:
            continue
        key = (m.start, m.end, entity)
        score = float(m.score)
        if key not in out or out[key].score < score:
            out[key] = Span(m.start, m.end, entity, score, raw)
    return sorted(out.values())


def tokens(text: str) -> list[tuple[int, int]]:
    """(start, end) of the tokens that are scored: words, not punctuation."""
    return [(m.start(), m.end()) for m in TOKEN.finditer(text) if WORD.match(m.group())]


def io_tags(toks: Sequence[tuple[int, int]], spans: Sequence[Span]) -> list[str]:
    """Each token's entity ("O" for none): the overlapping span with the highest score,
    then the longest, then the first."""
    tags = []
    ordered = sorted(spans, key=lambda s: (-s.score, -(s.end - s.start), s.start, s.entity))
    for start, end in toks:
        tag = "O"
        for s in ordered:
            if s.start < end and start < s.end:
                tag = s.entity
                break
        tags.append(tag)
    return tags


def ratio(num: int, den: int) -> float:
    return num / den if den else math.nan


def f_beta(p: float, r: float, beta: float = BETA) -> float:
    if math.isnan(p) or math.isnan(r) or (p == 0 and r == 0):
        return math.nan
    return (1 + beta**2) * p * r / (beta**2 * p + r)


@dataclass
class TokenScore:
    """(labelled, predicted) token pair counts, summed over texts."""

    pairs: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, text: str, gold: Sequence[Span], pred: Sequence[Span]) -> None:
        toks = tokens(text)
        for g, p in zip(io_tags(toks, gold), io_tags(toks, pred), strict=True):
            self.pairs[(g, p)] += 1

    def merge(self, other: TokenScore) -> None:
        self.pairs.update(other.pairs)

    def labelled(self, entity: str | None = None) -> int:
        return sum(n for (g, _), n in self.pairs.items()
                   if (g != "O" if entity is None else g == entity))

    def predicted(self, entity: str | None = None) -> int:
        return sum(n for (_, p), n in self.pairs.items()
                   if (p != "O" if entity is None else p == entity))

    def tp(self, entity: str | None = None) -> int:
        if entity is None:
            return sum(n for (g, p), n in self.pairs.items() if g != "O" and p != "O")
        return self.pairs[(entity, entity)]

    def precision(self, entity: str | None = None) -> float:
        return ratio(self.tp(entity), self.predicted(entity))

    def recall(self, entity: str | None = None) -> float:
        return ratio(self.tp(entity), self.labelled(entity))

    def f2(self, entity: str | None = None) -> float:
        return f_beta(self.precision(entity), self.recall(entity))


def iou(a: Span, b: Span) -> float:
    inter = max(0, min(a.end, b.end) - max(a.start, b.start))
    union = max(a.end, b.end) - min(a.start, b.start)
    return inter / union if union else 0.0


@dataclass
class SpanCounts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    exact: int = 0

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f2(self) -> float:
        return f_beta(self.precision, self.recall)

    def add(self, other: SpanCounts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.exact += other.exact


def match_spans(gold: Sequence[Span], pred: Sequence[Span], threshold: float = IOU_THRESHOLD
                ) -> tuple[list[tuple[Span, Span]], list[Span], list[Span]]:
    """One-to-one matches of the same entity with IoU >= threshold, best first; then the
    predictions and the labels left unmatched."""
    pairs = sorted(
        ((iou(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)
         if g.entity == p.entity and iou(g, p) >= threshold),
        key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for _, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        matched.append((gold[i], pred[j]))
    missed = [g for i, g in enumerate(gold) if i not in used_g]
    spurious = [p for j, p in enumerate(pred) if j not in used_p]
    return matched, spurious, missed


@dataclass
class SpanScore:
    per_entity: dict[str, SpanCounts] = field(default_factory=dict)

    def counts(self, entity: str) -> SpanCounts:
        return self.per_entity.setdefault(entity, SpanCounts())

    def add(self, gold: Sequence[Span], pred: Sequence[Span]
            ) -> tuple[list[Span], list[Span]]:
        """Count one text; returns its false positives and false negatives."""
        matched, spurious, missed = match_spans(gold, pred)
        for g, p in matched:
            c = self.counts(g.entity)
            c.tp += 1
            c.exact += (g.start, g.end) == (p.start, p.end)
        for p in spurious:
            self.counts(p.entity).fp += 1
        for g in missed:
            self.counts(g.entity).fn += 1
        return spurious, missed

    def merge(self, other: SpanScore) -> None:
        for e, c in other.per_entity.items():
            self.counts(e).add(c)

    def total(self) -> SpanCounts:
        t = SpanCounts()
        for c in self.per_entity.values():
            t.add(c)
        return t


@dataclass
class BirthScore:
    """Labelled dates of birth found by a BIRTH_DATE prediction (overlap), and BIRTH_DATE
    predictions that overlap a labelled date of birth."""

    labelled: int = 0
    found: int = 0
    predicted: int = 0
    right: int = 0

    def add(self, gold: Sequence[Span], pred: Sequence[Span]) -> None:
        births = [g for g in gold if g.raw == "BIRTH"]
        said = [p for p in pred if p.raw == "BIRTH_DATE"]
        self.labelled += len(births)
        self.predicted += len(said)
        self.found += sum(any(iou(g, p) > 0 for p in said) for g in births)
        self.right += sum(any(iou(g, p) > 0 for g in births) for p in said)

    def merge(self, other: BirthScore) -> None:
        self.labelled += other.labelled
        self.found += other.found
        self.predicted += other.predicted
        self.right += other.right

    @property
    def precision(self) -> float:
        return ratio(self.right, self.predicted)

    @property
    def recall(self) -> float:
        return ratio(self.found, self.labelled)


@dataclass
class Score:
    """Token, span and birth-date scores of one tool on a set of texts, and its errors."""

    token: TokenScore = field(default_factory=TokenScore)
    span: SpanScore = field(default_factory=SpanScore)
    birth: BirthScore = field(default_factory=BirthScore)
    texts: int = 0
    # (record id, span, kind "FN"/"FP") for the error listing
    errors: list[tuple[str, Span, str]] = field(default_factory=list)

    def add(self, record: dict[str, Any], pred: Sequence[Span]) -> None:
        gold = gold_spans(record)
        self.texts += 1
        self.token.add(record["text"], gold, pred)
        spurious, missed = self.span.add(gold, pred)
        self.birth.add(gold, pred)
        self.errors.extend((record["id"], s, "FN") for s in missed)
        self.errors.extend((record["id"], s, "FP") for s in spurious)

    def merge(self, other: Score) -> None:
        self.token.merge(other.token)
        self.span.merge(other.span)
        self.birth.merge(other.birth)
        self.texts += other.texts
        self.errors.extend(other.errors)


def mask(value: str) -> str:
    """Letters become x, digits 9; the rest (separators, @, +) is kept."""
    return "".join("9" if c.isdigit() else "x" if c.isalpha() else c for c in value)


def fmt(v: float, width: int = 5) -> str:
    return f"{'-':>{width}}" if math.isnan(v) else f"{v:>{width}.3f}"
