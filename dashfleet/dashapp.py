"""What every dashfleet Dash app shares: its public prefix from configuration, a health endpoint,
the small plotly.js bundle and long-lived caching, and error handling that answers bad input with
a short 4xx and never shows a traceback (the callback side of it is in callbacks.py).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from dash import Dash
from flask import request, send_from_directory

from dashfleet.callbacks import answer_directly, validate_callback_body
from dashfleet.errors import install_plain_errors

# Callback bodies are a few kB; anything near this is not a browser talking to us.
MAX_BODY_BYTES = 1024 * 1024

STATIC_DIR = Path(__file__).resolve().parent / "static"
STATIC_ROUTE = "_dashfleet-static/"
# plotly.js "basic" (scatter, bar, pie): 395 kB gzipped where the full bundle Dash loads is 1.47 MB.
# dcc.Graph uses a window.Plotly the page already has, so loading this one first replaces the other.
# Its version is in the file name, so it is cached as immutable. See docs/performance.md.
PLOTLY_BUNDLES = {"basic": "plotly-basic-4.1.1.min.js", "full": None}
YEAR = 365 * 24 * 3600
# The shared dashboard stylesheet, versioned by its content so it too can be cached for good.
STYLESHEET = "dashboard.css?v=" + hashlib.sha256((STATIC_DIR / "dashboard.css").read_bytes()).hexdigest()[:12]


def public_prefix(prefix: str | None = None) -> str:
    """Argument, then Dash's own DASH_REQUESTS_PATHNAME_PREFIX, then "/"."""
    prefix = prefix or os.environ.get("DASH_REQUESTS_PATHNAME_PREFIX") or "/"
    if not (prefix.startswith("/") and prefix.endswith("/")):
        raise ValueError(f"the public prefix {prefix!r} must start and end with '/'")
    return prefix


class FleetDash(Dash):
    """Dash, minus the interpreter's build string in every page's config (a version banner)."""

    def _config(self):
        config = super()._config()
        config.pop("python_version", None)
        return config


def create_dash(import_name: str, *, prefix: str | None = None, plotly: str = "basic", **kwargs) -> Dash:
    """A Dash app served at "/" inside its service and at `prefix` behind the gateway.

    `plotly="basic"` loads the small plotly.js bundle (scatter, bar, pie); a dashboard that draws
    other trace types (maps, 3D, heatmaps...) passes `plotly="full"` and gets Dash's own bundle.
    """
    prefix = public_prefix(prefix)
    if plotly not in PLOTLY_BUNDLES:
        raise ValueError(f"plotly must be one of {sorted(PLOTLY_BUNDLES)}, not {plotly!r}")
    stylesheets = [prefix + STATIC_ROUTE + STYLESHEET, *(kwargs.pop("external_stylesheets", None) or [])]
    scripts = list(kwargs.pop("external_scripts", None) or [])
    if PLOTLY_BUNDLES[plotly]:
        scripts.insert(0, prefix + STATIC_ROUTE + PLOTLY_BUNDLES[plotly])
    app = FleetDash(
        import_name,
        requests_pathname_prefix=prefix,
        routes_pathname_prefix="/",
        health_endpoint="health",
        external_scripts=scripts,
        external_stylesheets=stylesheets,
        **kwargs,
    )
    harden(app)
    app.server.add_url_rule(f"/{STATIC_ROUTE}<path:filename>", "dashfleet_static", _serve_static)
    app.server.after_request(_cache_fingerprinted)
    return app


def _cache_for_good(response):
    """A versioned URL's content never changes: cache it a year, without revalidating."""
    response.cache_control.public = True
    response.cache_control.max_age = YEAR
    response.cache_control.immutable = True
    return response


def _serve_static(filename: str):
    # Every URL dashfleet writes for these files carries a version (in the name or ?v=).
    return _cache_for_good(send_from_directory(STATIC_DIR, filename))


def _cache_fingerprinted(response):
    """Dash gives fingerprinted bundles a year's max-age; `immutable` also spares the browser
    the revalidation on every reload (the largest part of a repeat visit)."""
    fingerprinted = (
        request.path.startswith("/_dash-component-suites/") and response.cache_control.max_age == YEAR
    )
    versioned = fingerprinted or (request.path == "/_favicon.ico" and "v" in request.args)
    if versioned and response.status_code == 200:
        _cache_for_good(response)
    elif request.path.startswith("/_dash-component-suites/") and response.get_etag()[0]:
        # Unversioned chunks (async-graph.js...): revalidate. The gateway's compression turns
        # Dash's ETag weak (W/"..."), which Dash's own strict comparison never matches;
        # werkzeug compares weakly, as RFC 9110 asks for If-None-Match, and answers 304.
        response.cache_control.no_cache = True
        response = response.make_conditional(request)
    return response


def harden(app: Dash) -> None:
    """Reject malformed callback requests up front and keep error pages short and plain."""
    server = app.server
    server.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    callback_route = app.config.routes_pathname_prefix + "_dash-update-component"

    @server.before_request
    def _validate_callback_request():
        if request.path == callback_route and request.method == "POST":
            validate_callback_body(app, request)
            return answer_directly(app, request.get_json())
        return None

    install_plain_errors(server)
