"""gunicorn settings for every dashfleet service: `gunicorn -c python:dashfleet.gunicorn_conf`.

All of it is configuration from the environment, so one image runs anywhere. The service runs in
its own folder (gunicorn's `chdir`, which also puts it first on sys.path) and serves
`dashfleet.service:load()`: the registry entry named by $DASHFLEET_APP, with dashfleet's layer.
"""

import os
import shutil
import signal
import tempfile
import threading
import time

from dashfleet.logs import TEXT_ACCESS, log_format

# BIND wins; PORT alone is what most container hosts (and Heroku-style platforms) set.
bind = os.environ.get("BIND") or f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# The registry's `threads`: above 1, gunicorn runs gthread workers (one process, that many
# requests at once), the cheap way to serve a light dashboard.
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
# Load the app (and its data) once in the master: workers share those pages copy-on-write.
preload_app = os.environ.get("GUNICORN_PRELOAD", "1") == "1"
# A callback slower than this is a bug; the gateway gives up at 60 s too.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
# SIGTERM: finish the requests in flight before exiting.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "20"))
# SIGTERM on a cluster: keep serving this long first. The engine takes the replica out of DNS at
# once, but the gateway caches answers (`valid=2s`) and may still send it requests meanwhile.
drain_seconds = float(os.environ.get("GUNICORN_DRAIN_SECONDS", "0"))
keepalive = 5
# Request limits are the gateway's (nginx's buffers, before any routing), the same for every path:
# a service is reached only through it, and limits of its own would answer differently for an
# unknown path (the landing) than for a protected one (the check answers first), telling a
# stranger which exist.
limit_request_line = 0
limit_request_fields = 32768
limit_request_field_size = 0
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info")
# One JSON object per line, or text for a person (DASHFLEET_LOG_FORMAT); both with the request id.
logger_class = "dashfleet.logs.Logger"
access_log_format = TEXT_ACCESS
log_format()  # a wrong value stops the service here, in one line

# Metrics from every worker (dashfleet.metrics): prometheus_client's multiprocess mode needs a
# folder of its own per service, set before the app (and prometheus_client) is imported.
_own_metrics_dir = not os.environ.get("PROMETHEUS_MULTIPROC_DIR")
if _own_metrics_dir:
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(
        prefix="dashfleet-metrics-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None
    )
else:  # given (make run: in its run folder); prometheus_client needs it to exist
    os.makedirs(os.environ["PROMETHEUS_MULTIPROC_DIR"], exist_ok=True)
# Heartbeat files on tmpfs: works with a read-only root filesystem and never blocks on disk.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
# The gateway sets X-Forwarded-Proto; trust it from the addresses given (compose: the gateway's).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
# gunicorn's control socket defaults to one path per user: several services would fight over it,
# and a read-only container has nowhere to put it. Nothing here uses it.
control_socket_disable = True
# The service's folder: the app's own imports and relative paths work as with `python app.py`.
chdir = os.environ.get("DASHFLEET_SERVICE_DIR") or os.getcwd()
wsgi_app = "dashfleet.service:load()"


def child_exit(server, worker):
    """A worker that has gone no longer counts in the live gauges (requests in flight)."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


def on_exit(server):
    if _own_metrics_dir:
        shutil.rmtree(os.environ["PROMETHEUS_MULTIPROC_DIR"], ignore_errors=True)


def on_reload(server):
    """SIGHUP: gunicorn starts new workers and retires the old ones gracefully. With preload the
    app lives in the master, so load it again here, from fresh imports of the service's own
    modules, for the new workers to serve a code change. If the new code does not load, keep
    serving the old one and say why."""
    if not preload_app:
        return  # each new worker imports the app itself
    import sys

    from dashfleet import service
    from dashfleet.metrics import Instrumented

    folder = os.path.realpath(chdir) + os.sep
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
    server.app.callable = Instrumented(app, os.environ.get(service.NAME_ENV, "service"))
    for _, stop in old_tasks:
        stop()
    _warm(server)
    _start_master_tasks()
    server.log.info("reload: serving the new code (%d modules loaded again)", len(saved))


def _warm(server) -> None:
    """Dash's first-request setup, and what its first layout and dependencies requests load and
    cache (60 ms a worker, measured), made here; then every object so far moved out of the
    garbage collector's reach (gc.freeze): a forked worker's collections would otherwise write to
    the pages it shares with the master, copying them (Instagram's measurement; Python's docs).
    Not the page itself: the landing's would start its status checks before the fork."""
    import gc

    from werkzeug.test import Client

    from dashfleet.service import public_prefix

    client = Client(server.app.wsgi())
    client.get("/health")
    for path in ("_dash-layout", "_dash-dependencies"):  # a 404 where the service is no Dash app
        client.get(public_prefix() + path)
    gc.collect()
    gc.freeze()


def _start_master_tasks() -> None:
    from dashfleet import service

    for start, _ in service.master_tasks:
        start()


def when_ready(server):
    """Dash sets itself up on its first request. With preload, make that request here, in the
    master, so every worker is forked warm instead of paying for it on a visitor's request."""
    if preload_app:
        _warm(server)
        _start_master_tasks()
    if drain_seconds > 0:
        _drain_before_stopping(server, drain_seconds)


def _drain_before_stopping(arbiter, seconds: float) -> None:
    """The first SIGTERM starts a countdown instead of the stop; when it ends, the arbiter gets
    SIGTERM again and stops gracefully as usual. Workers keep serving meanwhile."""
    stop = arbiter.handle_term
    draining = threading.Event()

    def handle_term():
        if draining.is_set():
            return stop()
        draining.set()
        arbiter.log.info("SIGTERM: serving %gs more while the gateway forgets this replica", seconds)

        def then_stop():
            time.sleep(seconds)
            arbiter.signal(signal.SIGTERM, None)  # queued for the arbiter's own loop

        threading.Thread(target=then_stop, daemon=True).start()

    arbiter.handle_term = handle_term
