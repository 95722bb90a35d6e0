"""A property-based fuzzer (hypothesis) of every route of every service, through the real gateway:
structurally hostile callback bodies (a valid body with any part replaced by anything: deep
nesting, huge numbers and strings, NaN, lone surrogates, duplicate keys, wrong types), raw bytes
in odd encodings, random paths, methods, headers and login forms; and, on a fleet with sign-in on,
login forms that reach the login code (a valid CSRF token for part of them, each from a client
address of its own so the rate limit does not end the run) and random compositions of the
spellings of tests/attack/spellings.py on protected dashboards' paths.

The property: no response is a 5xx and none shows a traceback; afterwards every service is
healthy. A spelled path of a protected dashboard never shows it to who may not open it. Seeded
(derandomize) so a run is repeatable; DASHFLEET_FUZZ_EXAMPLES scales it up for a long run
(`make fuzz`), the default keeps `make test` at a little over 2,500 cases.
"""

from __future__ import annotations

import json
import os
import string
from dataclasses import dataclass

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashfleet.registry import Service
from dashfleet.tool.local import Fleet
from landing.sessions import COOKIE
from tests.attack.routes import ROUTE_KINDS, board_routes, judge, send
from tests.attack.spellings import PATH_SPELLINGS, SPELLINGS, compose
from tests.helpers import (
    CALLBACK,
    SIGN_IN_PASSWORDS,
    callback_body_from,
    client_from,
    csrf_token,
    form_sign_in,
    loopback_addresses,
    sign_in_project,
    signed_in_fleet,
)

EXAMPLES = int(os.environ.get("DASHFLEET_FUZZ_EXAMPLES", "500"))
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=True,  # the same cases every run: a failure is reproducible
    database=None,
    deadline=None,  # speed is the benchmarks' business
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    print_blob=True,
)


def check(resp: requests.Response, what: str, statuses: list[int]) -> None:
    statuses.append(resp.status_code)
    assert resp.status_code < 500, f"{what} -> {resp.status_code}: {resp.text[:300]}"
    assert "Traceback" not in resp.text and 'File "' not in resp.text, f"{what} shows a traceback"


# -- values ---------------------------------------------------------------------------------
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**200), max_value=2**200),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=50),
    st.text(
        alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), max_size=3
    ),  # lone surrogates
    st.sampled_from(["", "x" * 100_000, "graph-content.figure", "..", "{}", "\x00", "figure"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)


def deeply_nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def ran_enough(statuses: list[int], wanted: int, what: str) -> None:
    """Each property counts its own cases: a run that stopped early (hypothesis ran out of
    examples, a case returned before sending) does not pass for a fuzzed one."""
    assert len(statuses) >= wanted, f"{what}: only {len(statuses)} of {wanted} cases ran"
    print(f"\nfuzz {what}: {len(statuses)} cases, statuses {sorted(set(statuses))}, 0 >= 500")


def still_healthy(url: str, registry, cookies: dict[str, str] | None = None) -> None:
    """Every service answers after a property ran (with sign-in on, as a member who may open all)."""
    for board in registry.dashboards:
        resp = requests.get(f"{url}{board.prefix}health", cookies=cookies, timeout=10)
        assert resp.text == "ok\n", board.name
    assert requests.get(url + "/", cookies=cookies, timeout=10).status_code == 200


@st.composite
def mutated_bodies(draw, base: dict):
    """A valid callback body with one part, at any depth, replaced by anything."""
    body = json.loads(json.dumps(base))
    node, path = body, []
    while isinstance(node, (dict, list)) and node and draw(st.booleans()):
        key = draw(st.sampled_from(sorted(node) if isinstance(node, dict) else range(len(node))))
        path.append(key)
        if not isinstance(node[key], (dict, list)):
            break
        node = node[key]
    replacement = draw(json_values)
    if not path:
        return replacement
    target = body
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = replacement
    return body


# Hand-made hostile documents, by name (a name keeps hypothesis' report of a failure short).
HOSTILE = {
    "empty": b"",
    "null": b"null",
    "unclosed": b"{",
    "duplicate keys": b'{"output": "a", "output": 1, "inputs": [], "inputs": {}}',
    "NaN and Infinity": b'{"inputs": [NaN, Infinity, -Infinity]}',
    "byte order mark": b"\xef\xbb\xbf{}",
    "UTF-16": b"\xff\xfe{\x00}\x00",
    "escaped lone surrogate": b'{"output": "\\ud800"}',
    "huge number": b"1" * 5000,
    "unbalanced and deep": b"[" * 100_000,
    "deep array": deeply_nested(5000).encode(),
    "deep object": b'{"a":' * 3000 + b"1" + b"}" * 3000,
}
raw_bodies = st.one_of(st.binary(max_size=300).map(lambda b: ("random", b)), st.sampled_from(sorted(HOSTILE)))


content_types = st.sampled_from(
    [
        "application/json",
        "application/json; charset=utf-16",
        "text/plain",
        "application/x-www-form-urlencoded",
        "",
    ]
)
header_names = st.text(alphabet=string.ascii_letters + "-", min_size=1, max_size=20)
header_values = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=200).map(
    str.strip
)
path_parts = st.one_of(
    st.text(alphabet=string.ascii_letters + string.digits + "-_.~%", max_size=20),
    st.sampled_from(
        [
            "_dash-layout",
            "_dash-dependencies",
            CALLBACK,
            "_dash-component-suites",
            "_reload-hash",
            "_favicon.ico",
            "assets",
            "health",
            "..",
            "%2e%2e",
            "%00",
            "%ff",
            "login",
            "logout",
            "api",
            "dashboards",
            "_dashfleet",
            "auth",
        ]
    ),
)


@pytest.fixture(scope="module")
def prefixes(registry) -> list[str]:
    return [d.prefix for d in registry.dashboards]


@pytest.fixture(scope="module")
def valid_bodies(gateway_site, registry) -> dict[str, dict]:
    """Per dashboard prefix, a valid body of one of its own callbacks (its _dash-dependencies and
    layout: what its page sends on a first load), checked to be answered before it is fuzzed."""
    bodies = {}
    for board in registry.dashboards:
        layout = gateway_site.get(f"{board.prefix}_dash-layout").json()
        dependencies = gateway_site.get(f"{board.prefix}_dash-dependencies").json()
        body = callback_body_from(dependencies, layout, board.prefix)
        if body is None:  # no callback whose inputs are all in the first layout
            continue
        resp = gateway_site.post(f"{board.prefix}{CALLBACK}", json=body)
        assert resp.status_code in (200, 204), f"{board.name}: {body} -> {resp.status_code} {resp.text[:300]}"
        bodies[board.prefix] = body
    assert bodies, "no dashboard has a callback to fuzz"
    return bodies


@dataclass
class SignInSite:
    """A fleet with sign-in on (tests/helpers.py's sign_in_project), what its accounts hold, and
    what each route of each protected dashboard answers its member (tests/attack/routes.py)."""

    fleet: Fleet
    cookies: dict[str, str]
    protected: list[Service]
    restricted: set[str]  # protected dashboards shared with groups (bob is in none)
    routes: dict[str, dict]
    unknown_404: dict[tuple, bytes]  # bob's answer to an unknown path, per route headers

    @property
    def address(self) -> tuple[str, int]:
        return self.fleet.host, self.fleet.port


@pytest.fixture(scope="module")
def signin_site(registry, tmp_path_factory) -> SignInSite:
    project = sign_in_project(tmp_path_factory.mktemp("fuzz-sign-in"), source=registry.root)
    secret = "fuzz-secret-" + "f" * 40
    with signed_in_fleet(project, tmp_path_factory.mktemp("fuzz-sign-in-fleet"), secret) as fleet:
        addresses = loopback_addresses(8)
        cookies = {}
        for user, password in SIGN_IN_PASSWORDS.items():
            session = client_from(next(addresses))
            assert form_sign_in(session, fleet.url, user, password).status_code == 303
            cookies[user] = session.cookies[COOKIE]
        access = {b.name: fleet.registry.access_of(b) for b in fleet.registry.dashboards}
        protected = [b for b in fleet.registry.dashboards if access[b.name] != "public"]
        member = requests.Session()
        member.cookies.set(COOKIE, cookies["ada"])
        routes = {b.name: board_routes(member, fleet.url, b.prefix) for b in protected}
        unknown = {}
        for route in {r.headers: r for rs in routes.values() for r in rs.values()}.values():
            resp = requests.get(
                fleet.url + "/no-such-board/",
                headers=dict(route.headers),
                cookies={COOKIE: cookies["bob"]},
                timeout=10,
            )
            unknown[route.headers] = resp.content
        restricted = {name for name, a in access.items() if isinstance(a, tuple)}
        yield SignInSite(fleet, cookies, protected, restricted, routes, unknown)


@pytest.fixture(scope="module")
def http():
    session = requests.Session()
    yield session
    session.close()


# -- the properties -------------------------------------------------------------------------
def test_hostile_callback_bodies_never_crash_a_dashboard(gateway_site, valid_bodies, registry, http):
    statuses: list[int] = []
    # Each dashboard's own valid body, mutated: its callbacks' code is reached, not only Dash's.
    cases = st.sampled_from(sorted(valid_bodies)).flatmap(
        lambda prefix: st.tuples(st.just(prefix), mutated_bodies(valid_bodies[prefix]))
    )

    @FUZZ
    @given(case=cases)
    def case(case):
        prefix, body = case
        data = json.dumps(body, allow_nan=True).encode("utf-8", "surrogatepass")
        resp = http.post(
            f"{gateway_site.url}{prefix}{CALLBACK}",
            data=data,
            headers={"Content-Type": "application/json"},
            timeout=10,
        )
        check(resp, f"POST {prefix}{CALLBACK} {data[:200]!r}", statuses)

    case()
    ran_enough(statuses, EXAMPLES, "callback bodies")
    still_healthy(gateway_site.url, registry)


def test_raw_bytes_in_odd_encodings_never_crash_a_service(gateway_site, prefixes, registry, http):
    statuses: list[int] = []
    routes = [*(f"{p}{CALLBACK}" for p in prefixes), "/login", "/logout", "/api/dashboards"]

    @FUZZ
    @given(route=st.sampled_from(routes), named=raw_bodies, content_type=content_types)
    def case(route, named, content_type):
        name, body = named if isinstance(named, tuple) else (named, HOSTILE[named])
        resp = http.post(
            gateway_site.url + route, data=body, headers={"Content-Type": content_type}, timeout=10
        )
        check(resp, f"POST {route} ({content_type}) {name}: {body[:100]!r}", statuses)

    case()
    ran_enough(statuses, EXAMPLES, "raw bytes")
    still_healthy(gateway_site.url, registry)


def test_random_paths_methods_and_headers_never_crash_a_service(gateway_site, prefixes, registry, http):
    statuses: list[int] = []

    @FUZZ
    @given(
        base=st.sampled_from(["/", *prefixes]),
        parts=st.lists(path_parts, max_size=4),
        query=st.text(alphabet=string.printable.strip(), max_size=40),
        method=st.sampled_from(["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "PROPFIND"]),
        headers=st.dictionaries(header_names, header_values, max_size=4),
    )
    def case(base, parts, query, method, headers):
        headers = {
            k: v
            for k, v in headers.items()
            if k.lower() not in {"host", "content-length", "transfer-encoding"}
        }
        url = gateway_site.url + base + "/".join(parts) + (f"?{query}" if query else "")
        resp = http.request(method, url, headers=headers, timeout=10, allow_redirects=False)
        check(resp, f"{method} {url} {headers}", statuses)

    case()
    ran_enough(statuses, EXAMPLES, "paths, methods and headers")
    still_healthy(gateway_site.url, registry)


def test_hostile_layout_and_dependency_requests_never_crash_a_dashboard(
    gateway_site, prefixes, registry, http
):
    statuses: list[int] = []

    @FUZZ
    @given(
        prefix=st.sampled_from(prefixes),
        route=st.sampled_from(["_dash-layout", "_dash-dependencies", "_reload-hash", "health", ""]),
        accept=st.sampled_from(["*/*", "text/html", "application/json", "", "\x7f", "text/html;q=oops"]),
        encoding=st.sampled_from(["gzip", "br", "identity", "x-unknown", "gzip;q=2, br;q=-1", ""]),
        params=st.dictionaries(st.text(max_size=8), st.text(max_size=30), max_size=3),
    )
    def case(prefix, route, accept, encoding, params):
        headers = {"Accept": accept, "Accept-Encoding": encoding}
        resp = http.get(gateway_site.url + prefix + route, params=params, headers=headers, timeout=10)
        check(resp, f"GET {prefix}{route} {params} {headers}", statuses)

    case()
    ran_enough(statuses, EXAMPLES, "layout and dependency requests")
    still_healthy(gateway_site.url, registry)


def test_random_login_forms_never_crash_the_landing(signin_site):
    # With sign-in on (with it off /login is a 404), each case from a client address of its own
    # (the rate limit would otherwise answer 429 after five), and for part of them a valid CSRF
    # cookie and token, a real user name, the right password: the login code itself is fuzzed.
    url = signin_site.fleet.url
    addresses = loopback_addresses(9)
    statuses: list[int] = []
    fields = st.dictionaries(
        st.sampled_from(["username", "password", "csrf", "next", "x"]), st.text(max_size=300), max_size=5
    )

    examples = max(EXAMPLES // 4, 20)

    @settings(FUZZ, max_examples=examples)
    @given(
        form=fields,
        cookie=st.text(alphabet=string.ascii_letters + string.digits + "._-", max_size=80),
        valid_csrf=st.booleans(),
        user=st.sampled_from([None, *SIGN_IN_PASSWORDS]),
        right_password=st.booleans(),
    )
    def case(form, cookie, valid_csrf, user, right_password):
        with client_from(next(addresses)) as session:
            cookies = {"dashfleet_csrf": cookie, "dashfleet_session": cookie}
            if valid_csrf:
                form = {**form, "csrf": csrf_token(session, url)}  # its cookie is in the session now
                cookies = {"dashfleet_session": cookie}
            if user:
                form = {**form, "username": user}
                if right_password:
                    form["password"] = SIGN_IN_PASSWORDS[user]
            resp = session.post(url + "/login", data=form, cookies=cookies, timeout=10, allow_redirects=False)
        # The login form is rate-limited: a 429 is the gateway doing its job.
        check(resp, f"POST /login {form}", statuses)
        if resp.is_redirect:  # signed in: back to a path on this site, nothing injected
            location = resp.headers["Location"]
            assert location.startswith("/") and not location.startswith("//"), location
            assert not any(c in location for c in "\t\r\n\\"), location

    case()
    # The login code was reached: a wrong password (401), a missing or wrong token (400).
    assert {400, 401} <= set(statuses) and 404 not in statuses, sorted(set(statuses))
    ran_enough(statuses, examples, "login forms")
    still_healthy(url, signin_site.fleet.registry, {COOKIE: signin_site.cookies["ada"]})


def test_spelled_paths_of_protected_dashboards_never_show_them(signin_site):
    # Random compositions of the attack tier's spellings: each spells the prefix as the one
    # before it left it; the last may also change the request line (absolute-form, HTTP/1.0...).
    site = signin_site
    boards = {b.name: b for b in site.protected}
    statuses: list[int] = []

    @FUZZ
    @given(
        board=st.sampled_from(sorted(boards)),
        kind=st.sampled_from(ROUTE_KINDS),
        steps=st.lists(st.sampled_from(sorted(PATH_SPELLINGS)), max_size=3),
        last=st.sampled_from(sorted(SPELLINGS)),
        as_bob=st.booleans(),
    )
    def case(board, kind, steps, last, as_bob):
        route = site.routes[board].get(kind)
        if route is None:  # the app has no such route
            return
        signed_in = as_bob and board in site.restricted
        spelled = compose(*(PATH_SPELLINGS[s] for s in steps), SPELLINGS[last])(
            boards[board].prefix, route.rest
        )
        method, line, answer = send(site.address, spelled, route, site.cookies["bob"] if signed_in else None)
        statuses.append(answer.status)
        unknown = site.unknown_404[route.headers] if signed_in else None
        problem = judge(answer, route, method, signed_in=signed_in, unknown_body=unknown)
        who = "bob" if signed_in else "anonymous"
        assert problem is None, f"{who}: {line} ({' + '.join([*steps, last])}) -> {problem}"

    case()
    ran_enough(statuses, EXAMPLES // 2, "spelled paths")
    still_healthy(site.fleet.url, site.fleet.registry, {COOKIE: site.cookies["ada"]})


def test_every_service_is_still_healthy(gateway_site, registry):
    # Standing alone too: after every property above (each checks its own count and the site's
    # health), the site pytest shares with the other gateway tests still answers.
    still_healthy(gateway_site.url, registry)
