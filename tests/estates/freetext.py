"""Labelled free texts for bench/bench_freetext.py, generated with Faker from fixed seeds.

Five kinds of text a company keeps (support tickets, CRM notes, e-mail bodies with
greetings, signature blocks and quoted replies, free-text address fields, chat logs), in
English (en_US, en_GB and a few other English-writing locales) and French (fr_FR, a little
fr_BE, fr_CH and fr_CA). Each text is built piece by piece (`Builder`): a piece that is
personal data records its span as it is appended, so the labels are never searched for
afterwards. The labelling rules are those of tests/data/freetext/README.md.

Every text has its own seeds (its language and number), so a text does not change when
another template is added elsewhere; the whole file is reproduced byte for byte by

    .venv/bin/python -m tests.estates.freetext [--check]

which writes (or, with --check, compares) tests/data/freetext/generated.jsonl. The output
depends on Faker's data: FAKER_VERSION is the version that wrote the committed file.

Values are valid where a validator could tell: phone numbers pass phonenumbers'
is_valid_number for their region, card numbers pass Luhn (Visa 13/16/19 digits,
Mastercard 51-55 and 2221-2720, Amex, Discover, JCB, Diners, Maestro, UnionPay), IBANs
pass mod 97 and python-stdnum's country checks. About 15% of the texts hold no personal
data; decoys (order, invoice and tracking numbers, amounts, times, versions, product and
company names) are in most texts.
"""

from __future__ import annotations

import json
import random
import re
import string
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "freetext"
GENERATED = DATA / "generated.jsonl"

FAKER_VERSION = "40.63.0"
N_EN = 1200
N_FR = 600
NO_PII_SHARE = 0.15

LABELS = ("PERSON", "ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
          "DATE_TIME", "IP_ADDRESS")
KINDS = ("ticket", "crm_note", "email", "address_field", "chat")

# Faker locales per language, with their weights, and the phone regions of each.
LOCALES = {
    "en": (("en_US", 40), ("en_GB", 30), ("en_IE", 8), ("en_AU", 8), ("en_CA", 7),
           ("en_NZ", 4), ("en_IN", 3)),
    "fr": (("fr_FR", 70), ("fr_BE", 12), ("fr_CH", 10), ("fr_CA", 8)),
}
PHONE_REGIONS = {
    "en_US": ("US", "US", "US", "CA", "GB"), "en_GB": ("GB", "GB", "GB", "IE", "FR", "DE"),
    "en_IE": ("IE", "IE", "GB"), "en_AU": ("AU", "AU", "NZ"), "en_CA": ("CA", "CA", "US"),
    "en_NZ": ("NZ", "NZ", "AU"), "en_IN": ("IN", "IN", "SG", "AE"),
    "fr_FR": ("FR", "FR", "FR", "FR", "BE", "CH", "LU", "MA", "ES"),
    "fr_BE": ("BE", "BE", "FR", "LU", "NL"), "fr_CH": ("CH", "CH", "FR", "DE"),
    "fr_CA": ("CA", "CA", "US", "FR"),
}
COUNTRY_NAMES = {
    "en_US": ("USA", "United States"), "en_GB": ("United Kingdom", "UK", "England"),
    "en_IE": ("Ireland",), "en_AU": ("Australia",), "en_CA": ("Canada",),
    "en_NZ": ("New Zealand",), "en_IN": ("India",),
    "fr_FR": ("France", "FRANCE"), "fr_BE": ("Belgique",), "fr_CH": ("Suisse",),
    "fr_CA": ("Canada",),
}
REAL_CITIES = {
    "en": ("London", "Manchester", "Leeds", "Bristol", "Glasgow", "Edinburgh", "Cardiff",
           "Chicago", "Boston", "Denver", "Austin", "Seattle", "Portland", "Atlanta",
           "Toronto", "Vancouver", "Dublin", "Cork", "Sydney", "Melbourne", "Auckland",
           "Brighton", "Nottingham", "Sheffield", "Phoenix", "San Diego"),
    "fr": ("Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Bordeaux", "Rennes",
           "Strasbourg", "Montpellier", "Nice", "Grenoble", "Dijon", "Angers", "Reims",
           "Bruxelles", "Liège", "Namur", "Genève", "Lausanne", "Montréal", "Québec",
           "Clermont-Ferrand", "Tours", "Metz", "Caen", "Brest"),
}
BE_CITIES = (("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi"),
             ("1300", "Wavre"), ("7000", "Mons"), ("1348", "Louvain-la-Neuve"),
             ("1050", "Ixelles"), ("1180", "Uccle"), ("4020", "Liège"))
BE_STREETS = ("rue de la Loi", "avenue Louise", "rue Haute", "chaussée de Waterloo",
              "rue du Marché", "boulevard d'Avroy", "rue des Fripiers", "avenue de Tervueren",
              "rue Saint-Gilles", "place Flagey")

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
}
MONTHS_SHORT = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."),
}
DAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}
DAYS_SHORT = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
}


# ---------------------------------------------------------------- the text being built

@dataclass
class Builder:
    """A text and its spans, appended piece by piece; `case` is applied to every piece
    before its length is counted ("upper", "lower" or "")."""

    case: str = ""
    parts: list[str] = field(default_factory=list)
    spans: list[dict[str, Any]] = field(default_factory=list)
    length: int = 0

    def _cased(self, s: str) -> str:
        if self.case == "upper":
            return s.upper()
        if self.case == "lower":
            return s.lower()
        return s

    def add(self, s: str) -> None:
        s = self._cased(s)
        self.parts.append(s)
        self.length += len(s)

    def span(self, s: str, entity: str, birth: bool | None = None, keep_case: bool = False
             ) -> None:
        if entity not in LABELS:
            raise ValueError(entity)
        if not keep_case:
            s = self._cased(s)
        if not s or s != s.strip():
            raise ValueError(f"bad span text {s!r}")
        start = self.length
        self.parts.append(s)
        self.length += len(s)
        item: dict[str, Any] = {"start": start, "end": self.length, "entity": entity}
        if entity == "DATE_TIME":
            item["birth"] = bool(birth)
        elif birth is not None:
            raise ValueError("birth only on DATE_TIME")
        self.spans.append(item)

    def text(self) -> str:
        return "".join(self.parts)


# Templates: literal text with {SLOT} placeholders; a slot writes its value through the
# builder (as a span when it is personal data). `{a|b|c}` picks one literal at random.
_SLOT = re.compile(r"\{([A-Za-z0-9_]+|[^{}]*\|[^{}]*)\}")


def luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# brand: (prefixes, lengths)
CARD_BRANDS: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = {
    "visa": (("4",), (16, 16, 16, 13, 19)),
    "mastercard": (("51", "52", "53", "54", "55"), (16,)),
    "mastercard2": (tuple(str(p) for p in (2221, 2300, 2410, 2520, 2600, 2720)), (16,)),
    "amex": (("34", "37"), (15,)),
    "discover": (("6011", "644", "65"), (16, 19)),
    "jcb": (("3528", "3530", "3566", "3589"), (16,)),
    "diners": (("36", "38", "300", "305"), (14,)),
    "maestro": (("5018", "5020", "6759", "6761"), (16, 19)),
    "unionpay": (("62",), (16, 19)),
}

# country: (length, BBAN pattern: n digit, a upper letter, c alphanumeric)
IBAN_FORMATS = {
    "FR": "5n5n11n2n", "MC": "5n5n11n2n", "DE": "18n", "GB": "4a14n", "IE": "4a14n",
    "NL": "4a10n", "BE": "12n", "ES": "20n", "IT": "1a10n12n", "PT": "21n", "CH": "5n12n",
    "LU": "3n13n", "AT": "16n", "PL": "24n", "SE": "20n", "DK": "14n", "FI": "14n",
    "GR": "7n16n", "LT": "16n", "MT": "4a5n18n", "SA": "2n18n",
}


def _iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in moved))
    return f"{98 - num % 97:02d}"


def _es_control(digits: str) -> str:
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
    d = 11 - sum(int(c) * w for c, w in zip(digits.rjust(10, "0"), weights, strict=True)) % 11
    return str({11: 0, 10: 1}.get(d, d))


def make_iban(rng: random.Random, country: str) -> str:
    from stdnum import iban as stdnum_iban

    for _ in range(50):
        bban = ""
        for count, kind in re.findall(r"(\d+)([nac])", IBAN_FORMATS[country]):
            alphabet = {"n": string.digits, "a": string.ascii_uppercase,
                        "c": string.digits + string.ascii_uppercase}[kind]
            bban += "".join(rng.choice(alphabet) for _ in range(int(count)))
        if country == "BE":
            check = int(bban[:10]) % 97 or 97
            bban = bban[:10] + f"{check:02d}"
        elif country == "ES":
            bank_branch, account = bban[:8], bban[10:]
            bban = bank_branch + _es_control("00" + bank_branch) + _es_control(account) + account
        iban = country + _iban_check(country, bban) + bban
        if stdnum_iban.is_valid(iban):
            return iban
    raise RuntimeError(f"no valid IBAN for {country}")


def mod97_ok(iban: str) -> bool:
    compact = "".join(iban.split()).upper()
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


# ---------------------------------------------------------------- one text's context

class Ctx:
    """Everything one text draws from: its language, locale, random generator and Faker,
    and the people it mentions (drawn lazily, then kept, so a name recurs)."""

    def __init__(self, lang: str, index: int, fakers: dict[str, Any]) -> None:
        self.lang = lang
        self.rng = random.Random(f"pdmap-freetext-{lang}-{index}")
        locales, weights = zip(*LOCALES[lang], strict=True)
        self.locale: str = self.rng.choices(locales, weights)[0]
        self.fake = fakers[self.locale]
        self.fake.seed_instance(self.rng.randrange(2**32))
        self.people: dict[str, dict[str, str]] = {}
        self.addr: dict[str, list[str]] = {}
        self.b = Builder()

    def pick(self, seq: Any) -> Any:
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # people --------------------------------------------------------------------------
    def person(self, who: str = "c") -> dict[str, str]:
        if who not in self.people:
            f = self.fake
            gender = self.pick("mf")
            first = f.first_name_male() if gender == "m" else f.first_name_female()
            last = f.last_name()
            if self.chance(0.06):
                last = f"{last}-{f.last_name()}" if self.lang == "fr" else f"{last} {f.last_name()}"
            if self.lang == "fr":
                title = "M." if gender == "m" else self.pick(("Mme", "Madame"))
                title = self.pick((title, "Monsieur")) if gender == "m" else title
            else:
                title = "Mr" if gender == "m" else self.pick(("Ms", "Mrs", "Miss"))
                title = self.pick((title, title + ".", "Dr"))
            self.people[who] = {"first": first, "last": last, "title": title,
                                "gender": gender}
        return self.people[who]

    def email_of(self, who: str = "c") -> str:
        p = self.people.get(who + "@email")
        if p is not None:
            return p["email"]
        person = self.person(who)
        f = self.fake
        first = _ascii(person["first"]).lower().replace(" ", "")
        last = _ascii(person["last"]).lower().replace(" ", "").replace("'", "")
        style = self.rng.randrange(7)
        if who == "a":  # an agent writes from the company's domain
            domain = self.company_domain()
            local = self.pick((f"{first}.{last}", f"{first[0]}{last}", first))
        else:
            domain = self.pick((f.free_email_domain(), f.free_email_domain(), f.domain_name()))
            local = (f"{first}.{last}", f"{first}{last}", f"{first[0]}.{last}",
                     f"{first}_{last[:3]}{self.rng.randrange(10, 99)}",
                     f"{last}{self.rng.randrange(1, 999)}", f"{first}.{last}", "x")[style]
            if local == "x":
                return str(self.fake.email())
        email = f"{local}@{domain}"
        self.people[who + "@email"] = {"email": email}
        return email

    def company_domain(self) -> str:
        if "company_domain" not in self.people:
            self.people["company_domain"] = {"d": str(self.fake.domain_name())}
        return self.people["company_domain"]["d"]

    def company(self) -> str:
        if "company" not in self.people:
            self.people["company"] = {"n": str(self.fake.company())}
        return self.people["company"]["n"]

    # values --------------------------------------------------------------------------
    def phone(self) -> str:
        import phonenumbers
        from phonenumbers import PhoneNumberFormat as F
        from phonenumbers import PhoneNumberType as T

        region = self.pick(PHONE_REGIONS[self.locale])
        for _ in range(200):
            ptype = self.pick((T.MOBILE, T.MOBILE, T.FIXED_LINE))
            ex = phonenumbers.example_number_for_type(region, ptype)
            if ex is None:
                ex = phonenumbers.example_number(region)
            if ex is None:
                raise RuntimeError(f"phonenumbers has no example number for {region}")
            national = str(ex.national_number)
            keep = self.rng.randint(1, 3) if len(national) > 6 else 1
            body = national[:keep] + "".join(
                self.pick(string.digits) for _ in range(len(national) - keep))
            num = phonenumbers.parse(f"+{ex.country_code}{body}")
            if not phonenumbers.is_valid_number(num):
                continue
            style = self.rng.randrange(10)
            if style < 4:
                text = phonenumbers.format_number(num, F.INTERNATIONAL)
            elif style < 7:
                text = phonenumbers.format_number(num, F.NATIONAL)
            elif style == 7:
                text = phonenumbers.format_number(num, F.E164)
            elif style == 8:
                text = phonenumbers.format_number(num, F.NATIONAL)
                text = text.replace(" ", self.pick(".-")) if region in ("FR", "BE", "CH", "LU") \
                    else phonenumbers.format_number(num, F.INTERNATIONAL).replace(" ", "-")
            else:
                text = phonenumbers.format_number(num, F.INTERNATIONAL)
                if region in ("GB", "FR", "CH", "BE", "DE") and self.chance(0.6):
                    cc, _, rest = text.partition(" ")
                    text = f"{cc} (0){rest}"
            try:
                again = phonenumbers.parse(text.replace("(0)", ""), region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(again):
                return text
        raise RuntimeError(f"no valid phone number for {region}")

    def card(self) -> str:
        brand = self.pick(tuple(CARD_BRANDS))
        prefixes, lengths = CARD_BRANDS[brand]
        prefix = self.pick(prefixes)
        length = self.pick(lengths)
        body = prefix + "".join(self.pick(string.digits)
                                for _ in range(length - len(prefix) - 1))
        number = luhn_complete(body)
        style = self.rng.randrange(6)
        if style <= 1:
            return number
        sep = " " if style <= 3 else "-"
        if length == 15:
            groups = [number[:4], number[4:10], number[10:]]
        elif length == 14:
            groups = [number[:4], number[4:10], number[10:]]
        else:
            groups = [number[i:i + 4] for i in range(0, length, 4)]
        return sep.join(groups)

    def iban(self) -> str:
        home = {"en_US": "GB", "en_GB": "GB", "en_IE": "IE", "fr_FR": "FR", "fr_BE": "BE",
                "fr_CH": "CH"}.get(self.locale)
        country = home if home and self.chance(0.4) else self.pick(tuple(IBAN_FORMATS))
        iban = make_iban(self.rng, country)
        if self.chance(0.6):
            iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        if self.chance(0.12):
            iban = iban.lower()
        return iban

    def ip(self) -> str:
        kind = self.rng.randrange(6)
        if kind == 0:
            return str(self.fake.ipv6())
        if kind == 1:
            parts = [f"{self.rng.randrange(0, 65536):x}" for _ in range(4)]
            return f"2001:db8:{parts[0]}:{parts[1]}::{parts[2]}"
        if kind == 2:
            return str(self.fake.ipv4_private())
        return str(self.fake.ipv4_public())

    def a_date(self, birth: bool) -> date:
        if birth:
            start, days = date(1938, 1, 1), 365 * 68
        else:
            start, days = date(2018, 1, 1), 365 * 8
        return start + timedelta(days=self.rng.randrange(days))

    def dob(self) -> date:
        if "dob" not in self.people:
            self.people["dob"] = {"d": self.a_date(True).isoformat()}
        return date.fromisoformat(self.people["dob"]["d"])

    def date_text(self, d: date, *, weekday: bool = False) -> str:
        m = MONTHS[self.lang][d.month - 1]
        ms = MONTHS_SHORT[self.lang][d.month - 1]
        if weekday:
            if self.lang == "en":
                return self.pick((f"{DAYS_SHORT['en'][d.weekday()]}, {d.day} {ms} {d.year}",
                                  f"{DAYS['en'][d.weekday()]}, {m} {d.day}, {d.year}",
                                  f"{DAYS_SHORT['en'][d.weekday()]}, {ms} {d.day}, {d.year}"))
            return self.pick((f"{DAYS_SHORT['fr'][d.weekday()]} {d.day} {ms} {d.year}",
                              f"{DAYS['fr'][d.weekday()]} {d.day} {m} {d.year}"))
        us = self.locale in ("en_US", "en_CA")
        if self.lang == "en":
            forms = [f"{d.day} {m} {d.year}", f"{m} {d.day}, {d.year}", d.isoformat(),
                     f"{d.day} {ms} {d.year}", f"{ms} {d.day}, {d.year}",
                     f"{d.day:02d}.{d.month:02d}.{d.year}"]
            if us:
                forms += [f"{d.month}/{d.day}/{d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}"] * 2
            else:
                forms += [f"{d.day}/{d.month}/{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}"] * 2
            if d.day in (1, 2, 3, 21, 22, 23, 31) or self.chance(0.3):
                suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(
                    d.day, "th")
                forms.append(f"{d.day}{suffix} {m} {d.year}")
        else:
            day = "1er" if d.day == 1 else str(d.day)
            forms = [f"{day} {m} {d.year}", f"{day} {m} {d.year}",
                     f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
                     f"{d.day}/{d.month}/{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
                     d.isoformat(), f"{d.day:02d}-{d.month:02d}-{d.year}"]
        return str(self.pick(forms))

    def address_lines(self, who: str = "c") -> list[str]:
        """The lines of a postal address (street lines, then the postcode/city line)."""
        if who in self.addr:
            return self.addr[who]
        f = self.fake
        if self.locale == "fr_BE":
            pc, city = self.pick(BE_CITIES)
            lines = [f"{self.pick(BE_STREETS)} {self.rng.randint(1, 240)}"
                     + self.pick(("", "", "", f" bte {self.rng.randint(1, 12)}")), f"{pc} {city}"]
        elif self.locale == "fr_FR":
            street = str(f.street_address())
            if self.chance(0.2):
                street = street.replace(", ", " ", 1)
            lines = [street]
            if self.chance(0.15):
                lines.insert(0, self.pick(("Bât. B", "Résidence les Tilleuls", "Appt 12",
                                           f"Bâtiment {self.pick('ABC')}, 3e étage")))
            city = self.pick((str(f.city()), self.pick(REAL_CITIES["fr"][:14])))
            lines.append(f"{f.postcode()} {city}")
        else:
            lines = [ln.strip() for ln in str(f.address()).split("\n") if ln.strip()]
            if self.locale == "en_US" and self.chance(0.15) and "Apt" not in lines[0]:
                lines.insert(1, f"Apt {self.rng.randint(1, 20)}{self.pick('ABCD')}")
        self.addr[who] = lines
        return lines

    def city(self) -> str:
        return str(self.pick((self.pick(REAL_CITIES[self.lang]), self.pick(REAL_CITIES[self.lang]),
                              self.fake.city())))

    def country(self) -> str:
        return str(self.pick(COUNTRY_NAMES[self.locale]))


def _ascii(s: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- slots

def _name_slot(form: str, who: str) -> Callable[[Ctx], None]:
    def fill(ctx: Ctx) -> None:
        p = ctx.person(who)
        b = ctx.b
        if form == "full":
            b.span(f"{p['first']} {p['last']}", "PERSON")
        elif form == "first":
            b.span(p["first"], "PERSON")
        elif form == "last":
            b.span(p["last"], "PERSON")
        elif form == "title_last":
            b.add(p["title"] + " ")
            b.span(p["last"], "PERSON")
        elif form == "title_full":
            b.add(p["title"] + " ")
            b.span(f"{p['first']} {p['last']}", "PERSON")
        elif form == "initial":
            b.span(f"{p['first'][0]}. {p['last']}", "PERSON")
        elif form == "last_first":
            b.span(f"{p['last'].upper()} {p['first']}", "PERSON")
        elif form == "any":
            choice = ctx.rng.randrange(6)
            _name_slot(("full", "full", "title_last", "first", "initial", "title_full")[choice],
                       who)(ctx)
    return fill


def _decoy(kind: str) -> Callable[[Ctx], None]:
    def fill(ctx: Ctx) -> None:
        r = ctx.rng
        fr = ctx.lang == "fr"
        if kind == "ORDER":
            s = ctx.pick((f"ORD-{r.randint(2019, 2025)}-{r.randint(0, 999999):06d}",
                          f"#{r.randint(100000, 9999999)}", f"{r.randint(10**8, 10**9 - 1)}",
                          f"CMD{r.randint(10**6, 10**7 - 1)}", f"A{r.randint(10**5, 10**6 - 1)}"))
        elif kind == "INVOICE":
            s = ctx.pick((f"INV-{r.randint(1000, 99999)}", f"FA{r.randint(2019, 2025)}"
                          f"{r.randint(1, 12):02d}-{r.randint(1, 9999):04d}",
                          f"{r.randint(2019, 2025)}/{r.randint(1, 99999):05d}"))
        elif kind == "TICKET":
            s = ctx.pick((f"#{r.randint(1000, 99999)}", f"CS-{r.randint(10000, 999999)}",
                          f"INC{r.randint(10**6, 10**7 - 1)}"))
        elif kind == "TRACKING":
            s = ctx.pick((f"1Z{r.randint(100, 999)}AA1{r.randint(10**10, 10**11 - 1)}",
                          f"6A{r.randint(10**10, 10**11 - 1)}",
                          f"LX{r.randint(10**8, 10**9 - 1)}FR",
                          f"{r.randint(10**11, 10**12 - 1)}",
                          f"JD{r.randint(10**15, 10**16 - 1)}"))
        elif kind == "AMOUNT":
            v = r.randint(3, 2500) + r.randint(0, 99) / 100
            s = (f"{v:,.2f} €".replace(",", " ").replace(".", ",") if fr and ctx.chance(0.8)
                 else ctx.pick((f"${v:,.2f}", f"£{v:,.2f}", f"€{v:,.2f}", f"{v:.2f} EUR")))
        elif kind == "TIME":
            h, m = r.randint(7, 19), r.choice((0, 15, 30, 45, r.randint(0, 59)))
            s = (ctx.pick((f"{h}h{m:02d}", f"{h}:{m:02d}", f"{h}h")) if fr else
                 ctx.pick((f"{h}:{m:02d}", f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}",
                           f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}")))
        elif kind == "PRODUCT":
            s = ctx.pick(("ThinkPad X1 Carbon", "Galaxy S23", "iPhone 14 Pro", "Kindle Paperwhite",
                          "AirPods Pro", "Dyson V11", "Nespresso Vertuo", "PlayStation 5",
                          "Surface Laptop 5", "Pixel 8", "Fairphone 5", "Roomba j7",
                          "MacBook Air M2", "Echo Dot", "Instant Pot Duo", "Garmin Forerunner 255",
                          "Philips Hue Starter Kit", "Logitech MX Master 3S", "Bose QC45",
                          "Thermomix TM6", "Moulinex Companion", "SEB Actifry"))
        elif kind == "COMPANY":
            s = ctx.company()
        elif kind == "VERSION":
            s = ctx.pick((f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 30)}",
                          f"v{r.randint(1, 5)}.{r.randint(0, 12)}",
                          f"{r.randint(10, 20)}.{r.randint(0, 9)}.{r.randint(0, 9)}."
                          f"{r.randint(100, 9999)}"))
        elif kind == "SKU":
            s = f"{ctx.pick(('SKU', 'REF', 'ART'))}-{r.randint(10000, 99999)}-{ctx.pick('ABCDXYZ')}"
        elif kind == "QTY":
            s = str(r.randint(2, 12))
        elif kind == "ERROR":
            s = ctx.pick((f"0x{r.randint(0, 2**32 - 1):08X}", f"E{r.randint(100, 999)}",
                          f"HTTP {ctx.pick((500, 502, 503, 404, 403, 429))}",
                          f"ERR_{ctx.pick(('TIMEOUT', 'AUTH', 'QUOTA'))}_{r.randint(10, 99)}"))
        elif kind == "PCT":
            s = f"{r.randint(5, 50)}%" if not fr else f"{r.randint(5, 50)} %"
        elif kind == "YEAR":
            s = str(r.randint(2019, 2025))  # a bare year is not a calendar date
        elif kind == "DAYS":
            s = str(r.randint(2, 30))
        else:
            raise KeyError(kind)
        ctx.b.add(s)
    return fill


def _value_slot(kind: str) -> Callable[[Ctx], None]:
    def fill(ctx: Ctx) -> None:
        b = ctx.b
        if kind == "EMAIL":
            b.span(ctx.email_of("c"), "EMAIL_ADDRESS")
        elif kind == "AEMAIL":
            b.span(ctx.email_of("a"), "EMAIL_ADDRESS")
        elif kind == "OEMAIL":
            b.span(ctx.email_of("o"), "EMAIL_ADDRESS")
        elif kind in ("PHONE", "APHONE", "OPHONE"):
            b.span(ctx.phone(), "PHONE_NUMBER")
        elif kind == "CARD":
            b.span(ctx.card(), "CREDIT_CARD")
        elif kind == "CARD_LAST4":  # a masked card is not a card number
            b.add(ctx.pick(("**** **** **** ", "XXXX-XXXX-XXXX-", "xxxx xxxx xxxx "))
                  + f"{ctx.rng.randint(0, 9999):04d}")
        elif kind == "IBAN":
            b.span(ctx.iban(), "IBAN_CODE", keep_case=True)
        elif kind == "IP":
            b.span(ctx.ip(), "IP_ADDRESS")
        elif kind == "DOB":  # one person, one birth date (written as the template likes)
            b.span(ctx.date_text(ctx.dob()), "DATE_TIME", birth=True)
        elif kind == "DATE":
            b.span(ctx.date_text(ctx.a_date(False)), "DATE_TIME", birth=False)
        elif kind == "STREET":
            b.span(ctx.address_lines()[0 if len(ctx.address_lines()) < 3 else -2], "ADDRESS")
        elif kind == "CITYLINE":
            b.span(ctx.address_lines()[-1], "ADDRESS")
        elif kind == "ADDR1":  # one line: one span
            b.span(", ".join(ctx.address_lines()), "ADDRESS")
        elif kind == "ADDR1C":  # one line ending with the country: still one span
            b.span(", ".join([*ctx.address_lines(), ctx.country()]), "ADDRESS")
        elif kind == "ADDRBLOCK":
            for i, line in enumerate(ctx.address_lines()):
                if i:
                    b.add("\n")
                b.span(line, "ADDRESS")
        elif kind == "CITY":
            b.span(ctx.city(), "ADDRESS")
        elif kind == "COUNTRY":
            b.span(ctx.country(), "ADDRESS")
        else:
            raise KeyError(kind)
    return fill


SLOTS: dict[str, Callable[[Ctx], None]] = {}
for _who, _prefix in (("c", ""), ("a", "A"), ("o", "O")):
    for _form, _name in (("full", "FULL"), ("first", "FIRST"), ("last", "LAST"),
                         ("title_last", "TLAST"), ("title_full", "TFULL"),
                         ("initial", "INIT"), ("last_first", "LASTFIRST"), ("any", "NAME")):
        SLOTS[_prefix + _name] = _name_slot(_form, _who)
for _k in ("ORDER", "INVOICE", "TICKET", "TRACKING", "AMOUNT", "TIME", "PRODUCT", "COMPANY",
           "VERSION", "SKU", "QTY", "ERROR", "PCT", "YEAR", "DAYS"):
    SLOTS[_k] = _decoy(_k)
for _k in ("EMAIL", "AEMAIL", "OEMAIL", "PHONE", "APHONE", "OPHONE", "CARD", "CARD_LAST4",
           "IBAN", "IP", "DOB", "DATE", "STREET", "CITYLINE", "ADDR1", "ADDR1C", "ADDRBLOCK",
           "CITY", "COUNTRY"):
    SLOTS[_k] = _value_slot(_k)
PERSONAL_SLOTS = frozenset(k for k in SLOTS if k not in {
    "ORDER", "INVOICE", "TICKET", "TRACKING", "AMOUNT", "TIME", "PRODUCT", "COMPANY", "VERSION",
    "SKU", "QTY", "ERROR", "PCT", "YEAR", "DAYS", "CARD_LAST4"})


def render(ctx: Ctx, template: str) -> None:
    """Append a template to the context's builder, slot by slot."""
    pos = 0
    for m in _SLOT.finditer(template):
        ctx.b.add(template[pos:m.start()])
        body = m.group(1)
        if "|" in body:
            ctx.b.add(ctx.pick(body.split("|")))
        else:
            SLOTS[body](ctx)
        pos = m.end()
    ctx.b.add(template[pos:])


def slots_of(template: str) -> set[str]:
    return {m.group(1) for m in _SLOT.finditer(template) if "|" not in m.group(1)}


def personal(template: str) -> bool:
    return bool(slots_of(template) & PERSONAL_SLOTS)


# ---------------------------------------------------------------- templates

TEMPLATES: dict[str, dict[str, Any]] = {}

TEMPLATES["en"] = {
    "ticket_subject": [
        "Subject: Order {ORDER} not delivered",
        "Subject: Refund request for invoice {INVOICE}",
        "Subject: Cannot log in since update {VERSION}",
        "Subject: Wrong item received ({PRODUCT})",
        "Subject: Change of address for {FULL}",
        "Subject: Card charged twice",
        "Subject: Account locked",
        "Subject: Damaged parcel - tracking {TRACKING}",
        "Subject: Question about my subscription",
        "Subject: Complaint from {TFULL}",
        "Subject: URGENT: payment failed ({ERROR})",
        "Subject: Re: ticket {TICKET}",
        "Subject: Warranty claim {PRODUCT}",
        "Subject: Update bank details",
        "Subject: {PRODUCT} stopped working",
    ],
    "ticket_open": [
        "Customer {FULL} reports that order {ORDER} never arrived.",
        "Caller {FULL} ({EMAIL}) says the {PRODUCT} stopped charging after {DAYS} days.",
        "{TFULL} called about invoice {INVOICE} ({AMOUNT}).",
        "Hi, this is {FULL}, my order {ORDER} was supposed to arrive on {DATE}.",
        "Ticket opened by {FIRST} {LAST} via web form.",
        "{FULL} wrote in: the {PRODUCT} arrived broken.",
        "The customer ({EMAIL}) cannot reset her password.",
        "The customer ({EMAIL}) cannot reset his password.",
        "User reports error {ERROR} when paying for order {ORDER}.",
        "Order {ORDER} shows as delivered but the customer says nothing arrived.",
        "Login fails with {ERROR} since version {VERSION}.",
        "Customer asks why invoice {INVOICE} shows {AMOUNT} instead of {AMOUNT}.",
        "Escalated from {AFULL}: the customer {FULL} is waiting for a refund since {DATE}.",
        "hi, i ordered a {PRODUCT} on {DATE} and still nothing.",
        "Request from {TLAST}: please close the account linked to {EMAIL}.",
        "Reported by {NAME} at {TIME}: the app crashes on startup.",
        "The {PRODUCT} delivered with order {ORDER} is the wrong colour.",
        "Export to CSV has been failing since {TIME} today with {ERROR}.",
    ],
    "ticket_body": [
        "Delivery address on file: {ADDR1}.",
        "She asked us to ship the replacement to {ADDR1} instead.",
        "He moved to {CITY} last month and the parcel went to the old address.",
        "The package was left at {STREET} although the customer lives at {ADDR1}.",
        "Card used: {CARD}, charged {AMOUNT} twice.",
        "Payment was taken from card {CARD} on {DATE}.",
        "Refund to be paid to IBAN {IBAN}.",
        "Please refund to account {IBAN} (holder {FULL}).",
        "The customer confirmed date of birth {DOB} for verification.",
        "Identity checked: born on {DOB}.",
        "Login attempts came from IP {IP} at {TIME}.",
        "Our logs show requests from {IP} and {IP}.",
        "Best number to reach her: {PHONE}.",
        "Best number to reach him: {PHONE}.",
        "Call back on {PHONE} after {TIME}.",
        "Contact e-mail on the account is {EMAIL}.",
        "The customer is travelling and can be reached at {OEMAIL}.",
        "Her husband {OFULL} placed the order.",
        "His daughter {OFIRST} uses the account too.",
        "Tracking number {TRACKING} shows no movement since {DATE}.",
        "Invoice {INVOICE} was issued by {COMPANY}.",
        "The order contained {QTY} x {PRODUCT} ({SKU}).",
        "A replacement {PRODUCT} was sent under order {ORDER}.",
        "The carrier says the parcel is held at the depot until {DATE}.",
        "A {PCT} discount code was offered as a goodwill gesture.",
        "Issue reproduced on version {VERSION}, fixed in {VERSION}.",
        "Nothing else on the account looks wrong.",
        "Customer was polite but frustrated.",
        "The refund of {AMOUNT} should reach the card within {DAYS} days.",
        "Masked card on the invoice: {CARD_LAST4}.",
        "Agent {AFIRST} already offered a voucher.",
        "Previous ticket {TICKET} was closed by {AFULL} without an answer.",
        "The customer lives in {CITY} and wants delivery there.",
        "Account opened on {DATE}, last login from {IP}.",
    ],
    "ticket_contact": [
        "Contact: {FULL}, {PHONE}, {EMAIL}",
        "Phone: {PHONE}",
        "Reply to {EMAIL} please.",
        "Customer: {FULL} / {EMAIL} / {PHONE}",
        "DOB: {DOB} | Tel: {PHONE}",
        "Callback number {PHONE} (mobile)",
        "Address: {ADDR1}",
    ],
    "crm_head": [
        "{DATE}",
        "Call {DATE} {TIME}",
        "Note by {AFIRST}",
        "Meeting with {TFULL}",
        "Follow-up {TICKET}",
        "Inbound call",
        "Account review {YEAR}",
        "{DATE} - {AINIT}",
        "Visit at {COMPANY}",
    ],
    "crm_body": [
        "spoke with {FIRST} re invoice {INVOICE}",
        "call w/ {TLAST} about renewal",
        "DOB {DOB} confirmed",
        "date of birth: {DOB}",
        "new mobile {PHONE}",
        "prefers email: {EMAIL}",
        "moving to {CITY} in {YEAR}",
        "new address {ADDR1}",
        "billing address changed to {ADDR1}",
        "wants IBAN updated to {IBAN}",
        "card on file {CARD} expires soon",
        "wife {OFULL} is the second contact ({OPHONE})",
        "assistant {OFIRST} handles scheduling",
        "interested in {PRODUCT}, quote {AMOUNT}",
        "sent quote {INVOICE}",
        "no answer, left voicemail",
        "renewal due {DATE}",
        "complained about delivery delays",
        "asked for {PCT} discount",
        "VIP, do not call before {TIME}",
        "meeting moved to {DATE}",
        "works at {COMPANY}",
        "decision maker is {OFULL}",
        "logged in from {IP} (flagged)",
        "next step: send contract",
        "order {ORDER} shipped",
        "ex-customer of {COMPANY}",
        "lives in {CITY}",
        "born {DOB}, wants a senior discount",
        "reached on {PHONE} at {TIME}",
        "budget approved for {YEAR}",
        "contract signed on {DATE}",
    ],
    "crm_tail": [
        "{AFIRST}",
        "-- {AINIT}",
        "owner: {AFULL}",
        "next call {DATE}",
        "status: open",
        "priority: high",
    ],
    "closing": ["Best regards,", "Kind regards,", "Thanks,", "Regards,", "Cheers,",
                "Many thanks,", "Best,", "Sincerely,", "Thank you,"],
    "job_title": ["Customer Success Manager", "Support Engineer", "Account Executive",
                  "Head of Operations", "Sales Director", "Billing Specialist",
                  "Office Manager", "CTO", "Data Protection Officer", "Senior Consultant"],
    "sig_phone": ["Tel: {PHONE}", "T: {PHONE}", "Phone: {PHONE}", "Direct: {PHONE}",
                  "Office {PHONE}", "{PHONE}"],
    "sig_mobile": ["Mobile: {PHONE}", "M: {PHONE}", "Cell: {PHONE}", "Mob. {PHONE}",
                   "mobile {PHONE}"],
    "greeting": ["Hi {FIRST},", "Hello {FIRST},", "Dear {TLAST},", "Dear {FULL},",
                 "hi {FIRST}", "Hey {FIRST}!", "Good morning {FIRST},", "Dear {TFULL},",
                 "Hello,", "Hi team,", "Dear Sir or Madam,", "Hi all,", "Hello there,",
                 "Good afternoon,"],
    "team": ["The Support Team", "Customer Care", "Billing Department", "The Accounts Team"],
    "email_body": [
        "Thanks for getting back to me so quickly.",
        "I am writing about order {ORDER}, which has not arrived yet.",
        "Please find attached invoice {INVOICE} for {AMOUNT}.",
        "Could you send the replacement to my new address, {ADDR1}?",
        "I have moved to {CITY} and would like to update my details.",
        "My card {CARD} was charged twice for the same order.",
        "Please refund the amount to my bank account, IBAN {IBAN}.",
        "You can reach me on {PHONE} any time after {TIME}.",
        "My colleague {OFULL} ({OEMAIL}) will take over from next week.",
        "For the security check, my date of birth is {DOB}.",
        "I was born on {DOB}, if you need it for the form.",
        "Our meeting is confirmed for {DATE} at {TIME}.",
        "The delivery is now planned for {DATE}.",
        "I noticed a login to my account from {IP} which was not me.",
        "We have added {QTY} licences of {PRODUCT} to your plan.",
        "The tracking number is {TRACKING}.",
        "Let me know if you need anything else.",
        "Sorry for the delay, the team was at a conference.",
        "I have copied {OFIRST}, who manages our accounts.",
        "Please use {EMAIL} for any further correspondence.",
        "Your ticket {TICKET} has been closed.",
        "The new version {VERSION} fixes the export problem.",
        "We can offer a {PCT} discount on your next order.",
        "The contract with {COMPANY} ends on {DATE}.",
        "I am out of the office until {DATE}; for urgent matters call {PHONE}.",
        "Please send the documents to {ADDR1}.",
        "{OFULL} from our finance team will contact you.",
        "The payment of {AMOUNT} was received, thank you.",
        "Can we schedule a call next week?",
        "The server at {IP} has been restarted.",
    ],
    "address_none": [
        "Same as billing address",
        "same as above",
        "N/A",
        "Collect in store",
        "See delivery notes",
        "Click & collect - {COMPANY} depot",
        "Leave with reception, {COMPANY}",
        "(no address given)",
        "TBC",
        "Digital delivery only - licence key sent by e-mail",
        "Use the address on invoice {INVOICE}",
        "Deliver between {TIME} and {TIME}, ring twice",
    ],
    "address_note": [
        "Please deliver to {ADDR1}, the door code is {QTY}{QTY}{QTY}.",
        "Ship to my office: {ADDR1} (ask for {FIRST})",
        "Deliver to neighbour {OFULL} at {STREET} if nobody is home",
        "New address from {DATE}: {ADDR1}",
        "Billing: {ADDR1}; Shipping: same",
        "Send to {FULL}, {ADDR1}, tel {PHONE}",
        "Leave parcel at {ADDR1}",
    ],
    "chat": [
        ("u", "hi, i can't log in to my account"),
        ("a", "Hello! I can help with that. Could you give me the email on the account?"),
        ("u", "it's {EMAIL}"),
        ("u", "sure, {EMAIL}"),
        ("a", "Thanks. Can you confirm your date of birth?"),
        ("u", "{DOB}"),
        ("u", "born {DOB}"),
        ("a", "Thank you {FIRST}, I've sent a reset link."),
        ("a", "Thanks {FULL}, one moment please."),
        ("u", "my order {ORDER} hasn't arrived"),
        ("a", "I see it was shipped on {DATE} with tracking {TRACKING}."),
        ("u", "can you send it to {ADDR1} instead?"),
        ("u", "i moved to {CITY}"),
        ("a", "Of course. Which phone number should the courier use?"),
        ("u", "{PHONE}"),
        ("u", "call me on {PHONE}"),
        ("u", "the card {CARD} was charged twice"),
        ("a", "I've refunded {AMOUNT}; it takes {DAYS} working days."),
        ("u", "please pay it back to {IBAN}"),
        ("a", "I can see logins from {IP}, is that you?"),
        ("u", "no, that's not me!"),
        ("u", "ok thanks"),
        ("a", "Is there anything else I can do for you?"),
        ("u", "the app shows {ERROR} since the update to {VERSION}"),
        ("a", "Our engineers are aware of it, a fix is expected at {TIME}."),
        ("u", "my name is {FULL}"),
        ("u", "it's for my husband {OFULL}"),
        ("u", "it's for my wife {OFULL}"),
        ("a", "Could you tell me the order number?"),
        ("u", "{ORDER}"),
        ("a", "Thanks for waiting."),
        ("u", "bye"),
    ],
}

TEMPLATES["fr"] = {
    "ticket_subject": [
        "Objet : Commande {ORDER} non reçue",
        "Objet : Demande de remboursement facture {INVOICE}",
        "Objet : Impossible de me connecter depuis la mise à jour {VERSION}",
        "Objet : Article erroné ({PRODUCT})",
        "Objet : Changement d'adresse - {FULL}",
        "Objet : Double prélèvement sur ma carte",
        "Objet : Compte bloqué",
        "Objet : Colis endommagé, suivi {TRACKING}",
        "Objet : Résiliation de mon abonnement",
        "Objet : Réclamation de {TFULL}",
        "Objet : URGENT paiement refusé ({ERROR})",
        "Objet : RE: dossier {TICKET}",
        "Objet : Garantie {PRODUCT}",
        "Objet : Modification de mes coordonnées bancaires",
        "Objet : {PRODUCT} en panne",
    ],
    "ticket_open": [
        "Le client {FULL} signale que la commande {ORDER} n'est jamais arrivée.",
        "{TFULL} a appelé au sujet de la facture {INVOICE} ({AMOUNT}).",
        "Bonjour, je suis {FULL}, ma commande {ORDER} devait arriver le {DATE}.",
        "Ticket ouvert par {FIRST} {LAST} via le formulaire.",
        "{FULL} nous écrit : le {PRODUCT} est arrivé cassé.",
        "La cliente ({EMAIL}) n'arrive pas à réinitialiser son mot de passe.",
        "Le client ({EMAIL}) ne reçoit pas les e-mails de confirmation.",
        "Erreur {ERROR} au paiement de la commande {ORDER}.",
        "La commande {ORDER} est indiquée livrée mais le client n'a rien reçu.",
        "Connexion impossible depuis la version {VERSION} ({ERROR}).",
        "Le client demande pourquoi la facture {INVOICE} est de {AMOUNT} au lieu de {AMOUNT}.",
        "Transmis par {AFULL} : {TLAST} attend un remboursement depuis le {DATE}.",
        "bonjour, j'ai commandé un {PRODUCT} le {DATE} et toujours rien",
        "Demande de {TLAST} : fermer le compte lié à {EMAIL}.",
        "Signalé par {NAME} à {TIME} : l'application plante au démarrage.",
        "Le {PRODUCT} livré avec la commande {ORDER} n'est pas de la bonne couleur.",
        "L'export CSV échoue depuis {TIME} avec l'erreur {ERROR}.",
    ],
    "ticket_body": [
        "Adresse de livraison : {ADDR1}.",
        "Elle souhaite que le remplacement soit envoyé au {ADDR1}.",
        "Il a déménagé à {CITY} le mois dernier et le colis est parti à l'ancienne adresse.",
        "Le colis a été déposé au {STREET} alors que la cliente habite {ADDR1}.",
        "Carte utilisée : {CARD}, débitée deux fois de {AMOUNT}.",
        "Le paiement a été prélevé sur la carte {CARD} le {DATE}.",
        "Remboursement à effectuer sur l'IBAN {IBAN}.",
        "Merci de rembourser sur le compte {IBAN} (titulaire {FULL}).",
        "La cliente a confirmé sa date de naissance, le {DOB}, pour la vérification.",
        "Identité vérifiée : né le {DOB}.",
        "Identité vérifiée : née le {DOB}.",
        "Tentatives de connexion depuis l'adresse IP {IP} à {TIME}.",
        "Les journaux montrent des requêtes depuis {IP} et {IP}.",
        "Meilleur numéro pour la joindre : {PHONE}.",
        "Meilleur numéro pour le joindre : {PHONE}.",
        "Rappeler au {PHONE} après {TIME}.",
        "L'adresse e-mail du compte est {EMAIL}.",
        "Le client est en déplacement, joignable à {OEMAIL}.",
        "C'est son mari, {OFULL}, qui a passé la commande.",
        "Sa fille {OFIRST} utilise aussi le compte.",
        "Le numéro de suivi {TRACKING} n'a pas bougé depuis le {DATE}.",
        "La facture {INVOICE} a été émise par {COMPANY}.",
        "La commande comprenait {QTY} x {PRODUCT} ({SKU}).",
        "Un {PRODUCT} de remplacement est parti avec la commande {ORDER}.",
        "Le transporteur garde le colis au dépôt jusqu'au {DATE}.",
        "Un code de réduction de {PCT} a été proposé à titre commercial.",
        "Problème reproduit en version {VERSION}, corrigé en {VERSION}.",
        "Rien d'autre d'anormal sur le compte.",
        "Client poli mais agacé.",
        "Le remboursement de {AMOUNT} sera visible sous {DAYS} jours.",
        "Carte masquée sur la facture : {CARD_LAST4}.",
        "{AFIRST} a déjà proposé un bon d'achat.",
        "Le ticket précédent {TICKET} a été clos par {AFULL} sans réponse.",
        "Le client habite à {CITY} et souhaite y être livré.",
        "Compte ouvert le {DATE}, dernière connexion depuis {IP}.",
    ],
    "ticket_contact": [
        "Contact : {FULL}, {PHONE}, {EMAIL}",
        "Tél. : {PHONE}",
        "Répondre à {EMAIL} svp.",
        "Client : {FULL} / {EMAIL} / {PHONE}",
        "Date de naissance : {DOB} | Tél : {PHONE}",
        "Numéro de rappel {PHONE} (portable)",
        "Adresse : {ADDR1}",
    ],
    "crm_head": [
        "{DATE}",
        "Appel du {DATE} {TIME}",
        "Note de {AFIRST}",
        "RDV avec {TFULL}",
        "Suivi {TICKET}",
        "Appel entrant",
        "Revue de compte {YEAR}",
        "{DATE} - {AINIT}",
        "Visite chez {COMPANY}",
    ],
    "crm_body": [
        "échange avec {FIRST} au sujet de la facture {INVOICE}",
        "appel avec {TLAST} pour le renouvellement",
        "date de naissance {DOB} confirmée",
        "né le {DOB}",
        "née le {DOB}",
        "nouveau portable {PHONE}",
        "préfère l'e-mail : {EMAIL}",
        "déménage à {CITY} en {YEAR}",
        "nouvelle adresse {ADDR1}",
        "adresse de facturation : {ADDR1}",
        "souhaite changer d'IBAN : {IBAN}",
        "carte enregistrée {CARD} bientôt expirée",
        "sa femme {OFULL} est le second contact ({OPHONE})",
        "son assistante {OFIRST} gère les rendez-vous",
        "intéressé par {PRODUCT}, devis {AMOUNT}",
        "devis {INVOICE} envoyé",
        "pas de réponse, message laissé",
        "renouvellement prévu le {DATE}",
        "se plaint des retards de livraison",
        "demande une remise de {PCT}",
        "client VIP, ne pas appeler avant {TIME}",
        "rendez-vous reporté au {DATE}",
        "travaille chez {COMPANY}",
        "le décideur est {OFULL}",
        "connexion depuis {IP} (signalée)",
        "prochaine étape : envoyer le contrat",
        "commande {ORDER} expédiée",
        "ancien client de {COMPANY}",
        "habite à {CITY}",
        "joint au {PHONE} à {TIME}",
        "budget validé pour {YEAR}",
        "contrat signé le {DATE}",
    ],
    "crm_tail": [
        "{AFIRST}",
        "-- {AINIT}",
        "responsable : {AFULL}",
        "prochain appel le {DATE}",
        "statut : ouvert",
        "priorité : haute",
    ],
    "closing": ["Cordialement,", "Bien cordialement,", "Bien à vous,", "Merci,",
                "Bonne journée,", "Sincères salutations,", "À bientôt,", "Merci d'avance,"],
    "job_title": ["Chargée de clientèle", "Responsable support", "Directeur commercial",
                  "Comptable", "Office manager", "Délégué à la protection des données",
                  "Chef de projet", "Conseiller clientèle", "Gérant"],
    "sig_phone": ["Tél. : {PHONE}", "Tél : {PHONE}", "T. {PHONE}", "Ligne directe : {PHONE}",
                  "Standard {PHONE}", "{PHONE}"],
    "sig_mobile": ["Portable : {PHONE}", "Mobile : {PHONE}", "Port. {PHONE}", "P : {PHONE}"],
    "greeting": ["Bonjour {FIRST},", "Bonjour {TLAST},", "Chère {FIRST},", "Cher {FIRST},",
                 "bonjour {FIRST}", "Salut {FIRST} !", "Bonjour {TFULL},", "Madame, Monsieur,",
                 "Bonjour,", "Bonjour à tous,", "Bonsoir,", "Bonjour Monsieur,"],
    "team": ["Le service client", "L'équipe support", "Le service comptabilité"],
    "email_body": [
        "Merci pour votre retour rapide.",
        "Je vous écris au sujet de la commande {ORDER}, toujours pas reçue.",
        "Veuillez trouver ci-joint la facture {INVOICE} d'un montant de {AMOUNT}.",
        "Pourriez-vous envoyer le remplacement à ma nouvelle adresse, {ADDR1} ?",
        "J'ai déménagé à {CITY} et je voudrais mettre à jour mes coordonnées.",
        "Ma carte {CARD} a été débitée deux fois pour la même commande.",
        "Merci de me rembourser sur mon compte, IBAN {IBAN}.",
        "Vous pouvez me joindre au {PHONE} après {TIME}.",
        "Mon collègue {OFULL} ({OEMAIL}) prendra le relais la semaine prochaine.",
        "Pour la vérification, ma date de naissance est le {DOB}.",
        "Je suis né le {DOB}, si vous en avez besoin pour le dossier.",
        "Je suis née le {DOB}, si besoin.",
        "Notre rendez-vous est confirmé le {DATE} à {TIME}.",
        "La livraison est maintenant prévue le {DATE}.",
        "J'ai remarqué une connexion à mon compte depuis {IP}, ce n'était pas moi.",
        "Nous avons ajouté {QTY} licences {PRODUCT} à votre abonnement.",
        "Le numéro de suivi est {TRACKING}.",
        "N'hésitez pas si vous avez besoin d'autre chose.",
        "Désolé pour le délai, l'équipe était en séminaire.",
        "Je mets en copie {OFIRST}, qui gère nos comptes.",
        "Merci d'utiliser {EMAIL} pour la suite de nos échanges.",
        "Votre demande {TICKET} a été clôturée.",
        "La version {VERSION} corrige le problème d'export.",
        "Nous pouvons vous proposer une remise de {PCT} sur votre prochaine commande.",
        "Le contrat avec {COMPANY} se termine le {DATE}.",
        "Je suis absent jusqu'au {DATE} ; en cas d'urgence, appelez le {PHONE}.",
        "Merci d'envoyer les documents au {ADDR1}.",
        "{OFULL}, de notre service financier, vous contactera.",
        "Le paiement de {AMOUNT} a bien été reçu, merci.",
        "Pouvons-nous prévoir un appel la semaine prochaine ?",
        "Le serveur {IP} a été redémarré.",
    ],
    "address_none": [
        "Identique à l'adresse de facturation",
        "idem ci-dessus",
        "N/A",
        "Retrait en magasin",
        "Voir les instructions de livraison",
        "Retrait au dépôt {COMPANY}",
        "Déposer à l'accueil de {COMPANY}",
        "(adresse non renseignée)",
        "À compléter",
        "Livraison dématérialisée, clé envoyée par e-mail",
        "Utiliser l'adresse de la facture {INVOICE}",
        "Livrer entre {TIME} et {TIME}, sonner deux fois",
    ],
    "address_note": [
        "Merci de livrer au {ADDR1}, code porte {QTY}{QTY}{QTY}.",
        "Livraison au bureau : {ADDR1} (demander {FIRST})",
        "Si absent, déposer chez le voisin {OFULL}, {STREET}",
        "Nouvelle adresse à partir du {DATE} : {ADDR1}",
        "Facturation : {ADDR1} ; livraison : idem",
        "Envoyer à {FULL}, {ADDR1}, tél. {PHONE}",
        "Laisser le colis au {ADDR1}",
    ],
    "chat": [
        ("u", "bonjour, je n'arrive pas à me connecter"),
        ("a", "Bonjour ! Je peux vous aider. Quelle est l'adresse e-mail du compte ?"),
        ("u", "c'est {EMAIL}"),
        ("u", "{EMAIL}"),
        ("a", "Merci. Pouvez-vous me confirmer votre date de naissance ?"),
        ("u", "{DOB}"),
        ("u", "je suis né le {DOB}"),
        ("a", "Merci {FIRST}, je vous ai envoyé un lien de réinitialisation."),
        ("a", "Merci {TLAST}, un instant s'il vous plaît."),
        ("u", "ma commande {ORDER} n'est pas arrivée"),
        ("a", "Elle a été expédiée le {DATE}, numéro de suivi {TRACKING}."),
        ("u", "vous pouvez l'envoyer au {ADDR1} ?"),
        ("u", "j'ai déménagé à {CITY}"),
        ("a", "Bien sûr. Quel numéro le livreur doit-il appeler ?"),
        ("u", "{PHONE}"),
        ("u", "appelez-moi au {PHONE}"),
        ("u", "la carte {CARD} a été débitée deux fois"),
        ("a", "J'ai remboursé {AMOUNT}, comptez {DAYS} jours ouvrés."),
        ("u", "remboursez sur {IBAN} svp"),
        ("a", "Je vois des connexions depuis {IP}, est-ce vous ?"),
        ("u", "non, ce n'est pas moi !"),
        ("u", "ok merci"),
        ("a", "Puis-je faire autre chose pour vous ?"),
        ("u", "l'appli affiche {ERROR} depuis la mise à jour {VERSION}"),
        ("a", "Nos équipes sont au courant, un correctif est prévu à {TIME}."),
        ("u", "je m'appelle {FULL}"),
        ("u", "c'est pour mon mari {OFULL}"),
        ("u", "c'est pour ma femme {OFULL}"),
        ("a", "Pouvez-vous m'indiquer le numéro de commande ?"),
        ("u", "{ORDER}"),
        ("a", "Merci de votre patience."),
        ("u", "au revoir"),
    ],
}


# ---------------------------------------------------------------- the five kinds

def _sentences(ctx: Ctx, pool: str, n: int, pii: bool, sep: str = " ") -> None:
    """n sentences of a pool, without repeats; personal ones only when pii."""
    sentences = [s for s in TEMPLATES[ctx.lang][pool] if pii or not personal(s)]
    chosen = ctx.rng.sample(sentences, min(n, len(sentences)))
    for i, s in enumerate(chosen):
        if i:
            ctx.b.add(sep)
        render(ctx, s)


def _pick_render(ctx: Ctx, pool: str, pii: bool) -> None:
    choices = [s for s in TEMPLATES[ctx.lang][pool] if pii or not personal(s)]
    render(ctx, ctx.pick(choices))


def ticket(ctx: Ctx, pii: bool) -> None:
    if ctx.chance(0.6):
        _pick_render(ctx, "ticket_subject", pii)
        ctx.b.add("\n\n" if ctx.chance(0.7) else "\n")
    _pick_render(ctx, "ticket_open", pii)
    ctx.b.add(" ")
    _sentences(ctx, "ticket_body", ctx.rng.randint(1, 3), pii)
    if pii and ctx.chance(0.5):
        ctx.b.add("\n" if ctx.chance(0.5) else " ")
        _pick_render(ctx, "ticket_contact", pii)


def crm_note(ctx: Ctx, pii: bool) -> None:
    if ctx.chance(0.5):
        _pick_render(ctx, "crm_head", pii)
        ctx.b.add(ctx.pick((" - ", ": ", "\n", " | ")))
    sep = ctx.pick((". ", "; ", "\n- ", ". ", " / "))
    _sentences(ctx, "crm_body", ctx.rng.randint(2, 4), pii, sep=sep)
    if ctx.chance(0.3):
        ctx.b.add(ctx.pick((" -- ", "\n", " ")))
        _pick_render(ctx, "crm_tail", pii)


def signature(ctx: Ctx, who: str = "a") -> None:
    p = "A" if who == "a" else ""
    lines = TEMPLATES[ctx.lang]
    render(ctx, ctx.pick(lines["closing"]))
    ctx.b.add("\n")
    render(ctx, ctx.pick((f"{{{p}FULL}}", f"{{{p}FULL}}", f"{{{p}FIRST}}", f"-- \n{{{p}FULL}}",
                          f"{{{p}INIT}}")))
    if ctx.chance(0.7):
        ctx.b.add("\n")
        render(ctx, ctx.pick(lines["job_title"]))
        ctx.b.add(ctx.pick((", ", " | ", "\n", " - ")))
        render(ctx, "{COMPANY}")
    for part in ctx.rng.sample(("phone", "phone2", "email", "address"), ctx.rng.randint(1, 4)):
        ctx.b.add("\n")
        if part == "phone":
            render(ctx, ctx.pick(lines["sig_phone"]))
        elif part == "phone2":
            render(ctx, ctx.pick(lines["sig_mobile"]))
        elif part == "email":
            render(ctx, ctx.pick(("{E}", "E-mail: {E}", "Email: {E}", "e: {E}", "{E} | {DOMAIN}"))
                   .replace("{DOMAIN}", "www." + ctx.company_domain())
                   .replace("{E}", "{AEMAIL}" if who == "a" else "{EMAIL}"))
        else:
            lines_ = ctx.address_lines("sig")
            if len(lines_) == 2 and ctx.chance(0.4):
                ctx.b.span(", ".join(lines_), "ADDRESS")
            else:
                for i, line in enumerate(lines_):
                    if i:
                        ctx.b.add("\n")
                    ctx.b.span(line, "ADDRESS")


def quote_header(ctx: Ctx, who: str) -> None:
    fr = ctx.lang == "fr"
    p = {"c": "", "a": "A", "o": "O"}[who]
    e = {"c": "EMAIL", "a": "AEMAIL", "o": "OEMAIL"}[who]
    style = ctx.rng.randrange(5)
    b = ctx.b
    if style == 4:  # Outlook block
        b.add("De : " if fr else "From: ")
        render(ctx, f"{{{p}FULL}} <{{{e}}}>")
        b.add("\nEnvoyé : " if fr else "\nSent: ")
        b.span(ctx.date_text(ctx.a_date(False), weekday=True), "DATE_TIME", birth=False)
        b.add(" ")
        render(ctx, "{TIME}")
        b.add("\nÀ : " if fr else "\nTo: ")
        if ctx.chance(0.4):  # a role address is an e-mail address all the same
            b.span(ctx.pick(("support@", "contact@", "service.client@" if fr else "help@"))
                   + ctx.company_domain(), "EMAIL_ADDRESS")
        else:
            render(ctx, "{AFULL} <{AEMAIL}>")
        b.add("\nObjet : " if fr else "\nSubject: ")
        render(ctx, ctx.pick(TEMPLATES[ctx.lang]["ticket_subject"]).replace("Subject: ", "")
               .replace("Objet : ", ""))
        b.add("\n")
        return
    if style == 3:
        b.add("> ")
        render(ctx, f"{{{p}FULL}} a écrit :" if fr else f"{{{p}FULL}} wrote:")
        b.add("\n")
        return
    b.add("Le " if fr else "On ")
    b.span(ctx.date_text(ctx.a_date(False), weekday=style == 0), "DATE_TIME", birth=False)
    b.add(" à " if fr else ctx.pick((" at ", ", ", " ")))
    render(ctx, "{TIME}")
    b.add(", ")
    render(ctx, f"{{{p}FULL}}")
    if style != 2:
        b.add(" <")
        render(ctx, f"{{{e}}}")
        b.add(">")
    b.add(" a écrit :\n" if fr else " wrote:\n")


def _as(template: str, who: str) -> str:
    """A template about the customer rewritten about the agent ("a")."""
    if who == "c":
        return template
    return re.sub(r"\{(FULL|FIRST|LAST|TLAST|TFULL|INIT|NAME|EMAIL|PHONE)\}", r"{A\1}", template)


def email(ctx: Ctx, pii: bool) -> None:
    lines = TEMPLATES[ctx.lang]
    writer = ctx.pick(("a", "a", "c"))
    reader = "c" if writer == "a" else "a"
    greetings = [g for g in lines["greeting"] if pii or not personal(g)]
    render(ctx, _as(ctx.pick(greetings), reader))
    ctx.b.add("\n\n")
    _sentences(ctx, "email_body", ctx.rng.randint(1, 3), pii)
    ctx.b.add("\n\n")
    if pii and ctx.chance(0.55):
        signature(ctx, writer)
    else:
        render(ctx, ctx.pick(lines["closing"]))
        if pii:
            ctx.b.add("\n")
            render(ctx, _as(ctx.pick(("{FIRST}", "{FULL}", "{FIRST}")), writer))
        else:
            ctx.b.add("\n" + ctx.pick(lines["team"]))
    if pii and ctx.chance(0.45):
        ctx.b.add("\n\n")
        quote_header(ctx, ctx.pick(("c", "o", "a")))
        n = ctx.rng.randint(1, 3)
        quoted = ctx.rng.sample(lines["email_body"], n)
        for i, s in enumerate(quoted):
            ctx.b.add("> " if i == 0 else "\n> ")
            render(ctx, s)


def address_field(ctx: Ctx, pii: bool) -> None:
    b = ctx.b
    if not pii:
        render(ctx, ctx.pick(TEMPLATES[ctx.lang]["address_none"]))
        return
    style = ctx.rng.randrange(6)
    if style <= 2:  # multi-line block
        if ctx.chance(0.7):
            render(ctx, ctx.pick(("{FULL}", "{FULL}", "{TFULL}", "{LASTFIRST}", "{INIT}")))
            b.add("\n")
        if ctx.chance(0.2):
            render(ctx, ctx.pick(("c/o {COMPANY}", "{COMPANY}", "Attn: Accounts Payable",
                                  "À l'attention du service comptable")))
            b.add("\n")
        render(ctx, "{ADDRBLOCK}")
        if ctx.chance(0.35):
            b.add("\n")
            render(ctx, "{COUNTRY}")
        if ctx.chance(0.25):
            b.add("\n")
            render(ctx, ctx.pick(("Tel: {PHONE}", "Tél. {PHONE}", "{PHONE}")))
    elif style <= 4:  # one line
        if ctx.chance(0.5):
            render(ctx, ctx.pick(("{FULL}, ", "{TFULL}, ", "{FULL} - ")))
        render(ctx, "{ADDR1C}" if ctx.chance(0.25) else "{ADDR1}")
    else:  # an instruction with the address in it
        render(ctx, ctx.pick(TEMPLATES[ctx.lang]["address_note"]))


def chat(ctx: Ctx, pii: bool) -> None:
    lines = TEMPLATES[ctx.lang]
    h, m = ctx.rng.randint(8, 19), ctx.rng.randint(0, 50)
    ctx.person("a")
    agent = ctx.pick(("agent_name", "agent_role"))
    user = ctx.pick(("customer", "visitor", f"user{ctx.rng.randint(100, 9999)}", "guest")
                    if ctx.lang == "en" else ("client", "visiteur", "invité",
                                              f"user{ctx.rng.randint(100, 9999)}"))
    turns = [t for t in lines["chat"] if pii or not personal(t[1])]
    n = ctx.rng.randint(2, 5)
    start = ctx.rng.randrange(max(1, len(turns) - n))
    if ctx.chance(0.5):
        chosen = turns[start:start + n]
    else:
        chosen = ctx.rng.sample(turns, min(n, len(turns)))
    stamp = ctx.pick(("[{h:02d}:{m:02d}]", "{h:02d}:{m:02d}", "[{h:02d}:{m:02d}:{s:02d}]"))
    for i, (speaker, text) in enumerate(chosen):
        if i:
            ctx.b.add("\n")
        m += ctx.rng.randint(0, 2)
        ctx.b.add(stamp.format(h=h + m // 60, m=m % 60, s=ctx.rng.randint(0, 59)) + " ")
        if speaker == "u":
            ctx.b.add(user)
        elif agent == "agent_name" and pii:
            render(ctx, ctx.pick(("{AFIRST}", "{AFIRST} (Support)", "Agent {AFIRST}",
                                  "{AFIRST} {ALAST}")))
        else:
            ctx.b.add(ctx.pick(("Support", "Agent", "support_bot")))
        ctx.b.add(": ")
        render(ctx, text)


KIND_FUNCS = {"ticket": ticket, "crm_note": crm_note, "email": email,
              "address_field": address_field, "chat": chat}
KIND_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("ticket", 26), ("crm_note", 20), ("email", 28), ("address_field", 12), ("chat", 14))


def make_fakers() -> dict[str, Any]:
    from faker import Faker

    return {loc: Faker(loc) for lang in LOCALES for loc, _ in LOCALES[lang]}


def generate_one(lang: str, index: int, fakers: dict[str, Any]) -> dict[str, Any]:
    ctx = Ctx(lang, index, fakers)
    kind = ctx.rng.choices([k for k, _ in KIND_WEIGHTS], [w for _, w in KIND_WEIGHTS])[0]
    pii = not ctx.chance(NO_PII_SHARE)
    r = ctx.rng.random()
    ctx.b.case = "upper" if r < 0.06 else "lower" if r < 0.13 else ""
    KIND_FUNCS[kind](ctx, pii)
    text = ctx.b.text()
    spans = ctx.b.spans
    return {"id": f"gen-{lang}-{index:04d}", "lang": lang, "kind": kind, "source": "generated",
            "text": text, "spans": spans}


def generate() -> Iterator[dict[str, Any]]:
    fakers = make_fakers()
    for lang, n in (("en", N_EN), ("fr", N_FR)):
        for i in range(1, n + 1):
            yield generate_one(lang, i, fakers)


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def render_file() -> str:
    return "".join(dumps(r) for r in generate())


def main(argv: list[str]) -> int:
    import faker

    if faker.VERSION != FAKER_VERSION:
        print(f"warning: Faker {faker.VERSION}, the file was written by {FAKER_VERSION}",
              file=sys.stderr)
    content = render_file()
    if "--check" in argv:
        same = GENERATED.read_text(encoding="utf-8") == content
        print("generated.jsonl is up to date" if same else "generated.jsonl differs")
        return 0 if same else 1
    GENERATED.parent.mkdir(parents=True, exist_ok=True)
    GENERATED.write_text(content, encoding="utf-8")
    print(f"wrote {GENERATED.relative_to(ROOT)}: {content.count(chr(10))} texts")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
