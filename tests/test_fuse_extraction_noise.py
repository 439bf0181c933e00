"""Fusion where one report's fields are read otherwise than another's: statements by one speaker,
acts named by their target, dates given to a day or to a span (our own sentences)."""
from __future__ import annotations

from datetime import date

from fuse_data import event
from sitrep.fuse.match import MERGE_AT, match_score


def _one(kind, evidence, **kw):
    return event(kind, evidence, **kw).to_dict()


def _stored(ev, published):
    return dict(ev, _fuse={"published": published}, sources=[{"evidence": ev["evidence"]}])


# -- two statements by one speaker are one only if they say one thing -----------------------------
def test_statements_by_one_speaker_that_share_only_names_are_two():
    paused = _stored(_one("statement", "Separately, the alliance has halted its training courses for Malian "
                                       "officers because of the epidemic.", start="2021-04-05", end="2021-04-12",
                          actors=["Western alliance"]), "2021-04-12")
    spokesman = _one("statement", "The alliance spokesman, Col. Pierre Martin, said the move had been planned for "
                                  "a year and showed the progress Malian units had made.", start="2021-04-09",
                     text="", actors=["Western alliance", "Pierre Martin"])
    suspended = _one("statement", "The alliance has also suspended its training programme for Malian officers "
                                  "for two months because of the epidemic.", start="2021-04-01", end="2021-04-30",
                     actors=["Western alliance"])
    # (the speaker's name, "alliance", and a people's, "Malian", are all the spokesman's words share)
    assert match_score(spokesman, paused, m_published=date(2021, 4, 9)) is None
    assert (match_score(suspended, paused, m_published=date(2021, 4, 14)) or 0) >= MERGE_AT


def test_a_threat_retold_in_other_words_is_one_statement():
    threat = _stored(_one("statement", "President Ortega threatened on Monday to impose tariffs on Costa Rica if "
                                       "its border stayed closed.", start="2022-02-07", actors=["Daniel Ortega"]),
                     "2022-02-08")
    retold = _one("statement", "Speaking in Managua on Monday, Ortega said Nicaragua would impose heavy tariffs on "
                               "Costa Rica.", start="2022-02-07", actors=["Daniel Ortega"])
    assert (match_score(retold, threat, m_published=date(2022, 2, 8)) or 0) >= MERGE_AT


# -- one happening told twice in one report -----------------------------------------------------
def test_a_lead_told_to_the_month_and_a_body_told_to_the_day_are_one_telling():
    from sitrep.fuse.match import same_telling
    depot = dict(name="Al-Tanf garrison", lat=33.49, lon=38.62, country="SY", kind="installation", uncertainty_km=3.0)
    lead = dict(_one("airstrike", "The toll from last month's drone attack on the al-Tanf garrison has risen to 40.",
                     start="2023-10-01", end="2023-10-31", place=depot, actors=["Islamic Resistance in Iraq"]),
                start=0)
    body = dict(_one("airstrike", "Militants flew three drones into the garrison on October 19, officials said.",
                     start="2023-10-19", place=depot, actors=["Islamic Resistance in Iraq"]), start=200)
    assert same_telling(lead, body)
    # a day well outside the lead's span is another act, and so is one the words call another
    assert not same_telling(lead, dict(body, date={"start": "2023-11-15", "end": "2023-11-15"}))
    assert not same_telling(lead, dict(body, evidence="Militants flew drones into the garrison again on October 19."))


def test_what_was_fired_named_again_as_the_subject_retells_the_firing():
    from sitrep.fuse.match import refers_back, telling_groups
    assert refers_back({"evidence": "The rockets landed near the runway, the army said.", "trigger": "landed"})
    assert refers_back({"evidence": "The drones hit a fuel depot on the edge of the city.", "trigger": "hit"})
    assert not refers_back({"evidence": "Rockets landed near the runway, the army said.", "trigger": "landed"})
    port = dict(name="Hodeidah", lat=14.80, lon=42.95, country="YE", kind="city", uncertainty_km=10.0)
    depot = dict(name="Ras Isa", lat=15.23, lon=42.86, country="YE", kind="city", uncertainty_km=5.0)
    fired = dict(_one("airstrike", "Israeli jets bombed two ports on Yemen's Red Sea coast on Sunday.",
                      start="2024-07-21", place=port, actors=["Israel"]), start=0, trigger="bombed")
    struck = dict(_one("airstrike", "The bombs struck fuel tanks at Hodeidah and a terminal at Ras Isa.",
                       start="2024-07-21", place=depot), start=100, trigger="struck",
                  _also_at=[port])
    assert telling_groups([fired, struck]) == [0, 0]


def test_one_sentence_read_as_an_act_and_as_its_denial_is_one_telling():
    from sitrep.fuse.match import same_telling
    camp = dict(name="Camp Lemonnier", lat=11.55, lon=43.15, country="DJ", kind="installation", uncertainty_km=3.0)
    sentence = "Officials at first said nobody was hurt when militants fired mortars at the camp on 4 May."
    fired = dict(_one("shelling", sentence, start="2024-05-04", place=camp, actors=["al-Shabaab"]), start=0)
    denied = dict(fired, modality="denied")
    assert same_telling(fired, denied)
    # the denial told in a sentence of its own may be of another act; a plan and its act read in
    # one sentence are one reading's doubt that fusion does not settle here
    assert not same_telling(fired, dict(denied, evidence="The group denied firing at the camp on 4 May."))
    assert not same_telling(fired, dict(fired, modality="planned"))


# -- an act against one named person ------------------------------------------------------------
def test_a_killing_retold_by_its_victim_alone_joins_the_act_against_that_person():
    from sitrep.fuse._util import person_key, same_person
    assert same_person("Ayman al-Zawahiri", "Aiman al-Zawahri")
    assert same_person("Qassem Soleimani", "Qasem Suleimani")
    assert not same_person("Ayman al-Zawahiri", "Hamza bin Laden")
    # bodies, forces, peoples and descriptions are no persons
    for name in ("Quds Force", "Kataib Hezbollah militia", "Iranian general", "Islamic State", "Wagner Group"):
        assert person_key(name) is None, name
    kabul = dict(name="Kabul", lat=34.53, lon=69.17, country="AF", kind="city", uncertainty_km=15.0)
    strike = _stored(_one("airstrike", "A US drone strike on a house in Kabul killed al-Qaeda leader Ayman al-Zawahiri "
                                       "on Sunday.", start="2022-07-31", place=kabul, actors=["United States"],
                          targets=["Ayman al-Zawahiri"]), "2022-08-02")
    # a later report: no doer, no place, no day; only whom the act was against
    recalled = _one("airstrike", "The group has named no successor since a drone killed Aiman al-Zawahri.",
                    targets=["Aiman al-Zawahri"])
    other = _one("airstrike", "The group has named no successor since a drone killed its deputy leader.",
                 targets=["its deputy leader"])
    on = date(2022, 9, 20)
    assert (match_score(recalled, strike, m_published=on) or 0) >= MERGE_AT
    assert (match_score(other, strike, m_published=on) or 0) < MERGE_AT


# -- a plan told for its day ------------------------------------------------------------------
def test_a_gathering_planned_for_a_day_and_held_that_day_is_one_event():
    square = dict(name="Tbilisi", lat=41.72, lon=44.79, country="GE", kind="city", uncertainty_km=12.0)
    plan = _stored(_one("protest", "Opposition leaders said a march against the bill would be held in Tbilisi on "
                                   "Sunday.", start="2023-03-12", place=square, modality="planned"), "2023-03-10")
    held = _one("protest", "Tens of thousands of people marched through Tbilisi on Sunday against the foreign "
                           "agents bill.", start="2023-03-12", place=square, actors=["protesters"])
    assert (match_score(held, plan, m_published=date(2023, 3, 13)) or 0) >= MERGE_AT
    # a plan dated by the day it was told (its act may come any day after) agrees less surely
    told = dict(plan, _fuse={"published": "2023-03-12"})
    assert match_score(held, told, m_published=date(2023, 3, 13), floor=-1) \
        < match_score(held, plan, m_published=date(2023, 3, 13), floor=-1)


# -- the side most reports name as the doer -----------------------------------------------------
def test_one_reports_doer_is_no_side_most_reports_name():
    from sitrep.fuse.match import scoring_form
    from sitrep.fuse.merge import merge_mentions
    outpost = dict(name="Camp Bastion", lat=31.86, lon=64.22, country="AF", kind="installation", uncertainty_km=3.0)

    def told(key, ev):
        return {"event": ev, "hint": None, "source": {"document": key, "doc_key": key, "published": "2012-09-15",
                                                      "event": key}}
    # one report reads the victims as the doer, another names none
    victims = _one("attack", "On Friday night an assault on Camp Bastion killed two US Marines.", start="2012-09-14",
                   place=outpost, actors=["United States"])
    plain = _one("attack", "Insurgents stormed the perimeter of Camp Bastion on Friday night, officials said.",
                 start="2012-09-14", place=outpost)
    unsure = scoring_form(merge_mentions([told("a", victims), told("b", plain)]))
    # a third report names the insurgents as the doer and the Americans as the target
    ev = _one("attack", "Taliban fighters attacked Camp Bastion on Friday, killing two US Marines.",
              start="2012-09-14", place=outpost, actors=["Taliban"], targets=["United States"])
    assert (match_score(ev, unsure, m_published=date(2012, 9, 16)) or 0) >= MERGE_AT
    # where most reports name the Americans as the doer, the Taliban's act against them is another
    sure = scoring_form(merge_mentions([told("a", victims), told("b", dict(plain, actors=["US forces"]))]))
    assert match_score(ev, sure, m_published=date(2012, 9, 16)) is None


# -- an act recalled by a later report, whichever report came first ------------------------------
def test_a_recalled_act_agrees_as_surely_whichever_report_came_first():
    from sitrep.fuse.match import scoring_form
    from sitrep.fuse.merge import merge_mentions
    ukraine = dict(name="Ukraine", lat=49.0, lon=32.0, country="UA", kind="country", uncertainty_km=500.0)
    kyiv = dict(name="Kyiv", lat=50.45, lon=30.52, country="UA", kind="city", uncertainty_km=20.0)

    def told(key, ev, published):
        return {"event": ev, "hint": None, "source": {"document": key, "doc_key": key, "published": published,
                                                      "event": key}}
    vote = _one("legislation", "Lawmakers in Kyiv voted on Tuesday to extend martial law by 90 days.",
                start="2022-05-17", place=kyiv, actors=["Verkhovna Rada"])
    recall = dict(_one("legislation", "The minister said the decision had nothing to do with the May vote on "
                                      "martial law.", start="2022-05-01", end="2022-05-31", place=ukraine),
                  trigger="vote")
    # the recalling report stored first, the report of the vote after it; and the other way round
    stored_recall = scoring_form(merge_mentions([told("later", recall, "2022-06-20")]))
    stored_vote = scoring_form(merge_mentions([told("first", vote, "2022-05-17")]))
    one_way = match_score(vote, stored_recall, m_published=date(2022, 5, 17), floor=-1)
    other_way = match_score(recall, stored_vote, m_published=date(2022, 6, 20), floor=-1)
    assert abs(one_way - other_way) < 0.02


# -- what was said, told as of the report's day ----------------------------------------------------
def test_a_statement_told_as_of_the_report_day_may_retell_one_made_days_before():
    from sitrep.fuse._util import interval
    announced = _stored(_one("statement", "The mission announced on Monday that it was suspending its patrols "
                                          "along the border for a month because of the floods.", start="2022-09-05",
                             actors=["UN mission"]), "2022-09-06")
    # nine days later a report says it as of its own day (no words of time: the date text "")
    retold = _one("statement", "Separately, the mission has suspended its border patrols because of the floods.",
                  start="2022-09-14", text="", actors=["UN mission"])
    assert interval(retold) == (date(2022, 8, 31), date(2022, 9, 14))
    assert (match_score(retold, announced, m_published=date(2022, 9, 14)) or 0) >= MERGE_AT
    # sharing one word of what was said is not enough where the day is the report's alone
    other = _one("statement", "The mission spokesman said the patrols had been planned for a year.",
                 start="2022-09-14", text="", actors=["UN mission"])
    assert match_score(other, announced, m_published=date(2022, 9, 14)) is None
    # a day the words tell, a span, a plan, an act: their days as told
    assert interval(dict(retold, date={"start": "2022-09-14", "end": "2022-09-14", "text": "Wednesday"})) \
        == (date(2022, 9, 14), date(2022, 9, 14))
    assert interval(dict(retold, modality="planned")) == (date(2022, 9, 14), date(2022, 9, 14))
    assert interval(dict(retold, type="withdrawal")) == (date(2022, 9, 14), date(2022, 9, 14))


def test_a_move_told_in_a_span_reaching_the_day_it_was_announced_carries_the_plan_out():
    from sitrep.fuse.match import telling_groups
    chad = dict(name="Chad", lat=15.45, lon=18.73, country="TD", kind="country", uncertainty_km=600.0)
    plan = dict(_one("withdrawal", "The ministry announced on Tuesday that it would bring home its 1,000 soldiers.",
                     start="2023-12-19", place=chad, actors=["France"], modality="planned"), start=0)
    # "have begun leaving": the week up to the report, which holds the announcement's day
    begun = dict(_one("withdrawal", "French soldiers have begun leaving the base, an officer said.",
                      start="2023-12-16", end="2023-12-23", place=chad, actors=["France"]), start=100)
    assert telling_groups([plan, begun]) == [0, 0]
    # a move told wholly before the announcement is an earlier one
    earlier = dict(begun, date={"start": "2023-11-01", "end": "2023-11-30", "text": "last month"})
    assert telling_groups([plan, earlier]) == [0, 1]


def test_a_statement_told_as_of_the_report_in_a_span_counted_back_reads_the_same_fortnight():
    from sitrep.fuse._util import interval
    said = {"type": "statement", "modality": "asserted"}
    fortnight = (date(2022, 8, 31), date(2022, 9, 14))
    assert interval(dict(said, date={"start": "2022-09-14", "end": "2022-09-14", "text": ""})) == fortnight
    assert interval(dict(said, date={"start": "2022-09-12", "end": "2022-09-14", "text": ""})) == fortnight
    # read again from a canonical event that keeps the fortnight, the same fortnight
    assert interval(dict(said, date={"start": "2022-08-31", "end": "2022-09-14", "text": ""})) == fortnight


def test_a_month_counted_back_from_the_report_has_soft_edges():
    from sitrep.fuse.match import same_telling
    depot = dict(name="Al-Tanf garrison", lat=33.49, lon=38.62, country="SY", kind="installation", uncertainty_km=3.0)
    # "last month" in a report of 12 November, read as the thirty days before it
    lead = dict(_one("airstrike", "The toll from last month's drone attack on the al-Tanf garrison has risen to 40.",
                     start="2023-10-13", end="2023-11-12", place=depot, actors=["Islamic Resistance in Iraq"]),
                start=0)
    body = dict(_one("airstrike", "Militants flew three drones into the garrison on October 9, officials said.",
                     start="2023-10-09", place=depot, actors=["Islamic Resistance in Iraq"]), start=200)
    assert same_telling(lead, body)
    # a day a fortnight outside it is no longer what the words meant; nor are a week's edges soft
    assert not same_telling(lead, dict(body, date={"start": "2023-09-25", "end": "2023-09-25"}))
    week = dict(lead, date={"start": "2023-10-13", "end": "2023-10-19"})
    assert not same_telling(week, body)


# -- a place the words name besides the act's own ---------------------------------------------------
def test_another_place_the_words_name_agrees_only_with_days_that_agree():
    # (our own sentences: an act recalled beside another place's attack, and a barrage there told undated)
    town = dict(name="Gao", lat=16.27, lon=-0.04, country="ML", kind="city", uncertainty_km=10.0)
    camp = dict(name="Camp Firhoun", lat=16.30, lon=-0.60, country="ML", kind="installation", uncertainty_km=3.0)
    recalled = _stored(dict(_one("shelling", "The militia has not claimed the Firhoun attack, though officials blame "
                                             "it for a November mortar strike on a base near Gao.",
                                 start="2022-11-01", end="2022-11-30", place=town, actors=["militia"]),
                            _also_at=[camp]), "2023-02-20")
    recalled["_fuse"]["also_at"] = [camp]
    undated = _one("shelling", "The army said some twenty mortar rounds had landed inside the camp.", place=camp,
                   actors=["militia"])
    assert match_score(undated, recalled, m_published=date(2023, 2, 18)) is None
    # told for the same month, the other place the words name still makes one act of the two
    dated = _one("shelling", "Mortar rounds landed inside Camp Firhoun in November, wounding two soldiers.",
                 start="2022-11-01", end="2022-11-30", place=camp, actors=["militia"])
    assert (match_score(dated, recalled, m_published=date(2023, 2, 18)) or 0) >= MERGE_AT
