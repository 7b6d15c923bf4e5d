"""`pdmap datamap export` and `pdmap datamap import`: the data map to and from Fides (and
to W3C DPV), exporters/fides.py doing the formats.

Export reads the last scan's personal fields with the data-map entry of each (the first
that matches, as `pdmap check` reads them). Import adds a Fides dataset's fields to
pdmap.yaml's `datamap:` by editing its text, so every comment and every other line stays
as it was; an entry that already matches a field with another category is a conflict,
reported and left alone unless `replace`.
"""

from __future__ import annotations

import difflib
import fnmatch
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from exporters.fides import (
    ImportedField,
    MappedField,
    dpv_document,
    fides_document,
    read_fides,
    render_dpv,
    render_fides,
)
from scanner.check.gate import categories_agree, container_matches, match_entry
from scanner.core.config import Config, ConfigError, DataMapEntry, load_config

FORMATS = ("fides", "dpv")


class NoScanError(Exception):
    """The index holds no scan yet: there is no data map to export."""


def _glob(pattern: str, name: str) -> bool:
    return fnmatch.fnmatchcase(name.lower(), pattern.lower())


def _specific(a: str, b: str) -> str:
    """Of two categories that agree (equal, or family and member), the narrower."""
    return a if len(a) >= len(b) else b


def mapped_fields(config: Config, index_url: str,
                  notes: Callable[[str], None] | None = None) -> list[MappedField]:
    """Every field the last scan found personal, except those the data map says are not,
    with the category, purpose, legal basis, retention and recipients of its entry. A
    declared category that disagrees with the scan's is noted and the scan's kept."""
    out: list[MappedField] = []
    for f in _last_scan_fields(index_url):
        if not f["personal"]:
            continue
        entries = [e for e in config.datamap if e.path is None and _glob(e.source, f["source"])]
        entry = match_entry(entries, f["container"], f["field"])
        if entry is not None and not entry.personal:
            continue
        found: str | None = f["category"]
        category = found
        if entry is not None and entry.category:
            if found is None or categories_agree(entry.category, found):
                category = _specific(entry.category, found or "")
            elif notes is not None:
                notes(f"{f['source']} {f['container']}.{f['field']}: declared "
                      f"{entry.category}, found {found}: exported as found")
        out.append(MappedField(
            source=f["source"], container=f["container"], field=f["field"], category=category,
            purpose=entry.purpose if entry else None,
            legal_basis=entry.legal_basis if entry else None,
            retention=entry.retention if entry else None,
            recipients=entry.recipients if entry else ()))
    return out


def _last_scan_fields(index_url: str) -> list[dict[str, Any]]:
    from scanner.index.store import Index

    index = Index(index_url, create=False)
    try:
        scan = index.last_scan()
        if scan is None:
            raise NoScanError(f"{index.describe()}: no scan yet (run 'pdmap scan')")
        return list(index.scan_fields(scan["id"]))
    finally:
        index.close()


def export_datamap(config: Config, index_url: str, fmt: str,
                   notes: Callable[[str], None] | None = None) -> str:
    """The last scan's data map as a Fides dataset file (YAML) or DPV JSON-LD."""
    fields = mapped_fields(config, index_url, notes)
    if fmt == "fides":
        return render_fides(fides_document(fields))
    if fmt == "dpv":
        return render_dpv(dpv_document(fields))
    raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")


# --- import ------------------------------------------------------------------------------


def glob_literal(name: str) -> str:
    """A glob that matches `name` only (its `[` and `?` escaped; `*` matches itself)."""
    return re.sub(r"[\[?]", lambda m: f"[{m.group()}]", name)


@dataclass
class ImportResult:
    lines: list[str] = field(default_factory=list)  # what happened, one line a field
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    conflicts: int = 0
    diff: str = ""  # unified diff of pdmap.yaml
    written: bool = False


def _flow(mapping: dict[str, Any]) -> str:
    return yaml.safe_dump(mapping, default_flow_style=True, sort_keys=False,
                          allow_unicode=True, width=10_000).strip()


def _entry_text(f: ImportedField, source: str | None) -> str:
    entry: dict[str, Any] = {"container": glob_literal(f.container),
                             "field": glob_literal(f.field), "category": f.category}
    chosen = f.source if source is None else source
    if chosen != "*":
        entry = {"source": chosen, **entry}
    return _flow(entry)


def _describe(f: ImportedField) -> str:
    return f"{f.container} {f.field}"


class _Editor:
    """Edits to the text of pdmap.yaml, made at the places yaml.compose gives."""

    def __init__(self, text: str, filename: str) -> None:
        self.text = text
        try:
            root = yaml.compose(text, Loader=yaml.SafeLoader)  # pure Python: char offsets
        except yaml.YAMLError:
            raise ConfigError(f"{filename}: not valid YAML") from None
        self.key: yaml.Node | None = None
        self.seq: yaml.Node | None = None
        if isinstance(root, yaml.MappingNode):
            for k, v in root.value:
                if k.value == "datamap":
                    self.key, self.seq = k, v
        self.edits: list[tuple[int, int, int, str]] = []  # (start, order, end, new text)
        self.appended: list[str] = []

    def items(self) -> list[yaml.Node]:
        return list(self.seq.value) if isinstance(self.seq, yaml.SequenceNode) else []

    def _edit(self, start: int, end: int, new: str) -> None:
        self.edits.append((start, len(self.edits), end, new))

    def set_category(self, item: yaml.Node, category: str | None) -> bool:
        """Change the `category:` value of an entry; False when it has none."""
        if not isinstance(item, yaml.MappingNode):
            return False
        for k, v in item.value:
            if k.value == "category" and isinstance(v, yaml.ScalarNode):
                self._edit(v.start_mark.index, v.end_mark.index, _flow({"x": category})[4:-1])
                return True
        return False

    def insert_before(self, item: yaml.Node, entry: str) -> None:
        assert self.seq is not None
        if isinstance(self.seq, yaml.SequenceNode) and self.seq.flow_style:
            self._edit(item.start_mark.index, item.start_mark.index, entry + ", ")
            return
        start = self.text.rfind("\n", 0, item.start_mark.index) + 1
        self._edit(start, start, " " * self.seq.start_mark.column + "- " + entry + "\n")

    def append(self, entry: str) -> None:
        self.appended.append(entry)

    def _end_of(self, node: yaml.Node) -> int:
        """Where the last line of a node's text ends (its trailing comment kept)."""
        end = node.end_mark.index
        if isinstance(node, yaml.MappingNode | yaml.SequenceNode) and not node.flow_style:
            children = [c for pair in node.value for c in
                        (pair if isinstance(pair, tuple) else (pair,))]
            end = max((self._end_of(c) for c in children), default=node.start_mark.index)
        if self.text[end - 1:end] == "\n":  # a block scalar (`|`) ends past its line break
            return end - 1
        nl = self.text.find("\n", end)
        return len(self.text) if nl < 0 else nl

    def result(self) -> str:
        edits = list(self.edits)
        if self.appended:
            edits.append(self._appending())
        text = self.text
        for start, _, end, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
            text = text[:start] + new + text[end:]
        return text

    def _appending(self) -> tuple[int, int, int, str]:
        order = len(self.edits)
        seq, key = self.seq, self.key
        if isinstance(seq, yaml.SequenceNode) and seq.value and not seq.flow_style:
            indent = " " * seq.start_mark.column
            at = self._end_of(seq.value[-1])
            return at, order, at, "".join(f"\n{indent}- {e}" for e in self.appended)
        if isinstance(seq, yaml.SequenceNode) and seq.value:  # [a, b]: before the bracket
            at = seq.end_mark.index - 1
            return at, order, at, "".join(f", {e}" for e in self.appended)
        block = "".join(f"\n  - {e}" for e in self.appended)
        if key is None:  # no datamap yet: a new section at the end
            sep = "" if not self.text or self.text.endswith("\n") else "\n"
            at = len(self.text)
            return at, order, at, f"{sep}\ndatamap:{block}\n"
        # `datamap:`, `datamap: []`, `datamap: null`: the rest of its line, comment kept
        line_end = self.text.find("\n", key.end_mark.index)
        line_end = len(self.text) if line_end < 0 else line_end
        rest = self.text[key.end_mark.index:line_end]
        m = re.fullmatch(r"\s*:\s*(?:\[\s*\]|null|Null|NULL|~)?\s*(#.*)?", rest)
        if m is None:
            raise ConfigError("datamap: expected a list of entries")
        comment = f"  {m.group(1)}" if m.group(1) else ""
        return key.end_mark.index, order, line_end, f":{comment}{block}"


def import_fides(config_path: Path, fides_file: Path, *, replace: bool = False,
                 dry_run: bool = False, source: str | None = None) -> ImportResult:
    """Add the personal fields of a Fides dataset file to pdmap.yaml's data map.

    A field no entry matches gets a new entry (container, field, category; `source` the
    dataset's pdmap source or fides_key unless given); one whose matching entry agrees
    is left alone; one whose entry declares another category, or says it is not personal,
    is a conflict: reported, and with `replace` the entry's category is changed (or, for a
    wider glob or an entry without one, a new entry is put before it)."""
    config = load_config(config_path)
    text = config_path.read_text(encoding="utf-8")
    imported = read_fides(fides_file.read_text(encoding="utf-8"), str(fides_file))
    editor = _Editor(text, str(config_path))
    items = editor.items()
    result = ImportResult()
    seen: set[tuple[str, str, str]] = set()
    for f in imported:
        where = (f.source if source is None else source, f.container.lower(), f.field.lower())
        if where in seen:
            continue
        seen.add(where)
        if f.note:
            result.lines.append(f"note: {_describe(f)}: {f.note}")
        index, entry = _matching(config.datamap, f, source)
        declared = f" ({entry.category})" if entry and entry.category else ""
        if entry is None:
            editor.append(_entry_text(f, source))
            result.added += 1
            result.lines.append(f"add: {_describe(f)}: {f.category or 'personal'}")
        elif entry.personal and categories_agree(entry.category, f.category):
            result.unchanged += 1
            result.lines.append(f"declared: {_describe(f)}: datamap[{index}]{declared}")
        elif not replace:
            result.conflicts += 1
            said = declared.strip(" ()") or "a category" if entry.personal else "not personal"
            result.lines.append(
                f"conflict: {_describe(f)}: datamap[{index}] says {said}, the dataset "
                f"{f.category or 'personal'} (left as it is; --replace to overwrite)")
        else:
            result.replaced += 1
            item = items[index] if index < len(items) else None
            exact = (entry.personal and entry.container.lower() == glob_literal(f.container).lower()
                     and entry.field.lower() == glob_literal(f.field).lower())
            if item is None or not (exact and editor.set_category(item, f.category)):
                if item is None:
                    raise ConfigError(f"{config_path}: datamap[{index}] not found in the text")
                editor.insert_before(item, _entry_text(f, source))
            result.lines.append(f"replace: {_describe(f)}: datamap[{index}]{declared} -> "
                                f"{f.category or 'personal'}")
    new_text = editor.result()
    result.diff = "".join(difflib.unified_diff(
        text.splitlines(keepends=True), new_text.splitlines(keepends=True),
        fromfile=str(config_path), tofile=str(config_path)))
    if new_text != text:
        _check_and_write(config_path, new_text, write=not dry_run)
        result.written = not dry_run
    return result


def _matching(datamap: tuple[DataMapEntry, ...], f: ImportedField,
              source: str | None) -> tuple[int, DataMapEntry | None]:
    """The first data-map entry for this field (path entries and other sources skipped)."""
    name = f.source if source is None else source
    for i, entry in enumerate(datamap):
        if entry.path is not None or not (_glob(entry.source, name) or name == "*"):
            continue
        if match_entry([entry], f.container, f.field) is not None \
                or (container_matches(entry.container, f.container)
                    and entry.field.lower() == glob_literal(f.field).lower()):
            return i, entry
    return -1, None


def _check_and_write(config_path: Path, text: str, *, write: bool) -> None:
    """Load the edited config as pdmap would (a mistake here must not reach the file),
    then replace the file in one rename."""
    fd, tmp = tempfile.mkstemp(prefix=".pdmap-import-", suffix=".yaml",
                               dir=config_path.resolve().parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        try:
            load_config(tmp)
        except ConfigError as e:
            raise ConfigError(str(e).replace(tmp, f"{config_path} (as edited)")) from None
        if write:
            os.chmod(tmp, config_path.stat().st_mode & 0o7777)
            os.replace(tmp, config_path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
