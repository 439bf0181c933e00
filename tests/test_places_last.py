"""Places, last round: a town the tagger reads as a nationality, sentences of our own."""
from __future__ import annotations

from written_articles import runner


run = runner("2024-03-12")


def located(doc):
    return [e.location.name if e.location else None for e in doc.events]


def test_a_town_tagged_as_a_nationality_is_the_place_of_the_act(pipeline):
    doc = run(pipeline, "Army troops shelled Omdurman on Monday, killing four civilians, residents said.")
    assert "Omdurman" in located(doc)
    assert any(e.label == "GPE" and e.text == "Omdurman" for e in doc.entities)


def test_a_demonym_keeps_its_nationality_tag(pipeline):
    doc = run(pipeline, "Sudanese troops shelled Omdurman on Monday, killing four civilians.")
    assert any(e.label == "NORP" and e.text == "Sudanese" for e in doc.entities)
    assert "Omdurman" in located(doc)


def test_a_town_across_the_border_of_the_only_country_named_is_the_scene(pipeline):
    doc = run(pipeline, "Turkey said its jets struck militant positions near Manbij on Sunday.")
    assert "Manbij" in located(doc)
    doc = run(pipeline, "Turkish artillery shelled villages near Manbij overnight, a war monitor said. Ankara "
                        "has threatened a new offensive against the Kurdish fighters who hold the area.")
    assert "Manbij" in located(doc)


def test_the_seat_of_government_where_it_is_not_the_capital():
    from sitrep.gazetteer.capitals import capitals, seats_of_government
    seats, caps = seats_of_government(), capitals()
    assert caps["BO"].name == "Sucre" and seats["BO"].name == "La Paz"
    assert seats["NL"].name == "The Hague" and seats["CI"].name == "Abidjan"
    assert seats["FR"] == caps["FR"] and len(seats) == len(caps)


def test_a_seat_of_power_stormed_is_in_the_seat_of_government(pipeline):
    doc = run(pipeline, "Bolivia unrest\nHundreds of miners stormed the parliament building on Monday, Bolivian "
                        "police said.")
    assert "La Paz" in located(doc)
    doc = run(pipeline, "Angry crowds stormed the presidential palace on Friday, Ivorian state television reported.")
    assert "Abidjan" in located(doc)
