"""Small helpers the test tiers share."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parent.parent

# A third dashboard, as a person would append it to dashboards.toml.
SALES_ENTRY = """
[dashboards.sales]
title = "Sales"
description = "Sales by region"
prefix = "/sales/"
service = "dash_sales"
app = "dash_sales:create_app"
"""


APPS = ROOT / "tests" / "apps"
# The third-party apps of tests/apps, as `dashfleet add` arguments. The apostrophe and ampersand
# are text a registry accepts and HTML escapes: tests compare what a browser shows.
ADOPTED = {
    "atlas": [str(APPS / "atlas"), "--description", "Countries of the world, with Dash Pages."],
    "ledger": [str(APPS / "ledger.py"), "--description", "A ledger's entries & their ticked total."],
    "inventory": [str(APPS / "inventory")],
}


def copy_project(dest: Path) -> Path:
    """The project's tracked and new files (not ignored ones: no .venv) copied to `dest`."""
    files = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    # ...and the compressed copies `make venv` made of the static files (ignored by git).
    files += [str(f.relative_to(ROOT)) for f in (ROOT / "dashfleet" / "static").glob("*.[bg][rz]")]
    for rel in files:
        if (ROOT / rel).is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / rel, dest / rel)
    return dest


def dashfleet_cli(project: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """`python -m dashfleet ARGS` in `project`, as a person runs it there."""
    return subprocess.run(
        [sys.executable, "-m", "dashfleet", *args],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def adopted_project(dest: Path) -> Path:
    """A copy of the project with the apps of tests/apps added by `dashfleet add`: five dashboards."""
    copy_project(dest)
    for name, args in ADOPTED.items():
        done = dashfleet_cli(dest, "add", *args, "--name", name)
        assert done.returncode == 0, done.stderr
    return dest


class _Cards(HTMLParser):
    """The landing page's cards as a browser shows them: text unescaped."""

    def __init__(self):
        super().__init__()
        self.cards: list[dict] = []
        self._field: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "li" and "card" in (attrs.get("class") or "").split():
            self.cards.append({"name": attrs.get("data-dashboard"), "title": "", "description": ""})
        elif self.cards and tag == "a" and self._field is None:
            self.cards[-1]["href"] = attrs.get("href")
            self._field = "title"
        elif self.cards and tag == "p":
            self._field = "description"

    def handle_endtag(self, tag):
        if tag in ("a", "p"):
            self._field = None

    def handle_data(self, data):
        if self.cards and self._field:
            self.cards[-1][self._field] += data


def landing_cards(html: str) -> list[dict]:
    """[{name, title, href, description}] for every card on the landing page."""
    parser = _Cards()
    parser.feed(html)
    return parser.cards


def add_account(users_file: Path, name: str, password: str, groups: str = "") -> None:
    """`python -m dashfleet users add NAME --groups G`, the password on stdin, as a person scripts it."""
    done = subprocess.run(
        [sys.executable, "-m", "dashfleet", "users", "add", name, "--groups", groups],
        input=password + "\n",
        env={**os.environ, "DASHFLEET_USERS": str(users_file)},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def form_sign_in(session, base_url: str, user: str, password: str, next_path: str = "/", headers=None):
    """Sign in through the /login form as a browser does: fetch it (its CSRF token), then POST it.
    Returns the POST's response, not followed."""
    form = session.get(f"{base_url}/login", params={"next": next_path}, timeout=10)
    csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    return session.post(
        f"{base_url}/login",
        data={"csrf": csrf, "next": next_path, "username": user, "password": password},
        allow_redirects=False,
        timeout=10,
        headers=headers or {},
    )


def check_sign_in_enforced(base_url: str, user: str, password: str) -> None:
    """What a deployment with built-in accounts must do: a page without a session goes to the
    login form, Dash's fetch gets a 401 JSON, and after signing in both are served."""
    page = requests.get(
        f"{base_url}/population/", headers={"Accept": "text/html"}, allow_redirects=False, timeout=10
    )
    assert (page.status_code, page.headers["Location"]) == (302, "/login?next=/population/")
    xhr = requests.get(
        f"{base_url}/population/_dash-layout", headers={"Accept": "application/json"}, timeout=10
    )
    assert xhr.status_code == 401 and xhr.json()["login"] == "/login"
    session = requests.Session()
    login = form_sign_in(session, base_url, user, password, "/population/")
    assert (login.status_code, login.headers["Location"]) == (303, "/population/")
    assert session.get(f"{base_url}/population/", timeout=10).status_code == 200
    assert session.get(f"{base_url}/population/_dash-layout", timeout=10).status_code == 200


def unavailable(message: str):
    """A tier's tool is missing: skip with the reason on a laptop, fail in CI (never skip silently)."""
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@contextlib.contextmanager
def dashfleet_run(
    port: int,
    log: Path,
    *,
    cwd: Path = ROOT,
    env: dict[str, str] | None = None,
    ready: str = "dashfleet is up",
    timeout: float = 60,
):
    """`python -m dashfleet run --port PORT` in `cwd`, output to `log`; yields the process once
    `ready` appears in the log (what a person sees), and stops it by its PID afterwards."""
    from dashfleet.tool import wait

    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "dashfleet", "run", "--port", str(port)],
            cwd=cwd,
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
        )
    try:
        wait.until(lambda: proc.poll() is not None or ready in log.read_text(), timeout, what=ready)
        assert proc.poll() is None, log.read_text()
        yield proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=40)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
