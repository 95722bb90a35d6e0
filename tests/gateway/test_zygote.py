"""Process mode forks every service from one process that imported Dash once (the zygote), so
the services share those pages instead of each holding its own copy; DASHFLEET_ZYGOTE=0 starts
each as its own interpreter. Exits, restarts and stops work as for any process."""

import os
import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import requests

from dashfleet.registry import load
from dashfleet.tool import wait
from dashfleet.tool.local import Fleet, free_port
from tests.helpers import ROOT, alive, copy_project, dashfleet_run, descendants, parent_of


def memory_kb(pid: int, field: str) -> int:
    text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    return int(re.search(rf"^{field}:\s+(\d+) kB", text, re.M).group(1))


def test_services_are_forked_from_the_zygote_and_share_its_pages(fleet, registry):
    zygote = fleet.zygote_pid
    assert zygote and "dashfleet.tool.zygote" in Path(f"/proc/{zygote}/cmdline").read_text()
    for svc in registry.services:
        assert parent_of(fleet.pid(svc.name)) == zygote, svc.name
    # What the zygote imported is mapped in every service too: its proportional share is a
    # fraction of what it holds (alone it would be all of it).
    assert memory_kb(zygote, "Pss") < 0.5 * memory_kb(zygote, "Rss")


def maps(pid: int) -> str:
    return Path(f"/proc/{pid}/maps").read_text()


def test_the_registry_s_shared_imports_are_imported_once_in_the_zygote(fleet, tmp_path, capfd):
    assert "/pandas/_libs/" not in maps(fleet.zygote_pid)  # not by default
    project = copy_project(tmp_path / "project")
    registry_file = project / "dashboards.toml"
    registry_file.write_text(
        registry_file.read_text().replace(
            "[site]\n", '[site]\nshared_imports = ["pandas", "no_such_module"]\n'
        )
    )
    with Fleet(load(registry_file), port=free_port(), run_dir=tmp_path / "run") as shared:
        assert "/pandas/_libs/" in maps(shared.zygote_pid)  # pandas' extension modules, mapped once...
        assert "/pandas/_libs/" in maps(shared.pid("population"))  # ...and inherited by every service
        assert requests.get(f"{shared.url}/population/", timeout=10).status_code == 200
    # A name that does not import is said in one line; the fleet starts all the same.
    assert "shared_imports: cannot import 'no_such_module'" in capfd.readouterr().err


def test_a_service_killed_is_seen_exited_and_starts_again(tmp_path):
    registry = load(ROOT / "dashboards.toml")
    with Fleet(registry, port=free_port(), run_dir=tmp_path / "run") as fleet:
        first = fleet.pid("simple")
        os.kill(first, signal.SIGKILL)
        assert wait.until(lambda: fleet.exited().get("simple"), 10, what="the exit") == -signal.SIGKILL
        fleet.respawn("simple")
        fleet._wait_healthy("simple")
        assert fleet.pid("simple") != first and parent_of(fleet.pid("simple")) == fleet.zygote_pid
        assert requests.get(f"{fleet.url}/simple/", timeout=10).status_code == 200


def test_without_the_zygote_each_service_is_its_own_interpreter(tmp_path):
    registry = load(ROOT / "dashboards.toml")
    env = {"DASHFLEET_ZYGOTE": "0"}
    with Fleet(registry, port=free_port(), run_dir=tmp_path / "run", env=env) as fleet:
        assert fleet.zygote_pid is None
        assert parent_of(fleet.pid("population")) == os.getpid()
        assert requests.get(f"{fleet.url}/population/", timeout=10).status_code == 200


def test_services_stop_when_the_fleet_process_is_killed(tmp_path):
    """SIGKILL leaves the Fleet no time to stop anything: the zygote sees its control socket close
    and stops the services, so none is left holding a port."""
    script = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from dashfleet.registry import load
        from dashfleet.tool.local import Fleet, free_port
        fleet = Fleet(load(Path({str(ROOT / "dashboards.toml")!r})), port=free_port(),
                      run_dir=Path({str(tmp_path / "run")!r}),
                      log_dir=Path({str(tmp_path / "logs")!r})).start()
        fleet.stop_gateway()  # first: nginx is no child of the zygote, and nothing else would stop it
        print(fleet.zygote_pid, *(fleet.pid(s.name) for s in fleet.registry.services), flush=True)
        time.sleep(120)
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        pids = [int(p) for p in proc.stdout.readline().split()]
        services = load(ROOT / "dashboards.toml").services
        assert len(pids) == 1 + len(services) and all(alive(p) for p in pids)
    finally:
        proc.kill()
        proc.wait(timeout=10)
        proc.stdout.close()
    wait.until(lambda: not any(alive(p) for p in pids), 30, what="the zygote and its services to stop")


def zygotes(run_pid: int) -> list[int]:
    return [
        pid
        for pid in descendants(run_pid)
        if alive(pid) and b"dashfleet.tool.zygote" in Path(f"/proc/{pid}/cmdline").read_bytes()
    ]


def test_make_run_recovers_when_the_zygote_itself_is_killed(tmp_path):
    """The services lose their parent and the exit codes with it: the supervisor counts them as
    exited, clears what is left of them, and a new zygote forks them again."""
    port = free_port()
    log = tmp_path / "run.log"
    with dashfleet_run(port, log) as proc:
        (zygote,) = zygotes(proc.pid)
        services = [int(p) for p in Path(f"/proc/{zygote}/task/{zygote}/children").read_text().split()]
        os.kill(zygote, signal.SIGKILL)
        wait.until(lambda: "population exited (-9)" in log.read_text(), 10, what="the exits seen")

        def forked_again():
            new = [z for z in zygotes(proc.pid) if z != zygote]
            children = new and Path(f"/proc/{new[0]}/task/{new[0]}/children").read_text().split()
            return children and len(children) == len(services)

        wait.until(forked_again, 60, poll=0.2, what="a new zygote with every service")
        for path in ("/", "/simple/", "/population/"):
            url = f"http://127.0.0.1:{port}{path}"
            wait.until(lambda u=url: wait.http_status(u) == 200, 60, poll=0.2, what=f"{path} serving again")
        assert not any(alive(p) for p in [zygote, *services])  # no orphan left serving
