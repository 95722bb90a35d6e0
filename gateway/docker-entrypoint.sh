#!/bin/sh
# The gateway image's entrypoint: render the registry-derived config, then exec the command.
# Written for the official nginx image and any Debian nginx alike (no reliance on its hooks).
set -eu

# DNS for upstream names: what this engine put in resolv.conf (Docker 127.0.0.11, Podman its
# bridge address, Kubernetes kube-dns). Only the FIRST nameserver, the engine's: nginx rotates
# over every resolver it is given, and Podman lists the host's resolvers after its own, which
# answer NXDOMAIN for service names (measured: 3 of 24 requests failed with all of them).
# Set NGINX_LOCAL_RESOLVERS to choose others.
if [ -z "${NGINX_LOCAL_RESOLVERS:-}" ]; then
  NGINX_LOCAL_RESOLVERS=$(awk '$1 == "nameserver" { a = $2; sub(/%.*/, "", a);
      print (a ~ /:/ ? "[" a "]" : a); exit }' /etc/resolv.conf)
  export NGINX_LOCAL_RESOLVERS
fi
: "${NGINX_LOCAL_RESOLVERS:?no nameserver in /etc/resolv.conf; set NGINX_LOCAL_RESOLVERS}"

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
