"""Dashboards at host names of their own (registry `host`): what the registry accepts and
refuses, and what every target renders from it (the gateway's servers, Kubernetes' host names,
the service's root prefix). The routing itself is tests/gateway/test_hosts.py's."""

import re
import shutil
from pathlib import Path

import pytest

from dashfleet.registry import RegistryError, parse
from dashfleet.tool import render, single
from dashfleet.tool.adopt import add_app
from dashfleet.tool.local import service_settings
from dashfleet.tool.targets import kubernetes as k8s
from tests.helpers import SALES_ENTRY

SITE = '[site]\ntitle = "Fleet"\nhost = "dashboards.example.org"\n'
LANDING = '[landing]\nservice = "landing"\napp = "landing:create_app"\n'
ROOT = Path(__file__).resolve().parents[2]
HOSTED = SALES_ENTRY.replace('prefix = "/sales/"', 'host = "sales.example.org"')


def registry_text(*entries: str, site: str = SITE) -> str:
    return site + LANDING + "".join(entries)


def test_a_host_routed_dashboard_is_built_at_the_root():
    registry = parse(registry_text(HOSTED))
    (sales,) = registry.dashboards
    assert (sales.host, sales.prefix, sales.path_prefix, sales.is_landing) == (
        "sales.example.org",
        "/",
        None,
        False,
    )
    assert registry.host == "dashboards.example.org" and registry.hosted == (sales,)
    assert service_settings(sales)["DASH_URL_BASE_PATHNAME"] == "/"


def test_two_host_routed_dashboards_and_a_prefix_one_live_together():
    other = HOSTED.replace("sales", "costs").replace("Sales", "Costs")
    registry = parse(
        registry_text(
            HOSTED, other, SALES_ENTRY.replace("sales", "by-path").replace("dash_by-path", "dash_by_path")
        )
    )
    assert [d.prefix for d in registry.dashboards] == ["/", "/", "/by-path/"]


@pytest.mark.parametrize(
    "host",
    [
        "Sales.example.org",  # lowercase only: what nginx and browsers compare
        "sales.example.org:8080",  # no port: every host shares the gateway's
        "sales.example.org.",
        "https://sales.example.org",
        "*.example.org",
        "sales..example.org",
        "-sales.example.org",
        "sales-.example.org",
        "10.0.0.1",  # an address is not a name
        "sales_eu.example.org",
        "sales.example.org/x",
        "a" * 64 + ".example.org",
    ],
)
def test_a_malformed_host_is_refused_with_the_fix(host):
    with pytest.raises(
        RegistryError, match=re.escape("want a lowercase DNS name without port or scheme")
    ) as err:
        parse(registry_text(HOSTED.replace("sales.example.org", host)))
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            registry_text(HOSTED.replace("[dashboards.sales]\n", '[dashboards.sales]\nprefix = "/sales/"\n')),
            "has both host and prefix",
        ),
        (registry_text(HOSTED, site='[site]\ntitle = "Fleet"\n'), "[site] needs one too"),
        (
            registry_text(HOSTED, site=SITE.replace("dashboards.example.org", "sales.example.org")),
            "is both the main site's",
        ),
        (
            registry_text(
                HOSTED,
                HOSTED.replace("[dashboards.sales]", "[dashboards.sales2]").replace(
                    "dash_sales", "dash_sales2"
                ),
            ),
            "duplicate host 'sales.example.org'",
        ),
        (
            registry_text(HOSTED, site=SITE.replace("dashboards.example.org", "Dashboards.example.org")),
            "[site]: host",
        ),
    ],
)
def test_host_mistakes_name_the_fix_in_one_line(text, message):
    with pytest.raises(RegistryError, match=re.escape(message)) as err:
        parse(text)
    assert "\n" not in str(err.value)


def test_the_gateway_gets_one_server_per_host_with_the_main_site_as_default():
    registry = parse(registry_text(HOSTED, SALES_ENTRY.replace("sales", "plain").replace("Sales", "Plain")))
    conf = render.render(registry)[render.GATEWAY_TEMPLATE]
    servers = conf.split("\nserver {")[1:]
    main, sales = servers[0], servers[1]
    assert "default_server" in main and "default_server" not in sales
    assert "server_name sales.example.org;" in sales
    assert "location /plain/" in main and "DASHFLEET_UPSTREAM_SALES" not in main  # no path to it there
    assert "location = /_dashfleet/session {\n        return 404;" in main
    # The same protections as a prefix dashboard: the check, the canonical path, limits, pages.
    for line in (
        "include ${DASHFLEET_AUTH_CONF};",
        "rewrite ^ $uri break;",
        "client_max_body_size 1m;",
        "location = /_dashfleet/auth {",
        "location = /_dashfleet/signin {",
        "location = /_dashfleet/404.html {",
        "location = /_dashfleet/down.html {",
        "location ^~ /_dashfleet/ {",
        "location = /metrics {",
        'set $dashfleet_board "sales";',
    ):
        assert line in sales, line
    # Never at server level, where it would open the internal locations.
    assert all(re.match(r"^    rewrite", ln) is None for ln in sales.splitlines())
    # Its health on the internal port, at the root its app serves.
    assert "proxy_pass http://$dashfleet_upstream/health;" in servers[-1]


def test_kubernetes_routes_every_host_to_the_gateway():
    registry = parse(registry_text(HOSTED))
    files = render.render(registry)
    route = files[k8s.BASE / "httproute.yaml"]
    assert "hostnames:\n    - dashboards.example.org\n    - sales.example.org" in route
    assert "hostname: sales.example.org" in files[k8s.OVERLAYS / "example" / "gateway.yaml"]
    ingress = files[k8s.OVERLAYS / "example-ingress" / "ingress.yaml"]
    assert re.findall(r"- host: (\S+)", ingress) == ["dashboards.example.org", "sales.example.org"]
    assert "value: /\n" in files[k8s.BASE / "sales.yaml"]  # DASH_URL_BASE_PATHNAME


def test_compose_and_swarm_build_it_at_the_root():
    files = render.render(parse(registry_text(HOSTED)))
    for path in (render.COMPOSE_FILE, "deploy/swarm/stack.yml"):
        text = files[path if not isinstance(path, str) else next(p for p in files if str(p) == path)]
        block = text.split("dash_sales:", 1)[1]
        assert re.search(r"DASH_URL_BASE_PATHNAME: /\n", block), path


def test_add_with_host_writes_host_and_no_prefix(tmp_path):
    for name in ("dashboards.toml", "requirements.lock"):
        shutil.copy(ROOT / name, tmp_path / name)
    app = ROOT / "tests" / "apps" / "rooted.py"
    with pytest.raises(RegistryError, match="drop --prefix"):
        add_app(app, "rooted", host="rooted.localhost", prefix="/rooted/", root=tmp_path, probe=False)
    before = (tmp_path / "dashboards.toml").read_text()
    with pytest.raises(RegistryError, match=re.escape("[site] needs one too")):
        add_app(app, "rooted", host="rooted.localhost", root=tmp_path, probe=False)
    assert (tmp_path / "dashboards.toml").read_text() == before and not (tmp_path / "dash_rooted").exists()
    (tmp_path / "dashboards.toml").write_text(before.replace("[site]\n", '[site]\nhost = "localhost"\n'))
    add_app(app, "rooted", host="rooted.localhost", root=tmp_path, probe=False)
    entry = (tmp_path / "dashboards.toml").read_text().split("[dashboards.rooted]\n", 1)[1]
    assert 'host = "rooted.localhost"\n' in entry and "prefix" not in entry


def test_one_process_refuses_a_host_routed_dashboard():
    """Only the gateway routes by host: `make dev` says so instead of serving it at the wrong place."""
    with pytest.raises(single.SingleProcessRefused, match="only the gateway routes"):
        single.build(parse(registry_text(HOSTED)))
