"""How well a report's event matches a canonical event: `match_score(mention, canonical)`.

Both sides are events in the contract's form; the canonical one also carries `sources`
(with their evidence) and `_fuse` (its first report's publication day and country hint).
Hard incompatibilities give None: kinds no reporter would confuse, a hypothesis against a
fact, days that cannot overlap, places too far apart (a town outside a province's reach)
or in other countries, a withdrawal and a handover not at one site (leaving a country is
not handing over one of its bases; nor is taking a town the handover of a base elsewhere),
a territory change by another than the one a base was handed to, actors and
targets swapped (their strike on us against our strike on them; not in a clash, whose sides
either report may name as the doer), a report's target the side most reports of the event
name as its doer, a plan told after the act was over, statements by other
speakers or sharing no word. A plan or a denial may join the event that happened, at a
penalty. Otherwise the score adds up
agreement on kind, days, place, actors, numbers and wording; fusion merges above MERGE_AT.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any, Callable

from sitrep.fuse._util import (acting, actor_tokens, content_words, day, interval, jaccard, located, norm_name,
                               person_key, plan_span, precise, said_as_of_report, said_words, span_days, window,
                               SPEAKER_KINDS)
from sitrep.fuse.blocking import tolerance
from sitrep.fuse.kinds import GROUPS, kind_compatibility
from sitrep.fuse.sites import also_at
from sitrep.geo import km

MERGE_AT = 0.45
TEXT_WEIGHT = 0.4          # the weight of shared wording (Jaccard of content words, best source)
MAX_TEXTS = 12             # the sources whose wording is compared (the first reports)
MODALITY_PENALTY = 0.1     # a plan or a denial may be of the event that (later) happened, but less surely
ALSO_AT_PENALTY = 0.1     # a place the telling's words name, not the one it was placed at, agrees less surely
COMPATIBLE_MIN_TEXT = 0.15 # the wording two reports of compatible (not equal) kinds must share, lacking actors
RECALLED_BONUS = 0.05      # a report naming an act by a definite description names one reported before
PERSON_TARGET_BONUS = 0.25 # two reports of a violent act against one named person (a person is killed once:
                           # as sure a sign as one day)
FORCE_KINDS = {"deployment", "withdrawal", "handover", "troop_level"}
FORCE_RATIO = 2.0          # force figures further apart than this are of different forces
COARSE_REACH = 1.5         # a coarse place's radius is rough: a point this many radii away is outside it,
COARSE_SLACK_KM = 50.0     # plus this margin
# leaving a place, handing it over and taking control of it are one event at one site only
SITE_KINDS = {"withdrawal", "handover", "territory_change"}
TAKEOVER = frozenset(("handover", "territory_change"))   # the handover's receiver is the one taking control
SAME_SITE_KM = 5.0
_PLAN_AND_FACT = frozenset(("planned", "asserted"))   # the modalities of a plan and of its being carried out
SAME_DAYS_SCORE = 0.15     # the days' score (_date_score_of) of two short spans that overlap
# a fight between two sides: each report may name either as the doer ("soldiers fought rebels",
# "rebels battled the army"); the other violent acts are one side's against the other
TWO_SIDED_KINDS = {"clash"}
ONE_SIDED_KINDS = {k for k, g in GROUPS.items() if g == "violence"} - TWO_SIDED_KINDS
VIOLENT_KINDS = {k for k, g in GROUPS.items() if g == "violence"}


def _days_apart(a: tuple[date, date], b: tuple[date, date]) -> int:
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


def _plan_told_after(a: tuple[date, date] | None, m_modality: str | None, m_pub: date | None,
                     b: tuple[date, date] | None, c_modality: str | None, c_pub: date | None) -> bool:
    """Whether one side is a plan first told after the other, a fact, had happened: a report
    that calls an act still to come ('the coalition is expected to leave the K1 base within
    days', published on the 27th) does not tell of one over before its day (a withdrawal on
    the 26th): its reporter would have told it done."""
    m_mod, c_mod = m_modality or "asserted", c_modality or "asserted"
    if m_mod == "planned" and c_mod == "asserted":
        plan_pub, fact = m_pub, b
    elif c_mod == "planned" and m_mod == "asserted":
        plan_pub, fact = c_pub, a
    else:
        return False
    return plan_pub is not None and fact is not None and fact[1] < plan_pub


def _planned_for_its_day(iv: tuple[date, date] | None, published: date | None) -> bool:
    """Whether a plan's days are those it is planned for, not those it was told on: a day or two
    after its report's ("a funeral procession will be held in Baghdad on Saturday", told on
    Friday). A plan dated on or before its report's day is dated by its telling ("France will
    withdraw its soldiers, the ministry said on Wednesday"): its act may come any day after."""
    return iv is not None and published is not None and span_days(iv) <= 2 and iv[0] > published


def _for_its_day(iv: tuple[date, date] | None, modality: str | None, published: date | None) -> bool:
    """A telling's days are the act's own: a fact's, or a plan's planned for its day."""
    return modality != "planned" or _planned_for_its_day(iv, published)


def _date_score_of(a: tuple[date, date] | None, wa: tuple[date, date] | None, m_modality: str | None,
                   m_kind: str | None, c: dict, c_pub: date | None, m_pub: date | None = None) -> float | None:
    """The days' agreement of a report (its days `a`, its window `wa`, its publication day
    `m_pub`) and a canonical event, or None where they cannot be one event's. A plan's days run
    on a quarter, but for a plan told for its day ahead (`_planned_for_its_day`), whose day agrees
    with the act's as two tellings of a day do."""
    b = interval(c)
    if _plan_told_after(a, m_modality, m_pub, b, c.get("modality"), c_pub):
        return None
    tol = tolerance(m_kind or "", c.get("type") or "")
    if a and b and "planned" in (m_modality, c.get("modality")) \
            and not (_for_its_day(a, m_modality, m_pub) and _for_its_day(b, c.get("modality"), c_pub)):
        # a plan and what happened, or two tellings of a plan: the plan's days run on a quarter
        pa, pb = plan_span(a, m_modality), plan_span(b, c.get("modality"))
        return None if _days_apart(pa, pb) > tol else 0.05
    if a and b:
        gap = _days_apart(a, b)
        short = span_days(a) <= 2 and span_days(b) <= 2
        if gap > tol or (gap and not short and tol <= 1):
            return None
        if short:
            return 0.25 if gap == 0 and a == b else 0.15 if gap == 0 else 0.08
        return 0.1 if min(span_days(a), span_days(b)) <= 2 else 0.05     # a day inside a vague span
    wb = window(c, c_pub)
    if wa and wb and _days_apart(wa, wb) > tol:
        return None
    if "planned" in (m_modality, c.get("modality")) and (a or b):
        return 0.05     # an undated plan whose quarter holds the other's days agrees as a dated one would
    return 0.0


def place_scorer(a: dict | None) -> Callable[[dict | None], float | None]:
    """The places' agreement of `a` and many others, or None where they cannot be one event's
    place: what depends on `a` alone is worked out once."""
    a = a or {}
    ca = (a.get("country") or "").upper()
    a_name = norm_name(a.get("name")) if a.get("name") else None
    a_precise, a_located = precise(a), located(a)
    a_unc = a.get("uncertainty_km") or 0
    a_coarse_radius, a_coarse_kind = a.get("uncertainty_km"), a.get("kind")

    def score(b: dict | None) -> float | None:
        b = b or {}
        cb = (b.get("country") or "").upper()
        if ca and cb and ca != cb:
            return None
        same_name = a_name is not None and a_name == norm_name(b.get("name"))
        b_precise = precise(b)
        if a_precise and b_precise:
            d = km(a["lat"], a["lon"], b["lat"], b["lon"])
            limit = min(100.0, max(40.0, 1.5 * (a_unc + (b.get("uncertainty_km") or 0))))
            if d > limit and not same_name:
                return None
            return 0.25 if same_name else 0.25 * (1 - d / limit) + 0.05
        if same_name:
            return 0.15
        if a_located and located(b):       # one or both coarse: the pinned one must lie within the other
            radius, kind = (b.get("uncertainty_km"), b.get("kind")) if a_precise else (a_coarse_radius, a_coarse_kind)
            d = km(a["lat"], a["lon"], b["lat"], b["lon"])
            if radius and kind not in ("country", "demonym"):
                # a province or a region is an area of known reach: a town outside it is elsewhere
                # (a country's radius says little of its shape, and its towns share its code)
                if d > COARSE_REACH * radius + COARSE_SLACK_KM:
                    return None
            elif d > (radius or 300.0) + COARSE_SLACK_KM and not (ca and ca == cb):
                return None
        return 0.05 if ca and ca == cb else 0.0
    return score


def told_place_scorer(ev: dict) -> Callable[[dict], float | None]:
    """The places' agreement of a report's event `ev` and a canonical event: that of their own
    places, or where those cannot be one, of another place the words of either name
    (`sites.also_at`: "The missiles struck Ain al-Assad air base and a facility near Erbil",
    placed at Erbil, may be the report of the strike another outlet placed at Ain al-Asad),
    less ALSO_AT_PENALTY; None where none can be."""
    own = place_scorer(ev.get("location"))
    told = [place_scorer(x) for x in also_at(ev)]

    def score(c: dict) -> float | None:
        cl = c.get("location")
        ps = own(cl)
        if ps is not None:
            return ps
        theirs = also_at(c)
        if not told and not theirs:
            return None
        found = [x for x in [s(cl) for s in told] + [own(x) for x in theirs] if x is not None]
        return max(found) - ALSO_AT_PENALTY if found else None
    return score


def _same_site(a: dict | None, b: dict | None) -> bool:
    """Both events pinned to one installation or town (same name, or a few km apart)."""
    if not (precise(a) and precise(b)):
        return False
    return norm_name(a.get("name")) == norm_name(b.get("name")) \
        or km(a["lat"], a["lon"], b["lat"], b["lon"]) <= SAME_SITE_KM


# what may be the handover of a base whose site one report does not give: the base's handover
# or its leaving, told at the base
_OF_A_SITE = frozenset(("handover", "withdrawal"))


def handover_site_untold(m_kind: str | None, m_loc: dict | None, c_kind: str | None, c_loc: dict | None) -> bool:
    """Whether one event is a handover told with no site (placed at a country, a province or
    nowhere) and the other a handover or a withdrawal at one: a handover is always of a site, so
    one placed no nearer than the country ("the coalition handed over its base at al-Qaim", read
    as placed in Iraq) may be the handover of the base another report says was left or handed
    over; the other rules (days, actors, wording) decide. A withdrawal placed at a country is
    leaving the country, no base's handover, and stays apart."""
    for kind, loc, other_kind, other_loc in ((m_kind, m_loc, c_kind, c_loc), (c_kind, c_loc, m_kind, m_loc)):
        if kind == "handover" and other_kind in _OF_A_SITE and not precise(loc) and precise(other_loc):
            return True
    return False


def _actor_score_of(am: set[str], tm: set[str], m_kind: str | None, c: dict) -> float | None:
    # (the base an event is at, read as its actor, is no force: it neither agrees nor differs)
    doers = acting(c)
    ac, tc = actor_tokens(doers), actor_tokens(c.get("targets"))
    if am & tc and ac & tm and not am & ac and m_kind not in TWO_SIDED_KINDS:
        return None                     # the roles are swapped: a strike and the strike back
    # the side most of its reports name as the doer (its actors come most reported first) is the
    # report's target, and not among its doers: the other side's act, whatever doers one report
    # of the canonical event read wrongly ("Iran fired missiles at US positions" is no US strike
    # that one report read with Iran for an actor)
    # (a side named first by one report's reading as against another's is no such side)
    lead = actor_tokens(doers[:1]) if m_kind in ONE_SIDED_KINDS and not (c.get("_fuse") or {}).get("lead_unsure") \
        else set()
    if lead and tm & lead and not am & lead:
        return None
    if am and ac and not am & ac and m_kind in SPEAKER_KINDS:
        return None                     # two speakers: two statements
    if am and ac:
        return 0.15 if am & ac else -0.1
    return 0.0


def _takeover_actor_score(taker: set[str], handover: dict) -> float | None:
    """The actors' agreement of a territory change (its `taker` tokens) and a handover: the one
    taking control is the one the base was handed to (the handover's target). The side that
    handed it over taking it is another event (a base retaken), as is another taker."""
    receiver, giver = actor_tokens(handover.get("targets")), actor_tokens(acting(handover))
    if taker and giver & taker and not receiver & taker:
        return None
    if taker and receiver:
        return 0.15 if taker & receiver else None
    return 0.0


def _quantity_score_of(qm: dict, c: dict) -> float:
    qc = c.get("quantities") or {}
    score = 0.0
    for k in set(qm) & set(qc):
        try:
            x, y = float(qm[k]), float(qc[k])
        except (TypeError, ValueError):
            continue
        if x == y:
            score += 0.05
        elif max(x, y) > 3 * max(1.0, min(x, y)):
            score -= 0.05
    return max(-0.1, min(0.1, score))


def scoring_form(c: dict[str, Any]) -> dict[str, Any]:
    """All that `match_score` (and the prefilter) read of a canonical event: its kind, modality,
    days, place, actors, targets, figures, evidence, its first report's day and the wording of
    the sources it compares (without their outlets, links and the other sources). The store keeps
    it beside the event so that candidates are scored without reading all their sources back;
    scoring it gives what scoring the whole event gives."""
    form = {k: c[k] for k in ("type", "modality", "date", "location", "actors", "targets", "quantities", "evidence")
            if k in c}
    if c.get("sources"):
        form["sources"] = [{"evidence": s.get("evidence")} for s in c["sources"][:MAX_TEXTS]]
    f = c.get("_fuse") or {}
    fuse = {k: f[k] for k in ("published", "also_at", "place_untold", "lead_unsure", "recalled")
            if f.get(k) is not None}
    if fuse:
        form["_fuse"] = fuse
    return form


def match_score(m: dict[str, Any], c: dict[str, Any], m_published: date | None = None,
                floor: float = MERGE_AT) -> float | None:
    """The score, or None where the two cannot be one event or the score could not reach
    `floor` (the caller's threshold; lower it for candidates that get a bonus)."""
    return scorer(m, m_published)(c, floor)


def _person_targets(ev: dict[str, Any]) -> frozenset[tuple[str, str]]:
    """The persons an event's act was against, by their names' consonants (`_util.person_key`:
    one spelling of a transliterated name is another's), less a name that is the event's place
    or another place its words name (a town read as the target: "Jurf al-Sakhar")."""
    places = {norm_name((ev.get("location") or {}).get("name"))} | {norm_name(p.get("name")) for p in also_at(ev)}
    keys = (person_key(t) for t in ev.get("targets") or () if t and norm_name(t) not in places)
    return frozenset(k for k in keys if k is not None)


def _two_force_figures(ml: dict | None, m_untold: bool, qm: dict[str, Any], c: dict[str, Any],
                       site_untold: bool) -> bool:
    """Whether a report's force level or movement (place `ml`, figures `qm`) and a candidate's
    are two figures that cannot be one event: one at a base and one in the country, or counts
    too far apart."""
    mloc, cl = ml or {}, c.get("location") or {}
    if located(mloc) and located(cl) and precise(mloc) != precise(cl) and not site_untold \
            and not (m_untold if precise(mloc) else (c.get("_fuse") or {}).get("place_untold")):
        return True                         # troops at a base and troops in the country are two figures
                                            # (unless the base is one the report's words do not name)
    # 750 more soldiers are not the 5,200 already there
    pm, pc = qm.get("personnel"), (c.get("quantities") or {}).get("personnel")
    return bool(pm and pc and max(pm, pc) > FORCE_RATIO * min(pm, pc))


# a force's move: what a force says it will do and then does ("France will withdraw its 200
# trainers" and, days later, "France has begun withdrawing its instructors")
MOVE_KINDS = frozenset(("deployment", "withdrawal"))


def _one_force_moves(m_kind: str | None, c_kind: str | None, actor_score: float) -> bool:
    """Whether a plan and a fact are one force's one move: both a deployment or both a
    withdrawal, by a doer both name (`actor_score` positive). A force announces a move and
    then makes it, and reports tell either; within the plan's days (`_date_score_of`) and
    with no figures told otherwise (`_two_force_figures`), the move done is the one planned,
    not another less surely (no modality penalty)."""
    return m_kind == c_kind and m_kind in MOVE_KINDS and actor_score > 0


def scorer(m: dict[str, Any], m_published: date | None = None) -> Callable[..., float | None]:
    """`match_score` for one report against many canonical events: what depends on the report
    alone (its days, place, actors, figures and words) is worked out once, not once a candidate
    (a report in a big store is scored against several). The report must not change meanwhile."""
    mk = m.get("type")
    kind = mk or ""
    m_modality = m.get("modality")
    m_pub = day(m_published)
    m_untold = bool(m.get("_place_untold") or (m.get("_fuse") or {}).get("place_untold"))
    mm = m_modality or "asserted"
    a, wa = interval(m), window(m, m_published)
    ml = m.get("location")
    place_score = told_place_scorer(m)
    own_place_score = place_scorer(ml)
    am, tm = actor_tokens(acting(m)), actor_tokens(m.get("targets"))
    qm = m.get("quantities") or {}
    words = content_words(m.get("evidence"))
    # what a statement's words say, less its speaker's name ("the coalition has paused its training")
    said = said_words(m.get("evidence")) - am if mk in SPEAKER_KINDS else frozenset()
    m_as_of = said_as_of_report(m)
    # "the January vote in Iraq's parliament", "the December 27 rocket attack": the report recalls an
    # act as one its readers know, so an act reported before its own day agrees more surely
    recalled = m_pub is not None and refers_back(m, own_noun=True)
    persons = _person_targets(m) if mk in VIOLENT_KINDS else frozenset()

    def score(c: dict[str, Any], floor: float = MERGE_AT) -> float | None:
        kc = kind_compatibility(kind, c.get("type") or "")
        if kc is None:
            return None
        cm = c.get("modality") or "asserted"
        if "hypothetical" in (mm, cm) and mm != cm:
            return None
        penalty = MODALITY_PENALTY if mm != cm else 0.0
        c_pub = day((c.get("_fuse") or {}).get("published"))
        ds = _date_score_of(a, wa, m_modality, mk, c, c_pub, m_pub)
        if ds is None:
            return None
        ps = place_score(c)
        if ps is None:
            return None
        ck, cl = c.get("type"), c.get("location")
        if ds <= 0.0 and own_place_score(cl) is None:
            # a place agreeing only as another place the words name (sites.also_at) is one act's only
            # with days that agree too: "has not claimed the Taji attack, though it was behind a
            # December strike on a base near Kirkuk" is no report of a barrage on Taji told undated
            return None
        site_untold = handover_site_untold(mk, ml, ck, cl)
        if mk in FORCE_KINDS and ck in FORCE_KINDS and _two_force_figures(ml, m_untold, qm, c, site_untold):
            return None
        # both acts of a base (left, handed over, taken) at the one base: what the rules below relax
        at_one_base = {mk, ck} <= SITE_KINDS and _same_site(ml, cl)
        if mk != ck and {mk, ck} <= SITE_KINDS and not at_one_base and not site_untold:
            return None                     # leaving a country is not handing over one of its bases
        if mk != ck and {mk, ck} == TAKEOVER:
            acs = _takeover_actor_score(am, c) if mk == "territory_change" else \
                _takeover_actor_score(actor_tokens(acting(c)), m)
        else:
            acs = _actor_score_of(am, tm, mk, c)
        if acs is None:
            return None
        if persons and persons & _person_targets(c):
            # "the killing of Qassem Suleimani", told with no doer, place or day, and "a US drone
            # strike killed Qassem Soleimani near Baghdad airport": one person, one act against him
            acs += PERSON_TARGET_BONUS
        if penalty and {mm, cm} == _PLAN_AND_FACT and (at_one_base or _one_force_moves(mk, ck, acs) or (
                ds >= SAME_DAYS_SCORE and _for_its_day(a, mm, m_pub) and _for_its_day(interval(c), cm, c_pub))):
            penalty = 0.0                   # a base is left or handed over once: the plan for it, within
                                            # the plan's days, told it ahead (_date_score_of checked those);
                                            # and an act done on the day it was planned for is the plan's
        base = 0.2 * kc + ds + ps + acs + _quantity_score_of(qm, c) - penalty
        if c_pub is not None and m_pub is not None and (
                (recalled and c_pub < m_pub) or ((c.get("_fuse") or {}).get("recalled") and m_pub < c_pub)):
            base += RECALLED_BONUS          # (either way round: whichever report came first)
        if base + TEXT_WEIGHT < floor:
            return None                     # even the same words could not make up for the rest
        ts = 0.0
        if words:
            texts = _source_texts(c)
            ts = _best_overlap(words, texts)
        if mk in SPEAKER_KINDS and (ts == 0.0 or not _say_alike(said, c, texts, 2 if m_as_of or said_as_of_report(c)
                                                                 else 1)):
            return None                     # statements that share no word are not one statement, nor
                                            # are two by one speaker that share only names (its own, a
                                            # place's): "the coalition has paused its training" and "the
                                            # coalition spokesman said the move had been planned"
        if kc < 1.0 and acs <= 0.0 and ts < COMPATIBLE_MIN_TEXT \
                and not (ds >= SAME_DAYS_SCORE and at_one_base):
            return None                     # another kind's name needs other evidence: shared actors or wording
                                            # (or, for leaving a base and handing it over, the one base on
                                            # the same days: only one force leaves it so)
        return base + TEXT_WEIGHT * ts
    return score


def wording_agreement(m: dict[str, Any], c: dict[str, Any]) -> float:
    """How much of its wording a report shares with a canonical event's (the best of its first
    MAX_TEXTS sources: what `match_score` adds TEXT_WEIGHT times)."""
    words = content_words(m.get("evidence"))
    return _best_overlap(words, _source_texts(c)) if words else 0.0


def _source_texts(c: dict[str, Any]) -> list[str | None]:
    """The wordings of a canonical event compared with a report's: its first MAX_TEXTS sources'."""
    return [s.get("evidence") for s in (c.get("sources") or [])[:MAX_TEXTS]] or [c.get("evidence")]


def _best_overlap(words: frozenset[str], texts: list[str | None]) -> float:
    """The most of its content words a report shares with one of `texts` (Jaccard)."""
    # (copies and retellings often carry one wording: each compared once)
    return max(jaccard(words, content_words(t)) for t in dict.fromkeys(texts))


def _say_alike(said: frozenset[str], c: dict[str, Any], texts: list[str | None], needed: int = 1) -> bool:
    """Whether a statement's words (`said`: its lower-case content words, less its speaker's name)
    share `needed` with those of one of a canonical statement's reports (`texts`), less the names
    of its speakers: what was said, not only who said it (the speaker's name written in lower case,
    "the coalition", is a name too). Two where one is dated only as of its report's day
    (`_util.interval`: the fortnight before it): a speaker says many things in a fortnight ("has
    paused its training" and "announced on Friday that it was pausing the training" share two)."""
    theirs = said - actor_tokens(acting(c))
    return any(len(theirs & said_words(t)) >= needed for t in dict.fromkeys(texts))


# words that tell a second happening of the same kind apart from the first ("a second volley",
# "rockets hit the base again", "a new attack", "an earlier strike")
_ANOTHER = frozenset("""second third fourth another again new fresh renewed earlier later previous prior
separate similar repeated""".split())


def _tells_another(evidence: str | None) -> bool:
    return any(w.lower() in _ANOTHER for w in re.findall(r"[A-Za-z]+", evidence or ""))


SOFT_EDGE_SPAN_DAYS = 28  # a span this long ("last month", "in recent weeks") has soft edges:
SOFT_EDGE_DAYS = 7        # a day this far outside it may still be inside what the words meant


def _one_within_other(a: tuple[date, date] | None, b: tuple[date, date] | None) -> bool:
    """Whether one telling's days lie within the other's vaguer span: a lead's "Iran's missile
    attack on the base last month" and the body's "Iranian forces fired missiles at the base on
    January 8" tell one day, the one to a month, the other to the day. A span of a month or more
    has soft edges ("last month", read as the thirty days before a report of 11 February, means
    January 8 too)."""
    if a is None or b is None:
        return False
    for wide, narrow in ((a, b), (b, a)):
        edge = timedelta(days=SOFT_EDGE_DAYS if span_days(wide) >= SOFT_EDGE_SPAN_DAYS else 0)
        if wide[0] - edge <= narrow[0] and narrow[1] <= wide[1] + edge and span_days(narrow) <= span_days(wide):
            return True
    return False


_ASSERTED_AND_DENIED = frozenset(("asserted", "denied"))


def same_telling(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two events of one document are one happening told twice (a headline and its lead,
    a lead and its recap): the same kind and modality, one place (one name, or one lying within
    the other's reach: the airport and its city), no other actors (and shared ones
    where the place is only a country or a province), the same days (or none for the
    one told first, as a headline often is, or one's within the other's vaguer span: "last month"
    and "on January 8"), no figure told otherwise, and no word saying the later one is another
    ('a second volley', 'again'). Two readings of one sentence, one that it happened and one that
    it was denied, are one telling too ("Officials initially said no one had been hurt
    when Iranian forces fired missiles at the base", read as a firing and as a denied one): one
    reading's doubt, not a second happening."""
    ma, mb = a.get("modality") or "asserted", b.get("modality") or "asserted"
    if ma != mb and not ({ma, mb} == _ASSERTED_AND_DENIED and _trigger_sentence(a) == _trigger_sentence(b)):
        return False
    la, lb = a.get("location") or {}, b.get("location") or {}
    if a.get("type") != b.get("type") and not ({a.get("type"), b.get("type")} == {"withdrawal", "handover"}
                                               and _same_site(la, lb)):
        return False        # (leaving a base and handing it over, told apart, are one happening there)
    if not la.get("name") or not lb.get("name"):
        return False
    if norm_name(la.get("name")) != norm_name(lb.get("name")):
        # two names of one place: the airport and the city it serves, one within the other's reach
        if not (precise(la) and precise(lb)):
            return False
        reach = max(float(la.get("uncertainty_km") or 0), float(lb.get("uncertainty_km") or 0), SAME_SITE_KM)
        if km(la["lat"], la["lon"], lb["lat"], lb["lon"]) > reach:
            return False
    aa, ab = actor_tokens(a.get("actors")), actor_tokens(b.get("actors"))
    if (aa and ab and not aa & ab) or (not precise(la) and not aa & ab):
        return False                    # other actors; or, in a whole country, none shown to be the same
    first, later = (a, b) if (a.get("start") or 0) <= (b.get("start") or 0) else (b, a)
    ia, ib = interval(first), interval(later)
    if ia != ib and not (ia is None and ib is not None) and not _one_within_other(ia, ib):
        return False
    qa, qb = a.get("quantities") or {}, b.get("quantities") or {}
    if any(qa[k] != qb[k] for k in set(qa) & set(qb)):
        return False
    # (only the later one: a headline's "again" sets it apart from an older event, not from its lead)
    return not _tells_another(later.get("evidence"))


# nouns that name an act ("carried out the strike", "the attack killed three", "the handover was
# delayed"): told with a definite determiner after the act was told, they name it again
_ACT_NOUNS = frozenset("""strike strikes airstrike airstrikes raid raids attack attacks bombing bombings barrage
salvo volley shelling bombardment killing killings assassination assault ambush blast explosion
offensive incursion handover withdrawal pullout takeover seizure capture clash clashes fighting
vote resolution""".split())
# what an act fired or dropped: told with a definite determiner as the subject of the act's verb
# ("The missiles struck the base", "the rockets landed near the runway"), after the firing was
# told, they name what was fired then
_WEAPON_NOUNS = frozenset("""missile missiles rocket rockets shell shells mortar mortars drone drones bomb bombs
projectile projectiles munition munitions""".split())
_DEFINITE = frozenset("the that this these those".split())
# words that end the noun phrase before an act noun, or make it indefinite
_NOUN_PHRASE_BREAKS = frozenset("""a an another one some any no each every of on in at by for with to from after
before during against into near over than""".split())
_BACK_REFERENCE_REACH = 4      # words between the trigger and the act noun it takes ("carried out the strike")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+")
# a possessive of these is a day's ("Friday's attack"), naming an act told before; a side's
# ("Iran's attack") is often news
_CALENDAR_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday
week month year weekend night""".split())


def _trigger_sentence(ev: dict[str, Any]) -> str:
    """The sentence of the event's trigger: the first of its evidence (the others, joined by
    ' … ', are its context)."""
    return (ev.get("evidence") or "").split(" … ")[0]


def refers_back(ev: dict[str, Any], own_noun: bool = False) -> bool:
    """Whether an event's trigger names its act by a definite description, as a report names an
    act it told before: the trigger is an act noun after a definite determiner or a possessive
    ("the strike killed ...", "Friday's attack", "the January 3 strike"), a verb whose subject is
    what was fired, named so ("the missiles struck the base"), or a verb whose near object is one ("U.S. officials said an unmanned aircraft carried out the strike", "the group
    claimed that attack"). With `own_noun`, only the first: the trigger is the act noun itself (a
    verb's definite object may name another act: "troops had been stationed there before the
    handover")."""
    words = [w.lower() for w in _TOKEN.findall(_trigger_sentence(ev))]
    trigger = (ev.get("trigger") or "").lower().split()
    if not trigger or trigger[0] not in words:
        return False
    at = words.index(trigger[0])

    def definite_before(k: int) -> bool:
        # the noun's own determiner, up to three modifiers before it: "the January 3 US drone strike";
        # a day's possessive too ("Friday's attack"), not a side's ("Iran's attack" is often news);
        # the walk stops at an indefinite one or a preposition ("hit the town in an attack")
        for w in reversed(words[max(0, k - 4):k]):
            if w in _DEFINITE or (w[:-2] in _CALENDAR_WORDS and w[-2:] in ("'s", "’s")):
                return True
            if w in _NOUN_PHRASE_BREAKS:
                return False
        return False

    if words[at] in _ACT_NOUNS and definite_before(at):
        return True
    if not own_noun and at >= 2 and words[at - 1] in _WEAPON_NOUNS and words[at - 2] in _DEFINITE:
        return True                     # "The missiles struck Ain al-Assad air base ..."
    return not own_noun and any(words[k] in _ACT_NOUNS and definite_before(k)
                                for k in range(at + 1, min(len(words), at + 1 + _BACK_REFERENCE_REACH)))


def _retold_act(evs: list[dict[str, Any]], j: int, leader: list[int]) -> int | None:
    """The earlier happening a definite description (`refers_back`) names again: the one act the
    document told before (in an earlier sentence) of a kind the description may name, at a place
    and on days it may be at, not with the doer and the target swapped; None where there is
    none, or more than one ("the strike" after two strikes names neither surely), or the words
    tell another act ('a second strike'). Whether it may be is what two reports of one act must
    agree on (`match_score`'s refusals: kinds, days, places, sites, doer and target swapped), but
    for the actors read, which may differ: a definite description names the act told, whoever
    one reading took for its doer ("..., the Hashd and the Guards said" read as the doers)."""
    b = evs[j]
    told_at = _trigger_sentence(b)
    if not refers_back(b) or _tells_another(told_at):
        return None
    could_be = scorer(b)
    doers = actor_tokens(acting(b))

    def struck_back(a: dict[str, Any]) -> bool:
        # its doer is the earlier act's target, not its doer: the blow struck back
        return bool(doers & actor_tokens(a.get("targets"))) and not doers & actor_tokens(acting(a))

    found = [i for i in range(j) if leader[i] == i and _trigger_sentence(evs[i]) != told_at
             and (evs[i].get("start") or 0) < (b.get("start") or 0)
             and (evs[i].get("modality") or "asserted") == (b.get("modality") or "asserted")
             and not struck_back(evs[i]) and could_be(evs[i], floor=0.0) is not None]
    return found[0] if len(found) == 1 else None


def telling_groups(evs: list[dict[str, Any]]) -> list[int]:
    """For each event of a document, the index of the first event telling the same happening
    (`same_telling`; or the one act a definite description names again: `_retold_act`)."""
    leader = list(range(len(evs)))
    for j in range(len(evs)):
        for i in range(j):
            if leader[i] == i and same_telling(evs[i], evs[j]):
                leader[j] = i
                break
        else:
            again = _retold_act(evs, j, leader)
            if again is None:
                again = _plan_carried_out(evs, j, leader)
            if again is not None:
                leader[j] = again
    return leader


def _plan_carried_out(evs: list[dict[str, Any]], j: int, leader: list[int]) -> int | None:
    """The one earlier happening of a document that is a force's move told as a plan where the
    other tells it done, or the other way round ('France will withdraw the 200 soldiers it has
    in Iraq', said on Wednesday; 'the first groups flew out over the weekend'): both deployments
    or both withdrawals (`MOVE_KINDS`) by a doer both name, the move done on or after the day the
    plan was told, or in a span of days reaching it ('have begun returning home', told as the week
    before the report; a move done wholly before it is an earlier one: 'withdrew 100 troops last
    month and will withdraw the rest'), no word telling another ('a second contingent'), and nothing
    `match_score` refuses (places, figures, the plan's days). None where none is, or more than
    one ('the first contingent arrived ... the second will follow' names neither surely), and
    none told in the same sentence."""
    b = evs[j]
    b_mod = b.get("modality") or "asserted"
    if b.get("type") not in MOVE_KINDS or b_mod not in _PLAN_AND_FACT or _tells_another(_trigger_sentence(b)):
        return None
    doers = actor_tokens(acting(b))
    if not doers:
        return None
    could_be = scorer(b)

    def carried_out(a: dict[str, Any]) -> bool:
        a_mod = a.get("modality") or "asserted"
        if a.get("type") != b.get("type") or {a_mod, b_mod} != _PLAN_AND_FACT:
            return False
        if not doers & actor_tokens(acting(a)) or _tells_another(_trigger_sentence(a)):
            return False
        plan, done = (a, b) if a_mod == "planned" else (b, a)
        told, did = interval(plan), interval(done)
        if told is None or did is None or did[1] < told[0]:
            return False
        return could_be(a, floor=0.0) is not None

    # (in another sentence: one sentence read both as the plan and as done is one reading's doubt,
    # not a plan and its carrying out)
    told_at = _trigger_sentence(b)
    found = [i for i in range(j) if leader[i] == i and _trigger_sentence(evs[i]) != told_at
             and carried_out(evs[i])]
    return found[0] if len(found) == 1 else None
