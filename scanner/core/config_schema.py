"""The schema of pdmap.yaml (JSON Schema, draft 2020-12).

One source of truth: `build_schema()` declares every key the loader accepts (types,
ranges, enums, required keys, defaults, descriptions), and the options of each connector,
keyed by URL scheme, come from their dataclasses (scanner.core.options). `scanner.core.config`
checks a config with `first_error()` (scanner.core.validator) against it before building
anything; the file shipped for editors, `scanner/core/pdmap.schema.json`, is its JSON text
(`python -m scanner.core.config_schema` writes it; a test checks it is current).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from scanner.core import validator
from scanner.core.options import (
    DEFAULT_REGION,
    SCHEME_OPTIONS,
    flag,
    options_schema,
    region,
    text,
    whole,
)
from scanner.core.validator import Error, Schema

DEFAULT_INDEX = "sqlite:///.pdmap/index.db"
DEFAULT_KEY_FILE = ".pdmap/key"
DEFAULT_SAMPLE_SIZE = 200
LANGUAGES = ("en", "fr")
LINK_ROLES = ("owner", "reference", "ignore")
# A person plausibly has a few e-mails, phones, accounts: more in one subject suggests
# people merged by mistake (docs/subjects.md, "Over-merged subjects").
DEFAULT_SUBJECT_LIMITS = {"email": 5, "phone": 5, "iban": 5, "card": 5, "national_id": 3,
                          "passport": 3}

SCHEMA_FILE = Path(__file__).with_name("pdmap.schema.json")


def globs(description: str, default: list[str]) -> Schema:
    return {"description": description, "type": ["string", "array", "null"],
            "items": {"type": "string"}, "default": default,
            "x-messages": {"type": "expected a glob or a list of globs"}}


def _scheme_pattern(schemes: tuple[str, ...]) -> str:
    if schemes == ("file",):  # a URL without "://" is a plain path: a local folder
        return r"^(file(\+[^:/]*)?://|(?!.*://))"
    return rf"^({'|'.join(schemes)})(\+[^:/]*)?://"


# -- pdmap.yaml ----------------------------------------------------------------------------


def _source() -> Schema:
    return {
        "description": "A source to scan: a mapping with its URL, or the URL alone.",
        "type": "object",
        "additionalProperties": False,
        "required": ["url"],
        "properties": {
            "name": text("The source's name in the index, reports and packages (unique); "
                         "derived from the URL when absent."),
            "url": text("sqlite:///shop.db, postgresql://user@host/db, mysql://..., "
                        "imaps://user@host/INBOX, mbox://mail/in.mbox, maildir://..., "
                        "eml://..., file://folder or a plain path, s3://bucket/prefix. Never "
                        "a password: it comes from the environment. Relative paths are "
                        "relative to this file."),
            "include": globs("Globs on container names (schema.table, folder, key) to scan.",
                             ["*"]),
            "exclude": globs("Globs on container names to leave out.", []),
            "sample_size": whole("Rows (or records) sampled per container; the top-level "
                                 "sample_size by default.", None, 1),
            "options": {"description": "The connector's options (see docs/config.md); "
                        "checked against the URL's scheme.", "type": ["object", "null"],
                        "x-messages": {"type": "expected a mapping of options"}},
            "password_env": {
                "description": "The environment variable that holds the password (default "
                               "PDMAP_PASSWORD_<NAME>).",
                "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$",
                "x-messages": {"pattern": "expected the name of an environment variable"}},
            "write_url": text("pdmap erase --apply only: the URL to write through (a user "
                              "allowed to delete and update), apart from the scan's "
                              "read-only one. Never a password."),
            "write_password_env": {
                "description": "pdmap erase --apply only: the environment variable that holds "
                               "the write password (with `url`, or `write_url`).",
                "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$",
                "x-messages": {"pattern": "expected the name of an environment variable"}},
        },
        "allOf": [
            {"if": {"required": ["url"], "properties": {
                "url": {"type": "string", "pattern": _scheme_pattern(schemes)}}},
             "then": {"properties": {"options": {"$ref": f"#/$defs/options-{group}"}}}}
            for group, (schemes, _opts) in SCHEME_OPTIONS.items()
        ],
        "x-messages": {"required": "expected a mapping with a 'url'"},
    }


def _datamap_entry(categories: list[str]) -> Schema:
    return {
        "description": "A declared field (what it holds, why it is kept, for how long), a "
                       "field that is not personal (with a reason), or a path `pdmap check` "
                       "ignores (with a reason).",
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "container": text("Glob on the container (schema.table, folder, prefix)."),
            "field": text("Glob on the field name."),
            "category": {"description": "A category of rules/categories.yaml, or a family "
                                        "(contact, identity...).",
                         "type": ["string", "null"], "enum": [*categories, None],
                         "x-messages": {"enum": "is not a category of rules/categories.yaml"}},
            "source": text("Glob on the source name.", "*"),
            "purpose": text("Why the field is kept.", nullable=True),
            "legal_basis": text("The legal basis (GDPR art. 6).", nullable=True),
            "retention": {
                "description": "For how long it is kept: a description, or a period the "
                               "rows are kept after a date column (`pdmap retention` checks it).",
                "anyOf": [text("For how long it is kept.", nullable=True),
                          {"$ref": "#/$defs/retention"}],
                "x-messages": {"anyOf": "expected a description or `{period: P3Y, after: "
                                        "COLUMN}`"}},
            "recipients": {"description": "Who receives it.", "type": ["array", "null"],
                           "items": {"type": "string"}},
            "personal": flag("false: a suppression (the field is not personal); needs a "
                             "reason.", True),
            "reason": text("Why a suppression or an ignored path is right.", nullable=True),
            "path": text("Glob on repository paths that `pdmap check` ignores; needs a "
                         "reason."),
        },
        "allOf": [
            {"if": {"required": ["path"]},
             "then": {"required": ["reason"],
                      "x-messages": {"required": "an ignored path needs a 'reason'"}},
             "else": {"required": ["container", "field"], "x-messages": {
                 "required": "expected a mapping with 'container' and 'field'"}}},
            {"if": {"required": ["personal"], "properties": {"personal": {"const": False}}},
             "then": {"required": ["reason"], "x-messages": {
                 "required": "a field marked not personal needs a 'reason'"}}},
        ],
    }


def _retention() -> Schema:
    return {
        "description": "Rows are kept `period` after the date in their column `after`.",
        "type": "object",
        "additionalProperties": False,
        "required": ["period", "after"],
        "properties": {
            "period": {"description": "An ISO 8601 duration in years, months, weeks, days "
                                      "(P3Y, P13M, P2Y6M, P30D).",
                       "type": "string", "pattern": r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$",
                       "x-messages": {"pattern": "expected an ISO 8601 period like P3Y, P13M "
                                                 "or P30D"}},
            "after": text("The date column of the same container the period runs from "
                          "(last_order_at)."),
            "description": text("The retention in words (what exports and reports print).",
                                nullable=True),
        },
        "x-messages": {"required": "expected a mapping with 'period' and 'after'"},
    }


def _minors() -> Schema:
    return {
        "description": "Who counts as a minor when their data was collected (docs/config.md).",
        "type": ["object", "null"],
        "additionalProperties": False,
        "properties": {
            "age": whole("Under this age at collection a subject is flagged a minor (18; 15 "
                         "is the French age of digital consent).", 18, 1, 25),
        },
    }


def _subjects(kinds: list[str]) -> Schema:
    return {
        "description": "How rows are tied to people (docs/subjects.md).",
        "type": ["object", "null"],
        "additionalProperties": False,
        "properties": {
            "max_identifiers": {
                "description": "Distinct strong identifiers of a kind one person plausibly "
                               "has; a subject with more is flagged and its export refused.",
                "type": ["object", "null"], "additionalProperties": False,
                "properties": {k: whole(f"Most {k} identifiers of one person.",
                                        DEFAULT_SUBJECT_LIMITS.get(k), 1) for k in kinds},
                "x-messages": {"additionalProperties": "unknown identifier kind"}},
            "links": {"description": "Corrections of the link plan (`pdmap subjects plan`).",
                      "type": ["array", "null"], "items": {"$ref": "#/$defs/link"}},
        },
    }


def _link() -> Schema:
    return {
        "description": "The link through `column` of `container` is ownership, a reference "
                       "or ignored; without a column, `ignore` leaves the container unlinked.",
        "type": "object",
        "additionalProperties": False,
        "required": ["container", "as"],
        "properties": {
            "container": text("Glob on schema.table."),
            "column": text("The column of the link."),
            "as": {"description": "The role of the link.", "type": "string",
                   "enum": list(LINK_ROLES)},
            "source": text("Glob on the source name.", "*"),
        },
        "allOf": [{"if": {"required": ["as"], "properties": {"as": {"enum": ["owner",
                                                                            "reference"]}}},
                   "then": {"required": ["column"], "x-messages": {
                       "required": "'as: owner' and 'as: reference' need the link's 'column'"}}}],
        "x-messages": {"required": "expected a mapping with 'container' and 'as'"},
    }


def _check() -> Schema:
    return {
        "description": "How `pdmap check` reads the schema files of a repository (docs/ci.md).",
        "type": ["object", "null"],
        "additionalProperties": False,
        "properties": {
            "sql_dialects": {
                "description": "The sqlglot dialect of .sql files, by path: the first entry "
                               "whose glob matches names it. A file's own `-- dialect:` "
                               "comment wins; `--dialect` is for the files no entry matches.",
                "type": ["array", "null"], "items": {"$ref": "#/$defs/sql-dialect"},
                "x-messages": {"type": "expected a list of `{path: GLOB, dialect: NAME}`"}},
        },
    }


def _executor() -> Schema:
    return {
        "description": "Where `pdmap scan` prepares its units (docs/scale.md): worker "
                       "processes of this machine, or a Dask cluster.",
        "type": ["object", "null"],
        "additionalProperties": False,
        "properties": {
            "workers": whole("Worker processes (default: the machine's cores; 1: the scan's "
                             "own process only).", None, 1),
            "scheduler": {"description": "A Dask scheduler's address (tcp://host:8786): the "
                                         "units run on its workers; the index must then be "
                                         "PostgreSQL.",
                          "type": ["string", "null"], "pattern": "^[a-z+]+://",
                          "x-messages": {"pattern": "expected an address like "
                                                    "tcp://host:8786"}},
        },
    }


def _sql_dialect() -> Schema:
    return {
        "description": "The sqlglot dialect of the .sql files whose path matches a glob.",
        "type": "object",
        "additionalProperties": False,
        "required": ["path", "dialect"],
        "properties": {
            "path": text("Glob on repository-relative paths (`analytics/*.sql`; `*` crosses "
                         "folders), as a data-map `path`."),
            "dialect": {"description": "A sqlglot dialect (clickhouse, bigquery, snowflake, "
                                       "postgres, mysql, tsql...).",
                        "type": "string", "pattern": "^[A-Za-z0-9]+$",
                        "x-messages": {"pattern": "expected the name of a sqlglot dialect"}},
        },
        "x-messages": {"required": "expected a mapping with 'path' and 'dialect'"},
    }


def _controller() -> Schema:
    return {
        "description": "Who answers access requests: copied as is into portability "
                       "packages, and what their index.html tells the person (any other key "
                       "is kept too).",
        "type": ["object", "null"],
        "properties": {
            "name": text("The controller's name."),
            "address": text("Its postal address."),
            "contact": text("Where people write to exercise their rights (an e-mail or web "
                            "address)."),
            "dpo": text("The data protection officer: name and how to reach them."),
            "supervisory_authority": {
                "description": "The authority people may complain to; index.html names it.",
                "type": "object",
                "additionalProperties": False,
                "required": ["name"],
                "properties": {"name": text("Its name (CNIL)."),
                               "url": {"description": "Its web address "
                                                      "(https://www.cnil.fr/fr/plaintes).",
                                       "type": "string", "pattern": "^https?://",
                                       "x-messages": {"pattern": "expected an http(s):// "
                                                                 "address"}}},
                "x-messages": {"required": "expected a mapping with 'name' (and 'url')"},
            },
            "language": {"description": "The language of a package's index.html "
                                        "(`pdmap export --lang` overrides it).",
                         "enum": list(LANGUAGES), "default": "en"},
        },
    }


def build_schema() -> Schema:
    """The JSON Schema of pdmap.yaml; categories and identifier kinds come from
    rules/categories.yaml."""
    from scanner.core.categories import load_categories  # lazily: it imports scanner.core.config
    from scanner.core.types import WEAK_IDENTIFIER_KINDS

    cats = list(load_categories().values())
    categories = list(dict.fromkeys([c.id for c in cats] + [c.family for c in cats]))
    kinds = list(dict.fromkeys(c.identifier for c in cats
                               if c.identifier and c.identifier not in WEAK_IDENTIFIER_KINDS))
    defs: Schema = {"source": _source(), "datamap-entry": _datamap_entry(categories),
                    "link": _link(), "sql-dialect": _sql_dialect(),
                    "retention": _retention()}
    for group in SCHEME_OPTIONS:
        defs[f"options-{group}"] = options_schema(group)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "pdmap.yaml",
        "description": "The configuration of pdmap: index, key, languages, sources and the "
                       "data map. Secrets never go here. Generated by "
                       "scanner/core/config_schema.py.",
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "index": text("Where the inventory index lives: a SQLAlchemy URL (relative SQLite "
                          "paths are relative to this file).", DEFAULT_INDEX),
            "key_file": text("The HMAC key file (mode 0600); PDMAP_KEY overrides it.",
                             DEFAULT_KEY_FILE),
            "languages": {"description": "Languages of name recognition in free text.",
                          "type": ["array", "null"], "items": {"enum": list(LANGUAGES)},
                          "default": list(LANGUAGES)},
            "default_region": region("The region of phone numbers written without a country "
                                     "code (ISO 3166 alpha-2: FR, BE, GB, US...).",
                                     DEFAULT_REGION),
            "sample_size": whole("Rows (or records) sampled per container to judge each field.",
                                 DEFAULT_SAMPLE_SIZE, 1),
            "controller": _controller(),
            "sources": {"description": "The sources `pdmap scan` reads.",
                        "type": ["array", "null"],
                        "items": {"anyOf": [text("A source URL."), {"$ref": "#/$defs/source"}],
                                  "x-messages": {"anyOf": "expected a source URL or a "
                                                            "mapping with a 'url'"}},
                        "x-messages": {"type": "expected a list of sources (`- url: ...`)"}},
            "datamap": {"description": "The declared fields; `pdmap check` fails on personal "
                                       "fields missing here.", "type": ["array", "null"],
                        "items": {"$ref": "#/$defs/datamap-entry"},
                        "x-messages": {"type": "expected a list of entries"}},
            "subjects": _subjects(kinds),
            "check": _check(),
            "executor": _executor(),
            "minors": _minors(),
        },
        "x-messages": {"type": "expected a YAML mapping (index, sources, datamap...)"},
        "$defs": defs,
    }


@cache
def schema() -> Schema:
    return build_schema()


def schema_text() -> str:
    return json.dumps(schema(), indent=2, ensure_ascii=False) + "\n"


def first_error(instance: Any, root: Schema | None = None) -> Error | None:
    """The first place where `instance` breaks the schema (pdmap.yaml's by default), in
    document order."""
    return validator.first_error(instance, schema() if root is None else root)


if __name__ == "__main__":  # pragma: no cover - `python -m scanner.core.config_schema`
    SCHEMA_FILE.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_FILE}")
