"""The dropdown -> figure callback.

The figure is a plain dict built from the pre-indexed series: no plotly express and no pandas on
the request path (plotly express alone costs ~20 ms a call).
"""

from __future__ import annotations

from dash import Dash, Input, Output
from werkzeug.exceptions import BadRequest

from dash_population.data import Population
from dashfleet.callbacks import direct_callback

_LAYOUT = {
    "xaxis": {"title": {"text": "year"}},
    "yaxis": {"title": {"text": "pop"}},
    "margin": {"t": 60, "r": 20, "b": 50, "l": 70},
    "template": {"layout": {"font": {"family": "system-ui, sans-serif"}}},
}


def population_figure(data: Population, country: str) -> dict:
    """The population line for `country`, or an explicit "no data" figure for an unknown one."""
    if not isinstance(country, str):
        raise BadRequest("the country must be a string")
    series = data.series(country)
    if series is None:
        return {
            "data": [],
            "layout": {
                **_LAYOUT,
                "title": {"text": f"No data for {country[:80]!r}"},
                "annotations": [
                    {
                        "text": "No data",
                        "showarrow": False,
                        "font": {"size": 28},
                        "xref": "paper",
                        "yref": "paper",
                        "x": 0.5,
                        "y": 0.5,
                    }
                ],
            },
        }
    return {
        "data": [{"type": "scatter", "mode": "lines", "name": country, "x": series.years, "y": series.pop}],
        "layout": {**_LAYOUT, "title": {"text": country}},
    }


def register_callbacks(app: Dash, data: Population) -> None:
    # A pure function of the dropdown's value: dashfleet answers it without Dash's dispatch.
    @direct_callback(app, Output("graph-content", "figure"), Input("dropdown-selection", "value"))
    def update_graph(country):
        return population_figure(data, country)
