"""Small helpers the test tiers share."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# A third dashboard, as a person would append it to dashboards.toml.
SALES_ENTRY = """
[dashboards.sales]
title = "Sales"
description = "Sales by region"
prefix = "/sales/"
service = "dash_sales"
app = "dash_sales:create_app"
"""


def unavailable(message: str):
    """A tier's tool is missing: skip with the reason on a laptop, fail in CI (never skip silently)."""
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@contextlib.contextmanager
def dashfleet_run(
    port: int,
    log: Path,
    *,
    cwd: Path = ROOT,
    env: dict[str, str] | None = None,
    ready: str = "dashfleet is up",
    timeout: float = 60,
):
    """`python -m dashfleet run --port PORT` in `cwd`, output to `log`; yields the process once
    `ready` appears in the log (what a person sees), and stops it by its PID afterwards."""
    from dashfleet import wait

    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "dashfleet", "run", "--port", str(port)],
            cwd=cwd,
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
        )
    try:
        wait.until(lambda: proc.poll() is not None or ready in log.read_text(), timeout, what=ready)
        assert proc.poll() is None, log.read_text()
        yield proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=40)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
