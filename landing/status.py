"""Is each dashboard up? Asked of its health endpoint through the gateway, cached for a few seconds.

The checks run in parallel and the whole refresh is bounded by wall time (a socket timeout does not
bound a DNS lookup that hangs), so a hung dashboard or resolver costs the page at most `timeout`
once per `ttl`, however many dashboards there are; what has not answered by then counts as down.
"""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import wait as wait_for_futures

from dashfleet.registry import Service

UP, DOWN, UNKNOWN = "up", "down", "unknown"


class StatusChecker:
    def __init__(self, dashboards, *, gateway_url: str, ttl: float = 3, timeout: float = 1):
        self.dashboards: tuple[Service, ...] = tuple(dashboards)
        self.gateway_url = gateway_url.rstrip("/")
        self.ttl = ttl
        self.timeout = timeout
        self._lock = threading.Lock()
        self._checked_at = float("-inf")
        self._statuses: dict[str, str] = {}
        # Long-lived: a check stuck past the deadline keeps its thread, not the request's.
        self._pool = ThreadPoolExecutor(max_workers=min(16, 2 * len(self.dashboards) or 1))

    def statuses(self) -> dict[str, str]:
        """{dashboard name: "up" | "down" | "unknown"}, at most `ttl` seconds old."""
        if not self.gateway_url:
            return {d.name: UNKNOWN for d in self.dashboards}
        with self._lock:
            if time.monotonic() - self._checked_at >= self.ttl:
                futures = {d.name: self._pool.submit(self._check, d) for d in self.dashboards}
                wait_for_futures(futures.values(), timeout=self.timeout + 0.1)
                self._statuses = {
                    name: future.result() if future.done() else DOWN for name, future in futures.items()
                }
                self._checked_at = time.monotonic()
            return dict(self._statuses)

    def _check(self, dashboard: Service) -> str:
        url = f"{self.gateway_url}{dashboard.prefix}health"
        try:
            with urllib.request.urlopen(url, timeout=self.timeout) as resp:
                return UP if resp.status == 200 else DOWN
        except (urllib.error.URLError, OSError):
            return DOWN
