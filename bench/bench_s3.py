"""S3 benchmark: a first scan and an unchanged re-scan of a bucket of ~2,000 objects, ~500 MB.

Starts SeaweedFS (tests/services/seaweed.py), fills a bucket with CSV, JSONL, access logs
and text (a few large objects uploaded by multipart from a generator, so nothing near
500 MB is ever held in memory), then runs the scan in a child process so its peak RSS is
its own:

- the scan: pdmap's full scan (`run_scan`, as `pdmap scan` runs it) into a fresh index:
  listing, discovery, classification and the link pass over every object;
- the re-scan with nothing changed: the same `run_scan` again (scanner/link/objects.py:
  list, compare etags with the index's, open nothing).

Prints objects/s, MB/s, the re-scan time and its ratio to the scan, and peak RSS.

    .venv/bin/python bench/bench_s3.py [--objects 2000] [--mb 500] [--large 4]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from connectors.s3 import S3Connector  # noqa: E402
from scanner.core.config import SourceConfig  # noqa: E402

MB = 1_000_000
FIRST = ["Jean", "Marie", "Ali", "Chloe", "Lucas", "Emma", "Noah", "Lea", "Hugo", "Ines"]
LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy"]
FORMATS = ("csv", "jsonl", "log", "txt")


def block(fmt: str, lines: int = 400) -> bytes:
    """A few hundred lines of one format; objects repeat blocks (cheap to generate)."""
    out = []
    for i in range(lines):
        first, last = FIRST[i % len(FIRST)], LAST[i % len(LAST)]
        email = f"{first}.{last}{i}@example.com".lower()
        if fmt == "csv":
            out.append(f"{i},{first} {last},{email},+33 6 12 34 {i % 100:02d} {i % 97:02d},"
                       f"{i * 3 % 1000}.50,2024-03-{i % 28 + 1:02d}\n")
        elif fmt == "jsonl":
            out.append(json.dumps({"id": i, "user": {"name": f"{first} {last}", "email": email},
                                   "page": f"/product/{i}", "amount": i % 500}) + "\n")
        elif fmt == "log":
            out.append(f"198.51.{i % 256}.{i * 7 % 256} - - [10/Oct/2023:13:{i % 60:02d}:36 "
                       f'+0200] "GET /cart/{i} HTTP/1.1" 200 {i * 13} '
                       f'"https://shop.example/" "Mozilla/5.0 (X11; Linux x86_64)"\n')
        else:
            out.append(f"Customer {first} {last} ({email}) called about order {i}; "
                       "promised a callback tomorrow morning.\n")
    return "".join(out).encode()


HEADERS = {"csv": b"id,name,email,phone,amount,date\n", "jsonl": b"", "log": b"", "txt": b""}


def content(fmt: str, size: int, seed: int) -> Iterator[bytes]:
    """About `size` bytes of one format, unique per seed, as chunks."""
    body = block(fmt)
    yield HEADERS[fmt]
    yield block(fmt, 1).replace(b"0", str(seed).encode(), 1)
    for _ in range(max(1, size // len(body))):
        yield body


class ChunkReader(io.RawIOBase):
    """A file-like over a chunk generator, for multipart upload without the whole object."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks, self._buf = chunks, b""

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._buf:
            try:
                self._buf = next(self._chunks)
            except StopIteration:
                return 0
        n = min(len(b), len(self._buf))
        b[:n], self._buf = self._buf[:n], self._buf[n:]
        return n


def fill(client: object, bucket: str, objects: int, total_mb: int, large: int) -> None:
    large_size = total_mb * MB // 2 // max(1, large) if large else 0
    small_size = (total_mb * MB - large * large_size) // max(1, objects - large)

    def upload_small(i: int) -> None:
        fmt = FORMATS[i % len(FORMATS)]
        folder = {"csv": "exports", "jsonl": "events", "log": "logs", "txt": "notes"}[fmt]
        data = b"".join(content(fmt, small_size, i))
        client.put_object(Bucket=bucket, Key=f"{folder}/part-{i:05d}.{fmt}",  # type: ignore[attr-defined]
                          Body=data)

    for j in range(large):
        fmt = FORMATS[j % len(FORMATS)]
        reader = io.BufferedReader(ChunkReader(content(fmt, large_size, 100_000 + j)))
        client.upload_fileobj(reader, bucket, f"big/dump-{j}.{fmt}")  # type: ignore[attr-defined]
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(upload_small, range(objects - large)))


def scan(bucket: str, workers: int | None) -> dict[str, float]:
    """The child: a full pdmap scan, then an unchanged re-scan; figures as JSON on stdout."""
    import tempfile

    from scanner.core.config import Config
    from scanner.index.store import Index
    from scanner.scan.engine import run_scan

    source = SourceConfig(name="bench", url=f"s3://{bucket}/")
    with tempfile.TemporaryDirectory() as tmp:
        cfg = Config(index=f"sqlite:///{tmp}/index.db", key_file=f"{tmp}/key",
                     base_dir=Path(tmp), sources=(source,))
        index = Index(cfg.index)
        t0 = time.perf_counter()
        first = run_scan(cfg, index=index, workers=workers)
        scan_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        again = run_scan(cfg, index=index, workers=workers)
        rescan_s = time.perf_counter() - t1
        index.close()
    conn = S3Connector(source)
    infos = list(conn.objects())
    c1, c2 = first.report.counters, again.report.counters
    return {
        "objects": len(infos), "bytes": sum(o.size for o in infos),
        "records": c1.get("object_records_linked", 0),
        "occurrences": c1.get("subject_occurrences", 0),
        "subjects": c1.get("subjects_created", 0),
        "scan_s": scan_s, "rescan_s": rescan_s,
        "reread": c2.get("object_records_linked", 0),
        "unchanged": c2.get("objects_unchanged", 0),
        "failures": len(first.report.failures),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "workers_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=2000)
    parser.add_argument("--mb", type=int, default=500, help="total size, MB")
    parser.add_argument("--large", type=int, default=4, help="how many large objects")
    parser.add_argument("--workers", type=int, default=0,
                        help="worker processes, as pdmap scan --workers (default: the cores)")
    parser.add_argument("--scan", help=argparse.SUPPRESS)  # the child's bucket
    args = parser.parse_args()
    if args.scan:
        print(json.dumps(scan(args.scan, args.workers or None)))
        return

    from tests.services.seaweed import SeaweedServer

    server = SeaweedServer()
    server.start()
    try:
        client = server.client()
        client.create_bucket(Bucket="bench")
        t = time.perf_counter()
        fill(client, "bench", args.objects, args.mb, args.large)
        print(f"generated {args.objects} objects in {time.perf_counter() - t:.1f}s")
        env = {**os.environ, "PDMAP_S3_ENDPOINT_URL": server.endpoint_url,
               "AWS_ACCESS_KEY_ID": server.access_key,
               "AWS_SECRET_ACCESS_KEY": server.secret_key,
               "AWS_DEFAULT_REGION": server.region, "AWS_EC2_METADATA_DISABLED": "true"}
        out = subprocess.run([sys.executable, __file__, "--scan", "bench",
                              "--workers", str(args.workers)], env=env,
                             check=True, capture_output=True, text=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
    finally:
        server.stop()
    mb = r["bytes"] / MB
    print(f"objects: {r['objects']:.0f}  size: {mb:.0f} MB  records linked: "
          f"{r['records']:.0f}  occurrences: {r['occurrences']:.0f}  subjects: "
          f"{r['subjects']:.0f}  failures: {r['failures']:.0f}")
    print(f"scan:    {r['scan_s']:.1f}s  {r['objects'] / r['scan_s']:.1f} objects/s  "
          f"{mb / r['scan_s']:.1f} MB/s")
    print(f"re-scan: {r['rescan_s']:.2f}s  ({100 * r['rescan_s'] / r['scan_s']:.2f}% of the "
          f"scan; {r['unchanged']:.0f} objects unchanged, {r['reread']:.0f} records read again)")
    print(f"peak RSS of the scanning process: {r['peak_rss_mb']:.0f} MB (its workers: "
          f"{r['workers_rss_mb']:.0f} MB at most each)")


if __name__ == "__main__":
    main()
