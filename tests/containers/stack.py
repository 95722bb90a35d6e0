"""Drive the real compose stack: `docker compose` where a Docker engine answers, else Podman's
podman-compose (this workplace has no Docker engine; ../shared/container-host/setup.sh prepares
Podman). Every stack has its own project name and is torn down with everything it started,
scaled replicas included.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from dashfleet.registry import Registry
from dashfleet.tool import wait
from tests.helpers import healthy_through_gateway

ROOT = Path(__file__).resolve().parents[2]
TEST_PROXIES = "127.0.0.0/8 10.0.0.0/8 172.16.0.0/12 192.168.0.0/16"


def _ok(*argv: str) -> bool:
    try:
        return subprocess.run(argv, capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


# Exit 0 when every address answers a DNS query within half a second.
_DNS_PROBE = """
import socket, sys
query = bytes.fromhex("123401000001000000000000") + b"\\x07gateway\\x00\\x00\\x01\\x00\\x01"
for address in sys.argv[1:]:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.settimeout(0.5)
        try:
            sock.sendto(query, (address, 53))
            sock.recv(512)
        except OSError:
            sys.exit(1)
"""


def first_pass_engine_or_skip() -> tuple[list[str], str]:
    """The engine of the first pass (Podman); on the Docker pass, a skip with the reason: these
    stacks have been run on Podman only so far."""
    import pytest

    if os.environ.get("DASHFLEET_ENGINE") == "docker":
        pytest.skip("run on the first pass's engine (Podman) only, so far")
    found = find_engine()
    if found is None:
        from tests.helpers import unavailable

        unavailable("no container engine (Docker, or Podman: ../shared/container-host/setup.sh)")
    return found


def find_engine() -> tuple[list[str], str] | None:
    """(compose command, engine CLI), or None when no container engine can run the stack here.

    DASHFLEET_ENGINE=docker|podman chooses; otherwise Podman where it runs, else Docker. (`make
    test` runs the container tier on Podman, then on Docker with the Swarm tier: a dockerd in
    swarm mode slows Podman's container DNS, so the two do not run side by side.)"""
    wanted = os.environ.get("DASHFLEET_ENGINE")
    podman = shutil.which("podman-compose") and shutil.which("podman") and _ok("podman", "info")
    if wanted != "docker" and podman:
        return ["podman-compose"], "podman"
    if (
        wanted != "podman"
        and shutil.which("docker")
        and _ok("docker", "info")
        and _ok("docker", "compose", "version")
    ):
        return ["docker", "compose"], "docker"
    return None


@contextlib.contextmanager
def docker_daemon():
    """A running dockerd: the one there is, or one started here (and stopped by its PID after)."""
    if not shutil.which("docker") or _ok("docker", "info") or not shutil.which("dockerd"):
        yield
        return
    log = tempfile.TemporaryFile()  # noqa: SIM115 - the daemon's output, gone when closed
    proc = subprocess.Popen(["dockerd"], stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait.until(lambda: proc.poll() is not None or _ok("docker", "info"), 60, poll=0.5, what="dockerd")
        yield
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()


class Stack:
    """One compose project built from this checkout and published on a loopback port."""

    def __init__(
        self,
        registry: Registry,
        project: str,
        port: int,
        compose: list[str],
        engine: str,
        root: Path = ROOT,
        files: tuple[str, ...] = (),
    ):
        self.registry = registry
        self.root = root
        self.files = [arg for f in files for arg in ("-f", f)]  # compose files beyond the default
        self.project = project
        self.port = port
        self.compose_cmd = compose
        self.engine = engine
        self._stopped: dict[str, list[str]] = {}  # dashboard -> the replicas stop_service stopped
        self.env = {
            **os.environ,
            "DASHFLEET_PORT": str(port),
            "COMPOSE_PROJECT_NAME": project,
            # The test client reaches the gateway through the engine's port forwarding, from a
            # private or loopback address: it stands in for a TLS terminator.
            "DASHFLEET_TRUSTED_PROXIES": TEST_PROXIES,
        }

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- compose and engine --------------------------------------------------------------
    def compose(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
        done = subprocess.run(
            [*self.compose_cmd, *self.files, "-p", self.project, *args],
            cwd=self.root,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if done.returncode != 0:
            raise RuntimeError(
                f"compose {' '.join(args)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
            )
        return done

    def run(self, *args: str, timeout: float = 60) -> str:
        return subprocess.run(
            [self.engine, *args], capture_output=True, text=True, timeout=timeout, check=True
        ).stdout

    def containers(self, service: str) -> list[str]:
        """Names of this project's containers of `service`, oldest replica first."""
        args = [
            "ps",
            "--format",
            "{{.Names}}",
            "--filter",
            f"label=com.docker.compose.project={self.project}",
            "--filter",
            f"label=com.docker.compose.service={service}",
        ]
        return sorted(self.run(*args).split(), key=lambda n: int(n.rsplit("_", 1)[-1].rsplit("-", 1)[-1]))

    def logs(self, container: str) -> str:
        done = subprocess.run([self.engine, "logs", container], capture_output=True, text=True, timeout=60)
        return done.stdout + done.stderr

    def healthy(self, container: str) -> bool:
        """Does the container's compose healthcheck pass? Podman without systemd never runs
        healthchecks by itself, so run it; Docker runs them, so read its verdict."""
        if self.engine == "podman":
            return (
                subprocess.run(
                    ["podman", "healthcheck", "run", container], capture_output=True, timeout=60
                ).returncode
                == 0
            )
        return self.inspect(container, "{{.State.Health.Status}}") == "healthy"

    def inspect(self, container: str, template: str) -> str:
        return self.run("inspect", "--format", template, container).strip()

    # -- lifecycle -----------------------------------------------------------------------
    def up(self) -> Stack:
        if self.engine == "docker":
            # The README's own command: build, start, and return once every healthcheck passes.
            self.compose("up", "-d", "--build", "--wait", timeout=1800)
            self.wait_ready()
            return self
        # Build one service first: its layers (the shared dependency stage) then serve the rest
        # from cache, where podman-compose would build all three in parallel from cold.
        self.compose("build", self.registry.landing.service, timeout=1200)
        self.compose("build", timeout=1200)
        self.compose("up", "-d")
        self.heal_engine_dns()
        self.wait_ready()
        return self

    def down(self) -> None:
        with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
            self.compose("down", "-v", "-t", "2", timeout=180)
        # podman-compose leaves scaled replicas (and so their network) behind: remove by label.
        leftovers = self.run(
            "ps", "-aq", "--filter", f"label=com.docker.compose.project={self.project}"
        ).split()
        if leftovers:
            subprocess.run([self.engine, "rm", "-f", *leftovers], capture_output=True, timeout=120)
        for network in ("backend", "frontend", "egress"):
            subprocess.run(
                [self.engine, "network", "rm", f"{self.project}_{network}"], capture_output=True, timeout=60
            )
        # The sign-in overrides' volume (signed-out sessions) and the dashboards' data volumes
        # (registry writable): nothing of a test stack stays.
        volumes = ["landing-state", *(f"data-{b.name}" for b in self.registry.dashboards if b.writable)]
        subprocess.run(
            [self.engine, "volume", "rm", "-f", *(f"{self.project}_{v}" for v in volumes)],
            capture_output=True,
            timeout=60,
        )

    def wait_ready(self, timeout: float = 180) -> None:
        # Each dashboard's health as the landing page asks it, through the gateway's internal
        # port (a protected dashboard's public health is behind sign-in): from inside the gateway.
        names = [d.name for d in self.registry.dashboards]
        wait.until(
            lambda: wait.http_ok(self.url + "/") and all(self.healthy_through_gateway(n) for n in names),
            timeout,
            poll=0.5,
            what=f"{self.project}: / and {', '.join(names)} through the gateway",
        )

    def healthy_through_gateway(self, name: str) -> bool:
        gateways = self.containers("gateway")
        return bool(gateways) and healthy_through_gateway(self.engine, gateways[0], name)

    def scale(self, service: str, replicas: int) -> list[str]:
        """Scale up with compose; scale down by stopping (gracefully) then removing the newest."""
        self.compose("up", "-d", "--no-recreate", "--scale", f"{service}={replicas}")
        names = self.containers(service)
        for extra in names[replicas:]:
            self.run("stop", "-t", "10", extra)
            self.run("rm", "-f", extra)
        self.heal_engine_dns()
        return self.containers(service)

    def heal_engine_dns(self) -> None:
        """Podman only: make sure aardvark-dns answers on every network of the project.

        aardvark-dns (as Debian bookworm's Podman 4.3 ships it) re-creates its sockets on every
        container event and can come back without one of them (containers/aardvark-dns#389):
        about every other stop or start here left a network without DNS until the next event.
        The gateway rides over it (it asks every engine resolver and re-sends), but not glibc in
        the services. This is the engine's bug, so the test harness repairs the engine: reload
        aardvark-dns until every listener answers.
        """
        if self.engine != "podman":
            return
        # Ask from inside the gateway's network namespace (the host's own port-53 traffic is
        # intercepted here), with the host's Python: starting a probe container would itself
        # be a container event, and make aardvark-dns reload again.
        wait.until(lambda: self.containers("gateway"), 60, poll=0.2, what="gateway running")
        (gateway,) = self.containers("gateway")
        pid = self.inspect(gateway, "{{.State.Pid}}")
        resolvers = wait.until(
            lambda: self.run(
                "exec", gateway, "sh", "-c", "grep -hm1 '^resolver ' /etc/nginx/conf.d/*.conf || true"
            ),
            30,
            poll=0.2,
            what="gateway config rendered",
        )
        addresses = [a for a in resolvers.split()[1:] if re.fullmatch(r"[\d.]+", a)]
        probe = ["nsenter", "-t", pid, "-n", sys.executable, "-c", _DNS_PROBE, *addresses]
        # Healthy: answers for 1.5 s in a row (the teardown that breaks a listener can come a
        # moment after `stop` returns). Reload only after 2 s of failing: a reload right after
        # containers start is itself what breaks listeners.
        healthy_since = failing_since = None
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            now = time.monotonic()
            if subprocess.run(probe, capture_output=True, timeout=60).returncode == 0:
                failing_since = None
                healthy_since = healthy_since or now
                if now - healthy_since >= 1.5:
                    return
            else:
                healthy_since = None
                failing_since = failing_since or now
                if now - failing_since >= 2:
                    reload_aardvark_dns()
                    failing_since = None
            time.sleep(0.25)
        raise RuntimeError(f"aardvark-dns does not answer on {addresses}")

    # -- the Fleet-like interface the shared tests use -----------------------------------
    def stop_service(self, name: str) -> None:
        """Stop every replica (podman-compose's `stop SERVICE` stops only the first of a scaled one)."""
        replicas = self.containers(self.registry.dashboard(name).service)
        self.run("stop", "-t", "10", *replicas, timeout=120)
        self._stopped[name] = replicas
        self.heal_engine_dns()

    def start_service(self, name: str) -> None:
        board = self.registry.dashboard(name)
        # Those stop_service stopped (a replica that died in another test stays down).
        stopped = self._stopped.pop(name, None)
        if stopped:
            self.run("start", *stopped, timeout=120)
        else:
            self.compose("start", board.service)
        self.heal_engine_dns()
        # Each nginx worker caches DNS answers for `valid` (2 s): "back" means every worker
        # knows it, so ten answers in a row, not the first one.
        wait.until(
            lambda: all(self.healthy_through_gateway(name) for _ in range(10)),
            30,
            poll=0.2,
            what=f"{name} back through every gateway worker",
        )

    def gateway_started_at(self) -> str:
        (gateway,) = self.containers("gateway")
        return self.inspect(gateway, "{{.Id}} {{.State.StartedAt}}")


# Podman (rootful) keeps aardvark-dns's PID here; a SIGHUP makes it re-read its networks.
AARDVARK_PID = Path("/run/containers/networks/aardvark-dns/aardvark.pid")


def reload_aardvark_dns() -> None:
    """SIGHUP to aardvark-dns by the PID Podman recorded (never by name)."""
    with contextlib.suppress(OSError, ValueError):
        os.kill(int(AARDVARK_PID.read_text().strip()), signal.SIGHUP)
