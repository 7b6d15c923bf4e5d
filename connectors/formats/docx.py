"""DOCX text: paragraphs of word/document.xml, parsed with zipfile and ElementTree.

No extra dependency: the XML is streamed with iterparse and each paragraph cleared once
read. Paragraphs are grouped in chunks like plain text; items are `para:N`, the first
paragraph of the chunk. The XML counts against the archive budget (a DOCX is a zip).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import IO
from xml.etree.ElementTree import ParseError, iterparse

from connectors.formats.streams import CappedReader, Context, clip
from connectors.formats.text import chunks, numbered

DOCUMENT_XML = "word/document.xml"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(archive: zipfile.ZipFile, ctx: Context) -> Iterator[tuple[str, dict[str, object]]]:
    info = archive.getinfo(DOCUMENT_XML)
    if info.file_size > ctx.limits.max_document_bytes:
        ctx.problem("", f"DOCX text larger than {ctx.limits.max_document_bytes} bytes; skipped")
        return
    spend = ctx.budget.spend if ctx.budget is not None else None
    with archive.open(info) as member:
        xml = io.BufferedReader(CappedReader(member, cap=ctx.limits.max_document_bytes,
                                             on_bytes=spend))
        found = chunks(_paragraphs(xml, ctx), ctx.limits.text_chunk_chars)
        for label, chunk in numbered(found):
            yield f"para:{label}", {"text": clip(chunk, ctx.limits.max_field_chars)}


def _paragraphs(xml: IO[bytes], ctx: Context) -> Iterator[tuple[int, str]]:
    """(paragraph number, text + newline), with an empty unit after each paragraph so the
    chunker may break there."""
    # expat in Python >= 3.11 refuses entity-expansion bombs; DOCX never needs a DTD.
    n = 0
    try:
        for _event, elem in iterparse(xml, events=("end",)):
            if elem.tag != _W + "p":
                continue
            n += 1
            parts = []
            for node in elem.iter():
                if node.tag == _W + "t" and node.text:
                    parts.append(node.text)
                elif node.tag == _W + "tab":
                    parts.append("\t")
                elif node.tag in (_W + "br", _W + "cr"):
                    parts.append("\n")
            elem.clear()
            text = "".join(parts)
            if text.strip():
                yield n, text + "\n"
                yield n, "\n"
    except ParseError:
        ctx.problem(f"para:{n + 1}", "DOCX XML is not well formed; rest skipped")
