"""The scene of a story: an act whose own words name no town (or only a country) happened at the town
the report tells of, when it tells of one alone; 'the capital city' is the country's capital; each on
sentences written for these tests."""
from __future__ import annotations

from written_articles import runner


run = runner("2024-06-14")


def places_of(doc, kind):
    return [(e.location.name if e.location else None) for e in doc.events if e.type == kind]


def test_an_arrest_in_a_later_paragraph_is_at_the_one_town_of_the_story(pipeline):
    """'Protests in Tbilisi ... Police detained 63 people': the report tells of Tbilisi alone."""
    doc = run(pipeline, "Protests in Tbilisi over foreign agents law\n\nPublished 2 May 2024\n\n"
                        "Police used water cannon against thousands of protesters outside parliament on Wednesday.\n\n"
                        "Police detained 63 people, the interior ministry said.", published="2024-05-02")
    assert places_of(doc, "arrest") == ["Tbilisi"]


def test_an_arrest_told_after_a_claim_goes_on_at_the_scene(pipeline):
    """A paragraph whose only placed act is a claim ('Islamic State claimed the bombing ... in the Afghan
    capital') has no scene of its own: its arrest is at the one town the story tells of."""
    doc = run(pipeline, "Bomb in Kabul\n\nPublished 5 March 2022\n\nA bomb exploded at a mosque in Kabul on Friday "
                        "during prayers, killing 60 worshippers.\n\nThe Taliban said they had arrested three suspects on "
                        "Saturday. Islamic State claimed the bombing, which came a week after an attack on a school in "
                        "the Afghan capital.", published="2022-03-05")
    assert places_of(doc, "arrest") == ["Kabul"]


def test_the_scene_of_a_story():
    """Gao and Mopti, each named once, make no single scene; two mentions of one town (or of a base
    within it) are one; the town of the first act, named more often than any other, is the story's;
    a town no act was placed at ('has held the town of Djibo for months') is none."""
    from sitrep.events.arguments import _story_scene
    from sitrep.model import Location, Place
    gao = Place(mention="Gao", start=0, end=3, lat=16.27, lon=-0.04, country="ML", kind="city")
    mopti = Place(mention="Mopti", start=9, end=14, lat=14.49, lon=-4.2, country="ML", kind="city")
    base = Place(mention="Gao airport", start=20, end=31, lat=16.25, lon=-0.005, country="ML", kind="installation")
    at_gao = Location(name="Gao", lat=16.27, lon=-0.04, country="ML", kind="city")
    at_mopti = Location(name="Mopti", lat=14.49, lon=-4.2, country="ML", kind="city")
    assert _story_scene([[(gao, None)], [(mopti, None)]], [at_gao, at_mopti]) == (None, False)
    assert _story_scene([[(gao, None)], [], [(base, None)]], [at_gao]) == (gao, True)
    assert _story_scene([[(gao, None)], [(base, None)], [(mopti, None)]], [at_gao, at_mopti]) == (gao, False)
    assert _story_scene([[(gao, None)], [(base, None)], [(mopti, None)]], [at_mopti, at_gao]) == (None, False)
    assert _story_scene([[(gao, None)]], []) == (None, False)
    assert _story_scene([[], []], [at_gao]) == (None, False)


def test_a_riot_told_beside_a_town_of_another_state_is_at_the_storys_town(pipeline):
    """'... angry over the agreement with Azerbaijan ... after the Azerbaijani army had taken Shusha':
    the riot in Yerevan's story is in Yerevan, not in the other state nor at its country's centre."""
    doc = run(pipeline, "Riots in Yerevan\n\nPublished 10 November 2020\n\nAngry crowds stormed the parliament "
                        "building in Yerevan overnight after Armenia signed a deal with Azerbaijan.\n\n"
                        "Protesters ransacked the prime minister's office, angry over the Russian-brokered agreement "
                        "with Azerbaijan. Police arrested 12 protesters on Wednesday, after the Azerbaijani army had "
                        "taken the town of Shusha.", published="2020-11-10")
    assert all(e.location and e.location.name == "Yerevan" for e in doc.events if "ransacked" in e.evidence)


def test_the_capital_city_is_the_countrys_capital(pipeline):
    """'in the centre of the capital city': Kinshasa, not Goma, the town told last."""
    doc = run(pipeline, "Riots in Congo\n\nPublished 29 January 2025\n\nRebels captured Goma on Monday, the army said.\n\n"
                        "Protesters attacked several embassies in Kinshasa on Tuesday. Looters ransacked shops in the "
                        "centre of the capital city on Tuesday.", published="2025-01-29")
    assert "Goma" not in [e.location.name for e in doc.events if e.location and "ransacked" in e.evidence]
    assert "Kinshasa" in [e.location.name for e in doc.events if e.location and "ransacked" in e.evidence]


def test_a_provincial_capital_city_is_no_countrys_capital(pipeline):
    doc = run(pipeline, "Rebels shelled the provincial capital city on Tuesday, local officials in Ethiopia said.")
    assert "Addis Ababa" not in [e.location.name for e in doc.events if e.location]


def test_protests_in_a_town_are_a_scene_not_a_stand_taken(pipeline):
    """'Protests in Tbilisi' (a noun of the act) places a scene; 'In Paris, the ministry protested' is
    where a stand was taken."""
    from sitrep.events.arguments import _said_at
    nlp = pipeline.language.nlp
    scene = nlp("Protests in Tbilisi turned violent.")
    stand = nlp("In Paris, the ministry protested the decision.")
    assert not _said_at(scene[2:3])
    assert _said_at(stand[1:2])


def test_a_state_before_the_headlines_noun_yields_to_the_base_the_body_names(pipeline):
    """'US hands over Niger base' (the parser reads 'US hands' as one noun): the state may be who acts;
    the base the body names is where."""
    doc = run(pipeline, "US hands over Niger base\n\nPublished 6 August 2024\n\nThe United States handed over Air Base "
                        "201 in Agadez to Niger's army on Monday, completing its withdrawal from the country.",
              published="2024-08-06")
    handovers = [e for e in doc.events if e.type == "handover"]
    assert handovers and all(e.location and e.location.country == "NE" for e in handovers)


def test_where_those_of_the_governing_verb_sit_is_not_where_the_force_goes(pipeline):
    """'Lawmakers in Ankara approved the deployment of troops to Libya': the deployment goes to Libya."""
    doc = run(pipeline, "Lawmakers in Ankara approved the deployment of troops to Libya on Thursday.",
              published="2020-01-03")
    assert "Ankara" not in places_of(doc, "deployment")
    doc = run(pipeline, "The parliament in Nairobi voted on Wednesday to send 1,000 police officers to Haiti.",
              published="2020-01-03")
    assert "Nairobi" not in places_of(doc, "deployment")


def test_a_statement_is_where_it_was_spoken_not_what_it_tells_of(pipeline):
    """'Zelensky, speaking in Kyiv, warned that Russia was massing troops near Kharkiv': said in Kyiv."""
    doc = run(pipeline, "Zelensky, speaking in Kyiv on Saturday, warned that Russia was massing troops near Kharkiv.",
              published="2023-02-19")
    assert places_of(doc, "statement") == ["Kyiv"]
    doc = run(pipeline, "Addressing lawmakers in Ankara on Wednesday, Erdogan vowed to press on with the operation "
                        "in northern Syria.", published="2023-02-19")
    assert places_of(doc, "statement") == ["Ankara"]


def test_the_capital_the_acts_own_phrase_names_beats_a_town_of_another_verb(pipeline):
    """'Fighting broke out in the capital on Saturday and spread to El Fasher': the capital, Khartoum."""
    doc = run(pipeline, "Fighting broke out in the capital on Saturday between the army and the RSF in Sudan, and "
                        "spread to El Fasher on Sunday.", published="2023-04-17")
    assert "Khartoum" in places_of(doc, "clash")


def test_a_visit_is_at_the_place_visited_not_at_another_stop(pipeline):
    """'Scholz visited Beijing after stops in Tokyo and Seoul': Beijing."""
    doc = run(pipeline, "Scholz visited Beijing on Friday after stops in Tokyo and Seoul.", published="2022-11-05")
    assert places_of(doc, "diplomacy") == ["Beijing"]


def test_a_town_naming_an_accord_is_no_scene(pipeline):
    """'Crowds set fire to offices over the Moscow agreement' in a story of Yerevan: Yerevan, not Moscow."""
    doc = run(pipeline, "Unrest in Armenia\n\nPublished 10 November 2020\n\nProtesters stormed the government building "
                        "in Yerevan overnight.\n\nCrowds set fire to offices on Tuesday over the Moscow agreement.",
              published="2020-11-10")
    assert all(e.location and e.location.name != "Moscow" for e in doc.events if "Crowds" in e.evidence)


def test_a_place_of_the_act_told_before_or_after_is_not_the_acts(pipeline):
    """'After Russia invaded Ukraine, Ottawa sent 460 more personnel to the region' in a story of Latvia:
    not Ukraine; 'before rebels retook Gao' is the retaking's place, not the shelling's."""
    doc = run(pipeline, "Canada in Latvia\n\nPublished 12 July 2024\n\nCanada leads the NATO battlegroup at Adazi in "
                      "Latvia.\n\nAfter Russia invaded Ukraine in February 2022, Ottawa sent about 460 more personnel "
                      "to the region.", published="2024-07-12")
    assert all(e.location and e.location.country == "LV" for e in doc.events if e.type == "deployment")


def test_the_town_of_the_dateline_is_a_scene_of_the_story(pipeline):
    """'MOGADISHU, Somalia (Reuters) -' and an attack in the town: a later act told with no place of its
    own is there."""
    doc = run(pipeline, "MOGADISHU, Somalia, June 3 (Reuters) - Gunmen attacked a hotel in Mogadishu on Monday, "
                        "killing five guests.\n\nPolice arrested 12 suspects on Tuesday, the government said.",
              published="2024-06-05")
    assert places_of(doc, "arrest") == ["Mogadishu"]


def test_a_state_that_strikes_is_not_where_its_strikes_fell(pipeline):
    """'US strikes' (a headline, the state before the act's noun and the one acting): not the United States."""
    doc = run(pipeline, "US strikes\n\nPublished 3 February 2024\n\nUS forces struck 85 targets in Iraq and Syria on "
                        "Friday, officials said.", published="2024-02-03")
    assert all(not e.location or e.location.country != "US" for e in doc.events if e.type == "airstrike")


def test_a_base_located_by_a_name_the_gazetteer_lacks_is_not_the_base_told_before(pipeline):
    """'... from Kabul airport. / Sweden handed its camp in Zorbuktu to the army': not Kabul's airport."""
    doc = run(pipeline, "The last US troops left Afghanistan on August 30 from Kabul airport.\n\nSweden handed its camp "
                        "in Zorbuktu to the local army on Friday.", published="2024-02-03")
    assert all(not e.location or e.location.name not in ("Hamid Karzai International Airport", "Kabul")
               for e in doc.events if "Sweden" in e.evidence)


def test_a_weapons_maker_is_not_where_it_struck(pipeline):
    """'Iran-made drones hit a grain warehouse' in a story of Odesa: Odesa, not Iran."""
    doc = run(pipeline, "Drone attack on Odesa\n\nPublished 12 March 2024\n\nRussian drones struck port facilities in "
                        "Odesa overnight, killing four people, the governor said.\n\nIran-made drones hit a grain "
                        "warehouse, officials said.", published="2024-03-12")
    assert all(e.location and e.location.country == "UA" for e in doc.events if "warehouse" in e.evidence)


def test_a_legislatures_vote_is_in_the_capital_where_it_sits(pipeline):
    """'Turkey's parliament voted to send troops to Libya': the vote in Ankara, the troops to Libya."""
    doc = run(pipeline, "Turkey's parliament voted on Thursday to send troops to Libya.", published="2020-01-03")
    assert places_of(doc, "legislation") == ["Ankara"]
    assert "Ankara" not in places_of(doc, "deployment")


def test_a_town_taken_in_a_relative_clause_is_where_it_was_taken(pipeline):
    """'raided a compound in Gao, the town which jihadists seized in April': the seizure was of Gao."""
    doc = run(pipeline, "On 3 May police raided a compound in Gao, the town which jihadists seized in April.",
              published="2023-05-20")
    assert places_of(doc, "territory_change") == ["Gao"]


def test_the_capital_of_the_one_state_a_short_report_names(pipeline):
    """'Colombia blast ... in the south of the capital, Colombian officials said': Bogota, though the
    report names its state too seldom to be 'about' it; 'Colombia blast' is where, not who."""
    doc = run(pipeline, "Colombia blast\n\nPublished 18 January 2019\n\nThe car exploded inside a police academy in the "
                        "south of the capital on Thursday, killing 21 cadets, Colombian officials said.",
              published="2019-01-18")
    assert places_of(doc, "explosion") == ["Bogotá"]
