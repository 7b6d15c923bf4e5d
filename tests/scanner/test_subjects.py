"""Normalization and the garbage guard, as tables of (raw, expected)."""

from __future__ import annotations

import pytest

from scanner.identifiers.hashing import Hasher
from scanner.identifiers.key import digest
from scanner.identifiers.normalise import (
    account_value,
    identifier_kind,
    is_strong,
    normalize,
)


@pytest.mark.parametrize(("raw", "expected"), [
    ("  Alice.Martin@Example.COM ", "alice.martin@example.com"),
    ("mailto:bob@example.org", "bob@example.org"),
    ("élodie@exemple.fr", "élodie@exemple.fr"),
    ("", None), ("n/a", None), ("none", None), ("-", None), ("not-an-email", None),
    ("a@b", None), ("two@@example.com", None), ("test@test.com", None),
    ("TEST@test.com", None), ("null@example.com", None), ("xxx@example.com", None),
    ("aaaa@example.com", None), (42, None), (None, None),
])
def test_email(raw: object, expected: str | None) -> None:
    assert normalize("email", raw) == expected


@pytest.mark.parametrize(("raw", "region", "expected"), [
    ("06 12 34 56 78", "FR", "+33612345678"),
    ("+33 6 12 34 56 78", "FR", "+33612345678"),
    ("0033612345678", "FR", "+33612345678"),
    ("(0)6.12.34.56.78", "FR", "+33612345678"),
    ("020 7946 0018", "GB", "+442079460018"),
    ("020 7946 0018", "FR", None),  # not a French number
    ("+44 20 7946 0018", "FR", "+442079460018"),
    ("0000000000", "FR", None), ("00 00 00 00 00", "FR", None), ("06 00 00 00 00", "FR", None),
    ("n/a", "FR", None), ("", "FR", None), ("12", "FR", None), ("call me", "FR", None),
])
def test_phone(raw: str, region: str, expected: str | None) -> None:
    assert normalize("phone", raw, region) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("FR14 2004 1010 0505 0001 3M02 606", "FR1420041010050500013M02606"),
    ("fr1420041010050500013m02606", "FR1420041010050500013M02606"),
    ("FR15 2004 1010 0505 0001 3M02 606", None),  # mod-97 fails
    ("FR00 0000 0000", None), ("n/a", None), ("", None),
])
def test_iban(raw: str, expected: str | None) -> None:
    assert normalize("iban", raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("Chloé  DUBOIS", "chloe dubois"),
    ("Dubois, Chloé", "chloe dubois"),
    ("  Jean-Pierre\tLéger ", "jean leger pierre"),
    ("Ægir Þór", "ægir þor"),  # no decomposition: kept, folded
    ("Alice", None), ("", None), ("n/a", None), ("N/A N/A", None), ("- -", None),
])
def test_name(raw: str, expected: str | None) -> None:
    assert normalize("name", raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("4111 1111 1111 1111", "4111111111111111"),
    ("4111-1111-1111-1112", None), ("0000000000000000", None),
])
def test_card(raw: str, expected: str | None) -> None:
    assert normalize("card", raw) == expected


@pytest.mark.parametrize(("address", "strong"), [
    ("alice@example.com", True), ("info@shop.example", False), ("contact@x.fr", False),
    ("noreply@x.com", False), ("no-reply@x.com", False), ("support@x.com", False),
    ("admin@x.com", False), ("sales@x.com", False), ("hello@x.com", False),
    ("office@x.com", False), ("info+orders@x.com", False), ("information@x.com", True),
])
def test_role_addresses_are_never_strong(address: str, strong: bool) -> None:
    n = normalize("email", address)
    assert n is not None
    assert is_strong("email", n) is strong


def test_names_are_weak_and_the_rest_strong() -> None:
    assert not is_strong("name", "alice martin")
    assert is_strong("phone", "+33612345678") and is_strong("iban", "FR76")


def test_account_keys_are_namespaced_by_where_they_are_keys() -> None:
    assert account_value("shop/main.customers", 42) == "shop/main.customers/42"
    assert account_value("shop/main.customers", 42) != account_value("crm/main.users", 42)
    assert account_value("s/c", 1111) == "s/c/1111"  # a number, not a placeholder
    for raw in (None, "", "n/a", 0, "000", True):
        assert account_value("s/c", raw) is None


def test_the_fast_hasher_gives_the_crypto_module_digest() -> None:
    key = bytes(range(32))
    h = Hasher(key)
    for kind, value in [("email", "a@b.fr"), ("phone", "+33612345678"), ("email", "a@b.fr")]:
        assert h(kind, value) == digest(key, kind, value)
    assert h.key_id() != Hasher(b"other key").key_id()


@pytest.mark.parametrize(("category", "kind"), [
    ("contact.email", "email"), ("contact.phone", "phone"), ("financial.bank_account", "iban"),
    ("identity.name", "name"), ("identity.account_id", "account"),
    ("government.national_id", "national_id"), ("contact.address", None), (None, None),
])
def test_identifier_kind_of_a_category(category: str | None, kind: str | None) -> None:
    assert identifier_kind(category) == kind


def test_the_hasher_follows_hmac_for_long_keys_and_gives_bytes() -> None:
    key = bytes(range(100))  # longer than a SHA-256 block: hashed first, as RFC 2104 says
    h = Hasher(key)
    assert h("email", "a@b.fr") == digest(key, "email", "a@b.fr")
    assert h.digest("email", "a@b.fr") == bytes.fromhex(digest(key, "email", "a@b.fr"))


def test_identifiers_are_found_all_along_a_long_text() -> None:
    """A text longer than one window is read whole (it used to be cut at 200,000 chars),
    in windows cut between words: an identifier at a window's edge is neither lost nor
    read as a shorter one."""
    from scanner.identifiers.text import MAX_TEXT_CHARS, identifiers, windows

    filler = "lorem ipsum dolor sit amet\n" * ((3 * MAX_TEXT_CHARS) // 27)
    text = (filler[:MAX_TEXT_CHARS] + " jane.far@example.org " + filler[:MAX_TEXT_CHARS]
            + " call +33 6 12 34 56 78 " + filler)
    found = identifiers(text, "FR")
    assert ("email", "jane.far@example.org") in found
    assert ("phone", "+33612345678") in found
    assert "".join(windows(text)) == text
    edge = "x " * (MAX_TEXT_CHARS // 2 - 8) + "bob.edge@example.net " + "y " * 10
    assert len(edge) > MAX_TEXT_CHARS
    assert identifiers(edge, "FR") == {("email", "bob.edge@example.net")}
    assert all(len(w) <= MAX_TEXT_CHARS for w in windows(edge * 3))
