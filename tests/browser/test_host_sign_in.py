"""A dashboard at a host name of its own, in chromium: an app written for the root of its host
works unchanged at http://rooted.localhost:PORT/ (chromium resolves *.localhost to loopback by
itself), one sign-in on the main site opens it, and another host-routed dashboard after it,
without signing in again; signing out on the main site closes them."""

import re
from urllib.parse import urlsplit

from playwright.sync_api import expect

from dashfleet.tool import wait
from tests.helpers import HOSTED, SIGN_IN_PASSWORDS, SITE_HOST


def test_one_sign_in_opens_every_host(page, hosted_fleet):
    port = hosted_fleet.port
    main = f"http://{SITE_HOST}:{port}"
    rooted, corner = (f"http://{HOSTED[name]}:{port}" for name in ("rooted", "corner"))

    page.goto(rooted + "/other")
    expect(page).to_have_url(re.compile(re.escape(main + "/login?next=/_dashfleet/handoff")))
    page.get_by_label("User name").fill("ada")
    page.get_by_label("Password").fill(SIGN_IN_PASSWORDS["ada"])
    page.get_by_role("button", name="Sign in").click()

    # Back on its own host, where it was going, and the app works as written for the root.
    expect(page).to_have_url(rooted + "/other")
    expect(page.locator("#heading")).to_have_text("Rooted other")
    page.get_by_role("link", name="Home").click()
    expect(page).to_have_url(rooted + "/")
    expect(page.locator("#heading")).to_have_text("Rooted home")

    # Another host: no sign-in form, the hand-off alone.
    page.goto(corner + "/")
    expect(page.locator("#heading")).to_have_text("Rooted home")
    expect(page).to_have_url(corner + "/")

    # The landing lists both, linked to their hosts.
    page.goto(main + "/")
    for name, host in HOSTED.items():
        expect(page.locator(f'[data-dashboard="{name}"] h2 a')).to_have_attribute(
            "href", f"http://{host}:{port}/"
        )
    page.locator('[data-dashboard="rooted"] h2 a').click()
    expect(page.locator("#heading")).to_have_text("Rooted home")

    assert page.problems == [], page.problems
    # Signing out on the main site ends the hosts' sessions too (the gateway's verdict cache
    # keeps a verdict up to 2 s; the reload below waits on what the page shows). Meanwhile a page
    # served just before the end sees its own fetches refused (401), and Dash's renderer may
    # complain of it, as on any dashboard whose session ends: the console is not checked past here.
    page.goto(main + "/logout")
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(main + "/")

    def asked_to_sign_in() -> bool:
        page.goto(rooted + "/")
        return page.url.startswith(main + "/login?next=/_dashfleet/handoff")

    wait.until(asked_to_sign_in, 10, poll=0.5, what="the host's session to end with the main site's")

    hosts = {urlsplit(u).netloc for u in page.requested}
    assert hosts <= {f"{SITE_HOST}:{port}", *(f"{h}:{port}" for h in HOSTED.values())}, hosts
