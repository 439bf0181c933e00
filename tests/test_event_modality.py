"""Whether an act happened: modality decided by the act's own verb group and the verb governing its
clause, never by another clause's; what the sentence takes as given; the report's day. Sentences
written for these tests."""
from __future__ import annotations

from sitrep.events.modality import _modality

from written_articles import runner


run = runner("2023-03-11")


def modalities(doc, *kinds):
    return sorted(e.modality for e in doc.events if e.type in kinds)


def modality_of(pipeline, text, word):
    """The modality the sentence tells of the act named by `word`, whatever the confidence in it."""
    parsed = pipeline.language.nlp(text)
    tok = next(t for t in parsed if t.text == word)
    return _modality(tok, tok.sent)[0]


# -- refused or failed: the act did not happen ------------------------------------------------------------

def test_an_act_refused_is_denied(pipeline):
    doc = run(pipeline, "The rebels refused to withdraw from the town despite the ultimatum.")
    assert modalities(doc, "withdrawal") == ["denied"]


def test_an_act_failed_is_denied(pipeline):
    doc = run(pipeline, "Government troops failed to retake the hill after two days of fighting.")
    assert modalities(doc, "territory_change") == ["denied"]


# -- a past clause of time or cause keeps its own modality -------------------------------------------------

def test_a_past_clause_after_a_modal_main_clause_stays_told(pipeline):
    doc = run(pipeline, "The truce could collapse after rebels had shelled the market in Kidal on Sunday.")
    assert modalities(doc, "shelling") == ["asserted"]


def test_a_past_progressive_clause_of_time_stays_told(pipeline):
    doc = run(pipeline, "As soldiers were storming the compound in Mogadishu, the gunmen could be heard shouting.")
    assert modalities(doc, "clash", "attack") == ["asserted"]


# -- what the sentence takes as given ---------------------------------------------------------------------

def test_an_act_with_its_own_past_relative_clause_happened(pipeline):
    doc = run(pipeline, "The ceasefire might not survive the ambush that killed seven soldiers near Gao on Tuesday.")
    assert "asserted" in modalities(doc, "clash", "attack")
    assert "hypothetical" not in modalities(doc, "clash", "attack")


def test_an_act_that_began_is_going_on_whatever_is_said_of_its_end(pipeline):
    doc = run(pipeline, "The drills, which began on Monday off the coast of Crete, will continue until 20 March.")
    assert modalities(doc, "exercise") == ["asserted"]


def test_an_act_said_to_continue_has_begun(pipeline):
    assert modality_of(pipeline, "Naval exercises involving 40 warships in the Baltic Sea will continue through "
                                 "the weekend, the fleet said.", "exercises") == "asserted"
    assert modality_of(pipeline, "The offensive on the northern city of Raqqa is expected to continue for "
                                 "several weeks, the coalition said.", "offensive") == "asserted"


def test_what_is_to_be_continued_is_still_to_come(pipeline):
    assert modality_of(pipeline, "The militia will continue its raids on the villages of the plain.",
                       "raids") == "planned"


def test_a_measured_stretch_of_acts_is_an_occurrence(pipeline):
    doc = run(pipeline, "On Monday Russian and Belarusian forces began ten days of joint drills in Belarus.")
    assert modalities(doc, "exercise") == ["asserted"]
    doc = run(pipeline, "The two navies started a week of joint manoeuvres in the Arabian Sea on Tuesday.")
    assert modalities(doc, "exercise") == ["asserted"]


# -- the report's day ---------------------------------------------------------------------------------------

def test_a_length_is_no_date_that_places_an_act(pipeline):
    doc = run(pipeline, "The army plans a three-day exercise near the border with Poland.")
    assert modalities(doc, "exercise") == ["planned"]
    doc = run(pipeline, "Pakistan said on Thursday that it would hold a two-week exercise in the Arabian Sea.")
    assert modalities(doc, "exercise") == ["planned"]


def test_a_dated_noun_of_the_past_stays_told(pipeline):
    doc = run(pipeline, "The government wants to revive the January 2022 ceasefire agreement with the rebels.")
    assert modalities(doc, "agreement") == ["asserted"]
    doc = run(pipeline, "Rebels say the March 2 attack on the convoy near Goma was a warning to the army.")
    assert modalities(doc, "clash", "attack") == ["asserted"]


def test_an_act_told_to_come_keeps_its_plan_and_a_given_one_does_not(pipeline):
    # a preposition that takes its act as given, against a modal of the clause it modifies
    assert modality_of(pipeline, "Investors may return to the region despite the shelling of the port.",
                       "shelling") == "asserted"
    assert modality_of(pipeline, "Aid convoys could resume amid the fighting in the northern districts.",
                       "fighting") == "asserted"


def test_a_present_told_of_a_time_after_the_report_is_an_arrangement(pipeline):
    doc = run(pipeline, "The UN Security Council is holding an emergency meeting later today at Russia's request.",
              published="2023-03-08")
    assert modalities(doc, "diplomacy") == ["planned"]
    doc = run(pipeline, "NATO defence ministers meet in Brussels next week to discuss the deployment.",
              published="2023-03-08")
    assert modalities(doc, "diplomacy") == ["planned"]


def test_a_present_told_of_the_report_s_own_time_is_going_on(pipeline):
    doc = run(pipeline, "The army says its troops are pushing into the town of Lyman.", published="2023-03-08")
    assert modalities(doc, "deployment", "territory_change") == ["asserted"]


def test_what_stops_or_does_not_has_been_going_on(pipeline):
    doc = run(pipeline, "The rebels have not ceased shelling the outskirts of the city.")
    assert modalities(doc, "shelling") == ["asserted"]
    assert modality_of(pipeline, "Hegseth said the strikes would go on until the group stops attacking shipping.",
                       "attacking") == "asserted"


def test_a_stop_still_to_come_is_the_news(pipeline):
    assert modality_of(pipeline, "The minister said that if the army entered the valley his country would stop "
                                 "supplying the rifles and shells it needs.", "supplying") == "hypothetical"


# -- what a decision, a vote, a deal or an order settles is still to come -----------------------------------

def test_an_act_voted_or_approved_is_still_to_come(pipeline):
    doc = run(pipeline, "The council voted on Monday to send 2,000 peacekeepers to the region.")
    assert modalities(doc, "deployment") == ["planned"]
    assert modalities(doc, "legislation") == ["asserted"]
    doc = run(pipeline, "The cabinet approved sending 300 troops to the border region on Tuesday.")
    assert modalities(doc, "deployment") == ["planned"]


def test_an_act_a_deal_or_an_order_settles_is_still_to_come(pipeline):
    doc = run(pipeline, "The two sides signed a deal to withdraw their forces from the buffer zone.")
    assert modalities(doc, "withdrawal") == ["planned"]
    assert modalities(doc, "agreement") == ["asserted"]
    doc = run(pipeline, "The government issued an order for the troops to leave the capital by Friday.")
    assert modalities(doc, "withdrawal") == ["planned"]
    doc = run(pipeline, "The agreement provides for the withdrawal of foreign forces within 30 days.")
    assert modalities(doc, "withdrawal") == ["planned"]


def test_an_act_given_a_deadline_is_still_to_come(pipeline):
    doc = run(pipeline, "The president gave the peacekeepers until December to leave the country.")
    assert modalities(doc, "withdrawal") == ["planned"]
    assert modality_of(pipeline, "The junta granted the foreign contingent until the end of the month to hand "
                                 "over the airfield.", "hand") == "planned"


def test_a_perfect_participle_clause_tells_what_was_done(pipeline):
    doc = run(pipeline, "Having captured the town of Kidal, the rebels could advance on the capital.")
    assert "asserted" in modalities(doc, "territory_change")
    assert modality_of(pipeline, "Having seized two bridges, government troops may push towards the port.",
                       "seized") == "asserted"


def test_an_act_no_one_claimed_still_happened(pipeline):
    assert modality_of(pipeline, "Hamas did not claim the rocket attack on Sderot.", "attack") == "asserted"
    assert modality_of(pipeline, "No group has claimed the bombing of the market in Kabul.", "bombing") == "asserted"
    # an act itself negated stays denied
    doc = run(pipeline, "The army did not carry out the strike on the village, a spokesman said.")
    assert modalities(doc, "airstrike") == ["denied"]


def test_a_part_not_taken_in_an_act_is_denied(pipeline):
    doc = run(pipeline, "The government said its troops had not taken part in the fighting around the town of Goma.")
    assert modalities(doc, "clash") == ["denied"]
    assert modality_of(pipeline, "Kigali says it played no role in the shelling of the border villages.",
                       "shelling") == "denied"


def test_a_denial_of_a_part_in_an_act_told_before_is_news_of_its_own(pipeline):
    doc = run(pipeline, "Rebels and soldiers fought for hours in the streets of Goma on Monday.\n\n"
                        "Aid workers said the hospital was full.\n\nThe city's markets stayed shut on Tuesday.\n\n"
                        "The neighbouring government said its troops had not taken part in the fighting.")
    assert "denied" in modalities(doc, "clash") and "asserted" in modalities(doc, "clash")


def test_an_act_after_which_another_may_come_happened_on_its_day(pipeline):
    doc = run(pipeline, "After capturing the town of Kidal on Monday, the rebels could advance on Gao.",
              published="2023-03-08")
    assert "asserted" in modalities(doc, "territory_change")
    # a clause still to come leaves what it comes after to come as well
    doc = run(pipeline, "After the withdrawal of the last troops next month, the army will take over the base.",
              published="2023-03-08")
    assert "asserted" not in modalities(doc, "withdrawal")


def test_an_act_pressed_on_with_is_going_on(pipeline):
    doc = run(pipeline, "Israeli forces pressed on with the offensive in Rafah on Tuesday despite warnings that it "
                        "could cost many lives.", published="2023-03-08")
    assert modalities(doc, "clash", "attack") == ["asserted"]
    assert modality_of(pipeline, "The coalition will push ahead with the air campaign against the militia.",
                       "campaign") == "asserted"


# -- a plan's scope: what is done alongside an act planned, or under a plan's terms --------------------------

def test_a_present_alongside_an_act_planned_is_planned(pipeline):
    text = ("Over two months the foreign troops are to leave the province in stages, while the national army "
            "sends about 3,000 soldiers into the area and takes over their bases.")
    assert modality_of(pipeline, text, "leave") == "planned"
    assert modality_of(pipeline, text, "sends") == "planned"
    assert modality_of(pipeline, text, "takes") == "planned"
    assert modality_of(pipeline, "NATO will move two brigades to Latvia, and Norway deploys a tank battalion to "
                                 "Estonia.", "deploys") == "planned"


def test_a_present_under_a_plans_terms_is_planned(pipeline):
    text = ("Under the agreement, the militias withdraw from the capital within 30 days and the police take over "
            "the checkpoints.")
    assert modality_of(pipeline, text, "withdraw") == "planned"
    assert modality_of(pipeline, text, "take") == "planned"


def test_a_present_beside_an_act_told_stays_told(pipeline):
    assert modality_of(pipeline, "Rebel gunners shelled the port while the navy sends reinforcements to the coast.",
                       "sends") == "asserted"


def test_an_obligation_with_a_deadline_is_planned(pipeline):
    assert modality_of(pipeline, "The rebels must hand the town back to the government by 30 June.",
                       "hand") == "planned"
    assert modality_of(pipeline, "It is unclear whether the peacekeepers actually deploy to the valley.",
                       "deploy") == "hypothetical"


def test_an_answer_to_any_attack_is_hypothetical(pipeline):
    text = "The general said Tehran would respond forcefully to any attack on its nuclear sites."
    assert modality_of(pipeline, text, "respond") == "hypothetical"
    assert modality_of(pipeline, text, "attack") == "hypothetical"
    assert modality_of(pipeline, "The minister said Britain will send a destroyer to the Gulf.", "send") == "planned"


# -- a plan carried out: an order to one's own forces told as done; days begun by the report ------------------

def test_an_order_to_ones_own_units_told_as_completed_happened(pipeline):
    doc = run(pipeline, "The general says he has ordered his units to leave the town of Vuhledar. By evening the "
                        "withdrawal was complete, officers said.", published="2024-10-02")
    assert modalities(doc, "withdrawal") == ["asserted"]


def test_an_order_followed_by_the_other_side_entering_happened(pipeline):
    doc = run(pipeline, "On Saturday the army said it had ordered its troops to withdraw from Lyman. Enemy soldiers "
                        "entered the town of Lyman hours later.", published="2022-10-02")
    assert modalities(doc, "withdrawal") == ["asserted"]


def test_a_decision_to_withdraw_followed_by_the_other_side_taking_the_town_happened(pipeline):
    doc = run(pipeline, "The brigade commander said on Monday he had decided to withdraw his units from the town. "
                        "Rebel fighters have taken full control of the town, the group said.", published="2024-02-20")
    assert modalities(doc, "withdrawal") == ["asserted"]


def test_an_order_told_in_a_narratives_simple_past_happened(pipeline):
    doc = run(pipeline, "On Thursday the Russian defence minister ordered his troops to withdraw from the city of "
                        "Kherson.", published="2022-11-11")
    assert modalities(doc, "withdrawal") == ["asserted"]


def test_an_order_with_no_sequel_or_to_anothers_forces_stays_a_plan(pipeline):
    doc = run(pipeline, "The army chief has ordered all units to pull out of the town of Kupiansk.",
              published="2022-11-11")
    assert modalities(doc, "withdrawal") == ["planned"]
    doc = run(pipeline, "The junta ordered French troops to leave Niger. The last French soldiers left the country "
                        "on Friday.", published="2023-12-23")
    assert sorted(modalities(doc, "withdrawal")) == ["asserted", "planned"]


def test_drills_announced_for_days_begun_by_the_report_happened(pipeline):
    doc = run(pipeline, "Beijing said it would hold live-fire drills around Taiwan from 6 to 9 April.",
              published="2023-04-08")
    assert modalities(doc, "exercise") == ["asserted"]
    doc = run(pipeline, "The navy said it would hold live-fire drills in the Yellow Sea from 12 to 15 April.",
              published="2023-04-08")
    assert modalities(doc, "exercise") == ["planned"]


# -- an act told beside the main clause is not what the main verb denies or plans -----------------------------

def test_a_participle_beside_the_subject_is_not_denied_by_the_main_verb(pipeline):
    text = "Hemedti, meeting Burhan in Jeddah on Thursday, rejected the truce proposal."
    assert modality_of(pipeline, text, "meeting") == "asserted"
    text = "Karzai, visiting Islamabad on Monday, refused to sign the border accord."
    assert modality_of(pipeline, text, "visiting") == "asserted"
    # the matter denied stays denied
    text = "The army denied shelling the village on Monday."
    assert modality_of(pipeline, text, "shelling") == "denied"
    text = "The army denied that the mortars fired by its units had shelled the school."
    assert modality_of(pipeline, text, "fired") == "denied"


def test_the_occasion_of_a_pledge_took_place(pipeline):
    text = "During a visit to Vilnius on Tuesday, Austin pledged more rocket launchers."
    assert modality_of(pipeline, text, "visit") == "asserted"
    text = "Sunak promised more tanks to Kyiv during a trip to Odesa on Friday."
    assert modality_of(pipeline, text, "trip") == "asserted"
    text = "Truss, on a visit to Riga on Monday, vowed to send another 1,000 troops."
    assert modality_of(pipeline, text, "visit") == "asserted"
    # the occasion of a pledge to come is to come too
    text = "During a visit to Vilnius next week, Austin will pledge more rocket launchers."
    assert modality_of(pipeline, text, "visit") == "planned"


def test_an_aside_with_its_own_day_is_told_as_news(pipeline):
    from sitrep.events.modality import _aside_with_own_day

    def aside(text, word):
        parsed = pipeline.language.nlp(text)
        return _aside_with_own_day(next(t for t in parsed if t.text == word))
    assert aside("Ruto, who sent police to Haiti on Tuesday, said the mission would last a year.", "sent")
    assert aside("The colonel, who seized power in a coup on 26 July, told reporters the borders were shut.", "seized")
    # a clause that picks out its noun, or one with no day, is background
    assert not aside("The villages that the rebels seized on Sunday were retaken by the army.", "seized")
    assert not aside("Ruto, who sent police to Haiti, said the mission would last a year.", "sent")
    doc = run(pipeline, "Museveni, who gave the rebels a 48-hour ultimatum on Monday, flew to Nairobi on Wednesday.",
              published="2023-03-11")
    assert [e.date.start.isoformat() for e in doc.events if e.type == "statement"] == ["2023-03-06"]
