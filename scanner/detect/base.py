"""What callers of the detector need without loading Presidio or spaCy.

`pdmap check` judges fields by name and type only; it must start in well under a second,
so the verdict code imports these from here and the Detector only when it has values.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from scanner.core.types import Evidence, FieldRef, FieldVerdict

# Entities only reported after a validator agreed (checksum, numbering plan, TLD).
VALIDATED_ENTITIES = frozenset(
    {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "FR_NIR", "IP_ADDRESS"}
)


@dataclass(frozen=True, slots=True)
class Match:
    entity: str
    start: int
    end: int
    score: float
    recognizer: str


_FR_LETTERS = re.compile("[éèêàçùâîôûœ]")
_FR_WORDS = frozenset(
    "le la les des du un une est et pour dans avec sur pas vous nous je il elle bonjour "
    "merci cordialement madame monsieur votre commande".split()
)
_EN_WORDS = frozenset(
    "the a an is and for in with on not you we i he she hello thanks regards dear your "
    "order please".split()
)
_WORD = re.compile(r"[^\W\d_]+")


def guess_language(texts: Sequence[str], languages: Sequence[str] = ("en", "fr")) -> str:
    """en or fr from stop words, good enough to pick a spaCy model for a sample."""
    fr = en = 0
    for text in texts[:50]:
        for w in _WORD.findall(text[:2000].lower()):
            fr += w in _FR_WORDS or bool(_FR_LETTERS.search(w))
            en += w in _EN_WORDS
    if "fr" in languages and (fr > en or "en" not in languages):
        return "fr"
    return "en" if "en" in languages else languages[0]


class Detector(Protocol):
    """What the verdicts ask of a detector (scanner.detect.presidio.analyzer.Detector,
    Presidio and spaCy), declared here so that scanner.detect.classify and
    scanner.detect.values never import the module that loads them."""

    languages: tuple[str, ...]

    def loaded_languages(self) -> frozenset[str]: ...

    def analyze_values(self, values: Sequence[str], language: str = "en"
                       ) -> list[list[Match]]: ...

    def analyze_texts(self, texts: Sequence[str], language: str = "en",
                      batch_size: int = 32) -> list[list[Match]]: ...


def make_verdict(
    ref: FieldRef,
    category: str | None,
    entity: str | None,
    confidence: float,
    *,
    personal: bool = True,
    **evidence: Any,
) -> FieldVerdict:
    """A verdict; a field that is not personal has no category and no entity."""
    return FieldVerdict(
        ref=ref,
        personal=personal,
        category=category if personal else None,
        entity=entity if personal else None,
        confidence=round(max(0.0, min(1.0, confidence)), 3),
        evidence=Evidence(**evidence),
    )
