"""Free-text recognizers of issue 16 (scanner.detect.presidio.patterns), on their own: what
they find, with exact spans, and the look-alikes they leave alone. No spaCy."""

import pytest

from scanner.detect.presidio.patterns import (
    CalendarDateRecognizer,
    CheckedCardRecognizer,
    CheckedIbanRecognizer,
    ContextPhoneRecognizer,
    PersonContextRecognizer,
    is_company,
    unquote,
)


def spans(recognizer, text):
    return [(text[s:e], entity) for s, e, _score, entity in recognizer.find(text)]


@pytest.mark.parametrize("text, found", [
    ("Delivery planned for 12/03/2024.", ("12/03/2024", "DATE_TIME")),
    ("Sent: Thursday, April 12, 2018 7:30 pm", ("Thursday, April 12, 2018", "DATE_TIME")),
    ("renouvellement prévu le 3 mars 2025", ("3 mars 2025", "DATE_TIME")),
    ("DOB: 4/5/1992 | Tel", ("4/5/1992", "BIRTH_DATE")),
    ("je suis née le 11-10-1996", ("11-10-1996", "BIRTH_DATE")),
    ("date of birth: November 14, 1994", ("November 14, 1994", "BIRTH_DATE")),
    ("account opened on 2024-01-31", ("2024-01-31", "DATE_TIME")),
])
def test_calendar_dates_and_birth_dates(text, found):
    assert spans(CalendarDateRecognizer(), text) == [found]


@pytest.mark.parametrize("text", ["invoice 2023/05924", "version 1.12.2024b", "31/02/2024",
                                  "call me tomorrow", "order 10-12-24", "v3.12"])
def test_what_is_not_a_calendar_date(text):
    assert spans(CalendarDateRecognizer(), text) == []


@pytest.mark.parametrize("number", [
    "4111 1111 1111 1111", "4111-1111-1111-1111", "5555555555554444", "2223003122003222",
    "378282246310005", "6011111111111117", "4111111111111111110"])  # 19-digit Visa
def test_cards_by_luhn_and_issuer(number):
    assert spans(CheckedCardRecognizer(), f"paid with card {number} on Monday") == [
        (number, "CREDIT_CARD")]


@pytest.mark.parametrize("text", ["card 4111 1111 1111 1112", "tracking 1234567890123456",
                                  "call +44 7911 123456 now", "order 0000000000000000"])
def test_no_card_without_luhn_an_issuer_or_after_a_plus(text):
    assert spans(CheckedCardRecognizer(), text) == []


@pytest.mark.parametrize("iban", ["FR76 3000 6000 0112 3456 7890 189",
                                  "fr7630006000011234567890189", "GB82 WEST 1234 5698 7654 32",
                                  "de89370400440532013000"])
def test_ibans_of_any_case_and_grouping(iban):
    assert spans(CheckedIbanRecognizer(), f"refund to {iban} svp") == [(iban, "IBAN_CODE")]
    assert spans(CheckedIbanRecognizer(), f"refund to {iban[:-1]}9 svp") == [] or \
        iban.endswith("9")


@pytest.mark.parametrize("text, number", [
    ("Tel: 020 7946 0958", "020 7946 0958"),            # GB, said
    ("portable 06 12 34 56 78", "06 12 34 56 78"),      # FR
    ("mobile: 0412 345 678", "0412 345 678"),           # AU: a region the config lacks
    ("reach him on +49 30 1234567.", "+49 30 1234567"),  # any country with a +
    ("Mob. 0032 470 12 34 56", "0032 470 12 34 56"),
])
def test_phones_of_any_region_when_the_text_says_phone(text, number):
    assert spans(ContextPhoneRecognizer(("FR", "GB", "US")), text) == [(number, "PHONE_NUMBER")]


@pytest.mark.parametrize("text", ["order 123456789 has not arrived",
                                  "The tracking number is 204512345678.",
                                  "invoice 2023/05924", "server at 192.168.10.12 restarted"])
def test_numbers_that_are_not_phones(text):
    assert spans(ContextPhoneRecognizer(("FR", "GB", "US")), text) == []


@pytest.mark.parametrize("text, name", [
    ("hi erin\n\nthe parcel is late", "erin"),
    ("Bonjour Mme Durand,\nvotre commande", "Durand"),
    ("Dear Mr. O'Neil-Smith, thanks", "O'Neil-Smith"),
    ("Kind regards,\nHeidi Foster", "Heidi Foster"),
    ("Cordialement,\nJ. Martin", "J. Martin"),
    ("From: Erin Mejia <erin@example.com>", "Erin Mejia"),
    ("[19:38] Agent Dale: a fix is expected", "Dale"),
    ("Ticket opened by Michelle Williams via web form", "Michelle Williams"),
    ("THANK YOU ALBERT, I'VE SENT A RESET LINK", "ALBERT"),
    ("it's for my husband Amy Conley", "Amy Conley"),
    ("appel avec Monsieur Grenier pour le renouvellement", "Grenier"),
])
def test_names_the_writing_announces(text, name):
    assert (name, "PERSON") in spans(PersonContextRecognizer(), text)


@pytest.mark.parametrize("text", ["Hi team,\nthe build is red", "Regards,\nSupport Team",
                                  "Thanks again, see you", "Hello everyone!",
                                  "Thank you for your order.", "issued by Parker and Sons."])
def test_words_that_are_not_names(text):
    assert spans(PersonContextRecognizer(), text) == []


def test_firms_named_after_people():
    text = "issued by Parker and Sons; Watson, Ferguson and Smith; Dupont SARL"
    for name in ("Parker", "Watson", "Ferguson", "Smith", "Dupont"):
        start = text.index(name)
        assert is_company(text, start, start + len(name)), name
    text = "Jane Smith called about her order"
    assert not is_company(text, 0, 10)
    text = "On Monday 10:02 AM, Jane Doe wrote"
    assert not is_company(text, 20, 28)


def test_reply_markers_are_blanked_and_offsets_kept():
    text = "On Tue, Jane wrote:\n> Hello\n>> John Doe\nplain > not a marker"
    plain = unquote(text)
    assert len(plain) == len(text)
    assert "\n  Hello\n   John Doe\n" in plain and "plain > not a marker" in plain


@pytest.mark.parametrize("text, name", [
    ("thanks\n--\nJohn Smith", "John Smith"),
    ("See you.\n\n-Lev.\n\nSent from my phone", "Lev"),
    ("On 12/03/2012 10:02 AM, Jane Doe <jane@example.com> wrote:", "Jane Doe"),
    ("Le 3 mars 2024 à 10:02, Jean Dupont a écrit :", "Jean Dupont"),
])
def test_signatures_and_reply_headers(text, name):
    assert (name, "PERSON") in spans(PersonContextRecognizer(), text)


@pytest.mark.parametrize("text", ["Hello world.", "Hey man!", "Call me ASAP, please.",
                                  "From: \tfrom <from@example.com>"])
def test_placeholders_are_not_names(text):
    assert spans(PersonContextRecognizer(), text) == []


def test_the_linker_reads_ibans_of_any_case_too():
    from scanner.identifiers.text import identifiers

    found = identifiers("refund to fr76 3000 6000 0112 3456 7890 189 then thanks", "FR")
    assert ("iban", "FR7630006000011234567890189") in found
