"""The landing page's search and tag chips, filtered by the server (`?q=`, `?tag=`): what a page
loaded with them shows, with Flask's test client. The same through the real gateway is
tests/gateway/test_landing_search_http.py's; typing in chromium, tests/browser/test_search_typing.py's."""

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from landing import create_app
from landing.search import from_args, matches
from tests.helpers import landing_search

ROOT = Path(__file__).resolve().parents[2]
# Three more dashboards with tags of their own (the project's own two keep theirs).
TAGGED = "".join(
    f"""
[dashboards.{name}]
title = "{title}"
description = "{description}"
prefix = "/{name}/"
service = "dash_{name}"
app = "dash_{name}:create_app"
tags = {tags}
"""
    for name, title, description, tags in (
        ("sales", "Sales", "Revenue by region and month.", '["sales", "finance"]'),
        ("budget", "Budget", "Spending against plan.", '["finance"]'),
        ("stock", "Stock levels", "What the warehouses hold.", '["north-eu"]'),
    )
)


def board(title="Sales", description="Revenue by region.", tags=("sales", "finance")):
    return {"title": title, "description": description, "tags": list(tags)}


@pytest.mark.parametrize(
    ("query", "tag", "expected"),
    [
        ("", "", True),
        ("sales", "", True),
        ("SALES", "", True),  # any case
        ("revenue region", "", True),  # every word, anywhere
        ("region revenue", "", True),
        ("revenue budget", "", False),  # one word missing: no match
        ("fin", "", True),  # a tag's text is searched too
        ("  revenue   ", "", True),
        ("", "finance", True),
        ("", "fin", False),  # a tag is chosen whole
        ("revenue", "sales", True),
        ("revenue", "hr", False),
    ],
)
def test_a_card_matches_every_word_and_the_chosen_tag(query, tag, expected):
    assert matches(board(), query, tag) is expected


@pytest.fixture
def tagged(tmp_path):
    path = tmp_path / "dashboards.toml"
    path.write_text((ROOT / "dashboards.toml").read_text() + TAGGED)
    app = create_app({"STATUS_URL": "", "REGISTRY_PATH": str(path)})
    return app.test_client(), [d.name for d in app.config["REGISTRY"].dashboards]


def test_without_a_search_every_card_shows_with_every_tag_as_a_chip(tagged):
    client, names = tagged
    state = landing_search(client.get("/").get_data(as_text=True))
    assert state["shown"] == names
    assert state["count"] == f"{len(names)} of {len(names)} dashboards"
    assert state["query"] == "" and state["tag"] is None and state["current"] == ""
    assert set(state["chips"]) >= {"", "sales", "finance", "north-eu"}
    assert list(state["chips"])[1:] == sorted(list(state["chips"])[1:])  # "All", then A to Z
    assert state["chips"]["finance"] == "/?tag=finance"


def test_q_and_tag_filter_the_cards_on_the_server(tagged):
    client, names = tagged
    state = landing_search(client.get("/?q=revenue").get_data(as_text=True))
    assert state["shown"] == ["sales"] and state["count"] == f"1 of {len(names)} dashboards"
    assert state["query"] == "revenue"
    state = landing_search(client.get("/?tag=finance").get_data(as_text=True))
    assert state["shown"] == ["sales", "budget"] and state["current"] == "finance"
    assert state["tag"] == "finance"  # the form keeps the tag when the visitor searches next
    state = landing_search(client.get("/?q=plan&tag=finance").get_data(as_text=True))
    assert state["shown"] == ["budget"]
    # A chip keeps the query; "All" drops only the tag.
    assert parse_qs(urlsplit(state["chips"]["north-eu"]).query) == {"q": ["plan"], "tag": ["north-eu"]}
    assert parse_qs(urlsplit(state["chips"][""]).query) == {"q": ["plan"]}


def test_no_match_says_so_and_keeps_every_card_for_the_script(tagged):
    client, names = tagged
    html = client.get("/?q=nothing-like-this").get_data(as_text=True)
    state = landing_search(html)
    assert state["shown"] == [] and state["count"] == f"0 of {len(names)} dashboards"
    assert '<div id="no-match" class="no-match">No dashboard matches.' in html
    assert all(f'data-dashboard="{name}"' in html for name in names)
    # A tag no dashboard has (well-formed): the same, not an error.
    assert landing_search(client.get("/?tag=marketing").get_data(as_text=True))["shown"] == []


@pytest.mark.parametrize(
    "query",
    [
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "' onfocus='alert(1)",
        "{{ 7*7 }} &amp; </textarea>",
    ],
)
def test_the_query_is_shown_as_typed_never_as_markup(tagged, query):
    client, _ = tagged
    resp = client.get("/", query_string={"q": query})
    html = resp.get_data(as_text=True)
    assert resp.status_code == 200
    assert "<script>alert" not in html and "<img src=x" not in html
    state = landing_search(html)
    assert state["query"] == query  # what the browser puts back in the box
    for href in state["chips"].values():
        assert parse_qs(urlsplit(href).query)["q"] == [query]


def test_what_no_page_sends_is_a_400_in_one_line(tagged):
    client, _ = tagged
    assert client.get("/", query_string={"q": "a" * 200}).status_code == 200  # the box's maxlength
    for args, says in (
        ({"q": "a" * 201}, "the search text is too long: at most 200 characters"),
        ({"tag": "<script>"}, "tag must be one of the landing page's tags"),
        ({"tag": "Finance"}, "tag must be one of the landing page's tags"),
        ({"tag": "x" * 25}, "tag must be one of the landing page's tags"),
    ):
        resp = client.get("/", query_string=args)
        assert resp.status_code == 400 and resp.mimetype == "text/plain"
        assert says in resp.get_data(as_text=True) and resp.get_data(as_text=True).count("\n") == 1
        assert "<script>" not in resp.get_data(as_text=True)


def test_from_args_takes_the_first_of_repeated_arguments():
    from werkzeug.datastructures import MultiDict

    assert from_args(MultiDict([("q", " a "), ("q", "b"), ("tag", "x"), ("tag", "y")])) == ("a", "x")


def test_api_gives_each_dashboard_its_tags(tagged):
    client, _ = tagged
    tags = {d["name"]: d["tags"] for d in client.get("/api/dashboards").get_json()}
    assert tags["sales"] == ["sales", "finance"] and tags["stock"] == ["north-eu"]
