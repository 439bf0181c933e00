"""Acts the detection stage used to miss, on sentences written for these tests: a side's own force taken
back, aid promised to a state, an assault fought off or a storming by armed men, and a participle's act at
the very start of a text."""
from __future__ import annotations

import pytest

from sitrep.model import RawArticle


def events(pipeline, text, published="2023-11-14"):
    doc = pipeline.process(RawArticle(source="test", id="t", text=text, published=published, exact_text=True))
    return [(e.type, e.modality) for e in doc.events]


@pytest.mark.parametrize("sentence, modality", [
    ("Under the deal, the militia is to move its fighters north of the river.", "planned"),
    ("The rebels will pull their fighters back from the front line.", "planned"),
    ("Russia said it would take its troops back from the border.", "planned"),
    ("The army withdrew its units behind the river on Monday.", "asserted"),
])
def test_a_sides_own_force_taken_back_is_a_withdrawal(pipeline, sentence, modality):
    assert ("withdrawal", modality) in events(pipeline, sentence)


def test_troops_moved_to_a_town_are_no_withdrawal(pipeline):
    assert "withdrawal" not in [k for k, _ in events(pipeline, "The army moved its troops to Kherson on Monday.")]


@pytest.mark.parametrize("sentence", [
    "Washington promised Kyiv more air defence systems on Monday.",
    "London has pledged Ukraine long-range missiles.",
    "The tanks that Berlin has committed to Ukraine will arrive in March.",
])
def test_arms_promised_to_a_state_are_military_aid(pipeline, sentence):
    assert "military_aid" in [k for k, _ in events(pipeline, sentence)]


def test_aid_promised_that_is_no_weapon_is_no_military_aid(pipeline):
    assert "military_aid" not in [k for k, _ in events(pipeline, "Paris promised Beirut food aid on Monday.")]


@pytest.mark.parametrize("sentence, kind", [
    ("The defenders repelled an assault on the village on Monday.", "clash"),
    ("Soldiers repulsed a rebel raid on their base near Kidal on Sunday.", "clash"),
    ("Rebels crossed the river from Uganda and stormed villages in Ituri.", "attack"),
    ("Jihadists stormed the town of Diabaly on Monday.", "attack"),
])
def test_an_assault_fought_off_or_a_storming_is_an_act_of_war(pipeline, sentence, kind):
    assert (kind, "asserted") in events(pipeline, sentence)


@pytest.mark.parametrize("text", [
    "Haftar, meeting Putin in Moscow on Monday, said the war would go on.\n",
    "Lula, receiving the Chinese envoy in Brasilia on Friday, said the war must end.\n",
])
def test_a_meeting_in_a_participle_opening_the_text_is_diplomacy(pipeline, text):
    assert ("diplomacy", "asserted") in events(pipeline, text)


@pytest.mark.parametrize("sentence", [
    "The commander announced on Friday that his men had seized Bakhmut.",
    "Kyiv announced that its troops had taken Kupiansk.",
])
def test_a_town_named_last_after_a_verb_of_taking_is_ground_taken(pipeline, sentence):
    assert ("territory_change", "asserted") in events(pipeline, sentence)
