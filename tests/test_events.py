"""Events: kinds, arguments, quantities, modality and merging, on sentences written for these tests."""
from __future__ import annotations

import pytest

from sitrep.events.ontology import ACLED, PLOVER
from sitrep.events.quantities import find_quantities
from sitrep.model import EVENT_KINDS, RawArticle


def run(pipeline, text, published="2021-06-14"):
    return pipeline.process(RawArticle(source="test", id="t", text=text, published=published, exact_text=True))


def kinds(doc):
    return sorted(e.type for e in doc.events)


def quantities(pipeline, sentence):
    parsed = pipeline.language.nlp(sentence)
    return {q.key: (q.value, q.qualifier) for s in parsed.sents for q in find_quantities(s)}


def test_every_kind_is_mapped_to_acled_or_null_and_to_plover():
    assert set(ACLED) == set(EVENT_KINDS) == set(PLOVER)
    for kind in ("legislation", "diplomacy", "statement"):
        assert ACLED[kind] is None
    assert ACLED["airstrike"] == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize("sentence, key, value, qualifier", [
    ("About 500 soldiers left the airfield on Tuesday.", "personnel", 500, "approximate"),
    ("At least $2.5m of equipment was handed to the army.", "money_usd", 2_500_000, "minimum"),
    ("The donors pledged $1.1 million for the police.", "money_usd", 1_100_000, None),
    ("Three members of a patrol were killed near the village.", "fatalities", 3, None),
    ("Gunmen opened fire on a bus, killing twenty-two passengers.", "fatalities", 22, None),
    ("The blast wounded more than 40 people.", "injured", 40, "minimum"),
    ("Some 2,400 troops are stationed at the camp.", "personnel", 2400, "approximate"),
    ("The rebels captured a dozen armoured vehicles.", "vehicles", 12, None),
])
def test_quantities_with_hedges_and_number_words(pipeline, sentence, key, value, qualifier):
    got = quantities(pipeline, sentence)
    assert got[key] == (value, qualifier)


def test_years_and_dates_are_not_counts(pipeline):
    assert quantities(pipeline, "In 2019 the mission ended on 12 May.") == {}


def test_withdrawal_with_actor_personnel_and_date(pipeline):
    doc = run(pipeline, "On June 2, 2021, the US-led coalition withdrew about 400 troops from the Tarin airfield.")
    ev = [e for e in doc.events if e.type == "withdrawal"]
    assert len(ev) == 1
    e = ev[0]
    assert e.modality == "asserted"
    assert "US-led coalition" in e.actors
    assert e.quantities["personnel"] == 400 and e.qualifiers["personnel"] == "approximate"
    # ACLED records troop withdrawals and redeployments as a change to the group's activity
    assert e.acled == {"event_type": "Strategic developments", "sub_event_type": "Change to group/activity"}
    assert 0 < e.confidence <= 1


def test_withdrawal_and_handover_are_two_events_and_a_retelling_is_one(pipeline):
    doc = run(pipeline, "Spanish troops pulled out of the Besmaya camp on Monday. They handed the camp over to the "
                        "Iraqi army. Officials said the withdrawal from the camp went smoothly.")
    assert kinds(doc).count("withdrawal") == 1
    assert kinds(doc).count("handover") == 1
    w = next(e for e in doc.events if e.type == "withdrawal")
    assert "went smoothly" in w.evidence and "pulled out" in w.evidence


def test_planned_denied_and_hypothetical(pipeline):
    planned = run(pipeline, "The ministry plans to deploy 300 soldiers to the northern border next month.")
    assert [e.modality for e in planned.events if e.type == "deployment"] == ["planned"]
    will = run(pipeline, "Germany will withdraw its trainers from the base in September.")
    assert [e.modality for e in will.events if e.type == "withdrawal"] == ["planned"]
    denied = run(pipeline, "The army denied that its jets bombed the market in Idlib.")
    assert [e.modality for e in denied.events if e.type == "airstrike"] == ["denied"]
    hypo = run(pipeline, "Officials warned that militants could attack the pipeline if talks fail.")
    assert all(e.modality != "asserted" for e in hypo.events if e.type in ("attack", "clash"))


def test_violent_kinds_follow_the_weapon(pipeline):
    cases = {
        "Warplanes struck a convoy near Sirte on Friday, killing five fighters.": "airstrike",
        "Mortar shells hit a residential district of Aleppo, wounding seven civilians.": "shelling",
        "A roadside bomb exploded under a police vehicle in Kandahar, killing two officers.": "explosion",
        "A suicide bomber blew himself up at a checkpoint in Mogadishu.": "suicide_bombing",
        "An unknown assailant threw a grenade into a bar in Bujumbura.": "grenade",
    }
    for text, kind in cases.items():
        doc = run(pipeline, text)
        assert doc.events, text
        best = max(doc.events, key=lambda e: e.confidence)
        assert best.type == kind, (text, [(e.type, e.confidence) for e in doc.events])
        assert best.acled is not None


def test_fatalities_reach_the_violent_event(pipeline):
    doc = run(pipeline, "Two members of a border patrol were killed on Sunday during a firefight with smugglers "
                        "near Ruwaished.")
    ev = max(doc.events, key=lambda e: e.confidence)
    assert ev.type in ("clash", "attack")
    assert ev.quantities.get("fatalities") == 2


def test_legislation_has_no_acled_code(pipeline):
    doc = run(pipeline, "The parliament approved a bill on Tuesday demanding the departure of foreign troops.")
    assert "legislation" in kinds(doc)
    leg = next(e for e in doc.events if e.type == "legislation")
    assert leg.acled is None
    # the demanded departure is not an event of its own
    assert "withdrawal" not in kinds(doc)


def test_background_presence_is_not_a_new_event(pipeline):
    doc = run(pipeline, "The airfield has hosted Danish troops since 2016 to support training programmes.")
    assert not [e for e in doc.events if e.type in ("deployment", "group_change", "exercise")]


def test_no_event_in_ordinary_news(pipeline):
    doc = run(pipeline, "The city council opened a new library on Friday. Visitors praised its reading rooms.")
    assert doc.events == []


def test_protest_subtypes_follow_the_response(pipeline):
    peaceful = run(pipeline, "Hundreds of teachers marched peacefully through the streets of Nairobi on Monday, and they demanded higher pay from the government.")
    assert [e.acled["sub_event_type"] for e in peaceful.events if e.type == "protest"] == ["Peaceful protest"]
    dispersed = run(pipeline, "Police fired tear gas to disperse students protesting against fee increases in Kampala.")
    subs = [e.acled["sub_event_type"] for e in dispersed.events if e.type == "protest"]
    assert subs == ["Protest with intervention"]
