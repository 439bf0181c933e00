"""Whether an act happened: aid a relative clause says was pledged is still to come; a threat told by an inverted
condition or a case named is hypothetical; a warrant or an order for an arrest is a planned arrest; an act that
runs until a later day goes on; an act asked after by "whether" that the report gave as planned stays that plan;
a reference back by the time since an act is the act told exactly; a presence denied is a denied deployment; the
arrival of what was pledged is the aid; an act told as one more by "also" at a town of its own stays apart. Sentences
written for these tests."""
from __future__ import annotations

from written_articles import modality_of, runner


run = runner("2024-05-13")


def test_aid_a_relative_clause_says_was_pledged_is_planned(pipeline):
    doc = run(pipeline, "Italy said the first of five Leopard tanks it has pledged would reach Ukraine "
                        "within weeks.")
    aid = [e for e in doc.events if e.type == "military_aid"]
    assert aid and all(e.modality == "planned" for e in aid), [(e.type, e.modality) for e in doc.events]


def test_aid_delivered_from_what_was_pledged_stays_told(pipeline):
    doc = run(pipeline, "Italy delivered the first of five Leopard tanks it has pledged to Ukraine on Friday.")
    aid = [e for e in doc.events if e.type == "military_aid"]
    assert aid and all(e.modality == "asserted" for e in aid), [(e.type, e.modality) for e in doc.events]


def test_an_answer_to_an_inverted_condition_is_hypothetical(pipeline):
    assert modality_of(pipeline, "Should the separatists shell the port again, the navy will strike their "
                                 "positions, the admiral said.", "strike") == "hypothetical"
    assert modality_of(pipeline, "The rebels said they would attack the capital should the army advance on "
                                 "their stronghold.", "attack") == "hypothetical"
    assert modality_of(pipeline, "Had the convoy crossed the border, the air force would have bombed it.",
                       "crossed") == "hypothetical"


def test_an_answer_to_a_case_named_is_hypothetical(pipeline):
    assert modality_of(pipeline, "Lithuania said it would close the border in case of further provocations.",
                       "close") == "hypothetical"
    assert modality_of(pipeline, "In the event of an invasion, Poland will deploy two divisions to the east.",
                       "deploy") == "hypothetical"
    # a plain future stays a plan
    assert modality_of(pipeline, "Poland will deploy two divisions to the east next month.", "deploy") == "planned"


def test_a_warrant_or_an_order_for_an_arrest_is_a_planned_arrest(pipeline):
    doc = run(pipeline, "A tribunal in Dakar issued an arrest warrant for the former army chief on Thursday.")
    assert [e.modality for e in doc.events if e.type == "arrest"] == ["planned"], \
        [(e.type, e.modality) for e in doc.events]
    doc = run(pipeline, "Prosecutors in Lima sought the arrest of the former interior minister on Friday.")
    assert [e.modality for e in doc.events if e.type == "arrest"] == ["planned"], \
        [(e.type, e.modality) for e in doc.events]


def test_an_arrest_on_a_warrant_is_told(pipeline):
    doc = run(pipeline, "Police in Lima arrested the former minister on Saturday on a warrant issued in 2021.")
    assert [e.modality for e in doc.events if e.type == "arrest"] == ["asserted"], \
        [(e.type, e.modality) for e in doc.events]


def test_an_exercise_that_runs_until_a_later_day_goes_on(pipeline):
    doc = run(pipeline, "The Baltic naval exercise off Klaipeda runs through 24 May, the navy said.")
    drills = [e for e in doc.events if e.type == "exercise"]
    assert drills and all(e.modality == "asserted" for e in drills), [(e.type, e.modality) for e in doc.events]


def test_whether_of_a_planned_move_is_that_plan(pipeline):
    doc = run(pipeline, "Under the accord, the army is to send 3,000 soldiers to the northern border. The real "
                        "question is whether the army actually deploys along the border.")
    moves = [e for e in doc.events if e.type == "deployment"]
    assert [e.modality for e in moves] == ["planned"], [(e.type, e.modality) for e in doc.events]


def test_a_reference_back_by_the_time_since_merges_with_the_act_told_exactly(pipeline):
    doc = run(pipeline, "Jihadist fighters overran the army camp at Tessit on 12 March. Five weeks after the "
                        "militants overran the camp, the army launched a counter-offensive in the area.")
    taken = [e for e in doc.events if e.type == "territory_change"]
    assert len(taken) == 1 and str(taken[0].date.start) == "2024-03-12", \
        [(e.type, e.date, e.actors) for e in doc.events]


def test_drills_said_to_be_extended_are_a_plan_beside_the_drills_held(pipeline):
    doc = run(pipeline, "Armenian and Russian forces held joint exercises near Gyumri from 2 to 9 May. On 9 May "
                        "Yerevan announced that the drills would be extended.")
    drills = sorted(e.modality for e in doc.events if e.type == "exercise")
    assert drills == ["asserted", "planned"], [(e.type, e.modality) for e in doc.events]


def test_a_presence_denied_is_a_denied_deployment_of_the_denier(pipeline):
    doc = run(pipeline, "Minsk has denied having any military personnel in Moldova.")
    moves = [e for e in doc.events if e.type == "deployment"]
    assert [e.modality for e in moves] == ["denied"] and moves[0].actors == ["Belarus"], \
        [(e.type, e.modality, e.actors) for e in doc.events]
    doc = run(pipeline, "Tehran denied on Sunday that any of its soldiers were in Yemen.")
    moves = [e for e in doc.events if e.type == "deployment"]
    assert [e.modality for e in moves] == ["denied"] and moves[0].location.name == "Yemen", \
        [(e.type, e.modality, e.location) for e in doc.events]


def test_a_presence_denied_stays_apart_from_the_presence_reported(pipeline):
    doc = run(pipeline, "US Africa Command said on Friday that Russia had deployed some 1,500 mercenaries to "
                        "Mali. Moscow denies having any troops in Mali.")
    moves = sorted(e.modality for e in doc.events if e.type == "deployment")
    assert moves == ["asserted", "denied"], [(e.type, e.modality, e.actors) for e in doc.events]


def test_the_arrival_of_what_was_pledged_is_the_aid(pipeline):
    doc = run(pipeline, "The howitzers Canada pledged last month are expected to arrive in Ukraine by the summer.")
    assert [(e.type, e.modality) for e in doc.events] == [("military_aid", "planned")], \
        [(e.type, e.modality, e.actors) for e in doc.events]
    assert doc.events[0].location is not None and doc.events[0].location.name == "Ukraine"


def test_an_act_told_as_one_more_at_a_town_of_its_own_stays_apart(pipeline):
    doc = run(pipeline, "Israeli jets bombed Rafah on Tuesday. Israeli aircraft also struck the Nuseirat camp in "
                        "central Gaza.")
    strikes = [e for e in doc.events if e.type == "airstrike"]
    assert len(strikes) == 2, [(e.type, e.location and e.location.name) for e in doc.events]


def test_a_military_presence_denied_is_a_denied_deployment(pipeline):
    doc = run(pipeline, "Ankara has consistently denied any military presence in Armenia.")
    assert [(e.type, e.modality) for e in doc.events] == [("deployment", "denied")], \
        [(e.type, e.modality, e.actors) for e in doc.events]
    doc = run(pipeline, "No Turkish soldiers were hurt in the blast, the ministry said.")
    assert not any(e.type == "deployment" for e in doc.events), [(e.type, e.modality) for e in doc.events]


def test_timeline_lines_with_their_own_days_stay_apart(pipeline):
    doc = run(pipeline, "Chronology\n\n4 Feb: Rebels shell positions near the Kasindi crossing.\n"
                        "11 Feb: More shells are fired at positions near the Kasindi crossing.\n")
    assert len([e for e in doc.events if e.type == "shelling"]) == 2, [(e.type, e.date) for e in doc.events]


def test_a_delivery_announced_with_a_deadline_is_planned(pipeline):
    assert modality_of(pipeline, "Rome announced on Monday the delivery of two more air defence batteries to Kyiv "
                                 "by the end of the year.", "delivery") == "planned"


def test_the_arrival_of_promised_materiel_is_aid_delivered(pipeline):
    doc = run(pipeline, "The first of the promised Leopard tanks arrived in Ukraine on Friday.")
    assert [(e.type, e.modality) for e in doc.events] == [("military_aid", "asserted")], \
        [(e.type, e.modality) for e in doc.events]
