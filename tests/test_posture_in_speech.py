"""A side's own posture act told in its words is that act, planned, not a statement (sentences of our own)."""
from __future__ import annotations

from written_articles import runner


run = runner("2020-01-08")


def moves(doc):
    return [(e.type, e.modality) for e in doc.events if e.type in ("deployment", "withdrawal")]


def test_a_part_of_a_force_a_state_says_it_will_relocate_is_a_planned_move(pipeline):
    doc = run(pipeline, "Italy said it would temporarily relocate about 40 of its soldiers from Iraq to Kuwait.")
    assert [m for _, m in moves(doc)] == ["planned"]
    assert not [e for e in doc.events if e.type == "statement"]


def test_part_of_a_contingent_moved_to_another_country_is_a_planned_move(pipeline):
    doc = run(pipeline, "Australia said it would move part of its 300 troops in Iraq to Jordan.")
    assert [m for _, m in moves(doc)] == ["planned"]


def test_an_envoy_a_ministry_says_it_will_summon_is_planned_diplomacy(pipeline):
    doc = run(pipeline, "The Iraqi foreign ministry said it would summon the Iranian ambassador.")
    assert [e.modality for e in doc.events if e.type == "diplomacy"] == ["planned"]
