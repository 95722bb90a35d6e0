"""The Content-Security-Policy of each dashboard's pages (dashfleet/csp.py): inline scripts by hash,
the origins the app declares it loads from, the registry's additions, and nothing from another
dashboard or from a request."""

from __future__ import annotations

import re

import pytest
from dash import Dash, html

from dashfleet import csp
from dashfleet.dashapp import install_fleet_layer
from dashfleet.registry import RegistryError, parse
from tests.helpers import one_dashboard_registry

BOOTSWATCH = "https://cdn.jsdelivr.net/npm/bootswatch@5.3.3/dist/darkly/bootstrap.min.css"
GOOGLE_FONTS = "https://fonts.googleapis.com/css2?family=Inter:wght@400;600&display=swap"


def directive(policy: str, name: str) -> list[str]:
    return re.search(rf"(?:^|; ){name} ([^;]*)", policy).group(1).split()


def test_the_base_policy_allows_no_inline_script_and_no_other_origin():
    policy = csp.policy()
    assert directive(policy, "script-src") == ["'self'"]
    assert "frame-ancestors 'self'" in policy and "object-src 'none'" in policy
    assert "http" not in policy


def test_declared_stylesheets_scripts_and_index_links_are_allowed_with_what_they_pull():
    sources = csp.declared_sources(
        [BOOTSWATCH, {"href": GOOGLE_FONTS, "rel": "stylesheet"}],
        ["https://unpkg.com/leaflet@1.9.4/dist/leaflet.js", {"src": "//cdn.plot.ly/x.js"}],
        '<html><head>{%metas%}<link href="https://use.fontawesome.com/releases/v5.8.1/css/all.css" '
        'rel="stylesheet"><script src="http://legacy.example.org/a.js"></script>'
        '<link rel="icon" href="https://icons.example.org/f.ico"></head></html>',
    )
    assert sources["style-src"] == [
        "https://cdn.jsdelivr.net",
        "https://fonts.googleapis.com",
        "https://use.fontawesome.com",
    ]
    # Fonts come from beside their stylesheet, and Google's from its second origin.
    assert "https://fonts.gstatic.com" in sources["font-src"]
    assert "https://use.fontawesome.com" in sources["font-src"]
    assert sources["script-src"] == ["https://unpkg.com", "https://cdn.plot.ly", "http://legacy.example.org"]
    assert "https://icons.example.org" not in str(sources)  # an icon link is not a stylesheet


def test_inline_scripts_are_hashed_as_the_browser_hashes_them_and_data_blocks_are_not():
    page = (
        '<script id="_dash-config" type="application/json">{"a": 1}</script>'
        '<script id="_dash-renderer" type="application/javascript">'
        "var renderer = new DashRenderer();</script>"
        '<script src="/x.js"></script>'
    )
    assert csp.inline_script_hashes(page) == ["'sha256-jZlsGVOhUAIcH+4PVs7QuGZkthRMgvT2n0ilH6/zTM0='"]


def themed_app(prefix: str, **kwargs) -> Dash:
    app = Dash(__name__, url_base_pathname=prefix, **kwargs)
    app.layout = html.Div("themed")
    return install_fleet_layer(app)


def test_a_dashboard_page_allows_its_own_theme_and_no_other_dashboards(monkeypatch):
    monkeypatch.delenv("DASHFLEET_CSP", raising=False)
    themed = themed_app("/themed/", external_stylesheets=[BOOTSWATCH]).server.test_client()
    plain = themed_app("/plain/").server.test_client()
    themed_policy = themed.get("/themed/").headers["Content-Security-Policy"]
    plain_policy = plain.get("/plain/").headers["Content-Security-Policy"]
    assert "https://cdn.jsdelivr.net" in directive(themed_policy, "style-src")
    assert "https://cdn.jsdelivr.net" not in plain_policy
    assert "'unsafe-inline'" not in directive(themed_policy, "script-src")
    # Nothing a request carries widens it.
    probed = themed.get("/themed/?x=<link rel=stylesheet href=https://evil.example/a.css>")
    assert "evil.example" not in probed.headers["Content-Security-Policy"]
    # JSON answers carry none (the gateway adds nothing there either).
    assert "Content-Security-Policy" not in themed.get("/themed/_dash-layout").headers


def test_the_registry_csp_reaches_the_page(monkeypatch):
    monkeypatch.setenv("DASHFLEET_CSP", '{"img-src": ["https://tile.openstreetmap.org"]}')
    policy = themed_app("/map/").server.test_client().get("/map/").headers["Content-Security-Policy"]
    assert "https://tile.openstreetmap.org" in directive(policy, "img-src")


REGISTRY = one_dashboard_registry("map")


def test_the_registry_takes_origins_by_directive():
    registry = parse(REGISTRY + 'csp = { "img-src" = ["https://tile.openstreetmap.org"] }\n')
    assert registry.dashboard("map").csp_json == '{"img-src":["https://tile.openstreetmap.org"]}'


@pytest.mark.parametrize(
    "value",
    [
        '{ "script-src" = ["\'unsafe-inline\'"] }',
        '{ "script-src" = ["https://cdn.example.org/path"] }',
        '{ "img-src" = ["http://tiles.example.org"] }',
        '{ "frame-ancestors" = ["https://evil.example"] }',
        '{ "img-src" = "https://tiles.example.org" }',
        '{ "img-src" = ["*"] }',
    ],
)
def test_the_registry_refuses_what_is_not_an_origin(value):
    with pytest.raises(RegistryError, match="csp must map"):
        parse(REGISTRY + f"csp = {value}\n")


def test_the_apps_own_stylesheets_allow_what_they_pull(tmp_path):
    """spc-dashboard's assets/fonts.css is Google Fonts' CSS copied in: its fonts come from
    fonts.gstatic.com; an @import pulls a stylesheet (and what it is known to pull); other url()s
    are images. Nothing else widens."""
    from dashfleet.csp import asset_sources

    (tmp_path / "nested").mkdir()
    (tmp_path / "fonts.css").write_text(
        "@font-face { font-family: 'Open Sans';\n"
        "  src: url(https://fonts.gstatic.com/s/x.woff2) format('woff2'); }"
    )
    (tmp_path / "nested" / "theme.css").write_text(
        '@import url("https://fonts.googleapis.com/css?family=Lato");\n'
        "body { background: url('//img.example.org/bg.png'); }\n"
        ".local { background: url(/assets/x.png); }\n"
    )
    (tmp_path / "ignored.js").write_text("fetch('https://evil.example/')")
    assert asset_sources(tmp_path) == {
        "font-src": ["https://fonts.gstatic.com"],
        "style-src": ["https://fonts.googleapis.com"],
        "img-src": ["https://img.example.org"],
    }
    assert asset_sources(tmp_path / "none") == {} and asset_sources(None) == {}


def test_images_of_a_fixed_layout_and_what_component_packages_fetch_are_allowed():
    from dash import html

    from dashfleet.csp import component_sources, layout_sources

    layout = html.Div(
        [
            html.Img(src="https://placehold.co/100x100"),
            html.Img(src="/assets/x.png"),
            html.A(href="https://a.example"),
        ]
    )
    assert layout_sources([layout, *layout._traverse()]) == {"img-src": ["https://placehold.co"]}
    assert (
        component_sources({"dash": [], "dash_iconify": []})["connect-src"][0] == "https://api.iconify.design"
    )
    assert component_sources({"dash": []}) == {}


def test_a_registry_csp_with_unsafe_eval_reaches_every_target_as_written(tmp_path):
    """The quotes of 'unsafe-eval' inside the JSON the services read: every rendered file parses
    and hands the same JSON over (single-quoted YAML broke on them in the compose file)."""
    import yaml

    from tests.helpers import copy_project, dashfleet_cli

    project = copy_project(tmp_path / "project")
    registry = project / "dashboards.toml"
    entry = 'prefix = "/population/"'
    extra = 'csp = { "script-src" = ["\'unsafe-eval\'"], "img-src" = ["https://a.example"] }'
    registry.write_text(registry.read_text().replace(entry, f"{entry}\n{extra}"))
    assert dashfleet_cli(project, "render").returncode == 0
    want = '{"img-src":["https://a.example"],"script-src":["\'unsafe-eval\'"]}'
    for stack in ("docker-compose.yml", "deploy/swarm/stack.yml"):
        services = yaml.safe_load((project / stack).read_text())["services"]
        assert services["dash_population"]["environment"]["DASHFLEET_CSP"] == want
    docs = yaml.safe_load_all((project / "deploy/kubernetes/base/population.yaml").read_text())
    (deployment,) = [d for d in docs if d and d["kind"] == "Deployment"]
    env = deployment["spec"]["template"]["spec"]["containers"][0]["env"]
    assert {"name": "DASHFLEET_CSP", "value": want} in env
