"""dashfleet's command line: `python -m dashfleet run|dev|check|render`."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path

from dashfleet import registry as fleet_registry
from dashfleet.tool import render

NGINX_HINT = "sudo apt-get install nginx (Debian/Ubuntu) or brew install nginx (macOS)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="dashfleet", description=__doc__)
    parser.add_argument("--registry", help="registry file (default: $DASHFLEET_REGISTRY or dashboards.toml)")
    sub = parser.add_subparsers(dest="command", required=True)
    default_port = int(os.environ.get("PORT") or os.environ.get("DASHFLEET_PORT") or 8080)
    for name, text in (
        ("run", "run the whole site: nginx gateway + one gunicorn per service"),
        ("dev", "run every app in one process with Dash hot reload"),
    ):
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument("--port", type=int, default=default_port, help="default: $PORT or 8080")
        cmd.add_argument("--host", default="127.0.0.1")
    sub.choices["run"].add_argument(
        "--single", action="store_true", help="one process (its own prefix dispatcher), no nginx"
    )
    sub.add_parser("check", help="fail if a file derived from the registry has drifted")
    sub.add_parser("render", help="rewrite the files derived from the registry")
    new = sub.add_parser("new", help="scaffold a dashboard: package, registry entry, derived files")
    new.add_argument("name", help="lowercase letters, digits and '-'; the prefix becomes /NAME/")
    new.add_argument("--title", help="default: NAME capitalised")
    new.add_argument("--description", default="A new dashboard.")
    add = sub.add_parser("add", help="adopt an existing Dash app (a folder or a .py file) as a dashboard")
    add.add_argument("path", help="the folder holding the app, or a single .py file")
    add.add_argument("--name", required=True, help="lowercase letters, digits and '-'")
    add.add_argument("--prefix", help="public URL path (default: /NAME/)")
    add.add_argument("--title", help="default: the app's own title, else NAME capitalised")
    add.add_argument("--description")
    add.add_argument(
        "--app", help="module:attribute of the app or its factory (default: found in the source)"
    )
    add.add_argument(
        "--requirements",
        metavar="FILE",
        help="the app's requirements file (default: its requirements.txt, else inferred from its imports)",
    )
    add.add_argument(
        "--relax",
        action="store_true",
        help="replace pins the shared runtime cannot honour (dash==1.x...) by the shared versions",
    )
    swarm = sub.add_parser("swarm", help="deploy the stack to this Docker Engine (a single-node swarm)")
    swarm.add_argument("action", choices=["up", "down"])
    swarm.add_argument("--stack", default="dashfleet")
    swarm.add_argument("--port", type=int, default=int(os.environ.get("DASHFLEET_PORT") or 8080))
    swarm.add_argument("--auth", action="store_true", help="with sign-in (deploy/swarm/auth.yml)")
    users = sub.add_parser("users", help="the built-in accounts (DASHFLEET_USERS, default users.json)")
    users.add_argument("action", choices=["add", "remove", "set-password", "list"])
    users.add_argument("name", nargs="?")
    users.add_argument("--groups", default="", help="comma-separated, e.g. finance,sales")
    users.add_argument("--email", default="")
    sub.add_parser("secret", help="print a new random DASHFLEET_SECRET_KEY")
    redeploy = sub.add_parser(
        "redeploy", help="replace one dashboard's containers with no failed request (compose)"
    )
    redeploy.add_argument("name")
    redeploy.add_argument("--project", help="compose project (default: $COMPOSE_PROJECT_NAME or dashfleet)")
    probe = sub.add_parser("probe", help="build one dashboard as its service would, and ask it for its page")
    probe.add_argument("name")
    args = parser.parse_args(argv)

    try:
        registry = fleet_registry.load(args.registry)
    except fleet_registry.RegistryError as exc:
        print(f"dashfleet: {exc}", file=sys.stderr)
        return 2

    if args.command == "check":
        return _check(registry)
    if args.command == "render":
        for path in render.write(registry):
            print(f"wrote {path}")
        return 0
    if args.command == "new":
        from dashfleet.tool.scaffold import new_dashboard

        try:
            changed = new_dashboard(args.name, args.title or args.name.capitalize(), args.description)
        except fleet_registry.RegistryError as exc:
            print(f"dashfleet: {exc}", file=sys.stderr)
            return 2
        for path in changed:
            print(f"wrote {path}")
        return 0
    if args.command == "add":
        from dashfleet.tool.adopt import add_app

        try:
            written = add_app(
                args.path,
                args.name,
                prefix=args.prefix,
                title=args.title,
                description=args.description,
                app=args.app,
                requirements=args.requirements,
                relax=args.relax,
                root=registry.root,
            )
        except fleet_registry.RegistryError as exc:
            print(f"dashfleet: {exc}", file=sys.stderr)
            return 2
        for path in written:
            print(f"wrote {path}")
        added = fleet_registry.load(registry.root / "dashboards.toml").dashboard(args.name)
        print(f"dashfleet: '{args.name}' ({added.app}, plotly.js {added.plotly}) serves at {added.prefix}")
        return 0
    if args.command == "users":
        return _users(args)
    if args.command == "secret":
        import secrets

        print(secrets.token_urlsafe(48))
        return 0
    if args.command == "swarm":
        from dashfleet.tool import swarm as fleet_swarm

        try:
            if args.action == "up":
                fleet_swarm.up(registry, args.stack, args.port, auth=args.auth)
                print(f"dashfleet: stack {args.stack} is healthy on http://127.0.0.1:{args.port}/")
            else:
                fleet_swarm.down(args.stack)
                print(f"dashfleet: stack {args.stack} removed")
        except fleet_swarm.SwarmError as exc:
            print(f"dashfleet: {exc}", file=sys.stderr)
            return 1
        return 0
    if args.command == "redeploy":
        from dashfleet.tool.redeploy import Redeploy, RedeployError

        if args.name not in {d.name for d in registry.dashboards}:
            print(f"dashfleet: no dashboard named {args.name!r} in the registry", file=sys.stderr)
            return 2
        try:
            Redeploy(registry, args.name, args.project).run()
        except RedeployError as exc:
            print(f"dashfleet: {exc}", file=sys.stderr)
            return 1
        return 0
    if args.command == "probe":
        from dashfleet.tool.probe import probe as run_probe

        if args.name not in {d.name for d in registry.dashboards}:
            print(f"dashfleet: no dashboard named {args.name!r} in the registry", file=sys.stderr)
            return 2
        return run_probe(registry, args.name)
    if args.command == "dev":
        return _single(registry, args.host, args.port, dev=True)
    if args.single:
        return _single(registry, args.host, args.port)
    from dashfleet.tool.local import find_nginx

    if find_nginx() is None:
        print(
            f"dashfleet: nginx is not installed, so everything runs in ONE process "
            f"(install it for the real gateway: {NGINX_HINT})",
            file=sys.stderr,
        )
        return _single(registry, args.host, args.port)
    return _run(registry, args.host, args.port)


def _users(args) -> int:
    """Manage the accounts file. Passwords come from stdin (one line), so it can be scripted:
    `printf '%s\n' "$PASSWORD" | python -m dashfleet users add ada --groups finance`."""
    from dashfleet import users

    path = users.default_path()
    try:
        accounts = users.load(path)
        if args.action == "list":
            for user in accounts.values():
                print(f"{user.name}\t{','.join(user.groups)}\t{user.email}")
            return 0
        if not args.name:
            raise users.UsersError(f"users {args.action} needs a NAME")
        if args.action == "remove":
            if args.name not in accounts:
                raise users.UsersError(f"no user {args.name!r} in {path}")
            accounts = {n: u for n, u in accounts.items() if n != args.name}
        else:
            if args.action == "add" and args.name in accounts:
                raise users.UsersError(f"user {args.name!r} exists; use set-password")
            if args.action == "set-password" and args.name not in accounts:
                raise users.UsersError(f"no user {args.name!r} in {path}")
            old = accounts.get(args.name)
            groups = [g for g in args.groups.split(",") if g] if args.action == "add" else old.groups
            email = args.email if args.action == "add" else old.email
            password = sys.stdin.readline().rstrip("\n")
            accounts = users.add(accounts, args.name, password, groups, email)
        users.save(accounts, path)
    except users.UsersError as exc:
        print(f"dashfleet: {exc}", file=sys.stderr)
        return 2
    print(f"dashfleet: {args.action} {args.name}: {path} ({len(accounts)} users)")
    return 0


def _check(registry) -> int:
    from dashfleet.tool.check import problems as find_problems

    problems = find_problems(registry)
    for problem in problems:
        print(f"dashfleet check: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(
        f"dashfleet check: {len(render.render(registry))} derived files match the registry "
        f"({len(registry.dashboards)} dashboards)"
    )
    return 0


def _single(registry, host: str, port: int, dev: bool = False) -> int:
    from dashfleet.service import ServiceConfigError
    from dashfleet.tool import single

    print(f"dashfleet: one process ({'dev, hot reload' if dev else 'fallback'}) on http://{host}:{port}/")
    try:
        single.serve(registry, host, port, dev=dev)
    except (single.SingleProcessRefused, ServiceConfigError) as exc:
        print(f"dashfleet: {exc}", file=sys.stderr)
        return 2
    return 0


def _run(registry, host: str, port: int) -> int:
    from dashfleet.tool.local import Fleet, FleetError
    from dashfleet.tool.supervise import supervise

    def on_term(signum, frame):
        # From the first signal on, ignore the next ones: make forwards SIGTERM and a terminal
        # sends SIGINT to the whole group, and one arriving before the `finally` below (which
        # used to ignore them only there) interrupted the stop and orphaned every service.
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        raise SystemExit(128 + signum)

    # Explicit handlers: a shell may start us with SIGINT ignored (background jobs), and Ctrl-C
    # must still stop everything.
    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)
    # Signed-out sessions stay signed out across restarts: the state folder lives in the project.
    state_dir = Path(os.environ.get("DASHFLEET_STATE_DIR") or registry.root / ".dashfleet" / "state")
    fleet = Fleet(registry, host=host, port=port, state_dir=state_dir)
    # SIGHUP: every service picks up its code as it is now, with no failed request (gunicorn's
    # graceful reload; see gunicorn_conf.on_reload), and nginx reads its config again.
    signal.signal(signal.SIGHUP, lambda signum, frame: fleet.reload())
    try:
        try:
            fleet.start()
        except FleetError as exc:
            print(f"dashfleet: {exc}", file=sys.stderr, flush=True)
            return 1
        for name, why in fleet.failed.items():
            print(f"dashfleet: {name} did not start: {why}", file=sys.stderr, flush=True)
        print(
            f"\ndashfleet is up: {fleet.url}/  (Ctrl-C stops it; kill -HUP {os.getpid()} reloads the code)",
            flush=True,
        )
        for board in registry.dashboards:
            state = "  (DOWN: see above)" if board.name in fleet.failed else ""
            if board.name in fleet.on_demand.asleep:
                state = f"  (starts on its first request; stops after {board.idle_timeout}s idle)"
            print(f"  {board.title:<20} {fleet.url}{board.prefix}{state}", flush=True)
        # Only the gateway (and this user) may open them: a way to a service's /metrics.
        print(f"  services' sockets: {fleet.sockets_dir}/", flush=True)
        supervise(fleet)
    finally:
        # make forwards SIGTERM to us and a terminal sends SIGINT to the whole group: a second
        # signal must not interrupt the orderly stop and orphan the services.
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        print("dashfleet: stopping", file=sys.stderr, flush=True)
        fleet.stop()
    return 1
