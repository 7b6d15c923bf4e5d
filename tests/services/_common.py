"""What every test server shares: free ports, the unprivileged user, readiness, teardown."""

from __future__ import annotations

import atexit
import ctypes
import grp
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, Self

TEST_USER = "pdmaptest"
"""System user that runs the servers when we are root (PostgreSQL and Dovecot refuse root)."""

_PR_SET_PDEATHSIG = 1


class ServiceError(RuntimeError):
    """A test server could not be started; the message carries the tail of its log."""


def free_ports(count: int) -> list[int]:
    """Return `count` distinct loopback ports that were free a moment ago.

    NOTE: all sockets stay open until every port is chosen, so the ports are distinct; another
    process may still take one before the server binds it, which is why servers retry start-up.
    """
    sockets = []
    try:
        for _ in range(count):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.bind(("127.0.0.1", 0))
            sockets.append(sock)
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def port_is_open(port: int, host: str = "127.0.0.1") -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


_user_lock = threading.Lock()


def service_user() -> pwd.struct_passwd:
    """The account servers run as: `pdmaptest` when we are root (created if missing), else us."""
    if os.geteuid() != 0:
        return pwd.getpwuid(os.geteuid())
    with _user_lock:
        try:
            return pwd.getpwnam(TEST_USER)
        except KeyError:
            pass
        result = subprocess.run(
            [
                "useradd",
                "--system",
                "--user-group",
                "--no-create-home",
                "--home-dir",
                "/nonexistent",
                "--shell",
                "/usr/sbin/nologin",
                TEST_USER,
            ],
            capture_output=True,
            text=True,
        )
        # Exit status 9: another process created the user in the meantime.
        if result.returncode not in (0, 9):
            raise ServiceError(f"cannot create user {TEST_USER}: {result.stderr.strip()}")
        return pwd.getpwnam(TEST_USER)


def group_name(user: pwd.struct_passwd) -> str:
    return grp.getgrgid(user.pw_gid).gr_name


def find_binary(name: str, extra_dirs: Sequence[str] = ()) -> str:
    """Find `name` on PATH or in `extra_dirs` (glob patterns allowed, newest sorted last)."""
    found = shutil.which(name)
    if found:
        return found
    for pattern in extra_dirs:
        for directory in sorted(
            Path("/").glob(pattern.lstrip("/")), key=_version_key, reverse=True
        ):
            candidate = directory / name
            if os.access(candidate, os.X_OK):
                return str(candidate)
    raise ServiceError(f"{name} not found; run scripts/install-test-deps.sh")


def _version_key(path: Path) -> list[int]:
    return [int(part) for part in re.findall(r"\d+", str(path))]


def log_tail(path: Path, lines: int = 30) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return "(no log)"
    return "\n".join(text.splitlines()[-lines:]) or "(empty log)"


def _die_with_parent() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


class Service:
    """Base of the servers: a temp dir, child processes run as the service user, and teardown.

    Subclasses implement `_start()` (which may raise ServiceError) and read `self.dir`.
    """

    name = "service"
    start_attempts = 3
    """Start-up is retried with fresh ports in case another process took one of ours."""
    stop_signal = signal.SIGTERM
    """How the server is asked to shut down before its process group is killed."""

    def __init__(self, startup_timeout: float = 60.0) -> None:
        self.startup_timeout = startup_timeout
        self.os_user = service_user()
        """The account the server processes run as."""
        self.dir = Path()
        self.log_path = Path()
        self._processes: list[subprocess.Popen[bytes]] = []
        self._log_file: BinaryIO | None = None

    # -- lifecycle -------------------------------------------------------------------------

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        for attempt in range(1, self.start_attempts + 1):
            self.dir = Path(tempfile.mkdtemp(prefix=f"pdmap-{self.name}-"))
            os.chown(self.dir, self.os_user.pw_uid, self.os_user.pw_gid)
            os.chmod(self.dir, 0o700)
            self.log_path = self.dir / f"{self.name}.log"
            atexit.register(self.stop)
            try:
                self._start()
                return
            except ServiceError as error:
                retry = attempt < self.start_attempts and self._lost_port_race()
                self.stop()
                if not retry:
                    raise ServiceError(f"{self.name} failed to start: {error}") from None
            except BaseException:
                self.stop()
                raise

    def stop(self) -> None:
        atexit.unregister(self.stop)
        for process in reversed(self._processes):
            _terminate(process, self.stop_signal)
        self._processes.clear()
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None
        if self.dir != Path() and self.dir.exists():
            shutil.rmtree(self.dir, ignore_errors=True)

    @property
    def pids(self) -> list[int]:
        """Process ids of the running server processes (each leads its own process group)."""
        return [process.pid for process in self._processes if process.poll() is None]

    def _start(self) -> None:
        raise NotImplementedError

    def _lost_port_race(self) -> bool:
        """Whether start-up failed because another process took one of our ports."""
        tail = log_tail(self.log_path, 200).lower()
        return "address already in use" in tail or ("bind" in tail and "in use" in tail)

    # -- helpers for subclasses ------------------------------------------------------------

    def path(self, *parts: str, directory: bool = False) -> Path:
        """A path in the temp dir, owned by the service user (created when `directory`)."""
        target = self.dir.joinpath(*parts)
        if directory:
            target.mkdir(parents=True, exist_ok=True)
            os.chown(target, self.os_user.pw_uid, self.os_user.pw_gid)
        return target

    def write(self, name: str, text: str, mode: int = 0o600) -> Path:
        target = self.dir / name
        target.write_text(text)
        os.chmod(target, mode)
        os.chown(target, self.os_user.pw_uid, self.os_user.pw_gid)
        return target

    def _env(self) -> dict[str, str]:
        env = {
            "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"),
            "HOME": str(self.dir),
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "TMPDIR": str(self.dir),
            "USER": self.os_user.pw_name,
            "LOGNAME": self.os_user.pw_name,
        }
        return env

    def _as_user(self) -> dict[str, Any]:
        """Popen arguments that drop root privileges to the service user."""
        if os.geteuid() != 0:
            return {}
        return {"user": self.os_user.pw_uid, "group": self.os_user.pw_gid, "extra_groups": []}

    def run(self, argv: Sequence[str], timeout: float = 120.0) -> str:
        """Run a set-up command as the service user; raise ServiceError with its output."""
        result = subprocess.run(
            list(argv),
            cwd=self.dir,
            env=self._env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            **self._as_user(),
        )
        if result.returncode != 0:
            output = (result.stdout + result.stderr).strip().splitlines()[-20:]
            raise ServiceError(
                f"{Path(argv[0]).name} exited {result.returncode}:\n" + "\n".join(output)
            )
        return result.stdout

    def spawn(self, argv: Sequence[str], env: dict[str, str] | None = None) -> None:
        """Start the long-running server process as the service user, output to the log."""
        if self._log_file is None:
            self._log_file = open(self.log_path, "ab")  # closed in stop()
            os.chown(self.log_path, self.os_user.pw_uid, self.os_user.pw_gid)
        # NOTE: the server dies with us if we are killed, but only when started from the main
        # thread: the parent-death signal fires when the *thread* that forked it exits.
        on_main_thread = threading.current_thread() is threading.main_thread()
        process = subprocess.Popen(
            list(argv),
            cwd=self.dir,
            env={**self._env(), **(env or {})},
            stdin=subprocess.DEVNULL,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_die_with_parent if on_main_thread else None,
            **self._as_user(),
        )
        self._processes.append(process)

    def wait_until(self, ready: Callable[[], bool], what: str) -> None:
        """Poll `ready` until it is true; raise ServiceError if the server dies or time runs out."""
        deadline = time.monotonic() + self.startup_timeout
        delay = 0.05
        last_error = ""
        while True:
            for process in self._processes:
                if process.poll() is not None:
                    raise ServiceError(
                        f"exited with status {process.returncode} before {what}; "
                        f"log tail:\n{log_tail(self.log_path)}"
                    )
            try:
                if ready():
                    return
            except Exception as error:  # not ready yet, whatever the client says
                last_error = f" (last attempt: {type(error).__name__}: {error})"
            if time.monotonic() > deadline:
                raise ServiceError(
                    f"not {what} after {self.startup_timeout:.0f}s{last_error}; "
                    f"log tail:\n{log_tail(self.log_path)}"
                )
            time.sleep(delay)
            delay = min(delay * 1.5, 0.5)


def _terminate(process: subprocess.Popen[bytes], how: int, grace: float = 10.0) -> None:
    """Ask the server to shut down (it stops its own children), SIGKILL its group if it lingers."""
    if process.poll() is None:
        process.send_signal(how)
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait(timeout=5)
    # Children that outlived the leader (e.g. dovecot's helpers) share the group.
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
