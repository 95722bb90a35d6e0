"""Existing Dash apps, adopted unmodified, as a person uses them in chromium through the gateway:
every page link, a redirect, path variables and query strings, the app's 404, its assets, and
callbacks; no request leaves the app's prefix and nothing fails in the console."""

from playwright.sync_api import expect

from tests.helpers import wait_for


def only_under(page, base: str, prefix: str) -> list[str]:
    """Requests the page made outside `prefix` (should be none)."""
    return [u for u in page.requested if not u.startswith(base + prefix)]


def test_a_dash_pages_app_works_under_its_prefix(page, adopted_site):
    base = adopted_site.url
    page.goto(base + "/atlas/")
    expect(page.get_by_role("heading", name="Atlas home")).to_be_visible()
    # Its stylesheet and image from assets/, found under the prefix.
    wait_for(page, "() => getComputedStyle(document.querySelector('h1')).color === 'rgb(20, 80, 160)'")
    wait_for(page, "() => document.querySelector('img[alt=\"Atlas logo\"]').naturalWidth > 0")
    # A global dash.callback of one of its pages.
    page.locator("#home-name").fill("Ada")
    expect(page.locator("#home-greeting")).to_have_text("Hello, Ada!")

    # Every link of its navigation, built from page["relative_path"] and get_relative_path.
    for link, url, heading in [
        ("Archive", "/atlas/archive", "Archive"),
        ("Report 42", "/atlas/report/42?view=table", "Report 42"),
        ("Not found 404", "/atlas/not-found-404", "Nothing here"),
        ("Home", "/atlas/", "Atlas home"),
    ]:
        page.get_by_role("link", name=link, exact=True).click()
        expect(page).to_have_url(base + url)
        expect(page.get_by_role("heading", name=heading)).to_be_visible()
    page.get_by_role("link", name="Report 42").click()
    expect(page.locator("#report-view")).to_have_text("View: table")  # the query string

    page.goto(base + "/atlas/old-archive")  # redirect_from
    expect(page).to_have_url(base + "/atlas/archive")
    expect(page.get_by_role("heading", name="Archive")).to_be_visible()

    page.goto(base + "/atlas/report/7")  # a path variable, straight from the address bar
    expect(page.get_by_role("heading", name="Report 7")).to_be_visible()

    page.goto(base + "/atlas/no/such/page")  # the app's own 404 page
    expect(page.get_by_role("heading", name="Nothing here")).to_be_visible()
    page.get_by_role("link", name="Back home").click()
    expect(page).to_have_url(base + "/atlas/")

    assert only_under(page, base, "/atlas/") == []
    assert page.problems == []


def test_a_store_and_pattern_matching_callbacks(page, adopted_site):
    base = adopted_site.url
    page.goto(base + "/ledger/")
    for amount in ("10", "20"):
        page.locator("#amount").fill(amount)
        page.get_by_role("button", name="Add").click()
        expect(page.locator("#total")).to_contain_text(f"{1 if amount == '10' else 2} entries")
    page.get_by_text("Tick", exact=True).click()
    checkboxes = page.get_by_role("checkbox")
    expect(checkboxes).to_have_count(2)
    checkboxes.nth(1).check()
    expect(page.locator("#total")).to_have_text("2 entries, ticked total 20")
    assert only_under(page, base, "/ledger/") == []
    assert not any("plotly" in u for u in page.requested)  # no graph, no plotly.js
    assert page.problems == []


def test_an_app_with_its_own_packages_draws_with_the_small_bundle(page, adopted_site):
    base = adopted_site.url
    page.goto(base + "/inventory/")
    bars = "() => document.querySelector('#stock-graph .js-plotly-plot')?.data?.[0]?.x?.join(',')"
    wait_for(page, f"() => ({bars})() === 'north,south'")
    page.locator("#by").click()
    page.get_by_role("option", name="category").click()
    wait_for(page, f"() => ({bars})() === 'paint,tools'")
    expect(page.locator("#stock-graph .barlayer .point")).to_have_count(2)
    assert any("plotly-basic-" in u for u in page.requested)
    assert not any("plotly.min.js" in u for u in page.requested)
    assert only_under(page, base, "/inventory/") == []
    assert page.problems == []
