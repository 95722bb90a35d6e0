"""Slow clients cannot starve a dashboard (process mode, through the gateway).

20 readers take the largest bundle a dashboard's page loads (plotly.js) a few KB a second through a
small receive buffer, and 20 senders trickle a callback's body in a byte at a time. Meanwhile
other visitors' layout and callback requests must keep answering, each within 2 s. (A dashboard
runs a couple of sync gunicorn workers: if the gateway hands a slow client's pace to them, two
slow readers hold both and the dashboard stops answering everyone.)

Every connection the test opens is closed in a `finally`; the whole test is bounded in time.
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import time
from urllib.parse import urlsplit

import pytest
import requests

from dashfleet.tool import wait
from tests.helpers import callback_body_from

READERS = 20
SENDERS = 20
READ_BYTES = 1024  # per reader per tick: ~4 KB/s at TICK
TICK = 0.25
RECEIVE_BUFFER = 4096
PROBE_SECONDS = 8  # how long other visitors are watched while the slow clients hold on
ANSWER_WITHIN = 2.0
OVERALL = 20  # the slow clients' whole life, at most


def scripts_of(html: str) -> list[str]:
    return [urlsplit(src).path for src in re.findall(r'<script[^>]*\ssrc="([^"]+)"', html)]


# Dash's own full plotly.js (~4.8 MB): what a plotly="none" dashboard loads to draw a graph; every
# Dash app serves whatever its page loads.
FULL_PLOTLY = "_dash-component-suites/plotly/package_data/plotly.min.js"


@pytest.fixture(scope="module")
def target(gateway_site, registry):
    """(dashboard, its largest plotly.js bundle, a valid callback body): the first dashboard whose
    page loads plotly.js and has a callback. The bundle is the larger of the page's own plotly.js
    and Dash's full one."""
    for board in registry.dashboards:
        page = requests.get(gateway_site.url + board.prefix, timeout=10)
        bundles = [s for s in scripts_of(page.text) if "plotly" in s.rsplit("/", 1)[-1]]
        if page.status_code != 200 or not bundles:
            continue
        deps = requests.get(f"{gateway_site.url}{board.prefix}_dash-dependencies", timeout=10).json()
        layout = requests.get(f"{gateway_site.url}{board.prefix}_dash-layout", timeout=10).json()
        body = callback_body_from(deps, layout)
        if body is None:
            continue
        sizes = {}
        for path in dict.fromkeys([*bundles, board.prefix + FULL_PLOTLY]):
            resp = requests.get(gateway_site.url + path, headers={"Accept-Encoding": "identity"}, timeout=30)
            if resp.status_code == 200:
                sizes[path] = len(resp.content)
        largest = max(sizes, key=sizes.get)
        return board, largest, sizes[largest], body
    pytest.fail("no dashboard loads plotly.js and has a callback")


def connect(address) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # Before connecting: the window the client advertises is what makes it slow for the server.
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, RECEIVE_BUFFER)
    sock.settimeout(5)
    sock.connect(address)
    return sock


@pytest.fixture
def recovers(gateway_site, target):
    """Afterwards the dashboard answers again (the tests after this one share its fleet)."""
    yield
    url = f"{gateway_site.url}{target[0].prefix}_dash-layout"
    wait.until(lambda: wait.http_ok(url, timeout=2), 60, poll=0.5, what=f"{url} to answer again")


def test_slow_readers_and_senders_do_not_starve_other_visitors(gateway_site, target, recovers):
    board, bundle, size, body = target
    url = urlsplit(gateway_site.url)
    address, host = (url.hostname, url.port), url.netloc
    assert size > 4 * 1024 * 1024, f"{bundle}: {size} bytes, not plotly.js's full bundle"
    callback = json.dumps(body).encode()

    readers: list[socket.socket] = []
    senders: list[socket.socket] = []
    received = [0] * READERS
    try:
        for _ in range(READERS):
            sock = connect(address)
            sock.sendall(
                f"GET {bundle} HTTP/1.1\r\nHost: {host}\r\nAccept-Encoding: identity\r\n\r\n".encode()
            )
            sock.setblocking(False)
            readers.append(sock)
        for _ in range(SENDERS):
            sock = connect(address)
            sock.sendall(
                (
                    f"POST {board.prefix}_dash-update-component HTTP/1.1\r\nHost: {host}\r\n"
                    f"Content-Type: application/json\r\nContent-Length: {len(callback)}\r\n\r\n"
                ).encode()
                + callback[:1]
            )
            sock.setblocking(False)
            senders.append(sock)
        started = time.monotonic()
        sent_bytes = 1

        def tick() -> None:
            """One round of slowness: each reader takes a little, each sender gives one byte."""
            nonlocal sent_bytes
            for i, sock in enumerate(readers):
                with contextlib.suppress(BlockingIOError):
                    received[i] += len(sock.recv(READ_BYTES))
            if sent_bytes < len(callback) - 1:  # never the last byte: the request stays open
                for sock in senders:
                    with contextlib.suppress(BlockingIOError):
                        sock.send(callback[sent_bytes : sent_bytes + 1])
                sent_bytes += 1

        # Ready: at least two readers are being answered (as many as a dashboard has workers).
        def two_readers_answered() -> bool:
            tick()
            return sum(1 for n in received if n) >= 2

        wait.until(two_readers_answered, 10, poll=TICK, what="the slow readers to be answered")

        probes: list[tuple[str, float, int]] = []
        probe_until = time.monotonic() + PROBE_SECONDS
        with requests.Session() as visitor:
            while time.monotonic() < probe_until and time.monotonic() - started < OVERALL:
                for what, send in (
                    (
                        "layout",
                        lambda: visitor.get(f"{gateway_site.url}{board.prefix}_dash-layout", timeout=3),
                    ),
                    (
                        "callback",
                        lambda: visitor.post(
                            f"{gateway_site.url}{board.prefix}_dash-update-component", json=body, timeout=3
                        ),
                    ),
                ):
                    began = time.monotonic()
                    try:
                        status = send().status_code
                    except requests.RequestException:
                        status = 0
                    probes.append((what, time.monotonic() - began, status))
                tick()
                time.sleep(TICK)  # the slow clients' pace (the readiness above was waited for)
        slow = [(w, round(t, 2), s) for w, t, s in probes if s != 200 or t > ANSWER_WITHIN]
        assert probes and not slow, (
            f"{len(slow)} of {len(probes)} answers failed or took > {ANSWER_WITHIN} s: {slow[:6]}"
        )
        # The slow readers were really slow: none had the whole bundle.
        assert max(received) < size, received
    finally:
        for sock in readers + senders:
            sock.close()
