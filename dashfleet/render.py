"""Render the files derived from the registry, and tell where the committed ones have drifted.

Rendering and writing are apart: `render()` returns {path: text}; `write()` and `drift()` use it.
Generated files are committed so a diff shows what a registry change does, and an image build
needs no Python.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import jinja2

from dashfleet.registry import Registry

GATEWAY_TEMPLATE = Path("gateway/templates/dashfleet.conf.template")
NOT_FOUND_PAGE = Path("gateway/pages/404.html")
DOWN_PAGE = Path("gateway/pages/down.html")
GATEWAY_MAIN = Path("gateway/nginx.conf")
COMPOSE_FILE = Path("docker-compose.yml")
DOCKERIGNORE = Path(".dockerignore")

_env = jinja2.Environment(
    loader=jinja2.PackageLoader("dashfleet", "templates"),
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
    autoescape=False,  # nginx and YAML, not HTML: the registry forbids the risky characters
)


def render(registry: Registry) -> dict[Path, str]:
    """Every derived file, relative to the project root, with the text it must have."""
    page = _env.get_template("page.html.j2")
    return {
        # The image's main config: the same template process mode renders, with the image's paths.
        GATEWAY_MAIN: nginx_main_conf(
            run_dir="/tmp/dashfleet",
            workers="auto",
            user="",
            group="",
            modules=[],
            mime_types="/etc/nginx/mime.types",
            access_log="/dev/stdout",
        ),
        COMPOSE_FILE: _env.get_template("docker-compose.yml.j2").render(registry=registry),
        DOCKERIGNORE: _env.get_template("dockerignore.j2").render(registry=registry),
        GATEWAY_TEMPLATE: _env.get_template("gateway.conf.j2").render(registry=registry),
        NOT_FOUND_PAGE: page.render(
            registry=registry,
            heading="Page not found",
            message="There is no dashboard at this address.",
        ),
        # nginx's SSI fills in the dashboard's title (set per location in the gateway config).
        DOWN_PAGE: page.render(
            registry=registry,
            heading='<!--# echo var="dashfleet_dashboard" default="This dashboard" --> is down',
            message="It is restarting or being redeployed; the other dashboards are not affected. "
            "Try again in a few seconds.",
        ),
    }


def nginx_main_conf(**params) -> str:
    return _env.get_template("nginx-main.conf.j2").render(**params)


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
