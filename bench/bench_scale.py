"""Scale benchmark (issue 17): a full `pdmap scan` with 1 and 2 workers, as local worker
processes (`--workers`) and as a Dask `LocalCluster` (`--scheduler`).

Two estates, scanned apart:

- objects: a local folder of CSV, JSON Lines and access-log files (by default 200,000 of
  each, ~60 MB, in 30 files), the issue's folder;
- table: a PostgreSQL table of 2,000,000 people (name, e-mail, phone, city), built
  server-side with generate_series.

Each scan runs in a child process (`pdmap scan` as a user runs it, into a fresh index) so
its peak RSS and CPU time are its own. With local processes the index is SQLite; a cluster
needs a server index, PostgreSQL. Prints, per run, records/s, the speed-up of 2 workers over
1, the scan process's peak RSS, and the writer's bound: records per CPU-second of the scan's
own process, which alone writes the index (listing, discovery and the writes) — no number
of workers makes a scan faster than that.

    .venv/bin/python bench/bench_scale.py [--rows 2000000] [--records 200000] [--only objects|table]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scanner.identifiers.key import create_key  # noqa: E402
from tests.services.postgres import PostgresServer  # noqa: E402

FIRST = ["Jean", "Marie", "Ali", "Chloé", "Lucas", "Emma", "Noah", "Léa", "Hugo", "Inès",
         "Sofia", "Adam", "Louise", "Gabriel", "Jade", "Raphaël"]
LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy",
        "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia"]
FILES = 10  # files of each format


def build_folder(folder: Path, records: int, people: int = 50_000) -> int:
    """CSV, JSON Lines and access-log files, `records` of each; returns the bytes."""
    rng = random.Random(17)
    folder.mkdir(parents=True)
    per = records // FILES
    for f in range(FILES):
        csv, jsonl, log = [["customer_id,name,email,phone,city"]], [], []
        for i in range(per):
            p = rng.randrange(people)
            first, last = FIRST[p % len(FIRST)], LAST[p // 16 % len(LAST)]
            email = f"{first.lower()}.{last.lower()}{p}@example.com"
            phone = f"+33 6 {p % 97:02d} {p // 97 % 100:02d} {p % 89:02d} {i % 100:02d}"
            csv[0].append(f"{p},{first} {last},{email},{phone},Lyon")
            jsonl.append(json.dumps({"ts": f"2024-06-{i % 28 + 1:02d}T10:00:00Z",
                                     "user": {"name": f"{first} {last}", "email": email},
                                     "page": f"/product/{i % 700}", "ip":
                                     f"198.51.{p % 256}.{p // 256 % 256}"}))
            log.append(f"203.0.{p % 256}.{i % 256} - - [10/Oct/2023:13:{i % 60:02d}:36 +0200] "
                       f'"GET /cart/{i} HTTP/1.1" 200 {i * 13 % 9000} "https://shop.example/" '
                       f'"Mozilla/5.0 (X11; Linux x86_64)"')
        (folder / f"crm-{f:02d}.csv").write_text("\n".join(csv[0]) + "\n", "utf-8")
        (folder / f"events-{f:02d}.jsonl").write_text("\n".join(jsonl) + "\n", "utf-8")
        (folder / f"access-{f:02d}.log").write_text("\n".join(log) + "\n", "utf-8")
    return sum(p.stat().st_size for p in folder.iterdir())


def build_table(pg: PostgresServer, rows: int) -> None:
    pg.execute(
        "CREATE TABLE people (id bigint PRIMARY KEY, full_name text, email text, phone text, "
        "city text)",
        f"INSERT INTO people SELECT i, "
        f"(ARRAY['Alice','Bruno','Chloé','David','Emma','Farid','Gaëlle'])[1 + i % 7] || ' ' || "
        f"(ARRAY['Martin','Petit','Dubois','Leroy','Moreau'])[1 + i % 5], "
        f"'person' || i || '@example.com', "
        f"'+33 6 ' || lpad((i % 100)::text, 2, '0') || ' ' || "
        f"lpad((i / 100 % 100)::text, 2, '0') || ' ' || lpad((i / 10000 % 100)::text, 2, '0') "
        f"|| ' ' || lpad((i / 1000000 % 100 + 11)::text, 2, '0'), "
        f"(ARRAY['Lyon','Paris','Lille','Nantes'])[1 + i % 4] "
        f"FROM generate_series(1, {rows}) i",
        "VACUUM ANALYZE people")


def write_config(folder: Path, name: str, url: str, index: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    create_key(folder / "key")
    config = folder / "pdmap.yaml"
    config.write_text(f"sources:\n  - name: {name}\n    url: {url}\n"
                      f"index: {index}\nkey_file: key\n", "utf-8")
    return config


def scan(config: Path, workers: int | None = None, scheduler: str | None = None
         ) -> dict[str, float]:
    """`pdmap scan` in a child process: wall time, the child's CPU time and peak RSS."""
    args = ["--workers", str(workers)] if workers else ["--scheduler", str(scheduler)]
    code = (
        "import resource, sys, time\n"
        "from scanner.cli.main import main\n"
        "if __name__ == '__main__':\n"
        "    t = time.perf_counter()\n"
        "    try:\n"
        f"        main(['-c', {str(config)!r}, 'scan', '--no-progress', *{args!r}])\n"
        "    except SystemExit as e:\n"
        "        code = e.code\n"
        "    r = resource.getrusage(resource.RUSAGE_SELF)\n"
        "    print('BENCH', time.perf_counter() - t, r.ru_utime + r.ru_stime,\n"
        "          r.ru_maxrss / 1024, code, file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    line = [x for x in done.stderr.splitlines() if x.startswith("BENCH")]
    if not line:
        raise SystemExit(f"the scan failed:\n{done.stderr[-3000:]}")
    _, wall, cpu, rss, code = line[-1].split()
    if code not in ("0", "None"):
        raise SystemExit(f"the scan ended with {code}:\n{done.stdout}\n{done.stderr[-3000:]}")
    return {"wall": float(wall), "cpu": float(cpu), "rss": float(rss)}


def report(what: str, records: int, runs: dict[str, dict[str, float]]) -> None:
    for mode, one, two in (("processes", "processes 1", "processes 2"),
                           ("LocalCluster", "cluster 1", "cluster 2")):
        if one not in runs or two not in runs:
            continue
        a, b = runs[one], runs[two]
        print(f"{what:7} {mode:12}: 1 worker {records / a['wall']:>9,.0f} rec/s "
              f"({a['wall']:5.1f}s), 2 workers {records / b['wall']:>9,.0f} rec/s "
              f"({b['wall']:5.1f}s) = {a['wall'] / b['wall']:.2f}x (target >= 1.6); "
              f"writer bound {records / b['cpu']:>9,.0f} rec/s; peak RSS "
              f"{max(a['rss'], b['rss']):,.0f} MiB")


def run_all(config: Path, pg: PostgresServer, tag: str, *, cluster: bool) -> dict[str, dict]:
    runs = {}
    for n in (1, 2):
        index = config.parent / "index.db"
        for p in config.parent.glob("index.db*"):
            p.unlink()
        runs[f"processes {n}"] = scan(config, workers=n)
        print(f"  {tag} processes {n}: {runs[f'processes {n}']}", flush=True)
        del index
    if cluster:
        from distributed import LocalCluster

        text = config.read_text("utf-8")
        for n in (1, 2):
            url = pg.create_database(f"bench_{tag}_{n}")
            config.write_text(text.replace(
                [x for x in text.splitlines() if x.startswith("index:")][0], f"index: {url}"),
                "utf-8")
            with LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                              dashboard_address=None) as c:
                runs[f"cluster {n}"] = scan(config, scheduler=c.scheduler_address)
            print(f"  {tag} cluster {n}: {runs[f'cluster {n}']}", flush=True)
        config.write_text(text, "utf-8")
    return runs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=2_000_000, help="rows of the table")
    ap.add_argument("--records", type=int, default=200_000,
                    help="records of each format in the folder")
    ap.add_argument("--only", choices=("objects", "table"))
    ap.add_argument("--no-cluster", action="store_true")
    args = ap.parse_args()
    with PostgresServer() as pg, tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        out = []
        if args.only in (None, "objects"):
            size = build_folder(base / "files", args.records)
            config = write_config(base / "objects", "files", f"file://{base}/files",
                                  "sqlite:///index.db")
            print(f"objects: {3 * args.records:,} records, {size / 1e6:.0f} MB in "
                  f"{3 * FILES} files", flush=True)
            out.append(("objects", 3 * args.records,
                        run_all(config, pg, "objects", cluster=not args.no_cluster)))
        if args.only in (None, "table"):
            t = time.perf_counter()
            build_table(pg, args.rows)
            print(f"table: {args.rows:,} rows built in {time.perf_counter() - t:.0f}s",
                  flush=True)
            config = write_config(base / "table", "crm", pg.url, "sqlite:///index.db")
            out.append(("table", args.rows,
                        run_all(config, pg, "table", cluster=not args.no_cluster)))
        for what, records, runs in out:
            report(what, records, runs)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(this process: {peak:,.0f} MiB)")


if __name__ == "__main__":
    main()
