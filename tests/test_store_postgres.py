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


def test_upgrading_a_0008_postgres_store_gives_each_canonical_event_its_scoring_form(pg_url):
    from importlib import resources

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    from fuse_data import TAJI, document, event
    from sitrep.store.store import store_url

    def downgrade_to(revision: str) -> None:
        cfg = Config()
        cfg.set_main_option("script_location", str(resources.files("sitrep.store").joinpath("migrations")))
        engine = create_engine(store_url(pg_url))
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
        engine.dispose()

    reports = [document(key, key.upper(), "2020-03-12", [event("shelling", evidence, start="2020-03-11", place=TAJI,
                                                               fatalities=dead)])
               for key, evidence, dead in [("a", "Rockets hit Camp Taji on Wednesday, killing three.", 3),
                                           ("b", "Three were killed when rockets struck Camp Taji.", 3),
                                           ("c", "Rockets slammed into Camp Taji, killing two soldiers.", 2)]]
    store = Store(pg_url)
    for r in reports[:2]:
        store.save(r)
    read = text("SELECT id, match_form::text, mentions::text, data::text FROM canonical_events ORDER BY id")
    with store.engine.connect() as conn:
        before = conn.execute(read).all()
    store.close()
    downgrade_to("0008")                # a store as release 0008 wrote it
    store = Store(pg_url)               # opening upgrades it: the forms made again, nothing else changed
    with store.engine.connect() as conn:
        assert conn.execute(read).all() == before and any('"installation"' in row[1] for row in before)
    stored = store.stats()["events"]    # (the server is the session's: other tests' events are there too)
    store.save(reports[2])
    (e,) = [e for e in store.events() if e["type"] == "shelling"]
    assert e["report_count"] == 3 and store.stats()["events"] == stored + 1
    store.close()
