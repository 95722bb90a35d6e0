"""The population page: a link home, a heading, the country dropdown and the graph."""

from dash import dcc, html

DEFAULT_COUNTRY = "Canada"


def layout(countries: list[str], default: str = DEFAULT_COUNTRY) -> html.Div:
    return html.Div(
        [
            html.A("Main page", id="main-page-link", href="/"),
            html.H1("Population by country", style={"textAlign": "center"}),
            dcc.Dropdown(countries, default, id="dropdown-selection", clearable=False),
            dcc.Graph(id="graph-content"),
        ]
    )
