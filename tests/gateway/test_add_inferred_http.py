"""An app as people have it: one file, named as its author liked, without a requirements.txt,
using dash-bootstrap-components. `dashfleet add` infers the requirement, installs it, probes the
app, and the dashboard serves through the real gateway. Real pip, real nginx and gunicorn."""

import re
import textwrap

import pytest
import requests

from dashfleet.tool import installed
from dashfleet.tool.local import free_port
from tests.helpers import copy_project, dashfleet_cli, dashfleet_run

pytestmark = pytest.mark.once  # its own copy of the project, not the test fleet

# As dash-bootstrap-components' documentation writes an app.
SALES_REPORT = """
import dash_bootstrap_components as dbc
from dash import Dash, Input, Output, html

app = Dash(__name__, external_stylesheets=[dbc.themes.BOOTSTRAP])

app.layout = dbc.Container(
    [
        html.H1("Sales report"),
        dbc.Button("Refresh", id="refresh", color="primary", n_clicks=0),
        dbc.Alert(id="status", color="info"),
    ]
)


@app.callback(Output("status", "children"), Input("refresh", "n_clicks"))
def refresh(n_clicks):
    return f"Refreshed {n_clicks} times"


if __name__ == "__main__":
    app.run(debug=True)
"""


@pytest.fixture
def environment():
    """The packages installed now, put back afterwards: the environment stays as `make venv` made it."""
    before = installed.installed()
    yield before
    installed.restore(before)


def test_a_single_file_without_requirements_is_added_and_served(tmp_path, environment):
    project = copy_project(tmp_path / "project")
    app = tmp_path / "sales-report.py"  # not a name Python imports: served unrenamed
    app.write_text(textwrap.dedent(SALES_REPORT))

    done = dashfleet_cli(project, "add", str(app), "--name", "sales")

    assert done.returncode == 0, done.stdout + done.stderr
    assert (
        "requirements.txt: dash-bootstrap-components (inferred: sales-report.py:2 imports "
        "dash_bootstrap_components)" in done.stdout
    )
    assert "sales_report.py beside it loads it" in done.stdout
    assert (project / "dash_sales" / "requirements.txt").read_text().splitlines()[-1] == (
        "dash-bootstrap-components  # sales-report.py:2 imports dash_bootstrap_components"
    )
    assert (project / "dash_sales" / "sales-report.py").read_text() == app.read_text()
    assert "dash-bootstrap-components" in installed.installed()
    assert dashfleet_cli(project, "check").returncode == 0

    port = free_port()
    with dashfleet_run(port, tmp_path / "run.log", cwd=project):
        site = f"http://127.0.0.1:{port}/sales/"
        layout = requests.get(f"{site}_dash-layout", timeout=10).json()
        assert layout["type"] == "Container" and layout["namespace"] == "dash_bootstrap_components"
        page = requests.get(site, timeout=10).text
        bundle = next(
            s for s in re.findall(r'<script src="([^"]+)"', page) if "dash_bootstrap_components" in s
        )
        assert requests.get(f"http://127.0.0.1:{port}{bundle}", timeout=10).status_code == 200
        body = {
            "output": "status.children",
            "outputs": {"id": "status", "property": "children"},
            "inputs": [{"id": "refresh", "property": "n_clicks", "value": 3}],
            "changedPropIds": ["refresh.n_clicks"],
        }
        answer = requests.post(f"{site}_dash-update-component", json=body, timeout=10)
        assert answer.json()["response"]["status"]["children"] == "Refreshed 3 times"
