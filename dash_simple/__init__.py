"""The simple dashboard: a grouped bar chart, the smallest Dash app there is."""

from dash_simple.app import create_app

__all__ = ["create_app"]
