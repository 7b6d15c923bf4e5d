"""A throwaway MariaDB server with real password authentication, on 127.0.0.1 only."""

from __future__ import annotations

import re
import secrets

from tests.services._common import Service, ServiceError, find_binary, free_ports

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


class MariaDBServer(Service):
    """MariaDB for tests.

    `url` is a SQLAlchemy URL for the database `dbname` as `user`, who logs in with a password
    generated per server and may create further databases. `root` logs in over the Unix socket
    without a password; `execute()` uses it.
    """

    name = "mariadb"

    def __init__(
        self, user: str = "pdmap", dbname: str = "pdmap", startup_timeout: float = 60.0
    ) -> None:
        super().__init__(startup_timeout)
        for identifier in (user, dbname):
            _check_identifier(identifier)
        self.host = "127.0.0.1"
        self.port = 0
        self.user = user
        self.password = secrets.token_hex(12)
        self.dbname = dbname

    @property
    def url(self) -> str:
        return self.url_for(self.dbname)

    @property
    def socket_path(self) -> str:
        return str(self.dir / "mysqld.sock")

    def url_for(self, dbname: str) -> str:
        return f"mysql+pymysql://{self.user}:{self.password}@{self.host}:{self.port}/{dbname}"

    def create_database(self, dbname: str) -> str:
        """Create another database and return its SQLAlchemy URL."""
        _check_identifier(dbname)
        self.execute(f"CREATE DATABASE `{dbname}` CHARACTER SET utf8mb4")
        return self.url_for(dbname)

    def execute(self, *statements: str) -> None:
        """Run statements as root over the Unix socket (for set-up, not for tests)."""
        import pymysql

        conn = pymysql.connect(
            unix_socket=self.socket_path, user="root", autocommit=True, connect_timeout=5
        )
        try:
            with conn.cursor() as cursor:
                for statement in statements:
                    cursor.execute(statement)
        finally:
            conn.close()

    def _start(self) -> None:
        install_db = find_binary("mariadb-install-db", ("/usr/bin", "/usr/sbin"))
        mariadbd = find_binary("mariadbd", ("/usr/sbin", "/usr/libexec"))
        data = self.path("data", directory=True)
        common = ["--no-defaults", f"--datadir={data}"]
        self.run(
            [
                install_db,
                *common,
                "--auth-root-authentication-method=normal",
                "--skip-test-db",
                "--skip-name-resolve",
                "--innodb-buffer-pool-size=16M",
            ]
        )
        (self.port,) = free_ports(1)
        self.spawn(
            [
                mariadbd,
                *common,
                f"--port={self.port}",
                f"--bind-address={self.host}",
                f"--socket={self.socket_path}",
                f"--pid-file={self.dir / 'mysqld.pid'}",
                f"--tmpdir={self.dir}",
                "--skip-name-resolve",
                "--skip-log-bin",
                "--performance-schema=OFF",
                "--innodb-buffer-pool-size=16M",
                "--innodb-log-file-size=8M",
                "--innodb-flush-log-at-trx-commit=0",
                "--innodb-doublewrite=0",
                "--innodb-use-native-aio=0",
                "--character-set-server=utf8mb4",
                "--max-connections=50",
            ]
        )
        self.wait_until(self._accepts_root, "accepting connections")
        self.execute(
            f"CREATE DATABASE `{self.dbname}` CHARACTER SET utf8mb4",
            f"CREATE USER '{self.user}'@'%' IDENTIFIED BY '{self.password}'",
            f"GRANT ALL PRIVILEGES ON *.* TO '{self.user}'@'%'",
        )

    def _accepts_root(self) -> bool:
        self.execute("SELECT 1")
        return True


def _check_identifier(name: str) -> None:
    if not _IDENTIFIER.match(name):
        raise ServiceError(f"not a plain SQL identifier: {name!r}")
