"""Pages read ahead by a thread while the link pass writes the last one (scanner.link.sql,
scanner.link.runs)."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from typing import Any

AHEAD = 2  # pages read ahead of the one being written


class ReadAhead:
    """The pages, read by a thread from the moment this is made, while the caller uses the
    last one; `close` stops it (iterating to the end does too).

    The source driver waits on the network without the GIL: the next page is read
    while this one is written. Only reading goes ahead: hashing there too was slower,
    because the index's executemany hands the GIL back and forth once per row (large
    tables are hashed in worker processes instead: scanner/link/prepare.py). At most AHEAD
    pages wait, so memory stays bounded; a failure on either side stops both.
    """

    def __init__(self, pages: Iterator[Any]) -> None:
        self.pages = pages
        self.queue: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=AHEAD)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="pdmap-link-read", daemon=True)
        self.thread.start()

    def _put(self, item: tuple[bool, Any]) -> bool:
        while not self.stop.is_set():
            try:
                self.queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _run(self) -> None:
        try:
            for page in self.pages:
                if not self._put((True, page)):
                    return
            self._put((False, None))
        except BaseException as e:  # noqa: BLE001 - handed to the consumer, raised there
            self._put((False, e))
        finally:
            close = getattr(self.pages, "close", None)
            if close is not None:
                close()

    def __iter__(self) -> Iterator[Any]:
        try:
            while True:
                more, value = self.queue.get()
                if not more:
                    if isinstance(value, BaseException):
                        raise value
                    return
                yield value
        finally:
            self.close()

    def close(self) -> None:
        self.stop.set()
        self.thread.join()


def read_ahead(pages: Iterator[Any]) -> Iterator[Any]:
    """The pages, read ahead by a thread (`ReadAhead`) once the first is asked for."""
    ahead = ReadAhead(pages)
    try:
        yield from ahead
    finally:
        ahead.close()
