"""The time told right after a verb of saying, before the clause it reports, is the saying's, however
the parse hangs it ("NATO said on Saturday it had suspended the exercise"); so is the time of the
occasion a saying is told at ("Speaking in Paris on Thursday, Macron said ..."). Sentences written for
these tests."""
from __future__ import annotations

from datetime import date

from written_articles import runner


run = runner("2024-01-12")


def statement(doc):
    (e,) = [e for e in doc.events if e.type == "statement"]
    return (e.date.start, e.date.end) if e.date is not None else None


def test_a_day_before_the_reported_subject_is_the_sayings(pipeline):
    doc = run(pipeline, "Latest news from the region\nNATO said on Saturday it had suspended the air exercise "
                        "over the Baltic.")
    assert statement(doc) == (date(2024, 1, 6), date(2024, 1, 6))


def test_a_bare_day_before_the_reported_clause(pipeline):
    doc = run(pipeline, "Latest news from the region\nThe defence ministry in Ankara said on Monday its jets had "
                        "destroyed 20 targets in northern Iraq.")
    assert statement(doc) == (date(2024, 1, 8), date(2024, 1, 8))


def test_the_occasion_of_the_saying_dates_it(pipeline):
    doc = run(pipeline, "Latest news from the region\nSpeaking in Brussels on Monday, Stoltenberg said the "
                        "alliance was ready.")
    assert statement(doc) == (date(2024, 1, 8), date(2024, 1, 8))


def test_a_time_inside_what_is_said_still_does_not_date_the_saying(pipeline):
    doc = run(pipeline, "Latest news from the region\nNATO said it had suspended the air exercise over the "
                        "Baltic on Saturday.")
    assert statement(doc) == (date(2024, 1, 12), date(2024, 1, 12))


def test_the_reported_act_keeps_its_own_day(pipeline):
    doc = run(pipeline, "Latest news from the region\nThe Pentagon confirmed on Friday that a drone struck a "
                        "base in Syria on 3 January.")
    (strike,) = [e for e in doc.events if e.type == "airstrike"]
    assert (strike.date.start, strike.date.end) == (date(2024, 1, 3), date(2024, 1, 3))


def test_the_reported_act_with_no_day_of_its_own_is_of_the_sayings(pipeline):
    doc = run(pipeline, "Latest news from the region\nOfficials said Monday the convoy was attacked near "
                        "Kandahar.")
    (attack,) = [e for e in doc.events if e.type != "statement"]
    assert attack.date.end == date(2024, 1, 8)
