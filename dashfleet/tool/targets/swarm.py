"""Docker Swarm: a stack file (`docker stack deploy -c deploy/swarm/stack.yml NAME`)."""

from __future__ import annotations

from pathlib import Path

from dashfleet.registry import Registry
from dashfleet.tool.targets import env

STACK_FILE = Path("deploy/swarm/stack.yml")


def render(registry: Registry) -> dict[Path, str]:
    return {STACK_FILE: env.get_template("swarm/stack.yml.j2").render(registry=registry)}
