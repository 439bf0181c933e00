"""One event per occurrence: mentions of one happening across sentences merge; links between events resolve."""
from __future__ import annotations

import re

from sitrep.events.ontology import REMOTE_KINDS, SPECIFICITY, VIOLENT
from sitrep.model import Document, Location, Place
from sitrep.events.arguments import _near_km
from sitrep.events.detection import DAYS_APART_KINDS, _iffy, _own_days, _two_matters_on_their_days
from sitrep.events.candidate import Candidate, _as_date, _dedupe, _family, _specific
from sitrep.events.syntax import _clause_head
from sitrep.events.modality import FUTURE_AUX, _committed, _inverted_condition, _open_whether
from sitrep.events.words import APART, GENERIC_VIOLENT, GIVING, KIND_MARGIN, TOLL_WORDS

# who stands for a state, and who takes up arms against one: a country shared by one of each is no side shared
# ("the Sudanese army" and "the RSF", "the Afghan army" and "the Taliban")
STATE_SIDE = {"state", "state_military", "government", "police", "intelligence"}
INSURGENT_SIDE = {"non_state_armed_group"}

# places that tell two acts of one kind apart when each clause names its own (a district or a province may hold
# the other's town)
OWN_TOWN_KINDS = {"city", "town", "village"}

LIST_BULLETS = ("-", "*", "\u2022", "\u2013", "\u2014", "\u00b7", "\u25aa", "\u25cf")


def _list_item(token, text: str | None = None) -> int | None:
    """Where the bulleted list line that tells a word begins ('- Merowe: fighters seized the airport'), or None
    when its line opens with no bullet. `text` is its document's text when the caller holds it (Doc.text
    joins every token anew: a tenth of a millisecond a call in a report of 500 words)."""
    if text is None:
        text = token.doc.text
    start = text.rfind("\n", 0, token.idx) + 1
    return start if text[start:token.idx].lstrip().startswith(LIST_BULLETS) else None


def _other_list_items(a: Candidate, b: Candidate, text: str | None = None) -> bool:
    """Acts told on different lines of a bulleted list, each line a brief of its own ('- Aden: rebels took a
    checkpoint.' / '- Marib: four farmers died in shelling'): two occurrences."""
    la, lb = _list_item(a.trig, text), _list_item(b.trig, text)
    return la is not None and lb is not None and la != lb


# a line that opens with its own day, bulleted or not: "8 Oct: Hezbollah fires rockets", "January 19 - More troops
# deploy", "- 3 March, rebels attack", "2023-10-08: ..."
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
DATE_LABEL = re.compile(rf"(?i)[ \t]*(?:[-*\u2022\u2013\u2014\u00b7][ \t]*)?(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH}|"
                        rf"{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?|\d{{4}}-\d{{2}}-\d{{2}})(?:,?[ \t]+\d{{4}})?[ \t]*"
                        r"[:,\u2013\u2014-]")


def _dated_line(token, text: str) -> int | None:
    """Where the line that tells a word begins when it opens with a day of its own (a timeline's entry,
    bulleted or not), else None."""
    start = text.rfind("\n", 0, token.idx) + 1
    return start if DATE_LABEL.match(text, start) else None


def _other_dated_lines(a: Candidate, b: Candidate, text: str | None = None) -> bool:
    """Acts told on different lines of a timeline, each opening with its own day ('8 Oct: Hezbollah fires
    rockets at the Shebaa Farms.' / '14 Oct: More rockets are fired at the Shebaa Farms.'): two occurrences,
    whether or not the time stage read the days."""
    if text is None:
        text = a.trig.doc.text
    la, lb = _dated_line(a.trig, text), _dated_line(b.trig, text)
    return la is not None and lb is not None and la != lb


def _compatible(a: Candidate, b: Candidate, related=None, text: str | None = None) -> bool:
    if a.modality != b.modality:
        return False
    if _other_list_items(a, b, text) or _other_dated_lines(a, b, text):
        return False
    if a.headline and not b.headline and a.kind == b.kind and b.unit - a.unit <= 5 and a.last_unit == a.unit and not (
            a.date_own and b.date_own and (a.date.start > b.date.end or b.date.start > a.date.end)) and not (
            a.place is not None and b.place is not None and a.place.lat is not None and b.place.lat is not None
            and not {(a.place.kind or ""), (b.place.kind or "")} & {"country", "admin1", "region"}
            and _near_km(Place(mention="", start=0, end=0, lat=a.place.lat, lon=a.place.lon),
                         Place(mention="", start=0, end=0, lat=b.place.lat, lon=b.place.lon)) > 25):
        return True   # the headline announces the lead's event (at the same place), one event only
    if a.kind == b.kind and a.kind in DAYS_APART_KINDS and a.sent.start == b.sent.start and \
            _own_days(a.trig, b.trig):
        # "Rebels seized the bridge on 1 November, and by Friday they had captured the town": clauses of one
        # sentence each telling its own day are two acts, even when the time stage read only one of the days
        return False
    if a.kind == b.kind and a.sent.start == b.sent.start and _two_matters_on_their_days(a.kind, a.trig, b.trig):
        return False   # "signed a ceasefire on 3 March, and on 10 March they agreed a prisoner exchange"
    elaboration = False
    if a.kind != b.kind:
        # "handed over the base to the army. Equipment worth $1m was transferred to it": one transfer
        giving = ({a.kind, b.kind} <= GIVING and 0 <= b.unit - a.last_unit <= 1 and not b.date_own
                  and b.place_level < 3 and bool(set(a.targets) & set(b.targets)))
        # "A drone strike killed X. Five of the dead were ...; the toll rose to ten": the casualties
        # and details told right after an act of violence are that act's, unless told apart
        violence = (a.kind in VIOLENT and b.kind in VIOLENT and 0 <= b.unit - a.last_unit <= 2
                    and (not b.date_own or a.date is not None and b.date is not None
                         and a.date.start <= b.date.end and b.date.start <= a.date.end)
                    and not _told_apart(b)
                    and not _other_means(a, b)
                    # "Syrian jets bombed the town as Turkish artillery pounded positions near it": two acts
                    and not (_apart_clause(a, b) and a.kind != b.kind and b.kind not in ("clash", "attack")
                             and a.kind not in ("clash", "attack"))
                    # "Troops fought the rebels in the hills while jets bombed their camps": a battle and a
                    # strike by another doer, each told by a clause of its own, are two acts
                    and not _other_doers_apart(a, b)
                    and not _condition_and_answer(a, b)
                    and (b.place_level < 2 or a.place is None
                         or _same_place(a.place, b.place, apart=b.sent.start != a.sent.start))
                    # "... shot down several helicopters": an act of another kind told by its own verb
                    # is another act; tolls ("killing 13", "died") and nouns elaborate
                    and not (b.trig.pos_ == "VERB" and (b.trig.lemma_.lower() not in GENERIC_VIOLENT or _downed(b.trig))
                             and b.trig.lemma_.lower() not in TOLL_WORDS and b.conf >= 0.85))
        # "the force handed over the camp ... the army had taken over the perimeter": the
        # other side of one transfer
        # the receiver taking control of what was handed to it is that side too ("handed the camp to
        # the army ... the army took control of the camp"), however ACLED would code the taking
        transfer = (a.kind in ("handover", "withdrawal") and b.kind == "territory_change"
                    and ((b.acled or {}).get("sub_event_type") == "Non-violent transfer of territory"
                         or a.kind == "handover" and bool(set(a.targets) & set(b.actors))
                         and a.place is not None and b.place is not None and _same_place(a.place, b.place))
                    and 0 <= b.unit - a.last_unit <= 3
                    and (not b.date_own or a.date is not None and b.date is not None
                         and a.date.start <= b.date.end and b.date.start <= a.date.end)
                    # "Russian troops withdrew from Kherson. Ukrainian forces entered the city": the other side
                    # moving in is its own occurrence, a change of hands by those who take the ground; only a
                    # handover's receiver completes the handing over
                    and not (a.kind == "withdrawal" and _other_side(a, b, related)))
        if not (giving or violence or transfer):
            return _moved_in_and_took(a, b)
        if transfer:
            return True
        elaboration = violence
    # (never with an act of its own sentence: "Jets struck the camps on Tuesday, two days after the drone attack
    # on the border post": the act counted from it)
    recalled = a.kind == b.kind and a.sent.start != b.sent.start and (_recalled(a) or _recalled(b))
    if a.link and b.link or _counted(b) and not recalled or _counted(a) and b.date_own and not recalled:
        # "Four days later troops retook the airport": a step of a timeline, another act; but "six weeks after
        # the militants overran the camp" recalls an act by the time since it, and may be the one of its kind
        # told exactly
        return False
    if a.date is not None and b.date is not None and (a.date_own or b.date_own) and \
            (a.date.start > b.date.end or b.date.start > a.date.end):
        return False   # told on days apart: the day one of them borrowed does not make them one
    if a.date is not None and b.date is not None and a.date_own and b.date_own:
        la = (a.date.end - a.date.start).days
        lb = (b.date.end - b.date.start).days
        if la <= 2 and lb <= 2 and a.date.start != b.date.start:
            return False
    if a.place is not None and b.place is not None and a.place_level >= 3 and b.place_level >= 3 and \
            (a.place.name or "") != (b.place.name or "") and (_also(b.trig) or _also(a.trig)):
        # "Israeli jets bombed Khan Younis. Israeli aircraft also struck the Nuseirat camp": an act told as one
        # more, at a place of its own, however near
        return False
    if a.kind == b.kind and a.sent.start != b.sent.start and _own_towns(a, b):
        # "Israeli tanks shelled Beit Lahia on Monday. Israeli artillery shelled Jabalia": an act told again in a
        # sentence of its own, at a town of its own clause, is another act, however near the towns ("the
        # strike hit a school in the Shati camp" names the act told: a reference)
        return False
    if a.place is not None and b.place is not None and a.place_level >= 2 and b.place_level >= 2:
        if a.place.lat is not None and b.place.lat is not None:
            pa = Place(mention="", start=0, end=0, lat=a.place.lat, lon=a.place.lon)
            pb = Place(mention="", start=0, end=0, lat=b.place.lat, lon=b.place.lon)
            if _near_km(pa, pb) > 25 and not (a.place.kind == "country" or b.place.kind == "country"
                                              or (a.place.kind or "").startswith("admin")
                                              or (b.place.kind or "").startswith("admin")):
                return False
            apart = b.sent.start != a.sent.start
            if _near_km(pa, pb) > 25 and not (_contains(a.place, b.place, apart) or _contains(b.place, a.place, apart)):
                return False   # a town outside the province told ("strikes in Middle Juba", "a bombing in Mogadishu")
        elif (a.place.name or "") != (b.place.name or "") and (a.place.country != b.place.country):
            return False
    # different named actors: different events, unless both belong to one side ("Saudi-led coalition", "Saudi
    # troops"). An act of one side is compared by the names: one that took in "the militants" from a mention is
    # still Ethiopia's, not Israel's ("The militants have to leave the town. The accord obliges Ethiopia to
    # withdraw. ... Israel is to pull out"); a battle's mentions may each name either side, and one named by
    # a generic description ("heavily armed militants") may be any side's
    if "clash" in (a.kind, b.kind):
        named_a = a.actors if all(_specific(x) for x in a.actors) else []
        named_b = b.actors if all(_specific(x) for x in b.actors) else []
    else:
        named_a = [x for x in a.actors if _specific(x)]
        named_b = [x for x in b.actors if _specific(x)]
    if named_a and named_b and not set(named_a) & set(named_b) and \
            not (related is not None and any(related(x, y) for x in named_a for y in named_b)):
        return False
    for k in set(a.quantities) & set(b.quantities):
        if elaboration and k in ("fatalities", "injured"):
            continue   # a toll told again, or updated
        if abs(a.quantities[k] - b.quantities[k]) > 1e-6 * max(1, a.quantities[k]):
            return False
    if elaboration:
        return True
    same_place = (a.place is not None and b.place is not None and a.place_level >= 2 and b.place_level >= 2
                  and (a.place.name == b.place.name) and (a.place.kind or "") != "country")
    same_date = a.date_own and b.date_own and a.date == b.date
    near = abs(b.unit - a.last_unit) <= 2
    definite = b.trig.pos_ == "NOUN" and any(k.dep_ in ("det", "poss") for k in b.trig.children) \
        and not b.date_own and b.place_level < 3
    return same_place or same_date or near or definite


_BREADTH = {"country": 2, "admin1": 1, "region": 1}   # how wide a place is, above a town's 0


def _finer(new: Location, old: Location | None) -> bool:
    """A province, town or base within the country (or province) an act was placed in before."""
    if old is None:
        return True
    return _BREADTH.get(new.kind or "", 0) < _BREADTH.get(old.kind or "", 0) and new.lat is not None and \
        (old.country is None or new.country == old.country)


# how many sentences back an act asked after by "whether" may find the plan it asks after
WHETHER_REACH = 4


def _same_side(plan: Candidate, names: list[str], related=None) -> bool:
    """An act's named doers (none named: any side) are the plan's or related to them."""
    theirs = [x for x in plan.actors if _specific(x)]
    return not names or not theirs or bool(set(names) & set(theirs)) or (
        related is not None and any(related(x, y) for x in names for y in theirs))


def _days_apart(a: Candidate, b: Candidate) -> bool:
    """Both acts are dated by their own words, on days that do not meet."""
    return a.date is not None and b.date is not None and a.date_own and b.date_own and \
        (a.date.start > b.date.end or b.date.start > a.date.end)


def _downed(verb) -> bool:
    """'Air defences shot down two helicopters': aircraft brought down, an act against them of its own, not a
    detail of the strike the aircraft may have flown."""
    return verb.lemma_.lower() == "shoot" and any(k.dep_ == "prt" and k.lower_ == "down" for k in verb.children)


def _civilians_hit(c) -> bool:
    """The act's own verb or noun names civilians as whom it hit ("killed around 300 civilian men",
    "an attack on villagers")."""
    t = c.trig
    hit = [k for k in t.children if k.dep_ in ("dobj", "nsubjpass")]
    hit += [g for k in t.children if k.dep_ == "prep" and k.lower_ in ("on", "against") for g in k.children
            if g.dep_ == "pobj"]
    return any(h.lemma_.lower() in ("civilian", "villager", "worshipper", "passenger", "pilgrim", "shopper")
               or any(a.lower_ == "civilian" for a in h.children) for h in hit)


def _apart_clause(a: Candidate, b: Candidate) -> bool:
    """Two acts told in one sentence by clauses with subjects of their own ('Airstrikes hit the town as rebels
    advanced', 'Russian forces shelled the village while drones struck the depot'): who acts in one does not
    act in the other."""
    if a.sent.start != b.sent.start or a.trig.i == b.trig.i:
        return False
    ha, hb = _clause_head(a.trig), _clause_head(b.trig)
    return ha.i != hb.i and all(any(k.dep_ in ("nsubj", "nsubjpass") for k in h.children) for h in (ha, hb))


def _other_doers_apart(a: Candidate, b: Candidate) -> bool:
    """Two acts of different kinds told in one sentence by clauses with subjects of their own, done by doers
    that share no one ('Government troops battled the insurgents near the river as warplanes from the coalition
    bombed their bases'): two occurrences, even when one of them is a battle. A battle's other side striking
    back ('gunmen attacked the post and soldiers fought them off') shares a side with the battle and stays one."""
    if a.kind == b.kind or not _apart_clause(a, b) or not a.actors or not b.actors:
        return False
    return not set(a.actors) & set(b.actors)


def _condition_and_answer(a: Candidate, b: Candidate) -> bool:
    """One act told in a clause of condition, the other in the clause it conditions ('if the raids on our
    villages go on, we will retaliate', 'should the shelling continue, the army will hit back'): the act that
    may come answers the other, two acts."""
    if a.sent.start != b.sent.start or a.trig.i == b.trig.i:
        return False

    def condition(t):
        return next((x for x in [t, *t.ancestors] if _iffy(x) or x.dep_ == "advcl" and _inverted_condition(x)), None)
    for x, y in ((a.trig, b.trig), (b.trig, a.trig)):
        cond = condition(x)
        if cond is not None and y.i not in {z.i for z in cond.subtree} and y.i in {z.i for z in cond.head.subtree}:
            return True
    return False


# what an explosion told by its device was set off by on the ground, not dropped or fired from afar
PLANTED = {"ied", "vbied", "landmine", "mine", "pager", "walkie", "walkie-talkie", "device", "booby", "car",
           "roadside", "truck", "motorcycle", "vest", "belt", "suicide"}
DEFINITE = {"the", "this", "that", "these", "those"}


def _definite(noun) -> bool:
    """'the blast', 'this attack', 'its strike': a noun naming an act already told."""
    return any(k.dep_ == "poss" or k.dep_ == "det" and k.lower_ in DEFINITE for k in noun.children)


def _planted(c) -> bool:
    """An explosion whose device was set on the ground or carried ('A car bomb exploded at a checkpoint',
    'pagers exploded across the country', 'a roadside bomb killed five'): no air strike nor shell."""
    t = c.trig
    words = [t] + [x for k in t.children if k.dep_ in ("nsubj", "nsubjpass", "compound", "amod", "dobj")
                   for x in k.subtree]
    return c.kind == "explosion" and any(x.lemma_.lower() in PLANTED or x.lower_ in PLANTED for x in words)


def _other_means(a: Candidate, b: Candidate) -> bool:
    """Two acts of violence told in sentences of their own by different means ('A car bomb exploded in
    Azaz, killing eight. Russian air strikes near Idlib killed 11'; 'Pagers exploded across the country,
    killing 37. Air strikes on the south killed 490'): two occurrences, unless the later is told as the
    earlier one named again ('the blast', 'the strike') or an explosion without a device of its own, which
    may be the blast of any strike or shell. The later act must bring a day or a toll of its own; tolls of
    their own that differ tell any two kinds apart."""
    if b.unit <= a.last_unit or a.kind == b.kind or not {a.kind, b.kind} <= REMOTE_KINDS:
        return False
    if b.trig.pos_ == "NOUN" and _definite(b.trig):
        return False
    if not (b.date_own or any(k in b.quantities for k in ("fatalities", "injured"))):
        return False   # a later act with no day nor toll of its own tells no occurrence apart
    tolls = [k for k in ("fatalities", "injured") if k in a.quantities and k in b.quantities]
    if any(abs(a.quantities[k] - b.quantities[k]) > 1e-6 * max(1, a.quantities[k]) for k in tolls) and \
            not _told_update(b):
        return True
    if "explosion" in (a.kind, b.kind):
        blast = a if a.kind == "explosion" else b
        other = b if blast is a else a
        return _planted(blast) and other.kind in ("airstrike", "shelling")
    # missiles and rockets are told as air strikes and as shelling alike ("170 drones and 30 cruise missiles
    # were launched ... A handful of missiles hit the air base"): those two kinds are no different means
    return {a.kind, b.kind} != {"airstrike", "shelling"}


def _told_update(c) -> bool:
    """'the toll rose to 40', 'the number of dead climbed': a count told again, not a new act."""
    return any(x.lemma_.lower() in ("toll", "rise", "climb", "reach", "increase", "mount") for x in c.sent)


# the nouns a move is told again by when it is said to be done ("the withdrawal was complete")
CARRIED_NOUNS = {"withdrawal": {"withdrawal", "pullout", "pull-out", "retreat", "departure", "evacuation", "exit",
                                "redeployment", "drawdown", "pullback"},
                 "deployment": {"deployment", "redeployment", "arrival", "move", "transfer"}}
COMPLETION = {"complete", "completed", "finish", "finished", "end", "conclude", "over", "done"}
ORDERING = {"order", "instruct", "command", "tell", "direct", "decide"}


def _own_forces_ordered(verb) -> bool:
    """The act is what a side ordered or decided, in a past or perfect told as fact, forces of its own ('he has
    ordered his units to leave', 'the army chief ordered all troops to pull back', 'he had decided to withdraw
    units'), not another state's forces
    ('ordered French troops to leave the country')."""
    if verb.pos_ != "VERB" or verb.dep_ != "xcomp":
        return False
    gov = verb.head
    if gov.lemma_.lower() not in ORDERING or gov.pos_ != "VERB":
        return False
    kids = list(gov.children)
    if any(k.dep_ == "neg" or k.dep_ in ("aux", "auxpass") and k.lower_ in FUTURE_AUX for k in kids):
        return False
    past = gov.tag_ == "VBD" or gov.tag_ == "VBN" and any(k.dep_ == "aux" and k.lemma_ == "have" for k in kids)
    ordered = [k for k in kids if k.dep_ in ("dobj", "nsubj") and k.i > gov.i] or \
        [k for k in verb.children if k.dep_ == "nsubj"]
    # who gave the order names the side ("the Russian defence ministry ordered Russian troops"); a nation or
    # a body the orderer does not name is another's ("the junta ordered French troops", "ordered MINUSMA")
    orderer = {x.lower_ for k in kids if k.dep_ == "nsubj" for x in k.subtree}
    if gov.lemma_.lower() == "decide":
        # "he had decided to withdraw units": the decider moves its own forces, unless it names another's
        ordered = [k for k in verb.children if k.dep_ == "dobj"]
        return past and all(all(x.lower_ in orderer for x in k.subtree if x.ent_type_ in ("NORP", "ORG"))
                            for k in ordered)
    return past and bool(ordered) and all(
        any(x.dep_ == "poss" for x in k.children) or all(
            x.lower_ in orderer for x in k.subtree if x.ent_type_ in ("NORP", "ORG"))
        for k in ordered)


def _simple_past_order(verb) -> bool:
    """The order is told in the simple past of a narrative ('On Saturday Austin ordered the Guard soldiers to
    leave the country'), not in the perfect of news just breaking ('has ordered his units to leave')."""
    return verb.head.tag_ == "VBD" and verb.head.lemma_.lower() != "decide"


def _told_completed(o) -> bool:
    """A sentence soon after the order tells the move done: 'By afternoon the withdrawal was complete', 'the
    troops completed the pull-out on Friday'."""
    doc = o.trig.doc
    nouns = CARRIED_NOUNS.get(o.kind, set())
    sents = [x for x in doc.sents if x.start >= o.sent.end][:4]
    for sent in sents:
        for n in sent:
            if n.lemma_.lower() not in nouns or n.pos_ != "NOUN":
                continue
            h = n.head
            if n.dep_ == "dobj" and h.lemma_.lower() in COMPLETION:
                return True
            if n.dep_ in ("nsubj", "nsubjpass") and (h.lemma_.lower() in COMPLETION or any(
                    k.dep_ in ("acomp", "advmod", "prt") and k.lower_ in COMPLETION for k in h.children)):
                return not any(k.dep_ == "neg" or k.dep_ == "aux" and k.lower_ in FUTURE_AUX for k in h.children)
    return False


def _other_side(a: Candidate, b: Candidate, related=None) -> bool:
    """The later act's named actors are none of the earlier's, nor on its side ('Russian troops' and
    'Ukrainian forces')."""
    return bool(a.actors) and bool(b.actors) and not set(a.actors) & set(b.actors) and not (
        related is not None and any(related(x, y) for x in a.actors for y in b.actors))


def _moved_in_and_took(a: Candidate, b: Candidate) -> bool:
    """'Israeli troops moved into the buffer zone and took positions on the mountain', 'rebel fighters entered
    the town and seized the police station': a move and a taking told by verbs joined under one subject are
    one act, the ground taken."""
    if {a.kind, b.kind} != {"deployment", "territory_change"} or a.sent.start != b.sent.start:
        return False
    first, second = (a.trig, b.trig) if a.trig.i < b.trig.i else (b.trig, a.trig)
    return first.pos_ == "VERB" and second.pos_ == "VERB" and second.dep_ == "conj" and second.head.i == first.i \
        and not any(k.dep_ in ("nsubj", "nsubjpass") for k in second.children) and a.modality == b.modality


# verbs that carry an act told on beyond its end: "would continue the exercises", "will extend the drills"
EXTENDING = {"continue", "extend", "prolong", "resume", "expand"}


def _extension(c: Candidate) -> bool:
    """A planned reference that carries an act already told on ("it would continue the exercises until
    Wednesday", "will extend the drills by three days", "plans to resume the strikes"): the object of a verb of
    continuing, the act's plan told by the modality stage."""
    t = c.trig
    return c.modality == "planned" and t.pos_ == "NOUN" and t.dep_ in ("dobj", "nsubjpass") and \
        t.head.lemma_.lower() in EXTENDING and t.head.pos_ == "VERB"


def _counted(c) -> bool:
    """The act's day is counted from another's ("Four days later troops retook the airport")."""
    return c.link is not None and c.link.get("role") == "governed"


# the marks of a clause that recalls an earlier act as the time another is counted from: "six weeks after the
# militants overran the camp", "two days before troops entered the town"
RECALLING_MARKS = {"after", "before", "since"}


def _recalled(c) -> bool:
    """The act is the one another act's day is counted from, told in a clause or phrase of "after", "before"
    or "since" ("Six weeks after the militants overran the camp, the army launched a counter-offensive",
    "a month after the fall of the camp"): a reference back to an act, which the report may tell exactly."""
    if not _counted(c):
        return False
    t = c.trig
    if t.pos_ == "VERB" and t.dep_ == "advcl":
        return any(k.dep_ == "mark" and k.lower_ in RECALLING_MARKS for k in t.children)
    return t.dep_ in ("pobj", "pcomp") and t.head.lower_ in RECALLING_MARKS


def _own_towns(a: Candidate, b: Candidate) -> bool:
    """Two mentions each placed by its own clause at a different town (a city, town or village, not a
    district, province or country), the later one no reference back ('the strike', 'the shelling')."""
    if a.place is None or b.place is None or a.place_level < 3 or b.place_level < 3:
        return False
    if (a.place.kind or "") not in OWN_TOWN_KINDS or (b.place.kind or "") not in OWN_TOWN_KINDS:
        return False
    if (a.place.name or "") == (b.place.name or "") or b.anaphoric:
        return False
    return not (b.trig.pos_ == "NOUN" and _definite(b.trig))


def _also(t) -> bool:
    """The act is told as one more by "also" on its verb ("aircraft also struck the camp", "missiles also hit
    Lviv")."""
    verb = t if t.pos_ in ("VERB", "AUX") else (t.head if t.dep_ in ("nsubj", "nsubjpass", "dobj") else None)
    return verb is not None and any(k.dep_ == "advmod" and k.lower_ == "also" for k in verb.children)


def _told_apart(c) -> bool:
    """'In a separate attack', 'Meanwhile', 'another bomb': a second occurrence."""
    return any(x.lower_ in APART and (x.dep_ in ("amod", "advmod", "det") or x.i == c.sent.start) for x in c.sent)


def _same_place(p: Location, q: Location, apart: bool = False) -> bool:
    """Within 25 km of each other, or one taking in the other (see _contains; apart: told in sentences of
    their own)."""
    if p.lat is not None and q.lat is not None:
        pa = Place(mention="", start=0, end=0, lat=p.lat, lon=p.lon)
        pb = Place(mention="", start=0, end=0, lat=q.lat, lon=q.lon)
        return _near_km(pa, pb) <= 25 or _contains(p, q, apart) or _contains(q, p, apart)
    return (p.name or "") == (q.name or "") or p.country == q.country and not p.name


def _contains(wide: Location, other: Location, apart: bool = False) -> bool:
    """The wider place (a country, a province) takes in the other: a province its own towns ("three strikes in
    Middle Juba" and "the bombing in Mogadishu", a town of Banaadir, are two places). A country told in a
    sentence of its own takes in its own places only ("missiles hit the Nevatim air base" and, next, what US
    forces did, placed in the United States); within one sentence any place, as a country named beside an act
    is as often whom it concerns as where it was ("leaders meeting in Accra put off lifting sanctions on
    Mali"). A place whose province or country is not known is taken in."""
    kind = wide.kind or ""
    if kind == "country":
        return not apart or not wide.country or not other.country or wide.country == other.country
    if kind not in ("admin1", "region"):
        return False
    if wide.country and other.country and wide.country != other.country:
        return False
    if (other.kind or "") in ("country",):
        return True   # the country around the province: no other place told
    if other.admin1 and wide.name and (other.kind or "") != "admin1":
        return other.admin1.lower() == wide.name.lower() or other.admin1.lower() == (wide.admin1 or "").lower()
    if (other.kind or "") == "admin1":
        return (other.name or "").lower() == (wide.name or "").lower()
    return True


class Merging:
    """Merging mentions into events across sentences (a part of the Events stage)."""

    def _bar(self, c: Candidate) -> float:
        """The confidence a candidate of this kind needs to be reported."""
        return self.threshold + KIND_MARGIN.get(c.kind, 0.0)

    def _opposed(self, a: str, b: str) -> bool:
        """Two actors of one country on opposed sides: a state's (its army, government, police) and an armed
        group's that is no part of it ('Sudanese army troops shelled Omdurman. RSF fighters shelled El Fasher':
        two shellings, though both sides are Sudan's)."""
        actors = getattr(self, "actors", None)
        if actors is None or not hasattr(actors, "get"):
            return False
        x, y = actors.get(a), actors.get(b)
        if x is None or y is None or not (x.type in STATE_SIDE and y.type in INSURGENT_SIDE
                                          or x.type in INSURGENT_SIDE and y.type in STATE_SIDE):
            return False
        # one a part of the other (a group enrolled under a ministry) is one side
        la, lb = actors.lineage(a), actors.lineage(b)
        return not {n for n in la & lb if not n.startswith("cc:")}

    def _side_related(self, a: str, b: str) -> bool:
        """Actors on one side: related by the dictionary (one country, one lineage) and not opposed."""
        return self._related is not None and self._related(a, b) and not self._opposed(a, b)

    # -- merging across sentences ----------------------------------------------------------
    def _merge(self, cands: list[Candidate]) -> list[Candidate]:
        for c in cands:
            if c.modality == "asserted" and _committed(c.trig):
                # "Kenya has pledged 1,000 officers": dated and weighed as told, the act itself is to come
                c.modality = "planned"
        self._whether_of_plans(cands)
        out: list[Candidate] = []
        text = cands[0].trig.doc.text if cands else None   # the parse's text, once for every pair
        for c in cands:
            target = None
            plan = getattr(c, "_whether_of", None)
            if plan is not None:
                # "whether the army actually deploys south of the river": the plan told before, asked after
                plan = getattr(plan, "_merged_into", plan)
                plan.evidence += c.evidence
                plan.last_unit = max(plan.last_unit, c.unit)
                c._merged_into = plan
                continue
            if c.anaphoric:
                # "The assault on the western side started on Feb. 19": a reference with a day of its own
                # apart from the act's names another act
                near = [o for o in reversed(out) if c.unit - o.last_unit <= 6 and not _days_apart(o, c)]
                # "France would withdraw its troops ... The withdrawal was completed on 15 August": the plan carried
                # out is an occurrence of its own, not the plan told again (a reference folds into an act told with
                # its own modality only)
                near = [o for o in near if o.modality == c.modality]
                # "Militiamen fired rockets at the base on Monday, two days after the drone attack on US troops":
                # the act another of its sentence is counted from is not that act
                near = [o for o in near if not (_recalled(c) and o.sent.start == c.sent.start)]
                # "the attack" may name the airstrike just told, but "the raid" no capture of a town:
                # a reference names an act of its own kind or of a kind more specific than its word
                target = next((o for o in near if o.kind == c.kind), None) or \
                    next((o for o in near if _family(o.kind) == _family(c.kind)
                          and SPECIFICITY.get(o.kind, 0) >= SPECIFICITY.get(c.kind, 0)), None)
                if target is not None:
                    target.evidence += c.evidence
                    target.last_unit = max(target.last_unit, c.unit)
                    target.conf = min(0.99, max(target.conf, c.conf) + 0.03)
                    if target.link is None and c.link is not None and not target.date_own:
                        target.link = c.link
                    # "The agreement is expected to be signed in Riyadh next week": a reference that
                    # tells the day or the place its first mention left open completes it
                    if c.date is not None and c.date_own and not target.date_own:
                        target.date, target.date_own = c.date, True
                    if c.place is not None and (c.place_level >= 3 and target.place_level < 3
                                                or c.place_level >= 2 and _finer(c.place, target.place)):
                        # "... in northern Mali. The attack took place near Kidal": the town within the country
                        target.place, target.place_level = c.place, max(c.place_level, target.place_level)
                    c._merged_into = target
                    continue
                told = next((o for o in reversed(out) if o.kind == c.kind and o.modality == "asserted"), None)
                if told is not None and _extension(c):
                    # "On Thursday it fired eleven missiles ... The command said it would continue the exercises
                    # until Wednesday": the act told goes on by a plan of its own, news as firm as the act
                    c.conf = max(c.conf, min(told.conf, self._bar(c) + 0.02))
                    c.actors = c.actors or list(told.actors)
                    if c.place is None or c.place_level < told.place_level:
                        c.place, c.place_level = told.place, told.place_level
                    out.append(c)
                    continue
                if c.unit > 2 and not c.quantities and not c.date_own:
                    continue   # a reference back to something the report never told: nothing new (but
                    # "The assault on the western side started on Feb. 19" tells the act and its day)
            for o in reversed(out):
                # the act may stand for a headline or an earlier mention: a mention folded into it that
                # is told in c's sentence by another doer's clause keeps c apart
                folded = [m for m in cands if getattr(m, "_merged_into", None) is o]
                if any(_other_doers_apart(m, c) for m in folded):
                    continue
                if _compatible(o, c, self._side_related, text):
                    target = o
                    break
            if target is None:
                out.append(c)
                continue
            # a mention too doubtful to be reported on its own ("Oil prices rose as the town fell",
            # "the ministry said in a statement") names no one who took part in an event that stands
            # without it: its toll and words still count, its actors and its kind do not
            doubtful = c.conf < self._bar(c) and target.conf >= self._bar(target)
            target.evidence += c.evidence
            target.last_unit = max(target.last_unit, c.unit)
            target.conf = min(0.99, max(target.conf, c.conf) + 0.05)
            # the actors of an act told by a clause of its own in the same sentence are that act's, save the
            # sides of a battle
            apart = _apart_clause(target, c) and "clash" not in (target.kind, c.kind)
            if not doubtful and not apart:
                if target.kind in ("handover", "withdrawal") and c.kind == "territory_change":
                    # the side that took over is who the ground passed to, not who handed it over
                    target.targets = _dedupe(target.targets + [x for x in c.actors if x not in target.actors])
                else:
                    target.actors = _dedupe(target.actors + c.actors)
                target.targets = _dedupe([x for x in target.targets + c.targets if x not in target.actors])
            # "soldiers killed 300 civilian men in Moura. The army said it had killed 203 militants there": the
            # weapon told later refines an attack, the other side's account of whom it hit does not make it a clash
            if not doubtful and target.kind != c.kind and target.kind in VIOLENT and c.kind in VIOLENT and \
                    not (c.kind == "clash" and _civilians_hit(target)) and \
                    SPECIFICITY.get(c.kind, 0) > SPECIFICITY.get(target.kind, 0) and target.kind in ("attack",):
                target.kind, target.acled = c.kind, c.acled
            if _moved_in_and_took(target, c) and c.kind == "territory_change":
                target.kind, target.acled = c.kind, c.acled   # the ground taken is the news of the move
            for k, v in c.quantities.items():
                if k not in target.quantities or k in ("fatalities", "injured") and v > target.quantities[k] \
                        and target.qualifiers.get(k) == "minimum":
                    target.quantities[k] = v
                    if k in c.qualifiers:
                        target.qualifiers[k] = c.qualifiers[k]
                    else:
                        target.qualifiers.pop(k, None)
            if c.place is not None and (target.place is None or c.place_level > target.place_level
                                        or c.place_level >= 2 and _finer(c.place, target.place)):
                target.place, target.place_level = c.place, max(c.place_level, target.place_level)
            if c.date is not None and (target.date is None or (c.date_own and not target.date_own)):
                target.date, target.date_own = c.date, c.date_own
            elif c.date is not None and c.date_own and target.date_own and \
                    (target.date.end - target.date.start).days > 2 >= (c.date.end - c.date.start).days and \
                    target.date.start <= c.date.start and c.date.end <= target.date.end:
                # "The offensive gathered pace last week. ... the governor died of wounds on Thursday":
                # the day told within the week is when the act told in detail happened
                target.date = c.date
            if target.link is None and c.link is not None:
                target.link = c.link
            c._merged_into = target
        self._all = cands
        return self._orders_carried_out(out)

    def _whether_of_plans(self, cands: list[Candidate]) -> None:
        """'Under the deal the army is to send 5,000 soldiers south. The first test will be whether the army
        actually deploys in strength south of the river': an act only asked after by "whether" that the report
        has just told as planned (its kind, by a side of the plan's, within a few sentences) is that plan asked
        after again, not a possibility of its own; it is marked to fold into the plan (_whether_of)."""
        for n, c in enumerate(cands):
            if c.modality != "hypothetical" or not _open_whether(c.trig):
                continue
            mine = [x for x in c.actors if _specific(x)]
            plan = next((o for o in reversed(cands[:n]) if o.kind == c.kind and o.modality == "planned"
                         and 0 <= c.unit - o.unit <= WHETHER_REACH and _same_side(o, mine, self._side_related)
                         and (o.place is None or c.place is None or o.place_level < 2 or c.place_level < 2
                              or _same_place(o.place, c.place, apart=True))), None)
            if plan is not None:
                c.modality = "planned"
                c._whether_of = plan

    def _orders_carried_out(self, out: list[Candidate]) -> list[Candidate]:
        """'The commander says he has ordered his units to leave the town ... By afternoon the withdrawal was
        complete': a move a side ordered its own forces to make, which the report then tells as completed, as
        done (a later mention of the move told as fact, folded into the order's) or as followed by the other
        side entering the place, happened; so did one a narrative tells in the simple past ('The same day
        Austin ordered the Guard soldiers to leave the country'). The order's move is asserted. An order just
        given ('has ordered') with no such sequel stays a plan; so does a move one side orders another's forces to make ('the junta ordered French troops to
        leave'), whose carrying out is an occurrence of its own."""
        gone: set[int] = set()
        for o in out:
            if o.modality != "planned" or o.kind not in CARRIED_NOUNS or not _own_forces_ordered(o.trig):
                continue
            later = [c for c in out if c is not o and id(c) not in gone and c.modality == "asserted"
                     and 0 < c.unit - o.last_unit <= 4]
            same = next((c for c in later if c.kind == o.kind and not _days_apart(o, c) and (
                o.place is None or c.place is None or _same_place(o.place, c.place))), None)
            # "... ordered its troops to withdraw from Lyman. Enemy soldiers entered the town hours later": the
            # place, or, where neither names one the gazetteer knows, the very next sentence's "the town"
            entered = o.kind == "withdrawal" and any(
                c.kind == "territory_change" and c.actors and not set(c.actors) & set(o.actors) and (
                    o.place is not None and c.place is not None and c.place_level >= 2
                    and _same_place(o.place, c.place)
                    or o.place is None and c.place is None and c.unit - o.last_unit <= 1) for c in later)
            if same is None and not entered and not _told_completed(o) and not _simple_past_order(o.trig):
                continue
            o.modality = "asserted"
            o.conf = min(0.99, o.conf + 0.1)   # the plan's penalty lifted: the act is told as done
            if same is not None:
                o.evidence += same.evidence
                o.last_unit = max(o.last_unit, same.last_unit)
                o.actors = _dedupe(o.actors + same.actors)
                if same.date is not None and (o.date is None or same.date_own and not o.date_own):
                    o.date, o.date_own = same.date, same.date_own
                if same.place is not None and (o.place is None or same.place_level > o.place_level):
                    o.place, o.place_level = same.place, same.place_level
                same._merged_into = o
                gone.add(id(same))
        return [c for c in out if id(c) not in gone]

    def _resolve_links(self, doc: Document, events: list[Candidate]) -> None:
        """'X came two days after Y held a drill': Y's date from X's (the time stage's
        date_for_span, given X's date as the main clause's)."""
        for c in events:
            if c.link is None or c.date_own:
                continue
            t = doc.timexes[c.link["timex"]]
            gov = [o for o in self._all if o.sent.start == c.sent.start and o.trig.idx < t.start]
            known = None
            if gov:
                g = max(gov, key=lambda o: o.trig.i)
                g = getattr(g, "_merged_into", g)
                known = g.date
            if known is None:
                # "The raids came two days after ...": the raids are the event just told
                before = [o for o in events if o is not c and o.unit < c.unit and o.date_own and o.date is not None
                          and (o.date.end - o.date.start).days <= 1]
                if before:
                    known = max(before, key=lambda o: o.last_unit).date
            got = None
            if self.date_for_span is not None:
                try:
                    got = _as_date(self.date_for_span(doc, c.trig.idx, c.trig.idx + len(c.trig), known))
                except Exception:
                    got = None
            if got is not None:
                c.date, c.date_own = got, True
