"""The landing page: one card per registered dashboard, with its live status."""

from __future__ import annotations

import os

import jinja2
from flask import Flask

from dashfleet import identity
from dashfleet import registry as fleet_registry
from dashfleet import users as fleet_users
from dashfleet.errors import install_plain_errors
from dashfleet.service import ASLEEP_ENV, ServiceConfigError, in_master

AUTH_MODES = ("none", "accounts", "oidc")


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(
        REGISTRY_PATH=os.environ.get("DASHFLEET_REGISTRY"),
        # The gateway's internal status port: each dashboard's health at /_dashfleet/health/<name>.
        STATUS_URL=os.environ.get("DASHFLEET_STATUS_URL", ""),
        STATUS_TTL=float(os.environ.get("DASHFLEET_STATUS_TTL", "3")),
        STATUS_TIMEOUT=float(os.environ.get("DASHFLEET_STATUS_TIMEOUT", "7")),
        # How often the cards' order (most used first) reads each dashboard's page views again.
        USAGE_TTL=float(os.environ.get("DASHFLEET_USAGE_TTL", "60")),
        MAX_CONTENT_LENGTH=64 * 1024,
        # Sign-in: "none" (every dashboard public), "accounts" (DASHFLEET_USERS), "oidc" (landing/oidc.py).
        AUTH=os.environ.get("DASHFLEET_AUTH", "none"),
        USERS_PATH=os.environ.get("DASHFLEET_USERS") or "users.json",
    )
    if test_config:
        app.config.update(test_config)
    app.config["REGISTRY"] = fleet_registry.load(app.config["REGISTRY_PATH"])
    # The brand stylesheet lives with the gateway's page templates, so both look the same.
    app.jinja_loader = jinja2.ChoiceLoader([app.jinja_loader, jinja2.PackageLoader("dashfleet", "templates")])

    from landing import auth, handoff, sessions, status, usage, views

    if app.config["AUTH"] not in AUTH_MODES:
        raise ServiceConfigError(
            f"DASHFLEET_AUTH={app.config['AUTH']!r}: want one of {', '.join(AUTH_MODES)}"
        )
    if app.config["AUTH"] != "none":
        if len(os.environ.get("DASHFLEET_SECRET_KEY", "")) < 32:
            raise ServiceConfigError(
                "sign-in is on (DASHFLEET_AUTH) but DASHFLEET_SECRET_KEY is missing or shorter than 32 "
                "characters: set it, e.g. to what `python -m dashfleet secret` prints"
            )
        secret = os.environ["DASHFLEET_SECRET_KEY"]
        app.extensions["dashfleet_identity_key"] = identity.signing_key(secret)
        app.extensions["dashfleet_identity_public_key"] = identity.public_key_text(secret)
        accounts = fleet_users.AccountsFile(app.config["USERS_PATH"])
        app.extensions["dashfleet_accounts"] = accounts
        app.extensions["dashfleet_sessions"] = sessions.from_environment(
            "/tmp/dashfleet-state",
            stamp_of=auth.stamp_of(accounts) if app.config["AUTH"] == "accounts" else None,
        )
    if app.config["AUTH"] == "oidc":
        from landing import oidc

        oidc.configure(app)
    app.context_processor(
        lambda: {
            "auth_enabled": auth.enabled(),
            "session": auth.current_session() if auth.enabled() else None,
        }
    )

    checker = status.StatusChecker(
        app.config["REGISTRY"].dashboards,
        status_url=app.config["STATUS_URL"],
        ttl=app.config["STATUS_TTL"],
        timeout=app.config["STATUS_TIMEOUT"],
        asleep_file=os.environ.get(ASLEEP_ENV),
    )
    app.extensions["dashfleet_status"] = checker
    if checker.status_url:  # under gunicorn with preload: one checker for all the workers
        in_master(checker.watch, checker.unwatch)
    app.extensions["dashfleet_usage"] = usage.from_config(
        app.config["REGISTRY"].dashboards,
        app.config["STATUS_URL"],
        ttl=app.config["USAGE_TTL"],
        asleep_file=os.environ.get(ASLEEP_ENV),
    )
    app.register_blueprint(views.bp)
    app.register_blueprint(auth.bp)
    app.register_blueprint(handoff.bp)
    install_plain_errors(app)
    app.register_error_handler(404, auth.not_found)
    # Compiled now, in gunicorn's master with preload: shared by every worker, and no visitor's
    # first page pays for it.
    for template in ("index.html", "login.html", "logout.html", "handoff.html"):
        app.jinja_env.get_template(template)
    return app
