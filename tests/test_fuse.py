"""Cross-document fusion: near-duplicates, canonical events, dates, conflicts, provenance, links."""
from __future__ import annotations

import itertools

import pytest
from sqlalchemy import select

from fuse_data import BAGHDAD, BASRA, IRAQ, K1, TAJI, day, document, event
from sitrep.fuse.blocking import block_keys
from sitrep.fuse.cited import CitedOutlets
from sitrep.fuse.kinds import kind_compatibility
from sitrep.fuse.links import carry_links
from sitrep.fuse.match import match_score, scoring_form
from sitrep.fuse.merge import merge_mentions
from sitrep.fuse.neardup import NearDuplicates
from sitrep.fuse.provenance import independence
from sitrep.store import Store
from sitrep.store.schema import canonical_events

ARTICLE = ("Rockets struck Camp Taji north of Baghdad on Wednesday evening, killing two American soldiers and a "
           "British medic and wounding about a dozen others, the US-led coalition said in a statement. It was the "
           "deadliest attack on coalition forces in Iraq since a rocket barrage in December killed a US contractor "
           "at the K1 base near Kirkuk. Iraqi security forces later found a truck fitted with launchers a few "
           "kilometres from the base. No group claimed responsibility, but US officials have blamed Kataib "
           "Hezbollah for earlier attacks on bases hosting American troops.")


@pytest.fixture
def store(tmp_path):
    s = Store(str(tmp_path / "fuse.db"))
    yield s
    s.close()


def only(store):
    evs = store.events()
    assert len(evs) == 1, [(e["type"], e["report_count"]) for e in evs]
    return evs[0]


# -- near-duplicates -----------------------------------------------------------------------
def test_a_lightly_edited_copy_is_a_near_duplicate_and_another_article_is_not():
    nd = NearDuplicates()
    copy = ARTICLE.replace("Wednesday evening", "Wednesday night").replace("about a dozen", "12") + " (AFP)"
    a, b = nd.signature(ARTICLE), nd.signature(copy)
    assert nd.similarity(a, b) >= nd.threshold
    assert set(nd.band_keys(a)) & set(nd.band_keys(b))
    other = nd.signature("Iraq's parliament voted on Sunday to ask the government to end the presence of foreign "
                         "troops in the country, two days after a US drone strike at Baghdad airport killed an "
                         "Iranian general and an Iraqi militia leader, in a session boycotted by Kurdish members.")
    assert nd.similarity(a, other) < 0.2
    assert nd.signature("Too short to tell.") is None


def test_syndicated_copies_found_across_ingest_runs_count_once(tmp_path):
    path = str(tmp_path / "runs.db")
    ev = dict(start="2020-03-11", place=TAJI, actors=["unknown militants"], targets=["US-led coalition"])
    first = Store(path)
    first.save(document("wire", "Harbor Wire", "2020-03-12",
                        [event("shelling", "Rockets struck Camp Taji north of Baghdad on Wednesday evening",
                               fatalities=3, **ev)], body=ARTICLE))
    first.close()
    second = Store(path)                        # a later run, a new Store: the bands are in the database
    copy = "Euphrates Post staff. " + ARTICLE.replace("Wednesday evening", "Wednesday night")
    second.save(document("repost", "Euphrates Post", "2020-03-12",
                         [event("shelling", "Rockets struck Camp Taji north of Baghdad on Wednesday night",
                                fatalities=3, **ev)], body=copy))
    e = only(second)
    assert len(e["sources"]) == 2                          # kept as sources ...
    assert e["report_count"] == 1 and e["outlet_count"] == 1   # ... counted once
    assert e["sources"][1]["duplicate_of"] == e["sources"][0]["document"]
    second.close()


# -- fusion ----------------------------------------------------------------------------------
def test_a_precise_date_refines_a_vague_one(store):
    store.save(document("a", "Northline News", "2020-03-30", [
        event("handover", "The coalition handed over K1 air base to the Iraqi army this month.",
              start="2020-03-01", end="2020-03-31", text="this month", place=K1, actors=["US-led coalition"])]))
    store.save(document("b", "Tigris Observer", "2020-03-27", [
        event("handover", "On Thursday 26 March the coalition handed K1 to Iraqi forces.", start="2020-03-26",
              text="Thursday 26 March", place=K1, actors=["coalition"])]))
    e = only(store)
    assert e["date"]["start"] == e["date"]["end"] == "2020-03-26"
    assert e["date"]["text"] == "Thursday 26 March"
    assert "date" not in e["values"]                     # a refinement, not a conflict
    assert e["report_count"] == 2 and e["outlet_count"] == 2
    assert {s["document"] for s in e["sources"]} == {1, 2}
    assert all(set(s) >= {"document", "outlet", "url", "published", "evidence"} for s in e["sources"])


def test_conflicting_figures_are_kept_with_their_sources_and_a_reason(store):
    store.save(document("a", "Northline News", "2020-03-29", [
        event("withdrawal", "About 500 coalition troops left K1 air base on Sunday.", start="2020-03-29",
              place=K1, actors=["US-led coalition"], personnel=500)]))
    store.save(document("b", "Harbor Wire", "2020-03-29", [
        event("withdrawal", "Some 600 coalition soldiers pulled out of K1 on Sunday.", start="2020-03-29",
              place=K1, actors=["coalition"], personnel=600)]))
    e = only(store)
    conflict = e["values"]["personnel"]
    assert {(r["value"], tuple(r["sources"])) for r in conflict["reported"]} == {(500, (1,)), (600, (2,))}
    assert conflict["chosen"] == e["quantities"]["personnel"] and conflict["reason"]
    store.save(document("c", "Tigris Observer", "2020-03-30", [
        event("withdrawal", "Six hundred troops withdrew from the K1 base on Sunday.", start="2020-03-29",
              place=K1, actors=["coalition"], personnel=600)]))
    e = only(store)
    assert e["quantities"]["personnel"] == 600
    assert "2 of 3" in e["values"]["personnel"]["reason"]


def test_an_exact_figure_wins_over_a_lower_bound():
    def m(doc, n, q=None):
        ev = event("shelling", "rockets hit the base", start="2020-03-11", place=TAJI, fatalities=n).to_dict()
        if q:
            ev["qualifiers"] = {"fatalities": q}
        return {"event": ev, "source": {"document": doc, "published": "2020-03-12"}}
    merged = merge_mentions([m(1, 2, "minimum"), m(2, 3)])
    assert merged["quantities"]["fatalities"] == 3
    assert "lower bound" in merged["values"]["fatalities"]["reason"]


def test_rising_tolls_prefer_the_latest_report():
    def m(doc, n, published):
        return {"event": event("airstrike", "the strike killed", start="2020-01-03", fatalities=n).to_dict(),
                "source": {"document": doc, "published": published}}
    merged = merge_mentions([m(1, 7, "2020-01-03"), m(2, 10, "2020-01-04")])
    assert merged["quantities"]["fatalities"] == 10
    assert "most recent" in merged["values"]["fatalities"]["reason"]


def test_reports_of_different_happenings_stay_apart(store):
    store.save(document("a", "A", "2020-03-12", [
        event("shelling", "Rockets hit Camp Taji on Wednesday.", start="2020-03-11", place=TAJI),
        event("protest", "Thousands protested in Basra on Wednesday.", start="2020-03-11", place=BASRA)]))
    store.save(document("b", "B", "2020-03-12", [
        # same kind and day, 400 km away
        event("shelling", "Mortars struck Basra airport on Wednesday.", start="2020-03-11", place=BASRA),
        # same place, a week later
        event("shelling", "More rockets hit Camp Taji on Saturday.", start="2020-03-18", place=TAJI)]))
    store.save(document("c", "C", "2020-03-12", [
        # same day and place, but the strike back: actors and targets swapped
        event("airstrike", "US aircraft struck Kataib Hezbollah near Taji.", start="2020-03-11", place=TAJI,
              actors=["United States"], targets=["Kataib Hezbollah"])]))
    store.save(document("d", "D", "2020-03-12", [
        event("shelling", "Kataib Hezbollah fired rockets at US troops at Taji.", start="2020-03-11", place=TAJI,
              actors=["Kataib Hezbollah"], targets=["US troops"])]))
    kinds = sorted((e["type"], e["location"]["name"], e["date"]["start"], e["report_count"]) for e in store.events())
    assert kinds == [("airstrike", "Camp Taji", "2020-03-11", 1), ("protest", "Basra", "2020-03-11", 1),
                     ("shelling", "Basra", "2020-03-11", 1), ("shelling", "Camp Taji", "2020-03-11", 2),
                     ("shelling", "Camp Taji", "2020-03-18", 1)]


def test_statements_by_other_speakers_are_other_statements(store):
    store.save(document("a", "A", "2020-01-05", [
        event("statement", "NATO said it had suspended its training mission in Iraq.", start="2020-01-04",
              place=IRAQ, actors=["NATO"])]))
    store.save(document("b", "B", "2020-01-05", [
        event("statement", "The US-led coalition said it had suspended training of Iraqi forces.",
              start="2020-01-04", place=IRAQ, actors=["US-led coalition"])]))
    assert len(store.events()) == 2


def test_kinds_one_reporter_may_call_by_anothers_name_merge(store):
    store.save(document("a", "A", "2020-01-03", [
        event("airstrike", "A US drone strike at Baghdad airport killed Qassem Soleimani early on Friday.",
              start="2020-01-03", place=BAGHDAD, actors=["United States"])]))
    store.save(document("b", "B", "2020-01-04", [
        event("attack", "The attack that killed Soleimani at Baghdad airport happened at 12:50 am on Friday.",
              start="2020-01-03", place=BAGHDAD, actors=["US forces"])]))
    e = only(store)
    assert e["type"] == "airstrike" and e["report_count"] == 2
    assert kind_compatibility("airstrike", "attack") and kind_compatibility("protest", "airstrike") is None


def test_a_plan_joins_the_event_that_happened_but_a_hypothesis_does_not(store):
    store.save(document("a", "A", "2020-03-17", [
        event("handover", "The coalition is expected to leave the K1 base near Kirkuk in the coming weeks.",
              place=K1, actors=["coalition"], modality="planned")]))
    store.save(document("b", "B", "2020-03-29", [
        event("handover", "The coalition handed over the K1 base near Kirkuk to the Iraqi army on Sunday.",
              start="2020-03-29", place=K1, actors=["US-led coalition"])]))
    store.save(document("c", "C", "2020-03-29", [
        event("handover", "Kurdish officials fear the coalition could hand over K1 to militias.",
              place=K1, actors=["coalition"], modality="hypothetical")]))
    evs = sorted(store.events(), key=lambda e: -e["report_count"])
    assert [(e["modality"], e["report_count"]) for e in evs] == [("asserted", 2), ("hypothetical", 1)]


def test_an_undated_plan_joins_what_happened_within_its_quarter_as_a_dated_plan_would(store):
    store.save(document("plan", "A", "2020-03-26", [
        event("handover", "Further transfers, including the K1 air base near Kirkuk, are planned in the coming "
                          "weeks.", place=K1, modality="planned")]))
    store.save(document("done", "B", "2020-03-29", [
        event("handover", "The coalition handed over the K1 air base near Kirkuk to the Iraqi army on Sunday.",
              start="2020-03-29", place=K1, actors=["US-led coalition"])]))
    e = only(store)
    assert e["modality"] == "asserted" and e["report_count"] == 2 and e["date"]["start"] == "2020-03-29"


def test_an_undated_background_mention_joins_the_earlier_event(store):
    store.save(document("a", "A", "2020-01-03", [
        event("airstrike", "A US drone strike near Baghdad airport killed Qassem Soleimani.", start="2020-01-03",
              place=BAGHDAD, actors=["United States"], targets=["Qassem Soleimani"])]))
    store.save(document("b", "B", "2020-03-27", [
        event("airstrike", "Attacks on bases rose after the US drone strike that killed Qassem Soleimani.",
              actors=["US"], place=IRAQ)]))
    e = only(store)
    assert e["report_count"] == 2 and e["date"]["start"] == "2020-01-03"


def test_each_document_tells_one_event_at_most_once(store):
    store.save(document("a", "A", "2020-03-12", [
        event("shelling", "Rockets hit Camp Taji on Wednesday.", start="2020-03-11", place=TAJI)]))
    store.save(document("b", "B", "2020-03-12", [
        event("shelling", "A first volley of rockets hit Camp Taji on Wednesday.", start="2020-03-11", place=TAJI),
        event("shelling", "A second volley of rockets hit Camp Taji later on Wednesday.", start="2020-03-11",
              place=TAJI)]))
    assert sorted(e["report_count"] for e in store.events()) == [1, 2]


def test_fusion_is_incremental_a_later_report_joins_and_updates_counts(store):
    for i, outlet in enumerate(["A", "B", "C"]):
        store.save(document(f"d{i}", outlet, "2020-03-12", [
            event("shelling", f"Rockets hit Camp Taji on Wednesday, report {i}.", start="2020-03-11",
                  place=TAJI, fatalities=3)]))
        e = only(store)
        assert e["report_count"] == e["outlet_count"] == len(e["sources"]) == i + 1
    assert store.stats()["canonical_events"] == 1


def test_a_canonical_event_scores_on_its_scoring_form_as_on_its_whole_form(tmp_path):
    store = Store(str(tmp_path / "s.db"))
    store.save(document("a", "A", "2020-03-12", [event("shelling", "Rockets hit Camp Taji on Wednesday.",
                                                      start="2020-03-11", place=TAJI, actors=["Kataib Hezbollah"])]))
    store.save(document("b", "B", "2020-03-13", [event("shelling", "Rockets struck the Taji base, killing two.",
                                                      start="2020-03-11", place=TAJI, fatalities=2)]))
    store.save(document("c", "C", "2020-04-02", [event("protest", "Crowds marched in Baghdad.", place=BAGHDAD)]))
    with store.engine.connect() as conn:
        stored = [r.data for r in conn.execute(select(canonical_events.c.data))]
    store.close()
    assert len(stored) == 2
    reports = [event("shelling", "Rockets hit Camp Taji, killing two.", start="2020-03-11", place=TAJI),
               event("shelling", "Shelling in Iraq.", place=IRAQ), event("protest", "A march in Baghdad.",
                                                                        place=BAGHDAD),
               event("airstrike", "Jets struck Camp Taji.", start="2020-03-12", place=TAJI, actors=["US"])]
    for m in (r.to_dict() for r in reports):
        for c in stored:
            for floor in (0.0, 0.45):
                assert match_score(m, scoring_form(c), day("2020-03-14"), floor) \
                    == match_score(m, c, day("2020-03-14"), floor)
    assert all("sources" not in c or all(set(s) == {"evidence"} for s in c["sources"])
               for c in map(scoring_form, stored))


def test_match_score_vetoes_and_scores():
    a = event("shelling", "rockets hit Camp Taji", start="2020-03-11", place=TAJI).to_dict()
    near = event("shelling", "rockets hit the Taji base", start="2020-03-12", place=TAJI).to_dict()
    far_day = event("shelling", "rockets hit Camp Taji", start="2020-03-14", place=TAJI).to_dict()
    elsewhere = event("shelling", "rockets hit Basra", start="2020-03-11", place=BASRA).to_dict()
    assert match_score(a, near) > 0.45
    assert match_score(a, far_day) is None and match_score(a, elsewhere) is None


# -- blocking ------------------------------------------------------------------------------
def test_blocking_keys_find_nearby_events_and_stay_few():
    filed = event("shelling", "x", start="2020-03-11", place=dict(TAJI, lat=33.999, lon=44.999)).to_dict()
    across_cell = event("shelling", "y", start="2020-03-12", place=dict(TAJI, lat=34.001, lon=45.001)).to_dict()
    vague = event("shelling", "z", start="2020-03-01", end="2020-03-31", place=IRAQ).to_dict()
    unplaced = event("attack", "w").to_dict()
    file_keys = set(block_keys(filed, None))
    assert file_keys & set(block_keys(across_cell, None, lookup=True))
    assert file_keys & set(block_keys(vague, None, lookup=True))          # a vague report finds precise ones
    assert file_keys & set(block_keys(unplaced, None, lookup=True, country_hint="IQ")) == set()  # no date
    from datetime import date
    assert file_keys & set(block_keys(unplaced, date(2020, 3, 20), lookup=True, country_hint="IQ"))
    other_kind = event("protest", "p", start="2020-03-11", place=TAJI).to_dict()
    assert not file_keys & set(block_keys(other_kind, None, lookup=True))
    far = event("shelling", "q", start="2020-03-11", place=BASRA).to_dict()
    assert not file_keys & set(block_keys(far, None, lookup=True))
    assert len(block_keys(across_cell, None, lookup=True)) <= 80


# -- provenance ----------------------------------------------------------------------------
def test_cited_outlets_are_read_from_the_text():
    cite = CitedOutlets()
    assert cite.find("This story contains reporting from Al-Jazeera, Stars & Stripes and Reuters.") == [
        "Al Jazeera", "Stars and Stripes", "Reuters"]
    assert cite.find("The base was handed over, according to Iraq's Joint Operations Command.") == [
        "Iraq's Joint Operations Command"]
    assert cite.find("This report draws on reporting by Reuters and AFP.") == ["Reuters", "Agence France-Presse"]
    assert cite.find("BAGHDAD (Reuters) - Rockets hit a base, according to Iraqi officials.",
                     own="Reuters") == []
    assert cite.find("No one was hurt, according to a coalition official.") == []


def test_a_report_drawing_on_another_outlet_is_not_independent_of_it(store):
    ev = dict(start="2020-03-29", place=K1, actors=["coalition"])
    store.save(document("reuters", "Reuters", "2020-03-29", [
        event("handover", "The coalition handed over K1 air base on Sunday.", **ev)]))
    store.save(document("roundup", "Harbor Wire", "2020-03-29", [
        event("handover", "Coalition forces quit the K-1 base in Kirkuk province on Sunday.", **ev)],
        cited=["Reuters", "Agence France-Presse"]))
    store.save(document("local", "Northline News", "2020-03-29", [
        event("handover", "Iraqi troops took over K1 from the coalition on Sunday.", **ev)]))
    e = only(store)
    assert e["report_count"] == 3 and e["outlet_count"] == 2
    assert "Reuters" in e["cited_outlets"]


def test_independence_counts_families_and_outlets():
    srcs = [{"document": 1, "family": 1, "outlet": "AFP"},
            {"document": 2, "family": 1, "outlet": "Gulf Times"},               # a copy of 1
            {"document": 3, "family": 3, "outlet": "Agence France-Presse"},     # AFP again
            {"document": 4, "family": 4, "outlet": None, "url": "https://www.example.org/x"}]
    assert independence(srcs) == {"report_count": 3, "outlet_count": 2}


# -- links -----------------------------------------------------------------------------------
def test_links_between_events_become_links_between_canonical_events(store):
    store.save(document("a", "A", "2020-01-03", [
        event("airstrike", "A US drone strike at Baghdad airport killed Qassem Soleimani.", start="2020-01-03",
              place=BAGHDAD, actors=["United States"])]))
    store.save(document("b", "B", "2020-01-06", [
        event("legislation", "Iraq's parliament voted two days after the strike to expel foreign troops.",
              start="2020-01-05", place=BAGHDAD, actors=["Iraqi parliament"],
              links=[{"type": "after", "event": 1, "days": 2}, {"type": "cause", "event": 7}]),
        event("airstrike", "The US drone strike at Baghdad airport that killed Soleimani.", start="2020-01-03",
              place=BAGHDAD, actors=["US"])]))
    evs = {e["type"]: e for e in store.events()}
    vote, strike = evs["legislation"], evs["airstrike"]
    assert strike["report_count"] == 2
    assert vote["links"] == [{"type": "after", "event": strike["id"], "direction": "out", "days": 2.0,
                              "sources": [2]}]
    assert strike["links"][0]["event"] == vote["id"] and strike["links"][0]["direction"] == "in"


def test_carry_links_drops_self_and_dangling_links():
    evs = [{"links": [{"type": "after", "event": 1, "days": 1}, {"type": "before", "event": 5},
                      {"type": "odd", "event": 1}]}, {"links": [{"type": "cause", "event": 0}]}]
    assert carry_links(evs, [10, 11]) == [{"src": 10, "dst": 11, "type": "after", "days": 1.0},
                                         {"src": 11, "dst": 10, "type": "cause", "days": None}]
    assert carry_links(evs, [10, 10]) == []


def test_dates_that_cannot_both_be_right_are_kept_with_their_sources(store):
    for key, day_ in (("a", "2020-01-02"), ("b", "2020-01-03"), ("c", "2020-01-03")):
        store.save(document(key, key.upper(), "2020-01-04", [
            event("airstrike", f"A US drone strike at Baghdad airport killed Qassem Soleimani ({key}).",
                  start=day_, place=BAGHDAD, actors=["United States"])]))
    e = only(store)
    assert e["date"]["start"] == "2020-01-03"
    conflict = e["values"]["date"]
    assert conflict["chosen"] == {"start": "2020-01-03", "end": "2020-01-03"} and "2 of 3" in conflict["reason"]
    assert sorted(tuple(r["sources"]) for r in conflict["reported"]) == [(1,), (2, 3)]


def test_precise_dates_a_day_apart_give_the_days_between_them_not_the_vague_date_around_them(store):
    for key, start, end, text in (("a", "2020-01-05", None, "Sunday"), ("b", "2020-01-06", None, "a day after"),
                                  ("c", "2020-01-01", "2020-01-31", "January"),
                                  ("d", "2020-01-01", "2020-01-31", "January")):
        store.save(document(key, key.upper(), "2020-01-07", [
            event("legislation", f"Iraq's parliament voted to expel foreign troops ({key}).", start=start, end=end,
                  text=text, place=IRAQ, actors=["Council of Representatives of Iraq"])]))
    e = only(store)
    assert (e["date"]["start"], e["date"]["end"]) == ("2020-01-05", "2020-01-06")
    assert e["values"]["date"]["chosen"] == {"start": "2020-01-05", "end": "2020-01-06"}
    assert "the days between them" in e["values"]["date"]["reason"]


def test_what_happened_names_the_event_not_the_plans_told_before_it():
    def mention(doc, kind, modality):
        return {"event": {"type": kind, "modality": modality, "evidence": f"{kind} {doc}", "confidence": 0.9,
                          "date": {"start": "2020-03-29", "end": "2020-03-29"} if modality == "asserted" else None,
                          "location": dict(K1), "actors": ["US-led coalition"]},
                "source": {"document": doc, "outlet": f"O{doc}", "published": "2020-03-29"}}
    merged = merge_mentions([mention(1, "withdrawal", "planned"), mention(2, "withdrawal", "planned"),
                             mention(3, "handover", "asserted"), mention(4, "handover", "asserted"),
                             mention(5, "withdrawal", "asserted")])
    assert merged["type"] == "handover" and merged["modality"] == "asserted"


def test_connectives_between_two_events_of_a_sentence_become_links():
    from sitrep.fuse.connectives import find_links

    def pair(sentence, t1, t2):
        return [dict(trigger=t1, evidence=sentence, start=0, end=len(sentence)),
                dict(trigger=t2, evidence=sentence, start=0, end=len(sentence))]
    assert find_links(pair("The vote came two days after a US drone strike killed Soleimani.", "vote", "strike")) \
        == [[{"type": "after", "event": 1, "days": 2.0}], []]
    assert find_links(pair("US jets struck depots in retaliation for the rocket attack.", "struck", "attack")) \
        == [[{"type": "after", "event": 1, "days": None}, {"type": "cause", "event": 1}], []]
    assert find_links(pair("Following the assassination, parliament voted.", "assassination", "voted")) \
        == [[], [{"type": "after", "event": 0, "days": None}]]
    assert find_links(pair("Rockets hit the base and protesters marched.", "hit", "marched")) == [[], []]


def test_links_read_from_connectives_reach_the_canonical_events(store):
    s = "US aircraft struck five depots in retaliation for the rocket attack on Camp Taji."
    a = event("airstrike", s, start="2020-03-12", place=TAJI, actors=["United States"])
    b = event("shelling", s, start="2020-03-11", place=TAJI)
    a.trigger, b.trigger = "struck", "attack"
    store.save(document("a", "A", "2020-03-13", [a, b], body=s + " Officials said more strikes were possible."))
    evs = {e["type"]: e for e in store.events()}
    out = [(l["type"], l["event"]) for l in evs["airstrike"]["links"] if l["direction"] == "out"]
    assert out == [("after", evs["shelling"]["id"]), ("cause", evs["shelling"]["id"])]


def test_a_plan_told_days_before_joins_the_event_and_does_not_date_it(store):
    store.save(document("plan", "A", "2020-03-25", [
        event("withdrawal", "France will withdraw the roughly 200 soldiers it has in Iraq.", start="2020-03-25",
              place=IRAQ, actors=["France"], modality="planned", personnel=200)]))
    store.save(document("done", "B", "2020-03-30", [
        event("withdrawal", "French soldiers who had been training Iraqi forces have begun returning home.",
              start="2020-03-28", end="2020-03-29", place=IRAQ, actors=["France"])]))
    e = only(store)
    assert e["modality"] == "asserted" and e["report_count"] == 2
    assert (e["date"]["start"], e["date"]["end"]) == ("2020-03-28", "2020-03-29") and "date" not in e["values"]


def test_events_vague_in_day_and_place_are_filed_apart_and_found_by_their_countrys_reports():
    from datetime import date
    vague = event("attack", "attacks went on", start="2020-03-01", end="2020-03-31", place=IRAQ).to_dict()
    filed = set(block_keys(vague, date(2020, 3, 31)))
    assert filed and all("|v:IQ" in k for k in filed)
    precise_day = event("attack", "a", start="2020-03-11", place=TAJI).to_dict()
    vague_day = event("attack", "b", start="2020-03-09", end="2020-03-15", place=TAJI).to_dict()
    unplaced = event("attack", "c", start="2020-03-11", place=IRAQ).to_dict()
    next_year = event("attack", "d", start="2021-03-11", place=TAJI).to_dict()
    elsewhere = event("attack", "e", start="2020-03-11", place=dict(TAJI, country="SY")).to_dict()
    for report in (precise_day, vague_day, unplaced):
        assert filed & set(block_keys(report, None, lookup=True))
    assert not filed & set(block_keys(next_year, None, lookup=True))
    assert not filed & set(block_keys(elsewhere, None, lookup=True))


def test_a_vague_report_and_a_precise_one_meet_whichever_came_first(tmp_path):
    def reports():
        return [document("a", "A", "2020-03-20", [
                    event("shelling", "Rockets hit a base in Iraq this month, the coalition said.", start="2020-03-01",
                          end="2020-03-31", place=IRAQ, actors=["Kataib Hezbollah"])]),
                document("b", "B", "2020-03-12", [
                    event("shelling", "Rockets hit Camp Taji on Wednesday, killing three.", start="2020-03-11",
                          place=TAJI, actors=["Kataib Hezbollah"], fatalities=3)])]
    for n, order in enumerate(([0, 1], [1, 0])):
        s = Store(str(tmp_path / f"o{n}.db"))
        docs = reports()
        for i in order:
            s.save(docs[i])
        assert [(e["date"]["start"], e["report_count"]) for e in s.events()] == [("2020-03-11", 2)]
        s.close()


# -- kinds, sites and places ----------------------------------------------------------------
QAIM = dict(name="Al-Qaim base", lat=34.37, lon=41.09, country="IQ", kind="installation")
GAO = dict(name="Gao", lat=16.27, lon=-0.04, country="ML", kind="city")
TIMBUKTU = dict(name="Timbuktu", lat=16.77, lon=-3.01, country="ML", kind="city")
KIRKUK_PROVINCE = dict(name="Kirkuk Governorate", lat=35.47, lon=44.39, country="IQ", kind="admin1",
                       uncertainty_km=70.0)


def test_a_withdrawal_and_a_handover_merge_only_at_one_site():
    left_k1 = event("withdrawal", "Coalition troops left the K1 base on Sunday.", start="2020-03-29",
                    place=K1, actors=["coalition"]).to_dict()
    handed_k1 = event("handover", "The coalition handed K1 to the Iraqi army on Sunday.", start="2020-03-29",
                      place=K1, actors=["coalition"]).to_dict()
    left_iraq = event("withdrawal", "The last coalition troops left Iraq on Sunday.", start="2020-03-29",
                      place=IRAQ, actors=["coalition"]).to_dict()
    handed_qaim = event("handover", "The coalition handed al-Qaim to the Iraqi army on Sunday.",
                        start="2020-03-29", place=QAIM, actors=["coalition"]).to_dict()
    assert match_score(left_k1, handed_k1) is not None
    assert match_score(left_iraq, handed_k1) is None and match_score(left_k1, handed_qaim) is None


def test_a_handover_told_with_no_site_nearer_than_the_country_may_be_of_the_base_left():
    # a handover is always of a site: one the extractor placed only in the country may be the
    # handover of the base another report says was left that day (a country left stays apart)
    handed_somewhere = event("handover", "The alliance gave its outpost to the national army on Tuesday.",
                             start="2020-03-17", place=IRAQ, actors=["coalition"]).to_dict()
    left_qaim = event("withdrawal", "Coalition soldiers drove out of al-Qaim on Tuesday.", start="2020-03-17",
                      place=QAIM, actors=["coalition"]).to_dict()
    left_iraq = event("withdrawal", "The last coalition troops left Iraq on Tuesday.", start="2020-03-17",
                      place=IRAQ, actors=["coalition"]).to_dict()
    handed_qaim = event("handover", "The coalition handed al-Qaim to the Iraqi army on Tuesday.",
                        start="2020-03-17", place=QAIM, actors=["coalition"]).to_dict()
    assert match_score(handed_somewhere, left_qaim) is not None and match_score(left_qaim, handed_somewhere)
    assert match_score(left_iraq, handed_qaim, floor=0.0) is None and match_score(handed_qaim, left_iraq, floor=0.0) is None
    # (another day is still another event)
    later = dict(handed_somewhere, date={"start": "2020-03-25", "end": "2020-03-25"})
    assert match_score(later, left_qaim, floor=0.0) is None


def test_a_base_left_and_handed_over_on_one_day_needs_no_shared_words_or_actors():
    # two reporters' kinds for one happening at one base on one day: the base and the day are the
    # evidence (not so a day apart, nor at another base)
    left = event("withdrawal", "Coalition soldiers drove out of the K1 compound on Sunday.", start="2020-03-29",
                 place=K1, actors=["coalition"]).to_dict()
    handed = event("handover", "Kirkuk airfield now belongs to the Iraqi army, officials announced.",
                   start="2020-03-29", place=K1).to_dict()
    assert match_score(handed, left) is not None and match_score(left, handed) is not None
    next_day = dict(handed, date={"start": "2020-03-30", "end": "2020-03-30"})
    assert match_score(next_day, left, floor=0.0) is None
    at_qaim = dict(handed, location=QAIM)
    assert match_score(at_qaim, left, floor=0.0) is None


def test_a_plan_to_hand_over_a_base_is_of_its_handover_there_without_shared_words():
    # a base is handed over once: the plan for it ("more transfers, the K1 airfield among them, are
    # expected") and the handover there within the plan's days are one event, whatever their wording
    plan = event("handover", "Further transfers, among them the Kirkuk airfield, are expected soon.",
                 place=K1, modality="planned").to_dict()
    done = event("handover", "Iraqi soldiers raised their flag over the compound after foreign forces went.",
                 start="2020-03-29", place=K1, actors=["coalition"]).to_dict()
    assert match_score(done, plan, day("2020-03-30")) is not None
    # not at another base, nor a plan first told after the handover was over
    assert match_score(dict(done, location=QAIM), plan, day("2020-03-30"), floor=0.0) is None
    told_late = dict(scoring_form(plan), _fuse={"published": "2020-04-02"})
    assert match_score(done, told_late, day("2020-03-30"), floor=0.0) is None


def test_a_base_left_and_handed_over_is_one_event_whatever_order_the_reports_come_in(tmp_path):
    reports = [
        ("a", "2020-03-18", event("withdrawal", "The coalition left its outpost at al-Qaim on Tuesday.",
                                  start="2020-03-17", place=QAIM, actors=["US-led coalition"])),
        ("b", "2020-03-20", event("handover", "The alliance handed over its base near the Syrian border on Tuesday.",
                                  start="2020-03-17", place=IRAQ, actors=["US-led coalition"])),
        ("c", "2020-03-19", event("handover", "Iraqi troops received the al-Qaim compound from foreign forces.",
                                  start="2020-03-17", place=QAIM)),
    ]
    for n, order in enumerate(itertools.permutations(reports)):
        store = Store(str(tmp_path / f"order{n}.db"))
        for key, published, ev in order:
            store.save(document(key, key.upper(), published, [ev]))
        evs = store.events()
        assert [(e["type"], e["report_count"]) for e in evs] == [("handover", 3)], [k for k, _, _ in order]
        store.close()


def test_a_base_handed_over_and_taken_over_by_its_receiver_is_one_event(store):
    # the departing force hands the base over; the receiving army's report says it took control
    store.save(document("a", "A", "2022-08-15", [
        event("handover", "French troops handed over the base at Gao to the Malian armed forces on Monday.",
              start="2022-08-15", place=GAO, actors=["French troops"], targets=["Malian armed forces"])]))
    store.save(document("b", "B", "2022-08-16", [
        event("territory_change", "The Malian armed forces took control of the Gao camp on Monday.",
              start="2022-08-15", place=GAO, actors=["Malian armed forces"])]))
    e = only(store)
    assert e["report_count"] == 2 and kind_compatibility("territory_change", "handover")
    # found whichever came first: each kind looks up the other's blocking group
    assert any(k.startswith("territory_change|") for k in block_keys(event(
        "handover", "x", start="2022-08-15", place=GAO).to_dict(), day("2022-08-15"), lookup=True))


def test_a_territory_change_by_another_or_elsewhere_is_no_handover():
    handed = event("handover", "French troops handed over the Gao base to the Malian army on Monday.",
                   start="2022-08-15", place=GAO, actors=["French troops"], targets=["Malian army"]).to_dict()
    seized = event("territory_change", "Jihadists seized the Gao camp on Monday.", start="2022-08-15", place=GAO,
                   actors=["jihadists"]).to_dict()
    retaken = event("territory_change", "French troops took the Gao camp back on Monday.", start="2022-08-15",
                    place=GAO, actors=["French troops"]).to_dict()
    elsewhere = event("territory_change", "The Malian army took control of Timbuktu on Monday.",
                      start="2022-08-15", place=TIMBUKTU, actors=["Malian army"]).to_dict()
    taken = event("territory_change", "The Malian army took control of the Gao camp on Monday.",
                  start="2022-08-15", place=GAO, actors=["Malian army"]).to_dict()
    assert match_score(taken, handed) is not None and match_score(handed, taken) is not None
    for other in (seized, retaken, elsewhere):
        assert match_score(other, handed, floor=0.0) is None and match_score(handed, other, floor=0.0) is None


def test_the_rows_the_store_leaves_unread_are_only_those_the_prefilter_refuses(tmp_path):
    # candidates' kinds and days are asked of the rows in SQL (row_bounds): what the prefilter
    # passes must be the same with and without that narrowing, for dated, vague, undated and
    # planned reports and candidates
    from sitrep.fuse.blocking import block_keys as keys_of
    from sitrep.fuse.prefilter import candidate_test
    from sitrep.store import fusion
    s = Store(str(tmp_path / "rows.db"))
    kinds = ("airstrike", "shelling", "clash", "troop_level", "deployment", "handover", "territory_change")
    spans = (("2020-03-10", None), ("2020-03-01", "2020-03-31"), ("2020-03-12", "2020-03-13"), (None, None),
             ("2020-06-20", None), ("2019-12-01", "2019-12-31"))
    n, read, unread = 0, 0, 0
    for kind in kinds:
        for start, end in spans:
            for modality in ("asserted", "planned"):
                n += 1
                s.save(document(f"c{n}", f"O{n}", "2020-03-15", [
                    event(kind, f"Candidate {n} of kind {kind}.", start=start, end=end, place=TAJI,
                          modality=modality)]))
    with s.engine.connect() as conn:
        for kind in kinds:
            for start, end in spans:
                for modality in ("asserted", "planned"):
                    ev = event(kind, "A report.", start=start, end=end, place=TAJI, modality=modality).to_dict()
                    keys = keys_of(ev, day("2020-03-15"), lookup=True)
                    test = candidate_test(ev, day("2020-03-15"))
                    every = conn.execute(fusion._CANDIDATES.where(fusion._ce.type.is_not(None)),
                                         {"keys": keys, "kinds": list(kinds)}).all()
                    narrowed = fusion._candidates(conn, ev, keys)
                    read, unread = read + len(narrowed), unread + len(every) - len(narrowed)
                    assert {r.id for r in every if test(r)} == {r.id for r in narrowed if test(r)}, (kind, start)
    assert unread > read / 2      # (most of what the narrowing leaves out is of other kinds or days)
    # and the candidates are still looked up by id: never by scanning a desk index of a kind or of days
    with s.engine.connect() as conn:
        for stmt in (fusion._CANDIDATES, fusion._DATED_CANDIDATES):
            sql = stmt.params(keys=["a", "b"], kinds=["airstrike", "shelling"], lo=day("2020-03-01"),
                              hi=day("2020-03-03"), lo_planned=day("2019-12-01")).compile(
                s.engine, compile_kwargs={"literal_binds": True, "render_postcompile": True})
            plan = " | ".join(r[-1] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
            assert "SEARCH canonical_events USING INTEGER PRIMARY KEY" in plan and "ix_canonical_desk" not in plan
    s.close()


def test_one_report_telling_a_base_left_and_handed_over_tells_one_happening(store):
    # the extractor gives the leaving and the handing over apart; at one base on one day they are
    # one happening, which another report's "left the base" then joins
    store.save(document("a", "A", "2020-03-29", [
        event("handover", "The coalition handed K1 to the Iraqi army on Sunday.", start="2020-03-29", place=K1,
              actors=["coalition"], targets=["Iraqi army"]),
        event("withdrawal", "Coalition vehicles left K1 in a convoy on Sunday.", start="2020-03-29", place=K1,
              actors=["coalition"]),
        event("withdrawal", "The coalition also left al-Qaim on Sunday.", start="2020-03-29", place=QAIM,
              actors=["coalition"])]))
    store.save(document("b", "B", "2020-03-30", [
        event("withdrawal", "The coalition left the K1 base near Kirkuk on Sunday.", start="2020-03-29", place=K1,
              actors=["coalition"])]))
    evs = sorted((e["type"], e["report_count"]) for e in store.events())
    assert evs == [("handover", 2), ("withdrawal", 1)]


def test_a_town_outside_a_provinces_reach_is_elsewhere():
    in_province = event("shelling", "Rockets fell in Kirkuk province.", start="2020-03-11",
                        place=KIRKUK_PROVINCE).to_dict()
    at_k1 = event("shelling", "Rockets fell on the K1 base.", start="2020-03-11", place=K1).to_dict()
    in_basra = event("shelling", "Rockets fell in Basra.", start="2020-03-11", place=BASRA).to_dict()
    assert match_score(in_province, at_k1, floor=0.0) is not None
    assert match_score(in_province, in_basra, floor=0.0) is None


def test_a_sentence_naming_a_far_base_does_not_move_a_placed_event_there():
    from sitrep.fuse.sites import installation_of
    text = "The coalition left al-Qaim on March 17 and will leave the K1 base near Kirkuk within days."
    qaim_town = dict(name="Al Qaim", lat=34.37, lon=41.09, country="IQ", kind="city")
    ev = dict(event("withdrawal", text, start="2020-03-17", place=qaim_town).to_dict(), start=0, end=len(text))
    k1 = dict(K1, mention="K1 base", start=text.find("K1"), end=text.find("K1") + 7)
    assert installation_of(ev, [k1]) is None
    unplaced = dict(ev, location=None)
    assert installation_of(unplaced, [k1])["name"] == "K1 Air Base"


def test_a_headline_and_its_lead_are_one_report_of_one_event(store):
    airport = dict(name="Baghdad International Airport", lat=33.2625, lon=44.2346, country="IQ",
                   kind="installation", uncertainty_km=3.0)
    city = dict(BAGHDAD, uncertainty_km=30.0)
    store.save(document("a", "A", "2020-01-04", [
        event("airstrike", "US drone strike in Baghdad kills Iranian commander", place=city, actors=["US"]),
        event("airstrike", "A US drone fired missiles at two cars leaving Baghdad airport early on Friday.",
              start="2020-01-03", place=airport, actors=["United States"])]))
    store.save(document("b", "B", "2020-01-03", [
        event("airstrike", "The United States killed the commander in a drone strike at Baghdad airport on Friday.",
              start="2020-01-03", place=airport, actors=["United States"])]))
    e = only(store)
    assert e["report_count"] == 2 and e["mention_count"] == 3 and e["location"]["name"] == airport["name"]


def test_a_precise_report_gathers_the_events_filed_apart_while_they_were_vague(store):
    # a vague report, then one pinned to a day: apart until a third, pinned too, refines the first
    store.save(document("a", "A", "2020-03-20", [
        event("shelling", "Rockets hit Camp Taji this month, the coalition said.", start="2020-03-01",
              end="2020-03-31", place=TAJI, actors=["Kataib Hezbollah"])]))
    store.save(document("b", "B", "2020-03-12", [
        event("shelling", "Rockets hit Camp Taji on Wednesday, killing three.", start="2020-03-11",
              place=TAJI, actors=["Kataib Hezbollah"], fatalities=3)]))
    store.save(document("c", "C", "2020-03-12", [
        event("shelling", "Katyusha rockets hit Camp Taji on Wednesday evening.", start="2020-03-11",
              place=TAJI, actors=["Kataib Hezbollah"])]))
    e = only(store)
    assert e["report_count"] == 3 and e["date"]["start"] == "2020-03-11"


def test_the_same_reports_make_the_same_events_in_any_order(tmp_path):
    def reports():
        return [
            document("a", "A", "2020-03-29", [
                event("handover", "The coalition handed over the K1 base near Kirkuk on Sunday.", start="2020-03-29",
                      place=K1, actors=["US-led coalition"], personnel=300)]),
            document("b", "B", "2020-03-30", [
                event("withdrawal", "Coalition quits K1 base in Kirkuk", place=K1, actors=["coalition"]),
                event("withdrawal", "The coalition pulled out of the K1 base on Sunday, leaving it to Iraqi forces.",
                      start="2020-03-29", place=K1, actors=["coalition"])]),
            document("c", "C", "2020-03-31", [
                event("handover", "Iraqi forces took over K1 from the coalition this week.", start="2020-03-29",
                      end="2020-04-04", place=K1, actors=["US-led coalition"], personnel=500)]),
        ]
    seen = []
    for n, order in enumerate(([0, 1, 2], [2, 1, 0], [1, 2, 0])):
        s = Store(str(tmp_path / f"order{n}.db"))
        docs = reports()
        for i in order:
            s.save(docs[i])
        evs = s.events()
        seen.append(sorted((e["type"], e["date"]["start"], e["report_count"], e["quantities"].get("personnel"))
                           for e in evs))
        s.close()
    assert seen[0] == seen[1] == seen[2] and len(seen[0]) == 1


def test_a_day_or_a_month_read_as_an_actor_neither_matches_nor_opposes_one():
    vote = event("legislation", "Iraq's parliament voted in January to demand that foreign troops leave.",
                 start="2020-01-01", end="2020-01-31", place=IRAQ, actors=["January"]).to_dict()
    told = event("legislation", "Iraq's parliament voted on Sunday to demand that foreign troops leave.",
                 start="2020-01-05", place=IRAQ, actors=["Council of Representatives of Iraq"]).to_dict()
    assert match_score(vote, told) is not None
    assert match_score(dict(vote, actors=["Sunday"]), dict(told, actors=["Monday"]), floor=0.0) is not None


def test_the_prefilter_refuses_an_undated_candidate_only_where_match_score_would():
    from types import SimpleNamespace

    from sitrep.fuse.prefilter import could_match
    report = event("airstrike", "Attacks on bases rose after the US drone strike.", actors=["US"],
                   place=IRAQ).to_dict()

    def stored(first_report: str, **dates) -> tuple[dict, SimpleNamespace]:
        ev = dict(event("airstrike", "A US drone strike near Baghdad airport.", place=BAGHDAD, **dates).to_dict(),
                  _fuse={"published": first_report})
        d = ev.get("date") or {}
        row = SimpleNamespace(type="airstrike", modality="asserted", date_start=day(d["start"]) if d else None,
                              date_end=day(d["end"]) if d else None, country="IQ", lat=BAGHDAD["lat"],
                              lon=BAGHDAD["lon"], location_name=BAGHDAD["name"], loc_kind="city", loc_unc=None,
                              published=first_report)
        return ev, row

    for dates, first_report, published, same in (
            ({"start": "2020-01-03"}, "2020-01-03", "2020-03-27", True),    # within the quarter before the report
            ({"start": "2019-06-01"}, "2019-06-01", "2020-03-27", False),   # the year before
            ({}, "2020-02-20", "2020-03-27", True),                          # both undated, reports a month apart
            ({}, "2019-02-20", "2020-03-27", False)):                        # both undated, a year apart
        ev, row = stored(first_report, **dates)
        assert could_match(report, row, day(published)) is same
        assert (match_score(report, ev, day(published), floor=0.0) is not None) is same


QAYYARAH = dict(name="Qayyarah Airfield West", lat=35.76, lon=43.12, country="IQ", kind="installation")


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_a_report_that_matches_two_canonical_events_bridges_them_in_any_order(tmp_path, order):
    # the plan and what happened share too little to meet; a third report tells both
    docs = [
        document("plan", "A", "2020-03-20", [event(
            "handover", "Iraqi troops are to take control of the Qayyarah site this week, officials said.",
            start="2020-03-26", place=QAYYARAH, modality="planned", actors=["Iraqi army"])]),
        document("done", "B", "2020-03-26", [event(
            "handover", "The US-led coalition handed over Qayyarah Airfield West on Thursday.",
            start="2020-03-26", place=QAYYARAH, actors=["US-led coalition"])]),
        document("both", "C", "2020-03-27", [event(
            "handover", "The US-led coalition handed Qayyarah Airfield West to the Iraqi army on Thursday.",
            start="2020-03-26", place=QAYYARAH, actors=["US-led coalition", "Iraqi army"])]),
    ]
    store = Store(str(tmp_path / "bridge.db"))
    for i in order:
        store.save(docs[i])
    e = only(store)
    assert e["report_count"] == 3 and e["modality"] == "asserted"
    store.close()


def test_the_base_read_as_an_actor_neither_agrees_nor_differs_with_the_force_that_acted():
    from sitrep.fuse._util import acting
    plan = event("handover", "Qayyarah is due to be handed over on Thursday.", start="2020-03-26",
                 place=QAYYARAH, modality="planned", actors=["Qayyarah"]).to_dict()
    done = event("handover", "The coalition handed over Qayyarah Airfield West on Thursday.", start="2020-03-26",
                 place=QAYYARAH, actors=["US-led coalition"]).to_dict()
    assert acting(plan) == [] and acting(done) == ["US-led coalition"]
    assert match_score(plan, done) >= 0.45
    # a country is a state that acts, not a base read as the subject
    assert acting(event("legislation", "Iraq voted", place=IRAQ, actors=["Iraq"]).to_dict()) == ["Iraq"]


# -- an act named again by a definite description ----------------------------------------------
GAO_CAMP = dict(name="Gao", lat=16.27, lon=-0.04, country="ML", kind="city")
KIDAL = dict(name="Kidal", lat=18.44, lon=1.41, country="ML", kind="city")


def _told(kind, sentence, trigger, start, place, actors=(), targets=(), at=0, modality="asserted"):
    """An event as the events stage gives it, with its trigger and its offset in the document."""
    ev = event(kind, sentence, start=start, place=place, actors=actors, targets=targets,
               modality=modality).to_dict()
    return dict(ev, trigger=trigger, start=at, end=at + len(sentence))


def test_a_definite_description_of_an_act_is_told_so():
    from sitrep.fuse.match import refers_back
    back = [("airstrike", "Officials said an unmanned aircraft carried out the strike on orders from Paris.", "carried"),
            ("attack", "No group has said it staged Saturday's attack.", "staged"),
            ("shelling", "The barrage wounded four soldiers, the army said.", "barrage"),
            ("attack", "Police said the gunmen who mounted that assault had fled north.", "mounted"),
            ("airstrike", "The January 3 drone strike was ordered by the president.", "strike")]
    new = [("airstrike", "An unmanned aircraft struck a convoy near the airport.", "struck"),
           ("attack", "Iran's attack on the base wounded dozens.", "attack"),
           ("shelling", "Rebels fired rockets at the town on Monday.", "fired"),
           ("attack", "Gunmen carried out an attack on a checkpoint.", "carried")]
    for kind, sentence, trigger in back:
        assert refers_back(_told(kind, sentence, trigger, "2021-05-02", GAO_CAMP)), sentence
    for kind, sentence, trigger in new:
        assert not refers_back(_told(kind, sentence, trigger, "2021-05-02", GAO_CAMP)), sentence


def test_an_act_named_again_is_one_happening_of_the_report_whoever_each_reading_took_for_its_doer():
    from sitrep.fuse.match import telling_groups
    first = _told("airstrike", "A commander and his driver were killed when a drone fired on their car in Gao, "
                  "the rebel alliance said.", "killed", "2021-05-01", GAO_CAMP, actors=["rebel alliance"],
                  targets=["commander"], at=0)
    again = _told("airstrike", "French officials said a Reaper drone carried out the strike.", "carried",
                  "2021-05-02", GAO_CAMP, actors=["France"], at=300)
    other = _told("statement", "The government called the strike a violation of its sovereignty.", "called",
                  "2021-05-01", GAO_CAMP, actors=["Mali"], at=500)
    assert telling_groups([first, again, other]) == [0, 0, 2]
    # 'a second strike' is another; so is one far away, or one a week later
    second = dict(again, evidence="French officials said a second strike followed the first.")
    far = dict(again, location=KIDAL)
    later = dict(again, date={"start": "2021-05-09", "end": "2021-05-09"})
    for b in (second, far, later):
        assert telling_groups([first, b]) == [0, 1]
    # after two strikes, "the strike" names neither surely
    another_first = dict(first, evidence="Another drone hit a truck near Gao.", start=150, trigger="hit")
    assert telling_groups([first, another_first, again]) == [0, 1, 2]
    # nor is the blow struck back (its doer the earlier act's target) the act named again
    back = _told("airstrike", "The rebels then carried out the attack on the French camp.", "carried",
                 "2021-05-01", GAO_CAMP, actors=["commander"], at=300)
    assert telling_groups([first, back]) == [0, 1]


def test_a_report_naming_its_act_again_with_another_doer_joins_the_event_once(store):
    store.save(document("a", "A", "2021-05-02", [event(
        "airstrike", "A French drone killed a rebel commander near Gao on Saturday.", start="2021-05-01",
        place=GAO_CAMP, actors=["France"], targets=["rebel commander"])]))
    lead = event("airstrike", "A commander and his driver were killed when a drone fired on their car near Gao "
                 "on Saturday, the rebel alliance said.", start="2021-05-01", place=GAO_CAMP,
                 actors=["rebel alliance"], targets=["commander"])
    again = event("airstrike", "French officials said a Reaper drone carried out the strike.", start="2021-05-02",
                  place=GAO_CAMP, actors=["France"])
    doc = document("b", "B", "2021-05-02", [lead, again])
    doc.events[0].trigger, doc.events[1].trigger = "killed", "carried"
    store.save(doc)
    e = only(store)
    assert e["report_count"] == 2 and e["mention_count"] == 3


def test_an_act_noun_after_another_phrase_s_determiner_is_no_definite_description():
    from sitrep.fuse.match import refers_back
    for sentence, trigger in (("Militants hit the town in an attack at dawn.", "hit"),
                              ("Jets pounded the hills in a strike on Monday.", "pounded")):
        assert not refers_back(_told("airstrike", sentence, trigger, "2021-05-02", GAO_CAMP)), sentence
