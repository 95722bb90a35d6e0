"""In process mode the services are reachable only by the gateway: each listens on a Unix socket
in a folder only the fleet's user can open, and on no TCP port, so no other local user reaches a
dashboard around the gateway's sign-in check. With and without the zygote."""

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
import uuid
from pathlib import Path

import pytest
import requests

from dashfleet.tool import wait
from dashfleet.tool.local import Fleet, find_nginx, free_port
from tests.helpers import descendants

NOBODY = 65534
TCP_LISTEN = "0A"  # the state column of /proc/net/tcp
# Run as another user: what happens when it connects to a Unix socket.
CONNECT_PROBE = """
import os, socket, sys
sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
try:
    sock.connect(sys.argv[1])
except OSError as exc:
    print(os.getuid(), type(exc).__name__)
else:
    print(os.getuid(), "connected")
"""


@pytest.fixture(scope="module", params=["zygote", "no-zygote"])
def open_fleet(request, registry):
    """A fleet whose run folder any user may traverse (0755, under /tmp), unlike pytest's own
    (0700): only the sockets folder's mode stands between another user and the services."""
    run_dir = Path(tempfile.mkdtemp(prefix="dashfleet-sockets-"))
    run_dir.chmod(0o755)
    env = {"DASHFLEET_ZYGOTE": "1" if request.param == "zygote" else "0"}
    try:
        with Fleet(registry, port=free_port(), run_dir=run_dir, log_dir=run_dir / "logs", env=env) as fleet:
            assert fleet.failed == {}, fleet.failed
            yield fleet
        assert not fleet.sockets_dir.exists()  # stopped: no socket file left behind
    finally:
        shutil.rmtree(run_dir, ignore_errors=True)


def tcp_listeners() -> dict[int, str]:
    """{socket inode: local address} of every listening TCP socket, IPv4 and IPv6."""
    found = {}
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == TCP_LISTEN:
                found[int(fields[9])] = fields[1]
    return found


def socket_inodes(pid: int) -> set[int]:
    """The inodes of the sockets process `pid` holds open."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(FileNotFoundError):  # closed meanwhile
            target = os.readlink(fd)
            if target.startswith("socket:["):
                inodes.add(int(target[len("socket:[") : -1]))
    return inodes


def tcp_ports_of(pid: int) -> list[str]:
    listening = tcp_listeners()
    return [listening[inode] for inode in socket_inodes(pid) if inode in listening]


def service_processes(fleet: Fleet, registry) -> dict[int, str]:
    """{pid: service} of every gunicorn master and worker of the fleet."""
    found = {}
    for svc in registry.services:
        master = fleet.pid(svc.name)
        workers = descendants(master)
        assert workers, f"{svc.name}: no worker to check"
        found.update({pid: svc.name for pid in {master, *workers}})
    return found


def test_no_service_process_listens_on_a_tcp_port(open_fleet, registry):
    # The check sees TCP listeners where there are some: the gateway's public and status ports.
    assert len(tcp_ports_of(open_fleet.pid("gateway"))) >= 2
    processes = service_processes(open_fleet, registry)
    if open_fleet.zygote_pid:
        processes[open_fleet.zygote_pid] = "zygote"
    listening = {f"{name} (pid {pid})": tcp_ports_of(pid) for pid, name in processes.items()}
    assert {who: ports for who, ports in listening.items() if ports} == {}


def test_every_service_answers_its_health_on_its_socket(open_fleet, registry):
    for svc in registry.services:
        path = open_fleet.socket_path(svc.name)
        assert path.parent == open_fleet.sockets_dir and stat.S_ISSOCK(path.stat().st_mode), svc.name
        reply = open_fleet.get(svc.name, "/health")
        assert (reply.status, reply.text.strip().lower()) == (200, "ok"), svc.name


def test_the_sockets_folder_is_the_fleet_user_s_alone(open_fleet):
    folder = open_fleet.sockets_dir.lstat()
    assert stat.S_ISDIR(folder.st_mode)
    assert stat.S_IMODE(folder.st_mode) == 0o700
    assert folder.st_uid == os.geteuid()


def connect_as(uid: int, path: Path) -> str:
    """`uid connected`, or `uid ErrorName`, from a process running as `uid` (and its group)."""
    done = subprocess.run(
        ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups"]
        + [os.path.realpath(sys.executable), "-I", "-c", CONNECT_PROBE, str(path)],
        capture_output=True,
        text=True,
        timeout=30,
        cwd="/",
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_another_user_cannot_connect_to_a_service(open_fleet, registry):
    if os.geteuid() != 0:
        pytest.skip("needs root, to run a connect attempt as another user (setpriv)")
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv (util-linux) is not installed")
    # The attempt can connect where a folder lets it: a socket beside the fleet's, in a 0755 one.
    beside = open_fleet.run_dir / "open"
    beside.mkdir(mode=0o755)
    beside.chmod(0o755)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
        listener.bind(str(beside / "probe.sock"))
        (beside / "probe.sock").chmod(0o777)
        listener.listen(1)
        assert connect_as(NOBODY, beside / "probe.sock") == f"{NOBODY} connected"
    for svc in registry.services:
        assert connect_as(NOBODY, open_fleet.socket_path(svc.name)) == f"{NOBODY} PermissionError"


def test_a_sigkilled_service_s_socket_does_not_stop_its_restart(open_fleet):
    path = open_fleet.socket_path("simple")
    master = open_fleet.pid("simple")
    os.killpg(master, signal.SIGKILL)  # master and workers: nobody unlinks the socket file
    wait.until(lambda: open_fleet.exited().get("simple"), 10, what="simple seen exited")
    assert stat.S_ISSOCK(path.lstat().st_mode)  # left behind...
    assert wait.unix_status(path, "/health") is None  # ...answering nothing
    open_fleet.respawn("simple")
    open_fleet._wait_healthy("simple")
    assert open_fleet.pid("simple") != master
    assert requests.get(f"{open_fleet.url}/simple/", timeout=10).status_code == 200


def nginx_conf(run_dir: Path, port: int, upstream: str) -> Path:
    """A bare nginx proxying with the gateway template's two forms, `proxy_pass http://$var;` and
    `proxy_pass http://$var/PATH;`, $var holding what process mode gives the template."""
    user = ""
    if os.geteuid() == 0:  # as Fleet.write_nginx_conf: workers as us, or the 0700 folder stops them
        user = f"user {pwd.getpwuid(os.geteuid()).pw_name} {grp.getgrgid(os.getegid()).gr_name};"
    temp_paths = "".join(
        f"{kind}_temp_path {run_dir}/{kind};" for kind in ("proxy", "fastcgi", "uwsgi", "scgi")
    )
    conf = run_dir / "nginx.conf"
    conf.write_text(f"""
{user}
pid {run_dir}/nginx.pid;
error_log stderr warn;
events {{}}
http {{
    access_log off;
    client_body_temp_path {run_dir}/client_body;
    {temp_paths}
    server {{
        listen 127.0.0.1:{port};
        location = /_ready {{ return 204; }}
        location = /appended {{
            set $upstream {upstream};
            proxy_pass http://$upstream/population/health;
        }}
        location / {{
            set $upstream {upstream};
            proxy_pass http://$upstream;
        }}
    }}
}}
""")
    return conf


def test_nginx_proxies_to_a_socket_with_the_uri_passed_or_a_path_appended(fleet, tmp_path):
    nginx = find_nginx()
    assert nginx, "nginx is not installed"
    port = free_port()
    conf = nginx_conf(tmp_path, port, fleet.upstream("population"))
    proc = subprocess.Popen([nginx, "-c", str(conf), "-g", "daemon off;"], start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}"
        wait.until(lambda: proc.poll() is not None or wait.http_status(url + "/_ready") == 204, 30)
        assert proc.poll() is None, "nginx exited"
        marker = uuid.uuid4().hex
        passed = requests.get(f"{url}/population/_dash-layout?{marker}", timeout=10)
        assert passed.status_code == 200 and passed.json()  # the layout: the URI went through as is
        appended = requests.get(f"{url}/appended", timeout=10)
        assert (appended.status_code, appended.text.strip().lower()) == (200, "ok")
        log = fleet.log_dir / "population.log"
        wait.until(lambda: f'"GET /population/_dash-layout?{marker} HTTP' in log.read_text(), 5)
    finally:
        proc.send_signal(signal.SIGQUIT)  # nginx's graceful stop
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
