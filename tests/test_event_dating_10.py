"""Dates of acts counted from a named act, told on two days or over a stretch, reported by a dated saying;
sentences written for these tests."""
from __future__ import annotations

from datetime import date

from sitrep.timex import Tagger
from written_articles import process_text


def dated(doc, trigger):
    (e,) = [e for e in doc.events if e.trigger == trigger]
    return (e.date.start, e.date.end) if e.date is not None else None


# -- a day counted from a named act, not the day its telling was said on -------------------------

def test_counted_from_the_named_act_not_from_the_day_it_was_told(pipeline):
    # Monday 11 March 2024; the Pentagon's Thursday is when it told of the strikes
    doc = process_text(pipeline, "Militants bombed a police station in Kirkuk on Monday. The day after the bombing, "
                                 "US aircraft carried out three strikes on their hideouts in the desert, the "
                                 "Pentagon said on Thursday.", "2024-03-15")
    assert dated(doc, "carried") == (date(2024, 3, 12), date(2024, 3, 12))


def test_a_week_after_the_ambush_told_by_the_army_later(pipeline):
    doc = process_text(pipeline, "Gunmen ambushed an army convoy near Gao on 3 May. Troops were sent to the area on "
                                 "6 May. A week after the ambush, French jets bombed a militant camp east of the "
                                 "town, the army said on Monday.", "2024-05-20")
    assert dated(doc, "bombed") == (date(2024, 5, 10), date(2024, 5, 10))


def test_the_named_act_is_found_by_its_verb(pipeline):
    # "the bombing" names the act "bombed" told on Tuesday 12 March, not the minister's Wednesday
    doc = process_text(pipeline, "Militants bombed a police station in Kirkuk on Tuesday, killing four officers. On "
                                 "Wednesday the interior minister visited the city. Two days after the bombing, US "
                                 "aircraft carried out three strikes on their hideouts in the desert.", "2024-03-15")
    assert dated(doc, "carried") == (date(2024, 3, 14), date(2024, 3, 14))


def test_a_day_the_main_clause_tells_itself_stays(pipeline):
    doc = process_text(pipeline, "Militants bombed a police station in Kirkuk on Monday. Two days after the bombing, "
                                 "on Wednesday, US aircraft carried out three strikes on their hideouts, the "
                                 "Pentagon said on Thursday.", "2024-03-15")
    assert dated(doc, "carried") == (date(2024, 3, 13), date(2024, 3, 13))


def test_the_morning_after_an_act_is_counted_from_it():
    found = Tagger().tag("Gunmen attacked a checkpoint near Garissa on Tuesday. The morning after the attack, "
                         "soldiers raided a hideout.", date(2024, 3, 15))
    (morning,) = [f for f in found if f.type == "TIME"]
    assert morning.anchor == "event-after:P1D"
    found = Tagger().tag("Rebels shelled the port on 3 May. The night before the shelling, drones struck the "
                         "airport.", date(2024, 3, 15))
    (night,) = [f for f in found if f.type == "TIME"]
    assert night.anchor == "event-before:P1D"


def test_hours_later_is_the_day_just_told(pipeline):
    doc = process_text(pipeline, "A car bomb exploded outside the governor's office in Mogadishu on Wednesday. Hours "
                                 "later, police arrested three suspects in the city.", "2024-03-08")
    assert dated(doc, "arrested") == (date(2024, 3, 6), date(2024, 3, 6))
    doc = process_text(pipeline, "Gunmen stormed a hotel in Kismayo on 12 July. Hours later, soldiers arrested two "
                                 "men, the police said on Friday.", "2024-03-08")
    assert dated(doc, "arrested") == (date(2023, 7, 12), date(2023, 7, 12))


def test_days_later_is_no_count_of_hours():
    found = Tagger().tag("A bomb exploded on Wednesday. Days later, police arrested three men.", date(2024, 3, 8))
    assert not any((f.anchor or "").startswith("event-") for f in found)


# -- two days joined by "and", a range of a day and its hour ----------------------------------------

def test_drills_on_two_days_cover_both(pipeline):
    # Tuesday 9 and Thursday 11 April 2024
    doc = process_text(pipeline, "The army held live-fire drills in the south on Tuesday and Thursday, the ministry "
                                 "said.", "2024-04-13")
    assert dated(doc, "drills") == (date(2024, 4, 9), date(2024, 4, 11))
    doc = process_text(pipeline, "Chinese warships held drills near the island on Monday and Wednesday, Taiwan's "
                                 "defence ministry said.", "2024-04-13")
    assert dated(doc, "held") == (date(2024, 4, 8), date(2024, 4, 10))


def test_two_days_far_apart_make_no_stretch(pipeline):
    doc = process_text(pipeline, "The army shelled the village on 3 March and 20 March, residents said.", "2024-03-25")
    assert dated(doc, "shelled") == (date(2024, 3, 3), date(2024, 3, 3))


def test_a_second_day_of_another_clause_is_its_own(pipeline):
    doc = process_text(pipeline, "Syrian artillery fire killed seven Turkish soldiers near the town on Feb. 3, and on "
                                 "Feb. 10 five more Turkish soldiers died in shelling.", "2020-02-20")
    assert dated(doc, "fire") == (date(2020, 2, 3), date(2020, 2, 3))
    assert dated(doc, "died") == (date(2020, 2, 10), date(2020, 2, 10))


def test_from_a_day_at_noon_to_another_at_noon(pipeline):
    doc = process_text(pipeline, "China's navy said it would hold drills around the island from Thursday noon to "
                                 "Sunday noon.", "2024-04-08")
    assert dated(doc, "hold") == (date(2024, 4, 11), date(2024, 4, 14))
    doc = process_text(pipeline, "The air force held drills over the desert from Tuesday noon to Friday noon.",
                       "2024-03-15")
    assert dated(doc, "held") == (date(2024, 3, 12), date(2024, 3, 15))


# -- within a week of a dated act ----------------------------------------------------------------

def test_within_a_week_is_the_seven_days_after(pipeline):
    doc = process_text(pipeline, "Militants attacked a police post in Garissa on 5 June. Within a week, police "
                                 "arrested six suspects.", "2024-06-20")
    assert dated(doc, "arrested") == (date(2024, 6, 6), date(2024, 6, 12))


def test_within_hours_may_be_that_day(pipeline):
    doc = process_text(pipeline, "Gunmen attacked a police post in Garissa on 5 June. Within hours, police arrested "
                                 "six suspects.", "2024-06-20")
    start, _ = dated(doc, "arrested")
    assert start == date(2024, 6, 5)


# -- the holidays from Christmas to New Year --------------------------------------------------------

def test_over_christmas_and_new_year_is_the_holidays(pipeline):
    doc = process_text(pipeline, "Militants shelled the town of Beni over Christmas and New Year, killing 14 "
                                 "civilians.", "2024-01-05")
    assert dated(doc, "shelled") == (date(2023, 12, 24), date(2024, 1, 1))
    doc = process_text(pipeline, "Rebels attacked several army posts in the east over Christmas and the New Year, "
                                 "the ministry said.", "2024-01-08")
    assert dated(doc, "attacked") == (date(2023, 12, 24), date(2024, 1, 1))


def test_christmas_alone_stays_its_day(pipeline):
    doc = process_text(pipeline, "Rebels attacked army posts near Beni over Christmas, the army said.", "2024-01-08")
    assert dated(doc, "attacked") == (date(2023, 12, 25), date(2023, 12, 25))


# -- an act a dated saying reports, beside a clause with a day of its own -----------------------------

def test_the_saying_that_reports_the_act_dates_it(pipeline):
    doc = process_text(pipeline, "Early on 2 March the army crossed the river, and on Friday 10 March a commander "
                                 "said his units had surrounded the town.", "2023-03-12")
    assert dated(doc, "surrounded") == (date(2023, 3, 10), date(2023, 3, 10))
    doc = process_text(pipeline, "At dawn on 1 March rebels shelled the bridge, and on Thursday 9 March their leader "
                                 "said his fighters had seized the airport.", "2023-03-12")
    assert dated(doc, "seized") == (date(2023, 3, 9), date(2023, 3, 9))
    assert dated(doc, "shelled") == (date(2023, 3, 1), date(2023, 3, 1))


# -- an act named again under a dated saying ---------------------------------------------------------

def test_an_act_named_again_keeps_its_day_not_the_saying(pipeline):
    # Thursday 7 March 2024; the police told of it on Saturday
    doc = process_text(pipeline, "Thursday's suicide bombing at the gate of the base killed nine soldiers. The "
                                 "bombing was carried out by a teenager, police said on Saturday.", "2024-03-11")
    assert [(e.date.start, e.date.end) for e in doc.events if e.trigger == "bombing"] == \
        [(date(2024, 3, 7), date(2024, 3, 7))]
    doc = process_text(pipeline, "A suicide bomber attacked the gate of the army base in Mogadishu on Thursday, "
                                 "killing nine soldiers. The attack was carried out by a teenager from Baidoa, police "
                                 "said on Saturday.", "2024-03-11")
    assert all(e.date.start == date(2024, 3, 7) for e in doc.events if e.date is not None)


def test_an_act_told_first_under_a_dated_saying_takes_its_day(pipeline):
    doc = process_text(pipeline, "The strike killed five fighters near Idlib, the Turkish ministry said on Saturday.",
                       "2024-03-11")
    assert dated(doc, "strike") == (date(2024, 3, 9), date(2024, 3, 9))


# -- within hours of a named act ----------------------------------------------------------------

def test_claimed_within_hours_of_the_act_it_names(pipeline):
    # Thursday 12 and Tuesday 10 September 2019, not the day told just before the claim
    doc = process_text(pipeline, "Gunmen attacked a hotel in Mogadishu on Thursday, killing 12 people. The president "
                                 "visited the wounded on Friday. Within hours, al-Shabaab had claimed responsibility "
                                 "for the attack.", "2019-09-16")
    assert dated(doc, "claimed") == (date(2019, 9, 12), date(2019, 9, 12))
    doc = process_text(pipeline, "Militants bombed a police station in Kirkuk on Tuesday, killing four officers. On "
                                 "Wednesday the interior minister visited the city. Within hours Islamic State "
                                 "claimed responsibility for the bombing.", "2019-09-16")
    assert dated(doc, "claimed") == (date(2019, 9, 10), date(2019, 9, 10))


def test_a_claim_with_a_day_of_its_own_keeps_it(pipeline):
    doc = process_text(pipeline, "Gunmen attacked a hotel in Mogadishu on Thursday, killing 12 people. On Saturday, "
                                 "al-Shabaab claimed responsibility for the attack.", "2019-09-16")
    assert dated(doc, "claimed") == (date(2019, 9, 14), date(2019, 9, 14))
