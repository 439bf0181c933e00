"""Event arguments (date, place, actor) chosen for detected events: general mechanisms of news
English, each on sentences written for these tests."""
from __future__ import annotations

from datetime import date

from sitrep.model import RawArticle
from sitrep.timex.dating import infer_published
from sitrep.timex.tagger import Tagger


def run(pipeline, text, published="2021-06-14"):
    return pipeline.process(RawArticle(source="test", id="t", text=text, published=published, exact_text=True))


def events(doc, kind):
    return [e for e in doc.events if e.type == kind]


# -- dates -----------------------------------------------------------------------------------
def test_day_and_month_with_a_counted_year():
    """'27 October last year' is a day, its year counted from the report's, not the month."""
    found = Tagger().tag("On 14 March last year, rebels overran an army post.", date(2024, 8, 4), None)
    day = next(f for f in found if f.type == "DATE")
    assert day.value == "2023-03-14"
    found = Tagger().tag("Militants attacked the camp on May 2 this year.", date(2024, 8, 4), None)
    assert next(f for f in found if f.type == "DATE").value == "2024-05-02"


def test_clock_time_with_a_full_date_keeps_its_year():
    text = "The raid began at about 3 a.m. on Friday, April 7, 2017, the ministry said."
    found = Tagger().tag(text, None, None)
    clock = next(f for f in found if f.type == "TIME")
    assert clock.value.startswith("2017-04-07") and clock.explicit_year


def test_a_full_date_with_its_weekday_dates_the_reports_week():
    """The lead tells 'on Thursday' before the one full date, which names that weekday: the report's
    weekdays are that date's week, and it was written on the latest of them told in the past."""
    text = ("Officials said on Friday that the truce was holding.\n\n"
            "A truce proposed on Thursday morning had failed by noon. The fighting started before dawn "
            "on Thursday, March 2, 2023, when militia fighters shelled two villages.")
    assert infer_published(Tagger(), text) == date(2023, 3, 3)


# -- places ----------------------------------------------------------------------------------
def test_towns_shelled_with_artillery_are_one_event_each(pipeline):
    """The act told by its means ('shelled A, B and C with artillery') is located by the verb's clause."""
    doc = run(pipeline, "On Sunday, Azerbaijani forces shelled Goris, Kapan and Jermuk with artillery and mortars, "
                        "the ministry said.")
    places = sorted((e.location.name or "") for e in doc.events if e.location)
    assert len(places) == 3 and "Kapan" in places


# -- actors ----------------------------------------------------------------------------------
def test_its_weapons_in_reported_speech_are_the_speakers(pipeline):
    doc = run(pipeline, "Ankara said its jets struck targets in northern Iraq on Sunday.")
    (ev,) = events(doc, "airstrike")
    assert any("Turk" in a or "Ankara" in a for a in ev.actors)
