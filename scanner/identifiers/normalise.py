"""Identifiers: normalising a raw value and guarding against values that are nobody's.

Two spellings of one person's e-mail, phone or IBAN must normalise to one value (hashed by
scanner.identifiers.hashing), and a value that many people share (n/a, info@..., a test
address) must never join them into one subject. Normalizers return None for anything that
is not a usable identifier; `is_strong` says whether a usable value may create or merge
subjects; `identifier_kind` says which kind a category's values are.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from scanner.core.types import WEAK_IDENTIFIER_KINDS

# Values people type when they have nothing to type.
PLACEHOLDERS = frozenset({
    "", "-", "--", "---", ".", "?", "??", "x", "xx", "xxx", "xxxx", "n/a", "na", "n.a.", "nan",
    "none", "null", "nil", "unknown", "inconnu", "test", "tbd", "todo", "empty", "vide",
    "no", "nope", "aucun", "aucune", "not available", "not applicable", "undefined", "default",
    "anonymous", "anonyme", "blank", "dummy", "fake", "sans", "nobody",
})
# Local parts of e-mail addresses that a team, not a person, reads.
ROLE_LOCAL_PARTS = frozenset({
    "info", "infos", "contact", "contacts", "noreply", "no-reply", "no_reply", "donotreply",
    "do-not-reply", "support", "admin", "administrator", "sales", "hello", "office", "team",
    "postmaster", "webmaster", "hostmaster", "abuse", "billing", "accounts", "accounting",
    "help", "helpdesk", "service", "marketing", "newsletter", "news", "mailer-daemon", "root",
    "jobs", "careers", "hr", "press", "security", "privacy", "dpo", "legal", "compta",
    "facturation", "commercial", "accueil", "bonjour", "ventes", "secretariat", "direction",
})
# Whole addresses that are placeholders rather than anyone's mailbox.
PLACEHOLDER_EMAILS = frozenset({
    "test@test.com", "test@test.fr", "test@example.com", "a@a.com", "a@b.com", "x@x.com",
    "xxx@xxx.com", "none@none.com", "null@null.com", "no@email.com", "noemail@noemail.com",
    "email@email.com", "mail@mail.com", "user@example.com", "foo@bar.com", "name@domain.com",
    "john.doe@example.com", "jane.doe@example.com",
})
PLACEHOLDER_LOCAL_PARTS = frozenset(
    {"test", "none", "null", "noemail", "no.email", "nomail", "unknown", "nobody", "dummy",
     "fake", "xxx", "x", "na", "n.a"})

_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
                    r"(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,63}$")
_LOCAL = re.compile(r"[^@\s<>(),;:\"\[\]]+")
_DOMAIN = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*"
                     r"\.[a-z]{2,63}")
_SPACES = re.compile(r"\s+")
_REPEATED = re.compile(r"^(.)\1*$")  # 0000, 1111, aaaa
_NON_ALNUM = re.compile(r"[^0-9A-Za-z]")


def identifier_kind(category: str | None) -> str | None:
    """The Identifier kind whose values a field of this category carries, if any."""
    if category is None:
        return None
    return _kinds().get(category)


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    """Category -> Identifier kind, from the `identifier` keys of rules/categories.yaml."""
    from scanner.core.categories import load_categories  # lazy: YAML only when linking

    return {c.id: c.identifier for c in load_categories().values() if c.identifier}


def is_placeholder(text: str) -> bool:
    low = text.casefold()
    return low in PLACEHOLDERS or bool(_REPEATED.match(_NON_ALNUM.sub("", low) or "x"))


# -- normalizers: raw value -> normalized string, or None when unusable -------------------


def normalize_email(raw: object) -> str | None:
    if not isinstance(raw, str):
        return None
    s = raw.strip().casefold()
    if s.startswith("mailto:"):
        s = s[7:]
    # _EMAIL in two parts, the domain's checked once per domain (addresses share few)
    local, at, domain = s.partition("@")
    if (not at or len(s) > 254 or not _LOCAL.fullmatch(local) or not _domain_ok(domain)
            or s in PLACEHOLDER_EMAILS):
        return None
    if local in PLACEHOLDER_LOCAL_PARTS or _REPEATED.match(local):
        return None
    return s


@lru_cache(maxsize=1 << 14)
def _domain_ok(domain: str) -> bool:
    return _DOMAIN.fullmatch(domain) is not None


def is_role_email(normalized: str) -> bool:
    """A shared mailbox (info@, support@...): it annotates, it never identifies one person."""
    local = normalized.partition("@")[0]
    return local in ROLE_LOCAL_PARTS or local.split("+", 1)[0] in ROLE_LOCAL_PARTS


def as_text(raw: object) -> str | None:
    """A value as text for a normaliser: a string as it is, an integer (not a bool) in
    digits, anything else None."""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, int) and not isinstance(raw, bool):
        return str(raw)
    return None


def normalize_phone(raw: object, region: str = "FR") -> str | None:
    """E.164, or None when phonenumbers does not find a valid number for the region.

    Parsed once per distinct spelling (`_phone`, cached): a scan meets the same numbers
    again and again. A spelling of digits and plain separators (`06 12 34 56 78`,
    `+33.6.12.34.56.78`) is cached by its digits (`_compact`), so its other spellings hit too.
    """
    raw = as_text(raw)
    if raw is None:
        return None
    s = raw.strip()
    return _phone(_compact(s) or s, region)


# Digits and the separators phonenumbers ignores between them (and that no extension
# pattern uses), after at most one leading '+'.
_PLAIN_PHONE = re.compile(r"\+?[0-9][0-9 .\-()/]*")
_PLAIN_SEPARATORS = str.maketrans("", "", " .-()/")


def _compact(s: str) -> str | None:
    """The digits of a plainly written number, with its '+' (or its leading 00 as one):
    `_phone` gives the same result for both spellings. None for anything else (letters, an
    extension, other characters, or 00 after a separator: phonenumbers reads that one as
    the region's international prefix, not as '+')."""
    if len(s) > 64 or not _PLAIN_PHONE.fullmatch(s):
        return None
    digits = s.translate(_PLAIN_SEPARATORS)
    if digits[0] == "+":
        return digits
    if s.startswith("00"):  # read as '+' either way, and both pass the length gate
        return "+" + digits[2:] if len(digits) >= 8 else None
    if digits.startswith("00"):
        return None
    return digits


@lru_cache(maxsize=1 << 18)
def _phone(s: str, region: str) -> str | None:
    """normalize_phone of a stripped text, uncached."""
    digits = _NON_ALNUM.sub("", s)
    if len(digits) < 6 or not any(c.isdigit() for c in digits) or is_placeholder(s):
        return None
    import phonenumbers

    if s.startswith("00"):
        s = "+" + s[2:]
    try:
        n = phonenumbers.parse(s, region.upper() if region else None)
    except phonenumbers.NumberParseException:
        return None
    # validity and E.164 read only these (not the extension, raw input or carrier code)
    return _e164(n.country_code, n.national_number, n.italian_leading_zero,
                 n.number_of_leading_zeros)


@lru_cache(maxsize=1 << 17)
def _e164(country_code: int | None, national_number: int | None,
          italian_leading_zero: bool | None, number_of_leading_zeros: int | None) -> str | None:
    """The E.164 form of a parsed number when it is valid: once per number, however many
    spellings parse to it (`0612345678`, `+33612345678`)."""
    import phonenumbers

    n = phonenumbers.PhoneNumber(country_code=country_code, national_number=national_number,
                                 italian_leading_zero=italian_leading_zero,
                                 number_of_leading_zeros=number_of_leading_zeros)
    if not phonenumbers.is_valid_number(n):
        return None
    national = str(n.national_number)
    if len(set(national)) <= 2:  # 06 00 00 00 00, 0611111111: valid shape, nobody's number
        return None
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


def normalize_iban(raw: object) -> str | None:
    if not isinstance(raw, str):
        return None
    from stdnum import iban

    s = _NON_ALNUM.sub("", raw).upper()
    if len(s) < 15 or not iban.is_valid(s):
        return None
    return s


def normalize_card(raw: object) -> str | None:
    raw = as_text(raw)
    if raw is None:
        return None
    from stdnum import luhn

    s = re.sub(r"[\s-]", "", raw)
    if not s.isdigit() or not 12 <= len(s) <= 19 or _REPEATED.match(s) or not luhn.is_valid(s):
        return None
    return s


def _strip_accents(s: str) -> str:
    if s.isascii():
        return s
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


_NAME_SEP = re.compile(r"[\s,;./_()\-]+")


@lru_cache(maxsize=1 << 16)
def _fold_token(token: str) -> tuple[str, ...]:
    """A token folded, split again (folding can make a separator: NFKD of '¨' is a space)."""
    return tuple(_NAME_SEP.split(_strip_accents(token).casefold()))


def normalize_name(raw: object) -> str | None:
    """Folded tokens in sorted order, so 'Martin, Alice' and 'alice martin' are one name.

    Initials and placeholders are dropped and fewer than two tokens is refused: a
    lone first name says nothing, even as an annotation.
    """
    if not isinstance(raw, str):
        return None
    if raw.isascii():
        found = _NAME_SEP.split(raw.casefold())
    else:  # per token, cached: names repeat, and NFKD is most of the cost
        found = [f for t in _NAME_SEP.split(raw) for f in _fold_token(t)]
    tokens = [t for t in found if len(t) > 1 and t not in PLACEHOLDERS]
    if len(tokens) < 2:
        return None
    tokens.sort()
    return " ".join(tokens)


def normalize_code(raw: object) -> str | None:
    """National ids, passports, tax ids: upper-case letters and digits only."""
    raw = as_text(raw)
    if raw is None:
        return None
    s = _NON_ALNUM.sub("", raw).upper()
    if len(s) < 4 or is_placeholder(s):
        return None
    return s


def normalize_token(raw: object) -> str | None:
    """Usernames, device and cookie ids: trimmed and case-folded."""
    raw = as_text(raw)
    if raw is None:
        return None
    s = _SPACES.sub(" ", raw.strip()).casefold()
    if len(s) < 3 or is_placeholder(s):
        return None
    return s


def account_value(namespace: str, raw: object) -> str | None:
    """An account/customer key, namespaced by where it is a key (source/container)."""
    if raw is None or isinstance(raw, bool):
        return None
    s = str(raw).strip()
    if not s or (is_placeholder(s) and not s.isdigit()) or s.strip("0") == "":
        return None
    return f"{namespace}/{s}"


def normalizer(kind: str, region: str = "FR") -> Callable[[object], str | None]:
    """The normalizer of an identifier kind (account keys use `account_value`)."""
    if kind == "email":
        return normalize_email
    if kind == "phone":
        return lambda v: normalize_phone(v, region)
    if kind == "iban":
        return normalize_iban
    if kind == "card":
        return normalize_card
    if kind == "name":
        return normalize_name
    if kind in ("national_id", "passport", "driver_licence", "tax_id"):
        return normalize_code
    return normalize_token


def normalize(kind: str, raw: object, region: str = "FR") -> str | None:
    return normalizer(kind, region)(raw)


def is_strong(kind: str, normalized: str) -> bool:
    """Whether a usable value may create and merge subjects (weak ones only annotate)."""
    if kind in WEAK_IDENTIFIER_KINDS:
        return False
    return not (kind == "email" and is_role_email(normalized))
