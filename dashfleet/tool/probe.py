"""`dashfleet probe NAME`: build one dashboard exactly as its service will (in its folder, at its
prefix, with dashfleet's layer) and ask it for what a browser asks first. `dashfleet add` runs it
before it keeps an adopted app."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
import traceback
from pathlib import Path

from dash import Dash

from dashfleet import dash_compat, service, writable
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


def _scratch_for_writes(svc, folder: Path) -> Path:
    """An app that writes beside itself (registry writable) is probed as its service runs it, in
    a mirror of its folder, its writes going to a throwaway data folder: nothing lands in the app."""
    if not svc.writable:
        return folder
    scratch = Path(tempfile.mkdtemp(prefix="dashfleet-probe-"))
    atexit.register(shutil.rmtree, scratch, True)
    here = writable.mirror(folder, scratch / "app", scratch / "data", svc.writable)
    writable.prepare(scratch / "data", svc.writable, folder)
    return here


def probe(registry: Registry, name: str) -> int:
    svc = registry.dashboard(name)
    folder = registry.root / svc.service
    here = _scratch_for_writes(svc, folder)
    os.chdir(here)  # as gunicorn's chdir: the app's relative paths and sibling imports work
    sys.path[:0] = [str(here), str(registry.root)]
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
