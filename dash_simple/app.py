"""Build the simple Dash app for one public prefix."""

from __future__ import annotations

from dash import Dash

from dash_simple.layout import layout
from dashfleet.dashapp import create_dash

TITLE = "Simple dashboard"


def create_app(prefix: str | None = None) -> Dash:
    app = create_dash(__name__, prefix=prefix, title=TITLE)
    app.layout = layout()
    return app
