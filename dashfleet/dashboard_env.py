"""A dashboard's own environment, from its registry entry: `env` (plain values) and `secrets`
(names; the values come from the operator). Given to that dashboard only, as environment variables
of the same names, so the app reads them as `os.environ["SALES_DB_PASSWORD"]` in every mode.

- make run: the value is the operator's variable of that name, or the content of the file its
  `NAME_FILE` variable names (`resolve`).
- containers: the engine mounts each secret at /run/secrets/NAME (compose and Swarm `secrets:`);
  the service copies it into its environment before the app is imported (`load_mounted`).
  Kubernetes sets the variables from a Secret itself.
A value is never written into a rendered file or a log line.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

SECRETS_ENV = "DASHFLEET_SECRETS"  # the names a service expects, comma-separated
MOUNTED = Path("/run/secrets")


class MissingSecret(ValueError):
    pass


def secret_value(name: str, operator_env: Mapping[str, str]) -> str:
    """NAME's value from the operator: $NAME, else the file $NAME_FILE names."""
    if name in operator_env:
        return operator_env[name]
    path = operator_env.get(f"{name}_FILE")
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").rstrip("\n")
        except OSError as exc:
            raise MissingSecret(f"secret {name}: cannot read {name}_FILE ({exc.strerror})") from exc
    raise MissingSecret(
        f"secret {name} is not set: export {name}, or {name}_FILE naming a file that holds it"
    )


def resolve(env: tuple[tuple[str, str], ...], secrets: tuple[str, ...], operator_env) -> dict[str, str]:
    """The variables one dashboard gets in make run. Raises MissingSecret (one line)."""
    values = dict(env)
    for name in secrets:
        values[name] = secret_value(name, operator_env)
    if secrets:
        values[SECRETS_ENV] = ",".join(secrets)
    return values


def load_mounted(environ=os.environ, folder: Path = MOUNTED) -> list[str]:
    """In a container: each expected secret that is not in the environment yet, from the file
    the engine mounted. Returns the names still missing."""
    missing = []
    for name in filter(None, environ.get(SECRETS_ENV, "").split(",")):
        if name in environ:
            continue
        try:
            environ[name] = (folder / name).read_text(encoding="utf-8").rstrip("\n")
        except OSError:
            missing.append(name)
    return missing
