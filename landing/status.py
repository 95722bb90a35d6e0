"""Is each dashboard up? Asked of its health endpoint through the gateway's internal status port
(`/_dashfleet/health/<name>`, never published), in the background.

Stale-while-revalidate: a page never waits for the checks. It shows the latest results and, when
they are older than `ttl`, asks for a refresh that runs in parallel threads. So a slow or hung
dashboard, or a slow DNS lookup (a socket timeout does not bound one), never slows the landing
page, however many dashboards there are. Only the very first page waits, at most `first_wait`;
what has not answered by then shows as down until it does.

Under gunicorn with preload (the default) the checks run once per service, not once per worker:
`watch()`, called in the master when it is ready, starts a thread there that refreshes on the
workers' demand and writes the results to a memory file the workers inherited (`SharedRecord`).
A worker reads it (a few microseconds) and never runs a check, so neither the checks' load nor
their threads' share of the interpreter grows with workers x dashboards. Without a watcher (no
preload, tests in-process) each process checks for itself, as it always did.
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import wait as wait_for_futures

from dashfleet.registry import Service

UP, DOWN, UNKNOWN, IDLE = "up", "down", "unknown", "idle"
# The watcher writes a heartbeat this often; a record whose heartbeat is older than
# WATCHER_GONE means the watcher is gone (its master was replaced): check locally instead.
BEAT = 0.1
WATCHER_GONE = 5.0
SPREAD = 2.0  # well under WATCHER_GONE: the heartbeat waits while a round is being started


class SharedRecord:
    """A small JSON document in an anonymous memory file: made before gunicorn forks, so every
    worker shares it; POSIX record locks (per process, dropped if the holder dies) keep a reader
    from seeing half a write."""

    def __init__(self):
        if hasattr(os, "memfd_create"):  # Linux: no file anywhere, even on a read-only root
            self.fd = os.memfd_create("dashfleet-status", os.MFD_CLOEXEC)
        else:  # macOS and others: a file already unlinked, gone with the last process holding it
            with tempfile.TemporaryFile() as file:
                self.fd = os.dup(file.fileno())

    def read(self) -> dict | None:
        fcntl.lockf(self.fd, fcntl.LOCK_SH)
        try:
            data = os.pread(self.fd, os.fstat(self.fd).st_size, 0)
        finally:
            fcntl.lockf(self.fd, fcntl.LOCK_UN)
        return json.loads(data) if data else None

    def update(self, **fields) -> None:
        fcntl.lockf(self.fd, fcntl.LOCK_EX)
        try:
            self._store({**self._load(), **fields})
        finally:
            fcntl.lockf(self.fd, fcntl.LOCK_UN)

    def claim(self, key: str, every: float) -> bool:
        """True for the one process that finds `key` (a time.monotonic() stamp) unset or older than
        `every` seconds, and stamps it now: the others get False until `every` has passed again."""
        fcntl.lockf(self.fd, fcntl.LOCK_EX)
        try:
            record, now = self._load(), time.monotonic()
            if now - record.get(key, float("-inf")) < every:
                return False
            self._store({**record, key: now})
            return True
        finally:
            fcntl.lockf(self.fd, fcntl.LOCK_UN)

    def _load(self) -> dict:
        size = os.fstat(self.fd).st_size
        return json.loads(os.pread(self.fd, size, 0)) if size else {}

    def _store(self, record: dict) -> None:
        data = json.dumps(record).encode()
        os.pwrite(self.fd, data, 0)
        os.ftruncate(self.fd, len(data))


class StatusChecker:
    def __init__(
        self,
        dashboards,
        *,
        status_url: str,
        ttl: float = 3,
        timeout: float = 7,
        first_wait: float = 1,
        asleep_file: str | None = None,
    ):
        self.dashboards: tuple[Service, ...] = tuple(dashboards)
        self.status_url = status_url.rstrip("/")
        self.ttl = ttl
        self.timeout = timeout  # per check: above nginx's 5 s DNS resend, so a lost query is no "down"
        self.first_wait = first_wait
        # make run's on-demand dashboards that are asleep now: shown idle, never asked (a
        # check would wake them).
        self.asleep_file = asleep_file
        self.shared = SharedRecord()
        self._reset()
        os.register_at_fork(after_in_child=self._reset)

    def _reset(self) -> None:
        """A process's own state. Also run in a forked worker: a lock the master's watcher thread
        held at the fork would stay locked there, and its pool has no threads there."""
        self._lock = threading.Lock()
        self._statuses: dict[str, str] = {}
        self._refreshed_at = float("-inf")
        self._in_flight: list = []
        self._pool: ThreadPoolExecutor | None = None
        self._stop = threading.Event()

    def statuses(self) -> dict[str, str]:
        """{dashboard name: "up" | "down" | "unknown"}, refreshed in the background every `ttl`."""
        if not self.status_url:
            return {d.name: UNKNOWN for d in self.dashboards}
        record = self.shared.read()
        if record is None or time.monotonic() - record["beat"] > WATCHER_GONE:
            return self._local_statuses()
        if time.monotonic() - record["refreshed"] >= self.ttl and record["wanted"] <= record["refreshed"]:
            self.shared.update(wanted=time.monotonic())
        if record["refreshed"] == float("-inf"):  # nothing checked yet: wait a little, bounded
            deadline = time.monotonic() + self.first_wait
            while time.monotonic() < deadline and len(record["statuses"]) < len(self.dashboards):
                time.sleep(0.02)
                record = self.shared.read()
        return {d.name: record["statuses"].get(d.name, DOWN) for d in self.dashboards}

    # -- one watcher per gunicorn service (in its master) ----------------------------------------
    def watch(self) -> None:
        """Start the thread that runs the checks for every process of this service."""
        self.shared.update(beat=time.monotonic(), refreshed=float("-inf"), wanted=float("-inf"), statuses={})
        threading.Thread(target=self._watch, name="dashfleet-status", daemon=True).start()

    def unwatch(self) -> None:
        self._stop.set()

    def _watch(self) -> None:
        while not self._stop.wait(BEAT):
            record = self.shared.read() or {}
            now = time.monotonic()
            refreshed = record.get("refreshed", float("-inf"))
            if record.get("wanted", float("-inf")) > refreshed:
                self.shared.update(beat=now, refreshed=now)
                # After the first round (a page is waiting for it), the checks are spread over
                # half a ttl (at most SPREAD): fifty at once woke fifty services and the gateway
                # together and showed in the landing page's p99 (measured with 50 dashboards).
                first = refreshed == float("-inf")
                self._refresh(publish=True, spread=0 if first else min(self.ttl / 2, SPREAD))
            else:
                self.shared.update(beat=now)

    # -- checks -----------------------------------------------------------------------------------
    def _local_statuses(self) -> dict[str, str]:
        with self._lock:
            first = self._refreshed_at == float("-inf")  # no refresh has ever started
            if time.monotonic() - self._refreshed_at >= self.ttl and not self._refreshing():
                self._refreshed_at = time.monotonic()
                self._refresh(publish=False)
            in_flight = list(self._in_flight)
        if first:
            wait_for_futures([future for _, future in in_flight], timeout=self.first_wait)
        with self._lock:
            return {d.name: self._statuses.get(d.name, DOWN) for d in self.dashboards}

    def _refresh(self, publish: bool, spread: float = 0) -> None:
        """Check every dashboard whose previous check has ended (a hung one is not asked twice),
        the checks started `spread` seconds apart in all."""
        busy = {name for name, future in self._in_flight if not future.done()}
        due = [d for d in self.dashboards if d.name not in busy]
        self._in_flight = [(name, future) for name, future in self._in_flight if name in busy]
        for i, dashboard in enumerate(due):
            if i and spread and self._stop.wait(spread / len(due)):
                return
            self._in_flight.append((dashboard.name, self._executor().submit(self._check, dashboard, publish)))

    def _refreshing(self) -> bool:
        return any(not future.done() for _, future in self._in_flight)

    def _executor(self) -> ThreadPoolExecutor:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=min(4, len(self.dashboards) or 1))
        return self._pool

    def _check(self, dashboard: Service, publish: bool) -> None:
        url = f"{self.status_url}/_dashfleet/health/{dashboard.name}"
        if dashboard.idle_timeout and dashboard.name in asleep(self.asleep_file):
            status = IDLE
        else:
            try:
                with urllib.request.urlopen(url, timeout=self.timeout) as resp:
                    status = UP if resp.status == 200 else DOWN
            except (urllib.error.URLError, OSError):
                status = DOWN
        with self._lock:
            self._statuses[dashboard.name] = status
            if publish:
                self.shared.update(statuses=dict(self._statuses))


def asleep(path: str | None) -> set[str]:
    """make run's on-demand dashboards asleep now (dashfleet/tool/on_demand.py writes the file);
    none elsewhere."""
    if not path:
        return set()
    try:
        with open(path) as file:
            return set(json.load(file))
    except (OSError, ValueError):
        return set()
