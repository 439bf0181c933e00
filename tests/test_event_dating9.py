"""Dates of acts told by weekdays in a report with no dateline, and of acts counted from another ("two days
after jets struck the camps in retaliation for the ambush of 14 May"); sentences written for these tests."""
from __future__ import annotations

from datetime import date

from sitrep.timex import Tagger, infer_published
from written_articles import process_text


def dated(doc, trigger):
    (e,) = [e for e in doc.events if e.trigger == trigger]
    return (e.date.start, e.date.end) if e.date is not None else None


# -- a report with no publication date: its weekdays counted from the day it names ------------------

def test_a_weekday_after_a_day_told_without_its_year(pipeline):
    # 2 November 2022 is a Wednesday; the year is the one after "early 2022" the day fits
    text = ("Kidal update\n\nMortar rounds struck the airport at Kidal on Friday, wounding four "
            "peacekeepers, two days after the raid of 2 November on the same base. Attacks on the mission have "
            "grown since early 2022.")
    assert infer_published(Tagger(), text, pipeline.language.nlp(text)) == date(2022, 11, 4)


def test_the_latest_weekday_told_sets_the_week(pipeline):
    text = ("Shelling resumes near Bakhmut\n\nArtillery shelled the outskirts of the town on Sunday and again on "
            "Tuesday, officials said. The truce of 2 November had lasted less than a week. Fighting there has "
            "raged since early 2022.")
    # Wednesday 2 November 2022: the Sunday after it is the 6th, the Tuesday the 8th
    assert infer_published(Tagger(), text, pipeline.language.nlp(text)) == date(2022, 11, 8)


def test_a_year_that_two_years_fit_dates_nothing(pipeline):
    text = ("Drones over the port\n\nDrones struck the port on Friday, a day after the strike of 2 November. The "
            "port was first hit in 2022.")
    assert infer_published(Tagger(), text, pipeline.language.nlp(text)) is None


def test_a_full_date_after_the_weekdays_with_no_count_is_history(pipeline):
    text = ("Air defences busy over Kyiv\n\nUkrainian air defences shot down 20 drones over the capital on "
            "Monday. Russia first invaded the country on 24 February 2022.")
    assert infer_published(Tagger(), text, pipeline.language.nlp(text)) is None


def test_a_full_date_the_report_counts_from_sets_the_week(pipeline):
    # Friday 9 June 2023 is the day the assault is counted from; the Sunday after is the 11th
    text = ("Militants storm a post in Niger\n\nGunmen stormed an army post near Tillaberi on Sunday, killing "
            "seven soldiers, two days after the army bombed militant camps. The camps had been used for the "
            "ambush of 9 June 2023.")
    assert infer_published(Tagger(), text, pipeline.language.nlp(text)) == date(2023, 6, 11)


def test_the_days_of_a_report_with_no_dateline_fuse_with_others(pipeline):
    text = ("Kidal update\n\nMortar rounds struck the airport at Kidal on Friday, wounding four "
            "peacekeepers, two days after the raid of 2 November on the same base. Attacks on the mission have "
            "grown since early 2022.")
    doc = process_text(pipeline, text, None)
    assert doc.published_inferred
    assert dated(doc, "struck") == (date(2022, 11, 4), date(2022, 11, 4))


# -- "N days after X": X's day where the text dates it, the other counted from it -------------------

def test_an_act_counted_back_is_not_dated_by_the_act_it_answered(pipeline):
    text = ("Sudan update\n\nRebels shelled the garrison at Kadugli on Sunday, 21 May.\n\nThe shelling came less "
            "than two days after army aircraft struck four rebel depots in retaliation for the ambush of 14 May.")
    doc = process_text(pipeline, text, "2023-05-24")
    assert dated(doc, "struck") == (date(2023, 5, 19), date(2023, 5, 19))
    assert dated(doc, "ambush") == (date(2023, 5, 14), date(2023, 5, 14))


def test_the_main_clause_goes_on_with_the_story_not_the_day_before_it(pipeline):
    # the day told before is the assault's (the same act), not the day of what it came after
    text = ("Sudan update\n\nRebels stormed the garrison at Kadugli on Sunday, 21 May. The assault came two "
            "days after army jets bombed rebel camps in retaliation for the ambush of 14 May.")
    doc = process_text(pipeline, text, "2023-05-24")
    assert all(e.date is not None and e.date.start != date(2023, 5, 23) for e in doc.events)


def test_an_act_counted_on_from_one_told_before(pipeline):
    text = ("Sudan update\n\nParamilitary fighters attacked the airport in El Obeid on 12 May. Army jets bombed "
            "their positions near the city two days after the attack.")
    doc = process_text(pipeline, text, "2023-05-25")
    assert dated(doc, "bombed") == (date(2023, 5, 14), date(2023, 5, 14))


def test_a_counted_day_holds_against_the_scene_told_before(pipeline):
    text = ("Gaza update\n\nMilitants attacked a checkpoint in Rafah on 6 June, killing two soldiers. Israeli tanks "
            "pushed into western Rafah three days after the attack.")
    doc = process_text(pipeline, text, "2024-06-12")
    assert dated(doc, "pushed") == (date(2024, 6, 9), date(2024, 6, 9))


# -- a stretch that begins on a day: "from July 9", "from 6 to 9 April" ----------------------------

def test_a_deployment_from_a_day_begins_on_it(pipeline):
    text = "Deployment update\n\nThe battalion will be deployed to Lithuania from July 9, the ministry said on Monday."
    doc = process_text(pipeline, text, "2023-06-20")
    assert dated(doc, "deployed") == (date(2023, 7, 9), date(2023, 7, 9))


def test_a_range_the_parse_hangs_on_its_closing_day(pipeline):
    text = "Drills update\n\nChina held military drills around Taiwan from 6 to 9 April, the ministry said."
    doc = process_text(pipeline, text, "2023-06-20")
    (e,) = [e for e in doc.events if e.type == "exercise"]
    assert (e.date.start, e.date.end) == (date(2023, 4, 6), date(2023, 4, 9))


def test_a_figure_compared_with_keeps_no_day_of_the_act(pipeline):
    text = "Troops update\n\nThe number of French troops in Mali fell to 2,400 in May, down from 5,100 in 2021."
    doc = process_text(pipeline, text, "2023-06-20")
    (e,) = [e for e in doc.events if e.type == "troop_level"]
    assert (e.date.start, e.date.end) == (date(2023, 5, 1), date(2023, 5, 31))


# -- an act told in the present perfect with no time: on or before the report's day -----------------

def test_an_act_told_as_done_by_the_report_lies_on_or_before_its_day(pipeline):
    doc = process_text(pipeline, "Sahel update\n\nFrance has begun to withdraw its troops from Niger, the army said.",
                       "2023-10-12")
    assert dated(doc, "withdraw") == (date(2023, 10, 10), date(2023, 10, 12))


def test_acts_of_the_perfect_in_a_second_sentence(pipeline):
    doc = process_text(pipeline, "Jordan update\n\nHundreds of US Marines have arrived in Jordan. The UN has evacuated "
                                 "its staff from Juba.", "2023-10-12")
    assert dated(doc, "arrived") == (date(2023, 10, 10), date(2023, 10, 12))
    assert dated(doc, "evacuated") == (date(2023, 10, 10), date(2023, 10, 12))


def test_a_reaction_in_the_perfect_stays_on_the_reports_day(pipeline):
    doc = process_text(pipeline, "Iraq update\n\nThe foreign ministry has condemned the rocket attack on the "
                                 "embassy in Baghdad.", "2023-10-12")
    (e,) = [e for e in doc.events if e.type == "statement"]
    assert (e.date.start, e.date.end) == (date(2023, 10, 12), date(2023, 10, 12))


# -- a report of an earlier act: the act's own time, not the report's ------------------------------

def test_an_act_reported_as_during_a_period_takes_the_periods_time(pipeline):
    text = ("Colombia update\n\nThe ELN said on Monday that army jets had bombed its camps in Arauca during the "
            "ceasefire over Christmas.")
    doc = process_text(pipeline, text, "2024-01-05")
    assert dated(doc, "bombed") == (date(2023, 12, 25), date(2023, 12, 25))


def test_days_told_without_a_year_and_no_weekday(pipeline):
    text = ("Darfur update\n\nRebels took the airport at Nyala on 9 June after two days of fighting. Fighting in "
            "the region has raged since early 2023.")
    assert infer_published(Tagger(), text, pipeline.language.nlp(text)) == date(2023, 6, 10)


def test_later_that_month_after_a_stretch_of_it(pipeline):
    text = ("Sudan update\n\nFighting broke out in Khartoum in early April. Later that month, the RSF seized the "
            "airport in Nyala.")
    doc = process_text(pipeline, text, "2023-06-20")
    assert dated(doc, "seized") == (date(2023, 4, 10), date(2023, 4, 30))


# -- timelines: each line's act takes its line's day ------------------------------------------------

def test_a_timeline_of_abbreviated_days_dates_each_line(pipeline):
    text = ("Timeline\n\n• 8 Oct: Hamas fighters stormed towns in southern Israel.\n• 14 Oct: Israeli jets bombed "
            "Gaza City.\n• 27 Oct: Israeli troops entered northern Gaza.")
    doc = process_text(pipeline, text, "2024-11-20")
    assert dated(doc, "stormed") == (date(2024, 10, 8), date(2024, 10, 8))
    assert dated(doc, "bombed") == (date(2024, 10, 14), date(2024, 10, 14))
    assert dated(doc, "entered") == (date(2024, 10, 27), date(2024, 10, 27))


def test_a_statement_is_dated_by_the_statement_it_was_made_in(pipeline):
    text = ("Colombia update\n\nThe ELN condemned the bombing of its camps during the Christmas ceasefire, in a "
            "statement on Monday.")
    doc = process_text(pipeline, text, "2024-01-05")
    assert dated(doc, "condemned") == (date(2024, 1, 1), date(2024, 1, 1))
    text = "Update\n\nThe ministry denounced the attack of 30 December on its embassy in a statement on Tuesday."
    doc = process_text(pipeline, text, "2024-01-05")
    assert dated(doc, "denounced") == (date(2024, 1, 2), date(2024, 1, 2))
