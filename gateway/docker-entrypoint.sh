#!/bin/sh
# The gateway image's entrypoint: render the registry-derived config, then exec the command.
# Written for the official nginx image and any Debian nginx alike (no reliance on its hooks).
set -eu

# DNS for upstream names, from resolv.conf as the engine wrote it (Docker 127.0.0.11, Podman an
# aardvark-dns address per network, Kubernetes kube-dns). Only the engine's own resolvers: those
# on loopback or on a subnet this container is attached to. Podman lists the host's resolvers
# too, and those answer NXDOMAIN for service names (measured: 3 of 24 requests failed), while
# nginx rotates over every resolver it is given. With none such (kube-dns is a service IP),
# the first nameserver. Set NGINX_LOCAL_RESOLVERS to choose yourself.
if [ -z "${NGINX_LOCAL_RESOLVERS:-}" ]; then
  NGINX_LOCAL_RESOLVERS=$(awk -f /usr/local/lib/dashfleet/engine-resolvers.awk /proc/net/route /etc/resolv.conf)
  export NGINX_LOCAL_RESOLVERS
fi
: "${NGINX_LOCAL_RESOLVERS:?no nameserver in /etc/resolv.conf; set NGINX_LOCAL_RESOLVERS}"

# Sign-in: the protected dashboards' locations include on.conf (auth_request) or off.conf.
if [ -z "${DASHFLEET_AUTH_CONF:-}" ]; then
  case "${DASHFLEET_AUTH:-none}" in
    none) DASHFLEET_AUTH_CONF=/etc/dashfleet/auth/off.conf ;;
    *) DASHFLEET_AUTH_CONF=/etc/dashfleet/auth/on.conf ;;
  esac
  export DASHFLEET_AUTH_CONF
fi

# The sign-in verdict cache (a tmpfs in the containers) and how long a verdict is kept.
export DASHFLEET_CACHE_DIR="${DASHFLEET_CACHE_DIR:-/tmp/dashfleet/cache}"
export DASHFLEET_AUTH_CACHE_SECONDS="${DASHFLEET_AUTH_CACHE_SECONDS:-2}"
mkdir -p "$DASHFLEET_CACHE_DIR"

# Proxies whose X-Forwarded-* are believed (a TLS terminator in front): none unless given.
DASHFLEET_TRUSTED_PROXIES_GEO=""
for proxy in $(echo "${DASHFLEET_TRUSTED_PROXIES:-}" | tr ',' ' '); do
  DASHFLEET_TRUSTED_PROXIES_GEO="$DASHFLEET_TRUSTED_PROXIES_GEO$proxy 1; "
done
export DASHFLEET_TRUSTED_PROXIES_GEO

out=/tmp/dashfleet/conf.d
mkdir -p "$out"
# Substitute only our variables, so nginx's own $host, $uri... stay as they are.
vars=$(env | sed -n 's/^\(NGINX_LOCAL_RESOLVERS\|DASHFLEET_[A-Z0-9_]*\)=.*/${\1}/p' | tr '\n' ' ')
for template in /etc/dashfleet/templates/*.template; do
  envsubst "$vars" <"$template" >"$out/$(basename "$template" .template)"
done
missing=$(grep -oh '\${[A-Z_][A-Z0-9_]*}' "$out"/*.conf | sort -u | tr '\n' ' ' || true)
if [ -n "$missing" ]; then
  echo "dashfleet gateway: set these variables: $missing" >&2
  exit 1
fi
exec "$@"
