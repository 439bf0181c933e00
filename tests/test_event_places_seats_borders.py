"""An act's place told by a seat of power with no town ('protesters stormed the parliament': the state's
capital) or by a border ('near the border with Syria': this side of it); sentences written for these tests."""
from __future__ import annotations

from written_articles import runner


run = runner("2024-05-10")


def places_of(doc, kind):
    return [(e.location.name if e.location else None) for e in doc.events if e.type == kind]


def countries_of(doc, kind):
    return [(e.location.country if e.location else None) for e in doc.events if e.type == kind]


def test_a_stormed_parliament_is_in_the_capital_not_the_town_told_before(pipeline):
    """The state from a nationality in the sentence ('Armenian media reported', 'Kenyan protesters')."""
    doc = run(pipeline, "Unrest\n\nPublished 10 May 2024\n\nPolice in Gyumri detained ten activists on Monday. "
                        "On Tuesday protesters stormed the parliament, Armenian media reported.")
    assert places_of(doc, "riot") == ["Yerevan"]
    doc = run(pipeline, "Unrest\n\nPublished 10 May 2024\n\nKenyan protesters stormed parliament on Tuesday, "
                        "setting part of the building on fire.")
    assert places_of(doc, "riot") == ["Nairobi"]


def test_a_seat_of_office_is_in_the_capital_of_the_state_the_report_names(pipeline):
    doc = run(pipeline, "Unrest\n\nPublished 10 May 2024\n\nStudents marched in Chittagong on Sunday. On Monday "
                        "crowds ransacked the prime minister's official residence, Bangladeshi television reported.")
    assert places_of(doc, "riot")[-1:] == ["Dhaka"]


def test_a_named_palace_or_a_provincial_seat_is_no_capital(pipeline):
    """'the Maashiq presidential palace' is a building of its own name; 'the governor's office' a province's."""
    doc = run(pipeline, "Unrest\n\nPublished 10 May 2024\n\nProtesters in Basra stormed the governor's office on "
                        "Monday, Iraqi media reported.")
    assert "Baghdad" not in places_of(doc, "riot")


def test_near_the_border_with_a_state_is_on_this_side(pipeline):
    """'Turkish troops clashed ... near the border with Syria': Turkey; 'Thailand said fighting erupted near
    the border with Cambodia': Thailand, not the neighbour named after 'with'."""
    doc = run(pipeline, "Border\n\nPublished 10 May 2024\n\nTurkish troops clashed with militants near the border "
                        "with Syria on Monday.")
    assert countries_of(doc, "clash") == ["TR"]
    doc = run(pipeline, "Border\n\nPublished 10 May 2024\n\nThailand said fighting erupted on Thursday near the "
                        "border with Cambodia.")
    assert countries_of(doc, "clash")[:1] == ["TH"]


def test_a_part_of_a_country_by_its_bearing_is_a_point_inside_that_part(pipeline):
    """'in northern Mali', 'in south-western Somalia', 'in the far north of Mozambique': a point in that
    third of the country, not its centroid nor a point beyond its border; not 'eastern Congo's largest city'."""
    doc = run(pipeline, "Raid\n\nPublished 10 May 2024\n\nJihadists killed 20 soldiers in northern Mali on Tuesday.")
    loc = [e.location for e in doc.events if e.type == "clash"][0]
    assert loc.country == "ML" and loc.lat > 16
    doc = run(pipeline, "Raid\n\nPublished 10 May 2024\n\nAl-Shabaab militants attacked a camp in south-western "
                        "Somalia on Monday, killing five soldiers.")
    loc = [e.location for e in doc.events if e.type == "clash"][0]
    assert loc.country == "SO" and loc.lat < 4 and loc.lon < 45
    doc = run(pipeline, "Raid\n\nPublished 10 May 2024\n\nInsurgents attacked villages in the far north of Mozambique.")
    loc = [e.location for e in doc.events][0]
    assert loc.country == "MZ" and loc.lat < -10.5
    doc = run(pipeline, "Raid\n\nPublished 10 May 2024\n\nRebels seized Goma, eastern Congo's largest city, on Monday.")
    assert not any((p.kind or "") == "relative" for p in doc.places)


def test_talks_are_where_the_leaders_met_not_what_they_discussed(pipeline):
    """'Macron hosted Erdogan ... in Paris. The two leaders discussed the war in Gaza': Paris."""
    doc = run(pipeline, "Visit\n\nPublished 10 May 2024\n\nMacron hosted Erdogan at the Elysee in Paris on Friday. "
                        "The two leaders discussed the war in Gaza and talks on Syria.")
    assert countries_of(doc, "diplomacy") and set(countries_of(doc, "diplomacy")) == {"FR"}


def test_a_list_of_districts_or_towns_each_with_its_date_is_one_act_each(pipeline):
    """'hand back three districts: Agdam by 20 November, Kalbajar by 15 November and Lachin by 1 December':
    three handovers, each its own date; towns captured one after another likewise."""
    doc = run(pipeline, "Karabakh deal\n\nPublished 10 November 2020\n\nArmenia must hand back three districts: Agdam by 20 "
                        "November, Kalbajar by 15 November and Lachin by 1 December.", published="2020-11-10")
    got = sorted((e.location.name.split()[0], str(e.date.start)) for e in doc.events if e.type == "handover")
    assert got == [("Agdam", "2020-11-20"), ("Kalbajar", "2020-11-15"), ("Lachin", "2020-12-01")]
    doc = run(pipeline, "Offensive\n\nPublished 10 September 2023\n\nRebels captured Lashio on 3 August, Hsenwi on "
                        "5 August and Kutkai on 9 August.", published="2023-09-10")
    assert len([e for e in doc.events if e.type == "territory_change"]) == 3


def test_a_town_a_capture_only_passes_is_no_capture_of_its_own(pipeline):
    doc = run(pipeline, "Offensive\n\nPublished 10 May 2024\n\nRebels entered Damascus on Sunday and freed prisoners "
                        "from Saydnaya jail.")
    assert len([e for e in doc.events if e.type == "territory_change"]) <= 1


def test_a_known_town_the_model_left_untagged_is_read_in_a_report_on_its_country(pipeline):
    """'Jihadists attacked Timbuktu': a town of 50,000+, the one so called, in a report on Mali."""
    doc = run(pipeline, "Mali report\n\nPublished 10 May 2024\n\nJihadists attacked Timbuktu on Monday.")
    assert places_of(doc, "clash") == ["Timbuktu"]


def test_a_river_named_like_a_state_is_not_the_state(pipeline):
    """'a ferry was attacked on the Niger river' in a report on Mali: not the state of Niger."""
    doc = run(pipeline, "Mali report\n\nPublished 10 May 2024\n\nGunmen attacked a passenger boat on the Niger "
                        "river on Thursday, killing 49 civilians.")
    assert "NE" not in countries_of(doc, "attack") + countries_of(doc, "clash")


def test_the_home_of_people_or_the_members_of_a_coalition_are_not_where(pipeline):
    """'killed three volunteers from Georgia' (a report on Ukraine), 'a coalition led by Saudi Arabia and the
    UAE began bombing Houthi positions in Yemen': neither Georgia nor the UAE."""
    doc = run(pipeline, "Ukraine war\n\nPublished 10 May 2024\n\nRussia has shelled Kharkiv for weeks.\n\nA Russian "
                        "drone killed three volunteers from Georgia on Monday, officials said.")
    assert "GE" not in countries_of(doc, "airstrike") + countries_of(doc, "shelling")
    doc = run(pipeline, "Yemen war\n\nPublished 10 May 2024\n\nThe Houthis control Sanaa.\n\nA coalition led by Saudi "
                        "Arabia and the United Arab Emirates began bombing in March 2015.")
    assert "AE" not in countries_of(doc, "airstrike")


def test_there_goes_back_to_the_place_named_before(pipeline):
    """'Russian peacekeepers left Nagorno-Karabakh in April. They had been deployed there in November 2020':
    Nagorno-Karabakh, not a country; 'It kept about 1,000 troops there': the base's town."""
    doc = run(pipeline, "Karabakh\n\nPublished 10 May 2024\n\nArmenia held elections in June. Russian peacekeepers "
                        "left Nagorno-Karabakh in April. They had been deployed there in November 2020.")
    assert places_of(doc, "deployment") == ["Nagorno-Karabakh"]
    doc = run(pipeline, "Niger\n\nPublished 10 May 2024\n\nThe United States built a drone base in Agadez. It kept "
                        "about 1,000 troops there until this year.")
    assert places_of(doc, "troop_level") == ["Agadez"]
