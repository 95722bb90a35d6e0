"""gunicorn settings for every dashfleet service: `gunicorn -c python:dashfleet.gunicorn_conf`.

All of it is configuration from the environment, so one image runs anywhere. The service runs in
its own folder (gunicorn's `chdir`, which also puts it first on sys.path) and serves
`dashfleet.service:load()`: the registry entry named by $DASHFLEET_APP, with dashfleet's layer.
"""

import importlib
import os
import shutil
import tempfile

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


# The hooks: one line each; what they do is in dashfleet/lifecycle.py (imported when called, after
# the settings above set the environment it reads).
def on_reload(server):
    importlib.import_module("dashfleet.lifecycle").reload(server, preload_app, chdir)


def when_ready(server):
    importlib.import_module("dashfleet.lifecycle").when_ready(server, preload_app, drain_seconds)


def post_worker_init(worker):
    importlib.import_module("dashfleet.lifecycle").worker_started(worker)


def post_request(worker, req, environ, resp):
    importlib.import_module("dashfleet.lifecycle").recycle_if_over(worker, environ)
