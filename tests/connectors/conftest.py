from __future__ import annotations

import itertools

import pytest

_n = itertools.count()


@pytest.fixture(params=["sqlite", "postgres", "mariadb"])
def sql_url(request: pytest.FixtureRequest, tmp_path: object) -> str:
    """A fresh, empty database of each dialect the SQL connector is tested on."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/t.db"
    server = request.getfixturevalue(request.param)
    return str(server.create_database(f"t{next(_n)}"))
