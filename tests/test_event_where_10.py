"""Where an act happened, on sentences written for these tests (session 10): the town of a report's
dateline and 'the city' told of it, targets in several towns, places an act is said to be out of,
meetings held in the same town each year, a meeting before the next leg of a journey, and a state's
armed service named before its kit."""
from __future__ import annotations

from written_articles import runner


run = runner("2023-06-20")
HEAD = "Report\n\nPublished 20 June 2023\n\n"


def places_of(doc, kind):
    return [(e.location.name if e.location else None) for e in doc.events if e.type == kind]


def countries_of(doc, kind):
    return [(e.location.country if e.location else None) for e in doc.events if e.type == kind]


def test_an_unplaced_act_is_at_the_dateline_town(pipeline):
    """'KABUL, March 3 (wire) - A car bomb exploded at the gate of the academy, in the west of the city':
    Kabul, not a town named after it; and an act told with no place at all in a report filed from Lagos."""
    doc = run(pipeline, "KABUL, March 3 (wire) - A car bomb exploded at the gate of the police academy, in the "
                        "west of the city, on Sunday, killing nine recruits. Officials in Kandahar said security "
                        "had been raised.")
    assert places_of(doc, "explosion") == ["Kabul"]
    doc = run(pipeline, "LAGOS, Jan 5 (wire) - A bomb went off outside the main bus station on Sunday, killing "
                        "four people. The police chief of Abuja condemned the blast.")
    assert places_of(doc, "explosion") == ["Lagos"]


def test_the_dateline_town_is_not_the_place_of_acts_told_elsewhere(pipeline):
    """An act placed in another country, or out of town ('near the coast'), keeps its own place."""
    doc = run(pipeline, "WASHINGTON, May 2 (wire) - A drone attack killed three soldiers at a base in Jordan "
                        "on Sunday, officials said.")
    assert countries_of(doc, "airstrike") == ["JO"]
    doc = run(pipeline, "BAGHDAD, May 2 (wire) - The militants have stepped up attacks near the coast and along "
                        "the main road, officials said on Tuesday.")
    assert "Baghdad" not in places_of(doc, "attack")


def test_targets_in_several_towns_are_one_act_each(pipeline):
    doc = run(pipeline, HEAD + "Insurgents attacked the airports of Kandahar and Herat on Tuesday.")
    assert places_of(doc, "clash") == ["Kandahār", "Herāt"]
    doc = run(pipeline, HEAD + "Gunmen stormed police stations in Maiduguri and Damaturu on Friday.")
    assert places_of(doc, "clash") == ["Maiduguri", "Damaturu"]
    # a town listed with a base after 'and the' is an item of the list too
    doc = run(pipeline, HEAD + "US troops left Qayyarah and the K1 base on Sunday.")
    assert places_of(doc, "withdrawal") == ["Al Qayyārah", "K-1 Air Base"]


def test_a_road_between_two_towns_is_one_act(pipeline):
    doc = run(pipeline, HEAD + "Clashes broke out on the road between Goma and Sake on Friday.")
    assert len(places_of(doc, "clash")) == 1


def test_a_list_of_places_each_with_its_day(pipeline):
    doc = run(pipeline, HEAD + "The army will withdraw from two towns: Kherson by 5 May and Mykolaiv by 12 May.")
    assert places_of(doc, "withdrawal") == ["Kherson", "Mykolayiv"]
    assert [e.date.start.isoformat() for e in doc.events if e.type == "withdrawal"] == ["2024-05-05", "2024-05-12"]


def test_a_country_the_act_is_out_of_is_not_its_place(pipeline):
    """'outside Germany', 'beyond Japan's borders', 'away from Japan': not there."""
    doc = run(pipeline, HEAD + "Germany will deploy a brigade of 5,000 troops permanently outside Germany, the "
                               "first such deployment since 1945.")
    assert "DE" not in countries_of(doc, "deployment")
    doc = run(pipeline, HEAD + "The Japanese troops were deployed beyond Japan's borders on Monday.")
    assert "JP" not in countries_of(doc, "deployment")
    doc = run(pipeline, HEAD + "For the first time, Tokyo sent soldiers away from Japan on Monday, officials said.")
    assert "JP" not in countries_of(doc, "deployment")
    doc = run(pipeline, HEAD + "Turkey deployed troops beyond Turkey's borders into Syria on Monday.")
    assert countries_of(doc, "deployment") == ["SY"]


def test_outside_a_town_is_near_it(pipeline):
    doc = run(pipeline, HEAD + "Rebels shelled a village outside Goma on Monday.")
    assert places_of(doc, "shelling") == ["Goma"]


def test_a_yearly_meeting_is_its_town(pipeline):
    """'Speaking at the Munich Security Conference': Munich; the Shangri-La Dialogue: Singapore."""
    doc = run(pipeline, HEAD + "Speaking at the Munich Security Conference on Saturday, the US vice-president "
                               "warned Russia.")
    assert [(e.location.name, e.location.kind) for e in doc.events if e.type == "statement"] == [("Munich", "city")]
    doc = run(pipeline, HEAD + "The Chinese defence minister said at the Shangri-La Dialogue on Sunday that Beijing "
                               "would not back down.")
    assert places_of(doc, "statement") == ["Singapore"]
    doc = run(pipeline, HEAD + "Addressing the Doha Forum on Sunday, the emir said the war in Gaza must end.")
    assert places_of(doc, "statement") == ["Doha"]


def test_a_meeting_before_a_flight_on_is_where_she_was(pipeline):
    """'met President Tsai and spoke at the legislature before flying on to Seoul': the flight hangs on
    the verb conjoined with the meeting's; the meeting is in the town she landed in."""
    doc = run(pipeline, HEAD + "The US speaker landed in Taipei on Tuesday. On Wednesday she met President Tsai "
                               "and spoke at the legislature before flying on to Seoul.")
    assert places_of(doc, "diplomacy") == ["Taipei"]
    doc = run(pipeline, HEAD + "The foreign minister arrived in Nairobi on Monday. On Tuesday he met President Ruto "
                               "and addressed parliament before flying on to Addis Ababa.")
    assert "Addis Ababa" not in places_of(doc, "diplomacy")


def test_a_states_armed_service_is_no_place(pipeline):
    doc = run(pipeline, HEAD + "US Navy F/A-18 fighters shot down drones over the Red Sea on Tuesday.")
    assert "US" not in [e.location.country for e in doc.events if e.location]
    assert [e.location.name for e in doc.events if e.location] and \
        all(e.location.name == "Red Sea" for e in doc.events if e.location)
    doc = run(pipeline, HEAD + "A French Air Force Rafale struck an arms depot in Syria on Friday.")
    assert countries_of(doc, "airstrike") == ["SY"]


def test_small_outposts_are_known(pipeline):
    doc = run(pipeline, HEAD + "A drone struck Tower 22, a small US logistics outpost in northeastern Jordan near "
                               "the Syrian border, on Sunday.")
    assert countries_of(doc, "airstrike") == ["JO"]
    doc = run(pipeline, HEAD + "German soldiers arrived at Rukla on Monday for the exercise.")
    assert countries_of(doc, "deployment") == ["LT"]


def test_an_act_out_of_town_is_not_at_the_one_town_named(pipeline):
    """'stepped up attacks near the coast', 'along the border': not in the one town the report names."""
    doc = run(pipeline, "JERUSALEM, May 3 (wire) - Israeli police raided a house in Jerusalem on Monday and "
                        "arrested two men.\n\nThe militants have stepped up attacks near the coast in recent weeks, "
                        "the army said on Tuesday.")
    assert "Jerusalem" not in places_of(doc, "clash") + places_of(doc, "attack")
    doc = run(pipeline, HEAD + "Police raided a house in Mosul on Monday and arrested two men suspected of planning "
                               "a bombing.\n\nThe militants have stepped up attacks along the border in recent "
                               "weeks, the army said on Tuesday.")
    assert "Mosul" not in places_of(doc, "clash") + places_of(doc, "attack")
    assert places_of(doc, "clash") + places_of(doc, "attack")


def test_an_act_in_the_town_named_alone_stays_there(pipeline):
    doc = run(pipeline, HEAD + "Protests broke out in Tbilisi on Monday.\n\nPolice detained 63 people, the "
                               "ministry said.")
    assert places_of(doc, "arrest") == ["Tbilisi"]


def test_where_a_person_was_meanwhile_is_not_the_place(pipeline):
    """'..., while President Duque was at a meeting in Panama City': where he was, not where the truck
    exploded (the dateline's town); 'while the prime minister was attending talks in Nairobi' likewise."""
    doc = run(pipeline, "BOGOTA, Jan 17 (wire) - A pickup truck loaded with explosives rammed the gate of a police "
                        "academy and exploded on Thursday, killing 21 cadets, while President Duque was at a meeting "
                        "in Panama City.\n\nDuque flew back to the capital in the afternoon.")
    assert places_of(doc, "explosion") == ["Bogotá"]
    doc = run(pipeline, HEAD + "Gunmen stormed a hotel on Sunday, killing nine, while the prime minister was "
                               "attending talks in Nairobi.")
    assert "Nairobi" not in places_of(doc, "clash")


def test_a_while_clause_of_the_target_keeps_its_place(pipeline):
    doc = run(pipeline, HEAD + "A roadside bomb exploded on Monday while the convoy was passing through Gao.")
    assert places_of(doc, "explosion") == ["Gao"]
