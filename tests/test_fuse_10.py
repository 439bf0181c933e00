"""Session 10: fusion that does not depend on the order reports arrive in. A report told vaguer than the
events it may be of ("mortar fire on the base in June wounded ...") joins the one there when it comes; when
another it fits better is made or changes, it moves there (store.fusion.Fuser._rehome)."""
from __future__ import annotations

import itertools

import pytest

from fuse_data import document, event
from sitrep.fuse.merge import loose_mentions, merge_mentions
from sitrep.store import Store

BALAD = dict(name="Balad Air Base", lat=33.94, lon=44.36, country="IQ", kind="installation")
DEIR = dict(name="Deir ez-Zor", lat=35.336, lon=40.14, country="SY", kind="city")


def _mortar_reports():
    first = ("first", "2021-06-08", event(
        "shelling", "Mortar rounds fell on Balad Air Base on Monday night, wounding four contractors from a "
        "maintenance firm.", start="2021-06-07", place=BALAD, actors=["militants"], injured=4))
    retold = ("retold", "2021-06-09", event(
        "shelling", "Four maintenance contractors were hurt when mortar rounds fell on Balad Air Base late "
        "on Monday, the firm said.", start="2021-06-07", place=BALAD, injured=4))
    second = ("second", "2021-06-12", event(
        "shelling", "Rockets slammed into the runway at Balad Air Base on Friday and damaged two hangars; "
        "nobody was hurt.", start="2021-06-11", place=BALAD, actors=["militants"]))
    vague = ("vague", "2021-07-02", event(
        "shelling", "Mortar fire on Balad Air Base in June wounded four contractors from a maintenance firm, "
        "a review of base security found.", start="2021-06-01", end="2021-06-30", text="in June", place=BALAD,
        injured=4))
    return [first, retold, second, vague]


def _airstrike_reports():
    depot = ("depot", "2022-05-04", event(
        "airstrike", "Warplanes bombed an ammunition depot on the edge of Deir ez-Zor on Tuesday, setting off "
        "blasts heard across the city.", start="2022-05-03", place=DEIR, actors=["Russian air force"]))
    convoy = ("convoy", "2022-05-10", event(
        "airstrike", "An air raid struck a fuel convoy on the road out of Deir ez-Zor on Monday, killing six "
        "drivers.", start="2022-05-09", place=DEIR, actors=["Russian air force"], fatalities=6))
    again = ("again", "2022-05-11", event(
        "airstrike", "Six drivers died when jets hit their fuel convoy leaving Deir ez-Zor on Monday, a monitor "
        "said.", start="2022-05-09", place=DEIR, fatalities=6))
    vague = ("month", "2022-06-01", event(
        "airstrike", "In May an air raid on a fuel convoy near Deir ez-Zor killed six drivers, the monitor's "
        "monthly tally said.", start="2022-05-01", end="2022-05-31", text="In May", place=DEIR, fatalities=6))
    return [depot, convoy, again, vague]


def _events_by_key(store):
    """Each canonical event as the sorted keys of its reports' documents."""
    return sorted(tuple(sorted(s["doc_key"] for s in e["sources"])) for e in store.events())


@pytest.mark.parametrize("reports, together, apart", [
    (_mortar_reports, ("first", "retold", "vague"), ("second",)),
    (_airstrike_reports, ("again", "convoy", "month"), ("depot",)),
])
def test_a_vague_report_ends_with_the_act_it_tells_whatever_order_reports_come_in(tmp_path, reports, together,
                                                                                 apart):
    for n, order in enumerate(itertools.permutations(reports())):
        store = Store(str(tmp_path / f"order{n}.db"))
        for key, published, ev in order:
            store.save(document(key, key.upper(), published, [ev]))
        assert _events_by_key(store) == sorted([together, apart]), [k for k, _, _ in order]
        by_sources = {tuple(sorted(s["doc_key"] for s in e["sources"])): e for e in store.events()}
        moved = by_sources[together]
        # provenance and counts are those of the reports it now has, its day that of the sharp ones
        assert moved["report_count"] == 3 and moved["mention_count"] == 3
        assert moved["date"]["start"] == moved["date"]["end"]
        assert by_sources[apart]["report_count"] == 1
        # each report's stored event names the canonical event that now has it
        canon = {m["sources"][0]["doc_key"]: m["canonical"] for m in store.mentions()}
        assert {canon[k] for k in together} == {moved["id"]}
        store.close()


def _misread_doer_reports():
    # the vague report read with a doer of another clause of its sentence ("Iran-backed groups ..."), and the
    # other act told with none: the two events are compared on what both tell, not on the doer read wrongly
    first, retold, second, _ = _mortar_reports()
    second[2].actors = []
    vague = ("vague", "2021-07-02", event(
        "shelling", "Iran-backed groups kept up their fire on bases; at Balad Air Base mortar rounds in June hurt "
        "four people, a review found.", start="2021-06-01", end="2021-06-30", text="in June", place=BALAD,
        actors=["Iran"], injured=4))
    return [first, retold, second, vague]


def test_a_vague_report_read_with_a_wrong_doer_moves_to_its_act_when_that_is_told_again(tmp_path):
    # (where the vague report comes last, it joins the event it scores best against, as any report does: the
    # move is made when an event it may fit is made or changes after it)
    orders = [o for o in itertools.permutations(_misread_doer_reports())
              if [k for k, _, _ in o].index("vague") < [k for k, _, _ in o].index("retold")]
    for n, order in enumerate(orders):
        store = Store(str(tmp_path / f"order{n}.db"))
        for key, published, ev in order:
            store.save(document(key, key.upper(), published, [ev]))
        assert _events_by_key(store) == sorted([("first", "retold", "vague"), ("second",)]), [k for k, _, _ in order]
        store.close()


def test_a_vague_report_moves_with_its_links(tmp_path):
    # the vague report's link (the strike came after the act it tells) goes with it to the event it moves to
    store = Store(str(tmp_path / "links.db"))
    second, vague = _mortar_reports()[2], _mortar_reports()[3]
    recalled = event("airstrike", "Days later jets struck the launch sites used against the base.",
                     start="2021-06-14", place=BALAD, actors=["coalition"])
    vague_ev = vague[2]
    vague_ev.links = [{"type": "after", "event": 1, "days": 7}]
    store.save(document(second[0], "SECOND", second[1], [second[2]]))
    store.save(document("vague", "VAGUE", vague[1], [vague_ev, recalled]))
    first = _mortar_reports()[0]
    store.save(document(first[0], "FIRST", first[1], [first[2]]))
    evs = {tuple(sorted(s["doc_key"] for s in e["sources"])): e for e in store.events()}
    assert ("first", "vague") in evs
    target = evs[("first", "vague")]
    assert [l["type"] for l in target["links"] if l["direction"] == "out"] == ["after"]
    assert not any(l for e in store.events() if e["id"] == evs[("second",)]["id"] for l in e["links"])
    store.close()


def test_only_a_report_vaguer_than_an_event_others_told_to_the_day_is_loose():
    vague = _mortar_reports()[3][2].to_dict()
    sharp = _mortar_reports()[0][2].to_dict()
    undated = dict(vague, date=None)

    def mention(ev, doc):
        return {"event": ev, "hint": None, "source": {"document": doc, "event": doc, "published": "2021-07-02"}}
    merged = merge_mentions([mention(sharp, 1), mention(vague, 2)])
    assert [m["event"] for m in loose_mentions([mention(sharp, 1), mention(vague, 2)], merged["date"])] == [2]
    # told by one report alone, or vague itself, or a report with no day: none is loose
    assert loose_mentions([mention(vague, 2)], vague["date"]) == []
    assert loose_mentions([mention(vague, 2), mention(dict(vague), 3)], vague["date"]) == []
    assert loose_mentions([mention(sharp, 1), mention(undated, 4)], sharp["date"]) == []
