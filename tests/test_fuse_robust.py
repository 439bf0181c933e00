"""Fusion kept right where the extraction of one report is off: plans told after the fact,
places taken from the wrong clause, kinds named otherwise (our own sentences)."""
from __future__ import annotations

from datetime import date

import pytest

from fuse_data import IRAQ, K1, document, event
from sitrep.fuse.match import match_score
from sitrep.store import Store

AL_QAIM = dict(name="Al-Qaim", lat=34.39, lon=40.99, country="IQ", kind="city")


@pytest.fixture
def store(tmp_path):
    s = Store(str(tmp_path / "robust.db"))
    yield s
    s.close()


def _one(kind, evidence, **kw):
    return event(kind, evidence, **kw).to_dict()


# -- a plan is no act over before its report ----------------------------------------------
def test_a_plan_told_after_an_act_is_not_that_act():
    done = dict(_one("withdrawal", "Coalition troops pulled out of the K1 base on Thursday.", start="2020-03-26",
                     place=K1, actors=["US-led coalition"]), _fuse={"published": "2020-03-26"})
    plan = _one("withdrawal", "The coalition is expected to leave the K1 base near Kirkuk within days.",
                place=K1, actors=["US-led coalition"], modality="planned")
    # told on the 27th, the plan is of a departure still to come: not Thursday's
    assert match_score(plan, done, m_published=date(2020, 3, 27)) is None
    # told the day before, it may be the departure that then happened
    assert match_score(plan, done, m_published=date(2020, 3, 25)) is not None
    # and the other way round: the plan stored first, the act told before it came
    stored_plan = dict(plan, _fuse={"published": "2020-03-27"})
    assert match_score(done, stored_plan, m_published=date(2020, 3, 26)) is None


def test_a_plan_joins_the_later_handover_not_an_earlier_departure_at_the_same_base(store):
    store.save(document("early", "Observer", "2020-03-26", [
        event("withdrawal", "Coalition troops pulled out of positions at the K1 base on Thursday.",
              start="2020-03-26", place=K1, actors=["US-led coalition"])]))
    store.save(document("plan", "Crescent", "2020-03-27", [
        event("withdrawal", "The coalition is expected to leave the K1 base near Kirkuk within days, an official "
                            "said.", place=K1, actors=["US-led coalition"], modality="planned")]))
    store.save(document("done", "Northline", "2020-03-29", [
        event("handover", "The coalition handed the K1 base near Kirkuk to the Iraqi army on Sunday.",
              start="2020-03-29", place=K1, actors=["US-led coalition"])]))
    by_day = {(e["date"] or {}).get("start"): e for e in store.events()}
    handover = by_day["2020-03-29"]
    assert {s["doc_key"] for s in handover["sources"]} == {"plan", "done"}
