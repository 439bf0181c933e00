"""Which installation (base, airfield, camp) an event happened at: `installation_of(ev, places)`.

An event is at an installation when its location is one (kind "installation"), when its
location names a place the document resolved as an installation, or, for the force-posture
kinds (deployment, withdrawal, handover, troop level), when its evidence sentence names
exactly one installation ("coalition troops left K1 air base near Kirkuk" is at K1, not
at Kirkuk). Returns the installation as a location `{name, lat, lon, country, kind,
uncertainty_km}`, or None.
"""
from __future__ import annotations

from typing import Any

from sitrep.fuse._util import km, located, norm_name

POSTURE_KINDS = ("deployment", "withdrawal", "handover", "troop_level")


def _as_site(p: dict[str, Any]) -> dict[str, Any]:
    return {"name": p.get("name") or p.get("mention"), "lat": p.get("lat"), "lon": p.get("lon"),
            "country": p.get("country"), "admin1": p.get("admin1"), "kind": "installation",
            "uncertainty_km": p.get("uncertainty_km")}


def installation_of(ev: dict[str, Any], places: list[dict[str, Any]]) -> dict[str, Any] | None:
    loc = ev.get("location") or {}
    if loc.get("kind") == "installation" and loc.get("name"):
        return dict(loc)
    bases = [p for p in places or () if p.get("kind") == "installation" and (p.get("name") or p.get("mention"))]
    if not bases:
        return None
    name = norm_name(loc.get("name"))
    for p in bases:
        if name and name in (norm_name(p.get("name")), norm_name(p.get("mention"))):
            return _as_site(p)
        if located(loc) and located(p) and loc.get("kind") not in ("country", "admin1", "city") \
                and km(loc["lat"], loc["lon"], p["lat"], p["lon"]) <= 2.0:
            return _as_site(p)
    if ev.get("type") not in POSTURE_KINDS:
        return None
    start, end = ev.get("start") or 0, ev.get("end") or 0
    inside = {norm_name(p.get("name") or p.get("mention")): p for p in bases
              if end > start and start <= (p.get("start") or -1) < end}
    if len(inside) == 1:
        return _as_site(next(iter(inside.values())))
    return None
