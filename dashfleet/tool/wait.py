"""Readiness waits: poll a condition until it holds or a deadline passes (never a bare sleep)."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Callable


class WaitTimeout(TimeoutError):
    pass


def until(condition: Callable[[], object], timeout: float, poll: float = 0.05, what: str = "") -> object:
    """Return condition()'s first truthy value; raise WaitTimeout after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise WaitTimeout(f"gave up after {timeout:g}s waiting for {what or condition}")
        time.sleep(poll)


def http_status(url: str, timeout: float = 1.0) -> int | None:
    """The HTTP status of GET url, or None when nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except (urllib.error.URLError, OSError):
        return None


def http_ok(url: str, timeout: float = 1.0) -> bool:
    return http_status(url, timeout) == 200
