import dash
from dash import Input, Output, callback, dcc, html

dash.register_page(
    __name__,
    path="/",
    name="Home",
    title="Atlas home",
    image="logo.svg",
    description="Countries of the world",
)

layout = html.Div(
    [
        html.H1("Atlas home"),
        dcc.Input(id="home-name", value="world", type="text"),
        html.P(id="home-greeting"),
    ]
)


@callback(Output("home-greeting", "children"), Input("home-name", "value"))
def greet(name):
    return f"Hello, {name}!"
