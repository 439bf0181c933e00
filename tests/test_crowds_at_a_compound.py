"""Crowds at an embassy or a seat of power, and crowd words opening a sentence (sentences of our own)."""
from __future__ import annotations

from written_articles import runner


run = runner("2020-01-02")


def kinds(doc):
    return [e.type for e in doc.events]


def test_supporters_besieging_an_embassy_compound_are_a_crowd_not_a_battle(pipeline):
    doc = run(pipeline, "Supporters of the militia besieged the embassy compound in Baghdad for two days.")
    assert kinds(doc) in (["protest"], ["riot"])


def test_a_crowd_surrounding_a_consulate_is_one_event(pipeline):
    doc = run(pipeline, "Angry crowds surrounded the consulate in Karachi.")
    assert kinds(doc) in (["protest"], ["riot"])


def test_protests_opening_a_sentence_are_protests_not_a_name(pipeline):
    doc = run(pipeline, "Protests erupted in Khartoum on Monday.")
    assert kinds(doc) == ["protest"]
