"""A single, definite act named by a noun in passing is still an act told: used as a time ("two days after
the drone attack on ...") or placed by its own phrase; a struggle or a repeated act is not. Sentences written
for these tests."""
from __future__ import annotations

from written_articles import runner


run = runner("2024-03-12")


def kinds_with_trigger(doc, word):
    return [(e.type, e.modality) for e in doc.events if e.trigger == word]


# -- one act named as a time or placed: kept, as a past act -------------------------------------------------

def test_an_act_named_as_a_time_with_its_target_is_kept(pipeline):
    doc = run(pipeline, "The militia fired rockets at a US base in Syria on Monday, two days after the drone "
                        "attack on US troops in Jordan.")
    told = kinds_with_trigger(doc, "attack")
    assert told and all(m == "asserted" for _, m in told)


def test_a_possessed_assault_told_as_a_time_is_kept(pipeline):
    doc = run(pipeline, "The army retook the town of Kidal on Tuesday, a week after the rebels' assault on "
                        "the army's base in the city.")
    assert [m for _, m in kinds_with_trigger(doc, "assault")] == ["asserted"]


def test_an_act_a_state_follows_under_a_stative_verb_is_kept(pipeline):
    doc = run(pipeline, "Relations between Baghdad and Washington remain tense after the American killing "
                        "of the militia commander in Baghdad.")
    assert [m for _, m in kinds_with_trigger(doc, "killing")] == ["asserted"]


def test_staying_after_an_act_keeps_the_act(pipeline):
    doc = run(pipeline, "The confusion came as allies weighed the risks of staying after the US killing of "
                        "the Iranian general.")
    assert [m for _, m in kinds_with_trigger(doc, "killing")] == ["asserted"]


# -- a struggle, a repeated act, a series: no act of its own ------------------------------------------------

def test_a_struggle_or_a_repeated_act_names_no_act(pipeline):
    doc = run(pipeline, "The vote came after the war on terror cost billions. The jihadists' raids continued "
                        "after the continued assault on the town of Menaka. Tensions remain high after the "
                        "fight against the jihadists in the Sahel stalled.")
    assert not [e for e in doc.events if e.trigger in ("war", "assault", "fight")]


def test_a_campaign_of_strikes_names_no_act(pipeline):
    doc = run(pipeline, "Troops arrived in Mali after the campaign of strikes on militant camps in the north.")
    assert not [e for e in doc.events if e.trigger in ("campaign", "strikes")]


# -- a force readied for a move: the move is planned ---------------------------------------------------------

def deployments(doc):
    return [e.modality for e in doc.events if e.type == "deployment"]


def test_a_force_told_to_be_ready_to_deploy_is_a_planned_move(pipeline):
    doc = run(pipeline, "Two brigades of the 82nd Airborne Division were told to be ready to deploy to Poland.")
    assert deployments(doc) == ["planned"]


def test_a_force_ordered_to_stand_ready_is_a_planned_move(pipeline):
    doc = run(pipeline, "Marines were ordered to stand ready to deploy to Haiti.")
    assert deployments(doc) == ["planned"]


def test_an_alert_for_a_possible_deployment_is_a_planned_move(pipeline):
    doc = run(pipeline, "The Pentagon put 8,500 troops on heightened alert for a possible deployment to "
                        "eastern Europe.")
    assert deployments(doc) == ["planned"]


def test_a_standby_to_deploy_is_a_planned_move_however_parsed(pipeline):
    doc = run(pipeline, "Britain has placed 1,000 soldiers on standby to deploy to Kosovo.")
    assert deployments(doc) == ["planned"]


def test_a_force_said_ready_is_only_able(pipeline):
    doc = run(pipeline, "The general said his battalion was ready to deploy to Lithuania if asked.")
    assert "asserted" not in deployments(doc) and "planned" not in deployments(doc)


def test_troops_sent_at_short_notice_were_sent(pipeline):
    doc = run(pipeline, "The troops were sent to Kosovo at a few hours' notice on Monday.")
    assert deployments(doc) == ["asserted"]


# -- a pattern of acts told as going on: no occurrence of its own ---------------------------------------------

def test_attacks_that_have_continued_for_months_are_no_act(pipeline):
    doc = run(pipeline, "Attacks on US troops in Iraq and Syria have continued for months. Clashes continued in "
                        "Kidal on Monday.")
    told = [e for e in doc.events if e.type in ("attack", "clash", "airstrike", "shelling")]
    assert len(told) == 1 and told[0].trigger == "Clashes" and not told[0].actors


def test_a_protest_going_on_in_a_town_is_still_told(pipeline):
    doc = run(pipeline, "Protests have continued in Tbilisi for a week.")
    assert [e.type for e in doc.events] == ["protest"]
