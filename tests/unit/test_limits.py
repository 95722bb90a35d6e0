"""Registry `memory` and `cpus`: what is accepted, what each mistake says, what every target
renders from them (compose, Swarm, Kubernetes), and the share of it each worker keeps to."""

import os
import re
from pathlib import Path

import pytest
import yaml

from dashfleet import lifecycle
from dashfleet.registry import RegistryError, load, parse
from dashfleet.tool import render
from tests.helpers import SALES_ENTRY

ROOT = Path(__file__).resolve().parents[2]
VALID = '[site]\ntitle = "Fleet"\n[landing]\nservice = "landing"\napp = "landing:create_app"\n' + SALES_ENTRY
MEMORY_HINT = 'must be a size from 128M to 256G per replica, like "512M" or "1.5G"'
CPUS_HINT = "cpus must be a number of CPUs per replica from 0.1 to 64 (at most 3 decimals), like 0.5 or 2"


def sales(fields: str = ""):
    (board,) = parse(VALID + fields + "\n", root=ROOT).dashboards
    return board


@pytest.mark.parametrize(
    ("value", "mib"),
    [('"512M"', 512), ('"512Mi"', 512), ('"512m"', 512), ('"1G"', 1024), ('"1Gi"', 1024), ('"1.5G"', 1536)],
)
def test_memory_sizes_as_docker_and_kubernetes_write_them(value, mib):
    assert sales(f"memory = {value}").memory_mib == mib


@pytest.mark.parametrize(
    "value",
    ["512", '"512"', '"64M"', '"127M"', '"257G"', '"512 M"', '"512MB"', '"1T"', '"-1G"', '""', "true"],
)
def test_memory_mistakes_say_what_to_write(value):
    with pytest.raises(RegistryError, match=re.escape(MEMORY_HINT)) as caught:
        sales(f"memory = {value}")
    assert "[dashboards.sales]" in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize(("value", "cpus"), [("0.5", 0.5), ("2", 2.0), ("0.125", 0.125), ("64", 64.0)])
def test_cpus_are_a_number_of_cpus(value, cpus):
    assert sales(f"cpus = {value}").cpus == cpus


@pytest.mark.parametrize("value", ["0", "0.05", "65", '"0.5"', "true", "0.1234", "-1"])
def test_cpus_mistakes_say_what_to_write(value):
    with pytest.raises(RegistryError, match=re.escape(CPUS_HINT)):
        sales(f"cpus = {value}")


def test_no_limits_by_default_and_the_shipped_files_have_none():
    assert (sales().memory_mib, sales().cpus) == (None, None)
    for board in load(ROOT / "dashboards.toml").dashboards:
        assert (board.memory_mib, board.cpus) == (None, None)
    compose = (ROOT / "docker-compose.yml").read_text()
    assert "mem_limit" not in compose and "DASHFLEET_MEMORY_MIB" not in compose


def rendered(fields: str) -> dict[str, str]:
    registry = parse(VALID + fields + "\n", root=ROOT)
    return {str(path): text for path, text in render.render(registry).items()}


def k8s_container(files: dict[str, str]) -> dict:
    deployment = next(yaml.safe_load_all(files["deploy/kubernetes/base/sales.yaml"]))
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    return container


def test_every_target_gets_the_limits():
    files = rendered('memory = "1.5G"\ncpus = 0.25')
    compose = yaml.safe_load(files["docker-compose.yml"])["services"]["dash_sales"]
    assert (compose["mem_limit"], compose["cpus"]) == ("1536m", 0.25)
    assert compose["environment"]["DASHFLEET_MEMORY_MIB"] == "1536"
    swarm = yaml.safe_load(files["deploy/swarm/stack.yml"])["services"]["dash_sales"]
    assert swarm["deploy"]["resources"] == {
        "limits": {"memory": "1536M", "cpus": "0.25"},
        "reservations": {"memory": "1536M", "cpus": "0.125"},
    }
    assert swarm["environment"]["DASHFLEET_MEMORY_MIB"] == "1536"
    container = k8s_container(files)
    assert container["resources"] == {
        "requests": {"cpu": "125m", "memory": "1536Mi"},  # all the memory, half the cpus
        "limits": {"cpu": "250m", "memory": "1536Mi"},
    }
    assert {"name": "DASHFLEET_MEMORY_MIB", "value": "1536"} in container["env"]
    # The landing has no limits of its own.
    landing = yaml.safe_load(files["docker-compose.yml"])["services"]["landing"]
    assert "mem_limit" not in landing and "DASHFLEET_MEMORY_MIB" not in landing["environment"]


def test_one_limit_alone_keeps_the_other_targets_defaults():
    files = rendered('memory = "256M"')
    compose = yaml.safe_load(files["docker-compose.yml"])["services"]["dash_sales"]
    assert compose["mem_limit"] == "256m" and "cpus" not in compose
    swarm = yaml.safe_load(files["deploy/swarm/stack.yml"])["services"]["dash_sales"]
    assert swarm["deploy"]["resources"] == {"limits": {"memory": "256M"}, "reservations": {"memory": "256M"}}
    assert k8s_container(files)["resources"] == {
        "requests": {"cpu": "50m", "memory": "256Mi"},
        "limits": {"memory": "256Mi"},
    }
    files = rendered("cpus = 2")
    assert yaml.safe_load(files["docker-compose.yml"])["services"]["dash_sales"]["cpus"] == 2
    assert k8s_container(files)["resources"] == {
        "requests": {"cpu": "1000m", "memory": "160Mi"},
        "limits": {"cpu": "2000m", "memory": "512Mi"},
    }
    assert "DASHFLEET_MEMORY_MIB" not in files["docker-compose.yml"]


def test_process_mode_passes_the_limit_to_the_service():
    from dashfleet.tool.local import service_settings

    assert service_settings(sales('memory = "150M"'))["DASHFLEET_MEMORY_MIB"] == "150"
    assert "DASHFLEET_MEMORY_MIB" not in service_settings(sales())


def test_a_workers_share_is_90_percent_of_the_limit_divided_among_the_workers():
    assert lifecycle.worker_share_mib(150, 2) == 67.5
    assert lifecycle.worker_share_mib(400, 1) == 360
    assert 1 < lifecycle.pss_mib() < 4096  # this test process, read from /proc


@pytest.fixture
def gunicorn_worker(monkeypatch, tmp_path):
    """A real gunicorn worker object of a two-worker service, in this process (not started)."""
    from gunicorn.config import Config
    from gunicorn.glogging import Logger
    from gunicorn.workers.sync import SyncWorker

    monkeypatch.setattr(lifecycle, "_share_mib", None)
    monkeypatch.setenv("DASHFLEET_NAME", "sales")
    cfg = Config()
    cfg.set("workers", 2)
    cfg.set("worker_tmp_dir", str(tmp_path))
    worker = SyncWorker(1, os.getpid(), [], None, 30, cfg, Logger(cfg))
    yield worker
    worker.tmp.close()


def test_a_fresh_worker_already_over_its_share_is_left_alone_with_one_warning(
    gunicorn_worker, monkeypatch, caplog
):
    monkeypatch.setenv(lifecycle.MEMORY_ENV, "1")  # a share of 0.45 MiB: this process is over it
    lifecycle.worker_started(gunicorn_worker)
    (line,) = [r.getMessage() for r in caplog.records if r.getMessage().startswith("memory:")]
    assert "a fresh worker takes" in line and "raise memory or lower workers in the registry" in line
    assert lifecycle._share_mib is None
    lifecycle.recycle_if_over(gunicorn_worker, {})  # left alone: this process is still here


def test_a_worker_under_its_share_keeps_serving(gunicorn_worker, monkeypatch, caplog):
    monkeypatch.setenv(lifecycle.MEMORY_ENV, "100000")
    lifecycle.worker_started(gunicorn_worker)
    assert lifecycle._share_mib == 45000
    lifecycle.recycle_if_over(gunicorn_worker, {})
    assert lifecycle._share_mib == 45000 and not [r for r in caplog.records if "memory:" in r.getMessage()]


def test_no_limit_no_check(gunicorn_worker, monkeypatch):
    monkeypatch.delenv(lifecycle.MEMORY_ENV, raising=False)
    lifecycle.worker_started(gunicorn_worker)
    assert lifecycle._share_mib is None
