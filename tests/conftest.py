"""Shared fixtures.

Servers (tests/services) start lazily: once per session, and only when a test asks for one.
A server that cannot start fails the tests that need it, with its log tail; nothing is skipped.
Tests that use a server fixture are marked with the fixture's name, so `-m "not dovecot"`
deselects them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest

from tests.services import ServiceError
from tests.services._common import Service
from tests.services.dovecot import DovecotServer
from tests.services.mariadb import MariaDBServer
from tests.services.postgres import PostgresServer
from tests.services.seaweed import SeaweedServer

S = TypeVar("S", bound=Service)

pytest_plugins = ["tests.golden", "tests.browser"]

SERVER_FIXTURES = {
    "postgres": "needs the PostgreSQL server",
    "mariadb": "needs the MariaDB server",
    "dovecot": "needs the Dovecot IMAP server",
    "s3": "needs the SeaweedFS S3 server",
}


def pytest_configure(config: pytest.Config) -> None:
    for name, help_text in SERVER_FIXTURES.items():
        config.addinivalue_line("markers", f"{name}: {help_text}")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        for name in SERVER_FIXTURES.keys() & set(getattr(item, "fixturenames", ())):
            item.add_marker(name)


def _serve(make: Callable[[], S]) -> Iterator[S]:
    server = make()
    try:
        server.start()
    except ServiceError as error:
        pytest.fail(str(error), pytrace=False)
    try:
        yield server
    finally:
        server.stop()


# -- servers -----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    yield from _serve(PostgresServer)


@pytest.fixture(scope="session")
def postgres_url(postgres: PostgresServer) -> str:
    return postgres.url


@pytest.fixture(scope="session")
def mariadb() -> Iterator[MariaDBServer]:
    yield from _serve(MariaDBServer)


@pytest.fixture(scope="session")
def mariadb_url(mariadb: MariaDBServer) -> str:
    return mariadb.url


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    yield from _serve(lambda: DovecotServer({"alice": "alice-pw", "bob": "bob-pw"}))


@pytest.fixture(scope="session")
def s3() -> Iterator[SeaweedServer]:
    yield from _serve(SeaweedServer)


def set_env(mp: pytest.MonkeyPatch, env: dict[str, str | None]) -> None:
    """Apply an environment (None: unset) through a MonkeyPatch, undone after the test."""
    for name, value in env.items():
        if value is None:
            mp.delenv(name, raising=False)
        else:
            mp.setenv(name, value)
