"""What only the nginx gateway does: forwarding headers, its own pages, and isolation of a
dashboard that goes down."""

import socket
import time
import uuid

import requests

from tests.helpers import access_log_line


def test_gateway_forwards_client_headers_and_the_path_unchanged(gateway_site, fleet):
    marker = f"probe={uuid.uuid4().hex}"
    assert gateway_site.get(f"/population/health?{marker}").status_code == 200
    line = access_log_line(fleet, "population", marker)
    assert f'"GET /population/health?{marker} HTTP/1.1"' in line  # the prefix is not stripped
    assert 'xff="127.0.0.1"' in line
    assert "proto=http " in line
    assert f"host=127.0.0.1:{fleet.port}" in line


def test_tls_terminator_proto_is_kept(gateway_site, fleet):
    marker = f"probe={uuid.uuid4().hex}"
    gateway_site.get(f"/simple/health?{marker}", headers={"X-Forwarded-Proto": "https"})
    line = access_log_line(fleet, "simple", marker)
    assert "proto=https" in line


def test_forwarded_headers_from_an_untrusted_client_are_replaced(gateway_site, fleet):
    """Only 127.0.0.1 is trusted in process mode; this client connects from 127.0.0.9."""
    marker = f"probe={uuid.uuid4().hex}"
    with socket.create_connection(
        ("127.0.0.1", fleet.port), timeout=10, source_address=("127.0.0.9", 0)
    ) as conn:
        conn.sendall(
            f"GET /simple/health?{marker} HTTP/1.1\r\nHost: 127.0.0.1:{fleet.port}\r\n"
            "X-Forwarded-Proto: https\r\nX-Forwarded-Host: evil.example\r\nX-Forwarded-For: 6.6.6.6\r\n"
            "Connection: close\r\n\r\n".encode()
        )
        assert conn.recv(64).startswith(b"HTTP/1.1 200")
    line = access_log_line(fleet, "simple", marker)
    assert "proto=http " in line and f"host=127.0.0.1:{fleet.port}" in line
    assert 'xff="127.0.0.9"' in line  # not 6.6.6.6


def test_gateway_health_and_compression(gateway_site):
    assert gateway_site.get("/_dashfleet/health").text == "ok\n"
    resp = gateway_site.get("/population/_dash-layout", headers={"Accept-Encoding": "gzip"})
    assert resp.headers["Content-Encoding"] == "gzip"


def test_gateway_pages_are_internal(gateway_site):
    assert gateway_site.get("/_dashfleet/down.html").status_code == 404


def test_a_dashboard_that_is_down_does_not_take_the_others_with_it(fleet_site):
    site, backend = fleet_site, fleet_site.backend
    gateway_before = gateway_identity(site)
    backend.stop_service("population")
    try:
        started = time.monotonic()
        down = requests.get(site.url + "/population/", timeout=5)
        elapsed = time.monotonic() - started
        assert down.status_code == 503
        assert elapsed < 1.0
        assert "<h1>Population is down</h1>" in down.text
        assert 'href="/"' in down.text
        assert down.headers["Retry-After"] == "5"
        assert site.get("/").status_code == 200
        assert site.get("/simple/").status_code == 200
        callback = site.post("/population/_dash-update-component", json={})
        assert callback.status_code == 503
    finally:
        backend.start_service("population")
    assert site.get("/population/").status_code == 200
    assert gateway_identity(site) == gateway_before  # the gateway was not restarted or reloaded


def gateway_identity(site):
    if site.mode in ("containers", "swarm"):
        return site.backend.gateway_started_at()
    return site.backend.pid("gateway")
