"""Turn the committed gateway template into a config nginx can load, the way the gateway image
does at start (gateway/dashfleet-env computes the variables, the official nginx image's own
entrypoint substitutes the set ones only): here in Python, with the same resolver rule."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Mapping
from pathlib import Path

_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)")


RESOLVERS_AWK = Path(__file__).resolve().parents[2] / "gateway" / "engine-resolvers.awk"


def local_resolvers(
    resolv_conf: str | Path = "/etc/resolv.conf", routes: str | Path = "/proc/net/route"
) -> str:
    """The nameservers nginx should ask: the same rule as the gateway image (the same awk script,
    gateway/engine-resolvers.awk): on loopback or on-link, else the first. Process mode proxies
    to IP literals, so nginx never asks; the `resolver` directive only has to be valid."""
    try:
        found = subprocess.run(
            ["awk", "-f", str(RESOLVERS_AWK), str(routes), str(resolv_conf)],
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        found = ""
    return found or "127.0.0.1"


def envsubst(text: str, env: Mapping[str, str]) -> str:
    """Replace $NAME and ${NAME} for names set in `env`; leave the rest (nginx's $host, $uri)."""

    def sub(match: re.Match) -> str:
        name = match.group(1) or match.group(2)
        return env[name] if name in env else match.group(0)

    return _VAR.sub(sub, text)


def unresolved(text: str) -> list[str]:
    """${NAME} placeholders still in a rendered config: a missing variable, named before nginx fails."""
    return sorted(set(re.findall(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}", text)))


def trusted_proxies_geo(proxies: str) -> str:
    """DASHFLEET_TRUSTED_PROXIES ("10.0.0.0/8 127.0.0.1") as lines of nginx's geo block."""
    return " ".join(f"{cidr} 1;" for cidr in proxies.replace(",", " ").split())


def resolver_timeout(resolvers: str) -> str:
    """gateway/dashfleet-env's rule: fail fast with one resolver; with several, leave nginx time
    to re-send a dropped query to the next (its resend interval is a fixed 5 s)."""
    return "7s" if len(resolvers.split()) > 1 else "200ms"
