"""What a visitor's browser asks of the site, over real HTTP on 127.0.0.1.

Every test runs twice: through the nginx gateway in front of one gunicorn per service (`make run`),
and against the one-process DispatcherMiddleware fallback.
"""

import json
import re

import pytest

from dash_population.data import load
from dashfleet import csp as csp_module
from tests.helpers import CALLBACK, SECURITY_HEADERS, callback_body, landing_cards


def dash_config(html: str) -> dict:
    match = re.search(r'<script id="_dash-config" type="application/json">(.*?)</script>', html)
    assert match, "page has no _dash-config"
    return json.loads(match.group(1))


def test_landing_lists_every_dashboard(site, registry):
    resp = site.get("/")
    assert resp.status_code == 200
    # In any order: the landing lists the most used first (tests/gateway/test_landing_search_http.py).
    cards = {card["name"]: card for card in landing_cards(resp.text)}
    assert cards == {
        b.name: {"name": b.name, "title": b.title, "href": b.prefix, "description": b.description}
        for b in registry.dashboards
    }
    assert len(landing_cards(resp.text)) == len(registry.dashboards)


def test_dash_page_carries_its_public_prefix(site, registry):
    for board in registry.dashboards:
        resp = site.get(board.prefix)
        assert resp.status_code == 200, board.prefix
        config = dash_config(resp.text)
        assert config["requests_pathname_prefix"] == board.prefix
        assert "python_version" not in config


def test_every_script_and_asset_loads_through_the_site(site, registry):
    for board in registry.dashboards:
        prefix = board.prefix
        html = site.get(prefix).text
        urls = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html)
        urls = [u for u in urls if not u.startswith("data:")]  # the inline icon: no request
        assert len(urls) >= 6, prefix
        for url in urls:
            assert url.startswith(prefix), f"{url} escapes the dashboard's prefix"
            resp = site.get(url)
            assert resp.status_code == 200, url
            assert resp.content, url
        plotly = site.get(f"{prefix}_dash-component-suites/plotly/package_data/plotly.min.js")
        assert plotly.status_code == 200
        assert plotly.text.startswith("/**\n* plotly.js")


def test_layout_and_dependencies_through_the_site(site):
    layout = site.get("/population/_dash-layout").json()
    ids = [c["props"].get("id") for c in layout["props"]["children"]]
    assert ids == ["main-page-link", None, "dropdown-selection", "graph-content"]
    deps = site.get("/population/_dash-dependencies").json()
    assert [d["output"] for d in deps] == ["graph-content.figure"]
    assert deps[0]["inputs"] == [{"id": "dropdown-selection", "property": "value"}]


@pytest.mark.parametrize("country", ["Canada", "Japan"])
def test_dropdown_callback_through_the_site(site, country):
    resp = site.post(f"/population/{CALLBACK}", json=callback_body(country))
    assert resp.status_code == 200
    (trace,) = resp.json()["response"]["graph-content"]["figure"]["data"]
    expected = load().series(country)
    assert (trace["x"], trace["y"]) == (list(expected.years), list(expected.pop))


def test_prefix_without_slash_redirects_relatively(site):
    resp = site.get("/population?x=1", allow_redirects=False)
    assert resp.status_code == 301
    assert resp.headers["Location"] == "/population/?x=1"


def test_unknown_prefix_is_404(site):
    resp = site.get("/no-such-dashboard/")
    assert resp.status_code == 404
    if site.mode == "gateway":
        assert "Page not found" in resp.text and 'href="/"' in resp.text


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"json": {}}, 400),
        ({"json": []}, 400),
        ({"json": callback_body(["Canada"])}, 400),
        ({"json": {**callback_body("Canada"), "output": "nope.figure"}}, 400),
        ({"json": {**callback_body("Canada"), "inputs": []}}, 400),
        ({"json": {**callback_body("Canada"), "inputs": "Canada"}}, 400),
        ({"json": {**callback_body("Canada"), "inputs": [{"id": "other", "property": "value"}]}}, 400),
        ({"data": json.dumps(callback_body("Canada")), "headers": {"Content-Type": "text/plain"}}, 415),
        ({"data": '{"output": ', "headers": {"Content-Type": "application/json"}}, 400),
        ({"data": "x" * (2 * 1024 * 1024), "headers": {"Content-Type": "application/json"}}, 413),
    ],
    ids=[
        "empty",
        "list-body",
        "list-country",
        "unknown-output",
        "no-inputs",
        "inputs-string",
        "unknown-input",
        "wrong-content-type",
        "malformed-json",
        "oversize",
    ],
)
def test_bad_callback_input_gets_a_short_4xx(site, kwargs, status):
    resp = site.post(f"/population/{CALLBACK}", **kwargs)
    assert resp.status_code == status
    assert len(resp.content) < 4096
    assert "Traceback" not in resp.text and "Werkzeug" not in resp.text
    assert site.get("/population/health").status_code == 200  # and nothing broke


def test_unknown_country_gets_a_no_data_figure(site):
    resp = site.post(f"/population/{CALLBACK}", json=callback_body("Atlantis"))
    assert resp.status_code == 200
    figure = resp.json()["response"]["graph-content"]["figure"]
    assert figure["data"] == [] and figure["layout"]["title"]["text"] == "No data for 'Atlantis'"


def test_no_version_banner(site):
    resp = site.get("/population/")
    server = resp.headers.get("Server", "")
    assert not re.search(r"\d+\.\d+", server), server


def fingerprinted_script(site, prefix="/population/") -> str:
    return next(u for u in re.findall(r'<script src="([^"]+)"', site.get(prefix).text) if ".v4_" in u)


@pytest.mark.parametrize("encoding", ["gzip", "br"])
def test_js_and_json_are_compressed_when_the_client_accepts(site, encoding):
    if site.mode == "single":
        pytest.skip("compression is the gateway's job")
    if encoding == "br" and site.mode in ("containers", "swarm"):
        pytest.skip("the official nginx image has no brotli module: gzip there")
    for path in (fingerprinted_script(site), "/population/_dash-layout", "/"):
        resp = site.get(path, headers={"Accept-Encoding": encoding})
        assert resp.headers.get("Content-Encoding") == encoding, path
        assert "Accept-Encoding" in resp.headers.get("Vary", ""), path
    plain = site.get(fingerprinted_script(site), headers={"Accept-Encoding": "identity"})
    assert "Content-Encoding" not in plain.headers


def test_fingerprinted_bundles_are_immutable_for_a_year(site):
    urls = [fingerprinted_script(site), "/population/_dashfleet-static/plotly-basic-4.1.1.min.js"]
    for url in urls:
        cache = site.get(url).headers["Cache-Control"]
        assert "immutable" in cache and "max-age=31536000" in cache and "public" in cache, url
    # An unversioned chunk is revalidated, and a (weak, compressed) ETag gets a 304.
    chunk = site.get(
        "/population/_dash-component-suites/dash/dcc/async-graph.js", headers={"Accept-Encoding": "gzip"}
    )
    assert chunk.headers["Cache-Control"] == "no-cache"
    again = site.get(
        "/population/_dash-component-suites/dash/dcc/async-graph.js",
        headers={"Accept-Encoding": "gzip", "If-None-Match": chunk.headers["ETag"]},
    )
    assert again.status_code == 304


def test_pages_load_the_small_plotly_bundle_not_the_full_one(site):
    for prefix in ("/simple/", "/population/"):
        scripts = re.findall(r'<script src="([^"]+)"', site.get(prefix).text)
        assert f"{prefix}_dashfleet-static/plotly-basic-4.1.1.min.js" in scripts
        assert not any("plotly.min.js" in s for s in scripts)


def test_landing_page_is_small_and_self_contained(site):
    resp = site.get("/", headers={"Accept-Encoding": "identity"})
    assert len(resp.content) < 20_000
    # No CDN, no external fetch: every src/href is local or a data: URI.
    for url in re.findall(r'(?:src|href)="([^"]+)"', resp.text):
        assert url.startswith(("/", "data:")), url


def test_security_headers_on_every_kind_of_response(site):
    if site.mode == "single":
        pytest.skip("security headers are the gateway's job")
    responses = {
        "landing": site.get("/"),
        "dashboard": site.get("/population/"),
        "callback": site.post(f"/population/{CALLBACK}", json=callback_body("Japan")),
        "bad input": site.post(f"/population/{CALLBACK}", json={}),
        "branded 404": site.get("/no-such-dashboard/"),
    }
    for what, resp in responses.items():
        for name, value in SECURITY_HEADERS.items():
            assert resp.headers.get(name) == value, (what, name)
        csp = resp.headers.get("Content-Security-Policy", "")
        if resp.headers["Content-Type"].startswith("text/html"):  # a document: the policy applies
            assert "frame-ancestors 'self'" in csp and "default-src 'self'" in csp, what
            assert "unsafe-eval" not in csp, what
            script_src = re.search(r"script-src ([^;]*)", csp).group(1).split()
            assert "'unsafe-inline'" not in script_src, what
            assert len(resp.raw.headers.getlist("Content-Security-Policy")) == 1, what  # one, not two
        else:  # scripts, JSON, text: a policy there does nothing, so none is sent (bytes saved)
            assert csp == "", what
        if what == "dashboard":  # Dash's inline renderer script runs by its hash, and nothing else
            assert csp_module.inline_script_hashes(resp.text) == [
                s for s in csp.split(";")[1].split() if s.startswith("'sha256-")
            ]
            assert csp_module.inline_script_hashes(resp.text), "Dash's page has its inline renderer script"
