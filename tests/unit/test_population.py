"""The population app called directly: layout, callback, data."""

import pandas as pd
import pytest
from werkzeug.exceptions import BadRequest

from dash_population import create_app
from dash_population.callbacks import population_figure
from dash_population.data import DEFAULT_PATH, load


@pytest.fixture(scope="module")
def data():
    return load()


@pytest.fixture(scope="module")
def gapminder():
    """The data set read independently, as the tutorial does, to check our index against."""
    return pd.read_csv(DEFAULT_PATH)


def test_every_country_of_the_data_set_is_offered(data, gapminder):
    assert data.countries == sorted(gapminder.country.unique())
    assert len(data.countries) == 142


def test_layout_has_the_dropdown_graph_and_link(data):
    app = create_app("/population/", data=data)
    layout = app.layout
    link, heading, dropdown, graph = layout.children
    assert (link.children, link.href) == ("Main page", "/")
    assert heading.children == "Population by country"
    assert heading.style == {"textAlign": "center"}
    assert dropdown.id == "dropdown-selection" and dropdown.value == "Canada"
    assert [o for o in dropdown.options] == data.countries
    assert graph.id == "graph-content"
    assert app.title == "Population by country"
    assert app.config.requests_pathname_prefix == "/population/"
    assert app.config.routes_pathname_prefix == "/population/"


@pytest.mark.parametrize("country", ["Canada", "Japan"])
def test_callback_returns_the_countrys_population_by_year(data, gapminder, country):
    figure = population_figure(data, country)
    (trace,) = figure["data"]
    expected = gapminder[gapminder.country == country].sort_values("year")
    assert list(trace["x"]) == expected.year.tolist()
    assert list(trace["y"]) == expected["pop"].astype(int).tolist()
    assert trace["type"] == "scatter" and trace["mode"] == "lines"


def test_canada_and_japan_differ(data):
    canada, japan = (population_figure(data, c)["data"][0]["y"] for c in ("Canada", "Japan"))
    assert canada != japan


def test_unknown_country_gets_an_explicit_no_data_figure(data):
    figure = population_figure(data, "Atlantis")
    assert figure["data"] == []
    assert figure["layout"]["title"]["text"] == "No data for 'Atlantis'"
    assert figure["layout"]["annotations"][0]["text"] == "No data"


@pytest.mark.parametrize("value", [None, ["Canada"], 3, {"a": 1}])
def test_a_value_that_is_not_a_country_name_is_a_bad_request(data, value):
    with pytest.raises(BadRequest):
        population_figure(data, value)


def test_callback_is_bound_to_its_own_app(data):
    first, second = create_app("/a/", data=data), create_app("/b/", data=data)
    assert "graph-content.figure" in first.callback_map
    assert "graph-content.figure" in second.callback_map
