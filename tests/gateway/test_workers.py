"""The registry's `workers` and `threads` reach gunicorn in process mode: a light dashboard runs
as one gthread worker (one process, several requests at once)."""

import concurrent.futures

import requests

from dashfleet.registry import load
from dashfleet.tool.local import Fleet, free_port
from tests.helpers import copy_project


def children(pid: int) -> list[int]:
    with open(f"/proc/{pid}/task/{pid}/children") as f:
        return [int(c) for c in f.read().split()]


def test_one_threaded_worker_from_the_registry(tmp_path):
    project = copy_project(tmp_path / "project")
    registry_file = project / "dashboards.toml"
    text = registry_file.read_text()
    marker = "[dashboards.simple]\n"
    registry_file.write_text(text.replace(marker, marker + "workers = 1\nthreads = 4\n"))
    run_dir = tmp_path / "run"
    with Fleet(load(registry_file), port=free_port(), run_dir=run_dir, log_dir=run_dir / "logs") as fleet:
        url = f"{fleet.url}/simple/_dash-layout"
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            statuses = list(pool.map(lambda _: requests.get(url, timeout=10).status_code, range(32)))
        assert statuses == [200] * 32
        assert len(children(fleet.pid("simple"))) == 1  # one worker process...
        assert len(children(fleet.pid("population"))) == 2  # ...where the others keep the default
        log = (run_dir / "logs" / "simple.log").read_text()
        assert "Using worker: gthread" in log  # ...with threads
