"""An act still to come with no time of its own is dated from its announcement ("On Monday the
command said it would ...", "announced on Tuesday that it will send troops in the coming days");
sentences written for these tests."""
from __future__ import annotations

from datetime import date

from written_articles import runner


run = runner("2024-01-12")


def planned(doc):
    (e,) = [e for e in doc.events if e.modality == "planned"]
    return (e.date.start, e.date.end) if e.date is not None else None


def test_a_plan_agreed_under_a_dated_statement(pipeline):
    doc = run(pipeline, "Latest news from the region\nAlso on Monday, the president said he had agreed to deploy "
                        "a joint force with Russia.")
    assert planned(doc) == (date(2024, 1, 8), date(2024, 1, 8))


def test_a_threat_is_dated_when_made(pipeline):
    doc = run(pipeline, "Latest news from the region\nThe president warned on Monday that troops would strike back.")
    assert planned(doc) == (date(2024, 1, 8), date(2024, 1, 8))


def test_in_the_coming_days_is_a_window_from_the_announcement(pipeline):
    doc = run(pipeline, "Latest news from the region\nThe defence ministry announced on Tuesday that it will send "
                        "2,000 troops to the border in the coming days.")
    start, end = planned(doc)
    assert start >= date(2024, 1, 9) and date(2024, 1, 12) <= end <= date(2024, 1, 20)


def test_a_plan_told_in_the_present_is_of_the_reports_day(pipeline):
    doc = run(pipeline, "Latest news from the region\nThe Pentagon says it will deploy 3,000 more troops to Poland.")
    assert planned(doc) == (date(2024, 1, 12), date(2024, 1, 12))


def test_the_plans_own_time_wins(pipeline):
    doc = run(pipeline, "Latest news from the region\nOn 3 January the cabinet approved a plan to deploy 500 "
                        "soldiers to Haiti next month.")
    assert planned(doc) == (date(2024, 2, 1), date(2024, 2, 29))
