"""Dashboards at host names of their own, on Kubernetes: the manifests of a project with host-routed
dashboards are as valid as the default's, and every host name reaches the gateway (the HTTPRoute's
hostnames, a Gateway listener and an Ingress rule each). Built and checked offline with kubectl."""

import pytest

from dashfleet.registry import load
from dashfleet.tool.targets import kubernetes as k8s
from tests.kubernetes import manifests
from tests.kubernetes.manifests import all_problems, build, by_kind


@pytest.fixture(scope="module")
def hosted(hosted_project):
    if manifests.kubectl() is None:
        pytest.skip("kubectl is not installed (tests/kubernetes/test_manifests.py says how)")
    return load(hosted_project / "dashboards.toml")


def test_every_host_reaches_the_gateway(hosted):
    names = [hosted.host, *(b.host for b in hosted.hosted)]
    example = build(hosted.root / k8s.OVERLAYS / "example")
    assert all_problems(example) == []
    assert by_kind(example, "HTTPRoute")["dashfleet"]["spec"]["hostnames"] == names
    listeners = by_kind(example, "Gateway")["dashfleet"]["spec"]["listeners"]
    assert [listener["hostname"] for listener in listeners] == names
    ingress = build(hosted.root / k8s.OVERLAYS / "example-ingress")
    assert all_problems(ingress) == []
    rules = by_kind(ingress, "Ingress")["dashfleet"]["spec"]["rules"]
    assert [rule["host"] for rule in rules] == names
    for board in hosted.hosted:
        container = by_kind(example, "Deployment")[board.k8s_name]["spec"]["template"]["spec"]["containers"][
            0
        ]
        env = {e["name"]: e.get("value") for e in container["env"]}
        assert env["DASH_URL_BASE_PATHNAME"] == "/"
