"""An S3 bucket (AWS or any S3-compatible store) as a source: `s3://bucket/prefix`.

Objects are the keys under the prefix that the include/exclude globs select (matched on
the whole key). Keys are names, never paths: nothing is written or opened locally, and
places in reports escape control characters. Discovery, containers, sampling, locators
(bucket is the source; item = etag + key + part, + version on versioned buckets), fetch
and the incremental calls are those of every object store: see connectors.objects.
A listing that fails raises S3Error (the engine records the source as unreachable); a
`fetch` of an object that exists but cannot be read raises ReadError, never returns None.

Read-only: only ListObjectsV2 and GetObject are called. Options (all optional):
`endpoint_url` (else $PDMAP_S3_ENDPOINT_URL, else $AWS_ENDPOINT_URL), `region`, `profile`,
`addressing_style` (path by default with an endpoint_url), `page_size` (listing, <= 1000),
`max_attempts` (per request, default 5), `max_resumes` (re-opened streams per object,
default 3), `connect_timeout`, `read_timeout`, plus those of connectors.objects and
connectors.formats.Limits. Credentials come from the AWS chain (environment, shared
profile, instance role), never from pdmap.yaml. Keys may name people: botocore's and
urllib3's DEBUG logs (which print them) are held at INFO.
"""

from __future__ import annotations

import io
import logging
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import unquote, urlsplit

from connectors.object_listing import ObjectInfo
from connectors.object_reading import Body, ReadError
from connectors.objects import ObjectStoreConnector
from scanner.core.config import SourceConfig, mask_url
from scanner.core.options import S3Settings
from scanner.core.types import ScanReport

# A name the store refuses (SeaweedFS refuses `..` segments) cannot hold data.
_GONE = frozenset({"NoSuchKey", "NotFound", "404", "InvalidRequest", "KeyTooLongError"})


_GENERIC_TYPES = frozenset({"", "text/plain", "application/octet-stream",
                            "binary/octet-stream"})


class S3Error(ReadError):
    """The bucket cannot be listed; one line, endpoint masked, no secret."""


class ObjectChanged(ReadError):
    """The object was replaced while being read: the rest would belong to another version."""


class ConnectionLost(ReadError):
    """The connection dropped mid-object more often than `max_resumes` allows."""


class S3Connector(ObjectStoreConnector):
    """Reads the objects under one bucket prefix, read-only."""

    schemes = ("s3",)

    def __init__(self, source: SourceConfig) -> None:
        super().__init__(source)
        self.bucket, self.prefix = bucket_and_prefix(source.url)
        options = source.options_as(S3Settings)  # credentials refused there (options.py)
        self.endpoint_url: str | None = (
            options.endpoint_url or os.environ.get("PDMAP_S3_ENDPOINT_URL")
            or os.environ.get("AWS_ENDPOINT_URL") or None
        )
        self.page_size = min(1000, options.page_size)
        self.max_attempts = options.max_attempts
        self.max_resumes = options.max_resumes
        self.client = self._client(options)

    def _client(self, options: S3Settings) -> Any:
        import boto3  # lazily: only sources that are buckets pay for boto3
        from botocore.config import Config

        _quiet_http_logs()

        style = options.addressing_style or ("path" if self.endpoint_url else "auto")
        session = boto3.session.Session(
            profile_name=options.profile, region_name=options.region)
        return session.client("s3", endpoint_url=self.endpoint_url, config=Config(
            # "standard" retries throttling (SlowDown, 503), 5xx and connection
            # errors with exponential backoff and jitter, before a response body starts;
            # a body cut off later is resumed by _ResumingStream.
            retries={"mode": "standard", "max_attempts": self.max_attempts},
            connect_timeout=options.connect_timeout,
            read_timeout=options.read_timeout,
            s3={"addressing_style": style},
            user_agent_extra="pdmap",
        ))

    def where(self) -> str:
        endpoint = f" at {mask_url(self.endpoint_url)}" if self.endpoint_url else ""
        return f"s3://{self.bucket}/{self.prefix}{endpoint}"

    # -- the store ------------------------------------------------------------------------

    def _list(self, report: ScanReport, *, complete: bool = False) -> Iterator[ObjectInfo]:
        """A listing that fails part-way raises S3Error: an incremental scan must not
        take the objects it did not see for deleted ones."""
        from botocore.exceptions import BotoCoreError, ClientError

        paginator = self.client.get_paginator("list_objects_v2")
        pages = paginator.paginate(Bucket=self.bucket, Prefix=self.prefix,
                                   PaginationConfig={"PageSize": self.page_size})
        try:
            for page in pages:
                for obj in page.get("Contents", ()):
                    key, size = obj["Key"], int(obj["Size"])
                    if key.endswith("/") and size == 0:
                        continue  # a "folder" placeholder
                    if self._selected(key):
                        yield ObjectInfo(key, obj["ETag"].strip('"'), size)
        except (ClientError, BotoCoreError) as e:
            raise S3Error(f"cannot list {self.where()}: {describe(e)}") from None

    @contextmanager
    def _open(self, key: str, length: int | None = None) -> Iterator[Body | None]:
        end = length - 1 if length else None
        response = self._get(key, 0, end)
        if response is None:
            yield None
            return
        etag = str(response.get("ETag", "")).strip('"')
        raw = _ResumingStream(
            response["Body"], lambda offset: self._get(key, offset, end, etag),
            self.max_resumes)
        try:
            yield Body(io.BufferedReader(raw, 64 * 1024), etag, response.get("VersionId"),
                       specific_type(response.get("ContentType")))
        finally:
            raw.close()

    def _can_fetch(self, key: str) -> bool:
        return bool(key) and key.startswith(self.prefix) and self._selected(key)

    def _get(self, key: str, start: int, end: int | None, etag: str | None = None
             ) -> dict[str, Any] | None:
        """GetObject from byte `start` (to `end`); None if the object is gone. With `etag`,
        only that version: a resumed read never splices two versions."""
        from botocore.exceptions import BotoCoreError, ClientError

        kwargs: dict[str, Any] = {"Bucket": self.bucket, "Key": key}
        if start or end is not None:
            kwargs["Range"] = f"bytes={start}-{'' if end is None else end}"
        if etag:
            kwargs["IfMatch"] = f'"{etag}"'
        try:
            response: dict[str, Any] = self.client.get_object(**kwargs)
        except ClientError as e:
            code = str(e.response.get("Error", {}).get("Code", ""))
            if code in ("PreconditionFailed", "412"):
                raise ObjectChanged("object changed while being read; rest skipped") from None
            if code in ("InvalidRange", "416"):
                return {"Body": io.BytesIO(b""), "ETag": etag or ""}  # shrank to nothing
            if code in _GONE:
                return None
            raise ReadError(f"cannot be read ({describe(e)})") from None
        except BotoCoreError as e:
            raise ReadError(f"cannot be read ({describe(e)})") from None
        if start and "ContentRange" not in response:
            # A store that ignores Range sends the whole object: skip what we have.
            _discard(response["Body"], start)
        return response


class _ResumingStream(io.RawIOBase):
    """An object's body that survives a connection dropped mid-object: it re-opens the
    object from the byte offset reached (same etag), at most `max_resumes` times, with a
    short backoff."""

    def __init__(self, body: Any, reopen: Callable[[int], dict[str, Any] | None],
                 max_resumes: int) -> None:
        self._body, self._reopen, self._left = body, reopen, max_resumes
        self.offset = 0
        self.resumes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        while True:
            try:
                data = self._body.read(len(b))
                break
            except Exception as e:  # noqa: BLE001 - sorted out by _resume
                self._resume(e)
        n = len(data)
        b[:n] = data
        self.offset += n
        return n

    def _resume(self, error: Exception) -> None:
        if not _dropped(error):
            raise ReadError(f"cannot be read ({describe(error)})") from None
        if self.resumes >= self._left:
            raise ConnectionLost(
                f"connection lost {self.resumes + 1} times mid-object; rest skipped") from None
        self.resumes += 1
        time.sleep(min(2.0, 0.1 * 2 ** self.resumes))
        self._close_body()
        response = self._reopen(self.offset)
        if response is None:
            raise ObjectChanged("object deleted while being read; rest skipped")
        self._body = response["Body"]

    def close(self) -> None:
        self._close_body()
        super().close()

    def _close_body(self) -> None:
        try:
            self._body.close()
        except Exception:  # noqa: BLE001, S110 - a broken connection may fail to close
            pass


# At DEBUG, botocore logs every request's parameters and every listing it receives,
# and urllib3 every URL: object keys, which may name people. They are held at INFO (a
# level set on purpose higher is kept), whatever `pdmap --debug` sets the root logger to.
_HTTP_LOGGERS = ("botocore", "boto3", "s3transfer", "urllib3")


def _quiet_http_logs() -> None:
    for name in _HTTP_LOGGERS:
        logger = logging.getLogger(name)
        if logger.level < logging.INFO:
            logger.setLevel(logging.INFO)


def _dropped(error: Exception) -> bool:
    from botocore.exceptions import (
        ConnectionClosedError,
        IncompleteReadError,
        ReadTimeoutError,
        ResponseStreamingError,
    )
    from urllib3.exceptions import HTTPError

    dropped = (ResponseStreamingError, IncompleteReadError, ReadTimeoutError,
               ConnectionClosedError, HTTPError, ConnectionError, TimeoutError)
    return isinstance(error, dropped)


def _discard(body: Any, n: int) -> None:
    while n > 0:
        chunk = body.read(min(n, 1024 * 1024))
        if not chunk:
            return
        n -= len(chunk)


def specific_type(content_type: str | None) -> str | None:
    """The Content-Type if it says more than the key's extension does.

    Stores and upload tools label objects text/plain or octet-stream by default
    (SeaweedFS guesses text/plain for a CSV); such a label would hide `.csv` or `.jsonl`.
    """
    base = (content_type or "").split(";")[0].strip().lower()
    return None if base in _GENERIC_TYPES else content_type


def bucket_and_prefix(url: str) -> tuple[str, str]:
    """(bucket, key prefix) from `s3://bucket/prefix`; credentials in the URL are refused."""
    parts = urlsplit(url)
    if parts.scheme != "s3" or not parts.hostname:
        raise ValueError("an S3 source URL is s3://bucket/prefix")
    if parts.username or parts.password:
        raise ValueError("credentials come from the AWS chain (environment, profile), "
                         "never from the source URL")
    return parts.netloc, unquote(parts.path.lstrip("/"))


def describe(e: BaseException) -> str:
    """One line about an S3 error without the request URL (it holds the key, which may
    hold a name) or any credential."""
    response = getattr(e, "response", None)
    if isinstance(response, dict):
        code = response.get("Error", {}).get("Code", "?")
        status = response.get("ResponseMetadata", {}).get("HTTPStatusCode", "?")
        op = getattr(e, "operation_name", "request")
        return f"{op}: {code} (HTTP {status})"
    cause = getattr(e, "kwargs", {}).get("error")
    return type(e).__name__ + (f" ({type(cause).__name__})" if cause is not None else "")
