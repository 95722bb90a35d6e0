"""`make bench-fleet [N="2 20 50"] [MODES="process docker podman"] [LIGHT=1] [NO_ZYGOTE=1]`: how
the fleet's cost grows with the number of dashboards, in process mode (`make run`'s nginx + one
gunicorn per service, forked from the zygote) and on Docker Engine + Compose v2 (one container
per service; dockerd started for the run where installed but not running), or Podman, on
127.0.0.1 only. MODES defaults to "process docker".

For each N: a temporary copy of the project with N-2 scaffolded dashboards added (`dashfleet
new`: each its own data and callback), started as `make run` starts it, then measured:

  start s        from start until every service answers its health check (compose: `up --wait`,
                 after `build s` building the images)
  services MiB   PSS of every service (gunicorn master + workers; shared pages split fairly)
  zygote MiB     the process the services are forked from (make run's default), alone
  per dash MiB   the dashboards' PSS plus the zygote's, divided by the number of dashboards
  gateway MiB    nginx's PSS
  first visit kB /population/ in chromium: every response's headers and encoded body
  landing p50/99 the landing page with N cards (wrk, 5 s, 8 connections, after 1 s of warm-up)
  mixed p99      layouts of all N dashboards in turn through the gateway (wrk, 5 s)
  callbacks/s    one dashboard's callback (population) while the others idle (wrk, 5 s)

LIGHT=1 declares the scaffolded dashboards with `workers = 1, threads = 4` (the registry's levers
for a light dashboard); without it they take the default (WEB_CONCURRENCY=2 sync workers).
--no-zygote starts each service as its own interpreter (DASHFLEET_ZYGOTE=0), as before the zygote.
--idle (IDLE=1) declares the scaffolded dashboards with `idle_timeout = 600`: asleep at start (no
process, 0 MiB), and `wake ms` is d00's first page, the service started by that request (the
load that follows wakes them all).
--own K (OWN=K) declares K of the scaffolded dashboards `runtime = "own"`: each runs from an
environment of its own (uv, `.dashfleet/envs/NAME`, the scaffold's requirements plus the layer),
not from the zygote. `env build s` is the time to build one such environment with uv's cache
warm (the mean over the K), `own per dash MiB` and `shared per dash MiB` split the dashboards'
PSS between the two kinds (the zygote counted with the shared ones).
Figures are printed, never asserted.

    .venv/bin/python -m bench.fleet [--sizes 2 20 50] [--modes process docker podman]
                                    [--light] [--no-zygote] [--idle] [--own K]
"""

from __future__ import annotations

import argparse
import contextlib
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

from bench.run import callback_script, own_pss_mib, page_weight, pss_mib, wrk
from dashfleet import registry as fleet_registry
from dashfleet.tool import environments
from dashfleet.tool.local import Fleet, free_port
from tests.helpers import copy_project  # the project as git sees it, and the compressed copies

ROOT = Path(__file__).resolve().parent.parent


def add_dashboards(project: Path, count: int, light: bool, idle: bool = False, own: int = 0) -> None:
    for i in range(count):
        name = f"d{i:02d}"
        subprocess.run(
            [sys.executable, "-m", "dashfleet", "new", name, "--description", f"Scaffolded dashboard {i}."],
            cwd=project,
            capture_output=True,
            check=True,
            timeout=120,
        )
    registry = project / "dashboards.toml"
    if light:
        text = re.sub(r"(\[dashboards\.d\d\d\]\n)", r"\1workers = 1\nthreads = 4\n", registry.read_text())
        registry.write_text(text)
    if idle:
        text = re.sub(r"(\[dashboards\.d\d\d\]\n)", r"\1idle_timeout = 600\n", registry.read_text())
        registry.write_text(text)
    text = registry.read_text()
    for i in range(min(own, count)):
        text = text.replace(f"[dashboards.d{i:02d}]\n", f'[dashboards.d{i:02d}]\nruntime = "own"\n')
    registry.write_text(text)
    # The files derived from the registry (compose file, gateway config) with the edit above.
    render = [sys.executable, "-m", "dashfleet", "render"]
    subprocess.run(render, cwd=project, capture_output=True, check=True, timeout=120)


def layouts_script(tmp: Path, prefixes: list[str]) -> Path:
    script = tmp / "mixed.lua"
    paths = ", ".join(f'"{p}_dash-layout"' for p in prefixes)
    script.write_text(
        f"local paths = {{{paths}}}\nlocal i = 0\n"
        "request = function()\n  i = i % #paths + 1\n  return wrk.format('GET', paths[i])\nend\n"
    )
    return script


def steady(url: str, script: Path | None = None, connections: int = 16) -> dict:
    """wrk for 5 s after 1 s not counted: the first page after start waits (once, <= 1 s) for the
    first round of status checks, and each worker's first requests warm its caches."""
    wrk(url, 1, script, connections=connections)
    return wrk(url, 5, script, connections=connections)


def measure(size: int, light: bool, zygote: bool, idle: bool, own: int = 0) -> dict:
    with tempfile.TemporaryDirectory(prefix="dashfleet-bench-fleet-") as tmp:
        tmp = Path(tmp)
        project = copy_project(tmp / "project")
        add_dashboards(project, size - 2, light, idle, own)
        registry = fleet_registry.load(project / "dashboards.toml")
        owned = [b for b in registry.dashboards if b.runtime == "own"]
        build_s = build_environments(project, owned)
        started = time.monotonic()
        env = {"DASHFLEET_ZYGOTE": "1" if zygote else "0"}
        with Fleet(registry, port=free_port(), run_dir=tmp / "run", log_dir=tmp / "logs", env=env) as fleet:
            start_s = time.monotonic() - started
            ticking = threading.Event()
            threading.Thread(target=tick, args=(fleet, ticking), daemon=True).start()  # make run's supervisor
            try:
                time.sleep(3)  # idle a moment: memory as a quiet fleet holds it (a measurement, not a wait)
                running = set(fleet.running())  # on-demand dashboards asleep: nothing of them runs
                names = [svc.name for svc in registry.services]
                pss = {n: pss_mib(fleet.pid(n)) if n in running else 0.0 for n in names}
                shared = own_pss_mib(fleet.zygote_pid) if fleet.zygote_pid else 0.0
                row = {"N": size, "start s": start_s}
                row.update(memory(registry, pss, pss_mib(fleet.pid("gateway")), shared))
                if owned:
                    row.update(split(registry, pss, shared, build_s))
                if idle and size > 2:
                    woken = time.monotonic()
                    requests.get(f"{fleet.url}/d00/", timeout=30).raise_for_status()
                    row["wake ms"] = (time.monotonic() - woken) * 1000
                row.update(load(fleet.url, registry, tmp))
            finally:
                ticking.set()
    return row


def build_environments(project: Path, boards) -> float:
    """Seconds per environment, built one after the other (the first warms uv's cache if it is
    cold; the rest link from it): their mean, without the first when there are several."""
    times = []
    for board in boards:
        started = time.monotonic()
        requirements = project / board.service / "requirements.txt"
        environments.ensure(project, board.name, requirements, say=lambda _: None)
        times.append(time.monotonic() - started)
    warm = times[1:] or times
    return sum(warm) / len(warm) if warm else 0.0


def split(registry, pss: dict[str, float], shared: float, build_s: float) -> dict:
    own = [b.name for b in registry.dashboards if b.runtime == "own"]
    rest = [b.name for b in registry.dashboards if b.runtime != "own"]
    return {
        "own envs": float(len(own)),
        "env build s": build_s,
        "own per dash MiB": sum(pss[n] for n in own) / len(own),
        "shared per dash MiB": (sum(pss[n] for n in rest) + shared) / max(len(rest), 1),
    }


def tick(fleet, stop: threading.Event) -> None:
    while not stop.wait(0.2):
        fleet.tick()


def measure_compose(size: int, light: bool, engine: str) -> dict:
    """The same on a container engine, one replica each: Docker Engine + Compose v2 (`docker
    compose up -d --wait` until every healthcheck passes) or Podman (podman-compose). Images are
    built first, timed apart (`build s`)."""
    from tests.containers.stack import Stack, docker_daemon

    daemon = docker_daemon() if engine == "docker" else contextlib.nullcontext()
    with tempfile.TemporaryDirectory(prefix="dashfleet-bench-fleet-") as tmp, daemon:
        tmp = Path(tmp)
        project = copy_project(tmp / "project")
        add_dashboards(project, size - 2, light)
        registry = fleet_registry.load(project / "dashboards.toml")
        compose = ["docker", "compose"] if engine == "docker" else ["podman-compose"]
        stack = Stack(registry, f"benchfleet{size}", free_port(), compose, engine, root=project)
        try:
            built = time.monotonic()
            stack.compose("build", registry.landing.service, timeout=3600)  # the shared layers once
            stack.compose("build", timeout=3600)
            build_s = time.monotonic() - built
            started = time.monotonic()
            if engine == "docker":
                stack.compose("up", "-d", "--wait", timeout=1800)
            else:
                stack.compose("up", "-d", timeout=1800)
                stack.heal_engine_dns()
            stack.wait_ready()
            row = {"N": size, "start s": time.monotonic() - started, "build s": build_s}
            time.sleep(3)
            pss = {s.name: pss_mib(container_pid(stack, s.service)) for s in registry.services}
            row.update(memory(registry, pss, pss_mib(container_pid(stack, "gateway")), 0.0))
            row.update(load(stack.url, registry, tmp))
        finally:
            stack.down()
    return row


def container_pid(stack, service: str) -> int:
    """The container's first process as the host sees it (docker-init, then gunicorn or nginx)."""
    return int(stack.inspect(stack.containers(service)[0], "{{.State.Pid}}"))


def memory(registry, pss: dict[str, float], gateway: float, shared: float) -> dict:
    boards = registry.dashboards
    dashboards = sum(pss[b.name] for b in boards)
    return {
        "services MiB": sum(pss.values()) + shared,
        "zygote MiB": shared,
        "per dash MiB": (dashboards + shared) / len(boards),
        "gateway MiB": gateway,
    }


def load(url: str, registry, tmp: Path) -> dict:
    landing = steady(url + "/", connections=8)
    mixed = steady(url, layouts_script(tmp, [b.prefix for b in registry.dashboards]), connections=8)
    callbacks = steady(f"{url}/population/_dash-update-component", callback_script(tmp))
    return {
        "first visit kB": page_weight(url + "/population/")["first"] / 1000,
        "landing p50 ms": landing["p50"],
        "landing p99 ms": landing["p99"],
        "mixed p99 ms": mixed["p99"],
        "callbacks/s": callbacks["rps"],
        "errors": landing["errors"] + mixed["errors"] + callbacks["errors"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2, 20, 50])
    parser.add_argument(
        "--modes", nargs="+", choices=["process", "docker", "podman"], default=["process", "docker"]
    )
    parser.add_argument("--light", action="store_true", help="scaffolded dashboards: 1 worker x 4 threads")
    parser.add_argument("--no-zygote", action="store_true", help="each service its own interpreter")
    parser.add_argument("--idle", action="store_true", help="scaffolded dashboards start on demand")
    parser.add_argument("--own", type=int, default=0, help='K scaffolded dashboards with runtime = "own"')
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None:
        print("bench-fleet: needs wrk: sudo apt-get install wrk", file=sys.stderr)
        return 2
    kind = "1 worker x 4 threads" if args.light else "default workers (2 sync)"
    for mode in args.modes:
        if mode != "process" and not shutil.which(mode):
            print(f"\nbench-fleet: no {mode} here, skipped", file=sys.stderr)
            continue
        results = []
        for size in args.sizes:
            print(f"bench-fleet: {mode} N={size} ...", file=sys.stderr, flush=True)
            if mode == "process":
                results.append(measure(size, args.light, not args.no_zygote, args.idle, args.own))
            else:
                results.append(measure_compose(size, args.light, mode))
        if mode == "process":
            how = "each service its own interpreter" if args.no_zygote else "services forked from the zygote"
            if args.idle:
                how += "; scaffolded dashboards on demand, asleep at start"
            if args.own:
                how += f"; {args.own} of them with an environment of their own"
            print(f"\nprocess mode ({how}), scaffolded dashboards with {kind}")
        else:
            engine = "Docker Engine + Compose v2" if mode == "docker" else "Podman + podman-compose"
            print(f"\n{engine} (one container per service), scaffolded dashboards with {kind}")
        print_table(results)
    return 0


def print_table(results: list[dict]) -> None:
    keys = [k for k in dict.fromkeys(k for r in results for k in r) if k != "N"]
    print(f"  {'':<16}" + "".join(f"{'N=' + str(r['N']):>10}" for r in results))
    for key in keys:
        cells = "".join(f"{r[key]:>10.1f}" if key in r else f"{'-':>10}" for r in results)
        print(f"  {key:<16}{cells}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
