"""Every kind of route a dashboard serves, each with a marker only its real answer carries.

`board_routes` fetches each route canonically as a user who may open the dashboard (the positive
control: 200 with content, or the attack tests could not fail) and keeps a marker from the answer:
the page's `_dash-config`, the first bytes of the layout, dependencies, callback response and
bundles, health's body. `judge` says what is wrong with an attack's answer, if anything.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests

from tests.attack.rawhttp import Answer, exchange, request_bytes
from tests.attack.spellings import Spelled
from tests.helpers import callback_bodies_from

SECRET = "attack-tier-secret-" + "s" * 40  # the attack site's (conftest.py) session secret
UNKNOWN = "/no-such-board/"  # a path no dashboard has
PAGE = (("Accept", "text/html,application/xhtml+xml"),)
XHR = (("Accept", "application/json"), ("Sec-Fetch-Mode", "cors"))
SCRIPT = (("Accept", "*/*"), ("Sec-Fetch-Mode", "no-cors"))
ROUTE_KINDS = ("page", "layout", "dependencies", "callback", "component-suite", "asset", "health")
REFUSALS = {302, 400, 401, 404, 405, 414}  # 302 only to /login
MARKER_BYTES = 160


@dataclass(frozen=True)
class Route:
    kind: str
    method: str
    rest: str  # the path after the dashboard's prefix
    headers: tuple[tuple[str, str], ...]  # what a browser sends for it (a page, a fetch, a script)
    body: bytes
    marker: bytes  # only the real answer has it

    def canonical(self, prefix: str) -> str:
        return prefix + self.rest


def _fetch(session: requests.Session, url: str, route_headers, **kwargs) -> requests.Response:
    resp = session.request(
        kwargs.pop("method", "GET"),
        url,
        headers=dict(route_headers),
        timeout=10,
        allow_redirects=False,
        **kwargs,
    )
    assert resp.status_code == 200 and resp.content, f"positive control: {url} -> {resp.status_code}"
    return resp


def _under(prefix: str, urls: list[str], part: str) -> list[str]:
    """The paths after `prefix` of the page's URLs under prefix + part (no query string)."""
    paths = [urlsplit(u).path for u in urls]
    return [p[len(prefix) :] for p in paths if p.startswith(prefix + part)]


def board_routes(session: requests.Session, base_url: str, prefix: str) -> dict[str, Route]:
    """{kind: Route} of the dashboard at `prefix`, fetched canonically by a `session` that may open it.
    A kind the app does not have (no assets, no callback) is left out."""
    routes: dict[str, Route] = {}

    page = _fetch(session, base_url + prefix, PAGE)
    config = re.search(rb'<script id="_dash-config" type="application/json">(.*?)</script>', page.content)
    assert config, f"positive control: {prefix} has no _dash-config"
    # The config's beginning: further on it holds a per-request id.
    routes["page"] = Route("page", "GET", "", PAGE, b"", config.group(1)[:MARKER_BYTES])

    answers = {}
    for kind, rest in (("layout", "_dash-layout"), ("dependencies", "_dash-dependencies")):
        answers[kind] = _fetch(session, base_url + prefix + rest, XHR)
        routes[kind] = Route(kind, "GET", rest, XHR, b"", answers[kind].content[:MARKER_BYTES])

    # The first callback that answers its member (one may need more than the layout holds).
    headers = (*XHR, ("Content-Type", "application/json"))
    rest = "_dash-update-component"
    tried = []
    for body in callback_bodies_from(answers["dependencies"].json(), answers["layout"].json(), prefix):
        data = json.dumps(body).encode()
        answer = session.post(base_url + prefix + rest, data=data, headers=dict(headers), timeout=10)
        tried.append((body["output"], answer.status_code))
        if answer.status_code == 200 and answer.content:
            routes["callback"] = Route("callback", "POST", rest, headers, data, answer.content[:MARKER_BYTES])
            break
    else:
        assert not tried, f"positive control: no callback of {prefix} answers its member: {tried}"

    scripts = re.findall(r'<script[^>]*\ssrc="([^"]+)"', page.text)
    links = re.findall(r'<link[^>]*\shref="([^"]+)"', page.text)
    suites = _under(prefix, scripts, "_dash-component-suites/")
    assert suites, f"positive control: {prefix}'s page loads no component suite"
    # Where the app has assets, one of them; else dashfleet's own stylesheet under the prefix.
    assets = _under(prefix, links + scripts, "assets/") or [
        p for p in _under(prefix, links + scripts, "_dashfleet-static/") if "plotly" not in p
    ]
    for kind, rest in (("component-suite", suites[0]), ("asset", assets[0] if assets else None)):
        if rest is not None:
            answer = _fetch(session, base_url + prefix + rest, SCRIPT)
            routes[kind] = Route(kind, "GET", rest, SCRIPT, b"", answer.content[:MARKER_BYTES])

    health = _fetch(session, base_url + prefix + "health", SCRIPT)
    routes["health"] = Route("health", "GET", "health", SCRIPT, b"", health.content)
    return routes


def send(
    address: tuple[str, int],
    spelled: Spelled,
    route: Route,
    cookie: str | None,
) -> tuple[str, str, Answer]:
    """The route's request with `spelled`'s path and request line: (method, request line, answer)."""
    method = spelled.method or route.method
    if method == "POST" and route.method == "POST" and spelled.method:
        method = "PUT"  # "another method" on the callback
    authority = f"{address[0]}:{address[1]}"
    target = spelled.target
    if spelled.absolute:
        target = f"http://{authority if spelled.absolute == 'self' else spelled.absolute}{target}"
    headers = [*route.headers, *spelled.headers]
    if cookie:
        headers.append(("Cookie", f"dashfleet_session={cookie}"))
    body = route.body if method in ("POST", "PUT") else b""
    if method in ("POST", "PUT") and not body:
        body, headers = b"{}", [*headers, ("Content-Type", "application/json")]
    request = request_bytes(
        method,
        target,
        host=authority if spelled.host_header else None,
        version=spelled.version,
        headers=headers,
        body=body,
    )
    line = f"{method} {target[:120]!r} {spelled.version}"
    return method, line, exchange(address, request, method=method)


def judge(
    answer: Answer, route: Route, method: str, signed_in: bool, unknown_body: bytes | None
) -> str | None:
    """What is wrong with an answer to someone who may not open the dashboard; None if nothing.

    Anyone: a refusal (302 to /login, 400, 401, 404, 405, 414), never the route's content. A signed-in
    user outside the groups: never sent to sign in, and a 404 is exactly the unknown path's."""
    problems = []
    if answer.status not in REFUSALS:
        problems.append(f"status {answer.status}")
    location = answer.header("Location") or ""
    if answer.status == 302 and not location.startswith("/login?next="):
        problems.append(f"302 to {location!r}, not to /login")
    if route.marker in answer.body:
        problems.append("the dashboard's content is in the body")
    if signed_in and answer.status in (302, 401):
        problems.append(f"a signed-in user got {answer.status} (sign in)")
    has_body = method != "HEAD"
    if (
        signed_in
        and answer.status == 404
        and has_body
        and unknown_body is not None
        and answer.body != unknown_body
    ):
        problems.append("a 404 that differs from an unknown path's")
    if answer.status == 401 and has_body and b"sign-in required" not in answer.body:
        problems.append(f"a 401 without the sign-in JSON: {answer.body[:80]!r}")
    if answer.status == 403:
        problems.append("a 403 shows that the dashboard exists")
    if problems:
        return f"{'; '.join(problems)} (status {answer.status}, body {answer.body[:100]!r})"
    return None
