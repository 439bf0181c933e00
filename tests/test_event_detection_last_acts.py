"""Acts the detection stage used to miss, on sentences written for these tests: fighting told by the sound
of gunfire, and a head of state or government taking office."""
from __future__ import annotations

import pytest

from written_articles import runner

run = runner("2023-05-14")


def events(pipeline, text):
    return [(e.type, e.modality, e.location.name if e.location else None) for e in run(pipeline, text).events]


@pytest.mark.parametrize("sentence, place", [
    ("Sporadic gunfire rang out in Khartoum on Sunday, residents said.", "Khartoum"),
    ("Heavy gunfire was heard in Khartoum overnight.", "Khartoum"),
    ("Gunfire erupted near the parliament in Mogadishu on Thursday.", "Mogadishu"),
    ("Shots rang out near the presidential palace in Bamako on Friday, witnesses said.", "Bamako"),
])
def test_gunfire_heard_is_a_clash_there(pipeline, sentence, place):
    assert ("clash", "asserted", place) in events(pipeline, sentence)


@pytest.mark.parametrize("sentence", [
    "Abiy Ahmed was sworn in as prime minister of Ethiopia on Monday.",
    "William Ruto was inaugurated as president of Kenya on Tuesday in Nairobi.",
    "Bola Tinubu was sworn in as president on Monday.",
])
def test_a_head_of_state_taking_office_is_a_group_change(pipeline, sentence):
    assert "group_change" in [k for k, _, _ in events(pipeline, sentence)]


@pytest.mark.parametrize("sentence", [
    "The new health minister was sworn in on Monday.",
    "Twelve jurors were sworn in at the court in Nairobi on Monday.",
])
def test_other_ceremonies_are_no_group_change(pipeline, sentence):
    assert "group_change" not in [k for k, _, _ in events(pipeline, sentence)]


@pytest.mark.parametrize("sentence, place, day", [
    ("On a trip to Warsaw on Tuesday, Blinken pledged more support for Ukraine.", "Warsaw", "2023-05-09"),
    ("During a visit to Kyiv on Friday, Scholz announced new air defence systems.", "Kyiv", "2023-05-12"),
    ("Welcomed in Khartoum by Burhan on Saturday, the envoy said the talks would continue.", "Khartoum",
     "2023-05-13"),
    ("Received in Riyadh by Crown Prince Mohammed bin Salman on Thursday, Erdogan signed several deals.",
     "Riyadh", "2023-05-11"),
])
def test_a_visit_told_by_a_fronted_phrase_is_diplomacy_there_that_day(pipeline, sentence, place, day):
    doc = run(pipeline, sentence)
    assert any(e.type == "diplomacy" and e.location and e.location.name == place and str(e.date.start) == day
               for e in doc.events)


@pytest.mark.parametrize("sentence, place", [
    ("Zelensky, on a surprise visit to Washington on Wednesday, met Biden.", "Washington"),
    ("Macron, on a two-day trip to Beijing on Thursday, held talks with Xi.", "Beijing"),
])
def test_a_visit_folded_into_the_meeting_places_it(pipeline, sentence, place):
    assert ("diplomacy", "asserted", place) in events(pipeline, sentence)
