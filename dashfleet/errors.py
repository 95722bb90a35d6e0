"""Short, plain error responses for every dashfleet Flask server: a status line a person can
read, never a traceback, debugger or version banner."""

from __future__ import annotations

import logging

from flask import Flask, Response, request
from werkzeug.exceptions import HTTPException

log = logging.getLogger("dashfleet")


def install_plain_errors(server: Flask) -> None:
    """Plain handlers for HTTP errors and unhandled exceptions, unless the app has its own."""
    own = server.error_handler_spec.get(None, {}).get(None, {})
    if HTTPException not in own:
        server.register_error_handler(HTTPException, _http_error)
    if Exception not in own:
        server.register_error_handler(Exception, server_error)


def _http_error(exc: HTTPException) -> Response:
    return Response(f"{exc.code} {exc.name}: {exc.description}\n", exc.code, mimetype="text/plain")


def server_error(exc: Exception) -> Response:
    log.exception("unhandled error on %s %s", request.method, request.path)
    return Response("500 Internal Server Error\n", 500, mimetype="text/plain")
