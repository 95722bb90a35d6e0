"""A ledger: add entries, list them on one tab, tick them on the other; a dcc.Store holds them."""

import dash
from dash import ALL, Input, Output, State, callback, dcc, html

app = dash.Dash(__name__, suppress_callback_exceptions=True)

app.layout = html.Div(
    [
        html.H1("Ledger"),
        dcc.Store(id="entries", data=[]),
        html.Div([dcc.Input(id="amount", type="number", value=10), html.Button("Add", id="add")]),
        dcc.Tabs(
            id="tabs",
            value="list",
            children=[dcc.Tab(label="List", value="list"), dcc.Tab(label="Tick", value="tick")],
        ),
        html.Div(id="tab-content"),
        html.P(id="total"),
    ]
)


@callback(Output("tab-content", "children"), Input("tabs", "value"), State("entries", "data"))
def show_tab(tab, entries):
    if tab == "list":
        return html.Ul([html.Li(f"{e}") for e in entries])
    return html.Div(
        [
            dcc.Checklist(id={"type": "entry", "index": i}, options=[{"label": f"{e}", "value": e}], value=[])
            for i, e in enumerate(entries)
        ]
    )


@callback(
    Output("entries", "data"),
    Input("add", "n_clicks"),
    State("amount", "value"),
    State("entries", "data"),
    prevent_initial_call=True,
)
def add_entry(_, amount, entries):
    return [*entries, amount]


@callback(
    Output("total", "children"), Input({"type": "entry", "index": ALL}, "value"), Input("entries", "data")
)
def total(ticked, entries):
    ticked_sum = sum(v for values in ticked for v in values)
    return f"{len(entries)} entries, ticked total {ticked_sum}"


if __name__ == "__main__":
    app.run(debug=True)
