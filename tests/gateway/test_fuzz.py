"""A property-based fuzzer (hypothesis) of every route of every service, through the real gateway:
structurally hostile callback bodies (a valid body with any part replaced by anything: deep
nesting, huge numbers and strings, NaN, lone surrogates, duplicate keys, wrong types), raw bytes
in odd encodings, random paths, methods, headers and login forms.

The property: no response is a 5xx and none shows a traceback; afterwards every service is
healthy. Seeded (derandomize) so a run is repeatable; DASHFLEET_FUZZ_EXAMPLES scales it up for a
long run (`make fuzz`), the default keeps `make test` at a little over 2,000 cases.
"""

from __future__ import annotations

import json
import os
import string

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.gateway.test_http import CALLBACK

EXAMPLES = int(os.environ.get("DASHFLEET_FUZZ_EXAMPLES", "500"))
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=True,  # the same cases every run: a failure is reproducible
    database=None,
    deadline=None,  # speed is the benchmarks' business
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    print_blob=True,
)
sent: list[int] = []  # statuses of every case, for the count asserted at the end


def check(resp: requests.Response, what: str) -> None:
    sent.append(resp.status_code)
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


def valid_body(registry) -> dict:
    return {
        "output": "graph-content.figure",
        "outputs": {"id": "graph-content", "property": "figure"},
        "inputs": [{"id": "dropdown-selection", "property": "value", "value": "Canada"}],
        "changedPropIds": ["dropdown-selection.value"],
        "state": [],
    }


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
def http():
    session = requests.Session()
    yield session
    session.close()


# -- the properties -------------------------------------------------------------------------
def test_hostile_callback_bodies_never_crash_a_dashboard(gateway_site, prefixes, registry, http):
    @FUZZ
    @given(prefix=st.sampled_from(prefixes), body=mutated_bodies(valid_body(registry)))
    def case(prefix, body):
        data = json.dumps(body, allow_nan=True).encode("utf-8", "surrogatepass")
        resp = http.post(
            f"{gateway_site.url}{prefix}{CALLBACK}",
            data=data,
            headers={"Content-Type": "application/json"},
            timeout=10,
        )
        check(resp, f"POST {prefix}{CALLBACK} {data[:200]!r}")

    case()


def test_raw_bytes_in_odd_encodings_never_crash_a_service(gateway_site, prefixes, http):
    routes = [*(f"{p}{CALLBACK}" for p in prefixes), "/login", "/logout", "/api/dashboards"]

    @FUZZ
    @given(route=st.sampled_from(routes), named=raw_bodies, content_type=content_types)
    def case(route, named, content_type):
        name, body = named if isinstance(named, tuple) else (named, HOSTILE[named])
        resp = http.post(
            gateway_site.url + route, data=body, headers={"Content-Type": content_type}, timeout=10
        )
        check(resp, f"POST {route} ({content_type}) {name}: {body[:100]!r}")

    case()


def test_random_paths_methods_and_headers_never_crash_a_service(gateway_site, prefixes, http):
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
        check(resp, f"{method} {url} {headers}")

    case()


def test_hostile_layout_and_dependency_requests_never_crash_a_dashboard(gateway_site, prefixes, http):
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
        check(resp, f"GET {prefix}{route} {params} {headers}")

    case()


def test_random_login_forms_never_crash_the_landing(gateway_site, http):
    fields = st.dictionaries(
        st.sampled_from(["username", "password", "csrf", "next", "x"]), st.text(max_size=300), max_size=5
    )

    @settings(FUZZ, max_examples=max(EXAMPLES // 4, 20))
    @given(form=fields, cookie=st.text(alphabet=string.ascii_letters + string.digits + "._-", max_size=80))
    def case(form, cookie):
        resp = http.post(
            gateway_site.url + "/login",
            data=form,
            cookies={"dashfleet_csrf": cookie, "dashfleet_session": cookie},
            timeout=10,
            allow_redirects=False,
        )
        # The login form is rate-limited: a 429 is the gateway doing its job.
        check(resp, f"POST /login {form}")

    case()


def test_every_service_is_still_healthy_and_enough_cases_ran(gateway_site, registry):
    for board in registry.dashboards:
        assert gateway_site.get(f"{board.prefix}health").text == "ok\n", board.name
    assert gateway_site.get("/").status_code == 200
    assert len(sent) >= 4 * EXAMPLES >= 2000 or EXAMPLES < 500, f"only {len(sent)} cases ran"
    print(f"\nfuzz: {len(sent)} cases, statuses {sorted(set(sent))}, 0 >= 500")
