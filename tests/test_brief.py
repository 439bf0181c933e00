"""Country briefs from a hand-made store: developments in time order with sources, posture, map."""
from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from xml.etree import ElementTree

import pytest
from typer.testing import CliRunner

import brief_data
from sitrep.faces import brief
from sitrep.faces.cli import app
from sitrep.faces.countries import country
from sitrep.store import Store

runner = CliRunner()
MARCH = ["--country", "Iraq", "--since", "2020-03-01", "--until", "2020-03-31"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return brief_data.filled_store(tmp_path_factory.mktemp("brief"))


@pytest.fixture(scope="module")
def march(db):
    store = Store(db)
    b = brief.build(store, "IQ", date(2020, 3, 1), date(2020, 3, 31), today=date(2020, 4, 1))
    store.close()
    return b


def test_countries_by_name_or_code():
    assert country("Iraq").iso2 == country("iq").iso2 == country("IRQ").iso2 == country("368").iso2 == "IQ"
    assert country("United States").iso2 == country("USA").iso2 == "US"
    assert country("Atlantis") is None


def test_developments_are_the_months_events_in_time_order(march):
    devs = march.developments
    assert [d["type"] for d in devs] == ["protest", "troop_level", "shelling", "airstrike", "handover",
                                         "withdrawal", "handover"]
    assert [d["n"] for d in devs] == list(range(1, 8))
    places = [d["place"] for d in devs]
    assert places[-1].startswith("K1 Air Base") and "Jurf al-Sakhar" in places[3]
    assert not any("Deir ez-Zor" in p for p in places)          # another country
    assert not any("drone strike" in d["evidence"] for d in devs)  # another month
    k1 = devs[-1]
    assert [s["name"] for s in k1["sources"]] == ["Reuters", "AP", "Stars and Stripes"]
    assert k1["report_count"] == 3 and k1["outlet_count"] == 3
    assert devs[5]["modality"] == "planned"
    assert march.totals["events"] == 7


def test_top_keeps_the_most_significant_still_in_time_order(db):
    store = Store(db)
    b = brief.build(store, "IQ", date(2020, 3, 1), date(2020, 3, 31), top=3)
    assert len(b.developments) == 3
    assert {d["type"] for d in b.developments} >= {"shelling", "handover"}   # corroborated, deadly, posture
    assert [d["n"] for d in b.developments] == [1, 2, 3]
    assert b.developments == sorted(b.developments, key=lambda d: d["n"])


def test_markdown_brief(march):
    md = brief.to_markdown(march, map_src="iraq.map.svg")
    assert md.startswith("# Iraq: 1–31 Mar 2020")
    # developments in time order, each with its sources
    heads = re.findall(r"^\d+\. \*\*(.+?)\*\*", md, re.M)
    assert heads[0].startswith("2 Mar 2020: Protest") and heads[-1].startswith("29 Mar 2020: Handover, K1 Air Base")
    assert md.index("11 Mar 2020: Shelling") < md.index("13 Mar 2020: Airstrike") < md.index("17 Mar 2020: Handover")
    assert "[Reuters](https://reuters.example/k1_reuters), [AP](https://ap.example/k1_ap)" in md
    assert "(3 reports, 3 outlets)" in md and "(2 reports, 2 outlets)" in md
    assert "Reports differ on injured" in md                      # 12 against 14 wounded at Taji
    assert "![Map of the events in Iraq" in md and "(iraq.map.svg)" in md
    # the posture table: both bases handed over, and the troop level
    posture = md[md.index("## Posture"):md.index("## Events by kind")]
    assert re.search(r"\| K1 Air Base \| handed over to Iraqi army \| 29 Mar 2020 \|", posture)
    assert re.search(r"\| Al-Qaim base \| handed over to Iraqi security forces \|", posture)
    assert re.search(r"\| 2 Mar 2020 \| US forces \| Troop level \|  \| 5,200 \|", posture)
    counts = md[md.index("## Events by kind"):]
    assert "| Handover | 2 | 4 | 0 |" in counts and "| Shelling | 1 | 2 | 3 |" in counts
    assert "| Airstrike | 1 | 1 | 6 |" in counts


def test_map_is_svg_with_the_country_and_a_point_per_place(march):
    root = ElementTree.fromstring(march.map_svg)
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg"
    circles = [c for c in root.iter(f"{ns}circle") if c.get("class") == "event"]
    assert len(circles) == 5          # K1, Al-Qaim, Taji, Jurf al-Sakhar, Baghdad (the country-wide ones are not points)
    width, height = float(root.get("width")), float(root.get("height"))
    assert all(0 < float(c.get("cx")) < width and 0 < float(c.get("cy")) < height for c in circles)
    labels = " ".join(t.text or "" for t in root.iter(f"{ns}text"))
    assert "K1 Air Base [7]" in labels and "SYRIA" in labels and "IRAN" in labels
    # K1 (north-east) is right of and above Al-Qaim (west): the projection keeps east right and north up
    k1 = next(c for c in circles if "K1" in c.findtext(f"{ns}title", ""))
    qaim = next(c for c in circles if "Al-Qaim" in c.findtext(f"{ns}title", ""))
    assert float(k1.get("cx")) > float(qaim.get("cx")) and float(k1.get("cy")) < float(qaim.get("cy"))
    assert float(k1.get("r")) > float(qaim.get("r"))            # three reports against one


def test_html_brief_embeds_the_map_and_escapes_text(march):
    html = brief.to_html(march)
    assert html.lstrip().startswith("<!DOCTYPE html>") and "<svg" in html and "<style>" in html
    assert (html.index('class="kind">Protest<') < html.index('class="kind">Shelling<')
            < html.index('class="place">K1 Air Base (Kirkuk)</span>'))
    assert '<a href="https://ap.example/k1_ap">AP</a>' in html
    assert "Installation</th>" in html and "handed over to Iraqi army" in html
    assert "Baghdad&#39;s Tahrir Square" in html or "Baghdad&#x27;s Tahrir Square" in html


def test_cli_markdown_writes_the_map_beside_it(db, tmp_path):
    out = tmp_path / "briefs" / "iraq-march.md"
    res = runner.invoke(app, ["brief", "--db", db, *MARCH, "--output", str(out)])
    assert res.exit_code == 0, res.output
    svg = tmp_path / "briefs" / "iraq-march.map.svg"
    assert out.exists() and svg.exists() and "(iraq-march.map.svg)" in out.read_text()
    ElementTree.fromstring(svg.read_text())
    res = runner.invoke(app, ["brief", "--db", db, "--country", "IQ", "--since", "2020-03-01",
                              "--until", "2020-03-31", "--format", "html"])
    assert res.exit_code == 0 and "<svg" in res.stdout and "K1 Air Base" in res.stdout


def test_empty_period_still_gives_a_brief(db):
    store = Store(db)
    b = brief.build(store, "IQ", date(2021, 1, 1), date(2021, 1, 31))
    md = brief.to_markdown(b)
    assert "No events were reported for Iraq" in md and "data:image/svg+xml;base64," in md
    # the posture still holds: the bases' state and the last troop level before the period
    assert "| K1 Air Base | handed over to Iraqi army | 29 Mar 2020 |" in md
    assert "| 2 Mar 2020 (before the period) | US forces |" in md
    assert md.rstrip().endswith("No events.")


def test_posture_from_events_when_the_store_has_no_posture(db):
    class EventsOnly:                 # a store that gives events but no installations or troop levels
        def __init__(self, store):
            self.events = store.events
    b = brief.build(EventsOnly(Store(db)), "IQ", date(2020, 3, 1), date(2020, 3, 31))
    assert b.posture_from == "events"
    assert {i["name"]: i["status"] for i in b.installations} == {
        "Al-Qaim base": "handed over to Iraqi security forces", "K1 Air Base": "handed over to Iraqi army"}
    assert [(t["force"], t["level"]) for t in b.troops] == [("US forces", "5,200")]


def test_bad_arguments(db):
    assert runner.invoke(app, ["brief", "--db", db, "--country", "Atlantis"]).exit_code != 0
    res = runner.invoke(app, ["brief", "--db", db, *MARCH, "--format", "docx"])
    assert res.exit_code != 0 and "md" in res.output


def test_pdf_brief(db, tmp_path):
    problem = brief.pdf_unavailable()
    if problem:
        pytest.skip(problem)
    out = tmp_path / "iraq.pdf"
    res = runner.invoke(app, ["brief", "--db", db, *MARCH, "--format", "pdf", "--output", str(out)])
    assert res.exit_code == 0, res.output
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF") and len(data) > 5000
    if shutil.which("pdftotext"):           # Debian's poppler-utils, where installed: read the text back
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Key developments" in text and "K1 Air Base" in text and "Bases and installations" in text
        assert text.index("Protest") < text.index("Shelling")
        assert "SYRIA" in text                 # the map is drawn in, as vector text


def test_pdf_missing_weasyprint_is_a_clear_error(db, tmp_path, monkeypatch):
    monkeypatch.setattr(brief, "pdf_unavailable", lambda: "--format pdf needs WeasyPrint: pip install weasyprint==70.0")
    res = runner.invoke(app, ["brief", "--db", db, *MARCH, "--format", "pdf", "--output", str(tmp_path / "x.pdf")])
    assert res.exit_code == 2 and "pip install weasyprint" in res.output
    assert not (tmp_path / "x.pdf").exists()
