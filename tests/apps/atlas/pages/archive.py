import dash
from dash import html

dash.register_page(__name__, path="/archive", name="Archive", redirect_from=["/old-archive"])

layout = html.Div([html.H1("Archive"), html.P("Everything we ever mapped.")])
