"""How right `pdmap scan` is on published sample databases: its column verdicts, per database.

Each folder of tests/data/sample_dbs/ holds the schema and data files of a public sample
database, as its repository publishes them (SOURCE.md names the repository, the commit and
the licence); tests/data/scan_labels/<name>.yaml labels every column of every table of it,
as a DPO would: `table.column: <category>` for personal data, `table.column: null` for the
rest. For each sample the bench builds the SQLite file in a work folder
(tests/estates/sample_dbs.py: the tables with their primary and foreign keys, then every
row), writes a pdmap.yaml there (one sqlite source, default_region US, languages [en], a
fresh key), runs the real `pdmap scan` and then `pdmap report --format json`, each in a
fresh process, and compares each column's verdict with its label:

    fields  labelled columns
    TP FP FN  personal vs not (a column pdmap calls personal is "personal")
    P R F2  precision, recall, F2 (recall weighs twice)
    cat     on the true positives, how many carry the labelled category

and lists each false positive, false negative and category miss with pdmap's category,
confidence and the evidence it names (the rule of the column's name, the recognizers, its
notes; never the sampled values). It fails (exit 1) when a label names a column pdmap did
not report, a column pdmap reported has no label, a label names a category that
rules/categories.yaml does not define, or the scan fails or records failures.

    .venv/bin/python bench/bench_scan_quality.py [--only NAME] [--quiet] [--workdir DIR] \
        [--labels DIR]

Offline and deterministic: everything it reads is in the repository; --workdir keeps each
sample's database, config, index and report under DIR/<name>/ (default: a temporary
folder, removed).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.estates.labels import LabelError, categories, load_labels  # noqa: E402
from tests.estates.rates import LabelScore  # noqa: E402
from tests.estates.sample_dbs import SAMPLES, Sample, build  # noqa: E402

LABELS = ROOT / "tests" / "data" / "scan_labels"


class BenchError(LabelError):
    """A label file, a sample or a pdmap run the bench cannot trust: stop loudly."""


def write_config(work: Path, db: Path, name: str) -> Path:
    path = work / "pdmap.yaml"
    path.write_text(
        "# written by bench/bench_scan_quality.py\n"
        "index: sqlite:///index.db\n"
        "key_file: pdmap.key\n"
        "languages: [en]\n"
        "default_region: US\n"
        f"controller: {{name: {name} sample (bench)}}\n"
        "sources:\n"
        f"  - name: {name}\n"
        f"    url: sqlite:///{db}\n", encoding="utf-8")
    return path


def pdmap(work: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real CLI, in a fresh process, on the work folder's pdmap.yaml."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    for var in ("PDMAP_CONFIG", "PDMAP_KEY"):
        env.pop(var, None)
    return subprocess.run(
        [sys.executable, "-m", "scanner", "-c", str(work / "pdmap.yaml"), *args],
        cwd=work, env=env, capture_output=True, text=True, check=False,
    )


def scan(sample: Sample, work: Path) -> tuple[dict[str, dict[str, Any]], dict[str, int], float]:
    """Each column's verdict as `pdmap report --format json` gives it (table.column ->
    field entry), the rows loaded per table, and the scan's time."""
    for stale in ("index.db", "index.db-wal", "index.db-shm", "pdmap.key", "report.json"):
        (work / stale).unlink(missing_ok=True)
    db = work / f"{sample.name}.db"
    rows = build(sample, db)
    write_config(work, db.resolve(), sample.name)
    t0 = time.perf_counter()
    proc = pdmap(work, "scan", "--no-progress")
    took = time.perf_counter() - t0
    if proc.returncode != 0:
        raise BenchError(f"pdmap scan on {sample.name} exited {proc.returncode}:\n"
                         f"{proc.stderr.strip()[-2000:]}")
    proc = pdmap(work, "report", "--format", "json")
    if proc.returncode != 0:
        raise BenchError(f"pdmap report on {sample.name} exited {proc.returncode}:\n"
                         f"{proc.stderr.strip()[-2000:]}")
    (work / "report.json").write_text(proc.stdout, encoding="utf-8")
    report = json.loads(proc.stdout)
    if report.get("failures"):
        raise BenchError(f"pdmap scan on {sample.name} recorded failures: {report['failures']}")
    verdicts: dict[str, dict[str, Any]] = {}
    for f in report["fields"]:
        if f["source"] != sample.name:
            raise BenchError(f"{sample.name}: a field of another source: {f['source']}")
        schema, _, table = f["container"].rpartition(".")
        if schema not in ("", "main"):
            raise BenchError(f"{sample.name}: a container outside main: {f['container']}")
        key = f"{table}.{f['field']}"
        if key in verdicts:
            raise BenchError(f"{sample.name}: {key} reported twice")
        verdicts[key] = f
    return verdicts, rows, took


def evidence(f: dict[str, Any]) -> str:
    """What pdmap says it went by, without the sampled values (no examples)."""
    ev = f.get("evidence") or {}
    parts = []
    if ev.get("name_rule"):
        parts.append(f"name {ev['name_rule']}")
    if ev.get("recognizers"):
        parts.append(f"values {'+'.join(ev['recognizers'])} {ev.get('match_share', 0):.0%} "
                     f"of {ev.get('sampled', 0)}")
    parts.extend(ev.get("notes") or [])
    return "; ".join(parts) or "no evidence named"


Score = LabelScore


def compare(name: str, labels: dict[str, str | None],
            verdicts: dict[str, dict[str, Any]]) -> Score:
    phantom = sorted(set(labels) - set(verdicts))
    if phantom:
        raise BenchError(f"{name}.yaml: labels name columns pdmap did not report: "
                         + ", ".join(phantom))
    unlabelled = sorted(set(verdicts) - set(labels))
    if unlabelled:
        raise BenchError(f"{name}.yaml: columns pdmap reported without a label: "
                         + ", ".join(unlabelled))
    score = Score()
    for key, truth in labels.items():
        f = verdicts[key]
        found = (f["category"] or "?") if f["personal"] else None
        said = f"pdmap {found or 'not personal'} ({f['confidence'] or 0:.2f}; {evidence(f)})"
        score.count(key, truth, found, said, missed=f", {said}")
    return score


def row(name: str, s: Score) -> str:
    cat = s.category_cell()
    return (f"{name:<24} {s.fields:>6} {s.tp:>4} {s.fp:>4} {s.fn:>4} {s.precision:>6.3f} "
            f"{s.recall:>6.3f} {s.f2:>6.3f}  {cat}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--labels", type=Path, default=LABELS, help="folder of the label files")
    ap.add_argument("--only", action="append", default=[],
                    help="sample to measure (repeatable; default all): "
                         + ", ".join(SAMPLES))
    ap.add_argument("--quiet", action="store_true", help="leave out the list of misses")
    ap.add_argument("--workdir", type=Path,
                    help="keep each sample's database, config, index and report here")
    args = ap.parse_args()

    files = sorted(args.labels.glob("*.yaml"))
    missing = sorted(set(SAMPLES) - {f.stem for f in files})
    if missing:
        sys.exit(f"bench_scan_quality: no labels for {', '.join(missing)} in {args.labels}")
    if args.only:
        unknown = sorted(set(args.only) - {f.stem for f in files})
        if unknown:
            sys.exit(f"bench_scan_quality: no labels named {', '.join(unknown)}")
        files = [f for f in files if f.stem in args.only]
    known = categories()
    tmp = None
    if args.workdir:
        base = args.workdir.resolve()
    else:
        tmp = tempfile.TemporaryDirectory(prefix="pdmap-scan-quality-")
        base = Path(tmp.name)
    total = Score()
    lines, details = [], []
    try:
        for label_file in files:
            name = label_file.stem
            sample = SAMPLES.get(name)
            if sample is None:
                raise BenchError(f"{label_file.name}: no sample database named {name} "
                                 "in tests/estates/sample_dbs.py")
            labels = load_labels(label_file, known, one_dot=True)
            work = base / name
            work.mkdir(parents=True, exist_ok=True)
            verdicts, rows, took = scan(sample, work)
            score = compare(name, labels, verdicts)
            total.add(score)
            lines.append(row(name, score) + f"   [{len(rows)} tables, "
                         f"{sum(rows.values())} rows, scan {took:.1f}s]")
            if score.misses and not args.quiet:
                details.append(f"{name}:")
                details.extend(score.misses)
    except LabelError as e:
        print(f"bench_scan_quality: {e}", file=sys.stderr)
        sys.exit(1)
    finally:
        if tmp is not None:
            tmp.cleanup()
    print(f"{'sample':<24} {'fields':>6} {'TP':>4} {'FP':>4} {'FN':>4} {'P':>6} {'R':>6} "
          f"{'F2':>6}  category on TP")
    print("\n".join(lines))
    print(row(f"total ({len(files)} samples)", total))
    if details:
        print()
        print("\n".join(details))


if __name__ == "__main__":
    main()
