"""A time told in one clause dates that clause's act: the period a reported act fell in, the next
sentence's own day, each of two acts of a sentence; sentences written for these tests."""
from __future__ import annotations

from datetime import date

from written_articles import process_text as run


def days(doc):
    return {e.trigger: e.date.start if e.date is not None else None for e in doc.events}


def test_an_act_within_a_period_its_relative_clause_dates(pipeline):
    """'said this morning that the government had bombed its camps during the truce it declared over
    Christmas': the bombing is within the truce of Christmas, not of the morning of the saying."""
    doc = run(pipeline, "Latest news from the region\nThe group said this morning that the government had "
                        "bombed its camps during the truce it declared over Christmas.", "2023-12-29")
    assert days(doc).get("bombed") == date(2023, 12, 25)
    doc = run(pipeline, "Latest news from the region\nThe rebels said on Friday that jets had struck their "
                        "positions near Idlib amid the ceasefire that took effect on 6 March.", "2020-03-14")
    assert days(doc).get("struck") == date(2020, 3, 6)


def test_a_sentences_own_day_is_not_the_one_told_before(pipeline):
    """'Last month, on July 6, three states signed a treaty. The departure was agreed on May 19.'"""
    doc = run(pipeline, "Latest news from the region\nLast month, on July 6, three states signed a defence "
                        "treaty in Niamey. The departure of French troops was agreed on May 19.", "2023-08-10")
    got = days(doc)
    assert got.get("signed") == date(2023, 7, 6)
    assert got.get("agreed") == date(2023, 5, 19)


def test_each_of_two_acts_of_a_sentence_takes_its_own_day(pipeline):
    doc = run(pipeline, "Latest news from the region\nRebels shelled the airport on Tuesday and seized the "
                        "port on Thursday.", "2020-06-07")
    got = days(doc)
    assert got.get("shelled") == date(2020, 6, 2) and got.get("seized") == date(2020, 6, 4)
    doc = run(pipeline, "Latest news from the region\nSarraj, meeting Erdogan in Ankara on Thursday, promised "
                        "to keep fighting, and on Friday government units entered Tarhuna.", "2020-06-07")
    got = days(doc)
    assert got.get("entered") == date(2020, 6, 5)
    assert got.get("promised") in (None, date(2020, 6, 4))
