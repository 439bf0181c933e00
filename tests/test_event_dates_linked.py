"""Acts linked by a span ("ten days after X, Y", "two days before X, Y"): the span relates the main
clause's act to the one the after/before phrase tells; each on sentences written for these tests."""
from __future__ import annotations

from datetime import date

from written_articles import process_text as run


def dated(doc, trigger):
    (e,) = [e for e in doc.events if e.trigger == trigger]
    return e.date.start if e.date is not None else None


def test_the_act_after_the_phrase_keeps_its_own_day(pipeline):
    """'ten days after the parliament passed the bill on 7 March': the passing's own day wins."""
    doc = run(pipeline, "Latest news from the region\nProtesters marched in Tbilisi on 17 March, ten days after "
                        "parliament passed the foreign agents bill on 7 March.", "2023-03-20")
    assert dated(doc, "passed") == date(2023, 3, 7)
    assert dated(doc, "marched") == date(2023, 3, 17)


def test_a_fronted_phrase_counts_back_from_the_main_clauses_own_day(pipeline):
    """'Nine days after a drone hit the base, jets bombed the depots on Sunday, 11 February': the
    drone strike is nine days before that Sunday, whatever the story told before."""
    doc = run(pipeline, "Latest news from the region\nOn 30 January rebels shelled the port of Hodeidah.\n\n"
                        "Nine days after a drone struck the desert outpost, American jets bombed ammunition "
                        "depots in eastern Syria on Sunday, 11 February.", "2024-02-13")
    assert dated(doc, "struck") == date(2024, 2, 2)


def test_a_main_clause_in_the_present_counts_from_the_report(pipeline):
    """'Six weeks after militants overran the camp, the army still gives no toll': the report's present
    is the anchor, so the overrun is six weeks before it."""
    doc = run(pipeline, "Latest news from the region\nSix weeks after militants overran the border camp, the "
                        "army still gives no toll.", "2024-02-29")
    (e,) = [e for e in doc.events if e.trigger == "overran"]
    # six weeks is a round count: a window of a few days around 18 January
    assert e.date.start <= date(2024, 1, 18) <= e.date.end and (e.date.end - e.date.start).days <= 7
    doc = run(pipeline, "Latest news from the region\nThree weeks after fighters besieged the town of Bakhmut, "
                        "residents are still trapped in cellars.", "2023-03-15")
    (e,) = [e for e in doc.events if e.trigger == "besieged"]
    assert e.date.start <= date(2023, 2, 22) <= e.date.end and (e.date.end - e.date.start).days <= 7


def test_days_before_an_act_dated_in_the_phrase(pipeline):
    """'Two days before the vote on Sunday, 4 June, gunmen attacked the polling station': the vote is
    on 4 June, the attack two days before it (not the vote's day, not an act told as history)."""
    doc = run(pipeline, "Latest news from the region\nTwo days before the vote on Sunday, 4 June, gunmen "
                        "attacked the polling station in Kidal.", "2023-06-10")
    # the attack's trigger is the verb or, once 'Kidal' reads as a town, its doers ('gunmen')
    (attack,) = [e for e in doc.events if e.trigger in ("attacked", "gunmen")]
    assert attack.date.start == date(2023, 6, 2)
    assert dated(doc, "vote") == date(2023, 6, 4)


def test_days_before_an_act_dated_in_the_next_sentence(pipeline):
    """'Five days before the summit, jets bombed a market in Idlib. The summit opened on 12 March':
    five days before the summit's day told after it."""
    doc = run(pipeline, "Latest news from the region\nFive days before the summit, jets bombed a market in Idlib. "
                        "The summit opened in Geneva on 12 March.", "2023-03-15")
    assert dated(doc, "bombed") == date(2023, 3, 7)


def test_an_act_told_in_the_present_counts_on_from_the_dated_one(pipeline):
    """'The capture of the town comes just ten days after the president sacked his army chief on 8
    February': the capture is ten days after that day, not the report's present."""
    doc = run(pipeline, "Latest news from the region\nThe rebels' capture of the town comes just ten days after "
                        "the president sacked his army chief on 8 February.", "2024-02-20")
    assert dated(doc, "capture") == date(2024, 2, 18)
    assert dated(doc, "sacked") == date(2024, 2, 8)


def test_minutes_and_hours_before_a_time_of_day_keep_its_day(pipeline):
    """'a minute before midnight on Monday' is Monday ('PT1M' is a minute, not a month);
    'two hours before dawn on Friday' is Friday."""
    doc = run(pipeline, "Latest news from the region\nThe last transport plane took off from the capital's "
                        "airport a minute before midnight on Monday, ending the evacuation.", "2021-08-31")
    assert dated(doc, "took") == date(2021, 8, 30)
    doc = run(pipeline, "Latest news from the region\nThe convoy left the base two hours before dawn on "
                        "Friday.", "2022-05-08")
    assert dated(doc, "left") == date(2022, 5, 6)
