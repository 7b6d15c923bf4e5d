import pytest

from scanner.detect import Detector, get_detector


@pytest.fixture(scope="session")
def detector() -> Detector:
    """One Detector for the session: loading spaCy and Presidio takes seconds."""
    return get_detector(("en", "fr"))
