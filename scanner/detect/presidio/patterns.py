"""Free-text recognizers beyond Presidio's defaults (issue 16): dates (birth dates told
apart by their context), payment cards and IBANs through the linker's own validators (Luhn
and an issuer prefix, mod 97, any case), phones of any region when a phone word or a `+`
country code says so, and people's names where the writing says it is a name (a greeting,
a title, a signature after a closing line, the display name of an address, a chat speaker).

Each recognizer is a compiled pattern and a validator: nothing here loads a model, and a
text without the character the pattern needs (a digit, a newline) is skipped at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import phonenumbers
from presidio_analyzer import LocalRecognizer, RecognizerResult

from scanner.identifiers.normalise import normalize_card
from scanner.identifiers.text import iban_spans

__all__ = ["CalendarDateRecognizer", "CheckedCardRecognizer", "CheckedIbanRecognizer",
           "ContextPhoneRecognizer", "PersonContextRecognizer", "is_company", "unquote"]


class _Recognizer(LocalRecognizer):
    """One entity (or two, for dates), found by `find(text)` as (start, end, score, entity)."""

    ENTITIES: tuple[str, ...] = ()

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=list(self.ENTITIES),
                         supported_language=supported_language, name=type(self).__name__)

    def load(self) -> None:
        pass

    def find(self, text: str) -> Iterator[tuple[int, int, float, str]]:
        raise NotImplementedError

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: object = None) -> list[RecognizerResult]:
        meta = {RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
        return [RecognizerResult(entity, start, end, score, recognition_metadata=dict(meta))
                for start, end, score, entity in self.find(text)
                if not entities or entity in entities]


def _before(text: str, start: int, width: int = 40) -> str:
    """The words just before a match, lower-cased, on the same line or the line above."""
    return text[max(0, start - width):start].lower()


# --- dates -------------------------------------------------------------------------------

_MONTHS = {
    **dict.fromkeys(("jan", "january", "janv", "janvier"), 1),
    **dict.fromkeys(("feb", "february", "fev", "fevr", "févr", "février", "fevrier"), 2),
    **dict.fromkeys(("mar", "march", "mars"), 3),
    **dict.fromkeys(("apr", "april", "avr", "avril"), 4),
    **dict.fromkeys(("may", "mai"), 5),
    **dict.fromkeys(("jun", "june", "juin"), 6),
    **dict.fromkeys(("jul", "july", "juil", "juillet"), 7),
    **dict.fromkeys(("aug", "august", "aout", "août"), 8),
    **dict.fromkeys(("sep", "sept", "september", "septembre"), 9),
    **dict.fromkeys(("oct", "october", "octobre"), 10),
    **dict.fromkeys(("nov", "november", "novembre"), 11),
    **dict.fromkeys(("dec", "december", "déc", "décembre", "decembre"), 12),
}
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = (r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|lun(?:di)?"
            r"|mar(?:di)?|mer(?:credi)?|jeu(?:di)?|ven(?:dredi)?|sam(?:edi)?|dim(?:anche)?)"
            r"\.?,?\s+")
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DATE = re.compile(
    r"(?<![\w/.-])(?:"
    # 2024-03-12, 2024/03/12
    r"(?P<y1>(?:19|20)\d{2})[-/.](?P<m1>\d{1,2})[-/.](?P<d1>\d{1,2})"
    # 12/03/2024, 4/5/1992, 12.03.24, 12-03-2024
    r"|(?P<a2>\d{1,2})(?P<sep>[/.-])(?P<b2>\d{1,2})(?P=sep)(?P<y2>(?:19|20)?\d{2})"
    # (Thursday,) 12(th) (of) March 2024, le 3 mars 1990, 1er mai 2020
    rf"|(?:{_WEEKDAY})?(?P<d3>\d{{1,2}})(?:st|nd|rd|th|er)?\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"
    # (Thursday,) April 12(th), 2018
    rf"|(?:{_WEEKDAY})?(?P<month4>" + "|".join(sorted(_MONTHS, key=len, reverse=True))
    + r")\.?\s+(?P<d4>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y4>(?:19|20)\d{2})"
    r")(?![\w/]|[.-]\d)",
    re.IGNORECASE,
)
_BIRTH = re.compile(
    r"(?:\bd\.?o\.?b\b|\bborn\b|\bbirth|\bbday\b|\bné(?:e)?\b|\bnee\b|naissance|\bddn\b"
    r"|anniversaire)[^\n\d]{0,25}$", re.IGNORECASE)


def _valid_date(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return 1900 <= y <= 2100


def _full_year(y: str) -> int:
    n = int(y)
    return n if len(y) == 4 else (2000 + n if n < 50 else 1900 + n)


class CalendarDateRecognizer(_Recognizer):
    """Calendar dates written the usual ways (12/03/2024, 2024-03-12, 12 March 2024, April
    12, 2018, le 3 mars 1990); BIRTH_DATE when a birth word comes just before (DOB, born,
    date of birth, né le, date de naissance). Relative dates (yesterday) are not data."""

    ENTITIES = ("DATE_TIME", "BIRTH_DATE")

    def find(self, text: str) -> Iterator[tuple[int, int, float, str]]:
        if not any(c.isdigit() for c in text):
            return
        for m in _DATE.finditer(text):
            g = m.groupdict()
            if g["y1"]:
                ok = _valid_date(int(g["y1"]), int(g["m1"]), int(g["d1"]))
            elif g["a2"]:
                y = _full_year(g["y2"])
                a, b = int(g["a2"]), int(g["b2"])
                if len(g["y2"]) == 2 and g["sep"] == ".":
                    ok = _valid_date(y, b, a)  # 12.03.24: European only
                else:
                    ok = _valid_date(y, b, a) or _valid_date(y, a, b)
                if ok and len(g["y2"]) == 2 and not _BIRTH.search(_before(text, m.start())):
                    ok = g["sep"] == "/"  # 10-12-24 is as often a code as a date
            elif g["d3"]:
                ok = _valid_date(int(g["year"]), _MONTHS[g["month"].lower()], int(g["d3"]))
            else:
                ok = _valid_date(int(g["y4"]), _MONTHS[g["month4"].lower()], int(g["d4"]))
            if not ok:
                continue
            if _BIRTH.search(_before(text, m.start())):
                yield m.start(), m.end(), 0.85, "BIRTH_DATE"
            else:
                yield m.start(), m.end(), 0.6, "DATE_TIME"


# --- cards and IBANs ---------------------------------------------------------------------

_CARD = re.compile(r"(?<![\w.,/+-])\d(?:[ -]?\d){11,18}(?![\w/-]|[.,]\d)")
# Issuer prefixes (IIN ranges) of the card networks; a Luhn-valid number outside them is
# one random number in ten.
_IIN = re.compile(r"^(?:4|5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)|3[47]|3(?:0[0-5]|[68])|6011"
                  r"|64[4-9]|65|35(?:2[89]|[3-8])|62|5[06-9]|6\d)")
_CARD_WORDS = ("card", "carte", "cb", "visa", "mastercard", "amex", "cc", "credit", "debit",
               "paid", "payé", "charged", "payment", "paiement")


class CheckedCardRecognizer(_Recognizer):
    """Payment card numbers of 12 to 19 digits, spaced or not, that the linker would store:
    Luhn-valid (scanner.identifiers.normalise.normalize_card) with a card network's prefix."""

    ENTITIES = ("CREDIT_CARD",)

    def find(self, text: str) -> Iterator[tuple[int, int, float, str]]:
        if sum(c.isdigit() for c in text) < 12:
            return
        for m in _CARD.finditer(text):
            number = normalize_card(m.group(0))
            if number is None or not _IIN.match(number):
                continue
            context = any(w in _before(text, m.start()) for w in _CARD_WORDS)
            yield m.start(), m.end(), 0.9 if context else 0.7, "CREDIT_CARD"


class CheckedIbanRecognizer(_Recognizer):
    """IBANs of any country, in any case, grouped by four or not, valid by mod 97: the
    linker's own search (scanner.identifiers.text.iban_spans)."""

    ENTITIES = ("IBAN_CODE",)

    def find(self, text: str) -> Iterator[tuple[int, int, float, str]]:
        if sum(c.isdigit() for c in text) < 10:
            return
        for start, end, _iban in iban_spans(text):
            yield start, end, 0.9, "IBAN_CODE"


# --- phones ------------------------------------------------------------------------------

_PHONE = re.compile(r"(?<![\w+/.-])(?:\+|00)?\(?\d[\d \-./()\u00a0]{5,20}\d(?![\w/]|[.,]\d)")
_PHONE_WORDS = re.compile(
    r"(?:\bphone|\btel\b|\btél|\btelephone|\btéléphone|\bmob(?:ile)?\b|\bcell\b|\bportable"
    r"|\bfixe\b|\bfax\b|\bcall\b|\bcalled\b|\bring\b|\bappel|\brappel|\bjoindre|\bjoignable"
    r"|\bwhatsapp|\bsms\b|\btext me|\bnumber|\bnuméro|\bnumero|\bdirect\b|\boffice\b"
    r"|\bbureau\b|\bgsm\b|\bhotline|(?:^|\s)[tmfp][.:]|\bcontact\b)[^\n\d]{0,20}$",
    re.IGNORECASE)
_IP = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_NOT_PHONE = re.compile(
    r"(?:order|invoice|tracking|parcel|ticket|ref|reference|account|iban|commande|facture"
    r"|colis|suivi|dossier|compte|contrat|contract|policy|serial|n°|no\.|#)[^\n\d]{0,12}$",
    re.IGNORECASE)
# Regions tried for a national number (no + prefix) when a phone word comes before it.
WIDE_REGIONS = ("US", "GB", "FR", "DE", "BE", "CH", "CA", "AU", "IE", "ES", "IT", "NL",
                "PT", "AT", "LU", "IN", "NZ", "ZA", "SE", "NO", "DK", "FI", "PL", "BR",
                "MX", "JP", "SG", "HK", "MA", "TN", "DZ", "SN", "CI")


class ContextPhoneRecognizer(_Recognizer):
    """Phone numbers validated by phonenumbers: any country with a `+`/`00` prefix; any of
    WIDE_REGIONS when a phone word comes just before (Tel:, mobile, portable, call me on);
    else the configured regions only, at a lower score."""

    ENTITIES = ("PHONE_NUMBER",)

    def __init__(self, regions: tuple[str, ...], supported_language: str = "en") -> None:
        self.regions = regions
        super().__init__(supported_language)

    def _valid(self, raw: str, regions: tuple[str, ...]) -> bool:
        for region in regions:
            try:
                number = phonenumbers.parse(raw, region)
            except phonenumbers.NumberParseException:
                return False
            if phonenumbers.is_valid_number(number):
                return len(set(str(number.national_number))) > 2
        return False

    def find(self, text: str) -> Iterator[tuple[int, int, float, str]]:
        if sum(c.isdigit() for c in text) < 6:
            return
        for m in _PHONE.finditer(text):
            raw = m.group(0).rstrip(").")
            if raw.count("(") != raw.count(")"):
                raw = raw.lstrip("(")
            digits = sum(c.isdigit() for c in raw)
            if not 6 <= digits <= 15 or _DATE.fullmatch(raw):
                continue
            start = m.start() + m.group(0).index(raw)
            if raw.startswith(("+", "00")):
                if self._valid("+" + raw[2:] if raw.startswith("00") else raw, ("ZZ",)):
                    yield start, start + len(raw), 0.75, "PHONE_NUMBER"
                continue
            if _NOT_PHONE.search(_before(text, start, 25)):
                continue  # a tracking number, an order number
            said = _PHONE_WORDS.search(_before(text, start, 30)) is not None
            if not said and (_IP.fullmatch(raw) or not any(c in raw for c in " -.()")):
                continue  # an order number, a parcel, an IP: a phone needs a word or a form
            regions = self.regions + tuple(r for r in WIDE_REGIONS if r not in self.regions) \
                if said else self.regions
            if self._valid(raw, regions):
                yield start, start + len(raw), 0.7 if said else 0.4, "PHONE_NUMBER"


# --- people's names where the writing says so -------------------------------------------

_WORD = r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’]*(?:-[A-Za-zÀ-ÖØ-öø-ÿ'’]+)*"
_CAPWORD = r"(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’]*(?:-[A-Za-zÀ-ÖØ-öø-ÿ'’]+)*)"
_NAME_ANY = rf"{_WORD}(?:[ \t]+{_WORD}){{0,2}}"
_PARTICLE = r"(?:de|du|le|la|van|von|der|di|da|del|dos|mc)"
_NAME_CAP = rf"{_CAPWORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAPWORD}){{0,2}}"
_TITLE = (r"(?:mr|mrs|ms|miss|mx|dr|prof|sir|madam|m|mme|mlle|monsieur|madame|mademoiselle"
          r"|maître)")
_GREETING = re.compile(
    rf"(?im)^[ \t>]*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings"
    rf"|bonjour|bonsoir|salut|coucou|cher|chère|chers|hello again)[ \t]+"
    rf"(?:{_TITLE}\.?[ \t]+)?(?P<name>{_NAME_ANY})[ \t]*(?=[,!:;.\n]|$)")
_TITLED = re.compile(rf"(?<![\w.])(?i:{_TITLE.replace('|m|', '|')})\.?[ \t]+(?P<name>{_NAME_CAP})")
_DISPLAY = re.compile(
    rf"(?P<name>{_NAME_ANY}|{_NAME_ANY},[ \t]*{_NAME_ANY})\"?[ \t]*<[^<>@\s]{{1,64}}@[^<>\s]+>")
_CLOSING = re.compile(
    r"(?im)^[ \t>]*(?:regards|best regards|kind regards|warm regards|warmest regards|best"
    r"|best wishes|many thanks|thanks|thank you|thanks again|cheers|sincerely|yours sincerely"
    r"|yours faithfully|yours truly|respectfully|take care|cordialement|bien cordialement"
    r"|très cordialement|bien à vous|salutations|sincères salutations|meilleures salutations"
    r"|merci|merci beaucoup|merci d'avance|à bientôt|amicalement|bonne journée"
    r"|veuillez agréer[^\n]*)[ \t]*[,.!]?[ \t]*\n[ \t>]*"
    rf"(?P<name>(?:[A-Za-zÀ-ÖØ-öø-ÿ]\.[ \t]*)?{_NAME_ANY})[ \t]*$")
_SIGNATURE = re.compile(  # the signature separator "-- ", or a dash sign-off (-Lev.)
    rf"(?m)(?:^--[ \t]*\n[ \t]*(?P<name>{_NAME_CAP})[ \t]*$"
    rf"|^-(?P<dash>{_CAPWORD})\.?[ \t]*$)")
_WROTE = re.compile(
    rf"(?P<name>{_NAME_CAP})[ \t]*(?:\"[ \t]*)?(?:<[^<>\n]*>[ \t]*)?"
    rf"(?:wrote|writes|a écrit|a ecrit|schrieb)[ \t]*:")
_SPEAKER = re.compile(
    rf"(?m)^[ \t>]*\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ \t]+(?:(?i:agent|advisor|adviser"
    rf"|conseiller|conseillère|support|operator|opérateur)[ \t]+)?(?P<name>{_NAME_CAP})[ \t]*:")
_THANKS = re.compile(
    rf"(?<![\w])(?i:thank you|thanks|many thanks|merci|merci beaucoup)[ \t]+"
    rf"(?:{_TITLE}\.?[ \t]+)?(?P<name>{_NAME_CAP})[ \t]*(?=[,!.;\n]|$)")
_RELATION = re.compile(
    rf"(?i:\b(?:my|our|his|her|their|mon|ma|mes|son|sa|notre|votre|your)[ \t]+(?:husband"
    rf"|wife|son|daughter|mother|father|mum|mom|dad|partner|brother|sister|colleague|boss"
    rf"|assistant|manager|neighbour|neighbor|friend|mari|époux|épouse|femme|fils|fille|mère"
    rf"|père|frère|sœur|soeur|collègue|voisin|voisine|assistante|conjoint|conjointe)"
    rf"|\bassistant|\bassistante|\bask for|\bdemander|\bmy name is|\bmy name's"
    rf"|\bje m'appelle|\bje m’appelle|\bmon nom est|\bname:|\bnom\s?:)"
    rf"[ \t]+(?P<name>{_NAME_CAP})")
_AFTER = re.compile(
    rf"(?i:\b(?:spoke|spoken|talked|met|meeting|call|called|chatted)\s+(?:with|to)"
    rf"|\b(?:opened|raised|reported|submitted|assigned|escalated|handled|signed)\s+(?:by|to)"
    rf"|\b(?:contact|owner|assignee|agent|from|per|cc|attn|attention)\s*:"
    rf"|\bavec|\bpar|\bde la part de|\bappel(?:é|ée)?\s+(?:avec|à)|\bparlé\s+à)"
    rf"[ \t]+(?:{_TITLE}\.?[ \t]+)?(?P<name>{_NAME_CAP})")
# Words such context also introduces that are not people.
_NOT_NAMES = frozenset("""
all everyone everybody team there folks guys sir madam madame monsieur support service
customer customers client clients user users friend friends colleague colleagues again
the a an our your my this that it we you they team, tous toutes tout le la les l équipe
equipe sales billing admin administrator webmaster info contact hello hi hey merci thanks
thank best regards cordialement agent visitor visiteur invité guest bot system moderator
staff helpdesk manager support-team customer-service service-client direction management
there's yes no ok okay please morning afternoon evening mr mrs ms dr
for your so very much in advance to again et pour beaucoup d'avance votre vous you
world man guys all from reply to destination sender recipient noreply no-reply do-not-reply
destinataire expéditeur expediteur undisclosed recipients asap soon now today later am pm
""".split())
_COMPANY_AFTER = re.compile(
    r"^(?:,?[ \t]+(?:and|&|et)[ \t]+(?:sons?|co\b|partners|associates|fils|cie|frères)"
    r"|,?[ \t]+(?:llc|ltd|limited|inc|plc|gmbh|corp|corporation|group|groupe|sa|sas|sarl|sasu"
    r"|eurl|llp|ag|bv|nv|s\.a\.s?\.?|& co)\b"
    r"|,[ \t]+[A-Z][\w'-]+(?:,[ \t]+[A-Z][\w'-]+)*,?[ \t]+(?:and|&|et)[ \t]+[A-Z])",
    re.IGNORECASE)
_COMPANY_BEFORE = re.compile(r"(?:[A-Z][\w'-]+,[ \t]+)+(?:[A-Z][\w'-]+[ \t]+)?(?:and|&|et)[ \t]+$")
_LIST_BEFORE = re.compile(r"(?:[A-Z][\w'-]+,[ \t]+)+$")
_AND_AFTER = re.compile(r"^,?[ \t]+(?:and|&|et)[ \t]+[A-Z]")


def _name_ok(name: str) -> bool:
    words = [w.strip(".'’").lower() for w in name.split()]
    return bool(words) and not any(w in _NOT_NAMES for w in words) and all(
        not w.isdigit() for w in words)


def _trim(name: str) -> str:
    """Drop trailing words that are not part of a name (`Jane Doe Sales`): none for now but
    the closing words a greeting may run into."""
    return name.strip(" \t,.;:'\"’")


class PersonContextRecognizer(_Recognizer):
    """Names the writing announces: after a greeting (hi jane, Bonjour Mme Durand), a title
    (Mr Smith, Mme Martin), a closing line (Regards,\\nJane Doe; Cordialement,\\nJ. Martin),
    before an e-mail address as its display name (Jane Doe <jane@x.com>), a chat speaker
    ([10:02] Agent Mike:), and after words that introduce a person (spoke with, opened by,
    de la part de). Lower case and capitals are read too; the words of _NOT_NAMES are not
    names."""

    ENTITIES = ("PERSON",)
    SCORE = 0.8

    def find(self, text: str) -> Iterator[tuple[int, int, float, str]]:
        seen: set[tuple[int, int]] = set()
        for pattern in (_GREETING, _TITLED, _DISPLAY, _CLOSING, _SPEAKER, _AFTER, _THANKS,
                        _RELATION, _SIGNATURE, _WROTE):
            for m in pattern.finditer(text):
                group = "dash" if pattern is _SIGNATURE and m.group("dash") else "name"
                raw = m.group(group)
                name = _trim(raw)
                if not name or not _name_ok(name):
                    continue
                start = m.start(group) + raw.index(name)
                end = start + len(name)
                if (start, end) not in seen and not is_company(text, start, end):
                    seen.add((start, end))
                    yield start, end, self.SCORE, "PERSON"


def is_company(text: str, start: int, end: int) -> bool:
    """A name that is a firm's (Parker and Sons, Watson, Ferguson and Smith, Dupont SARL)."""
    after, before = text[end:end + 40], text[max(0, start - 60):start]
    return bool(_COMPANY_AFTER.match(after) or _COMPANY_BEFORE.search(before)
                or (_LIST_BEFORE.search(before) and _AND_AFTER.match(after)))


_QUOTE = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")


def unquote(text: str) -> str:
    """The text with reply markers (`> `, `>> `) blanked, same length: NER reads a quoted
    line as the sentence it is, and every offset still points into the original."""
    if ">" not in text:
        return text
    return _QUOTE.sub(lambda m: " " * len(m.group(0)), text)
