"""'The same day', 'that day', 'hours later', 'the next morning' count from the day of the act
last told, not from a time told behind it (after "after", "since", in a relative clause) nor
from the day a report of it was made; sentences written for these tests."""
from __future__ import annotations

from datetime import date

from written_articles import runner


run = runner("2022-08-12")


def dated(doc, trigger):
    (e,) = [e for e in doc.events if e.trigger == trigger]
    return (e.date.start, e.date.end) if e.date is not None else None


def test_the_same_day_is_not_a_day_told_behind_the_act(pipeline):
    doc = run(pipeline, "Latest news from the region\nChina began live-fire drills on Thursday, a week after Nancy "
                        "Pelosi visited Taipei on 2 August. Japan lodged a protest with Beijing the same day.")
    assert dated(doc, "lodged") == (date(2022, 8, 11), date(2022, 8, 11))


def test_hours_later_is_the_acts_day_not_the_reports(pipeline):
    doc = run(pipeline, "Latest news from the region\nRussian missiles struck a mall in Kremenchuk on Monday, the "
                        "ministry said on Wednesday. Hours later, Ukraine shelled a Russian base near Kherson.")
    assert dated(doc, "shelled") == (date(2022, 8, 8), date(2022, 8, 8))


def test_the_next_morning_after_a_relative_clauses_time(pipeline):
    doc = run(pipeline, "Latest news from the region\nOn Tuesday gunmen attacked the police station in Kano, which "
                        "had been raided on 14 May. The next morning, troops arrested twelve suspects in the city.")
    assert dated(doc, "arrested") == (date(2022, 8, 10), date(2022, 8, 10))


def test_hours_later_goes_on_from_the_main_clause_not_the_act_it_looks_back_to(pipeline):
    doc = run(pipeline, "Latest news from the region\nThe militia attacked the convoy on 3 August, two weeks after "
                        "it ambushed a patrol on 20 July.\n\nHours later, police arrested five suspects in Gao.")
    assert dated(doc, "arrested") == (date(2022, 8, 3), date(2022, 8, 3))
