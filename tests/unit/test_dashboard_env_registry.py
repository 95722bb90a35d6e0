"""Registry env and secrets: what a name and a value may be, where a secret's value comes from, and
that no rendered file carries one."""

from __future__ import annotations

import re

import pytest

from dashfleet import dashboard_env
from dashfleet.registry import RegistryError, parse
from dashfleet.tool import render
from tests.helpers import one_dashboard_registry

REGISTRY = one_dashboard_registry("sales")


def sales(extra: str):
    return parse(REGISTRY + extra).dashboard("sales")


def test_env_and_secrets_are_read_in_order():
    board = sales('env = { REGION = "eu", YEARS = 5 }\nsecrets = ["SALES_DB_PASSWORD", "API_TOKEN"]\n')
    assert board.env == (("REGION", "eu"), ("YEARS", "5"))
    assert board.secrets == ("SALES_DB_PASSWORD", "API_TOKEN")


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('env = { region = "eu" }', "upper-case"),
        ('env = { DASHFLEET_AUTH = "none" }', "dashfleet's or Python's own"),
        ('env = { PYTHONPATH = "/x" }', "dashfleet's or Python's own"),
        ('env = { BIND = "0.0.0.0:1" }', "dashfleet's or Python's own"),
        ('env = { PRICE = "$HOME" }', "no '$'"),
        ('env = { NOTE = "a\\nb" }', "no '$' or control characters"),
        ("env = { FLAG = true }", "a string or a number"),
        ('env = "REGION=eu"', "env must be a table"),
        ('secrets = "SALES_DB_PASSWORD"', "secrets must be a list"),
        ('secrets = ["sales"]', "upper-case"),
        ('secrets = ["A", "A"]', "twice"),
        ('secrets = ["DASHFLEET_SECRET_KEY"]', "dashfleet's or Python's own"),
    ],
)
def test_mistakes_name_the_field(extra, message):
    with pytest.raises(RegistryError, match=re.escape(message)):
        sales(extra + "\n")


def test_a_secret_comes_from_its_variable_or_the_file_its_FILE_variable_names(tmp_path):
    file = tmp_path / "password"
    file.write_text("from-a-file\n")
    assert dashboard_env.secret_value("PW", {"PW": "from-env"}) == "from-env"
    assert dashboard_env.secret_value("PW", {"PW_FILE": str(file)}) == "from-a-file"
    with pytest.raises(dashboard_env.MissingSecret, match="cannot read PW_FILE"):
        dashboard_env.secret_value("PW", {"PW_FILE": str(tmp_path / "nope")})
    with pytest.raises(dashboard_env.MissingSecret, match="export PW, or PW_FILE"):
        dashboard_env.secret_value("PW", {})


def test_a_container_reads_its_mounted_secrets_before_the_app_starts(tmp_path):
    (tmp_path / "PW").write_text("mounted\n")
    environ = {dashboard_env.SECRETS_ENV: "PW,TOKEN"}
    assert dashboard_env.load_mounted(environ, tmp_path) == ["TOKEN"]
    assert environ["PW"] == "mounted"


def test_rendered_files_name_secrets_but_hold_no_value():
    registry = parse(REGISTRY + 'env = { REGION = "eu" }\nsecrets = ["SALES_DB_PASSWORD"]\n')
    files = render.render(registry)
    compose = next(text for path, text in files.items() if path.name == "docker-compose.yml")
    assert "${SALES_DB_PASSWORD_FILE:?" in compose and "target: SALES_DB_PASSWORD" in compose
    assert 'REGION: "eu"' in compose and 'DASHFLEET_SECRETS: "SALES_DB_PASSWORD"' in compose
    stack = next(text for path, text in files.items() if path.name == "stack.yml")
    assert "file: ${SALES_DB_PASSWORD_FILE}" in stack and "target: SALES_DB_PASSWORD" in stack
    manifest = next(text for path, text in files.items() if path.name == "sales.yaml")
    assert "secretKeyRef: {name: dashfleet-sales, key: SALES_DB_PASSWORD}" in manifest
