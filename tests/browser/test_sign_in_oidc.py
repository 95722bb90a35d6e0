"""Signing in through a real OpenID Connect provider in chromium: the dashboard sends you to the
provider's sign-in page, you come back to the dashboard, it works, you sign out of the site and of
the provider (RP-Initiated Logout), and the next visit asks who you are again."""

import re

from playwright.sync_api import expect

from tests.helpers import GRAPH_DATA, choose_country, wait_for


def test_sign_in_with_the_provider_then_use_the_dashboard(page, oidc_fleet, oidc_provider):
    page.goto(oidc_fleet.url + "/population/")
    expect(page).to_have_url(re.compile(re.escape(oidc_provider) + "/interaction/"))
    page.get_by_placeholder("Enter any login").fill("ada")
    page.get_by_placeholder("and password").fill("any password")
    page.get_by_role("button", name="Sign-in").click()
    page.get_by_role("button", name="Continue").click()  # the provider's consent

    expect(page).to_have_url(oidc_fleet.url + "/population/")
    wait_for(page, f"() => ({GRAPH_DATA})()?.name === 'Canada'")
    choose_country(page, "Japan")

    page.get_by_role("link", name="Main page").click()
    expect(page.locator(".account")).to_contain_text("signed in as ada")
    page.get_by_role("link", name="Sign out").click()
    page.get_by_role("button", name="Sign out").click()
    page.get_by_role("button", name="Yes, sign me out").click()  # the provider's own sign-out
    expect(page).to_have_url(oidc_fleet.url + "/")
    expect(page.locator(".card")).to_have_count(1)
    page.goto(oidc_fleet.url + "/population/")
    expect(page.get_by_placeholder("Enter any login")).to_be_visible()
    # Only our site's responses count: the provider's pages load a web font this machine cannot reach.
    assert [p for p in page.problems if oidc_fleet.url in p] == []
