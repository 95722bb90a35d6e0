"""Registry `memory` in process mode (`make run`), with tests/apps/hoard.py (whose callback keeps
what it allocates) at memory = "150M" and two workers (sync, then gthread with 4 threads): each
worker's share is 67.5 MiB (90 % of 150 / 2, dashfleet/lifecycle.py). A worker that keeps 200 MB
is replaced once it has answered (a new pid, one log line, the counter), the dashboard goes on
answering, and no other process changes."""

from __future__ import annotations

import json

import pytest

from dashfleet.tool import wait
from tests.helpers import alive, descendants, hoard_project, keep_megabytes, metric, project_fleet

pytestmark = pytest.mark.once  # its own copy of the project, not the test fleet

RESTARTS = "dashfleet_worker_memory_restarts_total"


# Sync workers, and gthread workers (registry threads), whose check runs in a request's thread.
@pytest.fixture(scope="module", params=[1, 4], ids=["sync", "gthread"])
def project(request, tmp_path_factory):
    settings = {"memory": "150M", "workers": 2, "threads": request.param}
    return hoard_project(tmp_path_factory.mktemp("hoard"), settings)


def restarts(fleet) -> float:
    return metric(fleet.get("hoard", "/metrics").text, RESTARTS, service="hoard")


def answers_from(fleet, pid: int) -> tuple[int, int]:
    """Ask the hoard until worker `pid` answers (the gateway spreads requests over both)."""
    return wait.until(
        lambda: next((r for r in [keep_megabytes(fleet.url, 0)] if r[1] == pid), None),
        15,
        poll=0,
        what=f"an answer from worker {pid}",
    )


def test_a_worker_over_its_share_is_replaced_and_nothing_else(project, tmp_path):
    with project_fleet(project, tmp_path / "run", env={"DASHFLEET_LOG_FORMAT": "json"}) as fleet:
        assert fleet.failed == {}
        workers = descendants(fleet.pid("hoard"))
        others = {name: descendants(fleet.pid(name)) for name in ("landing", "simple", "population")}
        assert len(workers) == 2 and restarts(fleet) == 0

        # Under its share: the worker stays (it answers again, after its post-request check).
        held, small = keep_megabytes(fleet.url, 20)
        assert held == 20 and small in workers
        assert answers_from(fleet, small) == (20, small)

        # Over it: answered, then replaced.
        held, big = keep_megabytes(fleet.url, 200)
        assert held >= 200 and big in workers
        wait.until(
            lambda: not alive(big) and len(descendants(fleet.pid("hoard"))) == 2,
            30,
            what="the worker over its share replaced",
        )
        now = descendants(fleet.pid("hoard"))
        assert big not in now and workers - {big} <= now
        (fresh,) = now - workers
        assert answers_from(fleet, fresh) == (0, fresh)  # a fresh worker, holding nothing

        assert restarts(fleet) == 1
        lines = [json.loads(ln) for ln in (tmp_path / "run" / "logs" / "hoard.log").read_text().splitlines()]
        (event,) = [ln for ln in lines if ln.get("event") == "worker_memory_restart"]
        assert event["pid"] == big and event["level"] == "warning" and event["service"] == "hoard"
        assert event["pss_mib"] > 200 and (event["share_mib"], event["memory_mib"]) == (67.5, 150)
        assert f"memory: worker {big} of hoard takes" in event["message"]

        assert {name: descendants(fleet.pid(name)) for name in others} == others
        assert fleet.exited() == {}
