"""Zero-downtime redeploy of one dashboard on the compose project: `python -m dashfleet redeploy NAME`
(`make redeploy NAME=population`).

Compose's own `up` replaces a service's containers by stopping the old ones first; this does it
the other way round, as Swarm's `update_config.order: start-first` does:

1. build the service's image (cached layers: only what changed);
2. start as many new replicas beside the old ones (`up --no-recreate --scale 2N`), with the new image;
3. wait until every new one passes its healthcheck, then for the gateway's DNS cache (`valid`) to
   have seen them;
4. stop the old ones gracefully (gunicorn finishes what it is answering; the gateway retries a
   refused connection on the next replica) and remove them.

Docker Compose v2 and podman-compose; COMPOSE_PROJECT_NAME and COMPOSE_FILE are honoured.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time

from dashfleet.registry import Registry
from dashfleet.tool import wait

GATEWAY_DNS_VALID = 2.0  # the gateway's `resolver ... valid=2s`
MARGIN = 1.0


class RedeployError(Exception):
    pass


def engine() -> tuple[list[str], str]:
    """(compose command, engine CLI): DASHFLEET_ENGINE, else Docker where it answers, else Podman."""
    wanted = os.environ.get("DASHFLEET_ENGINE")

    def answers(*argv: str) -> bool:
        try:
            return subprocess.run(argv, capture_output=True, timeout=30).returncode == 0
        except (OSError, subprocess.TimeoutExpired):
            return False

    docker = shutil.which("docker") and answers("docker", "info")
    if wanted != "podman" and docker and answers("docker", "compose", "version"):
        return ["docker", "compose"], "docker"
    if wanted != "docker" and shutil.which("podman-compose") and answers("podman", "info"):
        return ["podman-compose"], "podman"
    raise RedeployError("no container engine answers (Docker with Compose v2, or Podman with podman-compose)")


class Redeploy:
    def __init__(self, registry: Registry, name: str, project: str | None = None, log=print):
        self.registry = registry
        self.board = registry.dashboard(name)
        self.project = project or os.environ.get("COMPOSE_PROJECT_NAME") or "dashfleet"
        self.compose_cmd, self.engine = engine()
        self.log = log

    def compose(self, *args: str, timeout: float = 900) -> None:
        done = subprocess.run(
            [*self.compose_cmd, "-p", self.project, *args],
            cwd=self.registry.root,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if done.returncode != 0:
            raise RedeployError(f"compose {' '.join(args)} failed: {(done.stderr or done.stdout)[-2000:]}")

    def cli(self, *args: str, timeout: float = 120) -> str:
        done = subprocess.run([self.engine, *args], capture_output=True, text=True, timeout=timeout)
        if done.returncode != 0:
            raise RedeployError(f"{self.engine} {' '.join(args)} failed: {done.stderr[-2000:]}")
        return done.stdout

    def replicas(self) -> list[str]:
        """IDs of the service's running containers."""
        labels = [
            "--filter",
            f"label=com.docker.compose.project={self.project}",
            "--filter",
            f"label=com.docker.compose.service={self.board.service}",
        ]
        return self.cli("ps", "-q", "--no-trunc", *labels).split()

    def healthy(self, container: str) -> bool:
        if self.engine == "podman":  # no systemd timers here: run the check itself
            return (
                subprocess.run(
                    ["podman", "healthcheck", "run", container], capture_output=True, timeout=60
                ).returncode
                == 0
            )
        return self.cli("inspect", "--format", "{{.State.Health.Status}}", container).strip() == "healthy"

    def run(self, timeout: float = 300) -> dict:
        started = time.monotonic()
        old = self.replicas()
        if not old:
            raise RedeployError(f"{self.board.service} has no running replica in project {self.project}")
        count = len(old)
        self.log(f"redeploy {self.board.name}: building {self.board.service}")
        self.compose("build", self.board.service)
        self.log(f"redeploy {self.board.name}: starting {count} new replica(s) beside {count} old")
        self.compose(
            "up",
            "-d",
            "--no-deps",
            "--no-recreate",
            "--scale",
            f"{self.board.service}={2 * count}",
            self.board.service,
        )
        new = [c for c in self.replicas() if c not in old]
        if len(new) < count:
            raise RedeployError(f"expected {count} new replicas, got {len(new)}")
        wait.until(lambda: all(self.healthy(c) for c in new), timeout, poll=1.0, what="new replicas healthy")
        # A bound, not a guess: after `valid` every gateway worker's cached answer includes the new
        # replicas, so stopping the old ones leaves each of them somewhere to retry.
        time.sleep(GATEWAY_DNS_VALID + MARGIN)
        self.log(f"redeploy {self.board.name}: new replicas healthy; stopping the old ones")
        self.cli("stop", "-t", "25", *old, timeout=120)
        self.cli("rm", "-f", *old, timeout=120)
        took = time.monotonic() - started
        self.log(f"redeploy {self.board.name}: done in {took:.1f} s ({count} replica(s) replaced)")
        return {"old": old, "new": new, "seconds": took}
