"""`make run`'s own command, as a person uses it: it starts everything, and a signal stops
everything it started; without nginx it says so in one line and still serves the site."""

import signal
from pathlib import Path

import pytest

from dashfleet.tool import wait
from dashfleet.tool.local import free_port
from tests.helpers import dashfleet_run

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
