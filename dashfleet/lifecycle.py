"""What a service's gunicorn master does besides serving, called from gunicorn_conf's one-line
hooks: warm up before the workers fork, load new code on SIGHUP, drain before stopping. Only
gunicorn's documented hooks and dashfleet's own objects are used here; the drain's reach into
gunicorn's signal handling is in dashfleet/gunicorn_internals.py, with its version range."""

from __future__ import annotations

import gc
import os
import sys

from dashfleet import gunicorn_internals, service


def start_master_tasks() -> None:
    for start, _ in service.master_tasks:
        start()


def warm(log) -> None:
    """Dash's first-request setup, and what its first layout and dependencies requests load and
    cache (60 ms a worker, measured), made here; then every object so far moved out of the
    garbage collector's reach (gc.freeze): a forked worker's collections would otherwise write to
    the pages it shares with the master, copying them (Instagram's measurement; Python's docs).
    Not the page itself: the landing's would start its status checks before the fork."""
    from werkzeug.test import Client

    if service.serving is None:
        log.warning("warm-up skipped: the app is not loaded in the master")
        return
    client = Client(service.serving)
    client.get("/health")
    for path in ("_dash-layout", "_dash-dependencies"):  # a 404 where the service is no Dash app
        client.get(service.public_prefix() + path)
    gc.collect()
    gc.freeze()


def when_ready(server, preload: bool, drain_seconds: float) -> None:
    """Dash sets itself up on its first request. With preload, make that request here, in the
    master, so every worker is forked warm instead of paying for it on a visitor's request."""
    if preload:
        warm(server.log)
        start_master_tasks()
    if drain_seconds > 0:
        gunicorn_internals.drain_before_stopping(server, drain_seconds)


def reload(server, preload: bool, folder: str) -> None:
    """SIGHUP: gunicorn starts new workers and retires the old ones gracefully. With preload the
    app lives in the master, so load it again here, from fresh imports of the service's own
    modules (those under `folder`), for the new workers to serve a code change. If the new code
    does not load, keep serving the old one and say why."""
    if not preload:
        return  # each new worker imports the app itself
    folder = os.path.realpath(folder) + os.sep
    saved = {
        name: module
        for name, module in list(sys.modules.items())
        if os.path.realpath(getattr(module, "__file__", None) or "/").startswith(folder)
    }
    for name in saved:
        del sys.modules[name]
    old_tasks = list(service.master_tasks)
    service.master_tasks.clear()
    try:
        app = service.build(
            os.environ[service.APP_ENV],
            prefix=service.public_prefix(),
            plotly=os.environ.get(service.PLOTLY_ENV, "basic"),
        )
    except BaseException as exc:  # noqa: BLE001 - whatever the new code raises, the service stays up
        sys.modules.update(saved)
        service.master_tasks[:] = old_tasks
        server.log.error("reload: the new code did not load, still serving the old: %r", exc)
        return
    service.serving.app = app  # what gunicorn serves (service.load's) now wraps the new app
    for _, stop in old_tasks:
        stop()
    warm(server.log)
    start_master_tasks()
    server.log.info("reload: serving the new code (%d modules loaded again)", len(saved))
