"""Who did it and to whom: the names of an event's actors and targets from its parse, the speaker of a
reported act, the group that claims an attack, and the collective nouns that refer back to a named group."""
from __future__ import annotations

import bisect
import functools
import re

from sitrep.events.ontology import VIOLENT
from sitrep.events.quantities import PEOPLE as PEOPLE_NOUNS
from sitrep.model import Document
from sitrep.stages.language import load_titles
from sitrep.events.candidate import Candidate, _copy, _dedupe
from sitrep.events.modality import READYING_ORDERS, _readied
from sitrep.events.quantities import _hedge, read_number
from sitrep.gazetteer.capitals import capitals
from sitrep.events.syntax import _reported_clause, _is_force, _np_span, _roles, _subject_text
from sitrep.events.words import (ARMED_NOUNS, CALENDAR_WORDS, REPORTING_TYPES, UNOWNED_UNITS, ARMED_TYPES,
                                 COLLECTIVE_ARMED,
                                 COLLECTIVE_REACH_CHARS, COLLECTIVE_STATES, CONVOYS, COUNT_NOUNS, LEADER_NOUNS, FORCE_NOUNS,
                                 MILITARY_KIT, MULTITUDE, NONSTATE_TYPES, OFFENSIVES, PARTICIPANTS, REF_NOUNS,
                                 SPEECH_VERBS,
                                 STRENGTH_NOUNS, TERRAIN)


# a time or circumstance set beside the clause's own act: an act told in it is not the clause subject's
SEQUENCE_PREPS = frozenset({"after", "before", "following", "since", "amid", "despite", "until", "during"})


# "the post came under shelling", "was under attack": an act the subject undergoes
UNDERGO_VERBS = frozenset({"come", "be", "fall", "remain"})

# the kinds of act an armed force or a state does: one named on the act's noun did it ("a Turkish drone strike",
# "the French withdrawal"), unlike a crowd's ("pro-government protests")
FORCE_KINDS = (VIOLENT - {"protest", "riot", "mob_violence"}) | {"deployment", "withdrawal", "exercise", "troop_level",
                                                                  "handover", "territory_change", "military_aid"}

# verbs by which a side owns an act: "X claimed the attack", "X took (accepted, assumed) responsibility for it"
OWNING_VERBS = frozenset({"claim", "take", "accept", "assume", "admit", "bear"})

# verbs by which a place passes to whoever took it ("the capital fell to them")
FALLING_VERBS = frozenset({"fall", "pass"})
# verbs by which a side owns up to an act in its own words ("admitted that it carried out the bombing")
CONFESSING_VERBS = frozenset({"admit", "acknowledge", "confirm", "concede", "boast"})
# verbs by which a side says sorry for an act, owning it ("Azerbaijan apologised, saying its forces had downed it")
APOLOGY_VERBS = frozenset({"apologise", "apologize", "regret", "express"})
# verbs by which a side says what it struck at ("said it had targeted a commander there"; not "killed the attackers",
# which may be its answer to the act)
AIMING_VERBS = frozenset({"target", "strike", "hit", "bomb", "shell", "attack", "raid"})
# verbs of striking something the lexicon leaves to their object ("had downed it", "targeted the convoy")
OWNED_STRIKES = frozenset({"down", "target", "fire", "hit", "shoot", "strike", "bomb", "shell"})
# verbs of doing an act, whose object is the act done ("carried out the bombing", "staged the ambush")
DOING_VERBS = frozenset({"carry", "conduct", "perpetrate", "stage", "commit", "mount", "launch", "execute"})
# verbs of an act two sides do to each other ("troops exchanged fire"): a force in it is either side's
RECIPROCAL_VERBS = frozenset({"exchange", "trade", "swap"})
# verbs that tell a toll ("were killed", "died", "were wounded"): who did it is the act the toll is of
CASUALTY_VERBS = frozenset({"kill", "die", "wound", "injure", "perish", "slay", "massacre", "slaughter"})
# verbs whose subject is who was hit ("the governor died of his wounds")
DYING_VERBS = frozenset({"die", "perish", "succumb", "drown"})
# words by which one act answers another ("in retaliation for the strike", "to avenge the killing"): the act
# answered was done by the other side, not by the one answering it
ANSWERING_WORDS = frozenset({"retaliation", "revenge", "response", "reprisal", "answer", "vengeance", "retribution",
                             "avenge", "retaliate", "respond", "reply"})
# verbs by which a side stops what another fired or launched at it ("destroyers shot down 18 drones", "rockets
# were intercepted by the air-defence system", "warships repelled a drone attack"): the defender is not the attacker
DEFENDING_VERBS = frozenset({"intercept", "repel", "repulse", "thwart", "foil", "down", "neutralise", "neutralize",
                             "fend", "avert", "frustrate", "parry", "counter"})
# the same with a particle: "shot down", "beat back", "fought off"
DEFENDING_PHRASES = frozenset({("shoot", "down"), ("beat", "back"), ("beat", "off"), ("fight", "off"), ("ward", "off"),
                               ("take", "down"), ("bring", "down")})
# acts of striking from afar or at close range whose doer is who fired or launched them
STRIKE_KINDS = frozenset({"airstrike", "shelling", "attack", "explosion", "suicide_bombing", "grenade",
                          "chemical_attack"})
# nouns for people who fight, as the one an act is laid at ("blamed the rocket fire on militias")
DOER_NOUNS = (frozenset(ARMED_NOUNS) - frozenset(TERRAIN) - {
    "base", "barracks", "camp", "checkpoint", "convoy", "outpost", "patrol", "position", "post", "tank", "vehicle",
    "garrison", "security"}) | frozenset(PARTICIPANTS) | {"group", "faction"}
# what a side gives when it counts an act ("put the number at 18 rockets", "gave a toll of 12"): it tells of it
TALLY_NOUNS = frozenset({"number", "toll", "figure", "count", "tally", "total", "estimate"})
# an errand a person is on when a clause's act is done ("announced by the minister during a visit to Vilnius")
ERRAND_NOUNS = frozenset({"visit", "trip", "tour", "stop", "stopover", "journey", "mission"})
# verbs by which an act told as their passive subject is made or made known by their agent ("the deployment was
# confirmed by the defence secretary", "the aid package was unveiled by Blinken"): the agent's side does it
MAKING_VERBS = frozenset({"announce", "unveil", "approve", "confirm", "order", "authorize", "authorise", "decide",
                          "adopt", "sign", "declare", "propose", "present", "disclose", "reveal", "launch", "carry",
                          "conduct", "stage", "mount", "lead", "begin", "start", "initiate", "complete", "finalise",
                          "finalize", "agree", "pledge", "promise", "offer", "outline", "detail", "execute"})
# the same for acts of force, whose telling by a side ('confirmed by the army') says not who did them
ORDERING_VERBS = frozenset({"order", "authorize", "authorise", "launch", "carry", "conduct", "stage", "mount",
                            "lead", "begin", "start", "initiate", "execute"})
# words that hedge a count ("including some 2,500 Americans")
QUANTITY_HEDGES = frozenset({"some", "about", "around", "roughly", "nearly", "almost", "approximately", "over",
                             "more", "up", "at", "least"})
# verbs by which a state stands behind a force ("forces backed by the UAE", "fighters armed by Turkey")
BACKING_VERBS = frozenset({"back", "support", "arm", "fund", "train", "sponsor", "equip", "finance"})
# craft an act hits, besides aircraft and vehicles ("sank a Ukrainian patrol boat")
HIT_CRAFT = frozenset({"ship", "vessel", "boat", "warship", "frigate", "tanker", "helicopter", "airliner"})
# the people an act killed or hurt, told as a group ("among the dead were ...")
CASUALTY_WORDS = frozenset({"dead", "wounded", "injured", "victims", "casualties", "killed", "fallen"})
# the words that open a list of a force's named members (", among them the Giants Brigades")
MEMBERS_LISTED = re.compile(r"\s*,\s*(?:among them|including|notably|chiefly|mainly)\s+(?:the\s+)?")
# what an act does to people it befalls ("were wounded", "hurt in a mortar attack"): who it is done to is its victim
HARMING_VERBS = CASUALTY_VERBS | frozenset({"hurt", "harm", "maim", "injure", "behead", "abduct", "kidnap"})
# running onto a charge someone else laid ("the patrol hit a mine", "a truck struck a roadside bomb")
MEETING_A_MINE = frozenset({"hit", "strike", "trigger", "run", "drive"})
LAID_CHARGES = frozenset({"mine", "landmine", "ied", "device", "bomb", "explosive"})

# the words for a force that by themselves say not whose it is ("the garrison", "troops", "reservists")
BARE_FORCE_WORDS = frozenset({"troop", "troops", "soldier", "soldiers", "force", "forces", "unit", "units",
                              "garrison", "garrisons", "contingent", "contingents", "reservist", "reservists",
                              "detachment", "detachments", "servicemen", "personnel", "marines", "paratroopers",
                              "commandos", "army", "military", "conscripts", "defenders", "brigade", "brigades",
                              "battalion", "battalions", "regiment", "regiments", "reinforcements", "peacekeepers"})
# the actor types that speak for a state's own forces, beside the state itself
STATE_SIDE_TYPES = frozenset({"state_military", "government", "coalition"})
# the words for a state's own men only: an armed group's are its fighters, never its soldiers or troops
STATE_ARMY_WORDS = frozenset({"soldier", "troop", "serviceman", "paratrooper", "marine", "conscript", "reservist"})
# the plain words for a state's or a group's men ("the troops", "the soldiers"), which refer back to a force
BARE_FORCES = frozenset({"troop", "soldier", "force", "serviceman", "paratrooper", "marine"})

# verbs by which a side denies an act laid at it ("denied that its jets had bombed the hospital")
DENY_VERBS = frozenset({"deny", "reject", "dismiss", "refute"})

# verbs that lay an act at someone ("accused the RSF of shelling", "was blamed for the strike")
ACCUSE_VERBS = frozenset({"accuse", "blame", "suspect", "charge", "implicate"})

# the suffixes that make a backer of a name ("Russian-backed separatists", "Iran-aligned militias")
BACKER_SUFFIX = re.compile(r"[-‐‑–]\s?(?:backed|supported|allied|aligned|sponsored|funded|trained|armed|affiliated|"
                           r"linked|leaning)\b", re.I)

# aircraft a side flies together ("Turkish F-16s shot down two jets, while armed drones hit convoys"); rockets,
# shells and missiles are left out: the next clause's rockets are often the other side's reply
AIRCRAFT = frozenset({"jet", "warplane", "drone", "aircraft", "plane", "helicopter", "gunship"})

# the links that set a clause beside another of the same moment ("..., while drones hit ...", "... and drones hit")
ALONGSIDE_MARKS = frozenset({"while", "whilst", "as", "and"})

# people a side carries out of a country, its evacuees ("157 people", "its citizens"), not a force of its own
EVACUEES = frozenset({"people", "person", "civilian", "citizen", "national", "resident", "evacuee", "foreigner",
                      "passenger", "pilgrim", "refugee", "family", "child", "woman", "student", "worker", "diplomat"})
# counts and kinds of a force set beside its name ("the Russian contingent, some 2,000 troops, ...")
COUNTED_FORCE_KINDS = frozenset({"troop_level", "deployment", "withdrawal"})

# Common nouns that stand for an actor the report has named ("the group" after "Hamas", "the army" in a report on
# Mali, "the alliance" after "NATO"), by the head noun's lemma: the kind of actor each can stand for
REFERRING_NOUNS = {
    "nonstate": frozenset({"group", "militant", "rebel", "insurgent", "jihadist", "fighter", "gang", "militia",
                           "militiaman", "gunman", "attacker", "assailant", "extremist", "terrorist", "guerrilla",
                           "separatist", "mutineer", "movement", "faction", "outfit", "mercenary", "bandit",
                           "organisation", "organization"}),
    "military": frozenset({"army", "military", "troop", "soldier", "force", "serviceman", "paratrooper", "marine",
                           "navy", "personnel", "commando", "infantry", "artillery", "airforce", "garrison",
                           "unit", "reservist", "detachment", "conscript", "contingent", "brigade", "battalion",
                           "regiment", "defender", "reinforcement"}),
    "police": frozenset({"police", "policeman", "gendarme", "gendarmerie"}),
    "alliance": frozenset({"alliance", "coalition", "bloc"}),
    "mission": frozenset({"mission", "peacekeeper"}),
    "government": frozenset({"government", "administration", "state", "country", "regime", "junta", "authority",
                             "cabinet", "council", "parliament", "ministry", "legislature", "nation"}),
}
# the nouns for a state as a whole ("the government", "the country"): the state the passage is about
STATE_NOUNS = frozenset({"government", "state", "country", "regime", "junta", "nation", "cabinet", "authority"})
# a state's own men, arms and offices: a state named on them acts ("Malian soldiers", "Russian jets")
STATE_FORCE_NOUNS = frozenset({"soldier", "troop", "force", "army", "military", "marine", "serviceman", "personnel",
                               "unit", "battalion", "brigade", "division", "commander", "officer", "jet", "warplane",
                               "drone", "artillery", "tank", "navy", "government", "ministry", "police", "paratrooper",
                               "commando", "warship", "aircraft", "helicopter", "gunship", "contingent", "garrison"})
# the actor types (the dictionary's) each kind of noun may refer back to
REFERRED_TYPES = {
    "nonstate": NONSTATE_TYPES,
    "military": frozenset({"state_military", "state"}),
    "police": frozenset({"police"}),
    "alliance": frozenset({"coalition", "international_organisation"}),
    # (a state's too, for 'the peacekeepers': "Russia deployed 2,000 peacekeepers ... The peacekeepers began leaving")
    "mission": frozenset({"international_organisation", "coalition", "state", "state_military"}),
    "government": frozenset({"state", "government", "legislature"}),
}
# words before a noun that introduce an actor not told before ("an armed group", "another group", "foreign forces")
NEW_REFERENT = frozenset({"a", "an", "another", "some", "any", "each", "every", "no", "several", "many", "few", "other",
                          "both", "new", "second", "third", "foreign", "external", "rival", "different", "unidentified",
                          "unknown", "one", "various", "numerous", "multiple", "opposing", "allied", "international",
                          "all", "most", "such", "various", "local", "ethnic"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# the dictionary's name for a doer the report does not know ("gunmen", "unidentified assailants")
UNKNOWN_GROUP = "Unidentified Armed Group"
# what carries a person or a machine, never who acts ("a swarm of drones", "the lorry", "the capital")
INSTRUMENTS = frozenset({"vehicle", "car", "truck", "lorry", "van", "bus", "motorcycle", "motorbike", "drone", "uav",
                         "missile", "rocket", "bomb", "shell", "mortar", "jet", "aircraft", "plane", "warplane",
                         "helicopter", "tank", "boat", "ship", "vessel", "ied", "device", "explosive", "mine",
                         "projectile", "munition", "swarm", "barrage", "salvo", "flight", "grenade", "car-bomb",
                         "round", "bullet", "pager", "charge", "warhead", "shrapnel", "debris", "interceptor"})
# acts, plans and states of affairs given as actor ("its invasion", "our military cooperation"): never who acted
ACT_NOUNS = frozenset(OFFENSIVES) | frozenset({"withdrawal", "deployment", "cooperation", "occupation", "presence", "war",
                                               "conflict", "violence", "fighting", "strike", "shelling", "bombardment",
                                               "bombing", "explosion", "blast", "fire", "clash", "battle", "siege",
                                               "truce", "ceasefire", "deal", "agreement", "talk", "decision",
                                               "announcement", "move", "plan", "mandate", "pull-out", "pullout",
                                               "drawdown", "retreat", "advance", "capture", "takeover"})
# verbs by which a side tells of, judges or greets an act of others ("Tbilisi and Western monitors report the
# looting", "the prime minister welcomed the deployment"): their subject is not the act's doer; a side denying an act
# is the one it is laid at (Roles._denier)
JUDGING_VERBS = frozenset({"report", "document", "describe", "condemn", "denounce", "deplore", "criticise", "criticize",
                           "witness", "record", "decry", "welcome", "hail", "praise", "mourn", "investigate", "monitor",
                           "observe", "protest", "oppose", "regret", "lament"})
# places that never act, save a capital speaking for its state as a subject ("Baku said ...")
SMALL_PLACE_KINDS = frozenset({"city", "town", "village", "neighbourhood", "district", "admin2", "installation",
                               "facility"})
# verbs by which someone speaks: the subject of one is who makes the statement the words it governs hold
# ("President Duque said the talks were over", "the minister warned that ...")
STATING_VERBS = frozenset(SPEECH_VERBS) | frozenset({"warn", "vow", "pledge", "threaten", "deny", "accuse", "allege",
                                                     "insist", "promise", "declare", "write", "tweet", "post",
                                                     "tell", "reiterate", "explain", "stress", "urge", "add"})
# acts a side does again and again in one report, so that one told without its doer is the side's the report
# names doing the others ("Israeli air strikes on the valley killed 490 ... A strike on the suburbs killed ...")
REPEATED_KINDS = frozenset({"airstrike", "shelling"})
# the actor types that carry out such acts
STRIKING_TYPES = frozenset({"state", "state_military", "coalition"}) | NONSTATE_TYPES
# nouns of an aim, a word or a readiness, whose owner is the doer of the act they hold ("Russia's threats to seize
# Kharkiv", "India's claims of a strike on the camps", "Turkey's plan to deploy troops", "the group's bid to take")
INTENT_NOUNS = frozenset({"threat", "plan", "bid", "attempt", "vow", "pledge", "decision", "intention", "effort",
                          "readiness", "refusal", "claim", "promise", "offer", "proposal", "order", "push", "drive",
                          "campaign", "determination", "willingness", "ultimatum", "warning", "announcement",
                          "commitment", "failure", "right", "move", "resolve", "demand", "call", "request"})
# nouns that count or gather what the phrase is about ("thousands of pagers", "scores of fighters", "a contingent
# of 2,000 peacekeepers", "a wave of drones"): the noun after 'of' says who or what it is
GATHERING_NOUNS = frozenset(MULTITUDE) | frozenset({"contingent", "detachment", "battalion", "company", "column",
                                                    "wave", "swarm", "barrage", "salvo", "volley", "flight", "squad",
                                                    "platoon", "team", "batch", "fleet", "convoy",
                                                    "couple", "pair", "few", "rest", "remainder", "bulk", "majority",
                                                    "part", "some", "most", "all", "many", "several", "dozen"})
# the words for a branch or a kind of a force, which say not whose it is ("ground forces", "special forces")
# nouns of the people who belong to a body, named by the body after 'of' ("members of the presidential guard",
# "soldiers of the republican guard", "fighters of the group"): the body is who acted, its members are no name
MEMBER_NOUNS = frozenset({"member", "element", "rank", "remnant", "soldier", "fighter", "officer", "personnel",
                          "militant", "operative", "troop", "trooper", "gunman", "loyalist", "recruit"})
SERVICE_WORDS = frozenset({"ground", "special", "elite", "combat", "naval", "air", "armoured", "armored", "airborne",
                           "mechanised", "mechanized", "infantry", "assault", "reserve", "regular", "commando",
                           "land", "amphibious", "rapid", "reaction", "first", "advance", "lead"})
# a share or a count of people, which by itself names none of them ("the rest", "the majority", "hundreds")
PARTITIVE_NOUNS = frozenset({"rest", "remainder", "bulk", "majority", "minority", "part", "some", "most", "many",
                             "several", "few", "dozens", "hundreds", "thousands", "scores", "handful", "number",
                             "lot", "tens", "millions", "others", "other"})
# verbs whose subject is the charge that went off, not who set it ("thousands of pagers exploded", "a car bomb went
# off"), when they take no object
GOING_OFF_VERBS = frozenset({"explode", "detonate", "blow", "go", "burst", "erupt", "ignite"})
# the nouns for people an act of violence befalls, never its doer ("people", "civilians", "residents"): the
# dictionary's own types of these are REPORTING_TYPES' "civilians"
VICTIM_NOUNS = frozenset({"people", "person", "civilian", "resident", "villager", "child", "woman", "passenger",
                          "worshipper", "pilgrim", "student", "family", "inhabitant", "bystander", "shopper",
                          "patient", "refugee", "migrant", "victim", "casualty", "hostage", "farmer", "herder",
                          "fisherman", "journalist", "teacher", "pupil", "boy", "girl", "infant", "baby", "elderly",
                          "displaced", "commuter", "mourner", "guest", "tourist"})
# the kinds of act a crowd of civilians does itself ("residents rioted", "villagers lynched a thief")
CROWD_KINDS = frozenset({"protest", "riot", "mob_violence"})
# verbs by which a missile, a drone or a charge was set on its way: 'by' names who did so ("rockets fired by the
# militants", "drones launched by the militias", "a bomb planted by the Taliban")
SENDING_VERBS = frozenset({"fire", "launch", "drop", "plant", "lay", "fly", "operate", "send", "shoot", "throw",
                           "detonate", "deploy", "use", "carry", "pilot", "hurl", "lob"})
PLACE_NOUNS = frozenset({"capital", "city", "town", "village", "region", "province", "district", "area", "border",
                         "camp", "base", "airport", "depot", "building", "office", "headquarters", "territory"})


def _relative_antecedent(head):
    """The noun a relative clause hangs on when an act's doer is told by its relative pronoun ('the brigade,
    which arrived last week') or by 'whose' ('Hezbollah, whose fighters fired rockets'); else None."""
    if head.lower_ in ("which", "who", "that") and head.dep_ in ("nsubj", "nsubjpass"):
        clause = head.head
    elif any(k.dep_ == "poss" and k.lower_ == "whose" for k in head.children) and head.dep_ in ("nsubj", "nsubjpass"):
        clause = head.head
    else:
        return None
    if clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN"):
        return clause.head
    return None


def _gathered(head):
    """What a noun that counts or gathers names ('thousands of pagers' -> pagers, 'scores of fighters' -> fighters,
    'a battalion of 800 soldiers' -> soldiers); the head itself when it is no such noun; None when it gathers
    only a number ('a contingent of just under 2,000'), which says not who."""
    if head.pos_ != "PROPN" and (head.lemma_.lower() in MEMBER_NOUNS or head.lower_ in MEMBER_NOUNS) and \
            not any(k.dep_ in ("poss", "amod", "compound", "nummod") for k in head.children):
        # "Members of the presidential guard detained the president": the guard, not 'Members of presidential'
        body = [g for k in head.children if k.dep_ == "prep" and k.lower_ == "of"
                for g in k.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and not g.like_num]
        return body[0] if body else head
    if head.lemma_.lower() not in GATHERING_NOUNS and head.lower_ not in GATHERING_NOUNS or head.pos_ == "PROPN":
        return head
    if any(k.dep_ == "poss" or k.dep_ in ("amod", "compound") and (k.ent_type_ or k.pos_ == "PROPN")
           for k in head.children):
        return head   # "Russia's contingent of 2,000 peacekeepers", "the Rwandan contingent of ...": whose, told on it
    for k in head.children:
        if k.dep_ == "prep" and k.lower_ == "of":
            objs = [g for g in k.children if g.dep_ == "pobj"]
            if not objs:
                return None
            if objs[0].like_num or objs[0].pos_ == "NUM":
                return None
            return _gathered(objs[0]) if objs[0].i != head.i else head
    return head


def _sent_by(head) -> list:
    """Who a missile, a drone or a charge was sent by ('rockets fired by the militants', 'drones launched by
    Iran-backed militias', 'a bomb planted by the Taliban'); nothing for a weapon told without its sender."""
    return [g for k in head.children if k.dep_ == "acl" and k.lemma_.lower() in SENDING_VERBS
            for a in k.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]


# the make of an aircraft written before it ("B-1 bombers", "F-16 jets", "Su-34 fighter-bombers", "MiG-29s")
AIRCRAFT_MAKE = re.compile(r"^[A-Z][A-Za-z]{0,3}-?\d{1,3}[A-Za-z0-9]*s?$")
# ... told alone, in the plural ("F-16s struck", "two Su-25s"; not a group's name: "the M23 seized Minova")
AIRCRAFT_MAKES = re.compile(r"^[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Za-z0-9]*s$")
FLOWN_AIRCRAFT = frozenset({"bomber", "jet", "warplane", "aircraft", "plane", "fighter", "gunship", "helicopter"})


def _made_machine(head) -> bool:
    """Is the noun an aircraft told by its make ('Long-range B-1 bombers', 'two F-16 jets', 'Su-25s'), a machine
    flown by someone, never a person (a 'bomber' is one only without a make: 'a suicide bomber')?"""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    return bool(AIRCRAFT_MAKES.match(head.text) or head.lemma_.lower() in FLOWN_AIRCRAFT and any(
        k.dep_ in ("compound", "nmod", "amod") and AIRCRAFT_MAKE.match(k.text) for k in head.children))


def _owner_on(head) -> bool:
    """Does a word before the noun say whose it is ('two coalition F-15E jets', 'Russian Su-25s', 'its F-16s')?"""
    return any(k.dep_ == "poss" or k.dep_ in ("compound", "nmod", "amod") and not AIRCRAFT_MAKE.match(k.text) and (
        k.ent_type_ in ("GPE", "NORP", "ORG") or k.lower_ in FORCE_NOUNS or k.lower_ in ("coalition", "alliance"))
        for k in head.children)


def _fliers(head) -> list:
    """The state an aircraft told by its make is flown from ('B-1 bombers flown from the United States'), where
    the words say so; nothing for a base or a place ('flown from Cyprus' is read as a state's name only)."""
    return [g for a in head.children if a.dep_ == "acl" and a.lemma_.lower() in ("fly", "send", "dispatch")
            for k in a.children if k.dep_ == "prep" and k.lower_ == "from" for g in k.children
            if g.dep_ == "pobj" and g.ent_type_ == "GPE"]


def _counts_a_force(head) -> bool:
    """Is `head` a noun that counts a force ('troop levels', 'force numbers', 'US troop strength'), not one
    that counts a named crowd ('a number of fighters', which says who after 'of')?"""
    return head.pos_ == "NOUN" and head.lemma_.lower() in COUNT_NOUNS and \
        not any(k.dep_ == "prep" and k.lower_ == "of" for k in head.children)


def _name_words(head) -> list:
    """The words that name a group of people ("Chadian troops"): its modifiers and itself, less a
    time the parser joined to it ("the following morning militants") and all before that time."""
    lefts = [x for x in head.lefts if x.dep_ in ("compound", "amod") and not x.like_num]
    times = [x.i for x in lefts if x.ent_type_ in ("DATE", "TIME") or x.lower_ in CALENDAR_WORDS]
    return [x for x in lefts if not times or x.i > max(times)] + [head]


@functools.lru_cache(maxsize=1)
def _post_nouns() -> frozenset:
    """The nouns that end a title or post ('Speaker', 'chief of staff' -> 'chief', 'minister'): a person
    named beside one of them holds it."""
    return frozenset({t[-1] for t in load_titles()} | LEADER_NOUNS)


def _set_beside(head, appos) -> bool:
    """Is `appos` written right after the phrase of `head`, past a comma ('The Speaker of the House,
    Nancy Pelosi'), or right after the title itself ('army chief Asim Munir', which the parser reads as
    a title with the name beside it), not joined to it by a misparse from a later phrase?"""
    if appos.left_edge.i == head.i + 1:
        return True
    own = {x.i for x in head.subtree} - {x.i for x in appos.subtree}
    before = appos.left_edge.i - 1
    return before > 0 and head.doc[before].text == "," and before - 1 in own


def _written_as_name(text: str, start: int, end: int) -> bool:
    """Is the mention written as a name ('the Wagner group', 'Hamas'), not as a kind of actor
    ('military contractors', 'Private military contractors' opening a sentence)?"""
    words = text[start:end]
    if any(ch.isupper() for ch in words[1:]):
        return True
    before = text[:start].rstrip(" \t\"'“‘(")
    return words[:1].isupper() and bool(before) and before[-1] not in ".!?:\n"


def _adverb_since(tok) -> bool:
    """Is `tok` the adverb 'since' right after have ('Ankara has since supplied drones'), which the tagger may
    take for a preposition heading what follows, not a time set beside the clause?"""
    # ("and Ankara has since supplied drones" may come out as 'since' joined to the first clause, the subject
    # and the rest hung on it)
    return tok.lower_ == "since" and tok.i > 0 and tok.doc[tok.i - 1].lemma_.lower() == "have" and \
        (tok.head.i in (tok.i, tok.i - 1) or any(k.dep_ == "nsubj" for k in tok.children))


def _befallen(head) -> bool:
    """Is the noun (or the first of the nouns it is joined to) told as people an act killed or hurt: the
    subject of a passive ('Three members of the coalition and two Iraqi soldiers were wounded'), the object
    ('the blast killed two Americans'), the subject of a headline's bare participle ('Two Americans, one
    Briton killed in rocket attack'), the noun a participle hangs on ('two Malians hurt in the blast') or
    who died ('four soldiers died in the ambush')? Such people are the act's victims, never its doers."""
    h = head
    while h.dep_ in ("conj", "appos") and h.head.i < h.i:
        h = h.head
    if h.dep_ == "pobj" and h.head.lower_ in ("including", "among") and h.head.head.pos_ in ("NOUN", "PROPN"):
        h = h.head.head   # "Four peacekeepers, including two Ghanaians, killed"
    if any(k.dep_ == "acl" and k.tag_ == "VBN" and k.lemma_.lower() in HARMING_VERBS and
           not any(g.dep_ == "dobj" for g in k.children) for k in h.children):
        return True
    verb = h.head
    lemma = verb.lemma_.lower()
    if h.dep_ in ("nsubj", "attr") and lemma == "be":
        # "Five Pakistani soldiers were among 12 people killed", "Among the dead were three Turkish engineers"
        among = [g for k in verb.children if k.dep_ == "prep" and k.lower_ == "among"
                 for g in k.children if g.dep_ == "pobj"]
        return any(g.lower_ in CASUALTY_WORDS or _befallen(g) for g in among)
    if verb.i == h.i or lemma not in HARMING_VERBS | DYING_VERBS:
        return False
    if h.dep_ == "nsubjpass" or h.dep_ == "dobj" and lemma in HARMING_VERBS:
        return True
    if h.dep_ == "nsubj" and lemma in DYING_VERBS:
        return True
    # the headline's "X killed in ...": a bare participle with no auxiliary and no object
    return h.dep_ == "nsubj" and verb.tag_ == "VBN" and not any(
        k.dep_ in ("aux", "auxpass", "dobj") for k in verb.children)


def _answered(t) -> bool:
    """Is the act one that another act answers ('in retaliation for a drone strike on Moscow', 'to avenge
    the killing of its general', 'in response to the attack')? It was done by the other side."""
    cur = t
    for _ in range(4):
        if cur.head is cur:
            return False
        if cur.dep_ == "prep" and cur.lower_ in ("for", "to") and cur.head.lemma_.lower() in ANSWERING_WORDS or \
                cur.dep_ == "dobj" and cur.head.lemma_.lower() in ANSWERING_WORDS:
            return True
        if cur.dep_ not in ("pobj", "prep", "dobj", "compound", "pcomp"):
            return False
        cur = cur.head
    return False


def _defends(verb) -> bool:
    """Is the verb one by which a side stops what was fired at it ('intercepted', 'shot down', 'repelled')?"""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if lemma in DEFENDING_VERBS or verb.lower_ == "downed":
        return True
    return any(k.dep_ == "prt" and (lemma, k.lower_) in DEFENDING_PHRASES for k in verb.children)


def _defended_weapons(t) -> list | None:
    """When the act is told as what a side stopped ('shot down three drones and a missile', 'intercepted most
    of the rockets fired from Gaza', 'a drone attack ... was repelled', or the stopping verb itself with such
    an object), the nouns that name what was fired (the weapons or the attack); None when it is not."""
    if _defends(t):
        objs = [k for k in t.children if k.dep_ in ("dobj", "nsubjpass")]
        if not objs:
            return None
    else:
        cur = t
        while cur.dep_ in ("conj", "compound") and cur.head.i != cur.i and cur.head.pos_ in ("NOUN", "PROPN"):
            cur = cur.head
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.dep_ in ("dobj", "nsubjpass"):
            cur = cur.head.head   # "downed 25 of 30 drones", "intercepted most of the rockets"
        if cur.dep_ not in ("dobj", "nsubjpass") or not _defends(cur.head):
            return None
        objs = [cur]
    weapons = []
    for o in objs:
        if o.pos_ not in ("NOUN", "PROPN") or o.like_num:
            o = next((g for k in o.children if k.dep_ == "prep" and k.lower_ == "of"
                      for g in k.children if g.dep_ == "pobj"), o)
        weapons += [o] + [c for c in o.conjuncts if c.i > o.i]
    return weapons


def _stems(tok) -> set:
    """The word's lemma, and its singular when the tagger left a capitalised plural as it is ('Fighters')."""
    lemma = tok.lemma_.lower()
    return {lemma, lemma[:-1]} if lemma.endswith("s") else {lemma}


@functools.lru_cache(maxsize=1)
def _capital_names() -> dict:
    """Country code -> its capital's name (package data)."""
    return {cc: cap.name for cc, cap in capitals().items()}


@functools.lru_cache(maxsize=4)
def _states_by_country(actors) -> dict:
    """Country code -> the dictionary's state of that country."""
    return {a.country.upper(): a for a in (actors or ()) if a.type == "state" and a.country}


def _carried_out_by(actor) -> str:
    """An operation the dictionary knows ("Operation Barkhane") is carried out by its parent force."""
    return actor.parent if actor.parent and re.match(r"Op[eé]ration\s", actor.name) else actor.name


class Roles:
    """Actors and targets of candidates (a part of the Events stage)."""

    def _actors(self, doc: Document, c: Candidate, actors: list, targets: list) -> None:
        """The candidate's actors and targets from the heads its parse gives (`actors`, `targets`),
        less those who only report it, then from wider readings when the parse names none."""
        t = c.trig
        # "Heavy fighting broke out in the east", "Fierce clashes erupted": the capitalised word opening the
        # sentence, tagged a name on the act's noun, is its adjective, no actor (a known name there is kept)
        actors = [h for h in actors if not self._sentence_opening_adjective(h, t)]
        # "Hezbollah, whose fighters fired rockets at the town, warned": the owner the relative clause hangs on
        # acts; "The brigade, which arrived last week, ...": the noun the relative pronoun stands for
        actors = [_relative_antecedent(h) or h for h in actors]
        if c.kind in VIOLENT and not actors:
            # "Russian shelling hit Kharkiv" parsed as a gerund heading the sentence ('shelling' ROOT, 'hit' its
            # complement): the people's or side's word before the gerund is whose act it is, not what was hit
            owners = self._gerund_owners(t)
            actors, targets = owners, [h for h in targets if h not in owners]
        if t.lemma_.lower() in UNDERGO_VERBS and any(k.dep_ == "prep" and k.lower_ == "under" for k in t.children):
            # "A Ukrainian patrol came under fire near Izium": the subject is what was hit
            actors, targets = [], [a for a in actors if a not in targets] + targets
        # "On Sunday President Putin, meeting the head of the committee, Alexander Bastrykin, called it a
        # terrorist act": the man met, set beside the participle's object, is no subject; who was meeting is
        actors = [self._subject_before_participle(h) or h for h in actors]
        if c.kind == "withdrawal" and t.pos_ == "VERB" and any(h.dep_ == "nsubj" and h.head.i == t.i for h in actors):
            # "Saudi Arabia shipped 157 people from Port Sudan to Jeddah", "Jordan flew 200 civilians out": the
            # people a side carries away are its evacuees, what the act is done to, not a force withdrawing
            carried = [h for h in actors if h.dep_ == "dobj" and h.head.i == t.i and h.lemma_.lower() in EVACUEES]
            actors, targets = [h for h in actors if h not in carried], carried + [h for h in targets if h not in carried]
        if t.lemma_.lower() in FALLING_VERBS and c.kind == "territory_change":
            # "The capital fell to them", "Lashio fell into the hands of the MNDAA", "the town fell under
            # Taliban control": who it fell to took it; the place that fell is what was taken
            takers = self._fallen_to(t)
            if takers:
                actors, targets = takers, [h for h in actors if h not in takers] + targets
        if t.pos_ == "VERB" and (t.lemma_.lower() in DYING_VERBS or t.lemma_.lower() in MEETING_A_MINE and any(
                k.dep_ == "dobj" and k.lemma_.lower() in LAID_CHARGES for k in t.children)):
            # "The governor died of wounds", "their vehicle hit a mine": who dies or runs onto a charge was hit
            actors, targets = [], [a for a in actors if a not in targets] + targets
        # "the mayor denounced the shelling of the city": who tells of, judges or greets an act did not do it
        actors = [h for h in actors if not (h.dep_ == "nsubj" and h.head.i != t.i and h.head.lemma_.lower() in
                                            JUDGING_VERBS and t.i in {x.i for x in h.head.subtree})]
        if c.kind in VIOLENT:
            # "thousands of pagers exploded, killing twelve", "a car bomb went off": the charge, not who set it
            actors = [h for h in actors if not (h.dep_ == "nsubj" and h.head.lemma_.lower() in GOING_OFF_VERBS
                                                and not any(k.dep_ == "dobj" for k in h.head.children))]
        if c.kind in VIOLENT and t.pos_ == "VERB" and not any(k.dep_ == "agent" for k in t.children):
            # "A Russian helicopter was shot down over Armenia", "two Ukrainian tanks were destroyed": what an act
            # is done to (the passive subject, read as a side of a battle) was hit; its side is no doer
            undergoing = {k.i for k in t.children if k.dep_ == "nsubjpass"}
            targets = targets + [h for h in actors if h.i in undergoing and h not in targets]
            actors = [h for h in actors if h.i not in undergoing]
        if t.pos_ == "NOUN" and c.kind in VIOLENT:
            # "18 Katyusha rockets", "Shahed drones", "a Grad barrage": a name set on the weapon that names no
            # actor the dictionary knows is the weapon's make, not who fired it
            actors = [h for h in actors if not (h.head.i == t.i and h.dep_ in ("compound", "nmod", "amod") and not any(
                m.start <= h.idx < m.end for m in self._mentions))]
        if c.kind in VIOLENT - CROWD_KINDS - {"clash"}:
            # "Two Americans, one Briton killed in rocket attack", "two Iraqi soldiers were wounded in the
            # barrage": the people an act killed or hurt are its targets, whatever verb tells it (a battle's
            # dead were one of its sides, so a clash keeps them)
            befallen = [h for h in actors if h.i != t.i and _befallen(h)]
            targets = targets + [h for h in befallen if h not in targets]
            actors = [h for h in actors if h not in befallen]
        if c.kind in VIOLENT:
            actors, targets = self._speaker_hit(t, actors, targets)
        # "scores of fighters attacked": the fighters; "a contingent of 2,000 arrived": no one said
        actors = [g for g in (_gathered(h) for h in actors) if g is not None]
        if c.kind not in CROWD_KINDS:
            # "the rest withdrew", "hundreds were deployed": a share or a count of someone the words do not name
            actors = [h for h in actors if not ((h.lemma_.lower() in PARTITIVE_NOUNS or h.lower_ in PARTITIVE_NOUNS)
                                                and h.pos_ != "PROPN")]
        # "missiles launched by the Houthis struck a tanker": who sent the weapon did it
        # ("a contingent of 400 troops sent by Moscow": who sent the troops)
        actors = [x for h in actors for x in (_sent_by(h) if h.i != t.i else []) or [h]]
        # "B-52 bombers flown from Britain bombed ...": an aircraft's make is no doer; the state it is flown from is
        actors = [x for h in actors for x in ((_fliers(h) if h.i != t.i else []) if _made_machine(h) and not
                                              _owner_on(h) else [h])]
        if c.kind in VIOLENT - CROWD_KINDS:
            # "civilians were killed in the attack" parsed as its doers: the people an act befalls never did it
            actors = [h for h in actors if h.lemma_.lower() not in VICTIM_NOUNS and h.lower_ not in VICTIM_NOUNS]
        c.actors = _dedupe([a for h in actors for a in self._actor_names(doc, h)])
        if c.actors and c.kind in FORCE_KINDS:
            # "Mozambican troops, together with Rwandan soldiers, recaptured Palma", "recaptured Palma alongside
            # Rwandan soldiers": the force joined to the doers acts with them
            c.actors = _dedupe(c.actors + self._joined_forces(doc, t, actors))
        if c.kind in VIOLENT:
            # "Two soldiers were killed when their patrol was ambushed by militants": the ambush's agent did it
            c.actors = _dedupe(self._agents_told_when(doc, t) + c.actors)
        reporters = self._reporters(t)
        if reporters:
            # "Amnesty International had reported that scores were killed": the monitor tells, it did not act
            c.actors = [a for a in c.actors if a not in reporters]
        c.targets = _dedupe([a for h in targets for a in self._actor_names(doc, h)])
        c.targets = [x for x in c.targets if x not in c.actors]
        if c.kind in FORCE_KINDS and any(h.dep_ == "nsubj" and h.head.i == t.i and h.pos_ == "NOUN" and
                                         h.lower_ in BARE_FORCE_WORDS and not self._actor_names(doc, h)
                                         for h in actors):
            # "Ukraine's 47th brigade was sent south. On Sunday the brigade attacked Russian positions": the force
            # told without its owner, doing the act to a side named, is the one side acting just before
            c.actors = _dedupe(self._antecedent_side(doc, c) + c.actors)
        if not c.actors and c.kind == "troop_level" and t.like_num:
            # "650 American troops are to stay; some 2,500 were in the country": the force counted before
            forces = [x for x in c.sent if x.lower_ in STRENGTH_NOUNS and x.i < t.i]
            if forces:
                c.actors = self._actor_names(doc, forces[-1])
        if not c.actors and c.kind == "troop_level":
            # "US troop numbers in Iraq will fall to 2,500": the owner told on the count before the figure
            counts = [x for x in c.sent if x.i < t.i and _counts_a_force(x) and x.dep_ in ("nsubj", "nsubjpass")]
            c.actors = _dedupe([n for x in counts for n in self._actor_names(doc, x)])
        if not c.actors and c.kind == "troop_level":
            c.actors = self._own_strength_claimed(doc, t)
        if c.kind not in ("statement", "withdrawal"):
            # "Pakistan accused India of shelling villages", "a drone attack blamed on the Houthis", "Kigali
            # accused Kinshasa of arming the militia": the side the act is laid at, not the one that lays it
            # (a withdrawal laid at a side is most often a figure: "accused Washington of abandoning its allies")
            accused = self._accused(doc, t)
            if accused:
                c.actors = accused
        if not c.actors:
            c.actors = self._intent_owner(doc, t)
        if not c.actors and t.pos_ == "NOUN" and c.kind in FORCE_KINDS:
            # "a Saudi-led coalition air strike", "a Turkish drone strike": who the act's own words name
            c.actors = self._named_on_noun(doc, t)
        if not c.actors and t.pos_ == "NOUN" and c.kind in FORCE_KINDS:
            # "Azerbaijan announced an operation. Its artillery and drones hit Armenian positions": whose
            # weapons or act 'its', 'their' say
            c.actors = self._possessor(doc, t)
        if not c.actors and c.kind in VIOLENT:
            # "shells from an Israeli navy boat killed four boys": whose boat, gun or base the weapon came from
            weapons = [t] if t.pos_ == "NOUN" else [h for h in actors if h.lemma_.lower() in INSTRUMENTS]
            c.actors = _dedupe([n for w in weapons for n in self._fired_from(doc, w)])
        if not c.actors and t.pos_ == "NOUN" and t.dep_ == "compound" and t.head.pos_ == "NOUN":
            # "Turkish artillery rounds landed near the outpost": the owner named beside the weapon
            c.actors = _dedupe([a for k in t.head.children if k.i != t.i and k.dep_ in ("amod", "compound", "nmod")
                                and (k.ent_type_ in ("NORP", "GPE", "ORG") or any(
                                    m.start <= k.idx < m.end for m in self._mentions))
                                for a in self._actor_names(doc, k)])
        if not c.actors and c.kind == "clash" and t.pos_ == "NOUN" and t.dep_ == "nsubj":
            c.actors = self._sides_between(doc, t)
        if not c.actors and t.pos_ == "NOUN" and t.dep_ == "conj" and t.head.pos_ == "NOUN":
            c.actors = self._first_conjunct_actors(doc, t, c.kind)
        if not c.actors and c.kind in COUNTED_FORCE_KINDS and t.dep_ == "appos" and t.head.pos_ in ("NOUN", "PROPN"):
            # "the Russian peacekeeping contingent, some 2,000 troops stationed there": the force it counts
            c.actors = self._actor_names(doc, t.head)
        if not c.actors:
            kit = t if t.pos_ == "NOUN" else (actors[0] if actors else None)
            if kit is not None:
                c.actors = self._flying_alongside(doc, kit)
        if not c.actors:
            c.actors = self._participle_owner(doc, t)
        if not c.actors:
            c.actors = self._governing_actors(doc, t)
        if not c.actors and t.pos_ == "VERB" and not any(k.dep_ in ("nsubj", "nsubjpass") for k in t.children):
            # "Fighters of the group (also written Vagner) took over the HQ": the parser hung the subject on
            # the aside before the verb
            asides = [k for k in t.children if k.dep_ == "parataxis" and k.i < t.i]
            subj = [g for k in asides for g in k.children if g.dep_ == "nsubj" and g.i < k.i]
            c.actors = self._actor_names(doc, subj[0]) if subj else []
        if not c.actors and c.kind in VIOLENT:
            c.actors = self._denier(doc, t)
        if not c.actors and actors and not self._names_an_act(actors[0]) and not _counts_a_force(actors[0]):
            c.actors = _subject_text(actors[0])
        if not c.actors and t.pos_ == "NOUN":
            c.actors = self._named_in_apposition(doc, t)
        if not c.actors and _made_machine(t) and not _owner_on(t):
            # "Long-range B-1 bombers flown from the United States struck 85 targets": the state flying them
            c.actors = _dedupe([n for g in _fliers(t) for n in self._actor_names(doc, g)])
        elif not c.actors and t.pos_ == "NOUN" and (t.lemma_.lower() in PARTICIPANTS or t.lower_ in PARTICIPANTS):
            c.actors = self._actor_names(doc, t) or _subject_text(t)   # "Gunmen killed ...": the gunmen
        if c.kind == "clash":
            # the armed groups named in the battle's own clause are its sides
            toks = sorted(c.zone)
            if toks:
                a, b = doc.parsed[toks[0]].idx, doc.parsed[toks[-1]].idx + len(doc.parsed[toks[-1]])
                for m in self._mentions:
                    if a <= m.start < b and (m.actor.type or "") in ARMED_TYPES and not m.demonym and \
                            (span := doc.parsed.char_span(m.start, m.end, alignment_mode="expand")) is not None \
                            and span.root.i in c.zone and not self._owns_what_was_hit(span.root):
                        # (not the side whose helicopter was shot down: "A Russian military helicopter was shot
                        # down over Armenia"; its soldiers killed in the battle were a side of it)
                        c.actors = _dedupe(c.actors + [_carried_out_by(m.actor)])
        if reporters:
            c.actors = [a for a in c.actors if a not in reporters]
        if t.pos_ == "NOUN" and t.lemma_.lower() in LAID_CHARGES and t.dep_ == "dobj" and \
                t.head.lemma_.lower() in MEETING_A_MINE:
            # "their vehicle hit a mine": whose vehicle it was were hit by it
            hit = [n for k in t.head.children if k.dep_ == "nsubj" for n in self._actor_names(doc, k)]
            c.actors = [a for a in c.actors if a not in hit]
            c.targets = _dedupe(c.targets + hit)
        c.actors = _dedupe([n for a in c.actors for n in [a] + self._force_of_unit(a)])
        c.actors = self._named_for_common(doc, c)
        if c.kind == "statement":
            speaker = self._statement_speaker(doc, t)
            if speaker:
                c.actors = speaker
        unowned = all(a[:1].islower() and a.split()[-1].lower() in FORCE_NOUNS | STRENGTH_NOUNS | {"peacekeepers"}
                      for a in c.actors)
        if unowned and c.kind in COUNTED_FORCE_KINDS:
            # "the rest withdrew from the border on Monday, President Vucic said", "3,000 more troops will be
            # sent, the Pentagon announced": a side telling of a force moved whose owner goes unsaid tells of its own
            told = _reported_clause(t, 5, ("ccomp", "parataxis"))
            subj = [k for k in told.head.children if k.dep_ == "nsubj" and k.pos_ != "PRON"] if told else []
            said = self._actor_names(doc, subj[0]) if subj else []
            people = {e.canonical or e.text for e in doc.entities if e.label == "PERSON"}
            if said and all(self.actors is not None and n in self.actors or n in people for n in said) and \
                    not self._hosting(doc, c, said):
                c.actors = _dedupe(said + c.actors)
        if c.kind != "statement" and (not c.actors or all(self._bare_force(a) for a in c.actors)):
            # "The deployment of 300 troops was confirmed by Defence Secretary Healey", "announced by Minister
            # Pistorius during a visit to Vilnius": the passive's agent does the act, or is on the errand
            agents = self._passive_agent(doc, t, c.kind)
            if agents:
                c.actors = agents
        bare = [a for a in c.actors if self._bare_force(a)]
        # "The brigade, which arrived last week, ...": a bare force noun the subject stands for
        subject_force = [h for h in actors if h.pos_ == "NOUN" and h.lower_ in BARE_FORCE_WORDS
                         and h.dep_ in ("nsubj", "nsubjpass") and not any(k.dep_ == "poss" for k in h.children)]
        if not c.actors and c.kind in FORCE_KINDS and (t.pos_ == "NOUN" and t.lower_ in BARE_FORCE_WORDS or any(
                k.dep_ == "nsubjpass" and k.lower_ in BARE_FORCE_WORDS for k in t.children) or subject_force):
            # "Reinforcements have been sent to Kidal, a spokesman for the Malian army said": the force moved is
            # the act's only word for who; it is read as a bare force
            bare = [t.lower_ if t.pos_ == "NOUN" and t.lower_ in BARE_FORCE_WORDS else next(
                (k.lower_ for k in t.children if k.dep_ == "nsubjpass" and k.lower_ in BARE_FORCE_WORDS),
                subject_force[0].lower_ if subject_force else t.lower_)]
        if bare and len(bare) == len(c.actors or bare) and c.kind in FORCE_KINDS:
            # "military spokesman Daniel Hagari said troops had encircled the city", "A spokesman for the Polish
            # army said reservists had been sent": a side telling of a force it does not own names it (the
            # speaker's side, else the one side acting just before)
            side = self._speakers_side(doc, t)
            if side and not self._other_side_in_paragraph(doc, t.idx, side) and \
                    not self._told_before_with_other_side(doc, c, bare, side) and not self._hosting(doc, c, side):
                c.actors = side
            else:
                side = self._antecedent_side(doc, c)
                if side:
                    c.actors = side
                elif c.kind in COUNTED_FORCE_KINDS:
                    # "Two days later the first paratroopers landed at Rzeszow, Polish officials said": a force
                    # moved or counted, told without its owner, is the forces of the one state the whole report
                    # tells acting (not one it is sent to)
                    focus = self._one_state_acting(doc)
                    names = list(self._forces_named(focus)) if focus is not None else []
                    if names and not (set(names) | {focus.name}) & set(c.targets):
                        c.actors = names
        if c.kind in REPEATED_KINDS:
            # every strike told, before events of one sentence and day are merged into one, for the strikes
            # told without their doer (_doers_of_like_acts)
            told = getattr(self, "_strikes_told", None)
            if told is None or told[0] is not doc:
                told = self._strikes_told = (doc, [])
            told[1].append(c)
        if not c.actors and c.kind == "airstrike":
            c.actors = self._air_power_named(doc, c)
        if c.kind in STRIKE_KINDS:
            weapons = _defended_weapons(t)
            if weapons is not None:
                # "US destroyers shot down 18 drones launched from Yemen", "rockets fired at the airport were
                # intercepted by the air-defence system": who stopped the weapons did not fire them; the
                # attack is by who the words name as sending them, or by no one named
                c.actors = self._launchers(doc, weapons)
        if not c.actors and c.kind == "group_change" and t.pos_ == "VERB" and \
                any(k.dep_ == "nsubjpass" for k in t.children):
            c.actors = self._appointer(doc, t)

    def _names_a_doer(self, doc: Document, head) -> bool:
        """Does the noun name people who fight or a side ('militias backed by Iran', 'Kataib Hezbollah', 'the
        insurgents'), not a place or a thing an act hits ('bases', 'the embassy')?"""
        if _stems(head) & DOER_NOUNS:
            return True
        span = _np_span(head)
        s0, s1 = span[0].idx, span[-1].idx + len(span[-1])
        return any(s0 <= m.start < s1 and (m.actor.type or "") in STRIKING_TYPES for m in self._mentions)

    def _passive_agent(self, doc: Document, t, kind: str) -> list[str]:
        """The agent of a passive that makes the act or makes it known ('the deployment of 300 troops was
        confirmed by Defence Secretary Healey', 'the aid package was unveiled by Blinken'; for acts of force only
        a verb of doing or ordering: 'the raid was ordered by the general'), or of a clause told while on an
        errand ('announced by Minister Pistorius during a visit to Vilnius': the visit is his)."""
        if t.pos_ == "NOUN" and t.lemma_.lower() in ERRAND_NOUNS and t.dep_ == "pobj" and \
                t.head.lower_ in ("during", "on", "in") and t.head.dep_ == "prep":
            verb = t.head.head
        else:
            act = t
            if act.dep_ == "compound" and act.head.pos_ == "NOUN":
                act = act.head   # "the aid package": the package
            if act.dep_ != "nsubjpass":
                return []
            verb = act.head
            if verb.lemma_.lower() not in (ORDERING_VERBS if kind in VIOLENT else MAKING_VERBS):
                return []
        agents = [g for k in verb.children if k.dep_ == "agent" for g in k.children if g.dep_ == "pobj"]
        if not agents and t.lemma_.lower() in ERRAND_NOUNS and t.dep_ == "pobj":
            # "Pistorius announced the decision during a visit to Vilnius": who was on the errand is the subject
            agents = [k for k in verb.children if k.dep_ == "nsubj"]
        agents += [c for g in agents for c in g.conjuncts if c.i > g.i]
        return _dedupe([n for g in agents for n in self._actor_names(doc, g)])

    def _joined_forces(self, doc: Document, t, heads: list) -> list[str]:
        """The forces told as acting together with the doers ('troops, together with Rwandan soldiers',
        'along with', 'alongside', 'jointly with', 'in cooperation with'), on the doers or on the act's verb."""
        out = []
        for owner in [h for h in heads if h.i != t.i] + ([t] if t.pos_ == "VERB" else []):
            for k in owner.children:
                if k.dep_ != "prep":
                    continue
                joined = k.lower_ == "alongside" or k.lower_ == "with" and (
                    any(a.lower_ in ("together", "along", "jointly") for a in k.children) or
                    k.i > 0 and doc.parsed[k.i - 1].lower_ in ("together", "along", "jointly", "cooperation"))
                if not joined:
                    continue
                for g in (g for g in k.children if g.dep_ == "pobj"):
                    for x in [g] + [c for c in g.conjuncts if c.i > g.i]:
                        if self._names_a_doer(doc, x):
                            out += self._actor_names(doc, x)
        return out

    @staticmethod
    def _owns_what_was_hit(root) -> bool:
        """Is the mention (`root`: its span's root token) the owner of an aircraft, a vehicle or a ship told as hit
        ('A Russian military helicopter was shot down', 'downed a Turkish drone')?"""
        noun = root
        while noun.dep_ in ("amod", "compound", "poss", "nmod") and noun.head.i != noun.i:
            noun = noun.head
        return noun.i != root.i and noun.dep_ in ("nsubjpass", "dobj") and \
            noun.lemma_.lower() in AIRCRAFT | INSTRUMENTS | HIT_CRAFT

    def _backed_force(self, doc: Document, head) -> list[str]:
        """'forces backed by the UAE', 'fighters supported by Turkey': a force told by the state that backs it
        and no name of its own, written as news writes it ('UAE-backed forces'); nothing otherwise."""
        if not (head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.i == head.sent.start) or \
                not {x.lower() for x in _stems(head)} & (BARE_FORCES | DOER_NOUNS):
            return []   # ("Fighters backed by Turkey" opening the sentence may be tagged a name)
        span = _np_span(head)
        s0, s1 = span[0].idx, span[-1].idx + len(span[-1])
        if any(m.start < s1 and m.end > s0 and not m.demonym for m in self._mentions):
            return []   # "Houthi fighters backed by Iran": named already
        for k in head.children:
            if k.dep_ != "acl" or k.tag_ != "VBN" or k.lemma_.lower() not in BACKING_VERBS:
                continue
            for g in (g for a in k.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"):
                g0, g1 = g.left_edge.idx, g.right_edge.idx + len(g.right_edge)
                backer = next((m for m in self._mentions if g0 <= m.start < g1 and
                               (m.actor.type or "") in ("state", "coalition")), None)
                if backer is not None:
                    noun = head.lower_ if head.i == head.sent.start else head.text
                    # ", among them the Giants Brigades", ", including the Hamza Division": the named members
                    # acting with them, however the parser hung them
                    listed = MEMBERS_LISTED.match(doc.text, g1)
                    members = [m.actor.name for m in self._mentions if listed and m.start == listed.end()
                               and (m.actor.type or "") in ARMED_TYPES]
                    return [f"{doc.text[backer.start:backer.end]}-backed {noun}"] + members
        return []

    @staticmethod
    def _listed_with_another(doc: Document, m, ms: list) -> bool:
        """Is the mention listed with another of `ms` by 'and' or a comma ('Russian and Ukrainian forces', 'US
        and British warplanes', 'French, Malian and Nigerien troops')?"""
        before = doc.text[max(0, m.start - 5):m.start].lower()
        after = doc.text[m.end:m.end + 5].lower()
        listed = before.endswith(" and ") or before.endswith(", ") or after.startswith(" and ") or \
            after.startswith(", ")
        return listed and any(o is not m and (o.end <= m.start or o.start >= m.end) for o in ms)

    def _launchers(self, doc: Document, weapons: list) -> list[str]:
        """Who the words name as firing or launching the weapons or the attack ('drones launched by the
        Houthis', 'Russian missiles', 'Hezbollah's rockets', 'a Houthi drone attack'); nothing when only
        where they came from is told ('fired from Yemen')."""
        names = []
        for w in weapons:
            senders = _sent_by(w)
            names += [n for g in senders for n in self._actor_names(doc, g) or _subject_text(g)]
            if not senders:
                owners = [k for k in w.children if k.dep_ in ("amod", "compound", "poss", "nmod")
                          and (k.ent_type_ in ("NORP", "GPE", "ORG") or any(
                              m.start <= k.idx < m.end for m in self._mentions))]
                names += [n for k in owners for n in self._actor_names(doc, k)]
        return _dedupe(names)

    def _appointer(self, doc: Document, t) -> list[str]:
        """Who appoints when a passive appointment names no agent ('General Osman was appointed to lead the army,
        the Sudanese government said'; 'Burhan was sworn in as head of the Sovereignty Council'): the side telling
        it, else the state or body whose post it is named in the act's own words, else the state the passage is
        about."""
        told = _reported_clause(t, 5, ("ccomp", "parataxis"))
        subj = [k for k in told.head.children if k.dep_ == "nsubj" and k.pos_ != "PRON"] if told else []
        said = self._actor_names(doc, subj[0]) if subj else []
        if said:
            return said
        appointed = {x.i for k in t.children if k.dep_ == "nsubjpass" for x in k.subtree}
        words = [x for x in t.subtree if x.i not in appointed]
        if words:
            a0, a1 = min(x.idx for x in words), max(x.idx + len(x.text) for x in words)
            bodies = [m for m in self._mentions if a0 <= m.start and m.end <= a1 and not any(
                x.idx <= m.start < x.idx + len(x.text) for x in t.doc if x.i in appointed)
                and (m.actor.type or "") in STATE_SIDE_TYPES | {"state", "legislature"}
                and not self._where_named(t.doc, m)]
            if bodies:
                return _dedupe([m.actor.name for m in bodies])
        sent = t.sent
        if sent.start > 0:
            # "President Ruto reshuffled the military on Monday. General Ogolla was named chief of defence
            # forces": the person or state the sentence before tells acting, in the same paragraph
            before = t.doc[sent.start - 1].sent
            subj = [k for k in before.root.children if k.dep_ == "nsubj" and (
                k.ent_type_ in ("PERSON", "GPE") or k.lemma_.lower() in STATE_NOUNS or any(
                    m.start <= k.idx < m.end and (m.actor.type or "") in STATE_SIDE_TYPES | {"state"}
                    for m in self._mentions))]
            if subj and "\n\n" not in t.doc.text[before.end_char:sent.start_char]:
                named = self._actor_names(doc, subj[0])
                if named:
                    return named
        focus = self._focus_state(doc, t.idx)
        return [focus.name] if focus is not None else []

    @staticmethod
    def _where_named(parsed, m) -> bool:
        """Is a mention the place of a phrase ('commander of the forces in Ukraine'), not the body a post is of?"""
        span = parsed.char_span(m.start, m.end, alignment_mode="expand")
        root = span.root if span is not None else None
        return root is not None and root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "near", "from", "to",
                                                                                  "across", "inside", "into")

    def _gerund_owners(self, t) -> list:
        """The known sides named before a gerund of an act that heads its clause with no subject ('Russian shelling
        hit Kharkiv' read as 'shelling' the root, 'hit' its complement), for the gerund or its complement."""
        g = t if t.tag_ == "VBG" else (t.head if t.dep_ == "xcomp" and t.head.tag_ == "VBG" and t.head.i < t.i
                                       else None)
        if g is None or any(k.dep_ in ("nsubj", "nsubjpass") for k in g.children):
            return []
        return [k for k in g.children if k.dep_ in ("amod", "compound") and k.i < g.i and (
            k.ent_type_ in ("NORP", "GPE", "ORG") or any(m.start <= k.idx < m.end for m in self._mentions))]

    def _sentence_opening_adjective(self, h, t) -> bool:
        """Whether an actor head is the word opening its sentence set as a modifier on the act's noun ('Heavy
        fighting', 'Renewed shelling') that is neither an entity nor a name the actor dictionary knows: the
        parser reads such a capitalised adjective as a name."""
        if h.i != h.sent.start or h.head.i != t.i or h.dep_ not in ("compound", "amod", "nmod") or h.ent_type_:
            return False
        a, b = h.idx, h.idx + len(h.text)
        return not any(m.start < b and a < m.end for m in self._mentions)

    def _participle_owner(self, doc: Document, t) -> list[str]:
        """Who does an act told by a present participle set beside a name ('Sarraj, meeting Erdogan in Ankara,
        promised ...'), or one that participle's words hold ('Zelensky, speaking after talks with Scholz, asked
        ...'): the one the participle describes."""
        cur = t
        for _ in range(4):
            if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.pos_ in ("NOUN", "PROPN") and \
                    not any(k.dep_ in ("nsubj", "nsubjpass") for k in cur.children):
                return self._actor_names(doc, cur.head) or (_subject_text(cur.head) if cur.head.pos_ == "PROPN"
                                                             else [])
            if cur.dep_ not in ("pobj", "prep", "dobj") or cur.head is cur:
                return []
            cur = cur.head
        return []

    def _bare_force(self, name: str) -> bool:
        """Is an actor's text a force that says not whose it is ('troops', 'the garrison', 'Ground forces' opening
        its sentence, 'The contingent'), not a name the dictionary knows?"""
        words = name.split()
        return bool(words) and words[-1].lower() in BARE_FORCE_WORDS and not any(ch.isupper() for ch in name[1:]) \
            and (self.actors is None or name not in self.actors)

    def _antecedent_side(self, doc: Document, c: Candidate) -> list[str]:
        """The one state or state force told acting in the two sentences before the act's and its own up to the
        trigger ('Russia deployed peacekeepers to the enclave. The contingent of 2,000 troops arrived ...', 'Israel
        widened its offensive. Ground forces entered Gaza'), by its armed forces' name: whom a force told without
        its owner belongs to. Nothing when two sides act there, or one of them is what the act befalls."""
        if self.actors is None or c.trig.lemma_.lower() in RECIPROCAL_VERBS or \
                c.trig.head.lemma_.lower() in RECIPROCAL_VERBS:
            return []   # "troops exchanged mortar fire along the line": both sides' troops
        k = bisect.bisect_right(self._unit_starts, c.sent.start_char) - 1
        a = self._unit_starts[max(0, k - 2)]
        b = c.sent.end_char
        sides = {}
        for m in self._mentions:
            typ = m.actor.type or ""
            if not (a <= m.start < b) or typ not in STATE_SIDE_TYPES | {"state"}:
                continue
            if not self._acting(doc, m):
                continue
            if m.start >= c.trig.idx and m.start >= c.sent.start_char:
                # later in the act's own sentence: another side acting there ("... as Ukrainian units entered")
                sides.setdefault((m.actor.country or m.actor.name).upper(), None)
                continue
            actor = m.actor
            if typ == "government" and actor.country:
                # "the State Department said ... Paratroopers were sent": an office speaks for its state's forces
                actor = _states_by_country(self.actors).get(actor.country.upper())
                if actor is None:
                    continue
            names = self._forces_named(actor) if (actor.type or "") == "state" else (_carried_out_by(actor),)
            sides[(m.actor.country or m.actor.name).upper()] = names
        if len(sides) != 1:
            return []
        names = next(iter(sides.values()))
        if not names or set(names) & set(c.targets):
            return []
        return list(names)

    @staticmethod
    def _subject_before_participle(subj):
        """The parser's subject `subj` when it is the aside closing a participle's clause set before it ('President
        Putin, meeting the head of the committee, Alexander Bastrykin, called ...': Bastrykin names the head): the
        name before that clause (Putin), who is the subject; None when `subj` is no such aside."""
        doc = subj.doc
        verb = subj.head
        if subj.dep_ != "nsubj" or subj.left_edge.i < 2 or doc[subj.left_edge.i - 1].text != ",":
            return None
        before = doc[subj.left_edge.i - 2].i
        for k in verb.children:
            if k.dep_ == "advcl" and k.tag_ == "VBG" and k.i < subj.i and k.left_edge.i >= 2 and \
                    before in {x.i for x in k.subtree} and doc[k.left_edge.i - 1].text == ",":
                owner = doc[k.left_edge.i - 2]
                if owner.pos_ == "PROPN" and owner.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
                    return owner
        return None

    @staticmethod
    def _fallen_to(t) -> list:
        """Who a place fell to: the object of 'to' ('fell to the rebels'), the owner of the hands or the control
        it fell into or under ('fell into the hands of the MNDAA', 'fell under Taliban control')."""
        out = []
        for k in t.children:
            if k.dep_ != "prep" or k.lower_ not in ("to", "into", "under"):
                continue
            for g in k.children:
                if g.dep_ != "pobj":
                    continue
                if g.lemma_.lower() in ("hand", "control", "grip", "sway", "rule"):
                    out += [x for x in g.children if x.dep_ in ("poss", "compound", "amod") and x.pos_ != "DET"]
                    out += [o for x in g.children if x.dep_ == "prep" and x.lower_ == "of"
                            for o in x.children if o.dep_ == "pobj"]
                elif k.lower_ == "to":
                    out.append(g)
        return out

    @staticmethod
    def _speaker_hit(t, actors: list, targets: list) -> tuple[list, list]:
        """A side telling of an act done to it without a doer ('The navy says six of its men were wounded',
        'the military said 170 drones had been fired'): the speaker was hit, it did not act; its own men hit
        make it a target. A speaker telling of others hit ('the army said 20 militants were killed') stays."""
        passive = [k for k in t.children if k.dep_ == "nsubjpass"] or [k for k in t.children if k.dep_ == "auxpass"]
        if not passive or any(k.dep_ == "agent" for k in t.children):
            return actors, targets
        told = _reported_clause(t, 4, ("ccomp", "parataxis"))
        if told is None:
            return actors, targets
        speakers = [k for k in told.head.children if k.dep_ == "nsubj"]
        hit = passive[0]
        own = hit.dep_ == "nsubjpass" and any(x.dep_ == "poss" and x.lower_ in ("its", "their", "our", "his", "her")
                                              for x in hit.subtree)
        # "it says mosques and homes were hit": hit told by a side, with no subject the parser found
        sent = t.lemma_.lower() in SENDING_VERBS or hit.dep_ == "auxpass" and t.lemma_.lower() in (
            "hit", "strike", "target", "bomb", "shell", "attack")
        if not speakers or not (own or sent):
            return actors, targets
        ids = {k.i for k in speakers}
        return [h for h in actors if h.i not in ids], targets + ([h for h in speakers if own and h not in targets])

    def _statement_speaker(self, doc: Document, t) -> list[str]:
        """Who makes a statement: the subject of the verb of speaking whose words hold its trigger ('President
        Duque said on Friday the talks with the ELN were over', 'the group's demands were unacceptable, the
        prime minister said'), else the source 'according to' names ('According to the minister, ...'); nothing
        when the trigger is a verb of speaking with a subject of its own ('the ELN warned ...'), who speaks."""
        if any(k.dep_ == "nsubj" for k in t.children):
            return []   # "the ministry condemned the strikes, according to AFP": the ministry
        cur = t
        for _ in range(6):
            if cur.dep_ in ("ccomp", "parataxis", "xcomp", "conj") and cur.head.pos_ in ("VERB", "AUX") and \
                    cur.head.lemma_.lower() in STATING_VERBS:
                subj = [k for k in cur.head.children if k.dep_ == "nsubj"]
                names = self._actor_names(doc, subj[0]) if subj else []
                if names:
                    return names
            if cur.head is cur:
                break
            cur = cur.head
        for x in t.sent:
            if x.lower_ == "according" and x.i + 1 < len(x.doc) and x.doc[x.i + 1].lower_ == "to":
                source = [g for g in x.doc[x.i + 1].children if g.dep_ == "pobj"]
                names = self._actor_names(doc, source[0]) if source else []
                if names:
                    return names
        return []

    def _speakers_side(self, doc: Document, t) -> list[str]:
        """The side of whoever tells the clause that holds `t` ('Israeli military spokesman Daniel Hagari said
        [troops had encircled Gaza City]'): its armed force, by `_side_of`; nothing when no one tells it."""
        told = _reported_clause(t, 5, ("ccomp", "parataxis"))
        subj = [k for k in told.head.children if k.dep_ == "nsubj" and k.pos_ != "PRON"] if told else []
        return self._side_of(doc, subj[0]) if subj else []

    def _other_side_in_paragraph(self, doc: Document, at: int, side: list[str]) -> bool:
        """Does the paragraph at `at` name an armed side or a state other than `side` ('Hamas fighters',
        'Russian units'), so that a force told without its owner may be either's?"""
        mine = {self.actors.get(n).country or n for n in side if self.actors.get(n) is not None} | set(side)
        breaks = self._para_breaks
        k = bisect.bisect_right(breaks, at)
        a, b = (breaks[k - 1] if k else 0, breaks[k] if k < len(breaks) else len(doc.text) + 1)
        for m in self._mentions:
            typ = m.actor.type or ""
            if a <= m.start < b and (typ in ARMED_TYPES or typ in NONSTATE_TYPES or typ == "state") and \
                    (m.actor.country or m.actor.name) not in mine and m.actor.name not in mine and \
                    (typ != "state" or self._acting(doc, m)):
                return True
        return False

    def _told_before_with_other_side(self, doc: Document, c: Candidate, bare: list[str], side: list[str]) -> bool:
        """Was the force told before, in a sentence that names another side ('2,000 troops would leave the
        United States: the 1,700 paratroopers bound for Poland ... the first paratroopers landed at Rzeszow,
        Polish officials said'), so that the noun refers back to that side's force, not the speaker's?"""
        mine = {self.actors.get(n).country or n for n in side if self.actors.get(n) is not None} | set(side)
        words = {a.split()[-1].lower() for a in bare}
        lemmas = {x.lemma_.lower() for x in c.sent if x.lower_ in words}
        for x in doc.parsed[:c.sent.start]:
            if x.lemma_.lower() not in lemmas:
                continue
            a, b = x.sent.start_char, x.sent.end_char
            if any(a <= m.start < b and ((m.actor.type or "") in ARMED_TYPES | {"state", "government"} or
                                         (m.actor.type or "") in NONSTATE_TYPES)
                   and (m.actor.country or m.actor.name) not in mine and m.actor.name not in mine
                   for m in self._mentions):
                return True
        return False

    def _side_of(self, doc: Document, speaker) -> list[str]:
        """The armed side a speaker speaks for: a state's forces ('the Polish army', 'Kyiv'), an armed group
        or force itself, a person's by what the report writes beside the name ('Israeli military spokesman
        Daniel Hagari'); a post owned by a person or a body ('His spokesman' after the Ukrainian commander
        Ihor Marchenko, 'a spokesman for the Polish army') by the owner's. Nothing when it names none."""
        if self.actors is None:
            return []
        # ("..., Kyiv said": a capital speaks for its state)
        names = [self._state_of_capital(doc, n) or n for n in self._actor_names(doc, speaker)]
        people = {e.canonical or e.text for e in doc.entities if e.label == "PERSON"}
        sides = []
        for n in names:
            actor = self.actors.get(n)
            if actor is None and n in people:
                aff = self._affiliation(doc, n, [])
                actor = self.actors.get(aff[0]) if aff else None
            if actor is None:
                continue
            # (a state's words only: an armed group calls its own men fighters, and 'soldiers' in its
            # mouth are the army it fights: "Hamas said soldiers had killed three civilians")
            typ = actor.type or ""
            if typ == "state":
                sides.extend(self._forces_named(actor))
            elif typ in STATE_SIDE_TYPES:
                sides.append(_carried_out_by(actor))
        if sides:
            return _dedupe(sides)
        if speaker.lemma_.lower() in _post_nouns() or speaker.lemma_.lower() in ("spokesman", "spokeswoman",
                                                                                "spokesperson"):
            owners = [g for k in speaker.children if k.dep_ == "prep" and k.lower_ in ("for", "of")
                      for g in k.children if g.dep_ == "pobj"]
            if owners:
                return self._side_of(doc, owners[0])
            own = next((k for k in speaker.children if k.dep_ == "poss" and k.lower_ in ("his", "her")), None)
            person = self._person_before(doc, own.idx) if own is not None else None
            aff = self._affiliation(doc, person, []) if person else []
            actor = self.actors.get(aff[0]) if aff else None
            if actor is not None and actor.type == "state":
                return list(self._forces_named(actor))
            if actor is not None and actor.type in STATE_SIDE_TYPES:
                return [_carried_out_by(actor)]
        return []

    # -- common nouns for named actors ------------------------------------------------------------
    def _named_for_common(self, doc: Document, c: Candidate) -> list[str]:
        """Each actor given by common nouns only ('the group', 'the army', 'government troops', 'the
        alliance', 'the president') is the named actor they refer back to, when the report has named one
        (`_referent`); a machine, a weapon or a place given as actor ('a swarm of drones', 'the capital')
        is dropped, for it acts for someone else."""
        out = []
        places = {p.mention for p in doc.places if (p.kind or "") in SMALL_PLACE_KINDS}
        for a in c.actors:
            words = a.split()
            if a in places and (self.actors is None or a not in self.actors):
                head = self._head_in(c, words[-1])
                while head is not None and head.dep_ == "conj" and head.head.i < head.i:
                    head = head.head   # "Baku and Yerevan signed a deal": the subject both make
                if head is None or head.dep_ not in ("nsubj", "nsubjpass"):
                    continue   # "between Ansongo and Menaka", "the Inates camp": a place, not who acted
                state = self._state_of_capital(doc, a) if head.dep_ == "nsubj" else None
                if state:
                    out.append(state)   # "Paris withdrew its ambassador": the capital acts for its state
                    continue
            known = self.actors is not None and a in self.actors
            if words and not known and words[0].lower() in ("their", "its", "his", "her", "our", "my", "your"):
                continue   # "they will join 1,700 of their comrades": whose, unread, names no one
            if words and not known and words[-1][:1].islower() and any(ch.isupper() for ch in a[1:]) and \
                    (words[-1].lower() in INSTRUMENTS or words[-1].lower().rstrip("s") in INSTRUMENTS):
                continue   # "around 15 Leopard 2 tanks are to be deployed": a machine, though its make is a name
            if not words or any(ch.isupper() for ch in a[1:]) or known:
                out.append(a)
                continue
            head = self._head_in(c, words[-1])
            if head is None:
                out.append(a)
                continue
            lemma = head.lemma_.lower()
            if lemma in INSTRUMENTS or head.lower_ in INSTRUMENTS or lemma in PLACE_NOUNS or lemma in ACT_NOUNS:
                continue   # "struck by a swarm of drones", "the capital", "its invasion": not who acted
            if any(k.dep_ == "prep" and k.lower_ == "of" for k in head.children) and lemma in ("swarm", "wave"):
                continue
            named = self._referent(doc, head, exclude=set(c.targets))
            out.extend(named or [a])
        return _dedupe(out)

    def _state_of_capital(self, doc: Document, mention: str) -> str | None:
        """The state whose capital a place mention names ('Paris' -> France, 'Kyiv' -> Ukraine), by the
        gazetteer's reading of the mention and the capitals' table; None for any other place."""
        for p in doc.places:
            cc = (p.country or "").upper()
            if p.mention == mention and cc and (p.kind or "") == "city" and \
                    _capital_names().get(cc) == (p.name or p.mention):
                state = _states_by_country(self.actors).get(cc)
                return state.name if state is not None else None
        return None

    @staticmethod
    def _head_in(c: Candidate, word: str):
        """The token of the candidate's sentence that ends the actor's words, the one nearest its trigger."""
        toks = [x for x in c.sent if x.text == word]
        return min(toks, key=lambda x: abs(x.i - c.trig.i)) if toks else None

    @staticmethod
    def _noun_kind(head) -> str | None:
        lemma = head.lemma_.lower()
        if lemma == "force" and any(k.lower_ == "air" for k in head.lefts):
            lemma = "airforce"
        for kind, nouns in REFERRING_NOUNS.items():
            if lemma in nouns or head.lower_ in nouns:
                return kind
        return None

    def _referent(self, doc: Document, head, exclude: set = frozenset()) -> list[str]:
        """The named actor a definite common noun phrase refers back to: the last actor of its kind told
        before it in the report ('the group' a non-state group, 'the alliance' a coalition, 'the mission' a
        body of states; a noun that ends a name, 'the Council' after 'the UN Security Council', that actor
        first). 'The army', 'the troops' are the forces of the last state named as acting (a subject, a
        possessor, the adjective of a force: 'Malian soldiers'), not of one named as a place ('flew to
        Romania'), else of the state the report is about, as 'government troops' and 'the government' are.
        A phrase that brings in a new actor ('an armed group', 'foreign forces', 'another group') and a bare
        plural ('rebels', 'troops', which may be anyone's) name none. A title ('the president', 'the
        chancellor') names the person who was given it."""
        lefts = [x for x in head.lefts]
        words = {x.lower_ for x in lefts}
        if words & NEW_REFERENT or any(x.like_num for x in lefts if x.dep_ == "nummod"):
            return []
        if any(x.dep_ == "poss" for x in lefts):
            return []   # "its fighters", "the militia's fighters": whose, read by the possessor
        governed = any(x.lower_ in ("government", "junta", "regime") and x.i < head.i for x in lefts)
        definite = bool(words & DEFINITE) or governed
        kind = self._noun_kind(head)
        if not definite:
            return []
        if kind is None:
            if head.tag_ == "NN" and head.lemma_.lower() in _post_nouns():
                return self._titled_person(doc, head)
            return []
        if governed and kind == "military" or kind == "government" and head.lemma_.lower() in STATE_NOUNS:
            focus = self._focus_state(doc, head.idx)
            if focus is not None:
                return list(self._forces_named(focus)) if kind == "military" else [focus.name]
            if governed:
                return []
        start = head.left_edge.idx
        found = []   # (named by the noun, position, names) of the compatible actors named before
        noun = head.lemma_.lower()
        wider = {"international_organisation"} if kind in ("government", "alliance", "mission") else set()
        for m in self._mentions:
            if m.end > start or start - m.end > COLLECTIVE_REACH_CHARS:
                continue
            typ = m.actor.type or ""
            if typ not in REFERRED_TYPES[kind] | wider:
                continue
            named_by_noun = not m.demonym and noun in re.findall(r"[a-z]+", (m.text + " " + m.actor.name).lower())
            if typ not in REFERRED_TYPES[kind] and not named_by_noun:
                continue
            if kind == "nonstate" and m.actor.name == UNKNOWN_GROUP:
                continue
            names = (_carried_out_by(m.actor),)
            if kind == "mission" and typ in ("state", "state_military") and noun != "peacekeeper":
                continue   # "the mission" is a body of states, not one of them; its peacekeepers may be one's
            if (kind == "military" or kind == "mission" and typ in ("state", "state_military")) and \
                    not self._acting(doc, m):
                continue   # "flew to Romania", "the Ukrainian border", "training Ukrainian forces": not the side acting
            if kind == "military" and typ == "state":
                names = self._forces_named(m.actor)
            if set(names) & exclude or m.actor.name in exclude:
                continue
            found.append((2 if named_by_noun else 1, m.start, names))
        if kind == "military" and len({f[2] for f in found}) != 1:
            # "Russian forces pulled back as Ukrainian units entered the city. The troops ...": two sides acting
            # shortly before, no guess; but "the army" is the army of the state the passage is about
            if head.lemma_.lower() in ("army", "military") and head.tag_ == "NN":
                focus = self._focus_state(doc, head.idx)
                return list(self._forces_named(focus)) if focus is not None else []
            return []
        if not found:
            return []
        names = list(max(found, key=lambda f: (f[0], f[1]))[2])
        return _dedupe([n for a in names for n in [a] + self._force_of_unit(a)])

    def _air_power_named(self, doc: Document, c: Candidate) -> list[str]:
        """'Air strikes hit the market' with no doer: the one state or coalition its paragraph names as acting
        (a subject, 'Russian jets', 'the Israeli army') up to the end of the sentence; none when it names two."""
        if _answered(c.trig):
            return []   # "Israeli jets struck Gaza in response to the rocket attack": not the side striking back
        text = doc.text
        para = max(text.rfind("\n\n", 0, c.trig.idx), 0)
        end = c.sent.end_char
        sides = []
        for m in self._mentions:
            typ = m.actor.type or ""
            if not (para <= m.start < end) or typ not in ("state", "state_military", "coalition"):
                continue
            if not self._acting(doc, m) or self._speaks(doc, m):
                continue   # "Armenia said ... ending two days of drone attacks": who tells, not who struck
            names = self._forces_named(m.actor) if typ == "state" else (_carried_out_by(m.actor),)
            if set(names) & set(c.targets):
                continue
            side = m.actor.country or m.actor.name
            sides.append((side, names))
        if len({s for s, _ in sides}) != 1:
            return []
        return list(sides[-1][1])

    def _affiliation(self, doc: Document, name: str, others: list) -> list[str]:
        """The force, group or state a person named as actor belongs to, as the report writes it beside his
        name anywhere ('Wagner chief Yevgeny Prigozhin', 'Israeli military spokesman Daniel Hagari', 'Kenyan
        President William Ruto', 'Lawrence Kanyuka, the M23 spokesman'); nothing for a name that is not a
        person's or that the report gives no side."""
        cache = getattr(self, "_aff_cache", None)
        if cache is None or cache[0] is not doc:
            cache = self._aff_cache = (doc, {})
        if name not in cache[1]:
            cache[1][name] = self._affiliation_of(doc, name)
        got = cache[1][name]
        if not got or any(self._related is not None and self._related(got, o) for o in others if o != name):
            return []
        return [got]

    def _affiliation_of(self, doc: Document, name: str) -> str | None:
        # the person by his whole name or his surname alone ('Prigozhin' after 'Yevgeny Prigozhin')
        people = [e for e in doc.entities if e.label == "PERSON" and ((e.canonical or e.text) == name or (
            " " not in name and (e.canonical or e.text).endswith(" " + name)))]
        if not people or self.actors is not None and name in self.actors:
            return None
        for e in people:
            span = doc.parsed.char_span(e.start, e.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            np_head = root.head if root.dep_ in ("appos", "compound") and root.head.pos_ in ("NOUN", "PROPN") \
                else root
            np = _np_span(np_head)
            windows = [(np[0].idx, e.start)]   # the words before the name: "Wagner chief", "Kenyan President"
            for k in root.children:   # "Lawrence Kanyuka, the M23 spokesman,": an aside right after the name
                if k.dep_ == "appos" and k.left_edge.i > 0 and doc.parsed[k.left_edge.i - 1].text == "," and \
                        k.left_edge.i - 2 == span[-1].i:
                    windows.append((k.left_edge.idx, k.right_edge.idx + len(k.right_edge)))
            for a0, a1 in windows:
                for m in self._mentions:
                    if a0 <= m.start and m.end <= a1 and (m.actor.type or "") not in REPORTING_TYPES:
                        return m.actor.name
        return None

    @staticmethod
    def _speaks(doc: Document, m) -> bool:
        """Is the mention the subject of a verb of saying, blaming or judging ('Armenia said ...', 'the Israeli
        military says ...', 'Kyiv blamed Moscow')?"""
        span = doc.parsed.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        while root.dep_ in ("amod", "compound", "poss", "nmod") and root.head.i != root.i:
            root = root.head
        # "Washington has blamed earlier rocket fire on militias", "Baghdad condemned the strikes": who lays
        # an act at another or judges it tells of it too
        return root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS | STATING_VERBS | ACCUSE_VERBS | \
            JUDGING_VERBS

    def _acting(self, doc: Document, m) -> bool:
        """Is a state's mention one of a side that acts: the subject of a clause ('Mali sent ...'), the
        possessor or the adjective of a force or of its people ('Sudan's government', 'Malian soldiers')?"""
        span = doc.parsed.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        # "Two Iraqi air defence soldiers were wounded", "Three members of the coalition were hurt": a side
        # whose people an act befell suffered it
        noun = root.head if root.dep_ in ("poss", "amod", "compound", "nmod") else root
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head
        if _befallen(noun):
            return False
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        if root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "pobj" and root.head.dep_ == "agent":
            return True
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ in ("nsubj", "nsubjpass") and \
                _stems(root.head.head) & (ARMED_NOUNS | STATE_FORCE_NOUNS):
            return True   # "Fighters of the Arakan Army captured ...", "troops of the 82nd Airborne Division landed"
        if root.dep_ in ("poss", "amod", "compound", "nmod") and root.head.pos_ in ("NOUN", "PROPN"):
            # "Malian soldiers", "Sudan's government"; not "Palestinian militants", a group of that people
            return bool(_stems(root.head) & STATE_FORCE_NOUNS)
        return False

    def _focus_state(self, doc: Document, at: int):
        """The state the passage at `at` is about: the country its actors' mentions (a state, its forces, its
        government, its adjective) and, half as much, its places name most often, by a clear margin, in its
        paragraph, else in the whole report; else None (an army in Gaza is told of as Israel's, not by Gaza)."""
        cache = getattr(self, "_focus_cache", None)
        if cache is None or cache[0] is not doc:
            cache = self._focus_cache = (doc, {})
        # (its paragraph: from the blank line before it to the next; no mention starts in a blank line)
        breaks = self._para_breaks
        k = bisect.bisect_right(breaks, at)
        para = (breaks[k - 1] if k else 0, breaks[k] if k < len(breaks) else len(doc.text) + 1)
        for a, b in (para, (0, len(doc.text) + 1)):
            if (a, b) not in cache[1]:
                cache[1][(a, b)] = self._most_named_state(doc, a, b)
            if cache[1][(a, b)] is not None:
                return cache[1][(a, b)]
        return None

    def _one_state_acting(self, doc: Document):
        """The state the whole report is about (_most_named_state), when the sides it tells acting (a subject,
        the adjective of a force) are that state's two to one against any other; else None (a war report
        telling of both sides' moves)."""
        state = self._most_named_state(doc, 0, len(doc.text) + 1)
        if state is None:
            return None
        counts: dict = {}
        for m in self._mentions:
            if (m.actor.type or "") in STATE_SIDE_TYPES | {"state"} and self._acting(doc, m):
                cc = (m.actor.country or m.actor.name).upper()
                counts[cc] = counts.get(cc, 0) + 1
        own = counts.pop((state.country or state.name).upper(), 0)
        return state if own and all(own >= 2 * n for n in counts.values()) else None

    def _hosting(self, doc: Document, c: Candidate, side: list[str]) -> bool:
        """Is the speaker's side the state a force told without its owner arrives in or is moved to ('the first
        paratroopers landed at Rzeszow, Polish officials said', 'troops arrived in Tapa, Estonian officials
        said'): a host telling of a foreign force, not of its own?"""
        if c.kind not in ("deployment", "troop_level") or self.actors is None:
            return False
        homes = {(a.country or "").upper() for a in (self.actors.get(n) for n in side) if a is not None} - {""}
        t = c.trig
        where = [g for k in t.children if k.dep_ == "prep" and k.lower_ in ("at", "in", "to", "into")
                 for g in k.subtree if g.dep_ in ("pobj", "compound", "appos", "conj")]
        for g in where:
            for p in doc.places:
                if p.start <= g.idx < p.end and (p.country or "").upper() in homes:
                    return True
        return False

    def _most_named_state(self, doc: Document, a: int, b: int):
        counts: dict = {}
        for m in self._mentions:
            cc = (m.actor.country or "").upper()
            if a <= m.start < b and cc and (m.actor.type or "") in ("state", "state_military", "government", "police",
                                                                    "legislature"):
                counts[cc] = counts.get(cc, 0) + 1
        actors = dict(counts)
        for p in doc.places:
            cc = (p.country or "").upper()
            if a <= p.start < b and cc:
                counts[cc] = counts.get(cc, 0) + 0.5   # where things happen counts, who acts more
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and (len(ranked) == 1 or ranked[0][1] >= 1.5 * ranked[1][1]) and ranked[0][1] >= 3 and \
                actors.get(ranked[0][0], 0) >= 2:
            return _states_by_country(self.actors).get(ranked[0][0])
        return None

    def _forces_named(self, state) -> tuple:
        """A state's armed forces by the dictionary's name ('Mali' -> 'Malian Armed Forces'), with the state
        when that name does not say whose they are ('Tatmadaw', Myanmar); else the state."""
        forces = self.actors.forces_of(state.name) if self.actors is not None else None
        if not forces:
            return (state.name,)
        stems = {w[:4].lower() for w in [state.name, *state.demonyms] if len(w) >= 4}
        return (forces,) if any(w[:4].lower() in stems for w in re.findall(r"[A-Za-z]{4,}", forces)) \
            else (forces, state.name)

    def _titled_person(self, doc: Document, head) -> list[str]:
        """'the chancellor', 'the defence minister': the person named last before with that title written
        before the name ('Chancellor Olaf Scholz') or beside it ('Olaf Scholz, the German chancellor,')."""
        title = head.lemma_.lower()
        best = None
        for e in self._ents:
            if e.label_ != "PERSON" or e.end_char > head.left_edge.idx:
                continue
            near = [x.lemma_.lower() for x in head.doc[max(e.start - 4, 0):e.start]]
            beside = [x.lemma_.lower() for x in head.doc[e.end:min(e.end + 6, len(head.doc))]]
            if "," in [x.text for x in head.doc[e.end:e.end + 1]] and title in beside or title in near:
                best = e
        if best is None:
            return []
        known = next((x for x in doc.entities if x.start == best.start_char), None)
        return [known.canonical if known is not None and known.canonical else best.text]

    def _named_on_noun(self, doc: Document, t) -> list[str]:
        """The actors named among the words before a noun of an act ('a Saudi-led coalition air strike',
        'Turkish drone strikes'): known armed forces, states and groups, not the place it hit."""
        words = [x for x in t.lefts if x.dep_ in ("amod", "compound", "nmod")]
        if not words:
            return []
        a0 = min(x.left_edge.idx for x in words)
        a1 = t.idx
        ms = [m for m in self._mentions if a0 <= m.start and m.end <= a1
              and (m.actor.type or "") in ARMED_TYPES | {"state"}]
        precise = [m for m in ms if not m.demonym]
        return _dedupe([_carried_out_by(m.actor) for m in (precise or ms)])

    def _force_of_unit(self, name: str) -> list[str]:
        """'Tanks of the 401st Brigade', 'the Golani Brigade': a unit whose name does not say whose it
        is belongs to the armed forces above it (the IDF); 'Israeli Air Force' says it already."""
        unit = self.actors.get(name) if self.actors is not None else None
        if unit is None or unit.type != "state_military" or not unit.parent or \
                not re.search(r"\b(?:Brigade|Division|Corps|Regiment|Battalion|Squadron)\b", name):
            return []   # a service ("US Army", "Russian Aerospace Forces") names its state in its name
        force = self.actors.get(unit.parent)
        if force is None or force.type != "state_military":
            return []
        stems = {w[:5].lower() for w in re.findall(r"[A-Za-z]{4,}", force.name)}
        stems -= {"armed", "force", "defen", "milit", "army"}
        if any(w[:5].lower() in stems for w in re.findall(r"[A-Za-z]{4,}", name)):
            return []
        return [force.name]

    def _accused(self, doc: Document, t) -> list[str]:
        """Who an act is laid at: 'X accused Y of shelling ...', 'Y was accused of the massacre', 'X
        blamed Y for the strike', 'the attack was blamed on Y', 'a drone attack blamed on Y'."""
        heads = []
        cur = t
        for _ in range(3):
            # "accused Israel of violating the treaty by deploying troops": up through the means and the acts
            # the charge is made of, to the verb that lays it
            if cur.dep_ in ("pcomp", "pobj") and cur.head.dep_ == "prep" and cur.head.lower_ in ("of", "for", "with"):
                verb = cur.head.head
                if verb.pos_ == "VERB" and verb.lemma_.lower() in ACCUSE_VERBS:
                    heads = [k for k in verb.children if k.dep_ in ("dobj", "nsubjpass")]
                    break
            if cur.dep_ not in ("pcomp", "pobj", "prep", "conj") or cur.head is cur or \
                    any(k.dep_ in ("nsubj", "nsubjpass") for k in cur.children):
                break
            cur = cur.head
        if not heads and t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.lower_ == "responsible":
            # "Israel held Hezbollah responsible for the rocket strike", "the group is responsible for the attack"
            responsible = t.head.head
            if responsible.dep_ == "amod" and responsible.head.pos_ in ("NOUN", "PROPN"):
                heads = [responsible.head]
            elif responsible.dep_ in ("acomp", "oprd", "xcomp", "ccomp"):
                verb = responsible.head
                heads = [k for k in verb.children if k.dep_ == "dobj"] or [
                    k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass") and k.pos_ != "PRON"]
        # "blamed the rocket fire on ...": the act is the noun the trigger's word is set on
        act = t.head if t.dep_ == "compound" and t.head.pos_ == "NOUN" else t
        blames = [k for k in act.children if k.dep_ == "acl" and k.lemma_.lower() == "blame"]
        if act.dep_ in ("dobj", "nsubjpass") and act.head.lemma_.lower() == "blame":
            blames.append(act.head)
        for verb in blames:
            heads += [g for k in verb.children if k.dep_ == "prep" and k.lower_ == "on"
                      for g in k.children if g.dep_ == "pobj"]
        if blames and not heads:
            # "Washington blamed earlier rocket fire on militias": the parser hung 'on' on the act itself, beside
            # what the act hit ("rocket fire on bases and on the embassy on militias"): the last 'on' naming
            # people who fight or a side
            laid = [g for k in act.children if k.dep_ == "prep" and k.lower_ == "on"
                    for g in k.children if g.dep_ == "pobj" and self._names_a_doer(doc, g)]
            heads = laid[-1:]
        heads += [c for h in heads for c in h.conjuncts if c.i > h.i]
        return _dedupe([n for h in heads for n in self._actor_names(doc, h) or _subject_text(h)])

    def _denier(self, doc: Document, t) -> list[str]:
        """'Reports that the drones had been launched from Iraq were denied by Iraq's prime minister',
        'the government denied that chemical weapons had been used': an act told without its doer
        inside a denial is denied by the side it is laid at, which is who the denial names."""
        if t.dep_ == "pobj" and t.head.lower_ == "under" and t.head.head.lemma_.lower() in UNDERGO_VERBS:
            return []   # "officials denied the country had come under attack": the denier was the target
        cur = t
        for _ in range(4):
            if cur.head is cur:
                return []
            cur = cur.head
            if cur.pos_ == "VERB" and cur.lemma_.lower() in SPEECH_VERBS and cur.lemma_.lower() not in DENY_VERBS \
                    and cur.dep_ not in ("nsubj", "nsubjpass", "dobj"):
                return []   # "the army said reports ... were denied": told by another
            if cur.pos_ == "VERB" and cur.lemma_.lower() in DENY_VERBS:
                doers = [g for k in cur.children if k.dep_ == "agent" for g in k.children if g.dep_ == "pobj"]
                doers = doers or [k for k in cur.children if k.dep_ == "nsubj" and k.pos_ != "PRON"]
                return _dedupe([n for h in doers for n in self._actor_names(doc, h)])
        return []

    def _agents_told_when(self, doc: Document, t) -> list[str]:
        """The agent of a passive clause that tells how a passive act came about ('soldiers were
        killed when their convoy was ambushed by jihadists', 'as the post was overrun by rebels')."""
        if not any(k.dep_ == "nsubjpass" for k in t.children) or any(k.dep_ == "agent" for k in t.children):
            return []
        for k in t.children:
            if k.dep_ == "advcl" and any(m.lower_ in ("when", "as") and m.dep_ in ("advmod", "mark") for m in k.children):
                agents = [g for a in k.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
                return _dedupe([n for g in agents for n in self._actor_names(doc, g) or _subject_text(g)])
        return []

    def _sides_between(self, doc: Document, t) -> list[str]:
        """'Fighting broke out around the camp between the army and the rebels': the two sides a
        battle's own clause names after 'between', wherever the parser hung it."""
        verb = t.head
        sides = []
        for x in verb.subtree:
            if x.dep_ == "prep" and x.lower_ == "between":
                owner = next((a for a in x.ancestors if a.pos_ in ("VERB", "AUX")), None)
                if owner is not None and owner.i == verb.i:
                    for g in (g for g in x.children if g.dep_ == "pobj"):
                        for h in [g] + list(g.conjuncts):
                            sides += self._actor_names(doc, h) or _subject_text(h)
        return _dedupe(sides)

    def _statement_issuer(self, doc: Document, before: int) -> list[str]:
        """The actor a statement quoted before `before` is from ('statement of the Turkish Ministry
        of National Defence', 'the army said in a statement', 'in a statement, the ministry said'):
        the 'we' and 'our' of its numbered points and quoted paragraphs. The last one named wins."""
        text = doc.text[:before]
        windows = []   # (start, end) of the text that names the issuer
        for m in re.finditer(r"\b(?:statement|communiqu[eé]|press release|declaration)s?\s+(?:of|by|from|issued by)"
                             r"\s+|\bin\s+an?\s+(?:statement|communiqu[eé]|press release)\s*,\s*", text, re.I):
            stop = re.search(r"[\n:;.,\"“]|\s(?:said|says|on|in)\s", text[m.end():m.end() + 80])
            windows.append((m.end(), m.end() + (stop.start() if stop else 80)))
        for m in re.finditer(r"\s+(?:said|says|stated|announced)\s+in\s+an?\s+(?:statement|communiqu[eé]|press release)",
                             text, re.I):
            start = max(text.rfind(c, 0, m.start()) for c in ".\n\"“") + 1
            windows.append((max(start, m.start() - 80), m.start()))
        found = []   # (position, actor name)
        for w0, w1 in windows:
            inside = [m for m in self._mentions if w0 <= m.start and m.end <= w1]
            precise = [m for m in inside if not m.demonym]
            for m in (precise or inside)[:1]:
                found.append((m.start, _carried_out_by(m.actor)))
        return [max(found)[1]] if found else []

    def _first_person_voice(self, doc: Document, head) -> list[str]:
        """A report written as 'we' (a press release: 'we have completed the withdrawal of our forces ... the
        last French soldiers left'): outside quotation marks, 'we' and 'our' are the first armed force or
        government the text names as acting (a subject, 'French soldiers'); inside quotes they are a
        speaker's, read elsewhere."""
        text = doc.text
        line = text[text.rfind("\n", 0, head.idx) + 1:head.idx]
        if sum(line.count(q) for q in '"“”') % 2:
            return []   # within a quotation
        voice = [m for m in re.finditer(r"\b(?:we|our|us)\b", text, re.I)
                 if not sum(text[text.rfind("\n", 0, m.start()) + 1:m.start()].count(q) for q in '"“”') % 2]
        if len(voice) < 3:
            return []
        for m in self._mentions:
            if (m.actor.type or "") in {"state_military", "government", "coalition", "state"} | NONSTATE_TYPES and \
                    (m.demonym or (m.actor.type or "") != "state") and self._acting(doc, m):
                if m.demonym and (m.actor.type or "") == "state":
                    return list(self._forces_named(m.actor))
                return [_carried_out_by(m.actor)]
        return []

    def _first_conjunct_actors(self, doc: Document, t, kind: str) -> list[str]:
        """'Rockets and mortar rounds fired by Hamas', 'Russian jets and drones': the second of two
        conjoined nouns shares the first one's owner and agent."""
        heads, _ = _roles(t.head, kind)
        return _dedupe([a for h in heads if h.i != t.i for a in self._actor_names(doc, h)])

    def _flying_alongside(self, doc: Document, kit) -> list[str]:
        """'Turkish F-16s shot down two bombers, while armed drones hit army convoys': aircraft no one
        is said to own, the subject of a clause set beside another of the same moment ('while', 'as',
        'and'), belong to the force that clause's subject names."""
        if kit.dep_ != "nsubj" or kit.lemma_.lower() not in AIRCRAFT:
            return []
        if any(k.dep_ == "poss" or k.dep_ in ("compound", "amod", "nmod") and
               (k.ent_type_ or k.pos_ == "PROPN" or k.lower_ in FORCE_NOUNS) for k in kit.children):
            return []   # "rebel drones", "Houthi drones": owned, and read as such
        verb = kit.head
        if verb.dep_ not in ("advcl", "conj") or verb.head.pos_ not in ("VERB", "AUX"):
            return []
        links = [k.lower_ for k in verb.children if k.dep_ in ("mark", "cc", "advmod")]
        links += [k.lower_ for k in verb.head.children if k.dep_ == "cc" and verb.dep_ == "conj"]
        if not any(w in ALONGSIDE_MARKS for w in links):
            return []   # "after drones hit ...", "before drones struck ...": another moment, maybe another side
        subj = [k for k in verb.head.children if k.dep_ == "nsubj" and k.i != kit.i]
        return self._actor_names(doc, subj[0]) if subj else []

    def _claims(self, doc: Document, units: list, cands: list[Candidate]) -> None:
        """'The attack was claimed by Islamic State', 'the Houthis claimed responsibility for the
        strike': the group that claims an act is its actor (as ACLED codes it), added to the act of
        violence the claim refers to (told in its sentence or up to two before). Then, the events being
        merged, each person acting is joined by the force or state the report gives him ('Wagner chief
        Yevgeny Prigozhin': Wagner Group), after merging so that two men of one side do not make one event."""
        self._claims_made(doc, units, cands)
        self._casualties_of_act_told(doc, cands)
        self._doers_of_like_acts(doc, cands)
        cands.extend(self._shares_of_forces(doc, cands))
        for c in cands:
            if c.actors:
                c.actors = _dedupe([n for a in c.actors for n in [a] + self._affiliation(doc, a, c.actors)
                                    + self._state_of_office(a)])

    def _shares_of_forces(self, doc: Document, cands: list[Candidate]) -> list[Candidate]:
        """'AMISOM, which has about 22,000 troops, around 4,000 of them Kenyan', 'some 13,000 peacekeepers, about
        1,200 of them from Chad', 'around 5,000 troops, including some 2,500 Americans': the share a state gives
        of a counted force is that state's own troop level too, at the force's place and day (one more event
        beside the whole force's)."""
        out = []
        for c in cands:
            if c.kind != "troop_level" or not c.quantities.get("personnel"):
                continue
            toks = list(c.sent)
            for k, tok in enumerate(toks):
                if tok.i <= c.trig.i or not tok.like_num:
                    continue
                got = read_number(toks, k)
                if got is None or not 0 < got[0] < c.quantities["personnel"]:
                    continue
                value, j = got
                words = [x.lower_ for x in toks[j:j + 3]]
                if words[:2] in (["of", "them"], ["of", "whom"]):
                    at = j + 2
                    if at < len(toks) and toks[at].lower_ in ("from", "are", "were"):
                        at += 1
                elif k > 0 and (toks[k - 1].lower_ == "including" or k > 1 and toks[k - 2].lower_ == "including"
                                and toks[k - 1].lower_ in QUANTITY_HEDGES):
                    at = j
                else:
                    continue
                if at >= len(toks):
                    continue
                word = toks[at]
                state = next((m.actor for m in self._mentions if m.start <= word.idx < m.end
                              and (m.actor.type or "") == "state"), None)
                if state is None:
                    continue
                forces = list(self._forces_named(state))
                if any(o.kind == "troop_level" and o.quantities.get("personnel") == value and set(o.actors) & set(
                        forces + [state.name]) for o in cands + out):
                    continue   # the state's share told again on its own ("Kenya's 4,000 troops")
                share = _copy(c)
                share.quantities = {"personnel": value}
                share.qualifiers = {"personnel": q} if (q := _hedge(toks, k)) else {}
                share.actors = forces
                share.targets = []
                out.append(share)
        return out

    def _casualties_of_act_told(self, doc: Document, cands: list[Candidate]) -> None:
        """'Insurgents attacked the town on 24 March. Dozens of civilians and soldiers were killed over the following
        days': a toll told without its doer, right after (in the next sentence or later in the same one) an act of
        violence whose doer is told, is that act's: its doer killed them. Not when the dead are of the doer's own kind
        ('Militants stormed the base. Ten militants were killed'), nor when the last act told has no doer."""
        for c in cands:
            t = c.trig
            if c.actors or c.kind not in VIOLENT - CROWD_KINDS or c.modality != "asserted" or \
                    t.lemma_.lower() not in CASUALTY_VERBS or t.pos_ != "VERB":
                continue
            passive = any(k.dep_ in ("nsubjpass", "auxpass") for k in t.children)
            if not passive and t.lemma_.lower() not in DYING_VERBS:
                continue   # "gunmen killed ...": a doer of its own, read by the parse
            before = [o for o in cands if o is not c and o.kind in VIOLENT - CROWD_KINDS and o.evidence and (
                o.last_unit < c.unit or o.unit <= c.unit and o.trig.i < t.i) and c.unit - o.last_unit <= 1]
            if not before:
                continue
            act = max(before, key=lambda o: (o.last_unit, o.trig.i))
            if not act.actors or act.modality != "asserted" or set(act.actors) & set(c.targets):
                continue
            hit = [k for k in t.children if k.dep_ in ("nsubjpass", "nsubj")]
            hit_words = {x.lemma_.lower() for h in hit for x in h.subtree}
            kinds = {(self.actors.get(a).type or "") if self.actors is not None and self.actors.get(a) else ""
                     for a in act.actors}
            own = REFERRING_NOUNS["nonstate"] if kinds & NONSTATE_TYPES or "" in kinds else REFERRING_NOUNS["military"]
            if hit_words & own or hit_words & {w.lower() for a in act.actors for w in a.split()}:
                continue   # the doer's own men fell
            c.actors = list(act.actors)

    def _state_of_office(self, name: str) -> list[str]:
        """The state an office or a body of government acts for, when its name does not say which ('the Kremlin'
        -> Russia, 'the White House' -> United States, 'Downing Street'); nothing for any other actor, or for one
        whose name says it already ('Russian Ministry of Defence')."""
        office = self.actors.get(name) if self.actors is not None else None
        if office is None or (office.type or "") not in ("government", "legislature") or not office.country:
            return []
        state = _states_by_country(self.actors).get(office.country.upper())
        if state is None:
            return []
        words = {w.lower() for n in [state.name, *state.aliases, *state.demonyms] for w in re.findall(r"[\w.]+", n)
                 if len(w) > 1}
        if words & {w.lower() for w in re.findall(r"[\w.]+", name)}:
            return []
        return [state.name]

    def _doers_of_like_acts(self, doc: Document, cands: list[Candidate]) -> None:
        """An air strike or a shelling told without its doer ('a massive strike on the southern suburbs killed the
        group's leader') is the side the report names doing acts of the same kind (an asserted one with a doer the
        dictionary knows: 'Israeli air strikes on the valley killed 490'), in its paragraph, else in the whole
        report; none when there are two such sides, or when the side's own acts of that kind all fell in other
        countries than this one ('a drone strike on Belgorod' beside Russian strikes in Ukraine)."""
        if self.actors is None:
            return
        breaks = self._para_breaks

        def para(c):
            return bisect.bisect_right(breaks, min(s for s, _ in c.evidence)) if c.evidence else -1

        for c in cands:
            if c.kind not in REPEATED_KINDS or c.actors or not c.evidence or c.modality != "asserted":
                continue   # (a strike threatened or denied is another side's word on it)
            sides = {}   # side -> (names, paragraphs, countries struck)
            told = getattr(self, "_strikes_told", None)
            # (a missile or a drone is told as an air strike or as a shelling alike: "Russia launched 120
            # missiles and 90 drones ... Several missiles struck an energy plant in Lviv")
            for o in cands + (told[1] if told is not None and told[0] is doc else []):
                if o is c or o.kind not in REPEATED_KINDS or o.modality != "asserted" or not o.actors or \
                        not o.evidence:
                    continue
                known = [self.actors.get(a) for a in o.actors]
                known = [a for a in known if a is not None and (a.type or "") in STRIKING_TYPES]
                if not known:
                    continue
                side = (known[0].country or known[0].name).upper()
                names, paras, struck = sides.setdefault(side, ([a.name for a in known], set(), set()))
                paras.add(para(o))
                if o.place is not None and o.place.country:
                    struck.add(o.place.country.upper())
            for side, names, at in [x for kind in sorted(REPEATED_KINDS) for x in self._sides_doing(doc, kind)]:
                got = sides.setdefault(side, (names, set(), set()))
                got[1].add(bisect.bisect_right(breaks, at))
            near = [k for k, v in sides.items() if para(c) in v[1]]
            chosen = near if near else list(sides)
            if len(chosen) != 1:
                continue   # none, or two sides striking: no guess
            names, _, struck = sides[chosen[0]]
            here = (c.place.country or "").upper() if c.place is not None else ""
            if here and struck and here not in struck:
                continue
            home = (self.actors.get(names[0]).country or "").upper() if self.actors.get(names[0]) else ""
            if here and not struck and here == home:
                continue   # "Hamas fired rockets ... shells killed four boys in Gaza": seldom one's own ground
            if any(n in c.targets for n in names):
                continue
            c.actors = list(names)

    def _intent_owner(self, doc: Document, t) -> list[str]:
        """The owner of the aim, word or readiness that holds an act ("Russia's threats to seize Kharkiv", "India's
        claims of a strike on the camps", "its plan to withdraw the troops"): who would do it, or says he did."""
        if t.dep_ in ("acl", "xcomp") and t.pos_ in ("VERB", "AUX"):
            noun = t.head                    # "threats to seize", "plan to deploy"
        elif t.dep_ == "pobj" and t.head.lower_ in ("of", "for") and t.head.dep_ == "prep":
            noun = t.head.head               # "claims of a strike", "calls for a withdrawal"
        else:
            return []
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in INTENT_NOUNS:
            return []
        owner = next((k for k in noun.children if k.dep_ == "poss"), None)
        if owner is None:
            # "the threat by al-Shabaab to attack Nairobi"
            by = [g for k in noun.children if k.dep_ == "prep" and k.lower_ == "by" for g in k.children
                  if g.dep_ == "pobj"]
            return self._actor_names(doc, by[0]) if by else []
        if owner.pos_ == "PRON":
            if owner.lower_ in ("his", "her"):
                person = self._person_before(doc, owner.idx)   # "his plan to send troops": the man named last
                return [person] if person else []
            return self._possessor(doc, noun) if owner.lower_ in ("its", "their") else []
        return self._actor_names(doc, owner)

    def _fired_from(self, doc: Document, weapon) -> list[str]:
        """The side a weapon came from, by the known actor named in its 'from' phrase ('shells from an Israeli navy
        boat', 'rockets fired from Hezbollah positions'); nothing when that phrase names a place only."""
        sources = [g for k in weapon.children if k.dep_ == "prep" and k.lower_ == "from"
                   for g in k.children if g.dep_ == "pobj"]
        sources += [g for a in weapon.children if a.dep_ == "acl" and a.lemma_.lower() in SENDING_VERBS
                    for k in a.children if k.dep_ == "prep" and k.lower_ == "from" for g in k.children
                    if g.dep_ == "pobj"]
        # "a strike carried out with Israeli jets", "an attack using Russian drones": the weapons the act was done with
        means = [g for k in weapon.children if k.dep_ == "prep" and k.lower_ in ("with", "using", "by")
                 for g in k.children if g.dep_ == "pobj"]
        means += [g for a in weapon.children if a.dep_ in ("acl", "relcl") for k in a.children
                  if k.dep_ in ("prep", "agent") and k.lower_ in ("with", "using", "by") for g in k.children
                  if g.dep_ == "pobj"]
        sources += [g for g in means if g.lemma_.lower() in INSTRUMENTS or g.lemma_.lower() in MILITARY_KIT]
        if weapon.dep_ in ("nsubj", "nsubjpass") and weapon.head.lemma_.lower() in SENDING_VERBS:
            # "Rockets fired from Hezbollah positions hit ...", read as the rockets being what was fired
            sources += [g for k in weapon.head.children if k.dep_ == "prep" and k.lower_ == "from"
                        for g in k.children if g.dep_ == "pobj"]
        out = []
        for g in sources:
            if g.lemma_.lower() in PLACE_NOUNS or g.ent_type_ in ("GPE", "LOC", "FAC"):
                continue   # "rockets from Lebanon", "from the town": where from, not whose
            span = _np_span(g)
            a0, a1 = span[0].idx, span[-1].idx + len(span[-1])
            for m in self._mentions:
                if a0 <= m.start and m.end <= a1 and (m.actor.type or "") in STRIKING_TYPES | ARMED_TYPES:
                    out += list(self._forces_named(m.actor)) if m.demonym and (m.actor.type or "") == "state" \
                        else [_carried_out_by(m.actor)]
        return _dedupe(out)

    def _sides_doing(self, doc: Document, kind: str) -> list[tuple]:
        """(side, names, position) of each side the report names as the doer of a word of the kind, whether or not
        it became an event ('Russian forces shelled the city' beside another shelling of that sentence): the
        subject or agent of a verb of the kind, the side named on a noun of it ('Israeli air strikes')."""
        cache = getattr(self, "_sides_cache", None)
        if cache is None or cache[0] is not doc:
            cache = self._sides_cache = (doc, {})
        if kind in cache[1]:
            return cache[1][kind]
        out = []
        for tok in doc.parsed:
            if tok.pos_ not in ("VERB", "NOUN") or kind not in self.lexicon.kinds_for(tok.lemma_.lower()):
                continue
            if any(k.dep_ == "neg" or k.dep_ == "aux" and k.tag_ == "MD" for k in tok.children) or any(
                    a.lemma_.lower() in DENY_VERBS | ACCUSE_VERBS for a in list(tok.ancestors)[:3]):
                continue   # "denied it had struck the camps", "could strike", "accused of shelling": not told as done
            if tok.pos_ == "VERB":
                heads = [k for k in tok.children if k.dep_ == "nsubj" and k.pos_ != "PRON"]
                heads += [g for k in tok.children if k.dep_ == "agent" for g in k.children if g.dep_ == "pobj"]
                names = [n for h in heads for n in self._actor_names(doc, h)]
            else:
                names = self._named_on_noun(doc, tok)
            known = [a for a in (self.actors.get(n) for n in names) if a is not None
                     and (a.type or "") in STRIKING_TYPES]
            if known:
                out.append(((known[0].country or known[0].name).upper(), [a.name for a in known], tok.idx))
        cache[1][kind] = out
        return out

    def _claims_made(self, doc: Document, units: list, cands: list[Candidate]) -> None:
        """Each claim or admission of an act ('X claimed the attack', 'X admitted that it carried out Thursday's
        bombing', 'X apologised, saying its forces had downed it') names the doer of the act it refers to: the act
        of violence told in its sentence or up to two before, else, the claim leading the report ('IS claimed the
        twin bombings in Kerman. Two explosions tore through a crowd ...'), the first one told after it, up to three
        sentences on, that has no doer of its own. The claim's own word for the act ('the bombings') is then that
        act retold, not another: folded into it when of its kind."""
        for n, sent in enumerate(units):
            for tok in sent:
                if tok.pos_ != "VERB" or tok.lemma_.lower() not in OWNING_VERBS | STATING_VERBS | CONFESSING_VERBS:
                    continue
                claimer, act = self._claim_parts(tok) if tok.lemma_.lower() in OWNING_VERBS else (None, None)
                if claimer is None:
                    claimer, act = self._claimed_in_words(tok)
                aimed = False
                if claimer is None:
                    claimer, act = self._aim_owned(tok)
                    aimed = claimer is not None
                if claimer is None or act is None:
                    continue
                # ("Damascus apologised": a capital owning up acts for its state)
                names = [self._state_of_capital(doc, n) or n for n in self._actor_names(doc, claimer)]
                if names and all(n.islower() for n in names):
                    # "The group later admitted it carried out ...", "the army said it had targeted ...": the
                    # named side the common noun refers back to, when the report names one
                    names = self._referent(doc, claimer) or names
                if not names:
                    continue
                # the claim's own words for the act ('claimed the strike', 'carried out the ambush', 'had downed
                # it'), which the detection may have made an act of its own, dated by the claim
                words = {act.i, act.head.i} if act.dep_ == "dobj" else {act.i}
                if act.pos_ == "VERB":
                    # "its own air defences had downed the helicopter", "one of its missiles had struck the
                    # market": the act owned up to, told again by its verb, its weapon or what it befell
                    words |= {x.i for x in act.subtree}
                refs = [c for c in cands if c.kind in VIOLENT and (c.trig.i in words or c.trig.i == tok.i)]
                # ... or folded into the headline's act ("IS claims Kerman blasts"), which the body tells below
                refs += [c for c in cands if c.kind in VIOLENT and c.headline and c not in refs and act.pos_ == "NOUN"
                         and not (sent.start <= c.trig.i < sent.end) and any(a <= act.idx < b for a, b in c.evidence)]
                told = [c for c in cands if c.kind in VIOLENT and c.unit <= n and n - c.last_unit <= 2
                        and c.evidence and min(s for s, _ in c.evidence) <= tok.idx and c not in refs]
                # "Gunmen killed twelve people on Friday. X claimed responsibility for the attack on Saturday": the
                # act reported, not the claim's reference to it (too doubtful to be reported on its own)
                told = [c for c in told if c.conf >= self._bar(c)] or told
                if aimed:
                    # what a side says it aimed at names only the act its own sentence told just before, by a noun
                    # with no doer ("A strike on the camp killed dozens; the army said it had targeted ...")
                    told = [c for c in told if c.unit == n and c.trig.pos_ == "NOUN" and c.trig.i < tok.i
                            and sent.start <= c.trig.i and not c.actors]
                    if not told:
                        continue
                if told and act.pos_ == "VERB":
                    # an admission fills a doer the report left unknown; it never overrides a known one ("The army
                    # said its troops had killed the attackers" after "Militants attacked the post")
                    told = [c for c in told if not self._known_doer(c)]
                target = max(told, key=lambda c: (c.last_unit, c.unit)) if told else None
                if target is None:
                    # (of any kind of violence: "IS claims deadly attack on army bus ... Gunmen ambushed a bus")
                    later = [c for c in cands if c.kind in VIOLENT - CROWD_KINDS and c not in refs
                             and n < c.unit <= n + 3 and not self._known_doer(c) and c.modality == "asserted"]
                    target = min(later, key=lambda c: (c.unit, c.trig.i)) if later else None
                if target is None:
                    target = refs[0] if refs else None
                if target is None:
                    continue
                # the claimant names who the act's words left unknown ("gunmen", "a car bomb"): it replaces them
                kept = [a for a in target.actors if not a.islower() and a != UNKNOWN_GROUP and a not in names
                        and (self.actors is None or a in self.actors or not a[1:].islower())]
                target.actors = _dedupe(names + kept)
                for ref in refs:
                    # (of another kind too: "A plane was shot down ... Iran admitted its air defences had shot
                    # down the plane" retells the act told, the admission's verb read as a clash)
                    if ref is not target and (ref.kind == target.kind or target in told and self._same_thing_hit(
                            act, target)) \
                            and ref in cands and ref.modality == "asserted":
                        target.evidence += ref.evidence
                        for key, value in ref.quantities.items():
                            target.quantities.setdefault(key, value)
                        if ref.place is not None and ref.place_level > target.place_level:
                            # "the twin bombings in Kerman": where the claim says it was, when the act says not
                            target.place, target.place_level = ref.place, ref.place_level
                        cands.remove(ref)

    @staticmethod
    def _same_thing_hit(act, target: Candidate) -> bool:
        """Does an admission's verb name by a noun what the act told before befell ('Iran admitted its air defences
        had shot down the plane' after 'A passenger plane was shot down'): a pronoun ('had hit it') may stand for
        anything told."""
        if act.pos_ != "VERB":
            return False
        hit = {k.lemma_.lower() for k in act.children if k.dep_ == "dobj" and k.pos_ == "NOUN"}
        return bool(hit) and any(x.lemma_.lower() in hit for x in target.trig.sent)

    def _known_doer(self, c: Candidate) -> bool:
        """Has the act a doer the report names ('Boko Haram', 'Russian forces'), not an unknown one ('gunmen',
        'a suicide bomber', 'Unidentified Armed Group') or none?"""
        return any(a != UNKNOWN_GROUP and (self.actors is not None and a in self.actors or a[1:] != a[1:].lower())
                   for a in c.actors)

    def _claim_parts(self, verb):
        """(who claims, the act claimed) of a verb 'claim' in the sense of owning an act, else (None, None)."""
        kids = list(verb.children)
        agent = [g for k in kids if k.dep_ == "agent" for g in k.children if g.dep_ == "pobj"]
        passive = [k for k in kids if k.dep_ == "nsubjpass"]
        if verb.lemma_.lower() == "claim" and agent and passive and (self._names_an_act(passive[0])
                                                                      or passive[0].lower_ == "it"):
            return agent[0], passive[0]       # "the attack was claimed by X"
        subj = [k for k in kids if k.dep_ == "nsubj" and k.pos_ != "PRON"]
        obj = [k for k in kids if k.dep_ == "dobj"]
        if subj and obj and obj[0].lemma_.lower() == "responsibility":
            acts = [g for k in obj[0].children if k.dep_ == "prep" and k.lower_ == "for" for g in k.children
                    if g.dep_ == "pobj"] + [g for k in kids if k.dep_ == "prep" and k.lower_ == "for"
                                            for g in k.children if g.dep_ == "pobj"]
            return (subj[0], acts[0]) if acts else (None, None)   # "X claimed responsibility for the attack"
        if verb.lemma_.lower() != "claim":
            return None, None                 # "X took responsibility for ..." only
        if subj and obj and (self._names_an_act(obj[0]) or obj[0].lower_ == "it"):
            return subj[0], obj[0]            # "X claimed the attack"
        return None, None

    def _claimed_in_words(self, verb):
        """(who claims, the act claimed) when a side says or admits it did an act ('The ELN admitted on Monday that
        it carried out Thursday's car bombing', 'al-Shabaab said it was behind the blast', 'the group confirmed
        that its fighters had staged the ambush', 'a commander admitted the group was behind the attack'), else
        (None, None): the words' subject is the side itself (it, they, we, its or our men, the group), their verb
        one of doing an act, their object or 'behind' the act. A side owning up to an act of violence in its own
        verb ('the army admitted that it had bombed the village by mistake', 'Azerbaijan apologised, saying its
        forces had downed it') names that act, the verb itself."""
        subj = [k for k in verb.children if k.dep_ == "nsubj" and k.pos_ != "PRON"]
        if not subj and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and \
                verb.head.lemma_.lower() in CONFESSING_VERBS | APOLOGY_VERBS | OWNING_VERBS:
            # "Azerbaijan apologised, saying ...": who says is the subject of the verb the saying goes with
            subj = [k for k in verb.head.children if k.dep_ == "nsubj" and k.pos_ != "PRON"]
        said = [k for k in verb.children if k.dep_ == "ccomp"]
        if not subj or not said or verb.lemma_.lower() in DENY_VERBS:
            return None, None   # "denied that they were behind the attack": no claim
        inner = said[0]
        if any(k.dep_ == "neg" for x in (verb, inner) for k in x.children):
            return None, None   # "said it had not carried out the bombing"
        doer = [k for k in inner.children if k.dep_ == "nsubj"]
        if doer and (doer[0].lower_ == "one" or doer[0].lower_ in PARTITIVE_NOUNS):
            # "admitted that one of its drones had struck the village": the side's own share of a force
            doer = [g for k in doer[0].children if k.dep_ == "prep" and k.lower_ == "of"
                    for g in k.children if g.dep_ == "pobj"] or doer
        if not doer or not (doer[0].lower_ in ("it", "they", "we") or any(
                x.dep_ == "poss" and x.lower_ in ("its", "their", "our") for x in doer[0].children) or (
                doer[0].pos_ == "NOUN" and self._noun_kind(doer[0]) in ("nonstate", "military")
                and any(x.dep_ == "det" and x.lower_ == "the" for x in doer[0].children))):
            return None, None
        if inner.lemma_.lower() == "be":
            acts = [g for k in inner.children if k.dep_ == "prep" and k.lower_ == "behind" for g in k.children
                    if g.dep_ == "pobj"]
        elif inner.lemma_.lower() in DOING_VERBS:
            acts = [k for k in inner.children if k.dep_ == "dobj"]
        else:
            acts = []
        if acts and any(k.dep_ == "det" and k.lower_ == "no" for k in acts[0].children):
            return None, None   # "saying it had carried out no strike there": a denial
        if acts and (self._names_an_act(acts[0]) or acts[0].lower_ == "it"):
            return subj[0], acts[0]
        objs = [k for k in inner.children if k.dep_ == "dobj"]
        # a side saying it struck the thing just told struck ("said it had targeted the base with drones"); one
        # saying it struck people may tell of its answer to the act ("the army said it had killed the attackers")
        people = bool(objs) and (objs[0].lemma_.lower() in PARTICIPANTS or self._noun_kind(objs[0]) is not None
                                 or objs[0].lemma_.lower() in VICTIM_NOUNS or objs[0].ent_type_ in ("PERSON", "NORP"))
        owning = verb.lemma_.lower() in CONFESSING_VERBS or verb.head.lemma_.lower() in APOLOGY_VERBS or \
            verb.lemma_.lower() in SPEECH_VERBS and not people
        violent = inner.lemma_.lower() in OWNED_STRIKES or self.lexicon.kinds_for(inner.lemma_.lower()) & VIOLENT
        if owning and inner.pos_ == "VERB" and violent and objs and (
                objs[0].lower_ in ("it", "them") or any(x.dep_ in ("det", "poss") and x.lower_ in DEFINITE
                                                        for x in objs[0].children)):
            return subj[0], inner   # the act owned up to, told again by its own verb and what it befell
        return None, None

    def _aim_owned(self, verb):
        """(who says, the act) when a side says it struck at something ('the army said it had targeted a
        commander there', 'the military said it had struck a rebel depot', 'Turkey said its drones had hit PKK
        positions'): a verb of saying or admitting whose subject is the side, the words' subject the side itself
        (it, they, we, its or their men), their verb one of aiming a strike, with an object. Else (None, None).
        Such words name the act they are told of only in their own sentence (Roles._claims_made)."""
        if verb.lemma_.lower() not in SPEECH_VERBS | CONFESSING_VERBS or verb.lemma_.lower() in DENY_VERBS:
            return None, None
        subj = [k for k in verb.children if k.dep_ == "nsubj" and k.pos_ != "PRON"]
        said = [k for k in verb.children if k.dep_ == "ccomp" and k.i > verb.i]   # (not the act told before it)
        if not subj or not said or said[0].pos_ != "VERB" or said[0].lemma_.lower() not in AIMING_VERBS:
            return None, None
        inner = said[0]
        if any(k.dep_ == "neg" for x in (verb, inner) for k in x.children):
            return None, None   # "said it had not targeted civilians"
        doer = [k for k in inner.children if k.dep_ == "nsubj"]
        if not doer or not (doer[0].lower_ in ("it", "they", "we") or any(
                x.dep_ == "poss" and x.lower_ in ("its", "their", "our") for x in doer[0].children)):
            return None, None
        if not any(k.dep_ == "dobj" for k in inner.children):
            return None, None
        return subj[0], inner

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
        if _answered(t):
            # "Russia fired missiles in retaliation for a drone strike on Moscow", "Iran struck to avenge the
            # killing of its general": the act answered was the other side's
            return []
        # "About 2,000 US troops were placed on prepare-to-deploy orders", "two brigades were put on standby to
        # deploy": the force readied for the move is who is to make it
        readied = _readied(t)
        cur = t
        for hop in range(6):
            if hop >= 4 and not readied and not any(x.dep_ == "prep" and x.lower_ == "with" for x in t.ancestors
                                    if x.i not in {a.i for a in cur.ancestors}):
                return []   # far up only through the means an act was done with ("answered with a barrage of ...")
            if cur.dep_ == "prep" and cur.lower_ == "on" and cur.head.pos_ in ("NOUN", "PROPN") and \
                    cur.head.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head is cur:
                # "NATO ambassadors, on a visit to Tbilisi, ...": whom the errand is told of
                return self._actor_names(doc, cur.head) or _subject_text(cur.head)
            if cur.dep_ not in ("advcl", "acl", "conj", "xcomp", "pcomp", "pobj", "prep", "dobj",
                                "compound", "amod", "nmod", "attr", "npadvmod", "acomp") or cur.head is cur:
                return []   # (acomp: "the council was due to vote on a resolution": the one due)
            came_by_xcomp = cur.dep_ == "xcomp"
            if cur.dep_ == "prep" and (cur.lower_ in SEQUENCE_PREPS or cur.lower_ == "under"
                                       and cur.head.lemma_.lower() in UNDERGO_VERBS) and not _adverb_since(cur):
                return []   # "people fled after the shelling", "the post came under shelling": by others
            if cur.dep_ == "attr" and cur.lemma_.lower() in ("target", "victim", "scene", "site", "focus"):
                return []   # "The base was the target of the rocket attack": what was hit, not who hit it
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX") and cur.lemma_.lower() in JUDGING_VERBS:
                return []   # "monitors report the looting", "the premier welcomed the deployment": told of, judged
            if cur.pos_ in ("VERB", "AUX") and any(k.dep_ == "dobj" and k.lemma_.lower() in TALLY_NOUNS
                                                   for k in cur.children):
                return []   # "the army put the number at 18 rockets", "officials gave a toll of": who counts
            if cur.pos_ in ("VERB", "AUX") or _adverb_since(cur):
                # the passive subject of a verb an act complements is who is to do it: "the council is
                # expected to vote on", "the assembly was scheduled to adopt a resolution"
                subj = [k for k in cur.children if k.dep_ == "nsubj" or (came_by_xcomp or readied and cur.lemma_.lower()
                                                                             in READYING_ORDERS) and k.dep_ == "nsubjpass"]
                if subj and all(_befallen(k) for k in subj):
                    return []   # "Five soldiers were among 12 people killed in a suicide attack": its victims
                if subj:
                    names = _dedupe([a for h in subj for a in self._actor_names(doc, h)])
                    return names or _subject_text(subj[0])
        return []

    def _subject_before(self, doc: Document, pron):
        """Who 'it'/'they' stands for as the subject of an act opening its clause: the subject of the main clause
        of the sentence before, when it agrees in number and is a state or an organisation ('The alliance said its
        mission in the country would be reviewed. Last Friday it suspended its training', not the country named
        last). A place there ('The town was shelled again. It had been hit twice') names no actor: []. None when
        that subject says nothing (a person, a pronoun, no subject), for the readings that follow."""
        if pron.lower_ not in ("it", "they") or pron.dep_ != "nsubj" or pron.sent.start == 0:
            return None
        sent = pron.sent
        if any(k.dep_ in ("nsubj", "nsubjpass") and k.pos_ != "PRON" and k.i < pron.i for k in sent):
            return None   # a noun subject told before it in its own sentence is the nearer reading
        before = pron.doc[sent.start - 1].sent
        subj = [k for k in before.root.children if k.dep_ in ("nsubj", "nsubjpass")]
        if not subj or subj[0].pos_ not in ("NOUN", "PROPN"):
            return None
        s = subj[0]
        plural = s.tag_ in ("NNS", "NNPS")
        lo, hi = s.left_edge.idx, s.right_edge.idx + len(s.right_edge.text)
        if s.lemma_.lower() in PLACE_NOUNS or any(
                s.idx <= sp.start_char < hi and (p.kind or "") != "demonym" for p, sp in self._pspans) and not any(
                lo <= m.start and m.end <= hi for m in self._mentions):
            # "The town was shelled again. It had been hit twice": a place, no actor
            return [] if pron.lower_ == "it" and not plural else None
        ms = [m for m in self._mentions if lo <= m.start and m.end <= hi and not m.demonym]
        states = [m for m in ms if (m.actor.type or "") in ("state", "government")]
        if pron.lower_ == "it" and plural and not states or pron.lower_ == "they" and not (
                plural or s.tag_ == "NNP" and ms and not states):
            return None   # no agreement in number ("the United States ... it" is a state; "the Houthis" a group)
        if ms and not any((m.actor.type or "") not in ("civilians", "person") for m in ms):
            return None
        if not ms and self._noun_kind(s) is None:
            return None   # neither a state nor an organisation ("the villagers", "the storm")
        if pron.lower_ == "they" and s.conjuncts:
            # "The MNDAA, the TNLA and the Arakan Army ... attacked. Within days they had seized": all of them
            names = _dedupe([a for h in (s, *s.conjuncts) for a in self._actor_names(doc, h)])
            if names:
                return names
        return self._actor_names(doc, s) or _subject_text(s) or None

    def _actor_names(self, doc: Document, head) -> list[str]:
        if head.pos_ == "NOUN" and any(k.dep_ == "det" and k.lower_ in ("no", "neither") for k in head.children):
            return []   # "No group has said it carried out the attack": no one is named
        backed = self._backed_force(doc, head)
        if backed:
            return backed
        if head.lower_ == "we" or any(k.dep_ == "poss" and k.lower_ in ("our", "my") for k in head.children):
            # '"Our units destroyed three tanks," the defence ministry said': the speaker's force
            cur = _reported_clause(head, 6, ("ccomp", "parataxis"))
            subj = [k for k in cur.head.children if k.dep_ == "nsubj" and k.pos_ in ("NOUN", "PROPN")] if cur else []
            if subj:
                return self._actor_names(doc, subj[0])
            # "Statement of the Ministry of Defence ... 4. Our artillery fired on them": who issued the text
            return self._statement_issuer(doc, head.idx) or self._first_person_voice(doc, head)
        if _counts_a_force(head):
            # "Troop levels in Syria will be cut", "Force numbers will fall": a count names no one; only an owner
            # told on it acts ("US troop numbers", "Britain's troop strength"), never the force noun it counts
            # (the owner may hang on the force noun: "US troop numbers" read as 'US troop' + 'numbers')
            owners = [k for m in head.children if m.dep_ in ("poss", "compound", "amod", "nmod")
                      for k in [m, *m.children] if k.dep_ in ("poss", "compound", "amod", "nmod")
                      and k.lower_ not in FORCE_NOUNS and k.lemma_.lower() not in FORCE_NOUNS
                      and k.lower_ not in SERVICE_WORDS]
            return _dedupe([n for k in sorted(owners, key=lambda x: x.i) for n in self._actor_names(doc, k)])
        span = _np_span(head)
        s0, s1 = span[0].idx, span[-1].idx + len(span[-1])
        group = self._collective_states(head, span)
        if group:
            return group
        named = next((k for k in head.children if k.dep_ == "appos" and k.ent_type_ == "PERSON"), None)
        if named is not None and head.ent_type_ != "PERSON" and head.lemma_.lower() in _post_nouns() \
                and _set_beside(head, named):
            # "The Speaker of the House, Nancy Pelosi, is due in Yerevan": the person holding the post acts,
            # then the body the post belongs to
            person = self._actor_names(doc, named)
            a0, a1 = named.left_edge.idx, named.right_edge.idx + len(named.right_edge)
            bodies = [_carried_out_by(m.actor) for m in self._mentions if m.start < s1 and m.end > s0
                      and not (a0 <= m.start < a1) and not m.demonym]
            if person:
                return _dedupe(person + bodies)
        ms = [m for m in self._mentions if m.start < s1 and m.end > s0]
        if any(m.start <= head.idx < m.end and not m.demonym for m in ms):
            # "Kataib Hezbollah, an Iran-backed faction within Iraq's Popular Mobilisation Forces": a named actor
            # is itself; the apposition after it only describes it
            for k in head.children:
                if k.dep_ == "appos" and k.i > head.i:
                    a0, a1 = k.left_edge.idx, k.right_edge.idx + len(k.right_edge)
                    ms = [m for m in ms if not (a0 <= m.start < a1)]
        backers = [m for m in ms if BACKER_SUFFIX.match(doc.text, m.end) and m.end < head.idx]
        if backers:
            # "Russian-backed separatists", "Iran-aligned militias": the backer qualifies the force, it did not act
            ms = [m for m in ms if m not in backers]
            if all(m.demonym for m in ms):
                # "Turkish-backed Syrian fighters": a force by its backer and its people, not a state's army
                first = head.left_edge
                while first.i < head.i and (first.pos_ in ("DET", "PUNCT") or first.dep_ in ("det", "poss", "nummod")):
                    first = head.doc[first.i + 1]
                return [doc.text[first.idx:head.idx + len(head.text)]]
        if ms and all(m.demonym or not _written_as_name(doc.text, m.start, m.end) for m in ms):
            # "Russian military contractors from the Wagner group": a kind of force the dictionary knows
            # ("military contractors") yields to the named group it comes from
            source = self._named_source(doc, head)
            if source:
                return source
        # a named person at the head ("Foreign Minister Ahmed Fiqi") acts himself
        person = None
        if head.ent_type_ == "PERSON":
            ent = next((e for e in self._ents if e.start <= head.i < e.end and e.label_ == "PERSON"), None)
            if ent is not None:
                known = next((x for x in doc.entities if x.start == ent.start_char), None)
                person = known.canonical if known is not None and known.canonical else \
                    doc.text[ent.start_char:ent.end_char]
                person = self._full_name_before(doc, person, ent.start_char)
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
            joined = [m for m in ms if m.demonym and self._listed_with_another(doc, m, ms)]
            if precise and joined:
                # "Russian and Ukrainian forces clashed", "US and British warplanes struck": an adjective listed
                # with another side names a side of its own, its forces
                precise += [n for m in joined for n in self._forces_named(m.actor)[:1]]
            return _dedupe(([person] if person else []) + (precise or [_carried_out_by(m.actor) for m in ms]))
        if head.pos_ == "PRON" and head.lower_ in ("it", "they", "them", "he", "she", "we"):
            # "Emirati officials say they have trained ...": the speakers' side
            verb = head.head
            if head.dep_ == "nsubj" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS:
                speakers = [k for k in verb.head.children if k.dep_ == "nsubj" and k.pos_ != "PRON"]
                if speakers and any(k.dep_ == "det" and k.lower_ in ("no", "neither") for k in speakers[0].children):
                    return []   # "No group has said it carried out the attack": 'it' is that no one
                if speakers:
                    said = self._actor_names(doc, speakers[0])
                    if said:
                        return said
            if head.lower_ in ("he", "she"):
                # "He vowed to retake every village": the person named last, never a state
                person = self._person_before(doc, head.idx)
                if person:
                    return [person]
            # ("it" is no crowd of people the report counts: "31 civilians were killed ...; it says ...")
            prev = [m for m in self._mentions if m.end <= head.idx and not m.demonym
                    and not (head.lower_ == "it" and (m.actor.type or "") == "civilians")]
            if head.lower_ == "them":
                # "The Houthis swept south ... The capital fell to them": the group named in this paragraph or
                # the one before, never further back
                breaks = self._para_breaks
                k = bisect.bisect_right(breaks, head.idx)
                since = breaks[k - 2] if k >= 2 else 0
                prev = [m for m in prev if m.start >= since]
            sent = head.sent
            carried = self._subject_before(doc, head)
            if carried is not None:
                return carried
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
        if head.lemma_.lower() in STATE_NOUNS and any(k.dep_ == "poss" and k.lower_ in ("his", "her")
                                                      for k in head.children):
            # "Kagame denied that his country was backing the M23": the state of the person it refers to
            person = self._actor_names(doc, self._speaker(head)) if self._speaker(head) is not None else []
            person = person or ([self._person_before(doc, head.idx)] if self._person_before(doc, head.idx) else [])
            state = [a for p in person[:1] for a in self._affiliation(doc, p, [])]
            if state:
                return state
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
            # "the soldiers", and a bare plural too ("Troops crossed the border", right after the one force
            # named acting)
            # ... and one told by its branch only ("Ground forces entered the city", "the special forces")
            if all(x.lower_ in SERVICE_WORDS for x in words[:-1]) and head.lemma_.lower() in BARE_FORCES and \
                    head.tag_ in ("NNS", "NNPS") and (
                    any(x.lower_ in ("the", "these", "those") for x in head.lefts)
                    or not any(x.dep_ in ("det", "poss", "nummod", "predet") or x.dep_ in ("amod", "compound")
                               and x.lower_ not in SERVICE_WORDS for x in head.children)):
                named = self._one_force_named_before(head)
                if named:
                    return named
            if len(words) == 1 and head.lemma_.lower() in UNOWNED_UNITS:
                return []   # "the contingent withdrew": a unit by itself says not whose it is
            txt = " ".join(x.text for x in words).strip()
            return [txt] if txt else []
        if head.pos_ == "NOUN" and head.dep_ in ("nsubj", "nsubjpass", "pobj"):
            # "the ministry said its air defences shot down 12 drones": whatever a speaking side's 'its' owns
            # acts for it (only a speaker: "they will join 1,700 of their comrades" says whose comrades by 'they')
            return self._possessor(doc, head, said_only=True)
        return []

    def _full_name_before(self, doc: Document, name: str, at: int) -> str:
        """The full name a report gave earlier to a person it now names by surname alone ('Turkish President
        Recep Tayyip Erdogan spoke ... Erdogan said': Recep Tayyip Erdogan); the name itself when it is no bare
        surname or when two earlier people share it ('Joe Biden', 'Hunter Biden')."""
        if " " in name.strip():
            return name
        fulls = set()
        for e in self._ents:
            if e.label_ != "PERSON" or e.end_char > at:
                continue
            known = next((x for x in doc.entities if x.start == e.start_char), None)
            full = known.canonical if known is not None and known.canonical else e.text
            words = full.split()
            if len(words) > 1 and words[-1].lower() == name.strip().lower():
                fulls.add(full)
        return fulls.pop() if len(fulls) == 1 else name

    def _person_before(self, doc: Document, at: int) -> str | None:
        """The person named last before `at`, within a few sentences ('Abiy Ahmed spoke in Addis Ababa. He
        vowed ...'), by the name the report gives him in full; None when there is none."""
        people = [e for e in self._ents if e.label_ == "PERSON" and e.end_char <= at
                  and at - e.end_char < COLLECTIVE_REACH_CHARS]
        if not people:
            return None
        known = next((x for x in doc.entities if x.start == people[-1].start_char), None)
        return known.canonical if known is not None and known.canonical else people[-1].text

    def _one_force_named_before(self, head) -> list[str]:
        """'French troops left Gossi on Tuesday. The soldiers handed the base over ...': the one armed
        force named in the sentence before or earlier in this one; none when two sides are named there."""
        sent = head.sent
        start = head.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        before = [m for m in self._mentions if start <= m.start and m.end <= head.idx]
        forces = _dedupe([m.actor.name for m in before if (m.actor.type or "") in ARMED_TYPES])
        if head.lemma_.lower() in STATE_ARMY_WORDS and any(self.actors is not None and self.actors.get(f) is not None
                                                           and self.actors.get(f).type in NONSTATE_TYPES - {"pmc"}
                                                           for f in forces):
            return []   # "Hamas said soldiers had killed three civilians": a state's soldiers, not the group's men
        # "Russian forces shelled Kharkiv, and Ukrainian units returned fire. The troops ...": two sides, no guess
        sides = {m.actor.country or m.actor.name for m in before if (m.actor.type or "") in ARMED_TYPES or m.demonym}
        return forces if len(forces) == 1 and len(sides) == 1 else []

    def _possessor(self, doc: Document, head, said_only: bool = False) -> list[str]:
        """Whose troops or weapons 'its', 'their', 'his', 'her' say: in reported speech the
        speaker's ("Ankara said its jets struck ...", "Prigozhin said his men held the airfield"),
        else the actor (or, for 'his', 'her', the person) named last ("the UAE ... its troops"); with
        `said_only`, the speaker's side or nothing."""
        owner = next((x for x in head.children if x.dep_ == "poss" and x.lower_ in ("its", "their", "his", "her")),
                     None)
        if owner is None:
            return []
        speaker = self._speaker(head)
        if speaker is not None and (owner.lower_ in ("his", "her")) == (speaker.ent_type_ == "PERSON"):
            said = self._actor_names(doc, speaker)
            if said:
                return said
        if speaker is None and owner.lower_ in ("its", "their"):
            # "the rebels said their snipers killed three soldiers": a speaker named by a common noun
            cur = _reported_clause(head, 5)
            said = [k for k in cur.head.children if k.dep_ == "nsubj" and k.pos_ == "NOUN"] if cur else []
            if said and (owner.lower_ == "their") == (said[0].tag_ == "NNS"):
                return self._actor_names(doc, said[0]) or _subject_text(said[0])
        if said_only:
            return []
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

    def _named_source(self, doc: Document, head) -> list[str]:
        """The named group a force comes from or belongs to ('contractors from the Wagner group',
        'fighters of the Islamic State'), written with a capital, else nothing."""
        out = []
        for k in head.children:
            if k.dep_ == "prep" and k.lower_ in ("from", "of"):
                for g in (g for g in k.children if g.dep_ == "pobj"):
                    span = _np_span(g)
                    g0, g1 = span[0].idx, span[-1].idx + len(span[-1])
                    out += [_carried_out_by(m.actor) for m in self._mentions if g0 <= m.start and m.end <= g1
                            and not m.demonym and _written_as_name(doc.text, m.start, m.end)]
        return _dedupe(out)

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
