import socket

import pytest

from scanner.detect.presidio import recognizers as detect_recognizers
from scanner.detect.presidio.analyzer import Detector, guess_language

VALID_NIR = "1 84 12 76 451 089 46"  # key 46 = 97 - (1841276451089 mod 97)
CORSICAN_NIR = "2 90 05 2A 123 456 29"  # 2A counts as 19 for the key
WRONG_KEY_NIR = "1 84 12 76 451 089 47"


def spans(detector: Detector, text: str, entity: str, min_score: float = 0.4):
    [matches] = detector.analyze_values([text])
    return [(m.start, m.end) for m in matches if m.entity == entity and m.score >= min_score]


def whole(text: str):
    return [(0, len(text))]


# (value, entity, expected spans)
VALUE_TABLE = [
    ("+33 6 12 34 56 78", "PHONE_NUMBER", whole("+33 6 12 34 56 78")),
    ("06.12.34.56.78", "PHONE_NUMBER", whole("06.12.34.56.78")),
    ("06-12-34-56-78", "PHONE_NUMBER", whole("06-12-34-56-78")),
    ("0033 6 12 34 56 78", "PHONE_NUMBER", whole("0033 6 12 34 56 78")),
    ("01 45 67 89 10", "PHONE_NUMBER", whole("01 45 67 89 10")),
    ("+44 20 7946 0958", "PHONE_NUMBER", whole("+44 20 7946 0958")),
    ("(555) 123-4567", "PHONE_NUMBER", whole("(555) 123-4567")),
    ("+49 30 123456", "PHONE_NUMBER", whole("+49 30 123456")),
    ("1234567890", "PHONE_NUMBER", []),
    ("2024-01-03", "PHONE_NUMBER", []),
    (VALID_NIR, "FR_NIR", whole(VALID_NIR)),
    ("184127645108946", "FR_NIR", whole("184127645108946")),
    (CORSICAN_NIR, "FR_NIR", whole(CORSICAN_NIR)),
    (WRONG_KEY_NIR, "FR_NIR", []),
    ("FR76 3000 6000 0112 3456 7890 189", "IBAN_CODE", whole("FR76 3000 6000 0112 3456 7890 189")),
    ("FR7630006000011234567890189", "IBAN_CODE", whole("FR7630006000011234567890189")),
    ("FR76 3000 6000 0112 3456 7890 188", "IBAN_CODE", []),
    ("4111 1111 1111 1111", "CREDIT_CARD", whole("4111 1111 1111 1111")),
    ("4111111111111112", "CREDIT_CARD", []),
    ("jean.dupont@example.fr", "EMAIL_ADDRESS", whole("jean.dupont@example.fr")),
    ("192.168.1.10", "IP_ADDRESS", whole("192.168.1.10")),
    ("75011 Paris", "FR_POSTAL_CODE", [(0, 5)]),
]


@pytest.mark.parametrize("value, entity, expected", VALUE_TABLE)
def test_structured_values_are_recognized_with_validation(detector, value, entity, expected):
    assert spans(detector, value, entity) == expected


def test_when_postal_code_is_bare_then_it_scores_too_low_to_count(detector):
    assert spans(detector, "75011", "FR_POSTAL_CODE") == []
    assert spans(detector, "75011", "FR_POSTAL_CODE", min_score=0.01) == [(0, 5)]


# (text, entity, expected substrings)
TEXT_TABLE = [
    ("Hi, this is John Smith, please call me back.", "PERSON", ["John Smith"]),
    ("Bonjour, je suis Marie Dupont et j'attends ma commande.", "PERSON", ["Marie Dupont"]),
    ("Rappeler le client au 06 12 34 56 78 demain.", "PHONE_NUMBER", ["06 12 34 56 78"]),
    (
        "Call +44 20 7946 0958 or (555) 123-4567.",
        "PHONE_NUMBER",
        ["+44 20 7946 0958", "(555) 123-4567"],
    ),
    ("Mon numéro de sécurité sociale est 1 84 12 76 451 089 46.", "FR_NIR", [VALID_NIR]),
    ("Code postal 75011, Paris.", "FR_POSTAL_CODE", ["75011"]),
    ("Write to jean.dupont@example.fr today.", "EMAIL_ADDRESS", ["jean.dupont@example.fr"]),
]


@pytest.mark.parametrize("text, entity, expected", TEXT_TABLE)
def test_free_text_entities_are_found(detector, text, entity, expected):
    language = guess_language([text])
    [matches] = detector.analyze_texts([text], language)
    found = [text[m.start : m.end] for m in matches if m.entity == entity and m.score >= 0.3]
    assert found == expected


def test_when_values_repeat_then_each_distinct_value_is_analyzed_once(detector):
    detector._cache.clear()
    detector.analyze_values(["06 12 34 56 78"] * 50 + ["x"])
    assert len(detector._cache) == 2


def test_free_text_batch_gives_one_result_list_per_text(detector):
    texts = ["John Smith called.", "Nothing here.", "Mail a@example.com"]
    assert len(detector.analyze_texts(texts)) == 3


def test_when_network_is_blocked_then_email_validation_still_works(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    detect_recognizers._offline_tld_extractor.cache_clear()
    rec = detect_recognizers.OfflineEmailRecognizer()
    results = rec.analyze("write to jean.dupont@example.co.uk", ["EMAIL_ADDRESS"])
    assert [r.score for r in results] == [1.0]
    assert rec.analyze("user@localhost.invalidtld", ["EMAIL_ADDRESS"]) == []


def test_registry_is_trimmed_to_wanted_countries(detector):
    names = {type(r).__name__ for r in detector.analyzer.registry.recognizers}
    assert "FrNirRecognizer" in names and "SpacyRecognizer" in names
    assert not names & {
        "AuTfnRecognizer",
        "InPanRecognizer",
        "SgFinRecognizer",
        "ItFiscalCodeRecognizer",
        "EsNifRecognizer",
        "PlPeselRecognizer",
    }


def test_language_guess_tells_french_from_english():
    assert guess_language(["Bonjour, merci pour votre commande"]) == "fr"
    assert guess_language(["Hello, thanks for your order"]) == "en"
