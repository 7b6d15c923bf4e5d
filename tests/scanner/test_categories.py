import csv
import os
from pathlib import Path

import pytest
import yaml

from scanner.categories import get_category, is_category, load_categories
from scanner.lexicon import load_lexicon


def _reference_dir() -> Path | None:
    """PDMAP_REFERENCE_DIR, else ../shared/reference next to the repository; None if absent."""
    env = os.environ.get("PDMAP_REFERENCE_DIR")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parents[2].parent / "shared" / "reference")
    return next((p for p in candidates if (p / "fideslang").is_dir()), None)


REFERENCE = _reference_dir()
needs_reference = pytest.mark.skipif(
    REFERENCE is None, reason="reference vocabularies not found (set PDMAP_REFERENCE_DIR)"
)

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


@needs_reference
def test_every_fideslang_key_exists_in_the_reference():
    assert REFERENCE is not None
    data = yaml.safe_load((REFERENCE / "fideslang" / "data_categories.yml").read_text())
    keys = {c["fides_key"] for c in data["data_category"]}
    missing = {c.id: c.fideslang for c in load_categories().values() if c.fideslang not in keys}
    assert not missing


@needs_reference
def test_every_dpv_term_exists_in_the_reference():
    assert REFERENCE is not None
    with (REFERENCE / "dpv" / "pd_pd.csv").open(newline="") as f:
        terms = {"pd:" + row["term"] for row in csv.DictReader(f)}
    missing = {c.id: c.dpv for c in load_categories().values() if c.dpv not in terms}
    assert not missing
