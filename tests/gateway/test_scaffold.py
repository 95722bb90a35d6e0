"""Adding a dashboard is one command: in a copy of the project, `dashfleet new` then `run`
serves it through the real gateway, and `check` agrees with everything it wrote."""

import shutil
from pathlib import Path

import pytest
import requests

from dashfleet.tool.local import free_port
from tests.helpers import copy_project, dashfleet_run, landing_cards
from tests.helpers import dashfleet_cli as dashfleet


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path)


def test_new_dashboard_is_served_and_checked(project):
    done = dashfleet(project, "new", "sales", "--title", "Sales", "--description", "Revenue by region.")
    assert done.returncode == 0, done.stderr
    assert "wrote dash_sales" in done.stdout
    assert (project / "dash_sales" / "requirements.txt").exists()
    assert 'prefix = "/sales/"' in (project / "dashboards.toml").read_text()
    assert "  dash_sales:\n" in (project / "docker-compose.yml").read_text()
    assert "location /sales/ {" in (project / "gateway/templates/dashfleet.conf.template").read_text()
    assert "  dash_sales:\n" in (project / "deploy/swarm/stack.yml").read_text()
    assert "  - sales.yaml" in (project / "deploy/kubernetes/base/kustomization.yaml").read_text()
    assert dashfleet(project, "check").returncode == 0

    port = free_port()
    with dashfleet_run(port, project / "run.log", cwd=project):
        url = f"http://127.0.0.1:{port}"
        cards = landing_cards(requests.get(url + "/", timeout=10).text)
        assert {
            "name": "sales",
            "title": "Sales",
            "href": "/sales/",
            "description": "Revenue by region.",
        } in cards
        page = requests.get(url + "/sales/", timeout=10)
        assert page.status_code == 200 and '"requests_pathname_prefix":"\\u002fsales\\u002f"' in page.text
        body = {
            "output": "graph.figure",
            "outputs": {"id": "graph", "property": "figure"},
            "inputs": [{"id": "choice", "property": "value", "value": "b"}],
            "changedPropIds": [],
        }
        figure = requests.post(url + "/sales/_dash-update-component", json=body, timeout=10).json()
        assert figure["response"]["graph"]["figure"]["data"][0]["y"] == [2, 1, 3]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["new", "Sales"], "name must be lowercase"),
        (["new", "simple"], "dash_simple/ already exists"),
        (["new", "sales", "--title", 'Say "hi"'], "title 'Say \"hi\"' is malformed"),
    ],
)
def test_a_bad_new_dashboard_changes_nothing(project, args, message):
    before = (project / "dashboards.toml").read_text()
    done = dashfleet(project, *args)
    assert done.returncode == 2
    assert message in done.stderr
    assert (project / "dashboards.toml").read_text() == before
    assert not (project / "dash_sales").exists()


def test_check_names_a_missing_thumbnail(project):
    (project / "landing/static/thumbnails/simple.png").unlink()
    done = dashfleet(project, "check")
    assert done.returncode == 1
    assert "'simple': thumbnail landing/static/thumbnails/simple.png does not exist" in done.stderr


def test_check_names_a_registry_entry_without_its_package(project):
    shutil.rmtree(project / "dash_simple")
    done = dashfleet(project, "check")
    assert done.returncode == 1
    assert "'simple' names service 'dash_simple', but there is no folder dash_simple/" in done.stderr


def test_check_names_an_app_outside_its_service_folder(project):
    registry = project / "dashboards.toml"
    registry.write_text(registry.read_text().replace('app = "dash_simple:create_app"', 'app = "nowhere:app"'))
    done = dashfleet(project, "check")
    assert done.returncode == 1
    assert "'simple': app 'nowhere:app' names no module in dash_simple/" in done.stderr
