"""A real browser: Debian's chromium driven by Playwright's Python package (never a downloaded one).

Absent chromium skips these tests on a laptop, with the install command; in CI (CI=true) it fails,
so the tier can never go missing silently.
"""

from __future__ import annotations

import os
import shutil

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from tests.helpers import unavailable

CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # This machine has no internet: background fetches would only show up as noise.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str | None:
    return os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


# A first visit loads ~6 MB of JavaScript; on a busy 2-core machine that can take more than
# Playwright's default 5 s. Still a bounded wait on what the page shows.
expect.set_options(timeout=15_000)


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    if path is None:
        unavailable("chromium is not installed (sudo apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Problems(list):
    """Console errors, page errors, failed requests and 4xx/5xx responses seen by a page."""

    def watch(self, page: Page) -> None:
        page.on("console", lambda m: m.type == "error" and self.append(f"console: {m.text}"))
        page.on("pageerror", lambda e: self.append(f"page error: {e}"))
        page.on("requestfailed", lambda r: self.append(f"failed: {r.url} {r.failure}"))
        page.on("response", lambda r: r.status >= 400 and self.append(f"HTTP {r.status}: {r.url}"))


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.problems = Problems()
    page.problems.watch(page)
    page.requested = []
    page.on("request", lambda r: page.requested.append(r.url))
    yield page
    context.close()
