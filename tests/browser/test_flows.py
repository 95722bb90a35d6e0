"""Every flow a person follows, in chromium, through the gateway of the running fleet."""

import re

from playwright.sync_api import expect

from dash_population.data import load
from tests.helpers import GRAPH_DATA, choose_country, wait_for


def test_landing_shows_a_card_per_dashboard_all_up(page, fleet_site, registry):
    page.goto(fleet_site.url + "/")
    expect(page).to_have_title("dashfleet")
    cards = page.locator(".card")
    expect(cards).to_have_count(len(registry.dashboards))
    for board in registry.dashboards:
        card = page.locator(f'[data-dashboard="{board.name}"]')
        expect(card.get_by_role("link", name=board.title)).to_have_attribute("href", board.prefix)
        expect(card).to_contain_text(board.description)
        expect(card.locator(".status")).to_have_text("up")
    assert page.problems == []


def test_population_flow_from_landing_to_japan_and_back(page, fleet_site, registry):
    page.goto(fleet_site.url + "/")
    page.get_by_role("link", name="Population").click()
    expect(page).to_have_url(fleet_site.url + "/population/")
    expect(page).to_have_title("Population by country")
    expect(page.get_by_role("heading", name="Population by country")).to_be_visible()

    # The graph draws a line, for Canada first.
    wait_for(page, f"() => ({GRAPH_DATA})()?.name === 'Canada'")
    line = page.locator("#graph-content .scatterlayer .trace path.js-line")
    expect(line).to_have_count(1)
    assert len(line.get_attribute("d")) > 20

    choose_country(page, "Japan")
    plotted = page.evaluate(f"() => {{ const t = ({GRAPH_DATA})(); return [t.x, t.y]; }}")
    japan = load().series("Japan")
    assert plotted == [list(japan.years), list(japan.pop)]

    page.get_by_role("link", name="Main page").click()
    expect(page).to_have_url(fleet_site.url + "/")
    expect(page.locator(".card")).to_have_count(len(registry.dashboards))
    assert page.problems == []
    # The graph drew with the small plotly.js bundle; the 4.8 MB one was never fetched.
    assert any("plotly-basic-" in url for url in page.requested)
    assert not any("plotly.min.js" in url for url in page.requested)


def test_simple_draws_two_named_bar_traces(page, fleet_site):
    page.goto(fleet_site.url + "/simple/")
    expect(page.get_by_role("heading", name="Welcome to my Dash App")).to_be_visible()
    wait_for(page, "() => document.querySelectorAll('#example-graph .barlayer .trace').length === 2")
    names = page.evaluate(
        "() => document.querySelector('#example-graph .js-plotly-plot').data.map(t => [t.name, t.type])"
    )
    assert names == [["Category 1", "bar"], ["Category 2", "bar"]]
    expect(page.locator("#example-graph .legendtext")).to_have_text(["Category 1", "Category 2"])
    assert page.problems == []


def test_a_stopped_dashboard_shows_down_then_up_again(page, fleet_site):
    fleet = fleet_site.backend
    page.goto(fleet_site.url + "/")
    status = page.locator('[data-dashboard="population"] .status')
    expect(status).to_have_text("up")
    fleet.stop_service("population")
    try:
        # The page refreshes its badges by itself; the landing caches checks for a few seconds.
        expect(status).to_have_text("down", timeout=15_000)
        expect(page.locator('[data-dashboard="simple"] .status')).to_have_text("up")
        page.get_by_role("link", name="Population").click()
        expect(page.get_by_role("heading", name="Population is down")).to_be_visible()
        expect(page).to_have_title(re.compile("Population is down"))
        page.get_by_role("link", name="Back to all dashboards").click()
        expect(page).to_have_url(fleet_site.url + "/")
    finally:
        fleet.start_service("population")
    expect(page.locator('[data-dashboard="population"] .status')).to_have_text("up", timeout=15_000)


def test_landing_works_from_the_keyboard(page, fleet_site):
    page.goto(fleet_site.url + "/")
    for _ in range(20):  # brand link, the search box, its button and tag chips, then the cards' links
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.textContent") == "Population":
            break
    expect(page.locator(":focus")).to_have_text("Population")
    page.keyboard.press("Enter")
    expect(page).to_have_url(fleet_site.url + "/population/")
