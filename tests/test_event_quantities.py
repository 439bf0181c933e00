"""Quantities of events (personnel, fatalities, injured, money): how news English writes a count,
and which event of a sentence it belongs to; each on sentences written for these tests."""
from __future__ import annotations

from written_articles import runner


run = runner("2021-06-14")


def events(doc, kind):
    return [e for e in doc.events if e.type == kind]


# -- which event a count belongs to -----------------------------------------------------------
def test_a_count_that_follows_a_date_is_still_a_count(pipeline):
    """'On the evening of March 4 ... wounding 17': the tagger may read the bare 17 as a day."""
    doc = run(pipeline, "On the evening of March 4, an air strike hit an army position near the village, "
                        "killing 21 soldiers and wounding 17, the governor said.")
    (ev,) = events(doc, "airstrike")
    assert ev.quantities.get("fatalities") == 21 and ev.quantities.get("injured") == 17


def test_the_dead_of_a_second_conjunct_are_its_own_events(pipeline):
    """'A killed six ..., and on March 5 four more soldiers died when ... came under shelling':
    the four are the later shelling's, not a second count of the first."""
    doc = run(pipeline, "On March 3, rebel mortar fire killed six soldiers near the town, and on March 5 four "
                        "more soldiers died when their checkpoint came under shelling.")
    tolls = sorted(e.quantities.get("fatalities", 0) for e in events(doc, "shelling"))
    assert tolls == [4, 6]


def test_a_strike_that_destroyed_a_building_owns_its_dead(pipeline):
    """The dead of 'a strike destroyed a market, killing 12' are the strike's, not the destruction's."""
    doc = run(pipeline, "On Monday a drone strike destroyed a market in the northern town of Kharkiv, killing at "
                        "least 12 people, according to local officials.")
    (ev,) = events(doc, "airstrike")
    assert ev.quantities.get("fatalities") == 12 and ev.qualifiers.get("fatalities") == "minimum"


def test_a_relative_clause_on_the_counted_troops_does_not_take_their_count(pipeline):
    """'the withdrawal of the roughly 800 soldiers who were stationed there' is a withdrawal of 800."""
    doc = run(pipeline, "France on Thursday handed the base over to the army, completing the withdrawal of the "
                        "roughly 800 French soldiers who were stationed in the country.")
    (ev,) = events(doc, "withdrawal")
    assert ev.quantities.get("personnel") == 800 and ev.qualifiers.get("personnel") == "approximate"


# -- how a count is written -------------------------------------------------------------------
def test_a_range_is_at_least_its_lower_bound(pipeline):
    """'between 20 and 30', '20 to 25', '20-25': at least 20, whatever the tagger makes of the words."""
    for text in ("Between 20 and 30 civilians were killed when jets bombed a market in the town on Friday.",
                 "Air strikes on the town on Friday killed 20 to 25 civilians, the monitor said.",
                 "Troops killed 20-25 militants in an operation in the district on Friday."):
        doc = run(pipeline, text)
        tolls = [(e.quantities.get("fatalities"), e.qualifiers.get("fatalities")) for e in doc.events]
        assert (20, "minimum") in tolls, text


def test_a_count_that_changed_is_not_a_range(pipeline):
    """'rose from 12 to 20': the count is now 20, not at least 12."""
    doc = run(pipeline, "Gunmen attacked a village near the town on Sunday, and the number of people killed rose "
                        "from 12 to 20 by the evening.")
    assert all(e.quantities.get("fatalities") != 12 for e in doc.events)


def test_a_count_whose_verb_and_noun_are_left_out_adds_to_the_one_before(pipeline):
    """'the army lost 5 soldiers and the militia 3': eight dead in the ambush."""
    doc = run(pipeline, "On Tuesday, rebels ambushed an army convoy near the town; the army lost 5 soldiers and "
                        "the militia 3.")
    assert [e.quantities.get("fatalities") for e in doc.events if e.quantities] == [8]


def test_a_part_of_a_count_is_not_more_of_it(pipeline):
    """'wounded 40, the army 25 of them': forty wounded, not sixty-five."""
    doc = run(pipeline, "The battle near the town on Sunday killed 12 soldiers and 30 rebels, and wounded 40, "
                        "the army 25 of them.")
    (ev,) = [e for e in doc.events if e.quantities]
    assert ev.quantities.get("injured") == 40 and ev.quantities.get("fatalities") == 42


def test_others_and_relatives_are_people(pipeline):
    doc = run(pipeline, "Four soldiers were killed and seven others wounded when a roadside bomb hit their patrol "
                        "near the town on Sunday.")
    (ev,) = [e for e in doc.events if e.quantities]
    assert ev.quantities.get("fatalities") == 4 and ev.quantities.get("injured") == 7


def test_one_person_told_by_an_article_is_a_count(pipeline):
    """'a soldier was killed' is one dead; 'a man and his two sons' three."""
    doc = run(pipeline, "A soldier was killed when rebels attacked an army post near the town on Thursday.")
    assert [e.quantities.get("fatalities") for e in doc.events if e.quantities] == [1]
    doc = run(pipeline, "An Israeli strike on a house in the town on Monday killed a man and his two sons, "
                        "medics said.")
    assert [e.quantities.get("fatalities") for e in doc.events if e.quantities] == [3]


def test_who_a_named_victim_is_adds_no_one(pipeline):
    """'Colonel X, a deputy commander of the brigade, ... were killed': X is not counted twice."""
    doc = run(pipeline, "On Monday several peacekeepers, among them Colonel Pavel Orlov, a deputy commander of the "
                        "brigade, were killed when their car came under fire near a village in the district.")
    assert all(e.quantities.get("fatalities", 0) <= 1 and e.qualifiers.get("fatalities") in (None, "minimum")
               for e in doc.events)
    assert all(e.qualifiers.get("fatalities") == "minimum" for e in doc.events if e.quantities.get("fatalities"))


def test_police_sent_abroad_are_personnel(pipeline):
    doc = run(pipeline, "Kenya deployed 400 police to Haiti on Tuesday.")
    (ev,) = events(doc, "deployment")
    assert ev.quantities.get("personnel") == 400


# -- counts told apart from the act -----------------------------------------------------------
def test_a_count_told_as_done_is_not_the_figure_of_a_denied_act(pipeline):
    doc = run(pipeline, "The ministry said the last units crossed at dawn and that more than 20,000 soldiers had "
                        "been taken over the river, adding that no vehicle had been left behind.")
    assert all(e.quantities.get("personnel") != 20000 for e in doc.events if e.modality == "denied")
    doc = run(pipeline, "The army denied that 500 troops had been deployed to the border on Monday.")
    (ev,) = events(doc, "deployment")
    assert ev.modality == "denied" and ev.quantities.get("personnel") == 500


def test_a_reference_gives_the_act_it_names_its_count(pipeline):
    """'... launched the campaign ... The offensive began with about 9,000 troops': the campaign's."""
    doc = run(pipeline, "The army on Monday declared victory in the city, eight months after its troops launched "
                        "the campaign to retake it.\n\nThe offensive began on March 3 with about 9,000 soldiers "
                        "and police converging on the city.")
    assert any(e.quantities.get("personnel") == 9000 for e in doc.events)


def test_a_toll_told_in_the_next_sentence_is_the_acts(pipeline):
    """'The death toll rose to 19': the attack told just before, its count updated."""
    doc = run(pipeline, "Rebels attacked an army post near the town on Sunday, killing 12 soldiers. The death toll "
                        "rose to 19 on Monday.")
    assert [e.quantities.get("fatalities") for e in doc.events if e.quantities] == [19]


def test_a_toll_of_another_happening_or_a_part_is_not_the_acts(pipeline):
    """'a helicopter crashed, killing six' tells its own cause; 'among the dead' a part of the toll."""
    doc = run(pipeline, "Jets struck a depot near the town on Monday. The same morning a helicopter crashed near "
                        "the base, killing six crew members.")
    assert all("fatalities" not in e.quantities for e in doc.events)
    doc = run(pipeline, "The attack on the base on Monday killed three soldiers. Among the dead were two officers.")
    assert [e.quantities.get("fatalities") for e in doc.events if e.quantities] == [3]


# -- strengths and levels of forces -----------------------------------------------------------
def test_a_strength_written_into_the_unit_is_personnel(pipeline):
    """'a 400-strong contingent', 'a 300-member unit': the unit's strength, whatever its noun."""
    from sitrep.events.quantities import find_quantities
    for text in ("Chad sent a 400-strong contingent to Mali on Monday.",
                 "The ministry said a 400-member unit would leave for the border."):
        sent = next(pipeline.language.nlp(text).sents)
        assert [(q.key, q.value) for q in find_quantities(sent)] == [("personnel", 400)], text


def test_a_part_of_a_force_is_the_count(pipeline):
    """'withdraw 2,000 of its 5,100 troops': 2,000 leave; 5,100 is the whole."""
    doc = run(pipeline, "France will withdraw 2,000 of its 5,100 troops from the Sahel by early next year.")
    (ev,) = events(doc, "withdrawal")
    assert ev.quantities.get("personnel") == 2000


def test_the_level_a_force_is_cut_to_is_its_count(pipeline):
    """'reduce the number of troops from 4,500 to 2,500': the level after the change."""
    doc = run(pipeline, "The Pentagon said on Tuesday it would reduce the number of troops in Afghanistan from "
                        "4,500 to 2,500 by January 15.")
    assert [e.quantities.get("personnel") for e in doc.events if e.quantities] == [2500]
    doc = run(pipeline, "The US has drawn down its forces in Iraq to about 2,500 from 5,200.")
    assert [e.quantities.get("personnel") for e in doc.events if e.quantities] == [2500]


def test_what_the_actors_did_before_is_not_the_acts_count(pipeline):
    """'The rebels, who had killed 20 soldiers in an ambush last week, seized the town': the
    seizure killed no one we are told of."""
    doc = run(pipeline, "The rebels, who had killed 20 soldiers in an ambush last week, seized the town on Sunday.")
    (ev,) = events(doc, "territory_change")
    assert "fatalities" not in ev.quantities


def test_a_relative_clause_on_an_act_or_a_place_keeps_its_count(pipeline):
    """'after days of fighting that killed 40', 'struck a market where 12 people were killed'."""
    doc = run(pipeline, "The separatists seized the port on Saturday after four days of fighting that killed about "
                        "40 people.")
    assert any(e.quantities.get("fatalities") == 40 for e in doc.events)
    doc = run(pipeline, "Jets struck a market in the town on Monday, where 12 people were killed.")
    (ev,) = events(doc, "airstrike")
    assert ev.quantities.get("fatalities") == 12


def test_money_written_with_a_hyphen_is_scaled(pipeline):
    from sitrep.events.quantities import find_quantities
    sent = next(pipeline.language.nlp("The State Department approved a $2.5-billion sale of F-16 jets to Turkey "
                                      "on Friday.").sents)
    assert [(q.key, q.value) for q in find_quantities(sent)] == [("money_usd", 2_500_000_000)]


def test_soldiers_martyred_are_dead(pipeline):
    from sitrep.events.quantities import find_quantities
    sent = next(pipeline.language.nlp("Since the start of the operation, 31 of our soldiers have been "
                                      "martyred.").sents)
    assert [(q.key, q.value) for q in find_quantities(sent)] == [("fatalities", 31)]


def test_a_counted_force_standing_somewhere_is_one_strength(pipeline):
    """'About 2,000 peacekeepers are stationed in the region': one troop level of 2,000, the
    counted noun merged into it, not a second event."""
    doc = run(pipeline, "About 2,000 Russian peacekeepers are stationed in the region.")
    assert [(e.type, e.quantities.get("personnel")) for e in doc.events] == [("troop_level", 2000)]


def test_victims_told_along_with_others_add_up(pipeline):
    """'A commander was killed along with 9 fighters': ten dead."""
    for text in ("A commander of the group was killed along with 9 fighters in an airstrike on Monday.",
                 "The strike killed 9 fighters along with a commander of the group on Monday."):
        doc = run(pipeline, text)
        assert [e.quantities.get("fatalities") for e in doc.events if e.quantities] == [10], text


# -- session 5: ranges tagged as dates, tolls told by a source after the act, single victims --
def test_a_range_the_tagger_reads_as_a_date_is_at_least_its_lower_bound(pipeline):
    """'put the number killed at between 70 and 100': at least 70, not 100."""
    from sitrep.events.quantities import find_quantities
    for text, want in (("Officials put the number of militants killed at between 70 and 100.", ("fatalities", 70)),
                       ("Medics said that between 40 and 50 civilians were wounded when shells hit the market.",
                        ("injured", 40))):
        sent = next(pipeline.language.nlp(text).sents)
        got = [(q.key, q.value, q.qualifier) for q in find_quantities(sent)]
        assert got == [(*want, "minimum")], text


def test_a_toll_a_source_gives_in_the_next_sentence_is_the_acts(pipeline):
    """'Jets struck X. The ministry said 31 people were killed and 101 wounded': the toll's own
    "killed" is no act of its own; the dead and the wounded are the strike's."""
    doc = run(pipeline, "Rebels stormed an army base near the town on Sunday. The army said 14 soldiers were killed "
                        "and 9 wounded.")
    assert [(e.quantities.get("fatalities"), e.quantities.get("injured")) for e in doc.events if e.quantities] \
        == [(14, 9)]
    doc = run(pipeline, "Warplanes struck a fuel depot outside the port city on Monday night. The health ministry "
                        "said 31 people were killed and 101 wounded.")
    assert any(e.type == "airstrike" and e.quantities.get("fatalities") == 31 and e.quantities.get("injured") == 101
               for e in doc.events)


def test_a_part_told_with_no_number_leaves_the_toll_whole(pipeline):
    """'22 passengers were killed, including women and children' is the toll; 'Among the dead
    were two officers' a part of it."""
    doc = run(pipeline, "Gunmen attacked a bus near the border on Friday. Officials said 22 passengers were killed, "
                        "including women and children.")
    assert [e.quantities.get("fatalities") for e in doc.events if e.quantities] == [22]
    doc = run(pipeline, "The attack on the base on Monday killed three soldiers. Among the dead were two officers.")
    assert [e.quantities.get("fatalities") for e in doc.events if e.quantities] == [3]


def test_another_person_and_a_rank_are_one_each(pipeline):
    """'killing a police sergeant and wounding another officer': one dead, one wounded."""
    for text in ("When the patrol arrived, the gunmen opened fire, killing a police sergeant and wounding another "
                 "officer.",
                 "A sniper shot dead one soldier at the checkpoint on Monday and injured another soldier an hour "
                 "later."):
        doc = run(pipeline, text)
        assert [(e.quantities.get("fatalities"), e.quantities.get("injured")) for e in doc.events if e.quantities] \
            == [(1, 1)], text


def test_a_number_written_out_with_and_is_one_number(pipeline):
    """'one hundred and twenty soldiers' is 120, 'two thousand and fifty troops' 2,050."""
    from sitrep.events.quantities import find_quantities
    for text, want in (("One hundred and twenty soldiers were deployed to the border.", 120),
                       ("The ministry said two thousand and fifty troops would take part in the drills.", 2050)):
        sent = next(pipeline.language.nlp(text).sents)
        assert [(q.key, q.value) for q in find_quantities(sent)] == [("personnel", want)], text


def test_comrades_monitors_and_schoolgirls_are_counted(pipeline):
    """Counted soldiers by another name ('1,700 of their comrades', '200 monitors') are
    personnel; schoolgirls seized are people held."""
    from sitrep.events.quantities import find_quantities
    for text, want in (("They will join roughly 1,700 of their comrades who left the base last week.",
                        ("personnel", 1700)),
                       ("The mission will deploy at least 200 monitors along the boundary.", ("personnel", 200)),
                       ("Kidnappers seized 300 schoolgirls from a school in the state on Friday.", ("detained", 300))):
        sent = next(pipeline.language.nlp(text).sents)
        assert [(q.key, q.value) for q in find_quantities(sent)] == [want], text


def test_an_updated_toll_with_its_wounded_is_the_acts(pipeline):
    """'The toll rose to 63 on Sunday, with 182 wounded': the wounded word is no act of its own."""
    for text, want in (("A suicide bomber blew himself up at a wedding in the capital on Saturday. The toll rose to "
                        "63 on Sunday, with 182 wounded.", ("suicide_bombing", 63, 182)),
                       ("Warplanes bombed a crowded market in the town on Monday. By Tuesday the death toll had "
                        "climbed to 40, with more than 70 injured.", ("airstrike", 40, 70))):
        doc = run(pipeline, text)
        assert any((e.type, e.quantities.get("fatalities"), e.quantities.get("injured")) == want
                   for e in doc.events), text


def test_a_victim_and_some_of_his_men_add_up(pipeline):
    """'killed a commander and three of his bodyguards': four dead."""
    for text, want in (("The strike killed a commander and three of his bodyguards in the city on Monday.", 4),
                       ("The ambush killed a captain and two of his men near the village on Friday.", 3)):
        doc = run(pipeline, text)
        assert [e.quantities.get("fatalities") for e in doc.events if e.quantities] == [want], text


def test_a_strength_written_apart_from_its_unit(pipeline):
    """'The brigade, about 5,000 strong, ...': the unit's strength, with no hyphen."""
    from sitrep.events.quantities import find_quantities
    for text, want in (("The brigade, about 5,000 strong, will be stationed in the country.", 5000),
                       ("The militia, some 800 strong, withdrew from the town on Monday.", 800)):
        sent = next(pipeline.language.nlp(text).sents)
        assert [(q.key, q.value) for q in find_quantities(sent)] == [("personnel", want)], text


def test_how_many_took_part_told_after_the_movement_is_its_strength(pipeline):
    """'Britain deployed a battlegroup to Estonia. Some 900 soldiers are taking part.': the
    deployment's 900; a toll or a force still there is not."""
    doc = run(pipeline, "Britain deployed a battlegroup to Estonia on Tuesday. Some 900 soldiers are taking part.")
    assert [(e.type, e.quantities.get("personnel")) for e in doc.events] == [("deployment", 900)]
    doc = run(pipeline, "The alliance moved an armoured division to the border on Monday. Roughly 7,000 troops "
                        "from four countries are involved.")
    assert any(e.type == "deployment" and e.quantities.get("personnel") == 7000 for e in doc.events)
    doc = run(pipeline, "France withdrew its last troops from the base on Friday. About 5,000 French soldiers are "
                        "still in the region.")
    assert all(e.quantities.get("personnel") != 5000 for e in doc.events if e.type == "withdrawal")


def test_the_package_a_pledge_names_has_its_sum(pipeline):
    """'Rice pledged $1 billion ..., the largest US aid package to date': the package, however
    its modality is read, is the pledge named, and its sum is the pledge's."""
    for text, want in (("Japan pledged $300 million on Monday to rebuild the port, its largest aid package for the "
                        "region.", 300_000_000),
                       ("THE AID. Washington has moved quickly to show support. On 3 September the secretary pledged "
                        "$1 billion to help the country rebuild, the largest aid package for it to date.",
                        1_000_000_000)):
        doc = run(pipeline, text)
        aid = events(doc, "military_aid")
        assert aid and all(e.quantities.get("money_usd") == want for e in aid), text


def test_a_strength_told_beside_a_denial_is_the_movement_before(pipeline):
    """'... finished pulling its troops out. He said 4,000 soldiers had been taken across the
    river, adding that no equipment had been abandoned': the withdrawal's 4,000; a count the
    denial governs stays the denial's."""
    doc = run(pipeline, "On Friday the ministry said the army had finished withdrawing its troops from the town. "
                        "A spokesman said more than 4,000 soldiers had been ferried over the river, adding that no "
                        "vehicle had been left behind.")
    wd = [e for e in events(doc, "withdrawal") if e.modality == "asserted"]
    assert wd and all(e.quantities.get("personnel") == 4000 for e in wd)
    doc = run(pipeline, "The last convoy left the base on Sunday, the ministry said. It said some 1,200 personnel had "
                        "gone with it, adding that no weapons had been abandoned.")
    wd = [e for e in events(doc, "withdrawal") if e.modality == "asserted"]
    assert wd and all(e.quantities.get("personnel") == 1200 for e in wd)
    doc = run(pipeline, "The brigade pulled out of the valley on Monday. The army denied that 500 soldiers had been "
                        "left behind.")
    assert all(e.quantities.get("personnel") != 500 for e in doc.events if e.modality == "asserted")


def test_a_second_force_whose_noun_is_left_out_is_counted(pipeline):
    """'withdrew 400 soldiers from Iraq and deployed 250 to Estonia': 250 troops too, the
    deployment's; a count of victims so written stays a toll."""
    from sitrep.events.quantities import find_quantities
    for text, want in (("France will withdraw 2,000 troops from Mali and send 500 to Niger.", [2000, 500]),
                       ("The army moved 300 soldiers to the north and 200 to the coast on Monday.", [300, 200])):
        sent = next(pipeline.language.nlp(text).sents)
        assert [q.value for q in find_quantities(sent) if q.key == "personnel"] == want, text
    doc = run(pipeline, "Britain withdrew 400 soldiers from Iraq on Monday and deployed 250 to Estonia on Tuesday.")
    assert sorted((e.type, e.quantities.get("personnel")) for e in doc.events) == [("deployment", 250),
                                                                                  ("withdrawal", 400)]
    sent = next(pipeline.language.nlp("Troops killed 20 militants in 2020 and 30 in 2021.").sents)
    assert all(q.key != "personnel" for q in find_quantities(sent))


# -- a toll told after the act, by another source, or by a verb of estimating ----------------------
def test_a_toll_told_by_relatives_after_the_strike_is_the_strikes(pipeline):
    """'Relatives said nine members of one family, six of them children, were killed': the parser
    makes the members the object of 'said'; they are the passive's subject, the strike's dead."""
    doc = run(pipeline, "On Sunday a drone struck a car near the airport in Mogadishu. Relatives said nine members "
                        "of one family, six of them children, were killed.")
    (ev,) = events(doc, "airstrike")
    assert ev.quantities.get("fatalities") == 9


def test_a_toll_put_at_a_figure_in_the_next_sentence_is_the_acts(pipeline):
    """'The spokesman put the number of dead at 22': a toll given by a verb of estimating."""
    doc = run(pipeline, "An airstrike hit a wedding party in Helmand province on Saturday. The provincial "
                        "governor's spokesman put the number of dead at 22.")
    (ev,) = events(doc, "airstrike")
    assert ev.quantities.get("fatalities") == 22


def test_a_strength_estimated_in_the_next_sentence_is_the_movements(pipeline):
    """'put their number at some 1,500', 'estimated the force at about 400', 'estimated their
    strength at between 3,000 and 4,000': the strength of the movement just told, with its hedge."""
    for text, kind, value, hedge in (
            ("Mercenaries began withdrawing from the town of Bakhmut on Thursday. The town's mayor put their "
             "number at some 1,500.", "withdrawal", 1500, "approximate"),
            ("Kenya deployed troops to Haiti on Tuesday. Officials estimated the force at about 400.",
             "deployment", 400, "approximate"),
            ("Rwanda deployed troops into Mozambique on Friday. UN experts estimated their strength at between "
             "3,000 and 4,000.", "deployment", 3000, "minimum")):
        doc = run(pipeline, text)
        (ev,) = events(doc, kind)
        assert ev.quantities.get("personnel") == value and ev.qualifiers.get("personnel") == hedge, text


def test_the_size_of_a_crowd_put_at_a_figure_is_not_a_strength(pipeline):
    """'Police put the number of protesters at 5,000': people, not a force that moved."""
    doc = run(pipeline, "Turkey sent troops into northern Syria on Monday. In Istanbul, police put the number of "
                        "protesters at 5,000.")
    assert all(e.quantities.get("personnel") != 5000 for e in doc.events)


# -- the killed and wounded told with a word of their own ------------------------------------------
def test_people_killed_are_counted_whatever_the_quoted_word(pipeline):
    """'killed two ISIS "planners and facilitators" and wounded another': the objects of a verb of
    killing are people, though the word is not a people noun; 'another' is one more wounded."""
    for text, dead, hurt in (
            ("On Thursday a US drone killed two ISIS 'planners and facilitators' and wounded another in eastern "
             "Syria, the command said.", 2, 1),
            ("A drone strike killed two al-Shabaab 'financiers' near Jilib on Monday, the army said.", 2, None)):
        doc = run(pipeline, text)
        tolls = [(e.quantities.get("fatalities"), e.quantities.get("injured")) for e in doc.events]
        assert (dead, hurt) in tolls, (text, tolls)


def test_a_verb_of_killing_does_not_make_cattle_people(pipeline):
    """'killed 40 cattle': an animal counted is not a toll."""
    doc = run(pipeline, "Raiders killed 40 cattle and burned a village near Bor on Monday, officials said.")
    assert all(e.quantities.get("fatalities") != 40 for e in doc.events)


# -- how many took part, told in the next sentence ------------------------------------------------
def test_a_force_told_aboard_after_a_deployment_is_its_strength(pipeline):
    """'About 5,000 sailors are on board': the counted force with no place or date of its own is how
    many the deployment told before involves, not a troop level apart."""
    doc = run(pipeline, "France deployed a frigate to the Red Sea on Monday. Around 200 sailors are aboard.")
    (ev,) = events(doc, "deployment")
    assert ev.quantities.get("personnel") == 200 and ev.qualifiers.get("personnel") == "approximate"


def test_aircraft_that_took_part_are_counted_as_aircraft(pipeline):
    """'Four aircraft from the carrier took part', 'Some 20 aircraft were involved': the strike's
    aircraft, under their own key, not a strength nor a toll."""
    for text, value in (("US jets struck rebel sites near Hodeidah on Sunday. Four aircraft from the carrier took "
                         "part.", 4),
                        ("Israeli jets bombed targets near Damascus on Tuesday. Some 20 aircraft were involved, the "
                         "army said.", 20)):
        doc = run(pipeline, text)
        (ev,) = events(doc, "airstrike")
        assert ev.quantities.get("aircraft") == value and "personnel" not in ev.quantities, text


def test_every_name_of_a_list_of_the_killed_counts(pipeline):
    """'killing Corporal A, Private B and Private C': three dead, though the tagger may miss a name."""
    doc = run(pipeline, "Militants ambushed a convoy near Kandahar on Monday, killing Corporal Ahmad Wali, Private "
                        "Noor Khan and Private Gul Agha, the ministry said.")
    assert [e.quantities.get("fatalities") for e in doc.events if e.quantities.get("fatalities")] == [3]


def test_a_force_numbering_a_figure_has_that_strength(pipeline):
    """'Mercenaries, numbering some 1,500, began withdrawing', 'troops numbering some 2,400': the
    figure the force is said to number is the movement's strength, with its hedge."""
    for text, value in (("Mercenaries, numbering some 1,500, began withdrawing from Bakhmut on Thursday.", 1500),
                        ("French troops numbering some 2,400 began leaving Mali on Tuesday.", 2400)):
        doc = run(pipeline, text)
        (ev,) = events(doc, "withdrawal")
        assert ev.quantities.get("personnel") == value and ev.qualifiers.get("personnel") == "approximate", text
