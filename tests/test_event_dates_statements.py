"""A statement is dated when it was made, never by a time inside what it says; sentences written
for these tests."""
from __future__ import annotations

from datetime import date

from written_articles import runner


run = runner("2024-01-10")


def statement(doc):
    (e,) = [e for e in doc.events if e.type == "statement"]
    return (e.date.start, e.date.end) if e.date is not None else None


def test_a_threat_does_not_take_the_time_of_an_earlier_act_it_recalls(pipeline):
    doc = run(pipeline, "Latest news from the region\nThe Houthis have threatened to attack ships in the Red Sea, "
                        "as they did in November.")
    assert statement(doc) == (date(2024, 1, 10), date(2024, 1, 10))


def test_an_accusation_does_not_take_the_time_of_what_it_accuses(pipeline):
    doc = run(pipeline, "Latest news from the region\nMoscow accused Kyiv of shelling the Zaporizhzhia plant "
                        "last week.")
    assert statement(doc) == (date(2024, 1, 10), date(2024, 1, 10))


def test_the_time_of_the_saying_dates_it(pipeline):
    doc = run(pipeline, "Latest news from the region\nThe ministry accused Kyiv on Tuesday of shelling the plant "
                        "last week.")
    assert statement(doc) == (date(2024, 1, 9), date(2024, 1, 9))


def test_a_truce_is_dated_by_its_own_declaration_not_by_the_statement_about_it(pipeline):
    doc = run(pipeline, "Latest news from the region\nThe group said on Monday that the army had bombed its camps "
                        "during the truce it declared over Christmas.")
    (truce,) = [e for e in doc.events if e.type == "agreement"]
    assert (truce.date.start, truce.date.end) == (date(2023, 12, 25), date(2023, 12, 25))


def test_a_claim_of_an_act_named_with_its_day_is_not_of_that_day(pipeline):
    doc = run(pipeline, "Latest news from the region\nIran vowed revenge for the strike on its consulate in "
                        "Damascus on 1 January.")
    assert statement(doc) == (date(2024, 1, 10), date(2024, 1, 10))
