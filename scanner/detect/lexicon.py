"""Field names to categories, from rules/lexicon.yaml (English and French).

A name is the cheapest and often the best evidence: `date_naissance` says more than any
recognizer can about a column of dates. The lexicon is data; this module only tokenizes
and picks the most specific rule. See the header of rules/lexicon.yaml for the rules of
the game.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from scanner.core.categories import get_category
from scanner.core.yamlfile import load_yaml

MAX_PHRASE_TOKENS = 6
AMBIGUOUS_FACTOR = 0.7  # an ambiguous name with no context either way
PERSON_CONTEXT_BONUS = 0.1


@dataclass(frozen=True, slots=True)
class NameRule:
    id: str
    category: str
    entity: str | None
    confidence: float
    phrases: tuple[str, ...]
    exact: bool = False
    ambiguous: bool = False
    person_only: bool = False


@dataclass(frozen=True, slots=True)
class NameMatch:
    """What the name of a field says; rule is the evidence (`lexicon:<rule id>`)."""

    rule: str
    category: str
    entity: str | None
    confidence: float
    hashed: bool = False  # the name says the value is a hash/ciphertext of the data
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Modifier:
    id: str
    tokens: frozenset[str]
    from_category: str | None
    category: str | None
    container: bool
    hashed: bool


@dataclass(frozen=True, slots=True)
class Lexicon:
    rules: tuple[NameRule, ...]
    by_glue: dict[str, tuple[tuple[NameRule, int], ...]]  # glued phrase -> (rule, n tokens)
    stop_words: frozenset[str]
    non_personal_tokens: frozenset[str]
    person_words: frozenset[str]
    object_words: frozenset[str]
    person_containers: frozenset[str]
    object_containers: frozenset[str]
    modifiers: tuple[_Modifier, ...]


_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokenize(name: str) -> list[str]:
    """`BillingAddress1` -> billing address 1; `dateDeNaissance` -> date de naissance."""
    out: list[str] = []
    for part in re.split(r"[^0-9A-Za-z]+", strip_accents(name)):
        out.extend(t.lower() for t in _CAMEL.findall(part))
    return out


def _singular(token: str) -> str:
    if len(token) > 3 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith(("s", "x")) and not token.endswith("ss"):
        return token[:-1]
    return token


def _words(values: Any) -> frozenset[str]:
    return frozenset(strip_accents(str(v)).lower() for v in values or ())


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    text = resources.files("rules").joinpath("lexicon.yaml").read_text(encoding="utf-8")
    data = load_yaml(text)
    stop = _words(data.get("stop_words"))
    rules = []
    by_glue: dict[str, list[tuple[NameRule, int]]] = {}
    for raw in data["rules"]:
        rule = NameRule(
            id=str(raw["id"]),
            category=get_category(str(raw["category"])).id,
            entity=raw.get("entity"),
            confidence=float(raw["confidence"]),
            phrases=tuple(str(p) for p in raw["phrases"]),
            exact=bool(raw.get("exact", False)),
            ambiguous=bool(raw.get("ambiguous", False)),
            person_only=bool(raw.get("person_only", False)),
        )
        rules.append(rule)
        for phrase in rule.phrases:
            toks = [t for t in tokenize(phrase) if t not in stop]
            by_glue.setdefault("".join(toks), []).append((rule, len(toks)))
    modifiers = tuple(
        _Modifier(
            id=str(m["id"]),
            tokens=_words(m["tokens"]),
            from_category=m.get("from"),
            category=m.get("category"),
            container=bool(m.get("container", False)),
            hashed=bool(m.get("hashed", False)),
        )
        for m in data.get("modifiers") or ()
    )
    return Lexicon(
        rules=tuple(rules),
        by_glue={k: tuple(v) for k, v in by_glue.items()},
        stop_words=stop,
        non_personal_tokens=_words(data.get("non_personal_tokens")),
        person_words=_words(data.get("person_words")),
        object_words=_words(data.get("object_words")),
        person_containers=_words(data.get("person_containers")),
        object_containers=_words(data.get("object_containers")),
        modifiers=modifiers,
    )


def container_tokens(container: str) -> set[str]:
    """Tokens of the container's last segment (`public.customers` -> customer(s))."""
    last = container.replace("\\", "/").split("/")[-1].split(".")[-1] if container else ""
    toks = tokenize(last)
    return set(toks) | {_singular(t) for t in toks}


def is_person_container(container: str) -> bool:
    return bool(container_tokens(container) & load_lexicon().person_containers)


def _candidates(lex: Lexicon, toks: list[str]) -> list[tuple[int, int, int, NameRule]]:
    """(start, end, phrase length, rule) of every matching span of tokens, best first."""
    found: list[tuple[int, int, int, NameRule, int]] = []
    for i in range(len(toks)):
        for j in range(i + 1, min(len(toks), i + MAX_PHRASE_TOKENS) + 1):
            glue = "".join(toks[i:j])
            for rule, _n in lex.by_glue.get(glue, ()):
                if rule.exact and (i, j) != (0, len(toks)):
                    continue
                found.append((j - i, len(glue), j, rule, i))
    # Most tokens covered wins, then the rightmost (English puts the head last:
    # last_login_ip is an IP, not a login), then the longer phrase.
    found.sort(key=lambda c: (c[0], c[2], c[1]), reverse=True)
    return [(c[4], c[2], c[1], c[3]) for c in found]


def match_name(field: str, container: str = "") -> NameMatch | None:
    """The lexicon's reading of a field name, or None when the name says nothing."""
    lex = load_lexicon()
    all_toks = tokenize(field)
    toks = [t for t in all_toks if t not in lex.stop_words and not t.isdigit()]
    if not toks:
        return None
    ctoks = container_tokens(container)
    for start, end, _length, rule in _candidates(lex, toks):
        rest = set(toks[:start] + toks[end:])
        rest_singular = rest | {_singular(t) for t in rest}
        if rest_singular & lex.non_personal_tokens:
            return None  # email_status, phone_verified: about the value, not the value
        confidence = rule.confidence
        notes: list[str] = []
        person_ctx = bool(rest_singular & lex.person_words) or bool(ctoks & lex.person_containers)
        if rule.person_only and not person_ctx:
            continue
        # A phrase of two words or more ("shipping address") is specific enough.
        if rule.ambiguous and end - start == 1:
            if rest_singular & lex.object_words:
                return None  # product_name, nom_produit
            if rest_singular & lex.person_words:
                confidence = min(1.0, confidence + PERSON_CONTEXT_BONUS)
            elif ctoks & lex.object_containers:
                return None  # `name` in products
            elif ctoks & lex.person_containers:
                confidence = min(1.0, confidence + PERSON_CONTEXT_BONUS)
            else:
                confidence *= AMBIGUOUS_FACTOR
                notes.append("ambiguous name, no context")
        category, hashed = rule.category, False
        for mod in lex.modifiers:
            scope = set(all_toks) | (ctoks if mod.container else set())
            if not scope & mod.tokens:
                continue
            if mod.hashed:
                hashed = True
                notes.append("name says hashed")
            elif mod.from_category == category and mod.category:
                category = get_category(mod.category).id
        return NameMatch(
            rule=f"lexicon:{rule.id}",
            category=category,
            entity=None if hashed else rule.entity,
            confidence=round(confidence, 3),
            hashed=hashed,
            notes=tuple(notes),
        )
    return None
