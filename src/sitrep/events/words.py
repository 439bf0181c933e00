"""Word lists and patterns the event mechanisms share (detection, arguments, modality, coding, merging)."""
from __future__ import annotations

import re


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
                   "airliner", "transport", "fighter", "bomber", "gunship", "gunships", "fighters", "bombers"}
MORE_FORCES = {"reservist", "conscript", "recruit", "paratrooper", "commando", "marine", "ranger", "gendarme",
               # a force's trainers are moved as troops are: "will bring home some of its instructors"
               "trainer", "instructor",
               "policeman", "guardsman", "serviceman", "servicemen", "mercenary", "volunteer", "unit", "battalion",
               "brigade", "division", "regiment", "company",
               # warships are moved like troops: "sent two more destroyers to the Red Sea"
               "destroyer", "frigate", "warship", "submarine", "cruiser", "corvette", "minesweeper",
               "squadron", "platoon", "detachment", "flotilla"}
# forces gathered where they stand: "Russia has massed 100,000 troops near the border"
MASSING = {"mass", "amass", "concentrate", "muster", "marshal"}
# a force going into a place: "the army will go into Rafah", "would move to western Iraq"
ENTERING = {"go", "move", "push", "advance", "pour", "redeploy", "relocate", "drive", "roll"}
# patrols begun: "troops will start joint patrols on the M4"
PATROLLING = {"start", "begin", "conduct", "launch", "resume", "carry", "mount"}
PATROL_NOUNS = {"patrol", "patrols"}
# a count sent as more of what is already there: "sent two more destroyers", "rushed extra troops"
MORE_WORDS = {"more", "additional", "extra", "fresh", "further"}
# moving oneself somewhere, with no object: "the jets flew from N'Djamena to Bamako"
SELF_MOVING = {"fly", "move", "sail", "travel", "drive", "redeploy", "relocate", "head", "roll"}
GIVE_OVER = {"hand", "transfer", "cede", "turn", "return", "relinquish"}
ESTABLISH = {"establish", "set", "open", "build", "construct", "erect", "install", "create"}
BASE_NOUNS = {"base", "bases", "headquarters", "hq", "camp", "camps", "outpost", "outposts", "post", "posts",
              "checkpoint", "checkpoints", "position", "positions", "office", "stronghold", "garrison", "point",
              "points", "barracks", "airstrip", "airstrips", "fortification", "fortifications", "trench", "trenches"}
DISRUPT = {"defuse", "dismantle", "neutralize", "neutralise", "intercept", "seize", "confiscate", "recover",
           "find", "discover", "uncover", "foil", "thwart", "destroy", "shoot", "down", "clear",
           "disarm", "deactivate", "capture", "hand", "surrender", "unearth", "locate"}
CONTAINERS = {"stash", "cache", "haul", "consignment", "quantity", "quantities", "stockpile", "depot", "batch",
              "shipment", "cargo", "lot", "number", "amount", "truckload", "box", "crate", "bag",
              # what a firing is told as: "launched a wave of missile strikes", "a barrage of rockets"
              "wave", "barrage", "salvo", "volley", "series", "flurry", "string"}
LAUNCH = {"fire", "launch", "lob", "drop", "hurl", "throw", "rain", "unleash"}
CAPTURE = {"seize", "capture", "take", "overrun", "retake", "recapture", "regain", "liberate", "occupy",
           "overtake", "reclaim", "conquer", "grab", "wrest", "enter", "recover", "free", "clear"}
TERRAIN = {"town", "city", "village", "district", "area", "region", "province", "base", "airport", "airbase",
           "dam", "bridge", "crossing", "border", "hill", "hilltop", "position", "positions", "neighbourhood",
           "neighborhood", "outpost", "camp", "checkpoint", "port", "oilfield", "field", "road", "highway",
           "junction", "stronghold", "county", "locality", "settlement", "island", "territory", "valley",
           "mountain", "headquarters", "garrison", "barracks", "airfield", "suburb", "quarter", "municipality",
           "capital", "enclave", "pocket", "front", "frontline", "zone", "ridge", "height", "heights", "plant",
           "refinery", "countryside", "outskirts", "parts", "swathes", "land", "lands", "soil", "ground",
           "swaths", "villages", "towns", "areas", "hamlet", "commune", "governorate", "ward", "sector"}
# buildings and sites held: "seized the old market", "took the presidential palace" (ground taken;
# merely entering one is not)
BUILDINGS = {"market", "marketplace", "building", "buildings", "hospital", "palace", "square", "stadium",
             "prison", "factory", "harbour", "harbor", "terminal", "complex", "ministry", "station",
             "plant", "warehouse", "depot", "hq"}
WEAPON_NOUNS = {"firearm", "firearms", "pistol", "pistols", "gun", "guns", "bullet", "bullets", "round",
                "rounds", "ammo", "cartridge", "cartridges", "kalashnikov", "kalashnikovs", "ak-47", "rpg", "rpgs",
                "weaponry", "arm", "explosive", "bomb", "bombs", "ied", "ieds", "explosive", "explosives", "device", "devices", "mine", "mines",
                "landmine", "landmines", "weapon", "weapons", "arm", "arms", "ammunition", "rocket", "rockets",
                "missile", "missiles", "drone", "drones", "cache", "caches", "grenade", "grenades", "rifle",
                "rifles", "launcher", "launchers", "munition", "munitions", "shell", "shells", "mortar",
                "mortars", "detonator", "detonators", "vest", "car", "projectile", "projectiles", "uav"}
PROTESTERS = {"protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "rioter",
              "rioters", "crowd", "mob", "youths", "supporters", "students"}
# Kinds that need more than the usual confidence (reporting verbs are everywhere).
KIND_MARGIN = {"statement": 0.25, "diplomacy": 0.1, "group_change": 0.1, "troop_level": 0.0}
# Verbs whose speech is itself the news when a named speaker says it in the main clause (a declaration,
# a warning, a condemnation); "said", "claimed", "denied", "accused" mostly report an act told elsewhere.
DECLARING = {"condemn", "denounce", "warn", "vow", "threaten", "declare", "pledge"}
# Who speaks for a state, an army or a group when no name is given ("the ministry warned", "the group vowed").
SPEAKER_NOUNS = {"ministry", "government", "spokesman", "spokeswoman", "spokesperson", "president", "minister",
                 "leader", "commander", "army", "military", "group", "movement", "militia", "rebels", "junta",
                 "cabinet", "presidency", "office", "council", "command", "official", "officials", "general",
                 "secretary-general", "chief", "premier", "king", "emir"}
# What a declaration may proclaim that is the outcome of fighting, told as such elsewhere ("declared victory").
OUTCOME_NOUNS = {"victory", "win", "defeat", "liberation", "end", "fall", "triumph", "capture", "recapture"}
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
                 "consider", "mull", "weigh", "tell", "instruct", "direct", "advise"}
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
LATER_ON = re.compile(r"(?i)\b(later|afterwards?|subsequently)\b")
NEXT_DAY = re.compile(r"(?i)^(the )?(next|following) (day|morning|night)$")
KIND_FOR_CONTEXT_MOVE = {"withdrawal", "deployment", "handover", "airstrike", "shelling"}
_SIGNAL = re.compile(r"\s*(after|before)\b", re.I)


_INSTALLATION = ("installation", "facility")
_SETTLEMENT = ("city", "town", "village", "neighbourhood", "district", "admin2")
REF_NOUNS = {**{w: _INSTALLATION for w in ("base", "airbase", "airfield", "airport", "camp", "outpost",
                                           "garrison", "post", "facility", "compound", "installation",
                                           "barracks", "fort", "airstrip", "port")},
             **{w: _SETTLEMENT for w in ("town", "city", "village", "district", "neighbourhood",
                                         "neighborhood", "locality", "settlement")},
             **{w: ("admin1", "admin2") for w in ("province", "governorate", "region", "state")},
             **{w: ("country",) for w in ("country", "nation")}}
_AGENCY = r"\((?:Reuters|AP|AFP|dpa|DPA|Xinhua|UPI|Bloomberg|Anadolu|AA|ANI|PTI|IANS|Sputnik|TASS|IRNA|KUNA|WAM|SPA)\)"
# where a report was filed: "KYIV (Reuters) -", "BAGHDAD, Iraq (AP) —", "LONDON -", "GENEVA:", and a city in
# title case before a news agency ("Kyiv, June 30 (Reuters) -"); never an actor or an event's place
DATELINE = re.compile(r"(?m)^[ \t]*((?:[A-Z][A-Z'’./\- ]{2,40}"
                      r"|[A-Z][a-z'’.\-]+(?:[ /][A-Z][a-z'’.\-]+){0,2}(?=(?:,[^\n(]{1,40})?[ \t]*" + _AGENCY + r"))"
                      r"(?:,[ \t]*[A-Z][\w.'’\- ]{1,30}?)?"
                      # an outlet after the city, without brackets ("KABUL Meridian —")
                      r"(?:[ \t]+[A-Z][a-z][\w&.'’]*){0,2}"
                      # the date, month first or day first ("Jan. 12, 2024", "13 January 2024")
                      r"(?:,[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]*\d{1,2}(?:,[ \t]*\d{4})?"
                      r"|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?(?:,?[ \t]+\d{4})?))?"
                      # the agency in brackets is part of it ("(Reuters)" is no actor either)
                      r"[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?)"
                      r"(?:—|–|--|-(?=[ \t]|[A-Z])|(?<=[A-Z]):)[ \t]*")
PARTICLES = {"over", "out", "back", "off", "down", "up", "away", "in", "into", "home"}
REF_KEYS = frozenset(REF_NOUNS)
CORE_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "ROOT", "conj", "appos"}


LEGIS_VERBS = {"approve", "pass", "adopt", "vote", "ratify", "enact", "endorse", "reject", "amend", "table"}
LEGIS_NOUNS = {"bill", "law", "resolution", "motion", "budget", "amendment", "decree", "measure", "legislation",
               "act", "treaty", "constitution", "draft", "referendum", "proposal", "ordinance", "statute"}
# (with the bodies whose approval is a decision of that kind: "the cabinet endorsed", "the EU approved")
LEGISLATORS = {"lawmaker", "parliament", "mp", "deputy", "senate", "senator", "congress", "assembly", "council",
               "cabinet", "eu", "bundestag", "rada", "commission", "sejm", "storting", "riksdag", "folketing", "lok",
               "sabha",
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


NON_FORCES = {"diplomat", "staff", "ambassador", "envoy", "embassy", "resident", "citizen", "national",
              "tourist", "expatriate", "employee", "civilian", "people", "family", "refugee", "migrant", "patient",
              "student", "worker", "villager", "journalist", "population", "inhabitant", "child", "woman",
              "passenger", "delegation", "minister", "president", "pilgrim", "evacuee"}


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
LETHAL_ACTS = {"kill", "shoot", "wound", "injure", "beat", "die", "attack", "assault", "crush", "massacre",
               "torture", "stab", "hit", "club", "kick", "whip", "lash"}
INTERVENE_ACTS = {"disperse", "arrest", "detain", "break", "scatter", "clear", "stop", "block", "prevent",
                  "use", "fire", "round", "push", "chase", "intervene", "suppress", "repel", "contain", "spray"}


TOPIC_HEADS = {"against", "over", "about", "protest", "denounce", "decry", "demand", "oppose", "mourn",
               "commemorate", "remember", "end"}


ACCIDENT_PRONE = {"chemical_attack", "explosion", "attack", "property_destruction", "shelling", "airstrike"}
ACCIDENT_WORDS = {"leak", "leakage", "spill", "accident", "accidental", "accidentally", "boiler", "malfunction",
                  "derail", "derailment", "collapse", "stampede", "lightning", "electrocute", "electrocution",
                  "drown", "short-circuit", "negligence", "faulty", "cylinder", "blaze", "firefighter",
                  "factory", "plant", "refinery", "warehouse", "crash", "collision", "earthquake", "flood",
                  "landslide", "poisoning", "overdose", "fireworks", "pesticide", "industrial", "collide", "collided",
                  "mid-air"}
HOSTILE_WORDS = {"attack", "attacker", "bomber", "bomb", "militant", "gunman", "gunmen", "terrorist", "insurgent",
                 "rebel", "assailant", "shoot", "shot", "gunfire", "fighter", "jihadist", "militia", "sabotage",
                 "arson", "arsonist", "target", "weapon", "warplane", "drone", "rocket", "missile", "shell",
                 "mortar", "artillery", "army", "troops", "soldier", "ied", "grenade", "war", "regime", "enemy",
                 "aircraft", "airstrike", "strike", "convoy", "raid", "ambush", "kidnap", "hostage", "armed",
                 "loot", "looted", "looter", "plunder", "plundered", "ransack", "ransacked", "pillage", "mob"}


IDIOMS = {("in", "advance"), ("in", "charge"), ("in", "force"), ("in", "custody"), ("on", "strike"),
          ("at", "war"), ("on", "alert"), ("in", "control"), ("under", "control"), ("in", "action")}


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


STRENGTH_NOUNS = {"troops", "soldiers", "personnel", "forces", "servicemen", "trainers", "marines"}


SUBJECT_NOT_ACTOR = {"warplane", "jet", "artillery", "drone", "missile", "rocket", "shell", "bomb", "fire",
                     "mortar", "blast", "explosion", "attack", "strike", "violence", "fighting", "clash",
                     "it", "this", "that", "which", "who", "report", "statement", "way", "move",
                     "decision", "announcement", "withdrawal", "operation", "offensive", "people",
                     "civilian", "resident", "crowd", "car", "vehicle", "convoy", "system", "battery",
                     "talk", "talks", "summit", "meeting", "session", "negotiation", "conference", "truce",
                     "ceasefire", "deal", "agreement"}
# words of the calendar and the clock: a subject made of them is a time ("Sunday saw ...")
CALENDAR_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                  "sunday", "week", "weekend", "month", "year", "day", "morning", "afternoon", "evening", "night",
                  "hour", "dawn", "dusk", "midnight", "noon", "today", "yesterday", "tomorrow"}
# nouns that name a settlement by its proper name after "of" ("the town of X")
SETTLEMENT_NOUNS = {"town", "village", "city", "settlement", "hamlet", "district", "locality", "port", "island"}
# a unit named by itself says not whose it is
UNOWNED_UNITS = {"contingent", "unit", "detachment", "battalion", "brigade", "regiment", "division", "squadron"}


MILITARY_KIT = {"jet", "warplane", "drone", "aircraft", "plane", "helicopter", "gunship", "bomber", "fighter",
                "tank", "ship", "warship", "vessel", "navy", "submarine", "missile", "rocket", "artillery", "convoy",
                "vehicle", "patrol", "unit", "battalion", "brigade", "division", "contingent", "embassy",
                "consulate", "ambassador", "envoy", "delegation", "government", "president", "minister",
                "ministry", "army", "air", "military", "intelligence", "spokesman", "spokeswoman", "official",
                "authority", "authorities", "administration", "leader", "commander", "sanction", "sanctions"}
PLACE_SUBJECT_VERBS = {"fall", "lie", "remain", "sit", "border", "host", "be", "become", "change", "come",
                       "see", "witness", "experience", "suffer", "shake", "rock", "lose", "stay"}


KILL_WORDS = {"assassination", "assassinate", "killing", "kill", "murder", "death", "execution", "execute",
              "slaying", "slay", "behead", "beheading"}


GIVING = {"handover", "military_aid"}
# actors that watch and tell rather than take part (the actor dictionary's types)
REPORTING_TYPES = {"international_organisation", "civilians"}
ARMED_TYPES = {"state_military", "non_state_armed_group", "militia", "police", "coalition", "pmc"}


APART = {"separate", "separately", "another", "meanwhile", "elsewhere", "previous", "unrelated"}


# Plural nouns for an armed group ("the insurgents") and for states in twos ("the two allies"):
# they stand for the group or the states named shortly before, in this many characters.
COLLECTIVE_ARMED = {"insurgent", "militant", "jihadist", "rebel", "mercenary", "fighter", "extremist", "terrorist",
                    "guerrilla", "gunman", "gunmen", "assailant", "attacker", "islamist", "separatist",
                    "militiaman", "militiamen", "raider", "mutineer"}
NONSTATE_TYPES = {"non_state_armed_group", "militia", "pmc"}
COLLECTIVE_STATES = {"ally", "country", "side", "neighbour", "neighbor", "partner", "nation", "power", "government",
                     "capital", "state", "rival", "adversary", "member", "leader", "president"}
COLLECTIVE_REACH_CHARS = 1200

# Verb-object patterns (detection): a pact sealed, leaders received, forces trained, a presence reduced.
SEAL_VERBS = {"strike", "reach", "seal", "clinch", "conclude", "broker", "negotiate", "hammer", "forge", "secure",
              "sign", "ink", "agree", "finalise", "finalize", "mediate"}
PACT_NOUNS = {"deal", "agreement", "accord", "arrangement", "truce", "ceasefire", "pact", "treaty", "compromise",
              "understanding", "settlement", "memorandum", "armistice", "bargain"}
RECEIVING = {"receive", "host", "welcome", "meet", "visit", "tell", "call", "phone", "greet", "entertain"}
LEADER_NOUNS = {"president", "counterpart", "minister", "premier", "chancellor", "king", "queen", "emir", "prince",
                "sultan", "sheikh", "monarch", "leader", "delegation", "envoy", "ambassador", "secretary",
                "representative", "negotiator", "delegate", "mediator",
                "taoiseach", "pm", "vice-president", "vice", "head"}
BUILD_UP = {"train", "arm", "equip", "fund", "finance", "bankroll", "supply", "mentor", "bankroll"}
REDUCING = {"scale", "draw", "thin", "wind", "cut", "pare", "ramp"}
PRESENCE_NOUNS = {"force", "forces", "troop", "troops", "presence", "contingent", "deployment", "garrison",
                  "personnel", "footprint", "soldiers", "soldier", "units", "unit"}
LOCATIVE_PREPS = {"around", "in", "from", "near", "at", "across", "along", "on"}
SETTLEMENT_KINDS = {"city", "town", "village", "neighbourhood", "district", "admin2", "capital"}
OPERATING = {"fly", "operate", "base", "station", "run"}
AIRCRAFT_NOUNS = {"drone", "drones", "jet", "jets", "aircraft", "plane", "planes", "warplane", "warplanes", "helicopter",
                  "helicopters", "bomber", "bombers", "fighter", "fighters", "sortie", "sorties", "mission", "missions",
                  "uav", "uavs", "reaper", "reapers", "f-16", "f-16s", "f-35", "f-35s", "tanker", "tankers"}
# what a handover passes besides ground: "handing security there to the army"
CONTROL_NOUNS = {"security", "control", "responsibility", "command", "authority", "custody", "keys"}
# a noun that points to what is still to come: "clearing the way for a deal", "a prelude to talks"
PROSPECT_NOUNS = {"way", "path", "road", "prelude", "groundwork", "runway", "stage"}
SPEECH_VERBS = {"say", "tell", "insist", "claim", "state", "announce", "declare", "add", "affirm", "assert",
                "confirm", "report", "argue", "maintain", "stress", "note"}
# an armed campaign begun: "launched an offensive", "began a ground operation"
OPENING = {"launch", "begin", "start", "open", "mount", "unleash", "initiate", "commence"}
OFFENSIVES = {"offensive", "operation", "assault", "incursion", "invasion", "raid", "counteroffensive",
              "counter-offensive", "onslaught", "push", "attack", "campaign"}
ARMED_OPERATION = {"military", "ground", "air", "cross-border", "armed", "combat", "counter-terrorism",
                   "counterterrorism", "offensive", "land", "naval", "amphibious", "airborne", "special"}
# a sentence that opens on a part of the day and names no day: the day of the act told before it
LATER_THAT_DAY = re.compile(r"(?i)^\s*((in|by|during|through|throughout|late in|early in|later in) the (morning|afternoon|"
                            r"evening|night|day)|by (morning|nightfall|evening|dawn|dusk|noon|midday)|"
                            r"(that|the same) (morning|afternoon|evening|night|day)|later that (morning|afternoon|"
                            r"evening|night|day)|at (dawn|dusk|nightfall|noon|midday|daybreak))\b")
TOWN_OR_BASE = {"city", "town", "village", "neighbourhood", "installation", "facility"}
# emergency measures decreed: "extended the state of emergency", "imposed a curfew", "lifted martial law"
EMERGENCY_VERBS = {"extend", "declare", "impose", "lift", "renew", "prolong", "proclaim", "end", "introduce"}
EMERGENCY_NOUNS = {"emergency", "curfew", "martial", "lockdown", "siege"}
# a force leaving under its own power: "the convoy drove out", "the column rolled out"
LEAVING = {"drive", "roll", "head", "march", "pull", "fly", "sail", "ship", "move", "file", "rumble"}
CONVOYS = {"convoy", "column", "contingent", "battalion", "brigade", "unit", "detachment", "garrison", "fleet",
           "flotilla", "vehicle", "vehicles"}
MEETING = {"meet", "confer", "convene", "gather", "assemble"}
DESTINATION_PREPS = {"towards", "toward"}
# money to an armed force: "paid the militia $10 million"
PAYING = {"pay", "give", "transfer", "allocate", "disburse", "grant", "hand", "funnel", "channel"}
MONEY_NOUNS = {"rouble", "roubles", "ruble", "rubles", "dollar", "dollars", "euro", "euros", "pound", "pounds",
               "$", "€", "£", "million", "billion", "money", "funds", "cash", "salary", "salaries", "wage", "wages"}
# an order that binds a group to comply: "ordered all units to sign contracts"
DIRECTING = {"order", "require", "oblige", "instruct", "direct", "compel", "decree"}
COMPLIANCE = {"sign", "register", "join", "disband", "dissolve", "enlist", "integrate", "merge", "comply", "submit",
              "disarm", "demobilise", "demobilize"}
# how far a known event has come: "the withdrawal was 90 percent complete", "is under way"
PROGRESS = {"complete", "completed", "percent", "per", "way", "over", "finished", "done", "halfway", "progress",
            "track", "schedule"}
CARGO_NOUNS = {"material", "materiel", "load", "cargo", "supply", "supplies", "good", "goods", "item", "freight",
               "stock", "stockpile", "container", "pallet", "shipment", "consignment"}
# acts on a pact: "renounced the defence agreements", "withdrew from the treaty"
ENDING_PACT = {"end", "terminate", "renounce", "scrap", "abrogate", "denounce", "suspend", "cancel", "revoke",
               "exit", "quit", "withdraw", "annul", "repudiate", "abandon", "extend", "renew", "ratify"}
# diplomatic relations made or broken: "severed ties with", "restored relations"
TIES_VERBS = {"sever", "cut", "break", "restore", "establish", "normalise", "normalize", "resume", "downgrade",
              "upgrade", "freeze"}
TIES_NOUNS = {"tie", "ties", "relation", "relations"}
# a force coming ashore or touching down: "400 police landed at the airport"
LANDING = {"land", "disembark", "touch"}
# officers reporting to their own leaders: "the chief of the General Staff told Putin ..." is no diplomacy
RANKS = {"chief", "general", "commander", "spokesman", "spokeswoman", "officer", "colonel", "admiral", "marshal",
         "aide", "adviser", "advisor"}
# where a force or a weapon set out from: "jets flying from Crimea", "missiles launched from Yemen"
SETTING_OUT = {"fly", "launch", "fire", "come", "take", "operate", "depart", "set", "travel", "arrive", "send"}
# a meeting held or called: "held an emergency session", "called a summit", "convened talks"
CONVENING = {"hold", "convene", "call", "host", "chair", "open"}
MEETING_NOUNS = {"session", "sessions", "meeting", "meetings", "summit", "summits", "talks", "consultation",
                 "consultations", "conference"}
HOUSES = {"parliament", "senate", "congress", "assembly", "lawmaker", "mp", "deputy", "legislature", "knesset",
          "duma", "rada", "majlis"}
# a suicide attack told: without one of these words in the sentence, "bombers" are aircraft
SUICIDE_CUES = {"suicide", "vest", "vests", "belt", "himself", "herself", "themselves", "self-detonated", "martyrdom",
                "inghimasi", "svbied"}
# a state's own people abroad: taking them out ("evacuated its embassy staff", "flew out its nationals")
# is a withdrawal of its presence, unlike residents fleeing a town
EXPATS = {"diplomat", "staff", "ambassador", "embassy", "citizen", "national", "expatriate", "employee", "consulate",
          "personnel", "official", "worker", "family", "dependant", "dependent", "evacuee", "subject"}
REMOVING = {"evacuate", "withdraw", "pull", "fly", "airlift", "recall", "repatriate", "relocate", "bring", "ship",
            "extract", "evacuation", "withdrawal", "repatriation", "airlift"}
# what a delivery of military aid carries: "delivered 14 tanks", "sent air defence systems and ammunition"
MATERIEL = {"tank", "vehicle", "howitzer", "artillery", "ammunition", "munition", "weapon", "arm", "equipment",
            "system", "jet", "aircraft", "helicopter", "drone", "missile", "rocket", "launcher", "rifle", "shell",
            "round", "aid", "assistance", "package", "materiel", "gear", "radar", "interceptor", "warship", "boat",
            "gun", "mine", "grenade", "armour", "armor", "fighter", "plane", "uav", "battery", "javelin", "stinger",
            "himars", "patriot", "mortar", "bullet", "weaponry", "hardware", "kit", "loan", "funding", "fund"}
DELIVERING = {"send", "deliver", "supply", "ship", "provide", "give", "donate", "transfer", "airlift", "gift",
              "sell", "lend", "dispatch", "rush", "approve", "pledge", "announce", "unveil", "grant", "allocate",
              "commit", "promise", "offer"}
# not military: "humanitarian aid", "food supplies"
CIVIL_AID = {"humanitarian", "food", "medical", "relief", "emergency", "development", "economic", "financial",
             "budget", "budgetary", "reconstruction", "medicine", "fuel", "energy", "winter", "shelter"}
# where own forces go, not whom arms reach: "rushed tanks to the front"
FRONTS = {"front", "frontline", "front-line", "border", "region", "area", "line", "town", "city", "village", "base",
          "province", "district", "zone", "sector", "island", "coast", "north", "south", "east", "west"}
# a part in an act, disowned: "was not involved in the bombing", "denied responsibility for the strike",
# "played no part in the killing", "had no role in the shelling"
INVOLVEMENT = {"involve", "involved", "involvement", "part", "role", "responsibility", "responsible", "hand", "link",
               "connection",
               "blame", "complicity", "complicit", "participation", "behind"}
# acts answered or judged: the act they are "for" happened ("retaliate for the strike", "punished for the raid")
ANSWERING = {"retaliate", "avenge", "punish", "blame", "apologise", "apologize", "compensate", "condemn", "criticise",
             "criticize", "sanction", "respond", "accuse", "revenge", "mourn", "investigate", "probe"}
# verbs that tell an act as an answer to another, its means after "with" ("responded with air strikes",
# "hit back with rockets"): Detection._responses, Occurrence._generic
RESPONDING = frozenset({"respond", "retaliate", "react", "reply", "answer", "hit", "strike"})
# formations sent whole: "sent two squadrons of jets to Britain" moves a force, it gives none
UNITS = {"squadron", "fleet", "flotilla", "wing", "battalion", "brigade", "unit", "detachment", "contingent", "division",
         "regiment", "company", "battlegroup", "task", "group", "crew"}
# kit that travels without its own crew: sent to a state or a force, it is given, not deployed
# ("sent 40 armoured vehicles to Ukraine"; "sent jets to Poland" moves the sender's own squadrons)
GROUND_KIT = MATERIEL - {"jet", "aircraft", "helicopter", "warship", "fighter", "plane", "boat", "uav", "drone"}
# trigger lemmas that tell an act only as verbs ("troops stationed in"): as nouns they name places
VERB_ONLY = {"station", "post", "base", "house", "field"}
# a meeting that happens: "talks resumed in Doha", "the summit opened", "the session took place"
GATHERING_VERBS = {"resume", "begin", "start", "open", "end", "conclude", "close", "convene", "continue", "take",
                   "wrap", "reconvene", "kick"}
# ground held, counted by its area: "holds about 1,000 sq km of Russian land"
HOLDING = {"hold", "control", "occupy", "seize", "capture", "take", "gain", "retake", "recapture"}
AREA_UNITS = {"km", "sq", "square", "km2", "hectares", "acres", "kilometres", "kilometers", "miles"}
# a court's decision: "the High Court ruled the deployment unconstitutional", "judges blocked the deal"
RULINGS = {"rule", "block", "halt", "suspend", "annul", "overturn", "declare", "strike", "quash", "uphold", "order"}
COURTS = {"court", "judge", "tribunal", "justice", "judiciary"}
# who did it, named as a person: "killed three suspected kidnappers" tells of no kidnapping
DOERS = {"kidnapper", "abductor", "hijacker", "looter", "arsonist"}
# property taken by force: "plundered the warehouse", "ransacked the compound"
LOOTING = {"loot", "plunder", "pillage", "ransack", "sack", "rob", "steal"}
# people without an organisation: a killing by them is mob violence
CROWDS = {"crowd", "mob", "resident", "villager", "people", "youth", "local", "onlooker", "passer-by", "bystander",
          "neighbour", "neighbor", "villagers", "residents", "youths"}
# a claim called untrue: "allegations that ... are baseless", "reports that ... were false"
CLAIM_NOUNS = {"allegation", "claim", "report", "accusation", "rumour", "rumor", "suggestion", "assertion"}
UNTRUE = {"baseless", "false", "untrue", "unfounded", "groundless", "fabricated", "lie", "fabrication", "nonsense",
          "propaganda", "incorrect", "wrong", "fake", "absurd", "ridiculous"}

# how leaders talk without meeting: "spoke by phone", "talked over a video link"
CALL_MEANS = {"phone", "telephone", "video", "videolink", "video-link", "link", "call", "hotline", "videoconference"}
# gas as a fuel, not a weapon: "the natural gas facility", "a gas field", "gas pipeline"
FUEL_GAS = {"field", "fields", "facility", "facilities", "plant", "pipeline", "pipelines", "liquids", "station",
            "terminal", "export", "exports", "supply", "supplies", "price", "prices", "reserve", "reserves",
            "processing", "company", "storage", "tank", "well", "wells", "platform", "line", "network"}
# what "aid" as a modifier names when it is relief: "aid trucks", "aid ships", "aid workers", "aid agencies"
AID_CARRIERS = {"truck", "lorry", "ship", "vessel", "boat", "convoy", "worker", "agency", "organisation",
                "organization", "group", "official", "flight", "drop", "airdrop", "corridor", "route", "crossing",
                "distribution", "delivery", "pier", "station", "centre", "center", "hub", "site", "warehouse"}
# what one does to a campaign, not an occurrence: "take over the fight against", "lead the war on", "join the fight"
CAMPAIGN_VERBS = {"take", "lead", "join", "wage", "continue", "pursue", "assume", "support", "step", "intensify",
                  "coordinate", "command", "spearhead", "resume", "win", "lose"}
# people a capture may take, where ground is not what was taken: "the pilot captured by Pakistan"
PEOPLE_TAKEN = {"pilot", "soldier", "commander", "officer", "fighter", "general", "leader", "crew", "airman",
                "sailor", "spy", "suspect", "militant", "rebel", "prisoner", "journalist", "man", "woman", "person"}
# what leaves last when a presence ends: "the last US flight left Kabul", "the last convoy departed"
LAST_MOVERS = {"flight", "plane", "aircraft", "jet", "airlift", "convoy", "column", "soldier", "troop", "contingent",
               "unit", "detachment", "aircraft", "c-17", "transport", "evacuation"}
# what is found of an act, so that finding none denies it: "no sign of fighting", "no evidence of a strike"
NO_TRACE = {"sign", "evidence", "trace", "indication", "proof", "report", "record"}
# what a crowd throws: "hurled stones", "pelted the convoy with tomatoes"
THROWN = {"stone", "stones", "rock", "rocks", "bottle", "brick", "egg", "tomato", "potato", "shoe", "projectile",
          "object", "firebomb", "firecracker", "molotov", "cocktail", "rubbish", "garbage", "fruit", "vegetable",
          "debris", "chair", "stick", "tyre", "tire"}
# an act named by a noun, told as an occurrence by the verb it governs or that governs it
# what an act does to people: "an Israeli strike on the camp killed 12", "the raid left nine dead"
TOLL_VERBS = {"kill", "wound", "injure", "maim", "leave", "claim", "slay"}
# what it does to a place: "a car bomb tore through a checkpoint", "the blast rocked the market"
IMPACT_VERBS = {"hit", "strike", "target", "destroy", "damage", "tear", "rip", "flatten", "level", "raze", "rock",
                "shake", "devastate", "pound", "slam", "smash", "gut"}
# that it began or went on: "the offensive began on 17 October", "fighting erupted", "clashes broke out"
OCCURRING = {"begin", "start", "erupt", "break", "rage", "intensify", "resume", "escalate", "flare", "ensue"}
# a verb that does nothing but perform the act its object names: "carried out a strike", "staged a raid"
PERFORMING = {"carry", "conduct", "launch", "stage", "mount", "execute", "perpetrate", "commit", "undertake",
              "unleash", "wage", "mete", "orchestrate", "deliver"}
# a run of acts, told by what they are of: "a series of air strikes", "a wave of attacks"
SERIES = {"series", "wave", "string", "spate", "round", "volley", "salvo", "flurry", "succession", "number",
          "barrage", "hail", "rain"}
# a group's change of head: "named a new leader", "appointed X as its commander"
NAMING = {"name", "appoint", "elect", "choose", "select", "designate", "install", "pick", "tap", "promote"}
COMMAND_ROLES = {"leader", "commander", "chief", "head", "emir", "successor", "deputy", "commander-in-chief"}
# a group ended, joined or made: "the brigade was disbanded", "two factions merged"
REFORMING = {"disband", "dissolve", "merge", "split", "splinter", "absorb", "restructure", "reorganise",
             "reorganize", "rename", "form", "found", "create", "integrate", "unify", "unite"}
GROUP_NOUNS = {"group", "militia", "brigade", "unit", "alliance", "coalition", "faction", "front", "force",
               "battalion", "wing", "army", "movement", "organisation", "organization", "command", "guard",
               "regiment", "division", "corps", "outfit", "network", "cell", "council", "platoon"}
# verbs of giving that take kit to another's hands (not "send", which moves one's own too, nor "transfer" or
# "hand", which tell what a leaving force left behind)
KIT_GIVING = {"deliver", "supply", "donate", "gift", "provide", "give", "pledge", "sell", "lend", "grant", "promise"}
# a pact that starts to bind: "the ceasefire took hold", "the truce came into force", "took effect at midnight"
BINDING = {"hold", "effect", "force"}
# what people are taken as: "took 21 soldiers prisoner", "were taken hostage"
TAKEN_AS = {"prisoner", "prisoners", "hostage", "hostages", "captive", "captives"}
# craft seized with what they carry: "boarded and seized the three vessels"
VESSELS = {"ship", "vessel", "boat", "tanker", "tug", "tugboat", "warship", "freighter", "trawler", "dhow", "skiff",
           "gunboat", "ferry"}
# what a named person is sent to lead: "named X to head the monitoring mission"
HEADING = {"head", "lead", "command", "run", "oversee"}
# Political and posture acts read by Detection._political_acts.
# a leader's contact with another, told by a light verb and its noun: "paid a state visit to Beijing",
# "made a two-day trip to Baghdad", "held a phone call with"
CONTACT_NOUNS = {"visit", "trip", "tour", "call", "conversation", "talk", "talks", "meeting", "consultation"}
CONTACT_LIGHT_VERBS = {"pay", "make", "hold", "have", "conduct", "undertake", "begin", "start", "wrap", "end"}
# a decision body approving something: "the cabinet endorsed the package", "the EU approved a mission"
APPROVING = {"approve", "endorse", "pass", "adopt", "ratify", "authorise", "authorize", "greenlight",
             "rubber-stamp", "okay", "sanction"}
DECISION_BODIES = {"cabinet", "government", "commission", "eu", "union", "bloc", "council", "parliament", "senate",
                   "congress", "assembly", "house", "legislature", "lawmaker", "mp", "deputy", "senator", "duma",
                   "knesset", "majlis", "rada", "bundestag", "nato", "alliance"}
DECIDED_THINGS = {"package", "plan", "mission", "budget", "funding", "deployment", "extension", "mandate",
                  "request", "proposal", "sanction", "spending", "loan", "tranche", "framework", "operation",
                  "law", "bill", "resolution", "motion", "decree", "measure", "legislation", "amendment",
                  "constitution", "draft", "ordinance", "statute", "reform", "referendum"}
# who is put out of a post: "replaced General X with General Y", "sacked the army chief", "ousted the president"
REPLACING = {"replace", "sack", "dismiss", "fire", "oust", "remove", "relieve", "depose", "demote", "topple",
             "overthrow", "succeed"}
# who leaves a post of their own will: "the commander resigned", "stepped down", "quit"
QUITTING = {"resign", "quit", "retire", "abdicate"}
# the posts at the head of a force whose change is news: by rank or title ("General X", "the commander"),
# or a generic head told of a force ("the army chief", "the head of the militia")
MILITARY_POSTS = {"general", "colonel", "admiral", "marshal", "commander", "commandant", "commander-in-chief",
                  "emir", "secretary-general", "gen.", "col.", "lt.", "brigadier", "major"}
POSTS = {"chief", "head", "leader", "deputy", "spokesman", "director"}
# who a coup puts out: "the presidential guard overthrew the president"
HEADS_OF_STATE = {"president", "premier", "king", "emir", "leader", "government", "regime", "junta", "ruler"}
# an offensive told as the try: "launched a fresh attempt to take the town", "began a push to retake"
ATTEMPT_NOUNS = {"attempt", "bid", "effort", "drive", "push", "try"}
# a troop count told by its change: "troop numbers will fall to 1,000", "the number of soldiers dropped to 600"
COUNT_NOUNS = {"number", "level", "strength", "presence", "size", "headcount", "total"}
COUNT_CHANGES = {"fall", "drop", "decline", "rise", "grow", "increase", "shrink", "climb", "reach", "swell", "stand",
                 "dwindle", "double", "halve", "triple", "decrease", "go", "peak", "total"}
# a force left in want, not left behind: "leaving troops short of ammunition", "left the garrison exposed"
IN_WANT = {"short", "without", "stranded", "exposed", "vulnerable", "defenceless", "defenseless", "unprotected",
           "outgunned", "outnumbered", "helpless", "unable", "underequipped", "ill-equipped", "starved"}
# people that are seized, not ground: "captured two Turkish engineers", "seized three aid workers"
PEOPLE_TAKEN = {"engineer", "contractor", "worker", "crew", "crewman", "crewmember", "sailor", "fisherman",
                "missionary", "nun", "priest", "pastor", "official", "diplomat", "employee", "volunteer", "nurse",
                "doctor", "pilot", "soldier", "policeman", "officer", "journalist", "reporter", "tourist", "student",
                "schoolgirl", "schoolboy", "pupil", "child", "woman", "man", "civilian", "villager", "passenger",
                "hostage", "prisoner", "captive", "farmer", "trader", "driver", "teacher", "foreigner", "national",
                "citizen", "people", "person", "guard", "trucker", "miner", "expatriate", "businessman", "chief"}
# what a new head takes over: "took over command of the group", "assumed the leadership"
HELMS = {"command", "leadership", "helm", "presidency", "premiership", "post", "office", "reins", "chairmanship"}
# (the plight a force or people are left in: "left the public in shock", "leaves the plan in limbo")
IN_WANT |= {"shock", "limbo", "disarray", "tatters", "ruins", "lurch", "dark", "doubt", "turmoil", "chaos", "danger",
            "peril", "place"}
# undertakings one pulls out of without leaving any ground: "pulled out of the election", "retreated from its
# pledge", "withdrew from the race"
VENTURES = {"election", "race", "contest", "tournament", "competition", "championship", "game", "games", "olympics",
            "pledge", "promise", "commitment", "plan", "scheme", "programme", "program", "project", "market",
            "markets", "bid", "tender", "auction", "candidacy", "nomination", "vote", "ballot", "poll", "policy",
            "reform", "position", "stance", "demand", "investment", "venture", "sale", "merger", "festival",
            "conference", "event", "campaign", "coalition", "cabinet", "government", "party"}

# Words for a part of a whole a verb moves ("some of its instructors", "part of its troops"): the force
# is the object of their "of".
PART_WORDS = frozenset({"some", "part", "half", "most", "many", "all", "rest", "bulk", "portion", "third",
                        "quarter", "majority", "fraction", "several", "few", "hundreds", "thousands", "dozens"})
