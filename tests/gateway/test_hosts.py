"""Dashboards at host names of their own (registry `host`), through the real gateway in process
mode: each host's server routes every path to its dashboard, built at "/", with the main site's
protections; the main site stays the default for every other name, however the Host is spelled
or forged. The hand-off of sign-in to a host is tests/attack/test_host_handoff.py's."""

from __future__ import annotations

import json

import pytest
import requests

from dashfleet.registry import load
from dashfleet.tool import wait
from landing.sessions import COOKIE
from tests.attack.rawhttp import exchange, request_bytes
from tests.helpers import HOSTED, SIGN_IN_PASSWORDS, SITE_HOST, callback_body_from, client_from, form_sign_in

PAGE = {"Accept": "text/html"}


@pytest.fixture(scope="module")
def site(hosted_fleet):
    return hosted_fleet


@pytest.fixture(scope="module")
def ada(site) -> str:
    """ada's session cookie (she may open every dashboard), signed in on the main site."""
    session = client_from("127.0.0.1")
    resp = form_sign_in(session, site.url, "ada", SIGN_IN_PASSWORDS["ada"])
    assert resp.status_code == 303
    return session.cookies[COOKIE]


def get(site, host: str | None, path: str, cookie: str | None = None, **headers) -> requests.Response:
    """GET `path` from the gateway on 127.0.0.1 with Host `host` (and the port, as a browser sends it)."""
    if host is not None:
        headers.setdefault("Host", f"{host}:{site.port}")
    return requests.get(
        site.url + path,
        headers=headers,
        cookies={COOKIE: cookie} if cookie else None,
        allow_redirects=False,
        timeout=10,
    )


def is_rooted_layout(resp: requests.Response) -> bool:
    """The answer is tests/apps/rooted.py's layout: its links written from the root."""
    return resp.status_code == 200 and '"href":"/other"' in json.dumps(resp.json(), separators=(",", ":"))


def test_a_host_routed_dashboard_serves_its_app_at_the_root(site, ada):
    host = HOSTED["rooted"]
    page = get(site, host, "/other", ada, **PAGE)
    assert page.status_code == 200 and "_dash-renderer" in page.text
    assert page.headers["X-Frame-Options"] == "SAMEORIGIN" and "X-Request-ID" in page.headers
    assert is_rooted_layout(get(site, host, "/_dash-layout", ada))
    deps = get(site, host, "/_dash-dependencies", ada).json()
    body = callback_body_from(deps, get(site, host, "/_dash-layout", ada).json(), prefix="/other")
    answer = requests.post(
        site.url + "/_dash-update-component",
        json=body,
        headers={"Host": f"{host}:{site.port}"},
        cookies={COOKIE: ada},
        timeout=10,
    )
    assert answer.status_code == 200 and "Rooted other" in answer.text


def test_its_host_keeps_the_gateway_own_paths(site, ada):
    host = HOSTED["rooted"]
    # The services' metrics stay on their own sockets; /_dashfleet/ is the gateway's.
    for path in ("/metrics", "/_dashfleet/health", "/_dashfleet/handoff?board=rooted", "/_dashfleet/auth"):
        resp = get(site, host, path, ada)
        assert resp.status_code == 404, path
        assert "dashfleet_http_requests_total" not in resp.text
    # Too big a callback is refused at the front door, as on the main site.
    big = requests.post(
        site.url + "/_dash-update-component",
        data=b"x" * (1024 * 1024 + 1),
        headers={"Host": f"{host}:{site.port}", "Content-Type": "application/json"},
        cookies={COOKIE: ada},
        timeout=10,
    )
    assert big.status_code == 413


@pytest.mark.parametrize(
    "spelling",
    [
        "rooted.localhost",
        "ROOTED.LocalHost",
        "rooted.localhost.",
        "rooted.localhost:{port}",
        "Rooted.Localhost.:{port}",
    ],
)
def test_every_spelling_of_a_host_reaches_its_dashboard(site, ada, spelling):
    """nginx lowercases the name and drops a trailing dot before it picks a server; a port is
    not part of the name."""
    resp = get(site, None, "/_dash-layout", ada, Host=spelling.format(port=site.port))
    assert is_rooted_layout(resp)


@pytest.mark.parametrize(
    "host", ["evil.example", "rooted.localhost.evil.example", "xrooted.localhost", "127.0.0.1", SITE_HOST]
)
def test_any_other_host_is_the_main_site(site, ada, host):
    """A forged or unknown Host gets the main site: its landing page, and none of a host-routed
    dashboard's paths."""
    landing = get(site, None, "/", ada, Host=host, **PAGE)
    assert landing.status_code == 200 and "<h1>Dashboards</h1>" in landing.text
    assert get(site, None, "/_dash-layout", ada, Host=host).status_code == 404


@pytest.mark.parametrize("host", ["", "a b", "rooted.localhost/x", "..rooted.localhost"])
def test_a_host_nginx_cannot_read_is_a_400(site, host):
    answer = exchange(
        ("127.0.0.1", site.port),
        request_bytes("GET", "/", host=host, headers=[("Accept", "text/html")]),
        method="GET",
    )
    assert answer.status == 400


@pytest.mark.parametrize("port", ["abc", "99999", "80 80"])
def test_a_malformed_port_is_left_out_of_the_sign_in_address(site, port):
    """The port of the main site's address comes from the Host the visitor sent: only a port."""
    resp = get(site, None, "/", Host=f"{HOSTED['rooted']}:{port}", **PAGE)
    if resp.status_code != 400:  # nginx may refuse the header itself
        assert resp.headers["Location"].startswith(f"http://{SITE_HOST}/_dashfleet/handoff?board=rooted&")


def test_x_forwarded_host_routes_nothing(site, ada):
    """Routing is by Host (or the request line) alone: a forwarded host, trusted or not, picks
    no server and names no address the gateway sends a visitor to."""
    for client in (client_from("127.0.0.1"), client_from("127.9.0.2")):  # trusted; not trusted
        resp = client.get(
            site.url + "/_dash-layout",
            headers={"X-Forwarded-Host": HOSTED["rooted"]},
            cookies={COOKIE: ada},
            allow_redirects=False,
            timeout=10,
        )
        assert resp.status_code == 404
    stranger = client_from("127.9.0.3").get(
        site.url + "/",
        headers={"Host": f"{HOSTED['rooted']}:{site.port}", "X-Forwarded-Host": "evil.example:666", **PAGE},
        allow_redirects=False,
        timeout=10,
    )
    assert stranger.status_code == 302
    assert stranger.headers["Location"].startswith(f"http://{SITE_HOST}:{site.port}/_dashfleet/handoff?")


def test_an_absolute_request_line_is_routed_by_its_host_and_checked_there(site, ada):
    """HTTP/1.1 lets a request line name the host (`GET http://host/path`), which then wins
    over the Host header: the server it picks is the one whose sign-in check runs."""
    port = site.port
    bob = requests.Session()
    resp = form_sign_in(bob, site.url, "bob", SIGN_IN_PASSWORDS["bob"])
    assert resp.status_code == 303
    bob_cookie = bob.cookies[COOKIE]

    def raw(target: str, host: str, cookie: str | None):
        headers = [("Cookie", f"{COOKIE}={cookie}")] if cookie else []
        return exchange(
            ("127.0.0.1", port), request_bytes("GET", target, host=host, headers=headers), method="GET"
        )

    corner = f"http://{HOSTED['corner']}:{port}/_dash-layout"
    main = f"http://127.0.0.1:{port}/_dash-layout"
    # Named in the request line, checked as that dashboard: no session, no entry; bob is not in
    # its group, the same 404 as nothing there; ada is.
    assert raw(corner, f"127.0.0.1:{port}", None).status == 401
    assert raw(corner, f"127.0.0.1:{port}", bob_cookie).status == 404
    assert b"other-link" in raw(corner, f"127.0.0.1:{port}", ada).body
    # The main site named in the request line, the dashboard's host in the Host header: the main site.
    assert raw(main, f"{HOSTED['corner']}:{port}", ada).status == 404
    # bob may open rooted (any signed-in visitor) but not corner, on either spelling.
    assert get(site, HOSTED["rooted"], "/_dash-layout", bob_cookie).status_code == 200
    assert get(site, HOSTED["corner"], "/_dash-layout", bob_cookie).status_code == 404


def test_without_a_session_a_page_goes_to_the_main_site_and_a_fetch_gets_401(site):
    page = get(site, HOSTED["rooted"], "/other?q=1", **PAGE)
    assert page.status_code == 302
    assert page.headers["Location"].startswith(
        f"http://{SITE_HOST}:{site.port}/_dashfleet/handoff?board=rooted&state="
    )
    assert page.headers["Location"].endswith("&next=%2Fother%3Fq%3D1")
    fetch = get(site, HOSTED["rooted"], "/_dash-layout", Accept="application/json")
    assert fetch.status_code == 401 and fetch.json()["error"] == "sign-in required"


def test_the_landing_links_each_host_and_checks_its_health(site, ada):
    registry = load(site.root / "dashboards.toml")
    for board in registry.hosted:  # the gateway's internal port, as the landing asks it
        assert wait.http_ok(f"{site.status_url}/_dashfleet/health/{board.name}")

    def listed():
        answer = get(site, SITE_HOST, "/api/dashboards", ada).json()
        return {d["name"]: d for d in answer if d["host"]}

    wait.until(lambda: all(d["status"] == "up" for d in listed().values()), 20, what="host statuses")
    cards = listed()
    assert set(cards) == {b.name for b in registry.hosted}
    for name, card in cards.items():
        assert card["href"] == f"http://{HOSTED[name]}:{site.port}/"
        assert card["prefix"] is None
    html = get(site, SITE_HOST, "/", ada, **PAGE).text
    assert f'href="http://{HOSTED["rooted"]}:{site.port}/"' in html
