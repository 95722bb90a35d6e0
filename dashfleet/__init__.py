"""dashfleet: many Plotly Dash dashboards, each its own gunicorn service, behind one nginx gateway.

This package is the runtime every service image carries: the registry, the service loader and
gunicorn settings, and the layer every Dash app gets. The operator's tool (command line, rendering,
checks, process mode) is the subpackage `dashfleet.tool`, which the images leave out.
"""
