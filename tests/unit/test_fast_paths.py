"""The properties that make dashfleet fast, guarded without timing anything: the callback path
never touches plotly express, pandas or the data file; a direct callback answers exactly what
Dash's own dispatch answers; the small plotly.js bundle replaces the full one unless asked."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from dash import Dash, Input, Output, dcc, html, no_update
from dash.exceptions import PreventUpdate

from dash_population import create_app
from dashfleet.callbacks import direct_callback
from dashfleet.dashapp import PLOTLY_BUNDLES, create_dash

ROOT = Path(__file__).resolve().parents[2]


def body(value, output="out.children", input_id="in"):
    component, prop = output.split(".")
    return {
        "output": output,
        "outputs": {"id": component, "property": prop},
        "inputs": [{"id": input_id, "property": "value", "value": value}],
        "changedPropIds": [],
    }


def test_callback_path_imports_neither_plotly_express_nor_pandas():
    request = json.dumps(body("Japan", "graph-content.figure", "dropdown-selection"))
    code = (
        "import sys, json\n"
        "from dash_population import create_app\n"
        "client = create_app('/population/').server.test_client()\n"
        f"r = client.post('/population/_dash-update-component', json={request})\n"
        "assert r.status_code == 200, r.status_code\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('plotly.express', 'pandas')))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


def test_data_is_indexed_once_and_never_read_per_request(monkeypatch):
    import gzip

    client = create_app("/population/").server.test_client()

    def no_file_io(*args, **kwargs):
        raise AssertionError("the data file was read on a request")

    monkeypatch.setattr(gzip, "open", no_file_io)
    monkeypatch.setattr("builtins.open", no_file_io)
    for country in ("Canada", "Japan", "Chile"):
        resp = client.post(
            "/population/_dash-update-component",
            json=body(country, "graph-content.figure", "dropdown-selection"),
        )
        assert resp.status_code == 200
        assert resp.get_json()["response"]["graph-content"]["figure"]["data"][0]["name"] == country


def test_population_callback_takes_the_direct_path():
    app = create_app("/population/")
    assert "graph-content.figure" in app.server.extensions["dashfleet_direct_callbacks"]


def two_apps(func):
    """The same function behind Dash's own dispatch and behind the direct path."""
    layout = html.Div([dcc.Input(id="in"), html.Div(id="out")])
    plain = Dash(__name__, url_base_pathname="/x/")
    plain.layout = layout
    plain.callback(Output("out", "children"), Input("in", "value"))(func)
    direct = create_dash(__name__, prefix="/x/")
    direct.layout = layout
    direct_callback(direct, Output("out", "children"), Input("in", "value"))(func)
    return plain.server.test_client(), direct.server.test_client()


@pytest.mark.parametrize("value", ["a", "", None, 3, [1, 2]])
def test_direct_callback_answers_what_dash_answers(value):
    plain, direct = two_apps(lambda v: {"echo": v, "figure": {"data": [{"x": (1, 2), "y": [3.5, None]}]}})
    expected, got = (
        plain.post("/x/_dash-update-component", json=body(value)),
        direct.post("/x/_dash-update-component", json=body(value)),
    )
    assert (
        (got.status_code, got.mimetype)
        == (expected.status_code, expected.mimetype)
        == (200, "application/json")
    )
    assert got.get_json() == expected.get_json()


def prevent(value):
    raise PreventUpdate


@pytest.mark.parametrize("func", [prevent, lambda v: no_update], ids=["PreventUpdate", "no_update"])
def test_direct_callback_skips_an_update_as_dash_does(func):
    plain, direct = two_apps(func)
    expected = plain.post("/x/_dash-update-component", json=body("a"))
    got = direct.post("/x/_dash-update-component", json=body("a"))
    assert (got.status_code, got.get_data()) == (expected.status_code, expected.get_data())


def test_small_plotly_bundle_replaces_the_full_one_unless_asked_then_the_strict_one():
    basic = create_dash(__name__, prefix="/b/")
    basic.layout = html.Div()
    html_basic = basic.server.test_client().get("/b/").get_data(as_text=True)
    assert f'src="/b/_dashfleet-static/{PLOTLY_BUNDLES["basic"]}"' in html_basic

    full = create_dash(__name__, prefix="/f/", plotly="full")
    full.layout = html.Div()
    html_full = full.server.test_client().get("/f/").get_data(as_text=True)
    assert "plotly-basic" not in html_full
    # every trace type, without eval (the site's CSP refuses it): plotly.js's strict build
    assert f'src="/f/_dashfleet-static/{PLOTLY_BUNDLES["full"]}"' in html_full

    with pytest.raises(ValueError, match="plotly must be one of"):
        create_dash(__name__, prefix="/z/", plotly="maps")
