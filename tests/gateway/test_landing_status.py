"""The landing page's status checks run once per landing service, not once per worker: with four
landing workers busy, each dashboard's health endpoint is asked about once per `ttl`, and the
cards still follow a dashboard going down and coming back."""

from __future__ import annotations

import concurrent.futures
import time

import pytest
import requests

from dashfleet.tool import wait
from dashfleet.tool.local import Fleet, free_port
from tests.helpers import metric

TTL = 1.0


@pytest.fixture(scope="module")
def busy_landing(registry, tmp_path_factory):
    run_dir = tmp_path_factory.mktemp("landing-status")
    env = {"DASHFLEET_STATUS_TTL": str(TTL)}
    with Fleet(registry, port=free_port(), run_dir=run_dir, env=env, workers={"landing": 4}) as fleet:
        yield fleet


def health_checks(fleet, name: str) -> float:
    text = fleet.get(name, "/metrics", timeout=10).text
    return metric(text, "dashfleet_http_requests_total", service=name, kind="health", status="200")


def statuses(fleet) -> dict[str, str]:
    return {d["name"]: d["status"] for d in requests.get(fleet.url + "/api/dashboards", timeout=10).json()}


def test_checks_do_not_multiply_with_landing_workers(busy_landing, registry):
    names = [d.name for d in registry.dashboards]
    wait.until(lambda: set(statuses(busy_landing).values()) == {"up"}, 10, what="every card up")
    before = {name: health_checks(busy_landing, name) for name in names}
    started = time.monotonic()
    deadline = started + 3.5 * TTL

    def visit(_) -> list[int]:
        with requests.Session() as session:
            seen = []
            while time.monotonic() < deadline:  # bounded by time: every ttl must pass under load
                seen.append(session.get(busy_landing.url + "/", timeout=10).status_code)
            return seen

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        pages = [status for seen in pool.map(visit, range(8)) for status in seen]
    elapsed = time.monotonic() - started
    assert len(pages) > 100 and set(pages) == {200}
    for name in names:
        checks = health_checks(busy_landing, name) - before[name]
        # Once per ttl for the whole service (+2: a refresh at each end); one per worker would
        # be about four times as many.
        assert 1 <= checks <= elapsed / TTL + 2, (name, checks, elapsed)


def test_cards_follow_a_dashboard_going_down_and_back(busy_landing):
    busy_landing.stop_service("simple")
    try:
        wait.until(lambda: statuses(busy_landing)["simple"] == "down", 10, what="simple shown down")
        assert statuses(busy_landing)["population"] == "up"
    finally:
        busy_landing.start_service("simple")
    wait.until(lambda: statuses(busy_landing)["simple"] == "up", 10, what="simple shown up again")
