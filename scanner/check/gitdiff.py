"""Git plumbing for `pdmap check`: the base commit, files at a commit and in the working
tree, and the lines a change added.

Everything goes through the `git` command (no library): it is there wherever a
repository is, and `cat-file --batch` reads hundreds of blobs in one process.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
from collections.abc import Iterable
from pathlib import Path

DEFAULT_BRANCHES = ("main", "master", "origin/main", "origin/master")
_SKIP_DIRS = {".git", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".pdmap"}


class GitError(Exception):
    """A git problem worded for people (a base that does not exist, not a repository)."""


def _git(repo: Path, *args: str, stdin: bytes | None = None) -> bytes:
    proc = subprocess.run(
        ["git", "-C", str(repo), *args],
        input=stdin,
        capture_output=True,
        env={**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"},
    )
    if proc.returncode != 0:
        msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(msg[-1] if msg else f"git {args[0]} failed")
    return proc.stdout


def is_git_repo(repo: Path) -> bool:
    try:
        return _git(repo, "rev-parse", "--is-inside-work-tree").strip() == b"true"
    except (GitError, FileNotFoundError):
        return False


def _commit(repo: Path, ref: str) -> str | None:
    try:
        return _git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").decode().strip()
    except GitError:
        return None


_BRANCH = re.compile(r"(?![0-9a-f]{7,40}$)[\w./-]+")  # a branch name, not HEAD~1 or a sha


def _fetch_hint(repo: Path, branch: str = "<branch>") -> str:
    """How to get a base into this checkout, in one step that works: a shallow clone needs
    its history as well as the branch, or the merge base is still missing after a fetch."""
    try:
        shallow = _git(repo, "rev-parse", "--is-shallow-repository").strip() == b"true"
    except GitError:
        shallow = False
    fetch = f"git fetch {'--unshallow ' if shallow else ''}origin {branch}"
    return f"fetch it with its history (actions/checkout: fetch-depth: 0; or {fetch})"


def resolve_base(repo: Path, base: str | None) -> tuple[str | None, str | None]:
    """(commit, ref name) to compare against.

    An explicit base must exist (GitError otherwise). The default is the merge base of
    HEAD with the default branch: origin/HEAD, else main, master, origin/main,
    origin/master. (None, None) only when no base can exist (no git, no commit yet);
    a repository with commits but without the default branch or a merge base with it (a
    shallow pull-request checkout) raises GitError saying how to fix it, never lets
    every field count in silence.
    """
    if base is not None:
        commit = _commit(repo, base)
        if commit is None:
            branch = base.removeprefix("origin/") if _BRANCH.fullmatch(base) else "<branch>"
            hint = _fetch_hint(repo, branch)
            raise GitError(f"--base {base}: no such commit or branch in {repo}; {hint}")
        return commit, base
    if not is_git_repo(repo) or _commit(repo, "HEAD") is None:
        return None, None
    candidates = list(DEFAULT_BRANCHES)
    try:
        origin_head = _git(repo, "symbolic-ref", "--quiet", "refs/remotes/origin/HEAD")
        candidates.insert(0, origin_head.decode().strip().removeprefix("refs/remotes/"))
    except GitError:
        pass
    found = None
    for ref in candidates:
        if _commit(repo, ref) is None:
            continue
        found = found or ref
        try:
            return _git(repo, "merge-base", "HEAD", ref).decode().strip(), ref
        except GitError:
            continue
    if found:
        what = f"no merge base of HEAD and {found} (a shallow clone?)"
        hint = _fetch_hint(repo, found.removeprefix("origin/"))
    else:
        names = ", ".join(dict.fromkeys(candidates))
        what = f"no default branch to compare with ({names}: none is here)"
        hint = _fetch_hint(repo)
    raise GitError(
        f"{what}; {hint}, or name the base with --base REF, or check every field with --all"
    )


def blob_hash(data: bytes) -> str:
    """The id git gives these bytes, so working-tree files and blobs share cache keys."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def worktree_files(repo: Path, suffixes: tuple[str, ...]) -> list[str]:
    """Tracked and untracked-but-not-ignored files with these suffixes (posix paths)."""
    if is_git_repo(repo):
        out = _git(repo, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
        paths = sorted({p for p in out.decode("utf-8", "replace").split("\0") if p})
        return [p for p in paths if p.endswith(suffixes) and (repo / p).is_file()]
    found = []
    for root, dirs, files in os.walk(repo):
        dirs[:] = [d for d in dirs if d not in _SKIP_DIRS]
        for name in files:
            if name.endswith(suffixes):
                found.append(Path(root, name).relative_to(repo).as_posix())
    return sorted(found)


def tree_files(repo: Path, commit: str, suffixes: tuple[str, ...]) -> dict[str, str]:
    """path -> blob id of the files with these suffixes at commit."""
    out = _git(repo, "ls-tree", "-r", "-z", "--full-tree", commit)
    files = {}
    for entry in out.decode("utf-8", "replace").split("\0"):
        if not entry:
            continue
        meta, path = entry.split("\t", 1)
        _mode, kind, blob = meta.split()
        if kind == "blob" and path.endswith(suffixes):
            files[path] = blob
    return files


def read_blobs(repo: Path, blobs: Iterable[str]) -> dict[str, bytes]:
    """Many blobs in one `git cat-file --batch` process."""
    wanted = list(dict.fromkeys(blobs))
    if not wanted:
        return {}
    out = _git(repo, "cat-file", "--batch", stdin="\n".join(wanted).encode() + b"\n")
    result, pos = {}, 0
    for blob in wanted:
        end = out.index(b"\n", pos)
        header = out[pos:end].split()
        pos = end + 1
        if len(header) < 3 or header[1] == b"missing":
            continue
        size = int(header[2])
        result[blob] = out[pos : pos + size]
        pos += size + 1
    return result


_HUNK = re.compile(rb"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.MULTILINE)


def added_lines(repo: Path, commit: str, suffixes: tuple[str, ...]) -> dict[str, set[int]]:
    """path -> line numbers (in the working tree) added or changed since commit.

    Untracked files are absent here: callers treat a path missing at the base as new.
    """
    globs = [f"*{s}" for s in suffixes]
    out = _git(
        repo,
        "diff",
        "--unified=0",
        "--no-color",
        "--no-ext-diff",
        "--no-renames",
        commit,
        "--",
        *globs,
    )
    lines: dict[str, set[int]] = {}
    current: set[int] | None = None
    for raw in out.split(b"\n"):
        if raw.startswith(b"+++ "):
            name = raw[4:].decode("utf-8", "replace")
            current = None if name == "/dev/null" else lines.setdefault(name[2:], set())
        elif raw.startswith(b"@@") and current is not None:
            m = _HUNK.match(raw)
            if m:
                start, count = int(m.group(1)), int(m.group(2) or 1)
                current.update(range(start, start + count))
    return lines
