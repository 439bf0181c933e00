"""Kinds told in the political and posture wordings news uses (contacts between leaders, decisions of
cabinets and parliaments, changes at the head of a force, people taken, offensives told as attempts,
troop numbers that change) and figurative uses of posture verbs, on sentences written for these tests."""
from __future__ import annotations

import pytest

from sitrep.model import RawArticle


def kinds(pipeline, text, published="2023-04-30"):
    doc = pipeline.process(RawArticle(source="test", id="t", text=text, published=published, exact_text=True))
    return [(e.type, e.modality) for e in doc.events]


# -- diplomacy: leaders calling, receiving, hosting and visiting one another ------------------------
@pytest.mark.parametrize("sentence", [
    "Modi received the Bangladeshi prime minister at his residence on Friday.",
    "Sisi hosted the Libyan commander in Cairo on Thursday.",
    "The two leaders spoke by telephone on Saturday.",
    "Lula paid a state visit to Beijing last week.",
    "King Abdullah welcomed the Iraqi president to Amman on Monday.",
    "The Turkish foreign minister made a two-day trip to Baghdad this week.",
    "Macron had a lengthy telephone conversation with Putin on Friday.",
])
def test_leaders_in_contact_is_diplomacy(pipeline, sentence):
    assert ("diplomacy", "asserted") in kinds(pipeline, sentence)


def test_a_leaders_visit_to_come_is_planned_diplomacy(pipeline):
    assert ("diplomacy", "planned") in kinds(pipeline, "The German chancellor will visit Warsaw next week.")


# -- decisions of a cabinet, a parliament or a union ------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "The EU approved a naval mission in the Red Sea on Monday.",
    "The Dutch cabinet endorsed the aid package on Wednesday.",
    "The Bundestag passed a 5 billion euro package for the army on Thursday.",
])
def test_a_decision_bodys_approval_is_legislation(pipeline, sentence):
    assert "legislation" in [k for k, _ in kinds(pipeline, sentence)]


@pytest.mark.parametrize("sentence", [
    "Israel's security cabinet approved the truce by eight votes to two on Friday.",
    "The Lebanese government endorsed the ceasefire deal on Wednesday.",
])
def test_a_decision_bodys_approval_of_a_pact_is_an_agreement(pipeline, sentence):
    assert "agreement" in [k for k, _ in kinds(pipeline, sentence)]


def test_a_side_accepting_a_proposal_for_a_pact_is_an_agreement(pipeline):
    sentence = "The rebels accepted the Qatari proposal on Monday."
    assert "agreement" in [k for k, _ in kinds(pipeline, sentence)]


# -- changes at the head of a force or a group -------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Zelensky replaced General Zaluzhny with General Syrskyi on 8 February.",
    "The group elected a new secretary-general on 29 October.",
    "He was named as the new chief of staff of the army on Sunday.",
    "The junta sacked the army chief on Tuesday.",
    "The commander of the eastern front resigned on Friday.",
    "General Ahmed stepped down as commander of the army on Friday.",
    "Prigozhin's deputy took over command of the group on Monday.",
])
def test_a_change_at_the_head_is_a_group_change(pipeline, sentence):
    assert "group_change" in [k for k, _ in kinds(pipeline, sentence)]


@pytest.mark.parametrize("sentence", [
    "Soldiers fired on the crowd in Bamako on Friday.",
    "The finance minister resigned on Friday.",
    "The president dismissed the central bank governor on Monday.",
])
def test_firing_at_people_or_an_office_of_state_is_no_change_in_a_force(pipeline, sentence):
    assert "group_change" not in [k for k, _ in kinds(pipeline, sentence)]


def test_a_coup_against_the_head_of_state_is_a_group_change(pipeline):
    got = kinds(pipeline, "Officers of the presidential guard overthrew President Diallo on Wednesday.")
    assert "group_change" in [k for k, _ in got]


# -- people taken ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "The militants captured two Turkish engineers on Saturday.",
    "Gunmen seized three aid workers near Gao on Monday.",
])
def test_people_seized_are_taken_not_ground(pipeline, sentence):
    got = [k for k, _ in kinds(pipeline, sentence)]
    assert "abduction" in got or "arrest" in got
    assert "territory_change" not in got


def test_a_named_ship_seized_is_a_seizure(pipeline):
    got = [k for k, _ in kinds(pipeline, "Navy commandos seized the oil tanker Ocean Star near Aden on Monday.")]
    assert got == ["weapons_seizure"]


# -- an offensive told as an attempt to take a place ------------------------------------------------
def test_an_attempt_launched_to_take_a_town_is_fighting_told(pipeline):
    got = kinds(pipeline, "Russia launched a fresh attempt to take the town of Vuhledar on 10 October, "
                          "sending columns of tanks against its flanks.")
    assert ("clash", "asserted") in got
    assert ("territory_change", "asserted") not in got


def test_a_force_making_a_push_towards_a_town_is_fighting(pipeline):
    got = kinds(pipeline, "Russian troops made a fresh push towards Kupiansk on Thursday.")
    assert ("clash", "asserted") in got


# -- troop numbers that change --------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Troop numbers will fall to 1,000 by the end of the year.",
    "The number of French soldiers in Chad dropped to 600 in March.",
    "The number of UN peacekeepers in Mali has fallen to 12,000.",
])
def test_troop_numbers_changing_is_a_troop_level(pipeline, sentence):
    assert "troop_level" in [k for k, _ in kinds(pipeline, sentence)]


# -- posture verbs used figuratively ----------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "He blames Congress for leaving Ukrainian troops short of ammunition.",
    "The delay left the soldiers without enough shells.",
    "The cuts would leave the garrison exposed to attack.",
    "The strike force left the public in shock.",
])
def test_leaving_a_force_in_want_is_no_withdrawal(pipeline, sentence):
    assert "withdrawal" not in [k for k, _ in kinds(pipeline, sentence)]


def test_a_force_leaving_a_place_is_still_a_withdrawal(pipeline):
    assert "withdrawal" in [k for k, _ in kinds(pipeline, "The last Italian soldiers left Herat on Monday.")]


@pytest.mark.parametrize("sentence", [
    "The party pulled out of the election in protest.",
    "The ruling party retreated from its pledge to cut taxes.",
    "Investors pulled back from the market after the coup.",
])
def test_leaving_an_undertaking_is_no_withdrawal(pipeline, sentence):
    assert "withdrawal" not in [k for k, _ in kinds(pipeline, sentence)]


def test_leaving_a_pact_is_an_act_on_the_pact(pipeline):
    got = [k for k, _ in kinds(pipeline, "France pulled out of the deal on Monday.")]
    assert "agreement" in got and "withdrawal" not in got


def test_a_campaign_without_arms_is_no_offensive(pipeline):
    assert "clash" not in [k for k, _ in kinds(pipeline, "The army launched a recruitment campaign on Monday.")]


def test_a_named_visitor_landing_in_a_capital_is_diplomacy(pipeline):
    assert ("diplomacy", "asserted") in kinds(pipeline, "Pelosi landed in Taipei late on Tuesday.")


def test_a_pact_endorsed_by_a_pronoun_is_an_agreement(pipeline):
    got = kinds(pipeline, "The mediators presented the truce on Monday. Sudan's cabinet endorsed it on Wednesday.")
    assert "agreement" in [k for k, _ in got]


@pytest.mark.parametrize("sentence", [
    "President Tinubu apologised to President Ruto by phone on Monday.",
    "Sweden recognised Palestine as an independent state on Thursday.",
    "Canada and Australia announced new sanctions on Monday.",
    "The president postponed the summit with the Gulf leaders on Friday.",
])
def test_states_acting_towards_one_another_is_diplomacy(pipeline, sentence):
    assert "diplomacy" in [k for k, _ in kinds(pipeline, sentence)]


def test_a_side_saying_it_accepted_a_ceasefire_proposal_is_an_agreement(pipeline):
    got = kinds(pipeline, "The movement says it accepted the Kenyan ceasefire proposal.")
    assert "agreement" in [k for k, _ in got]


@pytest.mark.parametrize("sentence", [
    "Our forces stationed in Niger, about 1,500 soldiers, remain deployed.",
    "The strike group, with some 5,000 sailors and Marines, is operating in the Red Sea.",
    "The force will shrink to 2,500 by January.",
])
def test_a_force_counted_beside_it_or_shrinking_is_a_troop_level(pipeline, sentence):
    assert "troop_level" in [k for k, _ in kinds(pipeline, sentence)]


def test_a_count_of_a_force_moved_is_the_movements_figure(pipeline):
    got = [k for k, _ in kinds(pipeline, "Russia deployed a brigade, about 2,000 soldiers, to the border on Monday.")]
    assert "deployment" in got and "troop_level" not in got


def test_a_force_pushing_back_another_is_fighting(pipeline):
    got = kinds(pipeline, "Ukrainian troops pushed back Russian forces near Robotyne on Sunday.")
    assert ("clash", "asserted") in got


# -- an envoy summoned in protest -------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Warsaw summoned the Russian charge d'affaires on Tuesday.",
    "Lithuania's foreign ministry summoned the Belarusian ambassador on Monday.",
])
def test_an_envoy_summoned_is_diplomacy(pipeline, sentence):
    assert ("diplomacy", "asserted") in kinds(pipeline, sentence)


@pytest.mark.parametrize("sentence", [
    "The prime minister summoned his cabinet for an emergency session on Monday.",
    "The court summoned the general to testify on Monday.",
])
def test_summoning_no_envoy_is_no_diplomacy(pipeline, sentence):
    assert ("diplomacy", "asserted") not in kinds(pipeline, sentence)


# -- a side's own word on the conflict: urging, blaming, branding, vowing, demanding ----------------
@pytest.mark.parametrize("sentence", [
    "In Beijing, the foreign ministry urged restraint on Tuesday.",
    "The president called the bombing an act of terrorism on Tuesday.",
    "The Hamas spokesman vowed revenge for the killing on Tuesday.",
    "Erdogan branded the Kurdish militia a terrorist organisation on Tuesday.",
    "The junta demanded the departure of the French ambassador on Tuesday.",
])
def test_a_sides_declaration_is_a_statement(pipeline, sentence):
    assert ("statement", "asserted") in kinds(pipeline, sentence)


@pytest.mark.parametrize("sentence", [
    "Analysts urged caution about the figures on Tuesday.",
    "The president called Macron on Tuesday.",
    "The minister did not blame the army on Tuesday.",
    "The strikes killed 12 people on Tuesday, the ministry said.",
    "According to officials, the convoy was hit near the border on Tuesday.",
])
def test_no_declaration_no_statement(pipeline, sentence):
    assert ("statement", "asserted") not in kinds(pipeline, sentence)


# -- a side's stance told as speech: commitment, verdict, denial of a part, own conduct, own losses ----------
@pytest.mark.parametrize("sentence", [
    "Foreign Minister Lena Varga told reporters on Tuesday that her government would not rejoin the negotiations.",
    "The general said on Tuesday the army would meet any fresh incursion with force.",
    "The interior ministry denied any involvement in the blast at the fuel depot on Tuesday.",
    "Kyiv said on Tuesday the Russian statement was pure propaganda.",
    "The Kremlin described the new sanctions as economic warfare on Tuesday.",
    "The rebel commander said on Tuesday that about 90 of his fighters had died in the battle for the bridge.",
    "The coastguard said on Tuesday the trawlers had illegally entered its waters.",
    "On Tuesday the militia leader offered to halt raids on the border towns if the army left the valley.",
    "Sudan's army chief declared on Tuesday that there would be no talks with the paramilitaries.",
])
def test_a_sides_stance_told_as_speech_is_a_statement(pipeline, sentence):
    assert ("statement", "asserted") in kinds(pipeline, sentence)


@pytest.mark.parametrize("sentence", [
    "Nine villagers were killed in the raid on Tuesday, police said.",
    "The health ministry said on Tuesday the death toll had risen to 45.",
    "Officials said on Tuesday the road between the two towns was closed.",
    "The army said on Tuesday its troops had killed 20 militants in the operation.",
    "Witnesses said gunmen on motorbikes opened fire on the market on Tuesday.",
    "Officials say they cannot confirm reports that the commander was killed on Tuesday.",
])
def test_a_report_of_facts_or_acts_is_no_stance(pipeline, sentence):
    assert ("statement", "asserted") not in kinds(pipeline, sentence)


# -- a side halting its own programme or operations: a change in its activity, announced ------------------
@pytest.mark.parametrize("sentence", [
    "The alliance suspended its advisory mission in Iraq on Tuesday.",
    "On Tuesday the coalition paused the training of local troops for 60 days because of the outbreak.",
    "The militia announced on Tuesday that it was suspending its attacks on foreign bases.",
    "Berlin halted its participation in the peacekeeping mission on Tuesday.",
    "The bloc put its military training programme in the country on hold on Tuesday.",
    "The rebels declared a halt to their offensive on the port on Tuesday.",
])
def test_a_side_halting_its_own_programme_is_a_statement(pipeline, sentence):
    assert ("statement", "asserted") in kinds(pipeline, sentence)


@pytest.mark.parametrize("sentence", [
    "The airline suspended flights to the capital on Tuesday.",
    "Work on the new bridge was halted on Tuesday because of heavy rain.",
])
def test_halting_no_sides_programme_is_no_statement(pipeline, sentence):
    assert "statement" not in [k for k, _ in kinds(pipeline, sentence)]


def test_a_halt_set_as_a_condition_is_no_halt_announced(pipeline):
    got = kinds(pipeline, "The envoy offered on Tuesday to halt the raids if the army stopped its air campaign.")
    assert ("statement", "hypothetical") not in got


# -- a past act referred back to inside a noun phrase, with its own day, place or doer -----------------------
@pytest.mark.parametrize("sentence, kind", [
    ("Iran fired rockets at two bases in Iraq on Tuesday, days after the US killing of a senior commander in "
     "January.", "clash"),
    ("The sanctions follow Moscow's seizure of two patrol boats in the strait on Sunday.", "weapons_seizure"),
    ("Parliament was suspended following the assassination of the opposition leader in Tunis last week.",
     "attack"),
])
def test_an_act_referred_back_to_with_its_particulars_is_an_occurrence(pipeline, sentence, kind):
    # (a commander killed is violence against an armed target: ACLED's battle)
    assert (kind, "asserted") in kinds(pipeline, sentence)


def test_an_act_referred_back_to_is_apart_from_the_act_told(pipeline):
    got = kinds(pipeline, "Jets struck the camps on Tuesday, two days after the drone attack on the border post "
                          "in Jordan on Sunday.")
    assert len([k for k, m in got if k in ("airstrike", "attack") and m == "asserted"]) == 2


@pytest.mark.parametrize("sentence", [
    "Attacks on bases have risen sharply this year.",
    "The strikes were carried out after a lightning advance along the lake shore on Tuesday.",
])
def test_a_generic_or_unparticular_act_referred_to_is_no_occurrence_of_its_own(pipeline, sentence):
    got = kinds(pipeline, sentence)
    assert len([k for k, m in got if m == "asserted"]) <= 1


# -- kinds told in wordings the triggers missed ----------------------------------------------------------
@pytest.mark.parametrize("sentence, kind", [
    ("About 150 villagers were taken across the river as hostages on Tuesday.", "abduction"),
    ("Government troops have encircled the town of Kidal on Tuesday.", "territory_change"),
    ("On Tuesday a military council in the capital elected Omar Diallo as the movement's new leader.",
     "group_change"),
    ("In May 2016 an alliance led by two neighbouring states began an aerial campaign against the insurgents.",
     "airstrike"),
    ("Some 3,200 soldiers guarded the port on Tuesday.", "troop_level"),
    ("A UN convoy came under fire near Bentiu on Tuesday.", "attack"),
    ("The consul was assaulted outside the consulate in Herat on Tuesday.", "attack"),
    ("A regional summit in Abuja approved a joint standby force on Tuesday.", "agreement"),
])
def test_kinds_told_by_wordings_of_their_own(pipeline, sentence, kind):
    assert (kind, "asserted") in kinds(pipeline, sentence)


def test_two_clauses_with_doers_of_their_own_are_two_acts_at_the_sentence(pipeline):
    from sitrep.events.detection import _two_doers
    doc = pipeline.language.nlp("Troops battled the militants in the hills while jets bombed their camps.")
    assert _two_doers(doc[9], doc[1])   # bombed, battled
    one = pipeline.language.nlp("Troops fought and killed ten militants.")
    assert not _two_doers(one[3], one[1])   # killed, fought: one doer
