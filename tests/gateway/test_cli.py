"""`make run`'s own command, as a person uses it: it starts everything, and a signal stops
everything it started; without nginx it says so in one line and still serves the site."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from dashfleet import wait
from dashfleet.local import free_port

ROOT = Path(__file__).resolve().parents[2]


def descendants(pid: int) -> set[int]:
    found, todo = set(), [pid]
    while todo:
        current = todo.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            children = (task / "children").read_text().split() if (task / "children").exists() else []
            for child in map(int, children):
                if child not in found:
                    found.add(child)
                    todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_run_serves_the_site_and_a_signal_stops_every_process(tmp_path, sig):
    port = free_port()
    with open(tmp_path / "run.log", "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "dashfleet", "run", "--port", str(port)],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
    try:
        url = f"http://127.0.0.1:{port}"
        log = tmp_path / "run.log"
        # Ready is what a person sees: the "up" line, printed once every service answers.
        wait.until(lambda: proc.poll() is not None or "dashfleet is up" in log.read_text(), 60, what="run")
        assert proc.poll() is None, log.read_text()
        assert f"dashfleet is up: {url}/" in log.read_text()
        assert wait.http_status(url + "/population/") == 200
        started = descendants(proc.pid)
        assert len(started) >= 4 * 2  # nginx + 3 gunicorn masters, each with workers

        proc.send_signal(sig)
        proc.wait(timeout=40)

        assert proc.returncode == 128 + sig
        assert [pid for pid in started if alive(pid)] == []
        assert wait.http_status(url + "/") is None
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)


def test_without_nginx_run_says_so_in_one_line_and_serves_from_one_process(single_site):
    lines = [ln for ln in single_site.log.read_text().splitlines() if "nginx is not installed" in ln]
    assert len(lines) == 1
    assert "apt-get install nginx" in lines[0]
    assert single_site.get("/population/").status_code == 200
