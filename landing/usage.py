"""Which dashboards are used most: the order of the landing page's cards.

`order(names) -> names` is the whole interface. Until the fleet keeps usage of its own, "use" is a
dashboard's page views since its service started (`dashfleet_http_requests_total{kind="page"}`
with a 2xx status, dashfleet/metrics.py), read from its metrics through the gateway's internal port
(`/_dashfleet/metrics/<name>`, beside the health checks of landing/status.py). With replicas, a
read reaches one of them, and a restart starts its count again: an approximate order, never a
wrong page.

A page never waits for the counts: it orders by the latest ones, and when they are older than
`ttl` one process of the landing service (a claim in a record every worker shares) reads them
again in the background for all. Until the first counts arrive, and between dashboards with the
same count, the registry's order stands. Without the gateway's port (the test client, `make dev`)
the registry's order is the order.
"""

from __future__ import annotations

import logging
import os
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol

from prometheus_client.parser import text_string_to_metric_families

from dashfleet.registry import Service
from landing.status import SharedRecord, asleep

log = logging.getLogger("dashfleet")

Counts = dict[str, float]


class Usage(Protocol):
    def order(self, names: Sequence[str]) -> list[str]:
        """`names` (in registry order), the most used first."""
        ...


class RegistryOrder:
    """No usage to go by: the registry's order."""

    def order(self, names: Sequence[str]) -> list[str]:
        return list(names)


def by_use(names: Sequence[str], counts: Counts) -> list[str]:
    """Most used first; a stable sort, so equal counts keep the order of `names`."""
    return sorted(names, key=lambda name: -counts.get(name, 0))


class CountedUsage:
    """Orders by the counts `count()` returns ({name: count}; a name it leaves out keeps its last
    count), read again in the background every `ttl` seconds by one process for all."""

    def __init__(self, count: Callable[[], Counts], ttl: float = 60):
        self.count = count
        self.ttl = ttl
        self.shared = SharedRecord()  # made before gunicorn forks: every worker reads the same counts
        self._reset()
        os.register_at_fork(after_in_child=self._reset)

    def _reset(self) -> None:
        # The record's locks are per process: this keeps a page's read from meeting this
        # process's own refresh halfway through its write.
        self._lock = threading.Lock()

    def counts(self) -> Counts:
        with self._lock:
            record = self.shared.read() or {}
            mine = self.shared.claim("claimed", self.ttl)
        if mine:
            threading.Thread(target=self._refresh, name="dashfleet-usage", daemon=True).start()
        return record.get("counts", {})

    def order(self, names: Sequence[str]) -> list[str]:
        return by_use(names, self.counts())

    def _refresh(self) -> None:
        try:
            fresh = self.count()
        except Exception:  # a page must keep its order, whatever a source does
            log.exception("usage: could not read the counts; the last ones stay")
            return
        with self._lock:
            last = (self.shared.read() or {}).get("counts", {})
            self.shared.update(counts={**last, **fresh})


def page_views(exposition: str, service: str) -> float:
    """Pages `service` answered with a 2xx, from its Prometheus exposition."""
    total = 0.0
    for family in text_string_to_metric_families(exposition):
        for sample in family.samples:
            labels = sample.labels
            if (
                sample.name == "dashfleet_http_requests_total"
                and labels.get("service") == service
                and labels.get("kind") == "page"
                and labels.get("status", "").startswith("2")
            ):
                total += sample.value
    return total


class GatewayCounts:
    """Each dashboard's page views, from its metrics through the gateway's internal port."""

    def __init__(
        self,
        dashboards: Iterable[Service],
        status_url: str,
        *,
        timeout: float = 3,
        asleep_file: str | None = None,
    ):
        self.dashboards = tuple(dashboards)
        self.status_url = status_url.rstrip("/")
        self.timeout = timeout
        self.asleep_file = asleep_file

    def __call__(self) -> Counts:
        # An on-demand dashboard asleep now is not asked (that would wake it): it keeps its count.
        sleeping = asleep(self.asleep_file)
        due = [d.name for d in self.dashboards if not (d.idle_timeout and d.name in sleeping)]
        if not due:
            return {}
        with ThreadPoolExecutor(max_workers=min(4, len(due))) as pool:
            found = dict(zip(due, pool.map(self.views, due), strict=True))
        return {name: views for name, views in found.items() if views is not None}

    def views(self, name: str) -> float | None:
        """Page views of dashboard `name`; None when its metrics cannot be read now."""
        url = f"{self.status_url}/_dashfleet/metrics/{name}"
        try:
            with urllib.request.urlopen(url, timeout=self.timeout) as resp:
                return page_views(resp.read(1 << 22).decode("utf-8", "replace"), name)
        except (urllib.error.URLError, OSError, ValueError):
            return None


def from_config(dashboards: Iterable[Service], status_url: str, ttl: float, asleep_file: str | None) -> Usage:
    """Counted through the gateway when the landing knows its internal port; else registry order."""
    if not status_url:
        return RegistryOrder()
    return CountedUsage(GatewayCounts(dashboards, status_url, asleep_file=asleep_file), ttl=ttl)
