"""The whole site on one machine: one gunicorn per registry entry, and nginx in front with the
same registry-derived config the gateway container uses.

Each service listens on a Unix socket, `<run folder>/sockets/<name>.sock`, in a folder only the
fleet's user can open (0700): nothing else on the machine reaches a service around the gateway
(and its sign-in check), as a loopback port would let any local process do.

`dashfleet run` (`make run`) and the integration tests both go through `Fleet`, so what the tests
prove is what a person runs.
"""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from dashfleet import dashboard_env, identity, writable
from dashfleet.dashboard_env import MissingSecret
from dashfleet.registry import OWN, SHARED, Registry, Service
from dashfleet.service import ASLEEP_ENV, EX_CONFIG
from dashfleet.tool import environments, gateway, render, wait
from dashfleet.tool.forked import ForkedProcess, Zygote
from dashfleet.tool.on_demand import OnDemand
from dashfleet.tool.render import GATEWAY_TEMPLATE

# The site's own secrets: the landing's alone.
SITE_SECRETS = {"DASHFLEET_SECRET_KEY", "DASHFLEET_OIDC_CLIENT_SECRET"}
START_TIMEOUT = 60.0  # a cold first import of dash on a busy 2-core machine takes a few seconds
STOP_TIMEOUT = 25.0  # a little over gunicorn's graceful_timeout
NGINX_MODULES = Path("/usr/lib/nginx/modules")
# sockaddr_un.sun_path holds 108 bytes with its terminating NUL.
MAX_SOCKET_PATH = 107
# What nginx's `set $var VALUE;` takes unquoted: the upstream address goes in as it is.
NGINX_UNSAFE = frozenset(";{}$\"'\\#")


class FleetError(RuntimeError):
    pass


def auth_conf(env) -> str:
    """The gateway's sign-in snippet: on.conf when DASHFLEET_AUTH is set to anything but none."""
    return "off.conf" if env.get("DASHFLEET_AUTH", "none") == "none" else "on.conf"


def service_settings(svc: Service) -> dict[str, str]:
    """The environment that makes a service serve its registry entry (the images set the same)."""
    settings = {
        "DASHFLEET_APP": svc.app,
        "DASHFLEET_NAME": svc.name,
        "DASHFLEET_PLOTLY": svc.plotly,
        "DASH_URL_BASE_PATHNAME": svc.prefix,
    }
    if svc.csp:
        settings["DASHFLEET_CSP"] = svc.csp_json
    if svc.memory_mib:  # no engine limit here: each worker keeps to its share (dashfleet/lifecycle.py)
        settings["DASHFLEET_MEMORY_MIB"] = str(svc.memory_mib)
    return settings


def find_nginx() -> str | None:
    """$NGINX, else nginx on PATH, else Debian's /usr/sbin/nginx (not on a normal user's PATH)."""
    if "NGINX" in os.environ:
        candidate = os.environ["NGINX"]
        return candidate if shutil.which(candidate) else None
    return shutil.which("nginx") or shutil.which("/usr/sbin/nginx")


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def private_folder(path: Path) -> Path:
    """`path` as a folder that only this user can open (0700, whatever the umask). One that is a
    symlink or someone else's is refused: its owner could let others in."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    found = path.lstat()
    if not stat.S_ISDIR(found.st_mode) or found.st_uid != os.geteuid():
        raise FleetError(f"{path} must be a folder of this user's (uid {os.geteuid()})")
    path.chmod(0o700)
    return path


@dataclass
class _Proc:
    name: str
    popen: subprocess.Popen | ForkedProcess
    log_path: Path | None


def zygote_wanted(env) -> bool:
    """Fork services from one process that imported Dash once (dashfleet/tool/zygote.py), unless
    DASHFLEET_ZYGOTE=0: then each service is its own interpreter, as in a container."""
    return env.get("DASHFLEET_ZYGOTE", "1") != "0"


class Fleet:
    """Start, stop and watch the fleet's processes; every one is stopped by its PID."""

    def __init__(
        self,
        registry: Registry,
        *,
        port: int = 8080,
        host: str = "127.0.0.1",
        run_dir: Path | None = None,
        log_dir: Path | None = None,
        env: dict[str, str] | None = None,
        workers: dict[str, int] | None = None,
        state_dir: Path | None = None,
    ):
        self.registry = registry
        self.host = host
        self.port = port
        # A run folder of our own (rendered config, nginx's temp folders) is removed on stop.
        self._own_run_dir = run_dir is None
        self.run_dir = Path(run_dir or tempfile.mkdtemp(prefix="dashfleet-"))
        self.log_dir = log_dir
        self.env = {**os.environ, **(env or {})}
        # What must outlive a run (signed-out sessions): `dashfleet run` keeps it in the project;
        # a caller without one (a test) gets a folder in the run folder.
        self.state_dir = Path(state_dir or self.env.get("DASHFLEET_STATE_DIR") or self.run_dir / "state")
        self.workers = workers or {}  # gunicorn workers per service name; default WEB_CONCURRENCY
        self.root = registry.root
        # The services' sockets (see the module's docstring), removed on stop.
        self.sockets_dir = private_folder(self.run_dir / "sockets")
        self.status_port = free_port(host)  # the gateway's stub_status, on loopback only
        self.log_format = self.env.get("DASHFLEET_LOG_FORMAT", "text")
        self.failed: dict[str, str] = {}  # dashboards that could not start: name -> why
        self._procs: dict[str, _Proc] = {}
        self._zygote: Zygote | None = None
        # Dashboards with an idle_timeout start on demand (needs the zygote: the service must
        # inherit the socket the Fleet holds).
        self.on_demand = OnDemand(self, self.run_dir / "state" / "asleep.json")

    # -- addresses -------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def status_url(self) -> str:
        """The gateway's internal port: stub_status, each dashboard's health for the landing."""
        return f"http://{self.host}:{self.status_port}"

    def socket_path(self, name: str) -> Path:
        """Where service `name` listens (its only listening socket)."""
        return self.sockets_dir / f"{name}.sock"

    def upstream(self, name: str) -> str:
        """Service `name`'s address as nginx's proxy_pass takes it: `http://` + this (+ a path)."""
        return f"unix:{self.socket_path(name)}:"

    def get(self, name: str, path: str, *, timeout: float = 5.0, headers=None) -> wait.Reply:
        """GET `path` from service `name` itself, over its socket (not through the gateway)."""
        return wait.unix_get(self.socket_path(name), path, timeout=timeout, headers=headers)

    def pid(self, name: str) -> int:
        return self._procs[name].popen.pid

    @property
    def zygote_pid(self) -> int | None:
        return self._zygote.pid if self._zygote else None

    # -- whole fleet -----------------------------------------------------------------------
    def start(self) -> Fleet:
        """Every service, then the gateway. A dashboard that cannot start is reported in `failed`
        and answers its branded 503 while the rest of the site serves; the landing page must start."""
        try:
            self._check_socket_paths()
            private_folder(self.sockets_dir)  # again: a stopped Fleet removed it
            if zygote_wanted(self.env):
                self.on_demand.open()
            self._own_environments()
            for svc in self.registry.services:
                if svc.name not in self.on_demand.asleep and svc.name not in self.failed:
                    try:
                        self._spawn_service(svc)
                    except MissingSecret as exc:  # that dashboard only: the rest of the site serves
                        if svc.is_landing:
                            raise FleetError(f"{svc.name}: {exc}") from None
                        self.failed[svc.name] = str(exc)
            for svc in self.registry.services:
                if svc.name in self.on_demand.asleep or svc.name in self.failed:
                    continue
                try:
                    self._wait_healthy(svc.name)
                except FleetError as exc:
                    if svc.is_landing:
                        raise
                    self.failed[svc.name] = str(exc)
            self.start_gateway()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """The gateway first (no new requests), then every service; SIGKILL after a grace period."""
        for name in ["gateway", *(svc.name for svc in self.registry.services)]:
            if name in self._procs:
                self._terminate(name)
        if self._zygote:
            self._zygote.stop()
            self._zygote = None
        self.on_demand.close()
        # Sockets a SIGKILLed service left behind, with their folder (the run folder may be a
        # caller's, kept after the stop).
        shutil.rmtree(self.sockets_dir, ignore_errors=True)
        if self._own_run_dir:
            shutil.rmtree(self.run_dir, ignore_errors=True)

    def __enter__(self) -> Fleet:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def exited(self) -> dict[str, int]:
        """{name: exit code} of processes that ended without being asked to."""
        return {n: p.popen.returncode for n, p in self._procs.items() if p.popen.poll() is not None}

    def running(self) -> list[str]:
        return [n for n, p in self._procs.items() if p.popen.poll() is None]

    @staticmethod
    def is_config_error(code: int) -> bool:
        """The service refused its configuration: restarting it cannot help."""
        return code == EX_CONFIG

    # -- one service -----------------------------------------------------------------------
    def reload(self, names: list[str] | None = None) -> None:
        """SIGHUP to each running service (gunicorn: new workers with the code as it is now, old
        ones retired gracefully) and to the gateway (nginx: its config read again, gracefully)."""
        for name, proc in list(self._procs.items()):
            if (names is None or name in names) and proc.popen.poll() is None:
                proc.popen.send_signal(signal.SIGHUP)

    def tick(self) -> list[str]:
        """The supervisor's periodic call: start on-demand services with a request waiting, stop
        those idle for their idle_timeout. Returns what it did, for the log."""
        return self.on_demand.tick()

    def wake(self, name: str) -> None:
        """Start an on-demand service without waiting: its first request waits in the socket."""
        self._spawn_service(self.registry.dashboard(name))

    def start_service(self, name: str) -> None:
        self._check_socket_paths()
        self._spawn_service(self.registry.dashboard(name))
        self._wait_healthy(name)

    def respawn(self, name: str) -> None:
        """Start a service again without waiting for it (the supervisor's restart)."""
        self._kill_group(self._procs[name])
        self._spawn_service(self.registry.dashboard(name))

    @staticmethod
    def _kill_group(proc: _Proc) -> None:
        """Whatever is left of a process that ended: a SIGKILLed gunicorn master or nginx leaves
        its workers running, still serving what they hold (an on-demand service's socket; the
        gateway's port, which a restart could not bind)."""
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.popen.pid, signal.SIGKILL)  # its own process group (start_new_session)

    def stop_service(self, name: str) -> None:
        self._terminate(name)

    def _own_environments(self) -> None:
        """Build (or find current) the environment of every dashboard with `runtime = "own"`. One
        that does not build is reported in `failed`; the rest of the site serves."""
        for svc in self.registry.dashboards:
            if svc.runtime != OWN:
                continue
            try:
                environments.ensure(self.root, svc.name, self.root / svc.service / "requirements.txt")
            except environments.BuildError as exc:
                self.failed[svc.name] = f"its environment does not build: {exc}"

    def python_for(self, svc: Service) -> str:
        """The interpreter a service runs in: its own environment's, or the shared runtime's."""
        return str(environments.python(self.root, svc.name)) if svc.runtime == OWN else sys.executable

    def _spawn_service(self, svc: Service) -> None:
        # Prometheus' per-process files in the run folder (removed with it, even after a
        # SIGKILL), fresh at every start: a restarted service starts its counters at zero.
        metrics = self.metrics_dir(svc.name)
        shutil.rmtree(metrics, ignore_errors=True)
        metrics.mkdir(parents=True)
        self._spawn(
            svc.name,
            self.service_argv(svc, self.python_for(svc)),
            self.service_env(svc),
            # The zygote imported the shared runtime: only its dashboards can be forked from it.
            fork=zygote_wanted(self.env) and svc.runtime == SHARED,
            listen_fd=self.on_demand.listener_fd(svc.name),
        )

    def metrics_dir(self, name: str) -> Path:
        return self.run_dir / "metrics" / name

    def _operator_env_for(self, svc: Service) -> dict[str, str]:
        """The operator's environment less what belongs to others: every dashboard's secrets (each
        gets its own, below), and the site's sign-in secrets, which only the landing may hold (a
        dashboard holding them could mint sessions)."""
        private = {name for board in self.registry.dashboards for name in board.secrets}
        if not svc.is_landing:
            private |= SITE_SECRETS
        return {
            k: v for k, v in self.env.items() if k not in private and k.removesuffix("_FILE") not in private
        }

    def service_env(self, svc: Service) -> dict[str, str]:
        """What the service's image sets (Dockerfile, compose), for this machine. Raises
        MissingSecret when one of its secrets is not given."""
        env = {
            **self._operator_env_for(svc),
            **service_settings(svc),
            **dashboard_env.resolve(svc.env, svc.secrets, self.env),
            # gunicorn removes a socket file left by a SIGKILLed run before binding its own.
            "BIND": f"unix:{self.socket_path(svc.name)}",
            "PROMETHEUS_MULTIPROC_DIR": str(self.metrics_dir(svc.name)),
            "DASHFLEET_SERVICE_DIR": str(self.root / svc.service),
            **self.writable_settings(svc),
            "DASHFLEET_STATUS_URL": self.status_url,
            "DASHFLEET_REGISTRY": str(self.root / "dashboards.toml"),
            # Sign-in state (revoked sessions) and the accounts file, wherever `make run` started.
            "DASHFLEET_STATE_DIR": str(self.state_dir),
            ASLEEP_ENV: str(self.on_demand.state_file),
            "DASHFLEET_USERS": str(
                Path(self.env.get("DASHFLEET_USERS") or self.root / "users.json").resolve()
            ),
            # dashfleet and the project's own packages import from the project folder.
            "PYTHONPATH": os.pathsep.join(filter(None, [str(self.root), self.env.get("PYTHONPATH")])),
            "PYTHONUNBUFFERED": "1",
        }
        if auth_conf(self.env) == "on.conf" and self.env.get("DASHFLEET_SECRET_KEY"):
            # The key a dashboard verifies the gateway's signed identity with (it cannot sign).
            env["DASHFLEET_IDENTITY_KEY"] = identity.public_key_text(self.env["DASHFLEET_SECRET_KEY"])
        if svc.workers:
            env["WEB_CONCURRENCY"] = str(svc.workers)
        env["GUNICORN_THREADS"] = str(svc.threads)
        if svc.name in self.workers:  # a caller's override (the benchmark)
            env["WEB_CONCURRENCY"] = str(self.workers[svc.name])
        return env

    def writable_settings(self, svc: Service) -> dict[str, str]:
        """A dashboard that writes beside itself (registry writable) runs in a mirror of its folder
        whose writable paths link into `.dashfleet/data/NAME/` in the project: its data outlives
        restarts and rebuilds, and the app's source is never written to (dashfleet/writable.py).
        The mirror is made anew at each start; the data folder is seeded from the app's own files."""
        if not svc.writable:
            return {}
        source = self.root / svc.service
        data = private_folder(self.root / ".dashfleet" / "data") / svc.name
        try:
            folder = writable.mirror(source, self.run_dir / "apps" / svc.name, data, svc.writable)
        except writable.WritableError as exc:
            raise FleetError(f"{svc.name}: {exc}") from None
        return {
            "DASHFLEET_SERVICE_DIR": str(folder),
            writable.WRITABLE_ENV: ",".join(svc.writable),
            writable.DATA_DIR_ENV: str(data),
            writable.SEED_DIR_ENV: str(source),
        }

    @staticmethod
    def service_argv(svc: Service, python: str = sys.executable) -> list[str]:
        return [
            python,
            "-m",
            "gunicorn",
            "--config",
            "python:dashfleet.gunicorn_conf",
            "--name",
            f"dashfleet-{svc.name}",
        ]

    # -- the gateway -----------------------------------------------------------------------
    def start_gateway(self) -> None:
        nginx = find_nginx()
        if nginx is None:
            raise FleetError("nginx is not installed")
        conf = self.write_nginx_conf()
        check = subprocess.run([nginx, "-t", "-q", "-c", str(conf)], capture_output=True, text=True)
        if check.returncode != 0:
            raise FleetError(f"nginx rejected the gateway config:\n{check.stderr}")
        self._spawn("gateway", [nginx, "-c", str(conf), "-g", "daemon off;"], self.env)
        url = f"{self.url}/_dashfleet/health"
        self._wait_ready("gateway", lambda: wait.http_ok(url, timeout=1.0), url)

    def stop_gateway(self) -> None:
        self._terminate("gateway")

    def gateway_env(self) -> dict[str, str]:
        resolvers = gateway.local_resolvers()
        env = {
            "NGINX_LOCAL_RESOLVERS": resolvers,
            "NGINX_RESOLVER_TIMEOUT": gateway.resolver_timeout(resolvers),
            "DASHFLEET_LISTEN": f"{self.host}:{self.port}",
            "DASHFLEET_PAGES": str(self.root / "gateway" / "pages"),
            "DASHFLEET_AUTH_CONF": str(self.root / "gateway" / "auth" / auth_conf(self.env)),
            "DASHFLEET_CACHE_DIR": str(self.run_dir / "cache"),
            "DASHFLEET_AUTH_CACHE_SECONDS": self.env.get("DASHFLEET_AUTH_CACHE_SECONDS", "2"),
            "DASHFLEET_ACCESS_LOG": str(self.log_dir / "gateway-access.log")
            if self.log_dir
            else "/dev/stdout",
            "DASHFLEET_LOG_FORMAT": self.log_format,
            "DASHFLEET_STATUS_LISTEN": f"{self.host}:{self.status_port}",
            # One machine: a TLS terminator in front runs on it too, so trust loopback by default.
            "DASHFLEET_TRUSTED_PROXIES_GEO": gateway.trusted_proxies_geo(
                self.env.get("DASHFLEET_TRUSTED_PROXIES", "127.0.0.1 ::1")
            ),
        }
        for svc in self.registry.services:
            env[svc.upstream_env] = self.upstream(svc.name)
        return env

    def write_nginx_conf(self) -> Path:
        conf_d = self.run_dir / "conf.d"
        conf_d.mkdir(parents=True, exist_ok=True)
        (self.run_dir / "cache").mkdir(exist_ok=True)  # nginx makes only the last level itself
        server = gateway.envsubst((self.root / GATEWAY_TEMPLATE).read_text(), self.gateway_env())
        missing = gateway.unresolved(server)
        if missing:
            raise FleetError(f"gateway template needs variables nobody set: {', '.join(missing)}")
        (conf_d / "dashfleet.conf").write_text(server)
        conf = self.run_dir / "nginx.conf"
        conf.write_text(
            render.nginx_main_conf(
                run_dir=self.run_dir,
                conf_dir=conf_d,
                workers=1,
                user=pwd.getpwuid(os.geteuid()).pw_name if os.geteuid() == 0 else "",
                group=grp.getgrgid(os.getegid()).gr_name,
                modules=sorted(str(m) for m in NGINX_MODULES.glob("ngx_http_brotli_*.so")),
                mime_types="/etc/nginx/mime.types",
            )
        )
        return conf

    # -- processes -------------------------------------------------------------------------
    def _spawn(
        self,
        name: str,
        argv: list[str],
        env: dict[str, str],
        fork: bool = False,
        listen_fd: int | None = None,
    ) -> None:
        if name in self._procs and self._procs[name].popen.poll() is None:
            raise FleetError(f"{name} is already running (pid {self._procs[name].popen.pid})")
        log_path = None
        out = None
        if self.log_dir:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            log_path = self.log_dir / f"{name}.log"
        if fork:  # gunicorn's argv after `python -m gunicorn`, run in a child of the zygote
            forked = self._zygote_for(env).spawn(
                argv[3:],
                env=env,
                cwd=self.root,
                log=log_path,
                listen_fd=listen_fd,
                close_fds=self.on_demand.fds(),
            )
            self._procs[name] = _Proc(name, forked, log_path)
            return
        if log_path:
            out = open(log_path, "ab")  # noqa: SIM115 - the child owns it; closed on stop
        # A session of its own: Ctrl-C reaches only us, and we stop children in order.
        popen = subprocess.Popen(
            argv,
            env=env,
            cwd=self.root,
            stdout=out,
            stderr=subprocess.STDOUT if out else None,
            start_new_session=True,
        )
        if out:
            out.close()
        self._procs[name] = _Proc(name, popen, log_path)

    def _zygote_for(self, service_env: dict[str, str]) -> Zygote:
        # A zygote that died (OOM killer, a stray kill) took its services' exit codes with it:
        # they count as exited, the supervisor respawns them, and a new zygote forks them.
        if self._zygote is None or not self._zygote.alive():
            if self._zygote is not None:
                self._zygote.stop()
            keep = ("PATH", "PYTHONPATH", "PYTHONUNBUFFERED", "HOME", "LANG", "LC_ALL", "TMPDIR")
            self._zygote = Zygote(
                env={k: service_env[k] for k in keep if k in service_env},
                cwd=self.root,
                imports=self.registry.shared_imports,
                keep_fds=self.on_demand.fds(),
            )
        return self._zygote

    def _wait_healthy(self, name: str) -> None:
        """Until service `name` answers its /health on its socket."""
        sock = self.socket_path(name)
        self._wait_ready(name, lambda: wait.unix_ok(sock, "/health", timeout=1.0), f"{sock} /health")

    def _wait_ready(self, name: str, probe, where: str) -> None:
        proc = self._procs[name]

        def ready() -> bool:
            if proc.popen.poll() is not None:
                raise FleetError(f"{name} exited with {proc.popen.returncode}{self._tail(proc)}")
            return probe()

        wait.until(ready, START_TIMEOUT, poll=0.05, what=f"{name} at {where}")

    def _check_socket_paths(self) -> None:
        """Every socket path fits sockaddr_un and goes into nginx's config as it is."""
        for svc in self.registry.services:
            path = str(self.socket_path(svc.name))
            if len(os.fsencode(path)) > MAX_SOCKET_PATH:
                raise FleetError(
                    f"the run folder's path is too long for a Unix socket ({path}: over "
                    f"{MAX_SOCKET_PATH} bytes); set TMPDIR to a shorter folder"
                )
            if any(c.isspace() or c in NGINX_UNSAFE for c in path):
                raise FleetError(f"the run folder's path has a character nginx cannot take: {path!r}")

    def _terminate(self, name: str) -> None:
        proc = self._procs.pop(name, None)
        if proc is None:
            return
        if proc.popen.poll() is not None:
            self._kill_group(proc)
            return
        # nginx: SIGQUIT is its graceful stop; gunicorn: SIGTERM finishes requests in flight.
        sig = signal.SIGQUIT if name == "gateway" else signal.SIGTERM
        proc.popen.send_signal(sig)
        try:
            proc.popen.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.popen.kill()
            proc.popen.wait(timeout=5)
        self._kill_group(proc)

    @staticmethod
    def _tail(proc: _Proc, lines: int = 20) -> str:
        if not proc.log_path or not proc.log_path.exists():
            return ""
        text = proc.log_path.read_text(errors="replace").splitlines()[-lines:]
        return ":\n" + "\n".join(text)
