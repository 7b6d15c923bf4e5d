from __future__ import annotations

import pytest


@pytest.fixture(params=["sqlite"])
def sql_url(request: pytest.FixtureRequest, tmp_path: object) -> str:
    """A fresh, empty database of each dialect the SQL connector is tested on."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/t.db"
    raise AssertionError(request.param)
