"""What only the container deployment promises: scaling one dashboard with no gateway reload,
no lost request when a replica dies, a gateway that starts without a dashboard, services that
come back by themselves, run as non-root and publish no port."""

import re
import subprocess
import threading
import time
import uuid

import pytest
import requests

from dashfleet.tool import wait

pytestmark = pytest.mark.containers


@pytest.fixture
def stack(containers_site):
    return containers_site.backend


def served_by(stack, replicas: list[str], marker: str) -> dict[str, int]:
    """How many requests carrying `marker` each replica's own access log shows."""
    return {name: stack.logs(name).count(marker) for name in replicas}


def test_scaled_replicas_share_the_load_and_a_dying_one_loses_no_request(stack, containers_site):
    gateway_before = stack.gateway_started_at()
    try:
        replicas = stack.scale("dash_population", 2)
        assert len(replicas) == 2
        marker = f"probe-{uuid.uuid4().hex[:8]}"

        # The gateway re-resolves the service name (valid=2s): within 10 s both replicas serve.
        def both_serve() -> bool:
            for i in range(20):
                containers_site.get(f"/population/health?{marker}-{i}")
            return all(served_by(stack, replicas, marker).values())

        wait.until(both_serve, 15, poll=0.5, what="requests on both replicas")

        # A bounded request loop while one replica is killed: no request may fail, but for an
        # answer the killed replica was already sending (its headers passed on, its body cut by
        # the SIGKILL): no proxy can resend what it has begun to answer. At most one per worker
        # of that replica, and only one that started before the kill.
        failures, cut, done, stop = [], [], [], threading.Event()

        def load() -> None:
            deadline = time.monotonic() + 30
            while not stop.is_set() and time.monotonic() < deadline and len(done) < 3000:
                started = time.monotonic()
                try:
                    status = requests.get(
                        containers_site.url + "/population/_dash-layout", timeout=10
                    ).status_code
                except requests.exceptions.ChunkedEncodingError as exc:
                    cut.append((started, repr(exc)))
                    status = "cut"
                except requests.RequestException as exc:
                    status = repr(exc)
                done.append(status)
                if status not in (200, "cut"):
                    failures.append(status)

        worker = threading.Thread(target=load)
        worker.start()
        wait.until(lambda: len(done) >= 20, 10, what="load running")
        stack.run("kill", replicas[1])
        killed_at = time.monotonic()  # the replica is gone by now: later requests never reach it
        at_kill = len(done)
        stack.heal_engine_dns()
        wait.until(lambda: len(done) >= at_kill + 100, 30, what="100 requests after the kill")
        stop.set()
        worker.join(timeout=40)

        assert failures == []
        assert len(cut) <= 2 and all(started <= killed_at for started, _ in cut), cut
        assert len(done) >= at_kill + 100
    finally:
        assert len(stack.scale("dash_population", 1)) == 1
    assert stack.gateway_started_at() == gateway_before  # no gateway restart or reload


def test_gateway_starts_and_serves_while_a_dashboard_is_missing(stack, containers_site):
    stack.stop_service("population")
    try:
        stack.compose("restart", "gateway")
        stack.heal_engine_dns()
        wait.until(lambda: wait.http_ok(containers_site.url + "/"), 60, what="gateway back")
        assert containers_site.get("/simple/").status_code == 200
        down = containers_site.get("/population/")
        assert down.status_code == 503 and "Population is down" in down.text
    finally:
        stack.start_service("population")
    assert containers_site.get("/population/").status_code == 200


# Kill gunicorn's master (the lowest gunicorn PID above the init) with SIGKILL, as a crash would.
CRASH = (
    "import os, signal\n"
    "pids = [int(p) for p in os.listdir('/proc') if p.isdigit() and int(p) > 1]\n"
    "master = min(p for p in pids if b'gunicorn' in open(f'/proc/{p}/cmdline', 'rb').read())\n"
    "os.kill(master, signal.SIGKILL)\n"
)


def test_a_crashed_service_comes_back_by_itself(stack, containers_site):
    (container,) = stack.containers("dash_simple")
    restarts = int(stack.inspect(container, "{{.RestartCount}}"))
    # The container's init exits with the master and takes this exec with it: no status check.
    subprocess.run([stack.engine, "exec", container, "python", "-c", CRASH], capture_output=True, timeout=60)
    wait.until(
        lambda: int(stack.inspect(container, "{{.RestartCount}}")) > restarts, 60, poll=0.5, what="restart"
    )
    stack.heal_engine_dns()
    wait.until(lambda: wait.http_ok(containers_site.url + "/simple/health"), 60, what="simple back")


def test_every_service_has_a_passing_healthcheck(stack, registry):
    for service in ["gateway", *(s.service for s in registry.services)]:
        (container,) = stack.containers(service)
        assert stack.inspect(container, "{{.Config.Healthcheck.Test}}") not in ("", "<nil>", "[]"), service
        wait.until(lambda c=container: stack.healthy(c), 60, poll=1, what=f"{service} healthy")


def test_only_the_gateway_publishes_a_port(stack, registry):
    (gateway,) = stack.containers("gateway")
    assert stack.run("port", gateway).strip().endswith(f":{stack.port}")
    for svc in registry.services:
        for container in stack.containers(svc.service):
            assert stack.run("port", container).strip() == "", f"{container} publishes a port"
    # Nothing answers on the services' own port on the host's loopback.
    assert wait.http_status("http://127.0.0.1:8000/health", timeout=1) is None


def test_containers_run_as_non_root_with_hardening(stack, registry):
    for service in ["gateway", *(s.service for s in registry.services)]:
        (container,) = stack.containers(service)
        uid = stack.run("exec", container, "id", "-u").strip()
        assert uid != "0", f"{service} runs as root"
        assert stack.inspect(container, "{{.HostConfig.ReadonlyRootfs}}") == "true"
        # cap_drop is exactly ALL: Docker records the word, Podman each capability it dropped;
        # either way none is added back, and the service's process holds none, not even bounded.
        dropped = stack.inspect(container, "{{.HostConfig.CapDrop}}").strip("[]").split()
        if stack.engine == "docker":
            assert dropped == ["ALL"], f"{service}: {dropped}"
        else:
            assert "CAP_CHOWN" in dropped and stack.inspect(container, "{{.EffectiveCaps}}") == "[]", service
        assert stack.inspect(container, "{{.HostConfig.CapAdd}}") in ("[]", "<no value>", ""), service
        status = stack.run("exec", container, "cat", "/proc/1/status")
        caps = dict(re.findall(r"^(Cap(?:Prm|Eff|Bnd|Amb)):\s+([0-9a-f]+)$", status, re.M))
        assert len(caps) == 4 and all(int(v, 16) == 0 for v in caps.values()), f"{service}: {caps}"
