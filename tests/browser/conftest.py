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


# What the container pass drives (each image builds its own environment: CI time): Dash 2 in an
# image of its own, files written on a read-only root, a host of its own (the shared runtime's
# images are the other container tests' business).
CONTAINER_APPS = ("spc", "mes-form", "sidebar")


def _real_apps_project(dest, names=None):
    """A copy of the project with the apps of tests/realapps/catalogue.py (those in `names`)
    added by `dashfleet add` (their options only), and what each add printed."""
    from tests.helpers import copy_project, dashfleet_cli
    from tests.realapps.catalogue import APPS

    if os.environ.get("DASHFLEET_TEST_FLEET") == "five":
        pytest.skip("the real apps are adopted into a copy of their own, once, in the first pass")
    project = copy_project(dest)
    registry = project / "dashboards.toml"  # the main site's name, for the apps at their own
    registry.write_text(registry.read_text().replace("[site]\n", '[site]\nhost = "localhost"\n', 1))
    added = {}
    for app in APPS:
        if names is None or app.name in names:
            args = ("add", str(app.path), "--name", app.name, *app.options)
            added[app.name] = dashfleet_cli(project, *args, timeout=900)
    return project, added


@pytest.fixture(scope="session")
def real_apps_fleet(tmp_path_factory):
    """Every real app, in process mode behind real nginx: (url, project, what add printed, failed)."""
    from tests.helpers import project_fleet

    project, added = _real_apps_project(tmp_path_factory.mktemp("realapps") / "project")
    with project_fleet(project, tmp_path_factory.mktemp("realapps-run")) as fleet:
        yield fleet.url, project, added, fleet.failed


@pytest.fixture(scope="session")
def real_apps_stack(tmp_path_factory):
    """CONTAINER_APPS on the compose stack (Podman, or Docker where there is no Podman)."""
    from dashfleet import registry as fleet_registry
    from dashfleet.tool.local import free_port
    from tests.containers.stack import Stack, find_engine

    if os.environ.get("DASHFLEET_ENGINE") == "docker":
        pytest.skip("one engine is enough for the real apps: they ran on the first pass's")
    found = find_engine()
    if found is None:
        unavailable("no container engine (Docker, or Podman: ../shared/container-host/setup.sh)")
    project, added = _real_apps_project(tmp_path_factory.mktemp("realapps-c") / "project", CONTAINER_APPS)
    registry = fleet_registry.load(project / "dashboards.toml")
    stack = Stack(registry, f"dashfleet-realapps-{os.getpid()}", free_port(), *found, root=project)
    stack.env["DASHFLEET_IMAGE_PREFIX"] = "dashfleet-realapps"
    try:
        stack.up()
        yield stack.url, project, added, {}
    finally:
        stack.down()


@pytest.fixture(scope="session", params=["process", pytest.param("containers", marks=pytest.mark.containers)])
def real_apps_site(request):
    return request.getfixturevalue(f"real_apps_{'fleet' if request.param == 'process' else 'stack'}")
