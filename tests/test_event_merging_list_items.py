"""Acts told on different lines of a bulleted list are separate events: each line is a brief of its own.
Sentences written for these tests."""
from __future__ import annotations

from written_articles import runner


run = runner("2023-04-20")


def test_a_seizure_and_a_toll_on_other_dash_lines_stay_two(pipeline):
    doc = run(pipeline, "Sudan round-up\n\n- Khartoum: on Saturday, paramilitary fighters stormed the presidential "
                        "palace and held guards there.\n- Kordofan: two nurses were killed in fighting in El Obeid.\n")
    assert len(doc.events) >= 2, [(e.type, e.actors) for e in doc.events]
    toll = [e for e in doc.events if e.quantities.get("fatalities") == 2]
    assert toll and not any("paramilitary fighters" in e.actors for e in toll), [(e.type, e.actors) for e in toll]


def test_a_capture_and_a_shelling_on_other_star_lines_stay_two(pipeline):
    doc = run(pipeline, "Yemen briefing\n\n* Aden: rebels captured a checkpoint and arrested officers.\n"
                        "* Marib: four farmers died in shelling near Sirwah.\n", published="2022-05-03")
    killed = [e for e in doc.events if e.quantities.get("fatalities") == 4]
    assert killed and all(e.type != "territory_change" for e in killed), [(e.type, e.actors) for e in doc.events]
