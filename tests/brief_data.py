"""Hand-made reports for the export and brief tests: Iraq in March 2020, plus events outside
the country or the month that filters must leave out. No NLP is involved."""
from __future__ import annotations

from datetime import date

from sitrep.model import Document, Event, EventDate, Location

K1 = Location("K1 Air Base", 35.51, 44.28, "IQ", admin1="Kirkuk", kind="installation", uncertainty_km=2.0)
QAIM = Location("Al-Qaim base", 34.38, 41.09, "IQ", admin1="Anbar", kind="installation", uncertainty_km=3.0)
TAJI = Location("Camp Taji", 33.52, 44.26, "IQ", admin1="Baghdad", kind="installation", uncertainty_km=2.0)
JURF = Location("Jurf al-Sakhar", 32.89, 44.12, "IQ", admin1="Babil", kind="city", uncertainty_km=5.0)
BAGHDAD = Location("Baghdad", 33.34, 44.40, "IQ", admin1="Baghdad", kind="city", uncertainty_km=10.0)
IRAQ = Location("Iraq", 33.0, 44.0, "IQ", kind="country", uncertainty_km=400.0)
DEIR = Location("Deir ez-Zor", 35.34, 40.14, "SY", kind="city")


def _day(s: str) -> EventDate:
    d = date.fromisoformat(s)
    return EventDate(d, d, s)


def _doc(key: str, outlet: str, published: str, text: str, events: list[Event]) -> Document:
    return Document(id=key, source=f"{key}.txt", text=text, title=key.replace("_", " "), outlet=outlet,
                    url=f"https://{outlet.lower().replace(' ', '')}.example/{key}",
                    published=date.fromisoformat(published), language="en", events=events)


def _ev(kind: str, evidence: str, **kw) -> Event:
    return Event(kind, evidence, 0, len(evidence), **kw)


def documents() -> list[Document]:
    k1 = ("The US-led coalition handed over K1 Air Base near Kirkuk to the Iraqi army on Sunday; "
          "about 300 coalition personnel left the base.")
    k1_ap = ("Iraqi forces took control of the K1 air base in Kirkuk province on Sunday after the coalition "
             "transferred it, a military statement said.")
    k1_ss = "Coalition troops pulled out of K1, which was handed to the Iraqi army on March 29."
    taji = "Rockets struck Camp Taji north of Baghdad, killing three and wounding 14; Kataib Hezbollah was blamed."
    taji_b = "A rocket barrage hit Camp Taji on Wednesday night, killing three people and wounding 12."
    return [
        _doc("k1_reuters", "Reuters", "2020-03-29", k1, [
            _ev("handover", k1, date=_day("2020-03-29"), location=K1, actors=["US-led coalition"],
                targets=["Iraqi army"], quantities={"personnel": 300}, qualifiers={"personnel": "approximate"},
                acled={"event_type": "Strategic developments", "sub_event_type": "Non-violent transfer of territory"},
                confidence=0.9)]),
        _doc("k1_ap", "AP", "2020-03-30", k1_ap, [
            _ev("handover", k1_ap, date=_day("2020-03-29"), location=K1, actors=["US-led coalition"],
                targets=["Iraqi army"],
                acled={"event_type": "Strategic developments", "sub_event_type": "Non-violent transfer of territory"},
                confidence=0.8)]),
        _doc("k1_stripes", "Stars and Stripes", "2020-03-30", k1_ss, [
            _ev("handover", k1_ss, date=_day("2020-03-29"), location=K1, actors=["US-led coalition"],
                targets=["Iraqi army"],
                acled={"event_type": "Strategic developments", "sub_event_type": "Non-violent transfer of territory"},
                confidence=0.7)]),
        _doc("qaim", "Reuters", "2020-03-17",
             "The coalition handed the Al-Qaim base on the Syrian border to Iraqi security forces on Tuesday.", [
                 _ev("handover", "The coalition handed the Al-Qaim base to Iraqi security forces on Tuesday.",
                     date=_day("2020-03-17"), location=QAIM, actors=["US-led coalition"],
                     targets=["Iraqi security forces"],
                     acled={"event_type": "Strategic developments",
                            "sub_event_type": "Non-violent transfer of territory"}, confidence=0.85)]),
        _doc("taji_post", "The Washington Post", "2020-03-12", taji, [
            _ev("shelling", taji, date=_day("2020-03-11"), location=TAJI, actors=["Kataib Hezbollah"],
                targets=["US-led coalition"], quantities={"fatalities": 3, "injured": 14},
                acled={"event_type": "Explosions/Remote violence",
                       "sub_event_type": "Shelling/artillery/missile attack"}, confidence=0.9)]),
        _doc("taji_wire", "AFP", "2020-03-12", taji_b, [
            _ev("shelling", taji_b, date=_day("2020-03-11"), location=TAJI, actors=["Kataib Hezbollah"],
                targets=["US-led coalition"], quantities={"fatalities": 3, "injured": 12},
                acled={"event_type": "Explosions/Remote violence",
                       "sub_event_type": "Shelling/artillery/missile attack"}, confidence=0.8)]),
        _doc("jurf", "Reuters", "2020-03-13",
             "US aircraft struck Kataib Hezbollah weapons depots at Jurf al-Sakhar early on Friday, killing six.", [
                 _ev("airstrike", "US aircraft struck Kataib Hezbollah weapons depots at Jurf al-Sakhar, killing six.",
                     date=EventDate(date(2020, 3, 13), date(2020, 3, 13), "early on Friday"), location=JURF,
                     actors=["United States"], targets=["Kataib Hezbollah"], quantities={"fatalities": 6},
                     acled={"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"},
                     confidence=0.9)]),
        _doc("levels", "Defense News", "2020-03-05",
             "About 5,200 US troops are stationed in Iraq, the Pentagon said this week.", [
                 _ev("troop_level", "About 5,200 US troops are stationed in Iraq.",
                     date=EventDate(date(2020, 3, 2), date(2020, 3, 8), "this week"), location=IRAQ,
                     actors=["US forces"], quantities={"personnel": 5200}, qualifiers={"personnel": "approximate"},
                     confidence=0.8)]),
        _doc("protest", "Rudaw", "2020-03-02",
             "Thousands of protesters rallied in Baghdad's Tahrir Square on Monday against the government.", [
                 _ev("protest", "Thousands of protesters rallied in Baghdad's Tahrir Square on Monday.",
                     date=_day("2020-03-02"), location=BAGHDAD, actors=["Protesters"],
                     acled={"event_type": "Protests", "sub_event_type": "Peaceful protest"}, confidence=0.7)]),
        _doc("france", "Le Monde", "2020-03-25",
             "France will pull its troops out of Iraq in the coming weeks, the armed forces ministry said.", [
                 _ev("withdrawal", "France will pull its troops out of Iraq in the coming weeks.",
                     modality="planned", date=EventDate(date(2020, 3, 25), date(2020, 4, 15), "in the coming weeks"),
                     location=IRAQ, actors=["French forces"],
                     acled={"event_type": "Strategic developments", "sub_event_type": "Other"}, confidence=0.6)]),
        _doc("soleimani", "Reuters", "2020-01-03",
             "A US drone strike at Baghdad airport killed Qassem Soleimani on Friday.", [
                 _ev("airstrike", "A US drone strike at Baghdad airport killed Qassem Soleimani.",
                     date=_day("2020-01-03"), location=BAGHDAD, actors=["United States"], targets=["IRGC"],
                     quantities={"fatalities": 10},
                     acled={"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"},
                     confidence=0.95)]),
        _doc("syria", "SANA", "2020-03-10",
             "Unidentified aircraft struck positions near Deir ez-Zor on Tuesday.", [
                 _ev("airstrike", "Unidentified aircraft struck positions near Deir ez-Zor.",
                     date=_day("2020-03-10"), location=DEIR, actors=["Unidentified aircraft"],
                     acled={"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"},
                     confidence=0.6)]),
    ]


def fill(store) -> None:
    for doc in documents():
        store.save(doc)


def filled_store(folder) -> str:
    """The path of a SQLite store in `folder` holding these documents (closed again)."""
    from sitrep.store import Store
    path = str(folder / "store.db")
    store = Store(path)
    fill(store)
    store.close()
    return path
