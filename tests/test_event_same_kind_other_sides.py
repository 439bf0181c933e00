"""Acts of one kind told together stay apart when their doers are on different sides: two states, or a state's
forces and the armed group fighting them, whether told in one sentence or in two. Sentences written for these
tests."""
from __future__ import annotations

from written_articles import runner


run = runner("2024-11-12")


def _of_kind(doc, kind):
    return [e for e in doc.events if e.type == kind]


def test_two_states_each_withdrawing_in_one_sentence_are_two_withdrawals(pipeline):
    doc = run(pipeline, "News update\n\nEthiopian troops will leave Tigray by March and Eritrean forces will "
                        "withdraw from Humera.")
    moves = _of_kind(doc, "withdrawal")
    assert len(moves) == 2, [(e.actors, e.trigger) for e in doc.events]
    assert {tuple(e.actors) for e in moves} == {("Ethiopian National Defense Force",), ("Eritrean Defence Forces",)}


def test_opposed_sides_pulling_back_while_are_two(pipeline):
    doc = run(pipeline, "News update\n\nUkrainian forces withdrew from Avdiivka on Saturday, while Russian troops "
                        "pulled back from Krynky.")
    assert len(_of_kind(doc, "withdrawal")) == 2, [(e.actors, e.trigger) for e in doc.events]


def test_an_army_and_the_rebels_of_its_country_shelling_in_two_sentences_are_two(pipeline):
    doc = run(pipeline, "News update\n\nSudanese army troops shelled Omdurman on Monday. RSF fighters shelled "
                        "El Fasher.")
    shellings = _of_kind(doc, "shelling")
    assert len(shellings) == 2, [(e.actors, e.trigger) for e in doc.events]
    assert all(len(e.actors) == 1 for e in shellings), [e.actors for e in shellings]


def test_an_army_and_the_rebels_of_its_country_shelling_while_are_two(pipeline):
    doc = run(pipeline, "News update\n\nSudanese army troops shelled Omdurman on Monday while RSF fighters "
                        "shelled El Fasher.")
    assert len(_of_kind(doc, "shelling")) == 2, [(e.actors, e.trigger) for e in doc.events]


def test_a_second_capture_told_with_its_own_day_is_its_own(pipeline):
    doc = run(pipeline, "News update\n\nRebels seized the bridge near Goma on 1 November, and by Friday they had "
                        "captured the town of Sake.")
    taken = _of_kind(doc, "territory_change")
    assert len(taken) == 2, [(e.actors, e.trigger) for e in doc.events]
    assert len({e.date.start for e in taken}) == 2, [e.date for e in taken]


def test_ground_lost_and_retaken_days_later_is_two_changes(pipeline):
    doc = run(pipeline, "News update\n\nThe militants overran the army camp near Mopti on Tuesday, but the army "
                        "retook it two days later.")
    assert len(_of_kind(doc, "territory_change")) == 2, [(e.actors, e.trigger) for e in doc.events]


def test_clauses_set_apart_by_a_semicolon_each_with_its_day_are_two(pipeline):
    doc = run(pipeline, "News update\n\nTaliban fighters seized Kunduz on Sunday; government troops recaptured "
                        "the city on Wednesday.")
    assert len(_of_kind(doc, "territory_change")) == 2, [(e.actors, e.trigger) for e in doc.events]


def test_one_entry_told_with_one_day_stays_one(pipeline):
    doc = run(pipeline, "News update\n\nGovernment troops entered Kidal on Monday and took control of the town by "
                        "the evening.")
    assert len(_of_kind(doc, "territory_change")) == 1, [(e.actors, e.trigger) for e in doc.events]


def test_a_shelling_told_again_at_a_nearby_town_of_its_own_is_another(pipeline):
    doc = run(pipeline, "News update\n\nIsraeli tanks shelled Beit Lahia on Monday. Israeli artillery shelled "
                        "Jabalia.")
    assert len(_of_kind(doc, "shelling")) == 2, [(e.actors, e.trigger) for e in doc.events]


def test_the_strike_told_again_by_its_name_at_a_place_within_is_the_same(pipeline):
    doc = run(pipeline, "News update\n\nIsraeli jets bombed Gaza City on Monday. The strike hit a school in the "
                        "Shati camp, killing 12 people.")
    assert len(_of_kind(doc, "airstrike")) == 1, [(e.actors, e.trigger) for e in doc.events]
