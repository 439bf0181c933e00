"""Who did it: the actors of events, on sentences written for these tests."""
from __future__ import annotations

from sitrep.actors import ActorDictionary

from written_articles import runner


run = runner("2022-03-10")


def actors_of(doc, kind):
    return [e.actors for e in doc.events if e.type == kind]


def test_the_second_of_two_conjoined_weapons_shares_the_agent_of_the_first(pipeline):
    doc = run(pipeline, "On Tuesday, rockets and mortar shells fired by Hezbollah from southern Lebanon hit "
                        "an army post near Metula, wounding two soldiers.")
    assert any("Hezbollah" in a for a in actors_of(doc, "shelling"))


def test_unowned_drones_beside_a_named_air_force_belong_to_it(pipeline):
    doc = run(pipeline, "Russian warplanes hit a bridge near the river on Friday, while armed drones struck "
                        "supply trucks west of the town.")
    assert any(a and "Russia" in " ".join(a) for a in actors_of(doc, "airstrike"))


def test_drones_of_another_moment_are_not_given_the_first_clause_s_force(pipeline):
    doc = run(pipeline, "Russian jets bombed the depot on Friday, weeks after drones struck a refinery near the town.")
    assert all("drone" not in " ".join(a).lower() for a in actors_of(doc, "airstrike"))


def test_a_count_set_beside_a_named_contingent_is_that_contingent_s(pipeline):
    doc = run(pipeline, "The Polish army contingent, some 300 troops based near the border since 2019, "
                        "escorted the convoy.")
    levels = actors_of(doc, "troop_level")
    assert levels and any("Pol" in " ".join(a) for a in levels)


def test_a_kind_of_force_yields_to_the_named_group_it_comes_from(pipeline):
    doc = run(pipeline, "Private military contractors from the Wagner group were deploying in the Central "
                        "African Republic.")
    assert any("Wagner Group" in a for a in actors_of(doc, "deployment"))


def test_the_person_named_beside_a_post_acts(pipeline):
    doc = run(pipeline, "The Secretary-General of NATO, Jens Stoltenberg, is due to arrive in Vilnius on Monday.")
    got = [a for e in doc.events for a in e.actors]
    assert "Jens Stoltenberg" in got


def test_a_person_misattached_to_an_earlier_subject_does_not_replace_it(pipeline):
    doc = run(pipeline, "The bloc agreed to send an observer mission headed by its deputy chief, Major General "
                        "Oleg Petrov, which is due in Tbilisi next week.")
    assert all("Oleg Petrov" not in e.actors for e in doc.events if e.type == "agreement")


def test_the_press_spelling_of_hts_is_its_canonical_name():
    d = ActorDictionary.load()
    assert d.resolve("HTS") == "Hayat Tahrir al-Sham"
    assert d.resolve("Hay'at Tahrir al-Sham") == "Hayat Tahrir al-Sham"


def test_the_subject_of_came_under_fire_is_its_target(pipeline):
    doc = run(pipeline, "A Georgian border patrol came under fire near Ergneti on Monday.")
    assert all("Georgia" not in " ".join(e.actors) for e in doc.events)


def test_the_agent_of_the_when_clause_did_a_passive_killing(pipeline):
    doc = run(pipeline, "Four gendarmes were killed when their convoy was ambushed by bandits near Dori on Friday.")
    assert any("bandits" in e.actors for e in doc.events)


def test_the_owner_named_beside_a_weapon_used_as_a_modifier(pipeline):
    doc = run(pipeline, "On Wednesday Azerbaijani artillery shells landed near the village of Sotk.")
    assert any("Azerbaijan" in " ".join(e.actors) for e in doc.events if e.type == "shelling")


def test_the_sides_a_battle_s_clause_names_after_between(pipeline):
    doc = run(pipeline, "Fighting broke out near the airport between the army and the Tuareg rebels on Sunday.")
    got = [a for e in doc.events if e.type == "clash" for a in e.actors]
    assert "army" in got and any("rebels" in a or "Tuareg" in a for a in got)


def test_our_in_a_quoted_statement_is_its_issuer(pipeline):
    doc = run(pipeline, "Statement by the Armenian Ministry of Defence\n\n"
                        "2. Our artillery fired on enemy positions near Tegh on 12 May.")
    assert any("Armenia" in " ".join(e.actors) for e in doc.events if e.type == "shelling")


def test_a_numbered_unit_brings_the_armed_forces_it_belongs_to(pipeline):
    doc = run(pipeline, "Early on Monday, soldiers of the 82nd Airborne Division landed at Rzeszow airport in Poland.")
    got = [a for e in doc.events for a in e.actors]
    assert "82nd Airborne Division" in got and "US Army" in got


def test_an_act_told_without_its_doer_inside_a_denial_is_the_denier_s(pipeline):
    doc = run(pipeline, "Claims that the missiles had been fired from Lebanon were rejected by the Lebanese army.")
    assert any("Leban" in " ".join(e.actors) for e in doc.events if e.modality == "denied")


def test_a_side_denying_it_came_under_attack_is_not_the_attacker(pipeline):
    doc = run(pipeline, "Venezuelan officials denied that the country had come under attack from abroad.")
    assert all("Venezuela" not in " ".join(e.actors) for e in doc.events if e.type in ("airstrike", "attack", "clash"))


def test_the_side_an_act_is_laid_at_is_its_actor_not_the_accuser(pipeline):
    doc = run(pipeline, "Armenia accused Azerbaijan of shelling villages near Jermuk on Tuesday.")
    assert any(e.actors and e.actors[0] == "Azerbaijan" for e in doc.events if e.type == "shelling")
    doc = run(pipeline, "A rocket attack blamed on Kataib Hezbollah hit a base in Erbil on Sunday.")
    assert any("Kataib Hezbollah" in e.actors for e in doc.events)
    doc = run(pipeline, "Prosecutors charged two men with the bombing of the bus station in Quetta.")
    assert all("Prosecutors" not in e.actors for e in doc.events if e.type == "explosion")


def test_a_subject_the_parser_hung_on_a_parenthesis_still_acts(pipeline):
    doc = run(pipeline, "On 3 March 2019, fighters of the Wagner Group (PMC Wagner, also written Vagner) took over "
                        "the airport of Bangui.")
    assert any("Wagner Group" in e.actors for e in doc.events if e.type == "territory_change")


def test_a_backer_named_on_a_force_is_not_its_actor(pipeline):
    doc = run(pipeline, "Russian-backed rebels shelled the village of Shyrokyne on Sunday.")
    got = [a for e in doc.events if e.type == "shelling" for a in e.actors]
    assert got and "Russia" not in got and any("rebels" in a for a in got)
    doc = run(pipeline, "Iran-backed Houthi fighters fired a missile at a cargo ship off Hodeidah on Monday.")
    assert any("Houthis" in e.actors and "Iran" not in e.actors for e in doc.events)


def test_what_a_side_s_its_or_their_owns_acts_for_that_side(pipeline):
    doc = run(pipeline, "The insurgents said their snipers killed four policemen near the market in Kidal.")
    assert any("insurgents" in e.actors for e in doc.events)
    doc = run(pipeline, "The Saudi defence ministry said its air defences intercepted a missile over Jizan on Friday.")
    assert all("its air defences" not in e.actors for e in doc.events)


def test_the_troops_are_the_one_force_named_just_before(pipeline):
    doc = run(pipeline, "Chadian soldiers crossed into Niger on Monday, officials said. The troops then seized the "
                        "village of Bosso.")
    assert any(e.actors and "Chad" in e.actors[0] for e in doc.events if e.type == "territory_change")


def test_the_troops_after_two_sides_are_not_guessed(pipeline):
    doc = run(pipeline, "Russian forces shelled Vovchansk on Monday, and Ukrainian units returned fire. The troops "
                        "later withdrew from the village of Tykhe.")
    assert all("Russian Armed Forces" not in e.actors for e in doc.events if e.type == "withdrawal")


# -- common nouns that refer back to a named actor ---------------------------------------------------------
def test_a_definite_group_noun_is_the_non_state_group_named_before(pipeline):
    doc = run(pipeline, "Al-Shabaab fighters stormed a hotel in Mogadishu on Monday. The group later attacked a "
                        "police station in Afgoye, killing four officers.")
    assert all("group" not in e.actors for e in doc.events)
    assert any("Shabaab" in " ".join(e.actors) for e in doc.events if "Afgoye" in e.evidence)
    doc = run(pipeline, "The Taliban have seized the provincial capital, Kunduz. On Friday the movement's commanders "
                        "said the organisation had captured three more districts near the border.")
    assert all("organisation" not in e.actors for e in doc.events)


def test_the_army_is_the_forces_of_the_state_named_before(pipeline):
    doc = run(pipeline, "Malian soldiers patrolled near Gao last week. On Sunday the army shelled rebel positions "
                        "north of Kidal.")
    assert any("Malian" in " ".join(e.actors) for e in doc.events if e.type == "shelling")
    doc = run(pipeline, "Sudan's government rejected the ceasefire on Tuesday. The military then bombed the "
                        "market in Nyala, killing 30 people.")
    assert any("Sudanese Armed Forces" in e.actors for e in doc.events if "bombed" in e.evidence)


def test_the_alliance_is_the_coalition_named_before(pipeline):
    doc = run(pipeline, "NATO defence ministers met in Brussels on Thursday. The alliance agreed to send 4,000 "
                        "more troops to Romania.")
    assert any("NATO" in e.actors for e in doc.events if e.type == "deployment")


def test_a_title_is_the_person_named_with_it_before(pipeline):
    doc = run(pipeline, "President Emmanuel Macron flew to Abidjan on Friday. On Saturday the president visited "
                        "the French base at Port-Bouet.")
    assert all("president" not in e.actors for e in doc.events)


def test_a_new_actor_brought_in_is_not_the_one_named_before(pipeline):
    doc = run(pipeline, "Boko Haram fighters raided Gwoza on Monday. On Wednesday another armed group attacked "
                        "a market in Damboa, killing nine traders.")
    assert all("Boko Haram" not in e.actors for e in doc.events if "Damboa" in e.evidence)


def test_a_weapon_or_vehicle_is_never_the_actor(pipeline):
    doc = run(pipeline, "Two of Saudi Arabia's oil plants were set ablaze on Saturday when they were struck by "
                        "a swarm of drones.")
    assert all("drone" not in " ".join(e.actors) for e in doc.events)
    doc = run(pipeline, "A lorry packed with explosives blew up at a checkpoint outside Kabul on Sunday, killing "
                        "eleven policemen.")
    assert all("lorry" not in " ".join(e.actors).lower() for e in doc.events)


def test_the_claimant_replaces_an_unknown_doer(pipeline):
    doc = run(pipeline, "Gunmen killed twelve worshippers at a mosque in Maiduguri on Friday. Boko Haram claimed "
                        "responsibility for the attack on Saturday.")
    acts = [e.actors for e in doc.events if e.type in ("attack", "clash")]
    assert acts and all("Boko Haram" in a and "Unidentified Armed Group" not in a for a in acts)
    doc = run(pipeline, "Unknown assailants set off a car bomb near the port of Mogadishu, killing eight dockers. "
                        "The bombing was claimed by al-Shabaab.")
    assert any("Shabaab" in " ".join(e.actors) and "Unidentified Armed Group" not in e.actors
               for e in doc.events if e.type in ("explosion", "attack") and e.modality == "asserted")


def test_who_dies_or_runs_onto_a_charge_was_hit_not_the_doer(pipeline):
    doc = run(pipeline, "Hundreds of gunmen stormed Marawi on Tuesday. The governor of Lanao del Sur, Mamintal Adiong, "
                        "died of his wounds on Thursday after being hit by sniper fire near the front line.")
    assert all("Mamintal Adiong" not in e.actors for e in doc.events)
    doc = run(pipeline, "Three French soldiers died when their armoured vehicle hit a mine near Menaka on Saturday.")
    assert all("French Armed Forces" not in e.actors for e in doc.events)
    doc = run(pipeline, "A Malian army truck struck a roadside bomb near Boni on Tuesday, killing four soldiers.")
    assert all("Malian Armed Forces" not in e.actors for e in doc.events if e.type == "explosion")


def test_the_force_named_on_the_act_s_own_noun_did_it(pipeline):
    doc = run(pipeline, "A Saudi-led coalition air strike on a funeral hall in Sanaa killed 140 mourners on Saturday.")
    assert any("Saudi-led coalition" in e.actors for e in doc.events if e.type == "airstrike")
    doc = run(pipeline, "A Turkish drone strike on a car near Qamishli killed two commanders on Sunday.")
    assert any("Turkey" in " ".join(e.actors) or "Turkish" in " ".join(e.actors) for e in doc.events)


def test_a_town_is_not_an_actor_unless_it_speaks_as_subject(pipeline):
    doc = run(pipeline, "On November 1, an assault claimed by Islamic State on the army post at Indelimane, between "
                        "Ansongo and Menaka, killed 53 soldiers.")
    got = [a for e in doc.events for a in e.actors]
    assert "Ansongo" not in got and "Menaka" not in got


def test_we_in_a_text_written_as_we_are_the_first_force_it_names_acting(pipeline):
    doc = run(pipeline, "PRESS RELEASE\n\nToday the last Belgian soldiers deployed in Mali left the country. We have "
                        "completed the withdrawal of our contingent. On Friday we handed over our camp at Gao to the "
                        "Malian army.")
    assert any("Belgian Armed Forces" in e.actors for e in doc.events if e.type == "handover")
    doc = run(pipeline, "COMMUNIQUE\n\nFighters of the Arakan Army captured the town of Paletwa on Sunday. We call on "
                        "residents to stay calm. On Monday our units also seized two outposts near the border, and we "
                        "will hold them.")
    assert all(e.actors == ["Arakan Army"] for e in doc.events if e.type == "territory_change")


def test_who_tells_of_judges_or_greets_an_act_did_not_do_it(pipeline):
    doc = run(pipeline, "On Monday the mayor of Kharkiv, Ihor Terekhov, denounced the shelling of the city's "
                        "northern districts.")
    assert all("Terekhov" not in " ".join(e.actors) for e in doc.events if e.type == "shelling")
    doc = run(pipeline, "Haiti's new prime minister, Garry Conille, who took office this month, welcomed the "
                        "deployment of Kenyan police on Tuesday.")
    assert all("Garry Conille" not in e.actors and "Haiti" not in e.actors for e in doc.events if e.type == "deployment")


def test_an_act_given_as_actor_is_dropped(pipeline):
    doc = run(pipeline, "Ukrainian troops entered Kherson on Friday, the only regional capital Moscow had captured "
                        "since the start of its invasion.")
    assert all("invasion" not in " ".join(e.actors) for e in doc.events)


def test_the_actors_of_another_clause_of_the_sentence_are_not_pooled(pipeline):
    doc = run(pipeline, "Thousands of migrants gathered at the border crossing near Edirne on Saturday, where police "
                        "fired tear gas.")
    assert all("police" not in e.actors for e in doc.events if e.type == "protest")
    doc = run(pipeline, "Students rallied outside the university in Dhaka on Sunday as police fired rubber bullets at "
                        "the crowd.")
    assert all("police" not in e.actors for e in doc.events if e.type == "protest")


def test_air_strikes_told_without_a_doer_are_the_one_side_acting_in_the_paragraph(pipeline):
    doc = run(pipeline, "Israeli troops pushed into eastern Rafah on Monday. Air strikes hit the al-Mawasi camp "
                        "overnight, killing 45 people.")
    assert any("Israel" in " ".join(e.actors) for e in doc.events if e.type == "airstrike")
    doc = run(pipeline, "Russian and Ukrainian forces clashed near Bakhmut on Monday. Air strikes hit the village of "
                        "Klishchiivka overnight.")
    assert all(not e.actors for e in doc.events if e.type == "airstrike")


def test_a_person_acting_brings_the_side_the_report_gives_him(pipeline):
    doc = run(pipeline, "Wagner chief Yevgeny Prigozhin said on Friday that his fighters had taken the town. Prigozhin "
                        "then ordered his columns to march on Moscow.")
    assert all("Wagner Group" in e.actors for e in doc.events if e.actors)
    doc = run(pipeline, "Kenyan President William Ruto met Haitian leaders in Nairobi on Monday. On Tuesday Ruto "
                        "announced the deployment of 400 police officers to Port-au-Prince.")
    assert any("Kenya" in e.actors for e in doc.events if e.type == "deployment")
    doc = run(pipeline, "Interim President Ahmed al-Sharaa and Mazloum Abdi, commander of the Syrian Democratic Forces, "
                        "signed an agreement in Damascus on Monday.")
    assert all(e.actors.count("Syrian Democratic Forces") <= 1 for e in doc.events)


def test_a_side_taking_responsibility_owns_the_act(pipeline):
    doc = run(pipeline, "Gunmen killed twelve worshippers at a mosque in Maiduguri on Friday. Boko Haram took "
                        "responsibility for the attack on Saturday.")
    assert any(e.actors == ["Boko Haram"] for e in doc.events if e.type in ("attack", "clash"))
    doc = run(pipeline, "A car bomb exploded near a checkpoint in Mogadishu on Monday, killing eight soldiers. "
                        "Al-Shabaab later accepted responsibility for the bombing.")
    assert any("Shabaab" in " ".join(e.actors) for e in doc.events if e.type == "explosion")


def test_two_adjectives_of_states_on_one_force_are_two_sides(pipeline):
    doc = run(pipeline, "Russian and Ukrainian forces clashed near Bakhmut on Monday.")
    got = [a for e in doc.events if e.type == "clash" for a in e.actors]
    assert "Russian Armed Forces" in got and "Armed Forces of Ukraine" in got
    doc = run(pipeline, "Saudi and Emirati jets bombed Houthi positions near Hodeidah on Friday.")
    got = " ".join(a for e in doc.events if e.type == "airstrike" for a in e.actors)
    assert "Saudi" in got and "Emirates" in got
