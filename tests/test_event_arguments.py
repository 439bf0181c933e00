"""Event arguments (date, place, actor) chosen for detected events: general mechanisms of news
English, each on sentences written for these tests."""
from __future__ import annotations

from datetime import date

from sitrep.timex.dating import infer_published
from sitrep.timex.tagger import Tagger

from written_articles import runner


run = runner("2021-06-14")


def events(doc, kind):
    return [e for e in doc.events if e.type == kind]


# -- dates -----------------------------------------------------------------------------------
def test_day_and_month_with_a_counted_year():
    """'27 October last year' is a day, its year counted from the report's, not the month."""
    found = Tagger().tag("On 14 March last year, rebels overran an army post.", date(2024, 8, 4), None)
    day = next(f for f in found if f.type == "DATE")
    assert day.value == "2023-03-14"
    found = Tagger().tag("Militants attacked the camp on May 2 this year.", date(2024, 8, 4), None)
    assert next(f for f in found if f.type == "DATE").value == "2024-05-02"


def test_clock_time_with_a_full_date_keeps_its_year():
    text = "The raid began at about 3 a.m. on Friday, April 7, 2017, the ministry said."
    found = Tagger().tag(text, None, None)
    clock = next(f for f in found if f.type == "TIME")
    assert clock.value.startswith("2017-04-07") and clock.explicit_year


def test_a_full_date_with_its_weekday_dates_the_reports_week():
    """The lead tells 'on Thursday' before the one full date, which names that weekday: the report's
    weekdays are that date's week, and it was written on the latest of them told in the past."""
    text = ("Officials said on Friday that the truce was holding.\n\n"
            "A truce proposed on Thursday morning had failed by noon. The fighting started before dawn "
            "on Thursday, March 2, 2023, when militia fighters shelled two villages.")
    assert infer_published(Tagger(), text) == date(2023, 3, 3)


# -- places ----------------------------------------------------------------------------------
def test_towns_shelled_with_artillery_are_one_event_each(pipeline):
    """The act told by its means ('shelled A, B and C with artillery') is located by the verb's clause."""
    doc = run(pipeline, "On Sunday, Azerbaijani forces shelled Goris, Kapan and Jermuk with artillery and mortars, "
                        "the ministry said.")
    places = sorted((e.location.name or "") for e in doc.events if e.location)
    assert len(places) == 3 and "Kapan" in places


# -- actors ----------------------------------------------------------------------------------
def test_its_weapons_in_reported_speech_are_the_speakers(pipeline):
    doc = run(pipeline, "Ankara said its jets struck targets in northern Iraq on Sunday.")
    (ev,) = events(doc, "airstrike")
    assert any("Turk" in a or "Ankara" in a for a in ev.actors)


def test_a_month_of_that_year_is_the_year_told_before():
    found = Tagger().tag("The war began in 2011. In March that year, troops fired on protesters.", date(2017, 7, 10), None)
    assert [f.value for f in found if f.type == "DATE"] == ["2011", "2011-03"]


def test_a_dateline_without_its_year_follows_the_dates_the_report_recalls():
    text = ("Army retakes the city\n\nHOMS, Syria, May 3 (Reuters) - The army said on Wednesday it had retaken "
            "the city. The siege began on Nov. 20, 2016, when rebels cut the last road.")
    assert infer_published(Tagger(), text) == date(2017, 5, 3)


def test_a_step_of_a_timeline_is_another_act(pipeline):
    """'Four days later troops retook the airport' tells a new act, not the capture told just before."""
    text = ("Soldiers recaptured the eastern half of Sinjar on Jan. 10, the army said. "
            "Four days later soldiers retook the Sinjar airport. "
            "On March 3, soldiers recaptured the old city of Sinjar.")
    doc = run(pipeline, text, published="2017-03-20")
    assert len(events(doc, "territory_change")) == 3


def test_the_same_base_is_the_one_named_before_however_far(pipeline):
    text = ("On Tuesday, militants attacked the Inates army camp, killing 71 soldiers. "
            "The government declared three days of mourning. Officials met in Niamey. The president spoke. "
            "Donors pledged aid. The opposition criticised the army. Analysts warned of more attacks. "
            "The same camp lost 18 soldiers in an attack on July 1.")
    doc = run(pipeline, text, published="2019-12-11")
    july = [e for e in doc.events if e.date and e.date.start == date(2019, 7, 1)]
    assert july and july[0].location and "Inates" in (july[0].location.name or "")


def test_pulled_out_of_a_town_is_at_the_town(pipeline):
    doc = run(pipeline, "Russian troops pulled out of the town of Kherson in southern Ukraine on Friday.")
    (ev,) = events(doc, "withdrawal")
    assert ev.location.name == "Kherson"


def test_troops_from_a_country_are_its_force_not_the_place(pipeline):
    doc = run(pipeline, "About 400 police officers from Kenya landed in Port-au-Prince on Tuesday.")
    (ev,) = events(doc, "deployment")
    assert ev.location.country == "HT" and ev.actors == ["Kenya"]


def test_a_passive_killing_is_done_by_the_owner_of_its_means(pipeline):
    doc = run(pipeline, "Five soldiers were killed in a Russian missile attack on the base on Monday.")
    assert any("Russia" in a for e in doc.events for a in e.actors)


def test_an_act_told_after_the_clause_is_not_its_subjects(pipeline):
    """'People fled after shelling': those who fled did not shell."""
    doc = run(pipeline, "People fled the town of Izium on Saturday after heavy shelling.")
    assert all("People" not in e.actors for e in doc.events)


def test_weekdays_go_on_from_a_date_written_with_its_weekday(pipeline):
    """'On Tuesday, 5 March ... on Wednesday': the next Wednesday, not the publication's week's."""
    text = ("Saturday, 16 March 2024\n\nThe offensive began on Tuesday, 5 March, when the army shelled the hills. "
            "A ceasefire took effect at noon on Wednesday. On Thursday, rebels attacked a checkpoint near Goma.")
    doc = run(pipeline, text, published="2024-03-16")
    clash = [e for e in doc.events if e.type in ("clash", "attack")]
    assert clash and clash[-1].date.start == date(2024, 3, 7)


def test_a_timeline_line_dates_every_act_told_on_it(pipeline):
    text = ("Ten days in the north\n\n"
            "- 2 May: Rebels launch an offensive on the town of Kidal.\n"
            "- 4 May: Government troops pull out of Kidal. Rebels enter Kidal overnight and free prisoners.\n")
    doc = run(pipeline, text, published="2024-05-10")
    days = sorted({e.date.start for e in doc.events if e.date})
    assert days == [date(2024, 5, 2), date(2024, 5, 4)]


def test_an_act_counted_back_from_the_story_does_not_take_its_day(pipeline):
    """'had seized the town weeks earlier': before the day just told, not on it."""
    text = ("Rebels attacked the army base at Gao on Sunday, killing 12 soldiers. "
            "The rebels had seized the nearby town of Ansongo weeks earlier.")
    doc = run(pipeline, text)
    (capture,) = events(doc, "territory_change")
    assert capture.date is None or capture.date.end < date(2021, 6, 13)


def test_a_dateline_parsed_as_a_subject_is_no_actor(pipeline):
    text = ("Strikes hit the city\n\nKHAN YUNIS, Feb 12 (Reuters) — Airstrikes killed 12 people in a market "
            "on Saturday, health officials said.")
    doc = run(pipeline, text, published="2022-02-13")
    assert doc.events and all(not any("KHAN" in a.upper() or "Airstrike" in a for a in e.actors) for e in doc.events)


def test_gunmen_who_killed_are_the_actor(pipeline):
    doc = run(pipeline, "Gunmen killed 12 people in a market in Maiduguri on Saturday.")
    assert any(e.actors for e in doc.events)


def test_the_group_that_claims_an_attack_is_its_actor(pipeline):
    text = ("A car bomb killed 14 people at a market in Mogadishu on Friday. "
            "The bombing was claimed by al-Shabaab.")
    doc = run(pipeline, text)
    violent = [e for e in doc.events if e.type in ("explosion", "suicide_bombing", "attack")]
    assert violent and any("Shabaab" in a for a in violent[0].actors)
    doc = run(pipeline, "A car bomb killed 14 people at a market in Mogadishu on Friday. "
                        "Al-Shabaab claimed responsibility for the blast.")
    violent = [e for e in doc.events if e.type in ("explosion", "suicide_bombing", "attack")]
    assert violent and any("Shabaab" in a for a in violent[0].actors)


def test_where_an_act_was_reported_is_not_where_it_happened(pipeline):
    doc = run(pipeline, "Speaking in Ankara on Saturday, the minister said troops had captured the village of Qarqar.")
    assert all(e.location is None or e.location.name != "Ankara" for e in doc.events)


def test_targets_listed_after_a_strike_are_its_places(pipeline):
    text = ("Israeli jets carried out strikes in Syria overnight. "
            "Among the targets were weapons depots in Latakia and an air base near Homs.")
    doc = run(pipeline, text)
    places = sorted(e.location.name for e in events(doc, "airstrike") if e.location)
    assert places == ["Homs", "Latakia"]


def test_where_those_who_left_went_is_not_the_place_they_left(pipeline):
    doc = run(pipeline, "The last French soldiers pulled out of Menaka on Monday, heading for Gao.")
    places = [e.location.name for e in events(doc, "withdrawal") if e.location]
    assert places and all("Gao" not in p for p in places)
    doc = run(pipeline, "French troops left the Tessit base on Saturday and flew home to France.")
    assert all(e.location is None or e.location.country != "FR" for e in events(doc, "withdrawal"))


def test_weekdays_after_the_story_moved_past_its_leads_week(pipeline):
    """A lead dated weeks back ('The crisis began on 2 May 2022') whose story has gone on to later
    days ('On 20 May ...') tells its weekdays in the publication's week."""
    text = ("The crisis began on 2 May 2022, when a bomb killed 12 soldiers near Kupwara. On 20 May, jets "
            "struck a camp across the border. Troops exchanged fire along the frontier again on Friday night.")
    doc = run(pipeline, text, published="2022-05-28")
    fire = [e for e in doc.events if "Friday" in (e.date.text if e.date else "")]
    assert fire and fire[0].date.start == date(2022, 5, 27)


def test_n_days_later_counts_on_from_the_day_just_told(pipeline):
    text = ("The offensive began on Oct. 17, 2016, with troops converging on the city. "
            "The assault on the western side started on Feb. 19. "
            "Four days later government forces retook the airport of Mosul.")
    doc = run(pipeline, text, published="2017-07-10")
    (retake,) = events(doc, "territory_change")
    assert retake.date.start == date(2017, 2, 23)


def test_a_town_told_next_places_an_act_placed_only_in_its_country(pipeline):
    text = "Jihadists ambushed a convoy in northern Mali on Sunday. The ambush took place near Gao, the army said."
    doc = run(pipeline, text)
    (ev,) = [e for e in doc.events if e.type in ("clash", "attack")]
    assert ev.location and ev.location.kind != "country" and ev.location.country == "ML"


def test_a_lead_without_its_day_takes_the_day_the_next_sentence_tells(pipeline):
    text = ("Turkey launched air strikes on Kurdish militants in northern Iraq, officials said. "
            "The jets took off from Diyarbakir on Sunday evening.")
    doc = run(pipeline, text)
    (strike,) = events(doc, "airstrike")
    assert strike.date is not None and strike.date.start == date(2021, 6, 13)


def test_whose_force_a_phrase_names(pipeline):
    doc = run(pipeline, "Forces loyal to the government recaptured the town of Bara on Sunday.")
    assert any("government" in a for e in doc.events for a in e.actors)
    doc = run(pipeline, "The militia's fighters overran the army post at Kidal on Sunday.")
    assert any("militia" in a for e in doc.events for a in e.actors)


def test_a_passive_toll_is_done_by_the_subject_of_its_when_clause(pipeline):
    doc = run(pipeline, "At least 20 people were killed on Sunday when militants stormed a village near Djibo.")
    assert any("militants" in e.actors for e in doc.events)
    assert all("Sunday" not in e.actors for e in doc.events)


def test_a_day_named_as_what_a_verb_is_about_dates_no_act(pipeline):
    text = ("Officials said Friday was the deadliest day of the year.\n\n"
            "Gunmen attacked a police post near Djibo, killing four officers.")
    doc = run(pipeline, text, published="2023-06-25")
    attack = [e for e in doc.events if e.type in ("clash", "attack")]
    assert attack and attack[0].date is None


def test_a_person_named_beside_the_word_that_names_him_acts(pipeline):
    text = ("Iran called for calm. Its envoy, Ali Bagheri, met officials in Doha on Wednesday to discuss "
            "the ceasefire.")
    doc = run(pipeline, text, published="2022-11-24")
    assert any("Ali Bagheri" in e.actors or "Iran" in e.actors for e in doc.events if e.type == "diplomacy")


def test_left_a_country_for_another_is_in_the_first(pipeline):
    doc = run(pipeline, "The Egyptian contingent of the UN mission left Mali for Cairo on Monday.")
    (ev,) = events(doc, "withdrawal")
    assert ev.location and ev.location.country == "ML"


def test_the_first_days_of_a_year_are_some_ten_days():
    found = Tagger().tag("Paratroopers were sent to Kuwait in the first days of 2020.", date(2022, 2, 13), None)
    (f,) = [f for f in found if f.type == "DATE"]
    assert f.days == (date(2020, 1, 1), date(2020, 1, 10))


def test_two_days_of_violence_in_one_sentence_are_two_acts(pipeline):
    text = ("Artillery fire killed seven soldiers near Saraqeb on Feb. 3, and on Feb. 10 five more soldiers "
            "died when their post at the Taftanaz air base came under shelling.")
    doc = run(pipeline, text, published="2020-03-06")
    days = sorted(e.date.start for e in doc.events if e.date)
    assert days == [date(2020, 2, 3), date(2020, 2, 10)]
    assert all("their post" not in e.actors for e in doc.events)


def test_a_period_acts_are_counted_in_dates_none_of_them(pipeline):
    """'..., the second such transfer this month': the month counts transfers; the act's day is Tuesday."""
    doc = run(pipeline, "Belgian troops on Tuesday handed over the Kidal airfield to the Malian army, "
                        "the second such transfer this month.", published="2021-06-16")
    (ev,) = events(doc, "handover")
    assert ev.date is not None and ev.date.start == ev.date.end == date(2021, 6, 15)


def test_a_strength_in_the_past_perfect_held_before_the_act(pipeline):
    """'About 200 soldiers had been stationed there' is the state before the handover, not on its day."""
    doc = run(pipeline, "Belgian troops on Tuesday handed over the Kidal airfield to the Malian army.\n\n"
                        "About 200 Belgian soldiers had been stationed at Kidal, an officer said.",
              published="2021-06-16")
    (lvl,) = events(doc, "troop_level")
    assert lvl.date is not None and lvl.date.end < date(2021, 6, 15)


def test_an_operation_is_carried_out_by_its_force(pipeline):
    """'Operation Barkhane killed ...': the force that runs the operation, not its name."""
    doc = run(pipeline, "Operation Barkhane killed a senior militant commander near Gao on Wednesday.")
    ev = next(e for e in doc.events if e.type in ("clash", "airstrike", "attack"))
    assert not any(a.startswith("Operation") for a in ev.actors)
    assert any("French" in a or "France" in a for a in ev.actors)


def test_a_vote_is_where_its_parliament_sits(pipeline):
    """'Ghana's parliament approved sending troops to Mali': the vote is in Ghana (its capital, where the
    parliament sits), the troops go to Mali."""
    doc = run(pipeline, "Ghana's parliament on Thursday approved sending 300 troops to Mali.")
    (vote,) = events(doc, "legislation")
    assert vote.location is not None and vote.location.country == "GH"
    doc = run(pipeline, "The Kenyan parliament voted on Friday to deploy soldiers to Haiti.")
    (vote,) = events(doc, "legislation")
    assert vote.location is not None and vote.location.country == "KE" and vote.location.name == "Nairobi"


def test_states_evacuating_together_are_not_the_place(pipeline):
    """'Kenya and Germany evacuated their nationals from Sudan': each state acts; the place is Sudan."""
    doc = run(pipeline, "Kenya and Germany evacuated their nationals from Sudan on Thursday.")
    evs = events(doc, "withdrawal")   # one act of each state (tests/test_event_split_actors.py)
    assert evs and all(ev.location is not None and ev.location.country == "SD" for ev in evs)


def test_first_person_acts_are_the_speakers(pipeline):
    """'"Our units destroyed three tanks," the Ukrainian defence ministry said': the ministry's side."""
    doc = run(pipeline, '"Our units destroyed three enemy tanks near Kharkiv," the Ukrainian defence ministry '
                        'said on Friday.')
    ev = next(e for e in doc.events if e.actors)
    assert not any(a.lower().startswith("our") for a in ev.actors)
    assert any("Ukrain" in a for a in ev.actors)


def test_a_demonym_phrase_keeps_its_noun(pipeline):
    """'Southern African leaders agreed to send troops': not the adjective 'Southern African' alone."""
    doc = run(pipeline, "Southern African leaders agreed on Wednesday to send troops to Mozambique.")
    assert doc.events and all("Southern African" not in ev.actors for ev in doc.events)


def test_an_act_a_clause_looks_back_to_is_not_dated_by_the_other(pipeline):
    """'Rebels fired rockets at Gao on Wednesday, weeks after the group seized Tessit': the seizure
    was not on Wednesday; nor is an act in the past perfect on the day of the sentence before."""
    doc = run(pipeline, "Rebels fired rockets at Gao airport on Wednesday, weeks after the group seized Tessit.",
              published="2021-09-19")
    (seized,) = events(doc, "territory_change")
    assert seized.date is None or seized.date.end < date(2021, 9, 15)
    doc = run(pipeline, "Jets bombed a militant camp near Kidal on Saturday. The militants had attacked an army "
                        "post near Aguelhok, killing three soldiers.", published="2021-09-19")
    post = next(e for e in doc.events if e.location and e.location.name == "Aguelhok")
    assert post.date is None or post.date.end < date(2021, 9, 18)


def test_a_names_number_is_no_count(pipeline):
    """'the Tower 22 base': the base's name, not twenty-two bases."""
    doc = run(pipeline, "The United States said on Saturday it had completed its withdrawal from the Tower 22 base.")
    assert doc.events and all("bases" not in ev.quantities for ev in doc.events)


def test_they_are_the_subject_of_the_sentence_before(pipeline):
    """'Jihadists ambushed a convoy on Friday. They abducted a driver': the jihadists abducted him."""
    doc = run(pipeline, "Jihadists ambushed a convoy near Menaka on Friday. They abducted a driver and set fire "
                        "to three vehicles.")
    (ev,) = events(doc, "abduction")
    assert ev.actors == ["Jihadists"]


def test_what_was_the_target_is_not_the_actor(pipeline):
    """'The Tessalit camp was the target of a rocket attack': the camp was hit; it hit nothing."""
    doc = run(pipeline, "The Tessalit camp was the target of a rocket attack on Monday that wounded two soldiers.")
    assert doc.events and all(not any("Tessalit" in a for a in ev.actors) for ev in doc.events)
