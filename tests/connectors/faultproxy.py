"""A fault-injecting HTTP proxy in front of the test S3 server.

It forwards every request unchanged (the Host header too, so SigV4 signatures still
verify) and records (method, path, Range). A `Fault` rule picks requests by method, a substring
of the path and optionally a Range header, and on the first `times` of them answers
503 SlowDown, 500 InternalError, or the real response cut after `cut_after` body bytes
(the full Content-Length is announced, then the connection is closed).
"""

from __future__ import annotations

import http.client
import socket
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote

_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade",
        "proxy-connection", "content-length", "server", "date"}


@dataclass
class Fault:
    kind: str  # "slowdown", "error500" or "cut"
    path: str = ""  # substring of the unquoted request path
    method: str = "GET"
    times: int = 1
    cut_after: int = 0
    ranged: bool | None = None  # None: any; True/False: only with/without a Range header
    fired: int = 0


class FaultProxy:
    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.faults: list[Fault] = []
        self.requests: list[tuple[str, str, str | None]] = []  # method, path, Range
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                proxy._handle(self)

            do_HEAD = do_PUT = do_POST = do_DELETE = do_GET

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def endpoint_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self) -> FaultProxy:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def add(self, fault: Fault) -> Fault:
        self.faults.append(fault)
        return fault

    def _pick(self, handler: BaseHTTPRequestHandler) -> Fault | None:
        path = unquote(handler.path)
        byte_range = handler.headers.get("Range")
        ranged = byte_range is not None
        with self._lock:
            self.requests.append((handler.command, path, byte_range))
            for fault in self.faults:
                if (fault.fired < fault.times and fault.method == handler.command
                        and fault.path in path
                        and (fault.ranged is None or fault.ranged == ranged)):
                    fault.fired += 1
                    return fault
        return None

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        fault = self._pick(h)
        if fault is not None and fault.kind in ("slowdown", "error500"):
            status, code = (503, "SlowDown") if fault.kind == "slowdown" else (500, "InternalError")
            payload = (f"<?xml version='1.0' encoding='UTF-8'?><Error><Code>{code}</Code>"
                       f"<Message>injected</Message></Error>").encode()
            h.send_response(status)
            h.send_header("Content-Type", "application/xml")
            h.send_header("Content-Length", str(len(payload)))
            h.end_headers()
            h.wfile.write(payload)
            return
        conn = http.client.HTTPConnection(*self.upstream, timeout=30)
        try:
            conn.putrequest(h.command, h.path, skip_host=True, skip_accept_encoding=True)
            for name, value in h.headers.items():
                if name.lower() not in _HOP:
                    conn.putheader(name, value)
            conn.putheader("Content-Length", str(len(body)))
            conn.endheaders(body or None)
            response = conn.getresponse()
            data = response.read()
        finally:
            conn.close()
        h.send_response(response.status, response.reason)
        for name, value in response.getheaders():
            if name.lower() not in _HOP:
                h.send_header(name, value)
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        if h.command == "HEAD":
            return
        if fault is not None and fault.kind == "cut":
            h.wfile.write(data[: fault.cut_after])
            h.wfile.flush()
            h.close_connection = True
            h.connection.shutdown(socket.SHUT_RDWR)
            return
        h.wfile.write(data)
