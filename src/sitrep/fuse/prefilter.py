"""A cheap first look at a candidate: `could_match(mention, published, row)`.

`row` holds a canonical event's columns (type, modality, date_start, date_end, country,
lat, lon, location_name, and its location's kind and uncertainty_km); the store reads those
first and loads the full event (sources, evidence) only for candidates that pass.
Conservative: False only where `match_score` would surely say None (kinds no reporter
confuses, a hypothesis against a fact, days too far apart, places too far apart or in other
countries).
"""
from __future__ import annotations

from typing import Any

from sitrep.fuse._util import interval, plan_span
from sitrep.fuse.blocking import tolerance
from sitrep.fuse.kinds import kind_compatibility
from sitrep.fuse.match import _place_score


def could_match(m: dict[str, Any], row: Any) -> bool:
    if kind_compatibility(m.get("type") or "", row.type) is None:
        return False
    mm, cm = m.get("modality") or "asserted", row.modality or "asserted"
    if "hypothetical" in (mm, cm) and mm != cm:
        return False
    a = plan_span(interval(m), mm) if "planned" in (mm, cm) else interval(m)
    if a and row.date_start is not None:
        s, e = plan_span((row.date_start, row.date_end or row.date_start), cm) if "planned" in (mm, cm) \
            else (row.date_start, row.date_end or row.date_start)
        gap = (s - a[1]).days if a[1] < s else (a[0] - e).days if e < a[0] else 0
        if gap > tolerance(m.get("type") or "", row.type):
            return False
    loc = m.get("location") or {}
    mc = (loc.get("country") or "").upper()
    if mc and row.country and mc != row.country.upper():
        return False
    if loc:
        other = {"name": row.location_name, "lat": row.lat, "lon": row.lon, "country": row.country,
                 "kind": row.loc_kind, "uncertainty_km": row.loc_unc}
        if _place_score(loc, other) is None:
            return False
    return True
