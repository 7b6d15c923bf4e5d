import pytest

from scanner.detect.lexicon import is_person_container, match_name, tokenize


@pytest.mark.parametrize(
    "name, tokens",
    [
        ("BillingAddress1", ["billing", "address", "1"]),
        ("ship_to_zip", ["ship", "to", "zip"]),
        ("customerEmail", ["customer", "email"]),
        ("E_MAIL", ["e", "mail"]),
        ("dateDeNaissance", ["date", "de", "naissance"]),
        ("téléphone", ["telephone"]),
        ("HTTPUserAgent", ["http", "user", "agent"]),
        ("code-postal", ["code", "postal"]),
        ("Nom de famille", ["nom", "de", "famille"]),
    ],
)
def test_names_are_tokenized_across_conventions(name, tokens):
    assert tokenize(name) == tokens


# (field name, container, expected category)
PERSONAL_NAMES = [
    ("BillingAddress1", "", "financial.invoicing_address"),
    ("adresse_facturation", "", "financial.invoicing_address"),
    ("ship_to_zip", "", "contact.address"),
    ("shipping_address", "", "contact.address"),
    ("adresse_livraison", "", "contact.address"),
    ("customerEmail", "", "contact.email"),
    ("E_MAIL", "", "contact.email"),
    ("courriel", "", "contact.email"),
    ("email_address", "", "contact.email"),
    ("date_naissance", "", "identity.birth_date"),
    ("dateDeNaissance", "", "identity.birth_date"),
    ("dob", "", "identity.birth_date"),
    ("prenom", "", "identity.name"),
    ("nom_famille", "", "identity.name"),
    ("first_name", "", "identity.name"),
    ("last_name", "", "identity.name"),
    ("full_name", "", "identity.name"),
    ("nom", "clients", "identity.name"),
    ("name", "public.customers", "identity.name"),
    ("adresse", "clients", "contact.address"),
    ("code_postal", "", "contact.address"),
    ("cp", "", "contact.address"),
    ("zip", "", "contact.address"),
    ("ville", "clients", "contact.address"),
    ("telephone", "", "contact.phone"),
    ("téléphone", "", "contact.phone"),
    ("tel", "", "contact.phone"),
    ("portable", "", "contact.phone"),
    ("iban", "", "financial.bank_account"),
    ("rib", "", "financial.bank_account"),
    ("numero_secu", "", "government.national_id"),
    ("nir", "", "government.national_id"),
    ("ssn", "", "government.national_id"),
    ("mot_de_passe", "", "credentials.password"),
    ("password_hash", "", "credentials.password"),
    ("api_key", "", "credentials.secret"),
    ("ip", "", "online.ip_address"),
    ("ip_address", "", "online.ip_address"),
    ("last_login_ip", "", "online.ip_address"),
    ("mac_address", "", "online.device_id"),
    ("user_agent", "", "online.user_agent"),
    ("cookie_id", "", "online.device_id"),
    ("card_number", "", "financial.payment_card"),
    ("pan", "", "financial.payment_card"),
    ("username", "", "online.username"),
    ("login", "", "online.username"),
    ("notes", "", "communications.message"),
    ("comment", "", "communications.message"),
    ("message", "contact_messages", "communications.message"),
    ("body", "emails", "communications.message"),
    ("body", "support_tickets", "communications.customer_service"),
    ("customer_id", "orders", "identity.account_id"),
    ("id", "customers", "identity.account_id"),
    ("groupe_sanguin", "", "special.health"),
    ("religion", "", "special.religion"),
]


@pytest.mark.parametrize("field, container, category", PERSONAL_NAMES)
def test_when_name_says_personal_then_category_follows(field, container, category):
    m = match_name(field, container)
    assert m is not None, field
    assert m.category == category
    assert m.rule.startswith("lexicon:")


NOT_PERSONAL_NAMES = [
    ("name", "products"),
    ("nom", "produits"),
    ("product_name", ""),
    ("company_name", ""),
    ("nom_produit", ""),
    ("status", ""),
    ("code", ""),
    ("country_code", ""),
    ("id", "orders"),
    ("order_id", ""),
    ("address_id", ""),
    ("created_at", ""),
    ("amount", ""),
    ("total", ""),
    ("price", ""),
    ("quantity", ""),
    ("sku", ""),
    ("order_number", ""),
    ("email_status", ""),
    ("email_verified", ""),
    ("email_sent_at", ""),
    ("phone_country_code", ""),
    ("address_type", ""),
    ("description", ""),
]


@pytest.mark.parametrize("field, container", NOT_PERSONAL_NAMES)
def test_when_name_is_a_trap_then_no_rule_matches(field, container):
    assert match_name(field, container) is None


def test_when_name_is_ambiguous_without_context_then_confidence_is_lower():
    in_people = match_name("name", "customers")
    alone = match_name("name", "orders")
    assert in_people is not None and alone is not None
    assert alone.confidence < in_people.confidence
    assert "ambiguous" in alone.notes[0]


def test_when_name_says_hashed_then_no_value_entity_is_expected():
    m = match_name("email_sha256")
    assert m is not None and m.hashed
    assert m.category == "contact.email" and m.entity is None


def test_when_specific_phrase_matches_then_it_beats_the_generic_word():
    assert match_name("ip_address").entity == "IP_ADDRESS"  # type: ignore[union-attr]
    assert match_name("email_address").entity == "EMAIL_ADDRESS"  # type: ignore[union-attr]


def test_person_containers_are_recognized_in_plural_and_schema_qualified():
    assert is_person_container("public.customers")
    assert is_person_container("utilisateurs")
    assert not is_person_container("public.products")
