"""The HTTP API and the analyst's page: `create_app(store, settings)` builds a FastAPI app.

Nothing happens at import time: the store (opened, migrated) and the settings are made at
the edge (`sitrep serve`, a test, a benchmark) and passed in. The app only reads. Its
endpoints are plain functions, which FastAPI runs in its thread pool: readers in threads,
each on its own pooled connection; on SQLite the store's WAL journal lets them read while
the one writer (`sitrep ingest`, another process) writes.

    GET /api/events            filtered page of events, with the filtered total
    GET /api/events/{id}       one event: sources (reports, evidence sentences), links
    GET /api/documents/{id}    an article's text and the spans of people, places, dates, events
    GET /api/installations     bases with their timeline and holder (on ?at=DAY)
    GET /api/posture           who holds what on a day, by holder
    GET /api/search            documents and events holding words
    GET /api/stats, /api/config
    GET /                      the page (src/sitrep/web), its assets under /static
"""
from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel

from sitrep.model import EVENT_KINDS, MODALITIES

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
MAX_PAGE = 10_000


# -- response shapes (for the OpenAPI document; responses are written as JSON directly) --

class Place(BaseModel):
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None


class Days(BaseModel):
    start: str
    end: str


class EventSummary(BaseModel):
    id: int
    type: str
    modality: str
    date: Days | None = None
    location: Place | None = None
    actors: list[str] = []
    fatalities: float | None = None
    personnel: float | None = None
    report_count: int
    outlet_count: int
    mention_count: int
    evidence: str | None = None
    document: int | None = None


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    fused: bool
    items: list[EventSummary]


class Source(BaseModel):
    document: int
    mention: int
    doc_key: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    evidence: str | None = None
    start: int | None = None
    end: int | None = None


class Link(BaseModel):
    type: str
    direction: str
    event: int
    days: float | None = None
    document: int | None = None


class EventDetail(BaseModel):
    id: int
    type: str
    modality: str
    fused: bool
    report_count: int
    outlet_count: int
    sources: list[Source]
    links: list[Link]
    model_config = {"extra": "allow"}


class Span(BaseModel):
    kind: str
    start: int
    end: int
    model_config = {"extra": "allow"}


class DocumentOut(BaseModel):
    id: int
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    text: str
    spans: list[Span]
    events: list[dict[str, Any]]
    model_config = {"extra": "allow"}


class Installation(BaseModel):
    id: int
    name: str
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    holder: str | None = None
    status: str | None = None
    personnel: float | None = None
    since: str | None = None
    timeline: list[dict[str, Any]]


def _json(data: Any, status: int = 200) -> Response:
    return Response(json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str),
                    status_code=status, media_type="application/json")


def _day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{name}: expected a day as YYYY-MM-DD, got {value!r}") from None


def _floats(value: str | None, n: int, name: str, example: str) -> tuple[float, ...] | None:
    if not value:
        return None
    try:
        parts = tuple(float(x) for x in value.split(","))
    except ValueError:
        parts = ()
    if len(parts) != n or not all(math.isfinite(p) for p in parts):
        raise HTTPException(422, f"{name}: expected {example}, got {value!r}")
    return parts


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    box = _floats(value, 4, "bbox", "minlon,minlat,maxlon,maxlat")
    if box and not (-90 <= box[1] <= box[3] <= 90):
        raise HTTPException(422, "bbox: latitudes must be within -90..90 with minlat <= maxlat")
    return box  # type: ignore[return-value]


def _near(value: str | None) -> tuple[float, float, float] | None:
    near = _floats(value, 3, "near", "lat,lon,km")
    if near and (not -90 <= near[0] <= 90 or near[2] <= 0):
        raise HTTPException(422, "near: latitude within -90..90 and a positive distance in km")
    return near  # type: ignore[return-value]


def _kinds(values: list[str] | None) -> tuple[str, ...]:
    kinds = tuple(k.strip() for v in values or [] for k in v.split(",") if k.strip())
    unknown = [k for k in kinds if k not in EVENT_KINDS]
    if unknown:
        raise HTTPException(422, f"kind: unknown {', '.join(unknown)}; known: {', '.join(EVENT_KINDS)}")
    return kinds


def _csp(tile_url: str) -> str:
    img = "'self' data:"
    if tile_url:
        parts = urlsplit(tile_url.replace("{s}", "a"))
        host = parts.netloc.replace("a.", "*.", 1) if "{s}" in tile_url else parts.netloc
        img += f" {parts.scheme}://{host}" if parts.scheme and host else ""
    return (f"default-src 'self'; img-src {img}; style-src 'self' 'unsafe-inline'; script-src 'self'; "
            "object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


def create_app(store, settings) -> FastAPI:
    """The API and the page over an opened Store, with the given Settings."""
    from sitrep.store.desk import EventQuery, prepare

    prepare(store)

    app = FastAPI(title="sitrep", version="0.1.0",
                  description="Events and force posture read from news reports, with their sources.")
    tile_url = getattr(settings, "tile_url", "") or ""
    csp = _csp(tile_url)

    @app.middleware("http")
    async def _headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if not request.url.path.startswith("/docs"):
            response.headers.setdefault("Content-Security-Policy", csp)
        return response

    @app.get("/api/events", response_class=Response, tags=["events"],
             responses={200: {"model": EventPage, "description": "a page of events"}})
    def list_events(
        kind: Annotated[list[str] | None, Query(description="event kind(s): repeat or comma-separate")] = None,
        modality: Annotated[str | None, Query(description="|".join(MODALITIES))] = None,
        since: Annotated[str | None, Query(description="events ending on or after YYYY-MM-DD")] = None,
        until: Annotated[str | None, Query(description="events starting on or before YYYY-MM-DD")] = None,
        bbox: Annotated[str | None, Query(description="minlon,minlat,maxlon,maxlat")] = None,
        near: Annotated[str | None, Query(description="lat,lon,km")] = None,
        country: Annotated[str | None, Query(description="ISO 3166 alpha-2 code, e.g. IQ")] = None,
        actor: Annotated[str | None, Query(description="part of an actor's name")] = None,
        q: Annotated[str | None, Query(description="words in the evidence (full-text)")] = None,
        dated: Annotated[bool, Query(description="with since/until: leave out undated events")] = False,
        order: Annotated[str, Query(pattern="^-?date$", description="date (oldest first) or -date")] = "date",
        limit: Annotated[int, Query(ge=0, le=MAX_PAGE)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> Response:
        if modality and modality not in MODALITIES:
            raise HTTPException(422, f"modality: one of {', '.join(MODALITIES)}")
        query = EventQuery(kinds=_kinds(kind), modality=modality, since=_day(since, "since"),
                           until=_day(until, "until"), bbox=_bbox(bbox), near=_near(near),
                           country=country or None, actor=actor or None, q=q or None, limit=limit,
                           offset=offset, newest_first=order == "-date", undated=not dated)
        return _json(store.event_page(query))

    @app.get("/api/events/{event_id}", response_class=Response, tags=["events"],
             responses={200: {"model": EventDetail}, 404: {"description": "no such event"}})
    def get_event(event_id: int) -> Response:
        found = store.event_detail(event_id)
        if found is None:
            raise HTTPException(404, f"no event {event_id}")
        return _json(found)

    @app.get("/api/documents/{doc_id}", response_class=Response, tags=["documents"],
             responses={200: {"model": DocumentOut}, 404: {"description": "no such document"}})
    def get_document(doc_id: int) -> Response:
        found = store.document(doc_id)
        if found is None:
            raise HTTPException(404, f"no document {doc_id}")
        return _json(found)

    @app.get("/api/installations", response_class=Response, tags=["posture"],
             responses={200: {"model": list[Installation]}})
    def list_installations(
        bbox: Annotated[str | None, Query(description="minlon,minlat,maxlon,maxlat")] = None,
        country: Annotated[str | None, Query(description="ISO code")] = None,
        at: Annotated[str | None, Query(description="state on this day (default: the latest known)")] = None,
    ) -> Response:
        return _json(store.installation_states(bbox=_bbox(bbox), country=country or None, at=_day(at, "at")))

    @app.get("/api/posture", response_class=Response, tags=["posture"])
    def get_posture(
        at: Annotated[str | None, Query(description="YYYY-MM-DD (default: the latest known)")] = None,
        country: Annotated[str | None, Query(description="ISO code")] = None,
    ) -> Response:
        return _json(store.posture_at(at=_day(at, "at"), country=country or None))

    @app.get("/api/search", response_class=Response, tags=["search"])
    def search(q: Annotated[str, Query(min_length=1, max_length=500)],
               limit: Annotated[int, Query(ge=1, le=200)] = 20,
               offset: Annotated[int, Query(ge=0)] = 0) -> Response:
        return _json(store.search(q, limit=limit, offset=offset))

    @app.get("/api/stats", response_class=Response, tags=["meta"])
    def stats() -> Response:
        return _json(store.stats())

    @app.get("/api/config", response_class=Response, tags=["meta"])
    def config() -> Response:
        vendor = WEB_DIR / "vendor"
        return _json({"tile_url": tile_url, "kinds": list(EVENT_KINDS), "max_page": MAX_PAGE,
                      "vendor": vendor.joinpath("leaflet.js").is_file()})

    # -- the page --
    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=WEB_DIR, check_dir=False), name="static")
    return app
