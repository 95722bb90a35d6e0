"""`make bench`: dashfleet against the tutorial's single-process baseline, in ONE run on this
machine, printed as one table with both columns and their ratio.

(a) baseline: bench/baseline_app.py (both apps behind DispatcherMiddleware in one gunicorn,
    px.line per callback), with as many gunicorn workers as (b) has in total;
(b) dashfleet: the process mode of `make run` (nginx gateway + one gunicorn per service).

Load comes from wrk (Debian) on 127.0.0.1 only, for a bounded duration; page weight from headless
Debian chromium; memory from /proc/*/smaps_rollup. Figures are medians of --rounds rounds, the
two columns measured alternately so a noisy neighbour hurts both alike: the ratio is the figure
that counts on a shared machine.

    .venv/bin/python -m bench.run [--rounds 3] [--duration 5]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

from dashfleet import registry as fleet_registry
from dashfleet.tool import wait
from dashfleet.tool.local import Fleet, free_port

ROOT = Path(__file__).resolve().parent.parent
CALLBACK_BODY = {
    "output": "graph-content.figure",
    "outputs": {"id": "graph-content", "property": "figure"},
    "inputs": [{"id": "dropdown-selection", "property": "value", "value": "Japan"}],
    "changedPropIds": ["dropdown-selection.value"],
}
# dashfleet's services and the worker count each gets; the baseline gets the sum.
WORKERS = {"landing": 1, "simple": 1, "population": 2}


# -- load ------------------------------------------------------------------------------------
def wrk(url: str, duration: int, script: Path | None = None, connections: int = 16) -> dict:
    argv = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", "--timeout", "5s"]
    if script:
        argv += ["-s", str(script)]
    out = subprocess.run([*argv, url], capture_output=True, text=True, timeout=duration + 60).stdout

    def ms(label: str) -> float:
        value, unit = re.search(rf"^\s+{label}\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": ms("50%"),
        "p99": ms("99%"),
        "errors": int(errors.group(1)) if errors else 0,
        "socket_errors": socket_errors.group(1) if socket_errors else "",
    }


def callback_script(tmp: Path, cookie: str = "") -> Path:
    script = tmp / ("callback-signed-in.lua" if cookie else "callback.lua")
    body = json.dumps(CALLBACK_BODY).replace("\\", "\\\\").replace("'", "\\'")
    text = f"wrk.method = 'POST'\nwrk.body = '{body}'\nwrk.headers['Content-Type'] = 'application/json'\n"
    if cookie:
        text += f"wrk.headers['Cookie'] = '{cookie}'\n"
    script.write_text(text)
    return script


# -- server time, in-process -----------------------------------------------------------------
SERVER_TIME = """
import json, statistics, sys, time
sys.path.insert(0, {root!r})
start = time.perf_counter()
{setup}
import_s = time.perf_counter() - start
body = json.dumps({body})
def call():
    t = time.perf_counter()
    r = client.post("/population/_dash-update-component", data=body, content_type="application/json")
    assert r.status_code == 200, r.status_code
    return (time.perf_counter() - t) * 1000
client.get("/population/health")  # Dash's one-time setup, as gunicorn's when_ready does it
first = call()  # the callback itself with every cache cold (it has none: the index is built at start)
times = [call() for _ in range(300)]
print(json.dumps({{"first_ms": first, "median_ms": statistics.median(times)}}))
"""
SETUPS = {
    "baseline": "from werkzeug.test import Client\nfrom bench.baseline_app import app\nclient = Client(app)",
    "dashfleet": (
        "from werkzeug.test import Client\n"
        "from dash_population import create_app\n"
        "client = Client(create_app('/population/').server)"
    ),
}


def server_time(which: str) -> dict:
    """The callback's time inside the app (no network), in a fresh process: first call and median."""
    code = SERVER_TIME.format(root=str(ROOT), setup=SETUPS[which], body=CALLBACK_BODY)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT)
    if out.returncode:
        raise RuntimeError(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


# -- memory ----------------------------------------------------------------------------------
def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        for child in (task / "children").read_text().split():
            found += [int(child), *children(int(child))]
    return found


def own_pss_mib(pid: int) -> float:
    """One process's PSS, without its children."""
    text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    return int(re.search(r"^Pss:\s+(\d+) kB", text, re.M).group(1)) / 1024


def pss_mib(pid: int) -> float:
    """A process's PSS with all its descendants' (a gunicorn master and its workers)."""
    return sum(own_pss_mib(p) for p in [pid, *children(pid)])


# -- page weight -----------------------------------------------------------------------------
def page_weight(url: str) -> dict:
    """Bytes over the wire (headers + encoded bodies) for a first and a repeat visit, graph drawn."""
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
    results = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=args)
        context = browser.new_context()
        for visit in ("first", "repeat"):
            page = context.new_page()
            requests = []
            page.on("requestfinished", lambda request, seen=requests: seen.append(request))
            page.goto(url)
            page.wait_for_function(
                "() => document.querySelector('#graph-content .js-plotly-plot')?.data?.length > 0",
                polling=100,
                timeout=60_000,
            )
            page.wait_for_load_state("networkidle")
            total = 0
            for request in requests:
                sizes = request.sizes()
                total += sizes["responseHeadersSize"] + sizes["responseBodySize"]
            results[visit] = total
            results[f"{visit}_requests"] = len(requests)
            page.close()
        browser.close()
    return results


# -- the two stacks --------------------------------------------------------------------------
class Baseline:
    def __init__(self, workers: int, log: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        started = time.monotonic()
        with open(log, "wb") as out:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "-w",
                    str(workers),
                    "-b",
                    f"127.0.0.1:{self.port}",
                    "--access-logfile",
                    "-",
                    "bench.baseline_app:app",
                ],
                cwd=ROOT,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        wait.until(lambda: wait.http_ok(self.url + "/population/"), 120, poll=0.02, what="baseline")
        self.startup_s = time.monotonic() - started

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=30)


def start_dashfleet(run_dir: Path, env: dict | None = None) -> tuple[Fleet, dict[str, float]]:
    registry = fleet_registry.load()
    fleet = Fleet(
        registry, port=free_port(), run_dir=run_dir, log_dir=run_dir / "logs", workers=WORKERS, env=env
    )
    startup = {}
    try:
        for svc in registry.services:
            started = time.monotonic()
            fleet.start_service(svc.name)
            startup[svc.name] = time.monotonic() - started
        fleet.start_gateway()
    except BaseException:
        fleet.stop()
        raise
    return fleet, startup


@contextlib.contextmanager
def landing_on_tcp(fleet: Fleet, log: Path):
    """A second landing service, started as the fleet starts its own but on a loopback port, for
    the gateway-overhead figure: wrk speaks only TCP, and the fleet's services listen on Unix
    sockets that only the gateway may open. Yields its URL; stopped by its PID."""
    landing = fleet.registry.landing
    port = free_port()
    env = {**fleet.service_env(landing), "BIND": f"127.0.0.1:{port}"}
    del env["PROMETHEUS_MULTIPROC_DIR"]  # its own metrics folder, not the fleet's landing's
    url = f"http://127.0.0.1:{port}"
    with open(log, "wb") as out:
        proc = subprocess.Popen(fleet.service_argv(landing), env=env, cwd=ROOT, stdout=out, stderr=out)
    try:
        wait.until(
            lambda: proc.poll() is not None or wait.http_ok(url + "/health"), 120, what="landing on tcp"
        )
        if proc.poll() is not None:
            raise RuntimeError(f"the direct landing exited with {proc.returncode}: see {log}")
        yield url
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def start_signed_in(run_dir: Path) -> tuple[Fleet, str]:
    """The same fleet with sign-in on (every dashboard needs a session), and a session cookie."""
    from dashfleet import users

    run_dir.mkdir(parents=True)
    users.save(users.add({}, "bench", "bench password", ["finance"]), run_dir / "users.json")
    env = {
        "DASHFLEET_AUTH": "accounts",
        "DASHFLEET_SECRET_KEY": secrets.token_urlsafe(48),
        "DASHFLEET_USERS": str(run_dir / "users.json"),
    }
    fleet, _ = start_dashfleet(run_dir / "fleet", env)
    session = requests.Session()
    csrf = re.search(
        r'name="csrf" value="([^"]+)"', session.get(fleet.url + "/login", timeout=10).text
    ).group(1)
    form = {"csrf": csrf, "username": "bench", "password": "bench password", "next": "/"}
    session.post(fleet.url + "/login", data=form, allow_redirects=False, timeout=10).raise_for_status()
    return fleet, f"dashfleet_session={session.cookies['dashfleet_session']}"


# -- report ----------------------------------------------------------------------------------
def median(rounds: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in rounds)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=5, help="seconds of wrk per measurement")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        print("bench: wrk is not installed (sudo apt-get install wrk)", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="dashfleet-bench-") as tmp:  # removed afterwards
        return run(args, Path(tmp))


def run(args, tmp: Path) -> int:
    script = callback_script(tmp)
    total_workers = sum(WORKERS.values())
    print(
        f"bench: {args.rounds} rounds x {args.duration}s, 16 connections, {total_workers} gunicorn workers "
        f"each side, {os.cpu_count()} cores",
        file=sys.stderr,
    )

    baseline = Baseline(total_workers, tmp / "baseline.log")
    fleet, startup = start_dashfleet(tmp / "fleet")
    try:
        rows: dict[str, dict[str, list]] = {}
        with landing_on_tcp(fleet, tmp / "landing-direct.log") as landing_direct:
            for round_no in range(args.rounds):
                print(f"bench: round {round_no + 1}", file=sys.stderr)
                for name, base in (("baseline", baseline.url), ("dashfleet", fleet.url)):
                    cb = wrk(base + "/population/_dash-update-component", args.duration, script)
                    landing = wrk(base + "/", args.duration)
                    page = wrk(base + "/population/", args.duration)
                    rows.setdefault(name, {}).setdefault("callback", []).append(cb)
                    rows[name].setdefault("landing", []).append(landing)
                    rows[name].setdefault("page", []).append(page)
                rows["dashfleet"].setdefault("landing_direct", []).append(
                    wrk(landing_direct + "/", args.duration)
                )
        weight = {
            "baseline": page_weight(baseline.url + "/population/"),
            "dashfleet": page_weight(fleet.url + "/population/"),
        }
        memory = {"baseline": pss_mib(baseline.proc.pid), "dashfleet": pss_mib(fleet.pid("population"))}
    finally:
        fleet.stop()
    # Sign-in on: every callback is checked at the gateway (auth_request, verdict cached 2 s).
    signed_in, cookie = start_signed_in(tmp / "signed-in")
    try:
        signed_script = callback_script(tmp, cookie)
        for _ in range(args.rounds):
            rows.setdefault("signed_in", {}).setdefault("callback", []).append(
                wrk(signed_in.url + "/population/_dash-update-component", args.duration, signed_script)
            )
    finally:
        signed_in.stop()
        baseline.stop()
    times = {name: server_time(name) for name in ("baseline", "dashfleet")}

    b, d = rows["baseline"], rows["dashfleet"]
    table = [
        ("callback req/s (16 conns)", median(b["callback"], "rps"), median(d["callback"], "rps"), "{:.0f}"),
        ("callback p50 ms", median(b["callback"], "p50"), median(d["callback"], "p50"), "{:.2f}"),
        ("callback p99 ms", median(b["callback"], "p99"), median(d["callback"], "p99"), "{:.2f}"),
        (
            "callback req/s, signed in (sign-in on)",
            median(b["callback"], "rps"),
            median(rows["signed_in"]["callback"], "rps"),
            "{:.0f}",
        ),
        (
            "callback p99 ms, signed in",
            median(b["callback"], "p99"),
            median(rows["signed_in"]["callback"], "p99"),
            "{:.2f}",
        ),
        (
            "callback server time, median ms",
            times["baseline"]["median_ms"],
            times["dashfleet"]["median_ms"],
            "{:.2f}",
        ),
        (
            "callback server time, first call ms",
            times["baseline"]["first_ms"],
            times["dashfleet"]["first_ms"],
            "{:.2f}",
        ),
        ("GET / req/s", median(b["landing"], "rps"), median(d["landing"], "rps"), "{:.0f}"),
        ("GET /population/ req/s", median(b["page"], "rps"), median(d["page"], "rps"), "{:.0f}"),
        (
            "first visit /population/ bytes",
            weight["baseline"]["first"],
            weight["dashfleet"]["first"],
            "{:,.0f}",
        ),
        (
            "repeat visit /population/ bytes",
            weight["baseline"]["repeat"],
            weight["dashfleet"]["repeat"],
            "{:,.0f}",
        ),
        ("PSS per dashboard replica MiB", memory["baseline"], memory["dashfleet"], "{:.1f}"),
        ("start to healthy s (population)", baseline.startup_s, startup["population"], "{:.2f}"),
    ]
    print("\n| measure | baseline | dashfleet | dashfleet / baseline |\n|---|---:|---:|---:|")
    for label, base_v, fleet_v, fmt in table:
        ratio = fleet_v / base_v if base_v else float("nan")
        print(f"| {label} | {fmt.format(base_v)} | {fmt.format(fleet_v)} | {ratio:.2f}x |")
    direct = median(d["landing_direct"], "rps")
    print(
        f"\ngateway overhead on GET /: {median(d['landing'], 'rps'):.0f} req/s through nginx vs "
        f"{direct:.0f} req/s straight to a landing gunicorn on a loopback port "
        f"({100 * (1 - median(d['landing'], 'rps') / direct):+.1f}% slower)"
    )
    print("start to healthy s per service: " + ", ".join(f"{k} {v:.2f}" for k, v in startup.items()))
    counts = {k: f"{w['first_requests']}/{w['repeat_requests']}" for k, w in weight.items()}
    print(
        f"requests per visit (first/repeat): baseline {counts['baseline']}, dashfleet {counts['dashfleet']}"
    )
    errors = sum(r["errors"] for side in rows.values() for rs in side.values() for r in rs)
    print(f"non-2xx responses under load: {errors}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
