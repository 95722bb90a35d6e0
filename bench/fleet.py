"""`make bench-fleet [N="2 20 50"] [LIGHT=1]`: how the fleet's cost grows with the number of
dashboards, in process mode (`make run`'s nginx + one gunicorn per service), on 127.0.0.1 only.

For each N: a temporary copy of the project with N-2 scaffolded dashboards added (`dashfleet
new`: each its own data and callback), started as `make run` starts it, then measured:

  start s        from start until every service answers its health check
  services MiB   PSS of every service (gunicorn master + workers; shared pages split fairly)
  zygote MiB     the process the services are forked from (make run's default), alone
  per dash MiB   the dashboards' PSS plus the zygote's, divided by the number of dashboards
  gateway MiB    nginx's PSS
  landing p50/99 the landing page with N cards (wrk, 5 s, 8 connections, after 1 s of warm-up)
  mixed p99      layouts of all N dashboards in turn through the gateway (wrk, 5 s)
  callbacks/s    one dashboard's callback (population) while the others idle (wrk, 5 s)

LIGHT=1 declares the scaffolded dashboards with `workers = 1, threads = 4` (the registry's levers
for a light dashboard); without it they take the default (WEB_CONCURRENCY=2 sync workers).
--no-zygote starts each service as its own interpreter (DASHFLEET_ZYGOTE=0), as before the zygote.
Figures are printed, never asserted.

    .venv/bin/python -m bench.fleet [--sizes 2 20 50] [--light] [--no-zygote]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.run import callback_script, pss_mib, wrk
from dashfleet import registry as fleet_registry
from dashfleet.tool.local import Fleet, free_port
from tests.helpers import copy_project  # the project as git sees it, and the compressed copies

ROOT = Path(__file__).resolve().parent.parent


def add_dashboards(project: Path, count: int, light: bool) -> None:
    for i in range(count):
        name = f"d{i:02d}"
        subprocess.run(
            [sys.executable, "-m", "dashfleet", "new", name, "--description", f"Scaffolded dashboard {i}."],
            cwd=project,
            capture_output=True,
            check=True,
            timeout=120,
        )
    if light:
        registry = project / "dashboards.toml"
        text = re.sub(r"(\[dashboards\.d\d\d\]\n)", r"\1workers = 1\nthreads = 4\n", registry.read_text())
        registry.write_text(text)


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


def own_pss_mib(pid: int) -> float:
    text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    return int(re.search(r"^Pss:\s+(\d+) kB", text, re.M).group(1)) / 1024


def measure(size: int, light: bool, zygote: bool) -> dict:
    with tempfile.TemporaryDirectory(prefix="dashfleet-bench-fleet-") as tmp:
        tmp = Path(tmp)
        project = copy_project(tmp / "project")
        add_dashboards(project, size - 2, light)
        registry = fleet_registry.load(project / "dashboards.toml")
        boards = registry.dashboards
        started = time.monotonic()
        env = {"DASHFLEET_ZYGOTE": "1" if zygote else "0"}
        with Fleet(registry, port=free_port(), run_dir=tmp / "run", log_dir=tmp / "logs", env=env) as fleet:
            start_s = time.monotonic() - started
            time.sleep(3)  # idle a moment: memory as a quiet fleet holds it (a measurement, not a wait)
            pss = {s.name: pss_mib(fleet.pid(s.name)) for s in registry.services}
            gateway = pss_mib(fleet.pid("gateway"))
            shared = own_pss_mib(fleet.zygote_pid) if fleet.zygote_pid else 0.0
            landing = steady(fleet.url + "/", connections=8)
            mixed = steady(fleet.url, layouts_script(tmp, [b.prefix for b in boards]), connections=8)
            callbacks = steady(f"{fleet.url}/population/_dash-update-component", callback_script(tmp))
    dashboards = sum(pss[b.name] for b in boards)
    return {
        "N": size,
        "start s": start_s,
        "services MiB": sum(pss.values()) + shared,
        "zygote MiB": shared,
        "per dash MiB": (dashboards + shared) / len(boards),
        "gateway MiB": gateway,
        "landing p50 ms": landing["p50"],
        "landing p99 ms": landing["p99"],
        "mixed p99 ms": mixed["p99"],
        "callbacks/s": callbacks["rps"],
        "errors": landing["errors"] + mixed["errors"] + callbacks["errors"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2, 20, 50])
    parser.add_argument("--light", action="store_true", help="scaffolded dashboards: 1 worker x 4 threads")
    parser.add_argument("--no-zygote", action="store_true", help="each service its own interpreter")
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None:
        print("bench-fleet: needs wrk: sudo apt-get install wrk", file=sys.stderr)
        return 2
    results = []
    for size in args.sizes:
        print(f"bench-fleet: N={size} ...", file=sys.stderr, flush=True)
        results.append(measure(size, args.light, not args.no_zygote))
    kind = "1 worker x 4 threads" if args.light else "default workers (2 sync)"
    how = "each service its own interpreter" if args.no_zygote else "services forked from the zygote"
    print(f"\nprocess mode ({how}), scaffolded dashboards with {kind}")
    keys = [k for k in results[0] if k != "N"]
    print(f"  {'':<16}" + "".join(f"{'N=' + str(r['N']):>10}" for r in results))
    for key in keys:
        print(f"  {key:<16}" + "".join(f"{r[key]:>10.1f}" for r in results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
