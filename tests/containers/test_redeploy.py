"""`make redeploy NAME=...` on the compose project: new replicas first, old ones drained after,
with not one failed request under a steady load of pages, layouts and callbacks."""

import subprocess
import sys
import threading
import time

import pytest
import requests

from tests.helpers import CALLBACK, callback_body

pytestmark = pytest.mark.containers


def steady_load(url: str, stop: threading.Event, statuses: list) -> None:
    """Requests one after another until told to stop (bounded: 20,000 or 5 minutes)."""
    paths = ["/population/", "/population/_dash-layout", None, "/"]
    deadline = time.monotonic() + 300
    with requests.Session() as session:
        for i in range(20_000):
            if stop.is_set() or time.monotonic() > deadline:
                return
            path = paths[i % len(paths)]
            try:
                if path is None:
                    resp = session.post(
                        f"{url}/population/{CALLBACK}", json=callback_body("Japan"), timeout=10
                    )
                else:
                    resp = session.get(url + path, timeout=10)
                statuses.append((path or CALLBACK, resp.status_code))
            except requests.RequestException as exc:
                statuses.append((path or CALLBACK, repr(exc)))


def test_redeploy_replaces_every_replica_with_no_failed_request(containers_site):
    stack = containers_site.backend
    old = set(stack.containers("dash_population"))
    statuses, stop = [], threading.Event()
    load = threading.Thread(target=steady_load, args=(stack.url, stop, statuses))
    load.start()
    try:
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "dashfleet", "redeploy", "population", "--project", stack.project],
            cwd=stack.root,
            env={**stack.env, "DASHFLEET_ENGINE": stack.engine},
            capture_output=True,
            text=True,
            timeout=900,
        )
        took = time.monotonic() - started
        time.sleep(1)  # a last second of load on the new replicas alone (bounded, not a wait)
    finally:
        stop.set()
        load.join(timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    failed = [s for s in statuses if s[1] != 200]
    print(f"\nredeploy ({stack.engine}): {len(statuses)} requests, {len(failed)} failed, {took:.1f} s")
    assert len(statuses) > 100 and failed == []
    new = set(stack.containers("dash_population"))
    assert new and not new & old, (old, new)
    assert all(stack.healthy(c) for c in new)
