"""A small store of hand-made documents for the API and page tests (no NLP involved)."""
from __future__ import annotations

from datetime import date

from sitrep.model import Document, Entity, Event, EventDate, Location, Place, Timex

HOSTILE = '<img src=x onerror="document.title=\'pwned\'">'


def _doc(key: str, text: str, published: date, outlet: str, title: str) -> Document:
    return Document(id=key, source=f"{key}.txt", text=text, title=title, outlet=outlet,
                    url=f"https://news.example/{key}", published=published, language="en")


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def documents() -> list[Document]:
    docs = []

    # 1. a withdrawal and handover at K1, with a person, a place, a date and a link between the events
    s1 = ("On March 29, 2020, coalition troops withdrew from K1 Air Base near Kirkuk, Colonel Myles Caggins said. ")
    s2 = "About 300 personnel left and the base was handed to the Iraqi army two days later. "
    s3 = "Residents wrote " + HOSTILE + " on a wall."
    text = s1 + s2 + s3
    d = _doc("k1", text, date(2020, 3, 30), "Reuters", "Coalition leaves K1 <b>base</b>")
    a, b = _span(text, "Myles Caggins")
    d.entities = [Entity("PERSON", "Myles Caggins", a, b, canonical="Myles Caggins")]
    a, b = _span(text, "K1 Air Base")
    c, e = _span(text, "Kirkuk")
    d.places = [Place("K1 Air Base", a, b, name="K1 Air Base", lat=35.51, lon=44.28, country="IQ",
                      kind="installation"),
                Place("Kirkuk", c, e, name="Kirkuk", lat=35.47, lon=44.39, country="IQ", kind="city")]
    a, b = _span(text, "March 29, 2020")
    c, e = _span(text, "two days later")
    d.timexes = [Timex("March 29, 2020", a, b, "DATE", "2020-03-29", date(2020, 3, 29), date(2020, 3, 29)),
                 Timex("two days later", c, e, "DATE", "2020-03-31", date(2020, 3, 31), date(2020, 3, 31))]
    k1 = Location("K1 Air Base", 35.51, 44.28, "IQ", kind="installation")
    d.events = [
        Event("withdrawal", s1.strip(), 0, len(s1) - 1, date=EventDate(date(2020, 3, 29), date(2020, 3, 29)),
              location=k1, actors=["US-led coalition"], quantities={"personnel": 300},
              links=[{"type": "before", "event": 1, "days": 2}], confidence=0.9, trigger="withdrew"),
        Event("handover", s2.strip(), len(s1), len(s1) + len(s2) - 1,
              date=EventDate(date(2020, 3, 31), date(2020, 3, 31)), location=k1,
              actors=["US-led coalition"], targets=["Iraqi army"], confidence=0.8),
    ]
    docs.append(d)

    # 2. a rocket attack on Camp Taji with fatalities
    text = ("Rockets struck Camp Taji north of Baghdad on March 11, 2020, killing two American soldiers and a "
            "British medic, the Pentagon said. Kataib Hezbollah was blamed.")
    d = _doc("taji", text, date(2020, 3, 12), "AP", "Rockets hit Camp Taji")
    a, b = _span(text, "Camp Taji")
    d.places = [Place("Camp Taji", a, b, name="Camp Taji", lat=33.52, lon=44.26, country="IQ", kind="installation")]
    a, b = _span(text, "March 11, 2020")
    d.timexes = [Timex("March 11, 2020", a, b, "DATE", "2020-03-11", date(2020, 3, 11), date(2020, 3, 11))]
    d.entities = [Entity("ORG", "Kataib Hezbollah", *_span(text, "Kataib Hezbollah"))]
    d.events = [Event("shelling", text.split(". ")[0] + ".", 0, len(text.split(". ")[0]) + 1,
                      date=EventDate(date(2020, 3, 11), date(2020, 3, 11)),
                      location=Location("Camp Taji", 33.52, 44.26, "IQ", kind="installation"),
                      actors=["Kataib Hezbollah"], targets=["US-led coalition"],
                      quantities={"fatalities": 3}, confidence=0.85)]
    docs.append(d)

    # 3. a drone strike in Syria (another country, later)
    text = "A drone strike hit a convoy near Deir ez-Zor in Syria on April 20, 2020, killing five fighters."
    d = _doc("deir", text, date(2020, 4, 21), "SANA", "Drone strike near Deir ez-Zor")
    d.events = [Event("airstrike", text, 0, len(text), date=EventDate(date(2020, 4, 20), date(2020, 4, 20)),
                      location=Location("Deir ez-Zor", 35.33, 40.14, "SY", kind="city"),
                      actors=["Unidentified drone"], quantities={"fatalities": 5})]
    docs.append(d)

    # 4. an undated protest in Basra
    text = "Thousands of protesters gathered in Basra's main square to demand jobs and electricity."
    d = _doc("basra", text, date(2020, 2, 1), "Rudaw", "Protest in Basra")
    d.events = [Event("protest", text, 0, len(text), location=Location("Basra", 30.51, 47.78, "IQ", kind="city"),
                      actors=["Protesters (Iraq)"])]
    docs.append(d)
    return docs


def fill(store) -> dict[str, int]:
    """Save the documents; their store ids by key."""
    return {d.id: store.save(d)[0] for d in documents()}
