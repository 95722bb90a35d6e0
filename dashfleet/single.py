"""Every service in ONE process, mounted by werkzeug's DispatcherMiddleware under its public
prefix: the fallback where nginx is not installed, and the dev mode (hot reload).

Same public URLs as the gateway; no isolation, one process, so it is for a laptop, not production.
"""

from __future__ import annotations

import importlib
import os

from werkzeug.middleware.dispatcher import DispatcherMiddleware
from werkzeug.utils import redirect

from dashfleet.registry import Registry


def factory(entry: str):
    """Import 'package.module:callable' from the registry."""
    module, _, attr = entry.partition(":")
    return getattr(importlib.import_module(module), attr)


def build(registry: Registry, *, dev: bool = False):
    landing = factory(registry.landing.app)()
    mounts = {}
    for board in registry.dashboards:
        app = factory(board.app)(prefix=board.prefix)
        if dev:
            app.enable_dev_tools(debug=True, dev_tools_hot_reload=True)
        mounts[board.prefix.rstrip("/")] = getattr(app, "server", app)
    return _AddSlash(DispatcherMiddleware(landing, mounts), set(mounts))


class _AddSlash:
    """/population -> /population/ with a relative Location, as the gateway answers."""

    def __init__(self, app, mount_points: set[str]):
        self.app = app
        self.mount_points = mount_points

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        if path in self.mount_points:
            query = environ.get("QUERY_STRING", "")
            target = path + "/" + (f"?{query}" if query else "")
            response = redirect(target, code=301)
            response.autocorrect_location_header = False
            return response(environ, start_response)
        return self.app(environ, start_response)


def serve(registry: Registry, host: str, port: int, *, dev: bool = False) -> None:
    from werkzeug.serving import WSGIRequestHandler, run_simple

    class QuietHandler(WSGIRequestHandler):
        server_version = "dashfleet"  # not "Werkzeug/x Python/y": no version banner
        sys_version = ""

    # The landing page checks dashboards through "the gateway", which here is this very process.
    os.environ.setdefault("DASHFLEET_GATEWAY_URL", f"http://{host}:{port}")
    app = build(registry, dev=dev)
    run_simple(
        host, port, app, threaded=True, use_reloader=dev, use_debugger=False, request_handler=QuietHandler
    )
