"""Statements, orders, appointments, recalled votes and planned gatherings told in wordings the verb patterns
missed, on sentences written for these tests (Detection._speech_and_politics)."""
from __future__ import annotations

import pytest

from written_articles import runner

run = runner("2023-05-14")


def events(pipeline, text):
    return [(e.type, e.modality, e.date.start.isoformat() if e.date else None) for e in run(pipeline, text).events]


@pytest.mark.parametrize("sentence, day", [
    ("Kabul suspended the dialogue with the Taliban on Wednesday.", "2023-05-10"),
    ("The Colombian government called off the negotiations with the ELN on Thursday.", "2023-05-11"),
    ("The government broke off talks with the rebels in Addis Ababa on Saturday.", "2023-05-13"),
    ("Mali's junta ended its cooperation with the French forces on Monday.", "2023-05-08"),
])
def test_talks_ended_are_a_statement_of_that_day(pipeline, sentence, day):
    assert ("statement", "asserted", day) in events(pipeline, sentence)


@pytest.mark.parametrize("sentence", [
    "On Tuesday the Sudanese army gave the paramilitary fighters 48 hours to leave the capital.",
    "The prime minister gave the rebels 72 hours to surrender.",
])
def test_an_ultimatum_is_a_statement(pipeline, sentence):
    found = events(pipeline, sentence)
    assert "statement" in [k for k, _, _ in found]
    assert "asserted" not in [m for k, m, _ in found if k != "statement"]   # the act demanded is still to come


def test_an_order_to_a_force_is_a_statement(pipeline):
    found = events(pipeline, "The Iranian commander told the American warships to stay 1,000 metres away from "
                             "the islands on Sunday.")
    assert ("statement", "asserted", "2023-05-14") in found


@pytest.mark.parametrize("sentence", [
    "The spokesman told residents to stay indoors on Monday.",
    "The State Department told its embassy staff in Kyiv to depart on Saturday.",
])
def test_advice_to_people_is_no_order(pipeline, sentence):
    assert "statement" not in [k for k, _, _ in events(pipeline, sentence)]


def test_an_announcement_with_its_own_day_is_a_statement(pipeline):
    found = events(pipeline, "The alliance's announcement on 20 March that it was pausing training angered Baghdad.")
    assert ("statement", "asserted", "2023-03-20") in found


@pytest.mark.parametrize("sentence, day", [
    ("General Ahmed Ali was put in charge of the operation in Mogadishu on Monday.", "2023-05-08"),
    ("On Friday Colonel Diallo was placed in command of the troops in the north.", "2023-05-12"),
])
def test_a_command_given_is_a_group_change(pipeline, sentence, day):
    assert ("group_change", "asserted", day) in events(pipeline, sentence)


@pytest.mark.parametrize("sentence, day", [
    ("January's parliamentary call for foreign troops to leave angered Washington.", "2023-01-01"),
    ("Since the vote last month to expel the troops, the coalition has reduced its patrols.", "2023-04-14"),
])
def test_a_vote_recalled_with_its_day_is_legislation(pipeline, sentence, day):
    found = events(pipeline, sentence)
    assert any(k == "legislation" and d == day for k, _, d in found)
    assert "withdrawal" not in [k for k, _, _ in found]


def test_a_procession_to_be_held_is_a_planned_protest(pipeline):
    found = events(pipeline, "A funeral procession for the dead will be held in the capital on Saturday.")
    assert ("protest", "planned", "2023-05-20") in found


@pytest.mark.parametrize("sentence", [
    "A spokesman for the Pentagon said on Tuesday that no decision to leave Iraq had been taken.",
    "There is no intention to pull our forces out of Niger, the ministry said on Monday.",
])
def test_no_decision_to_move_denies_the_move(pipeline, sentence):
    assert ("withdrawal", "denied") in [(k, m) for k, m, _ in events(pipeline, sentence)]


def test_a_decision_taken_is_no_denial(pipeline):
    found = events(pipeline, "The decision to withdraw the troops from Mali was taken on Monday.")
    assert "denied" not in [m for _, m, _ in found]


@pytest.mark.parametrize("sentence, day", [
    ("In a call with Zelensky on Monday, Biden promised advanced air defence systems.", "2023-05-08"),
    ("During a meeting with Erdogan in Ankara on Tuesday, Putin promised more S-400 systems.", "2023-05-09"),
])
def test_a_pledge_in_a_call_or_meeting_is_military_aid_to_come(pipeline, sentence, day):
    assert ("military_aid", "planned", day) in events(pipeline, sentence)


def test_a_pledge_on_a_visit_keeps_the_visit(pipeline):
    doc = run(pipeline, "During his visit to Kyiv on Friday, Scholz promised more Leopard tanks.")
    got = [(e.type, e.location.name if e.location else None) for e in doc.events]
    assert ("diplomacy", "Kyiv") in got and ("military_aid", "Kyiv") in got


def test_a_promise_of_no_kit_in_a_call_is_no_aid(pipeline):
    found = events(pipeline, "In a call with Zelensky on Monday, Biden promised to keep talking.")
    assert "military_aid" not in [k for k, _, _ in found]


@pytest.mark.parametrize("sentence, day", [
    ("Opposition parties have called a march in Dakar for Friday.", "2023-05-12"),
    ("Unions announced a rally in Nairobi for next Tuesday.", "2023-05-16"),
    ("Students called a protest for 3 June in Khartoum.", "2023-06-03"),
])
def test_a_gathering_called_for_a_day_is_a_planned_protest(pipeline, sentence, day):
    found = events(pipeline, sentence)
    assert ("protest", "planned", day) in found and "statement" not in [k for k, _, _ in found]


def test_a_march_joined_is_a_protest_that_happened(pipeline):
    assert ("protest", "asserted", "2023-05-12") in events(pipeline, "Thousands joined a march in Dakar on Friday.")


def test_a_threat_inside_a_claim_is_a_statement(pipeline):
    found = events(pipeline, "Trump wrote on Twitter on Saturday that the United States had picked out 52 Iranian "
                             "sites it would hit quickly and hard if Iran attacked Americans.")
    assert ("statement", "asserted", "2023-05-13") in found


@pytest.mark.parametrize("sentence, kind", [
    ("President Biden said in an interview that if Israel launched a major operation in Rafah he would stop "
     "supplying bombs.", "military_aid"),
    ("Hezbollah warned on Sunday that it would fire rockets at Haifa if Israel bombed Beirut.", "shelling"),
])
def test_an_act_said_on_a_condition_is_the_act_itself(pipeline, sentence, kind):
    found = events(pipeline, sentence)
    assert (kind, "hypothetical") in [(k, m) for k, m, _ in found]
    assert "statement" not in [k for k, _, _ in found]


def test_words_written_on_a_medium_are_a_statement(pipeline):
    found = events(pipeline, "Iran's foreign minister wrote on Twitter on Sunday that Tehran had taken and concluded "
                             "proportionate measures in self-defence and did not seek escalation or war.")
    assert "statement" in [k for k, _, _ in found]


def test_a_group_founded_without_its_name_told_is_no_change(pipeline):
    found = events(pipeline, "Hours later, Kataib Hezbollah, the militia al-Muhandis founded, told Iraqi security "
                             "forces to stay away from the bases.")
    assert "group_change" not in [k for k, _, _ in found]
    assert "group_change" in [k for k, _, _ in events(pipeline, "Former officers founded a new armed group in "
                                                                  "Benghazi on Tuesday.")]


@pytest.mark.parametrize("sentence, day", [
    ("The withdrawal follows last month's vote in the Malian parliament demanding the departure of French "
     "troops.", "2023-04-01"),
    ("Lawmakers' decision in June to expel the peacekeepers was criticised by the UN.", "2023-06-01"),
])
def test_a_legislature_s_vote_told_with_its_day_is_legislation(pipeline, sentence, day):
    assert any(k == "legislation" and d[:7] == day[:7] for k, _, d in events(pipeline, sentence))


def test_last_month_s_vote_alone_may_be_an_election(pipeline):
    found = events(pipeline, "Turnout in last month's vote was low, officials said.")
    assert "legislation" not in [k for k, _, _ in found]


def test_a_stance_said_beside_an_act_is_a_statement_too(pipeline):
    doc = run(pipeline, "President Joe Biden said the United States would hunt down those responsible and that the "
                        "evacuation would go on until the August 31 deadline.", "2021-08-27")
    assert {"statement", "withdrawal"} <= {e.type for e in doc.events}


def test_acts_said_in_one_clause_leave_no_statement(pipeline):
    doc = run(pipeline, "Iraq's military said the American strikes had killed three soldiers and had damaged an "
                        "airport under construction in Kerbala, and the government protested to Washington.")
    assert "statement" not in {e.type for e in doc.events}


@pytest.mark.parametrize("sentence", [
    "Colonel Ahmed was promoted to chief of staff of the army on Friday.",
    "Hezbollah named Naim Qassem as his successor on Tuesday.",
])
def test_a_head_of_a_force_named_is_a_group_change(pipeline, sentence):
    assert "group_change" in [k for k, _, _ in events(pipeline, sentence)]


def test_a_minister_s_successor_is_no_group_change(pipeline):
    found = events(pipeline, "The minister named his deputy as his successor on Tuesday.")
    assert "group_change" not in [k for k, _, _ in found]


@pytest.mark.parametrize("sentence, days", [
    ("The two sides signed a ceasefire in Doha on 3 March, and on 10 March they agreed a prisoner exchange.",
     {"2023-03-03", "2023-03-10"}),
    ("Parliament approved the budget on Monday, and on Thursday it passed a law on conscription.",
     {"2023-05-08", "2023-05-11"}),
])
def test_two_matters_on_their_own_days_are_two_events(pipeline, sentence, days):
    assert days <= {d for _, _, d in events(pipeline, sentence)}


def test_one_pact_signed_by_each_party_on_its_day_is_one(pipeline):
    found = events(pipeline, "Moscow signed the treaty on 15 August and Kyiv signed it the next day.")
    assert [k for k, _, _ in found].count("agreement") == 1


def test_a_part_in_talks_ended_is_a_statement(pipeline):
    assert ("statement", "asserted", "2023-05-08") in events(pipeline, "Kyiv ended its participation in the talks "
                                                                       "on Monday.")


@pytest.mark.parametrize("sentence", [
    "On Monday the government set a deadline of Friday for the militia to disarm.",
    "The president gave the rebels until Sunday to lay down their arms.",
])
def test_a_deadline_set_is_a_statement(pipeline, sentence):
    found = events(pipeline, sentence)
    assert "statement" in [k for k, _, _ in found] and "military_aid" not in [k for k, _, _ in found]


def test_a_demand_that_someone_leave_is_a_statement(pipeline):
    found = events(pipeline, "The junta demanded on Wednesday that the French ambassador leave within 48 hours.")
    assert ("statement", "asserted", "2023-05-10") in found
