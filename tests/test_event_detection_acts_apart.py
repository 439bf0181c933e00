"""Acts a report tells beside its main one (a participle, a relative clause) and political acts told by
a verb and its object, on sentences written for these tests."""
from __future__ import annotations

import pytest

from sitrep.model import RawArticle


def kinds(pipeline, text, published="2023-11-14"):
    doc = pipeline.process(RawArticle(source="test", id="t", text=text, published=published, exact_text=True))
    return [(e.type, e.modality) for e in doc.events]


# -- a second act in a participle or a relative clause ----------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Sarraj, meeting Erdogan in Ankara on Thursday, promised to fight on.",
    "The foreign minister, visiting Kyiv on Monday, pledged more support for Ukraine.",
    "Erdogan, who hosted Zelensky in Istanbul on Friday, said Turkey would keep mediating.",
    "Macron, who spoke by phone with Putin on Sunday, said he remained worried.",
])
def test_a_meeting_told_beside_the_main_act_is_diplomacy(pipeline, sentence):
    assert ("diplomacy", "asserted") in kinds(pipeline, sentence)


# -- one state's protest to another, a plan for peace, a training mission set up --------------------
@pytest.mark.parametrize("sentence", [
    "Tokyo lodged a formal protest with Beijing on Monday.",
    "The Philippine foreign ministry delivered a protest note to the Chinese embassy on Friday.",
    "Manila protested to Beijing over the water cannon incident on Sunday.",
    "The ships sailed close to Taiwan, which lodged a strong protest with China the same day.",
])
def test_a_protest_lodged_with_a_state_is_diplomacy(pipeline, sentence):
    found = [k for k, _ in kinds(pipeline, sentence)]
    assert "diplomacy" in found and "protest" not in found


@pytest.mark.parametrize("sentence", [
    "Villagers filed a complaint with the police on Monday.",
    "Residents made a complaint about the noise on Friday.",
])
def test_a_complaint_to_the_police_is_no_diplomacy(pipeline, sentence):
    assert "diplomacy" not in [k for k, _ in kinds(pipeline, sentence)]


@pytest.mark.parametrize("sentence", [
    "Sisi announced a peace initiative in Cairo on Saturday.",
    "China unveiled a 12-point plan for a ceasefire in Ukraine on Friday.",
])
def test_a_plan_for_peace_put_forward_is_diplomacy(pipeline, sentence):
    assert ("diplomacy", "asserted") in kinds(pipeline, sentence)


def test_a_training_mission_set_up_is_military_aid(pipeline):
    assert ("military_aid", "asserted") in kinds(pipeline, "The EU set up a military training mission for Mozambique "
                                                           "on 12 July.")


# -- acts of war told by a verb and who does it to what ---------------------------------------------
@pytest.mark.parametrize("sentence, kind", [
    ("Ugandan forces lost their camp at Janaale in September.", "territory_change"),
    ("Burundian troops were driven from their base near Leego in June.", "territory_change"),
    ("Al-Shabaab fighters forced the soldiers out of the town of Bardere on Monday.", "territory_change"),
    ("The Ukrainian army moved back into Kherson on 11 November.", "deployment"),
    ("The army called up 360,000 reservists on Sunday.", "troop_level"),
    ("The German brigade paraded in Vilnius on Thursday and formally took up its mission.", "deployment"),
    ("Fighting raged in Bakhmut on Sunday.", "clash"),
    ("Clashes continued overnight on the eastern edge of Khartoum.", "clash"),
    ("Abiy ordered the offensive against Tigray on 4 November.", "clash"),
    ("M23 rebels drove government troops out of Rubaya on Tuesday.", "territory_change"),
    ("Israeli troops returned to Khan Younis on Monday.", "deployment"),
    ("The 3rd Brigade took up positions along the border on Sunday.", "deployment"),
    ("Israel started striking targets in southern Lebanon on 23 September.", "airstrike"),
])
def test_an_act_of_war_told_by_verb_and_object(pipeline, sentence, kind):
    assert (kind, "asserted") in kinds(pipeline, sentence)


@pytest.mark.parametrize("sentence", [
    "Some 360,000 people were driven from Marawi and nearby towns on 23 May.",
    "The company lost its contract in September.",
    "The minister went back to Paris on Friday.",
    "Thousands of displaced families returned to Khan Younis on Monday.",
    "The company drove its rivals out of the market.",
])
def test_people_displaced_or_a_contract_lost_are_no_act_of_war(pipeline, sentence):
    assert not {k for k, _ in kinds(pipeline, sentence)} & {"territory_change", "deployment"}


# -- an accusation is the accuser's own word, whatever it charges the other side with ---------------
@pytest.mark.parametrize("sentence", [
    "The junta accused France of backing the rebels on Friday.",
    "Kyiv blamed Moscow for shelling the power plant on Sunday.",
])
def test_an_accusation_of_an_act_is_a_statement(pipeline, sentence):
    assert ("statement", "asserted") in kinds(pipeline, sentence)


# -- a state's envoy recalled, a leader telephoning another -----------------------------------------
@pytest.mark.parametrize("sentence", [
    "Kyiv recalled its ambassador from Minsk on Friday.",
    "France expelled two Iranian diplomats on Monday.",
    "Biden, who telephoned Netanyahu on Saturday, urged him to protect civilians.",
])
def test_an_envoy_recalled_or_expelled_or_a_call_is_diplomacy(pipeline, sentence):
    found = [k for k, _ in kinds(pipeline, sentence)]
    assert "diplomacy" in found and "withdrawal" not in found


# -- the authorities' finding on an act is their word, not the act ----------------------------------
@pytest.mark.parametrize("sentence", [
    "The prosecutor general identified the driver on Friday.",
    "Police named the gunman as a 28-year-old local man on Sunday.",
])
def test_a_culprit_identified_is_a_statement(pipeline, sentence):
    assert [k for k, _ in kinds(pipeline, sentence)] == ["statement"]


@pytest.mark.parametrize("sentence", [
    "Moscow named General Ivanov overall commander of the campaign on Monday.",
    "Wagner's founder was replaced as head of the group by his deputy on Friday.",
    "Burhan was sworn in as head of the new sovereign council on Thursday.",
    "The general took command of the northern army group on 1 March.",
])
def test_a_head_of_a_body_put_in_or_out_is_a_change_of_command(pipeline, sentence):
    assert "group_change" in [k for k, _ in kinds(pipeline, sentence)]


# -- talks or a visit named by a noun with its partner and its own date ------------------------------
@pytest.mark.parametrize("sentence", [
    "Sarraj, in Ankara for talks with Erdogan on Thursday, said Turkey would help.",
    "Following a meeting with Putin in Sochi on Monday, Erdogan said the grain deal could be revived.",
])
def test_talks_with_their_own_partner_and_date_are_diplomacy(pipeline, sentence):
    assert ("diplomacy", "asserted") in kinds(pipeline, sentence)


def test_talks_without_a_date_of_their_own_are_left_to_the_sentence(pipeline):
    assert "diplomacy" not in [k for k, _ in kinds(pipeline, "Analysts doubt that talks with Iran can succeed.")]


# -- a side's stance voiced ---------------------------------------------------------------------------
def test_concern_expressed_is_a_statement(pipeline):
    assert ("statement", "asserted") in kinds(pipeline, "Beijing expressed concern over the clashes on Tuesday.")


@pytest.mark.parametrize("sentence, statement", [
    ("The Kremlin said on Monday it was deeply concerned by the fighting.", True),
    ("The foreign ministry said it was outraged by the attack on its embassy.", True),
    ("Residents said they were worried about the shelling.", False),
])
def test_a_sides_own_alarm_said_is_a_statement(pipeline, sentence, statement):
    assert (("statement", "asserted") in kinds(pipeline, sentence)) is statement


# -- states leaving a bloc, a bloc suspending a state ---------------------------------------------------
@pytest.mark.parametrize("sentence, kind", [
    ("Niger, Mali and Burkina Faso quit ECOWAS on 28 January.", "group_change"),
    ("Mali pulled out of the G5 Sahel alliance on 15 May.", "group_change"),
    ("The African Union suspended Niger's membership on 22 August.", "diplomacy"),
    ("ECOWAS suspended Guinea from the bloc on 8 September.", "diplomacy"),
])
def test_a_state_leaving_or_suspended_from_a_bloc(pipeline, sentence, kind):
    assert (kind, "asserted") in kinds(pipeline, sentence)


@pytest.mark.parametrize("sentence", [
    "The opposition party quit the coalition government on Friday.",
    "The minister left the OSCE meeting early.",
])
def test_a_party_or_a_minister_leaving_is_no_change_of_a_bloc(pipeline, sentence):
    assert "group_change" not in [k for k, _ in kinds(pipeline, sentence)]


def test_an_act_told_of_the_speaker_leaves_its_warning_a_statement(pipeline):
    got = kinds(pipeline, "Hezbollah, whose fighters fired rockets at Metula on Tuesday, warned of more attacks.")
    assert ("shelling", "asserted") in got and ("statement", "asserted") in got
