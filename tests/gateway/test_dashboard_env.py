"""A dashboard's own configuration (registry `env` and `secrets`) in process mode: it arrives in
that dashboard only, a secret's value appears in no rendered file, log or page, and a missing
secret stops that dashboard alone, with one line saying what to set."""

from __future__ import annotations

import hashlib
import textwrap

import pytest
import requests

from dashfleet.registry import load
from dashfleet.tool.local import Fleet, free_port
from tests.helpers import copy_project, dashfleet_cli, project_fleet

SECRET_VALUE = "s3cret-value-" + "q" * 20
SHOWS_ITS_ENVIRONMENT = '''
    """Shows what of its environment arrived (a secret by digest, never by value)."""
    import hashlib
    import os

    from dash import Dash, html

    def digest(name):
        value = os.environ.get(name)
        return hashlib.sha256(value.encode()).hexdigest()[:16] if value is not None else "absent"

    app = Dash(__name__)
    app.layout = lambda: html.Div(
        f"region={os.environ.get('REGION', 'absent')} secret={digest('SALES_DB_PASSWORD')}", id="env"
    )
'''


def add_dashboard(project, name: str, extra: str = "") -> None:
    package = project / f"dash_{name}"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "app.py").write_text(textwrap.dedent(SHOWS_ITS_ENVIRONMENT))
    with (project / "dashboards.toml").open("a") as registry:
        registry.write(
            f'\n[dashboards.{name}]\ntitle = "{name.title()}"\ndescription = "its environment"\n'
            f'prefix = "/{name}/"\nservice = "dash_{name}"\napp = "dash_{name}.app:app"\n'
            f'access = "public"\n{extra}'
        )


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("dashboard-env"))
    add_dashboard(project, "sales", 'env = { REGION = "eu" }\nsecrets = ["SALES_DB_PASSWORD"]\n')
    add_dashboard(project, "neighbour")
    assert dashfleet_cli(project, "render").returncode == 0
    return project


def shown(fleet, name: str) -> str:
    layout = requests.get(f"{fleet.url}/{name}/_dash-layout", timeout=10)
    assert layout.status_code == 200, layout.text
    return layout.json()["props"]["children"]


@pytest.fixture(scope="module")
def fleet(project, tmp_path_factory):
    # In the operator's environment, as every service's environment derives from it: only sales
    # may get it (its _FILE form is tested in tests/unit/test_dashboard_env.py).
    with project_fleet(
        project, tmp_path_factory.mktemp("dashboard-env-fleet"), {"SALES_DB_PASSWORD": SECRET_VALUE}
    ) as running:
        yield running


def test_env_and_secret_reach_their_dashboard_only(fleet):
    digest = hashlib.sha256(SECRET_VALUE.encode()).hexdigest()[:16]
    assert shown(fleet, "sales") == f"region=eu secret={digest}"
    assert shown(fleet, "neighbour") == "region=absent secret=absent"


def test_a_secret_value_is_in_no_rendered_file_log_or_page(fleet, project):
    pages = [
        requests.get(f"{fleet.url}{path}", timeout=10).text for path in ("/", "/sales/", "/api/dashboards")
    ]
    files = [
        p
        for p in [*project.rglob("*"), *fleet.run_dir.rglob("*")]
        if p.is_file() and p.stat().st_size < 5_000_000
    ]
    leaked = [
        str(p) for p in files if p.name != "sales-db-password" and SECRET_VALUE.encode() in p.read_bytes()
    ]
    assert leaked == []
    assert not any(SECRET_VALUE in page for page in pages)


def test_a_missing_secret_stops_that_dashboard_alone_with_one_line(project, tmp_path):
    fleet = Fleet(load(project / "dashboards.toml"), port=free_port(), run_dir=tmp_path / "run")
    for name in ("SALES_DB_PASSWORD", "SALES_DB_PASSWORD_FILE"):
        fleet.env.pop(name, None)  # whatever the machine's environment holds
    with fleet:
        assert fleet.failed["sales"] == (
            "secret SALES_DB_PASSWORD is not set: export SALES_DB_PASSWORD, or SALES_DB_PASSWORD_FILE "
            "naming a file that holds it"
        )
        assert requests.get(f"{fleet.url}/sales/_dash-layout", timeout=10).status_code == 503
        assert shown(fleet, "neighbour") == "region=absent secret=absent"
