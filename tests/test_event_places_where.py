"""Where an act happened when the sentence names several places: a meeting or a speech where the
speaker was, a vote at its own state's seat, a force's destination, a named area over a bearing, the
antecedent of a relative clause; each on sentences written for these tests."""
from __future__ import annotations

from written_articles import runner


run = runner("2024-06-14")


def places_of(doc, kind):
    return [(e.location.name if e.location else None) for e in doc.events if e.type == kind]


def countries_of(doc, kind):
    return [(e.location.country if e.location else None) for e in doc.events if e.type == kind]


def test_a_speech_at_a_recurring_forum_is_in_the_forums_town(pipeline):
    """'Speaking at the Munich Security Conference', 'Addressing the Shangri-La Dialogue': the forum's
    town, not the speaker's state."""
    doc = run(pipeline, "Forum\n\nPublished 18 February 2023\n\nSpeaking at the Munich Security Conference on "
                        "Saturday, the French president warned that Russia was preparing to attack.")
    assert countries_of(doc, "statement") == ["DE"]
    doc = run(pipeline, "Forum\n\nPublished 3 June 2023\n\nAddressing the Shangri-La Dialogue on Saturday, the "
                        "Chinese defence minister warned the United States against provoking Beijing.")
    assert countries_of(doc, "statement") == ["SG"]


def test_a_statement_is_where_the_speaker_spoke_not_his_state(pipeline):
    doc = run(pipeline, "Visit\n\nPublished 4 May 2021\n\nThe Turkish foreign minister, speaking at a news "
                        "conference in Baghdad, condemned the attack on Monday.")
    assert places_of(doc, "statement") == ["Baghdad"]


def test_talks_are_where_the_traveller_was_not_the_next_stop(pipeline):
    """'who landed in Moscow ... held talks ... before travelling on to Minsk': the talks in Moscow."""
    doc = run(pipeline, "Talks\n\nPublished 4 May 2021\n\nThe Indian foreign minister, who landed in Moscow on "
                        "Sunday, held talks with Lavrov on Monday before travelling on to Minsk.")
    assert places_of(doc, "diplomacy") == ["Moscow"]
    doc = run(pipeline, "Talks\n\nPublished 4 May 2021\n\nHaving arrived in Manila on Sunday, the Japanese prime "
                        "minister met President Marcos on Monday.")
    assert places_of(doc, "diplomacy")[:1] == ["Manila"]


def test_a_vote_is_at_the_legislatures_seat_not_what_it_decides(pipeline):
    """'Its parliament voted to allow troops to be sent to Libya' (its = Turkey): Ankara; 'The Bundestag
    voted to extend the mission in Mali': Berlin."""
    doc = run(pipeline, "Troops for Libya\n\nPublished 3 January 2020\n\nTurkey has backed the government in "
                        "Tripoli. Its parliament voted on 2 January to allow troops to be sent to Libya.",
              published="2020-01-03")
    assert places_of(doc, "legislation") == ["Ankara"]
    doc = run(pipeline, "Mandate\n\nPublished 20 May 2022\n\nThe Bundestag voted on Friday to extend the mission "
                        "in Mali for another year.", published="2022-05-20")
    assert places_of(doc, "legislation") == ["Berlin"]
    doc = run(pipeline, "Vote\n\nPublished 6 January 2020\n\nThe Senate in Washington voted to end support for "
                        "the war in Yemen.", published="2020-01-06")
    assert countries_of(doc, "legislation") == ["US"]


def test_a_force_sent_across_the_border_is_on_its_far_side(pipeline):
    """'Kenya sent its army across the border' in a report on Somalia: Somalia, not Kenya; 'to the
    border' stays on the state's own side."""
    doc = run(pipeline, "Somalia\n\nPublished 10 October 2012\n\nAl-Shabaab still holds much of southern Somalia. "
                        "Kenya sent its army across the border in October 2011 to fight the militants.",
              published="2012-10-10")
    assert countries_of(doc, "deployment") == ["SO"]
    doc = run(pipeline, "Congo\n\nPublished 1 December 2021\n\nThe rebels are based in eastern Congo. Uganda sent "
                        "troops across the border on Tuesday to hunt them.", published="2021-12-01")
    assert countries_of(doc, "deployment") == ["CD"]


def test_a_named_area_beats_the_bearing_that_describes_it(pipeline):
    """'in Nangarhar province, east of Kabul', 'in Kunar, a province east of Kabul': the area named."""
    doc = run(pipeline, "Strike\n\nPublished 12 March 2021\n\nA drone killed two bomb-makers in Nangarhar "
                        "province, east of Kabul, on Thursday.", published="2021-03-12")
    assert [e.location.name for e in doc.events] == ["Nangarhar"]
    doc = run(pipeline, "Attack\n\nPublished 12 March 2021\n\nTwo soldiers were killed on Friday in Kunar, a "
                        "province east of Kabul.", published="2021-03-12")
    assert [e.location.name for e in doc.events] == ["Kunar"]


def test_each_count_of_a_list_of_troop_levels_has_its_own_place(pipeline):
    """'about 2,500 troops in Iraq and some 900 in Syria': two troop levels, the 900 in Syria, both the
    US's; with the noun said twice, each its own nationality."""
    doc = run(pipeline, "Forces\n\nPublished 12 March 2021\n\nThe US keeps about 2,500 troops in Iraq and some "
                        "900 in Syria.", published="2021-03-12")
    got = [(e.location.country, e.quantities.get("personnel"), e.actors) for e in doc.events if e.type == "troop_level"]
    assert got == [("IQ", 2500.0, ["United States"]), ("SY", 900.0, ["United States"])]
    doc = run(pipeline, "Forces\n\nPublished 12 March 2021\n\nFrance has 5,100 soldiers in Mali and around 1,000 "
                        "in Niger.", published="2021-03-12")
    got = [(e.location.country, e.quantities.get("personnel")) for e in doc.events if e.type == "troop_level"]
    assert got == [("ML", 5100.0), ("NE", 1000.0)]


def test_an_act_of_a_relative_clause_without_which_is_at_the_place_it_qualifies(pipeline):
    """'Nagorno-Karabakh, the enclave Azerbaijan recaptured in 2023': the recapture in the enclave, not
    in the state that did it; 'Goma, the city the M23 captured in January': Goma."""
    doc = run(pipeline, "Peacekeepers\n\nPublished 12 June 2024\n\nRussian peacekeepers were leaving "
                        "Nagorno-Karabakh, the enclave Azerbaijan recaptured in September 2023.")
    assert places_of(doc, "territory_change") == ["Nagorno-Karabakh"]
    doc = run(pipeline, "Goma\n\nPublished 12 June 2024\n\nRebels regrouped near Goma, the city the M23 captured "
                        "in January.")
    assert places_of(doc, "territory_change") == ["Goma"]


def test_stepanakert_is_known_by_its_armenian_name(pipeline):
    doc = run(pipeline, "Withdrawal\n\nPublished 12 June 2024\n\nThe troops withdrew from the headquarters near the "
                        "enclave's main town, Stepanakert, on Friday.")
    assert places_of(doc, "withdrawal") == ["Stepanakert"]


def test_a_town_named_on_a_states_base_beats_the_state(pipeline):
    """'Russia's 102nd base at Gyumri': whose base, the town where; an airport named beside its city."""
    doc = run(pipeline, "Armenia\n\nPublished 3 April 2024\n\nRussia's 102nd base at Gyumri hosts about 3,000 troops.")
    assert places_of(doc, "troop_level") == ["Gyumri"]
    doc = run(pipeline, "Armenia\n\nPublished 3 April 2024\n\nRussian border guards handed over the checkpoint at "
                        "Yerevan's Zvartnots airport to Armenian officers on Wednesday.")
    assert countries_of(doc, "handover") == ["AM"]


def test_a_surname_in_capitals_is_no_place(pipeline):
    """'Sergeant William RIVERS', 'Cpl. Anthony ABUJA': casualty lists print surnames in capitals; no
    event at Rivers State or Abuja. A place in capitals after a preposition stays one."""
    doc = run(pipeline, "Soldiers killed\n\nPublished 3 April 2004\n\nA roadside bomb killed three reservists on "
                        "Friday: Sergeant William RIVERS, Specialist John KANO and Private Paul JOS.",
              published="2004-04-03")
    assert not {p.name for p in doc.places} & {"Rivers", "Kano", "Jos"}
    assert all(e.location is None or e.location.country != "NG" for e in doc.events)
    doc = run(pipeline, "Dead\n\nPublished 3 April 2004\n\nThe Pentagon named the dead as Staff Sgt. Michael "
                        "GEORGIA and Cpl. Anthony ABUJA, both killed on Tuesday.", published="2004-04-03")
    assert "Abuja" not in {p.name for p in doc.places}
    doc = run(pipeline, "Bomb\n\nPublished 3 April 2004\n\nIn KABUL, a bomb killed two people on Friday.",
              published="2004-04-03")
    assert "Kabul" in {p.name for p in doc.places}
