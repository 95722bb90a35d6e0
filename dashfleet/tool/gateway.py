"""Turn the committed gateway template into a config nginx can load, the way the official nginx
image does at start: nameservers from /etc/resolv.conf, then envsubst of the set variables only."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)")


def local_resolvers(resolv_conf: str | Path = "/etc/resolv.conf") -> str:
    """The first nameserver, IPv6 in brackets. Process mode proxies to IP literals, so nginx never
    asks it; it only keeps the `resolver` directive valid. (The image chooses its resolvers in
    gateway/engine-resolvers.awk.)"""
    try:
        lines = Path(resolv_conf).read_text().splitlines()
    except OSError:
        lines = []
    for line in lines:
        fields = line.split()
        if len(fields) >= 2 and fields[0] == "nameserver":
            addr = fields[1].split("%")[0]  # drop an IPv6 zone id, nginx cannot parse it
            return f"[{addr}]" if ":" in addr else addr
    return "127.0.0.1"


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
