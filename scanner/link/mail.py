"""The link pass of a mail source (mbox, Maildir, .eml, IMAP): every message to its subjects.

After the engine has classified a source's folders from samples, each folder is streamed
once with the fields that identify people, in batches: header addresses become subjects
(scanner.link.records: one group per address), bodies, subjects and attachments go through
the validated patterns of scanner.identifiers.text, and the lines that can hold a full name through
spaCy's NER (weak links only). See docs/subjects.md, "Messages and objects".

Incremental: the connector's `state(folder)` is kept in `containers.state["mail"]` with a
signature of the rules and key; the next scan passes it back as `read(since=...)`, so IMAP
resumes after the last UID, an mbox after its last byte and Maildir/.eml after the newest
file. A folder whose state did not change is not read at all. A folder read from the start
(UIDVALIDITY changed, mbox rewritten, fewer messages than last time) has its occurrences
replaced.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import orjson

from connectors.message import ADDRESS_HEADERS, ATTACHMENT_FIELDS
from connectors.message_headers import parse_address_list
from scanner.core.config import SourceConfig
from scanner.core.options import MailOptions
from scanner.core.protocols import Mailbox, Opened
from scanner.core.types import ContainerSchema, FieldVerdict, Record, ScanReport
from scanner.detect.base import guess_language
from scanner.identifiers import text as extract
from scanner.identifiers.hashing import Hasher
from scanner.index.store import Index
from scanner.link import records
from scanner.link.context import LinkContext
from scanner.link.decide import IndexRows
from scanner.link.tasks import Side, Tasks, Unit, merge_report

log = logging.getLogger(__name__)

BATCH = 500  # messages per NER call and per write
NAME_CACHE = 100_000  # distinct name lines whose NER result is kept (signatures repeat)
TEXT_FIELDS = ("subject", "body", *ATTACHMENT_FIELDS)
READ_FIELDS = (*ADDRESS_HEADERS, *TEXT_FIELDS)
NER_FIELDS = ("body", *ATTACHMENT_FIELDS)

DetectorFn = Callable[[], Any]


REMOTE_MESSAGES = 2000  # a source's folders go to worker processes from this many messages


@dataclass(frozen=True)
class _Folder:
    """A folder to read, and how (`since`: where an incremental read resumes)."""

    container: ContainerSchema
    cid: int
    stored: Any  # its state on record
    current: Any  # its state now (`since` of the next scan)
    since: Any  # None: read from the start, its old occurrences replaced


def link_mail_source(index: Index, ctx: LinkContext, scan_id: int, source: SourceConfig,
                     opened: Opened, containers: Sequence[ContainerSchema],
                     verdicts: Mapping[str, Sequence[FieldVerdict]], report: ScanReport,
                     tasks: Tasks) -> None:
    """The engine's entry point for a mailbox (`opened.mailbox`); failures go to report.

    Each folder to read is a unit of `tasks` (`prepare_folder`: read, NER, digests); the
    folders are written here one after another, in order, each in its own transaction."""
    mailbox = opened.mailbox
    if mailbox is None:
        raise TypeError(f"{opened.name} is not a mailbox")
    with report.guard(source.name, "subjects") as guard:  # never loses the discovery
        options = source.options_as(MailOptions)
        namespaces = tuple(records.account_namespaces(index))
        sig = ctx.records_signature(options.ner, READ_FIELDS)
    if guard.failed:
        return
    mailbox.drain_into(report)  # what sampling met, apart from what the link pass meets
    folders: list[_Folder] = []
    for c in containers:
        with report.guard(source.name, c.name, counter="containers_link_failed"):
            folder = _to_read(index, opened, mailbox, c, sig, report)
            if folder is not None:
                folders.append(folder)
    units: list[Unit] = [(source.name, ctx.key_id, ctx.region, namespaces, options.ner,
                          options.ner_processes, f.container, f.since) for f in folders]
    messages = sum(_messages(f.current) for f in folders)
    runner = tasks if tasks.remote and (tasks.eager or (
        len(folders) > 1 and messages >= REMOTE_MESSAGES)) else tasks.here
    prepared = runner.run(prepare_folder, units)
    replaced = False
    kept: IndexRows = {}  # the subjects' rows the folders' linkers share (records.py)
    for folder, items in zip(folders, prepared, strict=True):
        with report.guard(source.name, folder.container.name,
                          counter="containers_link_failed") as guard:
            _write_folder(index, folder, items, sig, scan_id, report, kept)
        if guard.failed:
            kept.clear()  # rolled back: what the linker kept is not in the index
        replaced |= guard.failed or folder.since is None
    if replaced:
        with index.begin() as conn:
            records.drop_orphans(conn, report)


def _messages(state: Any) -> int:
    try:
        return int(state.get("messages", 0)) if isinstance(state, Mapping) else 0
    except (TypeError, ValueError):
        return 0


def _to_read(index: Index, opened: Opened, mailbox: Mailbox, c: ContainerSchema, sig: str,
             report: ScanReport) -> _Folder | None:
    """The folder to read, from where; None when nothing changed since the last scan."""
    found = index.container_state(mailbox.name, c.name)
    if found is None:
        return None
    cid, stored_state = found
    stored = records.state_of(stored_state, "mail")
    current = opened.folder_state.state(c) if opened.folder_state is not None else None
    since = stored.get("since") if stored.get("sig") == sig else None
    if since is not None and current is not None and current == since:
        report.count("mail.folders_unchanged")
        return None
    full = since is None or current is None or _starts_over(opened, c, since, current)
    if full and since is not None:
        report.count("mail.folders_reread")
    return _Folder(c, cid, stored_state, current, None if full else since)


def prepare_folder(side: Side, source: str, key_id: str, region: str,
                   namespaces: Sequence[str], ner: bool, ner_processes: int,
                   c: ContainerSchema, since: Any) -> Iterator[list[records.Found] | ScanReport]:
    """A unit (scanner/link/tasks.py): a folder's messages read by the mailbox of the
    process that runs it, as Found (digests, locators), a batch at a time; last, what the
    mailbox met (a folder it could not read whole counts `mail.folders_failed`)."""
    mailbox = side.opened(source).mailbox
    if mailbox is None:
        raise TypeError(f"{source} is not a mailbox")
    linker = MailLinker(side.hasher(key_id), region, namespaces,
                        side.detector if ner else None, ner_processes)
    for batch in records.batches(mailbox.read(c, READ_FIELDS, since=since), BATCH):
        yield linker.analyze(batch)
    met = ScanReport()
    mailbox.drain_into(met)
    if linker.ident.rejected:
        met.count("identifiers_rejected", linker.ident.rejected)
    yield met


def _write_folder(index: Index, folder: _Folder, items: Iterable[Any], sig: str,
                  scan_id: int, report: ScanReport, kept: IndexRows) -> None:
    """Write a folder's prepared messages, its state with them.

    One transaction per folder: a scan killed half-way leaves the folder's old occurrences
    and state (closing without a commit rolls back), and the next one reads it again from
    there."""
    met = ScanReport()  # the mailbox's failures: whether the folder was read whole
    n = 0
    with index.connect() as conn:
        if folder.since is None:
            records.clear(conn, folder.cid)
        writer = records.RecordLinker(conn, folder.cid, scan_id, report, rows=kept)
        for batch in items:
            if isinstance(batch, ScanReport):
                met = batch
                continue
            writer.write(batch)
            n += len(batch)
        if not met.counters.get("mail.folders_failed"):
            # otherwise the state stays: the messages not read are read next time
            stored = folder.stored
            state = dict(stored) if isinstance(stored, dict) else {}
            index.set_container_state(folder.cid, {**state, "mail": {
                "since": folder.current, "sig": sig}}, conn)
        conn.commit()
    report.count("mail.messages_linked", n)
    report.count("mail.messages_failed_linking", met.counters.get("mail.messages_failed", 0))
    merge_report(met, report)


def _starts_over(opened: Opened, c: ContainerSchema, since: Mapping[str, Any],
                 current: Mapping[str, Any]) -> bool:
    """Whether an incremental read would miss a change: then the folder is read again."""
    if "uidvalidity" in current:  # IMAP
        return bool(current.get("uidvalidity") != since.get("uidvalidity")
                    or int(current.get("messages", 0)) < int(since.get("messages", 0)))
    if "tail_sha256" in current and opened.resumable is not None:  # mbox
        return not opened.resumable.resumes(c, since)
    # Maildir and .eml: a message gone (count went down) is only noticed by a full read.
    return int(current.get("messages", 0)) < int(since.get("messages", 0))


class MailLinker:
    """Messages -> Found (digests only), with NER batched over the distinct name lines."""

    def __init__(self, hasher: Hasher, region: str, namespaces: Sequence[str],
                 detector: DetectorFn | None, ner_processes: int = 1) -> None:
        self.hasher = hasher
        self.region = region
        self.ident = records.Identify(hasher, region, namespaces)
        self.detector = detector
        self.ner_processes = max(1, ner_processes)
        self._names: dict[tuple[str, str], tuple[str, ...]] = {}

    def analyze(self, batch: Sequence[Record]) -> list[records.Found]:
        out = [self._one(r) for r in batch]
        if self.detector is not None:
            self._mentions(batch, out)
        return out

    def _one(self, record: Record) -> records.Found:
        ident = self.ident
        values = record.values
        f = records.Found(records.item_json(record.locator.item, self.hasher), "")
        cats = {"communications.message"}
        seen: set[str] = set()
        for header in ADDRESS_HEADERS:
            for name, addr in parse_address_list(values.get(header)):
                got = ident.one("email", addr)
                if got is None or got[0] in seen:
                    continue
                seen.add(got[0])
                cats.add("contact.email")
                if not got[1]:
                    continue  # a role address (support@): it identifies nobody
                f.groups.append([(got[0], "email")])
                d = ident.name(name) if name else None
                if d is not None:
                    f.annotations.append((len(f.groups) - 1, d, "name"))
        for field in TEXT_FIELDS:
            text = values.get(field)
            if not isinstance(text, str) or not text:
                continue
            ident.text(f, text, cats, seen)
        f.categories = records.categories_json(cats)
        return f

    def _mentions(self, batch: Sequence[Record], out: list[records.Found]) -> None:
        """Names found by NER in the lines that can hold one, each distinct line once."""
        assert self.detector is not None
        if len(self._names) > NAME_CACHE:
            self._names.clear()
        per_record: list[list[tuple[str, str]]] = []
        todo: dict[str, dict[str, None]] = {}
        for r in batch:
            lines: list[tuple[str, str]] = []
            for field in NER_FIELDS:
                text = r.values.get(field)
                if isinstance(text, str) and text:
                    found = extract.name_lines(text)
                    if found:
                        lang = guess_language([text], self._languages())
                        lines.extend((lang, line) for line in found)
            per_record.append(lines)
            for key in lines:
                if key not in self._names:
                    todo.setdefault(key[0], {})[key[1]] = None
        if todo:
            detector = self.detector()
            for lang, lines_ in todo.items():
                texts = list(lines_)
                found_names = detector.extract_names(texts, lang, n_process=self.ner_processes)
                for text, names in zip(texts, found_names, strict=True):
                    self._names[(lang, text)] = tuple(names)
        for f, lines in zip(out, per_record, strict=True):
            digests: dict[str, None] = {}
            for key in lines:
                for name in self._names.get(key, ()):
                    d = self.ident.name(name)
                    if d is not None:
                        digests[d] = None
            if digests:
                f.mentions = list(digests)
                cats = set(orjson.loads(f.categories)) | {"identity.name"}
                f.categories = records.categories_json(cats)

    def _languages(self) -> tuple[str, ...]:
        assert self.detector is not None
        return tuple(getattr(self.detector(), "languages", ("en", "fr")))
