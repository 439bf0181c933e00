"""Acts a side is bound, committed or readied to carry out: an obligation under terms, a promise, an alert, a
request, a race against a deadline are plans, not possibilities nor acts done; and acts of one kind by different
named sides stay apart when merged. Sentences written for these tests."""
from __future__ import annotations

from sitrep.events.candidate import Candidate
from sitrep.events.merging import _compatible

from written_articles import modality_of, runner


run = runner("2023-03-11")


# -- obligations ----------------------------------------------------------------------------------------------

def test_an_obligation_in_the_present_is_planned(pipeline):
    assert modality_of(pipeline, "The militants have to leave the city within two weeks, the mediators said.",
                       "leave") == "planned"
    assert modality_of(pipeline, "Rebel fighters are required to hand over their heavy weapons by 1 December.",
                       "hand") == "planned"
    assert modality_of(pipeline, "The accord obliges Ethiopia to withdraw its troops from Tigray.",
                       "withdraw") == "planned"
    assert modality_of(pipeline, "The peacekeepers will have to withdraw from Gao by the end of the year.",
                       "withdraw") == "planned"


def test_must_under_terms_told_on_another_word_is_planned(pipeline):
    # the deadlines hang from the districts listed, not from the verb
    assert modality_of(pipeline, "Under the accord, Serbia must return four villages: Jarinje by 3 May, "
                                 "Brnjak by 9 May.", "return") == "planned"


def test_an_obligation_told_in_the_past_is_done_and_a_possible_one_hypothetical(pipeline):
    assert modality_of(pipeline, "Government troops had to withdraw from Kidal after heavy shelling.",
                       "withdraw") == "asserted"
    assert modality_of(pipeline, "The rebels may have to abandon Tessalit if supplies run out.",
                       "abandon") == "hypothetical"
    assert modality_of(pipeline, "If the garrison has to retreat, the town will fall.", "retreat") == "hypothetical"


def test_having_something_to_do_is_no_obligation(pipeline):
    # "have" with an object of its own: no obligation, whatever the infinitive is
    assert modality_of(pipeline, "The brigade has enough fuel to reach the border.", "reach") != "planned"


# -- promises, alerts, requests ------------------------------------------------------------------------------

def test_a_promise_of_weapons_or_forces_is_planned(pipeline):
    doc = run(pipeline, "Norway promised Lithuania two more air defence batteries on Tuesday.")
    assert [e.modality for e in doc.events if e.type == "military_aid"] == ["planned"]
    doc = run(pipeline, "The first of the eight howitzers that Spain has pledged would reach Kyiv in the coming weeks.")
    assert "planned" in [e.modality for e in doc.events if e.type == "military_aid"]
    assert "asserted" not in [e.modality for e in doc.events if e.type == "military_aid"]


def test_a_promised_act_keeps_the_day_of_the_promise(pipeline):
    doc = run(pipeline, "Norway promised Lithuania two more air defence batteries on Tuesday.")
    aid = [e for e in doc.events if e.type == "military_aid"]
    assert aid and str(aid[0].date.start) == "2023-03-07"


def test_a_sum_pledged_is_aid_given(pipeline):
    doc = run(pipeline, "Japan has pledged $500 million in security assistance to the Philippines.")
    assert "planned" not in [e.modality for e in doc.events if e.type == "military_aid"]


def test_a_force_readied_to_move_is_planned(pipeline):
    assert modality_of(pipeline, "Some 3,000 paratroopers were placed on standby to deploy to Poland.",
                       "deploy") == "asserted"   # told as the alert is; planned once dated (see below)
    doc = run(pipeline, "Some 3,000 paratroopers were placed on standby to deploy to Poland.")
    assert [e.modality for e in doc.events if e.type == "deployment"] == ["planned"]
    doc = run(pipeline, "Nearly 5,000 Marines were put on heightened alert to deploy to Jordan.")
    assert [e.modality for e in doc.events if e.type == "deployment"] == ["planned"]


def test_a_move_made_at_short_notice_is_no_alert(pipeline):
    doc = run(pipeline, "Paratroopers were sent to Kuwait at a few hours' notice on Sunday.")
    assert "planned" not in [e.modality for e in doc.events if e.type == "deployment"]


def test_a_request_made_is_planned_and_one_to_come_is_not_news(pipeline):
    doc = run(pipeline, "Madrid asked Morocco to arrest and extradite the smuggling gang's leaders.")
    assert [e.modality for e in doc.events if e.type == "arrest"] == ["planned"]
    assert modality_of(pipeline, "The president said he will ask parliament to impose martial law.",
                       "impose") is None


def test_a_race_to_finish_before_a_deadline_is_planned(pipeline):
    assert modality_of(pipeline, "The French army raced to complete its withdrawal before the 31 December deadline.",
                       "withdrawal") == "planned"
    assert modality_of(pipeline, "Engineers scrambled to finish the evacuation by 30 June.",
                       "evacuation") == "planned"


# -- merging: one act per side ---------------------------------------------------------------------------------

def _withdrawal(parsed, word, actors, unit):
    tok = next(t for t in parsed if t.text == word)
    return Candidate(kind="withdrawal", trig=tok, sent=tok.sent, conf=0.8, modality="planned", actors=actors,
                     unit=unit, last_unit=unit)


def test_an_act_of_one_side_is_compared_by_the_names_it_took_in(pipeline):
    # an event that took in a generic "militants" from one mention is still Eritrea's, not Ethiopia's
    parsed = pipeline.language.nlp("Eritrea and the militants have to withdraw. Ethiopia is obliged to pull out.")
    told = _withdrawal(parsed, "withdraw", ["Eritrea", "militants"], 0)
    assert not _compatible(told, _withdrawal(parsed, "pull", ["Ethiopia"], 1))
    assert _compatible(told, _withdrawal(parsed, "pull", ["militants"], 1))
    assert _compatible(told, _withdrawal(parsed, "pull", [], 1))


def test_a_battle_told_by_each_side_stays_one(pipeline):
    parsed = pipeline.language.nlp("Gunmen stormed the camp. Islamic State said its fighters attacked it.")
    storm = next(t for t in parsed if t.text == "stormed")
    attack = next(t for t in parsed if t.text == "attacked")
    told = Candidate(kind="clash", trig=storm, sent=storm.sent, conf=0.9, actors=["gunmen", "Niger Armed Forces"])
    again = Candidate(kind="clash", trig=attack, sent=attack.sent, conf=0.9, actors=["Islamic State"], unit=1,
                      last_unit=1)
    assert _compatible(told, again)


# -- readied, denied, demanded; a part of acts told as done ------------------------------------------------------

def test_a_force_told_to_prepare_to_move_is_planned(pipeline):
    doc = run(pipeline, "- 16 October: some 2,000 Marines were told to prepare to deploy.")
    assert [e.modality for e in doc.events if e.type == "deployment"] == ["planned"]


def test_a_presence_denied_is_a_denied_deployment(pipeline):
    doc = run(pipeline, "Beijing rejected reports that it had stationed troops in Cambodia.")
    assert [e.modality for e in doc.events if e.type == "deployment"] == ["denied"]


def test_an_act_demanded_in_the_subjunctive_is_no_act(pipeline):
    assert modality_of(pipeline, "The council demanded that foreign forces leave the country.", "leave") is None
    assert modality_of(pipeline, "The council said that foreign forces left the country.", "left") == "asserted"


def test_a_wave_of_strikes_told_as_done_is_an_act(pipeline):
    doc = run(pipeline, "A first wave of French air strikes hit rebel depots near Kidal on Monday.")
    assert [e.modality for e in doc.events if e.type == "airstrike"] == ["asserted"]


def test_an_answer_to_a_condition_is_hypothetical_whatever_its_future(pipeline):
    assert modality_of(pipeline, "If the raids go on, the navy will blockade the port of Hodeidah.",
                       "blockade") == "hypothetical"
    assert modality_of(pipeline, "Unless the rebels withdraw, government forces will storm the town.",
                       "storm") == "hypothetical"
    assert modality_of(pipeline, "Government forces will storm the town on Friday, the minister said.",
                       "storm") == "planned"
