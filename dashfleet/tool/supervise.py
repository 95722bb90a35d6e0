"""Process mode's `restart: unless-stopped`: restart a service that dies, after a back-off that
doubles while it keeps dying and starts afresh once it has stayed up; stop everything if the
gateway dies; leave a service that refused its configuration alone until someone fixes it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable


class Backoff:
    """Delays before each restart of one service: first, 2*first, ... up to cap; reset once the
    service has stayed up `reset_after` seconds."""

    def __init__(self, first: float = 0.5, cap: float = 30, reset_after: float = 60, clock=time.monotonic):
        self.first, self.cap, self.reset_after, self.clock = first, cap, reset_after, clock
        self._next: dict[str, float] = {}
        self._started: dict[str, float] = {}

    def started(self, name: str) -> None:
        self._started[name] = self.clock()

    def delay(self, name: str) -> float:
        """The wait before restarting `name`, which has just exited."""
        stayed_up = self.clock() - self._started.get(name, float("-inf"))
        if stayed_up >= self.reset_after:
            self._next[name] = self.first
        delay = self._next.get(name, self.first)
        self._next[name] = min(delay * 2, self.cap)
        return delay


def supervise(
    fleet, *, backoff: Backoff | None = None, sleep: Callable[[float], None] = time.sleep, log=None
):
    """Watch `fleet` until its gateway exits (returns) or the caller is interrupted."""
    log = log or (lambda text: print(f"dashfleet: {text}", file=sys.stderr, flush=True))
    backoff = backoff or Backoff()
    for name in fleet.running():
        backoff.started(name)
    due: dict[str, float] = {}
    given_up: set[str] = set()
    while True:
        sleep(0.2)
        for event in fleet.tick():  # on-demand dashboards: start on a waiting request, stop when idle
            log(event)
        for name, code in fleet.exited().items():
            if name == "gateway":
                log(f"the gateway exited ({code}); stopping")
                return
            if name in given_up:
                continue
            if fleet.is_config_error(code):
                given_up.add(name)
                log(f"{name} refused its configuration (see above); fix it and restart dashfleet")
                continue
            now = backoff.clock()
            if name not in due:
                delay = backoff.delay(name)
                due[name] = now + delay
                log(f"{name} exited ({code}); restarting in {delay:g}s")
            elif now >= due[name]:
                del due[name]
                fleet.respawn(name)
                backoff.started(name)
