"""The analyst's desk: the read-only queries behind the API and the web page.

Every filter runs in SQL, so a page of events costs the same over a hundred stored events
as over a hundred thousand: kinds, days, a bounding box or a circle (a box on the indexed
lat/lon columns, then a flat-earth distance, exact enough within a few hundred km), country,
actor (a match on the stored JSON list), and words. Words are looked up in the FTS5 tables
of migration 0003 on SQLite (`events_fts` over evidence, place and actors; `documents_fts`
over title and text) and in `to_tsvector` expressions (GIN-indexed) on PostgreSQL.

Once fusion has filled `canonical_events`, events are listed canonically (one per
happening, with report and outlet counts, their mentions as sources); before that, each
stored mention is an event.

The functions take the Store and are reached through its methods (Store.event_page, ...).
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import (Integer, String, and_, column, func, literal, literal_column, or_, select, table, text,
                        type_coerce)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.sql import ColumnElement

from sitrep.store.schema import (canonical_events, documents, event_links, events, installation_spans,
                                 installations)

if TYPE_CHECKING:  # pragma: no cover
    from sitrep.store.store import Store

KM_PER_DEGREE = 111.2
PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG", "NORP"}


@dataclass(frozen=True)
class EventQuery:
    """One page of events: filters (all optional, combined with AND) and the page."""
    kinds: tuple[str, ...] = ()
    modality: str | None = None
    since: date | None = None              # events that end on or after this day
    until: date | None = None              # events that start on or before this day
    bbox: tuple[float, float, float, float] | None = None   # min lon, min lat, max lon, max lat
    near: tuple[float, float, float] | None = None          # lat, lon, km
    country: str | None = None
    actor: str | None = None
    q: str | None = None
    limit: int = 100
    offset: int = 0
    newest_first: bool = False
    undated: bool = True                   # keep undated events when a time range is given


# -- words -------------------------------------------------------------------------

_TERM = re.compile(r'"([^"]+)"|([\w\-]+\*?)', re.UNICODE)


def fts_query(q: str) -> str | None:
    """A user's words as an FTS5 query: every word (or "quoted phrase") must appear; a
    trailing * asks for a prefix. Operators and punctuation are taken as plain words."""
    parts = []
    for phrase, word in _TERM.findall(q or ""):
        if phrase:
            words = re.findall(r"\w+", phrase)
            if words:
                parts.append('"' + " ".join(words) + '"')
        else:
            prefix = word.endswith("*")
            for w in re.findall(r"\w+", word):
                parts.append(f'"{w}"')
            if prefix and parts:
                parts[-1] += "*"
    return " ".join(parts) or None


def _words(q: str) -> list[str]:
    return [w.lower() for w in re.findall(r"\w+", q or "")]


def _has_table(store: "Store", name: str) -> bool:
    cache = store.__dict__.setdefault("_desk_tables", {})
    if name not in cache:
        from sqlalchemy import inspect
        with store.engine.connect() as conn:
            cache[name] = inspect(conn).has_table(name)
    return cache[name]


def _sqlite(store: "Store") -> bool:
    return store.engine.dialect.name == "sqlite"


def _event_ids_matching(store: "Store", q: str):
    """A select of events.id whose evidence, place or actors hold the words, or None for no words."""
    if _sqlite(store) and _has_table(store, "events_fts"):
        fq = fts_query(q)
        if not fq:
            return None
        fts = table("events_fts", column("rowid", Integer))
        return select(fts.c.rowid).where(text("events_fts MATCH :fq").bindparams(fq=fq))
    words = _words(q)
    if not words:
        return None
    if store.engine.dialect.name == "postgresql":
        tsq = func.plainto_tsquery(literal_column("'english'::regconfig"), " ".join(words))
        return select(events.c.id).where(_PG_EVENT_VECTOR.op("@@")(tsq))
    blob = func.lower(func.coalesce(events.c.evidence, "") + " " + func.coalesce(events.c.location_name, ""))
    return select(events.c.id).where(and_(*[blob.like(f"%{_like(w)}%", escape="\\") for w in words]))


# the same expressions as the GIN indexes of migration 0003, written out so that the planner uses them
_PG_EVENT_VECTOR = literal_column(
    "to_tsvector('english'::regconfig, (coalesce(events.evidence, '') || ' ' || coalesce(events.location_name, '')))")
_PG_DOC_VECTOR = literal_column(
    "to_tsvector('english'::regconfig, (coalesce(documents.title, '') || ' ' || documents.text))")


def _like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# -- events ------------------------------------------------------------------------

def prepare(store: "Store") -> None:
    """Refresh SQLite's planner statistics (sampled, so quick on any size) so that it picks the
    covering indexes; a store busy with a writer keeps its old statistics."""
    if not _sqlite(store):
        return
    try:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA analysis_limit=400")
            conn.exec_driver_sql("ANALYZE")
    except SQLAlchemyError:   # locked or read-only: the planner does without
        pass



def fused(store: "Store") -> bool:
    """Whether fusion has made canonical events (then the desk lists those)."""
    if not _has_table(store, "canonical_events"):
        return False
    with store.engine.connect() as conn:
        return conn.execute(select(canonical_events.c.id).limit(1)).first() is not None


def _conditions(store: "Store", t, qy: EventQuery, canonical: bool) -> list[ColumnElement]:
    conds: list[ColumnElement] = []
    if qy.kinds:
        conds.append(t.c.type.in_(list(qy.kinds)))
    if qy.modality:
        conds.append(t.c.modality == qy.modality)
    if qy.since:
        conds.append(or_(t.c.date_end >= qy.since, t.c.date_end.is_(None)) if qy.undated else t.c.date_end >= qy.since)
    if qy.until:
        conds.append(or_(t.c.date_start <= qy.until, t.c.date_start.is_(None)) if qy.undated
                     else t.c.date_start <= qy.until)
    if qy.country:
        conds.append(t.c.country == qy.country.upper())
    if qy.bbox:
        min_lon, min_lat, max_lon, max_lat = qy.bbox
        conds.append(t.c.lat.between(min_lat, max_lat))
        if min_lon <= max_lon:
            conds.append(t.c.lon.between(min_lon, max_lon))
        else:  # across the date line
            conds.append(or_(t.c.lon >= min_lon, t.c.lon <= max_lon))
    if qy.near:
        lat, lon, km = qy.near
        dlat = km / KM_PER_DEGREE
        coslat = max(0.01, math.cos(math.radians(lat)))
        dlon = km / (KM_PER_DEGREE * coslat)
        conds.append(t.c.lat.between(lat - dlat, lat + dlat))
        conds.append(t.c.lon.between(lon - dlon, lon + dlon))
        # flat-earth distance around the centre: squared degrees scaled to km
        dy, dx = t.c.lat - lat, (t.c.lon - lon) * coslat
        conds.append((dy * dy + dx * dx) * (KM_PER_DEGREE ** 2) <= km * km)
    if qy.actor:
        # actors are a JSON list: look for the name as it is written inside the JSON text
        needle = json.dumps(qy.actor.strip().lower())[1:-1]
        actors = type_coerce(t.c.actors, String)
        if _sqlite(store):   # SQLite's LIKE ignores ASCII case, and the covering index holds actors as text
            conds.append(actors.like(f"%{_like(needle)}%", escape="\\"))
        else:
            conds.append(func.lower(func.cast(t.c.actors, String)).like(f"%{_like(needle)}%", escape="\\"))
    if qy.q:
        ids = _event_ids_matching(store, qy.q)
        if ids is not None:
            if canonical:
                conds.append(t.c.id.in_(select(events.c.canonical_id).where(events.c.id.in_(ids))))
            else:
                conds.append(t.c.id.in_(ids))
    return conds


def _summary(row: Any, canonical: bool) -> dict[str, Any]:
    actors = row.actors
    if isinstance(actors, str):
        actors = json.loads(actors)
    item = {"id": row.id, "type": row.type, "modality": row.modality,
            "date": {"start": row.date_start.isoformat(), "end": (row.date_end or row.date_start).isoformat()}
            if row.date_start else None,
            "location": {"name": row.location_name, "lat": row.lat, "lon": row.lon, "country": row.country}
            if row.location_name or row.lat is not None or row.country else None,
            "actors": actors or [],
            "fatalities": _num(row.fatalities), "personnel": _num(row.personnel)}
    if canonical:
        item.update(report_count=row.report_count, outlet_count=row.outlet_count, mention_count=row.mention_count)
    else:
        item.update(report_count=1, outlet_count=1, mention_count=1, evidence=row.evidence, document=row.document_id)
    return item


def _num(v: float | None) -> float | int | None:
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


def event_page(store: "Store", qy: EventQuery) -> dict[str, Any]:
    """{"total", "limit", "offset", "fused", "items"}: a page of event summaries."""
    canonical = fused(store)
    t = canonical_events if canonical else events
    cols = [t.c.id, t.c.type, t.c.modality, t.c.date_start, t.c.date_end, t.c.location_name, t.c.lat, t.c.lon,
            t.c.country, t.c.actors, t.c.fatalities, t.c.personnel]
    cols += [t.c.report_count, t.c.outlet_count, t.c.mention_count] if canonical else [t.c.evidence, t.c.document_id]
    conds = _conditions(store, t, qy, canonical)
    dated, undated = and_(*conds, t.c.date_start.is_not(None)), and_(*conds, t.c.date_start.is_(None))
    # dated events in date order, then the undated ones: each part is read in index order and
    # stops at the page's end (one ORDER BY with "undated last" would sort every match)
    order = [t.c.date_start.desc(), t.c.id.desc()] if qy.newest_first else [t.c.date_start, t.c.id]
    with store.engine.connect() as conn:
        where = and_(*conds) if conds else literal(True)
        total, n_undated = conn.execute(select(func.count(), func.count().filter(t.c.date_start.is_(None)))
                                        .select_from(t).where(where)).one()
        n_dated = total - n_undated
        # the page's ids first (filtered and sorted within the covering indexes of migration 0003),
        # then those rows: the wide rows are read only for the page
        ids: list[int] = []
        if qy.limit and qy.offset < n_dated:
            ids = list(conn.execute(select(t.c.id).where(dated).order_by(*order)
                                    .limit(qy.limit).offset(qy.offset)).scalars())
        if qy.limit and len(ids) < qy.limit and n_undated:
            skip = max(0, qy.offset - n_dated)
            ids += list(conn.execute(select(t.c.id).where(undated).order_by(t.c.id)
                                     .limit(qy.limit - len(ids)).offset(skip)).scalars())
        rows = {r.id: r for r in conn.execute(select(*cols).where(t.c.id.in_(ids)))} if ids else {}
    return {"total": total, "limit": qy.limit, "offset": qy.offset, "fused": canonical,
            "items": [_summary(rows[i], canonical) for i in ids if i in rows]}


def _doc_meta(row: Any) -> dict[str, Any]:
    return {"document": row.document_id, "doc_key": row.doc_key, "title": row.title, "outlet": row.outlet,
            "url": row.url, "published": row.published.isoformat() if row.published else None}


def _mentions(conn, where) -> list[dict[str, Any]]:
    q = (select(events.c.id, events.c.idx, events.c.document_id, events.c.data, documents.c.doc_key,
                documents.c.title, documents.c.outlet, documents.c.url, documents.c.published)
         .join(documents, documents.c.id == events.c.document_id).where(where)
         .order_by(documents.c.published.is_(None), documents.c.published, events.c.id))
    out = []
    for r in conn.execute(q):
        d = r.data if isinstance(r.data, dict) else json.loads(r.data)
        out.append(dict(_doc_meta(r), mention=r.id, evidence=d.get("evidence"), start=d.get("start"),
                        end=d.get("end"), type=d.get("type"), modality=d.get("modality"),
                        confidence=d.get("confidence"), date=d.get("date"), quantities=d.get("quantities") or {}))
    return out


def event_detail(store: "Store", event_id: int) -> dict[str, Any] | None:
    """One event in full: the contract's fields, its sources (each report with its evidence
    sentence and offsets in the document) and its links to other events."""
    canonical = fused(store)
    with store.engine.connect() as conn:
        if canonical:
            row = conn.execute(select(canonical_events).where(canonical_events.c.id == event_id)).first()
            if row is None:
                return None
            data = {k: v for k, v in (row.data if isinstance(row.data, dict) else json.loads(row.data)).items()
                    if not k.startswith("_")}
            sources = _mentions(conn, events.c.canonical_id == event_id)
            # fusion's word on each report (near-duplicate family, the outlets it cites)
            fused_sources = {s.get("event"): s for s in data.get("sources") or [] if isinstance(s, dict)}
            for src in sources:
                extra = fused_sources.get(src["mention"]) or {}
                for key in ("family", "duplicate_of", "cited_outlets"):
                    if key in extra:
                        src[key] = extra[key]
            links = []
            lq = select(event_links).where(or_(event_links.c.src_id == event_id, event_links.c.dst_id == event_id))
            for ln in conn.execute(lq):
                outgoing = ln.src_id == event_id
                other = ln.dst_id if outgoing else ln.src_id
                links.append({"type": ln.type, "direction": "out" if outgoing else "in", "event": other,
                              "days": ln.days, "document": ln.document_id})
            _describe_links(conn, canonical_events, links)
            data.update(id=row.id, type=row.type, modality=row.modality, report_count=row.report_count,
                        outlet_count=row.outlet_count, mention_count=row.mention_count,
                        installation=row.installation_id)
        else:
            row = conn.execute(select(events).where(events.c.id == event_id)).first()
            if row is None:
                return None
            data = dict(row.data if isinstance(row.data, dict) else json.loads(row.data))
            sources = _mentions(conn, events.c.id == event_id)
            # the contract's links name other events of the same document by position
            links = []
            by_idx = dict(conn.execute(select(events.c.idx, events.c.id)
                                       .where(events.c.document_id == row.document_id)).all())
            for ln in data.get("links") or []:
                other = by_idx.get(ln.get("event"))
                if other is not None:
                    links.append({"type": ln.get("type"), "direction": "out", "event": other,
                                  "days": ln.get("days"), "document": row.document_id})
            _describe_links(conn, events, links)
            data.update(id=row.id, report_count=1, outlet_count=1, mention_count=1)
    data["fused"] = canonical
    data["sources"] = sources
    data["links"] = links
    return data


def _describe_links(conn, t, links: list[dict[str, Any]]) -> None:
    ids = {ln["event"] for ln in links}
    if not ids:
        return
    rows = {r.id: r for r in conn.execute(select(t.c.id, t.c.type, t.c.date_start, t.c.location_name)
                                          .where(t.c.id.in_(ids)))}
    for ln in links:
        r = rows.get(ln["event"])
        if r is not None:
            ln.update(event_type=r.type, event_date=r.date_start.isoformat() if r.date_start else None,
                      event_place=r.location_name)


# -- documents ---------------------------------------------------------------------

def document(store: "Store", doc_id: int) -> dict[str, Any] | None:
    """A stored article: its text and the spans (character offsets into it, end exclusive)
    of the people, organisations, places, dates and events read from it."""
    canonical = fused(store)
    with store.engine.connect() as conn:
        row = conn.execute(select(documents).where(documents.c.id == doc_id)).first()
        if row is None:
            return None
        evs = conn.execute(select(events.c.id, events.c.idx, events.c.type, events.c.canonical_id, events.c.data)
                           .where(events.c.document_id == doc_id).order_by(events.c.idx)).all()
    data = row.data if isinstance(row.data, dict) else json.loads(row.data)
    n = len(row.text)
    spans: list[dict[str, Any]] = []

    def add(kind: str, start: Any, end: Any, **extra: Any) -> None:
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= n:
            spans.append(dict(kind=kind, start=start, end=end, **extra))

    for e in data.get("entities") or []:
        label = e.get("label")
        kind = "person" if label in PERSON_LABELS else "org" if label in ORG_LABELS else None
        if kind:
            add(kind, e.get("start"), e.get("end"), label=label, name=e.get("canonical") or e.get("text"))
    for p in data.get("places") or []:
        add("place", p.get("start"), p.get("end"), name=p.get("name"), lat=p.get("lat"), lon=p.get("lon"),
            country=p.get("country"), place_kind=p.get("kind"))
    for t in data.get("timexes") or []:
        add("date", t.get("start"), t.get("end"), type=t.get("type"), value=t.get("value"),
            start_date=t.get("start_date"), end_date=t.get("end_date"))
    event_list = []
    for ev in evs:
        d = ev.data if isinstance(ev.data, dict) else json.loads(ev.data)
        api_id = ev.canonical_id if canonical else ev.id
        add("event", d.get("start"), d.get("end"), event=api_id, type=ev.type, mention=ev.id)
        event_list.append({"id": api_id, "mention": ev.id, "type": ev.type, "modality": d.get("modality"),
                           "date": d.get("date"), "location": d.get("location"), "evidence": d.get("evidence"),
                           "start": d.get("start"), "end": d.get("end")})
    spans.sort(key=lambda s: (s["start"], -s["end"]))
    return {"id": row.id, "doc_key": row.doc_key, "source": row.source, "title": row.title, "url": row.url,
            "outlet": row.outlet, "published": row.published.isoformat() if row.published else None,
            "published_inferred": row.published_inferred, "language": data.get("language"),
            "cited_outlets": data.get("cited_outlets") or [], "text": row.text, "spans": spans,
            "events": event_list, "fused": canonical}


# -- installations and posture -----------------------------------------------------

def _span_dict(s: Any) -> dict[str, Any]:
    occ = s.occupants if not isinstance(s.occupants, str) else json.loads(s.occupants)
    src = s.sources if not isinstance(s.sources, str) else json.loads(s.sources)
    return {"seq": s.seq, "start": s.start.isoformat() if s.start else None,
            "end": s.end.isoformat() if s.end else None, "status": s.status, "holder": s.holder,
            "occupants": occ or [], "personnel": _num(s.personnel), "sources": src or []}


def _state_at(spans: list[dict[str, Any]], at: date | None) -> dict[str, Any] | None:
    """The span in force on a day: the last one covering it, else the last one begun before it
    (None before the first); with no day, the latest span."""
    if not spans:
        return None
    if at is None:
        return spans[-1]
    iso = at.isoformat()
    begun = [s for s in spans if s["start"] is None or s["start"] <= iso]
    covering = [s for s in begun if s["end"] is None or s["end"] >= iso]
    return (covering or begun or [None])[-1]


def installations_list(store: "Store", bbox: tuple[float, float, float, float] | None = None,
                       country: str | None = None, at: date | None = None) -> list[dict[str, Any]]:
    """Installations with their timeline and the state (holder, status, personnel) on `at`
    (default: their latest known state)."""
    if not _has_table(store, "installations"):
        return []
    q = select(installations)
    if bbox:
        min_lon, min_lat, max_lon, max_lat = bbox
        q = q.where(installations.c.lat.between(min_lat, max_lat), installations.c.lon.between(min_lon, max_lon))
    if country:
        q = q.where(installations.c.country == country.upper())
    with store.engine.connect() as conn:
        rows = conn.execute(q.order_by(installations.c.name)).all()
        ids = [r.id for r in rows]
        spans: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
        if ids:
            for s in conn.execute(select(installation_spans).where(installation_spans.c.installation_id.in_(ids))
                                  .order_by(installation_spans.c.installation_id, installation_spans.c.seq)):
                spans[s.installation_id].append(_span_dict(s))
    out = []
    for r in rows:
        tl = spans[r.id]
        state = _state_at(tl, at)
        out.append({"id": r.id, "name": r.name, "lat": r.lat, "lon": r.lon, "country": r.country, "kind": r.kind,
                    "holder": state["holder"] if state else None, "status": state["status"] if state else None,
                    "personnel": state["personnel"] if state else None,
                    "since": state["start"] if state else None, "timeline": tl})
    return out


def posture(store: "Store", at: date | None = None, country: str | None = None) -> dict[str, Any]:
    """Force posture on a day: each installation's state, and per holder the installations
    held and the personnel reported there."""
    insts = installations_list(store, country=country, at=at)
    holders: dict[str, dict[str, Any]] = {}
    for i in insts:
        if not i["holder"]:
            continue
        h = holders.setdefault(i["holder"], {"holder": i["holder"], "installations": 0, "personnel": 0,
                                             "names": []})
        h["installations"] += 1
        h["personnel"] += i["personnel"] or 0
        h["names"].append(i["name"])
    # troop levels per country and force (fusion's), as they stood on the day
    troops = []
    if hasattr(store, "troop_levels"):
        for g in store.troop_levels(country):
            series = [p for p in g.get("series") or [] if at is None or (p.get("date") or "") <= at.isoformat()]
            if series:
                troops.append(dict(g, series=series, level=series[-1].get("level")))
    return {"at": at.isoformat() if at else None, "installations": insts,
            "holders": sorted(holders.values(), key=lambda h: (-h["installations"], h["holder"])),
            "troop_levels": troops}


# -- search ------------------------------------------------------------------------

HIT_START, HIT_END = "\x02", "\x03"


def _segments(snippet: str) -> list[dict[str, Any]]:
    """A snippet with hit markers as [{"text", "hit"}] for the page to render as text."""
    out, hit = [], False
    for part in re.split(f"([{HIT_START}{HIT_END}])", snippet or ""):
        if part == HIT_START:
            hit = True
        elif part == HIT_END:
            hit = False
        elif part:
            out.append({"text": part, "hit": hit})
    return out


def _plain_snippet(text_: str, words: list[str], width: int = 160) -> list[dict[str, Any]]:
    low = text_.lower()
    pos = min([p for p in (low.find(w) for w in words) if p >= 0] or [0])
    a = max(0, pos - width // 2)
    piece = text_[a:a + width]
    marked = re.sub("(" + "|".join(re.escape(w) for w in words) + ")", HIT_START + r"\1" + HIT_END, piece,
                    flags=re.I) if words else piece
    return _segments(("…" if a else "") + marked + ("…" if a + width < len(text_) else ""))


def search(store: "Store", q: str, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """Documents whose title or text hold the words (best first, with a snippet), and the
    first page of events whose evidence does."""
    words = _words(q)
    docs: list[dict[str, Any]] = []
    total = 0
    if words:
        with store.engine.connect() as conn:
            if _sqlite(store) and _has_table(store, "documents_fts"):
                fq = fts_query(q)
                base = "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid WHERE documents_fts MATCH :fq"
                total = conn.execute(text("SELECT count(*) " + base), {"fq": fq}).scalar_one()
                rows = conn.execute(text(
                    "SELECT d.id, d.title, d.outlet, d.url, d.published, "
                    f"snippet(documents_fts, 1, '{HIT_START}', '{HIT_END}', '…', 24) AS snip "
                    + base + " ORDER BY bm25(documents_fts) LIMIT :limit OFFSET :offset"),
                    {"fq": fq, "limit": limit, "offset": offset}).all()
                for r in rows:
                    docs.append({"id": r.id, "title": r.title, "outlet": r.outlet, "url": r.url,
                                 "published": str(r.published) if r.published else None,
                                 "snippet": _segments(r.snip)})
            else:
                if store.engine.dialect.name == "postgresql":
                    vec = _PG_DOC_VECTOR
                    tsq = func.plainto_tsquery(literal_column("'english'::regconfig"), " ".join(words))
                    cond = vec.op("@@")(tsq)
                    order = func.ts_rank(vec, tsq).desc()
                else:
                    blob = func.lower(func.coalesce(documents.c.title, "") + " " + documents.c.text)
                    cond = and_(*[blob.like(f"%{_like(w)}%", escape="\\") for w in words])
                    order = documents.c.id
                total = conn.execute(select(func.count()).select_from(documents).where(cond)).scalar_one()
                rows = conn.execute(select(documents.c.id, documents.c.title, documents.c.outlet, documents.c.url,
                                           documents.c.published, documents.c.text)
                                    .where(cond).order_by(order).limit(limit).offset(offset)).all()
                for r in rows:
                    docs.append({"id": r.id, "title": r.title, "outlet": r.outlet, "url": r.url,
                                 "published": r.published.isoformat() if r.published else None,
                                 "snippet": _plain_snippet(r.text, words)})
    evs = event_page(store, EventQuery(q=q, limit=limit)) if words else {"total": 0, "items": []}
    return {"q": q, "documents": {"total": total, "items": docs},
            "events": {"total": evs["total"], "items": evs["items"]}}

