"""The date of each event: general wordings of news English, each on sentences written for these
tests (never text of the briefs)."""
from __future__ import annotations

from datetime import date

from sitrep.timex.tagger import Tagger

from written_articles import runner


run = runner("2023-05-20")


def events(doc, kind):
    return [e for e in doc.events if e.type == kind]


def values(text, published):
    return {text[f.start:f.end]: f.value for f in Tagger().tag(text, published, None)}


# -- the time stage -----------------------------------------------------------------------------
def test_the_next_day_follows_the_day_just_told():
    """'The next day' is the day after the one the story just told, not after the report's."""
    got = values("Rebels shelled the port on 3 April. The next day the navy withdrew its boats.", date(2023, 5, 20))
    assert got["The next day"] == "2023-04-04"


def test_a_weekday_of_last_week():
    """'on Thursday of last week': that weekday of the calendar week before the report's."""
    got = values("The order was signed on Thursday of last week, officials said.", date(2023, 5, 20))
    assert got["Thursday of last week"] == "2023-05-11"


def test_days_earlier_count_from_a_day_not_a_month():
    """'two days earlier' after a month ('earlier this month') and a day: counted from the day."""
    text = ("On May 18, 2023, the convoy crossed the river. Troops were recalled earlier this month. "
            "The general said two days earlier that the bridge was safe.")
    assert values(text, date(2023, 5, 18))["two days earlier"] == "2023-05-16"


# -- events -------------------------------------------------------------------------------------
def test_days_later_count_from_the_last_day_told(pipeline):
    """'Two days later' counts from the last day the story told ('the next day' after a dated
    announcement), even where no event of that day was detected."""
    doc = run(pipeline, "The move was announced on 2 May. The first aircraft took off from the base the next day. "
                        "Two days later the first soldiers arrived in Kraljevo, officials said.")
    dates = [e.date.start for e in doc.events if e.date is not None and "Two days later" in e.evidence]
    assert dates and all(d == date(2023, 5, 5) for d in dates)


def test_a_relative_clause_in_another_tense_does_not_date_the_act(pipeline):
    """'have arrested three men ... where gunmen ambushed a convoy six months ago': the ambush of six
    months ago is told of the district; the arrests are the report's news."""
    doc = run(pipeline, "Police have arrested three men near Dori, in the district where gunmen ambushed a "
                        "convoy six months ago.")
    (arrest,) = events(doc, "arrest")
    assert arrest.date is None or arrest.date.start >= date(2023, 5, 1)
    doc = run(pipeline, "The army has deployed 500 soldiers to the camp near Dori that militants attacked "
                        "six months ago.")
    (deployed,) = events(doc, "deployment")
    assert deployed.date is None or deployed.date.start >= date(2023, 5, 1)


def test_a_relative_clause_in_the_same_tense_may_date_the_act(pipeline):
    """'moved into the town under a deal the rebels struck on 13 May': told in the same past, the
    noun's day is all the sentence says of the act's, and it is kept."""
    doc = run(pipeline, "Government troops moved into Dori under a deal that the rebels struck with the army "
                        "on 13 May.")
    moved = [e for e in doc.events if e.trigger == "moved"]
    assert moved and all(e.date is not None and e.date.start == date(2023, 5, 13) for e in moved)


def test_an_act_just_after_opens_takes_the_main_clauses_day(pipeline):
    """'withdrew on 12 May after militants shelled it': the shelling the withdrawal followed is on
    its day as far as the sentence tells; 'three weeks after' counts it back instead."""
    doc = run(pipeline, "Troops withdrew from the base near Dori on 12 May after militants shelled it.")
    (shelled,) = events(doc, "shelling")
    assert shelled.date is not None and shelled.date.start == date(2023, 5, 12)
    doc = run(pipeline, "Troops withdrew from the base near Dori on 12 May, three weeks after militants shelled it.")
    (shelled,) = events(doc, "shelling")
    # three weeks is a round count: a window of a few days around 21 April
    assert shelled.date is not None and shelled.date.start <= date(2023, 4, 21) <= shelled.date.end and \
        (shelled.date.end - shelled.date.start).days <= 6


def test_now_in_a_paragraph_is_no_day_the_story_is_told_on(pipeline):
    """'where 5,000 troops are now stationed' tells a state at the report's time: an act told after
    it in the paragraph with no time of its own goes on with the day told ('on Wednesday')."""
    doc = run(pipeline, "At a summit in Oslo on Wednesday, the allies announced a build-up of forces in the north, "
                        "where 5,000 troops are now stationed. The alliance also formally invited Sweden and Finland "
                        "to join after Hungary dropped its objections.")
    invited = [e for e in doc.events if e.trigger == "invited"]
    assert invited and all(e.date is not None and e.date.start == date(2023, 5, 17) for e in invited)


def test_a_clause_joined_by_while_is_not_governed_by_a_day_after(pipeline):
    """'held the town on Tuesday, a day after declaring its capture, while crowds set fire to
    embassies': the crowds' act is the main clause's, on Tuesday, not the day before."""
    doc = run(pipeline, "Rebel fighters controlled most of Dori on Tuesday, a day after declaring the capture of the "
                        "town, while crowds in the capital set fire to parts of several foreign embassies.")
    fires = [e for e in doc.events if e.trigger == "set"]
    assert fires and all(e.date is not None and e.date.start == date(2023, 5, 16) for e in fires)


def test_hours_after_an_act_told_before(pipeline):
    """'Hours after the pull-out, militants shelled the bridge': the pull-out is the withdrawal just
    told, and the shelling is on its day."""
    doc = run(pipeline, "Troops withdrew from the town of Dori on 12 May, officials said. Hours after the pull-out, "
                        "militants shelled the bridge.")
    (shelled,) = events(doc, "shelling")
    assert shelled.date is not None and shelled.date.start == date(2023, 5, 12)


def test_a_span_of_no_day_leaves_the_sentence_to_the_story_s_day(pipeline):
    """'which had housed foreign forces for decades' names no day: the sentence goes on with the
    day just told, as one with no time at all does."""
    doc = run(pipeline, "Troops handed the base near Dori to the army on 12 May.\n\n"
                        "Flags were raised over the compound, which had housed foreign forces for decades.")
    raised = [e for e in doc.events if e.trigger == "raised"]
    assert raised and all(e.date is not None and e.date.start == date(2023, 5, 12) for e in raised)


def test_an_act_going_on_is_on_the_report_s_day(pipeline):
    """'troops are still exchanging fire with the last fighters' goes on as the report is written."""
    doc = run(pipeline, "A spokesman tells reporters that troops are still exchanging fire with a last group of "
                        "fighters cornered near the market in Dori.")
    fire = [e for e in doc.events if e.trigger == "exchanging"]
    assert fire and all(e.date is not None and e.date.start == date(2023, 5, 20) for e in fire)


def test_the_day_before_an_act_told_before(pipeline):
    """'troops started deploying the day before the announcement': the announcement told on 12 May
    dates it (11 May), not another clause's 'earlier this month' nor a word the lead shares."""
    doc = run(pipeline, "On 12 May the government announced that its troops had left Dori. Officials said units "
                        "began leaving the town earlier this month, and army troops started deploying around the "
                        "airport the day before the announcement.")
    (deployed,) = events(doc, "deployment")
    assert deployed.date is not None and deployed.date.start == date(2023, 5, 11)


def test_history_told_behind_the_story_does_not_carry_its_day(pipeline):
    """'... had proclaimed its rule in July 2014, weeks after its fighters overran Dori in June that
    year.' is history: the next act told with no time is not of June 2014."""
    doc = run(pipeline, "The group had proclaimed its rule over the town in July 2014, a few weeks after its "
                        "fighters overran Dori in June that year.\n\nPolice arrested four men in Gao, the ministry said.")
    (arrest,) = events(doc, "arrest")
    assert arrest.date is None or arrest.date.start.year == 2023


def test_last_week_told_late_in_a_week_is_the_calendar_week_before():
    """'left last week' in a Sunday paper: the Monday to Sunday before, not up to yesterday; on a
    Tuesday it may still take in the Monday just gone."""
    sunday = Tagger().tag("Troops left the post last week.", date(2022, 2, 13), None)
    assert sunday[0].days == (date(2022, 1, 31), date(2022, 2, 6))
    tuesday = Tagger().tag("Troops left the post last week.", date(2022, 2, 8), None)
    assert tuesday[0].days == (date(2022, 1, 31), date(2022, 2, 7))


def test_history_behind_the_story_lends_no_day_to_the_next_act(pipeline):
    """A time told behind the story (a past-perfect clause's years, 'since 2012', a time said of a
    noun in a relative clause) is not the day the next sentence's act goes on with: the story's
    day told before it is."""
    doc = run(pipeline, "On 12 May militiamen burned the market in Dori. The town had been held by rebels in 2016 "
                        "and 2017. Soldiers arrested ten men.")
    (arrest,) = events(doc, "arrest")
    assert arrest.date is not None and arrest.date.start == date(2023, 5, 12)
    doc = run(pipeline, "Border guards closed the crossing near Kidal on Monday, the ministry said. The post has "
                        "been disputed since 2012. Troops detained two smugglers there.")
    (arrest,) = events(doc, "arrest")
    assert arrest.date is not None and arrest.date.start == date(2023, 5, 15)
    doc = run(pipeline, "On 3 May police raided a compound in Gao, the town which jihadists seized in April. "
                        "Officers detained six men.")
    # the detention may be told as its own arrest or merged into the raid's: either way on 3 May
    arrests = events(doc, "arrest")
    assert arrests and all(e.date is not None and e.date.start == date(2023, 5, 3) for e in arrests)


def test_a_saying_told_in_the_present_is_of_the_report_s_day(pipeline):
    """'The ministry condemns ...', 'The minister has declared ...': told as of the time of writing,
    on the report's day, not on the day of the act told before."""
    doc = run(pipeline, "Gunmen attacked a police post near Gao on Tuesday, killing two officers. Police arrested "
                        "four suspects the next day.\n\nThe foreign ministry condemns the attack as an act of terror.")
    said = [e for e in doc.events if e.trigger == "condemns"]
    assert said and all(e.date is not None and e.date.start == date(2023, 5, 20) for e in said)
    doc = run(pipeline, "Rebels shelled the airport at Dori on 2 May. The army withdrew from the town on 4 May.\n\n"
                        "The defence minister has declared a state of emergency in the region.")
    said = [e for e in doc.events if e.trigger == "declared"]
    # (an act told as done by the report: on its day or the two before, test_event_dating9)
    assert said and all(e.date is not None and e.date.end == date(2023, 5, 20) and e.date.start >= date(2023, 5, 18)
                        for e in said)


def test_a_time_of_what_the_act_brought_about_is_not_its_day(pipeline):
    """'..., which led to the closure of the border on Friday', '..., prompting the evacuation on 14
    May', 'an attack that triggered an exodus on Sunday': the day of the consequence, later than
    the act; the story's day told before it dates the act instead."""
    for text in ("Militants ambushed an army convoy near Dori, which led to the closure of the border on Friday.",
                 "Drones struck a fuel depot outside Gao, prompting the evacuation of the airport on 19 May.",
                 "Rebels shelled the market in Kidal, an attack that triggered a mass exodus from the town on "
                 "Sunday."):
        doc = run(pipeline, text)
        assert doc.events and all(e.date is None or e.date.start < date(2023, 5, 14) for e in doc.events), text
    doc = run(pipeline, "On 12 May rebels seized the town of Dori. Militants ambushed an army convoy near Gao, which "
                        "led to the closure of the border on Friday.")
    ambush = [e for e in doc.events if e.trigger == "ambushed"]
    assert ambush and all(e.date is not None and e.date.start == date(2023, 5, 12) for e in ambush)


def test_a_dateline_s_date_dates_no_act(pipeline):
    """'GAO, May 20 (Reuters) - Gunmen killed ...': the dateline says when the report was filed; the
    lead's act takes the day the next sentence tells ('struck before dawn on Thursday')."""
    doc = run(pipeline, "GAO, May 20 (Reuters) - Gunmen killed twelve soldiers in an attack on an army base in "
                        "northern Mali, the army said. The assailants struck before dawn on Thursday.")
    killed = [e for e in doc.events if e.trigger == "killed"]
    assert killed and all(e.date is not None and e.date.start == date(2023, 5, 18) for e in killed)
    doc = run(pipeline, "DORI, Burkina Faso, May 20, 2023 (AFP) - Militants ambushed a supply convoy near the "
                        "border, officials said. The attack happened on Wednesday morning, a local official said.")
    assert doc.events and all(e.date is not None and e.date.start == date(2023, 5, 17) for e in doc.events)


def test_history_told_beside_an_act_is_not_its_date(pipeline):
    """'Police, who took over the district in 2014, arrested ...', 'troops, deployed to the region in
    2019, withdrew ...': years over long before the report, said of the actors, not the act's time."""
    doc = run(pipeline, "Police, who took over the district in 2014, arrested four suspects near Dori.")
    (arrest,) = events(doc, "arrest")
    assert arrest.date is None or arrest.date.start.year == 2023
    doc = run(pipeline, "Army troops, deployed to the region in 2019, withdrew from the town of Dori.")
    (left,) = events(doc, "withdrawal")
    assert left.date is None or left.date.start.year == 2023


def test_a_clause_joined_after_a_day_after_is_the_main_clause_s(pipeline):
    """'left Dori on 12 May, a week after the ceasefire took effect, and police arrested four men':
    the signal governs its own clause; the arrests joined after it are on the main clause's day."""
    doc = run(pipeline, "Rebel forces left the town of Dori only on 12 May, a week after the ceasefire took effect, "
                        "and police arrested four men in the town.")
    (arrest,) = events(doc, "arrest")
    assert arrest.date is not None and arrest.date.start == date(2023, 5, 12)
    doc = run(pipeline, "The army retook the bridge at Gao on 9 May, two days after rebels blew it up, and soldiers "
                        "detained a dozen fighters.")
    (arrest,) = events(doc, "arrest")
    assert arrest.date is not None and arrest.date.start == date(2023, 5, 9)


def test_a_paragraph_without_a_day_goes_on_with_the_story_s_day(pipeline):
    """A paragraph that tells no day (after a question, a heading) goes on with the last day the story
    told before it; a day named as what a verb makes ('made Monday a day off') is none."""
    doc = run(pipeline, "Gunmen stormed a police station in Dori on Sunday 14 May. Police said on Monday 15 May that "
                        "they had arrested several suspects.\n\nWhat did the police find?\n\nAn arsenal. Officers "
                        "seized mortars, rifles and thousands of rounds of ammunition.")
    seized = [e for e in doc.events if e.trigger == "seized"]
    assert seized and all(e.date is not None and e.date.start == date(2023, 5, 15) for e in seized)
    doc = run(pipeline, "Rebels shelled the airport at Gao on 16 May.\n\nThe governor declared a curfew and made "
                        "Monday a day of mourning. Soldiers arrested three men near the market.")
    (arrest,) = events(doc, "arrest")
    assert arrest.date is not None and arrest.date.start == date(2023, 5, 16)


def test_a_byline_s_date_on_its_own_line_dates_no_act(pipeline):
    """'Saturday, 20 May 2023' alone under the headline is when the report was written, not the day
    of an act told later without one."""
    doc = run(pipeline, "How the siege of Dori unfolded\n\nSaturday, 20 May 2023\n\nThe siege began with an "
                        "ambush on 2 May.\n\nSoldiers later arrested ten men in the town.")
    (arrest,) = events(doc, "arrest")
    assert arrest.date is not None and arrest.date.start < date(2023, 5, 20)


def test_a_stretch_said_of_a_noun_is_not_the_act_s_date(pipeline):
    """'The new governor, who took office this month, condemned the attack': a month said of the
    governor is not the day of the act; the story's day is. A clause said of the act itself ('the
    offensive, which began in March') may still date it."""
    doc = run(pipeline, "Police arrested four men near Dori on Tuesday.\n\nThe new governor, who took office this "
                        "month, condemned the attack, and troops were deployed to the town.")
    for trigger in ("condemned", "deployed"):
        got = [e for e in doc.events if e.trigger == trigger]
        assert got and all(e.date is not None and e.date.start == date(2023, 5, 16) for e in got), trigger
    doc = run(pipeline, "Soldiers, sent to the region last year, withdrew from the town of Dori on Tuesday.")
    (left,) = events(doc, "withdrawal")
    assert left.date is not None and left.date.start == date(2023, 5, 16)


def test_an_act_told_in_the_present_perfect_is_of_the_report_s_day(pipeline):
    """'Niger has deployed 3,000 troops to the border', 'officials say the government has sent 500
    police officers': done as of the report, in a paragraph that told no day of its own, on the
    report's day rather than the day of the story told before it."""
    for text in ("Rebels shelled the airport at Dori on 2 May. The army withdrew from the town on 4 May.\n\n"
                 "Neighbouring Niger has deployed 3,000 troops to the border.",
                 "Rebels shelled the airport at Dori on 2 May. The army withdrew from the town on 4 May.\n\n"
                 "Officials say the government has sent 500 police officers to the capital."):
        doc = run(pipeline, text)
        (dep,) = events(doc, "deployment")
        # (on the report's day or the two before: test_event_dating9)
        assert dep.date is not None and dep.date.end == date(2023, 5, 20) and dep.date.start >= date(2023, 5, 18), text


def test_a_range_the_act_is_told_over_dates_it_from_end_to_end(pipeline):
    doc = run(pipeline, "Drills and raids\n\nChina said on Tuesday it would hold live-fire drills off Fujian "
                        "from Thursday to Sunday.\n\nSoldiers raided villages near Kidal from 3 to 5 April, "
                        "residents said.\n", published="2021-04-12")
    drill = events(doc, "exercise")[0]
    assert (str(drill.date.start), str(drill.date.end)) == ("2021-04-08", "2021-04-11")
    raid = [e for e in doc.events if e.trigger == "raided"][0]
    assert (str(raid.date.start), str(raid.date.end)) == ("2021-04-03", "2021-04-05")
