"""A real headless Chromium (Debian's `chromium`, installed by scripts/install-test-deps.sh),
driven by Playwright with the system browser: no browser is downloaded.

`render(path)` opens a local HTML file with every network request refused and recorded, and
returns what the page did: console errors, page errors, the requests it tried to make (only
`file:` URLs under the file's own directory are allowed), and the Playwright page to inspect.
A missing browser fails the test that needs it; nothing is skipped.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def chromium_path() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("no chromium on PATH: run scripts/install-test-deps.sh", pytrace=False)
    raise AssertionError  # unreachable


@dataclass
class Rendered:
    page: Any
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)

    def clean(self) -> None:
        """Assert the page loaded nothing from outside and logged no error."""
        assert not self.external_requests, self.external_requests
        assert not self.console_errors, self.console_errors
        assert not self.page_errors, self.page_errors


class Browser:
    def __init__(self, browser: Any, scratch: Path) -> None:
        self._browser = browser
        self.scratch = scratch

    @contextmanager
    def render(self, path: Path, *, width: int = 1280, height: int = 900) -> Iterator[Rendered]:
        context = self._browser.new_context(viewport={"width": width, "height": height},
                                            java_script_enabled=True)
        page = context.new_page()
        rendered = Rendered(page)
        root = path.resolve().parent.as_uri()

        def route(r: Any) -> None:
            url = r.request.url
            if url.startswith(root + "/") or url.startswith("data:"):
                r.continue_()
            else:
                rendered.external_requests.append(url)
                r.abort()

        page.route("**/*", route)
        page.on("console", lambda m: rendered.console_errors.append(m.text)
                if m.type == "error" else None)
        page.on("pageerror", lambda e: rendered.page_errors.append(str(e)))
        page.goto(path.resolve().as_uri())
        page.wait_for_load_state("load")
        try:
            yield rendered
        finally:
            context.close()

    def screenshot(self, rendered: Rendered, name: str) -> Path:
        """Save a screenshot of the page: under docs/screenshots (the README shows them)
        when PDMAP_SCREENSHOTS=1 asks to refresh them, else in a temporary folder (a test
        run leaves the repository as it was)."""
        folder = SCREENSHOTS if os.environ.get("PDMAP_SCREENSHOTS") == "1" else self.scratch
        folder.mkdir(parents=True, exist_ok=True)
        out = folder / name
        rendered.page.screenshot(path=str(out), full_page=False)
        return out


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(),
                              args=["--no-sandbox", "--disable-gpu"])
        try:
            yield Browser(b, tmp_path_factory.mktemp("screenshots"))
        finally:
            b.close()
