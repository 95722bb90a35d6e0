"""`make soak`: the site under mixed traffic for a long while (10 minutes by default), in process
mode (`make run`'s nginx gateway + one gunicorn per service), on 127.0.0.1 only.

Traffic, from several client threads: pages, layouts, callbacks, assets, the landing page and its
API, and bad input (malformed callbacks, unknown paths: the 4xx they get is expected). Halfway
through, every worker of the population dashboard is replaced (gunicorn's graceful HUP) and one
worker of the simple dashboard is stopped (its master starts another). Printed: requests, errors
(anything but the expected status), p50/p99 per minute, and each service's resident memory (RSS
and PSS of master + workers) after the first minute and at the end: growth over 10 % is flagged.

    .venv/bin/python -m bench.soak [--seconds 600] [--clients 4]
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

import requests

from bench.run import CALLBACK_BODY, children, pss_mib
from dashfleet import registry as fleet_registry
from dashfleet.tool.local import Fleet, free_port

ROOT = Path(__file__).resolve().parent.parent
BAD_CALLBACK = {"output": "graph-content.figure", "inputs": "not a list"}


def mix(prefixes: dict[str, str]) -> list[tuple[str, str, object, int]]:
    """(method, path, json body, expected status) of one round of traffic."""
    pop, simple = prefixes["population"], prefixes["simple"]
    return [
        ("GET", "/", None, 200),
        ("GET", "/api/dashboards", None, 200),
        ("GET", pop, None, 200),
        ("GET", f"{pop}_dash-layout", None, 200),
        ("GET", f"{pop}_dash-dependencies", None, 200),
        ("POST", f"{pop}_dash-update-component", CALLBACK_BODY, 200),
        (
            "POST",
            f"{pop}_dash-update-component",
            {**CALLBACK_BODY, "inputs": [{**CALLBACK_BODY["inputs"][0], "value": "Canada"}]},
            200,
        ),
        ("GET", simple, None, 200),
        ("GET", f"{simple}_dash-layout", None, 200),
        ("GET", f"{pop}_favicon.ico", None, 200),
        ("POST", f"{pop}_dash-update-component", BAD_CALLBACK, 400),
        ("GET", f"{pop}_dash-component-suites/nope/x.js", None, 404),
        ("GET", "/no/such/page", None, 404),
    ]


def rss_mib(pid: int) -> float:
    total = 0
    for p in [pid, *children(pid)]:
        text = Path(f"/proc/{p}/status").read_text()
        total += int(next(line.split()[1] for line in text.splitlines() if line.startswith("VmRSS:")))
    return total / 1024


def memory(fleet: Fleet, names: list[str]) -> dict[str, tuple[float, float]]:
    return {n: (rss_mib(fleet.pid(n)), pss_mib(fleet.pid(n))) for n in names}


def client(url: str, rounds: list, stop: threading.Event, started: float, out: dict, errors: list) -> None:
    with requests.Session() as session:
        for i in range(10_000_000):  # bounded; `stop` ends it long before
            if stop.is_set():
                return
            method, path, body, want = rounds[i % len(rounds)]
            t0 = time.monotonic()
            try:
                status = session.request(method, url + path, json=body, timeout=30).status_code
            except requests.RequestException as exc:
                status = repr(exc)
            elapsed = time.monotonic() - t0
            out[int((t0 - started) // 60)].append(elapsed)
            if status != want:
                errors.append((round(t0 - started, 1), method, path, status))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("SOAK_SECONDS", "600")))
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args(argv)

    registry = fleet_registry.load(ROOT / "dashboards.toml")
    prefixes = {d.name: d.prefix for d in registry.dashboards}
    names = [s.name for s in registry.services]
    latencies: dict[int, list[float]] = defaultdict(list)
    errors: list = []
    logs = tempfile.TemporaryDirectory(prefix="dashfleet-soak-")  # the services' logs, gone after
    with logs, Fleet(registry, port=free_port(), log_dir=Path(logs.name)) as fleet:
        stop, started = threading.Event(), time.monotonic()
        threads = [
            threading.Thread(target=client, args=(fleet.url, mix(prefixes), stop, started, latencies, errors))
            for _ in range(args.clients)
        ]
        for t in threads:
            t.start()
        try:
            warm = min(60, args.seconds // 4)
            stop.wait(warm)
            before = memory(fleet, names)
            stop.wait(max(args.seconds / 2 - warm, 0))
            print(
                f"soak: {time.monotonic() - started:.0f} s: HUP population (every worker replaced), "
                "TERM one worker of simple",
                flush=True,
            )
            os.kill(fleet.pid("population"), signal.SIGHUP)
            os.kill(children(fleet.pid("simple"))[0], signal.SIGTERM)
            stop.wait(max(args.seconds - (time.monotonic() - started), 0))
            after = memory(fleet, names)
        finally:
            stop.set()
            for t in threads:
                t.join(timeout=60)
    total = sum(len(v) for v in latencies.values())
    print(f"\nsoak: {args.seconds} s, {args.clients} clients, {total} requests, {len(errors)} unexpected")
    for first in errors[:10]:
        print(f"  unexpected: {first}")
    print("\n  minute  requests   p50 ms   p99 ms")
    for minute in sorted(latencies):
        times = sorted(latencies[minute])
        p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
        print(f"  {minute:>6}  {len(times):>8}  {statistics.median(times) * 1000:>7.1f}  {p99 * 1000:>7.1f}")
    print("\n  service        RSS MiB start -> end   PSS MiB start -> end   RSS growth")
    grown = []
    for name in names:
        (rss0, pss0), (rss1, pss1) = before[name], after[name]
        growth = (rss1 - rss0) / rss0 * 100
        flag = "  OVER 10 %" if growth > 10 else ""
        if flag:
            grown.append(name)
        print(
            f"  {name:<12} {rss0:>8.1f} -> {rss1:>6.1f}     {pss0:>8.1f} -> {pss1:>6.1f}"
            f"    {growth:>+7.1f} %{flag}"
        )
    return 1 if errors or grown else 0


if __name__ == "__main__":
    sys.exit(main())
