"""The landing's cards, the most used first (landing/usage.py): the order from counts, ties in
registry order, counts read in the background by one process for all, and page views read from a
service's Prometheus exposition. Through the real gateway: tests/gateway/test_landing_search_http.py."""

import os

import pytest
from prometheus_client import CollectorRegistry, Counter, generate_latest

from dashfleet.tool import wait
from landing.status import SharedRecord
from landing.usage import CountedUsage, GatewayCounts, RegistryOrder, by_use, page_views

NAMES = ["simple", "population", "sales", "budget"]


def test_most_used_first_and_ties_keep_registry_order():
    assert by_use(NAMES, {}) == NAMES
    assert by_use(NAMES, {"sales": 5, "budget": 9}) == ["budget", "sales", "simple", "population"]
    assert by_use(NAMES, {"simple": 2, "population": 2, "sales": 2, "budget": 2}) == NAMES
    assert by_use(NAMES, {"budget": 1, "population": 1}) == ["population", "budget", "simple", "sales"]
    assert by_use(NAMES[:2], {"sales": 100}) == NAMES[:2]  # a name not asked about is not added
    assert RegistryOrder().order(NAMES) == NAMES


class FakeCounts:
    """A counter source the test sets; counts how often it was read."""

    def __init__(self, counts):
        self.counts, self.reads = dict(counts), 0

    def __call__(self):
        self.reads += 1
        if isinstance(self.counts, Exception):
            raise self.counts
        return dict(self.counts)


def test_the_first_page_never_waits_then_the_order_follows_the_counts():
    source = FakeCounts({"sales": 3, "population": 7})
    usage = CountedUsage(source, ttl=0.2)
    assert usage.order(NAMES) == NAMES  # nothing read yet: the registry's order, at once
    wait.until(lambda: usage.order(NAMES) == ["population", "sales", "simple", "budget"], 5, what="counted")
    source.counts = {"simple": 10}  # a name left out keeps its last count
    wait.until(lambda: usage.order(NAMES)[0] == "simple", 5, what="simple first")
    assert usage.order(NAMES) == ["simple", "population", "sales", "budget"]


def test_a_failing_source_keeps_the_last_order():
    source = FakeCounts({"budget": 1})
    usage = CountedUsage(source, ttl=0.1)
    usage.order(NAMES)
    wait.until(lambda: usage.order(NAMES)[0] == "budget", 5, what="budget first")
    source.counts = RuntimeError("metrics unreachable")
    reads = source.reads
    wait.until(lambda: usage.order(NAMES) and source.reads > reads + 1, 5, what="two failed reads")
    assert usage.order(NAMES)[0] == "budget"


def test_counts_are_read_at_most_once_per_ttl_however_many_pages():
    source = FakeCounts({"sales": 1})
    usage = CountedUsage(source, ttl=60)
    for _ in range(200):
        usage.order(NAMES)
    wait.until(lambda: usage.order(NAMES)[0] == "sales", 5, what="counted")
    assert source.reads == 1


def test_one_process_of_many_claims_each_refresh():
    """gunicorn's workers share the record made before the fork: of eight processes asking at
    once, exactly one is told to refresh."""
    record = SharedRecord()
    read_end, write_end = os.pipe()
    children = []
    for _ in range(8):
        pid = os.fork()
        if pid == 0:  # the child: say whether it won, and leave without running pytest's teardown
            os.close(read_end)
            os.write(write_end, b"1" if record.claim("claimed", 60) else b"0")
            os._exit(0)
        children.append(pid)
    os.close(write_end)
    for pid in children:
        assert os.waitpid(pid, 0)[1] == 0
    with os.fdopen(read_end, "rb") as answers:
        assert sorted(answers.read()) == sorted(b"10000000")
    assert record.claim("claimed", 60) is False  # still within the minute
    assert record.claim("claimed", 0) is True


def exposition(samples) -> str:
    """A service's /metrics text, written by prometheus_client as dashfleet/metrics.py's counter."""
    registry = CollectorRegistry()
    requests = Counter(
        "dashfleet_http_requests", "HTTP requests answered", ["service", "kind", "status"], registry=registry
    )
    for labels, value in samples:
        requests.labels(*labels).inc(value)
    return generate_latest(registry).decode()


def test_page_views_count_pages_answered_with_a_2xx_of_that_service():
    text = exposition(
        [
            (("population", "page", "200"), 7),
            (("population", "page", "204"), 1),
            (("population", "page", "404"), 50),  # a wrong address is no use
            (("population", "page", "500"), 3),
            (("population", "callback", "200"), 400),  # callbacks, assets and health checks are not views
            (("population", "asset", "200"), 90),
            (("population", "health", "200"), 1000),
            (("simple", "page", "200"), 99),  # another service's line (never in its own /metrics)
        ]
    )
    assert page_views(text, "population") == 8
    assert page_views("", "population") == 0


@pytest.mark.parametrize("text", ["<html>not metrics</html>", "dashfleet_http_requests_total{service= 1"])
def test_what_is_not_an_exposition_is_an_error_the_reader_catches(text):
    with pytest.raises(ValueError):
        page_views(text, "population")


@pytest.fixture
def metrics_server():
    """A loopback HTTP server answering every path with one exposition; the paths it was asked."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    asked = []
    body = exposition([(("simple", "page", "200"), 4), (("population", "page", "200"), 6)]).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            asked.append(self.path)
            status = 502 if self.path.endswith("/broken") else 200
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", asked
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_gateway_counts_skip_an_asleep_dashboard_and_one_that_does_not_answer(metrics_server, tmp_path):
    from dashfleet.registry import parse
    from tests.helpers import SALES_ENTRY

    registry = parse(
        '[site]\ntitle = "Fleet"\n[landing]\nservice = "landing"\napp = "landing:create_app"\n'
        + SALES_ENTRY.replace("sales", "simple").replace("Sales", "Simple")
        + "idle_timeout = 60\n"
        + SALES_ENTRY.replace("sales", "population").replace("Sales", "Population")
        + SALES_ENTRY.replace("sales", "broken").replace("Sales", "Broken")
    )
    url, asked = metrics_server
    asleep = tmp_path / "asleep.json"
    asleep.write_text('["simple"]')
    counts = GatewayCounts(registry.dashboards, url, asleep_file=str(asleep))()
    assert counts == {"population": 6}  # simple asleep: not asked; broken: a 502, no count
    assert sorted(asked) == ["/_dashfleet/metrics/broken", "/_dashfleet/metrics/population"]
    asleep.write_text("[]")
    assert GatewayCounts(registry.dashboards, url, asleep_file=str(asleep))()["simple"] == 4
