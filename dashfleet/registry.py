"""Read and validate dashboards.toml, the one place a dashboard is declared.

Every mistake is reported as a RegistryError naming the entry and the field, so a person adding a
dashboard learns what to fix without reading this code.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATH = ROOT / "dashboards.toml"

# Paths the gateway or the landing page answer themselves: a dashboard may not take them (a test
# checks that every location of the gateway's own is here).
RESERVED_PREFIXES = {
    "/_dashfleet/": "the gateway's own pages, health and sign-in check",
    "/api/": "the landing page's JSON (/api/dashboards)",
    "/static/": "the landing page's files",
    "/health/": "the landing page's health",
    "/login/": "sign-in (/login, and /login/callback for OpenID Connect)",
    "/logout/": "sign-out",
    "/metrics/": "kept from the public gateway (each service's metrics are on its own port)",
}

_NAME = re.compile(r"^[a-z][a-z0-9-]{0,30}$")
_SERVICE = re.compile(r"^[a-z][a-z0-9_]{0,40}$")
_PREFIX = re.compile(r"^/[a-z0-9][a-z0-9_-]*/$")
_ENTRY = re.compile(r"^[A-Za-z_][\w.]*:[A-Za-z_]\w*$")
# A host name as the gateway's server_name and a browser's address bar have it: lowercase DNS
# labels, no port, no trailing dot, no wildcard, not an IP address (its last label has a letter).
_HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9-]*[a-z][a-z0-9-]*$")
_HOST_LABEL = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")
# Titles and descriptions end up inside nginx strings and HTML: no quotes, '$', braces or '\'.
_TEXT = re.compile(r'^[^<>"$\\{};\x00-\x1f]{1,200}$')

_HINTS = {
    "app": " (want 'module:attribute' naming a Dash app, its server or a factory, like 'app:app')",
    "service": " (want lowercase letters, digits and '_', like 'dash_sales')",
    "title": " (1-200 characters, without < > quotes $ braces ; or \\)",
    "thumbnail": " (want an image path under landing/static/, like 'thumbnails/sales.png')",
    "description": " (1-200 characters, without < > quotes $ braces ; or \\)",
    "plotly": " (want 'basic' for the small plotly.js bundle, 'full' for every trace, 'none' for Dash's own)",
    "runtime": " (want 'shared' for the fleet's runtime, or 'own' for an environment of its own)",
    "host": " (want a lowercase DNS name without port or scheme, like 'sales.example.org')",
}
_DASHBOARD_FIELDS = {
    "title",
    "description",
    "prefix",
    "service",
    "app",
    "thumbnail",
    "plotly",
    "replicas",
    "max_replicas",
    "workers",
    "threads",
    "access",
    "idle_timeout",
    "csp",
    "env",
    "secrets",
    "runtime",
    "writable",
    "host",
    "tags",
    "memory",
    "cpus",
}
# Tags the landing page filters by: short lowercase words, '-' between (`tags = ["sales", "finance"]`).
TAG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")  # whole tags: TAG.fullmatch
MAX_TAGS, MAX_TAG_LENGTH = 8, 24
# Limits per replica (registry memory, cpus). A size as Docker reads it, and as Kubernetes writes
# it: M and Mi both mean MiB, G and Gi GiB (rendered as MiB everywhere, so each engine gets the
# same bytes). Below 128 MiB a Dash service with two workers does not start in a container.
_MEMORY = re.compile(r"^(\d{1,6}(?:\.\d{1,3})?)(M|Mi|G|Gi|m|g)$")
MEMORY_MIB = (128, 256 * 1024)
CPUS = (0.1, 64)
# A dashboard's own environment variables (env, secrets): names a service does not already use.
_ENV_NAME = re.compile(r"^[A-Z][A-Z0-9_]{0,63}$")
_ENV_TAKEN = re.compile(
    r"^(DASHFLEET_|DASH_|GUNICORN_|PYTHON|PROMETHEUS_)|^(PATH|HOME|BIND|PORT|WEB_CONCURRENCY|FORWARDED_ALLOW_IPS|LOG_LEVEL|LANG|LC_ALL|TMPDIR)$"
)
# Origins a registry entry may add to its own pages' Content-Security-Policy, by directive.
CSP_DIRECTIVES = ("script-src", "style-src", "img-src", "font-src", "connect-src")
# The one keyword an entry may add, to script-src of its own pages only: for a component library
# that compiles code with Function (Vega's expressions), which the site's policy otherwise refuses.
UNSAFE_EVAL = "'unsafe-eval'"
_ORIGIN = re.compile(r"^https://[a-z0-9.-]+(:\d{1,5})?$|^wss://[a-z0-9.-]+(:\d{1,5})?$")
PUBLIC, SIGNED_IN = "public", "signed-in"
_GROUP = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
MAX_REPLICAS = 50
_PLOTLY = re.compile(r"^(basic|full|none)$")
SHARED, OWN = "shared", "own"
_RUNTIME = re.compile(r"^(shared|own)$")
_THUMBNAIL = re.compile(r"^(?!.*\.\.)[a-z0-9_][a-z0-9_./-]*\.(png|jpg|jpeg|webp|svg)$")
_LANDING_FIELDS = {"service", "app"}
_SITE_FIELDS = {"title", "tagline", "access", "shared_imports", "host"}
_MODULE = re.compile(r"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$")
# A path the app writes, relative to its folder: "cache/" (a folder) or "data.db" (a file).
_WRITABLE = re.compile(r"^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*/?$")
# What may not become a link into the data folder (seeded once, then the volume's copy wins):
# what the image build reads, the code, and whole asset folders whose updates would never ship.
_NOT_WRITABLE = {
    "requirements.txt": "the image build reads it",
    "requirements.lock": "the image build reads it",
    "__pycache__/": "Python's own",
    "assets/": "the data folder's copy would hide every later change: list the files the app writes there",
    "static/": "the data folder's copy would hide every later change: list the files the app writes there",
}


class RegistryError(ValueError):
    """The registry file is malformed; the message says where and how."""


@dataclass(frozen=True)
class Service:
    """One gunicorn service behind the gateway: the landing page or a dashboard."""

    name: str
    service: str
    app: str
    prefix: str
    title: str = ""
    description: str = ""
    thumbnail: str | None = None  # image under landing/static/, shown on the landing card
    # plotly.js for an app not built with create_dash: "basic" (scatter, bar, pie; small) or
    # "full" (plotly.js strict: every trace type, no eval, which the CSP refuses), or "none" (Dash's
    # own, fetched only where a graph is drawn: an app without graphs).
    plotly: str = "basic"
    # Replicas on a cluster (Swarm's deploy.replicas, Kubernetes' Deployment and autoscaler range).
    replicas: int = 1
    max_replicas: int = 3
    # gunicorn processes and threads per replica. None: WEB_CONCURRENCY (2). threads > 1 makes
    # them gthread workers: a light, mostly idle dashboard is cheapest as 1 worker x 4 threads.
    workers: int | None = None
    threads: int = 1
    # Process mode: seconds without a request after which the service is stopped; it starts again
    # on its next request (dashfleet/tool/on_demand.py). None: always running.
    idle_timeout: int | None = None
    # Who may open it when sign-in is on: "public", "signed-in", or a tuple of groups (any of
    # them); None means the site's default ([site] access, else "signed-in").
    access: str | tuple[str, ...] | None = None
    # Origins its pages may load from beyond what its app declares (dashfleet/csp.py), by directive.
    csp: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Its own environment: plain values, and the names of secrets whose values the operator gives
    # (an environment variable of that name, or the file NAME_FILE names; /run/secrets/NAME in
    # containers). Given to this dashboard only.
    env: tuple[tuple[str, str], ...] = ()
    secrets: tuple[str, ...] = ()
    # Its Python packages: "shared" (the fleet's runtime, requirements.lock, plus its own
    # requirements.txt within those pins; make run forks it from the zygote) or "own" (an
    # environment built from its requirements.txt alone, with dashfleet's layer on top:
    # dashfleet/tool/environments.py, and its own image layer in containers).
    runtime: str = SHARED
    # Paths the app writes beside itself, relative to its folder ("cache/" a folder, "data.db" a
    # file): links into a data folder of its own that outlives restarts and redeploys
    # (dashfleet/writable.py), the rest of its folder staying read-only.
    writable: tuple[str, ...] = ()
    # Its own host name (`host = "sales.example.org"`): served at "/" of that host instead of
    # under a path prefix (then `prefix` is "/", where its service builds it). None: by prefix.
    host: str | None = None
    # Words the landing page's search and tag chips filter by.
    tags: tuple[str, ...] = ()
    # Limits per replica, for all its gunicorn processes together: memory in MiB, cpus in CPUs.
    # Containers get them as the engine's limits; in every mode a worker over its share of
    # `memory` is replaced after its request (dashfleet/lifecycle.py). None: no limit of its own.
    memory_mib: int | None = None
    cpus: float | None = None

    @property
    def cpus_text(self) -> str:
        """`cpus` as the engines write it: "0.5", "2"."""
        return f"{self.cpus:g}" if self.cpus is not None else ""

    @property
    def csp_json(self) -> str:
        """`csp` as the service reads it (DASHFLEET_CSP); "" when there is none."""
        return json.dumps({k: list(v) for k, v in self.csp}, separators=(",", ":")) if self.csp else ""

    @property
    def k8s_name(self) -> str:
        """Its name as a Kubernetes object (and Swarm service): a DNS label."""
        return f"dashfleet-{self.name}"

    @property
    def upstream_env(self) -> str:
        """The variable that tells the gateway where this service listens: `host:port`, or nginx's
        `unix:/path:` form in process mode (dashfleet/tool/local.py)."""
        return "DASHFLEET_UPSTREAM_" + self.name.upper().replace("-", "_")

    @property
    def is_landing(self) -> bool:
        return self.prefix == "/" and self.host is None

    @property
    def path_prefix(self) -> str | None:
        """Its prefix on the main site, None when it has a host of its own."""
        return None if self.host else self.prefix


@dataclass(frozen=True)
class Registry:
    title: str
    tagline: str
    landing: Service
    dashboards: tuple[Service, ...]
    root: Path = ROOT
    access: str | tuple[str, ...] = SIGNED_IN  # the default of dashboards that do not say
    # Modules `make run`'s zygote imports once for every service, beyond Dash's own stack (e.g.
    # pandas, when most dashboards use it): shared pages instead of a copy per service.
    shared_imports: tuple[str, ...] = ()
    # The main site's host name ([site] host): where sign-in happens for host-routed dashboards.
    host: str | None = None

    def access_of(self, board: Service) -> str | tuple[str, ...]:
        """ "public", "signed-in", or the groups that may open `board` (when sign-in is on)."""
        return (
            board.access if board.access is not None else self.access
        )  # the project folder: service folders and derived files are relative to it

    @property
    def hosted(self) -> tuple[Service, ...]:
        """The dashboards served at a host name of their own."""
        return tuple(d for d in self.dashboards if d.host)

    @property
    def services(self) -> tuple[Service, ...]:
        """The landing page first, then the dashboards in registry order."""
        return (self.landing, *self.dashboards)

    def dashboard(self, name: str) -> Service:
        for svc in self.services:
            if svc.name == name:
                return svc
        raise KeyError(f"no dashboard named {name!r} in the registry")


def load(path: str | os.PathLike | None = None) -> Registry:
    """Load the registry from `path`, $DASHFLEET_REGISTRY, or the project's dashboards.toml."""
    path = Path(path or os.environ.get("DASHFLEET_REGISTRY") or DEFAULT_PATH)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read the registry ({exc.strerror})") from exc
    return parse(text, source=str(path), root=path.resolve().parent)


def parse(text: str, source: str = "dashboards.toml", root: Path = ROOT) -> Registry:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"{source}: not valid TOML: {exc}") from exc

    _no_unknown(data, {"site", "landing", "dashboards"}, source, "top level")
    site = _table(data, "site", source)
    _no_unknown(site, _SITE_FIELDS, source, "[site]")
    landing_table = _table(data, "landing", source)
    _no_unknown(landing_table, _LANDING_FIELDS, source, "[landing]")
    landing = Service(
        name="landing",
        service=_field(landing_table, "service", source, "[landing]", _SERVICE),
        app=_field(landing_table, "app", source, "[landing]", _ENTRY),
        prefix="/",
        title=_field({"title": "dashfleet", **site}, "title", source, "[site]", _TEXT),
    )

    boards = _table(data, "dashboards", source)
    if not boards:
        raise RegistryError(f"{source}: [dashboards] declares no dashboard")
    dashboards = []
    for name, table in boards.items():
        where = f"[dashboards.{name}]"
        if not _NAME.match(name):
            raise RegistryError(
                f"{source}: {where}: name must be lowercase letters, digits and '-', starting with a letter"
            )
        if not isinstance(table, dict):
            raise RegistryError(f"{source}: {where} must be a table")
        _no_unknown(table, _DASHBOARD_FIELDS, source, where)
        host = _host(table, source, where) if "host" in table else None
        prefix = _prefix(table, host, source, where)
        dashboards.append(
            Service(
                name=name,
                service=_field(table, "service", source, where, _SERVICE),
                app=_field(table, "app", source, where, _ENTRY),
                prefix=prefix,
                host=host,
                title=_field(table, "title", source, where, _TEXT),
                description=_field(table, "description", source, where, _TEXT),
                thumbnail=_field(table, "thumbnail", source, where, _THUMBNAIL)
                if "thumbnail" in table
                else None,
                plotly=_field(table, "plotly", source, where, _PLOTLY) if "plotly" in table else "basic",
                **_replicas(table, source, where),
                **_concurrency(table, source, where),
                access=_access(table, source, where) if "access" in table else None,
                idle_timeout=_whole(table, "idle_timeout", 86400, source, where),
                csp=_csp(table.get("csp", {}), source, where),
                env=_env(table.get("env", {}), source, where),
                secrets=_secrets(table.get("secrets", []), source, where),
                runtime=_field(table, "runtime", source, where, _RUNTIME) if "runtime" in table else SHARED,
                writable=_writable(table.get("writable", []), source, where),
                tags=_tags(table.get("tags", []), source, where),
                memory_mib=_memory(table["memory"], source, where) if "memory" in table else None,
                cpus=_cpus(table["cpus"], source, where) if "cpus" in table else None,
            )
        )

    registry = Registry(
        title=landing.title,
        tagline=_field({"tagline": "-", **site}, "tagline", source, "[site]", _TEXT),
        landing=landing,
        dashboards=tuple(dashboards),
        root=root,
        access=_access(site, source, "[site]") if "access" in site else SIGNED_IN,
        shared_imports=_modules(site.get("shared_imports", []), source),
        host=_host(site, source, "[site]") if "host" in site else None,
    )
    _unique(registry, "path_prefix", source, "prefix")
    _unique(registry, "host", source)
    _unique(registry, "service", source)
    _unique(registry, "upstream_env", source)
    _hosts_need_site_host(registry, source)
    return registry


def _prefix(table: dict, host: str | None, source: str, where: str) -> str:
    """A dashboard's path prefix; "/" (its service builds it at the root) when it has a host."""
    if host is not None:
        if "prefix" in table:
            raise RegistryError(
                f"{source}: {where}: has both host and prefix; a dashboard with a host is served at "
                "'/' of that host: remove prefix"
            )
        return "/"
    prefix = _field(table, "prefix", source, where)
    if prefix in RESERVED_PREFIXES:
        raise RegistryError(
            f"{source}: {where}: prefix {prefix!r} is reserved for {RESERVED_PREFIXES[prefix]}; "
            "choose another"
        )
    if not _PREFIX.match(prefix):
        raise RegistryError(
            f"{source}: {where}: prefix {prefix!r} must be one path segment of lowercase "
            "letters, digits, '-' or '_', with a slash at both ends, like '/sales/'"
        )
    return prefix


def _host(table: dict, source: str, where: str) -> str:
    value = _field(table, "host", source, where)
    if not _HOST.match(value) or not all(_HOST_LABEL.match(label) for label in value.split(".")):
        raise RegistryError(f"{source}: {where}: host {value!r} is malformed{_HINTS['host']}")
    return value


def _hosts_need_site_host(registry: Registry, source: str) -> None:
    """Sign-in for a host-routed dashboard happens on the main site, at a name the gateway knows."""
    if registry.hosted and registry.host is None:
        raise RegistryError(
            f"{source}: [dashboards.{registry.hosted[0].name}] has a host, so [site] needs one too: "
            'the main site\'s name, where visitors sign in (like host = "dashboards.example.org")'
        )
    if registry.host in {d.host for d in registry.hosted}:
        raise RegistryError(
            f"{source}: host {registry.host!r} is both the main site's ([site] host) and a "
            "dashboard's; give the dashboard a name of its own"
        )


def _env_name(name, source: str, where: str, field: str) -> str:
    if not (isinstance(name, str) and _ENV_NAME.match(name)):
        raise RegistryError(
            f"{source}: {where}: {field} name {name!r} must be upper-case letters, digits and '_', "
            "like SALES_REGION"
        )
    if _ENV_TAKEN.match(name):
        raise RegistryError(
            f"{source}: {where}: {field} name {name!r} is dashfleet's or Python's own; choose another"
        )
    return name


def _env(value, source: str, where: str) -> tuple[tuple[str, str], ...]:
    """`env = { REGION = "eu" }`: plain values, given to this dashboard only."""
    if not isinstance(value, dict):
        raise RegistryError(f'{source}: {where}: env must be a table, like env = {{ REGION = "eu" }}')
    pairs = []
    for name, raw in sorted(value.items()):
        _env_name(name, source, where, "env")
        if isinstance(raw, bool) or not isinstance(raw, str | int | float):
            raise RegistryError(f"{source}: {where}: env {name} must be a string or a number")
        text = str(raw)
        if "$" in text or any(ord(c) < 0x20 for c in text) or len(text) > 4096:
            raise RegistryError(
                f"{source}: {where}: env {name}: no '$' or control characters, at most 4096 "
                "(a password goes into secrets, not env)"
            )
        pairs.append((name, text))
    return tuple(pairs)


def _secrets(value, source: str, where: str) -> tuple[str, ...]:
    """`secrets = ["SALES_DB_PASSWORD"]`: names only; the values come from the operator."""
    if not isinstance(value, list) or len(value) > 50:
        raise RegistryError(f'{source}: {where}: secrets must be a list of names, like ["SALES_DB_PASSWORD"]')
    names = tuple(_env_name(n, source, where, "secret") for n in value)
    if len(set(names)) != len(names):
        raise RegistryError(f"{source}: {where}: secrets lists a name twice")
    return names


def _tags(value, source: str, where: str) -> tuple[str, ...]:
    """`tags = ["sales", "finance"]`: at most 8 short lowercase words, each once."""
    if not isinstance(value, list) or len(value) > MAX_TAGS:
        raise RegistryError(
            f'{source}: {where}: tags must be a list of at most {MAX_TAGS}, like ["sales", "finance"]'
        )
    for tag in value:
        if not (isinstance(tag, str) and len(tag) <= MAX_TAG_LENGTH and TAG.fullmatch(tag)):
            raise RegistryError(
                f"{source}: {where}: tag {tag!r} must be lowercase letters and digits, with '-' between "
                f'words, at most {MAX_TAG_LENGTH} characters (like "north-eu")'
            )
    if len(set(value)) != len(value):
        raise RegistryError(f"{source}: {where}: tags lists a tag twice")
    return tuple(value)


def writable_problem(entry: str) -> str | None:
    """Why `entry` cannot be one of a dashboard's writable paths (what the registry would say), or
    None when it can."""
    try:
        _writable([entry], "writable", "")
    except RegistryError as exc:
        return str(exc).removeprefix("writable: : ")
    return None


def _writable(value, source: str, where: str) -> tuple[str, ...]:
    """`writable = ["cache/", "data.db"]`: paths inside the app's folder, none inside another."""
    if not isinstance(value, list) or len(value) > 50:
        raise RegistryError(
            f"{source}: {where}: writable must be a list of paths in the app's folder, "
            'like ["cache/", "data.db"]'
        )
    entries = []
    for entry in value:
        parts = entry.rstrip("/").split("/") if isinstance(entry, str) else []
        if (
            not isinstance(entry, str)
            or len(entry) > 200
            or not _WRITABLE.match(entry)
            or any(part in (".", "..") for part in parts)
        ):
            raise RegistryError(
                f"{source}: {where}: writable {entry!r} must be a path inside the app's folder: "
                "letters, digits, '_', '.', '-' and '/', no '..', not absolute; a folder ends in '/' "
                '(like "cache/" or "data/app.db")'
            )
        key = entry if entry.endswith("/") or f"{entry}/" not in _NOT_WRITABLE else f"{entry}/"
        if parts[0] == "__pycache__":
            key = "__pycache__/"
        if key in _NOT_WRITABLE or entry.endswith(".py"):
            why = _NOT_WRITABLE.get(key, "the app's code stays read-only")
            raise RegistryError(f"{source}: {where}: writable {entry!r} cannot be written to ({why})")
        entries.append(entry)
    paths = [e.rstrip("/") for e in entries]
    if len(set(paths)) != len(paths):
        raise RegistryError(f"{source}: {where}: writable lists a path twice")
    for entry, path in zip(entries, paths, strict=True):
        outer = next((o for o, p in zip(entries, paths, strict=True) if path.startswith(p + "/")), None)
        if outer:
            raise RegistryError(
                f"{source}: {where}: writable {entry!r} is inside {outer!r}: list one of them"
            )
    return tuple(entries)


def _csp(value, source: str, where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """`csp = { "img-src" = ["https://tile.openstreetmap.org"] }`: origins by directive."""
    ok = isinstance(value, dict) and all(
        k in CSP_DIRECTIVES
        and isinstance(v, list)
        and len(v) <= 20
        and all(isinstance(o, str) and (_ORIGIN.match(o) or (k, o) == ("script-src", UNSAFE_EVAL)) for o in v)
        for k, v in value.items()
    )
    if not ok:
        raise RegistryError(
            f"{source}: {where}: csp must map {', '.join(CSP_DIRECTIVES)} to lists of origins "
            'like "https://tile.openstreetmap.org" (https or wss, lowercase, no path); script-src '
            f"may also hold {UNSAFE_EVAL}, for a component that compiles code at run time"
        )
    return tuple((k, tuple(v)) for k, v in sorted(value.items()))


def _modules(value, source: str) -> tuple[str, ...]:
    if not (
        isinstance(value, list)
        and len(value) <= 50
        and all(isinstance(v, str) and _MODULE.match(v) for v in value)
    ):
        raise RegistryError(
            f"{source}: [site]: shared_imports must be a list of up to 50 module names, "
            'like ["pandas", "plotly.express"]'
        )
    return tuple(value)


def _table(data: dict, key: str, source: str) -> dict:
    value = data.get(key)
    if not isinstance(value, dict):
        raise RegistryError(f"{source}: missing table [{key}]")
    return value


def _field(table: dict, key: str, source: str, where: str, pattern: re.Pattern | None = None) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise RegistryError(f"{source}: {where}: missing field '{key}' (a non-empty string)")
    if pattern is not None and not pattern.match(value):
        raise RegistryError(f"{source}: {where}: {key} {value!r} is malformed{_HINTS.get(key, '')}")
    return value


def _access(table: dict, source: str, where: str) -> str | tuple[str, ...]:
    value = table["access"]
    if value in (PUBLIC, SIGNED_IN):
        return value
    if isinstance(value, list) and value and all(isinstance(g, str) and _GROUP.match(g) for g in value):
        return tuple(value)
    raise RegistryError(
        f'{source}: {where}: access must be "public", "signed-in" or a list of groups '
        '(like ["finance", "sales"]: letters, digits, "_", "." and "-")'
    )


def _whole(table: dict, key: str, top: int, source: str, where: str) -> int | None:
    """table[key] as a whole number from 1 to `top`, or None when absent."""
    value = table.get(key)
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= top):
        raise RegistryError(f"{source}: {where}: {key} must be a whole number from 1 to {top}")
    return value


def _replicas(table: dict, source: str, where: str) -> dict[str, int]:
    """`replicas` (default 1) and `max_replicas` (default: at least 3), 1 <= replicas <= max <= 50."""
    replicas = _whole(table, "replicas", MAX_REPLICAS, source, where) or 1
    maximum = _whole(table, "max_replicas", MAX_REPLICAS, source, where) or max(3, replicas)
    if maximum < replicas:
        raise RegistryError(f"{source}: {where}: max_replicas ({maximum}) is below replicas ({replicas})")
    return {"replicas": replicas, "max_replicas": maximum}


def _concurrency(table: dict, source: str, where: str) -> dict[str, int]:
    """`workers` (1-32; default: WEB_CONCURRENCY) and `threads` (1-64; default 1)."""
    values = {key: _whole(table, key, top, source, where) for key, top in (("workers", 32), ("threads", 64))}
    return {key: value for key, value in values.items() if value is not None}


def _memory(value, source: str, where: str) -> int:
    """`memory = "512M"`: MiB per replica (rounded down to a whole MiB)."""
    match = _MEMORY.match(value) if isinstance(value, str) else None
    mib = int(float(match[1]) * (1024 if match[2] in ("G", "Gi", "g") else 1)) if match else 0
    if not MEMORY_MIB[0] <= mib <= MEMORY_MIB[1]:
        raise RegistryError(
            f"{source}: {where}: memory {value!r} must be a size from 128M to 256G per replica, "
            'like "512M" or "1.5G" (M and Mi are MiB, G and Gi GiB)'
        )
    return mib


def _cpus(value, source: str, where: str) -> float:
    """`cpus = 0.5`: CPUs per replica, to the thousandth (Kubernetes' millicores)."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not CPUS[0] <= value <= CPUS[1]
        or round(value, 3) != value
    ):
        raise RegistryError(
            f"{source}: {where}: cpus must be a number of CPUs per replica from 0.1 to 64 "
            "(at most 3 decimals), like 0.5 or 2"
        )
    return float(value)


def _no_unknown(table: dict, allowed: set[str], source: str, where: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise RegistryError(
            f"{source}: {where}: unknown field(s) {', '.join(unknown)} "
            f"(allowed: {', '.join(sorted(allowed))})"
        )


def _unique(registry: Registry, attr: str, source: str, field: str | None = None) -> None:
    """No two services share `attr` (those without one, None, are not compared)."""
    seen: dict[str, str] = {}
    for svc in registry.services:
        value = getattr(svc, attr)
        if value is None:
            continue
        if value in seen:
            raise RegistryError(
                f"{source}: duplicate {field or attr} {value!r}: "
                f"used by both {seen[value]!r} and {svc.name!r}"
            )
        seen[value] = svc.name
