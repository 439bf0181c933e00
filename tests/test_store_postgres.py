"""The store on PostgreSQL, on the throw-away server of conftest.py's `pg_url` (skipped, saying
why, where the machine has no PostgreSQL binaries)."""
from __future__ import annotations

from datetime import date

from sitrep.model import Document, Event, EventDate, Location
from sitrep.store import EventFilter, Store


def _doc(text: str) -> Document:
    doc = Document(id="pg-1", source="pg-1.txt", text=text, published=date(2020, 3, 18))
    doc.events = [Event("handover", text, 0, len(text), date=EventDate(date(2020, 3, 17), date(2020, 3, 17)),
                        location=Location("Al-Qaim", 34.39, 40.99, "IQ"), actors=["US-led coalition"])]
    return doc


def test_postgres_store_keeps_each_article_once(pg_url):
    store = Store(pg_url)
    text = "Coalition troops handed the al-Qaim base to Iraqi forces on Tuesday, officials said."
    first = store.save(_doc(text))
    again = store.save(_doc(text))
    assert first[1] is True and again == (first[0], False)
    events = store.events(EventFilter(country="IQ"))
    assert len(events) == 1 and events[0]["type"] == "handover"
    store.close()
    reopened = Store(pg_url)   # migrations run again on open and keep what is stored
    assert reopened.stats()["documents"] == 1
