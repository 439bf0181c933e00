"""Where events happened: the place an event's own clause names, the place a later phrase goes back
to ('the town', 'the capital'), and the country a report is about; each on sentences written for
these tests."""
from __future__ import annotations

from written_articles import runner


run = runner("2024-06-14")


def places_of(doc, kind):
    return [(e.location.name if e.location else None) for e in doc.events if e.type == kind]


def test_a_town_the_parser_calls_a_nationality_is_a_place(pipeline):
    """'entered Kidal': a town the places stage resolved stands as a place, whatever entity label
    the parser gave the name; 'Afghan' before 'troops' stays a nationality."""
    from sitrep.events.arguments import _town_named_as_people
    from sitrep.model import Place
    parsed = pipeline.language.nlp("On Tuesday the army and its allies entered Kidal. Afghan troops left.")
    town = next(t for t in parsed if t.text == "Kidal")
    assert _town_named_as_people(Place(mention="Kidal", start=town.idx, end=town.idx + 5, kind="city"),
                                 parsed[town.i:town.i + 1])
    people = next(t for t in parsed if t.text == "Afghan")
    assert not _town_named_as_people(Place(mention="Afghan", start=people.idx, end=people.idx + 6, kind="city"),
                                     parsed[people.i:people.i + 1])


def test_the_capital_of_the_country_the_report_is_filed_from(pipeline):
    doc = run(pipeline, "N'DJAMENA, Jan 9 (Reuters) - Chad's government declared a day of national mourning on "
                        "Thursday.\n\nOn the evening of January 8, an armed group attacked the presidential palace in "
                        "the capital, killing one soldier, the government said.", published="2025-01-09")
    assert any(e.location and e.location.name == "N'Djamena" for e in doc.events
               if e.type in ("attack", "clash") and e.date and e.date.start.day == 8)


def test_a_capital_named_by_its_nationality(pipeline):
    doc = run(pipeline, "The two sides agreed on the text in Jeddah last month. The power-sharing deal is expected to be "
                        "signed in the Saudi capital next week, officials said.")
    assert "Riyadh" in places_of(doc, "agreement")


def test_a_provincial_capital_is_not_the_countrys(pipeline):
    doc = run(pipeline, "Rebels shelled the provincial capital on Tuesday, local officials in Ethiopia said.")
    assert "Addis Ababa" not in [p for e in doc.events for p in [e.location and e.location.name]]


def test_the_dateline_tells_the_country_of_events_with_no_place(pipeline):
    """'KABUL, Afghanistan (AP) —': the country of an event no clause places; the writers' credit
    at the foot ('AP writers in Islamabad contributed') is not what the report is about."""
    doc = run(pipeline, "KABUL, Afghanistan, May 3 (AP) — Gunmen attacked a police checkpoint on Sunday, killing four "
                        "officers, officials said. Pakistan's foreign office condemned the attack.\n\n"
                        "AP writers in Islamabad contributed.", published="2024-05-03")
    attacks = [e for e in doc.events if e.type in ("attack", "clash")]
    assert attacks and all(e.location and e.location.country == "AF" for e in attacks)


def test_the_city_centre_is_in_the_city_told_before(pipeline):
    """'took the city centre': the part of the city named last, even a paragraph later."""
    doc = run(pipeline, "Fighting broke out in Marawi on 23 May, the army said.\n\n"
                        "Hundreds of gunmen poured into the streets and torched a church in the city centre.")
    assert "Marawi" in " ".join(p or "" for p in places_of(doc, "property_destruction"))


def test_the_town_is_not_where_its_capture_was_announced(pipeline):
    """'announced the loss in a speech in Bamako ... left the town': the town taken, not where
    the words were said."""
    doc = run(pipeline, "Rebels captured the town of Aguelhok on Monday after two days of fighting, the army said.\n\n"
                        "The president announced the loss in a speech in Bamako. Soldiers said the last troops had "
                        "left the town on foot.")
    assert places_of(doc, "withdrawal") == ["Aguelhok"]


def test_the_towns_a_road_is_named_after_are_not_where_it_was_hit(pipeline):
    """'on the Kabul-Jalalabad highway near Sarobi': the town named along the road, not its ends."""
    doc = run(pipeline, "On Friday gunmen ambushed an army convoy on the Kabul-Jalalabad highway near Sarobi, killing "
                        "three soldiers, officials said.")
    located = [e.location.name for e in doc.events if e.type in ("attack", "clash") and e.location]
    assert located and all(n.startswith("Sar") for n in located)


def test_a_street_of_a_city_is_in_the_city(pipeline):
    """"on Baghdad's Rashid Street", "off Yemen's coast": a place's possessive on a place is where,
    not who ('Iraq's army')."""
    doc = run(pipeline, "A car bomb exploded on Baghdad's Rashid Street on Monday, killing four people.")
    assert [e.location.name for e in doc.events if e.type == "explosion" and e.location] == ["Baghdad"]
    doc = run(pipeline, "A missile hit a merchant vessel off Yemen's coast on Tuesday.")
    assert all(e.location and e.location.country == "YE" for e in doc.events)


def test_a_strike_at_sea_is_placed_by_the_coast_named(pipeline):
    """'in the Red Sea off the Yemeni port of X': the state of the coast, not the sea no state holds."""
    doc = run(pipeline, "A drone struck a tanker in the Red Sea off the Yemeni port of Mokha on Monday.")
    assert doc.events and all(e.location and e.location.country == "YE" for e in doc.events)


def test_a_place_someone_said_of_another_act_is_not_the_arrests(pipeline):
    """'arrested two men and said they had fought with militants in Iraq': Iraq is where the men
    fought, by the police's words; the arrest goes on at the scene told before."""
    doc = run(pipeline, "A bomb exploded at a market in Izmir on Monday, killing three people. Police arrested two men "
                        "the next day and said they had fought with militants in Iraq.")
    arrests = [e for e in doc.events if e.type == "arrest"]
    assert arrests and all(e.location and e.location.country == "TR" for e in arrests)


def test_where_a_second_verb_took_someone_is_not_the_acts_place(pipeline):
    """'detained the journalist near Khorog and took him to Dushanbe': detained near Khorog."""
    from sitrep.events.arguments import _taken_on_to
    doc = run(pipeline, "Border guards detained the journalist at a checkpoint near Khorog on Friday and took him to "
                        "Dushanbe.")
    assert "Dushanbe" not in places_of(doc, "arrest")
    parsed = pipeline.language.nlp("Police detained him at the bridge and took him to Baku.")
    baku, detained = next(t for t in parsed if t.text == "Baku"), next(t for t in parsed if t.text == "detained")
    assert _taken_on_to(baku, detained)


def test_a_shelling_is_not_where_people_fled_to(pipeline):
    doc = run(pipeline, "Rebels entered Saraqeb on Thursday. Shelling hit the town's hospital on Friday, as thousands "
                        "fled towards Idlib.")
    assert places_of(doc, "shelling") == ["Saraqib"]


def test_a_force_ordered_from_a_town_abroad_goes_where_it_is_sent(pipeline):
    """'ordered from Grafenwoehr, in Germany, to Latvia': the country beside the town it left is
    where it came from too."""
    doc = run(pipeline, "A tank battalion was ordered from Grafenwoehr, in Germany, to Latvia on Monday.")
    assert places_of(doc, "deployment") == ["Latvia"]


def test_a_town_the_report_reads_elsewhere(pipeline):
    """'bombed eastern Rafah', where the places stage passed the name by: the town it read before."""
    doc = run(pipeline, "Israeli tanks entered the southern Gaza city of Rafah on Monday. That night, Israeli aircraft "
                        "bombed eastern Rafah, killing five people, residents said.")
    assert [e.location.name for e in doc.events if e.type == "airstrike" and e.location] == ["Rafaḩ"]


def test_an_unplaced_act_happened_at_the_one_town_its_paragraph_names(pipeline):
    """'Militants ambushed a convoy ... Food has run short in the town of Gao': the one town the paragraph
    names as a scene; not where the president spoke ('in a speech in X'), nor a town of another
    paragraph."""
    doc = run(pipeline, "Rebels have held the town of Kidal for months.\n\nMilitants ambushed a supply convoy on "
                        "Monday, killing 12 soldiers, the army said. Food has run short in the town of Gao since the "
                        "blockade began.")
    assert places_of(doc, "clash") == ["Gao"]
    doc = run(pipeline, "The army has held the town of Djibo for months.\n\nMilitants ambushed a supply convoy on "
                        "Monday, killing 12 soldiers, the army said. The president condemned the attack in a speech "
                        "in Ouagadougou.")
    assert places_of(doc, "clash") == ["Burkina Faso"]


def test_a_third_states_leader_acts_in_his_state(pipeline):
    """'Russian President Vladimir Putin spoke by phone with Mali's junta leader', 'The Kremlin
    condemned the attack': not in Mali, which the report is about."""
    doc = run(pipeline, "Gunmen attacked an army post near Gao on Monday, killing 12 soldiers. Gunmen killed four "
                        "villagers near Menaka on Sunday. Russian President Vladimir Putin spoke by phone with Mali's "
                        "junta leader on Tuesday. The Kremlin condemned the attack on Wednesday.")
    assert places_of(doc, "diplomacy") == ["Russia"]
    assert all(e.location is None or e.location.country == "RU" for e in doc.events if e.type == "statement")


def test_a_camp_given_relatively_in_the_sentence_before(pipeline):
    """'The camp lies about 30 km west of Mosul ... Drones bombed it': the place given relatively
    is the scene of the paragraph; 'troops remain in the enclave': the enclave named before."""
    doc = run(pipeline, "The militants' camp lies about 30 km west of Mosul, near the Syrian border. Army drones bombed "
                        "it on Monday, killing 12 fighters, the army said.")
    assert places_of(doc, "airstrike") == ["30 km west of Mosul"]
    doc = run(pipeline, "The Russian peacekeepers have been stationed in Nagorno-Karabakh since 2020. Some 2,000 troops "
                        "remain in the enclave.")
    assert places_of(doc, "troop_level") == ["Nagorno-Karabakh"]


def test_a_force_stationed_somewhere_is_counted_there(pipeline):
    """'A ceasefire brokered by the Russian contingent, some 2,000 troops stationed in the enclave':
    the strength is where the participle after the force puts it."""
    doc = run(pipeline, "Azerbaijan launched an offensive in Nagorno-Karabakh on Tuesday. A ceasefire brokered by the "
                      "Russian contingent, some 2,000 troops stationed in the enclave since 2020, took effect on "
                      "Wednesday.", published="2023-09-21")
    assert places_of(doc, "troop_level") == ["Nagorno-Karabakh"]


def test_a_clause_describing_a_party_does_not_place_the_act(pipeline):
    """'US troops leaving northern Syria will move to western Iraq', 'Marines based in Okinawa landed
    in Djibouti': a participle or relative clause on a party tells where it was, the act's own words
    where it went."""
    doc = run(pipeline, "US troops leaving northern Syria will move to western Iraq, the defence secretary said.")
    assert places_of(doc, "deployment") == ["Iraq"]
    doc = run(pipeline, "About 2,000 Marines who were based in Okinawa landed in Djibouti on Tuesday for a six-month "
                        "rotation.")
    assert places_of(doc, "deployment") == ["Djibouti"]


def test_a_verb_coordinated_with_the_act_has_its_own_place(pipeline):
    """'station a brigade in Romania, base two destroyers at Rota and send jets to Britain': each verb
    its own place; but 'fire killed three and wounded dozens in Kilis' is one act told by two verbs."""
    from sitrep.events.arguments import _told_of_act
    doc = run(pipeline, "Washington will set up a headquarters in Poland, station a brigade of 3,000 soldiers in "
                        "Romania, base two destroyers at Rota in Spain and send jets to Britain.")
    assert "Rota" not in places_of(doc, "deployment")
    parsed = pipeline.language.nlp("The navy will base two frigates at Souda and send a tanker to Crete.")
    send, souda = next(t for t in parsed if t.text == "send"), next(t for t in parsed if t.text == "Souda")
    assert _told_of_act(parsed[souda.i:souda.i + 1], send) < 2


def test_an_act_in_a_relative_clause_of_place_happened_there(pipeline):
    """'the fight around Lake Chad, where 40 soldiers were killed', 'heading to Kidal, where a
    roadside bomb wounded four peacekeepers': the place the relative clause qualifies."""
    doc = run(pipeline, "Chadian officials said they remain open to cooperation with France, and that the army will "
                        "take over the fight against Boko Haram around Lake Chad, where 40 soldiers were killed in an "
                        "attack on a base in late October.")
    assert [e.location.name for e in doc.events if e.type in ("attack", "clash") and e.location] == ["Lake Chad"]
    doc = run(pipeline, "The convoy was heading to Kidal, where a roadside bomb wounded four peacekeepers on Monday.")
    assert [e.location.name for e in doc.events if e.type == "explosion" and e.location] == ["Kidal"]


def test_a_partner_state_is_not_where_the_act_happened(pipeline):
    """'cooperation with France', 'a security pact with Russia': a state named as the other party."""
    doc = run(pipeline, "Officials said they remain open to cooperation with France, and that 40 soldiers had been "
                        "killed in an attack on a base in late October.")
    assert all(e.location is None or e.location.country != "FR" for e in doc.events)
    doc = run(pipeline, "Ministers discussed a security pact with Russia on Monday, hours after gunmen killed 12 "
                      "villagers.")
    assert all(e.location is None or e.location.country != "RU" for e in doc.events if e.type != "diplomacy")


def test_where_fire_came_from_is_not_where_it_fell(pipeline):
    """'Rockets from Gaza hit a house in Ashkelon', 'fire from the Syrian side ... wounded dozens in
    Kilis': the place the fire came from is not the strike's."""
    doc = run(pipeline, "Rockets from Gaza hit a house in Ashkelon on Friday, wounding two people.")
    assert [e.location.name for e in doc.events if e.type == "shelling"] == ["Ashkelon"]
    doc = run(pipeline, "On Thursday, mortar and rocket fire from the Syrian side killed three people and wounded "
                        "dozens in Kilis, the mayor's office said.")
    assert [e.location.name for e in doc.events if e.type == "shelling"] == ["Kilis"]


def test_a_ships_name_is_no_place(pipeline):
    """'the Russian cruiser Moskva', 'the German frigate Hamburg': a ship's name, not the town."""
    from sitrep.events.arguments import _ship_name
    doc = run(pipeline, "Ukrainian missiles struck the Russian cruiser Moskva in the Black Sea on Wednesday.")
    assert all(e.location is None or e.location.country != "RU" for e in doc.events)
    parsed = pipeline.language.nlp("A drone was shot down by the German frigate Hamburg in the Red Sea.")
    hamburg = next(t for t in parsed if t.text == "Hamburg")
    assert _ship_name(parsed[hamburg.i:hamburg.i + 1])


def test_a_partys_side_is_no_place(pipeline):
    """'The Kurdish side hit back': a party; 'fire on the Syrian side of the border': a place."""
    from sitrep.events.arguments import _side_of_border
    parsed = pipeline.language.nlp("The Kurdish side hit back on Monday. Shells fell on the Syrian side.")
    sides = [t for t in parsed if t.text == "side"]
    assert not _side_of_border(sides[0]) and _side_of_border(sides[1])


def test_a_state_told_beside_the_act_is_its_scene(pipeline):
    """'he and his family are in Moscow and have been granted asylum': where they are is where it was
    granted; 'fire killed three and wounded dozens in Kilis': one act told by two verbs."""
    from sitrep.events.arguments import _told_of_act
    parsed = pipeline.language.nlp("State media said he and his family are in Moscow and have been granted asylum.")
    moscow, granted = next(t for t in parsed if t.text == "Moscow"), next(t for t in parsed if t.text == "granted")
    assert _told_of_act(parsed[moscow.i:moscow.i + 1], granted) == 2
    parsed = pipeline.language.nlp("Gunmen killed three people and wounded dozens in Kilis on Monday.")
    kilis, fire = next(t for t in parsed if t.text == "Kilis"), next(t for t in parsed if t.text == "Gunmen")
    assert _told_of_act(parsed[kilis.i:kilis.i + 1], fire) == 2


def test_talks_are_where_they_were_held_not_the_other_sides_state(pipeline):
    """'talks with a US team led by Rubio in Jeddah', 'a meeting with a Russian delegation headed by
    the deputy minister in Geneva': where they met, not the state of the team met."""
    doc = run(pipeline, "After eight hours of talks with a US team led by Secretary of State Marco Rubio in Jeddah on "
                        "Tuesday, Ukraine said it was ready to accept a ceasefire.")
    assert places_of(doc, "diplomacy") == ["Jeddah"]
    doc = run(pipeline, "Armenian officials held a meeting with an Iranian delegation headed by the deputy foreign "
                        "minister in Geneva on Friday.")
    assert places_of(doc, "diplomacy") == ["Geneva"]


def test_a_paragraph_naming_no_scene_goes_on_with_the_one_before(pipeline):
    """'The last troops left Kandahar Airfield ... / Hours later, looters broke through the fence', and a
    question-and-answer brief ('What did the police find? / Officers seized ...'): the scene of the
    paragraph just told, a question between them naming none."""
    doc = run(pipeline, "The last Dutch troops left Kandahar Airfield, the sprawling base some 15 km south-east of "
                        "Kandahar city, on Sunday and handed it to the Afghan army, officials said.\n\n"
                        "Hours later, dozens of looters broke through the perimeter fence and ransacked barracks "
                        "before Afghan soldiers chased them out.")
    assert [e.location.kind for e in doc.events if e.type == "property_destruction" and e.location] == ["installation"]
    doc = run(pipeline, "What happened?\n\nGunmen blocked a bridge at the entrance to the village of Zubin Potok on "
                        "Sunday and opened fire on a police patrol, killing one officer.\n\nWhat did the police find?"
                        "\n\nAn arsenal. Officers seized armoured vehicles, mortars and assault rifles.")
    assert places_of(doc, "weapons_seizure") == ["Zubin Potok"]


def test_where_a_stand_was_taken_is_not_what_the_report_is_about(pipeline):
    """'In Paris, the foreign ministry condemned the attack': where it was said, no vote for the
    country of an act no clause places."""
    doc = run(pipeline, "Gunmen attacked an army checkpoint on Monday, killing four soldiers.\n\nIn Paris, the foreign "
                        "ministry condemned the attack. In Brussels, the European Union urged restraint.")
    assert all(e.location is None or e.location.country not in ("FR", "BE")
               for e in doc.events if e.type in ("attack", "clash"))


def test_the_town_is_not_one_named_only_as_to_come(pipeline):
    """'Operations in Tal Rifaat would follow ... air strikes on the town's main hospital': the town
    of the story, not one named in a clause told as to come."""
    doc = run(pipeline, "Turkish-backed fighters captured the town of Afrin on Sunday. Afrin had been held by Kurdish "
                        "forces since 2012. Residents of Afrin said looting followed.\n\nThe army said operations in "
                        "Tal Rifaat would follow.\n\nActivists said thousands had fled the town, and that air strikes "
                        "on the town's main hospital had killed 16 civilians.")
    assert places_of(doc, "airstrike") == ["‘Afrīn"]
    doc = run(pipeline, "Rebels seized the city of Goma on Monday after days of fighting in Goma. Goma's airport was "
                        "closed.\n\nThe rebels said they could march on Bukavu next.\n\nAid workers said mortar fire "
                        "had hit the city's main hospital overnight.")
    hit = [e for e in doc.events if "hospital" in e.evidence and e.type in ("shelling", "attack")]
    assert hit and all("Goma" in (e.location.name if e.location else "") for e in hit)


def test_the_city_told_far_from_its_name_is_the_storys_one(pipeline):
    """'took the city centre' eight sentences after the name: the one city the report keeps naming."""
    filler = " ".join(f"Officials gave update number {n} on the fighting." for n in range(1, 9))
    doc = run(pipeline, "Militants stormed Marawi on 23 May. The siege of Marawi lasted five months. Marawi was "
                        "declared liberated in October.\n\n" + filler + "\n\nHundreds of gunmen poured into the "
                        "streets, torched a church and took the city centre.")
    assert any("Marawi" in (e.location.name if e.location else "") for e in doc.events
               if e.type in ("property_destruction", "territory_change", "attack"))


def test_a_ship_named_by_its_navys_prefix_or_its_flag_is_no_place(pipeline):
    """'with the amphibious transport dock USS Ponce', 'a Liberia-flagged tanker': a ship's name and
    its flag state, not where it was."""
    doc = run(pipeline, "On Sunday the destroyer USS Mason, on patrol near the Bab el-Mandeb strait with the transport "
                        "dock USS Ponce, was targeted by two missiles fired from Houthi-held territory in Yemen.")
    assert all(e.location is None or e.location.country != "PR" and "Ponce" not in e.location.name for e in doc.events)
    doc = run(pipeline, "A Houthi missile struck a Liberia-flagged tanker on Monday, setting it ablaze, the navy said.")
    assert doc.events and all(e.location is None or e.location.country != "LR" for e in doc.events)


def test_an_act_at_sea_is_in_the_waters_told_not_the_town_before(pipeline):
    """'a frigate on patrol in international waters south of the strait': the strait named before, not
    the town of the paragraph before; 'the destroyer USS Mason ... detected two missiles. It launched
    interceptors': the waters its paragraph is at."""
    doc = run(pipeline, "A drone struck a merchant ship in the Strait of Hormuz on Monday, officials said.\n\nA week "
                        "later, militants attacked a police post in Zahedan, killing four officers.\n\nOn Sunday, a "
                        "frigate on patrol in international waters south of the strait was attacked by two drones.")
    assert [e.location.name for e in doc.events if e.type == "airstrike" and e.location] == ["Strait of Hormuz"] * 2
    doc = run(pipeline, "Houthi missiles struck a fast catamaran near the Bab el-Mandeb strait off Mokha on October 1."
                        "\n\nA week later, a coalition air strike on a funeral hall in Sanaa killed 140 mourners."
                        "\n\nOn October 9, the destroyer USS Mason, on patrol in international waters north of the "
                        "strait, detected two missiles fired at it. On October 12, the Mason was targeted again by a "
                        "missile that fell into the sea.")
    late = [e for e in doc.events if e.date and e.date.start.day in (9, 12) and e.date.start.month == 10]
    assert late and all(e.location is not None and e.location.name != "Sanaa" for e in late)


def test_the_summit_is_where_it_was_told_to_be(pipeline):
    """'Zelensky, who is in Hiroshima for the Group of Seven summit ... meets Biden on the sidelines of
    the summit', 'held talks in Doha ... said after the talks': the meeting's place, not the
    speaker's state."""
    doc = run(pipeline, "President Volodymyr Zelensky, who is in Hiroshima for the Group of Seven summit, spoke to "
                        "reporters on Sunday.\n\nZelensky meets US President Joe Biden on the sidelines of the summit "
                        "on Sunday.")
    assert places_of(doc, "diplomacy") == ["Hiroshima"]
    doc = run(pipeline, "Foreign ministers arrived at a conference in Geneva on Monday. On Tuesday, Iran's foreign "
                        "minister met his Saudi counterpart at the conference.")
    assert "Geneva" in places_of(doc, "diplomacy")


def test_a_feared_war_or_a_pipelines_end_is_no_scene(pipeline):
    """'an attack that raised fears of a wider war in the Gulf', 'the pipeline, which carries crude to
    the Red Sea coast': where the war may come, where the crude goes."""
    doc = run(pipeline, "Two oil installations were set ablaze on Saturday when they were struck by drones, in an "
                        "attack that raised fears of a wider war in the Gulf.")
    assert all(e.location is None or "Gulf" not in e.location.name for e in doc.events)
    doc = run(pipeline, "On 14 May, two pumping stations on the pipeline, which carries crude to the Red Sea coast, "
                        "were struck by drones, and the attack was claimed by the Houthis.")
    assert all(e.location is None or "Red Sea" not in e.location.name for e in doc.events)


def test_forces_sent_to_a_border_are_on_their_own_side(pipeline):
    """'Tajik President Emomali Rahmon ordered 20,000 reservists to the border', 'Serbia moved tanks to
    the border with Kosovo': the state sending them, not the report's country or the one beyond."""
    doc = run(pipeline, "The Taliban overran most of Badakhshan province this week. Tajik President Emomali Rahmon "
                        "then ordered 20,000 reservists to the border.")
    assert places_of(doc, "deployment") == ["Tajikistan"]
    doc = run(pipeline, "Serbia moved tanks and artillery to the border with Kosovo on Friday.")
    assert places_of(doc, "deployment") == ["Serbia"]


def test_the_toll_someone_reports_is_where_the_act_fell(pipeline):
    """'shelled villages ..., and Indian officials say 12 civilians were killed in the Poonch district':
    the toll told by others places the act; 'said she had been trained in Syria' does not."""
    doc = run(pipeline, "Troops shelled villages near the frontier on Friday, and local officials said at least nine "
                        "civilians were killed in Kupiansk.")
    assert places_of(doc, "shelling") == ["Kupyansk"]
    doc = run(pipeline, "Police detained a woman on Monday and said she had been trained by militants in Syria.")
    assert all(e.location is None or e.location.country != "SY" for e in doc.events if e.type == "arrest")


def test_where_someone_was_heading_is_not_where_they_were_hit(pipeline):
    """'as the boats turned back towards Odesa, coast guard ships opened fire on them': where they were
    heading, not where the fire came."""
    doc = run(pipeline, "Last night, as the boats turned back towards Odesa, coast guard ships opened fire on them and "
                        "special forces seized all three.")
    assert doc.events and all(e.location is None or "Odes" not in e.location.name for e in doc.events)
    doc = run(pipeline, "As the convoy drove towards Kidal on Monday, gunmen ambushed it, killing two peacekeepers.")
    assert doc.events and all(e.location is None or e.location.name != "Kidal" for e in doc.events)


def test_an_agreement_is_where_it_was_made_not_what_it_is_about(pipeline):
    """'agreed a ceasefire in Idlib at talks in Moscow': made in Moscow; 'signed an agreement on the
    withdrawal of troops from Lebanon in Paris': in Paris."""
    doc = run(pipeline, "Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin agreed a ceasefire "
                        "in Idlib at talks in Moscow on Thursday.")
    assert places_of(doc, "agreement") == ["Moscow"]
    doc = run(pipeline, "The two leaders signed an agreement on the withdrawal of troops from Lebanon in Paris on "
                        "Friday.")
    assert places_of(doc, "agreement") == ["Paris"]


def test_an_unplaced_act_is_in_the_one_region_its_paragraph_placed_acts_in(pipeline):
    """'its troops had killed a leader in the Menaka region of Mali. The army said the strike was carried
    out by a drone': the region the paragraph's act was placed in, not the country alone."""
    doc = run(pipeline, "PARIS (Reuters) - France said on Monday its troops had killed a senior jihadist leader in an "
                        "operation in the Menaka region of Mali. The French army said the strike was carried out by a "
                        "drone on Sunday.")
    assert places_of(doc, "airstrike") == ["Ménaka Region"]
    doc = run(pipeline, "Government forces recaptured three villages in Darfur on Tuesday, the army said. Aid workers "
                        "said the shelling had killed 14 civilians.")
    assert all(e.location is not None and e.location.name == "Darfur" for e in doc.events if e.type == "shelling")


def test_what_went_on_with_the_act_places_it(pipeline):
    """'launched its offensive into northeastern Syria, with warplanes and artillery pounding the border
    town of Ras al-Ain': a 'with' clause tells the act itself, not a party's whereabouts."""
    doc = run(pipeline, "On October 9, Turkey launched its offensive into northeastern Syria, with warplanes and "
                        "artillery pounding the border town of Ras al-Ain in the afternoon.")
    assert [e.location.name for e in doc.events if e.type in ("airstrike", "shelling") and e.location] == ["Ras al-Ain"]
    doc = run(pipeline, "The army opened its assault on the rebels on Monday, with tanks and helicopters shelling the "
                        "town of Kidal.")
    assert all(e.location is None or e.location.country == "ML" for e in doc.events)


def test_a_towns_base_is_in_the_town_and_a_bearing_does_not_replace_a_named_state(pipeline):
    """'the fleet at Latakia's naval base', 'Kandahar's main airfield': where; 'drills in Belarus,
    north of Kyiv': Belarus, not a point a rough bearing puts in Ukraine."""
    doc = run(pipeline, "Overnight, Israeli air and naval strikes hit weapons depots and the fleet at Latakia's naval "
                        "base.")
    assert places_of(doc, "airstrike") == ["Latakia"]
    doc = run(pipeline, "A drone hit Kandahar's main airfield on Monday.")
    assert all(e.location and e.location.country == "AF" for e in doc.events)
    doc = run(pipeline, "On Thursday, Russian and Belarusian forces began ten days of joint drills in Belarus, north of "
                        "Kyiv, which Western officials say involve around 30,000 Russian troops.")
    assert places_of(doc, "exercise") == ["Belarus"]


def test_an_act_told_in_two_states_is_in_neither_alone(pipeline):
    """'pound Kurdish militants in Syria and Iraq', 'bombed rebels in Libya and Sudan': not the one state
    of the two that comes last; a strike told of one place keeps it."""
    doc = run(pipeline, "Russian jets bombed rebels in Libya and Sudan on Monday.")
    assert all(e.location is None for e in doc.events if e.type == "airstrike")
    doc = run(pipeline, "Turkish jets pound Kurdish militants in Syria and Iraq\n\nOn Tuesday, Turkish drones struck a "
                        "security compound outside Hasakah, killing two fighters.")
    assert "Iraq" not in places_of(doc, "airstrike")


def test_a_sponsor_a_maker_or_an_owner_state_is_no_place(pipeline):
    """'Fighters loyal to Iran fired rockets at a US base', 'Drones made in Iran struck the city':
    the state a party sides with, where the weapon was made and whose base it is are not where."""
    doc = run(pipeline, "Fighters loyal to Iran fired rockets at a US base on Tuesday, officials said.")
    assert doc.events and all(e.location is None or e.location.country not in ("IR", "US") for e in doc.events)
    doc = run(pipeline, "Drones made in Iran struck the city overnight, officials in Kyiv said.")
    assert doc.events and all(e.location is None or e.location.country != "IR" for e in doc.events)


def test_a_states_forces_abroad_move_where_they_were_told_to_be(pipeline):
    """'Kenya's police contingent in Haiti grew ... Nairobi sent a second group', 'Britain has 900
    troops in Estonia ... London will send 200 more': where that state's forces were told to be, not
    nowhere or at home."""
    doc = run(pipeline, "Kenya's police contingent in Haiti grew to 400 officers on Tuesday. Nairobi sent a second "
                        "group of 200 officers, who landed on Tuesday.")
    assert places_of(doc, "deployment") == ["Haiti"]
    doc = run(pipeline, "Britain has about 900 troops in Estonia, most of them at Tapa. London will send 200 more "
                        "soldiers next month, the ministry said.")
    assert all(e.location is not None and e.location.country == "EE" for e in doc.events if e.type == "deployment")


def test_where_a_stand_was_taken_is_no_scene_of_the_fighting_told_next(pipeline):
    """'In Lyon, the ministry condemned ...', 'Meeting in Vienna, the envoys agreed ...': where
    someone spoke or met is not where the next act with no place of its own happened."""
    doc = run(pipeline, "In Lyon, the foreign ministry condemned the raid on Tuesday. Militants attacked an army "
                        "post the same night, killing six soldiers.")
    assert "Lyon" in places_of(doc, "statement")
    assert all(e.location is None or e.location.name != "Lyon" for e in doc.events if e.type != "statement")
    doc = run(pipeline, "Envoys of the two governments met in Vienna on Monday. Rebel fighters ambushed a patrol "
                        "hours later, killing four police officers.")
    assert all(e.location is None or e.location.name != "Vienna" for e in doc.events if e.type != "diplomacy")


def test_a_region_the_act_names_is_not_replaced_by_the_city_told_before(pipeline):
    """'jets struck targets in the Golan Heights' right after a clash near Damascus: the act's own
    region, not the city of the sentence before."""
    doc = run(pipeline, "Syrian troops clashed with rebels near Damascus on Monday. Israeli jets struck targets in "
                        "the Golan Heights on Tuesday, killing three fighters.")
    assert "Golan Heights" in places_of(doc, "airstrike")
    doc = run(pipeline, "Government soldiers fought gunmen outside Khartoum on Friday. Troops shelled villages in "
                        "Darfur the next day, killing nine people.")
    assert all(e.location is None or e.location.name != "Khartoum" for e in doc.events if e.type == "shelling")
