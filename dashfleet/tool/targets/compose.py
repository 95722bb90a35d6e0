"""`docker compose` (and podman-compose): the compose file and the build context's ignore list."""

from __future__ import annotations

from pathlib import Path

from dashfleet.registry import Registry
from dashfleet.tool.targets import env

COMPOSE_FILE = Path("docker-compose.yml")
DOCKERIGNORE = Path(".dockerignore")


def render(registry: Registry) -> dict[Path, str]:
    return {
        COMPOSE_FILE: env.get_template("compose/docker-compose.yml.j2").render(registry=registry),
        DOCKERIGNORE: env.get_template("compose/dockerignore.j2").render(registry=registry),
    }
