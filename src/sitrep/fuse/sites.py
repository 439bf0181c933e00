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

from sitrep.fuse._util import located, norm_name, precise
from sitrep.geo import km

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


ALSO_AT_MAX = 4            # the other places of one telling kept (a sentence rarely names more)
SAME_PLACE_KM = 5.0        # a place this close to the event's own is that place under another name


EVIDENCE_JOIN = " … "     # how the events stage joins the sentences of one event's evidence


# where a sentence goes on to another act: "... struck militia depots, and supporters then
# besieged the embassy in Baghdad"; "... hit the base; a day later ..."
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while)\s+|;\s+")


def _trigger_clause(ev: dict[str, Any], text: str | None) -> tuple[int, int]:
    """The offsets of the clause of the event's evidence that holds its trigger word: of the
    sentences its evidence joins, the one holding the trigger (the first, failing that; the
    others name the places of other acts: "Rockets hit the base … Saturday's barrage was the
    second"), and of that, the part between the clause breaks around the trigger (", and",
    "; "). The whole span where the document's text is not given or a sentence is not found
    in it."""
    start, end = ev.get("start") or 0, ev.get("end") or 0
    evidence = ev.get("evidence") or ""
    if not text or not evidence:
        return start, end
    trigger = (ev.get("trigger") or "").lower()
    found = lambda p: re.search(r"\b" + re.escape(trigger), p.lower()) if trigger else None
    pieces = evidence.split(EVIDENCE_JOIN)
    piece = next((p for p in pieces if found(p)), pieces[0])
    at = text.find(piece, start, end)
    if at < 0:
        return start, end
    hit = found(piece)
    if hit is None:
        return at, at + len(piece)
    breaks = [m for m in _NEXT_CLAUSE.finditer(piece)]
    lo = max((m.end() for m in breaks if m.end() <= hit.start()), default=0)
    hi = min((m.start() for m in breaks if m.start() >= hit.end()), default=len(piece))
    return at + lo, at + hi


def places_told_with(ev: dict[str, Any], places: list[dict[str, Any]], text: str | None = None
                     ) -> list[dict[str, Any]]:
    """The other pinned places (towns, bases) the event's own words name, besides the one it is
    placed at: where a sentence names two ("the missiles struck Ain al-Assad air base and a
    facility near Erbil") the extraction may place its act at the other one than a second
    report does, or tell two acts as one; fusion lets such a report meet a report of the act at
    any place its words name (`match.scorer`), less surely than at its own. Each as a location
    `{name, lat, lon, country, admin1, kind, uncertainty_km}`; none where the document's places
    carry no offsets. Given the document's `text`, only the clause of its trigger counts
    (`_trigger_clause`)."""
    start, end = _trigger_clause(ev, text)
    if end <= start:
        return []
    loc = ev.get("location") or {}
    own = norm_name(loc.get("name"))
    out: dict[str, dict[str, Any]] = {}
    for p in places or ():
        if not (start <= (p.get("start") if p.get("start") is not None else -1) < end):
            continue
        site = {"name": p.get("name") or p.get("mention"), "lat": p.get("lat"), "lon": p.get("lon"),
                "country": p.get("country"), "admin1": p.get("admin1"), "kind": p.get("kind"),
                "uncertainty_km": p.get("uncertainty_km")}
        if not precise(site) or not site["name"]:
            continue
        name = norm_name(site["name"])
        if name == own or (located(loc) and km(loc["lat"], loc["lon"], site["lat"], site["lon"]) <= SAME_PLACE_KM):
            continue
        out.setdefault(name, site)
    return list(out.values())[:ALSO_AT_MAX]


def place_untold(ev: dict[str, Any], places: list[dict[str, Any]]) -> bool:
    """Whether the event is pinned to a place its own words do not name: the extraction took it
    from the sentences around ("Separately, France has begun withdrawing its instructors", told
    after a paragraph on a base). Such a place may well be wrong: fusion does not take it for a
    base as against the country the troops leave (`match.scorer`). False where the document's
    places carry no offsets (nothing is known)."""
    start, end = ev.get("start") or 0, ev.get("end") or 0
    loc = ev.get("location") or {}
    if end <= start or not precise(loc):
        return False
    offsets = [p for p in places or () if (p.get("start") if p.get("start") is not None else -1) >= 0]
    if not offsets:
        return False
    own = norm_name(loc.get("name"))
    for p in offsets:
        if start <= p["start"] < end and (norm_name(p.get("name") or p.get("mention")) == own or (
                located(p) and km(loc["lat"], loc["lon"], p["lat"], p["lon"]) <= SAME_PLACE_KM)):
            return False
    return True


def also_at(ev: dict[str, Any]) -> list[dict[str, Any]]:
    """The other places told with a report's event (`places_told_with`, kept as `_also_at` while
    its document is fused), or with a canonical event told by one report alone (its
    `_fuse.also_at`, see `merge.merge_mentions`)."""
    return ev.get("_also_at") or (ev.get("_fuse") or {}).get("also_at") or []
