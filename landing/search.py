"""The landing page's search: which cards a query (`?q=`) and a tag (`?tag=`) leave.

A card matches when every word of the query is in its title, description or tags (any case) and,
with a tag chosen, it has that tag. The page's script (static/search.js) filters the cards the
same way as the visitor types; this filter serves a page loaded with `?q=...&tag=...`, so a search
works without JavaScript and a filtered address can be shared.
"""

from __future__ import annotations

from collections.abc import Mapping

from werkzeug.exceptions import BadRequest

from dashfleet.registry import MAX_TAG_LENGTH, TAG

MAX_QUERY = 200  # the search box's maxlength: only a hand-made address is longer


def from_args(args: Mapping[str, str]) -> tuple[str, str]:
    """(query, tag) from the request's arguments; a 400 naming the fix for what no page sends."""
    query, tag = args.get("q", "").strip(), args.get("tag", "")
    if len(query) > MAX_QUERY:
        raise BadRequest(f"the search text is too long: at most {MAX_QUERY} characters")
    if tag and not (len(tag) <= MAX_TAG_LENGTH and TAG.fullmatch(tag)):
        raise BadRequest("tag must be one of the landing page's tags: lowercase letters, digits and '-'")
    return query, tag


def searchable(board: Mapping) -> str:
    """The text a query is looked for in (lowercase), as the page's script reads it too."""
    return " ".join([board["title"], board["description"], *board["tags"]]).lower()


def matches(board: Mapping, query: str, tag: str = "") -> bool:
    text = searchable(board)
    return (not tag or tag in board["tags"]) and all(word in text for word in query.lower().split())
