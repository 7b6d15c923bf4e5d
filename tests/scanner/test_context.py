"""Verdicts from a field's context (issue 15, parts 1 and 2): the table it is in, the fields
beside it, its declared type and its declared link; the values when there are some."""

import random

import pytest

from scanner.core.types import ContainerSchema, FieldRef, FieldSchema, ForeignKey, Locator, Record
from scanner.detect.classify import classify_container, classify_field, organisation_rows
from scanner.detect.lexicon import Neighbours, container_kind, match_name

rng = random.Random(15)


def judge(container: str, field: str, kind: str = "text", others: tuple[str, ...] = (),
          references: str = "", primary_key: bool = False):
    """The verdict `pdmap check` gives: name, type, neighbours and link, no values."""
    schema = FieldSchema(field, kind, primary_key=primary_key, references=references)
    siblings = [schema, *(FieldSchema(o, "text") for o in others)]
    return classify_field(FieldRef("repo", container, field), schema, siblings=siblings)


@pytest.mark.parametrize("container, kind", [
    ("auth_user", "person"), ("public.customers", "person"), ("utilisateurs", "person"),
    ("ProspectiveBuyer", "person"),  # glued: read by the word it ends with
    ("ab_user_role", "object"),  # the head noun decides: roles
    ("helpdesk_queue", "object"), ("socialaccount_socialapp", "object"),
    ("posts", "conversation"), ("helpdesk_ticket", "conversation"),
    ("shop_order", "related"), ("payments", "related"),
    ("schedule_event", "unknown"), ("crews", "unknown"),
])
def test_a_table_is_read_by_its_head_noun(container, kind):
    assert container_kind(container) == kind


# --- the table -------------------------------------------------------------------------


@pytest.mark.parametrize("container", ["menus", "shipping_methods", "helpdesk_queue",
                                       "plugin_registry", "schedule_calendar", "genres",
                                       "ab_view_menu", "pets"])
def test_a_plain_name_of_a_thing_is_not_a_persons_name(container):
    assert not judge(container, "name").personal


def test_a_plain_name_is_a_persons_in_a_table_of_people_and_a_guess_beside_person_fields():
    assert judge("members", "name").confidence >= 0.6
    guess = judge("crews", "name", others=("email",))
    assert guess.personal and guess.confidence < 0.6  # `pdmap check` warns, does not block
    assert not judge("crews", "name").personal  # nothing says whose name it is


def test_an_apps_secret_is_not_a_persons_but_a_users_token_is():
    assert not judge("socialaccount_socialapp", "secret").personal
    assert not judge("oauth_applications", "client_secret", others=("client_id",)).personal
    assert judge("auth_user", "api_token").category == "credentials.secret"
    assert judge("otp_totp_totpdevice", "key").category == "credentials.secret"
    assert not judge("products", "key").personal


def test_the_key_of_a_link_table_is_not_a_persons_key():
    assert not judge("roles_users", "id", "integer", others=("user_id", "role_id")).personal
    assert judge("users", "id", "integer", others=("email",)).category == "identity.account_id"


def test_the_primary_key_of_a_table_of_people_is_their_account_key_whatever_its_name():
    v = judge("ProspectiveBuyer", "ProspectiveBuyerKey", "integer", primary_key=True)
    assert v.personal and v.category == "identity.account_id"
    assert not judge("products", "ProductKey", "integer", primary_key=True).personal


# --- the neighbouring fields -----------------------------------------------------------

ADDRESS = ("street", "city", "postcode")


@pytest.mark.parametrize("field", ["state", "BillingState", "region", "province", "county",
                                   "district", "country", "country_area", "StateProvinceCode",
                                   "etat", "pays"])
def test_an_address_part_beside_an_address_is_an_address(field):
    assert judge("customers", field, others=ADDRESS).category in (
        "contact.address", "financial.invoicing_address")


@pytest.mark.parametrize("field", ["state", "region", "country", "district"])
def test_an_address_part_alone_or_of_a_thing_is_not_personal(field):
    assert not judge("customers", field).personal  # a `state` alone is a status
    assert not judge("offices", field, others=ADDRESS).personal


def test_an_expiry_date_is_a_cards_only_beside_a_card():
    assert not judge("shop_product", "expiry_date", "date").personal
    assert not judge("blog_blogpost", "expiry_date", "datetime").personal
    assert judge("payment_cards", "exp_month", "integer").category == "financial.payment_card"
    assert judge("payments", "expiry_date", "date", others=("card_number",)).personal


def test_free_text_is_a_persons_in_a_conversation_not_in_a_catalogue():
    assert judge("helpdesk_ticket", "description").category == "communications.customer_service"
    assert judge("posts", "content").category == "communications.message"
    assert not judge("shop_product", "description").personal
    # a table that does not say what it holds, but names who wrote each row
    assert judge("schedule_event", "description", others=("creator_id",)).personal
    assert not judge("schedule_event", "description").personal


# --- the declared type -----------------------------------------------------------------


@pytest.mark.parametrize("field", ["enable_account_confirmation_by_email", "change_password",
                                   "allow_email_submission", "email_on_ticket_change",
                                   "use_email_as_submitter"])
def test_a_boolean_is_never_an_email_a_password_or_a_name(field):
    assert not judge("helpdesk_usersettings", field, "boolean").personal


def test_a_boolean_can_still_be_special_category_data():
    assert judge("patients", "has_disability", "boolean").category == "special.health"


def test_a_number_is_never_a_message():
    assert not judge("blog_posts", "comments", "integer").personal


def test_a_setting_named_after_a_mailbox_is_not_an_email():
    for field in ("email_box_host", "email_box_ssl", "email_box_imap_folder", "send_email"):
        assert not judge("helpdesk_queue", field).personal, field


# --- the declared link -----------------------------------------------------------------


@pytest.mark.parametrize("field", ["assigned_to_id", "creator_id", "created_by_fk",
                                   "reporter_id", "hidden_by_id", "myuser_id", "zapped_by"])
def test_a_foreign_key_to_a_person_table_is_a_reference_to_a_person(field):
    v = judge("tickets", field, "integer", references="auth_user")
    assert v.personal and v.category == "identity.account_id"
    assert v.evidence.name_rule == "reference:auth_user"


def test_a_foreign_key_to_a_table_of_things_holds_that_rows_key():
    assert not judge("otp_static_statictoken", "device_id", "integer",
                     references="otp_static_staticdevice").personal
    assert not judge("vendors", "owner_id", "integer", references="organizations").personal


@pytest.mark.parametrize("field", ["author_id", "owner_id", "assigned_to_id", "created_by_id",
                                   "created_by_fk", "default_owner_id", "cree_par"])
def test_a_reference_to_a_person_by_name_alone(field):
    assert judge("things_of_unknown_kind", field, "integer").category == "identity.account_id"


def test_created_by_email_is_personal_the_word_created_does_not_switch_it_off():
    assert judge("documents", "created_by_email").personal


# --- the vocabulary (part 2), English and French ----------------------------------------


@pytest.mark.parametrize("field, container, category", [
    ("cc_last_digits", "orders", "financial.payment_card"),
    ("cc_first_digits", "orders", "financial.payment_card"),
    ("cc_exp_month", "orders", "financial.payment_card"),
    ("cc_exp_year", "orders", "financial.payment_card"),
    ("card_fingerprint", "payments", "financial.payment_card"),
    ("gclid", "visits", "online.device_id"),
    ("fbclid", "visits", "online.device_id"),
    ("distinct_id", "events", "online.device_id"),
    ("session_key", "usersessions", "online.device_id"),
    ("totp_secret", "users", "credentials.secret"),
    ("otp_secret", "users", "credentials.secret"),
    ("api_token", "users", "credentials.secret"),
    ("activation_code", "subscriptions", "credentials.secret"),
    ("code_activation", "abonnes", "credentials.secret"),
    ("jeton_activation", "utilisateurs", "credentials.secret"),
    ("provider_uid", "social_accounts", "online.social_media"),
    ("oauth_uid", "users", "online.social_media"),
    ("notes", "customers", "communications.message"),
    ("internal_note", "customers", "communications.message"),
    ("instructions_livraison", "commandes", "communications.message"),
    ("search_vector", "users", "identity.name"),
    ("website", "users", "online.social_media"),
    ("numero_employe", "salaries", "identity.account_id"),
    ("invitee_identifier", "invitations", "identity.account_id"),
])
def test_the_vocabulary_covers_the_misses_of_issue_15(field, container, category):
    m = match_name(field, container, Neighbours())
    assert m is not None, field
    assert m.category == category


def test_a_search_document_of_products_is_not_personal():
    assert match_name("search_vector", "products", Neighbours()) is None


# --- values, in `pdmap scan` -----------------------------------------------------------

FIRST = ["Jean", "Marie", "Pierre", "Sophie", "John", "Emma", "Luc", "Chloé"]
LAST = ["Dupont", "Martin", "Bernard", "Smith", "Durand", "Leroy"]


def scan(container: str, columns: dict[str, list[object]], fks=()):
    fields = tuple(FieldSchema(n, "text") for n in columns)
    schema = ContainerSchema("db", container, fields, foreign_keys=tuple(fks))
    n = len(next(iter(columns.values())))
    records = [Record(Locator("db", container, (i,)), {k: v[i] for k, v in columns.items()})
               for i in range(n)]
    return schema, records


def test_a_name_beside_an_email_is_a_persons_when_ner_reads_full_names(detector):
    names = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(40)]
    emails = [f"u{i}@example.org" for i in range(40)]
    schema, records = scan("crews", {"name": names, "email": emails})
    verdicts = {v.ref.field: v for v in classify_container(schema, records, detector)}
    assert verdicts["name"].personal and verdicts["name"].category == "identity.name"


def test_a_name_beside_an_email_is_not_when_the_values_are_not_peoples_names(detector):
    names = [rng.choice(["Rock", "Jazz", "Blues", "Metal", "Classical", "Pop"])
             for _ in range(40)]
    emails = [f"u{i}@example.org" for i in range(40)]
    schema, records = scan("crews", {"name": names, "email": emails})
    verdicts = {v.ref.field: v for v in classify_container(schema, records, detector)}
    assert not verdicts["name"].personal
    assert verdicts["email"].personal


def test_an_offices_phone_is_not_a_persons_in_a_scan_and_a_warning_in_check(detector):
    phones = [f"+33 1 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
              f"{rng.randint(10, 99)}" for _ in range(20)]
    schema, records = scan("offices", {"phone": phones, "city": ["Paris"] * 20})
    verdicts = {v.ref.field: v for v in classify_container(schema, records, detector)}
    assert not verdicts["phone"].personal
    check = judge("offices", "phone", others=("city",))
    assert check.personal and check.confidence < 0.6


def test_a_declared_foreign_key_in_a_scanned_table_names_a_person(detector):
    schema, records = scan("tickets", {"assignee_ref": ["1", "2", "3"], "title": ["a", "b", "c"]},
                           fks=[ForeignKey(("assignee_ref",), "staff_members", ("id",))])
    verdicts = {v.ref.field: v for v in classify_container(schema, records, detector)}
    assert verdicts["assignee_ref"].category == "identity.account_id"


# --- found on the held-out samples (Futon Manufacturing, Oracle Sales History) ----------


@pytest.mark.parametrize("field", ["CompletedBy", "inspected_by_id", "ApprovedBy", "paid_by"])
def test_whoever_did_something_is_a_person(field):
    assert judge("ProductionCompletion", field).category == "identity.account_id"


@pytest.mark.parametrize("field", ["sort_by", "group_by", "order_by"])
def test_a_setting_ending_in_by_is_not_a_person(field):
    assert not judge("reports", field).personal


def test_a_sales_rep_is_a_person_and_a_suppliers_contact_lines_are_the_contacts():
    assert container_kind("SalesRep") == "person"
    assert judge("Customer", "SalesRepID", "integer", references="SalesRep").personal
    others = ("ContactName", "Address", "City", "ZipCode")
    assert judge("Supplier", "Email", others=others).confidence >= 0.6
    assert judge("Supplier", "Phone", others=others).confidence >= 0.6
    assert judge("Supplier", "ZipCode", others=(*others, "Email")).confidence < 0.6


def test_abbreviated_person_words_and_glued_user_tables():
    assert judge("customers", "cust_state_province",
                 others=("cust_street_address", "cust_city", "cust_postal_code")).personal
    assert judge("demographics", "cust_id", "decimal").category == "identity.account_id"
    assert container_kind("myuser") == "person"


@pytest.mark.parametrize("field, container", [
    ("guid", "organizations_organizationinvitation"), ("key", "account_emailconfirmation"),
    ("code", "oauth2_provider_grant"), ("token", "password_resets"),
])
def test_the_key_of_a_one_time_link_is_a_secret(field, container):
    assert judge(container, field).category == "credentials.secret"


def test_a_key_elsewhere_is_not_a_secret_and_a_subject_of_a_form_not_its_email():
    assert not judge("products", "key").personal
    assert not judge("discount_codes", "code").personal
    assert not judge("forms_form", "email_subject").personal


def test_a_row_of_an_organisation_with_a_contact_person():
    """Customer(CustomerName, ContactName, Email, Phone, Address, City...): a company with
    the person to deal with; her name and lines are personal, the company's name and street
    are not (a warning in check, not personal in a scan)."""
    others = ("CustomerName", "ContactName", "Email", "Phone", "Address", "City", "ZipCode")
    assert judge("Customer", "ContactName", others=others).confidence >= 0.6
    assert judge("Customer", "Email", others=others).confidence >= 0.6
    assert judge("Customer", "Phone", others=others).confidence >= 0.6
    for field in ("CustomerName", "Address", "City", "ZipCode"):
        assert judge("Customer", field, others=others).confidence < 0.6, field
    # a table of contacts is the contacts' own: their address is theirs
    assert judge("contacts", "address", others=("contact_name", "email")).confidence >= 0.6


def test_an_employees_emergency_contact_does_not_make_the_row_an_organisations():
    others = ("first_name", "last_name", "emergency_contact_name", "email", "address", "city")
    assert not Neighbours.of(others, "employees").organisation
    for field in ("first_name", "last_name", "address", "city"):
        assert judge("employees", field, others=others).confidence >= 0.6, field


def test_the_key_of_an_organisations_row_and_links_to_it_are_not_a_persons(detector):
    """A company customer's key is the company's; a link to such a row is not a link to a
    person (its contact's own fields are what is personal). A table of people keeps its
    key, and links to it stay references to a person."""
    company = ContainerSchema("db", "Customer", (
        FieldSchema("CustomerID", "integer", primary_key=True),
        *(FieldSchema(n, "text") for n in ("CustomerName", "ContactName", "Email", "City"))),
        primary_key=("CustomerID",))
    people = ContainerSchema("db", "members", (
        FieldSchema("id", "integer", primary_key=True),
        *(FieldSchema(n, "text") for n in ("first_name", "last_name", "email"))),
        primary_key=("id",))
    orders = ContainerSchema("db", "SalesOrder", (
        FieldSchema("OrderID", "integer", primary_key=True),
        FieldSchema("CustomerID", "integer"), FieldSchema("member_id", "integer")),
        primary_key=("OrderID",), foreign_keys=(
            ForeignKey(("CustomerID",), "Customer", ("CustomerID",)),
            ForeignKey(("member_id",), "members", ("id",))))
    organisations = organisation_rows([company, people, orders])
    assert organisations == {"Customer"}

    def verdicts(c):
        return {v.ref.field: v for v in classify_container(c, [], detector, organisations)}
    assert not verdicts(company)["CustomerID"].personal
    assert verdicts(company)["ContactName"].personal
    assert verdicts(people)["id"].category == "identity.account_id"
    assert not verdicts(orders)["CustomerID"].personal
    assert verdicts(orders)["member_id"].category == "identity.account_id"


def test_a_message_column_no_row_fills_holds_nothing_when_every_row_was_read(detector):
    schema, records = scan("purchase_orders", {"notes": [None] * 5, "ref": list("abcde")})
    read_all = {v.ref.field: v for v in classify_container(schema, records, detector,
                                                            complete=True)}
    assert not read_all["notes"].personal
    assert any("no row holds a text" in n for n in read_all["notes"].evidence.notes)
    # a sample of a larger table that found no text cannot say the others have none
    sampled = {v.ref.field: v for v in classify_container(schema, records, detector)}
    assert sampled["notes"].personal


def test_text_written_on_a_persons_row_is_about_that_person_whoever_it_names(detector):
    """Oracle Sales History's supplementary_demographics.comments: customers' opinions,
    naming no one; on a row that is one person's, they are that person's."""
    texts = ["Thanks but your products are too expensive. Sorry.",
             "Great program. Love the discount.",
             "How much would it cost to upgrade to the latest model?"] * 4
    for table in ("customer_demographics", "supplementary_demographics"):
        schema, records = scan(table, {"comments": texts})
        verdict = classify_container(schema, records, detector)[0]
        assert verdict.personal and verdict.category == "communications.message", table
    schema, records = scan("purchase_orders", {"comments": texts})
    assert not classify_container(schema, records, detector)[0].personal


@pytest.mark.parametrize("field, personal", [
    ("cust_city_id", True), ("cust_state_province_id", True), ("country_id", True),
    ("country_code", True), ("TerritoryID", False), ("department_id", False)])
def test_a_coded_part_of_a_persons_address_is_an_address(field, personal):
    others = ("cust_first_name", "cust_street_address", "cust_postal_code", "cust_city")
    verdict = judge("customers", field, kind="integer", others=others)
    assert verdict.personal == personal
    if personal:
        assert verdict.category == "contact.address"
    # the same code in a table of things, or in a person's row with no address beside it
    assert not judge("offices", field, kind="integer", others=("street_address", "city")
                     ).personal or field == "country_code"
    assert not judge("customers", field, kind="integer", others=("first_name",)).personal \
        or field == "country_code"


def test_found_on_order_entry_a_geometrys_metadata_a_warehouses_place_an_account_manager():
    """Oracle Order Entry (held out, first run): the type and coordinate system of a
    customer's geocoded point are not where she lives; a warehouse's point is a thing's;
    account_mgr_id names the employee who manages the account."""
    others = ("cust_first_name", "street_address", "location_x", "location_y")
    assert not judge("customers", "location_gtype", kind="integer", others=others).personal
    assert not judge("customers", "location_srid", kind="integer", others=others).personal
    assert judge("customers", "location_x", kind="decimal", others=others).personal
    assert judge("warehouses", "wh_geo_location_x", kind="decimal",
                 others=("warehouse_name",)).confidence < 0.6
    assert judge("customers", "account_mgr_id", kind="integer",
                 others=others).category == "identity.account_id"
