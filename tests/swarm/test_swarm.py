"""The registry's stack file on a real single-node Docker Swarm: scaling with no gateway reload,
and a rolling update of one dashboard under a steady request loop that loses no request. (The
HTTP checks and the isolation test of the other tiers run against it too: `site`, `fleet_site`.)"""

import threading
import time
import uuid

import pytest
import requests

from dashfleet.tool import swarm, wait
from tests.helpers import callback_body

pytestmark = pytest.mark.swarm


def test_scaling_spreads_requests_without_reloading_the_gateway(swarm_site):
    stack = swarm_site.backend
    gateway = stack.gateway_started_at()
    stack.scale("population", 3)
    try:
        replicas = stack.containers("population")
        assert len(replicas) == 3
        marker = uuid.uuid4().hex

        def served() -> set[str]:
            for _ in range(30):
                assert swarm_site.get(f"/population/health?probe={marker}").status_code == 200
            return {c for c in replicas if marker in swarm.docker("logs", c)}

        # The gateway learns the new replicas from DNS within its cache time (2 s).
        wait.until(lambda: len(served()) == 3, 30, poll=0.5, what="requests on all three replicas")
        assert stack.gateway_started_at() == gateway
    finally:
        stack.scale("population", 1)


def test_a_rolling_update_under_load_loses_no_request(swarm_site, capsys):
    stack = swarm_site.backend
    before = set(stack.containers("population"))
    sent, failures = [], []
    stop = threading.Event()

    def load():
        with requests.Session() as session:
            while not stop.is_set() and len(sent) < 100_000:
                try:
                    if len(sent) % 2:
                        resp = session.get(swarm_site.url + "/population/", timeout=10)
                    else:
                        resp = session.post(
                            swarm_site.url + "/population/_dash-update-component",
                            json=callback_body("Japan"),
                            timeout=10,
                        )
                    if resp.status_code != 200:
                        failures.append(resp.status_code)
                except requests.RequestException as exc:
                    failures.append(type(exc).__name__)
                sent.append(1)

    threads = [threading.Thread(target=load) for _ in range(4)]
    for thread in threads:
        thread.start()
    try:
        wait.until(lambda: len(sent) >= 50, 30, what="load running")
        started = time.monotonic()
        # start-first: the new replica is healthy before the old one drains and stops.
        swarm.docker(
            "service", "update", "--force", "--detach=false", stack.service("population"), timeout=300
        )
        swarm.wait_healthy(stack.name)
        wait.until(lambda: not set(stack.containers("population")) & before, 60, what="old replica gone")
        at_end = len(sent)
        wait.until(lambda: len(sent) >= at_end + 50, 30, what="load after the update")
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
    with capsys.disabled():
        print(
            f"\nswarm rolling update: {len(sent)} requests, {len(failures)} failed, "
            f"{time.monotonic() - started:.1f} s"
        )
    assert failures == []
    assert len(sent) > 200


def test_a_killed_replica_is_replaced_by_the_swarm(swarm_site):
    """The engine heals (restart_policy): a replica killed outright is replaced by a new task, and
    the dashboard serves again with no one touching it."""
    stack = swarm_site.backend
    (victim,) = stack.containers("simple")
    swarm.docker("kill", victim)
    wait.until(
        lambda: [c for c in stack.containers("simple") if c != victim],
        120,
        poll=0.5,
        what="a new simple task",
    )
    swarm.wait_healthy(stack.name)
    url = swarm_site.url + "/simple/health"
    wait.until(lambda: all(wait.http_ok(url) for _ in range(10)), 60, poll=0.5, what="simple back")
