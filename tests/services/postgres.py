"""A throwaway PostgreSQL server: initdb into a temp dir, trust auth on 127.0.0.1 only."""

from __future__ import annotations

import re
import signal

from tests.services._common import Service, ServiceError, find_binary, free_ports

_PG_DIRS = ("/usr/lib/postgresql/*/bin",)
_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*\Z")


class PostgresServer(Service):
    """PostgreSQL for tests.

    `url` is a SQLAlchemy URL for the database `dbname`, owned by the superuser `user`; no
    password is needed (trust auth, loopback only).
    """

    name = "postgres"
    stop_signal = signal.SIGINT  # "fast" shutdown; SIGTERM would wait for clients to leave

    def __init__(
        self, user: str = "pdmap", dbname: str = "pdmap", startup_timeout: float = 60.0
    ) -> None:
        super().__init__(startup_timeout)
        for identifier in (user, dbname):
            _check_identifier(identifier)
        self.host = "127.0.0.1"
        self.port = 0
        self.user = user
        self.dbname = dbname

    @property
    def url(self) -> str:
        return self.url_for(self.dbname)

    def url_for(self, dbname: str) -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{dbname}"

    def create_database(self, dbname: str) -> str:
        """Create another database and return its SQLAlchemy URL."""
        _check_identifier(dbname)
        self.execute(f'CREATE DATABASE "{dbname}"', dbname="postgres")
        return self.url_for(dbname)

    def execute(self, *statements: str, dbname: str | None = None) -> None:
        """Run statements as the superuser in autocommit mode (for set-up, not for tests)."""
        import psycopg

        with psycopg.connect(self._dsn(dbname or self.dbname), autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)  # type: ignore[arg-type]

    def _dsn(self, dbname: str) -> str:
        return f"host={self.host} port={self.port} user={self.user} dbname={dbname}"

    def _start(self) -> None:
        initdb = find_binary("initdb", _PG_DIRS)
        postgres = find_binary("postgres", _PG_DIRS)
        data = self.path("data")
        self.run(
            [
                initdb,
                "--pgdata",
                str(data),
                "--username",
                self.user,
                "--auth",
                "trust",
                "--encoding",
                "UTF8",
                "--locale",
                "C",
                "--no-sync",
            ]
        )
        (self.port,) = free_ports(1)
        self.spawn(
            [
                postgres,
                "-D",
                str(data),
                "-p",
                str(self.port),
                "-c",
                f"listen_addresses={self.host}",
                "-c",
                f"unix_socket_directories={self.dir}",
                "-c",
                "fsync=off",
                "-c",
                "synchronous_commit=off",
                "-c",
                "full_page_writes=off",
                "-c",
                "shared_buffers=16MB",
                "-c",
                "max_connections=50",
                "-c",
                "logging_collector=off",
            ]
        )
        self.wait_until(self._accepts_queries, "accepting connections")
        self.execute(f'CREATE DATABASE "{self.dbname}"', dbname="postgres")

    def _accepts_queries(self) -> bool:
        import psycopg

        with psycopg.connect(self._dsn("postgres"), connect_timeout=2) as conn:
            conn.execute("SELECT 1")
        return True


def _check_identifier(name: str) -> None:
    if not _IDENTIFIER.match(name):
        raise ServiceError(f"not a plain lower-case SQL identifier: {name!r}")
