"""Signing in as a person does, in chromium through the gateway: a protected dashboard sends
you to the sign-in page, you come back to it signed in, it works, and signing out locks it again."""

from playwright.sync_api import expect

from tests.helpers import GRAPH_DATA, SIGN_IN_PASSWORDS, choose_country, wait_for


def test_sign_in_use_a_protected_dashboard_and_sign_out(page, auth_fleet):
    page.goto(auth_fleet.url + "/population/")
    expect(page).to_have_url(auth_fleet.url + "/login?next=/population/")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()

    page.get_by_label("User name").fill("ada")
    page.get_by_label("Password").fill("not it")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_have_text("Wrong user name or password.")
    page.get_by_label("Password").fill(SIGN_IN_PASSWORDS["ada"])
    page.get_by_role("button", name="Sign in").click()

    expect(page).to_have_url(auth_fleet.url + "/population/")  # back where she was going
    wait_for(page, f"() => ({GRAPH_DATA})()?.name === 'Canada'")
    choose_country(page, "Japan")

    page.get_by_role("link", name="Main page").click()
    expect(page.locator(".account")).to_contain_text("signed in as ada")
    expect(page.locator(".card")).to_have_count(3)
    page.get_by_role("link", name="Sign out").click()
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(auth_fleet.url + "/")
    expect(page.locator(".card")).to_have_count(1)  # the public one only
    page.goto(auth_fleet.url + "/population/")
    expect(page).to_have_url(auth_fleet.url + "/login?next=/population/")
    # The wrong password answered 401 (the form, again): the only error response of the flow.
    assert [p for p in page.problems if "401" not in p] == []
