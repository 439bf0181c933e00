"""Acts of force and posture told in wordings no single trigger reads (session 9), on sentences written for
these tests: aircraft and ships counted about an area, a place told to hold a force, a force going home, and
people hurt on a day of their own with no attack verb."""
from __future__ import annotations

import pytest

from sitrep.model import RawArticle


def extracted(pipeline, text, published="2024-02-10"):
    doc = pipeline.process(RawArticle(source="test", id="t", text=text, published=published, exact_text=True))
    return doc.events


@pytest.mark.parametrize("sentence, counted", [
    ("The defence ministry detected 27 Chinese aircraft and 6 warships around the island on Friday.",
     {"aircraft": 27, "vessels": 6}),
    ("Tokyo spotted 11 Russian vessels near Hokkaido on Thursday.", {"vessels": 11}),
    ("Thirty-two warplanes and 8 ships were seen operating around Taiwan on Saturday.",
     {"aircraft": 32, "vessels": 8}),
])
def test_aircraft_and_ships_counted_about_an_area_are_a_presence(pipeline, sentence, counted):
    levels = [e for e in extracted(pipeline, sentence) if e.type == "troop_level"]
    assert len(levels) == 1
    assert all(levels[0].quantities.get(k) == v for k, v in counted.items())


def test_aircraft_counted_during_drills_are_the_exercise(pipeline):
    text = "During the drills the ministry tracked 19 aircraft near the median line on Monday."
    assert "exercise" in [e.type for e in extracted(pipeline, text)]


def test_aircraft_that_were_not_counted_about_an_area_are_no_presence(pipeline):
    text = "The air force detected a fault in 12 aircraft on Monday."
    assert "troop_level" not in [e.type for e in extracted(pipeline, text)]


@pytest.mark.parametrize("sentence, personnel", [
    ("The logistics base, which holds about 350 troops, lies near the border.", 350),
    ("The outpost, home to 600 US troops, lies in Jordan near the Syrian border.", 600),
    ("Camp Lemonnier, which houses some 4,000 American service members, lies in Djibouti.", 4000),
])
def test_a_place_told_to_hold_a_force_gives_its_strength(pipeline, sentence, personnel):
    levels = [e for e in extracted(pipeline, sentence) if e.type == "troop_level"]
    assert levels and levels[0].quantities.get("personnel") == personnel


def test_captives_held_are_no_strength(pipeline):
    text = "The rebels, who hold 12 soldiers, demanded a ransom on Monday."
    assert "troop_level" not in [e.type for e in extracted(pipeline, text)]


@pytest.mark.parametrize("sentence", [
    "Belgian soldiers who had been training local forces have begun returning home, officials said.",
    "The last Dutch marines flew home from Erbil on Sunday.",
    "The Kenyan police contingent started heading home on Friday.",
])
def test_a_force_going_home_is_a_withdrawal(pipeline, sentence):
    assert ("withdrawal", "asserted") in [(e.type, e.modality) for e in extracted(pipeline, sentence)]


def test_people_going_home_are_no_withdrawal(pipeline):
    assert "withdrawal" not in [e.type for e in extracted(pipeline, "The migrants went home on Friday.")]


@pytest.mark.parametrize("sentence, day", [
    ("Three peacekeepers were injured in Goma on Monday.", "2024-02-05"),
    ("Four policemen were killed in Kidal on Friday.", "2024-02-09"),
    ("Two soldiers were hurt when a rocket landed near their post on Wednesday.", "2024-02-07"),
])
def test_people_hurt_on_a_day_of_their_own_are_an_attack_that_day(pipeline, sentence, day):
    violent = [e for e in extracted(pipeline, sentence)
               if e.type in ("attack", "clash", "shelling", "airstrike", "explosion")]
    assert violent and violent[0].date is not None and violent[0].date.start.isoformat() == day


@pytest.mark.parametrize("sentence", [
    "The Italians ceded the Shindand airbase to Afghan forces on Monday.",
    "The British relinquished Camp Bastion to the Afghan army on Sunday.",
    "The mission turned its camp in Kidal over to the Malian army on Friday.",
])
def test_ground_given_up_to_a_receiver_is_a_handover(pipeline, sentence):
    assert "handover" in [e.type for e in extracted(pipeline, sentence)]


@pytest.mark.parametrize("sentence, actor", [
    ("A Saudi warship carried 150 evacuees from Port Sudan to Jeddah on Sunday.", "Saudi"),
    ("British troops ferried 500 civilians out of Kabul airport on Friday.", "Brit"),
    ("A Jordanian frigate carried 212 evacuees from the port to Aqaba on Tuesday.", "Jordan"),
])
def test_people_carried_out_by_a_side_are_its_withdrawal(pipeline, sentence, actor):
    out = [e for e in extracted(pipeline, sentence) if e.type == "withdrawal"]
    assert out and any(actor in a for a in out[0].actors)


@pytest.mark.parametrize("sentence", [
    "The bus carried 40 passengers from Lviv to Warsaw on Monday.",
    "Smugglers ferried migrants from Libya to Lampedusa on Monday.",
])
def test_people_carried_by_no_state_are_no_withdrawal(pipeline, sentence):
    assert "withdrawal" not in [e.type for e in extracted(pipeline, sentence)]


@pytest.mark.parametrize("sentence, personnel", [
    ("About 2,000 troops at Fort Bragg were placed on prepare-to-deploy orders on Monday.", 2000),
    ("Some 3,000 paratroopers have been put on prepare-to-deploy orders.", 3000),
])
def test_a_force_on_prepare_to_deploy_orders_is_a_planned_deployment(pipeline, sentence, personnel):
    planned = [e for e in extracted(pipeline, sentence) if (e.type, e.modality) == ("deployment", "planned")]
    assert planned and planned[0].quantities.get("personnel") == personnel


@pytest.mark.parametrize("sentence", [
    "The Chinese navy fired eleven ballistic missiles into the sea on the first day of the drills.",
    "North Korean troops launched artillery shells into the sea during the exercise on Monday.",
])
def test_missiles_fired_as_part_of_drills_are_the_exercise(pipeline, sentence):
    kinds = [e.type for e in extracted(pipeline, sentence)]
    assert "exercise" in kinds and "shelling" not in kinds


def test_missiles_fired_at_a_target_during_drills_are_an_attack(pipeline):
    kinds = [e.type for e in extracted(pipeline, "Russian forces fired missiles at Kyiv during the drills.")]
    assert "shelling" in kinds and "exercise" not in kinds


@pytest.mark.parametrize("sentence", [
    "The exercise, which runs until Sunday, is under way off the eastern coast.",
    "Joint naval drills are under way in the Sea of Japan.",
    "The Russian drills are under way near Kaliningrad.",
])
def test_drills_going_on_are_an_exercise_told(pipeline, sentence):
    assert ("exercise", "asserted") in [(e.type, e.modality) for e in extracted(pipeline, sentence)]


def test_a_nouns_act_with_its_own_month_is_its_own_event(pipeline):
    text = "Militants shelled the town in October, and a drone strike on the airport in November killed four soldiers."
    months = sorted(e.date.start.month for e in extracted(pipeline, text, "2023-11-20")
                    if e.type in ("shelling", "airstrike") and e.date is not None)
    assert months == [10, 11]


def test_a_tally_since_a_day_is_no_attack_of_that_day(pipeline):
    text = "At least 13 foreign soldiers have been killed since Thursday."
    assert not [e for e in extracted(pipeline, text) if e.type in ("attack", "clash")]


def test_a_death_told_by_a_participle_with_its_agent_and_time_is_its_own_strike(pipeline):
    text = ("Hezbollah mourned Fuad Shukr, the commander killed by an Israeli strike in Beirut in July, "
            "as rockets hit Haifa on Friday.")
    strikes = [e for e in extracted(pipeline, text, "2024-09-20") if e.type == "airstrike"]
    assert strikes and strikes[0].date is not None and strikes[0].date.start.month == 7
    assert any("Isra" in a for a in strikes[0].actors)


def test_a_place_holding_services_listed_before_their_personnel_gives_the_strength(pipeline):
    text = "The outpost, which holds about 420 U.S. Army and Air Force personnel, lies near Rukban."
    levels = [e for e in extracted(pipeline, text) if e.type == "troop_level"]
    assert levels and levels[0].quantities.get("personnel") == 420


def test_kit_counted_while_operating_about_an_area_is_a_presence(pipeline):
    text = ("Taipei said it had tracked 17 Chinese military aircraft and four naval ships operating around the "
            "island on Sunday.")
    levels = [e for e in extracted(pipeline, text) if e.type == "troop_level"]
    assert levels and levels[0].quantities.get("aircraft") == 17


def test_a_complex_housing_a_force_gives_its_strength(pipeline):
    text = "Camp Victory, a sprawling complex housing 2,000 soldiers, lies near the airport."
    levels = [e for e in extracted(pipeline, text) if e.type == "troop_level"]
    assert levels and levels[0].quantities.get("personnel") == 2000


@pytest.mark.parametrize("sentence", [
    "The command said 64 aircraft and 7 warships took part in the drills on Sunday.",
    "About 3,000 Marines participated in the exercise near Darwin on Monday.",
])
def test_a_force_taking_part_in_drills_is_the_exercise(pipeline, sentence):
    assert ("exercise", "asserted") in [(e.type, e.modality) for e in extracted(pipeline, sentence)]


@pytest.mark.parametrize("sentence, key, count", [
    ("Some 38 Chinese aircraft crossed the median line on Sunday, the ministry said.", "aircraft", 38),
    ("Four Chinese coast guard vessels entered Japanese territorial waters near the Senkakus on Monday.", "vessels", 4),
])
def test_kit_counted_by_its_move_into_a_watched_area_is_a_presence(pipeline, sentence, key, count):
    levels = [e for e in extracted(pipeline, sentence) if e.type == "troop_level"]
    assert levels and levels[0].quantities.get(key) == count


def test_ships_of_no_side_crossing_a_strait_are_no_presence(pipeline):
    assert "troop_level" not in [e.type for e in extracted(pipeline, "Two ships crossed the strait on Monday.")]


@pytest.mark.parametrize("sentence, city", [
    ("Erdogan touched down in Tehran on Tuesday.", "Tehran"),
    ("President Macron flew into Beijing on Wednesday for talks.", "Beijing"),
])
def test_a_leaders_arrival_by_air_is_a_visit(pipeline, sentence, city):
    visits = [e for e in extracted(pipeline, sentence, "2023-03-17") if e.type == "diplomacy"]
    assert visits and visits[0].location is not None and city in visits[0].location.name


@pytest.mark.parametrize("sentence", [
    "Lufthansa flew into Tel Aviv on Monday.",
    "The president flew the wounded soldiers to Germany on Monday.",
])
def test_an_airline_or_a_passenger_flown_is_no_visit(pipeline, sentence):
    assert "diplomacy" not in [e.type for e in extracted(pipeline, sentence, "2023-03-17")]
