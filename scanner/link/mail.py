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
from collections.abc import Callable, Mapping, Sequence
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

log = logging.getLogger(__name__)

BATCH = 500  # messages per NER call and per write
NAME_CACHE = 100_000  # distinct name lines whose NER result is kept (signatures repeat)
TEXT_FIELDS = ("subject", "body", *ATTACHMENT_FIELDS)
READ_FIELDS = (*ADDRESS_HEADERS, *TEXT_FIELDS)
NER_FIELDS = ("body", *ATTACHMENT_FIELDS)

DetectorFn = Callable[[], Any]


def link_mail_source(index: Index, ctx: LinkContext, scan_id: int, source: SourceConfig,
                     opened: Opened, containers: Sequence[ContainerSchema],
                     verdicts: Mapping[str, Sequence[FieldVerdict]], report: ScanReport,
                     detector: DetectorFn) -> None:
    """The engine's entry point for a mailbox (`opened.mailbox`); failures go to report."""
    mailbox = opened.mailbox
    if mailbox is None:
        raise TypeError(f"{opened.name} is not a mailbox")
    with report.guard(source.name, "subjects") as guard:  # never loses the discovery
        options = source.options_as(MailOptions)
        ner = options.ner
        linker = MailLinker(ctx.hasher, ctx.region, records.account_namespaces(index),
                            detector if ner else None, options.ner_processes)
        sig = ctx.records_signature(ner, READ_FIELDS)
    if guard.failed:
        return
    mailbox.drain_into(report)  # what sampling met, apart from what the link pass meets
    replaced = False
    for c in containers:
        with report.guard(source.name, c.name, counter="containers_link_failed") as guard:
            replaced |= _link_folder(index, opened, mailbox, c, linker, sig, scan_id, report)
        replaced |= guard.failed
        mailbox.drain_into(report)
    if replaced:
        with index.begin() as conn:
            records.drop_orphans(conn, report)


def _link_folder(index: Index, opened: Opened, mailbox: Mailbox, c: ContainerSchema,
                 linker: MailLinker, sig: str, scan_id: int, report: ScanReport) -> bool:
    """Link one folder's new messages; True when its old occurrences were replaced."""
    found = index.container_state(mailbox.name, c.name)
    if found is None:
        return False
    cid, stored_state = found
    stored = records.state_of(stored_state, "mail")
    current = opened.folder_state.state(c) if opened.folder_state is not None else None
    since = stored.get("since") if stored.get("sig") == sig else None
    if since is not None and current is not None and current == since:
        report.count("mail.folders_unchanged")
        return False
    full = since is None or current is None or _starts_over(opened, c, since, current)
    if full and since is not None:
        report.count("mail.folders_reread")
    own = ScanReport()  # the connector's failures, to know whether the folder was read whole
    n = 0
    # One transaction per folder, its state with it: a scan killed half-way leaves the
    # folder's old occurrences and state (closing without a commit rolls back), and the
    # next one reads it again from there.
    with index.connect() as conn:
        if full:
            records.clear(conn, cid)
        writer = records.RecordLinker(conn, cid, scan_id, report)
        messages = mailbox.read(c, READ_FIELDS, since=None if full else since)
        for batch in records.batches(messages, BATCH):
            writer.write(linker.analyze(batch))
            n += len(batch)
        mailbox.drain_into(own)
        if not own.counters.get("mail.folders_failed"):
            # otherwise the state stays: the messages not read are read next time
            state = dict(stored_state) if isinstance(stored_state, dict) else {}
            index.set_container_state(cid, {**state, "mail": {"since": current, "sig": sig}},
                                      conn)
        conn.commit()
    _merge(own, report)
    report.count("mail.messages_linked", n)
    report.count("mail.messages_failed_linking", own.counters.get("mail.messages_failed", 0))
    if linker.ident.rejected:
        report.count("identifiers_rejected", linker.ident.rejected)
        linker.ident.rejected = 0
    return full


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


def _merge(src: ScanReport, dst: ScanReport) -> None:
    for k, v in src.counters.items():
        dst.count(k, v)
    for f in src.failures:
        dst.fail(f.source, f.place, f.message)
    dst.failures_dropped += src.failures_dropped


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
