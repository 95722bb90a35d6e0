"""The gapminder data set, read once per process and indexed by country.

Plain `csv` rather than pandas: the callback needs one country's (year, pop) series, and a dict
lookup answers that in microseconds without 40 MB of pandas in every worker.
"""

from __future__ import annotations

import csv
import gzip
import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "gapminder.csv.gz"
COLUMNS = ("country", "continent", "year", "lifeExp", "pop", "gdpPercap")


@dataclass(frozen=True)
class Series:
    years: tuple[int, ...]
    pop: tuple[int, ...]


@dataclass(frozen=True)
class Population:
    by_country: dict[str, Series]

    @property
    def countries(self) -> list[str]:
        """Every country, in the data set's order (alphabetical in gapminder)."""
        return list(self.by_country)

    def series(self, country: str) -> Series | None:
        return self.by_country.get(country)


def load(path: str | os.PathLike | None = None) -> Population:
    """Read the CSV (gzip or plain) at `path`, $POPULATION_DATA, or the copy shipped here."""
    path = Path(path or os.environ.get("POPULATION_DATA") or DEFAULT_PATH)
    opener = gzip.open if path.suffix == ".gz" else open
    rows: dict[str, list[tuple[int, int]]] = {}
    with opener(path, "rt", encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = set(COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        for row in reader:
            rows.setdefault(row["country"], []).append((int(row["year"]), int(float(row["pop"]))))
    by_country = {}
    for country, points in rows.items():
        points.sort()
        by_country[country] = Series(years=tuple(y for y, _ in points), pop=tuple(p for _, p in points))
    return Population(by_country)
