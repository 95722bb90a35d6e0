"""The landing page's search, tags and order through the real gateway in process mode (nginx in
front of gunicorn on loopback): `?q=` and `?tag=` filtered by the server, the query shown as text
whatever it holds, what no page sends refused with a clear 4xx, and the cards ordered by the page
views the landing reads from each dashboard's metrics through the gateway's internal port."""

from __future__ import annotations

import pytest
import requests

from dashfleet.tool import wait
from dashfleet.tool.local import Fleet, free_port
from landing.usage import GatewayCounts
from tests.helpers import PAGE, landing_cards, landing_search, metric

USAGE_TTL = 0.5


@pytest.fixture(scope="module")
def fleet(registry, tmp_path_factory):
    """A fleet of this module's own: page views counted from zero, read again every half second."""
    run_dir = tmp_path_factory.mktemp("landing-search")
    env = {"DASHFLEET_USAGE_TTL": str(USAGE_TTL)}
    with Fleet(registry, port=free_port(), run_dir=run_dir, log_dir=run_dir / "logs", env=env) as running:
        assert running.failed == {}, running.failed
        yield running


def page(fleet, **params) -> requests.Response:
    return requests.get(fleet.url + "/", params=params, timeout=10)


def order(fleet) -> list[str]:
    return [d["name"] for d in requests.get(fleet.url + "/api/dashboards", timeout=10).json()]


def test_tag_and_query_filter_on_the_server(fleet, registry):
    tagged = [d for d in registry.dashboards if d.tags]
    if not tagged:
        pytest.skip("no dashboard of this registry has tags")
    tag = tagged[-1].tags[-1]
    state = landing_search(page(fleet, tag=tag).text)
    assert sorted(state["shown"]) == sorted(d.name for d in registry.dashboards if tag in d.tags)
    assert state["count"] == f"{len(state['shown'])} of {len(registry.dashboards)} dashboards"
    assert state["current"] == tag

    word = registry.dashboards[-1].title.split()[0]
    state = landing_search(page(fleet, q=word.upper()).text)
    wanted = [d.name for d in registry.dashboards if word.lower() in f"{d.title} {d.description}".lower()]
    assert registry.dashboards[-1].name in state["shown"] and sorted(state["shown"]) == sorted(wanted)
    assert state["query"] == word.upper()
    assert landing_search(page(fleet, q="no-dashboard-says-this").text)["shown"] == []


@pytest.mark.parametrize(
    "query",
    ["<script>alert(1)</script>", '"><svg onload=alert(1)>', "' autofocus onfocus='alert(1)", "%3Cscript%3E"],
)
def test_the_query_comes_back_as_text(fleet, query):
    resp = page(fleet, q=query)
    assert resp.status_code == 200
    assert "<script>alert" not in resp.text and "<svg onload" not in resp.text
    assert landing_search(resp.text)["query"] == query
    # The page keeps the site's policy: no inline script is allowed to run.
    assert "script-src 'self';" in resp.headers["Content-Security-Policy"]


def test_what_no_page_sends_is_a_clear_4xx(fleet):
    too_long = page(fleet, q="x" * 300)  # over the box's maxlength: the landing says why
    assert too_long.status_code == 400
    assert too_long.text == "400 Bad Request: the search text is too long: at most 200 characters\n"
    bad_tag = page(fleet, tag='"><script>')
    assert bad_tag.status_code == 400 and "<script>" not in bad_tag.text
    huge = page(fleet, q="x" * 6000)  # over the gateway's request-line limit: nginx refuses it
    assert huge.status_code == 414 and "x" * 100 not in huge.text


def test_usage_is_read_on_the_internal_port_only(fleet, registry):
    board = registry.dashboards[0]
    inside = requests.get(f"{fleet.status_url}/_dashfleet/metrics/{board.name}", timeout=10)
    assert inside.status_code == 200 and "dashfleet_http_requests_total" in inside.text
    outside = requests.get(f"{fleet.url}/_dashfleet/metrics/{board.name}", timeout=10)
    assert outside.status_code == 404 and "dashfleet_http_requests" not in outside.text


def test_page_views_through_the_gateway_are_the_service_s_own(fleet, registry):
    board = registry.dashboards[-1]
    for _ in range(2):
        assert requests.get(fleet.url + board.prefix, headers=PAGE, timeout=10).status_code == 200
    direct = fleet.get(board.name, "/metrics", timeout=10).text
    own = metric(direct, "dashfleet_http_requests_total", service=board.name, kind="page", status="200")
    counted = GatewayCounts(registry.dashboards, fleet.status_url)()
    assert own >= 2 and counted[board.name] == own


def test_the_most_used_dashboard_comes_first_the_rest_in_registry_order(fleet, registry):
    if len(registry.dashboards) < 2:
        pytest.skip("one dashboard: nothing to order")
    names = [d.name for d in registry.dashboards]
    last = registry.dashboards[-1]
    before = GatewayCounts(registry.dashboards, fleet.status_url)()
    # Make the registry's last dashboard the most used by a clear margin.
    for _ in range(int(max(before.values(), default=0)) + 3):
        assert requests.get(fleet.url + last.prefix, headers=PAGE, timeout=10).status_code == 200
    counts = GatewayCounts(registry.dashboards, fleet.status_url)()
    expected = sorted(names, key=lambda n: -counts.get(n, 0))
    assert expected[0] == last.name
    wait.until(lambda: order(fleet) == expected, 10 * USAGE_TTL + 10, what=f"{last.name} listed first")
    # The page, for every worker of the landing service (they share the counts).
    for _ in range(6):
        assert [c["name"] for c in landing_cards(page(fleet).text)] == expected
