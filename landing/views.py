"""The landing page, its JSON twin and its health endpoint."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, render_template, url_for

from landing import auth, handoff

bp = Blueprint("landing", __name__)


def _dashboards() -> list[dict]:
    """The dashboards this visitor may open (all of them with sign-in off)."""
    registry = current_app.config["REGISTRY"]
    statuses = current_app.extensions["dashfleet_status"].statuses()
    session = auth.current_session() if auth.enabled() else None
    return [
        {
            "name": d.name,
            "title": d.title,
            "prefix": d.path_prefix,
            "host": d.host,
            # Where its card links: its prefix here, or its own host (this request's scheme and port).
            "href": handoff.board_url(d) if d.host else d.prefix,
            "description": d.description,
            "status": statuses.get(d.name, "unknown"),
            "thumbnail": url_for("static", filename=d.thumbnail) if d.thumbnail else None,
        }
        for d in registry.dashboards
        if auth.may_open(registry, d, session)
    ]


@bp.get("/")
def index():
    registry = current_app.config["REGISTRY"]
    return render_template("index.html", registry=registry, dashboards=_dashboards())


@bp.get("/api/dashboards")
def api_dashboards():
    resp = jsonify(_dashboards())
    resp.cache_control.no_store = True
    return resp


@bp.get("/health")
def health():
    return "OK", 200, {"Content-Type": "text/plain"}
