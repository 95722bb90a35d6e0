"""The landing page's search and tag chips in chromium, through the gateway: typing filters the
cards as it goes and the count says how many are left, clearing brings every card back, a chip
filters by its tag from mouse or keyboard, and all of it with the site's CSP intact; without
JavaScript the same form is answered by the server; on a phone nothing overflows."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

# Collects what the page's Content-Security-Policy refused (init scripts are not subject to it).
CSP_WATCH = (
    "window.__csp = [];"
    "document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective));"
)


def matching(registry, words: str, tag: str = "") -> list[str]:
    """The names a visitor expects for `words` and `tag`: every word in the title, description or tags."""
    return [
        d.name
        for d in registry.dashboards
        if (not tag or tag in d.tags)
        and all(w in " ".join([d.title, d.description, *d.tags]).lower() for w in words.lower().split())
    ]


def query_of(url: str) -> dict:
    return parse_qs(urlsplit(url).query)


def shown(page) -> list[str]:
    return page.eval_on_selector_all(".cards > .card:not([hidden])", "cs => cs.map(c => c.dataset.dashboard)")


def test_typing_filters_live_the_count_is_announced_and_clearing_restores_all(page, fleet_site, registry):
    page.add_init_script(CSP_WATCH)
    total = len(registry.dashboards)
    page.goto(fleet_site.url + "/")
    count = page.locator("#search-count")
    expect(count).to_have_attribute("aria-live", "polite")
    expect(count).to_have_attribute("role", "status")
    expect(count).to_have_text(f"{total} of {total} dashboards")
    page.evaluate("() => { window.__same_page = true; }")  # gone if the page reloaded

    box = page.get_by_role("searchbox", name="Search dashboards")
    word = registry.dashboards[-1].title.split()[0]
    box.click()
    page.keyboard.type(word.lower(), delay=30)  # key by key, as a person types
    wanted = matching(registry, word)
    expect(count).to_have_text(f"{len(wanted)} of {total} dashboards")
    assert sorted(shown(page)) == sorted(wanted)
    for name in {d.name for d in registry.dashboards} - set(wanted):
        expect(page.locator(f'[data-dashboard="{name}"]')).to_be_hidden()
    page.wait_for_url(lambda url: query_of(url) == {"q": [word.lower()]})  # a reload keeps it

    page.keyboard.type(" zzz-nothing")
    expect(count).to_have_text(f"0 of {total} dashboards")
    expect(page.get_by_text("No dashboard matches.")).to_be_visible()

    box.fill("")  # cleared: every card again
    expect(count).to_have_text(f"{total} of {total} dashboards")
    expect(page.locator(".cards > .card:visible")).to_have_count(total)
    expect(page.get_by_text("No dashboard matches.")).to_be_hidden()
    assert page.evaluate("() => window.__same_page") is True
    assert page.evaluate("() => window.__csp") == []
    assert page.problems == []


def test_a_tag_chip_filters_by_mouse_and_by_keyboard(page, fleet_site, registry):
    tags = sorted({t for d in registry.dashboards for t in d.tags})
    if not tags:
        pytest.skip("no dashboard of this registry has tags")
    page.add_init_script(CSP_WATCH)
    total = len(registry.dashboards)
    page.goto(fleet_site.url + "/")
    chips = page.get_by_role("navigation", name="Filter by tag")
    tag = tags[-1]
    chips.get_by_role("link", name=tag, exact=True).click()
    expect(page.locator("#search-count")).to_have_text(
        f"{len(matching(registry, '', tag))} of {total} dashboards"
    )
    assert sorted(shown(page)) == sorted(matching(registry, "", tag))
    expect(chips.get_by_role("link", name=tag, exact=True)).to_have_attribute("aria-current", "true")
    page.wait_for_url(lambda url: query_of(url) == {"tag": [tag]})

    # From the keyboard: focus "All" and press Enter.
    chips.get_by_role("link", name="All").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#search-count")).to_have_text(f"{total} of {total} dashboards")
    expect(chips.get_by_role("link", name="All")).to_have_attribute("aria-current", "true")
    # Tab from the search box reaches the button, then the chips.
    page.get_by_role("searchbox", name="Search dashboards").focus()
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Search")
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("All")
    for _ in range(len(tags)):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.textContent") == tag:
            break
    page.keyboard.press("Enter")
    assert sorted(shown(page)) == sorted(matching(registry, "", tag))
    assert page.evaluate("() => window.__csp") == []
    assert page.problems == []


def test_without_javascript_the_server_answers_the_same_form(browser, fleet_site, registry):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        problems = []  # what the page fixture's watch collects, for this context of our own
        page.on("console", lambda m: m.type == "error" and problems.append(m.text))
        page.on("response", lambda r: r.status >= 400 and problems.append(f"HTTP {r.status}: {r.url}"))
        page.goto(fleet_site.url + "/")
        word = registry.dashboards[-1].title.split()[0]
        page.get_by_role("searchbox", name="Search dashboards").fill(word)
        page.keyboard.press("Enter")  # a plain GET form: a new page, filtered by the server
        page.wait_for_url(lambda url: query_of(url) == {"q": [word]})
        wanted = matching(registry, word)
        expect(page.locator("#search-count")).to_have_text(
            f"{len(wanted)} of {len(registry.dashboards)} dashboards"
        )
        assert sorted(shown(page)) == sorted(wanted)
        expect(page.get_by_role("searchbox", name="Search dashboards")).to_have_value(word)
        assert problems == []
    finally:
        context.close()


def test_on_a_phone_the_search_fits_the_screen(browser, fleet_site):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        page.goto(fleet_site.url + "/")
        box = page.get_by_role("searchbox", name="Search dashboards").bounding_box()
        button = page.get_by_role("button", name="Search").bounding_box()
        assert box["x"] >= 0 and button["x"] + button["width"] <= 390
        assert box["height"] >= 32  # a finger can hit it
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 390  # no sideways scroll
    finally:
        context.close()
