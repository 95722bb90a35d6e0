"""The images leave out dashfleet/tool (the operator's tool; .dockerignore): nothing a service
imports may need it. (Found when the landing page imported it: every container stack failed.)"""

import ast
from pathlib import Path

from dashfleet.registry import load

ROOT = Path(__file__).resolve().parents[2]


def imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names |= {node.module, *(f"{node.module}.{alias.name}" for alias in node.names)}
    return names


def test_nothing_an_image_runs_imports_the_tool():
    folders = [ROOT / "dashfleet", *(ROOT / s.service for s in load(ROOT / "dashboards.toml").services)]
    offenders = []
    for folder in folders:
        for path in folder.rglob("*.py"):
            rel = path.relative_to(ROOT)
            if rel.parts[:2] == ("dashfleet", "tool") or rel == Path("dashfleet/__main__.py"):
                continue
            if any(name == "dashfleet.tool" or name.startswith("dashfleet.tool.") for name in imported(path)):
                offenders.append(str(rel))
    assert offenders == []
