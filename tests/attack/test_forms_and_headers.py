"""The sign-in forms refuse other sites, and the headers that keep a browser honest.

- POST /login and /logout sent from another site (its Origin, or Sec-Fetch-Site cross-site or
  same-site) are refused, even with a valid CSRF cookie and token: 4xx, no session set or ended.
- Strict-Transport-Security only when a trusted proxy says the visitor came over https.
- Every document (text/html) carries a Content-Security-Policy whose script-src has no
  'unsafe-inline' (nor 'unsafe-eval').

Process mode: the client's address decides what the gateway trusts (loopback 127.0.0.1 is the
trusted proxy; any other 127.x address is a visitor).
"""

from __future__ import annotations

import pytest

from landing.sessions import COOKIE
from tests.attack.routes import PAGE, XHR
from tests.helpers import client_from, csrf_token, loopback_addresses

_addresses = loopback_addresses(6)


@pytest.fixture(scope="module")
def site(attack_site):
    if attack_site.mode != "gateway":
        pytest.skip("needs client addresses of its own choosing: process mode only")
    return attack_site


def other_sites(url: str) -> dict[str, dict[str, str]]:
    host_port = url.removeprefix("http://")
    return {
        "origin-another-site": {"Origin": "https://evil.example"},
        "origin-look-alike-host": {"Origin": f"http://{host_port}.evil.example"},
        "origin-another-port": {"Origin": "http://127.0.0.1:1"},
        "sec-fetch-site-cross-site": {"Sec-Fetch-Site": "cross-site"},
        "sec-fetch-site-same-site": {"Sec-Fetch-Site": "same-site"},
        "same-origin-but-cross-site-fetch": {"Origin": url, "Sec-Fetch-Site": "cross-site"},
    }


CROSS_SITE = [
    "origin-another-site",
    "origin-look-alike-host",
    "origin-another-port",
    "sec-fetch-site-cross-site",
    "sec-fetch-site-same-site",
    "same-origin-but-cross-site-fetch",
]


def login_post(site, session, headers):
    token = csrf_token(session, site.url)  # a valid CSRF cookie and token: only the origin is wrong
    return session.post(
        f"{site.url}/login",
        data={"csrf": token, "next": "/", "username": "ada", "password": "ada's long password"},
        headers=headers,
        allow_redirects=False,
        timeout=10,
    )


@pytest.mark.parametrize("sender", CROSS_SITE)
def test_a_login_form_from_another_site_is_refused(site, sender):
    session = client_from(next(_addresses))
    resp = login_post(site, session, other_sites(site.url)[sender])
    assert 400 <= resp.status_code < 500, resp.status_code
    assert COOKIE not in resp.headers.get("Set-Cookie", "") and COOKIE not in session.cookies


@pytest.mark.parametrize(
    "headers",
    [{}, {"Sec-Fetch-Site": "same-origin"}, {"Sec-Fetch-Site": "none"}, "own-origin"],
    ids=["no-origin-headers", "same-origin-fetch", "typed-by-the-user", "own-origin"],
)
def test_a_login_form_from_this_site_signs_in(site, headers):
    # The control: the same POST from this site's own page (or a client that says nothing) works.
    headers = {"Origin": site.url, "Sec-Fetch-Site": "same-origin"} if headers == "own-origin" else headers
    resp = login_post(site, client_from(next(_addresses)), headers)
    assert resp.status_code == 303 and COOKIE in resp.headers["Set-Cookie"]


@pytest.mark.parametrize("sender", CROSS_SITE)
def test_a_logout_form_from_another_site_is_refused(site, sender):
    session = client_from(next(_addresses))
    assert login_post(site, session, {}).status_code == 303
    board = site.protected[0]
    token = csrf_token(session, site.url, "/logout")
    resp = session.post(
        f"{site.url}/logout",
        data={"csrf": token},
        headers=other_sites(site.url)[sender],
        allow_redirects=False,
        timeout=10,
    )
    assert 400 <= resp.status_code < 500, resp.status_code
    assert COOKIE not in resp.headers.get("Set-Cookie", "")  # not cleared...
    assert site.get(board.prefix, session, headers=dict(PAGE)).status_code == 200  # ...nor revoked
    same_site = session.post(
        f"{site.url}/logout",
        data={"csrf": token},
        headers={"Origin": site.url, "Sec-Fetch-Site": "same-origin"},
        allow_redirects=False,
        timeout=10,
    )
    assert same_site.status_code == 303  # the control: from this site it signs out


# -- Strict-Transport-Security --------------------------------------------------------------------
def hsts_paths(site) -> list[tuple[str, dict]]:
    board = site.protected[0]
    return [
        ("/", {}),
        ("/login", {}),
        (board.prefix, dict(PAGE)),  # 302 to sign in
        (board.prefix + "_dash-layout", dict(XHR)),  # 401
        ("/no-such-board/", dict(PAGE)),
        ("/_dashfleet/health", {}),
    ]


def test_hsts_is_sent_when_the_trusted_proxy_says_https(site):
    trusted = client_from("127.0.0.1")
    for path, headers in hsts_paths(site):
        resp = site.get(path, trusted, headers={**headers, "X-Forwarded-Proto": "https"})
        value = resp.headers.get("Strict-Transport-Security", "")
        assert value.startswith("max-age=") and int(value.split("=")[1].split(";")[0]) > 0, (path, value)


def test_no_hsts_over_plain_http(site):
    trusted = client_from("127.0.0.1")
    for path, headers in hsts_paths(site):
        assert "Strict-Transport-Security" not in site.get(path, trusted, headers=headers).headers, path


def test_no_hsts_when_an_untrusted_client_claims_https(site):
    visitor = client_from(next(_addresses))
    for path, headers in hsts_paths(site):
        resp = site.get(path, visitor, headers={**headers, "X-Forwarded-Proto": "https"})
        assert "Strict-Transport-Security" not in resp.headers, path


# -- Content-Security-Policy ----------------------------------------------------------------------
def script_sources(policy: str) -> list[str]:
    """script-src's sources (default-src's where the policy has no script-src)."""
    directives = {}
    for part in policy.split(";"):
        words = part.split()
        if words:
            directives.setdefault(words[0].lower(), words[1:])
    return directives.get("script-src", directives.get("default-src", []))


def test_documents_carry_a_csp_without_inline_scripts(site, cookies):
    public = [b for b in site.registry.dashboards if b not in site.protected]
    documents = [
        site.get("/"),
        site.get("/login"),
        site.get("/logout", cookies={COOKIE: cookies["ada"]}),
        site.get("/no-such-board/", headers=dict(PAGE), cookies={COOKIE: cookies["bob"]}),  # the 404 page
        *(site.get(b.prefix, headers=dict(PAGE)) for b in public),
        *(site.get(b.prefix, headers=dict(PAGE), cookies={COOKIE: cookies["ada"]}) for b in site.protected),
    ]
    for resp in documents:
        assert resp.headers.get("Content-Type", "").startswith("text/html"), resp.url
        policy = resp.headers.get("Content-Security-Policy", "")
        sources = script_sources(policy)
        assert sources, f"{resp.url}: no script-src in {policy!r}"
        assert "'unsafe-inline'" not in sources and "'unsafe-eval'" not in sources, (resp.url, policy)
