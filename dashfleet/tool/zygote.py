"""Process mode's shared parent: import what every service imports once, then fork each service
from it, so fifty dashboards share one copy of Dash, Flask, plotly and gunicorn instead of
holding fifty (Android's zygote; gunicorn's own preload, one level up).

`python -m dashfleet.tool.zygote FD [MODULE...]` is started by `Fleet` (dashfleet/tool/forked.py)
with one end of a socket pair as file descriptor FD (and the registry's `shared_imports` to import
too), and answers JSON lines on it, one order at a time:

  -> {"argv": [...], "env": {...}, "cwd": dir, "log": path or null,    argv: gunicorn's, no program
      "listen_fd": fd or null, "close_fds": [fd, ...]}                  on-demand sockets (on_demand.py)
  <- {"pid": pid}                 the service is a child of the zygote, in a session of its own
  <- {"exited": pid, "code": c}   whenever a child ends (c < 0: killed by signal -c, as Popen)

Each child runs the service as gunicorn's custom application (dashfleet/gunicorn_app.py, named
by argv's --name) in-process: no exec, so the pages the zygote filled stay shared copy-on-write.
The zygote imports nothing that reads the environment at import time (the service's own settings
are set in the child, before gunicorn reads them). When the Fleet goes away (EOF), the zygote
stops its children and exits.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import json
import os
import selectors
import signal
import socket
import sys
import time

SD_LISTEN_FDS_START = 3  # where systemd, and so gunicorn, expects an inherited listening socket
# What every dashfleet service imports, and nothing that reads the environment at import time:
# dashfleet.service and prometheus_client (its single- or multi-process mode comes from the
# service's environment when it is imported: 1.2 MiB a service, measured) are imported in the
# child. `import dash` alone is ~39 MiB per interpreter.
SHARED_IMPORTS = (
    "dash",
    "dash.dcc",
    "dash.html",
    "dash.dash_table",
    "flask",
    "jinja2",
    "werkzeug.test",
    "orjson",
    "plotly.io",
    # plotly's JSON encoder imports numpy wherever it is installed, at a worker's first layout:
    # 8.5 MiB in every service, measured, unless imported here once.
    "numpy",
    "dashfleet.dashapp",
    "dashfleet.callbacks",
    "dashfleet.logs",
    "gunicorn.app.base",
    "gunicorn.arbiter",
    "gunicorn.glogging",
    "gunicorn.workers.sync",
    "gunicorn.workers.gthread",
)


def preload(extra: list[str]) -> None:
    for name in SHARED_IMPORTS:
        # An optional part not installed: the services import what they need themselves.
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    for name in extra:  # the registry's [site] shared_imports
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 - a wrong name must not stop the fleet
            print(f"dashfleet: zygote: shared_imports: cannot import {name!r}: {exc!r}", file=sys.stderr)
        if "prometheus_client" in sys.modules:  # chosen its mode here, without a service's folder
            print(
                f"dashfleet: zygote: shared_imports: {name!r} imports prometheus_client, which each "
                "service must import itself (its metrics would count one worker): leave it out",
                file=sys.stderr,
            )
    gc.collect()
    gc.freeze()  # keep the collector off the shared pages in every child (see dashfleet/lifecycle.py: warm)


def run_service(order: dict) -> int:
    """In the forked child: become the service. Returns its exit code (never returns into the
    zygote's loop)."""
    argv, env, cwd, log = order["argv"], order["env"], order["cwd"], order.get("log")
    os.setsid()  # Ctrl-C at the terminal reaches the Fleet only; it stops services in order
    listen_fd = order.get("listen_fd")
    if listen_fd is not None:  # an on-demand service: the socket the Fleet holds, as systemd passes it
        os.dup2(listen_fd, SD_LISTEN_FDS_START)
    for fd in order.get("close_fds", []):  # other services' sockets
        if fd != SD_LISTEN_FDS_START or listen_fd is None:
            os.close(fd)
    for sig in (signal.SIGCHLD, signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, signal.SIG_DFL)
    if log:
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        os.close(fd)
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    os.chdir(cwd)
    os.environ.clear()
    os.environ.update(env)
    if listen_fd is not None:
        os.environ.update(LISTEN_FDS="1", LISTEN_PID=str(os.getpid()))
    from gunicorn.config import Config

    from dashfleet import gunicorn_app

    # Fleet's order carries gunicorn's own arguments (local.py's service_argv), read by its parser.
    args = Config().parser().parse_args(argv)
    if args.config != f"python:{gunicorn_app.CONFIG}":
        print(f"dashfleet: zygote: runs {gunicorn_app.CONFIG} only, not {args.config}", file=sys.stderr)
        return 78  # EX_CONFIG: the supervisor does not restart it
    return gunicorn_app.run(args.proc_name)


def exit_code(status: int) -> int:
    return -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)


def serve(control: socket.socket) -> None:
    children: set[int] = set()
    reader = control.makefile("r", encoding="utf-8")
    writer = control.makefile("w", encoding="utf-8")

    def say(message: dict) -> None:
        writer.write(json.dumps(message) + "\n")
        writer.flush()

    # SIGCHLD wakes the loop through this pipe (the handler itself does nothing).
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_w, False)
    signal.set_wakeup_fd(wake_w)
    signal.signal(signal.SIGCHLD, lambda *_: None)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the Fleet decides when we stop
    selector = selectors.DefaultSelector()
    selector.register(control, selectors.EVENT_READ)
    selector.register(wake_r, selectors.EVENT_READ)
    try:
        while True:
            for key, _ in selector.select(timeout=1.0):
                if key.fileobj is wake_r:
                    os.read(wake_r, 4096)
                    continue
                line = reader.readline()
                if not line:
                    return  # the Fleet is gone
                order = json.loads(line)
                pid = os.fork()
                if pid == 0:
                    code = 70
                    try:
                        signal.set_wakeup_fd(-1)
                        selector.close()
                        control.close()
                        os.close(wake_r)
                        os.close(wake_w)
                        code = run_service(order)
                    finally:
                        os._exit(code)
                children.add(pid)
                say({"pid": pid})
            while children:
                pid, status = os.waitpid(-1, os.WNOHANG)
                if pid == 0:
                    break
                children.discard(pid)
                say({"exited": pid, "code": exit_code(status)})
    finally:
        stop_all(children)


def stop_all(children: set[int], grace: float = 25.0) -> None:
    """Left to themselves the services would go on serving: SIGTERM each (gunicorn finishes
    what is in flight), SIGKILL what is left after `grace` (a little over graceful_timeout)."""
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in children:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, sig)  # the service's session: its master and workers
        deadline = time.monotonic() + grace
        while children and time.monotonic() < deadline:
            pid, _ = os.waitpid(-1, os.WNOHANG)
            if pid == 0:
                time.sleep(0.05)
            children.discard(pid)
        if not children:
            return


def main() -> int:
    control = socket.socket(fileno=int(sys.argv[1]))
    preload(sys.argv[2:])
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
        serve(control)
    return 0


if __name__ == "__main__":
    sys.exit(main())
