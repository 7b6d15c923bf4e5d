"""Robustness run: every file under a directory read as one message, twice.

Once through the .eml connector (each file a message) and once through the mbox connector
(the same files written into one temporary mbox); then both through pdmap's full scan
(`run_scan`: sampling, classification, the link pass with NER) into a temporary index.
Passes when nothing raises and every
message is either a record or a recorded failure with a reason. Prints counts and the
most common reasons; never a message's content.

    python bench/robust_mail.py /work/shared/corpus/mail
"""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
import time
import traceback
from pathlib import Path

from connectors.mail import EmlConnector
from connectors.mbox import MboxConnector
from connectors.message import FIELD_NAMES
from scanner.core.config import SourceConfig
from scanner.core.types import ScanReport


def run(conn: EmlConnector | MboxConnector, label: str, expected: int) -> bool:
    report = ScanReport()
    scanned = fetched = crashes = 0
    started = time.perf_counter()
    for container in conn.discover(report):
        try:
            for rec in conn.read(container, FIELD_NAMES):
                scanned += 1
                again = conn.fetch(rec.locator)
                fetched += again is not None and bool(again.values.get("raw"))
        except Exception:  # noqa: BLE001 - the point of the run is to find these
            crashes += 1
            print(f"  CRASH in {container.name}: {traceback.format_exc(limit=3).splitlines()[-1]}")
        conn.drain_into(report)
    elapsed = time.perf_counter() - started
    failed = report.counters.get("mail.messages_failed", 0) + sum(
        1 for f in report.failures if "larger than" in f.message and "part" not in f.message)
    print(f"{label}: {scanned} scanned, {failed} failed, {expected} expected, {fetched} fetched "
          f"back, {crashes} crashes, {elapsed:.2f} s")
    for name, n in sorted(report.counters.items()):
        print(f"  counter {name}: {n}")
    reasons = collections.Counter(_reason(f.message) for f in report.failures)
    for reason, n in reasons.most_common(8):
        print(f"  {n:4d}  {reason}")
    for f in report.failures[:20]:
        print(f"  failed: {f.place}: {f.message}")
    accounted = scanned + report.counters.get("mail.messages_failed", 0)
    ok = crashes == 0 and accounted == expected and fetched == scanned
    if not ok:
        print(f"  NOT OK: {accounted} of {expected} messages accounted for")
    return ok


def full_scan(sources: list[SourceConfig], expected: int) -> bool:
    """pdmap's whole scan of the sources; every message linked or a recorded failure."""
    from scanner.core.config import Config
    from scanner.index.store import Index
    from scanner.scan.engine import run_scan

    ok = True
    for source in sources:
        with tempfile.TemporaryDirectory() as tmp:
            cfg = Config(index=f"sqlite:///{tmp}/index.db", key_file=f"{tmp}/key",
                         base_dir=Path(tmp), sources=(source,))
            index = Index(cfg.index)
            started = time.perf_counter()
            try:
                result = run_scan(cfg, index=index)
            except Exception:  # noqa: BLE001 - the point of the run is to find these
                print(f"  CRASH in the scan of {source.name}: "
                      f"{traceback.format_exc(limit=3).splitlines()[-1]}")
                ok = False
                continue
            finally:
                index.close()
        c = result.report.counters
        linked, failed = c.get("mail.messages_linked", 0), c.get("mail.messages_failed_linking", 0)
        link_failures = [f for f in result.report.failures if "linking failed" in f.message]
        print(f"pdmap scan ({source.name}): {linked} messages scanned and linked, {failed} "
              f"recorded as failures, {expected} expected; status {result.status}, "
              f"{len(link_failures)} linking failures, {time.perf_counter() - started:.1f} s")
        print("  " + ", ".join(f"{k}={c[k]}" for k in sorted(c) if not k.startswith("fields")))
        for f in link_failures[:5]:
            print(f"  linking failed: {f.place}: {f.message}")
        ok = ok and not link_failures and result.status == "ok" and linked + failed == expected
    return ok


def _reason(message: str) -> str:
    """Failure messages without their numbers, so alike reasons group together."""
    return " ".join("N" if w.strip("():").isdigit() else w for w in message.split())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path, help="directory tree of message files")
    args = parser.parse_args(argv)
    files = sorted(p for p in args.root.rglob("*") if p.is_file() and not p.name.startswith("."))
    print(f"{len(files)} files under {args.root}")
    eml = EmlConnector(SourceConfig("corpus", f"eml://{args.root.resolve()}",
                                    options={"patterns": ["*"]}))
    ok = run(eml, "eml", len(files))
    with tempfile.TemporaryDirectory() as tmp:
        mbox = Path(tmp) / "corpus.mbox"
        with mbox.open("wb") as out:
            for p in files:
                raw = p.read_bytes().replace(b"\r\n", b"\n")
                if raw.startswith(b"From "):  # its own envelope line becomes the separator
                    raw = raw.split(b"\n", 1)[1] if b"\n" in raw else b""
                lines = [b">" + ln if ln.lstrip(b">").startswith(b"From ") else ln
                         for ln in raw.split(b"\n")]
                out.write(b"From robust@localhost Thu Jan  1 00:00:00 2026\n"
                          + b"\n".join(lines).rstrip(b"\n") + b"\n\n")
        ok = run(MboxConnector(SourceConfig("corpus", f"mbox://{mbox}")), "mbox",
                 len(files)) and ok
        ok = full_scan([SourceConfig("corpus-eml", f"eml://{args.root.resolve()}",
                                     options={"patterns": ["*"]}),
                        SourceConfig("corpus-mbox", f"mbox://{mbox}")], len(files)) and ok
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
