"""Prometheus metrics of one service, from every gunicorn worker: `GET /metrics` on the service's
own address (the gateway refuses that path, so only a scraper on the internal network reads it).

prometheus_client's multiprocess mode: each worker writes its values to files in
$PROMETHEUS_MULTIPROC_DIR (`make run` gives each service one in its run folder; otherwise
gunicorn_conf makes one and removes it at exit; dead workers' live gauges are dropped), and
/metrics sums them, whichever worker answers.

  dashfleet_http_requests_total{service, kind, status}     kind: page, callback, layout,
                                                           dependencies, asset, health, other
  dashfleet_http_requests_in_flight{service}
  dashfleet_callback_duration_seconds{service}             histogram of _dash-update-component
  dashfleet_callback_errors_total{service}                 callbacks answered with a 5xx
  dashfleet_worker_memory_restarts_total{service}          workers replaced for going over their
                                                           share of the registry's memory
"""

from __future__ import annotations

import os
import time

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)

PATH = "/metrics"
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
# Dash callbacks: most answer in milliseconds; the gateway gives up at 60 s.
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)

REQUESTS = Counter("dashfleet_http_requests", "HTTP requests answered", ["service", "kind", "status"])
IN_FLIGHT = Gauge(
    "dashfleet_http_requests_in_flight", "Requests being answered", ["service"], multiprocess_mode="livesum"
)
CALLBACK_SECONDS = Histogram(
    "dashfleet_callback_duration_seconds", "Dash callback latency", ["service"], buckets=BUCKETS
)
CALLBACK_ERRORS = Counter("dashfleet_callback_errors", "Dash callbacks answered with a 5xx", ["service"])
MEMORY_RESTARTS = Counter(
    "dashfleet_worker_memory_restarts",
    "Workers replaced after a request for going over their share of the memory limit",
    ["service"],
)


def kind_of(path: str) -> str:
    """A small, fixed set of labels (never the path itself: that would be unbounded)."""
    if path.endswith("/_dash-update-component"):
        return "callback"
    if path.endswith("/_dash-layout"):
        return "layout"
    if path.endswith("/_dash-dependencies"):
        return "dependencies"
    if "/_dash-component-suites/" in path or "/assets/" in path or path.endswith("/_favicon.ico"):
        return "asset"
    if path.endswith("/health"):
        return "health"
    if path.endswith("/") or "." not in path.rsplit("/", 1)[-1]:
        return "page"
    return "other"


def exposition() -> bytes:
    if os.environ.get(MULTIPROC_ENV):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry)
    return generate_latest()  # one process (dashfleet's one-process mode, tests)


class Instrumented:
    """WSGI middleware: counts and times every request; answers /metrics itself."""

    def __init__(self, app, service: str):
        self.app, self.service = app, service

    def __getattr__(self, name):  # the wrapped Flask app's attributes (tests, tools)
        return getattr(self.app, name)

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        if path == PATH:
            body = exposition()
            start_response(
                "200 OK", [("Content-Type", CONTENT_TYPE_LATEST), ("Content-Length", str(len(body)))]
            )
            return [body]
        kind, status = kind_of(path), ["500"]

        def recording_start_response(line, headers, exc_info=None):
            status[0] = line.split(" ", 1)[0]
            return start_response(line, headers, exc_info) if exc_info else start_response(line, headers)

        started = time.perf_counter()
        IN_FLIGHT.labels(self.service).inc()
        try:
            return self.app(environ, recording_start_response)
        finally:
            IN_FLIGHT.labels(self.service).dec()
            REQUESTS.labels(self.service, kind, status[0]).inc()
            if kind == "callback":
                CALLBACK_SECONDS.labels(self.service).observe(time.perf_counter() - started)
                if status[0].startswith("5"):
                    CALLBACK_ERRORS.labels(self.service).inc()
