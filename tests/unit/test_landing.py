"""The landing page with Flask's test client: cards come from the registry."""

from pathlib import Path

import pytest

from landing import create_app
from tests.helpers import SALES_ENTRY


@pytest.fixture
def client():
    return create_app({"GATEWAY_URL": ""}).test_client()


def test_landing_lists_every_dashboard_with_its_link_and_description(client, registry):
    html = client.get("/").get_data(as_text=True)
    assert "<title>dashfleet</title>" in html
    for board in registry.dashboards:
        assert f'<a href="{board.prefix}">{board.title}</a>' in html
        assert board.description in html


def test_a_new_registry_entry_appears_without_touching_the_landing(tmp_path):
    path = tmp_path / "dashboards.toml"
    path.write_text((Path(__file__).resolve().parents[2] / "dashboards.toml").read_text() + SALES_ENTRY)
    html = create_app({"REGISTRY_PATH": str(path)}).test_client().get("/").get_data(as_text=True)
    assert '<a href="/sales/">Sales</a>' in html


def test_api_lists_the_same_dashboards(client, registry):
    resp = client.get("/api/dashboards")
    assert resp.status_code == 200
    assert resp.headers["Cache-Control"] == "no-store"
    assert resp.get_json() == [
        {
            "name": b.name,
            "title": b.title,
            "prefix": b.prefix,
            "description": b.description,
            "status": "unknown",
        }
        for b in registry.dashboards
    ]


def test_unknown_path_is_a_plain_404(client):
    resp = client.get("/nope")
    assert resp.status_code == 404
    assert resp.mimetype == "text/plain"


def test_status_of_a_hung_dashboard_is_down_within_the_timeout(registry):
    """A listener that accepts and never answers: the refresh still returns in about `timeout`."""
    import socket
    import time

    from landing.status import StatusChecker

    with socket.socket() as hung:
        hung.bind(("127.0.0.1", 0))
        hung.listen(16)
        url = f"http://127.0.0.1:{hung.getsockname()[1]}"
        checker = StatusChecker(registry.dashboards, gateway_url=url, ttl=60, timeout=0.3)
        started = time.monotonic()
        statuses = checker.statuses()
        elapsed = time.monotonic() - started
    assert statuses == {d.name: "down" for d in registry.dashboards}
    assert elapsed < 1.0
