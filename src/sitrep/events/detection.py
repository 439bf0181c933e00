"""Detection: trigger words, phrases and verb-object patterns propose kinds; the classifier and the
sentence's words refine them; one candidate per trigger and per act of violence."""
from __future__ import annotations

import re

from spacy.symbols import NOUN, PROPN, VERB

from sitrep.events.ontology import SPECIFICITY, VIOLENT
from sitrep.events.counting import _named_victims
from sitrep.events.candidate import Candidate
from sitrep.events.coding import _demonstration, _state_protest, _word_class
from sitrep.events.syntax import _clause, _is_force, _near, _phrase_head, _stative_strength
from sitrep.events.words import (KIND_MARGIN, ARMED_NOUNS, BASE_NOUNS, CAPTIVES, CAPTURE, CIVILIAN_NOUNS, CONTAINERS, CUES,
                                 DEMO_WORDS, DISRUPT, ESTABLISH, FORCE_NOUNS, GENERIC_VIOLENT, GIVE_OVER, IDIOMS,
                                 LAUNCH, LEGISLATORS, LEGIS_NOUNS, MANNED_AIRCRAFT, MORE_FORCES, NEVER_ALONE,
                                 PARTICLES, PROTESTERS, STRENGTH_NOUNS, TERRAIN, TOLL_WORDS, VIOLENT_CHOICE, WEAK,
                                 WEAPON_NOUNS, BUILD_UP, LEADER_NOUNS, LOCATIVE_PREPS, PACT_NOUNS, PRESENCE_NOUNS,
                                 RECEIVING, REDUCING, SEAL_VERBS, OPERATING, AIRCRAFT_NOUNS, CONTROL_NOUNS, OPENING, OFFENSIVES,
                                 ARMED_OPERATION, TOWN_OR_BASE, EMERGENCY_VERBS, EMERGENCY_NOUNS, LEAVING, CONVOYS,
                                 MEETING, PAYING, MONEY_NOUNS, DIRECTING, COMPLIANCE, CARGO_NOUNS, ARMED_TYPES,
                                 ENDING_PACT, TIES_VERBS, TIES_NOUNS, LANDING, RANKS,
                                 CONVENING, MEETING_NOUNS, HOUSES, SUICIDE_CUES, EXPATS, REMOVING, MATERIEL,
                                 DELIVERING, CIVIL_AID, FRONTS, STATE_TYPES, UNITS,
                                 GROUND_KIT, VERB_ONLY, GATHERING_VERBS, DECIDED_MOVES, DECIDING, HOLDING,
                                 AREA_UNITS, RULINGS, COURTS, DOERS, LOOTING, CROWDS, MORE_WORDS, BUILDINGS, MASSING, ENTERING,
                                 PATROLLING, PATROL_NOUNS,
                                 SELF_MOVING, CALL_MEANS, FUEL_GAS, LAST_MOVERS, THROWN,
                                 TOLL_VERBS, IMPACT_VERBS, OCCURRING, PERFORMING, SERIES, NAMING, COMMAND_ROLES,
                                 REFORMING, GROUP_NOUNS, KIT_GIVING, BINDING, TAKEN_AS, VESSELS, HEADING,
                                 CONTACT_NOUNS, CONTACT_LIGHT_VERBS, APPROVING, DECISION_BODIES, DECIDED_THINGS,
                                 REPLACING, QUITTING, POSTS, ATTEMPT_NOUNS, COUNT_NOUNS, COUNT_CHANGES, IN_WANT,
                                 PEOPLE_TAKEN, HELMS, MILITARY_POSTS, HEADS_OF_STATE, VENTURES, SPEAKER_NOUNS,
                                 PART_WORDS, RESPONDING)

# what is fired and may be brought down in flight (Detection._interceptions)
PROJECTILES = frozenset({"drone", "drones", "uav", "uavs", "missile", "missiles", "rocket", "rockets", "projectile",
                         "projectiles", "shahed", "shaheds"})
# what a bomb set off on the ground is brought in ("a car bombing", "the truck bombing"): never an air raid
GROUND_BOMBS = frozenset({"car", "truck", "lorry", "van", "bus", "vehicle", "roadside", "suicide", "motorcycle",
                          "motorbike", "bicycle", "parcel", "letter", "pipe", "nail", "car-bomb"})
# vehicles people travel in, struck with them inside ("an aid convoy was fired on", "the minister's car was shot at")
ATTACKED_VEHICLES = frozenset({"convoy", "car", "motorcade", "vehicle", "bus", "truck", "plane", "helicopter",
                               "ambulance", "train", "boat", "ship", "aircraft"})
# where a person is attacked in words, not blows ("attacked in the press", "attacked in parliament")
WORDY_PLACES = frozenset({"press", "media", "newspaper", "paper", "editorial", "column", "interview", "speech",
                          "statement", "article", "tweet", "post", "debate", "parliament", "court", "campaign",
                          "broadcast", "report", "op-ed", "letter", "book", "television", "radio", "chamber",
                          "assembly", "congress", "senate", "meeting", "session", "hearing", "comment", "remark"})
# verbs of a boat sent to the bottom or wrecked (Detection._boats_sunk)
SINKING = frozenset({"sink", "destroy", "scuttle", "wreck", "torpedo"})
BOATS = frozenset({"boat", "boats", "speedboat", "speedboats", "skiff", "skiffs", "dinghy", "dinghies", "craft",
                   "vessel", "vessels", "gunboat", "gunboats", "dhow", "dhows", "ship", "ships"})
# boats built to fight ("sank two gunboats"): a clash with their crews
ARMED_BOATS = frozenset({"gunboat", "warship", "frigate", "corvette", "destroyer", "submarine", "patrol"})
# kinds of a force's movement or presence (Detection._many_unnamed_moving)
MOVEMENT_KINDS = frozenset({"withdrawal", "deployment", "troop_level", "handover"})
# words of an unnamed many ("a string of members", "several allies", "other contributors")
UNNAMED_MANY = frozenset({"string", "series", "number", "host", "wave", "list", "raft", "handful", "group", "slew",
                          "several", "many", "other", "some", "various", "numerous", "few", "more"})
# what carries arms or goods and may be stopped on its way ("intercepted a truck carrying weapons")
INTERCEPTED_CARRIERS = frozenset({"truck", "lorry", "car", "vehicle", "van", "convoy", "caravan", "smuggler",
                                  "plane", "aircraft", "boat", "pickup", "package", "parcel", "envelope"})


def _referring(t) -> bool:
    """A noun that refers to an act apart from the sentence's own ('days after the drone attack', 'in
    retaliation for the killing of', 'since the shelling of the market')."""
    return t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in ("after", "following", "since", "before",
                                                                      "for", "over", "despite")


TIME_MEASURES = frozenset({"moment", "minute", "hour", "day", "night", "morning", "afternoon", "evening", "week",
                           "month", "year"})


# who pounds a place with fire: "artillery pounded the suburbs", "gunners began pounding the town"
POUNDING_DOERS = frozenset({"artillery", "gunner", "gun", "howitzer", "battery", "mortar", "cannon", "tank",
                            "warship", "rocket", "missile", "army", "military", "militia", "rebel", "insurgent"})


def _in_time_phrase(t) -> int:
    """An act named by a noun inside a phrase of time ('after the raid', 'following the bombing'): 1; measured off
    by a span ('the day after the bombing', 'two days before the shelling', 'hours after the ambush'): 2; else 0.
    The act the phrase names is another occurrence than the one the clause it times tells."""
    if t.pos_ != "NOUN" or t.dep_ != "pobj" or t.head.lower_ not in ("after", "before", "following", "since"):
        return 0
    p = t.head
    measured = p.head.dep_ == "npadvmod" and p.head.lemma_.lower() in TIME_MEASURES or any(
        k.dep_ == "npadvmod" and k.lemma_.lower() in TIME_MEASURES for k in p.children)
    # (a bare phrase names another act when it refers back to one: "after the raid", not "after a lightning
    # advance", the way the capture went)
    known = any(k.dep_ == "poss" or k.dep_ == "det" and k.lower_ in ("the", "this", "that", "these", "those")
                for k in t.children)
    return 2 if measured else 1 if known else 0


def _beside_a_semicolon(t) -> bool:
    """A main clause the parser hung on the next one across a semicolon ('Minsk accused Kyiv of plotting a raid;
    Kyiv rejected it', 'the envoy condemned the vote; the council met'): a main clause of its own."""
    h = t.head
    return t.dep_ in ("ccomp", "parataxis", "conj") and h.dep_ == "ROOT" and t.i < h.i and any(
        k.text == ";" and t.i < k.i < h.i for k in h.children)


def _two_speakers(a, b) -> bool:
    """Two verbs of saying in one sentence, each with a named speaker of its own ('Belgrade accused Pristina of
    ...; Pristina denied it', 'the minister condemned the raid, while the rebels said ...'): two statements."""
    sa, sb = _named_subjects(a), _named_subjects(b)
    return a.pos_ == "VERB" and b.pos_ == "VERB" and bool(sa) and bool(sb) and sa.isdisjoint(sb)


def _two_doers(a, b) -> bool:
    """Two verbs of one sentence, one the other's coordinate or adverbial clause, each with a subject of its own
    that names another doer ('troops battled the militants while jets bombed their camps'): two acts."""
    if a.pos_ != "VERB" or b.pos_ != "VERB" or not (a.head.i == b.i and a.dep_ in ("conj", "advcl")
                                                    or b.head.i == a.i and b.dep_ in ("conj", "advcl")):
        return False
    sa, sb = _named_subjects(a), _named_subjects(b)
    return bool(sa) and bool(sb) and sa.isdisjoint(sb)


def _named_subjects(v) -> set:
    """The lemmas of a verb's subjects that are nouns or names (no pronouns)."""
    return {k.lemma_.lower() for k in v.children if k.dep_ == "nsubj" and k.pos_ in ("NOUN", "PROPN")}


# acts done on the ground, each clause's day its own occurrence; a signing by each party on its day is still
# one agreement ('X signed it on 15 August and Y signed it the next day')
DAYS_APART_KINDS = VIOLENT | {"deployment", "withdrawal", "handover", "exercise", "arrest"}


def _own_days(a, b) -> bool:
    """Two verbs of one sentence, one the other's coordinate or adverbial clause, each with a day of its own told
    in its own words ('Rebels seized the bridge on 1 November, and by Friday they had captured the town', 'the
    militants overran the camp on Tuesday, but the army retook it two days later'): two acts, each on its day.
    Clauses set apart by a semicolon count too, however the parser hung one on the other ('fighters seized the
    city on Sunday; troops recaptured it on Wednesday')."""
    if a.pos_ != "VERB" or b.pos_ != "VERB" or a.i == b.i:
        return False
    joined = a.head.i == b.i and a.dep_ in ("conj", "advcl") or b.head.i == a.i and b.dep_ in ("conj", "advcl")
    if not joined and (a.head.i == b.i or b.head.i == a.i) and {a.dep_, b.dep_} & {"ccomp", "parataxis"}:
        joined = any(x.text == ";" for x in a.doc[min(a.i, b.i) + 1:max(a.i, b.i)])
    if not joined:
        return False

    def days(v, other) -> set:
        skip = {x.i for x in other.subtree} if other in v.subtree else set()
        return {x.i for x in v.subtree
                if x.i not in skip and x.ent_type_ == "DATE" and x.i != v.i}
    da, db = days(a, b), days(b, a)
    return bool(da) and bool(db)


# kinds whose acts are told by what they are about: a deal, a vote, a meeting, a statement (_two_matters_on_their_days)
MATTER_KINDS = frozenset({"agreement", "legislation", "diplomacy", "statement", "military_aid"})


def _two_matters_on_their_days(kind, a, b) -> bool:
    """Two clauses of one sentence each with a day of its own and each about a matter of its own ('signed a
    ceasefire in Doha on 3 March, and on 10 March they agreed a prisoner exchange'): two agreements; not one
    pact signed by each party on its day ('X signed it on 15 August and Y signed it the next day')."""
    if kind not in MATTER_KINDS:
        return False
    # a matter named by the noun a verb governs is told by that verb ("agreed a prisoner exchange")
    a, b = [x.head if x.pos_ == "NOUN" and x.dep_ in ("dobj", "nsubjpass") and x.head.pos_ == "VERB" else x
            for x in (a, b)]
    if not _own_days(a, b):
        return False

    def matter(v) -> set:
        return {k.lemma_.lower() for k in v.children if k.dep_ in ("dobj", "nsubjpass") and k.pos_ in ("NOUN", "PROPN")}
    ma, mb = matter(a), matter(b)
    return bool(ma) and bool(mb) and ma.isdisjoint(mb)


def _relative_doer(verb, subj):
    """The subject of a verb, or, for the pronoun of a relative clause, the noun the clause tells of
    ('Erdogan, who hosted the Ukrainian president in Istanbul on Friday, said ...': Erdogan hosted)."""
    if verb.dep_ == "relcl" and subj.lower_ in ("who", "which", "that"):
        return verb.head
    return subj


def _set_off_participle(t) -> bool:
    """A participle set off by a comma after the noun it tells of, with a time of its own or told of a
    person ('Haftar, meeting Egyptian officials in Cairo on Wednesday, rejected ...', 'the minister,
    visiting Kyiv on Monday, pledged ...'): a second act of the sentence, done by that noun (unlike
    'forces fighting the Islamic State', what the forces are)."""
    if t.pos_ != "VERB" or t.dep_ not in ("acl", "advcl") or t.tag_ not in ("VBG", "VBN") or t.i < 2:
        return False
    head = t.head
    if head.pos_ not in ("NOUN", "PROPN") or head.i >= t.i:
        return False
    first = min(x.i for x in t.subtree)
    if t.doc[first - 1].text != ",":
        return False
    return head.ent_type_ == "PERSON" or _leader(head) or any(
        x.ent_type_ in ("DATE", "TIME") for x in t.subtree)


def _participle_doer(t):
    """The noun a participle set off by commas tells of: its head noun ('the minister, visiting Kyiv on
    Monday, pledged ...'), or, where the parser hung the participle on the main verb, that verb's subject told
    just before it ('Haftar, meeting Putin in Moscow on Monday, said ...', 'Lula, receiving the envoy, said
    ...'); None for any other participle."""
    if t.tag_ != "VBG":
        return None
    if _set_off_participle(t):
        return t.head
    if t.pos_ != "VERB" or t.dep_ != "advcl" or t.head.pos_ not in ("VERB", "AUX") or t.head.i < t.i:
        return None
    first = min(x.i for x in t.subtree)
    if first < 2 or t.doc[first - 1].text != ",":
        return None
    subj = [k for k in t.head.children if k.dep_ == "nsubj" and k.i == first - 2 and k.pos_ in ("NOUN", "PROPN")]
    return subj[0] if subj else None


def _not_a_trigger(t) -> bool:
    """Part of a hyphenated modifier ("US-occupied", "Iran-backed"), a name, or a reference
    ("based on the agreements", "in line with the plan")."""
    doc = t.doc
    if t.i > 0 and doc[t.i - 1].text in ("-", "‐") or "-" in t.text and t.dep_ == "amod":
        # (but "placed on prepare-to-deploy orders", "ready-to-move": the move a force is readied for)
        return not _readied_move(t)
    if t.lower_ in ("according", "accordingly") or t.lemma_.lower() == "accord" and t.tag_ == "VBG":
        return True   # "according to officials"
    if t.pos_ == "NOUN" and t.lemma_.lower() == "sign":
        return True   # "no sign of fighting", "a sign of progress": a token, not a signing
    if t.pos_ == "NOUN" and t.dep_ == "pobj":
        prep = t.head
        if prep.lower_ in ("on", "with", "of", "under") and prep.head.lower_ in ("based", "line", "part", "accordance",
                                                                               "basis", "framework", "terms"):
            return True
        if (prep.lower_, t.lower_) in IDIOMS:
            return True
    if t.pos_ == "VERB" and t.dep_ == "acl" and t.tag_ == "VBG" and t.head.pos_ in ("NOUN", "PROPN") and \
            not _set_off_participle(t):
        return True   # "forces fighting the Islamic State": what they are, not what happened
    if t.tag_ == "VBN" and t.dep_ == "amod" and t.lemma_.lower() in ("agree", "accept", "sign", "approve"):
        return True   # "kept to the agreed timetable": what was agreed before, named, not an agreement told
    if t.pos_ == "VERB" and t.dep_ == "acl" and t.head.lemma_.lower() in CARGO_NOUNS:
        return True   # "984 loads of material flown out": goods moved, no force
    return False


# pronouns a force may stand behind but never names: "they left" says nothing of who left
_PERSONAL = frozenset(("he", "she", "it", "they", "we"))


# Verbs by which a crowd assaults a building, and the seats of power and missions it assaults (Detection._triggers).
CROWD_ASSAULTS = frozenset({"besiege", "storm", "surround", "ransack", "overrun", "breach", "blockade", "invade",
                            "torch"})
SEAT_NOUNS = frozenset({"embassy", "consulate", "compound", "parliament", "legislature", "capitol", "residence",
                        "headquarters", "office", "gate", "gates", "mission", "chancery", "courthouse", "ministry",
                        "palace"})


def _sentence_first_plural(t, lex) -> str | None:
    """The singular of a plural common noun that opens its sentence and that the tagger, misled by the
    capital, took for a name or an entity ('Protests erupted in the capital', 'Riots broke out after the
    killing', 'Clashes erupted overnight'), when that singular is a trigger word of the lexicon and the
    word stands alone as the subject of a verb of occurring or spreading; None otherwise."""
    if not t.text[:1].isupper() or not t.lower_.endswith("s") or len(t.text) < 4:
        return None
    if t.i != t.sent.start:   # (after the cheap tests: Token.sent builds a Span on every call)
        return None
    if t.pos_ not in ("PROPN", "NOUN") or t.pos_ == "NOUN" and not t.ent_type_:
        return None   # (a noun the tagger read rightly is read as any other)
    if t.dep_ not in ("nsubj", "nsubjpass") or t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_iob_ == "I":
        return None   # ("Reuters reported", "Protests Against Tyranny said": a name of more words)
    if t.head.lemma_.lower() not in OCCURRING | {"spread", "continue", "sweep", "grip", "rock", "hit"}:
        return None   # the act itself occurring, not its doers ("Protesters marched": the march is the act)
    for singular in (t.lower_[:-1], t.lower_[:-2] if t.lower_.endswith("es") else None):
        if singular and lex.kinds_for(singular):
            return singular
    return None


def _fired_apart(trig) -> bool:
    """'Five rockets were fired at the airport; a defence system intercepted them': the firing is
    told by its own verb and the making safe in another clause, so the firing is an attack (the
    interception is no weapon seized)."""
    clause = _clause(trig)
    return not any(trig.doc[i].lemma_.lower() in ("defuse", "dismantle", "intercept", "neutralize", "neutralise",
                                                  "thwart", "foil") for i in clause)


def _fronted_occasion(tok) -> bool:
    """A visit, a call or a meeting told by a phrase before the clause it frames ('During a visit to Kyiv on
    Friday, Scholz promised more tanks'): an occasion of its own beside a pledge made there (Detection.
    _dedupe_sentence; 'At a summit in Oslo, the allies announced a build-up' keeps the summit a detail)."""
    prep = tok.head
    return tok.dep_ == "pobj" and (tok.lemma_.lower() in CONTACT_NOUNS or tok.lower_ in MEETING_NOUNS) and \
        prep.dep_ == "prep" and prep.lower_ in ("during", "on", "in", "at") and prep.i < prep.head.i


def _set_for_a_day(noun) -> bool:
    """Is a gathering set for a day by 'for' ('called a march for Friday', 'announced a rally in Nairobi for next
    Tuesday'), on the noun or on the verb whose object it is?"""
    return any(k.dep_ == "prep" and k.lower_ == "for" and any(x.ent_type_ in ("DATE", "TIME") for x in k.subtree)
               for k in [*noun.children, *noun.head.children])


def _iffy(clause) -> bool:
    """An adverbial clause of condition: 'if Iran attacked Americans', 'unless the talks resume'."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children)


def _conditioned_acts(acts, doc) -> set:
    """Of the acts (token indices) told in a speaker's words, those told only on a condition: under a verb an
    if- or unless-clause conditions, or in such a clause ("52 sites it would hit if Iran attacked Americans":
    'hit' and 'attacked')."""
    return {i for i in acts
            if any(_iffy(a) or any(_iffy(k) for k in a.children) for a in [doc[i], *doc[i].ancestors])}


def _told_with_its_day(noun) -> bool:
    """A vote, a decision or an announcement named with a day of its own, outside the words it carries
    ("Lawmakers' decision in June to expel the peacekeepers was criticised", "the alliance's announcement on 20
    March that ..."): an occurrence of that day, no detail of the verb it serves."""
    inner = {x.i for k in noun.children if k.dep_ in ("acl", "relcl", "ccomp") for x in k.subtree}
    return any(x.ent_type_ == "DATE" and x.i not in inner for x in noun.subtree if x.i != noun.i)


def _own_clause(verb) -> set:
    """The tokens of a clause without the clauses said beside it, joined by 'and that' with subjects of their
    own ("the United States would hunt down those responsible | and that the evacuation would go on")."""
    apart = {x.i for k in verb.children if k.dep_ == "conj" and k.pos_ in ("VERB", "AUX") and any(
        s.dep_ in ("nsubj", "nsubjpass") for s in k.children) and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in k.children) for x in k.subtree}
    apart |= {k.i for k in verb.children if k.dep_ == "cc" and apart and k.i > verb.i}
    return {x.i for x in verb.subtree} - apart


def _asked_of(clause) -> bool:
    """A clause a demand asks for, in the subjunctive ('demanded that the ambassador leave', 'urged that the
    troops should withdraw'): no act told."""
    return clause.dep_ == "ccomp" and clause.pos_ == "VERB" and (
        clause.tag_ in ("VB", "VBP") and not any(k.dep_ in ("aux", "auxpass") for k in clause.children)
        or any(k.dep_ == "aux" and k.lower_ == "should" for k in clause.children))


def _dated_noun(tok) -> bool:
    """'The February 2020 Doha agreement', 'the 2015 nuclear deal': a noun with a date of its own
    names an occurrence of that date, even inside another event's clause."""
    return any(x.ent_type_ == "DATE" and x.dep_ in ("compound", "nmod", "npadvmod", "amod", "nummod")
               for x in tok.lefts)


def _subjects(t) -> list:
    """The subjects of the verb, or of the verbs it complements ("leaders are due to meet")."""
    cur = t
    for _ in range(3):
        subj = [k for k in cur.children if k.dep_ in ("nsubj", "nsubjpass")]
        if subj or cur.dep_ not in ("xcomp", "acomp", "ccomp") or cur.head is cur:
            return subj
        cur = cur.head
    return []


def _leader(tok) -> bool:
    """A head of state or government, a minister or an envoy: by title noun or a titled name."""
    if tok.lemma_.lower() in LEADER_NOUNS:
        return True
    return tok.ent_type_ == "PERSON" and any(x.lemma_.lower() in LEADER_NOUNS for x in tok.subtree if x.i < tok.i)


# a weapon named by its model: "F-16s", "Su-24", "MiG-29", "T-72s", "HIMARS"
_MODEL = re.compile(r"^(?:[A-Z][A-Za-z]{0,2}-\d{1,3}[A-Z]?s?|HIMARS|ATACMS|NASAMS|IRIS-T|Leopards?|Abrams|Bradleys?|"
                    r"Javelins?|Stingers?|Patriots?|Storm Shadows?|Bayraktars?)$")


def _movement_figure(t) -> bool:
    """A count of troops that moves rather than stands: "2,000 more troops", "an extra brigade", "the
    deployment of 500 soldiers"."""
    return any(c.lower_ in ("more", "additional", "extra", "further", "fresh") for c in t.children
               if c.dep_ == "amod") or t.dep_ == "pobj" and t.head.lower_ == "of" and \
        t.head.head.lemma_.lower() in DECIDED_MOVES


def _forces_moving(t) -> bool:
    """The subject of a verb of going is a force (or, for a relative clause, what it tells of)."""
    subj = [k for k in t.children if k.dep_ == "nsubj"] + ([t.head] if t.dep_ == "acl" else [])
    subj = [t.head if k.lower_ in ("who", "which", "that") and t.dep_ == "relcl" else k for k in subj]
    subj += [g for k in subj if k.dep_ == "pobj" for g in [k.head.head]]
    subj += [g for k in subj for c in k.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"]
    return any((_is_force(k) or k.lemma_.lower() in MORE_FORCES or k.lemma_.lower() in ("comrade", "colleague"))
               and k.lower_ not in _PERSONAL and k.ent_type_ != "NORP" for k in subj)


def _coming_force(k) -> bool:
    """A force, or a group, team or mission told by whose or which it is ('a second Kenyan group',
    'a CSTO mission'), as one expected to come."""
    lem = k.lemma_.lower()
    if k.pos_ != "NOUN":
        return False
    if lem not in ("group", "team", "mission"):
        return lem in MORE_FORCES or lem in ("contingent", "reinforcement") or _is_force(k) and k.ent_type_ == "" \
            and k.lower_ not in _PERSONAL and k.lower_ != "them"
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in k.children) and any(
        c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ in ("NORP", "ORG", "ORDINAL") or (
            c.text.isupper() and len(c.text) > 1) or c.lower_ in (
            "second", "third", "next", "first", "military", "peacekeeping", "fact-finding", "finding"))
        for c in k.children)


def _own_people_out(t, state_actor=None) -> bool:
    """'Britain evacuated its embassy staff', 'flew out its nationals', 'the evacuation of its diplomats',
    'the embassy staff were flown out': a state taking its own people out of a country is a
    withdrawal of its presence (unlike residents fleeing a town). The people are a state's own by
    a possessive, an embassy or a nationality word, or a state, government or force as the subject."""
    lem = t.lemma_.lower()
    if t.pos_ == "VERB" and lem in ("leave", "depart", "evacuate", "go") and t.dep_ == "xcomp" and \
            t.head.lemma_.lower() in ("order", "tell", "instruct", "direct", "ask", "urge", "advise"):
        # "told most of its embassy staff to depart", "ordered non-emergency staff to leave": a state sending
        # its own people out (not "gave the ambassador 72 hours to leave": an expulsion, no one's own)
        people = [k for k in t.head.children if k.dep_ in ("dobj", "dative")]
        people = [g for k in people for g in ([k] + [x for p in k.children if p.dep_ == "prep" and p.lower_ == "of"
                                                     for x in p.children])]
        return bool(people) and any(h.lemma_.lower() in EXPATS or h.lower_ in EXPATS for h in people) and any(
            k.dep_ == "poss" and k.lower_ in ("its", "their", "our") or k.lower_ in ("non-emergency", "non-essential")
            or k.lower_ in ("emergency", "essential") and any(x.lower_ == "non" for x in h.children)
            for h in people for k in h.children)
    if _carried_out_by_a_side(t, state_actor):
        return True   # "a Saudi warship carried 150 evacuees from Port Sudan"
    if lem not in REMOVING:
        return False
    if t.pos_ in ("VERB", "AUX"):
        if t.dep_ in ("xcomp", "advcl") and t.head.lemma_.lower() in ("give", "order", "tell", "ask", "urge"):
            return False   # "gave embassy staff 72 hours to leave": an expulsion, told by who orders it
        if lem in ("fly", "ship", "bring", "pull") and not any(k.lower_ in ("out", "home", "back") for k in t.subtree):
            return False   # "flew diplomats to Geneva": a trip, not a departure
        people = [k for k in t.children if k.dep_ in ("dobj", "nsubjpass")]
        subj = [k for k in t.children if k.dep_ == "nsubj"]
    else:
        people = [g for k in t.children if k.dep_ == "prep" and k.lower_ == "of" for g in k.children
                  if g.dep_ == "pobj"]
        subj = [k for k in t.children if k.dep_ == "poss"]
    people += [g for p in people for g in p.conjuncts]
    heads = []
    for p in people:
        if p.like_num or p.lemma_.lower() in ("thousand", "hundred", "dozen", "hundreds", "thousands", "dozens"):
            heads += [g for k in p.children if k.dep_ == "prep" and k.lower_ == "of" for g in k.children]
        else:
            heads.append(p)
    if not heads or not all(h.lemma_.lower() in EXPATS or h.lower_ in EXPATS for h in heads):
        return False
    owned = any(k.dep_ == "poss" or k.lower_ in ("embassy", "consular", "diplomatic") or k.ent_type_ == "NORP"
                for h in heads for k in h.children)
    if owned:
        return True
    return any(k.ent_type_ in ("GPE", "NORP") or k.lemma_.lower() in ("government", "army", "military", "ministry",
                                                                     "embassy", "state", "navy", "air")
               or (state_actor is not None and state_actor(k))
               for s in subj for k in s.subtree)


def _left_in_want(t) -> bool:
    """'leaving Ukrainian troops short of ammunition', 'left the soldiers without shells', 'would leave
    the garrison exposed': 'leave' with an object and what the object is left in; nobody leaves a place."""
    if t.pos_ != "VERB" or not any(k.dep_ == "dobj" for k in t.children):
        return False
    told = [k for k in t.children if k.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advmod", "prep")]
    told += [k for o in t.children if o.dep_ == "dobj" for k in o.children if k.dep_ in ("amod", "prep", "acl")
             and k.i > o.i]
    # "left the public in shock", "leaves the talks in limbo"
    told += [g for k in told if k.dep_ == "prep" and k.lower_ == "in" for g in k.children if g.dep_ == "pobj"]
    return any(k.lower_ in IN_WANT for k in told)


def _what_is_left(t) -> list:
    """What a verb of leaving leaves: 'withdrew from the camp', 'pulled out of the deal'."""
    left = [g for k in t.children if k.dep_ == "prep" and k.lower_ in ("from", "of") for g in k.children
            if g.dep_ == "pobj"]
    left += [g for k in t.children if k.dep_ in ("prt", "advmod", "prep") and k.lower_ == "out" for p in k.children
             if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return left


def _left_a_venture(t) -> bool:
    """'The party pulled out of the election', 'retreated from its pledge', 'investors pulled back from the
    market': what is left is an undertaking, not ground (a pact left is an agreement, Detection._political_acts)."""
    left = _what_is_left(t)
    return bool(left) and all(g.lemma_.lower() in VENTURES or g.lemma_.lower() in PACT_NOUNS for g in left)


def _antecedent(pron):
    """The nearest pact, law or package named before a pronoun, in its sentence or the one before ('approved
    the deal ..., and Lebanon's cabinet endorsed it')."""
    doc = pron.doc
    start = pron.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    for i in range(pron.i - 1, start - 1, -1):
        x = doc[i]
        if x.pos_ == "NOUN" and (x.lemma_.lower() in PACT_NOUNS or x.lemma_.lower() in DECIDED_THINGS):
            return x
    return None


# Verbs by which a side declares its own word on the conflict, rather than reports a fact ("said"); not
# "pledge", whose object is mostly money or troops given (aid).
DECLARING_VERBS = {"urge", "demand", "blame", "accuse", "condemn", "denounce", "warn", "vow", "threaten",
                   "call", "brand", "slam", "decry", "deplore", "criticise", "criticize", "appeal", "insist"}

# Every verb lemma a rule of Detection._political_acts or Detection._declared reads: a verb outside
# them (save one with a means of contact, "spoke by phone") fires none of those rules.
POLITICAL_VERBS = frozenset(
    {"receive", "host", "welcome", "meet", "call", "phone", "telephone", "ring", "greet", "visit", "summon",
     "convoke", "recall", "expel", "downgrade", "identify", "name", "swear", "install", "inaugurate",
     "voice", "suspend", "readmit", "reinstate",
     "recognise", "recognize", "announce", "impose", "slap", "unveil", "introduce", "levy", "draft", "table",
     "propose", "postpone", "delay", "cancel", "adjourn", "reschedule", "defer", "withdraw", "pull", "exit",
     "quit", "leave", "retreat", "take", "assume", "accept", "endorse", "approve", "sign", "step", "stand",
     "push", "drive", "beat", "force", "throw", "fight", "hold", "make", "mount", "renew", "cut", "reduce",
     "raise", "boost", "lower", "trim"}
    | CONTACT_LIGHT_VERBS | DECLARING_VERBS | APPROVING | REPLACING | QUITTING | CAPTURE | OPENING | COUNT_CHANGES
    | {"lodge", "file", "deliver", "register", "send", "issue", "submit", "hand", "express", "give", "set",
       "present", "serve", "launch", "protest", "unveil", "offer", "put", "float", "outline", "establish",
       "create", "start", "begin", "open", "inaugurate"})

# Verbs that tell what a side said, and the stance its words take decides whether the saying is news of its
# own (Detection._stances): "the army said it would hunt down those responsible" is; "five soldiers died in
# the ambush, the army said" tells the ambush.
SAYING_VERBS = frozenset({"say", "tell", "announce", "state", "declare", "insist", "stress", "add", "assert",
                          "affirm", "reiterate", "maintain", "promise", "pledge", "write", "tweet", "post",
                          "explain", "argue", "vow", "warn", "claim", "signal", "indicate", "offer", "propose",
                          "refuse", "threaten"})
# Who may speak for a side besides its leaders and offices (SPEAKER_NOUNS): "the cleric called the vote a
# betrayal", "the governor said the city would not surrender".
SPEAKING_ROLES = frozenset({"cleric", "imam", "ayatollah", "bishop", "patriarch", "mayor", "governor", "envoy",
                            "ambassador", "diplomat", "lawmaker", "senator", "legislator", "chairman", "chairwoman",
                            "head", "director", "prosecutor", "negotiator", "mediator", "representative", "founder",
                            "warlord", "chieftain", "elder", "monarch", "sultan", "sheikh", "emir", "mufti",
                            "secretary", "speaker", "deputy", "vice-president", "vice", "regime", "administration",
                            "embassy", "mission", "delegation", "authorities", "authority", "police", "pentagon",
                            "kremlin", "statement", "communique", "communiqué", "coastguard", "guard", "prosecutor"})
# Verbs of denial: "denied any role in the explosion", "rejected the accusation".
DENYING_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "disown", "rebuff"})
# What a side denies or rejects that is about its own part, not an act itself: "denied any role",
# "rejected the accusations", "dismissed the reports as lies".
DENIED_NOUNS = frozenset({"role", "involvement", "responsibility", "part", "accusation", "allegation", "claim",
                          "charge", "report", "link", "knowledge", "complicity", "participation", "blame",
                          "suggestion", "assertion", "account", "version", "ultimatum", "demand", "proposal",
                          "offer", "plan", "resolution", "decision", "call", "request", "notion", "idea"})
# Verbs by which a speaker gives its verdict on a thing with 'as': "described the attack as cowardly".
VERDICT_VERBS = frozenset({"describe", "term", "label", "characterise", "characterize", "dismiss", "denounce",
                           "condemn", "hail", "welcome", "regard", "see", "view", "consider", "brand"})
# Auxiliaries of a commitment, a threat or a refusal: "would not negotiate", "will answer", "could strike".
COMMITTING_AUX = frozenset({"will", "would", "shall", "'ll", "wo", "can", "could", "must", "should", "ca",
                            "may", "might", "'d"})
# Verbs of knowing, whose modal tells what a speaker can tell, no stance: "said they could not confirm reports".
KNOWING_VERBS = frozenset({"confirm", "verify", "know", "say", "tell", "comment", "determine", "establish",
                           "identify", "estimate", "assess", "ascertain", "disclose", "reveal", "specify", "give"})
# Verbs of a side's own position told in the present: "reserves the right to respond", "refuses to talk",
# "wants the troops to stay", "remains committed", "stands ready".
POSITION_VERBS = frozenset({"reserve", "refuse", "want", "intend", "remain", "stand", "seek", "reject", "oppose",
                            "support", "welcome", "recognise", "recognize", "consider", "regard", "hold", "expect",
                            "demand", "insist", "plan", "aim", "hope", "need", "prefer", "decline", "accept"})
# Nouns by which a speaker names its own side in what it says: "the president said the army would answer",
# "Blair said Ottawa would meet its commitment", "the alliance would not be drawn in".
OWN_SIDE_NOUNS = frozenset({"government", "country", "nation", "state", "army", "military", "force", "troop",
                            "alliance", "coalition", "movement", "group", "party", "administration", "ministry",
                            "navy", "kingdom", "republic", "regime", "junta", "organisation",
                            "organization", "union", "bloc", "council", "cabinet", "leadership", "side",
                            "authority", "command", "police", "militia"})
# What a speaker's verdict is about: an act, a measure or a word of the other side ("said the strikes were a
# proportionate response", "said the resolution was too weak", "said the accusations were baseless").
VERDICT_SUBJECTS = DENIED_NOUNS | frozenset({"move", "vote", "step", "attack", "strike", "bombing", "action",
                                             "measure", "law", "bill", "deal", "agreement", "ceasefire", "truce",
                                             "talks", "election", "referendum", "operation", "offensive",
                                             "invasion", "incursion", "sanction", "statement", "remark",
                                             "comment", "threat", "response", "retaliation", "policy", "raid",
                                             "killing", "shelling", "blockade", "occupation", "presence",
                                             "deployment", "withdrawal", "visit", "video", "footage"})
# Words that tell a side's guilt in what another says of it: "the ships illegally entered Russian waters".
GUILT_WORDS = frozenset({"illegally", "illegal", "unlawfully", "unlawful", "violate", "violation", "breach",
                         "provocation", "provoke", "provocative", "aggression", "responsible", "terrorist",
                         "terrorism", "crime", "genocide", "ignore", "sabotage", "lie", "propaganda", "fabricate",
                         "complicit", "deliberately", "intentionally", "recklessly"})
# Verbs of a side readying an act it has not done: "was preparing an attack", "plotted to strike".
READYING_VERBS = frozenset({"prepare", "plan", "plot", "ready", "intend", "scheme"})
# Verbs that only perform the act their object names: "would hold live-fire drills", "will stage a parade".
PERFORMED_BY = PERFORMING | OPENING | {"hold", "stage", "conduct", "do", "make", "carry", "resume", "continue",
                                       "step", "intensify", "escalate", "expand", "complete", "finish"}
# Verbs by which a side halts its own programme or operations: "the alliance suspended its training mission",
# "the coalition paused the training of local forces", "the militia is suspending its attacks".
HALTING_VERBS = frozenset({"suspend", "pause", "halt", "freeze", "stop", "cease", "interrupt", "shelve"})
# Talks a side may break off, and the verbs that end them: "Kabul suspended the dialogue", "called off the
# negotiations", "broke off contacts with the rebels", "declared the peace talks over" (Detection._talks_ended).
TALK_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "dialogue", "dialog", "contact", "contacts",
                        "mediation", "consultation", "consultations", "process", "cooperation", "relation"})
ENDING_TALKS = frozenset({"suspend", "pause", "halt", "freeze", "stop", "end", "terminate", "cancel", "abandon",
                          "quit", "abort", "scrap", "shelve", "postpone", "interrupt"})
# Particles that make a verb one of ending: "called off", "broke off", "walked out of".
ENDING_PHRASALS = frozenset({("call", "off"), ("break", "off"), ("walk", "out"), ("pull", "out")})
ENDING_PHRASAL_VERBS = frozenset(verb for verb, _ in ENDING_PHRASALS)
# Spans of time a side grants another before it acts: "gave the rebels 72 hours to surrender" (Detection._ultimatums).
GRANTED_SPANS = frozenset({"hour", "day", "week", "minute", "month", "deadline", "ultimatum", "until"})
# People a state sends away or calls home, not a side told to act: "told its embassy staff to leave", "gave
# foreign journalists 48 hours to leave" (Detection._ultimatums, Detection._orders_given).
OWN_PEOPLE = frozenset({"staff", "citizen", "national", "resident", "journalist", "correspondent", "employee",
                        "worker", "family", "dependant", "dependent", "personnel"})
# Verbs of ordering another to act: "told the warships to stay 1,000 metres away", "ordered the army to drive
# the enemy out" (Detection._orders_given).
ORDERING_VERBS = frozenset({"tell", "order", "instruct", "command", "direct", "urge", "warn", "demand", "ask"})
# What a side says its words in: "In a statement on Monday, the ministry said ...", "in a televised address"
# (Detection._said_in_a_statement).
STATEMENT_NOUNS = frozenset({"statement", "address", "speech", "interview", "communique", "communiqué", "message",
                             "broadcast", "briefing", "conference", "letter", "post", "tweet", "declaration",
                             "announcement", "remark", "remarks", "comment", "comments", "video", "appearance"})
# Occasions a speaker speaks at, news of their own whatever the words tell: "in a televised address", "told a news
# conference" (Detection._said_in_a_statement).
OCCASION_NOUNS = frozenset({"address", "speech", "interview", "conference", "briefing", "broadcast", "rally",
                            "appearance"})
# Where a speaker says its words: "wrote on Twitter that ...", "said on state television" (Detection._said_in_a_statement).
MEDIA_NOUNS = frozenset({"twitter", "x", "telegram", "facebook", "instagram", "television", "tv", "radio", "media",
                         "website", "channel", "broadcaster", "truth", "weibo", "youtube"})
# Nouns of a side's announcement told with its own day: "the alliance's announcement on 20 March that it was
# pausing training" (Detection._announcements).
ANNOUNCING_NOUNS = frozenset({"announcement", "statement", "declaration", "pledge", "promise", "vow", "threat",
                              "warning", "ultimatum", "decision", "order", "claim", "admission"})
# Words putting a person at the head of a force or an operation: "was put in charge of the operation",
# "placed in command of the eastern front" (Detection._command_given).
CHARGE_NOUNS = frozenset({"charge", "command", "control", "head", "helm"})
# A vote or call of a legislature named by a noun: "the vote last month to expel the troops", "January's
# parliamentary call for foreign troops to leave" (Detection._votes_recalled).
VOTE_NOUNS = frozenset({"vote", "call", "resolution", "motion", "decision", "demand", "ballot"})
# Verbs that call a gathering for a day to come: "called a march for Friday" (Detection._gatherings_held,
# modality._told_modality).
CALLING_GATHERINGS = frozenset({"call", "announce", "schedule", "set", "plan", "organise", "organize", "convene",
                                "fix", "slate"})
# Gatherings named by a noun that are held: "a funeral procession will be held on Saturday" (Detection._gatherings_held).
GATHERING_NOUNS = frozenset({"procession", "march", "rally", "demonstration", "protest", "vigil", "sit-in",
                             "walkout"})
# Nouns of such a halt, told as what a side declares: "declared a halt to its offensive", "announced a pause in
# the training", "ordered a suspension of the strikes".
HALT_NOUNS = frozenset({"halt", "pause", "suspension", "freeze", "moratorium", "stop", "cessation"})
# What a side runs that it may halt, besides its acts of force and movement: "its training mission", "security
# assistance", "its participation in the mission", "joint patrols".
PROGRAMME_NOUNS = frozenset({"mission", "training", "operation", "programme", "program", "patrol", "participation",
                             "cooperation", "assistance", "aid", "support", "activity", "involvement", "contribution",
                             "engagement", "deployment", "exercise", "drill", "airlift", "shipment", "delivery",
                             "supply", "sale", "transfer", "hostility", "campaign", "offensive", "strike", "attack",
                             "raid", "bombing", "shelling", "fighting", "sortie", "recruitment", "rotation",
                             "evacuation", "withdrawal", "pullout", "advance", "incursion", "presence", "role",
                             "partnership", "collaboration"})
# Prepositions by which a sentence refers back (or ahead) to another act: "days after the US killing of the
# general", "in retaliation for the killing of the commander", "since the shelling of the market on Monday".
REFERRING_PREPS = frozenset({"after", "following", "since", "before", "for", "over", "amid", "despite", "to",
                             "against", "about", "behind"})
# Verbs whose object is an act told before: "sanctions follow Russia's seizure of three ships", "the UN condemned
# Sunday's attack on the convoy", "vowed to avenge the killing of the commander".
REFERRING_VERBS = frozenset({"follow", "precede", "avenge", "answer", "condemn", "denounce", "mark", "commemorate",
                             "investigate", "probe", "claim", "recall", "revenge", "retaliate"})
# The kinds of act a noun phrase may refer back to with its own date, place and doer.
REFERRED_KINDS = frozenset(VIOLENT_CHOICE | {"abduction", "arrest", "weapons_seizure", "territory_change",
                                             "property_destruction", "sexual_violence", "mob_violence"})
# What a place or a convoy comes under: "came under fire", "came under rocket attack".
UNDER_FIRE = frozenset({"fire", "gunfire", "attack", "assault", "shelling", "bombardment", "barrage", "strike",
                        "airstrike", "raid"})
# Verbs that take a side's own force back: "pull its fighters back", "move its troops north of the river".
PULLING_BACK = frozenset({"move", "pull", "withdraw", "shift", "relocate", "redeploy", "take", "bring"})
# Directions a force is taken to: "north of the Litani".
COMPASS = frozenset({"north", "south", "east", "west", "northward", "southward", "eastward", "westward"})
# Armed men of no state (the lemmatiser leaves a capital 'Rebels' as it is): "Rebels stormed villages".
ARMED_MEN = frozenset({"rebel", "militant", "jihadist", "insurgent", "gunmen", "gunman", "fighter", "militiamen"})
# Verbs of an attack fought off: "the defenders repelled an assault".
REPELLING = frozenset({"repel", "repulse", "rebuff", "thwart", "foil", "fend", "ward"})
# Verbs of closing in on ground: "troops have encircled the city".
ENCIRCLING = frozenset({"encircle", "surround", "envelop", "encircled"})
# Every verb lemma some verb + object rule of Detection._triggers reads (each rule there but one starts from the
# verb's lemma): a verb of none of them ("said", "added") has no objects gathered. The one rule with no lemma of
# its own, a killing told by "to death", is checked apart (_to_death).
VERB_RULE_LEMMAS = frozenset().union(
    LAUNCH, ENCIRCLING, RULINGS, LOOTING, DECIDING, REMOVING, DELIVERING, CROWD_ASSAULTS, GIVE_OVER, ESTABLISH,
    SEAL_VERBS, EMERGENCY_VERBS, LEAVING, MEETING, RECEIVING, GATHERING_VERBS, OPENING, PAYING, DIRECTING,
    ENDING_PACT, CONVENING, TIES_VERBS, LANDING, ENTERING, PATROLLING, SELF_MOVING, OPERATING, BUILD_UP, REDUCING,
    DISRUPT, CAPTURE, MASSING, HOLDING,
    {"adopt", "agree", "approve", "arrive", "assault", "assume", "back", "begin", "bring", "burn", "call", "close",
     "come", "complete", "conclude", "confer", "cut", "decide", "defuse", "depart", "deploy", "dispatch", "end",
     "fall", "finish", "fly", "follow", "gain", "go", "gun", "head", "hoist", "host", "hurl", "intercept", "issue",
     "land", "launch", "leave", "lift", "lob", "lynch", "manhandle", "meet", "move", "mow", "order", "overrun",
     "pass", "pelt", "plant", "promulgate", "publish", "pull", "raise", "ratify", "recapture", "receive",
     "redeploy", "regain", "relocate", "remain", "reopen", "reposition", "retake", "return", "rush", "seize",
     "send", "shift", "ship", "shoot", "shut", "sign", "speak", "sponsor", "start", "stay", "stone", "take",
     "talk", "throw", "travel", "visit", "vote", "welcome", "wrap", "wrest"})


def _to_death(verb) -> bool:
    """A verb told with "to death" ("a crowd beat a suspected thief to death"): the one verb + object rule of
    Detection._triggers whatever the verb's lemma."""
    return any(k.dep_ == "prep" and k.lower_ == "to" and any(g.lemma_.lower() == "death" for g in k.children)
               for k in verb.children)
# Own men lost, told by their side: "about 150 of his men had died", "we lost 40 fighters".
LOSS_VERBS = frozenset({"die", "kill", "lose", "wound", "injure", "suffer", "perish", "fall"})


# Verbs by which a state puts a protest or an ultimatum to another: "lodged a formal protest with Beijing",
# "delivered a note of protest", "gave the rebels a 72-hour ultimatum", "issued an ultimatum".
LODGING_VERBS = frozenset({"lodge", "file", "deliver", "register", "send", "issue", "make", "submit", "hand",
                           "express", "give", "set", "present", "serve", "launch"})
# What a state lodges with another: a diplomatic complaint ("a strong protest", "a démarche", "a protest note").
COMPLAINT_NOUNS = frozenset({"protest", "démarche", "demarche", "complaint"})
# Verbs by which a side puts forward a plan for peace: "announced a peace initiative", "unveiled a ceasefire plan".
PROPOSING_VERBS = frozenset({"announce", "unveil", "launch", "present", "propose", "offer", "put", "table", "submit",
                             "float", "outline"})
# What such a plan is called, and the words that make it one for peace.
INITIATIVE_NOUNS = frozenset({"initiative", "plan", "proposal", "roadmap", "blueprint", "framework", "formula"})
PEACE_WORDS = frozenset({"peace", "ceasefire", "cease-fire", "truce", "settlement", "de-escalation", "mediation"})
# Verbs by which a programme of support is set up or begun: "set up a military training mission".
FOUNDING_VERBS = frozenset({"set", "establish", "launch", "create", "start", "begin", "open", "inaugurate"})

# Who did an act, as the authorities name them: "identified the driver", "named the gunman as a local man".
CULPRIT_NOUNS = frozenset({"driver", "gunman", "gunmen", "bomber", "attacker", "assailant", "perpetrator", "killer",
                           "shooter", "hijacker", "suspect", "culprit", "kidnapper", "abductor", "arsonist", "pilot",
                           "mastermind", "ringleader", "victim", "body", "remains"})
# Who investigates an act and tells what it found: "the prosecutor general identified the driver".
INVESTIGATORS = frozenset({"police", "prosecutor", "prosecutors", "investigator", "investigators", "ministry",
                           "authorities", "authority", "officials", "official", "spokesman", "spokeswoman", "army",
                           "military", "government", "agency", "service", "inquiry", "investigation", "court",
                           "coroner", "minister", "president", "office"})

# What a side voices as its own stance: "expressed concern over the clashes", "voiced support for Kyiv".
VOICED_NOUNS = frozenset({"concern", "alarm", "regret", "outrage", "anger", "indignation", "dismay", "support",
                          "solidarity", "condolence", "condolences", "sympathy", "opposition", "disappointment",
                          "shock", "readiness", "willingness", "displeasure", "objection", "reservation"})

# How a side says it feels about what happens: "said it was deeply concerned", "said they were outraged".
FEELING_WORDS = frozenset({"concerned", "concern", "alarmed", "alarm", "worried", "worry", "outraged", "outrage",
                           "appalled", "appal", "appall", "shocked", "shock", "disappointed", "disappoint",
                           "saddened", "sadden", "troubled", "trouble", "dismayed", "dismay", "horrified", "horrify",
                           "angered", "anger", "deplore"})

# What states belong to: "quit ECOWAS", "left the alliance", "suspended Guinea from the bloc".
BODY_NOUNS = frozenset({"alliance", "bloc", "union", "organisation", "organization", "community", "grouping",
                        "commonwealth", "league", "membership"})

# Who speaks for a state abroad: the envoy summoned in protest ("summoned the charge d'affaires").
ENVOY_WORDS = {"ambassador", "envoy", "charge", "chargé", "affaires", "diplomat", "consul", "attache", "attaché",
               "emissary", "representative"}


def _contactor(tok) -> bool:
    """Who keeps a state's contacts: a named person, a leader, minister or envoy, or a state by name."""
    return tok.ent_type_ in ("PERSON", "GPE") or _leader(tok) or (
        tok.pos_ == "PROPN" and tok.ent_type_ in ("", "NORP") and tok.text[:1].isupper())   # "Lula", "Modi"


def _head_of_state_post(tok) -> bool:
    """The office of a head of state or government ('president', 'prime minister', 'premier', 'the
    country's new emir'), not a minister of a portfolio ('foreign minister') nor a lesser office."""
    lem = tok.lemma_.lower()
    if lem == "minister":
        return any(k.dep_ in ("amod", "compound") and k.lower_ == "prime" for k in tok.children)
    return lem in HEAD_OF_STATE_OFFICES and not any(
        k.dep_ in ("amod", "compound") and k.lower_ in ("vice", "deputy", "acting") for k in tok.children)


# The sound of fighting ("gunfire", "exchanges of fire") and the verbs telling it was heard or broke out.
SOUNDING_VERBS = frozenset({"ring", "hear", "erupt", "break", "echo", "resound", "crackle", "rattle", "report",
                            "continue", "rage", "resume", "intensify", "subside"})
GUNFIRE_NOUNS = frozenset({"gunfire", "gunshot", "shot", "firing"})


# Offices whose taking ("sworn in as president", "inaugurated as chancellor") changes who leads a state.
HEAD_OF_STATE_OFFICES = frozenset({"president", "premier", "chancellor", "king", "queen", "emir", "sultan",
                                   "monarch", "taoiseach"})


def _post_holder(tok, coup=False) -> bool:
    """A person or a post at the head of a force or a group ('General Zaluzhny', 'the army chief', 'the
    commander of the eastern front'); an office of state is none ('the defence minister resigned' is no
    change in a force), save the head of state or government put out by force ('overthrew the president')."""
    lem = tok.lemma_.lower()
    if coup and lem in HEADS_OF_STATE:
        return True
    if tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN":
        return any(k.dep_ == "compound" and k.lemma_.lower() in MILITARY_POSTS for k in tok.children) or \
            coup and tok.ent_type_ == "PERSON"
    if tok.pos_ != "NOUN":
        return False
    if lem in MILITARY_POSTS or tok.lower_ in MILITARY_POSTS:
        return True
    # "the army chief", "the head of military intelligence", "the group's leader": a generic head of a force
    return lem in POSTS and any((_is_force(x) and x.pos_ == "NOUN" and x.lower_ not in _PERSONAL)
                                or x.lemma_.lower() in ("staff", "intelligence")
                                for x in tok.subtree if x.i != tok.i)


# The words a standing strength is counted in ("some 2,400 foreign troops are based in the country").
STANDING_FORCES = frozenset({"troops", "soldiers", "personnel", "forces", "servicemen", "trainers", "marines", "fighters",
                             "militiamen", "mercenaries", "reservists", "men", "peacekeepers", "paratroopers", "commandos",
                             "gendarmes", "sailors", "airmen", "instructors", "advisers", "advisors", "policemen",
                             "officers", "guardsmen", "troopers", "servicemembers"})
# The words a count of a force is told with ("about 1,000 soldiers", "some 6,000 sailors"), made once
# (Detection._counts_of_a_force tests every word of every sentence).
COUNTED_FORCES = frozenset(STRENGTH_NOUNS | {"sailors", "marines", "peacekeepers", "fighters", "paratroopers", "police",
                                             "officers"})


# -- acts of force, movement and posture (session 9) ---------------------------------------------------
# verbs by which a side tells the aircraft and ships it saw about an area: "the ministry detected 41 aircraft
# and 9 warships around the island", "14 vessels were spotted near the islands"
SIGHTING_VERBS = frozenset({"detect", "spot", "track", "observe", "record", "monitor", "sight", "see", "identify",
                            "count", "register", "log", "notice", "trace", "find"})
# what is counted in such a sighting: military aircraft and ships
SIGHTED_KIT = frozenset({"aircraft", "plane", "warplane", "jet", "fighter", "bomber", "drone", "helicopter", "sortie",
                         "ship", "warship", "vessel", "boat", "destroyer", "frigate", "corvette", "submarine",
                         "cruiser", "carrier", "uav"})
# the prepositions that set a sighting about an area ("around the island", "off the coast", "near the line")
ABOUT_AREA = frozenset({"around", "near", "off", "in", "over", "across", "inside", "into", "within", "along",
                        "toward", "towards", "close", "surrounding", "east", "west", "north", "south", "at"})
# kit counted by its own move into an area watched: "45 aircraft crossed the median line", "entered the zone"
INTRUDING = frozenset({"cross", "enter", "breach", "violate", "intrude", "penetrate"})
AREA_NOUNS = frozenset({"line", "zone", "airspace", "waters", "water", "adiz", "strait", "boundary", "border", "sea"})
# drills named in the sentence make the sighted force an exercise ("during the drills")
DRILL_WORDS = frozenset({"drill", "drills", "exercise", "exercises", "manoeuvre", "manoeuvres", "maneuver",
                         "maneuvers", "wargame", "wargames", "war-game", "war-games"})
# verbs by which a place holds a force: "Tower 22, which holds about 350 US personnel", "the base houses 2,500"
HOLDING_VERBS = frozenset({"hold", "house", "host", "accommodate", "shelter", "have", "contain", "lodge", "quarter"})
# verbs of a force's going home ("have begun returning home", "flew home")
HOMEWARD = frozenset({"return", "go", "head", "come", "fly", "sail", "travel", "leave", "depart", "rotate"})
# verbs of people harmed in an attack ("were wounded", "were hurt")
HARMING = frozenset({"wound", "injure", "hurt", "kill", "maim"})
# the words a single day is told in ("on Saturday", "on 4 November", "overnight"), not a span ("in the first
# three months of the year", "since January")
DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                       "today", "tonight", "overnight"})
MONTH_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."})
SPAN_WORDS = frozenset({"months", "weeks", "years", "days", "since", "past", "first", "period", "year",
                        "month", "week"})
# verbs of a state's carrying people out of a place ("a frigate carried 212 evacuees from the port", "troops
# ferried civilians out of the airport", "airlifted its citizens out")
FERRYING = frozenset({"carry", "ferry", "fly", "airlift", "ship", "transport", "take", "lift", "move", "bring",
                      "evacuate", "rescue", "extract", "sail", "drive", "bus", "shuttle", "remove"})
# who is carried out in an evacuation
EVACUEES = frozenset({"evacuee", "citizen", "national", "diplomat", "staff", "expatriate", "foreigner", "civilian",
                      "people", "passenger", "person", "employee", "worker", "family", "dependant", "dependent",
                      "personnel", "official", "tourist", "student", "resident"})
# an exercise told going on: "the drills are under way", "the exercise runs until Sunday"
GOING_ON = frozenset({"run", "runs", "continue", "continues", "last", "lasts", "be", "go", "remain", "stretch"})
BEGINNING = frozenset({"begin", "start", "continue", "resume"})
# verbs that ready a force for a move ("placed on prepare-to-deploy orders", "ready-to-move")
READYING = frozenset({"prepare", "ready"})


def _carried_out_by_a_side(t, state_actor=None) -> bool:
    """A state's force or ship carrying people out of a place: "a Jordanian frigate carried 212 evacuees from
    the port to Aqaba", "British troops ferried 500 civilians out of Kabul airport", "Germany airlifted 300 of
    its citizens out of Khartoum" (not "the bus carried 40 passengers from Lviv", "smugglers ferried migrants
    from Libya": no state's evacuation)."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in FERRYING:
        return False
    people = [k for k in t.children if k.dep_ == "dobj"]
    people += [g for p in people for g in p.conjuncts]
    # "212 evacuees", "hundreds of its citizens", "some of the staff"
    people += [g for p in people if p.like_num or p.lemma_.lower() in PART_WORDS | {
        "hundred", "thousand", "dozen", "hundreds", "thousands", "dozens"} for k in p.children
        if k.dep_ == "prep" and k.lower_ == "of" for g in k.children if g.dep_ == "pobj"]
    if not any(p.lemma_.lower() in EVACUEES or p.lower_ in EVACUEES for p in people):
        return False
    # out of a place: "from the port", "out of Kabul", "airlifted them out"
    if not any(c.lower_ in ("from", "out") and c.dep_ in ("prep", "prt", "advmod") for c in t.children):
        return False
    doers = [k for k in t.children if k.dep_ == "nsubj"]
    doers += [g for k in doers for g in k.conjuncts]
    # the side is named: a state, or a force, ship or aircraft told with its nationality ("a Saudi warship",
    # "British troops"; not "the last convoys carried out our personnel", whose side the story told before)
    return any(k.lower_ not in _PERSONAL and (
        k.ent_type_ in ("GPE", "NORP") or (state_actor is not None and state_actor(k))
        or (_is_force(k) and k.pos_ == "NOUN" or k.lemma_.lower() in MORE_FORCES or k.lemma_.lower() in VESSELS
            or k.lemma_.lower() in SIGHTED_KIT) and any(
            m.ent_type_ in ("GPE", "NORP") and m.dep_ in ("amod", "compound", "poss") for m in k.children))
        for k in doers)


def _downing(t) -> bool:
    """`t` is a verb of bringing down in flight: "intercepted", "downed", "shot down", "brought down"."""
    lem = t.lemma_.lower()
    return t.pos_ == "VERB" and (lem in ("intercept", "down") or lem in ("shoot", "bring") and any(
        k.dep_ in ("prt", "advmod") and k.lower_ == "down" for k in t.children))


def _downed_in_flight(tok) -> bool:
    """`tok` names drones, missiles or rockets a downing verb takes as its object: "intercepted two missiles",
    "three rockets were shot down", "shot down 80 of the drones" (an attack made with them, none seized)."""
    if tok.lower_ not in PROJECTILES and tok.lemma_.lower() not in PROJECTILES:
        return False
    x = tok
    while x.dep_ == "conj" or x.dep_ == "pobj" and x.head.lower_ == "of":
        x = x.head if x.dep_ == "conj" else x.head.head
    return x.dep_ in ("dobj", "nsubjpass") and _downing(x.head)


def _readied_move(t) -> bool:
    """The verb at the end of a hyphened readiness ("prepare-to-deploy orders", "a ready-to-move brigade"):
    the move a force is readied for, told as an act still to come."""
    doc = t.doc
    return t.i >= 4 and doc[t.i - 1].text in ("-", "‐") and doc[t.i - 2].lower_ == "to" and \
        doc[t.i - 3].text in ("-", "‐") and doc[t.i - 4].lemma_.lower() in READYING


class Detection:
    """Trigger detection and kind refinement (a part of the Events stage; reads its per-document state)."""

    def _triggers(self, toks):
        lex = self.lexicon
        # a stance's trigger -> the tokens of its words and how an act there weighs (Detection._stances and
        # _dedupe_sentence), for this sentence
        self._stance_told = {}
        found: dict[int, tuple[object, set[str], float]] = {}
        lemmas = [t.lemma_.lower() for t in toks]
        lowers = [t.lower_.replace("’", "'") for t in toks]
        swords = set(lemmas) | set(lowers)
        phrase_len: dict[int, int] = {}   # the length of the phrase that read each head
        for i, t in enumerate(toks):
            common = _sentence_first_plural(t, lex)
            if common:
                lemmas[i] = common   # "Protests erupted in the capital": no name, the tagger's capital
            elif t.pos_ not in ("VERB", "NOUN", "ADJ", "PROPN") or t.ent_type_ in ("PERSON", "WORK_OF_ART", "LAW",
                                                                                 "DATE", "TIME", "ORG", "EVENT",
                                                                                 "FAC", "GPE", "NORP"):
                if not (t.pos_ in ("VERB", "NOUN") and t.ent_type_ in ("", "ORG") and not t.text[0].isupper()):
                    continue
            if t.pos_ == "PROPN" and t.text[0].isupper() and not common:
                continue
            # looked up directly: most words are of no kind and begin no phrase, and need no sets made
            own, low = lex.words.get(lemmas[i]), lex.words.get(lowers[i])
            if not own and not low and lemmas[i] not in lex.phrases and lowers[i] not in lex.phrases:
                continue
            kinds = set(own or ()) | set(low or ())
            strength = 0.6
            plen = 0
            phrasal = set()   # kinds of a verb with its particle ("fall back", "shoot down"): they replace the verb's own
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
                        if n == 2 and seq[1] in PARTICLES:
                            phrasal.add(kind)
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
                                phrasal.add(kind)
            if phrasal and t.pos_ == "VERB":
                kinds = phrasal   # "troops fell back": a retreat, no town falling
            if "withdrawal" in kinds and lemmas[i] == "leave" and _left_in_want(t):
                kinds = kinds - {"withdrawal"}   # "leaving troops short of ammunition": no one left anywhere
            if "withdrawal" in kinds and t.pos_ == "VERB" and _left_a_venture(t):
                kinds = kinds - {"withdrawal"}   # "the party pulled out of the election": no ground left
            if not kinds:
                continue
            if t.pos_ != "VERB" and lemmas[i] in VERB_ONLY and not plen:
                continue   # "the bus station", "a police post": a place, not troops stationed
            if lemmas[i] in DOERS and t.dep_ in ("dobj", "nsubjpass", "pobj", "attr", "appos", "conj"):
                continue   # "vigilantes killed three suspected kidnappers": the victims, not a kidnapping
            if "suicide_bombing" in kinds and lemmas[i] == "bomber" and not plen and not swords & SUICIDE_CUES:
                # "Russian bombers pounded the town": aircraft, unless a suicide is told
                kinds = (kinds - {"suicide_bombing"}) | {"airstrike"}
            if t.pos_ == "NOUN" and lemmas[i] in REMOVING and _own_people_out(t, self._state_actor):
                kinds, strength = {"withdrawal"}, 0.85   # "the evacuation of its embassy staff"
            if t.dep_ == "compound" and t.pos_ == "NOUN" and not plen and not (
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
            if kinds == {"troop_level"} and _movement_figure(t) and any(c.like_num for c in t.children):
                continue   # "approved the deployment of 2,000 more troops": the deployment's figure
            if t.pos_ == "NOUN" and kinds & VIOLENT and lemmas[i] not in GENERIC_VIOLENT and t.dep_ == "nsubjpass" and \
                    t.head.lemma_.lower() in ("claim", "carry", "conduct", "perpetrate", "commit") and any(
                    k.dep_ == "agent" for k in t.head.children):
                strength = max(strength, 0.9)   # "the bombing was claimed by Islamic State": an act with its doer
            if t.pos_ == "NOUN" and _dated_noun(t) and not kinds & VIOLENT:
                strength = max(strength, 0.85)   # "the February 2020 Doha agreement": named by its date
            if t.pos_ == "NOUN" and t.dep_ == "nsubj" and (t.head.lemma_.lower() in ("happen", "occur") or (
                    t.head.lemma_.lower() == "take" and any(o.dep_ == "dobj" and o.lower_ == "place"
                                                            for o in t.head.children))):
                strength = max(strength, 0.95)   # "the handover took place on Tuesday": an occurrence told
            if t.i in found and found[t.i][0] is t and phrase_len.get(t.i, 0) > plen and not found[t.i][1] <= kinds:
                continue   # "a suicide car bomb": the longer phrase read at its first word names an act its head cannot
            phrase_len[t.i] = plen
            found[t.i] = (t, kinds, strength)
        # verb + object patterns that words alone confuse
        for t in toks:
            if t.pos_ != "VERB":
                continue
            lem = t.lemma_.lower()
            if lem not in VERB_RULE_LEMMAS and not _to_death(t):
                continue   # no rule below reads this verb ("said", "added"): its objects are not gathered
            objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
            objs += [g for c in objs for g in c.conjuncts]
            # "Gossi, ..., which Barkhane handed to the army": the relative pronoun's antecedent
            objs += [t.head for o in objs if o.lower_ in ("which", "that") and t.dep_ == "relcl"]
            # "a stash of firearms", "a cache of weapons": what the quantity is of
            objs += [g for o in objs if o.lemma_.lower() in CONTAINERS for k in o.children
                     if k.dep_ == "prep" and k.lower_ == "of" for g in k.children if g.dep_ == "pobj"]
            words = {o.lemma_.lower() for o in objs} | {o.lower_ for o in objs}
            # "launched a wave of missile strikes": the weapon named in the object's compound
            fired = words | {k.lower_ for o in objs for k in o.children if k.dep_ in ("compound", "amod")}
            ctl = lem in ("take", "seize", "gain", "wrest", "regain", "assume") and any(
                o.lemma_.lower() == "control" for o in objs)
            if lem in LAUNCH and fired & WEAPON_NOUNS and (t.i not in found or lem == "launch" and found[t.i][2] < 0.85):
                # "fired a number of missiles at", "dropped bombs on": the firing is the attack
                kinds = {k for k in ("airstrike", "shelling", "explosion", "grenade", "chemical_attack")
                         if fired & CUES[k]} or {"shelling"}
                subj = {x.lower_ for k in _subjects(t) or (_subjects(t.head) if t.dep_ == "conj" else [])
                        for x in k.subtree}
                if lem == "drop" or subj & CUES["airstrike"] or {"air", "force"} <= subj:
                    kinds = {"airstrike"}   # "aircraft dropped bombs": from the air, not a roadside bomb
                found[t.i] = (t, kinds, 0.85)
            if lem == "come" and found.get(t.i, (0, 0, 0.0))[2] < 0.9:
                # "a diplomatic convoy came under fire", "the base came under rocket attack": the subject hit
                hit = [g for k in t.children if k.dep_ == "prep" and k.lower_ == "under" for g in k.children
                       if g.dep_ == "pobj" and g.lemma_.lower() in UNDER_FIRE]
                # (one hit that is armed or a force's convoy, base or patrol fights back: the lexicon's reading)
                struck = {x.lemma_.lower() for k in _subjects(t) for x in k.subtree}
                if struck & (ARMED_NOUNS | {"convoy", "patrol", "base", "checkpoint", "post", "outpost"}) and \
                        not struck & {"diplomatic", "aid", "humanitarian", "civilian", "un", "u.n.", "medical", "relief"}:
                    hit = []
                if hit:
                    found.pop(t.i, None)   # (no fighting by the one hit: "came under fire" read as a clash)
                for g in hit:   # (the noun, so the subject stays the one hit, not the doer)
                    words_hit = {x.lower_ for x in g.subtree}
                    found[g.i] = (g, {k for k in ("shelling", "airstrike") if words_hit & CUES[k]} or {"attack"}, 0.9)
            if lem in ("assault", "manhandle") and found.get(t.i, (0, 0, 0.0))[2] < 0.9 \
                    and objs and all(o.ent_type_ == "PERSON" or _leader(o) or o.lemma_.lower() in ENVOY_WORDS
                                     or o.lemma_.lower() in CIVILIAN_NOUNS or o.lemma_.lower() in PEOPLE_TAKEN
                                     and not _is_force(o) for o in objs if o.lower_ not in _PERSONAL) and any(
                    o.lower_ not in _PERSONAL for o in objs):
                # "the ambassador was assaulted in his residence", "gunmen beat two journalists": people attacked
                found[t.i] = (t, {"attack"}, 0.9)
            if lem in ENCIRCLING and found.get(t.i, (0, 0, 0.0))[2] < 0.9 and any(
                    o.dep_ == "dobj" and (self._place_within(o) or o.lemma_.lower() in TERRAIN) for o in objs) and any(
                    x.lemma_.lower() in ARMED_NOUNS or self._armed(x) or self._state_actor(x)
                    for k in _subjects(t) for x in [k, *k.children]):
                # "troops have encircled the city", "Russian forces surrounded Mariupol": ground closed in on
                found[t.i] = (t, {"territory_change"}, 0.9)
            if lem in ("vote", "approve", "pass", "ratify", "adopt") and any(
                    x.lemma_.lower() in LEGISLATORS for k in t.children if k.dep_ == "nsubj" for x in k.subtree) and (
                    lem == "vote" or words & LEGIS_NOUNS):
                # "Niger's parliament voted 131 to 31 to allow ...", "the senate passed the bill"
                found[t.i] = (t, {"legislation"}, 0.9)
            if lem in ("sign", "issue", "promulgate", "publish") and (words & {"decree", "law", "bill", "ordinance",
                                                                              "legislation", "statute", "constitution"}
                                                                     or any(o.lemma_.lower() == "declaration" and any(
                                                                         k.lower_ == "constitutional" for k in o.children)
                                                                         for o in objs)):
                # ("signed a constitutional declaration setting a five-year transition": a law, no pact)
                found[t.i] = (t, {"legislation"}, 0.9)   # "Goita signed a decree setting ...": no agreement
            # a part of a force moved: "about 40 of its soldiers", "part of its 300 troops", "some of them"
            moved = objs + [g for o in objs if o.like_num or o.lemma_.lower() in PART_WORDS for k in o.children
                            if k.dep_ == "prep" and k.lower_ == "of" for g in k.children if g.dep_ == "pobj"]
            if lem in ("order", "send", "dispatch", "rush", "move", "deploy", "redeploy", "relocate", "shift",
                       "reposition") and any(
                    ((_is_force(o) or o.lemma_.lower() in MORE_FORCES) and o.pos_ == "NOUN" or self._armed(o))
                    and not (o.lemma_.lower() in GROUND_KIT and self._arms_delivered(t, objs))
                    for o in moved) and (any(
                    c.dep_ in ("prep", "conj") and c.lower_ in ("to", "into", "towards", "toward")
                    for c in list(t.children) + [g for c in t.children if c.dep_ == "prep" for g in c.conjuncts]
                    + [x for o in objs for x in o.subtree if x.head.dep_ != "relcl"])
                    or any(k.lower_ in MORE_WORDS and k.dep_ in ("amod", "advmod") for o in objs for x in o.children
                           for k in [x, *x.children])):
                # "ordered 20,000 reservists to the border", "sent troops to the region",
                # "sent two more destroyers": more of a force sent is a deployment; one moved from a country
                # to another ("would relocate about 40 of its soldiers from Iraq to Kuwait") leaves the first
                away = lem in ("move", "redeploy", "relocate", "shift", "reposition") and any(
                    c.dep_ == "prep" and c.lower_ in ("from", "out") for c in [*t.children, *(k for o in moved for k in o.children)])
                found[t.i] = (t, {"deployment", "withdrawal"} if away else {"deployment"}, 0.9)
            if lem in ("bring", "pull", "fly", "ship", "send", "call") and found.get(t.i, (0, 0, 0.0))[2] < 0.9 and any(
                    k.lower_ in ("home", "back", "out") and k.dep_ in ("prt", "advmod", "prep", "npadvmod")
                    for k in t.children) and not any(
                    c.dep_ == "prep" and c.lower_ in ("to", "into", "towards", "toward")
                    for c in [*t.children, *(g for k in t.children if k.lower_ in ("back", "out") for g in k.children)]) and any(
                    ((_is_force(o) or o.lemma_.lower() in MORE_FORCES) and o.pos_ == "NOUN" or self._armed(o))
                    for o in moved):
                # a side taking its own force home: "will bring home some of its trainers", "would bring back
                # its instructors from Latvia", "pulled its soldiers out of the country" (not "sent troops
                # back to the front": a force moved to somewhere is a deployment); a pattern with no other
                # reading, so a plan told in it stands as the plan
                found[t.i] = (t, {"withdrawal"}, 0.95)
            if lem in ("end", "complete", "finish", "conclude", "wrap", "begin", "start", "launch"):
                # a state's own removal named as the thing it ends or starts: "Britain ended its evacuation
                # on Saturday", "France completed its airlift from Kabul": the removal, with the state as
                # its doer (not the flight or plane that left in a clause after it)
                for o in objs:
                    if o.pos_ == "NOUN" and o.lemma_.lower() in ("evacuation", "withdrawal", "pullout", "pull-out",
                                                                 "drawdown", "airlift", "repatriation") and any(
                            k.dep_ == "poss" and k.lower_ in ("its", "their") for k in o.children) and any(
                            s.ent_type_ in ("GPE", "NORP") or self._state_actor(s) for s in _subjects(t)):
                        # (an end told is its last day: the verb is the act, as the noun under it is read
                        # as something stopped)
                        act = t if lem in ("end", "conclude") else o
                        found[act.i] = (act, {"withdrawal"}, 0.95)
            if lem in MASSING and any((o.lemma_.lower() in ARMED_NOUNS | MORE_FORCES or o.lower_ in FORCE_NOUNS)
                                      and o.pos_ == "NOUN"
                                      and any(c.like_num for c in o.children) for o in objs):
                # "Russia has massed more than 100,000 troops near the border": forces brought together
                found[t.i] = (t, {"deployment"}, 0.9)
            if lem in ("leave", "depart", "head") and not (lem == "leave" and any(c.dep_ == "dobj" for c in t.children)) and any(
                    c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and self._is_place(g)
                                                                 for g in c.children) for c in t.children) and \
                    _forces_moving(t):
                # "1,700 paratroopers who left for Poland", "troops departed for the front": going there ("a convoy
                # leaves northeast Syria for Iraq" leaves a place: a withdrawal, told by the lexicon)
                found[t.i] = (t, {"deployment"}, 0.9)
            if lem in ("agree", "decide", "vote") and any(
                    x.lemma_.lower() in ("sanction", "embargo") for k in t.children if k.dep_ == "xcomp"
                    for x in k.subtree):
                found[t.i] = (t, {"diplomacy"}, 0.9)   # "EU leaders agreed to widen sanctions": no pact between sides
            if lem in HOLDING and any(x.lower_ in AREA_UNITS for o in objs for x in o.subtree) and \
                    found.get(t.i, (0, 0, 0.0))[2] < 0.9:
                # "Ukraine holds about 1,000 sq km of Russian land": ground held, counted by its area
                found[t.i] = (t, {"territory_change"}, 0.9)
            if lem in ("close", "shut", "reopen") and any(o.lemma_.lower() in ("airspace", "embassy", "consulate")
                                                         for o in objs):
                found[t.i] = (t, {"diplomacy"}, 0.95)   # "Pakistan closed its airspace": a state's measure
            if lem in RULINGS and found.get(t.i, (0, 0, 0.0))[2] < 0.9 and any(
                    x.lemma_.lower() in COURTS for k in _subjects(t) for x in k.subtree):
                # "the High Court ruled the deployment unconstitutional": a court's decision
                found[t.i] = (t, {"legislation"}, 0.9)
                for o in objs:
                    found.pop(o.i, None)
            if lem in LOOTING and objs and found.get(t.i, (0, 0, 0.0))[2] < 0.9:
                found[t.i] = (t, {"property_destruction"}, 0.9)   # "armed men plundered the warehouse"
            if any(k.dep_ == "prep" and k.lower_ == "to" and any(g.lemma_.lower() == "death" for g in k.children)
                   for k in t.children) and objs and found.get(t.i, (0, 0, 0.0))[2] < 0.9 or \
                    lem in ("lynch", "stone") and objs or \
                    lem == "burn" and objs and any(k.lower_ == "alive" for x in [t, *objs] for k in x.children) or \
                    lem in ("mow", "gun", "cut") and any(k.dep_ == "prt" and k.lower_ == "down" for k in t.children) and \
                    any(o.lemma_.lower() in CIVILIAN_NOUNS or o.lemma_.lower() in CAPTIVES or o.lemma_.lower() in CROWDS
                        or o.like_num or o.lemma_.lower() in ("worshipper", "passenger", "guest", "farmer", "shopper")
                        for o in objs):
                # "a crowd beat a suspected thief to death", "residents stoned two men", "burned alive nine
                # passengers", "mowed down worshippers": people killed
                crowd = any(x.lemma_.lower() in CROWDS for k in _subjects(t) for x in [k])
                found[t.i] = (t, {"mob_violence"} if crowd else {"attack"}, 0.9)
            if lem in DECIDING and any(o.lemma_.lower() in DECIDED_MOVES for o in objs):
                if found.get(t.i, (0, 0, 1.0))[2] < 0.9:
                    del found[t.i]   # "approved the deployment of ...": the move decided is the event, to come
                for o in objs:
                    moved = lex.kinds_for(o.lemma_.lower()) & {"deployment", "withdrawal", "handover"}
                    if moved and o.lemma_.lower() in DECIDED_MOVES:
                        found[o.i] = (o, moved, 0.9)
            if (lem in REMOVING or lem in ("leave", "depart", "go")) and found.get(t.i, (0, 0, 0.0))[2] < 0.9 and \
                    _own_people_out(t, self._state_actor):
                # "Britain evacuated its embassy staff", "the embassy staff were flown out"
                found[t.i] = (t, {"withdrawal"}, 0.9)
            if lem in DELIVERING and found.get(t.i, (0, 0, 0.0))[2] < 0.9 and self._arms_delivered(t, objs):
                # "delivered 14 tanks to Ukraine", "approved $500 million in military aid for Kyiv"
                found[t.i] = (t, {"military_aid"}, 0.9)
            if lem in DELIVERING and lem not in LAUNCH and any(
                    k.dep_ in ("prep", "dative") and k.lower_ in ("to", "for") for k in t.children) and not any(
                    k.dep_ == "prep" and k.lower_ in ("at", "into", "on", "against", "toward", "towards")
                    for k in t.children):
                for o in objs:   # "sent ammunition and missiles to Kyiv": the missiles given, none fired
                    if o.i in found and found[o.i][2] < 0.9 and found[o.i][1] <= VIOLENT_CHOICE:
                        found.pop(o.i)
            if lem == "fall" and not objs and found.get(t.i, (0, 0, 0.0))[2] < 0.9 and not any(
                    k.dep_ in ("prt", "acomp", "oprd", "attr") or k.dep_ == "prep" and k.lower_ in ("by", "from", "below")
                    for k in t.children) and any(
                    k.lemma_.lower() in TERRAIN or self._place_within(k) for k in _subjects(t)):
                # "the city of Sake fell on Monday", "the town fell to the rebels": ground lost (not "prices fell by
                # 5%", "the town fell silent", "troops fell back")
                found[t.i] = (t, {"territory_change"}, 0.9)
            if lem in ("overrun", "retake", "recapture") and found.get(t.i, (0, 0, 0.0))[2] < 0.9 and objs and all(
                    o.lower_ in ("it", "them") for o in objs):
                # "the rebels had overrun it by Friday": what these verbs take is ground, named before
                found[t.i] = (t, {"territory_change"}, 0.85)
            if lem in ("raise", "hoist", "plant", "fly") and any(o.lemma_.lower() in ("flag", "banner") for o in objs) and \
                    any(k.dep_ == "prep" and k.lower_ in ("over", "above", "on", "atop") for k in t.children):
                # "tanks drove in and raised Israeli flags over it": ground held, its flag shown (no other reading)
                found[t.i] = (t, {"territory_change"}, 0.95)
            if lem in ("leave", "depart", "take", "lift") and (lem not in ("take", "lift") or any(
                    k.dep_ == "prt" and k.lower_ == "off" for k in t.children)) and any(
                    any(a.lower_ == "last" and a.dep_ == "amod" for a in k.children) and (
                        k.lemma_.lower() in LAST_MOVERS or _is_force(k) and k.lower_ not in _PERSONAL)
                    for k in _subjects(t)) and found.get(t.i, (0, 0, 0.0))[2] < 0.9:
                # "the last US flight left Kabul airport", "the last convoy departed": the end of a presence
                found[t.i] = (t, {"withdrawal"}, 0.9)
            if lem in ("hurl", "throw", "pelt", "lob") and found.get(t.i, (0, 0, 0.0))[2] < 0.9:
                thrown = objs + [g for k in t.children if k.dep_ == "prep" and k.lower_ == "with" for g in k.children
                                 if g.dep_ == "pobj"]
                thrown += [g for o in thrown for g in o.conjuncts]
                if thrown and all(o.lemma_.lower() in THROWN or o.lower_ in THROWN for o in thrown if o.pos_ == "NOUN") \
                        and any(o.pos_ == "NOUN" for o in thrown) and any(
                        x.lemma_.lower() in CROWDS or x.lemma_.lower() in PROTESTERS or x.lower_ in PROTESTERS
                        for k in _subjects(t) for x in [k]):
                    # "residents hurled potatoes and tomatoes at the armoured vehicles", "youths pelted the convoy
                    # with stones": people in the street turned violent, no grenade
                    found[t.i] = (t, {"riot"}, 0.95)
            if lem in CROWD_ASSAULTS and found.get(t.i, (0, 0, 0.0))[2] < 0.9 and any(
                    o.lemma_.lower() in SEAT_NOUNS or o.lemma_.lower() in BUILDINGS or any(
                        g.lemma_.lower() in SEAT_NOUNS for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children) for o in objs if o.dep_ == "dobj") and any(
                    x.lemma_.lower() in CROWDS or x.lemma_.lower() in PROTESTERS or x.lower_ in PROTESTERS
                    or x.lemma_.lower() in ("supporter", "mourner", "demonstrator", "protester")
                    for x in _subjects(t)):
                # "supporters of the militia besieged the embassy compound", "protesters stormed the outer
                # compound of the embassy", "a crowd surrounded the consulate": a crowd's assault on a seat of
                # power or an embassy, no armed siege
                found[t.i] = (t, {"riot", "protest"}, 0.9)
                for x in _subjects(t):
                    if x.i in found and found[x.i][2] < 0.9:
                        found.pop(x.i)   # the crowd is who acts, the act is the verb's
            if lem in ("back", "sponsor") and t.dep_ not in ("acl", "amod") and found.get(t.i, (0, 0, 0.0))[2] < 0.9 and any(
                    self._armed(o) or o.lemma_.lower() in ("rebel", "militia", "militant", "insurgent", "fighter",
                                                           "jihadist", "paramilitary", "proxy")
                    for o in objs if o.dep_ == "dobj"):
                # "Kigali denies backing the M23", "Iran sponsors the militias": support to an armed group (not
                # "Turkish-backed fighters", "backed the plan")
                found[t.i] = (t, {"military_aid"}, 0.85)
            if lem in GIVE_OVER and (words & BASE_NOUNS or words & TERRAIN or words & CONTROL_NOUNS or any(
                    self._is_place(o) and (o.ent_type_ not in ("PERSON", "ORG", "NORP") or self._is_town(o))
                    for o in objs)) and any(
                    c.dep_ in ("prep", "dative") and c.lower_ == "to" or c.dep_ == "prt" and c.lower_ == "over"
                    for c in t.children) and not words & WEAPON_NOUNS and t.i not in found:
                # "handed their forward operating base in Ménaka to the army", "which X handed to the army"
                found[t.i] = (t, {"handover"}, 0.9)
            elif lem in ESTABLISH and words & BASE_NOUNS:
                found[t.i] = (t, {"deployment"}, 0.9)
            elif lem in SEAL_VERBS and (words & PACT_NOUNS or (
                    t.dep_ == "relcl" and t.head.lemma_.lower() in PACT_NOUNS
                    and not any(c.dep_ == "dobj" for c in t.children))):
                # "struck a deal with Damascus", "the arrangement the SDF struck with ...": a pact, no blow
                found[t.i] = (t, {"agreement"}, 0.9)
            elif lem in EMERGENCY_VERBS and any(o.lemma_.lower() in EMERGENCY_NOUNS or any(
                    g.lemma_.lower() in EMERGENCY_NOUNS for g in o.subtree) for o in objs):
                # "extended the state of emergency by three months", "imposed a curfew": a measure decreed
                found[t.i] = (t, {"legislation"}, 0.9)
            elif lem in LEAVING and not any(c.dep_ == "dobj" for c in t.children) and any(
                    c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in t.children) and any(
                    _is_force(k) or k.lemma_.lower() in CONVOYS for k in t.children if k.dep_ == "nsubj"):
                # "the last convoy drove out towards Gao": a force leaving
                found[t.i] = (t, {"withdrawal"}, 0.85)
            elif lem in ("arrive", "land", "travel", "fly") and not objs and any(
                    (x.ent_type_ == "PERSON" or _leader(x) or x.pos_ == "PROPN" and x.ent_type_ == "" and x.text[:1].isupper()
                     and not self._is_place(x)) and not self._armed(x) for k in _subjects(t)
                    for x in [k, *[a for a in k.children if a.dep_ == "appos"]]) and not any(
                    x.lemma_.lower() in RANKS - {"spokesman", "spokeswoman", "aide", "adviser", "advisor"}
                    for k in _subjects(t) for x in k.subtree) and not any(
                    _is_force(g) or g.lemma_.lower() in MORE_FORCES for c in t.children
                    if c.dep_ == "prep" and c.lower_ == "with" for g in c.subtree) and any(
                    c.dep_ == "prep" and c.lower_ in ("in", "at", "to") and any(
                        g.dep_ == "pobj" and self._is_place(g) for g in c.children) for c in t.children):
                # "Nancy Pelosi is due to arrive in Yerevan", "President Macron arrived in Kyiv": a leader's visit;
                # to a state or its capital it admits no other reading ("Pelosi landed in Taipei late on Tuesday")
                capital = any(span.root.head.head.i == t.i and (p.kind or "") in ("country", "city")
                              for p, span in self._pspans)
                found[t.i] = (t, {"diplomacy"}, 0.95 if capital else 0.9)
            elif lem == "follow" and not objs and t.dep_ == "xcomp" and any(_coming_force(k) for k in _subjects(t)):
                # "a second group is due to follow in the coming weeks": more of a force to come
                found[t.i] = (t, {"deployment"}, 0.9)
            elif lem in ("speak", "talk", "confer") and any(
                    c.dep_ == "prep" and c.lower_ in ("by", "over", "on") and any(
                        g.lemma_.lower() in CALL_MEANS for g in c.children if g.dep_ == "pobj") for c in t.children) and any(
                    x.ent_type_ == "PERSON" or _leader(x) for k in _subjects(t) for x in [k, *k.conjuncts]):
                # "the two presidents spoke by phone for an hour": leaders in talks at a distance (no other
                # reading, whatever the classifier makes of so few words)
                found[t.i] = (t, {"diplomacy"}, 0.95)
            elif lem in MEETING and any(_leader(x) for k in _subjects(t) for x in k.subtree):
                # "the G5 heads of state are due to meet in Niamey": leaders meeting
                found[t.i] = (t, {"diplomacy"}, 0.85)
            elif lem in RECEIVING and any(_leader(o) for o in objs + [c for c in t.children if c.dep_ == "dative"]) \
                    and not (lem == "tell" and (any(x.lemma_.lower() in RANKS for k in _subjects(t) for x in k.subtree)
                                                or not _subjects(t))):
                # (who told a leader must be told: "..., the chief of the General Staff, told President Putin" with
                # its subject lost to the parse is an officer reporting, no meeting of leaders)
                # "received the Afghan president at the White House", "told President Ghani that ...":
                # heads of state or government meeting
                found[t.i] = (t, {"diplomacy"}, 0.85)
            elif lem in ("host", "receive", "welcome", "meet", "visit") and t.ent_type_ == "" and any(
                    k.ent_type_ == "PERSON" or k.pos_ == "PROPN" and k.ent_type_ == "ORG" and not self._armed(k)
                    and not self._is_place(k) for k in _subjects(t)) and any(
                    o.ent_type_ == "PERSON" or lem == "visit" and (o.ent_type_ == "GPE" or any(
                        span.start <= o.i < span.end and (p.kind or "") in ("country", "city")
                        for p, span in self._pspans)) for o in objs):
                # "Erdogan hosted Putin in Sochi", "Blinken visited Kyiv": a named leader receiving another,
                # or visiting a state or its capital
                found[t.i] = (t, {"diplomacy"}, 0.95 if lem in ("host", "receive", "welcome") else 0.9)
            elif lem in GATHERING_VERBS and (lem != "take" or "place" in words) and any(
                    k.lemma_.lower() in MEETING_NOUNS | {"negotiation", "summit", "talk"} or k.lower_ in MEETING_NOUNS
                    for k in _subjects(t)):
                # "talks resumed in Doha", "the summit took place in Jeddah": a meeting held
                found[t.i] = (t, {"diplomacy"}, 0.95)
                for k in _subjects(t):
                    found.pop(k.i, None)
            elif lem in OPENING and any(
                    x.lemma_.lower() in OFFENSIVES and (x.lemma_.lower() not in ("operation", "campaign")
                                                        or x.text[0].isupper() or any(
                        y.lemma_.lower() in ARMED_OPERATION | {"bombing", "artillery", "drone", "missile"}
                        for y in x.lefts) or x.lemma_.lower() == "campaign" and any(
                        k.dep_ == "prep" and k.lower_ == "against" for k in x.children))
                    for o in objs for x in o.subtree if x.i <= o.i):
                # "launched its offensive into northeastern Syria", "began a military operation against":
                # the fighting begins; a humanitarian operation does not count; one from the air is a campaign
                # of strikes ("began an air campaign against the rebels")
                aerial = any(y.lower_ in ("air", "aerial", "bombing", "drone") for o in objs for y in o.lefts)
                found[t.i] = (t, {"airstrike"} if aerial else {"clash"}, 0.85)
            elif lem in PAYING and any((x.ent_type_ == "MONEY" or x.lemma_.lower() in MONEY_NOUNS)
                                       and t.i in (x.head.i, x.head.head.i) for x in t.subtree) and any(
                    _is_force(k) and k.ent_type_ != "MONEY" for k in t.children
                    if k.dep_ in ("dative", "dobj") and k.lemma_.lower() not in MONEY_NOUNS):
                # "the state had paid Wagner some 86 billion roubles": money to an armed force
                found[t.i] = (t, {"military_aid"}, 0.85)
            elif lem in DIRECTING and any(
                    k.dep_ == "xcomp" and k.lemma_.lower() in COMPLIANCE for k in t.children):
                # "ordered all volunteer units to sign contracts by July 1": the order is the act (a decree);
                # what it orders is still to come
                found[t.i] = (t, {"legislation"}, 0.85)
                for k in t.children:
                    if k.dep_ == "xcomp":
                        for x in k.subtree:
                            found.pop(x.i, None)
            elif lem in ENDING_PACT and (words & PACT_NOUNS or any(
                    g.lemma_.lower() in PACT_NOUNS for c in t.children if c.dep_ == "prep" and c.lower_ == "from"
                    for g in c.children)):
                # "renounced the defence agreements with France", "withdrew from the treaty": an act on a pact
                found[t.i] = (t, {"agreement"}, 0.9)
                for o in objs:
                    found.pop(o.i, None)
            elif lem in CONVENING and words & MEETING_NOUNS and not any(
                    x.lemma_.lower() in HOUSES or self._legislature(x) for k in _subjects(t) for x in k.subtree):
                # "the Security Council held an emergency session", "Ruto called a summit": a meeting held
                found[t.i] = (t, {"diplomacy"}, 0.95)
                for o in objs:
                    found.pop(o.i, None)
            elif lem in TIES_VERBS and words & TIES_NOUNS:
                # "severed diplomatic ties with Rwanda", "restored relations": diplomacy
                found[t.i] = (t, {"diplomacy"}, 0.95)
            elif lem in LANDING and not objs and any(
                    _is_force(x) or x.lemma_.lower() in MORE_FORCES for k in t.children if k.dep_ == "nsubj"
                    for x in [k]):
                # "about 400 Kenyan police landed at the airport": a force arriving (the classifier, used to
                # aircraft landing, may doubt it; a force named as subject admits no other reading, a pronoun
                # may be a plane)
                named = any(k.pos_ == "NOUN" and (_is_force(k) or k.lemma_.lower() in MORE_FORCES)
                            for k in t.children if k.dep_ == "nsubj")
                found[t.i] = (t, {"deployment"}, 0.95 if named else 0.85)
            elif lem in ENTERING and not objs and _forces_moving(t) and not found.get(t.i, (0, 0, 0.0))[2] >= 0.9 and (any(
                    c.dep_ == "prep" and c.lower_ in ("into", "to") and (lem not in ("go", "drive", "roll") or c.lower_ == "into")
                    and any(g.dep_ == "pobj" and self._place_within(g) for g in c.children) for c in t.children)
                    or lem == "go" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "in" for c in t.children)):
                # "tanks of the brigade drove into the Gaza side of the crossing"; "troops and tanks would go in
                # at the most convenient time": a ground force sent in
                # "the army will go into Rafah", "the troops leaving Syria would move to western Iraq": a force
                # moved to a place
                found[t.i] = (t, {"deployment"}, 0.9)
            elif lem in ("stay", "remain") and not objs and any(
                    k.pos_ == "NOUN" and (_is_force(k) or k.lemma_.lower() in MORE_FORCES) and k.ent_type_ == ""
                    and not any(d.lower_ in ("no", "any", "every") for d in k.children)
                    for k in t.children if k.dep_ == "nsubj") and not any(
                    c.dep_ == "mark" and c.lower_ in ("until", "till", "if", "unless") for c in t.children) and any(
                    c.dep_ == "prep" and c.lower_ in ("in", "near", "at", "around") for c in t.children) and \
                    t.i not in found:
                # "a smaller force would stay near the oil fields": a presence kept where it is
                found[t.i] = (t, {"troop_level"}, 0.85)
            elif lem in PATROLLING and words & PATROL_NOUNS and _forces_moving(t):
                # "Turkish and Russian troops will start joint patrols on the M4": forces sent out to patrol
                found[t.i] = (t, {"deployment"}, 0.9)
            elif lem in SELF_MOVING and not objs and any(
                    _is_force(k) and k.lower_ not in _PERSONAL and k.ent_type_ != "NORP"
                    or k.lemma_.lower() in MORE_FORCES or k.lower_ in AIRCRAFT_NOUNS
                    for k in t.children if k.dep_ == "nsubj") and {
                    c.lower_ for c in t.children if c.dep_ == "prep" and any(
                        g.dep_ == "pobj" and self._is_place(g) for g in c.children)} >= {"from", "to"} and \
                    found.get(t.i, (0, 0, 0.0))[2] < 0.9:
                # "two transport planes flew from N'Djamena to Bamako": troops or aircraft moved between places
                found[t.i] = (t, {"deployment"}, 0.9)
            elif lem in ("return", "head", "fly", "go", "come") and not objs and self._going_home(t):
                # "the Kenyan police officers returned to Kenya": a force back in its own country
                found[t.i] = (t, {"withdrawal"}, 0.9)
            elif lem in OPERATING and words & AIRCRAFT_NOUNS and any(
                    c.dep_ == "prep" and c.lower_ in ("from", "out") for c in t.children):
                # "began flying drones from Air Base 201": aircraft operating from a base, not a strike
                found[t.i] = (t, {"deployment"}, 0.9)
            elif lem in BUILD_UP and any((_is_force(o) or o.lemma_.lower() in MORE_FORCES)
                                         and o.lower_ not in ("he", "she", "him", "her", "it") for o in objs):
                # "trained some 90,000 fighters", "armed and equipped the militia": support to a force
                found[t.i] = (t, {"military_aid"}, 0.85)
            elif lem in REDUCING and words & PRESENCE_NOUNS and any(
                    c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "out", "back") for c in t.children) and any(
                    g.head.dep_ == "prep" and g.head.lower_ in LOCATIVE_PREPS and self._is_place(g)
                    for g in t.subtree):
                # "scaled down its forces around Hodeidah": a partial withdrawal from a place
                found[t.i] = (t, {"withdrawal"}, 0.85)
            elif lem == "shoot" and any(k.dep_ == "prt" and k.lower_ == "down" for k in t.children) and (
                    words & MANNED_AIRCRAFT or any(_MODEL.match(x.text) and not x.text.upper().startswith(("T-", "BM-"))
                                                   for o in objs for x in o.subtree)):
                # "shot down two army helicopters, killing 13": a fight with their crews, not a weapon disrupted;
                # the aircraft downed are its target, not strikes of their own
                found[t.i] = (t, {"clash"}, 0.9)
                for o in objs:
                    found.pop(o.i, None)
            elif lem in DISRUPT and (words & WEAPON_NOUNS or lem == "defuse" or lem == "intercept" and any(
                    x.lemma_.lower() in WEAPON_NOUNS | CARGO_NOUNS | VESSELS | INTERCEPTED_CARRIERS
                    for o in objs for x in o.subtree)):
                # (not "intercepted a phone call", "intercepted the pass": nothing armed or carried stopped)
                found[t.i] = (t, {"weapons_seizure"}, 0.9)
                if lem not in ("shoot", "down", "intercept", "destroy"):
                    # "seized armoured vehicles, mortars, rocket launchers and hand grenades": the goods
                    # taken, none of them fired
                    for o in objs:
                        for x in [o, *[k for k in o.children if k.dep_ in ("compound", "appos")]]:
                            if x.i in found and found[x.i][2] < 0.9 and found[x.i][1] & VIOLENT_CHOICE:
                                found.pop(x.i)
            elif (lem in CAPTURE or ctl) and (words & TERRAIN or ctl or lem != "enter" and words & BUILDINGS or any(
                    o.ent_type_ in ("GPE", "LOC", "FAC") or self._is_place(o) for o in objs)) \
                    and not words & WEAPON_NOUNS:
                found[t.i] = (t, {"territory_change"}, 0.9)
            elif lem in CAPTURE and lem not in ("free", "liberate", "recover", "clear") and objs and all(
                    o.ent_type_ == "PERSON" or o.lemma_.lower() in CAPTIVES
                                                  or o.lemma_.lower() in CIVILIAN_NOUNS for o in objs):
                found[t.i] = (t, {"abduction", "arrest"}, 0.75)
        # "a CSTO mission is due in Armenia this week": a force or mission expected somewhere
        for t in toks:
            if t.lower_ == "due" and t.pos_ == "ADJ" and t.i not in found and any(
                    _coming_force(k) for k in _subjects(t)) and any(
                    c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
                        g.dep_ == "pobj" and self._is_place(g) for g in c.children) for c in t.children):
                found[t.i] = (t, {"deployment"}, 0.95)   # no other reading: the classifier may not overrule it
        # standing strength: "some 2,400 foreign troops are based in the country"
        for t in toks:
            if t.lower_ not in STANDING_FORCES and t.lower_ != "members" and t.lower_ not in STRENGTH_NOUNS:
                continue   # (no word that either test below reads: the parse is not walked for it)
            if _movement_figure(t):
                continue   # "2,000 more troops", "the deployment of 500 soldiers": a movement's figure, no level
            if (t.lower_ in STANDING_FORCES
                    or t.lower_ in ("members", "servicemembers") and any(
                        c.lower_ == "service" for c in t.children if c.dep_ == "compound")) \
                    and any(c.like_num for c in t.children) and t.i not in found and (
                    t.dep_ in ("attr",) or t.head.lemma_.lower() in ("be", "remain", "number", "have", "keep",
                                                                     "maintain", "station", "base", "host",
                                                                     "comprise", "total", "include", "field",
                                                                     "count", "consist")
                    # "some 5,800 troops guarded the airport": a strength holding a place
                    or t.dep_ == "nsubj" and t.head.lemma_.lower() in ("guard", "man", "garrison", "protect")
                    or any(c.lemma_.lower() in ("base", "station") and c.dep_ == "acl" for c in t.children)):
                # a count of troops a state has, keeps or numbers: the level itself told
                held = t.dep_ in ("dobj", "attr") and t.head.lemma_.lower() in ("have", "keep", "maintain", "number",
                                                                               "comprise", "total", "count", "field",
                                                                               "host", "house")
                found[t.i] = (t, {"troop_level"}, 0.9 if held else 0.8)
            elif t.lower_ in STRENGTH_NOUNS and any(c.like_num for c in t.children) and \
                    _stative_strength(t):
                # "some 2,400 soldiers were deployed in Mali", "650 troops are expected to stay":
                # a count of troops that are somewhere, not a movement
                found.pop(t.head.i, None)
                found[t.i] = (t, {"troop_level"}, 0.85)
        # "Turkey keeps thousands of soldiers in northern Iraq": a strength told by its order of magnitude
        for t in toks:
            if t.lower_ in ("thousands", "hundreds", "tens") and t.i not in found and t.dep_ in ("dobj", "attr") and \
                    t.head.lemma_.lower() in ("have", "keep", "maintain", "station", "base", "field") and any(
                    g.lower_ in STRENGTH_NOUNS or g.lemma_.lower() in ("soldier", "troop", "peacekeeper", "marine")
                    for k in t.children if k.dep_ == "prep" and k.lower_ == "of" for g in k.children) and any(
                    c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS for c in list(t.head.children) + list(t.children)):
                if t.head.i not in found:
                    found[t.head.i] = (t.head, {"troop_level"}, 0.85)   # the verb, so its subject is the holder
        # "officially some 2,500 were in the country": a bare count of troops as subject of 'be'
        for t in toks:
            if t.like_num and t.dep_ == "nsubj" and t.head.lemma_.lower() in ("be", "remain") and \
                    t.i not in found and any(c.dep_ == "prep" and c.lower_ == "in" for c in t.head.children) and \
                    any(x.lower_ in STRENGTH_NOUNS for x in toks):
                found[t.i] = (t, {"troop_level"}, 0.8)
        self._nominal_acts(toks, found)
        # (the part of speech's number, not its name, which is looked up in the string store each time read)
        verbs = [t for t in toks if t.pos == VERB]
        self._acts_and_posture(toks, verbs, found)
        self._back_references(toks, found)
        self._group_changes(toks, found)
        self._set_phrases(toks, found)
        self._political_acts(toks, found)
        self._gunfire_heard(toks, found)
        self._military_acts(toks, found)
        self._contacts_by_noun(toks, found)
        self._counts_of_a_force(toks, found)
        self._stances(toks, found)
        self._suspensions(toks, found)
        self._speech_and_politics(toks, verbs, found)
        for i in [i for i, (t, k, st) in found.items() if t.pos_ == "NOUN" and st < 0.9 and k <= VIOLENT_CHOICE]:
            t = found[i][0]
            if any(c.pos_ == "NOUN" and c.lemma_.lower() in ("troop", "soldier", "personnel", "serviceman", "sailor",
                                                             "marine", "paratrooper", "reservist")
                   for c in t.conjuncts):
                # "a build-up of Serbian troops, tanks and artillery": a force's kit, counted with its men, fires nothing
                found.pop(i)
        return list(found.values())

    def _gunfire_heard(self, toks, found) -> None:
        """Fighting told by its sound: "sporadic gunfire rang out in Khartoum on Sunday", "heavy gunfire was
        heard in the capital overnight", "gunfire erupted near the palace": the verb of the sound is the
        clash, so its place and day are read from it (not "killed by gunfire", where the killing is the act)."""
        for t in toks:
            if t.lemma_.lower() not in GUNFIRE_NOUNS or t.dep_ not in ("nsubj", "nsubjpass", "dobj"):
                continue
            verb = t.head
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in SOUNDING_VERBS or verb.i in found:
                continue
            if t.dep_ == "dobj" and verb.lemma_.lower() not in ("hear", "report"):
                continue   # "residents heard gunfire": only a sound heard is told with the noun as object
            found.pop(t.i, None)
            found[t.i] = (t, {"clash"}, 0.9)

    def _political_acts(self, toks, found) -> None:
        """Political and posture acts told by a verb and who does it to whom: a leader receiving, hosting,
        calling or visiting another ("Modi received the Bangladeshi prime minister", "Lula paid a state
        visit to Beijing"); a cabinet, parliament or union approving a pact, a law or a package ("the
        security cabinet approved the truce", "the EU approved a naval mission"); a holder put out of or
        leaving a post ("replaced General X with General Y", "the commander resigned"); people seized
        ("captured two engineers"); an offensive told as its attempt ("launched a fresh attempt to take
        the town") or a force pushed back; a troop count told by its change ("troop numbers will fall to
        1,000"); contacts by phone, recognitions, sanctions and meetings put off (diplomacy); a pact left or
        a proposal for one accepted (agreement); command taken over (group_change)."""
        for t in toks:
            if t.pos_ != "VERB" or found.get(t.i, (0, 0, 0.0))[2] >= 0.95:
                continue
            lem = t.lemma_.lower()
            if lem not in POLITICAL_VERBS and not any(
                    c.dep_ == "prep" and c.lower_ in ("by", "over", "via") for c in t.children):
                # no rule below can fire for this verb ("spoke over a video link" is the one read from any
                # verb): its subjects and objects are not gathered (the events stage's hot loop)
                continue
            subj = _subjects(t)
            subj += [g for k in t.children if k.dep_ == "agent" for g in k.children if g.dep_ == "pobj"]
            # (a past participle's noun is what it befalls: "the ambassador, summoned on Monday, ...")
            doer = _participle_doer(t)
            subj = [_relative_doer(t, k) for k in subj] + ([doer] if doer is not None else [])
            subj += [g for k in subj for g in k.conjuncts]
            objs = [k for k in t.children if k.dep_ in ("dobj", "nsubjpass")]
            objs += [g for o in objs for g in o.conjuncts]
            told_as = any(k.dep_ in ("oprd", "xcomp", "ccomp") for k in t.children)
            if lem in ("receive", "host", "welcome", "meet", "call", "phone", "telephone", "ring", "greet") and \
                    not told_as and \
                    any(_contactor(k) and not self._armed(k) for k in subj if k.dep_ != "nsubjpass") and any(
                    o.ent_type_ == "PERSON" or _leader(o)
                    or o.lemma_.lower() in RANKS and lem in ("receive", "host", "welcome") for o in objs):
                # (one's own officers met are no guests: "the minister met army commanders")
                # "Modi received the Bangladeshi prime minister", "Sisi hosted the Libyan commander in Cairo",
                # "Macron calls the Ukrainian leader" (not "called the report a lie")
                found[t.i] = (t, {"diplomacy"}, 0.95)
                continue
            if lem in ("welcome", "receive", "host", "greet") and t.tag_ == "VBN" and t.dep_ == "advcl" and \
                    t.i < t.head.i and any(_contactor(g) and not self._armed(g) for k in t.children if k.dep_ == "agent"
                                           for g in k.children if g.dep_ == "pobj") and any(
                    g.dep_ == "pobj" and self._place_within(g) for c in t.children
                    if c.dep_ == "prep" and c.lower_ in ("in", "at") for g in c.children):
                # "Welcomed in Khartoum by Burhan on Saturday, the envoy said ...": the visitor received there,
                # told by a fronted participle
                found[t.i] = (t, {"diplomacy"}, 0.95)
                continue
            if lem == "visit" and not told_as and any(_contactor(k) and not self._armed(k) for k in subj
                                                       if k.dep_ != "nsubjpass") and any(
                    o.dep_ == "dobj" and (o.ent_type_ in ("GPE", "FAC", "LOC") or self._place_within(o) or any(
                        k.dep_ == "compound" and self._is_place(k) for k in o.children))
                    for o in objs):
                # "the German chancellor will visit Warsaw next week": a leader's visit to a state or its capital;
                # "Guterres, who visited the Rafah crossing on Friday": to a place of the conflict
                found[t.i] = (t, {"diplomacy"}, 0.95)
                continue
            if lem in CONTACT_LIGHT_VERBS and any(_contactor(k) or k.lemma_.lower() == "delegation" for k in subj):
                for o in objs:
                    ol = o.lemma_.lower()
                    if ol not in CONTACT_NOUNS:
                        continue
                    preps = {k.lower_ for k in o.children if k.dep_ == "prep"} | {
                        k.lower_ for k in t.children if k.dep_ == "prep"}
                    means = any(k.lemma_.lower() in CALL_MEANS for k in o.children if k.dep_ in ("compound", "amod"))
                    if ol in ("visit", "trip", "tour") and preps & {"to", "in"} or means or "with" in preps:
                        # "paid a state visit to Beijing", "made a two-day trip to Baghdad", "held a phone call"
                        found[t.i] = (t, {"diplomacy"}, 0.95)
                        found.pop(o.i, None)
                        break
                continue
            if any(c.dep_ == "prep" and c.lower_ in ("by", "over", "via") and any(
                    g.lemma_.lower() in CALL_MEANS and g.dep_ == "pobj" for g in c.children) for c in t.children) and any(
                    (k.ent_type_ == "PERSON" or _leader(k)) and not self._armed(k) for k in subj):
                # "Aliyev apologised to Putin by phone", "the two leaders spoke over a video link": leaders in
                # contact at a distance, whatever they said
                found[t.i] = (t, {"diplomacy"}, 0.95)
                continue
            if self._declared(t, lem, subj, found):
                # "In Beijing, the foreign ministry urged restraint", "Kyiv blamed Moscow for the blast", "the
                # president called the blast an act of terrorism": a side's own word on the conflict
                found[t.i] = (t, {"statement"}, 0.95)
                continue
            if lem in ("summon", "convoke") and t.dep_ in ("ccomp", "xcomp") and t.head.lemma_.lower() in SAYING_VERBS \
                    and any(k.lower_ in ("it", "they", "we") for k in subj):
                # "the foreign ministry said it would summon the US ambassador": the pronoun is the speaker
                subj = subj + [k for k in t.head.children if k.dep_ == "nsubj"]
            if lem in ("summon", "convoke") and any(
                    x.lemma_.lower() in ENVOY_WORDS for o in objs for x in o.subtree) and any(
                    _contactor(k) or k.lemma_.lower() in ("ministry", "government", "office") or self._state_actor(k)
                    for k in subj if k.dep_ != "nsubjpass") | (not [k for k in subj if k.dep_ != "nsubjpass"]):
                # "Warsaw summoned the Russian charge d'affaires", "the ambassador was summoned to the foreign
                # ministry": a state's protest to another through its envoy (not "summoned the cabinet")
                found[t.i] = (t, {"diplomacy"}, 0.95)
                continue
            if lem in LODGING_VERBS | {"protest"} and self._protest_lodged(t, lem, subj, objs):
                # "Japan lodged a formal protest with Beijing", "Manila protested to the Chinese embassy": one
                # state's protest to another (not a street protest)
                found[t.i] = (t, {"diplomacy"}, 0.95)
                for o in objs:
                    found.pop(o.i, None)
                continue
            # "the 72-hour ultimatum he issued on November 22 expired", "the ultimatum given to the rebels on
            # March 3 ran out": the ultimatum told as a noun, set on a day of its own (undated, it is the matter
            # of the main clause: "ignored the ultimatum they were given")
            named_dated = t.dep_ in ("relcl", "acl") and t.head.lemma_.lower() == "ultimatum" and any(
                x.ent_type_ == "DATE" for k in t.children if k.dep_ in ("prep", "npadvmod") for x in k.subtree)
            if lem in LODGING_VERBS and any(o.lemma_.lower() == "ultimatum" for o in objs + [
                    k for k in t.children if k.dep_ == "dative"]) and subj and found.get(t.i, (0, 0, 0.0))[2] < 0.9 \
                    or lem in LODGING_VERBS | {"impose"} and named_dated and found.get(t.i, (0, 0, 0.0))[2] < 0.9:
                # "Abiy gave the rebels a 72-hour ultimatum", "the junta issued an ultimatum": a side's own word
                # (told as a noun, read at the noun: the clause that sets it only describes it)
                w = t.head if named_dated else t
                found[w.i] = (w, {"statement"}, 0.95)
                continue
            if lem in PROPOSING_VERBS and (lem != "put" or any(k.lower_ == "forward" for k in t.children)) and any(
                    o.lemma_.lower() in INITIATIVE_NOUNS and o.dep_ == "dobj" and any(
                        x.lemma_.lower() in PEACE_WORDS for x in o.subtree if x.i != o.i) for o in objs) and \
                    found.get(t.i, (0, 0, 0.0))[2] < 0.9:
                # "Sisi announced a peace initiative in Cairo", "Beijing unveiled a plan for a ceasefire": a side's
                # proposal of terms to others (diplomacy; the pact comes when they accept it)
                found[t.i] = (t, {"diplomacy"}, 0.95)
                for o in objs:
                    found.pop(o.i, None)
                continue
            if lem in FOUNDING_VERBS and (lem != "set" or any(k.lower_ == "up" for k in t.children)) and any(
                    o.dep_ == "dobj" and o.lemma_.lower() in ("mission", "programme", "program", "centre", "center")
                    and any(x.lemma_.lower() in ("training", "train", "advisory", "assistance") for x in o.subtree
                            if x.i != o.i) for o in objs) and found.get(t.i, (0, 0, 0.0))[2] < 0.9:
                # "the EU set up a military training mission for the country": support to its forces begun
                found[t.i] = (t, {"military_aid"}, 0.95)
                for o in objs:
                    for x in o.subtree:
                        found.pop(x.i, None)
                continue
            if lem in ("express", "voice") and t.dep_ == "ROOT" and any(
                    o.dep_ == "dobj" and o.lemma_.lower() in VOICED_NOUNS for o in objs) and any(
                    self._voice(k) for k in subj if k.dep_ == "nsubj") and found.get(t.i, (0, 0, 0.0))[2] < 0.9:
                # "Beijing expressed concern over the clashes", "the ministry voiced support for Kyiv": a side's
                # own word on the conflict (what it is about is told apart)
                found[t.i] = (t, {"statement"}, 0.95)
                continue
            if lem in ("quit", "leave", "exit", "pull", "withdraw") and (lem != "pull" or "out" in {
                    k.lower_ for k in t.children}) and any(
                    k.ent_type_ in ("GPE", "NORP") or self._state_actor(k) or self._is_place(k)
                    for k in subj if k.dep_ == "nsubj") and any(
                    self._a_body(g) for g in objs + _what_is_left(t) if g.dep_ in ("dobj", "pobj")) and \
                    found.get(t.i, (0, 0, 0.0))[2] < 0.9:
                # "Niger, Mali and Burkina Faso quit ECOWAS", "Mali pulled out of the G5 Sahel alliance": a state
                # leaving a bloc or an alliance (the change of the body; not troops leaving ground)
                found[t.i] = (t, {"group_change"}, 0.95)
                continue
            if lem in ("suspend", "expel", "readmit", "reinstate") and any(
                    o.dep_ == "dobj" and (o.lemma_.lower() == "membership" or (
                        o.ent_type_ in ("GPE", "NORP") or self._state_actor(o)) and any(
                        self._a_body(g) for c in t.children if c.dep_ == "prep" and c.lower_ == "from"
                        for g in c.children)) for o in objs) and found.get(t.i, (0, 0, 0.0))[2] < 0.9:
                # "the African Union suspended Niger's membership", "ECOWAS suspended Guinea from the bloc": one
                # body's measure against a state
                found[t.i] = (t, {"diplomacy"}, 0.95)
                continue
            if lem in ("identify", "name") and not any(k.dep_ in ("oprd", "xcomp", "ccomp") for k in t.children) and \
                    any(o.dep_ == "dobj" and o.lemma_.lower() in CULPRIT_NOUNS for o in objs) and any(
                    x.lemma_.lower() in INVESTIGATORS or x.lower_ in INVESTIGATORS
                    for k in subj if k.dep_ == "nsubj" for x in (k, *k.children)) and \
                    found.get(t.i, (0, 0, 0.0))[2] < 0.9:
                # "the prosecutor general identified the driver on Friday", "police named the gunman as a local
                # man": the authorities' finding on an act, told as their word (the one named did no act here)
                found[t.i] = (t, {"statement"}, 0.95)
                for o in objs:
                    found.pop(o.i, None)
                continue
            if lem in ("recall", "expel", "downgrade") and any(
                    o.dep_ == "dobj" and (o.lemma_.lower() in ENVOY_WORDS or o.lower_ in ENVOY_WORDS) for o in objs) and \
                    any(_contactor(k) or self._state_actor(k) or k.lemma_.lower() in ("ministry", "government")
                        for k in subj):
                # "Kyiv recalled its ambassador from Minsk", "expelled two diplomats": a state's protest through
                # envoys (diplomacy, not a force withdrawn; "withdrew its ambassador" stays a withdrawal of its
                # presence, as an evacuation of its embassy staff is)
                found[t.i] = (t, {"diplomacy"}, 0.95)
                continue
            if lem in ("recognise", "recognize") and any(
                    c.dep_ == "prep" and c.lower_ == "as" and any(
                        x.lower_ in ("independent", "state", "states", "sovereign", "country", "nation")
                        for x in c.subtree) for c in t.children) and found.get(t.i, (0, 0, 0.0))[2] < 0.9:
                # "Russia recognised South Ossetia and Abkhazia as independent states": one state's act towards others
                found[t.i] = (t, {"diplomacy"}, 0.95)
                continue
            if lem in ("announce", "impose", "slap", "unveil", "introduce", "levy") and any(
                    o.lemma_.lower() in ("sanction", "embargo") and o.dep_ in ("dobj", "nsubjpass") for o in objs) and \
                    found.get(t.i, (0, 0, 0.0))[2] < 0.9:
                # "Washington and London announced new sanctions": one state's measure against another
                found[t.i] = (t, {"diplomacy"}, 0.9)
                continue
            if lem in ("unveil", "introduce", "draft", "table", "propose") and any(
                    o.lemma_.lower() in LEGIS_NOUNS | {"plan", "package"} and any(
                        k.dep_ == "compound" and k.lemma_.lower() in ("sanction", "embargo") for k in o.children)
                    for o in objs) and found.get(t.i, (0, 0, 0.0))[2] < 0.9:
                # "two senators unveiled a sanctions bill": a measure put to a vote
                found[t.i] = (t, {"legislation"}, 0.9)
                continue
            # ("postponed until early 2020 a summit": the parser may hang the meeting on the preposition)
            put_off = objs + [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("until", "till", "to")
                              for g in c.children if g.dep_ == "pobj"]
            if lem in ("postpone", "delay", "cancel", "adjourn", "reschedule", "defer") and any(
                    o.lemma_.lower() in MEETING_NOUNS or o.lower_ in MEETING_NOUNS or o.lemma_.lower() in (
                        "summit", "talk", "visit", "trip", "negotiation") for o in put_off):
                # "Macron postponed until early 2020 a summit with the G5 leaders": the meeting put off is the news
                found[t.i] = (t, {"diplomacy"}, 0.9)
                for o in put_off:
                    found.pop(o.i, None)
                continue
            if lem in ("withdraw", "pull", "exit", "quit", "leave", "retreat") and (lem != "pull" or any(
                    k.lower_ == "out" for k in t.children)) and _what_is_left(t) and all(
                    g.lemma_.lower() in PACT_NOUNS for g in _what_is_left(t)):
                # "France pulled out of the deal", "withdrew from the accord": an act on a pact
                found[t.i] = (t, {"agreement"}, 0.9)
                for g in _what_is_left(t):
                    found.pop(g.i, None)
                continue
            if lem in ("take", "assume") and any(o.dep_ == "dobj" and o.lemma_.lower() in HELMS for o in objs) and (
                    lem == "assume" or any(k.dep_ in ("prt", "advmod") and k.lower_ == "over" for k in t.children)
                    # "the general took command of the northern army group"
                    or any(o.dep_ == "dobj" and o.lemma_.lower() == "command" and any(
                        k.dep_ == "prep" and k.lower_ == "of" for k in o.children) for o in objs)) and \
                    subj and not any(self._is_place(k) for k in subj):
                # "Prigozhin's deputy took over command of the group", "General X assumed command": a new head
                found[t.i] = (t, {"group_change"}, 0.95)
                for o in objs:
                    found.pop(o.i, None)
                continue
            if lem in ("accept", "endorse", "approve", "sign") and any(
                    o.dep_ == "dobj" and o.lemma_.lower() in ("proposal", "offer", "plan", "terms", "framework") and any(
                        x.lemma_.lower() in PACT_NOUNS or x.lemma_.lower() in ("ceasefire", "truce", "peace")
                        or x.ent_type_ in ("NORP", "GPE") for x in o.subtree if x.i < o.i) for o in objs) and \
                    found.get(t.i, (0, 0, 0.0))[2] < 0.9 and any(
                    self._armed(k) or self._state_actor(k) or k.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")
                    or _is_force(k) and (k.lower_ not in _PERSONAL or any(
                        x.lemma_.lower() in PACT_NOUNS for o in objs for x in o.subtree)) for k in subj):
                # ("Hamas says it accepted the ceasefire proposal": a pronoun will do where the pact is named)
                # "Hamas accepted the Egyptian proposal", "Kyiv endorsed the ceasefire plan": a side's assent to
                # the terms of a pact another put forward
                found[t.i] = (t, {"agreement"}, 0.9)
                continue
            if lem in APPROVING and objs and all(o.lower_ in ("it", "them") for o in objs):
                # "Israel's cabinet approved the deal, and Lebanon's cabinet endorsed it": what the pronoun stands for
                objs = [a for a in (_antecedent(o) for o in objs) if a is not None]
            if lem in APPROVING and objs and any(k.lemma_.lower() in MEETING_NOUNS and k.dep_ == "nsubj" for k in subj) \
                    and found.get(t.i, (0, 0, 0.0))[2] < 0.9:
                # "a regional summit in the capital approved a standby force": what the parties met on agreed
                found[t.i] = (t, {"agreement"}, 0.95)
                for o in objs:
                    found.pop(o.i, None)
                continue
            if lem in APPROVING and objs and not any(o.lemma_.lower() in DECIDED_MOVES for o in objs):
                bodies = {x.lemma_.lower() for k in subj for x in k.subtree} | {x.lower_ for k in subj for x in k.subtree}
                body = bool(bodies & DECISION_BODIES) or any(self._legislature(x) for k in subj for x in k.subtree)
                pact = [o for o in objs if o.lemma_.lower() in PACT_NOUNS]
                law = [o for o in objs if o.lemma_.lower() in DECIDED_THINGS or any(
                    x.ent_type_ == "MONEY" for x in o.subtree)]
                if body and pact:
                    # "Israel's security cabinet approved the truce by eight votes to two": the pact accepted
                    found[t.i] = (t, {"agreement"}, 0.95)
                    for o in pact:
                        found.pop(o.i, None)
                elif body and law and bodies & LEGISLATORS:
                    # "the EU approved a naval mission", "the Bundestag passed a 5 billion euro package"
                    found[t.i] = (t, {"legislation"}, 0.95)
                    for o in law:
                        found.pop(o.i, None)
                continue
            as_post = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                       if g.dep_ == "pobj" and (g.lemma_.lower() in POSTS | MILITARY_POSTS or g.lower_ in MILITARY_POSTS)]
            if lem in ("swear", "inaugurate") and (lem != "swear" or any(k.lower_ == "in" for k in t.children)) and \
                    any(_head_of_state_post(g) for c in t.children if c.dep_ == "prep" and c.lower_ == "as"
                        for g in c.children if g.dep_ == "pobj") and found.get(t.i, (0, 0, 0.0))[2] < 0.9:
                # "Abiy Ahmed was sworn in as prime minister on Monday", "Ruto was inaugurated as president": a
                # new head of state or government takes office (not "sworn in as a juror", "as health minister")
                found[t.i] = (t, {"group_change"}, 0.95)
                continue
            if (lem in REPLACING or lem in ("swear", "install", "inaugurate")) and as_post and (
                    lem != "swear" or any(k.lower_ == "in" for k in t.children)) and any(
                    _post_holder(g) or any(k.dep_ == "prep" and k.lower_ == "of" and any(
                        x.pos_ in ("NOUN", "PROPN") for x in k.subtree) for k in g.children) for g in as_post) and \
                    found.get(t.i, (0, 0, 0.0))[2] < 0.9:
                # "Wagner's founder was replaced as head of the group by his deputy", "Burhan was sworn in as head
                # of the new council": the post named with 'as' is the head of a body
                found[t.i] = (t, {"group_change"}, 0.95)
                continue
            coup = lem in ("oust", "topple", "overthrow", "depose")
            if lem in REPLACING and t.dep_ not in ("relcl", "acl") and any(
                    _post_holder(o, coup) for o in objs if o.dep_ == "dobj" or lem != "succeed") and (
                    lem not in ("fire", "remove") or any(o.lemma_.lower() in POSTS | MILITARY_POSTS for o in objs) or any(
                        k.dep_ == "prep" and k.lower_ == "from" for k in t.children)):
                # "Zelensky replaced General Zaluzhny with General Syrskyi", "the junta sacked the army chief",
                # "was removed from his post" (not "fired three rockets")
                found[t.i] = (t, {"group_change"}, 0.95)
                continue
            if (lem in QUITTING or lem in ("step", "stand") and any(
                    k.dep_ in ("prt", "advmod") and k.lower_ == "down" for k in t.children)) and any(
                    _post_holder(k) or k.lower_ in ("he", "she") for k in subj):
                # "the commander of the eastern front resigned", "the prime minister stepped down"
                found[t.i] = (t, {"group_change"}, 0.95)
                continue
            if lem in CAPTURE and lem not in ("free", "liberate", "recover", "clear", "take") and objs and all(
                    o.lemma_.lower() in PEOPLE_TAKEN for o in objs) and found.get(t.i, (0, 0, 0.0))[2] < 0.9:
                # "the militants captured two Turkish engineers", "gunmen seized three aid workers": people taken
                found[t.i] = (t, {"abduction", "arrest"}, 0.9)
                continue
            if lem in ("push", "drive", "beat", "force", "throw", "fight", "hold") and any(
                    k.dep_ in ("prt", "advmod") and k.lower_ in ("back", "off", "out") for k in t.children) and any(
                    o.dep_ == "dobj" and (_is_force(o) and o.pos_ == "NOUN" or self._armed(o)) and o.lower_ not in _PERSONAL
                    for o in objs) and found.get(t.i, (0, 0, 0.0))[2] < 0.9:
                # "Ukrainian troops pushed back Russian forces near Robotyne", "beat back the assault group": fighting
                found[t.i] = (t, {"clash"}, 0.9)
                continue
            if lem in OPENING | {"make", "mount", "renew"}:
                for o in objs:
                    # (its aim told on the noun, or as the verb's purpose: "launched an operation, named X, to
                    # capture the port")
                    aims = [k for k in [*o.children, *(c for c in t.children if c.dep_ == "advcl" and any(
                                a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
                            if k.dep_ in ("acl", "relcl", "xcomp", "advcl") and k.pos_ == "VERB"
                            and (k.lemma_.lower() in CAPTURE or k.lemma_.lower() in ("storm", "encircle", "break",
                                                                                     "push", "advance", "reach"))
                            and not any(x.dep_ == "pobj" and x.lower_ == "storm" and x.head.lower_ == "by"
                                        for x in k.subtree)   # "to take the market by storm": no ground
                            and not any(x.dep_ == "dobj" and not self._ground(x) and x.lower_ not in ("it", "them")
                                        for x in k.children)]   # "to capture the attention of voters"
                    if (o.lemma_.lower() in ATTEMPT_NOUNS or o.lemma_.lower() in OFFENSIVES and o.dep_ == "dobj"
                            and any(a.dep_ != "xcomp" and any(x.dep_ == "dobj" for x in a.children) for a in aims)) \
                            and aims:
                        # "launched a fresh attempt to take the town": the fighting is told, the taking is its aim
                        found[t.i] = (t, {"clash"}, 0.9)
                        for k in aims:
                            found.pop(k.i, None)
                        break
                    if o.lemma_.lower() in ("push", "thrust", "drive", "advance", "assault") and o.dep_ == "dobj" and any(
                            k.dep_ == "prep" and k.lower_ in ("towards", "toward", "on", "into", "against")
                            for k in list(o.children) + list(t.children)) and any(
                            (_is_force(k) and k.lower_ not in _PERSONAL) or self._armed(k) for k in subj) and \
                            found.get(t.i, (0, 0, 0.0))[2] < 0.9:
                        # "Russian troops made a fresh push towards Kupiansk": a force attacking
                        found[t.i] = (t, {"clash"}, 0.9)
                        found.pop(o.i, None)
                        break
                continue
            if lem in COUNT_CHANGES | {"cut", "reduce", "raise", "boost", "lower", "trim"}:
                # "the force will shrink to 2,500": the force itself counted
                counted = [k for k in subj if k.pos_ == "NOUN" and k.lemma_.lower() in (
                    "force", "contingent", "mission", "garrison", "presence", "deployment", "brigade", "battalion")]
                counted += [k for k in subj + objs if k.lemma_.lower() in COUNT_NOUNS and (
                    any(c.dep_ == "compound" and c.lemma_.lower() in ("troop", "force", "soldier") for c in k.children)
                    or any(_is_force(g) and g.pos_ == "NOUN" and g.lower_ not in _PERSONAL
                           for c in k.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
                    # "the mission's strength", "the contingent's size"
                    or k.lemma_.lower() in ("strength", "size", "headcount") and any(
                        c.dep_ == "poss" and (_is_force(c) and c.lower_ not in _PERSONAL
                                              or c.lemma_.lower() in GROUP_NOUNS | {"mission"}) for c in k.children))]
                figure = any(g.like_num for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "by", "at", "from")
                             for g in c.children) or any(c.like_num for c in t.children if c.dep_ == "dobj")
                if counted and figure and found.get(t.i, (0, 0, 0.0))[2] < 0.9:
                    # "troop numbers will fall to 1,000", "the number of French soldiers in Chad dropped to 600"
                    found[t.i] = (t, {"troop_level"}, 0.9)
                    for k in counted:
                        found.pop(k.i, None)

    def _a_force(self, k) -> bool:
        """A named or common force, not a bare pronoun ('Ugandan forces', 'the brigade', 'the Houthis')."""
        if k.lemma_.lower() in CIVILIAN_NOUNS or k.lemma_.lower() in ("people", "person", "family", "resident"):
            return False   # "360,000 people were driven from the city": the displaced, no force
        return k.lower_ not in _PERSONAL and k.lower_ != "them" and (
            (_is_force(k) and k.pos_ == "NOUN") or k.lemma_.lower() in MORE_FORCES or self._armed(k))

    def _ground(self, g) -> bool:
        """Ground a force holds: a base, a camp, a position, a town (by its word or the places stage)."""
        return g.lemma_.lower() in BASE_NOUNS or g.lower_ in BASE_NOUNS or g.lemma_.lower() in TERRAIN or \
            self._place_within(g)

    def _military_acts(self, toks, found) -> None:
        """Acts of war told by a verb and who does it to what, where the words alone name none: ground lost
        by a force ('Ugandan forces lost their camp at Janaale', 'the troops were driven from their base',
        'militants forced the soldiers out of the town'); a force going back in ('Kenyan troops went back into
        the town'); reserves called up ('the army called up 300,000 reservists'); a force taking up its
        mission or positions ('the brigade formally took up its mission'); an attack ordered ('ordered the
        offensive on 4 November': the order is the attack's start); fighting told as going on where and
        when it does ('clashes continued overnight on the city's edge')."""
        for t in toks:
            if t.pos_ != "VERB":
                continue
            lem = t.lemma_.lower()
            kids = list(t.children)
            parts = {k.lower_ for k in kids if k.dep_ in ("prt", "advmod")}
            if found.get(t.i, (0, 0, 0.0))[2] >= 0.9 and not (lem == "take" and "up" in parts):
                continue   # ("took up positions along the border" is no ground taken: the force is placed)
            subj = [k for k in kids if k.dep_ == "nsubj"]
            if not subj and t.dep_ == "conj":
                # "the brigade paraded in Vilnius and formally took up its mission": the first verb's subject
                subj = [k for k in t.head.children if k.dep_ == "nsubj"]
            subj = [_relative_doer(t, k) for k in subj] + [g for k in subj for g in k.conjuncts]
            objs = [k for k in kids if k.dep_ in ("dobj", "nsubjpass")]
            objs += [g for o in objs for g in o.conjuncts]
            passive = any(k.dep_ == "auxpass" for k in kids)
            left = [g for c in kids if c.dep_ == "prep" and c.lower_ in ("from", "out") for g in c.subtree
                    if g.dep_ == "pobj"]
            if lem in ("drive", "push", "force", "chase", "oust", "expel", "dislodge", "evict", "flush", "rout") and \
                    left and any(self._ground(g) or g.pos_ == "PROPN" for g in left) and any(
                    self._a_force(o) for o in objs) and (
                    passive or subj):
                # "Burundian troops were driven from their base at Leego", "militants forced the soldiers out of
                # the town": ground taken from a force
                found[t.i] = (t, {"territory_change"}, 0.9)
                continue
            if lem == "lose" and any(self._a_force(k) for k in subj) and any(
                    o.dep_ == "dobj" and self._ground(o) and o.lemma_.lower() not in ("life", "area", "field", "point",
                                                                                       "points", "road")
                    for o in objs):
                # "Ugandan forces lost their camp at Janaale in September": ground taken from them
                found[t.i] = (t, {"territory_change"}, 0.9)
                for o in objs:
                    found.pop(o.i, None)
                continue
            if lem == "return" and not objs and not self._going_home(t) and any(
                    self._a_force(k) and k.ent_type_ != "ORG" or k.ent_type_ == "" and k.lemma_.lower() in (
                        "troop", "soldier", "force", "army") for k in subj) and any(
                    c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
                        g.dep_ == "pobj" and self._place_within(g) and g.ent_type_ != "NORP" for g in c.children)
                    for c in kids):
                # "Israeli troops returned to Khan Younis on Monday": a force sent back in (not home)
                found[t.i] = (t, {"deployment"}, 0.9)
                continue
            if lem in ("go", "move", "come", "march", "roll", "push") and "back" in parts and not objs and any(
                    self._a_force(k) for k in subj) and any(
                    c.dep_ == "prep" and c.lower_ in ("into", "to") and any(
                        g.dep_ == "pobj" and self._place_within(g) for g in c.children)
                    for k in kids if k.lower_ == "back" for c in [k, *k.children]):
                # "Kenyan troops went back into the town within a week": a force sent in again
                found[t.i] = (t, {"deployment"}, 0.9)
                continue
            if lem in ("call", "mobilise", "mobilize", "summon", "draft") and ("up" in parts or lem != "call") and any(
                    o.dep_ == "dobj" and (o.lemma_.lower() in ("reservist", "conscript", "reserve", "reserves")
                                          or o.lower_ in ("reservists", "conscripts", "reserves")) for o in objs):
                # "the army called up 360,000 reservists", "mobilised its reserves": the strength raised
                found[t.i] = (t, {"troop_level"}, 0.9)
                for o in objs:
                    found.pop(o.i, None)
                continue
            if lem == "take" and "up" in parts and any(
                    o.dep_ == "dobj" and o.lemma_.lower() in ("mission", "duty", "position", "post", "role", "station")
                    for o in objs) and any(self._a_force(k) for k in subj):
                # "the brigade paraded in Vilnius and formally took up its mission": a force in place
                found[t.i] = (t, {"deployment"}, 0.9)
                continue
            if lem in PULLING_BACK and any(o.dep_ == "dobj" and self._a_force(o) for o in objs) and (
                    parts & {"back", "away"} or any(c.lower_ in COMPASS and any(
                        g.dep_ == "prep" and g.lower_ == "of" for g in c.children) for c in kids if c.dep_ in (
                            "advmod", "npadvmod")) or any(c.dep_ == "prep" and c.lower_ in ("behind", "away")
                                                          for c in kids)):
                # "Hezbollah is to move its fighters north of the river", "the militia will pull its fighters
                # back", "the army withdrew its units behind the line": the side's own force taken back
                found[t.i] = (t, {"withdrawal"}, 0.9)
                for o in objs:
                    found.pop(o.i, None)
                continue
            if lem in REPELLING and any(o.dep_ == "dobj" and o.lemma_.lower() in OFFENSIVES | {"advance"}
                                        for o in objs) and subj:
                # "the defenders repelled an assault on the village", "troops repulsed a rebel raid": a fight
                found[t.i] = (t, {"clash"}, 0.9)
                for o in objs:
                    found.pop(o.i, None)
                continue
            if lem == "storm" and any(self._a_force(k) or k.lower_.rstrip("s") in ARMED_MEN
                                      for k in subj) and any(
                    o.dep_ == "dobj" and (self._ground(o) or o.lemma_.lower() in TERRAIN) for o in objs):
                # "rebels crossed the river and stormed villages in North Kivu", "militants stormed an army
                # post": an armed assault on ground (a crowd storming a building is told elsewhere)
                found[t.i] = (t, {"attack"}, 0.9)
                continue
            if lem in CAPTURE and lem not in ("free", "liberate", "recover", "clear") and not objs and any(
                    self._a_force(k) or k.lower_.rstrip("s") in ARMED_MEN or k.lower_ == "men" for k in subj) and any(
                    c.dep_ == "advmod" and c.i == t.i + 1 and c.ent_type_ in ("GPE", "LOC", "FAC") and
                    self._place_within(c) for c in kids):
                # "his fighters had taken Bakhmut", "its troops had seized Kupiansk": the parser makes the town
                # named last an adverb of the verb, yet it is the ground taken
                found[t.i] = (t, {"territory_change"}, 0.9)
                continue
            if lem in DELIVERING and t.dep_ == "relcl" and self._arms_delivered(t, [t.head]):
                # "the howitzers it has committed to Kyiv will be shipped": the kit given is the clause's noun
                found[t.i] = (t, {"military_aid"}, 0.9)
                continue
            if lem in ("order", "authorise", "authorize", "launch") and lem != "launch" and any(
                    o.dep_ == "dobj" and o.lemma_.lower() in OFFENSIVES for o in objs) and not any(
                    k.dep_ in ("xcomp", "ccomp") for k in kids) and subj:
                # "Abiy ordered the offensive on 4 November": the order is the attack's start, told as done; the
                # kind is the act's own ("ordered air strikes" are strikes)
                o = next(o for o in objs if o.dep_ == "dobj" and o.lemma_.lower() in OFFENSIVES)
                aerial = any(y.lower_ in ("air", "aerial", "bombing", "drone") for y in o.subtree)
                found[t.i] = (t, {"airstrike"} if aerial else {"clash"}, 0.9)
                found.pop(o.i, None)
                continue
        for t in toks:
            if t.i in found and t.pos_ == "VERB" and t.dep_ == "xcomp" and found[t.i][2] < 0.85 and \
                    found[t.i][1] & VIOLENT and t.head.lemma_.lower() in ("begin", "start", "resume", "continue",
                                                                          "intensify", "step") and _subjects(t) and \
                    any(k.dep_ == "dobj" for k in t.children):
                # "Israel started striking targets in southern Lebanon on 23 September": the act itself begun
                found[t.i] = (t, found[t.i][1], 0.85)
                continue
            if t.i not in found or t.pos_ != "NOUN" or t.dep_ != "nsubj" or found[t.i][2] >= 0.9:
                continue
            kinds = found[t.i][1]
            verb = t.head
            # (the lemmatiser leaves 'raged' as 'rag')
            going = verb.lemma_.lower() if verb.lower_ not in ("raged", "rages", "raging") else "rage"
            if not kinds & VIOLENT or t.lemma_.lower() in GENERIC_VIOLENT or going not in OCCURRING | {
                    "continue", "persist", "rage", "go"} or (going == "go" and "on" not in {
                    k.lower_ for k in verb.children}):
                continue
            if any(x.ent_type_ in ("DATE", "TIME") for x in verb.subtree if x.i != t.i) or any(
                    c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS and any(
                        g.dep_ == "pobj" and self._place_within(g) for g in c.subtree) for c in verb.children):
                # "clashes continued overnight on the city's eastern edge", "fighting raged in Bakhmut on Sunday":
                # the act itself told going on, where and when
                found[t.i] = (t, kinds, 0.9)

    def _contacts_by_noun(self, toks, found) -> None:
        """A meeting, talks or a visit named by a noun with its own partner or destination and its own date
        ('Sarraj, in Ankara for talks with Erdogan on Thursday, said ...', 'Following a meeting with Putin
        in Sochi on Monday, Erdogan said ...', 'on a visit to Washington on Wednesday'): an occurrence of its
        own beside the sentence's main act, whatever the classifier makes of the sentence."""
        for t in toks:
            if t.pos_ == "NOUN" and t.i not in found and t.lemma_.lower() in ("trip", "tour", "visit") and \
                    t.dep_ == "pobj" and t.head.lower_ in ("on", "during") and t.head.head.pos_ in ("VERB", "AUX") \
                    and t.i < t.head.head.i and any(
                    g.dep_ == "pobj" and self._place_within(g) for c in t.children
                    if c.dep_ == "prep" and c.lower_ in ("to", "in") for g in c.children):
                # "On a trip to Warsaw on Tuesday, Blinken pledged ...": a visit told by a fronted phrase with no
                # verb of visiting; the clause's act is what the visitor did there (the day is the clause's)
                found[t.i] = (t, {"diplomacy"}, 0.9)
                continue
            if t.pos_ != "NOUN" or t.i not in found or found[t.i][2] >= 0.9 or "diplomacy" not in found[t.i][1]:
                continue
            if t.lemma_.lower() not in CONTACT_NOUNS and t.lower_ not in CONTACT_NOUNS and \
                    t.lemma_.lower() != "summit":
                continue
            sub = list(t.subtree)
            if not any(x.ent_type_ == "DATE" and x.i > t.i for x in sub):
                continue   # ("held talks with the envoy": the verb tells it; "talks with Iran" may be any talks)
            partner = any(g.dep_ == "pobj" and (_contactor(g) or self._state_actor(g) or g.lemma_.lower() in
                                                 ("counterpart", "delegation", "envoy", "leader", "minister"))
                          for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
                          for g in [*c.children, *[x for k in c.children for x in k.conjuncts]])
            place = any(g.dep_ == "pobj" and self._place_within(g) for c in t.children
                        if c.dep_ == "prep" and c.lower_ in ("to", "in") for g in c.children)
            if partner or place and t.lemma_.lower() in ("visit", "trip", "tour"):
                found[t.i] = (t, {"diplomacy"}, 0.9)

    def _a_body(self, g) -> bool:
        """A bloc, an alliance or an organisation of states, by its word or as the actor dictionary's or the
        parser's organisation ('ECOWAS', 'the CSTO', 'the G5 Sahel alliance'); not a government or a party."""
        if g.lemma_.lower() in BODY_NOUNS or g.lower_ in BODY_NOUNS:
            return True
        # (an acronym the parser may read as a common noun; a state's acronym is a place: "left the UAE")
        return g.pos_ in ("PROPN", "NOUN") and g.ent_type_ in ("ORG", "") and g.text.isupper() and len(g.text) > 2 \
            and not self._is_place(g)

    def _protest_lodged(self, t, lem, subj, objs) -> bool:
        """A state's diplomatic protest to another: a complaint lodged, delivered or filed ('lodged a formal
        protest with Beijing', 'delivered a protest note to the ambassador'), or 'protested to' a state or its
        embassy; by a state, its government, ministry or leader (a crowd's protest is a demonstration)."""
        if not any(_contactor(k) or self._state_actor(k) or k.lemma_.lower() in (
                "ministry", "government", "embassy", "foreign", "office", "cabinet") for k in subj):
            return False
        to = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "with") for g in c.children
              if g.dep_ == "pobj"]
        if lem == "protest":
            return any(g.ent_type_ in ("GPE", "NORP") or self._state_actor(g) or g.lemma_.lower() in ENVOY_WORDS
                       or g.lemma_.lower() in ("embassy", "government", "ministry") for g in to)
        complaint = [o for o in objs if o.dep_ == "dobj" and (o.lemma_.lower() in COMPLAINT_NOUNS or any(
            x.lemma_.lower() in ("protest", "démarche", "demarche") for x in o.subtree if x.i != o.i))]
        if not complaint:
            return False
        to += [g for o in complaint for c in o.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
               for g in c.children if g.dep_ == "pobj"]
        # ("filed a complaint with the police": no state to lodge it with, nor a word that makes it diplomatic)
        return any(g.ent_type_ in ("GPE", "NORP", "ORG") or self._state_actor(g) or g.lemma_.lower() in ENVOY_WORDS
                   or g.lemma_.lower() in ("embassy", "government", "ministry", "counterpart") for g in to) or any(
            k.lower_ in ("formal", "diplomatic", "official", "strong", "strongly-worded", "stern")
            for o in complaint for k in o.children) and any(o.lemma_.lower() != "complaint" for o in complaint)

    def _declared(self, t, lem, subj, found) -> bool:
        """Is the verb a speaker's declaration that is the sentence's own news? The main verb, told as
        done (not recalled with 'had', not asked or denied), by a verb that urges, blames or brands rather
        than reports ('the ministry urged restraint', 'Kyiv blamed Moscow', 'called the blast an act of
        terror'; not 'said', 'according to'), of a speaker who acts in the news (a named person, state or
        group, a leader, ministry or spokesman), and carrying no other act the sentence tells ('claimed its
        troops had taken the town' is the taking's news)."""
        if t.dep_ != "ROOT" and not _beside_a_semicolon(t) or lem not in DECLARING_VERBS or \
                found.get(t.i, (0, 0, 0.0))[2] >= 0.9:
            return False
        if any(k.dep_ in ("aux", "auxpass", "neg") and (k.lemma_.lower() == "have" and k.tag_ == "VBD"
                                                         or k.dep_ in ("neg", "auxpass")) for k in t.children):
            return False   # "after Macron had urged calm", "did not blame", "was blamed": no word of its own
        if t.sent.text.rstrip().endswith("?"):
            return False
        if lem == "call" and not any(k.dep_ in ("oprd", "ccomp", "xcomp") for k in t.children) and not any(
                k.dep_ == "prep" and k.lower_ == "for" for k in t.children):
            return False   # "called the blast an act of terrorism", "called for a ceasefire"; not "called Putin"
        speakers = [k for k in subj if k.dep_ == "nsubj"]
        if not any(self._voice(k) for k in speakers):
            return False   # "analysts urged caution", "critics blamed the heat"
        said = {x.i for x in t.subtree} - {t.i}
        # (what the speaker's own words hold, not what a relative clause tells of the speaker: "Hezbollah,
        # whose fighters fired rockets at Metula on Tuesday, warned of more attacks")
        said -= {x.i for k in t.children if k.dep_ in ("nsubj", "nsubjpass") for x in k.subtree}
        if lem in ("accuse", "blame"):
            # "the junta accused France of backing the rebels", "blamed Kyiv for shelling the plant": what the
            # other side is charged with is the accusation's content, the accusation the speaker's own news
            said -= {x.i for k in t.children if k.dep_ == "prep" and k.lower_ in ("of", "for") for x in k.subtree}
        # an act told by a verb within ("claims his troops have encircled the town") is that act's news; one
        # named by a noun is what the word is about ("blamed Moscow for the explosion", "demanded a withdrawal")
        # (what a demand asks is no act told: "demanded that the French ambassador leave within 48 hours")
        # (but "At an emergency session on Sunday, the Council demanded that ...": the session told is the news)
        asked = {x.i for k in t.children if lem in ("demand", "urge", "insist", "call") and _asked_of(k)
                 for x in k.subtree} if not any(_fronted_occasion(g) for k in t.children if k.dep_ == "prep"
                                                for g in k.children) else set()
        return not any(i in said and i not in asked and v[2] >= 0.6 and v[0].pos_ == "VERB"
                       and not v[1] <= {"statement", "diplomacy"} for i, v in found.items())

    def _stances(self, toks, found) -> None:
        """A side's own stance told as speech is a statement, whatever the verb of saying: its commitment,
        threat or refusal ('told reporters her government would not return to the talks', 'said the army
        would answer any attack with force'), its verdict on an act ('said the strikes were a proportionate
        response', 'described the vote as a betrayal'), its denial of a part ('denied any role in the
        explosion'), its claim of its own conduct ('said he had organised the group and acted alone') or of
        the other side's guilt ('says the ships illegally entered its waters'), its own losses counted ('said
        about 150 of his men had died'). The saying is the sentence's main verb, told as done by a named
        side, a leader, an office or a force. What it reports of an act the sentence tells by a verb ('five
        soldiers died in the ambush, the army said', 'said it had shelled the depot') is that act's news."""
        for t in toks:
            if t.pos_ != "VERB" or found.get(t.i, (0, 0, 0.0))[2] >= 0.9:
                continue
            lem = t.lemma_.lower()
            if lem not in SAYING_VERBS and lem not in DENYING_VERBS and lem not in VERDICT_VERBS:
                continue
            main = t.dep_ == "ROOT" or t.dep_ == "conj" and t.head.dep_ == "ROOT" and t.head.pos_ in ("VERB", "AUX") \
                or _beside_a_semicolon(t)
            # "The army will hunt them down, a spokesman said": the words are the main clause
            told = [t.head] if t.dep_ == "parataxis" and t.head.dep_ == "ROOT" and t.head.i < t.i else []
            if not main and not told:
                continue
            if any(k.dep_ in ("auxpass", "neg") or k.dep_ == "aux" and (
                    k.lemma_.lower() == "have" and k.tag_ == "VBD" or k.lower_ in COMMITTING_AUX)
                   for k in t.children) or t.sent.text.rstrip().endswith("?"):
                continue   # "had said", "did not say", "was told", "will announce": no word of its own now
            speakers = [k for k in t.children if k.dep_ == "nsubj"]
            if not any(self._voice(k) for k in speakers):
                continue
            if not told:
                told = [k for k in t.children if k.dep_ in ("ccomp", "parataxis") and k.i > t.i or k.dep_ == "ccomp"]
            told += [g for k in told for g in k.conjuncts if g.pos_ in ("VERB", "AUX")]
            said = {x.i for k in told for x in k.subtree}
            stance = self._stance(t, lem, speakers, told, found, said=set(said))
            if stance in (True, False) and len(told) > 1 and lem not in DENYING_VERBS:
                # clauses said side by side are weighed one by one: "said the United States would hunt down those
                # responsible and that the evacuation would go on until the deadline" takes its stance in the
                # first, which tells no act, whatever act the second tells (the statement's words are then the
                # first clause only, the evacuation the news of its own)
                that_said = [c for c in told if c.dep_ == "conj" and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and c.head in told]
                for c in [c for c in told if c in that_said or any(k in that_said for k in c.children)]:
                    own = _own_clause(c)
                    if own == said or any(i in own and not v[1] <= {"statement", "diplomacy"} and v[2] >= 0.5
                                          for i, v in found.items()):
                        continue   # (one clause after all: "said the strikes had killed three and damaged ...")
                    if self._stance(t, lem, speakers, [c], found, said=own) is True:
                        stance, said = True, own
                        break
            if stance:
                found[t.i] = (t, {"statement"}, 0.95)
                # the words said, for Detection._dedupe_sentence: an act the classifier keeps there is their news
                # "rejected accusations that its soldiers had executed civilians", "denied any involvement in
                # the bombing": the act the accusation tells, denied, is the denial's news
                said |= {x.i for k in t.children if k.dep_ == "dobj" and lem in DENYING_VERBS for x in k.subtree}
                mode = stance if stance in ("losses", "vow", "threat") else "denial" if lem in DENYING_VERBS else "words"
                self._stance_told[t.i] = (said, mode)

    def _halted(self, o) -> bool:
        """Is the noun a programme, an operation or an act of force a side may halt ('its training mission',
        'the training of local forces', 'its attacks on foreign troops'), not a pact, a law or a flight?"""
        lem = o.lemma_.lower()
        if o.pos_ != "NOUN" or lem in PACT_NOUNS or lem in DECIDED_THINGS - {"mission", "operation", "deployment"}:
            return False
        return lem in PROGRAMME_NOUNS or bool(self.lexicon.kinds_for(lem) & (VIOLENT | {"clash", "attack"}))

    def _suspensions(self, toks, found) -> None:
        """A side halting its own programme or operations announces a change in its activity, a statement:
        'the alliance suspended its training mission in the country', 'the coalition paused the training of
        local forces for 60 days', 'the militia is suspending its attacks on foreign troops', 'put its
        training programme on hold', 'declared a halt to its offensive'. The programme halted is no
        occurrence of its own kind."""
        for t in toks:
            if t.pos_ != "VERB" or found.get(t.i, (0, 0, 0.0))[2] >= 0.95 and found[t.i][1] != {"statement"}:
                continue
            lem = t.lemma_.lower()
            if any(k.dep_ == "mark" and k.lower_ in ("if", "unless", "until", "once") for k in t.children):
                continue   # "offered to halt attacks if the coalition stopped its air campaign": a condition
            objs = [k for k in t.children if k.dep_ in ("dobj", "nsubjpass")]
            on_hold = lem == "put" and any(k.dep_ == "prep" and k.lower_ == "on" and any(
                g.lower_ == "hold" for g in k.children) for k in t.children)
            if lem in HALTING_VERBS or on_hold:
                halted = objs
            else:
                # "declared a halt to its offensive", "announced a pause in the training"
                halted = [g for o in objs if o.lemma_.lower() in HALT_NOUNS for p in o.children
                          if p.dep_ == "prep" and p.lower_ in ("to", "in", "of", "on") for g in p.children
                          if g.dep_ == "pobj"]
                if not halted or lem not in SAYING_VERBS | {"order", "call", "agree", "decide", "impose"}:
                    continue
            halted += [g for o in halted for g in o.conjuncts]
            # "the training of local forces", "a halt to the series of attacks"
            halted += [g for o in halted if o.lemma_.lower() in SERIES for p in o.children
                       if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            halted = [o for o in halted if self._halted(o)]
            if not halted:
                continue
            doers = [k for k in _subjects(t) if k.dep_ == "nsubj"]
            doers += [g for k in t.children if k.dep_ == "agent" for g in k.children if g.dep_ == "pobj"]
            doers += [k for o in halted for k in o.children if k.dep_ == "poss" and k.lower_ not in _PERSONAL
                      and k.lower_ not in ("its", "their", "his", "her")]
            # (a pronoun speaks for the side named before: "it was suspending its attacks")
            # (or for the side the sentence before names as its subject: "Germany said it had paused its mission.
            # Last Friday it suspended its training of Iraqi forces")
            if not any(self._voice(k) or k.lower_ in ("it", "they", "we") and (
                    t.dep_ in ("ccomp", "xcomp", "conj") or self._side_before(k)) for k in doers):
                continue   # "work on the bridge was halted": no side's programme
            found[t.i] = (t, {"statement"}, 0.95)
            for o in halted:
                if o.i in found and found[o.i][1] != {"statement"}:
                    found.pop(o.i)

    def _side_before(self, pron) -> bool:
        """Does the sentence before the pronoun's own tell of a side as a subject ('Germany said ...', 'The
        pullback comes as the alliance winds down its presence')? The side the pronoun speaks for."""
        start = pron.sent.start
        if start == 0:
            return False
        before = pron.doc[start - 1].sent
        return any(k.dep_ == "nsubj" and self._voice(k) for k in before)

    def _speech_and_politics(self, toks, verbs, found) -> None:
        """Sayings, orders, appointments, recalled votes and planned gatherings that the verb patterns above
        leave untold, one rule each (below). Each rule reads words of one part of speech only: the sentence's
        verbs (`verbs`, listed once by the caller for this group and `_acts_and_posture`) and nouns."""
        nouns = [t for t in toks if t.pos == NOUN]
        self._talks_ended(verbs, found)
        self._ultimatums(verbs, found)
        self._orders_given(verbs, found)
        self._said_in_a_statement(verbs, found)
        self._announcements(nouns, found)
        self._command_given(verbs, found)
        self._votes_recalled(nouns, found)
        self._gatherings_held(nouns, found)
        self._envoys_speaking(nouns, found)
        self._answers_threatened(verbs, found)
        self._terms_with_a_deadline(nouns, found)
        self._moves_to_come(verbs, found)

    def _moves_to_come(self, verbs, found) -> None:
        """A force told as to move somewhere, by 'be to' or a future, with no verb of deploying: 'two battalions,
        from Rukla and Klaipeda, are to move to Lithuania', 'the brigade will move into the border region'. A
        deployment (Modality: planned); the force moving is its own subject (not 'residents are to move')."""
        for t in verbs:
            if t.lemma_.lower() not in ("move", "head", "go", "shift", "transfer") or found.get(t.i, (0, 0, 0.0))[2] >= 0.9:
                continue
            if any(k.dep_ in ("dobj", "neg") for k in t.children):
                continue   # ("moved its headquarters", "will not move"): another act, or none
            to_be = t.dep_ == "xcomp" and t.head.lemma_ == "be" and any(
                k.dep_ == "aux" and k.lower_ == "to" for k in t.children)
            future = any(k.dep_ == "aux" and k.lower_ in ("will", "'ll", "shall") for k in t.children)
            if not (to_be or future):
                continue
            movers = [k for k in (t.head if to_be else t).children if k.dep_ == "nsubj"]
            if not any(k.pos_ == "NOUN" and k.lemma_.lower() in ARMED_NOUNS | {"battalion", "brigade", "regiment",
                                                                               "division", "company", "unit"}
                       for k in movers):
                continue
            if any(k.dep_ == "prep" and k.lower_ in ("to", "into", "towards", "toward") and any(
                    g.dep_ == "pobj" and (self._is_place(g) or g.ent_type_ in ("GPE", "LOC")) for g in k.children)
                   for k in t.children):
                found[t.i] = (t, {"deployment"}, 0.9)

    def _terms_with_a_deadline(self, nouns, found) -> None:
        """A move a pact settles with a deadline of its own: 'the May 19 agreement on a withdrawal by September
        15', 'a deal for the handover of the base before the end of June'. The move is to come (Modality), told
        as firmly as the pact."""
        for t in nouns:
            if t.lemma_.lower() not in DECIDED_MOVES or found.get(t.i, (0, 0, 0.0))[2] >= 0.9:
                continue
            if not (t.dep_ == "pobj" and t.head.lower_ in ("on", "for", "over") and t.head.head.pos_ == "NOUN"
                    and t.head.head.lemma_.lower() in PACT_NOUNS):
                continue
            if any(k.dep_ == "prep" and k.lower_ in ("by", "before", "within", "until") and any(
                    x.ent_type_ == "DATE" for x in k.subtree) for k in t.children):
                found[t.i] = (t, {"withdrawal" if t.lemma_.lower() not in ("deployment", "redeployment", "handover")
                                  else "handover" if t.lemma_.lower() == "handover" else "deployment"}, 0.9)

    def _answers_threatened(self, verbs, found) -> None:
        """A side's answer in force threatened on a condition: 'if the shelling goes on, we will retaliate',
        'should the raids continue, the army will hit back', 'Tehran would respond militarily to any strike'. An
        attack by that side that may come (Modality: hypothetical); unconditioned, it is a stance only."""
        from sitrep.events.modality import _conditional, _conditioned_on_any
        for t in verbs:
            lem = t.lemma_.lower()
            if t.i in found or not (lem in ("retaliate", "avenge") or lem in ("hit", "strike", "fight") and any(
                    k.dep_ in ("prt", "advmod") and k.lower_ == "back" for k in t.children)
                    or lem == "respond" and any(k.lower_ in ("militarily", "forcefully", "harshly", "decisively")
                                                for k in t.children)):
                continue
            if not any(k.dep_ == "aux" and k.lower_ in ("will", "would", "shall", "'ll") for k in t.children) or any(
                    k.dep_ == "neg" for k in t.children):
                continue
            if _conditional(t) or _conditioned_on_any(t):
                found[t.i] = (t, {"attack"}, 0.9)
                # the words that tell it are a threat, news of their own beside the answer that may come
                for a in t.ancestors:
                    if a.i in self._stance_told and self._stance_told[a.i][1] == "words":
                        self._stance_told[a.i] = (self._stance_told[a.i][0], "threat")

    def _envoys_speaking(self, nouns, found) -> None:
        """An envoy or a diplomat whose words are a statement is its speaker, no meeting besides: 'if talks fail,
        the government will meet the rebels again, the envoy said' (the word alone proposes diplomacy; 'the envoy
        met Burhan' stays, and so does an envoy whose words are no statement, the envoy's being there the news)."""
        for t in nouns:
            if t.i in found and found[t.i][1] <= {"diplomacy"} and found[t.i][2] < 0.9 and \
                    t.lemma_.lower() in ENVOY_WORDS and t.dep_ == "nsubj" and (
                    t.head.lemma_.lower() in SAYING_VERBS or t.head.lemma_.lower() in DECLARING_VERBS) and \
                    "statement" in found.get(t.head.i, (0, set(), 0.0))[1]:
                found.pop(t.i)

    def _main_verb(self, t) -> bool:
        """The sentence's own verb, told as done now: the root or a verb joined to it, not recalled with
        'had', negated, passive, asked, or put as a condition ('if the army ended the talks ...')."""
        if not (t.dep_ == "ROOT" or t.dep_ == "conj" and t.head.dep_ == "ROOT"):
            return False
        if any(k.dep_ in ("neg", "auxpass") or k.dep_ == "aux" and k.lemma_.lower() == "have" and k.tag_ == "VBD"
               or k.dep_ == "mark" and k.lower_ in ("if", "unless", "until", "once") for k in t.children):
            return False
        # (the question mark last: the sentence's text is built anew each time it is read)
        return not t.sent.text.rstrip().endswith("?")

    def _talks_ended(self, toks, found) -> None:
        """A side ending or suspending talks announces it, a statement of that day: 'Kabul suspended the
        dialogue with the Taliban', 'the government called off the negotiations', 'broke off contacts with
        the rebels', 'walked out of the talks', 'declared the peace talks over'. The talks so ended are no
        meeting of their own."""
        for t in toks:
            if t.pos_ != "VERB" or found.get(t.i, (0, 0, 0.0))[2] >= 0.95:
                continue
            lem = t.lemma_.lower()
            if lem != "declare" and lem not in ENDING_TALKS and lem not in ENDING_PHRASAL_VERBS:
                continue   # (no verb that ends talks: its particles are not gathered)
            parts = {k.lower_ for k in t.children if k.dep_ in ("prt", "advmod", "prep")}
            phrasal = any((lem, p) in ENDING_PHRASALS for p in parts)
            # (the verb's words first: most verbs end nothing, and the main-verb test reads the sentence's text)
            if not (lem == "declare" or lem in ENDING_TALKS or phrasal) or not self._main_verb(t):
                continue
            if lem == "declare":
                # "declared the peace talks over" (the parser makes 'talks' a clause of 'declared')
                talks = [k for k in t.children if k.dep_ in ("dobj", "ccomp") and k.pos_ == "NOUN" and any(
                    x.lower_ in ("over", "dead", "finished", "ended", "suspended") for x in [*k.children, *t.children]
                    if x.dep_ in ("prt", "advmod", "acomp", "oprd", "amod", "prep"))]
            elif lem in ENDING_TALKS or phrasal:
                talks = [k for k in t.children if k.dep_ == "dobj"]
                # "walked out of the talks", "pulled out of the negotiations"
                talks += [g for k in t.children if k.lower_ in ("out", "of") for p in [k, *k.children]
                          if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            else:
                continue
            talks += [g for o in talks for g in o.conjuncts]
            # "ended its participation in the talks", "suspended its role in the mediation"
            talks += [g for o in talks if o.lemma_.lower() in ("participation", "role", "part", "involvement",
                                                               "seat", "membership")
                      for p in o.children if p.dep_ == "prep" and p.lower_ in ("in", "at") for g in p.children
                      if g.dep_ == "pobj"]
            talks = [o for o in talks if (o.lemma_.lower() in TALK_NOUNS or o.lower_ in TALK_NOUNS) and (
                o.lemma_.lower() != "process" or any(k.lower_ == "peace" for k in o.children))]
            if not talks:
                continue
            doers = [k for k in _subjects(t) if k.dep_ == "nsubj"]
            if not any(self._voice(k) for k in doers):
                continue   # ("the talks were suspended": no side that said so; "it called off the talks": whose,
                # the roles stage reads from the last name before, often not the side)
            found[t.i] = (t, {"statement"}, 0.95)
            for o in talks:
                if o.i in found and found[o.i][1] <= {"diplomacy", "statement"}:
                    found.pop(o.i)

    def _ultimatums(self, toks, found) -> None:
        """A side granting another a span of time to act sets an ultimatum, a statement of that day: 'gave
        the rebels 72 hours to surrender', 'gave the fighters until Friday to leave the city', 'granted them
        two weeks to lay down their arms'. The act demanded keeps its own reading, a move still to come ('gave the
        peacekeepers until December to leave': a withdrawal planned)."""
        for t in toks:
            lem = t.lemma_.lower()
            if t.pos_ != "VERB" or lem not in ("give", "grant", "allow", "set", "impose", "issue") or \
                    found.get(t.i, (0, 0, 0.0))[2] >= 0.95 or not self._main_verb(t):
                continue
            spans = [k for k in t.children if k.dep_ in ("dobj", "npadvmod", "prep") and (
                k.lemma_.lower() in GRANTED_SPANS or k.lower_ in GRANTED_SPANS)]
            spans = [k for k in spans if k.lower_ == "until" or k.lemma_.lower() in ("deadline", "ultimatum") or any(
                c.dep_ == "nummod" or c.like_num or c.lower_ in ("a", "an") for c in k.children)]
            if lem in ("set", "impose", "issue"):
                # "set a deadline of Friday for the militia to disarm" (only a deadline is set so)
                spans = [k for k in spans if k.lemma_.lower() in ("deadline", "ultimatum")]
            demanded = [v for k in [t, *spans, *[g for s in spans for g in s.children]] for v in k.children
                        if v.dep_ in ("relcl", "advcl", "xcomp", "acl") and v.pos_ == "VERB"
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)]
            if not spans and lem in ("give", "grant", "allow"):
                # "gave the rebels until Sunday to lay down their arms": the parser hangs the span on the act
                demanded = [v for v in demanded if any(m.lower_ == "until" and m.dep_ in ("mark", "prep")
                                                       for m in v.children)]
                spans = demanded
            if not spans or not demanded:
                continue
            granted = [k for k in t.children if k.dep_ in ("dative", "iobj") or k.dep_ == "dobj" and k not in spans]
            # "a deadline for the militia to disarm", "issued an ultimatum to the rebels"
            granted += [k for v in demanded for k in v.children if k.dep_ == "nsubj"]
            granted += [g for k in [t, *spans] for p in k.children if p.dep_ == "prep" and p.lower_ in ("to", "on")
                        for g in p.children if g.dep_ == "pobj"]
            if not granted or any(g.lemma_.lower() in ENVOY_WORDS | OWN_PEOPLE for g in granted):
                continue   # ("gave embassy staff 72 hours to leave": an expulsion, told as such elsewhere)
            if not any(self._voice(k) for k in t.children if k.dep_ == "nsubj"):
                continue
            found[t.i] = (t, {"statement"}, 0.95)
            # what the act demanded is done with is no act of its own ("to lay down their arms": no arms given)
            for v in demanded:
                for x in v.subtree:
                    if x.pos_ == "NOUN" and x.i in found and found[x.i][2] < 0.95:
                        found.pop(x.i)

    def _orders_given(self, toks, found) -> None:
        """A speaker telling or ordering another to act gives an order, a statement of that day: 'the
        commander told the warships to stay 1,000 metres away', 'Putin ordered the army to drive the enemy
        out', 'the junta instructed the envoy to leave'. The act ordered keeps its own reading (a plan)."""
        for t in toks:
            if t.pos_ != "VERB" or t.lemma_.lower() not in ("tell", "order", "instruct", "command", "direct") or \
                    t.i in found or not self._main_verb(t):
                continue   # (an order read as another kind keeps it: "ordered all units to sign contracts", a decree)
            told = [k for k in t.children if k.dep_ in ("dobj", "dative")]
            ordered = [k for k in t.children if k.dep_ in ("xcomp", "ccomp") and k.pos_ in ("VERB", "AUX") and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in k.children)]
            if not told or not ordered or any(o.lower_ in ("reporters", "journalists", "me", "us") or o.lemma_.lower() in
                                              ENVOY_WORDS | OWN_PEOPLE for o in told):
                continue   # ("told reporters to expect ...": no order; "told its embassy staff to leave": an evacuation)
            if not any(self._voice(o) or _is_force(o) and o.lower_ not in _PERSONAL for o in told):
                continue   # ("told residents to stay indoors": advice to people, no order to a side)
            if not any(self._voice(k) for k in t.children if k.dep_ == "nsubj"):
                continue
            found[t.i] = (t, {"statement"}, 0.95)

    def _said_in_a_statement(self, toks, found) -> None:
        """A saying told in a statement, an address or an interview is the speaker's word of that day, whatever
        it says: 'In a statement on Monday, the ministry said the border would stay closed', 'In a televised
        address on Wednesday, the president said the troops would come home', 'Speaking in Paris on Thursday,
        Macron said ...'. An act the words tell by a verb is their news (Detection._dedupe_sentence)."""
        for t in toks:
            if t.pos_ != "VERB" or t.lemma_.lower() not in SAYING_VERBS or t.i in found or not self._main_verb(t):
                continue
            # the occasion may hang on the speaker ("the president, in a television interview this month, said")
            # or be whom the words are told to ("told a news conference in Nairobi that ...")
            at = [g for k in [t, *(s for s in t.children if s.dep_ == "nsubj")]
                  for p in k.children if p.dep_ == "prep" and p.lower_ in ("in", "during", "at")
                  for g in p.children if g.dep_ == "pobj"] + \
                [g for g in t.children if t.lemma_.lower() == "tell" and g.dep_ in ("dobj", "dative")]
            spoken = [g for g in at if g.lemma_.lower() in OCCASION_NOUNS and (
                g.dep_ == "pobj" or g.lemma_.lower() in ("conference", "briefing", "rally"))]
            framed = bool(spoken) or any(k.dep_ == "prep" and k.lower_ in ("in", "during", "at") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in STATEMENT_NOUNS for g in k.children) for k in t.children) or \
                any(k.dep_ == "prep" and k.lower_ == "on" and any(
                    g.dep_ == "pobj" and (g.lower_ in MEDIA_NOUNS or g.lemma_.lower() in MEDIA_NOUNS)
                    for g in k.children) for k in t.children) or \
                any(k.dep_ == "advcl" and k.lemma_.lower() in ("speak", "address", "write") and k.tag_ == "VBG"
                    and k.i < t.i for k in t.children)
            if not framed:
                continue
            if not any(self._voice(k) for k in t.children if k.dep_ == "nsubj"):
                continue
            told = [k for k in t.children if k.dep_ in ("ccomp", "parataxis")]
            said = {x.i for k in told for x in k.subtree}
            if spoken and said:
                # words spoken at an occasion of their own (an address, an interview, a news conference) are
                # that occasion's news, whatever act they tell besides ("in a television interview, said 30
                # soldiers were killed": the interview and the killing)
                found[t.i] = (t, {"statement"}, 0.95)
                self._stance_told[t.i] = (said, "losses")
                continue
            # ("said in a statement that 22 missiles had been launched": the missiles' news, told by its
            # witness; only words that tell no act of their own are the speaker's)
            if not said or any(i in said and not v[1] <= {"statement", "diplomacy"} and v[2] >= 0.5
                               for i, v in found.items()):
                continue
            # (nor a verb that may tell one, weighed later: "said equipment had been passed to the Iraqi side")
            if any(x.pos_ == "VERB" and set(self.lexicon.kinds_for(x.lemma_.lower())) - {"statement", "diplomacy"}
                   for x in t.doc[min(said):max(said) + 1] if x.i in said):
                continue
            found[t.i] = (t, {"statement"}, 0.95)
            self._stance_told[t.i] = (said, "words")

    def _announcements(self, toks, found) -> None:
        """A side's announcement named by a noun with its own day and the words it said is a statement of
        that day: "the alliance's announcement on 20 March that it was pausing training", "the junta's
        declaration on Monday that French troops must leave". What it announces keeps its own reading."""
        for t in toks:
            if t.pos_ != "NOUN" or t.lemma_.lower() not in ANNOUNCING_NOUNS or found.get(t.i, (0, 0, 0.0))[2] >= 0.9:
                continue
            words = [k for k in t.children if k.dep_ in ("acl", "ccomp", "relcl") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in k.children)]
            if not words:
                continue
            inner = {x.i for k in words for x in k.subtree}
            dated = any(x.ent_type_ == "DATE" and x.i not in inner and x.dep_ in ("pobj", "npadvmod", "poss", "compound")
                        or x.ent_type_ == "DATE" and x.i not in inner and x.head.ent_type_ == "DATE"
                        for x in t.subtree if x.i != t.i)
            speakers = [k for k in t.children if k.dep_ == "poss" and k.pos_ != "PRON"]
            speakers += [g for k in t.children if k.dep_ == "prep" and k.lower_ == "by" for g in k.children
                         if g.dep_ == "pobj"]
            if not dated or not any(self._voice(k) for k in speakers):
                continue
            found[t.i] = (t, {"statement"}, 0.95)

    def _command_given(self, toks, found) -> None:
        """A person put at the head of a force or an operation is a change in its command, a group_change:
        'General Ali was put in charge of the operation', 'was placed in command of the eastern front', 'the
        junta installed Colonel Goita as head of the council' (an installing as a head, see NAMING)."""
        for t in toks:
            if t.pos_ != "VERB" or t.lemma_.lower() not in ("put", "place", "give", "hand") or \
                    found.get(t.i, (0, 0, 0.0))[2] >= 0.9:
                continue
            if any(k.dep_ == "neg" for k in t.children):
                continue
            # "put in charge of", "placed in command of"; "given command of the army"
            posts = [g for k in t.children if k.dep_ == "prep" and k.lower_ in ("in", "at") for g in k.children
                     if g.dep_ == "pobj" and g.lemma_.lower() in CHARGE_NOUNS]
            if t.lemma_.lower() in ("give", "hand"):
                posts += [k for k in t.children if k.dep_ == "dobj" and k.lemma_.lower() in ("command", "charge")]
            charge = [g for p in posts for k in p.children if k.dep_ == "prep" and k.lower_ == "of"
                      for g in k.children if g.dep_ == "pobj"]
            if not charge:
                continue
            held = [x for g in charge for x in g.subtree]
            if not any(_is_force(x) and x.pos_ == "NOUN" and x.lower_ not in _PERSONAL or x.lemma_.lower() in (
                    "operation", "offensive", "campaign", "front", "war", "mission", "defence", "defense",
                    "security", "army", "troop", "force", "command") for x in held):
                continue   # ("put in charge of the ministry's budget": no command of a force)
            found[t.i] = (t, {"group_change"}, 0.95)

    def _votes_recalled(self, toks, found) -> None:
        """A legislature's vote named by a noun with its day is a decision of that day, though the sentence
        tells another: "January's parliamentary call for foreign troops to leave", "the vote last month to
        expel the troops", "parliament's resolution in March demanding their departure". The act voted is no
        occurrence of its own (it was voted, not done)."""
        for t in toks:
            if t.pos_ != "NOUN" or t.lemma_.lower() not in VOTE_NOUNS or found.get(t.i, (0, 0, 0.0))[2] >= 0.9:
                continue
            lem = t.lemma_.lower()
            kids = list(t.children)
            body = any(k.dep_ in ("amod", "compound", "poss") and (
                k.lemma_.lower() in LEGISLATORS or k.lower_ in ("parliamentary", "congressional", "legislative")
                or k.lemma_.lower() in HOUSES) for k in kids) or any(
                k.dep_ == "prep" and k.lower_ in ("by", "of", "in") and any(
                    g.lemma_.lower() in LEGISLATORS or g.lemma_.lower() in HOUSES for g in k.children) for k in kids)
            if lem != "vote" and not body:
                continue   # ("a call for calm", "the decision to leave": whose, untold)
            inner = [k for k in kids if k.dep_ in ("acl", "relcl", "prep") and k.i > t.i]
            voted = [v for k in inner for v in k.subtree if v.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in v.children)]
            # (a legislature's vote needs no words voted: "last month's vote in the Malian parliament demanding
            # the departure", "January's parliamentary call for foreign troops ..."; a bare "vote" may be an election)
            if not voted and not (body and inner):
                continue
            # its own day, outside the words voted ("the vote last month", "January's call", "in March")
            dated = any(x.ent_type_ == "DATE" for k in kids if k.dep_ not in ("acl", "relcl") for x in k.subtree
                        if not any(a.i in {v.i for v in voted} for a in [x, *x.ancestors]))
            if not dated:
                continue
            found[t.i] = (t, {"legislation"}, 0.95)
            for v in voted:
                if v.i in found and found[v.i][2] < 0.95:
                    found.pop(v.i)

    def _gatherings_held(self, toks, found) -> None:
        """A gathering named by a noun and told as held, or to be held, is a protest: 'a funeral procession
        for the dead will be held in the capital on Saturday', 'a vigil was held outside the embassy', 'a
        march is planned for Friday'. Its modality is the verb's."""
        for t in toks:
            if t.pos_ != "NOUN" or t.lemma_.lower() not in GATHERING_NOUNS:
                continue
            verb = t.head
            if t.dep_ == "dobj" and verb.lemma_.lower() in CALLING_GATHERINGS and _set_for_a_day(t):
                # "Opposition parties have called a march in Dakar for Friday", "unions announced a rally for next
                # Tuesday": the gathering called, to come (the calling is no statement of its own)
                if verb.i in found and found[verb.i][1] <= {"statement"}:
                    found.pop(verb.i)
                found[t.i] = (t, {"protest"}, 0.95)
                continue
            if t.i in found and found[t.i][2] >= 0.9:
                continue
            if t.dep_ != "nsubjpass" or verb.lemma_.lower() not in ("hold", "plan", "organise", "organize", "stage",
                                                                     "schedule", "call"):
                continue
            if verb.i in found and found[verb.i][2] >= 0.9:
                continue
            found[verb.i] = (verb, {"protest"}, 0.95)

    def _voice(self, tok) -> bool:
        """One whose word is news: a named person, state or group (a capital for its state: 'Kyiv said'), a
        leader, an office or a force ('the ministry', 'the army', 'Hamas'); not a pronoun nor 'analysts' or
        'residents'."""
        if tok.lower_ in _PERSONAL or tok.pos_ == "PRON":
            return False
        return tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.lemma_.lower() in SPEAKER_NOUNS or \
            tok.lemma_.lower() in SPEAKING_ROLES or tok.lemma_.lower() in RANKS or _leader(tok) or \
            tok.pos_ == "NOUN" and tok.lemma_.lower() in OWN_SIDE_NOUNS or self._armed(tok) or \
            self._state_actor(tok) or \
            tok.pos_ == "PROPN" and tok.text[:1].isupper() or \
            tok.pos_ == "NOUN" and tok.lemma_.lower() in ARMED_NOUNS and tok.ent_type_ == ""

    def _own_side(self, tok, named: bool = False) -> bool:
        """The speaker's own side as the subject of what it says: a pronoun ('said it would ...', 'we will
        not retreat'), a noun owned by one ('his men', 'our forces'), a noun for a side ('the government',
        'the army', 'the alliance'), with `named`, a side by its name ('said Ottawa would meet ...')."""
        if tok.lower_ in ("i", "we", "he", "she", "it", "they"):
            return True
        if any(k.dep_ == "poss" and k.lower_ in ("his", "her", "its", "their", "our", "my") for k in tok.children):
            return True
        if tok.pos_ == "NOUN" and (tok.lemma_.lower() in OWN_SIDE_NOUNS or tok.lower_ in OWN_SIDE_NOUNS) and any(
                k.dep_ == "det" and k.lower_ == "the" for k in tok.children):
            return True   # "the army", not "troops exchanged fire" (whose troops, untold)
        return named and (tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or self._state_actor(tok)
                          or self._armed(tok))

    def _stance(self, t, lem, speakers, told, found, said=None):
        """Do the words a speaker says (`told`, the clauses its verb `t` governs; `said`, their tokens, when
        only part of them is weighed) take a stance of its own (Detection._stances)? "losses" when they count the
        speaker's own dead, news beside the fighting told."""
        said = {x.i for k in told for x in k.subtree} if said is None else said
        if lem in DENYING_VERBS:
            said |= {x.i for k in t.children if k.dep_ == "dobj" for x in k.subtree}
        # an act told by a verb-object pattern, or by a noun the words' verb governs ("said Moscow would keep
        # 3,800 troops there"); an act a lone word proposes is weighed once the classifier has spoken
        # (Detection._dedupe_sentence)
        acts = {i for i, v in found.items() if i in said and not v[1] <= {"statement", "diplomacy"} and v[2] >= 0.8
                and (v[0].pos_ == "VERB" or v[0].dep_ in ("dobj", "nsubj", "nsubjpass") and v[0].head in told)}
        for c in told:
            # own losses counted: "about 150 of his men had died", "we have lost 40 fighters", "the shelling
            # killed 12 of our soldiers" (not "its troops had killed 20 militants": who lost, not who killed)
            cl = c.lemma_.lower()
            passive = any(k.dep_ == "auxpass" for k in c.children)
            if cl in LOSS_VERBS and cl not in ("lose", "suffer") and not passive and any(
                    k.dep_ == "dobj" for k in c.children):
                lost = [k for k in c.children if k.dep_ == "dobj"]
            elif cl in ("lose", "suffer"):
                lost = [k for k in c.children if k.dep_ in ("nsubj", "dobj")]
            else:
                lost = [k for k in c.children if k.dep_ in ("nsubj", "nsubjpass")]
            if cl in LOSS_VERBS and any(x.like_num for k in lost for x in k.subtree) and any(
                    x.lower_ in ("his", "her", "its", "their", "our", "we", "i") for k in lost for x in [k, *k.subtree]):
                return "losses"
        # (the acts weighed later too: "would strike the camps if the attacks continued")
        told_acts = {i for i, v in found.items() if i in said and not v[1] <= {"statement", "diplomacy"}
                     and v[2] >= 0.5}
        threat = _conditioned_acts(told_acts, t.doc)
        if threat and acts <= threat and lem not in DENYING_VERBS and not any(
                _iffy(k) for c in told for x in [c, *c.conjuncts] for k in x.children):
            # "said the United States had picked out 52 sites it would hit if Iran attacked Americans": the words
            # tell a claim of the side's own, the acts only on a condition inside it, the threat is the news (but
            # "said he would stop supplying shells if Israel went into Rafah": the act itself, on its condition)
            return "threat"
        if acts:
            return False   # "said it had shelled the depot": the shelling's news, told by its doer
        if lem in DENYING_VERBS:
            # "denied any role in the explosion", "rejected the accusations", "denied that it was involved"
            return any(k.dep_ == "dobj" and k.lemma_.lower() in DENIED_NOUNS for k in t.children) or bool(told)
        if lem in VERDICT_VERBS and any(k.dep_ == "dobj" for k in t.children) and any(
                k.dep_ in ("prep", "oprd") and k.lower_ == "as" for x in t.children if x.dep_ in ("dobj", "prep")
                for k in ([x] if x.dep_ == "prep" else x.children)):
            return True   # "described the attack as cowardly", "sees the alliance as a threat"
        # "offered to halt attacks on Saudi Arabia", "refused to withdraw", "threatened to cut ties": the
        # speaker's own commitment, told by the verb it governs (not an act told: "vowed to attack again")
        if lem in ("offer", "propose", "refuse", "promise", "pledge", "vow", "threaten") and any(
                k.dep_ == "xcomp" and k.pos_ == "VERB" and not (k.i in found and not found[k.i][1] <= {
                    "statement", "diplomacy"} and found[k.i][2] >= 0.8) for k in t.children):
            told += [k for k in t.children if k.dep_ == "xcomp"]   # (in place: the caller records these words)
            return "vow"
        for c in told:
            if c.pos_ not in ("VERB", "AUX") or c.lemma_.lower() in KNOWING_VERBS:
                continue   # ("they could not confirm reports ...": what the speaker knows, no stance)
            subj = [k for k in c.children if k.dep_ in ("nsubj", "nsubjpass", "expl")]
            aux = {k.lower_ for k in c.children if k.dep_ in ("aux", "auxpass")}
            negated = any(k.dep_ == "neg" for k in c.children) or any(
                k.lower_ in ("no", "never") for k in c.children if k.dep_ in ("det", "advmod")) or any(
                d.lower_ == "no" and d.dep_ == "det" for k in c.children if k.dep_ in ("attr", "dobj")
                for d in k.children)
            copula = c.lemma_.lower() == "be" and any(k.dep_ in ("attr", "acomp") for k in c.children)
            own = any(self._own_side(k) for k in subj)
            named = any(self._own_side(k, named=True) for k in subj)
            # a commitment, a threat or a refusal: "her government would not return", "the army would answer
            # any attack with force", "Ottawa would meet its commitment", "there would be no negotiations"
            if aux & COMMITTING_AUX and (named or negated and any(k.dep_ == "expl" for k in subj)):
                return True
            # "the country reserves the right to respond", "we want the Canadians to feel at home"
            if c.lemma_.lower() in POSITION_VERBS and named and not aux & {"had", "'d"}:
                return True
            if copula and any(x.lower_ in ("ready", "prepared", "determined", "committed", "willing", "open")
                              for k in c.children if k.dep_ == "acomp" for x in [k]) and named:
                return True   # "said Kyiv was ready to talk"
            # its own alarm: "said it was deeply concerned by the fighting", "said they were appalled"
            felt = [k for k in c.children if k.dep_ == "acomp"] + ([c] if any(
                k.dep_ == "auxpass" for k in c.children) else [])
            if (own or named) and not negated and any(x.lemma_.lower() in FEELING_WORDS or x.lower_ in FEELING_WORDS
                                                      for x in felt):
                return True
            # a verdict on an act or a measure: "the strikes were a proportionate response", "the resolution
            # was too weak", "the accusations were baseless"
            if copula and any(k.lemma_.lower() in VERDICT_SUBJECTS or k.lower_ in ("this", "that")
                              for k in subj if k.dep_ == "nsubj"):
                return True
            # its own conduct told by the side: "he had organised the group and acted alone", "it had taken
            # proportionate measures", "the government is building new barracks"
            if own and not copula and c.lemma_.lower() not in ("be", "have") and not any(
                    k.dep_ == "auxpass" for k in c.children):
                return True
            # an act of the other side ended, told by the side that ended it: "the advance had been stopped",
            # "the attack was repelled"
            if any(k.dep_ == "nsubjpass" and k.pos_ == "NOUN" and self.lexicon.kinds_for(k.lemma_.lower())
                   and any(d.lower_ == "the" for d in k.children) for k in subj) and not any(
                    k.dep_ == "agent" for k in c.children):
                return True
            # the other side's guilt: "the ships illegally entered Russian waters", "Iran had played no part"
            side = named or any(k.pos_ in ("NOUN", "PROPN") for k in subj)
            # ("the group was behind the raid", not "no vehicle had been left behind")
            behind = c.lemma_.lower() == "be" and any(k.lower_ == "behind" for k in c.children)
            if side and (behind or any(x.lemma_.lower() in GUILT_WORDS for x in c.subtree)) or named and negated:
                return True
            # the other side readying an act of force: "Kyiv was preparing a strike on the dam", "the rebels were
            # plotting to attack the capital" (what it readies is no occurrence: Modality drops it)
            if side and c.lemma_.lower() in READYING_VERBS and any(
                    self.lexicon.kinds_for(x.lemma_.lower()) & VIOLENT for k in c.children
                    if k.dep_ in ("dobj", "xcomp") for x in [k, *k.children] if x.pos_ in ("NOUN", "VERB")):
                return True
        return False

    def _counts_of_a_force(self, toks, found) -> None:
        """A count of troops told beside the force it counts: in apposition ("our forces stationed in Chad,
        about 1,000 soldiers, remain deployed") or with it ("the carrier group, with some 6,000 sailors and
        Marines, is operating in the Gulf"): the force's strength."""
        for t in toks:
            if t.i in found or t.lower_ not in COUNTED_FORCES or not any(c.like_num for c in t.children):
                continue
            head = t.head
            if t.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ == "NOUN":
                head = head.head   # "the carrier group, with some 6,000 sailors"
            elif t.dep_ != "appos":
                continue
            # ("our forces stationed in Niger, about 1,500 soldiers": the parser may hang the count on the place)
            heads = [head] + [a for a in list(head.ancestors)[:3] if a.pos_ != "VERB" or a.dep_ == "acl"]
            head = next((h for h in heads if h.pos_ == "NOUN" and (
                _is_force(h) and h.lower_ not in _PERSONAL or h.lemma_.lower() in GROUP_NOUNS | {"mission", "contingent"})),
                None)
            if head is None:
                continue
            verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            standing = verb is not None and (verb.lemma_.lower() in ("remain", "stay", "be", "operate", "station", "base")
                                             or any(c.lemma_.lower() in ("remain", "stay", "be") for c in verb.children
                                                    if c.dep_ in ("aux", "auxpass", "cop")))
            if verb is not None and verb.i in found and found[verb.i][1] & {"deployment", "withdrawal", "handover"} \
                    and not standing:
                continue   # "deployed a brigade, about 2,000 soldiers, to the border": the movement's figure
            if verb is not None and standing and found.get(verb.i, (0, 0, 0.0))[2] < 0.9:
                # the verb, so its subject is the holder and its place the force's ("are operating in the Gulf")
                found[verb.i] = (verb, {"troop_level"}, 0.9)
            else:
                found[t.i] = (t, {"troop_level"}, 0.9)

    def _set_phrases(self, toks, found) -> None:
        """Acts told by a light verb and a set noun: a pact taking hold or effect ("a 72-hour ceasefire took
        hold at 8 a.m."); people taken prisoner or hostage ("troops took 21 soldiers prisoner"); craft
        seized ("special forces boarded and seized the three vessels"); a person named to head a mission or
        a force ("the EU named X to head the monitoring mission"); a person speaking to a state's
        government or leader ("Rubio spoke to both governments")."""
        for t in toks:
            if t.pos_ != "VERB" or found.get(t.i, (0, 0, 0.0))[2] >= 0.9:
                continue
            lem = t.lemma_.lower()
            objs = [k for k in t.children if k.dep_ in ("dobj", "nsubjpass")]
            objs += [g for o in objs for g in o.conjuncts]
            subj = _subjects(t)
            if lem in ("take", "come", "go") and any(
                    k.lemma_.lower() in PACT_NOUNS and k.pos_ == "NOUN" for k in subj) and any(
                    x.lower_ in BINDING for k in t.children if k.dep_ in ("dobj", "prep", "prt")
                    for x in [k, *k.children]) and (lem == "take" or any(
                        k.dep_ == "prep" and k.lower_ in ("into", "in") for k in t.children)):
                for k in subj:   # the pact itself, with its parties and brokers
                    if k.lemma_.lower() in PACT_NOUNS:
                        found[k.i] = (k, {"agreement"}, 0.95)
            elif lem == "take" and any(k.dep_ in ("oprd", "dobj", "npadvmod", "attr", "advmod", "xcomp", "ccomp")
                                       and k.lower_ in TAKEN_AS or k.dep_ == "prep" and k.lower_ == "as" and any(
                                           g.lower_ in TAKEN_AS for g in k.children)   # "taken as hostages"
                                       for k in t.children) and (
                    any(o.lower_ not in TAKEN_AS for o in [k for k in t.children if k.dep_ in ("dobj", "nsubjpass")])
                    or any(k.lower_ in TAKEN_AS and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in k.children)
                           for k in t.children)):
                # ("took 21 Georgian soldiers prisoner", parsed with the soldiers a compound of the prisoner)
                found[t.i] = (t, {"abduction", "arrest"}, 0.9)
            elif lem in ("seize", "capture", "board", "impound", "detain", "hijack") and objs and all(
                    o.lemma_.lower() in VESSELS or o.pos_ == "PROPN" and any(
                        k.dep_ == "compound" and k.lemma_.lower() in VESSELS for k in o.children) for o in objs):
                # ("seized the container ship MSC Aries": a ship named)
                found[t.i] = (t, {"weapons_seizure"}, 0.9)
            elif lem in NAMING and any(
                    k.dep_ in ("xcomp", "advcl") and k.lemma_.lower() in HEADING and any(
                        o.dep_ == "dobj" and (o.lemma_.lower() in GROUP_NOUNS | {"mission", "operation", "force"}
                                              or self._armed(o)) for o in [
                            _antecedent(x) or x if x.lower_ == "it" else x for x in k.children]) for k in t.children):
                # ("approved the monitoring mission ... and named X to head it": the mission)
                found[t.i] = (t, {"group_change"}, 0.9)
            elif lem in ("speak", "talk") and any(k.ent_type_ == "PERSON" or _leader(k) for k in subj) and any(
                    c.dep_ == "prep" and c.lower_ in ("to", "with") and any(
                        g.dep_ == "pobj" and (g.lemma_.lower() in ("government", "counterpart") or _leader(g)
                                              or self._state_actor(g) and g.ent_type_ != "NORP")
                        for g in c.children) for c in t.children):
                found[t.i] = (t, {"diplomacy"}, 0.95)

    def _group_changes(self, toks, found) -> None:
        """A group or force that changes its head or its shape: "Hamas appointed X as its new chief", "the
        army named a new commander of the eastern front", "the brigade was disbanded", "two factions merged
        to form a new alliance". The head named is a commander of an armed group (not a minister of a
        government); the group made or ended is a force or a group of one."""
        for t in toks:
            if t.pos_ != "VERB" or found.get(t.i, (0, 0, 0.0))[2] >= 0.9:
                continue
            lem = t.lemma_.lower()
            subj = _subjects(t)
            objs = [k for k in t.children if k.dep_ in ("dobj", "nsubjpass", "oprd")]
            objs += [g for o in objs for g in o.conjuncts]
            if lem in NAMING:
                # ("was promoted to chief of staff of the army", "elevated to commander")
                roles = [g for k in t.children if k.dep_ == "prep" and (k.lower_ == "as" or k.lower_ == "to" and lem in (
                    "promote", "elevate", "appoint", "name")) for g in k.children
                         if g.dep_ == "pobj"] + [o for o in objs if o.pos_ == "NOUN"]
                roles += [g for o in objs for k in o.children if k.dep_ in ("appos", "prep") and k.lower_ in (",", "as")
                          for g in ([k] if k.dep_ == "appos" else k.children)]
                roles = [r for r in roles if r.lemma_.lower() in COMMAND_ROLES | {"secretary-general"} or (
                    r.lemma_.lower() == "secretary" and any(k.lower_ == "general" for k in r.children))]
                if not roles:
                    continue
                if any(any(_is_force(x) and x.pos_ == "NOUN" and x.lower_ not in _PERSONAL or x.lower_ == "staff"
                           for x in r.subtree if x.i > r.i) for r in roles):
                    # "was named as the new chief of staff of the army", "appointed commander of the eastern
                    # zone forces": a force's head, whoever names it (no other reading)
                    found[t.i] = (t, {"group_change"}, 0.95)
                    continue
                # whose head: the role's owner, else the one who names
                owners = [k for r in roles for k in r.children if k.dep_ == "poss" and k.lower_ not in ("its", "their")]
                owners += [g for r in roles for k in r.children if k.dep_ == "prep" and k.lower_ == "of"
                           for g in k.children if g.dep_ == "pobj"]
                # ("the group named Naim Qassem as his successor": the one succeeded is the namer's own head)
                if not owners or all(o.lower_ in ("its", "their", "his", "her") for o in owners):
                    owners += subj
                if any(self._armed(o) or _is_force(o) and o.lower_ not in _PERSONAL and o.ent_type_ != "NORP"
                       and not self._state_actor(o) or o.lemma_.lower() in GROUP_NOUNS or o.lemma_.lower() in FRONTS
                       for x in owners for o in [x, *[c for c in x.children if c.dep_ == "compound"]]):
                    found[t.i] = (t, {"group_change"}, 0.95)   # a group naming its head: no other reading
            elif lem in REFORMING:
                if lem in ("form", "found", "create") and not objs:
                    continue   # ("Kataib Hezbollah, the militia al-Muhandis founded, told ...": what was made, untold)
                who = objs + (subj if lem in ("merge", "split", "splinter", "unite", "unify") or not objs else [])
                if any(self._armed(o) or o.lemma_.lower() in GROUP_NOUNS and o.pos_ == "NOUN"
                       or o.lemma_.lower() in ("rebel", "militia", "militant", "insurgent", "faction", "jihadist")
                       for o in who) and not any(o.lower_ in _PERSONAL for o in who):
                    found[t.i] = (t, {"group_change"}, 0.9)

    def _nominal_acts(self, toks, found) -> None:
        """An act of violence named by a noun is told as an occurrence by the verb around it: the noun
        subject of what the act did to people or places ("an Israeli strike on the camp killed 12", "the
        raid left nine dead", "a car bomb tore through a checkpoint") or of its starting ("the offensive
        began on Monday", "clashes broke out"); the object of a verb that only performs it ("carried out a
        series of air strikes", "staged a raid on a compound"); the cause of a toll ("were killed in a
        strike on the camp"). The sentence's words alone may not convince the classifier."""
        lex = self.lexicon
        for t in toks:
            if t.pos_ != "NOUN" or t.ent_type_ not in ("", "ORG"):
                continue
            lem = t.lemma_.lower()
            if lem in TOLL_WORDS or lem in DOERS or lem in NEVER_ALONE:
                continue   # ("carried out this complex operation": no act of its own kind)
            kinds = (set(lex.kinds_for(lem)) | set(lex.kinds_for(t.lower_))) & VIOLENT_CHOICE
            if t.i in found and found[t.i][1] & VIOLENT_CHOICE and found[t.i][2] >= 0.85:
                kinds = found[t.i][1] & VIOLENT_CHOICE   # as read with its phrase ("a suicide car bomb")
            if not kinds or any(d.lower_ in ("no", "any") for d in t.children if d.dep_ == "det"):
                continue
            anchor = t
            if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in SERIES and \
                    t.head.head.pos_ == "NOUN":
                anchor = t.head.head   # "a series of air strikes": the run stands where the act would
            verb = anchor.head
            vl = verb.lemma_.lower()
            if verb.i in found and found[verb.i][2] >= 0.9 and not found[verb.i][1] & VIOLENT_CHOICE:
                continue   # the verb told something else by a pattern of its own
            if anchor.dep_ == "nsubj" and verb.pos_ == "VERB":
                told = vl in TOLL_VERBS and (vl != "leave" or any(
                    x.lower_ in ("dead", "wounded", "injured", "homeless") for x in verb.subtree if x.i > verb.i)) and (
                    vl != "claim" or any(o.lemma_.lower() == "life" for o in verb.children if o.dep_ == "dobj"))
                # (a verb of impact that is a trigger itself, "its jets struck the depot", tells the act)
                told = told or vl in IMPACT_VERBS and verb.i not in found and any(
                    k.dep_ in ("dobj", "prep") for k in verb.children)
                # a start told with the act itself after it ("the fighting began when forces shelled X") is
                # that act's frame: the act tells it
                told = told or vl in OCCURRING and not any(k.lower_ in ("how", "why") for k in verb.children) and (
                    t.tag_ == "NN" or vl in ("erupt", "break")) and (
                    vl != "break" or any(k.lower_ == "out" for k in verb.children)) and not any(
                    i not in (t.i, verb.i) and k & VIOLENT_CHOICE for i, (_, k, _) in found.items())
                inner = {x.i for x in t.subtree}
                if told:
                    found[t.i] = (t, kinds, max(0.9 if vl in IMPACT_VERBS else 0.95, found.get(t.i, (0, 0, 0.0))[2]))
                elif vl in OCCURRING and any(
                        x.i in found and x.i not in inner and x.pos_ == "VERB" and found[x.i][1] & VIOLENT_CHOICE
                        for x in verb.subtree):
                    found.pop(t.i, None)   # "the fighting began when gunners shelled the town": the shelling
            elif anchor.dep_ == "dobj" and vl in PERFORMING and (vl != "carry" or any(
                    k.dep_ in ("prt", "advmod") and k.lower_ == "out" for k in verb.children)):
                if verb.i not in found or found[verb.i][2] < 0.85:
                    found[verb.i] = (verb, kinds, 0.9)   # the verb, with its doer as subject
                    found.pop(t.i, None)
            elif t.dep_ == "pobj" and verb.lower_ in ("in", "by", "during") and verb.head.pos_ == "VERB" and (
                    verb.head.lemma_.lower() in ("die", "perish") or verb.head.lemma_.lower() in TOLL_VERBS
                    and any(k.dep_ == "auxpass" for k in verb.head.children)):
                found[t.i] = (t, kinds, max(0.9, found.get(t.i, (0, 0, 0.0))[2]))

    def _referred_act(self, t) -> bool:
        """A noun that names a past act with its own particulars: its own day
        ('the shelling of the market in Donetsk on Monday'), its doer ('the US killing of the Iranian
        general', "Russia's seizure of three ships"), or its place and a named or definite target ('in
        retaliation for the killing of the commander near Baghdad airport'). Generic plurals ('attacks on
        bases have risen', 'condemned attacks on civilians') name no act."""
        kids = list(t.children)
        own = self._own_particulars(t)
        if t.tag_ == "NNS" and not own and not any(k.dep_ in ("det", "poss", "nummod") for k in kids):
            return False   # "attacks on bases have risen", "condemned attacks on civilians"
        if own:
            return True
        targets = [g for k in kids if k.dep_ == "prep" and k.lower_ in ("of", "on", "against") for g in k.children
                   if g.dep_ == "pobj"]
        named = any(g.ent_type_ in ("PERSON", "ORG", "FAC") or g.pos_ == "PROPN" or any(
            d.lower_ == "the" for d in g.children) and g.tag_ == "NN" for g in targets) or any(
            # a side's force named by its nationality: "the drone attack on US troops in Jordan"
            _is_force(g) and g.pos_ == "NOUN" and any(k.ent_type_ in ("NORP", "GPE") and k.dep_ in ("compound", "amod")
                                                      for k in g.children) for g in targets)
        placed = any(self._is_place(x) for x in t.subtree if x.i != t.i)
        return named and placed and any(k.dep_ == "det" and k.lower_ == "the" for k in kids)

    def _own_particulars(self, t) -> bool:
        """Does the act's noun carry its own day ('the shelling of the market on Monday', 'the killing of
        the general in January') or its doer ('the US killing', "Russia's seizure", 'an attack by the
        militia')?"""
        dated = any(x.ent_type_ in ("DATE", "TIME") and (not x.like_num or x.dep_ == "pobj")
                    for x in t.subtree if x.i != t.i)
        return dated or any(
            k.dep_ == "poss" and k.lower_ not in ("its", "their", "his", "her", "our", "my", "your")
            or k.dep_ in ("compound", "amod", "nmod") and (k.ent_type_ in ("NORP", "GPE", "ORG") or self._armed(k)
                                                           or self._state_actor(k))
            or k.dep_ == "prep" and k.lower_ == "by" for k in t.children)

    def _told_apart(self, t) -> bool:
        """A noun referring to another act than the sentence tells, with its own day or doer ('two days after
        the drone attack on troops in Jordan on Sunday'); 'after a lightning advance' is the entry's own."""
        return _referring(t) and self._referred_act(t)

    def _back_references(self, toks, found) -> None:
        """A past act named inside a noun phrase with its own date, place or doer is an occurrence, though
        the sentence tells another: 'Iran fired missiles at two bases, days after the US killing of the
        Iranian general in January', 'two days after the drone attack on troops in Jordan on Sunday',
        "sanctions follow Russia's seizure of three navy ships in the Kerch Strait on Sunday". Reports of
        the act merge with it (fusion), as its full telling in the same report does (merging)."""
        lex = self.lexicon
        for t in toks:
            if t.pos_ != "NOUN" or t.ent_type_ not in ("", "ORG", "EVENT") or not (
                    t.dep_ == "pobj" and t.head.lower_ in REFERRING_PREPS
                    or t.dep_ == "dobj" and t.head.lemma_.lower() in REFERRING_VERBS):
                continue
            lem = t.lemma_.lower()
            if t.dep_ == "pobj" and t.head.head.lemma_.lower() in ("responsibility", "credit", "blame", "claim"):
                continue   # "claimed responsibility for the attack": the act told before, merged with it
            kinds = (set(lex.kinds_for(lem)) | set(lex.kinds_for(t.lower_))) & REFERRED_KINDS
            if lem == "killing":
                kinds = {"attack"}   # "the killing of the commander": a killing named is an attack
            elif lem in TOLL_WORDS or lem in DOERS or lem in NEVER_ALONE or lem in GENERIC_VIOLENT - {"attack", "strike",
                                                                                                     "raid", "assault"}:
                continue   # ("the death of the commander": no act told)
            if t.i in found and found[t.i][2] >= 0.9 or not kinds or not self._referred_act(t):
                continue
            if t.i in found and lem != "killing":
                kinds = found[t.i][1] & REFERRED_KINDS or kinds
            # (an act so particular is kept though told as the background of the sentence's own)
            found[t.i] = (t, kinds, 0.95 if self._own_particulars(t) else 0.9)

    def _going_home(self, t) -> bool:
        """A force whose nationality is told ('Kenyan police', 'French troops') going 'to' or 'back to'
        the country of that nationality."""
        subj = [x for k in t.children if k.dep_ == "nsubj" and (_is_force(k) or k.lemma_.lower() in MORE_FORCES)
                and k.lower_ not in _PERSONAL for x in k.subtree]
        if not subj:
            return False
        own = {x.i for x in subj}
        preps = [c for k in t.children for c in ([k, *k.children] if k.lower_ == "back" else [k])]
        dest = {g.i for c in preps if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                if g.dep_ == "pobj"}
        if not dest:
            return False
        homes = {p.country for p, span in self._pspans if span.root.i in own and p.country
                 and (p.kind or "") in ("demonym", "country")}
        return any(span.root.i in dest and (p.kind or "") == "country" and p.country in homes
                   for p, span in self._pspans)

    def _state_actor(self, tok) -> bool:
        """The actor dictionary names a state, its government or its forces at the token."""
        return any(m.start <= tok.idx < m.end and (m.actor.type or "") in STATE_TYPES for m in self._mentions)

    def _party(self, tok) -> bool:
        """A receiving party: a force, a state or an organisation (not a place forces go to, "the front")."""
        if tok.lemma_.lower() in FRONTS or tok.lower_ in FRONTS:
            return False
        if _is_force(tok) and tok.lower_ not in ("it", "he", "she", "we"):
            return True
        if any(m.start <= tok.idx < m.end and not m.demonym for m in self._mentions):
            return True
        return any(span.start <= tok.i < span.end and (p.kind or "") == "country" for p, span in self._pspans)

    def _arms_delivered(self, t, objs) -> bool:
        """Weapons, equipment or military money given to a force or a state: "delivered 14 tanks to
        Ukraine", "sent $400 million in weapons to Kyiv", "approved 500 million euros in military aid for
        Ukraine". Troops sent are a deployment; food or humanitarian aid is no military aid; tanks rushed
        "to the front" are the sender's own."""
        if any(_is_force(o) and o.lemma_.lower() not in MATERIEL | {"asset"}
               and o.ent_type_ not in ("ORG", "NORP", "MONEY") or o.lemma_.lower() in UNITS for o in objs):
            return False   # troops, or "two more squadrons of F-35 jets": forces sent, a deployment
        goods = list(objs)
        goods += [g for o in objs for k in o.children if k.dep_ == "prep" and k.lower_ in ("in", "of", "worth")
                  for g in k.children if g.dep_ == "pobj"]
        goods += [g for o in goods for g in o.conjuncts]
        if not goods:
            return False
        near = {x.lemma_.lower() for g in goods for x in g.subtree}
        if near & CIVIL_AID:
            return False
        kit = any(g.lemma_.lower() in MATERIEL or g.lower_ in MATERIEL or _MODEL.match(g.text) for g in goods)
        money = any(g.ent_type_ == "MONEY" or g.lemma_.lower() in ("million", "billion", "$", "€", "£")
                    for g in goods) and near & {"military", "security", "defence", "defense", "weapon", "arm",
                                                "ammunition", "equipment"}
        if not kit and not money:
            return False
        to = [k for k in t.children if k.dep_ == "dative"]
        to += [g for k in t.children if k.dep_ in ("prep", "dative") and k.lower_ in ("to", "for")
               for g in k.children if g.dep_ == "pobj"]
        to += [g for o in goods for k in o.children if k.dep_ == "prep" and k.lower_ in ("to", "for")
               for g in k.children if g.dep_ == "pobj"]
        # the receiver the parser hung on the goods: "promised Ukraine long-range missiles", "pledged Zelensky
        # air defence systems" (a person named receives for his state)
        to += [g for o in objs for g in o.children if g.dep_ == "nmod" and g.i < o.i and g.pos_ == "PROPN"
               and t.i < g.i and g.ent_type_ in ("GPE", "PERSON", "ORG", "NORP")]
        # money or aid sent to a capital goes to its government ("$400 million in weapons to Kyiv")
        grant = money or any(g.lemma_.lower() in ("aid", "assistance", "package", "funding", "fund", "loan")
                             for g in goods) or kit and t.lemma_.lower() in KIT_GIVING | {"commit"}
        return any(self._party(r) or grant and r.pos_ == "PROPN" and (self._is_town(r) or r.dep_ == "nmod")
                   for r in to) or any(self._party(r) or r.ent_type_ in ("PERSON", "GPE", "NORP") or r.pos_ == "PROPN"
                                       for r in self._pledge_partner(t))

    def _pledge_partner(self, t) -> list:
        """Whom a promise made in a call, a meeting or on a visit is made to, when the verb names no receiver:
        the other party of the occasion framing the verb ('In a call with Zelensky on Monday, Biden promised air
        defence systems', 'During talks with Sunak in London, Biden pledged more shells'), or the host of the
        visit ('On a visit to Kyiv, Scholz promised more tanks')."""
        partners = []
        for k in t.children:
            if k.dep_ != "prep" or k.lower_ not in ("in", "during", "at", "on") or k.i > t.i:
                continue
            for g in k.children:
                if g.dep_ != "pobj" or not (g.lemma_.lower() in CONTACT_NOUNS or g.lower_ in MEETING_NOUNS):
                    continue
                partners += [x for p in g.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
                             for x in p.children if x.dep_ == "pobj"]
        return partners

    def _apart(self, t) -> bool:
        """A clause set against the rest by 'while' or 'whereas' that names its own town: another
        occurrence ("mortar fire killed three in Akcakale, while three more died in Nusaybin")."""
        head = t if t.pos_ in ("VERB", "AUX") else t.head
        if not any(k.dep_ == "mark" and k.lower_ in ("while", "whereas") for k in head.children):
            return False
        return any(self._is_town(x) for x in head.subtree)

    def _own_places(self, a, b) -> bool:
        """Two conjoined verbs each with a town of its own ("set up a headquarters in Poland, station a
        brigade in Romania and send jets to Spain"): one act each."""
        if a.pos_ != "VERB" or b.pos_ != "VERB" or not (a.head.i == b.i or b.head.i == a.i or a.head.i == b.head.i) \
                or not {a.dep_, b.dep_} & {"conj", "advcl"}:
            return False

        def own(v, other):
            skip = {x.i for x in other.subtree} if other in v.subtree else set()
            return {p.name for p, span in self._pspans if span.root.i in {x.i for x in v.subtree} - skip
                    and (p.kind or "") not in ("demonym",)}
        pa, pb = own(a, b), own(b, a)
        return bool(pa) and bool(pb) and not pa & pb

    def _legislature(self, tok) -> bool:
        """The actor dictionary names a legislature at the token (a session of it is no diplomacy)."""
        return any(m.start <= tok.idx < m.end and (m.actor.type or "") == "legislature" for m in self._mentions)

    def _armed(self, tok) -> bool:
        """The actor dictionary names an armed force at the token ("Takuba", "the Wagner Group")."""
        return any(m.start <= tok.idx < m.end and (m.actor.type or "") in ARMED_TYPES and not m.demonym
                   for m in self._mentions)

    def _is_town(self, tok) -> bool:
        """The places stage read the token as a town or an installation (the parser's ORG or PERSON
        label on a small place name, "Gossi", "Gao", is often wrong)."""
        return any(span.start <= tok.i < span.end and (p.kind or "") in TOWN_OR_BASE for p, span in self._pspans)

    def _is_place(self, tok) -> bool:
        """Did the places stage read the token as a place (whatever the parser's entity label)? A proper
        name it placed elsewhere in the report counts too ("the army will go into Rafah", where the
        parser took this one mention of Rafah for a person and the places stage passed it by)."""
        if any(span.start <= tok.i < span.end and (p.kind or "") not in ("demonym",) for p, span in self._pspans):
            return True
        return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ not in ("ORG", "NORP") and any(
            p.mention == tok.text and p.lat is not None and (p.kind or "") not in ("demonym",) for p in self._places)

    def _place_within(self, tok) -> bool:
        """A place, or a part of one: "the Gaza side of the Rafah crossing", "the outskirts of Kherson"."""
        return self._is_place(tok) or any(g.dep_ == "pobj" and self._is_place(g) for k in tok.children
                                          if k.dep_ == "prep" and k.lower_ == "of" for g in k.children)

    def _dedupe_sentence(self, cands: list[Candidate]) -> list[Candidate]:
        told = getattr(self, "_stance_told", {})
        if told:
            # "said the first families should arrive from 2025" stays a stance where the classifier makes no
            # arrival of the words; "said its jets had struck the depot" is the strike's news: an act the words
            # tell by a verb, done, to come or denied ("warned they could destroy oil facilities") is the words'
            # news, with its modality; an act named by a noun is what the stance is about ("denied any role in
            # the attack", "would answer any new attack"); talks offered or refused are the stance's matter
            # ("said his government would not negotiate")
            acts = [c for c in cands if c.kind not in ("statement", "diplomacy")
                    and c.conf >= self.threshold + KIND_MARGIN.get(c.kind, 0.0)]
            blocking = {
                # ("said it was not involved in the bombing": the bombing, denied, is the words' news; "said it
                # would hold live-fire drills": the drills the verb performs, planned)
                "words": {c.trig.i for c in acts if c.modality in ("asserted", "denied") or c.trig.pos_ == "VERB"
                          or c.trig.dep_ in ("dobj", "nsubjpass") and c.trig.head.lemma_.lower() in PERFORMED_BY},
                # "denied that its manoeuvres were a provocation": a denial of what an act was is the act's
                "denial": {c.trig.i for c in acts},
                # "threatened to fight any foreign force", "vowed to avenge": the threat, an act only when done
                "vow": {c.trig.i for c in acts if c.modality == "asserted"},
                # "said it would hit 52 sites if Iran attacked": the threat, the acts only on its condition
                "threat": {c.trig.i for c in acts if c.modality == "asserted"
                           and not _conditioned_acts([c.trig.i], c.trig.doc)},
                "losses": set(),   # "said 150 of his men had died in the battle": news beside the battle
            }
            cands = [c for c in cands if not (c.kind == "statement" and c.trig.i in told and
                                              told[c.trig.i][0] & blocking[told[c.trig.i][1]])]
        out: list[Candidate] = []
        for c in sorted(cands, key=lambda c: -c.conf):
            if self._second_day_told(c, cands):
                out.append(c)   # "two were killed on Wednesday and several more were wounded on Saturday"
                continue
            cl = _clause(c.trig)
            # a plan and an act told in one sentence are two ("the army will take over the fight around the
            # lake, where 40 soldiers were killed in an attack"): only mentions of one modality collapse
            same = [o for o in out if o.kind == c.kind and o.modality == c.modality
                    and not self._unrelated_doers(c.trig, o.trig)
                    and not (c.kind == "statement" and _two_speakers(c.trig, o.trig))
                    and not (c.kind in DAYS_APART_KINDS and _own_days(c.trig, o.trig))
                    and not _two_matters_on_their_days(c.kind, c.trig, o.trig)
                    # "The day after the bombing, jets struck three camps": the act that times the clause's is
                    # another (not "The bombing, carried out by two men, killed five")
                    and bool(_in_time_phrase(c.trig)) == bool(_in_time_phrase(o.trig))
                    and not self._apart(c.trig) and not self._apart(o.trig) and self._told_apart(c.trig) == self._told_apart(o.trig)
                    and not self._own_places(c.trig, o.trig) and (o.trig.head.i == c.trig.i or c.trig.head.i == o.trig.i
                                                           or abs(o.trig.i - c.trig.i) <= 2
                                                           or o.trig.i in cl or c.trig.i in _clause(o.trig))]
            if same:
                if c.trig.pos_ == "NOUN" and c.trig.lemma_.lower() in ("visit", "trip", "tour") and \
                        same[0].trig.pos_ == "VERB":
                    # a journey folded into the act of its kind ("on a visit to Washington on Wednesday, met
                    # Biden") leaves where it went to place the act by when it names no place of its own
                    same[0].folded_where |= {x.i for k in c.trig.children if k.dep_ == "prep" and k.lower_ in (
                        "to", "in") for x in k.subtree}
                continue
            out.append(c)
        # "a convoy pulled out of northeastern Syria and crossed into Iraq": the crossing is the way out, one
        # withdrawal (not "left Mali and deployed to Niger", a move of its own)
        out = [c for c in out if not (c.kind == "deployment" and c.trig.lemma_.lower() in ("cross", "enter")
                                      and c.trig.dep_ == "conj" and any(o.kind == "withdrawal" and o.trig.i == c.trig.head.i
                                                                        and o.modality == c.modality for o in out))]
        # a noun inside another trigger's argument ("cut back on training") is that event's detail
        keep = []
        for c in out:
            if c.kind == "diplomacy" and _fronted_occasion(c.trig):
                # the pledge the occasion frames is placed where it went when it names no place of its own ("During
                # a visit to Kyiv on Friday, Scholz promised more tanks": the pledge at Kyiv, the visit kept; not
                # "then on a visit to Moscow, declared martial law over Mindanao", a decree at home)
                for o in out:
                    if o is not c and o.trig.i == c.trig.head.head.i and o.kind == "military_aid":
                        o.folded_where |= {x.i for k in c.trig.children if k.dep_ == "prep" and k.lower_ in (
                            "to", "in") for x in k.subtree}
            if c.trig.pos_ == "NOUN" and c.kind not in VIOLENT and not (
                    c.kind == "troop_level" and any(k.like_num for k in c.trig.children)) and not _dated_noun(c.trig) \
                    and not (c.kind == "diplomacy" and _fronted_occasion(c.trig) and any(
                        o.trig.i == c.trig.head.head.i and o.kind == "military_aid" for o in out)) \
                    and not (c.kind in ("legislation", "statement") and _told_with_its_day(c.trig)):
                heads = [h for h in list(c.trig.ancestors)[:3]]
                if any(o is not c and o.trig in heads and o.trig.pos_ == "VERB" and o.conf >= c.conf - 0.1
                       and not (o.kind == "statement" and o.trig.i in told)
                       and not (o.kind == c.kind and _two_matters_on_their_days(c.kind, c.trig, o.trig)) for o in out):
                    # (the words of a stance hold no detail of it: "said it would hold drills")
                    continue
            keep.append(c)
        keep.sort(key=lambda c: c.trig.i)
        return keep

    def _unrelated_doers(self, a, b) -> bool:
        """Two clauses of one sentence whose subjects name doers of different sides: two states, or a state and
        the armed group opposing it ('Ethiopian troops will leave Tigray by March and Eritrean forces will
        withdraw from Humera', 'the army shelled the port while RSF fighters shelled the airport'): two acts of
        one kind, each its doer's. Doers the dictionary does not name ('the militants', 'jets') decide nothing."""
        if not _two_doers(a, b):
            return False

        def named(verb) -> set:
            spans = [(min(x.idx for x in k.subtree), max(x.idx + len(x) for x in k.subtree))
                     for k in verb.children if k.dep_ == "nsubj"]
            return {m.canonical for m in getattr(self, "_mentions", ()) for lo, hi in spans if lo <= m.start < hi}
        na, nb = named(a), named(b)
        if not na or not nb or na & nb:
            return False
        same_side = getattr(self, "_side_related", None) or getattr(self, "_related", None)
        return same_side is None or not any(same_side(x, y) for x in na for y in nb)

    def _words(self, sent) -> set:
        """The sentence's lower-case forms and lemmas (once per sentence)."""
        got = self._word_sets.get(sent.start)
        if got is None:
            # a month is no march ("in late March"): words of dates are left out
            toks = [t for t in sent if not (t.ent_type_ in ("DATE", "TIME") and t.text[:1].isupper())]
            got = self._word_sets[sent.start] = {t.lower_ for t in toks} | {t.lemma_.lower() for t in toks}
        return got

    @staticmethod
    def _bombing_named(trig) -> list:
        """The nouns 'bomb'/'bombing' that name the act: the trigger itself, or the object of a verb of
        doing it ('carried out the bombing')."""
        if trig.pos_ == "NOUN":
            named = [trig]
        elif trig.pos_ == "VERB" and trig.lemma_.lower() in PERFORMED_BY:
            named = [o for o in trig.children if o.dep_ in ("dobj", "nsubjpass") and o.pos_ == "NOUN"]
        else:
            named = []
        return [b for b in named if b.lemma_.lower() in ("bomb", "bombing")]

    def _refine_kind(self, c: Candidate, sent, probs) -> str:
        words = self._words(sent)
        if self._told_apart(c.trig):
            # "riots broke out following the assassination of the leader": the act referred to, by its own words
            words = {x.lower_ for x in c.trig.subtree} | {x.lemma_.lower() for x in c.trig.subtree}
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
                and not words & {"killed", "kill", "killing", "wounded", "wound", "injured", "injure", "dead", "died"} \
                and not (c.trig.pos_ == "VERB" and _fired_apart(c.trig)) and not _downed_in_flight(c.trig):
            return "weapons_seizure"   # a bomb made safe; one that went off while being defused is an explosion
        if c.kind == "weapons_seizure" and c.trig.lemma_.lower() in ("detonate", "explode", "blow") and \
                not words & {"controlled", "disposal", "safely", "defuse", "defused"}:
            return "explosion"
        if c.kind == "attack" and (words & {"clash", "clashes", "clashed", "fighting", "battle", "firefight",
                                            "gunfight", "fought", "exchanged", "skirmish", "skirmishes", "shootout",
                                            "gunbattle", "encounter"} or re.search(r"\b(shoot-out|gun battle|gun-battle|"
                                                                                r"exchange of fire)\b", sent.text.lower())):
            c.kind = "clash"
        if c.kind == "suicide_bombing" and not words & SUICIDE_CUES and words & {"bomber", "bombers"}:
            # "two bombers attacked the depot": aircraft; "the bomber planted the device": a bomb; no one
            # blew himself up
            air = "bombers" in words or words & (CUES["airstrike"] - {"bomber"}) or words & {"air", "aerial"}
            return "airstrike" if air else "explosion"
        if c.kind in ("airstrike", "shelling", "attack") and any(
                k.dep_ in ("compound", "amod", "nmod") and k.lower_ in GROUND_BOMBS
                for b in self._bombing_named(c.trig) for k in b.children):
            # "carried out last Thursday's car bombing", "the truck bombing outside the ministry": a bomb
            # brought on the ground, never from the air
            return "suicide_bombing" if words & SUICIDE_CUES else "explosion"
        if c.kind == "airstrike" and c.trig.lemma_.lower() in ("bomb", "bombing") and c.trig.pos_ == "NOUN" and \
                not words & (CUES["airstrike"] | {"air", "raid", "raids", "planes", "bombers", "sorties"}) and not any(
                    k.ent_type_ in ("NORP", "GPE") or k.dep_ == "poss" and k.lower_ not in ("its", "their")
                    and k.ent_type_ not in ("DATE", "TIME") for k in c.trig.children):
            return "explosion"   # "the bombing of the bus station": a bomb set off, no aircraft told
        if c.kind == "chemical_attack" and not words & CUES["chemical_attack"] and not self._poison_gas(sent):
            # "a fire at the natural gas facility after it was hit by drones": the classifier's chemical
            # attack with no chemical or poison gas named is an attack, its weapon read below
            c.kind = "attack"
        if c.kind not in ("attack", "clash", "airstrike", "shelling", "explosion", "property_destruction"):
            return c.kind
        if c.kind == "clash" and any(k.dep_ == "prt" and k.lower_ == "down" for k in c.trig.children):
            return c.kind   # the aircraft shot down is the target, not the weapon
        if c.kind in ("clash", "attack") and c.trig.lemma_.lower() in SINKING and any(
                k.dep_ in ("dobj", "nsubjpass") and (k.lemma_.lower() in VESSELS | BOATS or k.lower_ in BOATS)
                for k in c.trig.children):
            return c.kind   # "helicopters sank three militia boats": a fight with their crews, whatever sank them
        if c.kind == "clash":
            t = c.trig
            # (not a clause of another doer: "troops battled the militants while jets bombed their camps")
            other = {x.i for k in t.children if _two_doers(k, t) for x in k.subtree}
            words = {x.lower_ for x in t.subtree if x.i not in other} | {
                x.lower_ for x in sent[max(0, t.i - sent.start - 2):t.i - sent.start + 3]}
        elif _referring(c.trig):
            words = {x.lower_ for x in c.trig.subtree}   # "fired missiles, days after the killing of": its own words
        else:
            words = {t.lower_ for t in _near(c.trig, sent)}
        # the weapon decides a remote attack: the platform first ("a drone fired missiles" is an
        # airstrike), then the munition ("Iran's missile attack" is shelling, whatever the
        # classifier guessed)
        adjacent = {k.lower_ for k in c.trig.children if k.dep_ in ("compound", "amod", "nmod")} | {c.trig.lower_}
        if {"air", "aerial"} & adjacent:
            words = words | {"airstrike"}   # "air strike", "air raid", "aerial attack"
        if c.trig.pos_ == "VERB":
            subjects = _subjects(c.trig) or (_subjects(c.trig.head) if c.trig.dep_ == "conj" else [])
            doer = {x.lower_ for k in subjects for x in k.subtree} | {
                x.lower_ for k in c.trig.children if k.dep_ == "agent" for x in k.subtree}
            if doer & (CUES["airstrike"] - {"drone", "drones"}) or {"air", "force"} <= doer:
                words = words | {"airstrike"}   # "the air force struck 108 targets", "jets destroyed a bridge"
        if CUES["chemical_attack"] & self._words(sent) and not re.search(r"\btear ?gas", sent.text.lower()):
            words = words | {"chemical"}   # poison gas told anywhere in the sentence
        cued = [k for k in ("suicide_bombing", "chemical_attack", "grenade", "airstrike", "shelling", "explosion")
                if words & CUES[k] and (adjacent & CUES[k] or not (
                    probs and probs.get(k, 0) < 0.02 and k not in ("suicide_bombing", "grenade")))]
        if c.kind == "property_destruction" and cued and cued[0] == "airstrike" and "airstrike" in words and \
                c.trig.pos_ == "VERB" and c.trig.lemma_.lower() in ("destroy", "demolish", "raze", "flatten", "hit"):
            return "airstrike"   # "the air force destroyed a bridge": destruction from the air is a strike
        if not cued or c.kind == "property_destruction" and "explosion" not in cued:
            return c.kind
        return cued[0]

    @staticmethod
    def _poison_gas(sent) -> bool:
        """Gas named as a weapon ("gas attack", "poison gas"), not a fuel ("natural gas facility",
        "gas field") nor tear gas."""
        for t in sent:
            if t.lower_ != "gas":
                continue
            if any(k.lower_ in FUEL_GAS for k in t.children) or t.head.lemma_.lower() in FUEL_GAS or (
                    t.i > sent.start and t.doc[t.i - 1].lower_ in ("natural", "liquefied", "tear", "shale")):
                continue
            return True
        return False

    def _collapse_violence(self, cands: list[Candidate]) -> list[Candidate]:
        """A generic and a specific report of one act of violence in one sentence are one event."""
        violent = [c for c in cands if c.kind in VIOLENT and c.modality == "asserted"]
        if len(violent) < 2:
            return cands
        # "The strikes came two days after the drone attack on troops in Jordan": the act referred back to
        # is another occurrence than the one the sentence tells
        # and so is an act that times the sentence's ("two days before the shelling, rebels attacked a post"; a
        # bare "after the raid" only beside an act of its own kind: "following the airstrike, jets bombed a depot")
        referred = [c for c in violent if self._told_apart(c.trig) or _in_time_phrase(c.trig) == 2 or (
            _in_time_phrase(c.trig) == 1 and any(o.kind == c.kind and not _in_time_phrase(o.trig) for o in violent))]
        # (the sentence's own act told by a verb or as its subject: not "capping weeks of confrontation")
        if referred and any(c not in referred and (c.trig.pos_ == "VERB" or c.trig.dep_ in ("nsubj", "nsubjpass"))
                            for c in violent):
            return [c for c in cands if c not in referred and c not in violent] + \
                self._collapse_violence([c for c in cands if c in violent and c not in referred]) + \
                self._collapse_violence(referred)
        # "Iran fired missiles in January, and rocket fire on Camp Taji in March killed two": a noun's own time
        timed = [c for c in violent if c.trig.pos_ == "NOUN" and self._noun_with_its_own_time(c, violent)
                 or self._killed_by_on_its_day(c.trig)]
        if timed and len(timed) < len(violent):
            return self._collapse_violence([c for c in cands if c not in timed]) + timed
        # the word that names the act ("strike", "bombing") over one that tells its toll ("killed")
        keep = max(violent, key=lambda c: c.conf + 0.03 * SPECIFICITY.get(c.kind, 0)
                   + (0.15 if c.trig.lemma_.lower() not in TOLL_WORDS else 0.0))
        keep.victims = max(_named_victims(c.trig) for c in violent)
        out = []
        for c in cands:
            if c in violent and c is not keep and _two_doers(c.trig, keep.trig):
                out.append(c)   # "troops battled the militants in the hills while jets bombed their camps": two acts
                continue
            if c in violent and c is not keep and self._apart(c.trig) and not self._apart(keep.trig):
                # "..., while three more died in Nusaybin": the same violence, elsewhere
                if c.trig.lemma_.lower() in TOLL_WORDS:
                    c.kind = keep.kind
                out.append(c)
                continue
            if c in violent and c is not keep and c.kind in ("attack", "clash", "explosion", "airstrike",
                                                               "shelling"):
                keep.conf = max(keep.conf, c.conf)
                keep.clause |= _clause(c.trig)
                continue
            out.append(c)
        return out

    # -- acts of force, movement and posture (session 9) ------------------------------------------------
    def _acts_and_posture(self, toks, verbs, found) -> None:
        """Acts of force and posture told in wordings that no single trigger reads (session 9). The rules that
        read verbs only (`verbs`, the sentence's, listed once by the caller), or nouns and names only, are
        given those."""
        nouns_and_names = [t for t in toks if t.pos == NOUN or t.pos == PROPN]
        self._sightings(toks, found)
        self._places_holding_forces(toks, found)
        self._forces_going_home(verbs, found)
        self._casualties_on_a_day(verbs, found)
        self._ground_ceded(verbs, found)
        self._people_carried_out(verbs, found)
        self._fired_in_drills(verbs, found)
        self._drills_going_on(nouns_and_names, found)
        self._drills_joined(nouns_and_names, found)
        self._leaders_arriving(verbs, found)
        self._interceptions(verbs, found)
        self._fired_upon(verbs, found)
        self._boats_sunk(verbs, found)
        self._pounded(verbs, found)
        self._responses(verbs, found)
        self._many_unnamed_moving(verbs, found)
        for t in toks:
            # "were placed on prepare-to-deploy orders": the move readied for, a plan that admits no other reading
            if t.i in found and found[t.i][1] & {"deployment", "withdrawal"} and _readied_move(t):
                found[t.i] = (t, found[t.i][1] & {"deployment", "withdrawal"}, max(0.9, found[t.i][2]))

    def _many_unnamed_moving(self, verbs, found) -> None:
        """A movement told of an unnamed plural in a participle: "joining a string of coalition members scaling
        back", "following several allies pulling out" tell a trend, no act of a state (not of the state named
        beside it, nor of the sentence's subject); "French troops pulling out of Mali" (named) stays."""
        for t in verbs:
            if t.i not in found or not found[t.i][1] <= MOVEMENT_KINDS or found[t.i][2] >= 0.95 or \
                    t.tag_ != "VBG" or t.dep_ not in ("acl", "pcomp", "advcl") or \
                    any(k.dep_ in ("aux", "auxpass") for k in t.children):
                continue
            movers = [k for k in t.children if k.dep_ == "nsubj"] or ([t.head] if t.dep_ == "acl" else [])
            if not movers:
                continue
            if all(m.tag_ == "NNS" and not any(
                    x.ent_type_ in ("GPE", "NORP", "ORG") or x.pos_ == "PROPN" or x.dep_ == "poss" or x.like_num
                    for x in m.subtree if x.i < m.i) and (
                    any(x.lower_ in UNNAMED_MANY for x in m.children)
                    or m.head.dep_ == "prep" and m.head.lower_ == "of" and m.head.head.lemma_.lower() in UNNAMED_MANY
                    or m.dep_ == "nsubj" and m.head.dep_ == "pcomp" and m.head.head.lower_ == "of"
                    and m.head.head.head.lemma_.lower() in UNNAMED_MANY)
                    for m in movers):
                found.pop(t.i)

    def _responses(self, verbs, found) -> None:
        """An act told as a side's response: "the United States responded late on Thursday with air strikes on
        militia sites", "France retaliated with drone strikes against rebel bases", "hit back with artillery
        fire". The act is the "with" noun's (so its words tell its kind and place), done by the verb's subject
        at the verb's time; as the means of the answer it is no passing mention (Occurrence._generic). Not
        "responded with sanctions", "reacted with anger" (no act of force named)."""
        for t in verbs:
            if t.lemma_.lower() not in RESPONDING:
                continue
            if t.lemma_.lower() in ("hit", "strike") and not any(
                    k.dep_ in ("prt", "advmod") and k.lower_ == "back" for k in t.children):
                continue
            means = [g for k in t.children if k.dep_ == "prep" and k.lower_ == "with" for g in k.children
                     if g.dep_ == "pobj" and g.pos_ == "NOUN"]
            means = [g for g in means if g.i in found and found[g.i][1] & VIOLENT]
            if not means:
                continue
            g = means[0]
            near = {k.lower_ for k in g.children if k.dep_ in ("compound", "amod", "nmod")} | {g.lower_}
            kinds = {"airstrike"} if near & (CUES["airstrike"] | {"air", "aerial"}) else \
                {"shelling"} if near & CUES["shelling"] else found[g.i][1] & VIOLENT
            found[g.i] = (g, kinds, max(0.9, found[g.i][2]))
            if t.i in found and found[t.i][2] < 0.9 and found[t.i][1] <= VIOLENT_CHOICE:
                found.pop(t.i)   # "hit back": the answer is the act told by its means

    def _boats_sunk(self, verbs, found) -> None:
        """A side's boats sunk or destroyed by another's force: "navy helicopters sank three militia boats,
        killing ten fighters", "coast guard vessels destroyed two pirate skiffs", "two rebel boats were sunk
        by gunboats" (a fight between the two: a clash, an attack where the boats are no armed side's). Not
        "the storm sank three fishing boats" (no force sank them)."""
        for t in verbs:
            lem = t.lemma_.lower()
            if lem not in SINKING or found.get(t.i, (0, 0, 0.0))[2] >= 0.9:
                continue
            boats = [k for k in t.children if k.dep_ in ("dobj", "nsubjpass")]
            boats += [g for k in boats for g in k.conjuncts]
            boats = [k for k in boats if k.lemma_.lower() in VESSELS | BOATS or k.lower_ in BOATS]
            doers = [k for k in t.children if k.dep_ == "nsubj"] + [
                g for k in t.children if k.dep_ == "agent" for g in k.children if g.dep_ == "pobj"]
            if not boats or not any(
                    (_is_force(k) and k.lower_ not in _PERSONAL and k.ent_type_ != "ORG") or k.lemma_.lower() in MORE_FORCES
                    or k.lemma_.lower() in VESSELS | BOATS | AIRCRAFT_NOUNS or k.lower_ in AIRCRAFT_NOUNS
                    or k.lemma_.lower() in ("navy", "coastguard", "guard") or self._armed(k) for k in doers):
                continue
            sides = {x.lemma_.lower() for b in boats for x in b.subtree if x.i < b.i}
            armed = bool(sides & (ARMED_NOUNS | {"pirate", "smuggler", "enemy", "naval", "navy", "attack", "fast"})) \
                or any(b.lemma_.lower() in ARMED_BOATS for b in boats) or any(
                    self._armed(x) for b in boats for x in b.subtree if x.i < b.i)
            found[t.i] = (t, {"clash"} if armed else {"attack"}, 0.9)
            for k in doers:
                if k.i in found and found[k.i][2] < 0.9 and found[k.i][1] <= VIOLENT_CHOICE:
                    found.pop(k.i)   # "navy helicopters": who sank them, no strike of their own

    def _pounded(self, verbs, found) -> None:
        """A place or a force pounded by guns or by a force ("artillery pounded the suburbs", "gunners began
        pounding the town", "the positions were pounded by howitzers"): shelling, an airstrike when the doer flies
        ("jets pounded the camps"). "Pound" alone names no act (the money, "hearts pounding", "waves pounded the
        coast"): the doer must be armed, or the thing pounded a place beside a doer that is."""
        for t in verbs:
            if t.lemma_.lower() != "pound" or found.get(t.i, (0, 0, 0.0))[2] >= 0.9:
                continue
            doers = [k for k in t.children if k.dep_ == "nsubj"] or (
                [k for k in t.head.children if k.dep_ == "nsubj"] if t.dep_ in ("xcomp", "conj") else [])
            doers += [g for k in t.children if k.dep_ == "agent" for g in k.children if g.dep_ == "pobj"]
            doers += [g for d in doers for g in d.conjuncts]
            hit = [k for k in t.children if k.dep_ in ("dobj", "nsubjpass")]

            def armed(k):
                lem = k.lemma_.lower()
                # (not protesters nor "it": a crowd pounding a gate is no fire)
                return lem in ARMED_NOUNS or self._armed(k) or lem in MORE_FORCES or lem in POUNDING_DOERS or \
                    lem in MANNED_AIRCRAFT or k.lower_ in MANNED_AIRCRAFT or lem == "drone"
            if not any(armed(k) for k in doers) or not hit:
                continue
            flies = all(k.lemma_.lower() in MANNED_AIRCRAFT or k.lower_ in MANNED_AIRCRAFT or k.lemma_.lower() == "drone"
                        for k in doers if armed(k))
            found[t.i] = (t, {"airstrike" if flies else "shelling"}, 0.9)

    def _fired_upon(self, verbs, found) -> None:
        """People, vehicles or convoys told as struck in the passive, with no doer named: "a diplomatic convoy
        was fired on in the capital", "an aid convoy was shot at near Goma", "the consul was attacked at his
        home" (an attack; the one hit is the subject). Not "the minister was fired" (no "on", "upon", "at"),
        nor "attacked in the press" (words, no blows: a person attacked needs a place he was in, not a medium)."""
        for t in verbs:
            lem = t.lemma_.lower()
            if found.get(t.i, (0, 0, 0.0))[2] >= 0.9 or not any(k.dep_ == "auxpass" for k in t.children):
                continue
            hit = [k for k in t.children if k.dep_ == "nsubjpass"]
            if not hit or any(k.lower_ in _PERSONAL | {"which", "that", "who"} for k in hit):
                continue
            people = all(k.ent_type_ == "PERSON" or _leader(k) or k.lemma_.lower() in ENVOY_WORDS
                         or k.lemma_.lower() in CIVILIAN_NOUNS or k.lemma_.lower() in PEOPLE_TAKEN
                         or k.lemma_.lower() in ATTACKED_VEHICLES for k in hit)
            # (the preposition left stranded: not "was fired on Monday", "was fired at the end of the month")
            if lem in ("fire", "shoot") and any(k.dep_ in ("prt", "prep") and k.lower_ in ("on", "upon", "at")
                                                and not any(g.dep_ == "pobj" for g in k.children)
                                                for k in t.children) and (
                    people or any(k.lemma_.lower() in ARMED_NOUNS for k in hit)):
                found[t.i] = (t, {"attack"}, 0.9)
            elif lem in ("attack", "assault", "ambush") and people and any(
                    k.dep_ == "prep" and k.lower_ in ("at", "in", "inside", "outside", "near", "on") and any(
                        g.dep_ == "pobj" and g.lemma_.lower() not in WORDY_PLACES and g.ent_type_ not in ("DATE", "TIME")
                        for g in k.children) for k in t.children) and not any(
                    x.lemma_.lower() in WORDY_PLACES for k in t.children if k.dep_ == "prep" for x in k.subtree):
                found[t.i] = (t, {"attack"}, 0.9)

    def _interceptions(self, verbs, found) -> None:
        """Drones, missiles or rockets brought down in flight: "the navy shot down 18 drones and two missiles
        over the sea", "air defences intercepted missiles fired at the city", "three rockets were downed over
        Haifa". The act is the attack made with them (an airstrike for drones, else shelling), read at the
        first projectile named, so its doer is whoever launched them (its own "Houthi", "fired by"), never
        the one who brought them down; the interception is no act of its own (an aircraft with its crew shot
        down stays a fight: _triggers)."""
        for t in verbs:
            if t.lemma_.lower() == "intercept" and found.get(t.i, (0, 0, 1.0))[2] < 0.9 and \
                    found[t.i][1] <= {"weapons_seizure"} and not any(
                        x.lemma_.lower() in WEAPON_NOUNS | CARGO_NOUNS | VESSELS | INTERCEPTED_CARRIERS | PROJECTILES
                        or x.lower_ in PROJECTILES for c in t.children if c.dep_ in ("dobj", "nsubjpass")
                        for x in c.subtree):
                found.pop(t.i)   # "intercepted a phone call", "intercepted the pass": nothing armed stopped
            if not _downing(t):
                continue
            objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
            objs += [g for c in objs for g in c.conjuncts]
            # "more than 80 of the drones": what the count is of
            objs += [g for o in objs if o.like_num or o.lemma_.lower() in PART_WORDS for k in o.children
                     if k.dep_ == "prep" and k.lower_ == "of" for g in k.children if g.dep_ == "pobj"]
            fired = [o for o in objs if o.pos_ in ("NOUN", "PROPN") and (
                o.lower_ in PROJECTILES or o.lemma_.lower() in PROJECTILES)]
            if not fired or any(o.lower_ in MANNED_AIRCRAFT or o.lemma_.lower() in MANNED_AIRCRAFT for o in objs):
                continue
            if t.i in found and found[t.i][1] <= {"weapons_seizure"} | VIOLENT_CHOICE and found[t.i][2] < 0.95:
                found.pop(t.i)
            words = {x.lower_ for o in fired for x in o.subtree} | {o.lemma_.lower() for o in fired}
            kinds = {"airstrike"} if words & CUES["airstrike"] else {"shelling"}
            first = min(fired, key=lambda o: o.i)
            for o in fired:
                if o is not first and o.i in found and found[o.i][2] < 0.95:
                    found.pop(o.i)
            found[first.i] = (first, kinds, 0.9)

    def _sightings(self, toks, found) -> None:
        """Aircraft and ships a side saw about an area, counted: "the ministry detected 41 aircraft and 9
        warships around the island on Friday", "68 warplanes were spotted operating around Taiwan": the
        force's strength there (troop_level), or an exercise where drills are told. One act for all the
        kit counted in the sentence: the trigger is the first counted noun (so its own nationality, "41
        Chinese aircraft", names the side)."""
        for t in toks:
            if t.pos != NOUN or t.lemma_.lower() not in SIGHTED_KIT or t.dep_ == "conj" or \
                    not any(c.like_num and c.dep_ == "nummod" for c in t.children):
                continue
            verb = t.head
            if t.dep_ not in ("dobj", "nsubjpass", "nsubj") or verb.pos_ != "VERB":
                continue
            if verb.lemma_.lower() in INTRUDING and t.dep_ == "nsubj" and found.get(verb.i, (0, 0, 0.0))[2] < 0.9 and any(
                    o.dep_ == "dobj" and o.lemma_.lower() in AREA_NOUNS for o in verb.children) and any(
                    k.ent_type_ in ("NORP", "GPE") or k.lower_ in ("military", "naval", "navy", "guard", "air")
                    for k in t.children if k.dep_ in ("amod", "compound", "poss")):
                # "45 Chinese aircraft crossed the median line", "12 vessels entered the contiguous zone": the kit
                # counted where it was seen, told by its own move
                pass
            elif verb.lemma_.lower() not in SIGHTING_VERBS:
                continue
            elif t.dep_ == "nsubj" and not any(k.dep_ == "auxpass" for k in verb.children):
                continue   # "41 aircraft detected ...": a passive or an object, never the one who saw
            # about an area told of the sighting or of the kit's own moving ("operating around the island"), not
            # a phrase of the kit's name ("a fault in 12 aircraft" is no area)
            inner = {y.i for y in t.subtree if y.i != t.i and not (y.pos_ == "VERB" and y.dep_ in ("acl", "relcl"))}
            area = [x for x in verb.subtree if x.dep_ == "prep" and x.lower_ in ABOUT_AREA and x.head.i not in
                    inner and any(g.dep_ == "pobj" for g in x.children)]
            if not area and verb.lemma_.lower() not in INTRUDING:
                continue
            # (the sentence's words read only here, where kit was seen: most sentences tell of none)
            kinds = {"exercise"} if {x.lower_ for x in toks} & DRILL_WORDS else {"troop_level"}
            if found.get(t.i, (0, 0, 0.0))[2] < 0.9:
                found[t.i] = (t, kinds, 0.9)
            for g in t.conjuncts:   # the warships counted with the aircraft: the same presence
                if g.i in found and found[g.i][2] < 0.9:
                    found.pop(g.i)
            found.pop(verb.i, None)
            return

    def _places_holding_forces(self, toks, found) -> None:
        """A strength told of the place that holds it, in a relative clause or an apposition: "Tower 22,
        which holds about 350 US personnel", "the base, home to some 2,000 troops", "a camp housing 1,500
        soldiers": troop_level at that installation, with the count."""
        for t in toks:
            word = t.lower_   # (read once: most words are none of these)
            if word not in STANDING_FORCES and word not in ("members", "servicemembers") or t.i in found:
                continue
            if word not in STANDING_FORCES and not any(c.lower_ == "service" for c in t.children):
                continue
            # "about 350 U.S. Army and Air Force personnel": the count on the first of the services listed
            first = t
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            if not any(c.like_num for c in [*t.children, *first.children]):
                continue
            head = first.head
            held = first.dep_ == "dobj" and head.lemma_.lower() in HOLDING_VERBS and (
                head.dep_ in ("relcl", "acl", "appos") or head.tag_ == "VBG")
            # "home to some 2,000 troops"
            homed = first.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "home"
            # "a complex housing 2,000 soldiers", where the parser takes the participle for the count's modifier
            held = held or any(c.i < first.i and c.lower_ in ("housing", "holding", "hosting", "accommodating")
                               and c.dep_ in ("nmod", "amod", "compound") for c in first.children)
            if held or homed:
                found[t.i] = (t, {"troop_level"}, 0.9)

    def _forces_going_home(self, toks, found) -> None:
        """A force told going home, with no country named: "French soldiers have begun returning home",
        "the last marines flew home on Sunday", "the contingent started heading home from Erbil": a
        withdrawal from where it was (the subject may be that of the verb the going is begun by)."""
        for t in toks:
            if t.pos_ != "VERB" or t.lemma_.lower() not in HOMEWARD or found.get(t.i, (0, 0, 0.0))[2] >= 0.9:
                continue
            if not any(k.lower_ == "home" and k.dep_ in ("advmod", "npadvmod", "dobj", "prep") for k in t.children):
                continue
            if any(k.dep_ == "dobj" and k.lower_ != "home" for k in t.children):
                continue   # "sent the wounded home": another act, read by its own rule
            subj = [k for k in t.children if k.dep_ == "nsubj"]
            if not subj and t.dep_ in ("xcomp", "conj") and t.head.pos_ in ("VERB", "AUX"):
                subj = [k for k in t.head.children if k.dep_ == "nsubj"]   # "have begun returning home"
            subj = [_relative_doer(t, k) for k in subj]
            if any(self._a_force(k) or k.lemma_.lower() in STRENGTH_NOUNS for k in subj):
                # the going begun is told by its beginning ("have begun returning home": begun), whose subject
                # the force is and whose object no "home" misread as what is moved
                said = t.head if t.dep_ == "xcomp" and t.head.lemma_.lower() in BEGINNING else t
                if found.get(said.i, (0, 0, 0.0))[2] < 0.9:
                    found.pop(t.i, None)
                    found[said.i] = (said, {"withdrawal"}, 0.9)

    def _casualties_on_a_day(self, toks, found) -> None:
        """People or troops told hurt or killed on a day of their own, with no attack verb: "several more
        troops were wounded on Saturday", "three peacekeepers were injured in Goma on Monday", "two
        soldiers were hurt when a rocket landed": an attack on that day (its kind is the one the sentence
        or the act told beside it gives), strong enough to stand where the sentence's words say little."""
        for t in toks:
            if t.pos_ != "VERB" or t.lemma_.lower() not in HARMING or not any(
                    k.dep_ == "auxpass" for k in t.children):
                continue
            if found.get(t.i, (0, 0, 0.0))[2] >= 0.85:
                continue
            victims = [k for k in t.children if k.dep_ == "nsubjpass"]
            victims += [g for v in victims for g in v.conjuncts]
            if not any(v.lower_ not in _PERSONAL and v.lower_ not in ("none", "nobody") and not any(
                    d.lower_ in ("no", "any") for d in v.children) and (   # "no one had been hurt": none harmed
                    v.lemma_.lower() in PEOPLE_TAKEN or v.lemma_.lower() in CIVILIAN_NOUNS or _is_force(v)
                    and v.pos_ == "NOUN" or v.ent_type_ == "NORP" or v.like_num) for v in victims):
                continue
            # a day of its own ("on Saturday"), or the happening that hurt them ("when a rocket landed")
            dated = any(x.ent_type_ in ("DATE", "TIME") and (x.lower_ in DAY_WORDS or x.like_num and any(
                y.lower_ in MONTH_WORDS for y in x.doc[max(0, x.i - 1):x.i + 2])) for x in t.subtree if x.i != t.i) \
                and not any(x.lower_ in SPAN_WORDS for x in t.subtree if x.ent_type_ == "DATE") \
                and not any(x.lower_ in ("since", "over", "during", "throughout") and x.dep_ == "prep" and any(
                    g.ent_type_ == "DATE" for g in x.children) for x in t.subtree)   # "killed since Thursday": a tally
            caused = any(k.dep_ == "advcl" and any(m.lower_ == "when" for m in k.children) for k in t.children)
            inner = {x.i for x in t.subtree if x.i != t.i}
            if any(i in inner and k & VIOLENT_CHOICE and tok.lemma_.lower() not in TOLL_WORDS
                   for i, (tok, k, _) in found.items()):
                continue   # "were killed when a drone struck the base": the strike tells the act, and its doer
            if dated or caused:
                kinds = found[t.i][1] if t.i in found else set(VIOLENT_CHOICE)
                found[t.i] = (t, kinds, 0.85)

    def _second_day_told(self, c, cands) -> bool:
        """An act of violence told by a verb coordinated with an earlier one of the sentence, each with a day of
        its own ("the attacks on the base, in which two Americans were killed on Wednesday and several more
        troops were wounded on Saturday"): the later day's is an act of its own, not folded into the noun
        both clauses tell of, nor into the first day's act."""
        if c.kind in VIOLENT and c.trig.pos_ == "NOUN":
            return self._noun_with_its_own_time(c, cands)
        if c.kind in VIOLENT and self._killed_by_on_its_day(c.trig):
            return True
        if c.kind not in DAYS_APART_KINDS or c.trig.pos_ != "VERB":
            return False
        return any(o is not c and o.kind in DAYS_APART_KINDS and o.trig.pos_ == "VERB" and o.trig.i < c.trig.i
                   and o.modality == c.modality and _own_days(o.trig, c.trig) for o in cands)

    def _ground_ceded(self, toks, found) -> None:
        """Ground a force gives up to another named as receiver: "the French force ceded its largest base, at
        Gao, to Malian troops", "the British relinquished Camp Bastion to the Afghan army", "US troops turned the
        airfield over to Iraqi forces": a handover (holder -> receiver), not a withdrawal alone."""
        for t in toks:
            if t.pos_ != "VERB" or t.lemma_.lower() not in GIVE_OVER or found.get(t.i, (0, 0, 0.0))[2] >= 0.9:
                continue
            ground = [o for o in t.children if o.dep_ in ("dobj", "nsubjpass")]
            if not any(self._ground(o) or any(k.dep_ == "compound" and k.lemma_.lower() in BASE_NOUNS
                                               for k in o.children) for o in ground):
                continue
            receivers = [g for c in t.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                         for g in c.children if g.dep_ == "pobj"]
            if any(self._a_force(g) or self._state_actor(g) or g.ent_type_ in ("GPE", "NORP", "ORG")
                   for g in receivers):
                found[t.i] = (t, {"handover"}, 0.9)

    def _people_carried_out(self, toks, found) -> None:
        """A state's force or ship carrying people out of a place (_carried_out_by_a_side): a withdrawal by the
        evacuating side, from the place left."""
        for t in toks:
            if t.pos_ == "VERB" and found.get(t.i, (0, 0, 0.0))[2] < 0.95 and \
                    _carried_out_by_a_side(t, self._state_actor):
                # (a state carrying people from one place to another admits no other reading, where the
                # classifier, used to goods shipped, may doubt it: "Turkey ferried 300 citizens from Beirut
                # to Mersin")
                found[t.i] = (t, {"withdrawal"}, 0.95)

    def _fired_in_drills(self, toks, found) -> None:
        """Missiles or shells fired as part of drills told in the firing's own clause: "the navy fired nine
        missiles into the sea on the first day of the drills", "troops launched rockets during the exercise":
        the exercise, not an attack."""
        for t in toks:
            if t.pos_ != "VERB" or t.lemma_.lower() not in LAUNCH | {"test-fire", "test"} or t.i not in found or \
                    not found[t.i][1] & {"shelling", "airstrike", "attack"}:
                continue
            if any(c.dep_ == "prep" and c.lower_ in ("at", "against", "on", "toward", "towards") and any(
                    g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") and g.lemma_.lower() not in (
                        "day", "night", "morning", "afternoon", "evening", "week") for g in c.children)
                    for c in t.children):
                continue   # "fired missiles at Kyiv during the drills": a target struck, an attack
            if any(x.lower_ in DRILL_WORDS for x in t.subtree if x.i != t.i):
                found[t.i] = (t, {"exercise"}, 0.9)

    def _drills_going_on(self, toks, found) -> None:
        """An exercise told going on: "joint naval drills are under way in the Sea of Japan", "the exercise,
        which runs until Sunday, ...", "the Zapad exercise runs until 16 September": asserted, an exercise
        taking place (not one planned)."""
        for t in toks:
            if t.pos_ not in ("NOUN", "PROPN") or t.lower_ not in DRILL_WORDS or found.get(t.i, (0, 0, 0.0))[2] >= 0.9:
                continue
            verb = t.head if t.dep_ in ("nsubj", "compound") else None
            if verb is None or verb.i == t.i:
                continue
            # "which runs until Sunday": the relative clause told of the exercise
            clauses = [verb] + [k for k in t.children if k.dep_ == "relcl"]
            going = any((v.lemma_.lower() in GOING_ON or v.lower_ in GOING_ON) and (
                any(c.lower_ in ("until", "till", "through", "into") and c.dep_ in ("prep", "mark") for c in v.children)
                # "the drills ran from Thursday noon to Sunday noon": a span told from its start to its end (not
                # "will run from Monday to Friday", still to come)
                or any(c.lower_ == "from" and c.dep_ == "prep" for c in v.children) and any(
                    c.lower_ in ("to", "until", "till") and c.dep_ == "prep" for c in v.children) and not any(
                    c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "to") for c in v.children)
                or any(c.lower_ == "under" and any(g.lower_ == "way" for g in c.children) for c in v.children)
                or any(c.lower_ in ("underway", "ongoing") for c in v.children)) for v in clauses)
            if going and t.dep_ == "nsubj" and verb.lemma_.lower() in ("be", "remain"):
                # "the exercise is under way": told by its verb, the drills' own state (a withdrawal "under way"
                # is how far one told before has come; drills under way are the drills)
                found.pop(t.i, None)
                found[verb.i] = (verb, {"exercise"}, 0.9)
            elif going:
                found[t.i] = (t, {"exercise"}, 0.9)

    @staticmethod
    def _noun_with_its_own_time(c, cands) -> bool:
        """An act of violence named by a noun with a time of its own, beside another act of the sentence told with
        another time ("Iran fired missiles at US positions in January, and rocket fire on Camp Taji in March
        killed two Americans"): two acts, each on its time, however the parser hung one on the other."""
        noun = c.trig.head if c.trig.dep_ == "compound" and c.trig.head.pos_ == "NOUN" else c.trig
        inside = {x.i for x in noun.subtree}
        own = {x.lower_ for x in noun.subtree if x.ent_type_ in ("DATE", "TIME") and x.i != noun.i}
        if not own:
            return False
        for o in cands:
            if o is c or o.kind not in VIOLENT or o.trig.i in inside or o.trig.pos_ != "VERB":
                continue
            theirs = {x.lower_ for x in o.trig.subtree if x.ent_type_ in ("DATE", "TIME") and x.i not in inside}
            if theirs and not theirs & own:
                return True
        return False

    def _killed_by_on_its_day(self, t) -> bool:
        """A death told by a participle on the victim with its agent and time ("Soleimani, the Iranian general
        killed by a US drone in Baghdad in January", "the commander slain by an Israeli strike last month"): an
        act of its own (the victim a target, the agent's side the actor), not the one the sentence tells."""
        if t.pos_ != "VERB" or t.tag_ != "VBN" or t.dep_ != "acl" or t.lemma_.lower() not in HARMING | {"slay"}:
            return False
        head = t.head
        if head.pos_ not in ("NOUN", "PROPN") or self.lexicon.kinds_for(head.lemma_.lower()) & VIOLENT:
            return False   # "the strike carried out by ...": the act's own noun
        return any(k.dep_ == "agent" for k in t.children) and any(
            x.ent_type_ in ("DATE", "TIME") for x in t.subtree if x.i != t.i)

    def _drills_joined(self, toks, found) -> None:
        """A force or its kit told taking part in drills: "71 aircraft and 9 warships took part in the drills on
        Sunday", "some 3,000 troops participated in the exercise", "marines joined the manoeuvres": the exercise,
        told as held (the words of taking part leave the classifier unsure)."""
        for t in toks:
            if t.pos_ not in ("NOUN", "PROPN") or t.lower_ not in DRILL_WORDS or found.get(t.i, (0, 0, 0.0))[2] >= 0.9:
                continue
            verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("in", "into") else (
                t.head if t.dep_ == "dobj" else None)
            if verb is None or verb.pos_ != "VERB":
                continue
            lem = verb.lemma_.lower()
            joined = lem in ("participate", "join", "engage") or lem == "take" and any(
                k.dep_ == "dobj" and k.lower_ == "part" for k in verb.children)
            if joined and any(k.dep_ == "nsubj" and k.lower_ not in _PERSONAL for k in verb.children):
                found[t.i] = (t, {"exercise"}, 0.9)

    def _leaders_arriving(self, toks, found) -> None:
        """A named person or leader arriving in a place by a verb the visit rule does not read: "Blinken flew
        into Riyadh on Wednesday for talks", "Erdogan touched down in Tehran on Tuesday": a visit (diplomacy)
        in that place on that day."""
        for t in toks:
            if t.pos_ != "VERB" or found.get(t.i, (0, 0, 0.0))[2] >= 0.9:
                continue
            lem = t.lemma_.lower()
            if lem not in ("fly", "jet", "touch"):
                continue   # (the lemma first: the particles are read only for 'touch')
            parts = {k.lower_ for k in t.children if k.dep_ in ("prt", "advmod")}
            if not (lem in ("fly", "jet") or lem == "touch" and "down" in parts):
                continue
            if any(k.dep_ == "dobj" for k in t.children):
                continue   # "flew the wounded to Germany": someone carried, no visit
            into = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("into", "in", "to")
                    for g in c.children if g.dep_ == "pobj" and self._is_place(g)]
            subj = [k for k in _subjects(t) if k.dep_ == "nsubj"]
            # (a name the tagger leaves untyped is a person's too: "Blinken flew into Riyadh")
            # (a name the tagger leaves untyped, or types as a place the gazetteer does not know, is a person's:
            # "Blinken flew into Riyadh"; not a company's, "Lufthansa flew into Tel Aviv")
            if into and any((k.ent_type_ == "PERSON" or _leader(k) or k.pos_ == "PROPN" and k.ent_type_ in ("", "GPE")
                             and k.text[:1].isupper() and not self._is_place(k) and not self._state_actor(k))
                            and not self._armed(k) for k in subj):
                found[t.i] = (t, {"diplomacy"}, 0.95)   # a leader's arrival admits no other reading
