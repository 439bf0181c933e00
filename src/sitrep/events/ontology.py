"""The 28 event kinds: their ACLED coding (ACLED's spelling) and PLOVER type.

docs/ontology.md describes each kind with examples. The trigger file
(data/event_triggers.yaml) may restate the mapping; this table is the fallback and the
reference the tests hold it to. Kinds ACLED does not code map to None.
"""
from __future__ import annotations

BATTLES, REMOTE, VAC = "Battles", "Explosions/Remote violence", "Violence against civilians"
STRATEGIC, RIOTS, PROTESTS = "Strategic developments", "Riots", "Protests"

ACLED: dict[str, tuple[str, str] | None] = {
    "deployment": (STRATEGIC, "Change to group/activity"),
    "withdrawal": (STRATEGIC, "Change to group/activity"),
    "handover": (STRATEGIC, "Non-violent transfer of territory"),
    "troop_level": (STRATEGIC, "Other"),
    "exercise": (STRATEGIC, "Other"),
    "military_aid": (STRATEGIC, "Other"),
    "airstrike": (REMOTE, "Air/drone strike"),
    "shelling": (REMOTE, "Shelling/artillery/missile attack"),
    "explosion": (REMOTE, "Remote explosive/landmine/IED"),
    "suicide_bombing": (REMOTE, "Suicide bomb"),
    "grenade": (REMOTE, "Grenade"),
    "chemical_attack": (REMOTE, "Chemical weapon"),
    "clash": (BATTLES, "Armed clash"),
    "attack": (VAC, "Attack"),
    "abduction": (VAC, "Abduction/forced disappearance"),
    "sexual_violence": (VAC, "Sexual violence"),
    "mob_violence": (RIOTS, "Mob violence"),
    "territory_change": (BATTLES, "Non-state actor overtakes territory"),
    "weapons_seizure": (STRATEGIC, "Disrupted weapons use"),
    "property_destruction": (STRATEGIC, "Looting/property destruction"),
    "protest": (PROTESTS, "Peaceful protest"),
    "riot": (RIOTS, "Violent demonstration"),
    "arrest": (STRATEGIC, "Arrests"),
    "agreement": (STRATEGIC, "Agreement"),
    "legislation": None,
    "diplomacy": None,
    "statement": None,
    "group_change": (STRATEGIC, "Change to group/activity"),
}

# Sub-event types a kind may take in context (see stages/events.py `_acled`).
ACLED_VARIANTS = {
    "territory_change": [(BATTLES, "Government regains territory"),
                         (BATTLES, "Non-state actor overtakes territory"),
                         (STRATEGIC, "Non-violent transfer of territory")],
    "protest": [(PROTESTS, "Peaceful protest"), (PROTESTS, "Protest with intervention"),
                (PROTESTS, "Excessive force against protesters")],
    "deployment": [(STRATEGIC, "Change to group/activity"), (STRATEGIC, "Headquarters or base established")],
    "withdrawal": [(STRATEGIC, "Change to group/activity"), (STRATEGIC, "Non-violent transfer of territory")],
}

PLOVER: dict[str, str] = {
    "deployment": "MOBILIZE", "withdrawal": "RETREAT", "handover": "CONCEDE", "troop_level": "MOBILIZE",
    "exercise": "MOBILIZE", "military_aid": "AID", "airstrike": "FIGHT", "shelling": "FIGHT",
    "explosion": "ASSAULT", "suicide_bombing": "ASSAULT", "grenade": "ASSAULT", "chemical_attack": "FIGHT",
    "clash": "FIGHT", "attack": "ASSAULT", "abduction": "ASSAULT", "sexual_violence": "ASSAULT",
    "mob_violence": "ASSAULT", "territory_change": "FIGHT", "weapons_seizure": "COERCE",
    "property_destruction": "COERCE", "protest": "PROTEST", "riot": "PROTEST", "arrest": "COERCE",
    "agreement": "AGREE", "legislation": "OTHER", "diplomacy": "CONSULT", "statement": "OTHER",
    "group_change": "OTHER",
}

# Families: a generic report of violence ("attack") merges into a specific one in the same
# sentence ("airstrike"); movement kinds carry personnel; violent kinds carry casualties.
VIOLENT = {"airstrike", "shelling", "explosion", "suicide_bombing", "grenade", "chemical_attack",
           "clash", "attack", "abduction", "sexual_violence", "mob_violence", "riot", "territory_change"}
REMOTE_KINDS = {"airstrike", "shelling", "explosion", "suicide_bombing", "grenade", "chemical_attack"}
MOVEMENT = {"deployment", "withdrawal", "handover", "troop_level", "exercise"}
MONEY_KINDS = {"military_aid", "handover", "agreement", "property_destruction", "legislation", "deployment"}
SPECIFICITY = {  # higher wins when two kinds describe one occurrence
    "attack": 1, "clash": 2, "explosion": 3, "shelling": 4, "airstrike": 5, "grenade": 5,
    "suicide_bombing": 6, "chemical_attack": 6, "sexual_violence": 5, "abduction": 4,
    "mob_violence": 3, "riot": 3, "property_destruction": 1, "protest": 2,
}


def acled_for(kind: str) -> dict[str, str] | None:
    pair = ACLED.get(kind)
    return {"event_type": pair[0], "sub_event_type": pair[1]} if pair else None
