"""Hoard: each click keeps another block of memory, the way a cache that only ever grows would, and
the page says how much its process holds."""

import os

from dash import Dash, Input, Output, State, dcc, html

app = Dash(__name__)
server = app.server

kept = []

app.layout = html.Div(
    [
        html.H1("Hoard"),
        dcc.Input(id="megabytes", type="number", value=50, min=0, max=1024),
        html.Button("Keep", id="keep"),
        html.P(id="held"),
    ]
)


@app.callback(Output("held", "children"), Input("keep", "n_clicks"), State("megabytes", "value"))
def keep(n_clicks, megabytes):
    if n_clicks and megabytes:
        kept.append(b"\x01" * (int(megabytes) * 1024 * 1024))  # written, so every page is in use
    held = sum(len(block) for block in kept) // (1024 * 1024)
    return f"{held} MB held by process {os.getpid()}"


if __name__ == "__main__":
    app.run(debug=True)
