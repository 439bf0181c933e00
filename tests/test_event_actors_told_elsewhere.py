"""Who did it, when the act's own words do not say: a force told without its owner takes the side told acting just
before, a claim or an admission told before or after names the doer of the act it refers to, a toll told after an
attack is that attack's, a participle's act is done by whom it describes, a capital or an office acts for its state.
Sentences written for these tests."""
from __future__ import annotations

from written_articles import runner


run = runner("2023-05-12")


def actors_of(doc, kind):
    return [e.actors for e in doc.events if e.type == kind]


def test_a_contingent_told_without_its_owner_is_the_side_that_sent_it(pipeline):
    doc = run(pipeline, "Chad sent peacekeepers to the border region on Tuesday. The contingent of 1,500 troops "
                        "reached Abeche on Thursday.", published="2023-03-10")
    got = [e for e in doc.events if "Abeche" in e.evidence]
    assert got and any("Chad" in a for a in got[0].actors), got[0].actors if got else doc.events


def test_a_bare_force_opening_its_sentence_takes_the_side_acting_before(pipeline):
    doc = run(pipeline, "Ukraine's 93rd brigade moved to the front last week. On Sunday the brigade attacked "
                        "Russian positions near Kreminna.", published="2023-06-05")
    got = [e for e in doc.events if "Kreminna" in e.evidence and "attacked" in e.evidence]
    assert got and any("Ukrain" in a for a in got[0].actors), got


def test_two_sides_acting_before_leave_a_bare_force_unowned(pipeline):
    doc = run(pipeline, "Russian units shelled Ukrainian trenches near Vuhledar on Friday, and Ukraine struck "
                        "back with drones. On Saturday the troops entered Pavlivka.", published="2023-02-12")
    got = [e for e in doc.events if "Pavlivka" in e.evidence]
    assert got and not any("Russia" in a or "Ukrain" in a for e in got for a in e.actors)


def test_a_claim_after_the_act_names_its_doer_and_its_own_word_is_that_act(pipeline):
    doc = run(pipeline, "A drone hit an army base near Erbil on Saturday, wounding three soldiers. Kataib "
                        "Hezbollah claimed the strike on Sunday.", published="2023-07-17")
    strikes = [e for e in doc.events if e.type == "airstrike"]
    assert len(strikes) == 1 and any("Kataib Hezbollah" in a for a in strikes[0].actors), strikes
    assert strikes[0].date.start.isoformat() == "2023-07-15"


def test_a_claim_leading_the_report_names_the_doer_of_the_act_told_below(pipeline):
    doc = run(pipeline, "Al-Shabaab claimed responsibility on Friday for the twin bombings in Baidoa.\n\n"
                        "Two explosions ripped through a market in the town on Thursday, killing 19 people.",
              published="2023-04-15")
    got = [e for e in doc.events if e.type == "explosion"]
    assert len(got) == 1 and any("al-shabaab" in a.lower() for a in got[0].actors), got
    assert got[0].date.start.isoformat() == "2023-04-13"


def test_a_side_owning_up_to_a_strike_in_its_own_verb_did_it(pipeline):
    doc = run(pipeline, "A military drone hit a wedding party in Kaduna state on Sunday, killing 40 villagers. "
                        "The Nigerian army admitted on Tuesday that it had bombed the village by mistake.",
              published="2023-12-06")
    got = [e for e in doc.events if e.type == "airstrike"]
    assert got and all(any("Nigeria" in a for a in e.actors) for e in got), got


def test_an_apology_saying_its_forces_did_it_names_the_doer(pipeline):
    doc = run(pipeline, "A Turkish helicopter was shot down near the Syrian border on Monday. Damascus apologised, "
                        "saying its forces had downed it by mistake.", published="2023-03-08")
    assert any("Syria" in a for e in doc.events for a in e.actors if "shot" in e.evidence), doc.events


def test_an_admission_never_overrides_a_doer_the_report_names(pipeline):
    doc = run(pipeline, "Boko Haram fighters attacked an army post near Monguno on Friday. The army confirmed that "
                        "its troops had killed the attackers.", published="2023-03-08")
    attack = [e for e in doc.events if "Monguno" in e.evidence and "attacked" in e.evidence]
    assert attack and any("Boko Haram" in a for a in attack[0].actors), attack


def test_a_toll_told_after_an_attack_is_the_attackers(pipeline):
    doc = run(pipeline, "Insurgents attacked Mocimboa da Praia on 3 June. Dozens of civilians and soldiers were "
                        "killed over the following days.", published="2023-06-10")
    got = [e for e in doc.events if "killed" in e.evidence]
    assert got and any("Insurgents" in a or "insurgents" in a for a in got[0].actors), got


def test_a_toll_of_the_doers_own_men_is_not_theirs(pipeline):
    doc = run(pipeline, "Militants stormed a checkpoint near Bannu on Friday. Ten militants were killed in the "
                        "fighting that followed.", published="2023-06-10")
    got = [e for e in doc.events if "Ten militants" in e.evidence and "stormed" not in e.evidence]
    assert not got or not any("Militants" == a for a in got[0].actors)


def test_the_one_a_meeting_participle_describes_holds_the_meeting(pipeline):
    doc = run(pipeline, "Libyan commander visits Moscow\n\nHaftar, meeting Putin in Moscow on Tuesday, asked for more "
                        "air defence systems.", published="2023-06-10")
    got = actors_of(doc, "diplomacy")
    assert got and any("Haftar" in a for a in got[0]), got


def test_a_capital_that_has_since_acted_acts_for_its_state(pipeline):
    doc = run(pipeline, "Tehran has since supplied drones, missiles and instructors to the Houthis in Yemen.",
              published="2023-06-10")
    assert any("Iran" in a for e in doc.events for a in e.actors), doc.events


def test_two_capitals_as_subjects_act_for_their_states(pipeline):
    doc = run(pipeline, "Kigali and Kinshasa signed a deal in Washington on Friday to end the fighting.",
              published="2023-06-10")
    got = actors_of(doc, "agreement")
    assert got and "Rwanda" in got[0] and any("Congo" in a for a in got[0]), got


def test_an_office_that_names_no_state_acts_for_its_state(pipeline):
    doc = run(pipeline, "The Kremlin ordered troops to withdraw from the right bank on Wednesday.",
              published="2022-11-10")
    assert any("Russia" in e.actors for e in doc.events), doc.events


def test_a_side_saying_it_struck_the_target_just_told_did_it(pipeline):
    doc = run(pipeline, "A drone hit a US outpost near Deir ez-Zor on Sunday, wounding four soldiers. Kataib Hezbollah "
                        "said it had targeted the base with two drones.", published="2024-01-28")
    got = [e for e in doc.events if e.type == "airstrike"]
    assert got and any("Kataib Hezbollah" in a for a in got[0].actors), got


def test_a_side_saying_it_killed_the_attackers_is_not_the_attacker(pipeline):
    doc = run(pipeline, "Boko Haram fighters raided a village near Gwoza on Sunday. The army said it had killed "
                        "the attackers.", published="2024-01-28")
    raid = [e for e in doc.events if "raided" in e.evidence]
    assert raid and any("Boko Haram" in a for a in raid[0].actors), raid


def test_a_capital_telling_of_a_bare_force_speaks_for_its_state(pipeline):
    doc = run(pipeline, "Soldiers retook the village of Robotyne on Monday, Kyiv said.", published="2023-08-30")
    got = [e for e in doc.events if "Robotyne" in e.evidence]
    assert got and any("Ukrain" in a for a in got[0].actors), got


def test_a_force_moved_with_no_other_word_for_who_is_the_speakers(pipeline):
    doc = run(pipeline, "Reinforcements have been sent to Tessalit, a spokesman for the Malian army said on Monday.",
              published="2023-08-30")
    got = [e for e in doc.events if e.type == "deployment"]
    assert got and any("Malian" in a for a in got[0].actors), got


def test_a_headline_claim_names_the_doer_of_the_act_the_body_tells(pipeline):
    doc = run(pipeline, "Islamic State claims deadly attack on army bus\n\nGunmen ambushed a bus carrying soldiers "
                        "near Palmyra on Thursday, killing 14 of them, a war monitor said.", published="2023-08-20")
    got = [e for e in doc.events if "ambushed" in e.evidence]
    assert got and any("Islamic State" in a for a in got[0].actors), got
