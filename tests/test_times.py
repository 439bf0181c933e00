"""The time stage: TIMEX3 values, day spans, anchors, publication dates, dating clauses.

Sentences are the team's own. The parse comes from the project's spaCy model (loaded once).
"""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import Document, EventDate
from sitrep.stages.times import Times
from sitrep.timex import Tagger, date_for_span, event_link, infer_published, load_lexicon
from sitrep.timex import calendar as cal
from sitrep.timex.tagger import duration_value, parse_number

D = date(2020, 3, 30)   # a Monday


@pytest.fixture(scope="module")
def nlp(settings):
    from sitrep.pipeline import load_model
    return load_model(settings.model)


@pytest.fixture(scope="module")
def tagger():
    return Tagger(load_lexicon())


@pytest.fixture(scope="module")
def stage(tagger):
    return Times(tagger)


@pytest.fixture(scope="module")
def run(nlp, stage):
    """The times stage on a text parsed by the project's model."""
    def run_(text: str, published: date | None = D) -> Document:
        doc = Document(id="t", source="t", text=text, published=published)
        doc.parsed = nlp(text)
        return stage(doc)
    return run_


def one(doc: Document, phrase: str):
    hits = [t for t in doc.timexes if t.text == phrase]
    assert hits, f"{phrase!r} not found in {[t.text for t in doc.timexes]}"
    return hits[0]


# -- values -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, phrase, typ, value", [
    ("Rebels shelled the town on March 12, 2019, officials said.", "March 12, 2019", "DATE", "2019-03-12"),
    ("The convoy left on 4 February 2020.", "4 February 2020", "DATE", "2020-02-04"),
    ("The brigade arrived in June 2018 and stayed.", "June 2018", "DATE", "2018-06"),
    ("The mission began in 2014.", "2014", "DATE", "2014"),
    ("Fighting in the 1990s destroyed the bridge.", "the 1990s", "DATE", "199"),
    ("Profits fell in the fourth quarter of 2019.", "the fourth quarter of 2019", "DATE", "2019-Q4"),
    ("Militia leaders are now negotiating.", "now", "DATE", "PRESENT_REF"),
    ("The army currently holds the pass.", "currently", "DATE", "PRESENT_REF"),
    ("The garrison was recently reinforced.", "recently", "DATE", "PAST_REF"),
    ("Casualties rose last year.", "last year", "DATE", "2019"),
    ("The talks will resume next week.", "next week", "DATE", "2020-W15"),
    ("The siege lasted three months.", "three months", "DURATION", "P3M"),
    ("The town has been shelled for the past three years.", "the past three years", "DURATION", "P3Y"),
    ("The fighting went on for two days.", "two days", "DURATION", "P2D"),
    ("Patrols pass through each week.", "each week", "SET", "P1W"),
    ("The bulletin is published daily.", "daily", "SET", "P1D"),
    ("The shelling started at 6:30 a.m. on Sunday.", "6:30 a.m. on Sunday", "TIME", "2020-03-29T06:30"),
    ("A drone struck the depot yesterday.", "yesterday", "DATE", "2020-03-29"),
    ("The minister visits the front today.", "today", "DATE", "2020-03-30"),
    # TimeML conventions: "N units later" counts from an event the story told, so "N units" is a
    # DURATION and "later" its signal; millennia are written "L"; two quarters of a year are its half;
    # "this year through August" is still this year (only "the year ended ..." is a fiscal P1Y)
    ("The gate was shut. Four days later, the convoy returned.", "Four days", "DURATION", "P4D"),
    ("The alarm sounded, and a minute and a half later the shelling began.", "a minute and a half",
     "DURATION", "PT1M30S"),
    ("The shrine has drawn pilgrims for more than two thousand years.", "more than two thousand years",
     "DURATION", "P2L"),
    ("Exports will stay weak through the first two quarters of 2021.", "the first two quarters of 2021",
     "DATE", "2021-H1"),
    ("Aid deliveries have fallen 12% this year through February.", "this year", "DATE", "2020"),
    ("The agency spent $4 million in the year ended June 30.", "the year", "DURATION", "P1Y"),
])
def test_values(run, text, phrase, typ, value):
    t = one(run(text), phrase)
    assert (t.type, t.value) == (typ, value)


def test_prepositions_stay_outside_and_modifiers_inside(run):
    doc = run("Troops withdrew on Friday and in early March, after nearly five months of talks.")
    texts = [t.text for t in doc.timexes]
    assert "Friday" in texts and "early March" in texts and "nearly five months" in texts


# -- reading like an analyst ------------------------------------------------------------
def test_year_of_a_month_day_is_the_readers(run):
    doc = run("Parliament voted on January 5 to expel the foreign troops.")
    assert one(doc, "January 5").value == "2020-01-05"
    doc = run("The ceasefire took effect on December 28.", published=date(2020, 1, 10))
    assert one(doc, "December 28").value == "2019-12-28"


def test_weekday_follows_the_tense(run):
    doc = run("Gunmen attacked a checkpoint on Tuesday. Envoys will meet on Thursday.")
    assert one(doc, "Tuesday").value == "2020-03-24"
    assert one(doc, "Thursday").value == "2020-04-02"


def test_fuzzy_spans(run):
    doc = run("Clashes broke out in late January. Two soldiers were killed earlier this month. "
                   "At the end of February 2020 some 7,000 troops were in the country. "
                   "Last week the envoy met the prime minister.")
    late = one(doc, "late January")
    assert (late.value, late.start_date, late.end_date) == ("2020-01", date(2020, 1, 21), date(2020, 1, 31))
    earlier = one(doc, "earlier this month")
    assert (earlier.value, earlier.start_date, earlier.end_date) == ("2020-03", date(2020, 3, 1), date(2020, 3, 29))
    end = one(doc, "the end of February 2020")
    assert end.start_date == date(2020, 2, 20) and end.end_date == date(2020, 2, 29)
    week = one(doc, "Last week")
    assert week.start_date >= date(2020, 3, 16) and week.end_date <= date(2020, 3, 29)
    assert (week.end_date - week.start_date).days < 14


def test_recent_is_the_weeks_before_publication(run):
    t = one(run("The recent rocket attacks worried the allies."), "recent")
    assert t.value == "PAST_REF" and t.start_date < t.end_date < D


def test_without_a_publication_date_values_keep_x(run):
    doc = run("The column moved out on Friday.", published=None)
    assert one(doc, "Friday").value == "XXXX-WXX-5"


# -- anchors ----------------------------------------------------------------------------
def test_relative_to_an_earlier_date(run):
    text = ("Lawmakers approved the bill on January 5, days after a general was killed in an airstrike "
            "two days earlier.")
    doc = run(text)
    t = one(doc, "two days earlier")
    assert t.value == "2020-01-03"
    assert t.anchor == f"timex:{doc.timexes.index(one(doc, 'January 5'))}"
    assert one(doc, "January 5").anchor == "publication"


def test_the_following_day(run):
    doc = run("The offensive began on 3 March 2019. The following day the town fell.")
    assert one(doc, "The following day").value == "2019-03-04"


def test_event_after_and_date_for_span(run):
    text = ("On March 29, 2020, coalition forces withdrew from the airbase. "
            "The withdrawal came two days after the militia held a military drill near the base.")
    doc = run(text)
    t = one(doc, "two days")
    assert (t.type, t.value, t.anchor) == ("DURATION", "P2D", "event-after:P2D")
    drill = text.index("the militia held")
    link = event_link(doc, drill, drill + 30)
    assert link["relation"] == "after" and link["days"] == 2 and link["role"] == "governed"
    assert date_for_span(doc, drill, drill + 30).start == date(2020, 3, 27)
    came = text.index("The withdrawal came")
    assert date_for_span(doc, came, came + 19).start == date(2020, 3, 29)
    known = EventDate(date(2020, 4, 10), date(2020, 4, 10))
    assert date_for_span(doc, drill, drill + 30, known=known).start == date(2020, 4, 8)


def test_date_for_span_order(run):
    text = ("A car bomb has killed 13 soldiers near the border, officials said.\n"
            "On 2 March 2020 the army retook the village. Engineers cleared the mines.\n"
            "Aid convoys are waiting.")
    doc = run(text)
    assert date_for_span(doc, 0, 10) == EventDate(D, D, None)
    mines = text.index("Engineers")
    assert date_for_span(doc, mines, mines + 10).start == date(2020, 3, 2)
    convoys = text.index("Aid convoys")
    assert date_for_span(doc, convoys, convoys + 10) is None


# -- publication date -------------------------------------------------------------------
def test_publication_inferred_from_the_text(run):
    text = ("On March 29, 2020, the garrison handed the base to the army. Earlier this month "
            "two soldiers were killed. Last week the envoy met the president.")
    doc = run(text, published=None)
    assert doc.published_inferred
    assert date(2020, 3, 29) <= doc.published <= date(2020, 4, 5)
    assert one(doc, "Earlier this month").value == "2020-03"


def test_metadata_date_wins(run):
    doc = run("On March 29, 2020, the garrison left.", published=date(2020, 4, 2))
    assert doc.published == date(2020, 4, 2) and not doc.published_inferred


def test_no_date_no_guess(tagger):
    assert infer_published(tagger, "The garrison left the base.") is None
    assert infer_published(tagger, "The base was built in 2017.") is None


def test_tag_without_parse_works(tagger):
    found = tagger.tag("The airport reopened on 12 May 2021 after two weeks.", None)
    assert [(f.value, f.type) for f in found] == [("2021-05-12", "DATE"), ("P2W", "DURATION")]


# -- helpers ----------------------------------------------------------------------------
def test_calendar_spans():
    assert cal.span("2020-W13") == (date(2020, 3, 23), date(2020, 3, 29))
    assert cal.span("2020-Q1") == (date(2020, 1, 1), date(2020, 3, 31))
    assert cal.span("2019-WI") == (date(2019, 12, 1), date(2020, 2, 29))
    assert cal.span("199") == (date(1990, 1, 1), date(1999, 12, 31))
    assert cal.span("PAST_REF") is None
    assert cal.shift("1989-Q3", -4, "Q") == "1988-Q3"


def test_numbers_and_durations(tagger):
    assert parse_number("twenty-four", tagger.L) == 24
    assert parse_number("2 1/2", tagger.L) == 2.5
    assert parse_number("several", tagger.L) is None
    assert duration_value(2.5, "Y") == "P2Y6M"
    assert duration_value(None, "W") == "PXW"
    assert duration_value(5, "TH") == "PT5H"


# -- more readings -----------------------------------------------------------------------
def test_dateline_is_the_publication_date(tagger):
    assert infer_published(tagger, "Monday 16 Mar 2020 Rockets struck a base north of the capital on Sunday, "
                           "an official said. The base was attacked on March 11, 2020 as well.") == date(2020, 3, 16)
    assert infer_published(tagger, "On March 10, 2020, the brigade moved north. It crossed the river.") == date(2020, 3, 11)


def test_parts_of_months_and_weeks(run):
    doc = run("Convoys left during the first week of February. Fighting resumed in the second half of March. "
                   "A hearing is set for the week of April 13.")
    first = one(doc, "the first week of February")
    assert (first.start_date, first.end_date) == (date(2020, 2, 1), date(2020, 2, 7))
    second = one(doc, "the second half of March")
    assert (second.start_date, second.end_date) == (date(2020, 3, 16), date(2020, 3, 31))
    assert one(doc, "the week of April 13").value == "2020-W16"


def test_names_and_counts_are_not_dates(run):
    doc = run("Leaders of the March 14 alliance met the May 15 Brigade. Medics counted 2019 injuries. "
                   "Resolution 1701 was adopted in 2006.")
    assert [t.text for t in doc.timexes] == ["2006"]


def test_day_first_numeric_dates(run):
    assert one(run("On 25/03/2020 the ministry issued a statement."), "25/03/2020").value == "2020-03-25"
    assert one(run("On 12/03/2020 the ministry issued a statement."), "12/03/2020").value == "2020-03-12"


def test_fronted_links_date_both_clauses(run):
    text = ("On 3 March 2020 a car bomb exploded in the market. Hours after the blast, gunmen attacked a "
            "checkpoint. Two days before the vote on 9 March, rebels shelled the town.")
    doc = run(text, published=date(2020, 3, 10))
    assert one(doc, "Hours").anchor == "event-after:PTXH"
    gunmen = text.index("gunmen")
    assert event_link(doc, gunmen, gunmen + 6)["role"] == "governing"
    assert date_for_span(doc, gunmen, gunmen + 6).start == date(2020, 3, 3)
    rebels = text.index("rebels")
    assert date_for_span(doc, rebels, rebels + 6).start == date(2020, 3, 7)
    vote = text.index("the vote")
    assert date_for_span(doc, vote, vote + 8).start == date(2020, 3, 9)


# -- named days, words for numbers, ranges ------------------------------------------------
def test_named_days(run):
    doc = run("Raids slowed during Ramadan. The truce should hold until Eid al-Adha. "
              "Shelling went on over Orthodox Easter. The 9/11 attacks began the long war.",
              published=date(2020, 6, 10))
    ramadan = one(doc, "Ramadan")
    assert (ramadan.start_date, ramadan.end_date) == (date(2020, 4, 24), date(2020, 5, 23))
    assert one(doc, "Eid al-Adha").value == "2020-07-31"
    assert one(doc, "Orthodox Easter").value == "2020-04-19"
    assert one(doc, "9/11").value == "2001-09-11"


def test_a_surname_is_not_a_month_of_fasting(run):
    doc = run("Vice President Taha Yassin Ramadan received the envoy.", published=date(2020, 6, 10))
    assert doc.timexes == []


def test_movable_feasts_and_islamic_calendar():
    assert cal.easter(2024) == date(2024, 3, 31)
    assert cal.orthodox_easter(2024) == date(2024, 5, 5)
    assert cal.hijri_month_span(1445, 9) == (date(2024, 3, 11), date(2024, 4, 9))


def test_days_and_years_in_words(run):
    doc = run("The rally is on Sunday, March eighth. The envoys met on the twenty-first of May. "
              "Prices last fell that low in the winter of nineteen ninety-four, and again in "
              "January two thousand and three.", published=date(1998, 3, 5))
    assert one(doc, "Sunday, March eighth").value == "1998-03-08"
    assert one(doc, "the twenty-first of May").value == "1997-05-21"
    assert one(doc, "the winter of nineteen ninety-four").value == "1994-WI"
    assert one(doc, "January two thousand and three").value == "2003-01"


def test_ranges_give_both_ends(run):
    doc = run("Delegates meet on April 24 and 25. Talks ran from 1 to 5 March 2020. "
              "Fighting raged in 2014-2016. On March 3 and 4 soldiers died.", published=date(2020, 4, 1))
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("April 24", "2020-04-24"), ("25", "2020-04-25"), ("1", "2020-03-01"), ("5 March 2020", "2020-03-05"),
        ("2014", "2014"), ("2016", "2016"), ("March 3", "2020-03-03")]


def test_lists_of_years_and_asides(run):
    doc = run("Cars crossed the border in 1994, 1995 and 1997. The blast came at 10:35 a.m. (0735 GMT) "
              "Friday.", published=date(1998, 8, 8))
    assert [t.value for t in doc.timexes if t.type == "DATE"] == ["1994", "1995", "1997", "1998-08-07"]
    assert one(doc, "10:35 a.m.").value == "1998-08-07T10:35"


def test_the_day_before_a_weekday_and_one_day_ahead(run):
    doc = run("The day before last Tuesday's hearing, the envoy flew in. The region will one day be at peace.",
              published=date(2020, 3, 26))
    assert one(doc, "The day before last Tuesday").value == "2020-03-23"
    assert one(doc, "one day").value == "FUTURE_REF"


def test_a_range_dates_its_clause(run):
    text = ("From December 30 to January 2, 2021, rebels besieged the town. "
            "Between 2014 and 2016 the militia held the pass. On March 3 and 4, rebels shelled the port.")
    doc = run(text, published=date(2022, 1, 1))
    assert one(doc, "December 30").value == "2020-12-30"
    assert date_for_span(doc, text.index("rebels"), text.index("rebels") + 6) == EventDate(
        date(2020, 12, 30), date(2021, 1, 2), "December 30 to January 2, 2021")
    held = text.index("held")
    assert (date_for_span(doc, held, held + 4).start, date_for_span(doc, held, held + 4).end) == (
        date(2014, 1, 1), date(2016, 12, 31))
    shelled = text.index("shelled")
    assert date_for_span(doc, shelled, shelled + 7) == EventDate(date(2021, 3, 3), date(2021, 3, 4), "March 3 and 4")


def test_publication_read_only_where_the_text_says_it(tagger):
    assert infer_published(tagger, "KIRKUK, Iraq (Reuters) - March 3, 2020 - Rockets hit the base.") == date(2020, 3, 3)
    assert infer_published(tagger, "Rockets hit the base.\n\nPublished: 4 March 2020") == date(2020, 3, 4)
    assert infer_published(tagger, "The envoy arrived today, March 5, 2020, for talks.") == date(2020, 3, 5)
    # a date set ahead, a background date in a report that names its own days: no guess
    assert infer_published(tagger, "The company will redeem its notes due March 1, 2031.") is None
    assert infer_published(tagger, "Gunmen attacked a convoy on Tuesday. The mission began on May 2, 2018.") is None
    # a month and day without a year say nothing of the year
    assert infer_published(tagger, "The mission began in 2018. Troops left on May 2.") is None


def test_a_sentence_opening_with_a_date_is_no_dateline(tagger):
    text = "In Baghdad, 3 March 2020 passed quietly. Gunmen struck on Friday."
    assert infer_published(tagger, text) == date(2020, 3, 4)   # the fallback's guess, not the dateline's day


def test_publication_guessed_from_the_anchor_date_told_before_the_weekdays(tagger):
    text = ("On November 11, 2022, the ministry said its troops had crossed the river. Early on Friday a bridge "
            "was blown up. The occupation began in March.")
    assert infer_published(tagger, text) == date(2022, 11, 12)


def test_titles_are_names_not_times(run):
    doc = run('Baker said on ABC\'s "This Week" that the film "High Noon" was shown. '
              "Talks resume this week.\nTalks To Resume Next Week\nShe marched in the March of the Mothers.",
              published=date(2020, 3, 30))
    assert [t.text for t in doc.timexes] == ["this week", "Next Week"]


def test_the_night_of_a_date_is_that_date(run):
    doc = run("He was shot on the night of Friday, Oct. 23.", published=date(2020, 11, 2))
    assert [(t.text, t.value) for t in doc.timexes] == [("Friday, Oct. 23", "2020-10-23")]


def test_until_a_weekday_ends_a_past_state_or_sets_a_deadline(run):
    doc = run("Until Thursday, the police had not named him a suspect. The army will not withdraw until Friday.",
              published=date(2020, 3, 25))
    assert one(doc, "Thursday").value == "2020-03-19"
    assert one(doc, "Friday").value == "2020-03-27"


def test_weekdays_of_a_report_written_after_the_week_it_tells_of(run):
    """A lead dated more than a week before publication sets the week the weekdays name;
    the tense still picks the side of that day."""
    text = ("Garrison falls\n\nOn March 3, 2021, rebels overran the garrison at the river crossing, officials said. "
            "The army had sent reinforcements on Monday, and on Tuesday the commander asked for air support. "
            "Talks will open on Friday.")
    late = run(text, published=date(2021, 3, 20))
    assert one(late, "Monday").value == "2021-03-01"
    assert one(late, "Tuesday").value == "2021-03-02"
    assert one(late, "Friday").value == "2021-03-05"
    # published the next day, the days are those of the publication's own week, as before
    soon = run(text, published=date(2021, 3, 4))
    assert one(soon, "Tuesday").value == "2021-03-02"


def test_weekdays_count_from_publication_when_only_a_later_paragraph_is_dated(run):
    text = ("Officials said on Tuesday that the convoy had left the base.\n\n"
            "The base was built on June 2, 2015, after the first rotation arrived.")
    assert one(run(text, published=date(2021, 3, 20)), "Tuesday").value == "2021-03-16"


def test_a_month_just_ahead_in_a_noun_phrase_is_the_coming_one(run):
    doc = run("The ministry warned refiners of April cuts to their crude supply.", published=date(2021, 3, 20))
    assert one(doc, "April").value == "2021-04"
    doc = run("Rebels shelled the town in April.", published=date(2021, 3, 20))
    assert one(doc, "April").value == "2020-04"


def test_publication_from_a_summary_line_a_stamped_clock_time_and_the_days_a_report_tells(tagger):
    # a weekday written as part of the full date is that date, not a day counted from it
    assert infer_published(tagger, "Summary as of Monday evening, May 8, 2023, from the wires.\n\n"
                                   "The army said on Monday that it had agreed to a truce.") == date(2023, 5, 8)
    # a clock time with its day and the year after it
    assert infer_published(tagger, "Talks stall\n\nUpdated 7:05 PM EDT, June 2, 2023\n\n"
                                   "The envoy left on Friday.") == date(2023, 6, 2)
    # days told without a year after a full date; the lead's weekday sets the newest day
    text = ("The prisoners came home on Saturday night. The standoff began on 3 October 2021, when guards were seized. "
            "On 7 October talks opened. On 8 October the first group was freed.")
    assert infer_published(tagger, text) == date(2021, 10, 9)


def test_weeks_counted_back_from_a_day_name_a_day():
    """'A week earlier' names the day a week before the day told, not the seven days around it."""
    text = "The army retook the town on Friday. A week earlier, rebels had seized it."
    found = Tagger().tag(text, date(2021, 6, 19), None)
    back = [f for f in found if text[f.start:f.end] == "A week earlier"]
    assert back and back[0].value == "2021-06-11"


def test_a_number_read_out_that_counts_something_is_no_year(run):
    doc = run("Two thousand troops crossed the river, and two thousand of them stayed.")
    assert [t.text for t in doc.timexes if t.value == "2000"] == []
    doc = run("Two thousand troops were sent north on Monday. In two thousand and five the town fell.")
    assert [t.text for t in doc.timexes if t.value == "2000"] == []
    assert one(doc, "two thousand and five").value == "2005"


@pytest.mark.parametrize("text, phrase, value", [
    # a Sunday paper (14 March 2021): "by" a weekday told in the news' present is the day just past
    ("By Saturday afternoon, his deputy says the withdrawal is complete.", "Saturday afternoon", "2021-03-13"),
    ("The rebels control the airport by Friday, residents report.", "Friday", "2021-03-12"),
    ("By Thursday, the army says it holds the bridge.", "Thursday", "2021-03-11"),
    # told ahead, it is the next such day
    ("The withdrawal will be complete by Saturday, his deputy said.", "Saturday", "2021-03-20"),
    ("Troops are to leave the base by Friday.", "Friday", "2021-03-19"),
])
def test_by_a_weekday_follows_the_tense(run, text, phrase, value):
    doc = run(text, published=date(2021, 3, 14))
    assert one(doc, phrase).value[:10] == value


def test_a_day_earlier_chains_off_by_a_weekday_just_past(run):
    doc = run("By Saturday afternoon, his deputy says the withdrawal is complete. "
              "A day earlier his spokesman had said the troops were still in place.", published=date(2021, 3, 14))
    assert one(doc, "A day earlier").value == "2021-03-12"


def test_by_a_weekday_with_a_future_said_in_the_present_is_ahead(run):
    doc = run("By Friday, the army says it will have left the town.", published=date(2021, 3, 14))
    assert one(doc, "Friday").value == "2021-03-19"


@pytest.mark.parametrize("text, phrase, value", [
    # a Monday paper (12 April 2021): the days a reported "would" tells count from the saying's day,
    # whatever word ends the stretch
    ("Beijing announced on Tuesday that the drills would last from Thursday until Sunday.", "Sunday", "2021-04-11"),
    ("China said on Tuesday it would hold live-fire drills from Thursday to Sunday.", "Thursday", "2021-04-08"),
    ("The rebels said on Wednesday that they would keep the road open until Saturday.", "Saturday", "2021-04-10"),
    ("Kyiv said on Wednesday the talks would go on until Saturday.", "Saturday", "2021-04-10"),
])
def test_a_reported_would_counts_from_the_saying_whatever_the_cue(run, text, phrase, value):
    doc = run(text, published=date(2021, 4, 12))
    assert one(doc, phrase).value == value
