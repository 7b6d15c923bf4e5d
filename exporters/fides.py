"""The data map as Fides and W3C DPV speak it, and a Fides dataset read back.

`fides_document` writes fideslang Datasets (one per source, one collection per container,
a field per personal field, nested on the dots of JSON paths) with each field's fideslang
data category (rules/categories.yaml); `dpv_document` the same map as JSON-LD with DPV terms.
`read_fides` reads a Fides dataset file into data-map entries: validated against
exporters/schema/fides-dataset.schema.json (fideslang's models) and fideslang's taxonomy
(rules/fideslang.yaml), each fideslang key mapped back to pdmap's category. Only names
leave or enter here (sources, containers, fields, categories), never a value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import orjson
import yaml

from scanner.core.categories import Category, load_categories
from scanner.core.validator import first_error, nearest
from scanner.core.yamlfile import load_yaml

FIDES_SCHEMA_FILE = "fides-dataset.schema.json"
GENERIC_FIDES = "user"  # a personal field whose category is not known
NOT_PERSONAL_ROOT = "system"  # fideslang's system data: not about a person
_PDMAP_NOTE = re.compile(r"\(pdmap ([a-z_]+(?:\.[a-z_]+)?)\)")


class FidesError(ValueError):
    """A Fides file pdmap cannot read: one line naming the file and the field."""


@dataclass(frozen=True)
class MappedField:
    """One field of the data map as it leaves pdmap: where, what, why."""

    source: str
    container: str
    field: str
    category: str | None  # a pdmap category id or family; None: personal, category unknown
    purpose: str | None = None
    legal_basis: str | None = None
    retention: str | None = None
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportedField:
    """One field of a Fides dataset: its collection, its dotted name and pdmap's category."""

    source: str
    container: str
    field: str
    category: str | None
    where: str  # `dataset shop, collection users, field address.city`
    fides_keys: tuple[str, ...]
    note: str | None = None  # how several or unmapped keys were resolved


# --- the taxonomies ----------------------------------------------------------------------


@lru_cache(maxsize=1)
def fideslang_keys() -> dict[str, str]:
    """fideslang's data categories (fides_key -> name), from rules/fideslang.yaml."""
    text = resources.files("rules").joinpath("fideslang.yaml").read_text(encoding="utf-8")
    return {str(k): str(v) for k, v in load_yaml(text)["data_categories"].items()}


@lru_cache(maxsize=1)
def fideslang_to_pdmap() -> dict[str, str]:
    """fides_key -> the pdmap category or family it reads as (rules/fideslang.yaml)."""
    text = resources.files("rules").joinpath("fideslang.yaml").read_text(encoding="utf-8")
    return {str(k): str(v) for k, v in load_yaml(text)["pdmap"].items()}


@lru_cache(maxsize=1)
def fides_schema() -> dict[str, Any]:
    data: dict[str, Any] = orjson.loads(
        resources.files("exporters").joinpath("schema", FIDES_SCHEMA_FILE).read_bytes())
    return data


def _members(category: str) -> list[Category]:
    """The categories an id or a family (`contact`) stands for."""
    cats = load_categories()
    if category in cats:
        return [cats[category]]
    return [c for c in cats.values() if c.family == category]


def _common_prefix(keys: Iterable[str]) -> str:
    parts = [k.split(".") for k in keys]
    common: list[str] = []
    for level in zip(*parts, strict=False):
        if len(set(level)) != 1:
            break
        common.append(level[0])
    return ".".join(common)


def fideslang_of(category: str | None) -> str:
    """The fideslang key of a pdmap category; of a family, the nearest key over all of
    its members' (`contact` -> `user.contact`); `user` when the category is unknown."""
    members = _members(category) if category else []
    if not members:
        return GENERIC_FIDES
    key = _common_prefix(c.fideslang for c in members) or GENERIC_FIDES
    while key not in fideslang_keys() and "." in key:
        key = key.rsplit(".", 1)[0]
    return key


def dpv_of(category: str | None) -> str:
    """The DPV term of a pdmap category; a family or an unknown one: dpv:PersonalData."""
    cats = load_categories()
    return cats[category].dpv if category in cats else "dpv:PersonalData"


def pdmap_of(key: str, hint: str | None = None) -> tuple[str | None, str | None]:
    """(pdmap category, note) for a fideslang key: what rules/fideslang.yaml's `pdmap:`
    reads it as, or what its nearest listed parent reads as (noted); (None, None) when
    neither it nor a parent is listed. A hint (the category pdmap wrote in the field's
    description) wins when its fideslang key is the one met (a category sharing its key
    with others: financial.invoicing_address, special.trade_union)."""
    table = fideslang_to_pdmap()
    cats = load_categories()
    at = key
    while True:
        if hint in cats and cats[hint].fideslang == at:
            return hint, None if at == key else f"{key} read as {at}: {hint}"
        if at in table:
            chosen = table[at]
            return chosen, None if at == key else f"{key} read as {at}: {chosen}"
        if "." not in at:
            return None, None
        at = at.rsplit(".", 1)[0]


# --- writing -----------------------------------------------------------------------------


def fides_key(name: str) -> str:
    """A FidesKey (letters, digits, _ . < > -) for a source name."""
    return re.sub(r"[^a-zA-Z0-9_.<>-]", "_", name) or "_"


def _description(f: MappedField) -> str:
    cat = load_categories().get(f.category or "")
    what = f"{cat.name} (pdmap {cat.id})" if cat else (
        f"Personal data (pdmap {f.category})" if f.category else "Personal data")
    said = [f"{label}: {value}" for label, value in (
        ("Purpose", f.purpose), ("legal basis", f.legal_basis), ("retention", f.retention),
        ("recipients", ", ".join(f.recipients))) if value]
    return what + (". " + "; ".join(said) if said else "")


def _tree(fields: list[MappedField]) -> list[dict[str, Any]]:
    """Fides fields, nested on the dots of their names (JSON paths). When a name is both a
    value and an object in the data (fideslang refuses categories on an object field), the
    container's fields stay flat, under their whole names."""
    leaves = {f.field: f for f in fields}
    nodes: dict[str, Any] = {}
    for name in sorted(leaves):
        *parents, last = name.split(".")
        at = nodes
        for part in parents:
            at = at.setdefault(part, {})
            if not isinstance(at, dict):
                return _emit(leaves)
        if last in at:
            return _emit(leaves)
        at[last] = leaves[name]
    return _emit(nodes)


def _emit(nodes: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for name in sorted(nodes):
        node = nodes[name]
        if isinstance(node, MappedField):
            out.append({"name": name, "description": _description(node),
                        "data_categories": [fideslang_of(node.category)]})
        else:
            out.append({"name": name, "fields": _emit(node)})
    return out


def fides_document(fields: Iterable[MappedField]) -> dict[str, Any]:
    """`{dataset: [...]}`: one Dataset per source, one collection per container."""
    by_source: dict[str, dict[str, list[MappedField]]] = {}
    for f in fields:
        by_source.setdefault(f.source, {}).setdefault(f.container, []).append(f)
    datasets = []
    for source in sorted(by_source):
        containers = by_source[source]
        datasets.append({
            "fides_key": fides_key(source),
            "name": source,
            "description": f"Personal data pdmap found in source {source!r}, with the "
                           "categories of its data map.",
            "meta": {"pdmap_source": source},
            "collections": [{"name": c, "fields": _tree(containers[c])}
                            for c in sorted(containers)],
        })
    return {"dataset": datasets}


def render_fides(doc: dict[str, Any]) -> str:
    header = ("# Fides datasets (fideslang Dataset) written by `pdmap datamap export --format "
              "fides`\n# from the last scan's personal fields and pdmap.yaml's data map.\n")
    return header + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)


DPV_CONTEXT = {
    "dpv": "https://w3id.org/dpv#",
    "pd": "https://w3id.org/dpv/pd#",
    "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
    "dct": "http://purl.org/dc/terms/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
}
# GDPR art. 6(1) bases as a data map may word them -> their DPV EU-GDPR terms
_LEGAL_BASES = (
    (re.compile(r"6\s*\(1\)\s*\(?a|\bconsent", re.I), "eu-gdpr:A6-1-a"),
    (re.compile(r"6\s*\(1\)\s*\(?b|\bcontract", re.I), "eu-gdpr:A6-1-b"),
    (re.compile(r"6\s*\(1\)\s*\(?c|legal obligation", re.I), "eu-gdpr:A6-1-c"),
    (re.compile(r"6\s*\(1\)\s*\(?d|vital interest", re.I), "eu-gdpr:A6-1-d"),
    (re.compile(r"6\s*\(1\)\s*\(?e|public interest|official authority", re.I), "eu-gdpr:A6-1-e"),
    (re.compile(r"6\s*\(1\)\s*\(?f|legitimate interest", re.I), "eu-gdpr:A6-1-f"),
)


def legal_basis_term(text: str) -> str | None:
    """The DPV term of a legal basis written in words (`contract (GDPR art. 6(1)(b))`)."""
    return next((term for rx, term in _LEGAL_BASES if rx.search(text)), None)


def _iri(*parts: str) -> str:
    return "urn:pdmap:" + ":".join(re.sub(r"[^A-Za-z0-9._~*()!$'-]",
                                          lambda m: f"%{ord(m.group()):02X}", p)
                                   for p in parts)


def dpv_document(fields: Iterable[MappedField]) -> dict[str, Any]:
    """JSON-LD: one dpv:Process per personal field, with dpv:hasPersonalData (a pd: term),
    and dpv:hasPurpose, dpv:hasLegalBasis, dpv:hasDuration, dpv:hasRecipient when the data
    map declares them."""
    graph = []
    for f in sorted(fields, key=lambda f: (f.source, f.container, f.field)):
        node: dict[str, Any] = {
            "@id": _iri(f.source, f.container, f.field),
            "@type": "dpv:Process",
            "rdfs:label": f"{f.source} {f.container} {f.field}",
            "dpv:hasPersonalData": {"@id": dpv_of(f.category)},
        }
        if f.purpose:
            node["dpv:hasPurpose"] = {"@type": "dpv:Purpose", "dct:description": f.purpose}
        if f.legal_basis:
            term = legal_basis_term(f.legal_basis)
            node["dpv:hasLegalBasis"] = (
                {"@id": term} if term
                else {"@type": "dpv:LegalBasis", "dct:description": f.legal_basis})
        if f.retention:
            node["dpv:hasDuration"] = {"@type": "dpv:Duration", "dct:description": f.retention}
        if f.recipients:
            node["dpv:hasRecipient"] = [{"@type": "dpv:Recipient", "rdfs:label": r}
                                        for r in f.recipients]
        graph.append(node)
    return {"@context": DPV_CONTEXT, "@graph": graph}


def render_dpv(doc: dict[str, Any]) -> str:
    return orjson.dumps(doc, option=orjson.OPT_INDENT_2).decode() + "\n"


# --- reading -----------------------------------------------------------------------------


def _walk_fields(fields: list[dict[str, Any]], prefix: str, path: str,
                 inherited: list[str]) -> Iterator[tuple[str, str, list[str], str | None]]:
    """(dotted name, key path, data categories, description) of every leaf field."""
    for i, raw in enumerate(fields):
        name = f"{prefix}{raw['name']}"
        here = f"{path}.fields[{i}]"
        own = list(raw.get("data_categories") or ())
        if raw.get("fields"):
            yield from _walk_fields(raw["fields"], name + ".", here, own or inherited)
        else:
            yield name, here, own or inherited, raw.get("description")


def _unique(names: list[str], what: str, where: str) -> None:
    seen: set[str] = set()
    for n in names:
        if n in seen:
            raise FidesError(f"{where}: two {what} named {n!r} (fideslang refuses duplicates)")
        seen.add(n)


def read_fides(text: str, filename: str) -> list[ImportedField]:
    """The fields of a Fides dataset file that hold personal data, as data-map entries.

    A field's categories are its own `data_categories`, else its nearest parent's
    (object field, collection, dataset). Keys under `system` are not about a person: a
    field with only those is left out. FidesError (one line, file and field) on a file
    fideslang would refuse, an unknown fideslang key, or one with no pdmap equivalent."""
    try:
        data = load_yaml(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise FidesError(f"{filename}{f' line {mark.line + 1}' if mark else ''}: "
                         "not valid YAML") from None
    error = first_error(data, fides_schema())
    if error:
        path, message = error
        raise FidesError(f"{filename}: {path or 'the file'}: {message}")
    keys = fideslang_keys()
    out: list[ImportedField] = []
    for d, ds in enumerate(data["dataset"]):
        meta = ds.get("meta") or {}
        source = str(meta.get("pdmap_source") or ds["fides_key"])
        _unique([c["name"] for c in ds["collections"]], "collections",
                f"{filename}: dataset {ds['fides_key']}")
        for c, coll in enumerate(ds["collections"]):
            base = list(coll.get("data_categories") or ds.get("data_categories") or ())
            _unique([f["name"] for f in coll["fields"]], "fields",
                    f"{filename}: dataset {ds['fides_key']}, collection {coll['name']}")
            path = f"dataset[{d}].collections[{c}]"
            for name, key_path, categories, description in _walk_fields(
                    coll["fields"], "", path, base):
                where = f"dataset {ds['fides_key']}, collection {coll['name']}, field {name}"
                item = _imported(filename, where, key_path, source, coll["name"], name,
                                 categories, description, keys)
                if item is not None:
                    out.append(item)
    return out


def _imported(filename: str, where: str, key_path: str, source: str, container: str,
              field: str, categories: list[str], description: str | None,
              keys: dict[str, str]) -> ImportedField | None:
    for key in categories:
        if key not in keys:
            raise FidesError(f"{filename}: {where} ({key_path}): unknown fideslang data "
                             f"category {key!r}{nearest(key, list(keys), listing=False)}")
    personal = [k for k in dict.fromkeys(categories)
                if k != NOT_PERSONAL_ROOT and not k.startswith(NOT_PERSONAL_ROOT + ".")]
    if not personal:
        return None
    hint = m.group(1) if (m := _PDMAP_NOTE.search(description or "")) else None
    mapped: list[str] = []
    notes: list[str] = []
    for key in personal:
        category, note = pdmap_of(key, hint)
        if category is None:
            raise FidesError(f"{filename}: {where} ({key_path}): fideslang data category "
                             f"{key!r} has no pdmap equivalent, nor has any of its parents")
        if note:
            notes.append(note)
        if category not in mapped:
            mapped.append(category)
    families = {m.split(".", 1)[0] for m in mapped}
    chosen = mapped[0] if len(mapped) == 1 else families.pop() if len(families) == 1 else None
    if len(mapped) > 1:
        notes.append(f"{', '.join(mapped)}: declared as {chosen or 'personal, no category'}")
    return ImportedField(source=source, container=container, field=field, category=chosen,
                         where=where, fides_keys=tuple(personal), note="; ".join(notes) or None)

