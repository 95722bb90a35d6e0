"""The one piece of dashfleet that leans on gunicorn beyond its documented settings and hooks, kept
here with the versions it was tested on: the drain before stopping.

gunicorn documents SIGTERM as a graceful stop and `when_ready` as a master hook, not how its master
handles the signal. The drain relies on the master having installed its own SIGTERM handler (one
that queues a graceful stop) by the time `when_ready` runs, and takes that handler's place through
Python's `signal` module: the first SIGTERM starts a countdown, and the handler gunicorn installed
gets the signal when it ends (or at a second SIGTERM). Outside the tested range the drain is off,
said in one line when this module is imported: SIGTERM then stops at once, as gunicorn always does.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from importlib.metadata import PackageNotFoundError, version

from packaging.version import InvalidVersion, Version

LIBRARY = "gunicorn"
TESTED = ("23.0", "28")  # lowest tested, first untested: tests/gateway/test_drain.py ran on these
log = logging.getLogger("dashfleet")


def within(installed: str | None, tested: tuple[str, str] = TESTED) -> bool:
    """Whether `installed` (a version string) is in [tested[0], tested[1])."""
    try:
        return installed is not None and Version(tested[0]) <= Version(installed) < Version(tested[1])
    except InvalidVersion:
        return False


def installed_version() -> str | None:
    try:
        return version(LIBRARY)
    except PackageNotFoundError:
        return None


def check(installed: str | None) -> bool:
    """True when the drain may run on `installed`; otherwise says so, in one line, and is False."""
    if within(installed):
        return True
    log.warning(
        "dashfleet: %s %s is outside the tested range >=%s,<%s: the drain before stopping is off "
        "(SIGTERM stops at once); test it and widen TESTED in dashfleet/gunicorn_internals.py",
        LIBRARY,
        installed or "(not installed)",
        *TESTED,
    )
    return False


DRAIN = check(installed_version())


def drain_before_stopping(arbiter, seconds: float, enabled: bool | None = None) -> bool:
    """From gunicorn's `when_ready` (the master, its main thread): the first SIGTERM starts a
    countdown of `seconds` instead of the stop; workers keep serving meanwhile. Returns whether
    the drain is in place."""
    if not (DRAIN if enabled is None else enabled):
        return False
    stop = signal.getsignal(signal.SIGTERM)
    if not callable(stop):  # not gunicorn's handler as tested: leave its stop alone
        log.warning("dashfleet: gunicorn's SIGTERM handler is not in place: the drain is off")
        return False
    draining = threading.Event()

    def handle_term(signum, frame):
        if draining.is_set():
            return stop(signum, frame)
        draining.set()
        arbiter.log.info("SIGTERM: serving %gs more while the gateway forgets this replica", seconds)

        def then_stop():
            time.sleep(seconds)
            os.kill(os.getpid(), signal.SIGTERM)  # back to handle_term, which now stops

        threading.Thread(target=then_stop, daemon=True).start()
        return None

    signal.signal(signal.SIGTERM, handle_term)
    return True
