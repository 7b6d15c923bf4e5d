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
import os
import tempfile
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from connectors.files import FilesConnector, etag
from connectors.formats.sniff import sniff_delimiter
from connectors.formats.streams import detect_encoding
from connectors.objects import ObjectStoreConnector
from connectors.s3 import S3Connector, describe

REWRITABLE = ("csv", "jsonl")


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


def _raw_lines(data: bytes) -> Iterator[bytes]:
    start = 0
    while start < len(data):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end + 1
        yield data[start:end]
        start = end


def _parts(parts: Collection[str], prefix: str) -> set[int]:
    out = set()
    for p in parts:
        if not p.startswith(prefix) or not p[len(prefix):].isdigit():
            raise EraseError(f"record {p!s} cannot be rewritten in place (not a {prefix}N)")
        out.add(int(p[len(prefix):]))
    return out


def _encoding(data: bytes) -> str:
    enc = detect_encoding(data[:65536])
    if codecs.lookup(enc).name.startswith(("utf-16", "utf-32")):
        raise EraseError(f"a {enc} file is not rewritten (only ASCII-compatible encodings)")
    return enc


def without_rows(data: bytes, rows: Collection[str], name: str = "") -> tuple[bytes, int]:
    """A CSV's bytes without its data rows `rows` (`row:N`): (new bytes, rows removed).
    Rows are counted as the CSV reader counts them (a quoted field may span lines)."""
    wanted = _parts(rows, "row:")
    enc = _encoding(data)
    texts = [(raw, raw.decode(enc, "surrogateescape")) for raw in _raw_lines(data)]
    default = "\t" if name.lower().endswith((".tsv", ".tab")) else ","
    head = [t for _, t in texts[:50]]
    delimiter = sniff_delimiter(head, default) or default
    pending: list[bytes] = []

    def feed() -> Iterator[str]:
        for raw, text in texts:
            pending.append(raw)
            yield text

    reader = csv.reader(feed(), delimiter=delimiter)
    out: list[bytes] = []
    header_seen, row_no, removed = False, 0, 0
    while True:
        try:
            row: list[str] | None = next(reader)
        except StopIteration:
            break
        except csv.Error:
            row = None  # an unreadable row: the reader counts it as a row
        taken, pending[:] = list(pending), []
        if row is not None and not "".join(row).strip():
            out.extend(taken)  # blank: not a row
            continue
        if not header_seen and row is not None:
            header_seen = True
            out.extend(taken)
            continue
        row_no += 1
        if row_no in wanted:
            removed += 1
        else:
            out.extend(taken)
    out.extend(pending)
    if removed != len(wanted):
        raise EraseError(f"{len(wanted) - removed} of the rows to remove are not in the file")
    return b"".join(out), removed


def without_lines(data: bytes, lines: Collection[str]) -> tuple[bytes, int]:
    """JSON Lines bytes without the lines `lines` (`line:N`, counted from 1)."""
    wanted = _parts(lines, "line:")
    _encoding(data)
    out, removed = [], 0
    for n, raw in enumerate(_raw_lines(data), start=1):
        if n in wanted:
            removed += 1
        else:
            out.append(raw)
    if removed != len(wanted):
        raise EraseError(f"{len(wanted) - removed} of the lines to remove are not in the file")
    return b"".join(out), removed


def without_records(data: bytes, fmt: str, parts: Collection[str], name: str = ""
                    ) -> tuple[bytes, int]:
    """The object's bytes without the records `parts`, for a format in REWRITABLE."""
    if fmt == "csv":
        return without_rows(data, parts, name)
    if fmt == "jsonl":
        return without_lines(data, parts)
    raise EraseError(f"records of a {fmt} object are not rewritten in place; review it")


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
        data = got["Body"].read()
        new, removed = without_records(data, fmt, parts, key)
        # If-Match on the PUT is the guard; the HeadObject just before narrows the window
        # on stores whose conditional writes race (see the module's docstring).
        self._check(self._s3_head(conn, key), planned)
        extra: dict[str, Any] = {}
        if got.get("ContentType"):
            extra["ContentType"] = got["ContentType"]
        put = self._s3_call(key, conn.client.put_object, Bucket=conn.bucket, Key=key,
                            Body=new, IfMatch=f'"{planned}"', **extra)
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
        with f:
            st = os.fstat(f.fileno())
            self._check(etag(st), planned)
            data = f.read()
        new, removed = without_records(data, fmt, parts, key)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".pdmap-erase-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(new)
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
