"""A dashboard with `idle_timeout` costs nothing while idle (`make run`): nothing of it runs until
its first request, which it answers; it stops after idle_timeout seconds without a request and
starts again on the next. The landing page shows it "idle" without waking it."""

from __future__ import annotations

import time
from pathlib import Path

import requests

from dashfleet.tool import wait
from dashfleet.tool.local import free_port
from tests.helpers import copy_project, dashfleet_run, descendants

IDLE_TIMEOUT = 3


def master_of(run_pid: int, name: str) -> int | None:
    for pid in descendants(run_pid):
        try:
            if f"master [dashfleet-{name}]".encode() in Path(f"/proc/{pid}/cmdline").read_bytes():
                return pid
        except FileNotFoundError:
            continue
    return None


def card(url: str, name: str) -> str:
    cards = requests.get(f"{url}/api/dashboards", timeout=10).json()
    return next(c["status"] for c in cards if c["name"] == name)


def test_an_idle_dashboard_sleeps_and_its_next_request_wakes_it(tmp_path):
    project = copy_project(tmp_path / "project")
    registry_file = project / "dashboards.toml"
    marker = "[dashboards.simple]\n"
    registry_file.write_text(
        registry_file.read_text().replace(marker, f"{marker}idle_timeout = {IDLE_TIMEOUT}\n")
    )
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = tmp_path / "run.log"
    with dashfleet_run(port, log, cwd=project) as run:
        assert master_of(run.pid, "simple") is None  # asleep from the start
        assert master_of(run.pid, "population")  # the others run as always
        # The landing page says so, and asking it does not wake the dashboard.
        wait.until(lambda: card(url, "simple") == "idle", 10, what="simple shown idle")
        assert card(url, "population") == "up"
        assert master_of(run.pid, "simple") is None

        for _ in range(2):  # the first visit, then the first after it went back to sleep
            started = time.monotonic()
            page = requests.get(f"{url}/simple/", timeout=30)
            woke_in = time.monotonic() - started
            assert page.status_code == 200 and "Dash" in page.text
            print(f"simple woke and answered in {woke_in:.2f} s")  # a figure, not asserted
            assert requests.get(f"{url}/simple/_dash-layout", timeout=10).status_code == 200
            assert master_of(run.pid, "simple")
            wait.until(lambda: card(url, "simple") == "up", 10, what="simple shown up")
            # Health checks (the landing's) do not keep it awake: after idle_timeout it stops.
            wait.until(lambda: master_of(run.pid, "simple") is None, 30, poll=0.2, what="simple asleep")
            wait.until(lambda: card(url, "simple") == "idle", 10, what="simple shown idle again")
        # Sleeping is no crash: the supervisor restarted nothing; it said what it did.
        text = log.read_text()
        assert "simple exited" not in text
        assert text.count(f"simple: idle for {IDLE_TIMEOUT}s; stopped until its next request") == 2
        assert text.count("simple: a request is waiting; starting") == 2
