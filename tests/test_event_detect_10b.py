"""Detection defects of session 10, on sentences written for these tests: an act named inside a phrase of time is
another occurrence than the act its clause tells; guns or a force pounding a place shell it; an ultimatum told as a
noun on a day of its own is a statement of that day."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import RawArticle


def extracted(pipeline, text, published="2024-11-28"):
    doc = pipeline.process(RawArticle(source="test", id="t", text=text, published=published, exact_text=True))
    return doc.events


@pytest.mark.parametrize("sentence, verb", [
    ("The day after the bombing, US aircraft struck three camps near the border.", "struck"),
    ("Hours after the ambush, gunmen ambushed a second convoy near Gao.", "ambushed"),
])
def test_an_act_that_times_the_clause_is_another_occurrence(pipeline, sentence, verb):
    triggers = [e.trigger for e in extracted(pipeline, sentence)]
    assert verb in triggers and len(triggers) == 2


def test_an_act_measured_off_before_another_of_another_kind_is_kept(pipeline):
    text = "Two days before the shelling, rebels attacked a police post in the town."
    assert {e.trigger for e in extracted(pipeline, text)} == {"shelling", "attacked"}


@pytest.mark.parametrize("sentence", [
    "The bombing, carried out by two men, killed five people in the market.",
    "After a lightning advance, the rebels captured the town.",
])
def test_one_act_told_twice_stays_one(pipeline, sentence):
    assert len(extracted(pipeline, sentence)) == 1


@pytest.mark.parametrize("sentence, kind", [
    ("Gunners began pounding the town of Avdiivka on Tuesday.", "shelling"),
    ("Ukrainian troops pounded Russian positions near Bakhmut on Friday.", "shelling"),
    ("The positions were pounded by howitzers for hours.", "shelling"),
    ("Russian jets pounded rebel camps in Idlib on Sunday.", "airstrike"),
])
def test_guns_or_a_force_pounding_a_place_is_fire(pipeline, sentence, kind):
    assert [e.type for e in extracted(pipeline, sentence)] == [kind]


@pytest.mark.parametrize("sentence", [
    "Heavy waves pounded the coast of Crete on Monday.",
    "The British pound fell against the dollar on Monday.",
])
def test_pounding_with_no_armed_doer_is_no_act(pipeline, sentence):
    assert not extracted(pipeline, sentence)


def test_a_crowd_pounding_a_gate_is_no_fire(pipeline):
    text = "Protesters pounded the gates of the embassy in Baghdad."
    assert not {"shelling", "airstrike"} & {e.type for e in extracted(pipeline, text)}


@pytest.mark.parametrize("sentence, day", [
    ("The 72-hour ultimatum he issued on November 22 expired on Monday.", dt.date(2024, 11, 22)),
    ("The ultimatum that the general gave on March 3 ran out without a reply.", dt.date(2024, 3, 3)),
    ("The ultimatum given to the rebels on October 9 ran out on Friday.", dt.date(2024, 10, 9)),
])
def test_an_ultimatum_named_with_its_own_day_is_a_statement_of_that_day(pipeline, sentence, day):
    said = [e for e in extracted(pipeline, sentence) if e.type == "statement"]
    assert len(said) == 1 and said[0].date is not None and said[0].date.start == day


def test_an_undated_ultimatum_named_is_no_statement(pipeline):
    assert not extracted(pipeline, "The rebels ignored the ultimatum they were given.")
