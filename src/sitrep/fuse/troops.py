"""Troop levels per country and force over time: `troop_levels(events)`.

From canonical deployment, withdrawal and troop-level events that give a number of
personnel (asserted, not planned or denied; the force is the first actor that is neither
one who tells of it nor the base itself): a troop level sets the level of that force
in that country, a deployment adds to it and a withdrawal takes from it once a level is
known. Figures for one base are kept apart from figures for the whole country: returns
`[{country, force, place, series: [{date, type, change, level, event, sources}]}]` with
`place` null for the country-wide series, each series in date order; `level` is null
until some report gives one. Handovers among the events only tell which force handed a base
over: after it, that force's former presence retold ("300 troops had been stationed there")
is no arrival at the base.
"""
from __future__ import annotations

from typing import Any

from sitrep.fuse._util import actor_tokens, day, norm_name, precise
from sitrep.fuse.posture import _forces, _retells, _same, personnel

_SIGN = {"deployment": 1, "withdrawal": -1}


def troop_levels(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    groups: dict[tuple, dict[str, Any]] = {}
    rows = []
    handed: dict[str, list[tuple]] = {}         # base -> [(day, forces that handed it over)]
    for ev in events:
        loc = ev.get("location") or {}
        if ev.get("type") == "handover" and (ev.get("modality") or "asserted") == "asserted" and precise(loc):
            when = day((ev.get("date") or {}).get("start")) or day((ev.get("_fuse") or {}).get("published"))
            if when:
                handed.setdefault(norm_name(loc.get("name")), []).append((when, _forces(ev)))
    for ev in events:
        n = personnel(ev)        # a troop level's figure its evidence gives when the extraction missed it
        if ev.get("type") not in ("deployment", "withdrawal", "troop_level") or n is None \
                or (ev.get("modality") or "asserted") != "asserted":
            continue
        when = day((ev.get("date") or {}).get("start")) or day((ev.get("_fuse") or {}).get("published"))
        force = (_forces(ev) or [None])[0]        # not a teller ("officials"), not the base itself
        loc = ev.get("location") or {}
        country = (loc.get("country") or "").upper() or None
        where = loc.get("name") if precise(loc) else None
        if not when or not force:
            continue
        if where and ev["type"] != "withdrawal" and _retells(ev) and any(
                d < when and any(_same(force, f) for f in fs) for d, fs in handed.get(norm_name(where), ())):
            continue                 # the force that handed the base over, its former presence retold
        key = (country or "", norm_name(where), frozenset(actor_tokens([force])) or frozenset([force.lower()]))
        rows.append((when, key, ev, float(n), force))
    rows.sort(key=lambda r: (r[0], r[2].get("type") != "troop_level", r[2].get("id") or 0))
    for when, key, ev, n, force in rows:
        loc = ev.get("location") or {}
        groups.setdefault(key, {"country": key[0] or None, "force": force,
                                "place": loc.get("name") if key[1] else None, "series": []})
    level: dict[tuple, float | None] = {}
    for when, key, ev, n, _ in rows:
        kind = ev["type"]
        if kind == "troop_level":
            level[key], change = n, None
        else:
            change = _SIGN[kind] * n
            if level.get(key) is not None:
                level[key] = max(0.0, level[key] + change)
        lv = level.get(key)
        groups[key]["series"].append({
            "date": when.isoformat(), "type": kind, "change": _num(change), "level": _num(lv),
            "event": ev.get("id"),
            "sources": [{"document": s.get("document"), "outlet": s.get("outlet"), "url": s.get("url"),
                         "published": s.get("published")} for s in ev.get("sources") or ()]})
    return sorted(groups.values(), key=lambda g: (g["country"] or "", g["place"] or "", g["force"]))


def _num(v: float | None) -> float | int | None:
    return None if v is None else int(v) if float(v).is_integer() else v
