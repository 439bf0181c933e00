"""Arguments of an event: actors and targets, place, date and quantities, from its zone of the sentence;
splitting one mention into one event per place or count; the fallback country."""
from __future__ import annotations

import bisect
import re
from datetime import timedelta

from sitrep.events.ontology import MONEY_KINDS, MOVEMENT, REMOTE_KINDS, VIOLENT
from sitrep.events.quantities import PEOPLE as PEOPLE_NOUNS, Quantity, _hedge, read_number
from sitrep.geo import km
from sitrep.model import Document, EventDate, Location, Place
from sitrep.events.candidate import Candidate, _as_date, _as_location, _copy, _country_name, _dedupe
from sitrep.events.syntax import (_clause_head, _is_force, _governed_by, _is_demonym, _np_head, _np_span, _past_perfect, _present, _range_pair, _roles,
                                  _subject_text, _tree_distance)
from sitrep.events.words import (CALENDAR_WORDS, REPORTING_TYPES, UNOWNED_UNITS, ARMED_TYPES, COLLECTIVE_ARMED, COLLECTIVE_REACH_CHARS, COLLECTIVE_STATES, CONVOYS, SETTING_OUT, DESTINATION_PREPS, LEADER_NOUNS,
                                 DIRECTION, FORCE_NOUNS, _INSTALLATION, KILL_WORDS, KIND_FOR_CONTEXT_MOVE,
                                 LOCATIVE, MILITARY_KIT, NONSTATE_TYPES, PARTICIPANTS, PART_OF_DAY, PLACE_RANK,
                                 PLACE_SUBJECT_VERBS, REF_KEYS, REF_NOUNS, SETTLEMENT_KINDS, _SIGNAL, SPEECH_VERBS,
                                 STRENGTH_NOUNS, TERRAIN)

# a time or circumstance set beside the clause's own act: an act told in it is not the clause subject's
SEQUENCE_PREPS = frozenset({"after", "before", "following", "since", "amid", "despite", "until", "during"})
# "the post came under shelling", "was under attack": an act the subject undergoes
UNDERGO_VERBS = frozenset({"come", "be", "fall", "remain"})


def _in_actor_np(text: str, p: Place, span) -> bool:
    """'Iraq's military', 'US-occupied bases', 'Iraqi forces': the place names an actor, not a location."""
    root = span.root
    while root.dep_ == "conj" and root.head is not root and root.head.dep_ in ("nsubj", "poss", "conj"):
        root = root.head   # "Britain and France evacuated ...": each of the states acting
    if root.dep_ == "poss":
        return True
    if root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX") and root.head.lemma_.lower() not in PLACE_SUBJECT_VERBS \
            and not any(x.lemma_.lower() in REF_NOUNS for x in span):
        return True   # "Washington blamed", "the Pentagon said", "Iran fired": the state acting
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and \
            root.head.head.lemma_.lower() not in ("follow", "precede", "replace", "succeed"):
        return True   # "struck by Washington"; not "followed by the Taji base"
    if any(t.dep_ == "case" for t in root.children) and root.head.lower_ in FORCE_NOUNS:
        return True
    if root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ in ("NOUN", "PROPN") and (
            root.head.lemma_.lower() in PEOPLE_NOUNS or root.head.lower_ in PEOPLE_NOUNS):
        return True   # "a U.S. civilian contractor", "Iraqi officials": a nationality
    if root.dep_ in ("compound", "amod", "nmod") and root.head.lemma_.lower() in MILITARY_KIT:
        return True   # "U.S. jets", "Turkish drones": whose, not where
    if root.dep_ in ("compound", "amod", "nmod", "npadvmod") and root.head.pos_ in ("NOUN", "PROPN", "VERB", "ADJ"):
        h = root.head
        if h.lower_ in FORCE_NOUNS or h.lemma_.lower() in FORCE_NOUNS or h.lower_.endswith(("-led", "-backed")) \
                or h.lower_ in ("airstrike", "strike", "withdrawal", "troop", "embassy", "official", "officials"):
            return True
    text = text[p.end:p.end + 9].lower()
    if text.startswith(("-led", "-backed", "-occupied", "-based", "-run", "-allied")):
        return True
    return False


def _reference_point(span) -> bool:
    """'60 km south of Mosul', 'near the border with Syria': a place that locates another."""
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head   # "between Kobani and Ain Issa": the second as the first
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "between":
        return True
    if root.dep_ == "pobj" and head.lower_ in ("of",) and head.head.lower_ in DIRECTION:
        return True
    if root.dep_ == "pobj" and head.lower_ == "with" and head.head.lower_ in ("border", "borders", "frontier"):
        return True
    if root.dep_ == "pobj" and head.lower_ in ("of",) and head.head.lower_ in ("outskirts",):
        return False
    return False


def _origin(c, span) -> bool:
    """'Reinforcements sent from Ouallam', 'jets flying from Crimea struck the island': the place
    a force or a weapon set out from, not where the event happened."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "from":
        return False
    verb = root.head.head
    if c.kind == "deployment" and (c.trig.i in (verb.i, verb.head.i) or verb.i == c.trig.head.i):
        return True
    return c.kind in VIOLENT and verb.lemma_.lower() in SETTING_OUT and verb.i != c.trig.i


def _home_of_force(span) -> bool:
    """'Troops from Chad arrived in Mali', 'soldiers from Kenya's police': the country a force comes
    from names whose force it is, not where it acted."""
    root = span.root
    noun = root.head.head
    return root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.dep_ == "prep" and \
        noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.pos_ in ("NOUN", "PROPN") and _is_force(noun)


def _gone_to(root, trig) -> bool:
    """Where those who left went: "drove out towards Gao", or the goal of a second move told with the
    withdrawal ("left the base and flew home to France", "pulled out, heading for Niamey")."""
    if root.dep_ != "pobj":
        return False
    prep, verb = root.head, root.head.head
    if verb.i == trig.i and (prep.lower_ in DESTINATION_PREPS or prep.lower_ == "to" and any(
            k.lower_ == "home" for k in verb.children)):
        return True   # "drove out towards Gao", "flew home to France"
    if verb.i == trig.i and prep.lower_ in ("for", "to") and any(
            k.dep_ == "dobj" or k.dep_ == "prep" and k.lower_ in ("from", "out") for k in verb.children):
        return True   # "left Mali for Cairo", "withdrew from Gao to Niamey": the place left is told beside
    second = verb.i != trig.i and (verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i == trig.i
                                   or trig.dep_ == "conj" and trig.head.i == verb.i)
    return second and prep.lower_ in DESTINATION_PREPS | {"to", "for", "into"}


def _reported_clause(tok, steps: int, deps: tuple[str, ...] = ("ccomp",)):
    """The head of the clause a verb of saying reports ("Ankara said [its jets struck ...]") that
    holds `tok`, found within `steps` heads up; None when there is none."""
    cur = tok
    for _ in range(steps):
        if cur.dep_ in deps and cur.head.lemma_.lower() in SPEECH_VERBS:
            return cur
        if cur.head is cur:
            return None
        cur = cur.head
    return None


def _where_told(trig) -> set:
    """Tokens of the clause that reports the act ("Speaking in Ankara, Erdogan said troops had taken
    the town", "told reporters in Brussels that ..."): where it was said, not where it happened."""
    cur = _reported_clause(trig, 5, ("ccomp", "parataxis"))
    if cur is None:
        return set()
    return {x.i for x in cur.head.subtree} - {x.i for x in cur.subtree}


def _name_words(head) -> list:
    """The words that name a group of people ("Chadian troops"): its modifiers and itself, less a
    time the parser joined to it ("the following morning militants") and all before that time."""
    lefts = [x for x in head.lefts if x.dep_ in ("compound", "amod") and not x.like_num]
    times = [x.i for x in lefts if x.ent_type_ in ("DATE", "TIME") or x.lower_ in CALENDAR_WORDS]
    return [x for x in lefts if not times or x.i > max(times)] + [head]


def _other_clause(tok, clause: int | None) -> bool:
    """The token belongs to another clause with a subject of its own than the clause headed at
    `clause` ("... and the following evening rockets struck C"; not "Q-West, known as ..., on March 26")."""
    head = _clause_head(tok)
    return clause is not None and head.i != clause and any(
        k.dep_ in ("nsubj", "nsubjpass", "expl") for k in head.children)


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


POLITICAL_ACTS = {"legislation", "statement"}   # done where the institution sits
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


def _behind(trig) -> bool:
    """The act is told in a clause that looks back from another ('weeks after the group seized
    Tessit', 'since jihadists captured the town'): the other clause's time is not its own."""
    h = _clause_head(trig)
    for x in (trig, h):
        if x.pos_ not in ("VERB", "AUX"):
            continue   # "retook the town after heavy fighting": the fighting may be that day's
        if any(k.dep_ == "mark" and k.lower_ in ("after", "since") and k.i < x.i for k in x.children):
            return True
        if x.dep_ == "pcomp" and x.head.lower_ in ("after", "since") and x.head.i < x.i:
            return True
    return False


def _carried_out_by(actor) -> str:
    """An operation the dictionary knows ("Operation Barkhane") is carried out by its parent force."""
    return actor.parent if actor.parent and re.match(r"Op[eé]ration\s", actor.name) else actor.name


def _near_km(p: Place, q: Place) -> float:
    if p.lat is None or q.lat is None:
        return 1e9 if (p.name or p.mention) != (q.name or q.mention) else 0.0
    return km(p.lat, p.lon, q.lat, q.lon)


def _named_victims(t) -> int:
    """'the assassination of A, the commander of X, along with B, ...': two named people killed.
    A noun's victims are the names after it, up to its first verb or agent; a name that only
    describes another ("B, the head of C or D") is not counted."""
    if t.lemma_.lower() not in KILL_WORDS:
        return 0
    doc = t.doc
    if t.pos_ == "NOUN":
        end = t.sent.end
        for x in doc[t.i + 1:t.sent.end]:
            if x.pos_ in ("VERB", "AUX") and x.dep_ not in ("amod", "compound") or x.dep_ == "agent":
                end = x.i
                break
        window = range(t.i + 1, end)
    else:
        window = sorted(x.i for k in t.children if k.dep_ in ("dobj", "nsubjpass") for x in k.subtree)
    ents = [e for e in doc.ents if e.label_ == "PERSON" and e.start in window]
    people = 0
    for e in ents:
        cur, described = e.root, False
        for _ in range(3):
            if cur.head.i == cur.i or cur.dep_ == "conj":
                break   # "A and B were killed": two people
            cur = cur.head
            if cur.ent_type_ == "PERSON" and not (e.start <= cur.i < e.end):
                described = True
                break
        if not described:
            people += 1
    return people


class Arguments:
    """Actors, targets, place, date and quantities of candidates (a part of the Events stage)."""

    def _anchor_of(self, d: EventDate) -> str | None:
        tx = next((x for x in self._timexes if x.text == d.text and x.start_date == d.start), None)
        return tx.anchor if tx is not None else None

    # -- arguments -----------------------------------------------------------------------
    def _arguments(self, doc: Document, c: Candidate, zones: dict) -> None:
        t = c.trig
        actors, targets = _roles(t, c.kind)
        # "GAZA CITY, Feb 12 (Reuters) - Airstrikes killed ...": where the report was filed, parsed as a subject
        actors = [a for a in actors if not any(d0 <= a.idx < d1 for d0, d1 in self._datelines)]
        if t.pos_ == "NOUN" and c.kind in ("agreement", "diplomacy"):
            # "the Doha agreement", "the Geneva talks": the town where, not a party
            actors = [a for a in actors if not (a.dep_ == "compound" and self._town(a))]
        c.actors = _dedupe([a for h in actors for a in self._actor_names(doc, h)])
        reporters = self._reporters(t)
        if reporters:
            # "Amnesty International had reported that scores were killed": the monitor tells, it did not act
            c.actors = [a for a in c.actors if a not in reporters]
        c.targets = _dedupe([a for h in targets for a in self._actor_names(doc, h)])
        c.targets = [x for x in c.targets if x not in c.actors]
        if c.kind == "troop_level" and t.like_num and "personnel" not in c.quantities:
            # "officially some 2,500 were in the country": the bare count is the strength
            toks = list(c.sent)
            got = read_number(toks, t.i - c.sent.start)
            if got is not None:
                c.quantities["personnel"] = got[0]
                hedge = _hedge(toks, t.i - c.sent.start)
                if hedge:
                    c.qualifiers["personnel"] = hedge
        if not c.actors and c.kind == "troop_level" and t.like_num:
            # "650 American troops are to stay; some 2,500 were in the country": the force counted before
            forces = [x for x in c.sent if x.lower_ in STRENGTH_NOUNS and x.i < t.i]
            if forces:
                c.actors = self._actor_names(doc, forces[-1])
        if not c.actors and c.kind == "troop_level":
            c.actors = self._own_strength_claimed(doc, t)
        if not c.actors:
            c.actors = self._governing_actors(doc, t)
        if not c.actors and actors and not self._names_an_act(actors[0]):
            c.actors = _subject_text(actors[0])
        if not c.actors and t.pos_ == "NOUN":
            c.actors = self._named_in_apposition(doc, t)
        if not c.actors and t.pos_ == "NOUN" and (t.lemma_.lower() in PARTICIPANTS or t.lower_ in PARTICIPANTS):
            c.actors = self._actor_names(doc, t) or _subject_text(t)   # "Gunmen killed ...": the gunmen
        if c.kind == "clash":
            # the armed groups named in the battle's own clause are its sides
            toks = sorted(c.zone)
            if toks:
                a, b = doc.parsed[toks[0]].idx, doc.parsed[toks[-1]].idx + len(doc.parsed[toks[-1]])
                for m in self._mentions:
                    if a <= m.start < b and (m.actor.type or "") in ARMED_TYPES and not m.demonym and \
                            doc.parsed.char_span(m.start, m.end, alignment_mode="expand") is not None and \
                            doc.parsed.char_span(m.start, m.end, alignment_mode="expand").root.i in c.zone:
                        c.actors = _dedupe(c.actors + [_carried_out_by(m.actor)])
        # place: the event's own clause, then "the base" it refers back to, then the rest of
        # the sentence that no other event of the sentence owns
        others = set()
        for i, z in zones.items():
            if i != t.i:
                others |= z
        c.place, c.place_level = self._place(doc, c, c.zone, 3)
        if c.place is None or (c.place.kind or "") in ("country", "admin1", "region"):
            ref = self._anaphoric_place(doc, c)
            if ref is not None:
                c.place, c.place_level = ref, 3
        if c.place is None:
            c.place, c.place_level = self._place(doc, c, set(range(c.sent.start, c.sent.end)), 2,
                                                 exclude=(others - c.zone) | _where_told(c.trig))
        if c.place is None or (c.place.kind or "") in ("country", "admin1", "region"):
            # "The base drew attention when rockets struck it": the base of the sentence
            ref = self._anaphoric_place(doc, c, set(range(c.sent.start, c.sent.end)) - others)
            if ref is not None:
                c.place, c.place_level = ref, 2
        if c.kind in POLITICAL_ACTS:
            seat = self._seat(doc, c, actors)
            if seat is not None:
                c.place, c.place_level = seat, 3
        if c.kind == "military_aid" and t.pos_ == "VERB":
            # "trained 90,000 Yemeni fighters": the aid goes where its recipients are from
            for p, span in self._pspans:
                if (p.kind or "") == "demonym" and p.country and span.root.head.dep_ in ("dobj", "dative") \
                        and span.root.head.head.i == t.i and _is_force(span.root.head):
                    c.place, c.place_level = Location(name=_country_name(doc, p.country), country=p.country,
                                                      kind="country", lat=p.lat, lon=p.lon), 3
                    break
        if reporters:
            c.actors = [a for a in c.actors if a not in reporters]
        # date
        c.date, c.date_own, c.link = self._date(doc, c, zones)

    def _seat(self, doc: Document, c: Candidate, heads: list) -> Location | None:
        """Where a political act is done: 'Turkey's parliament approved sending troops to Libya',
        'Kenya's foreign ministry said ...': the state or town its institution belongs to, not the
        country it concerns; unless the act is placed itself ('voted in Ankara', 'said in Geneva')."""
        trig = c.trig
        for p, span in self._pspans:
            r = span.root
            if c.sent.start <= r.i < c.sent.end and r.dep_ == "pobj" and r.head.lower_ in ("in", "at") \
                    and r.head.head.i in (trig.i, _clause_head(trig).i):
                return None   # "said in Geneva": placed by its own words
        for h in heads:
            np = _np_span(h)
            for p, span in self._pspans:
                if not (np.start <= span.root.i < np.end) or (p.country is None and p.lat is None):
                    continue
                r = span.root
                if r.i == h.i and (p.kind or "") != "demonym" or r.dep_ in ("poss", "compound", "amod", "nmod") and r.head.i == h.i:
                    if (p.kind or "") == "demonym" or _is_demonym(span):
                        return Location(name=_country_name(doc, p.country), country=p.country, kind="country",
                                        lat=p.lat, lon=p.lon) if p.country else None
                    return self._location(doc, p)
        return None

    def _listed_targets(self, doc: Document, units: list, cands: list[Candidate]) -> list[Candidate]:
        """'Jets struck militants on Sunday. The targets included a depot near Sinjar in Iraq and a
        post near Kobani in Syria': a strike told without its places, then a sentence listing its
        targets: one strike at each town or base listed."""
        out = list(cands)
        for n, sent in enumerate(units):
            if not any(t.lemma_.lower() == "target" and t.dep_ in ("nsubj", "nsubjpass", "pobj") for t in sent) or \
                    any(c.unit == n for c in cands):
                continue
            told = [c for c in cands if (c.kind in REMOTE_KINDS or c.kind == "attack") and 0 < n - c.last_unit <= 1
                    and (c.place is None or (c.place.kind or "") in ("country", "admin1", "region"))]
            places = self._listed_places(sent)
            if not told or not places:
                continue
            strike = told[-1]
            for i, p in enumerate(places):
                e = strike if i == 0 else _copy(strike)
                e.place, e.place_level = self._location(doc, p), 2
                e.evidence = e.evidence + [(sent.start_char, sent.end_char)]
                if i > 0:
                    e.quantities, e.qualifiers = {}, {}
                    out.insert(out.index(strike) + i, e)
        return out

    def _listed_places(self, sent) -> list[Place]:
        """The towns and bases a sentence lists, one each (not the countries that locate them)."""
        got = []
        for p, span in self._pspans:
            if span.start < sent.start or span.end > sent.end or p.lat is None:
                continue
            if (p.kind or "") not in ("installation", "city", "town", "village", "facility") or \
                    _in_actor_np(self._text, p, span):
                continue
            if not any(_near_km(p, q) < 15 for q in got):
                got.append(p)
        return got

    def _claims(self, doc: Document, units: list, cands: list[Candidate]) -> None:
        """'The attack was claimed by Islamic State', 'the Houthis claimed responsibility for the
        strike': the group that claims an act is its actor (as ACLED codes it), added to the act of
        violence the claim refers to (told in its sentence or up to two before)."""
        for n, sent in enumerate(units):
            for tok in sent:
                if tok.lemma_.lower() != "claim" or tok.pos_ != "VERB":
                    continue
                claimer, act = self._claim_parts(tok)
                if claimer is None or act is None:
                    continue
                names = self._actor_names(doc, claimer)
                told = [c for c in cands if c.kind in VIOLENT and c.unit <= n and n - c.last_unit <= 2
                        and c.evidence and min(s for s, _ in c.evidence) <= tok.idx]
                if names and told:
                    target = max(told, key=lambda c: (c.last_unit, c.unit))
                    target.actors = _dedupe(target.actors + names)

    def _claim_parts(self, verb):
        """(who claims, the act claimed) of a verb 'claim' in the sense of owning an act, else (None, None)."""
        kids = list(verb.children)
        agent = [g for k in kids if k.dep_ == "agent" for g in k.children if g.dep_ == "pobj"]
        passive = [k for k in kids if k.dep_ == "nsubjpass"]
        if agent and passive and self._names_an_act(passive[0]) or agent and passive and passive[0].lower_ == "it":
            return agent[0], passive[0]       # "the attack was claimed by X"
        subj = [k for k in kids if k.dep_ == "nsubj" and k.pos_ != "PRON"]
        obj = [k for k in kids if k.dep_ == "dobj"]
        if subj and obj and obj[0].lemma_.lower() == "responsibility":
            acts = [g for k in obj[0].children if k.dep_ == "prep" and k.lower_ == "for" for g in k.children
                    if g.dep_ == "pobj"] + [g for k in kids if k.dep_ == "prep" and k.lower_ == "for"
                                            for g in k.children if g.dep_ == "pobj"]
            return (subj[0], acts[0]) if acts else (None, None)   # "X claimed responsibility for the attack"
        if subj and obj and (self._names_an_act(obj[0]) or obj[0].lower_ == "it"):
            return subj[0], obj[0]            # "X claimed the attack"
        return None, None

    def _names_an_act(self, head) -> bool:
        """'Airstrikes killed 12 people', 'Shelling hit the town': the subject names the act itself
        (a word of violence in the trigger lexicon), not who did it."""
        if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ or head.lemma_.lower() in PARTICIPANTS \
                or head.lower_ in PARTICIPANTS:
            return False   # "gunmen", "bombers": who did it
        words = {head.lemma_.lower(), head.lower_, head.lower_[:-1] if head.lower_.endswith("s") else head.lower_}
        return any(self.lexicon.kinds_for(w) & VIOLENT for w in words)

    def _reporters(self, t) -> set:
        """Names of actors that only report the event: the subject of a speech verb whose reported
        clause holds the trigger, when the dictionary knows it as an observer (a rights group, an
        international body, civilians), not a party that speaks for its own side."""
        cur = _reported_clause(t, 4)
        if cur is None:
            return set()
        speakers = [k for k in cur.head.children if k.dep_ == "nsubj"]
        out = set()
        for k in speakers:
            span = _np_span(k)
            s0, s1 = span[0].idx, span[-1].idx + len(span[-1])
            out |= {m.actor.name for m in self._mentions if m.start < s1 and m.end > s0
                    and (m.actor.type or "") in REPORTING_TYPES}
        return out

    def _town(self, tok) -> bool:
        """The places stage read the token as a settlement (not a country, which may be a party)."""
        return any(span.start <= tok.i < span.end and (p.kind or "") in SETTLEMENT_KINDS for p, span in self._pspans)

    def _anaphoric_place(self, doc: Document, c: Candidate, ids: set | None = None) -> Location | None:
        """'handed over the base': the base named last, in this sentence or the three before."""
        ref = None
        if not self._words(c.sent) & REF_KEYS:
            return None
        for i in sorted(c.zone if ids is None else ids):
            x = doc.parsed[i]
            cls = REF_NOUNS.get(x.lemma_.lower()) or REF_NOUNS.get(x.lower_)
            if cls is None or x.tag_ in ("NNS", "NNPS"):
                continue
            if not any(k.dep_ in ("det", "poss") and k.lower_ in ("the", "this", "that", "its", "their")
                       for k in x.children):
                continue
            if any(k.dep_ in ("compound", "amod", "nmod") and (k.ent_type_ or k.pos_ == "PROPN")
                   for k in x.children):
                continue
            if any(span.start <= i < span.end for _, span in self._pspans):
                continue
            if any(k.dep_ == "prep" and k.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ == "PROPN"
                                                                for g in k.children) for k in x.children):
                continue   # "the town of Kupiansk": named here, even when the gazetteer does not know it
            ref = (x, cls)
            break
        if ref is None:
            return None
        x, cls = ref
        first = self._unit_starts[max(0, bisect.bisect_right(self._unit_starts, c.sent.start_char) - 7)]
        if any(k.lower_ == "same" for k in x.lefts):
            first = 0   # "the same camp": the one named before, however far back
        best = None
        for p, span in self._pspans:
            if p.start < first or p.start >= x.idx or p.lat is None:
                continue
            root = span.root
            based = cls is _INSTALLATION and (p.kind or "") not in ("country", "demonym", "admin1", "region") and (
                root.dep_ in ("compound", "nmod") and REF_NOUNS.get(root.head.lemma_.lower()) is _INSTALLATION
                or root.dep_ == "pobj" and root.head.lower_ in ("at", "in", "near", "outside")
                and REF_NOUNS.get(root.head.head.lemma_.lower()) is _INSTALLATION)   # "the Gao base", "the camp at Inates"
            within = cls == ("country",) and p.country and (p.kind or "") not in ("demonym",)
            if (p.kind or "") not in cls and not based and not within or _reference_point(span) or \
                    not based and _in_actor_np(self._text, p, span):
                continue
            best = p
        if best is not None and cls == ("country",) and (best.kind or "") != "country":
            # "the embassy in Kabul ... some 2,500 were in the country": the country of the place named last
            return Location(name=_country_name(doc, best.country), country=best.country, kind="country")
        return self._location(doc, best) if best is not None else None

    def _own_strength_claimed(self, doc: Document, t) -> list[str]:
        """'Prigozhin claimed 25,000 fighters were ready to follow him': a leader telling his own
        strength (the clause points back at him) speaks for his side."""
        clause = t.head
        for _ in range(3):
            if clause.dep_ == "ccomp":
                break
            if clause.head is clause:
                return []
            clause = clause.head
        else:
            return []
        speech = clause.head
        if speech.lemma_.lower() not in SPEECH_VERBS or not any(
                x.lower_ in ("him", "his", "her", "them", "their", "us", "our", "its") for x in clause.subtree):
            return []
        while not any(k.dep_ == "nsubj" for k in speech.children) and speech.dep_ == "conj":
            speech = speech.head   # "... said ... and claimed ...": the first verb's subject
        subj = [k for k in speech.children if k.dep_ == "nsubj" and k.pos_ != "PRON"]
        return self._actor_names(doc, subj[0]) if subj else []

    def _governing_actors(self, doc: Document, t) -> list[str]:
        """The subject of the clause the trigger hangs from ("Turkey launched an offensive, with
        warplanes pounding ...", "the Pentagon announced a package of assistance"), never across
        reported speech."""
        cur = t
        for _ in range(4):
            if cur.dep_ not in ("advcl", "acl", "conj", "xcomp", "pcomp", "pobj", "prep", "dobj",
                                "compound", "amod", "nmod", "attr", "npadvmod") or cur.head is cur:
                return []
            if cur.dep_ == "prep" and (cur.lower_ in SEQUENCE_PREPS or cur.lower_ == "under"
                                       and cur.head.lemma_.lower() in UNDERGO_VERBS):
                return []   # "people fled after the shelling", "the post came under shelling": by others
            if cur.dep_ == "attr" and cur.lemma_.lower() in ("target", "victim", "scene", "site", "focus"):
                return []   # "The base was the target of the rocket attack": what was hit, not who hit it
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                subj = [k for k in cur.children if k.dep_ == "nsubj"]
                if subj:
                    names = _dedupe([a for h in subj for a in self._actor_names(doc, h)])
                    return names or _subject_text(subj[0])
        return []

    def _actor_names(self, doc: Document, head) -> list[str]:
        if head.lower_ == "we" or any(k.dep_ == "poss" and k.lower_ in ("our", "my") for k in head.children):
            # '"Our units destroyed three tanks," the defence ministry said': the speaker's force
            cur = _reported_clause(head, 6, ("ccomp", "parataxis"))
            subj = [k for k in cur.head.children if k.dep_ == "nsubj" and k.pos_ in ("NOUN", "PROPN")] if cur else []
            return self._actor_names(doc, subj[0]) if subj else []
        span = _np_span(head)
        s0, s1 = span[0].idx, span[-1].idx + len(span[-1])
        group = self._collective_states(head, span)
        if group:
            return group
        ms = [m for m in self._mentions if m.start < s1 and m.end > s0]
        # a named person at the head ("Foreign Minister Ahmed Fiqi") acts himself
        person = None
        if head.ent_type_ == "PERSON":
            ent = next((e for e in self._ents if e.start <= head.i < e.end and e.label_ == "PERSON"), None)
            if ent is not None:
                known = next((x for x in doc.entities if x.start == ent.start_char), None)
                person = known.canonical if known is not None and known.canonical else \
                    doc.text[ent.start_char:ent.end_char]
                ms = [m for m in ms if not (ent.start_char <= m.start < ent.end_char) and not m.demonym]
        if ms and head.lemma_.lower() in LEADER_NOUNS and head.tag_ == "NNS":
            # "West African leaders", "the G5 heads of state (Mali, Chad, ...)": the group, before its members
            words = [x for x in span if x.i <= head.i and x.dep_ not in ("det", "nummod", "predet")]
            words += [x for k in head.children if k.dep_ == "prep" and k.lower_ == "of" and len(list(k.subtree)) <= 3
                      for x in k.subtree]
            group = " ".join(x.text for x in sorted(words, key=lambda x: x.i)).strip()
            if all(m.demonym for m in ms):
                return [group]
            return _dedupe([group] + [_carried_out_by(m.actor) for m in ms if not m.demonym])
        if ms or person:
            # a precise mention ("Saudi-led coalition") beats the demonym it contains
            precise = [_carried_out_by(m.actor) for m in ms if not m.demonym]
            return _dedupe(([person] if person else []) + (precise or [_carried_out_by(m.actor) for m in ms]))
        if head.pos_ == "PRON" and head.lower_ in ("it", "they", "he", "she", "we"):
            # "Emirati officials say they have trained ...": the speakers' side
            verb = head.head
            if head.dep_ == "nsubj" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS:
                speakers = [k for k in verb.head.children if k.dep_ == "nsubj" and k.pos_ != "PRON"]
                if speakers:
                    said = self._actor_names(doc, speakers[0])
                    if said:
                        return said
            prev = [m for m in self._mentions if m.end <= head.idx and not m.demonym]
            sent = head.sent
            if head.lower_ == "they" and head.dep_ == "nsubj" and sent.start > 0:
                # "Jihadists ambushed a convoy on Friday. They killed five soldiers": the subject of
                # the sentence before, when no actor the dictionary knows was named before
                before = head.doc[sent.start - 1].sent
                subj = [k for k in before.root.children if k.dep_ == "nsubj" and k.tag_ in ("NNS", "NNPS")]
                if subj and not prev:
                    got = self._actor_names(doc, subj[0]) or _subject_text(subj[0])
                    if got:
                        return got
            if prev:
                return [prev[-1].actor.name]
            return []
        if _is_force(head) or head.lemma_.lower() in PEOPLE_NOUNS:
            home = self._home_named(doc, head)
            if home:
                return home
        a, b = span.start, span.end
        ents = [e for e in self._ents if e.start >= a and e.end <= b and e.label_ in ("ORG", "NORP", "GPE", "PERSON")
                and not ((head.lemma_.lower() in TERRAIN or head.lemma_.lower() in REF_NOUNS)
                         and any(s.start < e.end and e.start < s.end and (p.kind or "") != "demonym"
                                 for p, s in self._pspans))
                and not any(d0 <= e.start_char < d1 for d0, d1 in self._datelines)
                # "Operation Barkhane killed ...": an operation's name, not who carries it out
                and not re.match(r"(?:the\s+)?Operation\s", doc.text[e.start_char:e.end_char], re.I)]
        if ents:
            out = []
            for e in ents:
                txt = doc.text[e.start_char:e.end_char]
                if e.label_ == "NORP" and e.end == head.i and e.root.dep_ in ("amod", "compound", "nmod") \
                        and e.root.head.i == head.i and head.pos_ == "NOUN":
                    # "Southern African leaders", "West African troops": the name is the whole phrase,
                    # not the adjective cut from it
                    txt = doc.text[e.start_char:head.idx + len(head.text)]
                if e.label_ == "PERSON":
                    ent = next((x for x in doc.entities if x.start == e.start_char), None)
                    txt = (ent.canonical if ent and ent.canonical else txt)
                out.append(re.sub(r"^(the|The)\s+", "", txt))
            return out
        if head.lemma_.lower() in MILITARY_KIT or head.lower_ in MILITARY_KIT:
            # "two coalition F-15E jets bombed": the force the aircraft belong to
            owners = [x.lower_ for x in head.lefts if x.dep_ in ("compound", "amod", "nmod")
                      and x.lower_ in FORCE_NOUNS]
            if owners:
                return owners[:1]
            owned = self._possessor(doc, head)   # "Ankara said its jets struck ...": whose jets
            if owned:
                return owned
        if head.lemma_.lower() in CONVOYS and head.lemma_.lower() not in UNOWNED_UNITS and \
                head.dep_ in ("nsubj", "nsubjpass"):
            return [head.lower_]   # "the last convoy drove out": who left, though unnamed
        if _is_force(head) or head.lemma_.lower() in COLLECTIVE_ARMED:
            side = self._side_named(doc, head)
            if side:
                return side
        if head.lemma_.lower() in COLLECTIVE_ARMED and head.tag_ in ("NNS", "NNPS") and head.dep_ != "compound":
            return self._collective_armed(head)
        if (head.lower_ in FORCE_NOUNS or head.lemma_.lower() in FORCE_NOUNS) and head.tag_ in ("NNS", "NNPS", "NN") \
                and head.dep_ != "compound":
            owned = self._possessor(doc, head)
            if owned:
                return owned
            words = _name_words(head)
            if len(words) == 1 and head.lemma_.lower() in UNOWNED_UNITS:
                return []   # "the contingent withdrew": a unit by itself says not whose it is
            txt = " ".join(x.text for x in words).strip()
            return [txt] if txt else []
        return []

    def _possessor(self, doc: Document, head) -> list[str]:
        """Whose troops or weapons 'its', 'their', 'his', 'her' say: in reported speech the
        speaker's ("Ankara said its jets struck ...", "Prigozhin said his men held the airfield"),
        else the actor (or, for 'his', 'her', the person) named last ("the UAE ... its troops")."""
        owner = next((x for x in head.children if x.dep_ == "poss" and x.lower_ in ("its", "their", "his", "her")),
                     None)
        if owner is None:
            return []
        speaker = self._speaker(head)
        if speaker is not None and (owner.lower_ in ("his", "her")) == (speaker.ent_type_ == "PERSON"):
            said = self._actor_names(doc, speaker)
            if said:
                return said
        prev = [m for m in self._mentions if m.end <= owner.idx and owner.idx - m.end < COLLECTIVE_REACH_CHARS]
        people = [e for e in self._ents if e.label_ == "PERSON" and e.end_char <= owner.idx
                  and owner.idx - e.end_char < COLLECTIVE_REACH_CHARS] if owner.lower_ in ("his", "her") else []
        for anc in list(head.ancestors)[:4] if owner.lower_ in ("his", "her") else []:
            # "Prigozhin, filmed with the deputy minister, said his men ...": the speaker
            said = [k for k in anc.children if k.dep_ == "nsubj" and k.ent_type_ == "PERSON"
                    and head not in list(k.subtree)]
            if said:
                return self._actor_names(doc, said[0])
        if people and (not prev or people[-1].end_char > prev[-1].end):
            known = next((x for x in doc.entities if x.start == people[-1].start_char), None)
            return [known.canonical if known is not None and known.canonical else people[-1].text]
        return [prev[-1].actor.name] if prev else []

    def _named_in_apposition(self, doc: Document, t) -> list[str]:
        """A trigger noun that names who acts, named beside it ("Its envoy, Alexander Lavrentiev,
        said ...", "the delegation, led by ...": the person or body in apposition, and whose it is)."""
        named = [a for k in t.children if k.dep_ == "appos" and k.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                 for a in self._actor_names(doc, k)]
        owner = next((k for k in t.children if k.dep_ == "poss"), None)
        if named and owner is not None:
            if owner.pos_ == "PRON":
                prev = [m for m in self._mentions if m.end <= owner.idx and owner.idx - m.end < COLLECTIVE_REACH_CHARS
                        and not m.demonym]
                named += [prev[-1].actor.name] if prev else []
            else:
                named += self._actor_names(doc, owner)
        return _dedupe(named)

    def _side_named(self, doc: Document, head) -> list[str]:
        """Whose force a phrase names around it: 'the militia's fighters' (a possessor that is no
        pronoun), 'forces loyal to the government', 'fighters allied with Haftar'."""
        for k in head.children:
            if k.dep_ == "poss" and k.pos_ in ("NOUN", "PROPN"):
                return self._actor_names(doc, k) or _subject_text(k)
            if k.dep_ == "amod" and k.lower_ in ("loyal", "allied", "affiliated", "aligned"):
                for g in (g for p in k.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                          for g in p.children if g.dep_ == "pobj"):
                    named = self._actor_names(doc, g)
                    if named and all(n[:1].isupper() for n in named):
                        return named
                    words = [x for x in head.doc[head.left_edge.i:g.right_edge.i + 1] if x.pos_ != "DET" or x.i > head.i]
                    return [" ".join(x.text for x in words)]
        return []

    def _home_named(self, doc: Document, head) -> list[str]:
        """'Troops from Chad', 'police officers from Kenya': the force of the country they come from."""
        for k in head.children:
            if k.dep_ == "prep" and k.lower_ == "from":
                for g in k.children:
                    if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "ORG", "NORP"):
                        ms = [m for m in self._mentions if m.start <= g.idx < m.end]
                        return [ms[0].actor.name] if ms else [g.text]
        return []

    @staticmethod
    def _speaker(head):
        """The named subject of the verb of saying whose reported clause holds the token
        ("Ankara said [its jets struck ...]"), else None."""
        cur = _reported_clause(head, 5)
        subj = [k for k in cur.head.children if k.dep_ == "nsubj" and k.pos_ == "PROPN"] if cur else []
        return subj[0] if subj else None

    def _collective_armed(self, head) -> list[str]:
        """'The insurgents', 'the jihadists': the armed group named last before them (within a few
        sentences), else the words themselves ('insurgents'), which still say who acted."""
        words = _name_words(head)
        own = " ".join(x.text for x in words).strip()
        owned = any(x.dep_ == "poss" and x.lower_ in ("its", "their") for x in head.children)
        if owned or any(x.lower_ in ("the", "these", "those") for x in head.lefts):
            # "its fighters captured Mogok": the fighters of the armed group named last, as "the fighters"
            prev = [m for m in self._mentions if m.end <= head.idx and head.idx - m.end < COLLECTIVE_REACH_CHARS
                    and not m.demonym and (m.actor.type or "") in NONSTATE_TYPES]
            if prev:
                return [prev[-1].actor.name]
        return [own] if own else []

    def _collective_states(self, head, span) -> list[str]:
        """'The two NATO allies', 'both countries', 'the two sides': the last two states named before."""
        if head.lemma_.lower() not in COLLECTIVE_STATES or head.tag_ not in ("NNS", "NNPS"):
            return []
        if not any(x.lower_ in ("two", "both") for x in span):
            return []
        names: list[str] = []
        if head.lemma_.lower() in ("leader", "president"):
            # "the two leaders": the two people named last
            for e in reversed([e for e in self._ents if e.label_ == "PERSON" and e.end_char <= span[0].idx
                               and span[0].idx - e.end_char < COLLECTIVE_REACH_CHARS]):
                known = next((x for x in self._doc_entities if x.start == e.start_char), None)
                name = known.canonical if known is not None and known.canonical else e.text
                if name not in names:
                    names.append(name)
                if len(names) == 2:
                    return names[::-1]
            return []
        for m in reversed([m for m in self._mentions if m.end <= span[0].idx
                           and span[0].idx - m.end < COLLECTIVE_REACH_CHARS]):
            if (m.actor.type or "") == "state" and m.actor.name not in names:
                names.append(m.actor.name)
                if len(names) == 2:
                    return names[::-1]
        return []

    def _place(self, doc: Document, c: Candidate, token_ids: set, level: int, exclude: set = frozenset()):
        best, best_key = None, None
        cands, refs = [], []
        s0, s1 = c.sent.start, c.sent.end
        for p, span in self._pspans:
            if span.end <= s0 or span.start >= s1:
                continue
            ids = range(span.start, span.end)
            if not any(i in token_ids for i in ids) or any(i in exclude for i in ids):
                continue
            if p.lat is None and p.country is None:
                continue
            if (p.kind or "") == "demonym" or _is_demonym(span) and not (
                    span.root.pos_ == "PROPN" and span.root.dep_ == "pobj" and span.root.head.lower_ in LOCATIVE):
                # a country the parser labelled a nationality is a place after "into", "in", "to";
                # "the Iraqi territory", "Syrian airspace": the country; "Iraqi forces": no place
                if span.root.head.lower_ in ("territory", "soil", "airspace", "waters", "border", "side",
                                             "frontier", "land", "lands") and p.country:
                    cands.append((Place(mention=p.mention, start=p.start, end=p.end,
                                        name=_country_name(doc, p.country), lat=p.lat, lon=p.lon,
                                        country=p.country, kind="country"), span))
                continue
            if _in_actor_np(self._text, p, span) or _home_of_force(span):
                continue
            if _reference_point(span):
                refs.append((p, span))
                continue
            if span.end < len(doc.parsed) and doc.parsed[span.end].lower_ == "time":
                continue   # "at 5 a.m. Moscow time": a clock, not a place
            if _origin(c, span) and (c.kind in VIOLENT or any(
                    self._town(x) or x.lemma_.lower() in REF_NOUNS for x in c.sent
                    if x.i in token_ids and x.i not in range(span.start, span.end))):
                continue   # "reinforcements sent from Ouallam secured the camp": where they came from
            if c.kind == "withdrawal" and _gone_to(span.root, c.trig):
                continue   # "drove out towards Gao", "left the base and flew home to France": where they went
            if any(a.lower_ in ("out", "than") and a.i > c.trig.i and a.dep_ in ("prep", "advmod", "pcomp", "cc")
                   and a.head.i != c.trig.i for a in list(span.root.ancestors)[:5]):
                continue   # "2,400 soldiers in Mali, out of about 4,300 in the Sahel": another figure's place
            cands.append((p, span))
        if not cands and refs:
            # "the army post at Indelimane, between Ansongo and Menaka", Indelimane unknown: near them
            cands = refs[:1]
        for p, span in cands:
            rank = PLACE_RANK.get((p.kind or "").lower(), 2 if p.lat is None else 3)
            kind = (p.kind or "").lower()
            if kind == "landform" and (p.uncertainty_km or 0) > 25:
                rank = 2   # a river or a range hundreds of km long locates less than a town
            if kind == "relative" and any(
                    (q.kind or "").lower() in ("installation", "city", "town", "village") and q is not p
                    and not (s2.start >= span.start and s2.end <= span.end) for q, s2 in cands):
                rank = 4   # "the town of X, about 50 km from Y": X is the place, the distance describes it
            dist = abs(span.root.i - c.trig.i)
            key = (rank, p.lat is not None, -dist)
            if best_key is None or key > best_key:
                best, best_key = (p, span), key
        if best is not None:
            return self._location(doc, best[0]), level
        return None, 0

    def _location(self, doc: Document, p: Place) -> Location:
        if self.location_for_span is not None:
            try:
                loc = self.location_for_span(doc, p.start, p.end)
                if loc is not None:
                    return _as_location(loc)
            except Exception:
                pass
        return Location(name=p.name or p.mention, lat=p.lat, lon=p.lon, country=p.country, admin1=p.admin1,
                        kind=p.kind, uncertainty_km=p.uncertainty_km)

    def _date(self, doc: Document, c: Candidate, zones: dict):
        """(date, own, link): the time expression nearest the trigger in the parse, its own
        clause's first; a clause governed by "two days after" waits for its anchor event."""
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
        semis = [x.i for x in sent if x.text == ";"]
        behind = _behind(c.trig)
        trig_clause = _clause_head(c.trig).i
        lo_semi = max((i for i in semis if i < c.trig.i), default=-1)
        hi_semi = min((i for i in semis if i > c.trig.i), default=len(doc.parsed))
        for tx, span in self._tspans:
            if tx.start < sent.start_char or tx.end > sent.end_char:
                continue
            if tx.type not in ("DATE", "TIME") or tx.start_date is None or tx.end_date is None:
                continue
            if sig_end is not None and tx.start >= sig_end:
                continue   # inside the clause "two days after" governs: another event's date
            if span.start > 0 and doc.parsed[span.start - 1].lower_ in ("since", "until", "till", "before") or \
                    any(a.lower_ in ("from", "than", "since") and a.dep_ == "prep" and (a.lower_ == "since" or any(
                        g.like_num or any(n.like_num for n in g.children) for g in a.children if g.dep_ == "pobj"))
                        for a in list(span.root.ancestors)[:3]):
                if span.start > 0 and doc.parsed[span.start - 1].lower_ == "since" and tx.start_date is not None \
                        and {x.i for x in span} & own:
                    since = tx
                continue   # "since September", "down from 15,000 in 2019": another time than this event's
            if span.root.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "oprd") and span.root.head.pos_ in ("VERB", "AUX"):
                continue   # "declared Friday a day of mourning", "Friday was the deadliest day": what, not when
            if _counts_acts(span.root):
                continue   # "..., the third such transfer this month": the period acts are counted in, not the day
            ids = {x.i for x in span}
            mine = bool(ids & own)
            if not mine and behind:
                continue   # "shelled Gao on Wednesday, weeks after the group seized Tessit": not its day
            if not mine and ids & others:
                if reported is None and tx.start_date == tx.end_date and _reported_perfect(c, span):
                    reported = tx   # the date of the report, not of the act: see below
                continue   # another event's own date
            if not lo_semi < span.start < hi_semi:
                continue   # "...attacked the column; the mayor made Monday a day off": another clause's time
            # "Before dawn on 26 February, jets struck the camp, and the following morning aircraft
            # crossed the line": a time in a clause with a subject of its own dates that clause first
            apart = _other_clause(span.root, trig_clause)
            if apart and c.modality in ("planned", "hypothetical") and doc.published and \
                    tx.end_date < doc.published:
                continue   # "gave up al-Qaim on March 17 and is expected to leave K1": a past day of
                # another clause's act never dates what is still to come
            key = (0 if mine and not apart else 1 if not apart else 2, _tree_distance(span.root, c.trig))
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
            return EventDate(best.start_date, best.end_date, best.text), True, None
        if reported is not None:
            # "Troops have taken the city, the minister announced on Saturday": the day is the
            # report's; the act it tells as done (the present perfect) was on or before it
            return EventDate(reported.start_date - timedelta(days=6), reported.end_date, reported.text), True, None
        if self.date_for_span is not None and own and c.modality == "asserted" and not _present(c.trig) \
                and not self._counted_back(c) and not behind:
            toks = sorted(own)
            # not past a semicolon: the clause beyond it has its own time
            toks = [k for k in toks if lo_semi < k < hi_semi] or toks
            a, b = doc.parsed[toks[0]], doc.parsed[toks[-1]]
            try:
                got = _as_date(self.date_for_span(doc, a.idx, b.idx + len(b)))
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
                return got, False, None
        if since is not None and doc.published and since.start_date <= doc.published:
            # "has trained 90,000 fighters since 2015": from then until the report
            return EventDate(since.start_date, doc.published, since.text), False, None
        return None, False, None

    def _told_before(self, c) -> bool:
        """The act is told as before the story's time: in the past perfect ("The group had ambushed a
        convoy") or with a span counted back ("weeks earlier"): the day just told is not its day."""
        return _past_perfect(c.trig) or self._counted_back(c) or _behind(c.trig)

    def _counted_back(self, c) -> bool:
        """'Had seized the town weeks earlier', 'days before': a span counted back from the story's time."""
        back = re.compile(r"\s*(?:earlier|before|ago|previously)\b", re.I)
        return any(span.root.i in c.zone and (
            tx.type == "DURATION" and back.match(self._text, tx.end)                 # "weeks" earlier
            or tx.value == "PAST_REF" and back.search(tx.text or "") is not None)    # "weeks earlier"
            for tx, span in self._tspans if c.sent.start_char <= tx.start < c.sent.end_char)

    # -- quantities ----------------------------------------------------------------------
    def _attach_quantities(self, cands: list[Candidate], quants: list[Quantity]) -> None:
        if not cands:
            return
        doc = cands[0].trig.doc
        for q in quants:
            def fit(c: Candidate) -> float:
                k = c.kind
                if q.key in ("fatalities", "injured"):
                    ok = k in VIOLENT or k in ("weapons_seizure", "property_destruction")
                elif q.key == "personnel":
                    ok = k in MOVEMENT or k in ("clash", "attack", "territory_change", "military_aid")
                elif q.key == "money_usd":
                    ok = k in MONEY_KINDS or k in ("withdrawal",)
                elif q.key == "detained":
                    ok = k in ("arrest", "abduction")
                else:
                    ok = True
                if not ok:
                    return -1.0
                d = _tree_distance(doc[q.head], c.trig) if q.head is not None else 5
                d2 = _tree_distance(doc[q.noun], c.trig) if q.noun is not None else d
                return 10.0 - min(d, d2 + 0.5)
            scored = [(fit(c), c) for c in cands]
            scored = [x for x in scored if x[0] >= 0]
            if not scored:
                continue
            best = max(scored, key=lambda x: x[0])[1]
            key = q.key if q.key != "detained" else "detained"
            nouns = best.__dict__.setdefault("_qnouns", {}).setdefault(key, [])
            if key in best.quantities:
                # "three soldiers, two police officers and a civilian" add up; "seven, ... risen to
                # ten" do not
                if key in ("fatalities", "injured") and q.noun is not None and any(
                        doc[q.noun] in doc[n].conjuncts for n in nouns):
                    best.quantities[key] += q.value
                    nouns.append(q.noun)
                continue
            if q.noun is not None:
                nouns.append(q.noun)
            best.quantities[key] = q.value
            if q.qualifier:
                best.qualifiers[key] = q.qualifier
        violent = [c for c in cands if c.kind in VIOLENT]
        for c in cands:
            if c.kind in VIOLENT and "fatalities" not in c.quantities:
                # killing words of the sentence no other violent event owns ("the assassination of
                # A and B in a US airstrike")
                others = set()
                for o in violent:
                    if o is not c:
                        others |= o.zone
                n = max([_named_victims(x) for x in c.sent if x.lemma_.lower() in KILL_WORDS
                         and (x.i in c.zone or x.i not in others)] + [getattr(c, "victims", 0)])
                if n:
                    c.quantities["fatalities"] = n
                    c.qualifiers["fatalities"] = "minimum"
            c._quants = [q for q in quants]

    def _split(self, doc: Document, cands: list[Candidate], quants: list[Quantity]) -> list[Candidate]:
        """One trigger, several places or several counted forces: one event each."""
        out = []
        for c in cands:
            if c.kind in KIND_FOR_CONTEXT_MOVE:
                places = self._primary_places(doc, c)
                # "handed over its base at al-Qaim on March 17, Q-West last Thursday and K1 on Sunday":
                # a name the gazetteer cannot map heads the list all the same, an item with no place
                unmapped = [Place(mention=x.text, start=x.idx, end=x.idx + len(x.text)) for x in self._unmapped_names(c)
                            if places and x.idx < min(p.start for p in places)]
                if len(places) + len(unmapped[:1]) >= 2:
                    places = unmapped[:1] + places
                    places.sort(key=lambda p: p.start)
                    for i, p in enumerate(places):
                        e = _copy(c)
                        if p.lat is None and p.name is None:
                            e.place, e.place_level = None, 0
                        else:
                            e.place, e.place_level = self._location(doc, p), 3
                        if i > 0:
                            e.quantities, e.qualifiers = {}, {}
                        # "Taji on June 1, Besmaya on June 4 and Tessalit on Sunday": each its own date
                        # but "fired at A and B, and the following evening rockets struck C": a time
                        # of another clause than the place's dates that clause's place, not this one
                        end = places[i + 1].start if i + 1 < len(places) else c.sent.end_char
                        clause = self._clause_of_char(doc, p.start)
                        dated = [(tx, span) for tx, span in self._tspans if c.sent.start_char <= tx.start < c.sent.end_char
                                 and tx.type in ("DATE", "TIME") and tx.start_date is not None
                                 and tx.end_date is not None and not _other_clause(span.root, clause)]
                        own = [tx for tx, _ in dated if p.end <= tx.start < end] or \
                            [tx for tx, _ in sorted(dated, key=lambda x: abs(x[0].start - p.start)) if tx.end <= p.start]
                        if own:
                            e.date, e.date_own = EventDate(own[0].start_date, own[0].end_date, own[0].text), True
                        out.append(e)
                    continue
            if c.kind == "troop_level":
                pers = [q for q in quants if q.key == "personnel" and q.noun is not None]
                # "between 20,000 and 30,000 troops", "2,500 to 3,000 troops": one range, one force
                pers = [q for k, q in enumerate(pers) if not (k > 0 and _range_pair(doc.parsed, pers[k - 1], q))]
                if len(pers) >= 2:
                    for q in pers:
                        e = _copy(c)
                        e.quantities = {"personnel": q.value}
                        e.qualifiers = {"personnel": q.qualifier} if q.qualifier else {}
                        names = self._actor_names(doc, doc.parsed[q.noun])
                        if names:
                            e.actors = names
                        out.append(e)
                    continue
            out.append(c)
        return out

    def _clause_of_char(self, doc: Document, char: int) -> int | None:
        """The head of the clause the token at a character offset belongs to."""
        span = doc.parsed.char_span(char, char + 1, alignment_mode="expand")
        return _clause_head(span.root).i if span is not None else None

    def _unmapped_names(self, c: Candidate) -> list:
        """Proper names in the event's zone where a place goes ("its base at al-Qaim") that the
        places stage could not put on the map."""
        out = []
        for i in sorted(c.zone):
            x = c.trig.doc[i]
            if x.pos_ == "PROPN" and x.dep_ == "pobj" and x.head.lower_ in ("at", "in") and \
                    (x.head.head.i == c.trig.i or x.head.head.lemma_.lower() in REF_NOUNS) and \
                    not any(p.start <= x.idx < p.end and p.lat is not None for p in self._places):
                out.append(x)
        return out

    def _list_tail(self, doc: Document, c: Candidate) -> set:
        """A list of places that runs on past the parse of the event's clause ("its base at Taji
        on June 1, the Besmaya camp on June 4 and the Tessalit airfield on June 9"): tokens to
        the right that hold only places, dates, numbers and the words that join them."""
        if not c.zone:
            return set()
        parsed = doc.parsed
        in_place = {i for _, span in self._pspans if c.sent.start <= span.start < c.sent.end
                    for i in range(span.start, span.end)}
        in_time = {i for _, span in self._tspans if c.sent.start <= span.start < c.sent.end
                   for i in range(span.start, span.end)}
        last = max(c.zone)
        if not any(i in in_place for i in c.zone) and not self._unmapped_names(c):
            return set()
        out, pending = set(), set()
        for i in range(last + 1, c.sent.end):
            x = parsed[i]
            if i in in_place:
                out |= pending | {i}
                pending = set()
            elif i in in_time or x.is_punct or x.like_num or x.is_space or x.pos_ in ("DET", "ADP", "CCONJ") \
                    or x.lower_ in ("followed", "then", "later", "finally") or x.lemma_.lower() in REF_NOUNS:
                pending.add(i)
            else:
                break
        return out

    def _primary_places(self, doc: Document, c: Candidate) -> list[Place]:
        got: list[tuple[Place, object]] = []
        zone = c.zone | self._list_tail(doc, c)
        for p, span in self._pspans:
            if span.end <= c.sent.start or span.start >= c.sent.end or not any(i in zone for i in range(span.start, span.end)):
                continue
            kind = (p.kind or "").lower()
            if kind not in ("installation", "city", "town", "village") or _reference_point(span) \
                    or _in_actor_np(self._text, p, span) or _origin(c, span) or _home_of_force(span) \
                    or c.kind == "withdrawal" and _gone_to(span.root, c.trig):
                continue
            got.append((p, span))
        out: list[Place] = []
        # of two readings of one mention ("Tessalit airfield" / "Tessalit"), the more specific
        got = [(p, span) for p, span in got if not any(
            q is not p and s2.start <= span.start and span.end <= s2.end and (s2.end - s2.start) > (span.end - span.start)
            for q, s2 in got)]
        for p, span in got:
            if any(_near_km(p, o) < 15 for o in out):
                continue
            # a place that only locates another ("Camp Arena in Herat", "base near Gao") is not another event
            if any(_governed_by(span.root, _np_head(s2.root), _near_km(p, p2) > 25) for p2, s2 in got if p2 is not p):
                continue
            out.append(p)
        return out

    def _fallback_country(self, doc: Document, cands: list[Candidate]) -> None:
        """An event with no place takes the country the article is about, when one dominates:
        counted over the places it names as places (not "French troops", not "Iraq's army"), the
        sentences of its events' own places counting twice."""
        counts: dict[str, float] = {}
        for p, span in self._pspans:
            if not p.country or (p.kind or "") == "demonym" or _is_demonym(span) or \
                    _in_actor_np(self._text, p, span) or _home_of_force(span):
                continue
            counts[p.country] = counts.get(p.country, 0) + 1
        for c in cands:
            if c.place is not None and c.place.country and c.place_level >= 2:
                counts[c.place.country] = counts.get(c.place.country, 0) + 1
        if not counts:
            return
        top, n = max(counts.items(), key=lambda x: x[1])
        if n < 2 or n < 0.4 * sum(counts.values()):
            return
        for c in cands:
            if c.place is None and c.kind not in ("statement",):
                c.place = Location(name=_country_name(doc, top), country=top, kind="country")
