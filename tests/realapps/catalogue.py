"""The real apps this tier adopts: other people's Dash apps from tests/apps/third_party, as their
authors wrote them, with the `dashfleet add` options a person would pass (never a changed line).

`drive`: what to do in the page so that a callback answers (None: the page's own first callbacks
do), as (action, selector[, value]) steps for Playwright.

Gathered but not here (tests/apps/third_party, README there): stock-tickers and hellodash read
their data from GitHub at import (no network in the tests); dwave-template and
dwave-employee-scheduling set their layout only under `__main__`; posit-stock-dashboard on its pins
(Dash 2.16, dash-bootstrap-components 1.5.0) answers dbc's own script with a 500 when served alone
too (Dash never registers the package): not dashfleet's to fix, not yet understood.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

THIRD_PARTY = Path(__file__).resolve().parents[1] / "apps" / "third_party"
REQUIREMENTS = Path(__file__).resolve().parent / "requirements"


@dataclass(frozen=True)
class RealApp:
    name: str  # the dashboard's name
    source: str  # under tests/apps/third_party: a folder, or a file in one
    options: tuple[str, ...] = ()  # `dashfleet add` options beyond --name
    dash: str = "4"  # the Dash major release it runs on here (its own environment or the shared one)
    runtime: str = "shared"
    drive: tuple[tuple[str, ...], ...] = ()
    why: str = ""  # what it exercises
    prefix: str = field(default="")
    host: str = ""  # served at / of its own name (add --host), a *.localhost name here
    expect: tuple[str, str] = ()  # (selector, text) the page shows once its callbacks have run
    callbacks: bool = True  # False: the app has none (what it draws, it draws in the browser)
    # Console lines the app causes under dashfleet only, each with why it is the app's own doing.
    tolerated: tuple[tuple[str, str], ...] = ()

    @property
    def path(self) -> Path:
        return THIRD_PARTY / self.source

    @property
    def url_prefix(self) -> str:
        return "/" if self.host else (self.prefix or f"/{self.name}/")


APPS = (
    RealApp(
        "salaries",
        "salaries-by-region/salaries-by-region.py",
        why="a single file Python cannot import by name, no requirements.txt, a Bootswatch theme by CDN",
    ),
    RealApp(
        "parcoords",
        "parallel-coord-filter/parallel-coord-filter.py",
        why="single file, dash-ag-grid + dbc inferred, Patch(), full plotly.js",
    ),
    RealApp(
        "aggrid-tooltip",
        "aggrid-figure-tooltip",
        ("--requirements", str(REQUIREMENTS / "aggrid-figure-tooltip.txt")),
        runtime="own",
        callbacks=False,
        expect=(".ag-row .ag-cell", ""),  # the grid, its rows drawn by the app's own JS renderer
        why="pandas<3 beside the shared pandas 3: an environment of its own on Dash 4",
    ),
    RealApp(
        "themes",
        "theme-explorer/sample_app.py",
        why="dash-bootstrap-templates: every Bootswatch theme, Font Awesome and dbc CSS by CDN",
    ),
    RealApp(
        "dmc-toc",
        "dmc-toc",
        ("--app", "toc_multipage:app"),
        why="Dash Pages in one file, DMC 2.x AppShell, an app module that is not app.py",
    ),
    RealApp(
        "spc",
        "spc-dashboard",
        ("--relax",),
        dash="2",
        runtime="own",
        why="Dash 1.0 sample app with its 2019 pins: relaxed to Dash 2.0 and the stubs, dash-daq",
    ),
    RealApp(
        "financial",
        "financial-report",
        ("--relax", "--prefix", "/dash-financial-report/"),
        dash="2",
        runtime="own",
        prefix="/dash-financial-report/",
        drive=(("click", "a[href='/dash-financial-report/price-performance']"),),
        why="Dash 1.0 app whose router hard-codes /dash-financial-report/: served at that prefix",
    ),
    RealApp(
        "dmc-examples",
        "dmc-examples",
        ("--requirements", str(REQUIREMENTS / "dmc-examples.txt")),
        dash="2",
        runtime="own",
        why="Dash 2.5.1 with DMC 0.10 and Dash Pages, several Dash() objects merged",
    ),
    RealApp(
        "dmc-templates",
        "dmc-figure-templates",
        ("--requirements", str(REQUIREMENTS / "dmc-figure-templates.txt")),
        tolerated=(
            (
                r"cdn\.plot\.ly|topojson",
                "no internet on the test machine: the map outlines plotly.js fetches for the "
                "choropleth (allowed by the page's policy) cannot arrive; alone, Dash's own bundle "
                "asks elsewhere and fails the same way",
            ),
        ),
        why="DMC figure templates, pattern-matching ALL with Patch, a choropleth (full plotly.js)",
    ),
    RealApp(
        "mes-form",
        "mes-form",
        ("--relax",),
        dash="2",
        runtime="own",
        why="Dash 1.1 sample app writing a SQLite file beside itself (writable), its 2019 pins relaxed",
    ),
    RealApp(
        "sidebar",
        "dbc-sidebar-icons",
        ("--host", "sidebar.localhost"),
        host="sidebar.localhost",
        drive=(("click", "a[href='/calendar']"),),
        expect=("#page-content", "This is your calendar... not much in the diary..."),
        why="not prefix-aware (pathname == '/', href='/calendar'): at / of its own host name",
    ),
    RealApp(
        "multipage",
        "multi-page-structure",
        ("--app", "main:dashboard"),
        dash="3",
        runtime="own",
        drive=(("click", ".mantine-Switch-track"),),
        why="pins Dash 3.2.0 and 30 more: its own environment on Dash 3; DMC, Pages, ALL with Patch",
    ),
    RealApp(
        "parks",
        "vanparks-finder",
        ("--app", "src.app:server"),
        dash="2",
        runtime="own",
        why="dash-leaflet map on Dash 2.18, the app in src/ of its repository",
    ),
    RealApp(
        "indicators",
        "country-indicators",
        dash="2",
        runtime="own",
        tolerated=(
            (
                r"styles\.css",
                "external_stylesheets=['styles.css'] is relative to the page: Dash answers its index "
                "page for it, alone too (no style either way); the gateway's nosniff makes the "
                "browser say so",
            ),
        ),
        why="Posit's Dash example on Dash 2.9.1 (which imports pkg_resources without declaring it)",
    ),
)
