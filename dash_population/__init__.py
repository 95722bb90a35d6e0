"""Population by country: a dropdown of the gapminder countries and a line of population by year."""

from dash_population.app import create_app

__all__ = ["create_app"]
