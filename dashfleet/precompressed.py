"""Send the brotli or gzip copies `python -m dashfleet.precompress` made of Dash's bundles and
dashfleet's static files, as they are, when the browser accepts them: the strongest compression
costs nothing per request, and every gateway passes it on (nginx does not compress a response
again), the official nginx image's too, which has no brotli module. Without the copies (or with a
browser that takes neither), Dash serves the file and the gateway compresses it as before."""

from __future__ import annotations

import mimetypes
from pathlib import Path

import dash
from dash.fingerprint import check_fingerprint
from flask import Response, request, send_file

DASH_DIR = Path(dash.__file__).resolve().parent
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))  # in order of preference
YEAR = 365 * 24 * 3600


def response_for(original: Path, *, versioned: bool) -> Response | None:
    """The precompressed copy of `original` the client accepts, or None."""
    accepted = request.accept_encodings
    for encoding, suffix in ENCODINGS:
        copy = original.with_name(original.name + suffix)
        if accepted[encoding] > 0 and copy.is_file():
            mimetype = mimetypes.guess_type(original.name)[0] or "application/octet-stream"
            # A versioned file never changes: cached for good, no validators (the browser never
            # asks again). Any other: revalidated by its ETag each time (a 304 when unchanged).
            response = send_file(
                copy,
                mimetype=mimetype,
                conditional=not versioned,
                etag=not versioned,
                last_modified=None,
                max_age=YEAR if versioned else None,
            )
            del response.headers["Content-Disposition"]  # the copy's file name is nobody's business
            response.headers["Content-Encoding"] = encoding
            response.vary.add("Accept-Encoding")
            if versioned:
                response.cache_control.public = True
                response.cache_control.immutable = True
                for redundant in ("Expires", "Last-Modified"):  # Cache-Control says it all
                    del response.headers[redundant]
            return response
    return None


def install(app: dash.Dash) -> None:
    """Answer GETs of Dash's own component suites (`.../_dash-component-suites/dash/...`) from the
    precompressed copies; any other package, and any file without a copy, goes to Dash."""
    suites = app.config.routes_pathname_prefix + "_dash-component-suites/dash/"

    @app.server.before_request
    def _precompressed_suite():
        if request.method not in ("GET", "HEAD") or not request.path.startswith(suites):
            return None
        path_in_pkg, fingerprinted = check_fingerprint(request.path[len(suites) :])
        if path_in_pkg not in app.registered_paths.get("dash", ()):
            return None  # Dash decides (and answers 404 for what it never registered)
        return response_for(DASH_DIR / path_in_pkg, versioned=fingerprinted)
