"""Acts of different kinds told in one sentence by clauses with doers of their own are two events, even when one
is a battle and a headline names the fighting. Sentences written for these tests."""
from __future__ import annotations

from written_articles import runner


run = runner("2021-03-12")


def _kinds(doc):
    return sorted(e.type for e in doc.events)


def test_a_battle_and_a_strike_by_other_doers_while_are_two(pipeline):
    doc = run(pipeline, "Fighting in northern Mali\n\nMalian troops battled jihadist militants in the hills near "
                        "Douentza on Wednesday while French jets bombed their camps.")
    kinds = _kinds(doc)
    assert "clash" in kinds and "airstrike" in kinds, kinds
    strike = next(e for e in doc.events if e.type == "airstrike")
    assert not any("Mali" in a for a in strike.actors), strike.actors


def test_a_battle_and_a_drone_strike_by_other_doers_as_are_two(pipeline):
    doc = run(pipeline, "Clashes in Somalia\n\nSomali soldiers fought al-Shabaab fighters outside Jowhar on "
                        "Monday as American drones struck the group's bases nearby.", published="2020-06-04")
    kinds = _kinds(doc)
    assert "clash" in kinds and "airstrike" in kinds, kinds
