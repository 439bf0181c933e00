"""Events: who did what to whom, where, when, how many, and how sure the text is of it.

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
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from sitrep.events.classifier import SentenceClassifier, features_of, token_features
from sitrep.events.lexicon import Lexicon, load_lexicon
from sitrep.events.ontology import (ACLED, MONEY_KINDS, MOVEMENT, SPECIFICITY, VIOLENT,
                                    acled_for)
from sitrep.events.quantities import PEOPLE as PEOPLE_NOUNS, Quantity, find_quantities
from sitrep.geo import km
from sitrep.model import Document, Event, EventDate, Location, Place

# -- word lists ------------------------------------------------------------------------------
# Trigger lemmas too vague to stand alone: they make an event only when the classifier agrees.
WEAK = {"force", "troop", "coalition", "alliance", "say", "leader", "call", "name", "hand", "parliament",
        "gas", "drone", "jet", "aircraft", "crowd", "stone", "move", "send", "find", "provide", "control",
        "fall", "host", "phone", "exchange", "express", "package", "double", "halve", "triple", "cap",
        "strength", "ceiling", "successor", "emir", "assembly", "congress", "senate", "extend", "adopt",
        "gun", "sexual", "abuse", "nerve", "toxic", "poison", "mustard", "chemical", "grad", "pound",
        "operation", "target", "hit", "pass", "form", "join", "launch", "die", "dead", "death", "wound",
        "injure", "training", "train", "arm", "fund", "funding", "aid", "practice", "practise", "recover",
        "discover", "gift", "sell", "sale", "supply", "deliver", "delivery", "rush", "arrive", "station",
        "statement", "claim", "announce", "talk", "meeting", "meet", "visit", "vote", "law", "amend",
        "cache", "gather", "strike", "raid", "exit", "leave", "quit", "assist",
        "assistance", "transfer", "relocate", "headquarters", 
        "engage", "engagement", "combat", "offensive", "storm", "unrest", "torch", "burn", "destroy",
        "damage", "mine", "shell", "rocket", "missile", "bomb", "fight", "fighting", "battle",
        "abandon", "retreat", "depart", "departure", "capture", "seize", "free", "detention",
        "custody", "hold", "drill", "exercise", "arrival", "rotation", "rotate", "surge", "evacuate",
        "evacuation", "deny", "allege", "urge", "demand", "threat", "threaten", "warn", "vow",
        "pledge", "condemn", "accuse", "appoint", "ban", "recruit", "recruitment", "split", "plan",
        "advance", "sweep", "occupy", "regain", "kill", "killing", "shoot", "shooting", "attack",
        "assault", "ambush", "clash", "explosion", "blast", "explode", }
# Lemmas that never make an event alone (only inside a listed phrase).
NEVER_ALONE = {"force", "troop", "coalition", "alliance", "military", "leader", "parliament", "assembly",
               "congress", "senate", "successor", "emir", "crowd", "gas", "stone", "jet", "aircraft", "drone",
               "sexual", "nerve", "toxic", "poison", "mustard", "grad", "phone", "hand", "package", "cap",
               "strength", "ceiling", "double", "halve", "triple", "headquarters", "operation", "adopt",
               "target", "contingent", "gift", "pound", "name", "form", "call", "express", "host", "extend",
               "find", "control", "move", "pass", "plan", "exchange", "cache", "gun", "abuse", "slavery",
               "irritant", "cbrn", "uav", "airpower", "statement", "assistance", "support", "security"}
MANNED_AIRCRAFT = {"helicopter", "helicopters", "plane", "planes", "jet", "jets", "aircraft", "warplane", "warplanes",
                   "airliner", "transport", "fighter", "bomber", "gunship", "gunships"}
MORE_FORCES = {"reservist", "conscript", "recruit", "paratrooper", "commando", "marine", "ranger", "gendarme",
               "policeman", "guardsman", "serviceman", "servicemen", "mercenary", "volunteer", "unit", "battalion",
               "brigade", "division", "regiment", "company"}
GIVE_OVER = {"hand", "transfer", "cede", "turn", "return", "relinquish"}
ESTABLISH = {"establish", "set", "open", "build", "construct", "erect", "install", "create"}
BASE_NOUNS = {"base", "bases", "headquarters", "hq", "camp", "camps", "outpost", "outposts", "post", "posts",
              "checkpoint", "checkpoints", "position", "positions", "office", "stronghold", "garrison", "point",
              "points", "barracks", "airstrip", "airstrips", "fortification", "fortifications", "trench", "trenches"}
DISRUPT = {"defuse", "dismantle", "neutralize", "neutralise", "intercept", "seize", "confiscate", "recover",
           "find", "discover", "uncover", "foil", "thwart", "destroy", "shoot", "down", "clear",
           "disarm", "deactivate", "capture", "hand", "surrender", "unearth", "locate"}
CONTAINERS = {"stash", "cache", "haul", "consignment", "quantity", "quantities", "stockpile", "depot", "batch",
              "shipment", "cargo", "lot", "number", "amount", "truckload", "box", "crate", "bag"}
LAUNCH = {"fire", "launch", "lob", "drop", "hurl", "throw", "rain", "unleash"}
CAPTURE = {"seize", "capture", "take", "overrun", "retake", "recapture", "regain", "liberate", "occupy",
           "overtake", "reclaim", "conquer", "grab", "wrest", "enter", "recover", "free", "clear"}
TERRAIN = {"town", "city", "village", "district", "area", "region", "province", "base", "airport", "airbase",
           "dam", "bridge", "crossing", "border", "hill", "hilltop", "position", "positions", "neighbourhood",
           "neighborhood", "outpost", "camp", "checkpoint", "port", "oilfield", "field", "road", "highway",
           "junction", "stronghold", "county", "locality", "settlement", "island", "territory", "valley",
           "mountain", "headquarters", "garrison", "barracks", "airfield", "suburb", "quarter", "municipality",
           "capital", "enclave", "pocket", "front", "frontline", "zone", "ridge", "height", "heights", "plant",
           "refinery", "countryside", "outskirts", "parts", "swathes",
           "swaths", "villages", "towns", "areas", "hamlet", "commune", "governorate", "ward", "sector"}
WEAPON_NOUNS = {"firearm", "firearms", "pistol", "pistols", "gun", "guns", "bullet", "bullets", "round",
                "rounds", "ammo", "cartridge", "cartridges", "kalashnikov", "kalashnikovs", "ak-47", "rpg", "rpgs",
                "weaponry", "arm", "explosive", "bomb", "bombs", "ied", "ieds", "explosive", "explosives", "device", "devices", "mine", "mines",
                "landmine", "landmines", "weapon", "weapons", "arm", "arms", "ammunition", "rocket", "rockets",
                "missile", "missiles", "drone", "drones", "cache", "caches", "grenade", "grenades", "rifle",
                "rifles", "launcher", "launchers", "munition", "munitions", "shell", "shells", "mortar",
                "mortars", "detonator", "detonators", "vest", "car", "projectile", "projectiles", "uav"}
PROTESTERS = {"protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "rioter",
              "rioters", "crowd", "mob", "youths", "supporters", "students"}
RIOT_CUES = {"stone", "stones", "rock", "rocks", "torch", "torched", "burn", "burned", "burnt", "vandalize",
             "vandalise", "vandalized", "smash", "smashed", "loot", "looted", "clash", "clashed", "storm",
             "stormed", "pelt", "pelted", "molotov", "petrol", "throw", "threw", "hurl", "hurled", "attack",
             "attacked", "set", "riot", "rioting", "ransack", "ransacked", "block", "damage", "damaged",
             "injure", "injured", "violent", "violence", "tyres", "tires", "barricade", "barricades",
             "windows", "rampage", "rioters", "vandalism", "arson"}
# Kinds that need more than the usual confidence (reporting verbs are everywhere).
KIND_MARGIN = {"statement": 0.25, "diplomacy": 0.1, "group_change": 0.1, "troop_level": 0.0}
# Generic words of violence: the kind is whatever the classifier and the cues say.
TOLL_WORDS = {"kill", "killing", "die", "dead", "death", "wound", "injure", "casualty", "fatality", "toll"}
GENERIC_VIOLENT = {"kill", "killing", "die", "dead", "death", "wound", "injure", "attack", "strike", "hit",
                   "casualty", "fatality", "shoot", "fire", "assault", "raid"}
VIOLENT_CHOICE = {"attack", "clash", "airstrike", "shelling", "explosion", "suicide_bombing", "grenade",
                  "chemical_attack"}
# Violent-kind cues: a word in the trigger's clause that makes a generic attack specific.
CUES = {
    "airstrike": {"airstrike", "airstrikes", "warplane", "warplanes", "jet", "jets", "aircraft",
                  "drone", "drones", "helicopter", "helicopters", "gunship", "sortie", "uav", "aerial",
                  "air-strike", "bomber", "bombers", "f-16", "su-24"},
    "shelling": {"shell", "shells", "shelling", "artillery", "mortar", "mortars", "rocket", "rockets",
                 "missile", "missiles", "katyusha", "howitzer", "barrage", "projectile", "projectiles",
                 "grad", "salvo", "107mm", "122mm"},
    "explosion": {"ied", "ieds", "roadside", "landmine", "landmines", "mine", "mines", "explosive",
                  "explosives", "car-bomb", "vbied", "blast", "explosion", "detonated", "booby-trapped",
                  "bomb", "bombs", "device"},
    "suicide_bombing": {"suicide", "self-detonated", "martyrdom"},
    "grenade": {"grenade", "grenades"},
    "chemical_attack": {"chemical", "chlorine", "sarin", "mustard", "nerve", "poisonous", "toxic", "asphyxia",
                        "suffocation", "asphyxiation", "respiratory", "chloropicrin", "phosgene"},
}
FORCE_NOUNS = {"troop", "troops", "force", "forces", "soldier", "soldiers", "army", "military", "police",
               "militia", "militias", "militant", "militants", "fighter", "fighters", "rebel", "rebels",
               "insurgent", "insurgents", "gunman", "gunmen", "protester", "protesters", "demonstrator",
               "demonstrators", "jihadist", "jihadists", "personnel", "marine", "marines", "coalition",
               "government", "lawmaker", "lawmakers", "parliament", "official", "officials", "group",
               "mob", "crowd", "unit", "units", "attacker", "attackers", "assailant", "assailants",
               "policeman", "policemen", "guard", "guards", "authorities", "authority", "ministry",
               "villager", "villagers", "resident", "residents", "student", "students", "worker",
               "workers", "civilian", "civilians", "people", "men", "women", "child", "children"}
STATE_WORDS = {"army", "military", "troops", "soldiers", "government", "regime", "security", "police",
               "forces", "armed forces", "saa", "idf", "national army", "pro-government", "state"}
STATE_TYPES = {"state", "state_military", "police", "government", "coalition", "intelligence"}
NONSTATE_WORDS = {"militant", "militants", "rebel", "rebels", "insurgent", "insurgents", "jihadist",
                  "jihadists", "islamic state", "isis", "isil", "daesh", "taliban", "al-shabaab",
                  "shabaab", "boko haram", "militia", "militias", "hts", "opposition", "separatist",
                  "separatists", "fighters", "gunmen", "houthi", "houthis", "al-qaeda", "jnim", "terrorist",
                  "terrorists", "guerrilla", "guerrillas", "bandit", "bandits", "extremist", "extremists",
                  "fighter", "militiamen", "insurgency", "mujahideen", "faction", "factions", "armed group",
                  "armed groups"}
PLANNED_HEADS = {"plan", "intend", "aim", "schedule", "expect", "seek", "propose", "prepare", "want",
                 "decide", "agree", "promise", "pledge", "vow", "set", "poise", "due", "order", "announce",
                 "consider", "mull", "weigh"}
HYPO_HEADS = {"threaten", "could", "might", "may", "possible", "risk", "fear", "warn", "if", "unless",
              "whether", "consider", "ready", "able", "capable"}
DENY_HEADS = {"deny", "reject", "refute", "dismiss", "rule", "false", "nothing"}
EXPECTED = {"expect", "plan", "schedule", "due", "set", "slate", "anticipate", "foresee", "envisage"}
ASPECTUAL = {"begin", "start", "continue", "end", "finish", "resume", "take", "happen", "occur", "come",
             "commence", "conclude", "complete", "follow", "precede", "get", "go", "proceed", "kill", "wound",
             "injure", "destroy", "damage", "hit", "target"}
ATTEMPTS = {"attack", "attempt", "bid", "offensive", "operation", "effort", "push", "assault", "plan", "plot",
            "campaign", "move", "drive", "mission"}
ABILITY = {"ability", "capacity", "capability", "readiness", "willingness", "preparedness", "able", "capable",
           "ready", "unable", "right", "threat"}
DROP_HEADS = {"suspend", "pause", "halt", "cancel", "postpone", "freeze", "delay", "call off", "scrap",
              "demand", "call", "urge", "request", "ask", "push", "press", "oppose", "condemn",
              "protest", "prevent", "avoid", "stop", "resist", "end", "ban", "fear", "prepare",
              "train", "fight", "against", "allow", "need", "right"}
PLANNED_AUX = {"will", "'ll", "shall", "would", "wo", "going"}
HYPO_AUX = {"could", "might", "may", "can", "ca", "must", "should"}
DIRECTION = {"north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast",
             "northern", "southern", "eastern", "western", "km", "kilometers", "kilometres", "miles",
             "mile", "kilometer", "kilometre", "outskirts", "border", "borders", "edge"}
LOCATIVE = {"in", "at", "near", "from", "to", "into", "on", "across", "around", "outside", "inside",
            "within", "of", "off", "towards", "toward", "through", "throughout", "over", "along",
            "out", "by", "between", "onto", "via"}
PLACE_RANK = {"installation": 8, "relative": 7, "landform": 6, "city": 5, "town": 5, "village": 5,
              "facility": 5, "district": 4, "neighbourhood": 5, "admin2": 4, "admin1": 3, "region": 2,
              "sea": 2, "country": 1, "continent": 0}
SCENE_KINDS = {"installation", "city", "town", "village", "facility", "neighbourhood"}
SCENELESS = {"statement", "diplomacy", "legislation", "agreement", "military_aid", "troop_level", "group_change"}
DECIDED_MOVES = {"withdrawal", "pullout", "pull-out", "drawdown", "deployment", "redeployment", "handover",
                 "departure", "exit", "reduction"}
DECIDING = {"announce", "order", "unveil", "propose", "decide", "approve"}
PART_OF_DAY = re.compile(r"(?i)^(overnight|at (dawn|dusk|night|daybreak)|(in )?the (morning|afternoon|evening|night)|"
                         r"(early|late) (in the )?(morning|afternoon|evening))$")
NEXT_DAY = re.compile(r"(?i)^(the )?(next|following) (day|morning|night)$")
KIND_FOR_CONTEXT_MOVE = {"withdrawal", "deployment", "handover", "airstrike", "shelling"}
_SIGNAL = re.compile(r"\s*(after|before)\b", re.I)


@dataclass
class _Cand:
    kind: str
    trig: object                       # the trigger token
    sent: object                       # the sentence span
    conf: float
    modality: str = "asserted"
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    quantities: dict[str, float] = field(default_factory=dict)
    qualifiers: dict[str, str] = field(default_factory=dict)
    place: Location | None = None
    place_level: int = 0               # 3: own clause, 2: sentence, 1: context, 0: none
    date: EventDate | None = None
    date_own: bool = False
    link: dict | None = None           # governed by "two days after": the time stage's event_link
    evidence: list[tuple[int, int]] = field(default_factory=list)
    acled: dict[str, str] | None = None
    clause: set = field(default_factory=set)
    zone: set = field(default_factory=set)     # the tokens this event owns in its sentence
    background: bool = False
    anaphoric: bool = False
    headline: bool = False
    unit: int = 0
    last_unit: int = 0                 # the last sentence merged into this event


def _helper(module: str, name: str):
    try:
        mod = __import__(f"sitrep.stages.{module}", fromlist=[name])
        return getattr(mod, name, None)
    except Exception:
        return None


class Events:
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
        self.location_for_span = _helper("places", "location_for_span")
        self.date_for_span = _helper("times", "date_for_span")
        self.event_link = _helper("times", "event_link")
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
        _CLAUSES.clear()
        self._places = sorted(doc.places, key=lambda p: p.start)
        self._timexes = sorted(doc.timexes, key=lambda t: t.start)
        # each place and time expression with its tokens, once per document; a dateline
        # ("KIRKUK, Iraq —") says where the report was filed, not where anything happened
        self._datelines = [(m.start(1), m.end(1)) for m in DATELINE.finditer(doc.text)]
        self._mentions = [m for m in self._mentions if not any(a <= m.start < b for a, b in self._datelines)]
        self._pspans = []
        for p in self._places:
            if any(a <= p.start < b for a, b in self._datelines):
                continue
            span = parsed.char_span(p.start, p.end, alignment_mode="expand")
            if span is not None:
                self._pspans.append((p, span))
        self._tspans = []
        for tx in self._timexes:
            span = parsed.char_span(tx.start, tx.end, alignment_mode="expand")
            if span is not None:
                self._tspans.append((tx, span))
        cands: list[_Cand] = []
        prev_date: tuple[str, EventDate] | None = None
        scene = None
        last_day = None
        units = _units(parsed)
        self._unit_starts = [u.start_char for u in units]
        breaks = [m.start() for m in re.finditer(r"\n\s*\n", doc.text)]
        for n_unit, sent in enumerate(units):
            found = self._sentence(doc, sent)
            para = bisect.bisect_right(breaks, sent.start_char)
            headline = n_unit < 3 and len(sent) < 30 and not sent.text.rstrip().endswith(
                (".", "!", "?", '"', "”", "'", "’", ":"))
            for c in found:
                c.unit = c.last_unit = n_unit
                c.headline = headline
                if c.date is None and prev_date is not None and c.link is None and not c.background \
                        and c.modality == "asserted" and not _present(c.trig) and prev_date[0] == _family(c.kind):
                    c.date = prev_date[1]
                # the scene carries: "the last troops left Bagram Airfield ... In the meantime looters
                # broke through the north gate": an act told with no place of its own, right after
                # one at a named base or town (of the same country), happened there
                if scene is not None and c.kind not in SCENELESS and n_unit - scene[0] <= 3 and \
                        scene[2] == para and (
                        c.place is None or (((c.place.kind or "") in ("country", "admin1", "region")
                                             or (c.place.uncertainty_km or 0) > 100)
                                            and c.place.country == scene[1].country)):
                    c.place, c.place_level = scene[1], 1
            for c in found:
                if c.place is not None and c.place_level >= 2 and (c.place.kind or "") in SCENE_KINDS \
                        and not c.background:
                    scene = (n_unit, c.place, para)
                # "The next day ..." read from the publication date: the day after the event just told
                if c.date is not None and c.date_own and last_day is not None and \
                        NEXT_DAY.match(c.date.text or "") and self._anchor_of(c.date) == "publication":
                    d = last_day + timedelta(days=1)
                    c.date = EventDate(d, d, c.date.text)
            days = [c.date.start for c in found if c.date_own and c.date is not None and c.date.start == c.date.end
                    and not c.background]
            if days:
                last_day = days[-1]
            own_dates = [(_family(c.kind), c.date) for c in found if c.date_own and c.date is not None
                         and not c.background]
            # a date carries over to the next sentence only ("French troops left Gao on Monday.
            # They handed the camp to the army.")
            prev_date = own_dates[0] if own_dates else None
            cands.extend(found)
        cands = self._merge(cands)
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
            if pub and c.date and c.date_own and (pub - c.date.end).days > 366:
                continue  # history recalled as background, not news
            start = min(s for s, _ in c.evidence)
            end = max(e for _, e in c.evidence)
            evidence = " … ".join(doc.text[s:e].strip() for s, e in sorted(set(c.evidence)))
            doc.events.append(Event(type=c.kind, evidence=evidence, start=start, end=end, modality=c.modality,
                                    date=c.date, location=c.place, actors=c.actors, targets=c.targets,
                                    quantities=c.quantities, qualifiers=c.qualifiers,
                                    acled=c.acled, confidence=min(0.99, c.conf), trigger=c.trig.text))
        return doc

    # -- one sentence ---------------------------------------------------------------------
    def _sentence(self, doc: Document, sent) -> list[_Cand]:
        toks = [t for t in sent if not t.is_space]
        if not toks:
            return []
        probs = None
        parts = {}
        if self.classifier is not None:
            parts = {t.i: token_features(t, self.lexicon) for t in toks}
            p = self.classifier.scores(features_of(parts.values()))
            probs = {k: float(p[i]) for i, k in enumerate(self.classifier.labels)}
        triggers = self._triggers(toks)
        p_none = probs.get("none", 0.3) if probs else 0.3
        top = max((v for k, v in probs.items() if k != "none"), default=0.0) if probs else 0.3
        eventness = 1.0 - p_none
        cands: list[_Cand] = []
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
                    pc = self.classifier.scores(features_of(parts[i] for i in ids if i in parts))
                    pc = {k: float(pc[i]) for i, k in enumerate(self.classifier.labels)}
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
                else:
                    score = strength
                if score > best_score:
                    best, best_score = k, score
            if best is None:
                continue
            cands.append(_Cand(kind=best, trig=tok, sent=sent, conf=best_score))
        # the classifier alone, when no trigger spoke and it is sure
        if probs and not cands:
            k = max((x for x in probs if x != "none"), key=probs.get)
            root = sent.root
            if probs[k] > 0.55 and probs[k] > 2 * p_none and root.lemma_.lower() not in LIGHT_VERBS:
                cands.append(_Cand(kind=k, trig=root, sent=sent, conf=0.45 + 0.4 * probs[k]))
        # a demanded, prevented or purposed occurrence is none ("to protest the policies")
        kept = []
        for c in cands:
            c.modality, drop = _modality(c.trig, sent)
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
            if _subordinate(c.trig):
                c.conf -= 0.06  # "the regions that had been taken over by X": background to the main clause
            c.background = _background(c.trig, sent)
            if c.background:
                c.conf -= 0.25
            c.evidence = [(sent.start_char, sent.end_char)]
            out.append(c)
        out = self._collapse_violence(out)
        zones = _zones(out)
        for c in out:
            c.zone = zones[c.trig.i]
        for c in out:
            self._arguments(doc, c, zones)
        for c in out:
            # "withdrew from the Morek post, handing it over to ...": the main clause's place
            if c.place is None or (c.place.kind or "") in ("country", "admin1", "region"):
                up = [c.trig.head, c.trig.head.head] if c.trig.dep_ in ("advcl", "xcomp", "conj") else []
                main = next((o for o in out if o is not c and o.trig in up and o.place is not None
                             and o.place_level >= 3 and (o.place.kind or "") not in ("country", "admin1")), None)
                if main is not None:
                    c.place, c.place_level = main.place, 2
        self._attach_quantities(out, quants)
        out = [c for c in out if not self._generic(doc, c) and not self._habitual(c)]
        out = self._check_arguments(doc, out)
        for c in out:
            c.anaphoric = self._anaphoric(doc, c)
        out = self._split(doc, out, quants)
        for c in out:
            c.acled = self._acled(c, sent)
        return out

    def _triggers(self, toks):
        lex = self.lexicon
        found: dict[int, tuple[object, set[str], float]] = {}
        lemmas = [t.lemma_.lower() for t in toks]
        lowers = [t.lower_.replace("’", "'") for t in toks]
        for i, t in enumerate(toks):
            if t.pos_ not in ("VERB", "NOUN", "ADJ", "PROPN") or t.ent_type_ in ("PERSON", "WORK_OF_ART", "LAW",
                                                                               "DATE", "TIME", "ORG", "EVENT",
                                                                               "FAC", "GPE", "NORP"):
                if not (t.pos_ in ("VERB", "NOUN") and t.ent_type_ in ("", "ORG") and not t.text[0].isupper()):
                    continue
            if t.pos_ == "PROPN" and t.text[0].isupper():
                continue
            kinds = set(lex.kinds_for(lemmas[i])) | set(lex.kinds_for(lowers[i]))
            strength = 0.6
            plen = 0
            for key in (lemmas[i], lowers[i]):
                for seq, kind in lex.phrases.get(key, ()):
                    n = len(seq)
                    if all(i + j < len(toks) and (seq[j] in (lemmas[i + j], lowers[i + j])) for j in range(n)):
                        if n == 2 and toks[i + 1].lower_ in PARTICLES and toks[i + 1].dep_ == "prep" and any(
                                g.dep_ == "pobj" for g in toks[i + 1].children) and any(
                                k.dep_ == "auxpass" for k in t.children):
                            continue   # "had been taken over the river": carried across, not taken over
                        kinds.add(kind)
                        strength = 0.85
                        plen = max(plen, n)
            if t.pos_ == "VERB":
                # a phrasal verb with its particle apart: "handed the base over", "pulled its troops out"
                for k in t.children:
                    if k.i > t.i and k.lower_ in PARTICLES and k.dep_ in ("prt", "prep", "advmod") and not (
                            k.dep_ == "prep" and any(g.dep_ == "pobj" for g in k.children)
                            and any(x.dep_ == "auxpass" for x in t.children)):
                        for seq, kind in lex.phrases.get(lemmas[i], ()):
                            if len(seq) == 2 and seq[1] == k.lower_:
                                kinds.add(kind)
                                strength = 0.85
            if not kinds:
                continue
            if t.dep_ == "compound" and t.pos_ == "NOUN" and not (
                    lex.kinds_for(t.head.lemma_.lower()) or lex.phrases.get(t.head.lemma_.lower())):
                continue   # "attack plans", "strike capability": a modifier, not an occurrence
            if strength < 0.8 and (lemmas[i] in NEVER_ALONE or lowers[i] in NEVER_ALONE):
                continue
            if lemmas[i] in GENERIC_VIOLENT and strength < 0.8:
                kinds |= VIOLENT_CHOICE
            if plen:
                t = _phrase_head(toks, i, plen)
            if len(kinds) == 1 and lemmas[i] not in WEAK:
                strength = max(strength, 0.75)
            found[t.i] = (t, kinds, strength)
        # verb + object patterns that words alone confuse
        for t in toks:
            if t.pos_ != "VERB":
                continue
            lem = t.lemma_.lower()
            objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
            objs += [g for c in objs for g in c.conjuncts]
            # "Gossi, ..., which Barkhane handed to the army": the relative pronoun's antecedent
            objs += [t.head for o in objs if o.lower_ in ("which", "that") and t.dep_ == "relcl"]
            # "a stash of firearms", "a cache of weapons": what the quantity is of
            objs += [g for o in objs if o.lemma_.lower() in CONTAINERS for k in o.children
                     if k.dep_ == "prep" and k.lower_ == "of" for g in k.children if g.dep_ == "pobj"]
            words = {o.lemma_.lower() for o in objs} | {o.lower_ for o in objs}
            ctl = lem in ("take", "seize", "gain", "wrest", "regain", "assume") and any(
                o.lemma_.lower() == "control" for o in objs)
            if lem in LAUNCH and words & WEAPON_NOUNS and not t.i in found:
                # "fired a number of missiles at", "dropped bombs on": the firing is the attack
                kinds = {k for k in ("airstrike", "shelling", "explosion", "grenade", "chemical_attack")
                         if words & CUES[k]} or {"shelling"}
                found[t.i] = (t, kinds, 0.85)
            if lem in ("vote", "approve", "pass", "ratify", "adopt") and any(
                    x.lemma_.lower() in LEGISLATORS for k in t.children if k.dep_ == "nsubj" for x in k.subtree) and (
                    lem == "vote" or words & LEGIS_NOUNS):
                # "Niger's parliament voted 131 to 31 to allow ...", "the senate passed the bill"
                found[t.i] = (t, {"legislation"}, 0.9)
            if lem in ("sign", "issue", "promulgate", "publish") and words & {"decree", "law", "bill", "ordinance",
                                                                             "legislation", "statute"}:
                found[t.i] = (t, {"legislation"}, 0.9)   # "Goita signed a decree setting ...": no agreement
            if lem in ("order", "send", "dispatch", "rush", "move", "deploy", "redeploy") and any(
                    (_is_force(o) or o.lemma_.lower() in MORE_FORCES) and o.pos_ == "NOUN" for o in objs) and any(
                    c.dep_ == "prep" and c.lower_ in ("to", "into", "towards", "toward") for c in t.children):
                # "ordered 20,000 reservists to the border", "sent troops to the region"
                found[t.i] = (t, {"deployment"}, 0.9)
            if lem in GIVE_OVER and (words & BASE_NOUNS or words & TERRAIN or any(
                    self._is_place(o) and o.ent_type_ not in ("PERSON", "ORG", "NORP") for o in objs)) and any(
                    c.dep_ in ("prep", "dative") and c.lower_ == "to" or c.dep_ == "prt" and c.lower_ == "over"
                    for c in t.children) and not words & WEAPON_NOUNS and t.i not in found:
                # "handed their forward operating base in Ménaka to the army", "which X handed to the army"
                found[t.i] = (t, {"handover"}, 0.9)
            elif lem in ESTABLISH and words & BASE_NOUNS:
                found[t.i] = (t, {"deployment"}, 0.9)
            elif lem == "shoot" and any(k.dep_ == "prt" and k.lower_ == "down" for k in t.children) and \
                    words & MANNED_AIRCRAFT:
                # "shot down two army helicopters, killing 13": a fight with their crews, not a weapon disrupted
                found[t.i] = (t, {"clash"}, 0.9)
            elif lem in DISRUPT and (words & WEAPON_NOUNS or lem in ("defuse", "intercept")):
                found[t.i] = (t, {"weapons_seizure"}, 0.9)
            elif (lem in CAPTURE or ctl) and (words & TERRAIN or ctl or any(
                    o.ent_type_ in ("GPE", "LOC", "FAC") or self._is_place(o) for o in objs)) \
                    and not words & WEAPON_NOUNS:
                found[t.i] = (t, {"territory_change"}, 0.9)
            elif lem in CAPTURE and lem not in ("free", "liberate", "recover", "clear") and objs and all(
                    o.ent_type_ == "PERSON" or o.lemma_.lower() in CAPTIVES
                                                  or o.lemma_.lower() in CIVILIAN_NOUNS for o in objs):
                found[t.i] = (t, {"abduction", "arrest"}, 0.75)
        # standing strength: "some 2,400 foreign troops are based in the country"
        for t in toks:
            if t.lower_ in ("troops", "soldiers", "personnel", "forces", "servicemen", "trainers", "marines") \
                    and any(c.like_num for c in t.children) and t.i not in found and (
                    t.dep_ in ("attr",) or t.head.lemma_.lower() in ("be", "remain", "number", "have", "keep",
                                                                     "maintain", "station", "base", "host")
                    or any(c.lemma_.lower() in ("base", "station") and c.dep_ == "acl" for c in t.children)):
                found[t.i] = (t, {"troop_level"}, 0.8)
            elif t.lower_ in STRENGTH_NOUNS and any(c.like_num for c in t.children) and \
                    _stative_strength(t):
                # "some 2,400 soldiers were deployed in Mali", "650 troops are expected to stay":
                # a count of troops that are somewhere, not a movement
                found.pop(t.head.i, None)
                found[t.i] = (t, {"troop_level"}, 0.85)
        # "officially some 2,500 were in the country": a bare count of troops as subject of 'be'
        for t in toks:
            if t.like_num and t.dep_ == "nsubj" and t.head.lemma_.lower() in ("be", "remain") and \
                    t.i not in found and any(c.dep_ == "prep" and c.lower_ == "in" for c in t.head.children) and \
                    any(x.lower_ in STRENGTH_NOUNS for x in toks):
                found[t.i] = (t, {"troop_level"}, 0.8)
        return list(found.values())

    def _anchor_of(self, d: EventDate) -> str | None:
        tx = next((x for x in self._timexes if x.text == d.text and x.start_date == d.start), None)
        return tx.anchor if tx is not None else None

    def _is_place(self, tok) -> bool:
        """Did the places stage read the token as a place (whatever the parser's entity label)?"""
        return any(span.start <= tok.i < span.end and (p.kind or "") not in ("demonym",)
                   for p, span in self._pspans)

    def _dedupe_sentence(self, cands: list[_Cand]) -> list[_Cand]:
        out: list[_Cand] = []
        for c in sorted(cands, key=lambda c: -c.conf):
            cl = _clause(c.trig)
            same = [o for o in out if o.kind == c.kind and (o.trig.head.i == c.trig.i or c.trig.head.i == o.trig.i
                                                           or abs(o.trig.i - c.trig.i) <= 2
                                                           or o.trig.i in cl or c.trig.i in _clause(o.trig))]
            if same:
                continue
            out.append(c)
        # a noun inside another trigger's argument ("cut back on training") is that event's detail
        keep = []
        for c in out:
            if c.trig.pos_ == "NOUN" and c.kind not in VIOLENT and not (
                    c.kind == "troop_level" and any(k.like_num for k in c.trig.children)):
                heads = [h for h in list(c.trig.ancestors)[:3]]
                if any(o is not c and o.trig in heads and o.trig.pos_ == "VERB" and o.conf >= c.conf - 0.1
                       for o in out):
                    continue
            keep.append(c)
        keep.sort(key=lambda c: c.trig.i)
        return keep

    def _words(self, sent) -> set:
        """The sentence's lower-case forms and lemmas (once per sentence)."""
        got = self._word_sets.get(sent.start)
        if got is None:
            # a month is no march ("in late March"): words of dates are left out
            toks = [t for t in sent if not (t.ent_type_ in ("DATE", "TIME") and t.text[:1].isupper())]
            got = self._word_sets[sent.start] = {t.lower_ for t in toks} | {t.lemma_.lower() for t in toks}
        return got

    def _refine_kind(self, c: _Cand, sent, probs) -> str:
        words = self._words(sent)
        if c.kind == "protest" and _state_protest(c.trig, self.actors):
            return "diplomacy"   # "Baghdad protested to Washington": a diplomatic protest
        if c.kind == "protest" and c.trig.lemma_.lower() in ("gather", "assemble", "mass", "concentrate") and any(
                (k.lemma_.lower() in ARMED_NOUNS or k.lower_ in FORCE_NOUNS)
                for s in c.trig.children if s.dep_ in ("nsubj", "nsubjpass")
                for k in [s] + [g for p in s.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]):
            return "deployment"   # "thousands of fighters had gathered in a camp": forces massing, no protest
        demo = bool(words & PROTESTERS or words & DEMO_WORDS)
        if c.kind == "arrest" and demo and _demonstration(sent) != "riot" and any(
                _word_class(k) == "protester" for k in c.trig.children if k.dep_ in ("dobj", "nsubjpass")):
            return "protest"    # protesters detained at a demonstration: a protest with intervention
        if c.kind in ("protest", "riot", "clash", "attack", "property_destruction") and demo:
            how = _demonstration(sent)
            if how == "riot" and words & {"mob", "lynch", "lynching", "vigilante", "vigilantes"} and \
                    not words & DEMO_WORDS:
                return "mob_violence"   # "set ablaze by an angry mob": no demonstration
            if how == "riot":
                return "riot"
            if c.kind == "riot":
                return "protest"
            if how in ("force", "intervention") and c.kind in ("attack", "clash"):
                return "protest"    # the authorities' violence against a demonstration
            if c.kind == "protest":
                return c.kind
        if c.kind in ("explosion", "shelling", "airstrike") and words & {"defuse", "defused", "dismantle",
                                                                          "dismantled", "intercept", "intercepted",
                                                                          "neutralized", "neutralised",
                                                                          "disposal", "thwart", "foil", "foiled"} \
                and not words & {"killed", "kill", "killing", "wounded", "wound", "injured", "injure", "dead", "died"}:
            return "weapons_seizure"   # a bomb made safe; one that went off while being defused is an explosion
        if c.kind == "weapons_seizure" and c.trig.lemma_.lower() in ("detonate", "explode", "blow") and \
                not words & {"controlled", "disposal", "safely", "defuse", "defused"}:
            return "explosion"
        if c.kind == "attack" and (words & {"clash", "clashes", "clashed", "fighting", "battle", "firefight",
                                            "gunfight", "fought", "exchanged", "skirmish", "skirmishes", "shootout",
                                            "gunbattle", "encounter"} or re.search(r"\b(shoot-out|gun battle|gun-battle|"
                                                                                r"exchange of fire)\b", sent.text.lower())):
            c.kind = "clash"
        if c.kind not in ("attack", "clash", "airstrike", "shelling", "explosion", "property_destruction"):
            return c.kind
        if c.kind == "clash" and any(k.dep_ == "prt" and k.lower_ == "down" for k in c.trig.children):
            return c.kind   # the aircraft shot down is the target, not the weapon
        if c.kind == "clash":
            t = c.trig
            words = {x.lower_ for x in t.subtree} | {x.lower_ for x in sent[max(0, t.i - sent.start - 2):t.i - sent.start + 3]}
        else:
            words = {t.lower_ for t in _near(c.trig, sent)}
        # the weapon decides a remote attack: the platform first ("a drone fired missiles" is an
        # airstrike), then the munition ("Iran's missile attack" is shelling, whatever the
        # classifier guessed)
        adjacent = {k.lower_ for k in c.trig.children if k.dep_ in ("compound", "amod", "nmod")} | {c.trig.lower_}
        if {"air", "aerial"} & adjacent:
            words = words | {"airstrike"}   # "air strike", "air raid", "aerial attack"
        if CUES["chemical_attack"] & self._words(sent) and not re.search(r"\btear ?gas", sent.text.lower()):
            words = words | {"chemical"}   # poison gas told anywhere in the sentence
        cued = [k for k in ("suicide_bombing", "chemical_attack", "grenade", "airstrike", "shelling", "explosion")
                if words & CUES[k] and (adjacent & CUES[k] or not (
                    probs and probs.get(k, 0) < 0.02 and k not in ("suicide_bombing", "grenade")))]
        if not cued or c.kind == "property_destruction" and "explosion" not in cued:
            return c.kind
        return cued[0]

    def _collapse_violence(self, cands: list[_Cand]) -> list[_Cand]:
        """A generic and a specific report of one act of violence in one sentence are one event."""
        violent = [c for c in cands if c.kind in VIOLENT and c.modality == "asserted"]
        if len(violent) < 2:
            return cands
        # the word that names the act ("strike", "bombing") over one that tells its toll ("killed")
        keep = max(violent, key=lambda c: c.conf + 0.03 * SPECIFICITY.get(c.kind, 0)
                   + (0.15 if c.trig.lemma_.lower() not in TOLL_WORDS else 0.0))
        keep.victims = max(_named_victims(c.trig) for c in violent)
        out = []
        for c in cands:
            if c in violent and c is not keep and c.kind in ("attack", "clash", "explosion", "airstrike",
                                                               "shelling"):
                keep.conf = max(keep.conf, c.conf)
                keep.clause |= _clause(c.trig)
                continue
            out.append(c)
        return out

    # -- arguments -----------------------------------------------------------------------
    def _arguments(self, doc: Document, c: _Cand, zones: dict) -> None:
        t = c.trig
        actors, targets = _roles(t, c.kind)
        c.actors = _dedupe([a for h in actors for a in self._actor_names(doc, h)])
        c.targets = _dedupe([a for h in targets for a in self._actor_names(doc, h)])
        c.targets = [x for x in c.targets if x not in c.actors]
        if not c.actors and c.kind == "troop_level" and t.like_num:
            # "650 American troops are to stay; some 2,500 were in the country": the force counted before
            forces = [x for x in c.sent if x.lower_ in STRENGTH_NOUNS and x.i < t.i]
            if forces:
                c.actors = self._actor_names(doc, forces[-1])
        if not c.actors:
            c.actors = self._governing_actors(doc, t)
        if not c.actors and actors:
            c.actors = _subject_text(actors[0])
        if c.kind == "clash":
            # the armed groups named in the battle's own clause are its sides
            toks = sorted(c.zone)
            if toks:
                a, b = doc.parsed[toks[0]].idx, doc.parsed[toks[-1]].idx + len(doc.parsed[toks[-1]])
                for m in self._mentions:
                    if a <= m.start < b and (m.actor.type or "") in ARMED_TYPES and not m.demonym and \
                            doc.parsed.char_span(m.start, m.end, alignment_mode="expand") is not None and \
                            doc.parsed.char_span(m.start, m.end, alignment_mode="expand").root.i in c.zone:
                        c.actors = _dedupe(c.actors + [m.actor.name])
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
                                                 exclude=others - c.zone)
        if c.place is None or (c.place.kind or "") in ("country", "admin1", "region"):
            # "The base drew attention when rockets struck it": the base of the sentence
            ref = self._anaphoric_place(doc, c, set(range(c.sent.start, c.sent.end)) - others)
            if ref is not None:
                c.place, c.place_level = ref, 2
        # date
        c.date, c.date_own, c.link = self._date(doc, c, zones)

    def _check_arguments(self, doc: Document, cands: list[_Cand]) -> list[_Cand]:
        """Kinds that their arguments confirm, correct or rule out."""
        out = []
        for c in cands:
            t = c.trig
            lem = t.lemma_.lower()
            args = [k for k in t.children if k.dep_ in ("dobj", "nsubjpass")] if t.pos_ == "VERB" else []
            if t.pos_ == "VERB" and not args and t.dep_ == "conj" and not any(k.dep_ == "nsubj" for k in t.children):
                # "others were treated in Germany or had been sent home": the first verb's subject
                args = [k for k in t.head.children if k.dep_ in ("nsubjpass",)]
            args += [g for a in args for g in a.conjuncts]
            arg_words = {a.lemma_.lower() for a in args} | {a.lower_ for a in args}
            subj = [k for k in t.children if k.dep_ == "nsubj"] if t.pos_ == "VERB" else []
            if c.kind == "legislation" and t.pos_ == "VERB" and lem in LEGIS_VERBS:
                # "approved a bill", "lawmakers voted": not "accused him of approving the assault"
                subj_words = {x.lemma_.lower() for k in subj for x in k.subtree}
                if not (arg_words & LEGIS_NOUNS or subj_words & LEGISLATORS or lem == "vote"
                        and any(k.dep_ in ("xcomp", "prep") for k in t.children)):
                    continue
            if c.kind == "agreement" and lem in ("release", "free", "swap", "exchange") and t.pos_ == "VERB" \
                    and not arg_words & CAPTIVES:
                continue   # "the figures were released"
            movable = [a for a in args if not self._is_place(a)]   # a misparsed place is not what moved
            if c.kind in ("deployment", "withdrawal") and t.pos_ == "VERB" and lem in MOVERS and movable and \
                    not any(_is_force(a) for a in movable):
                continue   # "others were sent to Germany for treatment"
            if c.kind == "withdrawal" and lem == "leave" and any(
                    x.lemma_.lower() in ("dead", "injured", "wounded", "homeless", "stranded", "destitute")
                    for x in t.subtree if x.i > t.i):
                continue   # "clashes that left six soldiers dead"
            if c.kind == "statement" and t.dep_ == "acl" and t.tag_ == "VBN":
                continue   # "12 people accused of spying": a description
            if c.kind == "agreement" and t.pos_ == "VERB" and not any(k.dep_ in ("nsubj", "nsubjpass")
                                                                         for k in t.children) and \
                    any(k.dep_ in ("mark", "advmod") and k.lower_ in ("where", "as", "when", "if") for k in t.children):
                continue   # "joint patrols where agreed": a condition, not an agreement
            if c.kind == "military_aid" and lem == "transfer" and (
                    any(x.lemma_.lower() in REF_NOUNS and REF_NOUNS[x.lemma_.lower()] is _INSTALLATION
                        for x in t.subtree) or any(p.kind == "installation" and span.root.i in {x.i for x in t.subtree}
                                                    for p, span in self._pspans)):
                c.kind = "handover"   # "further transfers, including the air base": bases change hands
            if c.kind == "deployment" and any(x.lemma_.lower() in ("escape", "flee", "evade") for x in t.subtree):
                c.kind = "withdrawal"   # "soldiers crossed into Tajikistan to escape the fighting": flight
            if c.kind in ("deployment", "withdrawal", "troop_level") and _civilian_movers(t):
                continue   # diplomats leaving, residents evacuated: not forces moving
            if c.kind == "deployment" and t.pos_ == "VERB" and lem in STANDING and _standing(t):
                # "300 personnel had been stationed at the airfield": a presence, not a movement;
                # the counted force's own mention ("5,200 troops") is the same figure
                nouns = [o for o in cands if o.kind == "troop_level" and o.trig.pos_ == "NOUN" and o.trig.i in c.zone]
                if "personnel" in c.quantities or any("personnel" in o.quantities for o in nouns):
                    c.kind = "troop_level"
                    c.conf = max([c.conf] + [o.conf for o in nouns])
                    for o in nouns:
                        for k, v in o.quantities.items():
                            c.quantities.setdefault(k, v)
                        o.kind = "merged"
                else:
                    continue
            if c.kind == "merged":
                continue
            if c.kind in ACCIDENT_PRONE and _accident(self._words(c.sent)):
                continue   # "a chemical leak killed ten", "a boiler exploded": no one attacked
            if c.kind in ("attack", "clash") and not c.headline:
                c.kind = _attack_or_clash(c, self.actors)
            if c.kind == "troop_level" and "personnel" not in c.quantities and t.lemma_.lower() in (
                    "troop", "soldier", "force", "personnel", "contingent", "presence"):
                continue   # "the repositioning of troops": no strength is told
            out.append(c)
        # a force counted as the object of a movement is that movement's figure, not a troop level
        movers = [c for c in out if c.kind in ("deployment", "withdrawal", "handover") and c.trig.pos_ == "VERB"]
        return [c for c in out if not (c.kind == "troop_level" and c.trig.pos_ == "NOUN" and any(
            m.trig.i != c.trig.i and c.trig.i in m.zone for m in movers))]

    def _own_date(self, c: _Cand) -> bool:
        ids = {x.i for x in c.trig.subtree} if c.trig.pos_ == "NOUN" else c.zone
        return any(span.start in ids and tx.start_date is not None and tx.end_date is not None
                   and (tx.end_date - tx.start_date).days <= 31 and not tx.approximate
                   for tx, span in self._tspans)

    def _own_specifics(self, doc: Document, c: _Cand) -> bool:
        """Does the mention carry its own day-to-month date, town-or-finer place or count?"""
        ids = {x.i for x in c.trig.subtree} if c.trig.pos_ == "NOUN" else c.zone
        for tx, span in self._tspans:
            if span.start in ids and tx.start_date is not None and tx.end_date is not None and \
                    (tx.end_date - tx.start_date).days <= 31 and not tx.approximate:
                return True
        if c.place is not None and c.place_level >= 3 and (c.place.kind or "") not in ("country", "region",
                                                                                           "continent", "sea"):
            return True
        if c.quantities:
            return True
        return any(x.like_num and x.dep_ in ("nummod", "dobj", "nsubj", "nsubjpass") for x in doc.parsed[min(ids):max(ids) + 1]
                   if x.i in ids) if ids else False

    def _generic(self, doc: Document, c: _Cand) -> bool:
        """A mention that reports no occurrence: plural with no count, date or place of its own
        ('the recent missile attacks against bases'), or a passing one ('the battle against X')."""
        t = c.trig
        if t.pos_ != "NOUN" or c.kind == "troop_level":
            return False
        if t.dep_ == "compound" and t.head.pos_ == "NOUN":
            t = t.head   # "recent rocket fire": the phrase's head takes the position
        if _passing_mention(t) and not self._own_date(c):
            return True
        # a plural in a prepositional phrase, with nothing of its own: "unrelated to recent mortar
        # attacks on camps", "the result of a wave of attacks"
        head = t
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if t.tag_ in ("NNS", "NNPS") and head.dep_ in ("pobj", "compound", "appos", "npadvmod") and \
                t.lemma_.lower() not in PARTICIPANTS and c.kind not in ("protest", "riot") and not (
                    head.dep_ == "pobj" and head.head.lower_ == "of" and (head.head.head.like_num or
                                                                       head.head.head.lemma_.lower() in MULTITUDE)) \
                and not self._own_specifics(doc, c):
            return True
        return False

    @staticmethod
    def _habitual(c: _Cand) -> bool:
        """'have been struck several times over the past year': a pattern, not one event."""
        ids = c.zone or c.clause
        doc = c.trig.doc
        t = c.trig
        present = t.tag_ in ("VBP", "VBZ") and not any(k.dep_ in ("aux", "auxpass") for k in t.children)
        for i in ids:
            x = doc[i]
            if x.lower_ in HABITUAL and x.head.i in ids:
                return True
            if present and (x.lower_ in ("still", "nightly", "daily", "weekly") or x.lower_ == "every" and x.dep_ == "det"
                            or x.lower_ == "night" and x.head.lower_ == "at"):
                return True   # "where remnants still ambush security forces at night"
            if x.lower_ in ("times", "occasions") and any(k.lower_ in ("several", "many", "multiple", "numerous",
                                                                        "repeated", "countless") or k.like_num
                                                           for k in x.children):
                return True
        return False

    def _anaphoric(self, doc: Document, c: _Cand) -> bool:
        """'the transfer', 'the move', 'this attack': a definite noun with nothing of its own
        refers back to an event already told."""
        t = c.trig
        if t.pos_ in ("VERB", "AUX") and (t.dep_ in ("relcl", "acl") and t.head.lemma_.lower() in TIME_NOUNS or (
                t.left_edge.i > 0 and doc.parsed[t.left_edge.i - 1].lemma_.lower() in TIME_NOUNS
                and doc.parsed[t.left_edge.i - 1].i >= c.sent.start)):
            return True   # "on the morning he was killed": an event already told, as a time
        if t.pos_ != "NOUN":
            return False
        if not any(k.dep_ == "poss" or k.dep_ == "det" and k.lower_ in ("the", "this", "that", "such")
                   for k in t.children):
            return False
        if self._own_date(c):
            return False
        own = {x.i for x in t.subtree}
        return not any(span.root.i in own and (p.kind or "") not in ("country", "region", "continent", "sea", "admin1",
                                                                      "demonym")
                       and not _in_actor_np(self._text, p, span) for p, span in self._pspans)

    def _anaphoric_place(self, doc: Document, c: _Cand, ids: set | None = None) -> Location | None:
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
            ref = (x, cls)
            break
        if ref is None:
            return None
        x, cls = ref
        first = self._unit_starts[max(0, bisect.bisect_right(self._unit_starts, c.sent.start_char) - 7)]
        best = None
        for p, span in self._pspans:
            if p.start < first or p.start >= x.idx or p.lat is None:
                continue
            based = cls is _INSTALLATION and span.root.dep_ in ("compound", "nmod") and \
                REF_NOUNS.get(span.root.head.lemma_.lower()) is _INSTALLATION   # "the Gao base"
            if (p.kind or "") not in cls and not based or _reference_point(span) or \
                    not based and _in_actor_np(self._text, p, span):
                continue
            best = p
        return self._location(doc, best) if best is not None else None

    def _governing_actors(self, doc: Document, t) -> list[str]:
        """The subject of the clause the trigger hangs from ("Turkey launched an offensive, with
        warplanes pounding ...", "the Pentagon announced a package of assistance"), never across
        reported speech."""
        cur = t
        for _ in range(4):
            if cur.dep_ not in ("advcl", "acl", "conj", "xcomp", "pcomp", "pobj", "prep", "dobj",
                                "compound", "amod", "nmod", "attr", "npadvmod") or cur.head is cur:
                return []
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                subj = [k for k in cur.children if k.dep_ == "nsubj"]
                if subj:
                    names = _dedupe([a for h in subj for a in self._actor_names(doc, h)])
                    return names or _subject_text(subj[0])
        return []

    def _actor_names(self, doc: Document, head) -> list[str]:
        span = _np_span(head)
        s0, s1 = span[0].idx, span[-1].idx + len(span[-1])
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
        if ms or person:
            # a precise mention ("Saudi-led coalition") beats the demonym it contains
            precise = [m.actor.name for m in ms if not m.demonym]
            return _dedupe(([person] if person else []) + (precise or [m.actor.name for m in ms]))
        if head.pos_ == "PRON" and head.lower_ in ("it", "they", "he", "she", "we"):
            prev = [m for m in self._mentions if m.end <= head.idx and not m.demonym]
            if prev:
                return [prev[-1].actor.name]
            return []
        a, b = span.start, span.end
        ents = [e for e in self._ents if e.start >= a and e.end <= b and e.label_ in ("ORG", "NORP", "GPE", "PERSON")
                and not ((head.lemma_.lower() in TERRAIN or head.lemma_.lower() in REF_NOUNS)
                         and any(s.start < e.end and e.start < s.end and (p.kind or "") != "demonym"
                                 for p, s in self._pspans))
                and not any(d0 <= e.start_char < d1 for d0, d1 in self._datelines)]
        if ents:
            out = []
            for e in ents:
                txt = doc.text[e.start_char:e.end_char]
                if e.label_ == "PERSON":
                    ent = next((x for x in doc.entities if x.start == e.start_char), None)
                    txt = (ent.canonical if ent and ent.canonical else txt)
                out.append(re.sub(r"^(the|The)\s+", "", txt))
            return out
        if (head.lower_ in FORCE_NOUNS or head.lemma_.lower() in FORCE_NOUNS) and head.tag_ in ("NNS", "NNPS", "NN") \
                and head.dep_ != "compound":
            words = [x for x in head.lefts if x.dep_ in ("compound", "amod") and not x.like_num] + [head]
            txt = " ".join(x.text for x in words).strip()
            return [txt] if txt else []
        return []

    def _place(self, doc: Document, c: _Cand, token_ids: set, level: int, exclude: set = frozenset()):
        best, best_key = None, None
        cands = []
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
            if _in_actor_np(self._text, p, span):
                continue
            if _reference_point(span):
                continue
            if any(a.lower_ in ("out", "than") and a.i > c.trig.i and a.dep_ in ("prep", "advmod", "pcomp", "cc")
                   for a in list(span.root.ancestors)[:5]):
                continue   # "2,400 soldiers in Mali, out of about 4,300 in the Sahel": another figure's place
            cands.append((p, span))
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

    def _date(self, doc: Document, c: _Cand, zones: dict):
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
        best, best_key = None, None
        mines = []
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
                continue   # "since September", "down from 15,000 in 2019": another time than this event's
            ids = {x.i for x in span}
            mine = bool(ids & own)
            if not mine and ids & others:
                continue   # another event's own date
            key = (0 if mine else 1, _tree_distance(span.root, c.trig))
            if best_key is None or key < best_key:
                best, best_key = tx, key
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
            return EventDate(best.start_date, best.end_date, best.text), True, None
        if self.date_for_span is not None and own and c.modality == "asserted" and not _present(c.trig):
            toks = sorted(own)
            a, b = doc.parsed[toks[0]], doc.parsed[toks[-1]]
            try:
                got = _as_date(self.date_for_span(doc, a.idx, b.idx + len(b)))
            except Exception:
                got = None
            if got is not None:
                return got, False, None
        return None, False, None

    # -- quantities ----------------------------------------------------------------------
    def _attach_quantities(self, cands: list[_Cand], quants: list[Quantity]) -> None:
        if not cands:
            return
        doc = cands[0].trig.doc
        for q in quants:
            def fit(c: _Cand) -> float:
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

    def _split(self, doc: Document, cands: list[_Cand], quants: list[Quantity]) -> list[_Cand]:
        """One trigger, several places or several counted forces: one event each."""
        out = []
        for c in cands:
            if c.kind in KIND_FOR_CONTEXT_MOVE:
                places = self._primary_places(doc, c)
                if len(places) >= 2:
                    places.sort(key=lambda p: p.start)
                    for i, p in enumerate(places):
                        e = _copy(c)
                        e.place, e.place_level = self._location(doc, p), 3
                        if i > 0:
                            e.quantities, e.qualifiers = {}, {}
                        # "Taji on June 1, Besmaya on June 4 and Tessalit on Sunday": each its own date
                        end = places[i + 1].start if i + 1 < len(places) else c.sent.end_char
                        own = [tx for tx, _ in self._tspans if p.end <= tx.start < end and tx.type in ("DATE", "TIME")
                               and tx.start_date is not None and tx.end_date is not None]
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

    def _list_tail(self, doc: Document, c: _Cand) -> set:
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
        if not any(i in in_place for i in c.zone):
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

    def _primary_places(self, doc: Document, c: _Cand) -> list[Place]:
        parsed = doc.parsed
        got: list[tuple[Place, object]] = []
        zone = c.zone | self._list_tail(doc, c)
        for p, span in self._pspans:
            if not any(x.i in zone for x in span):
                continue
            kind = (p.kind or "").lower()
            if kind not in ("installation", "city", "town", "village") or _reference_point(span) \
                    or _in_actor_np(self._text, p, span):
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

    # -- ACLED -----------------------------------------------------------------------------
    def _acled(self, c: _Cand, sent) -> dict[str, str] | None:
        """The ACLED sub-event type, by ACLED's rules: who acted against whom, and how."""
        base = self.acled_map.get(c.kind)
        words = self._words(sent)
        text = sent.text.lower()
        sd = "Strategic developments"
        if c.kind == "protest":
            how = _demonstration(sent)
            sub = {"force": "Excessive force against protesters", "intervention": "Protest with intervention"}.get(
                how, "Peaceful protest")
            return {"event_type": "Protests", "sub_event_type": sub}
        if c.kind == "territory_change":
            if words & {"without", "peacefully", "handover", "handed", "hand", "vacate", "vacated", "evacuation",
                        "surrender", "surrendered", "agreement", "deal"} or (
                    words & {"withdraw", "withdrew", "withdrawn", "withdrawal", "abandon", "abandoned", "left", "leave"}
                    and not words & {"clash", "clashes", "fighting", "battle", "fierce", "heavy", "killed"}):
                return {"event_type": sd, "sub_event_type": "Non-violent transfer of territory"}
            side = self._side(c)
            if side == "state" or (side is None and words & {"recapture", "recaptured", "retake", "retook", "regain",
                                                             "regained", "liberate", "liberated", "liberation",
                                                             "reclaim", "reclaimed", "back"}):
                return {"event_type": "Battles", "sub_event_type": "Government regains territory"}
            return {"event_type": "Battles", "sub_event_type": "Non-state actor overtakes territory"}
        if c.kind in ("deployment", "group_change", "troop_level"):
            if re.search(r"\b(establish\w*|set(ting)? up|buil[dt]\w*|open\w*|construct\w*|erect\w*|install\w*)\b"
                         r".{0,60}\b(bases?|headquarters|camps?|outposts?|posts?|positions?|offices?|checkpoints?|"
                         r"points?|garrisons?|barracks|airstrips?)\b", text) or \
                    re.search(r"\b(new|relocat\w+|mov\w+) (its |their |a )?(military )?(base|headquarters|hq)\b", text):
                return {"event_type": sd, "sub_event_type": "Headquarters or base established"}
        if c.kind == "withdrawal" and _ground_passes(text):
            return {"event_type": sd, "sub_event_type": "Non-violent transfer of territory"}
        return dict(base) if base else None

    def _side(self, c: _Cand) -> str | None:
        """'state' or 'nonstate': who acts. The subject's head decides ("Syrian army and allied
        fighters": the army), through the actor dictionary's types, else its words."""
        t = c.trig
        heads = [k for k in t.children if k.dep_ == "nsubj"] or \
            [g for k in t.children if k.dep_ == "agent" for g in k.children if g.dep_ == "pobj"]
        if not heads and t.dep_ in ("conj", "xcomp", "advcl") and t.head.i != t.i:
            heads = [k for k in t.head.children if k.dep_ == "nsubj"]
        for h in heads[:1]:
            side = self._phrase_side(h)
            if side:
                return side
        kinds = set()
        for name in c.actors:
            a = self.actors.get(name) if self.actors is not None else None
            if a is not None and a.type:
                kinds.add("state" if a.type in STATE_TYPES else "nonstate")
        return kinds.pop() if len(kinds) == 1 else None

    def _phrase_side(self, h) -> str | None:
        """The side of a subject phrase: its own words first, then a dictionary actor in it."""
        own = [x for x in h.subtree if x.i <= h.i or x.dep_ in ("amod", "compound")]
        words = {x.lower_ for x in own} | {x.lemma_.lower() for x in own}
        text = " ".join(x.lower_ for x in h.subtree)
        head = h.lemma_.lower()
        if words & NONSTATE_WORDS or any(w in text for w in NONSTATE_WORDS if " " in w):
            if head in NONSTATE_WORDS or not words & {"government", "regime", "state", "national"}:
                return "nonstate"
        if head in ("army", "military", "troop", "soldier", "police", "government", "regime", "gendarmerie",
                    "marine", "navy") or words & {"government", "regime", "pro-government", "loyal", "national",
                                                   "state", "official"}:
            return "state"
        if self.actors is not None:
            s0, s1 = h.left_edge.idx, h.right_edge.idx + len(h.right_edge)
            for m in self._mentions:
                if s0 <= m.start < s1 and m.actor.type:
                    return "state" if m.actor.type in STATE_TYPES else "nonstate"
        if words & STATE_WORDS:
            return "state"
        return None

    # -- merging across sentences ----------------------------------------------------------
    def _merge(self, cands: list[_Cand]) -> list[_Cand]:
        out: list[_Cand] = []
        for c in cands:
            target = None
            if c.anaphoric:
                near = [o for o in reversed(out) if c.unit - o.last_unit <= 6]
                target = next((o for o in near if o.kind == c.kind), None) or \
                    next((o for o in near if _family(o.kind) == _family(c.kind)), None)
                if target is not None:
                    target.evidence += c.evidence
                    target.last_unit = max(target.last_unit, c.unit)
                    target.conf = min(0.99, max(target.conf, c.conf) + 0.03)
                    if target.link is None and c.link is not None and not target.date_own:
                        target.link = c.link
                    c._merged_into = target
                    continue
                if c.unit > 2 and not c.quantities:
                    continue   # a reference back to something the report never told: nothing new
            for o in reversed(out):
                if _compatible(o, c, self._related):
                    target = o
                    break
            if target is None:
                out.append(c)
                continue
            target.evidence += c.evidence
            target.last_unit = max(target.last_unit, c.unit)
            target.conf = min(0.99, max(target.conf, c.conf) + 0.05)
            target.actors = _dedupe(target.actors + c.actors)
            target.targets = _dedupe([x for x in target.targets + c.targets if x not in target.actors])
            if target.kind != c.kind and target.kind in VIOLENT and c.kind in VIOLENT and \
                    SPECIFICITY.get(c.kind, 0) > SPECIFICITY.get(target.kind, 0) and target.kind in ("attack",):
                target.kind, target.acled = c.kind, c.acled
            for k, v in c.quantities.items():
                if k not in target.quantities or k in ("fatalities", "injured") and v > target.quantities[k] \
                        and target.qualifiers.get(k) == "minimum":
                    target.quantities[k] = v
                    if k in c.qualifiers:
                        target.qualifiers[k] = c.qualifiers[k]
                    else:
                        target.qualifiers.pop(k, None)
            if c.place is not None and (target.place is None or c.place_level > target.place_level):
                target.place, target.place_level = c.place, c.place_level
            if c.date is not None and (target.date is None or (c.date_own and not target.date_own)):
                target.date, target.date_own = c.date, c.date_own
            if target.link is None and c.link is not None:
                target.link = c.link
            c._merged_into = target
        self._all = cands
        return out

    def _resolve_links(self, doc: Document, events: list[_Cand]) -> None:
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

    def _fallback_country(self, doc: Document, cands: list[_Cand]) -> None:
        """An event with no place takes the country the article is about, when one dominates:
        counted over the places it names as places (not "French troops", not "Iraq's army"), the
        sentences of its events' own places counting twice."""
        counts: dict[str, float] = {}
        for p, span in self._pspans:
            if not p.country or (p.kind or "") == "demonym" or _is_demonym(span) or \
                    _in_actor_np(self._text, p, span):
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


# -- helpers ---------------------------------------------------------------------------------
def _units(parsed):
    """Sentences, with fragments the parser split off ("[Camp Arena] in ...") glued back."""
    sents = list(parsed.sents)
    out = []
    for s in sents:
        first = next((t for t in s if not t.is_space), None)
        if first is None:
            continue
        if out and (first.text in ("[", "(", ")", "]") or first.is_lower and first.is_alpha) \
                and not out[-1].text.rstrip().endswith((".", "!", "?", ":")):
            out[-1] = parsed[out[-1].start:s.end]
        else:
            out.append(s)
    return out


_INSTALLATION = ("installation", "facility")
_SETTLEMENT = ("city", "town", "village", "neighbourhood", "district", "admin2")
REF_NOUNS = {**{w: _INSTALLATION for w in ("base", "airbase", "airfield", "airport", "camp", "outpost",
                                           "garrison", "post", "facility", "compound", "installation",
                                           "barracks", "fort", "airstrip", "port")},
             **{w: _SETTLEMENT for w in ("town", "city", "village", "district", "neighbourhood",
                                         "neighborhood", "locality", "settlement")},
             **{w: ("admin1", "admin2") for w in ("province", "governorate", "region", "state")},
             **{w: ("country",) for w in ("country", "nation")}}
DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'’.\- ]{2,40}(?:,[ \t]*[A-Z][\w.'’\- ]{1,30}?)?"
                      r"(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]*\d{1,2})?)[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?(?:—|–|--|-)[ \t]")
PARTICLES = {"over", "out", "back", "off", "down", "up", "away", "in", "into", "home"}
REF_KEYS = frozenset(REF_NOUNS)
CORE_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "ROOT", "conj", "appos"}


def _zones(cands) -> dict:
    """Each event's own tokens: a verb's clause, a noun's phrase (its governing clause too
    when it is the subject or object), less what events nested inside it own."""
    base = {}
    for c in cands:
        t = c.trig
        if t.pos_ in ("VERB", "AUX") or t.dep_ in CORE_DEPS:
            base[t.i] = set(c.clause) | {x.i for x in t.subtree}
        else:
            base[t.i] = {x.i for x in t.subtree}
    zones = {}
    for c in cands:
        z = set(base[c.trig.i])
        for o in cands:
            if o is c or o.trig.i == c.trig.i:
                continue
            if o.trig.i in z and c.trig.i not in base[o.trig.i]:
                z -= base[o.trig.i]
        zones[c.trig.i] = z
    return zones


LEGIS_VERBS = {"approve", "pass", "adopt", "vote", "ratify", "enact", "endorse", "reject", "amend", "table"}
LEGIS_NOUNS = {"bill", "law", "resolution", "motion", "budget", "amendment", "decree", "measure", "legislation",
               "act", "treaty", "constitution", "draft", "referendum", "proposal", "ordinance", "statute"}
LEGISLATORS = {"lawmaker", "parliament", "mp", "deputy", "senate", "senator", "congress", "assembly", "council",
               "legislature", "legislator", "house", "chamber", "parliamentarian", "representative", "duma",
               "knesset", "majlis"}
CAPTIVES = {"prisoner", "prisoners", "hostage", "hostages", "detainee", "detainees", "captive", "captives",
            "soldier", "soldiers", "people", "civilians", "fighters", "journalist", "journalists", "worker",
            "workers", "activist", "activists", "member", "members", "women", "children", "men", "student",
            "students", "crew", "sailors", "pow", "pows"}
MOVERS = {"send", "move", "transfer", "rush", "dispatch", "relocate", "shift", "fly", "ship", "airlift",
          "bring", "return", "evacuate", "pull"}
STANDING = {"station", "base", "garrison", "post", "deploy", "position", "host"}
ARMED_NOUNS = {"soldier", "troop", "force", "police", "policeman", "officer", "army", "military", "checkpoint",
               "patrol", "base", "convoy", "post", "outpost", "position", "barracks", "militant", "fighter",
               "rebel", "insurgent", "jihadist", "militia", "militiaman", "gunman", "guard", "gendarme",
               "commander", "unit", "battalion", "brigade", "garrison", "marine", "serviceman", "personnel",
               "trooper", "paramilitary", "combatant", "sniper", "camp", "tank", "vehicle", "sentry", "recruit",
               "security", "member", "defender", "terrorist", "bandit", "extremist", "guerrilla", "separatist",
               "mercenary", "peacekeeper", "gendarmerie", "legionnaire"}
CIVILIAN_NOUNS = {"civilian", "villager", "resident", "passenger", "worker", "student", "child", "woman",
                  "man", "people", "person", "family", "farmer", "shepherd", "pilgrim", "worshipper",
                  "journalist", "teacher", "doctor", "nurse", "aid", "market", "school", "hospital", "mosque",
                  "church", "village", "home", "house", "bus", "shop", "wedding", "funeral", "refugee",
                  "migrant", "protester", "demonstrator", "trader", "driver", "tourist", "boy", "girl",
                  "bystander", "fisherman", "herder", "chief", "cleric", "imam", "priest", "official",
                  "politician", "candidate", "activist", "lawyer", "judge", "businessman"}


def _is_force(tok) -> bool:
    lem = tok.lemma_.lower()
    return lem in ARMED_NOUNS or tok.lower_ in FORCE_NOUNS or lem in ("reinforcement", "contingent", "jet",
                                                                      "warship", "aircraft", "helicopter",
                                                                      "equipment", "asset", "carrier") \
        or tok.lower_ in ("they", "them", "we", "it", "he", "she") or tok.ent_type_ in ("ORG", "NORP")


NON_FORCES = {"diplomat", "staff", "ambassador", "envoy", "embassy", "resident", "citizen", "national",
              "tourist", "expatriate", "employee", "civilian", "people", "family", "refugee", "migrant", "patient",
              "student", "worker", "villager", "journalist", "population", "inhabitant", "child", "woman",
              "passenger", "delegation", "minister", "president", "pilgrim", "evacuee"}


def _civilian_movers(t) -> bool:
    """Who moves, when it is clearly not a force: 'gave embassy staff 72 hours to leave',
    'evacuate residents', 'the evacuation of thousands of people'."""
    if t.pos_ in ("VERB", "AUX"):
        movers = [k for k in t.children if k.dep_ in ("dobj", "nsubjpass")] or \
            [k for k in t.children if k.dep_ == "nsubj"]
        if not movers and t.dep_ in ("xcomp", "advcl", "acl", "relcl"):
            movers = [k for k in t.head.children if k.dep_ in ("dobj", "dative", "nsubj")]
    else:
        movers = [g for k in t.children if k.dep_ == "prep" and k.lower_ == "of" for g in k.children
                  if g.dep_ == "pobj"] + [k for k in t.children if k.dep_ == "poss"]
    words = set()
    for m in movers:
        words |= {m.lemma_.lower()}
        if m.lemma_.lower() in MULTITUDE or m.like_num:
            words |= {g.lemma_.lower() for k in m.children if k.dep_ == "prep" for g in k.children}
        words |= {k.lemma_.lower() for k in m.children if k.dep_ == "compound"}
    return bool(movers) and bool(words & NON_FORCES) and not words & ARMED_NOUNS and not any(
        x.lower_ in FORCE_NOUNS for m in movers for x in m.subtree if x.lower_ not in ("people", "civilians"))


def _standing(t) -> bool:
    """'are stationed in', 'had been based at', 'troops stationed in Iraq': a presence."""
    if t.dep_ == "acl":
        return True
    pas = any(k.dep_ == "auxpass" for k in t.children)
    if not pas:
        return t.lemma_.lower() in ("host",) and any(k.dep_ == "aux" and k.lemma_ == "have" for k in t.children)
    if t.lemma_.lower() == "deploy":
        # "were deployed to the border" moves; "are deployed in the north" stays
        to = any(k.dep_ == "prep" and k.lower_ in ("to", "into", "towards") for k in t.children)
        present = any(k.dep_ == "auxpass" and k.tag_ in ("VBP", "VBZ") for k in t.children) or \
            any(k.lemma_ in ("remain", "stay") for k in t.ancestors)
        return present and not to
    return True


def _attack_or_clash(c, actors) -> str:
    """ACLED: violence against civilians is an attack; against soldiers, police, militants or
    their posts it is a battle (armed clash)."""
    t = c.trig
    heads = []
    if t.pos_ in ("VERB", "AUX"):
        heads += [k for k in t.children if k.dep_ in ("dobj", "nsubjpass")]
        heads += [g for k in t.children if k.dep_ == "prep" and k.lower_ in ("on", "against", "at")
                  for g in k.children if g.dep_ == "pobj"]
    else:
        heads += [g for k in t.children if k.dep_ == "prep" and k.lower_ in ("on", "against", "of")
                  for g in k.children if g.dep_ == "pobj"]
    # the counted dead and wounded ("killing 12 security force members")
    for x in c.sent:
        if x.lemma_.lower() in ("kill", "wound", "injure") and x.i in c.zone and x.i != t.i:
            heads += [k for k in x.children if k.dep_ in ("dobj", "nsubjpass")]
    heads += [g for h in heads for g in h.conjuncts]
    armed = civilian = 0
    for h in heads:
        words = {h.lemma_.lower()} | {k.lemma_.lower() for k in h.children if k.dep_ in ("compound", "amod")}
        if h.lemma_.lower() in MULTITUDE | {"member", "members", "some", "many", "all", "several"} or h.pos_ == "NUM":
            words |= {g.lemma_.lower() for k in h.children if k.dep_ == "prep" for g in k.subtree}
        if words & ARMED_NOUNS:
            armed += 1
        elif words & CIVILIAN_NOUNS:
            civilian += 1
    if armed and not civilian:
        return "clash"
    if civilian and not armed and c.kind == "clash" and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in (
            "clash", "fight", "battle", "engage", "exchange"):
        return "attack"
    return c.kind


DEMO_WORDS = {"protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "march", "marches",
              "sit-in", "sit-ins", "protested", "demonstrated", "rallied", "marched"}
PROTESTER_WORDS = {"protester", "protestor", "demonstrator", "rioter", "crowd", "mob", "youth", "youths",
                   "supporter", "marcher", "student", "activist", "demonstration", "protest", "rally",
                   "march", "sit-in", "gathering", "participant", "worker", "opponent", "people"}
STATE_FORCE_WORDS = {"police", "policeman", "policemen", "officer", "security", "soldier", "troop", "force",
                     "army", "gendarme", "gendarmerie", "guard", "authority", "military", "sniper", "militia",
                     "regime", "government"}
RIOT_ACTS = {"throw", "hurl", "pelt", "torch", "burn", "smash", "loot", "vandalise", "vandalize", "ransack",
             "storm", "attack", "clash", "block", "barricade", "damage", "destroy", "stone", "riot", "rampage",
             "set", "shut", "seize", "occupy", "break", "beat", "injure", "wound", "assault", "overturn", "raid",
             "pull", "tear", "remove", "fight", "breach", "force", "hit", "kick", "fire", "kill"}
RIOT_NOUNS = {"riot", "rioting", "rioter", "vandalism", "arson", "molotov", "looting", "unrest", "clash",
              "stone-pelting", "stone", "barricade", "tyre", "tire", "petrol"}
LETHAL_ACTS = {"kill", "shoot", "wound", "injure", "beat", "die", "attack", "assault", "crush", "massacre",
               "torture", "stab", "hit", "club", "kick", "whip", "lash"}
INTERVENE_ACTS = {"disperse", "arrest", "detain", "break", "scatter", "clear", "stop", "block", "prevent",
                  "use", "fire", "round", "push", "chase", "intervene", "suppress", "repel", "contain", "spray"}


def _word_class(tok) -> str | None:
    """'protester' or 'state' for a subject or object phrase."""
    words = {x.lemma_.lower() for x in tok.subtree if x.pos_ in ("NOUN", "PROPN", "ADJ")} | {tok.lemma_.lower()}
    if words & PROTESTER_WORDS and not tok.lemma_.lower() in STATE_FORCE_WORDS:
        return "protester"
    if words & STATE_FORCE_WORDS:
        return "state"
    return None


TOPIC_HEADS = {"against", "over", "about", "protest", "denounce", "decry", "demand", "oppose", "mourn",
               "commemorate", "remember", "end"}


def _demonstration(sent) -> str:
    """How a demonstration went, by ACLED's rules: 'riot' when demonstrators are violent or
    destructive; else 'force' when the authorities used lethal or serious violence against
    them, 'intervention' when they dispersed or arrested them, 'peaceful'."""
    riot = violent_word = peaceful = force = intervention = False
    lemmas = {x.lemma_.lower() for x in sent}
    text = sent.text.lower()
    base = sent.start_char

    def topic_tok(tok) -> bool:
        # "to protest against police brutality", "to decry the violence": what the protest is
        # about, not what happened at it
        return any(a.lemma_.lower() in TOPIC_HEADS and a.pos_ in ("VERB", "ADP") for a in tok.ancestors)

    def topic(m) -> bool:
        tok = sent.doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
        return tok is not None and topic_tok(tok.root)
    if any(not topic(m) for m in re.finditer(r"\b(tear ?gas|water cannons?|rubber bullets?|stun grenades?|"
                                            r"batons?|pepper spray|dispers\w+|baton-charg\w+)\b", text)):
        intervention = True
    if any(not topic(m) for m in re.finditer(r"\b(live (ammunition|fire|rounds|bullets)|gunfire|excessive force|"
                                            r"shot dead|opened fire|brutal\w*|violently (suppress|disperse|attack|"
                                            r"beat)\w*|crackdown|(serious|severe|critical|grave) injur\w*)\b", text)):
        force = True
    for x in sent:
        lem = x.lemma_.lower()
        if lem in ("peaceful", "peacefully", "non-violent", "nonviolent", "tranquil", "calm") or \
                lem == "violent" and any(k.lower_ in ("non", "non-") for k in x.children):
            peaceful = True
        if lem in ("violent", "aggressive", "violence") and not topic_tok(x) and not any(
                _word_class(k) == "state" for k in x.children) and not (
                x.head.lemma_.lower() in ("police", "security", "crackdown", "repression", "suppression", "force")
                or x.i > 0 and sent.doc[x.i - 1].lemma_.lower() in ("police", "state", "security", "military")):
            violent_word = True   # "violent protests", "protesters turned violent", "violence boiled over"
        if lem in ("riot", "rioting", "rioter", "vandalism", "arson", "molotov", "looting", "looter", "clash",
                   "scuffle", "skirmish") and x.pos_ in ("NOUN", "PROPN") and not topic_tok(x) and not (
                lem == "riot" and x.dep_ == "compound"):
            riot = True           # "riot police" is the police
        if x.pos_ not in ("VERB",):
            continue
        if any(k.dep_ == "prt" and k.lower_ in ("off",) for k in x.children):
            continue              # "kicked off the protests"
        subj = [k for k in x.children if k.dep_ in ("nsubj",)]
        agent = [g for k in x.children if k.dep_ == "agent" for g in k.children if g.dep_ == "pobj"]
        patient = [k for k in x.children if k.dep_ in ("dobj", "nsubjpass")]
        with_ = [g for k in x.children if k.dep_ == "prep" and k.lower_ in ("with", "on", "at")
                 for g in k.children if g.dep_ == "pobj"]
        s_cls = {_word_class(k) for k in subj + agent}
        p_cls = {_word_class(k) for k in patient + with_}
        if lem in RIOT_ACTS and ("protester" in s_cls and "state" not in s_cls
                                 or not s_cls - {None} and "state" in p_cls and lem in ("throw", "hurl", "fire")):
            if lem not in ("block", "shut", "occupy") or p_cls & {"state"} or x.lower_ in ("blocked", "blocking") \
                    or lemmas & {"road", "roads", "highway", "street", "barricade", "tyre", "tire"}:
                riot = True       # "protesters threw stones", "projectiles were thrown at police"
        if lem == "clash" and ("protester" in s_cls or "protester" in p_cls):
            riot = True
        if lem in LETHAL_ACTS and ("state" in s_cls or ("protester" in p_cls and "protester" not in s_cls)):
            force = True
        if lem in ("kill", "wound", "injure", "die") and "protester" not in s_cls and (
                not s_cls - {None} or "state" in s_cls):
            force = True   # people killed or wounded at a demonstration its demonstrators did not attack
        if lem in INTERVENE_ACTS and ("state" in s_cls or "protester" in p_cls and lem not in ("use", "fire")):
            intervention = True
    if riot or violent_word and not peaceful and not force:
        return "riot"
    if force:
        return "force"
    if intervention:
        return "intervention"
    return "peaceful"


def _ground_passes(text: str) -> bool:
    """A withdrawal that leaves the ground to another actor: taken over, handed, entered,
    recaptured in the face of an advance, evacuated under a deal."""
    text = text.lower()
    return bool(re.search(r"\b(took|take|taken|takes|taking|assum\w+|seiz\w+|enter\w*|captur\w+|recaptur\w+|"
                          r"retook|retak\w+|overr[au]n|occup\w+) (over|control|it|the|back)\b", text)
                or re.search(r"\b(handed|handover|hand over|hands over|evacuation deal|evacuation agreement|vacuum|"
                             r"in the face of|advance[sd]? (on|into|towards)|advancing|recaptured|retook|regain\w*|"
                             r"in the hands of|controll?\w* the|(took|taken|gained|assumed|seized) (full )?control|"
                             r"without (a fight|resistance|fighting))\b", text)
                or re.search(r"\b(allow\w*|let|leav\w+|left)\b.{0,40}\b(to (seize|take|enter|control)|control)\b", text))


ACCIDENT_PRONE = {"chemical_attack", "explosion", "attack", "property_destruction", "shelling", "airstrike"}
ACCIDENT_WORDS = {"leak", "leakage", "spill", "accident", "accidental", "accidentally", "boiler", "malfunction",
                  "derail", "derailment", "collapse", "stampede", "lightning", "electrocute", "electrocution",
                  "drown", "short-circuit", "negligence", "faulty", "cylinder", "blaze", "firefighter",
                  "factory", "plant", "refinery", "warehouse", "crash", "collision", "earthquake", "flood",
                  "landslide", "poisoning", "overdose", "fireworks", "pesticide", "industrial"}
HOSTILE_WORDS = {"attack", "attacker", "bomber", "bomb", "militant", "gunman", "gunmen", "terrorist", "insurgent",
                 "rebel", "assailant", "shoot", "shot", "gunfire", "fighter", "jihadist", "militia", "sabotage",
                 "arson", "arsonist", "target", "weapon", "warplane", "drone", "rocket", "missile", "shell",
                 "mortar", "artillery", "army", "troops", "soldier", "ied", "grenade", "war", "regime", "enemy",
                 "aircraft", "airstrike", "strike", "convoy", "raid", "ambush", "kidnap", "hostage"}


def _accident(lemmas: set) -> bool:
    """An industrial or everyday disaster told with words of violence and no hostile actor
    (given the sentence's forms and lemmas)."""
    return bool(lemmas & ACCIDENT_WORDS) and not lemmas & HOSTILE_WORDS


def _subordinate(t) -> bool:
    """A trigger inside a relative or participial clause that describes a noun."""
    for a in [t, *list(t.ancestors)[:3]]:
        if a.dep_ in ("relcl",) or a.dep_ == "acl" and a.tag_ == "VBN":
            return True
    return False


def _state_protest(t, actors) -> bool:
    """A protest lodged by a government or a state (subject a state actor or a place, or
    "protested to X")."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in ("protest", "complain", "object"):
        return False
    if any(k.dep_ == "prep" and k.lower_ == "to" for k in t.children):
        return True
    for k in t.children:
        if k.dep_ == "nsubj":
            if k.ent_type_ in ("GPE",) or k.lemma_.lower() in ("government", "ministry", "president", "embassy",
                                                                "foreign ministry", "cabinet", "state"):
                return True
            if actors is not None:
                a = actors.get(actors.resolve(" ".join(x.text for x in k.subtree)) or "")
                if a is not None and (a.type or "") in ("state", "government", "legislature"):
                    return True
    return False


def _phrase_head(toks, i: int, n: int):
    """The syntactic head of a matched phrase toks[i:i+n] ("military drill" -> drill, "jets bombed" -> bombed)."""
    span = toks[i:i + n]
    ids = {t.i for t in span}
    heads = [t for t in span if t.head.i not in ids or t.head.i == t.i]
    verbs = [t for t in heads if t.pos_ == "VERB"]
    return (verbs or heads or [toks[i]])[0]


def _not_a_trigger(t) -> bool:
    """Part of a hyphenated modifier ("US-occupied", "Iran-backed"), a name, or a reference
    ("based on the agreements", "in line with the plan")."""
    doc = t.doc
    if t.i > 0 and doc[t.i - 1].text in ("-", "‐") or "-" in t.text and t.dep_ == "amod":
        return True
    if t.lower_ in ("according", "accordingly") or t.lemma_.lower() == "accord" and t.tag_ == "VBG":
        return True   # "according to officials"
    if t.pos_ == "NOUN" and t.dep_ == "pobj":
        prep = t.head
        if prep.lower_ in ("on", "with", "of", "under") and prep.head.lower_ in ("based", "line", "part", "accordance",
                                                                               "basis", "framework", "terms"):
            return True
        if (prep.lower_, t.lower_) in IDIOMS:
            return True
    if t.pos_ == "VERB" and t.dep_ == "acl" and t.tag_ == "VBG" and t.head.pos_ in ("NOUN", "PROPN"):
        return True   # "forces fighting the Islamic State": what they are, not what happened
    return False


IDIOMS = {("in", "advance"), ("in", "charge"), ("in", "force"), ("in", "custody"), ("on", "strike"),
          ("at", "war"), ("on", "alert"), ("in", "control"), ("under", "control"), ("in", "action")}


def _present(t) -> bool:
    """Is the trigger's clause in the present ("Turkey keeps 10,000 soldiers")? A headline's
    present tells the past and is not asked here."""
    head = _clause_head(t)
    return head.tag_ in ("VBZ", "VBP") and not any(k.dep_ in ("aux", "auxpass") and k.tag_ in ("VBD", "VBN")
                                                   for k in head.children)


def _clause_head(t):
    head = t
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and head.dep_ not in ("ROOT",):
        head = head.head
    return head


_CLAUSES: dict = {}   # (doc id, token index) -> clause, for the document in hand


def _clause(t) -> set:
    """Token indices of the trigger's own clause: its governing predicate's subtree, less other
    clauses (kept for the document in hand: callers copy before changing it)."""
    key = (id(t.doc), t.i)
    got = _CLAUSES.get(key)
    if got is None:
        got = _CLAUSES[key] = _clause_of(t)
    return set(got)


def _clause_of(t) -> set:
    head = t
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and head.dep_ not in ("ROOT",):
        head = head.head
    ids = set()
    stack = [head]
    while stack:
        x = stack.pop()
        ids.add(x.i)
        for ch in x.children:
            if ch.dep_ in ("ccomp", "advcl", "relcl", "parataxis") and t not in ch.subtree:
                continue
            if ch.dep_ == "conj" and ch.pos_ in ("VERB",) and t not in ch.subtree:
                continue
            stack.append(ch)
    if head.i != t.i:   # a noun's own modifiers, relative clauses included ("strikes that killed 25")
        for x in t.subtree:
            ids.add(x.i)
    return ids


def _near(t, sent) -> list:
    ids = _clause(t)
    return [x for x in sent if x.i in ids or abs(x.i - t.i) <= 3]


def _modality(t, sent) -> tuple[str, bool]:
    """(modality, drop): planned, hypothetical, denied or asserted; drop for demanded/negated-purpose."""
    if t.pos_ == "NOUN" and t.lemma_.lower() in DECIDED_MOVES and t.dep_ == "dobj" and \
            t.head.lemma_.lower() in DECIDING and not any(
                k.lower_ in ("complete", "completed", "end", "ended", "finished") for k in t.head.subtree):
        return "planned", False   # "Macron announced the withdrawal": a decision, the move still to come
    chain = [t]
    cur = t
    for _ in range(5):
        if cur.head.i == cur.i:
            break
        dep = cur.dep_
        if dep == "advcl" and cur.tag_ == "VBD" and any(
                k.dep_ == "mark" and k.lower_ in ("after", "since", "because", "as", "when", "before")
                for k in cur.children):
            break   # "X intends to keep troops there, after parliament voted to allow it": told as past
        cur = cur.head
        chain.append(cur)
        infinitive = any(k.dep_ == "aux" and k.lower_ == "to" for k in chain[-2].children)
        if dep in ("ccomp", "relcl", "advcl", "parataxis") and cur.lemma_.lower() not in PLANNED_HEADS | DENY_HEADS \
                and not (dep == "relcl" and infinitive):
            break
    # a noun that is the subject of a predicate about it ("the handover was not related to",
    # "the departure could leave a vacuum") takes no modality from that predicate, unless the
    # predicate tells whether it happens ("the withdrawal will begin", "transfers are expected")
    subject_of = None
    if t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") and len(chain) > 1:
        subject_of = chain[1]
        slem = subject_of.lemma_.lower()
        if slem in EXPECTED and (t.dep_ == "nsubjpass" or slem in ("due", "set", "slate", "schedule")):
            return "planned", False
        if slem in ASPECTUAL:
            subject_of = None
    for i, x in enumerate(chain):
        kids = list(x.children)
        lem = x.lemma_.lower()
        if i == 1 and x is subject_of:
            continue
        if i > 0 and lem in ABILITY and chain[i - 1].dep_ in ("acl", "xcomp", "prep", "pobj"):
            return "hypothetical", False
        if i == 1 and chain[0].dep_ == "acl" and x.pos_ == "NOUN" and any(
                k.dep_ == "aux" and k.lower_ == "to" for k in chain[0].children) and lem in ATTEMPTS:
            return "hypothetical", False   # "an attack to capture the positions was repelled": the aim
        if i > 0 and lem in ("ask", "request", "seek") and t.pos_ == "NOUN" and \
                t.lemma_.lower() in ("assistance", "aid", "funding", "package", "support", "weapon", "arm"):
            return "planned", False   # "asked Congress for $3.3 billion in security assistance": aid to come
        if i > 0 and lem in DROP_HEADS and x.pos_ in ("VERB", "NOUN", "ADP") and (t.pos_ == "NOUN" or any(
                k.dep_ == "aux" and k.lower_ == "to" for k in t.children)):
            return "asserted", True   # "demanding the departure", "a call for foreign troops to leave"
        if i > 0 and lem in ("fight", "prepare", "train") and chain[i - 1].dep_ in ("pobj", "prep", "xcomp"):
            return "asserted", True
        if i == 0 and x.pos_ == "VERB" and x.dep_ in ("advcl", "xcomp") and \
                any(k.dep_ == "aux" and k.lower_ == "to" for k in kids) and \
                x.head.lemma_.lower() not in PLANNED_HEADS | HYPO_HEADS and x.head.pos_ == "VERB" and \
                x.head.lemma_.lower() not in ("begin", "start", "continue", "agree", "decide", "vote", "move",
                                              "try", "attempt", "manage", "fail", "refuse", "order"):
            return "asserted", True   # a purpose ("... since 2017 to launch operations"): not an occurrence
        for k in kids:
            kl = k.lower_
            if k.dep_ == "neg" and i <= 1 and not (t.pos_ == "NOUN" and i == 1 and x.lemma_ == "be"):
                return "denied", False
            if k.dep_ == "mark" and kl in ("if", "unless", "whether"):
                return "hypothetical", False
            if k.dep_ in ("aux", "auxpass") and kl in HYPO_AUX and i <= 2:
                return "hypothetical", False
            if k.dep_ in ("aux", "auxpass") and kl in PLANNED_AUX and i <= 2:
                return "planned", False
        if lem in DENY_HEADS and i > 0:
            if lem == "nothing" or x.pos_ == "VERB":
                return "denied", False
        if i > 0 and lem in PLANNED_HEADS and x.pos_ in ("VERB", "NOUN", "ADJ") and \
                chain[i - 1].dep_ in ("xcomp", "acl", "ccomp", "pobj", "dobj", "prep", "advcl"):
            if lem in ("agree", "decide", "announce", "order") and chain[i - 1].dep_ not in ("xcomp",):
                continue
            if lem in ("consider",):
                return "hypothetical", False
            return "planned", False
        if i > 0 and lem in HYPO_HEADS and x.pos_ in ("VERB", "ADJ") and chain[i - 1].dep_ in ("xcomp", "ccomp"):
            return "hypothetical", False
    # "has nothing to do with X"
    for x in t.ancestors:
        if x.lemma_.lower() == "do" and any(k.lower_ == "nothing" for k in x.children):
            return "denied", False
        if x.dep_ in ("ROOT",):
            break
    return "asserted", False


def _background(t, sent) -> bool:
    """'has hosted Danish troops since 2016': a standing state, not a new event."""
    head = t if t.pos_ in ("VERB", "AUX") else next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if head is None:
        return False
    if head.dep_ in ("advcl", "xcomp", "conj") and head.head.i != head.i and _background(head.head, sent):
        return True
    kids = list(head.children)
    perfect = any(k.dep_ == "aux" and k.lemma_ == "have" for k in kids)
    since = perfect and any(x.lower_ == "since" for x in head.subtree)
    if perfect and since:
        return True
    return False


TIME_NOUNS = {"day", "morning", "night", "evening", "afternoon", "week", "time", "moment", "hour", "date", "year",
              "month", "weekend", "dawn"}
HABITUAL = {"repeatedly", "regularly", "frequently", "often", "routinely", "sometimes", "occasionally",
            "usually", "constantly", "periodically", "repeated", "recurrent", "frequent", "persistent"}
PARTICIPANTS = {"protester", "protestor", "demonstrator", "rioter", "gunman", "gunmen", "militant", "bomber",
                "attacker", "assailant", "kidnapper", "looter", "marcher", "striker", "abductor", "raider"}
MULTITUDE = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score", "scores", "number",
             "group", "crowd", "crowds", "tens", "millions", "million", "handful", "lot", "lots", "band"}
REASONS = {"response", "reaction", "retaliation", "answer", "reprisal", "revenge", "result", "consequence",
           "reason", "cause", "wake", "aftermath", "light"}
LIGHT_VERBS = {"be", "have", "hold", "say", "seem", "become", "remain", "get", "make", "take", "give", "do",
               "include", "show", "appear", "tell", "add", "note"}
STATIVE = {"be", "serve", "remain", "become", "seem", "represent", "constitute", "mark", "play", "form",
           "stay", "look", "sound", "appear"}
CAMPAIGN_PREPS = {"against", "on"}


def _passing_mention(t) -> bool:
    """A noun that names no occurrence: 'the fight against the jihadists', 'is not the result of a
    wave of attacks', 'has served ... in the fight against terrorism'."""
    if t.pos_ != "NOUN":
        return False
    if t.dep_ == "pobj" and any(k.dep_ == "prep" and k.lower_ in CAMPAIGN_PREPS for k in t.children) and \
            not any(k.dep_ in ("det",) and k.lower_ in ("a", "an") for k in t.children):
        return True
    if t.dep_ == "pobj" and t.head.head.lemma_.lower() in REASONS:
        return True   # "not a response to recent rocket fire": a cause named, not an event told
    head = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if head is not None and head.lemma_.lower() in STATIVE and t.dep_ not in ("nsubj", "nsubjpass") and \
            not any(k.lower_ in ("since",) for k in head.subtree):
        # under a copula or a stative verb, a noun describes, it does not report
        if head.lemma_.lower() != "be" or t.dep_ in ("pobj", "attr"):
            return True
    return False


def _roles(t, kind: str):
    """(actor heads, target heads) from the trigger's dependents."""
    actors, targets = [], []
    if t.pos_ in ("VERB", "AUX"):
        kids = list(t.children)
        subj = [k for k in kids if k.dep_ in ("nsubj",)]
        agent = [g for k in kids if k.dep_ == "agent" for g in k.children if g.dep_ == "pobj"]
        pas = [k for k in kids if k.dep_ == "nsubjpass"]
        obj = [k for k in kids if k.dep_ in ("dobj",)]
        cur = t
        hops = 0
        while not subj and not agent and cur.dep_ in ("xcomp", "conj", "advcl", "acl", "ccomp") and hops < 3:
            cur = cur.head
            hops += 1
            subj = [k for k in cur.children if k.dep_ in ("nsubj",)]
            if cur.dep_ == "acl" and cur.head.pos_ in ("NOUN", "PROPN") and not subj:
                pass
        actors += subj + agent
        if kind in VIOLENT or kind in ("arrest", "abduction", "property_destruction"):
            targets += obj + pas
            targets += [g for k in kids if k.dep_ == "prep" and k.lower_ in ("on", "against", "at")
                        for g in k.children if g.dep_ == "pobj"]
        elif kind in MOVEMENT or kind in ("military_aid",):
            if not actors:
                actors += pas
            targets += [g for k in kids if k.dep_ in ("prep", "dative") and k.lower_ in ("to",)
                        for g in k.children if g.dep_ == "pobj"]
            if kind == "withdrawal":
                actors += [o for o in obj if o.lower_ in FORCE_NOUNS or o.lemma_.lower() in FORCE_NOUNS]
        elif kind in ("agreement", "diplomacy"):
            targets += [o for o in obj if o.ent_type_ or o.pos_ == "PROPN"]
            targets += [g for k in kids if k.dep_ == "prep" and k.lower_ in ("with",)
                        for g in k.children if g.dep_ == "pobj"]
        elif kind not in ("legislation", "statement", "group_change"):
            targets += obj
    else:
        kids = list(t.children)
        actors += [k for k in kids if k.dep_ in ("compound", "amod", "poss", "nmod")
                   and (k.ent_type_ or (k.lower_ in FORCE_NOUNS and k.pos_ == "NOUN") or k.pos_ == "PROPN")]
        # "US troop withdrawal": the modifier's own modifiers
        for k in kids:
            if k.dep_ == "compound" and k.lower_ in FORCE_NOUNS:
                actors += [g for g in k.children if g.dep_ in ("compound", "amod") and (g.ent_type_ or g.pos_ == "PROPN")]
        for k in kids:
            if k.dep_ == "prep" and k.lower_ == "by":
                actors += [g for g in k.children if g.dep_ == "pobj"]
            if k.dep_ == "prep" and k.lower_ in ("on", "against", "targeting"):
                targets += [g for g in k.children if g.dep_ == "pobj"]
            if k.dep_ == "prep" and k.lower_ == "of":
                objs = [g for g in k.children if g.dep_ == "pobj"]
                if kind in MOVEMENT:
                    actors += objs
                else:
                    targets += objs
        if not actors and t.dep_ in ("dobj", "attr") and t.head.pos_ == "VERB":
            actors += [k for k in t.head.children if k.dep_ == "nsubj"]
        if not actors and t.dep_ in ("nsubj", "nsubjpass"):
            pass
    if kind == "clash":
        # both sides of a battle are its actors: "soldiers clashed with rebels", "two members
        # of a patrol were killed in fighting with smugglers"
        kids = list(t.children)
        targets += [g for k in kids if k.dep_ == "prep" and k.lower_ in ("with", "between", "against")
                    for g in k.children if g.dep_ == "pobj"]
        if t.pos_ in ("VERB", "AUX"):
            targets += [k for k in kids if k.dep_ in ("nsubjpass", "dobj") and k not in targets]
        actors, targets = actors + [x for x in targets if x not in actors], []
    # conjoined subjects: "Iraqi and Kurdish forces", "the army and police"
    more = []
    for a in actors:
        more += [c for c in a.conjuncts if c.i > a.i]
    return actors + more, targets


def _np_span(head):
    left = head.left_edge
    right = head
    for ch in head.rights:
        if ch.dep_ in ("compound", "flat", "appos") or (ch.dep_ == "prep" and ch.lower_ == "of"):
            right = ch.right_edge
    if head.head is not head and head.i < head.head.i <= right.i:
        right = head.doc[head.head.i - 1]   # a misparsed apposition past the subject's own verb
    if left.i > right.i:
        left = head
    return head.doc[left.i:right.i + 1]


STRENGTH_NOUNS = {"troops", "soldiers", "personnel", "forces", "servicemen", "trainers", "marines"}


def _stative_strength(t) -> bool:
    """Is the counted force the subject of a state ("were deployed in", "are expected to stay")?"""
    h = t.head
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    lem = h.lemma_.lower()
    kids = list(h.children)
    if lem in ("deploy", "station", "base", "post") and t.dep_ == "nsubjpass" and \
            any(k.dep_ == "prep" and k.lower_ in ("in", "at") for k in kids) and \
            not any(k.dep_ == "prep" and k.lower_ in ("to", "into") for k in kids) and \
            not any(k.dep_ == "aux" and k.lower_ in ("have", "has", "had", "will") for k in kids):
        return True
    return any(k.dep_ == "xcomp" and k.lemma_.lower() in ("stay", "remain") for k in kids)


def _range_pair(parsed, a, b) -> bool:
    """Are two counts the ends of one range ('between A and B', 'from A to B', 'A to B')?"""
    between = [t.lower_ for t in parsed[a.i + 1:b.i]]
    words = [w for w in between if not re.match(r"^[\d.,]+$", w) and w not in ("some", "about", "around")]
    return 0 < len(words) <= 2 and words[-1] in ("and", "to", "-", "–") and (
        words[-1] != "and" or a.i > 0 and parsed[a.i - 1].lower_ == "between"
        or a.i > 1 and parsed[a.i - 2].lower_ == "between")


def _subject_text(head) -> list[str]:
    """An actor the dictionary does not know keeps its words ("the insurgents", "the separatists")."""
    if head.pos_ not in ("NOUN", "PROPN") or head.like_num or head.lemma_.lower() in SUBJECT_NOT_ACTOR:
        return []
    words = [x for x in _np_span(head) if x.dep_ not in ("det", "punct", "predet") and x.pos_ not in ("DET", "PUNCT")
             and x.i <= head.i + 3]
    txt = " ".join(x.text for x in words).strip()
    return [txt] if txt and len(words) <= 5 else []


SUBJECT_NOT_ACTOR = {"warplane", "jet", "artillery", "drone", "missile", "rocket", "shell", "bomb", "fire",
                     "mortar", "blast", "explosion", "attack", "strike", "violence", "fighting", "clash",
                     "it", "this", "that", "which", "who", "report", "statement", "way", "move",
                     "decision", "announcement", "withdrawal", "operation", "offensive", "people",
                     "civilian", "resident", "crowd", "car", "vehicle", "convoy"}


def _subject_tokens(t):
    actors, _ = _roles(t, "clash")
    out = []
    for a in actors:
        out += list(_np_span(a))
    return out


def _is_demonym(span) -> bool:
    return span.root.ent_type_ == "NORP" or span.root.dep_ == "amod" and span.root.pos_ == "ADJ"


MILITARY_KIT = {"jet", "warplane", "drone", "aircraft", "plane", "helicopter", "gunship", "bomber", "fighter",
                "tank", "ship", "warship", "vessel", "navy", "submarine", "missile", "rocket", "artillery", "convoy",
                "vehicle", "patrol", "unit", "battalion", "brigade", "division", "contingent", "embassy",
                "consulate", "ambassador", "envoy", "delegation", "government", "president", "minister",
                "ministry", "army", "air", "military", "intelligence", "spokesman", "spokeswoman", "official",
                "authority", "authorities", "administration", "leader", "commander", "sanction", "sanctions"}
PLACE_SUBJECT_VERBS = {"fall", "lie", "remain", "sit", "border", "host", "be", "become", "change", "come",
                       "see", "witness", "experience", "suffer", "shake", "rock", "lose", "stay"}


def _in_actor_np(text: str, p: Place, span) -> bool:
    """'Iraq's military', 'US-occupied bases', 'Iraqi forces': the place names an actor, not a location."""
    root = span.root
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
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("of",) and head.head.lower_ in DIRECTION:
        return True
    if root.dep_ == "pobj" and head.lower_ == "with" and head.head.lower_ in ("border", "borders", "frontier"):
        return True
    if root.dep_ == "pobj" and head.lower_ in ("of",) and head.head.lower_ in ("outskirts",):
        return False
    return False


def _np_head(t):
    """The head of the phrase a name modifies ("the Morek observation post" -> post)."""
    while t.dep_ in ("compound", "nmod") and t.head.i != t.i and t.head.pos_ in ("NOUN", "PROPN"):
        t = t.head
    return t


def _governed_by(a, b, far: bool = False) -> bool:
    """Is token a inside a modifier of b ("Camp Arena in Herat")? For places far apart, an
    apposition is a list ("Taji on June 1, the Besmaya camp on June 4"), not a renaming."""
    cur = a
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ in ("conj",) or (cur.dep_ == "pobj" and cur.head.dep_ in ("agent",)) or \
                far and cur.dep_ in ("appos", "npadvmod") or \
                cur.dep_ in ("nsubj", "nsubjpass", "dobj", "relcl", "acl", "ccomp", "advcl", "xcomp"):
            return False   # a clause or a core argument does not locate a place
        cur = cur.head
        if cur.i == b.i:
            return True
    return False


def _near_km(p: Place, q: Place) -> float:
    if p.lat is None or q.lat is None:
        return 1e9 if (p.name or p.mention) != (q.name or q.mention) else 0.0
    return km(p.lat, p.lon, q.lat, q.lon)


def _tree_distance(a, b) -> int:
    pa = [a, *a.ancestors]
    pb = [b, *b.ancestors]
    sb = {x.i: n for n, x in enumerate(pb)}
    for n, x in enumerate(pa):
        if x.i in sb:
            return n + sb[x.i]
    return 12 + abs(a.i - b.i) // 5


KILL_WORDS = {"assassination", "assassinate", "killing", "kill", "murder", "death", "execution", "execute",
              "slaying", "slay", "behead", "beheading"}


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


GIVING = {"handover", "military_aid"}
ARMED_TYPES = {"state_military", "non_state_armed_group", "militia", "police", "coalition", "pmc"}


def _compatible(a: _Cand, b: _Cand, related=None) -> bool:
    if a.modality != b.modality:
        return False
    if a.headline and not b.headline and a.kind == b.kind and b.unit - a.unit <= 5 and not (
            a.date_own and b.date_own and (a.date.start > b.date.end or b.date.start > a.date.end)) and not (
            a.place is not None and b.place is not None and a.place.lat is not None and b.place.lat is not None
            and not {(a.place.kind or ""), (b.place.kind or "")} & {"country", "admin1", "region"}
            and _near_km(Place(mention="", start=0, end=0, lat=a.place.lat, lon=a.place.lon),
                         Place(mention="", start=0, end=0, lat=b.place.lat, lon=b.place.lon)) > 25):
        return True   # the headline announces the lead's event (at the same place)
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
                    and (b.place_level < 2 or a.place is None or _same_place(a.place, b.place)))
        # "the force handed over the camp ... the army had taken over the perimeter": the
        # other side of one transfer
        transfer = (a.kind in ("handover", "withdrawal") and b.kind == "territory_change"
                    and (b.acled or {}).get("sub_event_type") == "Non-violent transfer of territory"
                    and 0 <= b.unit - a.last_unit <= 3
                    and (not b.date_own or a.date is not None and b.date is not None
                         and a.date.start <= b.date.end and b.date.start <= a.date.end))
        if not (giving or violence or transfer):
            return False
        if transfer:
            return True
        elaboration = violence
    if a.link and b.link:
        return False
    if a.date is not None and b.date is not None and a.date_own and b.date_own:
        if a.date.start > b.date.end or b.date.start > a.date.end:
            return False
        la = (a.date.end - a.date.start).days
        lb = (b.date.end - b.date.start).days
        if la <= 2 and lb <= 2 and a.date.start != b.date.start:
            return False
    if a.place is not None and b.place is not None and a.place_level >= 2 and b.place_level >= 2:
        if a.place.lat is not None and b.place.lat is not None:
            pa = Place(mention="", start=0, end=0, lat=a.place.lat, lon=a.place.lon)
            pb = Place(mention="", start=0, end=0, lat=b.place.lat, lon=b.place.lon)
            if _near_km(pa, pb) > 25 and not (a.place.kind == "country" or b.place.kind == "country"
                                              or (a.place.kind or "").startswith("admin")
                                              or (b.place.kind or "").startswith("admin")):
                return False
        elif (a.place.name or "") != (b.place.name or "") and (a.place.country != b.place.country):
            return False
    if a.actors and b.actors and not set(a.actors) & set(b.actors):
        # different named actors: different events, unless one is a generic description or
        # both belong to one side ("Saudi-led coalition", "Saudi troops")
        if all(_specific(x) for x in a.actors) and all(_specific(x) for x in b.actors) and \
                not (related is not None and any(related(x, y) for x in a.actors for y in b.actors)):
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


APART = {"separate", "separately", "another", "meanwhile", "elsewhere", "previous", "unrelated"}


def _told_apart(c) -> bool:
    """'In a separate attack', 'Meanwhile', 'another bomb': a second occurrence."""
    return any(x.lower_ in APART and (x.dep_ in ("amod", "advmod", "det") or x.i == c.sent.start) for x in c.sent)


def _same_place(p: Location, q: Location) -> bool:
    if p.lat is not None and q.lat is not None:
        pa = Place(mention="", start=0, end=0, lat=p.lat, lon=p.lon)
        pb = Place(mention="", start=0, end=0, lat=q.lat, lon=q.lon)
        return _near_km(pa, pb) <= 25 or (p.kind or "") in ("country", "admin1") or (q.kind or "") in ("country", "admin1")
    return (p.name or "") == (q.name or "") or p.country == q.country and not p.name


def _family(kind: str) -> str:
    if kind in MOVEMENT:
        return "movement"
    if kind in VIOLENT:
        return "violence"
    return kind


def _specific(name: str) -> bool:
    return name[:1].isupper()


def _copy(c: _Cand) -> _Cand:
    return replace(c, actors=list(c.actors), targets=list(c.targets), quantities=dict(c.quantities),
                   qualifiers=dict(c.qualifiers), evidence=list(c.evidence), clause=set(c.clause),
                   zone=set(c.zone))


def _dedupe(xs: list[str]) -> list[str]:
    seen, out = set(), []
    for x in xs:
        k = x.lower()
        if x and k not in seen:
            seen.add(k)
            out.append(x)
    return out


def _as_location(loc) -> Location:
    if isinstance(loc, Location):
        return loc
    if isinstance(loc, Place):
        return Location(name=loc.name or loc.mention, lat=loc.lat, lon=loc.lon, country=loc.country,
                        admin1=loc.admin1, kind=loc.kind, uncertainty_km=loc.uncertainty_km)
    if isinstance(loc, dict):
        return Location(name=loc.get("name"), lat=loc.get("lat"), lon=loc.get("lon"), country=loc.get("country"),
                        admin1=loc.get("admin1"), kind=loc.get("kind"), uncertainty_km=loc.get("uncertainty_km"))
    return loc


def _as_date(got) -> EventDate | None:
    if got is None:
        return None
    if isinstance(got, EventDate):
        return got
    if isinstance(got, tuple) and len(got) >= 2 and isinstance(got[0], date):
        return EventDate(got[0], got[1], got[2] if len(got) > 2 else None)
    if hasattr(got, "start_date") and getattr(got, "start_date", None):
        return EventDate(got.start_date, got.end_date or got.start_date, getattr(got, "text", None))
    return None


def _country_name(doc: Document, cc: str) -> str:
    for p in doc.places:
        if p.country == cc and (p.kind or "") == "country":
            return p.name or p.mention
    return cc
