"""Is each dashboard up? Asked of its health endpoint through the gateway, in the background.

Stale-while-revalidate: a page never waits for the checks. It shows the latest results and, when
they are older than `ttl`, starts a refresh that runs in parallel threads. So a slow or hung
dashboard, or a slow DNS lookup (a socket timeout does not bound one), never slows the landing
page, however many dashboards there are. Only the very first page waits, at most `first_wait`;
what has not answered by then shows as down until it does.
"""

from __future__ import annotations

import os
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import wait as wait_for_futures

from dashfleet.registry import Service

UP, DOWN, UNKNOWN = "up", "down", "unknown"


class StatusChecker:
    def __init__(
        self, dashboards, *, gateway_url: str, ttl: float = 3, timeout: float = 7, first_wait: float = 1
    ):
        self.dashboards: tuple[Service, ...] = tuple(dashboards)
        self.gateway_url = gateway_url.rstrip("/")
        self.ttl = ttl
        self.timeout = timeout  # per check: above nginx's 5 s DNS resend, so a lost query is no "down"
        self.first_wait = first_wait
        self._lock = threading.Lock()
        self._statuses: dict[str, str] = {}
        self._refreshed_at = float("-inf")
        self._in_flight: list = []
        self._pool: ThreadPoolExecutor | None = None
        self._pool_pid = 0

    def statuses(self) -> dict[str, str]:
        """{dashboard name: "up" | "down" | "unknown"}, refreshed in the background every `ttl`."""
        if not self.gateway_url:
            return {d.name: UNKNOWN for d in self.dashboards}
        with self._lock:
            first = self._refreshed_at == float("-inf")  # no refresh has ever started
            if time.monotonic() - self._refreshed_at >= self.ttl and not self._refreshing():
                self._refreshed_at = time.monotonic()
                self._in_flight = [self._executor().submit(self._check, d) for d in self.dashboards]
            in_flight = list(self._in_flight)
        if first:
            wait_for_futures(in_flight, timeout=self.first_wait)
        with self._lock:
            return {d.name: self._statuses.get(d.name, DOWN) for d in self.dashboards}

    def _refreshing(self) -> bool:
        return any(not f.done() for f in self._in_flight)

    def _executor(self) -> ThreadPoolExecutor:
        # One pool per process: gunicorn forks workers after loading the app, and a pool made
        # before the fork would have no threads in the workers.
        if self._pool is None or self._pool_pid != os.getpid():
            self._pool = ThreadPoolExecutor(max_workers=min(16, len(self.dashboards) or 1))
            self._pool_pid = os.getpid()
        return self._pool

    def _check(self, dashboard: Service) -> None:
        url = f"{self.gateway_url}{dashboard.prefix}health"
        try:
            with urllib.request.urlopen(url, timeout=self.timeout) as resp:
                status = UP if resp.status == 200 else DOWN
        except (urllib.error.URLError, OSError):
            status = DOWN
        with self._lock:
            self._statuses[dashboard.name] = status
