"""The landing page, its JSON twin and its health endpoint."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, render_template, request, url_for

from landing import auth, handoff, search

bp = Blueprint("landing", __name__)


def _dashboards() -> list[dict]:
    """The dashboards this visitor may open (all of them with sign-in off), the most used first."""
    registry = current_app.config["REGISTRY"]
    statuses = current_app.extensions["dashfleet_status"].statuses()
    session = auth.current_session() if auth.enabled() else None
    boards = {
        d.name: {
            "name": d.name,
            "title": d.title,
            "prefix": d.path_prefix,
            "host": d.host,
            # Where its card links: its prefix here, or its own host (this request's scheme and port).
            "href": handoff.board_url(d) if d.host else d.prefix,
            "description": d.description,
            "status": statuses.get(d.name, "unknown"),
            "thumbnail": url_for("static", filename=d.thumbnail) if d.thumbnail else None,
            "tags": list(d.tags),
        }
        for d in registry.dashboards
        if auth.may_open(registry, d, session)
    }
    return [boards[name] for name in current_app.extensions["dashfleet_usage"].order(list(boards))]


@bp.get("/")
def index():
    registry = current_app.config["REGISTRY"]
    query, tag = search.from_args(request.args)
    dashboards = _dashboards()
    for board in dashboards:  # every card is on the page: the script can show it again
        board["shown"] = search.matches(board, query, tag)
        board["searchable"] = search.searchable(board)
    return render_template(
        "index.html",
        registry=registry,
        dashboards=dashboards,
        shown=sum(board["shown"] for board in dashboards),
        query=query,
        tag=tag,
        tags=sorted({t for board in dashboards for t in board["tags"]}),
    )


@bp.get("/api/dashboards")
def api_dashboards():
    resp = jsonify(_dashboards())
    resp.cache_control.no_store = True
    return resp


@bp.get("/health")
def health():
    return "OK", 200, {"Content-Type": "text/plain"}
