"""How right `pdmap check` is on real applications: precision and recall per project.

Each file of tests/data/check_labels/ names a PyPI sdist (<project>-<version>.yaml) and labels
every schema field pdmap reads from it, as a DPO would: `table.column: <category>` for
personal data, `table.column: null` for the rest. For each labelled project the bench unpacks
its sdist from --sdists, runs the real `pdmap check --all --format json` on it (a fresh
process, no data map), and compares the fields pdmap calls personal with the labels:

    fields  labelled fields pdmap read
    TP FP FN  personal vs not: a field is "personal" when pdmap blocks it (a violation)
    warn    fields pdmap only warns about (a verdict on weak evidence), as
            personal/not-personal by the labels; they count as not blocked above
    P R F2  precision, recall, F2 (recall weighs twice)
    cat     on the true positives, how many carry the labelled category

It fails (exit 1) when a label names a field pdmap did not read, or a category that
rules/categories.yaml does not define, or the sdist is not the one labelled (each label file
starts with `# sha256: <digest of the sdist>`), and lists the fields pdmap read that have no
label.
The list of fields read comes from the same check run in-process (the JSON report lists
only the personal ones); the bench verifies that both runs counted the same fields.

    .venv/bin/python bench/bench_check_quality.py --sdists /tmp/sdists [--only NAME] [--quiet]

Fetch the sdists with `pip download --no-deps --no-binary :all: <project>==<version>`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.estates.labels import LabelError, categories, load_labels  # noqa: E402
from tests.estates.rates import LabelScore  # noqa: E402

LABELS = ROOT / "tests" / "data" / "check_labels"
SUFFIXES = (".tar.gz", ".tgz", ".tar.bz2", ".zip")


class BenchError(LabelError):
    """A label file, an sdist or a pdmap run the bench cannot trust: stop loudly."""


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def split_label_name(stem: str) -> tuple[str, str]:
    project, sep, version = stem.rpartition("-")
    if not sep or not project or not re.match(r"\d", version):
        raise BenchError(f"{stem}.yaml: name it <project>-<version>.yaml")
    return project, version


def find_sdist(sdists: Path, project: str, version: str) -> Path:
    want = f"{norm(project)}-{version.lower()}"
    for path in sorted(sdists.iterdir()):
        for suffix in SUFFIXES:
            if path.name.endswith(suffix):
                stem = path.name[: -len(suffix)]
                name, _, ver = stem.rpartition("-")
                if f"{norm(name)}-{ver.lower()}" == want:
                    return path
    raise BenchError(f"no sdist of {project} {version} in {sdists} "
                     f"(pip download --no-deps --no-binary :all: {project}=={version})")


def pinned_sha256(label_file: Path) -> str:
    first = label_file.read_text(encoding="utf-8").split("\n", 1)[0]
    m = re.fullmatch(r"# sha256: ([0-9a-f]{64})\s*", first)
    if not m:
        raise BenchError(f"{label_file.name}: the first line must be # sha256: <sdist digest>")
    return m.group(1)


def check_digest(sdist: Path, want: str) -> None:
    got = hashlib.sha256(sdist.read_bytes()).hexdigest()
    if got != want:
        raise BenchError(f"{sdist.name}: sha256 {got}, the labels were made on {want}")


def unpack(sdist: Path, into: Path) -> Path:
    """The sdist's top folder, unpacked under `into`."""
    if sdist.name.endswith(".zip"):
        with zipfile.ZipFile(sdist) as z:
            z.extractall(into)
    else:
        with tarfile.open(sdist) as t:
            t.extractall(into, filter="data")
    tops = [p for p in into.iterdir() if p.is_dir()]
    if len(tops) != 1:
        raise BenchError(f"{sdist.name}: expected one top folder, found {len(tops)}")
    return tops[0]


def run_pdmap(repo: Path, work: Path) -> dict:
    """The real CLI, in a fresh process, from a folder with no pdmap.yaml."""
    out = work / "check.json"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    env.pop("PDMAP_CONFIG", None)
    proc = subprocess.run(
        [sys.executable, "-m", "scanner", "check", "--all", "--format", "json",
         "--repo", str(repo), "-o", str(out)],
        cwd=work, env=env, capture_output=True, text=True, check=False,
    )
    if proc.returncode not in (0, 1) or not out.exists():
        raise BenchError(f"pdmap check on {repo.name} exited {proc.returncode}:\n"
                         f"{proc.stderr.strip()}")
    return json.loads(out.read_text(encoding="utf-8"))


def fields_read(repo: Path, work: Path) -> list[str]:
    """Every field the check judges, from the same check run in-process."""
    from scanner.check.gate import run_check
    from scanner.core.config import Config

    result = run_check(repo, Config(base_dir=work), all_fields=True,
                       cache_dir=work / "cache")
    return [f"{c}.{f}" for c, names in result.container_fields.items() for f in names]


@dataclass
class Score(LabelScore):
    """A project's score; warnings (verdicts on weak evidence) counted apart."""

    warn_personal: int = 0
    warn_other: int = 0

    COUNTS = (*LabelScore.COUNTS, "warn_personal", "warn_other")


def measure(label_file: Path, sdists: Path, known: set[str]) -> tuple[Score, list[str]]:
    project, version = split_label_name(label_file.stem)
    labels = load_labels(label_file, known)
    sdist = find_sdist(sdists, project, version)
    check_digest(sdist, pinned_sha256(label_file))
    with tempfile.TemporaryDirectory(prefix="pdmap-quality-") as tmp:
        work = Path(tmp)
        (work / "src").mkdir()
        repo = unpack(sdist, work / "src")
        report = run_pdmap(repo, work)
        read = fields_read(repo, work)
    if len(read) != len(set(read)):
        raise BenchError(f"{sdist.name}: a field was judged twice")
    if report["summary"]["fields_checked"] != len(read):
        raise BenchError(f"{sdist.name}: the CLI checked {report['summary']['fields_checked']} "
                         f"fields, the in-process run {len(read)}")
    verdicts: dict[str, str | None] = dict.fromkeys(read)
    warned: set[str] = set()
    for f in report["findings"]:
        key = f"{f['container']}.{f['field']}"
        if key not in verdicts:
            raise BenchError(f"{sdist.name}: pdmap reported {key}, which it did not read")
        if f["status"] == "warning":
            warned.add(key)
        else:
            verdicts[key] = f["category"] or "?"
    phantom = sorted(set(labels) - set(verdicts))
    if phantom:
        raise BenchError(f"{label_file.name}: labels name fields pdmap did not read: "
                         + ", ".join(phantom))
    unlabelled = sorted(set(verdicts) - set(labels))
    score = Score()
    for key, truth in labels.items():
        found = verdicts[key]
        if key in warned:
            if truth:
                score.warn_personal += 1
            else:
                score.warn_other += 1
        score.count(key, truth, found, f"pdmap {found}",
                    missed=" (pdmap warns)" if key in warned else "")
    return score, unlabelled


def row(name: str, s: Score) -> str:
    cat = s.category_cell()
    warn = f"{s.warn_personal}/{s.warn_other}"
    return (f"{name:<32} {s.fields:>6} {s.tp:>4} {s.fp:>4} {s.fn:>4} {s.precision:>6.3f} "
            f"{s.recall:>6.3f} {s.f2:>6.3f}  {warn:>5}  {cat}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sdists", type=Path, required=True, help="folder of the PyPI sdists")
    ap.add_argument("--labels", type=Path, default=LABELS, help="folder of the label files")
    ap.add_argument("--only", action="append", default=[],
                    help="label file stem to measure (repeatable; default all)")
    ap.add_argument("--quiet", action="store_true", help="leave out the list of misses")
    args = ap.parse_args()

    files = sorted(args.labels.glob("*.yaml"))
    if args.only:
        files = [f for f in files if f.stem in args.only]
    if not files:
        sys.exit(f"bench_check_quality: no label files in {args.labels}")
    known = categories()
    total = Score()
    lines, details = [], []
    try:
        for label_file in files:
            score, unlabelled = measure(label_file, args.sdists, known)
            total.add(score)
            lines.append(row(label_file.stem, score))
            if unlabelled:
                details.append(f"{label_file.stem}: {len(unlabelled)} fields read without a "
                               "label (not scored): " + ", ".join(unlabelled))
            if score.misses and not args.quiet:
                details.append(f"{label_file.stem}:")
                details.extend(score.misses)
    except LabelError as e:
        print(f"bench_check_quality: {e}", file=sys.stderr)
        sys.exit(1)
    print(f"{'project':<32} {'fields':>6} {'TP':>4} {'FP':>4} {'FN':>4} {'P':>6} {'R':>6} "
          f"{'F2':>6}  {'warn':>5}  category on TP")
    print("\n".join(lines))
    print(row(f"total ({len(files)} projects)", total))
    if details:
        print()
        print("\n".join(details))


if __name__ == "__main__":
    main()
