"""Which place a name is, judged by the document around it: a far foreign namesake in a report on
another country, a province's seat against its province, a list of provinces, and names of people
and groups that the model or the gazetteer offers as places. Sentences are our own; the
gazetteer is a tiny one built here."""
from __future__ import annotations

import pytest

from sitrep.gazetteer import Gazetteer
from sitrep.gazetteer.build import ALT, CURATED, DEMONYM, PRIMARY, Record, write_index
from sitrep.model import Document
from sitrep.stages.language import Language
from sitrep.stages.places import Places, _AREAS_AFTER


def _r(gid, name, kind, lat, lon, cc, admin1=None, pop=0, radius=5.0, names=(), capital=False):
    return Record(gid, name, kind, lat, lon, cc, admin1, pop, radius, capital, None,
                  [(name, PRIMARY)] + list(names))


RECORDS = [
    _r("c:mz", "Mozambique", "country", -18.25, 35.0, "MZ", pop=30_000_000, radius=500,
       names=[("Mozambican", DEMONYM)]),
    _r("a:cabo", "Cabo Delgado", "admin1", -12.33, 39.32, "MZ", "Cabo Delgado", radius=150),
    _r("g:pemba", "Pemba", "city", -12.97, 40.52, "MZ", "Cabo Delgado", pop=140_000),
    _r("g:montepuez", "Montepuez", "city", -13.13, 39.0, "MZ", "Cabo Delgado", pop=76_000),
    _r("g:macomia", "Macomia", "city", -12.25, 40.12, "MZ", "Cabo Delgado", pop=8_000),
    _r("c:es", "Spain", "country", 40.0, -4.0, "ES", pop=47_000_000, radius=450),
    _r("g:palma-es", "Palma", "city", 39.57, 2.65, "ES", "Balearic Islands", pop=438_000),
    _r("g:madrid", "Madrid", "city", 40.42, -3.70, "ES", "Madrid", pop=3_300_000, capital=True),
    _r("c:br", "Brazil", "country", -10.0, -55.0, "BR", pop=210_000_000, radius=1500),
    _r("g:palma-br", "Palma", "city", -21.38, -42.31, "BR", "Minas Gerais", pop=5_700),
    _r("c:ye", "Yemen", "country", 15.5, 47.5, "YE", pop=28_000_000, radius=400),
    _r("a:marib", "Ma'rib", "admin1", 15.52, 45.45, "YE", "Ma'rib", radius=80, names=[("Marib", ALT | CURATED)]),
    _r("g:marib", "Ma'rib", "city", 15.46, 45.33, "YE", "Ma'rib", pop=16_800, names=[("Marib", ALT)]),
    _r("g:sanaa", "Sanaa", "city", 15.35, 44.21, "YE", "Amanat Al Asimah", pop=1_900_000, capital=True),
    _r("c:sy", "Syria", "country", 35.0, 38.0, "SY", pop=20_000_000, radius=240),
    _r("a:idlib", "Idlib", "admin1", 35.83, 36.70, "SY", "Idlib", radius=50),
    _r("g:idlib", "Idlib", "city", 35.93, 36.63, "SY", "Idlib", pop=128_000),
    _r("a:hama", "Hama", "admin1", 35.19, 37.21, "SY", "Hama", radius=70),
    _r("g:hama", "Ḩamāh", "city", 35.13, 36.76, "SY", "Hama", pop=460_000, names=[("Hama", ALT)]),
    _r("c:sd", "Sudan", "country", 16.0, 30.0, "SD", pop=43_000_000, radius=700),
    _r("g:khartoum", "Khartoum", "city", 15.55, 32.53, "SD", "Khartoum", pop=1_970_000, capital=True),
    _r("g:nyala", "Nyala", "city", 12.05, 24.88, "SD", "South Darfur", pop=565_000),
    _r("c:ml", "Mali", "country", 18.0, -2.0, "ML", pop=20_000_000, radius=700),
    _r("g:bamako", "Bamako", "city", 12.61, -7.98, "ML", "Bamako", pop=1_800_000, capital=True),
    _r("c:us", "United States", "country", 39.76, -98.5, "US", pop=327_000_000, radius=1750),
    _r("g:wagner-us", "Wagner", "city", 43.08, -98.29, "US", "South Dakota", pop=1_600),
    _r("g:wagner-br", "Wagner", "city", -12.29, -41.17, "BR", "Bahia", pop=9_500),
    _r("c:ng", "Nigeria", "country", 10.0, 8.0, "NG", pop=200_000_000, radius=600, names=[("Nigerian", DEMONYM)]),
    _r("a:rivers", "Rivers", "admin1", 4.75, 6.83, "NG", "Rivers", radius=80),
    _r("a:bayelsa", "Bayelsa", "admin1", 4.77, 6.07, "NG", "Bayelsa", radius=60),
    _r("g:portharcourt", "Port Harcourt", "city", 4.78, 7.01, "NG", "Rivers", pop=1_100_000),
    _r("c:et", "Ethiopia", "country", 9.0, 39.5, "ET", pop=110_000_000, radius=600),
    _r("a:tigray", "Tigray", "admin1", 14.03, 38.32, "ET", "Tigray", radius=150),
    _r("g:humera", "Humera", "city", 14.29, 36.6, "ET", "Tigray", pop=30_000),
    _r("g:mekele", "Mekele", "city", 13.5, 39.48, "ET", "Tigray", pop=215_000),
    _r("c:cd", "Democratic Republic of the Congo", "country", -2.9, 23.7, "CD", pop=90_000_000, radius=900,
       names=[("Congo", ALT), ("DR Congo", ALT)]),
    _r("g:beni", "Beni", "city", 0.49, 29.47, "CD", "North Kivu", pop=140_000),
    _r("g:butembo", "Butembo", "city", 0.14, 29.29, "CD", "North Kivu", pop=150_000),
    _r("g:goma", "Goma", "city", -1.68, 29.22, "CD", "North Kivu", pop=670_000),
    _r("g:beni-suef", "Beni Suef", "city", 29.07, 31.1, "EG", "Beni Suef", pop=190_000),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory, settings):
    from sitrep.pipeline import load_model
    gazetteer = Gazetteer.open(write_index(tmp_path_factory.mktemp("gaz") / "context.sqlite", RECORDS))
    language = Language(load_model(settings.model))
    places = Places(gazetteer, group_names=frozenset({"wagner", "wagner group", "rsf"}))

    def run(text: str) -> Document:
        return places(language(Document(id="t", source="t", text=text)))
    return run


def _named(doc: Document, mention: str) -> list:
    return [p for p in doc.places if p.mention == mention]


@pytest.mark.parametrize("text", [
    "Insurgents attacked Palma on Wednesday, the army of Mozambique said. Residents fled from Cabo Delgado "
    "to Pemba and Montepuez, and fighting went on near Macomia.",
    "Fighting in Cabo Delgado reached Palma, Mozambican officials said, as families walked south to Pemba. "
    "Aid groups in Montepuez counted hundreds arriving from Palma.",
])
def test_far_foreign_namesake_left_unresolved_in_a_report_on_another_country(read, text):
    doc = read(text)
    for p in _named(doc, "Palma"):
        assert p.country != "ES" and p.lat is None      # not Palma de Mallorca
    assert _named(doc, "Pemba")[0].country == "MZ"


def test_foreign_namesake_kept_when_the_report_names_its_country(read):
    doc = read("Mozambique's president flew from Pemba to Spain, where he met investors in Palma and Madrid.")
    assert [p.country for p in _named(doc, "Palma")] == ["ES"]


@pytest.mark.parametrize("text", [
    "Houthi fighters pushed toward Marib on Tuesday, government officials in Sanaa said.",
    "Shelling of Marib killed four civilians, a medic told reporters in Yemen.",
])
def test_small_seat_of_its_namesake_province_is_the_town(read, text):
    [marib] = _named(read(text), "Marib")
    assert (marib.kind, marib.country) == ("city", "YE")


def test_province_named_as_such_stays_the_province(read):
    [marib] = _named(read("Tribal fighters control most of Marib province, Yemen's army said."), "Marib province")
    assert marib.kind == "admin1"


@pytest.mark.parametrize("text", [
    "Government jets bombed villages across Idlib and Hama provinces on Sunday, Syrian rescuers said.",
    "Aid convoys crossed into Hama and Idlib governorates after the truce.",
])
def test_names_listed_before_a_plural_designator_are_provinces(read, text):
    doc = read(text)
    assert _named(doc, "Idlib")[0].kind == "admin1"
    assert _named(doc, "Hama")[0].kind == "admin1"


def test_bare_names_outside_such_a_list_stay_towns(read):
    doc = read("A market in Idlib was hit on Monday, and rockets fell on Hama, Syrian state media said.")
    assert _named(doc, "Idlib")[0].kind == "city"
    assert _named(doc, "Hama")[0].kind == "city"


@pytest.mark.parametrize("text", [
    "Al-Zubair Hamdan said on Thursday his forces held the airport in Khartoum.",
    "In a speech from Nyala, Al-Zubair Hamdan accused the army of treason.",
])
def test_a_name_that_speaks_is_no_place(read, text):
    doc = read(text)
    assert not [p for p in doc.places if "Hamdan" in p.mention]


def test_a_person_named_in_one_sentence_stays_one_in_the_next(read):
    doc = read("Hemedti vowed to fight on, his aides said. Units loyal to Hemedti control much of Nyala "
               "and parts of Khartoum.")
    assert not [p for p in doc.places if p.mention == "Hemedti"]
    assert _named(doc, "Nyala")[0].country == "SD"


@pytest.mark.parametrize("text", [
    "Wagner denied on Monday that its men had reached Bamako, a Malian official said.",
    "Wagner said its fighters had left Bamako for the north of Mali.",
])
def test_a_group_that_acts_is_not_its_namesake_hamlet(read, text):
    assert not _named(read(text), "Wagner")


def test_list_of_areas_pattern():
    assert _AREAS_AFTER.match(" and Helmand provinces")
    assert _AREAS_AFTER.match(", Bayelsa and Delta states")
    assert not _AREAS_AFTER.match(" and the United States")
    assert not _AREAS_AFTER.match(" provinces")     # a single name: "Gulf states" is no list


def test_a_town_the_tagger_reads_as_a_verb_is_still_a_town(read):
    # the tagger has never seen "Montepuez" and may call it a verb after "leaving"
    doc = read("Families began leaving Montepuez on Sunday, aid workers in Pemba said, as fighting spread "
               "across Cabo Delgado in Mozambique.")
    assert [p.country for p in _named(doc, "Montepuez")] == ["MZ"]


def test_a_surname_namesake_is_still_the_area_it_is_in(read):
    doc = read("Commander Joe Rivers said troops killed 20 militants in Rivers and Bayelsa states, and the "
               "Nigerian navy patrolled off Port Harcourt.")
    assert [p.kind for p in _named(doc, "Rivers")] == ["admin1"]


@pytest.mark.parametrize("text", [
    "Militants attacked Humera on Monday, the army of Ethiopia said. Residents fled toward Mekele, and "
    "fighting spread across Tigray.",
    "Residents fled Humera for Mekele, officials in Tigray said, as Ethiopia sent more troops.",
])
def test_the_one_town_of_its_name_is_kept_in_a_report_on_its_country(read, text):
    assert [p.country for p in _named(read(text), "Humera")] == ["ET"]


def test_a_word_that_begins_longer_names_is_a_town_when_the_name_ends_there(read):
    doc = read("Rebels attacked Beni on Monday, officials in Goma said, and families fled to Butembo in Congo.")
    assert [p.country for p in _named(doc, "Beni")] == ["CD"]
