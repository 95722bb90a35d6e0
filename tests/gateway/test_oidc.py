"""Sign-in through a real OpenID Connect provider (panva's oidc-provider on Node, on loopback),
through the real gateway in process mode: the provider's own pages, the code exchange and ID token
checks by Authlib, groups from the provider's claim deciding access."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urljoin

import pytest

from dashfleet.registry import load
from dashfleet.tool import wait
from dashfleet.tool.local import Fleet, free_port
from tests.gateway.test_auth import PAGE, client, project  # noqa: F401 - the same registry copy
from tests.helpers import landing_cards, unavailable

PROVIDER_DIR = Path(__file__).resolve().parents[1] / "oidc"
CLIENT_ID, CLIENT_SECRET = "dashfleet", "oidc-test-secret"


@pytest.fixture(scope="module")
def site_port():
    return free_port()


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


@pytest.fixture(scope="module")
def provider(site_port, tmp_path_factory):
    """oidc-provider on a loopback port, stopped by its PID afterwards."""
    node = provider_node()
    port = free_port()
    log = tmp_path_factory.mktemp("oidc") / "provider.log"
    site = f"http://127.0.0.1:{site_port}"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [node, "provider.mjs", str(port), CLIENT_ID, CLIENT_SECRET, site],
            cwd=PROVIDER_DIR,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    issuer = f"http://127.0.0.1:{port}"
    try:
        wait.until(
            lambda: wait.http_ok(issuer + "/.well-known/openid-configuration"), 30, what="oidc-provider"
        )
        yield issuer
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def fleet(project, provider, site_port, tmp_path_factory):  # noqa: F811
    run_dir = tmp_path_factory.mktemp("oidc-fleet")
    env = {
        "DASHFLEET_AUTH": "oidc",
        "DASHFLEET_SECRET_KEY": "oidc-site-secret-" + "q" * 40,
        "DASHFLEET_OIDC_ISSUER": provider,
        "DASHFLEET_OIDC_CLIENT_ID": CLIENT_ID,
        "DASHFLEET_OIDC_CLIENT_SECRET": CLIENT_SECRET,
    }
    registry = load(project / "dashboards.toml")
    with Fleet(registry, port=site_port, run_dir=run_dir, log_dir=run_dir / "logs", env=env) as running:
        yield running


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


def test_a_page_sends_the_visitor_through_the_provider_and_back(fleet):
    session = client()
    start = session.get(f"{fleet.url}/population/", headers=PAGE, timeout=10)  # -> /login -> provider
    assert "/interaction/" in start.url  # the provider's own sign-in page
    back = through_provider(session, start, "ada")
    assert back.url == f"{fleet.url}/population/" and back.status_code == 200  # ada is in finance
    assert [c["name"] for c in landing_cards(session.get(f"{fleet.url}/", timeout=10).text)] == [
        "simple",
        "population",
        "sales",
    ]


def test_the_providers_groups_decide_access(fleet):
    session = client()
    back = through_provider(session, session.get(f"{fleet.url}/login?next=/sales/", timeout=10), "bob")
    assert back.url == f"{fleet.url}/sales/" and back.status_code == 200  # signed in is enough
    denied = session.get(f"{fleet.url}/population/", headers=PAGE, allow_redirects=False, timeout=10)
    assert denied.status_code == 404  # bob is in no group: the same as no dashboard there


def test_a_forged_callback_is_refused(fleet):
    resp = client().get(f"{fleet.url}/login/callback?code=forged&state=forged", timeout=10)
    assert resp.status_code == 400 and "Traceback" not in resp.text
    assert "dashfleet_session" not in resp.headers.get("Set-Cookie", "")


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


def test_signing_out_ends_the_providers_session_too(fleet, provider):
    session = client()
    back = through_provider(session, session.get(f"{fleet.url}/population/", headers=PAGE, timeout=10), "ada")
    assert back.url == f"{fleet.url}/population/"
    home = sign_out_at_the_provider(session, fleet.url, provider)
    assert home.url == f"{fleet.url}/" and home.status_code == 200
    assert "dashfleet_session" not in session.cookies
    # Back to a dashboard: the provider asks who you are again, it does not sign you straight in.
    again = session.get(f"{fleet.url}/population/", headers=PAGE, timeout=10)
    assert "/interaction/" in again.url and 'name="prompt" value="login"' in again.text
