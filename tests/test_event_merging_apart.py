"""Acts of one kind told apart by their places: a province does not take in a town of another province, and a
country told in a sentence of its own takes in its own places only. Sentences written for these tests."""
from __future__ import annotations

from sitrep.events.merging import _contains, _same_place
from sitrep.model import Location

from written_articles import runner


run = runner("2023-04-24")


HIIRAAN = Location(name="Hiiraan", lat=4.3, lon=45.3, country="SO", admin1="Hiiraan", kind="admin1",
                   uncertainty_km=80)
BELEDWEYNE = Location(name="Beledweyne", lat=4.74, lon=45.2, country="SO", admin1="Hiiraan", kind="city")
KISMAYO = Location(name="Kismayo", lat=-0.36, lon=42.55, country="SO", admin1="Lower Juba", kind="city")
SOMALIA = Location(name="Somalia", lat=5.0, lon=46.0, country="SO", kind="country")
KENYA = Location(name="Kenya", lat=0.5, lon=38.0, country="KE", kind="country")


def test_a_province_takes_in_its_own_towns_only():
    assert _contains(HIIRAAN, BELEDWEYNE)
    assert not _contains(HIIRAAN, KISMAYO)
    assert _same_place(HIIRAAN, BELEDWEYNE) and not _same_place(HIIRAAN, KISMAYO)


def test_a_country_apart_takes_in_its_own_places_only():
    assert _contains(SOMALIA, KISMAYO, apart=True)
    assert not _contains(KENYA, KISMAYO, apart=True)
    assert _contains(KENYA, KISMAYO)   # within one sentence, a country named may be whom the act concerns


def test_strikes_in_a_province_and_a_bombing_in_another_towns_stay_two(pipeline):
    doc = run(pipeline, "Three air strikes hit al-Shabaab positions in the Middle Juba region on Tuesday. "
                        "The bombing in Mogadishu killed twelve people.")
    kinds = sorted(e.type for e in doc.events)
    assert len([e for e in doc.events if e.type in ("airstrike", "explosion", "attack")]) == 2, kinds


def test_an_act_told_then_carried_on_by_a_plan_is_a_planned_act_of_its_own(pipeline):
    doc = run(pipeline, "Russian warships held live-fire drills in the Baltic Sea on Monday, the fleet said. "
                        "On Tuesday the ships fired cruise missiles at floating targets. "
                        "The fleet later said it would extend the drills until Friday.", published="2023-06-07")
    modes = sorted(e.modality for e in doc.events if e.type == "exercise")
    assert "asserted" in modes and "planned" in modes
