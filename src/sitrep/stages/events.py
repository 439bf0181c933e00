"""Events: who did what to whom, where, when, how many, and how sure the text is of it.

The stage: it sets up each document's state and runs the mechanisms of sitrep.events
(detection, arguments, modality, coding, merging: see that package) over its sentences.

Reads: Document.parsed (sentences, lemmas, dependency parse, entities), places, timexes,
entities. Writes: Document.events.

Per sentence: trigger words and phrases (data/event_triggers.yaml plus a built-in floor, with
particles apart: "handed the base over") and verb-object patterns ("set up an observation
point", "seized the dam", "fired missiles") propose kinds; a light classifier (data/
event_classifier.npz, trained on our own labelled sentences) weighs them against "no event",
over the sentence and, where a sentence holds several clauses with triggers, over each
trigger's own clause. Then:

- what is no occurrence is dropped: demanded, prevented or purposed acts ("calling for the
  troops to leave", "an attack to capture"), plural or passing mentions with nothing of their
  own ("unrelated to recent mortar attacks on camps", "the fight against the jihadists", "a
  response to rocket fire"), habits ("still ambush at night"), accidents told with words of violence,
  reporting frames ("said in a statement");
- each event owns a zone of the sentence (a verb's clause, a noun's phrase, less what events
  nested in it own): its place and date come from its zone first ("passed a law on 3 May ...
  after a drone strike near Gao two days earlier" gives each its own), then from the
  rest of the sentence no other event owns; "the base" / "the camp" refers back to the last
  installation named (up to six sentences back); a dependent clause ("..., handing it over")
  shares its main clause's place; a dateline ("KABUL, Afghanistan —") is never the place;
  "X came two days after Y" dates Y from X through the time stage (event_link, date_for_span);
- actors and targets from the parse, through the actor dictionary (a named person acts
  himself; both sides of a battle are its actors; places as subjects act, places as
  modifiers of people or weapons name them);
- quantities with their hedges; named victims past appositions;
- coordinated places ("from A ... followed by B", "A on June 1, B on June 4") make one event
  each, with their own dates; two counted forces, two troop levels;
- ACLED coding by ACLED's rules: violence against armed targets is a battle, against civilians
  an attack; the weapon decides remote violence (platform over munition); a demonstration is a
  riot when its people are violent, excessive force when the authorities kill or seriously
  hurt them, with intervention when they disperse or detain them; ground taken by state forces
  or by others, or passed without fighting; a base set up; troop movements are a change to a
  group's activity.

Across sentences, mentions of one occurrence merge into one event with all sentences as
evidence: the headline with its lead, definite references ("the withdrawal", "the move",
"that attack") with the event they refer to, tolls and details told right after an act of
violence, the taking side of a handover. History older than a year is dropped.
"""
from __future__ import annotations

import bisect
import re
from datetime import timedelta

from sitrep.events.classifier import SentenceClassifier, features_of, token_features
from sitrep.events.lexicon import Lexicon, load_lexicon
from sitrep.events.ontology import ACLED, acled_for
from sitrep.events.quantities import find_quantities
from sitrep.model import Document, Event, EventDate
from sitrep.stages.places import location_for_span
from sitrep.timex import date_for_span, event_link
from sitrep.events.candidate import Candidate, _family, _units, _zones
from sitrep.events.coding import Coding, _ground_passes
from sitrep.events.detection import Detection, _dated_noun, _not_a_trigger
from sitrep.events.modality import _progress_report, _background, _modality, _aside_with_own_day, Occurrence
from sitrep.events.syntax import _CLAUSES, _past_perfect, _present_state, _clause, _clause_head, _present, _subordinate
from sitrep.events.words import (SETTLEMENT_NOUNS, BUILD_UP, DATELINE, KIND_MARGIN, LATER_ON, LATER_THAT_DAY, LIGHT_VERBS, NEXT_DAY, SCENELESS, SCENE_KINDS,
                                 WEAK)
from sitrep.events.arguments import POLITICAL, Arguments
from sitrep.events.dating import Dating, _in_list_item, _ongoing
from sitrep.events.roles import Roles
from sitrep.events.counting import Counting
from sitrep.events.merging import Merging

# a timeline's line: an optional bullet, the day, an optional part of it, a colon
TIMELINE_BULLET = re.compile(r"[ \t]*(?:[-–—•*·]|\d{1,2}[.)])?[ \t]*")
TIMELINE_COLON = re.compile(r"(?:,?[ \t]+[\w ]{1,20})?[ \t]*[:–—-][ \t]")
EXPLICIT_DAY = re.compile(r"\d")
LEAD_UNITS = 3   # the headline, the dateline and the lead's first sentences


def _own_area(c) -> bool:
    """The act's own clause names a region, a province or a landform ('struck targets in the Golan
    Heights', 'fighting in Darfur'): a place of its own, finer than a country, kept over a scene."""
    return c.place is not None and c.place_level >= 3 and (c.place.kind or "") not in ("country", "continent")


class Events(Detection, Arguments, Roles, Dating, Counting, Occurrence, Coding, Merging):
    reads = ("Document.parsed", "Document.places", "Document.timexes", "Document.entities")
    writes = ("Document.events",)

    def __init__(self, actors=None, lexicon: Lexicon | None = None,
                 classifier: SentenceClassifier | None = None, threshold: float = 0.5):
        if actors is None:
            from sitrep.actors import ActorDictionary
            actors = ActorDictionary.load()
        self.actors = actors
        self.lexicon = lexicon or load_lexicon()
        self.classifier = classifier if classifier is not None else SentenceClassifier.load()
        self.threshold = threshold
        # what the places and time stages read of a document for an event's span (imported, not
        # looked up by name: a missing or broken stage must fail loudly, not drop every place)
        self.location_for_span = location_for_span
        self.date_for_span = date_for_span
        self.event_link = event_link
        self._related = getattr(actors, "related", None)
        self.acled_map = {k: (acled_for(k) if k not in self.lexicon.acled else self.lexicon.acled[k])
                          for k in ACLED}

    # ------------------------------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        doc.events = []
        parsed = doc.parsed
        if parsed is None or not doc.text:
            return doc
        self._mentions = self.actors.match(doc.text) if self.actors is not None else []
        self._text = doc.text
        self._word_sets = {}
        self._ents = list(parsed.ents)
        self._ent_starts = [e.start for e in self._ents]
        self._doc_entities = doc.entities
        _CLAUSES.clear()
        self._places = sorted(doc.places, key=lambda p: p.start)
        self._timexes = sorted(doc.timexes, key=lambda t: t.start)
        # each place and time expression with its tokens, once per document; a dateline
        # ("KIRKUK, Iraq —") says where the report was filed, not where anything happened
        self._datelines = [(m.start(1), m.end(1)) for m in DATELINE.finditer(doc.text)]
        self._mentions = [m for m in self._mentions if not any(a <= m.start < b for a, b in self._datelines)]
        # where each blank line between paragraphs begins: the stage and its parts place acts and
        # actors by paragraph
        self._para_breaks = [m.start() for m in re.finditer(r"\n\s*\n", doc.text)]
        self._pspans = []
        for p in self._places:
            if any(a <= p.start < b for a, b in self._datelines):
                continue
            span = parsed.char_span(p.start, p.end, alignment_mode="expand")
            if span is not None:
                self._pspans.append((p, span))
        self._tspans = []
        for tx in self._timexes:
            if any(a <= tx.start < b for a, b in self._datelines):
                continue   # "N'DJAMENA, Jan 31, 2025 (AFP) -": when the report was filed, not when it happened
            span = parsed.char_span(tx.start, tx.end, alignment_mode="expand")
            if span is not None:
                self._tspans.append((tx, span))
        cands: list[Candidate] = []
        # the times that name a day or a stretch of days: a span with no day ("within hours", "for
        # decades", "a night of shelling") leaves a sentence without a time of its own
        tx_starts = [tx.start for tx, _ in self._tspans if tx.start_date is not None]
        prev_dates: list[tuple] = []   # (family, date, place) of the acts the sentence before dated itself
        prev_para = -1
        scene = None
        last_day = None
        units = _units(parsed)
        self._unit_starts = [u.start_char for u in units]
        breaks = self._para_breaks
        entries = self._timeline_entries(doc)
        for n_unit, sent in enumerate(units):
            found = self._sentence(doc, sent)
            for c in found:
                line = doc.text.rfind("\n", 0, c.trig.idx) + 1
                entry = entries.get(line)
                if entry is not None and not self._dated_itself(doc, c, line, entry):
                    # "- 8 December: Homs is taken overnight. Rebels enter Damascus ...": the entry's day
                    c.date, c.date_own = entry, True
                if c.kind == "troop_level" and c.date is None and doc.published and c.modality == "asserted" \
                        and not c.background and _present_state(c.trig):
                    # "France has some 4,500 troops in the Sahel": the strength as of the report
                    c.date = EventDate(doc.published, doc.published, "")
                if c.date is None and doc.published and c.modality == "asserted" and not c.background \
                        and c.link is None and _ongoing(c.trig):
                    # "troops are still exchanging fire with the last fighters": going on as it is told,
                    # a time the clause says as plainly as "now"
                    c.date, c.date_own = EventDate(doc.published, doc.published, ""), True
            para = bisect.bisect_right(breaks, sent.start_char)
            headline = n_unit < 3 and len(sent) < 30 and not sent.text.rstrip().endswith(
                (".", "!", "?", '"', "”", "'", "’", ":"))
            # a sentence with no time expression of its own goes on with the story just told
            # ("Before dawn on Sunday, gunmen attacked the airfield. Several aircraft were destroyed.
            # Police later arrested five people."): its acts take that story's day, whatever their kind
            k = bisect.bisect_left(tx_starts, sent.start_char)
            timeless = not (k < len(tx_starts) and tx_starts[k] < sent.end_char)
            carried = None
            # a sentence naming a place the gazetteer does not know ("had taken the town of Kupiansk")
            # tells of somewhere else than the scene before: no place beats a wrong one
            unknown_place = None   # asked only when a scene could carry
            for c in found:
                c.unit = c.last_unit = n_unit
                c.headline = headline
                # of the acts just told, the one at this act's place, else one of its family, goes on
                here = [d for d in prev_dates if c.place is not None and d[2] is not None and c.place_level >= 2
                        and d[2].name == c.place.name]
                told = here + [d for d in prev_dates if d[0] == _family(c.kind)]
                prev_date = told[0] if told else (prev_dates[0] if prev_dates else None)
                if timeless and here and not c.date_own and c.link is None:
                    # "Jets struck a camp near Balakot before dawn on the 26th, and the next morning ...
                    # Many fighters were killed at Balakot": the act at that place, not the last time told
                    c.date = None
                if c.date is None and prev_date is not None and c.link is None and not c.background \
                        and c.modality in ("asserted", "denied") and not _present(c.trig) and \
                        (prev_date[0] == _family(c.kind) or timeless) and not self._told_before(c):
                    c.date = prev_date[1]
                    if timeless and LATER_ON.search(sent.text):
                        # "later", "afterwards": on the day told or the next, not before it
                        c.date = EventDate(c.date.start, c.date.end + timedelta(days=1), c.date.text)
                    carried = carried or prev_date
                # the scene carries: "the last troops left Bagram Airfield ... In the meantime looters
                # broke through the north gate": an act told with no place of its own, right after
                # one at a named base or town (of the same country), happened there
                # ... but a region or landform the act's own words name ("jets struck the Golan
                # Heights") is where it was, not the city told before
                if scene is not None and c.kind not in SCENELESS and n_unit - scene[0] <= 3 and \
                        scene[2] == para and (
                        c.place is None or (((c.place.kind or "") in ("country", "admin1", "region")
                                             or (c.place.uncertainty_km or 0) > 100)
                                            and c.place.country == scene[1].country
                                            and not _own_area(c))):
                    if unknown_place is None:
                        unknown_place = self._names_unknown_place(sent)
                    if not unknown_place:
                        c.place, c.place_level = scene[1], 1
            for c in found:
                # where someone spoke, met, signed or voted ("In Paris, the ministry condemned the
                # raid") is no scene of the fighting or deployment told next
                if c.place is not None and c.place_level >= 2 and not c.background and \
                        c.kind not in POLITICAL and (
                        (c.place.kind or "") in SCENE_KINDS
                        or c.place.kind == "landform" and (c.place.uncertainty_km or 99) <= 10):
                    # a small landform (an island, a hill) is a scene as a town is
                    scene = (n_unit, c.place, para)
                # "The next day ..." read from the publication date: the day after the event just told
                if c.date is not None and c.date_own and last_day is not None and \
                        NEXT_DAY.match(c.date.text or "") and self._anchor_of(c.date) == "publication":
                    d = last_day + timedelta(days=1)
                    c.date = EventDate(d, d, c.date.text)
                # "The coalition handed over the base on Sunday ... About 300 troops had been based
                # there": a strength told in the past perfect is the state that held before the act
                # just told, up to the day before it, not on its day
                if c.kind == "troop_level" and c.date is None and last_day is not None and not c.background \
                        and c.modality == "asserted" and c.link is None and _past_perfect(c.trig):
                    d = last_day - timedelta(days=1)
                    c.date = EventDate(d, d, "")
                # "In the evening ...", "By morning ...": the day of the act just told
                if c.date is None and last_day is not None and not c.background and c.link is None and \
                        c.modality == "asserted" and LATER_THAT_DAY.match(sent.text):
                    c.date = EventDate(last_day, last_day, "")
            # the day the story goes on with: not that of history told behind it ("... had proclaimed
            # a caliphate in July 2014, weeks after his fighters overran the city in June that year.
            # The commander said in a statement ...")
            told = [c for c in found if c.date_own and c.date is not None and not c.background
                    and not self._looked_back(c)]
            days = [c.date.start for c in told if c.date.start == c.date.end]
            if days:
                last_day = days[-1]
            own_dates = [(_family(c.kind), c.date, c.place if c.place_level >= 2 else None) for c in told]
            # a date carries over to the next sentence only ("French troops left Gao on Monday.
            # They handed the camp to the army.")
            # ... and a sentence that only went on with it hands the same day on, within its paragraph
            prev_dates = own_dates if own_dates else ([carried] if timeless and carried is not None
                                                      and para == prev_para else [])
            prev_para = para
            cands.extend(found)
        self._lead_dated_next(doc, units, cands)
        told = list(cands)
        cands = self._merge(cands)
        self._counts_told_apart(units, told, cands)
        cands = self._listed_targets(doc, units, cands)
        self._claims(doc, units, cands)
        # a headline act the body never tells ("... a week after air strike kills 33"): a pointer to
        # what the report tells elsewhere or only recalls, not an event of its own
        cands = [c for c in cands if not (c.headline and c.last_unit == c.unit and len(units) > 3)]
        for c in cands:
            # a withdrawal whose ground someone takes, told in the next sentence
            if c.kind == "withdrawal" and c.last_unit + 1 < len(units) and \
                    (c.acled or {}).get("sub_event_type") != "Non-violent transfer of territory" and \
                    _ground_passes(units[c.last_unit + 1].text):
                c.acled = {"event_type": "Strategic developments", "sub_event_type": "Non-violent transfer of territory"}
        self._resolve_links(doc, cands)
        self._fallback_country(doc, cands)
        pub = doc.published
        for c in cands:
            if c.conf < self.threshold + KIND_MARGIN.get(c.kind, 0.0):
                continue
            if pub and c.date and (pub - c.date.end).days > 400 and c.background:
                continue
            if pub and c.date and c.date_own and (pub - c.date.end).days > 366 and \
                    (c.date.end - c.date.start).days > 31:
                continue  # a year long ago ("began in 2014 after ..."): history recalled, not news;
                # an older act of its own month or day ("the February 2020 Doha agreement") stays
            start = min(s for s, _ in c.evidence)
            end = max(e for _, e in c.evidence)
            evidence = " … ".join(doc.text[s:e].strip() for s, e in sorted(set(c.evidence)))
            doc.events.append(Event(type=c.kind, evidence=evidence, start=start, end=end, modality=c.modality,
                                    date=c.date, location=c.place, actors=c.actors, targets=c.targets,
                                    quantities=c.quantities, qualifiers=c.qualifiers,
                                    acled=c.acled, confidence=min(0.99, c.conf), trigger=c.trig.text))
        return doc

    def _collapse_by_day(self, cands: list) -> list:
        """One act of violence per day told in the sentence: "Artillery fire killed seven soldiers
        on Feb. 3, and on Feb. 10 five more died when their post came under shelling" tells two acts,
        each collapsed with the words of its own day (an undated one goes with the nearest)."""
        if not cands:
            return cands
        sent = cands[0].sent
        told = [(tx, span) for tx, span in self._tspans if sent.start <= span.root.i < sent.end
                and tx.type in ("DATE", "TIME") and tx.start_date is not None and tx.start_date == tx.end_date]
        days = {}
        for c in cands:
            # the day in the act's clause, else the nearest the sentence tells (the parse may hang
            # "and on Feb. 10 ..." from the first verb)
            own = [tx.start for tx, span in told if span.root.i in c.clause]
            near = sorted(told, key=lambda x: abs(x[1].root.i - c.trig.i))
            days[id(c)] = min(own) if own else (near[0][0].start if near and len(told) > 1 else None)
        keys = {k for k in days.values() if k is not None}
        if len(keys) < 2:
            return self._collapse_violence(cands)
        keyed = [c for c in cands if days[id(c)] is not None]
        groups: dict = {}
        for c in cands:
            key = days[id(c)]
            if key is None:
                key = days[id(min(keyed, key=lambda o: abs(o.trig.i - c.trig.i)))]
            groups.setdefault(key, []).append(c)
        out = []
        for key in sorted(groups):
            out += self._collapse_violence(groups[key])
        return sorted(out, key=lambda c: c.trig.i)

    def _lead_dated_next(self, doc: Document, units: list, cands: list) -> None:
        """'Gunmen killed 12 soldiers in an attack on a base in northern Mali, the army said. The
        assailants struck before dawn on Sunday': a lead that tells an act without its day and a next
        sentence that tells its day (an act of its family dated on its own, or only a day) date it."""
        for c in cands:
            if c.unit > LEAD_UNITS or c.date is not None or c.link is not None or c.background or \
                    c.modality != "asserted" or c.headline or _present(c.trig) or _in_list_item(doc.text, c.trig.idx):
                continue
            n = c.unit + 1
            if n >= len(units):
                continue
            told = [o for o in cands if o.unit == n]
            same = [o for o in told if _family(o.kind) == _family(c.kind) and o.date_own and o.date is not None
                    and (o.date.end - o.date.start).days <= 1]
            if same:
                c.date = same[0].date
            elif not told:
                sent = units[n]
                days = [tx for tx, _ in self._tspans if sent.start_char <= tx.start < sent.end_char
                        and tx.type in ("DATE", "TIME") and tx.start_date is not None
                        and (tx.end_date - tx.start_date).days <= 1]
                if len(days) == 1 and (doc.published is None or days[0].end_date <= doc.published):
                    c.date = EventDate(days[0].start_date, days[0].end_date, days[0].text)

    def _timeline_entries(self, doc: Document) -> dict:
        """Lines of a timeline that open with their day ("- 27 November: rebels launch ...",
        "8 December, early hours: ..."): {line start: that day}. Every act told on the line
        happened on it, in whatever tense the timeline tells it."""
        out = {}
        for tx, _ in self._tspans:
            if tx.type != "DATE" or tx.start_date is None or tx.start_date != tx.end_date:
                continue
            line = doc.text.rfind("\n", 0, tx.start) + 1
            if TIMELINE_BULLET.fullmatch(doc.text[line:tx.start]) and TIMELINE_COLON.match(doc.text, tx.end):
                out[line] = EventDate(tx.start_date, tx.end_date, tx.text)
        return out

    def _dated_itself(self, doc: Document, c, line: int, entry: EventDate) -> bool:
        """The act names a day of its own on its timeline's line ("on 3 December the army ...");
        not a relative time ("overnight", "the same morning") nor a day of another line."""
        if c.date is None or not c.date_own or c.date.start != c.date.end or c.date.text == entry.text \
                or not EXPLICIT_DAY.search(c.date.text or ""):
            return False
        return any(tx.text == c.date.text and doc.text.rfind("\n", 0, tx.start) + 1 == line
                   for tx, _ in self._tspans)

    def _ents_within(self, span) -> list:
        """The document's entities inside `span`, as span.ents gives them (which makes every entity
        of the document anew at each call: a millisecond a sentence in a long report)."""
        found = []
        for e in self._ents[bisect.bisect_left(self._ent_starts, span.start):]:
            if e.end > span.end:
                break
            found.append(e)
        return found

    def _names_unknown_place(self, sent) -> bool:
        """The sentence names a place the places stage could not put on the map: a GPE, LOC or FAC entity,
        or a proper name after "the town of", "the village of"."""
        for tok in sent:
            if tok.dep_ == "pobj" and tok.pos_ == "PROPN" and tok.head.lower_ == "of" and \
                    tok.head.head.lemma_.lower() in SETTLEMENT_NOUNS and \
                    not any(p.start <= tok.idx < p.end and p.lat is not None for p in self._places):
                return True
        for e in self._ents_within(sent):
            if e.label_ not in ("GPE", "LOC", "FAC") or any(a <= e.start_char < b for a, b in self._datelines):
                continue
            if not any(p.start < e.end_char and e.start_char < p.end and p.lat is not None for p in self._places):
                return True
        return False

    # -- one sentence ---------------------------------------------------------------------
    def _sentence(self, doc: Document, sent) -> list[Candidate]:
        toks = [t for t in sent if not t.is_space]
        if not toks:
            return []
        probs = None
        parts = {}
        if self.classifier is not None:
            parts = {t.i: token_features(t, self.lexicon) for t in toks}
            probs = self.classifier.probabilities(features_of(parts.values()))
        triggers = self._triggers(toks)
        p_none = probs.get("none", 0.3) if probs else 0.3
        top = max((v for k, v in probs.items() if k != "none"), default=0.0) if probs else 0.3
        eventness = 1.0 - p_none
        cands: list[Candidate] = []
        # several clauses with triggers: each trigger is also weighed by its own clause
        # ("Lawmakers approved a resolution after a drone strike killed two commanders")
        heads = {}
        if probs:
            for tok, _, _ in triggers:
                heads.setdefault(_clause_head(tok).i, tok)
        by_head: dict = {}
        for tok, kinds, strength in triggers:
            if _not_a_trigger(tok):
                continue
            best, best_score = None, -1.0
            weak = tok.lemma_.lower() in WEAK and strength < 0.8
            t_probs, t_top, t_event = probs, top, eventness
            if len(heads) > 1:
                h = _clause_head(tok).i
                if h not in by_head:
                    ids = sorted(_clause(tok))
                    pc = self.classifier.probabilities(features_of(parts[i] for i in ids if i in parts))
                    merged = {k: max(probs[k], pc[k]) for k in probs if k != "none"}
                    merged["none"] = min(probs.get("none", 0.0), pc.get("none", 0.0))
                    by_head[h] = merged
                t_probs = by_head[h]
                t_top = max((v for k, v in t_probs.items() if k != "none"), default=0.0)
                t_event = 1.0 - t_probs.get("none", 0.3)
            for k in sorted(kinds):   # ties fall the same way whatever the hash seed
                pk = t_probs.get(k, 0.0) if t_probs else 0.3
                rel = min(1.0, pk / (0.6 * t_top + 1e-9))
                if probs:
                    score = 0.45 * (strength - (0.3 if weak else 0.0)) + 0.55 * t_event * rel
                    if weak and rel < 0.5:
                        score -= 0.2
                    if strength >= 0.85:
                        # a precise phrase or verb-object pattern needs only the sentence to report
                        # something; another event in the sentence may take the kind mass
                        score = max(score, 0.35 + 0.55 * t_event)
                        if strength >= 0.9:
                            # a verb-object pattern ("seized Aden", "handed the base to") is an event
                            # told, even where the classifier saw too few words to be sure
                            score = max(score, 0.45 + 0.5 * t_event)
                        if strength >= 0.95:
                            score = max(score, 0.75)   # a pattern that admits no other reading
                else:
                    score = strength
                if score > best_score:
                    best, best_score = k, score
            if best is None:
                continue
            cands.append(Candidate(kind=best, trig=tok, sent=sent, conf=best_score))
        # the classifier alone, when no trigger spoke and it is sure
        if probs and not cands:
            k = max((x for x in probs if x != "none"), key=probs.get)
            root = sent.root
            if probs[k] > 0.55 and probs[k] > 2 * p_none and root.lemma_.lower() not in LIGHT_VERBS:
                cands.append(Candidate(kind=k, trig=root, sent=sent, conf=0.45 + 0.4 * probs[k]))
        # a demanded, prevented or purposed occurrence is none ("to protest the policies")
        kept = []
        for c in cands:
            if _progress_report(c.trig):
                continue
            c.modality, drop = _modality(c.trig, sent)
            if c.trig.pos_ == "NOUN" and _dated_noun(c.trig) and not drop:
                c.modality = "asserted"   # its own date places it: it happened, whatever governs the clause
            if not drop:
                kept.append(c)
        # one trigger token, one event; nearby tokens of one kind in one clause collapse
        cands = self._dedupe_sentence(kept)
        if not cands:
            return []
        out = []
        quants = find_quantities(sent)
        for c in cands:
            c.kind = self._refine_kind(c, sent, probs)
            c.clause = _clause(c.trig)
            if c.modality in ("hypothetical", "planned"):
                c.conf -= 0.1   # what is told as happening outranks what may happen
            if _subordinate(c.trig) and not _aside_with_own_day(c.trig):
                c.conf -= 0.06  # "the regions that had been taken over by X": background to the main clause
                # (not an aside with its own day: "Abiy, who gave the rebels an ultimatum on Sunday, said ...")
            # "has trained 5,000 soldiers since 2017": support given over the span is the event itself,
            # unlike a presence that has stood since then
            c.background = _background(c.trig, sent) and not (
                c.kind == "military_aid" and c.trig.lemma_.lower() in BUILD_UP)
            if c.background:
                c.conf -= 0.25
            c.evidence = [(sent.start_char, sent.end_char)]
            out.append(c)
        out = self._collapse_by_day(out)
        zones = _zones(out)
        for c in out:
            c.zone = zones[c.trig.i]
        for c in out:
            self._arguments(doc, c, zones)
        for c in out:
            # "withdrew from the Morek post, handing it over to ...": the main clause's place
            if c.place is None or (c.place.kind or "") in ("country", "admin1", "region"):
                up = [c.trig.head, c.trig.head.head] if c.trig.dep_ in ("advcl", "xcomp", "conj") else []
                # (not where a vote or a statement was made: "The parliament in Nairobi voted to send
                # police to Haiti")
                main = next((o for o in out if o is not c and o.trig in up and o.place is not None
                             and o.place_level >= 3 and (o.place.kind or "") not in ("country", "admin1")
                             and o.kind not in POLITICAL), None)
                if main is not None:
                    c.place, c.place_level = main.place, 2
        self._attach_quantities(out, quants)
        out = [c for c in out if not self._generic(doc, c) and not self._habitual(c)]
        out = self._check_arguments(out)
        for c in out:
            c.anaphoric = self._anaphoric(doc, c)
        out = self._split(doc, out, quants)
        for c in out:
            c.acled = self._acled(c, sent)
        return out
