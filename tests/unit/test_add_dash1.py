"""A Dash 1 app as its author left it (Dash 1 imports, a pip-freeze requirements.txt): refused in
one line without --relax, nothing written; added with it in an environment of its own, on the
nearest Dash 2 and the stubs, with what its Flask 1 needs. Real uv and probe; the shared
environment is not touched."""

import textwrap

import pytest

from dashfleet.tool import installed
from tests.helpers import copy_project, dashfleet_cli

pytestmark = pytest.mark.once  # its own copy of the project, not the test fleet

DASH1_APP = """
import dash
import dash_core_components as dcc
import dash_html_components as html
from dash.dependencies import Input, Output

app = dash.Dash(__name__)
app.layout = html.Div([dcc.Input(id="in", value="a"), html.Div(id="out")])


@app.callback(Output("out", "children"), [Input("in", "value")])
def echo(value):
    return value


if __name__ == "__main__":
    app.run_server(debug=True)
"""


@pytest.fixture
def environment():
    before = installed.installed()
    yield before
    installed.restore(before)


def test_a_dash1_app_is_refused_in_one_line_then_added_with_relax(tmp_path, environment):
    project = copy_project(tmp_path / "project")
    app = tmp_path / "old"
    app.mkdir()
    (app / "app.py").write_text(textwrap.dedent(DASH1_APP))
    (app / "requirements.txt").write_text("dash==1.19.0\ndash-core-components==1.15.0\nFlask==1.1.2\n")
    registry = (project / "dashboards.toml").read_text()

    refused = dashfleet_cli(project, "add", str(app), "--name", "old")
    assert refused.returncode == 2
    assert refused.stderr.strip() == (
        "dashfleet: old: nothing was added: requirements.txt asks for Dash 1 (dash==1.19.0, "
        "dash-core-components==1.15.0): dashfleet serves Dash 2.0 and later; pass --relax to take "
        "the nearest Dash 2 (its stub packages carry the app's Dash 1 imports)"
    )
    assert (project / "dashboards.toml").read_text() == registry and not (project / "dash_old").exists()

    added = dashfleet_cli(project, "add", str(app), "--name", "old", "--relax")
    assert added.returncode == 0, added.stdout + added.stderr
    for change in (
        "requirements.txt: dash==1.19.0 -> dash==2.0.0: dashfleet serves Dash 2.0 and later",
        "requirements.txt: dash-core-components==1.15.0 -> dash-core-components==2.0.0",
        "requirements.txt: dash-html-components==2.0.0 (added: app.py:4 imports dash_html_components",
        'it gets an environment of its own (runtime = "own", Dash 2.0.0)',
        "requirements.txt: jinja2<3.1 added: Flask 1 imports jinja2.Markup and escape",
    ):
        assert change in added.stdout
    assert (app / "requirements.txt").read_text().startswith("dash==1.19.0\n")  # the author's, untouched
    assert 'runtime = "own"' in (project / "dashboards.toml").read_text()
    own = installed.installed(str(project / ".dashfleet" / "envs" / "old" / "bin" / "python"))
    assert (own["dash"], own["flask"], own["dash-html-components"]) == ("2.0.0", "1.1.2", "2.0.0")
    assert installed.installed() == environment  # the shared runtime is as it was
    assert "dashfleet: 'old' (app:app, plotly.js none) serves at /old/" in added.stdout  # probed
