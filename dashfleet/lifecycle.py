"""What a service's gunicorn master does besides serving, called from gunicorn_conf's one-line
hooks: warm up before the workers fork, load new code on SIGHUP, drain before stopping, replace a
worker that outgrew its share of the registry's memory. Only
gunicorn's documented hooks and dashfleet's own objects are used here; the drain's reach into
gunicorn's signal handling is in dashfleet/gunicorn_internals.py, with its version range."""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading

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


# -- memory per worker (registry `memory`) ----------------------------------------------------------
MEMORY_ENV = "DASHFLEET_MEMORY_MIB"
# A worker's share of its replica's limit: 90 % of it, divided among the workers. The master
# (whose pages the workers share) and the kernel's own charges live in the rest; a container's
# OOM killer acts only above the whole limit, so a worker that keeps to its share is replaced
# gracefully long before the kernel would kill one in the middle of a request.
SHARE = 0.9
_share_mib: float | None = None  # this worker's, from its start; None: no limit, or left off
_leaving = threading.Lock()  # gthread: one request's thread replaces the worker, once


def pss_mib(pid: str = "self") -> float:
    """The process's proportional set size: its own pages, plus each page it shares with the
    master and the other workers divided by the processes sharing it. What the workers' PSS add
    up to is what the kernel charges the replica; RSS would count the shared app once per worker."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as f:  # Linux 4.14 and later
            lines = f.read().splitlines()
        key = b"Pss:"
    except FileNotFoundError:
        with open(f"/proc/{pid}/status", "rb") as f:
            lines = f.read().splitlines()
        key = b"VmRSS:"
    kib = next(int(line.split()[1]) for line in lines if line.startswith(key))
    return kib / 1024


def worker_share_mib(limit_mib: int, workers: int) -> float:
    return SHARE * limit_mib / max(1, workers)


def worker_started(worker) -> None:
    """post_worker_init: this worker's share of $DASHFLEET_MEMORY_MIB. A fresh worker already over
    it would be replaced after every request: then say so once, and leave it to the engine's limit."""
    global _share_mib
    limit = os.environ.get(MEMORY_ENV)
    if not limit:
        return
    from dashfleet import metrics

    service = os.environ.get("DASHFLEET_NAME", "service")
    metrics.MEMORY_RESTARTS.labels(service)  # the series exists from the start, at 0
    share, used = worker_share_mib(int(limit), worker.cfg.workers), pss_mib()
    if used >= share:
        worker.log.warning(
            "memory: a fresh worker takes %.0f MiB, over its share of %s's limit (%.0f MiB: 90%% of "
            "%s MiB / %d workers): raise memory or lower workers in the registry",
            used,
            service,
            share,
            limit,
            worker.cfg.workers,
        )
        return
    _share_mib = share


def recycle_if_over(worker, environ: dict) -> None:
    """post_request: a worker over its share exits once this request is answered (SIGTERM to
    itself: gunicorn's graceful stop of one worker), and the master forks a fresh one, warm. The
    other workers, and the other dashboards, go on as they were. Logged in one line and counted."""
    global _share_mib
    if _share_mib is None:
        return
    used = pss_mib()
    if used <= _share_mib or not _leaving.acquire(blocking=False):
        return
    share, _share_mib = _share_mib, None
    from dashfleet import metrics

    service = os.environ.get("DASHFLEET_NAME", "service")
    metrics.MEMORY_RESTARTS.labels(service).inc()
    message = (
        f"memory: worker {os.getpid()} of {service} takes {used:.0f} MiB, over its share of the "
        f"limit ({share:.0f} MiB: 90% of {os.environ[MEMORY_ENV]} MiB / {worker.cfg.workers} "
        "workers): replaced after this request"
    )
    fields = {
        "message": message,
        "event": "worker_memory_restart",
        "pid": os.getpid(),
        "pss_mib": round(used, 1),
        "share_mib": round(share, 1),
        "memory_mib": int(os.environ[MEMORY_ENV]),
        "workers": worker.cfg.workers,
    }
    request_id = environ.get("HTTP_X_REQUEST_ID", "")
    worker.log.warning(message, extra={"fields": fields, "request_id": request_id})
    os.kill(os.getpid(), signal.SIGTERM)
