"""Sign-in through the real gateway (process mode, DASHFLEET_AUTH=accounts): what each visitor may
open, how pages and Dash's fetches are told to sign in, sessions that cannot be forged or replayed,
identity headers that only the gateway sets, and a rate-limited login.

The project copy: simple is public, population is shared with the group "finance", sales (new)
takes the site's default, signed-in. ada is in finance; bob in no group.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests

from dashfleet import users
from dashfleet.tool import wait
from dashfleet.tool.local import free_port
from landing.sessions import COOKIE, Sessions, account_stamp
from tests.helpers import (
    AUTH_SECRET,
    CALLBACK,
    PAGE,
    SECURITY_HEADERS,
    SIGN_IN_PASSWORDS,
    XHR,
    access_log_line,
    callback_body,
    client,
    form_sign_in,
    landing_cards,
)


@pytest.fixture(scope="module")
def fleet(auth_fleet):
    """conftest's auth_fleet: the project copy of auth_project, signed in with built-in accounts."""
    return auth_fleet


def get(fleet, path, session=None, **kwargs):
    kwargs.setdefault("allow_redirects", False)
    return (session or requests).get(fleet.url + path, timeout=10, **kwargs)


def sign_in(fleet, user, password=None, next_path="/", headers=None, session=None):
    session = session or client()
    return session, form_sign_in(
        session, fleet.url, user, password or SIGN_IN_PASSWORDS[user], next_path, headers
    )


@pytest.fixture(scope="module")
def ada(fleet):
    session, resp = sign_in(fleet, "ada")
    assert resp.status_code == 303
    return session


@pytest.fixture(scope="module")
def bob(fleet):
    session, resp = sign_in(fleet, "bob")
    assert resp.status_code == 303
    return session


def test_anonymous_pages_go_to_sign_in_and_fetches_get_401_json(fleet):
    page = get(fleet, "/population/?view=1", headers=PAGE)  # comes back with its query string
    assert (page.status_code, page.headers["Location"]) == (302, "/login?next=/population/%3Fview%3D1")
    for path in ("/population/_dash-layout", "/sales/_dash-component-suites/dash/dcc/async-graph.js"):
        resp = get(fleet, path, headers=XHR)
        assert resp.status_code == 401, path
        assert resp.json() == {"error": "sign-in required", "login": "/login"}
    callback = requests.post(f"{fleet.url}/population/{CALLBACK}", json=callback_body("Japan"), timeout=10)
    assert callback.status_code == 401 and callback.headers["Content-Type"] == "application/json"
    assert get(fleet, "/simple/", headers=PAGE).status_code == 200  # public
    assert [c["name"] for c in landing_cards(get(fleet, "/").text)] == ["simple"]
    assert [d["name"] for d in get(fleet, "/api/dashboards").json()] == ["simple"]


def test_sign_in_returns_to_the_dashboard_with_a_safe_cookie(fleet):
    session, resp = sign_in(fleet, "ada", next_path="/population/")
    assert (resp.status_code, resp.headers["Location"]) == (303, "/population/")
    cookie = resp.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    assert get(fleet, "/population/", session, headers=PAGE).status_code == 200
    # Behind the TLS terminator (127.0.0.1 is the trusted proxy in process mode): a Secure cookie.
    behind_tls = sign_in(fleet, "ada", headers={"X-Forwarded-Proto": "https"}, session=client("127.0.0.1"))[1]
    assert "Secure" in behind_tls.headers["Set-Cookie"]
    # Anyone else claiming https is not believed (it cannot steer cookies or redirects).
    claimed = sign_in(fleet, "ada", headers={"X-Forwarded-Proto": "https"})[1]
    assert "Secure" not in claimed.headers["Set-Cookie"]
    assert sign_in(fleet, "ada", next_path="//evil.example/")[1].headers["Location"] == "/"


@pytest.mark.parametrize(("user", "password"), [("ada", "wrong password!"), ("nobody", "whatever it is")])
def test_a_wrong_user_or_password_gets_one_generic_answer(fleet, user, password):
    _, resp = sign_in(fleet, user, password)
    assert resp.status_code == 401
    assert "Wrong user name or password." in resp.text and COOKIE not in resp.headers.get("Set-Cookie", "")


def test_the_login_form_needs_its_csrf_token(fleet):
    resp = client().post(
        f"{fleet.url}/login", data={"username": "ada", "password": SIGN_IN_PASSWORDS["ada"]}, timeout=10
    )
    assert resp.status_code == 400 and COOKIE not in resp.headers.get("Set-Cookie", "")


def test_a_user_outside_the_group_gets_the_unknown_paths_404_everywhere(fleet, bob, ada):
    # A restricted dashboard does not show to who may not open it: the same answer as no dashboard.
    unknown = get(fleet, "/no-such-dashboard/", bob, headers=PAGE)
    page = get(fleet, "/population/", bob, headers=PAGE)
    assert unknown.status_code == page.status_code == 404 and page.text == unknown.text
    assert "Population" not in page.text and 'href="/"' in page.text
    suite = get(fleet, "/population/_dash-component-suites/dash/dcc/async-graph.js", bob, headers=XHR)
    callback = bob.post(f"{fleet.url}/population/{CALLBACK}", json=callback_body("Japan"), timeout=10)
    assert suite.status_code == callback.status_code == 404
    assert get(fleet, "/population", bob, headers=PAGE).text == unknown.text  # no redirect to it either
    assert get(fleet, "/population?a=1", ada, headers=PAGE).headers["Location"] == "/population/?a=1"
    assert get(fleet, "/sales/", bob, headers=PAGE).status_code == 200  # signed-in is enough there
    assert sorted(c["name"] for c in landing_cards(get(fleet, "/", bob).text)) == ["sales", "simple"]


def test_a_member_opens_it_and_the_dashboard_learns_who(fleet, ada):
    assert get(fleet, "/population/", ada, headers=PAGE).status_code == 200
    callback = ada.post(f"{fleet.url}/population/{CALLBACK}", json=callback_body("Japan"), timeout=10)
    assert callback.status_code == 200
    assert sorted(c["name"] for c in landing_cards(get(fleet, "/", ada).text)) == [
        "population",
        "sales",
        "simple",
    ]
    marker = uuid.uuid4().hex
    # A client's own X-Forwarded-User never reaches a dashboard: the session's does.
    get(fleet, f"/population/_dash-layout?m={marker}", ada, headers={"X-Forwarded-User": "admin"})
    assert "user=ada" in access_log_line(fleet, "population", marker)
    marker = uuid.uuid4().hex
    get(fleet, f"/simple/health?m={marker}", headers={"X-Forwarded-User": "admin"})
    assert "user=-" in access_log_line(fleet, "simple", marker)


def forged(fleet, **changes) -> requests.Session:
    """A cookie made with the site's own recipe (ada's account stamp included), but for `changes`."""
    sessions = Sessions(
        changes.pop("secret", AUTH_SECRET), lifetime=8 * 3600, idle=3600, state_dir=fleet.run_dir / "x"
    )
    ada = users.load(Path(fleet.env["DASHFLEET_USERS"]))["ada"]
    changes.setdefault("stamp", account_stamp(ada.password_hash, ada.groups, ada.email))
    session = client()
    session.cookies.set(COOKIE, sessions.issue("ada", ["finance"], **changes))
    return session


def test_a_cookie_made_with_the_sites_recipe_opens_it(fleet):
    # The control for the refusals below: each of those differs from this in one thing only.
    assert get(fleet, "/population/", forged(fleet), headers=PAGE).status_code == 200


@pytest.mark.parametrize(
    "make",
    [
        lambda fleet, ada: forged(fleet, secret="another-secret-" + "y" * 40),
        lambda fleet, ada: forged(fleet, issued=time.time() - 9 * 3600),  # past its lifetime
        lambda fleet, ada: forged(fleet, seen=time.time() - 3601),  # idle longer than an hour
        lambda fleet, ada: _tampered(ada),
        lambda fleet, ada: forged(fleet, stamp=""),  # an account's session without its stamp
        lambda fleet, ada: forged(fleet, stamp="0" * 32),  # the account changed since
    ],
    ids=["forged", "expired", "idle", "tampered", "no-stamp", "old-stamp"],
)
def test_forged_expired_and_tampered_cookies_are_refused(fleet, ada, make):
    assert get(fleet, "/population/", make(fleet, ada), headers=PAGE).status_code == 302


def _tampered(ada) -> requests.Session:
    value = ada.cookies[COOKIE]
    session = client()
    session.cookies.set(COOKIE, value[:-2] + ("AA" if not value.endswith("AA") else "BB"))
    return session


def test_a_signed_out_cookie_cannot_be_replayed(fleet):
    session, _ = sign_in(fleet, "ada")
    copied = client()
    copied.cookies.set(COOKIE, session.cookies[COOKIE])
    assert get(fleet, "/population/", copied, headers=PAGE).status_code == 200
    csrf = re.search(
        r'name="csrf" value="([^"]+)"', session.get(f"{fleet.url}/logout", timeout=10).text
    ).group(1)
    out = session.post(f"{fleet.url}/logout", data={"csrf": csrf}, allow_redirects=False, timeout=10)
    assert (out.status_code, out.headers["Location"]) == (303, "/")
    # Refused once the gateway's cached verdict (DASHFLEET_AUTH_CACHE_SECONDS, 2 s) has lapsed.
    signed_out = time.monotonic()
    wait.until(
        lambda: get(fleet, "/population/", copied, headers=PAGE).status_code == 302,
        10,
        poll=0.2,
        what="refused",
    )
    assert time.monotonic() - signed_out < 2 + 1.5


def test_a_burst_of_wrong_passwords_is_limited(fleet):
    attacker = client()
    statuses = [sign_in(fleet, "ada", "not the password", session=attacker)[1].status_code for _ in range(12)]
    assert statuses[:5] == [401] * 5 and statuses[-1] == 429  # a burst of 5, then 10 a minute
    limited = attacker.post(f"{fleet.url}/login", data={}, timeout=10)
    assert limited.status_code == 429
    assert "Too many sign-in attempts" in limited.text and limited.headers["Retry-After"] == "60"
    # Someone else, from another address, still signs in.
    assert sign_in(fleet, "ada")[1].status_code == 303


def test_sign_in_needs_a_secret_key(auth_project):
    done = subprocess.run(
        [sys.executable, "-m", "dashfleet", "run", "--port", str(free_port())],
        cwd=auth_project,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "DASHFLEET_AUTH": "accounts", "DASHFLEET_SECRET_KEY": "too short"},
    )
    assert done.returncode == 1
    assert "DASHFLEET_SECRET_KEY is missing or shorter than 32 characters" in done.stderr + done.stdout


def test_security_headers_on_sign_in_answers_too(fleet, bob):
    for resp in (
        get(fleet, "/population/", headers=PAGE),  # 302 to sign in
        get(fleet, "/population/_dash-layout", headers=XHR),  # 401 JSON
        get(fleet, "/population/", bob, headers=PAGE),  # not allowed: the 404 page
        get(fleet, "/sales/", bob, headers=PAGE),  # a protected dashboard, allowed
        get(fleet, "/login"),
    ):
        for name, value in SECURITY_HEADERS.items():
            assert resp.headers.get(name) == value, (resp.url, resp.status_code, name)
        if resp.headers.get("Content-Type", "").startswith("text/html"):  # documents carry the CSP
            assert "frame-ancestors 'self'" in resp.headers.get("Content-Security-Policy", ""), resp.url
