"""Where process mode's services listen (a Unix socket each, in a folder only the fleet's user can
open) and what the gateway is told, without starting anything."""

from __future__ import annotations

import os
import stat

import pytest

from dashfleet.registry import load
from dashfleet.tool.local import Fleet, FleetError, private_folder
from tests.helpers import ROOT


@pytest.fixture
def registry():
    return load(ROOT / "dashboards.toml")


def test_each_service_binds_its_socket_and_the_gateway_proxies_to_it(registry, tmp_path):
    fleet = Fleet(registry, run_dir=tmp_path)
    gateway = fleet.gateway_env()
    for svc in registry.services:
        sock = tmp_path / "sockets" / f"{svc.name}.sock"
        assert fleet.service_env(svc)["BIND"] == f"unix:{sock}"
        # nginx's form: proxy_pass http://unix:/path:  (the colon ends the path; a URI may follow)
        assert gateway[svc.upstream_env] == f"unix:{sock}:"
    conf = fleet.write_nginx_conf().parent / "conf.d" / "dashfleet.conf"
    assert f" unix:{tmp_path}/sockets/population.sock:;" in conf.read_text()  # the value, as nginx reads it


def test_the_sockets_folder_is_private_whatever_the_umask(tmp_path):
    (tmp_path / "made").mkdir(mode=0o755)
    old = os.umask(0)
    try:
        for folder in (tmp_path / "new", tmp_path / "made"):
            private_folder(folder)
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    finally:
        os.umask(old)


def test_a_symlinked_sockets_folder_is_refused(registry, tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "sockets").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(FleetError, match="must be a folder of this user's"):
        Fleet(registry, run_dir=tmp_path / "run")


def test_another_user_s_sockets_folder_is_refused(registry, tmp_path):
    if os.geteuid() != 0:
        pytest.skip("needs root, to give the folder to another user")
    (tmp_path / "sockets").mkdir()
    os.chown(tmp_path / "sockets", 65534, 65534)
    with pytest.raises(FleetError, match="must be a folder of this user's"):
        Fleet(registry, run_dir=tmp_path)


def test_a_run_folder_too_long_for_a_socket_path_is_refused_before_starting(registry, tmp_path):
    fleet = Fleet(registry, run_dir=tmp_path / ("r" * 100))
    with pytest.raises(FleetError, match="too long for a Unix socket"):
        fleet.start()
    assert fleet.running() == []
