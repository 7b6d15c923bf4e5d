from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from scanner.detect.presidio.analyzer import Detector, get_detector

_n = itertools.count()


@pytest.fixture(scope="session")
def detector() -> Detector:
    """One Detector for the session: loading spaCy and Presidio takes seconds."""
    return get_detector(("en", "fr"))


@pytest.fixture(params=["sqlite", "postgres", "mariadb"])
def shop_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A SQLAlchemy URL of a fresh, empty database of each dialect subjects are tested on."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/shop.db"
    server = request.getfixturevalue(request.param)
    return str(server.create_database(f"shop{next(_n)}"))


@pytest.fixture
def index_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path}/index.db"
