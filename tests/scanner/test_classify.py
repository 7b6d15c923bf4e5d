"""Verdicts on small tables a person judges at a glance, traps included."""

import random

import pytest

from scanner.core.types import ContainerSchema, FieldRef, FieldSchema, Locator, Record
from scanner.detect.classify import classify_container, classify_field, identifier_kind

rng = random.Random(7)


def luhn_valid_card() -> str:
    while True:
        digits = "4" + "".join(rng.choice("0123456789") for _ in range(15))
        total = 0
        for i, c in enumerate(reversed(digits)):
            d = int(c) * (2 if i % 2 else 1)
            total += d - 9 if d > 9 else d
        if total % 10 == 0:
            return " ".join(digits[i : i + 4] for i in range(0, 16, 4))


def nir() -> str:
    base = f"{rng.choice('12')}{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
    base += f"{rng.randint(1, 95):02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    return f"{base}{97 - int(base) % 97:02d}"


def fr_phone() -> str:
    return rng.choice(["+33 6 {} {} {} {}", "06.{}.{}.{}.{}", "06 {} {} {} {}"]).format(
        *(f"{rng.randint(10, 99)}" for _ in range(4))
    )


FIRST = ["Jean", "Marie", "Pierre", "Sophie", "John", "Emma", "Luc", "Chloé"]
LAST = ["Dupont", "Martin", "Bernard", "Smith", "Durand", "Leroy"]


def verdict(name, kind, values, detector, container="public.customers"):
    ref = FieldRef("db", container, name)
    return classify_field(ref, FieldSchema(name, kind), values, detector)


def test_when_column_is_integer_then_phone_is_ruled_out(detector):
    values = [rng.randint(600000000, 699999999) for _ in range(200)]  # look like 06 numbers
    v = verdict("col3", "integer", values, detector)
    assert not v.personal
    assert "integer type" in v.evidence.notes[0]


def test_when_column_is_an_amount_then_it_is_not_a_driver_licence(detector):
    v = verdict("amount", "decimal", [round(rng.random() * 1000, 2) for _ in range(200)], detector)
    assert not v.personal


def test_when_numeric_ids_are_stored_as_text_then_they_are_not_personal(detector):
    v = verdict("ref", "text", [str(rng.randint(10**9, 10**10)) for _ in range(200)], detector)
    assert not v.personal


def test_when_values_are_luhn_valid_cards_then_a_meaningless_name_is_enough(detector):
    v = verdict("col7", "text", [luhn_valid_card() for _ in range(200)], detector)
    assert v.personal and v.category == "financial.payment_card" and v.entity == "CREDIT_CARD"
    assert v.evidence.match_share >= 0.99
    assert all(e.startswith("**** **** **** ") for e in v.evidence.examples)
    assert identifier_kind(v) == "card"


def test_when_16_digit_numbers_fail_luhn_then_they_are_not_cards(detector):
    cards = []
    while len(cards) < 100:
        c = luhn_valid_card().replace(" ", "")
        cards.append(c[:-1] + str((int(c[-1]) + 1) % 10))
    v = verdict("col8", "text", cards, detector)
    assert not v.personal


def test_when_nir_keys_are_wrong_then_column_is_not_a_nir(detector):
    bad = [n[:-2] + f"{(int(n[-2:]) + 1) % 97:02d}" for n in (nir() for _ in range(100))]
    assert not verdict("col9", "text", bad, detector).personal
    good = verdict("col9", "text", [nir() for _ in range(100)], detector)
    assert good.personal and good.entity == "FR_NIR"
    assert good.category == "government.national_id"


def test_when_name_and_french_values_agree_then_confidence_is_high(detector):
    v = verdict("telephone", "text", [fr_phone() for _ in range(200)], detector)
    assert v.personal and v.category == "contact.phone" and v.entity == "PHONE_NUMBER"
    assert v.confidence >= 0.9
    assert v.evidence.name_rule == "lexicon:phone"
    assert identifier_kind(v) == "phone"


def test_when_phone_column_holds_placeholders_then_personal_with_lower_confidence(detector):
    v = verdict("phone", "text", ["n/a"] * 150 + ["-"] * 50, detector)
    assert v.personal and v.category == "contact.phone"
    assert v.confidence < 0.6
    assert any("do not look like" in n for n in v.evidence.notes)


def test_when_few_values_look_like_phones_then_column_is_not_personal(detector):
    values = [f"ORD-{i:06d}" for i in range(180)] + [fr_phone() for _ in range(20)]
    assert not verdict("reference", "text", values, detector).personal


def test_when_date_is_named_birth_date_then_it_is_personal(detector):
    v = verdict("date_naissance", "date", ["1984-12-03"] * 10, detector)
    assert v.personal and v.category == "identity.birth_date"
    assert not verdict("created_at", "datetime", ["2024-01-01T10:00:00"], detector).personal


def test_when_column_is_binary_then_values_are_never_analyzed(detector):
    v = verdict("payload", "binary", [b"jean@example.com"], detector)
    assert not v.personal and v.evidence.sampled == 0


def test_when_json_holds_emails_then_strings_inside_are_analyzed(detector):
    values = [{"contact": {"mail": f"user{i}@example.com"}, "n": i} for i in range(50)]
    v = verdict("attributes", "json", values, detector)
    assert v.personal and v.entity == "EMAIL_ADDRESS"


NOTES_WITH_NAMES = [
    "Spoke to {f} {l} about the refund, she will call back tomorrow.",
    "Le client {f} {l} a appelé pour changer son adresse de livraison.",
    "{f} {l} asked for a copy of the invoice by mail.",
]
DESCRIPTIONS = [
    "A sturdy oak table with four legs, perfect for dining rooms and kitchens.",
    "Stainless steel water bottle keeps drinks cold for 24 hours, dishwasher safe.",
    "Cotton t-shirt available in several colours and sizes, machine washable.",
    "Ceramic coffee mug with a matte finish, holds 350 ml, microwave safe.",
]


def test_when_free_text_names_people_then_it_is_a_personal_message(detector):
    notes = [
        rng.choice(NOTES_WITH_NAMES).format(f=rng.choice(FIRST), l=rng.choice(LAST))
        for _ in range(60)
    ]
    v = verdict("notes", "free_text", notes, detector)
    assert v.personal and v.category == "communications.message"
    assert v.entity == "PERSON"
    assert any("entities" in n for n in v.evidence.notes)
    assert len(v.evidence.examples) <= 3


def test_when_free_text_names_nobody_then_it_is_not_personal(detector):
    v = verdict("description", "text", DESCRIPTIONS * 10, detector, container="products")
    assert not v.personal


def test_when_text_is_long_prose_then_ner_runs_even_without_a_free_text_kind(detector):
    notes = [
        rng.choice(NOTES_WITH_NAMES).format(f=rng.choice(FIRST), l=rng.choice(LAST))
        for _ in range(60)
    ]
    v = verdict("col12", "text", notes, detector)
    assert v.personal and v.entity == "PERSON"


def test_when_no_detector_then_the_name_alone_decides():
    v = verdict("email", "text", ["a@example.com"], None)
    assert v.personal and v.category == "contact.email"
    assert any("no detector" in n for n in v.evidence.notes)


CUSTOMERS = ContainerSchema(
    "db",
    "public.customers",
    tuple(
        FieldSchema(n, k)
        for n, k in [
            ("id", "integer"),
            ("prenom", "text"),
            ("nom", "text"),
            ("courriel", "text"),
            ("telephone", "text"),
            ("code_postal", "text"),
            ("ville", "text"),
            ("iban", "text"),
            ("nir", "text"),
            ("ip", "text"),
            ("status", "text"),
            ("country_code", "text"),
            ("created_at", "datetime"),
            ("amount", "decimal"),
            ("order_number", "text"),
            ("sku", "text"),
            ("notes", "free_text"),
            ("col7", "text"),
            ("customer_id", "integer"),
            ("is_active", "boolean"),
        ]
    ),
)
EXPECTED = {
    "id": "identity.account_id",
    "prenom": "identity.name",
    "nom": "identity.name",
    "courriel": "contact.email",
    "telephone": "contact.phone",
    "code_postal": "contact.address",
    "ville": "contact.address",
    "iban": "financial.bank_account",
    "nir": "government.national_id",
    "ip": "online.ip_address",
    "status": None,
    "country_code": "contact.address",  # beside the address: part of it
    "created_at": None,
    "amount": None,
    "order_number": None,
    "sku": None,
    "notes": "communications.message",
    "col7": "financial.payment_card",
    "customer_id": "identity.account_id",
    "is_active": None,
}


def customer_rows(n: int) -> list[Record]:
    from stdnum import iban

    rows = []
    for i in range(n):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        bban = "30006000" + "".join(rng.choice("0123456789") for _ in range(13)) + "89"
        values = {
            "id": i + 1,
            "prenom": first,
            "nom": last,
            "courriel": f"{last.lower()}.{i}@exemple.fr",
            "telephone": fr_phone(),
            "code_postal": f"{rng.randint(1000, 95999):05d}",
            "ville": rng.choice(["Paris", "Lyon", "Rouen"]),
            "iban": "FR" + iban.calc_check_digits("FR00" + bban) + bban,
            "nir": nir(),
            "ip": f"10.0.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            "status": rng.choice(["active", "pending", "closed"]),
            "country_code": rng.choice(["FR", "BE", "GB"]),
            "created_at": "2024-01-01T10:00:00",
            "amount": round(rng.random() * 500, 2),
            "order_number": f"ORD-2024-{i:06d}",
            "sku": f"SKU-{i:05d}",
            "col7": luhn_valid_card(),
            "customer_id": rng.randint(1, 10**6),
            "notes": rng.choice(NOTES_WITH_NAMES).format(f=first, l=last),
            "is_active": True,
        }
        rows.append(Record(Locator("db", "public.customers", (("id", i + 1),)), values))
    return rows


def test_every_column_of_a_customer_table_is_judged_right(detector):
    verdicts = classify_container(CUSTOMERS, customer_rows(200), detector)
    got = {v.ref.field: (v.category if v.personal else None) for v in verdicts}
    assert got == EXPECTED
    for v in verdicts:
        assert 0.0 <= v.confidence <= 1.0


@pytest.mark.parametrize("field", ["courriel", "telephone", "iban", "nir", "col7"])
def test_evidence_examples_are_masked(detector, field):
    rows = customer_rows(20)
    [v] = [v for v in classify_container(CUSTOMERS, rows, detector) if v.ref.field == field]
    raw = {str(r.values[field]) for r in rows}
    assert v.evidence.examples and not set(v.evidence.examples) & raw
