"""The sign-in hand-off to a dashboard at its own host name (landing/handoff.py), as an attacker
tries it: tickets replayed, expired, forged, taken to another host or into another browser, a
hand-off asked for a dashboard that is not a host's or not the visitor's, the session endpoint
asked on the main site or with the gateway's own header forged. Process mode, real nginx."""

from __future__ import annotations

import base64
import json
import re
import time
from urllib.parse import parse_qs, quote, urlsplit

import pytest
import requests

from landing.handoff import STATE_COOKIE, issue_ticket
from landing.sessions import COOKIE
from tests.helpers import (
    HOSTED,
    HOSTED_SECRET,
    SIGN_IN_PASSWORDS,
    SITE_HOST,
    client_from,
    csrf_token,
    form_sign_in,
    loopback_addresses,
)

PAGE = {"Accept": "text/html"}
REFUSED = "this sign-in link is not valid here"
_addresses = loopback_addresses(7)


@pytest.fixture(scope="module")
def site(hosted_fleet):
    return hosted_fleet


class Browser:
    """One visitor's cookies per host name, as a browser keeps them (host-only), talking to the
    gateway on 127.0.0.1 with the Host it would send."""

    def __init__(self, site):
        self.site = site
        self.http = client_from(next(_addresses))
        self.jar: dict[str, dict[str, str]] = {}

    def get(self, url: str, **headers) -> requests.Response:
        parts = urlsplit(url)
        resp = self.http.get(
            f"{self.site.url}{parts.path}" + (f"?{parts.query}" if parts.query else ""),
            headers={"Host": parts.netloc, **PAGE, **headers},
            cookies=self.jar.get(parts.hostname, {}),
            allow_redirects=False,
            timeout=10,
        )
        self.jar.setdefault(parts.hostname, {}).update(resp.cookies.get_dict())
        return resp

    def sign_in(self, user: str, next_path: str) -> requests.Response:
        """The main site's form, as the browser fills it in."""
        main = f"http://127.0.0.1:{self.site.port}"
        session = requests.Session()
        session.mount("http://", self.http.get_adapter("http://"))
        session.headers["Host"] = f"{SITE_HOST}:{self.site.port}"
        resp = form_sign_in(session, main, user, SIGN_IN_PASSWORDS[user], next_path)
        self.jar.setdefault(SITE_HOST, {}).update(session.cookies.get_dict())
        return resp


def host_url(site, name: str, path: str = "/") -> str:
    return f"http://{HOSTED[name]}:{site.port}{path}"


def main_url(site, path: str) -> str:
    return f"http://{SITE_HOST}:{site.port}{path}"


def ticket_address(resp: requests.Response) -> str:
    """Where the hand-off page sends the visitor on (its Refresh header, and its link)."""
    assert resp.status_code == 200, resp.status_code
    target = resp.headers["Refresh"].split("url=", 1)[1]
    assert f'href="{target}"' in resp.text.replace("&amp;", "&")
    return target


def hand_off(site, browser: Browser, name: str, path: str = "/") -> str:
    """Start at the dashboard's host, sign in as ada if need be; the ticket's address, not taken."""
    start = browser.get(host_url(site, name, path))
    assert start.status_code == 302
    handoff = urlsplit(start.headers["Location"])
    assert handoff.netloc == f"{SITE_HOST}:{site.port}" and handoff.path == "/_dashfleet/handoff"
    answer = browser.get(start.headers["Location"])
    if answer.status_code == 302:  # not signed in on the main site yet
        assert answer.headers["Location"].startswith("/login?next=/_dashfleet/handoff")
        login = browser.sign_in("ada", f"{handoff.path}?{handoff.query}")
        assert login.status_code == 303
        answer = browser.get(main_url(site, login.headers["Location"]))
    return ticket_address(answer)


def test_the_hand_off_signs_in_the_host_once(site):
    browser = Browser(site)
    target = hand_off(site, browser, "rooted", "/other?q=1")
    assert target.startswith(host_url(site, "rooted", "/_dashfleet/session?ticket="))
    taken = browser.get(target)
    assert (taken.status_code, taken.headers["Location"]) == (303, "/other?q=1")
    cookie = taken.headers["Set-Cookie"]
    assert cookie.startswith(f"{COOKIE}=") and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Domain" not in cookie  # host-only: this dashboard's host alone
    assert browser.get(host_url(site, "rooted", "/other?q=1")).status_code == 200
    # The same session: another host now hands off without asking again.
    second = browser.get(hand_off(site, browser, "corner"))
    assert (second.status_code, second.headers["Location"]) == (303, "/")
    # Replayed: refused, on its host and anywhere else.
    replay = browser.get(target)
    assert replay.status_code == 400 and REFUSED in replay.text


def test_a_ticket_for_another_host_is_refused(site):
    browser = Browser(site)
    target = urlsplit(hand_off(site, browser, "rooted"))
    # The corner host, with the state cookie of this browser: still rooted's ticket.
    browser.jar[HOSTED["corner"]] = dict(browser.jar[HOSTED["rooted"]])
    elsewhere = browser.get(f"http://{HOSTED['corner']}:{site.port}{target.path}?{target.query}")
    assert elsewhere.status_code == 400 and REFUSED in elsewhere.text
    # ...nor does the gateway's own header, sent by the client, change which host this is.
    forged = browser.get(
        f"http://{HOSTED['corner']}:{site.port}{target.path}?{target.query}",
        **{"X-Dashfleet-Board": "rooted"},
    )
    assert forged.status_code == 400
    # On the main site that path is nobody's, whatever the client says.
    main = browser.get(main_url(site, f"{target.path}?{target.query}"), **{"X-Dashfleet-Board": "rooted"})
    assert main.status_code == 404
    # The ticket was not spent by any of these: its own host takes it.
    assert (
        browser.get(f"http://{HOSTED['rooted']}:{site.port}{target.path}?{target.query}").status_code == 303
    )


def test_a_ticket_in_another_browser_is_refused(site):
    """An attacker's own ticket, opened by a victim (a link, a page): the victim's browser did
    not start that sign-in (no state cookie, or another one), so it is not signed in as the
    attacker."""
    attacker = Browser(site)
    target = hand_off(site, attacker, "rooted")
    victim = Browser(site)
    assert victim.get(target).status_code == 400
    victim.get(host_url(site, "rooted"))  # the victim's own hand-off started: a state of its own
    assert STATE_COOKIE in victim.jar[HOSTED["rooted"]]
    resp = victim.get(target)
    assert resp.status_code == 400 and COOKIE not in resp.cookies


def _claims(target: str) -> dict:
    ticket = parse_qs(urlsplit(target).query)["ticket"][0]
    payload = ticket.split(".")[0]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def test_an_expired_or_forged_ticket_is_refused(site):
    browser = Browser(site)
    target = hand_off(site, browser, "rooted")
    claims = {k: v for k, v in _claims(target).items() if k not in ("n", "x")}
    session_path = host_url(site, "rooted", "/_dashfleet/session?ticket=")
    expired = issue_ticket(HOSTED_SECRET, claims, now=time.time() - 60)
    assert browser.get(session_path + expired).status_code == 400
    wrong_key = issue_ticket("another-secret-" + "x" * 40, claims)
    assert browser.get(session_path + wrong_key).status_code == 400
    payload, signature = urlsplit(target).query.removeprefix("ticket=").split(".")
    tampered = json.dumps({**_claims(target), "u": "root"}, separators=(",", ":")).encode()
    forged = base64.urlsafe_b64encode(tampered).rstrip(b"=").decode() + "." + signature
    for ticket in (forged, payload, "", "a.b.c", "%00", "x" * 3000):
        resp = browser.get(session_path + ticket)
        assert resp.status_code in (400, 414), ticket
        assert "Traceback" not in resp.text
    # A genuine one still works (signed with the site's key, fresh): the refusals were the point.
    fresh = issue_ticket(HOSTED_SECRET, claims)
    assert browser.get(session_path + fresh).status_code == 303


def test_a_signed_out_session_cannot_be_handed_off(site):
    browser = Browser(site)
    target = hand_off(site, browser, "rooted")
    main_cookie = browser.jar[SITE_HOST][COOKIE]
    session = requests.Session()
    session.headers["Host"] = f"{SITE_HOST}:{site.port}"
    session.cookies.set(COOKIE, main_cookie)
    token = csrf_token(session, f"http://127.0.0.1:{site.port}", "/logout")
    out = session.post(
        f"http://127.0.0.1:{site.port}/logout", data={"csrf": token}, allow_redirects=False, timeout=10
    )
    assert out.status_code == 303
    resp = browser.get(target)  # issued before the sign-out
    assert resp.status_code == 400 and REFUSED in resp.text


@pytest.mark.parametrize("board", ["simple", "population", "no-such-board", ""])
def test_the_hand_off_goes_only_to_registry_hosts(site, board):
    """Only a host-routed dashboard's own host is ever a target (never a prefix dashboard, never
    a name the visitor makes up): anything else is the main site's 404 for who is signed in, and
    the sign-in page for who is not, as for any unknown address."""
    browser = Browser(site)
    query = f"/_dashfleet/handoff?board={board}&state={'s' * 24}&next=//evil.example/"
    assert browser.get(main_url(site, query)).headers["Location"].startswith("/login?next=")
    assert browser.sign_in("ada", "/").status_code == 303
    resp = browser.get(main_url(site, query))
    assert resp.status_code == 404 and "evil.example" not in resp.headers.get("Location", "")


def test_the_next_path_cannot_leave_the_host(site):
    browser = Browser(site)
    browser.get(host_url(site, "rooted"))
    state = browser.jar[HOSTED["rooted"]][STATE_COOKIE]
    assert browser.sign_in("ada", "/").status_code == 303
    for evil in ("//evil.example/", "https://evil.example/", "/\\evil.example", "/%2F%2Fevil.example"):
        query = f"/_dashfleet/handoff?board=rooted&state={state}&next={quote(evil, safe='')}"
        taken = browser.get(ticket_address(browser.get(main_url(site, query))))
        assert taken.status_code == 303
        location = taken.headers["Location"]
        assert location.startswith("/") and not re.match(r"^/[/\\]", location), location


def test_access_rules_apply_per_host(site):
    """bob is signed in but in no group: rooted (anyone signed in) is his; corner (finance) is
    not, and looks like nothing there, on the main site's hand-off and on its host."""
    browser = Browser(site)
    assert browser.sign_in("bob", "/").status_code == 303
    start = browser.get(host_url(site, "corner"))
    assert browser.get(start.headers["Location"]).status_code == 404
    # His main-site cookie, carried by hand to corner's host: the check there still says no.
    cookie = browser.jar[SITE_HOST][COOKIE]
    resp = requests.get(
        f"http://127.0.0.1:{site.port}/",
        headers={"Host": f"{HOSTED['corner']}:{site.port}", **PAGE},
        cookies={COOKIE: cookie},
        allow_redirects=False,
        timeout=10,
    )
    assert resp.status_code == 404
    taken = browser.get(hand_off(site, browser, "rooted"))
    assert taken.status_code == 303
    assert browser.get(host_url(site, "rooted", "/")).status_code == 200
