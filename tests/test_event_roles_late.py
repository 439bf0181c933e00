"""Who did it, late checks of session 8: an adjective opening the sentence on a fighting noun is no actor.
Sentences written for these tests."""
from __future__ import annotations

from written_articles import runner


run = runner("2023-05-12")


def test_an_adjective_opening_the_sentence_on_a_fighting_noun_is_no_actor(pipeline):
    doc = run(pipeline, "Published 12 March 2023\nHeavy fighting broke out in Tripoli on Monday.\nHeavy fighting "
                        "continued in Bakhmut, officials said.", published="2023-03-12")
    got = [e for e in doc.events if e.type == "clash"]
    assert got, doc.events
    assert not any(a in ("Heavy", "Fierce") for e in got for a in e.actors), got


def test_whose_force_acted_is_the_owner_the_relative_clause_hangs_on(pipeline):
    doc = run(pipeline, "Hezbollah, whose fighters fired rockets at Metula on Monday, warned of more attacks. The "
                        "Houthis, whose forces seized the ship on Tuesday, said it would be held.",
              published="2024-03-12")
    fired = [e for e in doc.events if "fired" in e.evidence and e.type != "statement"]
    seized = [e for e in doc.events if e.type == "weapons_seizure"]
    assert fired and "Hezbollah" in fired[0].actors, fired
    assert seized and any("Houthi" in a for a in seized[0].actors), seized


def test_a_bare_force_told_by_a_relative_pronoun_takes_the_side_told_before(pipeline):
    doc = run(pipeline, "Ukraine sent its 47th brigade to the Kupiansk front in February. The brigade, which arrived "
                        "in Kupiansk last week, attacked Russian positions on Thursday.", published="2024-03-12")
    got = [e for e in doc.events if e.type == "deployment" and "arrived" in e.evidence]
    assert got and any("Ukraine" in a for a in got[0].actors), got


def test_an_appointment_without_agent_is_made_by_the_side_telling_it_or_whose_post_it_is(pipeline):
    doc = run(pipeline, "The Sudanese government said on Sunday that General Osman was appointed to lead the army. "
                        "General Yasin was appointed chief of staff of the Sudanese army on Monday.",
              published="2024-03-12")
    got = [e for e in doc.events if e.type == "group_change"]
    assert len(got) == 2 and all(any("Sudan" in a for a in e.actors) for e in got), got


def test_an_admission_retelling_an_act_names_its_doer_and_is_no_act_of_its_own(pipeline):
    doc = run(pipeline, "A passenger plane was shot down near Tehran on Wednesday. Iran admitted on Saturday that its "
                        "air defences had unintentionally shot down the plane.", published="2024-03-12")
    violent = [e for e in doc.events if e.type in ("attack", "clash", "airstrike", "shelling")]
    assert len(violent) == 1 and "Iran" in violent[0].actors, violent
    doc = run(pipeline, "A drone hit a wedding party in Tumbur on Saturday, killing 40 people. The Nigerian army "
                        "admitted on Sunday that one of its drones had struck the village by mistake.",
              published="2024-03-12")
    violent = [e for e in doc.events if e.type in ("attack", "clash", "airstrike", "shelling")]
    assert len(violent) == 1 and any("Nigeria" in a for a in violent[0].actors), violent


def test_a_sides_word_before_a_gerund_of_shelling_heading_the_sentence_is_its_doer(pipeline):
    doc = run(pipeline, "Published 12 March 2023\nRussian shelling hit Kharkiv on Sunday.\nIsraeli shelling killed "
                        "three farmers near Khiam on Tuesday.", published="2023-03-12")
    got = [e for e in doc.events if e.type == "shelling"]
    assert len(got) == 2, got
    assert "Russia" in got[0].actors and "Russia" not in got[0].targets, got
    assert "Israel" in got[1].actors, got


def test_an_appointment_without_agent_is_made_by_who_acts_just_before_not_by_a_place_in_the_post(pipeline):
    doc = run(pipeline, "The Kremlin reshuffled the high command on Friday. Valery Gerasimov was named commander of "
                        "the forces in Ukraine.", published="2024-03-12")
    got = [e for e in doc.events if e.type == "group_change"]
    assert got and "Russia" in got[0].actors and "Ukraine" not in got[0].actors, got
