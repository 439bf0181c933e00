"""Event kinds, modality and one event per occurrence, on sentences written for these tests."""
from __future__ import annotations

from written_articles import runner


run = runner("2023-03-09")


def of_kind(doc, kind):
    return [e for e in doc.events if e.type == kind]


def test_a_force_driving_into_part_of_a_named_place_is_a_deployment(pipeline):
    doc = run(pipeline, "Early on Monday, armoured vehicles of the 7th Brigade drove into the northern edge of "
                        "Kherson and set up checkpoints.")
    assert [e.modality for e in of_kind(doc, "deployment")] == ["asserted"]


def test_troops_going_in_is_a_deployment_to_come(pipeline):
    doc = run(pipeline, "The defence minister said that soldiers and armour would go in once the rains ended.")
    assert [e.modality for e in of_kind(doc, "deployment")] == ["planned"]


def test_leaders_speaking_by_phone_is_diplomacy(pipeline):
    doc = run(pipeline, "On Tuesday Prime Minister Ana Brnabic and President Emmanuel Macron spoke by phone "
                        "about the border dispute.")
    assert len(of_kind(doc, "diplomacy")) == 1


def test_a_fire_at_a_gas_facility_hit_by_drones_is_no_chemical_attack(pipeline):
    doc = run(pipeline, "On 2 March, drones launched by the rebels hit the Ras Tanura natural gas plant, "
                        "starting a large fire.")
    assert not of_kind(doc, "chemical_attack")
    assert doc.events


def test_an_agreed_timetable_is_no_agreement(pipeline):
    doc = run(pipeline, "The army said the pull-out from the valley kept to the agreed timetable.")
    assert not of_kind(doc, "agreement")


def test_aid_trucks_are_no_military_aid(pipeline):
    doc = run(pipeline, "The authorities shut the Nassib crossing, the main route for aid trucks into the province.")
    assert not of_kind(doc, "military_aid")


def test_an_act_named_only_as_a_yardstick_since_it_happened_is_no_event(pipeline):
    doc = run(pipeline, "The ceasefire ends the worst fighting between the two armies since Ethiopian troops "
                        "entered the Tigray region.")
    assert not of_kind(doc, "territory_change") and not of_kind(doc, "deployment")


def test_an_act_since_which_something_holds_with_its_own_day_stays(pipeline):
    doc = run(pipeline, "The town of Gao has been quiet since the army retook the town on 3 May.")
    assert len(of_kind(doc, "territory_change")) == 1


def test_reports_denied_in_the_passive_deny_the_act(pipeline):
    doc = run(pipeline, "Reports that the missiles had been fired from Lebanon were denied by the Lebanese army, "
                        "which said its territory was not used.")
    assert {e.modality for e in doc.events if e.type in ("shelling", "airstrike", "attack")} == {"denied"}


def test_what_one_would_do_if_another_acted_is_hypothetical(pipeline):
    doc = run(pipeline, "The chancellor said on Monday that if Serbia attacked the enclave she would stop "
                        "delivering tanks and artillery shells to Belgrade.")
    assert [e.modality for e in of_kind(doc, "military_aid")] == ["hypothetical"]


def test_troops_a_state_will_keep_that_it_already_has_are_its_strength(pipeline):
    doc = run(pipeline, "Paris says it will keep its roughly 1,500 soldiers in southern Chad for now.")
    assert [e.modality for e in of_kind(doc, "troop_level")] == ["asserted"]


def test_aircraft_shot_down_after_a_strike_are_an_act_of_their_own(pipeline):
    doc = run(pipeline, "Near Voronezh, a helicopter fired rockets at the rebel column on Saturday. Rebel air "
                      "defences shot down two helicopters and a transport plane, killing nine airmen.")
    assert len(of_kind(doc, "clash")) == 1


def test_a_plan_and_an_act_told_in_one_sentence_are_two(pipeline):
    doc = run(pipeline, "Officials said the national army will take over the fight against the rebels around "
                        "Lake Kivu, where 30 soldiers were killed in an attack on a camp in late January.")
    violent = [e for e in doc.events if e.type in ("attack", "clash")]
    assert [e.modality for e in violent] == ["asserted"]


def test_an_act_given_as_a_cause_with_its_own_toll_is_reported(pipeline):
    doc = run(pipeline, "The government says the offensive is a response to the bombing in Kirkuk on 4 March, "
                        "in which nine people were killed.")
    assert len([e for e in doc.events if e.type in ("explosion", "attack")]) == 1


def test_a_building_blown_up_is_an_explosion(pipeline):
    doc = run(pipeline, "On 8 May the old clock tower and the bridge beside it were blown up as the rebels retreated.")
    assert len(of_kind(doc, "explosion")) == 1


def test_the_other_sides_toll_of_militants_does_not_turn_a_killing_of_civilians_into_a_battle(pipeline):
    doc = run(pipeline, "Witnesses said soldiers killed about 40 villagers in Sare, in the south, last week. "
                        "The army said it had killed 25 militants there.")
    assert [e.type for e in doc.events if e.type in ("attack", "clash")] == ["attack"]


def test_a_pilot_captured_is_no_ground_taken(pipeline):
    doc = run(pipeline, "Captain Ilya Brodsky, the navy pilot captured by the rebels on Sunday, was released "
                        "at the Kapitan crossing two days later.")
    assert not of_kind(doc, "territory_change")


def test_an_officer_reporting_to_a_president_with_the_subject_lost_is_no_diplomacy(pipeline):
    doc = run(pipeline, "Two days after the raid began, the chief of the Army Staff, Sergei Marin, told President "
                        "Ivan Dolan that the advance had been halted, a claim disputed by local officials.")
    assert not of_kind(doc, "diplomacy")


def test_a_new_commander_who_speaks_is_no_change_of_leader(pipeline):
    doc = run(pipeline, "The garrison's new commander, Colonel Amadou Sall, said the soldiers had left before dawn.")
    assert not of_kind(doc, "group_change")


def test_sites_not_damaged_is_no_denied_destruction(pipeline):
    doc = run(pipeline, "The energy agency said the country's oil terminals had not been damaged.")
    assert not of_kind(doc, "property_destruction")


def test_who_a_group_is_told_in_a_relative_clause_is_no_event(pipeline):
    doc = run(pipeline, "Analysts expect the militias, which never signed the 2015 peace accord, to step up raids.")
    assert not of_kind(doc, "agreement")


def test_troops_slipping_away_is_a_withdrawal(pipeline):
    doc = run(pipeline, "Villagers said the last foreign soldiers slipped away from the Ambo camp before dawn on Friday.")
    assert len(of_kind(doc, "withdrawal")) == 1


def test_the_last_flight_leaving_is_a_withdrawal(pipeline):
    doc = run(pipeline, "The last British flight left Khartoum airport late on Tuesday, ending the evacuation.")
    assert len(of_kind(doc, "withdrawal")) == 1


def test_a_town_that_fell_is_ground_lost(pipeline):
    doc = run(pipeline, "The town of Kalehe fell on Saturday, according to local officials.")
    assert len(of_kind(doc, "territory_change")) == 1


def test_ground_overrun_named_before_by_a_pronoun_is_taken(pipeline):
    doc = run(pipeline, "Soldiers had held the hilltop post at Boni for a year. By Friday the rebels had overrun it, "
                        "villagers said.")
    assert of_kind(doc, "territory_change")


def test_flags_raised_over_a_place_is_ground_held(pipeline):
    doc = run(pipeline, "On Friday, paratroopers entered the airport of Kindia and raised their flag over the terminal.")
    assert of_kind(doc, "territory_change")


def test_falling_silent_or_by_a_percentage_is_no_ground_lost(pipeline):
    doc = run(pipeline, "The village fell silent on Sunday. Fuel prices fell by 5% on Monday.")
    assert not of_kind(doc, "territory_change")


def test_no_sign_of_an_act_denies_it_and_a_sign_is_no_signing(pipeline):
    doc = run(pipeline, "There was no sign of fighting in the town of Bouna on Sunday, residents said.")
    assert not of_kind(doc, "agreement")
    assert {e.modality for e in of_kind(doc, "clash")} <= {"denied"}


def test_a_denial_after_a_semicolon_leaves_the_act_before_it_told(pipeline):
    doc = run(pipeline, "On Monday mortar rounds landed near the UN camp outside Tessalit; the army denied it had "
                        "targeted the peacekeepers.")
    assert [e.modality for e in of_kind(doc, "shelling")] == ["asserted"]


def test_a_convoy_leaving_a_country_for_another_is_a_withdrawal(pipeline):
    doc = run(pipeline, "Italian convoy leaves western Libya for Tunisia")
    assert of_kind(doc, "withdrawal") and not of_kind(doc, "deployment")


def test_pulling_out_and_crossing_into_the_next_country_is_one_withdrawal(pipeline):
    doc = run(pipeline, "On Tuesday, a convoy of French armoured vehicles pulled out of northern Mali and crossed into "
                        "Niger, the army said.")
    assert len(of_kind(doc, "withdrawal")) == 1 and not of_kind(doc, "deployment")


def test_a_plan_carried_out_is_an_occurrence_of_its_own(pipeline):
    doc = run(pipeline, "The president announced on 2 March that Belgium would withdraw its troops from Niger.\n\n"
                        "Opposition parties criticised the decision.\n\n"
                        "The withdrawal was completed on 20 August, when the last soldiers left Niamey.",
              published="2023-08-25")
    assert sorted(e.modality for e in of_kind(doc, "withdrawal")) == ["asserted", "planned"]
    done = [e for e in of_kind(doc, "withdrawal") if e.modality == "asserted"][0]
    assert done.date is not None and done.date.start.isoformat() == "2023-08-20"


def test_a_handover_that_took_place_is_told(pipeline):
    doc = run(pipeline, "The army said it would hand over the camp at Tessit to UN forces.\n\n"
                        "The handover took place on Tuesday.", published="2023-08-25")
    assert sorted(e.modality for e in of_kind(doc, "handover")) == ["asserted", "planned"]


def test_residents_hurling_vegetables_at_a_convoy_is_a_riot_not_a_grenade(pipeline):
    doc = run(pipeline, "In Kobani on Monday, angry residents hurled eggs and stones at the departing armoured vehicles.")
    assert of_kind(doc, "riot") and not of_kind(doc, "grenade")


def test_a_grenade_thrown_is_still_a_grenade(pipeline):
    doc = run(pipeline, "A man threw a grenade at a police patrol in Gao on Monday.")
    assert of_kind(doc, "grenade")


def test_backing_an_armed_group_is_military_aid_and_a_backed_force_is_not(pipeline):
    doc = run(pipeline, "Kampala denies backing the ADF rebels.")
    assert [e.modality for e in of_kind(doc, "military_aid")] == ["denied"]
    doc = run(pipeline, "The separatists, backed by tribal militias, seized the port of Mukalla on 2 May.")
    assert not of_kind(doc, "military_aid")


def test_a_toll_since_the_fighting_began_is_a_running_total_not_an_act_of_that_day(pipeline):
    doc = run(pipeline, "The toll given by the army today: more than 300 militants and 40 soldiers killed since the "
                        "fighting began on 2 June.", published="2023-09-01")
    assert not [e for e in doc.events if e.date is not None and e.date.start.isoformat() == "2023-06-02"]


def test_a_blast_with_its_own_casualty_count_is_reported(pipeline):
    # a short report the sentence classifier doubts: the specific word of violence and its toll make the event
    doc = run(pipeline, "The explosion wounded 14 people.")
    assert [e.quantities.get("injured") for e in of_kind(doc, "explosion")] == [14]
    doc = run(pipeline, "The car blast killed nine people on Friday.")
    assert [e.quantities.get("fatalities") for e in of_kind(doc, "explosion")] == [9]


def test_a_count_of_a_generic_word_alone_is_no_act_of_violence(pipeline):
    doc = run(pipeline, "The flu killed 15 people last winter.")
    assert not doc.events


def test_a_doubtful_mention_merged_into_an_event_brings_its_toll_but_not_its_speaker(pipeline):
    doc = run(pipeline, "Rebels captured the town of Kidal on Monday after heavy fighting. The defence ministry "
                        "said in a statement that 12 soldiers were wounded.")
    taken = of_kind(doc, "territory_change")
    assert len(taken) == 1
    assert taken[0].quantities.get("injured") == 12
    assert "defence ministry" not in taken[0].actors


def test_a_declaration_by_a_speaker_in_the_news_is_a_statement(pipeline):
    doc = run(pipeline, "The rebel commander vowed revenge for the death of his deputy.")
    assert [e.modality for e in of_kind(doc, "statement")] == ["asserted"]
    doc = run(pipeline, "The foreign ministry condemned the shelling of the border village.")
    assert of_kind(doc, "statement")


def test_a_warning_of_an_act_or_a_threat_without_a_speaker_is_no_statement(pipeline):
    # the act warned of carries the news; pests and pundits make none
    doc = run(pipeline, "The militia warned it could blow up the bridges if the offensive went ahead.")
    assert not of_kind(doc, "statement")
    doc = run(pipeline, "Heavy floods threatened the harvest across the valley.")
    assert not of_kind(doc, "statement")
