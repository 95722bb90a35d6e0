"""`make swarm` / `make swarm-down`: the stack on this machine's Docker Engine, as a single-node
swarm. Builds the images with Docker Compose (the same names the stack file uses), initialises a
swarm if there is none, deploys, and returns once every service has all its replicas healthy."""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

from dashfleet.registry import Registry
from dashfleet.tool.targets.swarm import STACK_FILE


class SwarmError(RuntimeError):
    pass


def docker(*args: str, env: dict | None = None, cwd: Path | None = None, timeout: float = 300) -> str:
    done = subprocess.run(
        ["docker", *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=timeout
    )
    if done.returncode != 0:
        raise SwarmError(f"docker {' '.join(args)} failed:\n{done.stderr.strip()[-2000:]}")
    return done.stdout


AUTH_FILE = STACK_FILE.parent / "auth.yml"  # sign-in on top of the stack file


def up(
    registry: Registry,
    stack: str = "dashfleet",
    port: int = 8080,
    env: dict | None = None,
    auth: bool = False,
) -> None:
    env = {**os.environ, **(env or {}), "DASHFLEET_PORT": str(port)}
    files = [arg for f in (STACK_FILE, *([AUTH_FILE] if auth else [])) for arg in ("-c", str(f))]
    docker("compose", "-f", "docker-compose.yml", "build", env=env, cwd=registry.root, timeout=1800)
    if docker("info", "--format", "{{.Swarm.LocalNodeState}}").strip() != "active":
        docker("swarm", "init", "--advertise-addr", "127.0.0.1")
    docker("stack", "deploy", "--detach=true", *files, stack, env=env, cwd=registry.root)
    wait_healthy(stack)


def down(stack: str = "dashfleet", timeout: float = 120) -> None:
    """Remove the stack, and wait until its containers and networks are gone (nothing else)."""
    docker("stack", "rm", stack)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        label = f"label=com.docker.stack.namespace={stack}"
        left = docker("ps", "-aq", "--filter", label).split()
        networks = docker("network", "ls", "-q", "--filter", label).split()
        if not left and not networks:
            return
        time.sleep(0.5)
    raise SwarmError(f"stack {stack} still has containers or networks after {timeout:g}s")


def services(stack: str) -> dict[str, tuple[int, int]]:
    """{service: (running, desired)} of the stack."""
    label = f"label=com.docker.stack.namespace={stack}"
    out = docker("service", "ls", "--filter", label, "--format", "{{json .}}")
    found = {}
    for line in out.splitlines():
        row = json.loads(line)
        running, _, desired = row["Replicas"].partition("/")
        found[row["Name"]] = (int(running), int(desired.split()[0]))
    return found


def containers(stack: str, service: str | None = None) -> list[str]:
    if service:
        label = f"label=com.docker.swarm.service.name={stack}_{service}"
    else:
        label = f"label=com.docker.stack.namespace={stack}"
    return docker("ps", "-q", "--filter", label).split()


def healthy(container: str) -> bool:
    state = docker("inspect", "--format", "{{if .State.Health}}{{.State.Health.Status}}{{end}}", container)
    return state.strip() in ("healthy", "")


def wait_healthy(stack: str, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    status: dict = {}
    while time.monotonic() < deadline:
        status = services(stack)
        converged = status and all(running == desired for running, desired in status.values())
        if converged and all(healthy(c) for c in containers(stack)):
            return
        time.sleep(1)
    raise SwarmError(f"stack {stack} not healthy after {timeout:g}s: {status}")
