"""Who did it, session 10: a force readied for a move is who makes it, what was done meanwhile by others is no
doer's act, a side saying what it struck at in the sentence of an agentless strike did it, a common noun owning up
to an act is the side it refers back to, an aircraft's make is no actor. Sentences written for these tests."""
from __future__ import annotations

from written_articles import runner


run = runner("2024-03-12")

STRIKES = ("airstrike", "shelling", "attack", "explosion", "suicide_bombing", "grenade", "clash")


def strikes(doc):
    return [e for e in doc.events if e.type in STRIKES]


def moves(doc):
    return [e for e in doc.events if e.type in ("deployment", "withdrawal", "troop_level")]


# --- a force readied for a move makes it ------------------------------------------------------------------------

def test_troops_placed_on_orders_to_deploy_are_the_movers(pipeline):
    doc = run(pipeline, "About 2,000 US troops were placed on prepare-to-deploy orders on Monday.")
    got = moves(doc)
    assert got and all(any("United States" in a for a in e.actors) for e in got), doc.events


def test_brigades_put_on_standby_are_the_movers(pipeline):
    doc = run(pipeline, "Two British brigades were put on standby to deploy to Estonia on Tuesday.")
    got = moves(doc)
    assert got and all(any(a in ("Britain", "British Armed Forces") for a in e.actors) for e in got), doc.events


def test_troops_put_on_alert_for_a_deployment_are_the_movers(pipeline):
    doc = run(pipeline, "Some 8,500 American troops were put on heightened alert for a possible deployment to "
                        "Europe on Monday.")
    got = moves(doc)
    assert got and all(any("United States" in a for a in e.actors) for e in got), doc.events


# --- who did something else meanwhile is no doer ----------------------------------------------------------------

def test_forces_racing_to_finish_an_airlift_did_not_fire_the_rockets(pipeline):
    doc = run(pipeline, "Rockets were fired at the airport on Sunday as US forces raced to finish the airlift.")
    got = strikes(doc)
    assert got, doc.events
    assert not any("United States" in a for e in got for a in e.actors), got


def test_soldiers_escorting_diplomats_did_not_fire_the_mortars(pipeline):
    doc = run(pipeline, "Mortar rounds were fired at the embassy compound on Monday as British soldiers escorted "
                        "diplomats to the runway.")
    got = strikes(doc)
    assert got, doc.events
    assert not any("Brit" in a for e in got for a in e.actors), got


def test_militants_storming_a_village_killed_its_people(pipeline):
    # the near miss: a clause of force tells who did the passive act
    doc = run(pipeline, "Twenty villagers were killed on Friday when militants stormed the village.")
    got = strikes(doc)
    assert got and any(e.actors for e in got), doc.events


# --- a side saying what it struck at, in the sentence of the strike ---------------------------------------------

def test_a_side_saying_it_targeted_someone_owns_the_strike_told_before(pipeline):
    doc = run(pipeline, "A drone strike hit a convoy near Idlib on Monday; Turkey said it had targeted PKK "
                        "fighters.")
    got = strikes(doc)
    assert got and all("Turkey" in e.actors for e in got), doc.events


def test_an_army_saying_it_targeted_a_commander_owns_the_strike(pipeline):
    doc = run(pipeline, "A strike on the camp killed dozens on Tuesday; the army said it had targeted a commander "
                        "there.")
    got = strikes(doc)
    assert got and all(e.actors for e in got), doc.events


def test_a_side_denying_it_targeted_civilians_owns_nothing(pipeline):
    doc = run(pipeline, "A strike on the camp killed dozens on Tuesday; the army said it had not targeted "
                        "civilians.")
    got = strikes(doc)
    assert got and not any(e.actors for e in got), doc.events


def test_a_side_saying_others_targeted_the_camp_owns_nothing(pipeline):
    doc = run(pipeline, "A strike on the camp killed dozens on Tuesday; the army said the rebels had targeted the "
                        "camp before.")
    got = strikes(doc)
    assert got and not any("army" in a.lower() for e in got for a in e.actors), doc.events


# --- 'the group' owning up to an act is the group named before --------------------------------------------------

def test_the_group_admitting_a_bombing_is_the_group_named_before(pipeline):
    doc = run(pipeline, "Al-Shabaab fighters attacked a base in Lower Shabelle in March. The group later admitted it "
                      "carried out last Thursday's car bombing in Mogadishu.")
    got = strikes(doc)
    assert got, doc.events
    assert not any(a.lower() == "group" for e in got for a in e.actors), got
    assert all(any("shabaab" in a.lower() for a in e.actors) for e in got), got


def test_the_group_saying_it_did_the_bombing_is_the_named_group(pipeline):
    doc = run(pipeline, "The Islamic State group is active in the region. A suicide bombing at a market in Kabul "
                        "killed 12 people on Friday. The group later said it carried out the bombing.")
    got = strikes(doc)
    assert got and all(e.actors == ["Islamic State"] for e in got), got


# --- an aircraft's make is no actor ---------------------------------------------------------------------------

def test_bombers_flown_from_a_state_are_that_states(pipeline):
    doc = run(pipeline, "Long-range B-1 bombers flown from the United States struck 85 targets in Iraq and Syria on "
                        "Friday.")
    got = strikes(doc)
    assert got and all(e.actors == ["United States"] for e in got), got


def test_bombers_flown_from_britain_are_britains(pipeline):
    doc = run(pipeline, "B-52 bombers flown from the United Kingdom bombed positions in Iraq on Sunday.")
    got = strikes(doc)
    assert got and all(e.actors == ["Britain"] for e in got), got


def test_a_make_alone_names_no_actor(pipeline):
    doc = run(pipeline, "Two B-1 bombers struck targets in Syria on Friday.")
    got = strikes(doc)
    assert got and not any("B-1" in a for e in got for a in e.actors), got


def test_a_suicide_bomber_is_still_a_person(pipeline):
    doc = run(pipeline, "A suicide bomber killed 12 people at a market in Kabul on Friday.")
    got = strikes(doc)
    assert got and all(e.actors for e in got), got


# --- a force told without its owner, landing in a host's country --------------------------------------------------

def _landing(doc, verb):
    return [e for e in doc.events if e.type == "deployment" and verb in (e.trigger or "")]


def test_paratroopers_landing_in_a_host_country_are_the_sending_states(pipeline):
    doc = run(pipeline, "FORT BRAGG - For the second time in ten days, families are saying goodbye to American "
                        "soldiers.\n\nThe Pentagon on Friday ordered about 3,000 more US troops to Poland, where they "
                        "will join 1,700 comrades. US officials said the new group would fly out within days, and "
                        "American commanders said the division was ready. Washington also sent more jets to Romania, "
                        "as Russian forces massed near Ukraine.\n\nThe first planes took off from Pope Army Airfield "
                        "the next day. The flight took nine hours, with a refuelling stop at Ramstein. Two days later "
                        "the first paratroopers landed at Rzeszow, Polish officials said.")
    got = _landing(doc, "landed")
    assert got and all(e.actors == ["United States Armed Forces"] for e in got), doc.events


def test_soldiers_arriving_in_a_host_country_are_the_sending_states(pipeline):
    doc = run(pipeline, "TIDWORTH - For the second time this year, families in Wiltshire are saying goodbye to "
                        "British soldiers.\n\nThe Ministry of Defence on Tuesday ordered about 800 more British troops "
                        "to Estonia, where they will join 900 comrades. UK officials said the new group would fly out "
                        "within days, and British commanders said the battlegroup was ready. London also sent more "
                        "helicopters to Latvia, as Russian troops drilled in Belarus.\n\nThe first ferries left "
                        "Marchwood on Wednesday. The crossing took two days, with a stop at Kiel. On Sunday the first "
                        "soldiers arrived in Tartu, Estonian officials said.")
    got = _landing(doc, "arrived")
    assert got and all(e.actors == ["British Armed Forces"] for e in got), doc.events


def test_reinforcements_in_a_report_of_two_sides_stay_unowned(pipeline):
    doc = run(pipeline, "Russian forces shelled Kharkiv on Monday and Ukrainian troops pushed back near Izium. Russia "
                        "said Ukraine had attacked first and Kyiv denied it.\n\nOn Tuesday the first reinforcements "
                        "arrived in the city, local officials said.")
    got = _landing(doc, "arrived")
    assert got and not any("Russia" in a or "Ukrain" in a for e in got for a in e.actors), doc.events


# --- another state's force named by the word of the US Marine Corps -----------------------------------------------

def test_russian_marines_are_russias(pipeline):
    doc = run(pipeline, "Russian marines landed near the port on Tuesday.")
    acts = [a for e in doc.events for a in e.actors]
    assert acts and not any("US" in a or "United States" in a for a in acts), doc.events
    assert any("Russia" in a for a in acts), doc.events


def test_british_marines_are_britains(pipeline):
    doc = run(pipeline, "British marines boarded the tanker off Gibraltar on Thursday.")
    acts = [a for e in doc.events for a in e.actors]
    assert acts and not any("US" in a or "United States" in a for a in acts), doc.events
    assert any("Brit" in a for a in acts), doc.events


def test_marines_alone_in_a_us_report_are_still_the_us_marine_corps(pipeline):
    doc = run(pipeline, "Some 2,200 Marines arrived in Darwin on Monday for the annual rotation, the Pentagon said.")
    assert any("US Marine Corps" in e.actors for e in doc.events), doc.events


def test_the_matcher_leaves_the_force_word_to_the_adjective_before_it(pipeline):
    from sitrep.actors.dictionary import ActorDictionary
    d = ActorDictionary.load()
    names = [m.actor.name for m in d.match("Russian marines and US Marines met Ukrainian Marines.")]
    assert names.count("US Marine Corps") == 1, names
