"""dashfleet: many Plotly Dash dashboards, each its own gunicorn service, behind one nginx gateway.

The package holds what the services share (registry, Dash hardening, gunicorn defaults) and the
tooling around them (rendering derived files, running the fleet on one machine).
"""
