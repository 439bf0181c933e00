"""Exports of stored events for other tools: one public function per format.

    export_csv(store, out, flt)      ACLED's columns (in ACLED's order) + sitrep's own at the end
    export_geojson(store, out, flt)  a FeatureCollection of the events that have coordinates
    export_jsonl(store, out, flt)    the contract's event, one a line, with `id` and `sources`
    export_parquet(store, out, flt)  typed columns (date32, int64, float64, list<string>)

`out` is a path or an open file (text for CSV/GeoJSON/JSONL, binary for Parquet); each
returns the number of events written. `records(store, flt)` gives the events they write:
`Store.events`, i.e. canonical events (one per happening, with every report that tells of
it, `report_count` and `outlet_count`) once the store fuses reports.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Callable
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from typing import IO, Any, Iterator

from sitrep.faces.countries import country
from sitrep.store import EventFilter

FORMATS = ("csv", "geojson", "jsonl", "parquet")

# ACLED's export columns, in ACLED's order, that sitrep can fill (inter1/inter2/interaction,
# civilian_targeting, region, admin2/admin3 and source_scale need coding sitrep does not do).
ACLED_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "iso", "country",
                 "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes",
                 "fatalities", "tags", "timestamp")
SITREP_COLUMNS = ("sitrep_type", "modality", "date_end", "personnel", "money_usd", "injured", "confidence",
                  "report_count", "outlet_count", "sitrep_id", "urls")

_POLITICAL_VIOLENCE = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
_BOTH = {"Mob violence", "Excessive force against protesters"}
_EXACT_KINDS = {"installation", "city", "town", "village", "settlement", "neighbourhood", "neighborhood",
                "district", "landmark", "airport", "base", "camp", "building", "street"}
_REGION_KINDS = {"admin1", "region", "province", "governorate", "state", "country", "sea", "water",
                 "continent", "demonym", "landform"}


# -- what is exported ---------------------------------------------------------------------
def records(store: Any, flt: EventFilter = EventFilter()) -> list[dict[str, Any]]:
    """The store's events in the contract's form, each with `id`, `sources`, `report_count` and
    `outlet_count` (counted from the sources where the store gives none), oldest first."""
    out = []
    for ev in store.events(flt):
        ev = dict(ev)
        sources = list(ev.get("sources") or [])
        ev["sources"] = sources
        if ev.get("report_count") is None:
            ev["report_count"] = len({s.get("document") or s.get("doc_key") or s.get("url") for s in sources}) or 1
        if ev.get("outlet_count") is None:
            ev["outlet_count"] = len(outlets(ev))
        out.append(ev)
    return out


def outlets(ev: dict[str, Any]) -> list[str]:
    """The outlets that report the event, each once, in the order of its sources."""
    seen: dict[str, None] = {}
    for s in ev.get("sources") or []:
        name = (s.get("outlet") or "").strip()
        if name and name.lower() not in {k.lower() for k in seen}:
            seen[name] = None
    return list(seen)


def flat(ev: dict[str, Any]) -> dict[str, Any]:
    """One event as flat, typed fields (dates as `date`, counts as int, lists as lists)."""
    d, loc = ev.get("date") or {}, ev.get("location") or {}
    q, acled = ev.get("quantities") or {}, ev.get("acled") or {}
    start, end = _day(d.get("start")), _day(d.get("end") or d.get("start"))
    cc = (loc.get("country") or "").upper() or None
    c = country(cc) if cc else None
    lat, lon = loc.get("lat"), loc.get("lon")
    has_point = lat is not None and lon is not None
    srcs = ev.get("sources") or []
    return {
        "id": ev.get("id"),
        "event_id_cnty": f"{c.iso3 if c else (cc or 'XXX')}{ev.get('id', '')}",
        "date_start": start, "date_end": end, "date_text": d.get("text"),
        "year": start.year if start else None,
        "time_precision": _time_precision(start, end),
        "type": ev.get("type"), "modality": ev.get("modality"),
        "event_type": acled.get("event_type"), "sub_event_type": acled.get("sub_event_type"),
        "disorder_type": _disorder(acled.get("event_type"), acled.get("sub_event_type")),
        "actors": [str(a) for a in ev.get("actors") or []],
        "targets": [str(t) for t in ev.get("targets") or []],
        "location": loc.get("name"), "location_kind": loc.get("kind"),
        "country_code": cc, "country": c.name if c else cc, "iso": c.numeric if c else None,
        "admin1": loc.get("admin1"),
        "latitude": float(lat) if has_point else None, "longitude": float(lon) if has_point else None,
        "uncertainty_km": _float(loc.get("uncertainty_km")),
        "geo_precision": _geo_precision(loc) if has_point else None,
        "fatalities": _int(q.get("fatalities")), "injured": _int(q.get("injured")),
        "personnel": _int(q.get("personnel")), "money_usd": _float(q.get("money_usd")),
        "confidence": _float(ev.get("confidence")),
        "evidence": ev.get("evidence"),
        "outlets": outlets(ev),
        "urls": _unique(s.get("url") for s in srcs),
        "documents": _unique(s.get("doc_key") or (str(s["document"]) if s.get("document") is not None else None)
                             for s in srcs),
        "published": _unique(s.get("published") for s in srcs),
        "report_count": int(ev.get("report_count") or 0), "outlet_count": int(ev.get("outlet_count") or 0),
        "tags": _tags(ev),
        "last_report": max((p for p in (_day(s.get("published")) for s in srcs) if p), default=None),
    }


# -- the formats ----------------------------------------------------------------------------
def export_csv(store: Any, out: str | Path | IO[str], flt: EventFilter = EventFilter()) -> int:
    """ACLED-style CSV: ACLED's column names in ACLED's order, then sitrep's own columns."""
    rows = [flat(ev) for ev in records(store, flt)]
    with _text_out(out) as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(ACLED_COLUMNS + SITREP_COLUMNS)
        for r in rows:
            w.writerow([_cell(v) for v in _acled_row(r)])
    return len(rows)


def export_geojson(store: Any, out: str | Path | IO[str], flt: EventFilter = EventFilter()) -> int:
    """A FeatureCollection of Points ([lon, lat], WGS 84) with flat properties; events with no
    coordinates are left out."""
    features = []
    for ev in records(store, flt):
        r = flat(ev)
        if r["latitude"] is None:
            continue
        features.append({"type": "Feature", "id": r["id"],
                         "geometry": {"type": "Point", "coordinates": [r["longitude"], r["latitude"]]},
                         "properties": _properties(r)})
    with _text_out(out) as fh:
        json.dump({"type": "FeatureCollection", "features": features}, fh, ensure_ascii=False)
        fh.write("\n")
    return len(features)


def export_jsonl(store: Any, out: str | Path | IO[str], flt: EventFilter = EventFilter()) -> int:
    """The contract's event form, one a line, with `id`, `sources`, `report_count`, `outlet_count`."""
    n = 0
    with _text_out(out) as fh:
        for ev in records(store, flt):
            fh.write(json.dumps(ev, ensure_ascii=False, default=_json_default) + "\n")
            n += 1
    return n


def parquet_schema():
    import pyarrow as pa
    strings = pa.list_(pa.string())
    return pa.schema([
        ("id", pa.int64()), ("event_id_cnty", pa.string()),
        ("date_start", pa.date32()), ("date_end", pa.date32()), ("date_text", pa.string()),
        ("year", pa.int32()), ("time_precision", pa.int8()),
        ("type", pa.string()), ("modality", pa.string()), ("disorder_type", pa.string()),
        ("event_type", pa.string()), ("sub_event_type", pa.string()),
        ("actors", strings), ("targets", strings),
        ("location", pa.string()), ("location_kind", pa.string()), ("country_code", pa.string()),
        ("country", pa.string()), ("iso", pa.int32()), ("admin1", pa.string()),
        ("latitude", pa.float64()), ("longitude", pa.float64()), ("uncertainty_km", pa.float64()),
        ("geo_precision", pa.int8()),
        ("fatalities", pa.int64()), ("injured", pa.int64()), ("personnel", pa.int64()),
        ("money_usd", pa.float64()), ("confidence", pa.float64()),
        ("report_count", pa.int32()), ("outlet_count", pa.int32()),
        ("outlets", strings), ("urls", strings), ("documents", strings), ("tags", strings),
        ("evidence", pa.string()),
    ])


def export_parquet(store: Any, out: str | Path | IO[bytes], flt: EventFilter = EventFilter()) -> int:
    """Parquet with typed columns: dates as date32, counts as int64, coordinates as float64,
    actors, targets, outlets and URLs as list<string>."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    schema = parquet_schema()
    rows = [flat(ev) for ev in records(store, flt)]
    table = pa.Table.from_pylist([{k: r[k] for k in schema.names} for r in rows], schema=schema)
    pq.write_table(table, out if not isinstance(out, Path) else str(out), compression="zstd")
    return len(rows)


EXPORTERS: dict[str, Callable[..., int]] = {"csv": export_csv, "geojson": export_geojson,
                                            "jsonl": export_jsonl, "parquet": export_parquet}


# -- helpers ----------------------------------------------------------------------------------
def _acled_row(r: dict[str, Any]) -> list[Any]:
    actors, targets = r["actors"], r["targets"]
    # ACLED's timestamp is when the row last changed: here, the day of the latest report (UTC).
    last = r["last_report"]
    stamp = int(datetime(last.year, last.month, last.day, tzinfo=timezone.utc).timestamp()) if last else None
    acled = {
        "event_id_cnty": r["event_id_cnty"], "event_date": r["date_start"], "year": r["year"],
        "time_precision": r["time_precision"], "disorder_type": r["disorder_type"],
        "event_type": r["event_type"], "sub_event_type": r["sub_event_type"],
        "actor1": actors[0] if actors else None, "assoc_actor_1": "; ".join(actors[1:]) or None,
        "actor2": targets[0] if targets else None, "assoc_actor_2": "; ".join(targets[1:]) or None,
        "iso": r["iso"], "country": r["country"], "admin1": r["admin1"], "location": r["location"],
        "latitude": r["latitude"], "longitude": r["longitude"], "geo_precision": r["geo_precision"],
        "source": "; ".join(r["outlets"]) or None, "notes": r["evidence"],
        "fatalities": r["fatalities"] if r["fatalities"] is not None else (0 if r["event_type"] else None),
        "tags": "; ".join(r["tags"]) or None, "timestamp": stamp,
    }
    own = {"sitrep_type": r["type"], "modality": r["modality"], "date_end": r["date_end"],
           "personnel": r["personnel"], "money_usd": r["money_usd"], "injured": r["injured"],
           "confidence": r["confidence"], "report_count": r["report_count"], "outlet_count": r["outlet_count"],
           "sitrep_id": r["id"], "urls": " ".join(r["urls"]) or None}
    return [acled[c] for c in ACLED_COLUMNS] + [own[c] for c in SITREP_COLUMNS]


def _properties(r: dict[str, Any]) -> dict[str, Any]:
    """Flat GeoJSON properties: scalars only (lists joined), dates as ISO strings."""
    keys = ("id", "event_id_cnty", "date_start", "date_end", "year", "time_precision", "type", "modality",
            "disorder_type", "event_type", "sub_event_type", "location", "location_kind", "country_code",
            "country", "admin1", "uncertainty_km", "geo_precision", "fatalities", "injured", "personnel",
            "money_usd", "confidence", "report_count", "outlet_count", "evidence")
    p = {k: _cell(r[k]) for k in keys}
    p["actors"] = "; ".join(r["actors"]) or None
    p["targets"] = "; ".join(r["targets"]) or None
    p["sources"] = "; ".join(r["outlets"]) or None
    p["urls"] = " ".join(r["urls"]) or None
    p["tags"] = "; ".join(r["tags"]) or None
    return p


def _disorder(event_type: str | None, sub: str | None) -> str | None:
    if not event_type:
        return None
    if sub in _BOTH:
        return "Political violence; Demonstrations"
    if event_type in _POLITICAL_VIOLENCE:
        return "Political violence"
    if event_type in ("Protests", "Riots"):
        return "Demonstrations"
    return "Strategic developments" if event_type == "Strategic developments" else None


def _time_precision(start: date | None, end: date | None) -> int | None:
    """ACLED's code: 1 the day is known, 2 the week (or a few days), 3 the month or vaguer.
    The event's date is the first day of its span."""
    if not start:
        return None
    days = ((end or start) - start).days
    return 1 if days == 0 else 2 if days <= 7 else 3


def _geo_precision(loc: dict[str, Any]) -> int:
    """ACLED's code: 1 the town or site itself, 2 near it or a small area, 3 a larger region."""
    kind = (loc.get("kind") or "").lower()
    km = loc.get("uncertainty_km")
    if kind in _REGION_KINDS:
        return 3
    if km is not None:
        return 1 if km <= 10 else 2 if km <= 50 else 3
    return 1 if kind in _EXACT_KINDS else 2


def _tags(ev: dict[str, Any]) -> list[str]:
    tags = []
    if ev.get("modality") and ev["modality"] != "asserted":
        tags.append(f"modality={ev['modality']}")
    for k, v in sorted((ev.get("qualifiers") or {}).items()):
        tags.append(f"{k}={v}")
    for k, v in sorted((ev.get("quantities") or {}).items()):
        if k not in ("fatalities", "injured", "personnel", "money_usd"):
            tags.append(f"{k}={_cell(v)}")
    return tags


def _unique(values: Any) -> list[str]:
    return list(dict.fromkeys(str(v) for v in values if v not in (None, "")))


def _day(v: Any) -> date | None:
    if not v:
        return None
    if isinstance(v, date):
        return v if not isinstance(v, datetime) else v.date()
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def _int(v: Any) -> int | None:
    try:
        return None if v is None else int(round(float(v)))
    except (TypeError, ValueError):
        return None


def _float(v: Any) -> float | None:
    try:
        return None if v is None else float(v)
    except (TypeError, ValueError):
        return None


def _cell(v: Any) -> Any:
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return int(v)
    return v


def _json_default(v: Any) -> Any:
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    raise TypeError(f"cannot write {type(v).__name__} as JSON")


@contextmanager
def _text_out(out: str | Path | IO[str]) -> Iterator[IO[str]]:
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            yield fh
    else:
        yield out
