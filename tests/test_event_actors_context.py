"""Who did it, read from the words around the act: the speaker of a statement, the side a report names doing
acts of the same kind, the noun that names the agent inside a count or behind a weapon. Sentences written for
these tests."""
from __future__ import annotations

from written_articles import runner


run = runner("2023-05-12")


def actors_of(doc, kind):
    return [e.actors for e in doc.events if e.type == kind]


def test_a_title_written_before_the_name_keeps_the_person_and_adds_his_body(pipeline):
    doc = run(pipeline, "Pakistan's army chief Asim Munir warned India on Saturday against any further strikes.")
    got = actors_of(doc, "statement")
    assert got and "Asim Munir" in got[0] and "Pakistan Army" in got[0]


def test_he_is_the_person_named_before_not_a_state(pipeline):
    doc = run(pipeline, "Abiy Ahmed spoke in Addis Ababa on Monday. He vowed to retake every village held by the "
                        "rebels.")
    assert any("Abiy Ahmed" in a for a in actors_of(doc, "statement"))


def test_his_country_is_the_state_of_the_person_speaking(pipeline):
    doc = run(pipeline, "Speaking to reporters in Kigali, Rwandan President Paul Kagame denied that his country "
                        "was backing the M23.")
    assert any(a == ["Rwanda"] for a in actors_of(doc, "military_aid"))


def test_the_side_accused_of_a_non_violent_act_did_it(pipeline):
    doc = run(pipeline, "Rwanda accused Burundi on Tuesday of arming the FDLR militia.")
    assert actors_of(doc, "military_aid") == [["Burundi"]]


def test_the_owner_of_a_threat_or_a_claim_does_the_act_it_holds(pipeline):
    doc = run(pipeline, "President Zelensky said on Friday that Russia's threats to seize Kharkiv would fail.")
    assert any("Russia" in a for a in actors_of(doc, "territory_change"))
    doc = run(pipeline, "The Pakistani army said on Saturday that India's claims of a strike on militant camps "
                        "were false.")
    assert any("India" in a for a in actors_of(doc, "airstrike"))


def test_a_count_of_fighters_is_the_fighters(pipeline):
    doc = run(pipeline, "Scores of fighters attacked an army post near Djibo on Sunday.")
    got = [a for e in doc.events for a in e.actors]
    assert "fighters" in got and not any("Scores" in a for a in got)


def test_devices_that_went_off_are_no_actor(pipeline):
    doc = run(pipeline, "On Tuesday thousands of pagers exploded across Lebanon, killing twelve people.")
    assert all(not any("pager" in a for a in e.actors) for e in doc.events)


def test_a_count_of_nothing_but_a_number_names_no_actor(pipeline):
    doc = run(pipeline, "A contingent of just under 2,000 arrived in the capital on Monday.")
    assert all(not any("contingent" in a for a in e.actors) for e in doc.events)


def test_who_launched_the_missiles_struck(pipeline):
    doc = run(pipeline, "Missiles launched by the Houthis struck a tanker in the Red Sea on Monday, US Central "
                        "Command said.")
    assert any("Houthis" in a for e in doc.events for a in e.actors)


def test_troops_sent_by_a_capital_are_its_state_s(pipeline):
    doc = run(pipeline, "A contingent of about 400 troops sent by Moscow arrived in Bangui on Monday.")
    assert actors_of(doc, "deployment") == [["Russia"]]


def test_a_weapon_from_a_force_s_boat_is_that_force_s(pipeline):
    doc = run(pipeline, "Hamas fired rockets at Sderot on Monday.\n\nOn 16 July, shells from an Israeli navy boat "
                        "killed four boys playing on the beach in Gaza City.")
    assert ["Israeli Navy"] in actors_of(doc, "shelling")


def test_rockets_fired_from_a_group_s_positions_are_the_group_s(pipeline):
    doc = run(pipeline, "Rockets fired from Hezbollah positions hit Kiryat Shmona on Sunday.")
    assert any("Hezbollah" in a for a in actors_of(doc, "shelling"))


def test_a_strike_told_without_its_doer_is_the_side_named_striking(pipeline):
    doc = run(pipeline, "The Saudi-led coalition carried out air strikes on Sanaa on Monday.\n\nAir strikes on "
                        "Saada on Tuesday killed 14 civilians, medics said.")
    got = actors_of(doc, "airstrike")
    assert len(got) == 2 and all("Saudi-led coalition" in a for a in got)


def test_a_strike_of_another_kind_s_side_is_not_taken(pipeline):
    doc = run(pipeline, "Israeli jets struck targets in Gaza on Monday. Hamas fired rockets at Ashkelon.\n\n"
                        "On Tuesday, an air strike on Khan Younis killed 12 people.")
    assert all("Hamas" not in a for a in actors_of(doc, "airstrike"))


def test_no_doer_is_guessed_when_two_sides_shell(pipeline):
    doc = run(pipeline, "Ukrainian artillery shelled Russian positions near Kherson on Monday, while Russian forces "
                        "shelled the city itself.\n\nOn Tuesday, shelling killed four civilians in the city centre.")
    assert [] in actors_of(doc, "shelling")


def test_a_denied_strike_is_no_evidence_of_who_strikes(pipeline):
    doc = run(pipeline, "The ministry denied that Ukraine had struck the depot.\n\nOn Saturday a helicopter attacked "
                        "the column near Voronezh.")
    assert all("Ukraine" not in e.actors for e in doc.events if e.type == "airstrike" and e.modality == "asserted")


def test_a_side_telling_of_its_own_men_wounded_did_not_wound_them(pipeline):
    doc = run(pipeline, "Hamas said on Tuesday that two of its commanders were killed in Khan Younis.")
    # (the side's own count of its losses is its statement, Hamas speaking)
    assert all("Hamas" not in e.actors for e in doc.events if e.type != "statement")


def test_a_side_telling_of_weapons_fired_did_not_fire_them(pipeline):
    doc = run(pipeline, "Israeli military spokesman Daniel Hagari said on Sunday that about 170 drones had been "
                        "fired at Israel overnight.")
    assert all("Daniel Hagari" not in e.actors for e in doc.events)


def test_bare_troops_right_after_the_one_force_named_are_its_troops(pipeline):
    doc = run(pipeline, "The Israel Defense Forces launched a ground operation in southern Lebanon on Tuesday. "
                        "Troops crossed the border near Metula, the army said.")
    assert any("Israel Defense Forces" in a for a in actors_of(doc, "deployment"))


def test_a_share_of_a_force_names_no_one_and_the_speaker_tells_of_his_own(pipeline):
    doc = run(pipeline, "Most of the 5,000 troops returned to their barracks on Sunday, and the rest withdrew from "
                        "the border on Monday, President Vucic said.")
    got = actors_of(doc, "withdrawal")
    assert got and all("rest" not in a for a in got) and any("Vucic" in a for a in got)


def test_the_accused_did_the_act_told_as_the_means_of_the_charge(pipeline):
    doc = run(pipeline, "Egypt accused Israel of violating the peace treaty by deploying troops along the "
                        "Philadelphi corridor on Wednesday.")
    assert actors_of(doc, "deployment") == [["Israel"]]


def test_a_strike_done_with_a_state_s_jets_is_its_air_force_s(pipeline):
    doc = run(pipeline, "A strike carried out with Israeli jets destroyed a building in Tyre on Tuesday.")
    assert any("Israel" in " ".join(a) for a in actors_of(doc, "airstrike"))


def test_machines_and_unread_possessives_are_no_actors(pipeline):
    doc = run(pipeline, "Defence officials say around 15 Leopard 2 tanks are to be deployed to Latvia next year.")
    assert all(not any("tanks" in a or "officials" in a for a in e.actors) for e in doc.events)


def test_a_force_told_by_its_branch_only_is_the_one_force_named_before(pipeline):
    doc = run(pipeline, "The Russian navy blockaded the port on Sunday. Special forces landed on the island on Monday.")
    assert any("Russia" in " ".join(a) for a in actors_of(doc, "deployment"))
    doc = run(pipeline, "Russian forces shelled the port on Sunday and Ukrainian units returned fire. Special forces "
                        "landed on the island on Monday.")
    assert all("Russia" not in " ".join(a) and "Ukrain" not in " ".join(a) for a in actors_of(doc, "deployment"))


def test_a_contingent_owned_by_a_state_stays_its_own_and_the_peacekeepers_refer_back_to_it(pipeline):
    doc = run(pipeline, "Russia's contingent of 2,000 peacekeepers began withdrawing from Karabakh on Wednesday.")
    assert actors_of(doc, "withdrawal") == [["Russia"]]
    doc = run(pipeline, "Russia deployed about 2,000 peacekeepers to Karabakh in November 2020. The peacekeepers "
                        "began leaving the region on Wednesday.")
    assert ["Russia"] in actors_of(doc, "withdrawal")


def test_the_side_held_responsible_did_the_act(pipeline):
    doc = run(pipeline, "The army said the Islamic State was responsible for the bombing of the market in Mosul on "
                        "Friday.")
    assert ["Islamic State"] in actors_of(doc, "explosion")


def test_members_of_a_body_are_the_body(pipeline):
    # the name is the body's own phrase, never a fragment cut before its head ('Members of presidential')
    doc = run(pipeline, "Members of the presidential guard detained the president in Niamey on Wednesday.")
    assert actors_of(doc, "arrest") == [["presidential guard"]]
    doc = run(pipeline, "Fighters of the Wagner Group attacked a village near Bria on Friday.")
    assert any(a and all("Fighters" not in x for x in a) and any("Wagner" in x for x in a)
               for a in actors_of(doc, "attack"))


def test_a_count_of_a_force_is_no_actor_only_its_owner_is(pipeline):
    for text in ("Troop levels in Syria will be cut to 900 next month.",
                 "Force numbers in Mali will drop to 1,200 by the summer."):
        doc = run(pipeline, text)
        assert actors_of(doc, "troop_level") == [[]], text
    for text, owner in (("US troop numbers in Afghanistan will fall to 2,500 by January.", "United States"),
                        ("Canadian troop numbers in Latvia will rise to 2,200 by next year.", "Canada"),
                        ("Germany's force strength in Lithuania will grow to 4,800 by 2027.", "Germany")):
        doc = run(pipeline, text)
        assert actors_of(doc, "troop_level") == [[owner]], text


def test_a_person_named_again_by_surname_is_the_person_named_in_full(pipeline):
    doc = run(pipeline, "Turkish President Recep Tayyip Erdogan spoke in Ankara on Monday. On Tuesday Erdogan hosted "
                        "the Libyan prime minister in Istanbul.")
    got = actors_of(doc, "diplomacy")
    assert got and all("Recep Tayyip Erdogan" in a and "Erdogan" not in a for a in got)
    doc = run(pipeline, "Ukraine's president, Volodymyr Zelensky, visited Kharkiv on Monday. On Tuesday Zelensky met "
                        "Polish President Andrzej Duda in Kyiv.")
    assert all("Volodymyr Zelensky" in a and "Ukraine" in a for a in actors_of(doc, "diplomacy"))
    # two people of one surname: the bare surname stays as written
    doc = run(pipeline, "President Joe Biden met Hunter Biden in Delaware on Monday. On Tuesday Biden met Israeli "
                        "Prime Minister Benjamin Netanyahu in Washington.")
    assert any(a[:1] == ["Biden"] for a in actors_of(doc, "diplomacy"))
