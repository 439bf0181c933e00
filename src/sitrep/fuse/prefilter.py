"""A cheap first look at a candidate: `could_match(mention, row)`; `candidate_test(mention)`
gives the same test as a function of the row, for one report against many candidates.

`row` holds a canonical event's columns (type, modality, date_start, date_end, country,
lat, lon, location_name, its location's kind and uncertainty_km, and its first report's day
`published`); the store reads those first, the event's scoring form (`match.scoring_form`)
only for candidates that pass, and the full event (all its sources) only for those a report joins. Conservative: False only where `match_score` would surely say None
(kinds no reporter confuses, a hypothesis against a fact, days too far apart, where one side
is undated the quarter before its report too far from the other's days, places too far
apart or in other countries).
"""
from __future__ import annotations

import json
from typing import Any, Callable

from datetime import date, timedelta

from sitrep.fuse._util import UNDATED_WINDOW_DAYS, day, interval, located, plan_span, precise, span_days, window
from sitrep.fuse.blocking import tolerance
from sitrep.fuse.kinds import compatible_kinds, kind_compatibility
from sitrep.fuse.match import FORCE_KINDS, _days_apart, handover_site_untold, place_scorer
from sitrep.fuse.sites import also_at


def row_bounds(m: dict[str, Any]) -> dict[str, Any]:
    """What of `candidate_test` the store can ask of the rows themselves, so that those it would
    refuse are not read: the kinds the report may match (`kinds`), and for a dated report the
    days a candidate's must come near (`lo`, `hi`; `lo_planned` for a planned candidate, whose
    days run on a quarter). Looser than the test (the widest tolerance of those kinds): the
    test still decides."""
    kind = m.get("type") or ""
    kinds = compatible_kinds(kind)
    out: dict[str, Any] = {"kinds": kinds}
    iv = plan_span(interval(m), m.get("modality") or "asserted")
    if iv is not None:
        tol = timedelta(days=max(tolerance(kind, k) for k in kinds))
        out.update(lo=iv[0] - tol, hi=iv[1] + tol, lo_planned=iv[0] - tol - timedelta(days=UNDATED_WINDOW_DAYS))
    return out


def could_match(m: dict[str, Any], row: Any, published: date | None = None) -> bool:
    return candidate_test(m, published)(row)


def _row_window(row: Any, modality: str) -> tuple[date, date] | None:
    """`window` of the candidate from its row: its days (a plan's with the quarter after), or
    for an undated one the quarter before (after, if planned) its first report's day."""
    if row.date_start is not None:
        s = row.date_start
        return plan_span((s, max(s, row.date_end or s)), modality)
    pub = day(getattr(row, "published", None))
    if pub is None:
        return None
    if modality == "planned":
        return pub, pub + timedelta(days=UNDATED_WINDOW_DAYS)
    return pub - timedelta(days=UNDATED_WINDOW_DAYS), pub


def _told_elsewhere(own: Callable, told: list[Callable], other: dict[str, Any], row: Any) -> bool:
    """Whether another place the report's words name (`told`: their scorers) may be the
    candidate's place (`other`), or the report's own (`own`: its scorer) one the candidate's
    one report names (its `_fuse.also_at`, as the row gives it): then
    `match.told_place_scorer` does not refuse the pair on their places."""
    if any(s(other) is not None for s in told):
        return True
    theirs = getattr(row, "also_at", None)
    if isinstance(theirs, str):
        theirs = json.loads(theirs)
    return any(own(x) is not None for x in theirs or ())


def candidate_test(m: dict[str, Any], published: date | None = None) -> Callable[[Any], bool]:
    """`could_match` for one report (published on `published`) against many rows: what depends
    on the report alone (its days, place and country) is worked out once, not once a candidate
    (a report in a big store is looked at against dozens of them)."""
    kind = m.get("type") or ""
    mm = m.get("modality") or "asserted"
    iv = interval(m)
    planned_iv = plan_span(iv, mm)
    # where either telling is undated, match_score compares windows (an undated report: the
    # quarter before it), so an undated one from another year is refused here, unread
    m_window = window(m, published)
    loc = m.get("location") or {}
    mc = (loc.get("country") or "").upper()
    place_score = place_scorer(loc)
    told = [place_scorer(x) for x in also_at(m)]
    untold = bool(m.get("_place_untold") or (m.get("_fuse") or {}).get("place_untold"))
    a_short = iv is not None and span_days(iv) <= 2
    force = kind in FORCE_KINDS
    loc_located, loc_precise = located(loc), precise(loc)

    def test(row: Any) -> bool:
        if kind_compatibility(kind, row.type) is None:
            return False
        cm = row.modality or "asserted"
        if "hypothetical" in (mm, cm) and mm != cm:
            return False
        planned = "planned" in (mm, cm)
        a = planned_iv if planned else iv
        if a and row.date_start is not None and planned:
            s, e = plan_span((row.date_start, row.date_end or row.date_start), cm)
            gap = _days_apart(a, (s, e))
            if gap > tolerance(kind, row.type):
                return False
        elif a and row.date_start is not None:
            # match_score's own test of two tellings' days (the candidate's as `interval` reads
            # them): too far apart, or apart at all where one is vague and the kind allows a day
            s = row.date_start
            e = max(s, row.date_end or s)
            gap = _days_apart(a, (s, e))
            tol = tolerance(kind, row.type)
            if gap > tol or (gap and tol <= 1 and not (a_short and (e - s).days + 1 <= 2)):
                return False
        elif m_window:
            c_window = _row_window(row, cm)
            if c_window and _days_apart(m_window, c_window) > tolerance(kind, row.type):
                return False
        if mc and row.country and mc != row.country.upper():
            return False
        if loc:
            other = {"name": row.location_name, "lat": row.lat, "lon": row.lon, "country": row.country,
                     "kind": row.loc_kind, "uncertainty_km": row.loc_unc}
            if place_score(other) is None and not _told_elsewhere(place_score, told, other, row):
                return False
            if force and row.type in FORCE_KINDS and loc_located and located(other) \
                    and loc_precise != precise(other) and not handover_site_untold(kind, loc, row.type, other) \
                    and not (untold if loc_precise else getattr(row, "place_untold", None)):
                return False        # troops at a base and troops in the country (match_score's test)
        return True
    return test
