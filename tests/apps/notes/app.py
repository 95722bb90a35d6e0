"""Notes: a small app written the way Dash's documentation writes one, that keeps its data beside
itself: a SQLite file (`notes.db`, relative to the working directory, as `python app.py` runs it),
a diskcache folder for background callbacks (`./cache`, as the background callback docs set it
up), and a stylesheet it generates when imported (`assets/generated.css`)."""

import sqlite3

import diskcache
from dash import Dash, DiskcacheManager, Input, Output, State, dcc, html

cache = diskcache.Cache("./cache")
background_callback_manager = DiskcacheManager(cache)

with open("assets/generated.css", "w") as f:
    f.write("#count { font-weight: bold; }\n")

with sqlite3.connect("notes.db") as db:
    db.execute("CREATE TABLE IF NOT EXISTS notes (text TEXT NOT NULL)")

app = Dash(__name__, background_callback_manager=background_callback_manager)
server = app.server

app.layout = html.Div(
    [
        html.H1("Notes"),
        dcc.Input(id="text", placeholder="A note"),
        html.Button("Save", id="save"),
        html.P(id="count"),
    ]
)


@app.callback(Output("count", "children"), Input("save", "n_clicks"), State("text", "value"))
def save(n_clicks, text):
    db = sqlite3.connect("notes.db")
    try:
        with db:
            if n_clicks and text:
                db.execute("INSERT INTO notes (text) VALUES (?)", (text,))
        (count,) = db.execute("SELECT count(*) FROM notes").fetchone()
    finally:
        db.close()
    return f"{count} notes"


if __name__ == "__main__":
    app.run(debug=True)
