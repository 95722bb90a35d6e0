"""Is each dashboard up? Asked of its health endpoint through the gateway, cached for a few seconds.

The checks run in parallel with a short timeout, so one hung dashboard costs the page at most
`timeout` once per `ttl`, however many dashboards there are.
"""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

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

    def statuses(self) -> dict[str, str]:
        """{dashboard name: "up" | "down" | "unknown"}, at most `ttl` seconds old."""
        if not self.gateway_url:
            return {d.name: UNKNOWN for d in self.dashboards}
        with self._lock:
            if time.monotonic() - self._checked_at >= self.ttl:
                with ThreadPoolExecutor(max_workers=min(8, len(self.dashboards) or 1)) as pool:
                    results = pool.map(self._check, self.dashboards)
                    self._statuses = dict(zip((d.name for d in self.dashboards), results, strict=True))
                self._checked_at = time.monotonic()
            return dict(self._statuses)

    def _check(self, dashboard: Service) -> str:
        url = f"{self.gateway_url}{dashboard.prefix}health"
        try:
            with urllib.request.urlopen(url, timeout=self.timeout) as resp:
                return UP if resp.status == 200 else DOWN
        except (urllib.error.URLError, OSError):
            return DOWN
