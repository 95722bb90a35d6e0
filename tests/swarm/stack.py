"""The stack file on a single-node Docker Swarm, driven through `dashfleet swarm`'s own code, with
the same stop/start interface the shared tests use for process mode and compose."""

from __future__ import annotations

import contextlib
import shutil
import subprocess

from dashfleet.registry import Registry
from dashfleet.tool import swarm, wait
from tests.containers.stack import TEST_PROXIES
from tests.helpers import healthy_through_gateway


class SwarmStack:
    def __init__(self, registry: Registry, name: str, port: int, env: dict | None = None, auth: bool = False):
        self.registry, self.name, self.port = registry, name, port
        self.env, self.auth = {"DASHFLEET_TRUSTED_PROXIES": TEST_PROXIES, **(env or {})}, auth

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @staticmethod
    def available() -> bool:
        if not shutil.which("docker"):
            return False
        return subprocess.run(["docker", "info"], capture_output=True, timeout=30).returncode == 0

    def up(self) -> SwarmStack:
        swarm.up(self.registry, self.name, self.port, env=self.env, auth=self.auth)
        self.wait_ready()
        return self

    def down(self) -> None:
        with contextlib.suppress(swarm.SwarmError, subprocess.TimeoutExpired):
            swarm.down(self.name)

    def wait_ready(self, timeout: float = 120) -> None:
        names = [d.name for d in self.registry.dashboards]
        wait.until(
            lambda: wait.http_ok(self.url + "/") and all(self.healthy_through_gateway(n) for n in names),
            timeout,
            poll=0.5,
            what=self.name,
        )

    def healthy_through_gateway(self, name: str) -> bool:
        """The dashboard's health as the landing asks it (the gateway's internal port)."""
        gateways = self.containers("gateway")
        return bool(gateways) and healthy_through_gateway("docker", gateways[0], name)

    def service(self, name: str) -> str:
        """The swarm service of a registry entry (or "gateway")."""
        return f"{self.name}_{name if name == 'gateway' else self.registry.dashboard(name).service}"

    def containers(self, name: str) -> list[str]:
        return swarm.containers(self.name, self.service(name).removeprefix(f"{self.name}_"))

    def scale(self, name: str, replicas: int) -> None:
        swarm.docker("service", "scale", "--detach=true", f"{self.service(name)}={replicas}")
        wait.until(lambda: len(self.containers(name)) == replicas, 120, poll=0.5, what=f"{name} x{replicas}")
        swarm.wait_healthy(self.name)

    # -- the Fleet-like interface the shared tests use -----------------------------------
    def stop_service(self, name: str) -> None:
        self.scale(name, 0)

    def start_service(self, name: str) -> None:
        self.scale(name, self.registry.dashboard(name).replicas)
        # Back through the gateway: ten answers in a row (its DNS cache holds answers for 2 s).
        wait.until(
            lambda: all(self.healthy_through_gateway(name) for _ in range(10)),
            30,
            poll=0.2,
            what=f"{name} back",
        )

    def gateway_started_at(self) -> str:
        (gateway,) = self.containers("gateway")
        return swarm.docker("inspect", "--format", "{{.Id}} {{.State.StartedAt}}", gateway).strip()
