"""Render the files derived from the registry, and tell where the committed ones have drifted.

Each target (dashfleet/tool/targets/: nginx, compose, swarm, kubernetes) renders its own files;
rendering and writing are apart: `render()` returns {path: text}; `write()` and `drift()` use it.
Generated files are committed so a diff shows what a registry change does, and an image build
needs no Python.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from dashfleet.registry import Registry
from dashfleet.tool.targets import compose, kubernetes, nginx, swarm

TARGETS = (nginx, compose, swarm, kubernetes)

# Paths the tests and the CLI name.
GATEWAY_TEMPLATE, NOT_FOUND_PAGE, DOWN_PAGE, GATEWAY_MAIN = (
    nginx.GATEWAY_TEMPLATE,
    nginx.NOT_FOUND_PAGE,
    nginx.DOWN_PAGE,
    nginx.GATEWAY_MAIN,
)
COMPOSE_FILE, DOCKERIGNORE = compose.COMPOSE_FILE, compose.DOCKERIGNORE
nginx_main_conf = nginx.main_conf


def render(registry: Registry) -> dict[Path, str]:
    """Every derived file of every target, relative to the project root, with the text it must have."""
    files: dict[Path, str] = {}
    for target in TARGETS:
        files.update(target.render(registry))
    return files


def write(registry: Registry, root: Path | None = None) -> list[Path]:
    """Write the derived files that differ (under the registry's project folder); return them."""
    root = root or registry.root
    written = []
    for rel, text in render(registry).items():
        path = root / rel
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written.append(rel)
    return written


def drift(registry: Registry, root: Path | None = None) -> list[str]:
    """One message per derived file that does not match the registry, with a unified diff."""
    root = root or registry.root
    problems = []
    for rel, expected in render(registry).items():
        path = root / rel
        if not path.exists():
            problems.append(f"{rel}: missing; run `make render`")
            continue
        actual = path.read_text(encoding="utf-8")
        if actual != expected:
            diff = "".join(
                difflib.unified_diff(
                    actual.splitlines(keepends=True),
                    expected.splitlines(keepends=True),
                    fromfile=f"{rel} (committed)",
                    tofile=f"{rel} (from dashboards.toml)",
                )
            )
            problems.append(f"{rel}: does not match the registry; run `make render`\n{diff}")
    return problems
