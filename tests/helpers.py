"""Small helpers the test tiers share."""

from __future__ import annotations

import contextlib
import html
import itertools
import json
import os
import re
import shutil
import signal
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import pytest
import requests
import requests.adapters

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
    # Not the third-party apps kept for adoption tests (7 MB): a copy of the project needs none.
    files = [f for f in files if not f.startswith("tests/apps/third_party/")]
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


class _Search(HTMLParser):
    """The landing page's search as a browser shows it: the box's text, the chips, the count, and
    which cards are shown (not `hidden`)."""

    def __init__(self):
        super().__init__()
        self.state: dict = {"query": None, "tag": None, "chips": {}, "current": None}
        self.state.update(count="", shown=[])
        self._in = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "input" and attrs.get("name") == "q":
            self.state["query"] = attrs.get("value")
        elif tag == "input" and attrs.get("name") == "tag" and "disabled" not in attrs:
            self.state["tag"] = attrs.get("value")
        elif tag == "a" and "chip" in classes:
            self.state["chips"][attrs["data-tag"]] = attrs["href"]
            if attrs.get("aria-current") == "true":
                self.state["current"] = attrs["data-tag"]
        elif tag == "div" and attrs.get("id") == "search-count":
            self._in = "count"
        elif tag == "li" and "card" in classes and "hidden" not in attrs:
            self.state["shown"].append(attrs["data-dashboard"])

    def handle_endtag(self, tag):
        if tag == "div":
            self._in = None

    def handle_data(self, data):
        if self._in == "count":
            self.state["count"] += data


def landing_search(html: str) -> dict:
    """{query, tag, chips: {tag: href}, current, count, shown: [names]} of the landing page."""
    parser = _Search()
    parser.feed(html)
    return parser.state


def add_account(users_file: Path, name: str, password: str, groups: str = "") -> None:
    """`python -m dashfleet users add NAME --groups G`, the password on stdin, as a person scripts it."""
    users_cli(users_file, "add", name, "--groups", groups, stdin=password + "\n")


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


# -- sign-in on: a project copy with `access` set, accounts, a fleet, clients -----------------------
# What the sign-in tiers (tests/attack, the fuzzer's sign-in properties) give each dashboard: one
# public, one shared with a group; the rest keep the site's default, signed-in.
SIGN_IN_ACCESS = {"simple": "public", "population": ["finance"]}


def project_with_settings(dest: Path, settings: dict[str, dict[str, object]], source: Path = ROOT) -> Path:
    """A copy of the project at `source` (this checkout, or another project folder) in which the
    named dashboards get these registry settings ({"population": {"plotly": "full"}}), rendered,
    with an empty accounts file."""
    if source == ROOT:
        copy_project(dest)
    else:
        shutil.copytree(
            source, dest, dirs_exist_ok=True, ignore=shutil.ignore_patterns(".venv", "__pycache__")
        )
    registry = dest / "dashboards.toml"
    text = registry.read_text()
    for name, values in settings.items():
        header = f"[dashboards.{name}]\n"
        assert header in text, f"no dashboard {name!r} in {registry}"
        lines = "".join(f"{key} = {json.dumps(value)}\n" for key, value in values.items())
        text = text.replace(header, header + lines, 1)
    registry.write_text(text)
    done = dashfleet_cli(dest, "render")
    assert done.returncode == 0, done.stderr
    (dest / "users.json").unlink(missing_ok=True)
    return dest


def project_with_access(dest: Path, access: dict[str, object], source: Path = ROOT) -> Path:
    """project_with_settings for `access` alone: "public", or a list of groups, per dashboard (the
    others keep the site's default, signed-in)."""
    return project_with_settings(dest, {name: {"access": value} for name, value in access.items()}, source)


SIGN_IN_PASSWORDS = {"ada": "ada's long password", "bob": "bob's long password"}


def sign_in_project(dest: Path, source: Path = ROOT) -> Path:
    """project_with_access(SIGN_IN_ACCESS) and two accounts: ada, in every group the registry
    names (she may open every dashboard), and bob, in none."""
    from dashfleet.registry import load

    project = project_with_access(dest, SIGN_IN_ACCESS, source)
    registry = load(project / "dashboards.toml")
    groups = sorted(
        {g for b in registry.dashboards if isinstance(a := registry.access_of(b), tuple) for g in a}
    )
    add_account(project / "users.json", "ada", SIGN_IN_PASSWORDS["ada"], ",".join(groups))
    add_account(project / "users.json", "bob", SIGN_IN_PASSWORDS["bob"], "")
    return project


def users_cli(users_file: Path, *args: str, stdin: str = "") -> None:
    """`python -m dashfleet users ARGS` on `users_file`, as an operator runs it (a password on stdin)."""
    done = subprocess.run(
        [sys.executable, "-m", "dashfleet", "users", *args],
        input=stdin,
        env={**os.environ, "DASHFLEET_USERS": str(users_file)},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


@contextlib.contextmanager
def project_fleet(project: Path, run_dir: Path, env: dict[str, str] | None = None):
    """A copy of the project in process mode, logs in the run folder; every process is stopped by
    its PID on exit."""
    from dashfleet.registry import load
    from dashfleet.tool.local import Fleet, free_port

    with Fleet(
        load(project / "dashboards.toml"),
        port=free_port(),
        run_dir=run_dir,
        log_dir=run_dir / "logs",
        env=env,
    ) as running:
        yield running


@contextlib.contextmanager
def signed_in_fleet(project: Path, run_dir: Path, secret: str, env: dict[str, str] | None = None):
    """The project in process mode with built-in accounts (DASHFLEET_AUTH=accounts) and its own
    users.json."""
    settings = {
        "DASHFLEET_AUTH": "accounts",
        "DASHFLEET_SECRET_KEY": secret,
        "DASHFLEET_USERS": str(project / "users.json"),
        **(env or {}),
    }
    with project_fleet(project, run_dir, settings) as running:
        assert running.failed == {}, running.failed
        yield running


class SourceAddress(requests.adapters.HTTPAdapter):
    """Connections from one loopback address (127.0.0.0/8 is all ours): the login rate limit is
    per client address, so each test's sign-ins get an allowance of their own."""

    def __init__(self, address: str):
        self.address = address
        super().__init__()

    def init_poolmanager(self, *args, **kwargs):
        kwargs["source_address"] = (self.address, 0)
        super().init_poolmanager(*args, **kwargs)


def client_from(address: str) -> requests.Session:
    session = requests.Session()
    session.mount("http://", SourceAddress(address))
    return session


def loopback_addresses(second_octet: int):
    """127.N.x.y, a new one each time: N keeps one test tier's addresses apart from another's."""
    for i in itertools.count(2):
        yield f"127.{second_octet}.{i // 250 % 250}.{i % 250 + 2}"


def csrf_token(session: requests.Session, base_url: str, path: str = "/login") -> str:
    """The CSRF token of the form at `path` (its cookie is now in `session`)."""
    page = session.get(base_url + path, timeout=10)
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


def callback_bodies_from(dependencies: list[dict], layout: dict, prefix: str = "/"):
    """Valid bodies for the callbacks of `dependencies` (a dashboard's _dash-dependencies) whose
    inputs are all in `layout`, in order: what Dash's renderer sends on a page's first load, each
    input's value as the layout has it (a dcc.Location's as the browser fills it in, at `prefix`).
    Callbacks with pattern-matching ids are left out (they need values of their own)."""
    props: dict[str, dict] = {}

    def collect(node):
        if isinstance(node, dict):
            inner = node.get("props")
            if isinstance(inner, dict) and isinstance(inner.get("id"), str):
                props[inner["id"]] = inner
                if node.get("type") == "Location":  # the browser's address, not the layout's
                    props[inner["id"]] = {
                        **inner,
                        "pathname": prefix,
                        "href": prefix,
                        "search": "",
                        "hash": "",
                    }
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(layout)
    for dep in dependencies:
        output = dep.get("output", "")
        wanted = [*dep.get("inputs", []), *dep.get("state", [])]
        if "{" in output or not wanted:
            continue
        if any(not isinstance(i.get("id"), str) or i["id"] not in props for i in wanted):
            continue
        if output.startswith(".."):  # several outputs: "..a.b...c.d.."
            outputs = [
                dict(zip(("id", "property"), o.rsplit(".", 1), strict=True))
                for o in output[2:-2].split("...")
            ]
        else:
            outputs = dict(zip(("id", "property"), output.rsplit(".", 1), strict=True))

        def values(items):
            return [{**i, "value": props[i["id"]].get(i["property"])} for i in items]

        yield {
            "output": output,
            "outputs": outputs,
            "inputs": values(dep.get("inputs", [])),
            "changedPropIds": [f"{i['id']}.{i['property']}" for i in dep.get("inputs", [])],
            "state": values(dep.get("state", [])),
        }


def callback_body_from(dependencies: list[dict], layout: dict, prefix: str = "/") -> dict | None:
    """The first of callback_bodies_from, or None when no callback fits."""
    return next(callback_bodies_from(dependencies, layout, prefix), None)


def healthy_through_gateway(engine: str, gateway_container: str, name: str) -> bool:
    """A dashboard's health as the landing asks it: the gateway's internal port, from inside the
    gateway container (a protected dashboard's public health is behind sign-in)."""
    url = f"http://127.0.0.1:8081/_dashfleet/health/{name}"
    probe = [engine, "exec", gateway_container, "curl", "-fsS", "-o", "/dev/null", "-m", "2", url]
    return subprocess.run(probe, capture_output=True, timeout=30).returncode == 0


def one_dashboard_registry(name: str) -> str:
    """The smallest registry text with one dashboard, NAME at /NAME/, for parse() tests."""
    return (
        '[site]\ntitle = "t"\n[landing]\nservice = "landing"\napp = "landing:create_app"\n'
        f'[dashboards.{name}]\ntitle = "{name.title()}"\ndescription = "d"\nprefix = "/{name}/"\n'
        f'service = "dash_{name}"\napp = "dash_{name}:app"\n'
    )


# -- what more than one test module uses (a test module imports none of another's) -------------
CALLBACK = "_dash-update-component"
PAGE = {"Accept": "text/html,application/xhtml+xml"}  # how a browser asks for a page
XHR = {"Accept": "application/json", "Sec-Fetch-Mode": "cors"}  # ...and how Dash's renderer fetches
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "SAMEORIGIN",
}


def callback_body(country):
    """population's graph callback for `country` (tests about that dashboard's callback)."""
    return {
        "output": "graph-content.figure",
        "outputs": {"id": "graph-content", "property": "figure"},
        "inputs": [{"id": "dropdown-selection", "property": "value", "value": country}],
        "changedPropIds": ["dropdown-selection.value"],
    }


def access_log_line(fleet, service: str, marker: str) -> str:
    """The service's own access-log line for the request carrying `marker`."""
    from dashfleet.tool import wait

    log = fleet.run_dir / "logs" / f"{service}.log"
    return wait.until(
        lambda: next((ln for ln in log.read_text().splitlines() if marker in ln), None),
        5,
        what=f"access log line with {marker}",
    )


def metric(text: str, name: str, **labels: str) -> float:
    """The value of one sample of a Prometheus exposition (0 when absent)."""
    wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in text.splitlines():
        m = re.fullmatch(r"(\w+)(?:\{(.*)\})? (\S+)", line)
        if m and m.group(1) == name and ",".join(sorted((m.group(2) or "").split(","))) == wanted:
            return float(m.group(3))
    return 0.0


# -- processes, read from /proc --------------------------------------------------------------
def descendants(pid: int) -> set[int]:
    found, todo = set(), [pid]
    while todo:
        current = todo.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            children = (task / "children").read_text().split() if (task / "children").exists() else []
            for child in map(int, children):
                if child not in found:
                    found.add(child)
                    todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


def parent_of(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().split(") ")[1].split()[1])


# -- the browser tier ------------------------------------------------------------------------
GRAPH_DATA = "() => document.querySelector('#graph-content .js-plotly-plot')?.data?.[0]"


def wait_for(page, expression: str) -> None:
    """Wait until `expression` holds in the page, polling on a timer: headless chromium here
    does not run requestAnimationFrame, Playwright's default polling."""
    page.wait_for_function(expression, polling=100)


def choose_country(page, country: str) -> None:
    """Pick a country in the population dropdown as a person does (open, search, pick), and wait
    until the graph shows it."""
    page.locator("#dropdown-selection").click()
    page.get_by_placeholder("Search").fill(country)
    page.get_by_role("option", name=country, exact=True).click()
    wait_for(page, f"() => ({GRAPH_DATA})()?.name === {country!r}")


# -- sign-in with built-in accounts (tests/gateway/test_auth.py's site; conftest's auth_fleet) --
AUTH_SECRET = "test-secret-" + "x" * 40
# The login rate limit is per client address: each sign-in comes from an address of its own on
# the loopback network (127.0.0.0/8), so tests do not spend each other's allowance.
_SIGN_IN_ADDRESSES = (f"127.0.{i // 250}.{i % 250 + 2}" for i in itertools.count(10))


def client(address: str | None = None) -> requests.Session:
    return client_from(address or next(_SIGN_IN_ADDRESSES))


# -- sign-in through a real OpenID Connect provider (panva's oidc-provider, tests/oidc) --------
PROVIDER_DIR = ROOT / "tests" / "oidc"
CLIENT_ID, CLIENT_SECRET = "dashfleet", "oidc-test-secret"


def provider_node() -> str:
    """The node binary, once tests/oidc has its packages (npm ci from its package-lock.json)."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        unavailable("Node.js and npm are needed for the OpenID Connect provider (apt-get install nodejs npm)")
    if not (PROVIDER_DIR / "node_modules" / "oidc-provider").exists():
        done = subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=PROVIDER_DIR,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
    return node


def through_provider(session, response, user: str):
    """Sign in on the provider's own pages (its development login accepts any password), then
    consent; returns the last response of the redirects back to the site."""
    for data in ({"prompt": "login", "login": user, "password": "any password"}, {"prompt": "consent"}):
        form = re.search(
            r'<form[^>]*action="([^"]+)"[^>]*>\s*<input type="hidden" name="prompt" value="(\w+)"',
            response.text,
        )
        assert form and form.group(2) == data["prompt"], f"no {data['prompt']} form on {response.url}"
        response = session.post(urljoin(response.url, form.group(1)), data=data, timeout=10)
    return response


def sign_out_at_the_provider(session, site: str, issuer: str):
    """Sign out of the site, whose page sends the visitor on to the provider's sign-out
    (RP-Initiated Logout: a refresh and a link); confirm there. Returns the last response of the
    redirects back."""
    page = session.get(f"{site}/logout", timeout=10)
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    out = session.post(f"{site}/logout", data={"csrf": csrf}, allow_redirects=False, timeout=10)
    assert out.status_code == 200 and "dashfleet_session=;" in out.headers["Set-Cookie"]
    onward = html.unescape(re.search(r'id="provider-logout" href="([^"]+)"', out.text).group(1))
    assert onward.startswith(issuer + "/") and f'content="0; url={html.escape(onward)}"' in out.text
    confirm = session.get(onward, timeout=10)
    form = re.search(
        r'<form[^>]*action="([^"]+)"[^>]*>\s*<input type="hidden" name="xsrf" value="([^"]+)"', confirm.text
    )
    assert form, f"no sign-out form on {confirm.url}"
    return session.post(
        urljoin(confirm.url, form.group(1)), data={"xsrf": form.group(2), "logout": "yes"}, timeout=10
    )


# -- an app that writes beside itself (tests/apps/notes: SQLite, diskcache, a generated asset) ----
def notes_project(dest: Path) -> Path:
    """A copy of the project with tests/apps/notes added by `dashfleet add`, which reads what it
    writes from its source and declares it (registry `writable`)."""
    copy_project(dest)
    done = dashfleet_cli(dest, "add", str(APPS / "notes"), "--name", "notes")
    assert done.returncode == 0, done.stderr
    assert "dashfleet: writable: notes.db (app.py:" in done.stdout, done.stdout
    return dest


def save_note(base_url: str, text: str | None) -> str:
    """The notes app's Save button through the gateway, as its page sends it (text None: the
    page's first load, which only counts); returns what the page then shows ("2 notes")."""
    resp = requests.post(
        f"{base_url}/notes/_dash-update-component",
        json={
            "output": "count.children",
            "outputs": {"id": "count", "property": "children"},
            "inputs": [{"id": "save", "property": "n_clicks", "value": 1 if text else None}],
            "state": [{"id": "text", "property": "value", "value": text}],
            "changedPropIds": ["save.n_clicks"] if text else [],
        },
        timeout=10,
    )
    assert resp.status_code == 200, resp.text
    return resp.json()["response"]["count"]["children"]


# -- dashboards at host names of their own (registry `host`) ----------------------------------------
# The main site's name and two copies of tests/apps/rooted.py, each at its own *.localhost name
# (which resolve to loopback): `rooted` for anyone signed in, `corner` shared with "finance".
SITE_HOST = "localhost"
HOSTED = {"rooted": "rooted.localhost", "corner": "corner.localhost"}
HOSTED_ACCESS = {"corner": ["finance"]}


def hosted_project(dest: Path, source: Path = ROOT) -> Path:
    """sign_in_project, with `[site] host` and the HOSTED dashboards added by `dashfleet add
    --host`, as a person adds them."""
    project = sign_in_project(dest, source)
    registry = project / "dashboards.toml"
    registry.write_text(registry.read_text().replace("[site]\n", f'[site]\nhost = "{SITE_HOST}"\n', 1))
    for name, host in HOSTED.items():
        done = dashfleet_cli(
            project, "add", str(APPS / "rooted.py"), "--name", name, "--host", host, "--title", name.title()
        )
        assert done.returncode == 0, done.stderr
    text = registry.read_text()
    for name, access in HOSTED_ACCESS.items():
        header = f"[dashboards.{name}]\n"
        text = text.replace(header, header + f"access = {json.dumps(access)}\n", 1)
    registry.write_text(text)
    done = dashfleet_cli(project, "render")
    assert done.returncode == 0, done.stderr
    return project


HOSTED_SECRET = "hosted-tier-secret-" + "h" * 40  # the hosted fleet's: tests forge tickets with it


# -- limits per dashboard (registry memory, cpus) ---------------------------------------------------
def hoard_project(dest: Path, settings: dict[str, object]) -> Path:
    """A copy of the project with tests/apps/hoard.py added by `dashfleet add`, then `settings`
    ({"memory": "150M"}) written into its registry entry by hand and rendered, as a person would."""
    copy_project(dest)
    done = dashfleet_cli(dest, "add", str(APPS / "hoard.py"), "--name", "hoard")
    assert done.returncode == 0, done.stderr
    registry = dest / "dashboards.toml"
    lines = "".join(f"{key} = {json.dumps(value)}\n" for key, value in settings.items())
    registry.write_text(registry.read_text().replace("[dashboards.hoard]\n", "[dashboards.hoard]\n" + lines))
    done = dashfleet_cli(dest, "render")
    assert done.returncode == 0, done.stderr
    return dest


def keep_megabytes(base_url: str, megabytes: int) -> tuple[int, int]:
    """The hoard app's Keep button through the gateway (0: the page's first load, which keeps
    nothing); returns what the page then shows: (MB held, the worker's pid)."""
    resp = requests.post(
        f"{base_url}/hoard/_dash-update-component",
        json={
            "output": "held.children",
            "outputs": {"id": "held", "property": "children"},
            "inputs": [{"id": "keep", "property": "n_clicks", "value": 1 if megabytes else None}],
            "state": [{"id": "megabytes", "property": "value", "value": megabytes}],
            "changedPropIds": ["keep.n_clicks"] if megabytes else [],
        },
        timeout=30,
    )
    assert resp.status_code == 200, resp.text
    held = re.fullmatch(r"(\d+) MB held by process (\d+)", resp.json()["response"]["held"]["children"])
    return int(held[1]), int(held[2])
