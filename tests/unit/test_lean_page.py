"""A page's first visit leaves out what a current browser never uses (dashfleet/lean_page.py):
Dash's polyfill (replaced by the one piece its bundles call), dash_table's bundle where no table
can appear, Dash's favicon file (an inline icon instead). Where a table might appear, it stays."""

from __future__ import annotations

import re

from dash import Input, Output, dash_table, dcc, html

from dash_population import create_app as create_population
from dashfleet.dashapp import create_dash
from dashfleet.lean_page import FAVICON, RUNTIME


def scripts(app) -> list[str]:
    page = app.server.test_client().get(app.config.requests_pathname_prefix).get_data(as_text=True)
    return re.findall(r'<script src="([^"]+)"', page)


def test_the_population_page_loads_the_runtime_and_no_polyfill_table_or_favicon_file():
    app = create_population("/population/")
    srcs = scripts(app)
    assert f"/population/_dashfleet-static/{RUNTIME}" in srcs
    assert not [s for s in srcs if "polyfill" in s or "dash_table" in s]
    # The runtime comes before every bundle that calls it.
    assert srcs.index(f"/population/_dashfleet-static/{RUNTIME}") < min(
        i for i, s in enumerate(srcs) if "dash-renderer" in s or "dash_core_components" in s
    )
    page = app.server.test_client().get("/population/").get_data(as_text=True)
    assert FAVICON in page and "_favicon.ico" not in page


def test_a_table_in_the_layout_keeps_dash_table():
    app = create_dash(__name__, prefix="/t/")
    app.layout = html.Div([dash_table.DataTable(id="t", data=[{"a": 1}])])
    assert any("dash_table" in s for s in scripts(app))


def test_a_callback_that_writes_children_keeps_dash_table():
    app = create_dash(__name__, prefix="/c/")
    app.layout = html.Div([dcc.Input(id="i"), html.Div(id="out")])
    app.callback(Output("out", "children"), Input("i", "value"))(lambda v: v)
    assert any("dash_table" in s for s in scripts(app))


def test_a_layout_function_keeps_dash_table():
    app = create_dash(__name__, prefix="/f/")
    app.layout = lambda: html.Div("made per visit")
    assert any("dash_table" in s for s in scripts(app))


def test_an_app_s_own_favicon_is_kept(tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "favicon.ico").write_bytes(b"\0\0\1\0")
    app = create_dash(__name__, prefix="/i/", assets_folder=str(tmp_path / "assets"))
    app.layout = html.Div("x")
    page = app.server.test_client().get("/i/").get_data(as_text=True)
    assert "/i/assets/favicon.ico" in page and FAVICON not in page
