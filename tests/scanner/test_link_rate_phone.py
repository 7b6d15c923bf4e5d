"""normalize_phone's cache by digits (issue 17): every spelling gives what phonenumbers
gives for it, parsed on its own, as before the cache."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from scanner.identifiers.normalise import (
    _NON_ALNUM,
    _compact,
    is_placeholder,
    normalize_phone,
)


def uncached(raw: str, region: str) -> str | None:
    """normalize_phone as it was: phonenumbers on the stripped text itself."""
    s = raw.strip()
    digits = _NON_ALNUM.sub("", s)
    if len(digits) < 6 or not any(c.isdigit() for c in digits) or is_placeholder(s):
        return None
    if s.startswith("00"):
        s = "+" + s[2:]
    try:
        n = phonenumbers.parse(s, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(n) or len(set(str(n.national_number))) <= 2:
        return None
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


SEPARATORS = [" ", ".", "-", "(", ")", "/", "  ", " - ", "(0)", " (0) ", ""]


def spellings(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """Valid numbers of every region, and near misses, in plain spellings."""
    regions = sorted(phonenumbers.SUPPORTED_REGIONS)
    out = []
    for _ in range(n):
        region = rng.choice(regions)
        ex = phonenumbers.example_number_for_type(region, rng.choice(
            [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]))
        if ex is None:
            continue
        national = str(ex.national_number)
        national = national[:-3] + "".join(rng.choice("0123456789") for _ in range(
            rng.choice([2, 3, 3, 3, 4])))
        cc = str(ex.country_code)
        digits = rng.choice(["+" + cc, "00" + cc, "+" + cc + "(0)", "0", "", "0 0" + cc])
        text = "".join(c + (rng.choice(SEPARATORS) if rng.random() < 0.3 else "")
                       for c in digits + national)
        out.append((rng.choice([" ", "", "("]) + text, rng.choice([region, "FR", "US"])))
    return out


@pytest.mark.parametrize("seed", [1, 2])
def test_cached_phone_is_phonenumbers_answer(seed: int) -> None:
    rng = random.Random(seed)
    cases = spellings(rng, 3000)
    valid = 0
    for raw, region in cases:
        want = uncached(raw, region)
        valid += want is not None
        assert normalize_phone(raw, region) == want, (raw, region)
        assert normalize_phone(raw, region) == want, (raw, region)  # cached
    assert valid > len(cases) // 5  # the check saw valid numbers, not only rejections


def test_compact_keys() -> None:
    assert _compact("06 12 34 56 78") == "0612345678"
    assert _compact("+33 (0)6.12.34.56.78") == "+330612345678"
    assert _compact("0033 6 12 34 56 78") == "+33612345678"
    assert _compact("0 033 6 12 34 56 78") is None  # 00 after a separator: the region's
    assert _compact("06 12 34 56 78 ext 5") is None
    assert _compact("06 12 34 56 78#") is None
    assert _compact("06,,12") is None
    assert normalize_phone("06 12 34 56 78") == normalize_phone("0612345678") == "+33612345678"


def test_spellings_of_one_number_share_the_cache() -> None:
    rng = random.Random(3)
    for raw, region in spellings(rng, 300):
        digits = "".join(c for c in raw if c.isdigit() or c == "+")
        for other in (digits, " ".join(digits), ".".join(digits), "-".join(digits), raw):
            assert normalize_phone(other, region) == uncached(other, region), (other, region)
