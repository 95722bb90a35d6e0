"""`make run`'s own command, as a person uses it: it starts everything, and a signal stops
everything it started; without nginx it says so in one line and still serves the site."""

import contextlib
import os
import signal
import subprocess
import tempfile
import threading
from pathlib import Path

import pytest
import requests

from dashfleet.tool import wait
from dashfleet.tool.local import free_port
from tests.helpers import alive, dashfleet_run, descendants, parent_of

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_run_serves_the_site_and_a_signal_stops_every_process(tmp_path, sig):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = tmp_path / "run.log"
    with dashfleet_run(port, log) as proc:
        assert f"dashfleet is up: {url}/" in log.read_text()
        assert wait.http_status(url + "/population/") == 200
        started = descendants(proc.pid)
        assert len(started) >= 4 * 2  # nginx + 3 gunicorn masters, each with workers

        proc.send_signal(sig)
        proc.wait(timeout=40)

        assert proc.returncode == 128 + sig
        assert [pid for pid in started if alive(pid)] == []
        assert wait.http_status(url + "/") is None


def test_without_nginx_run_says_so_in_one_line_and_serves_from_one_process(single_site):
    lines = [ln for ln in single_site.log.read_text().splitlines() if "nginx is not installed" in ln]
    assert len(lines) == 1
    assert "apt-get install nginx" in lines[0]
    assert single_site.get("/population/").status_code == 200


def service_pid(run: subprocess.Popen, name: str) -> int:
    """The gunicorn master of `name` (gunicorn titles it "gunicorn: master [dashfleet-NAME]"),
    forked by the zygote that `dashfleet run` started."""
    for pid in descendants(run.pid):
        with contextlib.suppress(FileNotFoundError):
            if f"master [dashfleet-{name}]".encode() in Path(f"/proc/{pid}/cmdline").read_bytes():
                return pid
    raise LookupError(name)


def dashfleet_dirs() -> set[str]:
    """Folders dashfleet may make outside the project: run folders, and metrics folders (gunicorn's
    own, when nobody gives it one)."""
    places = [Path(tempfile.gettempdir()).glob("dashfleet-*"), Path("/dev/shm").glob("dashfleet-*")]
    return {str(p) for found in places for p in found}


def test_a_killed_dashboard_is_restarted_and_serves_again(tmp_path):
    port = free_port()
    log = tmp_path / "run.log"
    with dashfleet_run(port, log) as proc:
        url = f"http://127.0.0.1:{port}/population/"
        killed = service_pid(proc, "population")
        os.kill(killed, signal.SIGKILL)
        wait.until(
            lambda: "population exited (-9); restarting in 0.5s" in log.read_text(), 10, what="restart"
        )

        def restarted():
            with contextlib.suppress(LookupError):
                return service_pid(proc, "population") != killed
            return False

        # A new master (the old one's orphaned workers are cleared before it starts: they held
        # the port, and went on serving), then the dashboard through the gateway.
        wait.until(restarted, 30, poll=0.2, what="a new population master")
        wait.until(lambda: wait.http_status(url) == 200, 60, poll=0.2, what="population serving again")
        assert not alive(killed)
        assert log.read_text().count("population exited") == 1  # logged once per restart
        assert wait.http_status(f"http://127.0.0.1:{port}/") == 200


def test_if_the_gateway_dies_everything_stops(tmp_path):
    port = free_port()
    log = tmp_path / "run.log"
    with dashfleet_run(port, log) as proc:
        started = descendants(proc.pid)
        nginx = next(  # the master: a direct child (its workers' comm is "nginx" too)
            p
            for p in started
            if Path(f"/proc/{p}/comm").read_text().strip() == "nginx" and parent_of(p) == proc.pid
        )
        os.kill(nginx, signal.SIGKILL)
        proc.wait(timeout=60)
        assert "the gateway exited (-9); stopping" in log.read_text()
        assert [pid for pid in started if alive(pid)] == []


@pytest.mark.parametrize("second", [None, signal.SIGINT], ids=["sigterm", "sigterm-then-sigint"])
def test_a_stop_under_heavy_load_stops_every_process_and_leaves_nothing(tmp_path, second):
    before = dashfleet_dirs()
    port = free_port()
    log = tmp_path / "run.log"
    stop = threading.Event()

    def hammer():
        with requests.Session() as session:
            while not stop.is_set():
                with contextlib.suppress(requests.RequestException):
                    session.get(f"http://127.0.0.1:{port}/population/_dash-layout", timeout=5)

    with dashfleet_run(port, log) as proc:
        started = descendants(proc.pid)
        threads = [threading.Thread(target=hammer) for _ in range(8)]
        for thread in threads:
            thread.start()
        try:
            wait.until(lambda: log.read_text().count("_dash-layout") > 200, 30, what="heavy load")
            proc.send_signal(signal.SIGTERM)
            if second:
                proc.send_signal(second)  # a second signal right after the first
            proc.wait(timeout=60)
        finally:
            stop.set()
            for thread in threads:
                thread.join(timeout=10)
        assert "dashfleet: stopping" in log.read_text()
        assert [pid for pid in started if alive(pid)] == []
    assert dashfleet_dirs() - before == set()  # its run folder is gone too
