"""Dashboards that cost nothing while idle: `idle_timeout = SECONDS` in a registry entry.

Process mode only, with the zygote. The Fleet binds such a service's Unix socket itself (the
path the service would bind, Fleet.socket_path) and keeps it open for the whole run; the
service (forked from the zygote) serves from that inherited socket, as with systemd's socket
activation (gunicorn reads LISTEN_FDS, and leaves the socket file in place when it stops). So:

- asleep, nothing runs: a connection waits in the socket's queue (the gateway's connect succeeds
  at once), `tick()` sees it and forks the service, which accepts it a fraction of a second later;
- awake, its request counter (its Prometheus files, health checks left out) is read at each tick;
  unchanged for `idle_timeout` seconds, the service is stopped gracefully: the socket stays.

The landing page reads which dashboards are asleep (DASHFLEET_ASLEEP_FILE) and shows them as
"idle" instead of asking, which would wake them.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import socket
import stat
import time
from pathlib import Path

from prometheus_client import CollectorRegistry, multiprocess

from dashfleet.registry import SHARED


class OnDemand:
    def __init__(self, fleet, state_file):
        self.fleet = fleet
        self.state_file = state_file
        # A dashboard with its own environment is not forked from the zygote: always running.
        self.boards = {b.name: b for b in fleet.registry.dashboards if b.idle_timeout and b.runtime == SHARED}
        self.listeners: dict[str, socket.socket] = {}
        self.asleep: set[str] = set()
        self._seen: dict[str, tuple[float, float]] = {}  # name -> (request count, when it changed)

    def open(self) -> None:
        """Bind every on-demand service's socket; they start asleep."""
        for name in self.boards:
            self.listeners[name] = listen_unix(self.fleet.socket_path(name))
        self.asleep = set(self.listeners)
        self._publish()

    def close(self) -> None:
        for listener in self.listeners.values():
            path = listener.getsockname()
            listener.close()
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
        self.listeners.clear()
        self.asleep.clear()
        if self.state_file.exists():
            self.state_file.unlink()

    def fds(self) -> list[int]:
        return [listener.fileno() for listener in self.listeners.values()]

    def listener_fd(self, name: str) -> int | None:
        listener = self.listeners.get(name)
        return listener.fileno() if listener else None

    def tick(self) -> list[str]:
        """Wake what has a connection waiting; put to sleep what has been idle long enough.
        Returns what it did, a line each, for the log."""
        done: list[str] = []
        if not self.listeners:
            return done
        waiting = [self.listeners[name] for name in self.asleep]
        ready, _, _ = select.select(waiting, [], [], 0) if waiting else ([], [], [])
        for name in [n for n in list(self.asleep) if self.listeners[n] in ready]:
            self.asleep.discard(name)
            self._seen.pop(name, None)
            self.fleet.wake(name)
            self._publish()
            done.append(f"{name}: a request is waiting; starting")
        now = time.monotonic()
        for name, board in self.boards.items():
            if name in self.asleep or name not in self.fleet.running():
                continue
            count = requests_answered(self.fleet.metrics_dir(name))
            previous = self._seen.get(name)
            if previous is None or previous[0] != count:
                self._seen[name] = (count, now)
            elif now - previous[1] >= board.idle_timeout:
                self.fleet.stop_service(name)
                self.asleep.add(name)
                self._publish()
                done.append(f"{name}: idle for {board.idle_timeout}s; stopped until its next request")
        return done

    def _publish(self) -> None:
        """Which dashboards are asleep, for the landing page (written whole, then renamed)."""
        self.state_file.parent.mkdir(parents=True, exist_ok=True)
        partial = self.state_file.with_suffix(".partial")
        partial.write_text(json.dumps(sorted(self.asleep)))
        os.replace(partial, self.state_file)


def listen_unix(path: Path, backlog: int = 1024) -> socket.socket:
    """A listening Unix socket at `path`, replacing a socket file a killed run left there."""
    with contextlib.suppress(FileNotFoundError):
        if stat.S_ISSOCK(os.lstat(path).st_mode):
            os.unlink(path)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        listener.bind(str(path))
        listener.listen(backlog)
    except OSError:
        listener.close()
        raise
    return listener


def requests_answered(metrics_dir) -> float:
    """Requests the service has answered since it started, health checks left out."""
    if not os.path.isdir(metrics_dir):
        return 0.0
    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry, path=str(metrics_dir))
    return sum(
        sample.value
        for metric in registry.collect()
        if metric.name == "dashfleet_http_requests"
        for sample in metric.samples
        if sample.name.endswith("_total") and sample.labels.get("kind") != "health"
    )
