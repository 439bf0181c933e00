"""A demonym names an actor, whose country is often not the scene: it is no evidence against
the towns of the country where the act happens ("Russian troops shelled Bakhmut")."""
from __future__ import annotations

import pytest

from sitrep.gazetteer import Gazetteer
from sitrep.gazetteer.build import DEMONYM, PRIMARY, Record, write_index
from sitrep.model import Document
from sitrep.stages.language import Language
from sitrep.stages.places import Places


def _r(gid, name, kind, lat, lon, cc, admin1=None, pop=0, radius=5.0, names=(), capital=False):
    return Record(gid, name, kind, lat, lon, cc, admin1, pop, radius, capital, None,
                  [(name, PRIMARY)] + list(names))


RECORDS = [
    _r("c:ru", "Russia", "country", 60.0, 100.0, "RU", pop=144_000_000, radius=2300, names=[("Russian", DEMONYM)]),
    _r("c:ua", "Ukraine", "country", 49.0, 32.0, "UA", pop=40_000_000, radius=600, names=[("Ukrainian", DEMONYM)]),
    _r("c:et", "Ethiopia", "country", 9.0, 39.5, "ET", pop=110_000_000, radius=600, names=[("Ethiopian", DEMONYM)]),
    _r("c:er", "Eritrea", "country", 15.0, 39.0, "ER", pop=3_500_000, radius=250, names=[("Eritrean", DEMONYM)]),
    _r("g:bakhmut", "Bakhmut", "city", 48.59, 38.0, "UA", "Donetsk", pop=80_500),
    _r("g:toretsk", "Toretsk", "city", 48.40, 37.85, "UA", "Donetsk", pop=31_000),
    _r("g:humera", "Humera", "city", 14.29, 36.6, "ET", "Tigray", pop=30_000),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory, settings):
    from sitrep.pipeline import load_model
    gazetteer = Gazetteer.open(write_index(tmp_path_factory.mktemp("gaz") / "actors.sqlite", RECORDS))
    language = Language(load_model(settings.model))
    places = Places(gazetteer, group_names=frozenset())

    def run(text: str) -> Document:
        return places(language(Document(id="t", source="t", text=text)))
    return run


@pytest.mark.parametrize("text, town, country", [
    ("Russian troops shelled Bakhmut on Tuesday.", "Bakhmut", "UA"),
    ("Russian artillery pounded Toretsk overnight, officials said.", "Toretsk", "UA"),
    ("Eritrean soldiers looted Humera last week.", "Humera", "ET"),
])
def test_a_town_is_kept_though_only_a_foreign_actors_demonym_sets_the_country(read, text, town, country):
    found = [p for p in read(text).places if p.mention == town]
    assert found and found[0].country == country
