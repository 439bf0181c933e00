"""Events: kinds, arguments, quantities, modality and merging, on sentences written for these tests."""
from __future__ import annotations

import pytest

from sitrep.events.ontology import ACLED, PLOVER
from sitrep.events.quantities import find_quantities
from sitrep.model import EVENT_KINDS

from written_articles import runner


run = runner("2021-06-14")


def kinds(doc):
    return sorted(e.type for e in doc.events)


def plain(name):
    """A place name without diacritics ("Kandahār" -> "Kandahar")."""
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", name or "") if not unicodedata.combining(c))


def quantities(pipeline, sentence):
    parsed = pipeline.language.nlp(sentence)
    return {q.key: (q.value, q.qualifier) for s in parsed.sents for q in find_quantities(s)}


def test_every_kind_is_mapped_to_acled_or_null_and_to_plover():
    assert set(ACLED) == set(EVENT_KINDS) == set(PLOVER)
    for kind in ("legislation", "diplomacy", "statement"):
        assert ACLED[kind] is None
    assert ACLED["airstrike"] == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize("sentence, key, value, qualifier", [
    ("About 500 soldiers left the airfield on Tuesday.", "personnel", 500, "approximate"),
    ("At least $2.5m of equipment was handed to the army.", "money_usd", 2_500_000, "minimum"),
    ("The donors pledged $1.1 million for the police.", "money_usd", 1_100_000, None),
    ("Three members of a patrol were killed near the village.", "fatalities", 3, None),
    ("Gunmen opened fire on a bus, killing twenty-two passengers.", "fatalities", 22, None),
    ("The blast wounded more than 40 people.", "injured", 40, "minimum"),
    ("Some 2,400 troops are stationed at the camp.", "personnel", 2400, "approximate"),
    ("The rebels captured a dozen armoured vehicles.", "vehicles", 12, None),
])
def test_quantities_with_hedges_and_number_words(pipeline, sentence, key, value, qualifier):
    got = quantities(pipeline, sentence)
    assert got[key] == (value, qualifier)


def test_years_and_dates_are_not_counts(pipeline):
    assert quantities(pipeline, "In 2019 the mission ended on 12 May.") == {}


def test_withdrawal_with_actor_personnel_and_date(pipeline):
    doc = run(pipeline, "On June 2, 2021, the US-led coalition withdrew about 400 troops from the Tarin airfield.")
    ev = [e for e in doc.events if e.type == "withdrawal"]
    assert len(ev) == 1
    e = ev[0]
    assert e.modality == "asserted"
    assert "US-led coalition" in e.actors
    assert e.quantities["personnel"] == 400 and e.qualifiers["personnel"] == "approximate"
    # ACLED records troop withdrawals and redeployments as a change to the group's activity
    assert e.acled == {"event_type": "Strategic developments", "sub_event_type": "Change to group/activity"}
    assert 0 < e.confidence <= 1


def test_withdrawal_and_handover_are_two_events_and_a_retelling_is_one(pipeline):
    doc = run(pipeline, "Spanish troops pulled out of the Besmaya camp on Monday. They handed the camp over to the "
                        "Iraqi army. Officials said the withdrawal from the camp went smoothly.")
    assert kinds(doc).count("withdrawal") == 1
    assert kinds(doc).count("handover") == 1
    w = next(e for e in doc.events if e.type == "withdrawal")
    assert "went smoothly" in w.evidence and "pulled out" in w.evidence


def test_planned_denied_and_hypothetical(pipeline):
    planned = run(pipeline, "The ministry plans to deploy 300 soldiers to the northern border next month.")
    assert [e.modality for e in planned.events if e.type == "deployment"] == ["planned"]
    will = run(pipeline, "Germany will withdraw its trainers from the base in September.")
    assert [e.modality for e in will.events if e.type == "withdrawal"] == ["planned"]
    denied = run(pipeline, "The army denied that its jets bombed the market in Idlib.")
    assert [e.modality for e in denied.events if e.type == "airstrike"] == ["denied"]
    hypo = run(pipeline, "Officials warned that militants could attack the pipeline if talks fail.")
    assert all(e.modality != "asserted" for e in hypo.events if e.type in ("attack", "clash"))


def test_violent_kinds_follow_the_weapon(pipeline):
    cases = {
        "Warplanes struck a convoy near Sirte on Friday, killing five fighters.": "airstrike",
        "Mortar shells hit a residential district of Aleppo, wounding seven civilians.": "shelling",
        "A roadside bomb exploded under a police vehicle in Kandahar, killing two officers.": "explosion",
        "A suicide bomber blew himself up at a checkpoint in Mogadishu.": "suicide_bombing",
        "An unknown assailant threw a grenade into a bar in Bujumbura.": "grenade",
    }
    for text, kind in cases.items():
        doc = run(pipeline, text)
        assert doc.events, text
        best = max(doc.events, key=lambda e: e.confidence)
        assert best.type == kind, (text, [(e.type, e.confidence) for e in doc.events])
        assert best.acled is not None


def test_fatalities_reach_the_violent_event(pipeline):
    doc = run(pipeline, "Two members of a border patrol were killed on Sunday during a firefight with smugglers "
                        "near Ruwaished.")
    ev = max(doc.events, key=lambda e: e.confidence)
    assert ev.type in ("clash", "attack")
    assert ev.quantities.get("fatalities") == 2


def test_legislation_has_no_acled_code(pipeline):
    doc = run(pipeline, "The parliament approved a bill on Tuesday demanding the departure of foreign troops.")
    assert "legislation" in kinds(doc)
    leg = next(e for e in doc.events if e.type == "legislation")
    assert leg.acled is None
    # the demanded departure is not an event of its own
    assert "withdrawal" not in kinds(doc)


def test_background_presence_is_not_a_new_event(pipeline):
    doc = run(pipeline, "The airfield has hosted Danish troops since 2016 to support training programmes.")
    assert not [e for e in doc.events if e.type in ("deployment", "group_change", "exercise")]


def test_no_event_in_ordinary_news(pipeline):
    doc = run(pipeline, "The city council opened a new library on Friday. Visitors praised its reading rooms.")
    assert doc.events == []


def test_protest_subtypes_follow_the_response(pipeline):
    peaceful = run(pipeline, "Hundreds of teachers marched peacefully through the streets of Nairobi on Monday, and they demanded higher pay from the government.")
    assert [e.acled["sub_event_type"] for e in peaceful.events if e.type == "protest"] == ["Peaceful protest"]
    dispersed = run(pipeline, "Police fired tear gas to disperse students protesting against fee increases in Kampala.")
    subs = [e.acled["sub_event_type"] for e in dispersed.events if e.type == "protest"]
    assert subs == ["Protest with intervention"]


# -- clause-level arguments, coreference, coordination ------------------------------------------
def test_two_days_after_dates_the_earlier_event_from_the_later(pipeline):
    doc = run(pipeline, "On May 12, 2021, Italian troops left the Camp Arena airfield. The Italian withdrawal "
                        "came three days after the Taliban held a military parade in Kandahar.")
    ex = [e for e in doc.events if e.type == "exercise"]
    assert len(ex) == 1 and ex[0].date is not None
    assert str(ex[0].date.start) == "2021-05-09"
    # the retelling is the first withdrawal, not a second one
    assert kinds(doc).count("withdrawal") == 1


def test_the_base_refers_back_to_the_installation_named_before(pipeline):
    doc = run(pipeline, "On June 3, 2021, Danish soldiers withdrew from the Al Asad Airbase in Anbar. "
                        "They handed over the base to the Iraqi army.")
    ho = next(e for e in doc.events if e.type == "handover")
    assert ho.location is not None and "Asad" in plain(ho.location.name)
    assert ho.location.kind == "installation"


def test_coordinated_places_are_one_event_each_with_their_own_dates(pipeline):
    doc = run(pipeline, "The coalition handed over its base at Taji on June 1, the Besmaya camp on June 4 and "
                        "the Qayyarah airfield on June 9.")
    ho = sorted((e for e in doc.events if e.type == "handover"), key=lambda e: e.date.start if e.date else None)
    assert len(ho) == 3
    assert [str(e.date.start) for e in ho] == ["2021-06-01", "2021-06-04", "2021-06-09"]


def test_followed_by_splits_a_withdrawal_per_base(pipeline):
    doc = run(pipeline, "Spanish forces withdrew about 200 soldiers this month from the Besmaya camp near Baghdad "
                        "followed by the Taji base north of the capital.")
    wd = [e for e in doc.events if e.type == "withdrawal"]
    assert len(wd) == 2
    assert sorted(e.quantities.get("personnel", 0) for e in wd) == [0, 200]


def test_nested_event_keeps_its_own_place_and_date(pipeline):
    doc = run(pipeline, "Lawmakers in Kabul approved a resolution on March 4, 2021, after a drone strike killed "
                        "two commanders near Kandahar two days earlier.")
    leg = next(e for e in doc.events if e.type == "legislation")
    air = next(e for e in doc.events if e.type == "airstrike")
    assert str(leg.date.start) == "2021-03-04" and str(air.date.start) == "2021-03-02"
    assert air.location is not None and "Kandahar" in plain(air.location.name)
    assert leg.location is None or "Kandahar" not in plain(leg.location.name)


# -- what is not an event ------------------------------------------------------------------------
def test_passing_and_generic_mentions_are_not_events(pipeline):
    doc = run(pipeline, "The ministry said the pullout had nothing to do with the recent rocket attacks on bases, "
                        "and the camp has served the coalition in the fight against the Islamic State.")
    assert not [e for e in doc.events if e.type in ("shelling", "attack", "clash")]


def test_a_reporting_frame_is_not_a_statement_event(pipeline):
    doc = run(pipeline, "The army said in a statement that the convoy had reached Gao on Tuesday.")
    assert "statement" not in kinds(doc)


def test_industrial_accidents_are_not_attacks(pipeline):
    doc = run(pipeline, "A gas leak at a fertiliser plant in Basra killed five workers on Monday, officials said.")
    assert not [e for e in doc.events if e.acled]


def test_dateline_is_not_the_place_of_the_event(pipeline):
    doc = run(pipeline, "KABUL, Afghanistan — Gunmen killed four villagers in Helmand's Nad Ali district on Sunday.")
    ev = max(doc.events, key=lambda e: e.confidence)
    assert ev.location is not None and "Kabul" not in plain(ev.location.name)


def test_the_headline_and_the_lead_are_one_event(pipeline):
    doc = run(pipeline, "Coalition hands Taji base to Iraqi army\n"
                        "TAJI, Iraq - The US-led coalition on Sunday handed over Camp Taji to the Iraqi army.")
    assert kinds(doc).count("handover") == 1


# -- arguments -------------------------------------------------------------------------------
def test_named_victims_past_appositions_are_counted(pipeline):
    doc = run(pipeline, "Protesters gathered after the killing of the commander Ahmed Karim, the head of a militia, "
                        "along with his deputy, Omar Salim, in a drone strike near Mosul on Friday.")
    air = next(e for e in doc.events if e.type == "airstrike")
    assert air.quantities.get("fatalities", 0) >= 2


def test_a_named_person_acts_in_diplomacy(pipeline):
    doc = run(pipeline, "Last week, Somali Foreign Minister Ahmed Moalim Fiqi met the Kenyan ambassador in Nairobi.")
    dip = next(e for e in doc.events if e.type == "diplomacy")
    assert any("Fiqi" in a for a in dip.actors)


def test_both_sides_of_a_clash_are_actors(pipeline):
    doc = run(pipeline, "Three soldiers of the Somali National Army were killed on Monday during an operation "
                        "against al-Shabaab fighters near Afgoye.")
    clash = next(e for e in doc.events if e.type == "clash")
    assert clash.quantities.get("fatalities") == 3
    assert len(clash.actors) >= 2


# -- ACLED coding ------------------------------------------------------------------------------
def test_violence_against_armed_targets_is_a_battle_and_against_civilians_an_attack(pipeline):
    armed = run(pipeline, "Militants attacked a police checkpoint in Zamfara on Sunday, killing four officers.")
    assert max(armed.events, key=lambda e: e.confidence).acled["sub_event_type"] == "Armed clash"
    civ = run(pipeline, "Gunmen attacked a village in Zamfara on Sunday, killing eleven villagers.")
    assert max(civ.events, key=lambda e: e.confidence).acled["sub_event_type"] == "Attack"


def test_demonstrations_follow_who_used_violence(pipeline):
    riot = run(pipeline, "Protesters threw stones at police and set fire to tyres in Lahore on Friday.")
    assert max(riot.events, key=lambda e: e.confidence).acled["sub_event_type"] == "Violent demonstration"
    force = run(pipeline, "Security forces shot dead three protesters during a march in Khartoum on Monday.")
    assert max(force.events, key=lambda e: e.confidence).acled["sub_event_type"] == \
        "Excessive force against protesters"


def test_territory_by_who_takes_it(pipeline):
    gov = run(pipeline, "The Syrian army recaptured the town of Kafr Nabl from rebels on Tuesday.")
    assert max(gov.events, key=lambda e: e.confidence).acled["sub_event_type"] == "Government regains territory"
    rebels = run(pipeline, "Islamic State fighters seized the village of Kashma from the Syrian army on Tuesday.")
    assert max(rebels.events, key=lambda e: e.confidence).acled["sub_event_type"] == \
        "Non-state actor overtakes territory"
    left = run(pipeline, "Government troops withdrew from the town of Marka on Monday, and al-Shabaab fighters "
                         "entered it without a fight.")
    subs = {e.acled["sub_event_type"] for e in left.events if e.acled}
    assert "Non-violent transfer of territory" in subs


def test_a_new_base_is_a_base_established(pipeline):
    doc = run(pipeline, "Turkish forces set up a new observation point near Saraqeb on Monday.")
    assert max(doc.events, key=lambda e: e.confidence).acled["sub_event_type"] == "Headquarters or base established"


def test_each_count_takes_its_own_verb_and_a_single_person_adds_one(pipeline):
    got = quantities(pipeline, "A bomber killed about 40 people and wounded some 260 at a parade.")
    assert got["fatalities"] == (40, "approximate") and got["injured"] == (260, "approximate")
    got = quantities(pipeline, "Militants attacked a camp on Tuesday, killing 53 soldiers and a civilian.")
    assert got["fatalities"][0] == 54


def test_unknown_subjects_keep_their_words_and_places_read_as_places_are_taken(pipeline):
    doc = run(pipeline, "The separatists seized Aden on Saturday.", published="2019-08-12")
    ev = [e for e in doc.events if e.type == "territory_change"]
    assert ev and ev[0].actors == ["separatists"] and plain(ev[0].location.name) == "Aden"


def test_forces_fleeing_across_a_border_withdraw_and_forces_ordered_somewhere_deploy(pipeline):
    doc = run(pipeline, "On Monday, 300 Afghan soldiers crossed into Tajikistan to escape the fighting.")
    assert "withdrawal" in kinds(doc) and "deployment" not in kinds(doc)
    doc = run(pipeline, "President Emomali Rahmon on Monday ordered 20,000 reservists to the border.")
    assert "deployment" in kinds(doc)


def test_a_counted_force_somewhere_is_a_troop_level_and_a_range_is_one(pipeline):
    doc = run(pipeline, "At the time some 2,400 French soldiers were deployed in Mali.", published="2022-02-20")
    assert kinds(doc) == ["troop_level"]
    doc = run(pipeline, "General Mark Milley said earlier this week that between 20,000 and 30,000 Russian troops "
                        "had been on the west bank.", published="2022-11-12")
    assert kinds(doc) == ["troop_level"]


def test_armed_men_gathering_deploy_and_a_decree_signed_is_legislation(pipeline):
    doc = run(pipeline, "Thousands of rebel fighters had gathered in a camp in the border town of Akcakale.")
    assert "protest" not in kinds(doc)
    doc = run(pipeline, "On June 6, Goita signed a decree setting a 24-month transition.", published="2022-06-12")
    assert "agreement" not in kinds(doc) and "legislation" in kinds(doc)


# -- generalisation mechanisms (each on sentences of our own) ---------------------------------

def test_collective_actors_stand_for_the_group_or_the_states_named_before(pipeline):
    doc = run(pipeline, "Al-Shabaab fighters moved south last week. The insurgents have overrun the town of "
                        "Bulo Burde in recent days.", published="2021-03-10")
    tc = [e for e in doc.events if e.type == "territory_change"]
    assert tc and "shabaab" in " ".join(tc[0].actors).lower()
    doc = run(pipeline, "Greece and Turkey held talks in Athens on Monday. In May, the two neighbours had agreed "
                      "on a hotline between their armies.", published="2021-06-14")
    ag = [e for e in doc.events if e.type == "agreement"]
    assert ag and set(ag[0].actors) >= {"Greece", "Turkey"}


def test_a_deal_struck_is_an_agreement_not_a_strike(pipeline):
    doc = run(pipeline, "On Sunday the rebels struck a deal with the provincial governor to reopen the road.",
              published="2021-06-14")
    assert "agreement" in kinds(doc) and not {"airstrike", "attack"} & set(kinds(doc))


def test_leaders_received_or_meeting_are_diplomacy(pipeline):
    doc = run(pipeline, "The king received the Iraqi prime minister at his palace in Amman on Tuesday.",
              published="2021-06-14")
    assert "diplomacy" in kinds(doc)
    doc = run(pipeline, "The Arab League foreign ministers are due to meet in Cairo on Sunday.", published="2021-06-14")
    dip = [e for e in doc.events if e.type == "diplomacy"]
    assert dip and dip[0].modality == "planned"


def test_forces_trained_are_aid_and_a_presence_scaled_down_at_a_place_is_a_withdrawal(pipeline):
    doc = run(pipeline, "Turkish officials say they have trained 5,000 Somali soldiers since 2017.",
              published="2021-06-14")
    aid = [e for e in doc.events if e.type == "military_aid"]
    assert aid and aid[0].actors == ["Turkey"] and str(aid[0].date.end) == "2021-06-14"
    doc = run(pipeline, "In May the Dutch began scaling down their forces around Kunduz.", published="2021-06-14")
    assert "withdrawal" in kinds(doc)


def test_an_older_agreement_with_its_own_month_is_an_event_of_that_month(pipeline):
    doc = run(pipeline, "Under the March 2019 Khartoum agreement, the armed groups pledged to disarm.",
              published="2021-06-14")
    ag = [e for e in doc.events if e.type == "agreement"]
    assert ag and ag[0].modality == "asserted" and str(ag[0].date.start) == "2019-03-01"
    assert "Khartoum" not in " ".join(ag[0].actors)


def test_a_present_strength_is_dated_by_the_report_and_a_relative_clause_names_who(pipeline):
    doc = run(pipeline, "Italy, which keeps about 900 soldiers in Lebanon, sent two more ships.",
              published="2021-06-14")
    tl = [e for e in doc.events if e.type == "troop_level"]
    assert tl and tl[0].actors == ["Italy"] and str(tl[0].date.start) == "2021-06-14"


def test_launching_an_offensive_is_fighting_and_a_humanitarian_operation_is_not(pipeline):
    doc = run(pipeline, "On Friday the army launched a ground offensive against the rebels in the north.",
              published="2021-06-14")
    assert "clash" in kinds(doc)
    doc = run(pipeline, "The Red Cross launched a humanitarian operation in the camp on Friday.",
              published="2021-06-14")
    assert not {"clash", "attack"} & set(kinds(doc))


def test_a_part_of_the_day_takes_the_day_just_told(pipeline):
    doc = run(pipeline, "On June 24, rebel fighters took over the airport in Goma. In the evening the governor "
                        "said he had negotiated a deal with the rebel leader.", published="2021-06-27")
    ag = [e for e in doc.events if e.type == "agreement"]
    assert ag and str(ag[0].date.start) == "2021-06-24"


def test_a_while_clause_in_another_town_is_another_event(pipeline):
    doc = run(pipeline, "On Thursday rocket fire killed two people in Kilis, while three more died in Reyhanli.",
              published="2019-10-12")
    places = sorted(plain(e.location.name) for e in doc.events if e.type == "shelling" and e.location)
    assert len(places) == 2 and any(p.startswith("Reyhanl") for p in places)


def test_places_between_others_locate_it_and_an_origin_is_not_the_place(pipeline):
    doc = run(pipeline, "On Monday two jets bombed a depot at Tarhuna, between Gharyan and Bani Walid.",
              published="2021-06-14")
    strikes = [e for e in doc.events if e.type == "airstrike"]
    assert len(strikes) == 1
    doc = run(pipeline, "Militants stormed the army camp at Inates. Reinforcements sent from Ouallam secured the "
                        "camp on Wednesday.", published="2019-12-13")
    dep = [e for e in doc.events if e.type == "deployment"]
    assert dep and all(plain(e.location.name) != "Ouallam" for e in dep)


def test_a_convoy_driving_out_withdraws_and_a_town_handed_over_by_relative_clause(pipeline):
    doc = run(pipeline, "On June 13 the army handed its base in Kidal to the militia. The last convoy drove out "
                        "towards Gao the same day.", published="2021-06-14")
    wd = [e for e in doc.events if e.type == "withdrawal"]
    assert wd and wd[0].actors == ["convoy"] and (wd[0].location is None or plain(wd[0].location.name) != "Gao")
    doc = run(pipeline, "Officials recall Gossi, which the French handed to the army on April 19.",
              published="2022-06-14")
    assert "handover" in kinds(doc)


def test_emergency_measures_and_annexation(pipeline):
    doc = run(pipeline, "On Tuesday the cabinet extended the state of emergency in two provinces.",
              published="2021-06-14")
    assert "legislation" in kinds(doc)
    doc = run(pipeline, "Moscow claimed to annex the peninsula in March 2014.", published="2014-03-30")
    assert "territory_change" in kinds(doc)


def test_money_paid_to_a_force_is_aid_and_an_order_to_comply_is_a_decree(pipeline):
    doc = run(pipeline, "The president said the treasury had paid the militia some $20 million in wages last year.",
              published="2023-06-28")
    aid = [e for e in doc.events if e.type == "military_aid"]
    assert aid and aid[0].quantities.get("money_usd") == 20_000_000
    doc = run(pipeline, "Earlier this month the minister ordered all volunteer battalions to sign contracts with "
                        "the ministry by July 1.", published="2023-06-28")
    assert kinds(doc) == ["legislation"]


def test_a_deal_between_two_parties_names_both(pipeline):
    doc = run(pipeline, "On Monday the rebels and the army agreed a truce. The deal between the army and the "
                        "rebels was signed in Juba.", published="2021-06-14")
    ag = [e for e in doc.events if e.type == "agreement"]
    assert ag and {"army", "rebels"} & set(" ".join(ag[0].actors).split())


def test_a_progress_report_and_goods_moved_are_no_new_events(pipeline):
    doc = run(pipeline, "On Tuesday the command said the pull-out was more than 80 percent complete, with 500 loads "
                        "of material flown out.", published="2021-07-06")
    assert "withdrawal" not in kinds(doc)


def test_a_leader_claiming_his_own_strength_speaks_for_his_side(pipeline):
    doc = run(pipeline, "On Saturday the rebel leader Ahmed Omar said his men held the airport, and claimed "
                        "10,000 fighters were ready to follow him.", published="2023-06-28")
    tl = [e for e in doc.events if e.type == "troop_level"]
    assert tl and tl[0].actors == ["Ahmed Omar"] and tl[0].quantities.get("personnel") == 10_000


def test_no_plans_to_move_a_named_force_is_a_denied_deployment_of_that_force(pipeline):
    doc = run(pipeline, "There are no plans to move the Wagner Group to Libya, the spokesman added.",
              published="2022-06-14")
    dep = [e for e in doc.events if e.type == "deployment"]
    assert dep and dep[0].modality == "denied" and dep[0].actors == ["Wagner Group"]


def test_in_the_country_is_the_country_of_the_place_named_last(pipeline):
    doc = run(pipeline, "About 300 Dutch troops will stay to guard the embassy in Bamako; officially some 1,200 "
                        "were in the country in March.", published="2021-07-06")
    tl = [e for e in doc.events if e.type == "troop_level" and e.modality == "asserted"]
    assert tl and tl[0].location is not None and tl[0].location.country == "ML"


@pytest.mark.parametrize("sentence, key, value, qualifier", [
    ("The next day about 40 French special forces soldiers pulled back.", "personnel", 40, "approximate"),
    ("The last column, about a hundred soldiers, drove out on Sunday.", "personnel", 100, "approximate"),
])
def test_counts_past_a_country_modifier_and_a_hundred(pipeline, sentence, key, value, qualifier):
    assert quantities(pipeline, sentence)[key] == (value, qualifier)


def test_a_bare_count_of_troops_is_the_strength_and_a_clock_is_no_place(pipeline):
    doc = run(pipeline, "About 300 Dutch troops will stay to guard the embassy in Bamako; officially some 1,200 "
                        "were in the country in March.", published="2021-07-06")
    tl = [e for e in doc.events if e.type == "troop_level" and e.modality == "asserted"]
    assert tl and tl[0].quantities.get("personnel") == 1200 and tl[0].qualifiers.get("personnel") == "approximate"
    doc = run(pipeline, "The last units crossed the river at 5 a.m. Moscow time.", published="2022-11-11")
    assert all(e.location is None or plain(e.location.name) != "Moscow" for e in doc.events)


def test_acts_on_pacts_ties_and_a_force_landing(pipeline):
    doc = run(pipeline, "On May 2 the junta renounced its defence agreements with Paris.", published="2022-06-14")
    assert "agreement" in kinds(doc)
    doc = run(pipeline, "Niger severed diplomatic ties with Benin over the weekend.", published="2024-06-26")
    assert "diplomacy" in kinds(doc)
    doc = run(pipeline, "About 200 Rwandan police officers landed at the airport in Bangui on Tuesday.",
              published="2024-06-26")
    assert "deployment" in kinds(doc)


def test_a_ruling_and_a_conjoined_clause_with_its_own_subject_keep_their_modality(pipeline):
    doc = run(pipeline, "The court ruled the mission unlawful in January, and Nairobi signed a new agreement with "
                        "the government on March 1.", published="2024-06-26")
    ag = [e for e in doc.events if e.type == "agreement"]
    assert ag and ag[0].modality == "asserted"
    doc = run(pipeline, "The army ruled out any withdrawal from the town.", published="2024-06-26")
    assert [e.modality for e in doc.events if e.type == "withdrawal"] == ["denied"]


def test_a_strike_retaliated_for_is_not_what_is_ruled_out(pipeline):
    doc = run(pipeline, "Tehran signalled on Friday that it had no plans to retaliate for a suspected Israeli "
                        "strike near Isfahan.", published="2024-04-19")
    assert all(e.modality != "denied" for e in doc.events if e.type == "airstrike")


def test_a_headline_act_the_body_never_tells_is_no_event(pipeline):
    text = ("Rebels and army agree truce a week after drone strike kills 20\n\n"
            "The rebels and the army agreed a truce in Juba on Thursday, officials said. "
            "The truce is to take effect at midnight. Talks had stalled for months. "
            "Observers will monitor the line.")
    doc = run(pipeline, text, published="2021-06-14")
    assert "airstrike" not in kinds(doc) and "agreement" in kinds(doc)


def test_where_the_jets_flew_from_is_not_where_they_struck(pipeline):
    doc = run(pipeline, "Ukraine said Russian troops left Snake Island on Thursday. Hours later, two Russian jets "
                        "flying from Crimea struck the island with incendiary bombs.", published="2022-06-30")
    strikes = [e for e in doc.events if e.type == "airstrike"]
    assert strikes and strikes[0].location is not None and "Crimea" not in (strikes[0].location.name or "")


def test_a_pact_agreed_by_two_parties_names_them_and_the_two_leaders_are_them(pipeline):
    doc = run(pipeline, "A ceasefire agreed by Russia and Turkey came into force in the province at midnight.",
              published="2020-03-06")
    ag = [e for e in doc.events if e.type == "agreement"]
    assert ag and set(ag[0].actors) == {"Russia", "Turkey"}
    doc = run(pipeline, "Nikol Pashinyan met Ilham Aliyev in Sochi on Monday, and the two leaders agreed a truce.",
              published="2020-03-06")
    ag = [e for e in doc.events if e.type == "agreement"]
    assert ag and set(ag[0].actors) == {"Nikol Pashinyan", "Ilham Aliyev"}


def test_a_dateline_date_is_when_the_report_was_filed(pipeline):
    text = ("France hands over its last base in Chad\n\n"
            "N'DJAMENA, Jan 31, 2025 (AFP) - France on Thursday handed its last base in N'Djamena to the Chadian "
            "army, ending decades of military presence. The handover was carried out in good order.")
    doc = run(pipeline, text, published="2025-01-31")
    ho = [e for e in doc.events if e.type == "handover"]
    assert ho and str(ho[0].date.start) == "2025-01-30"


def test_a_meeting_held_or_called_is_diplomacy_but_a_parliament_sitting_is_not(pipeline):
    doc = run(pipeline, "The UN Security Council held an emergency session on Sunday.", published="2024-04-19")
    assert "diplomacy" in kinds(doc)
    doc = run(pipeline, "Parliament held a session on the budget on Monday.", published="2024-04-19")
    assert "diplomacy" not in kinds(doc)


def test_a_sentence_with_no_time_of_its_own_takes_the_day_of_the_story_it_continues(pipeline):
    text = ("Before dawn on Sunday, gunmen attacked the Falcon airfield outside Kandahar. "
            "Police later arrested five people near the base. "
            "The Taliban claimed responsibility for the raid.")
    doc = run(pipeline, text, published="2022-11-21")
    arrests = [e for e in doc.events if e.type == "arrest"]
    assert arrests and arrests[0].date is not None
    # later: on the attack's day or after it, not before
    assert str(arrests[0].date.start) == "2022-11-20" and arrests[0].date.end >= arrests[0].date.start
    claims = [e for e in doc.events if e.type == "statement"]
    assert claims and claims[0].date is not None and str(claims[0].date.start) >= "2022-11-20"


def test_each_clause_of_a_sentence_is_dated_by_its_own_time(pipeline):
    doc = run(pipeline, "On November 13, rockets were fired at Erbil and Duhok, and the following evening rockets "
                        "struck Sulaymaniyah.", published="2022-11-20")
    by_place = {plain(e.location.name): str(e.date.start) for e in doc.events
                if e.location is not None and e.date is not None}
    assert by_place.get("Erbil") == "2022-11-13"
    assert by_place.get("Sulaymaniyah") == "2022-11-14"
    assert all(d == "2022-11-13" for name, d in by_place.items() if name.startswith(("Duhok", "Dihok")))


def test_a_town_named_with_of_is_not_the_town_before(pipeline):
    text = ("Rockets struck Kharkiv on Friday. "
            "The army announced on Saturday that troops had retaken the town of Zarichnivka.")
    doc = run(pipeline, text, published="2022-11-20")
    taken = [e for e in doc.events if e.type == "territory_change"]
    assert taken and (taken[0].location is None or "Kharkiv" not in (taken[0].location.name or ""))


def test_times_event_nouns_and_lone_units_are_never_actors(pipeline):
    doc = run(pipeline, "On Sunday a suicide bombing killed 20 soldiers in Herat. "
                        "In January the contingent withdrew from Kunduz.", published="2022-11-20")
    names = {a for e in doc.events for a in e.actors}
    assert not names & {"suicide bombing", "contingent", "Sunday", "January"}


def test_a_dateline_with_an_outlet_names_no_actor_and_no_place(pipeline):
    text = ("Rebels shell border town\n\n"
            "KABUL Meridian — Rebel fighters shelled the town of Jalalabad on Thursday evening, officials said.")
    doc = run(pipeline, text, published="2022-11-20")
    shelling = [e for e in doc.events if e.type == "shelling"]
    assert shelling and all("Meridian" not in a and "KABUL" not in a for e in shelling for a in e.actors)
    assert all(plain(e.location.name) != "Kabul" for e in shelling if e.location is not None)


def test_troops_crossing_a_border_move(pipeline):
    doc = run(pipeline, "Ukrainian troops crossed the border near the town of Sudzha on Tuesday, August 6.",
              published="2024-08-17")
    moves = [e for e in doc.events if e.type == "deployment"]
    assert moves and str(moves[0].date.start) == "2024-08-06"


def test_an_unnamed_source_or_an_observer_that_reports_an_act_is_not_its_actor(pipeline):
    doc = run(pipeline, "Five rockets were fired at the airport in Gao on Monday, police said.", published="2020-03-31")
    fired = [e for e in doc.events if e.type == "shelling"]
    assert fired and "police" not in [a.lower() for a in fired[0].actors]
    text = ("Gunmen attacked the village of Kafr Nabl in Idlib on Monday, killing 30 people, the army said.\n\n"
            "Amnesty International had earlier reported that scores of civilians were killed in the attack.")
    doc = run(pipeline, text, published="2020-03-31")
    assert all("Amnesty International" not in e.actors for e in doc.events)
    # the monitor's account is the same attack, not a second one
    assert len([e for e in doc.events if e.type in ("attack", "airstrike", "clash")]) == 1


def test_a_list_item_keeps_its_own_date_past_a_description(pipeline):
    doc = run(pipeline, "Friday's handover follows those of Taji in Baghdad province on May 2 and Qayyarah air base, "
                        "known as Q-West, south of Mosul on May 9.", published="2021-05-30")
    dates = sorted(str(e.date.start) for e in doc.events if e.type == "handover" and e.date is not None)
    assert dates == ["2021-05-02", "2021-05-09"]


def test_the_receiver_taking_control_of_a_handed_over_camp_is_the_same_handover(pipeline):
    doc = run(pipeline, "French troops handed the Gao camp over to the Malian army on Monday. Malian soldiers took "
                        "control of the Gao camp in the afternoon.", published="2022-08-16")
    assert kinds(doc) == ["handover"]
    assert "French Armed Forces" in doc.events[0].actors and "Malian Armed Forces" not in doc.events[0].actors


def test_a_sentence_opening_date_dates_its_main_clause_not_a_later_clause_of_its_own(pipeline):
    doc = run(pipeline, "Before dawn on 12 March, Iraqi jets struck a militant camp near Rawa, and the following "
                        "morning militants crossed the border to attack a police post.", published="2019-03-20")
    strikes = [e for e in doc.events if e.type == "airstrike"]
    assert strikes and str(strikes[0].date.start) == "2019-03-12"


def test_a_day_told_within_a_week_narrows_the_act_it_details(pipeline):
    doc = run(pipeline, "The rebel offensive on Bunia gathered pace last week. The garrison commander, Colonel Marc "
                        "Lubanga, was killed by a shell near the front line on Thursday.", published="2025-01-28")
    violent = [e for e in doc.events if e.type in ("clash", "attack", "shelling") and e.date is not None]
    assert violent and any((e.date.end - e.date.start).days <= 1 for e in violent)


def test_a_sentence_with_no_time_goes_on_with_the_act_at_its_own_place(pipeline):
    text = ("Before dawn on 12 March, Iraqi jets struck a militant camp near Tal Afar, and the following morning "
            "militants crossed the border to attack a police post. Many fighters were killed at Tal Afar, "
            "the defence minister said.")
    doc = run(pipeline, text, published="2019-03-20")
    at_camp = [e for e in doc.events if e.location is not None and "Afar" in plain(e.location.name)
               and e.type in ("airstrike", "clash", "attack")]
    assert at_camp and all(str(e.date.start) == "2019-03-12" for e in at_camp if e.date is not None)
    assert not any("morning" in a for e in doc.events for a in e.actors)


def test_an_act_done_and_one_still_to_come_in_one_sentence_are_two(pipeline):
    doc = run(pipeline, "The coalition gave up its outpost at Habbaniyah on May 3 and is expected to leave the K1 "
                        "base near Kirkuk within days, an official said.", published="2020-05-10")
    moves = sorted((e.modality, str(e.date.start) if e.date else None) for e in doc.events if e.type == "withdrawal")
    assert ("asserted", "2020-05-03") in moves
    assert any(m == "planned" and d != "2020-05-03" for m, d in moves)


def test_rockets_fired_and_then_intercepted_in_another_clause_are_an_attack(pipeline):
    doc = run(pipeline, "On Monday, four rockets were fired at the airport in Erbil; an air defence system intercepted "
                        "them and nobody was hurt, officials said.", published="2021-02-16")
    assert "shelling" in kinds(doc)
    doc = run(pipeline, "Soldiers defused a roadside bomb near Erbil on Monday.", published="2021-02-16")
    assert kinds(doc) == ["weapons_seizure"]


def test_a_list_of_three_bases_under_one_verb_gives_three_even_with_a_name_the_gazetteer_lacks(pipeline):
    doc = run(pipeline, "The coalition handed over its base at Zawra on May 2, Qayyarah Airfield West last Thursday "
                        "and the K1 base near Kirkuk on Sunday.", published="2020-05-12")
    handovers = sorted(str(e.date.start) for e in doc.events if e.type == "handover" and e.date is not None)
    assert handovers == ["2020-05-02", "2020-05-07", "2020-05-10"]


def test_its_fighters_are_the_fighters_of_the_armed_group_named_before(pipeline):
    doc = run(pipeline, "The Arakan Army has expanded its offensive. A month on, its fighters captured Mogok, a town "
                        "in Mandalay Region, on 24 July.", published="2024-08-04")
    taken = [e for e in doc.events if e.type == "territory_change"]
    assert taken and taken[0].actors == ["Arakan Army"]


def test_a_present_perfect_reported_on_a_day_happened_on_or_before_that_day(pipeline):
    doc = run(pipeline, "Government troops have recaptured the town of Kupiansk, the defence minister announced on "
                        "Thursday. Rebels shelled Kharkiv on Thursday, officials said.", published="2024-08-16")
    taken = [e for e in doc.events if e.type == "territory_change"]
    assert taken and taken[0].date is not None
    assert (str(taken[0].date.start), str(taken[0].date.end)) == ("2024-08-09", "2024-08-15")
    # an act told in the simple past keeps the day it is given
    shelled = [e for e in doc.events if e.type == "shelling"]
    assert shelled and str(shelled[0].date.start) == str(shelled[0].date.end) == "2024-08-15"
