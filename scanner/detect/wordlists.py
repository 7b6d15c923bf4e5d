"""The lexicon's data (rules/lexicon.yaml): name rules, word lists, and what a table's name
says its rows are (people, conversations, records of people, things).

scanner.detect.lexicon matches field names against it.
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
    needs: str | None = None  # context that must hold: address, card or conversation
    key_ok: bool = False  # a key suffix (_id, _fk) is part of what it names (author_id)
    rest_allowed: frozenset[str] | None = None  # the only words allowed beside the phrase


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
    conversation_containers: frozenset[str]
    related_containers: frozenset[str]
    card_words: frozenset[str]
    otp_words: frozenset[str]
    one_time_words: frozenset[str]
    key_tokens: frozenset[str]
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


def singular(token: str) -> str:
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
            needs=raw.get("needs"),
            key_ok=bool(raw.get("key_ok", False)),
            rest_allowed=_words(raw["rest_allowed"]) if "rest_allowed" in raw else None,
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
        conversation_containers=_words(data.get("conversation_containers")),
        related_containers=_words(data.get("related_containers")),
        card_words=_words(data.get("card_words")),
        otp_words=_words(data.get("otp_words")),
        one_time_words=_words(data.get("one_time_words")),
        key_tokens=_words(data.get("key_tokens")),
        modifiers=modifiers,
    )


def container_tokens(container: str) -> set[str]:
    """Tokens of the container's last segment (`public.customers` -> customer(s))."""
    last = container.replace("\\", "/").split("/")[-1].split(".")[-1] if container else ""
    toks = tokenize(last)
    return set(toks) | {singular(t) for t in toks}


PERSON, CONVERSATION, RELATED, OBJECT, UNKNOWN = (
    "person", "conversation", "related", "object", "unknown")


def _kind_of_word(lex: Lexicon, word: str) -> str | None:
    for kind, words in ((PERSON, lex.person_containers),
                        (CONVERSATION, lex.conversation_containers),
                        (RELATED, lex.related_containers),
                        (OBJECT, lex.object_containers)):
        if word in words:
            return kind
    return None


def _head_kind(lex: Lexicon, head: str) -> str | None:
    """What the head word of a table name says; a glued Django model name (`socialapp`,
    `emailtemplate`) is read by the longest known word it ends with."""
    kind = _kind_of_word(lex, head)
    if kind is not None or len(head) < 5:
        return kind
    known = (lex.person_containers | lex.conversation_containers | lex.related_containers
             | lex.object_containers)
    for size in range(len(head) - 2, 2, -1):  # a prefix of two letters at least (myuser)
        tail = head[-size:]
        if tail in known:
            return _kind_of_word(lex, tail)
    return None


@lru_cache(maxsize=4096)
def container_kind(container: str) -> str:
    """What a row of the container is: a person, a conversation (tickets, posts, messages),
    something related to a person (orders, payments, bookings), an object (products,
    settings, lookups), or unknown. The head noun decides (`ab_user_role` holds roles,
    `shop_order` orders); without a known head, any person or object word in the name."""
    if not container:
        return UNKNOWN
    lex = load_lexicon()
    last = container.replace("\\", "/").split("/")[-1].split(".")[-1]
    toks = [singular(t) for t in tokenize(last) if not t.isdigit()]
    if not toks:
        return UNKNOWN
    kind = _head_kind(lex, toks[-1]) or _head_kind(lex, tokenize(last)[-1])
    if kind is not None:
        return kind
    words = set(toks)
    if words & lex.person_containers and not words & lex.object_containers:
        return PERSON
    if words & lex.object_containers:
        return OBJECT
    return UNKNOWN


def is_person_container(container: str) -> bool:
    return container_kind(container) == PERSON
