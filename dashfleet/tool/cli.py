"""dashfleet's command line: `python -m dashfleet COMMAND` (the table COMMANDS lists them)."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path

from dashfleet import registry as fleet_registry
from dashfleet.tool import render

NGINX_HINT = "sudo apt-get install nginx (Debian/Ubuntu) or brew install nginx (macOS)"


class CommandError(Exception):
    """A command that cannot do what it was asked: one line on stderr, and its exit code
    (USAGE: what was asked is wrong, change it; FAILED: it was right, but did not work)."""

    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


USAGE, FAILED = 2, 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dashfleet", description=__doc__)
    parser.add_argument("--registry", help="registry file (default: $DASHFLEET_REGISTRY or dashboards.toml)")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (_, text, arguments) in COMMANDS.items():
        arguments(sub.add_parser(name, help=text))
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command, _, _ = COMMANDS[args.command]
    try:
        registry = fleet_registry.load(args.registry)
        return command(registry, args)
    except (CommandError, fleet_registry.RegistryError) as exc:
        print(f"dashfleet: {exc}", file=sys.stderr)
        return exc.code if isinstance(exc, CommandError) else USAGE


def _dashboard(registry, name: str):
    if name not in {d.name for d in registry.dashboards}:
        raise CommandError(f"no dashboard named {name!r} in the registry")
    return registry.dashboard(name)


# -- the commands: (registry, parsed arguments) -> exit code ------------------------------------
def cmd_run(registry, args) -> int:
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


def cmd_dev(registry, args) -> int:
    return _single(registry, args.host, args.port, dev=True)


def cmd_render(registry, args) -> int:
    for path in render.write(registry):
        print(f"wrote {path}")
    return 0


def cmd_new(registry, args) -> int:
    from dashfleet.tool.scaffold import new_dashboard

    for path in new_dashboard(
        args.name, args.title or args.name.capitalize(), args.description, root=registry.root
    ):
        print(f"wrote {path}")
    return 0


def cmd_add(registry, args) -> int:
    from dashfleet.tool.adopt import add_app

    written = add_app(
        args.path,
        args.name,
        prefix=args.prefix,
        host=args.host,
        title=args.title,
        description=args.description,
        app=args.app,
        requirements=args.requirements,
        relax=args.relax,
        root=registry.root,
    )
    for path in written:
        print(f"wrote {path}")
    added = fleet_registry.load(registry.root / "dashboards.toml").dashboard(args.name)
    where = f"http(s)://{added.host}/" if added.host else added.prefix
    print(f"dashfleet: '{args.name}' ({added.app}, plotly.js {added.plotly}) serves at {where}")
    return 0


def cmd_users(registry, args) -> int:
    return _users(args)


def cmd_secret(registry, args) -> int:
    import secrets

    print(secrets.token_urlsafe(48))
    return 0


def cmd_swarm(registry, args) -> int:
    from dashfleet.tool import swarm as fleet_swarm

    try:
        if args.action == "up":
            fleet_swarm.up(registry, args.stack, args.port, auth=args.auth)
            print(f"dashfleet: stack {args.stack} is healthy on http://127.0.0.1:{args.port}/")
        else:
            fleet_swarm.down(args.stack)
            print(f"dashfleet: stack {args.stack} removed")
    except fleet_swarm.SwarmError as exc:
        raise CommandError(str(exc), FAILED) from None
    return 0


def cmd_redeploy(registry, args) -> int:
    from dashfleet.tool.redeploy import Redeploy, RedeployError

    _dashboard(registry, args.name)
    try:
        Redeploy(registry, args.name, args.project).run()
    except RedeployError as exc:
        raise CommandError(str(exc), FAILED) from None
    return 0


def cmd_probe(registry, args) -> int:
    from dashfleet.tool.probe import probe as run_probe

    _dashboard(registry, args.name)
    return run_probe(registry, args.name)


def cmd_check(registry, args) -> int:
    return _check(registry)


# -- their arguments ------------------------------------------------------------------------------
def _serving(cmd: argparse.ArgumentParser) -> None:
    default_port = int(os.environ.get("PORT") or os.environ.get("DASHFLEET_PORT") or 8080)
    cmd.add_argument("--port", type=int, default=default_port, help="default: $PORT or 8080")
    cmd.add_argument("--host", default="127.0.0.1")


def _run_arguments(cmd: argparse.ArgumentParser) -> None:
    _serving(cmd)
    cmd.add_argument(
        "--single", action="store_true", help="one process (its own prefix dispatcher), no nginx"
    )


def _new_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("name", help="lowercase letters, digits and '-'; the prefix becomes /NAME/")
    cmd.add_argument("--title", help="default: NAME capitalised")
    cmd.add_argument("--description", default="A new dashboard.")


def _add_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("path", help="the folder holding the app, or a single .py file")
    cmd.add_argument("--name", required=True, help="lowercase letters, digits and '-'")
    cmd.add_argument("--prefix", help="public URL path (default: /NAME/)")
    cmd.add_argument(
        "--host", help="serve it at / of its own host name instead of a prefix (needs [site] host)"
    )
    cmd.add_argument("--title", help="default: the app's own title, else NAME capitalised")
    cmd.add_argument("--description")
    cmd.add_argument(
        "--app", help="module:attribute of the app or its factory (default: found in the source)"
    )
    cmd.add_argument(
        "--requirements",
        metavar="FILE",
        help="the app's requirements file (default: its requirements.txt, else inferred from its imports)",
    )
    cmd.add_argument(
        "--relax",
        action="store_true",
        help="replace pins the shared runtime cannot honour (dash==1.x...) by the shared versions",
    )


def _swarm_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("action", choices=["up", "down"])
    cmd.add_argument("--stack", default="dashfleet")
    cmd.add_argument("--port", type=int, default=int(os.environ.get("DASHFLEET_PORT") or 8080))
    cmd.add_argument("--auth", action="store_true", help="with sign-in (deploy/swarm/auth.yml)")


def _users_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("action", choices=["add", "remove", "set-password", "list"])
    cmd.add_argument("name", nargs="?")
    cmd.add_argument("--groups", default="", help="comma-separated, e.g. finance,sales")
    cmd.add_argument("--email", default="")


def _redeploy_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("name")
    cmd.add_argument("--project", help="compose project (default: $COMPOSE_PROJECT_NAME or dashfleet)")


def _name_argument(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("name")


def _nothing(cmd: argparse.ArgumentParser) -> None:
    pass


# name: (function, help, its arguments)
COMMANDS = {
    "run": (cmd_run, "run the whole site: nginx gateway + one gunicorn per service", _run_arguments),
    "dev": (cmd_dev, "run every app in one process with Dash hot reload", _serving),
    "check": (cmd_check, "fail if a file derived from the registry has drifted", _nothing),
    "render": (cmd_render, "rewrite the files derived from the registry", _nothing),
    "new": (cmd_new, "scaffold a dashboard: package, registry entry, derived files", _new_arguments),
    "add": (cmd_add, "adopt an existing Dash app (a folder or a .py file) as a dashboard", _add_arguments),
    "swarm": (cmd_swarm, "deploy the stack to this Docker Engine (a single-node swarm)", _swarm_arguments),
    "users": (cmd_users, "the built-in accounts (DASHFLEET_USERS, default users.json)", _users_arguments),
    "secret": (cmd_secret, "print a new random DASHFLEET_SECRET_KEY", _nothing),
    "redeploy": (
        cmd_redeploy,
        "replace one dashboard's containers with no failed request (compose)",
        _redeploy_arguments,
    ),
    "probe": (cmd_probe, "build one dashboard as its service would, and ask it for its page", _name_argument),
}


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
        raise CommandError(str(exc)) from None
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
        raise CommandError(str(exc)) from None
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
            address = f"http://{board.host}:{fleet.port}/" if board.host else fleet.url + board.prefix
            print(f"  {board.title:<20} {address}{state}", flush=True)
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
