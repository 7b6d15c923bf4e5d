"""Invented values for the demo estate: French IBANs and phones that validate, test cards
(Luhn), foreign phones. Shared by the shop (scanner/demo/estate.py) and its mailbox
(scanner/demo/mail.py)."""

from __future__ import annotations

import random

from stdnum import iban as stdnum_iban
from stdnum import luhn


def fr_iban(rng: random.Random) -> str:
    bank, branch = rng.randint(10000, 39999), rng.randint(10000, 99999)
    bban = f"{bank}{branch}{rng.randint(0, 10**11 - 1):011d}{rng.randint(10, 97):02d}"
    check = stdnum_iban.calc_check_digits("FR00" + bban)
    raw = f"FR{check}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def card(rng: random.Random) -> str:
    body = "4" + "".join(str(rng.randint(0, 9)) for _ in range(14))
    return body + luhn.calc_check_digit(body)


def fr_phone(rng: random.Random) -> str:
    digits = [rng.choice("67")] + [str(rng.randint(0, 9)) for _ in range(8)]
    if rng.random() < 0.5:
        d = "0" + "".join(digits)
        return " ".join(d[i:i + 2] for i in range(0, 10, 2))
    return "+33 " + digits[0] + " " + " ".join("".join(digits[i:i + 2]) for i in range(1, 9, 2))


def intl_phone(rng: random.Random) -> str:
    return rng.choice([
        f"+44 20 7946 {rng.randint(0, 9999):04d}",
        f"+1 212-555-{rng.randint(100, 199):04d}",
        f"+49 30 {rng.randint(1000000, 9999999)}",
    ])
