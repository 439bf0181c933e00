"""One canonical event from the reports of it: `merge_mentions(mentions)`.

A mention is `{"event": <contract event>, "source": {document, family, outlet, url,
published, cited_outlets, event, ...}, "hint": <country>}`. The result is an event in the
contract's form plus `sources`, `report_count`, `outlet_count`, `mention_count`,
`cited_outlets` and `values`:

- the date is the most precise one all reports allow: "this month" and "on Thursday
  26 March" give 26 March; reports that cannot all be right are kept in `values["date"]`;
  the dates of plans count only while no report says the event happened;
- a figure reported differently (500 against 600 troops) is kept in `values[<key>]` with
  every figure, its sources, the chosen one and the reason it was chosen;
- the place is the most precise one; actors and targets are the union, most reported first.

Near-duplicate copies (one family) are one report wherever reports are counted.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sitrep.fuse._util import actor_tokens, day, interval, norm_name, precise, span_days
from sitrep.fuse.blocking import DAY_DAYS, tolerance
from sitrep.fuse.match import refers_back
from sitrep.fuse.provenance import independence
from sitrep.fuse.sites import ALSO_AT_MAX
from sitrep.geo import km

# lose ties to a more specific kind (a base left, to its handover: that says who holds it now)
_GENERIC_KINDS = {"attack": 2, "clash": 1, "explosion": 1, "withdrawal": 1}
_PLACE_RANK = {"installation": 0, "site": 0, "poi": 0, "building": 0, "neighbourhood": 1, "city": 1,
               "town": 1, "village": 1, "landform": 2, "admin2": 3, "admin1": 4, "region": 5, "country": 6}
_RISING = {"fatalities", "injured"}   # tolls grow as the count goes on: a later report knows more


# What merging reads of a report's event besides its evidence (which its source keeps): the
# store keeps these with the canonical event, so that a new report is merged with the stored
# ones without reading each of them back (sitrep.store.fusion).
MERGED_FIELDS = ("type", "modality", "date", "location", "actors", "targets", "quantities", "qualifiers",
                 "acled", "trigger", "confidence", "start", "_also_at", "_place_untold")
# What a mention's source is made of (a canonical event's `sources` entry without its evidence).
SOURCE_FIELDS = ("document", "doc_key", "outlet", "url", "published", "family", "duplicate_of", "cited_outlets",
                 "event")


def mention_record(event_id: int, ev: dict[str, Any]) -> dict[str, Any]:
    """A stored mention as merging reads it, without the evidence its source keeps."""
    return dict({k: ev[k] for k in MERGED_FIELDS if k in ev}, id=event_id)


def mentions_of(records: list[dict[str, Any]], sources: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A canonical event's mentions again, from its mention records and its `sources` (one per
    mention, with the evidence): what `merge_mentions` gave it, in the order of the records."""
    by_event = {s.get("event"): s for s in sources}
    out = []
    for r in records:
        s = by_event[r["id"]]
        event = {k: v for k, v in r.items() if k != "id"}
        event["evidence"] = s.get("evidence")
        out.append({"event": event, "hint": None, "source": {k: s.get(k) for k in SOURCE_FIELDS}})
    return out


def _family(m: dict) -> Any:
    s = m["source"]
    return s.get("family") if s.get("family") is not None else s.get("document")


def _published(m: dict) -> date:
    return day(m["source"].get("published")) or date.min


def _arrival_free_key(m: dict) -> tuple:
    s, ev = m["source"], m["event"]
    return (_published(m), str(s.get("doc_key") or ""), ev.get("start") or 0, ev.get("type") or "",
            ev.get("evidence") or "")


def _votes(mentions: list[dict], key) -> dict[Any, set]:
    """value -> the families reporting it (one vote per family)."""
    out: dict[Any, set] = defaultdict(set)
    for m in mentions:
        v = key(m)
        if v is not None:
            out[v].add(_family(m))
    return out


def _lead(mentions: list[dict], kind: str) -> dict:
    """The report the canonical event's wording comes from."""
    def rank(m):
        iv = interval(m["event"])
        return (m["event"].get("type") == kind, float(m["event"].get("confidence") or 0),
                -(span_days(iv) if iv else 10_000), -_published(m).toordinal())
    return max(mentions, key=rank)


def _facts(mentions: list[dict]) -> list[dict]:
    """The reports that say the event happened (not that it was planned), if any: a plan to
    leave a base and the base's handover are one event, and it is what happened."""
    return [m for m in mentions if (m["event"].get("modality") or "asserted") != "planned"] or mentions


def _choose_kind(mentions: list[dict]) -> str:
    facts = _facts(mentions)
    # a report that tells the base both left and handed over (match.same_telling) tells a handover
    handing = {_family(m) for m in facts if m["event"].get("type") == "handover"}
    facts = [m for m in facts if m["event"].get("type") != "withdrawal" or _family(m) not in handing] or facts
    votes = _votes(facts, lambda m: m["event"].get("type"))
    return max(votes, key=lambda k: (len(votes[k]), -_GENERIC_KINDS.get(k, 0),
                                     max(float(m["event"].get("confidence") or 0) for m in mentions
                                         if m["event"].get("type") == k)))


def _choose_modality(mentions: list[dict]) -> str:
    votes = _votes(mentions, lambda m: m["event"].get("modality") or "asserted")
    return max(votes, key=lambda k: (len(votes[k]), k == "asserted"))


def _date_text(dated: list[tuple[tuple[date, date], dict]], span: tuple[date, date]) -> str | None:
    """The words of the reports that give exactly `span`, else those of the two most precise."""
    exact = [m for iv, m in dated if iv == span]
    text = (exact[0]["event"].get("date") or {}).get("text") if exact else None
    if text is None:
        texts = [m["event"]["date"].get("text") for iv, m in sorted(dated, key=lambda x: span_days(x[0]))
                 if m["event"]["date"].get("text")]
        text = " / ".join(dict.fromkeys(texts[:2])) if texts else None
    return text


def _first_of_each(dated: list[tuple[tuple[date, date], dict]]) -> dict[tuple[date, date], dict]:
    """Each date reported, with the first report giving it."""
    spans: dict[tuple[date, date], dict] = {}
    for iv, m in dated:
        spans.setdefault(iv, m)
    return spans


def _most_allowed(dated: list[tuple[tuple[date, date], dict]], kind: str) -> tuple[tuple[date, date], str]:
    """Where reports cannot all be right: the date most of them allow, and why. A vague report
    ("in January") allows every day it spans, so only the most precise dates given (no other
    reported date inside them) compete, and the one most reports allow is chosen; several
    equally allowed ones no further apart than two reports of the kind may differ ("Sunday" and
    "a day after" it) give the days between them. Equally allowed dates further apart leave the
    span most reports allow, the narrowest of those ("January" for the 2nd and the 20th)."""
    spans = _first_of_each(dated)
    fams = {iv: {_family(m) for jv, m in dated if jv[0] <= iv[1] and iv[0] <= jv[1]} for iv in spans}
    n_fam = len({_family(m) for _, m in dated})
    finest = [iv for iv in spans if not any(jv != iv and iv[0] <= jv[0] and jv[1] <= iv[1] for jv in spans)]
    top = max(len(fams[iv]) for iv in finest)
    tied = [iv for iv in finest if len(fams[iv]) == top]
    if len(tied) == 1:
        return tied[0], f"consistent with {top} of {n_fam} reports, the most precise such date"
    if (max(iv[0] for iv in tied) - min(iv[1] for iv in tied)).days <= tolerance(kind, kind):
        return (min(iv[0] for iv in tied), max(iv[1] for iv in tied)), (
            f"{len(tied)} dates each consistent with {top} of {n_fam} reports, no further apart than reports "
            f"of one {kind.replace('_', ' ')} may differ: the days between them")
    best = max(spans, key=lambda iv: (len(fams[iv]), -span_days(iv), _published(spans[iv])))
    return best, f"consistent with {len(fams[best])} of {n_fam} reports, the most precise such date"


def _merge_date(mentions: list[dict], values: dict, kind: str) -> dict | None:
    dated = [(interval(m["event"]), m) for m in mentions if interval(m["event"])]
    facts = [(iv, m) for iv, m in dated if (m["event"].get("modality") or "asserted") != "planned"]
    dated = facts or dated      # a plan's date is when it was told: what happened dates the event
    if not dated:
        return None
    start = max(iv[0] for iv, _ in dated)
    end = min(iv[1] for iv, _ in dated)
    if start <= end:
        # all reports agree: the narrowest span they allow (each refines the others)
        return {"start": start.isoformat(), "end": end.isoformat(), "text": _date_text(dated, (start, end))}
    # the reports cannot all be right
    best, reason = _most_allowed(dated, kind)
    values["date"] = {
        "chosen": {"start": best[0].isoformat(), "end": best[1].isoformat()},
        "reason": reason,
        "reported": [{"value": {"start": iv[0].isoformat(), "end": iv[1].isoformat(),
                                "text": (m["event"].get("date") or {}).get("text")},
                      "sources": sorted({x["source"]["document"] for jv, x in dated if jv == iv})}
                     for iv, m in _first_of_each(dated).items()],
    }
    return {"start": best[0].isoformat(), "end": best[1].isoformat(), "text": _date_text(dated, best)}


def _town_untold(ev: dict) -> bool:
    """Whether a report placed its event at a town its words do not name (`sites.place_untold`):
    taken from the dateline or the paragraph before ("KIRKUK - ... Separately, France has begun
    withdrawing its instructors" is no departure from Kirkuk), it is outranked by a place another
    report's words name, however coarse. A base referred back to ("fired missiles at the base",
    after the base was named) is no such guess and keeps its rank."""
    return bool(ev.get("_place_untold")) and (ev.get("location") or {}).get("kind") != "installation"


def _merge_location(mentions: list[dict], values: dict) -> dict | None:
    placed = [m for m in mentions if (m["event"].get("location") or {}).get("name")
              or (m["event"].get("location") or {}).get("country")]
    if not placed:
        return None
    votes = _votes(placed, lambda m: norm_name(m["event"]["location"].get("name"))
                   or (m["event"]["location"].get("country") or "").lower())

    def rank(m):
        loc = m["event"]["location"]
        key = norm_name(loc.get("name")) or (loc.get("country") or "").lower()
        return (not _town_untold(m["event"]), precise(loc), -_PLACE_RANK.get(loc.get("kind") or "", 3),
                len(votes[key]), -(loc.get("uncertainty_km") or 1e6))
    best = max(placed, key=rank)
    loc = dict(best["event"]["location"])
    others = {}
    for m in placed:
        o = m["event"]["location"]
        if precise(o) and precise(loc) and norm_name(o.get("name")) != norm_name(loc.get("name")) \
                and km(o["lat"], o["lon"], loc["lat"], loc["lon"]) > 25:
            others.setdefault(norm_name(o.get("name")), (o, set()))[1].add(m["source"]["document"])
    if others:
        here = sorted({m["source"]["document"] for m in placed
                       if norm_name(m["event"]["location"].get("name")) == norm_name(loc.get("name"))})
        values["location"] = {
            "chosen": loc.get("name"),
            "reason": "the most precise place, reported most often",
            "reported": [{"value": loc.get("name"), "sources": here}]
                        + [{"value": o.get("name"), "sources": sorted(docs)} for o, docs in others.values()],
        }
    if not loc.get("country"):
        loc["country"] = next((m["event"]["location"].get("country") for m in placed
                               if m["event"]["location"].get("country")), None)
    return loc


def _ranked_names(mentions: list[dict], field: str) -> list[tuple[str, set]]:
    """The names reports give in `field`, each with the families giving it, most reported first."""
    seen: dict[frozenset, tuple[str, set]] = {}
    for m in sorted(mentions, key=lambda m: -float(m["event"].get("confidence") or 0)):
        for name in m["event"].get(field) or []:
            key = frozenset(actor_tokens([name])) or frozenset([name.lower()])
            seen.setdefault(key, (name, set()))[1].add(_family(m))
    return sorted(seen.values(), key=lambda v: -len(v[1]))


def _merge_names(mentions: list[dict], field: str) -> list[str]:
    return [name for name, _ in _ranked_names(mentions, field)]


def _lead_named_most(mentions: list[dict]) -> bool:
    """Whether the first of the merged actors is the side most reports name as the doer: named
    by more than half the reports (or told by one report alone). One report's reading where the
    others name no doer or another ("a barrage on Taji killed two Americans", read with the
    Americans for the doer, beside "the attack on Camp Taji" and "... blamed on the group") names
    no such side."""
    ranked = _ranked_names(mentions, "actors")
    families = {_family(m) for m in mentions}
    return not ranked or len(families) == 1 or 2 * len(ranked[0][1]) > len(families)


def _merge_quantities(mentions: list[dict], values: dict) -> tuple[dict, dict]:
    quantities, qualifiers = {}, {}
    keys = dict.fromkeys(k for m in mentions for k in (m["event"].get("quantities") or {}))
    for key in keys:
        reported: dict[float, dict] = {}
        for m in mentions:
            v = (m["event"].get("quantities") or {}).get(key)
            if v is None:
                continue
            try:
                v = float(v)
            except (TypeError, ValueError):
                continue
            r = reported.setdefault(v, {"families": set(), "sources": set(), "qualifiers": set(),
                                        "latest": date.min, "confidence": 0.0})
            r["families"].add(_family(m))
            r["sources"].add(m["source"]["document"])
            q = (m["event"].get("qualifiers") or {}).get(key)
            if q:
                r["qualifiers"].add(q)
            r["latest"] = max(r["latest"], _published(m))
            r["confidence"] = max(r["confidence"], float(m["event"].get("confidence") or 0))
        if not reported:
            continue
        chosen, reason = _choose_value(key, reported)
        quantities[key] = int(chosen) if float(chosen).is_integer() else chosen
        qs = reported[chosen]["qualifiers"]
        if qs:
            qualifiers[key] = sorted(qs)[0]
        if len(reported) > 1:
            values[key] = {
                "chosen": quantities[key], "reason": reason,
                "reported": [{"value": int(v) if float(v).is_integer() else v,
                              "qualifier": sorted(r["qualifiers"])[0] if r["qualifiers"] else None,
                              "sources": sorted(r["sources"]), "reports": len(r["families"])}
                             for v, r in sorted(reported.items())],
            }
    return quantities, qualifiers


def _choose_value(key: str, reported: dict[float, dict]) -> tuple[float, str]:
    if len(reported) == 1:
        return next(iter(reported)), "the only figure reported"
    n_all = len(set().union(*(r["families"] for r in reported.values())))
    exact = {v: r for v, r in reported.items() if not r["qualifiers"] & {"minimum", "approximate", "maximum"}}
    # "at least 500" is no contradiction of an exact 600: the exact figure above the floor wins
    floors = [v for v, r in reported.items() if "minimum" in r["qualifiers"]]
    if floors and exact:
        above = [v for v in exact if all(v >= f for f in floors)]
        if len(above) == 1:
            return above[0], "the exact figure; the others are lower bounds ('at least')"
    ranked = sorted(reported, key=lambda v: -len(reported[v]["families"]))
    top = len(reported[ranked[0]]["families"])
    tied = [v for v in ranked if len(reported[v]["families"]) == top]
    if len(tied) == 1:
        return tied[0], f"reported by {top} of {n_all} independent reports"
    if key in _RISING:
        latest = max(tied, key=lambda v: (reported[v]["latest"], v))
        when = reported[latest]["latest"]
        return latest, ("the most recent report" + (f" ({when.isoformat()})" if when != date.min else "")
                        + "; tolls are revised upward as counts come in")
    latest = max(tied, key=lambda v: (reported[v]["latest"], reported[v]["confidence"]))
    if len({reported[v]["latest"] for v in tied}) > 1:
        return latest, f"the most recent report ({reported[latest]['latest'].isoformat()})"
    best = max(tied, key=lambda v: (reported[v]["confidence"], -v))
    return best, "equally reported; the figure read with the most confidence"


def merge_mentions(mentions: list[dict[str, Any]]) -> dict[str, Any]:
    if not mentions:
        raise ValueError("no mentions to merge")
    # the same reports give the same event whatever order they came in: ties (of votes, of
    # confidence) are broken by the reports' content, not by their arrival
    mentions = sorted(mentions, key=_arrival_free_key)
    values: dict[str, Any] = {}
    kind = _choose_kind(mentions)
    lead = _lead(mentions, kind)
    quantities, qualifiers = _merge_quantities(mentions, values)
    best_by_family: dict[Any, float] = {}
    for m in mentions:
        f = _family(m)
        best_by_family[f] = max(best_by_family.get(f, 0.0), float(m["event"].get("confidence") or 0))
    miss = 1.0
    for c in best_by_family.values():
        miss *= 1.0 - min(0.95, c)
    sources = []
    for m in sorted(mentions, key=lambda m: (_published(m), m["source"].get("document") or 0)):  # as they came
        s = m["source"]
        sources.append({"document": s.get("document"), "doc_key": s.get("doc_key"), "outlet": s.get("outlet"),
                        "url": s.get("url"), "published": s.get("published"),
                        "evidence": m["event"].get("evidence"), "event": s.get("event"),
                        "duplicate_of": s.get("duplicate_of"), "family": _family(m),
                        "cited_outlets": list(s.get("cited_outlets") or [])})
    counts = independence(sources)
    cited = list(dict.fromkeys(o for s in sources for o in s["cited_outlets"]))
    published = [_published(m) for m in mentions if _published(m) != date.min]
    hints = [m.get("hint") for m in mentions if m.get("hint")]
    ev = lead["event"]
    fuse = {"published": min(published).isoformat() if published else None,
            "hint": max(set(hints), key=hints.count) if hints else None}
    if all(refers_back(m["event"], own_noun=True) for m in mentions):
        # every report recalls the act as one its readers know ("the January vote in Iraq's
        # parliament"): a report of it from before theirs agrees more surely (match.scorer)
        fuse["recalled"] = True
    if not _lead_named_most(mentions):
        fuse["lead_unsure"] = True      # (match._actor_score_of: no doer most reports name)
    if len(best_by_family) == 1:
        # told by one report alone, its place may be the misreading of another its words name
        # (sites.places_told_with); a place two reports give is confirmed, and their sentences'
        # other places (often of other acts: "... and then besieged the embassy in Baghdad") no more
        told = [p for m in mentions for p in m["event"].get("_also_at") or ()]
        if told:
            fuse["also_at"] = list({norm_name(p.get("name")): p for p in told}.values())[:ALSO_AT_MAX]
        # (and a place its words do not name, taken from the sentences around, is unsure)
        if all(m["event"].get("_place_untold") for m in mentions):
            fuse["place_untold"] = True
    date_ = _merge_date(mentions, values, kind)
    loose = loose_mentions(mentions, date_)
    if loose:
        fuse["loose"] = loose
    return {
        "type": kind,
        "modality": _choose_modality(mentions),
        "date": date_,
        "location": _merge_location(mentions, values),
        "actors": _merge_names(mentions, "actors"),
        "targets": _merge_names(mentions, "targets"),
        "quantities": quantities,
        "qualifiers": qualifiers,
        "acled": next((m["event"].get("acled") for m in [lead] + mentions
                       if m["event"].get("type") == kind and m["event"].get("acled")), None),
        "evidence": ev.get("evidence"),
        "trigger": ev.get("trigger"),
        "confidence": round(min(0.99, 1.0 - miss), 3),
        "sources": sources,
        "report_count": counts["report_count"],
        "outlet_count": counts["outlet_count"],
        "mention_count": len(mentions),
        "cited_outlets": cited,
        "values": values,
        "_fuse": fuse,
    }


def loose_mentions(mentions: list[dict[str, Any]], merged_date: dict | None) -> list[dict[str, Any]]:
    """The reports of an event told to the day that tell it vaguer (a span of more than DAY_DAYS:
    "rocket fire on Camp Taji in March killed ..."), where others told its day:
    such a report fits every event of its kind and place within its days, and took this one
    perhaps only because it was there first (store.fusion re-scores them when another such event
    is made or changes). Each as what blocking reads of it (its kind, modality, days, place and
    report's day) with its stored event's id and its document. None where the event is told by
    one report (family) alone, or is itself vague."""
    iv = interval({"date": merged_date}) if merged_date else None
    if iv is None or span_days(iv) > DAY_DAYS or len({_family(m) for m in mentions}) < 2:
        return []
    out = []
    for m in mentions:
        ev = m["event"]
        miv = interval(ev)
        if (ev.get("modality") or "asserted") != "asserted" or miv is None or span_days(miv) <= DAY_DAYS:
            continue
        loc = ev.get("location") or {}
        out.append({"event": m["source"].get("event"), "document": m["source"].get("document"),
                    "type": ev.get("type"), "modality": "asserted", "date": ev.get("date"),
                    "location": {k: loc.get(k) for k in ("name", "lat", "lon", "country", "kind", "uncertainty_km")
                                 if loc.get(k) is not None},
                    "published": m["source"].get("published")})
    return out
