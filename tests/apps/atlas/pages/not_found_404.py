import dash
from dash import dcc, html

dash.register_page(__name__)

layout = html.Div([html.H1("Nothing here"), dcc.Link("Back home", href=dash.get_relative_path("/"))])
