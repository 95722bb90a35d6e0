import dash
from dash import Dash, dcc, html

app = Dash(__name__, use_pages=True, title="Atlas")
server = app.server

app.layout = html.Div(
    [
        html.Img(src=app.get_asset_url("logo.svg"), alt="Atlas logo", height=32),
        html.Nav(
            [
                dcc.Link(page["name"], href=page["relative_path"], className="nav-link")
                for page in dash.page_registry.values()
                if not page["path"].startswith("/report")
            ]
            + [
                dcc.Link(
                    "Report 42", href=dash.get_relative_path("/report/42?view=table"), className="nav-link"
                )
            ]
        ),
        dash.page_container,
    ]
)

if __name__ == "__main__":
    app.run(debug=True)
