"""gunicorn settings for every dashfleet service: `gunicorn -c python:dashfleet.gunicorn_conf`.

All of it is configuration from the environment, so one image runs anywhere. The service runs in
its own folder (gunicorn's `chdir`, which also puts it first on sys.path) and serves
`dashfleet.service:load()`: the registry entry named by $DASHFLEET_APP, with dashfleet's layer.
"""

import os

# BIND wins; PORT alone is what most container hosts (and Heroku-style platforms) set.
bind = os.environ.get("BIND") or f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# Load the app (and its data) once in the master: workers share those pages copy-on-write.
preload_app = os.environ.get("GUNICORN_PRELOAD", "1") == "1"
# A callback slower than this is a bug; the gateway gives up at 60 s too.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
# SIGTERM: finish the requests in flight before exiting.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "20"))
keepalive = 5
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info")
access_log_format = (
    '%(h)s "%(r)s" %(s)s %(b)s %(M)sms %(p)s xff="%({x-forwarded-for}i)s" '
    "proto=%({x-forwarded-proto}i)s host=%({x-forwarded-host}i)s"
)
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


def when_ready(server):
    """Dash sets itself up on its first request. With preload, make that request here, in the
    master, so every worker is forked warm instead of paying for it on a visitor's request."""
    if preload_app:
        from werkzeug.test import Client

        Client(server.app.wsgi()).get("/health")
