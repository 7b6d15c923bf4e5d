"""PDF text with pypdf (pure Python), one sub-record per page (`page:N`, field `text`).

A page longer than max_field_chars is cut in pieces `page:N`, `page:N.2` ... A PDF must be
seekable, so a streamed one is spooled first (bounded by max_document_bytes). Encrypted
PDFs that do not open with an empty password are reported and skipped.
"""

from __future__ import annotations

from collections.abc import Iterator

from connectors.formats.streams import Context, Opened


def read_pdf(opened: Opened, ctx: Context) -> Iterator[tuple[str, dict[str, object]]]:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError
    except ImportError:
        ctx.problem("", "pypdf is not installed; PDF skipped")
        return
    f = opened.seekable_file(ctx.limits.max_document_bytes)
    if f is None:
        ctx.problem("", f"PDF larger than {ctx.limits.max_document_bytes} bytes; skipped")
        return
    try:
        reader = PdfReader(f, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            ctx.problem("", "encrypted PDF; skipped")
            return
        pages = reader.pages
        count = len(pages)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError) as e:
        ctx.problem("", f"unreadable PDF ({type(e).__name__}); skipped")
        return
    size = max(ctx.limits.max_field_chars, 1)
    for i in range(count):
        try:
            text = pages[i].extract_text() or ""
        except Exception as e:  # pypdf raises many types on damaged pages; go on
            ctx.problem(f"page:{i + 1}", f"text not extracted ({type(e).__name__})")
            continue
        text = text.strip()
        for k, start in enumerate(range(0, len(text), size), 1):
            label = f"page:{i + 1}" if k == 1 else f"page:{i + 1}.{k}"
            yield label, {"text": text[start : start + size]}
