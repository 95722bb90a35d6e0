"""What an operator reads from outside: a request id in every response and in the gateway's and
the service's log lines, logs as JSON or text, Prometheus metrics summed over every gunicorn
worker on each service itself, nginx's stub_status on an internal port; none of it through
the public gateway."""

from __future__ import annotations

import json
import re
import uuid

import pytest
import requests

from dashfleet.tool import wait
from dashfleet.tool.local import Fleet, free_port
from tests.helpers import CALLBACK, access_log_line, callback_body, metric

NGINX_ID = re.compile(r"[0-9a-f]{32}")


@pytest.mark.parametrize(
    "path", ["/", "/population/", "/population/_dash-layout", "/nowhere", "/simple/assets/none.css"]
)
def test_every_response_carries_a_request_id(gateway_site, path):
    resp = gateway_site.get(path)
    assert NGINX_ID.fullmatch(resp.headers["X-Request-ID"]), (path, resp.status_code)


def test_a_down_dashboard_s_page_carries_one_too(gateway_site, fleet):
    fleet.stop_service("simple")
    try:
        resp = gateway_site.get("/simple/")
        assert resp.status_code == 503 and NGINX_ID.fullmatch(resp.headers["X-Request-ID"])
    finally:
        fleet.start_service("simple")


def test_the_request_id_links_the_response_the_gateway_log_and_the_service_log(gateway_site, fleet):
    marker = f"rid-{uuid.uuid4().hex}"
    resp = gateway_site.get(f"/population/health?{marker}")
    rid = resp.headers["X-Request-ID"]
    assert f"rid={rid}" in access_log_line(fleet, "population", marker)
    assert f"rid={rid}" in access_log_line(fleet, "gateway-access", marker)


def test_a_trusted_proxy_s_request_id_is_kept_and_a_malformed_one_replaced(gateway_site, fleet):
    # Process mode trusts loopback (the TLS terminator on the same machine).
    kept = gateway_site.get("/population/health", headers={"X-Request-ID": "edge-42.a:b"})
    assert kept.headers["X-Request-ID"] == "edge-42.a:b"
    for hostile in ("has space", "x" * 129, 'quote"d', "new\nline"):
        try:
            resp = gateway_site.get("/population/health", headers={"X-Request-ID": hostile})
        except (requests.exceptions.InvalidHeader, ValueError):
            continue  # the client library refuses to send it at all
        assert NGINX_ID.fullmatch(resp.headers["X-Request-ID"]), hostile


def test_metrics_sum_every_worker_on_the_service_itself(gateway_site, fleet):
    before = fleet.get("population", "/metrics").text
    sent = 40  # two workers: with keep-alive off, both answer some of them
    for i in range(sent):
        country = "Canada" if i % 2 else "Japan"
        resp = gateway_site.post(
            f"/population/{CALLBACK}", json=callback_body(country), headers={"Connection": "close"}
        )
        assert resp.status_code == 200
    gateway_site.post(
        f"/population/{CALLBACK}", data=b"{not json", headers={"Content-Type": "application/json"}
    )
    after = fleet.get("population", "/metrics")
    assert after.headers["Content-Type"].startswith("text/plain")
    labels = {"service": "population"}
    count = "dashfleet_callback_duration_seconds_count"
    assert metric(after.text, count, **labels) - metric(before, count, **labels) == sent + 1
    ok = {"service": "population", "kind": "callback", "status": "200"}
    assert (
        metric(after.text, "dashfleet_http_requests_total", **ok)
        - metric(before, "dashfleet_http_requests_total", **ok)
        == sent
    )
    bad = {"service": "population", "kind": "callback", "status": "400"}
    assert metric(after.text, "dashfleet_http_requests_total", **bad) >= 1
    assert metric(after.text, "dashfleet_callback_errors_total", **labels) == 0  # a 4xx is the client's
    assert "dashfleet_http_requests_in_flight" in after.text
    # Both workers wrote their share (prometheus_client's multiprocess files, one per process).
    assert metric(after.text, "dashfleet_http_requests_in_flight", **labels) == 0


@pytest.mark.parametrize(
    "path", ["/metrics", "/metrics?x=1", "//metrics", "/%6Detrics", "/population/metrics", "/stub_status"]
)
def test_no_metrics_through_the_public_gateway(gateway_site, path):
    resp = gateway_site.get(path)
    assert "dashfleet_http_requests" not in resp.text and "Active connections" not in resp.text
    assert not resp.headers["Content-Type"].startswith("text/plain; version=")  # Prometheus' own
    if not path.startswith("/population/"):  # there, Dash answers its page for any path
        assert resp.status_code == 404


def test_nginx_counters_on_the_internal_status_port(fleet):
    resp = requests.get(f"http://{fleet.host}:{fleet.status_port}/stub_status", timeout=5)
    assert resp.status_code == 200 and resp.text.startswith("Active connections:")
    assert requests.get(f"http://{fleet.host}:{fleet.status_port}/", timeout=5).status_code == 404


@pytest.fixture(scope="module")
def json_fleet(registry, tmp_path_factory):
    run_dir = tmp_path_factory.mktemp("json-logs")
    env = {"DASHFLEET_LOG_FORMAT": "json"}
    with Fleet(registry, port=free_port(), run_dir=run_dir, log_dir=run_dir / "logs", env=env) as running:
        yield running


def json_lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_json_logs_one_object_per_line_with_the_request_id(json_fleet):
    marker = f"json-{uuid.uuid4().hex}"
    resp = requests.get(f"{json_fleet.url}/population/health?{marker}", timeout=10)
    rid = resp.headers["X-Request-ID"]
    logs = json_fleet.run_dir / "logs"

    def entry(name):
        return next((e for e in json_lines(logs / f"{name}.log") if e.get("query") == marker), None)

    service = wait.until(lambda: entry("population"), 5, what="the service's JSON access line")
    gateway = wait.until(lambda: entry("gateway-access"), 5, what="the gateway's JSON access line")
    assert service["request_id"] == gateway["request_id"] == rid
    assert (service["service"], service["status"], service["path"]) == (
        "population",
        200,
        "/population/health",
    )
    assert (gateway["service"], gateway["status"]) == ("gateway", 200)
    # Every line of every service's log is JSON, start-up lines included.
    for name in ("landing", "simple", "population"):
        assert all(e["level"] and e["service"] == name for e in json_lines(logs / f"{name}.log"))
