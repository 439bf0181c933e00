"""The date of an event: the time expression its own clause gives, a time reported beside it, or the
time stage's reading of its span; acts told as looked back from another time keep none of it."""
from __future__ import annotations

import re
from datetime import timedelta

from sitrep.model import Document, EventDate
from sitrep.events.candidate import Candidate, _as_date
from sitrep.events.syntax import _other_clause, _clause_head, _past_perfect, _present, _tree_distance
from sitrep.events.words import PART_OF_DAY, _SIGNAL, SPEECH_VERBS
from sitrep.timex.dating import _day_of_earlier_mention, argument_time, looks_back as _looks_back
from sitrep.timex.dating import noun_stems as _stems, verb_above as _verb_above


def _reported_perfect(c, span) -> bool:
    """The trigger's clause is in the present perfect ("have taken", "has been shot down": done
    before the time it is told at) and is what a verb of saying reports, and the time is that
    reporting verb's own ("Troops have taken the town, X announced on Thursday"). A past perfect
    under a dated report ("X said on Saturday that its fighters had captured Y") is the report's
    backshifted past and keeps the report's day."""
    if c.kind == "statement" or c.modality != "asserted":
        return False
    head = _clause_head(c.trig)
    if head.lemma_.lower() in SPEECH_VERBS:
        # the sentence's reading borne by its root, the verb of saying: the act is what it reports
        head = next((k for k in head.children if k.dep_ == "ccomp"), None)
        if head is None:
            return False
    if not any(k.dep_ in ("aux", "auxpass") and k.lower_ in ("has", "have", "'ve", "'s") for k in head.children):
        return False
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in SPEECH_VERBS:
        reporter = head.head
    else:
        reporter = next((k for k in head.children if k.dep_ in ("ccomp", "parataxis")
                         and k.lemma_.lower() in SPEECH_VERBS), None)
    return reporter is not None and _clause_head(span.root).i == reporter.i


_COUNTING = {"such", "latest", "another", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
             "eighth", "ninth", "tenth", "last", "previous", "recent"}


def _counts_acts(t) -> bool:
    """A time that modifies a noun counting acts of a kind ("the third such transfer this month",
    "the second attack on the base this week"): the period they are counted in dates none of them."""
    head = t.head if t.dep_ in ("npadvmod", "pobj", "compound", "nmod") else None
    if head is not None and head.dep_ == "prep" and head.lower_ in ("in", "during", "of"):
        head = head.head
    return head is not None and head.pos_ == "NOUN" and head.i != t.i and any(
        k.dep_ == "amod" and k.lower_ in _COUNTING or k.dep_ == "det" and k.lower_ == "another"
        for k in head.children) and head.dep_ in ("appos", "attr", "npadvmod", "conj", "nsubj")


def _opens_a_range(span) -> bool:
    """The time is the first end of a range ("from 6 to 9 March"): a stretch of the act's own, not
    a time it is compared with ("down from 15,000 in 2019") or counted from ("since the ceasefire
    of Christmas")."""
    head = span.root.head
    return head.lower_ == "from" and head.dep_ == "prep" and span.start <= span.root.i < span.end and \
        span.root.dep_ == "pobj"


_RANGE_LINK = re.compile(r"\s*(?:to|until|till|through|thru|and|-|–|—)\s*(?:on\s+)?", re.I)


def _same_day_beside(doc: Document, tx, tspans, before: bool):
    """The time of the same day written right before (`before`) or right after `tx`, only spaces
    between ("Thursday noon": the day before its hour, the hour after its day), with its span;
    else None."""
    for u, sp in tspans:
        if u is tx or u.start_date is None or u.start_date != tx.start_date or u.end_date != tx.end_date:
            continue
        gap = doc.text[u.end:tx.start] if before else doc.text[tx.end:u.start]
        if (u.end <= tx.start if before else tx.end <= u.start) and gap.strip() == "" and len(gap) <= 2:
            return u, sp
    return None


def _range_end(doc: Document, first, span, tspans):
    """The time that closes a range the act's time opens ("from Thursday to Sunday", "between 6
    and 9 April", "from 3 to 5 April", "from Thursday noon to Sunday noon": a day and its hour are
    one end): the next time in the text, joined to it by to / until / through / and / a dash, no
    earlier and at most a month later; else None."""
    if span is None:
        return None
    day = _same_day_beside(doc, first, tspans, before=True)
    if day is not None:
        span = day[1]   # "Thursday noon": the range opens before the day
    if span.start == 0 or doc.parsed[span.start - 1].lower_ not in ("from", "between"):
        return None
    hour = _same_day_beside(doc, first, tspans, before=False)
    if hour is not None:
        first = hour[0]   # "from Thursday noon to ...": the link follows the hour
    after = [tx for tx, _ in tspans if tx.start >= first.end]
    if not after:
        return None
    nxt = min(after, key=lambda tx: tx.start)
    return nxt if _spans_a_range(doc, first, nxt) else None


# (no comma: ", and on Feb. 10 five more died" joins another clause)
_BOTH_DAYS = re.compile(r"\s+and\s+(?:again\s+)?(?:on\s+)?", re.I)


def _both_days(doc: Document, one, tspans):
    """The days an act is told on, joined by "and" ("held drills on Tuesday and Thursday", "stormed
    the prisons on March 2 and 3", "on Monday and again on Wednesday"): (first, last) when `one` is
    one of two one-day dates so joined, the second one to seven days after the first; else None.
    The act covers both and the days between (a date is one stretch)."""
    def day(tx):
        return tx.type == "DATE" and tx.start_date is not None and tx.start_date == tx.end_date

    if not day(one):
        return None
    mine = next(((tx, sp) for tx, sp in tspans if tx is one), None)
    if mine is None:
        return None
    for first, last in ((mine, None), (None, mine)):
        if first is None:
            before = [(tx, sp) for tx, sp in tspans if tx.end <= one.start and day(tx)]
            if not before:
                continue
            first = max(before, key=lambda x: x[0].end)
        else:
            after = [(tx, sp) for tx, sp in tspans if tx.start >= one.end and day(tx)]
            if not after:
                continue
            last = min(after, key=lambda x: x[0].start)
        # both days of one clause's verb (not "killed seven soldiers on Feb. 3, and on Feb. 10 five
        # more died": two acts, each on its day)
        v1, v2 = _verb_above(first[1].root), _verb_above(last[1].root)
        if _BOTH_DAYS.fullmatch(doc.text[first[0].end:last[0].start]) and v1 is not None and v2 is not None \
                and v1.i == v2.i and 1 <= (last[0].start_date - first[0].start_date).days <= 7:
            return first[0], last[0]
    return None


def _range_start(doc: Document, last, tspans):
    """The time that opens a range `last` closes ("from 6 to 9 April", "between 3 and 5 May"): the
    time right before it, joined to it by to / until / through / and / a dash, with from or between
    before it, no later and at most a month earlier; else None."""
    before = [tx for tx, span in tspans if tx.end <= last.start and span.start > 0
              and doc.parsed[span.start - 1].lower_ in ("from", "between")]
    if not before:
        return None
    first = max(before, key=lambda tx: tx.end)
    return first if _spans_a_range(doc, first, last) else None


def _spans_a_range(doc: Document, first, last) -> bool:
    """Whether two times make one range: both dated, only a link word between them ("to",
    "until", "and", a dash), the second no earlier than the first and at most a month after it."""
    if None in (first.start_date, first.end_date, last.start_date, last.end_date):
        return False
    if not _RANGE_LINK.fullmatch(doc.text[first.end:last.start]):
        return False
    return first.start_date <= last.start_date and (last.end_date - first.start_date).days <= 31


def _opening_word(trig, words: tuple[str, ...]):
    """The word of `words` ("after", "since") that opens the clause the act is told in, as its
    marker ("after the group seized Tessit") or as the preposition it follows ("after seizing"),
    else None."""
    h = _clause_head(trig)
    for x in (trig, h):
        if x.pos_ not in ("VERB", "AUX"):
            continue   # "retook the town after heavy fighting": the fighting may be that day's
        sig = next((k for k in x.children if k.dep_ == "mark" and k.lower_ in words and k.i < x.i), None)
        if sig is None and x.dep_ == "pcomp" and x.head.lower_ in words and x.head.i < x.i:
            sig = x.head
        if sig is not None:
            return sig
    return None


def _behind(trig) -> bool:
    """The act is told in a clause that looks back from another ('weeks after the group seized
    Tessit', 'since jihadists captured the town'): the other clause's time is not its own."""
    return _opening_word(trig, ("after", "since")) is not None


def _tense(verb) -> str | None:
    """The tense a verb is told in, read from its auxiliaries and its tag."""
    aux = {k.lower_ for k in verb.children if k.dep_ in ("aux", "auxpass")}
    if aux & {"had", "'d"}:
        return "past perfect"
    if aux & {"has", "have", "'ve", "'s"} and verb.tag_ == "VBN":
        return "present perfect"
    if aux & {"will", "'ll", "shall"}:
        return "future"
    if verb.tag_ == "VBD" or any(k.dep_ in ("aux", "auxpass") and k.tag_ == "VBD" for k in verb.children):
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or any(k.dep_ in ("aux", "auxpass") and k.tag_ in ("VBZ", "VBP")
                                          for k in verb.children):
        return "present"
    return None


def _said_of_a_noun(t, trig) -> bool:
    """The time is told in a relative or participial clause the act is not in, of another noun than
    the act's ("Rebels, who seized the town in 2014, ...", "troops, deployed to the region in 2019,
    ..."; not "the offensive, which began in March, ...")."""
    for x in [t] + list(t.ancestors):
        if x.dep_ in ("relcl", "acl") and x.pos_ in ("VERB", "AUX"):
            return not (x.i == trig.i or x.is_ancestor(trig) or x.head.i == trig.i)
    return False


# verbs of what others decide or say about an act ("the deployment, which was approved on 8 October")
_DECIDING = SPEECH_VERBS | {"approve", "authorize", "authorise", "order", "agree", "plan", "propose", "endorse",
                            "reject", "deny", "condemn", "criticise", "criticize", "debate", "vote", "sign",
                            "decide", "demand", "request", "discuss", "welcome", "back", "oppose", "ratify",
                            "extend", "renew", "postpone", "delay", "suspend", "schedule", "promise", "pledge",
                            "unveil", "describe", "call", "hail", "praise"}


# verbs whose relative clause tells an agreement's own making ("the truce it declared over Christmas",
# "the deal they signed on 3 May"): its day, not a decision about it
_MAKING_AGREEMENT = {"declare", "sign", "agree", "reach", "announce", "conclude", "broker", "strike", "seal", "ink"}


def _another_act_on_the_noun(t, trig, kind: str | None = None) -> bool:
    """The time is told in a relative clause of the act's own noun whose verb is
    someone deciding or saying something about it ("The deployment, which parliament approved on 8
    October, is the second this year"): the day of that decision, not of the act; not "the
    offensive, which began in March" nor "the attack, which killed 12 people on Monday"."""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return False
    for x in [t] + list(t.ancestors):
        if x.i == trig.i:
            return False
        if x.dep_ in ("relcl", "acl") and x.pos_ in ("VERB", "AUX"):
            # a relative clause only: "a US airstrike authorized by the president two days earlier"
            # tells the strike's day as the parse hangs it on the participle
            if kind == "agreement" and x.lemma_.lower() in _MAKING_AGREEMENT:
                return False
            return x.dep_ == "relcl" and x.head.i == trig.i and x.lemma_.lower() in _DECIDING
    return False


_DURING = {"during", "amid", "throughout", "despite"}


def _period_of_the_act(noun, trig) -> bool:
    """The noun names the period the act fell in ("had bombed its camps during the truce it declared
    over Christmas", "struck amid the ceasefire agreed on 2 May"): what its relative clause dates,
    the act was within."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in _DURING and prep.head.i in (trig.i, _clause_head(trig).i)


def _dates_the_period(t, trig) -> bool:
    """The time is told in the relative clause of the period the act fell in ("had bombed its camps
    during the truce it declared over Christmas"), or of the act's own noun ("the truce it declared
    over Christmas"): the act's own time, though a clause with a subject of its own."""
    x = next((x for x in [t] + list(t.ancestors) if x.dep_ in ("relcl", "acl") and x.pos_ in ("VERB", "AUX")), None)
    if x is not None and (x.head.i == trig.i and x.dep_ == "relcl" or _period_of_the_act(x.head, trig)):
        return True
    # "had bombed its camps during the ceasefire over Christmas": the time of the period's own noun
    prep = t.head if t.dep_ == "pobj" else None
    return prep is not None and prep.dep_ == "prep" and prep.head.pos_ == "NOUN" and \
        _period_of_the_act(prep.head, trig)


def _told_apart(t, trig) -> bool:
    """The time is told in a relative clause the act is not in, and in another tense than the act
    ("has declared the city freed of the militants who stormed it five months ago", "was detained
    on Wednesday, the banker who had served as minister until February"): what is said of a noun, at
    another time than the act's. In the same tense ("moved into the town under a deal the rebels
    struck on 13 May") the noun's time may be all the sentence says of the act's."""
    for x in [t] + list(t.ancestors):
        if x.dep_ in ("relcl", "acl") and x.pos_ in ("VERB", "AUX"):
            if x.i == trig.i or x.is_ancestor(trig) or _period_of_the_act(x.head, trig):
                return False
            mine, theirs = _tense(_clause_head(trig)), _tense(x)
            return mine is not None and theirs is not None and mine != theirs
    return False


# verbs that tell what an act brought about ("which led to", "prompting", "an attack that triggered")
_CAUSING = {"lead", "prompt", "trigger", "spark", "cause", "provoke", "force", "result", "precipitate", "set off",
            "touch", "drive", "push"}


def _consequence(t, trig) -> bool:
    """The time is told in a clause of what another act brought about, which the act is not in
    ("ambushed a convoy, which led to the closure of the border on Friday", "struck a depot,
    prompting the evacuation of the airport on 14 May", "an attack that triggered an exodus on
    Sunday"): the consequence's day, later than the act's."""
    for x in [t] + list(t.ancestors):
        if x.i == trig.i or x.is_ancestor(trig):
            return False
        if x.pos_ in ("VERB", "AUX") and x.lemma_.lower() in _CAUSING and x.dep_ in ("relcl", "advcl", "acl", "conj") \
                and not (x.tag_ == "VBN" and x.dep_ == "acl") and (
                    x.lemma_.lower() not in ("lead", "result") or any(k.dep_ == "prep" and k.lower_ in ("to", "in")
                                                                      for k in x.children)):
            return True   # not "a team led by the secretary of state", "a force driven out"
    return False


_WITHIN_HOURS = re.compile(r"\bwithin\s+(?:(?:a\s+few|a\s+couple\s+of|two|three|several)\s+)?(?:hours|minutes|an\s+hour)\b",
                           re.I)
_SAME_DAY_AFTER = {"hours", "minutes", "shortly", "soon", "just", "moments", "immediately", "right", "hour"}


def _just_after(trig) -> bool:
    """The act is told in a clause that "after" opens with no span or a span of the same day before
    it ("a fire broke out at the depot on 17 May after it was hit by drones", "hours after the
    convoy left"): the act that the main clause followed, on the main clause's day as far as the
    sentence tells; not "weeks after", "since" ("since rebels seized the town")."""
    sig = _opening_word(trig, ("after",))
    if sig is None:
        return False
    before = sig.nbor(-1) if sig.i > sig.sent.start else None
    return before is None or before.is_punct or before.lower_ in _SAME_DAY_AFTER or \
        not (before.like_num or before.lemma_.lower() in ("day", "week", "month", "year", "decade"))


def _ongoing(trig) -> bool:
    """The act is told in the present progressive ("troops are still exchanging fire with a last
    group of fighters", "Russian forces are pressing in on the town"): going on at the report's time."""
    return trig.pos_ == "VERB" and trig.tag_ == "VBG" and any(
        k.dep_ == "aux" and k.lower_ in ("is", "are", "am", "'s", "'re") for k in trig.children)


_AS_OF = re.compile(r"\bas\s+of\s+(?:on\s+)?$", re.I)   # "What we know as of Saturday": the writing's time

# what actors say or do in answer to the news ("condemned", "summoned the envoy")
_REACTION_KINDS = frozenset({"statement", "diplomacy"})


def _headline_like(sent) -> bool:
    """A line of the report's head told without a full stop (a headline, a standfirst): its present
    tells the past."""
    text = sent.text.rstrip()
    return sent.start < 80 and not text.endswith((".", "!", "?", '"', "”", "'", "’", ":"))


_YEARS_BACK = re.compile(r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+"
                         r"(?:ago|back)$", re.I)
_SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "eight": 8, "nine": 9, "ten": 10}


def _years_back_month(d: EventDate, published) -> EventDate:
    """A date read from "a year ago", "two years ago" (counted back from the report: the whole
    calendar year) narrowed to the report's month that many years before ("A year ago a car bomb
    hit the port city", in a report of 18 January 2019: January 2018, approximately)."""
    m = _YEARS_BACK.fullmatch((d.text or "").strip())
    if m is None or (d.end - d.start).days < 300:
        return d
    n = int(m["n"]) if m["n"].isdigit() else _SMALL_NUMBERS[m["n"].lower()]
    year = published.year - n
    if not d.start.year <= year <= d.end.year:
        return d
    first = published.replace(year=year, day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return EventDate(first, last, d.text)


_LIST_ITEM = re.compile(r"[ \t]*(?:[-–—•*·▪►]|\d{1,2}[.)])[ \t]")


def _in_list_item(text: str, pos: int) -> bool:
    """The character at `pos` is on a line that opens as an item of a list ("- Merowe: fighters
    seized the airport.", "2. 14 May: tanks entered Rafah."): the item tells its own act, and the
    next item's day is not its own."""
    return _LIST_ITEM.match(text, text.rfind("\n", 0, pos) + 1) is not None


_LATER_IN = re.compile(r"later\s+(?:that|this|the\s+same)\s+(?:week|month|year)", re.I)
_SPAN_LEAD = re.compile(r"\b(?:within|in|over|during|throughout)\s+(?:the\s+)?(?:(?P<rel>following|ensuing|"
                        r"subsequent|next|previous|preceding)\s+)?(?:few\s+|several\s+)?$", re.I)
_WITHIN = re.compile(r"\b(?:within|in|over|during|throughout)\s+$", re.I)
_UNIT_DAYS = {"hour": 0, "day": 1, "week": 7, "month": 30}
_PLURAL_SPAN = {"hour": 1, "day": 6, "week": 28, "month": 90}   # "within days", "in the following weeks"
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "few": 3, "several": 5}
_SPAN_WORDS = re.compile(r"(?:(?P<det>the|a|an)\s+)?(?:(?P<rel>following|ensuing|subsequent|next|coming|previous|"
                         r"preceding|prior|past|last|recent)\s+)?(?:(?P<n>few|several|one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"\d{1,2})\s+)?(?P<unit>hour|day|week|month)(?P<pl>s)?$", re.I)


def _verbs_linked(t) -> set:
    """The verbs a linking span ("ten days after X") is told with: the first verb above it and, when
    that is the after/before clause ("after the president sacked ..."), the verb that clause hangs on."""
    v = _verb_above(t)
    if v is None:
        return set()
    return {v.i, v.head.i} if v.dep_ == "advcl" else {v.i}


# the words that turn a bare span into one counted from the story's day, told right before it
# ("had spent the previous days shelling", "in recent days") or after it ("in the days before,")
_REL_BEFORE = re.compile(r"\b(?P<rel>previous|preceding|prior|following|ensuing|subsequent|past|recent)\s+"
                         r"(?:few\s+|several\s+)?$", re.I)
_BEFORE_AFTER = re.compile(r"\s+(?:before|beforehand|prior|earlier)(?=\s*(?:[,.;:!?)—–-]|$))", re.I)
# spans that end at the day they are counted from ("for the past two weeks", "in recent days")
_UP_TO = {"past", "last", "recent"}


def _story_window(text: str, tx, anchor):
    """The stretch a span told from the story's last day covers ("Within the week, mercenaries
    withdrew", "In the following weeks rebels seized three towns", "had spent the previous days
    shelling the city"): after it (within: from that day; following: from the next), or the days
    before it (previous); else None. `anchor` is the story's last day told before."""
    m = _SPAN_WORDS.fullmatch(re.sub(r"\s+", " ", (tx.text or "").strip()))
    if m is None:
        return None
    # "In the previous days, drones had bombed ...": the time stage may tag the bare unit only
    lead = _SPAN_LEAD.search(text, max(0, tx.start - 40), tx.start)
    within = _WITHIN.search(text, max(0, tx.start - 12), tx.start) is not None or lead is not None
    rel = (m["rel"] or (lead["rel"] if lead is not None else None) or "").lower()
    if not rel:
        # "Drones had spent the previous days destroying the defences", "in recent days"
        told = _REL_BEFORE.search(text, max(0, tx.start - 24), tx.start)
        rel = told["rel"].lower() if told is not None else ""
    if (not rel or rel in ("following", "next")) and m["pl"] and _BEFORE_AFTER.match(text, tx.end):
        rel = "previous"   # "In the days before, the army had evacuated its wounded"
    if not within and not rel:
        return None
    unit = m["unit"].lower()
    if m["n"] or (m["det"] or "").lower() in ("a", "an") or m["pl"] is None:
        n = int(m["n"]) if (m["n"] or "").isdigit() else _NUMBER_WORDS.get((m["n"] or m["det"] or "one").lower(), 1)
        length = max(1, n * _UNIT_DAYS[unit])
    else:
        length = _PLURAL_SPAN[unit]
    if rel in ("previous", "preceding", "prior"):
        return EventDate(anchor - timedelta(days=length), anchor - timedelta(days=1), tx.text)
    if rel in _UP_TO:
        # "for the past two weeks the militia has shelled the town": up to the day counted from
        return EventDate(anchor - timedelta(days=length), anchor, tx.text)
    if rel and m["pl"] is None and not m["n"] and not within:
        return None   # "the following day", "the next week": one day or week, the time stage's own reading
    # "within a week" of a dated act: at most the seven days after it (the act told is another, later
    # one); "within hours" may still be that day
    first = anchor if not rel and unit == "hour" else anchor + timedelta(days=1)
    return EventDate(first, anchor + timedelta(days=length), tx.text)


# verbs that announce, decide or threaten what is still to come ("said it would hold drills",
# "agreed to deploy a joint force", "warned that troops would strike back", "vowed to retake the town")
_ANNOUNCING = _DECIDING | {"warn", "threaten", "vow", "intend", "aim", "seek", "prepare", "tell", "insist", "reveal",
                           "confirm", "expect", "hope", "want", "commit", "resolve", "choose", "opt", "move"}


def _announcers(trig) -> list:
    """The verbs of announcing or deciding that an act still to come is told under, nearest first
    ("the president said he had agreed to deploy a joint force": agreed, said; "announced a
    deployment of 2,000 troops": announced)."""
    out = []
    x = trig if trig.pos_ in ("VERB", "AUX") else None
    if x is None:
        # "announced the deployment of 2,000 troops", "approved plans for a deployment"
        n = trig
        while n.dep_ in ("pobj", "prep", "dobj", "nsubjpass", "compound", "conj") and n.head.i != n.i and \
                n.head.pos_ not in ("VERB", "AUX"):
            n = n.head
        if n.dep_ in ("dobj", "nsubjpass") and n.head.lemma_.lower() in _ANNOUNCING:
            out.append(n.head)
        x = _clause_head(trig)
    for _ in range(4):
        if x.dep_ not in ("ccomp", "xcomp", "conj") or x.head.i == x.i or x.head.pos_ not in ("VERB", "AUX"):
            break
        x = x.head
        if x.lemma_.lower() in _ANNOUNCING and x not in out:
            out.append(x)
    return out


def _path_up_to(root, verb) -> list:
    """The tokens from `root` up its chain of heads to `verb`, `verb` left out; [] when it is not
    above `root`."""
    path = []
    for x in [root] + list(root.ancestors):
        if x.i == verb.i:
            return path
        path.append(x)
    return []


# the nouns of a telling a time may be told of ("in a statement on Monday", "in an interview on Sunday")
_TELLING_NOUNS = {"statement", "communique", "communiqué", "interview", "speech", "briefing", "address",
                  "message", "post", "tweet", "conference", "broadcast", "letter", "declaration", "announcement",
                  "remarks", "bulletin", "release", "video"}


def _in_what_is_said(root, verb, acts=frozenset()) -> bool:
    """The time whose root is `root` is told inside what the verb of saying says, not of the saying
    ("claimed Israeli jets had struck the camp in December", "threatened to attack ships, as they
    did in November", "accused Kyiv of shelling the plant last week"; not "Blair, speaking on
    Wednesday at the summit, said ..."): under a clause the verb governs, or under the noun of
    another act (`acts`: the token indices of the sentence's other acts) the verb speaks of ("vowed
    revenge for the strike on its consulate on 1 April")."""
    path = _path_up_to(root, verb)
    if not path:
        return False
    if any(x.pos_ == "NOUN" and x.lemma_.lower() in _TELLING_NOUNS and x.dep_ == "pobj" for x in path[1:]):
        return False   # "condemned the bombing ..., in a statement on Monday": the telling's own day
    child = path[-1]
    if _told_before_what_is_said(root, verb, child) or _while_telling(child, verb):
        return False   # "NATO said on Saturday it had ...", "Speaking in Paris on Thursday, Macron said ..."
    if child.dep_ in ("prep", "npadvmod", "dobj") and child.i > verb.i and any(
            verb.i < i < root.i and verb.doc[i].pos_ in ("NOUN", "PROPN") and not verb.doc[i].is_ancestor(root)
            and verb.is_ancestor(verb.doc[i]) for i in acts):
        # "claimed responsibility for the bombing in Mogadishu on 30 December": a time told after
        # the act the statement speaks of is that act's, however the parse hangs it
        return True
    return child.dep_ in ("ccomp", "xcomp", "advcl", "parataxis") or \
        child.dep_ in ("prep", "dobj") and any(x.pos_ in ("VERB", "AUX") or x.i in acts for x in path)


def _told_before_what_is_said(root, verb, clause) -> bool:
    """The time whose root is `root` stands between the verb of saying and the clause it reports,
    before that clause's "that" or its subject ("NATO said on Saturday it had suspended the
    exercise", "announced on Tuesday that troops had left", "Officials said Monday the convoy was
    attacked", "told reporters on Friday that ..."): the saying's time, wherever the parse hangs it
    (it often makes it the reported clause's). Between the verb and the time only adverbs, the
    time's own preposition or the verb's other complements ("reporters")."""
    if clause.dep_ not in ("ccomp", "parataxis") or clause.i < verb.i:
        return False
    doc = root.doc
    span = [x for x in root.subtree]
    first, last = min(x.i for x in span), max(x.i for x in span)
    if root.head.dep_ == "prep" and root.dep_ == "pobj":
        first = min(first, root.head.i)   # "on Saturday": the preposition is the time's
    if not verb.i < first or last + 1 >= len(doc):
        return False
    for k in range(verb.i + 1, first):
        x = doc[k]
        if x.pos_ != "ADV" and clause.is_ancestor(x) or x.is_punct:
            return False   # "said the troops that had left on Friday ...": inside what is said
    nxt = doc[last + 1]
    subjects = [k for k in clause.children if k.dep_ in ("nsubj", "nsubjpass", "expl") and k.i > last]
    return any(k.dep_ == "mark" and k.i == nxt.i and k.lower_ in ("that", "how") for k in clause.children) or \
        any(k.left_edge.i == nxt.i for k in subjects)


# participles of an occasion of saying ("Speaking in Paris on Thursday, Macron said ...")
_TELLING_OCCASIONS = {"speak", "address", "talk", "brief", "testify", "write", "answer", "respond", "reply",
                      "comment", "appear", "visit", "meet", "open", "close", "tour", "attend", "host"}


def _while_telling(clause, verb) -> bool:
    """The time is told in a participle of the occasion the verb of saying was said at, before
    it ("Speaking in Paris on Thursday, Macron said ...", "Addressing troops in Kherson on Monday,
    Zelensky vowed ..."): that occasion's time is the saying's."""
    return clause.dep_ == "advcl" and clause.i < verb.i and clause.tag_ == "VBG" and \
        clause.lemma_.lower() in _TELLING_OCCASIONS and not any(
            k.dep_ in ("mark", "aux") for k in clause.children)


def _said_with(root, verb) -> bool:
    """The time whose root is `root` is told of `verb` itself ("On Monday the command said ...",
    "said on Tuesday", "announced Friday"): the first verb above it is that one."""
    v = _verb_above(root)
    return v is not None and v.i == verb.i


# how far before the report an act it tells in the present perfect with no time may lie ("France has
# begun to withdraw its troops", in a report of Thursday: Tuesday to Thursday)
_PERFECT_DAYS_BACK = 2


def _done_by_the_report(c) -> bool:
    """An act told as done by the time of the report and given no time of its own: asserted, in the
    present perfect, its own or that of the verb it completes ("the coalition has paused its
    training", "France has begun to withdraw its troops", "Marines have arrived in Jordan"); not
    what actors say or do in answer to the news ("the ministry has condemned the strike"), which is
    of the report's day."""
    if c.modality != "asserted" or c.kind in _REACTION_KINDS:
        return False
    head = _clause_head(c.trig)
    while head.dep_ == "xcomp" and head.head.pos_ in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head   # "has begun to withdraw": the perfect of the verb it completes
    return _tense(head) == "present perfect"


class Dating:
    """Dates of candidates (a part of the Events stage; reads the stage's time spans)."""

    def _anchor_of(self, d: EventDate) -> str | None:
        tx = next((x for x in self._timexes if x.text == d.text and x.start_date == d.start), None)
        return tx.anchor if tx is not None else None

    def _date(self, doc: Document, c: Candidate, zones: dict):
        """(date, own, link): the time expression nearest the trigger in the parse, its own
        clause's first; a clause governed by "two days after" waits for its anchor event. A
        whole year counted back from the report ("A year ago a car bomb hit the port") is read
        as the report's month that many years before: the narrowest honest reading."""
        got, own, link = self._date_read(doc, c, zones)
        window = self._window_from_the_story(doc, c)
        if window is not None and link is None:
            # "On 4 June forces took Tarhuna. Within the week, mercenaries withdrew": not the
            # calendar week of the report, the week after the day just told
            got, own = window, True
        if got is None and link is None and c.modality == "planned":
            # "On Monday the command said it would hold more drills around the island": what is
            # still to come, with no time of its own, is dated from its announcement
            got = self._announced_on(doc, c)
        if got is not None and doc.published is not None:
            got = _years_back_month(got, doc.published)
            if not got.text and got.start == got.end == doc.published and _done_by_the_report(c):
                # "France has begun to withdraw its troops": done on or before the report's day
                got = EventDate(doc.published - timedelta(days=_PERFECT_DAYS_BACK), doc.published, got.text)
        return got, own, link

    def _announced_on(self, doc: Document, c: Candidate) -> EventDate | None:
        """The day an act still to come was announced or decided: the time told of the verb that
        announces it ("On Monday the command said it would hold drills": Monday; "the ministry
        announced on Tuesday that it will send troops in the coming days": from Tuesday, the next
        days), else the time the story tells that verb at (its paragraph's day, the report's for
        one told in the present: "The ministry says it will send troops"); None without one."""
        verbs = _announcers(c.trig)
        if not verbs:
            return None
        sent = c.sent
        said = None
        for verb in verbs:
            said = next((tx for tx, span in self._tspans if sent.start_char <= tx.start < sent.end_char
                         and tx.type in ("DATE", "TIME") and tx.start_date is not None
                         and tx.start_date == tx.end_date and _said_with(span.root, verb)
                         and not argument_time(span.root)), None)
            if said is not None:
                break
        if said is not None:
            day = EventDate(said.start_date, said.end_date, said.text)
        else:
            verb = verbs[-1]
            if _tense(verb) in ("present", "present perfect") and doc.published is not None and \
                    not _headline_like(sent):
                day = EventDate(doc.published, doc.published, "")
            elif self.date_for_span is not None and _tense(verb) == "past":
                refused = frozenset(tx.start for tx, _ in self._tspans if sent.start_char <= tx.start < sent.end_char)
                try:
                    day = _as_date(self.date_for_span(doc, verb.idx, verb.idx + len(verb), refused=refused,
                                                      others=frozenset()))
                except Exception:
                    day = None
                if day is None or day.start != day.end:
                    return None
            else:
                return None
        if doc.published is not None and day.start > doc.published:
            return None
        # "... will send 2,000 troops to the border in the coming days", "within days": a stretch from that day
        for tx, span in self._tspans:
            if sent.start_char <= tx.start < sent.end_char and span.root.i in c.zone and tx.type == "DURATION":
                window = _story_window(self._text, tx, day.start)
                if window is not None:
                    return EventDate(day.start, window.end, day.text)
        return day

    def _window_from_the_story(self, doc: Document, c: Candidate) -> EventDate | None:
        """The stretch the act's own span told from the story's last day gives it ("Within the week,
        hundreds of mercenaries withdrew to the south", after a sentence dated 4 June: 4 to 11 June):
        an act told as done, whose clause's time is such a span, in a sentence after one that told a
        day of the story (not a dateline's, not one of the time as a thing, not after the report)."""
        if c.modality != "asserted" or _present(c.trig) or c.kind == "troop_level":
            return None
        head = _clause_head(c.trig)
        # ("Drones had spent the previous days destroying the defences": the span of the verb the act is told under)
        under = head.head.i if head.dep_ in ("xcomp", "advcl") and head.head.i != head.i else None
        own = [tx for tx, span in self._tspans if c.sent.start_char <= tx.start < c.sent.end_char
               and tx.type != "SET" and (span.root.i in c.zone or under is not None and span.root.head.i == under
                    and span.root.dep_ in ("dobj", "npadvmod"))]
        if len(own) != 1:
            return None
        if _tense(head) == "present perfect" and doc.published is not None:
            # "For the past two weeks the militia has shelled the town", "In recent days gunmen have
            # attacked villages": counted back from the report's day
            window = _story_window(self._text, own[0], doc.published)
            return window if window is not None and window.end <= doc.published else None
        # the last day told before the span, its own sentence's first ("agreed on Wednesday ..., and
        # ... announced sanctions the following days")
        told = [tx for tx, span in self._tspans if tx.end <= own[0].start and tx.type in ("DATE", "TIME")
                and tx.start_date is not None and tx.start_date == tx.end_date and tx.value != "PRESENT_REF"
                and not argument_time(span.root) and (doc.published is None or tx.start_date <= doc.published)]
        tx = own[0]
        if _LATER_IN.fullmatch((tx.text or "").strip()) and tx.start_date is not None:
            # "Rebels took Bunia on 3 March. Later that month they shelled Beni": after the 3rd;
            # "Fighting broke out in early April. Later that month ...": after the first ten days
            stretches = [x for x, span in self._tspans if x.end <= tx.start and x.type == "DATE"
                         and x.start_date is not None and x.end_date is not None
                         and (x.end_date - x.start_date).days <= 15 and not argument_time(span.root)
                         and tx.start_date <= x.end_date <= tx.end_date]
            if stretches and (not told or stretches[-1].start >= told[-1].start):
                last = stretches[-1]
                return EventDate(last.start_date if last.start_date == last.end_date else last.end_date,
                                 tx.end_date, tx.text)
        if not told:
            return None
        anchor = told[-1].start_date
        if _LATER_IN.fullmatch((tx.text or "").strip()) and tx.start_date is not None and \
                tx.start_date <= anchor <= tx.end_date:
            return EventDate(anchor, tx.end_date, tx.text)
        window = _story_window(self._text, tx, anchor)
        if window is not None and doc.published is not None and window.start > doc.published:
            return None
        return window

    def _date_read(self, doc: Document, c: Candidate, zones: dict):
        """(date, own, link), as `_date` reads them before narrowing."""
        sent = c.sent
        t0, t1 = c.trig.idx, c.trig.idx + len(c.trig)
        link = None
        if self.event_link is not None and any(
                (tx.anchor or "").startswith("event-") and sent.start_char <= tx.start < sent.end_char
                for tx in self._timexes):
            try:
                link = self.event_link(doc, t0, t1)
            except Exception:
                link = None
        if link is not None and link.get("role") == "governed":
            return None, False, link
        again = self._told_again(doc, c) or self._soon_after_named(doc, c)
        if again is not None:
            return again, False, None
        sig_end = None
        if link is not None:
            lt = doc.timexes[link["timex"]]
            sig_end = lt.end + (len(m.group(0)) if (m := _SIGNAL.match(doc.text[lt.end:])) else 0)
        own = zones.get(c.trig.i, c.clause)
        others = set()
        for i, z in zones.items():
            if i != c.trig.i:
                others |= z
        best, best_key, best_span = None, None, None
        reported = None
        mines = []
        since = None
        refused = set()   # the sentence's times told of a noun at another time than this act's
        elsewhere = set()   # the sentence's times of other acts' own clauses
        semis = [x.i for x in sent if x.text == ";"]
        behind = _behind(c.trig)
        just_after = behind and _just_after(c.trig)
        after_day = None   # (the main clause's day, its distance) for an act "just after" opens
        trig_clause = _clause_head(c.trig).i
        reporter = _clause_head(c.trig).head if _clause_head(c.trig).dep_ == "ccomp" else None
        if reporter is not None and reporter.lemma_.lower() not in SPEECH_VERBS:
            reporter = None   # the verb of saying whose clause tells the act
        lo_semi = max((i for i in semis if i < c.trig.i), default=-1)
        hi_semi = min((i for i in semis if i > c.trig.i), default=len(doc.parsed))
        for tx, span in self._tspans:
            if tx.start < sent.start_char or tx.end > sent.end_char:
                continue
            if tx.type not in ("DATE", "TIME") or tx.start_date is None or tx.end_date is None:
                continue
            if _told_apart(span.root, c.trig):
                refused.add(tx.start)
            if _consequence(span.root, c.trig):
                refused.add(tx.start)
                continue   # "..., which led to the closure of the border on Friday": a later act's day
            if sig_end is not None and tx.start >= sig_end:
                continue   # inside the clause "two days after" governs: another event's date
            if span.start > 0 and doc.parsed[span.start - 1].lower_ in ("since", "until", "till", "before") or \
                    any(a.lower_ in ("from", "than", "since") and a.dep_ == "prep" and (a.lower_ == "since" or any(
                        g.like_num or any(n.like_num for n in g.children) for g in a.children
                        if g.dep_ == "pobj" and not (a.lower_ == "from" and g.i == span.root.i)))
                        for a in list(span.root.ancestors)[:3]):
                # ("will be deployed to Lithuania from July 9": the day the act begins, not a figure
                # it is compared with)
                if span.start > 0 and doc.parsed[span.start - 1].lower_ == "since" and tx.start_date is not None \
                        and {x.i for x in span} & own:
                    since = tx
                if not _opens_a_range(span):
                    refused.add(tx.start)   # nor may the time stage's reading of the clause fall back on it
                continue   # "since September", "down from 15,000 in 2019": another time than this event's
            if c.kind == "statement" and c.trig.pos_ == "VERB" and _in_what_is_said(
                    span.root, c.trig, frozenset(i for i in zones if i != c.trig.i)):
                # "The Houthis have threatened to attack ships, as they did in November", "said the army
                # had bombed its camps on Christmas Day": a statement is dated when it was made, never
                # by a time of what it says
                refused.add(tx.start)
                continue
            if argument_time(span.root):
                refused.add(tx.start)
                continue   # "declared Friday a day of mourning", "Friday was the deadliest day": what, not when
            if _counts_acts(span.root):
                continue   # "..., the third such transfer this month": the period acts are counted in, not the day
            ids = {x.i for x in span}
            mine = bool(ids & own)
            if _another_act_on_the_noun(span.root, c.trig, c.kind):
                refused.add(tx.start)
                continue   # "The deployment, which parliament approved on 8 October, ...": the approval's day
            if (tx.end_date - tx.start_date).days > 6 and _said_of_a_noun(span.root, c.trig):
                refused.add(tx.start)
                continue   # "Rebels, who seized the town in 2014, attacked a checkpoint", "the prime minister,
                # who took office this month, welcomed the deployment": a stretch said of a noun, not the act's day
            if not mine and behind:
                if just_after and tx.start_date == tx.end_date and lo_semi < span.start < hi_semi and (
                        after_day is None or _tree_distance(span.root, c.trig) < after_day[1]):
                    after_day = (tx, _tree_distance(span.root, c.trig))
                continue   # "shelled Gao on Wednesday, weeks after the group seized Tessit": not its day
            if not mine and ids & others and not _dates_the_period(span.root, c.trig):
                elsewhere.add(tx.start)
                if reported is None and tx.start_date == tx.end_date and _reported_perfect(c, span):
                    reported = tx   # the date of the report, not of the act: see below
                continue   # another event's own date
            if not lo_semi < span.start < hi_semi:
                continue   # "...attacked the column; the mayor made Monday a day off": another clause's time
            # "Before dawn on 26 February, jets struck the camp, and the following morning aircraft
            # crossed the line": a time in a clause with a subject of its own dates that clause first
            apart = _other_clause(span.root, trig_clause) and not _dates_the_period(span.root, c.trig)
            if apart and c.modality in ("planned", "hypothetical") and doc.published and \
                    tx.end_date < doc.published:
                continue   # "gave up al-Qaim on March 17 and is expected to leave K1": a past day of
                # another clause's act never dates what is still to come
            # (at equal distance, the time of the saying that reports the act's clause: "Early on 2 March
            # the army crossed the river, and on Friday 10 March a commander said his units had
            # surrounded the town": the surrounding is told on the 10th, not on the crossing's day)
            key = (0 if mine and not apart else 1 if not apart else 2, _tree_distance(span.root, c.trig),
                   0 if reporter is not None and getattr(_verb_above(span.root), "i", -1) == reporter.i else 1)
            if best_key is None or key < best_key:
                best, best_key, best_span = tx, key, span
            mines.append((tx, mine))
        if best is not None:
            # "Earlier this month, on June 6, ...": the narrower of two times that say the same
            inner = [tx for tx, mine in mines if tx is not best and mine == (best_key[0] == 0)
                     and best.start_date <= tx.start_date and tx.end_date <= best.end_date
                     and (tx.end_date - tx.start_date) < (best.end_date - best.start_date)]
            if inner:
                best = min(inner, key=lambda x: x.end_date - x.start_date)
            if PART_OF_DAY.match(best.text or ""):
                # "on Monday ... had crossed overnight": the part of a day is the sentence's day
                days = [tx for tx, sp in self._tspans if tx is not best and sent.start_char <= tx.start
                        and tx.end <= sent.end_char and tx.type == "DATE" and tx.start_date is not None
                        and tx.start_date == tx.end_date and not PART_OF_DAY.match(tx.text or "")]
                if days:
                    best = min(days, key=lambda x: abs(x.start - best.start))
            if best.start_date == best.end_date and _reported_perfect(c, best_span):
                best, reported = None, best
        if best is not None:
            closing = _range_end(doc, best, best_span, self._tspans)
            if closing is not None:
                # "would hold drills from Thursday to Sunday", "ran from 3 to 5 April": both ends
                day = _same_day_beside(doc, best, self._tspans, before=True)
                hour = _same_day_beside(doc, closing, self._tspans, before=False)
                a, b = (day[0] if day else best).start, (hour[0] if hour else closing).end
                return EventDate(best.start_date, closing.end_date, doc.text[a:b]), True, None
            opening = _range_start(doc, best, self._tspans)
            if opening is not None:
                # "held drills from 6 to 9 April": the parse hangs the range on its closing day
                return EventDate(opening.start_date, best.end_date, doc.text[opening.start:best.end]), True, None
            both = _both_days(doc, best, self._tspans)
            if both is not None:
                # "held live-fire drills on Tuesday and Thursday": both days, and those between
                first, last = both
                return EventDate(first.start_date, last.end_date, doc.text[first.start:last.end]), True, None
            return EventDate(best.start_date, best.end_date, best.text), True, None
        if reported is not None:
            # "Troops have taken the city, the minister announced on Saturday": the day is the
            # report's; the act it tells as done (the present perfect) was on or before it
            return EventDate(reported.start_date - timedelta(days=6), reported.end_date, reported.text), True, None
        # ("The capture of the town comes ten days after the president sacked his army chief on 8
        # February": a present that relates the act to a dated one is no present of the report's)
        counted_on = link is not None and link.get("role") == "governing" and any(
            tx is doc.timexes[link["timex"]] and _clause_head(c.trig).i in _verbs_linked(span.root)
            for tx, span in self._tspans)
        if self.date_for_span is not None and own and c.modality == "asserted" and \
                (not _present(c.trig) or counted_on) \
                and not self._counted_back(c) and (not behind or just_after and after_day is None):
            toks = sorted(own)
            # not past a semicolon: the clause beyond it has its own time
            toks = [k for k in toks if lo_semi < k < hi_semi] or toks
            a, b = doc.parsed[toks[0]], doc.parsed[toks[-1]]
            try:
                # "has declared the city freed of the militants who stormed it five months ago": not
                # the time said of a noun at another time, whatever span the time stage is given
                got = _as_date(self.date_for_span(doc, a.idx, b.idx + len(b), refused=frozenset(refused),
                                                  others=frozenset(elsewhere)))
            except Exception:
                got = None
            if got is not None and since is not None and got.text == since.text:
                got = None   # the time stage's pick is the "since" date: read it as a span, below
            if got is not None and _past_perfect(c.trig) and not any(
                    x.lemma_.lower() in SPEECH_VERBS for x in list(c.trig.ancestors)[:4]) and not any(
                    tx.text == got.text and sent.start_char <= tx.start < sent.end_char for tx, _ in self._tspans):
                got = None   # "Jets bombed a camp on Saturday. The militants had attacked a post ...": before it
            if got is not None and not any(
                    tx.text == got.text and sent.start_char <= tx.start < sent.end_char
                    and not lo_semi < span.start < hi_semi for tx, span in self._tspans):
                # "Tanks pushed into Rafah three days after the attack": a day counted from the act
                # the sentence names is the clause's own, as much as a day it tells
                # (the count's own clause only: not "Putin, who had called it a provocation the day
                # after it began, ordered the army ...")
                # (an act told anew only: "The Italian withdrawal came three days after ..." retells one
                # told before, whose day the story gave it)
                counted = counted_on and c.trig.pos_ == "VERB" and \
                    (got.text or "").startswith(doc.timexes[link["timex"]].text)
                return got, counted, None
        if after_day is not None and c.modality == "asserted":
            # "A fire broke out at the depot on 17 May after it was hit by drones": the hit is told as
            # what the fire followed, on its day as far as the sentence says
            tx = after_day[0]
            return EventDate(tx.start_date, tx.end_date, tx.text), False, None
        if since is not None and doc.published and since.start_date <= doc.published:
            # "has trained 90,000 fighters since 2015": from then until the report
            return EventDate(since.start_date, doc.published, since.text), False, None
        if doc.published and best is None and reported is None and self._told_now(c, behind):
            # "The army says ...", "The ministry has announced ...": told as of the report's day
            return EventDate(doc.published, doc.published, ""), False, None
        if doc.published and best is None and reported is None and self._reaction_of_the_day(c, behind, zones):
            # "Iran condemned the strike and summoned the Swiss envoy", in a report that tells no day
            # before it: the news of the report's day
            return EventDate(doc.published, doc.published, ""), False, None
        if best is None and reported is None and c.modality == "asserted" and _headline_like(c.sent) and not any(
                sent.start_char <= tx.start < sent.end_char for tx, _ in self._tspans):
            # "M23 rebels hold Goma as protesters storm embassies in Kinshasa": a headline tells the
            # news its lead dates ("... controlled most of Goma on Tuesday")
            lead = self._lead_day(doc, sent)
            if lead is not None:
                return lead, False, None
        return None, False, None

    def _told_again(self, doc: Document, c) -> EventDate | None:
        """The day of an act a definite noun names again in a clause a dated saying reports ("Thursday's
        suicide bombing at the gate killed nine soldiers. The bombing was carried out by a teenager,
        police said on Saturday"): the day an earlier sentence told it on, not the day of the saying,
        when every time of the sentence is a saying's; else None."""
        t = c.trig
        if t.pos_ != "NOUN" or c.modality != "asserted" or c.kind in _REACTION_KINDS or not any(
                k.dep_ == "det" and k.lower_ in ("the", "that", "this") for k in t.children):
            return None
        sent = c.sent
        times = [(tx, span) for tx, span in self._tspans if sent.start_char <= tx.start < sent.end_char]
        if not times:
            return None
        mine = _verb_above(t)
        for tx, span in times:
            verb = _verb_above(span.root)
            if verb is None or verb.lemma_.lower() not in SPEECH_VERBS or mine is None or mine.i == verb.i \
                    or not verb.is_ancestor(mine):
                return None   # a time of the act's own clause, or of another act
        return _day_of_earlier_mention(doc, _stems(t), sent.start_char)

    def _soon_after_named(self, doc: Document, c) -> EventDate | None:
        """The day of an act done "within hours" of the act its clause names by a definite noun ("The
        attack was claimed within hours by the Houthis", "the bombing was condemned within hours"),
        in a sentence that tells no day: the day an earlier sentence told that act on; else None."""
        sent = c.sent
        if c.modality != "asserted" or not _WITHIN_HOURS.search(sent.text) or any(
                sent.start_char <= tx.start < sent.end_char and tx.type in ("DATE", "TIME")
                and tx.start_date is not None for tx, _ in self._tspans):
            return None
        head = _clause_head(c.trig)
        if head.pos_ not in ("VERB", "AUX"):
            return None
        # ("claimed responsibility for the attack": the act the object is of)
        args = [k for k in head.children if k.dep_ in ("nsubjpass", "dobj")]
        args += [g for k in args for p in k.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                 for g in p.children if g.dep_ == "pobj"]
        named = [k for k in args if k.pos_ == "NOUN"
                 and any(d.dep_ == "det" and d.lower_ in ("the", "that", "this") for d in k.children)]
        for noun in named:
            day = _day_of_earlier_mention(doc, _stems(noun), sent.start_char)
            if day is not None:
                return day
        return None

    def _lead_day(self, doc: Document, headline) -> EventDate | None:
        """The day the report's lead tells: the first one-day time of the first two sentences after
        the headline that tell one of the story (not its dateline, not "as of" the writing)."""
        told = 0
        for sent in doc.parsed.sents:
            if sent.start_char <= headline.start_char or _headline_like(sent):
                continue
            days = [tx for tx, span in self._tspans if sent.start_char <= tx.start < sent.end_char
                    and tx.type in ("DATE", "TIME") and tx.start_date is not None and tx.start_date == tx.end_date
                    and not argument_time(span.root) and not _AS_OF.search(doc.text, max(0, tx.start - 8), tx.start)]
            if days:
                return EventDate(days[0].start_date, days[0].end_date, days[0].text)
            told += 1
            if told >= 2:
                return None
        return None

    def _reaction_of_the_day(self, c, behind: bool, zones: dict | None = None) -> bool:
        """A statement or an act of diplomacy told as done (the simple past, the present perfect),
        asserted, in the body of the report, in a sentence with no time expression of its own, not
        looked back from another act nor told in the past perfect ("Russia called the attack
        unacceptable", "Tehran summoned the Swiss envoy"): what a report says its actors said or
        did in answer to the news is, as far as it tells, of the report's day."""
        if c.kind not in _REACTION_KINDS or c.modality != "asserted" or behind or self._counted_back(c) \
                or _headline_like(c.sent) or _past_perfect(c.trig):
            return False
        sent = c.sent
        acts = frozenset(i for i in (zones or {}) if i != c.trig.i)   # the sentence's other acts' triggers
        # ("Hamas claimed Israeli jets had struck the camp in December": the time of what is said, not of saying it)
        if any(sent.start_char <= tx.start < sent.end_char and not (
                c.kind == "statement" and c.trig.pos_ == "VERB" and _in_what_is_said(span.root, c.trig, acts))
               for tx, span in self._tspans):
            return False
        return _tense(_clause_head(c.trig)) in ("past", "present perfect")

    def _told_now(self, c, behind: bool) -> bool:
        """The act is told as of the time of writing: an asserted clause in the present ("The army
        says the road is open", "Troops control the bridge") or in the present perfect ("The ministry
        has announced a curfew", "has deployed 3,000 troops"; asked only where its paragraph told no
        day before it), in the body of the report (a headline's present tells the past), not looked
        back from another act ("since", "after") nor counted back."""
        if c.modality != "asserted" or behind or self._counted_back(c) or _headline_like(c.sent):
            return False
        head = _clause_head(c.trig)
        tense = _tense(head)
        if tense == "present":
            return not any(k.dep_ in ("aux", "auxpass") and k.lower_ in ("will", "would", "could", "might", "may",
                                                                          "should", "must", "can")
                           for k in head.children)
        # "The army has deployed 3,000 troops to the border": done as of the report, the news of its day
        return tense == "present perfect"

    def _told_before(self, c) -> bool:
        """The act is told as before the story's time: in the past perfect ("The group had ambushed a
        convoy") or with a span counted back ("weeks earlier"): the day just told is not its day."""
        # an act "just after" opens ("a depot caught fire after a helicopter attacked the column")
        # is on the day the story goes on with, as its main clause is
        return _past_perfect(c.trig) or self._counted_back(c) or _behind(c.trig) and not _just_after(c.trig)

    def _looked_back(self, c) -> bool:
        """The act is told as history behind the story ("Baghdadi had proclaimed a caliphate in July
        2014, a few weeks after his fighters overran Mosul in June that year"), not as the backshifted
        past of a report ("the army said its troops had retaken the town"): its day is not the day
        the story goes on with."""
        if self._counted_back(c) or _behind(c.trig) and not _just_after(c.trig):
            return True
        if c.date is not None and c.date_own and self._dated_looking_back(c.date):
            return True   # "The revolt began the night before, when ...": the eve of the day told
        return _past_perfect(c.trig) and not any(x.lemma_.lower() in SPEECH_VERBS for x in list(c.trig.ancestors)[:4])

    def _dated_looking_back(self, d: EventDate) -> bool:
        """The date is a day counted back from one the story told ("the night before", "a day
        earlier"): the story returns to the day it left after telling it."""
        tx = next((x for x in self._timexes if x.text == d.text and x.start_date == d.start), None)
        return tx is not None and _looks_back(self._text, tx)

    def _counted_back(self, c) -> bool:
        """'Had seized the town weeks earlier', 'days before': a span counted back from the story's time."""
        back = re.compile(r"\s*(?:earlier|before|ago|previously)\b", re.I)
        # ("Two days before the vote, gunmen attacked ...": a span counted to another act, not back)
        return any(span.root.i in c.zone and not (tx.anchor or "").startswith("event-") and (
            tx.type == "DURATION" and back.match(self._text, tx.end)                 # "weeks" earlier
            or tx.value == "PAST_REF" and back.search(tx.text or "") is not None)    # "weeks earlier"
            for tx, span in self._tspans if c.sent.start_char <= tx.start < c.sent.end_char)
