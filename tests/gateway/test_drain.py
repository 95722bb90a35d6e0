"""A replica asked to stop on a cluster keeps serving for GUNICORN_DRAIN_SECONDS first (the
gateway may still hold its address in its DNS cache), then stops gracefully."""

import signal
import subprocess

from dashfleet.registry import load
from dashfleet.tool import wait
from dashfleet.tool.local import Fleet, free_port
from tests.helpers import ROOT


def test_sigterm_drains_then_stops(tmp_path):
    registry = load(ROOT / "dashboards.toml")
    fleet = Fleet(registry, port=free_port(), run_dir=tmp_path, env={"GUNICORN_DRAIN_SECONDS": "3"})
    simple = registry.dashboard("simple")
    sock = fleet.socket_path("simple")
    with open(tmp_path / "simple.log", "wb") as log:
        proc = subprocess.Popen(
            fleet.service_argv(simple), env=fleet.service_env(simple), stdout=log, stderr=log
        )
    try:
        wait.until(lambda: wait.unix_ok(sock, "/simple/health"), 60, what="simple up")
        proc.send_signal(signal.SIGTERM)
        wait.until(
            lambda: "serving 3s more" in (tmp_path / "simple.log").read_text(), 10, what="drain starts"
        )
        assert proc.poll() is None and wait.unix_ok(sock, "/simple/health")  # new connections too
        assert proc.wait(timeout=30) == 0  # then a graceful stop
        assert wait.unix_status(sock, "/simple/health") is None
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
