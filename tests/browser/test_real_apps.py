"""Other people's Dash apps (tests/apps/third_party), added with `dashfleet add` and its options
only, used in chromium through the gateway: each joins, runs on the Dash its pins ask for (its own
environment where they do not fit the shared one), draws its page with no console error that the
same app does not also show when served alone (Flask's own server, same environment, no gateway,
no layer), breaks no Content-Security-Policy, asks nothing of the site outside its prefix, and
answers a callback. An HTTP error counts as a console error: allowed only where the app alone
answers the same."""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
import time
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from dashfleet import registry as fleet_registry
from dashfleet.tool import environments, installed, wait
from dashfleet.tool.local import free_port
from tests.realapps.catalogue import APPS, RealApp

pytestmark = pytest.mark.once  # its own copy of the project, not the test fleet

BASELINE = """
import os, sys
folder, root, entry, prefix, port = sys.argv[1:6]
os.chdir(folder)
sys.path[:0] = [folder, root]
from dashfleet import service
app = service.resolve(entry, prefix=prefix)
app.server.run(host="127.0.0.1", port=int(port), threaded=True)
"""


def callbacks_answered(responses: list) -> int:
    # (Dash 4 adds a query: _dash-update-component?endId=...)
    return sum(
        1
        for url, status in responses
        if urlsplit(url).path.endswith("_dash-update-component") and status < 300
    )


def origin(url: str, app: RealApp) -> str:
    """Where the app is: the site's origin, or its own host name on the same port."""
    return url.replace("127.0.0.1", app.host) if app.host else url


def show(page, base: str, app: RealApp) -> list:
    """Open the app, do what its catalogue entry says, wait for a callback; the responses seen."""
    responses = []
    page.on("response", lambda r: responses.append((r.url, r.status)))
    page.goto(base + app.url_prefix, wait_until="load")
    page.wait_for_function(
        "() => { const e = document.getElementById('react-entry-point');"
        " return e && e.children.length > 0 && !e.querySelector('._dash-loading'); }",
        polling=100,
    )
    for action, selector, *value in app.drive:
        getattr(page.locator(selector).first, action)(*value)
    if app.expect:
        shown = page.locator(app.expect[0]).first
        expect(shown).to_contain_text(app.expect[1]) if app.expect[1] else expect(shown).to_be_visible()
    deadline = time.monotonic() + 30
    while app.callbacks and callbacks_answered(responses) == 0 and time.monotonic() < deadline:
        page.wait_for_timeout(100)  # lets Playwright deliver the page's events
    with contextlib.suppress(Exception):  # idle: the last requests in (bounded by its timeout)
        page.wait_for_load_state("networkidle", timeout=5_000)
    return responses


def normalised(problems: list[str], base: str) -> set[str]:
    """Problems without the origin they happened on (the gateway's and the lone server's differ),
    and without the body of a failed callback's answer (Flask's debug page alone, a plain line
    behind the gateway)."""
    return {
        re.sub(r"html: .*}$", "html: ...}", re.sub(r"\s+", " ", p.replace(base, "ORIGIN"))) for p in problems
    }


@contextlib.contextmanager
def served_alone(python: str, folder, root, entry: str, prefix: str):
    port = free_port()
    proc = subprocess.Popen(
        [python, "-c", BASELINE, str(folder), str(root), entry, prefix, str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        wait.until(lambda: wait.http_ok(url + prefix, timeout=2.0), 60, what=f"{entry} served alone")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.mark.browser
@pytest.mark.parametrize("app", APPS, ids=lambda a: a.name)
def test_a_real_app_joins_and_works_in_the_browser(app, real_apps_site, browser):
    url, project, added, failed = real_apps_site
    if app.name not in added:
        pytest.skip(f"{app.name} is not in the container pass (CONTAINER_APPS in tests/browser/conftest.py)")
    done = added[app.name]
    assert done.returncode == 0, done.stdout + done.stderr
    board = fleet_registry.load(project / "dashboards.toml").dashboard(app.name)
    assert board.runtime == app.runtime
    python = environments.python(project, app.name) if app.runtime == "own" else sys.executable
    assert installed.installed(str(python))["dash"].split(".")[0] == app.dash
    assert app.name not in failed, failed[app.name]

    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        problems, requested = [], []
        page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
        page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        page.on("requestfailed", lambda r: problems.append(f"failed: {r.url} {r.failure}"))
        page.on("request", lambda r: requested.append(r.url))
        base = origin(url, app)
        responses = show(page, base, app)
    finally:
        context.close()

    assert callbacks_answered(responses) > 0 or not app.callbacks, "no callback answered"
    home = base + app.url_prefix
    assert [u for u in requested if u.startswith(base) and not u.startswith(home)] == []
    assert not [p for p in problems if "Content Security Policy" in p]
    problems += [f"HTTP {s}: {u}" for u, s in responses if s >= 400]
    problems = [p for p in problems if not any(re.search(pattern, p) for pattern, _ in app.tolerated)]
    if problems:  # only what the app shows on its own too
        folder = project / board.service
        with served_alone(str(python), folder, project, board.app, board.prefix) as alone:
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            try:
                page = context.new_page()
                own = []
                page.on("console", lambda m: m.type == "error" and own.append(f"console: {m.text}"))
                page.on("pageerror", lambda e: own.append(f"page error: {e}"))
                page.on("requestfailed", lambda r: own.append(f"failed: {r.url} {r.failure}"))
                own += [f"HTTP {s}: {u}" for u, s in show(page, alone, app) if s >= 400]
            finally:
                context.close()
        assert normalised(problems, base) <= normalised(own, alone)
