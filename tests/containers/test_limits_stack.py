"""Registry `memory` and `cpus` on the compose stack, with tests/apps/hoard.py (whose callback keeps
what it allocates) at memory = "400M", cpus = 0.5 and two workers: the container gets the engine's
limits, and a worker that keeps 200 MB (over its share, 180 MiB: 90 % of 400 / 2) is replaced by
gunicorn after answering, well before the kernel's limit: the container is not OOM-killed nor
restarted, and the other dashboards' containers and workers are untouched."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
import requests

from dashfleet.registry import load
from dashfleet.tool import wait
from dashfleet.tool.local import free_port
from tests.containers.stack import Stack, first_pass_engine_or_skip
from tests.helpers import hoard_project, keep_megabytes, metric

pytestmark = pytest.mark.containers

# The container's gunicorn workers: the gunicorn processes (by command line, which the init process
# at PID 1 shares) with a gunicorn parent and no gunicorn child.
WORKERS = """
import os
procs = {}
for pid in filter(str.isdigit, os.listdir("/proc")):
    try:
        cmdline = open(f"/proc/{pid}/cmdline", "rb").read()
        parent = int(open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[1])
    except OSError:
        continue
    if b"gunicorn" in cmdline:
        procs[int(pid)] = parent
parents = set(procs.values())
print(" ".join(str(pid) for pid, parent in procs.items() if parent in procs and pid not in parents))
"""
# How many times the kernel's OOM killer acted in the container's memory cgroup (v1 or v2). The
# engines' OOMKilled says only whether the container's main process was killed, not a worker.
OOM_KILLS = """
for path in ("/sys/fs/cgroup/memory.events", "/sys/fs/cgroup/memory/memory.oom_control"):
    try:
        lines = open(path).read().splitlines()
    except OSError:
        continue
    print(next(line.split()[1] for line in lines if line.split()[0] == "oom_kill"))
    break
"""
STATE = "{{.Id}} {{.State.StartedAt}} {{.RestartCount}} {{.State.OOMKilled}} {{.State.Running}}"


@pytest.fixture(scope="module")
def stack(tmp_path_factory, engine):
    found = first_pass_engine_or_skip()
    project = hoard_project(tmp_path_factory.mktemp("limits"), {"memory": "400M", "cpus": 0.5, "workers": 2})
    running = Stack(
        load(project / "dashboards.toml"),
        f"dashfleet-limits-{os.getpid()}",
        free_port(),
        *found,
        root=project,
    )
    running.env["DASHFLEET_IMAGE_PREFIX"] = "dashfleet-limits"
    try:
        yield running.up()
    finally:
        running.down()


def in_container(stack, container: str, code: str) -> str:
    done = subprocess.run(
        [stack.engine, "exec", container, "python", "-c", code], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def oom_kills(stack, container: str) -> int:
    return int(in_container(stack, container, OOM_KILLS))


def workers(stack, container: str) -> set[int]:
    return {int(pid) for pid in in_container(stack, container, WORKERS).split()}


def test_a_worker_over_its_share_is_replaced_before_the_kernel_limit(stack):
    (hoard,) = stack.containers("dash_hoard")
    assert int(stack.inspect(hoard, "{{.HostConfig.Memory}}")) == 400 * 2**20
    nano, quota, period = stack.inspect(
        hoard, "{{.HostConfig.NanoCpus}} {{.HostConfig.CpuQuota}} {{.HostConfig.CpuPeriod}}"
    ).split()
    assert int(nano) == 5 * 10**8 or int(quota) * 2 == int(period) > 0, (nano, quota, period)

    others = [
        c for svc in stack.registry.services if svc.name != "hoard" for c in stack.containers(svc.service)
    ]
    others += stack.containers("gateway")
    before = {c: stack.inspect(c, STATE) for c in [hoard, *others]}
    assert before[hoard].endswith(" 0 false true") and oom_kills(stack, hoard) == 0
    other_workers = {c: workers(stack, c) for c in others if c not in stack.containers("gateway")}
    hoard_workers = workers(stack, hoard)
    assert len(hoard_workers) == 2

    held, big = keep_megabytes(stack.url, 200)
    assert held >= 200 and big in hoard_workers

    def replaced() -> set[int] | None:
        now = workers(stack, hoard)
        return now if big not in now and len(now) == 2 else None

    now = wait.until(replaced, 60, poll=0.5, what="the worker over its share replaced")
    assert hoard_workers - {big} <= now
    (fresh,) = now - hoard_workers
    wait.until(
        lambda: keep_megabytes(stack.url, 0) == (0, fresh), 30, poll=0, what="an answer from the fresh worker"
    )

    # The container went on: same one, never restarted, no OOM kill in it; nothing else changed.
    assert {c: stack.inspect(c, STATE) for c in [hoard, *others]} == before
    assert oom_kills(stack, hoard) == 0
    assert {c: workers(stack, c) for c in other_workers} == other_workers
    lines = [json.loads(ln) for ln in stack.logs(hoard).splitlines() if ln.startswith("{")]
    (event,) = [ln for ln in lines if ln.get("event") == "worker_memory_restart"]
    assert event["pid"] == big and event["pss_mib"] > 200 and event["share_mib"] == 180
    metrics = in_container(
        stack,
        hoard,
        "import urllib.request as u; print(u.urlopen('http://127.0.0.1:8000/metrics').read().decode())",
    )
    assert metric(metrics, "dashfleet_worker_memory_restarts_total", service="hoard") == 1


def test_more_than_the_whole_limit_at_once_is_the_kernels_to_stop(stack):
    """The check runs after a request: one request that takes more than the whole limit at once
    is stopped by the kernel (its worker OOM-killed, that request failing), and gunicorn forks a
    fresh worker in the same container; the dashboard answers again."""
    (hoard,) = stack.containers("dash_hoard")
    before, kills = stack.inspect(hoard, STATE), oom_kills(stack, hoard)
    resp = requests.post(
        f"{stack.url}/hoard/_dash-update-component",
        json={
            "output": "held.children",
            "outputs": {"id": "held", "property": "children"},
            "inputs": [{"id": "keep", "property": "n_clicks", "value": 1}],
            "state": [{"id": "megabytes", "property": "value", "value": 450}],
            "changedPropIds": ["keep.n_clicks"],
        },
        timeout=60,
    )
    assert resp.status_code == 503  # the gateway's "down" page: its worker died mid-request
    assert oom_kills(stack, hoard) == kills + 1
    assert "Perhaps out of memory?" in stack.logs(hoard)
    wait.until(lambda: len(workers(stack, hoard)) == 2, 30, poll=0.5, what="two workers again")
    assert keep_megabytes(stack.url, 0)[0] == 0
    assert stack.inspect(hoard, STATE) == before  # the same container, not restarted
