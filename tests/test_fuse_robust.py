"""Fusion kept right where the extraction of one report is off: plans told after the fact,
places taken from the wrong clause, kinds named otherwise (our own sentences)."""
from __future__ import annotations

from datetime import date

import pytest

from fuse_data import K1, document, event
from sitrep.fuse.match import MERGE_AT, match_score
from sitrep.fuse.sites import place_untold, places_told_with
from sitrep.model import Place
from sitrep.store import Store


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


# -- a report's act placed at the other place its sentence names ---------------------------------
AIN_AL_ASAD = dict(name="Ain al-Asad Air Base", lat=33.786, lon=42.441, country="IQ", kind="installation",
                   uncertainty_km=3.0)
ERBIL = dict(name="Erbil", lat=36.19, lon=44.01, country="IQ", kind="city", uncertainty_km=15.0)
BAGHDAD_CITY = dict(name="Baghdad", lat=33.3152, lon=44.3661, country="IQ", kind="city", uncertainty_km=30.0)


def _named(text: str, mention: str, loc: dict) -> Place:
    i = text.find(mention)
    return Place(mention=mention, start=i, end=i + len(mention), **loc)


def test_the_other_places_an_events_words_name_are_told_with_it():
    text = ("Ballistic missiles hit the Ain al-Asad base in Anbar and an airfield outside Erbil overnight. "
            "Separately, protesters marched in Baghdad.")
    ev = {"start": 0, "end": text.index(" Separately"), "location": dict(ERBIL)}
    places = [_named(text, "Ain al-Asad", AIN_AL_ASAD).to_dict(), _named(text, "Erbil", ERBIL).to_dict(),
              _named(text, "Anbar", dict(name="Anbar", lat=33.4, lon=42.0, country="IQ", kind="admin1",
                                         uncertainty_km=180.0)).to_dict(),
              _named(text, "Baghdad", BAGHDAD_CITY).to_dict()]
    # not its own place, nor a province, nor a place of the next sentence
    assert [p["name"] for p in places_told_with(ev, places)] == ["Ain al-Asad Air Base"]
    assert places_told_with(dict(ev, start=0, end=0), places) == []


@pytest.mark.parametrize("first", ["base", "town"])
def test_a_report_placing_the_strike_at_the_other_place_its_sentence_names_joins_it(store, first):
    base_text = "Iranian missiles slammed into the Ain al-Asad air base in western Iraq early on Wednesday."
    town_text = ("The missiles hit the Ain al-Asad base and a compound near Erbil at about 1:30 a.m. on Wednesday, "
                 "officials said.")
    docs = {
        "base": document("base", "Wire", "2020-01-08", [
            event("shelling", base_text, start="2020-01-08", place=AIN_AL_ASAD, actors=["Iran"])]),
        # (this outlet's extraction placed the act at Erbil, the second place of the sentence)
        "town": document("town", "Gazette", "2020-01-08", [
            event("shelling", town_text, start="2020-01-08", place=ERBIL, actors=["Iraqi officials"])],
            body=town_text + " Residents heard sirens."),
    }
    t = docs["town"]
    t.places = [_named(t.text, "Ain al-Asad", AIN_AL_ASAD), _named(t.text, "Erbil", ERBIL)]
    for key in (first, "town" if first == "base" else "base"):
        store.save(docs[key])
    evs = store.events()
    assert len(evs) == 1 and evs[0]["report_count"] == 2


def test_a_place_named_in_passing_draws_no_act_there_once_two_reports_give_the_events_own(store):
    # the strike's sentence names Baghdad for another act (a siege); a second report places the
    # strike at K1 too: a strike reported in Baghdad that day is not this one
    text = ("US jets struck militia depots near the K1 base on Sunday, and the militia's supporters then "
            "besieged the embassy in Baghdad.")
    d = document("k1", "Wire", "2019-12-30", [
        event("airstrike", text, start="2019-12-29", place=K1, actors=["United States"])], body=text)
    d.places = [_named(text, "K1", K1), _named(text, "Baghdad", BAGHDAD_CITY)]
    store.save(d)
    store.save(document("k1b", "Herald", "2019-12-30", [
        event("airstrike", "American aircraft struck militia depots near the K1 base on Sunday.",
              start="2019-12-29", place=K1, actors=["United States"])]))
    store.save(document("bgd", "Post", "2019-12-30", [
        event("airstrike", "A US drone struck a militia convoy in Baghdad on Sunday.", start="2019-12-29",
              place=BAGHDAD_CITY, actors=["United States"])]))
    assert sorted(e["report_count"] for e in store.events()) == [1, 2]


# -- the side most reports name as the doer -------------------------------------------------------
BAGHDAD_AIRPORT = dict(name="Baghdad International Airport", lat=33.262, lon=44.234, country="IQ",
                       kind="installation", uncertainty_km=3.0)
TAJI = dict(name="Camp Taji", lat=33.524, lon=44.257, country="IQ", kind="installation", uncertainty_km=3.0)


def test_an_act_against_the_side_most_reports_name_as_the_doer_is_the_other_sides(store):
    for key, actors in (("a", ["United States"]), ("b", ["United States"]), ("c", ["United States", "Iran"])):
        store.save(document(key, key.upper(), "2020-01-04", [
            event("airstrike", f"A US drone strike at Baghdad airport killed an Iranian general ({key}).",
                  start="2020-01-03", place=BAGHDAD_AIRPORT, actors=actors, targets=["Quds Force"])]))
    # (one report of the strike read Iran among its doers: a report of Iran's missiles at US
    # positions that month is still not the strike)
    store.save(document("d", "D", "2020-03-27", [
        event("shelling", "Iran fired ballistic missiles at US positions in January after the killing of the "
                          "Iranian general at Baghdad airport.", start="2020-01-01", end="2020-01-31", place=TAJI,
              actors=["Iran"], targets=["United States"])]))
    assert sorted(e["report_count"] for e in store.events()) == [1, 3]


def test_two_sides_of_a_clash_each_reported_as_the_doer_are_one_clash(store):
    store.save(document("a", "A", "2021-05-02", [
        event("clash", "Soldiers fought rebels for hours outside Goma on Saturday.", start="2021-05-01",
              place=dict(name="Goma", lat=-1.68, lon=29.22, country="CD", kind="city", uncertainty_km=8.0),
              actors=["Congolese army"], targets=["M23 rebels"])]))
    store.save(document("b", "B", "2021-05-02", [
        event("clash", "M23 rebels battled the army outside Goma on Saturday, residents said.", start="2021-05-01",
              place=dict(name="Goma", lat=-1.68, lon=29.22, country="CD", kind="city", uncertainty_km=8.0),
              actors=["M23 rebels"], targets=["Congolese army"])]))
    assert [e["report_count"] for e in store.events()] == [2]


# -- a base the report's words do not name -------------------------------------------------------
IRAQ_COUNTRY = dict(name="Iraq", lat=33.0, lon=44.0, country="IQ", kind="country", uncertainty_km=373.0)


def test_a_place_the_events_words_do_not_name_is_untold():
    text = ("Coalition troops left the Ain al-Asad base on Sunday. "
            "Separately, France has begun withdrawing its instructors.")
    second = text.index("Separately")
    places = [_named(text, "Ain al-Asad", AIN_AL_ASAD).to_dict()]
    assert place_untold({"start": second, "end": len(text), "location": dict(AIN_AL_ASAD)}, places)
    assert not place_untold({"start": 0, "end": second, "location": dict(AIN_AL_ASAD)}, places)
    # a country is no pinned place; places without offsets tell nothing
    assert not place_untold({"start": second, "end": len(text), "location": dict(IRAQ_COUNTRY)}, places)
    assert not place_untold({"start": second, "end": len(text), "location": dict(AIN_AL_ASAD)},
                            [dict(places[0], start=-1, end=-1)])


@pytest.mark.parametrize("told", [False, True])
def test_troops_leaving_a_base_their_words_do_not_name_may_be_the_countrys_withdrawal(store, told):
    store.save(document("home", "Ledger", "2020-03-30", [
        event("withdrawal", "French instructors began flying home from Iraq over the weekend.",
              start="2020-03-28", end="2020-03-29", place=IRAQ_COUNTRY, actors=["France"])]))
    lead = ("The coalition left the Ain al-Asad base on Sunday. " if not told else "")
    said = ("France has begun withdrawing its instructors from the Ain al-Asad base." if told
            else "Separately, France has begun withdrawing its instructors.")
    body = lead + said
    d = document("begun", "Roundup", "2020-03-29", [
        event("withdrawal", said, start="2020-03-29", place=AIN_AL_ASAD, actors=["France"])], body=body)
    d.places = [_named(body, "Ain al-Asad", AIN_AL_ASAD)]
    store.save(d)
    # placed at the base from the sentence before, it is France's withdrawal from Iraq; told at
    # the base, it is one base's, not the country's (troops at a base and troops in a country)
    assert sorted(e["report_count"] for e in store.events()) == ([1, 1] if told else [2])


def test_only_the_clause_of_the_act_names_its_other_places():
    text = ("Jets struck militia depots near the K1 base and a depot outside Kirkuk, and supporters of the militia "
            "then besieged the embassy in Baghdad. Later, rockets hit Camp Taji.")
    kirkuk = dict(name="Kirkuk", lat=35.47, lon=44.39, country="IQ", kind="city", uncertainty_km=12.0)
    taji = dict(name="Camp Taji", lat=33.524, lon=44.257, country="IQ", kind="installation", uncertainty_km=3.0)
    places = [_named(text, "K1", K1).to_dict(), _named(text, "Kirkuk", kirkuk).to_dict(),
              _named(text, "Baghdad", BAGHDAD_CITY).to_dict(), _named(text, "Camp Taji", taji).to_dict()]
    first = text.index(" Later")
    ev = {"start": 0, "end": len(text), "location": dict(K1), "trigger": "struck",
          "evidence": text[:first] + " … " + text[first + 1:]}
    # not Baghdad (the siege told after ', and'), nor Taji (another sentence the evidence joins)
    assert [p["name"] for p in places_told_with(ev, places, text)] == ["Kirkuk"]
    # without the document's text, the whole span
    assert [p["name"] for p in places_told_with(ev, places)] == ["Kirkuk", "Baghdad", "Camp Taji"]


# -- a force's move told as a plan and told done ------------------------------------------------
LEBANON = dict(name="Lebanon", lat=33.85, lon=35.86, country="LB", kind="country", uncertainty_km=60.0)
NAQOURA = dict(name="Naqoura", lat=33.118, lon=35.139, country="LB", kind="city", uncertainty_km=3.0)


def test_a_move_a_force_announced_and_then_made_is_one_event():
    plan = dict(_one("withdrawal", "Madrid said on Monday it would bring home the 150 Spanish trainers serving "
                                   "in Lebanon.", start="2021-05-03", place=LEBANON, actors=["Spain"],
                     modality="planned"), _fuse={"published": "2021-05-03"})
    done = dict(_one("withdrawal", "A first group of trainers from Spain left at the weekend, an army source said.",
                     start="2021-05-08", end="2021-05-09", place=NAQOURA, actors=["Spain"]), _place_untold=True)
    # the same doer's move, within the plan's days (placed at the town of the report's dateline, the
    # plan in the country, and told in other words): no modality penalty keeps them apart
    assert (match_score(done, plan, m_published=date(2021, 5, 10)) or 0) >= MERGE_AT
    # another force's departure is not the one Spain announced
    other = dict(done, actors=["Italy"])
    assert (match_score(other, plan, m_published=date(2021, 5, 10)) or 0) < MERGE_AT
    # a deployment made is not the withdrawal planned
    assert match_score(dict(done, type="deployment"), plan, m_published=date(2021, 5, 10)) is None


def test_a_report_telling_a_plan_and_its_carrying_out_tells_one_happening():
    from sitrep.fuse.match import telling_groups
    plan = _one("deployment", "Warsaw announced on Tuesday that it would send 300 more soldiers to Latvia.",
                start="2022-02-01", actors=["Poland"], modality="planned")
    plan["start"], plan["end"] = 0, 80
    made = _one("deployment", "The first Polish soldiers arrived at Adazi on Friday, the defence ministry said.",
                start="2022-02-04", actors=["Poland"])
    made["start"], made["end"] = 81, 160
    assert telling_groups([plan, made]) == [0, 0]
    # made before the plan was told: an earlier move ('sent 200 in January and will send 300 more')
    before = dict(made, date={"start": "2022-01-10", "end": "2022-01-10", "text": "January"})
    assert telling_groups([plan, before]) == [0, 1]
    # another doer, or a word telling another move, or an unknown doer
    assert telling_groups([plan, dict(made, actors=["Lithuania"])]) == [0, 1]
    second = dict(made, evidence="A second contingent of Polish soldiers arrived at Adazi on Friday.")
    assert telling_groups([plan, second]) == [0, 1]
    assert telling_groups([plan, dict(made, actors=[])]) == [0, 1]
    # one sentence read both ways is a reading's doubt, not a plan and its carrying out
    assert telling_groups([plan, dict(made, evidence=plan["evidence"])]) == [0, 1]


# -- a place a report's words do not name ---------------------------------------------------------
KIRKUK = dict(name="Kirkuk", lat=35.4681, lon=44.3922, country="IQ", kind="city", uncertainty_km=15.0)
IRAQ_COUNTRY = dict(name="Iraq", lat=33.2232, lon=43.6793, country="IQ", kind="country", uncertainty_km=400.0)


def test_a_town_a_report_does_not_name_does_not_place_the_event_others_place():
    from sitrep.fuse.merge import merge_mentions

    def mention(doc, evidence, loc, untold=False):
        ev = {"type": "withdrawal", "modality": "asserted", "evidence": evidence, "confidence": 0.9,
              "date": {"start": "2020-03-29", "end": "2020-03-29"}, "location": dict(loc), "actors": ["Denmark"]}
        if untold:
            ev["_place_untold"] = True
        return {"event": ev, "source": {"document": doc, "outlet": f"O{doc}", "published": "2020-03-29"}}
    told = mention(1, "Denmark has pulled its 120 trainers out of Iraq, the defence ministry said.", IRAQ_COUNTRY)
    # 'KIRKUK - ... Separately, Denmark has withdrawn its trainers.': the dateline's town, not the act's
    dateline = mention(2, "Separately, Denmark has withdrawn its trainers.", KIRKUK, untold=True)
    assert merge_mentions([told, dateline])["location"]["name"] == "Iraq"
    # named by the report, the town is the sharper place
    assert merge_mentions([told, mention(2, "Danish trainers left Kirkuk.", KIRKUK)])["location"]["name"] == "Kirkuk"
    # a base referred back to ('left the base', the base named before) keeps its place
    base = dict(K1, uncertainty_km=2.0)
    assert merge_mentions([told, mention(2, "The Danes left the base on Sunday.", base, untold=True)]
                          )["location"]["name"] == K1["name"]


# -- an act recalled by a definite description -------------------------------------------------------
def test_an_act_a_later_report_recalls_by_a_definite_description_agrees_more_surely():
    from sitrep.fuse.match import refers_back
    vote = dict(_one("legislation", "Lawmakers in Kyiv voted on Tuesday to extend martial law by 90 days.",
                     start="2022-05-17", place=dict(name="Kyiv", lat=50.45, lon=30.52, country="UA", kind="city",
                                                    uncertainty_km=20.0), actors=["Verkhovna Rada"]),
                _fuse={"published": "2022-05-17"})
    ukraine = dict(name="Ukraine", lat=49.0, lon=32.0, country="UA", kind="country", uncertainty_km=500.0)

    def recalled(sentence):
        return dict(_one("legislation", sentence, start="2022-05-01", end="2022-05-31", place=ukraine),
                    trigger="vote")
    named = recalled("The minister said the decision had nothing to do with the May vote on martial law.")
    other = recalled("The minister said the decision had nothing to do with a May vote on martial law.")
    assert refers_back(named, own_noun=True) and not refers_back(other, own_noun=True)
    later = date(2022, 6, 20)
    assert match_score(named, vote, m_published=later, floor=-1) > match_score(other, vote, m_published=later, floor=-1)
    # told before the act was reported, the description names no act reported before
    assert match_score(named, vote, m_published=date(2022, 5, 16), floor=-1) \
        == match_score(other, vote, m_published=date(2022, 5, 16), floor=-1)
    # a verb's definite object may be another act: 'stationed there before the handover' names the
    # handover, not the troops' number
    level = dict(_one("troop_level", "About 400 soldiers had been stationed there before the handover.",
                      start="2022-05-01"), trigger="stationed")
    assert refers_back(level) and not refers_back(level, own_noun=True)
