"""When an act happened, as news narrates it: weekdays told in the present of news, days counted
from an act named elsewhere, a year counted back, flashbacks the story returns from, times of
another clause. Each test on sentences written for it (never text of the briefs)."""
from __future__ import annotations

from datetime import date

from sitrep.timex.tagger import Tagger

from written_articles import process_text as run


def dated(doc, trigger):
    return [e.date for e in doc.events if e.trigger == trigger]


def values(text, published, parsed=None):
    return {text[f.start:f.end]: f.value for f in Tagger().tag(text, published, parsed)}


def parsed_values(pipeline, text, published):
    doc = run(pipeline, text, published.isoformat())
    return {t.text: t.value for t in doc.timexes}


# -- weekdays ------------------------------------------------------------------------------------
def test_weekday_in_the_historical_present_is_the_one_just_past(pipeline):
    """News told in the present ("In Lyon, the minister phones his counterpart on Saturday", in a
    Sunday paper): the weekday just past, not the next week's."""
    sunday = date(2021, 5, 9)
    got = parsed_values(pipeline, "In Lyon, the interior minister phones his German counterpart on Saturday.\n\n"
                                  "Rebel fighters shell the village of Kalanga on Thursday, killing three farmers.",
                        sunday)
    assert got["Saturday"] == "2021-05-08"
    assert got["Thursday"] == "2021-05-06"


def test_weekday_in_the_passive_historical_present_is_the_one_just_past(pipeline):
    """'Two soldiers are killed in shelling on Saturday', in a Sunday paper: the day before."""
    got = parsed_values(pipeline, "Two soldiers are killed in shelling near Kupiansk on Saturday, the army says.",
                        date(2021, 5, 9))
    assert got["Saturday"] == "2021-05-08"


def test_weekday_of_an_arrangement_ahead_stays_ahead(pipeline):
    """The present of a fixed arrangement ("the council meets on Tuesday") and clear markers of
    the future ("will", "is to") keep the coming day."""
    sunday = date(2021, 5, 9)
    got = parsed_values(pipeline, "The regional council meets on Tuesday to discuss the curfew.\n\n"
                                  "The envoy is to travel to Bamako on Friday.\n\n"
                                  "Parliament will vote on the deployment on Thursday.", sunday)
    assert got["Tuesday"] == "2021-05-11"
    assert got["Friday"] == "2021-05-14"
    assert got["Thursday"] == "2021-05-13"


def test_weekday_of_a_reported_would_is_ahead_of_the_saying(pipeline):
    """"said on Saturday that the army would send troops on Wednesday": the Wednesday after the
    Saturday of the saying."""
    got = parsed_values(pipeline, "The governor said on Saturday that the army would send troops to the valley "
                                  "on Wednesday.", date(2022, 3, 14))
    assert got["Saturday"] == "2022-03-12"
    assert got["Wednesday"] == "2022-03-16"


def test_present_tense_act_on_a_weekday_is_asserted_and_past(pipeline):
    """The act itself takes the day just past (and is told as done, not planned)."""
    doc = run(pipeline, "Jets strike a depot near Tartus on Friday, the monitoring group says.", "2024-06-16")
    got = [e for e in doc.events if e.trigger == "strike"]
    assert got and got[0].date is not None and got[0].date.start == date(2024, 6, 14)


# -- counted back, counted from ------------------------------------------------------------------
def test_a_year_ago_is_the_reports_month_a_year_before(pipeline):
    """'A year ago a car bomb hit the port' in a report of 18 January: January of the year before
    (approximately), not the whole year."""
    doc = run(pipeline, "A truck bomb exploded at a checkpoint in Misrata on Friday.\n\n"
                        "A year ago a car bomb exploded in the port of the city, killing 30 people.", "2019-01-18")
    years = [d for d in dated(doc, "bomb") + dated(doc, "exploded") if d is not None and d.start.year == 2018]
    assert years and all((d.start, d.end) == (date(2018, 1, 1), date(2018, 1, 31)) for d in years)


def test_days_after_an_act_the_lead_told_count_from_the_lead(pipeline):
    """'One day after the offensive began, ...' where the story named the offensive only by what
    its lead told ('Troops crossed the border on Tuesday, 6 August'): counted from that day, not
    from the last day the story told."""
    text = ("Troops push deeper into the province\n\n"
            "Government troops crossed the border near Rivas on Tuesday, 6 August, the army said.\n\n"
            "On Friday, 9 August, jets bombed a fuel depot near the town.\n\n"
            "One day after the offensive began, the defence minister told parliament that rebels had "
            "withdrawn from three villages.")
    doc = run(pipeline, text, "2024-08-10")
    got = [d for d in dated(doc, "withdrawn") if d is not None]
    assert got and got[0].start == date(2024, 8, 7)


def test_weeks_after_an_undated_act_are_not_after_the_report(pipeline):
    """'Eleven days after the attack on the camp' with the attack dated nowhere: no day counted on
    from the last day told past the report's own day."""
    text = ("Sudan army sends troops to Darfur\n\n"
            "On Monday, 20 May, rebel fighters stormed the town of Wad Madani.\n\n"
            "Four days later, on 24 May, the army launched a counter-offensive.\n\n"
            "Eleven days after the attack on the camp, the government deployed 2,000 troops to Darfur.")
    doc = run(pipeline, text, "2024-05-30")
    for d in dated(doc, "deployed"):
        assert d is None or d.start <= date(2024, 5, 30)


# -- the story's day -----------------------------------------------------------------------------
def test_the_night_before_is_the_eve_of_the_day_told():
    """'The revolt began the night before, when ...': the night of the day before the one told."""
    text = "On 14 March 2022, the guards seized the palace. The revolt began the night before, when shots rang out."
    assert values(text, date(2022, 3, 15))["the night"].startswith("2022-03-13")


def test_a_flashback_does_not_move_the_story(pipeline):
    """After a paragraph that looks back ('the night before'), the story goes on with the day it
    left, not with the eve ('In Tobruk, a depot caught fire after a drone attacked a convoy')."""
    text = ("Mutineers seize the palace\n\n"
            "On 14 March 2022, mutinous guards seized the presidential palace in Tripoli.\n\n"
            "The revolt began the night before, when the guards accused the minister of firing missiles at "
            "their barracks.\n\n"
            "In Tobruk, a fuel depot caught fire after a drone attacked a convoy of the mutineers.")
    doc = run(pipeline, text, "2022-03-15")
    got = [d for d in dated(doc, "drone") + dated(doc, "attacked") if d is not None]
    assert got and all(d.start == date(2022, 3, 14) for d in got)


def test_a_time_counted_from_is_not_the_acts(pipeline):
    """'accused Kigali of backing the rebels, since the truce of Christmas': the act's day is the
    sentence's own (Friday), not the time the clause counts from."""
    doc = run(pipeline, "On Friday the foreign minister accused Rwanda of arming the rebels, since the truce of "
                        "Christmas.", "2023-10-16")
    got = [e.date for e in doc.events if e.type == "military_aid" and e.date is not None]
    assert got and all(d.start == date(2023, 10, 13) for d in got)


def test_a_day_named_before_the_verb_is_no_argument_of_it(pipeline):
    """'On Friday, 9 August, the committee declared an emergency': the day is when, not a day
    declared something ('declared Sunday a day of mourning')."""
    doc = run(pipeline, "On Friday, 9 August, the national security committee declared a state of emergency in "
                        "three border regions.", "2024-08-17")
    got = [e.date for e in doc.events if e.trigger == "declared" and e.date is not None]
    assert got and all(d.start == date(2024, 8, 9) for d in got)


def test_a_reaction_told_with_no_time_is_of_the_reports_day(pipeline):
    """'Algeria condemned the raid' in a report that tells no day: the report's day; not an act
    told in the past perfect ('the rebels had condemned ...'), history behind the story."""
    doc = run(pipeline, "Rebels raid army post in northern Mali\n\n"
                        "Algeria condemned the raid on the army post near Tessalit.", "2023-09-12")
    got = [e.date for e in doc.events if e.type == "statement"]
    assert got and all(d is not None and d.start == date(2023, 9, 12) for d in got)
    doc = run(pipeline, "Rebels raid army post in northern Mali\n\n"
                        "The rebels had condemned the presence of foreign troops in the region.", "2023-09-12")
    assert all(e.date is None for e in doc.events if e.type == "statement")


def test_a_headlines_act_takes_the_day_its_lead_tells(pipeline):
    """A headline's act with no time of its own ('... as crowds storm embassies in Dakar') is the
    news its lead dates ('... held the airport on Wednesday, while crowds ...')."""
    text = ("Rebels hold airport as crowds storm embassies in Dakar\n\n"
            "Rebel fighters held the airport of Ziguinchor on Wednesday, while crowds in the capital Dakar "
            "set fire to several embassies.")
    doc = run(pipeline, text, "2024-03-08")
    got = [e.date for e in doc.events if e.trigger == "storm"]
    assert got and all(d is not None and d.start == date(2024, 3, 6) for d in got)


def test_a_decision_about_the_act_does_not_date_it(pipeline):
    """'The mission, which parliament approved on 8 October, ...': the approval's day, not the
    deployment's; the act goes on with the day the story told it."""
    text = ("On 14 October Kenya deployed 400 police officers to Haiti. The deployment, which was approved by "
            "parliament on 8 October, is the second this year.")
    doc = run(pipeline, text, "2024-10-20")
    got = [e.date for e in doc.events if e.type == "deployment" and e.date is not None]
    assert got and all(d.start == date(2024, 10, 14) for d in got)


def test_a_holiday_looked_ahead_to_in_the_past_is_the_nearest(pipeline):
    """'a truce both sides agreed to observe over Christmas', written on 30 December: the
    Christmas just gone, not the next one."""
    got = parsed_values(pipeline, "Fighting went on despite a truce that both sides agreed to observe over "
                                  "Christmas.", date(2024, 12, 30))
    assert got["Christmas"] == "2024-12-25"


def test_weeks_after_an_act_named_later_count_from_its_day(pipeline):
    """'Six weeks after the raid on the market, gunmen attacked a convoy' with the raid dated in a
    later sentence ('The raid, on 3 March, killed 40 people'): six weeks from 3 March."""
    text = ("Six weeks after the raid on the market in Kutum, gunmen attacked a UN convoy near Kabkabiya, "
            "killing two drivers.\n\n"
            "The raid, on 3 March, killed 40 people, according to the UN.")
    doc = run(pipeline, text, "2024-04-30")
    got = [e.date for e in doc.events if e.trigger in ("attacked", "gunmen") and e.date is not None]
    assert got and all(d.start == date(2024, 4, 14) for d in got)
