"""What a gunicorn service serves: the registry entry's app, found and given dashfleet's layer.

Every service starts the same way (`gunicorn -c python:dashfleet.gunicorn_conf`, which serves
`load()`), in its own folder, so a Dash app written for `python app.py` runs unmodified:

- the entry is `module:attribute`, imported with the service's folder first on sys.path (the
  app's sibling imports and relative data paths work); the attribute may be a Dash app, its
  Flask `server`, or a factory (called with `prefix=` when it takes one);
- the app is built at its public prefix through Dash's own DASH_URL_BASE_PATHNAME; an app that
  pins its own paths keeps them if they are the registry's prefix, else start fails with one line
  naming the fix;
- Dash apps get `install_fleet_layer` (health, callback validation, plain errors, caching, the
  small plotly.js bundle where the registry asks for it); every service gets metrics
  (dashfleet.metrics: GET /metrics on its own address).

A configuration mistake exits with EX_CONFIG (78) and a one-line message: the process-mode
supervisor does not restart such a service in a loop; it waits for a fix.
"""

from __future__ import annotations

import importlib
import inspect
import os
import sys

from dash import Dash
from dash.exceptions import InvalidConfig
from flask import Flask

from dashfleet import dashboard_env, writable
from dashfleet.dashapp import PREFIX_ENV, install_fleet_layer, public_prefix
from dashfleet.metrics import Instrumented

EX_CONFIG = 78  # sysexits.h: "configuration error"
APP_ENV = "DASHFLEET_APP"  # the registry's `app`, e.g. "app:app" or "dash_sales:create_app"
NAME_ENV = "DASHFLEET_NAME"  # the registry name, for messages
PLOTLY_ENV = "DASHFLEET_PLOTLY"  # the registry's `plotly`: "basic" or "full"
# make run's on-demand dashboards asleep now (a JSON list of names), for the landing page.
ASLEEP_ENV = "DASHFLEET_ASLEEP_FILE"


class ServiceConfigError(Exception):
    """The entry cannot be served as declared; the message says what to change."""


# Work a service does once for all its workers, in gunicorn's master (with preload, once the app
# is loaded, before the workers fork): (start, stop) pairs an app registers while it is built.
# The landing page's status checks are one (landing/status.py).
master_tasks: list[tuple] = []
# What load() gave gunicorn to serve: a reload (SIGHUP, dashfleet/lifecycle.py) swaps the app it
# wraps, so new workers serve new code without reaching into gunicorn's own objects.
serving: Instrumented | None = None


def in_master(start, stop) -> None:
    master_tasks.append((start, stop))


def load():
    """gunicorn's app factory: the WSGI app for this service, from the environment."""
    name = os.environ.get(NAME_ENV, "this service")
    try:
        missing = dashboard_env.load_mounted()
        if missing:
            raise ServiceConfigError(
                f"secret(s) {', '.join(missing)} not given: mount each at /run/secrets/NAME "
                "(the compose and Swarm files do, from NAME_FILE) or set it in the environment"
            )
        _prepare_writable()
        app = build(os.environ[APP_ENV], prefix=public_prefix(), plotly=os.environ.get(PLOTLY_ENV, "basic"))
        global serving
        serving = Instrumented(app, os.environ.get(NAME_ENV, "service"))
        return serving
    except ServiceConfigError as exc:
        print(f"dashfleet: {name}: {exc}", file=sys.stderr, flush=True)
        # In gunicorn's master (preload) this ends the service; no traceback for a config mistake.
        os._exit(EX_CONFIG)


def _prepare_writable() -> None:
    """The data folder the app's writable paths link into, complete before the app is imported
    (it may open its database then)."""
    try:
        writable.prepare_from_env()
    except (writable.WritableError, OSError) as exc:
        raise ServiceConfigError(str(exc)) from None


def build(entry: str, *, prefix: str = "/", plotly: str = "basic"):
    """The WSGI app (a Flask server) for `entry`, served at `prefix`."""
    app = build_app(entry, prefix=prefix, plotly=plotly)
    return app.server if isinstance(app, Dash) else app


def build_app(entry: str, *, prefix: str = "/", plotly: str = "basic") -> Dash | Flask:
    """The app `entry` names, at `prefix`, with dashfleet's layer if it is a Dash app."""
    app = resolve(entry, prefix=prefix)
    if isinstance(app, Dash):
        check_prefix(app, prefix, entry)
        install_fleet_layer(app, plotly=plotly)
    return app


def resolve(entry: str, *, prefix: str = "/") -> Dash | Flask:
    """Import `entry` and turn what it names into a Dash app (or a plain Flask app)."""
    module_name, _, attr = entry.partition(":")
    module = _import(module_name, prefix)
    try:
        obj = getattr(module, attr)
    except AttributeError:
        raise ServiceConfigError(
            f"{module_name} has no attribute {attr!r} (registry app = {entry!r})"
        ) from None
    if not isinstance(obj, (Dash, Flask)) and callable(obj):
        obj = _call_factory(obj, prefix)
    if isinstance(obj, Flask):
        # The Flask `server` of a Dash app: serve it with the Dash app's layer.
        return next((v for v in vars(module).values() if isinstance(v, Dash) and v.server is obj), obj)
    if isinstance(obj, Dash):
        return obj
    raise ServiceConfigError(
        f"{entry} is a {type(obj).__name__}; want a Dash app, its Flask server, or a factory returning one"
    )


def check_prefix(app: Dash, prefix: str, entry: str) -> None:
    routes, requests = app.config.routes_pathname_prefix, app.config.requests_pathname_prefix
    if routes == requests == prefix:
        return
    pinned = requests if requests != "/" else routes
    raise ServiceConfigError(
        f"the app ({entry}) pins its own base path {pinned!r} (routes {routes!r}, requests {requests!r}), "
        f"but dashboards.toml declares prefix {prefix!r}: set prefix = {pinned!r} in the registry "
        "if that is one /segment/, or drop url_base_pathname / routes_pathname_prefix / "
        "requests_pathname_prefix from the app"
    )


def _call_factory(factory, prefix: str):
    args = {"prefix": prefix} if "prefix" in _parameters(factory) else {}
    try:
        return factory(**args)
    except InvalidConfig:
        # The factory pins its own paths: build it as it stands and compare afterwards.
        os.environ.pop(PREFIX_ENV, None)
        return factory(**args)


def _import(module_name: str, prefix: str):
    """Import with the prefix in Dash's environment; an app that pins its own paths makes Dash
    refuse the mix (InvalidConfig), so import it again as it stands and compare afterwards."""
    before = set(sys.modules)
    os.environ[PREFIX_ENV] = prefix
    try:
        return importlib.import_module(module_name)
    except InvalidConfig:
        for name in set(sys.modules) - before:
            del sys.modules[name]
        del os.environ[PREFIX_ENV]
        return _import_plain(module_name)
    except ModuleNotFoundError as exc:
        raise _missing(exc, module_name) from None


def _import_plain(module_name: str):
    try:
        return importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        raise _missing(exc, module_name) from None
    except InvalidConfig as exc:
        raise ServiceConfigError(
            f"Dash refused the app's configuration: {' '.join(str(exc).split())}"
        ) from None


def _missing(exc: ModuleNotFoundError, module_name: str) -> ServiceConfigError:
    if not exc.name:  # raised by a library, with its own words (plotly: "pandas is not installed")
        return ServiceConfigError(f"{exc}: list what it needs in the service's requirements.txt")
    if module_name.startswith(exc.name):
        return ServiceConfigError(f"no module {module_name!r} in the service folder {os.getcwd()}")
    return ServiceConfigError(
        f"the app imports {exc.name!r}, which is not installed: list it in the service's "
        "requirements.txt (then `make venv` or rebuild the image)"
    )


def _parameters(func) -> dict:
    try:
        return dict(inspect.signature(func).parameters)
    except (TypeError, ValueError):
        return {}
