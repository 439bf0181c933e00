"""Small documents with hand-made events, for the fusion, posture and store tests (no NLP)."""
from __future__ import annotations

from datetime import date

from sitrep.model import Document, Event, EventDate, Location, Place

K1 = dict(name="K1 Air Base", lat=35.51, lon=44.28, country="IQ", kind="installation")
TAJI = dict(name="Camp Taji", lat=33.53, lon=44.26, country="IQ", kind="installation")
BAGHDAD = dict(name="Baghdad", lat=33.3152, lon=44.3661, country="IQ", kind="city")
BASRA = dict(name="Basra", lat=30.5085, lon=47.7804, country="IQ", kind="city")
IRAQ = dict(name="Iraq", lat=33.2232, lon=43.6793, country="IQ", kind="country", uncertainty_km=400.0)

FILLER = [
    "Officials gave no further details.", "The ministry declined to comment on the matter.",
    "Residents described a tense night in the area.", "Security was tightened on the main roads.",
    "Analysts said the move had been expected for weeks.", "The statement was read out on state television.",
]


def day(s: str) -> date:
    return date.fromisoformat(s)


def event(kind: str, evidence: str, *, start: str | None = None, end: str | None = None, text: str | None = None,
          place: dict | None = None, actors=(), targets=(), modality: str = "asserted", links=(),
          confidence: float = 0.8, **quantities) -> Event:
    return Event(type=kind, evidence=evidence, start=0, end=len(evidence), modality=modality,
                 date=EventDate(day(start), day(end or start), text) if start else None,
                 location=Location(**place) if place else None, actors=list(actors), targets=list(targets),
                 quantities={k: v for k, v in quantities.items()}, confidence=confidence, links=list(links))


def document(key: str, outlet: str | None, published: str | None, events: list[Event], body: str | None = None,
             places: list[Place] = (), cited: list[str] = (), url: str | None = None) -> Document:
    """A document whose text is its events' evidence plus some distinct filler (so it is no copy)."""
    text = body if body is not None else " ".join([e.evidence for e in events] + [f"{key}: {f}" for f in FILLER])
    for e in events:                      # evidence offsets into the text, as the events stage gives them
        i = text.find(e.evidence)
        if i >= 0:
            e.start, e.end = i, i + len(e.evidence)
    return Document(id=key, source=key, text=text, outlet=outlet, url=url,
                    published=day(published) if published else None, events=events, places=list(places),
                    cited_outlets=list(cited))


def place(mention: str, text: str, **p) -> Place:
    i = text.find(mention)
    return Place(mention=mention, start=i, end=i + len(mention), **p)
