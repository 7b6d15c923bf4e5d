from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(params=["sqlite"])
def shop_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A SQLAlchemy URL of a fresh, empty database; PostgreSQL and MariaDB join as params."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/shop.db"
    raise AssertionError(request.param)


@pytest.fixture
def index_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path}/index.db"
