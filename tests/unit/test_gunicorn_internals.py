"""The guard around dashfleet's one reach into gunicorn's internals (dashfleet/gunicorn_internals.py):
the drain before stopping runs on the tested versions only, is off with one log line outside them,
and never crashes a service. The drain itself with real gunicorn: tests/gateway/test_drain.py."""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import textwrap

import pytest

from dashfleet import gunicorn_internals as guard


def test_the_installed_gunicorn_is_in_the_tested_range():
    # A lock bump past the range fails here first: run tests/gateway/test_drain.py on the new
    # version, then widen TESTED.
    assert guard.within(guard.installed_version()), (guard.installed_version(), guard.TESTED)
    assert guard.DRAIN is True


@pytest.mark.parametrize(
    ("version", "inside"),
    [
        (guard.TESTED[0], True),
        ("27.0.1", True),
        (guard.TESTED[1], False),
        ("22.0.0", False),
        ("99", False),
        ("not a version", False),
        (None, False),
    ],
)
def test_within_the_range_or_not(version, inside):
    assert guard.within(version) is inside


def test_outside_the_range_the_drain_is_off_in_one_log_line(caplog):
    with caplog.at_level(logging.WARNING, logger="dashfleet"):
        assert guard.check("99.0") is False
    (line,) = caplog.messages
    assert "gunicorn 99.0 is outside the tested range" in line and "drain before stopping is off" in line
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="dashfleet"):
        assert guard.check(guard.installed_version()) is True
    assert caplog.messages == []


def test_a_disabled_drain_leaves_sigterm_to_gunicorn():
    before = signal.getsignal(signal.SIGTERM)
    assert guard.drain_before_stopping(object(), 5, enabled=False) is False
    assert signal.getsignal(signal.SIGTERM) is before


# In a process of its own (signals): a stand-in for gunicorn's master handler that records the
# stop, the drain in front of it, then one SIGTERM.
DRAINING = textwrap.dedent(
    """
    import logging, os, signal, sys, time
    from dashfleet import gunicorn_internals as guard

    stops = []
    signal.signal(signal.SIGTERM, lambda signum, frame: stops.append(time.monotonic()))
    class Arbiter:
        log = logging.getLogger("arbiter")
    logging.basicConfig(level=logging.INFO, stream=sys.stdout, format="%(message)s")
    enabled = sys.argv[1] == "on"
    print("drain", guard.drain_before_stopping(Arbiter(), 0.5, enabled=enabled), flush=True)
    sent = time.monotonic()
    os.kill(os.getpid(), signal.SIGTERM)
    deadline = time.monotonic() + 10
    while not stops and time.monotonic() < deadline:
        time.sleep(0.02)
    print("stopped after", round(stops[0] - sent, 2) if stops else None, "times", len(stops), flush=True)
    """
)


@pytest.mark.parametrize("state", ["on", "off"])
def test_the_first_sigterm_waits_the_drain_then_reaches_gunicorns_handler_once(state):
    done = subprocess.run([sys.executable, "-c", DRAINING, state], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"drain {state == 'on'}"
    stopped = lines[-1].split()
    assert stopped[-1] == "1", done.stdout  # gunicorn's handler got SIGTERM exactly once
    if state == "on":
        assert "SIGTERM: serving 0.5s more" in done.stdout
        assert 0.45 <= float(stopped[2]) < 5, done.stdout
    else:
        assert float(stopped[2]) < 0.45, done.stdout
