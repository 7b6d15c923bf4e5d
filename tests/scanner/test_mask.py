import pytest

from scanner.detect.mask import mask


@pytest.mark.parametrize(
    "value, entity, masked",
    [
        ("john.doe@example.com", "EMAIL_ADDRESS", "j***@e***.com"),
        ("john.doe@example.com", None, "j***@e***.com"),
        ("+33 6 12 34 56 78", "PHONE_NUMBER", "+33 6 ** ** ** 78"),
        ("06 12 34 56 78", "PHONE_NUMBER", "06 ** ** ** 78"),
        ("FR76 3000 6000 0112 3456 7890 189", "IBAN_CODE", "FR76 **** **** 0189"),
        ("4111 1111 1111 1111", "CREDIT_CARD", "**** **** **** 1111"),
        ("John Doe", "PERSON", "J*** D**"),
        ("1 84 12 76 451 089 46", "FR_NIR", "1 ** ** ** *** *** **"),
        ("ab", None, "**"),
    ],
)
def test_masked_values_keep_their_shape(value, entity, masked):
    assert mask(value, entity) == masked


@pytest.mark.parametrize(
    "value, entity",
    [
        ("abc", None),
        ("secret-token-value", None),
        ("Paris", "LOCATION"),
        ("x" * 500, None),
        ("192.168.1.10", "IP_ADDRESS"),
        ("0612", "PHONE_NUMBER"),
        ("a@b", "EMAIL_ADDRESS"),
    ],
)
def test_mask_never_returns_a_raw_value_longer_than_two_chars(value, entity):
    out = mask(value, entity)
    assert out != value
    assert len(out) <= max(len(value), 30)
