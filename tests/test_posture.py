"""Force posture: installation timelines and troop levels, from canonical events, with sources."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from fuse_data import IRAQ, K1, TAJI, document, event, place
from sitrep.faces.cli import app
from sitrep.fuse.posture import installation_timeline
from sitrep.fuse.sites import installation_of, only_attacked_there
from sitrep.fuse.troops import troop_levels
from sitrep.store import Store


def canon(i, kind, start, actors=(), targets=(), modality="asserted", **q):
    return {"id": i, "type": kind, "modality": modality, "date": {"start": start, "end": start},
            "actors": list(actors), "targets": list(targets), "quantities": q, "location": {"country": "IQ"},
            "sources": [{"document": 100 + i, "outlet": "X", "url": None, "published": start, "evidence": kind}]}


def test_those_who_tell_of_a_base_and_the_base_itself_never_hold_it():
    at_base = canon(2, "troop_level", "2020-01-08", ["Ain al-Assad"], personnel=1500)
    at_base["location"] = {"name": "Ain al-Asad Air Base", "country": "IQ"}
    spans = installation_timeline([
        canon(1, "deployment", "2020-01-05", ["US forces"]),
        at_base,
        canon(3, "deployment", "2020-01-09", ["Officials"]),
        canon(4, "handover", "2020-03-29", ["US-led coalition"], ["military officials"]),
    ])
    holders = [(s["start"], s["holder"], s["occupants"]) for s in spans]
    assert holders[:2] == [("2020-01-05", "US forces", ["US forces"]), ("2020-01-08", "US forces", ["US forces"])]
    assert spans[1]["personnel"] == 1500
    # the officials' "deployment" (no force, no figure) tells nothing of the base: not even a source
    assert len(spans) == 3 and [x["event"] for x in spans[1]["sources"]] == [2]
    assert spans[-1]["status"] == "handed over" and spans[-1]["holder"] is None
    # a report that changes nothing joins the state it confirms
    spans = installation_timeline([canon(1, "deployment", "2020-01-05", ["US forces"]),
                                   canon(2, "deployment", "2020-01-09", ["US forces"])])
    assert len(spans) == 1 and [x["event"] for x in spans[0]["sources"]] == [1, 2]


def test_the_timeline_follows_deployments_withdrawals_and_the_handover():
    spans = installation_timeline([
        canon(5, "handover", "2020-03-29", ["US-led coalition"], ["Iraqi army"]),
        canon(1, "troop_level", "2020-01-07", ["United States"], personnel=1000),
        canon(2, "deployment", "2020-01-10", ["British Army"], personnel=200),
        canon(3, "withdrawal", "2020-03-20", ["British Army"], personnel=150),
        canon(4, "withdrawal", "2020-03-25", ["US forces"]),
        canon(6, "withdrawal", "2020-04-10", ["Iraqi army"], modality="planned"),   # a plan changes nothing
    ])
    assert [(s["start"], s["end"], s["status"], s["holder"], s["personnel"]) for s in spans] == [
        ("2020-01-07", "2020-01-09", "active", "United States", 1000),
        ("2020-01-10", "2020-03-19", "active", "United States", 1200),
        ("2020-03-20", "2020-03-24", "active", "United States", 1050),
        ("2020-03-25", "2020-03-28", "active", "British Army", None),
        ("2020-03-29", None, "handed over", "Iraqi army", None),
    ]
    assert spans[1]["occupants"] == ["United States", "British Army"]
    assert spans[0]["sources"][0]["event"] == 1 and spans[0]["sources"][0]["document"] == 101


def test_a_full_withdrawal_closes_the_installation():
    spans = installation_timeline([canon(1, "deployment", "2020-01-01", ["France"], personnel=200),
                                   canon(2, "withdrawal", "2020-03-25", ["French troops"])])
    assert spans[-1]["status"] == "closed" and spans[-1]["holder"] is None and spans[-1]["occupants"] == []


def test_an_event_is_at_the_installation_its_sentence_names():
    text = "Coalition troops left K1 air base near Kirkuk on Sunday."
    places = [place("K1 air base", text, name="K1 Air Base", lat=35.51, lon=44.28, country="IQ",
                    kind="installation").to_dict(),
              place("Kirkuk", text, name="Kirkuk", lat=35.47, lon=44.39, country="IQ", kind="city").to_dict()]
    ev = {"type": "withdrawal", "start": 0, "end": len(text),
          "location": {"name": "Kirkuk", "lat": 35.47, "lon": 44.39, "country": "IQ", "kind": "city"}}
    assert installation_of(ev, places)["name"] == "K1 Air Base"
    assert installation_of(dict(ev, type="shelling"), places) is None     # only force-posture kinds
    assert installation_of({"type": "shelling", "location": dict(K1)}, [])["name"] == "K1 Air Base"


@pytest.fixture
def store(tmp_path):
    s = Store(str(tmp_path / "posture.db"))
    text = "The US-led coalition handed over K1 air base near Kirkuk to the Iraqi army on Sunday."
    kirkuk = dict(name="Kirkuk", lat=35.47, lon=44.39, country="IQ", kind="city")
    s.save(document("deploy", "A", "2020-01-08", [
        event("troop_level", "About 300 coalition troops are based at K1 air base.", start="2020-01-08",
              place=K1, actors=["US-led coalition"], personnel=300)]))
    s.save(document("handover", "B", "2020-03-29", [
        event("handover", text, start="2020-03-29", place=kirkuk, actors=["US-led coalition"],
              targets=["Iraqi army"])], body=text + " Officials said the move was long planned.",
        places=[place("K1 air base", text, name="K1 Air Base", lat=35.51, lon=44.28, country="IQ",
                      kind="installation")]))
    s.save(document("taji", "C", "2020-01-09", [
        event("troop_level", "Camp Taji hosts several hundred trainers.", start="2020-01-09", place=TAJI,
              actors=["United States", "Australia"], personnel=500)]))
    s.save(document("iraq", "D", "2020-01-07", [
        event("troop_level", "About 5,200 US troops are in Iraq.", start="2020-01-07", place=IRAQ,
              actors=["United States"], personnel=5200),
        event("deployment", "The Pentagon sent 750 more soldiers to Iraq.", start="2020-01-09", place=IRAQ,
              actors=["US"], personnel=750)]))
    yield s
    s.close()


def test_installations_are_records_with_timelines_and_sources(store):
    names = [i["name"] for i in store.posture()]
    assert names == ["Camp Taji", "K1 Air Base"]          # Iraq is a country, not an installation
    k1 = store.posture("k1")[0]
    assert (k1["lat"], k1["lon"], k1["country"]) == (35.51, 44.28, "IQ")
    assert [(t["start"], t["end"], t["status"], t["holder"], t["personnel"]) for t in k1["timeline"]] == [
        ("2020-01-08", "2020-03-28", "active", "US-led coalition", 300),
        ("2020-03-29", None, "handed over", "Iraqi army", None)]
    assert k1["timeline"][1]["sources"][0]["document"] == 2
    on_day = store.posture("K1", at=__import__("datetime").date(2020, 2, 1))[0]["timeline"]
    assert len(on_day) == 1 and on_day[0]["status"] == "active"
    assert store.posture("K1", at=__import__("datetime").date(2019, 12, 1)) == []


def test_troop_levels_per_country_and_force(store):
    series = {(g["country"], g["place"], g["force"]): g["series"] for g in store.troop_levels()}
    us = series[("IQ", None, "United States")]            # "US" and "United States" are one force
    assert [(p["date"], p["type"], p["change"], p["level"]) for p in us] == [
        ("2020-01-07", "troop_level", None, 5200), ("2020-01-09", "deployment", 750, 5950)]
    assert us[1]["sources"][0]["document"] == 4
    # a base's figure is that base's, not the country's
    assert [p["level"] for p in series[("IQ", "Camp Taji", "United States")]] == [500]
    assert [p["level"] for p in series[("IQ", "K1 Air Base", "US-led coalition")]] == [300]


def test_the_pure_troop_series_ignores_plans():
    rows = troop_levels([canon(1, "troop_level", "2020-01-01", ["France"], personnel=200),
                         canon(2, "withdrawal", "2020-03-01", ["France"], modality="planned", personnel=200)])
    assert [p["level"] for p in rows[0]["series"]] == [200]


def test_posture_command_prints_installations_as_json(store, tmp_path):
    db = str(store.url).removeprefix("sqlite:///")
    res = CliRunner().invoke(app, ["posture", "--db", db, "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert isinstance(rows, list) and {r["name"] for r in rows} == {"Camp Taji", "K1 Air Base"}
    for r in rows:
        assert set(r) >= {"name", "lat", "lon", "country", "kind", "timeline"}
        for t in r["timeline"]:
            assert set(t) >= {"start", "end", "status", "holder", "personnel", "sources"}
    res = CliRunner().invoke(app, ["posture", "K1", "--db", db, "--at", "2020-03-30", "--format", "json"])
    assert [t["status"] for t in json.loads(res.stdout)[0]["timeline"]] == ["handed over"]
    assert CliRunner().invoke(app, ["posture", "--db", db]).exit_code == 0
    assert CliRunner().invoke(app, ["posture", "--db", db, "--troops"]).exit_code == 0
    assert CliRunner().invoke(app, ["posture", "--db", db, "--at", "March"]).exit_code != 0


def test_events_command_lists_canonical_events_with_provenance(store):
    db = str(store.url).removeprefix("sqlite:///")
    res = CliRunner().invoke(app, ["events", "--db", db, "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert len(rows) == 5
    for r in rows:
        assert set(r) >= {"id", "type", "modality", "date", "location", "actors", "quantities", "evidence",
                          "sources", "report_count", "outlet_count", "values"}
        assert not any(k.startswith("_") for k in r)
    assert CliRunner().invoke(app, ["events", "--db", db]).exit_code == 0
    assert "report_count" in CliRunner().invoke(app, ["events", "--db", db, "--format", "csv"]).stdout


def test_the_receiver_of_a_handover_is_read_from_the_evidence_when_no_target_is_given():
    ev = canon(1, "handover", "2020-03-26", ["US-led coalition"])
    ev["evidence"] = "The coalition handed Qayyarah Airfield West to Iraqi forces on Thursday."
    assert installation_timeline([ev])[0]["holder"] == "Iraqi forces"
    ev["evidence"] = "The coalition handed over its base at al-Qaim on March 17."
    assert installation_timeline([ev])[0]["holder"] is None        # nobody named: not guessed


def test_the_receiver_may_be_named_by_the_same_days_withdrawal():
    handover = canon(2, "handover", "2020-03-29", ["US-led coalition"])
    handover["evidence"] = "Coalition quits K-1 base in Kirkuk"
    withdrawal = canon(1, "withdrawal", "2020-03-29", ["US-led coalition"])
    withdrawal["evidence"] = "Coalition forces on Sunday withdrew from K1 and handed it over to the Iraqi army."
    (span,) = installation_timeline([handover, withdrawal])
    assert (span["status"], span["holder"]) == ("handed over", "Iraqi army")


def test_another_report_of_an_event_on_the_timeline_adds_its_source(tmp_path):
    s = Store(str(tmp_path / "again.db"))
    for key, outlet in (("a", "A"), ("b", "B"), ("c", "C")):
        s.save(document(key, outlet, "2020-01-09", [
            event("troop_level", f"Camp Taji hosts about 500 trainers, {outlet} reported.", start="2020-01-09",
                  place=TAJI, actors=["United States"], personnel=500)]))
    (span,) = s.posture("Taji")[0]["timeline"]
    assert (span["status"], span["personnel"]) == ("active", 500)
    assert [x["document"] for x in span["sources"]] == [1, 2, 3]
    s.close()


def test_a_timeline_rewritten_from_the_day_of_a_change_is_the_one_worked_out_whole(tmp_path, monkeypatch):
    # reports arriving out of order: each rewrites the timeline from its own day only
    told = [("2020-01-05", "deployment", ["US forces"], {"personnel": 500}),
            ("2020-03-29", "handover", ["US forces"], {}),
            ("2020-01-20", "deployment", ["Italian troops"], {"personnel": 200}),
            ("2020-02-10", "withdrawal", ["Italian troops"], {}),
            ("2020-01-01", "troop_level", ["US forces"], {"personnel": 400}),
            ("2020-02-10", "troop_level", ["US forces"], {"personnel": 450}),
            ("2020-04-02", "deployment", ["Iraqi army"], {})]
    from sitrep.store import fusion
    timelines = []
    for whole in (False, True):
        if whole:
            rebuild = fusion.Fuser.rebuild_installation
            monkeypatch.setattr(fusion.Fuser, "rebuild_installation",
                                lambda self, conn, iid, since=None: rebuild(self, conn, iid, None))
        s = Store(str(tmp_path / f"order-{whole}.db"))
        for n, (start, kind, actors, q) in enumerate(told):
            s.save(document(f"r{n}", f"O{n}", start, [
                event(kind, f"Report {n}: {kind} of {actors[0]} at K1 air base.", start=start, place=K1,
                      actors=actors, **q)]))
        timelines.append(s.posture("K1")[0]["timeline"])
        s.close()
    partial, whole = timelines
    assert partial == whole and len(whole) >= 5
    assert whole[-1]["status"] == "handed over" or whole[-1]["holder"] == "Iraqi army"


def _told(ev, *evidence):
    ev["sources"] = [dict(ev["sources"][0], document=200 + n, evidence=t) for n, t in enumerate(evidence)]
    ev["evidence"] = evidence[0]
    return ev


def test_a_withdrawal_whose_reports_hand_the_base_over_is_the_handovers_other_side():
    level = canon(1, "troop_level", "2020-03-01", ["US-led coalition"], personnel=300)
    left = _told(canon(2, "withdrawal", "2020-03-29", ["US-led coalition"]),
                 "The coalition pulled out of the K-1 military base on Sunday and handed it to Iraqi forces.")
    for ev in (level, left):
        ev["location"] = {"name": "K-1 Air Base", "country": "IQ", "kind": "installation"}
    spans = installation_timeline([level, left])
    assert [(s["status"], s["holder"], s["personnel"]) for s in spans] == [
        ("active", "US-led coalition", 300), ("handed over", "Iraqi forces", None)]
    # a base handed over elsewhere in the sentence is not this one's receiver
    left = _told(canon(2, "withdrawal", "2020-03-29", ["US-led coalition"]),
                 "The coalition left K-1 on Sunday, after it handed al-Qaim base to Iraqi border guards.")
    left["location"] = {"name": "K-1 Air Base", "country": "IQ", "kind": "installation"}
    assert installation_timeline([level, left])[-1]["status"] == "closed"


def test_the_handing_force_retold_after_the_handover_has_not_come_back():
    handover = _told(canon(1, "handover", "2020-03-26", ["US-led coalition"]),
                     "The coalition on Thursday handed Qayyarah Airfield West over to Iraqi forces.")
    before = _told(canon(2, "deployment", "2020-03-29", ["US-led coalition"], personnel=300),
                   "Roughly 300 coalition personnel had been stationed at the airfield.",
                   "The coalition handed over Qayyarah Airfield West last Thursday and the K1 base on Sunday, "
                   "moving troops into a smaller number of larger bases.")
    (span,) = installation_timeline([handover, before])
    assert (span["status"], span["holder"], span["occupants"], span["personnel"]) == \
        ("handed over", "Iraqi forces", ["Iraqi forces"], None)
    assert [x["event"] for x in span["sources"]] == [1, 2, 2]
    # a force that arrives after the handover is there
    back = _told(canon(3, "deployment", "2020-05-01", ["US-led coalition"], personnel=100),
                 "About 100 coalition troops returned to the airfield on Friday.")
    spans = installation_timeline([handover, before, back])
    assert (spans[-1]["status"], spans[-1]["occupants"], spans[-1]["personnel"]) == \
        ("active", ["Iraqi forces", "US-led coalition"], 100)


def test_a_troop_level_without_its_figure_takes_the_one_its_evidence_gives():
    ev = _told(canon(1, "troop_level", "2020-01-08", ["Ain al-Assad"]),
               "Ain al-Assad, a sprawling desert base, houses about 1,500 US and coalition troops.")
    ev["location"] = {"name": "Ain al-Asad Air Base", "country": "IQ", "kind": "installation"}
    assert installation_timeline([ev])[0]["personnel"] == 1500
    ev = _told(canon(1, "troop_level", "2020-01-08", ["United States"]),
               "The base houses 1,500 US troops and 300 British soldiers.")
    assert installation_timeline([ev])[0]["personnel"] is None      # two figures: none guessed


def test_the_handed_base_may_be_named_rather_than_it():
    left = _told(canon(2, "withdrawal", "2020-03-29", ["US-led coalition"]),
                 "US-led coalition forces on Sunday handed over the K1 air base northwest of Kirkuk to the Iraqi military.")
    left["location"] = {"name": "K-1 Air Base", "country": "IQ", "kind": "installation"}
    assert installation_timeline([left])[-1][("holder")] == "Iraqi military"


def test_a_later_report_whose_wording_hands_the_base_over_rebuilds_the_timeline(tmp_path):
    s = Store(str(tmp_path / "later.db"))
    s.save(document("level", "A", "2020-03-01", [
        event("troop_level", "About 300 coalition troops are based at K1 air base.", start="2020-03-01",
              place=K1, actors=["US-led coalition"], personnel=300)]))
    s.save(document("left", "B", "2020-03-29", [
        event("withdrawal", "The US-led coalition left K1 air base on Sunday.", start="2020-03-29",
              place=K1, actors=["US-led coalition"])]))
    assert s.posture("K1")[0]["timeline"][-1]["status"] == "closed"
    s.save(document("handed", "C", "2020-03-29", [
        event("withdrawal", "The US-led coalition pulled out of K1 air base on Sunday and handed it to the Iraqi army.",
              start="2020-03-29", place=K1, actors=["US-led coalition"])]))
    last = s.posture("K1")[0]["timeline"][-1]
    assert (last["status"], last["holder"]) == ("handed over", "Iraqi army")
    assert {x["document"] for x in last["sources"]} == {2, 3}
    s.close()


def test_the_troop_series_of_a_base_handed_over_is_not_raised_by_its_retelling():
    qwest = {"name": "Qayyarah Airfield West", "lat": 35.77, "lon": 43.13, "country": "IQ", "kind": "installation",
             "uncertainty_km": 3.0}
    handover = _told(canon(1, "handover", "2020-03-26", ["US-led coalition"], ["Iraqi forces"]),
                     "The coalition on Thursday handed Qayyarah Airfield West over to Iraqi forces.")
    before = _told(canon(2, "deployment", "2020-03-29", ["US-led coalition"], personnel=300),
                   "Roughly 300 coalition personnel had been stationed at the airfield.")
    level = _told(canon(3, "troop_level", "2020-01-08", ["Ain al-Assad"]),
                  "Ain al-Assad houses about 1,500 US and coalition troops.")
    for ev in (handover, before):
        ev["location"] = dict(qwest)
    level["location"] = {"name": "Ain al-Asad Air Base", "lat": 33.8, "lon": 42.44, "country": "IQ",
                         "kind": "installation", "uncertainty_km": 3.0}
    assert troop_levels([handover, before, level]) == []     # the base itself is no force
    assert [p["level"] for p in troop_levels([dict(level, actors=["United States"])])[0]["series"]] == [1500]
    arrived = _told(canon(4, "deployment", "2020-05-01", ["US-led coalition"], personnel=100),
                    "About 100 coalition troops returned to the airfield.")
    arrived["location"] = dict(qwest)
    (series,) = troop_levels([handover, before, arrived])
    assert [(p["date"], p["change"]) for p in series["series"]] == [("2020-05-01", 100)]


def test_a_base_named_only_as_where_an_attack_struck_is_not_where_the_event_happened(tmp_path):
    ev = {"type": "handover", "location": dict(TAJI),
          "evidence": "His men had taken over the perimeter on Tuesday. … Officials said the handover was not "
                      "related to the rocket attacks of the past week on Camp Taji."}
    assert only_attacked_there(ev)
    assert not only_attacked_there(dict(ev, type="attack"))          # an attack is where it struck
    ev2 = dict(ev, evidence="The coalition left Camp Taji on Sunday, days after rocket attacks on Camp Taji.")
    assert not only_attacked_there(ev2)
    s = Store(str(tmp_path / "attacked.db"))
    s.save(document("taji", "A", "2020-03-17", [
        event("handover", ev["evidence"], start="2020-03-17", place=TAJI, actors=["Iraq"])]))
    assert s.posture() == []
    s.close()


def test_a_sentence_naming_a_base_only_as_where_an_attack_struck_does_not_move_the_event_there():
    text = ("His men had taken over the perimeter on Tuesday. … Officials said the handover was not related "
            "to the rocket attacks on Camp Taji.")
    places = [place("Camp Taji", text, name="Camp Taji", lat=33.53, lon=44.26, country="IQ",
                    kind="installation").to_dict()]
    ev = {"type": "handover", "start": 0, "end": len(text), "evidence": text, "location": dict(IRAQ)}
    assert installation_of(ev, places) is None
    left = "The coalition left Camp Taji on Tuesday, a week after rocket attacks on the base."
    places = [place("Camp Taji", left, name="Camp Taji", lat=33.53, lon=44.26, country="IQ",
                    kind="installation").to_dict()]
    assert installation_of(dict(ev, evidence=left, end=len(left)), places)["name"] == "Camp Taji"


def test_an_installation_is_found_by_its_name_written_without_its_hyphens_or_spaces(tmp_path):
    s = Store(str(tmp_path / "names.db"))
    s.save(document("k1", "A", "2020-01-08", [
        event("troop_level", "About 300 coalition troops are based at K-1 air base.", start="2020-01-08",
              place=dict(K1, name="K-1 Air Base"), actors=["US-led coalition"], personnel=300)]))
    assert [i["name"] for i in s.posture("K1")] == [i["name"] for i in s.posture("k-1 air")] == ["K-1 Air Base"]
    assert s.posture("Taji") == []
    s.close()


def test_a_withdrawal_of_unknown_forces_on_the_day_of_the_handover_is_its_other_side():
    spans = installation_timeline([
        canon(1, "troop_level", "2020-03-01", ["US-led coalition", "Iraqi army"], personnel=300),
        canon(3, "handover", "2020-03-26", ["US-led coalition"], ["Iraqi army"]),
        canon(2, "withdrawal", "2020-03-26", []),
    ])
    assert [(s["start"], s["status"], s["holder"], s["occupants"]) for s in spans] == [
        ("2020-03-01", "active", "US-led coalition", ["US-led coalition", "Iraqi army"], ),
        ("2020-03-26", "handed over", "Iraqi army", ["Iraqi army"])]
    assert [x["event"] for x in spans[1]["sources"]] == [2, 3]


def _base_handed_over_twice():
    """A base the coalition hands to Iraqi forces, who hand it to Kurdish forces; the coalition's
    former presence is then retold, and Italian troops arrive."""
    return [canon(1, "deployment", "2020-01-05", ["US-led coalition"], personnel=500),
            canon(2, "deployment", "2020-02-01", ["Italian troops"], personnel=200),
            canon(3, "handover", "2020-03-26", ["US-led coalition"], ["Iraqi forces"]),
            canon(4, "handover", "2020-04-05", ["Iraqi forces"], ["Kurdish forces"]),
            _told(canon(5, "deployment", "2020-04-20", ["US-led coalition"], personnel=300),
                  "Roughly 300 coalition personnel had been stationed at the base."),
            canon(6, "deployment", "2020-05-01", ["Italian troops"], personnel=100),
            canon(7, "withdrawal", "2020-06-01", ["Italian troops"])]


def test_a_timeline_resumed_from_a_stored_span_is_the_rest_of_the_whole_one():
    from sitrep.fuse.posture import timeline_after, timeline_and_handers
    events = _base_handed_over_twice()
    whole, handers = timeline_and_handers(events)
    assert installation_timeline(events) == whole and len(whole) >= 5
    for k in range(1, len(whole)):
        later = [ev for ev in events if ev["date"]["start"] >= whole[k]["start"]]
        assert timeline_after(dict(whole[k - 1], handed_by=handers[k - 1]), later) == (whole[k:], handers[k:])
    # the forces that had handed the base over are part of the state resumed from: without them,
    # the coalition's retold presence after the second handover would bring it back
    k = next(k for k, sp in enumerate(whole) if sp["start"] == "2020-04-05")
    assert handers[k - 1] == ["US-led coalition"] and "US-led coalition" not in whole[k]["occupants"]
    later = [ev for ev in events if ev["date"]["start"] >= "2020-04-05"]
    forgetful, _ = timeline_after(dict(whole[k - 1], handed_by=[]), later)
    assert "US-led coalition" in forgetful[-1]["occupants"] and "US-led coalition" not in whole[-1]["occupants"]


def test_a_timeline_replay_that_would_change_the_span_it_resumes_from_is_refused():
    from sitrep.fuse.posture import timeline_after, timeline_and_handers
    events = _base_handed_over_twice()
    whole, handers = timeline_and_handers(events)
    # an event of the resumed span's own day (it belongs to the state resumed from) would extend it
    assert timeline_after(dict(whole[0], handed_by=handers[0]), [events[0]]) is None


def _posture_told_in(path, order):
    """K1's timeline after the reports of `_base_handed_over_twice` are stored in `order`."""
    s = Store(str(path))
    events = {ev["id"]: ev for ev in _base_handed_over_twice()}
    for n in order:
        ev = events[n]
        words = ev["sources"][0]["evidence"] if n == 5 else f"Report {n}: {ev['type']} at K1 air base."
        s.save(document(f"r{n}", f"O{n}", ev["date"]["start"], [
            event(ev["type"], words, start=ev["date"]["start"], place=K1, actors=ev["actors"],
                  targets=ev["targets"], **ev["quantities"])]))
    timeline = s.posture("K1")[0]["timeline"]
    s.close()
    return timeline


def test_the_store_resumes_a_timeline_and_gets_the_whole_one(tmp_path, monkeypatch):
    from sitrep.fuse import posture
    from sitrep.store import fusion
    order = [1, 2, 3, 4, 6, 7, 5]       # the coalition's presence retold last, after the second handover
    replays = []
    monkeypatch.setattr(fusion, "timeline_after",
                        lambda before, evs: replays.append(posture.timeline_after(before, evs)) or replays[-1])
    resumed = _posture_told_in(tmp_path / "resumed.db", order)
    assert any(r is not None for r in replays)
    monkeypatch.setattr(fusion.Fuser, "_resumed_timeline", lambda self, conn, iid, since: None)
    assert resumed == _posture_told_in(tmp_path / "whole.db", order)
    assert "US-led coalition" not in resumed[-1]["occupants"]
