"""One event per occurrence: mentions told apart by their means, their day or their question are not
merged into one event. Sentences written for these tests."""
from __future__ import annotations

from written_articles import runner


run = runner("2023-06-12")


def kinds(doc):
    return sorted(e.type for e in doc.events)


def test_a_planted_bomb_and_air_strikes_told_apart_are_two_acts(pipeline):
    doc = run(pipeline, "Strikes and blasts across Syria\n\nA car bomb exploded at a checkpoint in Azaz, killing eight "
                        "people. Russian air strikes on rebel-held villages near Idlib killed 11 civilians.\n")
    assert kinds(doc) == ["airstrike", "explosion"]
    bomb = next(e for e in doc.events if e.type == "explosion")
    assert bomb.quantities.get("fatalities") == 8


def test_air_strikes_with_a_toll_of_their_own_after_exploding_devices_are_another_act(pipeline):
    doc = run(pipeline, "Devices explode across the country\n\nHundreds of pagers exploded across the country on "
                        "Tuesday, killing 12 people. On Friday air strikes on the south killed more than 90 people.\n",
              published="2024-09-28")
    assert kinds(doc) == ["airstrike", "explosion"]
    strikes = next(e for e in doc.events if e.type == "airstrike")
    assert strikes.quantities.get("fatalities") == 90


def test_the_blast_named_again_stays_the_strike(pipeline):
    doc = run(pipeline, "A drone strike hit a fuel depot in Kherson on Monday, killing three workers. The explosion "
                        "could be heard across the city.\n")
    assert [e.type for e in doc.events if e.type in ("airstrike", "explosion")] == ["airstrike"]


def test_a_question_heading_is_no_evidence_of_an_act(pipeline):
    doc = run(pipeline, "Explainer: the deadline\n\nDid the fighting stop before the deadline?\n\nRebels shelled the "
                        "town of Kidal on Tuesday, killing four civilians.\n", published="2023-03-03")
    assert kinds(doc) == ["shelling"]
    assert "?" not in doc.events[0].evidence


def test_a_question_about_troops_reports_no_movement(pipeline):
    doc = run(pipeline, "Why are Serbian troops moving towards the border?\n\nThe army said the soldiers were on "
                        "routine duty.\n")
    assert not [e for e in doc.events if e.type == "deployment"]


def test_same_kind_on_different_days_by_different_sides_stays_two(pipeline):
    doc = run(pipeline, "Rockets and jets\n\nOn Sunday the militia fired 250 rockets at Haifa. On Tuesday Israeli "
                      "jets struck Beirut, killing 12 people.\n", published="2024-10-16")
    assert len(doc.events) == 2
    assert len({e.date.start for e in doc.events if e.date}) == 2


def test_the_other_side_entering_after_a_withdrawal_is_its_own_act(pipeline):
    doc = run(pipeline, "Government troops withdrew from Kidal on Friday. Rebel fighters entered the town the same "
                        "day and took over the governor's office.", published="2023-11-18")
    assert kinds(doc) == ["territory_change", "withdrawal"]
    taking = next(e for e in doc.events if e.type == "territory_change")
    assert "Government" not in " ".join(taking.actors)


def test_moving_in_and_taking_ground_under_one_subject_is_one_taking(pipeline):
    doc = run(pipeline, "Turkish troops moved into the border town of Tal Abyad on Sunday and seized the main "
                        "crossing.", published="2019-10-15")
    assert kinds(doc) == ["territory_change"]
