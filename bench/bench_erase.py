"""Erasure benchmark: how right `pdmap erase` plans are, and what applying them does.

On the role estates of tests/estates/roles.py (SQLite; their Truth says which rows are
whose, shared or referencing), scans once, plans erasure for a seeded sample of people and
scores each plan item against the truth:
  delete      right when the row is the person's own/attached row and no one else's;
              a delete of another's or a shared row is the worst defect, printed apart;
  anonymise/hold  right on the person's own/attached rows;
  clear_reference right on rows that only reference the person;
  unlink/review   right on shared rows.
Recall: the person's rows (own, attached, shared, reference) handled rightly. F2: beta = 2.
Then applies the plans of --apply people per estate (write_url = the estate), re-scans, and
reports whether `subjects find` still finds them and whether anyone else's row was lost.
Measures only: it never changes the planner.

    .venv/bin/python bench/bench_erase.py [--people N] [--apply N] [--seed S] [--schema NAME ...]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import orjson
import sqlalchemy as sa
import yaml
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scanner.cli.main import main as cli  # noqa: E402
from tests.estates.roles import Row, Truth, fkey, scan_schema  # noqa: E402

ESTATES = ("hr", "shop_reps", "marketplace", "referrals", "clinic", "households")
RIGHT = {"delete": {"own", "attached"}, "anonymise": {"own", "attached"},
         "hold": {"own", "attached"}, "clear_reference": {"reference"},
         "unlink": {"shared"}, "review": {"shared"}}


def f_beta(p: float, r: float, beta: float = 2.0) -> float:
    b2 = beta * beta
    return (1 + b2) * p * r / (b2 * p + r) if p + r else 0.0


def invoke(config: Path, *args: str) -> tuple[int, str]:
    res = CliRunner().invoke(cli, ["-c", str(config), *args])
    return res.exit_code, res.stdout


def identifier(truth: Truth, pid: str) -> str | None:
    """An e-mail or phone of the person's that no one else holds (a household phone names
    no one: `erase` rightly refuses it), else None: such people are not sampled."""
    ids = truth.people[pid].identifiers
    for value in (ids.get("email") or []) + (ids.get("phone") or []):
        if not any(value in vs for q, other in truth.people.items() if q != pid
                   for vs in other.identifiers.values()):
            return value
    return None


def existing(url: str, truth: Truth) -> set[Row]:
    engine = sa.create_engine(url)
    md = sa.MetaData()
    md.reflect(engine)
    rows: set[Row] = set()
    with engine.connect() as conn:
        for t in md.tables.values():
            keys = truth.keys.get(t.name.lower())
            if not keys:
                continue
            cols = [c for c in t.columns if c.name.lower() in keys]
            for r in conn.execute(sa.select(*cols)):
                rows.add((t.name.lower(), fkey({c.name.lower(): v
                                                for c, v in zip(cols, r, strict=True)})))
    engine.dispose()
    return rows


def score_plan(truth: Truth, pid: str, plan: dict[str, Any], stats: dict[str, Any],
               name: str) -> None:
    expected = truth.expected(pid)
    handled: set[Row] = set()
    for item in plan["items"]:
        table = item["container"].rsplit(".", 1)[-1].lower()
        row: Row = (table, fkey({k.lower(): v for k, v in item["locator"].items()}))
        role = expected.get(row)
        others = {p for p, rl in truth.rows.get(row, set()) if p != pid and rl != "reference"}
        action = item["action"]
        ok = role in RIGHT.get(action, set()) and not (action == "delete" and others)
        stats["items"] += 1
        if ok:
            stats["tp"] += 1
            handled.add(row)
        else:
            stats["fp"] += 1
            if action == "delete":
                whose = ("shared/of " + ",".join(sorted(others))) if others \
                    else (role or "no one")
                stats["bad_deletes"].append(
                    f"{name}.{table} {pid}: delete of a row that is {whose}'s")
            elif len(stats["wrong"]) < 5:
                stats["wrong"].append(
                    f"{name}.{table} {pid}: {action} on a {role or 'foreign'} row")
    for row, role in expected.items():
        stats["expected"] += 1
        if row not in handled:
            stats["fn"] += 1
            if len(stats["missed"]) < 5:
                stats["missed"].append(f"{name}.{row[0]} {pid}: {role} row not handled rightly")


def run_estate(name: str, people: int, apply_n: int, rng: random.Random,
               work: Path) -> dict[str, Any]:
    work.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{work}/{name}.db"
    scanned = scan_schema(name, url, work)
    truth = scanned.truth
    config = work / "pdmap.yaml"
    config.write_text(yaml.safe_dump({
        "index": f"sqlite:///{work}/index.db", "key_file": str(work / "pdmap.key"),
        "default_region": "FR",
        "sources": [{"name": name, "url": url, "write_url": url}]}), encoding="utf-8")
    pids = sorted(p for p in truth.people if identifier(truth, p))
    sample = rng.sample(pids, min(people, len(pids)))
    stats: dict[str, Any] = {"estate": name, "people": len(sample), "items": 0, "tp": 0,
                             "fp": 0, "fn": 0, "expected": 0, "bad_deletes": [], "wrong": [],
                             "missed": [], "plan_s": [], "apply_s": [], "applied": 0,
                             "found_after": 0, "breaches": [], "errors": []}
    for n, pid in enumerate(sample):
        out = work / f"plan-{n}"
        t0 = time.perf_counter()
        code, text = invoke(config, "erase", str(identifier(truth, pid)), "-o", str(out))
        stats["plan_s"].append(time.perf_counter() - t0)
        if code != 0:  # nothing planned (2) or refused: every row of theirs is missed
            stats["errors"].append(f"{name} {pid}: plan exit {code}")
        plan = orjson.loads((out / "plan.json").read_bytes()) if code == 0 else {"items": []}
        score_plan(truth, pid, plan, stats, name)
    for pid in sample[:apply_n]:  # plan afresh after each apply + re-scan
        out = work / f"apply-{pid}"
        ident = str(identifier(truth, pid))
        code, text = invoke(config, "erase", ident, "-o", str(out))
        if orjson.loads(invoke(config, "subjects", "find", ident, "--format", "json")[1]
                        ).get("subject") is None:  # "found 0" after must mean something
            stats["errors"].append(f"{name} {pid}: not found even before the erasure")
        before = existing(url, truth)
        t0 = time.perf_counter()
        code, text = invoke(config, "erase", "--apply", str(out))
        stats["apply_s"].append(time.perf_counter() - t0)
        if code not in (0, 3):
            stats["errors"].append(f"{name} {pid}: apply exit {code}")
        stats["applied"] += 1
        lost = before - existing(url, truth)
        for row in sorted(lost, key=str):
            others = {p for p, rl in truth.rows.get(row, set()) if p != pid and rl != "reference"}
            if others:
                stats["breaches"].append(f"{name}.{row[0]} {pid}: lost a row of "
                                         f"{','.join(sorted(others))}")
        invoke(config, "scan")
        code, text = invoke(config, "subjects", "find", ident, "--format", "json")
        try:
            found = orjson.loads(text)
            if found.get("subject") is not None or found.get("occurrences"):
                stats["found_after"] += 1
        except orjson.JSONDecodeError:
            stats["errors"].append(f"{name} {pid}: subjects find exit {code}")
    return stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--people", type=int, default=20, help="people planned per estate")
    ap.add_argument("--apply", type=int, default=2, help="people applied per estate")
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--schema", action="append", choices=ESTATES)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    results = []
    with tempfile.TemporaryDirectory(prefix="bench_erase-") as tmp:
        for name in args.schema or ESTATES:
            results.append(run_estate(name, args.people, args.apply, rng, Path(tmp) / name))
    head = (f"{'estate':<12} {'people':>6} {'items':>6} {'prec':>6} {'recall':>6} {'F2':>6} "
            f"{'bad_del':>7} {'applied':>7} {'found':>5} {'breach':>6}")
    print(head)
    tot = {k: 0 for k in ("people", "items", "tp", "fp", "fn", "expected", "applied",
                          "found_after")}
    bad, breaches, plan_s, apply_s = 0, 0, [], []
    for s in results:
        p = s["tp"] / s["items"] if s["items"] else 1.0
        r = (s["expected"] - s["fn"]) / s["expected"] if s["expected"] else 1.0
        print(f"{s['estate']:<12} {s['people']:>6} {s['items']:>6} {p:>6.3f} {r:>6.3f} "
              f"{f_beta(p, r):>6.3f} {len(s['bad_deletes']):>7} {s['applied']:>7} "
              f"{s['found_after']:>5} {len(s['breaches']):>6}")
        for k in tot:
            tot[k] += s[k]
        bad += len(s["bad_deletes"])
        breaches += len(s["breaches"])
        plan_s += s["plan_s"]
        apply_s += s["apply_s"]
    p = tot["tp"] / tot["items"] if tot["items"] else 1.0
    r = (tot["expected"] - tot["fn"]) / tot["expected"] if tot["expected"] else 1.0
    print(f"{'TOTAL':<12} {tot['people']:>6} {tot['items']:>6} {p:>6.3f} {r:>6.3f} "
          f"{f_beta(p, r):>6.3f} {bad:>7} {tot['applied']:>7} {tot['found_after']:>5} "
          f"{breaches:>6}")
    print(f"median plan {statistics.median(plan_s) if plan_s else 0:.2f}s, "
          f"median apply {statistics.median(apply_s) if apply_s else 0:.2f}s per person")
    for s in results:
        for line in s["bad_deletes"]:
            print("WRONG DELETE", line)
        for line in s["breaches"]:
            print("BREACH", line)
        for line in s["wrong"] + s["missed"] + s["errors"]:
            print("  ", line)


if __name__ == "__main__":
    main()
