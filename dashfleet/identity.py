"""Who is looking at a dashboard, when sign-in is on: `dashfleet.identity.current()` in a callback
or layout function. The gateway sets these headers from the session and drops any a client sends,
so a dashboard can trust them (it is reachable only through the gateway)."""

from __future__ import annotations

from dataclasses import dataclass

from flask import has_request_context, request


@dataclass(frozen=True)
class Identity:
    user: str
    groups: tuple[str, ...] = ()
    email: str = ""


def current() -> Identity | None:
    """The signed-in visitor of this request, or None (anonymous, or sign-in off)."""
    if not has_request_context() or not request.headers.get("X-Forwarded-User"):
        return None
    groups = tuple(g for g in request.headers.get("X-Forwarded-Groups", "").split(",") if g)
    return Identity(request.headers["X-Forwarded-User"], groups, request.headers.get("X-Forwarded-Email", ""))
