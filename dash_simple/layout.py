"""The simple page: a link home, a heading and a grouped bar chart."""

from dash import dcc, html

FIGURE = {
    "data": [
        {"x": [1, 2, 3], "y": [4, 1, 2], "type": "bar", "name": "Category 1"},
        {"x": [1, 2, 3], "y": [2, 4, 5], "type": "bar", "name": "Category 2"},
    ],
    "layout": {"title": {"text": "Dash Data Visualization"}, "barmode": "group"},
}


def layout() -> html.Div:
    return html.Div(
        [
            html.A("Main page", id="main-page-link", href="/"),
            html.H1("Welcome to my Dash App", style={"textAlign": "center"}),
            dcc.Graph(id="example-graph", figure=FIGURE),
        ]
    )
