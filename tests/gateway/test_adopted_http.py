"""Existing Dash apps, added with `dashfleet add` and never edited, through the real gateway in
process mode and in containers: Dash Pages under a prefix, pattern-matching callbacks, an app's
own packages (in its image only)."""

import base64
import re
import shutil

import numpy as np
import pytest
import requests

from dashfleet.tool import wait
from dashfleet.tool.local import free_port
from tests.helpers import APPS, copy_project, dashfleet_cli, dashfleet_run


@pytest.fixture
def url(adopted_site) -> str:
    return adopted_site.url


def get(url: str, **kwargs) -> requests.Response:
    return requests.get(url, timeout=10, **kwargs)


def meta(html: str, prop: str) -> str:
    match = re.search(rf'<meta property="{re.escape(prop)}" content="([^"]*)"', html)
    assert match, prop
    return match.group(1)


@pytest.mark.parametrize("path", ["", "archive", "report/42?view=table", "report/7", "no-such-page"])
def test_every_pages_route_serves_the_app_under_its_prefix(url, path):
    resp = get(f"{url}/atlas/{path}")
    assert resp.status_code == 200  # Pages routes in the browser; its 404 is a page of its own
    assert '"requests_pathname_prefix":"\\u002fatlas\\u002f"' in resp.text


def test_assets_and_asset_urls_stay_under_the_prefix(url):
    html = get(f"{url}/atlas/").text
    css = re.findall(r'href="([^"]+\.css[^"]*)"', html)
    assert any(u.startswith("/atlas/assets/style.css") for u in css), css
    assert get(f"{url}/atlas/assets/style.css").headers["Content-Type"].startswith("text/css")
    assert get(f"{url}/atlas/assets/logo.svg").status_code == 200


def test_redirect_from_lands_on_its_page_under_the_prefix(url):
    resp = get(f"{url}/atlas/old-archive", allow_redirects=False)
    assert resp.status_code == 301
    assert resp.headers["Location"] == "/atlas/archive"
    assert get(f"{url}/atlas/old-archive").url == f"{url}/atlas/archive"


def test_absolute_urls_from_the_request_carry_the_prefix_and_the_original_scheme(url):
    html = get(f"{url}/atlas/").text
    assert meta(html, "og:title") == "Atlas home"
    assert meta(html, "og:image") == f"{url}/atlas/assets/logo.svg"
    behind_tls = get(f"{url}/atlas/archive", headers={"X-Forwarded-Proto": "https"}).text
    assert meta(behind_tls, "twitter:url") == f"{url.replace('http:', 'https:')}/atlas/archive"


def ledger_total_body(ticked: list[list[int]], entries: list[int]) -> dict:
    return {
        "output": "total.children",
        "outputs": {"id": "total", "property": "children"},
        "inputs": [
            [
                {"id": {"type": "entry", "index": i}, "property": "value", "value": values}
                for i, values in enumerate(ticked)
            ],
            {"id": "entries", "property": "data", "value": entries},
        ],
        "changedPropIds": [],
    }


def test_a_pattern_matching_all_callback_through_the_gateway(url):
    resp = requests.post(
        f"{url}/ledger/_dash-update-component",
        json=ledger_total_body([[10], [], [5]], [10, 20, 5]),
        timeout=10,
    )
    assert resp.status_code == 200, resp.text
    assert resp.json()["response"]["total"]["children"] == "3 entries, ticked total 15"


def test_an_app_with_its_own_packages_and_data_file(url):
    body = {
        "output": "stock-graph.figure",
        "outputs": {"id": "stock-graph", "property": "figure"},
        "inputs": [{"id": "by", "property": "value", "value": "category"}],
        "changedPropIds": ["by.value"],
    }
    resp = requests.post(f"{url}/inventory/_dash-update-component", json=body, timeout=10)
    assert resp.status_code == 200, resp.text
    (trace,) = resp.json()["response"]["stock-graph"]["figure"]["data"]
    assert (list(trace["x"]), plotted(trace["y"])) == (["paint", "tools"], [95, 50])


def plotted(values):
    """Plotly sends numeric arrays as base64 typed arrays ({"dtype", "bdata"}); lists as they are."""
    if isinstance(values, dict):
        return np.frombuffer(base64.b64decode(values["bdata"]), dtype=values["dtype"]).tolist()
    return list(values)


@pytest.mark.parametrize("prefix", ["/atlas/", "/ledger/", "/inventory/"])
def test_adopted_apps_get_dashfleets_layer(url, prefix):
    health = get(f"{url}{prefix}health")
    assert (health.status_code, health.text) == (200, "ok\n")
    for bad in ({}, [], {"output": "nope.children"}):
        resp = requests.post(f"{url}{prefix}_dash-update-component", json=bad, timeout=10)
        assert resp.status_code == 400, bad
        assert "Traceback" not in resp.text and len(resp.content) < 4096
    assert "python_version" not in get(f"{url}{prefix}").text


def test_plotly_bundle_only_where_the_figures_need_it(url):
    def scripts(prefix):
        return re.findall(r'<script src="([^"]+)"', get(f"{url}{prefix}").text)

    assert "/inventory/_dashfleet-static/plotly-basic-4.1.1.min.js" in scripts("/inventory/")  # px.bar only
    for prefix in ("/atlas/", "/ledger/"):  # no graph: no plotly.js at all, small or full
        assert not any("plotly" in s for s in scripts(prefix)), prefix


def test_one_process_mode_refuses_adopted_apps_and_says_what_to_run(adopted_project, tmp_path):
    done = dashfleet_cli(adopted_project, "run", "--single", "--port", str(free_port()), timeout=120)
    assert done.returncode == 2
    assert "'atlas' (app:app) is an existing app adopted as it is" in done.stderr
    assert "make run" in done.stderr


def test_an_app_pinned_to_another_prefix_is_refused_and_nothing_changes(tmp_path):
    project = copy_project(tmp_path)
    before = (project / "dashboards.toml").read_text()
    done = dashfleet_cli(project, "add", str(APPS / "inventory"), "--name", "stock")
    assert done.returncode == 2
    assert (
        "pins its own base path '/inventory/'" in done.stderr and "set prefix = '/inventory/'" in done.stderr
    )
    assert (project / "dashboards.toml").read_text() == before
    assert not (project / "dash_stock").exists()
    assert dashfleet_cli(project, "check").returncode == 0


def test_one_broken_dashboard_does_not_stop_the_site(tmp_path):
    project = copy_project(tmp_path)
    assert dashfleet_cli(project, "add", str(APPS / "ledger.py"), "--name", "ledger").returncode == 0
    registry = project / "dashboards.toml"
    registry.write_text(registry.read_text().replace('app = "ledger:app"', 'app = "ledger:no_such_app"'))
    port = free_port()
    log = tmp_path / "run.log"
    with dashfleet_run(port, log, cwd=project):
        site = f"http://127.0.0.1:{port}"
        assert get(f"{site}/population/").status_code == 200
        down = get(f"{site}/ledger/")
        assert down.status_code == 503 and "Ledger is down" in down.text
        text = log.read_text()
        assert "dashfleet: ledger: ledger has no attribute 'no_such_app'" in text
        wait.until(
            lambda: "ledger refused its configuration" in log.read_text(), 10, what="supervisor's verdict"
        )
        assert "restarting" not in log.read_text()


def test_an_app_whose_pins_conflict_with_the_fleets_gets_an_environment_of_its_own(tmp_path):
    project = copy_project(tmp_path / "project")
    app = tmp_path / "old-app"
    shutil.copytree(APPS / "atlas", app)
    (app / "requirements.txt").write_text("dash==2.17.1\n")
    done = dashfleet_cli(project, "add", str(app), "--name", "old")
    assert done.returncode == 0, done.stdout + done.stderr
    assert 'it gets an environment of its own (runtime = "own", Dash 2.17.1)' in done.stdout
    assert (project / "dash_old" / "requirements.txt").read_text().startswith("dash==2.17.1\n")
    assert 'runtime = "own"' in (project / "dashboards.toml").read_text()
    assert dashfleet_cli(project, "check").returncode == 0


@pytest.mark.containers
def test_each_image_holds_only_its_own_dashboards_packages(adopted_containers):
    stack = adopted_containers.backend

    def has_pandas(service: str) -> bool:
        (container,) = stack.containers(service)
        probe = [
            "exec",
            container,
            "python",
            "-c",
            "import importlib.util as u; print(bool(u.find_spec('pandas')))",
        ]
        return stack.run(*probe).strip() == "True"

    assert has_pandas("dash_inventory")
    assert not has_pandas("dash_simple") and not has_pandas("dash_atlas")
