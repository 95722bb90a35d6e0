"""`make check`: does everything derived from the registry, or named by it, agree with it?

Each problem is one message naming the file and the difference, so the fix is obvious.
"""

from __future__ import annotations

import re
from pathlib import Path

from dashfleet.registry import Registry
from dashfleet.tool import render

_COMPOSE_SERVICE = re.compile(r"^  ([A-Za-z0-9_.-]+):\s*$")


def problems(registry: Registry, root: Path | None = None) -> list[str]:
    root = root or registry.root
    return [
        *_service_folders(registry, root),
        *_compose_services(registry, root),
        *render.drift(registry, root),
    ]


def _service_folders(registry: Registry, root: Path) -> list[str]:
    found = []
    for svc in registry.services:
        folder = root / svc.service
        if not folder.is_dir():
            found.append(
                f"dashboards.toml: '{svc.name}' names service '{svc.service}', but there is no folder "
                f"{svc.service}/ (`make new NAME=...` scaffolds one, `make add` adopts an app)"
            )
            continue
        if not (folder / "requirements.txt").is_file():
            found.append(
                f"{svc.service}/requirements.txt: missing (the service's own packages; "
                "a comment line is enough when it has none)"
            )
        if not _module_file(folder, svc.app.partition(":")[0]):
            found.append(
                f"dashboards.toml: '{svc.name}': app '{svc.app}' names no module in {svc.service}/ "
                f"(the service runs in its folder: 'app:app' is {svc.service}/app.py, "
                f"'{svc.service}:create_app' its package)"
            )
        if svc.thumbnail and not (root / "landing" / "static" / svc.thumbnail).is_file():
            found.append(
                f"dashboards.toml: '{svc.name}': thumbnail landing/static/{svc.thumbnail} does not exist"
            )
    return found


def _module_file(folder: Path, module: str) -> bool:
    """Is `module` importable from the service folder (first on sys.path) or as the folder's
    own package (the project root is on sys.path too)?"""
    parts = module.split(".")
    if parts[0] == folder.name:
        parts = parts[1:]
    path = folder.joinpath(*parts)
    return (path / "__init__.py").is_file() or (bool(parts) and path.with_suffix(".py").is_file())


def compose_services(text: str) -> list[str]:
    """The service names of a compose file in our layout (two-space keys under `services:`)."""
    names, inside = [], False
    for line in text.splitlines():
        if re.match(r"^[A-Za-z]", line):
            inside = line.startswith("services:")
        elif inside and (match := _COMPOSE_SERVICE.match(line)):
            names.append(match.group(1))
    return names


def _compose_services(registry: Registry, root: Path) -> list[str]:
    path = root / render.COMPOSE_FILE
    if not path.exists():
        return []  # reported by the drift check
    declared = set(compose_services(path.read_text(encoding="utf-8"))) - {"gateway"}
    wanted = {svc.service for svc in registry.services}
    found = [
        f"{render.COMPOSE_FILE}: no service '{s}' for registry entry "
        f"'{next(v.name for v in registry.services if v.service == s)}'; run `make render`"
        for s in sorted(wanted - declared)
    ]
    found += [
        f"{render.COMPOSE_FILE}: service '{s}' is not in dashboards.toml; declare it there "
        "(the compose file is rendered from the registry)"
        for s in sorted(declared - wanted)
    ]
    return found
