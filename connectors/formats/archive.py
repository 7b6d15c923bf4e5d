"""gzip and zip: read the members as objects of their own, within the archive caps.

A member's sub-records are named `member:<name>/<item>` (`member:a/b.csv/row:3`). Caps
(depth, member count, expanded bytes, expansion ratio) are counted per top-level object;
hitting one raises CapHit, which stops the whole object and is reported by the caller
as "expanded size cap hit" (or the member cap): a bomb is a recorded failure, not a crash.
We never write members to disk, so a member named `../../etc/passwd` is only a name.
"""

from __future__ import annotations

import gzip
import io
import zipfile
import zlib
from collections.abc import Iterator

from connectors.formats.docx import DOCUMENT_XML, read_docx
from connectors.formats.streams import CapHit, CappedReader, Context, Opened

Records = Iterator[tuple[str, dict[str, object]]]


def read_gzip(opened: Opened, ctx: Context, name: str) -> Records:
    if not _depth_ok(ctx):
        return
    inner = _inner_name(name)
    assert ctx.budget is not None
    ctx.budget.member()
    unzipped = gzip.GzipFile(fileobj=opened.buffered(), mode="rb")
    counted = io.BufferedReader(CappedReader(unzipped, on_bytes=ctx.budget.spend))
    try:
        yield from ctx.member(counted, inner, None)
    except (gzip.BadGzipFile, EOFError, zlib.error) as e:
        ctx.problem("", f"corrupt gzip ({_reason(e)}); rest skipped")


def read_zip(opened: Opened, ctx: Context, name: str) -> Records:
    f = opened.seekable_file(ctx.limits.max_object_bytes)
    if f is None:
        ctx.problem("", f"zip larger than {ctx.limits.max_object_bytes} bytes; skipped")
        return
    try:
        archive = zipfile.ZipFile(f)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        ctx.problem("", "corrupt zip; skipped")
        return
    with archive:
        names = set(archive.namelist())
        if DOCUMENT_XML in names:
            yield from read_docx(archive, ctx)
            return
        if "[Content_Types].xml" in names:
            # other Office Open XML files (xlsx, pptx) are not read yet; counted.
            ctx.skip("", "skipped_unsupported")
            return
        if not _depth_ok(ctx):
            return
        assert ctx.budget is not None
        for info in archive.infolist():
            if info.is_dir():
                continue
            ctx.budget.member()
            child = ctx.child(info.filename)
            if info.flag_bits & 0x1:
                child.problem("", "encrypted member; skipped")
                continue
            left = ctx.limits.max_expanded_bytes - ctx.budget.expanded
            if info.file_size > left:
                raise CapHit(f"expanded size cap hit ({ctx.limits.max_expanded_bytes} bytes)")
            try:
                with archive.open(info) as member:
                    counted = io.BufferedReader(CappedReader(member, on_bytes=ctx.budget.spend))
                    assert child.read_member is not None
                    yield from child.read_member(counted, info.filename, None, child)
            except CapHit:
                raise
            except Exception as e:  # one bad member must not end the archive
                child.problem("", f"unreadable member ({_reason(e)}); skipped")


def _inner_name(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    lower = base.lower()
    if lower.endswith(".gz"):
        return base[:-3]
    if lower.endswith(".tgz"):
        return base[:-4] + ".tar"
    return base


def _depth_ok(ctx: Context) -> bool:
    if ctx.depth >= ctx.limits.max_archive_depth:
        ctx.problem("", f"archive depth cap hit ({ctx.limits.max_archive_depth}); not opened")
        return False
    return True


def _reason(e: BaseException) -> str:
    # the exception type only: library messages may quote content.
    return type(e).__name__
