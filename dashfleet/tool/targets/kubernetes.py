"""Kubernetes: a kustomize base (per service a Deployment, Service, PodDisruptionBudget and, per
dashboard, a HorizontalPodAutoscaler; the gateway; a NetworkPolicy; an HTTPRoute) and two example
overlays (Gateway API; classic Ingress). `kubectl apply -k deploy/kubernetes/overlays/example`."""

from __future__ import annotations

from pathlib import Path

from dashfleet.registry import Registry
from dashfleet.tool.targets import env

BASE = Path("deploy/kubernetes/base")
OVERLAYS = Path("deploy/kubernetes/overlays")


def render(registry: Registry) -> dict[Path, str]:
    def page(template: str, **params) -> str:
        return env.get_template(f"kubernetes/{template}").render(registry=registry, **params)

    files = {
        BASE / "kustomization.yaml": page("kustomization.yaml.j2"),
        BASE / "gateway.yaml": page("gateway.yaml.j2"),
        BASE / "networkpolicy.yaml": page("networkpolicy.yaml.j2"),
        BASE / "httproute.yaml": page("httproute.yaml.j2"),
        OVERLAYS / "example" / "kustomization.yaml": page("overlay-example.yaml.j2"),
        OVERLAYS / "example" / "namespace.yaml": page("overlay-namespace.yaml.j2"),
        OVERLAYS / "example" / "gateway.yaml": page("overlay-gateway.yaml.j2"),
        OVERLAYS / "example-ingress" / "kustomization.yaml": page("overlay-ingress.yaml.j2"),
        OVERLAYS / "example-ingress" / "namespace.yaml": page("overlay-namespace.yaml.j2"),
        OVERLAYS / "example-ingress" / "ingress.yaml": page("ingress.yaml.j2"),
    }
    for svc in registry.services:
        files[BASE / f"{svc.name}.yaml"] = page("service.yaml.j2", svc=svc)
    return files
