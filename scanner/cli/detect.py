"""`pdmap detect`: the scan's free-text detection on texts given by the user.

Each text (a line of plain text, or the `text` field of a JSON Lines record) gives one JSON
line: where the entities are (offsets in Python str indices of the text), never what they
are: the user has the text, the output holds no value of it.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

import click

from scanner.cli.common import Context, friendly_errors
from scanner.core.errors import EXIT_OK, EXIT_PARTIAL

if TYPE_CHECKING:
    from scanner.detect.base import Detector, Match

BATCH = 256  # texts per call to the detector (spaCy's nlp.pipe runs over the batch)
JSONL_SUFFIXES = (".jsonl", ".json")
STDIN = "-"


@dataclass(frozen=True, slots=True)
class _Text:
    source: str
    line: int
    text: str
    record_id: Any = None
    has_id: bool = False


@dataclass(frozen=True, slots=True)
class _Problem:
    message: str  # one line naming the file (and the line); never a value of the input


_Item = _Text | _Problem


@click.command("detect")
@click.argument("files", nargs=-1, metavar="[FILE]...")
@click.option("--jsonl", is_flag=True,
              help="Read JSON Lines with a 'text' field (the default for *.jsonl and *.json "
                   "files; plain text, one text per line, otherwise and on stdin).")
@click.option("--lang", type=click.Choice(["en", "fr", "auto"]), default="auto",
              show_default=True,
              help="Language of the texts; auto guesses it per text among the config's "
                   "languages (en and fr without a pdmap.yaml).")
@click.option("--min-score", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True,
              help="Only entities found with at least this score.")
@click.option("--entities", "entities", metavar="A,B",
              help="Only these entities (e.g. EMAIL_ADDRESS,PHONE_NUMBER).")
@click.pass_obj
@friendly_errors
def detect(obj: Context, files: tuple[str, ...], jsonl: bool, lang: str, min_score: float,
           entities: str | None) -> None:
    """Find personal data in texts: FILEs, or stdin without FILE or with '-'.

    Prints one JSON line per text, in input order: source, line, the record's id (JSON
    Lines), language and entities (start, end, entity, category, score), the offsets in
    Python str indices of the text; never a value of the text. A missing file or a bad JSON
    line is told on stderr with its file and line and skipped; the others go on and the
    exit code is 3.
    """
    from scanner.detect.classify import ENTITY_CATEGORY
    from scanner.detect.presidio.analyzer import get_detector

    keep = _entity_names(entities)
    languages = tuple(obj.config().languages) or ("en", "fr")
    if lang != "auto" and lang not in languages:
        languages = (*languages, lang)
    detector = get_detector(languages)
    stdin = sys.stdin.buffer
    batch_size = 1 if _interactive(stdin) else BATCH

    skipped = 0
    try:
        for chunk in _chunks(_items(files or (STDIN,), jsonl, stdin), batch_size):
            out: list[str] = []
            found = iter(_analyze(detector, [i for i in chunk if isinstance(i, _Text)], lang))
            for item in chunk:
                if isinstance(item, _Problem):
                    skipped += 1
                    if out:  # keep stdout and stderr in input order
                        click.echo("\n".join(out))
                        out = []
                    click.echo(f"pdmap detect: {item.message}", err=True)
                    continue
                language, matches = next(found)
                record: dict[str, Any] = {"source": item.source, "line": item.line}
                if item.has_id:
                    record["id"] = item.record_id
                record["language"] = language
                record["entities"] = [
                    {"start": m.start, "end": m.end, "entity": m.entity,
                     "category": ENTITY_CATEGORY.get(m.entity), "score": m.score}
                    for m in matches
                    if m.score >= min_score and (keep is None or m.entity in keep)
                ]
                out.append(json.dumps(record))
            if out:
                click.echo("\n".join(out))
    except BrokenPipeError:  # `pdmap detect big.txt | head`: the reader has had enough
        _silence_stdout()
        sys.exit(EXIT_OK)
    if skipped:
        sys.exit(EXIT_PARTIAL)


def _entity_names(entities: str | None) -> frozenset[str] | None:
    if entities is None:
        return None
    names = frozenset(e.strip().upper() for e in entities.split(",") if e.strip())
    if not names:
        raise click.BadParameter("no entity named", param_hint="--entities")
    return names


def _interactive(stream: IO[bytes]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _silence_stdout() -> None:
    """Python flushes stdout at exit: to a closed pipe that would print a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _chunks(items: Iterable[_Item], size: int) -> Iterator[list[_Item]]:
    chunk: list[_Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _analyze(detector: Detector, texts: Sequence[_Text], lang: str
             ) -> list[tuple[str, list[Match]]]:
    """Each text's language and matches, in the order of the texts; a batch is analyzed
    one language at a time, a text too long for spaCy in windows."""
    from scanner.detect.base import guess_language

    found: list[tuple[str, list[Match]]] = []
    by_lang: dict[str, list[int]] = {}
    for i, t in enumerate(texts):
        language = lang if lang != "auto" else guess_language([t.text], detector.languages)
        found.append((language, []))
        by_lang.setdefault(language, []).append(i)
    for language, indices in by_lang.items():
        pieces: list[str] = []
        owners: list[tuple[int, int]] = []  # (index of the text, offset of the piece in it)
        for i in indices:
            for offset, piece in _pieces(texts[i].text):
                pieces.append(piece)
                owners.append((i, offset))
        if pieces:
            for (i, offset), matches in zip(owners, detector.analyze_texts(pieces, language),
                                            strict=True):
                found[i][1].extend(_shift(m, offset) for m in matches)
    return found


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """A text as the detector reads it: nothing for a blank one, a long one in windows (as
    scanner.identifiers.text cuts them: never inside an identifier), with their offsets."""
    from scanner.identifiers.text import MAX_TEXT_CHARS, windows

    if not text.strip():
        return
    if len(text) <= MAX_TEXT_CHARS:
        yield 0, text
        return
    offset = 0
    for window in windows(text):
        if window.strip():
            yield offset, window
        offset += len(window)


def _shift(m: Match, offset: int) -> Match:
    if not offset:
        return m
    from dataclasses import replace

    return replace(m, start=m.start + offset, end=m.end + offset)


def _items(files: Sequence[str], jsonl: bool, stdin: IO[bytes]) -> Iterator[_Item]:
    """The texts of every input in order, and a _Problem for each one that cannot be read,
    read line by line: stdin is never read whole."""
    for name in files:
        as_jsonl = jsonl or (name != STDIN and name.lower().endswith(JSONL_SUFFIXES))
        if name == STDIN:
            yield from _lines(name, stdin, as_jsonl)
            continue
        try:
            f = open(name, "rb")  # noqa: SIM115 - closed below, after a generator's use
        except OSError as e:
            yield _Problem(f"{name}: {_reason(e)}")
            continue
        with f:
            try:
                yield from _lines(name, f, as_jsonl)
            except OSError as e:  # a read that fails midway (a directory, an I/O error)
                yield _Problem(f"{name}: {_reason(e)}")


def _reason(e: OSError) -> str:
    if isinstance(e, FileNotFoundError):
        return "no such file"
    return (e.strerror or type(e).__name__).lower()


def _lines(name: str, stream: IO[bytes], jsonl: bool) -> Iterator[_Item]:
    for n, raw in enumerate(stream, 1):
        if n == 1 and raw.startswith(b"\xef\xbb\xbf"):  # a UTF-8 byte-order mark
            raw = raw[3:]
        raw = raw.removesuffix(b"\n").removesuffix(b"\r")
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield _Problem(f"{name} line {n}: not UTF-8")
            continue
        if not jsonl:
            yield _Text(name, n, line)
        elif line.strip():  # blank lines between records are not records
            yield _record(name, n, line)


def _record(name: str, n: int, line: str) -> _Item:
    try:
        data = json.loads(line)
    except ValueError:  # the decoder's message would quote the line
        return _Problem(f"{name} line {n}: not JSON")
    if not isinstance(data, dict) or "text" not in data:
        return _Problem(f"{name} line {n}: no text field")
    text = data["text"]
    if not isinstance(text, str):
        return _Problem(f"{name} line {n}: the text field is not a string")
    return _Text(name, n, text, data.get("id"), "id" in data)
