"""Every service in ONE process, each app at its public prefix: the fallback where nginx is not
installed, and the dev mode (hot reload).

Same public URLs as the gateway; no isolation, one process, so it is for a laptop, not production.
It hosts the dashboards dashfleet builds (`create_dash`, which binds everything to its app). An
existing app adopted as it is may rely on what Dash keeps once per process (Dash Pages'
registry, `dash.callback`, `dash.get_relative_path`), so it is refused here, with the fix.
"""

from __future__ import annotations

import os

from werkzeug.utils import redirect

from dashfleet import service
from dashfleet.dashapp import FleetDash
from dashfleet.registry import Registry, Service

HEALTH = "/_dashfleet/health/"


class SingleProcessRefused(RuntimeError):
    """A dashboard needs a process of its own; the message says so and points at `make run`."""


def build(registry: Registry, *, dev: bool = False):
    for board in registry.dashboards:
        if board.host:
            raise SingleProcessRefused(
                f"'{board.name}' is served at its own host name ({board.host}), which only the "
                "gateway routes: install nginx (sudo apt-get install nginx) and use `make run`"
            )
        if not _is_own_package(board):
            raise _refused(board, "is an existing app adopted as it is")
    landing = service.build(registry.landing.app)
    mounts = {}
    for board in registry.dashboards:
        app = service.build_app(board.app, prefix=board.prefix, plotly=board.plotly)
        if not isinstance(app, FleetDash):
            raise _refused(board, "is not built with dashfleet.dashapp.create_dash")
        if dev:
            app.enable_dev_tools(debug=True, dev_tools_hot_reload=True)
        mounts[board.prefix] = app.server
    return PrefixDispatcher(landing, mounts, {b.prefix: b.name for b in registry.dashboards})


def _is_own_package(board: Service) -> bool:
    return board.app.partition(":")[0].split(".")[0] == board.service


def _refused(board: Service, why: str) -> SingleProcessRefused:
    return SingleProcessRefused(
        f"'{board.name}' ({board.app}) {why}; several such apps cannot share one process (Dash "
        "Pages, dash.callback and dash.get_relative_path are per process). Run each dashboard as "
        "its own service: install nginx (sudo apt-get install nginx) and use `make run`"
    )


class PrefixDispatcher:
    """Route by path prefix without stripping it (each app serves at its prefix), and answer
    /population with a relative redirect to /population/, as the gateway does."""

    def __init__(self, default, mounts: dict[str, object], names: dict[str, str]):
        self.default = default
        self.mounts = mounts
        self.names = names  # prefix -> dashboard name

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        if path.startswith(HEALTH):  # the landing's status checks, as the gateway's status port has them
            name = path[len(HEALTH) :]
            prefix = next((p for p, n in self.names.items() if n == name), None)
            if prefix is not None:
                environ = {**environ, "PATH_INFO": prefix + "health"}
                path = environ["PATH_INFO"]
        for prefix, app in self.mounts.items():
            if path.startswith(prefix):
                return app(environ, start_response)
            if path == prefix.rstrip("/"):
                query = environ.get("QUERY_STRING", "")
                response = redirect(prefix + (f"?{query}" if query else ""), code=301)
                response.autocorrect_location_header = False
                return response(environ, start_response)
        return self.default(environ, start_response)


def serve(registry: Registry, host: str, port: int, *, dev: bool = False) -> None:
    from werkzeug.serving import WSGIRequestHandler, run_simple

    class QuietHandler(WSGIRequestHandler):
        server_version = "dashfleet"  # not "Werkzeug/x Python/y": no version banner
        sys_version = ""

    # The landing page checks dashboards through "the gateway", which here is this very process.
    os.environ.setdefault("DASHFLEET_STATUS_URL", f"http://{host}:{port}")
    app = build(registry, dev=dev)
    run_simple(
        host, port, app, threaded=True, use_reloader=dev, use_debugger=False, request_handler=QuietHandler
    )
