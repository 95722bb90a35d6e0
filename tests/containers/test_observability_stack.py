"""The operator's view of the compose stack: JSON logs with the request id the client saw, and
metrics and nginx counters that a scraper on the internal network reads (never the public port)."""

import json
import uuid

import pytest

from dashfleet.tool import wait

pytestmark = pytest.mark.containers

FETCH = "import sys, urllib.request as u; sys.stdout.write(u.urlopen(sys.argv[1], timeout=5).read().decode())"


@pytest.fixture
def stack(containers_site):
    return containers_site.backend


def from_inside(stack, url: str) -> str:
    """GET `url` from the landing container: a neighbour on the internal network."""
    (landing, *_) = stack.containers("landing")
    return stack.run("exec", landing, "python", "-c", FETCH, url)


def json_entries(stack, container: str) -> list[dict]:
    return [json.loads(line) for line in stack.logs(container).splitlines() if line.startswith("{")]


def test_json_logs_carry_the_request_id_in_gateway_and_service(stack, containers_site):
    marker = f"rid-{uuid.uuid4().hex}"
    rid = containers_site.get(f"/population/health?{marker}").headers["X-Request-ID"]
    (gateway,) = stack.containers("gateway")
    population = stack.containers("dash_population")

    def logged():
        found = [
            e for c in [gateway, *population] for e in json_entries(stack, c) if e.get("query") == marker
        ]
        return found if len(found) == 2 else None

    entries = wait.until(logged, 10, poll=0.3, what="JSON log lines of the gateway and the service")
    assert {e["service"] for e in entries} == {"gateway", "population"}
    assert {e["request_id"] for e in entries} == {rid}


def test_metrics_and_nginx_counters_on_the_internal_network_only(stack, containers_site):
    containers_site.get("/population/_dash-layout")
    metrics = from_inside(stack, "http://dash_population:8000/metrics")
    assert 'dashfleet_http_requests_total{kind="layout",service="population",status="200"}' in metrics
    assert from_inside(stack, "http://gateway:8081/stub_status").startswith("Active connections:")
    for path in ("/metrics", "/stub_status"):
        assert containers_site.get(path).status_code == 404
