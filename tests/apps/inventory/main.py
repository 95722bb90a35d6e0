import pandas as pd
import plotly.express as px
from dash import Dash, Input, Output, dcc, html
from helpers import totals_by


def create_app():
    # Written for a deployment at /inventory/ behind a proxy that does not strip it.
    app = Dash(__name__, routes_pathname_prefix="/inventory/", requests_pathname_prefix="/inventory/")
    stock = pd.read_csv("data/stock.csv")
    app.layout = html.Div(
        [
            html.H1("Inventory"),
            dcc.Dropdown(id="by", options=["warehouse", "category"], value="warehouse"),
            dcc.Graph(id="stock-graph"),
        ]
    )

    @app.callback(Output("stock-graph", "figure"), Input("by", "value"))
    def update(by):
        frame = totals_by(stock, by)
        return px.bar(frame, x=by, y="units", title=f"Units by {by}")

    return app
