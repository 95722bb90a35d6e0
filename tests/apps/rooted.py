"""A small app written for the root of its own host, as many are: its router compares the
pathname with "/" and "/other", and its links are written from the root. Under a path prefix it
cannot work; at its own host name (registry `host`) it must, unchanged."""

from dash import Dash, Input, Output, dcc, html

app = Dash(__name__, title="Rooted")

app.layout = html.Div(
    [
        dcc.Location(id="url"),
        html.Nav(
            [
                html.A("Home", href="/", id="home-link"),
                " · ",
                html.A("Other", href="/other", id="other-link"),
            ]
        ),
        html.Div(id="page"),
    ]
)


@app.callback(Output("page", "children"), Input("url", "pathname"))
def route(pathname):
    if pathname == "/":
        return html.H1("Rooted home", id="heading")
    if pathname == "/other":
        return html.H1("Rooted other", id="heading")
    return html.H1(f"Nothing at {pathname}", id="heading")


if __name__ == "__main__":
    app.run(debug=True)
