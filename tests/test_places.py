"""The Places stage on a tiny gazetteer: recognition, resolution by context, relative locations,
demonyms, unresolved names, and the location helper the Events stage uses."""
from __future__ import annotations

import pytest

from sitrep.gazetteer import Gazetteer
from sitrep.gazetteer.build import ABBR, ALT, CURATED, DEMONYM, PRIMARY, SHORT, Record, write_index
from sitrep.model import Document
from sitrep.stages.language import Language
from sitrep.stages.places import Places, location_for_span


def _r(gid, name, kind, lat, lon, cc, admin1=None, pop=0, radius=5.0, names=(), capital=False, detail=None):
    return Record(gid, name, kind, lat, lon, cc, admin1, pop, radius, capital, detail,
                  [(name, PRIMARY)] + list(names))


RECORDS = [
    _r("c:iq", "Iraq", "country", 33.0, 44.0, "IQ", pop=40_000_000, radius=370, detail="SY,TR,IR",
       names=[("Iraqi", DEMONYM), ("Iraqis", DEMONYM)]),
    _r("c:sy", "Syria", "country", 35.0, 38.0, "SY", pop=20_000_000, radius=240, detail="IQ,TR",
       names=[("Syrian", DEMONYM)]),
    _r("c:eg", "Egypt", "country", 27.0, 30.0, "EG", pop=98_000_000, radius=560),
    _r("c:us", "United States", "country", 39.76, -98.5, "US", pop=327_000_000, radius=1750,
       names=[("US", ALT | CURATED), ("U.S.", ALT | CURATED)]),
    _r("a:kirkuk", "Kirkuk", "admin1", 35.33, 43.94, "IQ", "Kirkuk", radius=45),
    _r("a:nineveh", "Nineveh", "admin1", 36.23, 42.24, "IQ", "Nineveh", radius=110, names=[("Ninawa", ALT | CURATED)]),
    _r("a:la", "Louisiana", "admin1", 31.0, -92.0, "US", "Louisiana", radius=250, names=[("La.", ABBR | CURATED)]),
    _r("g:kirkuk", "Kirkuk", "city", 35.468, 44.392, "IQ", "Kirkuk", pop=600_000, radius=15),
    _r("g:mosul", "Mosul", "city", 36.335, 43.119, "IQ", "Nineveh", pop=1_700_000, radius=20),
    _r("g:baghdad", "Baghdad", "city", 33.34, 44.40, "IQ", "Baghdad", pop=7_000_000, radius=30, capital=True),
    _r("g:qaim", "Al Qa'im", "city", 34.393, 40.989, "IQ", "Al Anbar", pop=75_000),
    _r("g:qaim-sa", "Al Qa'im", "city", 16.72, 42.98, "SA", "Jizan", pop=2_000),
    _r("g:abukamal", "Abu Kamal", "city", 34.45, 40.92, "SY", "Deir ez-Zor", pop=50_000),
    _r("g:alex-eg", "Alexandria", "city", 31.2, 29.92, "EG", "Alexandria", pop=3_800_000, radius=25),
    _r("g:alex-la", "Alexandria", "city", 31.31, -92.45, "US", "Louisiana", pop=48_000),
    _r("g:march", "March", "city", 52.55, 0.09, "GB", "England", pop=22_000),
    _r("g:jackson", "Jackson", "city", 32.3, -90.18, "US", "Mississippi", pop=170_000),
    _r("i:k1", "K-1 Air Base", "installation", 35.507, 44.282, "IQ", "Kirkuk", radius=3,
       names=[("K1", ALT | CURATED), ("K1 airbase", ALT | CURATED), ("K1", SHORT)]),
    _r("i:qwest", "Qayyarah Airfield West", "installation", 35.767, 43.125, "IQ", "Nineveh", radius=3,
       names=[("Q-West", ALT | CURATED)]),
    _r("c:ru", "Russia", "country", 60.0, 100.0, "RU", pop=144_000_000, radius=2000, names=[("Russian", DEMONYM)]),
    _r("g:spb-ru", "Saint Petersburg", "city", 59.94, 30.31, "RU", "Saint Petersburg", pop=5_300_000, radius=25),
    _r("g:spb-us", "St. Petersburg", "city", 27.77, -82.68, "US", "Florida", pop=260_000),
    _r("a:bc", "British Columbia", "admin1", 53.7, -127.6, "CA", "British Columbia", radius=600,
       names=[("BC", ABBR | CURATED)]),
    _r("g:bonn", "Bonn", "city", 50.73, 7.10, "DE", "North Rhine-Westphalia", pop=310_000, names=[("Boni", ALT)]),
    _r("g:dc", "Washington", "city", 38.90, -77.04, "US", "District of Columbia", pop=690_000, radius=20, capital=True),
    _r("a:wa", "Washington", "admin1", 47.5, -120.5, "US", "Washington", radius=300),
    _r("c:bs", "The Bahamas", "country", 25.04, -77.37, "BS", pop=400_000, radius=150, names=[("Bahamas", ALT)]),
    _r("l:mosul-dam", "Mosul Dam", "landform", 36.63, 42.82, "IQ", radius=5,
       names=[("Mosul Dam", CURATED)]),
    _r("a:rivers", "Rivers", "admin1", 4.75, 6.83, "NG", "Rivers", radius=80),
    _r("g:highlands", "Highlands", "city", 35.05, -83.2, "US", "North Carolina", pop=1_000),
    _r("a:paul", "Paul", "admin1", 17.1, -25.1, "CV", "Paul", radius=10),
    # one town twice: a counted record under a longer name, a bare one (no population) under its own
    _r("c:ph", "Philippines", "country", 13.0, 122.0, "PH", pop=100_000_000, radius=600),
    _r("g:marawi", "Marawi City", "city", 7.999, 124.292, "PH", "Lanao del Sur", pop=200_000,
       names=[("Marawi", ALT)]),
    _r("csc:marawi", "Marawi", "city", 8.0, 124.3, "PH", "Lanao del Sur"),
    _r("c:pl", "Poland", "country", 52.0, 20.0, "PL", pop=38_000_000, radius=350),
    _r("g:rzeszow", "Rzeszów", "city", 50.04, 22.0, "PL", "Subcarpathia", pop=198_000, names=[("Rzeszow", ALT)]),
    _r("c:tr", "Turkey", "country", 39.0, 35.0, "TR", pop=82_000_000, radius=600, names=[("Turkish", DEMONYM)]),
    _r("g:karkamis", "Karkamış", "city", 36.83, 38.0, "TR", "Gaziantep", pop=5_000, names=[("Karkamis", ALT)]),
    _r("l:mawasi", "al-Mawasi", "city", 31.34, 34.25, "PS", names=[("al-Mawasi", CURATED), ("Mawasi", ALT | CURATED)]),
    _r("a:daraa", "Daraa", "admin1", 32.9, 36.35, "SY", "Daraa", radius=40),
    _r("g:daraa", "Dar‘ā", "city", 32.62, 36.10, "SY", "Daraa", pop=98_000, names=[("Daraa", ALT)]),
    _r("g:hawija", "Al Ḩawījah", "city", 35.33, 43.77, "IQ", "Kirkuk", names=[("Hawija", ALT)]),
    _r("l:rafah-crossing", "Rafah crossing", "landform", 31.247, 34.259, "PS", radius=2,
       names=[("Rafah crossing", CURATED), ("Rafah border crossing", ALT | CURATED)]),
    _r("g:birecik", "Birecik", "city", 37.03, 37.98, "TR", "Sanliurfa", pop=40_000),
    _r("s:atlantic", "Atlantic Ocean", "sea", 10.0, -25.0, None, radius=3000, names=[("Atlantic", ALT | CURATED)]),
]


@pytest.fixture(scope="module")
def tiny_gazetteer(tmp_path_factory):
    path = write_index(tmp_path_factory.mktemp("gaz") / "tiny.sqlite", RECORDS)
    return Gazetteer.open(path)


@pytest.fixture(scope="module")
def read(tiny_gazetteer, settings):
    from sitrep.pipeline import load_model
    language = Language(load_model(settings.model))
    places = Places(tiny_gazetteer)

    def run(text: str) -> Document:
        doc = language(Document(id="t", source="t", text=text))
        return places(doc)
    return run


@pytest.fixture(scope="module")
def stages(tiny_gazetteer, settings):
    from sitrep.pipeline import load_model
    return Language(load_model(settings.model)), Places(tiny_gazetteer)


def by_mention(doc: Document) -> dict:
    return {p.mention: p for p in doc.places}


def test_installation_town_province_and_relative_location(read):
    text = ("Coalition troops left the K1 airbase in the province of Kirkuk "
            "(15 kilometers northwest of Kirkuk) on Sunday. Kirkuk itself stayed calm.")
    doc = read(text)
    m = by_mention(doc)
    k1 = m["K1 airbase"]
    assert (k1.kind, k1.country, k1.gazetteer_id) == ("installation", "IQ", "i:k1")
    assert text[k1.start:k1.end] == "K1 airbase"
    kirkuks = [p for p in doc.places if p.mention == "Kirkuk"]
    assert kirkuks[0].kind == "admin1"                    # "the province of Kirkuk"
    assert kirkuks[-1].kind == "city"                     # the town, elsewhere
    [rel] = [p for p in doc.places if p.kind == "relative"]
    assert rel.mention == "15 kilometers northwest of Kirkuk"
    assert 35.5 < rel.lat < 35.65 and 44.2 < rel.lon < 44.32 and rel.uncertainty_km < 25


def test_container_after_a_comma_picks_the_namesake(read):
    us = by_mention(read("A woman from Alexandria, La., was charged on Friday."))
    assert us["Alexandria"].country == "US" and us["Alexandria"].admin1 == "Louisiana"
    assert us["La."].kind == "admin1"
    eg = by_mention(read("Protesters gathered in Alexandria, the second city of Egypt."))
    assert eg["Alexandria"].country == "EG"


def test_demonyms_are_listed_but_never_an_events_place(read):
    text = "Iraqi forces took over the Q-West base on Monday."
    doc = read(text)
    m = by_mention(doc)
    assert m["Iraqi"].kind == "demonym" and m["Iraqi"].country == "IQ"
    loc = location_for_span(doc, 0, len(text))
    assert loc.name == "Qayyarah Airfield West" and loc.kind == "installation"
    only_demonym = read("Iraqi officials spoke on Monday.")
    assert location_for_span(only_demonym, 0, len(only_demonym.text)) is None


def test_location_prefers_the_most_specific_place(read):
    text = "Rockets hit near Mosul in northern Iraq on Tuesday."
    doc = read(text)
    loc = location_for_span(doc, 0, len(text))
    assert loc.name == "Mosul" and loc.country == "IQ"
    assert location_for_span(doc, 0, 5) is None


def test_transliterations_and_the_border_cue(read):
    doc = read("US troops left the Qaim base near the border with Syria last week.")
    qaim = [p for p in doc.places if p.mention.startswith("Qaim")][0]
    assert qaim.country == "IQ" and abs(qaim.lon - 40.99) < 0.1      # the town on the border, not Jizan's
    [border] = [p for p in doc.places if p.kind == "relative"]
    assert border.mention == "near the border with Syria" and border.lat is not None


def test_a_place_the_gazetteer_lacks_comes_back_unresolved(read):
    doc = read("Fighting was reported in Zorgistan on Monday, officials in Baghdad said.")
    m = by_mention(doc)
    assert m["Baghdad"].lat is not None
    unknown = [p for p in doc.places if p.lat is None]
    assert [p.mention for p in unknown] == ["Zorgistan"]


def test_months_and_people_are_not_places(read):
    doc = read("On March 3, Michael Jackson visited Mosul. Jackson said the visit went well.")
    mentions = [p.mention for p in doc.places]
    assert "March" not in mentions and "Jackson" not in mentions
    assert "Mosul" in mentions


def test_south_of_a_place_without_a_distance(read):
    doc = read("Clashes were reported south of Mosul on Friday.")
    [rel] = [p for p in doc.places if p.kind == "relative"]
    mosul = by_mention(doc)["Mosul"]
    assert rel.lat < mosul.lat and rel.uncertainty_km > 10


def test_offsets_index_the_text(read):
    text = "Troops moved from Baghdad to Mosul and then to the K1 airbase near Kirkuk."
    doc = read(text)
    assert doc.places
    for p in doc.places:
        assert text[p.start:p.end] == p.mention


def test_without_a_gazetteer_the_models_places_stay_unresolved(settings):
    doc = Document(id="t", source="t", text="x")
    from sitrep.model import Entity
    doc.entities = [Entity("GPE", "Mosul", 0, 5)]
    doc.parsed = None
    out = Places(None)(doc)
    assert [(p.mention, p.lat) for p in out.places] == [("Mosul", None)]


def test_a_district_the_gazetteer_lacks_is_placed_in_its_town(read):
    doc = read("Shelling hit the Zuhur district of Mosul on Friday.")
    m = by_mention(doc)
    mosul = m["Mosul"]
    [district] = [p for p in doc.places if p.mention.startswith("Zuhur")]
    assert (district.lat, district.lon) == (mosul.lat, mosul.lon)
    assert district.uncertainty_km >= mosul.uncertainty_km and district.gazetteer_id is None


def test_a_bare_direction_word_is_not_a_first_level_area(read):
    doc = read("Leaders in the West and the East met in Baghdad.")
    assert all(p.kind != "admin1" for p in doc.places)


def test_saint_written_short_is_the_saint_of_the_documents_country(read):
    doc = read("Russia said it would close the US consulate in St. Petersburg. Russian diplomats left Moscow.")
    spb = by_mention(doc)["St. Petersburg"]
    assert (spb.country, spb.gazetteer_id) == ("RU", "g:spb-ru")


def test_news_outlets_and_streets_are_not_places(read):
    text = ("Iraqi troops entered Mosul on Monday, the BBC reported. Shops on Kirkuk Street in Baghdad "
            "stayed open.")
    doc = read(text)
    mentions = [p.mention for p in doc.places]
    assert "Mosul" in mentions and "Baghdad" in mentions
    assert not any("BBC" in m for m in mentions)              # an outlet, and no spelling of "BC"
    assert not any(text[p.start:p.end] == "Kirkuk" for p in doc.places)   # a street's name


def test_an_other_name_of_a_town_abroad_does_not_take_a_village_of_the_story(read):
    doc = read("Iraqi forces moved from Kirkuk to Mosul and Baghdad. In Boni, near Mosul, villagers fled.")
    boni = [p for p in doc.places if p.mention == "Boni"]
    assert not boni or boni[0].country != "DE"


def test_a_leading_the_stays_out_of_the_mention_and_a_lower_case_dam_is_part_of_the_name(read):
    doc = read("The Bahamas and Iraq have promised engineers for the Mosul dam, officials said.")
    m = by_mention(doc)
    assert m["Bahamas"].country == "BS"
    assert m["Mosul dam"].gazetteer_id == "l:mosul-dam"


def test_a_name_listed_with_states_is_a_state(read):
    doc = read("Tech jobs left for states such as Louisiana or Washington last year.")
    assert by_mention(doc)["Washington"].gazetteer_id == "a:wa"


def test_plural_common_nouns_are_no_places_unless_told_as_places(read):
    doc = read("Lakes and Rivers burst their banks near Mosul, and Highlands were cut off.")
    mentions = [p.mention for p in doc.places]
    assert "Rivers" not in mentions and "Highlands" not in mentions and "Mosul" in mentions
    assert "Rivers" in [p.mention for p in read("Gunmen kidnapped two oil workers in Rivers on Monday.").places]


def test_a_first_name_before_a_surname_in_capitals_is_no_place(read):
    doc = read("The Iraqi envoy met Paul KAGAME in Baghdad on Monday.")
    mentions = [p.mention for p in doc.places]
    assert "Paul" not in mentions and "Baghdad" in mentions


def test_a_plural_that_is_a_name_of_its_own_stays_a_place(pipeline):
    # "Kansas" ends like a plural, but the language knows it as a word of its own
    from sitrep.stages.places import _common_nouns, _plural_noun
    places = pipeline.stages[0]
    assert places.common_nouns() == _common_nouns()      # the model's nouns, passed in or read from disk
    nouns = places.common_nouns()
    assert not _plural_noun("Kansas", nouns) and not _plural_noun("Athens", nouns) and _plural_noun("Rivers", nouns)


def test_the_pipeline_gives_places_the_armed_groups_of_its_actor_dictionary(pipeline):
    from sitrep.stages.places import _group_names
    assert pipeline.stages[0].group_names() == _group_names()   # no actor files of the user's here


def test_a_town_listed_twice_is_the_counted_record_and_stays(read):
    # (else the bare record wins on its own name, and is dropped for its unknown size)
    doc = read("Soldiers pushed deeper into Marawi on Tuesday, after a week of air strikes.")
    marawi = by_mention(doc)["Marawi"]
    assert (marawi.gazetteer_id, marawi.country) == ("g:marawi", "PH")


def test_a_town_said_to_be_in_a_country_stays_in_a_report_on_another(read):
    doc = read("Officials in Washington said the United States sent more soldiers from Jackson; "
               "the first US paratroopers landed at Rzeszow, in southeastern Poland, on Thursday.")
    rz = by_mention(doc)["Rzeszow"]
    assert (rz.gazetteer_id, rz.country) == ("g:rzeszow", "PL")


def test_an_ocean_inside_an_organisations_name_is_no_place(read):
    doc = read("The North Atlantic Council met in Baghdad on Monday to discuss Iraq.")
    assert "Atlantic" not in by_mention(doc) and "North Atlantic" not in by_mention(doc)
    assert by_mention(doc)["Baghdad"].gazetteer_id == "g:baghdad"


def _with_entity(stages, text: str, name: str, label: str = "GPE") -> Document:
    """The model's misreading of a name as a place, made sure of by setting the entity."""
    from spacy.tokens import Span
    language, places = stages
    doc = language(Document(id="t", source="t", text=text))
    start = text.index(name)
    span = doc.parsed.char_span(start, start + len(name), label=label)
    doc.parsed.ents = [e for e in doc.parsed.ents if e.end <= span.start or e.start >= span.end] + [span]
    doc.parsed.ents = sorted(doc.parsed.ents, key=lambda e: e.start)
    return places(doc)


def test_a_quantifier_before_a_demonym_is_no_place(stages):
    doc = _with_entity(stages, "Many Iraqis fled Mosul on Sunday.", "Many Iraqis")
    m = by_mention(doc)
    assert "Many Iraqis" not in m
    assert m["Iraqis"].kind == "demonym" and m["Iraqis"].country == "IQ"


def test_an_armed_groups_name_is_no_place(stages):
    doc = _with_entity(stages, "Fighters of M23 entered the town near Mosul on Monday.", "M23")
    assert "M23" not in by_mention(doc)
    assert all(p.kind != "place" for p in doc.places)


@pytest.mark.parametrize("text", [
    "Rockets fired from Syria landed in Karkamis, a Turkish border town, as Iraqi officials met in Baghdad and Mosul.",
    "Rockets fired from Syria hit the Turkish border town of Karkamis, as Iraqi officials met in Baghdad and Mosul.",
])
def test_a_small_town_said_to_be_a_town_of_its_country_stays(read, text):
    k = by_mention(read(text))["Karkamis"]
    assert (k.gazetteer_id, k.country) == ("g:karkamis", "TR")


def test_a_village_of_our_own_list_after_a_preposition_of_place_stays(stages):
    # (the model left the name untagged: only the gazetteer finds it)
    language, places = stages
    text = ("Officials in Washington said the United States and Egypt urged families to move to "
            "al-Mawasi on the coast, and Egyptian officials agreed.")
    doc = language(Document(id="t", source="t", text=text))
    at = text.index("al-Mawasi")
    doc.parsed.ents = [e for e in doc.parsed.ents if not e.start_char <= at < e.end_char]
    m = by_mention(places(doc))["al-Mawasi"]
    assert (m.gazetteer_id, m.country) == ("l:mawasi", "PS")


def test_a_town_of_the_province_named_after_it_is_the_town(read):
    d = by_mention(read("Rebels in the south of Syria took Daraa on Friday."))["Daraa"]
    assert (d.gazetteer_id, d.kind) == ("g:daraa", "city")


def test_a_town_placed_by_a_relative_location_that_agrees_stays(stages):
    # (the model left the name untagged: only the gazetteer finds it)
    language, places = stages
    text = ("The group still holds Hawija, south-west of Kirkuk, officials in Washington and Jackson said "
            "after talks with Egypt and the United States.")
    doc = language(Document(id="t", source="t", text=text))
    at = text.index("Hawija")
    doc.parsed.ents = [e for e in doc.parsed.ents if not e.start_char <= at < e.end_char]
    h = by_mention(places(doc))["Hawija"]
    assert (h.gazetteer_id, h.country) == ("g:hawija", "IQ")


def test_a_named_crossing_with_its_lower_case_head_is_the_crossing(read):
    m = by_mention(read("Tanks drove into the Gaza side of the Rafah border crossing with Egypt on Tuesday."))
    c = m["Rafah border crossing"]
    assert (c.gazetteer_id, c.kind) == ("l:rafah-crossing", "landform")


@pytest.mark.parametrize("text", [
    "Iraqi and Syrian officials met in Baghdad, Mosul and Kirkuk and then in Egypt as Turkish trucks drove "
    "from Karkamis to Birecik.",
    "Iraqi and Syrian officials met in Baghdad, Mosul and Kirkuk and then in Egypt as trucks crossed "
    "the Turkish border village of Karkamis and on to Birecik.",
])
def test_a_town_on_a_route_from_a_town_of_its_country_stays(read, text):
    b = by_mention(read(text))["Birecik"]
    assert (b.gazetteer_id, b.country) == ("g:birecik", "TR")


def test_a_sites_short_name_after_its_full_name_is_the_site(stages):
    from spacy.tokens import Span
    language, places = stages
    text = "Iraqi forces took over Qayyarah Airfield West on Monday. The first aircraft left Qayyarah on Tuesday."
    doc = language(Document(id="t", source="t", text=text))
    at = text.rindex("Qayyarah")
    span = doc.parsed.char_span(at, at + len("Qayyarah"), label="GPE")
    doc.parsed.ents = sorted([e for e in doc.parsed.ents if e.end <= span.start or e.start >= span.end] + [span],
                             key=lambda e: e.start)
    short = [p for p in places(doc).places if p.start == at][0]
    assert (short.gazetteer_id, short.kind) == ("i:qwest", "installation")
