"""`dashfleet probe NAME`: build one dashboard exactly as its service will (in its folder, at its
prefix, with dashfleet's layer) and ask it for what a browser asks first. `dashfleet add` runs it
before it keeps an adopted app."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

from dash import Dash

from dashfleet import dash_compat, service
from dashfleet.registry import Registry
from dashfleet.tool import imports


def missing_package(exc: BaseException, folder: Path, entry: str) -> str | None:
    """For an import of something not installed, what to add: the package that provides it."""
    while exc is not None and not isinstance(exc, ModuleNotFoundError):
        exc = exc.__cause__ or exc.__context__
    if exc is None or not exc.name:
        return None
    top = exc.name.split(".")[0]
    if top == entry.partition(":")[0].split(".")[0]:
        return None  # the entry module itself: the service loader's message says where it looked
    found = f"ModuleNotFoundError: No module named {exc.name!r}"
    if top in imports.own_modules(folder):
        return f"{found}: {top} is in the app's folder, but not at its top, where the service runs"
    package = imports.requirement_for(exc.name)
    return f"{found}: add {package} to requirements.txt, or pass --requirements FILE"


def probe(registry: Registry, name: str) -> int:
    svc = registry.dashboard(name)
    folder = registry.root / svc.service
    os.chdir(folder)  # as gunicorn's chdir: the app's relative paths and sibling imports work
    sys.path[:0] = [str(folder), str(registry.root)]
    try:
        app = service.build_app(svc.app, prefix=svc.prefix, plotly=svc.plotly)
    except service.ServiceConfigError as exc:
        print(f"dashfleet probe: {name}: {missing_package(exc, folder, svc.app) or exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # the app's own code failed: show where, then one line
        traceback.print_exc()
        verdict = (
            missing_package(exc, folder, svc.app) or f"the app failed to start: {type(exc).__name__}: {exc}"
        )
        print(f"dashfleet probe: {name}: {verdict}", file=sys.stderr)
        return 2
    if not isinstance(app, Dash):
        print(f"dashfleet probe: {name}: {svc.app} is not a Dash app", file=sys.stderr)
        return 2
    client = app.server.test_client()
    for path in (
        svc.prefix,
        f"{svc.prefix}_dash-layout",
        f"{svc.prefix}_dash-dependencies",
        f"{svc.prefix}health",
    ):
        status = client.get(path).status_code
        if status != 200:
            print(f"dashfleet probe: {name}: GET {path} answered {status}, not 200", file=sys.stderr)
            return 2
    callbacks = len(client.get(f"{svc.prefix}_dash-dependencies").get_json())
    pages = " with Dash Pages" if dash_compat.use_pages(app) else ""
    print(f"dashfleet probe: {name} ({svc.app}) serves at {svc.prefix}{pages}, {callbacks} callbacks")
    return 0


if __name__ == "__main__":  # python -m dashfleet.tool.probe REGISTRY NAME: in the dashboard's interpreter
    from dashfleet import registry as fleet_registry

    sys.exit(probe(fleet_registry.load(sys.argv[1]), sys.argv[2]))
