"""The landing page with Flask's test client: cards come from the registry."""

from pathlib import Path

import pytest

from landing import create_app
from tests.helpers import SALES_ENTRY, landing_cards


@pytest.fixture
def client(registry):
    return create_app(
        {"STATUS_URL": "", "REGISTRY_PATH": str(registry.root / "dashboards.toml")}
    ).test_client()


def test_landing_lists_every_dashboard_with_its_link_and_description(client, registry):
    html = client.get("/").get_data(as_text=True)
    assert "<title>dashfleet</title>" in html
    assert landing_cards(html) == [
        {"name": b.name, "title": b.title, "href": b.prefix, "description": b.description}
        for b in registry.dashboards
    ]


def test_text_a_registry_accepts_is_shown_as_written(tmp_path):
    path = tmp_path / "dashboards.toml"
    entry = SALES_ENTRY.replace('"Sales by region"', '"Sales & returns: the region\'s view"')
    path.write_text((Path(__file__).resolve().parents[2] / "dashboards.toml").read_text() + entry)
    html = create_app({"REGISTRY_PATH": str(path)}).test_client().get("/").get_data(as_text=True)
    assert "region&#39;s" in html  # escaped in the source...
    (sales,) = [c for c in landing_cards(html) if c["name"] == "sales"]
    assert sales["description"] == "Sales & returns: the region's view"  # ...as written on the page


def test_a_new_registry_entry_appears_without_touching_the_landing(tmp_path):
    path = tmp_path / "dashboards.toml"
    path.write_text((Path(__file__).resolve().parents[2] / "dashboards.toml").read_text() + SALES_ENTRY)
    html = create_app({"REGISTRY_PATH": str(path)}).test_client().get("/").get_data(as_text=True)
    assert {
        "name": "sales",
        "title": "Sales",
        "href": "/sales/",
        "description": "Sales by region",
    } in landing_cards(html)


def test_api_lists_the_same_dashboards(client, registry):
    resp = client.get("/api/dashboards")
    assert resp.status_code == 200
    assert resp.headers["Cache-Control"] == "no-store"
    assert resp.get_json() == [
        {
            "name": b.name,
            "title": b.title,
            "prefix": b.prefix,
            "host": None,
            "href": b.prefix,
            "description": b.description,
            "status": "unknown",
            "thumbnail": f"/static/{b.thumbnail}" if b.thumbnail else None,
            "tags": list(b.tags),
        }
        for b in registry.dashboards
    ]


def test_cards_show_their_registry_thumbnail_if_any(client, registry):
    html = client.get("/").get_data(as_text=True)
    for board in registry.dashboards:
        card = html.split(f'data-dashboard="{board.name}"', 1)[1].split("</li>", 1)[0]
        if board.thumbnail is None:
            assert "<img" not in card
            continue
        assert f'<img class="thumbnail" src="/static/{board.thumbnail}"' in card
        with client.get(f"/static/{board.thumbnail}") as image:
            assert (image.status_code, image.mimetype) == (200, "image/png")


def test_unknown_path_is_a_plain_404(client):
    resp = client.get("/nope")
    assert resp.status_code == 404
    assert resp.mimetype == "text/plain"


def test_a_hung_dashboard_never_slows_the_page(registry):
    """A listener that accepts and never answers: the first page waits at most `first_wait`,
    shows the dashboards as down, and later pages do not wait at all."""
    import socket
    import time

    from landing.status import StatusChecker

    with socket.socket() as hung:
        hung.bind(("127.0.0.1", 0))
        hung.listen(16)
        url = f"http://127.0.0.1:{hung.getsockname()[1]}"
        checker = StatusChecker(registry.dashboards, status_url=url, ttl=0, timeout=5, first_wait=0.3)
        started = time.monotonic()
        first = checker.statuses()
        first_took = time.monotonic() - started
        started = time.monotonic()
        again = checker.statuses()
        again_took = time.monotonic() - started
    assert first == again == {d.name: "down" for d in registry.dashboards}
    assert first_took < 1.0
    assert again_took < 0.2


def test_status_follows_the_health_endpoint(registry, fleet):
    """Through the real gateway's status port: up, then down when a service stops, then up again."""
    from dashfleet.tool import wait
    from landing.status import StatusChecker

    checker = StatusChecker(registry.dashboards, status_url=fleet.status_url, ttl=0, first_wait=5)
    assert checker.statuses() == {d.name: "up" for d in registry.dashboards}
    fleet.stop_service("simple")
    try:
        wait.until(lambda: checker.statuses()["simple"] == "down", 10, what="simple down")
        assert checker.statuses()["population"] == "up"
    finally:
        fleet.start_service("simple")
    wait.until(lambda: checker.statuses()["simple"] == "up", 10, what="simple up")
