"""The baseline: the tutorial's middleware approach as it is written (../shared/seed), so the
benchmark compares dashfleet with what a team would start from.

Kept as in the tutorial: one process group, both apps behind werkzeug's DispatcherMiddleware, a
pandas DataFrame in a global, and `px.line` built on every callback. Changed only where it cannot
run here: the data comes from the shipped gapminder file (no internet), and `href=` not `href:`.

    gunicorn -w 4 bench.baseline_app:app
"""

import pandas as pd
import plotly.express as px
from dash import Dash, Input, Output, dcc, html
from flask import Flask, render_template_string
from werkzeug.middleware.dispatcher import DispatcherMiddleware

from dash_population.data import DEFAULT_PATH

df = pd.read_csv(DEFAULT_PATH)


def init_simple_app(url_path):
    app = Dash(requests_pathname_prefix=url_path)
    app.layout = html.Div(
        children=[
            html.A(id="logout-link", children="Main page", href="/"),
            html.H1("Welcome to my Dash App", style={"textAlign": "center"}),
            html.Div(id="dummy"),
            dcc.Graph(
                id="example-graph",
                figure={
                    "data": [
                        {"x": [1, 2, 3], "y": [4, 1, 2], "type": "bar", "name": "Category 1"},
                        {"x": [1, 2, 3], "y": [2, 4, 5], "type": "bar", "name": "Category 2"},
                    ],
                    "layout": {"title": "Dash Data Visualization"},
                },
            ),
        ]
    )
    return app.server


def update_graph(value):
    dff = df[df.country == value]
    return px.line(dff, x="year", y="pop")


def init_population_app(url_path):
    app = Dash(requests_pathname_prefix=url_path)
    app.title = "Population by country - Ploomber Cloud Dash Application"
    app.layout = html.Div(
        [
            html.A(id="logout-link", children="Main page", href="/"),
            html.H1(children="Population by country", style={"textAlign": "center"}),
            dcc.Dropdown(df.country.unique(), "Canada", id="dropdown-selection"),
            dcc.Graph(id="graph-content"),
        ]
    )
    app.callback(Output("graph-content", "figure"), Input("dropdown-selection", "value"))(update_graph)
    return app.server


flask_app = Flask(__name__)


@flask_app.route("/")
def home():
    return render_template_string(
        """
        <h1>Main Flask App</h1>
        <h2>Select your Dash App</h2>
        <ul>
            <li><a href='/simple/'>Simple App</a></li>
            <li><a href='/population/'>Population</a></li>
        </ul>"""
    )


app = DispatcherMiddleware(
    flask_app,
    {"/simple": init_simple_app("/simple/"), "/population": init_population_app("/population/")},
)
