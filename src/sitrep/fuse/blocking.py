"""Blocking keys: fusion compares a new report only with canonical events that share a key.

A key is `kind group | date bucket | place` (a report looks up the groups of all the kinds
it may match: `kinds.lookup_groups`). Date buckets are days for events told to
within three days ("D"), weeks for those told to within two weeks ("W"), months for vaguer
ones ("M"), and every event is also filed by month under "A" so that a vague report can
find precise ones; a report told to within two weeks looks up the days around it (with
the tolerance its kind allows) and the weeks and months they fall in. Places are 1-degree
cells for events pinned to a town or a base ("g:lat:lon", looked up with the 8 neighbouring
cells), the country for everything with a known country ("C:IQ" for pinned events, "u:IQ"
for events known only to a country) and "u:" for events placed nowhere. An event vague in
both (no day to within three days, no pinned place) is filed under "v:IQ" alone, by week or
month: every report of its country looks it up in the weeks and months around its own days
(so that a vague report and a precise one meet whichever came first), but only reports
themselves vague look up "v:" (events placed nowhere, in no country). A report also looks up
the cells around the other places its words name (`sites.also_at`), and an event told by one
report alone is filed under theirs too.

`block_keys(ev, published, lookup)` gives the keys to file a canonical event under
(lookup=False) or the keys to look a report's candidates up with (lookup=True). Both sets
stay small and do not grow with the store, so candidate lookups cost the same in an empty
store and in one with millions of events.
"""
from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Any

from sitrep.fuse._util import interval, located, precise, span_days, window
from sitrep.fuse.kinds import kind_group, lookup_groups
from sitrep.fuse.sites import also_at

DAY_DAYS = 3               # filed by day up to this span,
SHORT_DAYS = 14            # by week up to this span, by month beyond
MAX_MONTHS = 24            # longer spans are filed as undated
TOLERANCE_DAYS = 1         # reports a day apart may tell of the same event (time zones, late filing)
STATE_TOLERANCE_DAYS = 7   # a troop level is a state: reports a week apart tell of the same one


def tolerance(kind_a: str, kind_b: str | None = None) -> int:
    """Days two reports of these kinds may be apart and still tell of the same event: a troop
    level (or troops "deployed" there, as some reporters put it) is a state, told for days."""
    kinds = {kind_a, kind_b or "troop_level"}
    return STATE_TOLERANCE_DAYS if kinds <= {"troop_level", "deployment"} and "troop_level" in kinds \
        else TOLERANCE_DAYS


def _days(s: date, e: date) -> list[str]:
    return [f"D{d}" for d in range(s.toordinal(), e.toordinal() + 1)]


def _weeks(s: date, e: date) -> list[str]:
    return [f"W{w}" for w in range(s.toordinal() // 7, e.toordinal() // 7 + 1)]


def _months(s: date, e: date) -> list[int]:
    a, b = s.year * 12 + s.month - 1, e.year * 12 + e.month - 1
    return list(range(a, b + 1))


def block_keys(ev: dict[str, Any], published: date | None, lookup: bool = False,
               country_hint: str | None = None) -> list[str]:
    """Keys to file an event under, or (lookup=True) to find its candidates with.

    `country_hint` stands in for the country of an event placed nowhere (the country its
    report is mostly about), so that such an event is still compared with located ones.
    """
    # (a report looks up the groups of the kinds it may match; an event is filed under its own)
    groups = lookup_groups(ev.get("type") or "") if lookup else [kind_group(ev.get("type") or "")]
    loc = ev.get("location") or {}
    country = (loc.get("country") or "").upper()
    iv = window(ev, published)

    if iv is None:
        buckets = ["X"]
    else:
        s, e = iv
        if lookup:
            tol = tolerance(ev.get("type") or "")
            s, e = s - timedelta(days=tol), e + timedelta(days=tol)
        months = _months(s, e)
        if len(months) > MAX_MONTHS:
            buckets = ["X"]
        elif lookup:
            # a precise report finds precise events by day, less precise ones by week and vague
            # ones by month; a vague report finds everything in its months
            buckets = (_days(s, e) + _weeks(s, e) + [f"M{m}" for m in months]) if span_days(iv) <= SHORT_DAYS \
                else [f"A{m}" for m in months]
        else:
            n = span_days(iv)
            buckets = (_days(s, e) if n <= DAY_DAYS else _weeks(s, e) if n <= SHORT_DAYS
                       else [f"M{m}" for m in months]) + [f"A{m}" for m in months]

    sharp_day = interval(ev) is not None and span_days(interval(ev)) <= DAY_DAYS
    if not lookup and not sharp_day and not precise(loc):
        # vague in both day and place: only reports vague in one of them look it up
        places = [f"v:{country or (country_hint or '').upper()}"]
    elif precise(loc):
        cy, cx = math.floor(loc["lat"]), math.floor(loc["lon"])
        if lookup:
            places = [f"g:{cy + dy}:{cx + dx}" for dy in (-1, 0, 1) for dx in (-1, 0, 1)]
            places += [f"u:{country}", "u:"] if country else ["u:"]
            if country:
                places.append(f"v:{country}")
            if not sharp_day:
                places.append("v:")
        else:
            places = [f"g:{cy}:{cx}"] + ([f"C:{country}"] if country else [])
    else:
        country = country or (country_hint or "").upper()
        if country:
            places = [f"C:{country}", f"u:{country}", "u:", f"v:{country}", "v:"] if lookup else [f"u:{country}"]
        elif located(loc):      # coarse coordinates, no country: the cells around them
            cy, cx = math.floor(loc["lat"]), math.floor(loc["lon"])
            places = ([f"g:{cy + dy}:{cx + dx}" for dy in (-2, -1, 0, 1, 2) for dx in (-2, -1, 0, 1, 2)]
                      + ["u:", "v:"]) if lookup else ["u:"]
        else:
            places = ["u:", "v:"] if lookup else ["u:"]
    # the other places its words name (sites.also_at): a report looks up around them too, and an
    # event told by one report is filed there too
    for alt in also_at(ev):
        cy, cx = math.floor(alt["lat"]), math.floor(alt["lon"])
        places += [f"g:{cy + dy}:{cx + dx}" for dy in (-1, 0, 1) for dx in (-1, 0, 1)] if lookup else [f"g:{cy}:{cx}"]
    return list(dict.fromkeys(f"{group}|{b}|{p}" for group in groups for b in buckets for p in places))
