from pathlib import Path

import pytest

from scanner.core.categories import get_category, is_category, load_categories
from scanner.detect.lexicon import load_lexicon

REQUIRED = [
    "identity.name",
    "identity.birth_date",
    "identity.gender",
    "identity.account_id",
    "contact.email",
    "contact.phone",
    "contact.address",
    "communications.message",
    "communications.customer_service",
    "online.ip_address",
    "online.browsing_history",
    "online.device_id",
    "online.username",
    "financial.payment_card",
    "financial.bank_account",
    "financial.invoicing_address",
    "government.national_id",
    "credentials.password",
    "credentials.secret",
    "special.health",
    "special.religion",
    "special.ethnicity",
    "special.political",
]


@pytest.mark.parametrize("category_id", REQUIRED)
def test_taxonomy_covers_the_privacy_policy(category_id):
    assert is_category(category_id)


def test_only_special_categories_are_sensitive():
    for cat in load_categories().values():
        assert cat.sensitive == (cat.family == "special"), cat.id


def test_strong_identifiers_are_declared():
    kinds = {c.id: c.identifier for c in load_categories().values()}
    assert kinds["contact.email"] == "email"
    assert kinds["contact.phone"] == "phone"
    assert kinds["financial.bank_account"] == "iban"
    assert kinds["identity.account_id"] == "account"
    assert kinds["identity.name"] == "name"
    assert kinds["special.health"] is None


def test_unknown_category_is_named_in_the_error():
    with pytest.raises(KeyError, match="nope.nothing"):
        get_category("nope.nothing")


def test_every_lexicon_rule_points_to_a_known_category():
    for rule in load_lexicon().rules:
        assert is_category(rule.category), rule.id


DATA = Path(__file__).parent / "data"


def listed(name: str) -> set[str]:
    """Ids extracted from ../shared/reference (fideslang, W3C DPV), with their licences."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return {x.strip() for x in lines if x.strip() and not x.startswith("#")}


def test_every_fideslang_key_exists_in_the_reference():
    keys = listed("fideslang_keys.txt")
    missing = {c.id: c.fideslang for c in load_categories().values() if c.fideslang not in keys}
    assert not missing


def test_every_dpv_term_exists_in_the_reference():
    terms = listed("dpv_pd_terms.txt")
    missing = {c.id: c.dpv for c in load_categories().values() if c.dpv not in terms}
    assert not missing
