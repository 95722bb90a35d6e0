"""`make screenshots`: the landing page and both dashboards, as a visitor sees them, to docs/*.png,
and a thumbnail of every dashboard in the registry (whatever it shows: a graph is waited for only
where the page has one).

Runs the site in process mode (nginx + gunicorn, as `make run`) and Debian's chromium.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from dashfleet import registry as fleet_registry
from dashfleet.tool.local import Fleet, free_port

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
GRAPH_DRAWN = "(id) => document.querySelector(`#${id} .js-plotly-plot`)?.data?.length > 0"
# Every graph on the page has drawn (true at once for a page without graphs).
ALL_GRAPHS_DRAWN = "() => [...document.querySelectorAll('.js-plotly-plot')].every((g) => g.data?.length > 0)"


def main() -> int:
    chromium = shutil.which("chromium")
    if not chromium:
        print("screenshots: needs chromium (sudo apt-get install chromium)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="dashfleet-shots-") as run_dir:
        return shoot(Path(run_dir), chromium)


def shoot(run_dir: Path, chromium: str) -> int:
    fleet = Fleet(fleet_registry.load(), port=free_port(), run_dir=run_dir, log_dir=run_dir / "logs")
    with fleet, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        desktop = browser.new_page(viewport={"width": 1200, "height": 760})
        phone = browser.new_page(viewport={"width": 390, "height": 760})
        shots = [
            (desktop, "/", None, "landing.png"),
            (desktop, "/population/", "graph-content", "population.png"),
            (desktop, "/simple/", "example-graph", "simple.png"),
            (phone, "/", None, "landing-phone.png"),
        ]
        for page, path, graph, name in shots:
            page.goto(fleet.url + path)
            page.wait_for_load_state("networkidle")
            if graph:
                page.wait_for_function(GRAPH_DRAWN, arg=graph, polling=100)
            page.screenshot(path=str(DOCS / name))
            print(f"wrote docs/{name}")
        # Card thumbnails for the landing page (registry: thumbnail = "thumbnails/NAME.png").
        small = browser.new_page(viewport={"width": 960, "height": 600}, device_scale_factor=0.5)
        for board in fleet.registry.dashboards:
            small.goto(fleet.url + board.prefix)
            small.wait_for_load_state("networkidle")
            small.wait_for_function(ALL_GRAPHS_DRAWN, polling=100)
            thumbnail = board.thumbnail or f"thumbnails/{board.name}.png"
            target = fleet.registry.root / "landing" / "static" / thumbnail
            target.parent.mkdir(parents=True, exist_ok=True)
            small.screenshot(path=str(target))
            hint = (
                "" if board.thumbnail else f'  (add thumbnail = "{thumbnail}" to [dashboards.{board.name}])'
            )
            print(f"wrote {target.relative_to(fleet.registry.root)}{hint}")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
