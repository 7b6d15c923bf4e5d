"""The write side of object stores, for an erasure plan (issue 19): delete an object that is
the person's, or rewrite a shared object without the person's records.

Only `pdmap erase --apply` calls this, with a connector opened through the source's write
credentials. Every write is conditional on the object being the one the plan saw:

- S3: DeleteObject and PutObject carry `If-Match` with the planned ETag. SeaweedFS (4.48,
  checked by tests/scanner/test_erase_mail_objects.py) answers 412 PreconditionFailed to
  a stale If-Match on PUT and DELETE of a non-versioned bucket; since its conditional
  writes have had races under concurrent writers (seaweedfs issue #8800) the ETag is also
  read again (HeadObject) just before the write. A changed object is skipped, never
  overwritten.
- A local folder: the etag is "<size>-<mtime_ns>"; a rewrite goes to a temporary file in
  the same folder, then replaces the original (os.replace, atomic) after the etag was
  checked once more.

Records are the sub-records the scan located (connectors/formats): `row:N` of a CSV (N
counts data rows from 1, the header and blank rows not counted, as connectors/formats/
csvfmt.py does) and `line:N` of JSON Lines. The rewrite keeps every other byte of the
object as it was. Other formats are refused with a one-line reason (the plan lists them
for review). Messages never name a value: keys are shown masked by the connector.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import tempfile
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from connectors.files import FilesConnector, etag
from connectors.formats.sniff import sniff_delimiter
from connectors.formats.streams import detect_encoding
from connectors.objects import ObjectStoreConnector
from connectors.s3 import S3Connector, describe

REWRITABLE = ("csv", "jsonl")
HEAD = 65536  # bytes read to tell the encoding and the delimiter


class EraseError(Exception):
    """A write that was not done; one line naming the place, never a value."""


class Changed(EraseError):
    """The object is not the one the plan saw (another etag, or gone)."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one write did: "erased", "gone" (nothing to erase any more) or "skipped" with
    why; `removed` records for a rewrite; `etag` the object's new etag after a rewrite."""

    status: str
    detail: str = ""
    removed: int = 0
    etag: str | None = None


# -- records out of bytes ------------------------------------------------------------------


def _parts(parts: Collection[str], prefix: str) -> set[int]:
    out = set()
    for p in parts:
        if not p.startswith(prefix) or not p[len(prefix):].isdigit():
            raise EraseError(f"record {p!s} cannot be rewritten in place (not a {prefix}N)")
        out.add(int(p[len(prefix):]))
    return out


def _head(src: BinaryIO) -> bytes:
    """The first bytes of a seekable stream, which is then read again from its start."""
    head = src.read(HEAD)
    src.seek(0)
    return head


def _encoding(head: bytes) -> str:
    enc = detect_encoding(head)
    if codecs.lookup(enc).name.startswith(("utf-16", "utf-32")):
        raise EraseError(f"a {enc} file is not rewritten (only ASCII-compatible encodings)")
    return enc


def filter_rows(src: BinaryIO, dst: BinaryIO, rows: Collection[str], name: str = "") -> int:
    """Copy a CSV from `src` (seekable) to `dst` without its data rows `rows` (`row:N`),
    every other byte as it was; the rows removed. Rows are counted as the CSV reader counts
    them (a quoted field may span lines; the header and blank rows are not rows). Streamed:
    one row is held at a time."""
    wanted = _parts(rows, "row:")
    head = _head(src)
    enc = _encoding(head)
    default = "\t" if name.lower().endswith((".tsv", ".tab")) else ","
    first = head.decode(enc, "surrogateescape").splitlines(keepends=True)[:50]
    if len(first) > 1 and not first[-1].endswith(("\n", "\r")):
        first = first[:-1]  # the head may end mid-line
    delimiter = sniff_delimiter(first, default) or default
    pending: list[bytes] = []

    def feed() -> Iterator[str]:
        for raw in iter(src.readline, b""):
            pending.append(raw)
            yield raw.decode(enc, "surrogateescape")

    reader = csv.reader(feed(), delimiter=delimiter)
    header_seen, row_no, removed = False, 0, 0
    while True:
        try:
            row: list[str] | None = next(reader)
        except StopIteration:
            break
        except csv.Error:
            row = None  # an unreadable row: the reader counts it as a row
        taken, pending[:] = b"".join(pending), []
        if row is not None and not "".join(row).strip():
            dst.write(taken)  # blank: not a row
            continue
        if not header_seen and row is not None:
            header_seen = True
            dst.write(taken)
            continue
        row_no += 1
        if row_no in wanted:
            removed += 1
        else:
            dst.write(taken)
    dst.write(b"".join(pending))
    if removed != len(wanted):
        raise EraseError(f"{len(wanted) - removed} of the rows to remove are not in the file")
    return removed


def filter_lines(src: BinaryIO, dst: BinaryIO, lines: Collection[str]) -> int:
    """Copy JSON Lines without the lines `lines` (`line:N`, counted from 1); streamed."""
    wanted = _parts(lines, "line:")
    _encoding(_head(src))
    removed = 0
    for n, raw in enumerate(iter(src.readline, b""), start=1):
        if n in wanted:
            removed += 1
        else:
            dst.write(raw)
    if removed != len(wanted):
        raise EraseError(f"{len(wanted) - removed} of the lines to remove are not in the file")
    return removed


def filter_records(src: BinaryIO, dst: BinaryIO, fmt: str, parts: Collection[str],
                   name: str = "") -> int:
    """`src` copied to `dst` without the records `parts`, for a format in REWRITABLE."""
    if fmt == "csv":
        return filter_rows(src, dst, parts, name)
    if fmt == "jsonl":
        return filter_lines(src, dst, parts)
    raise EraseError(f"records of a {fmt} object are not rewritten in place; review it")


def without_records(data: bytes, fmt: str, parts: Collection[str], name: str = ""
                    ) -> tuple[bytes, int]:
    """filter_records over bytes: (the new bytes, the records removed)."""
    out = io.BytesIO()
    removed = filter_records(io.BytesIO(data), out, fmt, parts, name)
    return out.getvalue(), removed


def without_rows(data: bytes, rows: Collection[str], name: str = "") -> tuple[bytes, int]:
    return without_records(data, "csv", rows, name)


def without_lines(data: bytes, lines: Collection[str]) -> tuple[bytes, int]:
    return without_records(data, "jsonl", lines)


# -- the stores ------------------------------------------------------------------------------


class ObjectEraser:
    """Deletes and rewrites objects of one store, each only while its etag is the planned one."""

    def __init__(self, connector: ObjectStoreConnector) -> None:
        if not isinstance(connector, S3Connector | FilesConnector):
            raise EraseError(f"source {connector.name}: no write side for this kind of store")
        self.connector = connector

    def shown(self, key: str) -> str:
        return self.connector.shown(key)

    def delete(self, key: str, planned_etag: str) -> Outcome:
        try:
            if isinstance(self.connector, S3Connector):
                return self._s3_delete(self.connector, key, planned_etag)
            return self._file_delete(self.connector, key, planned_etag)
        except Changed as e:
            return Outcome("skipped", f"{self.shown(key)}: {e}")

    def rewrite(self, key: str, planned_etag: str, fmt: str, parts: Collection[str]
                ) -> Outcome:
        """The object without the records `parts`; the last record removed deletes nothing
        else (an object left with only its header stays)."""
        try:
            if isinstance(self.connector, S3Connector):
                return self._s3_rewrite(self.connector, key, planned_etag, fmt, parts)
            return self._file_rewrite(self.connector, key, planned_etag, fmt, parts)
        except Changed as e:
            return Outcome("skipped", f"{self.shown(key)}: {e}")
        except EraseError as e:
            return Outcome("skipped", f"{self.shown(key)}: {e}")

    def current_etag(self, key: str) -> str | None:
        """The object's etag now, None when it is gone (for the verification after apply)."""
        if isinstance(self.connector, S3Connector):
            return self._s3_head(self.connector, key)
        path = self._path(self.connector, key)
        try:
            return etag(path.stat())
        except FileNotFoundError:
            return None

    # -- S3 ------------------------------------------------------------------------------

    def _s3_head(self, conn: S3Connector, key: str) -> str | None:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            head = conn.client.head_object(Bucket=conn.bucket, Key=key)
        except ClientError as e:
            code = str(e.response.get("Error", {}).get("Code", ""))
            if code in ("404", "NoSuchKey", "NotFound"):
                return None
            raise EraseError(f"{self.shown(key)}: cannot be read ({describe(e)})") from None
        except BotoCoreError as e:
            raise EraseError(f"{self.shown(key)}: cannot be read ({describe(e)})") from None
        return str(head.get("ETag", "")).strip('"')

    def _s3_call(self, key: str, call: Any, **kwargs: Any) -> dict[str, Any]:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            response: dict[str, Any] = call(**kwargs)
            return response
        except ClientError as e:
            code = str(e.response.get("Error", {}).get("Code", ""))
            if code in ("PreconditionFailed", "412"):
                raise Changed("changed since the plan (If-Match refused); skipped") from None
            if code in ("404", "NoSuchKey", "NotFound"):
                raise Changed("gone since the plan; nothing written") from None
            raise EraseError(f"{self.shown(key)}: {describe(e)}") from None
        except BotoCoreError as e:
            raise EraseError(f"{self.shown(key)}: {describe(e)}") from None

    def _check(self, now: str | None, planned: str) -> None:
        if now is None:
            raise Changed("gone since the plan; nothing written")
        if now != planned:
            raise Changed("changed since the plan (another ETag); skipped")

    def _s3_delete(self, conn: S3Connector, key: str, planned: str) -> Outcome:
        now = self._s3_head(conn, key)
        if now is None:
            return Outcome("gone", f"{self.shown(key)}: already gone")
        self._check(now, planned)
        self._s3_call(key, conn.client.delete_object, Bucket=conn.bucket, Key=key,
                      IfMatch=f'"{planned}"')
        return Outcome("erased")

    def _s3_rewrite(self, conn: S3Connector, key: str, planned: str, fmt: str,
                    parts: Collection[str]) -> Outcome:
        got = self._s3_call(key, conn.client.get_object, Bucket=conn.bucket, Key=key,
                            IfMatch=f'"{planned}"')
        # the object and its rewrite go through temporary files: memory stays bounded
        with tempfile.TemporaryFile() as src, tempfile.TemporaryFile() as dst:
            body = got["Body"]
            while chunk := body.read(1 << 20):
                src.write(chunk)
            src.seek(0)
            removed = filter_records(src, dst, fmt, parts, key)
            dst.seek(0)
            # If-Match on the PUT is the guard; the HeadObject just before narrows the
            # window on stores whose conditional writes race (see the module's docstring).
            self._check(self._s3_head(conn, key), planned)
            extra: dict[str, Any] = {}
            if got.get("ContentType"):
                extra["ContentType"] = got["ContentType"]
            put = self._s3_call(key, conn.client.put_object, Bucket=conn.bucket, Key=key,
                                Body=dst, IfMatch=f'"{planned}"', **extra)
        return Outcome("erased", removed=removed, etag=str(put.get("ETag", "")).strip('"'))

    # -- a local folder --------------------------------------------------------------------

    def _path(self, conn: FilesConnector, key: str) -> Path:
        parts = key.split("/")
        if not key or "\x00" in key or key.startswith("/") or any(
                p in ("", ".", "..") for p in parts):
            raise EraseError(f"{self.shown(key)}: not a key of this folder")
        path = conn.root.joinpath(*parts)
        real = os.path.realpath(path)
        if not real.startswith(str(conn.root).rstrip("/") + "/"):
            raise EraseError(f"{self.shown(key)}: outside the folder")
        return path

    def _file_delete(self, conn: FilesConnector, key: str, planned: str) -> Outcome:
        path = self._path(conn, key)
        try:
            now = etag(path.stat())
        except FileNotFoundError:
            return Outcome("gone", f"{self.shown(key)}: already gone")
        self._check(now, planned)
        path.unlink()
        return Outcome("erased")

    def _file_rewrite(self, conn: FilesConnector, key: str, planned: str, fmt: str,
                      parts: Collection[str]) -> Outcome:
        path = self._path(conn, key)
        try:
            f = path.open("rb")
        except FileNotFoundError:
            raise Changed("gone since the plan; nothing written") from None
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".pdmap-erase-")
        try:
            with f, os.fdopen(fd, "wb") as out:
                st = os.fstat(f.fileno())
                self._check(etag(st), planned)
                removed = filter_records(f, out, fmt, parts, key)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(tmp, st.st_mode & 0o7777)
            try:
                now = etag(path.stat())
            except FileNotFoundError:
                now = None
            self._check(now, planned)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return Outcome("erased", removed=removed, etag=etag(path.stat()))
