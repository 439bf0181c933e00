"""Spans told from the story's last day ("within the week", "within days", "in the following
weeks", "later that month"): a stretch after that day, not the calendar week or month of the
report; sentences written for these tests."""
from __future__ import annotations

from datetime import date

from written_articles import runner


run = runner("2020-07-15")


def span_of(doc, trigger):
    (e,) = [e for e in doc.events if e.trigger == trigger]
    return (e.date.start, e.date.end) if e.date is not None else None


def test_within_days_of_the_day_just_told(pipeline):
    doc = run(pipeline, "Latest news from the region\nOn 4 June, government forces captured the town of Tarhuna. "
                        "Within days, rebels withdrew from Bani Walid.")
    start, end = span_of(doc, "withdrew")
    # (the days after the one told: the act told is another, later one)
    assert start == date(2020, 6, 5) and date(2020, 6, 8) <= end <= date(2020, 6, 12)


def test_within_the_week_is_the_week_after_the_day_told(pipeline):
    doc = run(pipeline, "Latest news from the region\nOn 4 June, government forces captured the town of Tarhuna. "
                        "Within the week, rebels seized the airport in Sirte.")
    # at most seven days, from the day after the one told
    assert span_of(doc, "seized") == (date(2020, 6, 5), date(2020, 6, 11))


def test_in_the_following_weeks(pipeline):
    doc = run(pipeline, "Latest news from the region\nJets bombed the port of Hodeidah on 12 March. In the "
                        "following weeks, rebels seized three towns in Marib.")
    start, end = span_of(doc, "seized")
    assert start == date(2020, 3, 13) and date(2020, 3, 26) <= end <= date(2020, 4, 15)


def test_later_that_month_starts_at_the_day_told(pipeline):
    doc = run(pipeline, "Latest news from the region\nRebels captured Bunia on 3 March. Later that month, they "
                        "shelled the airport in Beni.")
    assert span_of(doc, "shelled") == (date(2020, 3, 3), date(2020, 3, 31))


def test_the_following_day_stays_one_day(pipeline):
    doc = run(pipeline, "Latest news from the region\nEU leaders agreed on Wednesday, 15 April, to widen "
                        "sanctions, and Washington announced new sanctions the following day.")
    assert span_of(doc, "announced") == (date(2020, 4, 16), date(2020, 4, 16))


def test_the_previous_days_are_before_the_day_told(pipeline):
    """'On 18 May forces seized the base. Over the preceding weeks, drones struck convoys near it':
    the weeks before the 18th, not that day."""
    doc = run(pipeline, "Latest news from the region\nOn 18 May, government forces seized the al-Watiya air base. "
                        "Over the preceding weeks, Turkish drones struck convoys near the base.")
    start, end = span_of(doc, "struck")
    assert end == date(2020, 5, 17) and start < date(2020, 5, 11)


def test_the_previous_days_told_without_a_preposition(pipeline):
    """'Drones had spent the previous days bombing the defences': the days before the capture."""
    doc = run(pipeline, "Latest news from the region\nRebels captured the airbase on Thursday, 14 May. Drones had "
                        "spent the previous days bombing the base's defences.")
    start, end = span_of(doc, "bombing")
    assert end == date(2020, 5, 13) and start < date(2020, 5, 13)


def test_the_days_before_look_back(pipeline):
    doc = run(pipeline, "Latest news from the region\nRebels captured the airbase on 9 May. In the days before, the "
                        "army had evacuated its wounded soldiers from the base.")
    start, end = span_of(doc, "evacuated")
    assert end == date(2020, 5, 8) and start < date(2020, 5, 8)


def test_the_past_two_weeks_in_the_present_perfect_end_at_the_report(pipeline):
    doc = run(pipeline, "Latest news from the region\nFor the past two weeks the militia has shelled the town of "
                        "Kidal.", published="2020-05-12")
    assert span_of(doc, "shelled") == (date(2020, 4, 28), date(2020, 5, 12))


def test_recent_days_in_the_present_perfect_end_at_the_report(pipeline):
    doc = run(pipeline, "Latest news from the region\nIn recent days, gunmen have attacked several villages in "
                        "Zamfara.", published="2020-05-12")
    start, end = [(e.date.start, e.date.end) for e in doc.events if e.type == "attack"][0]
    assert end == date(2020, 5, 12) and date(2020, 5, 1) <= start < date(2020, 5, 12)


def test_the_past_week_in_the_present_perfect_ends_at_the_report_whatever_else_is_told(pipeline):
    doc = run(pipeline, "Latest news from the region\nOver the past week, Russian forces have shelled Kharkiv almost "
                        "daily.", published="2020-05-12")
    assert span_of(doc, "shelled") == (date(2020, 5, 5), date(2020, 5, 12))
