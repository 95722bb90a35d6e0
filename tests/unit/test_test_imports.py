"""No test module imports another test module or a conftest.py: fixtures live in conftest.py (pytest
finds them), shared helpers in tests/helpers.py or a tier's own helper module (tests/attack/routes.py,
tests/containers/stack.py...). An imported test module runs its tests' imports twice and ties one
tier to another's internals; an imported fixture is a second copy of it."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def imported_modules(source: str, package: str) -> list[tuple[int, str]]:
    """(line, dotted name) of every module `source` (a module of `package`) imports, anywhere in
    it; relative imports resolved, each name of a `from package import name` counted as a module."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def is_test_module(name: str) -> bool:
    last = name.rsplit(".", 1)[-1]
    return name.startswith("tests.") and (last.startswith("test_") or last == "conftest")


def test_no_test_module_imports_another_or_a_conftest():
    sources = [p for p in (ROOT / "tests").rglob("*.py") if "apps" not in p.relative_to(ROOT).parts]
    offenders = [
        f"{p.relative_to(ROOT)}:{line} imports {name}"
        for p in sorted(sources)
        for line, name in imported_modules(p.read_text(), ".".join(p.relative_to(ROOT).parent.parts))
        if is_test_module(name)
    ]
    assert offenders == [], "move fixtures to conftest.py, helpers to tests/helpers.py:\n" + "\n".join(
        offenders
    )


def test_the_check_sees_every_spelling_of_such_an_import():
    # The check itself must be able to fail: each of these imports a test module or a conftest.
    for source in (
        "from tests.gateway.test_http import CALLBACK",
        "import tests.gateway.test_http",
        "from tests.gateway import test_http",
        "from tests.attack.conftest import SECRET",
        "def f():\n    from .test_http import CALLBACK",
        "from . import conftest",
        "from ..gateway.test_http import CALLBACK",
    ):
        assert any(is_test_module(n) for _, n in imported_modules(source, "tests.attack")), source
    clean = "from tests.helpers import CALLBACK\nfrom tests.attack.routes import PAGE\nimport pytest\n"
    assert not any(is_test_module(n) for _, n in imported_modules(clean, "tests.attack"))
