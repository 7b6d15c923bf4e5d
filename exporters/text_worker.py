"""The identifiers in many texts, found in a worker process while the export goes on.

The export's identifier check (exporters.identifier_guard.IdentifierGuard) runs
scanner.identifiers.text's patterns and validators over every text of every record: for a
person with 200,000 rows, half of the export's time, mostly phonenumbers telling that a date
is not a phone number. `TextWorker` does that for the next thousand records in another
process while this one checks, annotates and writes the current thousand: the check then
finds each text's identifiers already known (`IdentifierGuard.learn`), and decides exactly
as before.

The worker only finds; deciding (digests, the index, the refusal) stays here. It is
started for large containers only (a spawned process takes about a second to start; until it
answers, this process finds the identifiers itself), and anything going wrong with it (a
process that cannot start or dies) is not an error of the export: this process then finds
them itself. The texts go to it through a pipe of this machine, and nothing is logged.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from scanner.identifiers.text import identifiers as text_identifiers

Found = tuple[tuple[str, str], ...]  # (kind, normalized value) of the identifiers in a text


def scan_texts(texts: Sequence[str], region: str) -> list[Found]:
    """scanner.identifiers.text.identifiers of each text, in order (what the worker runs)."""
    return [tuple(text_identifiers(t, region)) for t in texts]


def _answer() -> bool:
    return True


class TextWorker:
    """One worker process finding the identifiers of texts, a batch at a time."""

    def __init__(self, region: str) -> None:
        self.region = region
        self.broken = False
        # spawn, as the link pass's workers: forking a process that may hold threads
        # and open connections is unsafe.
        self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
        self._started = self._pool.submit(_answer)

    @property
    def up(self) -> bool:
        """Started and answering (False while it starts, and for good once it failed)."""
        if self.broken or not self._started.done():
            return False
        if self._started.exception() is not None:
            self.broken = True
        return not self.broken

    def submit(self, texts: Sequence[str]) -> Future[list[Found]] | None:
        """The texts' identifiers, to come; None when the worker is not up (or no texts)."""
        if not texts or not self.up:
            return None
        try:
            return self._pool.submit(scan_texts, list(texts), self.region)
        except Exception:  # noqa: BLE001 - a broken pool: this process finds them itself
            self.broken = True
            return None

    def result(self, future: Future[list[Found]]) -> list[Found] | None:
        """What `submit` promised, or None when the worker failed (and is not used again)."""
        try:
            return future.result()
        except Exception:  # noqa: BLE001 - as in submit
            self.broken = True
            return None

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
