import dash
from dash import html

dash.register_page(__name__, path_template="/report/<report_id>", name="Report")


def layout(report_id=None, view="chart", **other):
    return html.Div([html.H1(f"Report {report_id}"), html.P(f"View: {view}", id="report-view")])
