"""A day of the month told by its ordinal alone ("On the 17th and 18th", "by the 21st",
"between the 5th and the 9th"): a day of the month the story last named, else of the report's;
sentences written for these tests."""
from __future__ import annotations

from datetime import date

from sitrep.timex.tagger import Tagger

from written_articles import runner


run = runner("2024-09-25")


def span_of(doc, trigger):
    (e,) = [e for e in doc.events if e.trigger == trigger]
    return (e.date.start, e.date.end) if e.date is not None else None


def test_two_ordinals_are_two_days_of_the_reports_month():
    found = Tagger().tag("On the 17th and 18th, pagers exploded across the country.", date(2024, 9, 25))
    assert [(f.value, f.anchor) for f in found] == [("2024-09-17", "publication"), ("2024-09-18", "publication")]


def test_the_month_last_named_gives_the_ordinal_its_month():
    text = "In May, the militia shelled Omdurman. On the 14th, fighters stormed the central market."
    found = Tagger().tag(text, date(2023, 6, 20))
    assert [f.value for f in found] == ["2023-05", "2023-05-14"]


def test_a_day_still_to_come_in_a_past_telling_is_last_months():
    (found,) = Tagger().tag("Rebels shelled the airport on the 28th.", date(2024, 3, 10))
    assert found.value == "2024-02-28"


def test_ordinals_that_count_things_are_no_days():
    text = "The 5th Brigade and the 3rd Infantry Division fought there in the 17th and 18th centuries."
    assert not [f for f in Tagger().tag(text, date(2024, 3, 10)) if f.rule == "ordday"]


def test_an_act_on_the_3rd_of_the_month_told_before(pipeline):
    doc = run(pipeline, "Latest news from the region\nIn August, the army deployed troops to the north. "
                        "Jets struck an arms depot near Tyre on the 3rd.")
    assert span_of(doc, "struck") == (date(2024, 8, 3), date(2024, 8, 3))


def test_between_two_ordinals(pipeline):
    doc = run(pipeline, "Latest news from the region\nBetween the 5th and the 9th, militants fired rockets at Haifa.")
    assert span_of(doc, "fired") == (date(2024, 9, 5), date(2024, 9, 9))


def test_a_later_ordinal_below_the_last_goes_on_into_the_next_month():
    text = "Rebels shelled the airport on the 28th. Troops retook the bridge on the 4th."
    found = Tagger().tag(text, date(2024, 3, 10))
    assert [f.value for f in found] == ["2024-02-28", "2024-03-04"]
