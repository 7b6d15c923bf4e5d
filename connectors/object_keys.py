"""Personal values in the names of objects (keys, file, folder and archive member names,
mail folders and files): `key_values` finds e-mails, phones, IBANs, cards and people's
names in them; `masked_key` shows a name with each masked (`cv/CV Z*** Q*** 06********.csv`);
`container_name` groups objects by folder and name pattern with those values as `*`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from connectors.formats import printable
from scanner.core.config import DEFAULT_REGION
from scanner.identifiers.normalise import (
    normalize_card,
    normalize_email,
    normalize_iban,
    normalize_phone,
)

# What key_values finds: the validated patterns of the link pass (e-mails, phones, IBANs,
# cards, checked by scanner.identifiers.normalise' normalizers) and a name heuristic on
# words: two or more capitalised words in a row (`Zoé Quentin`, `DUPONT Jean`), or any
# words right after a word that announces a person's document (`CV_zoe_quentin.pdf`,
# `Passport Martin.jpg`); common words of file names (report, notes, export...) are never
# names. spaCy's NER was measured on keys: 0.6 ms (en) to 1.7 ms (fr) per key, 64-94 %
# recall on `CV First Last` and "customers-00015.csv" or "Annual Report" taken for people;
# and connectors never load it. Missed: a name written in lower case without such a word
# before it (`jane.doe/`), a first name alone.
_KEY_EMAIL = re.compile(r"[\w.!#$%&'*+=?^`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}"
                        r"[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+")
_KEY_EXTENSION = re.compile(
    r"\.(?:csv|tsv|txt|text|md|json|jsonl|ndjson|log|xml|html?|eml|msg|mbox|pdf|docx?|xlsx?"
    r"|pptx?|odt|ods|rtf|zip|gz|bz2|xz|7z|rar|tar|tgz|png|jpe?g|gif|tiff?|heic|bmp|svg|mp3"
    r"|mp4|mov|wav|bak|old|tmp|dat|sql|db|sqlite|parquet|avro)(?:\.(?:gz|bz2|xz|zip))?$", re.I)
# digits with separators: a phone or a card once validated (a date or a counter is not)
_KEY_NUMBER = re.compile(r"(?<![0-9A-Za-z+])(?:\+|00)?\(?\d[\d \-.()]{6,22}\d(?!\d)")
_KEY_IBAN = re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?"
                       r"(?![A-Z0-9])")
_KEY_DATE = re.compile(r"(?:19|20)\d\d[-_. ]?(?:0[1-9]|1[0-2])[-_. ]?(?:0[1-9]|[12]\d|3[01])"
                       r"(?:[-_. T]?\d\d){0,3}$")  # 2024-01-15, 20240115T1030: not a phone
# what most readers' items look like: nothing personal in them, nothing to look for
PLAIN_PART = re.compile(r"(?:row|line|page|para):\d+(?:\.\d+)?|\$(?:\[\d+\])?|message")
_KEY_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NAME_GAP = re.compile(r"[ _.\-]{1,3}")  # what may stand between two words of one name
_PARTICLES = frozenset({"de", "la", "le", "du", "des", "van", "von", "der", "den", "di",
                        "da", "del", "dos", "ben", "bin", "al", "el", "mc", "d'"})
# words after which the next words of a key name a person
DOCUMENT_WORDS = frozenset("""
cv cvs resume résumé curriculum vitae lettre letter motivation passport passeport
passeports passports identity identite identité cni permis payslip payslips bulletin
bulletins salaire salary fiche fiches paie contrat contract contracts contrats
attestation attestations certificate certificat certificats avenant employee employé
salarie salarié candidate candidat candidature facture invoice receipt recu reçu
portrait
""".split())
# words of file and folder names that are not names
COMMON_WORDS = frozenset("""
a an and the of for to in on at by with from new old final draft copy copie version v
report reports rapport rapports note notes meeting meetings minutes compte rendu review
budget plan plans planning data donnees données export exports import imports backup
backups archive archives log logs file files fichier fichiers document documents doc docs
folder folders image images photo photos scan scans template templates modele modèle
sales ventes marketing finance finances hr rh legal juridique it admin administration
team teams equipe équipe project projects projet projets client clients customer customers
user users utilisateur utilisateurs member members membre membres contact contacts
account accounts compte comptes order orders commande commandes invoices factures
payment payments audit audits rgpd gdpr paiement paiements annual annuel annuelle monthly
mensuel weekly daily summary synthese synthèse total list liste table tables sheet sheets feuille
read me readme todo misc divers general général public private prive privé shared partage
partagé personal personnel home users desktop bureau downloads telechargements mes my
tmp temp test tests sample samples demo dev prod production staging config settings
source sources app apps application applications web site www api server serveur
january february march april may june july august september october november december
janvier fevrier février mars avril mai juin juillet aout août septembre octobre novembre
decembre décembre q quarter trimestre year annee année month mois week semaine day jour
signed signe signé scanned scanne scanné original originale updated mise jour
""".split())

@dataclass(frozen=True)
class KeyValue:
    """A personal value found in an object's key: where, what kind, normalized value."""

    start: int
    end: int
    kind: str  # email, phone, iban, card or name
    value: str  # normalized (name: as written)
    masked: str


def key_values(key: str, region: str = DEFAULT_REGION) -> list[KeyValue]:
    """The personal values in a key, segment by segment, in order."""
    out: list[KeyValue] = []
    at = 0
    for segment in key.split("/"):
        if segment:
            out.extend(KeyValue(at + v.start, at + v.end, v.kind, v.value, v.masked)
                       for v in _segment_values(segment, region))
        at += len(segment) + 1
    return out


def _segment_values(seg: str, region: str) -> list[KeyValue]:
    found: list[KeyValue] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, kind: str, value: str, masked: str) -> None:
        if not any(start < e and s < end for s, e in taken):
            taken.append((start, end))
            found.append(KeyValue(start, end, kind, value, masked))

    if "@" in seg:
        for m in _KEY_EMAIL.finditer(seg):
            raw, end = m.group(), m.end()
            ext = _KEY_EXTENSION.search(raw)
            if ext and end == len(seg) and normalize_email(raw[: ext.start()]):
                raw, end = raw[: ext.start()], m.start() + ext.start()
            # A placeholder (jane.doe@example.com) links nobody but is masked all
            # the same: what looks like an address is never shown or stored whole.
            add(m.start(), end, "email", normalize_email(raw.strip(".")) or "",
                _masked_email(raw))
    if any(c.isdigit() for c in seg):
        for m in _KEY_IBAN.finditer(seg):
            n = normalize_iban(m.group())
            if n is not None:
                add(m.start(), m.end(), "iban", n, f"{n[:4]}****{n[-4:]}")
        for m in _KEY_NUMBER.finditer(seg):
            raw = m.group()
            digits = sum(c.isdigit() for c in raw)
            card = normalize_card(raw) if 13 <= digits <= 19 and _card_shaped(raw) else None
            if card is not None:
                add(m.start(), m.end(), "card", card, "*" * (len(raw) - 4) + raw[-4:])
            elif 8 <= digits <= 15 and not _KEY_DATE.match(raw):
                phone = normalize_phone(raw, region)
                if phone is not None:
                    add(m.start(), m.end(), "phone", phone, _masked_digits(raw, 2))
    words = seg[: ext.start()] if (ext := _KEY_EXTENSION.search(seg)) else seg
    for start, end in _name_runs(words):
        words = seg[start:end]
        add(start, end, "name", words,
            _KEY_WORD.sub(lambda w: w.group()[0] + "***", words))
    found.sort(key=lambda v: v.start)
    return found


_CARD_PREFIX = re.compile(r"4|5[1-5]|2[2-7]|3[47]|3[068]|35|6(?:011|5)")


def _card_shaped(raw: str) -> bool:
    """A card's issuer prefix: a timestamp (2024...) passes the Luhn check one time in ten."""
    return _CARD_PREFIX.match("".join(c for c in raw if c.isdigit())) is not None


def _name_runs(seg: str) -> list[tuple[int, int]]:
    """Spans of the words of `seg` that look like a person's name (the heuristic described
    above the patterns, at the top of this module)."""
    runs: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    announced = False  # after a DOCUMENT_WORDS word: the next words name someone

    def close() -> None:
        names = [w for w in run if w.group().casefold() not in _PARTICLES]
        if len(names) >= 2 or (names and announced):
            runs.append((names[0].start(), names[-1].end()))
        run.clear()

    previous_end = -1
    for w in _KEY_WORD.finditer(seg):
        text = w.group()
        fold = text.casefold()
        if run and not _NAME_GAP.fullmatch(seg[previous_end:w.start()]):
            close()
        previous_end = w.end()
        if fold in DOCUMENT_WORDS:
            close()
            announced = True
        elif fold in _PARTICLES:
            if run:
                run.append(w)
        elif fold in COMMON_WORDS or len(text) < 2:
            close()
        elif announced or (text[0].isupper() and (text[1:].islower() or text.isupper())):
            run.append(w)
        else:
            close()
    close()
    return runs


def _masked_email(raw: str) -> str:
    local, _, domain = raw.rpartition("@")
    host, dot, tld = domain.rpartition(".")
    return f"{local[:1]}***@{host[:1]}***{dot}{tld}"


def _masked_digits(raw: str, keep: int) -> str:
    out, seen = [], 0
    for c in raw:
        if c.isdigit():
            out.append(c if seen < keep else "*")
            seen += 1
        else:
            out.append(c)
    return "".join(out)


def masked_key(key: str, found: Sequence[KeyValue]) -> str:
    """The key as people may see it: each personal value masked (`cv/CV Z*** Q***
    06********.csv`), control characters escaped."""
    out, at = [], 0
    for v in found:
        out.append(key[at:v.start])
        out.append(v.masked)
        at = v.end
    out.append(key[at:])
    return printable("".join(out))


def _starred(key: str, found: Sequence[KeyValue]) -> str:
    """The key with each personal value a `*`, for container names."""
    out, at = [], 0
    for v in found:
        out.append(key[at:v.start])
        out.append("*")
        at = v.end
    out.append(key[at:])
    return "".join(out)


def container_name(key: str, fmt: str, region: str = DEFAULT_REGION) -> str:
    """`folder/name-pattern (format)`: personal values (see key_values) and, in the name,
    digit runs (dates, sequence numbers) become `*`: `cv/CV * * *.csv (csv)`."""
    found = key_values(key, region)
    if found:
        key = _starred(key, found)
    folder, _, base = key.rpartition("/")
    pattern = re.sub(r"\*(?:[-_.:T]?\*)+", "*", re.sub(r"\d+", "*", base))
    name = f"{folder}/{pattern}" if folder else pattern
    return f"{printable(name)} ({fmt})"
