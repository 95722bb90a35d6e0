"""The gateway: nginx's main config, the per-dashboard server template and its own pages."""

from __future__ import annotations

from pathlib import Path

from dashfleet import csp
from dashfleet.registry import Registry
from dashfleet.tool.targets import env

GATEWAY_TEMPLATE = Path("gateway/templates/dashfleet.conf.template")
NOT_FOUND_PAGE = Path("gateway/pages/404.html")
DOWN_PAGE = Path("gateway/pages/down.html")
TOO_MANY_PAGE = Path("gateway/pages/429.html")
AUTH_ON, AUTH_OFF = Path("gateway/auth/on.conf"), Path("gateway/auth/off.conf")
GATEWAY_MAIN = Path("gateway/nginx.conf")


def render(registry: Registry) -> dict[Path, str]:
    page = env.get_template("nginx/page.html.j2")
    return {
        # The image's main config: the same template process mode renders, with the image's paths.
        GATEWAY_MAIN: main_conf(
            run_dir="/tmp/dashfleet",
            # Where the official image's entrypoint renders /etc/nginx/templates/*.template.
            conf_dir="/etc/nginx/conf.d",
            workers="auto",
            user="",
            group="",
            modules=[],
            mime_types="/etc/nginx/mime.types",
        ),
        GATEWAY_TEMPLATE: env.get_template("nginx/gateway.conf.j2").render(
            registry=registry, csp_policy=csp.policy()
        ),
        AUTH_ON: env.get_template("nginx/auth-on.conf.j2").render(),
        AUTH_OFF: env.get_template("nginx/auth-off.conf.j2").render(),
        NOT_FOUND_PAGE: page.render(
            registry=registry,
            heading="Page not found",
            message="There is no dashboard at this address.",
        ),
        TOO_MANY_PAGE: page.render(
            registry=registry,
            heading="Too many sign-in attempts",
            message="Wait a minute, then try again.",
        ),
        # nginx's SSI fills in the dashboard's title (set per location in the gateway config).
        DOWN_PAGE: page.render(
            registry=registry,
            heading='<!--# echo var="dashfleet_dashboard" default="This dashboard" --> is down',
            message="It is restarting or being redeployed; the other dashboards are not affected. "
            "Try again in a few seconds.",
        ),
    }


def main_conf(**params) -> str:
    return env.get_template("nginx/nginx-main.conf.j2").render(**params)
