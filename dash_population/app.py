"""Build the population Dash app for one public prefix."""

from __future__ import annotations

from dash import Dash

from dash_population import data as population_data
from dash_population.callbacks import register_callbacks
from dash_population.layout import layout
from dashfleet.dashapp import create_dash

TITLE = "Population by country"


def create_app(prefix: str | None = None, data: population_data.Population | None = None) -> Dash:
    data = data or population_data.load()
    app = create_dash(__name__, prefix=prefix, title=TITLE)
    app.layout = layout(data.countries)
    register_callbacks(app, data)
    return app
