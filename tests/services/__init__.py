"""Real servers for the test suite and the benchmarks: no mocks.

Each server is a context manager that binds only to 127.0.0.1 on free ports, keeps its data
in a fresh temporary directory and removes both on exit::

    from tests.services.postgres import PostgresServer

    with PostgresServer() as pg:
        engine = sqlalchemy.create_engine(pg.url)

The Debian packages they need come from scripts/install-test-deps.sh.
"""

from tests.services._common import ServiceError

__all__ = ["ServiceError"]
