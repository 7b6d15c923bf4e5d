"""Postal addresses in free text (issue 16): English and French formats, entity ADDRESS.

One recognizer serves every language (people write French addresses in English texts and
the other way round). It reads a text line by line, with compiled regexes only (no spaCy;
a text without a digit is skipped at once):

1. Anchors on a line. Strong ones stand alone: a street line (house number, name and a
   street type: the USPS C1 suffixes and abbreviations, UK, Irish, Australian and Indian
   types; French, Belgian, Swiss and Canadian "12 bis rue de la Paix", "rue du Marché 73",
   "710 boulevard Nathalie Suite 848") and a postcode with its town (US "Springfield, IL
   62704", ZIP+4, APO/FPO, Canadian "QC H2X 1Y4", UK "London NW1 6XE", Australian "NSW
   2000", French "75002 PARIS CEDEX 02"). Weak ones only join strong ones: a unit or box
   ("Flat 4", "Apt 3B", "Bât. B", "BP 123", "PSC 3084"), a street type without number
   ("rue de Guillon", "Craig Glen"), a town and a bare postcode ("Richardburn 2367",
   Belgian/Swiss "1050 Ixelles", an Eircode), a country.
2. Runs: the anchors of a line are joined when only separators and at most two town-like
   pieces lie between them ("436 Harris View, Cherylhaven, NSW, 2912" is one run, one
   span); a run needs a strong anchor; the town before a postcode is taken in, and the town
   or country that ends a one-line address.
3. Blocks: a line that is wholly an address draws in its neighbours: unit and building
   lines, street lines and a town line above a postcode line, a town line between a street
   and a postcode, a unit, postcode or country line below.

One result a line (a span never crosses a line break), with no space or punctuation at
either end. Scores 0.6-0.85 by evidence: a street and a postcode together are strongest, a
lone postcode and town weakest. Decoys (order numbers, amounts, clock times, versions,
phones, "3 items", "Hue Starter Kit 3") have no street type after a house number, no
postcode shape, or an identifier word before the number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from presidio_analyzer import EntityRecognizer, LocalRecognizer, RecognizerResult

from scanner.detect.presidio.address_words import (
    AU_STATES,
    CA_PROVINCES,
    COMMON_NOUN_TYPES,
    COUNTRIES,
    CUE_WORDS,
    DATE_WORDS,
    EN_SUFFIXES,
    FR_BUILDINGS,
    FR_COMMON_TYPES,
    FR_TYPES,
    ID_WORDS,
    ORG_WORDS,
    PARTICLES,
    ROAD_WORDS,
    STOPWORDS,
    STREET_ID_WORDS,
    TITLES,
    UNIT_WORDS,
    US_STATE_NAMES,
    US_STATES,
)

ENTITY = "ADDRESS"

# ---------------------------------------------------------------- regexes


def _alt(words: Iterable[str]) -> str:
    """An alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_I = re.IGNORECASE
_LETTER = r"[^\W\d_]"
_WORD = rf"(?:{_LETTER}[\w'’.]*(?:-\s?{_LETTER}[\w'’.]*)*|\d+(?:st|nd|rd|th|e|er|ème|eme)\b)"
# A house number: not inside a larger token, an amount, a time, a date or a version.
_NUM = r"(?<![\w.,/:#€$£+@&-])(?P<num>\d{1,6}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?)(?![\w.,:/-]?\d)"
_UNIT_ID = r"\.?\s*#?\s*[A-Za-z0-9]{1,5}(?!\w)"
UNIT_AFTER = re.compile(
    r"\s*,?\s*(?:(?:apt|apartment|appt|app|suite|ste|unit|flat|fl|floor|room|rm|bldg|bte|boîte"
    rf"|boite|bus){_UNIT_ID}|#\s?\d{{1,5}}(?:[-/]\d{{1,5}}[A-Za-z]?)*)"
    rf"(?:\s*,?\s*(?:apt|apartment|suite|unit){_UNIT_ID})?", _I)
_UNIT_AFTER = rf"(?:{UNIT_AFTER.pattern})?"

EN_STREET = re.compile(
    rf"{_NUM},?\s+(?P<name>(?:[NSEW]\.?\s+)?(?:{_WORD}\s+){{0,3}}{_WORD})\s+"
    rf"(?P<suf>{_alt(EN_SUFFIXES)})(?![\w'’-])\.?"
    rf"(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\.?(?![\w'’-]))?{_UNIT_AFTER}", _I)
EN_STREET_NO_NUMBER = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:{_WORD}\s+){{0,2}}{_WORD})\s+(?P<suf>{_alt(EN_SUFFIXES)})"
    rf"(?![\w'’-]){_UNIT_AFTER}", _I)
_FR_TYPE = rf"(?P<type>{_alt(FR_TYPES)})\.?(?![\w'’-])"
FR_STREET = re.compile(rf"{_NUM}(?:\s?(?:bis|ter|quater|[a-d])(?![\w'’-]))?\s*,?\s+{_FR_TYPE}",
                       _I)
FR_TYPE_FIRST = re.compile(
    rf"(?<![\w'’-])(?P<prefix>(?:grand|grande|petit|petite|haute|basse|vieille|vieux)-)?"
    rf"{_FR_TYPE}", _I)
# Swiss and Belgian streets in German or Dutch: 'Bahnhofstrasse 1', 'Meir 12' is not caught.
COMPOUND_STREET = re.compile(
    rf"(?<![\w'’-]){_LETTER}[\w'’-]{{2,}}(?:strasse|straße|str\.|gasse|weg|platz|allee|damm"
    r"|steig|laan|straat|plein|gracht|kade|dreef|steenweg)\s\d{1,3}[a-z]?(?![\w.,:/-]?\d)"
    r"(?![\w'’-])", _I)
YEAR = re.compile(r"(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?")
COPYRIGHT = re.compile(r"copyright|\(c\)|©", _I)
BE_NUMBER_AFTER = re.compile(
    r"\s+(?P<num>\d{1,4}[A-Za-z]?(?:[-/]\d{1,4})?)(?![\w.,:/-]?\d)(?![\w'’-])"
    r"(?:\s*,?\s*(?:bte|boîte|boite|bus|b)\.?\s*\d{1,4}(?!\w))?", _I)
UNIT = re.compile(
    r"(?<![\w'’-])(?:(?:flat|apartment|apt|appt|appartement|app|suite|ste|unit|studio|room|rm|"
    r"floor|fl|bldg|building|bât|bat|bâtiment|batiment|escalier|esc|box|"
    r"p\.?\s?o\.?\s?box|post\s+office\s+box|psc|cmr|b\.?\s?p|cs|tsa|case\s+postale|c\.?p|"
    r"bte|boîte|boite|h\.?\s?no|lot|block|blk|tower|villa|level|lvl|rd|r\.?\s?d)"
    r"(?:\.\s*|\s+|(?=#))(?:n°|no\.?|#)?\s*(?:\d{1,6}[A-Za-z]?|[A-Za-z]\d{0,4}|\d{1,4}[-/]\d{1,4})"
    r"|\d{1,2}\s?(?:e|er|ère|ème|eme|è|st|nd|rd|th)\s+(?:étage|etage|floor)"
    r"|#\s?\d{1,5}(?:[-/]\d{1,5}[A-Za-z]?)*"
    r"|(?-i:USNS|USS|USCGC|USNV)\s+(?-i:[A-Z])[\w'’-]+)(?![\w'’-])", _I)
US_POSTAL = re.compile(
    rf"(?<![\w'’-])(?P<st>{_alt(US_STATES)}|{_alt(US_STATE_NAMES)})\.?,?\s+"
    r"(?P<pc>\d{5}(?:-\d{4})?)(?![\w-]|[.,]\d)", _I)
MILITARY = re.compile(r"(?<![\w-])(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}(?:-\d{4})?(?![\w-])",
                      _I)
CA_POSTAL = re.compile(
    rf"(?<![\w'’-])(?:(?P<st>{_alt(CA_PROVINCES)})\.?,?\s+)?"
    r"(?P<pc>[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z](?P<sp>[ -]?)\d[ABCEGHJ-NPRSTV-Z]\d)"
    r"(?![\w-])", _I)
UK_POSTAL = re.compile(
    r"(?<![\w'’-])(?P<pc>[A-Z]{1,2}\d[A-Z\d]?(?P<sp>\s?)\d[A-Z]{2})(?![\w-])", _I)
EIRCODE = re.compile(
    r"(?<![\w'’-])(?P<pc>(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4})(?![\w-])", _I)
AU_POSTAL = re.compile(
    rf"(?<![\w'’-])(?P<st>{_alt(AU_STATES)})\.?,?\s+(?P<pc>\d{{4}})(?![\w-]|[.,]\d)", _I)
# French 5 digits (01-98); Belgian, Swiss, Austrian, Danish... 4 digits; before the town.
PC_TOWN = re.compile(
    r"(?<![\w/.,:#+@&'’-])(?<!\d\s)(?P<pc>(?:0[1-9]|[1-8]\d|9[0-8])\d{3}|[1-9]\d{3})"
    r"(?![\w-]|[.,:/]\d)(?=\s)")
# A postcode after its town (NZ, Australia, India, Singapore...): it only joins other parts.
BARE_PC = re.compile(r"(?<![\w/.,:#+@&'’])(?<!\d\s)(?P<pc>\d{4}|\d{6})(?![\w-]|[.,:/]\d)")
COUNTRY = re.compile(
    rf"(?<![\w'’-])(?:[A-Z]{{2}}\s?-\s?)?(?P<c>{_alt(COUNTRIES)})(?![\w'’-])", _I)
CEDEX = re.compile(r"\s+cedex(?:\s+\d{1,2})?(?![\w-])", _I)
CANTON = re.compile(r"\s*\([A-Z]{2}\)", _I)
PAREN_BEFORE = re.compile(r"\s*\([^\W\d_][^()\d]{1,20}\)\s*$")
DISTRICT = re.compile(r"[ \t]+\d{1,2}(?![\w.,:/-])")  # 'Dublin 2', 'Genève 3'
TOWN_WORD = re.compile(rf"{_LETTER}[\w'’.]*(?:-\s?{_LETTER}[\w'’.]*)*")
HOUSE_NUMBER_LINE = re.compile(r"\d{1,5}(?:[-/]\d{1,5})?[A-Za-z]?")
DIGIT = re.compile(r"\d")
# Cheap tests that skip the postcode patterns a line cannot match.
HAS_4_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")
HAS_5_DIGITS = re.compile(r"(?<!\d)\d{5}(?!\d)")
HAS_6_DIGITS = re.compile(r"(?<!\d)\d{6}(?!\d)")
HAS_LETTER_DIGIT = re.compile(r"[^\W\d_]\d")
NUMBER_WORD = re.compile(r"\d[A-Za-z]?,?\s+(?:(?:bis|ter|quater)\s+)?[^\W\d_]", _I)
SPACES = re.compile(r"[ \t]+")
COMMA = re.compile(r"[ \t]*,[ \t]*")
SENTENCE = re.compile(r"[:!?;@]|\w{4,}\.(?:\s|$)|^\W")
QUOTE = re.compile(r"[ \t]*(?:>[ \t]?)+")
LABEL = re.compile(r"[^\W\d_][\w .'’/-]{0,30}?\s?:\s*")
PIECE_SEP = re.compile(r"\s*(?:[,;|]|\s[-–—]\s)\s*")
# What may follow the last part of an address: the end of the line or of a sentence, a
# bracket; in mixed case also a lower-case word ("... 9795 instead?").
END = re.compile(r"\s*(?:$|[.!?;)](?:\s|$)|\()")
END_MIXED = re.compile(r"\s*(?:$|[.!?;)](?:\s|$)|\(|,?\s*(?-i:[a-z]))")
ELIDED = re.compile(r"(?:[cdjlmnst]|qu)['’]")
ELISION = re.compile(r"(?:[dl]['’]\s?|(?:sur|sous|en|lès|lez|de|la|le|les|du|aux?)-)", _I)
ALL_SEPS = " \t,;|-–—"
TRIM = " \t,;:|-–—.!?\"'«»(“”"

# ---------------------------------------------------------------- anchors, runs, lines

STREET, UNIT_K, POSTAL, BARE, COUNTRY_K, WEAK_STREET = (
    "street", "unit", "postal", "bare", "country", "weak_street")
MIXED, LOWER, UPPER = "mixed", "lower", "upper"

SCORE_STREET_POSTAL = 0.85  # a street and a postcode together, and every line of their block
SCORE_STREET = 0.8  # house number, capitalised name, street type
SCORE_STREET_CASELESS = 0.75  # the same in a text all lower or upper case
SCORE_STREET_COMMON = 0.7  # a type that is also a common noun, where an address is expected
SCORE_POSTAL_TOWN = 0.7  # postcode and town: 'Springfield, IL 62704', '75002 Paris'
SCORE_POSTAL = 0.65  # a postcode alone: 'NW1 6XE'
SCORE_PC_ALONE = 0.6  # a 4-digit postcode and town alone on a line: '1000 Bruxelles'
SCORE_BLOCK_PART = 0.7  # a weak line (unit, town, country) of a block
SCORE_BLOCK_LINE = 0.8  # the same in a block with a street and a postcode
MAX_BLOCK_LINES = 6  # lines a block reaches above and below a line that is wholly an address

# Among overlapping anchors, strong before weak; then by this rank; then the longest.
_STRONG_RANK = {STREET: 0, POSTAL: 1, BARE: 2, UNIT_K: 3, WEAK_STREET: 3, COUNTRY_K: 4}
_WEAK_RANK = {POSTAL: 0, UNIT_K: 1, BARE: 2, STREET: 3, WEAK_STREET: 4, COUNTRY_K: 5}


@dataclass
class Anchor:
    start: int
    end: int
    kind: str
    strong: bool
    score: float
    town_before: str = ""  # "required", "optional" or "" (a postcode after its town)
    has_town: bool = False
    generic: bool = False  # a bare number + town ('75002 Paris'): yields to specific forms


@dataclass
class Run:
    """Anchors of one line joined by separators and town names: one span."""

    start: int
    end: int
    anchors: list[Anchor] = field(default_factory=list)

    @property
    def kinds(self) -> set[str]:
        return {a.kind for a in self.anchors}

    @property
    def strong(self) -> bool:
        """A strong anchor, or a unit or street name with a town and postcode ('PO Box 530,
        Wongings 2013')."""
        if any(a.strong for a in self.anchors):
            return True
        return (bool(self.kinds & {UNIT_K, WEAK_STREET, STREET})
                and any(a.kind in (POSTAL, BARE) and a.has_town for a in self.anchors))

    @property
    def score(self) -> float:
        if STREET in self.kinds and self.kinds & {POSTAL, BARE}:
            return SCORE_STREET_POSTAL
        return max((a.score for a in self.anchors if a.strong), default=SCORE_BLOCK_PART)

    @property
    def streetish(self) -> bool:
        return bool(self.kinds & {STREET, UNIT_K, WEAK_STREET})

    @property
    def postal_only(self) -> bool:
        """A postcode line without a street part ('London NW1 6XE', 'USA' after it)."""
        return bool(self.kinds & {POSTAL, BARE}) and not self.kinds & {STREET, WEAK_STREET}


@dataclass
class Line:
    start: int  # offsets of the content in the text: quote marks and outer spaces cut
    text: str
    mode: str = ""  # set when the line is read
    label_end: int = 0
    runs: list[Run] | None = None
    weak_read: bool = False
    kind: str = ""  # "full" (wholly a strong run), "weak" (wholly a weak run), "town", "other"
    full_run: Run | None = None


def _mode(s: str) -> str:
    up = any(c.isupper() for c in s)
    low = any(c.islower() for c in s)
    return MIXED if up and low else UPPER if up else LOWER


def _cap(word: str) -> bool:
    """Capitalised, a number, a particle, or a name after one ("d'Avroy", "sur-Mer")."""
    word = word.lstrip("-")
    if not word or word[:1].isupper() or word[:1].isdigit() or word.lower() in PARTICLES:
        return True
    m = ELISION.match(word)
    return bool(m) and m.end() < len(word) and word[m.end()].isupper()  # type: ignore[union-attr]


def _plain(word: str) -> str:
    return word.lower().rstrip(".")


def _name_ok(words: list[str], mode: str) -> bool:
    """Words of a street name: capitalised (particles aside) in mixed case; no stop word."""
    real = [w for w in words if w.lower() not in PARTICLES]
    if not real or any(_plain(w) in STOPWORDS for w in real) or _plain(words[0]) in TITLES:
        return False
    if mode == MIXED:
        return all(_cap(w) for w in words) and (real[0][:1].isupper() or real[0][:1].isdigit())
    return True


def _word_before(line: str, pos: int) -> str:
    j = pos
    while j > 0 and line[j - 1] in " \t":
        j -= 1
    i = j
    while i > 0 and (line[i - 1].isalnum() or line[i - 1] in "°#'’."):
        i -= 1
    word = _plain(line[i:j])
    e = ELIDED.match(word)  # "l'article" -> "article"
    return word[e.end():] if e and e.end() < len(word) else word


def _id_before(line: str, pos: int, words: frozenset[str] = ID_WORDS) -> bool:
    """'order 12345', 'ticket #4821', 'n° 75002': a number that is an identifier."""
    w = _word_before(line, pos)
    return w in words or w.rstrip("#:") in words


def _cued(line: str, pos: int, label_end: int, marks: str = ":,;(–—-") -> bool:
    """An address is expected here: at the start of the line (after a label), after a cue
    word ('at', 'to', 'au', 'address'...) or after a colon, comma, dash or bracket."""
    head = line[:pos].rstrip()
    if len(head) <= label_end or head[-1] in marks:
        return True
    return _word_before(line, pos) in CUE_WORDS


def _words_after(line: str, pos: int) -> Iterator[tuple[str, int]]:
    """The words after pos, each with its end, while only spaces separate them."""
    i = pos
    while True:
        m = SPACES.match(line, i)
        w = TOWN_WORD.match(line, m.end()) if m else None
        if w is None:
            return
        yield w.group(), w.end()
        i = w.end()


def _street_name_end(line: str, pos: int, mode: str) -> int:
    """End of a street name read forwards ('rue' + 'de la Paix'); pos when there is none.
    Particles count only when a name word follows them."""
    end = pos
    for n, (word, w_end) in enumerate(_words_after(line, pos)):
        low = _plain(word)
        if n >= 5 or low in UNIT_WORDS:
            break
        if low in PARTICLES or word[-1:] in "'’":
            continue
        if mode == MIXED and not _cap(word) or low in STOPWORDS:
            break
        end = w_end
        if word.endswith(".") and len(word) > 4:  # the end of the sentence
            return end - 1
    return end


def _town_after(line: str, pos: int, mode: str) -> int | None:
    """End of the town after a postcode (French order), with CEDEX, a canton or a district
    number; None when no town follows."""
    last = None
    for n, (word, w_end) in enumerate(_words_after(line, pos)):
        low = _plain(word)
        if n >= 5 or mode != MIXED and n >= 4:
            break
        if n and (low in PARTICLES or word[-1:] in "'’"):
            continue
        if low in STOPWORDS or low in ID_WORDS or low in UNIT_WORDS or low == "cedex":
            break
        if mode == MIXED and not (word[:1].isupper() or n and _cap(word)):
            break
        last = w_end
        if word.endswith(".") and len(word) > 4:  # 'Strasbourg. Problème reproduit'
            return last - 1
    if last is None:
        return None
    for extra in (CEDEX, CANTON):
        c = extra.match(line, last)
        if c:
            last = c.end()
    d = DISTRICT.match(line, last)
    if d and END.match(line, d.end()):
        last = d.end()
    return last


def _town_before(line: str, pos: int, mode: str, limit: int) -> int | None:
    """Start of the town just before a postcode ('Springfield, IL', 'Pondicherry-113392'),
    one comma or dash allowed between; None when there is none."""
    j = pos
    while j > limit and line[j - 1] in " \t":
        j -= 1
    if j > limit and line[j - 1] in ",-":
        j -= 1
        while j > limit and line[j - 1] in " \t":
            j -= 1
    p = PAREN_BEFORE.search(line, limit, j)  # 'Montréal (Québec) H3C 3J7'
    if p:
        j = p.start()
    words: list[tuple[int, str]] = []
    k = j
    while len(words) < 4 and k > limit:
        i = k
        while i > limit and (line[i - 1].isalnum() or line[i - 1] in "'’.-"):
            i -= 1
        word = line[i:k]
        if not word[:1].isalpha() or DIGIT.search(word) or (word.endswith(".") and len(word) > 4):
            break
        low = _plain(word)
        if low in STOPWORDS and low not in PARTICLES or low in ID_WORDS:
            break
        if mode == MIXED and not _cap(word):
            break
        words.append((i, word))
        k = i
        while k > limit and line[k - 1] in " \t":
            k -= 1
        if k == i or k > limit and not (line[k - 1].isalnum() or line[k - 1] in "'’.-"):
            break
    while words and words[-1][1].lower() in PARTICLES and not words[-1][1][:1].isupper():
        words.pop()
    return words[-1][0] if words else None


def _town_like(piece: str, mode: str) -> bool:
    """A town (or a building, a county, a district) between the parts of an address."""
    d = DISTRICT.search(piece)
    if d and d.end() == len(piece):
        piece = piece[:d.start()]  # 'Dublin 2'
    if not piece or len(piece) > 40 or DIGIT.search(piece) or SENTENCE.search(piece):
        return False
    piece = CANTON.sub("", piece)
    words = TOWN_WORD.findall(piece)
    if not 1 <= len(words) <= 5 or len("".join(words)) < len(piece.replace(" ", "")) - 2:
        return False
    first = _plain(words[0])
    if first in STOPWORDS and first not in PARTICLES or first in ID_WORDS:
        return False
    if any(_plain(w) in STOPWORDS and w.lower() not in PARTICLES or _plain(w) in ORG_WORDS
           for w in words):
        return False
    return mode != MIXED or words[0][:1].isupper() and all(_cap(w) for w in words)


def _at_end(line: str, pos: int, mode: str) -> bool:
    """Nothing that could be more of an address follows pos: see END; a country that ends
    the line is part of the address."""
    end = END_MIXED if mode == MIXED else END
    if end.match(line, pos):
        return True
    c = COMMA.match(line, pos) or SPACES.match(line, pos)
    country = COUNTRY.match(line, c.end() if c else pos)
    return bool(country) and end.match(line, country.end()) is not None  # type: ignore[union-attr]


def _yearish(line: str, m: re.Match[str]) -> bool:
    """A house number that may be a year in a copyright line ('(c) 2006, 2008 Larry Wall',
    '1991-1997, Thomas G. Lane'): such a street stands only after a cue word."""
    return bool(YEAR.fullmatch(m.group("num"))) or bool(COPYRIGHT.search(line, 0, m.start()))


def _streets(line: str, mode: str, label_end: int) -> Iterator[Anchor]:
    mixed = mode == MIXED
    numbered = NUMBER_WORD.search(line) is not None
    for m in EN_STREET.finditer(line) if numbered else ():
        suf = m.group("suf")
        low = suf.lower()
        if (_id_before(line, m.start(), STREET_ID_WORDS)
                or not _name_ok(m.group("name").split(), mode)):
            continue
        if mixed and not (suf[:1].isupper() or low in ROAD_WORDS):
            continue
        # a common noun ('20 Reward Points'), or no case to tell a name ('2 hard drives')
        common = low in COMMON_NOUN_TYPES or len(low) <= 3 and low not in ROAD_WORDS
        if _yearish(line, m):
            strong = _word_before(line, m.start()) in CUE_WORDS
        else:
            strong = not common and mixed or _cued(line, m.start(), label_end)
        yield Anchor(m.start(), m.end(), STREET, strong,
                     SCORE_STREET_COMMON if common else SCORE_STREET if mixed
                     else SCORE_STREET_CASELESS)
    for m in FR_STREET.finditer(line) if numbered else ():
        if _id_before(line, m.start(), STREET_ID_WORDS):
            continue
        end = _street_name_end(line, m.end(), mode)
        named = end > m.end()
        u = UNIT_AFTER.match(line, end)
        if u:
            end = u.end()
        common = m.group("type").lower() in FR_COMMON_TYPES
        yield Anchor(m.start(), end, STREET,
                     named and (not common or _cued(line, m.start(), label_end)),
                     SCORE_STREET_COMMON if common or not named else
                     SCORE_STREET if mixed else SCORE_STREET_CASELESS)
    for m in COMPOUND_STREET.finditer(line) if DIGIT.search(line) else ():
        if not mixed or m.group()[:1].isupper():
            yield Anchor(m.start(), m.end(), STREET, not YEAR.search(m.group()),
                         SCORE_STREET if mixed else SCORE_STREET_CASELESS)
    for m in FR_TYPE_FIRST.finditer(line):  # 'rue du Marché 73', 'avenue Leblanc'
        end = _street_name_end(line, m.end(), mode)
        if end == m.end() and not m.group("prefix"):  # 'Grand-Place 1' needs no name
            continue
        typ = m.group("type").lower()
        common = typ in FR_COMMON_TYPES
        b = BE_NUMBER_AFTER.match(line, end)
        if b and next(_words_after(line, b.end("num")), ("", 0))[0].lower() in DATE_WORDS:
            b = None  # 'took place Monday 12 March'
        if b and not _id_before(line, b.start("num")):
            strong = not common or _cued(line, m.start(), label_end)
            yield Anchor(m.start(), b.end(), STREET, strong,
                         SCORE_STREET if strong and not common else SCORE_STREET_COMMON)
        elif typ in FR_BUILDINGS:
            yield Anchor(m.start(), end, UNIT_K, False, SCORE_BLOCK_PART)
        else:  # 'déposé au boulevard de Leroy'
            strong = (not common and _cued(line, m.start(), label_end)
                      and (not mixed or any(c.isupper() for c in line[m.end():end])))
            yield Anchor(m.start(), end, STREET if strong else WEAK_STREET, strong,
                         SCORE_STREET_COMMON)


def _postcodes(line: str, mode: str, label_end: int) -> Iterator[Anchor]:
    mixed = mode == MIXED
    five = HAS_5_DIGITS.search(line) is not None
    four = HAS_4_DIGITS.search(line) is not None
    letter_digit = HAS_LETTER_DIGIT.search(line) is not None
    for m in US_POSTAL.finditer(line) if five else ():
        st = m.group("st")
        if not mixed or st.isupper() or len(st) > 2 and st[:1].isupper():
            yield Anchor(m.start(), m.end(), POSTAL, True, SCORE_POSTAL_TOWN, "required")
    for m in MILITARY.finditer(line) if five else ():
        if not mixed or m.group().isupper():
            yield Anchor(m.start(), m.end(), POSTAL, True, SCORE_POSTAL_TOWN)
    for m in CA_POSTAL.finditer(line) if letter_digit else ():
        if not mixed or m.group().isupper():
            yield Anchor(m.start(), m.end(), POSTAL, bool(m.group("st") or m.group("sp")),
                         SCORE_POSTAL_TOWN if m.group("st") else SCORE_POSTAL, "optional")
    for m in UK_POSTAL.finditer(line) if letter_digit else ():
        if (not mixed or m.group().isupper()) and not _id_before(line, m.start()):
            yield Anchor(m.start(), m.end(), POSTAL, bool(m.group("sp")), SCORE_POSTAL,
                         "optional")
    for m in EIRCODE.finditer(line) if letter_digit else ():
        if not mixed or m.group().isupper():
            yield Anchor(m.start(), m.end(), POSTAL, False, SCORE_POSTAL, "optional")
    for m in AU_POSTAL.finditer(line) if four else ():
        if not mixed or m.group("st").isupper():
            yield Anchor(m.start(), m.end(), POSTAL, True, SCORE_POSTAL_TOWN, "required")
    for m in PC_TOWN.finditer(line) if four or five else ():
        if _id_before(line, m.start()):
            continue
        end = _town_after(line, m.end(), mode)
        if end is None:
            continue
        pc = m.group("pc")
        if len(pc) == 5:  # where an address is expected, not after 'sold' ('25000 Pieces')
            # after a comma only when it ends the line ('Bureaux, 75002 Paris')
            marks = ":(–—-," if END.match(line, end) else ":(–—-"
            yield Anchor(m.start(), end, POSTAL, _cued(line, m.start(), label_end, marks),
                         SCORE_POSTAL_TOWN, has_town=True, generic=True)
        else:  # alone on its line and not a year: '1000 Bruxelles'
            alone = not line[label_end:m.start()].strip(ALL_SEPS) and not line[end:].strip(
                " \t.,;")
            yield Anchor(m.start(), end, POSTAL, alone and mixed and pc[:2] not in ("19", "20"),
                         SCORE_PC_ALONE, has_town=True, generic=True)
    for m in BARE_PC.finditer(line) if four or HAS_6_DIGITS.search(line) else ():
        if (_at_end(line, m.end(), mode) and not _id_before(line, m.start())
                and _word_before(line, m.start()) not in DATE_WORDS):
            yield Anchor(m.start(), m.end(), BARE, False, SCORE_PC_ALONE, "optional")


def _anchors(line: str, mode: str, label_end: int, weak_streets: bool) -> list[Anchor]:
    cands: list[Anchor] = list(_streets(line, mode, label_end))
    if DIGIT.search(line):
        cands += _postcodes(line, mode, label_end)
        if HOUSE_NUMBER_LINE.fullmatch(line):  # '263' above 'Sahota Chowk'
            cands.append(Anchor(0, len(line), UNIT_K, False, SCORE_BLOCK_PART))
    cands += (Anchor(m.start(), m.end(), UNIT_K, False, SCORE_BLOCK_PART)
              for m in UNIT.finditer(line))
    # a country line; one that ends a one-line address is taken by _tail
    c = COUNTRY.match(line, label_end) if len(line) - label_end < 40 else None
    if c and not line[c.end():].strip(TRIM) and (mode != MIXED or c.group("c")[:1].isupper()):
        cands.append(Anchor(c.start(), c.end(), COUNTRY_K, False, SCORE_BLOCK_PART))
    if weak_streets or any(a.strong and a.kind == POSTAL for a in cands):
        # 'Craig Glen', 'Church Lane, Little Snoring, Norfolk NR21 0HZ': block lines and
        # lines with a postcode only
        for m in EN_STREET_NO_NUMBER.finditer(line):
            suf = m.group("suf")
            if _name_ok(m.group("name").split(), mode) and (mode != MIXED or suf[:1].isupper()):
                cands.append(Anchor(m.start(), m.end(), WEAK_STREET, False, SCORE_BLOCK_PART))
    return _resolve(cands)


def _resolve(cands: list[Anchor]) -> list[Anchor]:
    """Non-overlapping anchors, the best first (see _STRONG_RANK). A unit that overlaps the
    start of a street is taken into it ('H.No. 711, Doshi Marg')."""
    kept: list[Anchor] = []
    for a in sorted(cands, key=lambda a: (
            not a.strong, _STRONG_RANK[a.kind] + a.generic if a.strong else _WEAK_RANK[a.kind],
            a.start - a.end, a.start)):
        over = [k for k in kept if k.start < a.end and a.start < k.end]
        if not over:
            kept.append(a)
        elif a.kind == UNIT_K and a.start < over[0].start and over[0].kind == STREET:
            over[0].start = a.start
    return sorted(kept, key=lambda a: a.start)


def _glue(gap: str, mode: str) -> bool:
    """Only separators and at most two town-like pieces between two parts of an address."""
    if len(gap) > 60:
        return False
    pieces = [p.strip(ALL_SEPS) for p in PIECE_SEP.split(gap.strip())]
    pieces = [p for p in pieces if p]
    return len(pieces) <= 2 and all(_town_like(p, mode) for p in pieces)


def _runs(line: str, mode: str, anchors: list[Anchor]) -> list[Run]:
    kept: list[Anchor] = []
    for a in anchors:  # the town before a postcode (US and Australian ones need one)
        if a.town_before:
            # a street name without number may be the town itself ('Mountain View, CA')
            limit = max((k.end for k in kept if k.kind != WEAK_STREET), default=0)
            t = _town_before(line, a.start, mode, limit)
            if t is not None:
                kept = [k for k in kept if k.end <= t]
                a.start, a.has_town = t, True
                a.score = max(a.score, SCORE_POSTAL_TOWN)
            elif a.town_before == "required":
                continue
        kept.append(a)
    runs: list[Run] = []
    for a in kept:
        # one street a line: a street name without number does not lead a numbered one
        if runs and not (a.kind == STREET and runs[-1].anchors[-1].kind == WEAK_STREET) and _glue(
                line[runs[-1].end:a.start], mode):
            runs[-1].end = a.end
            runs[-1].anchors.append(a)
        else:
            runs.append(Run(a.start, a.end, [a]))
    for r in runs:
        if r.strong:
            r.end = _tail(line, mode, r)
    return runs


def _tail(line: str, mode: str, r: Run) -> int:
    """End of a run with the town or country that closes a one-line address: ' Shane Ville'
    after an Eircode, ', London.' after a street, ', UK' after a postcode."""
    last = r.anchors[-1]
    end = r.end
    t = _town_after(line, end, mode) if last.kind in (POSTAL, BARE) and not last.has_town else None
    if t is not None and _at_end(line, t, mode):
        end = t  # 'D38 646X Reece Ville'
    elif last.kind == STREET or last.kind in (POSTAL, BARE) and not last.has_town:
        # one or two town pieces that end the line or the sentence ('..., Little Whinging,
        # Surrey.')
        ends = []
        at = end
        for _ in range(2):
            c = COMMA.match(line, at)
            t = _town_after(line, line.index(",", at) + 1, mode) if c else None
            if t is None:
                break
            ends.append(t)
            at = t
        while ends and not (_at_end(line, ends[-1], mode) if len(ends) == 1
                            else END.match(line, ends[-1])):
            ends.pop()
        if ends:
            end = ends[-1]
    c = COMMA.match(line, end) or SPACES.match(line, end)
    country = COUNTRY.match(line, c.end()) if c else None
    if country and END.match(line, country.end()):
        end = country.end()
    return end


def _lines(text: str) -> list[Line]:
    out = []
    pos = 0
    for raw in text.split("\n"):
        q = QUOTE.match(raw)
        s = q.end() if q else 0
        e = len(raw)
        while s < e and raw[s] in " \t\r":
            s += 1
        while e > s and raw[e - 1] in " \t\r":
            e -= 1
        out.append(Line(pos + s, raw[s:e]))
        pos += len(raw) + 1
    return out


def _read(line: Line, weak_streets: bool = False) -> None:
    """The runs of a line and its kind; weak_streets also looks for street names without a
    number (for the lines around an address only)."""
    if line.runs is not None and (line.weak_read or not weak_streets):
        return
    t = line.text
    if not line.mode:
        line.mode = _mode(t)
        m = LABEL.match(t)
        line.label_end = m.end() if m and not DIGIT.search(m.group()) else 0
    label = line.label_end
    line.runs = _runs(t, line.mode, _anchors(t, line.mode, label, weak_streets))
    line.weak_read = weak_streets
    line.kind, line.full_run = "other", None
    for r in line.runs:
        head = t[label:r.start].strip(TRIM)
        first = r.anchors[0]
        if (head and first.kind in (POSTAL, BARE) and first.has_town
                and t[label:r.start].rstrip().endswith(",") and _town_like(head, line.mode)):
            r.start, head = label, ""  # 'Sheth, Ujjain 041257': a locality before the town
        if not head and not t[r.end:].strip(TRIM + ")"):
            if r.strong:
                line.kind, line.full_run = "full", r
                return
            if len(line.runs) == 1:
                line.kind, line.full_run = "weak", r
                return
    content = t[label:].strip(TRIM)
    if content and not re.search(r"[:|]|\s[-–—]\s", t) and len(content.split()) <= 4 and (
            _town_like(content, line.mode)):
        line.kind = "town"


def _kind(lines: list[Line], j: int) -> str:
    line = lines[j]
    if not line.text:
        return "blank"
    _read(line, weak_streets=True)
    return line.kind


def _block(lines: list[Line], i: int) -> list[int]:
    """The lines of the address block around line i, which is wholly an address: unit and
    building lines, street lines and a town line above a postcode line, town lines between
    a street and a postcode, unit, postcode and country lines below."""
    seed = lines[i].full_run
    assert seed is not None
    block = [i]
    # downwards
    after_postal = seed.postal_only
    pending: list[int] = []
    j = i + 1
    while j < min(len(lines), i + 1 + MAX_BLOCK_LINES):
        k = _kind(lines, j)
        run = lines[j].full_run
        if k in ("full", "weak") and run is not None:
            country = run.kinds <= {COUNTRY_K}
            if after_postal and not (country or k == "full"):
                break
            block += pending + [j]
            pending = []
            after_postal = run.postal_only or after_postal and country
        elif k == "town" and not after_postal and len(pending) < 2:
            pending.append(j)
        else:
            break
        j += 1
    if len(pending) == 1 and pending[0] == j - 1 and (j == len(lines) or not lines[j].text):
        block += pending  # '12 Baker Street' / 'London' ending the block
    # upwards
    top = seed
    pending = []
    j = i - 1
    while j >= max(0, i - MAX_BLOCK_LINES):
        k = _kind(lines, j)
        run = lines[j].full_run
        if k in ("full", "weak") and run is not None:
            if run.kinds <= {COUNTRY_K}:
                break
            # above a street line, only units and buildings ('Flat 4', 'Bât. B')
            if not top.postal_only and not pending and not run.kinds <= {UNIT_K} and k != "full":
                break
            block += pending + [j]
            pending = []
            top = run
        elif k == "town" and len(pending) < 2:
            pending.append(j)
        else:
            break
        j -= 1
    if len(pending) == 1 and top.postal_only and not any(a.has_town for a in top.anchors):
        block += pending  # 'London' / 'NW1 6XE'
    return sorted(set(block))


def find_addresses(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of each address line and one-line address in text."""
    if not DIGIT.search(text):
        return []
    lines = _lines(text)
    for line in lines:
        if DIGIT.search(line.text):
            _read(line)
    accepted: dict[int, float] = {}
    for i, line in enumerate(lines):
        if i in accepted or line.full_run is None:
            continue
        if line.kind == "weak":
            # 'Patna 010382' under 'Sahota Chowk', 'Horongauru 2630' under 'PO Box 70'
            if not any(a.kind in (POSTAL, BARE) and a.has_town for a in line.full_run.anchors):
                continue
            block = _block(lines, i)
            if not any(j < i and lines[j].full_run is not None
                       and lines[j].full_run.streetish for j in block):  # type: ignore[union-attr]
                continue
        else:
            block = _block(lines, i)
        runs = [lines[j].full_run for j in block]
        both = (any(r is not None and STREET in r.kinds for r in runs)
                and any(r is not None and r.kinds & {POSTAL, BARE} for r in runs))
        for j, run in zip(block, runs, strict=True):
            if run is not None and run.strong:
                score = SCORE_STREET_POSTAL if both else run.score
            else:
                score = SCORE_BLOCK_LINE if both else SCORE_BLOCK_PART
            accepted[j] = max(score, accepted.get(j, 0.0))
    found: list[tuple[int, int, float]] = []
    for j, line in enumerate(lines):
        if j in accepted:
            spans = [(line.label_end, len(line.text), accepted[j])]
        else:
            spans = [(r.start, r.end, r.score) for r in line.runs or () if r.strong]
        for start, end, score in spans:
            s, e = _trim(line.text, start, end)
            if e > s:
                found.append((line.start + s, line.start + e, score))
    return found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """No space or punctuation at either end (a closing bracket stays with its opening)."""
    while start < end and (text[start] in TRIM or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in TRIM or text[end - 1].isspace()
                           or text[end - 1] == ")" and "(" not in text[start:end]):
        end -= 1
    return start, end


class AddressRecognizer(LocalRecognizer):
    """Postal addresses in free text, English and French formats (see the module)."""

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        self._label = name or "AddressRecognizer"
        super().__init__(supported_entities=[ENTITY], supported_language=supported_language,
                         name=self._label)

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: object = None
                ) -> list[RecognizerResult]:
        if entities and ENTITY not in entities:
            return []
        return [RecognizerResult(ENTITY, s, e, score, recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self._label,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
                for s, e, score in find_addresses(text)]


def address_recognizers(language: str) -> list[EntityRecognizer]:
    """The address recognizer for one language (the same patterns serve both)."""
    return [AddressRecognizer(supported_language=language)]
