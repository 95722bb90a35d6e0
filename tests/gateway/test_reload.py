"""A code change in process mode, picked up with gunicorn's graceful reload (SIGHUP: new workers
with the new code, old ones finish what they are answering): not one failed request meanwhile.
A change that does not load leaves the service serving the old code."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest
import requests

from dashfleet.registry import load
from dashfleet.tool import wait
from dashfleet.tool.local import Fleet, free_port
from tests.helpers import copy_project

OLD, NEW = "Welcome to my Dash App", "Welcome to the reloaded app"


@pytest.fixture(scope="module")
def fleet(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("reload-project"))
    run_dir = tmp_path_factory.mktemp("reload-fleet")
    with Fleet(
        load(project / "dashboards.toml"), port=free_port(), run_dir=run_dir, log_dir=run_dir / "logs"
    ) as running:
        yield running


def steady_load(url: str, stop: threading.Event, statuses: list) -> None:
    """One request after another until told to stop (bounded: 20,000 or 2 minutes)."""
    deadline = time.monotonic() + 120
    with requests.Session() as session:
        for i in range(20_000):
            if stop.is_set() or time.monotonic() > deadline:
                return
            path = ("/simple/", "/simple/_dash-layout", "/simple/health")[i % 3]
            try:
                statuses.append(session.get(url + path, timeout=10).status_code)
            except requests.RequestException as exc:
                statuses.append(repr(exc))


def layout_says(fleet, text: str) -> bool:
    return text in requests.get(f"{fleet.url}/simple/_dash-layout", timeout=5).text


def reload_under_load(fleet, until) -> list:
    statuses, stop = [], threading.Event()
    load_thread = threading.Thread(target=steady_load, args=(fleet.url, stop, statuses))
    load_thread.start()
    try:
        fleet.reload(["simple"])
        wait.until(until, 30, poll=0.2, what="the reload to take effect")
        stop.wait(1.0)  # a second more of load on the new workers alone (bounded)
    finally:
        stop.set()
        load_thread.join(timeout=60)
    return statuses


def test_a_code_change_is_served_after_sighup_with_no_failed_request(fleet):
    layout = fleet.root / "dash_simple" / "layout.py"
    assert layout_says(fleet, OLD)
    layout.write_text(layout.read_text().replace(OLD, NEW))
    master = fleet.pid("simple")
    statuses = reload_under_load(fleet, lambda: layout_says(fleet, NEW))
    failed = [s for s in statuses if s != 200]
    print(f"\nreload (SIGHUP): {len(statuses)} requests, {len(failed)} failed")
    assert len(statuses) > 50 and failed == []
    assert fleet.pid("simple") == master  # the same service, new workers: no restart


def test_a_change_that_does_not_load_keeps_the_old_code_serving(fleet):
    layout = fleet.root / "dash_simple" / "layout.py"
    before = layout.read_text()
    current = NEW if NEW in before else OLD
    log = fleet.log_dir / "simple.log"
    seen = log.read_text().count("the new code did not load")
    layout.write_text(before + "\nthis is not python(\n")
    try:
        statuses = reload_under_load(fleet, lambda: log.read_text().count("the new code did not load") > seen)
        assert [s for s in statuses if s != 200] == []
        assert layout_says(fleet, current)
        assert os.kill(fleet.pid("simple"), 0) is None  # still running
    finally:
        layout.write_text(before)
        os.kill(fleet.pid("simple"), signal.SIGHUP)
