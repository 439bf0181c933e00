"""Where an act happened, on sentences written for these tests: a town named before a bearing that only
locates it, a site told by its town ('the airport at Merowe'), 'the town of X' over the other places of the
sentence, a region named for the act, a meeting not placed at the next stop of a journey, and a town's
estate read as a namesake abroad."""
from __future__ import annotations

from written_articles import runner


run = runner("2023-06-20")


def places_of(doc, kind):
    return [(e.location.name if e.location else None) for e in doc.events if e.type == kind]


def countries_of(doc, kind):
    return [(e.location.country if e.location else None) for e in doc.events if e.type == kind]


def test_a_town_before_a_bearing_is_the_place(pipeline):
    """'Leego, north-west of Mogadishu': the bearing only says where the town lies; a province's seat
    ('Kidal', also Kidal Region) is the town when a bearing from another town describes it."""
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nGovernment troops were driven from Leego, "
                        "north-west of Mogadishu, on Sunday.")
    assert places_of(doc, "territory_change") == ["Leego"]
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nRebels seized Kidal, some 300 km north-east of "
                        "Gao, on Tuesday.")
    assert places_of(doc, "territory_change") == ["Kidal"]


def test_the_next_clause_keeps_its_own_town(pipeline):
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nInsurgents captured the town of Bal'ad, 30 km "
                        "north of Mogadishu, on Friday, and Ugandan forces lost their camp at Janaale on Saturday.")
    assert places_of(doc, "territory_change") == ["Balcad", "Janaale"]


def test_a_site_told_by_its_town_is_in_that_town(pipeline):
    """'the airport at Merowe', 'the camp at El Adde', 'its base at Gyumri': the town, even when the model
    reads its name as a person's and the report names no other place."""
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nRebels shelled the airport at Merowe in the north "
                        "on Saturday.")
    assert places_of(doc, "shelling") == ["Merowe"]
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nAl-Shabaab overran the camp at El Adde on Friday.")
    assert countries_of(doc, "territory_change") == ["SO"]
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nRussia reinforced its base at Gyumri on Friday.")
    assert countries_of(doc, "deployment") == ["AM"]


def test_the_town_of_x_wins_over_a_neighbour_named_after_it(pipeline):
    """'the town of Dori, near the border with Niger': Dori (Burkina Faso), not Niger."""
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nMilitants attacked the town of Dori, near the "
                        "border with Niger, on Sunday.")
    assert places_of(doc, "clash") == ["Dori"]
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nDozens of civilians were killed in the town of "
                        "Mai Kadra on 9 November, according to Amnesty International.", published="2020-11-20")
    assert places_of(doc, "attack") == ["Mai Kadra"]


def test_a_region_named_for_the_act(pipeline):
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nThe US military carried out three strikes on "
                        "al-Shabaab in Lower Shabelle on Tuesday.")
    assert [e.location.kind for e in doc.events if e.location] == ["admin1"]
    assert countries_of(doc, "airstrike") == ["SO"]
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nGovernment troops clashed with militants in "
                        "Puntland on Friday.")
    assert places_of(doc, "clash") == ["Puntland"]


def test_a_meeting_is_not_at_the_next_stop(pipeline):
    """'met the prime minister on Wednesday before flying on to Seoul': where she was (Tokyo); 'after
    flying to Ankara, the minister met ...': Ankara."""
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nThe German chancellor arrived in Tokyo on Monday. "
                        "She met the prime minister on Tuesday before flying on to Seoul.")
    assert places_of(doc, "diplomacy") == ["Tokyo", "Tokyo"]
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nThe US secretary of state visited Cairo on Monday "
                        "and met President Sisi on Tuesday before flying to Riyadh.")
    assert places_of(doc, "diplomacy") == ["Cairo", "Cairo"]
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nThe British foreign secretary was in Kyiv on "
                        "Thursday, where she met Zelensky ahead of a trip to Warsaw.")
    assert places_of(doc, "diplomacy") == ["Kyiv"]
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nAfter flying to Ankara, the Swedish foreign "
                        "minister met his Turkish counterpart on Thursday.")
    assert places_of(doc, "diplomacy") == ["Ankara"]


def test_an_estate_of_a_town_is_not_its_namesake_abroad(pipeline):
    """'Jerusalem estate in Nairobi': a part of Nairobi, not Jerusalem."""
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nPolice said a grenade exploded in Jerusalem estate "
                        "in Nairobi on Sunday, killing two people.")
    assert countries_of(doc, "grenade") == ["KE"]


def test_a_colon_lists_the_places_of_the_act(pipeline):
    """'hand back three districts: Agdam by 20 November, Kalbajar by 15 November and Lachin by 1 December':
    one handover per district, each with its own day; a list the parser cuts off as a sentence of its own
    ('seized four towns: Kalemie on Monday, ...') is the act's as well."""
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nArmenia agreed to hand back three districts: Agdam "
                        "by 20 November, Kalbajar by 15 November and Lachin by 1 December.")
    handed = [e for e in doc.events if e.type == "handover"]
    assert [e.location.country for e in handed] == ["AZ", "AZ", "AZ"]
    assert [(e.date.start.month, e.date.start.day) for e in handed] == [(11, 20), (11, 15), (12, 1)]
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nThe rebels seized four towns: Kalemie on Monday, "
                        "Uvira on Wednesday and Baraka on Friday.")
    assert places_of(doc, "territory_change")[:2] == ["Kalemie", "Uvira"]
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nThe army recaptured two districts: Kunduz on 2 May "
                        "and Baghlan on 4 May.")
    assert [e.date.start.day for e in doc.events if e.type == "territory_change"] == [2, 4]


def test_the_area_before_the_word_town_holds_the_town(pipeline):
    """'the West Bank city of Jenin': Jenin of the West Bank (not a namesake abroad, nor the region)."""
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nIsrael's army said on Monday it had killed three "
                        "militants in a raid in the West Bank city of Jenin.")
    assert [(e.location.kind, e.location.country) for e in doc.events if e.type == "airstrike"] == [("city", "PS")]


def test_a_region_the_model_reads_as_part_of_a_date(pipeline):
    """'in Amhara on Monday', tagged as one date by the model: Amhara is still the place."""
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nEthiopia's army clashed with Fano militia in Amhara "
                        "on Monday, residents of Bahir Dar said.")
    assert places_of(doc, "clash") == ["Amhara Region"]


def test_a_town_near_the_borders_it_is_said_to_be_near(pipeline):
    """'Tessit, near the border with Niger and Burkina Faso': the Malian town the words put there, not
    one of the neighbours."""
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nJihadists killed 20 soldiers in Tessit, near the "
                        "border with Niger and Burkina Faso, on Monday.")
    assert places_of(doc, "clash") == ["Tessit"]


def test_a_place_word_inside_an_armed_groups_name_is_no_place(pipeline):
    """'Police blamed the Gulf Clan', a Colombian cartel: not the Persian Gulf."""
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nA grenade attack on a police post in Bogotá wounded "
                        "four officers on Friday. Police blamed the Gulf Clan, the country's largest drug "
                        "trafficking group.")
    assert all(p.name != "Persian Gulf" for p in doc.places)
    assert {e.location.country for e in doc.events if e.location} == {"CO"}


def test_a_forces_strength_told_in_a_clause_on_it_is_where_it_is_based(pipeline):
    """'The brigade, which will number about 5,000 troops, will be based in Rukla': the strength at Rukla, not
    the force's own country; 'The battalion, numbering some 800 soldiers, is stationed in Tapa': Tapa."""
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nThe 45th Panzer Brigade, which will eventually "
                        "number about 5,000 troops, will be based in Rudninkai and Rukla, Lithuanian officials "
                        "said on Tuesday.")
    assert countries_of(doc, "troop_level") == ["LT"]
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nThe British battalion, numbering some 800 soldiers, "
                        "is stationed in Tapa, Estonia's defence ministry said on Monday.")
    assert places_of(doc, "troop_level") == ["Tapa"]


def test_a_disputed_area_told_by_the_state_holding_it(pipeline):
    """'Indian-administered Kashmir': Kashmir in India; 'Pakistan-administered Kashmir': in Pakistan (Kashmir
    alone has no state of its own)."""
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nIndian troops killed two militants in "
                        "Indian-administered Kashmir on Friday.")
    assert countries_of(doc, "clash") == ["IN"]
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nIndian missiles struck targets in "
                        "Pakistan-administered Kashmir on Wednesday.")
    assert {e.location.country for e in doc.events if e.location} == {"PK"}


def test_a_town_far_from_another_is_one_place(pipeline):
    """'the village of Hawzen in Tigray, far from Mekelle': one strike, at Hawzen (Mekelle only locates it)."""
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nAn airstrike hit the village of Hawzen in Tigray, "
                        "far from Mekelle, on Wednesday.")
    assert places_of(doc, "airstrike") == ["Hawzen"]


def test_a_bearing_from_a_wide_area_does_not_turn_a_town_into_its_province(pipeline):
    """'pulled out of Kherson, north-west of Crimea': the town, not Kherson oblast (a loose point north-west of
    Crimea falls in the province as well)."""
    doc = run(pipeline, "Report\n\nPublished 20 June 2023\n\nRussian troops pulled out of Kherson, north-west of "
                        "Crimea, on 11 November.", published="2022-11-12")
    assert [e.location.kind for e in doc.events if e.type == "withdrawal"] == ["city"]
