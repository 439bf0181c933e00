"""Trigger words: which lemmas and phrases announce which event kinds.

The built-in table below is the floor; `data/event_triggers.yaml` (per kind: ``lemmas``,
``phrases``, ``acled``, ``plover``) adds to it, and user files may add more. A trigger
proposes kinds; the sentence classifier and the context cues choose among them.

Single words are matched on the token's lemma or its lower-cased form; phrases are
matched on lower-cased lemma sequences (``hand over``, ``pull out``, ``car bomb``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import yaml

# libyaml's loader when PyYAML was built with it: the trigger table parses in 3 ms instead of 26
# (the same objects: the resolvers are PyYAML's own in both).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

BUILTIN: dict[str, list[str]] = {
    "deployment": ["deploy", "deployment", "redeploy", "station", "dispatch", "reinforce", "reinforcement",
                   "consolidate", "relocate", "reposition", "arrive", "arrival", "move into", "send troops",
                   "sent troops", "send forces", "establish base", "set up base", "build base",
                   "open base", "surge", "buildup", "build-up", "move troops", "rotate", "rotation",
                   "be based", "troops arrive", "land troops", "headquarters"],
    "withdrawal": ["withdraw", "withdrawal", "pull out", "pull back", "pullout", "pull-out", "drawdown",
                   "draw down", "depart", "departure", "leave", "evacuate", "evacuation", "retreat",
                   "redeployment", "exit", "pull troops", "scale back", "cut back", "vacate", "quit",
                   "troop reduction", "reduce troops", "begin withdrawing", "abandon", "relinquish"],
    "handover": ["hand over", "handover", "hand-over", "handed over", "transfer", "turn over",
                 "hand control", "hand back", "cede", "give control", "relinquish control",
                 "take control", "take over", "takeover", "assume control", "hand", "pass"],
    "troop_level": ["troop level", "troop levels", "number of troops", "troops based", "troops stationed",
                    "troop presence", "strength of", "garrison", "contingent", "there be troops",
                    "troop count", "cap on troops", "troop cap"],
    "exercise": ["exercise", "drill", "manoeuvre", "maneuver", "war game", "wargame", "military drill",
                 "joint exercise", "training exercise", "live-fire", "parade", "test-fire", "test fire",
                 "missile test"],
    "military_aid": ["aid", "assist", "assistance", "arm", "supply", "supplies", "deliver", "delivery",
                     "donate", "donation", "train", "training", "equip", "provide support", "air support",
                     "arms sale", "arms deal", "military aid", "weapons shipment", "security assistance",
                     "fund", "funding"],
    "airstrike": ["airstrike", "air strike", "air raid", "airraid", "air-strike", "drone strike",
                  "bomb", "bombing", "bombard", "warplane", "strike", "raid", "sortie", "air attack",
                  "drone attack", "jet", "helicopter gunship", "pound"],
    "shelling": ["shell", "shelling", "artillery", "mortar", "rocket", "missile", "bombardment", "fire rocket",
                 "barrage", "katyusha", "launch rocket", "launch missile", "projectile", "howitzer",
                 "rocket attack", "missile attack", "ballistic missile", "cruise missile", "hit", "slam"],
    "explosion": ["explosion", "explode", "blast", "detonate", "detonation", "ied", "roadside bomb",
                  "landmine", "land mine", "car bomb", "explosive device", "improvised explosive",
                  "bomb blast", "go off", "vehicle-borne", "vbied", "sticky bomb", "magnetic bomb", "mine"],
    "suicide_bombing": ["suicide bomber", "suicide bombing", "suicide attack", "suicide vest",
                        "blow himself up", "blew himself up", "blow herself up", "suicide car bomb",
                        "self-detonate", "suicide"],
    "grenade": ["grenade", "hand grenade", "hurl grenade", "lob grenade", "throw grenade"],
    "chemical_attack": ["chemical attack", "chemical weapon", "chemical weapons", "chlorine", "sarin",
                        "mustard gas", "nerve agent", "toxic gas", "poison gas", "gas attack", "chemical"],
    "clash": ["clash", "fight", "fighting", "battle", "firefight", "gunfight", "exchange fire",
              "exchange of fire", "engage", "engagement", "skirmish", "combat", "offensive",
              "counteroffensive", "ambush", "repel", "repulse", "assault", "storm", "besiege", "siege",
              "shootout", "shoot-out", "confrontation", "exchanged fire", "heavy fighting", "operation"],
    "attack": ["attack", "kill", "killing", "assassinate", "assassination", "shoot", "shooting", "gun down",
               "murder", "massacre", "execute", "execution", "behead", "stab", "wound", "injure", "slay",
               "gunman", "gunmen", "open fire", "torture", "beat", "lynch", "ambush", "strike",
               "die", "dead", "death"],
    "abduction": ["abduct", "abduction", "kidnap", "kidnapping", "hostage", "seize hostage", "take hostage",
                  "disappear", "disappearance", "forced disappearance", "captive", "snatch"],
    "sexual_violence": ["rape", "sexual violence", "sexual assault", "sexually assault", "gang-rape",
                        "gang rape", "sexual abuse", "sexually abuse", "molest", "sexual slavery"],
    "mob_violence": ["mob", "lynch", "lynching", "vigilante", "angry crowd", "mob attack", "mob violence"],
    "territory_change": ["capture", "recapture", "seize", "retake", "take control", "regain", "regain control",
                         "liberate", "liberation", "overrun", "fall", "advance", "occupy", "seize control",
                         "take over", "control", "sweep", "capture town", "win back", "reclaim"],
    "weapons_seizure": ["seize weapons", "weapons cache", "arms cache", "cache", "defuse", "dismantle",
                        "intercept", "shoot down", "confiscate", "seizure", "bomb disposal", "defused",
                        "neutralize", "disarm", "recover weapons", "seize", "interception", "foil"],
    "property_destruction": ["loot", "looting", "destroy", "destruction", "burn", "torch", "set fire",
                             "set ablaze", "vandalize", "vandalise", "demolish", "raze", "ransack",
                             "plunder", "damage", "arson"],
    "protest": ["protest", "protester", "protestor", "demonstration", "demonstrator", "demonstrate",
                "rally", "march", "sit-in", "strike", "picket", "vigil", "gather", "boycott"],
    "riot": ["riot", "rioter", "rioting", "violent protest", "hurl stone", "throw stone", "stone-pelting",
             "pelt", "clash with police", "torch", "unrest", "violent demonstration"],
    "arrest": ["arrest", "detain", "detention", "apprehend", "round up", "custody", "nab", "capture",
               "take into custody", "jail", "imprison", "raid"],
    "agreement": ["agreement", "agree", "ceasefire", "cease-fire", "truce", "deal", "accord", "sign",
                  "peace deal", "peace agreement", "memorandum", "pact", "treaty", "reconciliation",
                  "release", "swap", "exchange prisoners", "prisoner exchange", "surrender", "amnesty"],
    "legislation": ["bill", "law", "legislation", "resolution", "vote", "parliament approve", "pass",
                    "ratify", "decree", "enact", "approve", "motion", "referendum"],
    "diplomacy": ["meet", "meeting", "talks", "talk", "visit", "negotiate", "negotiation", "summit",
                  "reassure", "discuss", "envoy", "consult", "mediate", "host", "phone call", "call",
                  "delegation", "sanction", "condemn", "expel", "recall ambassador"],
    "statement": ["warn", "threaten", "threat", "accuse", "claim", "claim responsibility",
                  "allege", "deny", "announce", "vow", "pledge", "condemn", "urge", "demand"],
    "group_change": ["merge", "merger", "split", "splinter", "form", "formation", "defect", "defection",
                     "join", "pledge allegiance", "rebrand", "dissolve", "disband", "appoint", "name",
                     "new leader", "relocate headquarters", "launch", "recruit", "recruitment", "ban"],
}


# Past forms the lemmatiser sometimes leaves as they are ("retook", "overran"): a trigger
# lemma is also listed under them.
IRREGULAR = {
    "take": ["took", "taken"], "retake": ["retook", "retaken"], "overtake": ["overtook", "overtaken"],
    "overrun": ["overran"], "fight": ["fought"], "shoot": ["shot"], "blow": ["blew", "blown"],
    "throw": ["threw", "thrown"], "strike": ["struck"], "flee": ["fled"], "hold": ["held"],
    "send": ["sent"], "leave": ["left"], "give": ["gave", "given"], "bring": ["brought"],
    "beat": ["beaten"], "fall": ["fell", "fallen"], "withdraw": ["withdrew", "withdrawn"],
    "draw": ["drew", "drawn"], "drive": ["drove", "driven"], "sell": ["sold"], "build": ["built"],
    "break": ["broke", "broken"], "fly": ["flew", "flown"], "win": ["won"], "lose": ["lost"],
    "slay": ["slew", "slain"], "burn": ["burnt"], "lead": ["led"], "seek": ["sought"],
    "steal": ["stole", "stolen"], "swear": ["swore", "sworn"], "hurl": [], "storm": [],
    "set": ["set"], "shut": ["shut"], "hit": ["hit"], "stick": ["stuck"], "undertake": ["undertook", "undertaken"],
    "stand": ["stood"], "begin": ["began", "begun"], "bear": ["bore", "borne"], "tear": ["tore", "torn"],
    "dig": ["dug"], "sink": ["sank", "sunk"], "spring": ["sprang", "sprung"], "ride": ["rode", "ridden"],
    "forbid": ["forbade", "forbidden"], "overthrow": ["overthrew", "overthrown"], "shake": ["shook", "shaken"],
}


@dataclass
class Lexicon:
    words: dict[str, set[str]] = field(default_factory=dict)             # lemma -> kinds
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)  # first -> [(seq, kind)]
    acled: dict[str, dict[str, str] | None] = field(default_factory=dict)
    plover: dict[str, str] = field(default_factory=dict)

    def add(self, kind: str, trigger: str) -> None:
        seq = tuple(trigger.lower().replace("’", "'").split())
        if not seq:
            return
        for first in (seq[0], *IRREGULAR.get(seq[0], ())):
            if len(seq) == 1:
                self.words.setdefault(first, set()).add(kind)
            else:
                lst = self.phrases.setdefault(first, [])
                if (seq, kind) not in lst:
                    lst.append((seq, kind))

    def kinds_for(self, word: str) -> set[str]:
        return self.words.get(word, set())


def _add_file(lex: Lexicon, raw: Any) -> None:
    if not isinstance(raw, dict):
        return
    kinds = raw.get("kinds", raw)
    if not isinstance(kinds, dict):
        return
    for kind, spec in kinds.items():
        if not isinstance(spec, dict):
            continue
        for key in ("lemmas", "phrases", "words", "triggers"):
            for t in spec.get(key) or []:
                if isinstance(t, str):
                    lex.add(kind, t)
        if "acled" in spec:
            a = spec["acled"]
            if isinstance(a, dict) and a.get("sub_event_type"):
                lex.acled[kind] = {"event_type": a.get("event_type"), "sub_event_type": a["sub_event_type"]}
            elif not a:
                lex.acled[kind] = None
        if spec.get("plover"):
            lex.plover[kind] = str(spec["plover"])


def load_lexicon(extra: Iterable[str | Path] = (), package: bool = True) -> Lexicon:
    lex = Lexicon()
    for kind, triggers in BUILTIN.items():
        for t in triggers:
            lex.add(kind, t)
    if package:
        res = resources.files("sitrep.data").joinpath("event_triggers.yaml")
        if res.is_file():
            _add_file(lex, yaml.load(res.read_text("utf-8"), Loader=_YAML_LOADER))
    for path in extra:
        _add_file(lex, yaml.load(Path(path).read_text("utf-8"), Loader=_YAML_LOADER))
    return lex
