"""A cheap first look at a candidate: `could_match(mention, row)`; `candidate_test(mention)`
gives the same test as a function of the row, for one report against many candidates.

`row` holds a canonical event's columns (type, modality, date_start, date_end, country,
lat, lon, location_name, and its location's kind and uncertainty_km); the store reads those
first and loads the full event (sources, evidence) only for candidates that pass.
Conservative: False only where `match_score` would surely say None (kinds no reporter
confuses, a hypothesis against a fact, days too far apart, places too far apart or in other
countries).
"""
from __future__ import annotations

from typing import Any, Callable

from sitrep.fuse._util import interval, plan_span
from sitrep.fuse.blocking import tolerance
from sitrep.fuse.kinds import kind_compatibility
from sitrep.fuse.match import place_scorer


def could_match(m: dict[str, Any], row: Any) -> bool:
    return candidate_test(m)(row)


def candidate_test(m: dict[str, Any]) -> Callable[[Any], bool]:
    """`could_match` for one report against many rows: what depends on the report alone (its
    days, place and country) is worked out once, not once a candidate (a report in a big store
    is looked at against dozens of them)."""
    kind = m.get("type") or ""
    mm = m.get("modality") or "asserted"
    iv = interval(m)
    planned_iv = plan_span(iv, mm)
    loc = m.get("location") or {}
    mc = (loc.get("country") or "").upper()
    place_score = place_scorer(loc)

    def test(row: Any) -> bool:
        if kind_compatibility(kind, row.type) is None:
            return False
        cm = row.modality or "asserted"
        if "hypothetical" in (mm, cm) and mm != cm:
            return False
        planned = "planned" in (mm, cm)
        a = planned_iv if planned else iv
        if a and row.date_start is not None:
            s, e = plan_span((row.date_start, row.date_end or row.date_start), cm) if planned \
                else (row.date_start, row.date_end or row.date_start)
            gap = (s - a[1]).days if a[1] < s else (a[0] - e).days if e < a[0] else 0
            if gap > tolerance(kind, row.type):
                return False
        if mc and row.country and mc != row.country.upper():
            return False
        if loc:
            other = {"name": row.location_name, "lat": row.lat, "lon": row.lon, "country": row.country,
                     "kind": row.loc_kind, "uncertainty_km": row.loc_unc}
            if place_score(other) is None:
                return False
        return True
    return test
