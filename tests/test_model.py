import json
from datetime import date

from sitrep.model import Document, Entity, Event, EventDate, Location, Place, Timex


def test_contract_json_round_trips():
    doc = Document(id="d1", source="d1.txt", text="Coalition forces left K1 on March 29.",
                   published=date(2020, 3, 30))
    doc.entities = [Entity("PERSON", "Vincent BARKER", 0, 14, "Vincent Barker")]
    doc.places = [Place("K1", 22, 24, "K1 Air Base", 35.507, 44.282, "IQ", "installation", 3.0)]
    doc.timexes = [Timex("March 29", 28, 36, "DATE", "2020-03-29", date(2020, 3, 29), date(2020, 3, 29))]
    doc.events = [Event("withdrawal", doc.text, 0, len(doc.text), date=EventDate(date(2020, 3, 29), date(2020, 3, 29), "March 29"),
                        location=Location("K1 Air Base", 35.507, 44.282, "IQ"), actors=["US-led coalition"],
                        quantities={"personnel": 300.0})]
    d = json.loads(json.dumps(doc.to_dict()))
    for key in ("id", "source", "title", "published", "published_inferred", "text", "entities", "places",
                "timexes", "events"):
        assert key in d
    ev = d["events"][0]
    for key in ("type", "modality", "date", "location", "actors", "targets", "quantities", "acled",
                "evidence", "confidence"):
        assert key in ev
    assert ev["quantities"] == {"personnel": 300} and ev["date"]["start"] == "2020-03-29"
    assert Document.from_dict(d).to_dict() == d
