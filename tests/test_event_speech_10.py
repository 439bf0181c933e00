"""Statements, pacts, plans and threats told in wordings the rules missed (session 10), on sentences written for
these tests: accusations across a semicolon, words spoken at an occasion, a side readying an attack, conditional
threats, a pact's deadline, forces to move, drills over a span, a pronoun speaking for the side named before, and
headings on lines of their own."""
from __future__ import annotations

import pytest

from written_articles import runner

run = runner("2023-05-14")


def events(pipeline, text):
    return [(e.type, e.modality, e.date.start.isoformat() if e.date else None, e.actors)
            for e in run(pipeline, text).events]


def kinds(pipeline, text):
    return [(k, m) for k, m, _, _ in events(pipeline, text)]


@pytest.mark.parametrize("sentence, accuser, answerer", [
    ("Minsk accused Kyiv of preparing an attack on Belarus; Kyiv rejected it.", "Belarus", "Ukraine"),
    ("Vucic accused Kosovo of plotting an attack on Serb villages; Pristina denied the claim.", "Vucic", "Kosovo"),
])
def test_an_accusation_and_its_rejection_are_two_statements(pipeline, sentence, accuser, answerer):
    found = events(pipeline, sentence)
    said = [a for k, m, _, a in found if k == "statement" and m == "asserted"]
    assert any(accuser in a for a in said) and any(answerer in a for a in said)
    # the attack readied is no act told
    assert not [k for k, m, _, _ in found if k not in ("statement", "diplomacy") and m == "asserted"]


@pytest.mark.parametrize("sentence, day", [
    ("Moscow claimed on Friday that Kyiv was preparing a strike on the dam.", "2023-05-12"),
    ("On Tuesday the Belarusian leader said that Ukraine was planning an attack on his country.", "2023-05-09"),
])
def test_a_claim_that_the_other_side_readies_an_attack_is_a_statement(pipeline, sentence, day):
    found = events(pipeline, sentence)
    assert ("statement", "asserted", day) in [(k, m, d) for k, m, d, _ in found]
    assert [m for k, m, _, _ in found if k != "statement"] in ([], ["hypothetical"], ["planned"])


@pytest.mark.parametrize("sentence, day", [
    ("The president, in a television interview this month, said that 30 soldiers were killed.", "2023-05-01"),
    ("The minister told a news conference in Nairobi on Monday that the talks had failed.", "2023-05-08"),
    ("The general, in a radio interview on Thursday, said his men had retaken the bridge.", "2023-05-11"),
])
def test_words_spoken_at_an_occasion_are_a_statement(pipeline, sentence, day):
    assert ("statement", "asserted", day) in [(k, m, d) for k, m, d, _ in events(pipeline, sentence)]


def test_an_address_in_a_street_is_no_statement(pipeline):
    assert "statement" not in [k for k, _ in kinds(pipeline, "The address of the embassy in Nairobi was "
                                                             "published on Monday.")]


@pytest.mark.parametrize("sentence", [
    "If the raids on our villages go on, we will retaliate, the defence minister said on Sunday.",
    "Should the shelling of our towns continue, the army will hit back, the general warned.",
])
def test_a_conditional_threat_tells_no_act_as_done(pipeline, sentence):
    found = kinds(pipeline, sentence)
    violent = [m for k, m in found if k not in ("statement", "diplomacy")]
    assert violent and all(m == "hypothetical" for m in violent)


def test_an_answer_to_any_strike_is_hypothetical(pipeline):
    found = kinds(pipeline, "Tehran would respond militarily to any strike on its soil, the foreign ministry said.")
    assert ("attack", "hypothetical") in found
    assert "asserted" not in [m for k, m in found if k != "statement"]


def test_a_threat_unconditioned_is_no_attack(pipeline):
    found = kinds(pipeline, "The army will hit back at the rebels, the governor said on Sunday.")
    assert "attack" not in [k for k, _ in found]


@pytest.mark.parametrize("sentence, day", [
    ("If talks fail, the government will meet the rebels again in Doha, the envoy said.", "2023-05-14"),
    ("The UN envoy said on Sunday that her government would not return to the talks.", "2023-05-14"),
])
def test_an_envoy_speaking_is_no_meeting(pipeline, sentence, day):
    found = kinds(pipeline, sentence)
    assert ("diplomacy", "asserted") not in found


@pytest.mark.parametrize("sentence, end", [
    ("The May 19 agreement in Niamey on a withdrawal by September 15 was welcomed by the government.", "2023-09-15"),
    ("Under the 12 April deal in Doha on the withdrawal of foreign troops by 1 July, the last soldiers are leaving.",
     "2023-07-01"),
])
def test_a_pact_with_a_deadline_tells_the_move_planned(pipeline, sentence, end):
    found = run(pipeline, sentence).events
    assert any(e.type == "agreement" and e.modality == "asserted" for e in found)
    assert any(e.type == "withdrawal" and e.modality == "planned" and e.date and e.date.end.isoformat() == end
               for e in found)


def test_talks_on_a_withdrawal_tell_no_withdrawal(pipeline):
    found = kinds(pipeline, "The talks on the withdrawal collapsed on Monday after the rebels shelled the town.")
    assert ("withdrawal", "asserted") not in found


@pytest.mark.parametrize("sentence", [
    "Two battalions, from Rukla and Klaipeda, are to move to Lithuania.",
    "About 300 marines will move to Darwin in the spring.",
])
def test_a_force_to_move_is_a_planned_deployment(pipeline, sentence):
    assert ("deployment", "planned") in kinds(pipeline, sentence)


def test_people_to_move_are_no_deployment(pipeline):
    assert "deployment" not in [k for k, _ in kinds(pipeline, "The residents are to move to Vilnius next month.")]


@pytest.mark.parametrize("sentence", [
    "The drills ran from Thursday noon to Sunday noon near the border.",
    "The exercises lasted from Monday to Wednesday in Poland.",
])
def test_drills_over_a_span_are_asserted(pipeline, sentence):
    # (the days themselves are the dating's: only that the drills told over the span happened)
    found = run(pipeline, sentence).events
    assert any(e.type == "exercise" and e.modality == "asserted" and e.date is not None for e in found)


def test_drills_to_run_are_not_asserted(pipeline):
    assert ("exercise", "asserted") not in kinds(pipeline, "The drills will run from Monday to Friday near Narva.")


@pytest.mark.parametrize("text", [
    "Germany said it had paused its mission in Iraq. Last Friday it suspended its training of Iraqi forces.",
    "The Danish government announced a review of its contingent. On Monday it halted its training of Iraqi soldiers.",
    "The pullback comes as the alliance winds down its presence for other reasons as well. On Monday it halted its "
    "training of Kurdish units for a month.",
])
def test_a_pronoun_suspends_for_the_side_named_before(pipeline, text):
    found = run(pipeline, text).events
    second = text.index(". ") + 2
    assert any(e.type == "statement" and e.start >= second for e in found)


def test_a_pronoun_for_no_side_suspends_nothing(pipeline):
    text = "The storm hit the coast. On Monday it halted the training of Iraqi soldiers."
    assert "statement" not in [k for k, _ in kinds(pipeline, text)]


@pytest.mark.parametrize("heading", ["What to watch", "Background", "Key points"])
@pytest.mark.parametrize("line", [
    "- NATO deployed 4,000 troops to Romania on Friday.",
    "“We deployed 4,000 troops to Romania on Friday,” the alliance said.",
])
def test_a_heading_lends_nothing_to_the_line_after_it(pipeline, heading, line):
    text = "Troops arrive in Romania\n\n" + heading + "\n" + line
    found = run(pipeline, text).events
    assert ("deployment", "asserted") in [(e.type, e.modality) for e in found]
    assert not any(heading in e.evidence for e in found)
