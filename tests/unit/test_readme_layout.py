"""The README's layout table names every module of the runtime and of the tool, so a new one is
not left out of the map a new engineer reads first."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_layout_table_names_every_module():
    layout = ROOT.joinpath("README.md").read_text().split("## Layout", 1)[1].split("\n## ", 1)[0]
    modules = [
        p
        for folder in ("dashfleet", "dashfleet/tool")
        for p in sorted((ROOT / folder).glob("*.py"))
        if not p.name.startswith("__")
    ]
    missing = [str(p.relative_to(ROOT)) for p in modules if f"`{p.name}`" not in layout]
    assert missing == [], f"add these to the README's layout table: {missing}"
