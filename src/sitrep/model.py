"""The typed document model: the only types shared between stages.

A `Document` flows through the stages (clean -> language -> places -> times ->
events); each stage reads some fields and fills others. `to_dict()` gives the
JSON of ../shared/CONTRACT.md, which `sitrep extract` prints and the store keeps.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

EVENT_KINDS = (
    "deployment", "withdrawal", "handover", "troop_level", "exercise", "military_aid",
    "airstrike", "shelling", "explosion", "suicide_bombing", "grenade", "chemical_attack",
    "clash", "attack", "abduction", "sexual_violence", "mob_violence", "territory_change",
    "weapons_seizure", "property_destruction", "protest", "riot", "arrest", "agreement",
    "legislation", "diplomacy", "statement", "group_change",
)
MODALITIES = ("asserted", "planned", "denied", "hypothetical")


@dataclass(slots=True)
class RawArticle:
    """What a reader yields: one article as found, before cleaning."""
    source: str                       # path or URL as given
    id: str | None = None             # the JSONL id, else derived from the source
    text: str | None = None           # text given as text: kept exactly
    html: str | None = None           # a page to extract
    url: str | None = None
    title: str | None = None
    published: str | None = None      # ISO date or datetime from metadata
    outlet: str | None = None
    crawled: str | None = None        # a crawl date (WARC): the publication date only when the page has none
    exact_text: bool = False          # JSONL text: kept byte for byte (the contract); files: furniture blanked


@dataclass(slots=True)
class Entity:
    label: str
    text: str
    start: int
    end: int
    canonical: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "text": self.text, "canonical": self.canonical or self.text,
                "start": self.start, "end": self.end}


@dataclass(slots=True)
class Place:
    mention: str
    start: int
    end: int
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    kind: str | None = None           # city, admin1, country, installation, landform, demonym, ...
    uncertainty_km: float | None = None
    gazetteer_id: str | None = None
    admin1: str | None = None
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"mention": self.mention, "start": self.start, "end": self.end, "name": self.name,
                "lat": _round(self.lat, 5), "lon": _round(self.lon, 5), "country": self.country,
                "kind": self.kind, "uncertainty_km": _round(self.uncertainty_km, 1),
                "gazetteer_id": self.gazetteer_id, "admin1": self.admin1}


@dataclass(slots=True)
class Timex:
    text: str
    start: int
    end: int
    type: str                         # DATE, TIME, DURATION, SET
    value: str
    start_date: date | None = None    # inclusive span of days, where the expression names one
    end_date: date | None = None
    anchor: str | None = None         # "publication", "timex:<i>", "event-after:P2D", "event-before:P2D"
    approximate: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "type": self.type,
                "value": self.value, "start_date": _iso(self.start_date), "end_date": _iso(self.end_date),
                "anchor": self.anchor}


@dataclass(slots=True)
class EventDate:
    start: date
    end: date
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": _iso(self.start), "end": _iso(self.end), "text": self.text}


@dataclass(slots=True)
class Location:
    name: str | None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    kind: str | None = None
    uncertainty_km: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "lat": _round(self.lat, 5), "lon": _round(self.lon, 5),
                "country": self.country, "admin1": self.admin1, "kind": self.kind,
                "uncertainty_km": _round(self.uncertainty_km, 1)}


@dataclass(slots=True)
class Event:
    type: str
    evidence: str
    start: int                        # offsets of the evidence sentence in the text
    end: int
    modality: str = "asserted"
    date: EventDate | None = None
    location: Location | None = None
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    quantities: dict[str, float] = field(default_factory=dict)
    qualifiers: dict[str, str] = field(default_factory=dict)   # quantity -> "approximate" | "minimum" | ...
    acled: dict[str, str] | None = None
    confidence: float = 0.5
    trigger: str | None = None
    links: list[dict[str, Any]] = field(default_factory=list)  # {"type": "after", "event": index, "days": 2}

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "modality": self.modality,
                "date": self.date.to_dict() if self.date else None,
                "location": self.location.to_dict() if self.location else None,
                "actors": list(self.actors), "targets": list(self.targets),
                "quantities": {k: _num(v) for k, v in self.quantities.items()},
                "qualifiers": dict(self.qualifiers),
                "acled": dict(self.acled) if self.acled else None,
                "evidence": self.evidence, "start": self.start, "end": self.end,
                "trigger": self.trigger, "links": list(self.links),
                "confidence": round(self.confidence, 3)}


@dataclass
class Document:
    """One article and everything the stages have read from it."""
    id: str
    source: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    published_inferred: bool = False
    language: str | None = None
    cited_outlets: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # The parsed spaCy Doc, for stages after `language`; never serialised.
    parsed: Any = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "source": self.source, "title": self.title, "url": self.url,
                "outlet": self.outlet, "published": _iso(self.published),
                "published_inferred": self.published_inferred, "language": self.language,
                "cited_outlets": list(self.cited_outlets), "text": self.text,
                "entities": [e.to_dict() for e in self.entities],
                "places": [p.to_dict() for p in self.places],
                "timexes": [t.to_dict() for t in self.timexes],
                "events": [e.to_dict() for e in self.events]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Document":
        """Read back the contract's JSON (the store keeps it; tests round-trip it)."""
        doc = cls(id=d["id"], source=d.get("source") or d["id"], text=d.get("text") or "",
                  title=d.get("title"), url=d.get("url"), outlet=d.get("outlet"),
                  published=_day(d.get("published")),
                  published_inferred=bool(d.get("published_inferred")),
                  language=d.get("language"), cited_outlets=list(d.get("cited_outlets") or []))
        doc.entities = [Entity(label=e["label"], text=e["text"], start=e["start"], end=e["end"],
                               canonical=e.get("canonical")) for e in d.get("entities") or []]
        doc.places = [Place(mention=p["mention"], start=p["start"], end=p["end"], name=p.get("name"),
                            lat=p.get("lat"), lon=p.get("lon"), country=p.get("country"),
                            kind=p.get("kind"), uncertainty_km=p.get("uncertainty_km"),
                            gazetteer_id=p.get("gazetteer_id"), admin1=p.get("admin1"))
                      for p in d.get("places") or []]
        doc.timexes = [Timex(text=t["text"], start=t["start"], end=t["end"], type=t["type"],
                             value=t["value"], start_date=_day(t.get("start_date")),
                             end_date=_day(t.get("end_date")), anchor=t.get("anchor"))
                       for t in d.get("timexes") or []]
        doc.events = [event_from_dict(e) for e in d.get("events") or []]
        return doc


def event_from_dict(e: dict[str, Any]) -> Event:
    dt, loc = e.get("date"), e.get("location")
    return Event(type=e["type"], evidence=e.get("evidence") or "", start=e.get("start") or 0,
                 end=e.get("end") or 0, modality=e.get("modality") or "asserted",
                 date=EventDate(_day(dt["start"]), _day(dt.get("end") or dt["start"]), dt.get("text"))
                 if dt and dt.get("start") else None,
                 location=Location(name=loc.get("name"), lat=loc.get("lat"), lon=loc.get("lon"),
                                   country=loc.get("country"), admin1=loc.get("admin1"),
                                   kind=loc.get("kind"), uncertainty_km=loc.get("uncertainty_km"))
                 if loc else None,
                 actors=list(e.get("actors") or []), targets=list(e.get("targets") or []),
                 quantities=dict(e.get("quantities") or {}), qualifiers=dict(e.get("qualifiers") or {}),
                 acled=e.get("acled"), confidence=float(e.get("confidence") or 0.5),
                 trigger=e.get("trigger"), links=list(e.get("links") or []))


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _day(s: Any) -> date | None:
    if not s:
        return None
    if isinstance(s, date):
        return s
    try:
        return date.fromisoformat(str(s)[:10])
    except ValueError:
        return None


def _round(x: float | None, n: int) -> float | None:
    return None if x is None else round(float(x), n)


def _num(v: float) -> float | int:
    return int(v) if float(v).is_integer() else v
