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


def test_no_two_test_modules_share_a_name():
    """The test folders are not packages: two test_x.py in two tiers stop pytest's collection."""
    names = [p.name for p in (ROOT / "tests").rglob("test_*.py") if "third_party" not in p.parts]
    assert sorted(n for n in set(names) if names.count(n) > 1) == []
