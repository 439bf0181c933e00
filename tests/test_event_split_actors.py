"""Several states each doing their own act in one clause: one event per state; a joint act stays one.
And the nationality of a source ('according to Ukrainian and US officials') never places the act.
Sentences written for these tests."""
from __future__ import annotations

from written_articles import runner


run = runner("2023-04-24")


def actor_sets(doc, kind):
    return [e.actors for e in doc.events if e.type == kind]


def _alone(sets, name):
    """Some event has this state among its actors and none of the others named in the sentence."""
    return any(name in " ".join(a) for a in sets)


def test_two_states_evacuating_their_citizens_make_one_event_each(pipeline):
    doc = run(pipeline, "Japan and South Korea evacuated their citizens from Port Sudan on Sunday.")
    sets = actor_sets(doc, "withdrawal")
    assert len(sets) == 2
    assert any(a == ["Japan"] for a in sets) and any(a == ["South Korea"] for a in sets)


def test_each_said_splits_the_act_between_the_states(pipeline):
    doc = run(pipeline, "Greece and Cyprus each flew their nationals out of Beirut on Saturday.")
    sets = actor_sets(doc, "withdrawal")
    assert len(sets) == 2 and all(len(a) == 1 for a in sets)


def test_recalling_their_ambassadors_is_an_act_of_each_state(pipeline):
    doc = run(pipeline, "The Netherlands and Belgium recalled their ambassadors from Bamako on Friday.")
    sets = [a for e in doc.events for a in [e.actors]]
    assert len(sets) == 2 and all(len(a) == 1 for a in sets)


def test_their_respective_envoys_split_the_act(pipeline):
    doc = run(pipeline, "Sweden and Norway recalled their respective envoys from Minsk on Friday.")
    sets = [e.actors for e in doc.events]
    assert len(sets) == 2 and all(len(a) == 1 for a in sets)


def test_a_joint_strike_by_two_states_stays_one_event(pipeline):
    doc = run(pipeline, "France and Britain struck an ammunition depot near Raqqa on Tuesday.")
    strikes = [e for e in doc.events if e.type in ("airstrike", "attack", "shelling")]
    assert len(strikes) == 1


def test_a_force_of_two_flags_stays_one_event(pipeline):
    doc = run(pipeline, "Kenyan and Somali troops recaptured the town of Kismayo on Thursday.")
    assert len([e for e in doc.events if e.type == "territory_change"]) == 1


def test_joint_drills_stay_one_event(pipeline):
    doc = run(pipeline, "Russia and China held joint naval drills in the East China Sea on Monday.")
    assert len([e for e in doc.events if e.type == "exercise"]) == 1


def test_a_state_evacuating_its_own_citizens_is_one_event(pipeline):
    doc = run(pipeline, "Italy evacuated its citizens from Khartoum on Sunday.")
    assert len([e for e in doc.events if e.type == "withdrawal"]) == 1


def test_the_sources_nationalities_do_not_place_the_act(pipeline):
    doc = run(pipeline, "Strikes on the grid\n\nThe missiles struck a power plant at around 3 a.m., "
                        "according to Ukrainian and US officials.")
    assert all(e.location is None or e.location.country != "US" for e in doc.events)


def test_officials_of_two_states_who_said_it_do_not_place_the_act(pipeline):
    doc = run(pipeline, "A drone hit a fuel depot overnight, Israeli and French officials said.")
    assert all(e.location is None or e.location.country not in ("FR", "IL") for e in doc.events)
