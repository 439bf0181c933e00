"""Which installation (base, airfield, camp) an event happened at: `installation_of(ev, places)`.

An event is at an installation when its location is one (kind "installation"), when its
location names a place the document resolved as an installation, or, for the force-posture
kinds (deployment, withdrawal, handover, troop level), when its evidence sentence names
exactly one installation ("coalition troops left K1 air base near Kirkuk" is at K1, not
at Kirkuk). Returns the installation as a location `{name, lat, lon, country, kind,
uncertainty_km}`, or None.

`only_attacked_there(ev)`: whether a force-posture event's evidence names its installation only
as where an attack struck ("the handover was not related to the rocket attacks on Camp Taji"):
such an event is not on that installation's timeline.
"""
from __future__ import annotations

import re
from typing import Any

from sitrep.fuse._util import km, located, norm_name

POSTURE_KINDS = ("deployment", "withdrawal", "handover", "troop_level")
NEAR_BASE_KM = 30.0        # a town this close to a base may name it ("the K1 base near Kirkuk")


def _as_site(p: dict[str, Any]) -> dict[str, Any]:
    return {"name": p.get("name") or p.get("mention"), "lat": p.get("lat"), "lon": p.get("lon"),
            "country": p.get("country"), "admin1": p.get("admin1"), "kind": "installation",
            "uncertainty_km": p.get("uncertainty_km")}


def _could_be_at(loc: dict[str, Any], base: dict[str, Any]) -> bool:
    """Whether a base named in the sentence may be where an event placed at `loc` happened:
    the event's own place must contain it (a country, a province) or lie near it (a town by
    the base), so that a sentence telling of two places does not move the event to the other."""
    if not located(loc):
        cc = (loc.get("country") or "").upper()
        return not cc or not base.get("country") or cc == base["country"].upper()
    if not located(base):
        return True
    if loc.get("country") and base.get("country") and loc["country"].upper() != base["country"].upper():
        return False
    reach = max(NEAR_BASE_KM, float(loc.get("uncertainty_km") or 0))
    if loc.get("kind") in ("country", "admin1", "admin2", "region"):
        reach = max(reach, float(loc.get("uncertainty_km") or 1000.0))
    return km(loc["lat"], loc["lon"], base["lat"], base["lon"]) <= reach


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
    # (a base the sentence names only as where an attack struck is not where the troops were:
    # "the handover was not related to the rocket attacks on Camp Taji")
    inside = {norm_name(p.get("name") or p.get("mention")): p for p in bases
              if end > start and start <= (p.get("start") or -1) < end and _could_be_at(loc, p)
              and not _named_only_as_struck(str(p.get("mention") or p.get("name") or ""), ev.get("evidence") or "")}
    if len(inside) == 1:
        return _as_site(next(iter(inside.values())))
    return None


_ATTACK = r"\b(?:attacks?|strikes?|rockets?|rocket fire|barrages?|shelling|fire|missiles?|bombings?|raids?)\b"


def only_attacked_there(ev: dict[str, Any]) -> bool:
    name = str((ev.get("location") or {}).get("name") or "")
    return ev.get("type") in POSTURE_KINDS and _named_only_as_struck(name, ev.get("evidence") or "")


def _named_only_as_struck(name: str, text: str) -> bool:
    """Whether `text` names the place `name`, and only as where an attack struck."""
    if len(name) < 3:
        return False
    named = [m.start() for m in re.finditer(r"\b" + re.escape(name) + r"\b", text, re.I)]
    struck = {m.end() for m in re.finditer(_ATTACK + r"(?:\s+[\w'’\-]+){0,6}?\s+(?:on|at|against|into|targeting)"
                                           r"\s+(?:the\s+)?(?=" + re.escape(name) + r"\b)", text, re.I)}
    return bool(named) and all(n in struck for n in named)
