"""`pdmap check` on a repository of 500 migration files: cold, and with nothing changed.

Builds a git repository with 500 migrations (SQL DDL, ALTERs and Alembic revisions), then
times the whole `pdmap check` command (a fresh process each time): cold (no parse cache),
warm with nothing changed since the base, and after a branch adds one migration.
Targets: under 10 s cold, under 2 s when nothing changed.

    .venv/bin/python bench/bench_check.py [--files 500] [--repeat 5]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DDL = """CREATE TABLE t{i} (
  id bigserial PRIMARY KEY,
  email varchar(255) NOT NULL,
  first_name text,
  created_at timestamptz,
  amount numeric(10,2),
  notes text,
  flags jsonb
);
CREATE INDEX ix_t{i} ON t{i}(email);
"""
ALEMBIC = """from alembic import op
import sqlalchemy as sa

revision = "r{i}"
down_revision = {down}


def upgrade():
    op.add_column("t{t}", sa.Column("phone", sa.String(20)))
    op.alter_column("t{t}", "notes", new_column_name="remarks")
"""
ALTER = "ALTER TABLE t{t} ADD COLUMN c{i} integer;\nALTER TABLE t{t} ALTER COLUMN amount TYPE numeric(12,2);\n"  # noqa: E501
CONFIG = """datamap:
  - {container: "*", field: email, category: contact.email}
  - {container: "*", field: id, category: identity.account_id}
"""


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def build(repo: Path, n: int) -> None:
    repo.mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.email", "bench@example.invalid")
    git(repo, "config", "user.name", "bench")
    (repo / "migrations").mkdir()
    (repo / "alembic").mkdir()
    (repo / "pdmap.yaml").write_text(CONFIG)
    for i in range(n):
        t = i - i % 5
        if i % 5 == 0:
            (repo / "migrations" / f"V{i:04d}__t{i}.sql").write_text(DDL.format(i=i))
        elif i % 5 == 1:
            down = repr(f"r{i - 5}") if i > 5 else None
            (repo / "alembic" / f"r{i}.py").write_text(ALEMBIC.format(i=i, t=t, down=down))
        else:
            (repo / "migrations" / f"V{i:04d}__alter.sql").write_text(ALTER.format(i=i, t=t))
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "schema")
    git(repo, "checkout", "-q", "-b", "feature")


def pdmap_check(repo: Path) -> tuple[float, str]:
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "scanner", "check", "--repo", str(repo)],
                          cwd=repo, capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    if proc.returncode not in (0, 1) or "Traceback" in proc.stderr:
        raise SystemExit(f"pdmap check failed ({proc.returncode}): {proc.stderr.strip()}")
    summary = [x for x in (proc.stdout + proc.stderr).splitlines() if x.startswith("pdmap check:")]
    return elapsed, summary[-1] if summary else ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        repo = Path(tmp) / "repo"
        build(repo, args.files)
        cold = []
        for _ in range(args.repeat):
            shutil.rmtree(repo / ".pdmap", ignore_errors=True)
            cold.append(pdmap_check(repo))
        warm = [pdmap_check(repo) for _ in range(args.repeat)]
        (repo / "migrations" / "V9999__add_phone.sql").write_text(
            "ALTER TABLE t0 ADD COLUMN mobile_phone varchar(20);\n")
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "-m", "phone")
        changed = [pdmap_check(repo) for _ in range(args.repeat)]
    print(f"{args.files} migration files, whole `pdmap check` command, median of {args.repeat}")
    print(f"cold (no cache):          {statistics.median(t for t, _ in cold):.2f}s  "
          f"(target < 10 s) -> {cold[-1][1]}")
    print(f"nothing changed vs base:  {statistics.median(t for t, _ in warm):.2f}s  "
          f"(target < 2 s) -> {warm[-1][1]}")
    print(f"one migration added:      {statistics.median(t for t, _ in changed):.2f}s  "
          f"-> {changed[-1][1]}")


if __name__ == "__main__":
    main()
